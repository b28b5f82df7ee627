/**
 * The executive orders on national security classification, as a regex alternation: 11652 (1972), 12065 (1978),
 * 12356 (1982), 12958 (1995), 13292 (2003, amending 12958) and 13526 (2009). An `E.O. 12958: DECL: ...` field names
 * one of them; a subject naming another order (`E.O. 13224 DESIGNATIONS`) is not a field. Fixed alternatives: linear.
 * One list for the Classified By reader (`REASON: 12958 1.5(D)`) and the subject reader.
 */
export const CLASSIFICATION_ORDERS = String.raw`(?:11652|12065|12356|12958|13292|13526)`;
