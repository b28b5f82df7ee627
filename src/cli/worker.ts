/**
 * The worker thread of `cablekit --jobs N` (built to `dist/cli/worker.js`): runs the
 * tasks the main thread posts, one at a time, and posts each result back with the
 * task's id. The render options come in `workerData`.
 */

import { parentPort, workerData } from 'node:worker_threads';
import type { RenderOptions } from './render.js';
import { runTask, type Task } from './tasks.js';

/** A task as posted by the pool. */
export interface TaskMessage {
  id: number;
  task: Task;
}

/** A reply: the result, or an unexpected failure's message. */
export type ReplyMessage = { id: number; ok: true; result: Awaited<ReturnType<typeof runTask>> } | { id: number; ok: false; error: string };

const port = parentPort;
if (port === null) throw new Error('cablekit worker: not started as a worker thread');
const options = workerData as RenderOptions;
const encoder = new TextEncoder();

port.on('message', (message: TaskMessage) => {
  runTask(message.task, options).then(
    (result) => {
      // The output text goes back as bytes whose buffer is transferred: the main thread
      // writes them without copying or holding a string on its heap.
      const text = result.batch.text;
      const bytes = typeof text === 'string' && text.length > 0 ? encoder.encode(text) : null;
      if (bytes !== null) result.batch.text = bytes;
      port.postMessage({ id: message.id, ok: true, result } satisfies ReplyMessage, bytes === null ? [] : [bytes.buffer]);
    },
    (error: unknown) => port.postMessage({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies ReplyMessage),
  );
});
