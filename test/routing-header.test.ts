/**
 * The ACP-127 routing header (docs/cable-format.md section 2). All headers are synthetic.
 */

import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { isDistributionCodeLine, isHeaderStart, parseRecipient, parseRoutingHeader, readRoutingHeader } from '../src/header/routing-header.js';
import { splitLines } from '../src/text/source-line.js';
import { parseCable } from '../src/index.js';
import { msUnder } from './timing.js';

const FULL = [
  'VZCZCXRO4053',
  'OO RUEHIK',
  'DE RUEHTA #0270/01 0570805',
  'ZNR UUUUU ZZH',
  'O 260805Z FEB 10',
  'FM AMEMBASSY ASTANA',
  'TO RUEHC/SECSTATE WASHDC IMMEDIATE 7547',
  'INFO RUCNCIS/CIS COLLECTIVE 2538',
  'RUEHBJ/AMEMBASSY BEIJING 1884',
  'RUEAIIA/CIA WASHDC',
].join('\n');

describe('parseRoutingHeader: the full example header', () => {
  const h = parseRoutingHeader(FULL);

  it('reads transmission id, relay, originator and security', () => {
    expect(h.transmissionId).toBe('VZCZCXRO4053');
    expect(h.relay).toEqual({ precedence: ['OO'], routingIndicators: ['RUEHIK'] });
    expect(h.originator).toEqual({ station: 'RUEHTA', serial: '0270', section: 1, julianDay: 57, time: '0805' });
    expect(h.security).toBe('UUUUU');
  });

  it('reads the DTG and FM line', () => {
    expect(h.dtg).toEqual({ precedence: 'IMMEDIATE', datetime: '2010-02-26T08:05:00Z', text: '260805Z FEB 10', suffix: null });
    expect(h.from).toBe('AMEMBASSY ASTANA');
  });

  it('reads TO and INFO addressees, including a continuation without precedence or number', () => {
    expect(h.to).toEqual([
      { routingIndicator: 'RUEHC', address: 'SECSTATE WASHDC', precedence: 'IMMEDIATE', mcn: '7547', excluded: [] },
    ]);
    expect(h.info).toEqual([
      { routingIndicator: 'RUCNCIS', address: 'CIS COLLECTIVE', precedence: null, mcn: '2538', excluded: [] },
      { routingIndicator: 'RUEHBJ', address: 'AMEMBASSY BEIJING', precedence: null, mcn: '1884', excluded: [] },
      { routingIndicator: 'RUEAIIA', address: 'CIA WASHDC', precedence: null, mcn: null, excluded: [] },
    ]);
  });

  it('stops at the classification banner (preamble lines are not addressees)', () => {
    const h2 = parseRoutingHeader(`${FULL}\nUNCLAS SECTION 01 OF 02 ASTANA 000270\nSIPDIS\nSTATE FOR SCA/CEN`);
    expect(h2.info).toHaveLength(3);
    expect(h2.info.map((r) => r.address)).not.toContain('SIPDIS');
  });

  it('returns an empty header for text without a header', () => {
    expect(parseRoutingHeader('Just some prose.\nNothing else.')).toEqual({
      transmissionId: null, relay: null, originator: null, security: null, dtg: null, from: null, to: [], info: [],
    });
  });
});

describe('parseRoutingHeader: relay line', () => {
  it('collects routing indicators from a relay line that wraps onto a second line', () => {
    const h = parseRoutingHeader([
      'VZCZCXYZ0001',
      'OO RUEHAST RUEHDBU RUEHFL RUEHKW RUEHLA RUEHNP RUEHROV',
      'RUEHSR',
      'DE RUEHNT #0412/01 0611115',
      'ZNR UUUUU ZZH',
      'O 021115Z MAR 10',
      'FM AMEMBASSY TASHKENT',
      'TO RUEHC/SECSTATE WASHDC IMMEDIATE 5123',
    ].join('\n'));
    expect(h.relay).toEqual({
      precedence: ['OO'],
      routingIndicators: ['RUEHAST', 'RUEHDBU', 'RUEHFL', 'RUEHKW', 'RUEHLA', 'RUEHNP', 'RUEHROV', 'RUEHSR'],
    });
    expect(h.originator?.station).toBe('RUEHNT');
  });

  it('tolerates blank lines inside the header', () => {
    const h = parseRoutingHeader([
      'VZCZCXRO9999',
      'PP RUEHWEB',
      '',
      'DE RUEHKB #1234 1651200',
      '',
      'ZNY CCCCC ZZH',
      'P 141200Z JUN 09',
      'FM AMEMBASSY BAKU',
      'TO RUEHC/SECSTATE WASHDC PRIORITY 0815',
    ].join('\n'));
    expect(h.relay).toEqual({ precedence: ['PP'], routingIndicators: ['RUEHWEB'] });
    expect(h.originator?.station).toBe('RUEHKB');
    expect(h.security).toBe('CCCCC');
    expect(h.from).toBe('AMEMBASSY BAKU');
    expect(h.to).toHaveLength(1);
  });
});

