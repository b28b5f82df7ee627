/**
 * Lines in the body that belong to the transmission, not to the text: page markers,
 * section banners repeated where the archive joined sections, their handling lines, and
 * bare classification words printed at page breaks or after the signer.
 *
 *     1.  (C) The minister said that the plan would
 *     CONFIDENTIAL                              <- page banner
 *     PAGE 02 ROME 01196 01 OF 02 082030Z       <- page marker
 *     be revised next year.
 *
 *     UNCLAS SECTION 02 OF 02 ASTANA 000270     <- repeated section banner
 *     SIPDIS                                    <- its handling line
 *
 * Older text copies join whole transmissions: a section ends `BT` / `#2210` / `NNNN`, and
 * the next one repeats its page header, office block, routing header and preamble:
 *
 *     NNNN                                      <- end of section 1's transmission
 *     VZCZCBN0913                               <- section 2's routing header ...
 *     DE RUEHBN #2210/02 1621540
 *     ...
 *     BT
 *     C O N F I D E N T I A L SECTION 02 OF 02 BERN 002210
 *     SUBJECT: SWISS BANKS AND DORMANT ACCOUNTS <- the preamble's line again
 *     3.  (C)  JEWISH ORGANIZATIONS ...         <- text again
 */

import type { Diagnostic } from '../model/diagnostic.js';
import { isDistributionCodeLine, isHeaderStart, readRoutingHeader } from '../header/routing-header.js';
import { BARE_CLASSIFICATION, bannerKind, FULL_BANNER, isHandlingCaptionLine, joinWrappedBanner, NOT_BANNER, parseClassificationLine, parseHandlingLine } from '../preamble/classification.js';
import { parseSubjectDetails, preambleSubject, preambleSubjectLines, startsSubjectKeyword } from '../preamble/subject.js';
import { collapseWhitespace, isAsciiLowerCode, isBlank, isRuleLine, isWhitespaceCode, skipWhitespace, trimEnd, type SourceLine } from '../text/source-line.js';
import { isSiteNameLine } from '../text/archive.js';
import { isFoiaCaseLine, isPageFooter, isPageMarker, isPrintedPageHead, isWrappedFoiaCaseLine } from './page-markers.js';
import { matchLabel } from './paragraph-label.js';
import { isMessageEndLine, isSignerNameLine, isSignerTitleLine, startsTrailer } from './signer.js';

/**
 * Transmission end marks: `BT` (end of text), `NNNN` (end of message); also `Nnnn`, the end
 * of message of a cable whose text was converted to sentence case (`Minimize considered.` / `Rice` / `Nnnn`),
 * and the end of message with a letter lost or doubled in older copies (`NNN`, `NNNNN`); `BT` with the message's
 * number and end after it on its line, as some copies join them (`BT #6021`, `BT #6021 NNNN`).
 */
