/**
 * Archive page text dumps (docs/cable-format.md section 1a). The dump is synthetic.
 */

import { describe, expect, it } from 'vitest';
import { detectFormat, parseCable, parseCables } from '../src/index.js';
import { parseArchiveRow, splitArchive } from '../src/text/archive.js';
import { splitLines } from '../src/text/source-line.js';

/** Synthetic boilerplate standing between the title and the metadata row. */
const BOILERPLATE = [
  'WikiLeaks Link',
  '',
  'To understand the justification used for the classification of each cable, see the archive notes.',
  '',
  'Discussing cables',
  'If you are discussing a cable, please cite its reference id.',
  '',
];

const CABLE_ONE = [
  'VZCZCXRO5512',
  'PP RUEHDBU',
  'DE RUEHNT #0412/01 0611115',
  'ZNR UUUUU ZZH',
  'P 021115Z MAR 10',
  'FM AMEMBASSY TASHKENT',
  'TO RUEHC/SECSTATE WASHDC PRIORITY 5123',
  'INFO RUEHDBU/AMEMBASSY DUSHANBE 0456',
  'UNCLAS TASHKENT 000412',
  'SIPDIS',
  'STATE FOR SCA/CEN',
  'E.O. 12958: N/A',
  'TAGS: ECON SENV UZ',
  "SUBJECT: UZBEKISTAN: MINISTERS' WATER PLAN",
  '',
  '1.  (U) Ministers from three countries agreed on a plan.',
  '',
  '2.  (U) The plan covers twelve stations.',
  '',
  'SMITH',
];

const CABLE_TWO = [
  'VZCZCXYZ0077',
  'OO RUEHC',
  'DE RUEHGB #0123/01 0741200',
  'ZNY CCCCC ZZH',
  'O 151200Z MAR 09',
  'FM AMEMBASSY BAGHDAD',
  'TO RUEHC/SECSTATE WASHDC IMMEDIATE 2222',
  'C O N F I D E N T I A L BAGHDAD 000123',
  'NOFORN',
  'SIPDIS',
  'E.O. 12958: DECL: 03/15/2019',
  'TAGS: PREL PGOV IZ',
  'SUBJECT: IRAQ: PROVINCIAL COUNCIL DEBATES BUDGET',
  '',
  'Classified By: Political Counselor Jane Q. Doe for reasons 1.4 (b) and (d)',
  '',
  '1.  (C) The council debated the budget for two days.',
  '',
  'JONES',
];

/** The whole dump, as lines (1-based line number = index + 1). */
const DUMP_LINES = [
  '10TASHKENT412, UZBEKISTAN: MINISTERS\u2019 WATER PLAN',
  ...BOILERPLATE,
  'Reference ID Created Released Classification Origin',
  '10TASHKENT412 2010-03-02 11:15 2011-08-30 01:44 UNCLASSIFIED//FOR OFFICIAL USE ONLY Embassy Tashkent',
  '',
  ...CABLE_ONE,
  '',
  'Wikileaks',
  '09BAGHDAD123, IRAQ:\u00a0PROVINCIAL COUNCIL DEBATES',
  ...BOILERPLATE,
  'Reference ID Created Released Classification Origin',
  '09BAGHDAD123 2009-03-15 12:00 2011-08-30 01:44 CONFIDENTIAL//NOFORN Embassy Baghdad',
  '',
  ...CABLE_TWO,
  '',
  'Wikileaks',
];
const DUMP = DUMP_LINES.join('\n');
const lineOf = (text: string, from = 0): number => DUMP_LINES.indexOf(text, from) + 1;

