/**
 * Paragraph labels and outline levels (`parseParagraphs`, src/body/paragraphs.ts; label shapes in
 * src/body/paragraph-label.ts): labels without a dot, `N)` labels and press summary items, an unmarked next
 * number, `1)` items under a letter, lower-case `a.` / `i.` items, sub-paragraph labels of a lettered section
 * (`A 1.`). Synthetic bodies.
 */

import { describe, expect, it } from 'vitest';
import { parseParagraphs } from '../src/body/paragraphs.js';
import { bestMs, msUnder } from './timing.js';
import { matchBareLabel, matchBracketLabel, matchColonLabel, matchLabel, matchLowerLabel, matchParenLabel, matchSubLabel } from '../src/body/paragraph-label.js';

const body = (...lines: string[]): string => lines.join('\n');

describe('a number label without its dot', () => {
  const lines = [
    '13. (C) The delegation met the ministers on Sunday.',
    '14. (C) Civil society leaders spoke of violence in the rural',
    'areas, and members said they were not paid.',
    'SANCTIONS',
    '---------',
    '15 (C) Sanctions were discussed in all meetings with officials.',
    '16. (C) The ministers asked that the sanctions be lifted.',
  ];

  it('starts paragraph 15 with the heading before it', () => {
    const ps = parseParagraphs(body(...lines));
    expect(ps.map((p) => p.number)).toEqual(['13', '14', '15', '16']);
    expect(ps[1]?.text).toBe('Civil society leaders spoke of violence in the rural areas, and members said they were not paid.');
    expect(ps[2]).toMatchObject({ marking: 'C', heading: 'SANCTIONS', text: 'Sanctions were discussed in all meetings with officials.' });
  });

  it('splits a block at a dotless label after a finished sentence', () => {
    const ps = parseParagraphs(body('4. (C) The talks ended on Monday.', '5 (C) The ministers left on Tuesday.'));
    expect(ps.map((p) => p.number)).toEqual(['4', '5']);
  });

  it('leaves a number out of sequence, inside a sentence or a year as text', () => {
    expect(parseParagraphs(body('4. (C) The talks ended on Monday.', '', '9 (C) is the clause they cited.')).map((p) => p.number)).toEqual(['4']);
    expect(parseParagraphs(body('4. (C) The delegation pointed to paragraph', '5 (C) of the agreement as the basis.')).map((p) => p.number)).toEqual(['4']);
    expect(matchBareLabel('2009 (C) was a hard year')).toBeNull();
    expect(matchBareLabel('15 (C) Sanctions')?.label).toBe('15');
  });
});

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

describe('press summary items `N)`', () => {
  const lines = [
    '1) Prime Minister\'s daily schedule (Daily)',
    '2) Under Secretary notes concerns in press conference (Daily)',
    '3) Minister meets the delegation (Evening)',
    '',
    '2) Under Secretary says the region is concerned DAILY (Page 6) The visiting under secretary said ...',
    '',
    '3) Minister in meeting with delegation reveals plan EVENING (Page 2) The minister met the delegation ...',
  ];

  it('makes the blank-separated items numbered paragraphs', () => {
    const ps = parseParagraphs(body(...lines));
    expect(ps.map((p) => p.number)).toEqual(['1', '2', '3']);
    expect(ps[1]?.text).toBe('Under Secretary says the region is concerned DAILY (Page 6) The visiting under secretary said ...');
  });

  it('leaves `1)` items inside a numbered paragraph as text', () => {
    const ps = parseParagraphs(body('5. (S) Priority issues:', '', '1) Terrorist Threats and Activities', '', '2) Government Response'));
    expect(ps.map((p) => p.number)).toEqual(['5']);
    expect(ps[0]?.text).toBe('Priority issues:\n\n1) Terrorist Threats and Activities\n\n2) Government Response');
  });

  it('reads a label only before a capital', () => {
    expect(matchParenLabel('12) White House threatens veto')?.label).toBe('12');
    expect(matchParenLabel('1) the minister said')).toBeNull();
  });
});

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

  it('splits items under a long title-case letter line, as under its short siblings', () => {
    // The `B.` line is over 64 characters, commas inside its title; the items follow it with no blank line.
    const ps = parseParagraphs(
      body(
        '4. (S/NF) Reporting and collection needs:',
        '¶A. Trade and Energy Security',
        ' 1) Regional Trade (ECON-4H). Plans and efforts regarding trade with neighbors.',
        ' 2) Energy Supply (ESEC-4H). Plans to diversify energy sources.',
        '¶B. Public Finance, Regional Development, and Social Cohesion Issues',
        ' 1) Public Finance and Regional Development (ECFS-4H). Plans to respond to the crisis.',
        ' 2) Smuggling (MONY-5H). Government plans to enforce the customs code.',
        ' 3) Migration, Minorities, and Rights (DEMG-5H). Views about minorities.',
        '¶C. Defense',
        ' 1) Alliance Issues (FMCC-4H). Plans to meet alliance targets.',
      ),
    );
    expect(ps.map((p) => p.outline.join('.'))).toEqual(['4', '4.A', '4.A.1', '4.A.2', '4.B', '4.B.1', '4.B.2', '4.B.3', '4.C', '4.C.1']);
    expect(ps[4]?.text).toBe('Public Finance, Regional Development, and Social Cohesion Issues');
    expect(ps[5]?.text).toBe('Public Finance and Regional Development (ECFS-4H). Plans to respond to the crisis.');
  });

  it('does not split under a long letter line that is a wrapped sentence (guard)', () => {
    const ps = parseParagraphs(body('4. (C) Needs:', '', 'A. Security', '', 'B. The ministry set out its first answers to the questions in annex', '1) of the agreement, which the delegation will send next week.'));
    expect(ps.map((p) => p.outline.join('.'))).toEqual(['4', '4.A', '4.B']);
    expect(ps[2]?.text).toBe('The ministry set out its first answers to the questions in annex 1) of the agreement, which the delegation will send next week.');
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

  it('opens a lower-case list right under a marked lead-in line (era red team 41)', () => {
    const ps = parseParagraphs(
      body(
        '4. (SBU) Remains and effects:',
        '   a. The remains are at Funeraria Santos, Angeles City.',
        '   b. Funds for disposition: the sister will send USD 1,400',
        '      through OCS Trust.',
        '   c. Effects were inventoried by ACS on August 1.',
        '',
        '5. (U) Post will issue the Report of Death.',
      ),
    );
    expect(ps.map((p) => p.outline.join('.'))).toEqual(['4', '4.a', '4.b', '4.c', '5']);
    expect(ps[2]?.text).toBe('Funds for disposition: the sister will send USD 1,400 through OCS Trust.');
  });
});

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

