/**
 * Page markers, one per page of a multi-page cable:
 *
 *     ASTANA 00000270  001.3 OF 002       (post, 8-digit serial, page, format digit, total)
 *     BRASILIA 00001774 009 2 OF 012      (a space for the format digit's dot: page 9 of 12)
 *     PAGE 02 ROME 01196 01 OF 02 082030Z (older cables)
 */

import type { PageMarker } from '../model/cable.js';
import { isAsciiDigitCode, isAsciiLowerCode, isWhitespaceCode, skipWhitespace, splitLines } from '../text/source-line.js';

/**
 * Older marker: `PAGE 02 ROME 01196 01 OF 02 082030Z`: page, post, serial, then the
 * section (`01 OF 02`, repeated on every page of section 1) and the section's time; a telegram to or from the Secretary's
 * party prints its second serial after the first (`PAGE 02 STATE 236177 TOSEC 270140`, also `SECTO`, `TODEL`, `DELTO`). It
 * gives no page count. A teletype's page line of the 1970s ends with the classification instead, spaced out or not:
 * `PAGE 2 RUMJBT 4120 C O N F I D E N T I A L`, `PAGE 2 RUEHC 8812 UNCLAS` (a fixed list of spellings).
 */
const OLDER =
  /^\s*PAGE\s+(\d{1,3})\s+([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,4})\s+(\d{3,8})(?:\s+(?:TOSEC|SECTO|TODEL|DELTO)\s+\d{3,8})?(?:\s+\d{1,3}\s+OF\s+\d{1,3})?(?:\s+\d{6}Z)?(?:\s+(?:UNCLAS(?:SIFIED)?|LIMITED OFFICIAL USE|CONFIDENTIAL|SECRET|U N C L A S|C O N F I D E N T I A L|S E C R E T))?\s*$/;

/** Location of a page marker (`ASTANA 00000270  001.3 OF 002`) inside a string. */
export interface PageMarkerSpan {
  /** Offset of the first character of the post name. */
  start: number;
  /** Offset just after the total page count. */
  end: number;
}

// The fixed part of a page marker, after the post name:
//   `ASTANA 00000270  001.3 OF 002` -> `00000270  001.3 OF 002`
// serial (5-8 digits, or a run of `X` where WikiLeaks redacted it: `DAMASCUS XXXXXXXXXXXX  002 OF 002`), page (3
// digits), optional `.N` format digit, `OF`, total. The total
// may be cut by the archive (`001.2 OF 0...`), hence 1-3 digits. Bounded quantifiers only.
// Second alternative (group 2), a marker whose format digit lost its dot to a space, in a tight
// shape only: the zero-padded 8-digit serial, a 3-digit page, one space, one digit, a 3-digit total
// (`BRASILIA 00001774 009 2 OF 012`); `findPageMarker` also wants `OF` and the post in upper case.
// Both alternatives are fixed or bounded repeats: linear.
const PAGE_MARKER_CORE = /(\d{5,8}|X{4,16})[ \t]{1,4}\d{3}(?:\.\d)?[ \t]{1,3}OF[ \t]{1,3}\d{1,3}(?!\d)|(?<!\d)(0\d{7})[ \t]{1,4}\d{3} \d[ \t]{1,3}OF[ \t]{1,3}\d{3}(?!\d)/gi;

/**
 * First words of multi-word post names, so that a page marker in reflowed text
 * (`... FOO BAR NEW DELHI 00009127 001.2 OF 006`) is cut before `NEW`, not before `DELHI`.
 */
const POST_FIRST_WORDS: ReadonlySet<string> = new Set([
  'ABU', 'ADDIS', 'AIT', 'AU', 'BUENOS', 'CAPE', 'CHI', 'CIUDAD', 'DAR', 'DE', 'EL', 'ES',
  'HO', 'HONG', 'KUALA', 'LA', 'LOS', 'MINH', 'NEW', 'PORT', 'RIO', 'RPO', 'SAINT', 'SAN',
  'SANTO', 'SAO', 'ST', 'TEL', 'THE', 'USUN',
]);

function isPostChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.toUpperCase();
  return (c >= 'A' && c <= 'Z') || ch === '-' || ch === "'";
}

/** True when `text` from `from` to `to` holds no lower-case letter (`BRASILIA`, not `Brasilia`). */
function isUpperWord(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isAsciiLowerCode(text.charCodeAt(k))) return false;
  return true;
}

