/**
 * The `cables.csv` distribution (docs/cable-format.md section 1c), read as a stream: one
 * row per cable, 8 double-quoted fields separated by commas. *Synthetic row:*
 *
 *     "1042","2/26/2010 8:05","10ASTANA270","Embassy Astana","UNCLASSIFIED","09ASTANA2139","VZCZCXRO4053
 *     OO RUEHIK
 *     ...","UNCLAS SECTION 01 OF 02 ASTANA 000270
 *     ...
 *     HOAGLAND"
 *
 * The file is about 1.7 GB, so it is read chunk by chunk with a character-level state
 * machine (`CsvScanner`, src/text/csv-scanner.ts, which also finds row boundaries in raw
 * bytes for the CLI) and only the current row's text is held. Chunks may split anywhere:
 * inside a UTF-8 character, between a backslash and the character it escapes, between
 * `\r` and `\n`.
 */

import type { ArchiveMetadata, Cable } from '../model/cable.js';
import { diagnosticAtStart } from '../diagnostics/diagnostic.js';
import { emptyCable } from '../empty-cable.js';
import { canonicalizeReferenceId } from '../preamble/reference-id.js';
import {
  CSV_FIELD_COUNT,
  CsvScanner,
  EVENT_BAD_LINE_START,
  EVENT_DOUBLED_QUOTE,
  EVENT_ESCAPED,
  EVENT_FIELD_END,
  EVENT_HEADER,
  EVENT_LONE_BACKSLASH,
  EVENT_MALFORMED_AFTER_CR,
  EVENT_MALFORMED_AFTER_FIELD,
  EVENT_MALFORMED_CUT_ROW,
  EVENT_MALFORMED_END_AFTER_COMMA,
  EVENT_MALFORMED_END_IN_FIELD,
  EVENT_MALFORMED_FIELD_START,
  EVENT_MALFORMED_LINE_START,
  EVENT_MASK,
  EVENT_NONE,
  EVENT_RESYNC_DIGIT,
  EVENT_RESYNC_QUOTE,
  EVENT_RESYNC_ROW,
  EVENT_ROW_BEGIN,
  EVENT_ROW_END,
  EVENT_ROW_END_GLUED,
  EVENT_TEXT,
  REREAD,
  STATE_IN_FIELD,
  STATE_SKIP_LINE,
} from './csv-scanner.js';

/** One row of `cables.csv`, fields unescaped. */
export interface CsvRow {
  /** Numeric row id as written: `'1042'`. */
  id: string;
  /** Date as written, month/day/year: `'2/26/2010 8:05'` (see `csvDateToIso`). */
  date: string;
  /** Reference id as written: `'10ASTANA270'`. */
  referenceId: string;
  /** Origin: `'Embassy Astana'`. */
  origin: string;
  /** Classification: `'UNCLASSIFIED'`, `'CONFIDENTIAL//NOFORN'`. */
  classification: string;
  /** Referenced ids (`'09ASTANA2139|09STATE12345'` -> two ids); `[]` when the field is empty. */
  references: string[];
  /** The routing header text (`VZCZC...` down to the last addressee). */
  header: string;
  /** The cable text after the routing header (preamble, body, signer). */
  content: string;
  /** 1-based line of the file on which the row starts (lines end at `\n`). */
  line: number;
  /** True when the input ends inside the row's content (a cut download): the row holds the content as far as it goes. */
  cut?: boolean;
  /**
   * True when the row has one field less than the eight (an export without the header column): its last field is read
   * as `content`, `header` is `''`.
   */
  short?: boolean;
  /**
   * Why the row could not be read, or `null`. A row with an error has every field empty
   * (`''`, `[]`). Messages start with `'Malformed row'` (wrong field count, text outside
   * quotes, id not a number, input ending inside a field before the content) or `'Row too long'` (longer
   * than `maxRowLength`); see `csvRowErrorKind`.
   */
  error: string | null;
}

/** Options for `readCsvRows`. */
export interface ReadCsvRowsOptions {
  /** Rows longer than this (in UTF-16 code units, quotes and commas included) are skipped and yielded with an error. Default 16 MiB (16,777,216). */
  maxRowLength?: number;
}