describe('parseRoutingHeader: originator and security', () => {
  it('reads an originator with a /NN section', () => {
    const h = parseRoutingHeader('DE RUEHBUL #1234/02 3101530\nFM AMEMBASSY KABUL');
    expect(h.originator).toEqual({ station: 'RUEHBUL', serial: '1234', section: 2, julianDay: 310, time: '1530' });
  });

  it('reads an originator without section (section null)', () => {
    const h = parseRoutingHeader('DE RUEHC #4823 3521200\nFM SECSTATE WASHDC');
    expect(h.originator).toEqual({ station: 'RUEHC', serial: '4823', section: null, julianDay: 352, time: '1200' });
    expect(h.from).toBe('SECSTATE WASHDC');
  });

  it('reads ZNR UUUUU ZZH as UUUUU', () => {
    expect(parseRoutingHeader('DE RUEHC #4823 3521200\nZNR UUUUU ZZH\nFM SECSTATE WASHDC').security).toBe('UUUUU');
  });

  it('reads ZNY CCCCC ZZH as CCCCC', () => {
    expect(parseRoutingHeader('DE RUEHC #4823 3521200\nZNY CCCCC ZZH\nFM SECSTATE WASHDC').security).toBe('CCCCC');
  });

  it('reads ZNY SSSSS ZZH as SSSSS', () => {
    expect(parseRoutingHeader('DE RUEHC #4823 3521200\nZNY SSSSS ZZH\nFM SECSTATE WASHDC').security).toBe('SSSSS');
  });

  it('reads a two-letter precedence DTG and a suffix in a header', () => {
    const h = parseRoutingHeader('DE RUEHC #0001 3621848\nP R 281848Z DEC 66\nFM SECSTATE WASHDC');
    expect(h.dtg?.precedence).toBe('PRIORITY');
    expect(h.dtg?.datetime).toBe('1966-12-28T18:48:00Z');
    const h2 = parseRoutingHeader('DE RUEHC #0002 3241115\nO 201115Z NOV 09 ZDK TO ALL\nFM SECSTATE WASHDC');
    expect(h2.dtg?.suffix).toBe('ZDK TO ALL');
    expect(h2.dtg?.text).toBe('201115Z NOV 09');
  });
});

