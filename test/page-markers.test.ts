/**
 * Page markers (docs/cable-format.md section 4). Synthetic markers.
 */

import { describe, expect, it } from 'vitest';
import { findInlinePageMarkers, findPageMarker, isPageFooter, isPageMarker, parsePageMarkerLine, parsePageMarkers } from '../src/body/page-markers.js';
import { parseCable } from '../src/index.js';
import { msUnder } from './timing.js';

describe('modern page markers', () => {
  it('reads post, 8-digit serial, page and total (format digit .3)', () => {
    expect(parsePageMarkers('ASTANA 00000270  001.3 OF 002')).toEqual([
      { post: 'ASTANA', serial: '00000270', page: 1, total: 2 },
    ]);
  });

  it('reads the .2 format digit', () => {
    expect(parsePageMarkerLine('TASHKENT 00000412  002.2 OF 003')).toEqual({
      post: 'TASHKENT', serial: '00000412', page: 2, total: 3,
    });
  });

  it('reads a marker with trailing spaces (the archive convention) and leading spaces', () => {
    expect(parsePageMarkerLine('ASTANA 00000270  002.3 OF 002 ')).toEqual({ post: 'ASTANA', serial: '00000270', page: 2, total: 2 });
    expect(parsePageMarkerLine('  ASTANA 00000270  002.3 OF 002')).toEqual({ post: 'ASTANA', serial: '00000270', page: 2, total: 2 });
  });

  it('reads a post of several words', () => {
    expect(parsePageMarkerLine('RIO DE JANEIRO 00000123  001.2 OF 002')).toEqual({
      post: 'RIO DE JANEIRO', serial: '00000123', page: 1, total: 2,
    });
  });

  it('finds every marker in a text, in order, ignoring the text between', () => {
    const text = [
      '1.  (SBU) The delegation discussed the draft agreement.',
      'ASTANA 00000270  001.3 OF 003',
      '2.  (SBU) More text.',
      '',
      'ASTANA 00000270  002.3 OF 003',
      'Even more text.',
      'ASTANA 00000270  003.3 OF 003',
    ].join('\n');
    expect(parsePageMarkers(text)).toEqual([
      { post: 'ASTANA', serial: '00000270', page: 1, total: 3 },
      { post: 'ASTANA', serial: '00000270', page: 2, total: 3 },
      { post: 'ASTANA', serial: '00000270', page: 3, total: 3 },
    ]);
  });

  it('handles \\r\\n line endings', () => {
    expect(parsePageMarkers('text\r\nASTANA 00000270  001.3 OF 002\r\nmore\r\n')).toEqual([
      { post: 'ASTANA', serial: '00000270', page: 1, total: 2 },
    ]);
  });
});

describe('a marker whose serial WikiLeaks redacted (era red team 125)', () => {
  it('reads it, the serial as written', () => {
    expect(parsePageMarkerLine('DAMASCUS XXXXXXXXXXXX  002 OF 002')).toEqual({ post: 'DAMASCUS', serial: 'XXXXXXXXXXXX', page: 2, total: 2 });
    expect(isPageMarker('BEIRUT xxxxxxxxxxxx  003.2 OF 004')).toBe(true);
  });

  it('takes no redaction in running text, nor a run longer than a serial, for a marker (guard)', () => {
    expect(isPageMarker('XXXXXXXXXXXX 002 OF 002')).toBe(false);
    expect(isPageMarker(`DAMASCUS ${'X'.repeat(20)}  002 OF 002`)).toBe(false);
    expect(isPageMarker('He met XXXXXXXXXXXX on May 12.')).toBe(false);
  });
});