/**
 * Find the first page marker in `text`: the post name, the 8-digit serial, the page number
 * with its format digit and the total (`ASTANA 00000270  001.3 OF 002`), possibly reflowed
 * into the middle of a line. The post is one word, or several when the words before it
 * start a known multi-word post name (`NEW DELHI`, `SAO PAULO`, `USUN NEW YORK`). A marker whose
 * format digit lost its dot to a space (`BRASILIA 00001774 009 2 OF 012`) is one in a tight shape only.
 *
 * @returns The span of the marker, or `null` when there is none.
 */
export function findPageMarker(text: string): PageMarkerSpan | null {
  let from = 0;
  // Each iteration moves past one candidate, so the loop is linear overall.
  while (from < text.length) {
    PAGE_MARKER_CORE.lastIndex = from;
    const m = PAGE_MARKER_CORE.exec(text);
    if (m === null) return null;
    const core = m.index;
    // The serial must not be the tail of a longer digit (or redaction) run.
    const before = text[core - 1];
    if (before === undefined || !((before >= '0' && before <= '9') || before === 'X' || before === 'x')) {
      let j = core;
      while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\t')) j--;
      let k = j;
      while (k > 0 && isPostChar(text[k - 1])) k--;
      // The damaged form (`00001774 009 2 OF 012`) only with `OF` and the post name in upper case.
      const damaged = m[2] !== undefined;
      if (k < j && j < core && (!damaged || (m[0].indexOf('OF') >= 0 && isUpperWord(text, k, j)))) {
        let start = k;
        // Extend over earlier words of a multi-word post name.
        for (let n = 0; n < 3; n++) {
          let p = start;
          while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\t')) p--;
          if (p === start) break;
          let q = p;
          while (q > 0 && isPostChar(text[q - 1])) q--;
          if (q === p || !POST_FIRST_WORDS.has(text.slice(q, p).toUpperCase())) break;
          start = q;
        }
        return { start, end: core + m[0].length };
      }
    }
    from = core + 1;
  }
  return null;
}

// The fixed part of a page marker reflowed into running text, strictly: an 8-digit
// zero-padded serial (not the tail of a longer number) or a redacted one, a 3-digit page
// with an optional format digit, upper-case `OF`, a 3-digit total:
//   `... but the relatively SOFIA 00001271 003 OF 003 short timelines ...`
//   -> `00001271 003 OF 003`
//   `... were DAMASCUS XXXXXXXXXXXX  002 OF 002 a larger source ...`
//   -> `XXXXXXXXXXXX  002 OF 002`
// Fixed or bounded repeats after a literal `0` or `X`: linear.
const INLINE_MARKER_CORE = /(?<![\dX])(?:0\d{7}|X{8,16})[ \t]{1,4}\d{3}(?:\.\d)?[ \t]{1,3}OF[ \t]{1,3}\d{3}(?!\d)/g;

/** True for a character of an upper-case post name: `A`-`Z`, `-`, `'`. */
function isUpperPostCode(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 45 || c === 39;
}

/** Start of the upper-case word ending at `end` (`end` itself when there is none). */
function upperWordStart(text: string, end: number): number {
  let k = end;
  // A post name is short: at most 20 characters are looked at (bounded, so linear).
  while (k > 0 && end - k < 20 && isUpperPostCode(text.charCodeAt(k - 1))) k--;
  return k;
}

/**
 * Every page marker inside a line of running text, strictly: an upper-case post name
 * (several words when the first ones start a known multi-word post: `SAO PAULO`,
 * `USUN NEW Y`), the zero-padded 8-digit serial (or its redaction, `XXXXXXXXXXXX`, after the cable's own `post` only),
 * `NNN OF NNN` (optionally `NNN.N OF NNN`):
 *
 *     ... should also be considered. SOFIA 00001271 002 OF 003
 *     ... but the relatively SOFIA 00001271 003 OF 003 short timelines offer ...
 *
 * Ordinary text with numbers (`09 STATE 125262`, `paragraph 2 of 3`) is never taken. Linear:
 * one regex pass, and each match looks back a bounded distance.
 *
 * @returns The spans of the markers, in order.
 */
