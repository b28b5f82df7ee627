/**
 * Coverage run (`npm run coverage`): the project's vitest.config.ts plus V8 coverage of the
 * library sources. Kept separate so vitest.config.ts stays as it is; run with
 * `--project node` (the browser project does not collect V8 coverage).
 *
 * Excluded: src/cli/** (the CLI is covered by test/cli.test.ts running the built binary,
 * which V8 coverage of the vitest process cannot see) and src/model/** (types only).
 */

import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      coverage: {
        provider: 'v8',
        include: ['src/**/*.ts'],
        exclude: ['src/cli/**', 'src/model/**'],
        reporter: ['text', 'text-summary', 'json-summary', 'html'],
        reportsDirectory: 'coverage',
        // Still print the table when a test fails, so a failing run shows where coverage stands.
        reportOnFailure: true,
        thresholds: {
          statements: 95,
          lines: 95,
        },
      },
    },
  }),
);
