/**
 * Body layouts of later archive pages (docs/cable-format.md sections 1b and 4): headings
 * drawn between rule lines, paragraphs reflowed onto one line each with or without blank
 * lines between them, and summary headings. Synthetic bodies written in those layouts.
 */

import { describe, expect, it } from 'vitest';
import { parseParagraphs } from '../src/body/paragraphs.js';
import { parseCable } from '../src/index.js';
import { msUnder } from './timing.js';

const body = (...lines: string[]): string => lines.join('\n');

/** A reflowed paragraph: one line of about 300 characters. */
const long = (n: number, marking: string, words: string): string =>
  `${n}. (${marking}) ${words} ${'The delegation discussed the schedule and the budget in detail with the ministry. '.repeat(3)}`.trimEnd();

describe('rule lines around headings', () => {
  it('reads a heading between rules with no blank lines around it (reflowed page)', () => {
    const ps = parseParagraphs(body(
      long(1, 'C', 'The Ambassador met the Acting President on Friday.'),
      '----------------',
      "WHO'S IN CHARGE?",
      '----------------',
      long(2, 'C', 'He said that everyone was confused.'),
      long(3, 'C', 'He lamented the situation.'),
    ));
    expect(ps.map((p) => p.number)).toEqual(['1', '2', '3']);
    expect(ps.map((p) => p.heading)).toEqual([null, "WHO'S IN CHARGE?", null]);
    // The rules are no text of the paragraph before.
    expect(ps[0]?.text.endsWith('with the ministry.')).toBe(true);
  });

  it('reads a heading between rules with blank lines around it', () => {
    const ps = parseParagraphs(body(
      '1. (C) The minister was candid about the budget.',
      '',
      '-------',
      'SUMMARY',
      '-------',
      '',
      '2. (C) The talks went well.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', 'SUMMARY']]);
    expect(ps[0]?.text).toBe('The minister was candid about the budget.');
  });

  it('reads a mixed-case heading underlined or with a rule on its own line', () => {
    const ps = parseParagraphs(body(
      'Summary -------',
      '',
      '1.(C) In a June 5 meeting the minister agreed.',
      '',
      '2.(C) He acknowledged the concerns.',
      '',
      'Evolving Military Relationship',
      '------------------------------',
      '',
      '3.(C) He stated that visits build trust.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', 'Summary'], ['2', null], ['3', 'Evolving Military Relationship']]);
  });

  it('strips rules drawn on the heading line itself', () => {
    const ps = parseParagraphs(body('1. (C) Text of one.', '', '------- NEXT STEPS -------', '', '2. (C) Text of two.'));
    expect(ps[1]?.heading).toBe('NEXT STEPS');
  });

  it('treats rule lines with other whitespace (U+2028) as rules', () => {
    const ps = parseParagraphs(body('1. (C) Text of one.', '', '\u2028------------ \u2028', 'SUMMARY AND INTRODUCTION \u2028', '------------ \u2028', '', '2. (C) Text of two.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', 'SUMMARY AND INTRODUCTION']]);
  });

  it('keeps a sentence followed by a rule as text, not as a heading', () => {
    const ps = parseParagraphs(body(
      '1. (C) The minister was candid.',
      '',
      'He said more later.',
      '-------',
      'NEXT STEPS',
      '-------',
      '2. (C) The talks go on.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', 'NEXT STEPS']]);
    expect(ps[0]?.text).toBe('The minister was candid.\n\nHe said more later.');
  });

  it('does not treat dashes inside a line of text as a rule', () => {
    const ps = parseParagraphs(body('1. (C) Prices rose --- sharply --- in May.', '', '2. (C) They fell.'));
    expect(ps[0]?.text).toBe('Prices rose --- sharply --- in May.');
  });
});

describe('headings over numbered paragraphs without blank lines', () => {
  it('starts the next paragraph after a title line in mixed-case text', () => {
    const ps = parseParagraphs(body(
      '1. (C) SUMMARY: The working group was created in 1992.',
      "THE STATE'S WORKING GROUP",
      '2. (SBU) In 1992, the state parliament created the group.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', "THE STATE'S WORKING GROUP"]]);
  });

  it('starts the next paragraph after a blank line and a title line', () => {
    const ps = parseParagraphs(body('1. (C) Summary: The talks went well.', '', 'STRENGTHENING DEMOCRACY', '2. (C) The Ambassador opened.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', 'STRENGTHENING DEMOCRACY']]);
  });

  it('does not split all-caps text at a number after a wrapped line', () => {
    // In an all-caps cable every line reads like a title: `2.` here goes on the sentence.
    const ps = parseParagraphs(body('1. THE MINISTER SAID THAT THE COST WOULD BE', 'ABOUT', '2. MILLION DOLLARS A YEAR.'));
    expect(ps.map((p) => p.number)).toEqual(['1']);
  });

  it('starts a paragraph at a number with a portion marking after any line', () => {
    const ps = parseParagraphs(body(
      '1. (S) Participants:',
      'Deputy Secretary',
      'Director, Americas Directorate, MFA',
      '2. (S) SUMMARY: The Deputy Secretary used the meeting to press.',
    ));
    expect(ps.map((p) => p.number)).toEqual(['1', '2']);
  });

  it('starts paragraph 1 after an unnumbered caption ending a sentence', () => {
    const ps = parseParagraphs(body('SENSITIVE BUT UNCLASSIFIED. PLEASE HANDLE ACCORDINGLY.', '1. (SBU) Summary: The government acted.', '', '2. (SBU) More.'));
    expect(ps.map((p) => p.number)).toEqual([null, '1', '2']);
  });

  it('does not split at a number that does not continue the sequence', () => {
    const ps = parseParagraphs(body('1. (C) The plan has parts:', 'the budget, agreed in', '7. (C) The schedule.'));
    expect(ps.map((p) => p.number)).toEqual(['1']);
  });
});

describe('reflowed pages: one paragraph per line', () => {
  const cable = (gap: string): string =>
    body(
      'UNCLAS SECTION 01 OF 02 NEW DELHI 002550',
      '',
      'SIPDIS',
      '',
      'E.O. 12958: N/A',
      'TAGS: PREL MARR IN',
      'SUBJECT: SCENESETTER FOR THE VISIT',
      '',
      ...Array.from({ length: 12 }, (_, k) => [long(k + 1, 'SBU', `Point ${k + 1} of the scenesetter.`), gap]).flat(),
      'MULFORD',
    );

  it('keeps the blank lines between reflowed paragraphs (no double-spacing repair)', () => {
    const c = parseCable(cable(''));
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(c.diagnostics.map((d) => d.code)).not.toContain('DOUBLE_SPACING_REMOVED');
    expect(c.signer).toBe('MULFORD');
  });

  it('still removes double spacing from wrapped text', () => {
    const lines = Array.from({ length: 14 }, (_, k) => `line ${k + 1} of a wrapped paragraph about the visit`);
    const c = parseCable(body('UNCLAS NEW DELHI 002550', '', 'SUBJECT: VISIT', '', `1. (U) ${lines[0] ?? ''}`, ...lines.slice(1).flatMap((l) => ['', l]), '', '', 'MULFORD'));
    expect(c.diagnostics.map((d) => d.code)).toContain('DOUBLE_SPACING_REMOVED');
    expect(c.paragraphs).toHaveLength(1);
    expect(c.paragraphs[0]?.text).toContain('line 2 of a wrapped paragraph about the visit line 3 of');
  });
});