describe('linear time on hostile input: items, labels and markings', () => {
  it('reads long runs of items, labels and markings in linear time', () => {
    const parts: string[] = ['1. (C) Start.', '', 'A. Title', ''];
    for (let i = 0; i < 4000; i++) parts.push(`${(i % 98) + 1}) Item ${i}`, `a. (C) x${i}.`, '(C) y.', 'Iran:', '');
    const text = parts.join('\n');
    expect(text.length).toBeGreaterThan(100_000);
    const ms = msUnder(1500, () => {
      parseParagraphs(text);
      parseParagraphs(`${'1) '.repeat(60_000)}\n${'a. '.repeat(60_000)}`);
    });
    expect(ms).toBeLessThan(1500);
  });

  it('splits one block at many labels without copying its rest each time', () => {
    // A thousand marked labels in one block (no blank lines), each over 200 short lines: every label splits the block.
    // Timed against the same lines with no labels (`x1. (C) Go.` splits nothing), so that a loaded machine slows both:
    // a copy of the block's rest at each split made the labeled text many times slower than the other.
    const text = (prefix: string): string => {
      const parts: string[] = [];
      for (let i = 1; i <= 999; i++) {
        parts.push(`${prefix}${i}. (C) Go.`);
        for (let t = 0; t < 200; t++) parts.push('ok.');
      }
      return parts.join('\n');
    };
    const labeled = text('');
    const plain = text('x');
    parseParagraphs(plain.slice(0, 50_000));
    expect(parseParagraphs(plain).length).toBe(1);
    const base = bestMs(() => parseParagraphs(plain));
    let ps: ReturnType<typeof parseParagraphs> = [];
    expect(bestMs(() => (ps = parseParagraphs(labeled)))).toBeLessThan(3 * base + 200);
    expect(ps.length).toBe(999);
    expect(ps[998]?.number).toBe('999');
  });
});

describe('a letter list whose first item is written `A:`', () => {
  const lines = [
    '1. (SBU) Post offers the following answers to the questions',
    'in the tasking cable:',
    '',
    'A: Scope of foreign lending: The lenders are active in road',
    'building and housing across the provinces.',
    '',
    '-- a port upgrade in the north; and',
    '',
    '-- a rail line to the border.',
    '',
    'B. Joint projects. Two local firms have worked with our',
    'assistance programs.',
    '',
    'C. Future cooperation. The mission sees room for joint training.',
    '',
    '2. (SBU) Comment: The presence is large. End comment.',
  ];

  it('opens the list under the numbered paragraph when `B.` follows', () => {
    const ps = parseParagraphs(body(...lines));
    expect(ps.map((p) => p.outline.join('.'))).toEqual(['1', '1.A', '1.B', '1.C', '2']);
    expect(ps[1]?.text).toBe('Scope of foreign lending: The lenders are active in road building and housing across the provinces.\n\n-- a port upgrade in the north; and\n\n-- a rail line to the border.');
    expect(ps[0]?.text).toBe('Post offers the following answers to the questions in the tasking cable:');
  });

  it('goes on with `B:` and `C:` written with colons too', () => {
    const ps = parseParagraphs(body('3. (C) Answers follow.', '', 'A: First answer here.', '', 'B: Second answer here.', '', 'C: Third answer here.'));
    expect(ps.map((p) => p.outline.join('.'))).toEqual(['3', '3.A', '3.B', '3.C']);
    expect(ps[2]?.text).toBe('Second answer here.');
  });

  it('stays text in a question and answer exchange with no `B.` after it (guard)', () => {
    const ps = parseParagraphs(body('4. (U) The minister took questions.', '', 'Q: Will the plant open?', '', 'A: Yes, next year.', '', '5. (U) The session ended.'));
    expect(ps.map((p) => p.number)).toEqual(['4', '5']);
    expect(ps[0]?.text).toBe('The minister took questions.\n\nQ: Will the plant open?\n\nA: Yes, next year.');
  });

  it('stays text when the next number comes before any `B.` (guard)', () => {
    const ps = parseParagraphs(body('4. (U) Notes.', '', 'A: The first point stands alone.', '', '5. (U) Next.', '', 'B. Other text.'));
    expect(ps.map((p) => p.number)).toEqual(['4', '5']);
  });

  it('reads `A:` only before a capital or a quote', () => {
    expect(matchColonLabel('A: Description of the work')).toEqual({ label: 'A', length: 3 });
    expect(matchColonLabel('\u00b6A:  "Quoted" title')).toEqual({ label: 'A', length: 5 });
    expect(matchColonLabel('A: yes, it will')).toBeNull();
    expect(matchColonLabel('A:1999')).toBeNull();
    expect(matchColonLabel('AB: Title')).toBeNull();
  });
});

describe('linear time on hostile input: `A:` blocks with no `B.`', () => {
  it('reads ~200 kB of `A:` blocks in well under a second', () => {
    const parts: string[] = ['1. (C) Start.', ''];
    for (let i = 0; i < 12_000; i++) parts.push(i % 50 === 0 ? 'C. Other item.' : 'A: Item text.', '');
    const text = parts.join('\n');
    expect(text.length).toBeGreaterThan(150_000);
    let ps: ReturnType<typeof parseParagraphs> = [];
    expect(msUnder(1000, () => (ps = parseParagraphs(text)))).toBeLessThan(1000);
    expect(ps[0]?.number).toBe('1');
  });
});

