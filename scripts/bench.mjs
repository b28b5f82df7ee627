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
 * `--jobs 1` vs `--jobs 2` when the CLI has `--jobs`.
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
 * Best (smallest) wall time of `reps` runs of `fn`, in ms, with a GC before each run.
 * With `budgetMs`, stops early (after at least 2 runs) once the runs took that long in total.
 */
function bestOf(reps, fn, budgetMs = Infinity) {
  let best = Infinity;
  let result;
  let runs = 0;
  let total = 0;
  while (runs < reps && !(runs >= 2 && total >= budgetMs)) {
    result = undefined;
    gc();
    const t0 = performance.now();
    result = fn();
    const ms = performance.now() - t0;
    runs++;
    total += ms;
    if (ms < best) best = ms;
  }
  return { ms: best, result, runs };
}

async function bestOfAsync(reps, fn, budgetMs = Infinity) {
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
// Synthetic cables.csv (docs/cable-format.md section 1c)

/** Deterministic PRNG (mulberry32), so every run generates the same file. */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POSTS = [
  { post: 'ASTANA', name: 'ASTANA', origin: 'Embassy Astana', from: 'AMEMBASSY ASTANA', ri: 'RUEHTA', geo: 'KZ', country: 'KAZAKHSTAN' },
  { post: 'BAGHDAD', name: 'BAGHDAD', origin: 'Embassy Baghdad', from: 'AMEMBASSY BAGHDAD', ri: 'RUEHGB', geo: 'IZ', country: 'IRAQ' },
  { post: 'BUENOSAIRES', name: 'BUENOS AIRES', origin: 'Embassy Buenos Aires', from: 'AMEMBASSY BUENOS AIRES', ri: 'RUEHBU', geo: 'AR', country: 'ARGENTINA' },
  { post: 'MEXICO', name: 'MEXICO', origin: 'Embassy Mexico', from: 'AMEMBASSY MEXICO', ri: 'RUEHME', geo: 'MX', country: 'MEXICO' },
  { post: 'STATE', name: 'STATE', origin: 'Secretary of State', from: 'SECSTATE WASHDC', ri: 'RUEHC', geo: 'XX', country: 'WORLDWIDE' },
  { post: 'ANKARA', name: 'ANKARA', origin: 'Embassy Ankara', from: 'AMEMBASSY ANKARA', ri: 'RUEHAK', geo: 'TU', country: 'TURKEY' },
  { post: 'MOSCOW', name: 'MOSCOW', origin: 'Embassy Moscow', from: 'AMEMBASSY MOSCOW', ri: 'RUEHMO', geo: 'RS', country: 'RUSSIA' },
  { post: 'TOKYO', name: 'TOKYO', origin: 'Embassy Tokyo', from: 'AMEMBASSY TOKYO', ri: 'RUEHKO', geo: 'JA', country: 'JAPAN' },
  { post: 'BEIJING', name: 'BEIJING', origin: 'Embassy Beijing', from: 'AMEMBASSY BEIJING', ri: 'RUEHBJ', geo: 'CH', country: 'CHINA' },
  { post: 'PARIS', name: 'PARIS', origin: 'Embassy Paris', from: 'AMEMBASSY PARIS', ri: 'RUEHFR', geo: 'FR', country: 'FRANCE' },
  { post: 'RIODEJANEIRO', name: 'RIO DE JANEIRO', origin: 'Consulate Rio De Janeiro', from: 'AMCONSUL RIO DE JANEIRO', ri: 'RUEHRI', geo: 'BR', country: 'BRAZIL' },
  { post: 'JERUSALEM', name: 'JERUSALEM', origin: 'Consulate Jerusalem', from: 'AMCONSUL JERUSALEM', ri: 'RUEHJM', geo: 'IS', country: 'WEST BANK/GAZA' },
  { post: 'USNATO', name: 'USNATO', origin: 'Mission USNATO', from: 'USMISSION USNATO', ri: 'RUEHNO', geo: 'NATO', country: 'NATO' },
  { post: 'BOGOTA', name: 'BOGOTA', origin: 'Embassy Bogota', from: 'AMEMBASSY BOGOTA', ri: 'RUEHBO', geo: 'CO', country: 'COLOMBIA' },
  { post: 'ISLAMABAD', name: 'ISLAMABAD', origin: 'Embassy Islamabad', from: 'AMEMBASSY ISLAMABAD', ri: 'RUEHIL', geo: 'PK', country: 'PAKISTAN' },
  { post: 'TASHKENT', name: 'TASHKENT', origin: 'Embassy Tashkent', from: 'AMEMBASSY TASHKENT', ri: 'RUEHNT', geo: 'UZ', country: 'UZBEKISTAN' },
];
const COLLECTIVES = ['RUCNCIS/CIS COLLECTIVE', 'RUEAIIA/CIA WASHDC', 'RHEHNSC/NSC WASHDC', 'RUEKJCS/SECDEF WASHDC', 'RHEFDIA/DIA WASHDC', 'RUCNDT/USMISSION USUN NEW YORK', 'RUEHZL/EUROPEAN POLITICAL COLLECTIVE', 'RHMFIUU/CDR USCENTCOM MACDILL AFB FL'];
const CLASSIFICATIONS = [
  { name: 'UNCLASSIFIED', line: ['UNCLAS'], sec: 'UUUUU', marks: ['(U)', '(SBU)'], handling: [] },
  { name: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY', line: ['UNCLAS', 'UNCLAS E F T O'], sec: 'UUUUU', marks: ['(SBU)', '(U)'], handling: ['SENSITIVE', 'FOR OFFICIAL USE ONLY'] },
  { name: 'CONFIDENTIAL', line: ['C O N F I D E N T I A L', 'CONFIDENTIAL'], sec: 'CCCCC', marks: ['(C)', '(U)', '(SBU)'], handling: [] },
  { name: 'CONFIDENTIAL//NOFORN', line: ['C O N F I D E N T I A L', 'CONFIDENTIAL NOFORN'], sec: 'CCCCC', marks: ['(C/NF)', '(C)'], handling: ['NOFORN'] },
  { name: 'SECRET', line: ['S E C R E T', 'SECRET'], sec: 'SSSSS', marks: ['(S)', '(C)'], handling: [] },
  { name: 'SECRET//NOFORN', line: ['S E C R E T', 'SECRET NOFORN'], sec: 'SSSSS', marks: ['(S//NF)', '(S/NF)', '(C)'], handling: ['NOFORN'] },
];
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const TAGS = ['PREL', 'PGOV', 'ECON', 'EFIN', 'ETRD', 'SENV', 'SOCI', 'KPAO', 'KTIP', 'KNNP', 'MARR', 'PHUM', 'PTER', 'SNAR', 'ENRG', 'EAID', 'KDEM', 'UNGA', 'OSCE', 'OVIP (CLINTON, HILLARY)'];
const SIGNERS = ['HOAGLAND', 'SPRATLEN', 'CLINTON', 'RICE', 'JEFFREY', 'CROCKER', 'PASCUAL', 'BEYRLE', 'ROOS', 'HUNTSMAN', 'RIVKIN', 'SHANNON', 'BROWNFIELD', 'PATTERSON', 'NORLAND', 'WAYNE'];
const FIRST_NAMES = ['Richard E.', 'Anne', 'James F.', 'Pamela', 'Robert', 'Mary', 'John', 'Susan'];
const HEADINGS = ['BACKGROUND', 'COMMENT', 'ECONOMIC OUTLOOK', 'NEXT STEPS', 'POLITICAL REACTION', 'SECOND ADVISORY COUNCIL MEETING', 'MEETING WITH THE MINISTER'];
const WORDS = (
  'the government ministry officials said that would will new economic political security regional cooperation development ' +
  'program minister embassy ambassador meeting agreement support national international president parliament opposition ' +
  'election reform energy oil gas water environment border trade investment military police human rights press media civil ' +
  'society local noted according plan budget project conference delegation visit talks issue concerns policy strategy public ' +
  'private sector bank financial crisis growth health education agriculture law court judicial corruption investigation ' +
  'report council committee party leader deputy director department foreign affairs defense interior justice and of to in ' +
  'for on with by from at as its their this these after before during under over between against about also not only more ' +
  "than most some all other such first last next year month week country's government's minister's didn't won't"
).split(' ');
const PHRASES = ['"green growth"', '"strategic partnership"', '(MCED)', '(OSCE)', '(ESCAP)', '"reset"', '"road map"'];

/** Writes a synthetic cables.csv of `count` rows (or about `bytes` bytes) to `file`, in 4 MB batches. Returns { rows, bytes }. */
function writeSyntheticCsv(file, { count = Infinity, bytes = Infinity, seed = 1 }) {
  const rand = prng(seed);
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const pad = (n, w) => String(n).padStart(w, '0');
  const addr = (post) => `${post.ri}/${post.from}`;

  const sentence = () => {
    const n = int(8, 18);
    const words = [];
    for (let i = 0; i < n; i++) words.push(rand() < 0.03 ? pick(PHRASES) : pick(WORDS));
    const first = words[0];
    words[0] = first[0].toUpperCase() + first.slice(1);
    return `${words.join(' ')}.`;
  };
  const wrap = (text, width, trail) => {
    const out = [];
    let line = '';
    for (const word of text.split(' ')) {
      if (line.length > 0 && line.length + 1 + word.length > width) {
        out.push(line + trail);
        line = word;
      } else line = line.length > 0 ? `${line} ${word}` : word;
    }
    if (line.length > 0) out.push(line + trail);
    return out;
  };

  function cable(rowId) {
    const post = pick(POSTS);
    const cls = pick(CLASSIFICATIONS);
    const year = rand() < 0.9 ? int(2003, 2010) : int(1989, 2002);
    const yy = pad(year % 100, 2);
    const month = int(1, 12);
    const day = int(1, 28);
    const hour = int(0, 23);
    const minute = int(0, 59);
    const serial = int(1, 2999);
    const refid = `${yy}${post.post}${serial}`;
    const trail = rand() < 0.7 ? ' ' : '';
    const sections = rand() < 0.2 ? int(2, 3) : 1;

    // Routing header.
    const h = [];
    h.push(`VZCZC${pick(['XRO', 'XYZ', 'XRS'])}${pad(int(0, 9999), 4)}`);
    h.push(`${pick(['OO', 'PP', 'RR', 'OO'])} ${pick(POSTS).ri}${rand() < 0.3 ? ` ${pick(POSTS).ri}` : ''}`);
    const julian = pad(Math.min(365, (month - 1) * 30 + day), 3);
    h.push(`DE ${post.ri} #${pad(serial, 4)}${sections > 1 ? '/01' : ''} ${julian}${pad(hour, 2)}${pad(minute, 2)}`);
    h.push(`ZNR ${cls.sec} ZZH`);
    const prec = pick(['O', 'P', 'R', 'O']);
    h.push(`${prec} ${pad(day, 2)}${pad(hour, 2)}${pad(minute, 2)}Z ${MONTHS[month - 1]} ${yy}`);
    h.push(`FM ${post.from}`);
    const mcn = () => (rand() < 0.8 ? ` ${int(1, 9999)}` : '');
    const precWord = { O: 'IMMEDIATE', P: 'PRIORITY', R: 'ROUTINE' }[prec];
    h.push(post.post === 'STATE' ? `TO ${addr(pick(POSTS))} ${precWord}${mcn()}` : `TO RUEHC/SECSTATE WASHDC ${precWord}${mcn()}`);
    const info = int(0, 7);
    for (let i = 0; i < info; i++) {
      const addressee = rand() < 0.4 ? pick(COLLECTIVES) : `${addr(pick(POSTS))}`;
      h.push(`${i === 0 ? 'INFO ' : ''}${addressee}${mcn()}`);
    }

    // Preamble.
    const c = [];
    const blank = trail ? ' ' : '';
    const banner = `${pick(cls.line)} ${sections > 1 ? `SECTION 01 OF ${pad(sections, 2)} ` : ''}${post.name} ${pad(serial, 6)}`;
    c.push(banner + trail, blank);
    for (const handling of cls.handling) c.push(handling + trail);
    c.push(`SIPDIS${trail}`, blank);
    if (rand() < 0.5) c.push(`STATE FOR ${pick(['SCA/CEN', 'EUR/RUS', 'WHA/MEX', 'NEA/I', 'EAP/CM', 'INR'])}, ${pick(['OES', 'EEB', 'DRL', 'PM'])}${trail}`, blank);
    const classified = !cls.name.startsWith('UNCLASSIFIED');
    const decl = `${pad(month, 2)}/${pad(day, 2)}/${year + 10}`;
    c.push(classified ? `E.O. 12958: DECL: ${decl}${trail}` : `E.O. 12958: N/A${trail}`);
    const tags = new Set();
    for (let i = int(2, 5); i > 0; i--) tags.add(pick(TAGS));
    tags.add(post.geo);
    c.push(`TAGS: ${[...tags].join(' ')}${trail}`);
    const subject = `SUBJECT: ${post.country}: ${sentence().slice(0, -1).toUpperCase()}`;
    for (const line of wrap(subject, 69, trail)) c.push(line);
    c.push(blank);
    const refs = [];
    const nRefs = rand() < 0.5 ? 0 : int(1, 3);
    if (nRefs > 0) {
      const written = [];
      for (let i = 0; i < nRefs; i++) {
        const other = pick(POSTS);
        const ry = pad(Math.max(0, (year % 100) - int(0, 1)), 2);
        const rs = int(1, 9999);
        refs.push(`${ry}${other.post}${rs}`);
        written.push(`${nRefs > 1 ? `${String.fromCharCode(65 + i)}) ` : ''}${ry} ${other.name} ${rs}`);
      }
      c.push(`REF: ${written[0]}${trail}`);
      for (const w of written.slice(1)) c.push(` ${w}${trail}`);
      c.push(blank);
    }
    if (classified) {
      const by = `Classified By: ${pick(['Ambassador', 'DCM', 'Political Officer', "Charge d'Affaires"])} ${pick(FIRST_NAMES)} ${pick(SIGNERS)} for reasons 1.4 (${pick(['b', 'c'])}) and (d)`;
      for (const line of wrap(by, 69, trail)) c.push(line);
      c.push(blank);
    }

    // Body.
    const paragraphs = int(2, 5);
    const pageAt = sections > 1 ? int(1, paragraphs - 1) : -1;
    for (let p = 1; p <= paragraphs; p++) {
      if (p > 1 && rand() < 0.1) c.push(pick(HEADINGS) + trail, blank);
      const sentences = [];
      for (let i = int(1, 4); i > 0; i--) sentences.push(sentence());
      let text = sentences.join('  ');
      if (p === 1 && rand() < 0.4) text = `SUMMARY:  ${text}  END SUMMARY.`;
      const lines = wrap(`${p}.  ${pick(cls.marks)} ${text}`, 69, trail);
      for (const line of lines) c.push(line);
      if (rand() < 0.15) for (let i = int(1, 3); i > 0; i--) c.push(...wrap(`-- ${sentence()}`, 69, trail));
      c.push(blank);
      if (p === pageAt) c.push(`${post.name} ${pad(serial, 8)}  002.3 OF ${pad(sections, 3)}${trail}`, blank, blank);
    }
    c.push(pick(SIGNERS) + trail);

    const month2 = month;
    const date = `${month2}/${day}/${year} ${hour}:${pad(minute, 2)}`;
    const escapeApostrophes = rand() < 0.3;
    const esc = (s) => {
      let out = s.replace(/"/g, '\\"');
      if (escapeApostrophes) out = out.replace(/'/g, "\\'");
      return out;
    };
    return `"${rowId}","${date}","${refid}","${post.origin}","${cls.name}","${refs.join('|')}","${esc(h.join('\n'))}","${esc(c.join('\n'))}"\n`;
  }

  const fd = openSync(file, 'w');
  let rows = 0;
  let written = 0;
  try {
    let batch = [];
    let batchBytes = 0;
    while (rows < count && written + batchBytes < bytes) {
      const row = cable(rows + 1);
      rows++;
      batch.push(row);
      batchBytes += row.length; // ASCII only: characters = bytes
      if (batchBytes >= 4 * MB) {
        written += writeSync(fd, batch.join(''));
        batch = [];
        batchBytes = 0;
      }
    }
    if (batch.length > 0) written += writeSync(fd, batch.join(''));
  } finally {
    closeSync(fd);
  }
  return { rows, bytes: written };
}

// ---------------------------------------------------------------------------------------------
// Measurements

const throughputRows = [];
const spreadRows = [];
const notes = [];

/** Times `parseCables` (best of REPS, after one warm-up pass) and both baselines over `texts`. */
function measureThroughput(label, texts, { warmTexts = texts, parseOptions, budgetMs = Infinity } = {}) {
  const bytes = texts.reduce((sum, t) => sum + bytesOf(t), 0);
  log(`${label}: warm-up`);
  parseAll(warmTexts, parseOptions);
  splitBaseline(warmTexts);
  indexOfBaseline(warmTexts);
  log(`${label}: split baseline`);
  const split = bestOf(REPS, () => splitBaseline(texts));
  log(`${label}: indexOf baseline`);
  const loop = bestOf(REPS, () => indexOfBaseline(texts));
  log(`${label}: parseCables, best of ${REPS}`);
  const parse = bestOf(REPS, () => parseAll(texts, parseOptions), budgetMs);
  const row = { label, bytes, cables: parse.result, ms: parse.ms, runs: parse.runs, splitMs: split.ms, loopMs: loop.ms };
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
  measureThroughput('(a) seed x' + Math.round(seedText.length / seed.length) + ' (archive text)', [seedText]);
  measureSpread('(a) seed cables', splitSeed(seed));

  // (b) the WikiLeaks HTML corpus.
  const corpusFiles = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort() : [];
  if (corpusFiles.length === 0) {
    notes.push(`(b) skipped: no corpus pages at ${CORPUS}.`);
    log('(b) skipped: no corpus');
  } else {
    const pages = corpusFiles.map((f) => readFileSync(join(CORPUS, f), 'utf8'));
    measureThroughput(`(b) corpus: ${pages.length} WikiLeaks HTML pages`, pages);
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
  const whole = measureThroughput(`(c) cables.csv, ${CSV_CABLES.toLocaleString('en-US')} cables: parseCables(whole string)`, [csv], { warmTexts: [warmCsv], parseOptions: { maxInputLength: Infinity }, budgetMs: CSV_BUDGET_MS });
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
  const stream = await bestOfAsync(REPS, () => streamAll(csvFile), CSV_BUDGET_MS);
  throughputRows.push({ label: `(c) same file: readCablesCsv(createReadStream(file))`, bytes: csvInfo.bytes, cables: stream.result, ms: stream.ms, runs: stream.runs, splitMs: whole.splitMs, loopMs: whole.loopMs });
  const rawRead = await bestOfAsync(REPS, async () => {
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
  if (has('--ndjson')) cliRuns.push(has('--out') ? ['parse', '--ndjson', '--out', '/dev/null', bigFile] : ['parse', '--ndjson', bigFile]);
  else notes.push('CLI: `parse --ndjson` is not supported yet (not in `--help`); only `check` was run on the big CSV.');
  for (const args of cliRuns) {
    log(`CLI: ${args.join(' ').replace(TMP, '$TMP')}`);
    const r = await runCli(args);
    cliRows.push({ command: `cablekit ${args.join(' ').replace(bigFile, `<${fmt(bigInfo.bytes / MB, 0)} MB csv>`)}`, input: bigInfo, ...r });
  }
  rmSync(bigFile, { force: true });

  // CLI: --jobs 1 vs --jobs 2 on (c).
  let jobs = null;
  if (has('--jobs')) {
    jobs = [];
    for (const n of [1, 2]) {
      log(`CLI: check --jobs ${n} on (c)`);
      const r = await runCli(['check', '--jobs', String(n), csvFile]);
      jobs.push({ n, ...r });
    }
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
  p(`- Repetitions: best of ${REPS} after a warm-up pass (parse runs of (c) stop after 2 once they took ${fmt(CSV_BUDGET_MS / 1000, 0)} s; see "runs"); baselines best of ${REPS}; per-item spread best of ${SPREAD_REPS}; CLI runs once each`);
  p(`- CLI memory run: ${BIG ? '1 GB (BENCH_BIG=1)' : '200 MB (default; BENCH_BIG=1 for 1 GB)'} synthetic CSV`);
  p();
  p('## Throughput (single thread, one process)');
  p();
  p("| input | MB | cables | parse ms (best) | runs | parse MB/s | cables/s | split('\\n') MB/s | indexOf loop MB/s | parse / faster baseline |");
  p('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of throughputRows) {
    const mbps = r.bytes / MB / (r.ms / 1000);
    const splitMbps = r.bytes / MB / (r.splitMs / 1000);
    const loopMbps = r.bytes / MB / (r.loopMs / 1000);
    r.ratio = mbps / Math.max(splitMbps, loopMbps);
    p(`| ${r.label} | ${fmt(r.bytes / MB)} | ${r.cables.toLocaleString('en-US')} | ${fmt(r.ms, 0)} | ${r.runs} | ${fmt(mbps)} | ${fmt(r.cables / (r.ms / 1000), 0)} | ${fmt(splitMbps)} | ${fmt(loopMbps)} | ${fmt(r.ratio, 3)} (1/${fmt(1 / r.ratio, 0)}) |`);
  }
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
    p('| command | wall s | CPU s (user+sys) | peak RSS MiB | exit |');
    p('| --- | ---: | ---: | ---: | --- |');
    for (const j of jobs) p(`| \`cablekit check --jobs ${j.n} <(c) csv>\` | ${fmt(j.ms / 1000, 2)} | ${fmt(j.cpuSeconds, 1)} | ${fmt(j.peakRssMiB, 0)} | ${ended(j)} |`);
    p();
    p(`Speed-up of --jobs 2 over --jobs 1: ${fmt(jobs[0].ms / jobs[1].ms, 2)}x`);
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
  else p(`| --jobs 2 >= 1.6x faster than --jobs 1 on (c) | ${fmt(jobs[0].ms / jobs[1].ms, 2)}x | ${yes(jobs[0].ms / jobs[1].ms >= 1.6)} |`);
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
