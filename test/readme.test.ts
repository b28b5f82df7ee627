/**
 * Every TypeScript code sample in README.md runs, and each statement followed by a
 * comment holding a value (`cable.signer; // 'HOAGLAND'`) must produce that value.
 * Imports of `cablekit` resolve to the source; `cables.csv` is a file the test writes.
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { loadSeed } from './load-fixtures.js';

const readme = import.meta.glob('../README.md', { query: '?raw', import: 'default', eager: true });
const text = Object.values(readme)[0] as string;
const samples = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

const seed = loadSeed();
const firstCable = seed.slice(0, seed.indexOf('\nWikileaks') + '\nWikileaks'.length);
const dir = mkdtempSync(join(tmpdir(), 'cablekit-readme-'));
const csvPath = join(dir, 'cables.csv');
const row = (id: number, body: string): string => `"${id}","2/26/2010 8:05","10ASTANA${270 + id}","Embassy Astana","UNCLASSIFIED","","VZCZCXRO4053","${body}"\n`;
writeFileSync(csvPath, row(1, 'UNCLAS ASTANA 000271\nTAGS: PREL\nSUBJECT: ONE\n\n1. Text.\n\nHOAGLAND') + row(2, 'UNCLAS ASTANA 000272\nTAGS: PREL\nSUBJECT: TWO\n\n1. Text.\n\nHOAGLAND'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Turns a sample into the body of an async function: imports become destructuring, value comments become checks. */
function compile(sample: string): string {
  const out: string[] = [];
  for (const line of sample.split('\n')) {
    const imp = /^import \{([^}]*)\} from '([^']+)';$/.exec(line.trim());
    if (imp !== null) {
      const source = imp[2] === 'cablekit' ? '__lib' : imp[2] === 'node:fs' ? '__fs' : null;
      if (source === null) throw new Error(`README imports an unknown module: ${line}`);
      out.push(`const {${imp[1]}} = ${source};`);
      continue;
    }
    const check = /^([^/]+?);\s*\/\/\s*(['[\d].*?)(?:\s+\(.*\))?$/.exec(line);
    if (check !== null && !/^\s*(?:const|let|for|import)\b/.test(line)) {
      out.push(`__check(${JSON.stringify(check[1]?.trim())}, (${check[1]}), (${check[2]}));`);
      continue;
    }
    out.push(line.replace(/'cables\.csv'/g, '__csvPath').replace(/console\.log\(/g, '__log('));
  }
  return out.join('\n');
}

describe('README code samples', () => {
  it('has samples', () => {
    expect(samples.length).toBeGreaterThanOrEqual(2);
  });

  samples.forEach((sample, k) => {
    it(`sample ${k + 1} runs and gives the values in its comments`, async () => {
      const checks: string[] = [];
      const logged: unknown[][] = [];
      const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
      const run = new AsyncFunction('__lib', '__fs', '__csvPath', '__check', '__log', 'text', 'archiveDump', compile(sample));
      await run(lib, fs, csvPath, (expr: string, actual: unknown, expected: unknown) => {
        checks.push(expr);
        expect(actual, expr).toEqual(expected);
      }, (...args: unknown[]) => logged.push(args), firstCable, seed);
      // Samples either state values or print them; each must do something observable.
      expect(checks.length + logged.length).toBeGreaterThan(0);
    });
  });
});
