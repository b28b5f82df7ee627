/**
 * Input shapes, a metamorphic test: the same cable text gives the same content fields
 * whichever shape it comes in (docs/cable-format.md section 1, "input formats").
 *
 * Cables: the 25 seed cables (cut out of `fixtures/seed-astana.txt` the way the archive
 * reader cuts them: from after the metadata row to the `Wikileaks` trailer) and every
 * single-cable plain-text era fixture in `test/eras/` (`NN-*.txt` that `detectFormat` reads
 * as plain text, not an HTML page or an archive dump, and whose expected file has no
 * `"multi": true`).
 *
 * For each cable text T the test builds:
 *   (a) T with CRLF line ends;
 *   (b) T with a trailing space on every line (the archive dump convention; a text already
 *       in it keeps its cable lines as they are, see `trailingSpaces`);
 *   (c) a WikiLeaks HTML page: site chrome, the `<table class='cable'>` metadata table, then
 *       the routing header and the rest of the cable in two `<code><pre>` blocks (one when
 *       the cable has no header, or text stands before it), line ends written `&#x000A;`,
 *       `&`, `<`, `>` escaped (entities T already holds, scraping damage, left raw, see
 *       `escapeKeepingEntities`), paragraph anchors before numbered paragraphs and TAGS as
 *       links, as the site writes them (05MINSK851.html of the corpus);
 *   (d) a `cables.csv` row: 8 quoted fields, the routing header in `header`, the rest in
 *       `content`, `"` and `\` escaped with a backslash;
 *   (e) an archive page text dump in the layout of `fixtures/seed-astana.txt`: the page's
 *       `Category Archives:` line, then the entry (title line, the site's boilerplate, the
 *       row header `Reference ID Created Released Classification Origin`, the metadata row,
 *       T, the `Wikileaks` trailer), read with `parseCables` (one cable expected); and a dump
 *       of two entries, T's and the next case's (the last case's with the first's), each
 *       cable compared with its own plain parse (`archive-dump-2`);
 *   (f) T, a blank line and the next case's text pasted in one plain text, read with
 *       `parseCables` (two cables expected, each compared with its own plain parse), for
 *       the pairs in which both texts start visibly: a routing header (`VZCZC...`, a DTG or
 *       `FM` line) or a banner as their first non-blank line (`startsVisibly`).
 * and compares the content fields of each parse with those of `parseCable(T)`. The archive
 * metadata of the HTML table, the CSV row and the dump's row is the seed's own row, or for an era file one
 * that agrees with its text (its id, its DTG as creation time), since the parser takes the
 * year of references and DTGs from it.
 *
 * Fields left out, because a shape may rightly change them:
 *   - `metadata`, `referenceId`: the HTML table and the CSV row carry archive metadata that
 *     plain text has not (the reference id then comes from the archive, not the banner);
 *   - `spans`, `unparsed`, diagnostic offsets and lines: positions point into the input,
 *     which differs by shape (CRLF, trailing spaces, markup, escapes);
 *   - `diagnostics`: the wrapper adds its own (entities decoded, metadata read) and
 *     positions differ;
 *   - in the HTML shape, a plain copy whose field keyword an inserted break cut (`SUBJ` / `ECT:`): a page's preamble
 *     repair keeps that break by design (`preambleBreakRules`), so the page is not compared (one era file, 3420);
 *   - in the joined shape, a copy whose lines end with a backslash (a Markdown hard break): the line-end backslash repair
 *     is decided over the whole text, so such a copy is not pasted next to another (one era file, 3914);
 *   - `body`, `pages`, `distribution`, `post`, `serial`, `section`, `sipdis`, `subjectMarking`,
 *     `correctionNote`, and the header's relay/originator/transmission id: not in the brief's
 *     list of content fields (other tests pin them).
 * The header is compared on `from`, the `to` and `info` addresses and the DTG.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseCable, parseCables, type ArchiveMetadata, type Cable } from '../src/index.js';
import { loadSeed } from './load-fixtures.js';

// The era files are read with `node:fs` (this test runs in the node project only): the same files as test/eras.test.ts
// reads with `import.meta.glob`, whose transform of some 1,800 modules alone takes longer than this whole test.
const erasDir = fileURLToPath(new URL('./eras/', import.meta.url));

/** One cable text to put into every shape. */
interface Case {
  /** Where it comes from: `seed[3] 10ASTANA123` or the era file name. */
  name: string;
  /** The cable text as plain text. */
  text: string;
  /** Archive metadata for the wrappers that carry it (HTML table, CSV row). */
  metadata: ArchiveMetadata;
  /** `parseCable(text)`: the plain parse every shape is compared with. */
  plain: Cable;
}

