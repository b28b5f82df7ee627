#!/usr/bin/env node
/**
 * Throughput and memory benchmark of the built library (`npm run bench` builds first).
 * Not a test: it measures and prints Markdown tables; docs/performance.md explains them.
 *
 *   node scripts/bench.mjs                  default: 200 MB CSV for the CLI memory run
 *   BENCH_BIG=1 node scripts/bench.mjs      1 GB CSV for the CLI memory run
 *   BENCH_REPS=5 node scripts/bench.mjs     best of 5 instead of best of 3
 *
 * In one process, single-threaded, for the same text:
 *   (a) the seed (fixtures/seed-astana.txt) repeated to about 20 MB, `parseCables` on it;
 *   (b) every page of ../shared/corpus/wikileaks-html/, `parseCables` on each page;
 *   (c) a synthetic cables.csv of 100,000 generated cables, `parseCables` on the whole
 *       string and `readCablesCsv(createReadStream(file))`;
 * each against two baselines that only split the same text into lines. Then the per-cable
 * cost spread of (a) and (b), the peak RSS of the CLI streaming a big synthetic CSV, and
 * `--jobs 1` vs `--jobs 2` (check and parse, best of 2) when the CLI has `--jobs`, with a
 * reference: two single-threaded processes on halves of (c) at the same time.
 *
 * Throughput is in MB/s with MB = 10^6 bytes of UTF-8 input; RSS is in MiB (2^20 bytes).
 * Progress goes to stderr, the tables to stdout. Temporary files are removed at the end.
 */

import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, closeSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { parseCables, readCablesCsv } from '../dist/index.js';
import { writeSyntheticCsv } from './synthetic-csv.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/cli/main.js');
const SEED = join(ROOT, 'fixtures/seed-astana.txt');
const CORPUS = resolve(ROOT, '../shared/corpus/wikileaks-html');

const REPS = Math.max(1, Number(process.env.BENCH_REPS ?? 3) || 3);
const BIG = process.env.BENCH_BIG === '1';
const CLI_BYTES = BIG ? 1_000_000_000 : 200_000_000;
const SEED_TARGET_BYTES = 20_000_000;
const CSV_CABLES = 100_000;
const SPREAD_REPS = 5;
/** (c) takes 10-25 s a pass: its parse measurements stop after 2 runs once they took this long. */
const CSV_BUDGET_MS = Number(process.env.BENCH_CSV_BUDGET_MS ?? 30_000);
const MB = 1e6;
const MIB = 1024 * 1024;

// A real `gc()` between timed runs, so one run's garbage is not collected in the next.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const bytesOf = (text) => Buffer.byteLength(text, 'utf8');

// ---------------------------------------------------------------------------------------------
// Temporary files

const TMP = mkdtempSync(join(tmpdir(), 'cablekit-bench-'));
let child = null;
function cleanup() {
  if (child !== null && child.exitCode === null) {
    try {
      child.kill('SIGKILL');
    } catch {}
  }
  rmSync(TMP, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanup();
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------------
// Timing

/**
 * Best (smallest) wall time of `reps` runs of `fn` (sync or async), in ms, with a GC
 * before each run. With `budgetMs`, stops early (after at least 2 runs) once the runs
 * took that long in total.
 */
async function bestOf(reps, fn, budgetMs = Infinity) {
  let best = Infinity;
  let result;
  let runs = 0;
  let total = 0;
  while (runs < reps && !(runs >= 2 && total >= budgetMs)) {
    result = undefined;
    gc();
    const t0 = performance.now();
    result = await fn();
    const ms = performance.now() - t0;
    runs++;
    total += ms;
    if (ms < best) best = ms;
  }
  return { ms: best, result, runs };
}

// Baselines: split the same text into lines, nothing else. Both build the array of lines.
function splitBaseline(texts) {
  let n = 0;
  for (const text of texts) n += text.split('\n').length;
  return n;
}

function indexOfBaseline(texts) {
  let n = 0;
  for (const text of texts) {
    const lines = [];
    let start = 0;
    for (;;) {
      const end = text.indexOf('\n', start);
      if (end < 0) {
        lines.push(text.slice(start));
        break;
      }
      lines.push(text.slice(start, end));
      start = end + 1;
    }
    n += lines.length;
  }
  return n;
}

/**
 * A reference, not a baseline: the least any parser that returns paragraph text must do.
 * Lines found with indexOf, trailing spaces trimmed, runs of non-blank lines joined with
 * one space into `{ text, start, end }` blocks. No labels, fields or diagnostics: if this
 * alone is far from the line split, so is any full parse.
 */
function paragraphFloor(texts) {
  let n = 0;
  for (const text of texts) {
    const blocks = [];
    let parts = [];
    let blockStart = 0;
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let b = end;
      while (b > start && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 13)) b--;
      if (b === start) {
        if (parts.length > 0) blocks.push({ text: parts.join(' '), start: blockStart, end: start - 1 });
        parts = [];
      } else {
        if (parts.length === 0) blockStart = start;
        parts.push(text.slice(start, b));
      }
      start = end + 1;
    }
    if (parts.length > 0) blocks.push({ text: parts.join(' '), start: blockStart, end: text.length });
    n += blocks.length;
  }
  return n;
}