export function findInlinePageMarkers(text: string, post: string | null = null): PageMarkerSpan[] {
  const out: PageMarkerSpan[] = [];
  // Cheap test first: a marker contains `OF` followed by a space.
  if (text.indexOf('OF') < 0) return out;
  INLINE_MARKER_CORE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE_MARKER_CORE.exec(text)) !== null) {
    const core = m.index;
    const coreEnd = core + m[0].length;
    // One to four spaces between the post name and the serial.
    let j = core;
    while (j > 0 && core - j < 4 && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) j--;
    if (j === core) continue;
    let start = upperWordStart(text, j);
    if (start === j) continue;
    // Extend over earlier words of a multi-word post name (`SAO PAULO`, `USUN NEW Y`).
    for (let n = 0; n < 3; n++) {
      const p = start - 1;
      if (p <= 0 || text.charCodeAt(p) !== 32) break;
      const q = upperWordStart(text, p);
      if (q === p || !POST_FIRST_WORDS.has(text.slice(q, p))) break;
      start = q;
    }
    // The post name is a word of its own: `XSOFIA` inside a longer token is not taken.
    const before = text.charCodeAt(start - 1);
    if (start > 0 && ((before >= 97 && before <= 122) || isAsciiDigitCode(before))) continue;
    if (out.length > 0 && start < (out[out.length - 1] as PageMarkerSpan).end) continue;
    // A redacted serial proves nothing: the name before it must be the cable's post (`post`, whole or as the marker
    // cuts it), not any word of capitals before a redaction (`... THE CASE XXXXXXXXXXXX 002 OF 004 TO ...`).
    if (text.charCodeAt(core) === 88 && !namesPost(text.slice(start, j), post)) continue;
    out.push({ start, end: coreEnd });
  }
  return out;
}

/** True when a marker's post name (`BAGHDAD`, `ADDIS ABAB`) is the cable's `post` (`ADDIS ABABA`), whole or cut short. */
function namesPost(name: string, post: string | null): boolean {
  return post !== null && name.length >= 3 && post.toUpperCase().startsWith(name);
}

/**
 * The numbers of a modern marker once found: `00000270  001.3 OF 002`, also with a space for
 * the format digit's dot (`00001774 009 2 OF 012`: page 9). Bounded repeats, anchored at the end.
 */
const MODERN_NUMBERS = /(\d{5,8}|X{4,16})[ \t]{1,4}(\d{3})(?:\.\d| \d)?[ \t]{1,3}OF[ \t]{1,3}(\d{1,3})$/i;

/** The archive's mark of a cut line: `001.2 OF 0...`. */
const ELLIPSIS = '...';

/**
 * Reads one page marker line; `null` when the line is not a page marker. A modern marker cut
 * by the archive (`DUSHANBE 00000575  001.2 OF 0...`) is one, its total unknown (0) unless whole.
 */
export function parsePageMarkerLine(text: string): PageMarker | null {
  if (text.length > 120 || !mayBePageMarker(text)) return null;
  let trimmed = text.trim();
  // A marker the archive cut, its total lost: `DUSHANBE 00000575  001.2 OF 0...` (the total is then unknown, 0).
  const cut = trimmed.endsWith(ELLIPSIS);
  if (cut) trimmed = trimmed.slice(0, -ELLIPSIS.length);
  const span = findPageMarker(trimmed);
  if (span !== null && span.end === trimmed.length && (span.start === 0 || isPostNameBefore(trimmed, span.start))) {
    const n = MODERN_NUMBERS.exec(trimmed);
    if (n !== null) {
      const post = trimmed.slice(0, n.index).trim().toUpperCase();
      const total = n[3] ?? '';
      return { post, serial: n[1] ?? '', page: Number(n[2]), total: cut && total.length < 3 ? 0 : Number(total) };
    }
  }
  if (cut) return null;
  const m = OLDER.exec(text);
  if (m !== null) return { post: m[2] ?? '', serial: m[3] ?? '', page: Number(m[1]), total: 0 };
  return null;
}

/** Most words of a post name before the last one (`USUN NEW Y`: 2). */
const MAX_POST_WORDS_BEFORE = 3;

/** Most characters of a marker's multi-word post name (`BANDAR SERI BEGAWAN`: 19; most markers cut it to 10: `PORT OF SP`). */
const MAX_POST_LENGTH = 20;

