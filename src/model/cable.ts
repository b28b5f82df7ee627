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
  /**
   * Creation time as ISO date and minutes, no zone: `'2010-02-26T08:05'`. A `cables.csv` date
   * that cannot be read is kept as written, with a `METADATA_INVALID` warning.
   */
  created: string;
  /** Release time in the same form, or `null` when the archive has no Released column. */
  released: string | null;
  /** Classification as the archive writes it: `'UNCLASSIFIED'`, `'CONFIDENTIAL//NOFORN'`. */
  classification: string;
  /** Origin as the archive writes it: `'Embassy Astana'`, `'Secretary of State'`. */
  origin: string;
  /** Archive page title after the reference id (truncated by the archive), entities and mojibake decoded, typographic quotes replaced, a line-end ` \` dropped; `null` when absent. */
  title: string | null;
  /** Press articles the archive links to the cable ("Appears in these articles"; a scheme the archive wrote twice, `http://http://`, once); `[]` when none. */
  mediaUrls: string[];
}

/** A date-time group: `O 260805Z FEB 10`. */
export interface DateTimeGroup {
  /** Precedence spelled out (`'IMMEDIATE'` for `O`), or `null` when no precedence letter precedes the DTG. */
  precedence: string | null;
  /** ISO 8601 UTC time, `'2010-02-26T08:05:00Z'`; `null` when the DTG does not name a valid time (also a digit garbled into a letter: `21O915Z NOV 79`). */
  datetime: string | null;
  /**
   * The DTG without precedence letters and suffix, normalized: `'260805Z FEB 10'` (no space
   * before the zone letter, month upper case, one space between the parts).
   */
  text: string;
  /** Operating signal after the DTG (`'ZDK TO ALL'`), or `null`. */
  suffix: string | null;
}

/** An addressee on a `TO` or `INFO` line. */
export interface Recipient {
  /** Routing indicator before the slash (`'RUEHC'`; `'ZEN'` for an addressee served by other means, `ZEN/AMEMBASSY LUXEMBOURG`), or `null` when the line has none. */
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
  /** The relay line (`OO RUEHIK`) with any wrapped continuation lines; `null` when absent. */
  relay: Relay | null;
  /** The `DE` line (`DE RUEHTA #0270/01 0570805`); `null` when absent. */
  originator: Originator | null;
  /** Security letters from the `ZNR`/`ZNY` line: `'UUUUU'`. */
  security: string | null;
  /** The first date-time group line (`O 260805Z FEB 10`); `null` when absent. */
  dtg: DateTimeGroup | null;
  /** `FM` line address: `'AMEMBASSY ASTANA'`. */
  from: string | null;
  /** Action addressees: the `TO` line and the addressee lines after it, up to `INFO`, in order; `[]` when none. */
  to: Recipient[];
  /** Information addressees: the `INFO` line and every addressee line after it, in order (16 in `10ASTANA270`); `[]` when none. */
  info: Recipient[];
}

/** Classification as read from the banner line. */
export interface Classification {
  /**
   * Level named by the banner word: `'UNCLASSIFIED'` for `UNCLAS`, `'CONFIDENTIAL'` for
   * `C O N F I D E N T I A L`. Without a banner, taken from the routing header's security
   * letters (`UUUUU`, `CCCCC`, `SSSSS`, `TTTTT`); `null` when neither is there.
   */
  level: ClassificationLevel | null;
  /** Control and handling caveats (`'NOFORN'`, `'EXDIS'`, `'EFTO'`, `'FOUO'`, a release list `'REL TO USA, GBR'`, or `'REL USA, GBR'` where written without `TO`), upper case, in order of appearance. `SIPDIS` is reported in `Cable.sipdis`. */
  caveats: string[];
  /** The classification word(s) as written: `'UNCLAS'`, `'C O N F I D E N T I A L'`. Empty when missing. */
  text: string;
}

