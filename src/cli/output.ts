/**
 * Writing the output as it is produced: to stdout or a `--out` file, awaiting `'drain'`
 * when the stream's buffer is full (backpressure). `JsonOutput` streams one cable as an
 * object, several as a JSON array (byte for byte what `JSON.stringify` of the whole
 * array gives), or NDJSON.
 */

import { once } from 'node:events';
import { open } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { InputError } from './read-inputs.js';
import { arraySeparator } from './render.js';

/** A text sink honouring backpressure. */
export class Sink {
  private failure: Error | null = null;

  /** `close` ends the stream when it is a file (stdout stays open). */
  constructor(
    private readonly stream: Writable,
    private readonly ownsStream: boolean,
  ) {
    stream.on('error', (error: Error) => {
      this.failure = error;
    });
  }

  /** Opens `--out` (created or truncated), or stdout for `null`. Throws an `InputError` when the file cannot be opened. */
  static async open(path: string | null): Promise<Sink> {
    if (path === null) return new Sink(process.stdout, false);
    try {
      const handle = await open(path, 'w');
      return new Sink(handle.createWriteStream(), true);
    } catch (error) {
      throw new InputError(`cannot write ${path}: ${(error as Error).message}`);
    }
  }

  /** Writes `text` (or UTF-8 bytes); waits for `'drain'` when the stream asks to. */
  async write(text: string | Uint8Array): Promise<void> {
    if (this.failure !== null) throw this.failure;
    if (!this.stream.write(text)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('error', done);
      });
      if (this.failure !== null) throw this.failure;
    }
  }

  /** Flushes and, for a file, closes. */
  async close(): Promise<void> {
    if (this.failure !== null) throw this.failure;
    if (!this.ownsStream) return;
    const finished = once(this.stream, 'close');
    this.stream.end();
    await finished;
    if (this.failure !== null) throw this.failure;
  }
}

/** Streams the JSON of `parse`: an object for one cable, an array for several, or NDJSON. */
export class JsonOutput {
  private count = 0;
  /** The first cable as an array element, held until it is known whether a second follows. */
  private first: string | null = null;

  constructor(
    private readonly sink: Sink,
    private readonly ndjson: boolean,
    private readonly pretty: boolean,
  ) {}

  /**
   * Adds the text of a `RenderedBatch` holding `count` cables, rendered with the same
   * `ndjson` and `pretty`: a string, or its UTF-8 bytes as the workers send it (bytes
   * are written as they are and never become a string in this thread).
   */
  async addBatch(text: string | Uint8Array, count: number): Promise<void> {
    if (count === 0) return;
    const before = this.count;
    this.count += count;
    if (this.ndjson) return this.sink.write(text);
    if (before === 0 && count === 1) {
      this.first = typeof text === 'string' ? text : new TextDecoder().decode(text);
      return;
    }
    const open = this.pretty ? '[\n  ' : '[';
    const separator = arraySeparator(this.pretty);
    if (before === 1) {
      const first = this.first as string;
      this.first = null;
      await this.sink.write(`${open}${first}${separator}`);
    } else {
      await this.sink.write(before === 0 ? open : separator);
    }
    return this.sink.write(text);
  }

  /** Ends the output: `[]` for no cable, the object for one, the closing bracket for several. */
  async end(): Promise<void> {
    if (!this.ndjson) {
      if (this.count === 0) await this.sink.write('[]\n');
      // A lone cable is printed as itself: undo the element indentation (JSON strings hold no raw newline).
      else if (this.count === 1) await this.sink.write(`${this.pretty ? (this.first as string).replaceAll('\n  ', '\n') : (this.first as string)}\n`);
      else await this.sink.write(this.pretty ? '\n]\n' : ']\n');
    }
    await this.sink.close();
  }
}
