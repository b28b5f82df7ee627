/**
 * The SUBJECT field of the preamble.
 *
 * Pure string functions; they never throw and run in linear time.
 */

import { findPageMarker } from '../body/page-markers.js';
import { matchMarking } from '../body/paragraph-label.js';
import { collapseWhitespace, isBlank, isWhitespaceCode, trimEnd } from '../text/source-line.js';
import { CLASSIFICATION_ORDERS } from './classification-orders.js';
import { parseReferences } from './references.js';

/** Result of {@link parseSubjectDetails}. */
export interface SubjectDetails {
  /** Subject text, joined over lines, whitespace collapsed; `null` when there is none. */
  subject: string | null;
  /** Leading portion marking without parentheses (`'C'`, `'SBU'`, `'S//NF'`), or `null`. */
  marking: string | null;
}

/** Classification letters that can start a portion marking: `(C)`, `(SBU)`, `(S//NF)`, `(U//FOUO)`. */
const MARKING_LEVELS: ReadonlySet<string> = new Set(['U', 'SBU', 'LOU', 'C', 'S', 'TS', 'FOUO']);

/** A level, a hyphen and NOFORN: `C-NF`, `S - NF`, `SBU-NOFORN` (groups: the level, the caveat). Anchored, bounded. */
const HYPHENED_MARKING = /^([A-Z]{1,4}) ?- ?(NF|NOFORN)$/i;

/**
 * If `s` starts with a portion marking in parentheses, return the marking and the rest.
 * `(C) FOO` -> `C`; `(S//NF) FOO` -> `S//NF`; `(UPDATED) FOO` is not a marking.
 */
function splitMarking(s: string): { marking: string; rest: string } | null {
  if (!s.startsWith('(')) return null;
  const close = s.indexOf(')');
  if (close < 2 || close > 20) return null;
  const inner = s.slice(1, close).trim();
  // NOFORN after a hyphen, as some posts typed it: `(C-NF)`, `(S - NF)` -> `C-NF`, `S-NF` (not `(U-TURN)`).
  const hyphened = HYPHENED_MARKING.exec(inner);
  if (hyphened !== null && MARKING_LEVELS.has((hyphened[1] ?? '').toUpperCase())) return { marking: `${hyphened[1] ?? ''}-${hyphened[2] ?? ''}`.toUpperCase(), rest: s.slice(close + 1) };
  const parts = inner.split('/');
  const level = parts[0]?.toUpperCase() ?? '';
  if (!MARKING_LEVELS.has(level)) return null;
  // Caveats after the level: `NF`, `REL`, `FOUO`, or empty between `//`.
  for (const part of parts.slice(1)) {
    // One caveat: `NF` in `(S//NF)`, or the empty part between the two slashes.
    if (!/^[A-Za-z]{0,6}$/.test(part)) return null;
  }
  return { marking: inner.toUpperCase(), rest: s.slice(close + 1) };
}

// Keyword at the start of the field:
//   `SUBJECT:  KAZAKHSTAN: ...`, `SUBJ: ...`, `SUBJECT : ...`, `Subject: ...`, `SUBJECT - YEMEN: ...` (a dash),
//   `SUBJECT; FMG REACTION ...` (a semicolon typed for the colon),
//   `SUBJECT KAZAKHSTAN ...` (no colon: then the keyword must be followed by a space or tab,
//   so `SUBJECTS` is not a keyword), or alone on its line, the title below (`SUBJECT` / `COLOMBIA: FARC ...`).
const SUBJECT_KEYWORD = /^[ \t]*(?:(SUBJECT|SUBJ)[ \t]{0,3}(?:[:.;]|-{1,2}(?=[ \t]))|(SUBJECT|SUBJ)(?=[ \t])|(SUBJECT|SUBJ)[ \t]*$)/i;