/** `SECTION 01 OF 02` on the classification line. */
export interface SectionInfo {
  /** This section's number: `1` for `SECTION 01 OF 02`. */
  number: number;
  /** How many sections the cable was sent in: `2` for `SECTION 01 OF 02`. */
  total: number;
}

/** How a declassification instruction reads. */
export type Declassify =
  | {
      /** `'n/a'`: no declassification applies (`E.O. 12958: N/A`, `DECL: NA`); usual in unclassified cables. */
      kind: 'n/a';
    }
  | {
      /** `'date'`: declassify on a date (`DECL: 02/26/2020`, `DECL: 2020/02/26`, `DECL: GDS 12/31/84`). */
      kind: 'date';
      /** The date as ISO `YYYY-MM-DD`: `'2020-02-26'`. Two-digit years: 00-49 are 20xx, 50-99 are 19xx. */
      date: string;
    }
  | {
      /** `'oadr'`: `DECL: OADR` (originating agency's determination required), no fixed date. */
      kind: 'oadr';
    }
  | {
      /** `'exemption'`: an exemption code instead of a date (`DECL: 1.6X1`, `DECL: 25X1-human`). */
      kind: 'exemption';
      /** The code, upper case, inner spaces removed: `'1.6X1'`, `'25X1-HUMAN'`, `'X1'`. */
      code: string;
    }
  | {
      /** `'nara'`: already declassified by NARA (`DECL: DECLASSIFIED BY NARA 09/02/2009`). */
      kind: 'nara';
      /** Date of the NARA declassification as ISO `YYYY-MM-DD` (`'2009-09-02'`), or `null` when no valid date follows. */
      date: string | null;
    }
  | {
      /** `'text'`: an instruction in none of the other forms (`DECL: AFTER UNIFICATION`, an impossible date). */
      kind: 'text';
      /** The instruction after `DECL:` as written, trailing `.`, `,` or `;` removed: `'AFTER UNIFICATION'`. */
      text: string;
    };

/** The `E.O.` line: `E.O. 12958: DECL: 02/26/2020`. */
export interface ExecutiveOrder {
  /** Executive order number: `'12958'`, or `null` when the line names none. */
  order: string | null;
  /** The instruction after `DECL:` (or after the order: `N/A` gives `{ kind: 'n/a' }`, as in every seed cable); `null` when the line gives none. */
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
  /** `'cable'` when the text reads as a cable (`09 Astana 02139`); else the kind a keyword names (`MEMCON` -> `'memcon'`), or `'other'`. */
  kind: ReferenceKind;
  /**
   * Canonical reference id of a cited cable: `'09ASTANA2139'` for `09 Astana 02139`. When the text
   * gives no year, the citing cable's year, or the year before when the serial cannot be of that
   * year: serials restart on 1 January, so `STATE 130969` cited on 4 January 2010 is `'09STATE130969'`,
   * and so is a serial of the citing cable's own post larger than its own. A post's word for a telegram takes its station:
   * `DEPTEL` the Department's, `EMBTEL`/`OURTEL` the citing post's, `YOURTEL` the cable's one action addressee's. `null` for
   * other kinds, for a cable cited without year when the citing cable's year is unknown, and for `YOURTEL` without one addressee.
   */
  referenceId: string | null;
}

/** `Classified By:` line. */
export interface ClassifiedBy {
  /**
   * The classifying official's name as written, title split off: `'Richard E. Hoagland'`; `null` when only a title
   * (or only sources: `Derived from Multiple Sources`) is given. Two officials joined by `and` keep both names:
   * `'Fred Carter and Steven Prohaska'`, their titles in `title` (`'DTRO Chief, Poloff'`).
   */
  name: string | null;
  /** Title(s) before the name or after a comma, as written: `'Ambassador'`, `'Political Officer'` (parts joined by `', '`); `null` when none. */
  title: string | null;
  /** Reasons, normalized: `['1.4(b)', '1.4(d)']`. */
  reasons: string[];
  /** The statement as written, whitespace collapsed. */
  text: string;
}

