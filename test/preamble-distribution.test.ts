/**
 * Distribution lines of the preamble (src/preamble/preamble.ts): lines wrapped after `/` or `PASS`, lines with
 * several addressees reflowed onto one (`AGENCY FOR OFFICE: NAME`, `POST FOR NAME`, handling words at the end),
 * and the guards that keep an addressee whole. All inputs are synthetic cable lines; expected values are read
 * off the input.
 */

import { describe, expect, it } from 'vitest';
import { parseCable } from '../src/index.js';
import { bestMs, msUnder } from './timing.js';

/** A cable text from lines. */
const cable = (...lines: string[]): string => lines.join('\n');

/** A preamble with the given distribution lines, then fields and a paragraph. */
const withDistribution = (...lines: string[]): string =>
  cable('UNCLAS SECTION 01 OF 02 FARAWAY 000123', '', 'SIPDIS', '', ...lines, '', 'E.O. 12958: N/A', 'TAGS: PREL XX', 'SUBJECT: A MEETING', '', '1. (U) Text.');

/** A short cable whose preamble holds `distribution` lines (each a line of the page), with a signer. */
const signedWithDistribution = (...distribution: string[]): string =>
  cable('UNCLAS SECTION 01 OF 02 FARAWAY 000505', '', 'SIPDIS', '', ...distribution, '', 'E.O. 12958: N/A', 'TAGS: PGOV XX', 'SUBJECT: A MEETING', '', '1. (SBU) Text.', '', 'ROE');

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

describe('a list of offices and their officers wrapped after an office (reading audit 7, 10CANBERRA93)', () => {
  it('goes on with the name of the office ending the line before', () => {
    const c = parseCable(signedWithDistribution('DEPARTMENT FOR OES/OA BALTON, PHELPS, OES/ENRC LEE, OES/OMC', 'GIBBONS-FLY, COMMERCE PLEASE PASS NOAA MEDINA'));
    expect(c.distribution).toEqual(['DEPARTMENT FOR OES/OA BALTON, PHELPS, OES/ENRC LEE, OES/OMC GIBBONS-FLY, COMMERCE PLEASE PASS NOAA MEDINA']);
  });

  it('guard: a list of offices without names, or an entry of its own after it, stays apart', () => {
    expect(parseCable(signedWithDistribution('DEPT FOR EAP/MLS, EAP/RSP', 'TREASURY FOR OASIA/IMB')).distribution).toEqual(['DEPT FOR EAP/MLS, EAP/RSP', 'TREASURY FOR OASIA/IMB']);
  });
});

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
    const c = parseCable(signedWithDistribution('STATE PASS OPIC FOR AROE, BPOE, CDOE DOL FOR ILAB DMOE NSC FOR EROE SOUTHCOM FOR POLAD AID/W FOR LAC/AA SENSITIVE SIPDIS'));
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
    const c = parseCable(signedWithDistribution('NSC FOR JOHN ROE PARIS FOR JANE POE AND THE OTHER WATCHERS OF THE EUROPEAN DESK'));
    expect(c.distribution).toEqual(['NSC FOR JOHN ROE', 'PARIS FOR JANE POE AND THE OTHER WATCHERS OF THE EUROPEAN DESK']);
  });

  it('cuts the line a long entry wrapped onto', () => {
    const c = parseCable(
      signedWithDistribution('USDOC FOR ITA/MAC/ONE (JOHN ROE), ADVOCACY CTR (POE), AND', 'CLDP (DOE AND MOE) CASABLANCA FOR FCS (ROE) AMMAN FOR ESTH HUB (POE) CAIRO FOR ATTACHE (DOE)'),
    );
    expect(c.distribution).toEqual(['USDOC FOR ITA/MAC/ONE (JOHN ROE), ADVOCACY CTR (POE), AND CLDP (DOE AND MOE)', 'CASABLANCA FOR FCS (ROE)', 'AMMAN FOR ESTH HUB (POE)', 'CAIRO FOR ATTACHE (DOE)']);
  });

  it('guard: connectors keep an addressee whole (`DEPT OF TREASURY FOR`, `PLEASE PASS TO X FOR`)', () => {
    const line = 'USDOC FOR 4332/ITA/MAC/OLAC/ROE AND DEPT OF TREASURY FOR OASIA DAS POE, STATE PLEASE PASS TO USAID FOR AA/LAC';
    expect(parseCable(signedWithDistribution(line)).distribution).toEqual([line]);
  });

  it('guard: a long line with no `X FOR Y` entry before the name stays whole', () => {
    const line = 'STATE PLEASE PASS TO AMBASSADOR JOHN ROE FOR INFORMATION AND ACTION BY THE DESK OFFICERS CONCERNED';
    expect(parseCable(signedWithDistribution(line)).distribution).toEqual([line]);
  });

  it('guard: a line the cable wrote as a `;` list stays whole', () => {
    const line = 'LONDON FOR ROE; BERLIN FOR POE; BAKU FOR DOE AMMAN FOR MOE; DUBAI FOR IRPO; ROME FOR HSPANOS';
    expect(parseCable(signedWithDistribution(line)).distribution).toEqual([line]);
  });

  it('guard: a short line (one cable line) stays whole', () => {
    expect(parseCable(signedWithDistribution('NSC FOR JOHN ROE WHITE HOUSE FOR JANE POE')).distribution).toEqual(['NSC FOR JOHN ROE WHITE HOUSE FOR JANE POE']);
  });
});

