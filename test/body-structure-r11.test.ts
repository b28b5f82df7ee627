/**
 * Body structure (review rounds 11 to 13): markings with a space inside, labels without a dot,
 * long dashed headings, a framed heading with the label after it, press summary items `N)`,
 * `//HEADING//`, handling captions, a sentence tail on a heading line, blank lines kept across
 * a page marker. Synthetic bodies.
 */

import { describe, expect, it } from 'vitest';
import { parseParagraphs } from '../src/body/paragraphs.js';
import { matchBareLabel, matchMarking, matchParenLabel } from '../src/body/paragraph-label.js';

const body = (...lines: string[]): string => lines.join('\n');

describe('portion markings with a space inside the parentheses', () => {
  it('reads `(C )` and `( SBU)` as markings', () => {
    expect(matchMarking('(C ) As the advisor said')?.marking).toBe('C');
    expect(matchMarking('( SBU) Post will report')?.marking).toBe('SBU');
    expect(matchMarking('(S/NF ) The source')?.marking).toBe('S/NF');
  });

  it('gives the paragraph its marking and text without it', () => {
    const ps = parseParagraphs(body('14. (C) The minister spoke.', '', 'Comment', '-------', '15. (C ) As the advisor to the president, he speaks for him.'));
    expect(ps.at(-1)).toMatchObject({ number: '15', marking: 'C', heading: 'Comment', text: 'As the advisor to the president, he speaks for him.' });
  });

  it('keeps a lone lower-case letter with a space a list letter', () => {
    expect(matchMarking('(c ) yes')).toBeNull();
  });
});

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

describe('long headings with their own dash rule', () => {
  const title = 'Global Partnership against the Spread of Weapons and Materials of Mass Destruction and Nuclear Smuggling';

  it('heads the next paragraph when framed on its own line', () => {
    const ps = parseParagraphs(body('2. (C) The meeting was opened by the deputy assistant secretary.', `------------------- ${title} -------------------`, '3. (SBU) The coordinator opened the first agenda item.'));
    expect(ps[0]?.text).toBe('The meeting was opened by the deputy assistant secretary.');
    expect(ps[1]).toMatchObject({ number: '3', heading: title });
  });

  it('heads the next paragraph when the title ends with a dash run under a rule', () => {
    const long = 'Special Report: Increase in the Rate of Deforestation in the Amazon Basin Sparks Government Action:';
    const ps = parseParagraphs(body('22. The dam would flood the lands of the tribe. Source - Newsletter', '', '--------------------------------------------- ----', '', `${long} --------------------------------------------- ----`, '', '23. A report released in January pointed to an increase.'));
    expect(ps[0]?.text).toBe('The dam would flood the lands of the tribe. Source - Newsletter');
    expect(ps[1]).toMatchObject({ number: '23', heading: long });
  });

  it('keeps a long line with a sentence end inside as text', () => {
    const line = 'The ministers met on Monday. They agreed on the plan for the coming years and the budget for it ----------';
    const ps = parseParagraphs(body('2. (C) The meeting was opened by the deputy assistant secretary.', line, '3. (SBU) The coordinator opened the first agenda item.'));
    expect(ps[1]?.heading).toBeNull();
    expect(ps[0]?.text).toContain('They agreed on the plan');
  });
});

describe('a framed heading with the next label at its end', () => {
  it('starts the paragraph with the heading, its text after a blank line', () => {
    const ps = parseParagraphs(body('4. Crops Authorized FEB. 12 - The council authorized two crops. Source - News', '', '------ Health ------ 5.', '', 'Yellow Fever Update FEB. 15 - There are 46 presumed cases.'));
    expect(ps.map((p) => p.number)).toEqual(['4', '5']);
    expect(ps[0]?.text).toBe('Crops Authorized FEB. 12 - The council authorized two crops. Source - News');
    expect(ps[1]).toMatchObject({ heading: 'Health', text: 'Yellow Fever Update FEB. 15 - There are 46 presumed cases.' });
  });

  it('leaves a number out of sequence on a framed line alone', () => {
    const ps = parseParagraphs(body('4. The council authorized two crops.', '', '------ Health ------ 9.', '', 'Yellow Fever Update: there are 46 cases.'));
    expect(ps.map((p) => p.number)).toEqual(['4']);
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

describe('headings set off with double slashes', () => {
  it('drops the slashes', () => {
    const ps = parseParagraphs(body('6. (C) The minister spoke of the context.', '', '//COMMENT//', '', '7. (C) His association with the opposition complicates things.'));
    expect(ps[1]).toMatchObject({ number: '7', heading: 'COMMENT' });
  });
});

describe('lines that are no headings', () => {
  it('leaves a handling caption before paragraph 1 out of its heading', () => {
    const ps = parseParagraphs(body('SENSITIVE BUT UNCLASSIFIED, NOT FOR INTERNET DISTRIBUTION', '', '1. (SBU) Summary: The movement is active in the region.', '', '2. (SBU) The priest said so.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', null]]);
  });

  it('gives the wrapped tail of a sentence on a heading line to the paragraph before', () => {
    const ps = parseParagraphs(body('7. (SBU) In 2003 it occupied several sites to protest the cultivation of crops - ref', '', 'D). NATIONAL PLAN - LESS THAN HOPED -------------------------------', '', '8. (SBU) The commitment to the landless dates to the early 1980s.'));
    expect(ps[0]?.text).toBe('In 2003 it occupied several sites to protest the cultivation of crops - ref D).');
    expect(ps[1]).toMatchObject({ number: '8', heading: 'NATIONAL PLAN - LESS THAN HOPED' });
  });
});

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

describe('hostile input for the new rules', () => {
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
