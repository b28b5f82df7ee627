/**
 * Paragraph headings (`parseParagraphs`, src/body/paragraphs.ts): long dashed headings, a framed heading with the
 * next label at its end, `//HEADING//`, lines that are no headings, a short sub-heading ending with a colon,
 * headings without a rule, redaction lines over headings, a numbered heading whose rule was left out, an empty
 * section's title set off from the next heading. Synthetic bodies.
 */

import { describe, expect, it } from 'vitest';
import { extractSummary } from '../src/body/blocks.js';
import { parseParagraphs } from '../src/body/paragraphs.js';
import { parseCable } from '../src/index.js';
import { msUnder } from './timing.js';

const body = (...lines: string[]): string => lines.join('\n');

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
    // (`Comment:` alone heads the next labeled paragraph: see the era red team 160 tests below.)
    const kw = parseParagraphs(body('4. (S) The minister spoke.', '', 'Note:', '', '5. (S) The ministry spoke.'));
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
    // No label in this body: each block is a paragraph; `Question #2` is the text of one, not a heading.
    expect(ps.map((p) => p.heading)).toEqual(['Part 1: Who leads the protests?', null, null, 'Question #3: How is the government responding?']);
    expect(ps[1]?.text).toBe('Question #2: How does the word get out?');
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

describe('titles framed by rules under a lead-in colon', () => {
  const lists = (second: string): string =>
    body(
      '34. (SBU) The talks ended on time.',
      '',
      '35. (SBU) Delegation Lists:',
      '',
      '------------------ Ruritania Delegation ------------------',
      '',
      'Jan Novak, Director, Arms Control Department, Ministry of Foreign Affairs Petra Bila, Second Secretary',
      '',
      second,
      '',
      'Jane Doe, Head of Delegation, Office of Policy John Roe, Deputy Director',
    );

  it('keeps them in the paragraph as sub-headings, their rules left out', () => {
    const ps = parseParagraphs(lists('----------------- U.S. Delegation -----------------'));
    expect(ps.map((p) => p.number)).toEqual(['34', '35']);
    expect(ps[1]?.heading).toBeNull();
    expect(ps[1]?.text).toBe(
      'Delegation Lists:\n\nRuritania Delegation\n\nJan Novak, Director, Arms Control Department, Ministry of Foreign Affairs Petra Bila, Second Secretary\n\nU.S. Delegation\n\nJane Doe, Head of Delegation, Office of Policy John Roe, Deputy Director',
    );
  });

  it('keeps an underlined title under the colon in the paragraph too', () => {
    const ps = parseParagraphs(body('35. (SBU) Delegation Lists:', '', 'Ruritania Delegation', '--------------------', '', 'Jan Novak, Director.', '', 'U.S. Delegation', '---------------', '', 'Jane Doe, Head of Delegation.'));
    expect(ps.map((p) => p.number)).toEqual(['35']);
    expect(ps[0]?.text).toBe('Delegation Lists:\n\nRuritania Delegation\n\nJan Novak, Director.\n\nU.S. Delegation\n\nJane Doe, Head of Delegation.');
  });

  it('still heads a labeled paragraph after the colon, and unlabeled text after a finished sentence (guards)', () => {
    const ps = parseParagraphs(body('5. (C) Participants:', '', '--------------- Opening Remarks ---------------', '', '6. (C) The meeting opened at ten.', '', '--------------- Side Events ---------------', '', 'A reception followed the meeting.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['5', null],
      ['6', 'Opening Remarks'],
      [null, 'Side Events'],
    ]);
    expect(ps[0]?.text).toBe('Participants:');
  });
});

describe('linear time on hostile input: framed sub-headings', () => {
  it('reads thousands of framed titles under a colon in linear time', () => {
    const parts: string[] = ['1. (C) Lists:', ''];
    for (let i = 0; i < 6000; i++) parts.push(`------ Group ${i} ------`, '', `Member ${i}, Director.`, '');
    const text = parts.join('\n');
    expect(text.length).toBeGreaterThan(100_000);
    let ps!: ReturnType<typeof parseParagraphs>;
    const ms = msUnder(1000, () => {
      ps = parseParagraphs(text);
    });
    expect(ms).toBeLessThan(1000);
    expect(ps.length).toBe(1);
  });
});

describe('sentence-case headings in a cable that heads its paragraphs', () => {
  const opening = ['1. (C) The visit went well.', '', 'Economic perspective', '', '2. (C) The economy grew by four percent.', ''];

  it('reads a longer sentence-case line over a label as a heading once a paragraph had one', () => {
    const ps = parseParagraphs(body(...opening, 'Security assistance and engagement overview', '', '3. (S) The partnership has grown.'));
    expect(ps.map((p) => p.heading)).toEqual([null, 'Economic perspective', 'Security assistance and engagement overview']);
    expect(ps[1]?.text).toBe('The economy grew by four percent.');
  });

  it('reads a digit inside a word, not a number, in a short heading', () => {
    const ps = parseParagraphs(body('5. (C) The talks went on.', '', 'Military-to-military (m2m) cooperation', '', '6. (SBU) The contact plan has grown.'));
    expect(ps[1]?.heading).toBe('Military-to-military (m2m) cooperation');
    expect(ps[0]?.text).toBe('The talks went on.');
  });

  it('reads a wrapped sentence-case heading and the short heading under it as one heading', () => {
    const ps = parseParagraphs(body(...opening, 'Issues influencing expansion of support for', 'the region', '', 'Overflight expansion', '', '3. (S) We requested two new routes.'));
    expect(ps[2]?.heading).toBe('Issues influencing expansion of support for the region Overflight expansion');
    expect(ps[1]?.text).toBe('The economy grew by four percent.');
  });

  it('keeps such lines as text without a heading before, after an open sentence, or with a number', () => {
    const first = parseParagraphs(body('1. (C) The visit went well.', '', 'Security assistance and engagement overview', '', '2. (S) The partnership has grown.'));
    expect(first[1]?.heading).toBeNull();
    const open = parseParagraphs(body(...opening.slice(0, 4), '2. (C) The team will visit', '', 'Almaty and the southern region next week', '', '3. (C) The economy grew.'));
    expect(open[2]?.heading).toBeNull();
    expect(open[1]?.text).toBe('The team will visit\n\nAlmaty and the southern region next week');
    const wrapped = parseParagraphs(body('1. (C) The visit went well.', '', 'Issues influencing expansion of support for', 'the region', '', '2. (S) We requested two new routes.'));
    expect(wrapped[1]?.heading).toBeNull();
    const dated = parseParagraphs(body('5. (C) The talks went on.', '', 'Talks resume in 2010', '', '6. (C) The economy grew.'));
    expect(dated[1]?.heading).toBeNull();
  });
});

describe('a field list closing a list item', () => {
  it('keeps a caption with semicolon-separated values in the item above, and the same caption later', () => {
    const ps = parseParagraphs(
      body(
        '1. (S) Requirements follow.',
        '',
        '-- Efforts to combat illicit finance.',
        '',
        '            COUNTRIES: ALPHA-PRIORITY 5; BETA, DEMOCRATIC',
        'REPUBLIC- PRIORITY 4; GAMMA- PRIORITY 5H',
        '',
        '2. (S) Political opposition.',
        '',
        '-- Opinions of ethnic groups.',
        '',
        '            COUNTRIES:  BETA, DEMOCRATIC',
        'REPUBLIC-PRIORITY 5H',
        '',
        '3. (S) Military and security.',
      ),
    );
    expect(ps.map((p) => p.heading)).toEqual([null, null, null]);
    expect(ps[0]?.text).toBe('Requirements follow.\n\n-- Efforts to combat illicit finance.\n\nCOUNTRIES: ALPHA-PRIORITY 5; BETA, DEMOCRATIC REPUBLIC- PRIORITY 4; GAMMA- PRIORITY 5H');
    expect(ps[1]?.text).toContain('COUNTRIES: BETA, DEMOCRATIC REPUBLIC-PRIORITY 5H');
  });

  it('keeps title headings with a semicolon or a caption', () => {
    const ps = parseParagraphs(body('1. (C) The talks went on.', '', 'REBEL STRATEGY MURKY; ARMY UNABLE TO RESCUE HOSTAGES', '', '2. (C) The rebels hold them.', '', 'SALTA: DRUG CORRIDOR TO THE CAPITAL', '', '3. (C) The route is old.'));
    expect(ps.map((p) => p.heading)).toEqual([null, 'REBEL STRATEGY MURKY; ARMY UNABLE TO RESCUE HOSTAGES', 'SALTA: DRUG CORRIDOR TO THE CAPITAL']);
  });
});

describe('linear time on hostile input: sentence-case headings and field lists', () => {
  it('reads thousands of headed paragraphs and caption lines in linear time', () => {
    const parts: string[] = [];
    for (let i = 1; i <= 3000; i++) parts.push(`Security assistance and engagement overview ${i % 2 === 0 ? 'again' : 'now'}`, '', `COUNTRIES: ALPHA; BETA ${i}`, '', `${i}. (C) The plan has grown.`, '');
    const text = parts.join('\n');
    expect(text.length).toBeGreaterThan(100_000);
    let ps!: ReturnType<typeof parseParagraphs>;
    const ms = msUnder(1000, () => {
      ps = parseParagraphs(text);
    });
    expect(ms).toBeLessThan(1000);
    expect(ps.length).toBeGreaterThan(900);
  });
});