const END_MARK = /^\s*(?:BT(?:[ \t]{1,4}#\d[\dOIlQ]{0,5})?(?:[ \t]{1,4}N{3,5})?|N{3,5}|Nnnn)\s*$/;

/**
 * The message number the transmission prints after `BT` (or before `NNNN`): `#1196`,
 * `#0270/01` (with the section); a serial garbled by the source too: `#44I2`, `#12O5` (a digit
 * first, letters that stand for digits among the rest).
 */
const MESSAGE_NUMBER = /^\s*#\d[\dOIlQ]{0,5}(?:\/\d{1,3})?\s*$/;

/**
 * A line of punctuation only (`...`, `-----`), or a banner drawn with `=`: `=====CABLE ENDS=====`,
 * also with the closing quote of the archive's CSV field after it: `=====CABLE ENDS====="`; and the end line of the
 * National Archives' message text, copied with it: `<< END OF DOCUMENT >>`.
 */
const DECORATION = /^\s*(?:[^\p{L}\p{N}\s]+|={3,}[A-Z ]{1,30}={3,}"?|<< ?END OF DOCUMENT ?>>)\s*$/u;

/** `END ` before the caveats of a handling caption the text opened with: `END PRIVACY ACT`, `END SENSITIVE` (anchored). */
const END_HANDLING = /^\s*END\s{1,3}/;

/** True for the end of a handling caption after the signer: `END PRIVACY ACT` (the caveats read by `parseHandlingLine`). */
function endsHandlingCaption(text: string): boolean {
  const m = END_HANDLING.exec(text);
  return m !== null && parseHandlingLine(text.slice(m[0].length)) !== null;
}

/**
 * A mail system's stamp the archive kept after the text: a name, date, time and the folder it
 * was filed from: `Zenaida X Toledo 07/30/2008 04:04:14 PM From DB/Inbox: TRANS`. Bounded repeats.
 */
const MAIL_STAMP = /^\s*[A-Z][A-Za-z .'-]{0,60}\s\d{1,2}\/\d{1,2}\/\d{2,4}\s{1,3}\d{1,2}:\d{2}(?::\d{2})?\s{0,3}(?:[AP]M\s{1,3})?From\s{1,3}[A-Za-z]{1,20}\//;

/** A database query the archive printed after the text: `SELECT * FROM `cable` WHERE `id` = '90016' ORDER BY `date` ASC`. */
const ARCHIVE_QUERY = /^\s*SELECT\s{1,3}\S{1,60}\s{1,3}FROM\s{1,3}`/;

/** The archive's date alone on a line after the signer: `1/21/2009`, `12/03/2008`. */
const ARCHIVE_DATE = /^\s*\d{1,2}\/\d{1,2}\/\d{4}\s*$/;

/**
 * The start of another cable's `cables.csv` record pasted after the text: the reference id, then
 * the quoted origin and the classification, with the row's id and date before it or not:
 * `04THEHAGUE1916,"Embassy The Hague",CONFIDENTIAL//NOFORN,04STATE157147,"This record is ...`,
 * `19285,7/30/2004 12:31,04THEHAGUE1916,"Embassy The Hague",...`, after the end of the
 * cable's own field or not: `", 19285,7/30/2004 12:31,04THEHAGUE1916,...`. Bounded repeats.
 */
const CSV_RECORD = /^\s*(?:",\s{0,3})?(?:\d{1,7},\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2},)?\d{2}[A-Z][A-Z-]{1,30}\d{1,6},"[A-Za-z][^"]{0,60}",[A-Z]/;

/**
 * True for an archive's line after the end of the text (looked for only among the last
 * lines of a body): `End Cable Text`, the end of a handling caption (`END PRIVACY ACT`), a mail stamp, a database
 * query, a date (`1/21/2009`), another cable's CSV record. First-letter tests before a regex.
 */
function isArchiveTrailer(text: string): boolean {
  const i = skipWhitespace(text);
  const c = text.charCodeAt(i);
  if ((c >= 48 && c <= 57) || c === 34) return text.length <= 20 ? ARCHIVE_DATE.test(text) : text.includes(',"') && CSV_RECORD.test(text);
  if (text.length > 200) return false;
  if (c === 69 || c === 101) return text.length <= 40 && (isMessageEndLine(text) || endsHandlingCaption(text));
  if (c === 83 && text.startsWith('SELECT', i)) return ARCHIVE_QUERY.test(text);
  return c >= 65 && c <= 90 && text.includes(' From ') && MAIL_STAMP.test(text);
}

/** True for a message number line: `#1196` (a cheap first-character test before the regex). */
export function isMessageNumberLine(text: string): boolean {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return text.charCodeAt(i) === 35 && MESSAGE_NUMBER.test(text);
}

/** True for an end mark line (`BT`, `NNNN`); a first-letter test before the regex. */
function isEndMark(text: string): boolean {
  const i = skipWhitespace(text);
  const c = text.charCodeAt(i);
  return (c === 66 || c === 78) && END_MARK.test(text);
}

/** How many lines around a page footer or a form feed the printer's page furniture may stand (`markPrintedPageFurniture`). */
const PAGE_FURNITURE_REACH = 2;

/**
 * Marks the page furniture a printer or PDF copy adds around its page breaks (a page footer, `PAGE_FOOTER`, or a line
 * opening with a form feed): the copy's classification word alone on its line (`UNCLASSIFIED`, the release's stamp even in
 * a LOU cable) and its page head (`isPrintedPageHead`), within `PAGE_FURNITURE_REACH` lines, blank lines not counted:
 *
 *     Minister personally, and that the govern-
 *     UNCLASSIFIED                                          <- marked
 *     \f08ANKARA1042                        6/12/2008      <- marked
 *     UNCLASSIFIED                          Page 2 of 3    <- marked (a page footer)
 *     ment would revisit prices ...
 */
function markPrintedPageFurniture(lines: readonly string[], blank: readonly boolean[], marks: boolean[], kind: readonly number[], footer: readonly boolean[]): void {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i] as string;
    if (footer[i] !== true && t.charCodeAt(skipSpacesOnly(t)) !== 12) continue;
    if (footer[i] !== true && isPrintedPageHead(t)) marks[i] = true;
    for (const step of [-1, 1]) {
      let seen = 0;
      for (let k = i + step; k >= 0 && k < lines.length && seen < PAGE_FURNITURE_REACH; k += step) {
        if (blank[k] === true) continue;
        seen++;
        const u = lines[k] as string;
        if (kind[k] === BARE_CLASSIFICATION || isPrintedPageHead(u) || footer[k] === true) marks[k] = true;
        else if (marks[k] !== true) break;
      }
    }
  }
}

/** The index of the first character of `text` that is no space or tab (a form feed stops it). */
function skipSpacesOnly(text: string): number {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

/**
 * The other stamps of a FOIA release, read only in a copy its case line shows to be one (a cable's own table may hold
 * them): `RELEASED IN FULL`, `RELEASED IN PART`, `RELEASE IN PART B6`, and the exemption codes in the right margin
 * (`B1`, `1.4(D)`, `B1, 1.4(B), 1.4(D)`: indented twenty columns or more). Anchored, bounded.
 */
const FOIA_STAMP =
  /^[ \t]{0,60}RELEASED?[ \t]IN[ \t](?:FULL|PART)(?:[ \t,]{1,3}(?:B[1-9]|1\.4[ \t]?\([A-Ha-h]\))){0,8}[ \t]*$|^[ \t]{20,80}(?:B[1-9]|1\.4[ \t]?\([A-Ha-h]\))(?:[, \t]{1,3}(?:B[1-9]|1\.4[ \t]?\([A-Ha-h]\))){0,8}[ \t]*$/;

/** The National Archives' declassification stamp: `Authority NND 969000`, then `By JW NARA Date 6/2/05` (anchored, bounded). */
const NARA_AUTHORITY = /^[ \t]{0,60}Authority[ \t]{1,4}NND[ \t]{0,4}\d{3,8}[ \t]*$/i;
const NARA_BY_LINE = /^[ \t]{0,60}By[ \t]{1,4}\S{1,20}[ \t]{1,4}NARA[ \t]{1,4}Date[ \t]{1,4}\S{1,12}[ \t]*$/i;

/** The index of the last non-blank line before `i`, or -1. */
function previousText(blank: readonly boolean[], i: number): number {
  let k = i - 1;
  while (k >= 0 && blank[k] === true) k--;
  return k;
}

/** The index of the first non-blank line after `i`, or the line count. */
function nextText(blank: readonly boolean[], i: number): number {
  let k = i + 1;
  while (k < blank.length && blank[k] === true) k++;
  return k;
}

/** A quotation's closing mark: `UNQUOTE`, `UNQTE`, `END QUOTE`, `END TEXT`, `End text.` (a native search first). */
const CLOSING_MARK = /\b(?:UNQUOTE|UNQTE|END[ \t]{1,3}(?:OF[ \t]{1,3})?(?:QUOTE|TEXT)|End[ \t]{1,3}(?:of[ \t]{1,3})?text)\b/;

/**
 * For each line, whether a quotation's closing mark (`CLOSING_MARK`) stands on a later line before the next routing
 * header (`headerStart`): an end mark there is the quoted message's. One backward pass, each line searched once.
 */
function closingMarkBelow(lines: readonly string[], headerStart: readonly boolean[]): boolean[] {
  const below = new Array<boolean>(lines.length).fill(false);
  let seen = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    below[i] = seen;
    if (headerStart[i] === true) seen = false;
    const t = lines[i] as string;
    if ((t.includes('QUOTE') || t.includes('QTE') || t.includes('TEXT') || t.includes('text')) && CLOSING_MARK.test(t)) seen = true;
  }
  return below;
}

/**
 * Marks the site's name (`isSiteNameLine`: `wikileaks`, `WikiLeaks`) printed at a page break of an archive page, next to
 * the page's footer (blank lines between), as
 * transmission: print furniture, not the cable's word:
 *
 *     displaced, but most have no
 *     wikileaks
 *     Page 2 of 3
 *     working kitchens.  The Georgian Red Cross ...
 *
 * Only lines next to a footer are looked at (`isPageFooter` marked them): linear.
 */
function markSiteNameByFooters(lines: readonly string[], blank: readonly boolean[], marks: boolean[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (blank[i] === true || marks[i] !== true || !isPageFooter(lines[i] as string)) continue;
    const before = previousText(blank, i);
    if (before >= 0 && isSiteNameLine(lines[before] as string)) marks[before] = true;
    const after = nextText(blank, i);
    if (after < lines.length && isSiteNameLine(lines[after] as string)) marks[after] = true;
  }
}

/** A page number alone on its line, as a printed copy numbers its pages: `2`, `- 2 -` (anchored, bounded). */
const BARE_PAGE_NUMBER = /^[ \t]{0,60}(?:-[ \t]{0,2})?\d{1,3}(?:[ \t]{0,2}-)?[ \t]*$/;

/**
 * Marks a printed copy's page number alone between blank lines inside a sentence as transmission: the line before ends
 * with a lower-case letter or a comma and the line after opens with a lower-case letter, so the text reads on across it:
 *
 *     price, and that consumers
 *
 *     2
 *
 *     would punish any product linked to GMOs.
 *
 * The numbers must run from 2 in page order (a count alone inside a sentence, `the result as` / `74` / `in favor`, is
 * no page); a number between sentences may be a table's or a list's: left as text. A short line opening with a digit or
 * a dash is the pre-test; each test reads a neighbouring line: linear.
 */
function markBarePageNumbers(lines: readonly string[], blank: readonly boolean[], marks: boolean[], pageMarker: readonly boolean[]): void {
  // (Not in a cable that numbers its pages with markers: its copy printed none of its own.)
  if (pageMarker.includes(true)) return;
  // The page the next such number must name: 2, then 3, ... (a count alone inside a sentence, `the result as` / `74` /
  // `in favor`, is no page).
  let page = 2;
  for (let i = 1; i + 1 < lines.length; i++) {
    const t = lines[i] as string;
    if (blank[i] === true || marks[i] === true || t.length > 70 || blank[i - 1] !== true || blank[i + 1] !== true || !BARE_PAGE_NUMBER.test(t)) continue;
    if (Number(t.replace(/[^0-9]/g, '')) !== page) continue;
    const before = previousText(blank, i);
    const after = nextText(blank, i);
    if (before < 0 || after >= lines.length || marks[before] === true) continue;
    const above = trimEnd(lines[before] as string);
    const last = above.charCodeAt(above.length - 1);
    const below = lines[after] as string;
    if ((isAsciiLowerCode(last) || last === 44) && isAsciiLowerCode(below.charCodeAt(skipWhitespace(below)))) {
      marks[i] = true;
      page++;
    }
  }
}

/** The line a SMART printout ends with: `Printed By: GarciaMT  Printed On: 08/03/2009 11:42:18 AM` (read only after the text). */
const PRINTOUT_LINE = /^[ \t]{0,4}Printed By:[ \t].{1,60}Printed On:[ \t].{1,40}$/;



/**
 * Marks the stamps of a copy that need its context: a FOIA release's stamps (`FOIA_STAMP`) where a case line shows the
 * release, and a SMART printout's last line (`PRINTOUT_LINE`) after the text (only marked lines and classification
 * lines after it). One pass each, only when a line holds the words.
 */
function markCopyStamps(lines: readonly string[], blank: readonly boolean[], marks: boolean[], kind: readonly number[]): void {
  let release = false;
  let printout = -1;
  let stamps: number[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (blank[i] === true) continue;
    const t = lines[i] as string;
    if (!release && isFoiaCaseLine(t)) release = true;
    // The case line wrapped over two lines by the text extraction: `... Case No. F-2010-02216 Doc No.` / `C05240117 Date:
    // 11/04/2011` (both stamps).
    if (isWrappedFoiaCaseLine(t, lines[i + 1] ?? '')) {
      marks[i] = marks[i + 1] = true;
      release = true;
    }
    if (t.indexOf('Printed On:') >= 0 && PRINTOUT_LINE.test(t)) printout = i;
    // The National Archives' declassification stamp (`DECLASSIFIED` / `Authority NND 969000` / `By JW NARA Date
    // 6/2/05`), read where a copy prints it on every page: two stamps or more (one may be quoted in the text).
    if (t.length <= 60 && NARA_AUTHORITY.test(t)) (stamps ??= []).push(i);
  }
  if (stamps !== null && stamps.length >= 2) {
    for (const i of stamps) {
      marks[i] = true;
      const before = previousText(blank, i);
      if (before >= 0 && /^[ \t]*DECLASSIFIED[ \t]*$/.test(lines[before] as string)) marks[before] = true;
      const after = nextText(blank, i);
      if (after < lines.length && NARA_BY_LINE.test(lines[after] as string)) marks[after] = true;
    }
  }
  if (release) for (let i = 0; i < lines.length; i++) if (blank[i] !== true && marks[i] !== true && (lines[i] as string).length <= 140 && FOIA_STAMP.test(lines[i] as string)) marks[i] = true;
  if (printout >= 0) {
    let after = printout + 1;
    while (after < lines.length && (blank[after] === true || marks[after] === true || kind[after] === BARE_CLASSIFICATION || isHandlingCaptionLine(lines[after] as string))) after++;
    if (after >= lines.length) marks[printout] = true;
  }
}

/**
 * The running header a word processor copy prints under each page footer: the same line right after two footers or
 * more (`Page 1 of 3` / `SANTIAGO 000412 - CHILE: COPPER ROYALTY BILL STALLS IN THE SENATE`) is no text either.
 * One pass over the footers (`isPageFooter`, already marked), a map of the lines after them.
 */
function markRunningHeaders(lines: readonly string[], blank: readonly boolean[], marks: boolean[]): void {
  let after: Map<string, number[]> | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (marks[i] !== true || blank[i] === true || !isPageFooter(lines[i] as string)) continue;
    let j = i + 1;
    while (j < lines.length && blank[j] === true) j++;
    if (j >= lines.length || marks[j] === true) continue;
    const key = (lines[j] as string).trim();
    after ??= new Map<string, number[]>();
    const at = after.get(key);
    if (at === undefined) after.set(key, [j]);
    else at.push(j);
  }
  if (after === null) return;
  for (const at of after.values()) if (at.length >= 2) for (const j of at) marks[j] = true;
}

/** True when a single line is structural on its own (never part of the text). */
export function isStructuralLine(text: string): boolean {
  return isPageMarker(text) || bannerKind(text) !== NOT_BANNER || isEndMark(text) || isPageFooter(text);
}

/** `BT` alone on a line: the end of a routing header (and of the text). */
const BT_LINE = /^\s*BT\s*$/;

/** An older page header, which may carry the office distribution block: `PAGE 01        ROME   01196  02 OF 02  082030Z`. */
const OLD_PAGE_HEADER = /^\s*PAGE\s{1,20}\d/;

/** How many lines before a routing header inside the body its page header and office block may take. */
const HEADER_LEAD_LINES = 40;

/** Shortest line whose `Q`-prefixed copy is taken for a repeat (`QSUMMARY` after `SUMMARY` is not). */
const REPEAT_MIN = 20;

/** Routing header lines are short; a longer line is never tried as the start of one. */
const HEADER_START_MAX_LENGTH = 120;

/**
 * A cheap first-character test before `isHeaderStart`: a header starts with `VZCZC...`,
 * a relay (`OO RUEHC`), `DE RUEHBN ...`, a DTG (`O 111540Z JUN 94`, `301931Z OCT 09`) or `FM ...`.
 */
function mayStartHeader(text: string): boolean {
  if (text.length > HEADER_START_MAX_LENGTH) return false;
  const i = skipWhitespace(text);
  const c = text.charCodeAt(i);
  // V D F O P R Y Z, or the DTG's day, hour and minute: six digits and `Z` (`301931Z`).
  return c === 86 || c === 68 || c === 70 || c === 79 || c === 80 || c === 82 || c === 89 || c === 90 || (c >= 48 && c <= 57 && text.charCodeAt(i + 6) === 90);
}

/**
 * Routing headers inside the body, as `[start, end)` line ranges: each section of an old
 * multi-section cable was a telegram of its own, and text copies join them, so section 2
 * repeats its header before its banner:
 *
 *     VZCZCBN0913                                  (or a telegram: O 082015Z FEB 85)
 *     OO RUEHC RUEHZL
 *     DE RUEHBN #2210/02 1621540
 *     ...
 *     FM AMEMBASSY BERN
 *     TO RUEHC/SECSTATE WASHDC IMMEDIATE 7713
 *     BT                                           (or the section banner next)
 *
 * A candidate counts only when the header reader takes it as a whole header: an `FM`
 * line, no unrecognized line, and it ends at `BT` or right before a full banner. The
 * scan goes on after the lines each read took, so every line is read about once (linear).
 */
function findEmbeddedHeaders(lines: readonly string[], blank: readonly boolean[], kind: readonly number[]): Array<[number, number]> {
  const n = lines.length;
  const found: Array<[number, number]> = [];
  let source: SourceLine[] | null = null;
  for (let i = 0; i < n; i++) {
    const text = lines[i] as string;
    if (blank[i] === true || !mayStartHeader(text) || !isHeaderStart(text)) continue;
    source ??= lines.map((t, k) => ({ text: t, offset: 0, end: t.length, line: k + 1 }));
    const diagnostics: Diagnostic[] = [];
    const read = readRoutingHeader(source, i, diagnostics);
    const end = read.end;
    if (read.header !== null && read.header.from !== null && !diagnostics.some((d) => d.code === 'HEADER_LINE_UNRECOGNIZED')) {
      let next = end;
      while (next < n && blank[next] === true) next++;
      const closed = (end > i && BT_LINE.test(lines[end - 1] as string)) || (next < n && kind[next] === FULL_BANNER);
      if (closed && !opensQuoteBefore(lines, blank, i)) found.push([i, end]);
    }
    // Lines the reader took are not tried again (each line is read at most once).
    if (end > i) i = end - 1;
  }
  return found;
}

/** A line ending with the word of a quotation mark: `QUOTE`, `QTE`, `2. DEPT REPEATS AMMAN 412. QUOTE:`, and the word before it (not `UNQUOTE`). Tested on a line's last characters. */
const QUOTE_WORD_END = /(?:^|[^A-Z])(?:(END|CLOSE)[ \t]{1,2})?(?:QUOTE|QTE)[ \t]?[:.]?[ \t]*$/;

/**
 * True when a line ends by opening a quotation: `QUOTE`, `DEPT REPEATS AMMAN 412. QUOTE:` (not `UNQUOTE`, `END QUOTE.`,
 * `CLOSE QUOTE`). What follows it is quoted: a repeat quotes the original whole, its header too (`QUOTE` /
 * `O 141200Z JAN 91` / `FM AMEMBASSY AMMAN` / ... / `BT`). Reads the line's last 20 characters.
 */
export function opensQuotation(text: string): boolean {
  const m = QUOTE_WORD_END.exec(text.slice(-20));
  return m !== null && m[1] === undefined;
}

/**
 * A line ending by announcing a quoted message: `... FOR REFERENCE. BEGIN TEXT:` (`... not addressees. Begin text:`), `... REPEATED FOR` / `YOUR
 * INFORMATION:`, `FOLLOWING REPEATED:`. Not a line a cable cut by the archive may end with (`THE TEXT FOLLOWS:`,
 * `PROVIDE THE FOLLOWING INFORMATION:`): a later cable may follow it. Tested on a line's last characters; bounded.
 */
const QUOTATION_LEAD_END = /(?:\b(?:BEGIN|Begin)[ \t]{1,2}(?:TEXT|[Tt]ext)[ \t]?[:.]?|(?:^|\bFOR[ \t]{1,2})YOUR[ \t]{1,2}INFO(?:RMATION)?[ \t]?:|\bREPEATED[ \t]?:)[ \t]*$/;

/** True when a line opens a quotation (`opensQuotation`) or announces a quoted text or message (`QUOTATION_LEAD_END`): a header after it is quoted. */
export function announcesQuotation(text: string): boolean {
  return opensQuotation(text) || QUOTATION_LEAD_END.test(text.slice(-40));
}

/** True when the text line before line `i` announces a quotation (`announcesQuotation`): a header after it is the quoted cable's. */
function opensQuoteBefore(lines: readonly string[], blank: readonly boolean[], i: number): boolean {
  const p = previousText(blank, i);
  return p >= 0 && announcesQuotation(lines[p] as string);
}

/** How many lines a stray handling line looks back or ahead for the text around it. */
const STRAY_REACH = 6;

/**
 * True when a text line ends a sentence or introduces what follows: its last visible
 * character (after closing quotes and brackets) is `.`, `!`, `?` or `:` (`... with you.`,
 * `... said.")`, `Participants:`). A bounded scan from the end.
 */
function endsSentence(text: string): boolean {
  let b = text.length;
  while (b > 0 && isWhitespaceCode(text.charCodeAt(b - 1))) b--;
  for (let k = 0; k < 3 && b > 0; k++) {
    const c = text.charCodeAt(b - 1);
    // `"` `'` `)` `]` and the typographic closing quote.
    if (c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d) b--;
    else break;
  }
  const c = text.charCodeAt(b - 1);
  return c === 46 || c === 33 || c === 63 || c === 58;
}

/** True when a line has a lower-case ASCII letter (mixed-case text, not a heading in capitals); bounded to 200 characters. */
function hasLower(text: string): boolean {
  for (let i = 0; i < text.length && i < 200; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** True when the first visible character of a line is a lower-case ASCII letter (`areas for closer ...`). */
function startsLower(text: string): boolean {
  const i = skipWhitespace(text);
  const c = text.charCodeAt(i);
  return c >= 97 && c <= 122;
}

/**
 * True for a handling line holding `SIPDIS` (`SIPDIS`, `SENSITIVE SIPDIS`, `SIPDIS SIPDIS`);
 * a native search for the word before the handling line reader.
 */
function isSipdisLine(text: string): boolean {
  if (text.length > 80) return false;
  if (text.includes('SIPDIS')) return parseHandlingLine(text) !== null;
  // A cable converted to sentence case writes the caption `Sipdis`: only a whole line of its own
  // (`... to conceal the` / `Sipdis` / `true nature of the site.`), never the word inside text.
  // (A short line only: the word and some spaces.)
  return text.length <= 16 && text.includes('ipdis') && /^\s*[Ss]ipdis\s*$/.test(text);
}

/**
 * `U.S.` ends no sentence before a lower-case word: the caption cut out of
 * `... committed the U.S. SIPDIS to developing ...` leaves `... the U.S.` / `SIPDIS` / `to developing ...`.
 */
const US_ABBREVIATION = 'U.S.';

/**
 * Stray `SIPDIS` lines: the SIPDIS tagger put its caption into the text, most often
 * mid-sentence with a blank line before it, sometimes between two paragraphs:
 *
 *     Secretary emphasized our deep concerns about continued SARG
 *
 *     SIPDIS                                    <- inside a sentence: the text reads on
 *     misbehavior, including arms trafficking and lack of
 *
 *     ... may raise this issue with you.
 *
 *     SIPDIS                                    <- between blocks: stands for a blank line
 *
 *     Hours spent on preparation:
 *
 * Such a line never holds text (the preamble's SIPDIS and a repeated banner's are marked
 * before). It reads on, like a page break (its blank lines before it marked too, so the
 * body text joins), when the text line before it ends without `.`, `!`, `?` or `:` and is
 * running text (lower case, or a long line), and the next text line follows without a
 * blank line or goes on in lower case, and is no paragraph label. Otherwise it stands for
 * a blank line (`breaks`). Look-back and look-ahead are bounded: linear.
 */
function markStrayHandlingLines(lines: readonly string[], blank: readonly boolean[], marks: boolean[], breaks: boolean[] | undefined): void {
  const n = lines.length;
  for (let i = 0; i < n; i++) {
    if (marks[i] === true || blank[i] === true || !isSipdisLine(lines[i] as string)) continue;
    marks[i] = true;
    // The text line before (blank and marked lines skipped, bounded).
    let p = i - 1;
    while (p >= 0 && p >= i - STRAY_REACH && (blank[p] === true || marks[p] === true)) p--;
    let q = i + 1;
    while (q < n && q <= i + STRAY_REACH && (blank[q] === true || marks[q] === true)) q++;
    const before = p >= 0 && p >= i - STRAY_REACH ? (lines[p] as string) : null;
    const after = q < n && q <= i + STRAY_REACH ? (lines[q] as string) : null;
    let blankAfter = false;
    for (let k = i + 1; k < q; k++) if (blank[k] === true) blankAfter = true;
    const readsOn =
      before !== null &&
      after !== null &&
      (!endsSentence(before) || (before.trimEnd().endsWith(US_ABBREVIATION) && startsLower(after))) &&
      (hasLower(before) || before.trim().length >= 50) &&
      (!blankAfter || startsLower(after)) &&
      matchLabel(after.trim()) === null;
    // The tagger's insertion is a blank line and the caption; with no blank line after it, the
    // text before and after was one block, also after a finished sentence:
    //     ... Secretary General Enrique Iglesias (protect) on October 17.  /  (blank)  /  SIPDIS  /  Iglesias also spoke about ...
    // Also inside a block (no blank line around it):
    //     ... the Secretary in charge of the Congress President,s office.  /  SIPDIS  /  Always quick to defend ...
    const sameBlock =
      !readsOn && !blankAfter && before !== null && after !== null && hasLower(before) && hasLower(after) && matchLabel(after.trim()) === null;
    if (readsOn || sameBlock) {
      // The blank lines between the text and the caption were the caption's.
      for (let k = p + 1; k < i; k++) if (blank[k] === true) marks[k] = true;
    } else if (breaks !== undefined) {
      breaks[i] = true;
    }
  }
}

/** `SUBJECT:` and the space after it: a caption must hold more than this many characters. */
const SUBJECT_KEYWORD_LENGTH = 'SUBJECT: '.length;

/** Longest wrapped subject line taken for a page caption. */
const SUBJECT_TAIL_MAX_LENGTH = 60;

/**
 * The wrapped last line of the preamble's subject, whitespace collapsed, or `''`: `Conference` in
 * `SUBJECT: Lukashenko Gives Victory Speech and Fiery Press` / `Conference`. A line holding a colon
 * (the next field, `Ref: ...`) or a paragraph label is no part of the subject.
 */
export function preambleSubjectTail(preamble: readonly string[]): string {
  for (let k = 0; k < preamble.length; k++) {
    if (!startsSubjectKeyword(preamble[k] as string)) continue;
    const next = preamble[k + 1];
    if (next === undefined || isBlank(next) || next.includes(':') || next.length > SUBJECT_TAIL_MAX_LENGTH) return '';
    const tail = collapseWhitespace(next);
    return matchLabel(tail) === null ? tail : '';
  }
  return '';
}

/** Most lines a later section's copy of the SUBJECT field is read over (`repeatedSubjectLines`). */
const SUBJECT_COPY_LINES = 6;

/**
 * How many lines from `at` (a `SUBJECT:` line) hold a copy of the preamble's subject (`subject`, its text without
 * keyword and marking), wrapped at other places or on one line, its marking dropped or not; 0 when they do not. The
 * copy must give the whole subject:
 *
 *     SUBJECT: (C) PRC: PETITIONERS DETAINED AHEAD OF NPC           <- the preamble
 *     ANNIVERSARY; MFA DEFLECTS DEMARCHE
 *     ...
 *     C O N F I D E N T I A L SECTION 02 OF 02 BEIJING 004417
 *     SUBJECT: PRC: PETITIONERS DETAINED AHEAD OF NPC ANNIVERSARY;   <- the next section's copy
 *     MFA DEFLECTS DEMARCHE
 */
function repeatedSubjectLines(lines: readonly string[], blank: readonly boolean[], at: number, subject: string): number {
  if (subject === '') return 0;
  const parts: string[] = [];
  for (let k = at; k < lines.length && k < at + SUBJECT_COPY_LINES && blank[k] !== true; k++) {
    parts.push(lines[k] as string);
    const copy = parseSubjectDetails(parts.join('\n')).subject ?? '';
    if (copy === subject) return k - at + 1;
    if (copy.length >= subject.length) return 0;
  }
  return 0;
}

/**
 * The wrapped end of the subject caption continuation pages print, left alone at a page break
 * inside a sentence (the caption's first line and the page marker were lost):
 *
 *     However, the opposition's actions
 *     Conference                                <- the subject's wrapped line again
 *     with the help of foreign pressure ...
 *
 * A line equal to the preamble subject's wrapped line, after a text line that does not end a
 * sentence, is transmission (the text reads on across it). A length test before the comparison.
 */
function markSubjectTails(lines: readonly string[], blank: readonly boolean[], pageMarker: readonly boolean[], marks: boolean[], preamble: readonly string[]): void {
  if (preamble.length === 0) return;
  const tail = preambleSubjectTail(preamble);
  if (tail.length < 4) return;
  for (let i = 1; i < lines.length; i++) {
    const t = lines[i] as string;
    if (marks[i] === true || blank[i] === true || t.length < tail.length || t.length > tail.length + 20 || collapseWhitespace(t) !== tail) continue;
    // Right after a page marker line: the caption's wrapped line, its first line lost (an inline
    // marker cut out of a reflowed line: `... delayed USNATO 00000030 002 OF 005 2009. opening.`).
    if (pageMarker[i - 1] === true) {
      marks[i] = true;
      continue;
    }
    let p = i - 1;
    while (p >= 0 && p >= i - STRAY_REACH && (blank[p] === true || marks[p] === true)) p--;
    if (p < 0 || p < i - STRAY_REACH || blank[i - 1] === true || endsSentence(lines[p] as string) || !hasLower(lines[p] as string)) continue;
    marks[i] = true;
  }
}

/** Longest line tested for a post's name or a handling caption. */
const CAPTION_LINE_MAX = 80;

/** The post of the preamble's banner (`UNCLAS SECTION 01 OF 02 RECIFE 000034` -> `RECIFE`), or `''`. Reads the first few lines. */
function preamblePost(preamble: readonly string[]): string {
  for (let k = 0; k < preamble.length && k < 8; k++) {
    const t = preamble[k] as string;
    if (isBlank(t)) continue;
    const c = parseClassificationLine(t);
    if (c !== null && c.post !== null && c.post.length >= 3) return c.post;
  }
  return '';
}

/**
 * Lines standing alone between blank lines (or after the body's start) that are transmission, not text:
 * - a handling caption (`isHandlingCaptionLine`): `REF: SAO PAULO 248` / `SENSITIVE BUT UNCLASSIFIED, NOT FOR INTERNET DISTRIBUTION` / `1. (SBU) Summary: ...`;
 * - the post's name alone, what is left of a page marker cut on the page, before a paragraph label:
 *   `... around their hovels.` / `RECIFE` / `7. (SBU) Father Herminio's view ...` (the cable's post: `RECIFE`).
 * Cheap tests first (length, first character); the post is read once, on first use.
 */
function markStandingCaptions(lines: readonly string[], blank: readonly boolean[], marks: boolean[], preamble: readonly string[]): void {
  let post: string | null = null;
  const n = lines.length;
  for (let i = 0; i < n; i++) {
    if (marks[i] === true || blank[i] === true) continue;
    const t = lines[i] as string;
    if (t.length > CAPTION_LINE_MAX || (i > 0 && blank[i - 1] !== true) || (i + 1 < n && blank[i + 1] !== true)) continue;
    const first = t.charCodeAt(skipWhitespace(t));
    if (first < 65 || first > 90) continue;
    if (isHandlingCaptionLine(t)) {
      marks[i] = true;
      continue;
    }
    post ??= preamblePost(preamble);
    if (post.length === 0 || first !== post.charCodeAt(0) || t.trim() !== post) continue;
    let q = i + 1;
    while (q < n && q <= i + 3 && blank[q] === true) q++;
    if (q < n && q <= i + 3 && matchLabel((lines[q] as string).trim()) !== null) marks[i] = true;
  }
}


/**
 * The note a correction caption carries, in parentheses: `(Updated Text Paragraph 12)`, `(CORRECTED PARA 4)`,
 * `(ADDED ADDRESSEES)`: 5 to 60 characters, no parenthesis inside; anchored, bounded. (A portion marking `(C)` is too short.)
 */
const CORRECTION_NOTE = /^\([A-Za-z][A-Za-z0-9 ,.:;/'-]{4,59}\)/;

/** The words of a correction note (`Updated Text Paragraph 12`): one must be in it. Bounded input (the note). */
const CORRECTION_NOTE_WORD = /updat|correct|revis|amend|add|text|para|classif|caption|subject/i;

/** Length of the correction note at `at` (`(Updated Text Paragraph 12)`), or 0. Bounded slice. */
export function correctionNoteLength(text: string, at: number): number {
  if (text.charCodeAt(at) !== 40) return 0;
  const m = CORRECTION_NOTE.exec(text.slice(at, at + 62));
  return m !== null && CORRECTION_NOTE_WORD.test(m[0]) ? m[0].length : 0;
}

/** True for a full banner with a SECTION: `C O N F I D E N T I A L SECTION 02 OF 02 ROME 01196`. */
function isSectionBanner(text: string): boolean {
  const c = parseClassificationLine(text);
  return c !== null && c.section !== null;
}

/**
 * Marks the transmission lines of a body. Bare classification words count only next to
 * a page marker or banner (ignoring blank lines) or after the last line of text; handling
 * lines only right after a repeated banner. `preamble` holds the cable's preamble lines:
 * a line repeating one of them right after a banner in the body is the next section's
 * copy of the preamble (`DEPT FOR EUR/AGS`, `E.O. ...`, `TAGS: ...`, `SUBJECT: ...`).
 *
 * A stray `SIPDIS` line inside the text is marked too (see `markStrayHandlingLines`).
 * When such a line stands between two blocks rather than inside a sentence, `breaks`
 * (if given) gets `true` at its index: the paragraph reader should take it for a blank
 * line, not for a page break the text reads on across.
 */
export function markTransmissionLines(lines: readonly string[], preamble: readonly string[] = [], breaks?: boolean[]): boolean[] {
  const n = lines.length;
  // Each line is classified once: blank, page marker, banner kind.
  const blank: boolean[] = new Array<boolean>(n);
  const pageMarker: boolean[] = new Array<boolean>(n);
  const kind: number[] = new Array<number>(n);
  const marks: boolean[] = new Array<boolean>(n);
  // `NNNN` lines (end of message).
  const nnnn: boolean[] = new Array<boolean>(n);
  // A copy's page footers (`isPageFooter`), and whether the copy shows a printer's page break (a footer or a form feed).
  const footer: boolean[] = new Array<boolean>(n);
  let anyPageBreak = false;
  let anyNnnn = false;
  for (let i = 0; i < n; i++) {
    const t = lines[i] as string;
    blank[i] = isBlank(t);
    pageMarker[i] = !blank[i] && isPageMarker(t);
    kind[i] = blank[i] ? NOT_BANNER : bannerKind(t);
    const endMark = !blank[i] && isEndMark(t);
    nnnn[i] = endMark && (t.includes('NNN') || t.includes('Nnnn'));
    if (nnnn[i] === true) anyNnnn = true;
    footer[i] = !blank[i] && isPageFooter(t);
    if (footer[i] === true || t.charCodeAt(skipSpacesOnly(t)) === 12) anyPageBreak = true;
    marks[i] = pageMarker[i] === true || kind[i] === FULL_BANNER || endMark || footer[i] === true;
  }
  if (anyPageBreak) markPrintedPageFurniture(lines, blank, marks, kind, footer);
  markCopyStamps(lines, blank, marks, kind);
  markRunningHeaders(lines, blank, marks);
  markSiteNameByFooters(lines, blank, marks);
  markBarePageNumbers(lines, blank, marks, pageMarker);
  // A section's banner wrapped by a narrow copy: both lines are the banner.
  //     C O N F I D E N T I A L SECTION 02 OF
  //     02 MANILA 012214
  for (let i = 0; i + 1 < n; i++) {
    if (kind[i] !== NOT_BANNER || blank[i] === true || blank[i + 1] === true || joinWrappedBanner(lines[i] as string, lines[i + 1] as string) === null) continue;
    kind[i] = kind[i + 1] = FULL_BANNER;
    marks[i] = marks[i + 1] = true;
  }
  // A banner of another cable in the body is quoted text (a repeat's `C O N F I D E N T I A L BONN 04123` inside
  // `STATE 058214`), not a repeated banner of this one: unmarked, its preamble lines text too (see `quotedBanners`).
  const quoted = quotedBanners(lines, kind, preamble);
  // (A printer's page head is no banner: `CONFIDENTIAL          PAGE 2`.)
  if (quoted !== null) for (const i of quoted) if (footer[i] !== true) marks[i] = false;
  // A line the transmission printed twice, the copy with a `Q` in front (a garble of the
  // circuit, not text: the cable says it once):
  //     CIA/CSIS team to Syria -- a fairly transparent reference to
  //     QCIA/CSIS team to Syria -- a fairly transparent reference to
  // (a `Q` first is the pre-test; the copy must hold a line's worth of text).
  for (let i = 1; i < n; i++) {
    const t = lines[i] as string;
    let q = 0;
    while (q < 8 && (t.charCodeAt(q) === 32 || t.charCodeAt(q) === 9)) q++;
    if (t.charCodeAt(q) !== 81 || t.length - q <= REPEAT_MIN) continue;
    let j = i - 1;
    while (j > 0 && blank[j] === true) j--;
    const before = (lines[j] as string).trim();
    if (before.length >= REPEAT_MIN && t.slice(q + 1).trim() === before) marks[i] = true;
  }
  // A joined section's own header: its routing header, and the page header and office
  // distribution block printed before it (older cables):
  //     CONFIDENTIAL
  //     PAGE 01        ROME   01196  02 OF 02  082030Z
  //     ACTION EUR-00
  //     INFO  LOG-00   NP-00    /041 W
  //                       ------------------123460  082036Z /38
  //     O 082015Z FEB 85
  //     FM AMEMBASSY ROME
  //     TO SECSTATE WASHDC IMMEDIATE 4568
  const headerStart: boolean[] = new Array<boolean>(n);
  for (const [a, b] of findEmbeddedHeaders(lines, blank, kind)) {
    headerStart[a] = true;
    for (let k = a; k < b; k++) if (blank[k] !== true) marks[k] = true;
    for (let k = a - 1; k >= 0 && k >= a - HEADER_LEAD_LINES; k--) {
      if (blank[k] === true || pageMarker[k] === true || kind[k] === BARE_CLASSIFICATION) continue;
      if (!isDistributionCodeLine(lines[k] as string)) break;
      marks[k] = true;
    }
  }
  // The office distribution block and dash line after an older page header:
  //     PAGE 01        ROME   01196  02 OF 02  082030Z
  //     ACTION EUR-00
  //                       ------------------123460  082036Z /38
  for (let i = 0; i < n; i++) {
    if (pageMarker[i] !== true || !OLD_PAGE_HEADER.test(lines[i] as string)) continue;
    let j = i + 1;
    for (; j < n; j++) {
      if (blank[j] === true) continue;
      if (!isDistributionCodeLine(lines[j] as string)) break;
      marks[j] = true;
    }
    i = j - 1;
  }
  // After a repeated banner: its handling lines (`SIPDIS`), and lines repeating the
  // preamble's (the next section's copy of it):
  //     C O N F I D E N T I A L SECTION 02 OF 02 BERN 002210
  //     DEPT FOR EUR/AGS
  //     E.O. 12356: DECL: OADR
  //     TAGS: PREL, EFIN, SZ
  //     SUBJECT: SWISS BANKS AND DORMANT ACCOUNTS
  // The copy's SUBJECT may be wrapped elsewhere, or lose its marking (`repeatedSubjectLines`).
  // (The preamble's lines are collected at the first repeated banner: most bodies have none.)
  let repeated: Set<string> | null = null;
  let subjectText: string | null = null;
  for (let i = 0; i < n; i++) {
    if (kind[i] !== FULL_BANNER || (quoted !== null && quoted.has(i))) continue;
    if (repeated === null) {
      repeated = new Set<string>();
      for (const t of preamble) if (!isBlank(t)) repeated.add(collapseWhitespace(t));
    }
    let j = i + 1;
    for (; j < n; j++) {
      if (blank[j] === true) continue;
      const t = lines[j] as string;
      if (kind[j] === FULL_BANNER) break;
      if (parseHandlingLine(t) === null && !(repeated.size > 0 && repeated.has(collapseWhitespace(t)))) {
        if (!startsSubjectKeyword(t)) break;
        subjectText ??= preambleSubject(preamble);
        const copy = repeatedSubjectLines(lines, blank, j, subjectText);
        if (copy === 0) break;
        for (let k = j; k < j + copy; k++) marks[k] = true;
        j += copy - 1;
        continue;
      }
      marks[j] = true;
    }
    i = j - 1;
  }
  // A handling caption printed with a page marker, on its line (cut off it) or the next:
  //     SAO PAULO 00000505 002.2 OF 006 C O R R E C T E D C O P Y
  for (let i = 0; i < n; i++) {
    if (pageMarker[i] !== true) continue;
    let j = i + 1;
    while (j < n && j <= i + 2 && blank[j] === true) j++;
    if (j >= n || j > i + 2 || marks[j] === true) continue;
    const handling = parseHandlingLine(lines[j] as string);
    if (handling === null) continue;
    marks[j] = true;
    // A correction caption's note after it, on a line of its own (`reflowed-lines` cuts it off the text run on after it):
    //     SAO PAULO 00000505 002.2 OF 006 C O R R E C T E D C O P Y
    //     (Updated Text Paragraph 12)
    if (!handling.caveats.includes('CORRECTED COPY')) continue;
    let k = j + 1;
    while (k < n && k <= j + 2 && blank[k] === true) k++;
    if (k < n && k <= j + 2 && marks[k] !== true) {
      const t = lines[k] as string;
      const at = skipWhitespace(t);
      const note = correctionNoteLength(t, at);
      if (note > 0 && at + note >= trimEnd(t).length) marks[k] = true;
    }
  }
  // The subject caption continuation pages print under their page marker, often cut at the page's width:
  //     STATE 00016219  002.2 OF 005
  //     SUBJECT: IRISL'S UNINSURED FLEET AND EVASIVE ACTIONS NECESSITATE DENIAL OF PORT ENTRY WORLDWI
  // (the preamble's subject, `... PORT ENTRY WORLDWIDE`, starts with the caption's text).
  let subject: string | null = null;
  for (let i = 0; i < n; i++) {
    if (pageMarker[i] !== true) continue;
    let j = i + 1;
    while (j < n && j <= i + 2 && (blank[j] === true || marks[j] === true)) j++;
    if (j >= n || j > i + 2 || !startsSubjectKeyword(lines[j] as string)) continue;
    subject ??= preambleSubjectLines(preamble);
    const caption = collapseWhitespace(lines[j] as string);
    if (subject.length > 0 && caption.length > SUBJECT_KEYWORD_LENGTH && subject.startsWith(caption)) marks[j] = true;
  }
  markSubjectTails(lines, blank, pageMarker, marks, preamble);
  markStandingCaptions(lines, blank, marks, preamble);
  // A printed page's banner on two lines, its caveat under the word (`SECRET` / `NOFORN`): the caveat's line goes with
  // the word (the index of that line, or -1).
  const caveatUnder = (i: number): number => {
    const t = lines[i + 1];
    if (t === undefined || blank[i + 1] === true || marks[i + 1] === true) return -1;
    const handling = parseHandlingLine(t);
    return handling !== null && handling.caveats.length > 0 ? i + 1 : -1;
  };
  // Bare classification words next to a page marker or banner.
  for (let i = 0; i < n; i++) {
    if (marks[i] === true || kind[i] !== BARE_CLASSIFICATION) continue;
    const before = previousText(blank, i);
    const caveat = caveatUnder(i);
    const after = nextText(blank, caveat >= 0 ? caveat : i);
    if ((before >= 0 && marks[before] === true && pageMarker[before] === true) || (after < n && marks[after] === true)) {
      marks[i] = true;
      if (caveat >= 0) marks[caveat] = true;
    }
    // A banner in the modern form, with its caveats after `//`, is never text nor a heading, wherever it stands:
    //     ... (SIMAS Event: Tunis-02054-2009)  /  SECRET//FGI//NOFORN  /  Full Appendix with sourcing available upon request.
    // Between blank lines and before a capitalized line, it stands for a blank line (`breaks`): the text does not read on across it.
    else if ((lines[i] as string).includes('//')) {
      marks[i] = true;
      if (breaks !== undefined && blank[i - 1] === true && blank[i + 1] === true && after < n && !startsLower(lines[after] as string)) breaks[i] = true;
    }
  }
  // A printed page's foot repeats the word over its head (`... BEFORE` / `UNCLASSIFIED` / blank / `UNCLASSIFIED` / blank /
  // `PAGE 03        STATE  078812`): the first one, read above before the second was marked, goes too (backwards, so
  // a run of them is marked from the page header up); with its caveat under it (`SECRET` / `NOFORN` / blank / `SECRET` /
  // `NOFORN` / blank / `PAGE 02 ...`).
  for (let i = n - 1; i >= 0; i--) {
    if (marks[i] === true || kind[i] !== BARE_CLASSIFICATION) continue;
    const caveat = caveatUnder(i);
    const after = nextText(blank, caveat >= 0 ? caveat : i);
    if (after < n && marks[after] === true && kind[after] === BARE_CLASSIFICATION) {
      marks[i] = true;
      if (caveat >= 0) marks[caveat] = true;
    }
  }
  markDeclassifyLines(lines, blank, marks);
  // The message number next to an end mark (ignoring blank lines), or ending the text (a copy cut after it:
  // `VANCE` / `#4471`):
  //     GARDNER
  //     BT
  //     #1196
  //     NNNN
  for (let i = 0; i < n; i++) {
    if (marks[i] === true || blank[i] === true || !isMessageNumberLine(lines[i] as string)) continue;
    const before = previousText(blank, i);
    const after = nextText(blank, i);
    if ((before >= 0 && END_MARK.test(lines[before] as string)) || after >= n || END_MARK.test(lines[after] as string)) marks[i] = true;
  }
  // After `NNNN` (end of message) only archive trailers follow, until the next
  // transmission of a joined text copy starts (a routing header or a section banner):
  //     NNNN
  //      2004VATICA03196 - Classification: CONFIDENTIAL
  //     VZCZCBN0913                               <- text again (after this header)
  // (Not an `NNNN` inside a quotation: a repeat quoting the whole original transmission, its end marks too, closes its
  // quotation after them, `NNNN` / `UNQUOTE`, before the cable's own text goes on. A closing mark below it, before the
  // next routing header, tells: one backward pass.)
  if (anyNnnn) {
    const quoted = closingMarkBelow(lines, headerStart);
    let ended = false;
    for (let i = 0; i < n; i++) {
      if (nnnn[i] === true && quoted[i] !== true) ended = true;
      else if (ended && (headerStart[i] === true || (kind[i] === FULL_BANNER && isSectionBanner(lines[i] as string)))) ended = false;
      if (ended) marks[i] = true;
    }
  }
  markStrayHandlingLines(lines, blank, marks, breaks);
  // Trailing bare classification words, handling lines, decoration and archive trailers at the end:
  //     =======================CABLE ENDS============================
  //     ...
  //     MURRAY
  //     End Cable Text
  //     Zenaida X Toledo 07/30/2008 04:04:14 PM From DB/Inbox: TRANS
  //     .
  // (Asked again under each closing block read below: `ARMACOST` / `CONFIDENTIAL` / `NOTE BY OC/T: ...` / `NNN`.)
  const settle = (from: number): number => {
    let k = from;
    for (; k >= 0; k--) {
      const t = lines[k] as string;
      if (blank[k] === true || marks[k] === true) continue;
      if (kind[k] === BARE_CLASSIFICATION || parseHandlingLine(t) !== null || DECORATION.test(t) || isArchiveTrailer(t)) {
        marks[k] = true;
        continue;
      }
      break;
    }
    return k;
  };
  let last = settle(n - 1);
  // The closing banner typed between the text and the signer's name (`... THE NEXT DAY.` / `UNCLASSIFIED` /
  // `FENWICK AND O'DONNELL`): transmission, as after the name.
  if (last > 0 && isSignerNameLine(lines[last] as string)) {
    const before = previousText(blank, last);
    if (before > 0 && marks[before] !== true && kind[before] === BARE_CLASSIFICATION) marks[before] = true;
  }
  if (last > 0) last = markGroupMarking(lines, blank, marks, last);
  if (last > 0) last = markClosingDeclassify(lines, blank, marks, last, preamble.some(namesDeclassification));
  if (last > 0) last = markClosingMinimize(lines, blank, marks, last);
  if (last > 0) last = settle(markMailSignature(lines, blank, marks, last));
  if (last > 0) last = settle(markClosingPassing(lines, blank, marks, last));
  if (last > 0) last = settle(markOperatorNote(lines, blank, marks, last));
  if (last > 0) last = settle(markClosingPassing(lines, blank, marks, last));
  if (last > 0) last = markDraftingLines(lines, blank, marks, last);
  if (last > 0) last = markClosingStatement(lines, blank, marks, last);
  if (last > 0) last = markContactBlock(lines, blank, marks, last);
  if (last > 0) markGroupMarking(lines, blank, marks, last);
  if (last > 0) markDraftingAboveSigner(lines, blank, marks, last);
  if (last > 0) markAfterSigner(lines, blank, marks, last, preamble);
  return marks;
}

/**
 * A line the copy or the communications center put under the signer's name, no text of the cable: a passing
 * instruction (`DEPT PLEASE PASS USTR FOR HAFNER AND USDA/FAS/ITP`, `PLEASE PASS TO DEA`, `PASS TO ...`), the original
 * distribution (`ORIG. DIST: EUR,EB,ADS,USDA,STR,`), or a DoD mail system's classification trailer of a forwarded copy
 * (`Classification: UNCLASSIFIED//FOR OFFICIAL USE ONLY`, `Caveats: FOUO`). Anchored, bounded blanks.
 */
const CLOSING_PASSING = /^[ \t]{0,8}(?:DEPT\.?[ \t]{1,3}(?:PLEASE[ \t]{1,3})?PASS\b|PLEASE[ \t]{1,3}PASS\b|PASS[ \t]{1,3}TO\b|ORIG\.?[ \t]{0,2}DIST\b|Classification:[ \t]{0,4}(?:UNCLASSIFIED|CONFIDENTIAL|SECRET)\b|Caveats:[ \t]{0,4}\S)/;

/** Most lines of `CLOSING_PASSING` (and their wrapped lines) under a signer. */
const CLOSING_PASSING_LINES = 4;

/**
 * Marks the passing and distribution lines under the signer's name (`CLOSING_PASSING`, a wrapped line after one ending
 * on a comma or a slash) as transmission, when the line above them is a name standing apart, or its title under it
 * (`markUnderSigner`):
 *     HARRIMAN
 *
 *     DEPT PLEASE PASS USTR FOR HAFNER AND USDA/FAS/ITP
 *     ORIG. DIST: EUR,EB,ADS,USDA,STR,TRSE,
 *     OES,
 * Returns the last line left, or `last`.
 */
function markClosingPassing(lines: readonly string[], blank: readonly boolean[], marks: boolean[], last: number): number {
  let top = -1;
  for (let k = last, seen = 0; k >= 0 && seen <= CLOSING_PASSING_LINES; k--) {
    if (blank[k] === true || marks[k] === true) continue;
    seen++;
    const t = lines[k] as string;
    if (CLOSING_PASSING.test(t)) {
      top = k;
      continue;
    }
    // A wrapped line of the one above (`ORIG. DIST: EUR,EB,` / `OES,`): that line ends on a comma or a slash.
    const above = textLineAbove(blank, marks, k);
    const end = above < 0 ? '' : trimEnd(lines[above] as string);
    if (above >= 0 && (end.endsWith(',') || end.endsWith('/')) && CLOSING_PASSING.test(lines[above] as string) && !/[a-z]/.test(t)) continue;
    break;
  }
  return top < 0 ? last : markUnderSigner(lines, blank, marks, top, last);
}

/**
 * Marks lines `top` to `last` as transmission when the line of text above `top` is a signer's name standing apart, or
 * its title line (`signsAbove`); returns that line, or `last` when it is none.
 */
function markUnderSigner(lines: readonly string[], blank: readonly boolean[], marks: boolean[], top: number, last: number): number {
  const j = textLineAbove(blank, marks, top);
  if (j < 0 || !signsAbove(lines, blank, marks, j)) return last;
  for (let k = top; k <= last; k++) if (blank[k] !== true) marks[k] = true;
  return j;
}

/** A mail signature's delimiter, `-- ` alone on its line (RFC 3676), or `--`. Anchored. */
const MAIL_SIGNATURE_DELIMITER = /^--[ \t]?$/;

/** Most lines of a mail signature under its delimiter (a name, a title, an office, a phone, an address, a disclaimer). */
const MAIL_SIGNATURE_LINES = 8;

/**
 * Marks a mail signature a forwarded copy left under the cable (its `-- ` delimiter after a blank line, then a few lines
 * to the end, no paragraph label among them) as transmission, when the line above the delimiter is the cable's signer
 * standing apart, or its title (`markUnderSigner`):
 *     WOOD
 *
 *     --
 *     Karen M. Delgado
 *     Political Section | U.S. Embassy Kabul
 * Returns the last line left, or `last`.
 */
function markMailSignature(lines: readonly string[], blank: readonly boolean[], marks: boolean[], last: number): number {
  let delimiter = -1;
  for (let k = last, seen = 0; k >= 0 && seen <= MAIL_SIGNATURE_LINES; k--) {
    if (blank[k] === true || marks[k] === true) continue;
    seen++;
    if (MAIL_SIGNATURE_DELIMITER.test(lines[k] as string)) {
      delimiter = k;
      break;
    }
  }
  // (Set off by a blank line above it, and no paragraph's label under it: `EU` / `--` is a heading's underline.)
  if (delimiter < 1 || blank[delimiter - 1] !== true) return last;
  for (let k = delimiter + 1; k <= last; k++) if (blank[k] !== true && matchLabel((lines[k] as string).trim()) !== null) return last;
  return markUnderSigner(lines, blank, marks, delimiter, last);
}

/**
 * The communications center's note after the signature (older State cables), the office written with
 * or without its slash: `NOTE BY OC/T: POUCHED AMCONSUL BELIZE.`, `NOTE BY OCT: NOT PASSED USUN.`,
 * `NOTE BY OC/T - MESSAGE RECEIVED GARBLED`; the Executive Secretariat's operations center on NODIS
 * telegrams: `NOTE BY S/S-O: NOT PASSED ANY OTHER ADDRESSEES.`, `NOTE BY S/S: ...`; or its `NOT PASSED ...`
 * form alone: `NOT PASSED ALL ADDRESSEES.` Anchored, bounded blanks.
 */
const OPERATOR_NOTE = /^\s{0,8}(?:NOTE\s{1,3}BY\s{1,3}(?:OC\/?T|S\/S(?:-O)?)\b|NOT\s{1,3}PASSED\s)/;

/**
 * True when line `j` reads as a signer's name standing apart: a name line after a blank line, the body's
 * start or a line ending a sentence (`COUNTRIES AT THIS TIME.` / `VANCE`; not `... CASES OF` / `COUNTRIES`).
 * Looks back at most 4 lines (page markers between).
 */
function standsApart(lines: readonly string[], blank: readonly boolean[], marks: readonly boolean[], j: number): boolean {
  if (!isSignerNameLine(lines[j] as string)) return false;
  for (let k = j - 1; k >= 0 && k >= j - 4; k--) {
    if (marks[k] === true) continue;
    return blank[k] === true || endsSentence(lines[k] as string) || GROUP_MARKING.test(lines[k] as string);
  }
  return true;
}

/** The index of the last line before line `k` that is neither blank nor marked, or -1. */
function textLineAbove(blank: readonly boolean[], marks: readonly boolean[], k: number): number {
  let j = k - 1;
  while (j >= 0 && (blank[j] === true || marks[j] === true)) j--;
  return j;
}

/**
 * `standsApart` for the line `j`, or `j` is a title line under such a name (`Deutsch` / `Charge d'Affaires, a.i.`): the
 * closing lines after the signature may follow the name's title.
 */
function signsAbove(lines: readonly string[], blank: readonly boolean[], marks: readonly boolean[], j: number): boolean {
  if (standsApart(lines, blank, marks, j)) return true;
  if (!isSignerTitleLine(lines[j] as string)) return false;
  const i = textLineAbove(blank, marks, j);
  return i >= 0 && standsApart(lines, blank, marks, i);
}

/** The declassification group of older cables alone on its line, above the signer: `GP-3`, `GP-1.` (anchored). */
const GROUP_MARKING = /^\s{0,8}GP-\d\.?\s*$/;

/** How many lines a communications center's note may wrap onto after its first line. */
const OPERATOR_NOTE_WRAP_LINES = 2;

/**
 * The body's full banners that name another cable than the preamble's own banner: another serial (read as a
 * number, `04123` in `STATE 058214`). `null` when the body has no full banner or the preamble none to compare with.
 * A section join or a pasted copy repeats the cable's own serial.
 */
function quotedBanners(lines: readonly string[], kind: readonly number[], preamble: readonly string[]): Set<number> | null {
  if (!kind.includes(FULL_BANNER)) return null;
  const first = preamble.find((t) => !isBlank(t));
  const own = first === undefined ? null : parseClassificationLine(first);
  if (own === null || own.serial === null) return null;
  const serial = Number(own.serial);
  let out: Set<number> | null = null;
  for (let i = 0; i < kind.length; i++) {
    if (kind[i] !== FULL_BANNER) continue;
    const banner = parseClassificationLine(lines[i] as string);
    if (banner === null || banner.serial === null || Number(banner.serial) === serial) continue;
    (out ??= new Set<number>()).add(i);
  }
  return out;
}

/**
 * Marks the communications center's note ending the body, after the signer (`last` is the last line of
 * text); returns the new last line of text (`last` when there is no note):
 *
 *     3. POSTS SHOULD NOT VOLUNTEER COMMENT ON THE CASES OF INDIVIDUAL
 *     COUNTRIES AT THIS TIME.
 *     VANCE
 *     NOTE BY OC/T: POUCHED AMCONSUL BELIZE.    <- transmission (also after a blank line or after `BT`)
 *     BT
 *
 * The note is the body's last block: its line, then at most `OPERATOR_NOTE_WRAP_LINES` wrapped lines
 * (no blank line, no paragraph label, and only while the line before ends without a sentence end:
 * `NOTE BY OC/T: POUCHED AMCONSUL BELIZE, AMCONSUL` / `CURACAO.`). Some text must stand before it: a note
 * before the text (the body's first lines) is left as it is. A first-letter test (`N`) before the regex;
 * looks back at most `OPERATOR_NOTE_WRAP_LINES + 1` lines.
 */
function markOperatorNote(lines: readonly string[], blank: readonly boolean[], marks: boolean[], last: number): number {
  let start = -1;
  for (let k = last; k >= 0 && last - k <= OPERATOR_NOTE_WRAP_LINES; k--) {
    if (marks[k] === true) continue;
    if (blank[k] === true) return last;
    const t = lines[k] as string;
    if (t.charCodeAt(skipWhitespace(t)) === 78 && OPERATOR_NOTE.test(t)) {
      start = k;
      break;
    }
    // A wrapped line of the note: no paragraph label, and the line above runs on into it.
    if (k === 0 || matchLabel(t.trim()) !== null || endsSentence(lines[k - 1] as string)) return last;
  }
  if (start < 0) return last;
  const j = textLineAbove(blank, marks, start);
  if (j < 0) return last;
  // `NOTE BY OC/T` after any text; `NOT PASSED` only under a signer standing apart (not `... THE CABLE WAS` / `NOT PASSED TO ...`).
  const note = lines[start] as string;
  if (!note.startsWith('NOTE', skipWhitespace(note)) && !standsApart(lines, blank, marks, j)) return last;
  for (let k = start; k <= last; k++) if (blank[k] !== true) marks[k] = true;
  return j;
}

/**
 * A drafting office line of the sending post, as State cables carry them in their office block: `DRAFTED: POL:RSMITH`,
 * `DRAFTED BY: ECON:JDOE`, `CLEARED: DCM:RCOMBS`, `CLEARANCE: NONE`, `APPROVED: AMB:AAHARTMAN`; in mixed case in later
 * cables: `Drafted: PRM/ANE:JDoe`, `Cleared: NEA/NGA:RSmith`, `Drafted by: ...`; also in parentheses:
 * `(Drafted by: POL: A. Reinholds)`, `(DRAFTED BY: ECON:JDOE)`; and State's form without the colon, its office and name after
 * it: `DRAFTED BY EUR/SOV:RMILES:LB`, `APPROVED BY EUR:TWSIMONS`, in mixed case too (`(Drafted by POL: KTNdiaye; cleared by
 * DCM)`); or a drafter named without a colon before the clearances: `Drafted by EconOff PBUrlacher; cleared by DCM`.
 * Anchored, bounded blanks and runs.
 */
const DRAFTING_LINE =
  /^\s{0,8}\(?(?:(?:DRAFTED|CLEARED|CLEARANCES?|APPROVED|Drafted|Cleared|Clearances?|Approved)(?:\s{1,3}(?:BY|[Bb]y))?\s{0,2}:|(?:DRAFTED|APPROVED|Drafted|Approved)\s{1,3}(?:BY|by)\s{1,3}[A-Z][A-Za-z0-9/&.-]{0,24}:|(?:DRAFTED|Drafted)\s{1,3}(?:BY|by)\s[^\n;]{1,60};\s{0,2}(?:CLEARED|[Cc]leared)\b)/;

/** Whether a line opens a drafting block (`DRAFTING_LINE`); a `D`, `C` or `A` first, after an opening parenthesis or not, is the pre-test. */
function isDraftingLine(text: string): boolean {
  const first = skipWhitespace(text);
  const c = text.charCodeAt(text.charCodeAt(first) === 40 ? first + 1 : first);
  return (c === 68 || c === 67 || c === 65) && DRAFTING_LINE.test(text);
}

/** How many lines a drafting block ending the body may hold (its lines wrap: `3/4/68 EXT 5137`, `G/PM - MR. GARTHOFF`). */
const DRAFTING_REACH = 12;
/** Longest line of a drafting block. */
const DRAFTING_LINE_LENGTH = 80;

/**
 * Marks the drafting office lines ending the body after the signer (`last` is the last line of text); returns
 * the new last line of text (`last` when there are none):
 *
 *     4. COMMENT: THIS IS THE FIRST HINT OF FLEXIBILITY. END COMMENT.
 *     HARTMAN
 *     DRAFTED: POL:RSMITH         <- transmission
 *     CLEARED: DCM:RCOMBS         <- transmission
 *     APPROVED: AMB:AAHARTMAN     <- transmission
 *
 * Only under a signer's name standing apart (`standsApart`), blank lines allowed between; the block opens with a
 * keyword line and holds at most `DRAFTING_REACH` lines of at most `DRAFTING_LINE_LENGTH` characters, wrapped lines
 * among them (`DRAFTED BY: EUR/GER:JSSUTTERLIN:MM` / `3/4/68 EXT 5137`; a `D`, `C` or `A` first, after an opening
 * parenthesis or not, is the pre-test).
 */
function markDraftingLines(lines: readonly string[], blank: readonly boolean[], marks: boolean[], last: number): number {
  // The block's first line is the highest drafting line within reach whose text above is the signer standing apart.
  let seen = 0;
  for (let k = last; k >= 0 && seen < DRAFTING_REACH; k--) {
    if (marks[k] === true || blank[k] === true) continue;
    seen++;
    const t = lines[k] as string;
    if (t.length > DRAFTING_LINE_LENGTH) return last;
    if (!isDraftingLine(t)) continue;
    const j = aboveTrailer(lines, blank, marks, textLineAbove(blank, marks, k));
    if (j < 0 || !signsAbove(lines, blank, marks, j)) continue;
    // (The trailer's lines between, if any, go with the block.)
    for (let n = j + 1; n <= last; n++) if (blank[n] !== true) marks[n] = true;
    return j;
  }
  return last;
}

/**
 * Marks the drafting office lines a cable types in its own block right above the signer (`last` is the signer's name,
 * or a title line under it), blank lines between or not, as a memorandum of conversation closes:
 *
 *     obstacle.
 *
 *     Drafted by: EAP/CM:EWolfe                                        <- transmission
 *     Cleared by: D:KHayes; EAP:TChristensen; NSC:DWilder; ISN:AStrong <- transmission
 *     Approved by: D:RZoellick                                         <- transmission
 *
 *     RICE
 *
 * The block is the text lines from the blank line (or the start) above it down to the name, at most `DRAFTING_REACH`
 * lines of at most `DRAFTING_LINE_LENGTH` characters, its first line a keyword line (`DRAFTING_LINE`; its other lines
 * keyword lines or their wraps). A block whose first line is a paragraph's (`5. (C) ... Cleared by: ...`) is text.
 */
function markDraftingAboveSigner(lines: readonly string[], blank: readonly boolean[], marks: boolean[], last: number): void {
  // (A title line first: `Ambassador` reads as a name too.)
  const above = textLineAbove(blank, marks, last);
  const name = above >= 0 && isSignerTitleLine(lines[last] as string) && isSignerNameLine(lines[above] as string) ? above : last;
  if (name === last && !isSignerNameLine(lines[last] as string)) return;
  const end = textLineAbove(blank, marks, name);
  if (end < 0) return;
  let top = end;
  for (let k = end; k >= 0 && end - k < DRAFTING_REACH && blank[k] !== true; k--) {
    if (marks[k] === true) continue;
    if ((lines[k] as string).length > DRAFTING_LINE_LENGTH) return;
    top = k;
  }
  // (The walk stopped at a blank line or the start: else the block runs on above the reach.)
  if (top > 0 && blank[top - 1] !== true && marks[top - 1] !== true) return;
  if (!isDraftingLine(lines[top] as string)) return;
  for (let k = top; k <= end; k++) if (blank[k] !== true) marks[k] = true;
}

/** A web address opening a line: `http://www.state.sgov.gov/p/wha/tegucigalpa`, `www.intelink.gov/...` (anchored). */
const URL_START = /^\s{0,8}(?:https?:\/\/|www\.)/i;

/** Most lines of an embassy trailer looked over by `aboveTrailer`. */
const TRAILER_REACH = 4;

/**
 * The text line above an embassy trailer ending at line `j` (its phrase, then URLs and rules), else `j`; the closing
 * lines after a signature may follow the trailer under it:
 *
 *     HARWELL
 *
 *     Visit Tegucigalpa's Classified Website:      <- line j's trailer
 *     http://www.state.sgov.gov/p/wha/tegucigalpa   <- j
 *
 *     Drafted by: POL:RMcBride
 */
function aboveTrailer(lines: readonly string[], blank: readonly boolean[], marks: readonly boolean[], j: number): number {
  for (let k = j, seen = 0; k >= 0 && seen < TRAILER_REACH; k = textLineAbove(blank, marks, k), seen++) {
    const t = lines[k] as string;
    if (startsTrailer(t)) return textLineAbove(blank, marks, k);
    if (!(isRuleLine(t) || URL_START.test(t))) return j;
  }
  return j;
}

/** The first line of a classification statement: `Classified By: ...`, `CLASSIFIED BY ...`, `DERIVED FROM: ...` (anchored, bounded blanks). */
export const STATEMENT_LINE = /^\s{0,8}(?:CLASSIFIED\s{1,3}BY\b|DERIVED\s{1,3}FROM\s{0,2}:)/i;

/** How many lines a classification statement ending the body may run over. */
const STATEMENT_LINES = 4;

/**
 * Marks a classification statement written after the signer, the body's last block (`last` is the last line of
 * text); returns the new last line of text (`last` when there is none). The caller reads it as `classifiedBy`:
 *
 *     4. (U) Minimize considered.
 *
 *     SMITH AND JONES
 *
 *     Classified By: Political-Military Officer John Smith, reasons 1.4 (b) and (d).    <- marked
 *
 * The block: at most `STATEMENT_LINES` lines without a blank line, the first opening with the keyword
 * (`STATEMENT_LINE`), under a signer's name standing apart (`standsApart`).
 */
function markClosingStatement(lines: readonly string[], blank: readonly boolean[], marks: boolean[], last: number): number {
  let k = last;
  while (k >= 0 && last - k < STATEMENT_LINES && blank[k] !== true && !STATEMENT_LINE.test(lines[k] as string)) k--;
  if (k < 0 || blank[k] === true || marks[k] === true || !STATEMENT_LINE.test(lines[k] as string)) return last;
  const j = textLineAbove(blank, marks, k);
  if (j < 0 || !standsApart(lines, blank, marks, j)) return last;
  for (let n = k; n <= last; n++) if (blank[n] !== true) marks[n] = true;
  return j;
}

/**
 * A declassification instruction on a line of its own ending the message, before its end mark, as military messages
 * and their State repeats close (`DECL: OADR`, `DECL OADR`, `DECL: 12/31/95`). Anchored at both ends; bounded runs.
 */
export const CLOSING_DECLASSIFY_LINE = /^[ \t]{0,8}DECL[ \t]{0,2}:?[ \t]{0,4}(?:OADR|\d{1,2}\/\d{1,2}\/\d{2,4})[ \t.]{0,4}$/;

/** True for a preamble line giving the declassification: `E.O. 12356: DECL: OADR`, `DECL: OADR` (a native search). */
function namesDeclassification(text: string): boolean {
  return text.indexOf('DECL') >= 0 || text.indexOf('E.O.') >= 0;
}

/**
 * Marks a declassification line ending the text (`last`, the last line of text) and returns the new last line of
 * text (`last` when it is none). The caller reads it as the executive order when the preamble has none:
 *
 *     3. (C) I WOULD WELCOME YOUR VIEWS BEFORE THE NEXT ROUND.
 *     DECL: OADR                                         <- marked
 *     BT
 *
 * After a preamble that names the declassification (`declassified`), only under the signer's name (`HALVERSON` /
 * `DECL: OADR` / `BT`): elsewhere a closing `DECL:` is a field of the text's own list (an intelligence report's `ADMIN`
 * paragraph ends `DRV FM: ...` / `DECL: OADR.`).
 */
function markClosingDeclassify(lines: readonly string[], blank: readonly boolean[], marks: boolean[], last: number, declassified: boolean): number {
  if (!CLOSING_DECLASSIFY_LINE.test(lines[last] as string)) return last;
  const j = textLineAbove(blank, marks, last);
  if (declassified && (j < 0 || !isSignerNameLine(lines[j] as string))) return last;
  marks[last] = true;
  return j;
}

/**
 * Marks the declassification group of older cables (`GROUP_MARKING`) next to the signer's name: right above it or right
 * under it as the message's last line of text (`last`). Returns the new last line of text (`last` when the group stood
 * above the name, or there is none):
 *
 *     TO FILL REMAINING GAP. END FYI.
 *     GP-3                                                 <- marked
 *     RUSK
 *     BT
 */
function markGroupMarking(lines: readonly string[], blank: readonly boolean[], marks: boolean[], last: number): number {
  const j = textLineAbove(blank, marks, last);
  if (j < 0) return last;
  if (GROUP_MARKING.test(lines[last] as string)) {
    if (!isSignerNameLine(lines[j] as string)) return last;
    marks[last] = true;
    return j;
  }
  if (GROUP_MARKING.test(lines[j] as string) && isSignerNameLine(lines[last] as string)) marks[j] = true;
  return last;
}

/** `MINIMIZE CONSIDERED` alone on its line, as a message closes after its signer (anchored, bounded). */
const MINIMIZE_LINE = /^[ \t]{0,8}MINIMIZE[ \t]{1,3}CONSIDERED[ \t]{0,2}\.?[ \t]*$/i;

/**
 * Marks `MINIMIZE CONSIDERED` closing the message under the signer's name (`last` is the last line of text); returns the
 * new last line of text (`last` when there is none):
 *
 *        MAR 10    SV 1025       180
 *     FREEMAN
 *     MINIMIZE CONSIDERED.                                 <- marked
 *     BT
 *
 * (Before the name it is the last paragraph's text.)
 */
function markClosingMinimize(lines: readonly string[], blank: readonly boolean[], marks: boolean[], last: number): number {
  if (!MINIMIZE_LINE.test(lines[last] as string)) return last;
  const j = textLineAbove(blank, marks, last);
  if (j < 0 || !isSignerNameLine(lines[j] as string)) return last;
  marks[last] = true;
  return j;
}

/**
 * The declassification line of a classification statement (docs/cable-format.md: `Classified By:`
 * ... `Declassify on:`), also wrapped: `DECLASSIFY ON: 06/29/2019`, `Declassify on: Source marked 25X1-human, Date of source: June`.
 * Keyword runs bounded.
 */
const DECLASSIFY_LINE = /^\s{0,20}(?:DECLASSIFY|DECL)\s{1,3}ON\s{0,2}:/i;

/** How many lines a `Declassify on:` line at the body's start may wrap onto. */
const DECLASSIFY_WRAP_LINES = 2;

/**
 * Marks a `Declassify on:` line that opens the body (only transmission lines and blank lines
 * before it). The preamble takes such a line into the Classified By statement when it follows
 * the statement closely, across a banner too:
 *
 *     Classified By: Derived from Multiple Sources      <- preamble
 *     SECRET//FGI//NOFORN                               <- banner (transmission)
 *     Declassify on: Source marked 25X1-human, Date of source: June
 *     27, 2009                                          <- its wrapped end (also the preamble's)
 *     1. (U) Diplomatic Security Daily ...
 *
 * This is the fallback for the line the preamble did not take (farther from the statement, or
 * after a statement it did not read): it belongs to the classification, not to the text; its
 * wrapped lines (up to a blank line or a paragraph label, at most `DECLASSIFY_WRAP_LINES`) go with it.
 */
function markDeclassifyLines(lines: readonly string[], blank: readonly boolean[], marks: boolean[]): void {
  let i = 0;
  while (i < lines.length && (blank[i] === true || marks[i] === true)) i++;
  const t = lines[i];
  if (t === undefined) return;
  const c = t.trimStart().charCodeAt(0);
  if ((c !== 68 && c !== 100) || !DECLASSIFY_LINE.test(t)) return;
  marks[i] = true;
  for (let k = i + 1; k < lines.length && k <= i + DECLASSIFY_WRAP_LINES; k++) {
    if (blank[k] === true || marks[k] === true || matchLabel((lines[k] as string).trim()) !== null) break;
    marks[k] = true;
  }
}

/** How many non-blank lines an embassy trailer after the signer may take (its phrase, URL, SIPRNET note and the box's two rules). */
const TRAILER_AFTER_NAME_LINES = 7;

/**
 * A caption opening a contact block under the signer's name: `Point of contact:`, `POC: Econoff Jane Roe`, `Embassy
 * contact:`, `Contact: ...` (anchored, bounded).
 */
const CONTACT_CAPTION = /^[ \t]{0,8}(?:(?:embassy|post|department|dept)[ \t]{1,2})?(?:points?[ \t]{1,2}of[ \t]{1,2}contact|poc|contacts?)[ \t]{0,2}(?:for[ \t][^:]{1,40})?:/i;
/** Most lines of a contact block under the signer (`CONTACT_CAPTION`, a name, a title, a phone, an e-mail). */
const CONTACT_BLOCK_LINES = 6;
/** Longest line of a contact block: a name, a title, a phone number or an address, no sentence. */
const CONTACT_LINE_WIDTH = 80;

/**
 * Marks a contact block standing under the signer's name at the end of the cable, with the signer's name before it:
 *
 *     KOSTER
 *
 *     Point of contact:
 *     Gudrun Hallgrimsdottir, Political Specialist
 *     Tel. 354-562-9100
 *     hallgrimsdottirg@state.gov
 *
 * The caption, then at most `CONTACT_BLOCK_LINES` short lines to the end, no blank line among them (a quoted statement's
 * `Contact: MFA Press ...` line, then a blank line and the real signer, is text); the name is the last line of text
 * above the caption. `last` is the last line of text; returns the new last line of text (`last` when there is no block).
 */
function markContactBlock(lines: readonly string[], blank: readonly boolean[], marks: boolean[], last: number): number {
  let seen = 0;
  for (let k = last; k >= 0 && seen <= CONTACT_BLOCK_LINES; k--) {
    if (blank[k] === true) return last;
    if (marks[k] === true) continue;
    const t = lines[k] as string;
    if (t.length > CONTACT_LINE_WIDTH) return last;
    // Cheap pre-test: a `P`, `C`, `E`, `D` or `p`, `c`, `e`, `d` first (after spaces).
    const c = t.charCodeAt(t.length - t.trimStart().length) | 32;
    if ((c === 112 || c === 99 || c === 101 || c === 100) && CONTACT_CAPTION.test(t)) {
      const j = textLineAbove(blank, marks, k);
      if (j < 0 || !isSignerNameLine(lines[j] as string)) return last;
      for (let n = k; n <= last; n++) if (blank[n] !== true) marks[n] = true;
      return j;
    }
    seen++;
  }
  return last;
}

/**
 * True for a line of the trailer's SIPRNET note: `You can also access this site through the` / `State Department's
 * Classified SIPRNET website.` (native searches).
 */
function isSiprnetNote(text: string): boolean {
  return text.length <= 120 && (text.includes('SIPRNET') || text.trimStart().startsWith('You can also access'));
}

/** True for a piece of a URL cut at the page width, alone on its line: `gov.gov/wiki/Portal:Turkey"` (no space inside). */
function isUrlPiece(text: string): boolean {
  const t = text.trim();
  return t.length <= 120 && !/\s/.test(t) && (t.includes('/') || t.includes('.'));
}

/**
 * Marks the archive's or the embassy's lines after the signer's line, when the line before
 * them reads as a name (`JEFFREY`, `Jeffrey`); `last` is the last line of text:
 * - the rest of the subject the archive prints after the text, cut with `...` (all caps):
 *   `TRIVELLI` / `DANIEL ORTEGA AN...` (the subject is `... THE CRIMES OF DANIEL ORTEGA AND HIS FAMILY`);
 * - an embassy trailer printed after the name, its URL cut at the page width:
 *   `JEFFREY` / `"Visit Ankara's Classified Web Site at http://www.intelink.s` / `gov.gov/wiki/Portal:Turkey"`,
 *   and its SIPRNET note: `HYLAND` / `Visit Embassy Baku's Classified Website:` / URL / `You can also access this site
 *   through the` / `State Department's Classified SIPRNET website.`, the box of asterisk rules around it or not
 *   (`KAVANAGH` / `*****` / `Visit Embassy Yerevan's Classified Website:` / ... / `*****`).
 * Looks at most `TRAILER_AFTER_NAME_LINES` non-blank lines back.
 */
function markAfterSigner(lines: readonly string[], blank: readonly boolean[], marks: boolean[], last: number, preamble: readonly string[]): void {
  const text = lines[last] as string;
  let start = -1;
  if (trimEnd(text).endsWith('...') && !hasLower(text)) {
    // The cut subject: its words before `...` stand in the preamble's subject (ten characters or more).
    let end = trimEnd(text).length;
    while (end > 0 && text.charCodeAt(end - 1) === 46) end--;
    const piece = collapseWhitespace(text.slice(0, end));
    if (piece.length >= 10 && preambleSubjectLines(preamble).includes(piece)) start = last;
  } else {
    let seen = 0;
    for (let k = last; k >= 0 && seen < TRAILER_AFTER_NAME_LINES; k--) {
      if (blank[k] === true || marks[k] === true) continue;
      seen++;
      const t = lines[k] as string;
      if (startsTrailer(t)) {
        start = k;
        break;
      }
      // (The rules of a box around it too: `KAVANAGH` / `*****` / `Visit Embassy Yerevan's Classified Website:` / ... / `*****`.)
      if (!isUrlPiece(t) && !isSiprnetNote(t) && !isRuleLine(t)) return;
    }
  }
  if (start < 0) return;
  let j = textLineAbove(blank, marks, start);
  if (j >= 0 && isRuleLine(lines[j] as string)) {
    start = j;
    j = textLineAbove(blank, marks, start);
  }
  // (The name, or a title line under a name standing apart: `Brandvold` / `Charge d'Affaires, a.i.` / blank / `Visit ...`.)
  if (j < 0 || !(isSignerNameLine(lines[j] as string) || signsAbove(lines, blank, marks, j))) return;
  for (let k = start; k <= last; k++) if (blank[k] !== true) marks[k] = true;
}
