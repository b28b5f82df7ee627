/**
 * The cable model: plain, JSON-serializable data (no classes, no `Date`).
 * Types only; no logic lives in `src/model/`.
 */

import type { Diagnostic } from './diagnostic.js';

/** Classification levels in increasing order of sensitivity. */
export type ClassificationLevel =
  | 'UNCLASSIFIED'
  | 'LIMITED OFFICIAL USE'
  | 'CONFIDENTIAL'
  | 'SECRET'
  | 'TOP SECRET';

/** One row of an archive's metadata table (`Reference ID Created Released Classification Origin`). */
export interface ArchiveMetadata {
  /** Reference id as published by the archive, canonicalized: `'10ASTANA270'`. */
  referenceId: string;
  /** Creation time as ISO date and minutes, no zone: `'2010-02-26T08:05'`. */
  created: string;
  /** Release time in the same form, or `null` when the archive has no Released column. */
  released: string | null;
  /** Classification as the archive writes it: `'UNCLASSIFIED'`, `'CONFIDENTIAL//NOFORN'`. */
  classification: string;
  /** Origin as the archive writes it: `'Embassy Astana'`, `'Secretary of State'`. */
  origin: string;
  /** Archive page title after the reference id (truncated by the archive), typographic quotes replaced; `null` when absent. */
  title: string | null;
  /** Press articles the archive links to the cable ("Appears in these articles"); `[]` when none. */
  mediaUrls: string[];
}

/** A date-time group: `O 260805Z FEB 10`. */
export interface DateTimeGroup {
  /** Precedence spelled out (`'IMMEDIATE'` for `O`), or `null` when no precedence letter precedes the DTG. */
  precedence: string | null;
  /** ISO 8601 UTC time, `'2010-02-26T08:05:00Z'`; `null` when the DTG does not name a valid time. */
  datetime: string | null;
  /** The DTG as written, whitespace collapsed: `'260805Z FEB 10'`. */
  text: string;
  /** Operating signal after the DTG (`'ZDK TO ALL'`), or `null`. */
  suffix: string | null;
}

/** An addressee on a `TO` or `INFO` line. */
export interface Recipient {
  /** Routing indicator before the slash (`'RUEHC'`), or `null` when the line has none. */
  routingIndicator: string | null;
  /** Plain-language address: `'SECSTATE WASHDC'`. */
  address: string;
  /** Precedence written after the address (`'IMMEDIATE'`, `'NIACT IMMEDIATE'`), or `null`. */
  precedence: string | null;
  /** Message control number (`'7547'`) as written, or `null`. Garbled numbers are kept and flagged. */
  mcn: string | null;
  /** Stations excluded from a collective by `XMT` lines. */
  excluded: string[];
}

/** The relay line of the routing header: `OO RUEHIK`. */
export interface Relay {
  /** Precedence prosigns as written: `['OO']`, `['P', 'R']`. */
  precedence: string[];
  /** Routing indicators of the relay stations: `['RUEHIK']`. */
  routingIndicators: string[];
}

/** The originator line: `DE RUEHTA #0270/01 0570805`. */
export interface Originator {
  /** Routing indicator of the originating station: `'RUEHTA'`. */
  station: string;
  /** Station serial as written: `'0270'`. */
  serial: string;
  /** Section number after the slash, or `null`. */
  section: number | null;
  /** Julian day of transmission (1-366). */
  julianDay: number;
  /** Transmission time `HHMM`: `'0805'`. */
  time: string;
}

/** The ACP-127 routing envelope, from `VZCZC...` down to the last addressee. */
export interface RoutingHeader {
  /** `'VZCZCXRO4053'`, or `null` when absent. */
  transmissionId: string | null;
  relay: Relay | null;
  originator: Originator | null;
  /** Security letters from the `ZNR`/`ZNY` line: `'UUUUU'`. */
  security: string | null;
  dtg: DateTimeGroup | null;
  /** `FM` line address: `'AMEMBASSY ASTANA'`. */
  from: string | null;
  to: Recipient[];
  info: Recipient[];
}

/** Classification as read from the banner line. */
export interface Classification {
  level: ClassificationLevel | null;
  /** Control and handling caveats (`'NOFORN'`, `'EXDIS'`, `'EFTO'`), upper case, in order of appearance. `SIPDIS` is reported in `Cable.sipdis`. */
  caveats: string[];
  /** The classification word(s) as written: `'UNCLAS'`, `'C O N F I D E N T I A L'`. Empty when missing. */
  text: string;
}

/** `SECTION 01 OF 02` on the classification line. */
export interface SectionInfo {
  number: number;
  total: number;
}

/** How a declassification instruction reads. */
export type Declassify =
  | { kind: 'n/a' }
  | { kind: 'date'; date: string }
  | { kind: 'oadr' }
  | { kind: 'exemption'; code: string }
  | { kind: 'nara'; date: string | null }
  | { kind: 'text'; text: string };

/** The `E.O.` line: `E.O. 12958: DECL: 02/26/2020`. */
export interface ExecutiveOrder {
  /** Executive order number: `'12958'`, or `null` when the line names none. */
  order: string | null;
  declassify: Declassify | null;
  /** The line as written, whitespace collapsed. */
  text: string;
}

/** What a reference points at. */
export type ReferenceKind = 'cable' | 'email' | 'telcon' | 'memcon' | 'report' | 'manual' | 'other';

/** One entry of a `REF:` block. */
export interface Reference {
  /** List label (`'A'`) or `null`. */
  label: string | null;
  /** The reference as written, without label and list punctuation: `'09 STATE 125262'`. */
  text: string;
  kind: ReferenceKind;
  /** Canonical reference id for cables (`'09STATE125262'`), `null` otherwise. */
  referenceId: string | null;
}

