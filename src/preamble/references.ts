/**
 * The REF block of the preamble: references to other cables and documents.
 *
 * ```
 * REF: A) 09 STATE 125262        -> label A, 09STATE125262
 *  B) STATE 6668                 -> label B, year from the citing cable: 10STATE6668
 * ```
 *
 * The block is split into tokens (words, numbers, single punctuation characters) and scanned
 * once, left to right: pure functions, linear time, never throwing.
 */

import type { Reference, ReferenceKind } from '../model/cable.js';
import { buildReferenceId, canonicalizeStation } from './reference-id.js';
import { findPageMarker } from '../body/page-markers.js';
import { isAsciiDigitCode, isAsciiUpperCode, isBlank } from '../text/source-line.js';

/**
 * Where a reference without year takes its year from.
 *
 * @inline
 */
export interface ReferenceContext {
  /** Year of the citing cable: `2010` or `10`. */
  year?: number;
  /** Reference id of the citing cable (`'10ASTANA270'`); its first two digits are the year. */
  referenceId?: string;
  /**
   * Date of the citing cable, ISO (`'2010-01-04'`, `'2010-01-04T16:58'`): a serial too large for that day of
   * the year (`STATE 130969` cited on 4 January) is of the year before.
   */
  date?: string;
  /**
   * The citing cable's own post and serial from its banner (`UNCLAS SECTION 01 OF 02 ASTANA 000270`: `'ASTANA'`, `'000270'`),
   * when there is no `referenceId`: a cable of that post with a larger serial is of the year before.
   */
  post?: string;
  serial?: string;
  /**
   * The station of the citing cable's one action addressee (`'BONN'` for `TO AMEMBASSY BONN`, `'STATE'` for
   * `TO SECSTATE WASHDC`): `REF: YOURTEL 19920` is a telegram of that station. Without it such a reference has no id.
   */
  addressee?: string;
}

// ---------------------------------------------------------------------------------------------
// Cutting the block out of its surroundings

// A line that starts the next field or the body, ending the REF block:
//   `Classified By: ...`   `Classif...` (archive-truncated)   `SUMMARY`   `-------`   `1.  (U) ...`
//   `¶1. ...` (not `¶A. ISLAMABAD 21222`: a page's anchor before a list label)   `E.O. 12958`   `TAGS: ...`   `SUBJECT: ...`   `(SBU) text`, `(U) text`, `(C/NF) text`
//   `SENSITIVE BUT UNCLASSIFIED`, `SIPDIS`, `NOFORN`, `CORRECTED COPY` (handling lines)
// (`(C)` and `(S)` are not here: they can be list labels; see the blank-line rule in the scanner.)
// Anchored; each alternative starts with a distinct literal and its repeats are bounded or end the match.
const STOP_LINE =
  /^[ \t]*(?:CLASSIF|SUMMARY|-{3}|\d{1,2}\.(?:[ \t]|$)|¶(?![A-Z][.)])|E\.[ \t]?O\.|TAGS?\b|SUBJ|SENSITIVE\b|SIPDIS\b|NOFORN\b|CORRECTED\b|\((?:U|SBU|TS|LOU|[CS]\/{1,2}NF|SBU\/NF|U\/\/FOUO)\))/i;

// A field reflowed onto a REF line: `REF: STATE 74896  Classified By: ...`,
// `B. LONDON 2199  NOTE:  FOR TECHNICAL REASONS ...`, `... 1. (C) Summary ...`, `... ------- SUMMARY`.
const INLINE_STOP =
  /\s(?:CLASSIFIED[ \t]?BY|Classif\.\.\.|NOTE:|END[ \t]NOTE|-{3}|SUMMARY[ \t]?:|\d{1,2}\.[ \t]{1,3}\((?:[UC]|SBU|S|TS)(?:\/{1,2}[A-Z]{1,6})?\))/i;

/**
 * The body reflowed onto a REF line, after the references (what the preamble reader hands to
 * the body): a numbered paragraph with its marking after any space
 * (`REF: STATE 1234 1. (C) Summary ...`), paragraph 1 without marking after two or more
 * spaces (`REF: 09 State 124006   1.  In response to reftel, ...`), a `SUMMARY:` heading or
 * a rule (`REF: STATE 1234  ------- SUMMARY`). Anchored on a space; bounded repeats.
 */
const INLINE_BODY =
  /\s(?:-{3}|SUMMARY[ \t]?:|\u00b6?\d{1,2}\.[ \t]{1,3}\((?:[UC]|SBU|S|TS)(?:\/{1,2}[A-Z]{1,6})?\))|[ \t]{2}\u00b6?1\.[ \t]{1,3}[A-Z(]/i;

/** Where the body starts inside a line of a REF block (`referenceBodyStart`). */
export interface ReferenceBodyStart {
  /** Index of the body's first character in the line. */
  body: number;
  /** The page marker between the references and the body (`LONDON 00000092  001.3 OF 012`), or `null`. */
  marker: { start: number; end: number } | null;
}

/**
 * Where the body starts inside a line of a REF block, after some reference text, or `null`:
 * at a paragraph reflowed after the references (`INLINE_BODY`), also after a page marker
 * (`REF: 09 State 124006  LONDON 00000092  001.3 OF 012   1.  In response ...`: the body
 * starts at `1.`, the marker is reported). A marker followed by more of the list
 * (`L) STATE 90303 STATE 00016219 001.2 OF 005 M) STATE 7877`) or by nothing starts no body;
 * neither does a paragraph with nothing but the keyword before it.
 */
export function referenceBodyStart(line: string): ReferenceBodyStart | null {
  let found: ReferenceBodyStart | null = null;
  const marker = findPageMarker(line);
  const before = marker === null ? line : line.slice(0, marker.start);
  const inline = INLINE_BODY.exec(before);
  if (inline !== null) {
    // The match begins with the whitespace before the paragraph: the body starts after it.
    found = { body: inline.index + (inline[0].length - inline[0].trimStart().length), marker: null };
  } else if (marker !== null && marker.start > 0 && isWhitespaceAt(line, marker.start - 1)) {
    let k = marker.end;
    while (k < line.length && isWhitespaceAt(line, k)) k++;
    // A paragraph after the marker: `001.3 OF 012   1.  In response ...`, `... 001.2 OF 003 1. (C) Summary`.
    if (opensParagraph(line.slice(k, k + 40))) {
      found = { body: k, marker: { start: marker.start, end: marker.end } };
    }
  }
  if (found === null) return null;
  const cut = found.marker?.start ?? found.body;
  // Some reference text before the cut, not only the keyword: `REF:   1. (C) ...` starts no body here.
  const toks = tokenize(line.slice(0, cut));
  return cut > 0 && skipKeywords(toks, 0) < toks.length ? found : null;
}

/**
 * Whether text after a page marker opens a paragraph: a number label (`1.  In response ...`,
 * `¶2. (C) ...`) or a portion marking (`(C) Summary`). Anchored, bounded.
 */
function opensParagraph(after: string): boolean {
  return /^\u00b6?\d{1,2}\.[ \t]/.test(after) || (after.charCodeAt(0) === 40 && /^\((?:[UC]|SBU|S|TS)(?:\/{1,2}[A-Z]{1,6})?\)[ \t]/i.test(after));
}

function isWhitespaceAt(text: string, index: number): boolean {
  return isSpaceCode(text.charCodeAt(index));
}

/**
 * A REF field opening a numbered list: `REF: 1. MANILA 4410`, `REFS:  1. STATE 48120`
 * (the keyword, its colon or period, then `1.` and a space). Anchored; bounded repeats.
 */
const NUMBERED_REF_START = /^[ \t]{0,8}REF(?:S|TELS?|\(S\))?[ \t]?[:.]?[ \t]{0,4}1\.[ \t]/i;

/**
 * A line opening with a numbered list label before reference text: `     2. STATE 48120` gives 2;
 * not a paragraph with its marking (`2. (C) ...`) nor a number alone. Else 0. Anchored; bounded repeats.
 */
const NUMBERED_ITEM = /^[ \t]{0,12}(\d{1,2})\.[ \t]{1,4}[A-Z0-9]/i;

function numberedItemAt(line: string): number {
  const m = NUMBERED_ITEM.exec(line);
  return m === null ? 0 : Number(m[1]);
}

/**
 * Whether `line` goes on the numbered REF list whose lines so far are `texts` (for the preamble
 * reader, where a numbered line otherwise starts the body): the list opens with `REF: 1.` and the
 * line opens with its next number, before reference text: `REF: 1. MANILA 4410` / `     2. STATE 48120`.
 * Not `2. (C) ...` (a paragraph). Reads the list's lines once.
 */
export function continuesNumberedReferences(texts: readonly string[], line: string): boolean {
  const first = texts[0];
  // Cheap pre-tests: the line opens with a digit (after blanks), the field with `REF`.
  const c = line.trimStart().charCodeAt(0);
  if (first === undefined || !isAsciiDigitCode(c) || !NUMBERED_REF_START.test(first)) return false;
  const at = numberedItemAt(line);
  if (at < 2) return false;
  let next = 1;
  for (const t of texts) next = numberedLabelsAfter(t, next);
  return at === next;
}

/**
 * The number the next label of a numbered list takes after `line`: each label `N.` in the line
 * (after the start, a space or the keyword's colon), read in order, that is the one expected
 * moves it on: `REF: 1. MANILA 4410 2. STATE 48120` from 1 gives 3. One pass over the line.
 */
function numberedLabelsAfter(line: string, expected: number): number {
  let next = expected;
  // `1. `, ` 2. `, `:1. ` (a label of one or two digits after the start, a blank or a colon; bounded).
  const label = /(?:^|[\s:])(\d{1,2})\.[ \t]/g;
  for (let m = label.exec(line); m !== null; m = label.exec(line)) if (Number(m[1]) === next) next++;
  return next;
}

/** True when `line` closes a parenthesis that `previous` (the line above it) leaves open: `(DESIGNATIONS UNDER` / `E.O. 13224)`. */
export function closesOpenParenthesis(previous: string, line: string): boolean {
  return previous.lastIndexOf('(') > previous.lastIndexOf(')') && line.indexOf(')') > 0 && line.indexOf(')') < (line.indexOf('(') >>> 0);
}

/**
 * A word that would end the REF block at a line's start but may open a lettered entry's wrapped line: a title's
 * `SUMMARY` (not the body's `SUMMARY:` heading), an order's number without its colon (`E.O. 13382 DESIGNATIONS`, not
 * `E.O. 12958: DECL: ...`), a reference's own `SUBJ`. Anchored, bounded blanks.
 */
const WRAPPED_STOP_WORD = /^[ \t]{0,12}(?:SUMMARY(?![ \t]{0,3}[:.-])|E\.[ \t]?O\.[ \t]?\d{4,5}(?![\d:,;]|[ \t]{1,3}[:,;])|SUBJ)/i;
/** A letter label opening a line: `     C. ABU DHABI 1402`, `(C) ...`, `C) ...` (group 1 the letter; anchored, bounded). */
const LETTER_LABEL_LINE = /^[ \t]{0,12}\(?([A-Z])[.)][ \t]/;

/**
 * True when `line`, right under the block's lines so far (`read`, no blank line between), is an entry's wrapped rest
 * although it opens with a word that ends the block (`WRAPPED_STOP_WORD`): the line under it (`next`) opens the
 * list's next letter, after the letter the block already holds:
 *
 *     REF: A. STATE 112834
 *          B. TREASURY PRESS RELEASE HP-1203 OF OCTOBER 22 ON
 *          E.O. 13382 DESIGNATIONS                                <- B's text
 *          C. ABU DHABI 1402 (NOTAL)
 *
 * One anchored test per line, one bounded search of the block.
 */
export function wrapsBeforeNextLabel(read: string, line: string, next: string | undefined): boolean {
  if (next === undefined || !WRAPPED_STOP_WORD.test(line)) return false;
  const label = LETTER_LABEL_LINE.exec(next)?.[1];
  if (label === undefined || label === 'A') return false;
  const before = String.fromCharCode(label.charCodeAt(0) - 1);
  // (The letter before it labels an entry read above: after the start, a blank or the keyword's colon.)
  return new RegExp(`(?:^|[\\s:])\\(?${before}[.)]\\s`).test(read);
}

/**
 * Cut the REF block: drop page-marker lines (as blank lines), stop at a line starting another
 * field, and stop at a field reflowed into a line. A numbered list goes on at a line opening with
 * its next number (`REF: 1. MANILA 4410` / `     2. STATE 48120`), not after a blank line.
 */
function cutBlock(text: string): string {
  // Lines end with `\n` or `\r\n` (Windows files), or a lone `\r`.
  const lines = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  let content = false;
  // A numbered list (`REF: 1. MANILA 4410`): the number its next line label would have, else 0.
  let nextNumber = 0;
  let blankBefore = false;
  let previous = '';
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n] as string;
    // `REF: A. BERN 1593 \`: some archives end every line with a backslash.
    let line = raw.includes('\\') ? raw.replace(/\\(?=\s|$)/g, ' ') : raw;
    if (isBlank(line)) {
      out.push('');
      blankBefore = true;
      continue;
    }
    // (Not an order that closes the parenthesis the line before left open: `A. STATE 48213 (DESIGNATIONS UNDER` /
    // `E.O. 13224)`; nor an entry's wrapped rest over the list's next letter: `wrapsBeforeNextLabel`.)
    if (
      content &&
      STOP_LINE.test(line) &&
      !(nextNumber > 0 && !blankBefore && numberedItemAt(line) === nextNumber) &&
      !(!blankBefore && (closesOpenParenthesis(previous, line) || wrapsBeforeNextLabel(out.join('\n'), line, lines[n + 1])))
    )
      break;
    previous = line;
    if (!content && NUMBERED_REF_START.test(line)) nextNumber = 1;
    if (nextNumber > 0) nextNumber = numberedLabelsAfter(line, nextNumber);
    blankBefore = false;
    // A page's paragraph anchor before a list label is no reference text: `¶A. ISLAMABAD 21222 B. PESHAWAR 653`,
    // `REF: ¶A. STATE 1234` (after the start, a space or the keyword's colon; fixed-width look-ahead).
    if (line.includes('\u00b6')) line = line.replace(/(^|[\s:])\u00b6(?=[A-Z][.)])/g, '$1 ');
    let stop = false;
    let marker = findPageMarker(line);
    if (marker !== null && isBlank(line.slice(0, marker.start))) {
      // `ASTANA 00000270  001.3 OF 002` on its own line: a page break inside the block.
      out.push('');
      continue;
    }
    // A page marker inside a reflowed list, the list going on after it (the marker is skipped):
    //   `K) STATE 115243 L) STATE 90303 STATE 00016219 001.2 OF 005 M) STATE 7877 N) SINGAPORE 00083`
    // A paragraph after it (`... 001.3 OF 012   1.  In response ...`) or nothing ends the block.
    // Each round searches on after the last marker: linear in the line.
    let read = '';
    while (marker !== null) {
      const before = line.slice(0, marker.start);
      const rest = line.slice(marker.end).trimStart();
      if (rest === '' || opensParagraph(rest.slice(0, 40))) {
        line = before;
        stop = true;
        break;
      }
      read += `${before} `;
      line = rest;
      marker = findPageMarker(line);
    }
    if (read !== '') line = read + line;
    const inline = INLINE_STOP.exec(line);
    if (inline !== null) {
      line = line.slice(0, inline.index);
      stop = true;
    }
    out.push(line);
    content = true;
    if (stop) break;
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Tokens

