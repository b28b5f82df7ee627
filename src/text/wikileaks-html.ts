/**
 * WikiLeaks "Cable Viewer" HTML pages (docs/cable-format.md section 1b):
 *
 *     <html> ... site chrome, <script src=...></script> ...
 *     <h3>Viewing cable 04XXXX123, SUBJECT CUT AT A FIXED WIDTH</h3>         <- title
 *     <table class='cable'>
 *       <tr><th>Reference ID</th><th>Created</th>(<th>Released</th>)<th>Classification</th><th>Origin</th></tr>
 *       <tr><td><a href='...'>04XXXX123</a></td> ... </tr>
 *       <tr><td colspan='5'>Appears in these articles:<br /><a href='http://...'>...</a><br /></td></tr>
 *     </table>
 *     <code><pre>VZCZCXYZ0000&#x000A;RR RUEHWEB&#x000A;...</pre></code>     <- header (may be missing)
 *     <code><pre>C O N F I D E N T I A L ...&#x000A;<a id='par1' href='#par1'>¶</a>1. ...</pre></code>
 *
 * The reader is a hand-written scanner (indexOf and character loops, a few bounded
 * regexes): no DOM, nothing evaluated, script/style/comment content skipped.
 */

import type { ArchiveMetadata } from '../model/cable.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt, diagnosticAtStart } from '../diagnostics/diagnostic.js';
import { canonicalizeReferenceId } from '../preamble/reference-id.js';
import { decodeEntities, decodeEntityMatch, ENTITY_HEAD_AT_END, ENTITY_SOURCE, ENTITY_TAIL_AT_START, isSplitEntity } from './entities.js';
import { isNoticeBlock, withoutNotice, withoutPrintRecords, withoutRecord, withoutTrailingRecord } from './archive-records.js';
import { decodeMojibakeFully, hasMojibake, replaceTypographicQuotes } from './repair.js';
import { collapseWhitespace, hasSeparators, isAsciiDigitCode, isAsciiLetterCode, isSeparatorCode, type SourceLine } from './source-line.js';

/** What `readWikileaksHtml` returns. */
export interface WikileaksHtmlPage {
  /** The metadata table, or `null` when the page has none that can be read (with a `METADATA_INVALID` diagnostic). */
  metadata: ArchiveMetadata | null;
  /** The cable text: the header `<pre>` block, one blank line, the body `<pre>` block (or blocks, a blank line between); positions point into the HTML. */
  lines: SourceLine[];
  /**
   * Where the second `<pre>` block's lines start in the page when there are two or more (the header
   * block before it): a routing header read from the first block ends there. `null` otherwise.
   */
  bodyOffset: number | null;
  diagnostics: Diagnostic[];
}

/** Longest tag we read (`<a href='...' title='...'>`); longer "tags" are taken as text. */
const MAX_TAG_LENGTH = 2048;
/** Longest tag name we read (`blockquote`). */
const MAX_TAG_NAME = 16;

/**
 * Elements whose content is raw text, skipped as a whole (their content never reaches
 * the output). Example: `<script>var x = "<code><pre>VZCZC...";</script>`.
 */
const RAW_TEXT_ELEMENTS: ReadonlyArray<{ name: string; close: RegExp }> = ['script', 'style', 'textarea', 'title', 'xmp'].map((name) => ({
  name,
  // The end tag in any case: `</script>`, `</SCRIPT >`.
  close: new RegExp(`</${name}[\\s>/]`, 'gi'),
}));

/**
 * HTML elements removed from the cable text (their content is kept). Anything else that
 * looks like a tag stays as text: cables write `<<Israel>>` and `<<201778>>`.
 */
const HTML_ELEMENTS: ReadonlySet<string> = new Set(
  ('a abbr acronym address b big blockquote br center cite code col colgroup dd del dfn div dl dt em ' +
    'font h1 h2 h3 h4 h5 h6 hr i img ins kbd li nobr ol p pre q s samp small span strike strong sub sup ' +
    'table tbody td tfoot th thead tr tt u ul var wbr').split(' '),
);

/** A tag found by `readTag`. */
interface Tag {
  /** Lower-case element name: `'a'`, `'pre'`. */
  name: string;
  closing: boolean;
  /** Index of the `<`. */
  start: number;
  /** Index just after the `>`. */
  end: number;
}

/** Space, tab, line feed, form feed, carriage return (HTML whitespace). */
function isHtmlSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

/**
 * Reads the name of the tag starting at `text[i] === '<'` (before `limit`) and returns the
 * index just after it, or -1 when no tag starts there (`<<`, `< 5`, a name longer than
 * `MAX_TAG_NAME`). The name must be followed by `>`, `/` or a space: `<br/>`, `<a href`.
 */
function tagNameEnd(text: string, i: number, limit: number): number {
  let j = text.charCodeAt(i + 1) === 47 ? i + 2 : i + 1; // '/'
  const nameStart = j;
  if (j >= limit || !isAsciiLetterCode(text.charCodeAt(j))) return -1;
  j++;
  while (j < limit && j - nameStart < MAX_TAG_NAME) {
    const c = text.charCodeAt(j);
    if (!isAsciiLetterCode(c) && !isAsciiDigitCode(c)) break;
    j++;
  }
  const after = text.charCodeAt(j);
  if (j >= limit || !(after === 62 || after === 47 || isHtmlSpace(after))) return -1;
  return j;
}

