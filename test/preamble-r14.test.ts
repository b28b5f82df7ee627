/**
 * Preamble and header fixes from review rounds 14-15. All inputs are synthetic cable lines
 * in the shape the reviews show; expected values are read off the input.
 */

import { describe, expect, it } from 'vitest';
import { parseCable } from '../src/index.js';
import { parseHandlingLine } from '../src/preamble/classification.js';
import { parseReferences } from '../src/preamble/references.js';
import { parseRoutingHeader } from '../src/header/routing-header.js';

/** A cable text from lines. */
const cable = (...lines: string[]): string => lines.join('\n');

/** A preamble with the given distribution lines, then fields and a paragraph. */
const withDistribution = (...lines: string[]): string =>
  cable('UNCLAS SECTION 01 OF 02 FARAWAY 000123', '', 'SIPDIS', '', ...lines, '', 'E.O. 12958: N/A', 'TAGS: PREL XX', 'SUBJECT: A MEETING', '', '1. (U) Text.');

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

describe('distribution lines wrapped or reflowed', () => {
  it('joins a line broken after `/` with the next, without a space', () => {
    const c = parseCable(withDistribution('USDOC FOR 1234/ITA/MAC/WH/', 'JDOE/RROE/MPOE', 'NSC FOR SMITH'));
    expect(c.distribution).toEqual(['USDOC FOR 1234/ITA/MAC/WH/JDOE/RROE/MPOE', 'NSC FOR SMITH']);
  });

  it('guard: a line after `/` that opens an addressee of its own is an entry', () => {
    const c = parseCable(withDistribution('USDOC FOR 1234/ITA/MAC/', 'STATE FOR EUR/CE'));
    expect(c.distribution).toEqual(['USDOC FOR 1234/ITA/MAC/', 'STATE FOR EUR/CE']);
  });

  it('gives one entry per `AGENCY FOR OFFICE: NAME` line reflowed onto one', () => {
    const c = parseCable(
      withDistribution('INTERIOR FOR FWS: ANN ROE INTERIOR PASS USGS FOR INTERNATIONAL: B DOE JUSTICE FOR ENRD: CPOE EPA FOR INTERNATIONAL: DAN ROE NSF FOR INTERNATIONAL: EVE DOE'),
    );
    expect(c.distribution).toEqual([
      'INTERIOR FOR FWS: ANN ROE',
      'INTERIOR PASS USGS FOR INTERNATIONAL: B DOE',
      'JUSTICE FOR ENRD: CPOE',
      'EPA FOR INTERNATIONAL: DAN ROE',
      'NSF FOR INTERNATIONAL: EVE DOE',
    ]);
  });

  it('cuts a line longer than a cable line before an agency that follows a word', () => {
    const c = parseCable(withDistribution('STATE PASS OPIC FOR JDOE, RROE, MPOE DOL FOR ILAB KSMITH SOUTHCOM FOR POLAD AND OTHERS'));
    expect(c.distribution).toEqual(['STATE PASS OPIC FOR JDOE, RROE, MPOE', 'DOL FOR ILAB KSMITH', 'SOUTHCOM FOR POLAD AND OTHERS']);
  });

  it('a line ending in PASS goes on with its addressee', () => {
    const c = parseCable(withDistribution('INTERIOR FOR NPS: ANN ROE INTERIOR PASS', 'USGS FOR INTERNATIONAL: B DOE'));
    expect(c.distribution).toEqual(['INTERIOR FOR NPS: ANN ROE', 'INTERIOR PASS USGS FOR INTERNATIONAL: B DOE']);
  });

  it('guard: short lines without names, and agencies after a connector or a comma, are not cut', () => {
    expect(parseCable(withDistribution('STATE FOR EAP/MLS, EAP/RSP USDA FOR FAS')).distribution).toEqual(['STATE FOR EAP/MLS, EAP/RSP USDA FOR FAS']);
    expect(parseCable(withDistribution('DEPARTMENT FOR WHA/CEN PASS TO USAID FOR AA/LAC AND ALSO TO THE REGIONAL OFFICES, NSC FOR JDOE')).distribution).toEqual([
      'DEPARTMENT FOR WHA/CEN PASS TO USAID FOR AA/LAC AND ALSO TO THE REGIONAL OFFICES, NSC FOR JDOE',
    ]);
    expect(parseCable(withDistribution('DEPT OF TREASURY FOR OASIA')).distribution).toEqual(['DEPT OF TREASURY FOR OASIA']);
  });
});