type TokKind = 'word' | 'num' | 'punct';

interface Tok {
  text: string;
  kind: TokKind;
  start: number;
  end: number;
  /** Whitespace (or the start of the block) precedes the token. */
  space: boolean;
  /** A line break precedes the token. */
  newline: boolean;
  /** A blank line precedes the token. */
  blank: boolean;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0;
}

function tokenize(s: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  let space = true;
  let newlines = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) {
      if (c === 10) newlines++;
      space = true;
      i++;
      continue;
    }
    let j = i + 1;
    let kind: TokKind = 'punct';
    if (isLetterCode(c)) {
      kind = 'word';
      while (j < s.length && isLetterCode(s.charCodeAt(j))) j++;
    } else if (isAsciiDigitCode(c)) {
      kind = 'num';
      while (j < s.length && isAsciiDigitCode(s.charCodeAt(j))) j++;
    }
    const first = toks.length === 0;
    toks.push({ text: s.slice(i, j), kind, start: i, end: j, space, newline: newlines >= 1 && !first, blank: newlines >= 2 && !first });
    space = false;
    newlines = 0;
    i = j;
  }
  return toks;
}

// ---------------------------------------------------------------------------------------------
// Cable references: `[YY] STATION SERIAL`

/** Words that cannot begin a station name: `PARA 4`, `SEE STATE 1`, `NO 12` (no station holds `NOT_STATION_WORDS` anywhere: `LAW 443`, `RESOLUTION 1887`). */
const NOT_FIRST_WORDS: ReadonlySet<string> = new Set([
  'AND', 'ANNEX', 'ARTICLE', 'AS', 'AT', 'BY', 'CHAPTER', 'EO', 'FOR', 'FROM', 'IN', 'ITEM',
  'ITEMS', 'LINE', 'NO', 'NOTAL', 'NR', 'NUM', 'NUMBER', 'OF', 'ON', 'OR', 'PER',
  'REF', 'REFS', 'REFTEL', 'REFTELS', 'SECTION', 'SECTIONS', 'SEE', 'TAB',
  'TO', 'UNSCR', 'VOL', 'VOLUME',
  // Statutes and regulations: `INA 212(a)(6)(C)(i)`, `8 USC 1182`, `22 CFR 41.31`, the Federal Register `74 FR 18245`.
  'INA', 'USC', 'CFR', 'FR',
  // Numbers of economic reporting: a fiscal year `FY 2012 MSP`, a tariff line `HTS 8703`, a reporting requirement `CERP 0010`;
  // a public law (`PL 480 TITLE II TRANSFER AUTHORIZATION`, the food aid law).
  'FY', 'HTS', 'CERP', 'PL',
]);

/** Words that cannot appear in a station name: dates (`07 JUN 2006`) and document words (`DAILY DIGEST`). */
const NOT_STATION_WORDS: ReadonlySet<string> = new Set([
  'JAN', 'JANUARY', 'FEB', 'FEBRUARY', 'MAR', 'MARCH', 'APR', 'APRIL', 'MAY', 'JUN', 'JUNE',
  'JUL', 'JULY', 'AUG', 'AUGUST', 'SEP', 'SEPT', 'SEPTEMBER', 'OCT', 'OCTOBER', 'NOV',
  'NOVEMBER', 'DEC', 'DECEMBER', 'DAILY', 'DIGEST', 'REPORT', 'REPORTS', 'EMAIL', 'EMAILS',
  'MAIL', 'MAILS', 'TELCON', 'TELCONS', 'MEMCON', 'MEMCONS', 'FAM', 'FAH', 'MANUAL', 'MANUALS', 'HANDBOOK', 'IIR', 'FBIS', 'TD',
  'PARA', 'PARAS', 'PARAGRAPH', 'PARAGRAPHS', 'PAGE', 'PAGES', 'DATED',
  // `BONN 21140 DTD 12 MAY 87`: the date's lead word, never a station with a serial `12`.
  'DTD', 'DTG',
  // Documents of other kinds numbered as a cable is: `FOREIGN OFFICE NOTE VERBALE 512`, `LEGISLATIVE DECREE 662`,
  // `EXECUTIVE ORDER 13224`, `UN SECURITY COUNCIL RESOLUTION 1874`, `CIRCULAR 175 MEMORANDUM`, `MINISTRY LETTER 45`
  // (a reader takes none of these for a telegram's station).
  'NOTE', 'NOTES', 'VERBALE', 'DECREE', 'DECREES', 'ORDER', 'ORDERS', 'RESOLUTION', 'RESOLUTIONS', 'COUNCIL', 'CIRCULAR',
  'MEMORANDUM', 'MEMO', 'LETTER', 'LETTERS', 'LAW', 'LAWS', 'ACT', 'BILL', 'TREATY', 'CONVENTION', 'PROTOCOL', 'DIRECTIVE',
  'REGULATION', 'DIPLOMATIC', 'EXECUTIVE', 'LEGISLATIVE', 'PRESIDENTIAL',
  // A Security Council resolution named anywhere in the words before the number: `DEMARCHE ON UNSCR 1718` (a subject's
  // wrapped line opening with `REF A`, not a telegram of `DEMARCHE ON UNSCR`).
  'UNSCR',
  // Numbered documents of trade and finance: `OPIC CONTRACT 1234`, `MIGA GUARANTEE 2008`, `BOK BULLETIN 245`, `HTS
  // HEADING 8703`, `WTO DISPUTE 316`, `EXIM BANK TRANSACTION 83456`, `FEDERAL REGISTER NOTICE 1234`.
  'CONTRACT', 'CONTRACTS', 'GUARANTEE', 'BULLETIN', 'SURVEY', 'NOTICE', 'HEADING', 'DISPUTE', 'TRANSACTION', 'REGISTER',
  // Decisions, releases, ordinances and notes of governments and organizations: `PC DECISION 872`, `PRESS RELEASE 212`,
  // `GOVERNMENT EMERGENCY ORDINANCE 31`, `EMBASSY DIPNOTE 187`, `INFCIRC 153`, `AGREEMENT 12`.
  'DECISION', 'DECISIONS', 'RELEASE', 'RELEASES', 'ORDINANCE', 'DIPNOTE', 'DIPNOTES', 'INFCIRC', 'AGREEMENT', 'AGREEMENTS',
]);

