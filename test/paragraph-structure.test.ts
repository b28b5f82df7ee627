/**
 * Blocks inside a paragraph (`parseParagraphs`, src/body/paragraphs.ts): the blank line after a paragraph's first
 * line, an underlined group name under a list entry, a blank line before a line opening with a quote, a parenthesis
 * or a number that stays a block break; and linear time of the paragraph reader on hostile input that mixes labels,
 * markings, headings and rules, and on unclosed quotes and parentheses after blank lines. Synthetic bodies.
 */

import { describe, expect, it } from 'vitest';
import { parseParagraphs } from '../src/body/paragraphs.js';
import { parseCable } from '../src/index.js';
import { msUnder } from './timing.js';

const body = (...lines: string[]): string => lines.join('\n');

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

describe('an underlined group name under a list entry', () => {
  const entry = 'The Deputy Secretary Jane Roe, Acting Assistant Secretary John Doe, Political Officer Ann Poe (Notetaker)';

  it('is a block of its own in the paragraph, not the end of the line before', () => {
    const ps = parseParagraphs(body('2. (SBU) Participants:', 'United States', '-------------', entry, 'PORTUGAL', '--------', 'Minister Carlos Silva, Director Rui Costa'));
    expect(ps).toHaveLength(1);
    expect(ps[0]?.text).toBe(`Participants:\n\nUnited States\n\n${entry}\n\nPORTUGAL\n\nMinister Carlos Silva, Director Rui Costa`);
  });

  it('keeps a two-line underlined heading whole, and a wrapped line going on into the underlined one (guards)', () => {
    const two = parseParagraphs(body('2. (SBU) The visit went well.', '', 'Ministry of Foreign Affairs:', '"We Need Evidence"', '-----', 'More text follows here.'));
    expect(two[1]).toMatchObject({ number: null, heading: 'Ministry of Foreign Affairs: "We Need Evidence"', text: 'More text follows here.' });
    const wrapped = parseParagraphs(body('2. (SBU) The delegation met the minister and', 'Deputy Foreign Minister', '-----', 'More text follows here.'));
    expect(wrapped[0]?.text).toBe('The delegation met the minister and Deputy Foreign Minister\n\nMore text follows here.');
  });
});

describe('linear time on hostile input: dotless labels, framed label lines, paren items, dashed titles', () => {
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
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    expect(
      msUnder(1000, () => {
        parseParagraphs(text);
      }),
    ).toBeLessThan(1000);
  });
});

describe('linear time on hostile input: open lines, redactions, designators, open markings', () => {
  it('reads long runs of open lines, redactions, designators and open markings in linear time', () => {
    const parts: string[] = ['1. (C) Start.', ''];
    for (let i = 0; i < 3000; i++) {
      parts.push(`Question #${(i % 900) + 1}: Why?`, i % 2 === 0 ? '-----' : '', `${i + 2}. (SBU During the day, words`, 'XXXXXXXXXXXX', `${i + 3}. Next words XXXX`, 'XXXXXXXXXXXX', '');
    }
    const text = parts.join('\n');
    expect(text.length).toBeGreaterThan(100_000);
    const ms = msUnder(1500, () => {
      parseParagraphs(text);
      parseParagraphs(`1. (U) a\n${'X'.repeat(150_000)}\n2. ${'(SBU '.repeat(30_000)}`);
    });
    expect(ms).toBeLessThan(1500);
  });
});

describe('linear time on hostile input: sub-labels, underlined names, spaced titles', () => {
  it('parses long runs of sub-labels, underlined names and spaced titles in linear time', () => {
    const parts: string[] = ['1. (C) Keyed to the questions:', '', 'A. (c) overview', ''];
    for (let i = 1; i <= 2000; i++) parts.push(`A ${i}. (c) item text`, '');
    for (let i = 0; i < 2000; i++) parts.push('x'.repeat(110), 'NAME', '----', '');
    for (let i = 0; i < 2000; i++) parts.push('TITLE', '', '', '', '');
    parts.push('2. (C) End.');
    const text = parts.join('\n');
    expect(text.length).toBeGreaterThan(100_000);
    let ps!: ReturnType<typeof parseParagraphs>;
    const ms = msUnder(1500, () => {
      ps = parseParagraphs(text);
    });
    expect(ms).toBeLessThan(1500);
    expect(ps.length).toBeGreaterThan(10);
  });
});

describe('a non-paper quoted inside a numbered paragraph', () => {
  it('keeps its all-caps sub-heading and bullets in the paragraph', () => {
    const ps = parseParagraphs(body('3. (SBU) Posts should deliver the points below.', '', '4. (U) Begin U.S. non-paper', '', 'FOR ALL ADDRESSEES', '', '-- Outreach to industry is a key step.', '', '-- We ask for your help.'));
    expect(ps.map((p) => p.number)).toEqual(['3', '4']);
    expect(ps[1]?.text).toBe('Begin U.S. non-paper\n\nFOR ALL ADDRESSEES\n\n-- Outreach to industry is a key step.\n\n-- We ask for your help.');
  });

  it('keeps an unclassified nonpaper on a topic and its ruled titles in the paragraph, to its end mark (reading audit 7, 10STATE16219)', () => {
    const ps = parseParagraphs(
      body(
        '7. (U) Begin unclassified nonpaper on IRISL.', '', '----- IRISL -----', '', '-- The Islamic Republic of Shipping Lines has long been a concern.', '',
        '----- IRISL LOSES INSURANCE COVERAGE -----', '', '-- The insurers withdrew cover. End unclassified nonpaper on IRISL.', '',
        '----- REPORTING DEADLINE -----', '', '8. (U) Post should report results within seven days.',
      ),
    );
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['7', null],
      ['8', 'REPORTING DEADLINE'],
    ]);
    expect(ps[0]?.text).toContain('IRISL LOSES INSURANCE COVERAGE');
  });

  it('ends at `END NON-PAPER`: a title after it heads text of its own (guard)', () => {
    const ps = parseParagraphs(body('4. (U) BEGIN NON-PAPER', '', 'FOR ALL ADDRESSEES', '', '-- Outreach to industry is a key step. END NON-PAPER.', '', 'ADDITIONAL GUIDANCE', '', 'Posts may add local points.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['4', null],
      [null, 'ADDITIONAL GUIDANCE'],
    ]);
  });
});