/**
 * `text.indexOf(ch, from)` for a scan that moves forward: the last answer is reused while
 * it is still ahead of `from`, so each stretch of text is searched once. A `from` behind
 * an earlier one is not answered (-2): searching again from there could pass over the
 * same long stretch once per attempt.
 */
class NextIndex {
  private from = 0;
  /** The last answer (-1: none after `from`), or -2 before the first search. */
  private found = -2;

  constructor(
    private readonly text: string,
    private readonly ch: string,
  ) {}

  of(from: number): number {
    if (from < this.from) return -2;
    if (this.found === -2 || (this.found >= 0 && from > this.found)) {
      this.found = this.text.indexOf(this.ch, from);
      this.from = from;
    }
    return this.found;
  }
}

/** Finders of the next `'` and `"` in a text, for `tagEnd`. */
interface QuoteFinders {
  apos: NextIndex;
  quot: NextIndex;
}

/**
 * Index just after the `>` ending the tag that starts at `i` and whose name ends at
 * `nameEnd`, or -1 when there is none before `limit` (and within `MAX_TAG_LENGTH`).
 * Quotes count only after `=` (`onclick="swap('x');"`); an unquoted `<` ends the attempt,
 * so each character is looked at by few attempts and the scan stays linear. With `quotes`
 * (a forward scan of the whole text), a quoted value is skipped with native `indexOf`.
 */
function tagEnd(text: string, i: number, nameEnd: number, limit: number, quotes: QuoteFinders | null = null): number {
  const stop = Math.min(limit, i + MAX_TAG_LENGTH);
  let lastNonSpace = 0;
  for (let j = nameEnd; j < stop; j++) {
    const c = text.charCodeAt(j);
    if (c === 62) return j + 1; // '>'
    if (c === 60) return -1; // '<'
    if ((c === 39 || c === 34) && lastNonSpace === 61) {
      // A quoted value after '=': skip to its closing quote, which must come before `stop`.
      const close = quotes === null ? -2 : (c === 39 ? quotes.apos : quotes.quot).of(j + 1);
      if (close === -2) {
        j++;
        while (j < stop && text.charCodeAt(j) !== c) j++;
      } else {
        j = close < 0 ? stop : close;
      }
      if (j >= stop) return -1;
      lastNonSpace = c;
      continue;
    }
    if (!isHtmlSpace(c)) lastNonSpace = c;
  }
  return -1;
}

/**
 * True when the tag name `text[start, end)` is `lowerName` in any case, compared by
 * character codes (no string made). Tag names hold only ASCII letters and digits, and
 * `| 0x20` lower-cases a letter and leaves a digit as it is.
 */
function nameIs(text: string, start: number, end: number, lowerName: string): boolean {
  if (end - start !== lowerName.length) return false;
  for (let k = 0; k < lowerName.length; k++) {
    if ((text.charCodeAt(start + k) | 0x20) !== lowerName.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Reads the tag starting at `text[i] === '<'` and ending before `limit`: `<a href='x'>`,
 * `</pre>`, `<br />`. Returns `null` when it is not one (`<<`, `< 5`, no `>` in reach).
 */
function readTag(text: string, i: number, limit: number): Tag | null {
  const nameEnd = tagNameEnd(text, i, limit);
  if (nameEnd < 0) return null;
  const end = tagEnd(text, i, nameEnd, limit);
  if (end < 0) return null;
  const closing = text.charCodeAt(i + 1) === 47; // '/'
  return { name: text.slice(closing ? i + 2 : i + 1, nameEnd).toLowerCase(), closing, start: i, end };
}

/**
 * One attribute value in a tag's text, quoted or not; bounded by the tag's length.
 * Example: `<a id='par1' href='#par1'>` -> `href` is `#par1`.
 */
const ATTRIBUTE = /[\s'"]([A-Za-z][A-Za-z0-9_:-]{0,30})[ \t\r\n]*=[ \t\r\n]*(?:'([^']*)'|"([^"]*)"|([^\s'">]+))/g;

/** The decoded value of attribute `name` in a tag, or `null`. */
function attributeOf(tagText: string, name: string): string | null {
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(tagText); m !== null; m = ATTRIBUTE.exec(tagText)) {
    if ((m[1] ?? '').toLowerCase() === name) return decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return null;
}

/** Index of the first match of `pattern` (a global regex) at or after `from`, or -1. */
function searchFrom(text: string, pattern: RegExp, from: number): number {
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m === null ? -1 : m.index;
}

/** The raw-text element named `text[start, end)` (`script`, `SCRIPT`), or `null`. */
function rawTextElement(text: string, start: number, end: number): { name: string; close: RegExp } | null {
  for (const e of RAW_TEXT_ELEMENTS) if (nameIs(text, start, end, e.name)) return e;
  return null;
}

/** The start of a tag the page's end cut off: `<a name="pa`, `</cod` (no `>` after it, nothing but the tag's characters). */
const CUT_TAG = /^<\/?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]*)?$/;

/**
 * The start of an entity the page's end cut off: `&#x00`, `&#82`, `&#`, or of one the archive writes by name, `&am`,
 * `&quo`, `&nbs` (not a lone `&` nor `&T`: `AT&T`, `R&D` cut there are text); a final line break after it. Anchored, bounded.
 */