interface CableMatch {
  /** Token index of the first token (year or station). */
  from: number;
  /** Token index after the serial. */
  to: number;
  /** Two-digit year written in the reference, or `null`. */
  year: string | null;
  /** Station words joined by one space, upper case. */
  station: string;
  /** Serial as written. */
  serial: string;
}

/**
 * Whether the serial at `toks[k]` ends cleanly: not followed (without space) by another
 * number, a letter, `/` (`02/22/10` is a date), a decimal point (`41.31`), a single hyphen
 * (`123-4`) or a subsection in brackets (`212(a)`). A glued list label (`021770B.`) is fine, and so is `--`.
 */
function serialEndsCleanly(toks: readonly Tok[], k: number, end: number): boolean {
  const next = toks[k + 1];
  if (next === undefined || k + 1 >= end || next.space) return true;
  if (next.kind === 'num') return false;
  if (next.kind === 'word') {
    const after = toks[k + 2];
    return next.text.length === 1 && after !== undefined && !after.space && (after.text === '.' || after.text === ')');
  }
  const after = toks[k + 2];
  const gluedAfter = after !== undefined && !after.space && k + 2 < end;
  if (next.text === '/') return false;
  if (next.text === '.' || next.text === ',' || next.text === ':') return !(gluedAfter && after.kind === 'num');
  if (next.text === '-') return gluedAfter && after.text === '-';
  // A statute's subsection glued on, `212(a)`, `1182(a)(6)`: a section number, no serial (not `123456(NOTAL)`).
  if (next.text === '(' && gluedAfter && after.text.length <= 2 && toks[k + 3]?.text === ')') return false;
  return true;
}

/** Serial digits: 1-8 written, 1-6 significant, not all zeros. */
function validSerial(digits: string): boolean {
  if (digits.length > 8) return false;
  // `000270` -> `270`
  const significant = digits.replace(/^0+/, '');
  return significant.length >= 1 && significant.length <= 6;
}

/** Two-digit year of a year token (`09`, `2009`), or `null` when the token is not a year. */
function yearOf(tok: Tok | undefined): string | null {
  if (tok === undefined || tok.kind !== 'num') return null;
  if (tok.text.length === 2) return tok.text;
  if (tok.text.length === 4 && (tok.text.startsWith('19') || tok.text.startsWith('20'))) return tok.text.slice(2);
  return null;
}

/** Words that end a document's title: `2009 SPECIAL 301 REPORT`, `BEA 2008 SURVEY`, `FY 2012 COUNTRY COMMERCIAL GUIDE`. */
const TITLE_END_WORDS: ReadonlySet<string> = new Set(['REPORT', 'REPORTS', 'SURVEY', 'BULLETIN', 'GUIDE', 'PLAN', 'STRATEGY', 'ASSESSMENT', 'REVIEW', 'INDEX']);

/** Tokens read after a serial for the rest of a document's title (`ARTICLE IV REPORT`): a bound. */
const TITLE_REACH = 6;

/**
 * Whether a cable match is the start of a document's title: its number a year or of one to three digits, and words
 * right after it reaching a title's last word before any punctuation: `IMF 2008 ARTICLE IV REPORT`, `USTR SUPER 301
 * REPORT OF MAY 25`, `USTR 2010 SPECIAL 301 REPORT` (not `09 BONN 1234 ANNUAL REPORT`, a four-digit serial: a cable).
 */
function titlesDocument(toks: readonly Tok[], m: CableMatch, end: number): boolean {
  const serial = m.serial;
  if (!(serial.length <= 3 || (serial.length === 4 && (serial.startsWith('19') || serial.startsWith('20'))))) return false;
  for (let k = m.to; k < end && k < m.to + TITLE_REACH; k++) {
    const t = toks[k] as Tok;
    if (!t.space || t.kind === 'punct') return false;
    if (t.kind === 'word') {
      const w = t.text.toUpperCase();
      if (TITLE_END_WORDS.has(w)) return true;
      if (NOT_FIRST_WORDS.has(w) && w !== 'ARTICLE' && w !== 'CHAPTER' && w !== 'SECTION') return false;
    }
  }
  return false;
}

/** Words counting a cable's paragraphs before it in a REF entry. */
const PARAGRAPH_WORDS: ReadonlySet<string> = new Set(['PARA', 'PARAS', 'PARAGRAPH', 'PARAGRAPHS']);

/** Tokens of a paragraph count read before the cable it cites: a bound. */
const PARAGRAPH_COUNT_REACH = 10;

/**
 * The token after a paragraph count opening an entry (`PARA 4, `, `PARAS 2 AND 3, `, `PARA 5 OF `), where the cited
 * cable starts; `from` when the entry opens otherwise.
 */
function afterParagraphCount(toks: readonly Tok[], from: number, end: number): number {
  const first = toks[from];
  if (first === undefined || first.kind !== 'word' || !PARAGRAPH_WORDS.has(first.text.toUpperCase())) return from;
  let k = from + 1;
  let numbers = 0;
  while (k < end && k < from + PARAGRAPH_COUNT_REACH) {
    const t = toks[k] as Tok;
    if (t.kind === 'num') numbers++;
    else if (!(t.text === ',' || t.text === '-' || t.text === '&' || (t.kind === 'word' && /^(?:AND|OF)$/i.test(t.text)))) break;
    k++;
  }
  return numbers > 0 ? k : from;
}

/** Offices whose telegram a possessive names, and the word a post cites it by: `DEPARTMENT'S 1234` is `DEPTEL 1234`. */
const POSSESSIVE_TELEGRAMS: ReadonlyMap<string, string> = new Map([
  ['DEPARTMENT', 'DEPTEL'],
  ['DEPT', 'DEPTEL'],
  ['EMBASSY', 'EMBTEL'],
  ['CONSULATE', 'CONTEL'],
  ['MISSION', 'MISSIONTEL'],
]);

/** Match `[YY] STATION SERIAL` starting at token `i`, not reading past `end`. */
function matchCable(toks: readonly Tok[], i: number, end: number): CableMatch | null {
  let j = i;
  const year = yearOf(toks[j]);
  if (year !== null) {
    const next = toks[j + 1];
    // `09 STATE`, `10SHENYANG`: the year is followed by the station, with or without space.
    if (next === undefined || next.kind !== 'word' || j + 1 >= end) return null;
    j++;
  }
  const words: string[] = [];
  let possessive = false;
  while (j < end) {
    const t = toks[j];
    if (t === undefined || t.kind !== 'word') break;
    if (words.length > 0 && !t.space) break;
    let word = t.text;
    j++;
    // `PORT-AU-PRINCE`: hyphen-joined words (at most 3 hyphens, which keeps each match bounded).
    for (let hyphens = 0; ; hyphens++) {
      const dash = toks[j];
      const part = toks[j + 1];
      if (dash?.text !== '-' || dash.space || part === undefined || part.kind !== 'word' || part.space || j + 1 >= end) break;
      if (hyphens === 3) return null;
      word += `-${part.text}`;
      j += 2;
    }
    // `SANA'A`, `N'DJAMENA`: a post's name spelled with an apostrophe inside, which its station leaves out (`10SANAA247`);
    // not a possessive (`DEPARTMENT'S 1234`).
    const mark = toks[j];
    const rest = toks[j + 1];
    if ((mark?.text === "'" || mark?.text === '\u2019') && !mark.space && rest !== undefined && rest.kind === 'word' && !rest.space && j + 1 < end) {
      if (rest.text !== 's' && rest.text !== 'S') {
        word += rest.text;
        j += 2;
      } else if (toks[j + 2]?.kind === 'num' && toks[j + 2]?.space === true) {
        // `KARACHI'S 1874`: the post's telegram in the possessive of the 1960s, as `DEPTEL 1234` is the Department's;
        // `DEPARTMENT'S 1234` is a DEPTEL, `EMBASSY'S 1234` an EMBTEL.
        word = POSSESSIVE_TELEGRAMS.get(word.toUpperCase()) ?? word;
        possessive = true;
        j += 2;
      }
    }
    words.push(word.toUpperCase());
    if (words.length > 4 || possessive) break;
    // `St. Petersburg 112`: the abbreviation's period inside the post's name, which its station leaves out (`STPETERSBURG`).
    const dot = toks[j];
    const nextWord = toks[j + 1];
    if (dot?.text === '.' && !dot.space && nextWord !== undefined && nextWord.kind === 'word' && nextWord.space && j + 1 < end && /^STE?$/i.test(word)) j++;
  }
  if (words.length > 4) return null;
  if (words.length === 0) return null;
  const serialTok = toks[j];
  if (serialTok === undefined || j >= end || serialTok.kind !== 'num' || !validSerial(serialTok.text)) return null;
  // A number glued to the last of several words is a document's code, not a serial: `WTO DISPUTE DS316`, `EXIM BANK
  // TRANSACTION AP083456` (a station of one word may touch its serial: `STATE123456`).
  if (!serialTok.space && words.length >= 2) return null;
  // (A possessive before a number that a word follows names no telegram: `PRESIDENT'S 2010 BUDGET`.)
  const afterSerial = toks[j + 1];
  if (possessive && afterSerial !== undefined && j + 1 < end && afterSerial.kind === 'word') return null;
  if (!serialEndsCleanly(toks, j, end)) return null;
  if (NOT_FIRST_WORDS.has(words[0] ?? '')) return null;
  for (const w of words) {
    for (const part of w.split('-')) if (NOT_STATION_WORDS.has(part)) return null;
  }
  const station = words.join(' ');
  // At least two letters: `KL 1016` is a station, `A 12` is not.
  if (station.replace(/[^A-Z]/g, '').length < 2) return null;
  return { from: i, to: j + 1, year, station, serial: serialTok.text };
}

/** Month words of a date written after a reference (`24 SEP 2009`, `SEPTEMBER 24, 2009`), upper case. */
const MONTH_WORDS: ReadonlySet<string> = new Set([
  'JAN', 'JANUARY', 'FEB', 'FEBRUARY', 'MAR', 'MARCH', 'APR', 'APRIL', 'MAY', 'JUN', 'JUNE', 'JUL', 'JULY', 'AUG', 'AUGUST',
  'SEP', 'SEPT', 'SEPTEMBER', 'OCT', 'OCTOBER', 'NOV', 'NOVEMBER', 'DEC', 'DECEMBER',
]);

/** Words (and punctuation) that may stand between a serial and its date: `STATE 1234 (DTD 24 SEP 2009)`, `STATE 1234, DATED ...`. */
const DATE_LEAD_WORDS: ReadonlySet<string> = new Set(['(', ',', 'DTD', 'DATED', 'OF', 'ON', 'DTG', ':']);

function isMonthTok(t: Tok | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.text.length >= 3 && MONTH_WORDS.has(t.text.toUpperCase());
}

/**
 * True when tokens `i` to `i + 4` are a date in figures, month first, nothing spaced: `11/28/06`, `9/24/2009` (a month of
 * 1-12, a day of 1-31, a year of two or four digits).
 */