/** Default for `ReadCsvRowsOptions.maxRowLength`: 16 MiB of characters. */
export const DEFAULT_MAX_ROW_LENGTH = 16 * 1024 * 1024;

/** Start of every malformed-row error message. */
const MALFORMED = 'Malformed row';
/** Start of every too-long-row error message. */
const TOO_LONG = 'Row too long';

/**
 * What kind of error a row has: `'malformed'` (wrong field count, text outside quotes,
 * id not a number, input ending inside a field before the content), `'too-long'` (over `maxRowLength`), or
 * `null` for a good row.
 */
export function csvRowErrorKind(row: CsvRow): 'malformed' | 'too-long' | null {
  if (row.error === null) return null;
  return row.error.startsWith(TOO_LONG) ? 'too-long' : 'malformed';
}

const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \
const LF = 0x0a;
const BOM = 0xfeff;

/**
 * Row id: digits only.
 * Example: `1042`.
 */
const NUMERIC_ID = /^\d{1,20}$/;

/**
 * Reads rows from decoded text: drives the shared state machine (`CsvScanner`,
 * src/text/csv-scanner.ts) and keeps the text of the current row, its position and line.
 */
class RowReader {
  private readonly scanner = new CsvScanner();
  /** Current line (1-based). */
  private line = 1;
  /** Offset in the file of the current chunk's first character. */
  private base = 0;
  private fileStart = true;
  private rowStart = 0;
  private rowLine = 1;
  /** Offset just after the last closing quote of the row. */
  private rowEnd = 0;
  private fields: string[] = [];
  private field = '';
  /** The row is over `max`: its text is no longer kept. */
  private discard = false;
  private resyncDigits = '';
  private resyncStart = 0;
  private resyncLine = 1;
  /** The last character of the chunk before (for `CsvScanner.before`). */
  private last = 0;

  constructor(private readonly max: number) {}

  /** Reads one chunk of decoded text; completed rows go to `out`. */
  push(s: string, out: CsvRow[]): void {
    const scanner = this.scanner;
    const n = s.length;
    let i = 0;
    if (this.fileStart && n > 0) {
      this.fileStart = false;
      if (s.charCodeAt(0) === BOM) i = 1;
    }
    while (i < n) {
      const state = scanner.state;
      if (state === STATE_IN_FIELD && scanner.idPos < 0) {
        // The hot loop: field text up to the next quote or backslash (the machine would
        // only add it to the field), counting lines.
        let j = i;
        let line = this.line;
        for (; j < n; j++) {
          const c = s.charCodeAt(j);
          if (c === QUOTE || c === BACKSLASH) break;
          if (c === LF) line++;
        }
        this.line = line;
        this.append(s, i, j);
        if (j === n) break;
        i = j;
      } else if (state === STATE_SKIP_LINE) {
        // A skipped line: straight to its `\n`.
        const k = s.indexOf('\n', i);
        if (k < 0) break;
        i = k;
      }
      // Every other character goes through the machine; one it does not consume
      // (`REREAD`) is read again in the new state.
      const c = s.charCodeAt(i);
      // (The character before a quote in a field, which the hot loop skipped: see `CsvScanner.before`.)
      if (c === QUOTE && state === STATE_IN_FIELD) scanner.before = i > 0 ? s.charCodeAt(i - 1) : this.last;
      const event = scanner.step(c);
      const kind = event & EVENT_MASK;
      if (kind === EVENT_FIELD_END) this.endField(this.base + i + 1); // the most frequent event
      else if (kind !== EVENT_NONE) this.handle(kind, c, this.base + i, out);
      if ((event & REREAD) === 0) {
        if (c === LF) this.line++;
        i++;
      }
    }
    if (n > 0) this.last = s.charCodeAt(n - 1);
    this.base += n;
  }

  /** Ends the input: a row still open is finished or reported. */
  end(out: CsvRow[]): void {
    this.handle(this.scanner.end(), 0, this.base, out);
  }

