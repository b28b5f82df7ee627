/**
 * Units of parallel work and how a worker (or the main thread) runs them: a whole file,
 * a whole text (standard input), or a chunk of whole `cables.csv` rows. Plain data in
 * and out, so they cross `postMessage`.
 */

import { readCablesCsv, type Cable } from '../index.js';
import type { FormatChoice } from './args.js';
import { shiftCsvLineNumbers } from './csv-chunks.js';
import { InputError, parseText, readInputCables } from './read-inputs.js';
import { BatchRenderer, type RenderedBatch, type RenderOptions } from './render.js';

/** One unit of work. */
export type Task =
  | { kind: 'file'; path: string; size: number; format: FormatChoice }
  | { kind: 'text'; name: string; text: string; format: FormatChoice }
  | { kind: 'csv'; bytes: Uint8Array; line: number };

/** What a task gives back: its cables rendered, warnings, or an input error. */
export interface TaskResult {
  batch: RenderedBatch;
  warnings: string[];
  /** An input problem (unreadable file): one line, exit code 2. */
  inputError: string | null;
}

/** Input bytes a task covers (for progress). */
export function taskBytes(task: Task): number {
  if (task.kind === 'file') return task.size;
  if (task.kind === 'csv') return task.bytes.length;
  return Buffer.byteLength(task.text);
}

/** Runs one task. Never throws on an input problem: it is returned in `inputError`. */
export async function runTask(task: Task, options: RenderOptions): Promise<TaskResult> {
  const renderer = new BatchRenderer(options);
  const warnings: string[] = [];
  const keep = (cable: Cable): void => renderer.add(cable);
  try {
    if (task.kind === 'file') {
      const input = { kind: 'file', path: task.path, size: task.size } as const;
      for await (const cable of readInputCables(input, task.format, { onWarning: (w) => void warnings.push(w) })) keep(cable);
    } else if (task.kind === 'text') {
      const { cables, warning } = parseText(task.text, task.format, task.name);
      if (warning !== null) warnings.push(warning);
      for (const cable of cables) keep(cable);
    } else {
      for await (const cable of readCablesCsv([task.bytes])) {
        shiftCsvLineNumbers(cable, task.line - 1);
        keep(cable);
      }
    }
  } catch (error) {
    if (error instanceof InputError) return { batch: new BatchRenderer(options).take(), warnings, inputError: error.message };
    throw error;
  }
  return { batch: renderer.take(), warnings, inputError: null };
}