function isNumericDate(toks: readonly Tok[], i: number, end: number): boolean {
  if (i + 4 >= end) return false;
  const m = toks[i] as Tok;
  const d = toks[i + 2] as Tok;
  const y = toks[i + 4] as Tok;
  const month = Number(m.text);
  return (
    m.kind === 'num' &&
    m.text.length <= 2 &&
    month >= 1 &&
    month <= 12 &&
    isDayTok(d) &&
    (y.kind === 'num' && (y.text.length === 2 || y.text.length === 4)) &&
    [1, 2, 3, 4].every((k) => !(toks[i + k] as Tok).space) &&
    (toks[i + 1] as Tok).text === '/' &&
    (toks[i + 3] as Tok).text === '/'
  );
}

function isDayTok(t: Tok | undefined): boolean {
  return t !== undefined && t.kind === 'num' && t.text.length <= 2 && Number(t.text) >= 1 && Number(t.text) <= 31;
}

/**
 * Two-digit year of a date written right after a reference's serial (tokens `[k, end)`), or `null`:
 *   `STATE 99488 24 SEP 2009`, `STATE 99488 24SEP09`      day, month, year (4 or 2 digits)
 *   `STATE 99488 (DTG 241530Z SEP 09)`                   a date-time group: `DDHHMMZ MON YY`
 *   `STATE 99488 DATED SEPTEMBER 24, 2009`                month, day, four-digit year
 *   `STATE 54321 OF 2008`                                 a four-digit year alone after `OF`
 * At most two lead words (`(`, `DTD`, `DATED`, `OF`, ...) before the date, and a date of at most
 * five tokens: a bounded look at the tokens after the serial. The date may not run on glued into
 * more digits (`24 SEP 2009/10` is no date).
 */
function writtenDateYear(toks: readonly Tok[], k: number, end: number): string | null {
  let i = k;
  let of = false;
  for (let lead = 0; lead < 2 && i < end && DATE_LEAD_WORDS.has((toks[i] as Tok).text.toUpperCase()); lead++) of = (toks[i++] as Tok).text.toUpperCase() === 'OF';
  const a = toks[i];
  let yearAt = -1;
  // A year alone after `OF`: `STATE 54321 OF 2008` (four digits); or alone in brackets: `STATE 98765 (2007)`.
  if (of && a !== undefined && a.kind === 'num' && a.text.length === 4) yearAt = i;
  else if (a !== undefined && a.kind === 'num' && a.text.length === 4 && toks[i - 1]?.text === '(' && toks[i + 1]?.text === ')') yearAt = i;
  // A month and a year: `MADRID 902 (MAY 2007)`, `ROME 77 OF MARCH 2008`.
  else if (isMonthTok(a) && toks[i + 1]?.kind === 'num' && toks[i + 1]?.text.length === 4 && i + 1 < end) yearAt = i + 1;
  // Day, month and year: three tokens at least.
  else if (a === undefined || i + 2 >= end) return null;
  else if (isDayTok(a) && isMonthTok(toks[i + 1])) yearAt = toks[i + 2]?.text === ',' ? i + 3 : i + 2;
  else if (a.kind === 'num' && a.text.length === 6 && toks[i + 1]?.text.toUpperCase() === 'Z' && toks[i + 1]?.space === false && isMonthTok(toks[i + 2])) yearAt = i + 3;
  // Month, day and year in figures, as US offices write them: `HANOI 3120 DTD 11/28/06`, `STATE 99488 (9/24/09)`.
  else if (isNumericDate(toks, i, end)) yearAt = i + 4;
  else if (isMonthTok(a) && isDayTok(toks[i + 1])) {
    yearAt = toks[i + 2]?.text === ',' ? i + 3 : i + 2;
    if (toks[yearAt]?.text.length !== 4) return null;
  }
  const y = toks[yearAt];
  if (yearAt < 0 || yearAt >= end || y === undefined || y.kind !== 'num') return null;
  const after = toks[yearAt + 1];
  if (after !== undefined && yearAt + 1 < end && !after.space && (after.kind !== 'punct' || after.text === '/' || after.text === '-')) return null;
  return yearOf(y);
}

// ---------------------------------------------------------------------------------------------
// Other references

/** Keyword words of non-cable references, upper case, with the kind they mark. */
const KIND_WORDS: ReadonlyMap<string, ReferenceKind> = new Map<string, ReferenceKind>([
  ['EMAIL', 'email'],
  ['EMAILS', 'email'],
  ['EMAILED', 'email'],
  ['TELCON', 'telcon'],
  ['TELCONS', 'telcon'],
  ['TELECON', 'telcon'],
  ['TELECONS', 'telcon'],
  ['PHONECON', 'telcon'],
  ['MEMCON', 'memcon'],
  ['MEMCONS', 'memcon'],
  ['FAM', 'manual'],
  ['FAH', 'manual'],
  // `DSCA MANUAL 5105.38-M`, `SECURITY ASSISTANCE MANAGEMENT MANUAL (SAMM)`, `CONSULAR HANDBOOK`.
  ['MANUAL', 'manual'],
  ['MANUALS', 'manual'],
  ['HANDBOOK', 'manual'],
  ['IIR', 'report'],
  ['FBIS', 'report'],
  ['INTSUM', 'report'],
  ['SITREP', 'report'],
  ['REPORT', 'report'],
  ['REPORTS', 'report'],
]);

/**
 * Kind of a non-cable reference, from its first keyword: `email` (`EMAIL`, `E-MAIL`),
 * `telcon` (`TELCON`, `TELEPHONE CONVERSATION`, `Phone call`), `memcon` (`MEMCON`, `MEMORANDUM OF
 * CONVERSATION`), `manual` (`9 FAM 41.31`, `FAH`, `DSCA MANUAL 5105.38-M`), `report` (`TD-314/...`, `IIR`, `FBIS`,
 * `REPORT`), else `other`.
 */
function classify(toks: readonly Tok[], from: number, to: number): ReferenceKind {
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t === undefined || t.kind !== 'word') continue;
    const w = t.text.toUpperCase();
    const kind = KIND_WORDS.get(w);
    if (kind !== undefined) return kind;
    const n1 = toks[k + 1];
    const n2 = toks[k + 2];
    const glued = n1 !== undefined && n2 !== undefined && !n1.space && !n2.space && k + 2 < to;
    // `SMITH E-MAIL`, `E-MAILS`
    if (w === 'E' && glued && n1.text === '-' && /^MAILS?$/i.test(n2.text)) return 'email';
    // `TD-314/00123-10`: an intelligence report.
    if (w === 'TD' && glued && n1.text === '-' && n2.kind === 'num') return 'report';
    const next = n1?.kind === 'word' && k + 1 < to ? n1.text.toUpperCase() : '';
    const third = n2?.kind === 'word' && k + 2 < to ? n2.text.toUpperCase() : '';
    // `TELEPHONE CONVERSATION(S)`, `MEMORANDUM OF CONVERSATION(S)`, `Memo of conversation`
    if ((w === 'TELEPHONE' || w === 'PHONE') && /^(?:CONVERSATIONS?|CALLS?)$/.test(next)) return 'telcon';
    if ((w === 'MEMORANDUM' || w === 'MEMO') && next === 'OF' && /^CONVERSATIONS?$/.test(third)) return 'memcon';
  }
  return 'other';
}

// ---------------------------------------------------------------------------------------------
// Labels and keywords

const REF_KEYWORDS: ReadonlySet<string> = new Set(['REF', 'REFS', 'REFTEL', 'REFTELS', 'REFERENCE', 'REFERENCES']);

/**
 * Skip REF keywords at token `i`: `REF:`, `REFS:`, `REFTEL:`, `REF(S):`, `REFTELS`, `REF.`,
 * repeated (`REF: REF: A) ...`). Returns the index after them (`i` when there is none).
 */
function skipKeywords(toks: readonly Tok[], i: number): number {
  let j = i;
  for (;;) {
    const t = toks[j];
    if (t === undefined || t.kind !== 'word' || !REF_KEYWORDS.has(t.text.toUpperCase())) return j;
    let k = j + 1;
    // `REF(S)`
    const p1 = toks[k];
    const p2 = toks[k + 1];
    const p3 = toks[k + 2];
    if (p1?.text === '(' && !p1.space && p2?.text.toUpperCase() === 'S' && !p2.space && p3?.text === ')' && !p3.space) k += 3;
    // `REF:`, `REF.`, `REF;` (a semicolon typed for the colon), `REF :` (a colon set off).
    const colon = toks[k];
    if (colon !== undefined && ((!colon.space && (colon.text === ':' || colon.text === '.' || colon.text === ';')) || (colon.text === ':' && !colon.newline))) k++;
    j = k;
  }
}

/** Classification words of a portion marking longer than one letter, and caveats after a slash: `(SBU)`, `(S/NF)`. */
const MARKING_WORDS: ReadonlySet<string> = new Set(['SBU', 'LOU', 'TS', 'U', 'C', 'S']);
const MARKING_CAVEATS: ReadonlySet<string> = new Set(['NF', 'REL', 'FOUO', 'SBU', 'OC', 'ORCON', 'NOFORN']);

/**
 * The token after a portion marking at `i` of more than one letter, or with a caveat: `(SBU)`, `(S/NF)`, `(C/NF)`, `(U/FOUO)`;
 * `-1` for anything else (a one-letter marking is read as a label first, see the caller). Bounded: five tokens.
 */
function compoundMarkingEnd(toks: readonly Tok[], i: number): number {
  const word = toks[i + 1];
  if (word === undefined || word.space || word.kind !== 'word' || !MARKING_WORDS.has(word.text.toUpperCase())) return -1;
  let k = i + 2;
  if (toks[k]?.text === '/' && toks[k]?.space === false) {
    const caveat = toks[k + 1];
    if (caveat === undefined || caveat.space || caveat.kind !== 'word' || !MARKING_CAVEATS.has(caveat.text.toUpperCase())) return -1;
    k += 2;
  } else if (word.text.length === 1) return -1;
  return toks[k]?.text === ')' && toks[k]?.space === false ? k + 1 : -1;
}

interface LabelMatch {
  /** Upper-cased label: `'A'`, `'12'`. */
  value: string;
  /** Token index after the label. */
  next: number;
  /** A number with a period (`1. MANILA 4410`): a label only in a numbered list (see `acceptsNumbered`). */
  dotted?: boolean;
}

function isLabelToken(t: Tok | undefined): boolean {
  if (t === undefined) return false;
  // A letter, or one written twice or three times past `Z` in a long list (`Z.`, `AA.`, `BB.`; see `successor`).
  return (t.kind === 'word' && (t.text.length === 1 || REPEATED_LETTER.test(t.text))) || (t.kind === 'num' && t.text.length <= 2);
}

/** A letter written two or three times: `AA`, `BBB` (anchored, bounded). */
const REPEATED_LETTER = /^([A-Za-z])\1{1,2}$/;