describe('a marker line whose post the page cut to ten characters (era red team 70)', () => {
  it('reads a post of words no list knows: USEU BRUSS, UNVIE VIEN, PORT OF SP, NUEVO LARE', () => {
    expect(parsePageMarkerLine('USEU BRUSS 00000412  001.2 OF 003 ')).toEqual({ post: 'USEU BRUSS', serial: '00000412', page: 1, total: 3 });
    expect(parsePageMarkerLine('UNVIE VIEN 00000231  002.2 OF 002')?.post).toBe('UNVIE VIEN');
    expect(parsePageMarkerLine('PORT OF SP 00000118 002 OF 002')?.post).toBe('PORT OF SP');
    expect(parsePageMarkerLine('NUEVO LARE 00000012  001.2 OF 002')?.post).toBe('NUEVO LARE');
  });

  it('reads a long post written whole, up to 20 characters (era red team 335, session 27)', () => {
    expect(parsePageMarkerLine('BANDAR SERI BEGAWAN 00000412  002 OF 002')).toEqual({ post: 'BANDAR SERI BEGAWAN', serial: '00000412', page: 2, total: 2 });
    expect(parsePageMarkerLine('MINISTRY OF FOREIGN AFFAIRS 00000412 002 OF 002')?.post).not.toBe('MINISTRY OF FOREIGN AFFAIRS');
  });

  it('needs upper-case words before it, at most three, and a short post (guard)', () => {
    expect(parsePageMarkerLine('the plan BRUSS 00000412 001 OF 003')).toBeNull();
    expect(parsePageMarkerLine('A B C D BRUSS 00000412 001 OF 003')).toBeNull();
    expect(parsePageMarkerLine('MINISTRY OF FOREIGN AFFAIRS 00000412 001 OF 003')).toBeNull();
    expect(parsePageMarkerLine('USEU  BRUSS 00000412 001 OF 003')).toBeNull();
  });

  it('keeps the post\'s first word out of the text, and the heading under the marker whole', () => {
    const c = parseCable(
      [
        'UNCLAS SECTION 01 OF 02 USEU BRUSSELS 000412',
        '',
        'SIPDIS',
        '',
        'E.O. 12958: N/A',
        'TAGS: SENV, EUN',
        'SUBJECT: EU CLIMATE PACKAGE',
        '',
        '1. (U) The Council adopted the package on',
        'Friday.',
        '',
        'USEU BRUSS 00000412  002.2 OF 002',
        '',
        'EMISSIONS TRADING',
        '',
        '2. (U) Auctioning starts in 2013.',
        '',
        'MURRAY',
      ].join('\n'),
    );
    expect(c.pages.map((p) => p.post)).toEqual(['USEU BRUSS']);
    expect(c.paragraphs.map((p) => p.heading)).toEqual([null, 'EMISSIONS TRADING']);
    expect(c.body).not.toContain('USEU\n');
  });
});

