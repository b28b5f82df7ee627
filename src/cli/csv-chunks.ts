/**
 * Cutting a `cables.csv` byte stream into chunks of whole rows, so the rows can be parsed
 * by several workers (each chunk with `readCablesCsv`) with the same result as reading
 * the file in one go.
 *
 * A chunk ends only where the library's row reader (`src/text/cables-csv.ts`) would be
 * at the start of a line, between rows, and the next line starts a row as
 * `"digits","`: there a fresh reader and the reader that read everything before behave
 * the same. To know where the reader is, `CsvBoundaryTracker` follows the reader's
 * state transitions byte by byte (quotes, backslash escapes, malformed rows and the
 * resynchronization on `"digits","` lines) without keeping any field text. Every
 * character that matters is ASCII, so UTF-8 bytes can be scanned directly.
 *
 * Line numbers in the reader's messages (`Malformed row (line 12): ...`) count from the
 * start of the chunk; `shiftCsvLineNumbers` adds the lines of the chunks before.
 */

import type { Cable } from '../index.js';

const QUOTE = 0x22; // "
const APOSTROPHE = 0x27; // '
const BACKSLASH = 0x5c; // \
const COMMA = 0x2c; // ,
const LF = 0x0a;
const CR = 0x0d;

// The reader's states (same names and meaning as in src/text/cables-csv.ts).
const ROW_START = 0;
const PLAIN_HEADER = 1;
const IN_FIELD = 2;
const ESCAPE = 3;
const AFTER_FIELD = 4;
const AFTER_CR = 5;
const FIELD_START = 6;
const SKIP_LINE = 7;
const RESYNC = 8;

/** Fields in a row. */
const FIELD_COUNT = 8;
/** Longest id the reader's resynchronization accepts. */
const MAX_ID_DIGITS = 20;
/** `id,`: the start of an unquoted header row (lower case). */
const PLAIN_HEADER_START = [0x69, 0x64, 0x2c];
/** The UTF-8 byte order mark. */
const BOM_BYTES = [0xef, 0xbb, 0xbf];

/** Index of the first `byte` at or after `from`, or `n` when there is none. */
function indexOr(bytes: Uint8Array, byte: number, from: number, n: number): number {
  const k = bytes.indexOf(byte, from);
  return k < 0 ? n : k;
}

/** True for an ASCII digit. */
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Follows the row reader's state over a byte stream and reports the line starts where a
 * chunk may begin. Feed bytes in order with `scan`.
 */
export class CsvBoundaryTracker {
  private state = ROW_START;
  private afterSkip = RESYNC;
  private firstRow = true;
  private fieldCount = 0;
  /** The first field of the row so far (lower case, at most 3 characters; first row only). */
  private field0 = '';
  /** Whether the row's first field is complete and equals `id` (case-insensitive); `null` when no first field. */
  private field0IsId: boolean | null = null;
  private headerPos = 0;
  private resyncPos = 0;
  private resyncDigits = 0;
  /** Bytes of the UTF-8 byte order mark matched at the start of the file (3: done). */
  private bomAt = 0;

  /**
   * Scans `bytes`; calls `onLineStart(i)` for each index `i` (possibly `bytes.length`)
   * where a line starts with the reader between rows (state `ROW_START` or `RESYNC`).
   */
  scan(bytes: Uint8Array, onLineStart: (index: number) => void): void {
    const n = bytes.length;
    let i = 0;
    // The UTF-8 decoder drops a byte order mark at the start of the file; so does the tracker.
    while (this.bomAt < 3 && i < n) {
      if (bytes[i] === BOM_BYTES[this.bomAt]) {
        this.bomAt++;
        i++;
      } else {
        // Part of a BOM and then something else: the decoder gives U+FFFD, a line that
        // does not start with a quote.
        if (this.bomAt > 0) this.step(0xef);
        this.bomAt = 3;
      }
    }
    let quoteAt = -1;
    let backslashAt = -1;
    while (i < n) {
      const c = bytes[i] as number;
      switch (this.state) {
        case IN_FIELD: {
          // Hot loop: skip to the next quote or backslash.
          let j = i;
          if (this.fieldCount === 0 && this.firstRow) {
            for (; j < n; j++) {
              const d = bytes[j] as number;
              if (d === QUOTE || d === BACKSLASH) break;
              this.addField0(d);
            }
          } else {
            // Native searches, each result reused until passed: linear overall.
            if (quoteAt < i) quoteAt = indexOr(bytes, QUOTE, i, n);
            if (backslashAt < i) backslashAt = indexOr(bytes, BACKSLASH, i, n);
            j = Math.min(quoteAt, backslashAt);
          }
          if (j < n) {
            if (bytes[j] === QUOTE) this.endField();
            else this.state = ESCAPE;
            i = j + 1;
          } else {
            i = n;
          }
          break;
        }
        case SKIP_LINE: {
          const k = bytes.indexOf(LF, i);
          if (k < 0) i = n;
          else {
            i = k + 1;
            this.state = this.afterSkip;
            this.resyncPos = 0;
            onLineStart(i);
          }
          break;
        }
        default: {
          if (this.step(c)) {
            i++;
            // A line break ending a row or a blank line: the next line starts between rows.
            if (c === LF && (this.state === ROW_START || this.state === RESYNC)) onLineStart(i);
          }
        }
      }
    }
  }

