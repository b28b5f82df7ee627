/**
 * Archive records around a cable's text: the wrapper an archive (WikiLeaks pages, their
 * text dumps, database exports) pasted into the cable's own text block. A record at the
 * top of a block (one field per line, `key: value` lines, a tab-separated row, a
 * `cables.csv` row, a date line), a `cables.csv` row after a cut copy, the
 * partial-extract notice, a tab-separated record after `NNNN`. None of it is the cable's
 * text: the readers leave it out, and the lines they keep keep their true offsets.
 *
 * Used by the HTML reader (each `<pre>` block) and by the plain-text and archive-dump
 * paths of `parseCables` (the blocks of a page's text), so a page reads the same in each
 * input shape.
 */

import { isAsciiDigitCode, isBlank, isWhitespaceCode, skipWhitespace, type SourceLine } from './source-line.js';

/** A line holding only an ellipsis, where the archive cut a copy short: `  ...` (also read by `assemble.ts`). */
export const ELLIPSIS_LINE = /^\s*(?:\.{3}|\u2026)\s*$/;

/** How many lines of a block are searched for an ellipsis line with a record after it. */
const ELLIPSIS_REACH = 80;

/** A record's id line: `245812`, `<<240168>>`. */
const RECORD_ID = /^\s*(?:<<)?\d{1,7}(?:>>)?\s*$/;

/** A record's date line: `2010-01-27`, `2009-06-04 14:29:00`, `12/16/2009 14:15`. */
const RECORD_DATE = /^\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;

/** A record's reference id line: `10KABUL348`, `04THEHAGUE868`. */
const RECORD_REFID = /^\s*\d{2}[A-Z]{2,30}\d{1,6}\s*$/;

/** A record's origin line: `Embassy Kabul`, `Secretary of State`, `US Interests Section Havana` (no digits). */
const RECORD_ORIGIN = /^\s*[A-Za-z][A-Za-z .,'()/-]{1,80}$/;

/** A record's classification line: `SECRET`, `UNCLASSIFIED//FOR OFFICIAL USE ONLY`, `SECRET//NOFORN`. */
const RECORD_CLASSIFICATION = /^\s*(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)(?:\/\/[A-Z][A-Z ]{1,30}){0,4}\s*$/;

/** A record's references line: `04STATE68263`, `09NAIROBI2487|09STATE122115` (one separator before each further id). */
const RECORD_REFERENCES = /^\s*\d{2}[A-Z]{2,30}\d{1,6}(?:[|,;] ?\d{2}[A-Z]{2,30}\d{1,6}){0,60}\s*$/;

/** A `key: value` record line: `id: 145755`, `refid: 08SANTODOMINGO373`, `header:`; `Class: <TAB>SECRET`, `Key: <TAB>06LONDON4338`. */
const RECORD_KEY = /^\s*(?:id|date|refid|origin|classification|destination|header|class|key|tags)\s?:/i;

/** The second line of a titled record (its title line before it): `Class: <TAB>SECRET`. */
const RECORD_CLASS_KEY = /^\s*Class:\s/;

/** The end of a `key: value` record's header copy: `----------------- header ends ----------------`. */
const RECORD_HEADER_END = /^\s*-{3,}\s?header ends\s?-{3,}\s*$/i;

/**
 * A tab-separated record row: `82783<TAB>2006-10-23 08:56:00<TAB>06BERN1971<TAB>...`, or
 * without the id: `2009-09-08 13:49:00<TAB>09TRIPOLI714<TAB>...`. Group 1: the id.
 */
const RECORD_ROW = /^\s*(\d{1,7}\t)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})[^\t]{0,20}\t/;

/**
 * The date line an archive printed over the cable text: weekday, day, month, year, time
 * over a partial extract (`Friday, 04 February 2005, 16:06`), or `Cable dated:` and an ISO
 * date-time (`Cable dated:2005-05-23T14:26:00`; glued to the banner it is read there).
 */
const RECORD_DATE_LINE = /^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s\d{1,2}\s[A-Z][a-z]{2,8}\s\d{4},\s\d{1,2}:\d{2}|Cable dated:\s?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)\s*$/;

/**
 * The notice a partial extract's page prints in a `<pre>` block of its own before the cable
 * block. Example: `This record is a partial extract of the original cable. The full text of
 * the original cable is not available.` (bounded: the block is short).
 */
const PARTIAL_EXTRACT_NOTICE = /^\s*This record is a partial extract of the original cable\.[^<&]{0,200}$/;

/** Longest `<pre>` block read as the partial-extract notice. */
const NOTICE_MAX = 300;

