/**
 * Property tests run with a fixed seed so CI is repeatable; set FC_SEED to explore other
 * seeds (`FC_SEED=$RANDOM npm test`). A counterexample found that way becomes a regular test.
 */

import fc from 'fast-check';

const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
fc.configureGlobal({ seed: Number(env.FC_SEED ?? 20261128) });
