/**
 * Line scanning. Every later stage works on `SourceLine`s, which remember where in the
 * original input they came from, so diagnostics can point back at it.
 */

import type { Span } from '../model/cable.js';

/** One line of input, with its position in the original text. */
export interface SourceLine {
  /** The line's text, without its line terminator (after any repair). */
  text: string;
  /** 0-based offset of the line's first character in the original input. */
  offset: number;
  /** 0-based offset just after the line's last character in the original input (its terminator excluded). */
  end: number;
  /** 1-based line number in the original input. */
  line: number;
  /**
   * Offset where the input's own line holding `offset` starts, when the line does not start
   * one: a `<pre>` line of an HTML page (its breaks are `&#x000A;` entities inside one long
   * input line), a line a decoded `&#x000A;` began. Absent: the line starts at `offset`.
   * Diagnostics count their column from it.
   */
  lineStart?: number;
}

/**
 * True for a line terminator other than `\n` and `\r`: U+2028 LINE SEPARATOR and U+2029
 * PARAGRAPH SEPARATOR (JavaScript's own line terminators). Some scraped pages end their
 * lines with them: `...election on July 2\u2028WILL inherit both...`.
 */
export function isSeparatorCode(c: number): boolean {
  return c === 0x2028 || c === 0x2029;
}

/** True when `text` holds U+2028 or U+2029 (native searches; instant on one-byte strings, which cannot hold them). */
export function hasSeparators(text: string): boolean {
  return text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0;
}

/**
 * Splits text into lines on `\n`, `\r\n`, a lone `\r`, U+2028 or U+2029, keeping positions.
 * A final empty line after a trailing newline is not returned.
 */
export function splitLines(text: string, startOffset = 0, startLine = 1): SourceLine[] {
  const lines: SourceLine[] = [];
  let lineStart = 0;
  let lineNo = startLine;
  const n = text.length;
  if (text.indexOf('\r') < 0 && !hasSeparators(text)) {
    // Only `\n` ends lines: the native search finds each end (about twice as fast as a
    // character loop on a whole archive dump).
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', lineStart)) {
      lines.push({ text: text.slice(lineStart, i), offset: startOffset + lineStart, end: startOffset + i, line: lineNo++ });
      lineStart = i + 1;
    }
    if (lineStart < n) lines.push({ text: text.slice(lineStart), offset: startOffset + lineStart, end: startOffset + n, line: lineNo });
    return lines;
  }
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || isSeparatorCode(c)) {
      lines.push({ text: text.slice(lineStart, i), offset: startOffset + lineStart, end: startOffset + i, line: lineNo++ });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      lineStart = i + 1;
    }
  }
  if (lineStart < n) lines.push({ text: text.slice(lineStart), offset: startOffset + lineStart, end: startOffset + n, line: lineNo });
  return lines;
}

/**
 * Cable lines were wrapped at about 65-70 characters; a line at least this long may
 * have been wrapped, a shorter one ended where its writer ended it.
 */
export const WRAP_WIDTH = 50;