describe('a title on the label line, underlined', () => {
  it('heads the paragraph, the text starting under the rule', () => {
    const ps = parseParagraphs(body('1. (C) Posts should pass the texts below.', '', '2. (SBU) "FLY AND REFUEL" NON-PAPER', '----------------------------------', '', 'Non-Paper: Cooperation on air patrols over the coast.', '', '3. (SBU) Sample Reply Note for the Ministry', '-------------------------------------------', '', 'The Embassy presents its compliments.'));
    expect(ps.map((p) => [p.number, p.heading, p.marking])).toEqual([
      ['1', null, 'C'],
      ['2', '"FLY AND REFUEL" NON-PAPER', 'SBU'],
      ['3', 'Sample Reply Note for the Ministry', 'SBU'],
    ]);
    expect(ps[1]?.text).toBe('Non-Paper: Cooperation on air patrols over the coast.');
  });

  it('heads it over a rule the archive broke after 45 marks with a space', () => {
    const broken = `${'-'.repeat(45)} ----`;
    const ps = parseParagraphs(body('1. (C) Posts should pass the texts below.', '', '4. (SBU) Sample Reply Note for the Ministry', broken, '', 'The Embassy presents its compliments.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], ['4', 'Sample Reply Note for the Ministry']]);
    expect(ps[1]?.text).toBe('The Embassy presents its compliments.');
    // Broken twice (after 45 and after 91 marks), as a rule of over 91 marks is:
    const twice = parseParagraphs(body('4. (SBU) Sample Reply Note for the Ministry', `${'-'.repeat(45)} ${'-'.repeat(45)} --`, '', 'The Embassy presents its compliments.'));
    expect(twice[0]?.heading).toBe('Sample Reply Note for the Ministry');
  });

  it('stays text over a rule with a space elsewhere than after 45 marks, or two spaces (guards)', () => {
    for (const rule of [`${'-'.repeat(44)} -----`, `${'-'.repeat(46)} ---`, `${'-'.repeat(45)}  ----`, `${'-'.repeat(45)} ---- ----`]) {
      const ps = parseParagraphs(body('4. (SBU) Sample Reply Note for the Ministry', rule, '', 'The Embassy presents its compliments.'));
      expect(ps[0]?.heading ?? null).toBeNull();
    }
  });

  it('stays text over a table rule in pieces, a heading block, or as a sentence (guards)', () => {
    const table = parseParagraphs(body('5. Seizures 2001 2002', '-------------- ---- ----', 'Heroin (kilos) 739 1,122', 'Cocaine (kilos) 8,389 7,968'));
    expect(table[0]?.heading).toBeNull();
    const section = parseParagraphs(body('1. Text here.', '', '-----------', 'IV. Policy Initiatives', '-----------', '', '-----------', 'Bilateral Work', '-----------', '2. The work went on.'));
    expect(section.find((p) => p.number === 'IV')?.heading ?? null).toBeNull();
    const sentence = parseParagraphs(body('6. (U) The minister agreed.', '-----------', '', 'More text.'));
    expect(sentence[0]).toMatchObject({ heading: null, text: 'The minister agreed.\n\nMore text.' });
  });
});

describe('a long marked sub-heading glued under the last sentence', () => {
  // A reflowed page: the whole paragraph on one line, the marked sub-heading on the line under it, a blank line, the next label.
  const sentence = 'The delegation thanked the hosts for a productive exchange on the agenda of the conference and agreed to meet again.';
  const title = 'Meeting with the Executive Secretary of the Preparatory Commission of the Test Ban Treaty Organization (7 May)';

  it('heads the next paragraph when longer than a short heading, its marking left out', () => {
    expect(title.length).toBeGreaterThan(100);
    const ps = parseParagraphs(body(`1. (SBU) ${sentence}`, `(SBU) ${title}`, '', '2. (C) The executive secretary opened the meeting.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', title]]);
    expect(ps[0]?.text).toBe(sentence);
  });

  it('stays text with a sentence end inside, a period at its end, or without a marking (guards)', () => {
    const inside = '(SBU) The secretary said the preparatory work went well. Delegations from the region agreed with him on most of the points';
    expect(parseParagraphs(body(`1. (SBU) ${sentence}`, inside, '', '2. (C) The meeting ended.'))[1]?.heading).toBeNull();
    const ended = `(SBU) ${title.slice(0, -8)} and the members of the staff of the secretariat.`;
    expect(parseParagraphs(body(`1. (SBU) ${sentence}`, ended, '', '2. (C) The meeting ended.'))[1]?.heading).toBeNull();
    expect(parseParagraphs(body(`1. (SBU) ${sentence}`, title, '', '2. (C) The meeting ended.'))[1]?.heading).toBeNull();
  });
});

describe('a title-case line glued under a sentence, over a label', () => {
  it('heads the next item at the indent of the line above, goes on the item when indented deeper (era red team 115)', () => {
    const item = 'A. Names: DUNHAM, Lisa R. (CBP); ORTEGA, Miguel (CBP);';
    const hanging = parseParagraphs(body('2. Details:', item, '   PRYOR, Walter J. (DOE/NNSA)', 'B. Dates of travel: November 3-7'));
    expect(hanging.map((p) => [p.number, p.heading, p.text])).toEqual([
      ['2', null, 'Details:'],
      ['A', null, 'Names: DUNHAM, Lisa R. (CBP); ORTEGA, Miguel (CBP); PRYOR, Walter J. (DOE/NNSA)'],
      ['B', null, 'Dates of travel: November 3-7'],
    ]);
    const heading = parseParagraphs(body('1. (S) The envoy will submit more requests.', 'Taliban/Haqqani Network', '', '2. (S) Mendelsohn acknowledged the requests.'));
    expect(heading.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', 'Taliban/Haqqani Network']]);
  });

  it('heads the next paragraph when centered under the sentence, in mixed case and in capitals (era red team 117)', () => {
    const centered = `${' '.repeat(20)}Border Security Cooperation`;
    const mixed = parseParagraphs(body('5. (C) The list reached the ministry before the arrival.', centered, '6. (C) The border guards agreed.'));
    expect(mixed.map((p) => [p.number, p.heading, p.text])).toEqual([
      ['5', null, 'The list reached the ministry before the arrival.'],
      ['6', 'Border Security Cooperation', 'The border guards agreed.'],
    ]);
    const caps = parseParagraphs(
      body('     3.  THE UNION DROPPED ITS DEMAND.', 'THE EMPLOYERS WITHDREW THE LOCKOUT.', `${' '.repeat(22)}REACTION IN BONN`, '     4.  THE SPOKESMAN WELCOMED THE SETTLEMENT.'),
    );
    expect(caps.map((p) => [p.number, p.heading, p.text])).toEqual([
      ['3', null, 'THE UNION DROPPED ITS DEMAND. THE EMPLOYERS WITHDREW THE LOCKOUT.'],
      ['4', 'REACTION IN BONN', 'THE SPOKESMAN WELCOMED THE SETTLEMENT.'],
    ]);
    // A tab stands for the columns up to the next multiple of 8 (three tabs: column 24).
    const tabbed = parseParagraphs(body('5. (C) The list reached the ministry before the arrival.', '\t\t\tJoint Patrols', '6. (C) The border guards agreed.'));
    expect(tabbed[1]?.heading).toBe('Joint Patrols');
    // After a bracketed end mark too (era red team 124).
    const ended = parseParagraphs(body('     1.  COSTS ROSE.  (END SUMMARY)', `${' '.repeat(24)}JANUARY RESULTS`, '     2.  EXPORTS FELL.'));
    expect(ended.map((p) => p.heading)).toEqual([null, 'JANUARY RESULTS']);
    // (Guard: in capitals, a title line flush under the sentence, or after an unfinished line, goes on the paragraph.)
    const flush = parseParagraphs(body('3.  THE UNION DROPPED ITS DEMAND.', 'REACTION IN BONN', '4.  THE SPOKESMAN AGREED.'));
    expect(flush[0]?.text).toBe('THE UNION DROPPED ITS DEMAND. REACTION IN BONN');
    const open = parseParagraphs(body('3.  THE UNION DROPPED ITS DEMAND FOR', `${' '.repeat(22)}REACTION IN BONN`, '4.  THE SPOKESMAN AGREED.'));
    expect(open[1]?.heading).toBeNull();
  });

  it('takes no line aligned elsewhere for a centered heading: a signature, a value under a caption, a dateline, an end mark (era red team 120)', () => {
    const under = (line: string, above = '3.  THE PRESIDENT SENT THIS LETTER.', ...after: string[]): (string | null)[] =>
      parseParagraphs(body(above, line, ...after, '4.  THE EMBASSY WILL REPORT.')).map((p) => p.heading);
    // A signature far right (its middle past the middle of the line), in capitals and in mixed case.
    expect(under(`${' '.repeat(40)}JIMMY CARTER`)).toEqual([null, null]);
    expect(under(`${' '.repeat(40)}Antonio O. Garza`, '3. The President sent this letter.')).toEqual([null, null]);
    // A value going on in the column of the value above it.
    expect(under(`${' '.repeat(27)}HOME PHONE 52-1171`, `3.  CONTROL OFFICER:${' '.repeat(7)}PROGRAM OFFICER ROBERT BAKER.`, '')).toEqual([null, null]);
    // An end mark, a dateline with commas.
    expect(under(`${' '.repeat(26)}UNQUOTE`)).toEqual([null, null]);
    expect(under(`${' '.repeat(24)}(END TEXT)`)).toEqual([null, null]);
    expect(under(`${' '.repeat(22)}AMMAN, MAY 14, 1996`, undefined, '')).toEqual([null, null]);
    // After a colon: a figure line announced by it.
    expect(under(`${' '.repeat(22)}TOTAL DOLS 18,200 MILLION`, '3.  THE SURPLUS FOR THE YEAR WAS:', '')).toEqual([null, null]);
  });
});

describe('a heading after a bracketed end mark', () => {
  it('heads the next paragraph after `[End summary]` or `(End Comment)` without a full stop (era red team 121)', () => {
    for (const end of ['[End summary]', '(End summary)', '(END COMMENT)']) {
      const ps = parseParagraphs(body(`1. (C) [Begin summary] The minister wrote. ${end}`, '', 'Background', '', '2. (C) Since 2005 USTR has raised it.'));
      expect(ps.map((p) => [p.number, p.heading]), end).toEqual([['1', null], ['2', 'Background']]);
    }
  });
});

describe('the signatory closing a quoted letter', () => {
  it('is no heading of the next paragraph; a title after a letter still heads it (era red team 118)', () => {
    const letter = ['3. (SBU) The minister sent this letter:', '', "Dear Mr. Charge d'Affaires,", '', 'Kuwait places two hospitals at your disposal.', ''];
    const signed = parseParagraphs(body(...letter, 'Dr. Mohammad Ahmad Al-Jarallah', '', '4. (SBU) Embassy is coordinating the offer.'));
    expect(signed.map((p) => [p.number, p.heading])).toEqual([['3', null], ['4', null]]);
    expect(signed[0]?.text.endsWith('Dr. Mohammad Ahmad Al-Jarallah')).toBe(true);
    const titled = parseParagraphs(body(...letter, 'Next Steps on Aid', '', '4. (SBU) Embassy is coordinating the offer.'));
    expect(titled[1]?.heading).toBe('Next Steps on Aid');
  });

  it('lets a title after the signatory, under a close too, head the next paragraph; an epithet is no salutation (era red team 121)', () => {
    const letter = ['3. (SBU) The minister sent this letter:', '', "Dear Mr. Charge d'Affaires,", '', 'Kuwait places two hospitals at your disposal.', ''];
    for (const signature of [['Abdullah bin Ahmed Zainal Alireza'], ['Yours faithfully,', 'Dr. Peter Mwaba']]) {
      const ps = parseParagraphs(body(...letter, ...signature, '', 'Next Steps', '', '4. (SBU) Embassy is coordinating the offer.'));
      expect(ps.map((p) => [p.number, p.heading]), signature.join(' ')).toEqual([['3', null], ['4', 'Next Steps']]);
    }
    // A quoted e-mail with no sign-off, then a title-case heading: the heading is no signatory (era red team 124).
    const email = parseParagraphs(body('3. (SBU) The NGO wrote:', '', 'Dear Colleagues,', '', 'We will march on Friday.', '', 'NGO Reaction', '', '4. (SBU) Others agreed.'));
    expect(email.map((p) => [p.number, p.heading])).toEqual([['3', null], ['4', 'NGO Reaction']]);
    const epithet = parseParagraphs(
      body('2. (C) Rumors spread about the succession.', '', 'Dear Leader Kim Jong Il, who was ill, did not appear.', '', 'Succession Rumors', '', '3. (C) The rumors grew.'),
    );
    expect(epithet[1]?.heading).toBe('Succession Rumors');
  });
});

describe('title-case topic headings in a body numbered `N)`', () => {
  it('head the next `N)` paragraph between blank lines, and after a page break (era red team 116)', () => {
    const { paragraphs: ps } = parseCable(
      body(
        'CONFIDENTIAL KYIV 002151',
        '',
        'E.O. 12958: DECL: 11/08/2019',
        'TAGS: PGOV, UP',
        'SUBJECT: WEEKLY POLITICAL ROUNDUP',
        '',
        '1) (SBU) Summary: The Rada passed the wage bill.  End Summary.',
        '',
        'Wage Bill Becomes Law',
        '',
        '2) (SBU) The Rada voted 243-0 on November 3.',
        '',
        '3) (C) An official told PolOff that the bill was signed.',
        '',
        'Candidate Registration Closes',
        '',
        '4) (U) The Commission closed registration with 18 candidates.',
        '',
        'KYIV 00002151  002 OF 002',
        '',
        'Flu Outbreak Disrupts Campaign',
        '',
        '5) (U) The Health Ministry reported 71 deaths.',
        '',
        'TEFFT',
      ),
    );
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['1', null],
      ['2', 'Wage Bill Becomes Law'],
      ['3', null],
      ['4', 'Candidate Registration Closes'],
      ['5', 'Flu Outbreak Disrupts Campaign'],
    ]);
    expect(ps[2]?.text).toBe('An official told PolOff that the bill was signed.');
    expect(ps[3]?.text).toBe('The Commission closed registration with 18 candidates.');
  });
});

describe('two stacked underlined headings', () => {
  it('head the next paragraph together when the sub-heading wraps after a comma', () => {
    const ps = parseParagraphs(
      body(
        '1. (SBU) This is the second report in the series on abuses of power.',
        '',
        'THE RECORD OF THE FORMER REGIME AND LATER',
        'ABUSES OF POWER',
        '- - - - - - - - - - - - - - - - - - - - -',
        '',
        'Widespread Abuses of Power, including Arrests,',
        'Expulsions, and Seizures',
        '- - - - - - - - - - - - - - - - - - - - -',
        '',
        '2. (U) The regime declared a permanent state of emergency.',
      ),
    );
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['1', null],
      ['2', 'THE RECORD OF THE FORMER REGIME AND LATER ABUSES OF POWER Widespread Abuses of Power, including Arrests, Expulsions, and Seizures'],
    ]);
  });

  it('keeps two underlined lines of a list ending with a period as text (guard)', () => {
    const ps = parseParagraphs(body('1. (U) The delegation included:', '', 'Jane Doe, Deputy Director,', 'Office of Regional Affairs.', '-----------------------------', '', '2. (U) The talks began.'));
    expect(ps[1]?.heading).toBeNull();
    expect(ps[0]?.text).toContain('Office of Regional Affairs.');
  });
});

describe('linear time on hostile input: long marked headings and comma-wrapped underlined headings', () => {
  it('reads thousands of them in linear time', () => {
    const parts: string[] = [];
    for (let i = 1; i <= 1500; i++) parts.push(`${i}. (C) ${'word '.repeat(22)}done.`, `(SBU) Meeting with ${'Abc, '.repeat(20)}Note`, '', 'Alpha Beta, Gamma,', 'Delta Words', '-----', '');
    const text = parts.join('\n');
    expect(text.length).toBeGreaterThan(100_000);
    let ps!: ReturnType<typeof parseParagraphs>;
    const ms = msUnder(1000, () => {
      ps = parseParagraphs(text);
    });
    expect(ms).toBeLessThan(1000);
    expect(ps.length).toBeGreaterThan(900);
  });
});