describe('references', () => {
  it('keeps a TELCON that lists its participants with `;` as one reference', () => {
    const refs = parseReferences('REF: TELCON:  J. ROE:  CA/OCS ANN DOE; AF DUTY, BOB POE;\nCMS, CARL ROE; DS COMMAND CENTER, D. DOE');
    expect(refs).toHaveLength(1);
    expect(refs[0]?.kind).toBe('telcon');
    expect(refs[0]?.text).toBe('TELCON: J. ROE: CA/OCS ANN DOE; AF DUTY, BOB POE; CMS, CARL ROE; DS COMMAND CENTER, D. DOE');
  });

  it('guard: `;` before a cable or another document still separates references', () => {
    expect(parseReferences('REF: TELCON ROE/DOE 5/4; STATE 1234', { year: 2009 }).map((r) => r.kind)).toEqual(['telcon', 'cable']);
    expect(parseReferences('REF: TELCON ROE/DOE 5/4; EMAIL POE 5/6').map((r) => r.kind)).toEqual(['telcon', 'email']);
    expect(parseReferences('REF: TELCON ROE/DOE; AS IN FARAWAY 123', { year: 2009 }).map((r) => r.kind)).toEqual(['telcon', 'other']);
  });

  it('reads a repeated label after a wrapped caveat as the reference it labels', () => {
    const refs = parseReferences('REF: A. (A) FARAWAY 279 (NODIS\n\u00b6B. NOTAL) (B) FARAWAY 336 (C) FARAWAY 394', { year: 2009 });
    expect(refs.map((r) => [r.label, r.kind, r.referenceId])).toEqual([
      ['A', 'cable', '09FARAWAY279'],
      ['B', 'cable', '09FARAWAY336'],
      ['C', 'cable', '09FARAWAY394'],
    ]);
  });
});

describe('a misspelled SIPDIS handling line', () => {
  it('reads SIPDS, SIPIDS and SIDPIS as SIPDIS', () => {
    for (const word of ['SIPDS', 'SIPIDS', 'SIDPIS']) expect(parseHandlingLine(word)).toEqual({ caveats: [], sipdis: true });
    const c = parseCable(cable('S E C R E T SECTION 01 OF 04 FARAWAY 000855', 'SIPDS', 'NOFORN', 'DEPT FOR EUR/CARC, PM AND S/CT', 'E.O. 12958: DECL: 07/05/2017', 'TAGS: PREL XX', 'SUBJECT: A MEETING', '', '1. (S) Text.'));
    expect(c.sipdis).toBe(true);
    expect(c.distribution).toEqual(['DEPT FOR EUR/CARC, PM AND S/CT']);
  });

  it('guard: other words near SIPDIS are no handling line', () => {
    expect(parseHandlingLine('SIPD')).toBeNull();
    expect(parseHandlingLine('SIPDISX')).toBeNull();
  });
});

describe('linear time on hostile input', () => {
  it('reads a long reflowed distribution line of agencies quickly', () => {
    const line = 'STATE FOR EUR: JDOE '.repeat(8000) + 'NSC FOR X'.repeat(2000);
    const t = Date.now();
    const c = parseCable(withDistribution(line));
    expect(Date.now() - t).toBeLessThan(1500);
    expect(c.distribution.length).toBeGreaterThan(10);
  });

  it('reads a long TELCON with many `;` quickly', () => {
    const text = `REF: TELCON: ${'AF DUTY, BOB POE; '.repeat(10000)}END`;
    const t = Date.now();
    const refs = parseReferences(text);
    expect(Date.now() - t).toBeLessThan(1000);
    expect(refs).toHaveLength(1);
  });

  it('reads a long routing header of INFO page lines quickly', () => {
    const text = cable('R 161417Z APR 09', 'FM SECSTATE WASHDC', 'TO AMEMBASSY ALPHA', ...Array.from({ length: 5000 }, () => 'INFO PAGE 02 STATE 012345 161435Z'));
    const t = Date.now();
    expect(parseRoutingHeader(text).info).toEqual([]);
    expect(Date.now() - t).toBeLessThan(1000);
  });
});
