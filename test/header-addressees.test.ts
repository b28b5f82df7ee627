/**
 * Addressees of the routing header (`parseRecipient`, `parseRoutingHeader`, src/header/routing-header.ts): an
 * address ending in a number, an older page header inside the addressee list, routing indicators not of the
 * `R...` form, fragments of a routing indicator split over lines. All inputs are synthetic cable lines; expected
 * values are read off the input.
 */

import { describe, expect, it } from 'vitest';
import { msUnder } from './timing.js';
import { parseCable } from '../src/index.js';
import { parseRecipient, parseRoutingHeader } from '../src/header/routing-header.js';

/** A cable text from lines. */
const cable = (...lines: string[]): string => lines.join('\n');

describe('an addressee whose name ends in a number', () => {
  it('keeps a task force number in the address', () => {
    expect(parseRecipient('RUAYJAA/CTF 72').recipient).toMatchObject({ address: 'CTF 72', mcn: null });
    expect(parseRecipient('RUAYJAA/CTG 72.1').recipient).toMatchObject({ address: 'CTG 72.1', mcn: null });
  });

  it('guard: MCNs after longer addresses, and four digits after one word, stay MCNs', () => {
    expect(parseRecipient('RUEHXX/AMEMBASSY FARAWAY 52').recipient).toMatchObject({ address: 'AMEMBASSY FARAWAY', mcn: '52' });
    expect(parseRecipient('RUEHC/SECSTATE WASHDC PRIORITY 4075').recipient).toMatchObject({ address: 'SECSTATE WASHDC', precedence: 'PRIORITY', mcn: '4075' });
    expect(parseRecipient('RUEHXX/USUN 1234').recipient).toMatchObject({ address: 'USUN', mcn: '1234' });
  });
});

describe('an older page header inside the addressee list', () => {
  const header = (infoLine: string): string =>
    cable('R 161417Z APR 09', 'FM SECSTATE WASHDC', 'TO AMEMBASSY ALPHA', 'AMEMBASSY BETA', infoLine, 'DIA WASHINGTON DC//DHI-1B//', 'AMEMBASSY GAMMA');

  it('is a transmission line on the INFO line itself; the list starts on the next line', () => {
    const h = parseRoutingHeader(header('INFO PAGE 02        STATE   012345  161435Z'));
    expect(h.to.map((r) => r.address)).toEqual(['AMEMBASSY ALPHA', 'AMEMBASSY BETA']);
    expect(h.info.map((r) => r.address)).toEqual(['DIA WASHINGTON DC//DHI-1B//', 'AMEMBASSY GAMMA']);
  });

  it('guard: an INFO addressee whose name starts with PAGE is kept', () => {
    const h = parseRoutingHeader(header('INFO PAGE COUNTY SHERIFF'));
    expect(h.info.map((r) => r.address)).toEqual(['PAGE COUNTY SHERIFF', 'DIA WASHINGTON DC//DHI-1B//', 'AMEMBASSY GAMMA']);
  });
});