const CUT_ENTITY = /^&(?:#(?:[xX][0-9A-Fa-f]{0,6}|[0-9]{0,7})|am?p?|qu?o?t?|lt?|gt?|nb?s?p?)[ \t\r\n]{0,4}$/;

/** `</pre>` in any case. Example: `...SMITH</pre></code>`. */
const PRE_END = /<\/pre[\s>]/gi;

/** 1-based line numbers of offsets in the original input (`\n`, `\r\n`, `\r`, U+2028, U+2029, as `splitLines`). */
class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    if (hasSeparators(text)) {
      // Rare (a page with U+2028 line ends): one loop over every character.
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        if (c === 10 || c === 13 || isSeparatorCode(c)) this.starts.push(i + 1);
      }
      return;
    }
    // Line ends found with `indexOf` (native, much faster than a loop over every
    // character of a page); the next `\r` is searched again only once passed.
    let cr = text.indexOf('\r');
    let i = 0;
    for (;;) {
      if (cr >= 0 && cr < i) cr = text.indexOf('\r', i);
      const lf = text.indexOf('\n', i);
      if (lf < 0 && cr < 0) break;
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        // `\r\n` or a lone `\r`.
        i = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
      } else {
        i = lf + 1;
      }
      this.starts.push(i);
    }
  }

  /** The 1-based line number of `offset`. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** A source line of `text` at `offset`, ending at `end`, with its input line's number and start. */
  line(text: string, offset: number, end: number): SourceLine {
    const line = this.lineOf(offset);
    const start = this.starts[line - 1] as number;
    return start === offset ? { text, offset, end, line } : { text, offset, end, line, lineStart: start };
  }

  /** A zero-length source line at `offset`, for diagnostics. */
  at(offset: number): SourceLine {
    return this.line('', offset, offset);
  }
}

/** The landmarks of a page found by `scanPage`. */
interface PageParts {
  /** `[start, end)` of the cable table's content, or `null`. */
  table: { start: number; end: number } | null;
  /** `[start, end)` of the `<h3>Viewing cable ...</h3>` content, or `null`. */
  heading: { start: number; end: number } | null;
  /** `[start, end)` of the content of the cable `<pre>` blocks, in order. */
  pres: Array<{ start: number; end: number; inCode: boolean }>;
}

/**
 * True when a table's tag has the class `cable`: `<table class='cable'>`, `<TABLE CLASS="cable">`, unquoted as a
 * browser saved it (`<TABLE class=cable>`), or among other classes (`class="cable table table-condensed"`).
 */
function hasCableClass(tagText: string): boolean {
  const value = attributeOf(tagText, 'class');
  return value !== null && value.split(/\s+/).some((c) => c.toLowerCase() === 'cable');
}

/** `</table` in any case. */
const TABLE_END = /<\/table/gi;

/** `<pre>` or `<pre ...>` opening, in any case. */
const PRE_START = /<pre[\s>]/gi;

/** `</h3` in any case. */
const H3_END = /<\/h3/gi;

/**
 * Walks the page's tags once, skipping comments and raw-text elements, and finds the
 * cable table, the "Viewing cable" heading and the `<pre>` blocks. The content of a
 * `<pre>` is not walked (it holds literal `</table>` in some pages).
 */
function scanPage(text: string): PageParts {
  const parts: PageParts = { table: null, heading: null, pres: [] };
  const n = text.length;
  let codeOpenEnd = -1;
  let h3Close = 0;
  const quotes: QuoteFinders = { apos: new NextIndex(text, "'"), quot: new NextIndex(text, '"') };
  let i = text.indexOf('<');
  while (i >= 0 && i < n) {
    // Comment: `<!-- ... -->`, skipped whole.
    if (text.charCodeAt(i + 1) === 33 && text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) break;
      i = text.indexOf('<', close + 3);
      continue;
    }
    // Names compared in place: most tags (`<a href=...>`, `</div>`) are passed over.
    const nameEnd = tagNameEnd(text, i, n);
    const end = nameEnd < 0 ? -1 : tagEnd(text, i, nameEnd, n, quotes);
    if (end < 0) {
      i = text.indexOf('<', i + 1);
      continue;
    }
    let next = end;
    const nameStart = i + 1;
    // Only opening tags matter, and none of one letter (`<a href=...>`, most of the chrome).
    if (text.charCodeAt(nameStart) !== 47 && nameEnd - nameStart > 1) {
      const raw = rawTextElement(text, nameStart, nameEnd);
      if (raw !== null) {
        // `<script ...>` runs to `</script`; without one, to the end of the page.
        const close = searchFrom(text, raw.close, end);
        if (close < 0) break;
        next = close + 2;
      } else if (nameIs(text, nameStart, nameEnd, 'code')) {
        codeOpenEnd = end;
      } else if (nameIs(text, nameStart, nameEnd, 'table') && parts.table === null && hasCableClass(text.slice(i, end))) {
        const close = searchFrom(text, TABLE_END, end);
        // A table left open ends where the cable text starts.
        const pre = searchFrom(text, PRE_START, end);
        const tableEnd = close >= 0 ? (pre >= 0 ? Math.min(close, pre) : close) : pre >= 0 ? pre : n;
        parts.table = { start: end, end: tableEnd };
        next = tableEnd;
      } else if (nameIs(text, nameStart, nameEnd, 'h3') && parts.heading === null) {
        // The next `</h3` is searched again only once passed, so many `<h3>`s cost one scan.
        if (h3Close !== -1 && h3Close < end) h3Close = searchFrom(text, H3_END, end);
        const headingEnd = h3Close >= 0 ? h3Close : n;
        let k = end;
        while (k < headingEnd && isHtmlSpace(text.charCodeAt(k))) k++;
        // `<h3>Viewing cable 04XXXX123, SUBJECT</h3>`: the heading's text starts the element.
        if (text.startsWith('Viewing cable', k)) {
          parts.heading = { start: end, end: Math.min(headingEnd, end + MAX_TAG_LENGTH) };
        }
      } else if (nameIs(text, nameStart, nameEnd, 'pre')) {
        const close = searchFrom(text, PRE_END, end);
        const preEnd = close >= 0 ? close : n;
        const inCode = codeOpenEnd >= 0 && i - codeOpenEnd <= 256 && text.slice(codeOpenEnd, i).trim() === '';
        parts.pres.push({ start: end, end: preEnd, inCode });
        if (close < 0) break;
        next = close;
      }
    }
    i = text.indexOf('<', next);
  }
  return parts;
}

