/**
 * Archive page text dumps (the seed's format): many cables in one document, each as
 *
 *     10ASTANA270, KAZAKHSTAN: SECOND PREPARATION MEETING FOR THE 2010     <- title
 *     WikiLeaks Link  ... boilerplate ...
 *     Reference ID Created Released Classification Origin                 <- row header
 *     10ASTANA270 2010-02-26 08:05 2011-08-30 01:44 UNCLASSIFIED Embassy Astana
 *     <cable text>
 *     Wikileaks                                                            <- page trailer
 */

import type { ArchiveMetadata, Span } from '../model/cable.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt } from '../diagnostics/diagnostic.js';
import { canonicalizeReferenceId } from '../preamble/reference-id.js';
import { decodeEntities, hasEntity } from './entities.js';
import { decodeMojibakeFully, hasMojibake, replaceTypographicQuotes, withoutZeroWidth } from './repair.js';
import { collapseWhitespace, isBlank, isRuleLine, skipWhitespace, spanOf, trimEnd, type SourceLine } from './source-line.js';

/** The caption over a page's press links, as a copy of the page keeps it: `Appears in these articles:` (anchored). */
const ARTICLES_CAPTION = /^\s*Appears in these articles:?\s*$/i;

/** A press link alone on its line under `ARTICLES_CAPTION`: `http://www.aftenposten.no/...` (anchored, bounded). */
const MEDIA_URL = /^\s*https?:\/\/\S{1,500}\s*$/;

/** The metadata table's header row, with 4 columns (no Released) or 5. */
const ROW_HEADER = /^\s*Reference ID\s+Created\s+(?:Released\s+)?Classification\s+Origin\s*$/;

/** The row header's cells, as a browser's copy of the page's table stacks them one per line (`Released` may be missing). */
const STACKED_HEADER_CELLS = ['Reference ID', 'Created', 'Released', 'Classification', 'Origin'];

/**
 * How many lines the row header starting at line `i` takes: 1 for `Reference ID Created Released Classification Origin`
 * on one line, 4 or 5 for its cells one per line (a browser's copy of the page's table, the row's values one per line
 * under it), 0 when no row header starts there. `textAt` gives a line's text (`undefined` past the end).
 *
 *     Reference ID
 *     Created
 *     Released
 *     Classification
 *     Origin
 *     88STATE187402
 *     1988-06-14 22:41
 */
export function rowHeaderLines(textAt: (k: number) => string | undefined, i: number): number {
  const first = textAt(i);
  if (first === undefined) return 0;
  if (ROW_HEADER.test(first)) return 1;
  if (first.trim() !== 'Reference ID') return 0;
  let k = i + 1;
  for (let c = 1; c < STACKED_HEADER_CELLS.length; c++) {
    const text = textAt(k)?.trim();
    if (text === STACKED_HEADER_CELLS[c]) k++;
    else if (c !== 2) return 0;
  }
  return k - i;
}

/**
 * The metadata row: id, created, optional released, classification, origin.
 * Example: `10ASTANA270 2010-02-26 08:05 2011-08-30 01:44 UNCLASSIFIED Embassy Astana`.
 */
// Matched against the trimmed line, so no `\s*$` has to follow the last group.
const ROW = /^\s*(\S+)\s+(\d{4}-\d{2}-\d{2})\s+(\d{2}:\d{2})(?:\s+(\d{4}-\d{2}-\d{2})\s+(\d{2}:\d{2}))?(?:\s+(\S.*))?$/;

/**
 * The classification column: a level, then `//`-separated caveats.
 * Example: `UNCLASSIFIED//FOR OFFICIAL USE ONLY Embassy Astana`, `SECRET//NOFORN Consulate Lagos`.
 */
const ROW_CLASSIFICATION = /^(UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE)((?:\/\/(?:FOR OFFICIAL USE ONLY|REL [A-Z, ]{2,40}?|[A-Z]{2,12}))*)(?=\s|$)\s*/;

/** The title line: `10ASTANA270, KAZAKHSTAN: SECOND ...`. */
const TITLE = /^\s*(\d{2}[A-Z][A-Z0-9-]{1,40}\d),\s?(.*)$/;

/** The archive page's closing line, as the archive or a mirror spells it: `Wikileaks`, `WikiLeaks`. */
const TRAILER = /^\s*wikileaks\s*$/i;

/** True for the archive site's name alone on a line (`TRAILER`): a page's trailer, or a printed page's furniture. */
export function isSiteNameLine(text: string): boolean {
  return text.length <= 60 && TRAILER.test(text);
}