describe('summary under a heading', () => {
  it('reads SUMMARY AND ACTION REQUEST and SUMMARY/BACKGROUND headings', () => {
    for (const heading of ['SUMMARY AND ACTION REQUEST', 'SUMMARY/BACKGROUND', 'Summary and Introduction', 'Executive Summary:']) {
      const c = parseCable(body('UNCLAS STATE 018563', '', 'SUBJECT: DEMARCHE', '', heading, '-----------', '', '1. (U) The request is urgent.', '', 'NEXT STEPS', '', '2. (U) Posts should reply.', '', 'RICE'));
      expect(c.summary, heading).toBe('The request is urgent.');
    }
  });

  it('stops a heading summary at END SUMMARY', () => {
    const c = parseCable(body('UNCLAS THE HAGUE 003044', '', 'SUBJECT: MEASURES', '', 'Summary', '--------', '1. The ministers sent a letter. End Summary.', '', '2. The debate followed.', '', 'SOBEL'));
    expect(c.summary).toBe('The ministers sent a letter.');
  });
});

describe('a rule line right after the preamble', () => {
  it('ends the Classified By field: the heading under it opens the body', () => {
    const c = parseCable(body(
      'S E C R E T ABUJA 000215',
      'SIPDIS',
      'EO 12958 DECL: 2020/02/26',
      'TAGS PREL, PGOV, NI',
      'SUBJECT: THE ACTING PRESIDENT',
      'CLASSIFIED BY: Robin R. Sanders, Ambassador; REASON: 1.4(B), (D)',
      '-------',
      'SUMMARY',
      '-------',
      long(1, 'C', 'The Ambassador met the Acting President.'),
      '-------',
      'NEXT STEPS',
      '-------',
      long(2, 'C', 'He will decide soon.'),
      'SANDERS',
    ));
    expect(c.classifiedBy?.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(c.paragraphs.map((p) => [p.number, p.heading])).toEqual([['1', 'SUMMARY'], ['2', 'NEXT STEPS']]);
    expect(c.summary?.startsWith('The Ambassador met the Acting President.')).toBe(true);
    expect(c.unparsed).toEqual([]);
  });
});

describe('headings in mixed case, with long rules or rules after blank lines', () => {
  it('takes a title-case line underlined right after a finished paragraph as the next heading', () => {
    const ps = parseParagraphs(body(
      long(1, 'SBU', 'The talks went well. End Summary.'),
      'Human Rights Activists: Most Voters Have Forgotten',
      '--------------------------------------------- -----',
      long(2, 'SBU', 'A well-known activist was not surprised.'),
      'Closure Of Girls Schools?',
      '-------------------------',
      long(3, 'C', 'Some schools will try to remain open.'),
      '...But Do Not Ask Us About The Riots',
      '------------------------------------',
      long(4, 'SBU', 'He lost his patience.'),
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['1', null],
      ['2', 'Human Rights Activists: Most Voters Have Forgotten'],
      ['3', 'Closure Of Girls Schools?'],
      ['4', '...But Do Not Ask Us About The Riots'],
    ]);
    expect(ps[0]?.text.endsWith('with the ministry.')).toBe(true);
    expect(ps[2]?.text.endsWith('with the ministry.')).toBe(true);
  });

  it('reads a heading that carries a long rule on its own line', () => {
    const ps = parseParagraphs(body(
      long(1, 'U', 'Summary. The government faces unhappiness. End summary.'),
      '',
      `Governor Fights Contiguous Indian Reservation ${'-'.repeat(45)}`,
      '',
      long(2, 'U', 'One dispute is in the north.'),
      '',
      `${'-'.repeat(34)} The Environment and Climate Change ${'-'.repeat(34)}`,
      '',
      long(3, 'U', 'Brazil pursues two goals.'),
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['1', null],
      ['2', 'Governor Fights Contiguous Indian Reservation'],
      ['3', 'The Environment and Climate Change'],
    ]);
    expect(ps[0]?.text.endsWith('with the ministry.')).toBe(true);
  });

  it('reads a heading with its rule after a line that ends without a period', () => {
    // Without a sentence end the blank line could be a lost page break; the rule tells it is not.
    const ps = parseParagraphs(body(
      '1.(C/NF) SUMMARY AND COMMENT: The EU is moving toward deferral of the decisions. END SUMMARY AND COMMENT',
      '',
      'Repeated Call for More Evidence -------------------------------',
      '',
      '2.(C/NF) During a meeting the deputy said more evidence is needed.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', 'Repeated Call for More Evidence']]);
    expect(ps[0]?.text.endsWith('END SUMMARY AND COMMENT')).toBe(true);
  });

  it('reads a two-line heading between rules after a paragraph ending with a redaction', () => {
    const ps = parseParagraphs(body(
      `1. (C) France asked whether the contract had been signed, and when the training took place. ${'X'.repeat(12)}`,
      '',
      '---------------------------------',
      'Concerns with Lack of Progress on',
      'Possible Military Dimensions',
      '---------------------------------',
      '',
      '2. (C) The U.S. started the discussion.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', 'Concerns with Lack of Progress on Possible Military Dimensions']]);
  });

  it('reads a heading whose rule stands after blank lines', () => {
    const ps = parseParagraphs(body(
      '1. (U) The following cable responds to the request.',
      '',
      'Chinese Engagement in Trade and Investment',
      '',
      '--------------------------------------------- -----------------',
      '',
      '',
      '2. (SBU) The relationship has remained strong.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', 'Chinese Engagement in Trade and Investment']]);
    expect(ps[0]?.text).toBe('The following cable responds to the request.');
  });

  it('keeps a line before a rule that opens the next heading as text (guard)', () => {
    const ps = parseParagraphs(body(
      '1. Seizures went up in 2002.',
      '',
      'Source: Europol data',
      '',
      '---------------',
      'Chemical Control',
      '----------------',
      '2. The country is a party to the convention.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', 'Chemical Control']]);
    expect(ps[0]?.text).toBe('Seizures went up in 2002.\n\nSource: Europol data');
  });

  it('reads a one-word title-case heading between blank lines before a labeled paragraph', () => {
    const ps = parseParagraphs(body(
      '2. Action Request. Posts should approach the government if it would be constructive.',
      '',
      'Background',
      '',
      '3. In March 2007, after eleven rounds, the parties agreed.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['2', null], ['3', 'Background']]);
  });

  it('keeps a sentence-like short line between blank lines as text (guard)', () => {
    const ps = parseParagraphs(body('1. The talks went well.', '', 'Thank you for your help', '', '2. The next round is in May.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', null]]);
    expect(ps[0]?.text).toBe('The talks went well.\n\nThank you for your help');
  });

  it('reads an underlined all-caps heading ending with an abbreviation', () => {
    const ps = parseParagraphs(body(
      '11. (C) We suggest export controls be eased.',
      '',
      'ENCOURAGE CHINESE INVESTMENT IN THE U.S.',
      '----------------------------------------',
      '',
      '12. (C) Apart from misperceptions, investors complain.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['11', null], ['12', 'ENCOURAGE CHINESE INVESTMENT IN THE U.S.']]);
  });

  it('reads a portion marking before an unlabeled heading as the marking of its block', () => {
    const ps = parseParagraphs(body('(C) KEY POINTS', '-----', '-- The Prime Minister told the Senator that talks are stalled.', '', 'End Key Points.', '', '1. (C) The Senator met the Prime Minister.'));
    expect(ps[0]).toMatchObject({ number: null, marking: 'C', heading: 'KEY POINTS' });
  });
});

describe('lines that are not headings', () => {
  it('reads dashed bullets as text of the paragraph, not as a ruled heading', () => {
    const ps = parseParagraphs(body(
      '1. (SBU) Current undertakings include:',
      '',
      '---social housing projects within the capital;',
      '',
      '---joint oil exploration venture with the state company',
      'in Block 18; and',
      '',
      '---a diamond mining venture with the state diamond company.',
      '',
      '2. (SBU) COMMENT: The presence looms large. END COMMENT.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', null]]);
    expect(ps[0]?.text).toContain('\n\n---joint oil exploration venture with the state company in Block 18; and\n\n---a diamond');
  });

  it('does not read a redaction line as a heading', () => {
    const ps = parseParagraphs(body('1. (SBU) Suppliers include several companies.', '', 'XXXXXXXXXXXX', '', '-- We also ask that your government encourage companies to report.'));
    expect(ps).toHaveLength(1);
    expect(ps[0]?.heading).toBeNull();
    expect(ps[0]?.text).toContain('XXXXXXXXXXXX\n\n-- We also ask');
  });

  it('still reads a heading between short rules on its line (guard)', () => {
    const ps = parseParagraphs(body('1. (C/NF) Welcome back.', '', '-- US USE OF BASES --', '', '2. (C/NF) The team met.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', 'US USE OF BASES']]);
  });
});