/** A body paragraph. */
export interface Paragraph {
  /** Label as written without the dot: `'1'`, `'A'`, `'II'`, a checklist's keyed label `'21A'` (also typed `21.A.` or `21(a).`) or range `'23A-B'`; `null` for unnumbered text. A cable numbered in another style gives the same: `PARA 1.`, `Para 1:`, `(1)`, `1/`, `1 -`, `1-`, `ONE.` are `'1'` (`PARA 21 A: (U)` is `'21A'`); a decimal sub-paragraph is `'3.2.1'`. */
  number: string | null;
  /** Labels from the outline root down to this paragraph: `['II', 'A', '1']`, for a decimal one `['3', '3.2', '3.2.1']`; `[]` when unnumbered. */
  outline: string[];
  /** Portion marking without parentheses: `'SBU'`, `'C'`, `'S//NF'` (the older `(C - ENTIRE TEXT)`, `CONFIDENTIAL - ENTIRE TEXT.` give the level, `'C'`); `null` when unmarked. */
  marking: string | null;
  /** Heading line(s) introducing this paragraph, whitespace collapsed; `null` when none. */
  heading: string | null;
  /** Paragraph text after label and marking: lines joined by one space, blank-line separated blocks joined by `'\n\n'`, runs of spaces collapsed. */
  text: string;
}

/** A page marker: `ASTANA 00000270  001.3 OF 002`. */
export interface PageMarker {
  /** Post name, upper case: `'ASTANA'`, `'NEW DELHI'`; `'ROME'` in an older `PAGE 02 ROME 01196 01 OF 02` marker. */
  post: string;
  /** Serial as written (8 digits in modern cables; `XXXXXXXXXXXX` where WikiLeaks redacted it). */
  serial: string;
  /** Page number: `1` for `001.3`; restarts at 1 in each joined section. */
  page: number;
  /** Page count: `2` for `OF 002`; `0` in an older marker, which gives none (`PAGE 02 ROME 01196 01 OF 02`: `01 OF 02` is the section). */
  total: number;
}

/**
 * A parsed cable: the archive wrapper, the routing header, the preamble fields (see
 * `Preamble`), the body and the diagnostics.
 */
export interface Cable extends Preamble {
  /** Canonical reference id: `'10ASTANA270'`; from the archive row, else built from the banner and DTG. */
  referenceId: string | null;
  /**
   * The archive's metadata (text-dump row, HTML page table, `cables.csv` row, or what was passed to
   * `parseCableWithMetadata`); `null` for plain cable text or an unreadable row (`METADATA_INVALID`).
   */
  metadata: ArchiveMetadata | null;
  /** The routing header; `null` when the cable has none (`HEADER_MISSING`, common in archive copies). */
  header: RoutingHeader | null;
  /**
   * Body paragraphs in order (`paragraphs[0].number` is `'1'` in `10ASTANA270`); `[]` for an empty body. Text without labels gives
   * unnumbered ones (`number: null`): in a body without any label, each block set off by blank lines is one (in an all-caps body showing two
   * or more short topics in capitals over its blocks, `GDP` / `INFLATION`, set off or glued on top, each topic heads its block); text before the first
   * label is one (one per heading); blocks after a label are that paragraph's text.
   * A document quoted in full with its own numbered paragraphs (a diplomatic note's `1.` to `8.` inside the cable's paragraph 3, the
   * cable's `4.` after it), a message quoted between `QUOTE` and `UNQUOTE` (a State repeat of another cable), and a text quoted
   * between `BEGIN TEXT` and `END TEXT` with its own items (a non-paper's `A.`, `B.`; up to the cable's next number when the end
   * is not written) are text of the paragraph that quotes it, labels included. So are the `A.` answers of press guidance's `Q.`.
   */
  paragraphs: Paragraph[];
  /**
   * Text of the summary: between `SUMMARY:` and `END SUMMARY` (exclusive), or the paragraphs under a
   * `SUMMARY` (or `BEGIN SUMMARY`) heading up to the next heading or an `END SUMMARY` (only the first of them when neither
   * follows); in paragraph-text form (paragraphs joined by `'\n\n'`), trimmed. `null` when none.
   */
  summary: string | null;
  /** Texts of the `COMMENT: ... END COMMENT` blocks, in order. */
  comments: string[];
  /** Texts of the `NOTE: ... END NOTE` blocks, in order. */
  notes: string[];
  /**
   * The signature's name as written: the surname most cables sign with (`'HOAGLAND'`), two for a joint cable
   * (`'BURNS/SCHNABEL'`, `'SMITH AND JONES'`), a full name when the signature gives one (`'Condoleezza Rice'`,
   * `'Martin E. Cardwell'`); a title on its own line under it is not part of it. A signature the archive redacted stays
   * as written (`'XXXXXXXXXXXX'`).
   */
  signer: string | null;
  /**
   * Page markers in input order, from the classification line on: `[{ post: 'ASTANA', serial:
   * '00000270', page: 1, total: 2 }, ...]`; `[]` when the cable has none.
   */
  pages: PageMarker[];
  /** Body text: page markers and other transmission lines removed, scraping damage repaired, trailing spaces trimmed, blank runs collapsed. */
  body: string;
  /** Problems found and repairs made while parsing this cable, sorted by `offset`; `[]` when there are none. */
  diagnostics: Diagnostic[];
  /** Where each field came from in the input. */
  spans: CableSpans;
  /** Non-blank input text no field took (in input order). */
  unparsed: UnparsedText[];
}