/**
 * Visible text of an HTML fragment (table cells, the heading): tags removed (`<br>`,
 * block tags -> a space), entities decoded, whitespace collapsed.
 * Example: `\n<a href='/origin/12_0.html'>Embassy Paris</a>\n` -> `Embassy Paris`.
 */
function cellText(text: string, start: number, end: number): string {
  let out = '';
  let i = start;
  while (i < end) {
    const lt = text.indexOf('<', i);
    if (lt < 0 || lt >= end) {
      out += text.slice(i, end);
      break;
    }
    out += text.slice(i, lt);
    const tag = readTag(text, lt, end);
    if (tag === null) {
      out += '<';
      i = lt + 1;
      continue;
    }
    if (tag.name !== 'a' && tag.name !== 'b' && tag.name !== 'i' && tag.name !== 'span' && tag.name !== 'font') out += ' ';
    i = tag.end;
  }
  return collapseWhitespace(decodeEntities(out));
}

/** The `href`s of the `<a>` tags in `[start, end)`, in order. */
function linksIn(text: string, start: number, end: number): string[] {
  const hrefs: string[] = [];
  let i = text.indexOf('<', start);
  while (i >= 0 && i < end) {
    const tag = readTag(text, i, end);
    if (tag !== null && tag.name === 'a' && !tag.closing) {
      const href = attributeOf(text.slice(tag.start, tag.end), 'href');
      if (href !== null && href.trim() !== '') hrefs.push(withoutDoubledScheme(href.trim()));
    }
    i = text.indexOf('<', tag === null ? i + 1 : tag.end);
  }
  return hrefs;
}

/** A scheme written twice at a link's start: `http://http://`, `http://https://`. Anchored, no repeat. */
const DOUBLED_SCHEME = /^https?:\/\/(?=https?:\/\/)/i;

/**
 * A link without the scheme the archive wrote twice: its pages link `http://http://www.letemps.ch/swiss_papers`
 * where the link's text reads `http://www.letemps.ch/swiss_papers` (in 162 of 600 pages).
 */
function withoutDoubledScheme(href: string): string {
  let out = href;
  while (DOUBLED_SCHEME.test(out)) out = out.replace(DOUBLED_SCHEME, '');
  return out;
}

/** A table row: its cells' content ranges and whether each is a `<th>`. */
interface Row {
  start: number;
  cells: Array<{ start: number; end: number; header: boolean }>;
}

/** Cuts the table's content into rows and cells (a cell or row left open ends at the next one). */
function tableRows(text: string, start: number, end: number): Row[] {
  const rows: Row[] = [];
  let row: Row | null = null;
  let cell: { start: number; end: number; header: boolean } | null = null;
  const closeCell = (at: number): void => {
    if (cell !== null && row !== null) {
      cell.end = at;
      row.cells.push(cell);
    }
    cell = null;
  };
  let i = text.indexOf('<', start);
  while (i >= 0 && i < end) {
    const tag = readTag(text, i, end);
    if (tag === null) {
      i = text.indexOf('<', i + 1);
      continue;
    }
    if (tag.name === 'tr') {
      closeCell(tag.start);
      if (!tag.closing) {
        row = { start: tag.start, cells: [] };
        rows.push(row);
      } else row = null;
    } else if (tag.name === 'td' || tag.name === 'th') {
      closeCell(tag.start);
      if (!tag.closing) {
        if (row === null) {
          row = { start: tag.start, cells: [] };
          rows.push(row);
        }
        cell = { start: tag.end, end: tag.end, header: tag.name === 'th' };
      }
    }
    i = text.indexOf('<', tag.end);
  }
  closeCell(end);
  return rows;
}

/**
 * A table date: `2010-02-26 08:05` (seconds tolerated), written as `2010-02-26T08:05`.
 */
const TABLE_DATE = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(?::\d{2})?$/;

/** The column names we read, by their normalized header text. */
const COLUMNS: Readonly<Record<string, 'referenceId' | 'created' | 'released' | 'classification' | 'origin'>> = {
  'reference id': 'referenceId',
  created: 'created',
  released: 'released',
  classification: 'classification',
  origin: 'origin',
};

/**
 * The row of press links: `Appears in these articles:<br /><a href='http://...'>...</a>`.
 */