describe('a short entry wrapped before the rest of its office name, and `AGENCY PASS` in a short line', () => {
  it('joins `OFFICE: NAME` to a short `AGENCY FOR OFFICE` line after an entry that names its addressee', () => {
    const c = parseCable(withDistribution('EPA FOR INTERNATIONAL: CAM ROE', 'USDA FOR ARS/INTERNATIONAL', 'RESEARCH: G DOE', 'NSF FOR INTERNATIONAL: HAL POE'));
    expect(c.distribution).toEqual(['EPA FOR INTERNATIONAL: CAM ROE', 'USDA FOR ARS/INTERNATIONAL RESEARCH: G DOE', 'NSF FOR INTERNATIONAL: HAL POE']);
  });

  it('guard: the `X: NAME` line stays an entry when the block names no addressee, or it opens with an agency', () => {
    expect(parseCable(withDistribution('STATE FOR EUR/CE', 'USDA FOR FAS', 'CBP/INA: JROE')).distribution).toEqual(['STATE FOR EUR/CE', 'USDA FOR FAS', 'CBP/INA: JROE']);
    expect(parseCable(withDistribution('EPA FOR INTERNATIONAL: CAM ROE', 'USDA FOR FAS', 'TREASURY: JOHN DOE')).distribution).toEqual([
      'EPA FOR INTERNATIONAL: CAM ROE',
      'USDA FOR FAS',
      'TREASURY: JOHN DOE',
    ]);
    // The line before holds a name of its own (`: NAME`): nothing is left open.
    expect(parseCable(withDistribution('EPA FOR INTERNATIONAL: CAM ROE', 'USDA FOR FAS: JIM POE', 'RESEARCH: G DOE')).distribution).toEqual([
      'EPA FOR INTERNATIONAL: CAM ROE',
      'USDA FOR FAS: JIM POE',
      'RESEARCH: G DOE',
    ]);
  });

  it('cuts a short line before `AGENCY PASS` after a word', () => {
    const c = parseCable(withDistribution('USDOC FOR 4332/ITA/MAC/ROE', 'USDOC ALSO FOR 3134/USFCS/OIO/JDOE STATE PASS EXIMBANK', 'NSC FOR POE'));
    expect(c.distribution).toEqual(['USDOC FOR 4332/ITA/MAC/ROE', 'USDOC ALSO FOR 3134/USFCS/OIO/JDOE', 'STATE PASS EXIMBANK', 'NSC FOR POE']);
  });

  it('guard: `PASS` after a connector or a comma, and `FOR` in a short line, keep the entry whole', () => {
    for (const line of ['USDOC FOR ITA/ROE AND STATE PASS EXIMBANK', 'DEPT OF STATE PASS TO USTR', 'USDOC FOR ITA/ROE, STATE PASS EXIMBANK', 'STATE PASS USTR FOR JDOE/RROE']) {
      expect(parseCable(withDistribution(line)).distribution).toEqual([line]);
    }
  });

  it('is linear on a huge line of `AGENCY PASS` and connectors, and on many short open entries', () => {
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    expect(
      msUnder(1500, () => {
        parseCable(withDistribution(`USDOC FOR X ${'AND STATE PASS '.repeat(12000)}`));
        parseCable(withDistribution(`USDOC FOR X ${'Y STATE PASS '.repeat(12000)}`));
        parseCable(withDistribution(...Array.from({ length: 4000 }, (_, k) => (k % 3 === 0 ? 'EPA FOR INTL: ROE' : k % 3 === 1 ? 'USDA FOR ARS/INTL' : 'RESEARCH: G DOE'))));
      }),
    ).toBeLessThan(1500);
  });
});

describe('linear time on hostile input: long distribution lines', () => {
  it('reads a long reflowed distribution line of agencies quickly', () => {
    const line = 'STATE FOR EUR: JDOE '.repeat(8000) + 'NSC FOR X'.repeat(2000);
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    let c = parseCable('');
    expect(
      msUnder(1500, () => {
        c = parseCable(withDistribution(line));
      }),
    ).toBeLessThan(1500);
    expect(c.distribution.length).toBeGreaterThan(10);
  });

  it('reads a huge distribution line of names before `FOR`', () => {
    const line = `STATE FOR ROE ${'AB CD EF FOR GH '.repeat(10000)}`;
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    let c = parseCable('');
    expect(
      msUnder(1000, () => {
        c = parseCable(signedWithDistribution(line));
      }),
    ).toBeLessThan(1000);
    expect(c.distribution.length).toBeGreaterThan(0);
  });

  it('reads a huge line of connectors and slashes before `FOR`', () => {
    const line = `NSC FOR ROE ${'OF TO X/Y AND FOR '.repeat(10000)}`;
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    expect(
      msUnder(1000, () => {
        parseCable(signedWithDistribution(line));
      }),
    ).toBeLessThan(1000);
  });
});

describe('two posts joined by `AND` opening a reflowed distribution line', () => {
  it('cut before the first post, like a one-post addressee', () => {
    const c = parseCable(signedWithDistribution('USDOC FOR ITA/ONE (JOHN ROE), AND', 'CLDP (DOE AND MOE) CASABLANCA FOR FCS (ROE) CAIRO FOR FINANCIAL ATTACHE (POE) LONDON AND PARIS FOR NEA WATCHER'));
    expect(c.distribution).toEqual(['USDOC FOR ITA/ONE (JOHN ROE), AND CLDP (DOE AND MOE)', 'CASABLANCA FOR FCS (ROE)', 'CAIRO FOR FINANCIAL ATTACHE (POE)', 'LONDON AND PARIS FOR NEA WATCHER']);
    expect(c.unparsed).toEqual([]);
  });

  it('guard: the last posts of a comma list stay with the list', () => {
    const c = parseCable(signedWithDistribution('AMEMBASSY BERLIN FOR CUSTOMS ATTACHE AMEMBASSY ROMA, DOEVILLE, POETOWN AND ROEBURG FOR EXBS ADVISORS'));
    expect(c.distribution.some((d) => d.startsWith('POETOWN') || d.startsWith('ROEBURG'))).toBe(false);
  });

  it('linear time on hostile input: a huge line of `X AND Y FOR Z`', () => {
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    expect(
      msUnder(1000, () => {
        parseCable(signedWithDistribution(`STATE FOR ROE ${'AB AND CD FOR EF '.repeat(10000)}`));
        parseCable(signedWithDistribution(`STATE FOR ROE ${'AND AND FOR '.repeat(10000)}`));
      }),
    ).toBeLessThan(1000);
  });
});

