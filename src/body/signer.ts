/**
 * The signer: one or two surnames on the last line(s) of the cable: `HOAGLAND`,
 * `SPRATLEN`, `CLINTON`.
 */

import { isBlank, type SourceLine } from '../text/source-line.js';

/**
 * A signer line: one to three upper-case name words (letters, apostrophes, hyphens,
 * dots), e.g. `HOAGLAND`, `O'BRIEN`, `SMITH-JONES`, `BURNS/HILL`.
 */
const SIGNER = /^\s*[A-Z][A-Z'.-]{1,24}(?:[ /]{1,2}[A-Z][A-Z'.-]{1,24}){0,2}\s*$/;

/** A signer written in mixed case on its own line: `Hrinak`, `Wood`, `McCarthy`. One or two words. */
const MIXED_CASE_SIGNER = /^\s*[A-Z][a-z]{0,3}[A-Z]?[a-z]{1,20}(?: [A-Z][a-z]{0,3}[A-Z]?[a-z]{1,20})?\s*$/;

/**
 * A signer reflowed onto the end of the last sentence: `... for some time to come. GUTIERREZ`.
 * Sentence end, one space or more, then one upper-case name at the end of the line.
 */
const SIGNER_AFTER_SENTENCE = /[.!?]["')]?\s+([A-Z][A-Z'-]{2,24})\s*$/;

/** Words that end a cable but are not names. */
const NOT_NAMES = new Set(['BT', 'NNNN', 'END', 'NONE', 'SIPDIS', 'UNCLAS', 'UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'NOFORN', 'SUMMARY', 'COMMENT', 'TEXT']);

/** Where the signer was found. */
export interface SignerMatch {
  /** Index of the signer's line. */
  index: number;
  /** The signer as written. */
  signer: string;
  /** Where the signer starts in the line (0 when it stands alone). */
  column: number;
}

/**
 * Finds the signer: the last line of the body that is not blank and not a transmission
 * line (`marks`), when it reads like a name, or a name reflowed after the last sentence.
 */
export function findSigner(lines: readonly SourceLine[], marks: readonly boolean[]): SignerMatch | null {
  let i = lines.length - 1;
  while (i >= 0 && (isBlank((lines[i] as SourceLine).text) || marks[i] === true)) i--;
  if (i < 0) return null;
  const text = (lines[i] as SourceLine).text;
  const name = text.trim().replace(/\s+/g, ' ');
  const isName = (candidate: string): boolean => !candidate.split(/[ /]+/).some((w) => NOT_NAMES.has(w.replace(/\.$/, '').toUpperCase()));
  // A mixed-case name must stand apart: after a blank line or a finished sentence,
  // else it is the last word of a wrapped sentence (`... Republic of` / `Kazakhstan`).
  const previous = i > 0 ? (lines[i - 1] as SourceLine).text.trim() : '';
  const apart = i > 0 && (previous === '' || /[.!?:;"')]$/.test(previous));
  if ((SIGNER.test(text) || (MIXED_CASE_SIGNER.test(text) && apart)) && isName(name)) {
    // Two signers on consecutive lines: `SMITH` / `JONES`.
    if (i > 0 && SIGNER.test(previous) && previous.split(/\s+/).length <= 2 && isName(previous)) {
      return { index: i - 1, signer: `${previous.replace(/\s+/g, ' ')} ${name}`, column: 0 };
    }
    return { index: i, signer: name, column: text.indexOf(name.charAt(0)) };
  }
  const after = /[a-z]/.test(text) ? SIGNER_AFTER_SENTENCE.exec(text) : null;
  if (after !== null && after[1] !== undefined && isName(after[1])) {
    return { index: i, signer: after[1], column: text.lastIndexOf(after[1]) };
  }
  return null;
}