const ARTICLES_ROW = /^Appears in these articles/i;

/** Reads the metadata table; pushes a diagnostic and returns `null` when it cannot. */
function readTable(
  text: string,
  table: { start: number; end: number },
  title: string | null,
  index: LineIndex,
  diagnostics: Diagnostic[],
): ArchiveMetadata | null {
  const invalid = (why: string, at: number): null => {
    diagnostics.push(diagnosticAt('METADATA_INVALID', `The cable metadata table could not be read: ${why}`, index.at(at)));
    return null;
  };
  const rows = tableRows(text, table.start, table.end);
  const headerAt = rows.findIndex((r) => r.cells.length > 0 && r.cells.every((c) => c.header));
  if (headerAt < 0) return invalid('no header row', table.start);
  const headerRow = rows[headerAt] as Row;
  // Map by header names, not positions: the December 2010 pages have no Released column.
  const columnOf = new Map<string, number>();
  headerRow.cells.forEach((c, k) => {
    // Own keys only: a header cell `constructor` or `__proto__` must not reach Object.prototype.
    const name = cellText(text, c.start, c.end).toLowerCase();
    const field = Object.prototype.hasOwnProperty.call(COLUMNS, name) ? COLUMNS[name] : undefined;
    if (field !== undefined && !columnOf.has(field)) columnOf.set(field, k);
  });
  for (const field of ['referenceId', 'created', 'classification', 'origin']) {
    if (!columnOf.has(field)) return invalid(`no ${field} column`, headerRow.start);
  }
  const dataRow = rows.slice(headerAt + 1).find((r) => r.cells.length === headerRow.cells.length && r.cells.every((c) => !c.header));
  if (dataRow === undefined) return invalid('no data row', headerRow.start);
  const value = (field: string): string => {
    const k = columnOf.get(field);
    const c = k === undefined ? undefined : dataRow.cells[k];
    return c === undefined ? '' : cellText(text, c.start, c.end);
  };
  const rawId = value('referenceId');
  const created = TABLE_DATE.exec(value('created'));
  const classification = value('classification');
  const origin = value('origin');
  if (rawId === '') return invalid('empty Reference ID', dataRow.start);
  if (created === null) return invalid(`Created "${value('created')}" is not YYYY-MM-DD HH:MM`, dataRow.start);
  if (classification === '') return invalid('empty Classification', dataRow.start);
  if (origin === '') return invalid('empty Origin', dataRow.start);
  let released: string | null = null;
  if (columnOf.has('released')) {
    const r = TABLE_DATE.exec(value('released'));
    if (r !== null) released = `${r[1]}T${r[2]}`;
    else invalid(`Released "${value('released')}" is not YYYY-MM-DD HH:MM`, dataRow.start);
  }
  const referenceId = canonicalizeReferenceId(rawId);
  if (referenceId === null) {
    diagnostics.push(diagnosticAt('REFERENCE_ID_INVALID', `Reference id "${rawId}" is not year + station + serial`, index.at(dataRow.start)));
  }
  const mediaUrls: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const first = r.cells[0];
    if (first === undefined || !ARTICLES_ROW.test(cellText(text, first.start, first.end))) continue;
    for (const c of r.cells) {
      for (const href of linksIn(text, c.start, c.end)) {
        if (!seen.has(href)) {
          seen.add(href);
          mediaUrls.push(href);
        }
      }
    }
  }
  return {
    referenceId: referenceId ?? rawId,
    created: `${created[1]}T${created[2]}`,
    released,
    classification,
    origin,
    title,
    mediaUrls,
  };
}

/**
 * The page heading: `Viewing cable 04XXXX123, SUBJECT CUT AT A FIXED WIDTH`; the title
 * is what follows the id and comma (empty in some pages: `Viewing cable 05XXXX1,`).
 */
function readTitle(text: string, heading: { start: number; end: number } | null, index: LineIndex, diagnostics: Diagnostic[]): string | null {
  if (heading === null) return null;
  const visible = cellText(text, heading.start, heading.end);
  const comma = visible.indexOf(',');
  if (comma < 0) return null;
  // Pages made from the CSV distribution end the title with its line-end backslash: `... ASSESSING OUR \`.
  let raw = visible.slice(comma + 1).trim();
  if (raw === '\\' || raw.endsWith(' \\')) raw = raw.slice(0, -1).trim();
  if (raw === '') return null;
  // UTF-8 read as Windows-1252, as in the cable text of such a page (`ZAPATEROâ€™S`, also written as entities).
  if (hasMojibake(raw)) {
    const decoded = decodeMojibakeFully(raw);
    if (decoded !== null) {
      raw = decoded;
      diagnostics.push(diagnosticAt('MOJIBAKE_REPAIRED', 'UTF-8 text in the page title read as Windows-1252 decoded', index.at(heading.start)));
    }
  }
  const replaced = replaceTypographicQuotes(raw);
  if (replaced !== null) {
    diagnostics.push(diagnosticAt('TYPOGRAPHIC_QUOTES_REPLACED', 'Typographic quotes in the page title replaced with ASCII quotes', index.at(heading.start)));
  }
  return replaced ?? raw;
}

/**
 * One entity at a position (sticky), the same shapes and groups (twice escaped, hex, decimal, name) as
 * `src/text/entities.ts` decodes. Example: `&#x000A;`, `&#8217;`, `&amp;`.
 */
