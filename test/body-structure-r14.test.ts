/**
 * Body structure (review rounds 12 to 15): `N)` labels going on after dotted ones, `1)` items under a
 * letter, lower-case `a.` / `i.` items, an unnumbered paragraph with its own marking, a short
 * sub-heading ending with a colon. Synthetic bodies.
 */

import { describe, expect, it } from 'vitest';
import { parseParagraphs } from '../src/body/paragraphs.js';
import { matchLowerLabel, matchParenLabel } from '../src/body/paragraph-label.js';

const body = (...lines: string[]): string => lines.join('\n');

describe('numbers written `N)` going on after dotted labels', () => {
  const lines = [
    '3. (C) The plan ties the work of all sections together.',
    '',
    '4) (C) Our objectives:',
    'A) Helping local groups to speak out.',
    'B) Helping local groups to build ties.',
    '',
    '5)(C) We are building a network of civic activists.',
    '',
    'Public Outreach',
    '---------------',
    '',
    '6)(C) The outreach plan uses every tool we have.',
  ];

  it('reads 4) to 6) as paragraphs with their markings', () => {
    const ps = parseParagraphs(body(...lines));
    expect(ps.map((p) => p.number)).toEqual(['3', '4', '5', '6']);
    expect(ps.map((p) => p.marking)).toEqual(['C', 'C', 'C', 'C']);
    expect(ps[1]?.text).toBe('Our objectives: A) Helping local groups to speak out. B) Helping local groups to build ties.');
    expect(ps[3]).toMatchObject({ heading: 'Public Outreach', text: 'The outreach plan uses every tool we have.' });
  });

  it('reads a marking glued to the label', () => {
    expect(matchParenLabel('5)(C) We are building')?.label).toBe('5');
    expect(matchParenLabel('2) (see above) the list')).toBeNull();
  });

  it('takes a capital after the label only when the paragraph has no item of its own before it', () => {
    const own = parseParagraphs(body('3. (C) The points were these:', '', '1) Costs', '', '2) Staff', '', '3) Timing', '', '4) Travel'));
    expect(own.map((p) => p.number)).toEqual(['3']);
    const next = parseParagraphs(body('3. (C) The talks went well.', '', '4) Next Steps: the team will meet again.'));
    expect(next.map((p) => p.number)).toEqual(['3', '4']);
  });

  it('leaves a number out of sequence as text', () => {
    const ps = parseParagraphs(body('3. (C) The talks went well.', '', '7) (C) Out of place.'));
    expect(ps.map((p) => p.number)).toEqual(['3']);
  });
});

describe('`1)` items under a letter', () => {
  it('makes block-opening items sub-paragraphs and closes them at the next letter and number', () => {
    const ps = parseParagraphs(
      body(
        '4. (S) Reporting needs:',
        '',
        'A. Security',
        '',
        '1) Terrorism (TERR).',
        '-- Plans of groups in the region.',
        '',
        '2) Military (FMCC).',
        '-- Plans of the armed forces.',
        '',
        'B. Governance',
        '',
        '1) Leadership (LEAD).',
        '-- Health of the leaders.',
        '',
        '5. (S) Other needs.',
      ),
    );
    expect(ps.map((p) => p.outline.join('.'))).toEqual(['4', '4.A', '4.A.1', '4.A.2', '4.B', '4.B.1', '5']);
    expect(ps[2]?.text).toBe('Terrorism (TERR). -- Plans of groups in the region.');
  });

  it('splits an outline of item titles on consecutive lines', () => {
    const ps = parseParagraphs(body('5. (S) Priority issues:', '', 'A. Terrorism and Crime', '   1) Terrorist Threats (TERR-2)', '   2) Government Response', '   (TERR-2)', '3) Corruption (CRIM-3)', '', 'B. Politics', '1) Stability (DEPS-3)'));
    expect(ps.map((p) => p.outline.join('.'))).toEqual(['5', '5.A', '5.A.1', '5.A.2', '5.A.3', '5.B', '5.B.1']);
    expect(ps[3]?.text).toBe('Government Response (TERR-2)');
  });

  it('leaves `1)` items right under a number, and items out of sequence, as text', () => {
    expect(parseParagraphs(body('5. (S) Priority issues:', '', '1) Terrorist Threats', '', '2) Government Response')).length).toBe(1);
    const ps = parseParagraphs(body('A. Security', '', '2) Military (FMCC).'));
    expect(ps.map((p) => p.outline.join('.'))).toEqual(['A']);
  });

  it('does not split a wrapped sentence at a number', () => {
    const ps = parseParagraphs(body('A. Security', '', '1) The ministry said the first and the second of the new plans, points', '2) Of the agreement, would wait.'));
    expect(ps.map((p) => p.outline.join('.'))).toEqual(['A', 'A.1']);
  });
});

describe('lower-case letter and roman items', () => {
  const lines = [
    '6.  Fraud is found in all visa classes.  The types are below.',
    '',
    'a.  TOURIST VISAS:  On occasion, the fraud is simple.',
    '',
    'i.  "COYOTES":  The unit watches the coyotes.',
    '',
    'ii.  SERVICES:  In a recent case, the unit found a firm.',
    '',
    'b.  GROUP INTERVIEWS:  The unit watches groups.',
    '',
    '7.  Immigrant visa fraud is rare.',
  ];

  it('nests `a.` under the number and `i.` under the letter', () => {
    const ps = parseParagraphs(body(...lines));
    expect(ps.map((p) => p.outline.join('.'))).toEqual(['6', '6.a', '6.a.i', '6.a.ii', '6.b', '7']);
    expect(ps[2]).toMatchObject({ number: 'i', text: '"COYOTES": The unit watches the coyotes.' });
  });

  it('reads a label only before a capital, a quote or a marking', () => {
    expect(matchLowerLabel('ii.  "CONSULTANCY" SERVICES')?.label).toBe('ii');
    expect(matchLowerLabel('a. the minister said')).toBeNull();
    expect(matchLowerLabel('e.g. The minister')).toBeNull();
  });

  it('leaves an `a.` inside a block, or out of sequence, as text', () => {
    expect(parseParagraphs(body('2. Of these seats:', 'a. Two will go to Africa.')).length).toBe(1);
    expect(parseParagraphs(body('2. Of these seats:', '', 'c. Two will go to Africa.')).length).toBe(1);
  });
});