describe('parseRoutingHeader: addressees', () => {
  it('reads TO SECSTATE WASHDC PRIORITY 7048 without routing indicator', () => {
    const h = parseRoutingHeader('FM AMEMBASSY ROME\nTO SECSTATE WASHDC PRIORITY 7048');
    expect(h.from).toBe('AMEMBASSY ROME');
    expect(h.to).toEqual([
      { routingIndicator: null, address: 'SECSTATE WASHDC', precedence: 'PRIORITY', mcn: '7048', excluded: [] },
    ]);
  });

  it('reads NIACT IMMEDIATE as one precedence', () => {
    const h = parseRoutingHeader('FM AMEMBASSY KABUL\nTO RUEHC/SECSTATE WASHDC NIACT IMMEDIATE 4410');
    expect(h.to[0]).toEqual({
      routingIndicator: 'RUEHC', address: 'SECSTATE WASHDC', precedence: 'NIACT IMMEDIATE', mcn: '4410', excluded: [],
    });
  });

  it('keeps a garbled MCN as written', () => {
    const h = parseRoutingHeader('FM AMEMBASSY ANKARA\nTO RUEHC/SECSTATE WASHDC 0101\nINFO RUEHSF/AMEMBASSY SOFIA 25Q');
    expect(h.info[0]).toEqual({ routingIndicator: 'RUEHSF', address: 'AMEMBASSY SOFIA', precedence: null, mcn: '25Q', excluded: [] });
  });

  it('adds XMT AMEMBASSY SOFIA to the previous recipient\'s excluded list', () => {
    const h = parseRoutingHeader([
      'FM SECSTATE WASHDC',
      'TO RUEHZL/EUROPEAN POLITICAL COLLECTIVE PRIORITY',
      'XMT AMEMBASSY SOFIA',
      'INFO RUEHBS/USEU BRUSSELS PRIORITY 0001',
    ].join('\n'));
    expect(h.to).toEqual([
      { routingIndicator: 'RUEHZL', address: 'EUROPEAN POLITICAL COLLECTIVE', precedence: 'PRIORITY', mcn: null, excluded: ['AMEMBASSY SOFIA'] },
    ]);
    expect(h.info).toEqual([
      { routingIndicator: 'RUEHBS', address: 'USEU BRUSSELS', precedence: 'PRIORITY', mcn: '0001', excluded: [] },
    ]);
  });

  it('collects several XMT lines in order, on the INFO collective they follow', () => {
    const h = parseRoutingHeader([
      'FM SECSTATE WASHDC',
      'TO RUEHC/SECSTATE WASHDC 0001',
      'INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE 0002',
      'XMT AMEMBASSY SOFIA',
      'XMT AMEMBASSY  BUCHAREST',
      'RUEHGV/USMISSION GENEVA 0003',
    ].join('\n'));
    expect(h.to[0]?.excluded).toEqual([]);
    expect(h.info[0]?.excluded).toEqual(['AMEMBASSY SOFIA', 'AMEMBASSY BUCHAREST']);
    expect(h.info[1]?.address).toBe('USMISSION GENEVA');
    expect(h.info[1]?.excluded).toEqual([]);
  });

  it('gives XMT lines printed at the list\'s end to the collective above them, not to the addressee right above (era red team 264, session 25)', () => {
    const h = parseRoutingHeader([
      'FM SECSTATE WASHDC',
      'TO RUEHRL/AMEMBASSY BERLIN PRIORITY 0001',
      'INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE PRIORITY',
      'RUEKJCS/SECDEF WASHINGTON DC PRIORITY 0002',
      'XMT AMEMBASSY BERLIN',
    ].join('\n'));
    expect(h.info[0]?.excluded).toEqual(['AMEMBASSY BERLIN']);
    expect(h.info[1]?.excluded).toEqual([]);
    // (In the TO list too: `TO ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE` / ... / `INFO ...` / `XMT USINT HAVANA`.)
    const aldac = parseRoutingHeader(['FM SECSTATE WASHDC', 'TO ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE PRIORITY', 'AMEMBASSY TRIPOLI PRIORITY', 'INFO USMISSION USUN NEW YORK PRIORITY', 'XMT USINT HAVANA'].join('\n'));
    expect(aldac.to[0]?.excluded).toEqual(['USINT HAVANA']);
    expect(aldac.info[0]?.excluded).toEqual([]);
  });

  it('guard: with no collective in the lists, an XMT line goes to the addressee right above it', () => {
    const h = parseRoutingHeader(['FM SECSTATE WASHDC', 'TO RUEHSF/AMEMBASSY SOFIA 0001', 'XMT AMCONSUL PLOVDIV'].join('\n'));
    expect(h.to[0]?.excluded).toEqual(['AMCONSUL PLOVDIV']);
  });

  it("reads a numbered unit's line, `13AF CLARK AB RP`, as an addressee going on the list (era red team 265, session 25)", () => {
    const h = parseRoutingHeader(['FM AMEMBASSY MANILA', 'TO SECSTATE WASHDC 1234', 'INFO CINCPACAF HICKAM AFB HI', '13AF CLARK AB RP', 'COMUSNAVPHIL SUBIC BAY RP', 'SECDEF WASHDC'].join('\n'));
    expect(h.info.map((r) => r.address)).toEqual(['CINCPACAF HICKAM AFB HI', '13AF CLARK AB RP', 'COMUSNAVPHIL SUBIC BAY RP', 'SECDEF WASHDC']);
    // (Guard: a paragraph's label is no addressee: `1. THE ...` ends the list.)
    expect(parseRoutingHeader(['FM AMEMBASSY MANILA', 'TO SECSTATE WASHDC 1234', '1. THE TALKS WENT WELL.'].join('\n')).to.map((r) => r.address)).toEqual(['SECSTATE WASHDC']);
  });

  it('puts every continuation line after INFO into info', () => {
    const h = parseRoutingHeader([
      'FM AMEMBASSY TASHKENT',
      'TO RUEHC/SECSTATE WASHDC PRIORITY 5123',
      'INFO RUCNCIS/CIS COLLECTIVE PRIORITY 0345',
      'RUEHDBU/AMEMBASSY DUSHANBE 0456',
      'RUEHTA/AMEMBASSY ASTANA PRIORITY 0789',
      'RHEHNSC/NSC WASHDC',
    ].join('\n'));
    expect(h.to).toHaveLength(1);
    expect(h.info.map((r) => r.routingIndicator)).toEqual(['RUCNCIS', 'RUEHDBU', 'RUEHTA', 'RHEHNSC']);
    expect(h.info.map((r) => r.precedence)).toEqual(['PRIORITY', null, 'PRIORITY', null]);
    expect(h.info.map((r) => r.mcn)).toEqual(['0345', '0456', '0789', null]);
    expect(h.info[3]?.address).toBe('NSC WASHDC');
  });

  it('ends the header at BT', () => {
    const h = parseRoutingHeader([
      'DE RUEHRO #1196 0822030',
      'FM AMEMBASSY ROME',
      'TO SECSTATE WASHDC 4321',
      'INFO AMEMBASSY PARIS 0111',
      'BT',
      'AMEMBASSY LONDON FOR ECON',
    ].join('\n'));
    expect(h.to).toHaveLength(1);
    expect(h.info).toEqual([
      { routingIndicator: null, address: 'AMEMBASSY PARIS', precedence: null, mcn: '0111', excluded: [] },
    ]);
  });
});

