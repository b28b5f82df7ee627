/**
 * The `cablekit` command, run as a user runs it: the built binary in `dist/cli/main.js`
 * (`npm install` builds it through the `prepare` script; CI builds before testing).
 */

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cablekit CLI', () => {
  it('is built', () => {
    expect(existsSync(bin), 'run `npm run build` first').toBe(true);
  });

  it('parse prints the 25 seed cables as a JSON array', () => {
    const r = run('parse', 'fixtures/seed-astana.txt');
    expect(r.status).toBe(0);
    const cables = JSON.parse(r.stdout) as Array<{ referenceId: string; signer: string }>;
    expect(cables).toHaveLength(25);
    expect(cables[0]?.referenceId).toBe('10ASTANA270');
    expect(cables[24]?.referenceId).toBe('09ASTANA1953');
    expect(cables[6]?.signer).toBe('SPRATLEN');
  });

  it('prints help', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/parse +Parse cables/);
    expect(r.stdout).toMatch(/check +Parse everything/);
  });

  it('fails with one line and exit code 2 on a missing file', () => {
    const r = run('parse', 'no/such/file.txt');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no such file or directory: no/such/file.txt');
  });

  it('fails with exit code 2 on an unknown command or option', () => {
    expect(run('frobnicate').status).toBe(2);
    const r = run('parse', '--nope', 'fixtures/seed-astana.txt');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--nope');
  });
});

describe('cablekit check', () => {
  it('reports every field and the diagnostics of the seed', () => {
    const r = run('check', 'fixtures');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Checked 25 cables in 1 files (25 with archive metadata).');
    // All 25 seed cables have a subject, a signer and TAGS (read off the cables).
    expect(r.stdout).toMatch(/\| subject \| 25 \| 100\.0% \|/);
    expect(r.stdout).toMatch(/\| signer \| 25 \| 100\.0% \|/);
    expect(r.stdout).toMatch(/\| tags \| 25 \| 100\.0% \|/);
    // 10ASTANA253 has the garbled MCN 25Q.
    expect(r.stdout).toMatch(/\| MCN_INVALID \| warning \| 1 \| 1 \|/);
  });

  it('reads a cable from standard input with parse -', () => {
    const r = spawnSync(process.execPath, [bin, 'parse', '-'], {
      cwd: root,
      encoding: 'utf8',
      input: 'UNCLAS ASTANA 000265\n\nTAGS: PREL KZ\nSUBJECT: TEST\n\n1. Text.\n\nHOAGLAND\n',
    });
    expect(r.status).toBe(0);
    const cable = JSON.parse(r.stdout) as { subject: string; signer: string; tags: string[] };
    expect(cable.subject).toBe('TEST');
    expect(cable.signer).toBe('HOAGLAND');
    expect(cable.tags).toEqual(['PREL', 'KZ']);
  });
});