describe('a rule run left at the end of a paragraph\'s text', () => {
  it('is no text: the overline of the next heading after the last sentence', () => {
    const ps = parseParagraphs(body('19. (C) The chair summarized the points of the meeting, and the group agreed to meet again in the spring after the report.    -------------------------', 'Session with the Deputy Director', '-------------------------', '', '20. (C) The deputy joined the meeting.'));
    expect(ps[0]?.text).toBe('The chair summarized the points of the meeting, and the group agreed to meet again in the spring after the report.');
    expect(ps[1]).toMatchObject({ number: '20', heading: 'Session with the Deputy Director' });
  });

  it('is no text after a redaction, nor in pieces after a blank', () => {
    const ps = parseParagraphs(body('Location of the Hostages', '-----------------------', '7. (C) XXXXXXXXXXXX----------------', '8. (S) The contact said more.', '', '9. (C) The talks ended. ------------------ -------'));
    expect(ps.map((p) => p.text)).toEqual(['XXXXXXXXXXXX', 'The contact said more.', 'The talks ended.']);
  });

  it('stays text glued to a word, or shorter than three marks (guards)', () => {
    const ps = parseParagraphs(body('1. (U) The so-called---', '', '2. (U) He said that --'));
    expect(ps.map((p) => p.text)).toEqual(['The so-called---', 'He said that --']);
  });

  it('reads ~200 kB of spaced rule marks ending a block in linear time', () => {
    const text = body('1. (U) Text ' + '- '.repeat(100_000) + 'x', '', '2. (U) More' + ' -'.repeat(100_000));
    let ps!: ReturnType<typeof parseParagraphs>;
    const ms = msUnder(1000, () => {
      ps = parseParagraphs(text);
    });
    expect(ms).toBeLessThan(1000);
    expect(ps[1]?.text).toBe('More');
  });
});

describe('a title on a marked label line, its text after a blank line', () => {
  it('heads the paragraph, in title case, with the text under it', () => {
    const ps = parseParagraphs(body(
      '15. (S) The delegation asked a number of questions.',
      '',
      '16. (S) Rocket Motor Casing Materials',
      '',
      'The delegation noted that based on its models, the casing',
      'is made of a steel alloy.',
      '',
      '17. (S) The other side disagreed with that view.',
    ));
    expect(ps.map((p) => [p.number, p.marking, p.heading, p.text])).toEqual([
      ['15', 'S', null, 'The delegation asked a number of questions.'],
      ['16', 'S', 'Rocket Motor Casing Materials', 'The delegation noted that based on its models, the casing is made of a steel alloy.'],
      ['17', 'S', null, 'The other side disagreed with that view.'],
    ]);
  });

  it('takes a one-word title too in a cable that writes such titles, before or after it', () => {
    const ps = parseParagraphs(body(
      '3. (C) Zircon',
      '',
      'The visitors asked whether the program had ended.',
      '',
      '4. (C) Launch Sites and Test Ranges',
      '',
      'The hosts said two sites were in use.',
      '',
      '5. (C) UDMH',
      '',
      'They asked about the fuel.',
      'The answer was brief.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['3', 'Zircon'], ['4', 'Launch Sites and Test Ranges'], ['5', 'UDMH']]);
    expect(ps[0]?.text).toBe('The visitors asked whether the program had ended.');
  });

  it('joins it to a section heading over the label', () => {
    const ps = parseParagraphs(body('1. (U) The plan has two parts.', '', 'Evaluation Plan', '', '2. (U) Objective 1', '', 'Promote a dialogue on the rights of voters.'));
    expect(ps[1]).toMatchObject({ number: '2', heading: 'Evaluation Plan Objective 1', text: 'Promote a dialogue on the rights of voters.' });
  });

  it('leaves a one-word title alone in its cable, a title without a marking and one in all caps as text (guards)', () => {
    const one = parseParagraphs(body('3. (C) Zircon', '', 'The visitors asked whether the program had ended.', '', '4. (C) The hosts said it had.'));
    expect(one.map((p) => [p.heading, p.text])).toEqual([[null, 'Zircon\n\nThe visitors asked whether the program had ended.'], [null, 'The hosts said it had.']]);
    const unmarked = parseParagraphs(body('8. Web Resources', '', 'The ministry keeps a list of its offices.'));
    expect(unmarked[0]).toMatchObject({ heading: null, text: 'Web Resources\n\nThe ministry keeps a list of its offices.' });
    const caps = parseParagraphs(body('1. (SBU) TRAINING COURSES', '', 'The center held two courses for the border guards.'));
    expect(caps[0]).toMatchObject({ heading: null, text: 'TRAINING COURSES\n\nThe center held two courses for the border guards.' });
  });

  it('leaves one-line paragraphs, sentences, keywords and list introductions as text (guards)', () => {
    const ps = parseParagraphs(body(
      '4. (U) The minister agreed with the plan',
      '',
      'He said the cabinet would meet on Monday.',
      '',
      '5. (U) Minimize Considered',
      '',
      'Jane Smith',
      '',
      '6. (C) Summary',
      '',
      'The talks went well and ended early.',
      '',
      '7. (S) On the missiles, the visitors made these points:',
      '',
      '--Given the regional context, the program is a deterrent.',
      '',
      '8. (S) Delegation Members',
      '',
      '-- John Smith, Director.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['4', null], ['5', null], ['6', null], ['7', null], ['8', null]]);
    expect(ps[0]?.text).toBe('The minister agreed with the plan\n\nHe said the cabinet would meet on Monday.');
    expect(ps[1]?.text).toBe('Minimize Considered\n\nJane Smith');
    expect(ps[2]?.text).toContain('Summary');
    expect(ps[4]?.text).toBe('Delegation Members\n\n-- John Smith, Director.');
  });

  it('reads ~150 kB of label-line titles, one word each with no title-case one, in linear time', () => {
    const parts: string[] = [];
    for (let i = 0; i < 3000; i++) parts.push(`${(i % 99) + 1}. (S) Zircon`, '', 'The visitors asked whether the program had ended at last.', '');
    const text = parts.join('\n');
    expect(text.length).toBeGreaterThan(150_000);
    let ps!: ReturnType<typeof parseParagraphs>;
    const ms = msUnder(1000, () => {
      ps = parseParagraphs(text);
    });
    expect(ms).toBeLessThan(1000);
    expect(ps.every((p) => p.heading === null)).toBe(true);
  });
});

describe('a BEGIN SUMMARY line alone (era red team 5)', () => {
  it('heads the paragraph under it, and BEGIN TEXT does not', () => {
    expect(parseParagraphs(body('BEGIN SUMMARY', '1. (U) Summary text.', 'END SUMMARY', '', '2. (U) Text.')).map((p) => [p.number, p.heading])).toEqual([
      ['1', 'BEGIN SUMMARY'],
      ['2', null],
    ]);
    expect(parseParagraphs(body('1. (U) We pass a note.', '', 'BEGIN TEXT', '', 'THE MINISTRY PRESENTS ITS COMPLIMENTS.')).map((p) => p.heading)).toEqual([null]);
  });

  it('heads the paragraph under it also with a period (BEGIN SUMMARY.), which opens the summary (era red team 12)', () => {
    const ps = parseParagraphs(body('BEGIN SUMMARY.', '1. (C) The minister said no.', '', '2. (C) He welcomed the talks.', 'END SUMMARY.', '', '3. (C) Text.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['1', 'BEGIN SUMMARY.'],
      ['2', null],
      ['3', null],
    ]);
    expect(extractSummary(ps)).toBe('The minister said no.\n\nHe welcomed the talks.');
  });
});

describe('lettered section titles in mixed case between numbered paragraphs (era red team 16)', () => {
  const text = body(
    '1. (SBU) Summary: The budget is close. End Summary.',
    '',
    'A. Fiscal Policy',
    '----------------',
    '',
    '2. (SBU) The draft budget makes three changes:',
    '',
    'a. The fuel subsidy ceiling rises.',
    '',
    'b. Transfers to the regions grow.',
    '',
    '3. (SBU) Members expect a vote.',
    '',
    'B. Monetary Policy',
    '------------------',
    '',
    '4. (SBU) The bank held its rate.',
  );

  it('heads the next numbered paragraph when underlined and the numbering runs on across it', () => {
    expect(parseParagraphs(text).map((p) => [p.number, p.heading])).toEqual([
      ['1', null],
      ['2', 'A. Fiscal Policy'],
      ['a', null],
      ['b', null],
      ['3', null],
      ['4', 'B. Monetary Policy'],
    ]);
  });

  it('stays a lettered item when not underlined (guard)', () => {
    const plain = body('1. (SBU) The minister listed the policies:', '', 'A. Fiscal Policy', '', '2. (SBU) The bank held its rate.');
    expect(parseParagraphs(plain).map((p) => p.heading)).toEqual([null, null, null]);
  });
});

describe('agenda item headings over numbered paragraphs (era red team 28)', () => {
  it('reads a designator heading wrapped onto two lines, after a list', () => {
    const ps = parseParagraphs(
      body('3.  Speakers, in order:', '-- Slovenia (for the EU)', '-- China', '', 'Item 7: Human rights situation in Palestine and other occupied Arab', 'territories', '', '4.  The general debate on Item 7 was held March 19.'),
    );
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['3', null],
      ['4', 'Item 7: Human rights situation in Palestine and other occupied Arab territories'],
    ]);
  });

  it('reads Agenda Item 5(c): as a designator', () => {
    const ps = parseParagraphs(body('1.  The Board met.', '', 'Agenda Item 5(c): Implementation of the NPT Safeguards Agreement in Iran', '', '2.  The Director General reported.'));
    expect(ps[1]?.heading).toBe('Agenda Item 5(c): Implementation of the NPT Safeguards Agreement in Iran');
  });

  it('keeps a wrapped sentence that ends with a period as text (guard)', () => {
    const ps = parseParagraphs(body('1.  The Board met.', '', 'Item 7: The delegations agreed on the text of the resolution after a long', 'debate.', '', '2.  The Director General reported.'));
    expect(ps.map((p) => p.heading)).toEqual([null, null]);
  });
});

describe('a heading right over a marked number keyed to a tasker (era red team 38)', () => {
  it('starts the jumped number under its heading, not inside the paragraph before', () => {
    const ps = parseParagraphs(
      body(
        '1. (U) Post input below is keyed to the section numbers of the',
        'tasker in ref A.',
        '',
        'RESPECT FOR THE INTEGRITY OF THE PERSON',
        '11. (C) Arbitrary killings: Human rights groups reported at least',
        'nine killings by security forces in the Ogaden during 2009.',
        '',
        '12. (U) Disappearances: Post received no reports.',
      ),
    );
    expect(ps.map((p) => [p.number, p.marking, p.heading])).toEqual([
      ['1', 'U', null],
      ['11', 'C', 'RESPECT FOR THE INTEGRITY OF THE PERSON'],
      ['12', 'U', null],
    ]);
    expect(ps[0]?.text).toBe('Post input below is keyed to the section numbers of the tasker in ref A.');
  });

  it('leaves a marked number far past the sequence inside its sentence', () => {
    // 45 is more numbers past 1 than paragraphs are ever removed: a quoted figure, not a label.
    const ps = parseParagraphs(body('1. (U) Post input follows.', '', 'RESPECT FOR THE INTEGRITY OF THE PERSON', '45. (C) Killings were reported.'));
    expect(ps.map((p) => p.number)).toEqual(['1']);
  });
});

describe('a short heading in sentence case right over paragraph 1 (era red team 54)', () => {
  it('heads paragraph 1, as a press summary opens its first section', () => {
    const ps = parseParagraphs(body('EU Accession Talks', '1. "Investment rises" Star reports: The minister spoke.', '', '2. "Quota" Zaman reports: The union met.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['1', 'EU Accession Talks'],
      ['2', null],
    ]);
  });

  it('leaves a sentence going on into a number as text', () => {
    expect(parseParagraphs(body('The vote was held on May', '1. The results were announced.')).map((p) => p.number)).toEqual([null]);
  });
});

describe('an underlined title after a page break that cut a table (era red team 71)', () => {
  const lines = (gap: string[]): string =>
    [
      '2. (U) The Standing Committee, in protocol order:',
      '',
      '   Name              Born   Previous post',
      '   WU Zhenbang       1942   General Secretary',
      '   GAO Jianguo       1950   Party Secretary, Liaoning',
      '',
      'BEIJING 00007012  002.2 OF 002',
      '',
      'ZHOU Weimin',
      '-----------',
      ...gap,
      '3. (C) ZHOU is a princeling.',
    ].join('\n');

  it('heads the next paragraph, a blank line or none between its rule and the label', () => {
    for (const gap of [[], ['']]) {
      const ps = parseParagraphs(lines(gap));
      expect(ps.map((p) => [p.number, p.heading])).toEqual([
        ['2', null],
        ['3', 'ZHOU Weimin'],
      ]);
      expect(ps[0]?.text).not.toContain('ZHOU Weimin');
    }
  });

  it('goes on with the text when no label follows it (guard)', () => {
    const ps = parseParagraphs(lines(['', 'and the rest of the table.']).replace('3. (C) ZHOU is a princeling.', ''));
    expect(ps.map((p) => p.number)).toEqual(['2']);
    expect(ps[0]?.text).toContain('ZHOU Weimin');
  });
});

describe('a title set off over a label after a list or a schedule (era red team 75)', () => {
  const headed = (items: string[], title: string): ReturnType<typeof parseParagraphs> =>
    parseParagraphs(['2. (U) Participants will need:', '', ...items, '', title, '', '3. (SBU) The control officer is Olena Shevchuk.'].join('\n'));

  it('heads the next paragraph after bullets or a schedule that end with no sentence end', () => {
    const bullets = headed(['-- an OpenNet account', '-- laptops registered with the ISSO before arrival'], 'Points of Contact');
    expect(bullets.map((p) => [p.number, p.heading])).toEqual([
      ['2', null],
      ['3', 'Points of Contact'],
    ]);
    expect(bullets[0]?.text).toBe('Participants will need:\n\n-- an OpenNet account -- laptops registered with the ISSO before arrival');
    const schedule = headed(['1545 Arrive CATAM military airport', '1900 Working dinner with President Uribe, Casa de Narino'], 'Day 2 (Thursday, March 11)');
    expect(schedule.map((p) => p.heading)).toEqual([null, 'Day 2 (Thursday, March 11)']);
  });

  it('keeps a table\'s last row and a sentence going on after a function word in the paragraph (guard)', () => {
    const total = headed(['1.1 Roads   210.4   30.1', '2.1 Water   120.2   12.0'], 'Total   330.6   42.1');
    expect(total.map((p) => p.heading)).toEqual([null, null]);
    expect(total[0]?.text).toContain('Total 330.6 42.1');
    const sentence = parseParagraphs(['2. (U) The workshop will be held at the Embassy in the city of', '', 'Kyiv Oblast Center', '', '3. (SBU) The control officer is Olena.'].join('\n'));
    expect(sentence.map((p) => p.heading)).toEqual([null, null]);
    expect(sentence[0]?.text).toContain('city of Kyiv Oblast Center');
  });
});

describe('a quotation mark standing alone over the next numbered paragraph (era red team 144)', () => {
  // A quoted article set off with QUOTE / UNQUOTE on their own lines, a byline over the UNQUOTE.
  const QUOTED = [
    '4. (U) The daily Diena ran the following commentary on February 28 under the headline "Jets Over Riga, At Last":',
    '',
    'QUOTE',
    '',
    'The arrival of four Danish F-16s at the end of March ends a decade in which Latvia could not guard its own sky, and the government will say so loudly.',
    '',
    'Editor-in-chief Sarmite Elerte',
    '',
    'UNQUOTE',
    '',
    '5. (SBU) Comment: The MFA wants a firm date for the rotation review before the Istanbul summit. End comment.',
  ];

  it('keeps UNQUOTE and the byline over it in the quoting paragraph, not as the next one\'s heading', () => {
    const ps = parseParagraphs(body(...QUOTED));
    expect(ps.map((p) => p.number)).toEqual(['4', '5']);
    expect(ps[1]?.heading).toBeNull();
    expect(ps[0]?.text.endsWith('Editor-in-chief Sarmite Elerte\n\nUNQUOTE')).toBe(true);
  });

  it('does the same in an all-capitals telegram', () => {
    const caps = QUOTED.map((l) => l.toUpperCase());
    const ps = parseParagraphs(body(...caps));
    expect(ps.map((p) => p.number)).toEqual(['4', '5']);
    expect(ps[1]?.heading).toBeNull();
    expect(ps[0]?.text.endsWith('UNQUOTE')).toBe(true);
  });
});

describe('roman and letter section titles with no rule over running paragraph numbers (era red team 157)', () => {
  const LONG = 'The delegation met the deputy minister on Monday and discussed the draft agreement at some length.';

  it('heads the next numbered paragraph with each title, the numbers running on across them', () => {
    const ps = parseParagraphs(body(`1. (C) ${LONG}`, '', `2. (C) ${LONG}`, '', 'I. DOMESTIC POLITICS', '', `3. (C) ${LONG}`, '', 'II. EU ACCESSION', '', `4. (C) ${LONG}`, '', 'III. HUMAN RIGHTS', '', `5. (C) ${LONG}`));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['1', null],
      ['2', null],
      ['3', 'I. DOMESTIC POLITICS'],
      ['4', 'II. EU ACCESSION'],
      ['5', 'III. HUMAN RIGHTS'],
    ]);
  });

  it('reads a first one over paragraph 1 when the next one has the numbers run on, titles in mixed case too', () => {
    const ps = parseParagraphs(body('A. The Student Movement', '', `1. (C) ${LONG}`, '', `2. (C) ${LONG}`, '', 'B. Dissident Chavistas', '', `3. (C) ${LONG}`));
    expect(ps.map((p) => [p.number, p.heading, p.outline.join('.')])).toEqual([
      ['1', 'A. The Student Movement', '1'],
      ['2', null, '2'],
      ['3', 'B. Dissident Chavistas', '3'],
    ]);
  });

  it('takes a sub-title under the section title into the heading (era red team 160)', () => {
    const ps = parseParagraphs(body(`1. (C) ${LONG}`, '', 'I. Talking Points', '', 'For All Posts', '', `2. (C) ${LONG}`));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['1', null],
      ['2', 'I. Talking Points For All Posts'],
    ]);
  });

  it('guard: an outline whose numbers restart under each title, and a letter out of order, stay labels', () => {
    const outline = parseParagraphs(body('I. BACKGROUND', '', `1. (C) ${LONG}`, '', 'II. ACTION REQUEST', '', `1. (C) ${LONG}`));
    expect(outline.map((p) => p.outline.join('.'))).toEqual(['I', 'I.1', 'II', 'II.1']);
    const skipped = parseParagraphs(body(`1. (C) ${LONG}`, '', 'C. SECURITY', '', `2. (C) ${LONG}`));
    expect(skipped.every((p) => p.heading === null)).toBe(true);
  });
});