const ENTITY_HERE = new RegExp(ENTITY_SOURCE, 'y');

/** The line break entity WikiLeaks writes at the end of every cable line. */
const LF_ENTITY = '&#x000A;';

/**
 * The entity at `text[i] === '&'` when it ends by `end`: its decoded value and where it
 * ends, or `null` when there is none or it is not one we know (`&foo;`, `&#0;`).
 */
function entityAt(text: string, i: number, end: number): { decoded: string; end: number } | null {
  // The common case without the regex: `&#x000A;`.
  if (text.startsWith(LF_ENTITY, i)) return i + LF_ENTITY.length <= end ? { decoded: '\n', end: i + LF_ENTITY.length } : null;
  ENTITY_HERE.lastIndex = i;
  const m = ENTITY_HERE.exec(text);
  if (m === null || i + m[0].length > end) return null;
  const decoded = decodeEntityMatch(m);
  return decoded === null ? null : { decoded, end: i + m[0].length };
}

/**
 * The anchor WikiLeaks puts before each paragraph (archive chrome, removed with its ¶):
 * `<a id='par1' href='#par1'>¶</a>`.
 */
const PARAGRAPH_ANCHOR_ID = /^par\d{0,6}$/;

/** True when `<a ...>` is a paragraph anchor. */
function isParagraphAnchor(tagText: string): boolean {
  const id = attributeOf(tagText, 'id') ?? attributeOf(tagText, 'name');
  const href = attributeOf(tagText, 'href');
  return (id !== null && PARAGRAPH_ANCHOR_ID.test(id)) || (href !== null && href.startsWith('#par'));
}

/** The length of a paragraph sign at `i` written after its anchor rather than in it: `¶`, `&#182;`, `&para;`; else 0. */
function paragraphSignAt(text: string, i: number): number {
  if (text.charCodeAt(i) === 0xb6) return 1;
  if (text.charCodeAt(i) !== 38) return 0;
  if (text.startsWith('&#182;', i)) return 6;
  if (text.startsWith('&para;', i)) return 6;
  return text.startsWith('&#xB6;', i) || text.startsWith('&#xb6;', i) ? 6 : 0;
}

/** How far the `</a>` closing a paragraph anchor may be from its opening tag. */
const ANCHOR_REACH = 64;

/** True when a line break (real, or the entity `&#x000A;` / `&#10;` / `&#x000D;`) starts at `i`. */
function breakAt(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (i >= end) return false;
  if (c === 10 || c === 13) return true;
  if (c !== 38) return false;
  const e = entityAt(text, i, end);
  return e !== null && (e.decoded === '\n' || e.decoded === '\r');
}

/**
 * Turns the content `[start, end)` of one `<pre>` block into lines. Line breaks are the
 * entity `&#x000A;` (also `&#10;`, `&#x000D;&#x000A;`) and real line breaks. A line's
 * offset is where its first character comes from (after any removed tags); an empty
 * line's offset is just after the break that starts it.
 */