/**
 * True when `text` up to `end` is upper-case words of a post name, for a line that holds a marker alone: the marker
 * cuts its post at the page's width, so a multi-word name ends in a piece of a word no list of first words knows
 * (`USEU BRUSS 00000412 001 OF 003`, `UNVIE VIEN 00000231 001.2 OF 002`, `PORT OF SP 00000118 002 OF 002`); the whole
 * name is at most `MAX_POST_LENGTH` characters (`MINISTRY OF FOREIGN AFFAIRS 00000412 ...` is none). Bounded.
 */
function isPostNameBefore(text: string, end: number): boolean {
  // The whole name, its last word too, is short.
  let last = end;
  while (last < text.length && last - end < MAX_POST_LENGTH && isUpperPostCode(text.charCodeAt(last))) last++;
  if (last > MAX_POST_LENGTH) return false;
  let words = 0;
  let inWord = false;
  for (let k = 0; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 32) {
      // One space between words.
      if (!inWord) return false;
      inWord = false;
      continue;
    }
    // A word starts with a letter: `A`-`Z`, then letters, `.`, `-`, `'`.
    if (!inWord && !(c >= 65 && c <= 90)) return false;
    if (!(c >= 65 && c <= 90) && c !== 46 && c !== 45 && c !== 39) return false;
    if (!inWord) words++;
    inWord = true;
  }
  return !inWord && words >= 1 && words <= MAX_POST_WORDS_BEFORE;
}

/**
 * A cheap test run before the regexes (this is asked of every body line, several times):
 * a marker line starts with `PAGE` (`PAGE 02 ROME 01196 01 OF 02 082030Z`) or ends with
 * the page total (`ASTANA 00000270  001.3 OF 002`), so its last visible character is a
 * digit. Prose lines rarely end with one.
 */
function mayBePageMarker(text: string): boolean {
  let e = text.length;
  while (e > 0 && isWhitespaceCode(text.charCodeAt(e - 1))) e--;
  if (isAsciiDigitCode(text.charCodeAt(e - 1))) return true;
  // A marker cut by the archive: `... 001.2 OF 0...`.
  if (text.charCodeAt(e - 1) === 46 && isAsciiDigitCode(text.charCodeAt(e - 4)) && text.startsWith(ELLIPSIS, e - 3)) return true;
  let i = 0;
  while (i < e && isWhitespaceCode(text.charCodeAt(i))) i++;
  return text.startsWith('PAGE', i);
}

/** True when the line is a page marker. */
export function isPageMarker(text: string): boolean {
  return parsePageMarkerLine(text) !== null;
}

/**
 * Finds every page marker in a text, in order.
 *
 * @example parsePageMarkers('ASTANA 00000270  001.3 OF 002') // [{ post: 'ASTANA', serial: '00000270', page: 1, total: 2 }]
 */
export function parsePageMarkers(text: string): PageMarker[] {
  if (typeof text !== 'string') throw new TypeError('parsePageMarkers: text must be a string');
  const markers: PageMarker[] = [];
  for (const line of splitLines(text)) {
    const m = parsePageMarkerLine(line.text);
    if (m !== null) markers.push(m);
  }
  return markers;
}

/**
 * The page footer a word processor or PDF copy prints on its own line: `Page 2 of 3`, after the copy's classification
 * word `UNCLASSIFIED      Page 2 of 3` or `UNCLASSIFIED      2 of 3`, or its page head `CONFIDENTIAL      PAGE 2`, or the
 * banner of a printout of the State archive system with its print queue number (`CONFIDENTIAL     PTQ7718`); a
 * form feed before it. (Only with its page count: a
 * bare `PAGE 2` or `- 2 -` may be a press review's page or an aide-memoire's point number.) Anchored, bounded.
 */
const PAGE_FOOTER =
  /^[ \t\f]{0,40}(?:(?:(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)(?:\/\/[A-Z ]{2,30})?[ \t]{2,100}(?:(?:Page|PAGE|page)[ \t]{1,3})?|(?:Page|PAGE|page)[ \t]{1,3})\d{1,3}[ \t]{1,3}(?:of|OF)[ \t]{1,3}\d{1,3}|(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)[ \t]{2,100}(?:(?:Page|PAGE)[ \t]{1,3}\d{1,3}|PTQ\d{3,6}))[ \t]*$/;