  private addField0(c: number): void {
    if (this.field0.length < 3) this.field0 += c < 0x80 ? String.fromCharCode(c).toLowerCase() : '\u0000';
  }

  /** One character in a state other than `IN_FIELD`/`SKIP_LINE`; returns whether it was consumed. */
  private step(c: number): boolean {
    switch (this.state) {
      case ESCAPE:
        this.state = IN_FIELD;
        if (c === QUOTE || c === APOSTROPHE || c === BACKSLASH) {
          if (this.fieldCount === 0 && this.firstRow) this.addField0(c);
          return true;
        }
        if (this.fieldCount === 0 && this.firstRow) this.addField0(BACKSLASH);
        return false;
      case IN_FIELD:
        if (c === QUOTE) this.endField();
        else if (c === BACKSLASH) this.state = ESCAPE;
        else if (this.fieldCount === 0 && this.firstRow) this.addField0(c);
        return true;
      case AFTER_FIELD:
        if (c === COMMA) {
          this.state = FIELD_START;
          return true;
        }
        if (c === LF) {
          this.finishRow();
          return true;
        }
        if (c === CR) {
          this.state = AFTER_CR;
          return true;
        }
        this.malformed();
        return false;
      case AFTER_CR:
        if (c === LF) {
          this.finishRow();
          return true;
        }
        this.malformed();
        return false;
      case FIELD_START:
        if (c === QUOTE) {
          this.field0 = '';
          this.state = IN_FIELD;
          return true;
        }
        this.malformed();
        return false;
      case ROW_START:
        if (c === LF || c === CR) return true;
        if (c === QUOTE) {
          this.beginRow();
          this.state = IN_FIELD;
          return true;
        }
        if (this.firstRow && (c === 0x69 || c === 0x49)) {
          this.beginRow();
          this.headerPos = 0;
          this.state = PLAIN_HEADER;
          return false;
        }
        this.beginRow();
        this.malformed();
        return false;
      case PLAIN_HEADER:
        if ((c | 0x20) === PLAIN_HEADER_START[this.headerPos]) {
          if (++this.headerPos === PLAIN_HEADER_START.length) {
            this.firstRow = false;
            this.resetRow();
            this.afterSkip = ROW_START;
            this.state = SKIP_LINE;
          }
          return true;
        }
        this.malformed();
        return false;
      case SKIP_LINE:
        if (c === LF) {
          this.state = this.afterSkip;
          this.resyncPos = 0;
        }
        return true;
      case RESYNC: {
        const p = this.resyncPos;
        if (p === 0 && c === QUOTE) {
          this.resyncDigits = 0;
          this.resyncPos = 1;
        } else if ((p === 1 || p === 2) && isDigit(c) && this.resyncDigits < MAX_ID_DIGITS) {
          this.resyncDigits++;
          this.resyncPos = 2;
        } else if (p === 2 && c === QUOTE) {
          this.resyncPos = 3;
        } else if (p === 3 && c === COMMA) {
          this.resyncPos = 4;
        } else if (p === 4 && c === QUOTE) {
          this.beginRow();
          this.field0IsId = false; // the first field is the digits
          this.fieldCount = 1;
          this.state = IN_FIELD;
        } else {
          this.afterSkip = RESYNC;
          this.state = SKIP_LINE;
          return false;
        }
        return true;
      }
      default:
        return true;
    }
  }

  private beginRow(): void {
    this.resetRow();
  }

  private resetRow(): void {
    this.fieldCount = 0;
    this.field0 = '';
    this.field0IsId = null;
  }

  private endField(): void {
    if (this.fieldCount === 0) this.field0IsId = this.field0 === 'id';
    this.fieldCount++;
    this.state = AFTER_FIELD;
  }

  private finishRow(): void {
    const isHeader = this.firstRow && this.field0IsId === true;
    this.firstRow = false;
    this.state = ROW_START;
    if (!isHeader && this.fieldCount !== FIELD_COUNT) {
      this.state = RESYNC;
      this.resyncPos = 0;
    }
    this.resetRow();
  }

  private malformed(): void {
    const header = this.firstRow && this.field0IsId === true;
    this.firstRow = false;
    this.resetRow();
    this.afterSkip = header ? ROW_START : RESYNC;
    this.state = SKIP_LINE;
  }
}

/** A chunk of whole rows and the line of the file it starts on (1-based). */
export interface CsvChunk {
  bytes: Uint8Array;
  line: number;
}

/** Default chunk size: rows are gathered until a chunk holds at least this many bytes. */
export const DEFAULT_CSV_CHUNK_BYTES = 1 << 20;

/** Matches `"digits","` at a line start, byte by byte: -1 no, 1 yes, 0 needs more bytes. */
class RowStartMatcher {
  private pos = 0;
  private digits = 0;

