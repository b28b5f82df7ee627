/**
 * The signer: one or two surnames on the last line(s) of the cable: `HOAGLAND`,
 * `SPRATLEN`, `CLINTON`; also with a period or a title after it: `MURRAY .`,
 * `GARDNER, AMBASSADOR` (the signer is the name alone).
 */

import { isBlank, trimEnd, type SourceLine } from '../text/source-line.js';

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

/** First words of a title written after the signer and a comma: `GARDNER, AMBASSADOR`, `SMITH, CHARGE D'AFFAIRES`. */
const TITLE_WORDS = new Set(['AMBASSADOR', 'AMB', 'CHARGE', 'CDA', 'DCM', 'ACTING', 'CONSUL', 'PRINCIPAL', 'SECRETARY', 'DEPUTY', 'MINISTER', 'COUNSELOR']);

/** A name line read apart from what may follow the name on it. */
interface NameLine {
  /** The name: whitespace collapsed, periods and a title after it removed. */
  name: string;
  /** A period touches the name's last letter (`ASSISTANCE.`): the line may end a sentence. */
  glued: boolean;
}

/**
 * The name on a candidate line, without the periods after it (`MURRAY .`, `WEINROD..`)
 * and without a title after a comma (`GARDNER, AMBASSADOR`); `null` for a line cut by
 * the archive (`DANIEL ORTEGA AN...`) or a comma before anything but a title.
 */
function nameLine(text: string): NameLine | null {
  let name = text.trim().replace(/\s+/g, ' ');
  let end = name.length;
  while (end > 0 && name.charCodeAt(end - 1) === 46) end--;
  if (name.length - end >= 3) return null;
  const glued = end < name.length && end > 0 && name.charCodeAt(end - 1) !== 32;
  name = name.slice(0, end).trimEnd();
  const comma = name.indexOf(',');
  if (comma >= 0) {
    const title = name.slice(comma + 1).trim();
    if (!TITLE_WORDS.has(title.split(' ')[0] ?? '')) return null;
    name = name.slice(0, comma).trimEnd();
  }
  return { name, glued };
}

/** A line without a period standing apart at its end: `... from Russia. SILVERBERG .` -> `... from Russia. SILVERBERG`. */
function withoutLoneStop(text: string): string {
  const t = trimEnd(text);
  return t.endsWith(' .') ? trimEnd(t.slice(0, -1)) : text;
}

/** True when no word of `candidate` is a word that ends cables without being a name (`BT`, `END`, `SECRET`). */
function isName(candidate: string): boolean {
  return !candidate.split(/[ /]+/).some((w) => NOT_NAMES.has(w.replace(/\.$/, '').toUpperCase()));
}

/**
 * True when a line reads like an upper-case signer line on its own: `PARMLY`, `SMITH JONES`,
 * `MURRAY .`, `GARDNER, AMBASSADOR` (the line-break repair never joins a sentence onto it).
 */
export function isUpperCaseSignerLine(text: string): boolean {
  const read = nameLine(text);
  return read !== null && SIGNER.test(read.name) && isName(read.name);
}

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
  // A mixed-case name must stand apart: after a blank line or a finished sentence,
  // else it is the last word of a wrapped sentence (`... Republic of` / `Kazakhstan`).
  const previous = i > 0 ? (lines[i - 1] as SourceLine).text.trim() : '';
  const apart = i > 0 && (previous === '' || /[.!?:;"')]$/.test(previous));
  // `MURRAY .`, `GARDNER, AMBASSADOR`: the name without the period or title after it. A
  // period on the word after an unfinished line ends that sentence: `... TRINIDAD'S` / `ASSISTANCE.`
  const read = nameLine(text);
  const unfinished = previous !== '' && /[\p{L}\p{N},]$/u.test(previous) && !SIGNER.test(previous);
  const name = read === null || (read.glued && unfinished) ? '' : read.name;
  if (name !== '' && (SIGNER.test(name) || (MIXED_CASE_SIGNER.test(name) && apart)) && isName(name)) {
    // Two signers on consecutive lines: `SMITH` / `JONES`.
    if (i > 0 && SIGNER.test(previous) && previous.split(/\s+/).length <= 2 && isName(previous)) {
      return { index: i - 1, signer: `${previous.replace(/\s+/g, ' ')} ${name}`, column: 0 };
    }
    return { index: i, signer: name, column: text.indexOf(name.charAt(0)) };
  }
  const after = /[a-z]/.test(text) ? SIGNER_AFTER_SENTENCE.exec(withoutLoneStop(text)) : null;
  if (after !== null && after[1] !== undefined && isName(after[1])) {
    return { index: i, signer: after[1], column: text.lastIndexOf(after[1]) };
  }
  return null;
}