describe('a blank line inserted inside a sentence before a quote, a parenthesis or a number', () => {
  it('is joined before a quoted phrase after a line ending on a function word', () => {
    const ps = parseParagraphs(body('5. (C) The mayor told us that polls show a clear victory for the', '', '"Yes" vote in the eastern provinces, but he fears fraud.'));
    expect(ps[0]?.text).toBe('The mayor told us that polls show a clear victory for the "Yes" vote in the eastern provinces, but he fears fraud.');
  });

  it('is joined before a parenthesized number going on in lower case', () => {
    const ps = parseParagraphs(body('6. (U) Registrations rose in several opposition strongholds including Oruro', '', '(12,500) and Tarija (8,000), a surprising result.'));
    expect(ps[0]?.text).toBe('Registrations rose in several opposition strongholds including Oruro (12,500) and Tarija (8,000), a surprising result.');
  });

  it('is joined before an aside opening with a lower-case word', () => {
    const ps = parseParagraphs(body('3. (SBU) Sources: court records and statements filed with state institutions', '', '(including the police and the ombudsman) and press reports.'));
    expect(ps[0]?.text).toBe('Sources: court records and statements filed with state institutions (including the police and the ombudsman) and press reports.');
  });

  it('is joined before a number going on in lower case', () => {
    const ps = parseParagraphs(body('7. (U) The president pledged that the government will work hard to dedicate', '', '6% of the national budget to public health programs.'));
    expect(ps[0]?.text).toBe('The president pledged that the government will work hard to dedicate 6% of the national budget to public health programs.');
  });

  it('is joined before a capitalized quoted name after a function word', () => {
    const ps = parseParagraphs(body('4. (C) The mayor asked for the support of members of the', '', '"Friends of Democracy" Group during the coming campaign.'));
    expect(ps[0]?.text).toBe('The mayor asked for the support of members of the "Friends of Democracy" Group during the coming campaign.');
  });
});

describe('a blank line before a quote, a parenthesis or a number that stays a block break (guards)', () => {
  const para = (...lines: string[]): string | undefined => parseParagraphs(body(...lines))[0]?.text;

  it('after a finished sentence or a colon', () => {
    expect(para('2. (C) The governor said the vote would be held next week.', '', '"We will win," he told reporters after the meeting.')).toBe(
      'The governor said the vote would be held next week.\n\n"We will win," he told reporters after the meeting.',
    );
    expect(para('2. (U) The ministry announced the following budget figures:', '', '8% of the budget goes to education and health programs.')).toBe(
      'The ministry announced the following budget figures:\n\n8% of the budget goes to education and health programs.',
    );
  });

  it('before a paragraph label or a portion marking', () => {
    const ps = parseParagraphs(body('7. (C) The delegation then raised the question of funding for the', '', '8. (C) The minister replied that funding was not yet agreed.'));
    expect(ps.map((p) => p.number)).toEqual(['7', '8']);
    expect(para('7. (C) The delegation then raised the question of funding for the', '', '(C) The minister replied that funding was not yet agreed.')).toBe(
      'The delegation then raised the question of funding for the\n\n(C) The minister replied that funding was not yet agreed.',
    );
  });

  it('before a list item: a letter or number in parentheses, or a number closed by a parenthesis', () => {
    expect(para('3. (U) The agreement covers several areas, the most important of them being the', '', '(a) the budget of the joint commission;')).toContain('being the\n\n(a) the budget');
    expect(para('3. (U) The agreement covers several areas, the most important of them being the', '', '(12) budget lines of the joint commission;')).toContain('being the\n\n(12) budget');
    expect(para('3. (U) The agreement covers several areas, the most important of them being the', '', '1) the budget of the joint commission;')).toContain('being the\n\n1) the budget');
    expect(para('3. (U) The agreement covers several areas, the most important of them being the', '', '2 - The budget of the joint commission;')).toContain('being the\n\n2 - The budget');
  });

  it('before a table row, and after a title-case heading or caption', () => {
    expect(para('4. (U) The table below shows registered voters by department for', '', '2008 totals     12,500     14,000')).toContain('for\n\n2008 totals');
    const heading = parseParagraphs(body('4. (U) Text.', '', 'Table 1: Registered Voters by Department and Province of the', '', '"Media Luna" departments gained the most voters in the period.'));
    expect(heading.map((p) => p.text).join('\n')).not.toContain('of the "Media Luna"');
  });

  it('when the line after opens with an upper-case word and the line before ends on a noun', () => {
    expect(para('5. (C) Officials from the ministry of finance met with the delegation', '', '(Deputy Minister Lopez did not attend.) The talks covered the budget.')).toContain('delegation\n\n(Deputy');
    expect(para('5. (C) Officials from the ministry of finance met with the delegation', '', '2008 Was a difficult year for the budget, they said.')).toContain('delegation\n\n2008');
  });
});