// The keyword printed twice: `SUBJECT: SUBJECT: DEPUTY NSA VISIT TO` (the second one with a colon,
// so `SUBJECT: SUBJECT TO APPROVAL ...` keeps its words). Anchored, bounded.
const REPEATED_SUBJECT_KEYWORD = /^[ \t]{0,8}SUBJ(?:ECT)?[ \t]{0,3}:/i;

/**
 * The words after an executive order's number that show a subject names the order, not an E.O. field: `E.O. 13224 AND
 * SUBMISSION ...`, `E.O. 13224 DESIGNATIONS` (one list for `INLINE_FIELD`, `LINE_FIELD` and `NAMED_ORDER`).
 */
const ORDER_PHRASE_WORD = String.raw`(?:AND|OR|DESIGNATIONS?|DESIGNEES?|SANCTIONS?|ON|OF|TO|IN|FOR|WITH)`;

/**
 * An executive order's number that no E.O. field gives: not one of the orders on classification (11652, 12065, 12356,
 * 12958, 13292, 13526), nor followed by the field's colon. A subject names it: `... GOK RESPONSE TO NEW E.O. 13224` /
 * `DESIGNATIONS ...`, `DEMARCHE ON NEW E.O. 13382 ENTITIES ...`. Fixed alternatives: linear.
 */
const NAMED_ORDER_NUMBER = String.raw`(?!${CLASSIFICATION_ORDERS}\b)\d{5}\b(?![ \t]?:)`;
/** Such a number opening the rest of a line that holds no colon: `E.O. 13224 LISTINGS` (see `NAMED_ORDER_NUMBER`). */
const NAMED_ORDER_LINE = String.raw`${NAMED_ORDER_NUMBER}[^:\n]*$`;

// A following field that a source reflowed onto the subject line (not preceded by a letter or digit):
//   `SUBJECT: FOO BAR REF: STATE 1234`   `... REFS: A) ...`   `... REFTEL: ...`   `... REF(S): ...`
//   `... CLASSIFIED BY: ...`   `... E.O. 12958: N/A`   `... EO 12958 DECL`   `... TAGS: PREL`
//   (not an order the subject names: `... DESIGNATIONS UNDER E.O. 13224 AND ...`, `... TO NEW E.O. 13224`, see
//   `NAMED_ORDER` and `NAMED_ORDER_NUMBER`)
//   `... 1. (C) SUMMARY: ...` (paragraph 1 reflowed onto the subject line)
//   `... Summary -------`, `... -------` (a dashed heading; not dashes in parentheses: `... 0.1 (---) ...`)
//   `... C O N F I D E N T I A L SECTION 01 OF 02 ...`, `... S E C R E T ...` (the banner of a reflowed cable)
// Each alternative starts with a distinct literal and has bounded repeats.
const INLINE_FIELD =
  new RegExp(String.raw`(?<![A-Z0-9])(?:REF(?:S|TELS?|\(S\))?[ \t]?:|CLASSIFIED BY\b|E\.[ \t]?O\.[ \t]?(?!${NAMED_ORDER_NUMBER})\d{5}(?![ \t]{1,4}${ORDER_PHRASE_WORD}\b)|EO[ \t](?!${NAMED_ORDER_NUMBER})\d{5}|TAGS?[ \t]?:|\d{1,2}\.[ \t]{1,3}\((?:[UC]|SBU|S|TS)(?:\/{1,2}[A-Z]{1,6})?\)[ \t]|(?:SUMMARY[ \t]{1,3})?(?<!\()-{3}(?!-{0,40}\))|C O N F I D E N T I A L\b|S E C R E T\b)`, 'i');

