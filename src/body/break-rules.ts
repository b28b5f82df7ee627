/**
 * The body's answers to the inserted-line-break repair (`repairInsertedBreaks` in
 * `src/text/repair.ts`, which knows no body syntax): which lines are structural, which
 * start a new element, which are signer lines.
 */

import type { BreakRules } from '../text/repair.js';
import { startsFieldKeyword } from '../preamble/preamble.js';
import { isWhitespaceCode } from '../text/source-line.js';
import { matchLabel, matchMarking } from './paragraph-label.js';
import { isRedactionLine, isUpperCaseSignerLine } from './signer.js';
import { isMessageNumberLine, isStructuralLine } from './transmission-lines.js';

/** A capital letter or an opening quote: the start of a sentence after a portion marking. */
const SENTENCE_START = /^["'A-Z]/;

/**
 * True when a line starts a new element, so a line before it is never joined onto it:
 * - a numbered, marked paragraph: `3. (C) The minister ...`;
 * - a portion marking before a sentence: `(C) The minister ...`, `(SBU) "We will ...` (not `(c) of the law`);
 * - a preamble field keyword: `SUBJECT: DEMARCHE ...` after `TAGS: PARM PREL CH NL EUN`;
 * - a heading framed by double slashes: `//U.S.-SPAIN RELATIONS//`.
 */
function startsElement(text: string): boolean {
  const label = matchLabel(text);
  if (label !== null) return matchMarking(text.slice(label.length)) !== null;
  let k = 0;
  while (k < text.length && isWhitespaceCode(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) === 40) {
    const marking = matchMarking(text.slice(k, k + 80));
    return marking !== null && SENTENCE_START.test(text.slice(k + marking.length, k + marking.length + 1));
  }
  // A heading framed by double slashes: `//U.S.-SPAIN RELATIONS//` (a redaction line before it is no cut word).
  if (text.charCodeAt(k) === 47 && text.charCodeAt(k + 1) === 47 && SLASHED_HEADING.test(text)) return true;
  return startsFieldKeyword(text);
}

/** A heading framed by double slashes, upper case: `//U.S.-SPAIN RELATIONS//`, `//COMMENT//` (anchored, bounded). */
const SLASHED_HEADING = /^\s{0,8}\/\/[^a-z/]{2,100}\/\/\s*$/;

/** True for a line never joined to its neighbours: a page marker, banner or end mark, or a message number (`#1196`). */
function isUnjoinable(text: string): boolean {
  return isStructuralLine(text) || isMessageNumberLine(text);
}

/**
 * True for a last line kept apart like a signer: an upper-case name (`PARMLY`, `MORIARTY "`) or
 * a redaction standing for the removed signature (`XXXXXXXXXXXX`, not a signer but not text either).
 */
function isSignerOrRedactionLine(text: string): boolean {
  return isUpperCaseSignerLine(text) || isRedactionLine(text);
}

/** The rules of cable bodies: transmission lines are structural; a marked paragraph or a preamble field starts an element. */
export const bodyBreakRules: BreakRules = {
  isStructural: isUnjoinable,
  startsElement,
  isSignerLine: isSignerOrRedactionLine,
};

/** A TAGS line, `TAGS: PREL PGOV` (see `preambleBreakRules`). */
const TAGS_LINE_START = /^[\s"]{0,8}TAGS?\s?:/i;

/** True for a preamble line never joined to its neighbours: the body's (`isUnjoinable`), and a TAGS line. */
function isUnjoinablePreambleLine(text: string): boolean {
  return isUnjoinable(text) || TAGS_LINE_START.test(text);
}

/**
 * The rules of preambles: as the body's, and a TAGS line is never joined on. A WikiLeaks page rebuilds the TAGS line
 * from links and drops its trailing space, so a wrapped TAGS field looks like a broken line (`TAGS: ... EFIN` / `PREL, BR`).
 */
export const preambleBreakRules: BreakRules = {
  isStructural: isUnjoinablePreambleLine,
  startsElement,
  isSignerLine: isSignerOrRedactionLine,
};

/** The last run of capitals ending a TAGS line and the first opening the next one: `TAGS: ELAB P` / `HUM KIRF UZ`. */
const TAG_HEAD = /[A-Z]{1,6}$/;
const TAG_TAIL = /^[A-Z]{1,6}/;

/**
 * A TAGS line broken by the scraper joins directly when one of its two pieces is a single letter and they make one tag
 * of four letters at most (`P` / `HUM` -> `PHUM`), else with a space: `EFIN` / `PREL, BR` are two tags, and so are
 * `VE` / `NS` (two country codes at a page's wrapped TAGS line; `EN` / `RG` for `ENRG` is left as two). Other lines: `null`.
 */
function tagsJoinWithSpace(line: string, next: string): boolean | null {
  if (!TAGS_LINE_START.test(line)) return null;
  const head = TAG_HEAD.exec(line)?.[0] ?? '';
  const tail = TAG_TAIL.exec(next)?.[0] ?? '';
  return !((head.length === 1 || tail.length === 1) && head.length + tail.length <= 4);
}

/**
 * The rules of a plain-text copy's preamble (an archive dump): as the body's, and a TAGS line broken by the scraper is
 * rejoined by its tags (`tagsJoinWithSpace`). A WikiLeaks page keeps `preambleBreakRules`.
 */
export const plainPreambleBreakRules: BreakRules = {
  isStructural: isUnjoinable,
  startsElement,
  isSignerLine: isSignerOrRedactionLine,
  joinsWithSpace: tagsJoinWithSpace,
  keepsBreak: tagsEndBefore,
};

/** A line going on with tags: a run of capitals, then a space, a comma or its end (`HUM KIRF UZ`, `NS`), anchored. */
const TAGS_GO_ON = /^[A-Z]{1,6}(?:[\s,]|$)/;

/** True when a TAGS line stands before a line that goes on with no tags (`TAGS: ... PE` / `id: 67870`): the break is kept. */
function tagsEndBefore(line: string, next: string): boolean {
  return TAGS_LINE_START.test(line) && !TAGS_GO_ON.test(next);
}