describe('an unnumbered paragraph with its own marking', () => {
  it('starts after a numbered paragraph finished with a full stop', () => {
    const ps = parseParagraphs(body('5. (S/NF) Comment: The officer spoke of the storm.', '', '(S/NF) Further Comment: The team was surprised by it.'));
    expect(ps).toHaveLength(2);
    expect(ps[1]).toMatchObject({ number: null, marking: 'S/NF', text: 'Further Comment: The team was surprised by it.' });
  });

  it('keeps a marked block under a letter item, and a list letter, in their paragraph', () => {
    const item = parseParagraphs(body('5. (S) Concerns:', '', 'A. (S) Concern: The bank paid the firm.', '', '(S) Response: The bank denied it.'));
    expect(item.map((p) => p.outline.join('.'))).toEqual(['5', '5.A']);
    expect(item[1]?.text).toBe('Concern: The bank paid the firm.\n\n(S) Response: The bank denied it.');
    const list = parseParagraphs(body('12. The unit gave seminars:', '', '(B) Seminar on the education system;', '', '(C) Seminar on the tax system.'));
    expect(list).toHaveLength(1);
    expect(parseParagraphs(body('5. (S) The talks went on and', '', '(S) the ministers left.'))).toHaveLength(1);
  });
});

describe('a short sub-heading ending with a colon', () => {
  const lines = [
    '4. (S) The minister closed the opening session.',
    '',
    '----------------------------------------',
    '(U) Presentations on Iran and North Korea',
    '----------------------------------------',
    '',
    'Iran:',
    '',
    '5. (S) The ministry gave a presentation on Iran.',
    '',
    'North Korea:',
    '',
    '6. (S) The ministry spoke of the DPRK program.',
  ];

  it('heads the numbered paragraph after it, joined after a heading over it', () => {
    const ps = parseParagraphs(body(...lines));
    expect(ps.map((p) => p.number)).toEqual(['4', '5', '6']);
    expect(ps[0]?.text).toBe('The minister closed the opening session.');
    expect(ps[1]).toMatchObject({ heading: 'Presentations on Iran and North Korea Iran:', marking: 'S' });
    expect(ps[2]).toMatchObject({ heading: 'North Korea:', text: 'The ministry spoke of the DPRK program.' });
  });

  it('leaves a colon line announcing text, or a keyword, where it was', () => {
    const ps = parseParagraphs(body('4. (S) The minister said the following:', '', 'North Korea:', '', '5. (S) The ministry spoke.'));
    expect(ps[0]?.text).toBe('The minister said the following:\n\nNorth Korea:');
    const kw = parseParagraphs(body('4. (S) The minister spoke.', '', 'Comment:', '', '5. (S) The ministry spoke.'));
    expect(kw[1]?.heading).toBeNull();
  });
});

describe('headings without a rule', () => {
  it('reads two stacked sentence-case headings as one heading', () => {
    const ps = parseParagraphs(body('11. (C) The government stays wary of its neighbor.', '', 'Military/defense perspective', '', 'Ministry of defense', '', '12. (S) The minister was appointed in June.'));
    expect(ps.map((p) => p.heading)).toEqual([null, 'Military/defense perspective Ministry of defense']);
    expect(ps[0]?.text).toBe('The government stays wary of its neighbor.');
  });

  it('reads a heading after a closing quote damaged into `8`', () => {
    const ps = parseParagraphs(body('5. (C) Moscow calls Central Asia its', '&privileged sphere of influence.8', '', 'Economic perspective', '', '6. (C) The economy is the largest in the region.'));
    expect(ps[1]?.heading).toBe('Economic perspective');
  });

  it('keeps ordinary last lines of a paragraph as text', () => {
    const ps = parseParagraphs(body('5. (C) The talks went on.', '', 'The minister left at noon.', '', '6. (C) The economy grew.'));
    expect(ps[0]?.text).toBe('The talks went on.\n\nThe minister left at noon.');
    const list = parseParagraphs(body('5. (C) The team will visit', '', 'Almaty and Astana in May', '', '6. (C) The economy grew.'));
    expect(list[1]?.heading).toBeNull();
    const long = parseParagraphs(body('5. (C) The talks went on.', '', 'More meetings will follow with the new team next week', '', '6. (C) The economy grew.'));
    expect(long[1]?.heading).toBeNull();
  });
});

describe('hostile input', () => {
  it('reads long runs of items, labels and markings in linear time', () => {
    const parts: string[] = ['1. (C) Start.', '', 'A. Title', ''];
    for (let i = 0; i < 4000; i++) parts.push(`${(i % 98) + 1}) Item ${i}`, `a. (C) x${i}.`, '(C) y.', 'Iran:', '');
    const text = parts.join('\n');
    expect(text.length).toBeGreaterThan(100_000);
    const t0 = performance.now();
    parseParagraphs(text);
    parseParagraphs(`${'1) '.repeat(60_000)}\n${'a. '.repeat(60_000)}`);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
