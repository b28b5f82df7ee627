/**
 * The summary: `SUMMARY: ... END SUMMARY.` inside paragraph text, or a `SUMMARY`
 * heading over the paragraphs that follow it.
 */

import type { Paragraph } from '../model/cable.js';

/** `SUMMARY:` / `BEGIN SUMMARY:` / `SUMMARY.` at the start of a paragraph's text (after any `(SBU)`). */
const SUMMARY_START = /^(?:\([A-Z/]{1,10}\)\s*)?(?:BEGIN\s+)?SUMMARY\s*(?:AND\s+COMMENT\s*)?[:.-]\s*/;
/** `END SUMMARY`, possibly wrapped (`END` / `SUMMARY.`), so whitespace of any kind between. */
const SUMMARY_END = /\bEND\s+(?:OF\s+)?SUMMARY\b/;

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
    if (p.heading !== null && /^(?:SUMMARY|EXECUTIVE SUMMARY)\s*:?$/.test(p.heading)) {
      const pieces = [p.text];
      for (let j = i + 1; j < paragraphs.length && (paragraphs[j] as Paragraph).heading === null; j++) {
        pieces.push((paragraphs[j] as Paragraph).text);
      }
      return pieces.join('\n\n').trim() || null;
    }
  }
  return null;
}
