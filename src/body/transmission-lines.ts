/**
 * Lines in the body that belong to the transmission, not to the text: page markers,
 * section banners repeated where the archive joined sections, their handling lines, and
 * bare classification words printed at page breaks or after the signer.
 *
 *     1.  (C) The minister said that the plan would
 *     CONFIDENTIAL                              <- page banner
 *     PAGE 02 ROME 01196 01 OF 02 082030Z       <- page marker
 *     be revised next year.
 *
 *     UNCLAS SECTION 02 OF 02 ASTANA 000270     <- repeated section banner
 *     SIPDIS                                    <- its handling line
 */

import { BARE_CLASSIFICATION, bannerKind, FULL_BANNER, NOT_BANNER, parseHandlingLine } from '../preamble/classification.js';
import { isBlank, isWhitespaceCode } from '../text/source-line.js';
import { isPageMarker } from './page-markers.js';

/** Transmission end marks: `BT` (end of text), `NNNN` (end of message). */
const END_MARK = /^\s*(?:BT|NNNN)\s*$/;

/**
 * The message number the transmission prints after `BT` (or before `NNNN`): `#1196`,
 * `#0270/01` (with the section).
 */
const MESSAGE_NUMBER = /^\s*#\d{1,6}(?:\/\d{1,3})?\s*$/;

/** A line of punctuation only (`...`, `-----`), or a banner drawn with `=`: `=====CABLE ENDS=====`. */
const DECORATION = /^\s*(?:[^\p{L}\p{N}\s]+|={3,}[A-Z ]{1,30}={3,})\s*$/u;

/** True for a message number line: `#1196` (a cheap first-character test before the regex). */
export function isMessageNumberLine(text: string): boolean {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return text.charCodeAt(i) === 35 && MESSAGE_NUMBER.test(text);
}

/** True for an end mark line (`BT`, `NNNN`); a first-letter test before the regex. */
function isEndMark(text: string): boolean {
  let i = 0;
  while (i < text.length && isWhitespaceCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return (c === 66 || c === 78) && END_MARK.test(text);
}

/** True when a single line is structural on its own (never part of the text). */
export function isStructuralLine(text: string): boolean {
  return isPageMarker(text) || bannerKind(text) !== NOT_BANNER || isEndMark(text);
}

/**
 * Marks the transmission lines of a body. Bare classification words count only next to
 * a page marker or banner (ignoring blank lines) or after the last line of text; handling
 * lines only right after a repeated banner.
 */
export function markTransmissionLines(lines: readonly string[]): boolean[] {
  const n = lines.length;
  // Each line is classified once: blank, page marker, banner kind.
  const blank: boolean[] = new Array<boolean>(n);
  const pageMarker: boolean[] = new Array<boolean>(n);
  const kind: number[] = new Array<number>(n);
  const marks: boolean[] = new Array<boolean>(n);
  // The first `NNNN` line (end of message), or -1.
  let nnnn = -1;
  for (let i = 0; i < n; i++) {
    const t = lines[i] as string;
    blank[i] = isBlank(t);
    pageMarker[i] = !blank[i] && isPageMarker(t);
    kind[i] = blank[i] ? NOT_BANNER : bannerKind(t);
    const endMark = !blank[i] && isEndMark(t);
    if (endMark && nnnn < 0 && t.includes('NNNN')) nnnn = i;
    marks[i] = pageMarker[i] === true || kind[i] === FULL_BANNER || endMark;
  }
  // Handling lines (`SIPDIS`) right after a repeated banner.
  for (let i = 0; i < n; i++) {
    if (kind[i] !== FULL_BANNER) continue;
    for (let j = i + 1; j < n; j++) {
      if (blank[j] === true) continue;
      if (parseHandlingLine(lines[j] as string) === null) break;
      marks[j] = true;
    }
  }
  const neighbour = (i: number, step: number): number => {
    let j = i + step;
    while (j >= 0 && j < n && blank[j] === true) j += step;
    return j;
  };
  // Bare classification words next to a page marker or banner.
  for (let i = 0; i < n; i++) {
    if (marks[i] === true || kind[i] !== BARE_CLASSIFICATION) continue;
    const before = neighbour(i, -1);
    const after = neighbour(i, 1);
    if ((before >= 0 && marks[before] === true && pageMarker[before] === true) || (after < n && marks[after] === true)) marks[i] = true;
  }
  // The message number next to an end mark (ignoring blank lines):
  //     GARDNER
  //     BT
  //     #1196
  //     NNNN
  for (let i = 0; i < n; i++) {
    if (marks[i] === true || blank[i] === true || !isMessageNumberLine(lines[i] as string)) continue;
    const before = neighbour(i, -1);
    const after = neighbour(i, 1);
    if ((before >= 0 && END_MARK.test(lines[before] as string)) || (after < n && END_MARK.test(lines[after] as string))) marks[i] = true;
  }
  // After `NNNN` (end of message) only archive trailers follow:
  //     NNNN
  //      2004VATICA03196 - Classification: CONFIDENTIAL
  if (nnnn >= 0) for (let i = nnnn; i < n; i++) marks[i] = true;
  // Trailing bare classification words, handling lines and decoration at the end:
  //     =======================CABLE ENDS============================
  //     ...
  for (let i = n - 1; i >= 0; i--) {
    const t = lines[i] as string;
    if (blank[i] === true || marks[i] === true) continue;
    if (kind[i] === BARE_CLASSIFICATION || parseHandlingLine(t) !== null || DECORATION.test(t)) {
      marks[i] = true;
      continue;
    }
    break;
  }
  return marks;
}