describe('roman section titles framed by rules from before paragraph 1 (reading audit 10: 05THEHAGUE3305)', () => {
  const LONG = 'The Netherlands continues to be a significant transit point for drugs entering Europe.';
  const framed = (title: string): string[] => ['-'.repeat(title.length), title, '-'.repeat(title.length)];

  it('heads paragraph 1 with the first title when the next title has the numbers run on, and goes on past a sub-title', () => {
    const ps = parseParagraphs(
      body(...framed('I. Summary'), '', `1. ${LONG}`, '', ...framed('II. Status of Country'), '', `2. ${LONG}`, '', ...framed('III. Country actions against drugs in 2005'), '', 'Policy Initiatives', '--------------------', '', `3. ${LONG}`, '', `4. ${LONG}`),
    );
    expect(ps.map((p) => [p.number, p.heading, p.outline.join('.')])).toEqual([
      ['1', 'I. Summary', '1'],
      ['2', 'II. Status of Country', '2'],
      ['3', 'III. Country actions against drugs in 2005 Policy Initiatives', '3'],
      ['4', null, '4'],
    ]);
  });

  it('heads a reused number after the titles before it were read as headings', () => {
    const ps = parseParagraphs(body(...framed('I. Summary'), '', `1. ${LONG}`, '', ...framed('II. Statistics'), '', `2. ${LONG}`, '', `3. ${LONG}`, '', ...framed('III. Chemical Control'), '', `2. ${LONG}`));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['1', 'I. Summary'],
      ['2', 'II. Statistics'],
      ['3', null],
      ['2', 'III. Chemical Control'],
    ]);
  });

  it('guard: framed titles whose numbers restart under each one stay an outline', () => {
    const ps = parseParagraphs(body(...framed('I. Summary'), '', `1. ${LONG}`, '', ...framed('II. Status of Country'), '', `1. ${LONG}`));
    expect(ps.map((p) => p.outline.join('.'))).toEqual(['I', 'I.1', 'II', 'II.1']);
  });
});

describe('a section keyword alone with a colon over unlabeled text (era red team 160)', () => {
  it('heads the text under it, in mixed case and in capitals, boxed before the first paragraph too', () => {
    const mixed = parseParagraphs(body('Summary:', '', '(C) Prosecutors have taken confessions from only 132 of 2,914 applicants.', '', '1. (C) The hearings began in May.'));
    expect(mixed.map((p) => [p.number, p.heading, p.marking])).toEqual([
      [null, 'Summary:', 'C'],
      ['1', null, 'C'],
    ]);
    const boxed = parseParagraphs(body('-------------', 'INTRODUCTION:', '-------------', '', '(U) The King named the commission on January 3.', '', '1. (C) The commission met twice.'));
    expect(boxed.map((p) => [p.number, p.heading, p.marking])).toEqual([
      [null, 'INTRODUCTION:', 'U'],
      ['1', null, 'C'],
    ]);
  });

  it('keeps an underlined one inside an open numbered paragraph, and other titles with a colon, as text (guard)', () => {
    const media = parseParagraphs(body('1.  Mideast', '', 'Summary:', '--------', '', 'Haaretz reported that the PM would not freeze construction.', '', '2.  Iran', '', 'Israel Radio reported the warning.'));
    expect(media.map((p) => p.number)).toEqual(['1', '2']);
    const list = parseParagraphs(body('1. (U) The delegation met the minister.', '', 'PARTICIPANTS:', '', 'Minister Jane Roe and her deputy John Doe attended.', '', '2. (U) The talks went on.'));
    expect(list.map((p) => p.heading)).toEqual([null, null]);
  });
});

describe('a section keyword alone in mixed case over the text (era red team 157)', () => {
  it('heads the unnumbered summary under it', () => {
    const ps = parseParagraphs(body('Summary', '', '(C) Student protests drew tens of thousands in Caracas on November 7, the largest marches since 2004.', '', '1. (C) Student leaders told PolOffs they would march again.'));
    expect(ps.map((p) => [p.number, p.heading, p.marking])).toEqual([
      [null, 'Summary', 'C'],
      ['1', null, 'C'],
    ]);
    expect(ps[0]?.text.startsWith('Student protests')).toBe(true);
  });
});

describe('`Comment:` alone in mixed case (era red team 160)', () => {
  it('heads the labeled paragraph under it, which opens the comment', () => {
    const text = body('1. (C) The minister met the delegation on Monday.', '', '2. (C) He said the vote would come next week.', '', 'Comment:', '', "3. (C) The minister's remarks suggest the vote will slip again.", '', '4. (C) His deputy was less sure.');
    const ps = parseParagraphs(text);
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['1', null],
      ['2', null],
      ['3', 'Comment:'],
      ['4', null],
    ]);
    expect(ps[1]?.text).toBe('He said the vote would come next week.');
  });

  it('guard: over unlabeled text it stays inside the paragraph before, opening a comment there', () => {
    const ps = parseParagraphs(body('2. (C) He said the vote would come next week.', '', 'Comment:', "The minister's remarks suggest the vote will slip. End Comment.", '', '3. (C) His deputy was less sure.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['2', null],
      ['3', null],
    ]);
    expect(ps[0]?.text).toContain("Comment: The minister's remarks");
  });
});

describe('a quotation closing line ending with UNQUOTE (era red team 178)', () => {
  it('heads nothing: it ends the quotation in the paragraph that quotes it', () => {
    const ps = parseParagraphs(
      body(
        '1. FOLLOWING STATEMENT WAS RELEASED BY DEPARTMENT SPOKESMAN JUNE 3.',
        '',
        '2. QUOTE THE UNITED STATES GOVERNMENT HAS TAKEN THE FOLLOWING STEPS:',
        '',
        '1. IT HAS MADE AVAILABLE FOUR ADDITIONAL AIRCRAFT.',
        '',
        '2. IT HAS URGED BOTH SIDES TO AGREE ON DAYLIGHT FLIGHTS.',
        '',
        'WE CALL ON ALL GOVERNMENTS TO DO THE SAME. UNQUOTE',
        '',
        '3. POSTS SHOULD NOT GO BEYOND TEXT OF STATEMENT.',
      ),
    );
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['1', null],
      ['2', null],
      ['3', null],
    ]);
    expect(ps[1]?.text.endsWith('WE CALL ON ALL GOVERNMENTS TO DO THE SAME. UNQUOTE')).toBe(true);
    const letter = parseParagraphs(body('2. THE PRESIDENT SENT THE FOLLOWING LETTER. QUOTE DEAR MR. PRIME MINISTER: I WRITE TO THANK YOU.', '', 'SINCERELY, JIMMY CARTER UNQUOTE', '', '3. EMBASSY SHOULD DELIVER IT.'));
    expect(letter.map((p) => p.heading)).toEqual([null, null]);
  });
});

