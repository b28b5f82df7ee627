/**
 * Paragraph numbers out of sequence inside a block (`parseParagraphs`, src/body/paragraphs.ts): a marked label past a
 * gap in the numbering or repeating the last number, an unmarked one after a small gap; guards for lists inside a
 * paragraph and numbers inside a sentence; linear time of the reader on hostile input full of such labels.
 * Synthetic bodies (no blank lines between the paragraphs: the case of a page that lost them).
 */

import { describe, expect, it } from 'vitest';
import { parseParagraphs, readParagraphRanges } from '../src/body/paragraphs.js';
import { msUnder } from './timing.js';
import { parseCable } from '../src/assemble.js';
import { followsKeyedLabel, matchKeyedLabel, matchLabel } from '../src/body/paragraph-label.js';

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
    let ps: ReturnType<typeof parseParagraphs> = [];
    expect(msUnder(1000, () => (ps = parseParagraphs(big)))).toBeLessThan(1000);
    expect(ps.length).toBeGreaterThan(0);
  });

  it('reads ~200 kB of one marked label repeated line after line in well under a second', () => {
    const big = '1. (C) Text.\n'.repeat(16_000);
    let ps: ReturnType<typeof parseParagraphs> = [];
    expect(msUnder(1000, () => (ps = parseParagraphs(big)))).toBeLessThan(1000);
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
    let ps: ReturnType<typeof parseParagraphs> = [];
    expect(msUnder(1000, () => (ps = parseParagraphs(text)))).toBeLessThan(1000);
    expect(ps.length).toBeGreaterThan(2000);
  });
});

describe('keyed labels without a marking (`21A.`, `23A-B.`) in a run', () => {
  const report = body(
    'The following is the embassy reply to the annual report. Answers',
    'are keyed to the questions of the reference cable.',
    '',
    '--------',
    'OVERVIEW',
    '--------',
    '21A.  The country is mainly one of transit for migrants from',
    'the region.',
    '',
    'Sources for this report include the police and the press.',
    '',
    '21B.  Persons are moved through the north.',
    '',
    '21C. Lack of resources hampered the effort.',
    '',
    'Prevention',
    '----------',
    '22A.  The government knows of the problem.',
    '',
    '22C.  The migration office ran a campaign.',
    '',
    '22D.  There is no action plan.',
    '-------------------------',
    'Prosecution of Traffickers',
    '-------------------------',
    '23A-B.  The assembly passed a law in November.',
    '',
    '23C. Penalties range from ten to eighteen years.',
  );

  it('reads each as a top-level paragraph, the dashed headings on the first of each group', () => {
    const ps = parseParagraphs(report);
    expect(ps.map((p) => [p.number, p.outline, p.heading])).toEqual([
      [null, [], null],
      ['21A', ['21A'], 'OVERVIEW'],
      ['21B', ['21B'], null],
      ['21C', ['21C'], null],
      ['22A', ['22A'], 'Prevention'],
      ['22C', ['22C'], null],
      ['22D', ['22D'], null],
      ['23A-B', ['23A-B'], 'Prosecution of Traffickers'],
      ['23C', ['23C'], null],
    ]);
    expect(ps[1]?.text).toBe('The country is mainly one of transit for migrants from the region.\n\nSources for this report include the police and the press.');
    expect(ps[7]?.text).toBe('The assembly passed a law in November.');
  });

  it('splits a keyed label of the run after a finished sentence, a letter skipped or not', () => {
    const ps = parseParagraphs(body('4A.  The law was passed in May.', '4B.  The courts apply it.', '4D.  No case was tried.', '5A.  Shelters are few.'));
    expect(ps.map((p) => p.number)).toEqual(['4A', '4B', '4D', '5A']);
    expect(ps[2]?.text).toBe('No case was tried.');
  });

  it('leaves a lone keyed label, an address, a label inside a wrapped sentence and a lower-case word as text (guards)', () => {
    expect(numbers(body('1. (U) The office moved to', '', '12B. Main Street, next to the park.', '', '2. (U) Hours are unchanged.'))).toEqual(['1', '2']);
    // `21A.` opens a line inside a sentence: no run (`21B.` after it is alone).
    expect(numbers(body('1. The penalty is set out in article', '21A. The court applies it when needed.', '21B. The appeal goes on.'))).toEqual(['1']);
    // The rows of a table: the second row is no sentence's end.
    expect(numbers(body('1. (U) Cases by year:', '', '21A. ARRESTS      10     12', '21B. TRIALS        4      6'))).toEqual(['1']);
    expect(numbers(body('3. (U) Rules are in section', '', '4A. of the act.', '', '4B. of the code.'))).toEqual(['3']);
    expect(numbers(body('The plan has one item 1A in a sentence and 1B too.'))).toEqual([null]);
  });

  it('keeps the marked `18A.  (SBU)` paragraphs as before (guard)', () => {
    const ps = parseParagraphs(body('17.  (U) The embassy answers below.', '', '18A.  (SBU)  Transit country.', '', '18B.  (SBU) Persons move north.', '', '19.  (U) Contact the labor officer.'));
    expect(ps.map((p) => [p.number, p.outline, p.marking])).toEqual([
      ['17', ['17'], 'U'],
      ['18A', ['18A'], 'SBU'],
      ['18B', ['18B'], 'SBU'],
      ['19', ['19'], 'U'],
    ]);
  });

  it('reads the label shape and the sequence', () => {
    expect(matchKeyedLabel('21A.  Costa text')).toEqual({ label: '21A', length: 6 });
    expect(matchKeyedLabel('\u00b623A-B. "Quoted"')).toEqual({ label: '23A-B', length: 8 });
    expect(matchKeyedLabel('18A.  (SBU) Text')).toEqual({ label: '18A', length: 6 });
    expect(matchKeyedLabel('4A. of the act')).toBeNull();
    expect(matchKeyedLabel('12B.Main')).toBeNull();
    expect(matchKeyedLabel('2009A. Text')).toBeNull();
    expect([followsKeyedLabel('21A', '21B'), followsKeyedLabel('21D', '22A'), followsKeyedLabel('23A-B', '23C'), followsKeyedLabel('22J', '23A-B')]).toEqual([true, true, true, true]);
    expect([followsKeyedLabel('21A', '21C'), followsKeyedLabel('21D', '22B'), followsKeyedLabel('21A', '21A'), followsKeyedLabel('21', '21A')]).toEqual([false, false, false, false]);
  });

  it('reads ~200 kB of keyed labels, in and out of sequence, in well under a second', () => {
    const parts: string[] = [];
    // Runs `1A.` to `1E.`, `2A.` ... with numbers out of sequence and lines that end no sentence between them.
    for (let i = 0; i < 12_000; i++) parts.push(i % 7 === 6 ? `${(i * 13) % 999}Q.  Text` : `${1 + Math.floor(i / 5)}${String.fromCharCode(65 + (i % 5))}.  Text here.`, i % 3 === 0 ? '' : i % 3 === 1 ? 'More text.' : 'more');
    const text = parts.join('\n');
    expect(text.length).toBeGreaterThan(150_000);
    let ps: ReturnType<typeof parseParagraphs> = [];
    expect(msUnder(1000, () => (ps = parseParagraphs(text)))).toBeLessThan(1000);
    expect(ps.some((p) => p.number === '2D')).toBe(true);
  });
});

