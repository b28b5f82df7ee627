/**
 * The seed fixtures: every field of every one of the 25 seed cables.
 *
 * The expected files in `fixtures/expected/` were written by people reading each
 * cable (see `fixtures/README.md` for the conventions and how they were made); they
 * are never generated from the parser's output.
 */

import { describe, expect, it } from 'vitest';
import { parseCables, type Cable } from '../src/index.js';
import { loadExpected, loadSeed } from './load-fixtures.js';

const seed = loadSeed();
const expected = loadExpected();
const cables = parseCables(seed);
const byId = new Map(cables.map((c) => [c.referenceId, c]));

/** Every field of the contract, in the order of the `Cable` interface. */
const FIELDS = [
  'referenceId', 'metadata', 'header', 'classification', 'section', 'post', 'serial', 'sipdis',
  'correctionNote', 'distribution', 'executiveOrder', 'tags', 'subject', 'subjectMarking', 'references', 'classifiedBy', 'paragraphs',
  'summary', 'comments', 'notes', 'signer', 'pages', 'body',
] as const satisfies ReadonlyArray<keyof Cable>;

/** Diagnostic codes the expected files list exhaustively. */
const LISTED_CODES = new Set(['ENTITY_DECODED', 'LINE_BREAK_REPAIRED', 'TYPOGRAPHIC_QUOTES_REPLACED', 'MCN_INVALID']);

describe('seed document', () => {
  it('holds 25 cables, one expected file each', () => {
    expect(cables).toHaveLength(25);
    expect(expected.size).toBe(25);
    expect([...byId.keys()].sort()).toEqual([...expected.keys()].sort());
  });

  for (const [id, want] of expected) {
    describe(id, () => {
      const got = byId.get(id);
      for (const field of FIELDS) {
        it(field, () => {
          expect(got, `cable ${id} was not parsed`).toBeDefined();
          expect(got?.[field]).toEqual(want[field]);
        });
      }
      it('diagnostics', () => {
        const listed = (got?.diagnostics ?? [])
          .filter((d) => LISTED_CODES.has(d.code))
          .map((d) => ({ code: d.code, line: d.line }));
        const sortKey = (d: { code: string; line: number }): string => `${String(d.line).padStart(6, '0')} ${d.code}`;
        expect(listed.sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(
          [...(want.diagnostics as Array<{ code: string; line: number }>)].sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
        );
        expect(got?.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      });
    });
  }
});
