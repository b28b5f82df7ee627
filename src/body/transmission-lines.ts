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

import { isBannerLine, isBareClassificationLine, parseHandlingLine } from '../preamble/classification.js';
import { isBlank } from '../text/source-line.js';
import { isPageMarker } from './page-markers.js';

/** Transmission end marks: `BT` (end of text), `NNNN` (end of message). */
const END_MARK = /^\s*(?:BT|NNNN)\s*$/;

/** A line of punctuation only (`...`, `-----`), or a banner drawn with `=`: `=====CABLE ENDS=====`. */
const DECORATION = /^\s*(?:[^\p{L}\p{N}\s]+|={3,}[A-Z ]{1,30}={3,})\s*$/u;

/** True when a single line is structural on its own (never part of the text). */
export function isStructuralLine(text: string): boolean {
  return isPageMarker(text) || isBannerLine(text) || isBareClassificationLine(text) || END_MARK.test(text);
}

/**
 * Marks the transmission lines of a body. Bare classification words count only next to
 * a page marker or banner (ignoring blank lines) or after the last line of text; handling
 * lines only right after a repeated banner.
 */
export function markTransmissionLines(lines: readonly string[]): boolean[] {
  const marks = lines.map((t) => isPageMarker(t) || isBannerLine(t) || END_MARK.test(t));
  // Handling lines (`SIPDIS`) right after a repeated banner.
  for (let i = 0; i < lines.length; i++) {
    if (!isBannerLine(lines[i] ?? '')) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const t = lines[j] ?? '';
      if (isBlank(t)) continue;
      if (parseHandlingLine(t) === null) break;
      marks[j] = true;
    }
  }
  const neighbour = (i: number, step: number): number => {
    let j = i + step;
    while (j >= 0 && j < lines.length && isBlank(lines[j] ?? '')) j += step;
    return j;
  };
  // Bare classification words next to a page marker or banner.
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i] ?? '';
    if (marks[i] === true || !isBareClassificationLine(t)) continue;
    const before = neighbour(i, -1);
    const after = neighbour(i, 1);
    if ((before >= 0 && marks[before] === true && isPageMarker(lines[before] ?? '')) || (after < lines.length && marks[after] === true)) marks[i] = true;
  }
  // After `NNNN` (end of message) only archive trailers follow:
  //     NNNN
  //      2004VATICA03196 - Classification: CONFIDENTIAL
  const nnnn = lines.findIndex((t) => /^\s*NNNN\s*$/.test(t));
  if (nnnn >= 0) for (let i = nnnn; i < lines.length; i++) marks[i] = true;
  // Trailing bare classification words, handling lines and decoration at the end:
  //     =======================CABLE ENDS============================
  //     ...
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i] ?? '';
    if (isBlank(t) || marks[i] === true) continue;
    if (isBareClassificationLine(t) || parseHandlingLine(t) !== null || DECORATION.test(t)) {
      marks[i] = true;
      continue;
    }
    break;
  }
  return marks;
}
