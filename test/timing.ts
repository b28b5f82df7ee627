/**
 * Timing helpers of the hostile-input tests: they assert that work on a large adversarial
 * input stays well under a bound, which a super-linear scan would break by far.
 */

import { parseCable } from '../src/index.js';

/** The best of `runs` wall times of `run()`, in ms: the run least disturbed by other work on the machine. */
export function bestMs(run: () => void, runs = 3): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** The best of `runs` wall times of `parseCable(text)`, in ms (see `bestMs`). */
export function bestParseMs(text: string, runs = 3): number {
  return bestMs(() => parseCable(text), runs);
}
