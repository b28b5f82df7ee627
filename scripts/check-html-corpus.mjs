#!/usr/bin/env node
/**
 * Corpus check for the WikiLeaks HTML reader (not part of the test suite):
 * runs `readWikileaksHtml` over every page in /work/shared/corpus/wikileaks-html
 * (or the folder given as the first argument's parent, holding index.json) and
 * compares the metadata with index.json. Prints per-field match counts.
 *
 *   node scripts/check-html-corpus.mjs [/path/to/corpus]
 *
 * The TypeScript source is bundled on the fly with esbuild (a dev dependency of the
 * build tools); nothing is written into the repository.
 */

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(process.argv[2] ?? '/work/shared/corpus');
const indexPath = join(corpus, 'index.json');
if (!existsSync(indexPath)) {
  console.log(`No corpus at ${corpus} (index.json missing); nothing to check.`);
  process.exit(0);
}

const out = await build({
  entryPoints: [join(root, 'src/text/wikileaks-html.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
});
const dir = mkdtempSync(join(tmpdir(), 'cablekit-html-'));
const modulePath = join(dir, 'wikileaks-html.mjs');
writeFileSync(modulePath, out.outputFiles[0].text);
const { isWikileaksHtml, readWikileaksHtml } = await import(pathToFileURL(modulePath).href);
rmSync(dir, { recursive: true, force: true });

const index = JSON.parse(readFileSync(indexPath, 'utf8'));
const fields = ['referenceId', 'created', 'released', 'classification', 'origin'];
const counts = Object.fromEntries(['detected', 'metadata', ...fields, 'firstLineNonEmpty', 'title', 'mediaUrls', 'offsetsOk'].map((k) => [k, 0]));
const failures = [];
let totalLines = 0;
let maxMs = 0;
for (const entry of index) {
  const html = readFileSync(join(corpus, entry.file), 'utf8');
  const t0 = performance.now();
  const page = readWikileaksHtml(html);
  maxMs = Math.max(maxMs, performance.now() - t0);
  totalLines += page.lines.length;
  if (isWikileaksHtml(html)) counts.detected++;
  const m = page.metadata;
  if (m !== null) counts.metadata++;
  const expected = {
    referenceId: entry.referenceId,
    created: entry.created === null ? null : entry.created.replace(' ', 'T'),
    released: entry.released === null ? null : entry.released.replace(' ', 'T'),
    classification: entry.classification,
    origin: entry.origin,
  };
  for (const f of fields) {
    if (m !== null && m[f] === expected[f]) counts[f]++;
    else failures.push(`${entry.file}: ${f} ${JSON.stringify(m?.[f])} != ${JSON.stringify(expected[f])}`);
  }
  const first = page.lines[0];
  if (first !== undefined && first.text.trim() !== '') counts.firstLineNonEmpty++;
  else failures.push(`${entry.file}: first line empty or missing`);
  if (m?.title) counts.title++;
  if (m !== null && m.mediaUrls.length > 0) counts.mediaUrls++;
  // Positions: nondecreasing offsets, line numbers agree with the HTML, and a line that
  // starts with a plain character (not from an entity) starts with that character in the HTML.
  let ok = true;
  let prev = 0;
  let lineNo = 1;
  for (const l of page.lines) {
    if (l.offset < prev) ok = false;
    // Count \n, \r\n and \r between the previous line's offset and this one.
    for (let i = prev; i < l.offset; i++) {
      const c = html.charCodeAt(i);
      if (c === 10 || (c === 13 && html.charCodeAt(i + 1) !== 10)) lineNo++;
    }
    prev = l.offset;
    if (lineNo !== l.line) ok = false;
    const c = l.text[0];
    if (c !== undefined && html[l.offset] !== '&' && html[l.offset] !== c) ok = false;
    if (!ok) break;
  }
  if (ok) counts.offsetsOk++;
  else failures.push(`${entry.file}: offsets`);
}

console.log(`pages: ${index.length}, lines: ${totalLines}, slowest page: ${maxMs.toFixed(1)} ms`);
for (const [k, v] of Object.entries(counts)) console.log(`${k.padEnd(18)} ${v} / ${index.length}`);
if (failures.length > 0) {
  console.log(`\n${failures.length} mismatches (first 20):`);
  for (const f of failures.slice(0, 20)) console.log(`  ${f}`);
}
process.exitCode = failures.length > 0 ? 1 : 0;
