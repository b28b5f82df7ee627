/**
 * Headings left in the paragraph before (a heading, a dash run and a label on one line; the
 * second half of a heading opening with a conjunction) and an archive record between a cut
 * preamble copy and the complete one. Synthetic cables written in the reported shapes.
 */

import { describe, expect, it } from 'vitest';
import { parseParagraphs } from '../src/body/paragraphs.js';
import { parseCable } from '../src/index.js';
import { msUnder } from './timing.js';

const body = (...lines: string[]): string => lines.join('\n');

/** A reflowed paragraph: one line of about 300 characters. */
const long = (n: number, marking: string, words: string): string =>
  `${n}. (${marking}) ${words} ${'The delegation discussed the schedule and the budget in detail with the ministry. '.repeat(3)}`.trimEnd();

describe('a heading, a dash run and a label on one line', () => {
  it('starts the paragraph with its heading whatever the length of the run', () => {
    for (const dashes of ['--', '---', '----', '-------']) {
      const ps = parseParagraphs(body(
        long(1, 'C', 'The minister opened the meeting.'),
        '',
        `TRADE ${dashes} 2. (SBU) Officials agreed on a short list of tariff lines.`,
        '',
        `ENERGY AND OTHER ISSUES ${dashes} 3. (C) The delegation raised gas supplies.`,
      ));
      expect(ps.map((p) => p.number)).toEqual(['1', '2', '3']);
      expect(ps.map((p) => p.marking)).toEqual(['C', 'SBU', 'C']);
      expect(ps.map((p) => p.heading)).toEqual([null, 'TRADE', 'ENERGY AND OTHER ISSUES']);
      expect(ps[1]?.text).toBe('Officials agreed on a short list of tariff lines.');
      expect(ps[0]?.text.endsWith('with the ministry.')).toBe(true);
    }
  });

  it('leaves a dash in the text alone: no marking, out of sequence, a sentence before the run (guard)', () => {
    const ps = parseParagraphs(body(
      '1. (C) The minister opened the meeting.',
      '',
      'Officials -- 2. The list of tariff lines was short.',
      '',
      'TRADE ---- 7. (SBU) A number far out of sequence.',
      '',
      'The talks went on. Then ---- 2. (C) came a pause.',
    ));
    expect(ps.map((p) => p.number)).toEqual(['1']);
    expect(ps[0]?.heading).toBeNull();
    expect(ps[0]?.text).toContain('Officials -- 2. The list');
    expect(ps[0]?.text).toContain('TRADE ---- 7. (SBU)');
    expect(ps[0]?.text).toContain('Then ---- 2. (C) came');
  });
});

describe('the second half of a heading over the next paragraph', () => {
  it('heads the next paragraph when the heading before ends with an ellipsis', () => {
    const ps = parseParagraphs(body(
      'Ministers Play on Old Fears...',
      '',
      '1. (SBU) The campaign has played on these fears for weeks. ...',
      '',
      'and Continues With the Same Tactic',
      '',
      '2. (C) In the last debate, the challenger objected.',
    ));
    expect(ps.map((p) => p.number)).toEqual(['1', '2']);
    expect(ps.map((p) => p.heading)).toEqual(['Ministers Play on Old Fears...', 'and Continues With the Same Tactic']);
    expect(ps[0]?.text).toBe('The campaign has played on these fears for weeks. ...');
  });

  it('keeps a last line opening with a conjunction in its paragraph (guards)', () => {
    // No open heading before: the line is text.
    const plain = parseParagraphs(body(
      '1. (SBU) The campaign has played on these fears for weeks.',
      '',
      'and Continues With the Same Tactic',
      '',
      '2. (C) In the last debate, the challenger objected.',
    ));
    expect(plain.map((p) => p.heading)).toEqual([null, null]);
    expect(plain[0]?.text.endsWith('and Continues With the Same Tactic')).toBe(true);
    // After an open heading, a sentence (lower-case words, a period) stays text.
    const sentence = parseParagraphs(body(
      'Ministers Play on Old Fears...',
      '',
      '1. (SBU) The campaign has played on these fears for weeks.',
      '',
      'and the talks went on until late in the night.',
      '',
      '2. (C) In the last debate, the challenger objected.',
    ));
    expect(sentence.map((p) => p.heading)).toEqual(['Ministers Play on Old Fears...', null]);
    expect(sentence[0]?.text.endsWith('and the talks went on until late in the night.')).toBe(true);
    // An ordinary last sentence without punctuation, not in title case, stays text.
    const lower = parseParagraphs(body(
      'Ministers Play on Old Fears...',
      '',
      '1. (SBU) The campaign has played on these fears for weeks.',
      '',
      'and so the campaign went on with its tactic',
      '',
      '2. (C) In the last debate, the challenger objected.',
    ));
    expect(lower.map((p) => p.heading)).toEqual(['Ministers Play on Old Fears...', null]);
    expect(lower[0]?.text.endsWith('and so the campaign went on with its tactic')).toBe(true);
  });
});