describe('a `II.` section after paragraphs of an unwritten `I.`', () => {
  const report = (title: string, next: string): string =>
    body('1.The donor agreed to fund more detection equipment for the border.', '', title, '', next, '', '1.On May 8 the advisor met the program manager.', '', '\u00b6B. TRAINING DURING THE PERIOD', '', '\u00b61. A course was held for customs officers.');

  it('opens section II on its own line over `A.`, the letters and numbers under it', () => {
    const ps = parseParagraphs(report('II. COMPLETED ACTIONS FOR THE PERIOD', '\u00b6A. SITE ASSESSMENTS AND MEETINGS'));
    expect(ps.map((p) => [p.number, p.outline])).toEqual([
      ['1', ['1']],
      ['II', ['II']],
      ['A', ['II', 'A']],
      ['1', ['II', 'A', '1']],
      ['B', ['II', 'B']],
      ['1', ['II', 'B', '1']],
    ]);
    expect(ps[0]?.text).toBe('The donor agreed to fund more detection equipment for the border.');
    expect(ps[1]?.text).toBe('COMPLETED ACTIONS FOR THE PERIOD');
  });

  it('stays text without a title in capitals, or without `A.` under it (guards)', () => {
    const lower = parseParagraphs(report('II. Completed actions were many.', 'A. SITE ASSESSMENTS AND MEETINGS'));
    expect(lower.map((p) => p.number)).not.toContain('II');
    const noLetter = parseParagraphs(report('II. COMPLETED ACTIONS FOR THE PERIOD', 'The advisor was busy.'));
    expect(noLetter.map((p) => p.number)).not.toContain('II');
    const inside = parseParagraphs(body('1.The donor agreed to fund more equipment.', 'II. COMPLETED ACTIONS FOR THE PERIOD', '', 'A. SITE ASSESSMENTS'));
    expect(inside.map((p) => p.number)).not.toContain('II');
  });

  it('reads ~200 kB of `II.` title lines over `A.` items in well under a second', () => {
    const parts: string[] = ['1. Start of the report.', ''];
    for (let i = 0; i < 6000; i++) parts.push('II. COMPLETED ACTIONS', '', i % 2 === 0 ? 'A. SITE VISITS' : 'Text.', '');
    const text = parts.join('\n');
    expect(text.length).toBeGreaterThan(150_000);
    let ps: ReturnType<typeof parseParagraphs> = [];
    expect(msUnder(1000, () => (ps = parseParagraphs(text)))).toBeLessThan(1000);
    expect(ps[1]?.outline).toEqual(['II']);
  });
});

describe('an all-caps outline reusing capital letters at a deeper level (era red team 9)', () => {
  it('nests a second A. under a number, goes on there, and returns to the upper letter level', () => {
    const ps = parseParagraphs(
      [
        'I. INTRODUCTION', '', 'A. THIS SUBMISSION RESPONDS TO REFTEL.', '', 'II. PROGRAM PRIORITIES', '', 'A. AGRICULTURE.', '',
        '1. THE PLAN GIVES FIRST PRIORITY TO FOOD. MISSION PROPOSES TWO ACTIVITIES:', '', 'A. A SEED PROJECT IN KADUNA STATE;', '',
        'B. TRAINING OF AGENTS AT SAMARU.', '', '2. LEVEL OF EFFORT: DOLS 2.4 MILLION.', '', 'B. HEALTH.', '', '1. THE RURAL HEALTH PROJECT WILL END.',
      ].join('\n'),
    );
    expect(ps.map((p) => p.outline.join('.'))).toEqual(['I', 'I.A', 'II', 'II.A', 'II.A.1', 'II.A.1.A', 'II.A.1.B', 'II.A.2', 'II.B', 'II.B.1']);
    expect(ps[8]?.text).toBe('HEALTH.');
  });
});

describe('cables numbered in another style (era red team 44)', () => {
  const numbers = (...lines: string[]): Array<string | null> => parseParagraphs(body(...lines)).map((p) => p.number);

  it('reads `PARA 1.`, `Para 1:`, `(1)`, `1/` and `1 -` labels when the whole cable uses them', () => {
    expect(numbers('PARA 1. SUMMARY: THE PRESIDENT ACCEPTED.', '', 'PARA 2. REACTION IN THE AFP.', '', 'PARA 3. CONGRESS.')).toEqual(['1', '2', '3']);
    const colon = parseParagraphs(body('Para 1: (C) Summary: Talks are deadlocked.', '', 'Para 2: (SBU) Mbeki returns Monday.'));
    expect(colon.map((p) => [p.number, p.marking, p.text])).toEqual([
      ['1', 'C', 'Summary: Talks are deadlocked.'],
      ['2', 'SBU', 'Mbeki returns Monday.'],
    ]);
    expect(numbers('(1) (C) SUMMARY: VAN WELL SPOKE.', '', '(2) VAN WELL SAID MORE.', '', '(3) COMMENT: AS EXPECTED.')).toEqual(['1', '2', '3']);
    expect(numbers('1 - (SBU) Summary: Output fell.', '', '2 - (U) The committee met.')).toEqual(['1', '2']);
  });

  it('nests `A/` items under a slashed number; a fraction `1/3` opening a line stays text', () => {
    const ps = parseParagraphs(
      body('1/ SUMMARY: OUTPUT FELL.', '', '2/ THE DIRECTOR SAID THAT NEARLY', '1/3 OF THE FLEET IS IDLE.', '', '3/ HE LISTED:', '', 'A/ REHABILITATION;', '', 'B/ NEW TRUCKS.', '', '4/ COMMENT: AS EXPECTED.'),
    );
    expect(ps.map((p) => p.outline.join('.'))).toEqual(['1', '2', '3', '3.A', '3.B', '4']);
    expect(ps[1]?.text).toBe('THE DIRECTOR SAID THAT NEARLY 1/3 OF THE FLEET IS IDLE.');
  });

  it('keeps `(1)` items of a cable with dotted numbers, and a lone `(1)` block, as text', () => {
    expect(numbers('1. The minister listed two points:', '', '(1) a ceasefire;', '', '(2) talks.', '', '2. He left.')).toEqual(['1', '2']);
    // One `(1)` block is no numbering style: the block stays unnumbered text, its bracket kept.
    expect(parseParagraphs(body('The minister listed one point:', '', '(1) a ceasefire.')).map((p) => [p.number, p.text])).toEqual([
      [null, 'The minister listed one point:'],
      [null, '(1) a ceasefire.'],
    ]);
  });
});