describe('a quoted document numbered on its own (a note, non-paper or agreement quoted in full)', () => {
  it('keeps a quoted note between BEGIN TEXT and END TEXT, its labels included, in the paragraph that quotes it', () => {
    const ps = parseParagraphs(
      body(
        '1. THIS IS AN ACTION REQUEST. PLEASE DELIVER THE FOLLOWING',
        'NOTE TO THE MINISTRY AT THE EARLIEST OPPORTUNITY.',
        '',
        '2. BEGIN TEXT:',
        '',
        '1. THE GOVERNMENT OF THE UNITED STATES PRESENTS ITS',
        'COMPLIMENTS.',
        '',
        '2. THE UNITED STATES REQUESTS THAT WIDGETS BE MADE.',
        '',
        '3. THE GOVERNMENT AVAILS ITSELF OF THIS OPPORTUNITY.',
        '',
        'END TEXT.',
        '',
        '3. PLEASE REPORT RESPONSE BY COB FRIDAY.',
      ),
    );
    expect(ps.map((p) => p.number)).toEqual(['1', '2', '3']);
    expect(ps[1]?.text).toBe(
      'BEGIN TEXT:\n\n1. THE GOVERNMENT OF THE UNITED STATES PRESENTS ITS COMPLIMENTS.\n\n2. THE UNITED STATES REQUESTS THAT WIDGETS BE MADE.\n\n3. THE GOVERNMENT AVAILS ITSELF OF THIS OPPORTUNITY.\n\nEND TEXT.',
    );
    expect(ps[2]?.text).toBe('PLEASE REPORT RESPONSE BY COB FRIDAY.');
  });

  it('keeps a quoted note without BEGIN/END lines, with lettered items and a page marker, when the numbering resumes after it', () => {
    const lines = [
      '1. (C) This cable provides a diplomatic note for use with the ministry.',
      '',
      '2. (SBU) TEXT OF THE NOTE',
      '------------------------',
      '',
      'The Embassy presents its compliments and proposes:',
      '',
      '1.  The Government of Ecuador may permit overflights.',
      '',
      '2.  The Government of the United States should notify:',
      '',
      'a. Thirty days in advance of long operations;',
      '',
      'b. Two hours in advance of refueling stops.',
      '',
      'STATE 00047202  003 OF 005',
      '',
      '3.  Each Participant may end the arrangement by written notice.',
      '',
      'The Embassy avails itself of this opportunity.',
      '',
      '3. (SBU) Post should deliver the note by May 15.',
    ];
    const { paragraphs, ranges } = readParagraphRanges(lines);
    expect(paragraphs.map((p) => p.number)).toEqual(['1', '2', '3']);
    expect(paragraphs[1]).toMatchObject({ marking: 'SBU', heading: 'TEXT OF THE NOTE' });
    expect(paragraphs[1]?.text).toBe(
      'The Embassy presents its compliments and proposes:\n\n1. The Government of Ecuador may permit overflights.\n\n2. The Government of the United States should notify:\n\n' +
        'a. Thirty days in advance of long operations;\n\nb. Two hours in advance of refueling stops.\n\n3. Each Participant may end the arrangement by written notice.\n\nThe Embassy avails itself of this opportunity.',
    );
    // The host paragraph's range runs over the quoted paragraphs, up to the line before the cable's paragraph 3.
    expect(ranges[1]).toEqual([2, 19]);
    expect(ranges[2]).toEqual([21, 21]);
  });

  it("takes a label that could go on either numbering as the quoted text's, unless the quote ended just before it", () => {
    const quoted = (end: string[]): string[] => ['1. (C) We were asked to pass a note.', '', '2. (C) BEGIN TEXT:', '', '1. The ministry presents its compliments.', '', '2. The ministry requests a meeting.', ...end, '', '3. (C) Please advise.'];
    expect(numbers(body(...quoted(['', 'END TEXT.'])))).toEqual(['1', '2', '3']);
    expect(numbers(body(...quoted(['', 'UNQUOTE.'])))).toEqual(['1', '2', '3']);
    // Without the end of the quote, the quote runs up to the cable's next number, `3` (era red teams 90, 129), marked as
    // the cable's paragraphs are or not.
    expect(numbers(body(...quoted([])))).toEqual(['1', '2', '3']);
    const unmarked = (end: string[]): string[] => ['1. We were asked to pass a note.', '', '2. BEGIN TEXT:', '', '1. The ministry presents its compliments.', '', '2. The ministry requests a meeting.', ...end, '', '3. Please advise.'];
    expect(numbers(body(...unmarked(['', 'END TEXT.'])))).toEqual(['1', '2', '3']);
    expect(numbers(body(...unmarked([])))).toEqual(['1', '2', '3']);
  });

  it("leaves a restart alone when the cable's numbering does not resume after it", () => {
    // A copy of the first paragraphs repeated after a page marker.
    expect(numbers(body('1. (C) One.', '', '2. (C) Two.', '', '3. (C) Three.', '', '4. (C) Four.', '', '1. (C) One.', '', '2. (C) Two.'))).toEqual(['1', '2', '3', '4', '1', '2']);
    // Parts numbered on their own.
    expect(numbers(body('1. First part, one.', '', '2. First part, two.', '', '1. Second part, one.', '', '2. Second part, two.', '', '3. Second part, three.'))).toEqual(['1', '2', '1', '2', '3']);
    // A quoted run that breaks its own sequence (`1`, `5`) before the cable's `4`.
    expect(numbers(body('1. A.', '', '2. B.', '', '3. C.', '', '1. Quoted one.', '', '5. Quoted five.', '', '4. D.'))).toEqual(['1', '2', '3', '1', '5', '4']);
  });

  it('folds hundreds of quoted runs, thousands of quoted paragraphs, in linear time', () => {
    const parts: string[] = [];
    // Paragraph n (labels go up to 999) quotes `1.` to `20.` ending with END TEXT, then paragraph n + 1: every run folds.
    for (let n = 1; n <= 900; n++) {
      parts.push(`${n}. BEGIN TEXT:`, '');
      for (let q = 1; q <= 20; q++) parts.push(`${q}. Quoted paragraph ${q}.${q === 20 ? ' END TEXT.' : ''}`, '');
    }
    const text = [...parts, '901. The last paragraph.'].join('\n');
    let ps: ReturnType<typeof parseParagraphs> = [];
    expect(msUnder(1000, () => (ps = parseParagraphs(text)))).toBeLessThan(1000);
    expect(ps.map((p) => p.number)).toEqual(Array.from({ length: 901 }, (_, i) => String(i + 1)));
    expect(ps[899]?.text).toMatch(/^BEGIN TEXT:\n\n1\. Quoted paragraph 1\.\n\n2\. Quoted paragraph 2\.\n\n.*20\. Quoted paragraph 20\. END TEXT\.$/s);
  });
});

