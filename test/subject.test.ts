import { describe, expect, it } from 'vitest';
import { findPageMarker } from '../src/body/page-markers.js';
import { parseSubject, parseSubjectDetails, parseSubjectMarking } from '../src/preamble/subject.js';
import { parseCable } from '../src/index.js';
import { msUnder } from './timing.js';

const JUNK = ['', '(((((', 'REF: A) '.repeat(100_000)];

describe('parseSubject', () => {
  it('joins a subject wrapped over two lines and collapses whitespace', () => {
    expect(
      parseSubject('SUBJECT:  KAZAKHSTAN:  SECOND PREPARATION MEETING FOR THE 2010\nSUSTAINABLE DEVELOPMENT CONFERENCE'),
    ).toBe('KAZAKHSTAN: SECOND PREPARATION MEETING FOR THE 2010 SUSTAINABLE DEVELOPMENT CONFERENCE');
  });

  it.each([
    ['SUBJECT: FOO BAR', 'FOO BAR'],
    ['SUBJ: FOO BAR', 'FOO BAR'],
    ['SUBJECT FOO BAR', 'FOO BAR'],
    ['SUBJECT : FOO BAR', 'FOO BAR'],
    ['Subject: Foo bar', 'Foo bar'],
    ['  SUBJECT:\tFOO   BAR  ', 'FOO BAR'],
    ['SUBJECT: FOO\r\nBAR \r\n', 'FOO BAR'],
    ['FOO BAR', 'FOO BAR'],
  ])('keyword variant %j', (input, expected) => {
    expect(parseSubject(input)).toBe(expected);
  });

  it('removes a leading portion marking', () => {
    expect(parseSubject('SUBJECT: (C) FOO BAR')).toBe('FOO BAR');
    expect(parseSubject('SUBJECT: (SBU) FOO BAR')).toBe('FOO BAR');
    expect(parseSubject('SUBJECT: (UPDATED) FOO BAR')).toBe('(UPDATED) FOO BAR');
  });

  it('stops at a field reflowed onto the subject line', () => {
    expect(parseSubject('SUBJECT: FOO BAR REF: STATE 1234')).toBe('FOO BAR');
    expect(parseSubject('SUBJECT: FOO BAR REFS: A) STATE 1234')).toBe('FOO BAR');
    expect(parseSubject('SUBJECT: FOO BAR REFTEL: STATE 1234')).toBe('FOO BAR');
    expect(parseSubject('SUBJECT: FOO BAR CLASSIFIED BY: JOHN DOE')).toBe('FOO BAR');
    expect(parseSubject('SUBJECT: FOO BAR Classified By: John Doe')).toBe('FOO BAR');
    expect(parseSubject('SUBJECT: FOO BAR E.O. 12958: N/A')).toBe('FOO BAR');
    expect(parseSubject('SUBJECT: FOO BAR TAGS: PREL')).toBe('FOO BAR');
    expect(parseSubject('SUBJECT: FOO BAR 1. (C) SUMMARY: BAZ')).toBe('FOO BAR');
  });

  it('does not stop at words that only start like a field', () => {
    expect(parseSubject('SUBJECT: REFORM OF PREFERENCES AND TAGS FOR TEO')).toBe('REFORM OF PREFERENCES AND TAGS FOR TEO');
  });

  it('stops at a following field on a later line', () => {
    expect(parseSubject('SUBJECT: FOO\nBAR\nREF: STATE 1234')).toBe('FOO BAR');
    expect(parseSubject('SUBJECT: FOO\nCLASSIFIED BY JOHN DOE')).toBe('FOO');
    expect(parseSubject('SUBJECT: FOO\n1.  (U) BAR')).toBe('FOO');
    expect(parseSubject('SUBJECT: FOO\nSummary\n-------')).toBe('FOO');
  });

  it('stops at a blank line', () => {
    expect(parseSubject('SUBJECT: FOO\nBAR\n \nBODY TEXT')).toBe('FOO BAR');
  });

  it('stops at a page marker line or a reflowed page marker', () => {
    expect(parseSubject('SUBJECT: FOO BAR\nASTANA 00000270  001.3 OF 002\nBODY')).toBe('FOO BAR');
    expect(parseSubject('SUBJECT: FOO BAR ASTANA 00000270  001.3 OF 002 BODY')).toBe('FOO BAR');
    expect(parseSubject('SUBJECT: FOO BAR NEW DELHI 00009127  001.2 OF 006')).toBe('FOO BAR');
  });

  it('drops the backslashes some archives put at line ends', () => {
    expect(parseSubject('SUBJECT: FOO \\\nBAR \\')).toBe('FOO BAR');
  });

  it('returns null when there is no subject text', () => {
    expect(parseSubject('SUBJECT:')).toBeNull();
    expect(parseSubject('SUBJECT:  \n\nBODY')).toBeNull();
    expect(parseSubject('SUBJECT: (C)')).toBeNull();
  });

  it('does not throw on junk', () => {
    expect(parseSubject('')).toBeNull();
    expect(parseSubject('(((((')).toBe('(((((');
    expect(typeof parseSubject('REF: A) '.repeat(100_000))).toBe('object');
    expect(parseSubject('SUBJECT: ' + 'A '.repeat(100_000))).toHaveLength(2 * 100_000 - 1);
  });
});