describe('addressees written without `FOR` opening a reflowed distribution line', () => {
  it('cuts before an agency office with a slash after a list of names', () => {
    const c = parseCable(signedWithDistribution('CBP/INA FOR AROE AND BPOE USDOE/NNSA CDOE, DMOE AND EPOE DOC FOR FROE USCG FOR GPOE'));
    expect(c.distribution).toEqual(['CBP/INA FOR AROE AND BPOE', 'USDOE/NNSA CDOE, DMOE AND EPOE', 'DOC FOR FROE', 'USCG FOR GPOE']);
    expect(c.unparsed).toEqual([]);
  });

  it('cuts before a post keyword, and keeps the posts listed after it with it', () => {
    const c = parseCable(signedWithDistribution('AMEMBASSY BERLIN FOR CUSTOMS ATTACHE AMEMBASSY ROMA, DOEVILLE, POETOWN AND ROEBURG FOR EXBS ADVISORS'));
    expect(c.distribution).toEqual(['AMEMBASSY BERLIN FOR CUSTOMS ATTACHE', 'AMEMBASSY ROMA, DOEVILLE, POETOWN AND ROEBURG FOR EXBS ADVISORS']);
  });

  it('cuts a line of `POST PASS TO POST` entries at each post keyword that follows a word', () => {
    const c = parseCable(signedWithDistribution('AMEMBASSY ROMA PASS TO AMCONSUL DOEVILLE AMEMBASSY PARIGI PASS TO AMCONSUL POETOWN AMEMBASSY ATENE PASS TO AMEMBASSY ROEBURG'));
    expect(c.distribution).toEqual(['AMEMBASSY ROMA PASS TO AMCONSUL DOEVILLE', 'AMEMBASSY PARIGI PASS TO AMCONSUL POETOWN', 'AMEMBASSY ATENE PASS TO AMEMBASSY ROEBURG']);
  });

  it('cuts before `DEPT PLEASE PASS` after an entry that named its addressees', () => {
    const c = parseCable(signedWithDistribution('DEPT FOR NEA/XYZ, DRL (JANE ROE), L (JOHN DOE AND MARY POE). DEPT PLEASE PASS TO NSC (BOB ROE) AND OVP (ANN POE)'));
    expect(c.distribution).toEqual(['DEPT FOR NEA/XYZ, DRL (JANE ROE), L (JOHN DOE AND MARY POE).', 'DEPT PLEASE PASS TO NSC (BOB ROE) AND OVP (ANN POE)']);
  });

  it('guard: a cable line, connectors, commas and lines without an addressee before keep the entry whole', () => {
    for (const line of [
      // One line of the cable (not reflowed).
      'NSC FOR JROE USDOE/NNSA KPOE',
      'STATE FOR EUR/CE JROE AMEMBASSY ROMA FOR POL',
      // After a connector or a comma, inside a name list, or with no `X FOR Y` / `X PASS Y` entry before.
      'STATE FOR EUR/CE, EUR/WE, ISN/ECC, EB/TPP, OES/PCI AND USDOE/NNSA AND THE REGIONAL SECURITY OFFICE',
      'STATE FOR EUR/CE JROE, KPOE, LDOE, MMOE, NROE, OPOE, USDOE/NNSA, USDA/FAS AND THE OTHERS CONCERNED',
      'STATE PLEASE PASS TO AMEMBASSY ROMA AND AMCONSUL DOEVILLE AND TO USAID/W FOR THE DESK OFFICERS CONCERNED',
      'AMEMBASSY ROMA, DOEVILLE, POETOWN, ROEBURG, MOEBURG, DOETOWN AND ATENE FOR THE EXBS ADVISORS ONLY',
    ]) {
      expect(parseCable(signedWithDistribution(line)).distribution).toEqual([line]);
    }
  });

  it('linear time on hostile input: huge lines of slashed offices and post keywords', () => {
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    expect(
      msUnder(1000, () => {
        parseCable(signedWithDistribution(`STATE FOR ROE ${'AB USDOE/X '.repeat(15000)}`));
        parseCable(signedWithDistribution(`STATE FOR ROE ${'A, AMEMBASSY '.repeat(15000)}`));
        parseCable(signedWithDistribution(`AMEMBASSY X PASS ${'TO AMCONSUL TO '.repeat(12000)}`));
        parseCable(signedWithDistribution(`STATE FOR ROE ${'AND DEPT PLEASE PASS '.repeat(9000)}`));
      }),
    ).toBeLessThan(1000);
  });
});

describe('distribution lines in a lower- or mixed-case preamble', () => {
  // A line of at least a wrap width (50 columns) holding a comma list, as lower-case preambles write them.
  const listLine = 'Af/x for jroe, af/yz for kpoe, ldoe, mmoe and nroe';

  it('a new `x for y` line after a long line is an entry of its own, as in upper case', () => {
    expect(parseCable(signedWithDistribution(listLine, 'treasury for ann doe', 'commerce for bob poe')).distribution).toEqual([
      listLine,
      'treasury for ann doe',
      'commerce for bob poe',
    ]);
    expect(parseCable(signedWithDistribution(listLine, 'Treasury for ann doe')).distribution).toEqual([listLine, 'Treasury for ann doe']);
    expect(parseCable(signedWithDistribution(listLine.toUpperCase(), 'TREASURY FOR ANN DOE')).distribution).toEqual([listLine.toUpperCase(), 'TREASURY FOR ANN DOE']);
  });

  it('a new `x for y` line after a line ending with a comma is an entry of its own', () => {
    expect(parseCable(signedWithDistribution('usdoc for ita/mac jroe, kpoe,', 'dept pls pass usaid for afr/xyz')).distribution).toEqual([
      'usdoc for ita/mac jroe, kpoe,',
      'dept pls pass usaid for afr/xyz',
    ]);
  });

  it('guard: a lower-case line of names, or one opening with `for`, goes on the entry before', () => {
    expect(parseCable(signedWithDistribution('Dept for af/x jroe, af/yz kpoe, ldoe,', 'mmoe')).distribution).toEqual(['Dept for af/x jroe, af/yz kpoe, ldoe, mmoe']);
    expect(parseCable(signedWithDistribution(listLine, 'and the desk officers')).distribution).toEqual([`${listLine} and the desk officers`]);
    expect(parseCable(signedWithDistribution(listLine, 'for your information')).distribution).toEqual([`${listLine} for your information`]);
    expect(parseCable(signedWithDistribution(listLine, 'ldoe, mmoe, nroe for info')).distribution).toEqual([`${listLine} ldoe, mmoe, nroe for info`]);
  });

  it('linear time on hostile input: long lower-case lines of words without `for`', () => {
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    expect(
      msUnder(1000, () => {
        parseCable(signedWithDistribution(listLine, `${'ab/ '.repeat(40000)}for x`));
        parseCable(signedWithDistribution(listLine, `${'ab  or ss  '.repeat(15000)}`));
        parseCable(signedWithDistribution(...Array.from({ length: 3000 }, () => 'ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef or')));
      }),
    ).toBeLessThan(1000);
  });

  it('linear time: thousands of wrapped distribution lines joined into one entry (8x the lines, well under 8x squared the time)', () => {
    // (Best of three runs each: one run on a busy machine may meet a collection the other does not.)
    const time = (n: number): number => {
      const text = signedWithDistribution(...Array.from({ length: n }, () => 'ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef or'));
      return bestMs(() => parseCable(text));
    };
    const small = Math.max(time(1000), 5);
    // Joining the entry used to copy it on every line: 6,000 lines took 2.8 s against 0.08 s for 1,500.
    expect(time(8000)).toBeLessThan(small * 24);
  });
});