describe('parseArchiveRow', () => {
  it('reads a 5-column row', () => {
    expect(parseArchiveRow('10TASHKENT412 2010-03-02 11:15 2011-08-30 01:44 UNCLASSIFIED Embassy Tashkent', null)).toEqual({
      referenceId: '10TASHKENT412',
      created: '2010-03-02T11:15',
      released: '2011-08-30T01:44',
      classification: 'UNCLASSIFIED',
      origin: 'Embassy Tashkent',
      title: null,
      mediaUrls: [],
    });
  });

  it('keeps the title it is given', () => {
    expect(parseArchiveRow('10TASHKENT412 2010-03-02 11:15 2011-08-30 01:44 UNCLASSIFIED Embassy Tashkent', 'A TITLE')?.title).toBe('A TITLE');
  });

  it('reads compound classification CONFIDENTIAL//NOFORN', () => {
    const row = parseArchiveRow('09JERUSALEM456 2009-05-04 09:30 2011-08-30 01:44 CONFIDENTIAL//NOFORN Consulate Jerusalem', null);
    expect(row?.classification).toBe('CONFIDENTIAL//NOFORN');
    expect(row?.origin).toBe('Consulate Jerusalem');
  });

  it('reads compound classification UNCLASSIFIED//FOR OFFICIAL USE ONLY and a multi-word origin', () => {
    const row = parseArchiveRow('09STATE45678 2009-05-04 22:10 2011-08-30 01:44 UNCLASSIFIED//FOR OFFICIAL USE ONLY Secretary of State', null);
    expect(row?.classification).toBe('UNCLASSIFIED//FOR OFFICIAL USE ONLY');
    expect(row?.origin).toBe('Secretary of State');
    expect(row?.referenceId).toBe('09STATE45678');
  });

  it('reads an origin with a comma', () => {
    const row = parseArchiveRow('09USDELSECRETARY12 2009-07-22 14:00 2011-08-30 01:44 SECRET US Delegation, Secretary', null);
    expect(row?.classification).toBe('SECRET');
    expect(row?.origin).toBe('US Delegation, Secretary');
  });

  it('reads LIMITED OFFICIAL USE as one classification', () => {
    const row = parseArchiveRow('08ROME1196 2008-10-08 20:30 2011-08-30 01:44 LIMITED OFFICIAL USE Embassy Rome', null);
    expect(row?.classification).toBe('LIMITED OFFICIAL USE');
    expect(row?.origin).toBe('Embassy Rome');
  });

  it('reads the 4-column row without Released (released null)', () => {
    expect(parseArchiveRow('08TASHKENT1399 2008-10-08 12:30 SECRET//NOFORN Embassy Tashkent', null)).toEqual({
      referenceId: '08TASHKENT1399',
      created: '2008-10-08T12:30',
      released: null,
      classification: 'SECRET//NOFORN',
      origin: 'Embassy Tashkent',
      title: null,
      mediaUrls: [],
    });
  });

  it('returns null for lines that are not rows', () => {
    expect(parseArchiveRow('Reference ID Created Released Classification Origin', null)).toBeNull();
    expect(parseArchiveRow('Wikileaks', null)).toBeNull();
    expect(parseArchiveRow('', null)).toBeNull();
  });
});

describe('splitArchive', () => {
  const entries = splitArchive(splitLines(DUMP));

  it('finds one entry per metadata row', () => {
    expect(entries).toHaveLength(2);
  });

  it('reads the metadata and title of each entry, typographic quotes and NBSP replaced', () => {
    expect(entries[0]?.metadata).toEqual({
      referenceId: '10TASHKENT412',
      created: '2010-03-02T11:15',
      released: '2011-08-30T01:44',
      classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY',
      origin: 'Embassy Tashkent',
      title: "UZBEKISTAN: MINISTERS' WATER PLAN",
      mediaUrls: [],
    });
    expect(entries[1]?.metadata).toEqual({
      referenceId: '09BAGHDAD123',
      created: '2009-03-15T12:00',
      released: '2011-08-30T01:44',
      classification: 'CONFIDENTIAL//NOFORN',
      origin: 'Embassy Baghdad',
      title: 'IRAQ: PROVINCIAL COUNCIL DEBATES',
      mediaUrls: [],
    });
  });

  it('gives the cable lines from the routing header to the signer, without wrapper or trailer', () => {
    expect(entries[0]?.lines.map((l) => l.text).filter((t) => t.trim() !== '')).toEqual(CABLE_ONE.filter((t) => t !== ''));
    const lastText = (k: number): string | undefined => entries[k]?.lines.filter((l) => l.text.trim() !== '').at(-1)?.text;
    expect(lastText(0)).toBe('SMITH');
    expect(lastText(1)).toBe('JONES');
    expect(entries[1]?.lines.some((l) => l.text === 'Wikileaks')).toBe(false);
  });

  it('keeps whole-document line numbers on entry lines', () => {
    const first = entries[1]?.lines.find((l) => l.text === 'VZCZCXYZ0077');
    expect(first?.line).toBe(lineOf('VZCZCXYZ0077'));
  });

  it('reports the replaced typographic quote at the title line', () => {
    expect(entries[0]?.diagnostics.map((d) => [d.code, d.line])).toEqual([['TYPOGRAPHIC_QUOTES_REPLACED', 1]]);
    expect(entries[1]?.diagnostics.filter((d) => d.code === 'TYPOGRAPHIC_QUOTES_REPLACED')).toEqual([]);
  });

  it('returns [] for text without a row header', () => {
    expect(splitArchive(splitLines(CABLE_ONE.join('\n')))).toEqual([]);
  });
});