/** `Classified By:` line. */
export interface ClassifiedBy {
  name: string | null;
  title: string | null;
  /** Reasons, normalized: `['1.4(b)', '1.4(d)']`. */
  reasons: string[];
  /** The statement as written, whitespace collapsed. */
  text: string;
}

/** A body paragraph. */
export interface Paragraph {
  /** Label as written without the dot: `'1'`, `'A'`, `'II'`; `null` for unnumbered text. */
  number: string | null;
  /** Labels from the outline root down to this paragraph: `['II', 'A', '1']`; `[]` when unnumbered. */
  outline: string[];
  /** Portion marking without parentheses: `'SBU'`, `'C'`, `'S//NF'`; `null` when unmarked. */
  marking: string | null;
  /** Heading line(s) introducing this paragraph, whitespace collapsed; `null` when none. */
  heading: string | null;
  /** Paragraph text after label and marking: lines joined by one space, blank-line separated blocks joined by `'\n\n'`, runs of spaces collapsed. */
  text: string;
}

/** A page marker: `ASTANA 00000270  001.3 OF 002`. */
export interface PageMarker {
  post: string;
  /** Serial as written (8 digits in modern cables). */
  serial: string;
  page: number;
  total: number;
}

/**
 * A parsed cable: the archive wrapper, the routing header, the preamble fields (see
 * `Preamble`), the body and the diagnostics.
 */
export interface Cable extends Preamble {
  /** Canonical reference id: `'10ASTANA270'`; from the archive row, else built from the banner and DTG. */
  referenceId: string | null;
  metadata: ArchiveMetadata | null;
  header: RoutingHeader | null;
  paragraphs: Paragraph[];
  /** Text of the summary (between `SUMMARY:` and `END SUMMARY`), whitespace collapsed. */
  summary: string | null;
  /** Texts of the `COMMENT: ... END COMMENT` blocks, in order. */
  comments: string[];
  /** Texts of the `NOTE: ... END NOTE` blocks, in order. */
  notes: string[];
  /** Signer's surname(s) as written: `'HOAGLAND'`. */
  signer: string | null;
  pages: PageMarker[];
  /** Body text: page markers and other transmission lines removed, scraping damage repaired, trailing spaces trimmed, blank runs collapsed. */
  body: string;
  diagnostics: Diagnostic[];
  /** Where each field came from in the input. */
  spans: CableSpans;
  /** Non-blank input text no field took (in input order). */
  unparsed: UnparsedText[];
}

/** A range of the input: `input.slice(start, end)`; 0-based UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Where each parsed field came from in the input. Arrays run parallel to the field's
 * array (`to[i]` is the span of `header.to[i]`). `null` when the field is absent.
 */
export interface CableSpans {
  /** The archive metadata row or table. */
  metadata: Span | null;
  /** Archive chrome around the cable: title line, boilerplate, trailer; HTML outside the cable text. */
  wrapper: Span[];
  /** The whole routing header. */
  header: Span | null;
  transmissionId: Span | null;
  relay: Span | null;
  originator: Span | null;
  security: Span | null;
  dtg: Span | null;
  from: Span | null;
  to: Span[];
  info: Span[];
  /** The classification line (banner). */
  classification: Span | null;
  /** Handling lines (`SIPDIS`, `NOFORN`, ...). */
  handling: Span[];
  distribution: Span[];
  executiveOrder: Span | null;
  tags: Span | null;
  subject: Span | null;
  references: Span[];
  classifiedBy: Span | null;
  paragraphs: Span[];
  /** The paragraphs holding the summary. */
  summary: Span | null;
  signer: Span | null;
  pages: Span[];
  /** Lines of the transmission that carry no field: repeated banners, `BT`, `NNNN`, page banners, trailers. */
  transmission: Span[];
}

/** Text the parser did not assign to any field, kept rather than dropped. */
export interface UnparsedText {
  text: string;
  span: Span;
}

/** The preamble fields, as returned by `parsePreamble` (and part of every `Cable`). */
export interface Preamble {
  classification: Classification;
  /** `SECTION 01 OF 02` on the classification line, or `null`. */
  section: SectionInfo | null;
  /** Post on the classification line: `'ASTANA'`. */
  post: string | null;
  /** Serial on the classification line as written: `'000270'`. */
  serial: string | null;
  /** True when the cable is marked `SIPDIS`. */
  sipdis: boolean;
  /** Distribution lines (`'STATE FOR SCA/CEN, OES'`), wrapped lines joined, whitespace collapsed. */
  distribution: string[];
  executiveOrder: ExecutiveOrder | null;
  tags: string[];
  /** Subject joined over lines, whitespace collapsed. */
  subject: string | null;
  references: Reference[];
  classifiedBy: ClassifiedBy | null;
}

/** The input shapes the parser reads. */
export type InputFormat = 'text' | 'archive' | 'wikileaks-html' | 'csv';

/** Options for `parseCable` and `parseCables`. */
export interface ParseOptions {
  /** Throw a `CableParseError` when any error diagnostic is produced. Default `false`. */
  strict?: boolean;
  /** Inputs longer than this (in UTF-16 code units) are cut, with an `INPUT_TOO_LARGE` error. Default 50,000,000. */
  maxInputLength?: number;
  /** A preamble field (SUBJECT, REF, TAGS, Classified By, E.O.) longer than this many lines is cut, with a `FIELD_TOO_LONG` warning; the rest stays in `unparsed`. Default 500. */
  maxFieldLines?: number;
}
