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

/** Openers of comment and note blocks: `COMMENT:`, `BEGIN COMMENT:`, `NOTE:` (upper case, colon). */
// Capitalized openers (`Comment:`, `(Note:`) count only at a paragraph start or after `(`;
// in running text `note:` is an ordinary word.
const OPENERS = {
  COMMENT: /\b(?:BEGIN\s+)?COMMENT\s?:|(?:^|\n\n|\()[ \t]*(?:Begin\s+)?Comment\s?:/g,
  NOTE: /\b(?:BEGIN\s+)?NOTE\s?:|(?:^|\n\n|\()[ \t]*(?:Begin\s+)?Note\s?:/g,
} as const;
/** Closers: `END COMMENT`, `End comment`, `END NOTE`, possibly wrapped (`END` / `NOTE.`). */
const CLOSERS = {
  COMMENT: /\bEND\s+(?:OF\s+)?COMMENT\b/gi,
  NOTE: /\bEND\s+(?:OF\s+)?NOTE\b/gi,
} as const;

/**
 * Extracts the texts of `COMMENT` or `NOTE` blocks, in order. A block may span
 * paragraphs; one without its END marker runs to the end of its paragraph.
 */
export function extractBlocks(paragraphs: readonly Paragraph[], kind: 'COMMENT' | 'NOTE'): string[] {
  // Most cables have no such block: skip the scan when the word is absent (the words hold
  // no line break, so each occurrence lies inside one paragraph).
  const capitalized = kind === 'NOTE' ? 'Note' : 'Comment';
  if (!paragraphs.some((p) => p.text.includes(kind) || p.text.includes(capitalized))) return [];
  const texts = paragraphs.map((p) => p.text);
  const all = texts.join('\n\n');
  // Where each paragraph ends in `all`, to cut unterminated blocks.
  const ends: number[] = [];
  let at = 0;
  for (const t of texts) {
    at += t.length;
    ends.push(at);
    at += 2;
  }
  const opener = OPENERS[kind];
  const closer = CLOSERS[kind];
  const out: string[] = [];
  opener.lastIndex = 0;
  for (let m = opener.exec(all); m !== null; m = opener.exec(all)) {
    const start = m.index + m[0].length;
    opener.lastIndex = start;
    const next = opener.exec(all);
    const limit = next === null ? all.length : next.index;
    closer.lastIndex = start;
    const end = closer.exec(all);
    let stop: number;
    if (end !== null && end.index < limit) stop = end.index;
    else stop = ends.find((e) => e >= start) ?? all.length;
    const text = all.slice(start, stop).trim();
    if (text.length > 0) out.push(text);
    opener.lastIndex = end !== null && end.index < limit ? end.index + end[0].length : stop;
  }
  return out;
}
