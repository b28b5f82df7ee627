/**
 * The streaming `cables.csv` reader (docs/cable-format.md section 1c). Every cable and
 * row here is synthetic.
 */

import { describe, expect, it } from 'vitest';
import type { Cable } from '../src/model/cable.js';
import { parseCables } from '../src/assemble.js';
import { readCablesCsv } from '../src/read-cables-csv.js';
import { CableParseError } from '../src/diagnostics/diagnostic.js';
import { csvDateToIso, csvRowErrorKind, readCsvRows, readCsvRowsSync, type CsvRow } from '../src/text/cables-csv.js';

/** Escapes a field the way `cables.csv` does: `"` -> `\"`, optionally `'` -> `\'` and `\` -> `\\`. */
function field(text: string, opts: { apostrophes?: boolean; backslashes?: boolean } = {}): string {
  let s = opts.backslashes === false ? text : text.replace(/\\/g, '\\\\');
  s = s.replace(/"/g, '\\"');
  if (opts.apostrophes === true) s = s.replace(/'/g, "\\'");
  return `"${s}"`;
}

interface SyntheticCable {
  id: string;
  date: string;
  refid: string;
  origin: string;
  classification: string;
  references: string;
  header: string;
  content: string;
  escape: { apostrophes?: boolean; backslashes?: boolean };
  eol: string;
}

const ONE: SyntheticCable = {
  id: '101',
  date: '2/14/2010 12:30',
  refid: '10RIGA77',
  origin: 'Embassy Riga',
  classification: 'UNCLASSIFIED',
  references: '',
  header: [
    'VZCZCXRO1234',
    'RR RUEHRA',
    'DE RUEHRA #0077/01 0451230',
    'ZNR UUUUU ZZH',
    'R 141230Z FEB 10',
    'FM AMEMBASSY RIGA',
    'TO RUEHC/SECSTATE WASHDC 6001',
    'INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE',
  ].join('\n'),
  content: [
    'UNCLAS RIGA 000077',
    '',
    'SIPDIS',
    '',
    'E.O. 12958: N/A',
    'TAGS: ECON EINV LG',
    'SUBJECT: LATVIA: "GREEN" PORT PLAN WINS MINISTER\'S BACKING',
    '',
    '1. (U) The minister said the plan was "good for everyone" and',
    "that Riga's old café district near the port would be rebuilt.",
    '',
    '2. (U) He added: "We can\'t wait." A backslash \\ stays one.',
    '',
    'SMITH',
  ].join('\n'),
  escape: { apostrophes: true },
  eol: '\n',
};

const TWO: SyntheticCable = {
  id: '102',
  date: '3/1/2010 14:05',
  refid: '10VILNIUS131',
  origin: 'Embassy Vilnius',
  classification: 'CONFIDENTIAL//NOFORN',
  references: '10RIGA50|10STATE1234',
  header: ['VZCZCXYZ0001', 'OO RUEHC', 'DE RUEHVL #0131 0601405', 'ZNY CCCCC ZZH', 'O 011405Z MAR 10', 'FM AMEMBASSY VILNIUS', 'TO RUEHC/SECSTATE WASHDC IMMEDIATE 2002'].join(
    '\r\n',
  ),
  content: [
    'C O N F I D E N T I A L VILNIUS 000131',
    '',
    'NOFORN',
    'SIPDIS',
    '',
    'E.O. 12958: DECL: 03/01/2020',
    'TAGS: PREL PGOV LH',
    'SUBJECT: LITHUANIA’S PARLIAMENT DEBATES ENERGY LAW',
    'REF: A. 10 RIGA 50 B. 10 STATE 1234',
    '',
    'Classified By: Ambassador Jane Doe, reasons 1.4 (b) and (d).',
    '',
    '1. (C) The Seimas’s energy committee met on "the grid" issue.',
    '',
    '2. (C) The plan is filed under C:\\DOCS\\PLAN on the server.',
    '',
    'DOE',
  ].join('\r\n'),
  // Backslashes written raw: `C:\DOCS` is not an escape and must stay as written.
  escape: { backslashes: false },
  eol: '\r\n',
};

const THREE: SyntheticCable = {
  id: '9',
  date: '12/28/1966 18:48',
  refid: '66STATE1234',
  origin: 'Secretary of State',
  classification: 'UNCLASSIFIED',
  references: '',
  header: ['R 281848Z DEC 66', 'FM SECSTATE WASHDC', 'TO ALL DIPLOMATIC POSTS'].join('\n'),
  content: ['UNCLAS STATE 001234', '', 'TAGS: AORG', 'SUBJECT: HOLIDAY SCHEDULE', '', "1. Department's offices close at noon on December 31.", '', 'RUSK'].join('\n'),
  escape: {},
  eol: '\n',
};

const CABLES = [ONE, TWO, THREE];

function csvRow(c: SyntheticCable): string {
  const plain = [c.id, c.date, c.refid, c.origin, c.classification, c.references].map((v) => field(v));
  return [...plain, field(c.header, c.escape), field(c.content, c.escape)].join(',') + c.eol;
}

const HEADER_ROW = '"id","date","refid","origin","classification","references","header","content"\n';
const CSV = HEADER_ROW + CABLES.map(csvRow).join('');

/** 1-based line on which `needle` starts in `text`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  return text.slice(0, at).split('\n').length;
}

async function* chunks<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const item of items) yield item;
}

function cut(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

function cutBytes(bytes: Uint8Array, at: number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let from = 0;
  for (const to of [...at, bytes.length]) {
    out.push(bytes.subarray(from, to));
    from = to;
  }
  return out;
}

async function collect<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

function summary(c: Cable): { referenceId: string | null; created: string | null; subject: string | null; signer: string | null; errors: string[] } {
  return {
    referenceId: c.referenceId,
    created: c.metadata?.created ?? null,
    subject: c.subject,
    signer: c.signer,
    errors: c.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code),
  };
}

describe('readCsvRows on synthetic rows', () => {
  it('reads the fields, unescaped, with their line numbers', async () => {
    const rows = await collect(readCsvRows(chunks([CSV])));
    expect(rows).toHaveLength(3);
    CABLES.forEach((c, k) => {
      const row = rows[k] as CsvRow;
      expect(row.error).toBeNull();
      expect(row.id).toBe(c.id);
      expect(row.date).toBe(c.date);
      expect(row.referenceId).toBe(c.refid);
      expect(row.origin).toBe(c.origin);
      expect(row.classification).toBe(c.classification);
      expect(row.header).toBe(c.header);
      expect(row.content).toBe(c.content);
      expect(row.line).toBe(lineOf(CSV, `"${c.id}","`));
    });
    expect(rows.map((r) => r.references)).toEqual([[], ['10RIGA50', '10STATE1234'], []]);
    expect(rows[0]?.line).toBe(2); // after the header row
    expect(rows[1]?.content).toContain('C:\\DOCS\\PLAN');
    expect(rows[1]?.header).toContain('\r\n');
  });

  it('unescapes \\" \\\' and \\\\ and keeps any other backslash', async () => {
    const text = String.raw`"1","1/2/2010 3:04","10RIGA1","Embassy Riga","UNCLASSIFIED","","say \"hi\"","it\'s C:\DOCS, \\ and \n end\\"`;
    const rows = await collect(readCsvRows(chunks([text])));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.header).toBe('say "hi"');
    expect(rows[0]?.content).toBe(String.raw`it's C:\DOCS, \ and \n end` + '\\');
  });

  it('gives the same rows for chunks of every size from 1 to 7 characters', async () => {
    const whole = await collect(readCsvRows(chunks([CSV])));
    for (let size = 1; size <= 7; size++) {
      expect(await collect(readCsvRows(chunks(cut(CSV, size))))).toEqual(whole);
    }
  });

  it('gives the same rows for UTF-8 bytes cut inside multi-byte characters', async () => {
    const whole = await collect(readCsvRows(chunks([CSV])));
    const bytes = new TextEncoder().encode(CSV);
    // Cut after the first byte of `é` (2 bytes) and inside `’` (3 bytes), twice.
    const cuts: number[] = [];
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0xc3 || bytes[i] === 0xe2) cuts.push(i + 1);
      if (bytes[i] === 0xe2) cuts.push(i + 2);
    }
    expect(cuts.length).toBeGreaterThanOrEqual(4);
    expect(await collect(readCsvRows(chunks(cutBytes(bytes, cuts))))).toEqual(whole);
    for (const size of [1, 2, 3, 5, 7]) {
      const parts: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
      expect(await collect(readCsvRows(chunks(parts)))).toEqual(whole);
    }
  });

  it('accepts a sync iterable, an unquoted header row, a BOM and blank lines', async () => {
    const text = '\uFEFFid,date,refid,origin,classification,references,header,content\r\n\r\n' + CABLES.map(csvRow).join('\n');
    const rows = await collect(readCsvRows([text]));
    expect(rows.map((r) => [r.id, r.error])).toEqual([
      ['101', null],
      ['102', null],
      ['9', null],
    ]);
    expect(rows[0]?.line).toBe(3);
  });

  it('skips a header row quoted another way', async () => {
    const rows = await collect(readCsvRows(chunks(['"id",date,refid,origin,classification,references,header,content\n' + csvRow(THREE)])));
    expect(rows.map((r) => [r.id, r.error, r.line])).toEqual([['9', null, 2]]);
  });

  it('readCsvRowsSync gives the same rows as readCsvRows', async () => {
    const text = CSV + '"5","x" junk\n' + csvRow(THREE);
    expect([...readCsvRowsSync(text)]).toEqual(await collect(readCsvRows(chunks([text]))));
    expect(() => readCsvRowsSync(3 as unknown as string)).toThrow(TypeError);
  });

  it('does not lose the rows after a malformed row', async () => {
    const bad = [
      '"201","1/1/2010 1:00","10RIGA1","Embassy Riga","UNCLASSIFIED","","HEAD" oops,"line one', // text after a quote
      'line two "7","x"', // not a row start: skipped
      '"8"', // not `"digits","`: skipped
      'end"',
      '"202","1/1/2010 1:00","10RIGA2","Embassy Riga","UNCLASSIFIED","","only seven fields"', // one field short: read, no header
      'rest of the row 202",""', // skipped while resynchronizing
      '',
    ].join('\n');
    const text = csvRow(ONE) + bad + csvRow(TWO) + '"abc","d","e","f","g","h","i","j"\n' + 'x"203","1/1/2010 1:00"\n' + csvRow(THREE);
    const whole = await collect(readCsvRows(chunks([text])));
    expect(whole.map((r) => [r.id, csvRowErrorKind(r)])).toEqual([
      ['101', null],
      ['', 'malformed'], // text after a quote
      ['202', null], // one field short
      ['102', null],
      ['', 'malformed'], // non-numeric id
      ['', 'malformed'], // does not start with a quote
      ['9', null],
    ]);
    expect(whole[1]?.line).toBe(lineOf(text, '"201"'));
    expect(whole[2]?.line).toBe(lineOf(text, '"202"'));
    expect([whole[2]?.short, whole[2]?.header, whole[2]?.content]).toEqual([true, '', 'only seven fields']);
    expect(whole[3]?.content).toBe(TWO.content);
    expect(whole[3]?.line).toBe(lineOf(text, '"102"'));
    expect(whole[4]?.line).toBe(lineOf(text, '"abc"'));
    expect(whole[5]?.line).toBe(lineOf(text, 'x"203"'));
    expect(whole[6]?.line).toBe(lineOf(text, '"9"'));
    for (let size = 1; size <= 7; size++) expect(await collect(readCsvRows(chunks(cut(text, size))))).toEqual(whole);
  });

  it('reads a row one field short as a cable without its header field, with a warning (era red team 380, session 28)', async () => {
    const short = '"40112","5/3/1985 9:10","85LAGOS4410","Embassy Lagos","CONFIDENTIAL","","C O N F I D E N T I A L LAGOS 04410\n\nE.O. 12356: DECL: OADR\nTAGS: PREL, NI\nSUBJECT: IMF TALKS\n\n1. (C) THE TALKS ARE STALLED.\n\nPICKERING\n"\n';
    const rows = await collect(readCsvRows(chunks([short + csvRow(TWO)])));
    expect(rows.map((r) => [r.id, csvRowErrorKind(r), r.short === true])).toEqual([
      ['40112', null, true],
      ['102', null, false],
    ]);
    const [cable, next] = parseCables(short + csvRow(TWO));
    expect([cable?.classification.level, cable?.post, cable?.subject, cable?.signer, cable?.referenceId]).toEqual(['CONFIDENTIAL', 'LAGOS', 'IMF TALKS', 'PICKERING', '85LAGOS4410']);
    expect(cable?.paragraphs.map((p) => p.text)).toEqual(['THE TALKS ARE STALLED.']);
    expect(cable?.diagnostics.find((d) => d.code === 'METADATA_INVALID')?.message).toMatch(/has 7 fields, expected 8/);
    expect(next?.subject).toBe("LITHUANIA'S PARLIAMENT DEBATES ENERGY LAW");
  });

  it('reports a row cut by the end of the input', async () => {
    const rows = await collect(readCsvRows(chunks([csvRow(ONE) + '"5","1/1/2010 1:00","unterminated'])));
    expect(rows.map((r) => csvRowErrorKind(r))).toEqual([null, 'malformed']);
    expect(rows[1]?.error).toMatch(/ends inside a quoted field/);
  });

  it('skips a row over maxRowLength and reads the next one', async () => {
    const long: SyntheticCable = { ...THREE, id: '300', content: `${THREE.content}\n${'X'.repeat(80)}\n`.repeat(40) };
    const text = csvRow(ONE) + csvRow(long) + csvRow(TWO);
    const max = Math.max(csvRow(ONE).length, csvRow(TWO).length) + 10;
    expect(csvRow(long).length).toBeGreaterThan(max);
    const whole = await collect(readCsvRows(chunks([text]), { maxRowLength: max }));
    expect(whole.map((r) => [r.id, csvRowErrorKind(r)])).toEqual([
      ['101', null],
      ['', 'too-long'],
      ['102', null],
    ]);
    expect(whole[1]).toMatchObject({ line: lineOf(text, '"300"'), header: '', content: '', references: [] });
    for (const size of [1, 3, 7, 1000]) expect(await collect(readCsvRows(chunks(cut(text, size)), { maxRowLength: max }))).toEqual(whole);
  });

  it('skips a header row longer than maxRowLength, as the CLI chunker does', async () => {
    // The header is recognized by its first field whatever its length, so the state
    // after it does not depend on maxRowLength (src/text/csv-scanner.ts).
    const header = `"id","date","refid","origin","classification","references","header","content${'x'.repeat(500)}"\n`;
    const max = csvRow(THREE).length + 10;
    expect(header.length).toBeGreaterThan(max);
    for (const first of [header, header.replace('"date",', '')]) {
      const rows = await collect(readCsvRows(chunks([first + csvRow(THREE)]), { maxRowLength: max }));
      expect(rows.map((r) => [r.id, r.error, r.line])).toEqual([['9', null, 2]]);
    }
  });

  it('throws a TypeError only on a source that is not iterable or bad options', () => {
    expect(() => readCsvRows(42 as unknown as AsyncIterable<string>)).toThrow(TypeError);
    expect(() => readCsvRows(null as unknown as AsyncIterable<string>)).toThrow(TypeError);
    expect(() => readCsvRows(chunks(['']), { maxRowLength: -1 })).toThrow(TypeError);
    expect(() => readCablesCsv({} as unknown as AsyncIterable<string>)).toThrow(/readCablesCsv/);
  });

  it('streams ~50 MB of rows with bounded memory', async () => {
    const paragraph = '1. (U) Synthetic text with \\"quoted\\" words, it\\\'s fine, and a café.\n'.repeat(60);
    const total = 50 * 1024 * 1024;
    let produced = 0;
    let expected = 0;
    async function* generate(): AsyncGenerator<string> {
      let batch = '';
      while (produced < total) {
        const row = `"${expected}","2/26/2010 8:05","10RIGA${expected + 1}","Embassy Riga","UNCLASSIFIED","10RIGA1|10STATE2","VZCZCXRO0001\nFM AMEMBASSY RIGA","UNCLAS RIGA\n${paragraph}SMITH"\n`;
        expected++;
        produced += row.length;
        batch += row;
        if (batch.length >= 65536) {
          yield batch;
          batch = '';
        }
      }
      if (batch !== '') yield batch;
    }
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let count = 0;
    let errors = 0;
    const started = Date.now();
    for await (const row of readCsvRows(generate())) {
      if (row.error !== null) errors++;
      if (++count % 200 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    const seconds = (Date.now() - started) / 1000;
    expect(count).toBe(expected);
    expect(errors).toBe(0);
    expect(peak - before).toBeLessThan(100 * 1024 * 1024);
    console.log(`readCsvRows: ${(produced / 1024 / 1024).toFixed(0)} MB in ${seconds.toFixed(2)} s, ${(produced / 1024 / 1024 / seconds).toFixed(0)} MB/s, heap growth ${((peak - before) / 1024 / 1024).toFixed(1)} MB`);
  }, 30_000);
});

describe('readCablesCsv', () => {
  it('parses each row into a cable with the row metadata', async () => {
    const cables = await collect(readCablesCsv(chunks([CSV])));
    expect(cables.map(summary)).toEqual([
      { referenceId: '10RIGA77', created: '2010-02-14T12:30', subject: 'LATVIA: "GREEN" PORT PLAN WINS MINISTER\'S BACKING', signer: 'SMITH', errors: [] },
      { referenceId: '10VILNIUS131', created: '2010-03-01T14:05', subject: "LITHUANIA'S PARLIAMENT DEBATES ENERGY LAW", signer: 'DOE', errors: [] },
      { referenceId: '66STATE1234', created: '1966-12-28T18:48', subject: 'HOLIDAY SCHEDULE', signer: 'RUSK', errors: [] },
    ]);
    const [one, two] = cables;
    expect(one?.metadata).toEqual({
      referenceId: '10RIGA77',
      created: '2010-02-14T12:30',
      released: null,
      classification: 'UNCLASSIFIED',
      origin: 'Embassy Riga',
      title: null,
      mediaUrls: [],
    });
    expect(one?.header?.from).toBe('AMEMBASSY RIGA');
    expect(one?.tags).toEqual(['ECON', 'EINV', 'LG']);
    expect(two?.classification.level).toBe('CONFIDENTIAL');
    expect(two?.references.map((r) => r.referenceId)).toEqual(['10RIGA50', '10STATE1234']);
    // Positions refer to header + blank line + content: the banner is after the header's 7 lines and the blank.
    const text = `${TWO.header}\n\n${TWO.content}`;
    for (const d of two?.diagnostics ?? []) expect(d.offset).toBeLessThanOrEqual(text.length);
  });

  it('gives the same cables for every feed', async () => {
    const whole = (await collect(readCablesCsv(chunks([CSV])))).map(summary);
    for (let size = 1; size <= 7; size++) expect((await collect(readCablesCsv(chunks(cut(CSV, size))))).map(summary)).toEqual(whole);
    const bytes = new TextEncoder().encode(CSV);
    for (const size of [1, 2, 3]) {
      const parts: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
      expect((await collect(readCablesCsv(chunks(parts)))).map(summary)).toEqual(whole);
    }
  });

  it('turns bad rows into cables with METADATA_INVALID or INPUT_TOO_LARGE, never throwing', async () => {
    const long: SyntheticCable = { ...THREE, id: '300', content: 'X'.repeat(5000) };
    const text = csvRow(ONE) + '"7","1/1/2010 1:00","10RIGA1" junk\n' + csvRow(long) + csvRow({ ...THREE, date: '13/45/1966 25:00' });
    const cables = await collect(readCablesCsv(chunks([text]), { maxRowLength: 2000 }));
    expect(cables.map((c) => [c.referenceId, c.diagnostics.map((d) => d.code).filter((k) => k === 'METADATA_INVALID' || k === 'INPUT_TOO_LARGE')])).toEqual([
      ['10RIGA77', []],
      [null, ['METADATA_INVALID']],
      [null, ['INPUT_TOO_LARGE']],
      ['66STATE1234', ['METADATA_INVALID']],
    ]);
    expect(cables[2]?.diagnostics[0]?.severity).toBe('error');
    expect(cables[3]?.metadata?.created).toBe('13/45/1966 25:00');
    // Strict mode: the too-long row's error throws, the malformed row's warning does not.
    const strict = readCablesCsv(chunks([text]), { maxRowLength: 2000, strict: true });
    expect((await strict.next()).value).toMatchObject({ referenceId: '10RIGA77' });
    expect((await strict.next()).value).toMatchObject({ referenceId: null });
    await expect(strict.next()).rejects.toBeInstanceOf(CableParseError);
  });
});

// `parseCableWithMetadata` (src/assemble.ts, which both CSV paths call) leaves out archive records as `parseCable` does for plain text
// (`withoutArchiveRecords`): rows built from the archive's pages carry them.
describe('archive records inside a row (as on the pages the rows come from)', () => {
  /** The cables of `rows`, read twice: as one CSV text by `parseCables` and as a stream of 5-character chunks by `readCablesCsv`; both must agree. */
  async function readBoth(rows: SyntheticCable[]): Promise<Cable[]> {
    const text = rows.map(csvRow).join('');
    const whole = parseCables(text);
    const streamed = await collect(readCablesCsv(chunks(cut(text, 5))));
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole));
    return whole;
  }

  const NOTICE = 'This record is a partial extract of the original cable. The full text of the original cable is not available.';

  it("leaves out the partial-extract notice of a row's header field: it is not the distribution", async () => {
    // A partial extract's row: the notice where the routing header would be, and content without a banner.
    const content = ['SIPDIS', '', 'STATE FOR EUR/NB, EUR/RPM', '', 'E.O. 12958: N/A', 'TAGS: ECON LG', 'SUBJECT: LATVIA: PORT PLAN', '', '1. (U) The minister backed the plan.', '', 'SMITH'].join('\n');
    const [cable] = await readBoth([{ ...ONE, header: NOTICE, content, escape: {} }]);
    expect(cable?.distribution).toEqual(['STATE FOR EUR/NB, EUR/RPM']);
    expect(cable?.subject).toBe('LATVIA: PORT PLAN');
    expect(cable?.signer).toBe('SMITH');
    expect(cable?.unparsed.map((u) => u.text)).toEqual([]);
    expect(cable?.spans.wrapper).toEqual([{ start: 0, end: NOTICE.length }]);
  });

  it("leaves out a cables.csv row pasted at the top of a row's content (the pasted row's quotes escaped)", async () => {
    // `2001,2/14/2010 12:30,10RIGA77,Embassy Riga,UNCLASSIFIED,,"VZCZC...` / `FM AMEMBASSY RIGA","UNCLAS RIGA 000077`: the
    // archive's own row, its header field, then `","` and the cable text.
    const pasted = ['2001,2/14/2010 12:30,10RIGA77,Embassy Riga,UNCLASSIFIED,,"VZCZCXRO1234', 'FM AMEMBASSY RIGA","UNCLAS RIGA 000077'];
    const content = [...pasted, 'SIPDIS', 'STATE FOR EUR/NB, EUR/RPM', '', 'E.O. 12958: N/A', 'TAGS: ECON LG', 'SUBJECT: LATVIA: PORT PLAN', '', '1. (U) The minister backed the plan.', '', 'SMITH'].join('\n');
    for (const escape of [{}, { apostrophes: true }]) {
      const [cable] = await readBoth([{ ...ONE, content, escape }, THREE]);
      expect(cable?.classification.level).toBe('UNCLASSIFIED');
      expect(cable?.distribution).toEqual(['STATE FOR EUR/NB, EUR/RPM']);
      expect(cable?.subject).toBe('LATVIA: PORT PLAN');
      expect(cable?.paragraphs.map((p) => p.text)).toEqual(['The minister backed the plan.']);
      expect(cable?.unparsed.filter((u) => u.text.includes('2001,'))).toEqual([]);
    }
  });
});

