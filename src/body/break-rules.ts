/**
 * The body's answers to the inserted-line-break repair (`repairInsertedBreaks` in
 * `src/text/repair.ts`, which knows no body syntax): which lines are structural, which
 * start a new element, which are signer lines.
 */

import type { BreakRules } from '../text/repair.js';
import { matchLabel, matchMarking } from './paragraph-label.js';
import { isRedactionLine, isUpperCaseSignerLine } from './signer.js';
import { isMessageNumberLine, isStructuralLine } from './transmission-lines.js';

/** True when a line starts a numbered, marked paragraph: `3. (C) The minister ...`. */
function startsMarkedParagraph(text: string): boolean {
  const label = matchLabel(text);
  return label !== null && matchMarking(text.slice(label.length)) !== null;
}

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

/** The rules of cable bodies: transmission lines are structural; a numbered, marked paragraph starts an element. */
export const bodyBreakRules: BreakRules = {
  isStructural: isUnjoinable,
  startsElement: startsMarkedParagraph,
  isSignerLine: isSignerOrRedactionLine,
};