describe('decimal sub-paragraphs (era red team 44)', () => {
  it('reads `3.1`, `3.2.1` under paragraph 3, also after a section break', () => {
    const ps = parseParagraphs(
      body(
        '1. (U) CLASSIFIED BY ROBERT E. HUNTER, PERMREP.  REASON:',
        '1.5 (B) AND (D).',
        '',
        '3. (S) GENERAL ISSUES',
        '',
        '3.1 (S) FRANCE ASKED THAT THE TEXT NOT REFER TO',
        'INTEROPERABILITY.',
        '',
        '3.2 (C) ON FUNDING, THE UK SPOKE.',
        '',
        '3.2.1 (C) THE UK SUGGESTED A CEILING.',
        '',
        '4. (S) COUNTRY PROGRAMS',
        'S E C R E T SECTION 02 OF 02 USNATO 002188',
        '',
        '4.1 (S) POLAND: ALLIES WELCOMED THE OFFER.',
      ),
    );
    expect(ps.map((p) => [p.number, p.outline, p.marking, p.text])).toEqual([
      ['1', ['1'], 'U', 'CLASSIFIED BY ROBERT E. HUNTER, PERMREP. REASON: 1.5 (B) AND (D).'],
      ['3', ['3'], 'S', 'GENERAL ISSUES'],
      ['3.1', ['3', '3.1'], 'S', 'FRANCE ASKED THAT THE TEXT NOT REFER TO INTEROPERABILITY.'],
      ['3.2', ['3', '3.2'], 'C', 'ON FUNDING, THE UK SPOKE.'],
      ['3.2.1', ['3', '3.2', '3.2.1'], 'C', 'THE UK SUGGESTED A CEILING.'],
      ['4', ['4'], 'S', 'COUNTRY PROGRAMS'],
      ['4.1', ['4', '4.1'], 'S', 'POLAND: ALLIES WELCOMED THE OFFER.'],
    ]);
  });

  it('leaves one decimal number, or one out of sequence, as text', () => {
    expect(parseParagraphs(body('3. The growth forecast:', '', '3.5 Percent this year, down from 4.')).map((p) => p.number)).toEqual(['3']);
    expect(parseParagraphs(body('2. Figures:', '', '2.4 Million tons of grain.', '', '2.7 Million tons of rice.')).map((p) => p.number)).toEqual(['2']);
  });
});

describe('a number glued to an upper-case word (era red team 50)', () => {
  it('reads `4.THE MINISTER` and `4.XXXXXXXXXXXX` as label 4, not `5.PIB approval` or `1.5 million`', () => {
    expect(matchLabel('4.THE MINISTER AGREED.')?.label).toBe('4');
    expect(matchLabel('4.XXXXXXXXXXXX')?.label).toBe('4');
    expect(matchLabel('5.PIB approval is required for a broad array')).toBeNull();
    expect(matchLabel('1.5 million tons')).toBeNull();
  });
});

describe('a label after a table row ending with a figure, no blank lines (era red team 37)', () => {
  it('starts the next paragraph after the last row', () => {
    const ps = parseParagraphs(
      body(
        '2. FINAL OFFICIAL COUNT IN THE TWO CONSTITUENCIES:',
        'ST ANDREW EAST RURAL   PNP 6,412   JLP 4,980',
        'CLARENDON NORTH WEST   PNP 5,117   JLP 4,203',
        '3. THE PNP MARGIN IN ST ANDREW EAST RURAL FELL.',
      ),
    );
    expect(ps.map((p) => p.number)).toEqual(['2', '3']);
    expect(ps[0]?.text.endsWith('JLP 4,203')).toBe(true);
  });

  it('leaves a number after a figure in running text alone', () => {
    expect(parseParagraphs(body('2. THE COUNT ROSE FROM 4,980 TO 5,117 AND THEN TO 6,203', '3. PERCENT OF THE VOTE.')).map((p) => p.number)).toEqual(['2']);
  });
});

describe('an index of `(1)` titles in a cable numbered `(1)` (era red team 55)', () => {
  it('keeps the index as written, the articles as paragraphs', () => {
    const ps = parseParagraphs(
      body(
        'INDEX:',
        '(1) Poll on Koizumi cabinet',
        '(2) US, Japan still apart on Futenma',
        '',
        'ARTICLES:',
        '',
        '(1) Poll on Koizumi cabinet',
        'YOMIURI (Page 2) (Full) March 14, 2006',
        '',
        '(2) US, Japan still apart on Futenma',
        'ASAHI (Page 1) (Full) March 14, 2006',
      ),
    );
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      [null, null],
      ['1', 'ARTICLES:'],
      ['2', null],
    ]);
    expect(ps[0]?.text).toBe('INDEX: (1) Poll on Koizumi cabinet (2) US, Japan still apart on Futenma');
  });
});

describe('an index of numbered titles before the numbered items (era red team 55)', () => {
  it('is unnumbered text, labels and all, when the numbering restarts after it', () => {
    const ps = parseParagraphs(
      body('TOPICS OF THE DAY', '-----------------', '1.  NORTH KOREAN NUCLEAR ISSUE', '2.  USFK STRATEGIC FLEXIBILITY', '', '1.  NORTH KOREAN NUCLEAR ISSUE', '', 'Most papers covered the talks.', '', '2.  USFK STRATEGIC FLEXIBILITY', '', 'Chosun Ilbo carried an editorial.'),
    );
    expect(ps.map((p) => p.number)).toEqual([null, '1', '2']);
    expect(ps[0]?.text).toBe('1. NORTH KOREAN NUCLEAR ISSUE 2. USFK STRATEGIC FLEXIBILITY');
    expect(ps[0]?.heading).toBe('TOPICS OF THE DAY');
  });

  it('keeps a first paragraph whose lines are text, and a list without a restart', () => {
    expect(parseParagraphs(body('1.  The talks went well.', '2.  Both sides agreed.')).map((p) => p.number)).toEqual(['1', '2']);
  });
});

describe('letters `A)` opening blocks under numbered topics (era red team 55)', () => {
  it('reads them as sub-items, a lone `A)` under a later topic too', () => {
    const ps = parseParagraphs(
      body('2. U.S. Arms Sales to Taiwan', '', 'A) "Arms Sales Send a Positive Signal"', 'The Liberty Times editorialized.', '', 'B) "What Did Taiwan Really Get?"', 'The China Times wrote.', '', '3. U.S. Presidential Election', '', 'A) "Whoever Wins"', 'The China Post editorialized.'),
    );
    expect(ps.map((p) => p.outline.join('.'))).toEqual(['2', '2.A', '2.B', '3', '3.A']);
    expect(ps[1]?.text).toBe('"Arms Sales Send a Positive Signal" The Liberty Times editorialized.');
  });

  it('keeps a tight list of `A)` lines, and a lone `A)` in a cable without a run, as text', () => {
    expect(parseParagraphs(body('7. Sectors reserved:', '', 'A) Petroleum;', 'B) Basic petrochemicals;', '', '8. Next.')).map((p) => p.number)).toEqual(['7', '8']);
    expect(parseParagraphs(body('7. Investments include:', '', 'A) Goldcorp, USD 1.5 billion in', 'Zacatecas', '', '8. Next.')).map((p) => p.number)).toEqual(['7', '8']);
  });
});