describe('csvDateToIso', () => {
  it('converts month/day/year dates', () => {
    expect(csvDateToIso('2/26/2010 8:05')).toBe('2010-02-26T08:05');
    expect(csvDateToIso('12/28/1966 18:48')).toBe('1966-12-28T18:48');
    expect(csvDateToIso('2/29/2008 0:00')).toBe('2008-02-29T00:00');
  });

  it('returns null for invalid dates', () => {
    for (const bad of ['', '2/30/2010 8:05', '13/1/2010 8:05', '2/29/2010 8:05', '1/1/2010 24:00', '1/1/2010 8:5', '2010-02-26 08:05', 'x']) {
      expect(csvDateToIso(bad)).toBeNull();
    }
  });
});

describe('damaged copies: a row glued on, a row cut (era red team 22)', () => {
  const rowOf = (id: string, refid: string, content: string): string =>
    `"${id}","1/3/1979 8:45","${refid}","Embassy Tehran","CONFIDENTIAL","","","${content}"`;
  const one = rowOf('41122', '79TEHRAN101', 'CONFIDENTIAL TEHRAN 00101\nSUBJECT: ONE\n1. TEXT ONE.\nSULLIVAN');
  const two = rowOf('41123', '79TEHRAN102', 'CONFIDENTIAL TEHRAN 00102\nSUBJECT: TWO\n1. TEXT TWO.\nSULLIVAN');
  const three = rowOf('41124', '79TEHRAN103', 'CONFIDENTIAL TEHRAN 00103\nSUBJECT: THREE\n1. TEXT THREE.\nSULLIVAN');

  it('reads a row glued on after the last field of the row before (a lost line break)', async () => {
    const text = `${one}${two}\n${three}\n`;
    const ids = (cs: Cable[]): Array<string | null> => cs.map((c) => c.referenceId);
    expect(ids(parseCables(text))).toEqual(['79TEHRAN101', '79TEHRAN102', '79TEHRAN103']);
    expect(ids(await collect(readCablesCsv(chunks(cut(text, 7)))))).toEqual(['79TEHRAN101', '79TEHRAN102', '79TEHRAN103']);
  });

  it('reports a row cut inside its content and reads the next row from its own line', async () => {
    const cutRow = one.slice(0, one.indexOf('TEXT ONE') + 4);
    const text = `${cutRow}\n${two}\n${three}\n`;
    const cables = parseCables(text);
    expect(cables.map((c) => c.referenceId)).toEqual([null, '79TEHRAN102', '79TEHRAN103']);
    expect(cables[0]?.diagnostics.map((d) => d.code)).toContain('METADATA_INVALID');
    expect(cables[1]?.subject).toBe('TWO');
    const streamed = await collect(readCablesCsv(chunks(cut(text, 5))));
    expect(streamed.map((c) => c.referenceId)).toEqual([null, '79TEHRAN102', '79TEHRAN103']);
  });
});

