/**
 * Which input shape a text is: plain cable text, an archive text dump, a WikiLeaks HTML
 * page, or `cables.csv` content.
 */

import type { InputFormat } from '../model/cable.js';
import { rowHeaderLines } from './archive.js';
import { isWikileaksHtml } from './wikileaks-html.js';

/**
 * The start of a `cables.csv` row (`"1042","2/26/2010 8:05","10ASTANA270",`) or its
 * header row (`"id","date",...` or `id,date,...`, in any case: `"ID","Date",...`). Only the first 200 characters are looked at.
 */
const CSV_START = /^\s*(?:"\d{1,9}","\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}","|"?[Ii][Dd]"?,"?[Dd][Aa][Tt][Ee]"?,)/;

/** How many lines are searched for an archive row header. */
const ARCHIVE_SEARCH_LINES = 200;

/** The most lines a row header stacked one cell per line takes. */
const STACKED_HEADER_MAX = 5;

/**
 * Detects the input format. Cheap: looks at the start of the text only.
 *
 * @example detectFormat('VZCZCXRO4053\nOO RUEHIK\n...') // 'text'
 */
export function detectFormat(text: string): InputFormat {
  if (typeof text !== 'string') throw new TypeError('detectFormat: text must be a string');
  if (CSV_START.test(text.slice(0, 200))) return 'csv';
  if (isWikileaksHtml(text)) return 'wikileaks-html';
  // The first lines, for a row header on one line or stacked one cell per line (`rowHeaderLines`).
  const lines: string[] = [];
  let start = 0;
  for (let n = 0; n < ARCHIVE_SEARCH_LINES + STACKED_HEADER_MAX && start < text.length; n++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push(end - start < 80 ? text.slice(start, end) : '');
    start = end + 1;
  }
  const textAt = (k: number): string | undefined => lines[k];
  for (let n = 0; n < ARCHIVE_SEARCH_LINES && n < lines.length; n++) {
    if ((lines[n] as string).indexOf('Reference ID') >= 0 && rowHeaderLines(textAt, n) > 0) return 'archive';
  }
  return 'text';
}
