/**
 * The published package, used the way a consumer uses it: `npm pack` the built package
 * (dist/ must exist: `npm run build`, as CI does before testing), install the tarball into
 * a throw-away project, and load it BY NAME from a separate Node process, through both
 * `import('cablekit')` (ESM, `exports["."].import`) and `require('cablekit')` (CJS,
 * `exports["."].require`), plus `require('cablekit/schema.json')`.
 *
 * `npm pack --ignore-scripts` does not run `prepare` (tsup with `clean: true` would delete
 * dist/ under the other test files that run the built CLI). The tarball has no dependencies,
 * so installing it needs no network.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** A small synthetic cable (same shape as the other tests' inputs). */
const CABLE = [
  'P 021115Z MAR 10',
  'FM AMEMBASSY TASHKENT',
  'TO RUEHC/SECSTATE WASHDC PRIORITY 5123',
  'UNCLAS TASHKENT 000412',
  '',
  'E.O. 12958: N/A',
  'TAGS: ECON UZ',
  'SUBJECT: WATER PLAN',
  '',
  '1. (U) Ministers agreed on a plan.',
  '',
  'NORLAND',
].join('\n');

/** What the consumer scripts print: the fields checked, as one JSON line. */
const REPORT = `({
  referenceId: c.referenceId,
  from: c.header.from,
  tags: c.tags,
  subject: c.subject,
  paragraphs: c.paragraphs.map((p) => p.text),
  signer: c.signer,
  errors: c.diagnostics.filter((d) => d.severity === 'error').length,
  exports: typeof m.parseCables + ' ' + typeof m.formatCable + ' ' + typeof m.CableParseError,
})`;

const EXPECTED = {
  referenceId: '10TASHKENT412',
  from: 'AMEMBASSY TASHKENT',
  tags: ['ECON', 'UZ'],
  subject: 'WATER PLAN',
  paragraphs: ['Ministers agreed on a plan.'],
  signer: 'NORLAND',
  errors: 0,
  exports: 'function function function',
};

let work = '';
let project = '';

function sh(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout: 45_000,
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
  });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${String(r.status)}${r.error ? ` (${r.error.message})` : ''}\n${r.stdout}\n${r.stderr}`);
  }
  return r.stdout;
}

/** Runs `node -e script` in the consumer project; the script prints one JSON line. */
function nodeIn(script: string, ...flags: string[]): unknown {
  const out = sh(process.execPath, [...flags, '-e', script], project);
  return JSON.parse(out.trim()) as unknown;
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/index.cjs'))) {
    throw new Error('dist/ is not built: run `npm run build` first');
  }
  work = mkdtempSync(join(tmpdir(), 'cablekit-pack-'));
  const packed = JSON.parse(sh(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], root)) as Array<{ filename: string }>;
  const tarball = join(work, packed[0]!.filename);
  project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '0.0.0', private: true }));
  writeFileSync(join(project, 'cable.txt'), CABLE);
  sh(npm, ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--offline', tarball], project);
}, 60_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('the packed package, installed by name', () => {
  it('is installed from the tarball, not linked to the work tree', () => {
    const installed = join(project, 'node_modules', 'cablekit');
    expect(realpathSync(installed)).toBe(installed);
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { name: string };
    expect(pkg.name).toBe('cablekit');
    // Only the published files: no sources, no tests.
    expect(existsSync(join(installed, 'src'))).toBe(false);
    expect(existsSync(join(installed, 'test'))).toBe(false);
  });

  it("import('cablekit') resolves to the ESM build and parses a cable", () => {
    const script = `
      const fs = await import('node:fs');
      const m = await import('cablekit');
      const c = m.parseCable(fs.readFileSync('cable.txt', 'utf8'));
      const url = import.meta.resolve('cablekit');
      console.log(JSON.stringify({ ...${REPORT}, url }));
    `;
    const got = nodeIn(script, '--input-type=module') as typeof EXPECTED & { url: string };
    expect(got.url).toMatch(/\/node_modules\/cablekit\/dist\/index\.js$/);
    const { url: _url, ...rest } = got;
    expect(rest).toEqual(EXPECTED);
  });

  it("require('cablekit') resolves to the CJS build and parses a cable", () => {
    const script = `
      const fs = require('node:fs');
      const m = require('cablekit');
      const c = m.parseCable(fs.readFileSync('cable.txt', 'utf8'));
      console.log(JSON.stringify({ ...${REPORT}, path: require.resolve('cablekit') }));
    `;
    const got = nodeIn(script) as typeof EXPECTED & { path: string };
    expect(got.path.replaceAll('\\', '/')).toMatch(/\/node_modules\/cablekit\/dist\/index\.cjs$/);
    const { path: _path, ...rest } = got;
    expect(rest).toEqual(EXPECTED);
  });

  it("require('cablekit/schema.json') loads the JSON Schema", () => {
    const script = `
      const s = require('cablekit/schema.json');
      console.log(JSON.stringify({ type: typeof s, schema: s.$schema ?? null, keys: Object.keys(s).length }));
    `;
    const got = nodeIn(script) as { type: string; schema: string | null; keys: number };
    expect(got.type).toBe('object');
    expect(got.keys).toBeGreaterThan(0);
    expect(got.schema).toMatch(/json-schema\.org/);
  });

  it('links the cablekit binary', () => {
    const bin = join(project, 'node_modules', '.bin', 'cablekit');
    expect(existsSync(bin)).toBe(true);
    const out = sh(process.execPath, [bin, 'parse', 'cable.txt'], project);
    expect((JSON.parse(out) as { referenceId: string }).referenceId).toBe('10TASHKENT412');
  });
});