describe('doubled quotes inside fields, as RFC 4180 writes them (era red team 143)', () => {
  const row = (id: string, refid: string, header: string, content: string): string =>
    `"${id}","5/12/2003 9:10","${refid}","Embassy Amman","CONFIDENTIAL","","${header}","${content}"`;
  const amman = row(
    '150001',
    '03AMMAN1422',
    'R 120910Z MAY 03\nFM AMEMBASSY AMMAN',
    'CONFIDENTIAL AMMAN 001422\n\nSUBJECT: JORDAN: KING""S VISIT TO THE ""TRANSIT CAMPS""\n\n1. (C) The camps were called ""temporary"".\n\nGNEHM""',
  );
  const tokyo = row('150002', '03TOKYO2001', 'R 120911Z MAY 03', 'UNCLAS TOKYO 002001\n\nSUBJECT: A \\"QUOTED\\" TITLE\n\n1. Text.\n\nBAKER');

  it('reads `""` as one quote in any field, and a third quote as the closing one', async () => {
    const text = `${amman}\r\n${tokyo}\r\n`;
    const rows = [...readCsvRowsSync(text)];
    expect(rows.map((r) => r.error)).toEqual([null, null]);
    expect(rows[0]?.content).toBe('CONFIDENTIAL AMMAN 001422\n\nSUBJECT: JORDAN: KING"S VISIT TO THE "TRANSIT CAMPS"\n\n1. (C) The camps were called "temporary".\n\nGNEHM"');
    expect(rows[1]?.content).toContain('SUBJECT: A "QUOTED" TITLE');
    const streamed = await collect(readCsvRows(chunks(cut(text, 3))));
    expect(streamed.map((r) => r.content)).toEqual(rows.map((r) => r.content));
    const cables = parseCables(text);
    expect(cables.map((c) => c.referenceId)).toEqual(['03AMMAN1422', '03TOKYO2001']);
    expect(cables[0]?.subject).toBe('JORDAN: KING"S VISIT TO THE "TRANSIT CAMPS"');
  });

  it('reads `""` in the header field and before a line break, and keeps a row glued on after two quotes', () => {
    const text = `${row('7', '03AMMAN7', 'FM ""AMEMBASSY""', 'Line one ""\nline two')}\n`;
    const [r] = [...readCsvRowsSync(text)];
    expect(r?.error).toBeNull();
    expect(r?.header).toBe('FM "AMEMBASSY"');
    expect(r?.content).toBe('Line one "\nline two');
    const glued = `${row('8', '03AMMAN8', 'H', 'END')}${row('9', '03AMMAN9', 'H', 'NEXT')}\n`;
    expect([...readCsvRowsSync(glued)].map((x) => [x.referenceId, x.content, x.error])).toEqual([
      ['03AMMAN8', 'END', null],
      ['03AMMAN9', 'NEXT', null],
    ]);
  });
});