  /** Does what the machine's `event` (at character `c`, file offset `at`) asks; `EVENT_FIELD_END` is handled in `push`. */
  private handle(event: number, c: number, at: number, out: CsvRow[]): void {
    switch (event) {
      case EVENT_TEXT:
      case EVENT_ESCAPED:
        this.appendText(String.fromCharCode(c), at + 1);
        break;
      case EVENT_LONE_BACKSLASH:
        this.appendText('\\', at);
        break;
      case EVENT_DOUBLED_QUOTE:
        // `"KING""S"`: the field ended at the first quote is open again, with one `"` (pushed only below the field count).
        if (!this.discard && this.scanner.fieldCount < CSV_FIELD_COUNT) this.field = this.fields.pop() ?? '';
        this.appendText('"', at + 1);
        break;
      case EVENT_ROW_END_GLUED:
        // `... VANCE""41123","...`: the row ended at the first quote; the next opened at the second, before this digit.
        this.finishRow(out);
        this.resyncStart = at - 1;
        this.resyncLine = this.line;
        this.resyncDigits = '';
        break;
      case EVENT_ROW_BEGIN:
        this.beginRow(at);
        break;
      case EVENT_ROW_END:
        this.finishRow(out);
        break;
      case EVENT_HEADER:
        this.resetRow();
        break;
      case EVENT_RESYNC_QUOTE:
        this.resyncStart = at;
        this.resyncLine = this.line;
        this.resyncDigits = '';
        break;
      case EVENT_RESYNC_DIGIT:
        this.resyncDigits += String.fromCharCode(c);
        break;
      case EVENT_RESYNC_ROW:
        this.beginRow(this.resyncStart);
        this.rowLine = this.resyncLine;
        this.fields.push(this.resyncDigits);
        break;
      case EVENT_BAD_LINE_START:
        this.beginRow(at);
        this.malformed(`line ${this.line} does not start with a quote`, out);
        break;
      case EVENT_MALFORMED_LINE_START:
        this.malformed(`line ${this.line} does not start with a quote`, out);
        break;
      case EVENT_MALFORMED_AFTER_FIELD:
        this.malformed(`text after the closing quote of field ${this.scanner.fieldCount} on line ${this.line}`, out);
        break;
      case EVENT_MALFORMED_CUT_ROW:
        // The row was cut inside field `fieldCount`; the next row opened at the quote before this digit.
        this.malformed(`cut inside field ${this.scanner.fieldCount}: a row starts on line ${this.line}`, out);
        this.resyncStart = at - 1;
        this.resyncLine = this.line;
        this.resyncDigits = '';
        break;
      case EVENT_MALFORMED_AFTER_CR:
        this.malformed(`a \\r not followed by \\n after field ${this.scanner.fieldCount} on line ${this.line}`, out);
        break;
      case EVENT_MALFORMED_FIELD_START:
        this.malformed(`field ${this.scanner.fieldCount + 1} on line ${this.line} does not start with a quote`, out);
        break;
      case EVENT_MALFORMED_END_IN_FIELD:
        // Cut inside its last field (a cut download): the row is read as far as it goes, marked `cut`.
        if (!this.discard && this.fields.length === CSV_FIELD_COUNT - 1 && NUMERIC_ID.test(this.fields[0] ?? '')) {
          this.fields.push(this.field);
          out.push({ ...this.rowOfFields(), cut: true });
          this.resetRow();
        } else this.malformed('the input ends inside a quoted field', out);
        break;
      case EVENT_MALFORMED_END_AFTER_COMMA:
        this.malformed('the input ends after a comma', out);
        break;
      default:
        break;
    }
  }

  private beginRow(offset: number): void {
    this.resetRow();
    this.rowStart = offset;
    this.rowEnd = offset;
    this.rowLine = this.line;
  }

  private resetRow(): void {
    this.fields = [];
    this.field = '';
    this.discard = false;
  }

  /** Adds `s[from, to)` to the current field, or starts discarding when the row gets too long. */
  private append(s: string, from: number, to: number): void {
    if (this.discard) return;
    if (to > from) this.field += s.slice(from, to);
    if (this.base + to - this.rowStart > this.max) this.startDiscard();
  }