describe('linear time on hostile input: lines opening with a quote, a parenthesis or a number after a blank', () => {
  it('parses ~200 kB of unclosed quotes, parentheses and long numbers after blank lines quickly', () => {
    const unit = ['the officials said that they would not accept the proposal of the', '', `"${'a'.repeat(300)}`, '', `(${'b'.repeat(300)}`, '', `${'9,'.repeat(150)}9 of the`, ''].join('\n');
    const text = `1. (C) Start.\n${unit.repeat(Math.ceil(200_000 / unit.length))}`;
    const ms = msUnder(1000, () => {
      parseParagraphs(text);
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('a quoted text with items of its own (era red team 20)', () => {
  it('keeps the lettered items between BEGIN TEXT and END TEXT in the paragraph that quotes them', () => {
    const ps = parseParagraphs(
      body('5. (U) Department thanks posts.', '', '6. (U) Tab A: Begin text of non-paper:', '', 'Non-Paper', '', 'A. The United States will table a resolution.', '', 'B. We would welcome EU co-sponsorship.', '', 'End text.'),
    );
    expect(ps.map((p) => p.number)).toEqual(['5', '6']);
    expect(ps[1]?.text).toBe('Tab A: Begin text of non-paper:\n\nNon-Paper\n\nA. The United States will table a resolution.\n\nB. We would welcome EU co-sponsorship.\n\nEnd text.');
  });

  it('ends the quote at the cable\'s next number, and leaves items outside a quote as sub-items (guard)', () => {
    const ps = parseParagraphs(body('1. (U) BEGIN TEXT:', '', 'A. FIRST POINT.', '', '2. (U) THE CABLE GOES ON.', '', 'A. ITS OWN ITEM.'));
    expect(ps.map((p) => [p.number, p.outline.join('.')])).toEqual([
      ['1', '1'],
      ['2', '2'],
      ['A', '2.A'],
    ]);
    expect(ps[0]?.text).toBe('BEGIN TEXT:\n\nA. FIRST POINT.');
  });
});

describe('press guidance (era red team 20)', () => {
  it('reads the A. answering a Q. as text, also after IF PRESSED:', () => {
    const ps = parseParagraphs(
      body('2. BEGIN GUIDANCE:', '', 'Q. WHO WILL CHAIR THE COMMISSION?', '', 'A. THE PRESIDENT WILL ANNOUNCE IT.', '', 'Q. WILL IT TRAVEL?', '', 'A. IT WILL SET ITS ITINERARY.', '', 'IF PRESSED:', '', 'A. WE EXPECT IT TO VISIT THE REGION.', '', 'END GUIDANCE.', '', '3. POSTS MAY DRAW ON THE ABOVE.'),
    );
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['2', null],
      ['3', null],
    ]);
    expect(ps[0]?.text).toContain('IF PRESSED:\n\nA. WE EXPECT IT TO VISIT THE REGION.');
  });

  it('keeps A. as an item where no question stands before it (guard)', () => {
    expect(parseParagraphs(body('2. THE POINTS ARE:', '', 'A. FIRST.', '', 'B. SECOND.')).map((p) => p.number)).toEqual(['2', 'A', 'B']);
  });
});

describe('a side of a participants list after a blank line (era red team 32)', () => {
  it('opens a block of its own: U.S.:, E.U.:, France:', () => {
    for (const side of ['U.S.:', 'E.U.:', 'France:', 'USA:']) {
      const ps = parseParagraphs(body('2. (C) Participants:', '', 'ROK:', 'Wi Sung-lac, Special Representative for Korean Peninsula Peace', 'Kim Hong-kyun, Director-General, North Korean Nuclear Affairs', '', side, 'Ambassador Kathleen Stephens'));
      expect(ps[0]?.text, side).toBe(`Participants:\n\nROK: Wi Sung-lac, Special Representative for Korean Peninsula Peace Kim Hong-kyun, Director-General, North Korean Nuclear Affairs\n\n${side} Ambassador Kathleen Stephens`);
    }
  });
});

describe('a quoted text numbering its own items from 1, closed later (era red team 47)', () => {
  const statement = [
    'The U.S. Embassy welcomes the Government steps to:',
    '',
    '1. Release persons held for their political views;',
    '2. Lift remaining restrictions on public assembly; and',
    '3. Support an independent inquiry into the events of March 1-2.',
    '',
    'We urge all parties to continue this dialogue.  END TEXT.',
  ];

  it('keeps the items in an unnumbered paragraph that quotes them', () => {
    const ps = parseParagraphs(['Following is the text of the statement the Embassy released on', 'September 26.  BEGIN TEXT:', '', ...statement].join('\n'));
    expect(ps.map((p) => p.number)).toEqual([null]);
    expect(ps[0]?.text).toContain('1. Release persons held for their political views; 2. Lift remaining');
    expect(ps[0]?.text.endsWith('END TEXT.')).toBe(true);
  });

  it('keeps them in a numbered paragraph that quotes them as the cable\'s last', () => {
    const ps = parseParagraphs(['1. (U) Embassy released the following statement.  BEGIN TEXT:', '', ...statement].join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['1']);
  });

  it('does not fold a numbered paragraph after an unclosed quote', () => {
    // No `END TEXT`: the cable's own numbers after the host are its paragraphs.
    const ps = parseParagraphs(['Embassy will release this statement.  BEGIN TEXT:', '', '1. (C) The Ambassador met the minister.', '', '2. (C) He agreed.'].join('\n'));
    expect(ps.map((p) => p.number)).toEqual([null, '1', '2']);
  });
});

describe('a quoted text numbering its own items from 1, never closed (era red team 129)', () => {
  const cable = (...rest: string[]): string[] => [
    '1. (U) The Ministry issued the statement below on March 2.',
    '',
    '2. (U) It repeats points the Minister made on February 27.',
    '',
    '3. (U) Begin text:',
    '',
    '1. The Government of Kenya has decided to keep the border closed.',
    '2. Humanitarian agencies may continue to use the Liboi crossing.',
    ...rest,
  ];

  it('keeps its items in the paragraph that opens it, up to the end', () => {
    const ps = parseParagraphs(cable().join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2', '3']);
    expect(ps[2]?.text).toContain('2. Humanitarian agencies may continue');
  });

  it('never opens one in prose that says it will begin a translation: a restarted numbering stays the cable\'s (guard, era red team 130)', () => {
    const ps = parseParagraphs(['1. (U) The committee met.', '', '2. (U) It agreed a text.', '', '3. (U) The ministry will begin translation of the draft next week.', '', '1. (U) The land bill was tabled.', '', '2. (U) It passed its first reading.'].join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2', '3', '1', '2']);
  });

  it('ends it at the cable\'s next number (guard)', () => {
    const ps = parseParagraphs(cable('', '4. (U) Comment: The decision was expected.').join('\n'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2', '3', '4']);
    expect(ps[3]?.text).toContain('The decision was expected.');
  });
});

describe('a list restarting at 1 under a lead-in, cut by a page break (era red team 54)', () => {
  it('is the text of the lead-in paragraph, also past the page break', () => {
    const items = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, k) => `   ${from + k}. NAME${from + k}, Anna V.        Finland     University`);
    const ps = parseParagraphs(
      [
        '5. (U) The conference opened on May 4.',
        '',
        '6. (U) List of participants (20 registered):',
        '',
        ...items(1, 10),
        '',
        'UNVIE VIEN 00000488  002 OF 003',
        '',
        ...items(11, 20),
        '',
        '7. (U) Comment: Attendance was high.  End Comment.',
      ].join('\n'),
    );
    expect(ps.map((p) => p.number)).toEqual(['5', '6', '7']);
    expect(ps[1]?.text).toContain('20. NAME20, Anna V.');
  });
});

describe('an inline QUOTE ... UNQUOTE inside a quoted report (era red team 63)', () => {
  it('does not end the report: its next item is the quoting paragraph\'s text', () => {
    const ps = parseParagraphs(
      [
        '1. THE DEPARTMENT SUBMITTED THE REPORT ON MARCH 1.',
        '',
        '2. BEGIN TEXT:',
        '',
        '1. INTRODUCTION. THE REPORT REVIEWS THE PROCESS.',
        '',
        '2. FINDINGS. THE ASSEMBLY SAID QUOTE THE GENERAL ASSEMBLY REJECTS UNILATERAL EVALUATIONS UNQUOTE.',
        '',
        '3. CONCLUSION. THE ADMINISTRATION WILL CONSULT.',
        '',
        'END TEXT.',
      ].join('\n'),
    );
    expect(ps.map((p) => p.number)).toEqual(['1', '2']);
    expect(ps[1]?.text).toContain('3. CONCLUSION. THE ADMINISTRATION WILL CONSULT.\n\nEND TEXT.');
  });
});

describe('an annex quoted between `BEGIN ANNEX` and `END ANNEX` (era red team 74)', () => {
  it('keeps the annex\'s own numbers in the paragraph that quotes it', () => {
    const ps = parseParagraphs(
      body('2. THE AGREED MINUTES FOLLOW.', '', '3. TEXT OF ANNEXES FOLLOWS:', '', 'BEGIN ANNEX A', '', '1. THE PARTIES AGREE ON TARIFF CUTS.', '', '2. CUTS START IN 1977.', '', 'END ANNEX A', '', '4. DELEGATION WILL REPORT FURTHER.'),
    );
    expect(ps.map((p) => p.number)).toEqual(['2', '3', '4']);
    expect(ps[1]?.text).toContain('BEGIN ANNEX A\n\n1. THE PARTIES AGREE ON TARIFF CUTS.');
  });

  it('reads a closing line framed by rules as the annex\'s end, not the next paragraph\'s heading', () => {
    for (const end of ['------- END ANNEX A -------', '------- End Annex A -------']) {
      const ps = parseParagraphs(body('8. (C) The reply follows at Annex A.', '', '------- ANNEX A -------', '', '1. The Government condemns the attacks.', '', end, '', '9. (C) Comment: The reply goes far. End comment.'));
      expect(ps.map((p) => [p.number, p.heading]), end).toEqual([
        ['8', null],
        ['9', null],
      ]);
      expect(ps[0]?.text.endsWith(end), end).toBe(true);
    }
  });
});

describe('a translation, transcript or excerpt quoted with its own numbers (era red team 78)', () => {
  it('keeps the quoted numbers in the paragraph that quotes it, for each opener', () => {
    for (const [open, close] of [
      ['Begin informal Embassy translation:', 'End informal Embassy translation.'],
      ['BEGIN UNOFFICIAL TRANSLATION', 'END UNOFFICIAL TRANSLATION'],
      ['Begin transcript:', 'End transcript.'],
      ['Begin excerpt:', 'End excerpt.'],
    ] as const) {
      const ps = parseParagraphs(
        body('1. (SBU) Lavrov held a press conference.', '', '2. (U) He spoke.', '', `3. (U) ${open}`, '', 'FM Lavrov: I will repeat it:', '', '1. Forces will stay.', '', '2. Talks will go on.', '', '3. Monitors are welcome.', '', close, '', '4. (SBU) Comment: Nothing new. End comment.'),
      );
      expect(ps.map((p) => p.number), open).toEqual(['1', '2', '3', '4']);
      expect(ps[2]?.text, open).toContain('1. Forces will stay.');
      expect(ps[2]?.text.endsWith(close), open).toBe(true);
    }
  });

  it('still reads the cable\'s numbers after a sentence that begins the text of something (guard)', () => {
    const ps = parseParagraphs(body('2. (U) The sides will begin the text of a treaty soon.', '', '3. (U) Talks resume Monday.'));
    expect(ps.map((p) => p.number)).toEqual(['2', '3']);
  });
});

describe('a speech\'s aside after a sentence ends its block (`... in Kenya. (Laughter)`; era red team 78)', () => {
  it('keeps the blank line after a long line ending with `(Laughter)` or `(Applause)`', () => {
    for (const aside of ['(Laughter)', '(Applause)']) {
      const ps = parseParagraphs(body('2. (U) Begin excerpt:', '', 'Ladies and gentlemen, some of you have asked me why the United States', `cares so much about corruption in the Republic of Kenya. ${aside}`, '', 'The answer is simple: because you do.'));
      expect(ps[0]?.text, aside).toBe(`Begin excerpt:\n\nLadies and gentlemen, some of you have asked me why the United States cares so much about corruption in the Republic of Kenya. ${aside}\n\nThe answer is simple: because you do.`);
    }
  });
});

describe('a quoted text whose items are numbered as where they come from (era red team 87)', () => {
  const article = ['ARTICLE IV', '', '3. EACH PARTY SHALL ELIMINATE ITS MISSILES IN TWO PHASES.', '', '4. [THE PARTIES SHALL] [EACH PARTY SHALL] NOTIFY THE OTHER.', '', 'END TEXT.', ''];

  it('keeps an article\'s paragraphs 3 and 4 in the cable\'s paragraph 2 when the cable resumes at 3', () => {
    const ps = parseParagraphs(body('1.  (S) THIS IS AN ACTION MESSAGE.', '', '2.  (S) BEGIN TEXT:', '', ...article, '3.  (S) DELEGATION SHOULD HOLD FIRM.', '', '4.  (U) FOR USNATO: DO NOT BRIEF.'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2', '3', '4']);
    expect(ps[1]?.text).toContain('3. EACH PARTY SHALL ELIMINATE');
    expect(ps[1]?.text.endsWith('END TEXT.')).toBe(true);
    expect(ps[2]?.text).toBe('DELEGATION SHOULD HOLD FIRM.');
  });

  it('keeps a draft\'s operative paragraphs 4 and 5 numbered below the host\'s next', () => {
    const ps = parseParagraphs(body('1. (SBU) Summary: The chair circulated a draft. End summary.', '', '2. (SBU) As amended, the two paragraphs read:', '', 'Begin text:', '', '4. The Committee will intensify its outreach;', '', '5. The Committee will consider the reports.', '', 'End text.', '', '3. (SBU) The Russian delegation could accept it.'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2', '3']);
    expect(ps[1]?.text).toContain('5. The Committee will consider the reports.');
  });

  it('folds nothing when the cable does not resume at the host\'s next number after the close (guard)', () => {
    const ps = parseParagraphs(body('1.  (S) THIS IS AN ACTION MESSAGE.', '', '2.  (S) BEGIN TEXT:', '', ...article, '5.  (S) DELEGATION SHOULD HOLD FIRM.'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2', '3', '4', '5']);
  });
});

describe('a run of captioned fields and a year heading (era red teams 87 and 88)', () => {
  it('keeps the last `Caption: value` line in its paragraph, not over a framed heading below', () => {
    const ps = parseParagraphs(body('2. (U) Meeting Date: November 24, 2009', 'Time: 10:00 A.M. - 12:15 P.M.', 'Place: Russian Mission, Geneva', '', '-------', 'SUMMARY', '-------', '', '3. (S) The group met to continue work on the text.'));
    expect(ps[0]?.text).toBe('Meeting Date: November 24, 2009 Time: 10:00 A.M. - 12:15 P.M. Place: Russian Mission, Geneva');
    expect(ps[1]?.heading).toBe('SUMMARY');
  });

  it('keeps the blank line before a captioned entry after a long line without a sentence end', () => {
    const ps = parseParagraphs(body('2. (SBU) Participants:', '', 'U.S.: Acting A/S Karen Lindqvist (chair of U.S. delegation),', 'Minister-Counselor Paul de Wolfe, Ms. Anna Ruiz (VCI)', '', 'Germany: Ambassador Ruediger von Hallberg'));
    expect(ps[0]?.text).toBe('Participants:\n\nU.S.: Acting A/S Karen Lindqvist (chair of U.S. delegation), Minister-Counselor Paul de Wolfe, Ms. Anna Ruiz (VCI)\n\nGermany: Ambassador Ruediger von Hallberg');
  });

  it('keeps the blank line before a vote group captioned with its count (era red team 286, session 26)', () => {
    const ps = parseParagraphs(body('3. (U) The vote:', '', 'No (7): Angola, China, Cuba, Egypt, Indonesia, Pakistan, Russia', '', 'Abstain (18): remaining members present'));
    expect(ps[0]?.text).toBe('The vote:\n\nNo (7): Angola, China, Cuba, Egypt, Indonesia, Pakistan, Russia\n\nAbstain (18): remaining members present');
    // (Guard: a sentence going on across the blank line with a bracket later in it still joins.)
    const go = parseParagraphs(body('3. (U) The delegations of Angola, China, Cuba, Egypt, Indonesia and the', '', 'Russian Federation (18) voted against it.'));
    expect(go[0]?.text).toBe('The delegations of Angola, China, Cuba, Egypt, Indonesia and the Russian Federation (18) voted against it.');
  });

  it('reads a year with a colon alone between blank lines as the next paragraph\'s heading, a bare year in a table not', () => {
    const ps = parseParagraphs(body('6. (U) OCT. 5 - THE PESO IS DEVALUED.', '', '1984:', '', '7. (C) LOOKING AHEAD, THE ELECTIONS ARE SET FOR MAY 14.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['6', null], ['7', '1984:']]);
    const table = parseParagraphs(body('5. (U) Semillas in numbers:', '', '1990-2008', '', '2009', '', 'Grants awarded', '', '52', '', '19', '', '6. (U) Next steps.'));
    expect(table.map((p) => p.number)).toEqual(['5', '6']);
  });
});

describe('`UNQUOTE` alone on a line closing a quoted message (era red team 87)', () => {
  const quote = (...close: string[]): string =>
    body('3. (C) The Chair\'s text reads:', '', 'QUOTE 22. The inspected State Party shall examine all equipment.', '', '23. Equipment need not be certified by the inspected State Party.', ...close, '', '4. (C) The U.S. delegation argued otherwise.');

  it('goes on the quoted text\'s last line when right under it', () => {
    const ps = parseParagraphs(quote('UNQUOTE'));
    expect(ps.map((p) => p.number)).toEqual(['3', '4']);
    expect(ps[0]?.text.endsWith('23. Equipment need not be certified by the inspected State Party. UNQUOTE')).toBe(true);
  });

  it('stays a block of its own after a blank line', () => {
    const ps = parseParagraphs(quote('', 'UNQUOTE'));
    expect(ps[0]?.text.endsWith('State Party.\n\nUNQUOTE')).toBe(true);
    expect(ps[1]?.heading).toBeNull();
  });
});

describe('lists of designees inside a paragraph (era red team 90)', () => {
  it('keeps an unmarked list numbered from 1 in a marked paragraph when its next number is the cable\'s, marked', () => {
    const names = ['1. AL-HAMADI, Nasser Abdulrab', 'DOB: 1972; POB: Ibb, Yemen', '2. BAWAZIR, Salem Omar (a.k.a. BA WAZIR, Salim)', 'DOB: 11 Mar 1965; POB: Mukalla, Yemen', '3. AL-ANSI, Faisal Yahya', 'Passport: 01873344 (Yemen); Nationality: Yemeni', ''];
    const ps = parseParagraphs(body('2. (SBU) Econoff met the FIU director.', '', '3. (SBU) The three names are:', '', ...names, '4. (SBU) Post requests further identifiers.'));
    expect(ps.map((p) => p.number)).toEqual(['2', '3', '4']);
    expect(ps[1]?.text).toContain('3. AL-ANSI, Faisal Yahya');
    // Guard: the next number unmarked gives no such sign; the run is left as it is read.
    const unmarked = parseParagraphs(body('2. (SBU) Econoff met the FIU director.', '', '3. (SBU) The three names are:', '', ...names, '4. Post requests further identifiers.'));
    expect(unmarked.map((p) => p.number)).toEqual(['2', '3', '1', '2', '3', '4']);
  });

  it('keeps a list going on after a blank line and a group caption in its paragraph', () => {
    const ps = parseParagraphs(body('3. (SBU) The designees are:', '', 'INDIVIDUALS:', '1. RESTREPO, Luis; DOB 04 Apr 1961', '2. OCHOA, Jorge', '3. SALDANA, Ramon', '4. VARGAS, Ana', '5. PEREZ, Juan', '', 'ENTITIES:', '6. AGROPECUARIA LA ESMERALDA S.A.; Medellin', '7. TRANSPORTES DEL ISTMO, S.A.; Panama', '', '4. (SBU) ACTION REQUEST: Posts should inform the FIUs.'));
    expect(ps.map((p) => p.number)).toEqual(['3', '4']);
    expect(ps[0]?.text).toContain('ENTITIES: 6. AGROPECUARIA');
  });

  it('joins names in capitals to the caption line announcing them, with no blank line between', () => {
    const ps = parseParagraphs(body('3. (C) The entries are:', '', 'A. AL-WAFA RELIEF AGENCY, BOSNIA BRANCH', 'Address: 14 Ulica Hamdije, Sarajevo', 'Alias:', 'AL-WAFA HUMANITARIAN ORGANIZATION', '', 'B. AL-WAFA RELIEF AGENCY, KENYA BRANCH'));
    expect(ps[1]?.text).toBe('AL-WAFA RELIEF AGENCY, BOSNIA BRANCH Address: 14 Ulica Hamdije, Sarajevo Alias: AL-WAFA HUMANITARIAN ORGANIZATION');
  });
});

describe('a side\'s name between lists of names in a participants paragraph (era red team 87)', () => {
  const list = (side: string): string[] => ['8. (U) Participants:', '', 'U.S.', '', 'Mr. Dunlap', 'Ms. Ellery', 'Mr. Okafor (Int)', '', side, '', 'Col Ryzhkov', 'Ms. Belova', '', '9. (U) Varga sends.'];

  it('stays in the paragraph, set off as a block', () => {
    const ps = parseParagraphs(body(...list('RUSSIA')));
    expect(ps.map((p) => p.number)).toEqual(['8', '9']);
    expect(ps[0]?.text).toBe('Participants:\n\nU.S.\n\nMr. Dunlap Ms. Ellery Mr. Okafor (Int)\n\nRUSSIA\n\nCol Ryzhkov Ms. Belova');
  });

  it('still heads a paragraph of text after a paragraph without a lead-in colon (guard)', () => {
    const ps = parseParagraphs(body('1. (U) The talks went well and will resume.', '', 'Mr. Dunlap', 'Ms. Ellery', '', 'RUSSIAN VIEWS', '', 'The Russian side said it could not accept the text.'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([['1', null], [null, 'RUSSIAN VIEWS']]);
  });
});

describe('a block keyword after a page break, the line before it a finished sentence of full width (era red team 183)', () => {
  const body = (...lines: string[]): string => lines.join('\n');
  it('starts a block of its own: an unnumbered body keeps the comment a paragraph of its own', () => {
    const ps = parseParagraphs(
      body(
        'AmCham\'s retail committee called the circular "a step backward" and plans',
        'to raise it at the Joint Committee in May.  Two U.S. franchise firms',
        'told Econoff they have put openings on hold pending a ruling soon.',
        '',
        'HANOI 00000412  002.2 OF 002',
        '',
        'Comment: The economic needs test was allowed under the accession package.',
        'End Comment.',
      ),
    );
    expect(ps.map((p) => p.text.slice(0, 12))).toEqual(["AmCham's ret", 'Comment: The']);
  });

  it('guard: a keyword starting a sentence (no colon) after the page break does not (era red team 186)', () => {
    const ps = parseParagraphs(body('Police killed eleven suspects in operations against the SLDF across the whole of the district.', '', 'NAIROBI 00000611  002 OF 002', '', 'Summary executions of suspected gang members were reported.'));
    expect(ps.map((p) => p.text)).toEqual(['Police killed eleven suspects in operations against the SLDF across the whole of the district. Summary executions of suspected gang members were reported.']);
  });

  it('guard: a sentence going on after the page break still joins the block', () => {
    const ps = parseParagraphs(body('The committee met on Monday and the chairman said that the ministry', '', 'HANOI 00000412  002.2 OF 002', '', 'would publish the rules in May.'));
    expect(ps.map((p) => p.text)).toEqual(['The committee met on Monday and the chairman said that the ministry would publish the rules in May.']);
  });
});

describe('a lettered item ending with its conjunction, the next item across a blank line (era file 1792)', () => {
  const items = (end: string, next: string): string =>
    ['5. (C) The Navy would accept any of three formulas:', '', 'a) joint inspections at a time fixed by India;', '', `b) inspections of records only, at a site away from the base${end}`, '', next].join('\n');

  it('ends the item there: the next item is a block of its own', () => {
    for (const next of ['c) certification by the Indian Ministry of Defence.', '(c) certification by the Indian Ministry of Defence.', 'c. certification by the Indian Ministry of Defence.']) {
      const ps = parseParagraphs(items('; or', next));
      expect(ps[0]?.text, next).toContain(`the base; or\n\n${next}`);
    }
  });

  it('guard: a long line going on across a blank line with a word is still joined', () => {
    const ps = parseParagraphs(items(' and the Navy said that it would also accept, with the Ministry', 'certification by the Indian Ministry of Defence.'));
    expect(ps[0]?.text).toContain('with the Ministry certification by');
  });
});

describe('a quoted sentence set off before the next label (era red team 226)', () => {
  it('stays in the paragraph that quotes it, in capitals or mixed case', () => {
    for (const quoted of ['"DOWN WITH THE MILITARY DICTATORSHIP!"', '"Lebanon first."', '"3. KURDISTAN SHALL SHARE IN THE OIL REVENUES."']) {
      const ps = parseParagraphs(body('2. (C) The crowd chanted the same words it had chanted all week.', '', quoted, '', '3. (C) The opposition said it would march again.'));
      expect(ps.map((p) => p.heading), quoted).toEqual([null, null]);
      expect(ps[0]?.text, quoted).toContain(quoted);
    }
  });

  it('guard: a quoted question or a quoted title still heads it', () => {
    const ps = parseParagraphs(body('2. (C) The crowd chanted the same words it had chanted all week.', '', '"Where are the monitors?"', '', '3. (C) The opposition said it would march again.'));
    expect(ps[1]?.heading).toBe('"Where are the monitors?"');
  });
});

describe('a table caption set off by blank lines over its table (era red team 227)', () => {
  it('stays a block of its own, the table rows after it', () => {
    const ps = parseParagraphs(
      body('1. (U) Germany remained the largest trading partner, and exports to it grew by over 15 percent:', '', 'Top Five Export Markets, 2005 (EUR million / percent of total)', '', 'Germany          3,240     19.6', 'Italy            2,010     12.2', '', '2. (U) Next.'),
    );
    expect(ps[0]?.text).toContain('Top Five Export Markets, 2005 (EUR million / percent of total)\n\nGermany');
  });

  it('guard: a line of names broken by a blank line goes on', () => {
    const ps = parseParagraphs(body('1. (U) The speech named the heroes Omar Dengo, Alfredo Gonzalez Flores, Jorge Volio, Manuel Mora, Rafael Angel Calderon', '', 'Guardia, Jose Figueres, and all of those who helped.', '', '2. (U) Next.'));
    expect(ps[0]?.text).toContain('Rafael Angel Calderon Guardia, Jose Figueres');
  });
});

describe("a table's source, legend, footnote or last row set off under it (era red team 231)", () => {
  const table = ['    VOLUME                 98.3        81.6       104.2', '    USSR                    4.7        N.A.'];
  const read = (line: string, caps = true): { text: string; heading: string | null } => {
    const lead = caps ? '3.  COFFEE EXPORTS ROSE AGAIN IN 1986 (THOUSAND TONS):' : '3. (U) Coffee exports rose again in 1986 (thousand tons):';
    const next = caps ? '4.  THE BANK TOLD ECONOFF THAT ALL STOCKS WERE SOLD.' : '4. (U) The bank told Econoff that all stocks were sold.';
    const ps = parseParagraphs(body(lead, '', ...table, '', line, '', next));
    return { text: ps[0]?.text ?? '', heading: ps[1]?.heading ?? null };
  };

  it('keeps it in the table paragraph, not as the next heading', () => {
    for (const line of ['SOURCE:  NATIONAL BANK OF ETHIOPIA', 'N.A. - NOT AVAILABLE', '1/ EXCLUDES BORDER ENCAMPMENTS', 'NOTE:  1987 FIGURES ARE PROGRAMMED, NOT ACTUAL', 'TOTAL                  103.0        86.3']) {
      expect(read(line)).toEqual({ text: expect.stringContaining(`N.A.\n\n${line.replace(/ {2,}/g, ' ')}`), heading: null });
    }
    expect(read('N.A. = not available', false)).toEqual({ text: expect.stringContaining('N.A.\n\nN.A. = not available'), heading: null });
  });

  it('guard: a legend of a symbol the table does not use, or a title, still heads the next paragraph', () => {
    expect(read('EU - RUSSIA SUMMIT').heading).toBe('EU - RUSSIA SUMMIT');
    expect(read('COFFEE MARKETING').heading).toBe('COFFEE MARKETING');
  });
});

describe('a table whose rows carry item letters or roman numbers, under a lead-in colon (era red team 231)', () => {
  it('is text of the open paragraph, its letters no sub-paragraphs', () => {
    const roman = parseParagraphs(body('2. (U) The budget estimates, as presented (Tk crore):', '', 'I.   Revenue receipts                 79,461', 'II.  Non-development expenditure      76,962', '', '3. (U) The deficit is large.'));
    expect(roman.map((p) => p.number)).toEqual(['2', '3']);
    expect(roman[0]?.text).toBe('The budget estimates, as presented (Tk crore):\n\nI. Revenue receipts 79,461 II. Non-development expenditure 76,962');
    const letters = parseParagraphs(body('2. (C) The revised criteria (ARS billion):', '', 'A. Federal primary surplus (floor)             2.3', 'B. Federal overall deficit (ceiling)           6.5', '', '3. (C) Next.'));
    expect(letters.map((p) => p.number)).toEqual(['2', '3']);
  });

  it('guard: lettered items with text, or rows without a colon before them, stay sub-paragraphs', () => {
    const items = parseParagraphs(body('2. (C) The ministry raised two points:', '', 'A. The budget for 2009 is too small to fund the program.', 'B. The donors have not paid what they pledged.', '', '3. (C) Next.'));
    expect(items.map((p) => p.number)).toEqual(['2', 'A', 'B', '3']);
    const noColon = parseParagraphs(body('2. (C) The revised criteria follow.', '', 'A. Federal primary surplus (floor)             2.3', 'B. Federal overall deficit (ceiling)           6.5', '', '3. (C) Next.'));
    expect(noColon.map((p) => p.number)).toEqual(['2', 'A', 'B', '3']);
  });
});

describe('the last entry of a schedule, a poll or a transcript set off over the next paragraph (era red team 234)', () => {
  it('stays text of its paragraph: a time entry, a poll row and its source, a stage direction', () => {
    const schedule = parseParagraphs(body('2. MONDAY, APRIL 4:', '', '1030-1130  CALL ON PRIME MINISTER', '', '1500-1600  CALL ON FOREIGN MINISTER', '', '3. TUESDAY, APRIL 5:'));
    expect(schedule.map((p) => [p.number, p.heading])).toEqual([
      ['2', null],
      ['3', null],
    ]);
    expect(schedule[0]?.text).toBe('MONDAY, APRIL 4:\n\n1030-1130 CALL ON PRIME MINISTER\n\n1500-1600 CALL ON FOREIGN MINISTER');
    const poll = parseParagraphs(body('2. RESPONDENTS ANSWERED:', '', 'FOR                              64 PERCENT', '', 'AGAINST                          17 PERCENT', '', 'SOURCE: CBOS, FEBRUARY 1998', '', '3. OBOP ASKED THE SAME.'));
    expect(poll[1]?.heading).toBeNull();
    expect(poll[0]?.text.endsWith('AGAINST 17 PERCENT\n\nSOURCE: CBOS, FEBRUARY 1998')).toBe(true);
    const transcript = parseParagraphs(body('2. (U) A student asked whether she could visit.', '', 'If you invite me, yes.', '', '(Applause)', '', '3. (U) Comment: The event went well.'));
    expect(transcript[1]?.heading).toBeNull();
    expect(transcript[0]?.text.endsWith('(Applause)')).toBe(true);
  });

  it('guard: a title after a schedule entry still heads the next paragraph', () => {
    const ps = parseParagraphs(body('2. MONDAY, APRIL 4:', '', '1030-1130  CALL ON PRIME MINISTER', '', 'SECURITY ARRANGEMENTS', '', '3. THE POLICE WILL ESCORT THE DELEGATION.'));
    expect(ps[1]?.heading).toBe('SECURITY ARRANGEMENTS');
  });
});

describe('a quoted document named by other words between its begin and end marks (era red team 233)', () => {
  it('keeps its own lettered items in the paragraph that quotes it', () => {
    for (const [open, close] of [
      ['BEGIN AIDE-MEMOIRE:', 'END AIDE-MEMOIRE.'],
      ['BEGIN DRAFT RESOLUTION:', 'END DRAFT RESOLUTION.'],
      ['Begin letter:', 'End letter.'],
      ['BEGIN DRAFT PRESS STATEMENT:', 'END DRAFT PRESS STATEMENT.'],
    ] as const) {
      const ps = parseParagraphs(body('4. POSTS SHOULD DELIVER THE FOLLOWING:', '', open, '', 'A. THE UNITED STATES STRONGLY SUPPORTS THE TALKS.', '', 'B. WE URGE BOTH SIDES TO RETURN TO THE TABLE.', '', close, '', '5. FOR ATHENS: PLEASE REPORT THE REPLY.'));
      expect(
        ps.map((p) => p.number),
        open,
      ).toEqual(['4', '5']);
    }
  });

  it('keeps its own numbered items in the last paragraph, the cable ending after it', () => {
    const ps = parseParagraphs(body('5. (U) Posts should draw on the following points:', '', 'Begin suggested points:', '', '1. The United States is committed to the Summit.', '', '2. We believe it should produce results.', '', 'End suggested points.', '', 'Department thanks posts for their assistance.'));
    expect(ps.map((p) => p.number)).toEqual(['5']);
    expect(ps[0]?.text).toContain('End suggested points.');
  });

  it('guard: the same words in a sentence open no quoted text', () => {
    const ps = parseParagraphs(body('4. THE TALKS WILL BEGIN STATEMENT BY STATEMENT ON MONDAY.', '', 'A. THE UNITED STATES SUPPORTS THEM.', '', 'B. WE URGE BOTH SIDES TO ATTEND.', '', '5. NEXT.'));
    expect(ps.map((p) => p.number)).toEqual(['4', 'A', 'B', '5']);
  });
});

describe('talking points: lettered topic lines and IF RAISED between bullets (era red team 233)', () => {
  it('keeps topic lines lettered (A), (B), (C) under the lead-in colon as text, (C) no marking', () => {
    const ps = parseParagraphs(
      body('4. (C) Action request: Posts should draw on the following points:', '', '(A) INSPECTION OF CARGO', '', '-- Resolution 1718 calls on all states to inspect cargo.', '', '(B) FINANCIAL MEASURES', '', '-- States must freeze funds.', '', '(C) LUXURY GOODS', '', '-- Each state may define luxury goods.', '', '5. (U) Reporting deadline: October 27.'),
    );
    expect(ps.map((p) => [p.number, p.marking, p.heading])).toEqual([
      ['4', 'C', null],
      ['5', 'U', null],
    ]);
    expect(ps[0]?.text).toContain('(B) FINANCIAL MEASURES\n\n-- States must freeze funds.\n\n(C) LUXURY GOODS');
  });

  it('keeps IF RAISED, with or without brackets, in the points', () => {
    for (const cue of ['IF RAISED', '(IF RAISED)', 'IF QUERIED']) {
      const ps = parseParagraphs(body('4. (C) Posts should draw on the following points:', '', '-- We propose to extend the process for one year.', '', cue, '', '-- The United States continues to share samples.', '', '5. (U) Reporting deadline: October 27.'));
      expect(
        ps.map((p) => p.number),
        cue,
      ).toEqual(['4', '5']);
    }
  });

  it('guard: a bracketed letter out of sequence, or a topic after text with no colon lead-in, is not taken', () => {
    const ps = parseParagraphs(body('4. (C) The minister spoke at length about the budget.', '', '(C) LUXURY GOODS', '', '-- Each state may define luxury goods.', '', '5. (U) Next.'));
    expect(ps.map((p) => [p.number, p.marking])).toContainEqual([null, 'C']);
  });
});

describe('dated entries and speaker turns set off as blocks (era red team 234)', () => {
  it('keeps a dated entry after a long dated entry a block of its own', () => {
    const ps = parseParagraphs(body('4. (U) Reporting plan:', '', 'Sunday, March 13 -- preliminary results and first analysis', '', 'Monday, March 14 -- OSCE/ODIHR statement, if any, and wrap-up', '', '5. (U) Next.'));
    expect(ps[0]?.text).toBe('Reporting plan:\n\nSunday, March 13 -- preliminary results and first analysis\n\nMonday, March 14 -- OSCE/ODIHR statement, if any, and wrap-up');
  });

  it('starts a block at a speaker caption after a question and a page marker', () => {
    const c = parseCable(
      ['UNCLAS CHISINAU 000588', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: PREL MD', 'SUBJECT: AMBASSADOR AT THE UNIVERSITY', '', '2. (U) A student asked: Why do Moldovans need visas when others do not? Is this fair?', '', '', 'CHISINAU 00000588  002 OF 002', '', '', 'AMBASSADOR WHITCOMB: I understand the question, and we are working on it.', '', 'WHITCOMB'].join('\n'),
    );
    expect(c.paragraphs[0]?.text).toContain('Is this fair?\n\nAMBASSADOR WHITCOMB: I understand');
  });

  it('guard: a line going on a sentence after a dated entry stays in it', () => {
    const ps = parseParagraphs(body('4. (U) Plan:', '', 'Saturday, March 12 -- spot reports from Embassy observer teams at', '', 'noon and after the polls close at 2200', '', '5. (U) Next.'));
    expect(ps[0]?.text).toContain('observer teams at noon');
  });
});

describe('a transmission note alone between paragraphs (era red team 236)', () => {
  it('is text of the paragraph above, not the next heading', () => {
    for (const note of ['PARA 4 FOLLOWS', '(PARA 4 NOT RECEIVED)', 'PARAS 4 AND 5 WILL FOLLOW BY SEPTEL', 'SECTION 2 OF 3 NOT RECEIVED']) {
      const ps = parseParagraphs(body('3.  THE MINISTER WAS PLACED UNDER HOUSE ARREST.', '', note, '', '4.  (C)  BEGIN POINTS:'));
      expect(
        ps.map((p) => [p.number, p.heading]),
        note,
      ).toEqual([
        ['3', null],
        ['4', null],
      ]);
      expect(ps[0]?.text.endsWith(note)).toBe(true);
    }
  });

  it('guard: a title that names a paragraph is still a heading', () => {
    const ps = parseParagraphs(body('3.  THE MINISTER WAS PLACED UNDER HOUSE ARREST.', '', 'SECTION 2 PRIORITIES', '', '4.  (C)  THE NEW LAW TAKES EFFECT IN MAY.'));
    expect(ps[1]?.heading).toBe('SECTION 2 PRIORITIES');
  });
});

describe('blocks across a page break after a full-width finished sentence (era red team 260, session 25)', () => {
  const body = (...lines: string[]): string => lines.join('\n');

  it("opens a block at a quotation's next paragraph, the quote left open above", () => {
    const ps = parseParagraphs(
      body('He told the court:', '', '"What I said I said because the investigators told me my brothers would be', 'arrested.  I went to the square because my neighbor told me he would come.', '', 'TASHKENT 00002811  002 OF 002', '', '', '"I ask the court to let me see a doctor."'),
    );
    // (Unnumbered blocks are paragraphs of their own.)
    expect(ps.map((p) => p.text)).toEqual([
      'He told the court:',
      '"What I said I said because the investigators told me my brothers would be arrested. I went to the square because my neighbor told me he would come.',
      '"I ask the court to let me see a doctor."',
    ]);
  });

  it('guard: a quotation closed above goes on the block after the page break', () => {
    const ps = parseParagraphs(body('The minister said "we will act" and the chamber agreed with her in a vote held on Monday.', '', 'TASHKENT 00002811  002 OF 002', '', '"It is done," she added later.'));
    expect(ps.map((p) => p.text)).toEqual(['The minister said "we will act" and the chamber agreed with her in a vote held on Monday. "It is done," she added later.']);
  });

  it("opens a block at the next entry of a list of people with their ages, as its first entry opens", () => {
    const ps = parseParagraphs(
      body('HOANG THI LAN (41), VNPP member and teacher from Hue, sentenced to five years.', '', 'HANOI 00000612  002.2 OF 002', '', '', 'LE DINH KHANH (33), electrician, 18 months, suspended.'),
    );
    expect(ps.map((p) => p.text)).toEqual(['HOANG THI LAN (41), VNPP member and teacher from Hue, sentenced to five years.', 'LE DINH KHANH (33), electrician, 18 months, suspended.']);
  });

  it('guard: a name and age opening the line after a block that is no such entry goes on it', () => {
    const ps = parseParagraphs(body('The court also heard from the second defendant in the case, who was sentenced to five years.', '', 'HANOI 00000612  002.2 OF 002', '', 'LE DINH KHANH (33), an electrician, got 18 months.'));
    expect(ps.map((p) => p.text)).toHaveLength(1);
    expect(ps[0]?.text).not.toContain('\n\n');
  });
});

describe('a list under a lead-in colon, then the next marked paragraph after a skipped number (era red team 392, session 28)', () => {
  const text = (next: string, items = ['1. A new charter approved by a notary.', '2. A list of all donors since 2002.', '3. Proof of a legal address.', '4. A letter of support from the local khokimiyat.']): string =>
    ['1. (C) Summary: NGOs must re-register. End Summary.', '', '2. (C) The Ministry of Justice issued the rules on June 1.', '', '3. (C) According to a copy obtained by poloff, NGOs must', 'submit the following by October 1:', '', ...items, '', `${next} Several NGO directors told us that item 4 alone will`, 'close them.', '', '6. (C) Comment: The rules will thin out the sector. End Comment.'].join('\n');

  it('keeps the list in paragraph 3 and reads `5. (C)` as the cable\'s next paragraph', () => {
    const ps = parseParagraphs(text('5. (C)'));
    expect(ps.map((p) => [p.number, p.marking])).toEqual([
      ['1', 'C'],
      ['2', 'C'],
      ['3', 'C'],
      ['5', 'C'],
      ['6', 'C'],
    ]);
    expect(ps[2]?.text).toBe('According to a copy obtained by poloff, NGOs must submit the following by October 1:\n\n1. A new charter approved by a notary. 2. A list of all donors since 2002. 3. Proof of a legal address. 4. A letter of support from the local khokimiyat.');
  });

  it('guard: an unmarked `5.` after the list goes on it (no sign the cable resumed): the restart is left as it is', () => {
    const ps = parseParagraphs(text('5.'));
    expect(ps.map((p) => p.number)).toEqual(['1', '2', '3', '1', '2', '3', '4', '5', '6']);
  });
});

describe('schedules and contact lists at the end of a paragraph (era red team 398, session 28)', () => {
  it("keeps a schedule's last day and time lines in its paragraph, no heading of the next", () => {
    const ps = parseParagraphs(['2. THE SCHEDULE FOLLOWS:', '', 'TUESDAY, NOVEMBER 12', '', '12 NOON -- LUNCH HOSTED BY DCM AT RESIDENCE', '', 'WEDNESDAY, NOVEMBER 13', '', '10:30 A.M. -- DEPART FOR ISTANBUL', '', '3. HOTEL RESERVATIONS HAVE BEEN MADE AT THE SHERATON.'].join('\n'));
    expect(ps.map((p) => [p.number, p.heading])).toEqual([
      ['2', null],
      ['3', null],
    ]);
    expect(ps[0]?.text).toBe('THE SCHEDULE FOLLOWS:\n\nTUESDAY, NOVEMBER 12\n\n12 NOON -- LUNCH HOSTED BY DCM AT RESIDENCE\n\nWEDNESDAY, NOVEMBER 13\n\n10:30 A.M. -- DEPART FOR ISTANBUL');
  });

  it('keeps the blank line after a contact list whose last entry ends with a phone number', () => {
    const ps = parseParagraphs(['2. (SBU) MFA protocol contacts:', '', 'Igor Petrov, Protocol Department, tel. 7-495-244-1234', 'Anna Smirnova, North America Department, tel. 7-495-244-5678', '', 'Both speak English and prefer e-mail to phone calls.'].join('\n'));
    expect(ps[0]?.text).toBe('MFA protocol contacts:\n\nIgor Petrov, Protocol Department, tel. 7-495-244-1234 Anna Smirnova, North America Department, tel. 7-495-244-5678\n\nBoth speak English and prefer e-mail to phone calls.');
  });

  it('guard: a long sentence broken by a blank line after a year range goes on', () => {
    const ps = parseParagraphs(['2. (SBU) The ministry expects the harvest to recover over the years 2008-2009', '', 'and beyond, if rains return.'].join('\n'));
    expect(ps[0]?.text).toBe('The ministry expects the harvest to recover over the years 2008-2009 and beyond, if rains return.');
  });
});