/**
 * A list label at token `i`: `A)`, `(A)`, `[A]`, `A.` (followed by a space), `A:`, `A-` or `A/` (followed by a space), `a)`, `(1)`, `1)`.
 * A number with a period (`1. MANILA 4410 2. STATE 48120`) is marked `dotted`: it is a label only
 * where a numbered list may stand (`acceptsNumbered`), else a paragraph number or text (`PARA 2.`).
 */
function matchLabel(toks: readonly Tok[], i: number): LabelMatch | null {
  const t = toks[i];
  if (t === undefined) return null;
  // `(A)`, and in square brackets `[A]`.
  if (t.text === '(' || t.text === '[') {
    const x = toks[i + 1];
    const c = toks[i + 2];
    // Glued to a number or a closing bracket, a statute's subsection: `INA 212(a)(6)(C)(i)` holds no label `(C)`.
    const before = t.space ? undefined : toks[i - 1];
    if (before !== undefined && (before.kind === 'num' || before.text === ')' || before.text === ']')) return null;
    if (isLabelToken(x) && x !== undefined && !x.space && c?.text === (t.text === '(' ? ')' : ']') && !c.space) {
      return { value: x.text.toUpperCase(), next: i + 3 };
    }
    return null;
  }
  if (!isLabelToken(t)) return null;
  const p = toks[i + 1];
  // `REF: A - ROME 7012` / `B - STATE 101234 (NOTAL)` (older cables): a single capital, then a hyphen set off by spaces.
  if (p !== undefined && p.space && p.text === '-' && t.kind === 'word' && t.text.length === 1 && isAsciiUpperCode(t.text.charCodeAt(0)) && toks[i + 2]?.space === true) {
    return { value: t.text, next: i + 2 };
  }
  if (p === undefined || p.space) return null;
  if (p.text === ')') return { value: t.text.toUpperCase(), next: i + 2 };
  if (t.kind === 'word' && (p.text === '.' || p.text === ':')) {
    const after = toks[i + 2];
    if (after === undefined || after.space) return { value: t.text.toUpperCase(), next: i + 2 };
    // Glued to its item, a capital label before a word of three capitals or more (a station, a redaction):
    // `REF: A.XXXXXXXXXXXX B.TRIPOLI 588` (not `U.S.`, `A.M.`: one letter after the dot), or before a cable's
    // citation: a station in mixed case and its serial (`A.Rabat 402`), a year, station and serial (`C.09 STATE 71204`).
    if (p.text === '.' && isAsciiUpperCode(t.text.charCodeAt(0)) && opensGluedItem(toks, i + 2)) return { value: t.text.toUpperCase(), next: i + 2 };
  }
  // `REF: A- STATE 112233 B- PARIS 14321`, `REF: A/ KINSHASA 3902 B/ STATE 288145` (older cables): a capital and a
  // hyphen or a slash, then a space (not `A/S`).
  if (t.kind === 'word' && (p.text === '-' || p.text === '/') && isAsciiUpperCode(t.text.charCodeAt(0))) {
    const after = toks[i + 2];
    if (after !== undefined && after.space) return { value: t.text, next: i + 2 };
    // Glued to a station and its serial: `A-ROME 7012` (a single capital; not `U-2`, `A/S`).
    if (p.text === '-' && t.text.length === 1 && after?.kind === 'word' && /^[A-Z]{3,}$/.test(after.text) && toks[i + 3]?.kind === 'num' && toks[i + 3]?.space === true) {
      return { value: t.text, next: i + 2 };
    }
  }
  // `1. MANILA 4410`: a number, a period, then a space (not `12.5`, not `STATE 12345.`: five digits are no label).
  if (t.kind === 'num' && p.text === '.') {
    const after = toks[i + 2];
    if (after !== undefined && after.space) return { value: String(Number(t.text)), next: i + 2, dotted: true };
  }
  return null;
}

/** How many tokens back from a separator `countedBefore` looks for the counting word (`PARAS 3, 4, 5 AND 6`). */
const COUNT_REACH = 12;

/**
 * Whether the separator at token `j` follows a count after the cable (numbers and separators back to a counting word,
 * not before token `from`): `PARAS 4 AND 5`, `PARA 23 AND 24`, `PARAS 3, 4 AND 6`. It joins counted things, not serials.
 */
function countedBefore(toks: readonly Tok[], j: number, from: number): boolean {
  let k = j - 1;
  // (Bounded: a long list of serials is walked back `COUNT_REACH` tokens from each separator at most.)
  while (k >= from && j - k <= COUNT_REACH && ((toks[k] as Tok).kind === 'num' || isSeparator(toks[k] as Tok))) k--;
  return k >= from && k < j - 1 && (toks[k] as Tok).kind === 'word' && COUNTED.has((toks[k] as Tok).text.toUpperCase());
}

/** Words after which a number with a period counts something, never a list label: `PARA 2.`, `MAY 1. 1986`. */
const COUNTING_WORDS: ReadonlySet<string> = new Set([
  'PARA', 'PARAS', 'PARAGRAPH', 'PARAGRAPHS', 'PAGE', 'PAGES', 'ITEM', 'ITEMS', 'SECTION', 'SECTIONS', 'ARTICLE', 'ANNEX', 'CHAPTER',
  'TAB', 'NO', 'NR', 'NUM', 'NUMBER', 'VOL', 'VOLUME', 'LINE', 'POINT', 'POINTS', 'OPTION', 'STEP', 'PHASE', 'RESOLUTION', 'AND', 'OR', 'TO',
]);

/** The counting words of `COUNTING_WORDS` that name things (no conjunction), and `TABLE`: `PARAS 4 AND 5`, `TABLE 1`. */
const COUNTED: ReadonlySet<string> = new Set([...COUNTING_WORDS].filter((w) => w !== 'AND' && w !== 'OR' && w !== 'TO').concat(['TABLE', 'TABLES']));

/**
 * Whether a number with a period at token `i` labels an item of a numbered REF list:
 * `REF: 1. MANILA 4410 2. STATE 48120` (or one per line). The list's first label is `1.` right
 * after the keyword; each later one is the next number after a numbered label (`lastDotted`),
 * not after a word that counts (`PARA 2.`) nor a month (`MAY 1. 1986`). A number after a serial
 * with its period and text (`STATE 12345. THIS IS ...`) has more than two digits: no label.
 */
function acceptsNumbered(toks: readonly Tok[], i: number, lab: LabelMatch, expected: string | null, firstContent: number, lastDotted: boolean): boolean {
  if (expected === null) return i === firstContent && lab.value === '1';
  if (!lastDotted || lab.value !== expected) return false;
  const prev = toks[i - 1];
  if (prev === undefined || prev.kind !== 'word') return true;
  const w = prev.text.toUpperCase();
  return !COUNTING_WORDS.has(w) && !MONTH_WORDS.has(w);
}

/** The label after `label` in its sequence: `A` -> `B`, `9` -> `10`. */
function successor(label: string): string {
  // Numeric labels `(1)`, `2)`: `9` -> `10`.
  if (/^\d+$/.test(label)) return String(Number(label) + 1);
  // Past `Z` the letters double, then triple: `Z` -> `AA`, `AA` -> `BB`, `ZZ` -> `AAA`.
  const c = label.charCodeAt(0);
  if (c === 90 || c === 122) return String.fromCharCode(c - 25).repeat(label.length + 1);
  return String.fromCharCode(c + 1).repeat(label.length);
}

// ---------------------------------------------------------------------------------------------
// Items

interface Item {
  label: string | null;
  from: number;
  to: number;
  /**
   * Tokens `[from, to)` that wrapped onto a line the page opened with the next label's anchor, and that
   * belong at the end of this item's text: `REF: A. (A) ISTANBUL 279 (NODIS` / `¶B. NOTAL) (B) ...` gives A `NOTAL)`.
   */
  wrap?: { from: number; to: number };
}

/** An item that is only a conjunction joining its label to the next one: `A. AND B. PARIS 4321 AND 4388`. */
const JOINING_WORD = /^(?:AND|&)$/i;

