/**
 * Headings run onto a reflowed line (`splitReflowedLines`, src/body/reflowed-lines.ts): an all-caps or title-case
 * heading at the end of a paragraph's line, the left rule of a framed heading run onto the line before, and an
 * underlined title line that first ends the sentence before it. Synthetic cables.
 */

import { describe, expect, it } from 'vitest';
import { parseCable } from '../src/assemble.js';
import { splitReflowedLines } from '../src/body/reflowed-lines.js';
import { splitLines } from '../src/text/source-line.js';
import { msUnder } from './timing.js';

const LIMA_HEAD = ['UNCLAS SECTION 01 OF 02 LIMA 000815', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: SENV PE', 'SUBJECT: TEST SUBJECT', ''];
const ASTANA_HEAD = ['CONFIDENTIAL SECTION 01 OF 02 ASTANA 000270', '', 'SIPDIS', '', 'E.O. 12958: DECL: 01/01/2018', 'TAGS: PREL KZ', 'SUBJECT: TEST SUBJECT', ''];

/** A Lima cable: the preamble above, then `body` lines, then a signer. */
const cable = (...body: string[]): string => [...LIMA_HEAD, ...body, '', 'SMITH', ''].join('\n');
/** An Astana cable: the preamble above, then `body` lines (no signer added). */
const astanaBare = (...body: string[]): string => [...ASTANA_HEAD, ...body, ''].join('\n');
describe('an underlined title glued after a paragraph redacted whole (reading audit, 07COLOMBO728)', () => {
  it('heads the next paragraph, the redaction staying the paragraph before', () => {
    const c = parseCable(
      cable(`15. (S) ${LONG}`, '16. (S) XXXXXXXXXXXX Child Trafficking', '-----------------', '17. (S) XXXXXXXXXXXX said he believes that rings operate in Jaffna.'),
    );
    expect(c.paragraphs.map((p) => [p.number, p.heading, p.text])).toEqual([
      ['15', null, LONG],
      ['16', null, 'XXXXXXXXXXXX'],
      ['17', 'Child Trafficking', 'XXXXXXXXXXXX said he believes that rings operate in Jaffna.'],
    ]);
  });

  it('guard: a rule as long as the whole line, or no redaction before the title, cuts nothing', () => {
    expect(pieces('16. (S) XXXXXXXXXXXX Child Trafficking\n' + '-'.repeat(38))).toEqual(['16. (S) XXXXXXXXXXXX Child Trafficking', '-'.repeat(38)]);
    expect(pieces('16. (S) The minister spoke on Child Trafficking\n-----------------')).toEqual(['16. (S) The minister spoke on Child Trafficking', '-----------------']);
  });
});

/** An Astana cable: the preamble above, then `body` lines, then a signer. */
const astanaCable = (...body: string[]): string => astanaBare(...body, '', 'SMITH');
/** A preamble from Bruges; `subject` may wrap onto a second line. */
const brugesHead = (subject: string[] = ['SUBJECT: TEST SUBJECT']): string[] => ['UNCLAS SECTION 01 OF 02 BRUGES 000123', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: PREL XX', ...subject, ''];
/** A Bruges cable: the preamble, the body lines, a signer. */
const brugesCable = (body: string[], subject?: string[]): string => [...brugesHead(subject), ...body, '', 'SMITH', ''].join('\n');

/** Filler text of a reflowed paragraph (long enough to be a reflowed line). */
const LONG = 'The delegation met the deputy minister on Monday and discussed the draft agreement at some length.';
/** A longer filler of a reflowed paragraph. */
const LONGER = 'The delegation met the deputy minister on Monday and discussed the draft agreement at some length with his staff.';

/** The pieces `splitReflowedLines` cuts the lines of `source` into. */
const pieces = (source: string): string[] => splitReflowedLines(splitLines(source), source).map((p) => p.text);

describe('an all-caps section heading ending a reflowed paragraph line', () => {
  it('heads the next paragraph (`... for citizens). TRANSFER POLICIES` / blank / `3.From ...`)', () => {
    const c = parseCable(brugesCable([`2.${LONGER} Owners must divest shares (with a preference for citizens). CONVERSION AND TRANSFER POLICIES`, '', `3.From 1999 to 2001 the country kept two exchange rates. ${LONGER}`]));
    expect(c.paragraphs.map((p) => p.number)).toEqual(['2', '3']);
    expect(c.paragraphs[0]?.text.endsWith('(with a preference for citizens).')).toBe(true);
    expect(c.paragraphs[1]?.heading).toBe('CONVERSION AND TRANSFER POLICIES');
  });

  it('guard: no sentence end before it, one word, or an all-caps paragraph is not cut', () => {
    const noEnd = parseCable(brugesCable([`2.${LONGER} The country is not ranked OPENNESS TO INVESTMENT`, '', `3.From 1999 the country kept two rates. ${LONGER}`]));
    expect(noEnd.paragraphs[1]?.heading).toBeNull();
    const oneWord = parseCable(brugesCable([`2.${LONGER} It was done. AGREED`, '', `3.From 1999 the country kept two rates. ${LONGER}`]));
    expect(oneWord.paragraphs[1]?.heading).toBeNull();
    const caps = parseCable(brugesCable([`2. ${LONGER.toUpperCase()} WE MET HIM. THE TALKS WENT WELL`, '', `3. ${LONGER.toUpperCase()}`]));
    expect(caps.paragraphs[0]?.text.endsWith('THE TALKS WENT WELL')).toBe(true);
  });
});

describe('an all-caps heading ending a reflowed list entry with no sentence end, the page\'s other headings alike', () => {
  /** A reflowed page: paragraph 1 ends with `tail`, then two headings of the same shape (one after a sentence end, one on its own line). */
  const page = (tail: string): string[] => [
    `1. Indicators: ${LONGER} Survey: the country is ranked 130 on the index. Index: 171 Rating: ${tail}`,
    '',
    `2.In recent years ${LONGER} Owners must divest shares (with a preference for citizens). CONVERSION AND TRANSFER POLICIES`,
    '',
    `3.From 1999 to 2001 the country kept two exchange rates. ${LONGER}`,
    '',
    'RIGHT TO PRIVATE OWNERSHIP',
    '',
    `4.Private ownership is allowed. ${LONGER}`,
  ];

  it('`... is not ranked OPENNESS TO INVESTMENT` / blank / `2.In ...`: the heading of paragraph 2', () => {
    const c = parseCable(brugesCable(page('the country is not ranked OPENNESS TO INVESTMENT')));
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2', '3', '4']);
    expect(c.paragraphs[0]?.text.endsWith('Rating: the country is not ranked')).toBe(true);
    expect(c.paragraphs[1]?.heading).toBe('OPENNESS TO INVESTMENT');
    expect(c.paragraphs[2]?.heading).toBe('CONVERSION AND TRANSFER POLICIES');
    expect(c.unparsed).toEqual([]);
  });

  it('cuts the heading with exact offsets and a blank line before it', () => {
    const source = page('the country is not ranked OPENNESS TO INVESTMENT').join('\n');
    const lines = splitReflowedLines(splitLines(source), source);
    const h = lines.findIndex((l) => l.text === 'OPENNESS TO INVESTMENT');
    expect(h).toBeGreaterThan(1);
    expect(lines[h - 1]?.text).toBe('');
    expect(lines[h - 2]?.text.endsWith('is not ranked')).toBe(true);
    const at = source.indexOf('OPENNESS');
    expect([lines[h]?.offset, lines[h]?.end]).toEqual([at, at + 'OPENNESS TO INVESTMENT'.length]);
  });

  it('guard: a name after `the`, `with` or a capitalized word, a run ending in `AND`, or a banner stays in the text', () => {
    for (const tail of ['the ministry met with the NATIONAL OIL CORPORATION', 'the ministry met with NATIONAL OIL CORPORATION', 'the talks led by Minister ALI HASSAN', 'the country is not ranked OPENNESS AND', 'the text is SENSITIVE BUT UNCLASSIFIED']) {
      const c = parseCable(brugesCable(page(tail)));
      expect(c.paragraphs[0]?.text.endsWith(tail)).toBe(true);
      expect(c.paragraphs[1]?.heading).toBeNull();
    }
  });

  it('guard: with fewer than two other all-caps headings on the page the run stays in the text', () => {
    const one = page('the country is not ranked OPENNESS TO INVESTMENT').slice(0, 5);
    one[2] = `2.In recent years ${LONGER} Owners must divest shares (with a preference for citizens).`;
    const c = parseCable(brugesCable([...one, '', 'RIGHT TO PRIVATE OWNERSHIP', '', `4.Private ownership is allowed. ${LONGER}`]));
    expect(c.paragraphs[0]?.text.endsWith('is not ranked OPENNESS TO INVESTMENT')).toBe(true);
    expect(c.paragraphs[1]?.heading).toBeNull();
  });

  it('reads many such lines in linear time: ~200 kB in well under a second', () => {
    const entry = (k: number): string => `${k + 1}.Entry ${LONGER} the country is not ranked ${'OPENNESS TO '.repeat(3)}INVESTMENT`;
    const body = Array.from({ length: 1500 }, (_, k) => entry(k) + '\n');
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    let c = parseCable('');
    expect(
      msUnder(1000, () => {
        c = parseCable(brugesCable([...page('x is ranked PLAIN WORDS HERE'), '', ...body]));
      }),
    ).toBeLessThan(1000);
    expect(c.paragraphs.length).toBeGreaterThan(1000);
  });
});

describe('a title-case heading run onto the end of the paragraph line before a marked label', () => {
  it('gives the heading to the next paragraph', () => {
    const c = parseCable(
      cable(
        `5. (SBU) ${LONG} The rise is a result of the privatization of the telecom sector. Minister's Chief of Staff Named in Inquiry`,
        '',
        '6. (SBU) Two more names emerged over the weekend.',
      ),
    );
    expect(c.paragraphs.map((p) => p.number)).toEqual(['5', '6']);
    expect(c.paragraphs[0]?.text.endsWith('privatization of the telecom sector.')).toBe(true);
    expect(c.paragraphs[1]?.heading).toBe("Minister's Chief of Staff Named in Inquiry");
  });

  it('keeps the line whole when the label below has no marking, or the tail has two words, or a lower-case word', () => {
    const unmarked = `5. (SBU) ${LONG} The rise came after the sale. Minister's Chief of Staff Named in Inquiry`;
    expect(pieces([unmarked, '', '6. Two more names emerged.'].join('\n'))[0]).toBe(unmarked);
    const short = `5. (SBU) ${LONG} The rise came after the sale. Minister Resigns`;
    expect(pieces([short, '', '6. (SBU) Two more names emerged.'].join('\n'))[0]).toBe(short);
    const lower = `5. (SBU) ${LONG} The rise came after the sale. Minister Named again yesterday`;
    expect(pieces([lower, '', '6. (SBU) Two more names emerged.'].join('\n'))[0]).toBe(lower);
  });
});

describe('a framed heading whose left rule was run onto the line before', () => {
  it('`... positive. -------` / blank / `COMMENT -------`: the rule is not the paragraph\'s', () => {
    const c = parseCable(astanaCable(`1. ${LONG} On balance, the coverage was positive. -------`, '', 'COMMENT -------', '', `2. ${LONG}`));
    expect(c.paragraphs[0]?.text.endsWith('was positive.')).toBe(true);
    expect(c.paragraphs[1]?.heading).toBe('COMMENT');
  });

  it('guard: a rule ending a long line with no heading after it cuts no heading (the rule is no text either)', () => {
    const c = parseCable(astanaCable(`1. ${LONG} On balance, the coverage was positive. -------`, '', `2. ${LONG}`));
    expect(c.paragraphs.map((p) => p.heading)).toEqual([null, null]);
    expect(c.paragraphs[0]?.text.endsWith('On balance, the coverage was positive.')).toBe(true);
  });
});

describe('an underlined title line that first ends the sentence before it', () => {
  const rule = '-'.repeat(44) + ' ----';
  it('gives the words before the underlined title to the paragraph before', () => {
    const c = parseCable(
      cable(
        `1. (SBU) ${LONG} He offered the following points from the Oct. 12-13`,
        '',
        'EU-Chile Summit: Joint Action Plan and a Bilateral Trade Agreement',
        rule,
        '',
        '2. (SBU) The summit went well.',
      ),
    );
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(c.paragraphs[0]?.text.endsWith('from the Oct. 12-13 EU-Chile Summit:')).toBe(true);
    expect(c.paragraphs[1]?.heading).toBe('Joint Action Plan and a Bilateral Trade Agreement');
    expect(c.unparsed).toEqual([]);
  });

  it('keeps the title whole when the paragraph before ends a sentence, or the rule is as long as the line', () => {
    const ended = parseCable(cable(`1. (SBU) ${LONG}`, '', 'EU-Chile Summit: Joint Action Plan and a Bilateral Trade Agreement', rule, '', '2. (SBU) The summit went well.'));
    expect(ended.paragraphs[1]?.heading).toBe('EU-Chile Summit: Joint Action Plan and a Bilateral Trade Agreement');
    const full = '-'.repeat(66);
    const whole = parseCable(cable(`1. (SBU) ${LONG} He offered the following points from the Oct. 12-13`, '', 'EU-Chile Summit: Joint Action Plan and a Bilateral Trade Agreement', full, '', '2. (SBU) The summit went well.'));
    expect(whole.paragraphs[1]?.heading).toBe('EU-Chile Summit: Joint Action Plan and a Bilateral Trade Agreement');
  });
});

describe('linear time on hostile input: parentheses, source credits, title words and rules', () => {
  it('reads long runs of parentheses, credits, title words and rules in linear time', () => {
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    expect(
      msUnder(3000, () => {
        const a = `1. ${LONG} ${'Source - A B C D E F (x) '.repeat(6000)}2. Next`;
        const b = `1. (C) ${LONG}. ${'Word Of Title '.repeat(8000)}\n\n2. (C) Next.`;
        const d = Array.from({ length: 3000 }, (_, k) => `${LONG} words ${k}\n\n${'A '.repeat(30)}Title Words Here\n${'-'.repeat(16)}\n`).join('\n');
        for (const s of [a, b, d]) parseCable(cable(s));
      }),
    ).toBeLessThan(3000);
  });
});

describe('a sub-heading with its own portion marking run onto the end of the paragraph line before a marked label', () => {
  const summary = `1. (SBU) Summary: ${LONG} She also met the envoys of Chile, Peru and the United Kingdom.`;
  const heading = '(SBU) Meeting with Chile\'s Ambassador Juan Soto (7 May)';

  it('`... Kingdom. (SBU) Meeting with ... (7 May)` / blank / `2. (C) ...`: the heading of paragraph 2, not the end of paragraph 1', () => {
    const c = parseCable(astanaCable(`${summary} ${heading}`, '', '2. (C) The ambassador opened the meeting.', '', `3. (C) ${LONG} END COMMENT) (U) Meeting with the Peruvian Envoy (5 May)`, '', '4. (C) The envoy raised three issues.'));
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2', '3', '4']);
    expect(c.paragraphs[0]?.text.endsWith('the United Kingdom.')).toBe(true);
    expect(c.summary?.endsWith('the United Kingdom.')).toBe(true);
    expect([c.paragraphs[1]?.heading, c.paragraphs[1]?.marking]).toEqual(["Meeting with Chile's Ambassador Juan Soto (7 May)", 'C']);
    expect(c.paragraphs[2]?.text.endsWith('END COMMENT)')).toBe(true);
    expect(c.paragraphs[3]?.heading).toBe('Meeting with the Peruvian Envoy (5 May)');
    expect(c.unparsed).toEqual([]);
  });

  it('cuts the heading with its exact offsets, a long one too', () => {
    const long = '(S//NF) Meeting with the Executive Secretary of the Preparatory Commission for the Treaty Organization (CTBTO) Ivan Toth (7 May)';
    for (const h of [heading, long]) {
      const source = [`${summary} ${h}`, '', '2. (C) The ambassador opened the meeting.'].join('\n');
      const lines = splitReflowedLines(splitLines(source), source);
      expect(lines.map((l) => l.text).slice(0, 2)).toEqual([summary, h]);
      const at = source.indexOf(h);
      expect([lines[1]?.offset, lines[1]?.end]).toEqual([at, at + h.length]);
    }
  });

  it('guard: an unmarked label below, no sentence end before the marking, a sentence, a block keyword or a list letter stays in the line', () => {
    const after = ['', '2. (C) The ambassador opened the meeting.'];
    for (const line of [
      `${summary} (SBU) The envoys then left for the airport.`,
      `${summary} (SBU) The envoys then left for the airport; they`,
      `${summary} (SBU) The envoys then left for the airport and`,
      `${summary} (C) Comment: the envoys then left for the airport`,
      `${summary} (c) Meeting with the envoys`,
      `1. (SBU) ${LONG} She also met the envoys of Chile and (SBU) Meeting with Chile's Ambassador (7 May)`,
      `${summary} (SBU) Meeting with ${'the envoys and '.repeat(12)}others`,
    ]) {
      expect(pieces([line, ...after].join('\n'))[0]).toBe(line);
    }
    const unmarked = `${summary} ${heading}`;
    expect(pieces([unmarked, '', '2. The ambassador opened the meeting.'].join('\n'))[0]).toBe(unmarked);
  });

  it('reads many such lines in linear time: ~200 kB in well under a second', () => {
    const line = `1. (C) ${LONG} ${'Done. (SBU) Meeting (x) '.repeat(8000)}Last (7 May)`;
    const many = Array.from({ length: 800 }, (_, k) => `${k + 1}. (C) ${LONG} Done. (SBU) Meeting with ${'(x) '.repeat(30)}(7 May)\n\n${k + 2}. (C) Next.\n`).join('\n');
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    expect(
      msUnder(1000, () => {
        for (const s of [[line, '', '2. (C) Next.'].join('\n'), many]) pieces(s);
      }),
    ).toBeLessThan(1000);
  });
});

describe('a news digest: all-caps section headings after a bracketed source credit, one-word ones in the spaced shape', () => {
  /** A news item of a digest page on one reflowed line: a title, text, and a source credit in brackets. */
  const item = (n: number, end: string): string => `${n}. (U) Ministry Signs Port Contract: ${LONGER} The port will open next year. ${end}`;
  /** A digest page: items 1 to 6, `tails[k]` run onto the end of item k + 1's line, a blank line after each. */
  const digest = (tails: string[]): string[] => tails.flatMap((t, k) => [`${item(k + 1, `[Daily News, 1/${k + 2}/2009]`)}${t}`, '']).concat([item(tails.length + 1, '[Daily News, 2/1/2009]')]);

  it('`... [Daily News, 1/2/2009]  FOREIGN TRADE` / blank / `2. (U) ...`, also `IT` and `LAW`: the headings of the next items', () => {
    const c = parseCable(brugesCable(digest(['  FOREIGN TRADE  ', '', '  IT  ', '', '  LAW', ''])));
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(c.paragraphs.map((p) => p.heading)).toEqual([null, 'FOREIGN TRADE', null, 'IT', null, 'LAW', null]);
    expect(c.paragraphs[0]?.text.endsWith('next year. [Daily News, 1/2/2009]')).toBe(true);
    expect(c.paragraphs[2]?.text.endsWith('next year. [Daily News, 1/4/2009]')).toBe(true);
    expect(c.unparsed).toEqual([]);
  });

  it('a credit glued to the sentence (`... next year.[Daily News, 1/2/2009]  REGIONAL ISSUES`), the only heading of the page', () => {
    const c = parseCable(brugesCable([`${item(1, '')}[Daily News, 1/2/2009]  REGIONAL ISSUES`.replace('year. [', 'year.['), '', item(2, '[Daily News, 1/3/2009]'), '', item(3, '')]));
    expect(c.paragraphs[1]?.heading).toBe('REGIONAL ISSUES');
    expect(c.paragraphs[0]?.text.endsWith('next year.[Daily News, 1/2/2009]')).toBe(true);
  });

  it('cuts a one-word heading with its exact offsets and a blank line before it', () => {
    const source = digest(['  ENERGY', '  BANKING', '  IT']).join('\n');
    const lines = splitReflowedLines(splitLines(source), source);
    const h = lines.findIndex((l) => l.text === 'BANKING');
    expect(lines[h - 1]?.text).toBe('');
    expect(lines[h - 2]?.text.endsWith('[Daily News, 1/3/2009]')).toBe(true);
    const at = source.indexOf('BANKING');
    expect([lines[h]?.offset, lines[h]?.end]).toEqual([at, at + 'BANKING'.length]);
  });

  it('guard: sentences ending in capitals stay in the text (`... by the IMF.`, `... signed with the EU`, `... according to UNHCR`)', () => {
    const tails = ['The loan was approved by the IMF.', 'The deal was signed with the EU', 'The camp holds 4,000 refugees according to UNHCR'];
    for (const tail of tails) {
      // Three headings of the spaced shape on the page besides the sentence (`ENERGY`, `LAW`, `IT`).
      const page = digest(['  ENERGY', '  BANKING', '  LAW', '  IT']);
      page[2] = `${item(2, '')}${tail}`;
      const c = parseCable(brugesCable(page));
      expect(c.paragraphs[1]?.text.endsWith(tail)).toBe(true);
      expect(c.paragraphs[2]?.heading).toBeNull();
      expect(c.paragraphs[4]?.heading).toBe('IT');
    }
  });

  it('guard: a one-word heading needs two spaces before it, a blank line below, a page of such headings, and no banner word', () => {
    // One space: `... [Daily News, 1/3/2009] BANKING`.
    const oneSpace = parseCable(brugesCable(digest(['  ENERGY', ' BANKING', '  IT'])));
    expect(oneSpace.paragraphs[2]?.heading).toBeNull();
    expect(oneSpace.paragraphs[1]?.text.endsWith('1/3/2009] BANKING')).toBe(true);
    // No blank line before the next label.
    const page = digest(['  ENERGY', '  BANKING', '  IT']);
    page.splice(3, 1);
    expect(parseCable(brugesCable(page)).paragraphs[1]?.text.endsWith('BANKING')).toBe(true);
    // Only two such headings on the page.
    const few = parseCable(brugesCable(digest(['  ENERGY', '', '  IT'])));
    expect(few.paragraphs[0]?.text.endsWith('ENERGY')).toBe(true);
    expect(few.paragraphs[3]?.heading).toBeNull();
    // A banner word (`NOFORN`) is never a heading.
    const banner = parseCable(brugesCable(digest(['  ENERGY', '  NOFORN', '  IT'])));
    expect(banner.paragraphs[2]?.heading).toBeNull();
  });

  it('guard: brackets that are no credit after a sentence end leave the heading in the text', () => {
    const tail = 'The minister [of finance]  ENERGY POLICY';
    const c = parseCable(brugesCable([`${item(1, '')}${tail}`, '', item(2, '[Daily News, 1/3/2009]')]));
    expect(c.paragraphs[0]?.text.endsWith('[of finance] ENERGY POLICY')).toBe(true);
    expect(c.paragraphs[1]?.heading).toBeNull();
  });

  it('reads many bracket and capital runs in linear time: ~200 kB in well under a second', () => {
    const line = `1. (U) ${LONG} ${'x. [a, 1/2/2009]  AB ] ['.repeat(8000)} IT`;
    const many = Array.from({ length: 1200 }, (_, k) => `${k + 1}. (U) ${LONG} Done. [Daily News, ${'['.repeat(40)}1/2/2009]  ${'AB '.repeat(20)}IT\n`).join('\n');
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    expect(
      msUnder(1000, () => {
        for (const s of [[line, '', '2. (U) Next.'].join('\n'), many]) parseCable(brugesCable([s]));
      }),
    ).toBeLessThan(1000);
  });
});

describe('a heading and its underline run onto a reflowed line\'s end, the next label below (`... protests. Name - Group  -----`)', () => {
  const rule = `${'-'.repeat(45)} ${'-'.repeat(17)}`;

  it('`... of protests. Maria Lopez - Union of Retired Workers  -----` / `7. (SBU) ...`: the heading of paragraph 7', () => {
    const c = parseCable(cable(`6. (SBU) ${LONG} He doubts the figures, which rest on selective press reports of protests. Maria Lopez - Union of Retired Workers  ${rule} `, ' 7.  (SBU)  One of the best-known leaders of the movement.'));
    expect(c.paragraphs.map((p) => p.number)).toEqual(['6', '7']);
    expect(c.paragraphs[0]?.text.endsWith('selective press reports of protests.')).toBe(true);
    expect(c.paragraphs[1]?.heading).toBe('Maria Lopez - Union of Retired Workers');
    expect(c.unparsed).toEqual([]);
  });

  it('a blank line before the label, a lower-case word and a comma in the heading', () => {
    const c = parseCable(cable(`13. (SBU) ${LONG} He then watched the elections for fraud.  Jorge Gomez and Ana Ruiz, Barrios de Norte  ${rule} `, '', '14.  (SBU)  Jorge Gomez and Ana Ruiz lead the group.'));
    expect(c.paragraphs[0]?.text.endsWith('watched the elections for fraud.')).toBe(true);
    expect(c.paragraphs[1]?.heading).toBe('Jorge Gomez and Ana Ruiz, Barrios de Norte');
  });

  it('cuts the heading and the rule with their exact offsets', () => {
    const source = cable(`6. (SBU) ${LONG} It rests on press reports of protests. Maria Lopez - Union of Retired Workers  ${rule} `, ' 7.  (SBU)  One of the leaders.');
    const lines = splitReflowedLines(splitLines(source), source);
    const h = lines.findIndex((l) => l.text === 'Maria Lopez - Union of Retired Workers');
    expect(h).toBeGreaterThan(0);
    expect(lines[h - 1]?.text.endsWith('reports of protests.')).toBe(true);
    expect(lines[h + 1]?.text).toBe(rule);
    for (const l of [lines[h], lines[h + 1]]) expect(source.slice(l?.offset, l?.end)).toBe(l?.text);
  });

  it('the underline opening the next line before its label: `... country.  Juan Perez - Classic Current` / ` ----- 12.  (SBU) ...`', () => {
    const c = parseCable(cable(`11. (SBU) ${LONG} He hoped to take his model to other parts of the country.  Juan Perez - Classic and Combative Current `, ` ${rule} 12.  (SBU)  The Classic and Combative Current formed in 1994.`));
    expect(c.paragraphs.map((p) => p.number)).toEqual(['11', '12']);
    expect(c.paragraphs[0]?.text.endsWith('other parts of the country.')).toBe(true);
    expect(c.paragraphs[1]?.heading).toBe('Juan Perez - Classic and Combative Current');
    expect(c.unparsed).toEqual([]);
  });

  it('a short question before a rule and a label inside the line: `... End Summary. Who are the Farmers? ----- 3. (SBU) ...`', () => {
    const c = parseCable(cable(`2. (SBU) ${LONG} The second profiled their allies (ref B).  End Summary. Who are the Farmers? ------------------------------ 3.  (SBU)  Farmers have protested for a decade. ${LONG}`));
    expect(c.paragraphs.map((p) => p.number)).toEqual(['2', '3']);
    expect(c.paragraphs[0]?.text.endsWith('End Summary.')).toBe(true);
    expect(c.paragraphs[1]?.heading).toBe('Who are the Farmers?');
  });

  it('guard: a framed heading line, a rule after the last sentence, a long question, no label below, no sentence end before', () => {
    const framed = `${'-'.repeat(40)} FARMERS ARE PROTESTING AGAIN IN THE NORTH ${'-'.repeat(40)}`;
    expect(pieces(cable(`1. (SBU) ${LONG}`, '', framed, '', '2. (SBU) The farmers met.'))).toContain(framed);
    const ended = parseCable(cable(`1. (SBU) ${LONG} On balance, the coverage was positive.  ${rule}`, '2. (SBU) The farmers met.'));
    // (The line is not cut; the paragraph reader leaves a rule ending the text out of it.)
    expect(ended.paragraphs[0]?.text.endsWith('On balance, the coverage was positive.')).toBe(true);
    expect(ended.paragraphs[1]?.heading).toBeNull();
    const question = parseCable(cable(`2. (SBU) ${LONG} Why would the farmers march again in the cold rain this week? ------------------------------ 3.  (SBU)  They did.`));
    expect(question.paragraphs[0]?.text.endsWith('in the cold rain this week?')).toBe(true);
    expect(question.paragraphs[1]?.heading).toBeNull();
    const noLabel = parseCable(cable(`1. (SBU) ${LONG} It rests on reports. Maria Lopez - Union of Workers  ${rule}`, 'The farmers met again.'));
    expect(noLabel.paragraphs[0]?.text).toContain('Maria Lopez - Union of Workers');
    const noEnd = parseCable(cable(`1. (SBU) ${LONG} It rests on reports by Maria Lopez - Union of Workers  ${rule}`, '2. (SBU) The farmers met.'));
    expect(noEnd.paragraphs[1]?.heading).toBeNull();
  });

  it('reads many rule runs ending lines and opening the next in linear time: ~200 kB in well under a second', () => {
    const dashes = '----- '.repeat(4000);
    const line = `1. (SBU) ${LONG} ${'Done? Who? '.repeat(4000)}${dashes}`;
    const many = Array.from({ length: 1200 }, (_, k) => `${k + 1}. (SBU) ${LONG} Done. A - B ${rule}\n ${rule} ${k + 2}. (SBU) Next ${'- '.repeat(20)}`).join('\n');
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    expect(
      msUnder(1000, () => {
        for (const s of [[line, '2. (SBU) Next.'].join('\n'), many]) parseCable(cable(s));
      }),
    ).toBeLessThan(1000);
  });
});

describe('a framed heading with the next heading level run onto its short line (`------ Trade Issues ------ CUSTOMS REFORM`)', () => {
  const body = (heading: string, ...under: string[]): string => cable(`1. (U) ${LONG}`, '', heading, ...under, '', `2. (U) ${LONG}`, '', '3. (U) The talks go on.');

  it('joins the two heading levels with one space, the inner rule left out', () => {
    expect(parseCable(body('------------ Trade Issues ------------ CUSTOMS REFORM ')).paragraphs[1]?.heading).toBe('Trade Issues CUSTOMS REFORM');
    expect(parseCable(body('------ Health ------ AREA OF CONCERN: VACCINES')).paragraphs[1]?.heading).toBe('Health AREA OF CONCERN: VACCINES');
    // Rules with a space inside (`------ --`) and a title-case sub-heading.
    expect(parseCable(body('-------- -- Port Security -------- -- Container Checks')).paragraphs[1]?.heading).toBe('Port Security Container Checks');
  });

  it('cuts the line at both rules with exact offsets', () => {
    const source = body('  ------------ Trade Issues ------------ CUSTOMS REFORM ');
    const lines = splitReflowedLines(splitLines(source), source);
    const h = lines.findIndex((l) => l.text === 'Trade Issues');
    expect(lines.slice(h - 1, h + 3).map((l) => l.text)).toEqual(['------------', 'Trade Issues', '------------', 'CUSTOMS REFORM']);
    for (const l of lines.slice(h - 1, h + 3)) expect(source.slice(l.offset, l.end)).toBe(l.text);
  });

  it('guard: a framed heading alone, short dashes, a rule alone, a label or a sentence after the rule, no title between', () => {
    for (const line of ['------ Political Overview ------', 'Question A -- Recruitment -- THE PLAN', '2008 -- 2009 ------ Totals', '------------', '------ Health ------ 5.', '------ 2008 ------ TOTALS', '----- The talks went well. Then ----- MORE', '------ A ------ B ------ C']) {
      expect(pieces(body(line))).toContain(line);
    }
    expect(parseCable(body('------ Political Overview ------')).paragraphs[1]?.heading).toBe('Political Overview');
    expect(parseCable(body('Question A -- Recruitment')).paragraphs[1]?.heading).toBe('Question A -- Recruitment');
    // A heading underlined on the next line, its sub-heading below.
    expect(parseCable(body('Trade Issues', '------------', 'CUSTOMS REFORM')).paragraphs[1]?.heading).toBe('Trade Issues CUSTOMS REFORM');
  });

  it('leaves out the inner rule when the sub-heading is on the line under the framed heading', () => {
    expect(parseCable(body('------ Energy ------', 'AREA FOR COOPERATION: BIOFUELS')).paragraphs[1]?.heading).toBe('Energy AREA FOR COOPERATION: BIOFUELS');
    expect(parseCable(body('---------- Law Enforcement Issues ----------', 'CYBERCRIME')).paragraphs[1]?.heading).toBe('Law Enforcement Issues CYBERCRIME');
    // A bullet's short dash is no rule (guard).
    expect(parseCable(body('Trade Issues', '-- CUSTOMS REFORM')).paragraphs[1]?.heading ?? null).not.toBe('Trade Issues CUSTOMS REFORM');
  });

  it('reads many short framed lines in linear time: ~200 kB in well under a second', () => {
    const lines = Array.from({ length: 4000 }, (_, k) => (k % 2 === 0 ? '----- - - - - Title - - - - ----- NEXT' : `------ ${'-- '.repeat(12)}A ------ B`));
    const ms = msUnder(1000, () => {
      parseCable(cable(...lines));
      parseCable(cable(`${'- '.repeat(49)}`, ...Array.from({ length: 2500 }, () => '------ X. Y ------ Z ----- W ------ V ------ U ------ T ------')));
    });
    expect(ms).toBeLessThan(1000);
  });
});