describe('routing indicators of addressees, and their fragments split over lines', () => {
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

describe('linear time on hostile input: long routing headers', () => {
  it('reads a long routing header of INFO page lines quickly', () => {
    const text = cable('R 161417Z APR 09', 'FM SECSTATE WASHDC', 'TO AMEMBASSY ALPHA', ...Array.from({ length: 5000 }, () => 'INFO PAGE 02 STATE 012345 161435Z'));
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    expect(
      msUnder(1000, () => {
        expect(parseRoutingHeader(text).info).toEqual([]);
      }),
    ).toBeLessThan(1000);
  });

  it('reads a header of many one-letter lines', () => {
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    expect(
      msUnder(1000, () => {
        parseCable(cable('R 121055Z NOV 08', 'FM AMEMBASSY FARAWAY', 'TO SECSTATE WASHDC', ...new Array<string>(30000).fill('R'), 'UNCLAS FARAWAY 000543', 'SUBJECT: X'));
      }),
    ).toBeLessThan(1000);
  });
});

describe('a relay instruction under a 1960s telegram\'s addressees (era leftover 636)', () => {
  const text = ['R 281848Z DEC 66', 'FM AMEMBASSY SAIGON', 'TO SECSTATE WASHDC 14512', 'INFO CINCPAC', 'STATE GRNC', 'BT', 'C O N F I D E N T I A L SAIGON 14512', '', 'SUBJ: NEW YEAR TRUCE', '', '1. TEXT.', 'LODGE', 'BT'].join('\n');

  it('is no INFO addressee: the list ends with CINCPAC and the line is transmission', () => {
    const c = parseCable(text);
    expect(c.header?.info.map((r) => r.address)).toEqual(['CINCPAC']);
    const at = text.indexOf('STATE GRNC');
    expect(c.spans.transmission.some((s) => s.start === at && s.end === at + 'STATE GRNC'.length)).toBe(true);
    expect(c.diagnostics.map((d) => d.code)).not.toContain('HEADER_LINE_UNRECOGNIZED');
  });

  it('is an addressee when the line names more than the instruction', () => {
    expect(parseRoutingHeader('R 281848Z DEC 66\nFM AMEMBASSY SAIGON\nTO SECSTATE WASHDC\nINFO CINCPAC\nSTATE GRNC VIENTIANE\nBT').info.map((r) => r.address)).toEqual(['CINCPAC', 'STATE GRNC VIENTIANE']);
  });
});

describe('the drafting block of a 1970s State printed telegram before its header (era red team 214)', () => {
  const telegram = [
    'UNCLASSIFIED',
    '',
    'PAGE 01        STATE  071234',
    'ORIGIN EB-11',
    '',
    'INFO  OCT-01   EA-11    ISO-00   AGR-20   /070 R',
    '',
    'DRAFTED BY EB/ORF/OFP:RWBLACKWELL:LW',
    'APPROVED BY EB/ORF:WPHELPS',
    'EA/J:TKOLBE',
    'USDA/FAS:DMARTINSON',
    '                  ------------------100313  100031Z /62',
    'R 092210Z APR 74',
    'FM SECSTATE WASHDC',
    'TO AMEMBASSY TOKYO',
    '',
    'UNCLAS STATE 071234',
    '',
    'E.O. 11652: N/A',
    'TAGS: EAGR, JA',
    'SUBJECT: SOYBEAN EXPORTS',
    '',
    '1. THE DEPARTMENT HAS REVIEWED THE REQUEST.',
    '',
    'KISSINGER',
    '',
  ].join('\n');

  it('is read with the office block as transmission, nothing left unparsed', () => {
    const c = parseCable(telegram);
    expect(c.header?.from).toBe('SECSTATE WASHDC');
    expect(c.header?.dtg?.datetime).toBe('1974-04-09T22:10:00Z');
    expect(c.unparsed).toEqual([]);
    expect(c.paragraphs.map((p) => p.text)).toEqual(['THE DEPARTMENT HAS REVIEWED THE REQUEST.']);
  });

  it('reads clearances with a note or a spaced dash, and a DESIRED DISTRIBUTION list, as the block (era red team 217)', () => {
    const c = parseCable(
      telegram.replace('USDA/FAS:DMARTINSON', ['L/EUR:JHMICHEL (SUBS)', 'H:RJMCCLOSKEY (DRAFT)', 'S/S - MR. SEBASTIAN', 'DESIRED DISTRIBUTION', 'HA, L, H, PA, ALL REGIONAL BUREAUS'].join('\n')),
    );
    expect(c.header?.from).toBe('SECSTATE WASHDC');
    expect(c.unparsed).toEqual([]);
  });

  it('guard: a clearance-like line with no DRAFTED or APPROVED line before it stays unread', () => {
    const c = parseCable(telegram.replace('DRAFTED BY EB/ORF/OFP:RWBLACKWELL:LW\nAPPROVED BY EB/ORF:WPHELPS\n', ''));
    expect(c.unparsed.map((u) => u.text)).toContain('EA/J:TKOLBE');
  });
});

describe('a routing header printed again before the text (era red team 386, session 28)', () => {
  const HEAD = ['R 101620Z MAR 76', 'FM AMEMBASSY BRUSSELS', 'TO SECSTATE WASHDC 8841', 'INFO AMEMBASSY THE HAGUE', 'AMEMBASSY LUXEMBOURG'];
  const TEXT = ['C O N F I D E N T I A L BRUSSELS 2231', '', 'E.O. 11652: GDS', 'TAGS: PFOR, BE', 'SUBJECT: BENELUX CONSULTATIONS', '', '1. TEXT.', '', 'FIRESTONE'];

  it('after the addressees, under a printed page head: its lines are transmission, no addressees', () => {
    const page = ['CONFIDENTIAL', 'PAGE 01        BRUSSE 02231  101640Z', 'ACTION EUR-12', 'INFO  OCT-01 ISO-00 /027 W', '                  ------------------104412  101702Z /41'];
    const c = parseCable([...HEAD, '', ...page, ...HEAD, ...TEXT].join('\n'));
    expect(c.header?.to.map((r) => r.address)).toEqual(['SECSTATE WASHDC']);
    expect(c.header?.info.map((r) => r.address)).toEqual(['AMEMBASSY THE HAGUE', 'AMEMBASSY LUXEMBOURG']);
    expect([c.classification.level, c.subject, c.distribution]).toEqual(['CONFIDENTIAL', 'BENELUX CONSULTATIONS', []]);
  });

  it('after `BT`, up to the second `BT`, before a bare banner', () => {
    const c = parseCable([...HEAD, 'BT', '', ...HEAD, 'BT', 'C O N F I D E N T I A L', 'SUBJ: BENELUX CONSULTATIONS', '1. (C) TEXT.', 'FIRESTONE'].join('\n'));
    expect(c.header?.info.map((r) => r.address)).toEqual(['AMEMBASSY THE HAGUE', 'AMEMBASSY LUXEMBOURG']);
    expect([c.classification.level, c.subject, c.distribution]).toEqual(['CONFIDENTIAL', 'BENELUX CONSULTATIONS', []]);
    expect(c.diagnostics.map((d) => d.code)).not.toContain('CLASSIFICATION_MISSING');
  });
});