describe('press summary items `N)` with a figure first (era red team 55)', () => {
  it('reads `4) 31 Japanese-flagged vessels ...` as item 4', () => {
    const ps = parseParagraphs(body('1) Index title one', '', '2) Minister meets the delegation', '', '3) Budget passes', '', '4) 31 Japanese-flagged vessels escorted since March', '', '5) Talks resume'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(ps[3]?.text).toBe('31 Japanese-flagged vessels escorted since March');
  });
});

describe('a list lettered past Z (era red team 172)', () => {
  it('goes on with doubled letters, AA. and BB., under the same paragraph', () => {
    const letters = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));
    const lines = ['3. THE FOLLOWING DETAINEES WERE RELEASED:', ''];
    for (const l of letters) lines.push(`${l}. DETAINEE ${l}, STUDENT`, '');
    lines.push('AA. BEATRIZ CID, SOCIAL WORKER', '', 'BB. CARLOS DIAZ, TEACHER', '', '4. EMBASSY WILL REPORT FURTHER.');
    const ps = parseParagraphs(lines.join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['3', ...letters, 'AA', 'BB', '4']);
    expect(ps[27]).toMatchObject({ outline: ['3', 'AA'], text: 'BEATRIZ CID, SOCIAL WORKER' });
    expect(ps[26]?.text).toBe('DETAINEE Z, STUDENT');
  });

  it('goes on past HH with II, JJ: letters there, not roman numbers (era red team 175)', () => {
    const letters = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));
    const doubled = ['AA', 'BB', 'CC', 'DD', 'EE', 'FF', 'GG', 'HH', 'II', 'JJ'];
    const lines = ['2. THE CASES RAISED WERE:', ''];
    for (const l of [...letters, ...doubled]) lines.push(`${l}. CASE ${l}.`, '');
    lines.push('3. EMBASSY WILL FOLLOW UP.');
    const ps = parseParagraphs(lines.join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['2', ...letters, ...doubled, '3']);
    expect(ps[35]).toMatchObject({ outline: ['2', 'II'], text: 'CASE II.' });
  });

  it('guard: a doubled letter out of sequence stays text', () => {
    const ps = parseParagraphs(['1. THE DELEGATION MET THE MINISTER.', '', 'A. THE FIRST POINT.', '', 'BB. KING PERFORMED AT THE RECEPTION.', '', '2. THE TALKS WENT ON.'].join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['1', 'A', '2']);
    expect(ps[1]?.text).toContain('BB. KING PERFORMED');
  });
});

describe('a numbered list right under a lettered title line (era red team 176)', () => {
  it('opens under the letter: `B. (SBU) NIV FRAUD` / `1. Work and Travel: ...`', () => {
    const ps = parseParagraphs(
      [
        'A. (U) COUNTRY CONDITIONS',
        "Ukraine's economy grew seven percent in 2007.",
        '',
        'B. (SBU) NIV FRAUD',
        '1. Work and Travel: FPU reviewed 640 J-1 summer work applicants',
        'and found 92 with false student status.',
        '2. Tourist visas: Document vendors in Lviv sell invitations.',
        '',
        'C. (U) DV FRAUD',
        'Post confirmed fraud in 31 DV cases.',
      ].join('\n'),
    );
    expect(ps.map((p) => [p.number, p.outline.join('.')])).toEqual([
      ['A', 'A'],
      ['B', 'B'],
      ['1', 'B.1'],
      ['2', 'B.2'],
      ['C', 'C'],
    ]);
    expect(ps[1]?.text).toBe('NIV FRAUD');
  });

  it('opens under a letter inside a numbered paragraph too (era red team 175)', () => {
    const ps = parseParagraphs(['3. (SBU) Posts should report as follows.', '', 'A. (SBU) Format', 'Use the template.', '', 'B. (SBU) Reporting Deadlines', '1. Reports for the first half are due June 1.', '2. Reports for the second half are due December 1.', '', '4. (U) Department thanks posts.'].join('\n'));
    expect(ps.map((p) => p.outline.join('.'))).toEqual(['3', '3.A', '3.B', '3.B.1', '3.B.2', '4']);
  });

  it('guard: a day wrapped after a month ending the label line goes on the date', () => {
    const ps = parseParagraphs(['4. THE FOLLOWING WAS AGREED:', '', 'A. GSP ELIGIBILITY WILL BE REVIEWED.', '', 'B. TECHNICAL TALKS TO RESUME IN WASHINGTON ON JULY', '1. BOTH SIDES WILL SEND EXPERTS.', '', '5. DEPARTMENT WILL REPORT.'].join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['4', 'A', 'B', '5']);
    expect(ps[2]?.text).toBe('TECHNICAL TALKS TO RESUME IN WASHINGTON ON JULY 1. BOTH SIDES WILL SEND EXPERTS.');
  });

  it('guard: a number wrapped after a label line ending on a small word goes on its sentence', () => {
    const ps = parseParagraphs(['A. (U) THE COMMITTEE WILL MEET ON', '1. DECEMBER IN GENEVA.', '', 'B. (U) THE TALKS WILL GO ON.'].join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['A', 'B']);
  });
});

describe('a person\'s initial wrapped to a line start (era red team 209)', () => {
  it('is no lettered item when the same letter opens a block soon after', () => {
    const ps = parseParagraphs(
      [
        '4. (C) The MOU raises three questions:',
        '',
        'A. (C) Amnesty: The decree covers 1,400 prisoners.',
        '',
        'B. (C) Reintegration funds: The government has budgeted Rp 600',
        'billion for former combatants, but our contacts, including the lawyer',
        'C. Hadiprasetyo, say no one knows how the money will be distributed.',
        '',
        'C. (SBU) Local parties: The MOU allows local political parties.',
      ].join('\n'),
    );
    expect(ps.map((p) => p.number)).toEqual(['4', 'A', 'B', 'C']);
    expect(ps[2]?.text).toBe('Reintegration funds: The government has budgeted Rp 600 billion for former combatants, but our contacts, including the lawyer C. Hadiprasetyo, say no one knows how the money will be distributed.');
  });

  it('guard: the next letter after a line without sentence end still opens its item when no block repeats it', () => {
    const ps = parseParagraphs(['4. Three questions:', '', 'A. Amnesty: none', 'B. Funds: none', 'C. Parties: none'].join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['4', 'A', 'B', 'C']);
  });
});

