/**
 * Body structure (review rounds 17 and 18): an unmarked next number after a line with no closing punctuation,
 * redaction lines over headings, a numbered heading whose rule was left out, a marking missing its `)`.
 * Synthetic bodies.
 */

import { describe, expect, it } from 'vitest';
import { parseParagraphs } from '../src/body/paragraphs.js';
import { matchOpenMarking } from '../src/body/paragraph-label.js';

const body = (...lines: string[]): string => lines.join('\n');

describe('an unmarked next number after a line with no closing punctuation', () => {
  it('starts a paragraph after a name list ending with a redaction', () => {
    const ps = parseParagraphs(
      body(
        '11. (C) The talks went well.',
        '',
        '12. (U) Participants:',
        'Country A:',
        'Deputy Director Pat Roe XXXXXXXXXXXX',
        '13. Deputy Director Roe cleared this message.',
      ),
    );
    expect(ps.map((p) => p.number)).toEqual(['11', '12', '13']);
    expect(ps[1]?.text).toBe('Participants: Country A: Deputy Director Pat Roe XXXXXXXXXXXX');
    expect(ps[2]).toMatchObject({ marking: null, text: 'Deputy Director Roe cleared this message.' });
  });

  it('starts a paragraph after a marked label line left open', () => {
    const ps = parseParagraphs(body('1. (U) Some words about the visit', '2. Second paragraph with no marking.'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2']);
    expect(ps[1]?.text).toBe('Second paragraph with no marking.');
  });

  it('leaves a number the line before goes on into (guards)', () => {
    for (const before of ['the minister asked us to read paragraph', 'the meeting is set for March', 'we discussed items one and']) {
      const ps = parseParagraphs(body(`1. (U) As agreed, ${before}`, '2. The rest of the sentence follows here.'));
      expect(ps.map((p) => p.number)).toEqual(['1']);
    }
  });

  it('leaves a list of unmarked items inside a paragraph (guard)', () => {
    const ps = parseParagraphs(body('1. Fruit Baskets', '2. Pears and apples', '3. Plums'));
    expect(ps.map((p) => p.number)).toEqual(['1']);
  });

  it('leaves a number after a comma or out of sequence (guard)', () => {
    expect(parseParagraphs(body('1. (U) We met the mayor, the governor,', '2. The police chief and others.')).map((p) => p.number)).toEqual(['1']);
    expect(parseParagraphs(body('1. (U) We met the mayor and the governor of the Region', '5. The police chief spoke.')).map((p) => p.number)).toEqual(['1']);
  });
});

describe('redaction lines over headings', () => {
  it('reads a redaction over a rule, right under the last sentence, as the next paragraph heading', () => {
    const ps = parseParagraphs(
      body('8. (S) The minister said his office was reviewing it.', 'XXXXXXXXXXXX', '', '-------------', '9. (S) The envoy said that the case has a long history.'),
    );
    expect(ps.map((p) => p.number)).toEqual(['8', '9']);
    expect(ps[0]?.text).toBe('The minister said his office was reviewing it.');
    expect(ps[1]?.heading).toBe('XXXXXXXXXXXX');
  });

  it('keeps a redaction line apart from the heading under it', () => {
    const ps = parseParagraphs(body('XXXXXXXXXXXX', 'BILATERAL TRADE TALKS', '', '7. (C) The deputy minister said that the talks were stalled.'));
    expect(ps.map((p) => p.number)).toEqual([null, '7']);
    expect(ps[0]?.text).toBe('XXXXXXXXXXXX');
    expect(ps[1]).toMatchObject({ heading: 'BILATERAL TRADE TALKS', marking: 'C' });
  });

  it('puts such a redaction line after a paragraph into that paragraph', () => {
    const ps = parseParagraphs(body('1. (C) An opening paragraph.', '', 'XXXXXXXXXXXX', 'BILATERAL TRADE TALKS', '', '7. (C) The deputy minister said that the talks were stalled.'));
    expect(ps.map((p) => p.number)).toEqual(['1', '7']);
    expect(ps[0]?.text).toBe('An opening paragraph.\n\nXXXXXXXXXXXX');
    expect(ps[1]?.heading).toBe('BILATERAL TRADE TALKS');
  });

  it('leaves a redaction line ending a paragraph with no rule after it (guard)', () => {
    const ps = parseParagraphs(body('8. (S) The minister said his office was reviewing it.', 'XXXXXXXXXXXX', '', '9. (S) The envoy said that the case has a long history.'));
    expect(ps[1]?.heading).toBeNull();
  });
});

describe('a numbered heading whose rule was left out', () => {
  const lines = [
    'Question #1: Who leads the protests?',
    '------------------------------------',
    '',
    'Answer: (SBU) Most of the people we asked named the same two',
    'leaders, who are said to meet every evening in the capital.',
    '',
    'Question #2: How does the word get out?',
    '',
    'Answer: (C) Our contacts asserted that text messages and web',
    'pages carry the news of each planned event within an hour.',
    '',
    'Question #3: How is the government responding?',
    '-----------------------------------------------',
    '',
    'Answer: (S) When pressed, most contacts said the police will',
    'not fire on the crowds, but nobody seemed to be quite sure.',
  ];

  it('heads its own paragraph like the underlined ones', () => {
    const ps = parseParagraphs(body(...lines));
    expect(ps.map((p) => p.heading)).toEqual(['Question #1: Who leads the protests?', 'Question #2: How does the word get out?', 'Question #3: How is the government responding?']);
    expect(ps.map((p) => p.marking)).toEqual(['SBU', 'C', 'S']);
    expect(ps[0]?.text).toBe('Answer: Most of the people we asked named the same two leaders, who are said to meet every evening in the capital.');
  });

  it('is not taken without an underlined heading of the same designator before it (guard)', () => {
    const other = ['Part 1: Who leads the protests?', ...lines.slice(1)];
    const ps = parseParagraphs(body(...other));
    expect(ps.map((p) => p.heading)).toEqual(['Part 1: Who leads the protests?', 'Question #3: How is the government responding?']);
    expect(ps[0]?.text).toContain('Question #2: How does the word get out?');
  });
});

describe('a marking missing its closing parenthesis', () => {
  it('reads the marking after a label', () => {
    const ps = parseParagraphs(body('4. (SBU) Text four.', '', '5. (SBU During recent months, our dialogue has focused on trade.', '', '6. (U) Six.'));
    expect(ps[1]).toMatchObject({ number: '5', marking: 'SBU', text: 'During recent months, our dialogue has focused on trade.' });
    expect(matchOpenMarking('(S//NF Officials said')).toEqual({ marking: 'S//NF', length: 7 });
  });

  it('leaves one-letter codes, lower-case words and asides (guards)', () => {
    expect(matchOpenMarking('(C During recent months')).toBeNull();
    expect(matchOpenMarking('(SBU during recent months')).toBeNull();
    expect(matchOpenMarking('(SBU Working Group) met on Monday')).toBeNull();
    expect(matchOpenMarking('(SBU) During')).toBeNull();
    const ps = parseParagraphs(body('1. (U) First.', '', '(SBU During recent months, our dialogue has focused on trade.'));
    expect(ps.at(-1)?.text).toContain('(SBU During recent months');
  });
});

describe('hostile input', () => {
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