function readPre(text: string, start: number, end: number, index: LineIndex, diagnostics: Diagnostic[]): SourceLine[] {
  const lines: SourceLine[] = [];
  let buf = '';
  let firstAt = -1;
  let lineStart = start;
  // After a carriage return break, a line feed right after it belongs to the same break.
  let crEnd = -1;
  const append = (s: string, at: number): void => {
    if (s === '') return;
    if (firstAt < 0) firstAt = at;
    buf += s;
  };
  const lineBreak = (at: number, after: number, isCr: boolean): void => {
    if (crEnd === at && !isCr) {
      // `\r` + `\n` (real or as entities) is one break.
      crEnd = -1;
      lineStart = after;
      return;
    }
    const offset = firstAt >= 0 ? firstAt : lineStart;
    lines.push(index.line(buf, offset, Math.max(offset, at)));
    buf = '';
    firstAt = -1;
    lineStart = after;
    crEnd = isCr ? after : -1;
  };
  // Where the next `<`, `&`, `\n` and `\r` are (`end` when none is left): each is searched
  // with native `indexOf` again only once passed, instead of a loop over every character.
  let nextLt = -1;
  let nextAmp = -1;
  let nextLf = -1;
  let nextCr = -1;
  const nextOf = (ch: string, known: number, from: number): number => {
    if (known >= from) return known;
    const k = text.indexOf(ch, from);
    return k < 0 || k > end ? end : k;
  };
  let i = start;
  // HTML drops one line break right after `<pre>`: `<pre>\nVZCZC...` starts with `VZCZC`.
  if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i += 2;
  else if (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) i += 1;
  lineStart = i;
  // U+2028 / U+2029 end lines too (as in `splitLines`); searched only on a page that has them.
  const separators = hasSeparators(text);
  let nextSep = separators ? -1 : end;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 10 || isSeparatorCode(c)) {
      lineBreak(i, i + 1, false);
      i++;
      continue;
    }
    if (c === 13) {
      const after = text.charCodeAt(i + 1) === 10 && i + 1 < end ? i + 2 : i + 1;
      lineBreak(i, after, after === i + 1);
      i = after;
      continue;
    }
    if (c === 60) {
      const tag = readTag(text, i, end);
      // A page cut off inside a tag (a download stopped at `<a name="pa`): the tag's start is markup, not text.
      if (tag === null && end === text.length && end - i <= MAX_TAG_LENGTH && CUT_TAG.test(text.slice(i, end))) break;
      if (tag === null || !HTML_ELEMENTS.has(tag.name)) {
        append('<', i);
        i++;
        continue;
      }
      if (tag.name === 'a' && !tag.closing && isParagraphAnchor(text.slice(tag.start, tag.end))) {
        // Look for `</a>` only within reach, so unclosed anchors cost no rescans.
        const close = text.slice(tag.end, Math.min(end, tag.end + ANCHOR_REACH + 4)).indexOf('</a>');
        i = close >= 0 ? tag.end + close + 4 : tag.end;
        // The sign after the anchor, not in it (an unclosed anchor, or a mirror's `<a name="par3"></a>&#182;3.`).
        i += paragraphSignAt(text, i);
        continue;
      }
      if (tag.name === 'br' && !breakAt(text, tag.end, end)) {
        // `<br>` alone breaks the line; `SIPDIS <br>&#x000A;` is one break, not two.
        lineBreak(tag.start, tag.end, false);
      }
      i = tag.end;
      continue;
    }
    if (c === 38) {
      const e = entityAt(text, i, end);
      if (e !== null) {
        if (e.decoded === '\n' || e.decoded === '\u2028' || e.decoded === '\u2029') lineBreak(i, e.end, false);
        else if (e.decoded === '\r') lineBreak(i, e.end, true);
        else append(e.decoded, i);
        i = e.end;
        continue;
      }
      const split = splitEntityAt(text, i, end);
      if (split !== null) {
        diagnostics.push(diagnosticAt('LINE_BREAK_REPAIRED', 'Line break inside an HTML entity removed', index.at(split.breakAt)));
        if (split.decoded === '\n') lineBreak(i, split.end, false);
        else if (split.decoded === '\r') lineBreak(i, split.end, true);
        else append(split.decoded, i);
        i = split.end;
        continue;
      }
      // A page cut off inside an entity (a download stopped at `... which both &#x00`): the entity's start is markup, not text.
      if (end === text.length && end - i <= 16 && CUT_ENTITY.test(text.slice(i, end))) break;
      append('&', i);
      i++;
      continue;
    }
    // A run of plain text up to the next `<`, `&` or line break (all after `i`, which is none of them).
    nextLt = nextOf('<', nextLt, i);
    nextAmp = nextOf('&', nextAmp, i);
    nextLf = nextOf('\n', nextLf, i);
    nextCr = nextOf('\r', nextCr, i);
    if (separators) nextSep = Math.min(nextOf('\u2028', nextSep, i), nextOf('\u2029', nextSep, i));
    const j = Math.min(nextLt, nextAmp, nextLf, nextCr, nextSep);
    append(text.slice(i, j), i);
    i = j;
  }
  // Like `splitLines`: no final empty line after a trailing break.
  if (buf !== '') lines.push(index.line(buf, firstAt, Math.max(firstAt, end)));
  return lines;
}

/**
 * An entity cut by a real line break inside the `<pre>` (scraping damage):
 * `DELIVERY &#x00` / `0A;NEXT`. Returns the decoded value, where the break is and
 * where the entity ends, or `null`.
 */
function splitEntityAt(text: string, i: number, end: number): { decoded: string; breakAt: number; end: number } | null {
  // The head is at most `&#x` + 7 characters: look for the break within 11.
  let b = i + 1;
  while (b < end && b - i <= 11) {
    const c = text.charCodeAt(b);
    if (c === 10 || c === 13) break;
    b++;
  }
  if (b >= end || b - i > 11) return null;
  const head = text.slice(i, b);
  const h = ENTITY_HEAD_AT_END.exec(head);
  if (h === null || h.index !== 0) return null;
  const tailStart = text.charCodeAt(b) === 13 && text.charCodeAt(b + 1) === 10 ? b + 2 : b + 1;
  const t = ENTITY_TAIL_AT_START.exec(text.slice(tailStart, Math.min(end, tailStart + 12)));
  if (t === null || !isSplitEntity(head, t[0])) return null;
  return { decoded: decodeEntities(head + t[0]), breakAt: b, end: tailStart + t[0].length };
}

/**
 * The metadata table's opening tag, in any case, the class `cable` quoted either way, unquoted or among other classes:
 * `<table class='cable'>`, `<TABLE class=cable>`, `<table id="t" class="cable table-condensed">`. Bounded runs.
 */
const TABLE_MARK = /<table\s[^>]{0,200}?class\s?=\s?['"]?(?:[^'">]{0,100}?\s)?cable[\s'">]/i;

/** Most `<pre>` blocks read as the cable's text (a header, a body, later parts of the body): a bound. */
const MAX_PRE_BLOCKS = 8;

/** Longest markup between two parts of the body (`</pre></code>` / `<code><pre>`) for the later one to go on the text. */
const PRE_GAP_MAX = 200;

/**
 * A `<pre>` block's text opening with a routing header: its `VZCZC` line or a precedence and DTG line (`VZCZCXRO6624`,
 * `&#x000A;P 120930Z JUN 06`), maybe after blanks or encoded line ends. Anchored, bounded.
 */