/** Split the tokens into labelled / `;`-separated items. */
function splitItems(toks: readonly Tok[]): Item[] {
  const items: Item[] = [];
  const parens = parenthesisCounts(toks);
  let label: string | null = null;
  let lastLabel: string | null = null;
  // The last label opened was a number with a period (`1. MANILA 4410`): the list is numbered.
  let lastDotted = false;
  let lastLabelEnd = -1;
  let from = 0;
  let n = toks.length;
  const close = (to: number, beforeLabel = false): void => {
    let end = to;
    // A conjunction before the next label joins the list, no text of the item before it: `B) 07 STATE 14402, AND C) 06
    // YEREVAN 1722`, `B) 07 STATE 14402; AND C) ...` (an item of its own then, dropped when unlabelled; a labelled one
    // joins its label to the next: `A. AND B. PARIS 4321 AND 4388`, see `JOINING_WORD`).
    if (beforeLabel && JOINING_WORD.test(toks[end - 1]?.text ?? '')) {
      if (end - 1 === from && label === null) return;
      if (end - 1 > from) {
        end--;
        if (toks[end - 1]?.text === ',') end--;
      }
    }
    if (end > from) items.push({ label, from, to: end });
  };
  let i = skipKeywords(toks, 0);
  /** Closes the item before `i` and opens one labelled `value`, its text starting at `next`. */
  const openItem = (value: string, next: number, dotted = false): void => {
    close(i, true);
    label = value;
    lastLabel = value;
    lastDotted = dotted;
    i = next;
    lastLabelEnd = i;
    from = i;
  };
  from = i;
  const firstContent = i;
  while (i < n) {
    const t = toks[i];
    if (t === undefined) break;
    if (i === from) {
      const j = skipKeywords(toks, i);
      if (j > i) {
        i = j;
        from = j;
        continue;
      }
    }
    const prev = toks[i - 1];
    const canLabel =
      i === from ||
      t.space ||
      (prev !== undefined && (prev.text === ';' || prev.text === ',' || prev.text === ')')) ||
      // `STATE 021770B. STATE 039585`: a label glued to the serial before it.
      (prev !== undefined && prev.kind === 'num' && t.kind === 'word');
    let lab = canLabel ? matchLabel(toks, i) : null;
    // A number with a period is a label only in a numbered list: `REF: 1. MANILA 4410 2. STATE 48120`.
    if (lab?.dotted === true && !acceptsNumbered(toks, i, lab, lastLabel === null ? null : successor(lastLabel), firstContent, lastDotted)) lab = null;
    // A label closed by `)` inside a parenthesis the item opened is that parenthesis's end: `NAIROBI 10412 (SITREP 1)`,
    // `(TAB A)`, `(PARA 1)` (counted over the item's tokens, for a candidate only).
    if (lab !== null && toks[lab.next - 1]?.text === ')' && t.text !== '(' && (parens[i] as number) - (parens[from] as number) > 0) lab = null;
    // A classification letter in parentheses right after a label is the item's portion marking, not the next label,
    // left out of its text as the label is: `(B) (C) MEMCON OF MARCH 3` is item B, `MEMCON OF MARCH 3`.
    if (lab !== null && label !== null && lab.value !== lastLabel && lastLabelEnd === i && t.text === '(' && (lab.value === 'C' || lab.value === 'S' || lab.value === 'U')) {
      i = lab.next;
      lastLabelEnd = i;
      from = i;
      continue;
    }
    // So is a marking of more letters or with its caveat: `A. (S/NF) STATE 104220`, `C. (SBU) 08 BAGHDAD 3990`.
    if (label !== null && lastLabelEnd === i && t.text === '(') {
      const after = compoundMarkingEnd(toks, i);
      if (after > 0) {
        i = after;
        lastLabelEnd = i;
        from = i;
        continue;
      }
    }
    let accepted = false;
    if (lab !== null) {
      if (lab.value === lastLabel && lastLabelEnd === i) {
        // `A. A) STATE 1`, `B. B. Lahore 314`: the label written twice.
        i = lab.next;
        lastLabelEnd = i;
        from = i;
        continue;
      }
      const expected: string | null = lastLabel === null ? null : successor(lastLabel);
      accepted =
        expected === null ? lab.value === 'A' || lab.value === '1' || i === firstContent : lab.value === expected;
      // A line opening with two labels, the first out of sequence and the second the list's next:
      //   `REF: A. A. GENEVA 1954 B. STATE 130904` / blank / `¶B. C. STATE 130145 D. GENEVA 1675` / `¶C. E. GENEVA 1673`
      // (the first is a numbering of the lines, the page's `¶` anchor): the list reads on at the second label.
      if (!accepted && expected !== null && t.newline) {
        const second = toks[lab.next];
        const lab2 = second !== undefined && second.space && !second.newline ? matchLabel(toks, lab.next) : null;
        if (lab2 !== null && lab2.value === expected && (lab2.dotted !== true || lastDotted)) {
          openItem(lab2.value, lab2.next, lab2.dotted === true);
          continue;
        }
      }
    }
    if (t.blank && !accepted) {
      // After a blank line the block goes on only with its next label or another REF keyword.
      if (skipKeywords(toks, i) === i) {
        n = i;
        break;
      }
      close(i);
      label = null;
      from = i;
      continue;
    }
    // The open item's label again, after text citing no cable and before a cable: the first was a
    // line anchor (`¶B.`) and the text between is the wrap of a caveat of the reference before (it goes
    // on that item's text: `ISTANBUL 279 (NODIS NOTAL)`; an item of its own when there is none):
    //   `REF: A. (A) ISTANBUL 279 (NODIS` / `¶B. NOTAL) (B) ISTANBUL 336 (C) ISTANBUL 394`
    if (lab !== null && !accepted && lab.value === lastLabel && lastLabelEnd !== i && t.space && matchCable(toks, from, i) === null && matchCable(toks, lab.next, n) !== null) {
      const before = items[items.length - 1];
      if (before !== undefined && before.wrap === undefined && i > from) before.wrap = { from, to: i };
      else close(i);
      i = lab.next;
      lastLabelEnd = i;
      from = i;
      continue;
    }
    if (lab !== null && accepted) {
      openItem(lab.value, lab.next, lab.dotted === true);
      continue;
    }
    if (t.text === ';' && !semicolonInBrackets(toks, parens, from, i) && !continuesDescription(toks, from, i, n)) {
      close(i);
      label = null;
      i++;
      from = i;
      continue;
    }
    i++;
  }
  close(n);
  return items;
}

/** For each token, how many `(` minus `)` stand before it (one pass): a parenthesis is open between two tokens when the count grew. */
function parenthesisCounts(toks: readonly Tok[]): number[] {
  const counts = new Array<number>(toks.length + 1);
  let depth = 0;
  for (let k = 0; k < toks.length; k++) {
    counts[k] = depth;
    const x = (toks[k] as Tok).text;
    if (x === '(') depth++;
    else if (x === ')') depth--;
  }
  counts[toks.length] = depth;
  return counts;
}

/** How far a `;` inside brackets looks ahead for the bracket's close (`semicolonInBrackets`): a bound. */
const BRACKET_CLOSE_REACH = 30;

/**
 * Whether the `;` at token `semi` stands inside brackets the item opened (from `from`) and closes soon after, no blank
 * line between: a reference's quoted subject, `STATE 125118 ("IRAN: EU AUTONOMOUS MEASURES; POINTS` / `FOR DEMARCHE")`,
 * one entry. Bounded look-ahead.
 */
function semicolonInBrackets(toks: readonly Tok[], parens: readonly number[], from: number, semi: number): boolean {
  if ((parens[semi] as number) <= (parens[from] as number)) return false;
  for (let k = semi + 1; k < toks.length && k <= semi + BRACKET_CLOSE_REACH; k++) {
    const t = toks[k] as Tok;
    if (t.blank) return false;
    if (t.text === ')') return true;
  }
  return false;
}

/** Kinds of non-cable references whose text may list people with `;` (a TELCON's participants). */
const DESCRIBED_KINDS: ReadonlySet<ReferenceKind> = new Set<ReferenceKind>(['telcon', 'memcon', 'email']);

/**
 * Whether the `;` at token `semi` goes on inside the non-cable reference opened at `from`, not
 * between two references: the item so far is a TELCON, MEMCON or EMAIL (no cable), and the text
 * after the `;` (to the next `;` or blank line) is no cable, no label and no document of its own:
 *
 *     REF: TELCON:  O. MOSS:  CA/OCS RYAN HALEY; AF DUTY, CHRIS LAMORA;
 *     CMS, DOUG KONEFF; DS COMMAND CENTER, J. WALKER                        (one telcon)
 *
 * Not `REF: TELCON 5/4; STATE 1234` nor `TELCON 5/4; EMAIL 5/6`. The look-ahead stops at the next `;`,
 * so each token is read at most twice; `classify` of the item stops at its keyword, near its start.
 */
function continuesDescription(toks: readonly Tok[], from: number, semi: number, end: number): boolean {
  const next = semi + 1;
  const first = toks[next];
  if (first === undefined || next >= end || first.blank || matchCable(toks, from, semi) !== null || !DESCRIBED_KINDS.has(classify(toks, from, semi))) return false;
  const lab = matchLabel(toks, next);
  if (lab !== null && lab.dotted !== true) return false;
  let stop = next;
  while (stop < end) {
    const t = toks[stop] as Tok;
    if (t.text === ';' || (stop > next && t.blank)) break;
    // A cable anywhere in it (`TELCON 5/4; AS REPORTED IN STATE 1234`) is a reference of its own.
    if (t.kind !== 'punct' && matchCable(toks, stop, end) !== null) return false;
    stop++;
  }
  return classify(toks, next, stop) === 'other';
}

/** Whether token `k` separates two references of a list: `,`, `&`, `+`, `AND`. */
function isSeparator(t: Tok | undefined): boolean {
  if (t === undefined) return false;
  if (t.kind === 'punct') return t.text === ',' || t.text === '&' || t.text === '+';
  return t.kind === 'word' && t.text.toUpperCase() === 'AND';
}

/** How many years before the citing cable's year a misplaced year may be (cables cite recent cables). */
const MISPLACED_YEAR_SPAN = 10;

/**
 * Whether a cable match whose "serial" is two digits, followed on the same line by another
 * match without year, is one cable whose year slipped into its station name:
 * `SAO 06 PAULO 1038` (`SAO` + `06`, `PAULO` + `1038`) is `06 SAO PAULO 1038`. Both matches
 * have no year of their own, the two digits are not glued to anything (`serialEndsCleanly`
 * already held), and they read as a year at most `MISPLACED_YEAR_SPAN` years before the
 * citing cable's (`fallback`; without it, no merge: `STATE 12 PARIS 1234` stays two cables).
 */
function misplacedYear(toks: readonly Tok[], first: CableMatch, second: CableMatch, fallback: string | null): boolean {
  if (fallback === null || first.year !== null || second.year !== null || first.serial.length !== 2) return false;
  // A station name has at most four words (as in `matchCable`).
  if (first.station.split(' ').length + second.station.split(' ').length > 4) return false;
  // The two matches are on one line: no line break from the number to the second serial.
  for (let k = first.to - 1; k < second.to; k++) if (toks[k]?.newline === true) return false;
  const back = (Number(fallback) - Number(first.serial) + 100) % 100;
  return back <= MISPLACED_YEAR_SPAN;
}

// ---------------------------------------------------------------------------------------------
// Public API

/** Text of tokens `[from, to)`: whitespace collapsed, trailing `;`, `,`, `.` and spaces removed. */
function sliceText(block: string, toks: readonly Tok[], from: number, to: number): string {
  const a = toks[from];
  const b = toks[to - 1];
  if (a === undefined || b === undefined || to <= from) return '';
  // `09  STATE\n 125262` -> `09 STATE 125262`
  let s = block.slice(a.start, b.end).replace(/\s+/g, ' ').trim();
  for (;;) {
    const last = s.charAt(s.length - 1);
    if (last === ';' || last === ',' || last === '.' || last === ' ') s = s.slice(0, -1);
    else break;
  }
  return s;
}

/** Two-digit year for references without one, from the context. */
function contextYear(context: ReferenceContext | undefined): string | null {
  if (context === undefined) return null;
  const y = context.year;
  if (typeof y === 'number' && Number.isInteger(y) && y >= 0) {
    return y >= 100 ? String(y).slice(-2) : String(y).padStart(2, '0');
  }
  const id = context.referenceId;
  // `10ASTANA270` -> `10`
  if (typeof id === 'string' && /^\d{2}/.test(id)) return id.slice(0, 2);
  return null;
}

/**
 * The station and serial of the citing cable, canonical (`07ASMARA850` -> `ASMARA`, 850), or `null`; without a
 * reference id, those of its banner (`post: 'NEW DELHI', serial: '000270'` -> `NEWDELHI`, 270).
 */
function contextCable(context: ReferenceContext | undefined): { station: string; serial: number } | null {
  const id = context?.referenceId;
  if (typeof id !== 'string') {
    const post = context?.post;
    const serial = context?.serial;
    if (typeof post !== 'string' || typeof serial !== 'string') return null;
    // `000270`: one to eight digits (a banner serial is zero-padded to six). Anchored, bounded.
    if (!/^\d{1,8}$/.test(serial)) return null;
    const station = canonicalizeStation(post);
    return station === '' ? null : { station, serial: Number(serial) };
  }
  // `07ASMARA850`: two year digits, the station letters, the serial. Anchored, bounded.
  const m = /^\d{2}([A-Z]{2,40})(\d{1,6})$/.exec(id);
  return m === null ? null : { station: m[1] as string, serial: Number(m[2]) };
}

/**
 * Most cables any station sends in a day, generously: the Department, the busiest, sent about 400-900 a day
 * in the 2000s (`STATE 324347` late in 2003) and about 1100 in the 1980s (`STATE 114210` on 14 April 1986).
 * Serials restart on 1 January.
 */