// A following field at the start of a later line (no colon needed):
//   `REF: ...`, `REFS ...`, `REFTEL ...`, `TAGS PREL`, `E.O. 12958`, `CLASSIFIED BY ...`, `1.  (U) ...`,
//   a `Summary` heading line, a `-------` line.
// Anchored at the line start, so each test is one linear pass.
// (Not an executive order the subject names, wrapped to a line start: `... DESIGNATIONS UNDER` / `E.O. 13224 AND ...`,
// see `NAMED_ORDER`; nor one on no classification on a line with no colon: `... VIEWS ON LATEST` / `E.O. 13224 LISTINGS`.)
// A memorandum of conversation's captions under the subject stop it too: `PARTICIPANTS:`, `DATE, TIME AND PLACE:`,
// and `SUMMARY:` opening the body (not a lone `DATE:`, `TIME:`, `PLACE:`: `... ELECTION` / `DATE: PARTIES REAFFIRM ...`
// is a subject wrapped before its own word).
const LINE_FIELD =
  new RegExp(String.raw`^[ \t]*(?:(?:PARTICIPANTS|DATE(?:,? TIME,? AND PLACE|\/TIME\/PLACE)|SUMMARY)[ \t]?:|REF(?:S|TELS?|\(S\))?\b|TAGS?\b|E\.[ \t]?O\.(?![ \t]?\d{4,5}[ \t]{1,4}${ORDER_PHRASE_WORD}\b)(?![ \t]?${NAMED_ORDER_LINE})|EO[ \t](?!${NAMED_ORDER_LINE})\d|CLASSIFIED BY\b|\d{1,2}\.[ \t]|¶|SUMMARY[ \t:.-]*$|-{3})`, 'i');

/**
 * A field's keyword opening a line without its colon, then the next word (anchored, bounded): `REFTEL DEMARCHE`, `TAGS
 * ON`; a REF keyword in mixed case and its letter in brackets too: `Ref (A) Demarche on UNSCR 1540 National Report`.
 */