/** True when a `<pre>` block holds only the partial-extract notice (archive wrapper). */
export function isNoticeBlock(text: string, block: { start: number; end: number }): boolean {
  return block.end - block.start <= NOTICE_MAX && text.startsWith('This record', block.start) && PARTIAL_EXTRACT_NOTICE.test(text.slice(block.start, block.end));
}

/**
 * A field line of a record as the National Archives' Access to Archival Databases (AAD) exports a 1973-1979 cable:
 * `Draft Date: 14 MAR 1975`, `Document Number: 1975NAIROB02214`, `Film Number: D750091-0322`, `Decaption Note:`
 * (a capitalized caption of up to five words, its colon, a value or nothing). Anchored, bounded.
 */
const AAD_FIELD = /^[A-Z][A-Za-z]{1,20}(?: [A-Za-z]{1,20}){0,4}:(?:[ \t]|$)/;

/**
 * The fields only AAD records have (`Draft Date:`, `Document Number:`, `Film Number:` ...): a block of field lines is a
 * record only with two of them (a cable's own form lines, `DATE:`, `FROM:`, `SUBJECT:`, have none). Anchored, bounded.
 */
const AAD_OWN_FIELD = /^(?:Draft Date|Document Number|Document Source|Document Unique ID|Film Number|Decaption Date|Decaption Note|Disposition (?:Action|Date|Approved on Date|Authority|Case Number|Event|History|Reason|Remarks)|Legacy Key|Line Count|Locator|Message ID|Channel Indicators|Original Classification|Original Handling Restrictions|Original Previous Classification|Page Count|Review (?:Action|Authority|Date|Event|Exemptions|History|Release Date|Release Event|Transfer Date)|Sent Date|Concepts|Control Number|Handling Restrictions|Previous Classification|ISecure|Image Path):/;

/** The line that opens the cable in an AAD record (`Message Text:`) and the one that ends it. */
const AAD_TEXT_START = /^\s*Message Text:\s*$/;
const AAD_TEXT_END = /^\s*<< ?END OF DOCUMENT ?>>\s*$/;

/** Most lines of an AAD record's fields looked at before `Message Text:`; fields it needs before it and after the end. */
const AAD_REACH = 80;
const AAD_FIELDS_MIN = 5;
const AAD_OWN_FIELDS_MIN = 2;
const AAD_TRAILING_FIELDS_MIN = 3;

/**
 * The lines of an AAD record's cable: after `Message Text:` (the record's field lines opening the text, at least
 * `AAD_FIELDS_MIN` of them, `AAD_OWN_FIELDS_MIN` only AAD has) and
 * before `<< END OF DOCUMENT >>` (with field lines after it); `null` when the lines are no such record. The fields are
 * archive wrapper, as a WikiLeaks page's table is (their values are the archive's, not the cable's).
 */
function withoutAadRecord(lines: readonly SourceLine[]): SourceLine[] | null {
  let fields = 0;
  let own = 0;
  let start = -1;
  let first = 0;
  while (first < lines.length && isBlank((lines[first] as SourceLine).text)) first++;
  // The record opens the text: its first line is a field.
  if (first >= lines.length || !AAD_FIELD.test((lines[first] as SourceLine).text)) return null;
  for (let i = first; i < lines.length && i < first + AAD_REACH; i++) {
    const t = (lines[i] as SourceLine).text;
    if (AAD_TEXT_START.test(t)) {
      start = i + 1;
      break;
    }
    if (AAD_FIELD.test(t)) {
      fields++;
      if (AAD_OWN_FIELD.test(t)) own++;
    }
  }
  if (start < 0 || fields < AAD_FIELDS_MIN || own < AAD_OWN_FIELDS_MIN) return null;
  let end = lines.length;
  for (let i = start; i < lines.length; i++) {
    if (!AAD_TEXT_END.test((lines[i] as SourceLine).text)) continue;
    let after = 0;
    for (let j = i + 1; j < lines.length && j <= i + AAD_REACH && after < AAD_TRAILING_FIELDS_MIN; j++) if (AAD_FIELD.test((lines[j] as SourceLine).text)) after++;
    if (after >= AAD_TRAILING_FIELDS_MIN || i + 1 >= lines.length) end = i;
    break;
  }
  return lines.slice(start, end);
}

/**
 * The records of an AAD export holding several, one after another (each its fields, `Message Text:`, the cable, `<<
 * END OF DOCUMENT >>`, its trailing fields, then a blank line): the line range of each, or `null` for fewer than two.
 * Each range starts at a record's first field line (see `withoutAadRecord`, which then reads it). One pass.
 */
