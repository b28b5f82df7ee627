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
 * A plain cable of about 100 kB: a banner, a preamble and 400 numbered paragraphs of
 * everyday prose. Parsing it is the reference work that tells how busy the machine is.
 */
const REFERENCE_CABLE = [
  'CONFIDENTIAL SECTION 01 OF 02 ASTANA 000270',
  '',
  'SIPDIS',
  '',
  'E.O. 12958: DECL: 02/15/2020',
  'TAGS: PREL, PGOV, KZ',
  'SUBJECT: KAZAKHSTAN: THE MINISTER ON THE CHAIRMANSHIP',
  '',
  'Classified By: Ambassador Richard E. Hoagland, 1.4 (b), (d)',
  '',
  ...Array.from({ length: 400 }, (_, k) =>
    [
      `${k + 1}. (C) The Ambassador met the Minister of Foreign Affairs on Tuesday to discuss the`,
      'chairmanship, the budget for the coming year and the visit of the delegation from',
      'Washington. The Minister said that his government would answer the letter before the',
      'end of the month. Comment: the answer may come later. End comment.',
      '',
    ].join('\n'),
  ),
  'HOAGLAND',
  '',
].join('\n');

/**
 * The time, in ms, that the reference cable takes on this 2-core development machine when
 * nothing else runs (16 to 20 ms once warm; measured with `bestMs`). The bounds the hostile-input
 * tests pass to `msUnder` are in ms of this machine.
 */
const REFERENCE_QUIET_MS = 20;

/**
 * The best wall time of `run()`, in ms, over at most `runs` runs, stopping at the first run
 * under `bound`. A hostile-input test asserts the result is under `bound`: a linear scan passes
 * on its first run, a run slowed by other work on the machine gets another try, and a
 * super-linear scan (many times over the bound) fails every run.
 *
 * When every run is over the bound, the time is read against the reference cable, parsed
 * right after in the same process: on a machine that other work slows to a third of its
 * speed the reference takes three times as long, and the time returned is divided by three.
 * It is never divided by more than that slowdown, nor made larger: a scan 10 or 100 times
 * over its bound on a quiet machine still fails.
 */
export function msUnder(bound: number, run: () => void, runs = 3): number {
  let best = Infinity;
  for (let r = 0; r < runs && best >= bound; r++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  if (best < bound) return best;
  const slowdown = bestMs(() => parseCable(REFERENCE_CABLE), 5) / REFERENCE_QUIET_MS;
  return slowdown > 1 ? best / slowdown : best;
}

/** The best of `runs` wall times of `parseCable(text)`, in ms (see `bestMs`). */
export function bestParseMs(text: string, runs = 3): number {
  return bestMs(() => parseCable(text), runs);
}
