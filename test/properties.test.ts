/**
 * Property: `parseCable` never throws on any string, and every diagnostic position lies
 * inside the input. Inputs: arbitrary strings, arbitrary Unicode, and seed cables with
 * random lines deleted, duplicated or truncated.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCable, parseCables, type Cable } from '../src/index.js';
import { loadSeed } from './load-fixtures.js';

const seed = loadSeed();
/** The seed cut into one text per cable (from each title line to the next). */
const seedCables = seed.split(/\n(?=\d{2}ASTANA\d+, )/).filter((t) => t.includes('Reference ID'));

/** Checks the contract on one input. */
function checkContract(text: string, cable: Cable): void {
  for (const d of cable.diagnostics) {
    expect(d.offset).toBeGreaterThanOrEqual(0);
    expect(d.offset).toBeLessThanOrEqual(text.length);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.code).not.toBe('INTERNAL_ERROR');
  }
  // Plain data: survives a JSON round trip unchanged.
  expect(JSON.parse(JSON.stringify(cable))).toEqual(cable);
}

/** A seed cable with random lines deleted, duplicated or truncated. */
const mutatedSeedCable = fc
  .tuple(
    fc.integer({ min: 0, max: seedCables.length - 1 }),
    fc.array(fc.tuple(fc.constantFrom('delete', 'duplicate', 'truncate'), fc.nat(), fc.nat()), { maxLength: 12 }),
  )
  .map(([index, edits]) => {
    const lines = (seedCables[index] ?? '').split('\n');
    for (const [kind, at, cut] of edits) {
      if (lines.length === 0) break;
      const i = at % lines.length;
      const line = lines[i] ?? '';
      if (kind === 'delete') lines.splice(i, 1);
      else if (kind === 'duplicate') lines.splice(i, 0, line);
      else lines[i] = line.slice(0, cut % (line.length + 1));
    }
    return lines.join('\n');
  });

describe('parseCable never throws', () => {
  it('has seed cables to mutate', () => {
    expect(seedCables).toHaveLength(25);
  });

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => checkContract(text, parseCable(text))),
      { numRuns: 1000 },
    );
  });

  it('on arbitrary Unicode with cable-like lines mixed in', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom('VZCZCXRO4053', 'OO RUEHIK', 'DE RUEHTA #0270/01 0570805', 'O 260805Z FEB 10', 'FM AMEMBASSY ASTANA',
        'TO RUEHC/SECSTATE WASHDC IMMEDIATE 7547', 'UNCLAS SECTION 01 OF 02 ASTANA 000270', 'SUBJECT: ', 'REF: A) ', 'TAGS: ',
        'E.O. 12958: DECL: ', '1.  (SBU) ', 'ASTANA 00000270  001.3 OF 002', '&#x000', 'A;', 'Reference ID Created Released Classification Origin', ''),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'), (pieces, eol) => {
        const text = pieces.join(eol);
        checkContract(text, parseCable(text));
        for (const c of parseCables(text)) checkContract(text, c);
      }),
      { numRuns: 1000 },
    );
  });

  it('on seed cables with lines deleted, duplicated or truncated', () => {
    fc.assert(
      fc.property(mutatedSeedCable, (text) => checkContract(text, parseCable(text))),
      { numRuns: 1000 },
    );
  });
});

describe('argument checks', () => {
  it('throws TypeError on non-strings (a programmer error)', () => {
    expect(() => parseCable(42 as unknown as string)).toThrow(TypeError);
    expect(() => parseCables(null as unknown as string)).toThrow(TypeError);
  });

  it('reports empty input instead of throwing', () => {
    expect(parseCable('').diagnostics.map((d) => d.code)).toEqual(['EMPTY_INPUT']);
    expect(parseCable('   \n \n').diagnostics.map((d) => d.code)).toEqual(['EMPTY_INPUT']);
  });

  it('strict mode throws CableParseError with the error diagnostics', () => {
    expect(() => parseCable('', { strict: true })).toThrowError(/EMPTY_INPUT/);
    try {
      parseCable('hello', { strict: true });
      expect.unreachable('strict mode should throw on a text that is no cable');
    } catch (error) {
      expect((error as { name: string }).name).toBe('CableParseError');
      expect((error as { diagnostics: Array<{ code: string }> }).diagnostics.map((d) => d.code)).toEqual(['NO_CABLE_FOUND']);
    }
  });

  it('strict mode does not throw on a well-formed cable', () => {
    expect(() => parseCable(seedCables[0] ?? '', { strict: true })).not.toThrow();
  });

  it('reports a missing classification line on a cable without one', () => {
    const cable = parseCable('TAGS: PREL KZ\nSUBJECT: TEST\n\n1. Text.\n\nHOAGLAND');
    expect(cable.diagnostics.map((d) => d.code)).toContain('CLASSIFICATION_MISSING');
    expect(cable.tags).toEqual(['PREL', 'KZ']);
  });

  it('cuts input longer than maxInputLength and says so', () => {
    const cable = parseCable(seedCables[1] ?? '', { maxInputLength: 500 });
    expect(cable.diagnostics[0]?.code).toBe('INPUT_TOO_LARGE');
    expect(cable.diagnostics.every((d) => d.offset <= 500)).toBe(true);
  });
});