// ---------------------------------------------------------------------------------------
// Collecting the cables

/** The archive dump's row header and trailer (as `src/text/archive.ts` recognizes them). */
const ROW_HEADER = /^\s*Reference ID\s+Created\s+(?:Released\s+)?Classification\s+Origin\s*$/;
const TRAILER = /^\s*wikileaks\s*$/i;

function splitLinesOf(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

function isBlankLine(s: string): boolean {
  return s.trim() === '';
}

/** Blank lines at both ends dropped. */
function trimBlankLines(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && isBlankLine(lines[a] as string)) a++;
  while (b > a && isBlankLine(lines[b - 1] as string)) b--;
  return lines.slice(a, b);
}

/** The seed's cables: the text between each metadata row and its page trailer, with the archive's metadata. */
function seedCases(): Case[] {
  const seed = loadSeed();
  const archive = parseCables(seed);
  const lines = splitLinesOf(seed);
  const texts: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!ROW_HEADER.test(lines[i] as string)) continue;
    let stop = i + 2;
    while (stop < lines.length && !TRAILER.test(lines[stop] as string) && !ROW_HEADER.test(lines[stop] as string)) stop++;
    texts.push(trimBlankLines(lines.slice(i + 2, stop)).join('\n'));
  }
  if (texts.length !== archive.length) throw new Error(`seed: ${texts.length} texts cut, ${archive.length} cables parsed`);
  return texts.map((text, k) => {
    const metadata = archive[k]?.metadata;
    if (metadata === null || metadata === undefined) throw new Error(`seed[${k}] has no archive metadata`);
    return { name: `seed[${k}] ${metadata.referenceId}`, text, metadata, plain: parseCable(text) };
  });
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/**
 * The day and month of a DTG whose time is garbled (`21O915Z NOV 79`: no `datetime`), so the
 * archive's creation date agrees with the cable (a reference's year depends on it).
 */
function dateOfGarbledDtg(text: string, year: string): string | null {
  // (The day may be garbled too: `2O0915Z NOV 96`, a letter O for a zero.)
  const m = /^([\dOIl]{2})\S*\s+([A-Z]{3})\s+\d{2}$/.exec(text);
  const month = m === null ? -1 : MONTHS.indexOf(m[2] as string);
  if (m === null || month < 0) return null;
  const day = Math.min(28, Math.max(1, Number((m[1] as string).replace(/O/g, '0').replace(/[Il]/g, '1'))));
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}T12:00`;
}

/** Metadata consistent with the cable's own text: its id (banner + DTG) and its DTG as the creation time. */
function metadataFromText(plain: Cable): ArchiveMetadata {
  const dtg = plain.header?.dtg?.datetime ?? null;
  const idYear = plain.referenceId !== null ? Number(plain.referenceId.slice(0, 2)) : null;
  const year = dtg !== null ? dtg.slice(0, 4) : idYear !== null ? String(idYear < 50 ? 2000 + idYear : 1900 + idYear) : '2000';
  const created = dtg !== null ? dtg.slice(0, 16) : (dateOfGarbledDtg(plain.header?.dtg?.text ?? '', year) ?? `${year}-01-01T00:00`);
  const referenceId = plain.referenceId ?? `${year.slice(2)}${(plain.post ?? 'XXXX').replace(/\s+/g, '')}${Number(plain.serial ?? '1')}`;
  return {
    referenceId,
    created,
    released: null,
    classification: plain.classification.level ?? 'UNCLASSIFIED',
    origin: plain.header?.from ?? plain.post ?? 'Unknown',
    title: null,
    mediaUrls: [],
  };
}

/** The single-cable plain-text era fixtures. */
function eraCases(): Case[] {
  const out: Case[] = [];
  for (const file of readdirSync(erasDir).sort()) {
    const name = /^(\d+-.+)\.txt$/.exec(file)?.[1];
    if (name === undefined) continue;
    const expected = JSON.parse(readFileSync(`${erasDir}${name}.expected.json`, 'utf8')) as Record<string, unknown>;
    if (expected['multi'] === true) continue;
    const text = readFileSync(`${erasDir}${file}`, 'utf8');
    if (detectFormat(text) !== 'text') continue; // an HTML page or an archive dump
    const plain = parseCable(text);
    out.push({ name: file, text, metadata: metadataFromText(plain), plain });
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Building the shapes

/** (a) CRLF line ends. */
function crlf(text: string): string {
  return splitLinesOf(text).join('\r\n');
}

/**
 * True when the text already follows the archive convention (most non-blank lines end in a
 * space). In such a text a line WITHOUT the trailing space is meaningful: it marks a line
 * break a scraper inserted (`juvenile justice c` / `enters`, `Raffarin&#82` / `17;s`), which
 * the parser repairs; giving that line a space too would change the cable, not its shape.
 */