describe('padding around rows (era red team 60)', () => {
  it('reads no row from spaces, tabs, form feeds, NULs, U+001A, no-break spaces or a byte order mark after the last row', async () => {
    for (const pad of [' ', '  \n', '\t\n', '\u00a0', '\f', '\ufeff', '\u0000\u0000', '\u001a']) {
      const rows = await collect(readCsvRows(chunks([`${CSV}\n${pad}`])));
      expect(rows.map((r) => r.error)).toEqual([null, null, null]);
      expect([...readCsvRowsSync(`${CSV}\n${pad}`)].map((r) => r.error)).toEqual([null, null, null]);
    }
  });

  it('still reports a line of text between rows', () => {
    const rows = [...readCsvRowsSync(`${CSV}\nstray text\n`)];
    expect(rows.some((r) => r.error !== null)).toBe(true);
  });
});

describe('a row cut inside its content by the end of the input (era red team 205)', () => {
  it('is read as far as it goes, marked cut, its cable warned with METADATA_INVALID', async () => {
    const rows = await collect(readCsvRows(chunks([csvRow(ONE) + '"5","1/1/2010 1:00","10BRASILIA88","Embassy Brasilia","UNCLASSIFIED","","HEADER","UNCLAS BRASILIA 000088\n\n1. (U) The minister said the talks would go on until']))); 
    expect(rows.map((r) => r.error)).toEqual([null, null]);
    expect(rows[1]).toMatchObject({ referenceId: '10BRASILIA88', cut: true });
    expect(rows[1]?.content).toContain('talks would go on until');
    const cables = parseCables(csvRow(ONE) + '"5","1/1/2010 1:00","10BRASILIA88","Embassy Brasilia","UNCLASSIFIED","","HEADER","UNCLAS BRASILIA 000088\n\n1. (U) The minister said the talks would go on until');
    expect(cables[1]?.paragraphs[0]?.text).toBe('The minister said the talks would go on until');
    expect(cables[1]?.diagnostics.some((d) => d.code === 'METADATA_INVALID')).toBe(true);
  });
});