function parseAll(texts, options) {
  let n = 0;
  for (const text of texts) n += parseCables(text, options).length;
  return n;
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// ---------------------------------------------------------------------------------------------
// Measurements

const throughputRows = [];
const spreadRows = [];
const notes = [];

/** Times `parseCables` (best of REPS, after one warm-up pass) and both baselines over `texts`. */
async function measureThroughput(label, texts, { warmTexts = texts, parseOptions, budgetMs = Infinity } = {}) {
  const bytes = texts.reduce((sum, t) => sum + bytesOf(t), 0);
  log(`${label}: warm-up`);
  parseAll(warmTexts, parseOptions);
  splitBaseline(warmTexts);
  indexOfBaseline(warmTexts);
  log(`${label}: split baseline`);
  const split = await bestOf(REPS, () => splitBaseline(texts));
  log(`${label}: indexOf baseline`);
  const loop = await bestOf(REPS, () => indexOfBaseline(texts));
  log(`${label}: paragraph floor`);
  paragraphFloor(warmTexts);
  const floor = await bestOf(REPS, () => paragraphFloor(texts));
  log(`${label}: parseCables, best of ${REPS}`);
  const parse = await bestOf(REPS, () => parseAll(texts, parseOptions), budgetMs);
  const row = { label, bytes, cables: parse.result, ms: parse.ms, runs: parse.runs, splitMs: split.ms, loopMs: loop.ms, floorMs: floor.ms };
  throughputRows.push(row);
  return row;
}

/**
 * Per-item cost: each text parsed alone, SPREAD_REPS times (items interleaved), the best
 * time per byte kept. Returns median ns/byte, the worst factor over the median and the worst items.
 */
function measureSpread(label, items) {
  log(`${label}: per-item spread, best of ${SPREAD_REPS}`);
  for (const item of items) parseCables(item.text); // warm-up
  const best = items.map(() => Infinity);
  for (let r = 0; r < SPREAD_REPS; r++) {
    gc();
    items.forEach((item, k) => {
      const t0 = performance.now();
      parseCables(item.text);
      const ms = performance.now() - t0;
      if (ms < best[k]) best[k] = ms;
    });
  }
  const perByte = items.map((item, k) => ({ name: item.name, bytes: item.bytes, ms: best[k], nsPerByte: (best[k] * 1e6) / item.bytes }));
  const med = median(perByte.map((p) => p.nsPerByte));
  const worst = [...perByte].sort((a, b) => b.nsPerByte - a.nsPerByte);
  const row = { label, count: items.length, median: med, worstFactor: worst[0].nsPerByte / med, worst: worst.slice(0, 3).map((w) => ({ ...w, factor: w.nsPerByte / med })) };
  spreadRows.push(row);
  return row;
}

/** All `{ start, end }` spans of a cable: [lowest start, highest end]. */
function spanBounds(spans) {
  let lo = Infinity;
  let hi = -Infinity;
  const walk = (v) => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return void v.forEach(walk);
    if (typeof v.start === 'number' && typeof v.end === 'number') {
      lo = Math.min(lo, v.start);
      hi = Math.max(hi, v.end);
      return;
    }
    for (const x of Object.values(v)) walk(x);
  };
  walk(spans);
  return { lo, hi };
}