  /** Adds an unescaped character; `end` is the file offset after its escape sequence. */
  private appendText(text: string, end: number): void {
    if (this.discard) return;
    this.field += text;
    if (end - this.rowStart > this.max) this.startDiscard();
  }

  private startDiscard(): void {
    this.discard = true;
    this.fields = [];
    this.field = '';
  }

  private endField(end: number): void {
    if (!this.discard && this.fields.length < CSV_FIELD_COUNT) this.fields.push(this.field);
    this.field = '';
    this.rowEnd = end;
  }

  /** The row ended (after its line break or at the end of the input); not a header row. */
  private finishRow(out: CsvRow[]): void {
    const first = this.fields[0];
    const fieldCount = this.scanner.fieldCount;
    const length = this.rowEnd - this.rowStart;
    if (fieldCount === CSV_FIELD_COUNT - 1 && !this.discard && length <= this.max && NUMERIC_ID.test(first ?? '')) {
      // One field short, the export having dropped the header column: the last field is the cable text, read with an
      // empty header (`short`; the cable gets a `METADATA_INVALID` warning).
      this.fields.splice(CSV_FIELD_COUNT - 2, 0, '');
      out.push({ ...this.rowOfFields(), short: true });
    } else if (fieldCount !== CSV_FIELD_COUNT) {
      // The machine now skips lines up to the next row start.
      out.push(errorRow(this.rowLine, `${MALFORMED} (line ${this.rowLine}): ${fieldCount} fields, expected ${CSV_FIELD_COUNT}`));
    } else if (this.discard || length > this.max) {
      out.push(errorRow(this.rowLine, `${TOO_LONG} (line ${this.rowLine}): ${length} characters, more than maxRowLength (${this.max})`));
    } else if (!NUMERIC_ID.test(first ?? '')) {
      out.push(errorRow(this.rowLine, `${MALFORMED} (line ${this.rowLine}): the id field is not a number`));
    } else {
      out.push(this.rowOfFields());
    }
    this.resetRow();
  }

  /** The row of the fields read. */
  private rowOfFields(): CsvRow {
    const f = this.fields;
    const refs = f[5] ?? '';
    return {
      id: f[0] ?? '',
      date: f[1] ?? '',
      referenceId: f[2] ?? '',
      origin: f[3] ?? '',
      classification: f[4] ?? '',
      // `09ASTANA2139|09STATE12345` -> two ids; `''` -> none.
      references: refs === '' ? [] : refs.split('|').filter((r) => r !== ''),
      header: f[6] ?? '',
      content: f[7] ?? '',
      line: this.rowLine,
      error: null,
    };
  }

  /** Reports the current row as malformed (the machine skips to the next line that starts a row). */
  private malformed(reason: string, out: CsvRow[]): void {
    out.push(errorRow(this.rowLine, `${MALFORMED} (line ${this.rowLine}): ${reason}`));
    this.resetRow();
  }
}

function errorRow(line: number, error: string): CsvRow {
  return { id: '', date: '', referenceId: '', origin: '', classification: '', references: [], header: '', content: '', line, error };
}

/** The part of the WHATWG `TextDecoder` used here (a global in Node and browsers, not in the ES2022 lib). */
interface StreamingDecoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

function createDecoder(): StreamingDecoder {
  const ctor = (globalThis as unknown as { TextDecoder?: new (label?: string) => StreamingDecoder }).TextDecoder;
  if (typeof ctor !== 'function') throw new TypeError('readCsvRows: byte chunks need a global TextDecoder');
  return new ctor('utf-8');
}

/** Bytes of a chunk, or `null` when it is not binary. */
function bytesOf(chunk: unknown): Uint8Array | null {
  if (chunk instanceof Uint8Array) return chunk;
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  return null;
}