export function splitAadRecords(lines: readonly SourceLine[]): Array<[number, number]> | null {
  const parts: Array<[number, number]> = [];
  let start = -1;
  let ended = false;
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] as SourceLine).text;
    if (start < 0) {
      if (isBlank(t)) continue;
      if (!AAD_FIELD.test(t)) return null;
      start = i;
      ended = false;
      continue;
    }
    if (AAD_TEXT_END.test(t)) ended = true;
    else if (ended && isBlank(t)) {
      parts.push([start, i]);
      start = -1;
    }
  }
  if (start >= 0) {
    if (!ended) return null;
    parts.push([start, lines.length]);
  }
  return parts.length >= 2 ? parts : null;
}

/**
 * A field line of the record the State Department's SMART database prints over a cable (2007 on): `MRN:        09 BOGOTA
 * 2210`, `Date/DTG:   Jul 14, 2009 / 141944Z JUL 09`, `From:`, `Action:`, `Info:`, `E.O.:`, `TAGS:`, `Captions:`,
 * `Reference:`, `Subject:` (mixed case, then spaces). Anchored, bounded.
 */
const SMART_FIELD = /^[ \t]{0,4}(?:MRN|Date\/DTG|From|Action|Info|E\.O\.|TAGS|Captions|Reference|Subject|Pass Line|Enclosures?|Attachments?):[ \t]/;

/** The record's own id field, which makes a block of such lines a SMART record: `MRN:        09 BOGOTA 2210`. */
const SMART_MRN = /^[ \t]{0,4}MRN:[ \t]{1,12}\d{2}[ \t]?[A-Z]/;

/** Most lines looked at for a SMART record's `MRN:` line, and how many field lines make the record. */
const SMART_REACH = 20;
const SMART_FIELDS_MIN = 4;

/**
 * The lines of a cable printed from SMART without the record over it: the printout's page banner (bare classification
 * and handling lines before `MRN:`) and the record's field lines (`SMART_FIELD`, wrapped values indented under them) up
 * to the blank line after them, when the telegram follows (`TELEGRAM_START`); `null` when the lines open with no such
 * record. The record's values are the database's (its `Subject:` in mixed case, its TAGS in another order): the cable's
 * own preamble is read.
 */
function withoutSmartRecord(lines: readonly SourceLine[]): SourceLine[] | null {
  let mrn = -1;
  for (let i = 0; i < lines.length && i < SMART_REACH; i++) {
    if (SMART_MRN.test((lines[i] as SourceLine).text)) {
      mrn = i;
      break;
    }
  }
  if (mrn < 0) return null;
  // Only the printout's page banner (or a release's stamps) above the record: a record quoted under a cable's own
  // preamble is its text.
  for (let i = 0; i < mrn; i++) {
    const t = (lines[i] as SourceLine).text;
    if (!isBlank(t) && !TRAILER_OTHER_LINE.test(t) && !/^[ \t]{0,60}RELEASED?[ \t]IN[ \t](?:FULL|PART)\b/.test(t) && !/^[ \t]{20,}[B1][0-9.()A-Z, ]{0,40}$/.test(t)) return null;
  }
  let fields = 0;
  let end = mrn;
  for (; end < lines.length; end++) {
    const t = (lines[end] as SourceLine).text;
    if (isBlank(t)) break;
    if (SMART_FIELD.test(t)) fields++;
    else if (!isWhitespaceCode(t.charCodeAt(0))) break;
  }
  if (fields < SMART_FIELDS_MIN) return null;
  // Only over the telegram itself: a record printed alone holds the cable's only preamble (its TAGS, its subject).
  let next = end;
  while (next < lines.length && isBlank((lines[next] as SourceLine).text)) next++;
  return next < lines.length && TELEGRAM_START.test((lines[next] as SourceLine).text) ? lines.slice(end) : null;
}

/**
 * A SMART printout's trailer field: `Signature:  WOOD`, `Drafted By:`, `Cleared By:`, `Approved By:`, `Released By:`,
 * `Info:`, `XMT:`, `Dissemination Rule:` (anchored, bounded).
 */
const SMART_TRAILER_FIELD = /^[ \t]{0,4}(?:Signature|Drafted By|Cleared By|Approved By|Released By|Info|XMT|Dissemination Rule|Action):[ \t]/;

/** The signer's name on a SMART trailer's `Signature:` line: `Signature:  CLINTON` (group 1; anchored, bounded). */
const SMART_SIGNATURE = /^[ \t]{0,4}Signature:[ \t]{1,12}([A-Z][A-Z'.-]{1,30}(?: [A-Z][A-Z'.-]{1,30}){0,2})[ \t]*$/;

