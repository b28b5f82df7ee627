/**
 * The SUBJECT field of the preamble, and page-marker detection shared by the preamble
 * field parsers.
 *
 * Pure string functions; they never throw and run in linear time.
 */

/** Location of a page marker (`ASTANA 00000270  001.3 OF 002`) inside a string. */
export interface PageMarkerSpan {
  /** Offset of the first character of the post name. */
  start: number;
  /** Offset just after the total page count. */
  end: number;
}

// The fixed part of a page marker, after the post name:
//   `ASTANA 00000270  001.3 OF 002` -> `00000270  001.3 OF 002`
// serial (5-8 digits), page (3 digits), optional `.N` format digit, `OF`, total. The total
// may be cut by the archive (`001.2 OF 0...`), hence 1-3 digits. Bounded quantifiers only.
const PAGE_MARKER_CORE = /(\d{5,8})[ \t]{1,4}\d{3}(?:\.\d)?[ \t]{1,3}OF[ \t]{1,3}\d{1,3}(?![\d])/gi;

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

/**
 * Find the first page marker in `text`: the post name, the 8-digit serial, the page number
 * with its format digit and the total (`ASTANA 00000270  001.3 OF 002`), possibly reflowed
 * into the middle of a line. The post is one word, or several when the words before it
 * start a known multi-word post name (`NEW DELHI`, `SAO PAULO`, `USUN NEW YORK`).
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
    // The serial must not be the tail of a longer digit run.
    const before = text[core - 1];
    if (before === undefined || !(before >= '0' && before <= '9')) {
      let j = core;
      while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\t')) j--;
      let k = j;
      while (k > 0 && isPostChar(text[k - 1])) k--;
      if (k < j && j < core) {
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

/** Result of {@link parseSubjectDetails}. */
export interface SubjectDetails {
  /** Subject text, joined over lines, whitespace collapsed; `null` when there is none. */
  subject: string | null;
  /** Leading portion marking without parentheses (`'C'`, `'SBU'`, `'S//NF'`), or `null`. */
  marking: string | null;
}

/** Classification letters that can start a portion marking: `(C)`, `(SBU)`, `(S//NF)`, `(U//FOUO)`. */
const MARKING_LEVELS: ReadonlySet<string> = new Set(['U', 'SBU', 'LOU', 'C', 'S', 'TS', 'FOUO']);

/**
 * If `s` starts with a portion marking in parentheses, return the marking and the rest.
 * `(C) FOO` -> `C`; `(S//NF) FOO` -> `S//NF`; `(UPDATED) FOO` is not a marking.
 */
function splitMarking(s: string): { marking: string; rest: string } | null {
  if (!s.startsWith('(')) return null;
  const close = s.indexOf(')');
  if (close < 2 || close > 20) return null;
  const inner = s.slice(1, close).trim();
  const parts = inner.split('/');
  const level = parts[0]?.toUpperCase() ?? '';
  if (!MARKING_LEVELS.has(level)) return null;
  // Caveats after the level: `NF`, `REL`, `FOUO`, or empty between `//`.
  for (const part of parts.slice(1)) {
    if (!/^[A-Za-z]{0,6}$/.test(part)) return null;
  }
  return { marking: inner.toUpperCase(), rest: s.slice(close + 1) };
}

// Keyword at the start of the field:
//   `SUBJECT:  KAZAKHSTAN: ...`, `SUBJ: ...`, `SUBJECT : ...`, `Subject: ...`,
//   `SUBJECT KAZAKHSTAN ...` (no colon: then the keyword must be upper case and followed by a space).
const SUBJECT_KEYWORD = /^[ \t]*(?:(SUBJECT|SUBJ)[ \t]{0,3}[:.]|(SUBJECT|SUBJ)(?=[ \t]))/i;

// A following field that a source reflowed onto the subject line (not preceded by a letter or digit):
//   `SUBJECT: FOO BAR REF: STATE 1234`   `... REFS: A) ...`   `... REFTEL: ...`   `... REF(S): ...`
//   `... CLASSIFIED BY: ...`   `... E.O. 12958: N/A`   `... EO 12958 DECL`   `... TAGS: PREL`
//   `... 1. (C) SUMMARY: ...` (paragraph 1 reflowed onto the subject line)
//   `... Summary -------`, `... -------` (a dashed heading)
//   `... C O N F I D E N T I A L SECTION 01 OF 02 ...`, `... S E C R E T ...` (the banner of a reflowed cable)
// Each alternative starts with a distinct literal and has bounded repeats.
const INLINE_FIELD =
  /(?<![A-Za-z0-9])(?:REF(?:S|TELS?|\(S\))?[ \t]?:|CLASSIFIED BY\b|E\.[ \t]?O\.[ \t]?\d{5}|EO[ \t]\d{5}|TAGS?[ \t]?:|\d{1,2}\.[ \t]{1,3}\((?:U|SBU|C|S|TS)(?:\/{1,2}[A-Z]{1,6})?\)[ \t]|(?:SUMMARY[ \t]{1,3})?-{3}|C O N F I D E N T I A L\b|S E C R E T\b)/i;

// A following field at the start of a later line (no colon needed):
//   `REF: ...`, `REFS ...`, `REFTEL ...`, `TAGS PREL`, `E.O. 12958`, `CLASSIFIED BY ...`, `1.  (U) ...`,
//   a `Summary` heading line, a `-------` line.
// Anchored at the line start, so each test is one linear pass.
const LINE_FIELD =
  /^[ \t]*(?:REF(?:S|TELS?|\(S\))?\b|TAGS?\b|E\.[ \t]?O\.|EO[ \t]\d|CLASSIFIED BY\b|\d{1,2}\.[ \t]|¶|SUMMARY[ \t:.-]*$|-{3})/i;

function isBlank(line: string): boolean {
  return line.trim() === '';
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
  const lines = text.split(/\r\n|\r|\n/);
  const parts: string[] = [];
  let first = true;
  for (const raw of lines) {
    // `... MULTIPLE \`: some archives end every line with a backslash.
    let line = raw.replace(/\\(?=\s|$)/g, ' ');
    if (first) {
      const kw = SUBJECT_KEYWORD.exec(line);
      if (kw !== null) line = line.slice(kw[0].length);
      else if (isBlank(line)) continue; // leading blank lines before the field
    } else {
      if (isBlank(line) || LINE_FIELD.test(line)) break;
    }
    const marker = findPageMarker(line);
    let stop = false;
    if (marker !== null) {
      line = line.slice(0, marker.start);
      stop = true;
    }
    const inline = INLINE_FIELD.exec(line);
    if (inline !== null) {
      line = line.slice(0, inline.index);
      stop = true;
    }
    parts.push(line);
    first = false;
    if (stop) break;
  }
  let subject = parts.join(' ').replace(/\s+/g, ' ').trim();
  let marking: string | null = null;
  const split = splitMarking(subject);
  if (split !== null) {
    marking = split.marking;
    subject = split.rest.trim();
  }
  return { subject: subject === '' ? null : subject, marking };
}

/**
 * Parse a SUBJECT field (see {@link parseSubjectDetails}) and return only the subject text,
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
