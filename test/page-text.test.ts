/**
 * A WikiLeaks page's text outside the page: the text of its `<pre>` blocks saved or copied
 * (a reader's textContent), or an archive dump of it. It must read as the page does: the
 * archive records the HTML reader leaves out are wrapper here too, and the `¶` the page
 * puts before paragraph numbers is no text. Synthetic cables.
 */

import { describe, expect, it } from 'vitest';
import { parseCable } from '../src/index.js';

const HEADER = ['VZCZCXYZ0001', 'RR RUEHWEB', '', 'DE RUEHRO #0123 0630506', 'ZNY CCCCC ZZH', 'R 040506Z MAR 07', 'FM AMEMBASSY ROME', 'TO RUEHC/SECSTATE WASHDC 0001', 'INFO RUEHFR/AMEMBASSY PARIS 0002'];
const CABLE = [
  'C O N F I D E N T I A L ROME 000123 ',
  ' ',
  'SIPDIS ',
  ' ',
  'E.O. 12958: DECL: 03/04/2017 ',
  'TAGS: PREL IT',
  'SUBJECT: A TEST SUBJECT ',
  ' ',
  '1. (C) The only paragraph. ',
  ' ',
  'SMITH',
];

/** The page's two blocks as a reader gets them: header, a blank line, the text block. */
const pageText = (block: string[]): string => [...HEADER, '', ...block].join('\n');

describe('an archive record in a page text', () => {
  it('leaves out a titled record after the header block: the header ends there, the record is wrapper', () => {
    const text = pageText(['A TEST SUBJECT', 'Class: \tCONFIDENTIAL', 'Date: \tSun Mar 04 05:06:00 2007', 'Key: \t07ROME123', 'Tags: \tPREL, IT', '', ...CABLE]);
    const c = parseCable(text);
    expect(c.header?.info.map((r) => r.address)).toEqual(['AMEMBASSY PARIS']);
    expect(c.subject).toBe('A TEST SUBJECT');
    expect(c.paragraphs.map((p) => p.text)).toEqual(['The only paragraph.']);
    expect(c.unparsed).toEqual([]);
    const record = c.spans.wrapper.map((s) => text.slice(s.start, s.end)).join('\n');
    expect(record).toContain('Key: \t07ROME123');
  });

  it('leaves out a tab-separated row, the header copy in it read as transmission, not addressees', () => {
    const row = `4711\t2007-03-04 05:06:00\t07ROME123\tEmbassy Rome\tCONFIDENTIAL\t07STATE55\t${HEADER[0]}`;
    const text = pageText([row, ...HEADER.slice(1), '', ...CABLE]);
    const c = parseCable(text);
    expect(c.header?.info.map((r) => r.address)).toEqual(['AMEMBASSY PARIS']);
    expect(c.spans.wrapper.map((s) => text.slice(s.start, s.end))).toContain('4711\t2007-03-04 05:06:00\t07ROME123\tEmbassy Rome\tCONFIDENTIAL\t07STATE55');
    expect(c.unparsed).toEqual([]);
    expect(c.classification.level).toBe('CONFIDENTIAL');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
  });

  it('leaves out a record at the very top of a text without a header block', () => {
    const c = parseCable(['id: 4711', 'date: 3/4/2007 5:06', 'refid: 07ROME123', 'origin: Embassy Rome', 'classification: CONFIDENTIAL', '', ...CABLE].join('\n'));
    expect(c.distribution).toEqual([]);
    expect(c.paragraphs.map((p) => p.text)).toEqual(['The only paragraph.']);
    expect(c.unparsed).toEqual([]);
  });

  it('keeps lines that only look like a record field (guard)', () => {
    const c = parseCable(pageText([...CABLE.slice(0, 8), '1. (C) The meeting ended at 2007-03-04 and', 'Embassy Rome said so. ', ' ', 'SMITH']));
    expect(c.paragraphs[0]?.text).toBe('The meeting ended at 2007-03-04 and Embassy Rome said so.');
    expect(c.spans.wrapper).toEqual([]);
  });
});

describe('the paragraph signs of a page text', () => {
  const signed = pageText([
    ...CABLE.slice(0, 8),
    '\u00b61. (C) The minister met the ambassador in 2006 and again in the city in ',
    '\u00b62007. He cited Ref \u00b6B. ',
    ' ',
    '\u00b6A. (C) A first point. ',
    ' ',
    'SMITH',
  ]);

  it('reads labels, references and years without the sign', () => {
    const c = parseCable(signed);
    expect(c.paragraphs.map((p) => [p.number, p.marking, p.text])).toEqual([
      ['1', 'C', 'The minister met the ambassador in 2006 and again in the city in 2007. He cited Ref B.'],
      ['A', 'C', 'A first point.'],
    ]);
    expect(c.body).not.toContain('\u00b6');
  });

  it('reports one PARAGRAPH_SIGNS_REMOVED with the count, at the first sign', () => {
    const c = parseCable(signed);
    const found = c.diagnostics.filter((d) => d.code === 'PARAGRAPH_SIGNS_REMOVED');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('4 paragraph signs');
    expect(signed.slice(found[0]?.offset).startsWith('\u00b61. (C)')).toBe(true);
  });

  it('joins a number the page cut and signed at a line start (`2` / `¶010.`)', () => {
    // Every line of the text ends with a space but the one the page cut (the archives' convention).
    const body = ['1. (C) The ministry said that spending ', 'on the program could reach $260 million in 2', '\u00b6010. This is a rise of ten percent ', 'over the year before. ', ' ', 'SMITH'];
    const c = parseCable(pageText([...CABLE.slice(0, 8), ...body]));
    expect(c.paragraphs[0]?.text).toBe('The ministry said that spending on the program could reach $260 million in 2010. This is a rise of ten percent over the year before.');
  });

  it('keeps a sign that stands alone or inside a word (guard)', () => {
    const c = parseCable(pageText([...CABLE.slice(0, 8), '1. (C) The sign \u00b6 alone and x\u00b6y stay. ', ' ', 'SMITH']));
    expect(c.paragraphs[0]?.text).toBe('The sign \u00b6 alone and x\u00b6y stay.');
    expect(c.diagnostics.map((d) => d.code)).not.toContain('PARAGRAPH_SIGNS_REMOVED');
  });
});

describe('quotes a CSV export doubled', () => {
  it('are undoubled in the text read, once the text shows two; positions stay', () => {
    const text = pageText([...CABLE.slice(0, 8), '1. (C) He called the attack ""unprecedented"" and the minister ', 'is known as ""Mr. Ten Percent"". ', ' ', 'SMITH']);
    const c = parseCable(text);
    expect(c.paragraphs[0]?.text).toBe('He called the attack "unprecedented" and the minister is known as "Mr. Ten Percent".');
    expect(c.body).toContain('"unprecedented"');
    const found = c.diagnostics.filter((d) => d.code === 'DOUBLED_QUOTES_REPAIRED');
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]?.offset).startsWith('""unprecedented')).toBe(true);
    expect(c.unparsed).toEqual([]);
  });

  it("keeps a text's own empty quotes when nothing else is doubled (guard)", () => {
    const c = parseCable(pageText([...CABLE.slice(0, 8), '1. (C) The form left the field "" empty. ', ' ', 'SMITH']));
    expect(c.paragraphs[0]?.text).toBe('The form left the field "" empty.');
    expect(c.diagnostics.map((d) => d.code)).not.toContain('DOUBLED_QUOTES_REPAIRED');
  });
});