/**
 * A line a SMART printout's trailer may hold besides its fields: the page banner (`UNCLASSIFIED`, `SECRET//NOFORN`,
 * `SENSITIVE BUT UNCLASSIFIED`), a copy's page footer (`Page 2 of 2`), a FOIA release's case line. Anchored, bounded.
 */
const TRAILER_OTHER_LINE = /^[ \t]{0,40}(?:(?:UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE|SENSITIVE BUT UNCLASSIFIED|FOR OFFICIAL USE ONLY|NOFORN|SIPDIS|SBU|FOUO)[ \t]{0,2}(?:\/\/|[/,\-])?[ \t]{0,2}){1,5}$|^[ \t]{0,40}Page[ \t]\d{1,3}[ \t]of[ \t]\d{1,3}[ \t]*$|Case No\./;

/**
 * A SMART printout's trailer after the cable's text: from a `Signature:` line, only trailer fields (their values
 * wrapped on indented lines), blank lines and `TRAILER_OTHER_LINE`s (a page banner, a page footer, a FOIA case line) to
 * the end; the name in capitals. The lines without it, the
 * `Signature:` line cut to its name (the cable's signer; its offset moved to the name); `null` when there is none.
 */
function withoutSmartTrailer(lines: readonly SourceLine[]): SourceLine[] | null {
  let signature = -1;
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - SMART_TRAILER_REACH; i--) {
    if (SMART_SIGNATURE.test((lines[i] as SourceLine).text)) {
      signature = i;
      break;
    }
  }
  if (signature < 0) return null;
  let fields = 0;
  for (let i = signature + 1; i < lines.length; i++) {
    const t = (lines[i] as SourceLine).text;
    if (isBlank(t)) continue;
    if (SMART_TRAILER_FIELD.test(t)) fields++;
    else if (!isWhitespaceCode(t.charCodeAt(0)) && !TRAILER_OTHER_LINE.test(t)) return null;
  }
  if (fields < 2) return null;
  const line = lines[signature] as SourceLine;
  const name = SMART_SIGNATURE.exec(line.text)?.[1] ?? '';
  // The telegram's own signer right above: the `Signature:` line repeats it.
  let before = signature - 1;
  while (before >= 0 && isBlank((lines[before] as SourceLine).text)) before--;
  if (before >= 0 && (lines[before] as SourceLine).text.trim() === name) return lines.slice(0, signature);
  const at = line.text.indexOf(name);
  const kept: SourceLine = { text: name, offset: line.offset + at, end: line.offset + at + name.length, line: line.line, lineStart: line.lineStart ?? line.offset };
  return [...lines.slice(0, signature), kept];
}

/** Lines from the end searched for a SMART trailer's `Signature:` line. */
const SMART_TRAILER_REACH = 30;

/** The first line of a telegram under a SMART record: its transmission id, its DTG line, or its banner with a serial. Anchored, bounded. */
const TELEGRAM_START = /^[ \t]{0,4}(?:VZCZC|[OPRZ]{1,2}[ \t]\d{6}Z[ \t][A-Z]{3}[ \t]\d{2}|(?:UNCLAS|C O N F I D E N T I A L|S E C R E T|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)[ \t][^\n]{0,60}\d{3,8}[ \t]*$)/;

/**
 * The lines without the partial-extract notice where it stands as a line of a block (in a
 * header block over the DTG, `This record is a partial extract ...` / blank / `070028Z Apr 04`,
 * or after a record row's fields). A first-letter test before the regex.
 */
export function withoutNotice(lines: SourceLine[]): SourceLine[] {
  const isNotice = (t: string): boolean => t.length <= NOTICE_MAX && t.startsWith('This record', skipWhitespace(t)) && PARTIAL_EXTRACT_NOTICE.test(t);
  return lines.some((l) => isNotice(l.text)) ? lines.filter((l) => !isNotice(l.text)) : lines;
}

/** How many fields of a tab-separated record row come before the cable's own text (one less without the id). */
const RECORD_ROW_FIELDS = 6;

/** How far after `header:` the end of a record's header copy is looked for. */
const RECORD_HEADER_REACH = 200;

/** Longest line read as a record field (the references line may be long). */
const RECORD_LINE_MAX = 1200;

/**
 * The start of a `cables.csv` row pasted into a block: id, date, reference id and origin (quoted or
 * not), each followed by a comma: `19260,7/30/2004 6:06,04THEHAGUE1915,"Embassy The Hague",` or
 * `137583,1/16/2008 17:47,08BUENOSAIRES62,Embassy BuenosAires,`. Anchored; bounded repeats.
 */
const CSV_ROW_START = /^[ \t]{0,8}\d{1,7},\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2},\d{2}[A-Z]{2,30}\d{1,6},(?:"[^"\n]{1,80}"|[A-Za-z][^",\n]{0,80}),/;