describe('readRoutingHeader: diagnostics and end', () => {
  it('flags a garbled MCN with MCN_INVALID at the recipient line and ends after BT', () => {
    const lines = splitLines([
      'VZCZCXRO0001',
      'RR RUEHSF',
      'DE RUEHAK #0025 0101010',
      'ZNR UUUUU ZZH',
      'R 101010Z JAN 10',
      'FM AMEMBASSY ANKARA',
      'TO RUEHC/SECSTATE WASHDC 0101',
      'INFO RUEHSF/AMEMBASSY SOFIA 25Q',
      'BT',
      'UNCLAS ANKARA 000025',
    ].join('\n'));
    const diagnostics: Diagnostic[] = [];
    const read = readRoutingHeader(lines, 0, diagnostics);
    expect(read.header?.info[0]?.mcn).toBe('25Q');
    const mcn = diagnostics.filter((d) => d.code === 'MCN_INVALID');
    expect(mcn).toHaveLength(1);
    expect(mcn[0]?.line).toBe(8);
    expect(read.end).toBe(9);
  });

  it('ends an addressee list at a blank line unless a routed addressee follows it', () => {
    const head = ['VZCZCXYZ0000', 'RR RUEHWEB', 'DE RUEHSN #0037/01 0261915', 'ZNY SSSSS ZZH', 'R 261914Z JAN 10', 'FM AMEMBASSY SAN SALVADOR', 'TO RUEHC/SECSTATE WASHDC 0262', 'INFO WHA CENTRAL AMERICAN COLLECTIVE'];
    // A page's text block after its header block: `SIPDIS`, a title; none of it addressees.
    for (const after of ['SIPDIS', 'UK OPEN TO FINANCIAL MEASURES AGAINST IRAN']) {
      const read = readRoutingHeader(splitLines([...head, '', after, '', 'E.O. 12958: DECL: 2020/01/19'].join('\n')), 0, []);
      expect(read.header?.info.map((r) => r.address)).toEqual(['WHA CENTRAL AMERICAN COLLECTIVE']);
      expect(read.end).toBe(9);
    }
    // A list a page break split: the routed addressee after the blank line goes on with it.
    const split = readRoutingHeader(splitLines([...head, '', 'RUEHFR/AMEMBASSY PARIS 0002', 'DIA WASHINGTON DC'].join('\n')), 0, []);
    expect(split.header?.info.map((r) => r.address)).toEqual(['WHA CENTRAL AMERICAN COLLECTIVE', 'AMEMBASSY PARIS', 'DIA WASHINGTON DC']);
  });

  it('reports no MCN_INVALID for all-digit MCNs', () => {
    const diagnostics: Diagnostic[] = [];
    readRoutingHeader(splitLines(FULL), 0, diagnostics);
    expect(diagnostics.filter((d) => d.code === 'MCN_INVALID')).toEqual([]);
  });

  it('reports DTG_INVALID for an impossible DTG', () => {
    const diagnostics: Diagnostic[] = [];
    const read = readRoutingHeader(splitLines('DE RUEHC #0001 0420805\nO 310805Z FEB 10\nFM SECSTATE WASHDC'), 0, diagnostics);
    expect(read.header?.dtg?.datetime).toBeNull();
    expect(diagnostics.filter((d) => d.code === 'DTG_INVALID').map((d) => d.line)).toEqual([2]);
  });
});