async function* rows(source: AsyncIterable<unknown> | Iterable<unknown>, max: number): AsyncGenerator<CsvRow> {
  const reader = new RowReader(max);
  let decoder: StreamingDecoder | null = null;
  const out: CsvRow[] = [];
  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      if (decoder !== null) {
        reader.push(decoder.decode(), out); // bytes left over from earlier byte chunks
        decoder = null;
      }
      reader.push(chunk, out);
    } else {
      const bytes = bytesOf(chunk);
      if (bytes === null) throw new TypeError(`readCsvRows: chunks must be strings or Uint8Arrays, got ${chunk === null ? 'null' : typeof chunk}`);
      decoder ??= createDecoder();
      reader.push(decoder.decode(bytes, { stream: true }), out);
    }
    for (const row of out) yield row;
    out.length = 0;
  }
  if (decoder !== null) reader.push(decoder.decode(), out);
  reader.end(out);
  yield* out;
}

/** Checks `source` and returns something `for await` can read (a string is one chunk). */
function toChunkSource(source: unknown, fn: string): AsyncIterable<unknown> | Iterable<unknown> {
  if (typeof source === 'string') return [source];
  if (source !== null && (typeof source === 'object' || typeof source === 'function')) {
    const s = source as { [Symbol.asyncIterator]?: unknown; [Symbol.iterator]?: unknown };
    if (typeof s[Symbol.asyncIterator] === 'function') return source as AsyncIterable<unknown>;
    if (typeof s[Symbol.iterator] === 'function') return source as Iterable<unknown>;
  }
  throw new TypeError(`${fn}: source must be an async iterable (or iterable) of strings or Uint8Arrays, got ${source === null ? 'null' : typeof source}`);
}

/**
 * Reads the rows of a `cables.csv` stream, one `CsvRow` per cable, with memory bounded by
 * the longest row (at most `maxRowLength`) plus one chunk.
 *
 * Chunks are strings or UTF-8 bytes (decoded with a streaming `TextDecoder`) and may be
 * cut anywhere. Fields are unescaped: `\"` -> `"`, `\'` -> `'`, `\\` -> `\`, any other
 * backslash kept; a doubled quote `""` inside a field (a copy re-saved as RFC 4180 writes
 * it) -> `"`. A header row (`"id","date",...` or `id,date,...`) is skipped; blank
 * lines between rows are skipped. Bad data never throws: a malformed row (text outside
 * quotes, wrong field count) is yielded with `error` set and reading resumes at the next
 * line that starts `"digits","`, or at the quote of a `"digits","` met where a field of a
 * row cut short seemed to close; a row glued on right after a row's last field (a lost
 * line break) is read as the next row. A well-formed row with a non-numeric id, or one longer
 * than `maxRowLength` (skipped to its end), is yielded with `error` set and reading
 * goes on with the next line. Throws a `TypeError` only when
 * `source` is not (async) iterable, a chunk is neither text nor bytes, or the options
 * are invalid.
 *
 * @example for await (const row of readCsvRows(createReadStream('cables.csv'))) console.log(row.referenceId)
 */
export function readCsvRows(source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>, options?: ReadCsvRowsOptions): AsyncGenerator<CsvRow> {
  const chunks = toChunkSource(source, 'readCsvRows');
  return rows(chunks, maxRowLengthOf(options, 'readCsvRows'));
}

/** Checks the options and returns `maxRowLength`. */
function maxRowLengthOf(options: ReadCsvRowsOptions | undefined, fn: string): number {
  if (options !== undefined && (options === null || typeof options !== 'object')) throw new TypeError(`${fn}: options must be an object`);
  const max = options?.maxRowLength ?? DEFAULT_MAX_ROW_LENGTH;
  if (typeof max !== 'number' || !(max > 0)) throw new TypeError(`${fn}: options.maxRowLength must be a positive number`);
  return max;
}

/** Characters handed to the reader at a time by `readCsvRowsSync`. */
const SYNC_SLICE = 1 << 20;

/**
 * `readCsvRows` for `cables.csv` content already in memory: the same rows, the same
 * errors, yielded synchronously (the text is read 1 MiB at a time).
 *
 * @example [...readCsvRowsSync(text)].map((row) => row.referenceId) // ['10ASTANA270', ...]
 */