describe('two-word addressees opening a reflowed distribution line', () => {
  it('cuts before the first word of an office or post written in two words, not before the second', () => {
    expect(parseCable(signedWithDistribution('DEPT FOR INL, INL/T, EUR/ERA DOJ FOR OIA, AFMLS USEU FOR ROE AND DOJ DEA HQS FOR OEE, OIE')).distribution).toEqual([
      'DEPT FOR INL, INL/T, EUR/ERA',
      'DOJ FOR OIA, AFMLS',
      'USEU FOR ROE AND DOJ',
      'DEA HQS FOR OEE, OIE',
    ]);
    expect(parseCable(signedWithDistribution('AF/S FOR S.ROE ADDIS ABABA FOR USAU NSC FOR SENIOR AFRICA DIRECTOR B.POE AND C.DOE')).distribution).toEqual([
      'AF/S FOR S.ROE',
      'ADDIS ABABA FOR USAU',
      'NSC FOR SENIOR AFRICA DIRECTOR B.POE AND C.DOE',
    ]);
    expect(parseCable(signedWithDistribution('NEA FOR FRONT OFFICE, SEMEP, AND IPA NSC FOR ROE/POE JOINT STAFF FOR LT GEN DOE')).distribution).toEqual([
      'NEA FOR FRONT OFFICE, SEMEP, AND IPA',
      'NSC FOR ROE/POE',
      'JOINT STAFF FOR LT GEN DOE',
    ]);
  });

  it('cuts before a command\'s `HQ`, not between it and the command', () => {
    expect(parseCable(signedWithDistribution('ENERGY FOR AROE AND BPOE HQ SOUTHCOM ALSO FOR POLAD TREASURY FOR CDOE NSC FOR DROE')).distribution).toEqual([
      'ENERGY FOR AROE AND BPOE',
      'HQ SOUTHCOM ALSO FOR POLAD',
      'TREASURY FOR CDOE',
      'NSC FOR DROE',
    ]);
  });

  it('guard: the second word of a two-word addressee that opens no entry is no addressee of its own', () => {
    const posts = parseCable(signedWithDistribution('POST FOR DEA ONLY AMEMBASSY ROMA FOR DEA RD AROE, FIM BPOE AMEMBASSY PARIGI FOR DEA ARD CDOE')).distribution;
    expect(posts.some((d) => d.startsWith('ROMA'))).toBe(false);
    const line = 'STATE FOR WHA/XYZ AROE, BPOE AND CDOE PLEASE PASS TO HQ SOUTHCOM ALSO FOR POLAD AND J5';
    expect(parseCable(signedWithDistribution(line)).distribution).toEqual([line]);
  });

  it('linear time on hostile input: huge lines of two-word addressees and `HQ` before agencies', () => {
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    expect(
      msUnder(1000, () => {
        parseCable(signedWithDistribution(`STATE FOR ROE ${'TO HQ STATE FOR '.repeat(10000)}`));
        parseCable(signedWithDistribution(`STATE FOR ROE ${'ONLY AMEMBASSY ROMA FOR '.repeat(7000)}`));
        parseCable(signedWithDistribution(`STATE FOR ROE ${'HQ HQ SOUTHCOM FOR '.repeat(8000)}`));
      }),
    ).toBeLessThan(1000);
  });
});