describe('parseRecipient', () => {
  it('reads routing indicator, address, precedence and MCN', () => {
    expect(parseRecipient('RUEHC/SECSTATE WASHDC IMMEDIATE 7547')).toEqual({
      recipient: { routingIndicator: 'RUEHC', address: 'SECSTATE WASHDC', precedence: 'IMMEDIATE', mcn: '7547', excluded: [] },
      mcnInvalid: false,
    });
  });

  it('reads a recipient without precedence or MCN', () => {
    expect(parseRecipient('RUEAIIA/CIA WASHDC').recipient).toEqual({
      routingIndicator: 'RUEAIIA', address: 'CIA WASHDC', precedence: null, mcn: null, excluded: [],
    });
  });

  it('reads a recipient with precedence but no MCN', () => {
    expect(parseRecipient('RUEHC/SECSTATE WASHDC ROUTINE').recipient).toEqual({
      routingIndicator: 'RUEHC', address: 'SECSTATE WASHDC', precedence: 'ROUTINE', mcn: null, excluded: [],
    });
  });

  it('reads FLASH and NIACT IMMEDIATE', () => {
    expect(parseRecipient('RUEHC/SECSTATE WASHDC FLASH 0001').recipient.precedence).toBe('FLASH');
    const r = parseRecipient('SECSTATE WASHDC NIACT IMMEDIATE 0002').recipient;
    expect(r.precedence).toBe('NIACT IMMEDIATE');
    expect(r.address).toBe('SECSTATE WASHDC');
    expect(r.routingIndicator).toBeNull();
  });

  it('keeps a garbled MCN and reports it invalid', () => {
    expect(parseRecipient('RUEHSF/AMEMBASSY SOFIA 25Q')).toEqual({
      recipient: { routingIndicator: 'RUEHSF', address: 'AMEMBASSY SOFIA', precedence: null, mcn: '25Q', excluded: [] },
      mcnInvalid: true,
    });
  });

  it('collapses whitespace in the address', () => {
    expect(parseRecipient('RUEHBJ/AMEMBASSY   BEIJING  1884').recipient.address).toBe('AMEMBASSY BEIJING');
  });
});

describe('an office distribution block opening with ORIGIN, its count on a line of its own', () => {
  const text = [
    'ORIGIN DS-00',
    '',
    'INFO  LOG-00   AID-00   CIAE-00  INL-00   DODE-00',
    '      DHSE-00  UTED-00  VCI-00   H-00     TEDE-00',
    '        /000W',
    '',
    'R 041236Z FEB 10',
    'FM AMEMBASSY MANAMA',
    'TO SECSTATE WASHDC 9190',
    '',
    'UNCLAS MANAMA 000064',
    '',
    'E.O. 12958: N/A',
    'TAGS: PREL BA',
    'SUBJECT: A TEST SUBJECT',
    '',
    '1. (U) One paragraph.',
    '',
    'SMITH',
  ].join('\n');

  it('reads the header after the block and leaves none of it unparsed', () => {
    const c = parseCable(text);
    expect(c.header?.from).toBe('AMEMBASSY MANAMA');
    expect(c.header?.to.map((r) => r.address)).toEqual(['SECSTATE WASHDC']);
    expect(c.unparsed).toEqual([]);
  });
});

describe('pre-1990s cables: page header and office distribution before the header', () => {
  // Section 2: `ACTION EUR-00` / `INFO LOG-00 NP-00 ...` blocks, a `PAGE 01 ...` header and
  // a `------123456 082035Z /38` line stand before the DTG.
  const text = [
    'CONFIDENTIAL',
    '',
    'PAGE 01        ROME  01196  01 OF 02  082030Z',
    'ACTION EUR-12',
    '',
    'INFO  OCT-01  ISO-00  CIAE-00  DODE-00  PM-04  H-02  INR-07',
    '      L-03  NSAE-00  NSC-05  PA-01  PRS-01  SP-02  SS-15',
    '      USIA-06  /059 W',
    '                     ------------------123456 082035Z /38',
    'R 081950Z FEB 77',
    'FM AMEMBASSY ROME',
    'TO SECSTATE WASHDC 1234',
    'INFO AMEMBASSY PARIS 567',
    'AMEMBASSY BONN',
    'BT',
    'C O N F I D E N T I A L SECTION 01 OF 02 ROME 01196',
    '',
    'E.O. 11652: GDS',
    'TAGS: PFOR, IT',
    'SUBJECT: ITALIAN VIEWS ON THE SUMMIT',
    '',
    '1. (C) THE FOREIGN MINISTER TOLD THE AMBASSADOR THAT ITALY',
    'WOULD SUPPORT THE PROPOSAL.',
    '',
    'CONFIDENTIAL',
    '',
    'PAGE 02        ROME  01196  01 OF 02  082030Z',
    '',
    '2. (C) HE ADDED THAT THE CABINET WOULD MEET ON MONDAY.',
    'GARDNER',
  ].join('\n');
  const c = parseCable(text);

  it('reads the header after them, with the office codes kept out of the addressees', () => {
    expect(c.header?.dtg?.datetime).toBe('1977-02-08T19:50:00Z');
    expect(c.header?.from).toBe('AMEMBASSY ROME');
    expect(c.header?.to.map((r) => r.address)).toEqual(['SECSTATE WASHDC']);
    expect(c.header?.info.map((r) => r.address)).toEqual(['AMEMBASSY PARIS', 'AMEMBASSY BONN']);
  });

  it('counts them as transmission lines: nothing is left unparsed', () => {
    expect(c.unparsed).toEqual([]);
    expect(c.diagnostics.map((d) => d.code)).toEqual([]);
  });

  it('finds page 1 in the page header before the routing header', () => {
    expect(c.pages).toEqual([
      { post: 'ROME', serial: '01196', page: 1, total: 0 },
      { post: 'ROME', serial: '01196', page: 2, total: 0 },
    ]);
  });

  it('counts the early 1970s separator with its number alone as transmission too (era red team 123)', () => {
    const early = parseCable(text.replace('------------------123456 082035Z /38', '--------------------- 034502'));
    expect(early.unparsed).toEqual([]);
    expect(early.header?.from).toBe('AMEMBASSY ROME');
    expect(isDistributionCodeLine('                     --------------------- 034502')).toBe(true);
    // (Guard: a rule line with no number, or with a year or a short figure after it, is no separator.)
    for (const line of ['-----------------', '----------- 1979', '------ 12']) expect(isDistributionCodeLine(line), line).toBe(false);
  });

  it('reads the rest of the cable', () => {
    expect(c.section).toEqual({ number: 1, total: 2 });
    expect(c.referenceId).toBe('77ROME1196');
    expect(c.paragraphs.map((p) => p.text)).toEqual(['THE FOREIGN MINISTER TOLD THE AMBASSADOR THAT ITALY WOULD SUPPORT THE PROPOSAL.', 'HE ADDED THAT THE CABINET WOULD MEET ON MONDAY.']);
    expect(c.signer).toBe('GARDNER');
  });
});