const HEADER_BLOCK = /^(?:\s|&#x000A;|&#10;){0,8}(?:VZCZC|[OPRZ]{1,2}\s\d{6}Z\s)/i;

/** The cable blocks' `<code><pre>`, in any case (`<CODE><PRE>`). */
const CODE_PRE = /<code><pre>/i;

/** An HTML page: `<html`, `<body` or a doctype near the start. Example: `<html lang='en'>`, `<!DOCTYPE html>`. */
const HTML_MARK = /<(?:html|body)[\s>]|<!doctype\s+html/i;

/**
 * True when `text` looks like a WikiLeaks cable page: it has the cable metadata table
 * (`<table class='cable'>`), or it is an HTML page with the cable `<code><pre>` blocks.
 *
 * @example isWikileaksHtml("<html><body><table class='cable'>...") // true
 */
export function isWikileaksHtml(text: string): boolean {
  if (typeof text !== 'string') return false;
  if (TABLE_MARK.test(text)) return true;
  return CODE_PRE.test(text) && HTML_MARK.test(text.slice(0, 4096));
}

/**
 * Reads a WikiLeaks cable page: the metadata table (`null` with a `METADATA_INVALID`
 * diagnostic when missing or unreadable) and the cable text lines from the `<pre>`
 * blocks (header, one blank line, body), with tags and paragraph anchors removed,
 * entities decoded, and offsets/line numbers pointing into the HTML. Never throws on a string.
 *
 * @example
 * const page = readWikileaksHtml(html);
 * page.metadata?.referenceId; // '04XXXX123'
 * page.lines[0]?.text;        // 'VZCZCXYZ0000'
 */
export function readWikileaksHtml(text: string): WikileaksHtmlPage {
  const diagnostics: Diagnostic[] = [];
  if (typeof text !== 'string') {
    return { metadata: null, lines: [], bodyOffset: null, diagnostics: [diagnosticAtStart('METADATA_INVALID', 'The input is not a string')] };
  }
  const index = new LineIndex(text);
  const parts = scanPage(text);
  const title = readTitle(text, parts.heading, index, diagnostics);
  let metadata: ArchiveMetadata | null = null;
  if (parts.table === null) {
    diagnostics.push(diagnosticAtStart('METADATA_INVALID', "The page has no cable metadata table (<table class='cable'>)"));
  } else {
    metadata = readTable(text, parts.table, title, index, diagnostics);
  }
  // The cable blocks: `<code><pre>` after the table (any `<pre>` when none is in `<code>`).
  const tableEnd = parts.table?.end ?? 0;
  // A block holding only the partial-extract notice is wrapper. A page that puts the table after the cable text has its
  // blocks before the table: then those are read.
  const cableBlocks = parts.pres.filter((p) => !isNoticeBlock(text, p));
  const afterTable = cableBlocks.filter((p) => p.start >= tableEnd);
  // A page may put the table between the header's block and the body's: the header block before the table is read
  // then, when only one block follows the table and the one right before the table opens with a routing header.
  const beforeTable = cableBlocks.filter((p) => p.end <= (parts.table?.start ?? 0));
  const headerBefore = afterTable.length === 1 ? beforeTable[beforeTable.length - 1] : undefined;
  if (headerBefore !== undefined && headerBefore.inCode === (afterTable[0] as { inCode: boolean }).inCode && HEADER_BLOCK.test(text.slice(headerBefore.start, headerBefore.start + 300))) afterTable.unshift(headerBefore);
  const candidates = afterTable.length > 0 ? afterTable : cableBlocks;
  const inCode = candidates.filter((p) => p.inCode);
  // Every cable block, in order: the header's, then the body's, which a page may split in two at a page marker (a later
  // section's `<pre>`), all the cable's text (`MAX_PRE_BLOCKS` a bound).
  // (A block after the second only right after the one before it, nothing visible between (`</pre></code>` /
  // `<code><pre>`): a reader's comment quoting a paragraph further down the page is no text of the cable.)
  const chosen = inCode.length > 0 ? inCode : candidates;
  const blocks = chosen.slice(0, 2);
  for (let k = 2; k < chosen.length && k < MAX_PRE_BLOCKS; k++) {
    const block = chosen[k] as { start: number; end: number };
    const gap = block.start - (chosen[k - 1] as { end: number }).end;
    if (gap > PRE_GAP_MAX || cellText(text, (chosen[k - 1] as { end: number }).end, block.start) !== '') break;
    blocks.push(chosen[k] as (typeof chosen)[number]);
  }
  const lines: SourceLine[] = [];
  let previousEnd = -1;
  let bodyOffset: number | null = null;
  for (const block of blocks) {
    // A routing header in a pasted row's header field is the cable's own when no header block came before. A printed
    // record's fields (AAD, SMART) around the message text are wrapper, as in every shape.
    const pre = readPre(text, block.start, block.end, index, diagnostics);
    const read = withoutPrintRecords(pre) ?? pre;
    const blockLines = withoutTrailingRecord(text, withoutNotice(withoutRecord(text, read, blocks.length === 1)));
    if (blockLines.length === 0) continue;
    if (previousEnd >= 0) {
      // The blank line standing between the header and the body (and between two parts of the body); it sits at the
      // block's `</pre>`. The body starts with the second block.
      lines.push(index.at(previousEnd));
      bodyOffset ??= (blockLines[0] as SourceLine).offset;
    }
    // A loop, not `push(...)`: a page may have more lines than a call has arguments.
    for (const l of blockLines) lines.push(l);
    previousEnd = block.end;
  }
  return { metadata, lines, bodyOffset, diagnostics };
}