const MAX_SERIALS_PER_DAY = 1500;
/**
 * The Department's rate before 1980, when it sent more: about 1,960 a day early in 1968 (`STATE 125588` on 5 March
 * 1968), so `REF: DEPTEL 128841` in a cable of 12 March 1968 is of 1968.
 */
const MAX_SERIALS_PER_DAY_BEFORE_1980 = 2500;
/**
 * The same for a post or mission, generously: the busiest sent about 90 a day, up to 160 (`PARIS 33000` and more in 1975,
 * `BANGKOK 31177` by July 1989), so `REF: TEHRAN 12877` in a cable of 2 January 1979 is of 1978.
 */
const MAX_POST_SERIALS_PER_DAY = 200;
/**
 * From 2000 on, when posts sent fewer: about 25 a day at the busiest (`NEW DELHI 9319` late in 2005; Baghdad and Kabul
 * about 11 a day in 2009), up to 70 in bursts (`HAVANA 9102` by 27 April 2006, `ISLAMABAD 22025` by 16 November 2006):
 * `REF: SANAA 2301` in a cable of 6 January 2010 is of 2009.
 */
const MAX_POST_SERIALS_PER_DAY_SINCE_2000 = 120;
/** The Department's serial series, at its rate: its own and the Secretary's traveling party's (`TOSEC 60412`, `SECTO 412`). */
const DEPARTMENT_SERIES: ReadonlySet<string> = new Set(['STATE', 'TOSEC', 'SECTO']);
/** Days added to the citing cable's day of the year: a serial series may start a few days late. */
const SERIAL_DAYS_MARGIN = 7;

/** The days of serials a station could have sent by a date, and the date's year (the rates change with it). */
interface SerialCap {
  days: number;
  year: number;
}

/**
 * The days of serials a station could have sent by the citing cable's date (`context.date`, `'2010-01-04'`: day 4,
 * 4 + 7 = 11; the Department's largest serial then is 11 * 1500 = 16500, a post's 11 * 120 = 1320), or `null` when the
 * date is not known.
 */
function serialCap(context: ReferenceContext | undefined, yy: string): SerialCap | null {
  const date = context?.date;
  if (typeof date !== 'string' || date.length < 10) return null;
  // `2010-01-04`, `2010-01-04T16:58`: anchored, fixed length.
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  // A date of another year than the one references take (`2009-12-31` for a cable of 2010) tells nothing.
  if (m === null || (m[1] as string).slice(2) !== yy || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[3]) < 1 || Number(m[3]) > 31) return null;
  const y = Number(m[1]);
  const start = Date.UTC(y, 0, 1);
  const day = Date.UTC(y, Number(m[2]) - 1, Number(m[3]));
  if (!Number.isFinite(day) || day < start) return null;
  const dayOfYear = Math.floor((day - start) / 86400000) + 1;
  return { days: dayOfYear + SERIAL_DAYS_MARGIN, year: y };
}

/**
 * Stations under which two posts file their cables, each with its own serials: `BRUSSELS`, the Embassy's and the
 * Mission to the EU's (USEU; see `STATION_ALIASES`). A serial there cannot be compared with the citing cable's own.
 */
const SHARED_STATIONS: ReadonlySet<string> = new Set(['BRUSSELS']);

/**
 * Whether a cited cable that takes the citing cable's year (it writes no year of its own) must be of the
 * year before: serials restart each year and only grow within it, so
 *   `REF: STATE 130969` in a cable of 4 January   is larger than any serial of 4 January (`serialCap`);
 *   `REF: RABAT 1234` in `RABAT 000005`           is a cable of the citing cable's own post with a larger serial.
 * A serial of the citing cable's own post up to its own serial is of the same year, whatever the cap says.
 */
function fromYearBefore(m: CableMatch, cap: SerialCap | null, own: { station: string; serial: number } | null): boolean {
  const serial = Number(m.serial);
  const ownPost = own !== null && canonicalizeStation(m.station) === own.station && !SHARED_STATIONS.has(own.station);
  // A serial of the citing cable's own post below its own serial was reached that year, whatever the date says:
  // `REF: STATE 118240` in `STATE 125588` of 5 March 1968 (the Department sent more than the cap's rate that year).
  if (ownPost && serial <= (own as { serial: number }).serial) return false;
  if (cap !== null && serial > cap.days * serialsPerDay(DEPARTMENT_SERIES.has(canonicalizeStation(m.station)), cap.year)) return true;
  return ownPost && serial > (own as { serial: number }).serial;
}

/** Most serials a day of the Department (`department`) or of a post, in `year`. */
function serialsPerDay(department: boolean, year: number): number {
  if (department) return year < 1980 ? MAX_SERIALS_PER_DAY_BEFORE_1980 : MAX_SERIALS_PER_DAY;
  return year >= 2000 ? MAX_POST_SERIALS_PER_DAY_SINCE_2000 : MAX_POST_SERIALS_PER_DAY;
}

/** A word of capitals a glued label may open: `TRIPOLI`, `XXXXXXXXXXXX` (anchored, bounded). */
const GLUED_ITEM_WORD = /^[A-Z]{3,30}$/;

/** A station's name in mixed case: `Rabat`, `State` (anchored, bounded). */
const MIXED_CASE_STATION = /^[A-Z][a-z]{2,29}$/;

/**
 * Whether the tokens from `k`, right after a label's period with no space, open a reference item: a word of capitals
 * (`GLUED_ITEM_WORD`: `TRIPOLI 588`, a redaction), a mixed-case station with its serial (`Rabat 402`), or a year with a
 * station of one or two words and its serial (`09 STATE 71204`, `08 CIUDAD JUAREZ 410`).
 */
function opensGluedItem(toks: readonly Tok[], k: number): boolean {
  const a = toks[k];
  if (a === undefined || a.space) return false;
  const b = toks[k + 1];
  if (a.kind === 'word') {
    if (GLUED_ITEM_WORD.test(a.text)) return true;
    return MIXED_CASE_STATION.test(a.text) && b !== undefined && b.space && b.kind === 'num';
  }
  const c = toks[k + 2];
  if (!(a.kind === 'num' && a.text.length === 2 && b !== undefined && b.space && b.kind === 'word' && (GLUED_ITEM_WORD.test(b.text) || MIXED_CASE_STATION.test(b.text)) && c !== undefined && c.space)) return false;
  // The station in two words: `C.08 CIUDAD JUAREZ 410`, `B.08 NEW DELHI 567`.
  const d = toks[k + 3];
  return c.kind === 'num' || (c.kind === 'word' && GLUED_ITEM_WORD.test(c.text) && d !== undefined && d.space && d.kind === 'num');
}

/** A redacted station: `XXXXXXXXXXXX` in any case (anchored). */
const REDACTED_STATION = /^[Xx]{4,}$/;

/** A post's word for its own telegrams in a REF line (`REF: (B) EMBTEL 4102`, `CONTEL 55`, `CONGENTEL 1234`, `MISSIONTEL 88`): the citing post's station. */
const OWN_POST_TELEGRAMS: ReadonlySet<string> = new Set(['EMBTEL', 'CONTEL', 'EMBTELS', 'CONTELS', 'CONGENTEL', 'CONGENTELS', 'MISSIONTEL', 'MISSIONTELS']);
/** The citing station's word for its own telegrams, the Department's too (`REF: OURTEL 2112`, `OUR 160044`). */
const OUR_TELEGRAMS: ReadonlySet<string> = new Set(['OURTEL', 'OUR', 'OURTELS']);
/** The word for the addressee's telegrams (`REF: YOURTEL 19920`, `YOUR 21120`): a cable of `ReferenceContext.addressee`. */
const YOUR_TELEGRAMS: ReadonlySet<string> = new Set(['YOURTEL', 'YOUR', 'YOURTELS']);

/** The two-digit year before `yy` (`10` -> `09`, `00` -> `99`). */
function yearBefore(yy: string): string {
  return String((Number(yy) + 99) % 100).padStart(2, '0');
}

/**
 * A reference written serial first, then the post (`A) 00821 ASMARA`): a cable when the post is
 * the citing cable's own station or the Department (`00123 STATE`), else `null`. Only a whole item
 * of these two tokens (a number before any other word is too common to read more).
 */
function serialFirstCable(toks: readonly Tok[], from: number, to: number, station: string | null): CableMatch | null {
  const num = toks[from];
  const word = toks[from + 1];
  if (to !== from + 2 || num === undefined || word === undefined || num.kind !== 'num' || word.kind !== 'word' || !word.space) return null;
  // `B) 2005 Minsk` is a year, not a serial.
  if (num.text.length < 3 || yearOf(num) !== null || !validSerial(num.text)) return null;
  const post = word.text.toUpperCase();
  const canonical = post === 'SECSTATE' ? 'STATE' : post;
  if (canonical !== 'STATE' && canonical !== station) return null;
  return { from, to, year: null, station: canonical, serial: num.text };
}

/**
 * The index of the token an archive cut at the end of a block (`W...`, `BEIJ...`: a word with three
 * dots glued after it, closing the block), or the token count when there is none. Dots after a space
 * (`A. STATE ...`) cut no word.
 */
function archiveCutAt(toks: readonly Tok[]): number {
  const n = toks.length;
  const word = toks[n - 4];
  // A number glued to the dots (`STATE 1234...`) may be whole: only a word counts as cut.
  if (word === undefined || word.kind !== 'word') return n;
  for (let k = n - 3; k < n; k++) {
    const dot = toks[k] as Tok;
    if (dot.text !== '.' || dot.space) return n;
  }
  return n - 4;
}

/**
 * Parse a REF block into references, in order.
 *
 * `text` starts with `REF:`, `REFS:`, `REFTEL:`, `REF(S):`, `REFTELS:` (or no keyword) and
 * may run over several lines. Handles lettered lists (`A) ...` on separate lines or
 * `;`-separated, `A. SECSTATE 74879 B. RIYADH 43`, `(A) 03 Brasilia 3939`, `REF A: ...`,
 * glued `STATE 021770B. STATE 039585`, a label written twice `A. A)`), lists without labels
 * (`BUENOS AIRES 526; 08 BUENOS AIRES 980`), and serial lists (`A. LIMA 123 AND 456` gives
 * `LIMA 123` and `456`, both labelled A, both cables of LIMA); a recent year garbled into a
 * station name (`SAO 06 PAULO 1038`) is read as the cable's year. The block ends at a blank line
 * not followed by the next label, at a line starting another field (`Classified By`, `1.`,
 * `SUMMARY`, ...) and at a page marker or `Classified By` reflowed into a line; page-marker
 * lines inside the block are skipped. `REF: NONE` gives no reference.
 *
 * Each reference has its `label` (upper case, `null` when unlabelled), `text` as written
 * without label and list punctuation, whitespace collapsed (`'09 STATE 125262'`), `kind`
 * (`cable` for `[YY] STATION SERIAL`: alphabetic station words followed by a 1-6 digit
 * serial; else `email`, `telcon`, `memcon`, `report`, `manual` or `other`) and
 * `referenceId` for cables (year from the text: a year prefix, else the year of a date written
 * after the serial, `STATE 99488 24 SEP 2009`; else from `context`, the year before when the serial is
 * too large for the citing cable's date or is its own post's and larger than its own; `null` when none gives one,
 * and for non-cables). A line opening with two labels (`¶B. C. STATE 130145`) reads on at the second.
 *
 * @example parseReferences('REF: A) 09 STATE 125262\n B) STATE 6668', { year: 2010 })
 * // [{ label: 'A', text: '09 STATE 125262', kind: 'cable', referenceId: '09STATE125262' },
 * //  { label: 'B', text: 'STATE 6668', kind: 'cable', referenceId: '10STATE6668' }]
 */
