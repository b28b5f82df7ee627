/**
 * Cutting `cables.csv` bytes into chunks of whole rows (`csvChunks`, used by the CLI to
 * spread rows over worker threads) and the row boundaries it cuts at
 * (`CsvBoundaryScanner`, the row reader's own state machine run over bytes). Property:
 * reading the chunks one by one gives the rows of a whole-file read. Every row here is
 * synthetic.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cable } from '../src/model/cable.js';
import { readCablesCsv } from '../src/read-cables-csv.js';
import { readCsvRows, type CsvRow } from '../src/text/cables-csv.js';
import { CsvBoundaryScanner } from '../src/text/csv-scanner.js';
import { csvChunks, shiftCsvLineNumbers, type CsvChunk } from '../src/cli/csv-chunks.js';

const encoder = new TextEncoder();

/** A good row: 8 fields, escapes, multi-byte characters, a line that looks like a row start but is escaped. */
function row(id: string, eol = '\n'): string {
  return `"${id}","2/26/2010 8:05","10ASTANA${id}","Embassy Astana","UNCLASSIFIED","","VZCZCXRO4053\nFM AMEMBASSY ASTANA","UNCLAS ASTANA 000${id}\nSUBJECT: \\"CAFÉ\\" IT\\'S C:\\DOCS\n\\"12\\",\\"\n\\\\END’"${eol}`;
}

/** Pieces of CSV-ish input: quotes, backslashes, commas, line breaks, row starts, a BOM, multi-byte UTF-8 and invalid bytes. */
const FRAGMENTS: Uint8Array[] = [
  ...['"', '\\', ',', '\n', '\r', '\r\n', "'", '"123","', '\n"123","', '"7",', '","', '""', ' ""1', '(""2', '\r\r\n', 'id,', '"id"', 'ID,', 'I', 'd', '1', '42', 'x', ' ', '\t', 'é', '’', '\uFEFF', '\f'].map((s) =>
    encoder.encode(s),
  ),
  new Uint8Array([0xef, 0xbb, 0xbf]), // byte order mark
  new Uint8Array([0xef, 0xbb]), // a mark cut short
  new Uint8Array([0xbf]),
  new Uint8Array([0x80]), // a stray continuation byte
  new Uint8Array([0xff]), // never valid in UTF-8
];

/** Good rows (LF or CRLF) mixed with `FRAGMENTS`. */
const csvBytes = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...FRAGMENTS), weight: 3 },
      { arbitrary: fc.tuple(fc.nat({ max: 99999 }), fc.constantFrom('\n', '\r\n')).map(([id, eol]) => encoder.encode(row(String(id), eol))), weight: 1 },
    ),
    { maxLength: 40, size: 'max' },
  )
  .map((parts) => concat(parts));

/** Chunk sizes, mostly smaller than a row. */
const chunkSize = fc.oneof(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 600 }));

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** `bytes` cut at `cuts` (taken modulo its length + 1; empty pieces kept). */
function cutAt(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = cuts.map((c) => c % (bytes.length + 1)).sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const to of [...points, bytes.length]) {
    out.push(bytes.subarray(from, to));
    from = to;
  }
  return out;
}

async function* stream<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const item of items) yield item;
}

async function collect<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

/** A row read from a chunk that starts after `lines` lines, with its line numbers made file lines. */
function shiftRow(r: CsvRow, lines: number): CsvRow {
  const error = r.error === null ? null : r.error.replace(/\bline (\d+)/g, (_, n: string) => `line ${Number(n) + lines}`);
  return { ...r, line: r.line + lines, error };
}

/** Rows of each chunk read by a fresh reader, line numbers shifted. */
async function rowsOfChunks(chunks: CsvChunk[]): Promise<CsvRow[]> {
  const out: CsvRow[] = [];
  for (const chunk of chunks) for (const r of await collect(readCsvRows([chunk.bytes]))) out.push(shiftRow(r, chunk.line - 1));
  return out;
}

/** Every boundary the scanner reports, feeding `pieces` in order. */
function boundariesOf(pieces: Uint8Array[]): number[] {
  const scanner = new CsvBoundaryScanner();
  const out: number[] = [];
  for (const piece of pieces) scanner.scan(piece, (at) => out.push(at));
  return out;
}