describe('a lettered list of names written with initials (era red team 212)', () => {
  it('reads the letters before initials as labels in a list opened by a colon', () => {
    const ps = parseParagraphs(
      [
        '2. (C) THE SENIOR CABINET APPOINTMENTS ARE:',
        '',
        'A. P. V. NARASIMHA RAO MOVES FROM HOME TO DEFENCE;',
        '',
        'B. S. B. CHAVAN TAKES OVER HOME AFFAIRS FROM RAO;',
        '',
        'C. V. P. SINGH BECOMES FINANCE MINISTER, REPLACING PRANAB',
        'MUKHERJEE, WHO IS DROPPED ALTOGETHER; AND',
        '',
        'D. B. R. BHAGAT KEEPS EXTERNAL AFFAIRS.',
        '',
        '3. (C) COMMENT: NONE.',
      ].join('\n'),
    );
    expect(ps.map((p) => p.number)).toEqual(['2', 'A', 'B', 'C', 'D', '3']);
    expect(ps[1]?.text).toBe('P. V. NARASIMHA RAO MOVES FROM HOME TO DEFENCE;');
    const lines = parseParagraphs(['1. THE COMMISSIONER ACCEPTED THE PAPERS OF THREE CANDIDATES:', 'A. R. PREMADASA, FOR THE UNITED NATIONAL PARTY;', 'B. MRS. SIRIMAVO BANDARANAIKE, FOR THE SLFP;', 'AND', 'C. O. ABEYGUNASEKERA, FOR THE SLMP.'].join('\n'));
    expect(lines.map((p) => p.number)).toEqual(['1', 'A', 'B', 'C']);
  });

  it('guard: initials after a sentence, or after no item\'s end, stay a name', () => {
    expect(parseParagraphs(['1. (C) THE TALKS WENT WELL.', '', 'A. Q. KHAN WAS NOT MENTIONED.'].join('\n')).map((p) => p.number)).toEqual(['1']);
    const ps = parseParagraphs(['3.  FINANCING WOULD COME FROM:', 'A.  THE EXPORT-IMPORT BANK;', 'B.  THE IBRD, IF INDONESIA AGREES. THIS', 'WAS RAISED WITH THE BANK IN TOKYO,', 'C. J. STOKES, WHO WAS NONCOMMITTAL.'].join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['3', 'A', 'B']);
  });
});

describe('a list of names opening with single initials out of any letter sequence (era red team 218)', () => {
  it('keeps `I. Kuznetsov, ...` and `A. Sharma, ...` in the paragraph that lists them', () => {
    const ru = parseParagraphs(
      ['2. (C) The Ministry gave us the delegation list on September 7:', '', 'I. Kuznetsov, Deputy Minister of Economic Development (head)', 'M. Medvedkov, Director, Trade Negotiations Department', 'T. Lavrova, Deputy Director, Ministry of Agriculture', '', '3. (C) The talks open on Monday.'].join('\n'),
    );
    expect(ru.map((p) => p.number)).toEqual(['2', '3']);
    expect(ru[0]?.text).toContain('I. Kuznetsov, Deputy Minister');
    const np = parseParagraphs(['2. (C) The delegation will be:', '', 'A. Sharma, Finance Secretary (head)', 'K. Pokharel, Joint Secretary', '', '3. (C) Next.'].join('\n'));
    expect(np.map((p) => p.number)).toEqual(['2', '3']);
  });

  it('guard: letters in sequence stay labels, names or not', () => {
    const lettered = parseParagraphs(['2. THE CANDIDATES ARE:', '', 'A. R. PREMADASA, PRIME MINISTER, FOR THE UNP;', 'B. MRS. SIRIMAVO BANDARANAIKE, FOR THE SLFP;', '', 'C. O. ABEYGUNASEKERA, FOR THE SLMP.', '', '3. NEXT.'].join('\n'));
    expect(lettered.map((p) => p.number)).toEqual(['2', 'A', 'B', 'C', '3']);
    const places = parseParagraphs(['2. (C) Three states answered:', '', 'A. Kuwait, which agreed;', 'B. Qatar, which did not.', '', '3. (C) Next.'].join('\n'));
    expect(places.map((p) => p.number)).toEqual(['2', 'A', 'B', '3']);
  });
});

describe('lower-case lettered items whose text opens with a lower-case word or a figure (era red team 224)', () => {
  it('reads them as the paragraph\'s sub-items, in sequence', () => {
    const ps = parseParagraphs(
      [
        '3. (SBU) Azimov said the Cabinet had approved three measures on September 12:', '', 'a. the National Action Plan for implementing ILO Conventions;', '',
        'b. a ban on the use of schoolchildren in the harvest;', '', 'c. 1,500 additional labor inspectors, funded from the budget.', '', '4. (SBU) Next.',
      ].join('\n'),
    );
    expect(ps.map((p) => p.outline.join('.'))).toEqual(['3', '3.a', '3.b', '3.c', '4']);
    expect(ps[1]?.text).toBe('the National Action Plan for implementing ILO Conventions;');
  });

  it('guard: `i.` under `h.` opening with a lower-case word stays a roman item of its text', () => {
    const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].flatMap((l) => [`${l}. The ${l} part of the report.`, '']);
    const ps = parseParagraphs(['3. (U) Posts should send:', '', ...letters, 'h. Two annexes required only of some posts:', '', '   i. the consular workload annex; and', '', '   ii. the assistance annex.', '', '4. (U) Next.'].join('\n'));
    expect(ps.map((p) => p.outline.join('.')).slice(-3)).toEqual(['3.g', '3.h', '4']);
    expect(ps.at(-2)?.text).toContain('i. the consular workload annex; and');
  });
});

describe('packed lettered items under a marked lead-in wrapped over lines (era red team 224)', () => {
  it('reads them as the paragraph\'s sub-items', () => {
    const ps = parseParagraphs(
      [
        '3. (C) On the evening of July 8, after a day of resignations, Arroyo said that she would not resign. She announced three',
        'steps:',
        '   a. A "truth commission" to look into the recordings.',
        '   b. Caretakers for the vacant departments until new secretaries are named.',
        '   c. A call for charter change.',
        '',
        '4. (C) Next.',
      ].join('\n'),
    );
    expect(ps.map((p) => p.outline.join('.'))).toEqual(['3', '3.a', '3.b', '3.c', '4']);
  });
});

