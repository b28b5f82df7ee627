/**
 * `readCablesCsv` options that the main cables.csv tests do not exercise: `maxInputLength`
 * (checked, then applied to each row's cable text) and the TypeError for bad options.
 * The rows are synthetic.
 */

import { describe, expect, it } from 'vitest';
import type { Cable } from '../src/model/cable.js';
import { readCablesCsv, type ReadCablesCsvOptions } from '../src/read-cables-csv.js';

const HEADER_ROW = '"id","date","refid","origin","classification","references","header","content"\n';

function row(id: string, refid: string, header: string, content: string): string {
  const q = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return [id, '2/14/2010 12:30', refid, 'Embassy Riga', 'UNCLASSIFIED', '', header, content].map(q).join(',') + '\n';
}

const HEADER = ['R 141230Z FEB 10', 'FM AMEMBASSY RIGA', 'TO RUEHC/SECSTATE WASHDC 6001'].join('\n');
const CONTENT = ['UNCLAS RIGA 000077', '', 'E.O. 12958: N/A', 'TAGS: ECON LG', 'SUBJECT: PORT PLAN', '', '1. (U) The minister backed the plan.', '', 'SMITH'].join('\n');
const CSV = HEADER_ROW + row('101', '10RIGA77', HEADER, CONTENT);

async function collect(it: AsyncIterable<Cable>): Promise<Cable[]> {
  const out: Cable[] = [];
  for await (const c of it) out.push(c);
  return out;
}

describe('readCablesCsv options', () => {
  it('parses the row whole when maxInputLength is not reached', async () => {
    const [cable] = await collect(readCablesCsv([CSV], { maxInputLength: 10_000 }));
    expect(cable?.referenceId).toBe('10RIGA77');
    expect(cable?.subject).toBe('PORT PLAN');
    expect(cable?.signer).toBe('SMITH');
    expect(cable?.diagnostics.map((d) => d.code)).not.toContain('INPUT_TOO_LARGE');
  });

  it('applies maxInputLength to each row: the cable text is cut and says so', async () => {
    // header + '\n\n' + content is longer than 60 characters; the cut leaves the header only.
    const cables = await collect(readCablesCsv([CSV, row('102', '10RIGA78', HEADER, CONTENT)], { maxInputLength: 60 }));
    expect(cables).toHaveLength(2);
    for (const cable of cables) {
      const tooLarge = cable.diagnostics.filter((d) => d.code === 'INPUT_TOO_LARGE');
      expect(tooLarge).toHaveLength(1);
      expect(tooLarge[0]?.message).toContain('maxInputLength (60)');
      expect(cable.header?.from).toBe('AMEMBASSY RIGA');
      expect(cable.subject).toBeNull();
      expect(cable.paragraphs).toEqual([]);
    }
    // The row's metadata still identifies it.
    expect(cables.map((c) => c.referenceId)).toEqual(['10RIGA77', '10RIGA78']);
  });

  it('throws a TypeError at once on a bad maxInputLength or options value', () => {
    for (const bad of [-1, Number.NaN, '100' as unknown as number]) {
      expect(() => readCablesCsv([CSV], { maxInputLength: bad })).toThrow(/readCablesCsv: options\.maxInputLength must be a non-negative number/);
    }
    expect(() => readCablesCsv([CSV], 'strict' as unknown as ReadCablesCsvOptions)).toThrow(/readCablesCsv: options must be an object/);
    expect(() => readCablesCsv([CSV], null as unknown as ReadCablesCsvOptions)).toThrow(TypeError);
  });
});

describe('readCablesCsv options', () => {
  it('passes maxFieldLines on to the parser', async () => {
    const refs = Array.from({ length: 30 }, (_, k) => ` ${String.fromCharCode(65 + (k % 26))}) STATE ${k + 1}`).join('\n');
    const content = `UNCLAS ASTANA 000270\nTAGS: PREL\nSUBJECT: X\nREF:${refs.slice(1)}\n\n1. Text.`;
    const csv = `"1","2/26/2010 8:05","10ASTANA270","Embassy Astana","UNCLASSIFIED","","VZCZCXRO4053","${content}"\n`;
    const cables = [];
    for await (const c of readCablesCsv([csv], { maxFieldLines: 5 })) cables.push(c);
    expect(cables).toHaveLength(1);
    expect(cables[0]?.diagnostics.map((d) => d.code)).toContain('FIELD_TOO_LONG');
    await expect(async () => {
      for await (const _ of readCablesCsv([csv], { maxFieldLines: 0 })) void _;
    }).rejects.toThrow(TypeError);
  });
});