describe('an archive record between a cut preamble copy and the complete one', () => {
  const banner = 'C O N F I D E N T I A L ROME 000123 ';
  const cut = [banner, ' ', 'SIPDIS ', ' ', 'E.O. 12958: DECL: 03/04/2017 ', 'TAGS: PREL IT', 'SUBJECT: TALKS ON THE BUDGET ', ' ', 'RE...', '', ''];
  const record = [
    'id: 4711',
    'date: 3/4/2007 5:06',
    'refid: 07ROME123',
    'origin: Embassy Rome',
    'classification: CONFIDENTIAL',
    'destination: 07STATE1',
    'header:',
    'VZCZCXYZ0001',
    'OO RUEHWEB',
    '',
    'DE RUEHRO #0123 0631200',
    'ZNY CCCCC ZZH',
    'O 041200Z MAR 07',
    'FM AMEMBASSY ROME',
    'TO RUEHC/SECSTATE WASHDC IMMEDIATE 0001',
    '',
    '----------------- header ends ----------------',
    '',
  ];
  const full = [
    banner, ' ', 'SIPDIS ', ' ', 'E.O. 12958: DECL: 03/04/2017 ', 'TAGS: PREL IT', 'SUBJECT: TALKS ON THE BUDGET ', ' ',
    'REF: A. STATE 1 ', ' ', '     B. ROME 99 ', ' ', 'Classified By: Ambassador John Smith for reasons 1.4 (b) and (d) ', ' ',
    '1. (C) The minister said the budget would pass. ', ' ', '2. (C) He expected no delay. ', ' ', 'SMITH',
  ];

  it('skips the record and reads the complete copy: references, no junk paragraph', () => {
    const c = parseCable([...cut, ...record, ...full].join('\n'));
    expect(c.subject).toBe('TALKS ON THE BUDGET');
    expect(c.references.map((r) => [r.label, r.text])).toEqual([['A', 'STATE 1'], ['B', 'ROME 99']]);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(c.paragraphs[0]?.text).toBe('The minister said the budget would pass.');
    expect(c.body).not.toContain('id: 4711');
    expect(c.unparsed).toEqual([]);
  });

  it('also when the cut copy stops one space before the ellipsis, inside the REF list', () => {
    const refCut = [...cut.slice(0, 8), 'REF: A. STATE 1 ', '     B. ROME ...', '', ''];
    const c = parseCable([...refCut, ...record, ...full].join('\n'));
    expect(c.references.map((r) => [r.label, r.text])).toEqual([['A', 'STATE 1'], ['B', 'ROME 99']]);
    expect(c.classifiedBy?.name).toBe('John Smith');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(c.body).not.toContain('id: 4711');
  });

  it('leaves a record with no header end, or text after the cut, as it was (guard)', () => {
    // The record's header copy never ends: the cut copy is no copy of the next banner's cable.
    const open = parseCable([...cut, ...record.slice(0, -2), 'The text goes on here.', ...full].join('\n'));
    expect(open.references).toEqual([]);
    expect(open.paragraphs[0]?.text).toContain('RE...');
  });

  it('reads a long run of record-like lines in linear time (hostile)', () => {
    const lines = [...cut];
    for (let i = 0; i < 4000; i++) lines.push(i % 4 === 0 ? 'id: 1' : i % 4 === 1 ? 'header:' : i % 4 === 2 ? 'RE...' : '-'.repeat(30) + ' header end');
    const flat = [...cut, 'id: 1 ', `header:${' '.repeat(50_000)}`, `${'-'.repeat(50_000)} header ends`].join('\n');
    const ms = msUnder(1000, () => {
      parseCable(lines.join('\n'));
      parseCable(flat);
      parseParagraphs(`${'A '.repeat(40)} ${'-- '.repeat(30_000)}`);
      parseParagraphs(Array.from({ length: 5000 }, (_, i) => `TRADE ${'-'.repeat(20)} ${i}. (C) Text ${'-'.repeat(10)}`).join('\n\n'));
    });
    expect(ms).toBeLessThan(1000);
  });
});