/**
 * True when the cable's text goes on under a `Wikileaks` line at `i` (before `end`), so that it ends nothing: the next
 * non-blank line opens with a lower-case letter (a sentence wrapped around the word: `... the whistleblower website` /
 * `Wikileaks` / `and its Icelandic volunteers.`) or is a rule (the word underlined as a heading: `WikiLeaks` /
 * `---------`), or a paragraph label opens a line within `LABEL_LOOKAHEAD` lines below (a late-2010 cable's heading
 * `Wikileaks` over its text, then `2. (S/NF) The Swedish ambassador ...`; the site's text after a trailer has none).
 * Bounded reads.
 */
function continuesBelow(lines: readonly SourceLine[], i: number, end: number): boolean {
  let first = true;
  for (let k = i + 1; k < end && k <= i + LABEL_LOOKAHEAD; k++) {
    const text = (lines[k] as SourceLine).text;
    if (isBlank(text)) continue;
    if (first) {
      const c = text.charCodeAt(skipWhitespace(text));
      if ((c >= 97 && c <= 122) || isRuleLine(text)) return true;
      first = false;
    }
    if (PARAGRAPH_LABEL.test(text)) return true;
  }
  return false;
}

/** How many lines under a `Wikileaks` line `continuesBelow` looks for a paragraph label. */
const LABEL_LOOKAHEAD = 60;

