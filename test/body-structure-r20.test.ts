/**
 * Body structure (review round 20): sub-paragraph labels of a lettered section (`A 1.`), a lone `(c)` on a line
 * lowered by scraping, an underlined group name under a list entry, an empty section's title set off from the next
 * heading by blank lines. Synthetic bodies.
 */

import { describe, expect, it } from 'vitest';
import { parseParagraphs } from '../src/body/paragraphs.js';
import { matchLoweredMarking, matchSubLabel } from '../src/body/paragraph-label.js';

const body = (...lines: string[]): string => lines.join('\n');

describe('sub-paragraph labels of a lettered section', () => {
  const cable = body(
    '3. (S/NF) Answers below are keyed to the questions:',
    '',
    'A. (c) general state of the port',
    '',
    'A 1. (S/NF) CAPACITY: The port handles about forty ships',
    'a week, most of them bulk carriers.',
    '',
    'A 2. (C) STAFF: The harbor master has a staff of twelve.',
    '',
    'A 3-4. (c) who inspects the cargo and how often',
    'IS IT CHECKED: Customs inspects a few containers a day.',
    '',
    'B. Security measures',
    '',
    'B 1. (s/nf) fences and gates: The fence is new.',
    '',
    'B 2.xxxxxxxxxxxx',
    '',
    '4. (U) Embassy Lisbon cleared this cable.',
  );

  it('reads each sub-paragraph with its number, outline and marking', () => {
    const ps = parseParagraphs(cable);
    expect(ps.map((p) => p.number)).toEqual(['3', 'A', 'A 1', 'A 2', 'A 3-4', 'B', 'B 1', 'B 2', '4']);
    expect(ps.map((p) => p.outline.join('.'))).toEqual(['3', '3.A', '3.A.1', '3.A.2', '3.A.3-4', '3.B', '3.B.1', '3.B.2', '4']);
    expect(ps.map((p) => p.marking)).toEqual(['S/NF', 'C', 'S/NF', 'C', 'C', null, 'S/NF', null, 'U']);
    expect(ps[1]?.text).toBe('general state of the port');
    expect(ps[2]?.text).toBe('CAPACITY: The port handles about forty ships a week, most of them bulk carriers.');
    expect(ps[4]?.text).toBe('who inspects the cargo and how often IS IT CHECKED: Customs inspects a few containers a day.');
    expect(ps[7]?.text).toBe('xxxxxxxxxxxx');
  });

  it('reads a sub-label joined to its section line across a page break, not one inside a sentence', () => {
    const ps = parseParagraphs(
      body(
        '2. (C) Keyed to the questions:',
        '',
        'A. Mental state',
        '',
        'LISBON 00000123  004 OF 006',
        '',
        'A 1. (S/NF) MOOD: He seemed calm and alert.',
        'A 2. (C) MEETINGS: He chairs them weekly, as noted in',
        'A 3. and the notes before.',
      ),
    );
    expect(ps.map((p) => p.number)).toEqual(['2', 'A', 'A 1', 'A 2']);
    expect(ps[3]?.text).toBe('MEETINGS: He chairs them weekly, as noted in A 3. and the notes before.');
  });

  it('takes no sub-label out of sequence or under another letter (guards)', () => {
    // `A 2.` with no `A 1.` before it, and `C 1.` under section `A`, stay text.
    const ps = parseParagraphs(body('1. (C) Keyed to the questions:', '', 'A. (C) Overview', '', 'A 2. (C) The second point.', '', 'C 1. (C) Another point.'));
    expect(ps.map((p) => p.number)).toEqual(['1', 'A']);
    expect(ps[1]?.text).toBe('Overview\n\nA 2. (C) The second point.\n\nC 1. (C) Another point.');
  });

  it('matches the label shapes only', () => {
    expect(matchSubLabel('A 1. (S/NF) DIAGNOSES:')).toMatchObject({ label: 'A 1', letter: 'A', item: '1' });
    expect(matchSubLabel('A 7-8. (c) who provides')).toMatchObject({ label: 'A 7-8', item: '7-8' });
    expect(matchSubLabel('E 2.xxxxxxxxxxxx')).toMatchObject({ label: 'E 2' });
    expect(matchSubLabel('A 1.5 million people')).toBeNull();
    expect(matchSubLabel('A 10 percent rise.')).toBeNull();
    expect(matchSubLabel('Article 5. The parties')).toBeNull();
  });
});

describe('a lone lower-case marking on a lowered line', () => {
  it('is a marking before lower-case words only', () => {
    expect(matchLoweredMarking('(c) overall health')).toEqual({ marking: 'C', length: 4 });
    expect(matchLoweredMarking('(s) access to the files')).toEqual({ marking: 'S', length: 4 });
    expect(matchLoweredMarking('(c) Yes, the Netherlands is a party')).toBeNull();
    expect(matchLoweredMarking('(b) the second option')).toBeNull();
  });

  it('is read after a label only in a marked cable (guard)', () => {
    const unmarked = parseParagraphs(body('1. Questions and answers:', '', 'A. (c) yes, in part'));
    expect(unmarked[1]).toMatchObject({ number: 'A', marking: null, text: '(c) yes, in part' });
    const marked = parseParagraphs(body('1. (C) Questions and answers:', '', 'A. (c) yes, in part'));
    expect(marked[1]).toMatchObject({ number: 'A', marking: 'C', text: 'yes, in part' });
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

describe('an empty section title set off from the next heading', () => {
  it('closes the paragraph before instead of joining the next heading', () => {
    const ps = parseParagraphs(
      body(
        '20. (U) One video will cover the project.',
        '',
        '',
        '',
        'BUDGET (In Separate Email)',
        '',
        '',
        '',
        'RECIPIENT ORGANIZATION',
        '',
        '21. (U) The fund was founded in 1990.',
      ),
    );
    expect(ps.map((p) => p.number)).toEqual(['20', '21']);
    expect(ps[0]?.text).toBe('One video will cover the project.\n\nBUDGET (In Separate Email)');
    expect(ps[1]?.heading).toBe('RECIPIENT ORGANIZATION');
  });

  it('keeps a title and its sub-title spaced alike as one heading (guard)', () => {
    const ps = parseParagraphs(body('20. (U) One video will cover the project.', '', 'PART TWO', '', 'RECIPIENT ORGANIZATION', '', '21. (U) The fund was founded in 1990.'));
    expect(ps[1]?.heading).toBe('PART TWO RECIPIENT ORGANIZATION');
    expect(ps[0]?.text).toBe('One video will cover the project.');
  });
});

describe('hostile input for the round-20 rules', () => {
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

  it('reads many unmarked labels before a lone lowered marking in linear time', () => {
    const parts: string[] = [];
    for (let i = 1; i <= 6000; i++) parts.push(`${i}. (c) item text here`, '');
    const text = parts.join('\n');
    expect(text.length).toBeGreaterThan(100_000);
    const t0 = performance.now();
    const ps = parseParagraphs(text);
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(ps[0]?.marking).toBeNull();
  });
});
