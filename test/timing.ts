/**
 * Timing helper of the hostile-input tests: they assert that a parse of a large adversarial
 * input stays well under a bound, which a super-linear scan would break by far.
 */

import { parseCable } from '../src/index.js';

/** The best of `runs` wall times of `parseCable(text)`, in ms: the run least disturbed by other work on the machine. */
export function bestParseMs(text: string, runs = 3): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    parseCable(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