describe('parseSubjectDetails / parseSubjectMarking', () => {
  it('returns subject and marking', () => {
    expect(parseSubjectDetails('SUBJECT: (C) FOO BAR')).toEqual({ subject: 'FOO BAR', marking: 'C' });
    expect(parseSubjectDetails('SUBJ: (SBU) FOO')).toEqual({ subject: 'FOO', marking: 'SBU' });
    expect(parseSubjectDetails('SUBJECT: (S//NF) FOO')).toEqual({ subject: 'FOO', marking: 'S//NF' });
    expect(parseSubjectDetails('SUBJECT: (c) foo')).toEqual({ subject: 'foo', marking: 'C' });
    expect(parseSubjectDetails('SUBJECT: FOO')).toEqual({ subject: 'FOO', marking: null });
    expect(parseSubjectMarking('SUBJECT: (U) FOO')).toBe('U');
    expect(parseSubjectMarking('SUBJECT: FOO')).toBeNull();
  });

  it('does not throw on junk', () => {
    for (const junk of JUNK) {
      expect(typeof parseSubjectDetails(junk)).toBe('object');
      expect(() => parseSubjectMarking(junk)).not.toThrow();
    }
  });
});

describe('findPageMarker', () => {
  it('finds a page marker line', () => {
    const line = 'ASTANA 00000270  001.3 OF 002';
    expect(findPageMarker(line)).toEqual({ start: 0, end: line.length });
  });

  it('finds a marker inside a line, with a multi-word post', () => {
    const text = 'FOO BAR NEW DELHI 00009127  001.2 OF 006 BODY';
    expect(findPageMarker(text)).toEqual({ start: 8, end: 40 });
  });

  it('returns null without a marker', () => {
    expect(findPageMarker('UNCLAS SECTION 01 OF 02 ASTANA 000270')).toBeNull();
    expect(findPageMarker('09 STATE 125262')).toBeNull();
  });

  it('does not throw on junk', () => {
    for (const junk of JUNK) expect(findPageMarker(junk)).toBeNull();
    expect(findPageMarker('00000270 001 OF '.repeat(10_000))).toBeNull();
  });
});

describe('parseSubject: the keyword printed twice (r4a)', () => {
  it('reads SUBJECT: SUBJECT: X as subject X', () => {
    expect(parseSubject('SUBJECT: SUBJECT: MINISTER VISIT TO\nGENEVA, MAY 4, 2010')).toBe('MINISTER VISIT TO GENEVA, MAY 4, 2010');
    expect(parseSubject('Subject: subject: talks on trade')).toBe('talks on trade');
  });

  it('keeps a second SUBJECT word without a colon (guard)', () => {
    expect(parseSubject('SUBJECT: SUBJECT TO APPROVAL, TALKS GO ON')).toBe('SUBJECT TO APPROVAL, TALKS GO ON');
  });
});

