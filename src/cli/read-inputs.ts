/**
 * Reading the CLI's inputs: files, directories (recursively, in sorted order) and `-`
 * for standard input, with the reader chosen by `--format` (or detected). `cables.csv`
 * input is streamed row by row; other inputs are read whole and parsed. Shared by
 * `parse` and `check`, in-process (`--jobs 1`) and in the workers.
 */

import { createReadStream } from 'node:fs';
import { access, open, readdir, readFile, stat } from 'node:fs/promises';
import { constants } from 'node:fs';
import { join } from 'node:path';
import { detectFormat, parseCableWithMetadata, parseCables, readCablesCsv, type Cable, type InputFormat } from '../index.js';
import type { FormatChoice } from './args.js';

/** A problem with an input path, reported as one line and exit code 2. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Files taken from directories: `.txt`, `.html`, `.htm`, `.csv`, or no extension. */
const CABLE_FILE = /(?:\.(?:txt|html?|csv)|(?:^|[\\/])[^.\\/]+)$/i;

/** Expands paths into files: directories are walked recursively, entries sorted by name. */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      files.push(path);
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(code === 'ENOENT' ? `no such file or directory: ${path}` : `cannot read ${path}: ${(error as Error).message}`);
    }
    if (info.isDirectory()) {
      let entries;
      try {
        entries = await readdir(path);
      } catch (error) {
        throw new InputError(`cannot read directory ${path}: ${(error as Error).message}`);
      }
      const inner = await expandPaths(entries.filter((e) => !e.startsWith('.')).sort().map((e) => join(path, e)));
      // Inside directories only cable files count (a file named on the command line always does).
      for (const f of inner) if (CABLE_FILE.test(f)) files.push(f);
    } else {
      files.push(path);
    }
  }
  return files;
}

/**
 * A stream readable once (standard input, a named pipe), with its first bytes available
 * before deciding how to read it (a CSV is streamed, anything else read whole).
 */
export class PeekableInput {
  private readonly buffered: Buffer[] = [];
  private bufferedBytes = 0;
  private ended = false;
  private iterator: AsyncIterator<unknown> | null = null;

  /** `source` is called once, on the first read (so `process.stdin` is only opened when used). */
  constructor(private readonly source: () => AsyncIterable<unknown>) {}

  private async pull(): Promise<Buffer | null> {
    this.iterator ??= this.source()[Symbol.asyncIterator]();
    const next = await this.iterator.next();
    if (next.done === true) return null;
    const value = next.value;
    return typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value as Uint8Array);
  }

  /** The first `bytes` bytes (fewer when the input is shorter), as text. */
  async head(bytes = 512): Promise<string> {
    while (!this.ended && this.bufferedBytes < bytes) {
      const chunk = await this.pull();
      if (chunk === null) this.ended = true;
      else {
        this.buffered.push(chunk);
        this.bufferedBytes += chunk.length;
      }
    }
    return Buffer.concat(this.buffered).subarray(0, bytes).toString('utf8');
  }

  /** Every chunk, the peeked ones first. */
  async *chunks(): AsyncGenerator<Buffer> {
    while (this.buffered.length > 0) yield this.buffered.shift() as Buffer;
    if (this.ended) return;
    for (;;) {
      const chunk = await this.pull();
      if (chunk === null) break;
      yield chunk;
    }
    this.ended = true;
  }
}

/**
 * One input: a regular file (with its size), or a stream read once: standard input (`-`)
 * or a path that is not a regular file (a named pipe, `<(command)`, `/dev/stdin`).
 */
export type Input = { kind: 'file'; path: string; size: number } | { kind: 'stream'; path: string; stream: PeekableInput };

/** The name of an input in messages. */
export function inputName(input: Input): string {
  return input.path === '-' ? 'standard input' : input.path;
}

/**
 * Turns paths into inputs: directories expanded, each file checked to exist and be
 * readable (so problems show before any output); `-` reads `stdin()`. Throws an `InputError`.
 */
export async function resolveInputs(paths: readonly string[], stdin: () => AsyncIterable<unknown> = () => process.stdin): Promise<Input[]> {
  const inputs: Input[] = [];
  let standard: PeekableInput | null = null;
  for (const path of await expandPaths(paths)) {
    if (path === '-') {
      standard ??= new PeekableInput(stdin);
      inputs.push({ kind: 'stream', path, stream: standard });
      continue;
    }
    try {
      await access(path, constants.R_OK);
      const info = await stat(path);
      if (info.isFile()) inputs.push({ kind: 'file', path, size: info.size });
      else inputs.push({ kind: 'stream', path, stream: new PeekableInput(() => createReadStream(path)) });
    } catch (error) {
      throw new InputError(`cannot read ${path}: ${(error as Error).message}`);
    }
  }
  return inputs;
}