describe('older page markers', () => {
  it('reads PAGE 02 ROME 01196 01 OF 02 082030Z', () => {
    const m = parsePageMarkerLine('PAGE 02 ROME 01196 01 OF 02 082030Z');
    expect(m).not.toBeNull();
    // `01 OF 02` is the section (repeated on each of its pages), not a page count.
    expect(m).toEqual({ post: 'ROME', serial: '01196', page: 2, total: 0 });
  });

  it('reads the multi-space layout of printed telegrams', () => {
    expect(parsePageMarkerLine('PAGE 02        STATE   037566  161435Z ')).toEqual({ post: 'STATE', serial: '037566', page: 2, total: 0 });
  });

  it('reads a PAGE marker without section or time', () => {
    const m = parsePageMarkerLine('PAGE 03 MOSCOW 04521');
    expect(m).toMatchObject({ post: 'MOSCOW', serial: '04521', page: 3 });
  });

  it("reads a 1970s teletype's page line ending with the classification, spaced out or not (era red team 249)", () => {
    expect(parsePageMarkerLine('PAGE 2 RUMJBT 4120 C O N F I D E N T I A L')).toEqual({ post: 'RUMJBT', serial: '4120', page: 2, total: 0 });
    expect(parsePageMarkerLine('PAGE 2 RUEHC 8812 UNCLAS')).toEqual({ post: 'RUEHC', serial: '8812', page: 2, total: 0 });
    const c = parseCable(['CONFIDENTIAL BANGKOK 4120', '', 'SUBJECT: TEST', '', '1. THE TALKS WILL GO ON TO DISCUSS A', 'PAGE 2 RUMJBT 4120 C O N F I D E N T I A L', 'TIMETABLE FOR THE WITHDRAWAL.', '', 'WHITEHOUSE'].join('\n'));
    expect(c.paragraphs[0]?.text).toBe('THE TALKS WILL GO ON TO DISCUSS A TIMETABLE FOR THE WITHDRAWAL.');
    // (Guard: a line going on after the classification is text.)
    expect(parsePageMarkerLine('PAGE 2 RUEHC 8812 UNCLAS AND MORE')).toBeNull();
  });

  it('finds older markers in a text', () => {
    const found = parsePageMarkers('CONFIDENTIAL\nPAGE 02 ROME 01196 01 OF 02 082030Z\nTEXT GOES ON\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ post: 'ROME', page: 2 });
  });
});

describe('non-markers', () => {
  it.each([
    '',
    'UNCLAS SECTION 01 OF 02 ASTANA 000270',
    'SECTION 01 OF 02',
    'ASTANA 270 1 OF 2',
    '1.  (SBU) The ASTANA 00000270 meeting was on page 001.3 OF 002 of the report.',
    'The ministry said 001.3 OF 002 were ready.',
    'TAGS: ECON PGOV SENV SOCI TSPL KPAO KZ',
    'O 260805Z FEB 10',
    'Pages 02 and 03 of the report were missing.',
  ])('is not a marker: %j', (text) => {
    expect(parsePageMarkerLine(text)).toBeNull();
    expect(isPageMarker(text)).toBe(false);
  });

  it('finds nothing in ordinary text', () => {
    expect(parsePageMarkers('1.  (U) Nothing here.\n\n2.  (U) Nor here.')).toEqual([]);
  });

  it('isPageMarker is true for a marker', () => {
    expect(isPageMarker('ASTANA 00000270  001.3 OF 002')).toBe(true);
  });
});

describe('findInlinePageMarkers (markers reflowed into running text)', () => {
  const found = (text: string): string[] => findInlinePageMarkers(text).map((m) => text.slice(m.start, m.end));

  it('finds markers in the middle and at the end of a line', () => {
    expect(found('but the relatively SOFIA 00001271 003 OF 003 short timelines')).toEqual(['SOFIA 00001271 003 OF 003']);
    expect(found('should also be considered. SOFIA 00001271 002 OF 003')).toEqual(['SOFIA 00001271 002 OF 003']);
    expect(found('one  TRIPOLI 00000151  003 OF 006   two  TRIPOLI 00000151  004 OF 006')).toEqual(['TRIPOLI 00000151  003 OF 006', 'TRIPOLI 00000151  004 OF 006']);
  });

  it('finds a marker whose serial WikiLeaks redacted after the cable\'s own post only (era red teams 129, 130)', () => {
    const inDamascus = (text: string): string[] => findInlinePageMarkers(text, 'DAMASCUS').map((m) => text.slice(m.start, m.end));
    expect(inDamascus('that the funds were DAMASCUS XXXXXXXXXXXX  002 OF 002 a larger source')).toEqual(['DAMASCUS XXXXXXXXXXXX  002 OF 002']);
    // (Guards: another word of capitals before a redaction, no post known, no post before it, or too short for a serial.)
    expect(inDamascus('RETURNED THE CASE XXXXXXXXXXXX  002 OF 004 TO THE MINISTRY')).toEqual([]);
    expect(found('that the funds were DAMASCUS XXXXXXXXXXXX  002 OF 002 a larger source')).toEqual([]);
    expect(inDamascus('the contact XXXXXXXXXXXX 002 OF 004 and SOURCE XXXX 002 OF 004')).toEqual([]);
  });

  it('reads multi-word and truncated post names: USUN NEW Y, ADDIS ABAB', () => {
    expect(found('as a result of the Joint USUN NEW Y 00001149 002 OF 003 Communique')).toEqual(['USUN NEW Y 00001149 002 OF 003']);
    expect(found('in light of the ADDIS ABAB 00003404 002 OF 004 vision')).toEqual(['ADDIS ABAB 00003404 002 OF 004']);
  });

  it('never takes ordinary text with numbers (guard)', () => {
    expect(found('REF: 09 STATE 125262 and 00001271 002 OF 003 without a post')).toEqual([]);
    expect(found('the Sofia 00001271 002 OF 003 page')).toEqual([]);
    expect(found('SOFIA 00001271 002 of 003')).toEqual([]);
    expect(found('SOFIA 12345678 002 OF 003')).toEqual([]);
    expect(found('SOFIA 000012711 002 OF 003')).toEqual([]);
    expect(found('paragraph 2 of 3 and 00001271 002 OF 0031')).toEqual([]);
  });

  it('is linear on near-markers', () => {
    const text = 'X 00001271 002 OF '.repeat(12_000);
    const ms = msUnder(500, () => {
      expect(findInlinePageMarkers(text)).toEqual([]);
    });
    expect(ms).toBeLessThan(500);
  });
});

describe('a page marker with a space for the format digit\'s dot', () => {
  it('reads `POST 0NNNNNNN 009 2 OF 012` as page 9 of 12', () => {
    expect(parsePageMarkerLine('FARAWAY 00001234 009 2 OF 012 ')).toEqual({ post: 'FARAWAY', serial: '00001234', page: 9, total: 12 });
    expect(parsePageMarkerLine('SAO PAULO 00000449  003 2 OF 006')).toEqual({ post: 'SAO PAULO', serial: '00000449', page: 3, total: 6 });
  });

  it('takes the marker out of a paragraph and lists its page', () => {
    const text = [
      'UNCLAS SECTION 01 OF 03 FARAWAY 001234',
      '',
      'SUBJECT: A NEWSLETTER',
      '',
      'FARAWAY 00001234 001.2 OF 003',
      '',
      '1. The city\'s public hospitals',
      '',
      'FARAWAY 00001234 002 2 OF 003',
      '',
      'were closed down last week.',
      '',
      'FARAWAY 00001234 003.2 OF 003',
      '',
      '2. More text.',
    ].join('\n');
    const c = parseCable(text);
    expect(c.pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(c.paragraphs[0]?.text).toBe("The city's public hospitals were closed down last week.");
    expect(c.diagnostics.map((d) => d.code)).not.toContain('PAGE_MARKER_OUT_OF_ORDER');
  });

  it.each([
    'FARAWAY 00001234 009 2 of 012',
    'Faraway 00001234 009 2 OF 012',
    'FARAWAY 12345678 009 2 OF 012',
    'FARAWAY 0001234 009 2 OF 012',
    'FARAWAY 00001234 09 2 OF 012',
    'FARAWAY 00001234 009 2 OF 12',
    'FARAWAY 00001234 009 22 OF 012',
    'FARAWAY 00001234 009  2 OF 012',
    'The count rose to 00001234 009 2 OF 012 ballots.',
  ])('guard: the damaged form only in its tight shape: %j', (text) => {
    expect(parsePageMarkerLine(text)).toBeNull();
  });

  it('is linear on near-markers of the damaged form', () => {
    const text = `POST ${'00001234 009 2 OF 01 '.repeat(8_000)}`;
    const ms = msUnder(500, () => {
      expect(parsePageMarkers(text)).toEqual([]);
      expect(findPageMarker(text)).toBeNull();
    });
    expect(ms).toBeLessThan(500);
  });
});

describe('a modern marker the archive cut (`001.2 OF 0...`)', () => {
  it('is a marker whose total is unknown (0, as the model writes a count not given)', () => {
    expect(parsePageMarkerLine('FARAWAY 00000575  001.2 OF 0...')).toEqual({ post: 'FARAWAY', serial: '00000575', page: 1, total: 0 });
    expect(parsePageMarkerLine('FARAWAY 00000575  001.2 OF 00...')).toEqual({ post: 'FARAWAY', serial: '00000575', page: 1, total: 0 });
  });

  it('keeps a whole 3-digit total before the dots, and needs the marker\'s shape (guard)', () => {
    expect(parsePageMarkerLine('FARAWAY 00000575  001.2 OF 002...')).toEqual({ post: 'FARAWAY', serial: '00000575', page: 1, total: 2 });
    expect(parsePageMarkerLine('the total was 001.2 OF 0...')).toBeNull();
    expect(parsePageMarkerLine('PAGE 02 ROME 01196 01 OF 0...')).toBeNull();
  });
});

describe('a printed page\'s foot and head both giving the classification (era red team 222)', () => {
  const printed = (word: string): string =>
    [
      'UNCLASSIFIED', '', 'PAGE 01        STATE  078812', 'ORIGIN ARA-10', '', 'INFO  OCT-01   ISO-00   /011 R', '', 'R 141530Z MAR 86', 'FM SECSTATE WASHDC',
      'TO ALL AMERICAN REPUBLIC DIPLOMATIC POSTS', 'BT', 'UNCLAS STATE 078812', '', 'E.O. 12356: N/A', 'TAGS: EFIN, XM', 'SUBJECT: IDB LOANS', '',
      "1. THE LOAN FOR SMALL ENTERPRISES IS TO GO TO THE BANK'S BOARD BEFORE", word, '', word, '', 'PAGE 02        STATE  078812', 'JUNE.', '', '2. NEXT.', 'SHULTZ', '',
    ].join('\n');

  it('leaves both words out of the text the page break cuts', () => {
    for (const word of ['UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'LIMITED OFFICIAL USE']) {
      const c = parseCable(printed(word));
      expect(c.paragraphs[0]?.text, word).toBe("THE LOAN FOR SMALL ENTERPRISES IS TO GO TO THE BANK'S BOARD BEFORE JUNE.");
    }
  });
});

describe('a preamble field cut by a printed page break with the classification at its foot and head (era red team 222)', () => {
  it('goes on after the page header; the fields after it are read', () => {
    const t = [
      'LIMITED OFFICIAL USE', '', 'PAGE 01        BOGOTA 11862  01 OF 02  141845Z', 'ACTION H-01', '', 'INFO  OCT-01   ARA-10   /011 W', '', 'O 141830Z NOV 85', 'FM AMEMBASSY BOGOTA',
      'TO SECSTATE WASHDC IMMEDIATE 2211', 'BT', 'LIMITED OFFICIAL USE SECTION 01 OF 02 BOGOTA 11862', '', 'E.O. 12356: N/A', 'TAGS: SNAR, PGOV, PREL, PTER, ASEC, CO,', 'LIMITED OFFICIAL USE', '',
      'LIMITED OFFICIAL USE', '', 'PAGE 02        BOGOTA 11862  01 OF 02  141845Z', 'OREP (HARWOOD, JAMES T.)', 'SUBJECT: CODEL HARWOOD: MEETINGS', '', 'REF: (A) STATE 341205, (B) BOGOTA 11420', '',
      '1. THE CODEL MET THE PRESIDENT.', '', 'GILLESPIE', '',
    ].join('\n');
    const c = parseCable(t);
    expect(c.tags.at(-1)).toBe('OREP (HARWOOD, JAMES T.)');
    expect(c.subject).toBe('CODEL HARWOOD: MEETINGS');
    expect(c.references).toHaveLength(2);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
  });
});

describe("an older page line with the Secretary's party serial after the cable's (era red team 266, session 25)", () => {
  it('reads `PAGE 02 STATE 236177 TOSEC 270140` as page 2 of STATE 236177', () => {
    expect(parsePageMarkerLine('PAGE 02        STATE  236177  TOSEC 270140')).toMatchObject({ post: 'STATE', serial: '236177', page: 2 });
    expect(isPageMarker('PAGE 01        STATE  236177  TOSEC 270140')).toBe(true);
    expect(isPageMarker('PAGE 02  USDEL SECRETARY  01419  DELTO 1419  01 OF 02  221530Z')).toBe(true);
  });

  it('guard: a sentence naming a TOSEC after a page word is no marker', () => {
    expect(isPageMarker('PAGE 2 OF THE TOSEC 270140 REPORT')).toBe(false);
  });
});

describe('a page marker between two bullets of a list whose items end with `;` (era red team 348, session 27)', () => {
  const cable = (...list: string[]): string =>
    ['CONFIDENTIAL KATHMANDU 001187', '', 'SUBJECT: DETAINEES', '', '1. (C) Summary. The NHRC named them. End Summary.', '', '2. (C) The NHRC gave emboff the names:', '', ...list, '', '3. (C) We will raise them.', '', 'MORTON'].join('\n');
  const marker = ['', 'KATHMANDU 00001187  002 OF 002', ''];

  it('goes on with the list: the blank lines are the page\'s', () => {
    const c = parseCable(cable('-- RAM THAPA (32), farmer, taken April 2;', '-- SITA GURUNG (19), student, taken April 9;', ...marker, '-- KRISHNA ADHIKARI (45), teacher, taken April 11.'));
    expect(c.paragraphs[1]?.text).toBe('The NHRC gave emboff the names:\n\n-- RAM THAPA (32), farmer, taken April 2; -- SITA GURUNG (19), student, taken April 9; -- KRISHNA ADHIKARI (45), teacher, taken April 11.');
  });

  it('guard: talking points ending with a full stop, or one bullet before the marker, start a block after it', () => {
    const points = parseCable(cable('-- We welcome the release.', '-- We urge more.', ...marker, '-- We will follow up.'));
    expect(points.paragraphs[1]?.text).toBe('The NHRC gave emboff the names:\n\n-- We welcome the release. -- We urge more.\n\n-- We will follow up.');
    const one = parseCable(cable('-- RAM THAPA (32), farmer, taken April 2;', ...marker, '-- SITA GURUNG (19), student.'));
    expect(one.paragraphs[1]?.text).toBe('The NHRC gave emboff the names:\n\n-- RAM THAPA (32), farmer, taken April 2;\n\n-- SITA GURUNG (19), student.');
  });
});

describe('the banner of a State archive system printout with its print queue number (era red team 420, session 29)', () => {
  it('is page furniture: `CONFIDENTIAL     PTQ7718`', () => {
    expect(isPageFooter('CONFIDENTIAL     PTQ7718')).toBe(true);
    expect(isPageFooter('CONFIDENTIAL PTQ7718 WAS SENT')).toBe(false);
  });

  it('stays out of unparsed above an older page header', () => {
    const c = parseCable(['CONFIDENTIAL     PTQ7718', '', 'PAGE 01        SEOUL  06331  01 OF 02  170832Z', 'ACTION EAP-01', '', 'R 170832Z JUL 02', 'FM AMEMBASSY SEOUL', 'TO SECSTATE WASHDC 4410', 'BT', 'C O N F I D E N T I A L SEOUL 006331', '', 'E.O. 12958: DECL: 07/16/2012', 'TAGS: PREL, KS', 'SUBJECT: TALKS', '', '1. (C) Talks went on.', '', 'HUBBARD'].join('\n'));
    expect(c.unparsed.map((u) => u.text)).toEqual([]);
    expect(c.header?.from).toBe('AMEMBASSY SEOUL');
  });
});

describe('a PDF copy\'s page line with its classification word far from the page count (era red team 428, session 29)', () => {
  it('is page furniture with up to 100 blanks between', () => {
    expect(isPageFooter(`CONFIDENTIAL${' '.repeat(82)}Page 2 of 2`)).toBe(true);
    const c = parseCable(['UNCLAS LIMA 000412', '', 'E.O. 12958: N/A', 'TAGS: PGOV, PE', 'SUBJECT: VOTE', '', '1. (U) The vote was close.', '', `UNCLASSIFIED${' '.repeat(82)}Page 2 of 2`, '', 'MCKINLEY'].join('\n'));
    expect(c.paragraphs[0]?.text).toBe('The vote was close.');
    expect(c.signer).toBe('MCKINLEY');
  });
});