describe('a quoted message, QUOTE ... UNQUOTE (era red team 9)', () => {
  it('keeps a repeated cable, its banner, fields and numbered paragraphs, in the paragraph that opens the quote', () => {
    const lines = [
      'FOLLOWING REPEAT BONN 04123 ACTION SECSTATE INFO BERLIN MOSCOW',
      'DATED 12 MAR 75 QUOTE',
      '',
      'C O N F I D E N T I A L BONN 04123',
      '',
      'SUBJECT: FRG VIEWS ON SOVIET PROTEST',
      '',
      '1. FOREIGN OFFICE TOLD POLCOUNS THAT FRG REGARDS THE NOTE AS ROUTINE.',
      '',
      '2. FRG DOES NOT WANT A WAR OF NOTES.',
      'HILLENBRAND UNQUOTE',
    ];
    // (No transmission lines: in a cable, the quoted banner of another cable is not one either.)
    const { paragraphs, ranges } = readParagraphRanges(lines, lines.map(() => false));
    expect(paragraphs.map((p) => p.number)).toEqual([null]);
    expect(paragraphs[0]?.text).toBe(
      'FOLLOWING REPEAT BONN 04123 ACTION SECSTATE INFO BERLIN MOSCOW DATED 12 MAR 75 QUOTE\n\nC O N F I D E N T I A L BONN 04123\n\nSUBJECT: FRG VIEWS ON SOVIET PROTEST\n\n' +
        '1. FOREIGN OFFICE TOLD POLCOUNS THAT FRG REGARDS THE NOTE AS ROUTINE.\n\n2. FRG DOES NOT WANT A WAR OF NOTES. HILLENBRAND UNQUOTE',
    );
    expect(ranges).toEqual([[0, 10]]);
  });

  it('folds quoted labels that go on the outer numbering, up to an UNQUOTE line heading the next paragraph', () => {
    const ps = parseParagraphs(
      body('1. (U) CLASSIFIED BY DIRECTOR A. PETERS.', '', '2. (C) FOLLOWING SENT ACTION SECSTATE FROM OSLO REPEATED FOR YOUR INFORMATION.', '', 'QUOTE', '', '1. (C) SOLHEIM TOLD POLOFF MAY 16 OF THE TALKS.', '', '2. (C) SOLHEIM ASKED THAT THE U.S. NOT COMMENT.', 'JOHNSON', '', 'UNQUOTE', '', '3. (C) EMBASSY SHOULD NOT RAISE THE READOUT.'),
    );
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['1', null],
      ['2', null],
      ['3', null],
    ]);
    expect(ps[1]?.text).toBe('FOLLOWING SENT ACTION SECSTATE FROM OSLO REPEATED FOR YOUR INFORMATION.\n\nQUOTE\n\n1. (C) SOLHEIM TOLD POLOFF MAY 16 OF THE TALKS.\n\n2. (C) SOLHEIM ASKED THAT THE U.S. NOT COMMENT. JOHNSON\n\nUNQUOTE');
    expect(ps[2]?.text).toBe('EMBASSY SHOULD NOT RAISE THE READOUT.');
  });

  it('counts quotations nested in the repeated cable: its own QUOTE ... UNQUOTE closes nothing outside (era red team 150)', () => {
    const ps = parseParagraphs(
      body(
        '1. FOLLOWING REPEATS VIENTIANE 1234 ACTION SECSTATE DATED MAY 3. QUOTE',
        '',
        '1. LAO FOREIGN MINISTRY HANDED US A NOTE MAY 2. TEXT FOLLOWS. QUOTE',
        'THE MINISTRY PROTESTS THE OVERFLIGHTS.',
        'UNQUOTE',
        '',
        '2. SECRETARY GENERAL SAID MORE WOULD FOLLOW.',
        '',
        '3. WE RECOMMEND NO REPLY. GODLEY UNQUOTE',
        '',
        '2. FOR BANGKOK: PLEASE PASS TO THE THAI.',
      ),
    );
    expect(ps.map((p) => p.number)).toEqual(['1', '2']);
    expect(ps[0]?.text.endsWith('3. WE RECOMMEND NO REPLY. GODLEY UNQUOTE')).toBe(true);
    expect(ps[1]?.text).toBe('FOR BANGKOK: PLEASE PASS TO THE THAI.');
  });

  it('heads nothing inside a quotation opened by `Quote:` alone: a quoted preamble\'s REF line stays in the text (era red team 150)', () => {
    const ps = parseParagraphs(
      body(
        '1. (U) Following repeats Tegucigalpa 000612 sent action SecState, dated July 3, 2009.',
        '',
        'Quote:',
        '',
        'C O N F I D E N T I A L TEGUCIGALPA 000612',
        '',
        'SUBJECT: DE FACTO FOREIGN MINISTER CIRCULATES LETTER TO OAS',
        '',
        'REF: TEGUCIGALPA 598',
        '',
        'Classified By: Ambassador Hugo Llorens, reasons 1.4 (b) and (d).',
        '',
        '1. (C) Summary: The de facto Foreign Minister has sent all OAS members a letter. End summary.',
        '',
        'LLORENS',
        '',
        'End quote.',
        '',
        '2. (C) For posts: Please do not share the text of the letter with host governments.',
      ),
    );
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['1', null],
      ['2', null],
    ]);
    expect(ps[0]?.text).toContain('REF: TEGUCIGALPA 598\n\nClassified By: Ambassador Hugo Llorens');
  });

  it('reads QTE and UNQTE, the 1970s spelling, as QUOTE and UNQUOTE (era red team 154)', () => {
    const c = parseCable(
      [
        'LIMITED OFFICIAL USE STATE 171234',
        '',
        'E.O. 12065: N/A',
        'TAGS: ETRD, JA',
        'SUBJECT: REPEATS',
        '',
        '1. FOLLOWING REPEAT SEOUL 9921 SENT ACTION SECSTATE JULY 2: QTE',
        'SUBJ: TEXTILE TALKS',
        '',
        '1. TALKS RESUME JULY 9. GLEYSTEEN UNQTE',
        '',
        '2. FOLLOWING REPEAT TOKYO 11877 SENT ACTION SECSTATE JULY 2: QTE',
        'SUBJ: TEXTILE TALKS',
        '',
        '1. MITI WILL SEND A TEAM.',
        'MANSFIELD UNQTE',
        'VANCE',
      ].join('\n'),
    );
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(c.paragraphs[1]?.text.endsWith('1. MITI WILL SEND A TEAM. MANSFIELD UNQTE')).toBe(true);
    expect(c.signer).toBe('VANCE');
  });

  it('keeps a quoted message in the block that quotes it in a body with no numbers (era red team 159)', () => {
    const ps = parseParagraphs(
      body(
        'PRIME MINISTER ESHKOL ASKED ME TO TRANSMIT THE FOLLOWING LETTER TO THE PRESIDENT:',
        '',
        'QUOTE',
        '',
        'DEAR MR. PRESIDENT: I WRITE TO YOU AT A GRAVE HOUR.',
        '',
        'LEVI ESHKOL',
        '',
        'UNQUOTE',
        '',
        'I TOLD THE PRIME MINISTER I WOULD SEND HIS LETTER AT ONCE.',
      ),
    );
    expect(ps.map((p) => p.number)).toEqual([null, null]);
    expect(ps[0]?.text).toBe(
      'PRIME MINISTER ESHKOL ASKED ME TO TRANSMIT THE FOLLOWING LETTER TO THE PRESIDENT:\n\nQUOTE\n\nDEAR MR. PRESIDENT: I WRITE TO YOU AT A GRAVE HOUR.\n\nLEVI ESHKOL\n\nUNQUOTE',
    );
  });

  it('reads QUOTE the verb inside a repeated cable as no quotation mark: the repeat still closes at its UNQUOTE (era red team 168)', () => {
    const c = parseCable(
      [
        'C O N F I D E N T I A L STATE 135214',
        '',
        'SUBJECT: REPEAT OF VIENTIANE 5512',
        '',
        '1. FOLLOWING REPEAT VIENTIANE 5512 SENT ACTION SECSTATE INFO BANGKOK',
        'MARCH 19. QUOTE',
        'C O N F I D E N T I A L VIENTIANE 5512',
        '',
        'SUBJECT: SOUVANNA ON BOMBING PAUSE',
        '',
        '1. SOUVANNA TOLD ME THIS MORNING THAT HE WOULD NOT ENDORSE A PAUSE.',
        '',
        '2. HE ASKED THAT WE NOT QUOTE HIM ON NORTH VIETNAMESE TROOP NUMBERS.',
        'SULLIVAN',
        'UNQUOTE',
        '',
        '2. FOR SAIGON: THE DEPARTMENT WOULD APPRECIATE EMBASSY VIEWS. WE NOTE THAT THE PHRASE BEFORE',
        'END QUOTE IN HIS DRAFT WAS CHANGED TWICE.',
        'RUSK',
      ].join('\n'),
    );
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(c.paragraphs[0]?.text).toContain('NOT QUOTE HIM ON NORTH VIETNAMESE TROOP NUMBERS. SULLIVAN');
    expect(c.paragraphs[1]?.text).toBe('FOR SAIGON: THE DEPARTMENT WOULD APPRECIATE EMBASSY VIEWS. WE NOTE THAT THE PHRASE BEFORE END QUOTE IN HIS DRAFT WAS CHANGED TWICE.');
    expect(c.signer).toBe('RUSK');
  });

  it('guard: a word quoted inline after a modal stays a pair of marks', () => {
    const ps = parseParagraphs(
      body('1. FOLLOWING REPEATS VIENTIANE 1234. QUOTE', '', '1. HE WOULD QUOTE NEVER UNQUOTE ACCEPT A NEUTRAL ZONE. SULLIVAN', '', 'UNQUOTE', '', '2. FOR SAIGON: PLEASE PASS TO THE AMBASSADOR.'),
    );
    expect(ps.map((p) => p.number)).toEqual(['1', '2']);
  });

  it('guard: QUOTE after SAID opens a quotation whatever word follows it', () => {
    const ps = parseParagraphs(
      body('1. FOLLOWING IS STATEMENT. MINISTER SAID QUOTE', '', '1. THE GOVERNMENT WILL NOT YIELD.', '', '2. IT WILL NEGOTIATE. UNQUOTE', '', '2. EMBASSY WILL REPORT.'),
    );
    expect(ps.map((p) => p.number)).toEqual(['1', '2']);
  });

  it('reads END QUOTE in running text as a closing mark, not an opening QUOTE (era red team 150)', () => {
    const ps = parseParagraphs(
      body(
        '1. SUMMARY: SOVIETS TABLED AN AMENDMENT. END SUMMARY.',
        '',
        '2. OVINNIKOV SAID QUOTE: THE WEST PROTECTS PRETORIA. UNQUOTE. SHERER REPLIED QUOTE: WE VOTED FOR EVERY MEASURE.',
        'END QUOTE. GHANA DID NOT SPEAK.',
        '',
        '3. TEXT OF THE AMENDMENT FOLLOWS:',
        '',
        'QUOTE',
        '',
        '5. CONDEMNS THE COLLABORATION;',
        '',
        'UNQUOTE',
        '',
        '4. ACTION REQUESTED: GUIDANCE.',
      ),
    );
    expect(ps.map((p) => p.number)).toEqual(['1', '2', '3', '4']);
    expect(ps[1]?.text.endsWith('END QUOTE. GHANA DID NOT SPEAK.')).toBe(true);
  });

  it('leaves a QUOTE that no UNQUOTE closes, and a quote closed in its own paragraph, alone (guard)', () => {
    expect(numbers(body('1. HE GAVE A PRICE QUOTE.', '', '2. NEXT.', '', '3. LAST.'))).toEqual(['1', '2', '3']);
    expect(numbers(body('1. HE SAID QUOTE WE AGREE UNQUOTE.', '', '2. NEXT.', '', '3. LAST UNQUOTE.'))).toEqual(['1', '2', '3']);
  });
});

describe('a number typed with a space before its dot (era red team 16)', () => {
  it('is a label before a portion marking: 1 . (C)', () => {
    const ps = parseParagraphs(['1 . (C) Summary: Talks stalled. End Summary.', '', '2 . (C) BNP said no.'].join('\n'));
    expect(ps.map((p) => [p.number, p.marking, p.text])).toEqual([
      ['1', 'C', 'Summary: Talks stalled. End Summary.'],
      ['2', 'C', 'BNP said no.'],
    ]);
  });

  it('is text without a marking (guard)', () => {
    expect(parseParagraphs(['1. (C) The vote was 3 to', '1 . That is all.'].join('\n')).map((p) => p.number)).toEqual(['1']);
  });
});

