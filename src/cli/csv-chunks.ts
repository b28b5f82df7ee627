/**
 * Cutting a `cables.csv` byte stream into chunks of whole rows, so the rows can be parsed
 * by several workers (each chunk with `readCablesCsv`) with the same result as reading
 * the file in one go.
 *
 * A chunk ends only where the library's row reader (`src/text/cables-csv.ts`) would be
 * at the start of a line, between rows, and the next line starts a row as
 * `"digits","`: there a fresh reader and the reader that read everything before behave
 * the same. The library's `CsvBoundaryScanner` (`src/text/csv-scanner.ts`) finds those
 * places: it runs the reader's own state machine over the bytes, without decoding them
 * or keeping any field text.
 *
 * Line numbers in the reader's messages (`Malformed row (line 12): ...`) count from the
 * start of the chunk; `shiftCsvLineNumbers` adds the lines of the chunks before.
 */

import type { Cable } from '../index.js';
import { CsvBoundaryScanner } from '../text/csv-scanner.js';

const LF = 0x0a;

/** A chunk of whole rows and the line of the file it starts on (1-based). */
export interface CsvChunk {
  bytes: Uint8Array;
  line: number;
}

/**
 * Default chunk size: rows are gathered until a chunk holds at least this many bytes.
 * 256 KiB keeps a worker's live data (the chunk, its cables, their JSON) well inside its
 * capped heap, and the output of the tasks in flight small: `parse --ndjson` on a 200 MB
 * file peaked at 173-178 MiB against 185-186 MiB with 512 KiB chunks, in the same time.
 */
export const DEFAULT_CSV_CHUNK_BYTES = 1 << 18;

/** `\n` in each byte of a 32-bit word. */
const LF_WORD = 0x0a0a0a0a;
/** The low 7 bits of each byte of a 32-bit word. */
const LOW7 = 0x7f7f7f7f;

/** Counts `\n` bytes, four at a time (a search per line took half the chunker's time). */
function countLines(bytes: Uint8Array): number {
  const n = bytes.length;
  let count = 0;
  let i = 0;
  while (i < n && (bytes.byteOffset + i) % 4 !== 0) if (bytes[i++] === LF) count++;
  if (i === n) return count;
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + i, (n - i) >>> 2);
  for (let k = 0; k < words.length; k++) {
    const x = (words[k] as number) ^ LF_WORD; // a zero byte where there was a `\n`
    // 0x80 in each zero byte of x, 0 in the others (no carry crosses a byte).
    const zeros = ~(((x & LOW7) + LOW7) | x | LOW7);
    // The number of 0x80 bytes, summed into the top byte.
    count += Math.imul(zeros >>> 7, 0x01010101) >>> 24;
  }
  for (i += words.length * 4; i < n; i++) if (bytes[i] === LF) count++;
  return count;
}

/**
 * Cuts a `cables.csv` byte stream into chunks of whole rows of at least `chunkBytes`
 * bytes (the last may be smaller), in order. Each chunk's bytes are a fresh buffer
 * (transferable to a worker). Memory: one chunk plus the longest row.
 */
export async function* csvChunks(source: AsyncIterable<Uint8Array>, chunkBytes: number = DEFAULT_CSV_CHUNK_BYTES): AsyncGenerator<CsvChunk> {
  const boundaries = new CsvBoundaryScanner();
  /** Pieces of the current chunk, the first starting at `chunkStart` (stream offsets). */
  const pieces: Uint8Array[] = [];
  let chunkStart = 0;
  let piecesEnd = 0;
  let line = 1;
  /** Where the chunks end: the first boundary at least `chunkBytes` after the previous end. */
  const cuts: number[] = [];
  let lastCut = 0;
  const onBoundary = (at: number): void => {
    if (at - lastCut < chunkBytes) return;
    cuts.push(at);
    lastCut = at;
  };

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

  for await (const bytes of source) {
    if (bytes.length === 0) continue;
    pieces.push(bytes);
    piecesEnd += bytes.length;
    boundaries.scan(bytes, onBoundary);
    for (const cut of cuts) yield take(cut);
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