/** A range of the input: `input.slice(start, end)`; 0-based UTF-16 offsets, end exclusive. */
export interface Span {
  /** Offset of the first character (0-based, UTF-16), in the same text as diagnostic offsets. */
  start: number;
  /** Offset just after the last character; `end - start` is the length. */
  end: number;
}

/**
 * Where each parsed field came from in the input. Arrays run parallel to the field's
 * array (`to[i]` is the span of `header.to[i]`). `null` when the field is absent.
 */
export interface CableSpans {
  /** The metadata row of an archive text dump; `null` for other inputs (an HTML page's table is part of `wrapper`). */
  metadata: Span | null;
  /** Archive chrome around the cable: title line, boilerplate, trailer; HTML outside the cable text. */
  wrapper: Span[];
  /** The whole routing header. */
  header: Span | null;
  /** The `VZCZC...` line. */
  transmissionId: Span | null;
  /** The relay line (`OO RUEHIK`) through its continuation lines. */
  relay: Span | null;
  /** The `DE ...` line. */
  originator: Span | null;
  /** The `ZNR`/`ZNY` line. */
  security: Span | null;
  /** The date-time group line (`O 260805Z FEB 10`). */
  dtg: Span | null;
  /** The `FM` line. */
  from: Span | null;
  /** One per `header.to` entry: its addressee line, extended over the `XMT` lines after it. */
  to: Span[];
  /** One per `header.info` entry: its addressee line (the first is the `INFO` line), extended over the `XMT` lines after it. */
  info: Span[];
  /** The classification line (banner). */
  classification: Span | null;
  /** Handling lines (`SIPDIS`, `NOFORN`, ...). */
  handling: Span[];
  /** The note of a `CORRECTED COPY` caption, from its first character (a parenthesis included) to the end of its last line. */
  correctionNote: Span | null;
  /** One per `distribution` entry, over the wrapped lines it joins. */
  distribution: Span[];
  /** The E.O. line, with a `DECL:` line that continues it. */
  executiveOrder: Span | null;
  /** The TAGS field, keyword and wrapped lines included; with several TAGS fields, one span from the first to the end of the last. */
  tags: Span | null;
  /** The SUBJECT field, keyword included, over all its lines. */
  subject: Span | null;
  /** One per `references` entry: the line of the REF block that holds it (the whole block when it is split over lines). */
  references: Span[];
  /** The `Classified By` statement; the whole paragraph when the statement was found in the body. */
  classifiedBy: Span | null;
  /** One per `paragraphs` entry: from its heading (or label) line to its last line, page markers inside included. */
  paragraphs: Span[];
  /** The whole paragraph in which the summary starts; a summary running over several paragraphs extends past it. */
  summary: Span | null;
  /** The signer's name(s): from the first letter of the name to the end of its (last) line. */
  signer: Span | null;
  /** One per `pages` entry: the page marker line. */
  pages: Span[];
  /** Lines of the transmission that carry no field: repeated banners, `BT`, `NNNN`, page banners, trailers. */
  transmission: Span[];
}