function inArchiveConvention(lines: string[]): boolean {
  const text = lines.filter((l) => !isBlankLine(l));
  return text.length > 0 && text.filter((l) => l.endsWith(' ')).length * 2 >= text.length;
}

/**
 * (b) A trailing space on every line (lines that already end in one keep one). In a text
 * whose lines after the routing header already follow the archive convention (the seed: its
 * header lines have no trailing space, its cable lines have), only the header lines get one
 * (see `inArchiveConvention`).
 */
function trailingSpaces(text: string, plain: Cable): string {
  const lines = splitLinesOf(text);
  const headerLines = headerLineCount(text, plain);
  const convention = inArchiveConvention(lines.slice(headerLines));
  return lines.map((l, k) => (l.endsWith(' ') || (convention && k >= headerLines) ? l : `${l} `)).join('\n');
}

/**
 * The text cut where its routing header ends (by the plain parse's header span), as the
 * archive splits it: the header block, then the rest from its first non-blank line.
 */
function headerAndBody(text: string, plain: Cable): { header: string[]; body: string[] } {
  const lines = splitLinesOf(text);
  const end = plain.spans.header?.end ?? null;
  const start = plain.spans.header?.start ?? null;
  // Text before the routing header (an archive record, junk lines): no archive puts it in the header field; the page
  // then holds the cable in one block, as pages without a header block do.
  if (end === null || start === null || plain.header === null || !isBlankLine(text.slice(0, start))) return { header: [], body: trimBlankLines(lines) };
  const k = headerLineCount(text, plain);
  return { header: trimBlankLines(lines.slice(0, k)), body: trimBlankLines(lines.slice(k)) };
}

