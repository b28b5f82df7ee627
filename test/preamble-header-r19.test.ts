/**
 * Preamble, header and transmission fixes from review rounds 17-19. All inputs are synthetic cable
 * lines in the shape the reviews show; expected values are read off the input.
 */

import { describe, expect, it } from 'vitest';
import { parseCable } from '../src/index.js';
import { parseRecipient } from '../src/header/routing-header.js';

/** A cable text from lines. */
const cable = (...lines: string[]): string => lines.join('\n');

/** A short cable whose preamble holds `distribution` lines (each a line of the page). */
const withDistribution = (...distribution: string[]): string =>
  cable('UNCLAS SECTION 01 OF 02 FARAWAY 000505', '', 'SIPDIS', '', ...distribution, '', 'E.O. 12958: N/A', 'TAGS: PGOV XX', 'SUBJECT: A MEETING', '', '1. (SBU) Text.', '', 'ROE');

describe('distribution lines reflowed onto one line, with posts and offices no list names', () => {
  it('cuts a whole preamble line at each `POST FOR NAME`', () => {
    const c = parseCable(
      cable(
        'S E C R E T SECTION 01 OF 02 FARAWAY 000251 NOFORN SIPDIS DEPARTMENT FOR NEA/XYZ NSC FOR ROE/POE PARIS FOR DOE LONDON FOR MOE E.O. 12958: DECL: 04/05/2029 TAGS: PREL XX SUBJECT: A VISIT',
        '',
        'Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d)',
        '',
        '1. (S) Text.',
      ),
    );
    expect(c.distribution).toEqual(['DEPARTMENT FOR NEA/XYZ', 'NSC FOR ROE/POE', 'PARIS FOR DOE', 'LONDON FOR MOE']);
    expect(c.classification.caveats).toEqual(['NOFORN']);
    expect(c.subject).toBe('A VISIT');
  });

  it('cuts a line that ends in handling words reflowed onto it', () => {
    const c = parseCable(withDistribution('STATE PASS OPIC FOR AROE, BPOE, CDOE DOL FOR ILAB DMOE NSC FOR EROE SOUTHCOM FOR POLAD AID/W FOR LAC/AA SENSITIVE SIPDIS'));
    expect(c.distribution).toEqual(['STATE PASS OPIC FOR AROE, BPOE, CDOE', 'DOL FOR ILAB DMOE', 'NSC FOR EROE', 'SOUTHCOM FOR POLAD', 'AID/W FOR LAC/AA']);
    expect(c.classification.caveats).toContain('SENSITIVE');
    expect(c.unparsed).toEqual([]);
  });

  it('reads a two-word post (`FAA MIAMI FOR`) on a line a field was reflowed onto', () => {
    const c = parseCable(
      cable('UNCLAS SECTION 01 OF 02 FARAWAY 000505', '', 'SIPDIS', '', 'DOT FOR JANE ROEBUCK, CAROLYN POEMAKER FAA MIAMI FOR MARK DOE E.O. 12958: N/A', 'TAGS: PGOV XX', 'SUBJECT: A MEETING', '', '1. (SBU) Text.'),
    );
    expect(c.distribution).toEqual(['DOT FOR JANE ROEBUCK, CAROLYN POEMAKER', 'FAA MIAMI FOR MARK DOE']);
    expect(c.executiveOrder).not.toBeNull();
  });

  it('reads a person`s name before a one-word post as the end of the entry before', () => {
    const c = parseCable(withDistribution('NSC FOR JOHN ROE PARIS FOR JANE POE AND THE OTHER WATCHERS OF THE EUROPEAN DESK'));
    expect(c.distribution).toEqual(['NSC FOR JOHN ROE', 'PARIS FOR JANE POE AND THE OTHER WATCHERS OF THE EUROPEAN DESK']);
  });

  it('cuts the line a long entry wrapped onto', () => {
    const c = parseCable(
      withDistribution('USDOC FOR ITA/MAC/ONE (JOHN ROE), ADVOCACY CTR (POE), AND', 'CLDP (DOE AND MOE) CASABLANCA FOR FCS (ROE) AMMAN FOR ESTH HUB (POE) CAIRO FOR ATTACHE (DOE)'),
    );
    expect(c.distribution).toEqual(['USDOC FOR ITA/MAC/ONE (JOHN ROE), ADVOCACY CTR (POE), AND CLDP (DOE AND MOE)', 'CASABLANCA FOR FCS (ROE)', 'AMMAN FOR ESTH HUB (POE)', 'CAIRO FOR ATTACHE (DOE)']);
  });

  it('guard: connectors keep an addressee whole (`DEPT OF TREASURY FOR`, `PLEASE PASS TO X FOR`)', () => {
    const line = 'USDOC FOR 4332/ITA/MAC/OLAC/ROE AND DEPT OF TREASURY FOR OASIA DAS POE, STATE PLEASE PASS TO USAID FOR AA/LAC';
    expect(parseCable(withDistribution(line)).distribution).toEqual([line]);
  });

  it('guard: a long line with no `X FOR Y` entry before the name stays whole', () => {
    const line = 'STATE PLEASE PASS TO AMBASSADOR JOHN ROE FOR INFORMATION AND ACTION BY THE DESK OFFICERS CONCERNED';
    expect(parseCable(withDistribution(line)).distribution).toEqual([line]);
  });

  it('guard: a line the cable wrote as a `;` list stays whole', () => {
    const line = 'LONDON FOR ROE; BERLIN FOR POE; BAKU FOR DOE AMMAN FOR MOE; DUBAI FOR IRPO; ROME FOR HSPANOS';
    expect(parseCable(withDistribution(line)).distribution).toEqual([line]);
  });

  it('guard: a short line (one cable line) stays whole', () => {
    expect(parseCable(withDistribution('NSC FOR JOHN ROE WHITE HOUSE FOR JANE POE')).distribution).toEqual(['NSC FOR JOHN ROE WHITE HOUSE FOR JANE POE']);
  });
});