describe('topics in capitals over the blocks of an all-caps body without labels (era red team 179)', () => {
  const weekly = [
    'SUMMARY: GOSKOMSTAT PUTS THE 1998 FALL IN GDP AT 4.6 PERCENT.  END SUMMARY.',
    '',
    'GDP',
    '',
    '1998 GDP FELL 4.6 PERCENT, GOSKOMSTAT SAID FEBRUARY 3, AND',
    'INDUSTRIAL OUTPUT 5.2 PERCENT.',
    '',
    'INFLATION',
    '',
    '8.4 PERCENT WAS THE CPI RISE IN JANUARY, AGAINST 11.6 PERCENT IN',
    'DECEMBER.',
    '',
    '12.5 BILLION RUBLES OF WAGE ARREARS WERE OWED TO STATE EMPLOYEES',
    'ON JANUARY 1.',
  ];

  it('head the block under them when the body shows two or more', () => {
    const ps = parseParagraphs(body(...weekly));
    expect(ps.map((p) => [p.heading, p.text.slice(0, 20)])).toEqual([
      [null, 'SUMMARY: GOSKOMSTAT '],
      ['GDP', '1998 GDP FELL 4.6 PE'],
      ['INFLATION', '8.4 PERCENT WAS THE '],
      [null, '12.5 BILLION RUBLES '],
    ]);
  });

  it('head their text glued under them too (no blank line), the body showing two or more (era red team 183)', () => {
    const ps = parseParagraphs(
      body('FRANC STEADY', 'THE FRANC CLOSED THE WEEK AT 4.71 TO THE DOLLAR, UP SLIGHTLY FROM', 'LAST WEEK.', '', 'PRICE DECONTROL', 'THE GOVERNMENT FREED BREAD PRICES ON MONDAY, THE FIRST TIME SINCE', 'THE WAR.', '', 'UNEMPLOYMENT', '', 'JOBLESS CLAIMS ROSE TO 1.3 MILLION IN AUGUST, A NEW RECORD.'),
    );
    expect(ps.map((p) => [p.heading, p.text.slice(0, 16)])).toEqual([
      ['FRANC STEADY', 'THE FRANC CLOSED'],
      ['PRICE DECONTROL', 'THE GOVERNMENT F'],
      ['UNEMPLOYMENT', 'JOBLESS CLAIMS R'],
    ]);
  });

  it('guard: a short line in capitals over one line that is no sentence (an address, a name over its title) stays in its block (era red team 186)', () => {
    const ps = parseParagraphs(
      body('COCOA', 'PRICES PAID TO GROWERS ROSE TEN PERCENT THIS WEEK, THE MINISTRY SAID.', 'EXPORTS FELL.', '', 'COFFEE', 'THE HARVEST IS LATE IN THE WEST AND THE NORTH, BUYERS SAID ON MONDAY.', 'PRICES HELD.', '', 'LOUIS NEGRE', 'MINISTER OF ECONOMY AND FINANCE, ACTING FOR THE PRESIDENT'),
    );
    expect(ps.map((p) => p.heading)).toEqual(['COCOA', 'COFFEE', null]);
    expect(ps[2]?.text).toBe('LOUIS NEGRE MINISTER OF ECONOMY AND FINANCE, ACTING FOR THE PRESIDENT');
  });

  it('head their text when a table follows it, set off by a blank line (era red team 204)', () => {
    const ps = parseParagraphs(
      body('GDP', 'THE ECONOMY GREW 2.1 PERCENT IN 1984, THE BANK OF SUDAN SAID.', 'GROWTH CAME FROM AGRICULTURE.', '', 'TRADE', 'EXPORTS FELL FOR THE SECOND YEAR. THE MAIN', 'EXPORTS WERE:', '', '              1983      1984', 'COTTON         410       360', 'GUM ARABIC      95        88'),
    );
    expect(ps.map((p) => p.heading)).toEqual(['GDP', 'TRADE', null]);
    expect(ps[1]?.text).toBe('EXPORTS FELL FOR THE SECOND YEAR. THE MAIN EXPORTS WERE:');
  });

  it('head their short one-line answers, set off or glued, when the body shows three or more (era red teams 279 and 290, session 26)', () => {
    const ps = parseParagraphs(body('EMBASSY HAS REVIEWED ITS ALLOWANCES.', '', 'CLIMATE', 'NO CHANGE.', '', 'POLITICAL VIOLENCE', 'NONE.', '', 'HOUSING', 'RENTS ROSE ABOUT 30 PERCENT.', '', 'TEMPORARY LODGING ALLOWANCE', '', 'NO CHANGE IS REQUESTED.'));
    expect(ps.map((p) => [p.heading, p.text])).toEqual([
      [null, 'EMBASSY HAS REVIEWED ITS ALLOWANCES.'],
      ['CLIMATE', 'NO CHANGE.'],
      ['POLITICAL VIOLENCE', 'NONE.'],
      ['HOUSING', 'RENTS ROSE ABOUT 30 PERCENT.'],
      ['TEMPORARY LODGING ALLOWANCE', 'NO CHANGE IS REQUESTED.'],
    ]);
  });

  it("head their text after a lead-in's colon too (era red team 290, session 26)", () => {
    const ps = parseParagraphs(body("FOLLOWING ARE POST'S ANSWERS TO REFTEL QUESTIONS:", '', 'WARDEN SYSTEM', 'THE WARDEN NET WAS REORGANIZED IN FEBRUARY INTO FOUR ZONES.', '', 'EVACUATION ROUTES', '', 'NO CHANGE.', '', 'RADIO NETWORK', 'NONE.'));
    expect(ps.map((p) => [p.heading, p.text])).toEqual([
      [null, "FOLLOWING ARE POST'S ANSWERS TO REFTEL QUESTIONS:"],
      ['WARDEN SYSTEM', 'THE WARDEN NET WAS REORGANIZED IN FEBRUARY INTO FOUR ZONES.'],
      ['EVACUATION ROUTES', 'NO CHANGE.'],
      ['RADIO NETWORK', 'NONE.'],
    ]);
  });

  it('guard: two short lines in capitals over short answers show no topics', () => {
    const ps = parseParagraphs(body('THE MINISTER AGREED.', '', 'WARM REGARDS', 'THANKS.', '', 'ALL OF US', 'AGREED.'));
    expect(ps.every((p) => p.heading === null)).toBe(true);
  });

  it('guard: one such line alone, or a body with labels, keeps the line as a block of text', () => {
    const one = parseParagraphs(body('FOR AMBASSADOR FROM THE SECRETARY', '', 'THE SECRETARY ASKS THAT YOU DELIVER THE', 'FOLLOWING MESSAGE TO THE PRESIDENT.'));
    expect(one.map((p) => p.heading)).toEqual([null, null]);
    const labeled = parseParagraphs(body('1. THE MINISTRY SPOKE.', '', ...weekly.slice(2)));
    expect(labeled.every((p) => p.heading === null)).toBe(true);
  });
});

describe('a long title-case headline set off over a label (era red team 209)', () => {
  it('heads the labeled paragraph up to 80 characters and 12 words', () => {
    const ps = parseParagraphs(
      [
        '2. (U) Queues of 200 cars formed at most filling stations in Ikeja on',
        'June 3 and 4.',
        '',
        'Depot Owners and the Tanker Drivers Union Trade Blame for Queues',
        '',
        '3. (SBU) The chairman of the marketers association told Econoff ...',
      ].join('\n'),
    );
    expect(ps.map((p) => p.heading)).toEqual([null, 'Depot Owners and the Tanker Drivers Union Trade Blame for Queues']);
    expect(ps[0]?.text).toBe('Queues of 200 cars formed at most filling stations in Ikeja on June 3 and 4.');
  });

  it('guard: a sentence-case line of that length stays text of the paragraph before', () => {
    const ps = parseParagraphs(
      ['2. (U) Queues formed at most filling stations on June 3 and 4.', '', 'Depot owners and the tanker drivers union trade blame for the queues', '', '3. (SBU) The chairman spoke.'].join('\n'),
    );
    expect(ps.map((p) => p.heading)).toEqual([null, null]);
  });
});

describe('topics in capitals ending with a colon over the blocks of an all-caps body without labels (era red team 208)', () => {
  it('head their blocks, set off or glued on top', () => {
    const glued = parseParagraphs(['CURFEW:', 'JUNTA COMMUNIQUE NUMBER 12 ANNOUNCED THAT CURFEW WILL RUN FROM 1800.', '', 'PRESS:', 'ONLY TWO PAPERS HAVE BEEN AUTHORIZED TO PUBLISH THIS MORNING.'].join('\n'));
    expect(glued.map((p) => [p.heading, p.text])).toEqual([
      ['CURFEW:', 'JUNTA COMMUNIQUE NUMBER 12 ANNOUNCED THAT CURFEW WILL RUN FROM 1800.'],
      ['PRESS:', 'ONLY TWO PAPERS HAVE BEEN AUTHORIZED TO PUBLISH THIS MORNING.'],
    ]);
    const setOff = parseParagraphs(['SECURITY:', '', 'MARTIAL LAW AUTHORITIES HAVE IMPOSED A CURFEW IN TEHRAN.', '', 'AMCITS:', '', 'NO AMERICANS WERE HURT IN YESTERDAY\'S RIOTING.'].join('\n'));
    expect(setOff.map((p) => p.heading)).toEqual(['SECURITY:', 'AMCITS:']);
  });

  it('guard: one such line alone over its text stays text', () => {
    const one = parseParagraphs(['THE MINISTER SAID THE FOLLOWING:', '', 'THE TALKS WILL RESUME IN GENEVA NEXT WEEK AND LAST TWO DAYS.'].join('\n'));
    expect(one.map((p) => p.heading)).toEqual([null, null]);
  });
});

describe('a title set off under a list its lead-in announced (era red team 232)', () => {
  it('heads the next paragraph after a captioned block of names or of contact lines', () => {
    const names = parseParagraphs(body('2. (C) Participants:', '', 'Russia:', 'Deputy Foreign Minister Grigoriy Sablin', 'MFA notetaker', '', 'Withdrawal', '', '3. (C) Marsh said the plan required a withdrawal.'));
    expect(names.map((p) => [p.number, p.heading])).toEqual([
      ['2', null],
      ['3', 'Withdrawal'],
    ]);
    const contacts = parseParagraphs(body('2. (U) Control officers:', '', 'Site Officer: Economic Officer Daniel Raines', 'Cell: (370) 686-32278', '', 'Schedule', '', '3. (U) The delegation arrives on May 29.'));
    expect(contacts[1]?.heading).toBe('Schedule');
  });

  it('guard: the last of entries set off one by one, or an entry with a comma, stays in the list', () => {
    const ps = parseParagraphs(body('2. (U) U.S. Delegation:', '', 'Frank Rose, Deputy Assistant Secretary, VCI', '', 'Dimitry Zarechnak, Interpreter', '', '3. (U) The talks opened.'));
    expect(ps[1]?.heading).toBeNull();
    const caption = parseParagraphs(body('2. (U) Control officer:', '', 'Political Officer Brian Hollis', 'Cell: 359-88-811-2204', '', 'Alternate: Political Specialist Maria Dimitrova, 359-2-937-5261', '', '3. (U) Hotel reserved.'));
    expect(caption[1]?.heading).toBeNull();
  });
});

describe('a name in capitals over a title heads a bio sketch (era red team 232)', () => {
  const sketch = (name: string, title: string): string[] => ['2. (C) Poloffs met each of the three in November.', '', name, title, '', '3. (C) Park, 51, a professor at Korea University, speaks English.'];

  it('heads the next numbered paragraph, with or without (PROTECT), the first heading of the cable too', () => {
    for (const name of ['PARK SANG-HOON (PROTECT)', 'HAN MYUNG-SOO']) {
      const ps = parseParagraphs(body(...sketch(name, 'Senior Foreign Policy Advisor, Grand National Party Campaign')));
      expect(ps.map((p) => [p.number, p.heading])).toEqual([
        ['2', null],
        ['3', `${name} Senior Foreign Policy Advisor, Grand National Party Campaign`],
      ]);
    }
  });

  it('guard: a sentence under the name, or a name after unfinished text, heads nothing', () => {
    const sentence = parseParagraphs(body(...sketch('HAN MYUNG-SOO', 'He was elected in 2004 and chairs the committee.')));
    expect(sentence[1]?.heading).toBeNull();
    const unfinished = parseParagraphs(body('2. (C) The sketches below were drawn from meetings with', '', 'HAN MYUNG-SOO', 'Chairman, Policy Committee', '', '3. (C) Han, 47, is a former journalist.'));
    expect(unfinished[1]?.heading).toBeNull();
  });
});

