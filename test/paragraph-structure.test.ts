/**
 * Blocks inside a paragraph (`parseParagraphs`, src/body/paragraphs.ts): the blank line after a paragraph's first
 * line, an underlined group name under a list entry; and linear time of the paragraph reader on hostile input
 * that mixes labels, markings, headings and rules. Synthetic bodies.
 */

import { describe, expect, it } from 'vitest';
import { parseParagraphs } from '../src/body/paragraphs.js';

const body = (...lines: string[]): string => lines.join('\n');

describe('the blank line after a paragraph\'s first line', () => {
  it('is kept when a page marker sits in the gap', () => {
    const ps = parseParagraphs(body('5. PROTECTION AND ASSISTANCE TO VICTIMS:', '', 'REYKJAVIK 00000068  010 OF 011', '', '', '-- A. Does the government assist victims, for example, by', 'providing temporary residency?'));
    expect(ps[0]?.text).toBe('PROTECTION AND ASSISTANCE TO VICTIMS:\n\n-- A. Does the government assist victims, for example, by providing temporary residency?');
  });

  it('is kept after a label line with a title', () => {
    const ps = parseParagraphs(body('2.  Country Reports: Compliance with Eligibility Criteria', '', 'The country reports contained in this section focus', 'attention on current performance.'));
    expect(ps[0]?.text).toBe('Country Reports: Compliance with Eligibility Criteria\n\nThe country reports contained in this section focus attention on current performance.');
  });

  it('still reads text on across a page break inside a sentence', () => {
    const ps = parseParagraphs(body('5. (C) The ministry bought three mobile scanning machines for use in the', '', 'ASTANA 00000068  002 OF 004', '', 'southern oblasts of the country.'));
    expect(ps[0]?.text).toBe('The ministry bought three mobile scanning machines for use in the southern oblasts of the country.');
  });
});

describe('an underlined group name under a list entry', () => {
  const entry = 'The Deputy Secretary Jane Roe, Acting Assistant Secretary John Doe, Political Officer Ann Poe (Notetaker)';

  it('is a block of its own in the paragraph, not the end of the line before', () => {
    const ps = parseParagraphs(body('2. (SBU) Participants:', 'United States', '-------------', entry, 'PORTUGAL', '--------', 'Minister Carlos Silva, Director Rui Costa'));
    expect(ps).toHaveLength(1);
    expect(ps[0]?.text).toBe(`Participants:\n\nUnited States\n\n${entry}\n\nPORTUGAL\n\nMinister Carlos Silva, Director Rui Costa`);
  });

  it('keeps a two-line underlined heading whole, and a wrapped line going on into the underlined one (guards)', () => {
    const two = parseParagraphs(body('2. (SBU) The visit went well.', '', 'Ministry of Foreign Affairs:', '"We Need Evidence"', '-----', 'More text follows here.'));
    expect(two[1]).toMatchObject({ number: null, heading: 'Ministry of Foreign Affairs: "We Need Evidence"', text: 'More text follows here.' });
    const wrapped = parseParagraphs(body('2. (SBU) The delegation met the minister and', 'Deputy Foreign Minister', '-----', 'More text follows here.'));
    expect(wrapped[0]?.text).toBe('The delegation met the minister and Deputy Foreign Minister\n\nMore text follows here.');
  });
});

describe('linear time on hostile input: dotless labels, framed label lines, paren items, dashed titles', () => {
  it('parses ~200 kB of dotless labels, framed label lines, paren items and dashed titles quickly', () => {
    const unit = [
      '15 (C ) ( SBU) text',
      '------ Health ------ 5.',
      `${'-'.repeat(40)} ${'Word '.repeat(30)}${'-'.repeat(40)}`,
      '1) Item',
      '',
      '2) Item',
      'D). TITLE ----',
      '//A//B//',
      `${'9'.repeat(50)} (C`,
      '',
    ].join('\n');
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    const t = Date.now();
    parseParagraphs(text);
    expect(Date.now() - t).toBeLessThan(1000);
  });
});

describe('linear time on hostile input: open lines, redactions, designators, open markings', () => {
  it('reads long runs of open lines, redactions, designators and open markings in linear time', () => {
    const parts: string[] = ['1. (C) Start.', ''];
    for (let i = 0; i < 3000; i++) {
      parts.push(`Question #${(i % 900) + 1}: Why?`, i % 2 === 0 ? '-----' : '', `${i + 2}. (SBU During the day, words`, 'XXXXXXXXXXXX', `${i + 3}. Next words XXXX`, 'XXXXXXXXXXXX', '');
    }
    const text = parts.join('\n');
    expect(text.length).toBeGreaterThan(100_000);
    const t0 = performance.now();
    parseParagraphs(text);
    parseParagraphs(`1. (U) a\n${'X'.repeat(150_000)}\n2. ${'(SBU '.repeat(30_000)}`);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});

describe('linear time on hostile input: sub-labels, underlined names, spaced titles', () => {
  it('parses long runs of sub-labels, underlined names and spaced titles in linear time', () => {
    const parts: string[] = ['1. (C) Keyed to the questions:', '', 'A. (c) overview', ''];
    for (let i = 1; i <= 2000; i++) parts.push(`A ${i}. (c) item text`, '');
    for (let i = 0; i < 2000; i++) parts.push('x'.repeat(110), 'NAME', '----', '');
    for (let i = 0; i < 2000; i++) parts.push('TITLE', '', '', '', '');
    parts.push('2. (C) End.');
    const text = parts.join('\n');
    expect(text.length).toBeGreaterThan(100_000);
    const t0 = performance.now();
    const ps = parseParagraphs(text);
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(ps.length).toBeGreaterThan(10);
  });
});

describe('a non-paper quoted inside a numbered paragraph', () => {
  it('keeps its all-caps sub-heading and bullets in the paragraph', () => {
    const ps = parseParagraphs(body('3. (SBU) Posts should deliver the points below.', '', '4. (U) Begin U.S. non-paper', '', 'FOR ALL ADDRESSEES', '', '-- Outreach to industry is a key step.', '', '-- We ask for your help.'));
    expect(ps.map((p) => p.number)).toEqual(['3', '4']);
    expect(ps[1]?.text).toBe('Begin U.S. non-paper\n\nFOR ALL ADDRESSEES\n\n-- Outreach to industry is a key step.\n\n-- We ask for your help.');
  });

  it('ends at `END NON-PAPER`: a title after it heads text of its own (guard)', () => {
    const ps = parseParagraphs(body('4. (U) BEGIN NON-PAPER', '', 'FOR ALL ADDRESSEES', '', '-- Outreach to industry is a key step. END NON-PAPER.', '', 'ADDITIONAL GUIDANCE', '', 'Posts may add local points.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['4', null],
      [null, 'ADDITIONAL GUIDANCE'],
    ]);
  });
});