describe('an addressing line set off after the fields', () => {
  /** A cable with `lines` between its SUBJECT/REF and its text. */
  const stateCable = (...lines: string[]): string =>
    cable('C O N F I D E N T I A L STATE 176512', '', 'LIMDIS', '', 'SUBJ: WHEAT SHIPMENTS', '', 'REF: NEW DELHI 15220', ...lines, '', 'DEPARTMENT HAS REVIEWED REFTEL.', '', 'YOU MAY TELL THE MINISTER.', 'RUSK');

  it('is a distribution entry, not the text', () => {
    const c = parseCable(stateCable('', 'FOR AMBASSADOR BOWLES FROM ROSTOW'));
    expect(c.distribution).toEqual(['FOR AMBASSADOR BOWLES FROM ROSTOW']);
    expect(c.paragraphs.map((p) => p.text)).toEqual(['DEPARTMENT HAS REVIEWED REFTEL.', 'YOU MAY TELL THE MINISTER.']);
    expect(c.references).toHaveLength(1);
  });

  it('takes a byline, FROM and a title, as an addressing line', () => {
    const c = parseCable(stateCable('', 'FROM AMBASSADOR PAMELA P. WILLEFORD'));
    expect(c.distribution).toEqual(['FROM AMBASSADOR PAMELA P. WILLEFORD']);
    expect(c.paragraphs[0]?.text).toBe('DEPARTMENT HAS REVIEWED REFTEL.');
    // `FROM` and no title: a heading or text, not a byline.
    const other = parseCable(stateCable('', 'FROM THE MINISTRY OF DEFENSE'));
    expect(other.distribution).toEqual([]);
  });

  it('also after an EYES ONLY caption, and wrapped before its FROM (era red team 217)', () => {
    const eyes = parseCable(stateCable('', 'EYES ONLY FOR THE SECRETARY FROM SEELYE'));
    expect(eyes.distribution).toEqual(['EYES ONLY FOR THE SECRETARY FROM SEELYE']);
    expect(eyes.paragraphs[0]?.heading).toBeNull();
    const wrapped = parseCable(stateCable('', 'FOR THE SECRETARY, DEPUTY SECRETARY CHRISTOPHER AND UNDER SECRETARY', 'NEWSOM FROM SULLIVAN'));
    expect(wrapped.distribution).toEqual(['FOR THE SECRETARY, DEPUTY SECRETARY CHRISTOPHER AND UNDER SECRETARY NEWSOM FROM SULLIVAN']);
    expect(wrapped.paragraphs.map((p) => p.text)).toEqual(['DEPARTMENT HAS REVIEWED REFTEL.', 'YOU MAY TELL THE MINISTER.']);
  });

  it('between the E.O. line and TAGS, no blank line around it (era red team 217)', () => {
    const c = parseCable(cable('S E C R E T MOSCOW 04012', '', 'NODIS', '', 'E.O. 11652: XGDS-3', 'FOR THE SECRETARY FROM TOON', 'TAGS: PARM, UR, US', 'SUBJECT: YOUR VISIT', '', '1. KORNIYENKO ASKED ME TO CALL.', 'TOON'));
    expect(c.distribution).toEqual(['FOR THE SECRETARY FROM TOON']);
    expect(c.tags).toEqual(['PARM', 'UR', 'US']);
    expect(c.subject).toBe('YOUR VISIT');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
  });

  it('reads a caption in capitals between two fields as preamble, not the body (era red team 228)', () => {
    for (const caption of [['EXDIS', 'MILITARY ADDRESSEES HANDLE AS SPECAT EXCLUSIVE'], ['INFORM CONSULS']]) {
      const c = parseCable(cable('S E C R E T STATE 201447', '', 'E.O. 12356: DECL: OADR', ...caption, 'TAGS: PREL, NU, HO', 'SUBJECT: TALKS', '', '1. THE TALKS WENT ON.', 'SHULTZ'));
      expect(c.tags, caption.join(' / ')).toEqual(['PREL', 'NU', 'HO']);
      expect(c.subject, caption.join(' / ')).toBe('TALKS');
      expect(c.paragraphs.map((p) => p.number), caption.join(' / ')).toEqual(['1']);
    }
  });

  it('reads a distribution line right under a REF list or a Classified By statement, set off below, as distribution (era red team 228)', () => {
    const mk = (...fields: string[]): string => cable('SECRET STATE 201447', '', 'E.O. 12356: DECL: OADR', 'TAGS: PREL, CO', 'SUBJECT: TALKS', '', ...fields, '', '1. (S) THE TALKS WENT ON.', 'SHULTZ');
    const ref = parseCable(mk('REF: BOGOTA 07219', 'FOR AMBASSADOR FROM ASSISTANT SECRETARY ABRAMS'));
    expect(ref.distribution).toEqual(['FOR AMBASSADOR FROM ASSISTANT SECRETARY ABRAMS']);
    expect(ref.references.map((r) => r.text)).toEqual(['BOGOTA 07219']);
    const cb = parseCable(mk('Classified By: Acting DCM Peter J. Lindqvist for reasons 1.4 (b)', 'and (d)', 'STATE FOR SCA/FO, SCA/PB AND S/CT'));
    expect(cb.distribution).toEqual(['STATE FOR SCA/FO, SCA/PB AND S/CT']);
    expect(cb.paragraphs[0]?.heading).toBeNull();
    // A REF list going on stays the list (guard).
    expect(parseCable(mk('REF: STATE 1234', 'ANKARA 5678')).references).toHaveLength(2);
  });

  it('reads an agency line passing the message on right under a wrapped subject as distribution (era red team 228)', () => {
    const c = parseCable(cable('LIMITED OFFICIAL USE LIMA 001234', '', 'E.O. 12958: N/A', 'TAGS: SNAR, PE', 'SUBJECT: PERU: CONGRESS PASSES COCA LEAF LAW OVER EXECUTIVE', 'OBJECTIONS', 'DEPT PASS ONDCP AND DEA', '', 'REF: LIMA 1002', '', '1. TEXT.', 'STRUBLE'));
    expect(c.subject).toBe('PERU: CONGRESS PASSES COCA LEAF LAW OVER EXECUTIVE OBJECTIONS');
    expect(c.distribution).toEqual(['DEPT PASS ONDCP AND DEA']);
  });

  it('is text when it is a sentence, in mixed case, or not set off (guard)', () => {
    for (const line of ['FOR THE RECORD, THE MINISTER CAME FROM PARIS.', 'For the Secretary from the Ambassador']) {
      const c = parseCable(stateCable('', line));
      expect(c.distribution, line).toEqual([]);
      expect(c.paragraphs[0]?.text, line).toContain(line);
    }
    // Between the REF line and the text, no blank line on either side: not set off. (Right under the REF line with a blank
    // line after it, it is distribution: see the era red team 228 test.)
    const under = parseCable(stateCable('FOR AMBASSADOR BOWLES FROM ROSTOW', 'DEPARTMENT ALSO NOTES THE DELAY.'));
    expect(under.distribution).toEqual([]);
  });
});