const KEYWORD_NO_COLON = /^\s*(SUBJ(?:ECT)?|TAGS?|REF(?:S|TELS?)?|Ref(?:s|tels?)?(?=[ \t]{1,3}\([A-Z]\)))[ \t]{1,3}(?:\([A-Z]\)[ \t]{1,3})?([A-Z][A-Za-z'/-]*)/;
/** Words after `SUBJECT` that make it a word of a sentence: `SUBJECT OF REFTEL`, `SUBJECT TO APPROVAL`. */
const SUBJECT_WORD_AFTER: ReadonlySet<string> = new Set(['OF', 'TO', 'AND', 'FOR', 'IN', 'ON', 'AT', 'BY', 'WITH', 'THE', 'A', 'AN']);

/**
 * True when a line of a subject's wrap opens with a field's keyword without its colon that is a word of the subject:
 * `SUBJECT` before a function word (`SUBJECT OF REFTEL, REMAIN ...`), `TAGS` before text that is no list of tags (a
 * function word, `TAG OF PEMEX REFORM`; a word of seven letters or more outside parentheses, or a `;`: `TAGS ON
 * TRANSSHIPPED CONTAINERS; NEW`), a REF keyword before
 * text citing no cable (`REFTEL DEMARCHE ON EC/US STEEL ARRANGEMENT`). The preamble reader and `parseSubject` both ask.
 */
export function wrapsIntoSubject(line: string): boolean {
  const m = KEYWORD_NO_COLON.exec(line);
  if (m === null) return false;
  const keyword = m[1] ?? '';
  if (keyword.startsWith('SUBJ')) return SUBJECT_WORD_AFTER.has(m[2] ?? '');
  // (`PRICE` / `TAG OF PEMEX REFORM`: a function word after `TAG` is a phrase's, never the first tag.)
  if (keyword.startsWith('TAG')) return SUBJECT_WORD_AFTER.has(m[2] ?? '') || line.includes(';') || /(?:^|[\s,])[A-Z]{7,}(?=[\s,;]|$)/.test(line.replace(/\([^()]{0,60}\)/g, ''));
  return !parseReferences(line).some((r) => r.kind === 'cable');
}

/**
 * A line opening with an executive order that a wrapped subject names, not an E.O. field: the order's number, then a
 * word going on a phrase (`E.O. 13224 AND SUBMISSION TO THE UN 1267 COMMITTEE`, `E.O. 13224 DESIGNATIONS`), or an order
 * on no classification on a line without a colon (`E.O. 13224 LISTINGS`, `EO 13382 ENTITIES`, `NAMED_ORDER_NUMBER`); not
 * `E.O. 12958: N/A`, `E.O. 12958 AS AMENDED: DECL: ...`. Anchored, bounded.
 */
const NAMED_ORDER = new RegExp(String.raw`^[ \t]*E\.?[ \t]?O\.?[ \t]?(?:\d{4,5}[ \t]{1,4}${ORDER_PHRASE_WORD}\b|${NAMED_ORDER_LINE})`, 'i');

/** True when a line opens with an executive order a wrapped subject names (`NAMED_ORDER`), not the E.O. field. */
export function namesExecutiveOrder(line: string): boolean {
  return NAMED_ORDER.test(line);
}

/** The words a subject wraps after before an order it names: `... NONPROLIFERATION SANCTIONS UNDER` / `E.O. 12938 ...`. */
const ORDER_LEAD_WORDS: ReadonlySet<string> = new Set(['UNDER', 'OF', 'TO', 'PER', 'BY', 'AND']);

/** An order's number opening a line: `E.O. 12938`, `EO 13224` (anchored, bounded). */
const ORDER_LINE_START = /^[ \t]*E\.?[ \t]?O\.?[ \t]?\d{4,5}\b/i;

/** An E.O. line giving a declassification or its absence: `DECL`, `N/A`, `NA`, `OADR`, a date `12/31/2019` (words of their own; unanchored, bounded repeats). */
const DECLASSIFYING_ORDER = /\bDECL|\bN\/?A\b|\bOADR\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;

/**
 * True when `line` opens with an order that the subject line before it (`previous`) wraps onto: that line ends on a
 * word leading to it, and the order's line gives no declassification (not the E.O. field):
 *
 *     SUBJECT: NONPROLIFERATION SANCTIONS UNDER
 *     E.O. 12938 AS AMENDED: TWO CHINESE ENTITIES
 */
export function namesOrderAfter(previous: string, line: string): boolean {
  if (!ORDER_LINE_START.test(line) || DECLASSIFYING_ORDER.test(line)) return false;
  const t = trimEnd(previous);
  return ORDER_LEAD_WORDS.has(t.slice(t.lastIndexOf(' ') + 1).toUpperCase());
}

// A one-word heading alone on a later line, ending with a colon: the body's first heading after a
// subject with no blank line after it (`SUBJECT:  DAILY SUMMARY OF JAPANESE PRESS 03/15/06` / `  INDEX:`).
// Anchored at both ends, one bounded word: linear.
const HEADING_LINE = /^[ \t]*[A-Za-z]{2,20}[ \t]?:[ \t]*$/;

// The body's first heading reflowed onto the end of a subject line (a reflowed press summary):
// `SUBJECT: JAPANESE MORNING PRESS HIGHLIGHTS 06/26/09 Index: Index:` (printed twice), `... 03/15/06 INDEX:`.
// At the line's end (no subject ends with a colon); one bounded word, then its repeat: each try is bounded.
const TRAILING_HEADING = /(?:^|[ \t])(?:INDEX[ \t]?:|([A-Z]{2,20})[ \t]?:[ \t]{1,3}\1[ \t]?:)[ \t]*$/i;

/**
 * Where the subject stops in `line`, a line after the SUBJECT line: `-1` when the whole line continues
 * the subject, `0` when the line is no part of it (a blank line, a line starting another field or
 * the body, a one-word heading `INDEX:`), else the column where a field or page marker reflowed onto
 * the line starts (`FOO BAR REF: STATE 1234` -> 8). The preamble reader and {@link parseSubjectDetails}
 * both stop there, so the text after the stop is read as the next field or the body, never dropped.
 */
export function subjectStopAt(line: string): number {
  // (Not a field's word that is the subject's: `Ref (A) Demarche on UNSCR 1540 National Report`, see `wrapsIntoSubject`.)
  if (isBlank(line) || (LINE_FIELD.test(line) && !wrapsIntoSubject(line))) return 0;
  // Cheap pre-test: a heading line ends with its colon.
  if (line.indexOf(':') >= 0 && HEADING_LINE.test(line)) return 0;
  return subjectStopInLine(line);
}

/** The column of a page marker or a field reflowed into `line` (the subject stops there), or -1. */
function subjectStopInLine(line: string): number {
  const marker = findPageMarker(line);
  const end = marker === null ? line.length : marker.start;
  const inline = INLINE_FIELD.exec(end < line.length ? line.slice(0, end) : line);
  if (inline !== null) return inline.index;
  if (marker !== null) return marker.start;
  // Cheap pre-test: the line ends with a colon.
  let last = line.length - 1;
  while (last >= 0 && isWhitespaceCode(line.charCodeAt(last))) last--;
  if (line.charCodeAt(last) !== 58) return -1;
  const heading = TRAILING_HEADING.exec(line);
  if (heading === null) return -1;
  return heading.index + (isWhitespaceCode(line.charCodeAt(heading.index)) ? 1 : 0);
}

/**
 * Where the subject stops in the SUBJECT line itself (`line` holds the keyword): the column of a field,
 * page marker or heading the source reflowed onto it (`SUBJECT: FOO BAR 1. (C) Summary: ...` -> the
 * column of `1.`), or -1. The preamble reader cuts the line there, as `parseSubjectDetails` stops there.
 */
export function subjectLineStopAt(line: string): number {
  const kw = SUBJECT_KEYWORD.exec(line);
  let from = kw === null ? 0 : kw[0].length;
  const again = REPEATED_SUBJECT_KEYWORD.exec(line.slice(from, from + 16));
  if (again !== null) from += again[0].length;
  const rest = line.slice(from);
  const at = subjectStopInLine(rest.includes('\\') ? rest.replace(/\\(?=\s|$)/g, ' ') : rest);
  return at <= 0 ? -1 : from + at;
}

/** True when `text` starts with `SUBJECT:` after its leading whitespace (a first-letter test before the comparison). */
export function startsSubjectKeyword(text: string): boolean {
  let i = 0;
  while (i < text.length && isWhitespaceCode(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 83 && text.startsWith('SUBJECT:', i);
}

/**
 * A preamble's SUBJECT line with the (at most two) non-blank lines after it, joined and
 * whitespace collapsed, or `''`: `SUBJECT: IRISL'S UNINSURED FLEET ... PORT ENTRY WORLDWIDE`.
 * What a continuation page's subject caption is compared with.
 */
export function preambleSubjectLines(preamble: readonly string[]): string {
  const k = subjectLineIndex(preamble);
  if (k < 0) return '';
  const parts: string[] = [];
  for (let j = k; j < preamble.length && j <= k + 2 && !isBlank(preamble[j] as string); j++) parts.push(preamble[j] as string);
  return collapseWhitespace(parts.join(' '));
}

/** The index of a preamble's `SUBJECT:` line (`startsSubjectKeyword`), or -1. */
function subjectLineIndex(preamble: readonly string[]): number {
  return preamble.findIndex((t) => startsSubjectKeyword(t));
}

/** The subject a preamble's SUBJECT field gives (`parseSubjectDetails`, without marking), or `''`. */
export function preambleSubject(preamble: readonly string[]): string {
  const k = subjectLineIndex(preamble);
  return k < 0 ? '' : (parseSubjectDetails(preamble.slice(k).join('\n')).subject ?? '');
}

/**
 * Parse a SUBJECT field into its text and leading portion marking.
 *
 * `text` is the SUBJECT line and the lines after it. The keyword (`SUBJECT:`, `SUBJ:`,
 * `SUBJECT :`, `SUBJECT` without colon) is optional; text without it is taken as the
 * subject itself. The subject continues over the following lines until a blank line, a page
 * marker (`ASTANA 00000270  001.3 OF 002`) or a line starting another field (`REF:`,
 * `TAGS`, `E.O.`, `CLASSIFIED BY`, paragraph `1.`), and stops early at a field reflowed onto
 * the same line (`SUBJECT: FOO BAR REF: STATE 1234` -> `FOO BAR`). Lines are joined with one
 * space and runs of whitespace collapsed. A leading marking (`(C)`, `(SBU)`) is removed and
 * returned separately.
 */
export function parseSubjectDetails(text: string): SubjectDetails {
  // Lines end with `\n` or `\r\n` (Windows files), or a lone `\r`.
  const lines = text.split(/\r\n|\r|\n/);
  const parts: string[] = [];
  let first = true;
  for (const raw of lines) {
    // `... MULTIPLE \`: some archives end every line with a backslash.
    let line = raw.includes('\\') ? raw.replace(/\\(?=\s|$)/g, ' ') : raw;
    if (first) {
      const kw = SUBJECT_KEYWORD.exec(line);
      if (kw !== null) {
        line = line.slice(kw[0].length);
        const again = REPEATED_SUBJECT_KEYWORD.exec(line);
        if (again !== null) line = line.slice(again[0].length);
      } else if (isBlank(line)) continue; // leading blank lines before the field
    }
    const at = first ? subjectStopInLine(line) : namesOrderAfter(parts[parts.length - 1] ?? '', line) || wrapsIntoSubject(line) ? -1 : subjectStopAt(line);
    if (at === 0 && !first) break;
    const stop = at >= 0;
    if (stop) line = line.slice(0, at);
    parts.push(line);
    first = false;
    if (stop) break;
  }
  // `KAZAKHSTAN:  SECOND` -> `KAZAKHSTAN: SECOND`
  let subject = collapseWhitespace(parts.join(' '));
  let marking: string | null = null;
  // The paragraph reader's marking first: release lists (`(S//REL TO USA, GBR)`, `(C) (REL UK)` -> `C//REL UK`).
  const read = matchMarking(subject);
  const split = read !== null ? { marking: read.marking, rest: subject.slice(read.length) } : splitMarking(subject);
  if (split !== null) {
    marking = split.marking;
    subject = split.rest.trim();
  } else if (subject.endsWith(')')) {
    // A marking at the end instead, set off by a space: `TURKEY: PKK DEBATE HEATS UP (C)`, a release list too
    // (`... ACCESS TO F-35 DATA (S//REL TO USA, AUS)`, the paragraph reader's marking).
    const open = subject.lastIndexOf(' (');
    const end = open > 0 ? subject.slice(open + 1) : '';
    const listed = open > 0 ? matchMarking(end) : null;
    const trailing = listed !== null && listed.length === end.length ? { marking: listed.marking, rest: '' } : open > 0 ? splitMarking(end) : null;
    if (trailing !== null && trailing.rest === '') {
      marking = trailing.marking;
      subject = subject.slice(0, open).trim();
    }
  }
  return { subject: subject === '' ? null : subject, marking };
}

/**
 * Parse a SUBJECT field and return only the subject text,
 * without its leading portion marking.
 *
 * @example parseSubject('SUBJECT:  KAZAKHSTAN:  FOO\nBAR') // 'KAZAKHSTAN: FOO BAR'
 * @returns The subject, or `null` when there is no subject text.
 */
export function parseSubject(text: string): string | null {
  return parseSubjectDetails(text).subject;
}

/**
 * The leading portion marking of a SUBJECT field (`SUBJECT: (C) FOO` -> `'C'`), or `null`.
 */
export function parseSubjectMarking(text: string): string | null {
  return parseSubjectDetails(text).marking;
}
