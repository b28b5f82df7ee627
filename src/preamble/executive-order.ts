/**
 * The E.O. line of the preamble: the executive order the classification rests on and the
 * declassification instruction (`E.O. 12958: DECL: 02/26/2020`).
 *
 * Pure string functions; they never throw and run in linear time.
 */

import type { Declassify, ExecutiveOrder } from '../model/cable.js';

// The E.O. keyword with an optional order number:
//   `E.O. 12958: N/A`   `EO 12958 DECL: 10/22/2018`   `E.O.12958:N/A`   `E. O. 12958`   `E.o. 12958` (lower-cased text)
//   `E.0. 12958` (zero for O)   `E.O 12958` (second dot missing: only before a number)   `EXECUTIVE ORDER 12958`
// `E. O'BRIEN` in a name is not a keyword: the dotted form needs both dots.
// Every quantifier is bounded or optional, so each start position costs constant time.
const EO_KEYWORD =
  /(?:^|[^A-Z0-9])(E[ \t]?\.[ \t]?[O0][ \t]?\.|E\.[O0](?=[ \t]?:?[ \t]?\d)|EO|EXECUTIVE[ \t]ORDER)(?:[ \t]{0,3}:?[ \t]{0,3}(\d{5}))?(?![A-Z0-9])/i;

// `DECL:` on its own (`DECL: OADR`, `DECL: 25X1-human`), also with the typo `DECLl:` seen in cables, and a semicolon or a
// period typed for the colon (`DECL; OADR`, `DECL. OADR`).
const DECL_KEYWORD = /(?:^|[^A-Z])DECLL?(?![A-Z])[ \t]{0,3}[:;.]?/i;

// A field that follows on the same line when the source reflowed the preamble:
//   `E.O. 12958: DECL: 08/08/2018 TAGS: PREL`   `DECL: 2020/02/16TAGS: PREL` (no space)
//   `... SUBJECT: FOO`   `... SUBJ: FOO`   `... REF: STATE 1`   `... CLASSIFIED BY: ...`
// (not the `CLASSIFIED BY` inside `DECL: DECLASSIFIED BY NARA 09/02/2009`)
const FOLLOWING_FIELD = /TAGS?[ \t]?:|TAGS[ \t]|SUBJ(?:ECT)?[ \t]?:|REF(?:S|TELS?)?[ \t]?:|\bCLASSIFIED[ \t]BY/i;

/** Two-digit year to four digits: `05` -> 2005, `99` -> 1999 (00-49 are 20xx, 50-99 are 19xx). */
function fullYear(digits: string): number {
  const n = Number(digits);
  if (digits.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// A numeric date at the start of a value:
//   `02/26/2020`, `2/6/2020`, `08/24/05` (month/day/year), `2020/02/26` (year/month/day),
//   also with `-` or `.` separators. Fixed digit counts, so no backtracking.
const DATE_MDY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/])/;
const DATE_YMD = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?![\d/])/;

/**
 * Parse a numeric date at the start of `s` into ISO `YYYY-MM-DD`.
 * @returns The ISO date and the length consumed, or `null` when `s` does not start with a valid date.
 */
function parseLeadingDate(s: string): { date: string; length: number } | null {
  const ymd = DATE_YMD.exec(s);
  if (ymd !== null) {
    const date = isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
    return date === null ? null : { date, length: ymd[0].length };
  }
  const mdy = DATE_MDY.exec(s);
  if (mdy !== null) {
    const date = isoDate(fullYear(mdy[3] ?? ''), Number(mdy[1]), Number(mdy[2]));
    return date === null ? null : { date, length: mdy[0].length };
  }
  return null;
}

// Declassification exemption codes:
//   `1.6X1` (E.O. 12958 sec. 1.6, exemption 1), `25X1`, `25X1-human` (written upper-cased: `25X1-HUMAN`),
//   `X1`..`X8` (E.O. 12356 / 12065 style), `XGDS-2` (E.O. 11652), `XDS-1`, `RDS-1` (E.O. 12065 schedules:
//   `E.O. 12065: XDS-1 6/12/99 (DOE, JOHN) OR-P`, the date is a review date, not a declassification date).
const EXEMPTION = /^(?:\d{1,2}\.\d{1,2}[ \t]?X[ \t]?\d(?:-HUMAN)?|25X\d(?:-HUMAN)?|X\d|XG?DS-?\d|RDS-?\d)(?![A-Z0-9])/i;

// `DECLASSIFIED BY NARA 09/02/2009`, also `DECLASSIFIED BY NARA ON 09/02/2009` or a bare `NARA`.
const NARA = /^(?:DECLASSIFIED[ \t]BY[ \t])?NARA\b(?:[ \t]ON)?[ \t]?/i;

// `GDS 12/31/84` / `ADS 01/01/90`: old schedules that declassify on a date; the Advanced Declassification Schedule also
// with `DECLAS` before the date, and that word alone: `ADS, DECLAS 12/31/75`, `DECLAS 12/31/75`. Optional groups of
// literal words, each ending in a bounded gap.
const SCHEDULE_DATE = /^(?:(?:GDS|ADS)[ \t]?,?[ \t]{1,3})?(?:DECLAS(?:SIFY)?[ \t]?:?[ \t]{1,3}(?:ON[ \t]{1,3})?)?/i;

// A repeated `DECL:` at the start of the value: `DECL: DECL: 08/12/2018` (value `DECL: 08/12/2018`).
const REPEATED_DECL = /^DECLL?(?![A-Z])[ \t]?:?/i;