/** The seed cut into one archive-format text per cable (by the spans parseCables reports). */
function splitSeed(seed) {
  const cables = parseCables(seed);
  const starts = cables.map((c) => spanBounds(c.spans).lo);
  let ok = starts.every((s, k) => Number.isFinite(s) && (k === 0 || s > starts[k - 1]));
  let pieces = [];
  if (ok) {
    starts[0] = 0;
    pieces = cables.map((c, k) => ({ name: c.referenceId ?? `cable ${k + 1}`, text: seed.slice(starts[k], starts[k + 1] ?? seed.length) }));
    ok = pieces.every((p) => {
      const parsed = parseCables(p.text);
      return parsed.length === 1 && parsed[0].referenceId === p.name;
    });
  }
  if (!ok) {
    // Fallback: cut before each archive title line (`10ASTANA270, TITLE`).
    notes.push('(a) spread: spans did not cut the seed cleanly; cut at the archive title lines instead.');
    const re = /^\d{2}[A-Z]+\d+, /gm;
    const cuts = [...seed.matchAll(re)].map((m) => m.index);
    cuts[0] = 0;
    pieces = cuts.map((s, k) => {
      const text = seed.slice(s, cuts[k + 1] ?? seed.length);
      return { name: parseCables(text)[0]?.referenceId ?? `cable ${k + 1}`, text };
    });
  }
  return pieces.map((p) => ({ ...p, bytes: bytesOf(p.text) }));
}

