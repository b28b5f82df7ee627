/**
 * A pool of worker threads running `Task`s, and the ordered pipeline over it: tasks get
 * sequence numbers, results are handed on in that order (a reorder buffer), and at most
 * `window` tasks are in flight or waiting to be written, so memory stays bounded.
 *
 * Each worker's heap is capped (`workerResourceLimits`) so that `--jobs N` streams in
 * bounded memory: without a cap V8 lets every thread's heap grow to ~100 MB of garbage
 * before collecting. A task too big for the cap (a huge file or CSV row) kills its worker
 * with an out-of-memory error; the pool then replaces the worker and `runOrdered` runs
 * that task in the main thread, whose heap is not capped.
 */

import { Worker } from 'node:worker_threads';
import type { RenderOptions } from './render.js';
import { runTask, taskBytes, type Task, type TaskResult } from './tasks.js';
import type { ReplyMessage, TaskMessage } from './worker.js';

/**
 * Heap limits of a worker thread: a small young generation, a bounded old one
 * (`CABLEKIT_WORKER_HEAP_MB` overrides the old generation's, for tests). Measured on
 * 100,000 CSV cables with --jobs 2: a 4 MB young generation costs ~5% more time in
 * scavenges, 16 MB adds ~20 MB of peak RSS per worker; old-generation caps from 64 to
 * 256 MB made no difference (the garbage is young).
 */
function workerResourceLimits(): { maxYoungGenerationSizeMb: number; maxOldGenerationSizeMb: number } {
  const value = Number(process.env['CABLEKIT_WORKER_HEAP_MB']);
  return { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: Number.isInteger(value) && value > 0 ? value : 64 };
}

/** A task's worker ran out of heap (the task is then run in the main thread). */
class WorkerOutOfMemoryError extends Error {
  override name = 'WorkerOutOfMemoryError';
}

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
    /** How the workers render cables (also used for tasks run in the main thread). */
    readonly options: RenderOptions,
  ) {}

  /**
   * Runs a task on a free worker (queued while all are busy). CSV bytes are copied, not
   * transferred: the caller keeps them for running the task itself after an out-of-memory.
   */
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
      slot.worker.postMessage(message);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, { workerData: this.options, resourceLimits: workerResourceLimits() });
    const slot: Slot = { worker, busy: null, id: -1 };
    worker.on('message', (reply: ReplyMessage) => {
      const pending = slot.busy;
      if (pending === null || reply.id !== slot.id) return;
      slot.busy = null;
      if (reply.ok) pending.resolve(reply.result);
      else pending.reject(new Error(reply.error));
      this.dispatch();
    });
    let outOfMemory = false;
    const fail = (error: Error): void => {
      if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' && !this.closed) {
        outOfMemory = true;
        // Out of heap: only this task fails (it is retried in the main thread); the
        // worker is replaced on the next dispatch.
        const pending = slot.busy;
        slot.busy = null;
        this.slots.splice(this.slots.indexOf(slot), 1);
        pending?.reject(new WorkerOutOfMemoryError(error.message));
        this.dispatch();
        return;
      }
      // Any other crash fails its task and everything queued: the run stops.
      this.closed = true;
      slot.busy?.reject(error);
      slot.busy = null;
      for (const p of this.queue.splice(0)) p.reject(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.closed && !outOfMemory) fail(new Error(`a worker thread exited with code ${code}`));
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
 * Runs `tasks` on the pool and passes each result to `emit` in task order; a task whose
 * worker ran out of memory is run in this thread. `onDone` gets a task's input bytes
 * when it finishes, in any order. At most
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
    const bytes = taskBytes(task);
    // A task too big for a worker's heap is run here instead.
    const result = pool.run(task).catch((error: unknown) => (error instanceof WorkerOutOfMemoryError ? runTask(task, pool.options) : Promise.reject(error)));
    result.then(
      () => onDone?.(bytes),
      () => undefined, // rejections are seen when this result's turn comes
    );
    inFlight.push({ task, result });
    while (inFlight.length >= window) await next();
  }
  while (inFlight.length > 0) await next();
}
