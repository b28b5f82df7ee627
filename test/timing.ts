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

/**
 * The best wall time of `run()`, in ms, over at most `runs` runs, stopping at the first run
 * under `bound`. A hostile-input test asserts the result is under `bound`: a linear scan passes
 * on its first run, a run slowed by other work on the machine gets another try, and a
 * super-linear scan (many times over the bound) fails every run.
 */
export function msUnder(bound: number, run: () => void, runs = 3): number {
  let best = Infinity;
  for (let r = 0; r < runs && best >= bound; r++) {
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
