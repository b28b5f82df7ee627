#!/usr/bin/env node
/**
 * The corpus numbers of docs/corpus-report.md (not part of the test suite): parses every
 * WikiLeaks page of the developer corpus with the built library (`npm run build` first)
 * and compares with the corpus's index.json.
 *
 *   node scripts/corpus-numbers.mjs [/path/to/corpus]
 *   CABLEKIT_DIST=/tmp/build/dist/index.js node scripts/corpus-numbers.mjs [/path/to/corpus]   (another build)
 *
 * "Contains" (the denominator for header and preamble fields) is judged on the page's
 * own cable text, independently of the parser: a DTG line, a line starting `FM `, a `TO `
 * line after it, a line starting `SUBJ`, a line starting `TAGS`.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// The built library: `../dist/index.js`, or another build named by CABLEKIT_DIST (its index.js), to check a build made elsewhere.
const { lineColumn, parseCable, parseCables, readCablesCsv } = await import(process.env.CABLEKIT_DIST ? pathToFileURL(resolve(process.env.CABLEKIT_DIST)).href : '../dist/index.js');

const corpus = resolve(process.argv[2] ?? '../shared/corpus');
if (!existsSync(join(corpus, 'index.json'))) {
  console.log(`No corpus at ${corpus}; nothing to check.`);
  process.exit(0);
}
const index = JSON.parse(readFileSync(join(corpus, 'index.json'), 'utf8'));

/**
 * The text of each `<pre>` block of a page, read crudely and independently of the library. Tags are the pages' lower-case
 * markup (`<a href=...>`, `</a>`, `<br>`); the cable's own angle brackets stay text (`<<Israel>>`).
 */