/** Whether a line may start a `cables.csv` row: a digit first (after a few spaces), a comma after at most seven digits, then `CSV_ROW_START`. */
function startsCsvRow(t: string): boolean {
  let k = 0;
  while (k < 8 && (t.charCodeAt(k) === 32 || t.charCodeAt(k) === 9)) k++;
  if (!isAsciiDigitCode(t.charCodeAt(k))) return false;
  const comma = t.indexOf(',', k);
  return comma > k && comma <= k + 7 && CSV_ROW_START.test(t);
}

/** A character of a row's classification and references fields: `SECRET//NOFORN,04THEHAGUE1903`, `09NAIROBI2487|09STATE122115`. */
function isRowFieldCode(c: number): boolean {
  return (c >= 65 && c <= 90) || isAsciiDigitCode(c) || c === 47 || c === 32 || c === 44 || c === 124 || c === 59 || c === 45 || c === 9;
}

/**
 * Where the cable text starts after a `cables.csv` row beginning on line `r` (`CSV_ROW_START`):
 *
 *     19260,7/30/2004 6:06,04THEHAGUE1915,"Embassy The Hague",SECRET//NOFORN,04THEHAGUE1903,"This record is a partial extract ...
 *                                             <- the header field: the notice, or a routing header copy (VZCZC... lines)
 *     ","S E C R E T THE HAGUE 001915         <- `","` closes it and opens the content field: the cable text
 *
 * The classification and references fields (upper case, digits, `/`, `|`; they may wrap once:
 * `UNCLASSIFIED//FOR` / `OFFICIAL USE ONLY,,"This record ...`) run to the quote opening the header
 * field; the header field runs to `","` (within `RECORD_HEADER_REACH` lines). With `keepHeader`
 * (no header block on the page), a routing header in the header field is cable text: the text
 * starts there instead. Returns the line and column of the text (the column may be 0), or `null`.
 */
function csvRowEnd(lines: readonly SourceLine[], r: number, keepHeader: boolean): { line: number; column: number } | null {
  const first = (lines[r] as SourceLine).text;
  const m = CSV_ROW_START.exec(first);
  if (m === null) return null;
  let h = r;
  let t = first;
  let k = m[0].length;
  let seen = 0;
  // The classification and references fields, to the quote opening the header field.
  for (;;) {
    const stop = Math.min(t.length, k + RECORD_LINE_MAX);
    while (k < stop && isRowFieldCode(t.charCodeAt(k))) k++;
    seen += k;
    if (seen > RECORD_LINE_MAX) return null;
    if (k < t.length) break;
    // One wrap inside these fields.
    if (h > r || lines[h + 1] === undefined) return null;
    h++;
    t = (lines[h] as SourceLine).text;
    k = 0;
  }
  if (t.charCodeAt(k) !== 34 || t.charCodeAt(k - 1) !== 44) return null; // `,"`
  const headerAt = k + 1;
  if (keepHeader && t.startsWith('VZCZC', headerAt)) return { line: h, column: headerAt };
  for (let j = h; j < lines.length && j <= h + RECORD_HEADER_REACH; j++) {
    const lt = (lines[j] as SourceLine).text;
    const close = lt.indexOf('","', j === h ? headerAt : 0);
    if (close < 0) continue;
    // `,"","UNCLAS ...`: an empty header field closes right after its opening quote.
    const column = close + 3;
    return lt.slice(column).trim() === '' ? { line: j + 1, column: 0 } : { line: j, column };
  }
  return null;
}

/**
 * The end of a copy the archive cut short, inside a word or after one: `SUBJECT: SURVEILLANCE OF U.S...`,
 * `Anu Laamanen on Aug...`, `1...`, `     C. 08 STATE ...` (the ellipsis glued to the last word or one
 * space after it; a line holding only the ellipsis is `ELLIPSIS_LINE`). Also read by `assemble.ts`.
 */
export const CUT_LINE_END = /[A-Za-z0-9,;:)] ?(?:\.{3}|\u2026)[ \t]*$/;