describe('readRoutingHeader: a stray word where an addressee\'s precedence goes', () => {
  const head = ['VZCZCXYZ0013', 'OO RUEHWEB', 'DE RUEHQT #0100 2862026', 'ZNY CCCCC ZZH', 'O 132026Z OCT 06', 'FM AMEMBASSY QUITO', 'TO RUEHC/SECSTATE WASHDC IMMEDIATE 5475'];
  const read = (info: string[]): { addresses: string[]; precedences: (string | null)[]; diagnostics: Diagnostic[] } => {
    const diagnostics: Diagnostic[] = [];
    const header = readRoutingHeader(splitLines([...head, ...info, 'BT'].join('\n')), 0, diagnostics).header;
    return { addresses: header?.info.map((r) => r.address) ?? [], precedences: header?.info.map((r) => r.precedence) ?? [], diagnostics: diagnostics.filter((d) => d.code === 'HEADER_LINE_UNRECOGNIZED') };
  };

  it('leaves a month word out of the address when the list\'s other addressees carry a precedence there, with a warning', () => {
    const got = read(['INFO RUEHBO/AMEMBASSY BOGOTA PRIORITY 6079', 'RUEHLP/AMEMBASSY LA PAZ OCT 0149', 'RUEHPE/AMEMBASSY LIMA PRIORITY 1052']);
    expect(got.addresses).toEqual(['AMEMBASSY BOGOTA', 'AMEMBASSY LA PAZ', 'AMEMBASSY LIMA']);
    expect(got.precedences).toEqual(['PRIORITY', null, 'PRIORITY']);
    expect(got.diagnostics).toHaveLength(1);
    expect(got.diagnostics[0]?.severity).toBe('warning');
    expect(got.diagnostics[0]?.line).toBe(9);
    expect(got.diagnostics[0]?.message).toContain('"OCT"');
  });

  it('also when the stray word comes before the first precedence of the list', () => {
    expect(read(['INFO RUEHLP/AMEMBASSY LA PAZ AUG 5274', 'RUEHMN/AMEMBASSY MONTEVIDEO PRIORITY 9807']).addresses).toEqual(['AMEMBASSY LA PAZ', 'AMEMBASSY MONTEVIDEO']);
  });

  it('leaves a month and another post after it out of the address, whatever the list carries (era red team 247)', () => {
    const got = read(['INFO RUEHLP/AMEMBASSY LA PAZ MAY QUITO 0211', 'RUEHPE/AMEMBASSY LIMA 1052', 'RUEHLP/AMEMBASSY LA PAZ JAN RIO DE JANEIRO 0212']);
    expect(got.addresses).toEqual(['AMEMBASSY LA PAZ', 'AMEMBASSY LIMA', 'AMEMBASSY LA PAZ']);
    expect(got.diagnostics.map((d) => d.message.includes('"MAY QUITO"') || d.message.includes('"JAN RIO DE JANEIRO"'))).toEqual([true, true]);
    // (Guard: a place named with a month word early in it stays whole.)
    expect(read(['INFO RUEHXX/AMCONSUL MAR DEL PLATA 0213']).addresses).toEqual(['AMCONSUL MAR DEL PLATA']);
  });

  it('reads a misspelled precedence as the precedence, with a warning', () => {
    const got = read(['INFO RUEHFR/AMEMBASSY PARIS PRIORTY 0002', 'RUEHRO/AMEMBASSY ROME IMMEDAITE 0003', 'RUEHLO/AMEMBASSY LONDON ROUTNE 0004']);
    expect(got.addresses).toEqual(['AMEMBASSY PARIS', 'AMEMBASSY ROME', 'AMEMBASSY LONDON']);
    expect(got.precedences).toEqual(['PRIORITY', 'IMMEDIATE', 'ROUTINE']);
    expect(got.diagnostics.map((d) => d.line)).toEqual([8, 9, 10]);
  });

  it('keeps place names of several words whole (guard)', () => {
    const places = ['AMEMBASSY PORT AU PRINCE', 'USMISSION USUN NEW YORK', 'AMCONSUL HO CHI MINH CITY', 'AMEMBASSY LA PAZ', 'AMEMBASSY DAR ES SALAAM', 'CDR USSOUTHCOM MIAMI FL', 'AMEMBASSY SAN JOSE'];
    const got = read(['INFO RUEHBO/AMEMBASSY BOGOTA PRIORITY 6079', ...places.map((p, k) => `RUEHXX/${p} 010${k}`)]);
    expect(got.addresses).toEqual(['AMEMBASSY BOGOTA', ...places]);
    expect(got.diagnostics).toEqual([]);
  });

  it('keeps a month word when no addressee of the list carries a precedence, or without a four-digit MCN (guard)', () => {
    expect(read(['INFO RUEHLP/AMEMBASSY LA PAZ OCT 0149', 'RUEHPE/AMEMBASSY LIMA 1052']).addresses).toEqual(['AMEMBASSY LA PAZ OCT', 'AMEMBASSY LIMA']);
    expect(read(['INFO RUEHBO/AMEMBASSY BOGOTA PRIORITY 6079', 'RUEHLP/AMEMBASSY LA PAZ OCT']).addresses).toEqual(['AMEMBASSY BOGOTA', 'AMEMBASSY LA PAZ OCT']);
    // One word before the month: too little to tell an address from it.
    expect(read(['INFO RUEHBO/AMEMBASSY BOGOTA PRIORITY 6079', 'RUEHXX/USUN OCT 0149']).addresses).toEqual(['AMEMBASSY BOGOTA', 'USUN OCT']);
  });

  it('reads a long addressee list with stray words in linear time', () => {
    const info = Array.from({ length: 4000 }, (_, k) => (k % 2 === 0 ? `RUEHLP/AMEMBASSY LA PAZ OCT ${String(k % 10000).padStart(4, '0')}` : `RUEHBO/AMEMBASSY BOGOTA PRIORITY ${String(k % 10000).padStart(4, '0')}`));
    let got!: ReturnType<typeof read>;
    const ms = msUnder(1000, () => {
      got = read([`INFO ${info[0] ?? ''}`, ...info.slice(1)]);
    });
    expect(ms).toBeLessThan(1000);
    expect(got.addresses[0]).toBe('AMEMBASSY LA PAZ');
    expect(got.diagnostics).toHaveLength(2000);
  });
});

