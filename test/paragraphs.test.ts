/**
 * Body paragraphs: labels, markings, headings, outline (docs/cable-format.md section 4,
 * fixtures/README.md `paragraphs`). Synthetic bodies.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockText, parseParagraphs, readParagraphRanges } from '../src/body/paragraphs.js';
import { isRoman, matchCommaLabel, matchLabel, matchMarking, nextLetter, nextRoman, startsParagraph } from '../src/body/paragraph-label.js';
import { msUnder } from './timing.js';
import { parseCable } from '../src/assemble.js';

const body = (...lines: string[]): string => lines.join('\n');

describe('parseParagraphs: numbered paragraphs and markings', () => {
  const ps = parseParagraphs(body(
    '1.  (U) Sensitive but unclassified. Not for public Internet.',
    '',
    '2.  (SBU) The delegation arrived on Monday and',
    'met the deputy minister.',
    '',
    '3.  (C) The minister was candid.',
    '',
    '4.  (S//NF) A source reported the plan.',
    '',
    '5.  (C/NF) The source is reliable.',
  ));

  it('finds five paragraphs with numbers and outline', () => {
    expect(ps.map((p) => p.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(ps.map((p) => p.outline)).toEqual([['1'], ['2'], ['3'], ['4'], ['5']]);
  });

  it('reads the portion markings without parentheses', () => {
    expect(ps.map((p) => p.marking)).toEqual(['U', 'SBU', 'C', 'S//NF', 'C/NF']);
  });

  it('joins wrapped lines with one space, after label and marking', () => {
    expect(ps[1]).toEqual({
      number: '2', outline: ['2'], marking: 'SBU', heading: null,
      text: 'The delegation arrived on Monday and met the deputy minister.',
    });
    expect(ps[0]?.text).toBe('Sensitive but unclassified. Not for public Internet.');
  });

  it('reads a paragraph without marking (marking null)', () => {
    const [p] = parseParagraphs('1.  The talks went well.');
    expect(p).toEqual({ number: '1', outline: ['1'], marking: null, heading: null, text: 'The talks went well.' });
  });

  it('reads (SBU/NF) and (TS)', () => {
    const ps2 = parseParagraphs('1.  (SBU/NF) First.\n\n2.  (TS) Second.');
    expect(ps2.map((p) => p.marking)).toEqual(['SBU/NF', 'TS']);
  });

  it('reads pilcrow labels from HTML pages: ¶1. (C)', () => {
    const ps2 = parseParagraphs('\u00b61. (C) First point.\n\n\u00b62. (C) Second point.');
    expect(ps2.map((p) => [p.number, p.marking, p.text])).toEqual([
      ['1', 'C', 'First point.'],
      ['2', 'C', 'Second point.'],
    ]);
  });

  it('collapses runs of spaces in the text', () => {
    const [p] = parseParagraphs('1.  (U)  The   talks  went well.');
    expect(p?.text).toBe('The talks went well.');
  });
});

describe('parseParagraphs: unnumbered text', () => {
  it('reads a one-block body without labels as one unnumbered paragraph', () => {
    expect(parseParagraphs('The embassy has no comment on\nthe report.')).toEqual([
      { number: null, outline: [], marking: null, heading: null, text: 'The embassy has no comment on the report.' },
    ]);
  });

  it('reads text before the first label as an unnumbered paragraph', () => {
    const ps = parseParagraphs('Summary of the visit follows.\n\n1.  (U) The visit went well.');
    expect(ps.map((p) => p.number)).toEqual([null, '1']);
    expect(ps[0]?.text).toBe('Summary of the visit follows.');
    expect(ps[0]?.outline).toEqual([]);
    expect(ps[1]?.text).toBe('The visit went well.');
  });

  it('keeps unlabeled blocks in the paragraph before them, separated by a blank line', () => {
    const ps = parseParagraphs('1.  (U) First block.\n\nSecond block of the same paragraph.\n\n2.  (U) Next.');
    expect(ps).toHaveLength(2);
    expect(ps[0]?.text).toBe('First block.\n\nSecond block of the same paragraph.');
  });

  it('does not read U.S. as a label', () => {
    const ps = parseParagraphs('1.  (U) Text.\n\nU.S. officials attended the meeting.');
    expect(ps).toHaveLength(1);
    expect(ps[0]?.text).toBe('Text.\n\nU.S. officials attended the meeting.');
  });

  it('reads each block of a body without any label as a paragraph of its own', () => {
    const lines = [
      'THE SECRETARY WISHES TO THANK THE AMBASSADOR FOR HIS',
      'EXCELLENT WORK DURING THE VISIT.',
      '',
      'HE ASKS THAT THE AMBASSADOR CONVEY HIS THANKS TO THE',
      'EMBASSY STAFF AS WELL.',
      '',
      '',
      'PLEASE ALSO PASS HIS REGARDS TO THE FOREIGN MINISTER.',
    ];
    const { paragraphs, ranges } = readParagraphRanges(lines);
    expect(paragraphs).toEqual([
      { number: null, outline: [], marking: null, heading: null, text: 'THE SECRETARY WISHES TO THANK THE AMBASSADOR FOR HIS EXCELLENT WORK DURING THE VISIT.' },
      { number: null, outline: [], marking: null, heading: null, text: 'HE ASKS THAT THE AMBASSADOR CONVEY HIS THANKS TO THE EMBASSY STAFF AS WELL.' },
      { number: null, outline: [], marking: null, heading: null, text: 'PLEASE ALSO PASS HIS REGARDS TO THE FOREIGN MINISTER.' },
    ]);
    expect(ranges).toEqual([
      [0, 1],
      [3, 4],
      [7, 7],
    ]);
  });

  it('keeps a heading with the first block under it', () => {
    const ps = parseParagraphs(body('Background', '----------', '', 'The minister called me in tonight.', '', 'He handed me a note.'));
    expect(ps.map((p) => [p.heading, p.text])).toEqual([
      ['Background', 'The minister called me in tonight.'],
      [null, 'He handed me a note.'],
    ]);
  });

  it('keeps a list letter (C) after (B) as text, not a CONFIDENTIAL marking', () => {
    const ps = parseParagraphs(body('(A) SUBJECTS COVERED:', '', 'IRAN', '', '(B) SUMMARY OF COVERAGE:', '', 'Le Monde leads with Iran.', '', '(C) SUBJECTS AND EXCERPTS:', '', 'Le Monde: "A non-reply."'));
    expect(ps.map((p) => [p.marking, p.text])).toEqual([
      [null, '(A) SUBJECTS COVERED:'],
      [null, 'IRAN'],
      [null, '(B) SUMMARY OF COVERAGE:'],
      [null, 'Le Monde leads with Iran.'],
      [null, '(C) SUBJECTS AND EXCERPTS:'],
      [null, 'Le Monde: "A non-reply."'],
    ]);
  });

  it('heads a block with the underlined titles over it: over a table, two stacked', () => {
    const ps = parseParagraphs(
      body(
        'Finance cut the plan by 9 percent.',
        '',
        'BUDGET FIGURES (GHC MILLION)',
        '----------------------------',
        '',
        '   Item                  2009 budget    Revised',
        '   Revenue and grants        6,612       6,204',
        '',
        'DETAILED NEWS',
        '-------------',
        '',
        'N. KOREA',
        '--------',
        '',
        'All ROK media reported that North Korea said it would talk.',
      ),
    );
    expect(ps.map((p) => [p.heading, p.text])).toEqual([
      [null, 'Finance cut the plan by 9 percent.'],
      ['BUDGET FIGURES (GHC MILLION)', 'Item 2009 budget Revised Revenue and grants 6,612 6,204'],
      ['DETAILED NEWS N. KOREA', 'All ROK media reported that North Korea said it would talk.'],
    ]);
  });

  it('reads the marking of each block, and keeps a sentence across a page break in one paragraph', () => {
    const ps = parseParagraphs(
      body(
        '(S) THE MINISTER CALLED ME IN TONIGHT.',
        '',
        '(C) DEBRE HANDED ME THE NOTE DURING MY CALL THIS MORNING, AND',
        '',
        'CONFIDENTIAL',
        '',
        'PAGE 02 PARIS 03391 141630Z',
        '',
        'SAID IT REFLECTED THE GENERAL\'S VIEWS.',
        '',
        'I BELIEVE IT IS AN OPENING BID.',
      ),
    );
    expect(ps).toEqual([
      { number: null, outline: [], marking: 'S', heading: null, text: 'THE MINISTER CALLED ME IN TONIGHT.' },
      { number: null, outline: [], marking: 'C', heading: null, text: "DEBRE HANDED ME THE NOTE DURING MY CALL THIS MORNING, AND SAID IT REFLECTED THE GENERAL'S VIEWS." },
      { number: null, outline: [], marking: null, heading: null, text: 'I BELIEVE IT IS AN OPENING BID.' },
    ]);
  });
});

describe('parseParagraphs: headings', () => {
  it('attaches an all-caps heading to the paragraph that follows', () => {
    const ps = parseParagraphs(body(
      '1.  (SBU) The council was founded last year.',
      '',
      'SECOND ADVISORY COUNCIL MEETING',
      '',
      '2.  (SBU) The council met on Tuesday in the capital.',
    ));
    expect(ps).toHaveLength(2);
    expect(ps[0]?.heading).toBeNull();
    expect(ps[0]?.text).toBe('The council was founded last year.');
    expect(ps[1]?.heading).toBe('SECOND ADVISORY COUNCIL MEETING');
    expect(ps[1]?.text).toBe('The council met on Tuesday in the capital.');
  });

  it('joins consecutive title blocks into one heading', () => {
    const ps = parseParagraphs(body(
      '1.  (U) The report covers one quarter.',
      '',
      'PART ONE',
      '',
      'BORDER SECURITY',
      '',
      '2.  (U) Guards were trained at two posts.',
    ));
    expect(ps[1]?.heading).toBe('PART ONE BORDER SECURITY');
  });

  it('takes an all-caps line right after a finished sentence as the next paragraph\'s heading', () => {
    const ps = parseParagraphs(body(
      '1.  (U) Seizures of drugs rose in the third quarter of the year.',
      'DOMESTIC PROGRAMS',
      '',
      '2.  (U) The ministry opened two clinics.',
    ));
    expect(ps).toHaveLength(2);
    expect(ps[0]?.text).toBe('Seizures of drugs rose in the third quarter of the year.');
    expect(ps[1]?.heading).toBe('DOMESTIC PROGRAMS');
  });

  it('lets a title ending with a colon head a labeled paragraph right after it', () => {
    const ps = parseParagraphs(body(
      'A.  Equipment and training were reviewed.',
      '',
      'EQUIPMENT:',
      '',
      '1.  Two scanners were delivered to the border post.',
    ));
    expect(ps.at(-1)?.heading).toBe('EQUIPMENT:');
    expect(ps.at(-1)?.text).toBe('Two scanners were delivered to the border post.');
  });

  it('reads a title ending with a colon followed by unlabeled text as text (TRAINING: / NONE)', () => {
    const ps = parseParagraphs(body(
      '1.  The office reports the following items.',
      '',
      'TRAINING:',
      '',
      'NONE',
    ));
    expect(ps).toHaveLength(1);
    expect(ps[0]?.heading).toBeNull();
    expect(ps[0]?.text).toBe('The office reports the following items.\n\nTRAINING:\n\nNONE');
  });

  it('reads NONE after a paragraph ending with a colon as text of that paragraph', () => {
    const ps = parseParagraphs(body(
      'I.  BROAD ITEMS OF INTEREST TO EXBS MANAGERS:',
      '',
      'NONE',
      '',
      'II.  COMPLETED ACTIONS FOR THE REPORTING PERIOD',
      '',
      'A.  The advisor visited two border posts in the south.',
    ));
    expect(ps.map((p) => p.number)).toEqual(['I', 'II', 'A']);
    expect(ps[0]?.text).toBe('BROAD ITEMS OF INTEREST TO EXBS MANAGERS:\n\nNONE');
    expect(ps[1]?.heading).toBeNull();
    expect(ps[2]?.outline).toEqual(['II', 'A']);
  });
});

describe('parseParagraphs: outline levels', () => {
  const ps = parseParagraphs(body(
    'I.  BROAD ITEMS OF INTEREST',
    '',
    'A.  The advisor met the customs committee.',
    '',
    '1.  The team visited the border post.',
    '',
    '2.  The team met regional officials.',
    '',
    'B.  Training was held in the capital.',
    '',
    '1.  A course on licensing was held.',
    '',
    'II.  COMPLETED ACTIONS',
    '',
    'A.  Equipment was delivered.',
    '',
    '1.  Scanners were installed at the crossing.',
  ));

  it('reads roman, letter and arabic labels', () => {
    expect(ps.map((p) => p.number)).toEqual(['I', 'A', '1', '2', 'B', '1', 'II', 'A', '1']);
  });

  it('builds the outline from the outermost level down', () => {
    expect(ps.map((p) => p.outline)).toEqual([
      ['I'],
      ['I', 'A'],
      ['I', 'A', '1'],
      ['I', 'A', '2'],
      ['I', 'B'],
      ['I', 'B', '1'],
      ['II'],
      ['II', 'A'],
      ['II', 'A', '1'],
    ]);
  });

  it('keeps the text after the label', () => {
    expect(ps[0]?.text).toBe('BROAD ITEMS OF INTEREST');
    expect(ps[8]?.text).toBe('Scanners were installed at the crossing.');
  });
});

describe('parseParagraphs: page breaks and wrapped lines', () => {
  it('continues a paragraph across a page marker', () => {
    const ps = parseParagraphs(body(
      '1.  (SBU) The delegation discussed the draft agreement and',
      'ASTANA 00000270  002.3 OF 003',
      'agreed to meet again in March.',
      '',
      '2.  (SBU) Next point.',
    ));
    expect(ps).toHaveLength(2);
    expect(ps[0]?.text).toBe('The delegation discussed the draft agreement and agreed to meet again in March.');
    expect(ps.map((p) => p.text).join(' ')).not.toContain('00000270');
  });

  it('continues a paragraph across a page marker surrounded by blank lines', () => {
    const ps = parseParagraphs(body(
      '1.  (SBU) The delegation discussed the draft agreement and',
      '',
      'ASTANA 00000270  002.3 OF 003',
      '',
      'agreed to meet again in March.',
    ));
    expect(ps).toHaveLength(1);
    expect(ps[0]?.text).toBe('The delegation discussed the draft agreement and agreed to meet again in March.');
  });

  it('continues the text across a blank line left by a lost page break', () => {
    const ps = parseParagraphs(body(
      '1.  (U) The customs committee received three mobile scanning machines for inspection of trucks in the',
      '',
      'South Kazakhstan, Kyzylorda and Zhambyl oblasts.',
    ));
    expect(ps).toHaveLength(1);
    expect(ps[0]?.text).toBe(
      'The customs committee received three mobile scanning machines for inspection of trucks in the South Kazakhstan, Kyzylorda and Zhambyl oblasts.',
    );
  });

  it('does not start a paragraph at a year in mid-sentence on a wrapped line', () => {
    const ps = parseParagraphs(body(
      '1.  (U) The ministry said the training center was founded in',
      '1985.  The center now trains border guards from three',
      'countries.',
      '',
      '2.  (U) Next point.',
    ));
    expect(ps.map((p) => p.number)).toEqual(['1', '2']);
    expect(ps[0]?.text).toBe(
      'The ministry said the training center was founded in 1985. The center now trains border guards from three countries.',
    );
  });

  it('starts a paragraph at a sequential label without a blank line before it', () => {
    const ps = parseParagraphs(body(
      '48.  (SBU) The price of heroin is $30,000 per kilo in Europe.',
      '49.  (SBU) In July, the head of the division described',
      'the new route.',
    ));
    expect(ps.map((p) => p.number)).toEqual(['48', '49']);
    expect(ps[0]?.text).toBe('The price of heroin is $30,000 per kilo in Europe.');
    expect(ps[1]?.text).toBe('In July, the head of the division described the new route.');
    expect(ps[1]?.marking).toBe('SBU');
  });

  it('starts a letter paragraph that continues its sequence without a blank line', () => {
    const ps = parseParagraphs(body(
      'A.  Site assessments were made in the west.',
      '',
      'B.  Training of officers:',
      'None',
      'C.  Equipment delivered during the reporting period.',
    ));
    expect(ps.map((p) => p.number)).toEqual(['A', 'B', 'C']);
    expect(ps[1]?.text).toBe('Training of officers: None');
  });

  it('does not start a paragraph at a non-sequential number without a blank line', () => {
    const ps = parseParagraphs(body(
      '1.  (U) The list of items:',
      '7.  An old entry kept in the list.',
    ));
    expect(ps).toHaveLength(1);
    expect(ps[0]?.text).toBe('The list of items: 7. An old entry kept in the list.');
  });
});

describe('paragraph labels and markings', () => {
  it('matches arabic, pilcrow, letter and roman labels with their length', () => {
    expect(matchLabel('1.  (SBU) Text')).toEqual({ label: '1', length: 4 });
    expect(matchLabel('\u00b612. (C) Text')?.label).toBe('12');
    expect(matchLabel('A.  SITE ASSESSMENTS')).toEqual({ label: 'A', length: 4 });
    expect(matchLabel('II.  COMPLETED ACTIONS')).toEqual({ label: 'II', length: 5 });
  });

  it('does not match non-labels', () => {
    expect(matchLabel('U.S. officials attended.')).toBeNull();
    expect(matchLabel('1985.  The center')).toBeNull();
    expect(matchLabel('The end.')).toBeNull();
    expect(startsParagraph('-- a bullet')).toBe(false);
    expect(startsParagraph('3. Text')).toBe(true);
  });

  it('matches portion markings', () => {
    expect(matchMarking('(SBU) Text')).toEqual({ marking: 'SBU', length: 6 });
    expect(matchMarking('(S//NF) Text')?.marking).toBe('S//NF');
    expect(matchMarking('(C/NF) Text')?.marking).toBe('C/NF');
    expect(matchMarking('(U) Text')?.marking).toBe('U');
    expect(matchMarking('(Note) Text')).toBeNull();
    expect(matchMarking('Text (C)')).toBeNull();
  });

  it('takes a period or colon right after a marking with it (r16), not one that starts a word', () => {
    expect(matchMarking('(U).  STATE POCS ARE LISTED')).toEqual({ marking: 'U', length: 6 });
    expect(matchMarking('(C): The minister')).toEqual({ marking: 'C', length: 5 });
    expect(matchMarking('(U).NET ACCOUNTS')).toEqual({ marking: 'U', length: 3 });
    expect(parseParagraphs('5.  (U).  STATE POCS ARE LISTED BELOW.').map((p) => [p.number, p.marking, p.text])).toEqual([['5', 'U', 'STATE POCS ARE LISTED BELOW.']]);
  });

  it('steps roman numerals and letters', () => {
    expect(nextRoman('I')).toBe('II');
    expect(nextRoman('IV')).toBe('V');
    expect(nextRoman('IX')).toBe('X');
    expect(nextLetter('A')).toBe('B');
    expect(nextLetter('Z')).toBe('AA');
    expect(nextLetter('AA')).toBe('BB');
    expect(nextLetter('UU')).toBe('VV');
    expect(nextLetter('HH')).toBe('II');
    expect(nextLetter('ZZ')).toBeNull();
    expect(isRoman('XIV')).toBe(true);
    expect(isRoman('IIII')).toBe(false);
  });
});

describe('paragraph labels: placeholders and glued numbers', () => {
  it('reads a `#.` placeholder label with a marking as a paragraph numbered `#`', () => {
    const ps = parseParagraphs(body(
      'A.  Spread of information',
      '',
      'His handlers avoid talking about it.',
      '',
      '#. (U) This cable was coordinated with the consulate.',
    ));
    expect(ps.map((p) => [p.number, p.marking])).toEqual([['A', null], ['#', 'U']]);
    expect(ps[0]?.text).toBe('Spread of information\n\nHis handlers avoid talking about it.');
    expect(ps[1]).toMatchObject({ outline: ['#'], text: 'This cable was coordinated with the consulate.' });
  });

  it('leaves the sequence of numbers as it was after a `#.` paragraph', () => {
    const ps = parseParagraphs(body('1. (U) First.', '', '#. (U) Placeholder.', '', '2. (U) Second.'));
    expect(ps.map((p) => [p.number, p.outline])).toEqual([['1', ['1']], ['#', ['#']], ['2', ['2']]]);
  });

  it('does not read `#` without a marking, or a message number, as a label (guard)', () => {
    expect(matchLabel('#. Some text')).toBeNull();
    expect(matchLabel('#1196')).toBeNull();
    expect(matchLabel('#. (U) Text')).toEqual({ label: '#', length: 3 });
  });

  it('nests numbers restarting under a letter item below a number (the level above was lost)', () => {
    const ps = parseParagraphs(body(
      '1.The government agreed to fund more equipment.',
      '',
      'A. SITE ASSESSMENTS',
      '',
      '1.On December 8 the advisor met the program manager.',
      '',
      'B. TRAINING',
      '',
      '1. A training course was held for customs officers.',
      '',
      '2. A second course is planned.',
      '',
      'C. EQUIPMENT',
    ));
    expect(ps.map((p) => p.outline)).toEqual([['1'], ['1', 'A'], ['1', 'A', '1'], ['1', 'B'], ['1', 'B', '1'], ['1', 'B', '2'], ['1', 'C']]);
  });

  it('still goes back to the top level for the next top-level number (guard)', () => {
    const ps = parseParagraphs(body('1. First.', '', 'A. Sub one.', '', 'B. Sub two.', '', '2. Second.', '', '3. Third.'));
    expect(ps.map((p) => p.outline)).toEqual([['1'], ['1', 'A'], ['1', 'B'], ['2'], ['3']]);
  });

  it('reads a number glued to a capitalized word as a label', () => {
    expect(matchLabel('1.Secret - Entire Text.')).toEqual({ label: '1', length: 2 });
    expect(matchLabel('¶10.The ministry agreed.')).toEqual({ label: '10', length: 4 });
    const ps = parseParagraphs(body('1.Secret - Entire Text.', '', '2.(S) The report follows.'));
    // (The whole-text marking written out is paragraph 1's marking: see test/paragraph-markings.test.ts.)
    expect(ps.map((p) => [p.number, p.marking, p.text])).toEqual([
      ['1', 'S', ''],
      ['2', 'S', 'The report follows.'],
    ]);
  });

  it('reads a number glued to a redaction in either case as a label, over a rule too', () => {
    expect(matchLabel('3.xxxxxxxxxxxx')).toEqual({ label: '3', length: 2 });
    expect(matchLabel('3.XXXXXXXXXXXX')).toEqual({ label: '3', length: 2 });
    const ps = parseParagraphs(body('2. (C) Scholars met.', '', '3.xxxxxxxxxxxx', '-------------------', '4. (C) Shanghai scholars expect more.'));
    expect(ps.map((p) => [p.number, p.heading, p.text])).toEqual([
      ['2', null, 'Scholars met.'],
      ['3', null, 'xxxxxxxxxxxx'],
      ['4', null, 'Shanghai scholars expect more.'],
    ]);
  });

  it('does not read a decimal number, initials or an abbreviation as a glued label (guard)', () => {
    expect(matchLabel('1.5 million people attended.')).toBeNull();
    expect(matchLabel('J.Smith said')).toBeNull();
    expect(matchLabel('1.4(b) and (d)')).toBeNull();
    expect(matchLabel('2.SECRET')).toBeNull();
  });
});

describe('field guide variants', () => {
  it('drops the classification word standing on its own line before an older PAGE marker', () => {
    // docs/cable-format.md section 4: older markers are "often preceded by the
    // classification word on its own line"; the marker is removed and the text continues.
    const ps = parseParagraphs(body(
      '1.  (C) The minister said that the plan would',
      'CONFIDENTIAL',
      'PAGE 02 ROME 01196 01 OF 02 082030Z',
      'be revised next year.',
    ));
    expect(ps).toHaveLength(1);
    expect(ps[0]?.text).toBe('The minister said that the plan would be revised next year.');
  });
});

describe('blockText', () => {
  it('equals joining with spaces, collapsing space/tab/no-break-space runs and trimming', () => {
    // Lines of words, runs of the collapsed spaces and of other whitespace (kept inside).
    const piece = fc.constantFrom('a', 'Bc', '1.', '(U)', ' ', '  ', '\t', '\u00a0', ' \t ', '\u2003', '\r');
    const line = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
        expect(blockText(lines)).toBe(lines.join(' ').replace(/[ \t\u00a0]+/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('portion markings with release caveats and in lower case', () => {
  // docs/cable-format.md section 4 lists `(C) (REL UK)`; the model writes markings
  // without parentheses, caveats after `//` (`'S//NF'`), in upper case.
  it('joins a release caveat in its own parentheses to the marking: (C) (REL UK)', () => {
    const ps = parseParagraphs(body('1.  (C) (REL UK) The minister agreed to share the report.'));
    expect(ps.map((p) => [p.marking, p.text])).toEqual([['C//REL UK', 'The minister agreed to share the report.']]);
    expect(matchMarking('(C) (REL UK) Text')).toEqual({ marking: 'C//REL UK', length: 13 });
  });

  it('joins NOFORN in its own parentheses too, in the subject as in paragraphs (era red team 293, session 26)', () => {
    expect(matchMarking('(C) (NOFORN) THE OFFICER SAID')).toEqual({ marking: 'C//NOFORN', length: 13 });
    expect(matchMarking('(S) (NF) Text')?.marking).toBe('S//NF');
    const c = parseCable(['CONFIDENTIAL ANKARA 004410', '', 'E.O. 12356: DECL: OADR', 'TAGS: MARR, TU', 'SUBJECT: (C) (NOFORN) TGS VIEWS ON AEGEAN EXERCISES', '', '1. (C) (NOFORN) THE OFFICER SAID LITTLE.', '', 'STRAUSZ-HUPE'].join('\n'));
    expect([c.subject, c.subjectMarking, c.paragraphs[0]?.marking, c.paragraphs[0]?.text]).toEqual(['TGS VIEWS ON AEGEAN EXERCISES', 'C//NOFORN', 'C//NOFORN', 'THE OFFICER SAID LITTLE.']);
    // (Guard: a word in brackets after a marking is text.)
    expect(matchMarking('(C) (NOTAL) Text')?.marking).toBe('C');
  });

  it('reads a release caveat of several words with a comma: (S//REL TO USA, FVEY)', () => {
    const ps = parseParagraphs(body('2.  (S//REL TO USA, FVEY) Post should deliver the points below.'));
    expect(ps.map((p) => [p.number, p.marking, p.text])).toEqual([['2', 'S//REL TO USA, FVEY', 'Post should deliver the points below.']]);
  });

  it('reads release caveats written with a space after the slash or in mixed case', () => {
    expect(matchMarking('(C/ REL ISAF) Afghanistan: the review')?.marking).toBe('C/REL ISAF');
    expect(matchMarking('(S//Rel NATO, ISAF) The council met')?.marking).toBe('S//REL NATO, ISAF');
    expect(matchMarking('(S/REL South Korea) Begin text of points')?.marking).toBe('S/REL SOUTH KOREA');
    // An abbreviation in parentheses is no marking.
    expect(matchMarking('(U/S-equivalent) officials met')).toBeNull();
  });

  it('reads lower-case markings and gives them in upper case: (sbu), (u), (s/nf)', () => {
    const ps = parseParagraphs(body(
      '1.  (sbu) Summary: Two newspapers printed the claims.',
      '',
      '2.  (u) On February 21, the daily reprinted the story.',
      '',
      '3.  (s/nf) But mediation is not ready.',
    ));
    expect(ps.map((p) => [p.marking, p.text])).toEqual([
      ['SBU', 'Summary: Two newspapers printed the claims.'],
      ['U', 'On February 21, the daily reprinted the story.'],
      ['S/NF', 'But mediation is not ready.'],
    ]);
  });

  it('reads (sbu) but not a lone lower-case list letter: 40. (c) Yes', () => {
    const ps = parseParagraphs(body(
      '38.  (sbu) The answers to the questions follow.',
      '',
      '39.  (b) The police work closely with the ministry.',
      '',
      '40.  (c) Yes, the country is a party to the agreement.',
    ));
    expect(ps.map((p) => [p.marking, p.text])).toEqual([
      ['SBU', 'The answers to the questions follow.'],
      [null, '(b) The police work closely with the ministry.'],
      [null, '(c) Yes, the country is a party to the agreement.'],
    ]);
  });
});

describe('labels: comma typos, letter sub-items, lost numbers', () => {
  it('reads `8, (C)` as paragraph 8 when it continues the sequence', () => {
    const ps = parseParagraphs(body('7. (C) Seven.', '', '8, (C) Senator Kerry, noting the past, agreed.', '', '9. (C) Nine.'));
    expect(ps.map((p) => [p.number, p.marking, p.text])).toEqual([
      ['7', 'C', 'Seven.'],
      ['8', 'C', 'Senator Kerry, noting the past, agreed.'],
      ['9', 'C', 'Nine.'],
    ]);
  });

  it('reads `3.. (C)` and `3., (C)`, a dot typed twice or a comma after it, as paragraph 3 when it continues the sequence (era red team 253)', () => {
    for (const typo of ['3..  (C)', '3., (C)']) {
      const ps = parseParagraphs(body('2. (C) Two.', '', `${typo} EMBASSY STATUS:  THE CHANCERY IS CLOSED.`, '', '4. (C) Four.'));
      expect(ps.map((p) => [p.number, p.marking, p.text])).toEqual([
        ['2', 'C', 'Two.'],
        ['3', 'C', 'EMBASSY STATUS: THE CHANCERY IS CLOSED.'],
        ['4', 'C', 'Four.'],
      ]);
    }
    // (Guard: out of sequence it is text.)
    expect(parseParagraphs(body('2. (C) Two.', '', '7.. (C) Not a label here.')).map((p) => p.number)).toEqual(['2']);
  });

  it('does not read a comma number without a marking or out of sequence as a label (guard)', () => {
    const ps = parseParagraphs(body('1. (C) One.', '', '8, 9 and 10 are the next ones.', '', '5, (C) Not a label here.'));
    expect(ps.map((p) => p.number)).toEqual(['1']);
  });

  it('reads letter items right under a numbered title line and after blank lines', () => {
    const ps = parseParagraphs(body(
      '1.  (SBU) DEMONSTRATIONS',
      'A.  ARE THERE ANY COMMUNITIES CAPABLE OF DEMONSTRATING?',
      'Yes.  A small community could demonstrate.',
      '',
      ...'BCDEFGH'.split('').flatMap((l) => [`${l}.  WAS THERE A DEMONSTRATION?`, 'No.', '']),
      'I.  HAVE THERE BEEN ANTI-GOVERNMENT DEMONSTRATIONS?',
      'Yes.',
      '',
      '2.  (SBU) MACRO CONFLICT CONDITIONS',
    ));
    expect(ps.map((p) => p.number)).toEqual(['1', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', '2']);
    expect(ps[0]?.text).toBe('DEMONSTRATIONS');
    expect(ps[9]?.outline).toEqual(['1', 'I']);
    expect(ps[1]?.text).toBe('ARE THERE ANY COMMUNITIES CAPABLE OF DEMONSTRATING? Yes. A small community could demonstrate.');
  });

  it('reads a first letter item under a line ending with a colon', () => {
    const ps = parseParagraphs(body('1. (C) The plan has two parts:', 'A. The budget.', 'B. The schedule.'));
    expect(ps.map((p) => p.number)).toEqual(['1', 'A', 'B']);
  });

  it('does not split at an initial after a line of text (guard)', () => {
    const ps = parseParagraphs(body('1. (C) The Ambassador met with John', 'A. Smith, the director of the program.'));
    expect(ps.map((p) => p.number)).toEqual(['1']);
  });

  it('reads a marked number after a lost one on a reflowed page', () => {
    const line = (n: number): string => `${n}. (SBU) ${'The delegation discussed the budget with the ministry. '.repeat(3).trim()}`;
    const ps = parseParagraphs(body(line(13), line(14), line(16), line(17)));
    expect(ps.map((p) => p.number)).toEqual(['13', '14', '16', '17']);
  });

  it('does not jump far ahead without a blank line (guard)', () => {
    // Marked numbers a few paragraphs ahead start one (paragraphs removed, see paragraph-numbering.test.ts); not dozens ahead.
    const ps = parseParagraphs(body('1. (C) The plan was agreed.', '90. (C) Ninety items remain open.'));
    expect(ps.map((p) => p.number)).toEqual(['1']);
  });

  it('reads `B, (U)` as letter B when it continues an open letter outline', () => {
    const ps = parseParagraphs(body(
      'A. (U) POST: The embassy.',
      '',
      ' B, (U) ACTIVITY DATE/TIME: Monday at approximately',
      '1250 hrs.',
      '',
      'C.  (SBU) SUMMARY: The officers met the coordinator.',
    ));
    expect(ps.map((p) => [p.number, p.marking, p.text])).toEqual([
      ['A', 'U', 'POST: The embassy.'],
      ['B', 'U', 'ACTIVITY DATE/TIME: Monday at approximately 1250 hrs.'],
      ['C', 'SBU', 'SUMMARY: The officers met the coordinator.'],
    ]);
  });

  it('does not read a comma letter out of sequence, without an open letter outline or without a marking as a label (guard)', () => {
    // No letter outline open: `B,` after numbers.
    expect(parseParagraphs(body('1. (C) One.', '', 'B, (C) Not a label here.')).map((p) => p.number)).toEqual(['1']);
    // `A,` never opens an outline; `C,` skips B; `B,` without a marking is text.
    expect(parseParagraphs(body('1. (C) One.', '', 'A, (C) Not a label here.')).map((p) => p.number)).toEqual(['1']);
    expect(parseParagraphs(body('A. (C) One.', '', 'C, (C) Not a label here.')).map((p) => p.number)).toEqual(['A']);
    expect(parseParagraphs(body('A. (C) One.', '', 'B, C and D are the next ones.')).map((p) => p.number)).toEqual(['A']);
  });

  it('matches a comma label only before a marking', () => {
    expect(matchCommaLabel('B, (U) Text')).toEqual({ label: 'B', length: 3 });
    expect(matchCommaLabel('\u00b6 C, (SBU) Text')).toEqual({ label: 'C', length: 5 });
    // A lower-case letter, a word, a letter without a marking: no label.
    expect(matchCommaLabel('b, (U) Text')).toBeNull();
    expect(matchCommaLabel('BA, (U) Text')).toBeNull();
    expect(matchCommaLabel('B, C and D')).toBeNull();
    expect(matchCommaLabel('8, (C) Text')).toEqual({ label: '8', length: 3 });
    expect(matchCommaLabel('\u00b66, (SBU) Post will')).toEqual({ label: '6', length: 4 });
    expect(matchCommaLabel('8, 9 and 10')).toBeNull();
    expect(matchCommaLabel('Text')).toBeNull();
  });
});

describe('parseParagraphs: a designator heading on a short label line', () => {
  it('reads `Question A -- Recruitment` after the marking as the heading when the text starts on the next line', () => {
    const ps = parseParagraphs(body(
      '9. (C) Most people view these groups as agents of a hostile power.',
      '',
      '10. (C) Question A -- Recruitment',
      'As explained above, there are two distinct threads of',
      'extremism in the country.',
      '',
      '11. (C) Part 2: Funding',
      '"Charities" send most of the money.',
    ));
    expect(ps.map((p) => [p.number, p.marking, p.heading, p.text])).toEqual([
      ['9', 'C', null, 'Most people view these groups as agents of a hostile power.'],
      ['10', 'C', 'Question A -- Recruitment', 'As explained above, there are two distinct threads of extremism in the country.'],
      ['11', 'C', 'Part 2: Funding', '"Charities" send most of the money.'],
    ]);
  });

  it('joins it to a heading over the label', () => {
    const ps = parseParagraphs(body(
      '9. (C) Most people view these groups as agents of a hostile power.',
      'Answers to Specific Questions',
      '-----------------------------',
      '10. (C) Question A -- Recruitment',
      'As explained above, there are two threads.',
    ));
    expect(ps[1]?.heading).toBe('Answers to Specific Questions Question A -- Recruitment');
    expect(ps[1]?.text).toBe('As explained above, there are two threads.');
  });

  it('reads comma letters and label-line headings in linear time: ~200 kB in well under a second', () => {
    const text = body('A. (U) One.', '', ...Array.from({ length: 4000 }, (_, k) => [`B, (U) Question ${String.fromCharCode(65 + (k % 26))} -- Recruitment`, 'As explained.', '']).flat());
    expect(text.length).toBeGreaterThan(190_000);
    expect(msUnder(1000, () => parseParagraphs(text))).toBeLessThan(1000);
  });

  it('keeps a sentence start, a long line, a lone line or a heading before lower-case text as text (guard)', () => {
    const texts = (...lines: string[]): Array<[string | null, string]> => parseParagraphs(body(...lines)).map((p) => [p.heading, p.text]);
    // The next line goes on with the sentence (lower case).
    expect(texts('5. (C) Paragraph 3 -- The ministry agreed to', 'extend the deadline.')).toEqual([[null, 'Paragraph 3 -- The ministry agreed to extend the deadline.']]);
    // A line as long as a wrapped one.
    expect(texts('5. (C) Paragraph 3 -- The Ministry Agreed To Extend The', 'Deadline for another year.')).toEqual([[null, 'Paragraph 3 -- The Ministry Agreed To Extend The Deadline for another year.']]);
    // No text under it: the line is the paragraph's text.
    expect(texts('5. (C) Question A -- Recruitment')).toEqual([[null, 'Question A -- Recruitment']]);
    // Not a designator: a plain title stays the text's start.
    expect(texts('5. (C) Recruitment of Youth', 'As explained above.')).toEqual([[null, 'Recruitment of Youth As explained above.']]);
  });
});

describe('parseParagraphs: a title-case line over a heading block', () => {
  it('stacks a title-case line with a parenthesis over the heading of the next paragraph', () => {
    const ps = parseParagraphs(body(
      '20. (U) Performance measures are listed.',
      '',
      '-Three visibility materials, such as flyers.',
      '',
      'BUDGET (In Separate Email)',
      '',
      'RECIPIENT ORGANIZATION',
      '',
      '21. (U) The recipient is a women\'s fund.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['20', null], ['21', 'BUDGET (In Separate Email) RECIPIENT ORGANIZATION']]);
    expect(ps[0]?.text).toBe('Performance measures are listed.\n\n-Three visibility materials, such as flyers.');
  });

  it('keeps a sentence-case line over a heading block as text (guard)', () => {
    const ps = parseParagraphs(body(
      '20. (U) Performance measures are listed.',
      '',
      'More details to follow',
      '',
      'RECIPIENT ORGANIZATION',
      '',
      '21. (U) The recipient is a women\'s fund.',
    ));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['20', null], ['21', 'RECIPIENT ORGANIZATION']]);
    expect(ps[0]?.text).toBe('Performance measures are listed.\n\nMore details to follow');
  });

  it('keeps a title-case line after an open sentence as text (guard)', () => {
    const ps = parseParagraphs(body(
      '20. (U) The organizations listed are the',
      '',
      'Women Of Chihuahua (In Mexico)',
      '',
      'RECIPIENT ORGANIZATION',
      '',
      '21. (U) The recipient is a women\'s fund.',
    ));
    expect(ps[1]?.heading).toBe('RECIPIENT ORGANIZATION');
  });

  it('reads many stacked title lines in linear time', () => {
    const text = Array.from({ length: 20000 }, (_, i) => (i % 2 === 0 ? 'Budget (In Separate Email)' : 'RECIPIENT')).join('\n\n');
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    expect(
      msUnder(1000, () => {
        parseParagraphs(`1. (U) Text.\n\n${text}\n\n2. (U) More.`);
      }),
    ).toBeLessThan(1000);
  });
});

describe('a portion marking after a block keyword', () => {
  it('takes `SUMMARY:  (SBU)` as the paragraph marking, the keyword kept in the text', () => {
    const ps = parseParagraphs('1. SUMMARY:  (SBU) Heading into the regional elections, the right leads.\n\n2. (C) Next.');
    expect(ps.map((p) => [p.number, p.marking, p.text])).toEqual([['1', 'SBU', 'SUMMARY: Heading into the regional elections, the right leads.'], ['2', 'C', 'Next.']]);
  });

  it('keeps a parenthesis after a keyword that is no marking, and a marking already read (guards)', () => {
    const ps = parseParagraphs('1. SUMMARY: (See paragraph 5) The talks went well.\n\n2. (C) SUMMARY: (U) text.');
    expect(ps.map((p) => [p.marking, p.text])).toEqual([[null, 'SUMMARY: (See paragraph 5) The talks went well.'], ['C', 'SUMMARY: (U) text.']]);
  });
});

describe('a portion marking after an answer lead-in (r17)', () => {
  it('takes `Answer: (S)` and `A: (SBU)` under a question heading as the paragraph marking', () => {
    const ps = parseParagraphs(['Question #1. How great was the support?', '--------------------------------', '', 'Answer: (SBU) Out of a survey of thirty people, all but three agreed.', '', 'Question #2: Why did it happen?', '-------------------------------', '', 'A: (S) Two reasons are given.'].join('\n'));
    expect(ps.map((p) => [p.marking, p.heading, p.text])).toEqual([
      ['SBU', 'Question #1. How great was the support?', 'Answer: Out of a survey of thirty people, all but three agreed.'],
      ['S', 'Question #2: Why did it happen?', 'A: Two reasons are given.'],
    ]);
  });

  it('leaves a parenthesis after the lead-in that is no marking (guard)', () => {
    const ps = parseParagraphs(['Question #1. How great was the support?', '--------------------------------', '', 'Answer: (see above) It was great.'].join('\n'));
    expect(ps.map((p) => [p.marking, p.text])).toEqual([[null, 'Answer: (see above) It was great.']]);
  });
});

describe('numbers with a letter suffix (`18A.`, `20A-B.`)', () => {
  it('reads `18A.  (SBU)` and `20A-B.  (SBU)` as top-level paragraphs with their markings, the sequence going on after them', () => {
    const ps = parseParagraphs(body(
      '17.  (U) The embassy answers the questions below.',
      '',
      'OVERVIEW',
      '',
      '18A.  (SBU)  The country is mainly one of transit.',
      '',
      '18B.  (SBU) Persons are moved through the north.',
      '19A.  (C)  The government knows of the problem.',
      '',
      '20A-B.  (SBU)  There is no specific law against it.',
      '',
      '21.  (U) Point of contact is the labor officer.',
    ));
    expect(ps.map((p) => [p.number, p.outline, p.marking, p.heading])).toEqual([
      ['17', ['17'], 'U', null],
      ['18A', ['18A'], 'SBU', 'OVERVIEW'],
      ['18B', ['18B'], 'SBU', null],
      ['19A', ['19A'], 'C', null],
      ['20A-B', ['20A-B'], 'SBU', null],
      ['21', ['21'], 'U', null],
    ]);
    expect(ps[1]?.text).toBe('The country is mainly one of transit.');
  });

  it('needs a marking after the suffixed number (guards)', () => {
    expect(matchLabel('18A.  (SBU)  Text')?.label).toBe('18A');
    expect(matchLabel('20A-B. (U) Text')?.label).toBe('20A-B');
    expect(matchLabel('2B. The second option')).toBeNull();
    expect(matchLabel('4A. of the act applies')).toBeNull();
    const ps = parseParagraphs('1. (U) The rules are in section\n\n4A. of the act, as amended.');
    expect(ps.map((p) => p.number)).toEqual(['1']);
  });
});

describe('lettered sub-paragraphs without a blank line', () => {
  it('splits `A.` after a finished sentence when `B.` follows, then `B.` to `D.`', () => {
    const ps = parseParagraphs(body(
      '1. (C) ANALYSTS ARE INTERESTED IN THE NEW MINISTER. THANKS FOR',
      'POST\'S COVERAGE, AND BEST REGARDS FROM WASHINGTON.',
      'A. (C) ANALYSTS APPRECIATED REF A, WHICH PROVIDED VALUABLE',
      'INSIGHT INTO THE MINISTER.',
      'B. (C) WHAT HAS THE PRESIDENT SAID ABOUT',
      'THE SUMMIT?',
      'C. (C) WHAT IS THE ADVISOR\'S ROLE?',
      'D. (C) HOW UNITED IS THE COALITION?',
      '2. (U) PLEASE CITE THE REQUEST NUMBER.',
    ));
    expect(ps.map((p) => [p.number, p.outline, p.marking])).toEqual([
      ['1', ['1'], 'C'],
      ['A', ['1', 'A'], 'C'],
      ['B', ['1', 'B'], 'C'],
      ['C', ['1', 'C'], 'C'],
      ['D', ['1', 'D'], 'C'],
      ['2', ['2'], 'U'],
    ]);
    expect(ps[0]?.text).toBe('ANALYSTS ARE INTERESTED IN THE NEW MINISTER. THANKS FOR POST\'S COVERAGE, AND BEST REGARDS FROM WASHINGTON.');
  });

  it('keeps an initial or a lone `A.` line inside the paragraph (guards)', () => {
    const ps = parseParagraphs(body(
      '1. (U) The delegation was led by the deputy minister.',
      'A. SMITH AND J. JONES ALSO ATTENDED THE MEETING.',
      'The talks went well.',
      '2. (U) Next.',
    ));
    expect(ps.map((p) => p.number)).toEqual(['1', '2']);
    expect(ps[0]?.text).toBe('The delegation was led by the deputy minister. A. SMITH AND J. JONES ALSO ATTENDED THE MEETING. The talks went well.');
  });

  it('needs a marked `B.` after a marked `A.` (guard)', () => {
    const ps = parseParagraphs(body('1. (U) Two options remain.', 'A. (C) The first is to wait.', 'B. Nothing else was said.', '2. (U) Next.'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2']);
  });

  it('looks ahead a bounded number of lines from many `A.` lines (linear time)', () => {
    const text = Array.from({ length: 20000 }, (_, i) => (i % 2 === 0 ? 'The talks ended.' : 'A. (C) Another line of text')).join('\n');
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    expect(
      msUnder(1000, () => {
        parseParagraphs(`1. (U) Text.\n${text}\n2. (U) More.`);
      }),
    ).toBeLessThan(1000);
  });
});

describe('a letter list of references inside a paragraph', () => {
  it('does not nest a letter\'s numbers under the last reference', () => {
    const lines = [
      '5. (SBU) The air force sent the following letter.',
      '',
      'Ref:',
      '',
      'A. FMS Case AB-C-DEF',
      'B. The discussion at the ministry on 28 December.',
      '',
      '1. The air force presents its compliments to the office.',
      '',
      '2. The engines are as follows.',
    ];
    expect(parseParagraphs(body(...lines)).map((p) => [p.number, p.outline])).toEqual([
      ['5', ['5']],
      ['A', ['5', 'A']],
      ['B', ['5', 'B']],
      ['1', ['5', '1']],
      ['2', ['5', '2']],
    ]);
    // Quoted between `Begin text:` and `End text.`, the letter's items are the text of the paragraph quoting it.
    const quoted = parseParagraphs(body(`${lines[0] ?? ''} Begin text:`, ...lines.slice(1), '', 'End text.'));
    expect(quoted.map((p) => [p.number, p.outline])).toEqual([['5', ['5']]]);
    expect(quoted[0]?.text).toContain('A. FMS Case AB-C-DEF B. The discussion');
  });

  it('still nests numbers restarting under a letter item that is no reference (guard)', () => {
    const ps = parseParagraphs(body(
      '1. The government has agreed to the program.',
      '',
      'A. SITE ASSESSMENTS AND MEETINGS CONDUCTED',
      '',
      '1. On December 8 the advisor met the customs chief.',
    ));
    expect(ps.map((p) => p.outline)).toEqual([['1'], ['1', 'A'], ['1', 'A', '1']]);
  });
});

describe('fix S: rules inside a table are table lines, not heading frames', () => {
  const table = body(
    '3. (U) Investment grew again last year, mostly in industry and in tourism.',
    '',
    '4.  (U) TABLE ONE',
    '',
    'INVESTMENT BY SECTOR',
    '--------------------',
    '(in millions of dollars, current)',
    '',
    '               2004   2005   2006',
    '               ----   ----   ----',
    'Industry      456.0  344.9   428.7',
    'Tourism        41.4   53.5   144.1',
    '                             -----',
    'Total         497.4  398.4   572.8',
    '',
    'Top Firms by Exports',
    '--------------------',
    '',
    'Rank   Company             Exports',
    '----   ----------------    -------',
    '1      Acme Chips            812.1',
    '2      Beta Fruit            215.9',
    '',
    '5. (U) The trend is likely to continue next year.',
  );

  it('keeps the whole table, titles and rules in its numbered paragraph', () => {
    const ps = parseParagraphs(table);
    expect(ps.map((p) => [p.number, p.marking, p.heading])).toEqual([['3', 'U', null], ['4', 'U', null], ['5', 'U', null]]);
    expect(ps[1]?.text.startsWith('TABLE ONE\n\nINVESTMENT BY SECTOR\n\n(in millions of dollars, current)\n\n2004 2005 2006 ---- ---- ----')).toBe(true);
    expect(ps[1]?.text).toContain('Total 497.4 398.4 572.8');
    expect(ps[1]?.text).toContain('Top Firms by Exports');
  });

  it('still reads an underlined title over a numbered paragraph as its heading (guard)', () => {
    const ps = parseParagraphs(body('1. (U) The year went well.', '', 'Outlook for 2007', '----------------', '', '2. (U) Growth will slow.'));
    expect(ps.map((p) => [p.number, p.heading, p.text])).toEqual([['1', null, 'The year went well.'], ['2', 'Outlook for 2007', 'Growth will slow.']]);
  });

  it('reads rows of numbers and column rules in linear time: ~200 kB in well under a second', () => {
    const rows = Array.from({ length: 3000 }, (_, k) => [`Item ${k}      1.0  2.0  3.0`, '----   ----   ----   ---- ', `TITLE ${k}`, '-------']).flat();
    const text = body('1. (U) Table.', ...rows, `${'  1'.repeat(20_000)}`);
    expect(text.length).toBeGreaterThan(150_000);
    expect(msUnder(1000, () => parseParagraphs(text))).toBeLessThan(1000);
  });
});
