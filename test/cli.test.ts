/**
 * The `cablekit` command, run as a user runs it: the built binary in `dist/cli/main.js`
 * (`npm install` builds it through the `prepare` script; CI builds before testing).
 */

import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const seed = 'fixtures/seed-astana.txt';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runWith(options: SpawnSyncOptions & { env?: NodeJS.ProcessEnv }, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

function run(...args: string[]): Run {
  return runWith({}, ...args);
}

/** `run` without blocking, so independent runs go in parallel (`Promise.all`). */
function runAsync(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The lines of an NDJSON output, parsed. */
function ndjson(stdout: string): Array<Record<string, unknown>> {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Exit code 2 and exactly one line on stderr containing `text`. */
function expectUsageError(r: Run, text: string): void {
  expect(r.status).toBe(2);
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(text);
  expect(r.stdout).toBe('');
}

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cablekit-cli-'));
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('cablekit CLI', () => {
  it('is built', () => {
    expect(existsSync(bin), 'run `npm run build` first').toBe(true);
  });

  it('parse prints the 25 seed cables as a JSON array', () => {
    const r = run('parse', seed);
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
    const r = run('parse', '--nope', seed);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--nope');
  });
});

describe('cablekit parse', () => {
  it('prints one cable per line with --ndjson, in input order, with no progress output when stderr is not a terminal', () => {
    const r = run('parse', '--ndjson', seed);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const lines = ndjson(r.stdout);
    expect(lines).toHaveLength(25);
    expect(lines[0]?.['referenceId']).toBe('10ASTANA270');
    expect(lines[24]?.['referenceId']).toBe('09ASTANA1953');
    // The same cables as the JSON array.
    expect(JSON.stringify(lines)).toBe(run('parse', seed).stdout.trimEnd());
  });

  it('indents with --pretty exactly as JSON.stringify does', () => {
    const compact = JSON.parse(run('parse', seed).stdout) as unknown;
    const r = run('parse', '--pretty', seed);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${JSON.stringify(compact, null, 2)}\n`);
  });

  it('keeps only the --fields, in the order given', () => {
    const r = run('parse', '--ndjson', '--fields', 'subject,referenceId,signer', seed);
    expect(r.status).toBe(0);
    const lines = ndjson(r.stdout);
    expect(lines).toHaveLength(25);
    for (const line of lines) expect(Object.keys(line)).toEqual(['subject', 'referenceId', 'signer']);
    expect(lines[6]).toMatchObject({ signer: 'SPRATLEN' });
    // --fields=... works too, and a repeated name is kept once.
    const array = run('parse', '--fields=referenceId,referenceId', seed);
    expect(array.status).toBe(0);
    expect((JSON.parse(array.stdout) as unknown[])[0]).toEqual({ referenceId: '10ASTANA270' });
  });

  it('writes to --out instead of stdout', async () => {
    const out = join(dir, 'out.ndjson');
    const json = join(dir, 'out.json');
    const [toFile, toStdout, jsonToFile, jsonToStdout] = await Promise.all([
      runAsync('parse', '--ndjson', '--out', out, seed),
      runAsync('parse', '--ndjson', seed),
      runAsync('parse', '-o', json, seed),
      runAsync('parse', seed),
    ]);
    expect(toFile?.status).toBe(0);
    expect(toFile?.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(toStdout?.stdout);
    expect(jsonToFile?.status).toBe(0);
    expect(readFileSync(json, 'utf8')).toBe(jsonToStdout?.stdout);
  });

  it('forces the reader with --format', async () => {
    const [text, archive, auto, html, quiet] = await Promise.all([
      runAsync('parse', '--format', 'text', '--fields', 'referenceId,metadata', seed),
      runAsync('parse', '--format=archive', seed),
      runAsync('parse', seed),
      runAsync('parse', '--format', 'wikileaks-html', '--fields', 'referenceId', seed),
      runAsync('parse', '--quiet', '--format', 'wikileaks-html', seed),
    ]);
    // As plain text, the archive dump is one cable without archive metadata (its id read from the first cable's header and banner).
    expect(text?.status).toBe(0);
    expect(JSON.parse(text?.stdout ?? '')).toEqual({ referenceId: '10ASTANA270', metadata: null });
    // As an archive, the same as auto.
    expect(archive?.stdout).toBe(auto?.stdout);
    // A reader that does not fit: read as plain text, with one warning line.
    expect(html?.status).toBe(0);
    expect(html?.stderr).toMatch(/^cablekit: warning: .*does not look like a WikiLeaks cable page.*\n$/);
    expect(quiet?.stderr).toBe('');
  });

  it('reads standard input with -', () => {
    const input = readFileSync(join(root, seed), 'utf8');
    const r = runWith({ input }, 'parse', '--ndjson', '--fields', 'referenceId', '-');
    expect(r.status).toBe(0);
    expect(ndjson(r.stdout)).toHaveLength(25);
    expect(r.stdout).toBe(run('parse', '--ndjson', '--fields', 'referenceId', seed).stdout);
  });

  it('parses files in parallel with --jobs, in input order', async () => {
    const [one, two] = await Promise.all([
      runAsync('parse', '--ndjson', '--jobs', '1', seed, 'fixtures', seed),
      runAsync('parse', '--ndjson', '--jobs', '2', seed, 'fixtures', seed),
    ]);
    expect(one?.status).toBe(0);
    expect(ndjson(one?.stdout ?? '')).toHaveLength(75);
    expect(two?.stdout).toBe(one?.stdout);
  });
});

/** A cable's text for a CSV row: the routing header and the content. */
function csvCable(i: number): { header: string; content: string } {
  return {
    header: `VZCZCXRO${4000 + i}\nOO RUEHIK\nDE RUEHTA #0${i}/01 0570805\nZNR UUUUU ZZH\nO 260805Z FEB 10\nFM AMEMBASSY ASTANA\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 7547`,
    content:
      `UNCLAS ASTANA 000${i}\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PREL KZ\nSUBJECT: KAZAKHSTAN: ROW ${i} "QUOTED" \\ C:\\DOCS\n\n` +
      `1. (SBU) Paragraph ${i} with a "quote", an apostrophe ' and é.\n\n2. Second paragraph.\n\nHOAGLAND`,
  };
}

/** `cables.csv` escaping: backslash and quote. */
function esc(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/** A `cables.csv` file: a header row, good rows, and a few damaged ones. */
function buildCsv(rows: number): string {
  const out: string[] = ['"id","date","refid","origin","classification","references","header","content"\n'];
  for (let i = 1; i <= rows; i++) {
    const { header, content } = csvCable(i);
    const date = i === 7 ? '2/30/2010 8:05' : '2/26/2010 8:05'; // row 7: an impossible date
    out.push(`"${i}","${date}","10ASTANA${i}","Embassy Astana","UNCLASSIFIED","09ASTANA${i}|09STATE1","${esc(header)}","${esc(content)}"`);
    out.push(i % 5 === 0 ? '\r\n' : '\n');
    if (i === 11) out.push('"12x","stray quote" here,"x"\n'); // a malformed row
    if (i === 20) out.push('\n\n'); // blank lines
  }
  return out.join('');
}

describe('cablekit parse on cables.csv', () => {
  const rows = 40;
  let csv = '';

  beforeAll(() => {
    csv = join(dir, 'cables.csv');
    writeFileSync(csv, buildCsv(rows));
  });

  it('gives the same output with --jobs 1 (in-process) and --jobs 2 (workers, rows in chunks)', () => {
    const one = run('parse', '--ndjson', '--jobs', '1', csv);
    expect(one.status).toBe(0); // a malformed row and a bad date are warnings
    const lines = ndjson(one.stdout);
    expect(lines).toHaveLength(rows + 1);
    expect(lines[0]?.['referenceId']).toBe('10ASTANA1');
    expect(lines[0]?.['subject']).toMatch(/^KAZAKHSTAN: ROW 1 "QUOTED" .*C:\\DOCS$/);
    // The malformed row after row 11, with its line in the file.
    const malformed = lines[11] as { diagnostics: Array<{ code: string; message: string }> };
    expect(malformed.diagnostics[0]?.code).toBe('METADATA_INVALID');
    expect(malformed.diagnostics[0]?.message).toMatch(/^Malformed row \(line \d+\)/);
    // Small chunks: rows are spread over the workers in many pieces.
    const env = { ...process.env, CABLEKIT_CSV_CHUNK_BYTES: '700' };
    const two = runWith({ env }, 'parse', '--ndjson', '--jobs', '2', csv);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    // And as a JSON array, the default chunk size.
    expect(run('parse', '--jobs', '2', csv).stdout).toBe(run('parse', '--jobs', '1', csv).stdout);
  });

  it('writes the same JSON array and object in batches from the workers as in-process', () => {
    const env = { ...process.env, CABLEKIT_CSV_CHUNK_BYTES: '700' };
    const cables = ndjson(run('parse', '--ndjson', '--jobs', '1', csv).stdout);
    // Many rows, pretty: one array, elements indented one level, whatever the chunking.
    const pretty = `${JSON.stringify(cables, null, 2)}\n`;
    expect(runWith({ env }, 'parse', '--pretty', '--jobs', '2', csv).stdout).toBe(pretty);
    expect(run('parse', '--pretty', '--jobs', '1', csv).stdout).toBe(pretty);
    expect(runWith({ env }, 'parse', '--jobs', '2', csv).stdout).toBe(`${JSON.stringify(cables)}\n`);
    // One row: the cable itself, not an array of one; no row: an empty array.
    const lines = buildCsv(1).split('\n');
    const one = join(dir, 'one-row.csv');
    writeFileSync(one, buildCsv(1));
    const single = ndjson(run('parse', '--ndjson', '--jobs', '1', one).stdout);
    expect(single).toHaveLength(1);
    expect(run('parse', '--pretty', '--jobs', '2', one, one).stdout).toBe(`${JSON.stringify([single[0], single[0]], null, 2)}\n`);
    expect(runWith({ env }, 'parse', '--pretty', '--jobs', '2', '--format', 'csv', '-').stdout).toBe('[]\n');
    for (const jobs of ['1', '2']) expect(run('parse', '--pretty', '--jobs', jobs, one).stdout).toBe(`${JSON.stringify(single[0], null, 2)}\n`);
    const header = join(dir, 'header-only.csv');
    writeFileSync(header, `${lines[0]}\n`);
    expect(run('parse', '--jobs', '2', header, header).stdout).toBe('[]\n');
  });

  it('parses a row too big for a worker heap in the main thread, same output', () => {
    // One row of 900 paragraphs of 70 lines (~4 MB): a worker capped at 16 MB of heap runs
    // out of memory on it; the run goes on and that chunk is parsed in the main thread.
    const lines = Array.from({ length: 70 }, () => 'some words in a line of text of a long paragraph').join('\n');
    const paragraphs = Array.from({ length: 900 }, (_, k) => `${k + 1}. (SBU) ${lines}`).join('\n\n');
    const big = join(dir, 'big-row.csv');
    const rowsText = [1, 2, 3].map((i) => `"${i}","2/26/2010 8:05","10ASTANA${i}","Embassy Astana","UNCLASSIFIED","","","UNCLAS ASTANA 000${i}\n\nSUBJECT: TEST ${i}\n\n${i === 2 ? paragraphs : '1. Text.'}\n\nHOAGLAND"\n`);
    writeFileSync(big, rowsText.join(''));
    const env = { ...process.env, CABLEKIT_WORKER_HEAP_MB: '16', CABLEKIT_CSV_CHUNK_BYTES: '100' };
    const two = runWith({ env }, 'parse', '--ndjson', '--jobs', '2', '--fields', 'referenceId,subject,paragraphs', big);
    expect(two.stderr).toBe('');
    expect(two.status).toBe(0);
    const cables = ndjson(two.stdout) as Array<{ referenceId: string; subject: string; paragraphs: unknown[] }>;
    expect(cables.map((c) => [c.referenceId, c.subject, c.paragraphs.length])).toEqual([
      ['10ASTANA1', 'TEST 1', 1],
      ['10ASTANA2', 'TEST 2', 900],
      ['10ASTANA3', 'TEST 3', 1],
    ]);
  });

  it('reads a CSV from standard input and with --format csv', () => {
    const expected = run('parse', '--ndjson', '--jobs', '1', '--fields', 'referenceId,diagnostics', csv).stdout;
    const input = readFileSync(csv);
    const env = { ...process.env, CABLEKIT_CSV_CHUNK_BYTES: '900' };
    expect(runWith({ input, env }, 'parse', '--ndjson', '--jobs', '2', '--fields', 'referenceId,diagnostics', '-').stdout).toBe(expected);
    expect(runWith({ input }, 'parse', '--ndjson', '--jobs', '1', '--fields', 'referenceId,diagnostics', '-').stdout).toBe(expected);
    // Without the header row the file is still detected; forced, an extension-less copy too.
    const bare = join(dir, 'rows');
    writeFileSync(bare, readFileSync(csv));
    expect(run('parse', '--ndjson', '--format', 'csv', '--fields', 'referenceId,diagnostics', bare).stdout).toBe(expected);
  });
});

describe('cablekit exit codes', () => {
  it('reports usage errors in one stderr line with exit code 2', async () => {
    const empty = join(dir, 'empty-dir');
    mkdirSync(empty, { recursive: true });
    const cases: Array<[string[], string]> = [
      [['parse', '--format', 'pdf', seed], 'unknown format "pdf"'],
      [['parse', '--format'], '--format needs a value'],
      [['parse', '--jobs', '0', seed], 'bad --jobs 0'],
      [['parse', '--jobs', 'many', seed], 'bad --jobs "many"'],
      [['parse', '-j', '-1', seed], 'bad --jobs "-1"'],
      [['parse', '--jobs=2.5', seed], 'bad --jobs "2.5"'],
      [['parse', '--jobs', '100000', seed], 'bad --jobs 100000'],
      [['parse', '--fields', 'referenceId,nope', seed], 'unknown field "nope" in --fields'],
      [['parse', '--fields', 'referenceId,', seed], 'empty field name'],
      [['parse', '--fail-on', 'info', seed], 'bad --fail-on "info"'],
      [['parse', '--ndjson', '--pretty', seed], '--pretty cannot be combined with --ndjson'],
      [['parse', '--nope', seed], 'unknown option --nope'],
      [['parse', '--quiet=yes', seed], '--quiet takes no value'],
      [['check', '--ndjson', seed], 'unknown option --ndjson for check'],
      [['frobnicate'], 'unknown command frobnicate'],
      [['help', 'frobnicate'], 'unknown command frobnicate'],
      [['parse'], 'parse needs at least one file'],
      [['parse', 'no/such/file.txt'], 'no such file or directory: no/such/file.txt'],
      [['check', seed, 'missing-dir/'], 'no such file or directory: missing-dir/'],
      [['parse', '--out', join(dir, 'no', 'such', 'dir', 'out.json'), seed], 'cannot write'],
      [['parse', empty], 'no cable files'],
    ];
    const runs = await Promise.all(cases.map(([args]) => runAsync(...args)));
    runs.forEach((r, k) => expectUsageError(r, (cases[k] as [string[], string])[1]));
  });

  it('reports an unreadable path with exit code 2 (a file used as a directory: works even as root)', () => {
    const through = join(seed, 'inside');
    expectUsageError(run('parse', through), `cannot read ${through}`);
  });

  it('sets the exit code from --fail-on, without stopping the run', async () => {
    // The seed has one warning (MCN_INVALID in 10ASTANA253) and no error; an empty file
    // is a cable with an EMPTY_INPUT error.
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const [plain, warning, quiet, error, never, jobs, check] = await Promise.all([
      runAsync('parse', '--ndjson', seed),
      runAsync('parse', '--ndjson', '--fail-on', 'warning', seed),
      runAsync('parse', '--quiet', '--fail-on', 'warning', seed),
      runAsync('parse', '--ndjson', '--fields', 'referenceId', seed, empty),
      runAsync('parse', '--fail-on', 'never', seed, empty),
      runAsync('parse', '--jobs', '2', '--fail-on', 'error', empty, seed),
      runAsync('check', '--fail-on', 'warning', 'fixtures'),
    ]);
    expect(plain?.status).toBe(0);
    expect(warning?.status).toBe(1);
    expect(ndjson(warning?.stdout ?? '')).toHaveLength(25);
    expect(warning?.stderr).toBe('cablekit: 1 of 25 cables have error or warning diagnostics (--fail-on warning)\n');
    expect(quiet?.status).toBe(1);
    expect(quiet?.stderr).toBe('');
    expect(error?.status).toBe(1);
    expect(ndjson(error?.stdout ?? '')).toHaveLength(26);
    expect(never?.status).toBe(0);
    expect(jobs?.status).toBe(1);
    expect(check?.status).toBe(1);
  });
});

describe('cablekit help', () => {
  it('documents every option of parse with its default, the exit codes and examples', () => {
    for (const r of [run('parse', '--help'), run('help', 'parse'), run('parse', '-h', '--jobs', '0')]) {
      expect(r.status).toBe(0);
      for (const option of ['--ndjson', '--pretty', '--format', '--fields', '--out', '--jobs', '--quiet', '--fail-on', '--help']) expect(r.stdout).toContain(option);
      expect(r.stdout).toContain('auto | text | archive | wikileaks-html | csv');
      expect(r.stdout).toContain('Default: error.');
      expect(r.stdout).toContain('Default: auto.');
      expect(r.stdout).toMatch(/Exit codes:[\s\S]*2 +bad usage/);
      expect(r.stdout).toContain('Examples:');
      // The field names --fields accepts.
      expect(r.stdout).toContain('referenceId, metadata, header');
    }
  });

  it('documents check', () => {
    const r = run('check', '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: cablekit check/);
    for (const option of ['--format', '--out', '--jobs', '--quiet', '--fail-on']) expect(r.stdout).toContain(option);
    expect(r.stdout).not.toContain('--ndjson');
  });
});

describe('cablekit check', () => {
  it('reports every field and the diagnostics of the seed', async () => {
    const r = run('check', 'fixtures');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Checked 25 cables in 1 files (25 with archive metadata).');
    // All 25 seed cables have a subject, a signer and TAGS (read off the cables).
    expect(r.stdout).toMatch(/\| subject \| 25 \| 100\.0% \|/);
    expect(r.stdout).toMatch(/\| signer \| 25 \| 100\.0% \|/);
    expect(r.stdout).toMatch(/\| tags \| 25 \| 100\.0% \|/);
    // 10ASTANA253 has the garbled MCN 25Q.
    expect(r.stdout).toMatch(/\| MCN_INVALID \| warning \| 1 \| 1 \|/);
    // The same report with workers.
    const [two, one] = await Promise.all([runAsync('check', '--jobs', '2', 'fixtures', seed), runAsync('check', '--jobs', '1', 'fixtures', seed)]);
    expect(two?.stdout).toBe(one?.stdout);
    expect(one?.stdout).toContain('Checked 50 cables in 2 files');
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
