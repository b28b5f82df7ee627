/**
 * Reading the CLI's inputs: files, directories (recursively, in sorted order) and `-`
 * for standard input. `cables.csv` files are streamed row by row; other files are read
 * whole and parsed with `parseCables`. Shared by `parse` and `check`.
 */

import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { detectFormat, parseCables, readCablesCsv, type Cable } from '../index.js';

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

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Yields every cable of every file, in order, with the file it came from. */
export async function* readCables(files: readonly string[]): AsyncGenerator<{ file: string; cable: Cable }> {
  for (const file of files) {
    try {
      if (file !== '-' && detectFormat(await head(file)) === 'csv') {
        for await (const cable of readCablesCsv(createReadStream(file))) yield { file, cable };
        continue;
      }
      const text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
      for (const cable of parseCables(text)) yield { file, cable };
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(`cannot read ${file}: ${(error as Error).message}`);
    }
  }
}