export function parseReferences(text: string, context?: ReferenceContext): Reference[] {
  const block = cutBlock(text);
  const toks = tokenize(block);
  const fallbackYear = contextYear(context);
  const own = contextCable(context);
  const station = own?.station ?? null;
  const cap = fallbackYear === null ? null : serialCap(context, fallbackYear);
  const refs: Reference[] = [];
  // The cable pushed last, while it is the last reference (a bare serial item takes its post).
  let lastCable: CableMatch | null = null;

  const pushCable = (label: string | null, cited: CableMatch, from: number, to: number): void => {
    lastCable = cited;
    // `EMBTEL 4102`: a telegram of the embassy, in an embassy's cable its own (`NAIROBI`); in the Department's, the
    // addressee's, which the reference does not name (no id).
    let m = cited;
    const word = m.station.toUpperCase();
    if (OWN_POST_TELEGRAMS.has(word) || OUR_TELEGRAMS.has(word) || YOUR_TELEGRAMS.has(word)) {
      // `OURTEL 2112`: the citing station's own (the Department's too); `YOURTEL 19920`: the addressee's.
      const station = YOUR_TELEGRAMS.has(word) ? (context?.addressee ?? null) : OUR_TELEGRAMS.has(word) || own?.station !== 'STATE' ? (own?.station ?? null) : null;
      if (station === null || station === '') {
        refs.push({ label, text: sliceText(block, toks, from, to), kind: 'cable', referenceId: null });
        return;
      }
      m = { ...m, station };
    }
    // `STATE 99488 24 SEP 2009`: a reference without year prefix but with its own date is of that date's year.
    let year = m.year ?? writtenDateYear(toks, m.to, to);
    // `REF: STATE 130969` in a cable of 4 January 2010: the citing cable's year, unless the serial is one of the year before.
    if (year === null && fallbackYear !== null) year = fromYearBefore(m, cap, own) ? yearBefore(fallbackYear) : fallbackYear;
    // A station WikiLeaks redacted (`B. XXXXXXXXXXXX 0337`) names no cable: no id.
    const redacted = (m.station.charCodeAt(0) | 32) === 120 && REDACTED_STATION.test(m.station);
    refs.push({
      label,
      text: sliceText(block, toks, from, to),
      kind: 'cable',
      referenceId: year === null || redacted ? null : buildReferenceId(year, m.station, m.serial),
    });
  };

  // `REF: W...`, `B. BEIJ...`: a partial extract cut the block inside a word; the cut word is no reference text
  // (an item left empty gives no reference; its text stays in `unparsed`).
  const cutAt = archiveCutAt(toks);
  /** Reads one item into `refs`: its cables, or one reference of another kind. */
  const readItem = (item: Item): void => {
    const { label, from } = item;
    const to = Math.min(item.to, cutAt);
    if (to <= from) return;
    let first = matchCable(toks, from, to);
    if (first === null) {
      // `PARA 4, STATE 276120`, `PARAS 2 AND 3, STATE 270884`: the cable after the paragraphs it cites.
      const at = afterParagraphCount(toks, from, to);
      if (at > from) first = matchCable(toks, at, to);
    }
    if (first !== null && titlesDocument(toks, first, to)) first = null;
    if (first === null) {
      // `REF: A. A) 00821 ASMARA` (in a cable of Asmara): the serial before the post.
      const reversed = label !== null ? serialFirstCable(toks, from, to, station) : null;
      if (reversed !== null) {
        pushCable(label, reversed, from, to);
        return;
      }
      // `REF: A) CALCUTTA 00354 B) 00357`: a labelled item that is only a serial is a cable of the
      // station (and written year) of the cable right before it, like `A. LIMA 123 AND 456`.
      const only = toks[from];
      if (label !== null && lastCable !== null && to === from + 1 && only !== undefined && only.kind === 'num' && validSerial(only.text)) {
        const prevCable: CableMatch = lastCable;
        pushCable(label, { from, to, year: prevCable.year, station: prevCable.station, serial: only.text }, from, to);
        return;
      }
      const t = sliceText(block, toks, from, to);
      // `REF: NONE`, `REF: N/A`: no reference.
      if (t === '' || /^(?:NONE|N\/A|NA)$/i.test(t)) return;
      // `REF: A) St. Petersburg 112; B) Moscow 2588; and previous`: the list's closing words, no reference of their own.
      const lastRef = refs[refs.length - 1];
      if (label === null && lastRef !== undefined && /^(?:AND\s+)?PREVIOUS$/i.test(t)) {
        lastRef.text = `${lastRef.text}; ${t}`;
        return;
      }
      lastCable = null;
      refs.push({ label, text: t, kind: classify(toks, from, to), referenceId: null });
      return;
    }
    // One or more cables; text after a serial up to the next cable stays with it (`(NOTAL)`).
    let cur: CableMatch = first;
    let curFrom = from;
    let depth = 0;
    let quoted = false;
    let j = first.to;
    let split = false;
    while (j < to) {
      const t = toks[j];
      if (t === undefined) break;
      if (t.text === '(') depth++;
      else if (t.text === ')') depth = Math.max(0, depth - 1);
      else if (t.text === '"' || t.text === '“' || t.text === '”') quoted = !quoted;
      if (depth === 0 && !quoted) {
        // `ROME 77 DATED SEPTEMBER 4, 2007`: the comma of a date separates no serials.
        // (`ROME 2211 OF 14 MARCH, 2007`: nor the comma of a date written day first.)
        if (isSeparator(t) && !(t.text === ',' && ((isDayTok(toks[j - 1]) && isMonthTok(toks[j - 2])) || (isMonthTok(toks[j - 1]) && isDayTok(toks[j - 2]))))) {
          // `LIMA 123, TRIPOLI 4`, `HAVANA 500 & 511`, `LIMA 123 AND 456` (not a counted thing read as a cable: `TABLE 1`)
          const c2 = matchCable(toks, j + 1, to);
          const counted = countedBefore(toks, j, cur.to);
          if (c2 !== null && !(counted && COUNTED.has((toks[c2.from] as Tok).text.toUpperCase()))) {
            pushCable(label, cur, curFrom, j);
            cur = c2;
            curFrom = j + 1;
            j = c2.to;
            continue;
          }
          const s = toks[j + 1];
          const after = toks[j + 2];
          // (`STATE 152118, PARAS 4 AND 5`: a count's list after the cable, `countedBefore`, joins no serials.)
          if (
            !counted &&
            s !== undefined &&
            j + 1 < to &&
            s.kind === 'num' &&
            validSerial(s.text) &&
            serialEndsCleanly(toks, j + 1, to) &&
            (after === undefined || j + 2 >= to || after.kind !== 'word' || isSeparator(after))
          ) {
            pushCable(label, cur, curFrom, j);
            cur = { from: j + 1, to: j + 2, year: cur.year, station: cur.station, serial: s.text };
            curFrom = j + 1;
            j += 2;
            continue;
          }
          // `ISLAMABAD 301, XXXXXXXXXXX`: a redaction ending the item after a separator is an item of its own (no id).
          if (s !== undefined && j + 2 === to && s.kind === 'word' && REDACTED_STATION.test(s.text)) {
            pushCable(label, cur, curFrom, j);
            refs.push({ label, text: s.text, kind: classify(toks, j + 1, to), referenceId: null });
            lastCable = null;
            split = true;
            break;
          }
        } else if (t.kind !== 'punct') {
          // `09 HANOI 1182 09 HANOI 1084`: the next cable without separator, right after the
          // serial or, with its year written, anywhere in the text that follows.
          const c2 = matchCable(toks, j, to);
          // `(C) SAO 06 PAULO 1038`: a year misplaced inside a station name; one cable.
          if (c2 !== null && j === cur.to && t.space && misplacedYear(toks, cur, c2, fallbackYear)) {
            cur = { from: cur.from, to: c2.to, year: cur.serial, station: `${cur.station} ${c2.station}`, serial: c2.serial };
            j = c2.to;
            continue;
          }
          if (c2 !== null && (j === cur.to || c2.year !== null) && t.space) {
            pushCable(label, cur, curFrom, j);
            cur = c2;
            curFrom = j;
            j = c2.to;
            continue;
          }
          // `BOGOTA 3483` + line break + `STEPHENSON-BROWNFIELD E-MAILS`: a document of
          // another kind on the next line of an unlabelled list is a reference of its own.
          if (c2 === null && t.newline) {
            const kind = classify(toks, j, to);
            if (kind !== 'other') {
              pushCable(label, cur, curFrom, j);
              refs.push({ label, text: sliceText(block, toks, j, to), kind, referenceId: null });
              lastCable = null;
              split = true;
              break;
            }
          }
        }
      }
      j++;
    }
    if (!split) pushCable(label, cur, curFrom, to);
  };

  // `REF: A. AND B. PARIS 4321 AND 4388`: labels joined by `AND` share one item; its cables go to the labels in order.
  let joined: string[] = [];
  for (const item of splitItems(toks)) {
    const count = refs.length;
    if (item.label !== null && item.wrap === undefined && JOINING_WORD.test(sliceText(block, toks, item.from, Math.min(item.to, cutAt)))) {
      joined.push(item.label);
      continue;
    }
    readItem(item);
    if (joined.length > 0) {
      const labels = [...joined, item.label];
      const added = refs.slice(count);
      if (added.length === labels.length) added.forEach((r, k) => (r.label = labels[k] ?? r.label));
      joined = [];
    }
    // `ISTANBUL 279 (NODIS` / `¶B. NOTAL)`: the wrapped end of the item's text goes on its last reference
    // (a reference of its own when the item gave none: the text is never dropped).
    const wrap = item.wrap;
    if (wrap === undefined || Math.min(wrap.to, cutAt) <= wrap.from) continue;
    const to = Math.min(wrap.to, cutAt);
    const rest = sliceText(block, toks, wrap.from, to);
    const last = refs[refs.length - 1];
    if (refs.length > count && last !== undefined) last.text = last.text === '' ? rest : `${last.text} ${rest}`;
    else if (rest !== '') refs.push({ label: item.label, text: rest, kind: classify(toks, wrap.from, to), referenceId: null });
  }
  return refs;
}