describe('a block of agency distribution lines after the subject or the references (era red team 72)', () => {
  /** A cable with `lines` between its last field and its first paragraph. */
  const agencyCable = (fields: string[], ...lines: string[]): string =>
    cable('UNCLAS STATE 052841', '', 'AIDAC', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: EAID, KHIV, XA', ...fields, '', ...lines, '', '1. POSTS SHOULD SEND REQUESTS BY APRIL 15.', '', '2. QUESTIONS GO TO THE TEAM LEADER.', 'RICE');

  it('reads passing lines after REF as distribution, not as paragraph text', () => {
    const c = parseCable(agencyCable(['SUBJECT: PEPFAR REPROGRAMMING GUIDANCE', '', 'REF: STATE 031177'], 'FOR USAID MISSION DIRECTORS AND HEALTH OFFICERS FROM GH/OHA', 'DEPT ALSO PASS HHS/OGHA AND CDC/GAP'));
    expect(c.distribution).toEqual(['AIDAC', 'FOR USAID MISSION DIRECTORS AND HEALTH OFFICERS FROM GH/OHA', 'DEPT ALSO PASS HHS/OGHA AND CDC/GAP']);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(c.references).toHaveLength(1);
  });

  it('reads them after SUBJECT, an agency with its office too (`USDA/FAS FOR ...`), not as a heading', () => {
    const c = parseCable(agencyCable(['SUBJECT: WHEAT IMPORT TENDERS RESUME'], 'USDA/FAS FOR OGA/TGOODMAN, OCRA/MBARRY', 'USDA/FAS PASS TO FGIS/IAD', 'STATE PASS USTR FOR KTHOMPSON'));
    expect(c.distribution.slice(1)).toEqual(['USDA/FAS FOR OGA/TGOODMAN, OCRA/MBARRY', 'USDA/FAS PASS TO FGIS/IAD', 'STATE PASS USTR FOR KTHOMPSON']);
    expect(c.subject).toBe('WHEAT IMPORT TENDERS RESUME');
    expect(c.paragraphs[0]?.heading).toBeNull();
  });

  it('is text when a line of the block is a sentence or no entry, or the block is not set off (guard)', () => {
    const sentence = parseCable(agencyCable(['SUBJECT: WHEAT'], 'TREASURY FOR ITS PART HAS NOT RESPONDED.'));
    expect(sentence.distribution).toEqual(['AIDAC']);
    const mixed = parseCable(agencyCable(['SUBJECT: WHEAT'], 'DEPT PASS TO USTR', 'THE MINISTER CALLED ON MONDAY'));
    expect(mixed.distribution).toEqual(['AIDAC']);
    const glued = parseCable(cable('UNCLAS STATE 052841', '', 'E.O. 12958: N/A', 'TAGS: EAID', 'SUBJECT: WHEAT', '', 'DEPT PASS TO USTR', '1. POSTS SHOULD SEND REQUESTS.', 'RICE'));
    expect(glued.distribution).toEqual([]);
  });
});

describe('a service message under its `SVC` banner (era red team 126 leftover)', () => {
  const svc = (text: string): string =>
    ['R 151120Z NOV 79', 'FM AMEMBASSY ATHENS', 'TO SECSTATE WASHDC', 'BT', 'UNCLAS SVC', ...text.split('\n'), 'BT'].join('\n');

  it('reads its text as the body, not as distribution', () => {
    const c = parseCable(svc('YOUR 297140 RECEIVED GARBLED AFTER PARA 1 LINE 4. PLEASE\nRETRANSMIT.'));
    expect(c.classification.level).toBe('UNCLASSIFIED');
    expect(c.distribution).toEqual([]);
    expect(c.paragraphs.map((p) => p.text)).toEqual(['YOUR 297140 RECEIVED GARBLED AFTER PARA 1 LINE 4. PLEASE RETRANSMIT.']);
  });

  it('reads text citing a cable and asking to pass it on as the body (era red team 130)', () => {
    const c = parseCable(svc('STATE 041122 RECEIVED GARBLED FROM PARA 3 TO END.  PLEASE\nRETRANSMIT AND PASS TO EMBASSY NICOSIA FOR INFO.'));
    expect(c.distribution).toEqual([]);
    expect(c.paragraphs.map((p) => p.number)).toEqual([null]);
    expect(c.body).toContain('PASS TO EMBASSY NICOSIA');
  });

  it('reads an addressee\'s entry under it as distribution, a request to pass the message on as text (era red team 132)', () => {
    const c = parseCable(svc('USDAO FOR ATTACHE\nYOUR 0112 RECEIVED. PLEASE PASS TO EMBASSY NICOSIA.'));
    expect(c.distribution).toEqual(['USDAO FOR ATTACHE']);
    expect(c.body).toBe('YOUR 0112 RECEIVED. PLEASE PASS TO EMBASSY NICOSIA.');
    expect(parseCable(svc('PLEASE PASS TO EMBASSY NICOSIA OUR 0112.')).distribution).toEqual([]);
  });

  it('reads an addressee with the text run on after a colon as text (era red team 133)', () => {
    const c = parseCable(svc('NAIROBI FOR ADMIN: YOUR 0112 RECEIVED GARBLED IN PARAS 3\nTHROUGH 5. PLEASE RETRANSMIT UNDER SAME SERIAL.'));
    expect(c.distribution).toEqual([]);
    expect(c.paragraphs.map((p) => p.text)).toEqual(['NAIROBI FOR ADMIN: YOUR 0112 RECEIVED GARBLED IN PARAS 3 THROUGH 5. PLEASE RETRANSMIT UNDER SAME SERIAL.']);
  });

  it('still reads a distribution line under it (guard)', () => {
    const c = parseCable(svc('DEPT FOR IRM/OPS/MSO\n\nYOUR 297140 RECEIVED GARBLED. PLEASE RETRANSMIT.'));
    expect(c.distribution).toEqual(['DEPT FOR IRM/OPS/MSO']);
    expect(c.body).toBe('YOUR 297140 RECEIVED GARBLED. PLEASE RETRANSMIT.');
  });
});

describe('passing lines of older cables to agencies and commands (era red team 212)', () => {
  it('reads `AID FOR ...` after the subject and `CINCPAC ALSO FOR POLAD` after REF as distribution', () => {
    const aid = parseCable(['LIMITED OFFICIAL USE NAIROBI 14412', '', 'AIDAC', '', 'E.O. 12356: N/A', 'TAGS: EAID, KE', 'SUBJECT: KENYA DROUGHT: GOK ASKS FOR 150,000 TONS OF YELLOW', 'MAIZE', '', 'AID FOR AFR/EA, FVA/FFP AND AFR/DP', '', 'REF: STATE 171455', '', '1. THE GOK ASKED FOR MAIZE.', '', 'CONSTABLE', ''].join('\n'));
    expect(aid.subject).toBe('KENYA DROUGHT: GOK ASKS FOR 150,000 TONS OF YELLOW MAIZE');
    expect(aid.distribution).toContain('AID FOR AFR/EA, FVA/FFP AND AFR/DP');
    const cincpac = parseCable(['CONFIDENTIAL MANILA 09876', '', 'E.O. 12356: DECL: OADR', 'TAGS: PGOV, RP', 'SUBJECT: RAMOS ON THE COMMANDERS', '', 'REF: MANILA 9812', '', 'CINCPAC ALSO FOR POLAD', '', '1. (C) SUMMARY: RAMOS SPOKE. END SUMMARY.', '', 'BOSWORTH', ''].join('\n'));
    expect(cincpac.distribution).toContain('CINCPAC ALSO FOR POLAD');
    expect(cincpac.paragraphs[0]?.heading).toBeNull();
  });
});

describe('distribution lines of trade agencies wrapped inside an entry (era red teams 248 and 251)', () => {
  it('joins a title ending the line to the surname opening the next', () => {
    const c = parseCable(withDistribution('STATE PASS EXIMBANK FOR CHAIRMAN HOCHBERG, OPIC FOR PRESIDENT', 'LITTLEFIELD AND TDA FOR DIRECTOR ZAK'));
    expect(c.distribution).toEqual(['STATE PASS EXIMBANK FOR CHAIRMAN HOCHBERG, OPIC FOR PRESIDENT LITTLEFIELD AND TDA FOR DIRECTOR ZAK']);
    // (Guard: an agency opening the next line opens an entry of its own.)
    expect(parseCable(withDistribution('STATE PASS EXIMBANK FOR PRESIDENT', 'TREASURY FOR OASIA')).distribution).toEqual(['STATE PASS EXIMBANK FOR PRESIDENT', 'TREASURY FOR OASIA']);
  });

  it('joins an agency alone after the last comma to the `FOR` opening the next line', () => {
    const c = parseCable(withDistribution('STATE PASS USTR FOR LERRION AND USDOC FOR ITA/MAC/OEURA, TREASURY', 'FOR OASIA/ICN AND EXIMBANK FOR EUROPE DIVISION'));
    expect(c.distribution).toEqual(['STATE PASS USTR FOR LERRION AND USDOC FOR ITA/MAC/OEURA, TREASURY FOR OASIA/ICN AND EXIMBANK FOR EUROPE DIVISION']);
  });

  it('reads a group of officers passing the message on after the references as distribution', () => {
    const c = parseCable(
      cable('UNCLAS STATE 012345', '', 'E.O. 12958: N/A', 'TAGS: SENV, TBIO', 'SUBJECT: MERCURY TALKS', '', 'REF: A. 07 STATE 168330 B. NAIROBI 0512', '', 'FOR ESTH OFFICERS', 'ESTH HUB OFFICERS PLEASE PASS TO POSTS IN REGION', '', '1. (U) This is an action request.'),
    );
    expect(c.distribution).toEqual(['FOR ESTH OFFICERS', 'ESTH HUB OFFICERS PLEASE PASS TO POSTS IN REGION']);
    expect(c.paragraphs[0]).toMatchObject({ number: '1', heading: null });
  });
});

describe('a distribution line wrapped after a preposition (era red team 254)', () => {
  it('joins `... PARTY UPON` / `ARRIVAL IN BRUSSELS` into one entry', () => {
    expect(parseCable(withDistribution("FOR S/ES-O: PLEASE PASS TO SECRETARY'S PARTY UPON", 'ARRIVAL IN BRUSSELS')).distribution).toEqual(["FOR S/ES-O: PLEASE PASS TO SECRETARY'S PARTY UPON ARRIVAL IN BRUSSELS"]);
    expect(parseCable(withDistribution('USDA FOR FAS/ITP, PLEASE PASS TO THE DELEGATION AT', 'THE WTO MINISTERIAL')).distribution).toEqual(['USDA FOR FAS/ITP, PLEASE PASS TO THE DELEGATION AT THE WTO MINISTERIAL']);
    // (Guard: a line ending on a name is an entry.)
    expect(parseCable(withDistribution('USDA FOR FAS/ITP', 'NSC FOR SMITH')).distribution).toEqual(['USDA FOR FAS/ITP', 'NSC FOR SMITH']);
  });
});

describe("a message's caption over a `FOR` line (era red teams 264 and 269, session 25)", () => {
  it('keeps `AIDAC` and `INFORM CONSULS` entries of their own', () => {
    expect(parseCable(withDistribution('AIDAC', 'FOR USAID MISSION DIRECTORS AND EXECUTIVE OFFICERS')).distribution).toEqual(['AIDAC', 'FOR USAID MISSION DIRECTORS AND EXECUTIVE OFFICERS']);
    expect(parseCable(withDistribution('INFORM CONSULS', 'FOR CHIEFS OF MISSION', 'ALSO FOR PAO')).distribution).toEqual(['INFORM CONSULS', 'FOR CHIEFS OF MISSION', 'ALSO FOR PAO']);
  });

  it("guard: a post's name alone over a `FOR` line is that line's addressee", () => {
    expect(parseCable(withDistribution('LONDON FOR MURRAY; BAGHDAD', 'FOR POPAL')).distribution).toEqual(['LONDON FOR MURRAY; BAGHDAD FOR POPAL']);
  });
});

describe('a passing line between the REF list and Classified By, no blank lines (era leftover 2324, session 25)', () => {
  const text = (between: string): string =>
    cable('CONFIDENTIAL BANGKOK 007012', '', 'SIPDIS', '', 'E.O. 12958: DECL: 11/15/2015', 'TAGS: ETRD, TH', 'SUBJECT: FTA TALKS', '', 'REF: A. BANGKOK 6802 AND PREVIOUS', '     B. STATE 207733', between, 'Classified By: Economic Counselor Robert J. Clarke, reasons 1.4 (b) and (d).', '', '1. (C) The negotiator asked for time.', '', 'BOYCE');

  it('reads it as a distribution entry, not the end of the last reference', () => {
    const c = parseCable(text('DEPT PLEASE PASS USTR FOR WEISEL AND USDA/FAS'));
    expect(c.references.map((r) => r.text)).toEqual(['BANGKOK 6802 AND PREVIOUS', 'STATE 207733']);
    expect(c.distribution).toEqual(['DEPT PLEASE PASS USTR FOR WEISEL AND USDA/FAS']);
    expect(c.classifiedBy?.name).toBe('Robert J. Clarke');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
  });

  it("guard: a reference's wrapped words there stay its text", () => {
    expect(parseCable(text('     (NOTAL)')).references[1]?.text).toBe('STATE 207733 (NOTAL)');
  });
});

describe('a distribution entry right under a whole subject, before the text (era red team 280, session 26)', () => {
  const text = (subject: string, entry: string, next: string): string =>
    cable('CONFIDENTIAL MINSK 000733', '', 'SIPDIS', '', 'DEPT FOR EUR/UMB', '', 'E.O. 12958: DECL: 08/14/2016', 'TAGS: OEXC, KPAO, BO', `SUBJECT: ${subject}`, entry, '', next, '', '1. (C) Border guards detained a returning grantee.', '', 'STEWART');

  it('reads `DEPT FOR` and `DEPT ALSO FOR` with an office path as distribution, before Classified By or the text', () => {
    const c = parseCable(text('BELARUS: IVLP GRANTEE DETAINED ON RETURN', 'DEPT ALSO FOR ECA/PE/V/R/E - GARCIA', 'Classified By: Acting PAO Mark R. Evans for reasons 1.4 (b) and (d)'));
    expect(c.subject).toBe('BELARUS: IVLP GRANTEE DETAINED ON RETURN');
    expect(c.distribution).toEqual(['DEPT FOR EUR/UMB', 'DEPT ALSO FOR ECA/PE/V/R/E - GARCIA']);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
    const d = parseCable(text('FY 2007 INTERNATIONAL VISITOR NOMINATIONS', 'DEPT FOR ECA/PE/V/R/E - JOHN SCHULTZ', '1. (U) Post nominates two candidates.').replace('\n\n1. (C) Border', '\n\n2. (C) Border'));
    expect(d.subject).toBe('FY 2007 INTERNATIONAL VISITOR NOMINATIONS');
    expect(d.distribution).toEqual(['DEPT FOR EUR/UMB', 'DEPT FOR ECA/PE/V/R/E - JOHN SCHULTZ']);
    expect(d.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
  });

  it("guard: the subject's line ending on a joining word goes on into it", () => {
    expect(parseCable(text('REMARKS OF UNDER SECRETARY OF', 'STATE FOR PUBLIC/PRIVATE DIPLOMACY', '1. (U) The remarks follow.')).subject).toBe('REMARKS OF UNDER SECRETARY OF STATE FOR PUBLIC/PRIVATE DIPLOMACY');
  });
});

describe("a negotiating delegation's caption right under the subject or the REF list (era red team 277, session 26)", () => {
  const text = (...fields: string[]): string => cable('S E C R E T GENEVA 05112', '', 'EXDIS', '', 'E.O. 11652: XGDS-1', 'TAGS: PARM', ...fields, '', '1. AT MINI-PLENARY AUGUST 12, THE DELEGATIONS MET.', '', 'JOHNSON');

  it('is a distribution entry, not the end of the subject or of the last reference', () => {
    const c = parseCable(text('SUBJECT: SALT TWO: MINI-PLENARY, AUGUST 12, 1975', 'SALT TWO - DELEGATION MESSAGE NO. 188'));
    expect(c.subject).toBe('SALT TWO: MINI-PLENARY, AUGUST 12, 1975');
    expect(c.distribution).toEqual(['SALT TWO - DELEGATION MESSAGE NO. 188']);
    const d = parseCable(text('SUBJECT: CFE: MARCH 8 PLENARY: EAST TABLES AIRCRAFT', 'PROPOSAL', 'CFE-DEL-0117', '', 'REF: STATE 70112'));
    expect(d.subject).toBe('CFE: MARCH 8 PLENARY: EAST TABLES AIRCRAFT PROPOSAL');
    expect(d.distribution).toEqual(['CFE-DEL-0117']);
    const r = parseCable(text('SUBJECT: SALT TWO: POST-PLENARY CONVERSATION', 'REF: (A) SALT TWO-0871, (B) STATE 118812', 'SALT TWO - DELEGATION MESSAGE NO. 247'));
    expect(r.references.map((x) => x.text)).toEqual(['SALT TWO-0871', 'STATE 118812']);
    expect(r.distribution).toEqual(['SALT TWO - DELEGATION MESSAGE NO. 247']);
    expect(r.paragraphs.map((p) => p.number)).toEqual(['1']);
  });

  it("reads a post's FOR line right under the REF list as distribution (era red team 286)", () => {
    const c = parseCable(text('SUBJECT: UNGA VOTE', 'REF: A. STATE 158877', '     B. USUN 1521', 'USUN FOR AMBASSADOR DANFORTH AND POL'));
    expect(c.references.map((x) => x.text)).toEqual(['STATE 158877', 'USUN 1521']);
    expect(c.distribution).toEqual(['USUN FOR AMBASSADOR DANFORTH AND POL']);
  });

  it("guard: a subject's words in the same shape without the caption's words go on", () => {
    expect(parseCable(text('SUBJECT: SALT TWO: DELEGATION', 'MESSAGES ON ARTICLE VI')).subject).toBe('SALT TWO: DELEGATION MESSAGES ON ARTICLE VI');
  });
});

describe('a mixed-case entry with an office path right under a one-line Ref (era red team 302, session 26)', () => {
  it('is a distribution entry, not the last reference\'s text', () => {
    const c = parseCable(cable('CONFIDENTIAL TBILISI 001204', '', 'SIPDIS', '', 'E.O. 12958: DECL: 07/01/2019', 'Tags: PGOV, GG', 'Subject: Opposition Talks Stall', 'Ref: A. TBILISI 1102  B. TBILISI 1150', 'Dept for EUR/CARC, DRL', '', '1. (C) The talks stalled.', '', 'TEFFT'));
    expect(c.references.map((r) => r.text)).toEqual(['TBILISI 1102', 'TBILISI 1150']);
    expect(c.distribution).toEqual(['Dept for EUR/CARC, DRL']);
  });

  it("guard: a reference's wrapped words in mixed case stay its text", () => {
    const c = parseCable(cable('CONFIDENTIAL TBILISI 001204', '', 'Tags: PGOV, GG', 'Subject: Opposition Talks Stall', 'Ref: A. TBILISI 1102  B. TBILISI 1150 (Text of', 'Agreement for Cooperation)', '', '1. (C) The talks stalled.', '', 'TEFFT'));
    expect(c.distribution).toEqual([]);
  });
});

describe('a line naming the office or title the message is for and from, right under the subject (era red team 328, session 27)', () => {
  const text = (...under: string[]): string =>
    cable('CONFIDENTIAL BONN 12345', '', 'E.O. 12356: N/A', 'TAGS: PREL, GE', 'SUBJECT: CONGRATULATORY MESSAGE TO CHANCELLOR KOHL', ...under, '', '1. TEXT HERE.', '', 'WALTERS');

  it('is a distribution entry, not the subject\'s wrapped rest', () => {
    for (const line of ['FOR EUR/CE FROM AMBASSADOR', 'FOR THE SECRETARY FROM THE AMBASSADOR']) {
      const c = parseCable(text(line));
      expect(c.subject).toBe('CONGRATULATORY MESSAGE TO CHANCELLOR KOHL');
      expect(c.distribution).toEqual([line]);
    }
  });

  it('guard: wrapped words with FOR and FROM that name no office or title stay the subject\'s', () => {
    const c = parseCable(text('FOR A VISIT FROM MAY 3 TO 5'));
    expect(c.subject).toBe('CONGRATULATORY MESSAGE TO CHANCELLOR KOHL FOR A VISIT FROM MAY 3 TO 5');
    expect(c.distribution).toEqual([]);
  });
});

describe('a distribution list of agencies wrapped after a comma (era red team 358, session 27)', () => {
  const text = (...entries: string[]): string => cable('CONFIDENTIAL LIMA 001234', '', ...entries, '', 'E.O. 11652: GDS', 'TAGS: EFIN, PE', 'SUBJECT: TEST', '', '1. TEXT.', '', 'SHLAUDEMAN');

  it('goes on onto the next line, a known agency opening it', () => {
    expect(parseCable(text('DEPT PASS FRB, EXIMBANK, USDA,', 'TREASURY AND COMMERCE')).distribution).toEqual(['DEPT PASS FRB, EXIMBANK, USDA, TREASURY AND COMMERCE']);
  });

  it('guard: a line with its own FOR after a comma, and offices stacked one per line, are entries of their own', () => {
    expect(parseCable(text('DEPT PASS FRB, EXIMBANK,', 'TREASURY FOR OASIA')).distribution).toEqual(['DEPT PASS FRB, EXIMBANK,', 'TREASURY FOR OASIA']);
    expect(parseCable(text('STATE FOR WHA/CAR', 'DRL')).distribution).toEqual(['STATE FOR WHA/CAR', 'DRL']);
  });
});