/** A paragraph label opening a line: `2. (S/NF) The`, `12. The`, `¶3.` (anchored, bounded). */
const PARAGRAPH_LABEL = /^[ \t]{0,8}\u00b6?\d{1,3}\.[ \t]{1,3}[A-Z(]/;

/**
 * How many lines above its metadata row header a page's title line may stand: the boilerplate between them is
 * six lines, more in copies that set every block off with blank lines or keep the site's share buttons.
 */
const TITLE_SEARCH_LINES = 30;

/** Reads an archive metadata row; returns null when it is not one. */
export function parseArchiveRow(text: string, title: string | null): ArchiveMetadata | null {
  const m = ROW.exec(trimEnd(text));
  if (m === null) return null;
  const rest = m[6] ?? '';
  const c = ROW_CLASSIFICATION.exec(rest);
  const classification = c === null ? (rest.split(/\s+/)[0] ?? '') : (c[1] ?? '') + (c[2] ?? '');
  const origin = c === null ? collapseWhitespace(rest.slice(classification.length)) : collapseWhitespace(rest.slice(c[0].length));
  const rawId = m[1] ?? '';
  return {
    referenceId: canonicalizeReferenceId(rawId) ?? rawId,
    created: `${m[2]}T${m[3]}`,
    released: m[4] !== undefined ? `${m[4]}T${m[5]}` : null,
    classification,
    origin,
    title,
    mediaUrls: [],
  };
}

/** One cable cut out of an archive dump. */
export interface ArchiveEntry {
  metadata: ArchiveMetadata | null;
  /** The cable text lines (between the metadata row and the page trailer). */
  lines: SourceLine[];
  /** All lines of this entry, wrapper included. */
  allLines: SourceLine[];
  /** The metadata row's span, or `null`. */
  metadataSpan: Span | null;
  /** Spans of the wrapper's non-blank lines: title, boilerplate, row header, trailer. */
  wrapper: Span[];
  diagnostics: Diagnostic[];
}

/**
 * Splits an archive dump into entries, one per metadata row header. Returns `[]` when
 * the text has no row header (it is not an archive dump).
 */
export function splitArchive(lines: readonly SourceLine[]): ArchiveEntry[] {
  // Each row header's first line, and the row's first and last line (the row's values one per line under a stacked header).
  const headers: number[] = [];
  const rowFirst: number[] = [];
  const rowLast: number[] = [];
  const textAt = (k: number): string | undefined => lines[k]?.text;
  for (let i = 0; i < lines.length; i++) {
    // (A first-letter test: most lines are cable text.)
    if ((lines[i] as SourceLine).text.indexOf('Reference ID') < 0) continue;
    const size = rowHeaderLines(textAt, i);
    if (size === 0) continue;
    headers.push(i);
    rowFirst.push(i + size);
    // One value per cell: the id, created, released (when its cell is there), classification, origin.
    rowLast.push(size === 1 ? i + 1 : Math.min(lines.length - 1, i + 2 * size - 1));
    i += size - 1;
  }
  if (headers.length === 0) return [];
  // Each entry starts at its title line (searched some lines above the row header, not above the page trailer before it).
  const starts = headers.map((h, k) => {
    const floor = k === 0 ? 0 : (headers[k - 1] as number) + 2;
    for (let i = h - 1; i >= Math.max(floor, h - TITLE_SEARCH_LINES); i--) {
      const text = (lines[i] as SourceLine).text;
      if (TITLE.test(text)) return i;
      if (TRAILER.test(text)) break;
    }
    return h;
  });
  const entries: ArchiveEntry[] = [];
  headers.forEach((h, k) => {
    // The first entry also holds the document's preface (`Category Archives: UNCLASSIFIED`).
    const start = k === 0 ? 0 : (starts[k] as number);
    const end = k + 1 < starts.length ? (starts[k + 1] as number) : lines.length;
    const diagnostics: Diagnostic[] = [];
    let title: string | null = null;
    const titleLine = lines[starts[k] as number] as SourceLine;
    const t = (starts[k] as number) < h ? TITLE.exec(titleLine.text) : null;
    if (t !== null) {
      let raw = collapseWhitespace((t[2] ?? '').replace(/\u00a0/g, ' '));
      // Entities left by scraping (`GLEMP&#8217;S &#8220;DIALOGUE&#8221;`, `AT&amp;T`) are decoded, as in the text.
      if (hasEntity(raw)) {
        raw = collapseWhitespace(decodeEntities(raw));
        diagnostics.push(diagnosticAt('ENTITY_DECODED', 'HTML entities in the archive title decoded', titleLine));
      }
      // UTF-8 read as Windows-1252, as in the cable text of such a copy (`ZAPATEROâ€™S`).
      if (hasMojibake(raw)) {
        const decoded = decodeMojibakeFully(raw);
        if (decoded !== null) {
          raw = decoded;
          diagnostics.push(diagnosticAt('MOJIBAKE_REPAIRED', 'UTF-8 text in the archive title read as Windows-1252 decoded', titleLine));
        }
      }
      // A line-end backslash kept from a CSV export: `... AND THE \`.
      if (raw === '\\' || raw.endsWith(' \\')) raw = raw.slice(0, -1).trimEnd();
      const replaced = replaceTypographicQuotes(raw);
      if (replaced !== null) diagnostics.push(diagnosticAt('TYPOGRAPHIC_QUOTES_REPLACED', 'Typographic quotes in the archive title replaced with ASCII quotes', titleLine));
      title = replaced ?? raw;
      // An empty title (`96BOGOTA8812, ` and nothing after it) is none, as on an HTML page.
      if (title === '') title = null;
    }
    const first = rowFirst[k] as number;
    const last = rowLast[k] as number;
    const rowLine = lines[first];
    const rowEnd = lines[last] ?? rowLine;
    let metadata: ArchiveMetadata | null = null;
    if (rowLine !== undefined) {
      const rowText = first === last ? rowLine.text : lines.slice(first, last + 1).map((l) => l.text.trim()).join(' ');
      // Characters that show nothing, copied from the page with the row, are no part of its values (`09VILNIUS402\u200b`).
      metadata = parseArchiveRow(withoutZeroWidth(rowText), title);
      if (metadata === null) diagnostics.push(diagnosticAt('METADATA_INVALID', 'The archive metadata row could not be read', rowLine));
      else if (canonicalizeReferenceId(metadata.referenceId) === null) {
        diagnostics.push(diagnosticAt('REFERENCE_ID_INVALID', `Reference id "${metadata.referenceId}" is not year + station + serial`, rowLine));
      }
    }
    // The cable ends at the page trailer: what follows it up to the next page is the site's (`« Older posts`, `Search for:`,
    // a page without title line from its `WikiLeaks Link` on), wrapper like the trailer. Without a trailer, at the next page.
    // The trailer is the entry's last such line: a cable's own line may read `Wikileaks` too, wrapped mid-sentence
    // (`... drafted with help from the whistleblower website` / `Wikileaks` / `and its Icelandic volunteers.`), and
    // such a line, lower-case text going on under it, ends nothing.
    let below = last + 1;
    // The page's press links under the row, as a copy of the page keeps them: `Appears in these articles:` and one link
    // a line (wrapper; the links are the metadata's `mediaUrls`).
    if (metadata !== null && ARTICLES_CAPTION.test(lines[below]?.text ?? '')) {
      below++;
      while (below < end && MEDIA_URL.test((lines[below] as SourceLine).text)) metadata.mediaUrls.push((lines[below++] as SourceLine).text.trim());
    }
    let stop = end;
    for (let i = end - 1; i >= below; i--) {
      if (TRAILER.test((lines[i] as SourceLine).text) && !continuesBelow(lines, i, end)) {
        stop = i;
        break;
      }
    }
    // Drop the blank lines before it.
    while (stop > below && isBlank((lines[stop - 1] as SourceLine).text)) stop--;
    const from = Math.min(below, stop);
    const wrapper: Span[] = [];
    for (let j = start; j < end; j++) {
      const l = lines[j] as SourceLine;
      if ((j >= from && j < stop) || (j >= first && j <= last) || isBlank(l.text)) continue;
      wrapper.push(spanOf(l));
    }
    entries.push({
      metadata,
      lines: lines.slice(from, stop),
      allLines: lines.slice(start, end),
      metadataSpan: rowLine !== undefined && rowEnd !== undefined && metadata !== null ? spanOf(rowLine, rowEnd) : null,
      wrapper,
      diagnostics,
    });
  });
  return entries;
}
