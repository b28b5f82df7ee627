/**
 * Marked blocks of the body: the summary (`SUMMARY: ... END SUMMARY.` inside paragraph
 * text, or a `SUMMARY` heading over the paragraphs that follow it), comments
 * (`COMMENT: ... END COMMENT.`) and notes (`(NOTE:  ... END NOTE.)`).
 */

import type { Paragraph } from '../model/cable.js';

/** `SUMMARY:` / `BEGIN SUMMARY:` / `SUMMARY.` at the start of a paragraph's text (after any `(SBU)`). */
const SUMMARY_START = /^(?:\([A-Z/]{1,10}\)\s*)?(?:(?:BEGIN|Begin)\s+)?(?:SUMMARY|Summary)\s*(?:(?:AND|and)\s+(?:COMMENT|[Cc]omment)\s*)?[:.-]\s*/;
/** `END SUMMARY` / `End Summary`, possibly wrapped (`END` / `SUMMARY.`), so whitespace of any kind between. */
const SUMMARY_END = /\bEND\s+(?:OF\s+)?SUMMARY\b/i;

/** Extracts the summary from the paragraphs, or `null`. */
export function extractSummary(paragraphs: readonly Paragraph[]): string | null {
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph;
    const start = SUMMARY_START.exec(p.text);
    if (start !== null) {
      const pieces: string[] = [];
      for (let j = i; j < paragraphs.length && j < i + 40; j++) {
        const text = j === i ? p.text.slice(start[0].length) : (paragraphs[j] as Paragraph).text;
        const end = SUMMARY_END.exec(text);
        if (end !== null) {
          pieces.push(text.slice(0, end.index));
          return pieces.join('\n\n').trim() || null;
        }
        pieces.push(text);
      }
      return p.text.slice(start[0].length).trim() || null;
    }
    // A heading `SUMMARY`, `Summary`, `Executive Summary:`: the paragraphs up to the next
    // heading, or up to an `END SUMMARY` among them.
    // Also `SUMMARY AND ACTION REQUEST`, `SUMMARY/BACKGROUND`, `Summary and Introduction`.
    if (p.heading !== null && /^(?:EXECUTIVE\s+)?SUMMARY(?:\s*(?:AND\s|\/|&)\s*[A-Z][A-Z ]{0,30})?\s*:?$/i.test(p.heading)) {
      const pieces: string[] = [];
      for (let j = i; j < paragraphs.length && (j === i || (paragraphs[j] as Paragraph).heading === null); j++) {
        const text = (paragraphs[j] as Paragraph).text;
        const end = SUMMARY_END.exec(text);
        if (end !== null) {
          pieces.push(text.slice(0, end.index));
          break;
        }
        pieces.push(text);
      }
      return pieces.join('\n\n').trim() || null;
    }
  }
  return null;
}

/**
 * Openers of comment and note blocks:
 * - `COMMENT:`, `BEGIN COMMENT:`, `NOTE:` (upper case, colon) anywhere: `... said. NOTE: The ...`;
 * - `Comment:`, `(Note:` (capitalized, colon) only at a paragraph start or after `(`: in
 *   running text `note:` is an ordinary word;
 * - `COMMENT.`, `NOTE.` (upper case, period) at a paragraph start (after a marking left in
 *   the text: `(C) COMMENT. An ethnic ...`), after `(` or after a finished sentence:
 *   `... his father's business. NOTE. These assassinations ... END NOTE.` (`END NOTE.`
 *   follows no sentence end, so it opens nothing);
 * - `Comment.`, `(Note.` (capitalized, period) only at a paragraph start or after `(`:
 *   `Comment. Two of Brasilia's three bridges ...`, `(Note. After Kurram, ...`, not `via Diplomatic Note. This`.
 * Every run of spaces is bounded, the sentence end is a bounded look-behind.
 */