function preTexts(html) {
  return [...html.matchAll(/<pre>([\s\S]*?)<\/pre>/g)].map((m) => m[1]
    .replace(/<\/?[a-z][a-z0-9]{0,9}(?:[\s/][^>]{0,500})?>/g, '')
    .replace(/&#x000A;/gi, '\n')
    .replace(/&#(\d+);/g, (_, d) => String.fromCharCode(Number(d)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
}

/** The cable text of a page, read crudely and independently of the library: its `<pre>` blocks, a blank line between them. */
function pageText(html) {
  return preTexts(html).join('\n\n');
}

/**
 * The page as the `cables.csv` row the real file writes for it (docs/cable-format.md section 1c): 8 double-quoted fields
 * `id`, `date` (`12/30/2004 5:05`: no leading zeros on month, day, hour), `refid`, `origin`, `classification` (from the
 * index), `references` (empty), `header` (the first `<pre>` block of a page with two) and `content` (the last one). Inside
 * fields `\` is written `\\` (as the library reads it: a page's line-end backslashes, one closing the text) and `"`
 * `\"`; with `apostrophes`, `'` is written `\'` too (the file does so in some rows).
 */
function csvRow(k, entry, html, apostrophes) {
  const blocks = preTexts(html);
  const [date, time] = entry.created.split(' ');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':');
  const field = (s) => {
    const escaped = s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    return `"${apostrophes ? escaped.replace(/'/g, "\\'") : escaped}"`;
  };
  const header = blocks.length === 2 ? blocks[0] : '';
  const content = blocks.length > 0 ? blocks[blocks.length - 1] : '';
  return [String(1000 + k), `${month}/${day}/${year} ${Number(hour)}:${minute}`, entry.referenceId, entry.origin, entry.classification, '', header, content].map(field).join(',');
}

/** A piece of page HTML as text: tags out, entities decoded (crudely, as `pageText`). */
function htmlText(piece) {
  return piece
    .replace(/<[^>]{0,500}>/g, ' ')
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&#(\d{1,7});/g, (_, d) => String.fromCharCode(Number(d)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** How many words (letter and digit runs, any case) of `source` are missing from `value`, counted with repeats. */
function wordsMissing(source, value) {
  const counts = new Map();
  for (const w of source.toLowerCase().match(/[a-z0-9]+/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const w of value.toLowerCase().match(/[a-z0-9]+/g) ?? []) if (counts.has(w)) counts.set(w, counts.get(w) - 1);
  let missing = 0;
  for (const c of counts.values()) if (c > 0) missing += c;
  return missing;
}

/** The level a whole-text marking writes out, by its code (`1. Secret - Entire Text.`: `S`). */
const LEVEL_WORDS = { U: 'unclassified', C: 'confidential', S: 'secret', TS: 'top secret', LOU: 'limited official use' };

/**
 * The most words a paragraph or the subject lacks of the page text its span covers, leaving out
 * what other spans inside it hold (page markers, transmission lines, the signer, unparsed text).
 * A field that drops text its span covers hides it from the coverage check; this finds it. A
 * repaired line break joins a cut word (`su` / `stained`: two words missing), and the subject's
 * portion marking is not part of its value (`(C/NF)`), hence a tolerance of 2.
 */
function mostWordsMissing(html, cable) {
  const holes = [...cable.spans.pages, ...cable.spans.transmission, ...cable.spans.wrapper, ...cable.unparsed.map((u) => u.span)];
  if (cable.spans.signer !== null) holes.push(cable.spans.signer);
  if (cable.spans.classifiedBy !== null) holes.push(cable.spans.classifiedBy);
  holes.sort((a, b) => a.start - b.start);
  const textOf = (span) => {
    let text = '';
    let at = span.start;
    for (const h of holes) {
      if (h.end <= span.start || h.start >= span.end || (h.start <= span.start && h.end >= span.end)) continue;
      if (h.start > at) text += `${html.slice(at, h.start)} `;
      at = Math.max(at, h.end);
    }
    return htmlText(text + html.slice(Math.min(at, span.end), span.end));
  };
  let most = 0;
  cable.paragraphs.forEach((p, i) => {
    // A whole-text marking (`1.Secret - Entire Text.`, `(C - ENTIRE TEXT)`) is the marking's words, not the text's.
    const source = textOf(cable.spans.paragraphs[i]);
    const whole = p.marking !== null && /entire\s+text/i.test(source) ? `${LEVEL_WORDS[p.marking] ?? ''} entire text` : '';
    const value = `${p.number ?? ''} ${p.marking ?? ''} ${whole} ${p.heading ?? ''} ${p.text}`;
    most = Math.max(most, wordsMissing(source, value));
  });
  if (cable.subject !== null && cable.spans.subject !== null) most = Math.max(most, wordsMissing(textOf(cable.spans.subject).replace(/^\s*subj(?:ect)?\b/i, ''), `${cable.subjectMarking ?? ''} ${cable.subject}`));
  return most;
}

/**
 * True when two readings of one cable agree: the page and the text of its `<pre>` blocks (what a
 * reader copies or saves). Reference ids aside: without the page's metadata a reference without
 * a year cannot get one.
 */
function sameReading(a, b) {
  const fields = (c) => JSON.stringify([
    c.subject, c.tags, c.classification.level, c.classification.caveats, c.signer, c.summary, c.distribution, c.classifiedBy?.name ?? null,
    c.header === null ? null : [c.header.dtg?.datetime ?? null, c.header.from, c.header.to.length, c.header.info.length],
    c.paragraphs.map((p) => [p.number, p.marking, p.heading, p.text]),
  ]);
  return fields(a) === fields(b);
}

/** `sameReading`, and the same references (ids included: a `cables.csv` row has metadata too) and reference id. */
function sameRowReading(a, b) {
  return sameReading(a, b) && a.referenceId === b.referenceId && JSON.stringify(a.references) === JSON.stringify(b.references);
}

/** True when field spans, wrapper spans and unparsed pieces cover every non-blank character. */
function covers(text, cable) {
  const covered = new Uint8Array(text.length);
  const mark = (s) => covered.fill(1, s.start, s.end);
  for (const value of Object.values(cable.spans)) {
    if (value === null) continue;
    if (Array.isArray(value)) value.forEach(mark);
    else mark(value);
  }
  cable.unparsed.forEach((u) => mark(u.span));
  for (let i = 0; i < text.length; i++) if (covered[i] === 0 && !/\s/.test(text[i])) return false;
  return true;
}

const rows = new Map();
const tally = (name, ok, id) => {
  const r = rows.get(name) ?? { name, ok: 0, of: 0, failing: [] };
  r.of++;
  if (ok) r.ok++;
  else r.failing.push(id);
  rows.set(name, r);
};
const iso = (s) => (s === null ? null : s.replace(' ', 'T'));
const paragraphTotals = { anchors: 0, found: 0 };

// Every page as a `cables.csv` row (a third of them with `\'` apostrophes), and all rows as one file read as a stream
// by `readCablesCsv`: UTF-8 bytes in 64 KiB chunks cut anywhere (inside a character, an escape, a row).
const csvRows = index.map((entry, k) => csvRow(k, entry, readFileSync(join(corpus, entry.file), 'utf8'), k % 3 === 1));
const csvBytes = new TextEncoder().encode(`${csvRows.join('\n')}\n`);
const csvChunks = [];
for (let at = 0; at < csvBytes.length; at += 65536) csvChunks.push(csvBytes.subarray(at, at + 65536));
const streamed = [];
for await (const c of readCablesCsv(csvChunks)) streamed.push(c);

for (const [k, entry] of index.entries()) {
  const html = readFileSync(join(corpus, entry.file), 'utf8');
  const cable = parseCable(html);
  const text = pageText(html);
  const id = entry.referenceId;
  const m = cable.metadata;
  tally('parsed (no INTERNAL_ERROR)', !cable.diagnostics.some((d) => d.code === 'INTERNAL_ERROR'), id);
  tally('spans + unparsed cover every non-blank character of the page', covers(html, cable), id);
  tally('paragraphs and subject keep the words their spans cover (at most 2 missing, see mostWordsMissing)', mostWordsMissing(html, cable) <= 2, id);
  tally("the page's own text (its <pre> blocks as text) gives the same fields, REF ids aside", sameReading(cable, parseCable(text)), id);
  const fromRow = parseCables(csvRows[k]);
  const sameStreamed = fromRow.length === 1 && streamed.length === index.length && JSON.stringify(fromRow[0]) === JSON.stringify(streamed[k]);
  tally('the page as a cables.csv row gives the same fields, REF ids and referenceId included (parseCables and the readCablesCsv stream agree)', sameStreamed && sameRowReading(cable, fromRow[0]), id);
  tally('diagnostics: line and column are those of the offset in the page', cable.diagnostics.every((d) => {
    const at = lineColumn(html, d.offset);
    return at.line === d.line && at.column === d.column;
  }), id);
  tally('referenceId = index', cable.referenceId === id, id);
  tally('metadata.created = index', m?.created === iso(entry.created), id);
  tally('metadata.released = index', m?.released === iso(entry.released), id);
  tally('metadata.classification = index', m?.classification === entry.classification, id);
  tally('metadata.origin = index', m?.origin === entry.origin, id);
  if (cable.classification.level !== null && /(^|\n)[^\n]{0,80}(UNCLAS|CONFIDENTIAL|SECRET|C O N F|S E C R|LIMITED OFFICIAL)/.test(text)) {
    const want = entry.classification.split('//')[0];
    tally('banner level = metadata level (cables with a banner)', cable.classification.level === want, id);
  }
  if (/^\s*(?:[ZOPR] )?\d{6}Z [A-Z]{3} \d{2}/m.test(text)) tally('header.dtg (cables with a DTG line)', cable.header?.dtg?.datetime != null, id);
  if (/^(?:FM|From:) /m.test(text)) tally('header.from (cables with FM)', cable.header?.from != null, id);
  if (/^(?:FM|From:) [^\n]*\n(?:[^\n]*\n){0,3}TO /m.test(text)) tally('header.to (cables with TO after FM)', (cable.header?.to.length ?? 0) > 0, id);
  if (/^\s*SUBJ/m.test(text)) tally('subject (cables with a SUBJ line)', cable.subject !== null, id);
  if (/^\s*TAGS?\b/m.test(text)) tally('tags (cables with a TAGS line)', cable.tags.length > 0, id);
  // The page marks numbered paragraphs with anchors (`<a id='par3' ...>`), independently of the parser.
  // The page also anchors some numbers that start a wrapped line inside a sentence (`... July 12, /
  // 2005.`, `November / 8.`): in page order, an anchor more than 5 past the last one kept that the
  // next anchor does not continue is not counted (`1 8 2`, `2 3 2008 4`; but `1 17 18 19` is, and so
  // is the first one: a partial extract may start at paragraph 7).
  const numbers = [...html.matchAll(/id='par(\d+)'/g)].map((a) => Number(a[1]));
  const kept = new Set();
  let last = 0;
  for (let k = 0; k < numbers.length; k++) {
    const n = numbers[k];
    if (kept.size > 0 && n > last + 5 && numbers[k + 1] !== n + 1) continue;
    kept.add(n);
    last = Math.max(last, n);
  }
  const anchors = kept.size;
  if (anchors > 0) {
    const numbered = cable.paragraphs.filter((p) => p.number !== null && /^\d+$/.test(p.number)).length;
    tally("numbered paragraphs >= 80% of the page's numbered anchors", numbered >= 0.8 * anchors, id);
    paragraphTotals.anchors += anchors;
    paragraphTotals.found += Math.min(numbered, anchors);
  }
  if (/\b(?:SUMMARY|Summary)\s*:|\bEND\s+SUMMARY\b|^[\s-]*SUMMARY[\s-]*$/m.test(text)) tally('summary (cables with SUMMARY:, END SUMMARY or a SUMMARY heading)', cable.summary !== null, id);
  // Only statements that name a person and give reasons on the page: `Classified By: AMB JAMES C. KENNY`
  // (no reasons), a statement cut off with `...`, or `Derived from Multiple Sources` cannot pass.
  const statement = /Classified By[^\n]*(?:\n[^\n]+){0,2}/i.exec(text)?.[0] ?? '';
  if (/^(SECRET|CONFIDENTIAL)/.test(entry.classification) && /\breasons?\b|\b1\.[4-6]\b/i.test(statement) && !/derived from|multiple sources/i.test(statement)) {
    tally('classifiedBy name + reasons (SECRET/CONFIDENTIAL whose Classified By names a person and reasons)', !!cable.classifiedBy?.name && cable.classifiedBy.reasons.length > 0, id);
  }
}

console.log('| check | passing | of | % | failing |');
console.log('| --- | ---: | ---: | ---: | --- |');
for (const r of rows.values()) {
  console.log(`| ${r.name} | ${r.ok} | ${r.of} | ${((100 * r.ok) / r.of).toFixed(1)}% | ${r.failing.slice(0, 20).join(' ')}${r.failing.length > 20 ? ' ...' : ''} |`);
}
console.log(`\nNumbered paragraphs found (at most one per anchor): ${paragraphTotals.found} of the pages' ${paragraphTotals.anchors} numbered anchors.`);