/** Lines (`\n`) in `bytes` before `end`. */
function linesBefore(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

describe('csvChunks', () => {
  it('gives the rows of a whole read, for any bytes, pieces and chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(csvBytes, fc.array(fc.nat(), { maxLength: 6 }), chunkSize, async (bytes, cuts, chunkBytes) => {
        const whole = await collect(readCsvRows([bytes]));
        const chunks = await collect(csvChunks(stream(cutAt(bytes, cuts)), chunkBytes));
        expect(concat(chunks.map((c) => c.bytes))).toEqual(bytes);
        expect(await rowsOfChunks(chunks)).toEqual(whole);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the cables of a whole read with shiftCsvLineNumbers', async () => {
    const summary = (c: Cable): unknown => ({ referenceId: c.referenceId, metadata: c.metadata, subject: c.subject, diagnostics: c.diagnostics });
    await fc.assert(
      fc.asyncProperty(csvBytes, fc.array(fc.nat(), { maxLength: 3 }), chunkSize, async (bytes, cuts, chunkBytes) => {
        const whole = (await collect(readCablesCsv([bytes]))).map(summary);
        const parts: unknown[] = [];
        for await (const chunk of csvChunks(stream(cutAt(bytes, cuts)), chunkBytes)) {
          for await (const cable of readCablesCsv([chunk.bytes])) {
            shiftCsvLineNumbers(cable, chunk.line - 1);
            parts.push(summary(cable));
          }
        }
        expect(parts).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('cuts only between rows, at lines that start "digits","', async () => {
    const text = row('1') + '\n\r\n' + row('2') + '"3","bad" x\n"oops\n' + row('4') + row('5', '\r\n') + row('6');
    const bytes = encoder.encode(text);
    const chunks = await collect(csvChunks(stream([bytes]), 1));
    const starts = chunks.map((c) => new TextDecoder().decode(c.bytes).slice(0, 5));
    expect(starts).toEqual(['"1","', '"2","', '"3","', '"4","', '"5","', '"6","']);
    let offset = 0;
    for (const chunk of chunks) {
      expect(chunk.line).toBe(linesBefore(bytes, offset) + 1);
      offset += chunk.bytes.length;
    }
    expect(await rowsOfChunks(chunks)).toEqual(await collect(readCsvRows([bytes])));
  });

  it('skips two byte order marks, as the decoder and the reader do', async () => {
    // The decoder drops the first mark, the reader the second: the first line starts a
    // row, whose second field swallows the line break; the quote of `"2","` seems to close it,
    // but digits follow: the row was cut, and row 2 starts at that quote.
    const text = '"1","unterminated\n' + row('2') + row('3');
    const bytes = concat([new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), encoder.encode(text)]);
    const whole = await collect(readCsvRows([bytes]));
    expect(whole[0]?.error).toMatch(/^Malformed row \(line 1\): cut inside field 2: a row starts on line 2/);
    expect(whole.map((r) => r.id)).toEqual(['', '2', '3']);
    for (let chunkBytes = 1; chunkBytes < bytes.length; chunkBytes += 7) {
      expect(await rowsOfChunks(await collect(csvChunks(stream([bytes]), chunkBytes)))).toEqual(whole);
    }
  });

  it('reads a byte order mark cut short as a character', async () => {
    // `EF BB` decodes to U+FFFD: line 1 is malformed and skipped, line 2 starts a row
    // whose open field seems to end at the quote of `"4","`: the row was cut there, row 4 starts.
    const text = '"1","open\n"3","x\n' + row('4') + row('5');
    const bytes = concat([new Uint8Array([0xef, 0xbb]), encoder.encode(text)]);
    const whole = await collect(readCsvRows([bytes]));
    expect(whole[0]?.error).toMatch(/^Malformed row \(line 1\): line 1 does not start with a quote/);
    expect(whole.map((r) => r.id)).toEqual(['', '', '4', '5']);
    for (const chunkBytes of [1, 10, 100]) {
      for (const size of [1, 2, 3, 1000]) {
        const pieces = cutAt(bytes, Array.from({ length: Math.ceil(bytes.length / size) }, (_, k) => k * size));
        expect(await rowsOfChunks(await collect(csvChunks(stream(pieces), chunkBytes)))).toEqual(whole);
      }
    }
  });
});

describe('CsvBoundaryScanner', () => {
  it('reports the same boundaries however the stream is cut', () => {
    fc.assert(
      fc.property(csvBytes, fc.array(fc.nat(), { maxLength: 8 }), (bytes, cuts) => {
        expect(boundariesOf(cutAt(bytes, cuts))).toEqual(boundariesOf([bytes]));
      }),
      { numRuns: 1000 },
    );
  });

  it('reports only boundaries where a fresh reader reads the rest of the rows', async () => {
    await fc.assert(
      fc.asyncProperty(csvBytes, async (bytes) => {
        const whole = await collect(readCsvRows([bytes]));
        for (const at of boundariesOf([bytes])) {
          const lines = linesBefore(bytes, at);
          const rest = (await collect(readCsvRows([bytes.subarray(at)]))).map((r) => shiftRow(r, lines));
          expect(rest).toEqual(whole.filter((r) => r.line > lines));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reports every row start after a row, a blank line or a skipped line', () => {
    const text = row('1') + '\n' + row('2', '\r\n') + '"3"\n"x","y"\n' + row('4');
    const bytes = encoder.encode(text);
    const expected = ['"2","', '"4","'].map((s) => encoder.encode(text.slice(0, text.indexOf(s))).length);
    expect(boundariesOf([bytes])).toEqual(expected);
    expect(boundariesOf([...bytes].map((b) => new Uint8Array([b])))).toEqual(expected);
  });
});