  reset(): void {
    this.pos = 0;
    this.digits = 0;
  }

  step(c: number): -1 | 0 | 1 {
    switch (this.pos) {
      case 0:
        if (c !== QUOTE) return -1;
        this.pos = 1;
        return 0;
      case 1:
      case 2:
        if (isDigit(c) && this.digits < MAX_ID_DIGITS) {
          this.digits++;
          this.pos = 2;
          return 0;
        }
        if (this.pos === 2 && c === QUOTE) {
          this.pos = 3;
          return 0;
        }
        return -1;
      case 3:
        if (c !== COMMA) return -1;
        this.pos = 4;
        return 0;
      default:
        return c === QUOTE ? 1 : -1;
    }
  }
}

/** Counts `\n` bytes. */
function countLines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(LF); i >= 0; i = bytes.indexOf(LF, i + 1)) n++;
  return n;
}

/**
 * Cuts a `cables.csv` byte stream into chunks of whole rows of at least `chunkBytes`
 * bytes (the last may be smaller), in order. Each chunk's bytes are a fresh buffer
 * (transferable to a worker). Memory: one chunk plus the longest row.
 */
export async function* csvChunks(source: AsyncIterable<Uint8Array>, chunkBytes: number = DEFAULT_CSV_CHUNK_BYTES): AsyncGenerator<CsvChunk> {
  const tracker = new CsvBoundaryTracker();
  const matcher = new RowStartMatcher();
  /** Pieces of the current chunk and the file offset of the first. */
  const pieces: Uint8Array[] = [];
  let chunkStart = 0;
  let piecesEnd = 0;
  let line = 1;
  /** A line start being checked for `"digits","` (file offset), or -1. */
  let candidate = -1;
  const cuts: number[] = [];

  const take = (end: number): CsvChunk => {
    const out = new Uint8Array(end - chunkStart);
    let at = 0;
    let offset = chunkStart;
    while (offset < end) {
      const piece = pieces[0] as Uint8Array;
      const need = end - offset;
      if (piece.length <= need) {
        out.set(piece, at);
        at += piece.length;
        offset += piece.length;
        pieces.shift();
      } else {
        out.set(piece.subarray(0, need), at);
        pieces[0] = piece.subarray(need);
        offset += need;
        at += need;
      }
    }
    const chunk = { bytes: out, line };
    line += countLines(out);
    chunkStart = end;
    return chunk;
  };

  for await (const raw of source) {
    const bytes = raw;
    if (bytes.length === 0) continue;
    const base = piecesEnd;
    pieces.push(bytes);
    piecesEnd += bytes.length;
    // A candidate from the previous piece: check its remaining bytes here.
    const resolve = (from: number): void => {
      for (let k = from; k < bytes.length && candidate >= 0; k++) {
        const r = matcher.step(bytes[k] as number);
        if (r === 1) {
          cuts.push(candidate);
          candidate = -1;
        } else if (r === -1) candidate = -1;
      }
    };
    if (candidate >= 0) resolve(0);
    tracker.scan(bytes, (index) => {
      const at = base + index;
      if (candidate >= 0 || at - chunkStart < chunkBytes || (cuts.length > 0 && at - (cuts[cuts.length - 1] as number) < chunkBytes)) return;
      candidate = at;
      matcher.reset();
      resolve(index);
    });
    for (const cut of cuts) if (cut > chunkStart) yield take(cut);
    cuts.length = 0;
  }
  if (piecesEnd > chunkStart) yield take(piecesEnd);
}

/**
 * The reader's messages that name lines of the file: malformed and too-long rows.
 * Example: `Malformed row (line 121): text after the closing quote of field 2 on line 121`.
 */
const ROW_MESSAGE = /^(?:Malformed row|Row too long) \(line \d+\)/;
/** An unreadable date. Example: `The date of the row at line 146 ("bad") is not month/day/year hour:minute`. */
const DATE_MESSAGE = /^The date of the row at line (\d+) /;
/** A line number in a row message. Example: `line 121`. */
const LINE_NUMBER = /\bline (\d+)/g;

/**
 * Adds `lines` to the line numbers in the CSV reader's diagnostics of a cable read from a
 * chunk that starts after `lines` lines of the file (so they match a whole-file read).
 */
export function shiftCsvLineNumbers(cable: Cable, lines: number): void {
  if (lines === 0) return;
  for (const d of cable.diagnostics) {
    if (d.code !== 'METADATA_INVALID' && d.code !== 'INPUT_TOO_LARGE') continue;
    if (ROW_MESSAGE.test(d.message)) {
      // Every "line N" of these messages is a file line: `(line 12): ... on line 14`.
      d.message = d.message.replace(LINE_NUMBER, (_, n: string) => `line ${Number(n) + lines}`);
    } else if (DATE_MESSAGE.test(d.message)) {
      d.message = d.message.replace(DATE_MESSAGE, (_, n: string) => `The date of the row at line ${Number(n) + lines} `);
    }
  }
}
