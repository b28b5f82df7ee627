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

/** Words that end a cable but are not names. */
const NOT_NAMES = new Set(['BT', 'NNNN', 'END', 'NONE', 'SIPDIS', 'UNCLAS', 'UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'NOFORN', 'SUMMARY', 'COMMENT', 'TEXT']);

/**
 * Finds the signer: the last line of the body that is not blank and not a transmission
 * line (`marks`), when it reads like a name. Returns its index in `lines`, or -1.
 */
export function findSigner(lines: readonly SourceLine[], marks: readonly boolean[]): number {
  let i = lines.length - 1;
  while (i >= 0 && (isBlank((lines[i] as SourceLine).text) || marks[i] === true)) i--;
  if (i < 0) return -1;
  const text = (lines[i] as SourceLine).text;
  if (!SIGNER.test(text)) return -1;
  const words = text.trim().split(/[ /]+/);
  if (words.some((w) => NOT_NAMES.has(w.replace(/[.]$/, '')))) return -1;
  return i;
}