describe('a caption and its colon over a headline, the first heading of the cable (era red team 238)', () => {
  const LONG = 'The coalition won the vote in the district by a wide margin, according to the official results.';
  const over = (...heading: string[]) => parseParagraphs(body(`1. (C) ${LONG}`, '', `2. (C) ${LONG}`, '', ...heading, '', `3. (C) ${LONG}`))[2]?.heading ?? null;

  it('heads the next paragraph, the colon ending the first line or inside it, a quoted headline too', () => {
    expect(over('Christian Districts:', 'Aoun Holds Kesrouan, Loses Zahle and Achrafieh')).toBe('Christian Districts: Aoun Holds Kesrouan, Loses Zahle and Achrafieh');
    expect(over("Sunni Districts: Hariri Sweeps Beirut's", 'Third District, Saida and Tripoli')).toBe("Sunni Districts: Hariri Sweeps Beirut's Third District, Saida and Tripoli");
    expect(over("Ter-Petrossian's Rally:", '"We Will Stay Until Victory"')).toBe('Ter-Petrossian\'s Rally: "We Will Stay Until Victory"');
  });

  it('guard: a list of values or a sentence under the caption heads nothing', () => {
    expect(over('COUNTRIES: BURUNDI-PRIORITY 5; CONGO, DEMOCRATIC', 'REPUBLIC- PRIORITY 4; RWANDA- PRIORITY 5H')).toBeNull();
    expect(over('Christian Districts:', 'Aoun held Kesrouan but lost Zahle.')).toBeNull();
  });
});

describe('a title set off after a list glued under a finished lead-in, or after a bracketed End Note (era red team 238)', () => {
  const after = (...lines: string[]) => parseParagraphs(body('1. (C) The election commission released its figures on April 25.', '', ...lines, '', 'The Madhes Vote', '', '3. (C) The Madhesi parties did well in the Terai.'));

  it('heads the next paragraph', () => {
    const list = after('2. (C) The seats won by the larger parties are as follows.', '-- CPN(Maoist): 120', '-- Nepali Congress: 37', '-- Others and independents: 11');
    expect(list.map((p) => [p.number, p.heading])).toEqual([
      ['1', null],
      ['2', null],
      ['3', 'The Madhes Vote'],
    ]);
    const note = after('2. (C) Turnout was 69 percent (Note: up from 67 percent in the first round.  End Note)');
    expect(note[2]?.heading).toBe('The Madhes Vote');
  });

  it('guard: after an unfinished sentence it is still the text going on', () => {
    const ps = after('2. (C) The seats were shared among the larger parties and the');
    expect(ps[2]?.heading ?? null).toBeNull();
  });
});

describe('a title ending with an abbreviation (era red team 238)', () => {
  const LONG = 'The count was completed on January 14 and the results were announced the next morning.';
  it("heads the next paragraph: `Berger's Margin by Dept.`, not the answer `No.`", () => {
    const ps = parseParagraphs(body(`1. (U) ${LONG}`, '', "Berger's Margin by Dept.", '', `2. (U) ${LONG}`));
    expect(ps[1]?.heading).toBe("Berger's Margin by Dept.");
    const answer = parseParagraphs(body('1. (U) Does the government provide shelter to victims?', '', 'No.', '', `2. (U) ${LONG}`));
    expect(answer[1]?.heading).toBeNull();
  });
});

describe('a marked caption over a headline, two lines over the next label (era red team 238)', () => {
  it('heads the paragraph, its marking the paragraph marking only when the paragraph has none', () => {
    const ps = parseParagraphs(body('2. (U) Comelec extended voting by one hour, to 7 p.m.', '', '(SBU) Violence: 38 Incidents, 12 Dead,', 'Fewer Than in 2007', '', '3. (SBU) The police reported 38 incidents.'));
    expect(ps.map((p) => [p.number, p.marking, p.heading])).toEqual([
      ['2', 'U', null],
      ['3', 'SBU', 'Violence: 38 Incidents, 12 Dead, Fewer Than in 2007'],
    ]);
  });

  it('guard: a marked block of text over the label is a paragraph of its own', () => {
    const ps = parseParagraphs(body('2. (U) Comelec extended voting by one hour.', '', '(SBU) Comment: the count went well,', 'and we expect no protests.', '', '3. (SBU) The police reported 38 incidents.'));
    expect(ps.map((p) => p.number)).toEqual(['2', null, '3']);
  });
});

describe('an all-caps headline wrapped over two lines, set off by blank lines (era 2117)', () => {
  const headline = ['OIL: PDVSA KEEPS TO ITS OPEC QUOTA WHILE THE FINANCE MINISTRY BETS', 'ON A USD 16 BASKET'];

  it('heads the next paragraph after a finished sentence', () => {
    const ps = parseParagraphs(body('5.  (C)  THE REAL DEFICIT WOULD BE CLOSER TO', '6.1 PERCENT ONCE THE SOCIAL FUND IS ADDED.', '', ...headline, '', '6.  (U)  PDVSA HAS KEPT TO ITS OPEC QUOTA SINCE APRIL.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['5', null],
      ['6', headline.join(' ')],
    ]);
    expect(ps[0]?.text).toBe('THE REAL DEFICIT WOULD BE CLOSER TO 6.1 PERCENT ONCE THE SOCIAL FUND IS ADDED.');
  });

  it('guard: two lines with a sentence ending inside are text (`... CONSIDERATION. UNQUOTE`)', () => {
    const ps = parseParagraphs(body('3. THE RTG IS READY TO DISCUSS THE TRANSFER OF EQUIPMENT.', '', 'THE ROYAL THAI GOVERNMENT AVAILS ITSELF OF THIS OPPORTUNITY TO', 'RENEW ITS HIGHEST CONSIDERATION. UNQUOTE', '', '4. COMMENT: THE DEADLINE IS FIRM.'));
    expect(ps.map((p) => p.heading)).toEqual([null, null]);
    expect(ps[0]?.text).toContain('HIGHEST CONSIDERATION. UNQUOTE');
  });

  it('guard: two short lines are no wrapped headline', () => {
    const ps = parseParagraphs(body('3. THE MINISTER RECEIVED THE LETTER.', '', 'JOHN SMITH', 'SPECIAL ENVOY', '', '4. THE MINISTER REPLIED.'));
    expect(ps.map((p) => p.heading)).toEqual([null, null]);
  });
});

describe('a heading right after a page marker (eras 2102, 2104)', () => {
  it('after a list whose short last item ends with no stop, heads the next label', () => {
    const ps = parseParagraphs(body('2. (SBU) Results for the leading candidates:', '-- Hamid Karzai: 46.2 percent', '-- Ashraf Ghani Ahmadzai: 3.1 percent', 'KABUL 00002705  002 OF 003', '', '', 'The Complaints Commission', '', '3. (SBU) ECC Commissioner Grant Kippen told PolOff about the complaints.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['2', null],
      ['3', 'The Complaints Commission'],
    ]);
    expect(ps[0]?.text).toBe('Results for the leading candidates: -- Hamid Karzai: 46.2 percent -- Ashraf Ghani Ahmadzai: 3.1 percent');
  });

  it('guard: an item wrapped on a function word goes on after the marker', () => {
    const ps = parseParagraphs(body('2. (SBU) The complaints went to two bodies:', '-- the Ministry of Interior and the', 'KABUL 00002705  002 OF 003', '', 'Independent Election Commission', '', '3. (SBU) ECC Commissioner Grant Kippen told PolOff about the complaints.'));
    expect(ps.map((p) => p.heading)).toEqual([null, null]);
    expect(ps[0]?.text).toContain('and the Independent Election Commission');
  });

  it('a title-case headline wrapped over two lines heads the next label', () => {
    const ps = parseParagraphs(body('5. (C) Rezaei was placed third in his native Khuzestan.', 'DUBAI 00000249  002 OF 002', '', '', 'Streets of Tehran: Clashes on Vali Asr,', 'Fatemi and Enqelab', '', '6. (S/NF) IRPO contacts reported crowds on Vali Asr.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['5', null],
      ['6', 'Streets of Tehran: Clashes on Vali Asr, Fatemi and Enqelab'],
    ]);
    expect(ps[0]?.text).toBe('Rezaei was placed third in his native Khuzestan.');
  });

  it('guard: two lines of a sentence after the marker are text', () => {
    const ps = parseParagraphs(body('5. (C) Rezaei was placed third in his native Khuzestan.', 'DUBAI 00000249  002 OF 002', '', 'Reformist contacts said the count was', 'rigged from the start.', '', '6. (S/NF) IRPO contacts reported crowds on Vali Asr.'));
    expect(ps.map((p) => p.heading).filter((h) => h !== null)).toEqual([]);
    expect(ps.some((p) => p.text.includes('Reformist contacts said the count was rigged from the start.'))).toBe(true);
  });
});

describe('a title-case heading opening with an accented capital (era red team 244)', () => {
  it('heads the next paragraph as an ASCII one does', () => {
    const ps = parseParagraphs(body('2. (C) Sarkozy spoke for forty minutes.', '', 'The Speech', '', '3. (C) The President opened with the economy.', '', '\u00c9lys\u00e9e Spin', '', '4. (C) Advisers briefed the press afterwards.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['2', null],
      ['3', 'The Speech'],
      ['4', '\u00c9lys\u00e9e Spin'],
    ]);
    expect(ps[1]?.text).toBe('The President opened with the economy.');
  });
});

describe('a sentence-case heading ending with a bracketed symbol (era red team 240)', () => {
  it('heads the next paragraph, the symbol in the heading', () => {
    const ps = parseParagraphs(body('1. (U) Details on the main texts follow. End Summary.', '', 'Burma resolution (A/HRC/7/L.29)', '', '2. (C) Slovenia, for the EU, accepted the amendment.', '', 'Rights of the child (GRULAC)', '', '3. (C) The text was adopted without a vote.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['1', null],
      ['2', 'Burma resolution (A/HRC/7/L.29)'],
      ['3', 'Rights of the child (GRULAC)'],
    ]);
  });

  it('guard: a sentence with a bracket is text', () => {
    const ps = parseParagraphs(body('1. (U) Details on the main texts follow.', '', 'It passed by a wide margin (32-2).', '', '2. (C) Slovenia, for the EU, accepted the amendment.'));
    expect(ps.map((p) => p.heading)).toEqual(ps.map(() => null));
    expect(ps.some((p) => p.text.includes('It passed by a wide margin (32-2).'))).toBe(true);
  });
});

describe('agenda item titles with their full stop, in capitals (era red team 240)', () => {
  it('head the next paragraph, set off by blank lines or after a section banner', () => {
    const ps = parseParagraphs(
      body(
        '2.  SUMMARY:  THE SYG ASKED FOR FULLER CONSULTATION.  END SUMMARY.',
        '',
        'ITEM I.  STATEMENT BY THE SECRETARY GENERAL.',
        '',
        '3.  LUNS SAID ALLIES HAD LEARNED OF THE CONTACTS FROM THE PRESS.',
        'C O N F I D E N T I A L SECTION 02 OF 02 USNATO 01902',
        '',
        'ITEM II.  MBFR: THE WESTERN INITIATIVE.',
        '',
        '4.  AMBASSADOR ABSHIRE PRESENTED THE U.S. PROPOSAL.',
      ),
    );
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['2', null],
      ['3', 'ITEM I. STATEMENT BY THE SECRETARY GENERAL.'],
      ['4', 'ITEM II. MBFR: THE WESTERN INITIATIVE.'],
    ]);
    expect(ps[1]?.text).toBe('LUNS SAID ALLIES HAD LEARNED OF THE CONTACTS FROM THE PRESS.');
  });

  it('guard: a sentence about an item is text', () => {
    const ps = parseParagraphs(body('2.  THE SYG OPENED THE MEETING.', '', 'ITEM II WAS DEFERRED TO MARCH 21.', '', '3.  LUNS SAID ALLIES HAD LEARNED OF THE CONTACTS.'));
    expect(ps.every((p) => p.heading === null)).toBe(true);
  });
});

describe('question items in capitals, lettered in parentheses, over the next label (era red team 243)', () => {
  it('stay in the asking paragraph, whether the letter is a marking letter or not', () => {
    for (const last of ['(D) WHO WOULD VERIFY THE LIMITS, AND HOW?', '(C) SHOULD THE PEC SET A DEADLINE FOR REGISTRATION?']) {
      const items = ['(A) WOULD THE LISTS APPLY TO ANTI-SATELLITE SYSTEMS?', '(B) WHAT POWER LEVEL WOULD THE SOVIET SIDE PROPOSE?', ...(last.startsWith('(D)') ? ['(C) WHEN WOULD REDUCTIONS BEGIN?'] : [])];
      const ps = parseParagraphs(body('9. (C) THE U.S. SIDE THEN ASKED THESE QUESTIONS:', '', ...items.flatMap((i) => [i, '']), last, '', '10. (C) KVITSINSKIY SAID HE WOULD REPLY.'));
      expect(ps.map((p) => [p.number, p.heading])).toEqual([
        ['9', null],
        ['10', null],
      ]);
      expect(ps[0]?.text.endsWith(last)).toBe(true);
    }
  });

  it('guard: a marked title in capitals still heads the next label', () => {
    const ps = parseParagraphs(body('1. (SBU) EMBASSIES ARE REQUESTED TO APPROACH HOST GOVERNMENTS.', '', '(U) BACKGROUND', '', '2. (SBU) AT THE SUMMIT SEVERAL HEADS OF STATE SPOKE.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['1', null],
      ['2', 'BACKGROUND'],
    ]);
  });
});