/** True when the line has no visible characters. */
export function isBlank(text: string): boolean {
  // A scan to the first visible character (most lines have one near the start), not
  // `text.trim().length === 0`, which copies every line that has surrounding spaces.
  for (let i = 0; i < text.length; i++) if (!isWhitespaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** True for an ASCII digit's code (`0`-`9`); NaN (outside a text) is not. */
export function isAsciiDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True for an ASCII capital's code (`A`-`Z`); NaN (outside a text) is not. */
export function isAsciiUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** True for an ASCII lower-case letter's code (`a`-`z`); NaN (outside a text) is not. */
export function isAsciiLowerCode(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** True for an ASCII letter's code (`A`-`Z`, `a`-`z`); NaN (outside a text) is not. */
export function isAsciiLetterCode(c: number): boolean {
  return isAsciiUpperCode(c) || isAsciiLowerCode(c);
}

/** True for the characters `String.prototype.trim` removes (ECMAScript WhiteSpace and LineTerminator). */
export function isWhitespaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The index of the first character of `text` at or after `from` that is not whitespace (`isWhitespaceCode`); the length when there is none. */
export function skipWhitespace(text: string, from = 0): number {
  let i = from;
  while (i < text.length && isWhitespaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Collapses runs of whitespace to one space and trims. */
export function collapseWhitespace(text: string): string {
  // Most text has only single spaces inside: then trimming the ends is the whole job,
  // done without the regex.
  let a = 0;
  let b = text.length;
  while (a < b && isWhitespaceCode(text.charCodeAt(a))) a++;
  while (b > a && isWhitespaceCode(text.charCodeAt(b - 1))) b--;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    // A tab, a line break, or a second space: `KAZAKHSTAN:  SECOND`.
    if (isWhitespaceCode(c) && (c !== 32 || isWhitespaceCode(text.charCodeAt(k + 1)))) return text.replace(/\s+/g, ' ').trim();
  }
  return a === 0 && b === text.length ? text : text.slice(a, b);
}


/** True for the characters rule lines are drawn with: `-` `=` `_` `*` `~`. */
export function isRuleCode(c: number): boolean {
  return c === 45 || c === 61 || c === 95 || c === 42 || c === 126;
}

/**
 * A rule line, drawn above or below a heading or between parts: only `-` `=` `_` `*` `~`
 * (at least three) and whitespace:
 *
 *     ----------------
 *     WHO'S IN CHARGE?
 *     ----------------
 */
export function isRuleLine(text: string): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isRuleCode(c)) count++;
    else if (!isWhitespaceCode(c)) return false;
  }
  return count >= 3;
}

/** Removes trailing spaces and tabs. */
export function trimEnd(text: string): string {
  // A loop, not `/[ \t]+$/`: that regex is quadratic on long runs of inner spaces.
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return end === text.length ? text : text.slice(0, end);
}


/** The span of a line, or of lines `from` to `to` inclusive. */
export function spanOf(from: SourceLine, to: SourceLine = from): Span {
  return { start: from.offset, end: Math.max(from.offset, to.end) };
}

/** A 1-based line and column, as `lineColumn` gives them. */
export interface LineColumn {
  /** 1-based line number. */
  line: number;
  /** 1-based column: UTF-16 code units from the line start, plus one. */
  column: number;
}

/**
 * The 1-based line and column of an offset in a text (lines end at `\n`, `\r\n` or `\r`).
 * Offsets outside the text are clamped to it.
 *
 * @example lineColumn('ab\ncd', 3) // { line: 2, column: 1 }
 */
export function lineColumn(text: string, offset: number): LineColumn {
  if (typeof text !== 'string') throw new TypeError('lineColumn: text must be a string');
  const at = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}

/** Closing quotes and brackets that may follow the end of a sentence or a word: `said."`, `(MBS).` */
export function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93;
}

/**
 * True when a line ends a sentence: `.`, `!` or `?`, maybe followed by closing quotes or
 * brackets: `... going on in its midst.`, `... "terrorism."`, `(End note.)`.
 */
export function endsSentence(text: string): boolean {
  let i = text.length;
  while (i > 0 && isCloser(text.charCodeAt(i - 1))) i--;
  const c = text.charCodeAt(i - 1);
  return c === 46 || c === 33 || c === 63;
}

/**
 * Words a sentence never ends on: a line ending on one goes on (`...victory for the` / blank / `"No" vote`, `... run by
 * the` / `CSJ`). Lower case; the title-case heading's small words among them.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'vs', 'with', 'from', 'into', 'over', 'after',
  'within', 'between', 'against', 'amid', 'including', 'than', 'per', 'about', 'under', 'toward', 'towards', 'via', 'nearly', 'approximately',
]);

/**
 * True when a line ends on a word of two letters or more that no sentence ends on (`FUNCTION_WORDS`, any case: `... MITSUI
 * AND CO. AND`), not right after a semicolon or a comma (`...; and`, `... OF CROATIA, AND` end an item of a list, the next
 * item follows).
 */
export function endsOnFunctionWord(text: string): boolean {
  const t = trimEnd(text);
  const at = t.lastIndexOf(' ') + 1;
  if (t.length - at < 2 || !FUNCTION_WORDS.has(t.slice(at).toLowerCase())) return false;
  let k = at - 1;
  while (k >= 0 && isWhitespaceCode(t.charCodeAt(k))) k--;
  return t.charCodeAt(k) !== 59 && t.charCodeAt(k) !== 44;
}