export function readCsvRowsSync(text: string, options?: ReadCsvRowsOptions): Generator<CsvRow> {
  if (typeof text !== 'string') throw new TypeError(`readCsvRowsSync: text must be a string, got ${text === null ? 'null' : typeof text}`);
  return rowsSync(text, maxRowLengthOf(options, 'readCsvRowsSync'));
}

function* rowsSync(text: string, max: number): Generator<CsvRow> {
  const reader = new RowReader(max);
  const out: CsvRow[] = [];
  for (let i = 0; i < text.length; i += SYNC_SLICE) {
    reader.push(text.slice(i, i + SYNC_SLICE), out);
    yield* out;
    out.length = 0;
  }
  reader.end(out);
  yield* out;
}

/** Parses the text of one cable with its archive metadata (`parseCableWithMetadata` with options bound). */
export type CsvCableParser = (text: string, metadata: ArchiveMetadata | null) => Cable;

/**
 * Turns a row into a `Cable`: the text `header + '\n\n' + content` parsed by `parse`
 * with the row's metadata (reference id canonicalized, `created` from the date column,
 * `released: null`). Diagnostic positions refer to that text. A `cut` or `short` row gives its cable with a `METADATA_INVALID` warning. A row with `error` gives
 * an empty cable with one `METADATA_INVALID` (malformed row) or `INPUT_TOO_LARGE` (too
 * long row) diagnostic; an unreadable date adds a `METADATA_INVALID` warning and keeps
 * the date as written in `created`; `parse` is not called for an error row, so it never
 * throws there (strict mode is the caller's). `parse` is passed in so this module does
 * not import the pipeline (`assemble.ts` imports it).
 *
 * @example cableFromCsvRow(row, (text, metadata) => parseCableWithMetadata(text, metadata)).subject
 */
export function cableFromCsvRow(row: CsvRow, parse: CsvCableParser): Cable {
  if (row.error !== null) {
    const code = csvRowErrorKind(row) === 'too-long' ? 'INPUT_TOO_LARGE' : 'METADATA_INVALID';
    return emptyCable([diagnosticAtStart(code, row.error)]);
  }
  const created = csvDateToIso(row.date);
  const metadata: ArchiveMetadata = {
    referenceId: canonicalizeReferenceId(row.referenceId) ?? row.referenceId,
    created: created ?? row.date,
    released: null,
    classification: row.classification,
    origin: row.origin,
    title: null,
    mediaUrls: [],
  };
  const cable = parse(`${row.header}\n\n${row.content}`, metadata);
  if (row.cut === true) {
    cable.diagnostics.unshift(diagnosticAtStart('METADATA_INVALID', `The input ends inside the content of the row at line ${row.line}: the cable is read as far as it goes`));
  }
  if (row.short === true) {
    cable.diagnostics.unshift(diagnosticAtStart('METADATA_INVALID', `The row at line ${row.line} has ${CSV_FIELD_COUNT - 1} fields, expected ${CSV_FIELD_COUNT}: its last field is read as the cable text, without a header field`));
  }
  if (created === null) {
    const message = `The date of the row at line ${row.line} (${JSON.stringify(row.date)}) is not month/day/year hour:minute`;
    // Offset 0: first place keeps the diagnostics sorted by offset.
    cable.diagnostics.unshift(diagnosticAtStart('METADATA_INVALID', message));
  }
  return cable;
}

/**
 * The `date` column: month/day/year, then hour (one or two digits) and minutes.
 * Examples: `12/28/1966 18:48`, `2/26/2010 8:05`.
 */
const CSV_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})$/;

/**
 * Converts a `cables.csv` date to the ISO form of `ArchiveMetadata.created`, or `null`
 * when it is not a valid date and time. Surrounding whitespace is ignored.
 *
 * @example csvDateToIso('2/26/2010 8:05') // '2010-02-26T08:05'
 */
export function csvDateToIso(date: string): string | null {
  if (typeof date !== 'string') return null;
  const m = CSV_DATE.exec(date.trim());
  if (m === null) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  const year = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (days === undefined || day < 1 || day > days || hour > 23 || minute > 59) return null;
  const two = (v: number): string => String(v).padStart(2, '0');
  return `${m[3]}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}`;
}