describe('parseCables on an archive dump', () => {
  const cables = parseCables(DUMP);

  it('yields one cable per archive entry, in order', () => {
    expect(cables.map((c) => c.referenceId)).toEqual(['10TASHKENT412', '09BAGHDAD123']);
  });

  it('fills metadata from the row', () => {
    expect(cables[0]?.metadata?.classification).toBe('UNCLASSIFIED//FOR OFFICIAL USE ONLY');
    expect(cables[1]?.metadata?.origin).toBe('Embassy Baghdad');
    expect(cables[1]?.metadata?.released).toBe('2011-08-30T01:44');
  });

  it('parses header, preamble and body of each cable', () => {
    const [a, b] = cables;
    expect(a?.header?.from).toBe('AMEMBASSY TASHKENT');
    expect(a?.header?.dtg?.datetime).toBe('2010-03-02T11:15:00Z');
    expect(a?.subject).toBe("UZBEKISTAN: MINISTERS' WATER PLAN");
    expect(a?.tags).toEqual(['ECON', 'SENV', 'UZ']);
    expect(a?.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(b?.header?.security).toBe('CCCCC');
    expect(b?.classification).toEqual({ level: 'CONFIDENTIAL', caveats: ['NOFORN'], text: 'C O N F I D E N T I A L' });
    expect(b?.classifiedBy?.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(b?.paragraphs).toEqual([
      { number: '1', outline: ['1'], marking: 'C', heading: null, text: 'The council debated the budget for two days.' },
    ]);
  });

  it('takes the signer from the cable, not the archive trailer', () => {
    expect(cables.map((c) => c.signer)).toEqual(['SMITH', 'JONES']);
    expect(cables[0]?.body).not.toContain('Wikileaks');
    expect(cables[0]?.body).toBe('1.  (U) Ministers from three countries agreed on a plan.\n\n2.  (U) The plan covers twelve stations.');
  });

  it('reports the title quote repair on the first cable at the title line', () => {
    const q = cables[0]?.diagnostics.filter((d) => d.code === 'TYPOGRAPHIC_QUOTES_REPLACED') ?? [];
    expect(q.map((d) => d.line)).toEqual([1]);
    expect(cables[1]?.diagnostics.some((d) => d.code === 'TYPOGRAPHIC_QUOTES_REPLACED')).toBe(false);
  });

  it('reports diagnostics of the second cable with whole-document line numbers', () => {
    // The second cable has all its fields; a mismatch or missing-field diagnostic would be wrong.
    const codes = cables[1]?.diagnostics.map((d) => d.code) ?? [];
    expect(codes).not.toContain('SUBJECT_MISSING');
    expect(codes).not.toContain('TAGS_MISSING');
    expect(codes).not.toContain('REFERENCE_ID_MISMATCH');
    const withBadSubject = parseCables(DUMP.replace('SUBJECT: IRAQ: PROVINCIAL COUNCIL DEBATES BUDGET', 'THE COUNCIL MET'));
    const missing = withBadSubject[1]?.diagnostics.find((d) => d.code === 'SUBJECT_MISSING');
    expect(missing?.line).toBe(lineOf('C O N F I D E N T I A L BAGHDAD 000123'));
  });
});

describe('malformed archive reference ids', () => {
  it('canonicalizes malformed archive reference ids (08ECTION01OF02MANAMA492 -> 08MANAMA492)', () => {
    expect(parseArchiveRow('08ECTION01OF02MANAMA492 2008-06-01 10:00 2011-08-30 01:44 CONFIDENTIAL Embassy Manama', null)?.referenceId).toBe('08MANAMA492');
  });

  it('canonicalizes malformed archive reference ids (09EFTOLONDON2468 -> 09LONDON2468)', () => {
    expect(parseArchiveRow('09EFTOLONDON2468 2009-10-01 10:00 2011-08-30 01:44 UNCLASSIFIED Embassy London', null)?.referenceId).toBe('09LONDON2468');
  });
});

describe('archive titles with scraping damage (era red team 7)', () => {
  const dump = (title: string): string =>
    [title, ...BOILERPLATE, 'Reference ID Created Released Classification Origin', '10TASHKENT412 2010-03-02 11:15 2011-08-30 01:44 UNCLASSIFIED Embassy Tashkent', '', ...CABLE_ONE, '', 'Wikileaks'].join('\n');

  it('decodes entities in the title, with a diagnostic', () => {
    const [c] = parseCables(dump('10TASHKENT412, POLAND: GLEMP&#8217;S &#8220;DIALOGUE&#8221; AT&amp;T'));
    expect(c?.metadata?.title).toBe('POLAND: GLEMP\'S "DIALOGUE" AT&T');
    expect(c?.diagnostics.map((d) => d.code)).toContain('ENTITY_DECODED');
  });

  it('drops a line-end backslash after the title', () => {
    const [c] = parseCables(dump('10TASHKENT412, CUBAN OFFICIALS ON "BALSEROS" AND THE \\'));
    expect(c?.metadata?.title).toBe('CUBAN OFFICIALS ON "BALSEROS" AND THE');
  });

  it('gives null for an empty title, nothing after the id and comma (era red team 381, session 28)', () => {
    for (const line of ['10TASHKENT412, ', '10TASHKENT412,', '10TASHKENT412, \\']) {
      const [c] = parseCables(dump(line));
      expect(c?.metadata?.title).toBeNull();
      expect(c?.metadata?.referenceId).toBe('10TASHKENT412');
    }
  });
});

describe('splitArchive: site text and page shapes around the trailer (era red team 23)', () => {
  const page = (title: string, row: string, cable: string[], ...after: string[]): string[] => [title, ...BOILERPLATE, 'Reference ID Created Released Classification Origin', row, '', ...cable, '', ...after];
  const one = page('10TASHKENT412, UZBEKISTAN: WATER PLAN', '10TASHKENT412 2010-03-02 11:15 2011-08-30 01:44 UNCLASSIFIED Embassy Tashkent', CABLE_ONE, 'Wikileaks', '', '« Older posts', '', 'Search for:', '', 'Blog at WordPress.com.');

  it('leaves the site text after the trailer out of the cable', () => {
    const [c] = parseCables(one.join('\n'));
    expect(c?.signer).toBe('SMITH');
    expect(c?.body).not.toContain('Older posts');
    expect(c?.unparsed.map((u) => u.text)).toEqual([]);
  });

  it('reads the trailer in any case (WikiLeaks) and a title far above its row', () => {
    const spaced = ['10TASHKENT412, UZBEKISTAN: WATER PLAN', '', 'Share', '', 'Tweet', '', ...BOILERPLATE.flatMap((l) => [l, '']), 'Reference ID Created Released Classification Origin', '10TASHKENT412 2010-03-02 11:15 2011-08-30 01:44 UNCLASSIFIED Embassy Tashkent', '', ...CABLE_ONE, '', 'WikiLeaks'];
    const cables = parseCables([...spaced, ...spaced].join('\n'));
    expect(cables).toHaveLength(2);
    for (const c of cables) {
      expect(c.metadata?.title).toBe('UZBEKISTAN: WATER PLAN');
      expect(c.signer).toBe('SMITH');
      expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    }
  });

  it('ends a cable at its trailer when the next page has no title line', () => {
    const untitled = [...BOILERPLATE, 'Reference ID Created Released Classification Origin', '09BAGHDAD123 2009-03-15 12:00 2011-08-30 01:44 CONFIDENTIAL Embassy Baghdad', '', ...CABLE_TWO, '', 'Wikileaks'];
    const cables = parseCables([...one.slice(0, one.indexOf('Wikileaks') + 1), ...untitled].join('\n'));
    expect(cables.map((c) => [c.referenceId, c.signer])).toEqual([
      ['10TASHKENT412', 'SMITH'],
      ['09BAGHDAD123', 'JONES'],
    ]);
    expect(cables[0]?.body).not.toContain('WikiLeaks Link');
  });
});

describe('a cable line reading Wikileaks, wrapped mid-sentence (era red team 145)', () => {
  const REYKJAVIK = [
    'UNCLAS REYKJAVIK 000045 ',
    ' ',
    'SIPDIS ',
    ' ',
    'E.O. 12958: N/A ',
    'TAGS: PGOV KPAO IC ',
    'SUBJECT: ICELAND: PARLIAMENT TAKES UP MEDIA HAVEN PROPOSAL ',
    ' ',
    '1.  (U) Summary: Members of parliament filed a resolution asking the ',
    'government to make Iceland a haven for investigative journalism, with ',
    'help from the whistleblower website ',
    'Wikileaks ',
    'and its Icelandic volunteers.  End Summary. ',
    ' ',
    '2.  (U) The resolution goes to committee next week. ',
    ' ',
    'WATSON',
  ];
  const entry = (...after: string[]): string[] => [
    '10REYKJAVIK45, ICELAND: PARLIAMENT TAKES UP MEDIA HAVEN PROPOSAL',
    ...BOILERPLATE,
    'Reference ID Created Released Classification Origin',
    '10REYKJAVIK45 2010-02-17 16:10 2011-08-30 01:44 UNCLASSIFIED Embassy Reykjavik',
    '',
    ...REYKJAVIK,
    ...after,
  ];

  it('keeps the line and all below it in the cable, the entry ending at its own trailer', () => {
    const cables = parseCables([...entry('', 'Wikileaks'), ...DUMP_LINES].join('\n'));
    expect(cables.map((c) => c.referenceId)).toEqual(['10REYKJAVIK45', '10TASHKENT412', '09BAGHDAD123']);
    const c = cables[0];
    expect(c?.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(c?.paragraphs[0]?.text).toContain('help from the whistleblower website Wikileaks and its Icelandic volunteers.');
    expect(c?.signer).toBe('WATSON');
  });

  it('keeps them when the entry has no trailer of its own', () => {
    const [c] = parseCables([...entry(), '', ...DUMP_LINES].join('\n'));
    expect(c?.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(c?.signer).toBe('WATSON');
  });
});

describe('a late-2010 cable whose heading reads Wikileaks, the dump cut before its trailer (era red team 168)', () => {
  const BRUSSELS = [
    '10BRUSSELS1630, EU: COREPER DISCUSSES REACTION TO CABLE RELEASES',
    ...BOILERPLATE,
    'Reference ID Created Released Classification Origin',
    '10BRUSSELS1630 2010-12-07 11:05 2011-08-30 01:44 SECRET//NOFORN USEU Brussels',
    '',
    'S E C R E T BRUSSELS 001630 ',
    '',
    'NOFORN ',
    'SIPDIS ',
    '',
    'E.O. 12958: DECL: 12/07/2020 ',
    'TAGS: PREL EUN ',
    'SUBJECT: EU: COREPER DISCUSSES REACTION TO CABLE RELEASES ',
    '',
    '1. (S/NF) Summary: Ambassadors discussed the cable releases for an hour.  End summary. ',
    '',
  ];
  const ending = ['', '2. (S/NF) The Swedish ambassador said his government would make no', 'comment on the Assange case.', 'MURRAY'];

  it('keeps a heading over text with a paragraph label below it, and one underlined, in the cable', () => {
    for (const heading of [['Wikileaks', 'Coverage in the member states has focused on national leaders.'], ['WikiLeaks', '---------']]) {
      const [c] = parseCables([...BRUSSELS, ...heading, ...ending].join('\n'));
      expect(c?.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
      expect(c?.signer).toBe('MURRAY');
      expect(c?.unparsed).toEqual([]);
    }
  });

  it('still ends the cable at a trailer with only the site text under it (guard)', () => {
    const [c] = parseCables([...BRUSSELS, ...ending, '', 'Wikileaks', '', '« Older posts', 'Search for:'].join('\n'));
    expect(c?.signer).toBe('MURRAY');
    expect(c?.body).not.toContain('Older posts');
  });
});

describe('a record exported from the National Archives\' Access to Archival Databases (AAD, 1973-1979 cables)', () => {
  const fields = ['Concepts: ROADS, LOAN AGREEMENTS', 'Copy: SINGLE', 'Draft Date: 14 MAR 1975', 'Decaption Note:', 'Document Number: 1975NAIROB02214', 'Film Number: D750091-0322', 'From: NAIROBI'];
  const cable = ['R 141250Z MAR 75', 'FM AMEMBASSY NAIROBI', 'TO SECSTATE WASHDC 4412', 'BT', 'UNCLAS NAIROBI 2214', '', 'E.O. 11652: N/A', 'TAGS: EAID, KE', 'SUBJECT: AID LOAN AMENDMENT', '', '1. THE MINISTRY ASKED FOR MORE ROADS.', '', '2. MISSION SUPPORTS THE REQUEST.', 'MARSHALL'];
  const trailer = ['<< END OF DOCUMENT >>', 'Office: ACTION AID', 'Original Classification: UNCLASSIFIED', 'Review Date: 28 MAY 2004', 'Subject: KENYA - RURAL ACCESS ROADS LOAN', 'TAGS: EAID, KE, US'];

  it('reads the cable between `Message Text:` and `<< END OF DOCUMENT >>`; the fields are wrapper', () => {
    const c = parseCable([...fields, 'Message Text:', ...cable, '', ...trailer].join('\n'));
    expect(c.header?.from).toBe('AMEMBASSY NAIROBI');
    expect(c.referenceId).toBe('75NAIROBI2214');
    expect(c.subject).toBe('AID LOAN AMENDMENT');
    expect(c.tags).toEqual(['EAID', 'KE']);
    expect(c.paragraphs.map((p) => p.text)).toEqual(['THE MINISTRY ASKED FOR MORE ROADS.', 'MISSION SUPPORTS THE REQUEST.']);
    expect(c.signer).toBe('MARSHALL');
    expect(c.unparsed.map((u) => u.text).join(' ')).not.toMatch(/Film Number|Review Date|END OF DOCUMENT/);
  });

  it('leaves a cable that only mentions `Message Text:` alone (guard: no field lines before it)', () => {
    const c = parseCable(['UNCLAS NAIROBI 2214', '', 'SUBJECT: TEST', '', '1. THE FORM HAS A BOX.', 'Message Text:', 'IT WAS EMPTY.', 'MARSHALL'].join('\n'));
    expect(c.paragraphs[0]?.text).toBe('THE FORM HAS A BOX. Message Text: IT WAS EMPTY.');
  });
});

describe('a cable printed from the State Department\'s SMART database', () => {
  const record = ['UNCLASSIFIED', 'SENSITIVE BUT UNCLASSIFIED', '', 'MRN:        09 BOGOTA 2210', 'Date/DTG:   Jul 14, 2009 / 141944Z JUL 09', 'From:       AMEMBASSY BOGOTA', 'Action:     WASHDC, SECSTATE ROUTINE', 'TAGS:       CO, PGOV, SNAR', 'Subject:    Colombia: Eradication Totals', ''];
  const telegram = ['R 141944Z JUL 09', 'FM AMEMBASSY BOGOTA', 'TO SECSTATE WASHDC 9934', 'BT', 'UNCLAS BOGOTA 002210', '', 'E.O. 12958: N/A', 'TAGS: SNAR, PGOV, CO', 'SUBJECT: COLOMBIA: ERADICATION TOTALS', '', '1. (SBU) Coca was removed.', '', 'BROWNFIELD', '', 'Printed By: GarciaMT           Printed On: 08/03/2009 11:42:18 AM', 'UNCLASSIFIED'];

  it('reads the telegram under the record; the record and the printout line are wrapper', () => {
    const c = parseCable([...record, ...telegram].join('\n'));
    expect(c.referenceId).toBe('09BOGOTA2210');
    expect(c.tags).toEqual(['SNAR', 'PGOV', 'CO']);
    expect(c.subject).toBe('COLOMBIA: ERADICATION TOTALS');
    expect(c.signer).toBe('BROWNFIELD');
    expect(c.paragraphs.map((p) => p.text)).toEqual(['Coca was removed.']);
  });

  it('keeps a record printed alone as the cable\'s only preamble (guard)', () => {
    const c = parseCable([...record, '1. (U) This is an action request.', '', 'CLINTON'].join('\n'));
    expect(c.tags).toEqual(['CO', 'PGOV', 'SNAR']);
  });
});

describe('archive releases, round 2 (era red team 98)', () => {
  const record = (doc: string, body: string[]): string[] => ['Concepts: TRADE', 'Draft Date: 18 OCT 1974', `Document Number: ${doc}`, 'Film Number: D740297-0512', 'From: PARIS', 'Message Text:', ...body, '<< END OF DOCUMENT >>', 'Office: ACTION EB', 'Review Date: 14 AUG 2002', 'Sent Date: 18 OCT 1974', 'Type: TE', ''];

  it('gives one cable per record of an AAD export holding several', () => {
    const text = [...record('1974PARIS24512', ['R 181530Z OCT 74', 'FM AMEMBASSY PARIS', 'TO SECSTATE WASHDC 4512', 'BT', 'LIMITED OFFICIAL USE PARIS 24512', '', 'SUBJECT: WHEAT', '', '1. THE QUAI SPOKE.', 'RUSH']), ...record('1974STATE232207', ['O 221700Z OCT 74', 'FM SECSTATE WASHDC', 'TO AMEMBASSY CAIRO IMMEDIATE', 'BT', 'S E C R E T STATE 232207', '', 'SUBJECT: TALKS', '', '1. THE SECRETARY WILL GO.', 'KISSINGER'])].join('\n');
    const cables = parseCables(text);
    expect(cables.map((c) => [c.referenceId, c.signer])).toEqual([['74PARIS24512', 'RUSH'], ['74STATE232207', 'KISSINGER']]);
  });

  it('leaves a SMART printout\'s trailer out and takes its Signature: for the signer', () => {
    const c = parseCable(['UNCLAS STATE 076214', '', 'E.O. 12958: N/A', 'TAGS: AMGT', 'SUBJECT: ICASS GUIDANCE', '', '1. (U) Posts should plan for no growth.', '', 'Signature:  CLINTON', '', 'Drafted By:    RM/ICASS:JTPOWELL', 'Cleared By:    M/PRI:SHAYES', 'Approved By:   RM:DSTEVENS', 'Dissemination Rule: Archive Copy', '', 'UNCLASSIFIED'].join('\n'));
    expect(c.signer).toBe('CLINTON');
    expect(c.paragraphs.map((p) => p.text)).toEqual(['Posts should plan for no growth.']);
  });

  it('leaves the National Archives\' declassification stamp out of the text', () => {
    const stamp = ['DECLASSIFIED', 'Authority NND 969000', 'By JW NARA Date 6/2/05'];
    // (On every page: two stamps or more.)
    const c = parseCable(['CONFIDENTIAL SANTIAGO 3912', '', 'E.O. 11652: GDS', 'TAGS: PINT, CI', 'SUBJECT: TRUCKERS STRIKE', '', '1. THE MINISTER SAID THE GOVERNMENT WOULD NOT NEGOTIATE UNTIL THE TRUCKS RETURN TO', ...stamp, 'THE ROADS.', '', '2. THE STRIKE GOES ON.', ...stamp, '', 'DAVIS'].join('\n'));
    expect(c.paragraphs[0]?.text).toBe('THE MINISTER SAID THE GOVERNMENT WOULD NOT NEGOTIATE UNTIL THE TRUCKS RETURN TO THE ROADS.');
  });
});

describe('archive material a cable quotes in its own text (era red team 99)', () => {
  it('keeps a quoted form with Signature: and clearance lines in the last paragraph, and the real signer', () => {
    const c = parseCable(['UNCLAS MONTEVIDEO 000412', '', 'E.O. 12958: N/A', 'TAGS: CVIS, UY', 'SUBJECT: EMPLOYMENT LETTERS', '', '1. (U) The letters end with this block:', '', 'Signature:  Employer', 'Date:       ________', 'Approved By: ________', 'Cleared By:  ________', '', 'MATTHEWS'].join('\n'));
    expect(c.signer).toBe('MATTHEWS');
    expect(c.paragraphs[0]?.text).toContain('Signature: Employer');
  });

  it('keeps a SMART record quoted under a cable\'s own preamble', () => {
    const c = parseCable(['UNCLAS STATE 041120', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: AMGT', 'SUBJECT: SMART RECORDS', '', '1. (U) A record reads:', 'MRN:        09 STATE 41120', 'Date/DTG:   Apr 20, 2009 / 201500Z APR 09', 'From:       SECSTATE WASHDC', 'TAGS:       AMGT', 'Subject:    Test', '', 'UNCLAS STATE 041120', '', '2. (U) Posts should check their records.', '', 'CLINTON'].join('\n'));
    expect(c.serial).toBe('041120');
    expect(c.sipdis).toBe(true);
    expect(c.subject).toBe('SMART RECORDS');
  });

  it('keeps one quoted NARA stamp and a quoted review stamp in the text', () => {
    const c = parseCable(['CONFIDENTIAL BUENOS AIRES 001234', '', 'E.O. 12958: DECL: 1.6X1', 'TAGS: PHUM, AR', 'SUBJECT: ARCHIVES', '', '1. (C) The copy carries this stamp:', 'DECLASSIFIED', 'Authority NND 979520', 'By LM NARA Date 8/2/02', 'and was given to the commission.', '', '2. (C) Another reads:', 'REVIEW AUTHORITY: ARCHIE M BOLSTER', 'with the files marked', 'RELEASED IN FULL', '', 'WALSH'].join('\n'));
    expect(c.paragraphs[0]?.text).toContain('Authority NND 979520');
    expect(c.paragraphs[1]?.text).toContain('REVIEW AUTHORITY: ARCHIE M BOLSTER');
    expect(c.paragraphs[1]?.text).toContain('RELEASED IN FULL');
  });
});

describe('mojibake in an archive dump (era red team 197)', () => {
  it('decodes the title as the text, and text read as Windows-1252 twice', () => {
    const dump = [
      "04MADRID1412, SPAIN: ZAPATEROâ€™S IRAQ WITHDRAWAL",
      ...BOILERPLATE,
      'Reference ID Created Released Classification Origin',
      '04MADRID1412 2004-04-19 16:20 2011-08-30 01:44 CONFIDENTIAL Embassy Madrid',
      '',
      'C O N F I D E N T I A L MADRID 001412',
      '',
      'SUBJECT: SPAIN: ZAPATERO\u00e2\u20ac\u2122S IRAQ WITHDRAWAL',
      '',
      '1. (C) The rapporteur in GenÃƒÂ¨ve spoke.',
      '',
      'ARGYROS',
    ].join('\n');
    const [c] = parseCables(dump);
    expect(c?.metadata?.title).toBe("SPAIN: ZAPATERO'S IRAQ WITHDRAWAL");
    expect(c?.paragraphs[0]?.text).toBe('The rapporteur in Gen\u00e8ve spoke.');
    expect(c?.diagnostics.some((d) => d.code === 'MOJIBAKE_REPAIRED')).toBe(true);
  });
});

describe('real accented capitals before a typographic quote (era red team 200)', () => {
  it('are no mojibake: `"SÍ”` and `JOSÉ’S` stay as written, no MOJIBAKE_REPAIRED', () => {
    const c = parseCables(
      [
        '09CARACAS210, VENEZUELA: GOV OPENS \u201cS\u00cd\u201d CAMPAIGN',
        ...BOILERPLATE,
        'Reference ID Created Released Classification Origin',
        '09CARACAS210 2009-02-10 12:00 2011-08-30 01:44 UNCLASSIFIED Embassy Caracas',
        '',
        'UNCLAS CARACAS 000210',
        '',
        'SUBJECT: VENEZUELA: GOV OPENS SI CAMPAIGN',
        '',
        '1. (U) The \u201cCON CH\u00c1VEZ, S\u00cd\u201d banners went up across the city, and JOS\u00c9\u2019S rally drew thousands.',
        '',
        'DUDDY',
      ].join('\n'),
    )[0];
    expect(c?.metadata?.title).toBe('VENEZUELA: GOV OPENS "S\u00cd" CAMPAIGN');
    expect(c?.paragraphs[0]?.text).toContain('S\u00cd');
    expect(c?.paragraphs[0]?.text).toContain('JOS\u00c9');
    expect(c?.diagnostics.some((d) => d.code === 'MOJIBAKE_REPAIRED')).toBe(false);
  });
});

describe('an archive dump whose table a browser copied one cell per line (era red team 411, session 29)', () => {
  const entry = (title: string, row: string[], released: boolean, text: string[]): string[] => [
    title,
    'WikiLeaks Link',
    'Discussing cables',
    'Reference ID',
    'Created',
    ...(released ? ['Released'] : []),
    'Classification',
    'Origin',
    ...row,
    '',
    ...text,
    '',
    'Wikileaks',
  ];
  const dump = [
    ...entry('88STATE187402, SS-23 SCHEDULE', ['88STATE187402', '1988-06-14 22:41', '2011-08-30 01:44', 'CONFIDENTIAL', 'Secretary of State'], true, ['C O N F I D E N T I A L STATE 187402', '', 'E.O. 12356: DECL: OADR', 'TAGS: PARM, UR', 'SUBJECT: SS-23 SCHEDULE', '', '1. THE EMBASSY SHOULD ASK THE MFA.', '', 'SHULTZ', 'BT', '#7402', 'NNNN']),
    ...entry('04ANKARA3318, PKK CAMPS', ['04ANKARA3318', '2004-06-11 15:52', 'SECRET//NOFORN', 'Embassy Ankara'], false, ['S E C R E T ANKARA 003318', '', 'E.O. 12958: DECL: 06/10/2014', 'TAGS: PTER, TU', 'SUBJECT: PKK CAMPS', '', '1. (S) The MFA said the camps remain.', '', 'EDELMAN']),
  ].join('\n');

  it('is detected as an archive dump and cut into its cables, each with its row', () => {
    expect(detectFormat(dump)).toBe('archive');
    const cables = parseCables(dump);
    expect(cables.map((c) => [c.referenceId, c.metadata?.created, c.metadata?.classification, c.metadata?.origin, c.metadata?.title])).toEqual([
      ['88STATE187402', '1988-06-14T22:41', 'CONFIDENTIAL', 'Secretary of State', 'SS-23 SCHEDULE'],
      ['04ANKARA3318', '2004-06-11T15:52', 'SECRET//NOFORN', 'Embassy Ankara', 'PKK CAMPS'],
    ]);
    expect(cables.map((c) => [c.subject, c.signer, c.paragraphs.length])).toEqual([
      ['SS-23 SCHEDULE', 'SHULTZ', 1],
      ['PKK CAMPS', 'EDELMAN', 1],
    ]);
    for (const c of cables) expect(c.unparsed).toEqual([]);
  });

  it('needs the cells in the table\'s order, each alone on its line (guard)', () => {
    expect(detectFormat(['Reference ID', 'Classification', 'Created', 'Origin', '88STATE187402'].join('\n'))).toBe('text');
    expect(detectFormat(['Reference ID: 88STATE187402', 'Created', 'Classification', 'Origin'].join('\n'))).toBe('text');
  });
});

describe('an archive dump keeping the page\'s press links under the row (era red team 411, session 29)', () => {
  it('reads `Appears in these articles:` and its links as the media links, wrapper', () => {
    const dump = ['09JERUSALEM2012, TALKS', 'Reference ID Created Released Classification Origin', '09JERUSALEM2012 2009-11-24 12:18 2011-08-30 01:44 CONFIDENTIAL Consulate Jerusalem', 'Appears in these articles:', 'http://www.aftenposten.no/spesial/wikileaksdokumenter/article4011234.ece', '', 'C O N F I D E N T I A L JERUSALEM 002012', '', 'E.O. 12958: DECL: 11/23/2019', 'TAGS: PREL, KWBG', 'SUBJECT: TALKS', '', '1. (C) Text.', '', 'RUBINSTEIN', '', 'Wikileaks'].join('\n');
    const [c] = parseCables(dump);
    expect(c?.metadata?.mediaUrls).toEqual(['http://www.aftenposten.no/spesial/wikileaksdokumenter/article4011234.ece']);
    expect(c?.unparsed).toEqual([]);
    expect(c?.paragraphs.map((p) => p.number)).toEqual(['1']);
  });
});