describe('a cable pasted into an e-mail (era red team 85)', () => {
  it('finds the routing header under the mail\'s lines, and takes no mail sender for the FM line', () => {
    const text = [
      'From: Whitfield, Laura M (Kabul)',
      'Sent: Tuesday, March 3, 2009 9:14 AM',
      'To: Desk, Afghanistan',
      'Subject: FW: KABUL 0612',
      '',
      'Laura,',
      '',
      'See the cable below, as discussed.',
      '',
      'Thanks,',
      'Mark',
      '',
      'VZCZCXRO1234',
      'OO RUEHDBU',
      'DE RUEHBUL #0612 0621015',
      'ZNY CCCCC ZZH',
      'O 031015Z MAR 09',
      'FM AMEMBASSY KABUL',
      'TO RUEHC/SECSTATE WASHDC IMMEDIATE 7721',
      'BT',
      'C O N F I D E N T I A L KABUL 000612',
      '',
      'E.O. 12958: DECL: 03/03/2019',
      'TAGS: PGOV, AF',
      'SUBJECT: ELECTION DATE',
      '',
      '1. (C) The commission set the date.',
      '',
      'WOOD',
    ].join('\n');
    const c = parseCable(text);
    expect(c.header?.from).toBe('AMEMBASSY KABUL');
    expect(c.header?.dtg?.datetime).toBe('2009-03-03T10:15:00Z');
    expect(c.referenceId).toBe('09KABUL612');
    expect(c.diagnostics.some((d) => d.code === 'HEADER_MISSING')).toBe(false);
  });

  it('still reads an archive export\'s `From: AMCONSUL TIJUANA` as the FM line (guard)', () => {
    expect(isHeaderStart('From: AMCONSUL TIJUANA')).toBe(true);
    expect(isHeaderStart('From: Whitfield, Laura M (Kabul)')).toBe(false);
  });
});

