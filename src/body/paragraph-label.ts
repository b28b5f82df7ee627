/**
 * Paragraph labels and portion markings at the start of a line:
 *
 *     1.  (SBU) Text ...          arabic label, marking SBU
 *     ¶2. (C) Text ...            HTML pages put a pilcrow before the number
 *     II.  COMPLETED ACTIONS ...  roman outline level (EXBS reports)
 *     A.  SITE ASSESSMENTS ...    letter outline level
 *     21A.  Costa Rica is ...     keyed label (a checklist's answers; without a marking only in a run, see `matchKeyedLabel`)
 */

import { isAsciiDigitCode, isWhitespaceCode, skipWhitespace } from '../text/source-line.js';

/** How a label is written. */
export type LabelStyle = 'arabic' | 'letter' | 'roman';

/** A label read from the start of a line. */
export interface LabelMatch {
  /** The label without its dot: `'1'`, `'A'`, `'II'`. */
  label: string;
  /** Length of the label with its dot, pilcrow and following spaces. */
  length: number;
}

/**
 * Label then dot then whitespace (or end of line, or a marking glued to the dot):
 * `1.  `, `¶12. `, `II. `, `A. `, `11.(U) `. `U.S.` is not a label (no space after the first dot).
 * A number may also be glued to a capitalized or upper-case word: `1.Secret - Entire Text.`, `10.The TFG had ...`,
 * `4.THE MINISTER AGREED.` (an upper-case word and another, its colon or period between too: `1.SUMMARY: THE BANK`),
 * `3.U.S. FIRMS ARE` (initials and a word), `4.XXXXXXXXXXXX` or `3.xxxxxxxxxxxx` (a redaction, as
 * WikiLeaks typed it in either case); not `1.5 million`, not
 * `J.Smith`, not `Law No.` / `5.PIB approval is required` (a number ending a sentence, glued to the next one).
 * `#` is a number the drafter never filled in, taken only before a marking: `#. (U) This cable
 * was coordinated with Consulate Lagos.` (see `PLACEHOLDER_LABEL`).
 * A number with a capital suffix, or a range of two (the key of a reporting cable's questions, as
 * TIP reports number them), is a label only before a marking: `18A.  (SBU)  Costa Rica is a country
 * ...`, `20A-B.  (SBU)  Costa Rica does not ...` (not `2B. Text`, not `4A. of the act`); its suffix may follow a dot or
 * stand in parentheses in lower case (`23.A.  (SBU)`, `27(a). (SBU)`: the label `23A`, `27A`, see `keyedLabelOf`), where
 * the dot after it may be a colon or left out and a dot or space may stand before it (`4(a) (SBU)`, `4(a): (SBU)`,
 * `3 (a) (SBU)`, `4.(a) (SBU)`), or its letter close a parenthesis alone (`4a) (SBU)`); be typed in
 * lower case (`3.a. (SBU)`, `3a. (SBU)`: `3A`) or after a space (`23. A. (C)`: `23A`, read by `matchLabel` after `LABEL`); see
 * `isSuffixedLabel` for its outline level. (Without a marking, in a run of such labels in sequence: `matchKeyedLabel`.)
 * A number typed with a space before its dot is a label only before a marking: `1 . (C) Summary: Talks ...`.
 * A list lettered past `Z` goes on with doubled letters: `Z.`, `AA.`, `BB.` (`II.`, `VV.`, `XX.` are read as roman numbers here;
 * the paragraph reader takes them for letters after `HH.`, `UU.`, `WW.`).
 */