/**
 * The head a printer or PDF copy puts over each page: the cable's reference id, or its post and serial, and the print
 * date, `08ANKARA1042      6/12/2008`, `03SANJOSE977      6/19/2003 3:30:00 PM`, `BOGOTA 007702      11 OCT 94` (read only
 * next to a page footer or a form feed). Anchored, bounded.
 */
const PRINTED_PAGE_HEAD =
  /^[ \t\f]{0,8}(?:\d{2}[A-Z][A-Z-]{1,20}\d{1,6}|[A-Z]{2,20}(?: [A-Z]{2,20})? \d{3,8})[ \t]{2,60}(?:\d{1,2}\/\d{1,2}\/\d{4}(?:[ \t]{1,3}\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AP]M)?)?|\d{1,2} [A-Z]{3} \d{2}(?:\d{2})?)[ \t]*$/;

/** True for a printer's page head (`PRINTED_PAGE_HEAD`): the cable's id (or post and serial) and the print date. A length bound is the pre-test. */
export function isPrintedPageHead(text: string): boolean {
  return text.length <= 120 && PRINTED_PAGE_HEAD.test(text);
}

/**
 * The case line a copy released under FOIA prints on top of every page: `UNCLASSIFIED U.S. Department of State Case
 * No. F-2014-08822 Doc No. C05771904 Date: 09/30/2015` (its level is the release's, not the cable's). Anchored, bounded.
 */
const FOIA_CASE_LINE =
  /^[ \t]{0,60}(?:(?:UNCLASSIFIED|CONFIDENTIAL|SECRET)[ \t]{1,4})?U\.S\.[ \t]Department[ \t]of[ \t]State[ \t]Case[ \t]No\.[ \t]{0,3}\S{1,20}[ \t]{1,4}Doc[ \t]No\.[ \t]{0,3}\S{1,20}[ \t]{1,4}Date:[ \t]{0,3}\S{1,12}[ \t]*$/;

/**
 * True for a copy's page footer (`PAGE_FOOTER`) or a FOIA case line (`isFoiaCaseLine`). Asked of every body line (and of
 * the preamble's lines at a page break): a line of at most 140 characters opening with a `P` or a classification word's
 * first letter (after spaces), or the case line's words, are the pre-tests.
 */
export function isPageFooter(text: string): boolean {
  if (text.length <= 140) {
    const c = text.charCodeAt(skipWhitespace(text)) | 0x20;
    // (A `P` opening it, or a classification word's first letter: `UNCLASSIFIED   Page 2 of 3`.)
    if ((c === 112 || c === 117 || c === 99 || c === 115 || c === 108) && PAGE_FOOTER.test(text)) return true;
  }
  return isFoiaCaseLine(text);
}

/** True for a FOIA release's case line (`FOIA_CASE_LINE`); a length bound and its words `Case No.` are the pre-tests. */
export function isFoiaCaseLine(text: string): boolean {
  return text.length <= 140 && text.indexOf('Case No.') >= 0 && FOIA_CASE_LINE.test(text);
}

/**
 * The first half of a FOIA case line wrapped over two lines (`isFoiaCaseLine`): `UNCLASSIFIED U.S. Department of State
 * Case No. F-2010-02216 Doc No.`, and its second half, `C05240117 Date: 11/04/2011`. Anchored, bounded.
 */
const FOIA_CASE_HEAD = /^[ \t]{0,60}(?:(?:UNCLASSIFIED|CONFIDENTIAL|SECRET)[ \t]{1,4})?U\.S\.[ \t]Department[ \t]of[ \t]State[ \t]Case[ \t]No\.[ \t]{0,3}\S{1,20}(?:[ \t]{1,4}Doc[ \t]No\.)?[ \t]*$/;
const FOIA_CASE_TAIL = /^[ \t]{0,60}(?:Doc[ \t]No\.[ \t]{0,3})?\S{1,20}[ \t]{1,4}Date:[ \t]{0,3}\S{1,12}[ \t]*$/;

/** True for a FOIA case line wrapped over two lines, `text` and `next` (`FOIA_CASE_HEAD`, `FOIA_CASE_TAIL`); its words `Case No.` are the pre-test. */
export function isWrappedFoiaCaseLine(text: string, next: string): boolean {
  return text.indexOf('Case No.') >= 0 && FOIA_CASE_HEAD.test(text) && FOIA_CASE_TAIL.test(next);
}