/** What may stand between a cut copy and a row pasted after it: the copy's signer (`SOBEL`), the quote and comma closing its field (`",`). */
const COPY_TAIL = /^[ \t]{0,8}(?:"?,?|[A-Z][A-Za-z.' -]{1,40})[ \t]*$/;

/** The name alternative of `COPY_TAIL`: a signer line after a cut copy, `SOBEL`. */
const COPY_NAME = /^[ \t]{0,8}[A-Z][A-Za-z.' -]{1,40}[ \t]*$/;

/**
 * An archive database record printed at the start of a `<pre>` block, before the cable
 * text (docs/cable-format.md section 1b). It is archive wrapper, not cable text. Four
 * shapes are known (the fourth, a partial extract's date line, is `RECORD_DATE_LINE`):
 *
 *     245812                                  one field per line (blank lines may stand between):
 *     2010-01-27                              id, date, reference id, origin, classification,
 *     10KABUL348                              and a references line when the cable has any
 *     Embassy Kabul
 *     UNCLASSIFIED//FOR OFFICIAL USE ONLY
 *
 *     id: 145755                              `key: value` lines; after `header:` a copy of the
 *     date: 3/13/2008 21:32                   routing header up to `--- header ends ---`
 *     refid: 08SANTODOMINGO373
 *     header:
 *     VZCZCXYZ0000 ...
 *     ----------------- header ends ----------------
 *
 *     82783<TAB>2006-10-23 08:56:00<TAB>06BERN1971<TAB>Embassy Bern<TAB>CONFIDENTIAL<TAB>06BERN1867<TAB>VZCZCXRO7014\
 *                                             a tab-separated row: its six fields, then the cable's own text
 *
 *     34552,6/13/2005 15:12,05BOGOTA5616,"Embassy Bogota",CONFIDENTIAL,05BOGOTA3726,"This record is ...
 *      ","C O N F I D E N T I A L BOGOTA 005616
 *                                             a comma-separated `cables.csv` row (`csvRowEnd`; `keepHeader` for
 *                                             a routing header in its header field when the page has no header block)
 *
 * Returns how many of `lines` the record takes whole, and for a row the column where the
 * cable text starts on the line after those (`rowColumn`, or -1). Reads a bounded number of lines.
 */
export function recordAtStart(lines: readonly SourceLine[], keepHeader = false): { count: number; rowColumn: number } {
  const none = { count: 0, rowColumn: -1 };
  let k = 0;
  const nextField = (): string | null => {
    while (k < lines.length && k < 40 && isBlank((lines[k] as SourceLine).text)) k++;
    const l = lines[k];
    if (l === undefined || k >= 40 || l.text.length > RECORD_LINE_MAX) return null;
    return l.text;
  };
  const first = nextField();
  if (first === null) return none;
  // The date line of a partial extract: `Friday, 04 February 2005, 16:06` / `S E C R E T SECTION 01 OF 03 DUBLIN 000143`.
  if (first.length <= 40 && RECORD_DATE_LINE.test(first)) return { count: k + 1, rowColumn: -1 };
  // A comma-separated `cables.csv` row: its fields and the header field are wrapper, the content field is the cable.
  if (startsCsvRow(first)) {
    const end = csvRowEnd(lines, k, keepHeader);
    if (end !== null) return end.column > 0 ? { count: end.line, rowColumn: end.column } : { count: end.line, rowColumn: -1 };
  }
  // A tab-separated row: cut after its sixth tab (fifth without the id).
  const row = RECORD_ROW.exec(first);
  if (row !== null) {
    const fields = row[1] === undefined ? RECORD_ROW_FIELDS - 1 : RECORD_ROW_FIELDS;
    let column = -1;
    let tabs = 0;
    for (let i = 0; i < first.length; i++) {
      if (first.charCodeAt(i) !== 9) continue;
      tabs++;
      column = i + 1;
      if (tabs === fields) break;
    }
    return tabs === fields && column < first.length ? { count: k, rowColumn: column } : { count: k + 1, rowColumn: -1 };
  }
  // A titled record: its title, then `Class:`, `Date:`, `Key:`, `Tags:` lines.
  const second = lines[k + 1];
  const titled = second !== undefined && RECORD_CLASS_KEY.test(second.text) && first.length <= 200;
  // `key: value` lines.
  if (titled || /^\s*id\s?:\s*\d{1,9}\s*$/.test(first)) {
    if (titled) k++;
    let last = '';
    for (; k < lines.length && k < 40; k++) {
      const t = (lines[k] as SourceLine).text;
      if (isBlank(t)) continue;
      if (!RECORD_KEY.test(t)) break;
      last = t;
    }
    if (/^\s*header\s?:\s*$/.test(last)) {
      for (let j = k; j < lines.length && j < k + RECORD_HEADER_REACH; j++) {
        if (RECORD_HEADER_END.test((lines[j] as SourceLine).text)) return { count: j + 1, rowColumn: -1 };
      }
    }
    return { count: k, rowColumn: -1 };
  }
  // One field per line, in order; the id and date may be missing (the record starts at
  // the reference id: `06THEHAGUE1510` / `Embassy The Hague` / `UNCLASSIFIED//FOR OFFICIAL USE ONLY`).
  const fromRefid = RECORD_REFID.test(first);
  if (!fromRefid && !RECORD_ID.test(first)) return none;
  k++;
  const fields = fromRefid ? [RECORD_ORIGIN, RECORD_CLASSIFICATION] : [RECORD_DATE, RECORD_REFID, RECORD_ORIGIN, RECORD_CLASSIFICATION];
  for (const field of fields) {
    const t = nextField();
    if (t === null || !field.test(t)) return none;
    k++;
  }
  const refs = nextField();
  if (refs !== null && RECORD_REFERENCES.test(refs)) k++;
  return { count: k, rowColumn: -1 };
}

/**
 * The lines of a `<pre>` block without an archive record (see `recordAtStart`) at its
 * start or right after a cut copy's ellipsis line (`  ...` / record / the complete text):
 * the record is wrapper, so its lines are left out.
 */
export function withoutRecord(text: string, read: SourceLine[], keepHeader = false): SourceLine[] {
  let from = 0;
  let record = recordAtStart(read, keepHeader);
  if (record.count === 0 && record.rowColumn < 0) {
    // After the first ellipsis line near the start.
    let e = 0;
    while (e < read.length && e < ELLIPSIS_REACH && !ELLIPSIS_LINE.test((read[e] as SourceLine).text)) e++;
    if (e < read.length && e < ELLIPSIS_REACH) {
      from = e + 1;
      record = recordAtStart(read.slice(from, from + ELLIPSIS_REACH), keepHeader);
    }
    if (record.count === 0 && record.rowColumn < 0) return withoutRowAfterCut(text, read);
  }
  const out = read.slice(0, from);
  for (let k = from + record.count; k < read.length; k++) out.push(read[k] as SourceLine);
  const row = out[from];
  if (record.rowColumn >= 0 && row !== undefined) out[from] = restOfRow(text, row, record.rowColumn);
  return out;
}

/**
 * The lines of a block without a `cables.csv` row pasted after a cut copy of the cable (near the
 * start), the complete text in the row's content field:
 *
 *     SUBJECT: SURVEILLANCE OF U.S...           <- the cut copy ends (kept: the pipeline reads the complete copy)
 *     SOBEL                                     <- the copy's signer: kept (`readAfterCutPreamble` may take it)
 *     ",                                        <- the quote and comma closing its field: wrapper
 *     19260,7/30/2004 6:06,04THEHAGUE1915,"Embassy The Hague",SECRET//NOFORN,...,"This record ...
 *     ","S E C R E T THE HAGUE 001915           <- the complete copy, from its banner
 *
 * At most two short lines (`COPY_TAIL`) may stand between the cut and the row. Rows are looked for
 * in the first `ELLIPSIS_REACH` lines, a digit test first.
 */
function withoutRowAfterCut(text: string, read: SourceLine[]): SourceLine[] {
  for (let r = 1; r < read.length && r < ELLIPSIS_REACH; r++) {
    if (!startsCsvRow((read[r] as SourceLine).text)) continue;
    let b = r - 1;
    let tail = 0;
    for (; b >= 0; b--) {
      const t = (read[b] as SourceLine).text;
      if (isBlank(t)) continue;
      if (t.length <= RECORD_LINE_MAX && (CUT_LINE_END.test(t) || ELLIPSIS_LINE.test(t))) break;
      if (++tail > 2 || t.length > 60 || !COPY_TAIL.test(t)) return read;
    }
    const end = b < 0 ? null : csvRowEnd(read, r, false);
    if (end === null) return read;
    const out = read.slice(0, b + 1);
    // The copy's signer line stays (`SOBEL`): the complete copy may have none. Only `",` and the row go.
    for (let k = b + 1; k < r; k++) if (COPY_NAME.test((read[k] as SourceLine).text)) out.push(read[k] as SourceLine);
    const first = read[end.line];
    if (first !== undefined) out.push(end.column > 0 ? restOfRow(text, first, end.column) : first);
    for (let k = end.line + 1; k < read.length; k++) out.push(read[k] as SourceLine);
    return out;
  }
  return read;
}

/** How many lines at the end of a block are searched for a record after the end mark. */
const TRAILING_RECORD_REACH = 12;

/**
 * A tab-separated record row after the end mark `NNNN` (on its line or the next): date, title
 * (maybe an id first): `HOAGLAND NNNN<TAB>2005-10-20<TAB>TAJIKISTAN: AMBASSADOR ...<TAB>`.
 * Applied to the text after `NNNN`; anchored, bounded.
 */
const TRAILING_RECORD = /^[ \t]{0,8}\t(?:\d{1,7}\t)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})[^\t]{0,20}\t/;