/** How many lines of the text, from the first, the routing header takes (by the plain parse's header span); 0 without one. */
function headerLineCount(text: string, plain: Cable): number {
  const end = plain.spans.header?.end ?? null;
  if (end === null || plain.header === null) return 0;
  let offset = 0;
  let k = 0;
  const re = /\r\n|\n|\r/g;
  while (offset < end && offset < text.length) {
    k++;
    re.lastIndex = offset;
    const m = re.exec(text);
    offset = m === null ? text.length : m.index + m[0].length;
  }
  return k;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An entity in the cable text (scraping damage the parser decodes): `&#8217;`, `&#x000A;`, `&amp;`. */
const ENTITY = /&(?:#[xX][0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z]{2,8});/g;
/** The head of an entity cut at the end of a line (`Raffarin&#82`) and its tail on the next (`17;s`). */
const ENTITY_HEAD = /&#?[xX]?[0-9A-Za-z]{0,7}$/;
const ENTITY_TAIL = /^#?[xX]?[0-9A-Za-z]{0,7};/;
const WHOLE_ENTITY = /^&(?:#[xX][0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z]{2,8});$/;

/** Length of the entity cut between `line` and `next`, as `[head, tail]` lengths, or `null`. */
function splitEntity(line: string, next: string | undefined): [number, number] | null {
  if (next === undefined) return null;
  const h = ENTITY_HEAD.exec(line);
  const t = ENTITY_TAIL.exec(next);
  if (h === null || t === null || !WHOLE_ENTITY.test(h[0] + t[0])) return null;
  return [h[0].length, t[0].length];
}

/**
 * Text escaped for a `<pre>`, entities the cable text already holds (scraping damage) left as
 * they are: the page the damage came from had them raw, and the parser decodes them in both shapes.
 */
function escapeKeepingEntities(s: string): string {
  let out = '';
  let at = 0;
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(s); m !== null; m = ENTITY.exec(s)) {
    out += escapeHtml(s.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + escapeHtml(s.slice(at));
}

/** A numbered paragraph's label at the start of a line: `1. `, `12.  `. */
const PARAGRAPH_START = /^(\d{1,3})\.\s/;
/** The TAGS line. */
const TAGS_LINE = /^(TAGS:?)(\s.*)$/;

/**
 * One cable line as the site writes it in a `<pre>`: escaped, a paragraph anchor before `1.`,
 * tags as links; `head`/`tail` characters at its end/start are the parts of a cut entity, kept raw.
 */
function htmlLine(line: string, head = 0, tail = 0): string {
  const t = TAGS_LINE.exec(line);
  if (t !== null && head === 0 && tail === 0) {
    const rest = escapeKeepingEntities(t[2] as string).replace(/\b([A-Z][A-Z0-9]{1,11})\b(?![^<]*>)/g, (tag) => `<a href='/tag/${tag}_0.html'>${tag}</a>`);
    return `${t[1] as string}${rest}`;
  }
  const text = line.slice(tail, line.length - head);
  const escaped = line.slice(0, tail) + escapeKeepingEntities(text) + line.slice(line.length - head);
  const p = PARAGRAPH_START.exec(line);
  if (p !== null && tail === 0) return `<a id='par${p[1] as string}' href='#par${p[1] as string}'>\u00b6</a>${escaped}`;
  return escaped;
}

/**
 * A `<pre>` block's content: lines joined by `&#x000A;`; an entity the text has cut over two
 * lines is written as the damaged pages have it, head and tail raw around a real line break.
 */
function preContent(lines: string[]): string {
  let out = '';
  let tail = 0;
  lines.forEach((line, k) => {
    const cut = splitEntity(line, lines[k + 1]);
    out += htmlLine(line, cut?.[0] ?? 0, tail);
    if (k + 1 < lines.length) out += cut !== null ? '\n' : '&#x000A;';
    tail = cut?.[1] ?? 0;
  });
  return out;
}

/** `2010-02-26T08:05` -> `2010-02-26 08:05`. */
function tableDate(iso: string): string {
  return iso.replace('T', ' ');
}

/** (c) A WikiLeaks Cable Viewer page (5-column table, as on 05MINSK851.html). */
function wikileaksPage(c: Case, plain: Cable): string {
  const m = c.metadata;
  const { header, body } = headerAndBody(c.text, plain);
  const pre = (lines: string[]): string => `<code><pre>${preContent(lines)}</pre></code>`;
  const released = m.released ?? '2011-08-30T01:44';
  return [
    "<?xml version='1.0' encoding='utf-8' ?>",
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    "<html lang='en' xml:lang='en' xmlns='http://www.w3.org/1999/xhtml'>",
    '<head>',
    `<title>Cable Viewer</title>`,
    "<script type='text/javascript'>function sh(i) { return false; }</script>",
    '</head>',
    '<body>',
    "<div class='pane big'>",
    `<h3>Viewing cable ${m.referenceId}, ${escapeHtml((plain.subject ?? '').slice(0, 60))}</h3>`,
    '<div>',
    'If you are new to these pages, please read an introduction on the <a href="#help_1" onclick="return sh(1);">structure of a cable</a>.',
    '<br />',
    '</div>',
    "<table class='cable'>",
    '<tr>',
    '<th>Reference ID</th>',
    '<th>Created</th>',
    '<th>Released</th>',
    '<th>Classification</th>',
    '<th>Origin</th>',
    '</tr>',
    '<tr>',
    '<td>',
    `<a href='/cable/x/${m.referenceId}.html'>${m.referenceId}</a>`,
    '</td>',
    '<td>',
    `<a href='/date/x_0.html'>${tableDate(m.created)}</a>`,
    '</td>',
    '<td>',
    `<a href='/reldate/x_0.html'>${tableDate(released)}</a>`,
    '</td>',
    '<td>',
    `<a href='/classification/5_0.html' title='x'>${escapeHtml(m.classification)}</a>`,
    '</td>',
    '<td>',
    `<a href='/origin/70_0.html'>${escapeHtml(m.origin)}</a>`,
    '</td>',
    '</tr>',
    '</table>',
    ...(header.length > 0 ? [pre(header)] : []),
    pre(body),
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A `cables.csv` field: `\` -> `\\`, `"` -> `\"`, quoted. */
function csvField(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `2010-02-26T08:05` -> `2/26/2010 8:05`. */
function csvDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (m === null) throw new Error(`bad date ${iso}`);
  return `${Number(m[2])}/${Number(m[3])}/${m[1] as string} ${Number(m[4])}:${m[5] as string}`;
}

/** (d) One `cables.csv` row. */
function csvRow(c: Case, plain: Cable, k: number): string {
  const m = c.metadata;
  const { header, body } = headerAndBody(c.text, plain);
  const refs = plain.references.map((r) => r.referenceId).filter((r): r is string => r !== null);
  return (
    [String(1000 + k), csvDate(m.created), m.referenceId, m.origin, m.classification, refs.join('|'), header.join('\n'), body.join('\n')]
      .map(csvField)
      .join(',') + '\n'
  );
}

/** The site's boilerplate between an archive entry's title line and its metadata row header (as in `fixtures/seed-astana.txt`). */
const ARCHIVE_BOILERPLATE = [
  'WikiLeaks Link',
  '',
  'To understand the justification used for the classification of each cable, please use this WikiSource article as reference.',
  'Discussing cables',
  'If you find meaningful or important information in a cable, please link directly to its unique reference number. Linking to a specific paragraph in the body of a cable is also possible by copying the appropriate link (to be found at theparagraph symbol).Please mark messages for social networking services like Twitter with the hash tags #cablegate and a hash containing the reference ID e.g. #10ASTANA270.',
];

/**
 * One entry of an archive page text dump, as the seed has them: the title line (`10ASTANA270, <title>`), the
 * boilerplate, the row header, the metadata row (created and released as `2010-02-26 08:05`), a blank line, the cable
 * text as written, a blank line, the `Wikileaks` trailer and a blank line.
 */
function archiveEntry(c: Case): string[] {
  const m = c.metadata;
  const title = (c.plain.subject ?? 'UNTITLED').slice(0, 60);
  const released = m.released ?? '2011-08-30T01:44';
  return [
    `${m.referenceId}, ${title}`,
    '',
    ...ARCHIVE_BOILERPLATE,
    'Reference ID Created Released Classification Origin',
    `${m.referenceId} ${tableDate(m.created)} ${tableDate(released)} ${m.classification} ${m.origin}`,
    '',
    ...trimBlankLines(splitLinesOf(c.text)),
    '',
    'Wikileaks',
    '',
  ];
}

/** (e) An archive page text dump holding the given cables' entries, after the page's `Category Archives:` line. */
function archiveDump(entries: Case[]): string {
  return ['Category Archives: UNCLASSIFIED', '', ...entries.flatMap(archiveEntry)].join('\n');
}

/**
 * True when the cable's first non-blank line is where it visibly starts: a `VZCZC...` transmission id, a DTG line or
 * an `FM` line (a routing header), or a classification banner (as the plain parse read them). Only such cables can be
 * told apart when pasted one after another: a text with neither has no visible start, so no reader can split it.
 */
function startsVisibly(c: Case): boolean {
  const m = /^(?:[ \t]*(?:\r\n|\n|\r))*/.exec(c.text);
  const a = m?.[0].length ?? 0;
  const nl = /\r\n|\n|\r/g;
  nl.lastIndex = a;
  const b = nl.exec(c.text)?.index ?? c.text.length;
  const s = c.plain.spans;
  return [s.transmissionId, s.dtg, s.from, s.classification].some((sp) => sp !== null && sp.start >= a && sp.start < b);
}

/** True when most of a case's non-blank lines end with a backslash (a Markdown copy's hard breaks). */
function backslashEnded(c: Case): boolean {
  const lines = c.text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '');
  return lines.filter((l) => l.trimEnd().endsWith('\\')).length * 2 > lines.length;
}

/** True when two cases are variants of one telegram: the same reference id, read from the same banner. */
function sameCable(a: Case, b: Case): boolean {
  return a.plain.referenceId !== null && a.plain.referenceId === b.plain.referenceId;
}

/**
 * (f) Two cables pasted one after the other: this one (its blank lines at the end dropped), a blank line, the next, each
 * with its own line ends (the blank line in the first one's).
 */
function joinedPlain(a: Case, b: Case): string {
  const eol = /\r\n|\n|\r/.exec(a.text)?.[0] ?? '\n';
  return `${a.text.replace(/(?:(?:\r\n|\n|\r)[ \t]*)*$/, '')}${eol}${eol}${b.text}`;
}

// ---------------------------------------------------------------------------------------
// Comparing

/** The content fields compared, as JSON-comparable values. */
const FIELDS: ReadonlyArray<[string, (c: Cable) => unknown]> = [
  ['classification', (c) => c.classification],
  ['tags', (c) => c.tags],
  ['subject', (c) => c.subject],
  ['references', (c) => c.references.map((r) => ({ label: r.label, referenceId: r.referenceId }))],
  ['classifiedBy', (c) => c.classifiedBy],
  ['executiveOrder', (c) => c.executiveOrder],
  ['header.from', (c) => c.header?.from ?? null],
  ['header.to', (c) => c.header?.to.map((r) => r.address) ?? null],
  ['header.info', (c) => c.header?.info.map((r) => r.address) ?? null],
  ['header.dtg', (c) => c.header?.dtg ?? null],
  ['paragraphs', (c) => c.paragraphs.map((p) => ({ number: p.number, marking: p.marking, heading: p.heading, text: p.text }))],
  ['summary', (c) => c.summary],
  ['comments', (c) => c.comments],
  ['notes', (c) => c.notes],
  ['signer', (c) => c.signer],
];

const MAX_SHOWN = 300;

function show(v: unknown): string {
  const s = JSON.stringify(v) ?? 'undefined';
  return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}...` : s;
}

/** Two values; two long strings around the first character where they differ. */
function showPair(a: unknown, b: unknown): string {
  if (typeof a !== 'string' || typeof b !== 'string' || (a.length <= 120 && b.length <= 120)) return `plain=${show(a)} shape=${show(b)}`;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 50);
  return `(from char ${from}) plain=${show(a.slice(from, i + 70))} shape=${show(b.slice(from, i + 70))}`;
}

/** One line per field that differs: `file | shape | field: plain=... shape=...` (paragraphs: the first that differs). */
function differences(name: string, shape: string, plain: Cable, other: Cable | undefined): string[] {
  if (other === undefined) return [`${name} | ${shape} | (no cable parsed)`];
  const out: string[] = [];
  for (const [field, get] of FIELDS) {
    const a = get(plain);
    let b = get(other);
    // A cable whose text gives no year (no DTG, no banner serial with a date): its references without a year have no id
    // as plain text, and the year of the wrapper's made-up metadata in a shape (see `metadataFromText`).
    if (field === 'references' && plain.header?.dtg?.datetime == null && plain.referenceId === null) {
      const ids = plain.references.map((r) => r.referenceId);
      b = (b as Array<{ label: string | null; referenceId: string | null }>).map((r, k) => (ids[k] === null ? { ...r, referenceId: null } : r));
    }
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (field === 'paragraphs') {
      const pa = a as Array<Record<string, unknown>>;
      const pb = b as Array<Record<string, unknown>>;
      let i = 0;
      while (i < pa.length && i < pb.length && JSON.stringify(pa[i]) === JSON.stringify(pb[i])) i++;
      const x = pa[i];
      const y = pb[i];
      const sub = x !== undefined && y !== undefined ? ['number', 'marking', 'heading', 'text'].find((f) => JSON.stringify(x[f]) !== JSON.stringify(y[f])) : undefined;
      const where = `paragraphs (${pa.length} vs ${pb.length}), first difference at [${i}]${sub !== undefined ? `.${sub}` : ''}`;
      out.push(`${name} | ${shape} | ${where}: ${sub === undefined ? `plain=${show(x)} shape=${show(y)}` : showPair(x?.[sub], y?.[sub])}`);
    } else if (typeof a === 'string' && typeof b === 'string') {
      out.push(`${name} | ${shape} | ${field}: ${showPair(a, b)}`);
    } else {
      out.push(`${name} | ${shape} | ${field}: plain=${show(a)} shape=${show(b)}`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// The test

const cases = [...seedCases(), ...eraCases()];

/** A preamble field keyword cut in two by an inserted line break: `SUBJ` / `ECT: ...`, `RE` / `F: A. ...` (anchored per line, bounded). */
const CUT_FIELD_KEYWORD = /^[ \t]{0,8}(?:SUBJ|SUB|SU|RE|TA|TAG)[ \t]*\r?\n[ \t]{0,8}(?:ECT|JECT|BJECT|F|GS|S)[ \t]?:/m;

const SHAPES: ReadonlyArray<[string, (c: Case, plain: Cable, k: number) => Cable | undefined]> = [
  ['crlf', (c) => parseCable(crlf(c.text))],
  ['trailing-space', (c, plain) => parseCable(trailingSpaces(c.text, plain))],
  // (Not a plain copy whose field keyword itself an inserted break cut, `SUBJ` / `ECT: PAKISTAN: ...`: the plain reader
  // joins the halves, a page's preamble repair reads a `WORD:` line as a field's start and keeps the break, by design:
  // see `preambleBreakRules` in src/body/break-rules.ts.)
  ['wikileaks-html', (c, plain) => (CUT_FIELD_KEYWORD.test(c.text) ? plain : parseCable(wikileaksPage(c, plain)))],
  ['cables-csv', (c, plain, k) => {
    const cables = parseCables(csvRow(c, plain, k));
    return cables.length === 1 ? cables[0] : undefined;
  }],
  ['archive-dump', (c) => {
    const cables = parseCables(archiveDump([c]));
    return cables.length === 1 ? cables[0] : undefined;
  }],
];

/** Shapes holding two cables (a case's and the next case's, the last case's with the first's), each compared with its own plain parse. */
const PAIR_SHAPES: ReadonlyArray<[string, (a: Case, b: Case) => Cable[] | null]> = [
  ['archive-dump-2', (a, b) => parseCables(archiveDump([a, b]))],
  // Only pairs of cables that both start visibly (see `startsVisibly`): in a text with neither a routing header nor a
  // banner as its first line nothing marks where the second cable starts, so no reader can split it there.
  // (Nor two copies of one cable, two fixtures writing variants of the same telegram: the same serial after the second
  // header is read as that cable's next part, as a joined section's header is.)
  // (Nor a copy whose every line ends with a backslash, a Markdown hard break: the line-end backslash repair is decided
  // over the whole text, and pasted next to a copy without them it is not made: one era file, 3914.)
  ['joined-plain', (a, b) => (startsVisibly(a) && startsVisibly(b) && !sameCable(a, b) && !backslashEnded(a) && !backslashEnded(b) ? parseCables(joinedPlain(a, b)) : null)],
];

describe('input shapes: the same cable text gives the same content fields in every shape', () => {
  it('has the 25 seed cables and the single-cable plain-text era fixtures', () => {
    expect(cases.filter((c) => c.name.startsWith('seed[')).length).toBe(25);
    expect(cases.length).toBeGreaterThan(25);
  });

  for (const [shape, build] of SHAPES) {
    it(shape, () => {
      const diffs: string[] = [];
      cases.forEach((c, k) => {
        diffs.push(...differences(c.name, shape, c.plain, build(c, c.plain, k)));
      });
      expect(diffs).toEqual([]);
    });
  }

  for (const [shape, build] of PAIR_SHAPES) {
    it(shape, () => {
      const diffs: string[] = [];
      let pairs = 0;
      cases.forEach((a, k) => {
        const b = cases[(k + 1) % cases.length] as Case;
        const cables = build(a, b);
        if (cables === null) return;
        pairs++;
        if (cables.length !== 2) {
          diffs.push(`${a.name} + ${b.name} | ${shape} | ${cables.length} cables parsed, 2 expected`);
          return;
        }
        diffs.push(...differences(a.name, `${shape} (first, before ${b.name})`, a.plain, cables[0]));
        diffs.push(...differences(b.name, `${shape} (second, after ${a.name})`, b.plain, cables[1]));
      });
      expect(pairs).toBeGreaterThan(0);
      expect(diffs).toEqual([]);
    });
  }
});
