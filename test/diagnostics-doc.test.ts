/**
 * `docs/diagnostics.md` lists every diagnostic code; it is generated from
 * `DIAGNOSTIC_CODES` and this test fails when the two drift apart.
 * Regenerate with: `UPDATE_DOCS=1 npx vitest run test/diagnostics-doc.test.ts`.
 */

import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../src/index.js';

const docs = import.meta.glob('../docs/diagnostics.md', { query: '?raw', import: 'default', eager: true });

/** Renders the diagnostics page from the code table. */
export function renderDiagnosticsDoc(): string {
  const rows = Object.entries(DIAGNOSTIC_CODES).map(([code, { severity, description }]) => `| \`${code}\` | ${severity} | ${description} |`);
  return [
    '# Diagnostics',
    '',
    'Every diagnostic has a stable `code`, a `severity`, a human-readable `message` (its',
    'wording may change between versions; the code does not) and a position: 1-based',
    '`line` and `column`, and a 0-based `offset` into the input string.',
    '`line` and `column` are always those of `offset` (`lineColumn(input, offset)` gives',
    "them), also in a WikiLeaks page, whose cable lines sit inside one long line of the",
    "page's HTML. In a line whose entities were decoded, a point inside the line is placed",
    'by counting decoded characters; a point at its end is the end of its HTML.',
    '',
    '`error` means a part of the cable could not be read at all; `warning` means something',
    'was read but looks wrong; `info` records a repair or a normal absence. With',
    '`{ strict: true }`, `parseCable` and `parseCables` throw a `CableParseError` carrying',
    'the error diagnostics.',
    '',
    'This page is generated from `src/diagnostics/codes.ts`; a test checks it.',
    '',
    '| code | severity | meaning |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

describe('docs/diagnostics.md', () => {
  it('lists every diagnostic code as in src/diagnostics/codes.ts', async () => {
    const rendered = renderDiagnosticsDoc();
    if (process.env.UPDATE_DOCS === '1') {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(new URL('../docs/diagnostics.md', import.meta.url), rendered);
      return;
    }
    expect(Object.values(docs)[0]).toBe(rendered);
  });
});