/**
 * The lines of a block without an archive record printed after the end of the message, and what
 * follows it (the summary printed again):
 *
 *     HOAGLAND NNNN<TAB>2005-10-20<TAB>TAJIKISTAN: AMBASSADOR ZARIPOV COUNSELS ...<TAB>   <- kept up to `NNNN`
 *
 *     In a meeting with Tajikistan's Ambassador ...                                      <- wrapper
 *
 * Only the last `TRAILING_RECORD_REACH` lines are looked at, a tab test first. A row on a line of
 * its own counts only right after an `NNNN` line (blank lines between).
 */
export function withoutTrailingRecord(text: string, read: SourceLine[]): SourceLine[] {
  const from = Math.max(0, read.length - TRAILING_RECORD_REACH);
  let endMark = false;
  for (let k = from; k < read.length; k++) {
    const line = read[k] as SourceLine;
    const t = line.text;
    if (t.indexOf('\t') < 0) {
      if (t.trim() !== '') endMark = t.trim() === 'NNNN';
      continue;
    }
    const at = t.indexOf('NNNN');
    if (at >= 0 && (at === 0 || isWhitespaceCode(t.charCodeAt(at - 1))) && TRAILING_RECORD.test(t.slice(at + 4, at + 80))) {
      // Kept up to the end mark, with its true end (the characters found one for one in the page).
      const head = t.slice(0, at + 4);
      if (!text.startsWith(head, line.offset)) return read;
      const out = read.slice(0, k);
      out.push({ ...line, text: head, end: line.offset + head.length });
      return out;
    }
    if (endMark && RECORD_ROW.test(t)) return read.slice(0, k);
    endMark = false;
  }
  return read;
}