describe('keyed labels in the PARA style (era red team 235)', () => {
  it('reads `PARA 21 A: (U)` as keyed paragraph 21A between `PARA N:` paragraphs', () => {
    const ps = parseParagraphs(['PARA 1: (U) This responds to the tasker.', '', 'PARA 2: (SBU) Summary: Malawi made progress. End Summary.', '', 'PARA 21 A: (U) Malawi is mainly a country of origin.', '', 'PARA 21 C: (SBU) Victims are mostly children.', '', 'PARA 24: (U) Post contact is the TIP officer.'].join('\n'));
    expect(ps.map((p) => [p.number, p.marking])).toEqual([
      ['1', 'U'],
      ['2', 'SBU'],
      ['21A', 'U'],
      ['21C', 'SBU'],
      ['24', 'U'],
    ]);
    expect(ps[2]?.text).toBe('Malawi is mainly a country of origin.');
  });

  it('reads `PARA 1:` and `PARA 14:` around the keyed answers 12A to 13A that carry the sequence (era red team 413, session 29)', () => {
    const ps = parseParagraphs(['PARA 1: (U) Our input below is keyed to the tasker.', '', 'PARA 12(A): (SBU) Courts heard 40 cases.', '', 'PARA 12(B): (U) None.', '', 'PARA 13(A): (U) N/A.', '', 'PARA 14: (U) POC: Poloff Eric Mbuyi.'].join('\n'));
    expect(ps.map((p) => [p.number, p.marking, p.text])).toEqual([
      ['1', 'U', 'Our input below is keyed to the tasker.'],
      ['12A', 'SBU', 'Courts heard 40 cases.'],
      ['12B', 'U', 'None.'],
      ['13A', 'U', 'N/A.'],
      ['14', 'U', 'POC: Poloff Eric Mbuyi.'],
    ]);
  });

  it('guard: without a marking after it, a keyed PARA line stays text as written', () => {
    const ps = parseParagraphs(['PARA 1: (U) This responds to the tasker.', '', 'PARA 2: (U) More.', '', 'PARA 21 A: MALAWI IS MAINLY A COUNTRY OF ORIGIN.'].join('\n'));
    expect(ps.at(-1)?.text).toContain('PARA 21 A: MALAWI');
  });

  it('reads the key in brackets, `PARA 3(A): (LOU)`, as keyed paragraph 3A (era leftovers 2934, 3040, session 28)', () => {
    const ps = parseParagraphs(['PARA 1. (U) RESPONSES FOLLOW.', '', 'PARA 2. (LOU) SUMMARY: AHEAD OF TARGET. END SUMMARY.', '', 'PARA 3(A): (LOU) TEAMS ERADICATED 3,120 HECTARES.', '', 'PARA 3(b): (U) THE BUDGET IS 14.2 MILLION SOLES.', '', 'PARA 4. (LOU) COMMENT: ESTIMATES. END COMMENT.'].join('\n'));
    expect(ps.map((p) => [p.number, p.marking, p.text])).toEqual([
      ['1', 'U', 'RESPONSES FOLLOW.'],
      ['2', 'LOU', 'SUMMARY: AHEAD OF TARGET. END SUMMARY.'],
      ['3A', 'LOU', 'TEAMS ERADICATED 3,120 HECTARES.'],
      ['3B', 'U', 'THE BUDGET IS 14.2 MILLION SOLES.'],
      ['4', 'LOU', 'COMMENT: ESTIMATES. END COMMENT.'],
    ]);
  });

  it('reads keyed PARA labels between the `1.` paragraphs of a cable numbered so (a tasker keyed to its para 12)', () => {
    const ps = parseParagraphs(['1. (U) This cable answers ref A, para 12.', '', '2. (C) Summary: Coca rose. End Summary.', '', 'PARA 12(A): (U) Coca cultivation.  UNODC estimated 51,400', 'hectares in 2005.', '', 'PARA 12(B): (C) Eradication.  CORAH eradicated 12,688 hectares.', '', '3. (U) POC is NAS Director Susan Keogh.'].join('\n'));
    expect(ps.map((p) => [p.number, p.marking])).toEqual([
      ['1', 'U'],
      ['2', 'C'],
      ['12A', 'U'],
      ['12B', 'C'],
      ['3', 'U'],
    ]);
    expect(ps[2]?.text).toBe('Coca cultivation. UNODC estimated 51,400 hectares in 2005.');
    // Without a marking after it, or inside a block, such a line stays text.
    const plain = parseParagraphs(['1. (U) Text.', '', 'PARA 12(A): COCA CULTIVATION ROSE.', '', '2. (U) More text,', 'PARA 12(B): (C) as written.'].join('\n'));
    expect(plain.map((p) => p.number)).toEqual(['1', '2']);
    expect(plain[0]?.text).toContain('PARA 12(A): COCA');
    expect(plain[1]?.text).toBe('More text, PARA 12(B): (C) as written.');
  });
});

describe('marked `(1)` sub-paragraphs under a letter (era 2464)', () => {
  const lines = [
    '2. (C) Noorani said the plan has four parts:',
    '',
    'A. (C) New Frontier Corps posts.  Forty posts will be built.',
    '',
    'B. (C) Checkpoints.  The ministry will act at two crossings first.',
    '',
    '(1) (C) Chaman.  The number of checkpoints will double.',
    '',
    '(2) (C) Torkham.  Document readers will be installed.',
    '',
    'C. (C) Tribal agreements.  Agents will negotiate.',
    '',
    '3. (C) Comment: The plan is ambitious.',
  ];

  it('reads them as a third outline level, closed by the next letter', () => {
    const ps = parseParagraphs(lines.join('\n'));
    expect(ps.map((p) => p.outline.join('.'))).toEqual(['2', '2.A', '2.B', '2.B.1', '2.B.2', '2.C', '3']);
    expect(ps[3]).toMatchObject({ number: '1', marking: 'C', text: 'Chaman. The number of checkpoints will double.' });
    expect(ps[2]?.text).toBe('Checkpoints. The ministry will act at two crossings first.');
  });

  it('guard: unmarked `(1)` items, a marked one under a number, and one out of sequence stay text', () => {
    const unmarked = parseParagraphs(lines.map((l) => l.replace(/^\((\d)\) \(C\) /, '($1) ')).join('\n'));
    expect(unmarked.map((p) => p.outline.join('.'))).toEqual(['2', '2.A', '2.B', '2.C', '3']);
    expect(parseParagraphs(['3. (C) The plan:', '', '(1) (C) Chaman.  It will double.'].join('\n')).map((p) => p.number)).toEqual(['3']);
    expect(parseParagraphs(['A. (C) Checkpoints.', '', '(2) (C) Torkham.  Readers.'].join('\n')).map((p) => p.number)).toEqual(['A']);
    expect(matchBracketLabel('(1) (C) Chaman.')).toEqual({ label: '1', length: 4 });
    expect(matchBracketLabel('(1) Includes privatization receipts.')).toBeNull();
  });
});