describe('an underlined SUMMARY or COMMENT in capitals over a marked unlabeled block (era red team 243)', () => {
  it('heads that block, its marking the paragraph marking, as in mixed case', () => {
    const ps = parseParagraphs(body('1. (U) CLASSIFIED BY AMBASSADOR FRAZURE.', '', 'SUMMARY', '-------', '', '(C) THE COMMISSION MET MAY 2.', 'END SUMMARY.', '', '2. (C) THE PEC MET.', '', 'COMMENT', '-------', '', '(C) THE ASSURANCES ARE WORTH LITTLE.', 'END COMMENT.', '', '3. (C) NEXT MEETING MAY 9.'));
    expect(ps.map((p) => [p.number, p.marking, p.heading])).toEqual([
      ['1', 'U', null],
      [null, 'C', 'SUMMARY'],
      ['2', 'C', null],
      [null, 'C', 'COMMENT'],
      ['3', 'C', null],
    ]);
    expect(ps[1]?.text).toBe('THE COMMISSION MET MAY 2. END SUMMARY.');
  });

  it('guard: another underlined title in capitals over unmarked text stays in the paragraph', () => {
    const ps = parseParagraphs(body('1. (U) THE PEC MET MAY 2.', '', 'VOTER LISTS', '-----------', '', 'THE LISTS ARE NOT READY.', '', '2. (C) NEXT MEETING MAY 9.'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2']);
  });
});

describe('lettered section titles restarting at A under each part title (era red team 243)', () => {
  it('head the next numbered paragraph in every part', () => {
    const ps = parseParagraphs(
      body(
        '2. (C) Your visit is an opportunity. End Summary.',
        '',
        'PART ONE: POLITICS',
        '',
        'A. The LDP Leadership Race',
        '',
        '3. (C) Five candidates are running.',
        '',
        'B. The Opposition',
        '',
        '4. (C) The DPJ has promised to end the mission.',
        '',
        'PART TWO: SECURITY',
        '',
        'A. Indian Ocean Refueling',
        '',
        '5. (C) The refueling mission expires January 15.',
        '',
        'B. Realignment and Futenma',
        '',
        '6. (C) Okinawa continues to demand an offshore runway.',
      ),
    );
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['2', null],
      ['3', 'PART ONE: POLITICS A. The LDP Leadership Race'],
      ['4', 'B. The Opposition'],
      ['5', 'PART TWO: SECURITY A. Indian Ocean Refueling'],
      ['6', 'B. Realignment and Futenma'],
    ]);
    expect(ps[3]?.text).toBe('The refueling mission expires January 15.');
  });
});

describe("a crime and safety report's colon sub-headings of five or six words (era red team 246)", () => {
  it('head the next numbered paragraph as shorter ones do', () => {
    const ps = parseParagraphs(body('Overall Crime and Safety Situation:', '', "1. (U) Post's crime threat rating is critical.", '', 'Crime Threats:', '', '2. (U) Armed robbery is common.', '', 'Tips on Avoiding Becoming a Victim:', '', '3. (U) Keep car doors locked.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['1', 'Overall Crime and Safety Situation:'],
      ['2', 'Crime Threats:'],
      ['3', 'Tips on Avoiding Becoming a Victim:'],
    ]);
  });

  it('guard: a lead-in in sentence case stays text', () => {
    const ps = parseParagraphs(body('1. (U) The rating is critical.', '', 'The police gave us these numbers:', '', '2. (U) Armed robbery is common.'));
    expect(ps.every((p) => p.heading === null)).toBe(true);
  });
});

describe('a colon sub-heading right under a list of short lines (era 2194)', () => {
  it('heads the next numbered paragraph; the list stays in the paragraph above', () => {
    const ps = parseParagraphs(body('5. (U) Victims should report crimes in person.  Emergency numbers:', '', '911 - PNC emergency line', '913 - Fire department', '', 'Tips on Avoiding Becoming a Victim:', '', '6. (U) Do not resist an armed robbery.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['5', null],
      ['6', 'Tips on Avoiding Becoming a Victim:'],
    ]);
    expect(ps[0]?.text).toBe('Victims should report crimes in person. Emergency numbers:\n\n911 - PNC emergency line 913 - Fire department');
  });

  it('guard: under a long line going on, the colon line stays text', () => {
    const ps = parseParagraphs(body('5. (U) Victims should report crimes in person at the nearest station of the', 'National Civilian Police, which publishes the', '', 'Tips on Avoiding Becoming a Victim:', '', '6. (U) Do not resist an armed robbery.'));
    expect(ps.every((p) => p.heading === null)).toBe(true);
  });
});

describe('a list a colon announces, its items set off by blank lines (era red teams 251 and 254)', () => {
  it('keeps every item in capitals in the paragraph, none heading the next label', () => {
    const ps = parseParagraphs(
      body(
        '2.  THE SIDES SIGNED THE FOLLOWING NEW PROTOCOLS AND ANNEXES:',
        '',
        'PROTOCOL ON COOPERATION IN EARTH SCIENCES (USGS-CSB)',
        '',
        'ANNEX III TO THE PROTOCOL ON ATMOSPHERIC SCIENCE (NOAA-CMA)',
        '',
        'PROTOCOL ON BIOMEDICAL RESEARCH (NIH-MOPH)',
        '',
        "3.  SSTC MINISTER SAID THAT CHINA'S SPENDING WILL RISE.",
      ),
    );
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['2', null],
      ['3', null],
    ]);
    expect(ps[0]?.text).toBe(
      'THE SIDES SIGNED THE FOLLOWING NEW PROTOCOLS AND ANNEXES:\n\nPROTOCOL ON COOPERATION IN EARTH SCIENCES (USGS-CSB)\n\nANNEX III TO THE PROTOCOL ON ATMOSPHERIC SCIENCE (NOAA-CMA)\n\nPROTOCOL ON BIOMEDICAL RESEARCH (NIH-MOPH)',
    );
  });

  it('does so in a mixed-case body too', () => {
    const ps = parseParagraphs(
      body('4. (SBU) Mexican ministers signed the following:', '', 'LETTER OF INTENT ON REDD-PLUS COOPERATION (MEXICO-NORWAY)', '', 'MEMORANDUM OF UNDERSTANDING ON CLEAN ENERGY (SENER-USDOE)', '', '5. (SBU) Semarnat welcomed both documents.'),
    );
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['4', null],
      ['5', null],
    ]);
  });

  it('guard: a title in capitals after items in mixed case heads the next label', () => {
    const ps = parseParagraphs(body('64. INL will continue its work.', '', 'Drug seizures in kilograms:', '', 'Heroin', '', '2009 - 641.297; 2008 - 1,514.731', '', 'Registered Drug Users', '', '53,883', '', 'CHEMICAL CONTROL', '', '65. Kazakhstan complies with article 12.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['64', null],
      ['65', 'CHEMICAL CONTROL'],
    ]);
  });
});

describe('a line in capitals over data, or a quoted headline, inside a numbered paragraph (era red teams 252 and 254)', () => {
  it("keeps a schedule's last day and a city over a contact line in the paragraph", () => {
    const ps = parseParagraphs(
      body('2. (SBU) Schedule:', '', 'MONDAY, AUGUST 18', '', '0900  Call on the Prime Minister', '1100  Meeting with the Speaker', '', 'WEDNESDAY, AUGUST 20', '', '0730  Depart hotel for airport; JP 190 at 0910', '', '3. (SBU) The Prime Minister will host a dinner.'),
    );
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['2', null],
      ['3', null],
    ]);
    const contacts = parseParagraphs(body('3. (U) Control officers:', '', 'BRASILIA', '', 'Political Officer Daniel Reyes, cell 55-61-8111-4521', '', 'MANAUS', '', 'ESTH Officer Karen Holt, cell 55-61-8111-4588', '', '4. (U) Hotels are booked.'));
    expect(contacts.map((p) => p.number)).toEqual(['3', '4']);
  });

  it('keeps a headline in quotes over the editorial quoting it in the paragraph', () => {
    const ps = parseParagraphs(body('2. (U) Iraq', '', '"THE LAST GAMBLE"', '', 'Center-right Il Giornale (01/11) editorialized: "Bush has admitted the mistakes."', '', '3. (U) Afghanistan', '', 'The papers were quiet.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['2', null],
      ['3', null],
    ]);
    expect(ps[0]?.text).toContain('"THE LAST GAMBLE"');
  });

  it('guard: a title in capitals over prose, or over a sub-title, still heads an unnumbered paragraph', () => {
    const ps = parseParagraphs(body('64. INL will continue its work.', '', 'STATISTICAL TABLES', '', 'Drug Crop Cultivation', '', 'Cannabis:', '', 'Experts estimate 145,000 tons.', '', '65. Kazakhstan complies.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['64', null],
      [null, 'STATISTICAL TABLES'],
      ['65', null],
    ]);
  });
});

describe('a title-case headline with a longer preposition in lower case (era red team 262, session 25)', () => {
  it('heads the next paragraph: `off`, `near`, `despite`', () => {
    for (const headline of ['Navy Seizes 2.5 MT of Cocaine off Tumaco', 'Fugitive Arrested near Punta Cana', 'Extradition Goes Ahead despite Appeal']) {
      const ps = parseParagraphs(body('1. (U) This cable reports August developments.', '', headline, '', '2. (SBU) The Navy intercepted a vessel.', '', '3. (SBU) More.'));
      expect(ps.map((p) => [p.number, p.heading])).toEqual([
        ['1', null],
        ['2', headline],
        ['3', null],
      ]);
      expect(ps[0]?.text).toBe('This cable reports August developments.');
    }
  });

  it('guard: a sentence with such a word, most words in lower case, is no headline', () => {
    const ps = parseParagraphs(body('1. (U) This cable reports August developments.', '', 'Police seized cocaine near the port', '', '2. (SBU) The Navy intercepted a vessel.'));
    expect(ps[1]?.heading).toBeNull();
  });
});

describe("a letter's salutation alone on a line is no heading (era red team 261, session 25)", () => {
  it('leaves `Mr. President:` an unnumbered paragraph over paragraph 1', () => {
    for (const salutation of ['Mr. President:', 'Madam Secretary:', 'MR. PRESIDENT:']) {
      const ps = parseParagraphs(body(salutation, '', '1. (C) You arrive in Ankara at a time of change.', '', '2. (C) More text.'));
      expect(ps.map((p) => [p.number, p.heading, p.text])).toEqual([
        [null, null, salutation],
        ['1', null, 'You arrive in Ankara at a time of change.'],
        ['2', null, 'More text.'],
      ]);
    }
  });

  it('keeps the headings under it in a body without labels', () => {
    const ps = parseParagraphs(body('Madam Speaker:', '', '------------------------', 'Summary and Introduction', '------------------------', '', 'Malta welcomes your visit.', '', '-------------------', 'The Political Scene', '-------------------', '', 'The Nationalist Party governs.'));
    expect(ps.map((p) => [p.heading, p.text])).toEqual([
      [null, 'Madam Speaker:'],
      ['Summary and Introduction', 'Malta welcomes your visit.'],
      ['The Political Scene', 'The Nationalist Party governs.'],
    ]);
  });

  it('guard: a colon heading of a topic still heads the paragraph under it', () => {
    const ps = parseParagraphs(body('1. (C) Text.', '', 'North Korea:', '', '2. (C) The envoy spoke.'));
    expect(ps[1]?.heading).toBe('North Korea:');
  });
});

describe('a title over the next label after a list of single-hyphen items (era red team 268, session 25)', () => {
  const text = (...items: string[]): string =>
    body('1. (SBU) Summary text here.', '', '2. (SBU) Officials reported displaced persons in the worst-hit districts:', ...items, '', 'Karachi Camps', '', '3. (SBU) Most of the displaced went to camps.');

  it('heads the next paragraph, as after `--` items', () => {
    const ps = parseParagraphs(text('   - Jacobabad: 212,000', '   - Kashmore: 148,000', '   - Shikarpur: 131,000'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['1', null],
      ['2', null],
      ['3', 'Karachi Camps'],
    ]);
  });

  it('guard: a dash inside a sentence with no colon before it leaves the title in the paragraph above', () => {
    const ps = parseParagraphs(body('1. (SBU) Summary text here.', '', '2. (SBU) Officials said the camps - now full - would close soon and', 'the displaced would go home', '', 'Karachi Camps', '', '3. (SBU) Most of the displaced went to camps.'));
    expect(ps[2]?.heading).toBeNull();
  });
});

describe('a colon sub-heading with a place caption inside it (era red team 271, session 25)', () => {
  it('heads the next numbered paragraph: `Crimea: Fleet Dispute Flares:`', () => {
    const ps = parseParagraphs(body('4. (SBU) She dismissed opposition claims that the loan terms were secret.', '', 'Crimea: Fleet Dispute Flares:', '', '5. (SBU) Sevastopol city council voted October 26.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['4', null],
      ['5', 'Crimea: Fleet Dispute Flares:'],
    ]);
  });

  it('guard: a line holding two inner colons, or a sentence, heads nothing', () => {
    const ps = parseParagraphs(body('4. (SBU) Text.', '', 'Crimea: Fleet: Dispute Flares:', '', '5. (SBU) More.'));
    expect(ps[1]?.heading).toBeNull();
  });
});