describe('headings glued to the paragraph before them', () => {
  it('reads an underlined heading right after a page marker', () => {
    const ps = parseParagraphs(body(
      '1. (U) Begin questions and answers.',
      '',
      'Question 2: Why did it happen?',
      '------------------------------',
      '',
      'Answer: The officials planned the changes well before the vote, as a step to',
      'consolidate their position.',
      '',
      'TIRANA 00000123 002 OF 004',
      '',
      'Question 3: Why was the reaction so strong?',
      '-------------------------------------------',
      '',
      'Answer: Contacts cite two reasons for the anger.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], [null, 'Question 2: Why did it happen?'], [null, 'Question 3: Why was the reaction so strong?']]);
    expect(ps[1]?.text).toBe('Answer: The officials planned the changes well before the vote, as a step to consolidate their position.');
    expect(ps[2]?.text).toBe('Answer: Contacts cite two reasons for the anger.');
  });

  it('reads an all-caps title standing alone right after a page marker', () => {
    const ps = parseParagraphs(body(
      '1. (C) The minister described the budget in some detail.',
      '',
      'TIRANA 00000123 002 OF 004',
      '',
      'ENERGY TALKS',
      '',
      'The talks on the pipeline resumed in May.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], [null, 'ENERGY TALKS']]);
    expect(ps[0]?.text).toBe('The minister described the budget in some detail.');
    expect(ps[1]?.text).toBe('The talks on the pipeline resumed in May.');
  });

  it('still continues a sentence across a page marker (guard)', () => {
    const ps = parseParagraphs(body(
      '1. (C) THE MINISTER SAID THAT THE',
      '',
      'TIRANA 00000123 002 OF 004',
      '',
      'GOVERNMENT WOULD ACT SOON',
      '',
      '2. (C) NEXT POINT.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', null]]);
    expect(ps[0]?.text).toBe('THE MINISTER SAID THAT THE GOVERNMENT WOULD ACT SOON');
  });

  it('keeps a heading whole across a page marker after its first line ends with a colon (guard)', () => {
    const ps = parseParagraphs(body(
      '8. (C) The official said that public action engenders confidence.',
      '',
      'Ministry of Labor:',
      '',
      'TIRANA 00000123 004 OF 007',
      '',
      'Culture of Giving, Change Takes Time',
      '------------------------------------',
      '',
      '9. (C) Reflecting upon the history of charitable work, the minister spoke.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['8', null], ['9', 'Ministry of Labor: Culture of Giving, Change Takes Time']]);
  });

  it('reads an all-caps title after END SUMMARY (no period) as the next heading', () => {
    const ps = parseParagraphs(body(
      '1. (C) Summary: The delegations agreed on most points of the text.',
      'The vote is expected next week.',
      'END SUMMARY',
      'STRONG PRESIDENCY',
      '2. (U) Led by a pragmatic presidency, the members worked well with us.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', 'STRONG PRESIDENCY']]);
    expect(ps[0]?.text).toBe('Summary: The delegations agreed on most points of the text. The vote is expected next week. END SUMMARY');
  });

  it('reads an underlined title after a paragraph ending with a colon as the heading of the next label', () => {
    const ps = parseParagraphs(body(
      '1. (U) The answers below are keyed to the questions in',
      'the reference cable:',
      '',
      'Question A',
      '----------',
      '',
      '2. (C) How does the president make decisions?',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', 'Question A']]);
    expect(ps[0]?.text).toBe('The answers below are keyed to the questions in the reference cable:');
  });

  it('keeps an underlined line after a colon as text when no label follows (guard)', () => {
    const ps = parseParagraphs(body(
      '1. (U) The schedule of the visit follows:',
      '',
      'Monday Meetings',
      '---------------',
      '',
      'The delegation arrives in the capital at noon.',
    ));
    expect(ps).toHaveLength(1);
    expect(ps[0]?.heading).toBeNull();
    expect(ps[0]?.text).toBe('The schedule of the visit follows:\n\nMonday Meetings\n\nThe delegation arrives in the capital at noon.');
  });

  it('joins an underlined title ending with a colon and the underlined title under it into one heading', () => {
    const ps = parseParagraphs(body(
      '14. (C) The mission is broadening its contacts with the community.',
      '',
      'SPECIFIC STEPS:',
      '---------------',
      '',
      'MISSION-WIDE',
      '------------',
      '',
      '15. (C) To coordinate its outreach, the mission set up a working group.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['14', null], ['15', 'SPECIFIC STEPS: MISSION-WIDE']]);
    expect(ps[0]?.text).toBe('The mission is broadening its contacts with the community.');
  });

  it('reads a one-line heading framed by spaced dashes between two paragraphs without blank lines', () => {
    const ps = parseParagraphs(body(
      '6. (C) The officer asked about access. The minister said he would respond soon.',
      '- - - Comment: Minister Remains Supportive of the Crackdown - - -',
      '7. (C) The attitude of the minister bodes well for the crackdown.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['6', null], ['7', 'Comment: Minister Remains Supportive of the Crackdown']]);
    expect(ps[0]?.text).toBe('The officer asked about access. The minister said he would respond soon.');
  });

  it('reads an underlined heading that starts with an ellipsis and a small letter', () => {
    const ps = parseParagraphs(body(
      '...Actions In A Collapse Scenario...',
      '------------------------------------',
      '',
      '5. (S) The minister argued that the neighbors would not welcome troops.',
      '...and Japan',
      '------------',
      '',
      '6. (S) The minister acknowledged the point about Tokyo.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['5', '...Actions In A Collapse Scenario...'], ['6', '...and Japan']]);
    expect(ps[0]?.text).toBe('The minister argued that the neighbors would not welcome troops.');
  });

  it('reads a two-line heading with a rule under each line as one heading', () => {
    const ps = parseParagraphs(body(
      '29. (SBU) She was president of the executive committee in Chicago.',
      '',
      'Minister of Culture and Communication,',
      '--------------------------------------',
      'Government Spokeswoman -- Jane Doe',
      '----------------------------------',
      '30. (SBU) A former speechwriter, Jane Doe has been named minister.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['29', null], ['30', 'Minister of Culture and Communication, Government Spokeswoman -- Jane Doe']]);
    expect(ps[0]?.text).toBe('She was president of the executive committee in Chicago.');
  });

  it('keeps an unfinished source line of a table in the paragraph before an underlined heading', () => {
    const ps = parseParagraphs(body(
      '33. Drug use among students, by year (percent):',
      '',
      'Cannabis 20.0 19.0 9.0 9.0',
      '',
      '(Source: National Drug Monitor 2004, Institute of Mental Health',
      '',
      'Prevention',
      '----------',
      '',
      '34. Drug prevention programs are organized through a network.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['33', null], ['34', 'Prevention']]);
    expect(ps[0]?.text).toBe('Drug use among students, by year (percent):\n\nCannabis 20.0 19.0 9.0 9.0\n\n(Source: National Drug Monitor 2004, Institute of Mental Health');
  });
});

describe('headings between paragraphs, in more layouts', () => {
  it('reads a one-line heading between dash runs over unnumbered text as the heading of an unnumbered paragraph', () => {
    const ps = parseParagraphs(body(
      '1. (U) The weekly report covers the markets and politics.',
      '',
      '2. Market rate: 2,000 to the dollar and scarcer than ever',
      '',
      '---------------------------- On the Political Front ----------------------------',
      '',
      'Changes to the Election Law - The bill published on Monday proposes a new voter roll.',
      '',
      'Police Disperse a March - Police dispersed the crowd on Tuesday.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', null], [null, 'On the Political Front']]);
    expect(ps[1]?.text).toBe('Market rate: 2,000 to the dollar and scarcer than ever');
    expect(ps[2]?.text).toBe('Changes to the Election Law - The bill published on Monday proposes a new voter roll.\n\nPolice Disperse a March - Police dispersed the crowd on Tuesday.');
  });

  it('still reads a long line without a sentence end and no rule on it across a blank line (guard)', () => {
    const ps = parseParagraphs(body(
      '1. (U) The customs service installed three mobile scanning machines for trucks in the',
      '',
      'Southern, Eastern and Coastal Provinces.',
    ));
    expect(ps.map((p) => p.text)).toEqual(['The customs service installed three mobile scanning machines for trucks in the Southern, Eastern and Coastal Provinces.']);
  });

  it('reads a two-line underlined heading right after a page marker as the next heading', () => {
    const ps = parseParagraphs(body(
      '7. (U) The minister is married and speaks English and Greek.',
      '',
      'TIRANA 00000123 002 OF 004',
      '',
      'Karl Weber',
      'Minister of the Interior',
      '------------------------',
      '',
      '8. (SBU) Born in 1960, Weber studied law in Vienna.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['7', null], ['8', 'Karl Weber Minister of the Interior']]);
    expect(ps[0]?.text).toBe('The minister is married and speaks English and Greek.');
  });

  it('reads a three-line heading framed by rules', () => {
    const ps = parseParagraphs(body(
      '4. (U) The center reports to the state legislature.',
      '',
      '-------------------------------------------',
      'Proposal 4: Using The Court Ruling in the Harbor',
      'Case as an Instrument to Help Women in Their',
      'Struggle against Violence',
      '-------------------------------------------',
      '',
      '5. (SBU) The institute will host training workshops.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['4', null],
      ['5', 'Proposal 4: Using The Court Ruling in the Harbor Case as an Instrument to Help Women in Their Struggle against Violence'],
    ]);
  });

  it('reads a two-line all-caps heading whose first line ends with a comma before AND', () => {
    const ps = parseParagraphs(body(
      '2. (U) The forum will take place in the capital in the autumn.',
      '',
      'PROJECT ACTIVITIES, DESIRED OUTCOMES,',
      'AND PERFORMANCE MEASURES',
      '',
      '3. (U) A citizen forum on the ruling will open the project.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['2', null], ['3', 'PROJECT ACTIVITIES, DESIRED OUTCOMES, AND PERFORMANCE MEASURES']]);
  });

  it('keeps an all-caps list line ending with a comma as text (guard)', () => {
    const ps = parseParagraphs(body(
      '1) Political parties (DEPS)',
      '',
      '-- Plans of the opposition parties.',
      '',
      'COUNTRIES: BURUNDI- PRIORITY 5; CONGO,',
      'RWANDA- PRIORITY 4',
      '',
      '2) Rebel groups (SRCC)',
    ));
    expect(ps.every((p) => p.heading === null)).toBe(true);
  });

  it('reads a title right after the last line, then a blank line and an underlined rest, as one heading', () => {
    const ps = parseParagraphs(body(
      '5. (C) Officials noted the urgency of the response to the earthquake.',
      'IMPROVING COOPERATION TO MEET THE',
      '',
      'CHALLENGE',
      '---------',
      '',
      '6. (C) The adviser made two points.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['5', null], ['6', 'IMPROVING COOPERATION TO MEET THE CHALLENGE']]);
    expect(ps[0]?.text).toBe('Officials noted the urgency of the response to the earthquake.');
  });

  it('reads a title-case line right under the last sentence, before a blank line and a label, as the heading', () => {
    const ps = parseParagraphs(body(
      '3. (S//NF) Officials pledged to follow up and submit requests for information.',
      'Militant Financing Networks',
      '',
      '4. (S//NF) The delegation raised the network.',
      '',
      '5. (S//NF) They discussed its history at length.',
      '(S//NF) Charity Fronts and Hawala Brokers in al-Qaida Areas',
      '',
      '6. (S//NF) The delegation raised two charities.',
    ));
    expect(ps.map((p) => [p.number, p.marking, p.heading])).toEqual([
      ['3', 'S//NF', null],
      ['4', 'S//NF', 'Militant Financing Networks'],
      ['5', 'S//NF', null],
      ['6', 'S//NF', 'Charity Fronts and Hawala Brokers in al-Qaida Areas'],
    ]);
    expect(ps[0]?.text).toBe('Officials pledged to follow up and submit requests for information.');
    expect(ps[2]?.text).toBe('They discussed its history at length.');
  });

  it('keeps short last lines, attributions and references under a sentence as text (guard)', () => {
    const ps = parseParagraphs(body(
      '6. (U) The storm closed the port for a week.',
      'Source - Harbor News',
      '',
      '7. (U) Minimize considered.',
      'Rice',
      '',
      '8. (SBU) The council met on Monday.',
      '(Capital 0790)',
      '',
      '9. (U) The list follows:',
      'Mayor Lopez',
      '',
      '10. (U) Cleared by the office.',
    ));
    expect(ps.map((p) => p.heading)).toEqual([null, null, null, null, null]);
    expect(ps.map((p) => p.text)).toEqual([
      'The storm closed the port for a week. Source - Harbor News',
      'Minimize considered. Rice',
      'The council met on Monday. (Capital 0790)',
      'The list follows: Mayor Lopez',
      'Cleared by the office.',
    ]);
  });

  it('reads a label over its heading and a rule, with the marking on the line under the rule', () => {
    const ps = parseParagraphs(body(
      '1. (C) Summary of the meeting. END SUMMARY.',
      '',
      '2. Afghanistan',
      '--------------',
      '(C) The SYG expressed his condolences over recent',
      'losses.',
      '',
      '3. (C) The chairman noted staffing issues.',
    ));
    expect(ps.map((p) => [p.number, p.marking, p.heading])).toEqual([['1', 'C', null], ['2', 'C', 'Afghanistan'], ['3', 'C', null]]);
    expect(ps[1]?.text).toBe('The SYG expressed his condolences over recent losses.');
  });

  it('reads a number after "see paragraph" as the end of that sentence, not as a label', () => {
    const ps = parseParagraphs(body(
      '1. (U) This is an action request. Please see paragraph',
      '',
      '6. ------------------ SUMMARY/BACKGROUND -------------------',
      '',
      '2. (SBU) On October 12 the government banned the company.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', 'SUMMARY/BACKGROUND']]);
    expect(ps[0]?.text).toBe('This is an action request. Please see paragraph 6.');
  });

  it('still reads a marked label after "see paragraph" (guard)', () => {
    const ps = parseParagraphs(body('1. (U) For the talking points please see', '', '2. (C) The points follow.'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2']);
  });

  it('does not read table values as the heading of the next paragraph', () => {
    const ps = parseParagraphs(body(
      '25. (U) The fund has grown over ten years:',
      '',
      'Total amount awarded in grants',
      '',
      'US$4,908,373',
      '',
      'US$1,325,527',
      '',
      '26. (U) The fund has received money from foundations.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['25', null], ['26', null]]);
    expect(ps[0]?.text.endsWith('US$4,908,373\n\nUS$1,325,527')).toBe(true);
  });

  it('reads a short sentence-case heading standing alone between paragraphs', () => {
    const ps = parseParagraphs(body(
      '27. (U) The proposal would add to the debate on participation in politics.',
      '',
      '',
      'Problem statement',
      '',
      '28. (U) The latest elections showed low participation.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['27', null], ['28', 'Problem statement']]);
  });

  it('keeps all-caps sub-headings of a BEGIN TEXT block inside its paragraph', () => {
    const ps = parseParagraphs(body(
      '7. (C/REL JAPAN) BEGIN TEXT OF TALKING POINTS FOR JAPAN:',
      '',
      '- We remain deeply committed to our allies.',
      '',
      'OTHER CONSULTATIONS',
      '',
      '- We would like to explain the decision to you.',
      '',
      'END TEXT OF TALKING POINTS FOR JAPAN.',
      '',
      'NEXT STEPS',
      '',
      '- Posts should report the response.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['7', null], [null, 'NEXT STEPS']]);
    expect(ps[0]?.text).toContain('OTHER CONSULTATIONS');
    expect(ps[0]?.text.endsWith('END TEXT OF TALKING POINTS FOR JAPAN.')).toBe(true);
  });

  it('parses ~150 kB of glued titles, see-paragraph numbers, values and BEGIN TEXT blocks quickly', () => {
    const unit = ['1. (C) Text ends here.', 'Glued Title Case Heading', '', '(S) Marked Title', 'US$4,908,373', '', 'Please see paragraph', '', '6. ---- TITLE ----',
      'BEGIN TEXT:', 'INNER TITLE', '', '2. Afghanistan', '-----', '(C) The text.', 'Problem statement', ''];
    const text = body(...Array.from({ length: 1000 }, () => unit).flat());
    expect(text.length).toBeGreaterThan(150_000);
    const ms = msUnder(1000, () => {
      parseParagraphs(text);
      parseParagraphs(`1. (C) BEGIN TEXT ${'END begin '.repeat(20_000)}\n\n${'Title\n\n'.repeat(20_000)}`);
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('scans over headings and rules stay linear', () => {
  it('parses ~150 kB of title lines, rules, bullets and comma labels quickly', () => {
    const unit = ['Closure Of Girls Schools?', '-------------------------', '---joint venture with the company', '8, (C) text', 'Background', '', `${'-'.repeat(40)} Long Heading ${'-'.repeat(40)}`, 'A. ITEM', ''];
    const text = body(...Array.from({ length: 1500 }, () => unit).flat());
    expect(text.length).toBeGreaterThan(150_000);
    const ms = msUnder(1000, () => {
      parseParagraphs(text);
      parseParagraphs(`1. (C) ${'Word '.repeat(40_000)}\n${'Title Case Line ------\n'.repeat(5000)}`);
      // Framed headings before blank lines and lower-case text, and one line of a long rule run after a word.
      parseParagraphs(`1. (C) x\n${'---------- A heading of the text ----------\n\nand more text\n\n'.repeat(2500)}word ${'- '.repeat(20_000)}\n\nand text`);
    });
    expect(ms).toBeLessThan(1000);
  });

  it('parses ~150 kB of page breaks before titles, END lines, framed titles and comma headings quickly', () => {
    const unit = ['text ends here.', '', 'TIRANA 00000123 002 OF 004', '', 'Question: Why?', '----', 'END SUMMARY', 'A TITLE', '- - - Framed Title - - -',
      'Minister of Culture,', '----', '...and more', '----', '#. (U) Cleared.', '1.Secret text', ''];
    const text = body(...Array.from({ length: 1200 }, () => unit).flat());
    expect(text.length).toBeGreaterThan(150_000);
    const ms = msUnder(1000, () => {
      parseParagraphs(text);
      parseParagraphs(`1. (C) x\n${'END '.repeat(40_000)}SUMMARY\n${'- - - '.repeat(20_000)}`);
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('section labels over framed all-caps titles', () => {
  /** A numbered paragraph of a few wrapped lines. */
  const para = (n: number, words: string): string[] => [`${n}. (SBU) ${words} The ministry has not yet`, 'published its plan for the coming year.'];

  it('reads a roman label and its framed title as the heading of the next numbered paragraph, label kept', () => {
    const ps = parseParagraphs(body(
      ...para(1, 'The port authority met on Monday.'),
      '',
      ...para(2, 'The customs service is short of staff.'),
      '',
      '',
      '-----------------------------',
      ' I. STRENGTHEN THE PORT AUTHORITY AND',
      ' EXPAND CUSTOMS CAPACITY',
      '-----------------------------',
      '',
      ...para(3, 'Port revenues have fallen.'),
      '',
      '----------------------------------',
      '',
      'II. MODERNIZE THE RAIL NETWORK',
      '',
      '----------------------------------',
      '',
      ...para(4, 'The rail network dates from 1950.'),
    ));
    expect(ps.map((p) => [p.number, p.outline, p.heading])).toEqual([
      ['1', ['1'], null],
      ['2', ['2'], null],
      ['3', ['3'], 'I. STRENGTHEN THE PORT AUTHORITY AND EXPAND CUSTOMS CAPACITY'],
      ['4', ['4'], 'II. MODERNIZE THE RAIL NETWORK'],
    ]);
    // The titles are no text of the paragraphs before them.
    expect(ps[1]?.text.endsWith('plan for the coming year.')).toBe(true);
    expect(ps[2]?.text.endsWith('plan for the coming year.')).toBe(true);
  });

  it('reads a letter label over a rule, and a colon title over another underlined title', () => {
    const ps = parseParagraphs(body(
      ...para(4, 'Trade grew by four percent.'),
      '',
      'B. NEXT STEPS FOR THE MISSION',
      '-----------------------------',
      '',
      ...para(5, 'The mission will report again.'),
      '',
      'III. GOVERNMENT PROGRAMS:',
      '-----------------------------',
      'REGIONAL LEVEL:',
      '---------------',
      '',
      ...para(6, 'The cabinet adopted a new law.'),
    ));
    expect(ps.map((p) => [p.number, p.outline, p.heading])).toEqual([
      ['4', ['4'], null],
      ['5', ['5'], 'B. NEXT STEPS FOR THE MISSION'],
      ['6', ['6'], 'III. GOVERNMENT PROGRAMS: REGIONAL LEVEL:'],
    ]);
  });

  it('reads a framed section title with a page marker between the title and its lower rule', () => {
    const c = parseCable(body(
      'UNCLAS LIMA 001234', '', 'SUBJECT: REFORMS', '',
      ...para(1, 'The economy grew.'),
      '',
      '----------------------------------',
      'V. PREPARE FOR AN OPEN MARKET IN',
      'FARM GOODS AND SERVICES',
      '',
      'LIMA 00001234 004 OF 008',
      '',
      '----------------------------------',
      '',
      ...para(2, 'Tariffs end in 2008.'),
      '', 'SMITH',
    ));
    expect(c.paragraphs.map((p) => [p.number, p.outline, p.heading])).toEqual([
      ['1', ['1'], null],
      ['2', ['2'], 'V. PREPARE FOR AN OPEN MARKET IN FARM GOODS AND SERVICES'],
    ]);
    expect(c.unparsed).toEqual([]);
  });

  it('keeps roman paragraphs with text, sections before paragraph 1 and unframed section labels (guard)', () => {
    // A roman label with a marking and text is a paragraph.
    const withText = parseParagraphs(body(
      ...para(1, 'The talks opened.'),
      '',
      '-----------------------------',
      'I. (C) The minister said the talks would go on.',
      '-----------------------------',
      '',
      ...para(2, 'The talks closed.'),
    ));
    expect(withText.map((p) => p.number)).toEqual(['1', 'I', '2']);
    // Sections before any number: the numbers may restart in each, nested under the section.
    const sections = parseParagraphs(body(
      '-----------------', 'I. BACKGROUND', '-----------------', '',
      ...para(1, 'The program began in 2004.'), '',
      ...para(2, 'It grew in 2005.'), '',
      '-----------------', 'II. COMPLETED ACTIONS', '-----------------', '',
      ...para(1, 'Two courses were held.'),
    ));
    expect(sections.map((p) => p.outline)).toEqual([['I'], ['I', '1'], ['I', '2'], ['II'], ['II', '1']]);
    // Without a rule under it, a title alone on its line over numbers that run on heads the next paragraph too
    // (see test/paragraph-headings.test.ts, era red team 157); with text after the label it stays a paragraph.
    const unframed = parseParagraphs(body(
      ...para(1, 'The program began.'), '',
      'I. COMPLETED ACTIONS', '',
      ...para(2, 'Two courses were held.'),
    ));
    expect(unframed.map((p) => [p.outline, p.heading])).toEqual([
      [['1'], null],
      [['2'], 'I. COMPLETED ACTIONS'],
    ]);
  });

  it('parses ~120 kB of framed section titles quickly', () => {
    const unit = ['1. (C) Text ends here.', '', '-----', 'II. A TITLE', 'OVER TWO LINES', '-----', '', 'I. TITLE:', '-----', 'NEXT:', '-----', 'B. ITEM', '-----', ''];
    const text = body(...Array.from({ length: 1100 }, () => unit).flat());
    expect(text.length).toBeGreaterThan(110_000);
    const run = (): void => {
      parseParagraphs(text);
      parseParagraphs(`1. (C) x\n\n${'-----\nIV. TITLE\n-----\n'.repeat(6000)}2. (C) y`);
    };
    expect(msUnder(1000, run)).toBeLessThan(1000);
  });
});

describe('headings right before a labeled paragraph, not the end of the paragraph before', () => {
  it('reads a title-case heading with a colon and a double space between blank lines', () => {
    const c = parseCable(body(
      'UNCLAS ROME 000123', '', 'SUBJECT: REGIONAL ELECTIONS', '',
      '1. SUMMARY:  (SBU) The ruling coalition leads the race in the north.',
      'The opposition is weak and divided.  End Summary.', '',
      'Coastal League:  Deep Northern Roots, and Growing Stronger', '',
      '2. (SBU) With elections coming up in March, the league is strong.', '',
      'MAYOR',
    ));
    expect(c.paragraphs.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', 'Coastal League: Deep Northern Roots, and Growing Stronger']]);
    expect(c.paragraphs[0]?.text.endsWith('divided. End Summary.')).toBe(true);
  });

  it('reads a `Comment: <title>` heading right over its paragraph, and the comment is that paragraph', () => {
    const c = parseCable(body(
      'UNCLAS ROME 000124', '', 'SUBJECT: COALITION', '',
      '1. (SBU) The party has struggled to set new roots down.', '',
      'Comment:  Jockeying for Power within the Ruling Coalition',
      '2. (C) Because the victory is assured, the real contest is inside the coalition.', '',
      'MAYOR',
    ));
    expect(c.paragraphs.map((p) => [p.number, p.marking, p.heading])).toEqual([['1', 'SBU', null], ['2', 'C', 'Comment: Jockeying for Power within the Ruling Coalition']]);
    expect(c.paragraphs[0]?.text).toBe('The party has struggled to set new roots down.');
    expect(c.comments).toEqual(['Because the victory is assured, the real contest is inside the coalition.']);
  });

  it('reads lower-case designator headings (`question B -- Title`) glued between reflowed paragraphs', () => {
    const ps = parseParagraphs(body(
      long(1, 'C', 'Recruitment is rare outside the valley.'),
      'question B -- Characteristics of Recruits',
      long(2, 'C', 'Contacts say recruits come from poor families.'),
      'question C -- Reasons why Groups May Refrain from Recruitment',
      long(3, 'C', 'Groups fear a public backlash.'),
    ));
    expect(ps.map((p) => p.heading)).toEqual([null, 'question B -- Characteristics of Recruits', 'question C -- Reasons why Groups May Refrain from Recruitment']);
    expect(ps[0]?.text.endsWith('with the ministry.')).toBe(true);
    expect(ps[1]?.text.endsWith('with the ministry.')).toBe(true);
  });

  it('reads a two-line all-caps heading whose first line ends with a colon as one heading', () => {
    const ps = parseParagraphs(body(
      '5. (S) The minister urged the envoy to act before he leaves for the region.', '',
      'BANK FRAUD AND OIL-FOR-FOOD:',
      'WAYS TO BRING DOWN THE PRESIDENT?',
      '--------------------------------', '',
      '6. (S) The two ministers raised the familiar subject again.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['5', null], ['6', 'BANK FRAUD AND OIL-FOR-FOOD: WAYS TO BRING DOWN THE PRESIDENT?']]);
    expect(ps[0]?.text).toBe('The minister urged the envoy to act before he leaves for the region.');
  });

  it('reads a title with a rule over it and a redacted text as a paragraph of its own', () => {
    const ps = parseParagraphs(body(
      '6. (U) Post should report results within seven days. Please include SIPDIS in all replies.', '',
      '----------------',
      'POINT OF CONTACT',
      'XXXXXXXXXXXX', '',
      '8. (U) Department thanks Post for its assistance.',
    ));
    expect(ps.map((p) => [p.number, p.heading, p.text])).toEqual([
      ['6', null, 'Post should report results within seven days. Please include SIPDIS in all replies.'],
      [null, 'POINT OF CONTACT', 'XXXXXXXXXXXX'],
      ['8', null, 'Department thanks Post for its assistance.'],
    ]);
  });

  it('keeps short last sentences, list items and signer lines in their paragraph (guards)', () => {
    // A short last line that finishes a sentence; a list item; a name and title under the text.
    const ps = parseParagraphs(body(
      '1. (C) The minister listed the steps the government would take:',
      'item A -- more funds for schools',
      '2. (C) He closed the meeting with a short remark.',
      'Thanks.',
      '3. (C) The ambassador agreed with the plan. He said:',
      'Section 3: The Budget',
      '4. (C) The embassy will follow up. Best regards,',
      'John Smith, Political Officer',
      '5. (C) The budget passed. The vote was',
      'close to Twenty Eight Votes',
      '6. (C) Done.',
    ));
    expect(ps.map((p) => p.heading)).toEqual([null, null, null, null, null, null]);
    expect(ps[0]?.text.endsWith('more funds for schools')).toBe(true);
    expect(ps[1]?.text.endsWith('remark. Thanks.')).toBe(true);
    expect(ps[2]?.text.endsWith('He said: Section 3: The Budget')).toBe(true);
    expect(ps[3]?.text.endsWith('John Smith, Political Officer')).toBe(true);
    expect(ps[4]?.text.endsWith('close to Twenty Eight Votes')).toBe(true);
  });

  it('parses ~150 kB of designator lines and keyword markings quickly', () => {
    const unit = ['1. SUMMARY:  (SBU) Text ends here.', 'question B -- A Title of Words', '2. (C) More text.', '', 'Comment:  A Title within the Text', '3. (C) x.', '-----', 'TITLE', 'XXXX', ''];
    const text = body(...Array.from({ length: 1500 }, () => unit).flat());
    expect(text.length).toBeGreaterThan(140_000);
    const ms = msUnder(1000, () => {
      parseParagraphs(text);
      parseParagraphs(`1. (C) x.\n${'aaa B -- '.repeat(20000)}\n2. (C) y`);
      parseParagraphs(`1. SUMMARY${' '.repeat(100000)}(SBU) x`);
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('short underlines, headings after a page break, talking points', () => {
  it('takes a two-letter heading underlined with two dashes as the next paragraph\'s heading', () => {
    const ps = parseParagraphs(body('5. (C) The challenges are many (religion; rule of law).', '', 'EU', '--', '', '6. (U) The prime minister tied his survival to the talks.'));
    expect(ps.map((p) => [p.number, p.heading, p.text])).toEqual([
      ['5', null, 'The challenges are many (religion; rule of law).'],
      ['6', 'EU', 'The prime minister tied his survival to the talks.'],
    ]);
  });

  it('keeps `--` under a longer line, or under a sentence, as text (guards)', () => {
    const ps = parseParagraphs(body('5. (C) The talks went on.', '', 'EUROPE', '--', '', '6. (U) Next.'));
    expect(ps[0]?.text).toBe('The talks went on.\n\nEUROPE --');
    const qs = parseParagraphs(body('5. (C) The talks went on.', 'OK', '--', '6. (U) Next.'));
    expect(qs.map((p) => p.heading)).toEqual([null, null]);
  });

  it('takes an underlined title after a page marker as a heading even when the sentence before is open', () => {
    const ps = parseParagraphs(body(
      '12. (S) The government has denied any support, although the benefits to the',
      'GOVERNMENT XXXXXXXXXXXX',
      'TIRANA 00000123 004 OF 006',
      'Making the Group Legitimate',
      '------------------------',
      '13. (S) The group does not yet have the status of a party.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['12', null], ['13', 'Making the Group Legitimate']]);
    expect(ps[0]?.text).toBe('The government has denied any support, although the benefits to the GOVERNMENT XXXXXXXXXXXX');
  });

  it('reads on across a page marker into an underlined line that heads no label (guard)', () => {
    const ps = parseParagraphs(body(
      '12. (S) The government has denied any support, although the benefits to the',
      'TIRANA 00000123 004 OF 006',
      'Government Are Clear',
      '------------------------',
      'and the party knows it.',
    ));
    expect(ps.map((p) => p.number)).toEqual(['12']);
  });

  it('keeps underlined sub-headings of talking points inside the paragraph, all alike', () => {
    const ps = parseParagraphs(body(
      '11. (U) Begin talking points:',
      '',
      'Overview: Where We Have Been',
      '----------------------------',
      '-- The President made clear his offer.',
      '',
      'The Pressure Aspect: Making the Case',
      '------------------------------------',
      '-- The two elements of the strategy go together.',
      '',
      'Next Steps',
      '----------',
      '-- We stand behind our offer.',
      '',
      'End talking points.',
      '',
      '12. (U) Posts should report responses.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['11', null], ['12', null]]);
    expect(ps[0]?.text).toContain('Next Steps');
  });
});

describe('fix S: headings between paragraphs in more shapes', () => {
  const heads = (...lines: string[]): Array<[string | null, string | null, string]> => parseParagraphs(body(...lines)).map((p) => [p.number, p.heading, p.text]);

  it('reads a title-case heading with an infinitive (`to be`) as the next paragraph heading', () => {
    expect(heads('1. (SBU) The vote is next week. End summary.', '', 'Mayor Almost Certain to be Re-elected', '', '2. (SBU) The mayor leads the polls.')).toEqual([
      ['1', null, 'The vote is next week. End summary.'],
      ['2', 'Mayor Almost Certain to be Re-elected', 'The mayor leads the polls.'],
    ]);
  });

  it('reads an underlined two-line heading whose first line ends with a semicolon', () => {
    expect(heads('2. (SBU) The crossing opened in March.', '', 'No signature on the port protocol;', 'no clearance of cargo imports', '------------------------------', '', '3. (SBU) The team asked again.')).toEqual([
      ['2', null, 'The crossing opened in March.'],
      ['3', 'No signature on the port protocol; no clearance of cargo imports', 'The team asked again.'],
    ]);
  });

  it('reads an underlined redaction as the (redacted) heading of the next paragraph', () => {
    expect(heads('4. (C) He said the vote was a protest.', '', 'XXXXXXXXXXX', '-------------', '', '5. (C) XXXXXXXXXXX')).toEqual([
      ['4', null, 'He said the vote was a protest.'],
      ['5', 'XXXXXXXXXXX', 'XXXXXXXXXXX'],
    ]);
  });

  it('keeps a sentence with `to` and lower-case words, and a semicolon line over text, as text (guard)', () => {
    expect(heads('1. (U) The vote is next week.', '', 'Officials Said They Plan to meet again soon', '', '2. (U) More later.').map((p) => p[1])).toEqual([null, null]);
    expect(heads('1. (U) The vote is next week;', 'turnout is expected to be high', '------', '', '2. (U) More later.').map((p) => p[1])).toEqual([null, null]);
  });

  it('reads many semicolon lines and redactions in linear time: ~200 kB in well under a second', () => {
    const text = body('1. (U) One.', '', ...Array.from({ length: 3000 }, (_, k) => [`Title ${k};`, 'more to be said', '------', 'XXXXXXXXXXXX', '------', `${k + 2}. (U) Text.`, '']).flat());
    expect(text.length).toBeGreaterThan(150_000);
    expect(msUnder(1000, () => parseParagraphs(text))).toBeLessThan(1000);
  });
});

describe('headlines punctuated inside or asking a question, over a label (era red team 215)', () => {
  const headOf3 = (heading: string, previous = '2. (C) The minister spoke at length about the budget and the coalition.'): string | null | undefined => {
    const ps = parseParagraphs(['1. (C) Text one is here and it goes on.', '', previous, '', heading, '', '3. (C) The party leaders met on Monday to talk.'].join('\n'));
    return ps.find((p) => p.number === '3')?.heading;
  };

  it('heads the paragraph under it', () => {
    for (const h of [
      'Why the drop?',
      'Cabinet reshuffle: sooner, not later',
      'The CHP: back from the dead?',
      'MHP, DTP hold their ground',
      'Rosales gains, but not enough',
      '"Where are the monitors?"',
      'Comment: not a game changer',
      'Berlusconi vs. Fini, Round Two',
      'Casini vs. Rutelli: Who Leads the Center?',
      'Reserves Fall to USD 399 bln., Ruble Steadies',
    ]) {
      expect(headOf3(h), h).toBe(h);
    }
  });

  it('heads it with two or three words naming a topic before a colon, not a lead-in', () => {
    for (const h of ['Next steps:', 'Key points:']) expect(headOf3(h), h).toBe(h);
    for (const h of ['As follows:', 'They include:', 'The points are:']) expect(headOf3(h), h).toBeNull();
  });

  it('guard: reported speech, a lead-in, a sentence, or a line after an unfinished sentence heads nothing', () => {
    for (const h of ['More to follow, he said', 'Yes, they told us', 'He made three points:', 'The talks failed. Nobody came', 'Asked why, the minister laughed.']) {
      expect(headOf3(h), h).toBeNull();
    }
    expect(headOf3('Why the drop?', '2. (C) The minister spoke at length about the budget and the')).toBeNull();
  });

  it('heads the paragraph under it after a page break that follows a finished sentence of full width', () => {
    for (const h of ['The opposition waits', 'Why the drop?']) {
      const ps = parseParagraphs(
        [
          '4. (C) The port of Poti reopened on August 17 for commercial traffic, and freight',
          'on the east-west line was running at about a third of its normal volume.',
          'TBILISI 00001388  002 OF 003',
          '',
          '',
          h,
          '',
          '5. (C) The opposition has made no move since the ceasefire.',
        ].join('\n'),
      );
      expect(ps.map((p) => p.number), h).toEqual(['4', '5']);
      expect(ps[1]?.heading, h).toBe(h);
      expect(ps[0]?.text, h).toMatch(/normal volume\.$/);
    }
  });
});

describe('a headline wrapped over two lines, in a cable that heads its paragraphs (era red team 215)', () => {
  const headed = (...heading: string[]): ReturnType<typeof parseParagraphs> =>
    parseParagraphs(['Earlier developments', '', '1. (C) The talks began on Monday.', '', ...heading, '', '2. (C) The ministers met again on Tuesday.'].join('\n'));

  it('heads the paragraph under it, punctuated or in title case', () => {
    expect(headed('Poti, the port and the', 'east-west highway')[1]?.heading).toBe('Poti, the port and the east-west highway');
    const title = ['Tymoshenko Promises to Remove RosUkrEnergo, but Her Own Ministers', 'Doubt She Can Deliver Before the Summer'];
    expect(headed(...title)[1]?.heading).toBe(title.join(' '));
  });

  it('guard: two lines of a sentence, or a signatory over a title, stay text', () => {
    expect(headed('The ministers said that they would meet again, and that', 'the talks would go on.')[1]?.heading).toBeNull();
    // A letter's signatory over a title.
    expect(headed('Alvaro Uribe Velez', 'President of the Republic of Colombia')[1]?.heading).toBeNull();
  });
});

describe('a quoted document\'s closing line over the next label (era red team 230)', () => {
  it('heads nothing: a bracketed end mark, a place and a date', () => {
    for (const h of ['(END STATEMENT)', '(End text)', '[End text]', 'Muscat, 19 August 2008', 'Hanoi, October 6, 2008', 'ADDIS ABABA, APRIL 5, 1976']) {
      const ps = parseParagraphs(['2. (C) The ministry issued this statement:', '', 'The Ministry regrets the incident and will investigate it fully.', '', h, '', '3. (C) Comment: The statement is mild. End comment.'].join('\n'));
      expect(ps.find((p) => p.number === '3')?.heading, h).toBeNull();
      expect(ps[0]?.text, h).toContain(h);
    }
  });

  it('guard: a title with a comma still heads', () => {
    const ps = parseParagraphs(['2. (C) The minister spoke at length.', '', 'Rosales gains, but not enough', '', '3. (C) The vote was close.'].join('\n'));
    expect(ps[1]?.heading).toBe('Rosales gains, but not enough');
  });
});

describe('a table row whose last cells are nil dashes (era red team 354, session 27)', () => {
  it('keeps the row and its dashes in the paragraph: no rule, no heading of the next', () => {
    const ps = parseParagraphs(body(
      '2.  PLEDGES (METRIC TONS):',
      '   JAPAN          3,388      --',
      '   CANADA            --      --',
      '   EEC               45      20',
      '',
      '3.  THE TALKS GO ON.',
    ));
    expect(ps.map((p) => [p.number, p.heading, p.text])).toEqual([
      ['2', null, 'PLEDGES (METRIC TONS): JAPAN 3,388 -- CANADA -- -- EEC 45 20'],
      ['3', null, 'THE TALKS GO ON.'],
    ]);
  });

  it('guard: a spaced rule after a title is still a rule', () => {
    const ps = parseParagraphs(body('1.  (C) TEXT.', '', 'OUTLOOK - - - - -', '', '2.  (C) MORE TEXT.'));
    expect(ps.map((p) => p.heading)).toEqual([null, 'OUTLOOK']);
  });
});
