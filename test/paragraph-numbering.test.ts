/**
 * Paragraph numbers out of sequence inside a block (`parseParagraphs`, src/body/paragraphs.ts): a marked label past a
 * gap in the numbering or repeating the last number, an unmarked one after a small gap; guards for lists inside a
 * paragraph and numbers inside a sentence; linear time of the reader on hostile input full of such labels.
 * Synthetic bodies (no blank lines between the paragraphs: the case of a page that lost them).
 */

import { describe, expect, it } from 'vitest';
import { parseParagraphs } from '../src/body/paragraphs.js';

const body = (...lines: string[]): string => lines.join('\n');
const numbers = (text: string): Array<string | null> => parseParagraphs(text).map((p) => p.number);

describe('a marked label out of sequence at a line start', () => {
  it('starts a paragraph after a gap of several numbers', () => {
    const ps = parseParagraphs(
      body(
        '1. (SBU) Street crime is common in the capital and rising.',
        '2. (SBU) Demonstrations are frequent downtown.',
        '3. (SBU) Flooding occurs along the coast in winter.',
        'Watch your bills carefully for fraudulent charges.',
        '8. (U) TRANSPORTATION Hired cars are the best public transportation.',
        'Subways are safe but watch for pickpockets.',
        '9. (U) DEMONSTRATIONS Protests range in size from dozens to thousands.',
      ),
    );
    expect(ps.map((p) => p.number)).toEqual(['1', '2', '3', '8', '9']);
    expect(ps[2]?.text).toBe('Flooding occurs along the coast in winter. Watch your bills carefully for fraudulent charges.');
    expect(ps[3]).toMatchObject({ marking: 'U', outline: ['8'], text: 'TRANSPORTATION Hired cars are the best public transportation. Subways are safe but watch for pickpockets.' });
  });

  it('starts a paragraph with a paragraph sign and after a gap of nine', () => {
    expect(numbers(body('2. (C) The minister spoke first.', '3. (C) He then left the room.', '\u00b612. (C) The deputy stayed on.', '13. (C) Comment: He was candid.'))).toEqual(['2', '3', '12', '13']);
  });

  it('starts a paragraph when it repeats the last number', () => {
    const ps = parseParagraphs(body('1. (C) The talks opened on time.', '2. (C) The delegation raised trade.', '2. (C) The delegation also raised visas.', '3. (C) The talks closed.'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2', '2', '3']);
    expect(ps[2]?.text).toBe('The delegation also raised visas.');
  });

  it('is repeated once only: a third time the number stays in the text (guard)', () => {
    const ps = parseParagraphs(body('1. (C) The talks opened.', '2. (C) Trade came first.', '2. (C) Visas came next.', '2. (C) Aid came last.'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2', '2']);
    expect(ps[2]?.text).toBe('Visas came next. 2. (C) Aid came last.');
  });

  it('starts a paragraph after a whole reflowed paragraph with no sentence end', () => {
    const long = `${'The officials described the arrangements for the visit in great detail '.repeat(2)}and the schedule`;
    expect(numbers(body('3. (U) Background follows.', long, '7. (U) The visit itself went well.'))).toEqual(['3', '7']);
  });

  it('stays in the sentence it goes on (guard)', () => {
    expect(numbers(body('3. (C) The minister asked us to see paragraph', '8. (C) of the earlier note for details.'))).toEqual(['3']);
  });

  it('stays in the paragraph when it is below the last number: a quoted list (guard)', () => {
    const ps = parseParagraphs(body('5. (C) The note read as follows.', '1. (C) We agree to the terms.', '2. (C) We ask for more time.'));
    expect(ps.map((p) => p.number)).toEqual(['5']);
    expect(ps[0]?.text).toBe('The note read as follows. 1. (C) We agree to the terms. 2. (C) We ask for more time.');
  });

  it('stays in the paragraph far past the last number (guard)', () => {
    expect(numbers(body('2. (U) The budget rose again this year.', '95. (U) percent of it went to salaries.'))).toEqual(['2']);
  });
});

describe('an unmarked label out of sequence at a line start', () => {
  it('starts a paragraph after a small gap and a finished sentence', () => {
    const ps = parseParagraphs(body('2. The Ambassador met the minister on', 'Tuesday.', '3. The minister raised the border question', 'for the second time this year.', '6. The Ambassador then raised trade and', 'investment.'));
    expect(ps.map((p) => p.number)).toEqual(['2', '3', '6']);
    expect(ps[2]?.text).toBe('The Ambassador then raised trade and investment.');
  });

  it('stays in a list of short label lines (guard)', () => {
    expect(numbers(body('4. The shipment held:', '1. Rice.', '2. Flour.', '6. Beans.'))).toEqual(['4']);
  });

  it('stays in the paragraph after a gap of several numbers (guard)', () => {
    expect(numbers(body('2. The ministry said so.', 'It gave no reasons.', '9. The other ministries', 'agreed.'))).toEqual(['2']);
  });

  it('stays in the paragraph after a lower-case word (guard)', () => {
    expect(numbers(body('2. The ministry said so.', 'It gave no reasons.', '4. percent of the budget was cut.'))).toEqual(['2']);
  });
});

describe('the next unmarked number after a whole paragraph on one reflowed line', () => {
  const LONG = '9. Latin America Leaders Meet on the Amazon OCT. 2007 - The ministers of eight countries met in Manaus to plan joint work on the river basin, its forests and the people who live there. Source - Green News';

  it('starts a paragraph: a long label line is a paragraph of its own, not a list item', () => {
    expect(LONG.length).toBeGreaterThan(100);
    const ps = parseParagraphs(body(LONG, '10. Brazil: River Peoples Win a Hearing OCT. 2007 - A court agreed to hear the case.'));
    expect(ps.map((p) => p.number)).toEqual(['9', '10']);
    expect(ps[0]?.text.endsWith('Source - Green News')).toBe(true);
  });

  it('stays in the paragraph after a short unmarked label line: a list item (guard)', () => {
    expect(numbers(body('9. Latin America Leaders Meet in Manaus', '10. Brazil: River Peoples Win a Hearing'))).toEqual(['9']);
  });
});

describe('linear time on hostile input: labels out of sequence', () => {
  it('reads ~200 kB of labels, repeats and gaps in well under a second', () => {
    const parts: string[] = [];
    for (let i = 0; i < 4000; i++) parts.push(i % 3 === 0 ? `${(i * 7) % 999}. (U) Text.` : i % 3 === 1 ? `${(i * 7) % 999}. Text` : '1. (C) ');
    const text = parts.join('\n');
    expect(text.length).toBeGreaterThan(40_000);
    const big = `${text}\n${text}\n${text}\n${text}`;
    const t0 = performance.now();
    const ps = parseParagraphs(big);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(ps.length).toBeGreaterThan(0);
  });

  it('reads ~200 kB of one marked label repeated line after line in well under a second', () => {
    const big = '1. (C) Text.\n'.repeat(16_000);
    const t0 = performance.now();
    const ps = parseParagraphs(big);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(ps.map((p) => p.number)).toEqual(['1', '1']);
  });
});

describe('a number split across a blank line by scraping', () => {
  it('takes back its first digit from the end of the paragraph before', () => {
    const ps = parseParagraphs(body('10. (U) Prices rose in the spring.', '', '11. (U) Fuel prices are set by the state. 1', '', '2. (U) Since the 1990s, exports have grown.', '', '13. (U) Trade grew.'));
    expect(ps.map((p) => p.number)).toEqual(['10', '11', '12', '13']);
    expect(ps[1]?.text).toBe('Fuel prices are set by the state.');
    expect(ps[2]?.text).toBe('Since the 1990s, exports have grown.');
  });

  it('leaves a number that goes on with the sequence by itself (guard)', () => {
    const ps = parseParagraphs(body('1. (U) The team counted item 1', '', '2. (U) Then it left.'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2']);
    expect(ps[0]?.text).toBe('The team counted item 1');
  });

  it('leaves digits that do not follow a sentence end, or that make no next number (guards)', () => {
    const inside = parseParagraphs(body('10. (U) Prices rose.', '', '11. (U) See table 1', '', '2. (U) Exports grew.'));
    expect(inside.map((p) => p.number)).toEqual(['10', '11', '2']);
    expect(inside[1]?.text).toBe('See table 1');
    const other = parseParagraphs(body('10. (U) Prices rose.', '', '11. (U) Prices fell. 3', '', '2. (U) Exports grew.'));
    expect(other.map((p) => p.number)).toEqual(['10', '11', '2']);
    expect(other[1]?.text).toBe('Prices fell. 3');
  });
});

describe('a number split after a heading rule by scraping', () => {
  it('takes back its first digit from the end of the heading line', () => {
    const ps = parseParagraphs(body('8. (C) Trade was discussed at length.', '', '9. (C) Border issues came next.', '', 'PEACEKEEPING/ISLAND --------- 1', '', '0. (C) The minister said the bill had passed.', '', '11. (SBU) Defense programs were reviewed.'));
    expect(ps.map((p) => p.number)).toEqual(['8', '9', '10', '11']);
    expect(ps[2]).toMatchObject({ marking: 'C', heading: 'PEACEKEEPING/ISLAND', text: 'The minister said the bill had passed.' });
  });

  it('leaves digits without a rule before them, or that make no next number, in the heading (guards)', () => {
    const plain = parseParagraphs(body('9. (C) Border issues came next.', '', 'PHASE 1', '', '0. (C) The minister spoke.'));
    expect(plain.map((p) => p.number)).not.toContain('10');
    expect(plain.some((p) => p.heading === 'PHASE 1')).toBe(true);
    const other = parseParagraphs(body('9. (C) Border issues came next.', '', 'PEACEKEEPING --------- 3', '', '0. (C) The minister spoke.'));
    expect(other.map((p) => p.number)).not.toContain('10');
    expect(other.map((p) => p.number)).not.toContain('30');
  });

  it('reads ~200 kB of headings ending with a rule and digits in well under a second', () => {
    const parts: string[] = [];
    for (let i = 1; i <= 3000; i++) parts.push(`${i}. (C) The talks went on.`, '', `TOPIC ${'-'.repeat(30)} ${i % 10}`, '');
    const text = parts.join('\n');
    expect(text.length).toBeGreaterThan(100_000);
    const t0 = performance.now();
    const ps = parseParagraphs(text);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(ps.length).toBeGreaterThan(2000);
  });
});