/** Interpret the declassification value after `DECL:` (or after the order when `DECL` is missing). */
function parseDeclassify(value: string): Declassify | null {
  let v = value.trim();
  // `DECL: DECL: 08/12/2018`: a repeated keyword.
  for (let m = REPEATED_DECL.exec(v); m !== null && m[0] !== ''; m = REPEATED_DECL.exec(v)) {
    v = v.slice(m[0].length).trim();
  }
  // Trailing list punctuation: `DECL: OADR.`
  while (v.endsWith('.') || v.endsWith(',') || v.endsWith(';')) v = v.slice(0, -1).trimEnd();
  if (v === '') return null;
  const upper = v.toUpperCase();
  // Not applicable: `N/A`, `NA`, `N / A`
  if (/^N[ \t]?\/?[ \t]?A$/.test(upper)) return { kind: 'n/a' };
  // `OADR` (originating agency's determination required), possibly with more text after it: `OADR X1`.
  if (/^OADR\b/.test(upper)) return { kind: 'oadr' };
  const nara = NARA.exec(v);
  if (nara !== null) {
    const d = parseLeadingDate(v.slice(nara[0].length));
    return { kind: 'nara', date: d === null ? null : d.date };
  }
  const date = parseLeadingDate(v);
  if (date !== null) return { kind: 'date', date: date.date };
  const schedule = SCHEDULE_DATE.exec(v);
  if (schedule !== null && schedule[0] !== '') {
    const d = parseLeadingDate(v.slice(schedule[0].length).trimStart());
    if (d !== null) return { kind: 'date', date: d.date };
  }
  const ex = EXEMPTION.exec(v);
  // The code without inner spaces: `1.6 X1` -> `1.6X1`, `25x1-human` -> `25X1-HUMAN`.
  if (ex !== null) return { kind: 'exemption', code: ex[0].replace(/[ \t]/g, '').toUpperCase() };
  return { kind: 'text', text: v };
}

/**
 * The line without the quote debris a CSV export leaves at its end, when no other quote is in
 * it: `E.O. 12958: DECL: 05/15/2034 "` (before a reflowed `"TAGS: ...`) -> `E.O. 12958: DECL: 05/15/2034`.
 * A quoted instruction (`DECL: "AFTER UNIFICATION"`) keeps its quotes.
 */
function dropQuoteDebris(line: string): string {
  let b = line.length;
  while (b > 0 && (line.charCodeAt(b - 1) === 34 || line.charCodeAt(b - 1) === 44 || line.charCodeAt(b - 1) === 32)) b--;
  if (b === line.length || line.lastIndexOf('"', b) !== -1 || !line.slice(b).includes('"')) return line;
  return line.slice(0, b);
}

/**
 * Parse an E.O. line.
 *
 * Recognizes `E.O. 12958: N/A`, `E.O. 12958: DECL: 02/26/2020` (month/day/year),
 * `E.O. 13526: DECL: 2020/02/26`, `EO 12958 DECL: 10/22/2018`, two-digit years
 * (`DECL: 08/24/05`; 00-49 are 20xx, 50-99 are 19xx), exemptions (`DECL: 1.6X1`,
 * `DECL: 25X1-human` -> code `25X1-HUMAN`), `DECL: OADR`, NARA declassification
 * (`DECL: DECLASSIFIED BY NARA 09/02/2009`), free text (`DECL: AFTER UNIFICATION`), a bare
 * `DECL:` without E.O. keyword, and any five-digit order (11652, 12065, 12356, 12958, 13526).
 * An invalid date (`DECL: 13/45/2020`) is kept as text. A field reflowed onto the same line
 * (`... TAGS: PREL`) ends the E.O. text.
 *
 * @returns `order` (`null` when the line names none), `declassify` (`null` when the line
 * gives no instruction) and `text`: the line from the keyword on, whitespace collapsed,
 * trimmed. `null` when the text has no E.O. or DECL keyword.
 */
export function parseExecutiveOrder(text: string): ExecutiveOrder | null {
  // `E.O. 12958: N/A \`: some archives end every line with a backslash.
  const flat = (text.includes('\\') ? text.replace(/\\(?=\s|$)/g, ' ') : text).replace(/\s+/g, ' ');
  let start: number;
  let order: string | null = null;
  let afterKeyword: number;
  const eo = EO_KEYWORD.exec(flat);
  if (eo !== null) {
    // The match may begin with the one boundary character before the keyword.
    start = eo.index + eo[0].indexOf(eo[1] ?? '');
    order = eo[2] ?? null;
    afterKeyword = eo.index + eo[0].length;
  } else {
    const decl = DECL_KEYWORD.exec(flat);
    if (decl === null) return null;
    // The match may begin with one boundary character: ` DECL:` -> start at `D`.
    start = decl.index + Math.max(0, decl[0].search(/D/i));
    afterKeyword = start;
  }
  // The line ends where a reflowed following field starts.
  let end = flat.length;
  const following = FOLLOWING_FIELD.exec(flat.slice(afterKeyword));
  if (following !== null) end = afterKeyword + following.index;
  const line = dropQuoteDebris(flat.slice(start, end).trim());
  // The instruction: after `DECL:` when present, else whatever follows the order (`N/A`).
  let rest = flat.slice(afterKeyword, end);
  // An order cited as amended: `E.O. 12958 AS AMENDED: DECL: 02/26/2020`.
  rest = rest.replace(/^[ \t]?AS[ \t]AMENDED\b/i, '');
  const decl = DECL_KEYWORD.exec(rest);
  let value: string;
  if (decl !== null) {
    value = rest.slice(decl.index + decl[0].length);
  } else {
    // The colon after the order: `E.O. 12958: N/A` -> `N/A`; a semicolon or a dash typed for it in haste: `E.O. 12356; N/A`,
    // `E.O. 11652 - N/A`.
    value = rest.replace(/^[ \t]?(?::|;|-(?=[ \t]))/, '');
  }
  return { order, declassify: parseDeclassify(value), text: line };
}
