/**
 * Transmission inside the body text (src/body/reflowed-lines.ts, src/body/transmission-lines.ts,
 * src/body/page-markers.ts): the subject caption a continuation page prints, stray `SIPDIS` captions, a post
 * name or handling caption standing alone, a line repeated with a `Q` in front, a page marker cut by the
 * archive, a correction caption printed with every page marker and its note. Synthetic cables.
 */

import { describe, expect, it } from 'vitest';
import { parseCable, parseCables } from '../src/assemble.js';
import { parsePageMarkerLine } from '../src/body/page-markers.js';
import { msUnder } from './timing.js';

const ASTANA_HEAD = ['CONFIDENTIAL SECTION 01 OF 02 ASTANA 000270', '', 'SIPDIS', '', 'E.O. 12958: DECL: 01/01/2018', 'TAGS: PREL KZ', 'SUBJECT: TEST SUBJECT', ''];

/** A preamble from Bruges; `subject` may wrap onto a second line. */
const brugesHead = (subject: string[] = ['SUBJECT: TEST SUBJECT']): string[] => ['UNCLAS SECTION 01 OF 02 BRUGES 000123', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: PREL XX', ...subject, ''];
/** A Bruges cable: the preamble, the body lines, a signer. */
const brugesCable = (body: string[], subject?: string[]): string => [...brugesHead(subject), ...body, '', 'SMITH', ''].join('\n');
/** An Astana cable: the preamble above, then `body` lines (no signer added). */
const astanaBare = (...body: string[]): string => [...ASTANA_HEAD, ...body, ''].join('\n');
/** An Astana cable: the preamble above, then `body` lines, then a signer. */
const astanaCable = (...body: string[]): string => astanaBare(...body, '', 'SMITH');
/** A cable text from lines. */
const fromLines = (...lines: string[]): string => lines.join('\n');

/** Filler text of a reflowed paragraph (long enough to be a reflowed line). */
const LONG = 'The delegation met the deputy minister on Monday and discussed the draft agreement at some length.';
/** A longer filler of a reflowed paragraph. */
const LONGER = 'The delegation met the deputy minister on Monday and discussed the draft agreement at some length with his staff.';

describe('the subject wrapped line after an inline page marker', () => {
  const subject = ['SUBJECT: READOUT OF THE COUNCIL MEETING OF JANUARY 28,', '2009.'];
  it('is transmission, mid-line and at the line end', () => {
    const c = parseCable(
      brugesCable([`1. (C) ${LONGER} Seven centers of 83 total delayed BRUGES 00000123 002 OF 002 2009. opening. ${LONGER}`, '', `2. (C) ${LONGER} We spoke with the minister. BRUGES 00000123 002 OF 002 2009.`, '', `3. (C) ${LONGER}`], subject),
    );
    expect(c.paragraphs[0]?.text).toContain('delayed opening.');
    expect(c.paragraphs[1]?.text.endsWith('We spoke with the minister.')).toBe(true);
  });

  it('guard: the same token in running text without a marker stays', () => {
    const c = parseCable(brugesCable([`1. (C) ${LONGER} The plan was adopted in 2009. opening the way for more.`], subject));
    expect(c.paragraphs[0]?.text).toContain('in 2009. opening');
  });
});

describe('stray SIPDIS after `Secretary`', () => {
  it('is cut before a number inside a reflowed line, and at a line start after a finished sentence', () => {
    const c = parseCable(
      brugesCable([
        `1. (C) ${LONGER} This comes before Under Secretary Jane Doe's visit to the capital (expected Feb SIPDIS 8-9). ${LONGER}`,
        '',
        '2. (C) She was for many years the Secretary in charge of the party office.',
        'SIPDIS Always quick to defend the party, she was rewarded.',
      ]),
    );
    expect(c.paragraphs[0]?.text).toContain('(expected Feb 8-9)');
    expect(c.paragraphs[1]?.text).toBe('She was for many years the Secretary in charge of the party office. Always quick to defend the party, she was rewarded.');
  });

  it('guard: without a `Secretary` before, `SIPDIS 2` stays', () => {
    const c = parseCable(brugesCable([`1. (C) ${LONGER} The cables were tagged SIPDIS 2 times by the office. ${LONGER}`]));
    expect(c.paragraphs[0]?.text).toContain('SIPDIS 2 times');
  });
});

describe('a stray SIPDIS next to U.S.', () => {
  it('`trade with the SIPDIS U.S., which` and `the U.S. SIPDIS to developing` lose the caption', () => {
    const c = parseCable(astanaCable(`1. ${LONG} Brazil profits more from trade with the SIPDIS U.S., which buys finished goods.`, '', `2. ${LONG} The President has committed the U.S. SIPDIS to developing new energy sources.`));
    expect(c.paragraphs[0]?.text).toContain('trade with the U.S., which');
    expect(c.paragraphs[1]?.text).toContain('committed the U.S. to developing');
  });

  it('guard: `the U.S. SIPDIS caption` is prose about the caption', () => {
    const c = parseCable(astanaCable(`1. ${LONG} Posts must use the U.S. SIPDIS caption in replies.`));
    expect(c.paragraphs[0]?.text).toContain('U.S. SIPDIS caption');
  });
});

describe('lines standing alone that are transmission', () => {
  it('the post name between paragraphs and a handling caption before paragraph 1', () => {
    const c = parseCable(brugesCable(['SENSITIVE BUT UNCLASSIFIED, NOT FOR INTERNET DISTRIBUTION', '', '1. (SBU) The talks went well.', '', 'BRUGES', '', '2. (SBU) The minister agreed.']));
    expect(c.paragraphs.map((p) => p.heading)).toEqual([null, null]);
    expect(c.unparsed).toEqual([]);
    expect(c.paragraphs[0]?.text).toBe('The talks went well.');
  });

  it('guard: another city alone before a paragraph is still a heading', () => {
    const c = parseCable(brugesCable(['1. (SBU) The talks went well.', '', 'GHENT', '', '2. (SBU) The minister agreed.']));
    expect(c.paragraphs[1]?.heading).toBe('GHENT');
  });
});

describe('a line repeated with a Q in front inside a reflowed line', () => {
  it('the copy is cut out', () => {
    const c = parseCable(brugesCable([`1. (U) ${LONGER} The premier has also said that the executives would no longer QThe premier has also said that the executives would no longer use blue light escorts.`]));
    expect(c.paragraphs[0]?.text).toBe(`${LONGER} The premier has also said that the executives would no longer use blue light escorts.`);
  });

  it('guard: a word starting with Q or a short repeat stays', () => {
    const text = `${LONGER} The team went to Qatar and then to Qom again. It was so, so QIt was so, so.`;
    const c = parseCable(brugesCable([`1. (U) ${text}`]));
    expect(c.paragraphs[0]?.text).toBe(text);
  });
});

describe('a page marker cut by the archive', () => {
  it('`DUSHANBE 00000575  001.2 OF 0...` is a marker with an unknown total', () => {
    expect(parsePageMarkerLine('DUSHANBE 00000575  001.2 OF 0...')).toEqual({ post: 'DUSHANBE', serial: '00000575', page: 1, total: 0 });
    const c = parseCable(astanaBare('REF: 09 ASTANA 406', '', 'ASTANA 00000270  001.2 OF 0...'));
    expect(c.paragraphs).toEqual([]);
    expect(c.pages).toHaveLength(1);
  });

  it('guard: a sentence ending `... of 0...` is no marker', () => {
    expect(parsePageMarkerLine('The score was 3 OF 0...')).toBeNull();
  });
});

describe('a correction caption printed with every page marker, and its note', () => {
  const text = fromLines(
    'UNCLAS SECTION 01 OF 03 FARAWAY 000505',
    '',
    'SIPDIS',
    '',
    'E.O. 12958: N/A',
    'TAGS: PGOV XX',
    'SUBJECT: A PARTY MEETING',
    '',
    '1. (SBU) The party had invited',
    '',
    'FARAWAY 00000505 002.2 OF 003 C O R R E C T E D C O P Y',
    '',
    '(Updated Text Paragraph 2) a wide variety of groups to the meeting.',
    '',
    '2. (SBU) The second paragraph ends here.',
    '',
    'FARAWAY 00000505 003.2 OF 003 C O R R E C T E D C O P Y (Updated Text Paragraph 2)',
    '',
    '3. (SBU) The last paragraph.',
    '',
    'ROE',
  );

  it('leaves the note out of the text, on the next line or on the marker`s line', () => {
    const c = parseCable(text);
    expect(c.paragraphs.map((p) => p.text)).toEqual(['The party had invited a wide variety of groups to the meeting.', 'The second paragraph ends here.', 'The last paragraph.']);
    expect(c.pages.map((p) => p.page)).toEqual([2, 3]);
    expect(c.body).not.toContain('Updated');
    expect(c.unparsed).toEqual([]);
  });

  it('guard: without a correction caption on the marker line, the parenthesis is text', () => {
    const c = parseCable(text.replace('002.2 OF 003 C O R R E C T E D C O P Y', '002.2 OF 003'));
    expect(c.paragraphs[0]?.text).toBe('The party had invited (Updated Text Paragraph 2) a wide variety of groups to the meeting.');
  });

  it('guard: a portion marking after the caption is no note', () => {
    const c = parseCable(text.replace('(Updated Text Paragraph 2) a wide variety', '(SBU) a wide variety'));
    expect(c.paragraphs[0]?.text).toContain('(SBU) a wide variety');
  });
});

describe('linear time on hostile input: the Q-repeat search on a long line', () => {
  it('stays linear when ` Q` stands before a letter no earlier word starts with (~280 kB)', () => {
    const text = ['UNCLAS ROME 000123', '', 'SUBJECT: X', '', `1. (C) ${'aaaa Qz'.repeat(40_000)}`, '', 'SMITH'].join('\n');
    const ms = msUnder(1000, () => {
      parseCable(text);
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('linear time on hostile input: correction captions', () => {
  it('reads many correction captions and notes after page markers', () => {
    const lines: string[] = ['UNCLAS FARAWAY 000505', '', 'SUBJECT: A MEETING', '', '1. (U) Text'];
    for (let k = 0; k < 2000; k++) lines.push('', 'FARAWAY 00000505 002.2 OF 003 C O R R E C T E D C O P Y', '', `(Updated Text Paragraph ${'('.repeat(20)} words words`);
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    expect(
      msUnder(1000, () => {
        parseCable(fromLines(...lines));
      }),
    ).toBeLessThan(1000);
  });
});

describe('a banner of another cable in the body (era red team 9)', () => {
  it('is quoted text, with the fields under it, not a repeated banner', () => {
    const text = fromLines(
      'CONFIDENTIAL STATE 058214', '', 'E.O. 11652: GDS', 'TAGS: PFOR, GW', 'SUBJECT: BERLIN: FRG VIEWS ON THE SOVIET PROTEST', '',
      '1. FOLLOWING IS TEXT OF BONN 04123, WHICH THE DEPARTMENT', 'ENDORSES. QUOTE', 'C O N F I D E N T I A L BONN 04123', '', 'E.O. 11652: GDS', 'TAGS: PFOR, GW', '',
      'FRG REGARDS THE SOVIET NOTE OF MARCH 7 AS ROUTINE AND DOES NOT', 'INTEND TO REPLY. UNQUOTE', '', '2. PLEASE COMMENT BY MARCH 20.', 'KISSINGER',
    );
    const c = parseCable(text);
    expect(c.body).toContain('C O N F I D E N T I A L BONN 04123\n\nE.O. 11652: GDS');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
  });

  it('still marks a joined section\'s banner of the same cable (guard)', () => {
    const c = parseCable(fromLines('UNCLAS SECTION 01 OF 02 ASTANA 000270', '', 'E.O. 12958: N/A', 'TAGS: PREL KZ', 'SUBJECT: TEST', '', '1. (U) First.', '', 'UNCLAS SECTION 02 OF 02 ASTANA 000270', '', '2. (U) Second.', '', 'HOAGLAND'));
    expect(c.body).not.toContain('SECTION 02 OF 02');
  });
});

describe('a message number ending a copy cut after it (era red team 13)', () => {
  const cable = (...tail: string[]): string =>
    ['UNCLAS STATE 104471', 'E.O. 11652: N/A', 'TAGS: OEXC, SCUL, FR', 'SUBJECT: FULBRIGHT COMMISSION BUDGET', '1. DEPARTMENT CONCURS.', '2. FUNDS WILL BE TRANSFERRED BY APRIL 30.', ...tail].join('\n');

  it('is a transmission line after the signer, with or without a blank line', () => {
    for (const tail of [['VANCE', '#4471'], ['VANCE', '', '#4471', '']]) {
      const c = parseCable(cable(...tail));
      expect(c.signer, tail.join('|')).toBe('VANCE');
      expect(c.paragraphs.at(-1)?.text).toBe('FUNDS WILL BE TRANSFERRED BY APRIL 30.');
      expect(c.body).not.toContain('#4471');
      expect(c.unparsed).toEqual([]);
    }
  });

  it('is a transmission line also with a serial garbled by the source (#44I2, era red team 17)', () => {
    const c = parseCable(cable('JETT', 'BT', '#44I2', 'NNNN'));
    expect(c.signer).toBe('JETT');
    expect(c.body).not.toContain('#44I2');
  });

  it('stays text inside the body (guard)', () => {
    const c = parseCable(cable('#4471', '3. MORE FOLLOWS.', 'VANCE'));
    expect(c.body).toContain('#4471');
  });
});

describe('a banner wrapped inside its SECTION by a narrow copy (era fixture 604)', () => {
  const head = ['C O N F I D E N T I A L SECTION 01 OF', '02 MANILA 012214', '', 'E.O. 12356: DECL: OADR', 'TAGS: PGOV, RP', 'SUBJECT: PEACE TALKS', ''];

  it('is read with its next line in the preamble: post, serial, section', () => {
    const c = parseCable(fromLines(...head, '1. (C) THE TALKS OPEN IN JULY.', '', 'NEGROPONTE'));
    expect(c.classification.level).toBe('CONFIDENTIAL');
    expect(c.section).toEqual({ number: 1, total: 2 });
    expect(c.post).toBe('MANILA');
    expect(c.serial).toBe('012214');
    expect(c.distribution).toEqual([]);
    expect(c.subject).toBe('PEACE TALKS');
  });

  it('is a transmission line pair in the body, not text', () => {
    const c = parseCable(fromLines(...head, '1. (C) THE TALKS OPEN IN JULY.', '', 'C O N F I D E N T I A L SECTION 02 OF', '02 MANILA 012214', '', '2. (C) THE ARMY WILL OBSERVE A CEASEFIRE.', '', 'NEGROPONTE'));
    expect(c.paragraphs.map((p) => p.text)).toEqual(['THE TALKS OPEN IN JULY.', 'THE ARMY WILL OBSERVE A CEASEFIRE.']);
    expect(c.body).not.toContain('SECTION 02 OF');
    expect(c.body).not.toContain('012214');
    expect(c.signer).toBe('NEGROPONTE');
  });

  it('leaves a sentence ending with `OF` before a number alone (guard)', () => {
    const c = parseCable(fromLines(...head, '1. (C) THE TALKS WILL COVER THE RELEASE OF', '12 DETAINEES HELD IN MINDANAO.', '', 'NEGROPONTE'));
    expect(c.paragraphs[0]?.text).toBe('THE TALKS WILL COVER THE RELEASE OF 12 DETAINEES HELD IN MINDANAO.');
  });
});

describe('page footers and running headers of a word processor copy (era red team 95, fixture 646)', () => {
  it('are transmission lines: no text, no heading, the signer found above the last footer', () => {
    const c = parseCable(fromLines(...ASTANA_HEAD, '1. (C) The minister spoke.', '', 'Page 1 of 3', 'ASTANA 000270 - TEST SUBJECT', '', '2. (C) He left.', '', 'Page 2 of 3', 'ASTANA 000270 - TEST SUBJECT', '', 'SMITH', '', 'Page 3 of 3'));
    expect(c.paragraphs.map((p) => [p.number, p.heading, p.text])).toEqual([['1', null, 'The minister spoke.'], ['2', null, 'He left.']]);
    expect(c.signer).toBe('SMITH');
  });

  it('leaves a line under one footer only, and a page header of an old telegram, to the other rules (guard)', () => {
    const c = parseCable(fromLines(...ASTANA_HEAD, '1. (C) The minister spoke.', '', 'Page 1 of 2', 'The talks went on.', '', 'SMITH'));
    expect(c.paragraphs[0]?.text).toBe('The minister spoke.\n\nThe talks went on.');
  });
});

describe('print furniture of a printed archive page inside a sentence (era red team 143, fixture 1225)', () => {
  it('drops the site name next to a page footer, and a bare page number between blank lines, the sentence read on', () => {
    const site = parseCable(fromLines(...ASTANA_HEAD, '1. (C) Collective centers are taking the displaced, but most have no', 'wikileaks', 'Page 2 of 3', 'working kitchens.', '', 'SMITH'));
    expect(site.paragraphs[0]?.text).toBe('Collective centers are taking the displaced, but most have no working kitchens.');
    const number = parseCable(fromLines(...ASTANA_HEAD, '1. (C) Farmers competed on quality, not price, and that consumers', '', '2', '', 'would punish any product linked to GMOs.', '', 'SMITH'));
    expect(number.paragraphs[0]?.text).toBe('Farmers competed on quality, not price, and that consumers would punish any product linked to GMOs.');
  });

  it('keeps a number alone between sentences, and the word alone away from a footer, as text (guard)', () => {
    const table = parseCable(fromLines(...ASTANA_HEAD, '1. (C) The number of detainees released was:', '', '2', '', 'and the rest stay held.', '', 'SMITH'));
    expect(table.paragraphs[0]?.text).toContain('2');
    const word = parseCable(fromLines(...ASTANA_HEAD, '1. (C) The reaction to', 'wikileaks', 'was muted in Astana.', '', 'SMITH'));
    expect(word.paragraphs[0]?.text).toBe('The reaction to wikileaks was muted in Astana.');
  });

  it('keeps a count alone inside a sentence: only numbers running 2, 3, ... in page order are pages (era red team 175)', () => {
    const vote = parseCable(fromLines(...ASTANA_HEAD, '1. (U) The President announced the result as', '', '74', '', 'in favor, 48 against.', '', 'SMITH'));
    expect(vote.paragraphs[0]?.text).toContain('74');
    const counted = parseCable(fromLines(...ASTANA_HEAD, '1. (U) Cases were reported in Kandal,', '', '2', '', 'and Takeo,', '', '3', '', 'while none were seen elsewhere.', '', 'ASTANA 00000270  002 OF 002', '', '2. (U) More follows.', '', 'SMITH'));
    // (A cable numbering its pages with markers printed no bare page numbers: era red team 186.)
    expect(counted.paragraphs[0]?.text).toBe('Cases were reported in Kandal,\n\n2\n\nand Takeo,\n\n3\n\nwhile none were seen elsewhere.');
    const pages = parseCable(fromLines(...ASTANA_HEAD, '1. (U) The minister said that', '', '2', '', 'the talks would resume, and that', '', '3', '', 'the date was not set.', '', 'SMITH'));
    expect(pages.paragraphs[0]?.text).toBe('The minister said that the talks would resume, and that the date was not set.');
  });
});

describe('a bullet after a page break between two talking points (era red team 96)', () => {
  it('opens a block after a finished sentence, goes on a sentence the page cut (guard)', () => {
    const page = ['', 'ASTANA 00000270  002 OF 002', ''];
    const a = parseCable(fromLines(...ASTANA_HEAD, '1. (C) Points:', '', '-- We condemn any statement that incites violence, and we say so plainly in every forum.', ...page, '-- We would welcome your co-sponsorship.', '', 'SMITH'));
    expect(a.paragraphs[0]?.text).toBe('Points:\n\n-- We condemn any statement that incites violence, and we say so plainly in every forum.\n\n-- We would welcome your co-sponsorship.');
    const b = parseCable(fromLines(...ASTANA_HEAD, '1. (C) Points:', '', '-- We condemn any statement that incites violence, and we say so plainly in every', ...page, 'forum we attend.', '', 'SMITH'));
    expect(b.paragraphs[0]?.text).toBe('Points:\n\n-- We condemn any statement that incites violence, and we say so plainly in every forum we attend.');
  });
});

describe('the stamps of a copy released under FOIA (era fixtures 644, 645)', () => {
  it('are transmission lines: the case line, RELEASED IN PART and the margin exemption codes', () => {
    const stamp = 'UNCLASSIFIED U.S. Department of State Case No. F-2014-08822 Doc No. C05771904 Date: 09/30/2015';
    const margin = ' '.repeat(60);
    const c = parseCable(fromLines(...ASTANA_HEAD, '1. (C) The advisor spoke.', `${margin}B1`, '2. (C)', `${margin}B1, 1.4(B), 1.4(D)`, '', stamp, '', `${margin}RELEASED IN PART`, '3. (C) He left.', '', 'SMITH', '', stamp));
    expect(c.paragraphs.map((p) => [p.number, p.text])).toEqual([['1', 'The advisor spoke.'], ['2', ''], ['3', 'He left.']]);
    expect(c.signer).toBe('SMITH');
  });

  it('leaves an exemption code or a release phrase inside the text alone (guard)', () => {
    const c = parseCable(fromLines(...ASTANA_HEAD, '1. (C) The documents were RELEASED IN FULL', 'B1 and 1.4(D) were cited.', '', 'SMITH'));
    expect(c.paragraphs[0]?.text).toBe('The documents were RELEASED IN FULL B1 and 1.4(D) were cited.');
  });
});

describe('a declassification line closing a message without an E.O. line (era red team 103)', () => {
  const cable = (lastLines: string[], eo: string[] = []): string =>
    [
      'R 090215Z FEB 91',
      'FM USCINCPAC HONOLULU HI',
      'TO AMEMBASSY MANILA',
      'BT',
      'C O N F I D E N T I A L',
      ...eo,
      'SUBJ: PHILIPPINE BASES TALKS',
      '1. (C) I HAVE READ REF A WITH INTEREST.',
      '2. (C) I WOULD WELCOME YOUR VIEWS BEFORE THE NEXT ROUND.',
      ...lastLines,
      'BT',
      '#0884',
      'NNNN',
    ].join('\n');

  it('reads `DECL: OADR` before BT as the executive order, out of the last paragraph', () => {
    const c = parseCable(cable(['DECL: OADR']));
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(c.paragraphs[1]?.text).toBe('I WOULD WELCOME YOUR VIEWS BEFORE THE NEXT ROUND.');
    expect(c.executiveOrder).toEqual({ order: null, declassify: { kind: 'oadr' }, text: 'DECL: OADR' });
    expect(c.diagnostics.map((d) => d.code)).not.toContain('EO_MISSING');
    const span = c.spans.executiveOrder;
    expect(span).not.toBeNull();
    expect(c.spans.transmission.some((s) => s.start === span?.start)).toBe(false);
  });

  it('reads a date too (`DECL: 12/31/95`)', () => {
    expect(parseCable(cable(['DECL: 12/31/95'])).executiveOrder?.declassify).toEqual({ kind: 'date', date: '1995-12-31' });
  });

  it('leaves it in the text when the preamble has its E.O. line (a field of the text, an ADMIN list)', () => {
    const c = parseCable(cable(['DECL: OADR'], ['E.O. 12356: DECL: OADR']));
    expect(c.executiveOrder?.text).toBe('E.O. 12356: DECL: OADR');
    expect(c.paragraphs[1]?.text).toBe('I WOULD WELCOME YOUR VIEWS BEFORE THE NEXT ROUND. DECL: OADR');
  });

  it('does not take a sentence that only begins with DECL', () => {
    const c = parseCable(cable(['DECL: OADR WAS THE RULE UNTIL 1995.']));
    expect(c.executiveOrder).toBeNull();
    expect(c.paragraphs[1]?.text).toContain('DECL: OADR WAS THE RULE');
  });
});

describe('a later section\'s copy of the SUBJECT wrapped elsewhere (era red team 107)', () => {
  const cable = (copy: string[]): string =>
    [
      'C O N F I D E N T I A L SECTION 01 OF 02 BEIJING 004417',
      '',
      'SIPDIS',
      '',
      'E.O. 12958: DECL: 05/10/2016',
      'TAGS: PHUM, PREL, CH',
      'SUBJECT: (C) PRC: PETITIONERS DETAINED AHEAD OF NPC',
      'ANNIVERSARY; MFA DEFLECTS DEMARCHE',
      '',
      '1. (C) PolOff raised the detentions with the MFA on May 8.',
      'C O N F I D E N T I A L SECTION 02 OF 02 BEIJING 004417',
      '',
      ...copy,
      '',
      '2. (C) Liu said the petitioners had disturbed public order.',
      '',
      'RANDT',
    ].join('\n');

  for (const [name, copy] of [
    ['wrapped at another place, its marking dropped', ['SUBJECT: PRC: PETITIONERS DETAINED AHEAD OF NPC ANNIVERSARY;', 'MFA DEFLECTS DEMARCHE']],
    ['on one line', ['SUBJECT: (C) PRC: PETITIONERS DETAINED AHEAD OF NPC ANNIVERSARY; MFA DEFLECTS DEMARCHE']],
  ] as const) {
    it(`leaves the copy ${name} out of the paragraphs`, () => {
      const c = parseCable(cable([...copy]));
      expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
      expect(c.paragraphs.map((p) => p.heading)).toEqual([null, null]);
      expect(c.paragraphs[0]?.text).toBe('PolOff raised the detentions with the MFA on May 8.');
      expect(c.unparsed).toEqual([]);
    });
  }

  it('keeps a SUBJECT line naming another subject as text (guard)', () => {
    const c = parseCable(cable(['SUBJECT: PRC: PETITIONERS DETAINED AHEAD OF NPC ANNIVERSARY;', 'MFA AGREES TO MEET']));
    expect(c.paragraphs.some((p) => p.text.includes('MFA AGREES TO MEET') || p.heading?.includes('MFA AGREES TO MEET') === true)).toBe(true);
  });
});

describe('a header after END QUOTE is a joined section\'s, not quoted text (era red team 112)', () => {
  it('marks the next section\'s header after a closing `END QUOTE.` as transmission', () => {
    const text = ['O 082010Z FEB 85', 'FM AMEMBASSY BERN', 'TO SECSTATE WASHDC 7713', 'BT', 'CONFIDENTIAL SECTION 01 OF 02 BERN 02210', 'SUBJECT: BANKS', '1. (C) THE MINISTER SAID: QUOTE WE WILL ACT. END QUOTE.', 'O 082015Z FEB 85', 'FM AMEMBASSY BERN', 'TO SECSTATE WASHDC 7714', 'BT', 'CONFIDENTIAL SECTION 02 OF 02 BERN 02210', '2. (C) MORE TEXT.', 'FAUST', 'BT'].join('\n');
    const c = parseCable(text);
    expect(c.paragraphs.map((p) => p.text)).toEqual(['THE MINISTER SAID: QUOTE WE WILL ACT. END QUOTE.', 'MORE TEXT.']);
  });
});

describe('end marks inside a repeat that quotes the whole original transmission (era red team 181)', () => {
  const repeat = (close: string): string =>
    fromLines(
      'CONFIDENTIAL STATE 054210',
      '',
      'E.O. 12356: DECL: OADR',
      'TAGS: PREL, CO',
      'SUBJECT: REPEAT OF BOGOTA 7012',
      '',
      '1. FOLLOWING REPEAT BOGOTA 7012 SENT ACTION SECSTATE MAY 3. QUOTE',
      'C O N F I D E N T I A L BOGOTA 7012',
      '',
      '1. THE MINISTER SAID THE TALKS WOULD RESUME.',
      'HEMENWAY',
      'BT',
      '#7012',
      'NNNN',
      close,
      '',
      '2. DEPARTMENT CONCURS WITH EMBASSY ASSESSMENT.',
      'SHULTZ',
      'BT',
      '#0442',
      'NNNN',
    );

  it('keeps the text after the quotation closes: the quoted NNNN ends nothing', () => {
    for (const close of ['UNQUOTE', 'END TEXT.']) {
      const c = parseCable(repeat(close));
      expect(c.paragraphs.map((p) => p.number), close).toEqual(['1', '2']);
      expect(c.paragraphs[1]?.text).toBe('DEPARTMENT CONCURS WITH EMBASSY ASSESSMENT.');
      expect(c.signer).toBe('SHULTZ');
    }
  });

  it('guard: an NNNN with no closing mark after it still ends the message', () => {
    const c = parseCable(fromLines('UNCLAS STATE 054210', '', 'SUBJECT: TEST', '', '1. THE TALKS RESUMED.', 'SHULTZ', 'BT', '#0442', 'NNNN', '2004STATE054210 - Classification: UNCLASSIFIED'));
    expect(c.paragraphs.map((p) => p.text)).toEqual(['THE TALKS RESUMED.']);
    expect(c.signer).toBe('SHULTZ');
  });
});

describe('a closing banner typed between the text and the signer (era red team 193)', () => {
  it('is transmission: the last paragraph ends with its sentence, the name signs', () => {
    const c = parseCable(fromLines(...ASTANA_HEAD, '1. (C) The commission will meet March 20.', '', 'CONFIDENTIAL', '', "FENWICK AND O'DONNELL", 'BT', '#1083', 'NNNN'));
    expect(c.paragraphs.map((p) => p.text)).toEqual(['The commission will meet March 20.']);
    expect(c.signer).toBe("FENWICK AND O'DONNELL");
  });
});

describe('the National Archives message text copied alone (era red team 208)', () => {
  it('reads the signer over the closing banner and `<< END OF DOCUMENT >>`, which stay out of the text', () => {
    const c = parseCable(
      ['C O N F I D E N T I A L CAIRO 4471', '', 'E.O. 11652: GDS', 'TAGS: PFOR, EG', 'SUBJECT: FAHMY ON GENEVA', '', '1. FAHMY WAS IN A GOOD MOOD. END COMMENT.', 'EILTS', '', '', 'CONFIDENTIAL', '', '<< END OF DOCUMENT >>', ''].join('\n'),
    );
    expect(c.signer).toBe('EILTS');
    expect(c.paragraphs.map((p) => p.text)).toEqual(['FAHMY WAS IN A GOOD MOOD. END COMMENT.']);
  });
});

describe("a printed page's banner on two lines, its caveat under the word (era red team 283, session 26)", () => {
  const text = [
    'SECRET', 'NOFORN', '', 'PAGE 01        STATE  214417  01 OF 02  101944Z', 'ORIGIN ARA-00', '',
    'O 101938Z JUL 85', 'FM SECSTATE WASHDC', 'TO AMEMBASSY TEGUCIGALPA IMMEDIATE', '',
    'S E C R E T SECTION 01 OF 02 STATE 214417', '', 'NOFORN WNINTEL', '', 'E.O. 12356: DECL: OADR', 'TAGS: PINS, HO', 'SUBJECT: INCURSIONS', '',
    '2. (S/NF) THE DEPARTMENT HAS RECEIVED REPORTS OF TWO PATROLS.', '', '', 'SECRET', 'NOFORN', '', 'SECRET', 'NOFORN', '',
    'PAGE 02        STATE  214417  01 OF 02  101944Z', '', '3. (S/NF) THE DEPARTMENT WOULD WELCOME VIEWS. SHULTZ', '', '', 'SECRET', 'NOFORN', '', 'NNN',
  ].join('\n');

  it('marks both lines at the head of the copy, at the page break and at the end', () => {
    const c = parseCable(text);
    expect(c.paragraphs.map((p) => p.text)).toEqual(['THE DEPARTMENT HAS RECEIVED REPORTS OF TWO PATROLS.', 'THE DEPARTMENT WOULD WELCOME VIEWS.']);
    expect(c.unparsed).toEqual([]);
    expect(c.classification.caveats).toEqual(['NOFORN', 'WNINTEL']);
    expect(c.signer).toBe('SHULTZ');
  });

  it('guard: a caveat line in the text not under a page banner stays text', () => {
    const c = parseCable(text.replace('REPORTS OF TWO PATROLS.', 'REPORTS OF TWO PATROLS.\n\nNOFORN\n\nTHE REPORTS ARE SENSITIVE.'));
    expect(c.paragraphs[0]?.text).toContain('NOFORN');
  });
});

describe('the declassification group of older cables next to the signer (era red team 383, session 28)', () => {
  const text = (...end: string[]): string =>
    ['CONFIDENTIAL', '', 'SUBJECT: PL 480 WHEAT FOR GHANA', '', '1. THE DEPARTMENT APPROVES THE SALE.', '', '2. FYI: BRITISH AND CANADIANS HAVE TOLD US THEY WILL NOT BE ABLE', 'TO FILL REMAINING GAP. END FYI.', ...end].join('\n');

  it('is transmission right above the name or right under it, no text of the last paragraph', () => {
    for (const end of [['GP-3', 'RUSK', 'BT'], ['GP-1.', 'RUSK'], ['RUSK', 'GP-3']]) {
      const c = parseCable(text(...end));
      expect(c.paragraphs.at(-1)?.text).toBe('FYI: BRITISH AND CANADIANS HAVE TOLD US THEY WILL NOT BE ABLE TO FILL REMAINING GAP. END FYI.');
      expect(c.signer).toBe('RUSK');
      expect(c.body).not.toContain('GP-');
    }
  });

  it('guard: inside the text, not next to a name, it stays text', () => {
    const c = parseCable(['CONFIDENTIAL', '', 'SUBJECT: GROUPS', '', '1. THE GROUPS ARE:', 'GP-3', 'GP-4', '', '2. MORE TEXT.', '', 'RUSK'].join('\n'));
    expect(c.paragraphs[0]?.text).toBe('THE GROUPS ARE: GP-3 GP-4');
  });
});

describe("a printer's page furniture around its page breaks (era red team 387, session 28)", () => {
  it('is transmission in the body: the copy\'s classification word, its page head and its footer', () => {
    const c = parseCable(
      ['UNCLAS ANKARA 001042', '', 'E.O. 12958: N/A', 'TAGS: ENRG, TU', 'SUBJECT: GAS PRICES', '', '1. (SBU) Guler said the decision had been taken by the', 'UNCLASSIFIED', '\f08ANKARA1042                                        6/12/2008', 'UNCLASSIFIED                                          Page 2 of 3', 'Prime Minister personally.', '', 'WILSON', 'UNCLASSIFIED', '\f08ANKARA1042                                        6/12/2008', 'UNCLASSIFIED                                          Page 3 of 3'].join('\n'),
    );
    expect(c.paragraphs.map((p) => p.text)).toEqual(['Guler said the decision had been taken by the Prime Minister personally.']);
    expect(c.signer).toBe('WILSON');
  });

  it('inside a REF list, and as the first line over the transmission id', () => {
    const ref = parseCable(['UNCLAS LAGOS 000731', '', 'E.O. 12958: N/A', 'TAGS: EPET, NI', 'SUBJECT: DELTA OIL', '', 'REF: A. LAGOS 0588', '     B. LAGOS 0640', 'UNCLASSIFIED', '\f06LAGOS731                                            4/12/2006', 'UNCLASSIFIED                                          Page 2 of 3', '     C. ABUJA 0902', '', '1. (SBU) Fields remain shut in.', '', 'BROWNE'].join('\n'));
    expect(ref.references.map((r) => r.label)).toEqual(['A', 'B', 'C']);
    const top = parseCables(['CONFIDENTIAL                                          PAGE 1', 'VZCZCBO0412', 'OO RUEHC', 'DE RUEHBO #7702 2841915', 'ZNY CCCCC ZZH', 'O 111915Z OCT 94', 'FM AMEMBASSY BOGOTA', 'TO RUEHC/SECSTATE WASHDC IMMEDIATE 4412', 'BT', 'C O N F I D E N T I A L BOGOTA 007702', '', 'E.O. 12356: DECL: OADR', 'TAGS: SNAR, CO', 'SUBJECT: NEW POLICE CHIEF', '', '1. (C) TEXT.', '', 'FROWICK'].join('\n'));
    expect(top.map((c) => [c.header?.from, c.subject, c.signer])).toEqual([['AMEMBASSY BOGOTA', 'NEW POLICE CHIEF', 'FROWICK']]);
  });

  it('guard: a bare classification word away from any page break, and a line like a page head in the text, stay as read before', () => {
    const c = parseCable(['UNCLAS ANKARA 001042', '', 'SUBJECT: TEST', '', '1. THE FILE 08ANKARA1042      6/12/2008 WAS SENT.', '', 'WILSON'].join('\n'));
    expect(c.paragraphs[0]?.text).toBe('THE FILE 08ANKARA1042 6/12/2008 WAS SENT.');
  });
});

describe('a FOIA release: the case line wrapped over two lines, exemption codes on text lines (era red team 399, session 28)', () => {
  const CASE = 'UNCLASSIFIED U.S. Department of State Case No. F-2010-02216 Doc No. C05240117 Date: 11/04/2011';
  const text = (...body: string[]): string => ['SECRET', '', 'PAGE 01        RIYADH 04410  221530Z', 'O 221520Z OCT 91', 'FM AMEMBASSY RIYADH', 'TO SECSTATE WASHDC IMMEDIATE 4410', 'BT', 'S E C R E T RIYADH 04410', '', 'E.O. 12356: DECL: OADR', 'TAGS: PREL, SA', 'SUBJECT: SAUD ON DAMASCUS DECLARATION', '', ...body, '', 'FREEMAN', CASE].join('\n');

  it('reads the text without the codes in its right margin; a withheld paragraph has no text', () => {
    const c = parseCable(text('1. (C) TEXT.', '', '2. (S) SAUD SAID THAT THE DAMASCUS DECLARATION WAS DEAD IN ALL      B1', 'BUT NAME.', '', '3. (S)                                                          B1, 1.4(D)', '', '4. (C) MORE TEXT.'));
    expect(c.paragraphs.map((p) => p.text)).toEqual(['TEXT.', 'SAUD SAID THAT THE DAMASCUS DECLARATION WAS DEAD IN ALL BUT NAME.', '', 'MORE TEXT.']);
    expect(c.unparsed).toEqual([]);
  });

  it('marks the case line wrapped over two lines at a page foot', () => {
    const c = parseCable(text('1. (C) THE MINISTER SAID', 'UNCLASSIFIED U.S. Department of State Case No. F-2010-02216 Doc No.', 'C05240117 Date: 11/04/2011', 'THE MILLS WILL CLOSE.'));
    expect(c.paragraphs[0]?.text).toBe('THE MINISTER SAID THE MILLS WILL CLOSE.');
  });

  it('guard: without a case line the same ending is text', () => {
    const c = parseCable(['S E C R E T RIYADH 04410', '', 'SUBJECT: TEST', '', '1. (S) THE ROUTES ARE LABELLED A1 TO B1 ON THE MAP      B1', '', 'FREEMAN'].join('\n'));
    expect(c.paragraphs[0]?.text).toBe('THE ROUTES ARE LABELLED A1 TO B1 ON THE MAP B1');
  });
});

describe('what a copy or the communications center put under the signer (era red teams 407, 409 and 416, session 29)', () => {
  const cable = (...end: string[]): ReturnType<typeof parseCable> =>
    parseCable(['CONFIDENTIAL PARIS 004417', '', 'E.O. 12958: DECL: 05/01/2019', 'TAGS: ETRD, FR', 'SUBJECT: TRADE TALKS', '', '1. (C) The talks went on.', '', '2. (C) EMBASSY WILL CONTINUE TO PRESS THE POINTS.', ...end].join('\n'));

  it('passing and distribution lines, a DoD mail trailer', () => {
    for (const end of [
      ['HARRIMAN', '', 'DEPT PLEASE PASS USTR FOR HAFNER AND USDA/FAS/ITP', 'ORIG. DIST: EUR,EB,ADS,USDA,STR,TRSE,', 'OES,'],
      ['HARRIMAN', '', 'PLEASE PASS TO DEA HEADQUARTERS'],
      ['HARRIMAN', '(ACTING)', 'ORIG. DIST: NODS,ISO', 'BT'],
      ['HARRIMAN', '', 'Classification: UNCLASSIFIED//FOR OFFICIAL USE ONLY', 'Caveats: FOUO'],
    ]) {
      const c = cable(...end);
      expect(c.signer, end[2]).toBe('HARRIMAN');
      expect(c.paragraphs.at(-1)?.text, end[2]).toBe('EMBASSY WILL CONTINUE TO PRESS THE POINTS.');
    }
  });

  it('a mail signature under its `-- ` delimiter, and a note by the communications center after a repeated banner', () => {
    const mail = cable('WOOD', '', '-- ', 'Karen M. Delgado', 'Political Section | U.S. Embassy Kabul', 'Tel: 0700 108 001 | DelgadoKM@state.gov');
    expect(mail.signer).toBe('WOOD');
    expect(mail.body).not.toContain('Delgado');
    const note = cable('ARMACOST', 'CONFIDENTIAL', '', 'NOTE BY OC/T: NOT PASSED CINCPAC.', 'NNN');
    expect(note.signer).toBe('ARMACOST');
    expect(note.paragraphs.at(-1)?.text).toBe('EMBASSY WILL CONTINUE TO PRESS THE POINTS.');
  });

  it('guard: a passing line that the text ends with, no name above it, is text', () => {
    const c = cable('', 'PLEASE PASS TO DEA HEADQUARTERS.');
    expect(c.signer).toBeNull();
    expect(c.body).toContain('PLEASE PASS TO DEA HEADQUARTERS.');
  });
});