/** Text the parser did not assign to any field, kept rather than dropped. */
export interface UnparsedText {
  /** The left-over text exactly as in the input (before repairs), one line's piece, trimmed. */
  text: string;
  /** Where `text` stands: `input.slice(span.start, span.end) === text`. */
  span: Span;
}

/** The preamble fields, as returned by `parsePreamble` (and part of every `Cable`). */
export interface Preamble {
  /**
   * Level and caveats from the classification line and handling lines: `{ level: 'UNCLASSIFIED',
   * caveats: [], text: 'UNCLAS' }`. Always present; `level` is `null` when nothing names one.
   */
  classification: Classification;
  /** `SECTION 01 OF 02` on the classification line, or `null`. */
  section: SectionInfo | null;
  /** Post on the classification line: `'ASTANA'`. */
  post: string | null;
  /** Serial on the classification line as written: `'000270'`. */
  serial: string | null;
  /** True when the cable is marked `SIPDIS` (in its preamble, or on a `SIPDIS` line in its body). */
  sipdis: boolean;
  /**
   * What a `CORRECTED COPY` caption says was corrected, without the parentheses or dash around it,
   * whitespace collapsed: `CORRECTED COPY (PARA 28 CONTAINS ADDITIONAL INFORMATION)` gives
   * `'PARA 28 CONTAINS ADDITIONAL INFORMATION'`, `CORRECTED COPY - ADDRESSEES ADDED` gives `'ADDRESSEES ADDED'`.
   * `null` when the preamble has no such caption or it gives no note. The caption itself is the caveat
   * `'CORRECTED COPY'` in `classification.caveats`.
   */
  correctionNote: string | null;
  /**
   * Distribution lines (`'STATE FOR SCA/CEN, OES'`), wrapped lines joined, whitespace collapsed. The preamble's
   * lines that say for whom or from whom the message is (`'FOR CODEL GOODLATTE FROM CHARGE CHICOLA'`,
   * `'FROM AMBASSADOR PAMELA P. WILLEFORD'`) are entries too: the model has no other field for them.
   */
  distribution: string[];
  /** The E.O. line (`E.O. 12958: N/A`); `null` when the cable has none (`EO_MISSING`). */
  executiveOrder: ExecutiveOrder | null;
  /**
   * TAGS values in order, upper case: `['ECON', 'PGOV', 'SENV', 'SOCI', 'TSPL', 'KPAO', 'KZ']`; a person
   * tag stays one value (`'OVIP (CLINTON, HILLARY)'`). `[]` without a TAGS line (`TAGS_MISSING`).
   */
  tags: string[];
  /** Subject joined over lines, whitespace collapsed, without its portion marking. */
  subject: string | null;
  /** The subject's portion marking without parentheses (`SUBJECT: (C) ...` gives `'C'`; also `'SBU'`, `'C/NF'`; at the end too, `SUBJECT: ... HEATS UP (C)`); `null` when it has none. */
  subjectMarking: string | null;
  /** Entries of the `REF:` block(s), in order (`REF: 09 Astana 02139` gives one, `referenceId` `'09ASTANA2139'`); `[]` when none. */
  references: Reference[];
  /**
   * The `Classified By:` statement; `null` when there is none (as in the seed's unclassified cables).
   * In a `Cable` it is also looked for in the first two paragraphs (1990s cables put it in paragraph 1), and after the signer. A
   * statement given by its source alone, `DERIVED FROM: MULTIPLE SOURCES`, counts too (`name: null`).
   */
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