describe('subject end with no blank line after it', () => {
  it('stops at a one-word heading line (`INDEX:`)', () => {
    expect(parseSubject('SUBJECT:  DAILY SUMMARY OF PRESS 03/15/06\n  INDEX:\n(1) Poll on the cabinet')).toBe('DAILY SUMMARY OF PRESS 03/15/06');
  });

  it('the preamble reader leaves the text after the subject to the body (nothing dropped)', () => {
    const text = ['UNCLAS TOKYO 001234', 'SUBJECT:  DAILY SUMMARY OF PRESS 03/15/06', '  INDEX:', '(1) Poll on the cabinet', 'Other parties    0.1   (---)', 'None   39.2'].join('\n');
    const c = parseCable(text);
    expect(c.subject).toBe('DAILY SUMMARY OF PRESS 03/15/06');
    expect(c.body).toContain('Poll on the cabinet');
    expect(c.body).toContain('None');
  });

  it('a table row with `(---)` in a wrapped subject: no text of the line is dropped', () => {
    const text = ['UNCLAS TOKYO 001234', 'SUBJECT: POLL RESULTS ON THE CABINET', 'Other parties    0.1   (---)', 'None   39.2'].join('\n');
    const c = parseCable(text);
    const read = `${c.subject ?? ''} ${c.body}`.replace(/\s+/g, ' ');
    expect(read).toContain('0.1 (---)');
    expect(read).toContain('None 39.2');
  });

  it('keeps dashes in parentheses on the SUBJECT line in the subject; a dashed heading still ends it', () => {
    const c = parseCable(['UNCLAS TOKYO 001234', 'SUBJECT: FOO (---) BAR', '', '1. (U) One.'].join('\n'));
    expect(c.subject).toBe('FOO (---) BAR');
    expect(parseSubject('SUBJECT: FOO BAR -------')).toBe('FOO BAR');
    expect(parseSubject('SUBJECT: FOO BAR Summary -------')).toBe('FOO BAR');
  });

  it('keeps a wrapped upper-case subject line (guard)', () => {
    expect(parseSubject('SUBJECT: SCENESETTER FOR THE VISIT OF\nCODEL SMITH TO LONDON')).toBe('SCENESETTER FOR THE VISIT OF CODEL SMITH TO LONDON');
  });

  it('reads a long run of heading-like lines in linear time', () => {
    const ms = msUnder(1000, () => {
      parseSubject(`SUBJECT: FOO\n${'A'.repeat(200_000)}:`);
      parseCable(`UNCLAS TOKYO 001234\nSUBJECT: FOO\n${'WORD WORD (---)\n'.repeat(10_000)}`);
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('a subject cut by a page marker (era red team 15)', () => {
  const cable = (first: string): string =>
    [
      'UNCLAS SECTION 01 OF 02 ASTANA 000188',
      '',
      'SIPDIS',
      '',
      'E.O. 12958: N/A',
      'TAGS: PREL, OSCE, KZ',
      `SUBJECT: ${first}`,
      '',
      'ASTANA 00000188  001.3 OF 002',
      '',
      '',
      'ASTANA INFORMAL MINISTERIAL',
      '',
      '1. (U) The minister told ambassadors that Astana will host a meeting.',
      '',
      'HOAGLAND',
    ].join('\n');

  it('goes on after the marker when its line stops on a joining word (FOR THE)', () => {
    const c = parseCable(cable('KAZAKHSTAN: OSCE CHAIRMANSHIP PLANS FOR THE'));
    expect(c.subject).toBe('KAZAKHSTAN: OSCE CHAIRMANSHIP PLANS FOR THE ASTANA INFORMAL MINISTERIAL');
    expect(c.paragraphs.map((p) => [p.number, p.heading])).toEqual([['1', null]]);
  });

  it('ends at the marker when its line is a whole title: the next line is a heading (guard)', () => {
    const c = parseCable(cable('KAZAKHSTAN: OSCE CHAIRMANSHIP PLANS'));
    expect(c.subject).toBe('KAZAKHSTAN: OSCE CHAIRMANSHIP PLANS');
    expect(c.paragraphs[0]?.heading).toBe('ASTANA INFORMAL MINISTERIAL');
  });
});

describe('a subject wrapped before an order it names, the word leading to it last (era leftover 808)', () => {
  it('reads `... UNDER` / `E.O. 12938 AS AMENDED: TWO CHINESE ENTITIES` as one subject', () => {
    expect(parseSubject('SUBJECT: NONPROLIFERATION SANCTIONS UNDER\nE.O. 12938 AS AMENDED: TWO CHINESE ENTITIES')).toBe('NONPROLIFERATION SANCTIONS UNDER E.O. 12938 AS AMENDED: TWO CHINESE ENTITIES');
  });

  it('reads words that only hold the letters of a declassification as the subject (`... CHINA`, `9/11`)', () => {
    expect(parseSubject('SUBJECT: DESIGNATIONS UNDER\nE.O. 12938 AS AMENDED: TWO ENTITIES IN CHINA')).toBe('DESIGNATIONS UNDER E.O. 12938 AS AMENDED: TWO ENTITIES IN CHINA');
    expect(parseSubject('SUBJECT: Designation Under\nE.O. 13224 as amended: a 9/11 Financier')).toBe('Designation Under E.O. 13224 as amended: a 9/11 Financier');
  });

  it('stops at an E.O. line giving a declassification, and after a line not ending on such a word', () => {
    expect(parseSubject('SUBJECT: SANCTIONS UNDER\nE.O. 12958 AS AMENDED: DECL: 11/25/2019')).toBe('SANCTIONS UNDER');
    expect(parseSubject('SUBJECT: TWO CHINESE ENTITIES\nE.O. 12938 AS AMENDED: TEXT')).toBe('TWO CHINESE ENTITIES');
  });

  it('keeps it in the subject of a whole cable, also when the E.O. line comes first', () => {
    const c = parseCable(['CONFIDENTIAL STATE 124412', '', 'E.O. 12958 AS AMENDED: DECL: 11/25/2019', 'TAGS: PARM, CH', 'SUBJECT: NONPROLIFERATION SANCTIONS UNDER', 'E.O. 12938 AS AMENDED: TWO CHINESE ENTITIES', '', '1. (C) Text.'].join('\n'));
    expect(c.subject).toBe('NONPROLIFERATION SANCTIONS UNDER E.O. 12938 AS AMENDED: TWO CHINESE ENTITIES');
    expect(c.executiveOrder?.order).toBe('12958');
    expect(c.unparsed).toEqual([]);
  });
});

describe('a subject wrapped before a field\'s word without its colon (era red team 199)', () => {
  const cable = (...subject: string[]): string => ['UNCLAS ROME 17402', '', 'E.O. 12356: N/A', 'TAGS: ETRD, IT', ...subject, '', 'REF: STATE 251190', '', '1. TEXT.', '', 'RABB', ''].join('\n');

  it('keeps REFTEL, TAGS and SUBJECT opening a wrapped line in the subject when they are its words', () => {
    const reftel = parseCable(cable('SUBJ:  (LOU) ITALY:  GOI RESPONSE TO', '      REFTEL DEMARCHE ON EC/US STEEL ARRANGEMENT', '      FOR PIPE AND TUBE QUOTA'));
    expect(reftel.subject).toBe('ITALY: GOI RESPONSE TO REFTEL DEMARCHE ON EC/US STEEL ARRANGEMENT FOR PIPE AND TUBE QUOTA');
    expect(reftel.references.map((r) => r.text)).toEqual(['STATE 251190']);
    const tags = parseCable(cable('SUBJECT: UAE CUSTOMS: DUBAI PORTS TO REQUIRE RFID', 'TAGS ON TRANSSHIPPED CONTAINERS; NEW RULES'));
    expect(tags.subject).toBe('UAE CUSTOMS: DUBAI PORTS TO REQUIRE RFID TAGS ON TRANSSHIPPED CONTAINERS; NEW RULES');
    expect(tags.tags).toEqual(['ETRD', 'IT']);
    const subject = parseCable(cable('SUBJ:  PROVINCE CHIEFS SAY LAND TITLES,', '       SUBJECT OF REFTEL, REMAIN MAIN OBSTACLE'));
    expect(subject.subject).toBe('PROVINCE CHIEFS SAY LAND TITLES, SUBJECT OF REFTEL, REMAIN MAIN OBSTACLE');
  });

  it('keeps `TAG` before a function word in the subject: `... COUNT THE PRICE` / `TAG OF PEMEX REFORM` (era red team 259)', () => {
    const c = parseCable(cable('SUBJECT: MEXICO: CONGRESS BEGINS TO COUNT THE PRICE', 'TAG OF PEMEX REFORM'));
    expect(c.subject).toBe('MEXICO: CONGRESS BEGINS TO COUNT THE PRICE TAG OF PEMEX REFORM');
    expect(c.tags).toEqual(['ETRD', 'IT']);
  });

  it('guard: a REF keyword citing a cable, and TAGS with tags, open their fields under the subject', () => {
    const ref = parseCable(['UNCLAS ROME 17402', '', 'E.O. 12356: N/A', 'TAGS: ETRD, IT', 'SUBJECT: STEEL', 'REFTEL STATE 251190', '', '1. TEXT.', '', 'RABB'].join('\n'));
    expect(ref.subject).toBe('STEEL');
    expect(ref.references.map((r) => r.text)).toEqual(['STATE 251190']);
    const tags = parseCable(['UNCLAS ROME 17402', '', 'E.O. 12356: N/A', 'SUBJECT: STEEL', 'TAGS ETRD, IT', '', '1. TEXT.', '', 'RABB'].join('\n'));
    expect(tags.subject).toBe('STEEL');
    expect(tags.tags).toEqual(['ETRD', 'IT']);
  });
});

describe('a subject wrapped before a letter no body opens with, the body right under it (era red team 262, session 25)', () => {
  const cable = (...subject: string[]): string =>
    ['CONFIDENTIAL NASSAU 001234', '', 'E.O. 12356: DECL: OADR', 'TAGS: SNAR, KJUS, BF', ...subject, '', '1.  (C)  THE BAHAMIAN ATTORNEY GENERAL HAS THE REQUEST.', '', '2.  (C)  EMBASSY WILL FOLLOW UP.', '', 'SMITH'].join('\n');

  it("keeps a case's `V.` line in the subject", () => {
    const c = parseCable(cable('SUBJECT: MLAT REQUEST FOR BANK RECORDS IN UNITED STATES', 'V. DESMOND A. ROLLE ET AL.'));
    expect(c.subject).toBe('MLAT REQUEST FOR BANK RECORDS IN UNITED STATES V. DESMOND A. ROLLE ET AL.');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
  });

  it("keeps an initial and a name in the subject", () => {
    expect(parseCable(cable('SUBJECT: EXTRADITION REQUEST FOR FUGITIVE', 'J. RAMON TORRES')).subject).toBe('EXTRADITION REQUEST FOR FUGITIVE J. RAMON TORRES');
  });

  it('guard: `A.` or `I.` under the subject opens the body, and so does a letter after a subject ending with a colon', () => {
    expect(parseCable(cable('SUBJECT: MLAT REQUEST', 'A. THE BAHAMIAN SIDE AGREED.')).subject).toBe('MLAT REQUEST');
    expect(parseCable(cable('SUBJECT: MLAT REQUEST', 'I. BACKGROUND')).subject).toBe('MLAT REQUEST');
    expect(parseCable(cable('SUBJECT: MLAT REQUEST:', 'B. THE SECOND POINT')).subject).toBe('MLAT REQUEST:');
  });
});

describe('a release list marking at the subject\'s end, wrapped or not (era red team 357, session 27)', () => {
  it('is the subject\'s marking', () => {
    expect(parseSubjectDetails('SUBJECT: AUSTRALIA WANTS EARLIER ACCESS TO F-35 DATA (S//REL TO\nUSA, AUS)')).toEqual({ subject: 'AUSTRALIA WANTS EARLIER ACCESS TO F-35 DATA', marking: 'S//REL TO USA, AUS' });
    expect(parseSubjectDetails('SUBJECT: TALKS GO ON (C//REL TO USA, GBR)')).toEqual({ subject: 'TALKS GO ON', marking: 'C//REL TO USA, GBR' });
  });

  it('guard: words in brackets at the end stay the subject\'s', () => {
    expect(parseSubjectDetails('SUBJECT: TALKS ON THE TREATY (START II)').marking).toBeNull();
    expect(parseSubjectDetails('SUBJECT: MEETING WITH THE FM (CORRECTED COPY)').marking).toBeNull();
  });
});