describe('a bare banner right after the addressees, with no BT', () => {
  const cable = (banner: string, next: string): string =>
    [
      'R 121530Z MAR 76',
      'FM AMEMBASSY NAIROBI',
      'TO SECSTATE WASHDC 4512',
      'INFO AMEMBASSY DAR ES SALAAM',
      'AMEMBASSY KAMPALA',
      banner,
      next,
      'TAGS: EAID, KE',
      'SUBJECT: DROUGHT RELIEF SHIPMENTS',
      '',
      '1. FIRST CONSIGNMENT OF SORGHUM ARRIVED MOMBASA MARCH 10.',
      '',
      'MARSHALL',
    ].join('\n');

  it('is the cable\'s banner when a preamble field follows it', () => {
    const c = parseCable(cable('UNCLAS', 'E.O. 11652: N/A'));
    expect(c.classification.level).toBe('UNCLASSIFIED');
    expect(c.header?.info.map((r) => r.address)).toEqual(['AMEMBASSY DAR ES SALAAM', 'AMEMBASSY KAMPALA']);
    expect(c.executiveOrder?.order).toBe('11652');
    expect(c.diagnostics.map((d) => d.code)).not.toContain('CLASSIFICATION_MISSING');
  });

  it('is the cable\'s banner over an agency\'s distribution line and the field (era red team 130)', () => {
    const c = parseCable(cable('UNCLAS', 'DEPT PASS AID AND USDA\nE.O. 11652: N/A'));
    expect(c.classification.level).toBe('UNCLASSIFIED');
    expect(c.header?.info.map((r) => r.address)).toEqual(['AMEMBASSY DAR ES SALAAM', 'AMEMBASSY KAMPALA']);
    expect(c.distribution).toEqual(['DEPT PASS AID AND USDA']);
  });

  it('is the cable\'s banner over handling lines and any post\'s distribution line (era red team 132)', () => {
    const limdis = parseCable(cable('CONFIDENTIAL', 'LIMDIS\nE.O. 11652: GDS'));
    expect(limdis.classification).toEqual({ level: 'CONFIDENTIAL', caveats: ['LIMDIS'], text: 'CONFIDENTIAL' });
    expect(limdis.header?.info.map((r) => r.address)).toEqual(['AMEMBASSY DAR ES SALAAM', 'AMEMBASSY KAMPALA']);
    const posts = parseCable(cable('UNCLAS', 'DEPT PASS AID AND USDA\nUSDA FOR FAS/FCB\nGENEVA FOR RMO\nE.O. 11652: N/A'));
    expect(posts.header?.info.map((r) => r.address)).toEqual(['AMEMBASSY DAR ES SALAAM', 'AMEMBASSY KAMPALA']);
    expect(posts.distribution).toEqual(['DEPT PASS AID AND USDA', 'USDA FOR FAS/FCB', 'GENEVA FOR RMO']);
  });

  it('is the cable\'s banner over up to six handling, SPECAT and distribution lines (era red team 133)', () => {
    const c = parseCable(cable('S E C R E T', 'EXDIS\nMILITARY ADDEES HANDLE AS SPECAT EXCLUSIVE\nDEPT PASS USIA\nUSNATO FOR AMBASSADOR\nUSCINCEUR FOR POLAD\nE.O. 12356: DECL: OADR'));
    expect(c.classification.level).toBe('SECRET');
    expect(c.classification.caveats).toEqual(['EXDIS']);
    expect(c.header?.info.map((r) => r.address)).toEqual(['AMEMBASSY DAR ES SALAAM', 'AMEMBASSY KAMPALA']);
  });

  it('stays a printed page header inside the addressee list when a page marker follows it (guard)', () => {
    const c = parseCable(cable('CONFIDENTIAL', 'PAGE 02        NAIROBI 02231  121530Z').replace('TAGS:', 'AMEMBASSY ADDIS ABABA\nBT\nC O N F I D E N T I A L NAIROBI 2231\nE.O. 11652: GDS\nTAGS:'));
    expect(c.header?.info.map((r) => r.address)).toEqual(['AMEMBASSY DAR ES SALAAM', 'AMEMBASSY KAMPALA', 'AMEMBASSY ADDIS ABABA']);
    expect(c.classification.level).toBe('CONFIDENTIAL');
    expect(c.referenceId).toBe('76NAIROBI2231');
  });
});
