/**
 * A pool of worker threads running `Task`s, and the ordered pipeline over it: tasks get
 * sequence numbers, results are handed on in that order (a reorder buffer), and at most
 * `window` tasks are in flight or waiting to be written, so memory stays bounded.
 */

import { Worker } from 'node:worker_threads';
import type { RenderOptions } from './render.js';
import { taskBytes, type Task, type TaskResult } from './tasks.js';
import type { ReplyMessage, TaskMessage } from './worker.js';

interface Pending {
  task: Task;
  resolve: (result: TaskResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
  id: number;
}

/** Worker threads started lazily, up to `size`, each running one task at a time. */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly script: URL,
    private readonly options: RenderOptions,
  ) {}

  /** Runs a task on a free worker (queued while all are busy). CSV bytes are transferred, not copied. */
  run(task: Task): Promise<TaskResult> {
    return new Promise<TaskResult>((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      let slot = this.slots.find((s) => s.busy === null);
      if (slot === undefined) {
        if (this.slots.length >= this.size) return;
        slot = this.spawn();
      }
      const pending = this.queue.shift() as Pending;
      slot.busy = pending;
      slot.id = this.nextId++;
      const message: TaskMessage = { id: slot.id, task: pending.task };
      const transfer = pending.task.kind === 'csv' ? [pending.task.bytes.buffer as ArrayBuffer] : [];
      slot.worker.postMessage(message, transfer);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, { workerData: this.options });
    const slot: Slot = { worker, busy: null, id: -1 };
    worker.on('message', (reply: ReplyMessage) => {
      const pending = slot.busy;
      if (pending === null || reply.id !== slot.id) return;
      slot.busy = null;
      if (reply.ok) pending.resolve(reply.result);
      else pending.reject(new Error(reply.error));
      this.dispatch();
    });
    const fail = (error: Error): void => {
      // A crashed worker fails its task and everything queued: the run stops.
      this.closed = true;
      slot.busy?.reject(error);
      slot.busy = null;
      for (const p of this.queue.splice(0)) p.reject(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`a worker thread exited with code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/**
 * Runs `tasks` on the pool and passes each result to `emit` in task order (`onDone`
 * gets a task's input bytes when it finishes, in any order). At most
 * `window` tasks are in flight or finished but not yet emitted; `tasks` is not read
 * further until there is room, so input is read no faster than output is written.
 */
export async function runOrdered(
  pool: WorkerPool,
  tasks: AsyncIterable<Task>,
  window: number,
  emit: (result: TaskResult, task: Task) => Promise<void>,
  onDone?: (bytes: number) => void,
): Promise<void> {
  const inFlight: Array<{ task: Task; result: Promise<TaskResult> }> = [];
  const next = async (): Promise<void> => {
    const head = inFlight.shift() as { task: Task; result: Promise<TaskResult> };
    await emit(await head.result, head.task);
  };
  for await (const task of tasks) {
    // CSV bytes are transferred to the worker: measure them first.
    const bytes = taskBytes(task);
    const result = pool.run(task);
    result.then(
      () => onDone?.(bytes),
      () => undefined, // rejections are seen when this result's turn comes
    );
    inFlight.push({ task, result });
    while (inFlight.length >= window) await next();
  }
  while (inFlight.length > 0) await next();
}