describe('files saved back by other writers (era red team 211)', () => {
  const row = (id: string, refid: string, content: string, eol = '\n'): string =>
    `"${id}","6/29/2009 22:14","${refid}","Embassy Kathmandu","CONFIDENTIAL","","","${content}"${eol}`;

  it('reads a doubled quote opening a quotation before a digit as a quote, not as the next row glued on', async () => {
    const text = row('1', '06KATHMANDU1', 'CONFIDENTIAL KATHMANDU 000001\n\nSUBJECT: TEST\n\n1. (C) The king must honor the ""12-point understanding"" he signed.\n\nMORIARTY') + row('2', '06KATHMANDU2', 'UNCLAS KATHMANDU 000002\n\nSUBJECT: TWO\n\n1. Text.\n\nMORIARTY');
    const rows = [...readCsvRowsSync(text)];
    expect(rows.map((r) => r.error)).toEqual([null, null]);
    expect(rows[0]?.content).toContain('honor the "12-point understanding" he signed');
    const streamed = await collect(readCsvRows(chunks(cut(text, 3))));
    expect(streamed.map((r) => r.content)).toEqual(rows.map((r) => r.content));
    // (After a word the two quotes still end the row and open the next one glued on: `... MORIARTY""2","...`.)
    const glued = row('1', '06KATHMANDU1', 'UNCLAS KATHMANDU 000001\n\n1. Text.\n\nMORIARTY', '') + row('2', '06KATHMANDU2', 'UNCLAS KATHMANDU 000002\n\n1. Text.\n\nMORIARTY');
    expect([...readCsvRowsSync(glued)].map((r) => r.referenceId)).toEqual(['06KATHMANDU1', '06KATHMANDU2']);
  });

  it('reads rows ending \\r\\r\\n (a file written in text mode on Windows)', () => {
    const text = row('1', '02CARACAS1', 'UNCLAS CARACAS 000001\r\n\r\n1. Text.\r\n\r\nHRINAK', '\r\r\n') + row('2', '02CARACAS2', 'UNCLAS CARACAS 000002\r\n\r\n1. Text.\r\n\r\nHRINAK', '\r\r\n');
    expect([...readCsvRowsSync(text)].map((r) => [r.referenceId, r.error])).toEqual([
      ['02CARACAS1', null],
      ['02CARACAS2', null],
    ]);
  });

  it('reads a file opening with a header row in capitals as cables.csv', () => {
    const text = `"ID","Date","RefID","Origin","Classification","References","Header","Content"\n${row('1', '08TOKYO1', 'UNCLAS TOKYO 000001\n\n1. Text.\n\nSCHIEFFER')}`;
    expect(parseCables(text).map((c) => c.referenceId)).toEqual(['08TOKYO1']);
  });
});