describe('initials opening a block (era red team 32)', () => {
  it('reads I. A. Rehman as a name inside the paragraph, not the label I', () => {
    const ps = parseParagraphs(['1. (C) Text.', '', '2. (C) Activists met poloff.', '', 'I. A. Rehman expects the commission to act.', '', '3. (C) More.'].join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2', '3']);
    expect(ps[1]?.text).toBe('Activists met poloff.\n\nI. A. Rehman expects the commission to act.');
  });

  it('still reads a roman or letter label before a title or a text (guard)', () => {
    expect(parseParagraphs(['I. BACKGROUND', '', 'A. The talks began.', '', 'B. U.S. officials said no.'].join('\n')).map((p) => p.number)).toEqual(['I', 'A', 'B']);
  });

  it('reads initials and a name in capitals as a heading, not a label (`S. A. HOSSAIN`, `I. A. K. SEN`; era red team 71)', () => {
    for (const name of ['S. A. HOSSAIN, HOME MINISTER', 'I. A. HOSSAIN, HOME MINISTER', 'M. K. A. CHOWDHURY, FOREIGN MINISTER']) {
      const ps = parseParagraphs(['1. (C) The cabinet was sworn in.', '', name, '-'.repeat(name.length), '', '2. (C) He will oversee the police.'].join('\n'));
      expect(ps.map((p) => [p.number, p.heading]), name).toEqual([
        ['1', null],
        ['2', name],
      ]);
      expect(ps[0]?.text, name).toBe('The cabinet was sworn in.');
    }
  });
});

describe('an unmarked number wrapped to a line start in a cable that marks its paragraphs (era red team 37)', () => {
  it('is no paragraph: ... move Ghana to Tier / 2. Officials promised', () => {
    const ps = parseParagraphs(['1. (SBU) Summary: The review could move Ghana to Tier', '2. Officials promised new shelters. End Summary.', '', '2. (SBU) The ministry met.', '', '3. (SBU) More.'].join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2', '3']);
    expect(ps[0]?.text).toBe('Summary: The review could move Ghana to Tier 2. Officials promised new shelters. End Summary.');
  });

  it('still splits where the cable does not mark its paragraphs (a name list before the number, guard)', () => {
    const ps = parseParagraphs(['54. Text.', '', '55. More text.', 'ISN Acting Assistant Secretary Jane Doe XXXXXXXXXXXX', '56. ISN Acting Assistant Secretary Doe cleared this cable.'].join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['54', '55', '56']);
  });
});

describe('a number with a lower-case word after it goes on the sentence (era red team 37)', () => {
  it('across a page marker and after an abbreviation', () => {
    const ps = parseParagraphs(
      [
        '1. (C) The count was complete as of Dec.',
        '3. unknown to us.',
        '',
        '2. (C) The "Yes" won in only',
        'CARACAS 00002214  001.2 OF 003',
        '4. of the 24 states by more than 10 points.',
        '',
        '3. (C) More.',
      ].join('\n'),
    );
    expect(ps.map((p) => p.number)).toEqual(['1', '2', '3']);
    expect(ps[1]?.text).toBe('The "Yes" won in only 4. of the 24 states by more than 10 points.');
  });

  it('still starts a paragraph with a redaction after the number (guard)', () => {
    const ps = parseParagraphs(['5. (C) Text.', '', '"Incredible Opportunity" for Private Investment', 'SHANGHAI 00000160  003 OF 006', '6. xxxxxxxxxxxx said more.'].join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['5', '6']);
  });
});

describe('a date wrapped after its month\'s abbreviation (`on Oct.` / `15. ...`; era red team 37 leftover)', () => {
  it('reads the day as the date, not the next paragraph, after a page break or inside a block', () => {
    const ps = parseParagraphs(
      [
        '3. (C) The commission next meets on Oct.',
        '4. The date was set by the ministry.',
        '',
        '4. (C) The visit is now set for Oct.',
        'ANKARA 00001804  001.2 OF 002',
        '',
        '5. It had been postponed twice.',
        '',
        '5. (C) Comment: The vote was the largest margin. End Comment.',
      ].join('\n'),
    );
    expect(ps.map((p) => p.number)).toEqual(['3', '4', '5']);
    expect(ps[0]?.text).toBe('The commission next meets on Oct. 4. The date was set by the ministry.');
    expect(ps[1]?.text).toBe('The visit is now set for Oct. 5. It had been postponed twice.');
  });

  it('still starts a paragraph at a marked number, or a number past 31, after the abbreviation (guard)', () => {
    expect(parseParagraphs(['31. (C) The talks resume in Oct.', '32. The agenda is set.'].join('\n')).map((p) => p.number)).toEqual(['31', '32']);
    expect(parseParagraphs(['3. (C) The talks resume in Oct.', '4. (C) The agenda is set.'].join('\n')).map((p) => p.number)).toEqual(['3', '4']);
  });

  it('starts a paragraph after a whole date, a day before the month (`BY 13 FEB.` / `3. AGENDA ...`; era red team 103)', () => {
    const text = ['1. THIS MESSAGE PROVIDES INSTRUCTIONS FOR THE', 'CONFERENCE.', '2. OFFICES ARE REQUESTED TO CONFIRM', 'ATTENDANCE BY 13 FEB.', '3. AGENDA WILL FOLLOW BY SEPCOR.'].join('\n');
    const ps = parseParagraphs(text);
    expect(ps.map((p) => p.number)).toEqual(['1', '2', '3']);
    expect(ps[1]?.text).toBe('OFFICES ARE REQUESTED TO CONFIRM ATTENDANCE BY 13 FEB.');
    // (The day after the month still goes on: `set for 13 Oct.` has its day; `on Oct.` / `4.` does not.)
    expect(parseParagraphs(['3. (C) The commission meets on Oct.', '4. The date was set by the ministry.'].join('\n')).map((p) => p.number)).toEqual(['3']);
  });
});

describe('a form of numbered fields, one per line (era red team 73)', () => {
  it('reads each field as a paragraph, whatever ends the line before', () => {
    const ps = parseParagraphs(['1. NAME: TREVINO, ROSA MARIA', '2. DPOB: 02/11/1962, SAN ANTONIO, TX', '3. PPT NO: 051276604', '4. CIRCUMSTANCES: STOLEN FROM RENTAL CAR;', 'POLICE REPORT FILED.', '5. CLASS ENTRY: REQUESTED.'].join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(ps[0]?.text).toBe('NAME: TREVINO, ROSA MARIA');
    expect(ps[3]?.text).toBe('CIRCUMSTANCES: STOLEN FROM RENTAL CAR; POLICE REPORT FILED.');
  });

  it('keeps short title lines and a run of two fields in the paragraph (guard)', () => {
    expect(parseParagraphs(['9. Latin America Leaders Meet in Manaus', '10. Brazil: River Peoples Win a Hearing', '11. Peru: Talks Resume'].join('\n')).map((p) => p.number)).toEqual(['9']);
    expect(parseParagraphs(['1. NAME: TREVINO, ROSA MARIA', '2. DPOB: 02/11/1962, SAN ANTONIO, TX'].join('\n')).map((p) => p.number)).toEqual(['1']);
  });
});

describe('a count wrapped to a line start before the same label in a surer place (era fixtures 360, 362, 363)', () => {
  it('is text when the same number opens a later block', () => {
    const ps = parseParagraphs(body('2. THE RESULTS CAME LATE.', 'THE DELAY WAS CAUSED BY A RECOUNT IN PUNO, WHERE THE FOCEP SLATE WON', '3. THE RECOUNT GAVE THE PSR AN EXTRA SEAT.', '', '3. THE FINAL SEAT COUNT IS:', 'APRA 37', '', '4. THE ASSEMBLY MEETS IN JULY.'));
    expect(ps.map((p) => p.number)).toEqual(['2', '3', '4']);
    expect(ps[0]?.text).toBe('THE RESULTS CAME LATE. THE DELAY WAS CAUSED BY A RECOUNT IN PUNO, WHERE THE FOCEP SLATE WON 3. THE RECOUNT GAVE THE PSR AN EXTRA SEAT.');
  });

  it('is text when the same number follows a closing quote in the same block, which then starts the paragraph', () => {
    const ps = parseParagraphs(body('3. THE MARGIN FELL. IN THE JLP COUNT THE PNP CARRIED', '4. THE JLP SAYS VOTERS WERE TURNED AWAY. THE PNP ANSWERED WITH', 'A PAMPHLET CALLED "THE PEOPLE HAVE SPOKEN"', '4. THE PRIME MINISTER SAID HE WOULD SEEK NO EARLY ELECTION.', '5. COMMENT: THE MARGINS WILL WORRY THE PNP. END COMMENT.'));
    expect(ps.map((p) => p.number)).toEqual(['3', '4', '5']);
    expect(ps[1]?.text).toBe('THE PRIME MINISTER SAID HE WOULD SEEK NO EARLY ELECTION.');
  });

  it('still starts a paragraph when the number does not come again, or comes again only inside a sentence (guard)', () => {
    expect(numbers(body('1. THE MINISTRY WILL ACT.', 'NEXT STEPS WILL BE TAKEN WITHOUT DELAY BY THE MINISTRY', '2. THE BANK WILL ACT NEXT WEEK.'))).toEqual(['1', '2']);
    expect(numbers(body('1. THE MINISTRY WILL ACT.', 'THE MINISTRY WILL ACT WITHOUT DELAY AND THE BANK WILL FOLLOW IN TURN', '2. THE BANK RAISED RATES BY', '2. PERCENT LAST WEEK.'))).toEqual(['1', '2']);
  });
});

describe('keyed labels typed with a dot or a parenthesized letter (era fixture 393)', () => {
  it('reads `23.A.` and `27(a).` as `23A` and `27A`', () => {
    expect(matchKeyedLabel('23.A. (SBU) WHAT SERVICES DOES THE GOVERNMENT PROVIDE?')).toEqual({ label: '23A', length: 6 });
    expect(matchKeyedLabel('27(a). (SBU) PROSECUTION: Poloff asked')).toEqual({ label: '27A', length: 7 });
    expect(matchKeyedLabel('23.A-B.  The ministry funds shelters.')?.label).toBe('23A-B');
    expect(followsKeyedLabel('27A', '27B')).toBe(true);
  });

  it('numbers the paragraphs of a reply keyed that way', () => {
    const ps = parseParagraphs(body('1. (U) This answers ref A paragraphs 23 and 27.', '', '23.A. (SBU) The ministry funds eight shelters.', '', '23.B. (U) Victims identified rose.', '', '27(a). (SBU) PROSECUTION: The police registered 178 cases.', '', '27(b). (U) Convictions rose from 42 to 58.'));
    expect(ps.map((p) => [p.number, p.marking])).toEqual([['1', 'U'], ['23A', 'SBU'], ['23B', 'U'], ['27A', 'SBU'], ['27B', 'U']]);
    expect(ps[3]?.text).toBe('PROSECUTION: The police registered 178 cases.');
  });

  it('reads a capital letter in parentheses too, `27(A).`, over a question in capitals (era red team 318, session 27)', () => {
    expect(matchKeyedLabel('27(A). (C) HAS THE GOVERNMENT PROSECUTED ANY PUBLIC OFFICIALS')).toEqual({ label: '27A', length: 7 });
    const ps = parseParagraphs(body('1. (U) This answers ref A paragraph 27.', '', '27(A). (C) HAS THE GOVERNMENT PROSECUTED ANY PUBLIC OFFICIALS', 'FOR COMPLICITY IN TRAFFICKING?', '', 'No.  A police contact told Poloff no case was opened.', '', '27(B). (U) DOES THE GOVERNMENT HAVE A NATIONAL PLAN?', '', 'A draft plan exists.', '', '2. (U) Post will report further.'));
    expect(ps.map((p) => [p.number, p.marking, p.heading])).toEqual([['1', 'U', null], ['27A', 'C', null], ['27B', 'U', null], ['2', 'U', null]]);
    expect(ps[1]?.text).toBe('HAS THE GOVERNMENT PROSECUTED ANY PUBLIC OFFICIALS FOR COMPLICITY IN TRAFFICKING?\n\nNo. A police contact told Poloff no case was opened.');
  });

  it('leaves a dotted section number or a lower-case reference alone (guard)', () => {
    expect(matchKeyedLabel('23.5 percent of the budget')).toBeNull();
    expect(matchKeyedLabel('5(A). of the act applies')).toBeNull();
    expect(matchKeyedLabel('5(a). of the act applies')).toBeNull();
    expect(numbers(body('1. (U) The act applies.', '', 'Section 5(a). The minister may act.'))).toEqual(['1']);
  });
});

describe('keyed labels in parentheses without the dot after them, before a marking (era red team 408, session 29)', () => {
  it('reads `4(a) (SBU)`, `3 (a) (SBU)`, `4.(a) (SBU)`, `4(a): (SBU)` and `4a) (SBU)` as `4A` and `3A`', () => {
    expect(matchLabel('4(a) (SBU) Prosecutions: Between January and June')).toEqual({ label: '4A', length: 5 });
    expect(matchLabel('3 (a) (SBU) Yes.  The agency licenses importers.')).toEqual({ label: '3A', length: 6 });
    expect(matchLabel('4.(a) (SBU) Protection: The ministry opened a shelter.')?.label).toBe('4A');
    expect(matchLabel('4(a): (SBU) Prevention: No change.')).toEqual({ label: '4A', length: 6 });
    expect(matchLabel('12b) (U) No change since the 2005 report.')?.label).toBe('12B');
  });

  it('numbers the answers of a reply keyed that way, each with its marking', () => {
    const ps = parseParagraphs(body('1. (U) Post\'s responses to reftel para 4 follow.', '', '4(a) (SBU) Prosecutions: The police filed 96 cases.', '', '4(b) (SBU) Protection: A second shelter opened.', '', '4(c) (U) Prevention: No change.', '', '5. (U) Post\'s TIP officer is Mark Lambert.'));
    expect(ps.map((p) => [p.number, p.marking])).toEqual([['1', 'U'], ['4A', 'SBU'], ['4B', 'SBU'], ['4C', 'U'], ['5', 'U']]);
    expect(ps[1]?.text).toBe('Prosecutions: The police filed 96 cases.');
  });

  it('ends an answer `No.` after the question: the next keyed label is no law\'s number (era red team 413, session 29)', () => {
    const ps = parseParagraphs(body('1. (U) Keyed to ref A.', '', '23.B. (U) ARE THERE RELIABLE ESTIMATES? No.', '', '23.C. (SBU) HAS THE GOVERNMENT ACTED? Yes.', '', '23.D. (U) HOW MANY? None.'));
    expect(ps.map((p) => [p.number, p.marking, p.text])).toEqual([
      ['1', 'U', 'Keyed to ref A.'],
      ['23B', 'U', 'ARE THERE RELIABLE ESTIMATES? No.'],
      ['23C', 'SBU', 'HAS THE GOVERNMENT ACTED? Yes.'],
      ['23D', 'U', 'HOW MANY? None.'],
    ]);
  });

  it('leaves a sub-paragraph named in a sentence, without a marking after it, alone (guard)', () => {
    expect(matchLabel('4(a) of the act applies to all brokers.')).toBeNull();
    expect(matchLabel('3 (a) and (b) were answered in reftel.')).toBeNull();
  });
});

describe('keyed labels typed with a space after the dot, or with a lower-case letter, before a marking (era red team 177)', () => {
  it('reads `23. A. (C)`, `3.a. (SBU)` and `3a. (SBU)` as `23A` and `3A`', () => {
    expect(matchLabel('23. A. (C) Yes. The government funds shelters.')).toEqual({ label: '23A', length: 7 });
    expect(matchLabel('3.a. (SBU) Mali has no terrorist safe havens.')).toEqual({ label: '3A', length: 5 });
    expect(matchLabel('3a. (SBU) Mali has no terrorist safe havens.')?.label).toBe('3A');
  });

  it('numbers the answers of a reply keyed that way, each with its marking', () => {
    const spaced = parseParagraphs(body('1. (U) Responses are keyed to ref A, para 23.', '', '23. A. (C) Yes. The government funds shelters.', '', '23. B. (SBU) Victims identified rose.', '', '24. (U) No change.'));
    expect(spaced.map((p) => [p.number, p.marking, p.text])).toEqual([
      ['1', 'U', 'Responses are keyed to ref A, para 23.'],
      ['23A', 'C', 'Yes. The government funds shelters.'],
      ['23B', 'SBU', 'Victims identified rose.'],
      ['24', 'U', 'No change.'],
    ]);
    const lower = parseParagraphs(body('1. (U) Responses follow.', '', '3.a. (SBU) Mali has no safe havens.', '', '3.b. (SBU) The army patrols the north.', '', '4. (U) POC is Poloff Jones.'));
    expect(lower.map((p) => [p.number, p.marking])).toEqual([['1', 'U'], ['3A', 'SBU'], ['3B', 'SBU'], ['4', 'U']]);
  });

  it('guard: without a marking `23. A.` is the number 23 and its text', () => {
    expect(matchLabel('23. A. Smith attended the meeting.')).toEqual({ label: '23', length: 4 });
    expect(matchLabel('3.a. is not a label')).toBeNull();
  });
});

describe('a number in capitals after an old page header, going on a sentence the page cut (era fixture 367)', () => {
  const page = ['CONFIDENTIAL', '', 'PAGE 02        GENEVA  04471  01 OF 02  231745Z', ''];

  it('is text when the line before goes on into a number and the same label comes again after a blank line', () => {
    const ps = parseParagraphs(body('3. THE CHAIRMAN CIRCULATED A PAPER WHICH REVISES ELEMENTS 1 THROUGH', ...page, '4. OF THE CONSOLIDATED TEXT. THE UK SUPPORTED IT.', '', '4. ISSRAELYAN SAID THE USSR COULD ACCEPT IT.'));
    expect(ps.map((p) => p.number)).toEqual(['3', '4']);
    expect(ps[0]?.text).toBe('THE CHAIRMAN CIRCULATED A PAPER WHICH REVISES ELEMENTS 1 THROUGH 4. OF THE CONSOLIDATED TEXT. THE UK SUPPORTED IT.');
  });

  it('starts the paragraph when that label does not come again (guard: a sentence lost at a section break)', () => {
    const ps = parseParagraphs(body('4. THE COUNCIL WILL TAKE UP RENEWAL ON MAY', ...page, '5. THE COUNCIL VOTE IS EXPECTED TO BE 15-0.', '', '6. FOR BELGRADE: EMBASSY SHOULD STRESS THE LINE.'));
    expect(ps.map((p) => p.number)).toEqual(['4', '5', '6']);
  });
});

describe('the next number under a title framed by rules, no blank lines (a press digest that lost them)', () => {
  it('starts a paragraph after a mixed-case framed title, not after text with a rule on one side only', () => {
    const ps = parseParagraphs(body('2. Table of Contents', '--(3)Embrapa and BASF create a soybean variety', '----------- Agriculture -----------', '3. Embrapa and Basf Create a Soybean Variety AUG. 08, 2007 - The agency announced it. Source - Estado de Sao Paulo', '----------- Forests -----------', '4. Brazil Launches Inquiry into Illegal Logging Claims AUG. 23, 2007 - Brazil opened an inquiry. Source - Independent'));
    expect(ps.map((p) => p.number)).toEqual(['2', '3', '4']);
  });

});

describe('a later number in a list is no surer place (era red team 101)', () => {
  it('keeps a real label after a page header when the next paragraph\'s list reaches its number', () => {
    const page = ['CONFIDENTIAL', '', 'PAGE 02        GENEVA  04471  01 OF 02  231745Z', ''];
    const ps = parseParagraphs(body('3. THE GROUP AGREED ON A TIMETABLE: REPORT TO PLENARY BY 29 APRIL', ...page, '4. THE GROUP OF 21 TABLED ITS ELEMENTS:', '1. A BAN. 2. DESTRUCTION. 3. AN INSTRUMENT.', '4. REVIEW EVERY FIVE YEARS.', '', '5. NEXT MEETING APRIL 29.'));
    expect(ps.map((p) => p.number)).toEqual(['3', '4', '5']);
    expect(ps[1]?.text.startsWith('THE GROUP OF 21 TABLED')).toBe(true);
  });

  it('keeps a real label after a source in parentheses when a quoted communique repeats its number', () => {
    const ps = parseParagraphs(body('1. THE PRESS REPORTED THE TALKS. THE EDITORIAL RAN IN (AL-RAI,', 'MARCH 13)', '2. THE FOREIGN MINISTER SPOKE. THE COMMUNIQUE SAID:', '"1. THE MINISTERS MET. 2. THEY AGREED."'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2']);
  });
});

describe('a lettered item wrapped after a word no sentence ends on (era leftover 406)', () => {
  it('reads a line opening with the next letter as the item going on (`... CO. AND` / `C. ITOH AND CO.`)', () => {
    const text = ['3. (LOU) HE GAVE THIS BREAKDOWN:', '', '   A. EUROPEAN FABRICATORS, 41 PERCENT.', '', '   B. JAPANESE TRADING HOUSES, CHIEFLY', 'THROUGH MITSUI AND CO. AND', 'C. ITOH AND CO., LTD., WHICH ASKED FOR LOWER PREMIUMS.', '', '   C. U.S. BUYERS, 14 PERCENT.'].join('\n');
    const ps = parseParagraphs(text);
    expect(ps.map((p) => p.number)).toEqual(['3', 'A', 'B', 'C']);
    expect(ps[2]?.text).toBe('JAPANESE TRADING HOUSES, CHIEFLY THROUGH MITSUI AND CO. AND C. ITOH AND CO., LTD., WHICH ASKED FOR LOWER PREMIUMS.');
    expect(ps[3]?.text).toBe('U.S. BUYERS, 14 PERCENT.');
  });

  it('still opens the next item after a legal list\'s `; and`', () => {
    const ps = parseParagraphs(['1. THE PARTIES SHALL:', 'A. EXCHANGE DATA; AND', 'B. MEET EACH YEAR.'].join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['1', 'A', 'B']);
  });
});

describe('numbers that only look like labels (era red team 108)', () => {
  it('reads a number after `No.` as the number when the same label opens a paragraph soon after', () => {
    const text = ['2. The GOE raised the flour allowance under Ministerial Decree No.', '3.  The decree, issued March 2, adds 300 tons a day.', '', '3. Moselhy said the press had misquoted the Minister.'].join('\n');
    const ps = parseParagraphs(text);
    expect(ps.map((p) => p.number)).toEqual(['2', '3']);
    expect(ps[0]?.text).toBe('The GOE raised the flour allowance under Ministerial Decree No. 3. The decree, issued March 2, adds 300 tons a day.');
  });

  it('still opens the paragraph after `No.` when no later paragraph has its number (guard)', () => {
    expect(parseParagraphs(['2. HE WAS ASKED TO STAY, AND THE ANSWER WAS NO.', '3. THE TALKS END TODAY.'].join('\n')).map((p) => p.number)).toEqual(['2', '3']);
  });

  it('reads a number after `No.` put after a blank line as the number when the next block opens with it too', () => {
    // A page reflowed to one line per paragraph broke each `Law No. 5.` before its number.
    const text = [
      '4.The Investment Board was created as the implementing agency for Law No.',
      '',
      '5.The Board was replaced in 2009 by a similar body for companies entering under Law No.',
      '',
      '5.PIB approval is required for most projects.',
      '',
      '5.Libyan legal requirements on foreign companies present challenges.',
      '',
      '6.The promulgation of Law 443 changed the rules.',
    ].join('\n');
    const ps = parseParagraphs(text);
    expect(ps.map((p) => p.number)).toEqual(['4', '5', '6']);
    expect(ps[0]?.text).toBe('The Investment Board was created as the implementing agency for Law No. 5.The Board was replaced in 2009 by a similar body for companies entering under Law No. 5.PIB approval is required for most projects.');
    expect(ps[1]?.text).toBe('Libyan legal requirements on foreign companies present challenges.');
  });

  it('still opens the paragraph after a blank line and `No.` when the next block has another number (guard)', () => {
    const ps = parseParagraphs(['4. THE MINISTER WAS ASKED IF TALKS WOULD RESUME. HE SAID NO.', '', '5. THE TALKS END TODAY.', '', '6. COMMENT: NONE.'].join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['4', '5', '6']);
  });

  it('reads a number split after its decimal point across an inserted blank line as the sentence going on', () => {
    const ps = parseParagraphs(['1. (C) Output fell to', '', '12. 5 percent above the 2004 level, the ministry said.', '', '2. (C) Next.'].join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2']);
    expect(ps[0]?.text).toBe('Output fell to 12. 5 percent above the 2004 level, the ministry said.');
  });
});

describe('a letter list whose items end with a conjunction (era red team 112)', () => {
  it('opens items after `..., AND`', () => {
    const ps = parseParagraphs(['1. TEXT ONE.', '2. EMBASSY SHOULD APPROACH THE FOREIGN MINISTRY AT THE HIGHEST', 'APPROPRIATE LEVEL AND MAKE THE FOLLOWING POINTS:', 'A. THE U.S. REMAINS COMMITTED TO A NEGOTIATED SETTLEMENT AND TO', 'THE TERRITORIAL INTEGRITY OF CROATIA, AND', 'B. WE EXPECT THE GOVERNMENT TO RESTORE FULL FREEDOM OF MOVEMENT.', '3. NEXT.'].join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2', 'A', 'B', '3']);
    expect(ps[2]?.text).toBe('THE U.S. REMAINS COMMITTED TO A NEGOTIATED SETTLEMENT AND TO THE TERRITORIAL INTEGRITY OF CROATIA, AND');
  });
});

describe('a body whose only labels are a quoted statement\'s (era red team 183)', () => {
  it('keeps the block after END TEXT a paragraph of its own', () => {
    const ps = parseParagraphs(
      [
        'FOLLOWING IS THE TEXT OF THE STATEMENT THE U.S. REPRESENTATIVE',
        'WILL DELIVER ON ITEM 12.',
        '',
        'BEGIN TEXT:',
        'MR. CHAIRMAN, WE WISH TO MAKE THREE POINTS.',
        '',
        '1.  FIRST, NO GOVERNMENT CAN CLAIM A DOMESTIC MATTER.',
        '',
        '2.  SECOND, THE COMMISSION SHOULD ACT WITHIN THE YEAR.',
        '',
        'THANK YOU, MR. CHAIRMAN.',
        'END TEXT.',
        '',
        'MISSION SHOULD REPORT THE REACTION OF THE WESTERN GROUP BY CABLE.',
      ].join('\n'),
    );
    expect(ps.map((p) => p.number)).toEqual([null, null]);
    expect(ps[0]?.text).toContain('2. SECOND, THE COMMISSION SHOULD ACT WITHIN THE YEAR.\n\nTHANK YOU, MR. CHAIRMAN. END TEXT.');
    expect(ps[1]?.text).toBe('MISSION SHOULD REPORT THE REACTION OF THE WESTERN GROUP BY CABLE.');
  });

  it('guard: in a numbered cable the blocks after END TEXT stay the quoting paragraph\'s', () => {
    const ps = parseParagraphs(['1. FOLLOWING IS THE TEXT. BEGIN TEXT:', '', '1. FIRST POINT.', '', '2. SECOND POINT.', 'END TEXT.', '', 'MISSION SHOULD REPORT.', '', '2. DEPARTMENT THANKS MISSION.'].join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2']);
    expect(ps[0]?.text.endsWith('END TEXT.\n\nMISSION SHOULD REPORT.')).toBe(true);
  });
});

describe('a quoted text whose first item is on the line right under BEGIN TEXT (era red team 185)', () => {
  it('joins the item to the host line with one space, as lines of one block are', () => {
    const ps = parseParagraphs(['4. PARA 5 SHOULD READ AS BELOW.', '', '5. ADD NEW PARA 6 AS FOLLOWS. BEGIN TEXT:', '6. (C) DELEGATION MAY INFORM SOVIETS OF THE DRAFT. END TEXT.', '', '6. DEPARTMENT REGRETS THE ERROR.'].join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['4', '5', '6']);
    expect(ps[1]?.text).toBe('ADD NEW PARA 6 AS FOLLOWS. BEGIN TEXT: 6. (C) DELEGATION MAY INFORM SOVIETS OF THE DRAFT. END TEXT.');
  });

  it('guard: with a blank line between, the item is a block of its own', () => {
    const ps = parseParagraphs(['5. ADD NEW PARA 6 AS FOLLOWS. BEGIN TEXT:', '', '6. (C) DELEGATION MAY INFORM SOVIETS OF THE DRAFT. END TEXT.', '', '6. DEPARTMENT REGRETS THE ERROR.'].join('\n'));
    expect(ps[0]?.text).toBe('ADD NEW PARA 6 AS FOLLOWS. BEGIN TEXT:\n\n6. (C) DELEGATION MAY INFORM SOVIETS OF THE DRAFT. END TEXT.');
  });
});

describe('a quoted text numbered as where it comes from, its end never written (reading audit 16, 09UNVIEVIENNA218)', () => {
  it('is text of the paragraph quoting it, up to the cable\'s end', () => {
    const ps = parseParagraphs(
      [
        '12. (C) The Board will take up the report on June 8.',
        '',
        '13. (S) Begin text of SIR (GOV/2009/24) paragraphs 42-43',
        'dealing with Egypt:',
        '',
        'B.1.7. Arab Republic of Egypt',
        '',
        '42. Following Agency enquiries, Egypt provided information.',
        '',
        '43. For 2008, the Agency found no indication of undeclared material.',
      ].join('\n'),
    );
    expect(ps.map((p) => p.number)).toEqual(['12', '13']);
    expect(ps[1]?.text).toContain('42. Following Agency enquiries');
  });

  it('guard: the cable\'s next number after the quoted items is the cable\'s', () => {
    const ps = parseParagraphs(['13. (S) Begin text of the report paragraphs 42-43:', '', '42. Egypt provided information.', '', '43. No indication.', '', '14. (C) Comment: The Board will act.'].join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['13', '14']);
  });
});

describe('a stretch of another classification set off by BEGIN and END lines (era red team 208)', () => {
  it('opens the unmarked paragraph after `BEGIN UNCLASSIFIED` in a marked cable', () => {
    const ps = parseParagraphs(
      ['1. (C) SUMMARY: THE CAUCUS DEBATED FOR FOUR HOURS. END SUMMARY.', '', 'BEGIN UNCLASSIFIED', '2. JAHN TOLD THE PRESS THE CAUCUS "FULLY SUPPORTS" THE', 'CHANCELLOR.', 'END UNCLASSIFIED', '', '3. (C) A CHANCELLERY OFFICIAL SPOKE.'].join('\n'),
    );
    expect(ps.map((p) => [p.number, p.marking])).toEqual([
      ['1', 'C'],
      ['2', null],
      ['3', 'C'],
    ]);
    expect(ps[1]?.text.startsWith('JAHN TOLD THE PRESS')).toBe(true);
  });

  it('guard: an unmarked number after a line that does not end a sentence still goes on the sentence', () => {
    const ps = parseParagraphs(['1. (C) THE CAUCUS MET ON', '2. OCCASIONS THIS YEAR.', '', '3. (C) NEXT.'].join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['1', '3']);
  });
});

describe('a statement quoted inside one pair of quotation marks, numbered on its own (era red team 209)', () => {
  it('stays in the paragraph that quotes it, the cable numbering resuming after it', () => {
    const ps = parseParagraphs(
      [
        '2. (U) The MFA statement reads in full:',
        '',
        '"1. The Ministry has followed the statements of the Council.',
        '',
        '2. The Government reaffirms that the African Union can carry out its mission.',
        '',
        '3. The Government will cooperate with the joint assessment."',
        '',
        '3. (C) MFA Under Secretary Siddiq said the statement closes no doors.',
      ].join('\n'),
    );
    expect(ps.map((p) => [p.number, p.marking])).toEqual([
      ['2', 'U'],
      ['3', 'C'],
    ]);
    expect(ps[0]?.text).toContain('The Ministry has followed');
    expect(ps[0]?.text).toContain('joint assessment."');
  });

  it('guard: a quoted sentence opening with `"1.` and no `2.` after it is left as it was', () => {
    const ps = parseParagraphs(['2. (U) He said:', '', '"1. We will not move." He left.', '', '3. (C) Next.'].join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['2', '3']);
    expect(ps[0]?.text).toContain('"1. We will not move."');
  });
});

describe('an excerpt of a document numbered on from the cable\'s own number (era file 1794)', () => {
  const excerpt = (next: string): string =>
    [
      '3. (SBU) The declaration sets out Ukraine\'s obligations. Paragraphs 4 to 6 read as follows:',
      '',
      '     4. Ukraine will adopt a law on the gas market.',
      '',
      '     5. Naftogaz Ukrainy will publish audited accounts.',
      '',
      '     6. The European Union will consider loans.',
      '',
      next,
    ].join('\n');

  it('stays in the paragraph that quotes it when the cable\'s next number, marked, repeats one of its numbers', () => {
    const ps = parseParagraphs(excerpt('4. (SBU) Naftogaz officials said the audit would take a year.'));
    expect(ps.map((p) => [p.number, p.marking])).toEqual([
      ['3', 'SBU'],
      ['4', 'SBU'],
    ]);
    expect(ps[0]?.text).toContain('4. Ukraine will adopt a law on the gas market.');
    expect(ps[0]?.text).toContain('6. The European Union will consider loans.');
    expect(ps[1]?.text).toBe('Naftogaz officials said the audit would take a year.');
  });

  it('guard: unmarked paragraphs going on in sequence, with no number repeated after them, stay paragraphs', () => {
    const ps = parseParagraphs(excerpt('7. (SBU) Naftogaz officials said the audit would take a year.'));
    expect(ps.map((p) => p.number)).toEqual(['3', '4', '5', '6', '7']);
  });

  it('reads ~200 kB of marked and unmarked paragraphs in sequence in linear time', () => {
    // Numbers 1 to 998 twelve times over (a paragraph number has at most three digits), every other one unmarked.
    const text = Array.from({ length: 12_000 }, (_, k) => (k % 2 === 0 ? `${(k % 998) + 1}. (C) Text.` : `${(k % 998) + 1}. Text.`)).join('\n\n');
    expect(text.length).toBeGreaterThan(150_000);
    let ps: ReturnType<typeof parseParagraphs> = [];
    expect(msUnder(1000, () => (ps = parseParagraphs(text)))).toBeLessThan(1000);
    expect(ps.slice(0, 4).map((p) => [p.number, p.marking])).toEqual([
      ['1', 'C'],
      ['2', null],
      ['3', 'C'],
      ['4', null],
    ]);
  });
});

describe('a list or an excerpt indented under a lead-in, whatever its numbers (era red team 218)', () => {
  const lead = (...run: string[]): string =>
    ['2.  THE DEFICIT WOULD BE FINANCED BY TREASURY BILLS.', '', '3.  KARPINSKI TOLD THE CHAMBER THAT THE OUTLINE RESTS ON THREE', 'ASSUMPTIONS:', '', ...run, '', '4.  THE FIRST-READING VOTE WENT BY CLUB.'].join('\n');

  it('stays in the paragraph that introduces it, the cable numbering resuming at the lead-in\'s indent', () => {
    const list = parseParagraphs(lead('     1.  GDP GROWTH OF 2 PERCENT;', '     2.  INFLATION OF 36 PERCENT;', '     3.  A REAL WAGE FREEZE.', '', 'HE ADMITTED THAT PENSIONS ARE THE LARGEST RISK.'));
    expect(list.map((p) => p.number)).toEqual(['2', '3', '4']);
    expect(list[1]?.text).toContain('1. GDP GROWTH OF 2 PERCENT; 2. INFLATION OF 36 PERCENT; 3. A REAL WAGE FREEZE.');
    expect(list[1]?.text).toContain('HE ADMITTED THAT PENSIONS');
    const excerpt = parseParagraphs(lead('       7.  DECIDES THAT ALL STATES SHALL REPORT;', '', '       8.  REQUESTS THE SECRETARY-GENERAL TO REPORT.'));
    expect(excerpt.map((p) => p.number)).toEqual(['2', '3', '4']);
    expect(excerpt[1]?.text).toContain('8. REQUESTS THE SECRETARY-GENERAL TO REPORT.');
  });

  it('guard: a run not indented, or not under a colon, or not followed by the next number, is left as it was', () => {
    expect(parseParagraphs(lead('       7.  DECIDES THAT ALL STATES SHALL REPORT;', '', '       8.  REQUESTS.').replace('4.  THE FIRST', '9.  THE FIRST')).map((p) => p.number)).toEqual(['2', '3', '7', '8', '9']);
    expect(parseParagraphs(lead('       7.  DECIDES THAT ALL STATES SHALL REPORT;', '', '       8.  REQUESTS.').replace('ASSUMPTIONS:', 'ASSUMPTIONS.')).map((p) => p.number)).toEqual(['2', '3', '7', '8', '4']);
  });

  it('reads ~200 kB of lead-ins over ever deeper labels in linear time', () => {
    // Each lead-in ends with a colon and the label under it stands deeper, to the end: no run ever resumes.
    const text = Array.from({ length: 6000 }, (_, k) => `${' '.repeat(k % 60)}${(k % 998) + 1}.  THE POINTS ARE AS FOLLOWS:`).join('\n\n');
    expect(text.length).toBeGreaterThan(150_000);
    let ps: ReturnType<typeof parseParagraphs> = [];
    expect(msUnder(1000, () => (ps = parseParagraphs(text)))).toBeLessThan(1000);
    expect(ps.length).toBeGreaterThan(0);
  });
});

describe('a quoted text in parts, closed by its end mark (era red team 243)', () => {
  const quoted = (...items: string[]): string =>
    ['5. (C) The chair circulated the text below.', '', '6. (U) Begin text:', '', 'I. UNIVERSAL PERIODIC REVIEW', '', '1. The review shall be cooperative.', '', '2. It shall cover all states.', '', 'II. SPECIAL PROCEDURES', '', ...items, 'End text.', '', '7. (C) Comment: The text is weak. End comment.', '', '8. (C) Next session in June.'].join('\n');

  it('keeps the numbers after the second part in the quote, below the host number or running past it', () => {
    for (const items of [
      ['3. The mandates shall be reviewed.', '', '4. Mandate holders shall be independent.', ''],
      ['3. The mandates shall be reviewed.', '', '4. Mandate holders shall be independent.', '', '5. Terms shall not exceed six years.', '', '6. Holders may serve twice.', '', '7. The Council shall review the list.', ''],
    ]) {
      const ps = parseParagraphs(quoted(...items));
      expect(ps.map((p) => p.number)).toEqual(['5', '6', '7', '8']);
      expect(ps[1]?.text).toContain('II. SPECIAL PROCEDURES\n\n3. The mandates shall be reviewed.');
      expect(ps[1]?.text.endsWith('End text.')).toBe(true);
    }
  });

  it('guard: without an end mark and the cable going on at its own next number, the numbers are the cable\'s', () => {
    const text = ['5. (C) The chair circulated the text.', '', '6. (U) Begin text:', '', 'I. REVIEW', '', '1. The review shall be cooperative.', '', 'II. PROCEDURES', '', '3. The mandates shall be reviewed.', '', '4. Mandate holders shall be independent.'].join('\n');
    expect(parseParagraphs(text).map((p) => p.number)).toEqual(['5', '6', '3', '4']);
  });
});

describe('a resolution quoted between QUOTE and UNQUOTE in a body without labels of its own (era red team 240)', () => {
  it('keeps the quote in the paragraph opening it; each block after UNQUOTE is a paragraph', () => {
    const text = [
      'THE SECURITY COUNCIL THIS EVENING ADOPTED THE FOLLOWING',
      'RESOLUTION BY A VOTE OF 13-0-2.',
      '',
      'QUOTE',
      '',
      'THE SECURITY COUNCIL,',
      '',
      '1.  CALLS UPON THE PARTIES TO COOPERATE;',
      '',
      '2.  DECIDES TO REVIEW THE MATTER.',
      '',
      'UNQUOTE',
      '',
      'AMBASSADOR YOUNG SPOKE AFTER THE VOTE.',
      '',
      'THE SOVIET DELEGATE EXPLAINED HIS ABSTENTION.',
    ].join('\n');
    const ps = parseParagraphs(text);
    expect(ps.map((p) => p.number)).toEqual([null, null, null]);
    expect(ps[0]?.text.endsWith('2. DECIDES TO REVIEW THE MATTER.\n\nUNQUOTE')).toBe(true);
    expect(ps.slice(1).map((p) => p.text)).toEqual(['AMBASSADOR YOUNG SPOKE AFTER THE VOTE.', 'THE SOVIET DELEGATE EXPLAINED HIS ABSTENTION.']);
  });
});

describe('a number typed twice before the marking (era red team 272, session 25)', () => {
  it('reads `4. 4. (C) ...` as paragraph 4 marked C', () => {
    const ps = parseParagraphs(['3. (C) TEXT.', '', '4. 4. (C) ON SECURITY ARRANGEMENTS IN HEBRON.', '', '5. (C) MORE.'].join('\n'));
    expect(ps.map((p) => [p.number, p.marking, p.text])).toEqual([
      ['3', 'C', 'TEXT.'],
      ['4', 'C', 'ON SECURITY ARRANGEMENTS IN HEBRON.'],
      ['5', 'C', 'MORE.'],
    ]);
  });

  it('guard: another number, or the same number without a marking after it, is text', () => {
    expect(parseParagraphs('4. 5. (C) X').map((p) => p.text)).toEqual(['5. (C) X']);
    expect(parseParagraphs('4. 4. THE VOTE').map((p) => p.text)).toEqual(['4. THE VOTE']);
  });
});

describe('labels typed `1.)`, `1: (C)` and `PARA 1.(C)` (era red team 352, session 27)', () => {
  const read = (...lines: string[]) => parseParagraphs(body(...lines)).map((p) => [p.number, p.marking, p.text]);

  it('numbers the paragraphs and reads their markings', () => {
    const want = [['1', 'C', 'Summary: Ziyal spoke.'], ['2', 'C', 'Ziyal said more.']];
    expect(read('1.) (C) Summary: Ziyal spoke.', '', '2.) (C) Ziyal said more.')).toEqual(want);
    expect(read('1: (C) Summary: Ziyal spoke.', '', '2: (C) Ziyal said more.')).toEqual(want);
    expect(read('PARA 1.(C) Summary: Ziyal spoke.', '', 'PARA 2.(C) Ziyal said more.')).toEqual(want);
  });

  it('guard: a time or a count with a colon, no marking after it, is text', () => {
    expect(read('1: 30 P.M. THE MEETING BEGAN.', '', '2: 15 P.M. IT ENDED.').map((p) => p[0])).toEqual([null, null]);
  });
});

describe('labels `(1)`, `1/` and `1 -` of a body typed without blank lines (era red team 362, session 27)', () => {
  const numbers = (...lines: string[]) => parseParagraphs(body(...lines)).map((p) => p.number);

  it('number the paragraphs when each line before a label ends a sentence', () => {
    expect(numbers('(1) EMBASSY HAS NO OBJECTION TO THE VISIT.', '(2) RESERVATIONS REQUESTED AT HOTEL AFRICA FOR THREE', 'SINGLES.', '(3) PLEASE CONFIRM.')).toEqual(['1', '2', '3']);
    expect(numbers('1/ EMBASSY HAS NO OBJECTION.', '2/ GRANTEE WILL DEPART OCT 20.', '3/ PLEASE CONFIRM HOTEL.')).toEqual(['1', '2', '3']);
  });

  it('guard: a tight list of titles without stops stays text, and a label under an unfinished line is its sentence going on', () => {
    expect(numbers('INDEX:', '', '(1) POLL ON THE ELECTIONS', '(2) US, JAPAN STILL APART', '', 'THE TEXT FOLLOWS.')).toEqual([null, null, null]);
    expect(numbers('(1) THE MINISTRY WILL ANSWER BY', '(2) MAY, IT SAID.', '', '(2) NEXT.').length).toBeLessThan(3);
  });
});

describe('letter items in the dash style, `A - (C)`, under a dash-labelled paragraph (era red team 370, session 27)', () => {
  it('reads them as the paragraph\'s sub-paragraphs', () => {
    const ps = parseParagraphs(body('1 - (C) SUMMARY: THE CABINET MET. END SUMMARY.', '', '2 - (C) THE POSITION HAS TWO PARTS:', '', 'A - (C) COMPENSATION OF 1.2 BILLION DOLLARS A YEAR; AND', '', 'B - (U) A JOINT REVIEW OF JURISDICTION.', '', '3 - (C) COMMENT: FINE. END COMMENT.'));
    expect(ps.map((p) => [p.number, p.outline, p.marking])).toEqual([['1', ['1'], 'C'], ['2', ['2'], 'C'], ['A', ['2', 'A'], 'C'], ['B', ['2', 'B'], 'U'], ['3', ['3'], 'C']]);
  });

  it('guard: a letter and a dash glued to a word is text (`A-TEAM`), and no dash style, no letter item', () => {
    expect(parseParagraphs(body('1. (C) TEXT.', '', 'A - (C) MORE.')).map((p) => p.number)).toEqual(['1']);
  });
});

describe('`N)` labels that skip a number before a portion marking (era red team 352, session 27)', () => {
  it('go on numbering the paragraphs after the gap', () => {
    expect(parseParagraphs(body('1) (SBU) Summary: Floods. End Summary.', '', '2) (SBU) Shelters are open.', '', '4) (SBU) Partners help.', '', '5) (U) Post will report.')).map((p) => p.number)).toEqual(['1', '2', '4', '5']);
  });

  it('guard: without a marking the skipped number stays text of the paragraph before', () => {
    expect(parseParagraphs(body('1) Summary: Floods. End Summary.', '', '2) Shelters are open.', '', '4) Partners help.')).map((p) => p.number)).toEqual(['1', '2']);
  });
});
