/**
 * Page markers, one per page of a multi-page cable:
 *
 *     ASTANA 00000270  001.3 OF 002       (post, 8-digit serial, page, format digit, total)
 *     PAGE 02 ROME 01196 01 OF 02 082030Z (older cables)
 */

import type { PageMarker } from '../model/cable.js';
import { splitLines } from '../text/source-line.js';

/** Modern marker: `ASTANA 00000270  001.3 OF 002`. Post words, serial, page`.`digit, total. */
const MODERN = /^\s*([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,4})\s+(\d{5,8})\s+(\d{3})\.\d\s+OF\s+(\d{3})\s*$/;
/** Older marker: `PAGE 02 ROME 01196 01 OF 02 082030Z`. */
const OLDER = /^\s*PAGE\s+(\d{1,3})\s+([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,4})\s+(\d{3,8})(?:\s+(\d{1,3})\s+OF\s+(\d{1,3}))?(?:\s+\d{6}Z)?\s*$/;

/** Reads one page marker line; `null` when the line is not a page marker. */
export function parsePageMarkerLine(text: string): PageMarker | null {
  if (text.length > 120) return null;
  let m = MODERN.exec(text);
  if (m !== null) return { post: m[1] ?? '', serial: m[2] ?? '', page: Number(m[3]), total: Number(m[4]) };
  m = OLDER.exec(text);
  if (m !== null) return { post: m[2] ?? '', serial: m[3] ?? '', page: Number(m[1]), total: m[5] !== undefined ? Number(m[5]) : 0 };
  return null;
}

/** True when the line is a page marker. */
export function isPageMarker(text: string): boolean {
  return parsePageMarkerLine(text) !== null;
}

/**
 * Finds every page marker in a text, in order.
 *
 * @example parsePageMarkers('ASTANA 00000270  001.3 OF 002') // [{ post: 'ASTANA', serial: '00000270', page: 1, total: 2 }]
 */
export function parsePageMarkers(text: string): PageMarker[] {
  if (typeof text !== 'string') throw new TypeError('parsePageMarkers: text must be a string');
  const markers: PageMarker[] = [];
  for (const line of splitLines(text)) {
    const m = parsePageMarkerLine(line.text);
    if (m !== null) markers.push(m);
  }
  return markers;
}