describe('a correction caption printed with every page marker, and its note', () => {
  const text = cable(
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

describe('a cut preamble copy followed by an archive record, then the complete copy', () => {
  const header = ['VZCZCXYZ0002', 'RR RUEHWEB', '', 'DE RUEHXX #0123/01 1642102', 'ZNY CCCCC ZZH', 'R 132102Z JUN 06', 'FM AMEMBASSY FARAWAY', 'TO RUEHC/SECSTATE WASHDC 0996'];
  const cut = ['C O N F I D E N T I A L FARAWAY 000123', '', 'SIPDIS', '', 'DEPT FOR WHA/XYZ', '', 'E.O. 12958: DECL: 06/08/2016', 'TAGS: ETRD ECON XX'];
  const record = ['id: 12345', 'date: 6/13/2006 21:02', 'refid: 06FARAWAY123', 'origin: Embassy Faraway', 'classification: CONFIDENTIAL', 'destination: ', 'header:', ...header, '', '', '----------------- header ends ----------------', ''];
  const complete = (serial: string): string[] => [
    `C O N F I D E N T I A L FARAWAY ${serial}`,
    '',
    'SIPDIS',
    '',
    'DEPT FOR WHA/XYZ',
    '',
    'E.O. 12958: DECL: 06/08/2016',
    'TAGS: ETRD ECON XX',
    'SUBJECT: A MINISTER VISITS',
    '',
    'Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d)',
    '',
    '1. (C) Text of the cable.',
    '',
    'ROE',
  ];

  it('reads the complete copy; the cut copy and the record are transmission, not unparsed', () => {
    const c = parseCable(cable(...header, '', ...cut, ...record, ...complete('000123')));
    expect(c.unparsed).toEqual([]);
    expect(c.subject).toBe('A MINISTER VISITS');
    expect(c.distribution).toEqual(['DEPT FOR WHA/XYZ']);
    expect(c.tags).toEqual(['ETRD', 'ECON', 'XX']);
    expect(c.paragraphs.map((p) => p.text)).toEqual(['Text of the cable.']);
  });

  it('guard: a banner naming another cable after the record is not the complete copy', () => {
    const c = parseCable(cable(...header, '', ...cut, ...record, ...complete('000999')));
    expect(c.serial).toBe('000123');
  });
});

describe('addressees', () => {
  it('reads a routing indicator not of the `R...` form before the slash', () => {
    expect(parseRecipient('EUMEM/EU MEMBER STATES COLLECTIVE').recipient).toMatchObject({ routingIndicator: 'EUMEM', address: 'EU MEMBER STATES COLLECTIVE', mcn: null });
  });

  it('guard: an office path and a one-word address keep no routing indicator', () => {
    expect(parseRecipient('DIA WASHINGTON DC//DHI-1B//').recipient).toMatchObject({ routingIndicator: null, address: 'DIA WASHINGTON DC//DHI-1B//' });
    expect(parseRecipient('USEU/BRUSSELS').recipient).toMatchObject({ routingIndicator: null, address: 'USEU/BRUSSELS' });
  });

  it('reports fragments of a routing indicator split over lines, and keeps them out of the list', () => {
    const c = parseCable(
      cable(
        'R 121055Z NOV 08',
        'FM AMEMBASSY FARAWAY',
        'TO SECSTATE WASHDC PRIORITY 0005',
        'INFO AMEMBASSY NEARBY',
        'R',
        'E',
        'XY/AMEMBASSY QZQTOWN 3104',
        'AMEMBASSY THIRDTOWN',
        'BT',
        'UNCLAS FARAWAY 000543',
        '',
        'E.O. 12958: N/A',
        'TAGS: PREL XX',
        'SUBJECT: A MEETING',
        '',
        '1. (U) Text.',
      ),
    );
    expect(c.header?.info.map((r) => r.address)).toEqual(['AMEMBASSY NEARBY', 'XY/AMEMBASSY QZQTOWN', 'AMEMBASSY THIRDTOWN']);
    const warned = c.diagnostics.filter((d) => d.code === 'HEADER_LINE_UNRECOGNIZED');
    expect(warned.map((d) => d.line)).toEqual([5, 6, 7]);
  });
});

describe('linear time on hostile input', () => {
  it('reads a huge distribution line of names before `FOR`', () => {
    const line = `STATE FOR ROE ${'AB CD EF FOR GH '.repeat(10000)}`;
    const t = Date.now();
    const c = parseCable(withDistribution(line));
    expect(Date.now() - t).toBeLessThan(1000);
    expect(c.distribution.length).toBeGreaterThan(0);
  });

  it('reads a huge line of connectors and slashes before `FOR`', () => {
    const line = `NSC FOR ROE ${'OF TO X/Y AND FOR '.repeat(10000)}`;
    const t = Date.now();
    parseCable(withDistribution(line));
    expect(Date.now() - t).toBeLessThan(1000);
  });

  it('reads many correction captions and notes after page markers', () => {
    const lines: string[] = ['UNCLAS FARAWAY 000505', '', 'SUBJECT: A MEETING', '', '1. (U) Text'];
    for (let k = 0; k < 2000; k++) lines.push('', 'FARAWAY 00000505 002.2 OF 003 C O R R E C T E D C O P Y', '', `(Updated Text Paragraph ${'('.repeat(20)} words words`);
    const t = Date.now();
    parseCable(cable(...lines));
    expect(Date.now() - t).toBeLessThan(1000);
  });

  it('reads a header of many one-letter lines', () => {
    const t = Date.now();
    parseCable(cable('R 121055Z NOV 08', 'FM AMEMBASSY FARAWAY', 'TO SECSTATE WASHDC', ...new Array<string>(30000).fill('R'), 'UNCLAS FARAWAY 000543', 'SUBJECT: X'));
    expect(Date.now() - t).toBeLessThan(1000);
  });
});