const LABEL = /^\s*(?:\u00b6\s?)?(?:(\d{1,3}|[A-Z]|AA|BB|CC|DD|EE|FF|GG|HH|JJ|KK|LL|MM|NN|OO|PP|QQ|RR|SS|TT|UU|WW|YY|ZZ|[IVX]{2,5}|#(?=\.\s{0,4}\( ?(?:[UCS]|SBU|TS|LOU|CUI) ?[/)]))\.(?:\s+|$|(?=\( ?(?:[UC]|SBU|S|TS|LOU)\b))|(\d{1,3})\.(?=[A-Z][a-z]|[A-Z]{2,20}[:.]?[ \t]{1,4}[A-Z]|(?:[A-Z]\.){2}[ \t]{1,4}[A-Z]|X{4}|x{4})|(\d{1,3}(?:\.?[A-Za-z](?:-[A-Za-z])?|[. ]?\([a-z]\)|[a-z]\)))(?:\.\s{0,4}|(?<=\))(?::[ \t]{0,4}|[ \t]{1,4}))(?=\( ?(?:[UCS]|SBU|TS|LOU|CUI) ?[/)])|(\d{1,3}) \.[ \t]{1,4}(?=\( ?(?:[UCS]|SBU|TS|LOU|CUI) ?[/)]))/;

/** The label of a paragraph whose number was left as a placeholder: `#. (U) ...`. */
export const PLACEHOLDER_LABEL = '#';

/** `I`, `V` or `X`: the letters of a roman label. */
function isRomanLetter(c: number): boolean {
  return c === 73 || c === 86 || c === 88;
}

/** Reads a label at the start of a line. */
export function matchLabel(text: string): LabelMatch | null {
  // Asked of most lines: a label starts with a digit, a capital, `¶` or `#` (after spaces).
  let i = 0;
  while (i < text.length && isWhitespaceCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (!(isAsciiDigitCode(c) || (c >= 65 && c <= 90) || c === 0xb6 || c === 35)) return null;
  // A capital starts a label only as a letter (`A.`) or a roman number (`IV.`): most lines of text fail here.
  if (c >= 65 && c <= 90) {
    const d = text.charCodeAt(i + 1);
    if (d !== 46 && !(isRomanLetter(c) && isRomanLetter(d)) && !(d === c && text.charCodeAt(i + 2) === 46)) return null;
  }
  const m = LABEL.exec(text);
  if (m === null) return null;
  const label = m[1] ?? m[2] ?? (m[3] === undefined ? undefined : keyedLabelOf(m[3])) ?? m[4] ?? '';
  // `I. A. Rehman expects ...`, `V. K. Singh said ...`, `S. A. HOSSAIN, HOME MINISTER`: initials and a name, not the label
  // `I` (a capital, a dot and a capitalized or upper-case word after the label's letter).
  if (label.length === 1 && c >= 65 && c <= 90 && opensWithInitialAndName(text.slice(m[0].length))) return null;
  // A keyed label typed with a space after the number's dot, before a marking: `23. A. (C) ...` is `23A` (a letter alone
  // after `23.` is the letter of the key, as `23.A.`; without the marking `23. A.` stays the number `23`).
  if (m[1] !== undefined && isAsciiDigitCode(c)) {
    const key = SPACED_KEY.exec(text.slice(m[0].length, m[0].length + 12));
    if (key !== null) return { label: label + (key[1] ?? '').toUpperCase(), length: m[0].length + key[0].length };
  }
  // The number typed twice before the marking, a slip: `4. 4. (C) ON SECURITY ...` is paragraph 4.
  if (m[1] !== undefined && isAsciiDigitCode(c)) {
    const again = m[0].length + skipBlanks(text, m[0].length);
    const after = again + label.length + 1;
    const blanks = skipBlanks(text, after);
    if (blanks > 0 && text.startsWith(`${label}.`, again) && text.charCodeAt(after + blanks) === 40) return { label, length: after + blanks };
  }
  return { label, length: m[0].length };
}

/** How many blanks (spaces, tabs) stand in `text` from `at`, at most 4. */
function skipBlanks(text: string, at: number): number {
  let n = 0;
  while (n < 4 && (text.charCodeAt(at + n) === 32 || text.charCodeAt(at + n) === 9)) n++;
  return n;
}

/** The letter of a keyed label after `23. `, then its dot, before a marking: `A. (C)` (anchored, bounded; see `matchLabel`). */
const SPACED_KEY = /^([A-Za-z])\.[ \t]{0,4}(?=\( ?(?:[UCS]|SBU|TS|LOU|CUI) ?[/)])/;

/**
 * A keyed label as read (`23A`, `23.A`, `3.a`, `3a`, `27(a)`, `3 (a)`, `4.(a)`, `4a)`) in its one form: the number and a
 * capital suffix (`23A`, `3A`, `27A`, `4A`).
 */
function keyedLabelOf(written: string): string {
  const c = written.charCodeAt(written.length - 1);
  if (c === 41) {
    let digits = 0;
    while (isAsciiDigitCode(written.charCodeAt(digits))) digits++;
    return written.slice(0, digits) + written.charAt(written.length - 2).toUpperCase();
  }
  const dot = written.indexOf('.');
  return (dot < 0 ? written : written.slice(0, dot) + written.slice(dot + 1)).toUpperCase();
}

/**
 * One or two more initials and a name, capitalized or in capitals: `A. Rehman`, `A. HOSSAIN`, `A. K. SEN` (not `U.S.`,
 * whose dot no blank follows). Anchored, bounded blanks.
 */
const INITIAL_AND_NAME = /^(?:[A-Z]\.[ \t]{1,2}){1,2}[A-Z][a-zA-Z]/;

/** True when a text opens with one or two initials and a name (`INITIAL_AND_NAME`): `P. V. NARASIMHA RAO`, `A. Rehman`. */
export function opensWithInitialAndName(text: string): boolean {
  return INITIAL_AND_NAME.test(text);
}

/**
 * True when `label` is a number with a capital suffix or range (`18A`, `20A-B`): a paragraph of
 * its own at the number's level (`18A` replaces `17` or `18B` at the top, no level under `18`),
 * its number the digits (`18`) for the sequence (`20A-B` then `21.`).
 */
export function isSuffixedLabel(label: string): boolean {
  const n = label.length;
  return n >= 2 && isAsciiDigitCode(label.charCodeAt(0)) && !isAsciiDigitCode(label.charCodeAt(n - 1));
}

/**
 * A keyed label: a number with a capital suffix or a range of two, one to four spaces, then a capital or a quote, as a
 * reply keyed to a checklist numbers its answers: `21A.  Costa Rica is a country mainly of transit ...`,
 * `23A-B.  In November 2005, the Legislative Assembly ...`; or a portion marking after it (`18A.  (SBU)  Costa ...`, which
 * `LABEL` reads too). Not `4A. of the act` (lower case after), not `12B.Main` (no space). Without a marking only a label
 * in a run of such labels in sequence (`followsKeyedLabel`): the caller decides. The suffix may follow a dot or stand
 * in parentheses in either case, as some posts type the tasker's keys: `23.A. (SBU) WHAT SERVICES ...`,
 * `27(a). (SBU) PROSECUTION: ...`, `27(A). (C) HAS THE GOVERNMENT ...` (groups: the number, a capital suffix or range, a
 * parenthesized letter). Anchored, bounded.
 */
const KEYED_LABEL = /^\s*(?:\u00b6\s?)?(\d{1,3})(?:\.?([A-Z](?:-[A-Z])?)|\(([A-Za-z])\))\.(?:[ \t]{1,4}(?=["A-Z])|[ \t]{0,4}(?=\( ?(?:[UCS]|SBU|TS|LOU|CUI) ?[/)]))/;

/**
 * Reads a keyed label (`21A.  Costa Rica ...` -> `21A`); the caller checks the run when no marking follows (see
 * `KEYED_LABEL`). The label is the number and its capital suffix however typed: `23.A.` and `23(a).` give `23A`.
 */
export function matchKeyedLabel(text: string): LabelMatch | null {
  // A digit first (after spaces or a pilcrow), a capital (or `.` and a capital, or `(` and a letter) after at most
  // three digits: most lines fail here.
  let i = skipWhitespace(text);
  if (text.charCodeAt(i) === 0xb6) i = skipWhitespace(text, i + 1);
  if (!isAsciiDigitCode(text.charCodeAt(i))) return null;
  let j = i + 1;
  while (j < i + 3 && isAsciiDigitCode(text.charCodeAt(j))) j++;
  let c = text.charCodeAt(j);
  if (c === 46 || c === 40) c = text.charCodeAt(j + 1) & ~0x20;
  if (c < 65 || c > 90) return null;
  const m = KEYED_LABEL.exec(text);
  return m === null ? null : { label: (m[1] ?? '') + (m[2] ?? (m[3] ?? '').toUpperCase()), length: m[0].length };
}

/**
 * True when the keyed label `after` goes on from `before` (both suffixed, see `isSuffixedLabel`): the same number and
 * the next letter (`21A` -> `21B`, `23A-B` -> `23C`), or the next number from `A` (`21D` -> `22A`, `22J` -> `23A-B`).
 */
export function followsKeyedLabel(before: string, after: string): boolean {
  const a = keyedParts(before);
  const b = keyedParts(after);
  if (a === null || b === null) return false;
  return (b.number === a.number && b.first === a.last + 1) || (b.number === a.number + 1 && b.first === 65);
}

/** The number and the first and last letter codes of a keyed label: `23A-B` -> 23, `A`, `B`. */
function keyedParts(label: string): { number: number; first: number; last: number } | null {
  let i = 0;
  while (i < label.length && isAsciiDigitCode(label.charCodeAt(i))) i++;
  if (i === 0 || i === label.length) return null;
  return { number: Number(label.slice(0, i)), first: label.charCodeAt(i), last: label.charCodeAt(label.length - 1) };
}

/**
 * A number typed with a comma for its dot, then a portion marking: `8, (C) Senator Kerry ...`,
 * `¶6, (SBU) Post will ...`; also a capital letter: `B, (U) ACTIVITY DATE/TIME: July 27 ...`; or with its dot
 * typed twice, or a comma after it: `3..  (C) EMBASSY STATUS: ...`, `3., (C) ...`.
 * The marking is required: `8, 9 and 10 are ...` is text. (`i` for the marking's case: the
 * caller tests that a letter label is a capital.)
 */
const COMMA_LABEL = /^\s*(?:\u00b6\s?)?(\d{1,3}|[A-Z])(?:,|\.[.,])\s{0,4}(?=\( ?(?:[UCS]|SBU|TS|LOU|CUI) ?[/)])/i;

/**
 * Reads a label typed with a comma (`8, (C) ...`, `B, (U) ...`) or a doubled dot (`3.. (C) ...`). Only a label when it continues
 * the paragraph sequence (`7.` then `8,`, `A.` then `B,`): the caller decides that.
 */
export function matchCommaLabel(text: string): LabelMatch | null {
  // Asked of block starts that `matchLabel` refused: the label starts with a digit or `¶`,
  // or is a capital right before the comma (`B,`).
  let i = 0;
  while (i < text.length && isWhitespaceCode(text.charCodeAt(i))) i++;
  let c = text.charCodeAt(i);
  if (c === 0xb6) {
    i++;
    if (isWhitespaceCode(text.charCodeAt(i))) i++;
    c = text.charCodeAt(i);
  }
  if (!(isAsciiDigitCode(c) || (c >= 65 && c <= 90 && (text.charCodeAt(i + 1) === 44 || text.charCodeAt(i + 1) === 46)))) return null;
  const m = COMMA_LABEL.exec(text);
  if (m === null) return null;
  return { label: m[1] ?? '', length: m[0].length };
}

/**
 * A capital letter label typed with a colon for its dot, then a capital or a quote: the items of a lettered list
 * written `A: Description of the engagement: The ...` (then `B. Examples ...`, or `B: ...`). Not `A:` before a
 * lower-case word or a digit (`A: yes`, `A: 1999`). The caller decides the sequence (a `Q:` / `A:` interview is no list).
 */
const COLON_LABEL = /^\s*(?:\u00b6\s?)?([A-Z]):[ \t]{1,4}(?=["A-Z])/;

/** Reads a capital letter label typed with a colon (`A: Description ...`); only a label when the caller's sequence says so. */
export function matchColonLabel(text: string): LabelMatch | null {
  // A capital then `:` (after spaces or a pilcrow) is the pre-test: most lines fail at once.
  let i = 0;
  while (i < text.length && isWhitespaceCode(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 0xb6) {
    i++;
    if (isWhitespaceCode(text.charCodeAt(i))) i++;
  }
  const c = text.charCodeAt(i);
  if (c < 65 || c > 90 || text.charCodeAt(i + 1) !== 58) return null;
  const m = COLON_LABEL.exec(text);
  return m === null ? null : { label: m[1] ?? '', length: m[0].length };
}

/**
 * A number typed without its dot, then a portion marking: `15 (C) Sanctions were discussed ...`,
 * `¶7  (SBU) The ministry ...`. At most three digits (`2009 (C)` is a year, never a label).
 * Only a label when it continues the paragraph sequence (`14.` then `15 (C)`): the caller decides,
 * and the caller checks the marking with `matchMarking`.
 */
const BARE_LABEL = /^\s*(?:\u00b6\s?)?(\d{1,3})[ \t]{1,4}(?=\( ?(?:[UCS]|SBU|TS|LOU|CUI) ?[/)])/;

/** Reads a number label typed without its dot before a marking (`15 (C) ...`); the caller checks the sequence. */
export function matchBareLabel(text: string): LabelMatch | null {
  // Asked of block starts that `matchLabel` refused: the label starts with a digit or `¶`.
  const c = text.charCodeAt(skipWhitespace(text));
  if (!isAsciiDigitCode(c) && c !== 0xb6) return null;
  const m = BARE_LABEL.exec(text);
  return m === null ? null : { label: m[1] ?? '', length: m[0].length };
}

/**
 * A number closed by a parenthesis, a capital, a quote or a figure after it: the items of a press summary
 * (`2) U.S. under secretary of defense says China concerned ...`, `14) "Japan Day" opens ...`, `4) 31 Japanese-flagged
 * vessels escorted ...`).
 * Not `1)` before a lower-case word (`1) the minister ...`, a list inside a sentence). Only a
 * paragraph label in a body with no dotted labels, the items in sequence: the caller decides.
 */
const PAREN_LABEL = /^\s*(\d{1,2})\)(?:[ \t]{1,4}(?=["'A-Z(\d])|(?=\())/;

/**
 * Reads a `N)` item label at the start of a line (`2) U.S. under secretary ...`); the caller decides whether it is a paragraph.
 * A portion marking may follow, with or without a space: `4) (C) Our objectives:`, `6)(C) The Counter-radicalization ...`
 * (a parenthesis after the label is taken only when it opens a marking: not `2) (see above)`).
 */
export function matchParenLabel(text: string): LabelMatch | null {
  // A digit first (after spaces), a `)` within the next three characters.
  const i = skipWhitespace(text);
  if (!isAsciiDigitCode(text.charCodeAt(i)) || (text.charCodeAt(i + 1) !== 41 && text.charCodeAt(i + 2) !== 41)) return null;
  const m = PAREN_LABEL.exec(text);
  if (m === null) return null;
  if (text.charCodeAt(m[0].length) === 40 && matchMarking(text.slice(m[0].length)) === null) return null;
  return { label: m[1] ?? '', length: m[0].length };
}

/**
 * A number in brackets, then a portion marking: the marked sub-paragraphs of a lettered one (`(1) (C) Chaman.  The
 * number of checkpoints ...` under `B. (C) Checkpoints.`). Unmarked, `(1) COMMON COLLECTIVE CEILINGS ...` is an item of a
 * list its letter's lead-in announces, or a table's footnote: text. The caller decides the sequence. Anchored, bounded.
 */
const BRACKET_LABEL = /^\s*\((\d{1,2})\)[ \t]{1,4}(?=\()/;

/** Reads a marked `(N)` item label at the start of a line (`(1) (C) Chaman. ...`); the caller decides whether it is a paragraph. */
export function matchBracketLabel(text: string): LabelMatch | null {
  // A bracket then a digit first (after spaces).
  const i = skipWhitespace(text);
  if (text.charCodeAt(i) !== 40 || !isAsciiDigitCode(text.charCodeAt(i + 1))) return null;
  const m = BRACKET_LABEL.exec(text);
  if (m === null || matchMarking(text.slice(m[0].length)) === null) return null;
  return { label: m[1] ?? '', length: m[0].length };
}

/**
 * A lower-case letter or roman label, then a dot and a capital, a quote or a marking: the sub-items of a
 * numbered paragraph (`a.  TOURIST AND BUSINESS VISAS:  On occasion ...`, `ii.  "CONSULTANCY" SERVICES: ...`).
 * Not `a.m.` or `e.g.` (a space after the dot), not `i. e. the` (a capital after). The caller decides the sequence.
 */
const LOWER_LABEL = /^\s*([a-z]|[ivx]{2,5})\.[ \t]{1,4}(?=["'A-Z(])/;

/** Reads a lower-case letter or roman label (`a.`, `ii.`) at the start of a line; the caller decides whether it is a paragraph. */
export function matchLowerLabel(text: string): LabelMatch | null {
  // A lower-case letter first (after spaces), a dot within the next six characters.
  const i = skipWhitespace(text);
  const c = text.charCodeAt(i);
  if (c < 97 || c > 122) return null;
  let dot = i + 1;
  while (dot < i + 6 && text.charCodeAt(dot) !== 46) dot++;
  if (text.charCodeAt(dot) !== 46) return null;
  const m = LOWER_LABEL.exec(text);
  if (m === null) return null;
  if (text.charCodeAt(m[0].length) === 40 && matchMarking(text.slice(m[0].length)) === null) return null;
  return { label: m[1] ?? '', length: m[0].length };
}

/**
 * A sub-paragraph label of a lettered section: the section's capital, one space, the item's number (or a range of two)
 * and a dot, as cables keyed to a questionnaire number the answers under each lettered question group:
 * `A 1. (S/NF) DIAGNOSES: Despite ...`, `A 7-8. (c) who provides ...`, `E 2.xxxxxxxxxxxx` (the text redacted right
 * after the dot). Not `A 1.5 million` (a space, the end of the line or a redaction run after the dot). The caller
 * decides the sequence (only under the open section `A.`, from `A 1.` on). Anchored, bounded.
 */
const SUB_LABEL = /^\s*([A-Z]) (\d{1,2}(?:-\d{1,2})?)\.(?:[ \t]{1,4}|$|(?=[Xx]{4}))/;

/** A sub-paragraph label read by `matchSubLabel`: the section letter, the item number as written (`'7-8'`), the label (`'A 7-8'`). */
export interface SubLabelMatch extends LabelMatch {
  /** The section's letter: `'A'`. */
  letter: string;
  /** The item's number or range as written: `'1'`, `'7-8'`. */
  item: string;
}

/** Reads a sub-paragraph label `A 1.` at the start of a line (`SUB_LABEL`); the caller checks the sequence. */
export function matchSubLabel(text: string): SubLabelMatch | null {
  // A capital, a space and a digit first (after spaces) are the pre-test.
  const i = skipWhitespace(text);
  const c = text.charCodeAt(i);
  if (c < 65 || c > 90 || text.charCodeAt(i + 1) !== 32 || !isAsciiDigitCode(text.charCodeAt(i + 2))) return null;
  const m = SUB_LABEL.exec(text);
  if (m === null) return null;
  const letter = m[1] ?? '';
  const item = m[2] ?? '';
  return { label: `${letter} ${item}`, length: m[0].length, letter, item };
}

const LOWER_ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** The lower-case roman numeral after `label` (`'iii'` -> `'iv'`), or `null`. */
export function nextLowerRoman(label: string): string | null {
  const i = LOWER_ROMAN.indexOf(label);
  return i >= 0 && i + 1 < LOWER_ROMAN.length ? (LOWER_ROMAN[i + 1] ?? null) : null;
}

/** The lower-case letter after `label` (`'a'` -> `'b'`), or `null` after `z`. */
export function nextLowerLetter(label: string): string | null {
  const c = label.charCodeAt(0);
  return label.length === 1 && c >= 97 && c < 122 ? String.fromCharCode(c + 1) : null;
}

/** True when a line starts with a paragraph label of any style. */
export function startsParagraph(text: string): boolean {
  return matchLabel(text) !== null;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

/** The roman numeral after `label`, or `null`. */
export function nextRoman(label: string): string | null {
  const i = ROMAN.indexOf(label);
  return i >= 0 && i + 1 < ROMAN.length ? (ROMAN[i + 1] ?? null) : null;
}

/** True when `label` is a roman numeral we accept as a label (I to XX). */
export function isRoman(label: string): boolean {
  return ROMAN.includes(label);
}

/** The letter after `label` (`'A'` -> `'B'`, `'Z'` -> `'AA'`, `'HH'` -> `'II'`), or `null` after `ZZ`. */
export function nextLetter(label: string): string | null {
  const c = label.charCodeAt(0);
  if (label.length === 1) return c >= 65 && c < 90 ? String.fromCharCode(c + 1) : c === 90 ? 'AA' : null;
  // Past `Z`: `AA`, `BB`, ... `ZZ` (`II`, `VV`, `XX` too: after `HH` the next letter, which `LABEL` reads as a roman number).
  if (!isDoubledLetter(label) || c === 90) return null;
  const n = String.fromCharCode(c + 1);
  return n + n;
}

/** True for a doubled letter label past `Z`: `AA`, `BB`, ... `ZZ`. */
export function isDoubledLetter(label: string): boolean {
  const c = label.charCodeAt(0);
  return label.length === 2 && c >= 65 && c <= 90 && label.charCodeAt(1) === c;
}

/**
 * Portion marking right after a label: `(U)`, `(SBU)`, `(C)`, `(S//NF)`, `(C/NF)`,
 * `(SBU/NF)`, `(U//FOUO)`, `(TS)`, `(LOU)`, `(S//REL TO USA, FVEY)`, `(C/ REL ISAF)`, a release list of up to a dozen
 * countries (`(S//REL TO USA, AUS, CAN, GBR, NZL)`),
 * `(sbu)`, `(s/nf)`, and a release caveat or NOFORN in its own parentheses: `(C) (REL UK)`, `(C) (NOFORN)`.
 * A space typed inside a parenthesis is no matter: `(C ) As Tadic's advisor ...`, `( SBU) Post ...`, `(S // NF)`.
 * Classification first, then up to three `/`- or `//`-separated caveats of up to thirteen
 * words (separated by a space or a comma); any case. NOFORN may also follow a hyphen, as some posts typed it:
 * `(C-NF)`, `(S - NF)`, `(SBU-NOFORN)` (kept as written, `C-NF`, spaces dropped). A period or colon right after it is
 * the marking's (`5.  (U).  STATE POCS ...`). Older cables mark the first paragraph for the
 * whole text: `1. (C - ENTIRE TEXT)`, `(LOU-ENTIRE TEXT)`, `(C - ENTIRE TEXT.)`; the marking is the level (`C`). (Written out,
 * `(CONFIDENTIAL - ENTIRE TEXT)`: see `SPELLED_MARKING`.)
 */
const MARKING = /^\( ?([UCS]|SBU|TS|LOU|CUI)((?: ?\/{1,2} ?[A-Z]{1,8}(?:(?:, ?| )[A-Z]{2,8}){0,12}| ?- ?(?:NOFORN|NF)(?= ?[)/])){0,3})(?:(?: ?- ?| )ENTIRE TEXT\.?)? ?\)(?:[ \t]{0,3}\((REL(?:, ?| )[A-Z]{2,8}(?:(?:, ?| )[A-Z]{2,8}){0,12}|NOFORN|NF)\))?(?:[.:](?=\s|$))?\s*/i;

/**
 * The whole-text marking with its level written out: `(CONFIDENTIAL - ENTIRE TEXT)`, `(LIMITED OFFICIAL USE - ENTIRE
 * TEXT)`, `(SECRET-ENTIRE TEXT)`, the dash left out (`(CONFIDENTIAL ENTIRE TEXT)`); the marking is the level's code (`C`, `LOU`, `S`). Anchored, a fixed set of words.
 */
const SPELLED_MARKING = /^\( ?(UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE)(?: ?- ?| )ENTIRE TEXT\.? ?\)(?:[.:](?=\s|$))?\s*/i;

/**
 * The same written without parentheses, as the whole of the first paragraph's text or ahead of it: `1.Secret - Entire
 * Text.` (07BRATISLAVA648), `1. CONFIDENTIAL - ENTIRE TEXT.`, `1. LIMITED OFFICIAL USE - ENTIRE TEXT`, without the dash
 * (`1.  CONFIDENTIAL ENTIRE TEXT.`), and with the level's code: `1. S - ENTIRE TEXT.`, `1. LOU - ENTIRE TEXT`. Anchored, a fixed set of words, a period or the line's
 * end after it.
 */
const BARE_SPELLED_MARKING = /^(UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE|[CSU]|LOU|TS)(?: ?- ?| )ENTIRE TEXT(?:\.|(?=[ \t]*(?:\n|$)))\s*/i;

/** The code of each level written out (`SPELLED_MARKING`). */
const LEVEL_CODES: Readonly<Record<string, string>> = { UNCLASSIFIED: 'U', CONFIDENTIAL: 'C', SECRET: 'S', 'TOP SECRET': 'TS', 'LIMITED OFFICIAL USE': 'LOU' };

/** Reads a whole-text marking with its level written out (`SPELLED_MARKING`, `BARE_SPELLED_MARKING`), or `null`. */
function matchSpelledMarking(text: string): { marking: string; length: number } | null {
  const m = text.charCodeAt(0) === 40 ? SPELLED_MARKING.exec(text) : BARE_SPELLED_MARKING.exec(text);
  if (m === null) return null;
  const level = (m[1] ?? '').toUpperCase().replace(/\s+/g, ' ');
  const code = LEVEL_CODES[level] ?? (level.length <= 3 ? level : undefined);
  return code === undefined ? null : { marking: code, length: m[0].length };
}

/** A caveat's separators as the marking is given: `/ REL` -> `/REL`, `USA,FVEY` -> `USA, FVEY`. */
function normalizeCaveats(caveats: string): string {
  // `/ REL ISAF` -> `/REL ISAF`; ` // NF` -> `//NF`; ` - NF` -> `-NF`; `REL TO USA,FVEY` -> `REL TO USA, FVEY`.
  return caveats.replace(/ ?\/ ?/g, '/').replace(/ ?- ?/g, '-').replace(/, ?/g, ', ').toUpperCase();
}

/**
 * Reads a portion marking at the start of a text. The marking is upper case (`(sbu)` ->
 * `SBU`); a release caveat in its own parentheses joins it after `//`: `(C) (REL UK)` ->
 * `C//REL UK`, and so does NOFORN: `(C) (NOFORN)` -> `C//NOFORN`, `(S) (NF)` -> `S//NF`. A lone lower-case `(c)` or
 * `(s)` is a list letter (`40. (c) Yes, ...`), not a marking.
 */
export function matchMarking(text: string): { marking: string; length: number } | null {
  // Asked of every paragraph start: a marking starts with `(`, or is a level written out before `- ENTIRE TEXT`
  // (`BARE_SPELLED_MARKING`; a native search for its `ntire` is the pre-test).
  if (text.charCodeAt(0) !== 40) {
    if (text.length < 13) return null;
    const head = text.length > 40 ? text.slice(0, 40) : text;
    return head.indexOf('NTIRE') > 0 || head.indexOf('ntire') > 0 ? matchSpelledMarking(text) : null;
  }
  const m = MARKING.exec(text);
  if (m === null) return matchSpelledMarking(text);
  const level = m[1] ?? '';
  const caveats = m[2] ?? '';
  const release = m[3];
  if ((level === 'c' || level === 's') && caveats === '' && release === undefined) return null;
  const marking = level.toUpperCase() + normalizeCaveats(caveats) + (release === undefined ? '' : `//${normalizeCaveats(release)}`);
  return { marking, length: m[0].length };
}

/**
 * A lone `(c)` or `(s)` after a label on a line that scraping lowered to the end, read as a marking (`C`, `S`):
 * `A. (c) overall health`, `A 7-8. (c) who provides yar'adua with reports on health and`. Not before a capital
 * (`40. (c) Yes, the Netherlands is a party ...` is a list letter). The caller asks it only right after a label, in a
 * cable whose paragraphs before carry markings.
 */
export function matchLoweredMarking(text: string): { marking: string; length: number } | null {
  // `(c)` or `(s)`, then a space: a constant test.
  const c = text.charCodeAt(1);
  if (text.charCodeAt(0) !== 40 || (c !== 99 && c !== 115) || text.charCodeAt(2) !== 41 || !isWhitespaceCode(text.charCodeAt(3))) return null;
  let lower = false;
  for (let i = 4; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (d >= 65 && d <= 90) return null;
    if (d >= 97 && d <= 122) lower = true;
  }
  if (!lower) return null;
  let length = 4;
  while (length < text.length && isWhitespaceCode(text.charCodeAt(length))) length++;
  return { marking: c === 99 ? 'C' : 'S', length };
}

/**
 * A portion marking whose closing parenthesis was lost, right after a paragraph label: `5. (SBU During recent
 * months, our ongoing dialogue ...`, `7. (S//NF Nasrallah said ...`. Only a code of several letters (a one-letter
 * `(C Text` is too like a list letter or an aside), then one space and a capitalized word. Anchored and bounded.
 */
const OPEN_MARKING = /^\( ?(SBU|LOU|CUI|TS|[UCS]\/{1,2}[A-Z]{2,8}(?:\/{1,2}[A-Z]{2,8}){0,2}) (?=[A-Z][a-z])/;

/** How far a closing parenthesis is looked for after an open marking: `(SBU Working Group) met ...` is an aside, not a damaged marking. */
const OPEN_MARKING_REACH = 48;

/**
 * Reads a portion marking missing its closing parenthesis (`(SBU During recent months ...` -> `SBU`, the text from
 * `During`); the caller asks it only right after a label. Not when a `)` closes the parenthesis soon after (an aside).
 */
export function matchOpenMarking(text: string): { marking: string; length: number } | null {
  // A `(` then a capital are the pre-tests.
  if (text.charCodeAt(0) !== 40) return null;
  const m = OPEN_MARKING.exec(text);
  if (m === null) return null;
  const close = text.indexOf(')');
  if (close >= 0 && close < OPEN_MARKING_REACH) return null;
  return { marking: m[1] ?? '', length: m[0].length };
}