/** The first bytes of a file, to detect a CSV without reading it whole. */
async function head(file: string, bytes = 512): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** Runs `fn`, turning a file system error into an `InputError` naming the input. */
async function reading<T>(input: Input, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${inputName(input)}: ${(error as Error).message}`);
  }
}

/** True when the input is read as `cables.csv` (forced, or detected from its first bytes). */
export async function isCsvInput(input: Input, format: FormatChoice): Promise<boolean> {
  if (format !== 'auto') return format === 'csv';
  return reading(input, async () => detectFormat(input.kind === 'stream' ? await input.stream.head() : await head(input.path)) === 'csv');
}

/** The bytes of an input, chunk by chunk (a file is streamed). */
export function inputChunks(input: Input): AsyncIterable<Uint8Array> {
  return input.kind === 'stream' ? input.stream.chunks() : createReadStream(input.path);
}

/** The whole input as text. */
export async function readInputText(input: Input): Promise<string> {
  return reading(input, async () => {
    if (input.kind === 'file') return readFile(input.path, 'utf8');
    const chunks: Buffer[] = [];
    for await (const chunk of input.stream.chunks()) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  });
}

/** What a forced reader other than `text` and `csv` expects, for the warning. */
const LOOKS_LIKE: Readonly<Record<string, string>> = {
  archive: 'an archive dump (no "Reference ID Created ... Origin" row header found)',
  'wikileaks-html': "a WikiLeaks cable page (no <table class='cable'> and no <code><pre>)",
};

/**
 * Parses a whole (non-CSV) input with the reader `format` asks for:
 * - `auto`: `parseCables` (detects the shape);
 * - `text`: the whole text as one plain cable (`parseCableWithMetadata` without metadata);
 * - `archive`, `wikileaks-html`: `parseCables` when the text has that shape, else the
 *   text is read as one plain cable and `warning` says so;
 * - `csv`: the text as `cables.csv` rows (`parseCables` reads CSV text at once).
 */
export function parseText(text: string, format: FormatChoice, name: string): { cables: Cable[]; warning: string | null } {
  if (format === 'auto') return { cables: parseCables(text), warning: null };
  if (format === 'text') return { cables: [parseCableWithMetadata(text, null)], warning: null };
  if (format === 'csv') return { cables: parseCables(text), warning: null };
  const detected: InputFormat = detectFormat(text);
  if (detected === format) return { cables: parseCables(text), warning: null };
  return {
    cables: [parseCableWithMetadata(text, null)],
    warning: `${name} does not look like ${LOOKS_LIKE[format] ?? format}; read as plain text`,
  };
}

/** Callbacks for progress and warnings while reading. */
export interface ReadHooks {
  /** Bytes of input consumed. */
  onBytes?: (bytes: number) => void;
  /** A warning about an input (one line, no prefix). */
  onWarning?: (message: string) => void;
}

/** Counts the bytes of a chunk stream as they are consumed. */
async function* counted(chunks: AsyncIterable<Uint8Array>, onBytes: ((bytes: number) => void) | undefined): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    onBytes?.(chunk.length);
    yield chunk;
  }
}

/** Yields the cables of one input, in order; a CSV is streamed row by row. Throws an `InputError`. */
export async function* readInputCables(input: Input, format: FormatChoice, hooks: ReadHooks = {}): AsyncGenerator<Cable> {
  if (await isCsvInput(input, format)) {
    const rows = readCablesCsv(counted(inputChunks(input), hooks.onBytes));
    for (;;) {
      const next = await reading(input, () => rows.next());
      if (next.done === true) return;
      yield next.value;
    }
  }
  const text = await readInputText(input);
  hooks.onBytes?.(input.kind === 'file' ? input.size : Buffer.byteLength(text));
  const { cables, warning } = parseText(text, format, inputName(input));
  if (warning !== null) hooks.onWarning?.(warning);
  yield* cables;
}

/**
 * Yields every cable of every file, in order, with the file it came from (files as
 * returned by `expandPaths`; `-` is standard input). Reads in-process.
 */
export async function* readCables(files: readonly string[], format: FormatChoice = 'auto', hooks: ReadHooks = {}): AsyncGenerator<{ file: string; cable: Cable }> {
  const inputs = await resolveInputs(files);
  for (const input of inputs) {
    for await (const cable of readInputCables(input, format, hooks)) yield { file: input.path, cable };
  }
}
