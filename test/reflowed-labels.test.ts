/**
 * Paragraph labels inside reflowed lines (`splitReflowedLines`, src/body/reflowed-lines.ts): a page that put each
 * paragraph on one long line can start the next paragraph in mid-line, without a portion marking
 * (`... links to foreign capital. 8. Although company officials ...`), after a closing parenthesis or a source
 * credit, or after an all-caps heading. Such a label is cut off when it is the next number of the sequence.
 * A marked label (`6. (U) ...`) is cut after any space, or glued to a word, when it is the next number, and a few
 * numbers past it after a sentence end or two blanks (paragraphs lost).
 * The same for the next letters of an outline run onto the line of its first item (`A. Title  1) ... B. Title  1) ...`).
 * Synthetic cables.
 */

import { describe, expect, it } from 'vitest';
import { parseCable } from '../src/assemble.js';
import { splitReflowedLines } from '../src/body/reflowed-lines.js';
import { splitLines } from '../src/text/source-line.js';
import { msUnder } from './timing.js';

const ZAGREB_HEAD = ['UNCLAS SECTION 01 OF 02 ZAGREB 000815', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: ECON HR', 'SUBJECT: TEST SUBJECT', ''];
const LIMA_HEAD = ['UNCLAS SECTION 01 OF 02 LIMA 000815', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: SENV PE', 'SUBJECT: TEST SUBJECT', ''];
const ASTANA_HEAD = ['CONFIDENTIAL SECTION 01 OF 02 ASTANA 000270', '', 'SIPDIS', '', 'E.O. 12958: DECL: 01/01/2018', 'TAGS: PREL KZ', 'SUBJECT: TEST SUBJECT', ''];

/** A Zagreb cable: the preamble above, then `body` lines, then a signer. */
const cable = (...body: string[]): string => [...ZAGREB_HEAD, ...body, '', 'SMITH', ''].join('\n');
/** A Lima cable: the preamble above, then `body` lines, then a signer. */
const limaCable = (...body: string[]): string => [...LIMA_HEAD, ...body, '', 'SMITH', ''].join('\n');
/** An Astana cable: the preamble above, then `body` lines (no signer added). */
const astanaBare = (...body: string[]): string => [...ASTANA_HEAD, ...body, ''].join('\n');
/** An Astana cable: the preamble above, then `body` lines, then a signer. */
const astanaCable = (...body: string[]): string => astanaBare(...body, '', 'SMITH');

/** Filler text of a reflowed paragraph (long enough to be a reflowed line). */
const LONG = 'The delegation met the deputy minister on Monday and discussed the draft agreement at some length.';

/** The pieces `splitReflowedLines` cuts the lines of `source` into. */
const pieces = (source: string): string[] => splitReflowedLines(splitLines(source), source).map((p) => p.text);

describe('unmarked labels that continue the sequence inside a reflowed line', () => {
  it('cuts 8, 9 and 10 out of the line of paragraph 7, with exact offsets', () => {
    const source = [
      `7. ${LONG} The buyer has links to foreign capital. 8. Although company officials said they would stay, they have debt.`,
      '9. Short line.',
    ].join('\n');
    const line = `7. ${LONG} Talks went on with the rival, which has links to foreign capital. 8. Although company officials said they would keep the brand, they have debt. 9. Plant officials said the agencies must act. 10. Post has used recent meetings to stress the rules.`;
    expect(pieces(line)).toEqual([
      `7. ${LONG} Talks went on with the rival, which has links to foreign capital.`,
      '8. Although company officials said they would keep the brand, they have debt.',
      '9. Plant officials said the agencies must act.',
      '10. Post has used recent meetings to stress the rules.',
    ]);
    const split = splitReflowedLines(splitLines(line), line);
    for (const p of split) expect(line.slice(p.offset, p.end)).toBe(p.text);
    // The label below is 9: the 8 inside the line comes before it and is cut.
    expect(pieces(source)[1]).toBe('8. Although company officials said they would stay, they have debt.');
  });

  it('cuts a label after a closing quote: paragraphs 5, 6 and 7', () => {
    const c = parseCable(
      cable(
        `4. (U) ${LONG}`,
        '',
        `5. ${LONG} They said the results will come from dialogue, and be more broad-based." 6. Pomar, a "movement socialist" who favors public ownership, won in the city and state.`,
        '',
        '7. (U) This message was coordinated with the Embassy.',
      ),
    );
    expect(c.paragraphs.map((p) => p.number)).toEqual(['4', '5', '6', '7']);
    expect(c.paragraphs[1]?.text.endsWith('and be more broad-based."')).toBe(true);
    expect(c.paragraphs[2]?.text.startsWith('Pomar, a "movement socialist"')).toBe(true);
  });

  it('cuts a label opening an all-caps word in an all-caps cable', () => {
    expect(pieces(`3. ${LONG.toUpperCase()} THE TALKS ENDED. 4. THE MINISTER LEFT FOR ROME.`)).toEqual([`3. ${LONG.toUpperCase()} THE TALKS ENDED.`, '4. THE MINISTER LEFT FOR ROME.']);
  });
});

describe('numbers in sentences and lists stay in the text', () => {
  const same = (line: string): void => expect(pieces(line)).toEqual([line]);

  it('a number that is not the next one: `... in 2008. 9. The ...` after paragraph 7', () => {
    same(`7. ${LONG} The plant opened in 2008. 9. The ministry has not said when it will close.`);
  });

  it('a number after a word, not a sentence end: `Article 8. The ...`, `reduced to 8. The ...`', () => {
    same(`7. ${LONG} The draft changes Article 8. The ministry will send it to parliament.`);
    same(`7. ${LONG} The number of sites was reduced to 8. The ministry will close the rest.`);
  });

  it('an abbreviation before the number: `see para. 8. The ...`, `Resolution No. 8. The ...`', () => {
    same(`7. ${LONG} See para. 8. The ministry will reply in writing.`);
    same(`7. ${LONG} The council passed Resolution No. 8. The ministry will reply in writing.`);
  });

  it('decimals, glued text, three spaces and lower-case words', () => {
    same(`7. ${LONG} The deal was worth 8.5 billion dollars. 8.The ministry agreed.`);
    same(`7. ${LONG} The talks ended.   8. The ministry agreed.`);
    same(`7. ${LONG} The talks ended. 8. the ministry agreed.`);
  });

  it('a list inside the paragraph: `... three points: 1. ... 2. ... 3. ...`', () => {
    same(`2. ${LONG} He made three points: 1. The talks must go on. 2. The aid will continue. 3. The border stays open.`);
    same(`2. ${LONG} He made three points. 1. The talks must go on. 2. The aid will continue. 3. The border stays open.`);
  });

  it('a number that the label below repeats: `... 3. The ...` with `3. (C) ...` on the next line', () => {
    const source = [`2. ${LONG} The plan has steps. 3. The first comes in May.`, '', '3. (C) The minister said the plan was ready.'].join('\n');
    expect(pieces(source)).toEqual([`2. ${LONG} The plan has steps. 3. The first comes in May.`, '', '3. (C) The minister said the plan was ready.']);
  });

  it('no label read yet on the page, or a short (wrapped) line', () => {
    same(`${LONG} The talks ended. 1. The ministry agreed to the terms.`);
    const wrapped = ['4. The talks ended on Monday. 5. The ministry agreed.', '6. Text.'].join('\n');
    expect(pieces(wrapped)).toEqual(['4. The talks ended on Monday. 5. The ministry agreed.', '6. Text.']);
  });
});

describe('the next label after a parenthesis or a source credit inside a reflowed line', () => {
  it('cuts the next number after a closing parenthesis ending the paragraph', () => {
    const c = parseCable(
      limaCable(
        `4. River Dam Approved JUNE 2008 - ${LONG}`,
        '',
        `${LONG} Officials expect work to start soon. Source - Green News (contact the hub for the complete article) 5. Peru: Park Rangers Protest Cuts JULY 2008 - ${LONG}`,
        '',
        `6. Forest Law Passed JULY 2008 - ${LONG}`,
      ),
    );
    expect(c.paragraphs.map((p) => p.number)).toEqual(['4', '5', '6']);
    expect(c.paragraphs[0]?.text.endsWith('(contact the hub for the complete article)')).toBe(true);
    expect(c.paragraphs[1]?.text.startsWith('Peru: Park Rangers Protest Cuts JULY 2008')).toBe(true);
  });

  it('cuts the next number after a source credit opening the line, with exact offsets', () => {
    const line = `Source - WWF 8. Chile: Glacier Law Debated MAY 2008 - ${LONG}`;
    const source = [`7. Solar Plant Opens MAY 2008 - ${LONG}`, '', line, '', `9. Coral Survey Begins - ${LONG}`].join('\n');
    expect(pieces(source)).toContain('Source - WWF');
    const c = parseCable(limaCable(...source.split('\n')));
    expect(c.paragraphs.map((p) => p.number)).toEqual(['7', '8', '9']);
    expect(c.paragraphs[0]?.text.endsWith('Source - WWF')).toBe(true);
    expect(c.paragraphs[1]?.text.startsWith('Chile: Glacier Law Debated')).toBe(true);
    const split = splitReflowedLines(splitLines(source), source);
    for (const p of split) expect(source.slice(p.offset, p.end)).toBe(p.text);
  });

  it('does not cut a number that is not the next one, nor one after a parenthesis inside a sentence of another number', () => {
    const line = `3. ${LONG} The plan (see the annex) 7. Ministers disagreed on it.`;
    expect(pieces(line)).toEqual([line]);
    const credit = `3. ${LONG} Source - WWF 5. Chile: Glacier Law Debated`;
    expect(pieces(credit)).toEqual([credit]);
  });
});

describe('the next label after a source credit that follows the words of a dropped link', () => {
  it('cuts `... please go to Source - Green News 6. Peru: ...` after an earlier cut on the same page', () => {
    const c = parseCable(
      limaCable(
        `4. River Dam Approved JUNE 2008 - ${LONG}`,
        '',
        `${LONG} Officials expect work to start soon. Source - Green News 5. Regional Roundup: Ideas at Work JULY 2008 - Three projects won awards:`,
        '',
        '1) Peru: Farmers Save Seeds;',
        '2) Chile: Fishers Share Nets; and',
        `3) Bolivia: Weavers Sell Online. For more information please go to Source - Green News 6. Peru: Park Rangers Protest Cuts JULY 2008 - ${LONG}`,
      ),
    );
    const top = c.paragraphs.filter((p) => p.outline.length === 1);
    expect(top.map((p) => p.number)).toEqual(['4', '5', '6']);
    expect(c.paragraphs.find((p) => p.text.includes('Weavers'))?.text.endsWith('For more information please go to Source - Green News')).toBe(true);
    expect(top[2]?.text.startsWith('Peru: Park Rangers Protest Cuts JULY 2008')).toBe(true);
  });

  it('guard: a credit before a number that is not the next one, or before a lower-case word, is not cut', () => {
    const skipped = `3. ${LONG} For more see Source - WWF 5. Chile: Glacier Law Debated`;
    expect(pieces(skipped)).toEqual([skipped]);
    const lower = `3. ${LONG} For more see Source - WWF 4. the glacier law was debated`;
    expect(pieces(lower)).toEqual([lower]);
  });
});

describe('the next letters of an outline reflowed onto one line', () => {
  const OUTLINE = [
    'A. Trade and Investment Climate  1) Customs Reform (TRAD-3H)  2) Tax Policy (TAXS-4)  3) Ports, Roads, and Rail (INFR-4H) B. Regional Relations  1) Neighbors (FPOL-4H)',
    '2) The European Union (FPOL-4H) C. Public Health  1) Post can provide text of this issue.  2) Vaccines and Outbreaks (HLTH-5H) D. Science, Technology, and Space Programs (SCIT-5H)',
  ].join('  ');

  it('cuts B, C and D out of the line of A, each a sub-item of the paragraph above', () => {
    const c = parseCable(astanaCable('3. (C) Priority issues:', '', OUTLINE));
    expect(c.paragraphs.map((p) => p.outline.join('.'))).toEqual(['3', '3.A', '3.B', '3.C', '3.D']);
    expect(c.paragraphs[1]?.text.endsWith('Ports, Roads, and Rail (INFR-4H)')).toBe(true);
    expect(c.paragraphs[2]?.text.startsWith('Regional Relations 1) Neighbors')).toBe(true);
    expect(c.paragraphs[3]?.text.startsWith('Public Health 1) Post can provide')).toBe(true);
    expect(c.paragraphs[4]?.text).toBe('Science, Technology, and Space Programs (SCIT-5H)');
  });

  it('cuts with exact offsets, and from a line opening with a later letter', () => {
    const line = `B. Regional Relations  1) Neighbors (FPOL-4H)  2) Partners in Trade (FPOL-4H)  3) Others (FPOL-5). C. Public Health  1) Vaccines (HLTH-5H)`;
    expect(pieces(line)).toEqual(['B. Regional Relations  1) Neighbors (FPOL-4H)  2) Partners in Trade (FPOL-4H)  3) Others (FPOL-5).', 'C. Public Health  1) Vaccines (HLTH-5H)']);
    const split = splitReflowedLines(splitLines(line), line);
    for (const p of split) expect(line.slice(p.offset, p.end)).toBe(p.text);
  });

  it('guard: initials, abbreviations, a letter out of order and a letter before running text are not cut', () => {
    const same = (line: string): void => expect(pieces(line)).toEqual([line]);
    same(`A. ${LONG} The minister met John B. Smith and the U.S. C. Jones team, then Plan B. The plan failed.`);
    same(`A. ${LONG} The talks ended.  C. Public Health  1) Vaccines (HLTH-5H)`);
    same(`A. ${LONG} The talks ended. B. Smith said that the plan would fail (he was right) B. Jones agreed with him.`);
    same(`1. ${LONG} The talks ended.  B. Public Health  1) Vaccines (HLTH-5H)`);
  });
});

describe('the next letter or roman label of an outline run onto a line after a sentence', () => {
  // A report in outline form (`I.` / `A.` / `1.`) whose page ran some lines together: `B.` after a one-word item of
  // `A.`, with a page marker cut out of the line; `III.` after the last sentence of `B.`'s item.
  const REPORT = [
    'I. SUMMARY',
    '',
    `1. ${LONG}`,
    '',
    'II. COMPLETED ACTIONS FOR THE REPORTING PERIOD',
    '',
    'A. SIGNIFICANT DEVELOPMENTS IN EXPORT CONTROLS',
    '',
    '1.None. B. CASPIAN SECURITY INFORMATION ASTANA 00000270 002 OF 002',
    '',
    `1. The border guards asked to attend the boat course in June. ${LONG} III. RED FLAG ISSUES.`,
    '',
    '1. None',
  ];

  it('cuts B and III out of the lines they were run onto, each heading its own items', () => {
    const c = parseCable(astanaCable(...REPORT));
    expect(c.paragraphs.map((p) => p.outline.join('.'))).toEqual(['I', 'I.1', 'II', 'II.A', 'II.A.1', 'II.B', 'II.B.1', 'III', 'III.1']);
    expect(c.paragraphs.slice(2).map((p) => p.text)).toEqual([
      'COMPLETED ACTIONS FOR THE REPORTING PERIOD',
      'SIGNIFICANT DEVELOPMENTS IN EXPORT CONTROLS',
      'None.',
      'CASPIAN SECURITY INFORMATION',
      `The border guards asked to attend the boat course in June. ${LONG}`,
      'RED FLAG ISSUES.',
      'None',
    ]);
  });

  it('cuts with exact offsets', () => {
    const text = ['E. SIGNIFICANT DEVELOPMENTS', '1. None so far. F. CASPIAN SECURITY INFORMATION'].join('\n');
    const split = splitReflowedLines(splitLines(text), text);
    expect(split.map((p) => p.text)).toEqual(['E. SIGNIFICANT DEVELOPMENTS', '1. None so far.', 'F. CASPIAN SECURITY INFORMATION']);
    for (const p of split) expect(text.slice(p.offset, p.end)).toBe(p.text);
  });

  it('guard: a letter out of order, a title in mixed case or before more text, an all-capitals telegram, no letter above', () => {
    const same = (...lines: string[]): void => {
      const text = lines.join('\n');
      expect(splitReflowedLines(splitLines(text), text).map((p) => p.text)).toEqual(lines);
    };
    same('E. SIGNIFICANT DEVELOPMENTS', '1. None so far. G. CASPIAN SECURITY INFORMATION');
    same('E. SIGNIFICANT DEVELOPMENTS', '1. None so far. F. Caspian security information');
    same('E. SIGNIFICANT DEVELOPMENTS', '1. None so far. F. CASPIAN SECURITY talks went on for a while.');
    same('E. SIGNIFICANT DEVELOPMENTS', '1. NONE SO FAR. F. CASPIAN SECURITY INFORMATION');
    same('1. Developments.', '2. None so far. F. CASPIAN SECURITY INFORMATION');
    same('II. COMPLETED ACTIONS', '1. None so far. IV. RED FLAG ISSUES.');
  });
});

describe('the next marked label after an all-caps heading inside a reflowed line', () => {
  it('cuts `... End summary.  HEADING  2. (C) ...` into the paragraph, the heading and the next label', () => {
    const line = `1. (C) Summary: ${LONG} End summary.  PRISONERS RELEASED  2. (C) ${LONG}  3. (C) ${LONG}  TRIAL ENDS; NINE MEN CONVICTED & SENTENCED  4. (C) ${LONG}`;
    const c = parseCable(astanaCable(line));
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2', '3', '4']);
    expect(c.paragraphs.map((p) => p.heading)).toEqual([null, 'PRISONERS RELEASED', null, 'TRIAL ENDS; NINE MEN CONVICTED & SENTENCED']);
    expect(c.paragraphs.every((p) => p.marking === 'C')).toBe(true);
    expect(c.paragraphs[0]?.text.endsWith('End summary.')).toBe(true);
  });

  it('guard: a mixed-case phrase, a label out of sequence or one without a marking is not cut', () => {
    // The phrase is no heading: it stays in paragraph 1 (the marked next label after two blanks is cut).
    const mixed = parseCable(astanaCable(`1. (C) ${LONG} We Met Them  2. (C) ${LONG}`));
    expect(mixed.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(mixed.paragraphs[0]?.text.endsWith('We Met Them')).toBe(true);
    expect(mixed.paragraphs[1]?.heading).toBeNull();
    const skipped = parseCable(astanaCable(`1. (C) ${LONG} End summary.  HEADING WORDS  5. (C) ${LONG}`));
    expect(skipped.paragraphs.map((p) => p.number)).toEqual(['1']);
    const unmarked = parseCable(astanaCable(`1. (C) ${LONG} End summary.  HEADING WORDS  2. The ${LONG}`));
    expect(unmarked.paragraphs.map((p) => p.number)).toEqual(['1']);
  });
});

describe('marked labels inside a reflowed line out of the usual place', () => {
  it('cuts a marked label a few numbers past the expected one after a sentence end or two blanks', () => {
    expect(pieces(`3. (SBU) ${LONG} Drivers are fast.  6. (U) POLICE RESPONSE: Officers come within the hour.`)).toEqual([
      `3. (SBU) ${LONG} Drivers are fast.`,
      '6. (U) POLICE RESPONSE: Officers come within the hour.',
    ]);
    expect(pieces(`3. (SBU) ${LONG} Call the desk at 555-1234  5. (U) HOSPITALS: The city clinic is open.`)).toEqual([
      `3. (SBU) ${LONG} Call the desk at 555-1234`,
      '5. (U) HOSPITALS: The city clinic is open.',
    ]);
  });

  it('keeps a marked number far past the expected one, one after a single space, or one without a marking (guards)', () => {
    const far = `3. (SBU) ${LONG} Drivers are fast.  9. (U) POLICE RESPONSE: Officers come within the hour.`;
    expect(pieces(far)).toEqual([far]);
    const spaced = `3. (SBU) ${LONG} Call the desk at 555-1234 5. (U) HOSPITALS: The city clinic is open.`;
    expect(pieces(spaced)).toEqual([spaced]);
    const unmarked = `3. (SBU) ${LONG} Drivers are fast.  5. Officers come within the hour.`;
    expect(pieces(unmarked)).toEqual([unmarked]);
    const lower = `3. (SBU) ${LONG} Drivers are fast.  5. (U) officers come within the hour.`;
    expect(pieces(lower)).toEqual([lower]);
  });

  it('cuts the next marked label after a number, two blanks or a word it is glued to', () => {
    const line = `5. (U) EMERGENCY NUMBERS: Police 9-1-1 or 555-1111  6. (U). HOSPITALS: City Clinic, Main Street 555-2600 7. (U) SAFETY TIPS: Carry little cash and keep a copy of your passport at the hotel; the rate of theft is very high8. (U) TAXIS: Use a radio taxi.`;
    expect(pieces(line)).toEqual([
      '5. (U) EMERGENCY NUMBERS: Police 9-1-1 or 555-1111',
      '6. (U). HOSPITALS: City Clinic, Main Street 555-2600',
      '7. (U) SAFETY TIPS: Carry little cash and keep a copy of your passport at the hotel; the rate of theft is very high',
      '8. (U) TAXIS: Use a radio taxi.',
    ]);
    const split = splitReflowedLines(splitLines(line), line);
    for (const p of split) expect(line.slice(p.offset, p.end)).toBe(p.text);
  });

  it('keeps a reference to a paragraph, a glued number past the next and a label the line below repeats (guards)', () => {
    const reference = `5. (C) ${LONG} The minister spoke as noted in para 6. (C) Above all, he wanted a deal.`;
    expect(pieces(reference)).toEqual([reference]);
    const glued = `5. (C) ${LONG} The rate of theft is very high7. (U) TAXIS: Use a radio taxi.`;
    expect(pieces(glued)).toEqual([glued]);
    const gluedUnmarked = `5. (C) ${LONG} The rate of theft is very high6. Taxis are safe.`;
    expect(pieces(gluedUnmarked)).toEqual([gluedUnmarked]);
    const repeated = [`5. (U) ${LONG} Police 9-1-1  6. (U) HOSPITALS: City Clinic.`, '', '6. (U) HOSPITALS: City Clinic, Main Street.'].join('\n');
    expect(pieces(repeated)[0]).toBe(`5. (U) ${LONG} Police 9-1-1  6. (U) HOSPITALS: City Clinic.`);
  });

  it('reads every paragraph of a page that ran marked labels into long lines, some numbers lost', () => {
    const c = parseCable(
      cable(
        `1. (SBU) CRIME: ${LONG}`,
        '',
        `2. (SBU) ROADS: ${LONG} Pedestrians are at risk and the accident rate is very higgh3. (U) POLICE: Officers come within the hour.`,
        `Call the desk at any hour. ${LONG} Report a bribe to the Embassy.  6. (U) NUMBERS: Police 9-1-1 or 555-1111  7. (U). HOSPITALS: City Clinic 555-2600 8. (U) TIPS: Carry little cash.`,
      ),
    );
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2', '3', '6', '7', '8']);
    expect(c.paragraphs.map((p) => p.marking)).toEqual(['SBU', 'SBU', 'U', 'U', 'U', 'U']);
    expect(c.paragraphs[1]?.text.endsWith('the accident rate is very higgh')).toBe(true);
    expect(c.paragraphs[2]?.text.endsWith('Report a bribe to the Embassy.')).toBe(true);
    expect(c.paragraphs[5]?.text).toBe('TIPS: Carry little cash.');
  });
});

describe('linear time on hostile unmarked labels', () => {
  const cases: Record<string, string> = {
    'sequential unmarked labels on one line': `1. Text. ${Array.from({ length: 20_000 }, (_, k) => `${(k % 900) + 2}. A b.`).join(' ')}`,
    'candidate labels on many long lines, each looking below': `1. ${LONG} Text. 2. The end.\n`.repeat(1500),
    'labels breaking the sequence': `1. ${LONG} ${'x. 5. A '.repeat(25_000)}`,
    'long lines just under a flattened page': `1. ${'Text. 1. Text. 2. Text. 9. A '.repeat(60)}\n`.repeat(110),
    'source credits before the next number, many lines': `1. ${LONG} go to Source - A B C D E F 2. Text\n`.repeat(1500),
    'outline letters without titles': `A. ${LONG} ${'(x) B. x  B. Aa '.repeat(12_000)}`,
    'marked labels past the expected one, each looking below': `1. (U) ${LONG} Text.  3. (U) A b.\n`.repeat(1200),
    'marked labels glued to words': `1. (U) ${LONG} ${'a2. (U) a b3. (C) A '.repeat(10_000)}`,
    'marked labels out of reach of the sequence': `1. (U) ${LONG} ${'x.  9. (U) A 7 1. (S) A '.repeat(8_000)}`,
    'next outline letters after sentences, titles never ending': `E. TITLE\n1. ${LONG} ${'Text. F. AA BB CC DD EE FF GG HH II JJ KK LL MM NN OO PP QQ RR SS TT UU VV WW XX YY ZZ AA BB CC x '.repeat(2_000)}`,
    'outline letters with overlong titles': `A. ${LONG} ${'(x) B. Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj Kk Ll Mm Nn Oo Pp Qq Rr Ss Tt Uu Vv Ww Xx Yy Zz Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj Kk Ll Mm Nn '.repeat(1_500)}`,
  };
  for (const [name, body] of Object.entries(cases)) {
    it(`${name}: ~200 kB in well under a second`, () => {
      expect(msUnder(1000, () => parseCable(cable(body)))).toBeLessThan(1000);
    });
  }
});

describe('the next marked label after a block end mark on a wrapped line (era leftover 3352, session 28)', () => {
  const text = (line: string): string =>
    ['CONFIDENTIAL ANKARA 000301', '', 'SUBJECT: TEST', '', '1. (C) Summary: Police detained 49 officers.  The General Staff met but', `issued only a brief statement.  ${line}`, 'in the main opposition CHP called the detentions an attempt.', '', '3. (SBU) Courts arrested 12 of them.', '', 'JEFFREY'].join('\n');

  it('cuts the line before the label: paragraphs 1, 2, 3', () => {
    const c = parseCable(text('End Summary. 2. (C) Our contacts'));
    expect(c.paragraphs.map((p) => [p.number, p.marking])).toEqual([
      ['1', 'C'],
      ['2', 'C'],
      ['3', 'SBU'],
    ]);
    expect(c.paragraphs[1]?.text).toBe('Our contacts in the main opposition CHP called the detentions an attempt.');
    expect(c.summary).toBe('Police detained 49 officers. The General Staff met but issued only a brief statement.');
  });

  it('guard: not another number than the next, nor without a marking', () => {
    expect(parseCable(text('End Summary. 5. (C) Our contacts')).paragraphs.map((p) => p.number)).toEqual(['1', '3']);
    expect(parseCable(text('End Summary. 2. Our contacts')).paragraphs.map((p) => p.number)).toEqual(['1', '3']);
  });
});