const OPENERS = {
  COMMENT:
    /\b(?:BEGIN\s{1,4})?COMMENT\s?:|(?:^|\n\n|\()[ \t]{0,4}(?:Begin\s{1,4})?Comment\s?:|(?:^|\n\n|\(|(?<=[.!?]["')]?[ \t]{1,4}))[ \t]{0,4}(?:\([A-Z/]{1,10}\)[ \t]{0,4})?(?:BEGIN\s{1,4})?COMMENT\.|(?:^|\n\n|\()[ \t]{0,4}(?:\([A-Z/]{1,10}\)[ \t]{0,4})?(?:Begin\s{1,4})?Comment\./g,
  NOTE: /\b(?:BEGIN\s{1,4})?NOTE\s?:|(?:^|\n\n|\()[ \t]{0,4}(?:Begin\s{1,4})?Note\s?:|(?:^|\n\n|\(|(?<=[.!?]["')]?[ \t]{1,4}))[ \t]{0,4}(?:\([A-Z/]{1,10}\)[ \t]{0,4})?(?:BEGIN\s{1,4})?NOTE\.|(?:^|\n\n|\()[ \t]{0,4}(?:\([A-Z/]{1,10}\)[ \t]{0,4})?(?:Begin\s{1,4})?Note\./g,
} as const;
/**
 * Closers: `END COMMENT`, `End comment`, `END NOTE`, possibly wrapped (`END` / `NOTE.`); a
 * comment opened by `SUMMARY AND COMMENT:` closes at `END SUMMARY AND COMMENT`.
 */
const CLOSERS = {
  COMMENT: /\bEND\s+(?:OF\s+)?(?:SUMMARY\s+AND\s+)?COMMENT\b/gi,
  NOTE: /\bEND\s+(?:OF\s+)?NOTE\b/gi,
} as const;

/**
 * A heading that opens a comment section: `COMMENT`, `Comment`, `Comments:`, `Embassy Comment`,
 * `SUMMARY AND COMMENT`, written above the paragraph(s) of the comment:
 *
 *     COMMENT
 *     -------
 *     15. (C/NF) There is no doubt that ... END COMMENT.
 */
const COMMENT_HEADING = /^(?:(?:EMBASSY|POST|BEGIN)\s{1,4}|SUMMARY\s{1,4}(?:AND|&)\s{1,4})?COMMENTS?\s{0,4}[:.]?$/i;

/** At most this many paragraphs in a block under a heading (like the summary under a SUMMARY heading). */
const MAX_HEADED_PARAGRAPHS = 40;

/**
 * Extracts the texts of `COMMENT` or `NOTE` blocks, in order. A block may span
 * paragraphs; one without its END marker runs to the end of its paragraph. A `COMMENT`
 * heading opens a comment over its paragraphs, up to the next heading or an `END COMMENT`
 * among them (as a `SUMMARY` heading opens the summary).
 */
export function extractBlocks(paragraphs: readonly Paragraph[], kind: 'COMMENT' | 'NOTE'): string[] {
  // Most cables have no such block: skip the scan when the word is absent (the words hold
  // no line break, so each occurrence lies inside one paragraph).
  const capitalized = kind === 'NOTE' ? 'Note' : 'Comment';
  const headed = kind === 'COMMENT' && paragraphs.some((p) => p.heading !== null && COMMENT_HEADING.test(p.heading));
  if (!headed && !paragraphs.some((p) => p.text.includes(kind) || p.text.includes(capitalized))) return [];
  const texts = paragraphs.map((p) => p.text);
  const all = texts.join('\n\n');
  // Where each paragraph starts and ends in `all`, to cut unterminated blocks.
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length;
    ends.push(at);
    at += 2;
  }
  const opener = OPENERS[kind];
  const closer = CLOSERS[kind];
  // The first closer at or after a position; positions asked only grow, so the closer
  // found last is reused until passed (one scan of `all` in all).
  let close: RegExpExecArray | null = null;
  let closeFrom = -1;
  const closerAfter = (from: number): RegExpExecArray | null => {
    if (closeFrom >= 0 && from >= closeFrom && (close === null || close.index >= from)) return close;
    closer.lastIndex = from;
    close = closer.exec(all);
    closeFrom = from;
    return close;
  };
  // The end of the paragraph holding a position; positions asked only grow.
  let paragraph = 0;
  const paragraphEnd = (from: number): number => {
    while (paragraph < ends.length && (ends[paragraph] as number) < from) paragraph++;
    return ends[paragraph] ?? all.length;
  };
  // Blocks as [start in `all`, text], sorted by start at the end.
  const found: Array<[number, string]> = [];
  // Comment sections under a heading: [start, stop] in `all`, in order.
  const sections: Array<[number, number]> = [];
  if (headed) {
    for (let i = 0; i < paragraphs.length; i++) {
      const heading = (paragraphs[i] as Paragraph).heading;
      if (heading === null || !COMMENT_HEADING.test(heading)) continue;
      const start = starts[i] as number;
      // A section that starts with its own opener (`Comment: ...`) is left to the openers.
      // (Looked for in the paragraph's first 40 characters only: the scan stays linear.)
      opener.lastIndex = 0;
      const own = opener.exec(all.slice(start, start + 40));
      if (own !== null && own.index <= 1) continue;
      let last = i;
      while (last + 1 < paragraphs.length && last + 1 < i + MAX_HEADED_PARAGRAPHS && (paragraphs[last + 1] as Paragraph).heading === null) last++;
      let stop = ends[last] as number;
      const end = closerAfter(start);
      if (end !== null && end.index < stop) stop = end.index;
      const text = all.slice(start, stop).trim();
      if (text.length > 0) found.push([start, text]);
      sections.push([start, end !== null && end.index === stop ? end.index + end[0].length : stop]);
      i = last;
    }
  }
  // The openers, as a scan of `all` would find them (each from the end of the one before),
  // searched only in the paragraphs that hold the word: an opener's prefix holds no letters
  // of another paragraph, and `\n\n` before a paragraph is searched with it.
  const matches: Array<{ index: number; end: number }> = [];
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i] as string;
    if (!t.includes(kind) && !t.includes(capitalized)) continue;
    const from = i === 0 ? 0 : (starts[i] as number) - 2;
    const piece = all.slice(from, ends[i]);
    opener.lastIndex = 0;
    for (let m = opener.exec(piece); m !== null; m = opener.exec(piece)) matches.push({ index: from + m.index, end: from + m.index + m[0].length });
  }
  // The first opener at or after a position (positions asked only grow).
  let k = 0;
  const openerFrom = (from: number): { index: number; end: number } | undefined => {
    while (k < matches.length && (matches[k] as { index: number }).index < from) k++;
    return matches[k];
  };
  let section = 0;
  for (let m = openerFrom(0); m !== undefined; ) {
    // Openers inside a comment section already taken are part of it.
    while (section < sections.length && (sections[section] as [number, number])[1] <= m.index) section++;
    const inside = sections[section];
    if (inside !== undefined && inside[0] <= m.index) {
      m = openerFrom(inside[1]);
      continue;
    }
    const start = m.end;
    const next = openerFrom(start);
    const limit = next === undefined ? all.length : next.index;
    const end = closerAfter(start);
    let stop: number;
    if (end !== null && end.index < limit) stop = end.index;
    else stop = paragraphEnd(start);
    const text = all.slice(start, stop).trim();
    if (text.length > 0) found.push([m.index, text]);
    m = openerFrom(end !== null && end.index < limit ? end.index + end[0].length : stop);
  }
  if (sections.length > 0) found.sort((a, b) => a[0] - b[0]);
  return found.map((f) => f[1]);
}