/** Runs the CLI as a child process; returns { ms, peakRssMiB, exit, signal, stderr, how }. */
let cliRunCount = 0;
async function runCli(args) {
  const useTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0;
  const command = useTime ? '/usr/bin/time' : process.execPath;
  const argv = useTime ? ['-v', process.execPath, CLI, ...args] : [CLI, ...args];
  // stderr goes to a file (the CLI may write a lot there; /usr/bin/time writes its report last).
  const errFile = join(TMP, `cli-${++cliRunCount}.stderr`);
  const errFd = openSync(errFile, 'w');
  const t0 = performance.now();
  const result = await new Promise((resolvePromise, reject) => {
    const proc = spawn(command, argv, { stdio: ['ignore', 'ignore', errFd] });
    child = proc;
    let hwmKiB = 0;
    let timer = null;
    if (!useTime) {
      // No /usr/bin/time: poll the peak RSS (VmHWM) of the node process.
      timer = setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${proc.pid}/status`, 'utf8'));
          if (m) hwmKiB = Math.max(hwmKiB, Number(m[1]));
        } catch {}
      }, 20);
    }
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      const ms = performance.now() - t0;
      if (timer) clearInterval(timer);
      child = null;
      resolvePromise({ ms, code, signal, hwmKiB });
    });
  });
  closeSync(errFd);
  const size = statSync(errFile).size;
  const tailBytes = Math.min(size, 64 * 1024);
  const fd = openSync(errFile, 'r');
  const buffer = Buffer.alloc(tailBytes);
  readSync(fd, buffer, 0, tailBytes, size - tailBytes);
  closeSync(fd);
  rmSync(errFile, { force: true });
  let stderr = buffer.toString('utf8');
  let exit = result.code;
  let signal = result.signal;
  let peakKiB = result.hwmKiB;
  let cpuSeconds = NaN;
  if (useTime) {
    // The report of /usr/bin/time is the last thing on stderr.
    const at = Math.max(stderr.lastIndexOf('Command being timed:'), stderr.lastIndexOf('Command terminated by signal'), stderr.lastIndexOf('Command exited with'));
    const report = at >= 0 ? stderr.slice(stderr.lastIndexOf('\n', at) + 1) : '';
    stderr = at >= 0 ? stderr.slice(0, stderr.lastIndexOf('\n', at) + 1) : stderr;
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
    peakKiB = rss ? Number(rss[1]) : NaN;
    const sig = /Command terminated by signal (\d+)/.exec(report);
    const status = /Exit status: (\d+)/.exec(report);
    if (sig) signal = `signal ${sig[1]}`;
    else if (status) exit = Number(status[1]);
    const user = /User time \(seconds\): ([\d.]+)/.exec(report);
    const sys = /System time \(seconds\): ([\d.]+)/.exec(report);
    if (user && sys) cpuSeconds = Number(user[1]) + Number(sys[1]);
  }
  if (exit !== 0 || signal) log(`CLI ${args.join(' ')} ended with ${signal ?? `exit ${exit}`}; end of its stderr:\n${stderr.slice(-1500)}`);
  return { ms: result.ms, cpuSeconds, peakRssMiB: peakKiB / 1024, exit, signal, stderr, how: useTime ? '/usr/bin/time -v' : '/proc VmHWM polling' };
}

const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : 'n/a');
const errorLine = (r) => {
  const lines = r.stderr.split('\n').map((l) => l.trim());
  return lines.find((l) => /FATAL ERROR|out of memory/i.test(l)) ?? lines.find((l) => /cablekit:|Error/.test(l)) ?? '';
};
const ended = (r) => {
  const why = errorLine(r).slice(0, 90);
  if (r.signal) return `killed (${r.signal})${why ? `: ${why}` : ''}`;
  return r.exit === 0 ? '0' : `${r.exit}${why ? `: ${why}` : ''}`;
};

async function main() {
  const started = performance.now();
  const loadStart = loadavg()[0];
  const cpuModel = /model name\s*:\s*(.*)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }).stdout ?? '';
  const has = (flag) => new RegExp(`(^|\\s)${flag.replace(/-/g, '\\-')}\\b`, 'm').test(help);

  // (a) the seed repeated to about 20 MB.
  const seed = readFileSync(SEED, 'utf8');
  const seedText = seed.repeat(Math.max(1, Math.round(SEED_TARGET_BYTES / bytesOf(seed))));
  await measureThroughput('(a) seed x' + Math.round(seedText.length / seed.length) + ' (archive text)', [seedText]);
  measureSpread('(a) seed cables', splitSeed(seed));

  // (b) the WikiLeaks HTML corpus.
  const corpusFiles = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort() : [];
  if (corpusFiles.length === 0) {
    notes.push(`(b) skipped: no corpus pages at ${CORPUS}.`);
    log('(b) skipped: no corpus');
  } else {
    const pages = corpusFiles.map((f) => readFileSync(join(CORPUS, f), 'utf8'));
    await measureThroughput(`(b) corpus: ${pages.length} WikiLeaks HTML pages`, pages);
    measureSpread('(b) corpus pages', pages.map((text, k) => ({ name: corpusFiles[k].replace(/\.html$/, ''), text, bytes: bytesOf(text) })));
  }

  // (c) synthetic cables.csv of 100,000 cables.
  log(`(c) generating ${CSV_CABLES.toLocaleString('en-US')} synthetic cables`);
  const csvFile = join(TMP, 'cables.csv');
  const csvInfo = writeSyntheticCsv(csvFile, { count: CSV_CABLES, seed: 1 });
  const warmFile = join(TMP, 'warm.csv');
  writeSyntheticCsv(warmFile, { count: 5_000, seed: 2 });
  let csv = readFileSync(csvFile, 'utf8');
  const warmCsv = readFileSync(warmFile, 'utf8');
  // The whole file is longer than the default maxInputLength (50M characters): lift it.
  const whole = await measureThroughput(`(c) cables.csv, ${CSV_CABLES.toLocaleString('en-US')} cables: parseCables(whole string)`, [csv], { warmTexts: [warmCsv], parseOptions: { maxInputLength: Infinity }, budgetMs: CSV_BUDGET_MS });
  if (whole.cables !== CSV_CABLES) notes.push(`(c) parseCables returned ${whole.cables} cables for ${CSV_CABLES} rows.`);
  csv = null;
  gc();
  log(`(c) readCablesCsv stream: warm-up`);
  const streamAll = async (file) => {
    let n = 0;
    for await (const cable of readCablesCsv(createReadStream(file))) if (cable) n++;
    return n;
  };
  await streamAll(warmFile);
  log(`(c) readCablesCsv stream, best of ${REPS}`);
  const stream = await bestOf(REPS, () => streamAll(csvFile), CSV_BUDGET_MS);
  throughputRows.push({ label: `(c) same file: readCablesCsv(createReadStream(file))`, bytes: csvInfo.bytes, cables: stream.result, ms: stream.ms, runs: stream.runs, splitMs: whole.splitMs, loopMs: whole.loopMs });
  const rawRead = await bestOf(REPS, async () => {
    let n = 0;
    for await (const chunk of createReadStream(csvFile, { encoding: 'utf8' })) n += chunk.split('\n').length;
    return n;
  });
  notes.push(`(c) reading the same file as a utf8 stream and splitting each chunk into lines (no parsing) runs at ${fmt(csvInfo.bytes / MB / (rawRead.ms / 1000))} MB/s.`);

  // CLI: peak RSS streaming a big synthetic CSV.
  const cliRows = [];
  log(`CLI: generating a ${fmt(CLI_BYTES / MB, 0)} MB synthetic CSV${BIG ? ' (BENCH_BIG=1)' : ''}`);
  const bigFile = join(TMP, 'big.csv');
  const bigInfo = writeSyntheticCsv(bigFile, { bytes: CLI_BYTES, seed: 3 });
  const cliRuns = [['check', bigFile]];
  if (has('--ndjson')) {
    const parse = has('--out') ? ['parse', '--ndjson', '--out', '/dev/null'] : ['parse', '--ndjson'];
    cliRuns.push([...parse, bigFile]);
    if (has('--jobs')) cliRuns.push([...parse, '--jobs', '1', bigFile]);
  } else notes.push('CLI: `parse --ndjson` is not supported yet (not in `--help`); only `check` was run on the big CSV.');
  for (const args of cliRuns) {
    log(`CLI: ${args.join(' ').replace(TMP, '$TMP')}`);
    const r = await runCli(args);
    cliRows.push({ command: `cablekit ${args.join(' ').replace(bigFile, `<${fmt(bigInfo.bytes / MB, 0)} MB csv>`)}`, input: bigInfo, ...r });
  }
  rmSync(bigFile, { force: true });

  // CLI: --jobs 1 vs --jobs 2 on (c), for check and parse, best of 2 runs each (alternating).
  let jobs = null;
  let pair = null;
  if (has('--jobs')) {
    jobs = [];
    const commands = [['check'], ['parse', '--ndjson', '--out', '/dev/null']];
    for (const command of commands) {
      for (const n of [1, 2]) jobs.push({ command: command.join(' '), n, ms: Infinity });
    }
    for (let rep = 0; rep < 2; rep++) {
      for (const j of jobs) {
        log(`CLI: ${j.command} --jobs ${j.n} on (c), run ${rep + 1} of 2`);
        const r = await runCli([...j.command.split(' '), '--jobs', String(j.n), csvFile]);
        if (r.ms < j.ms) Object.assign(j, r);
      }
    }
    // What two cores give two independent single-threaded runs: two processes, each on
    // half of (c), at the same time (a reference for the --jobs speed-up).
    const halfFile = join(TMP, 'half.csv');
    writeSyntheticCsv(halfFile, { count: CSV_CABLES / 2, seed: 1 });
    log('CLI: two check --jobs 1 processes on half of (c), at the same time');
    const t0 = performance.now();
    const both = await Promise.all([runCli(['check', '--jobs', '1', halfFile]), runCli(['check', '--jobs', '1', halfFile])]);
    pair = { ms: performance.now() - t0, cpuSeconds: both[0].cpuSeconds + both[1].cpuSeconds };
    rmSync(halfFile, { force: true });
  }

  // ---------------------------------------------------------------------------------------------
  // Report

  const out = [];
  const p = (line = '') => out.push(line);
  p('## Machine');
  p();
  p(`- CPU: ${cpuModel}, ${cpus().length} cores (as reported by Node)`);
  p(`- Node ${process.version}, ${process.platform} ${process.arch}`);
  p(`- Load average (1 min) at start / end: ${fmt(loadStart, 2)} / ${fmt(loadavg()[0], 2)} (other processes on the machine slow every number down)`);
  p(`- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`);
  p(`- Repetitions: best of ${REPS} after a warm-up pass (parse runs of (c) stop after 2 once they took ${fmt(CSV_BUDGET_MS / 1000, 0)} s; see "runs"); baselines best of ${REPS}; per-item spread best of ${SPREAD_REPS}; CLI memory runs once each, --jobs runs best of 2`);
  p(`- CLI memory run: ${BIG ? '1 GB (BENCH_BIG=1)' : '200 MB (default; BENCH_BIG=1 for 1 GB)'} synthetic CSV`);
  p();
  p('## Throughput (single thread, one process)');
  p();
  p("| input | MB | cables | parse ms (best) | runs | parse MB/s | cables/s | split('\\n') MB/s | indexOf loop MB/s | parse / faster baseline | paragraph floor MB/s (/ faster baseline) |");
  p('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of throughputRows) {
    const mbps = r.bytes / MB / (r.ms / 1000);
    const splitMbps = r.bytes / MB / (r.splitMs / 1000);
    const loopMbps = r.bytes / MB / (r.loopMs / 1000);
    const floorMbps = r.bytes / MB / (r.floorMs / 1000);
    r.ratio = mbps / Math.max(splitMbps, loopMbps);
    r.floorRatio = floorMbps / Math.max(splitMbps, loopMbps);
    p(`| ${r.label} | ${fmt(r.bytes / MB)} | ${r.cables.toLocaleString('en-US')} | ${fmt(r.ms, 0)} | ${r.runs} | ${fmt(mbps)} | ${fmt(r.cables / (r.ms / 1000), 0)} | ${fmt(splitMbps)} | ${fmt(loopMbps)} | ${fmt(r.ratio, 3)} (1/${fmt(1 / r.ratio, 0)}) | ${fmt(floorMbps)} (${fmt(r.floorRatio, 2)}) |`);
  }
  p();
  p('The paragraph floor is a reference, not a parse: lines trimmed and blank-line-separated runs joined into `{ text, start, end }` blocks, nothing else (`paragraphFloor` in this script).');
  p();
  p('## Per-cable cost spread (each cable or page parsed alone)');
  p();
  p('| input | items | median ns/byte | worst / median | worst three (factor over median, size) |');
  p('| --- | ---: | ---: | ---: | --- |');
  for (const r of spreadRows) {
    const worst = r.worst.map((w) => `${w.name} (${fmt(w.factor, 2)}x, ${fmt(w.bytes / 1000, 1)} kB)`).join(', ');
    p(`| ${r.label} | ${r.count} | ${fmt(r.median, 1)} | ${fmt(r.worstFactor, 2)}x | ${worst} |`);
  }
  p();
  p('## CLI memory (child process, streaming a synthetic cables.csv)');
  p();
  p('| command | input | rows | peak RSS MiB | wall s | CPU s (user+sys) | exit |');
  p('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of cliRows) {
    const exit = ended(r);
    p(`| \`${r.command}\` | ${fmt(r.input.bytes / MB, 0)} MB | ${r.input.rows.toLocaleString('en-US')} | ${fmt(r.peakRssMiB, 0)} | ${fmt(r.ms / 1000, 1)} | ${fmt(r.cpuSeconds, 1)} | ${exit} |`);
  }
  p();
  p(`Peak RSS measured with ${cliRows[0]?.how ?? 'n/a'}. The CLI runs with its default options${has('--jobs') ? ' (including its default --jobs, see `cablekit --help`)' : ''}; its stdout is discarded.`);
  p();
  p('## CLI --jobs on (c)');
  p();
  if (jobs === null) {
    p('`--jobs`: not supported yet (not in `cablekit --help`).');
  } else {
    p('| command | wall s (best of 2) | CPU s (user+sys) | peak RSS MiB | exit |');
    p('| --- | ---: | ---: | ---: | --- |');
    for (const j of jobs) p(`| \`cablekit ${j.command} --jobs ${j.n} <(c) csv>\` | ${fmt(j.ms / 1000, 2)} | ${fmt(j.cpuSeconds, 1)} | ${fmt(j.peakRssMiB, 0)} | ${ended(j)} |`);
    p();
    for (let k = 0; k < jobs.length; k += 2) p(`Speed-up of --jobs 2 over --jobs 1, \`${jobs[k].command}\`: ${fmt(jobs[k].ms / jobs[k + 1].ms, 2)}x`);
    p();
    p(`Reference: two \`check --jobs 1\` processes, each on half of (c), at the same time: ${fmt(pair.ms / 1000, 2)} s wall (${fmt(pair.cpuSeconds, 1)} s CPU), ${fmt(jobs[0].ms / pair.ms, 2)}x faster than one \`check --jobs 1\` on all of (c).`);
  }
  p();
  p('## Targets');
  p();
  p('| target | measured | met |');
  p('| --- | --- | --- |');
  const yes = (ok) => (ok ? 'yes' : '**no**');
  for (const label of ['(a)', '(b)']) {
    const r = throughputRows.find((x) => x.label.startsWith(label));
    if (r) p(`| ${label} full parse >= 1/3 of the line-split baseline | ${fmt(r.ratio, 3)} of the faster baseline | ${yes(r.ratio >= 1 / 3)} |`);
    else p(`| ${label} full parse >= 1/3 of the line-split baseline | not measured (no input) | n/a |`);
  }
  for (const r of spreadRows) p(`| ${r.label.slice(0, 3)} no cable > 5x slower per byte than the median | worst ${fmt(r.worstFactor, 2)}x (${r.worst[0].name}) | ${yes(r.worstFactor <= 5)} |`);
  for (const r of cliRows) {
    const ok = r.exit === 0 && !r.signal;
    const name = `\`${r.command.replace(/^cablekit /, '').replace(/ <.*>$/, '')}\``;
    const measured = `${name}: ${fmt(r.peakRssMiB, 0)} MiB${ok ? '' : `, ${r.signal ? `killed (${r.signal})` : `exit ${r.exit}`}`}`;
    if (BIG) p(`| 1 GB CSV: CLI peak RSS < 200 MB | ${measured} | ${yes(ok && r.peakRssMiB * MIB < 200 * MB)} |`);
    else p(`| 1 GB CSV: CLI peak RSS < 200 MB | not run at 1 GB (BENCH_BIG=1); on ${fmt(r.input.bytes / MB, 0)} MB ${measured} | ${ok && r.peakRssMiB * MIB < 200 * MB ? 'not measured at 1 GB' : '**no** (already over at 200 MB)'} |`);
  }
  if (jobs === null) p('| --jobs 2 >= 1.6x faster than --jobs 1 on (c) | --jobs not supported yet | **no** |');
  else for (let k = 0; k < jobs.length; k += 2) p(`| --jobs 2 >= 1.6x faster than --jobs 1 on (c), \`${jobs[k].command}\` | ${fmt(jobs[k].ms / jobs[k + 1].ms, 2)}x | ${yes(jobs[k].ms / jobs[k + 1].ms >= 1.6)} |`);
  if (notes.length > 0) {
    p();
    p('Notes:');
    p();
    for (const n of notes) p(`- ${n}`);
  }
  p();
  p(`Total bench time: ${fmt((performance.now() - started) / 1000, 0)} s.`);
  process.stdout.write(`${out.join('\n')}\n`);
}

try {
  await main();
} finally {
  cleanup();
}