describe('a lead-in sentence in capitals over paragraph 1 is no heading (era leftover 2234, session 25)', () => {
  it('leaves `PLEASE DELIVER THE FOLLOWING ORAL MESSAGE TO GROMYKO:` an unnumbered paragraph', () => {
    const ps = parseParagraphs(body('PLEASE DELIVER THE FOLLOWING ORAL MESSAGE TO GROMYKO:', '', '1. THE UNITED STATES HAS STUDIED THE PROPOSAL.', '', '2. WE AGREE.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      [null, null],
      ['1', null],
      ['2', null],
    ]);
    expect(parseParagraphs(body('THE POINTS ARE AS FOLLOWS:', '', '1. WE AGREE.')).map((p) => p.heading)).toEqual([null, null]);
  });

  it("leaves a media reaction's dateline an unnumbered paragraph (era leftover 2265)", () => {
    const ps = parseParagraphs(body('PARIS - THURSDAY, JUNE 10, 2004', '', '1. Chirac spoke at Sea Island.', '', '2. G8 Summit'));
    expect(ps.map((p) => [p.number, p.heading, p.text])).toEqual([
      [null, null, 'PARIS - THURSDAY, JUNE 10, 2004'],
      ['1', null, 'Chirac spoke at Sea Island.'],
      ['2', null, 'G8 Summit'],
    ]);
  });

  it('guard: a title in capitals with a colon still heads paragraph 1', () => {
    expect(parseParagraphs(body('TALKING POINTS FOR THE MEETING:', '', '1. WE AGREE.', '', '2. MORE.'))[0]?.heading).toBe('TALKING POINTS FOR THE MEETING:');
  });
});

describe('a contact line closing a text is no heading of the next label (era red team 289, session 26)', () => {
  it('stays in the paragraph above it', () => {
    for (const line of ['Media contact: Press Office, 02-397-4114', 'POC: Poloff Jane Roe', 'Contact: Public Affairs Section']) {
      const ps = parseParagraphs(body('3. Applicants may request an expedited appointment.', '', line, '', '4. (SBU) Comment: Wait times reached 61 days.'));
      expect(ps.map((p) => [p.number, p.heading]), line).toEqual([['3', null], ['4', null]]);
      expect(ps[0]?.text, line).toBe(`Applicants may request an expedited appointment.\n\n${line}`);
    }
  });

  it('guard: a colon heading naming another topic still heads the label', () => {
    const ps = parseParagraphs(body('3. Applicants may request an expedited appointment.', '', 'Economy: Growth Slows', '', '4. (SBU) The central bank cut rates.'));
    expect(ps[1]?.heading).toBe('Economy: Growth Slows');
  });
});

describe("a report's part number alone over its title heads the next label (era red team 299, session 26)", () => {
  it('reads the two lines as one heading', () => {
    const ps = parseParagraphs(body('2. THE COUNCIL MET TWICE.  END SUMMARY.', '', 'PART ONE', 'IRAQ: SIXTY-DAY SANCTIONS REVIEW', '', '1. THE PRESIDENT NOTED THE REPORT.', '', 'PART TWO', 'ANGOLA: UNAVEM III MANDATE', '', '1. THE COUNCIL HEARD THE SYG.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['2', null],
      ['1', 'PART ONE IRAQ: SIXTY-DAY SANCTIONS REVIEW'],
      ['1', 'PART TWO ANGOLA: UNAVEM III MANDATE'],
    ]);
  });

  it('guard: a part number over a sentence stays text', () => {
    const ps = parseParagraphs(body('2. THE COUNCIL MET TWICE.', '', 'PART ONE', 'OF THE REPORT WAS NOT DISCUSSED BY THE COUNCIL MEMBERS ON MONDAY.', '', '3. THE PRESIDENT NOTED THE REPORT.'));
    expect(ps.map((p) => p.heading)).toEqual([null, null]);
  });
});

describe("a part's title glued right over a marked label (era red team 299, session 26)", () => {
  it('heads the label, the numbering restarting under it, glued under a sentence too', () => {
    const ps = parseParagraphs(body('1. (C) Summary: The report covers trade.  End Summary.', '', 'Part I -- Banking', '1. (C) The sale of the bank went ahead.', '', '2. (SBU) Loans fell.', 'Part II -- Insurance', '1. (C) The merger of the insurers.'));
    expect(ps.map((p) => [p.number, p.marking, p.heading])).toEqual([
      ['1', 'C', null],
      ['1', 'C', 'Part I -- Banking'],
      ['2', 'SBU', null],
      ['1', 'C', 'Part II -- Insurance'],
    ]);
    expect(ps[2]?.text).toBe('Loans fell.');
  });

  it('guard: a sentence about a part over a label stays text', () => {
    const ps = parseParagraphs(body('1. (C) The minister spoke.', '', 'Part of the talks was', '2. (C) The rest.'));
    expect(ps.every((p) => p.heading === null)).toBe(true);
  });
});

describe('a title in capitals glued on top of its text in a mixed-case body without labels (era red team 307, session 26)', () => {
  it('heads the text, over bullets or prose', () => {
    const ps = parseParagraphs(body('(C) The Ambassador hosted ten mayors on May 2.', '', 'KEY POINTS', '-- Pre-accession funds have not reached a single', 'coastal town.', '-- The mayors blame the agency.', '', 'NEXT STEPS', 'The consortium must post a EUR 4 million bond by March 20.'));
    expect(ps.map((p) => [p.heading, p.text.slice(0, 20)])).toEqual([
      [null, 'The Ambassador hoste'],
      ['KEY POINTS', '-- Pre-accession fun'],
      ['NEXT STEPS', 'The consortium must '],
    ]);
  });

  it('heads a marked block too, its marking kept, and a SUMMARY heading gives the summary', () => {
    const c = parseCable(['CONFIDENTIAL ANKARA 000912', '', 'E.O. 12958: DECL: 05/04/2017', 'TAGS: PGOV, TU', 'SUBJECT: ELECTIONS SET', '', 'SUMMARY', '(C) Parliament set general elections for July 22.', '', 'COMMENT', '(C) The crisis is not over.', '', 'WILSON'].join('\n'));
    expect(c.paragraphs.map((p) => [p.heading, p.marking, p.text])).toEqual([
      ['SUMMARY', 'C', 'Parliament set general elections for July 22.'],
      ['COMMENT', 'C', 'The crisis is not over.'],
    ]);
    expect(c.summary).toBe('Parliament set general elections for July 22.');
  });

  it("guard: a speaker's caption, a marking alone, a name over a title, or a body with labels keeps the line", () => {
    expect(parseParagraphs(body('Intro text.', '', 'THE SECRETARY:', 'What does Bogota need from us on trade?')).every((p) => p.heading === null)).toBe(true);
    expect(parseParagraphs(body('Intro text.', '', 'JOHN SMITH', 'Director')).every((p) => p.heading === null)).toBe(true);
    expect(parseParagraphs(body('1. (C) Intro text.', '', 'KEY POINTS', '-- Pre-accession funds have not reached a single town.')).every((p) => p.heading === null)).toBe(true);
  });
});

describe("a quoted letter's closing over its writer's name before the next label (era red team 310, session 26)", () => {
  it('stays text of the paragraph that quotes the letter', () => {
    const ps = parseParagraphs(body('2. (C) Diplomats were refused entry.', '', "The Families' Appeal", '', '3. (C) The families delivered an open letter on August 26.  It closed:', '', 'We ask only for a fair and open trial.', '', 'Respectfully,', 'Gunel Hajiyeva', '', '4. (SBU) The letter was reprinted by Azadliq.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['2', null], ['3', "The Families' Appeal"], ['4', null]]);
    expect(ps[1]?.text).toBe('The families delivered an open letter on August 26. It closed:\n\nWe ask only for a fair and open trial.\n\nRespectfully, Gunel Hajiyeva');
  });
});

describe('a title in capitals with its colon glued over a marked label after a page break, a list ending above (era red team 310, session 26)', () => {
  it('heads the label', () => {
    const text = ['4. (SBU) The ODM lineup is:', '', 'William Ruto', 'Musalia Mudavadi', 'Najib Balala', '', 'NAIROBI 00004811  002 OF 002', '', '', 'THE ELECTORAL COMMISSION:', '5. (SBU) ECK Chairman Samuel Kivuitu said the ballots are ready.'].join('\n');
    const ps = parseParagraphs(text);
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['4', null], ['5', 'THE ELECTORAL COMMISSION:']]);
    expect(ps[0]?.text).toBe('The ODM lineup is:\n\nWilliam Ruto Musalia Mudavadi Najib Balala');
  });
});

describe("a part's lettered section titles going on from an earlier part's letters (era red team 305, session 26)", () => {
  it('head their paragraphs when two in a row have the numbers run on across them', () => {
    const ps = parseParagraphs(body('1. (U) This is the second of three cables; it covers sections D to F.', '', 'D. Sugarcane Supply', '', '2. (SBU) The harvest is large.', '', 'E. Logistics', '', '3. (SBU) Roads are bad.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', 'D. Sugarcane Supply'], ['3', 'E. Logistics']]);
  });

  it('guard: one such line alone stays text', () => {
    const ps = parseParagraphs(body('1. (U) This cable covers the harvest.', '', 'D. Sugarcane Supply', '', '2. (SBU) The harvest is large.', '', '3. (SBU) Roads are bad.'));
    expect(ps.every((p) => p.heading === null)).toBe(true);
  });
});

describe('a short title glued under a full stop, over a marked label (era red team 344, session 27)', () => {
  const read = (...lines: string[]) => parseParagraphs(lines.join('\n')).map((p) => [p.number, p.heading, p.text]);

  it('heads the label in capitals, glued over it or with a blank line between, and in title case', () => {
    expect(read('1.  (C) SUMMARY: ZHOU SPOKE.  END SUMMARY.', 'HUMAN RIGHTS', '2.  (C) ZHOU SAID MORE.', 'CUSTODY.', 'THE CROWD AT EDSA', '', '3.  (C) THE CROWD IS LARGE.')).toEqual([
      ['1', null, 'SUMMARY: ZHOU SPOKE. END SUMMARY.'],
      ['2', 'HUMAN RIGHTS', 'ZHOU SAID MORE. CUSTODY.'],
      ['3', 'THE CROWD AT EDSA', 'THE CROWD IS LARGE.'],
    ]);
    expect(read('1.  (C) Summary: Zhou spoke.  End Summary.', 'Cross-Strait Ties', '2.  (C) Zhou said more.')).toEqual([
      ['1', null, 'Summary: Zhou spoke. End Summary.'],
      ['2', 'Cross-Strait Ties', 'Zhou said more.'],
    ]);
  });

  it('guard: a caption, a notice with a figure, an end mark, a comma or a lone name leave the line as text', () => {
    expect(read('1.  (C) THE MEETING WAS AT 11:30 A.M.', 'PLACE: SECRETARY\'S OFFICE', '2.  (C) TEXT.').map((p) => p[1])).toEqual([null, null]);
    expect(read('1.  (C) TEXT.', 'SECTION 2 WILL FOLLOW', '2.  (C) TEXT.').map((p) => p[1])).toEqual([null, null]);
    expect(read('1.  (C) TEXT.', 'END COMMENT', '2.  (C) TEXT.').map((p) => p[1])).toEqual([null, null]);
    expect(read('1.  (C) TEXT.', 'AMMAN, MAY 14', '2.  (C) TEXT.').map((p) => p[1])).toEqual([null, null]);
    expect(read('1.  (U) MINIMIZE CONSIDERED.', 'RICE', '', '2.  (C) TEXT.').map((p) => p[1])).toEqual([null, null]);
  });
});

describe('a title over a label after a paragraph ending on a citation without its stop (era red team 346, session 27)', () => {
  const read = (...lines: string[]) => parseParagraphs(lines.join('\n')).map((p) => [p.number, p.heading, p.text]);

  it('heads the label after `(ref B)` or a web address', () => {
    expect(read('2. (C) Agriculture shrank for a second year (ref B)', '', 'Fuel Subsidies', '', '3. (C) The minister spoke.')).toEqual([
      ['2', null, 'Agriculture shrank for a second year (ref B)'],
      ['3', 'Fuel Subsidies', 'The minister spoke.'],
    ]);
    expect(read('2. (U) The report is available in English at http://www.bok.or.kr', '', 'Housing Measures', '', '3. (U) The bank acted.')).toEqual([
      ['2', null, 'The report is available in English at http://www.bok.or.kr'],
      ['3', 'Housing Measures', 'The bank acted.'],
    ]);
  });

  it('guard: after a sentence cut on a word, the title-case line is the sentence going on', () => {
    expect(read('2. (C) The minister met the leaders of', '', 'Fuel Subsidies', '', '3. (C) The minister spoke.').map((p) => p[1])).toEqual([null, null]);
  });
});