/**
 * The cable text after a record row's fields, from `column` on, with its offset in the page:
 * the row's characters are found one for one in the page (a tag or entity in between
 * keeps the whole line, to stay exact).
 */
function restOfRow(text: string, line: SourceLine, column: number): SourceLine {
  const head = line.text.slice(0, column);
  if (text.startsWith(head, line.offset) && line.offset + column <= line.end) {
    return { text: line.text.slice(column), offset: line.offset + column, end: line.end, line: line.line, lineStart: line.lineStart ?? line.offset };
  }
  return line;
}

/** How many lines from the top of a text are searched for a record standing after a blank line (a page's header block, then the record). */
const TEXT_RECORD_REACH = 80;

/**
 * The lines without the fields of a printed archive record around the message text: an AAD record (`withoutAadRecord`)
 * or a SMART print (`withoutSmartRecord`), and a SMART print's trailer (`withoutSmartTrailer`); `null` when there are
 * none. Every input shape asks it of its cable lines (a WikiLeaks page's `<pre>` block too).
 */
export function withoutPrintRecords(lines: readonly SourceLine[]): SourceLine[] | null {
  const record = withoutAadRecord(lines) ?? withoutSmartRecord(lines);
  return withoutSmartTrailer(record ?? lines) ?? record;
}

/**
 * The lines of a cable's plain text (a page's text saved or copied, an archive dump's entry)
 * without the archive records the HTML reader leaves out of a page's `<pre>` blocks: a record
 * at the top, or after a blank line near the top (where a page's header block ends and its
 * text block starts: `RUEHXX/AMEMBASSY ROME` / blank / `UK OPEN TO ...` / `Class: SECRET`
 * ...), a row after a cut copy, the partial-extract notice and a record after `NNNN`. The
 * lines kept keep their offsets; what is left out is wrapper. `textStart` is the offset of
 * the first line after a record that followed a header block (a routing header ends before
 * it, as at a page's text block), or `null`. Each candidate line is tested by
 * `recordAtStart` (bounded) before anything is cut.
 */
export function withoutArchiveRecords(text: string, lines: readonly SourceLine[]): { lines: SourceLine[]; textStart: number | null } {
  lines = withoutPrintRecords(lines) ?? lines;
  let kept: SourceLine[] = withoutRecord(text, [...lines], true);
  let textStart: number | null = null;
  if (kept.length === lines.length && kept[0] === lines[0]) {
    for (let i = 1; i < kept.length && i < TEXT_RECORD_REACH; i++) {
      if (!isBlank((kept[i - 1] as SourceLine).text) || isBlank((kept[i] as SourceLine).text)) continue;
      const at = recordAtStart(kept.slice(i, i + TEXT_RECORD_REACH));
      if (at.count === 0 && at.rowColumn < 0) continue;
      const block = withoutRecord(text, kept.slice(i));
      textStart = block[0]?.offset ?? null;
      kept = [...kept.slice(0, i), ...block];
      break;
    }
  }
  return { lines: withoutTrailingRecord(text, withoutNotice(kept)), textStart };
}