describe('labels glued or dashed in all-caps cables (era red team 239)', () => {
  it('reads `1- (LOU)` dashed labels with no space before the dash', () => {
    const ps = parseParagraphs(['1- (LOU) SUMMARY: THE GOVERNMENT WILL RAISE THE PRICE OF BREAD.', '', '2- (LOU) THE CABINET AGREED ON JUNE 4.', '', '3- (U) 3-4 PERCENT OF HOUSEHOLDS WILL BE HIT.'].join('\n'));
    expect(ps.map((p) => [p.number, p.marking])).toEqual([
      ['1', 'LOU'],
      ['2', 'LOU'],
      ['3', 'U'],
    ]);
    expect(ps[2]?.text).toBe('3-4 PERCENT OF HOUSEHOLDS WILL BE HIT.');
  });

  it('reads a number glued to `SUMMARY:` or to initials', () => {
    expect(matchLabel('1.SUMMARY: THE CENTRAL BANK CUT THE LIMIT')).toEqual({ label: '1', length: 2 });
    expect(matchLabel('3.U.S. FIRMS ARE THE HARDEST HIT.')).toEqual({ label: '3', length: 2 });
    // (Guard: a figure and an abbreviation glued in a sentence are no labels.)
    expect(matchLabel('3.5 PERCENT OF GDP')).toBeNull();
    expect(matchLabel('5.PIB approval is required')).toBeNull();
  });
});

describe('labels spelled out as words (era red team 239)', () => {
  it('reads `ONE.`, `TWO.` ... as paragraphs 1, 2 ... when two open blocks in sequence', () => {
    const ps = parseParagraphs(['ONE.  (C)  SUMMARY:  THE SUPREME COURT REJECTED THE APPEAL.', '', 'TWO.  (U)  THE FULL COURT VOTED SIX TO THREE.', '', 'THREE.  (C)  COMMENT:  THE RULING HELPS THE GOVERNMENT.'].join('\n'));
    expect(ps.map((p) => [p.number, p.marking])).toEqual([
      ['1', 'C'],
      ['2', 'U'],
      ['3', 'C'],
    ]);
    expect(ps[1]?.text).toBe('THE FULL COURT VOTED SIX TO THREE.');
  });

  it('guard: one spelled word opening a block, or a dotted cable, keeps it as text', () => {
    const ps = parseParagraphs(['1. (U) THE MINISTER SPOKE.', '', 'TWO. SOURCES CONFIRMED IT.', '', '2. (U) NEXT.'].join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2']);
    expect(ps[0]?.text).toContain('TWO. SOURCES');
  });
});

describe('decimal labels keyed to a tasking, each with its marking, without their parent (era red team 337, session 27)', () => {
  it('reads `4.1 (SBU)` ... under `3.` before `5.`, and labels out of the cable\'s order, as paragraphs', () => {
    const ps = parseParagraphs(body('3. (SBU) Summary: Registration is hard. End summary.', '', '4.1 (SBU) Registration: The State Agency refused.', '', '4.2 (U) Religious education: The law bans private classes.', '', '5. (U) POC is Poloff Mark Levin.'));
    expect(ps.map((p) => [p.number, p.outline, p.marking, p.text])).toEqual([
      ['3', ['3'], 'SBU', 'Summary: Registration is hard. End summary.'],
      ['4.1', ['4', '4.1'], 'SBU', 'Registration: The State Agency refused.'],
      ['4.2', ['4', '4.2'], 'U', 'Religious education: The law bans private classes.'],
      ['5', ['5'], 'U', 'POC is Poloff Mark Levin.'],
    ]);
    const keyed = parseParagraphs(body('2. (U) Post answers the questions of reftel.', '', '1.1 (SBU) The law was amended.', '', '4.2 (SBU) Courts heard 12 cases.', '', '3. (U) POC is Poloff.'));
    expect(keyed.map((p) => p.number)).toEqual(['2', '1.1', '4.2', '3']);
  });

  it('guard: one such line, a figure, or a statement\'s reasons at a line start stay text', () => {
    expect(parseParagraphs(body('3. (SBU) Registration is hard.', '', '4.1 (SBU) Registration: The State Agency refused.', '', '5. (U) POC.')).map((p) => p.number)).toEqual(['3', '5']);
    expect(parseParagraphs(body('3. (U) Growth slowed:', '', '4.1 PERCENT IN 2009 AND', '', '3.2 (U) PERCENT IN 2010.', '', '4. (U) Next.')).map((p) => p.number)).toEqual(['3', '4']);
    expect(parseParagraphs(body('1. (U) CLASSIFIED BY DCM JOHN SMITH. REASON:', '', '1.5 (C) AND (D).', '', '1.5 (B) AND (D).', '', '2. (C) Text.')).map((p) => p.number)).toEqual(['1', '2']);
  });
});

describe('a run of names\' initials under a lead-in\'s colon, letters out of sequence (era red team 330, session 27)', () => {
  it('is text of the paragraph, not a letter list', () => {
    const ps = parseParagraphs(body('3.  (U)  KEY MINISTERS IN THE NEW CABINET ARE:', 'A. BENTKOWSKI, AGRICULTURE;', 'B. GESICKI, INDUSTRY (ACTING);', 'J. LEWANDOWSKI, OWNERSHIP TRANSFORMATION;', 'K. SKUBISZEWSKI, FOREIGN AFFAIRS.', '', '4.  (C)  THE CABINET WILL MEET.'));
    expect(ps.map((p) => p.number)).toEqual(['3', '4']);
    expect(ps[0]?.text).toBe('KEY MINISTERS IN THE NEW CABINET ARE: A. BENTKOWSKI, AGRICULTURE; B. GESICKI, INDUSTRY (ACTING); J. LEWANDOWSKI, OWNERSHIP TRANSFORMATION; K. SKUBISZEWSKI, FOREIGN AFFAIRS.');
  });

  it('guard: a list in sequence, or one with an initial repeating the letter before, stays a list', () => {
    expect(parseParagraphs(body('3.  (U)  THE BIDDERS ARE:', 'A. MITSUBISHI CORP., ALONE;', 'B. MITSUI AND CO.;', 'C. MARUBENI.', '', '4.  (C)  NEXT.')).map((p) => p.number)).toEqual(['3', 'A', 'B', 'C', '4']);
    expect(parseParagraphs(body('3.  (U)  THE BIDDERS ARE:', 'A. MITSUBISHI CORP., ALONE;', 'B. MITSUI AND CO., WHICH HAS TEAMED WITH', 'C. ITOH AND CO.;', 'C. MARUBENI.', '', '4.  (C)  NEXT.')).map((p) => p.number)).toEqual(['3', 'A', 'B', 'C', '4']);
  });
});
