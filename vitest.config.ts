import { existsSync } from 'node:fs';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/** Debian's Chromium (`apt-get install -y chromium`); never a downloaded browser. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The tests that also run in a real browser: fixtures and properties (no Node APIs in them). */
const BROWSER_TESTS = ['test/fixtures.test.ts', 'test/properties.test.ts', 'test/spans.test.ts', 'test/round-trip.test.ts', 'test/variants.test.ts', 'test/eras.test.ts'];

/** The browser project runs where Chromium is installed (CI installs it; see .ci/run). */
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI === 'true') {
  throw new Error(`${CHROMIUM} not found: CI must run the browser tests (.ci/run installs Debian's chromium)`);
}
if (!hasChromium) {
  process.stderr.write(`cablekit: ${CHROMIUM} not found; the browser tests (browser project and *.e2e.test.ts) do not run here (apt-get install -y chromium).\n`);
}

export default defineConfig({
  test: {
    // Property tests run 1,000 cases each; CI machines may be busy.
    testTimeout: 60_000,
    projects: [
      {
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          // The playground's end-to-end test drives Chromium too: it runs where the browser project does.
          exclude: hasChromium ? [] : ['test/**/*.e2e.test.ts'],
          setupFiles: ['test/setup-fast-check.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      ...(hasChromium ? [browserProject()] : []),
    ],
  },
});

function browserProject(): TestProjectInlineConfiguration {
  return {
        test: {
          name: 'browser',
          include: BROWSER_TESTS,
          setupFiles: ['test/setup-fast-check.ts'],
          testTimeout: 120_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: CHROMIUM,
                args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      };
}
