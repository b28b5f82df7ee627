/**
 * The classification line (banner): docs/cable-format.md section 3.
 */

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BARE_CLASSIFICATION, bannerKind, collapseSpacedLetters, FULL_BANNER, isBannerLine, joinWrappedBanner, NOT_BANNER, parseClassificationLine, parseHandlingLine } from '../src/preamble/classification.js';
import { parseCable } from '../src/index.js';
import { msUnder } from './timing.js';

describe('parseClassificationLine', () => {
  it('reads UNCLAS SECTION 01 OF 02 ASTANA 000270', () => {
    expect(parseClassificationLine('UNCLAS SECTION 01 OF 02 ASTANA 000270')).toEqual({
      classification: { level: 'UNCLASSIFIED', caveats: [], text: 'UNCLAS' },
      section: { number: 1, total: 2 },
      post: 'ASTANA',
      serial: '000270',
      sipdis: false,
      rest: '',
    });
  });

  it('reads UNCLAS ASTANA 000265 (no section)', () => {
    expect(parseClassificationLine('UNCLAS ASTANA 000265')).toEqual({
      classification: { level: 'UNCLASSIFIED', caveats: [], text: 'UNCLAS' },
      section: null,
      post: 'ASTANA',
      serial: '000265',
      sipdis: false,
      rest: '',
    });
  });

  it('reads a letter-spaced C O N F I D E N T I A L banner, keeping the word as written', () => {
    expect(parseClassificationLine('C O N F I D E N T I A L  BAGHDAD 000123')).toEqual({
      classification: { level: 'CONFIDENTIAL', caveats: [], text: 'C O N F I D E N T I A L' },
      section: null,
      post: 'BAGHDAD',
      serial: '000123',
      sipdis: false,
      rest: '',
    });
  });

  it('reads S E C R E T SECTION 02 OF 04 KABUL 001234', () => {
    expect(parseClassificationLine('S E C R E T SECTION 02 OF 04 KABUL 001234')).toEqual({
      classification: { level: 'SECRET', caveats: [], text: 'S E C R E T' },
      section: { number: 2, total: 4 },
      post: 'KABUL',
      serial: '001234',
      sipdis: false,
      rest: '',
    });
  });

  it('reads SECRET NOFORN with a section', () => {
    expect(parseClassificationLine('SECRET NOFORN SECTION 02 OF 04 KABUL 001234')).toEqual({
      classification: { level: 'SECRET', caveats: ['NOFORN'], text: 'SECRET' },
      section: { number: 2, total: 4 },
      post: 'KABUL',
      serial: '001234',
      sipdis: false,
      rest: '',
    });
  });

  it('reads UNCLAS E F T O as caveat EFTO', () => {
    expect(parseClassificationLine('UNCLAS E F T O ROME 001196')).toEqual({
      classification: { level: 'UNCLASSIFIED', caveats: ['EFTO'], text: 'UNCLAS' },
      section: null,
      post: 'ROME',
      serial: '001196',
      sipdis: false,
      rest: '',
    });
  });

  it('reads LIMITED OFFICIAL USE', () => {
    expect(parseClassificationLine('LIMITED OFFICIAL USE SECTION 01 OF 03 MOSCOW 004521')).toEqual({
      classification: { level: 'LIMITED OFFICIAL USE', caveats: [], text: 'LIMITED OFFICIAL USE' },
      section: { number: 1, total: 3 },
      post: 'MOSCOW',
      serial: '004521',
      sipdis: false,
      rest: '',
    });
  });

  it('reads SIPDIS on the banner as the sipdis flag, not a caveat', () => {
    expect(parseClassificationLine('CONFIDENTIAL SIPDIS BAGHDAD 000123')).toEqual({
      classification: { level: 'CONFIDENTIAL', caveats: [], text: 'CONFIDENTIAL' },
      section: null,
      post: 'BAGHDAD',
      serial: '000123',
      sipdis: true,
      rest: '',
    });
  });

  it('reads TOP SECRET', () => {
    const c = parseClassificationLine('TOP SECRET STATE 012345');
    expect(c?.classification.level).toBe('TOP SECRET');
    expect(c?.post).toBe('STATE');
    expect(c?.serial).toBe('012345');
  });

  it.each([
    ['T O P S E C R E T ROME 001234', 'T O P S E C R E T'],
    ['T O P  S E C R E T ROME 001234', 'T O P  S E C R E T'],
  ])('reads the letter-spaced %j as TOP SECRET', (line, text) => {
    expect(parseClassificationLine(line)).toEqual({
      classification: { level: 'TOP SECRET', caveats: [], text },
      section: null,
      post: 'ROME',
      serial: '001234',
      sipdis: false,
      rest: '',
    });
  });

  it('reads the banner of a lower-cased cable: S e c r e t section 01 of 03 tashkent 000412', () => {
    expect(parseClassificationLine('S e c r e t section 01 of 03 tashkent 000412')).toEqual({
      classification: { level: 'SECRET', caveats: [], text: 'S e c r e t' },
      section: { number: 1, total: 3 },
      post: 'TASHKENT',
      serial: '000412',
      sipdis: false,
      rest: '',
    });
    const c = parseClassificationLine('C o n f i d e n t i a l section 02 of 02 buenos aires 001234');
    expect(c?.classification).toEqual({ level: 'CONFIDENTIAL', caveats: [], text: 'C o n f i d e n t i a l' });
    expect(c?.post).toBe('BUENOS AIRES');
    expect(bannerKind('S e c r e t section 01 of 03 tashkent 000412')).toBe(FULL_BANNER);
  });

  it.each(['S e c r e t', 'S e c r e t talks were held in 2009', 'A b c d e f 12'])('does not read the lower-cased line %j as a banner', (text) => {
    expect(parseClassificationLine(text)).toBeNull();
  });

  it('reads a post of several words', () => {
    const c = parseClassificationLine('UNCLAS SECTION 01 OF 03 RIO DE JANEIRO 000123');
    expect(c?.post).toBe('RIO DE JANEIRO');
    expect(c?.serial).toBe('000123');
    expect(c?.section).toEqual({ number: 1, total: 3 });
  });

  it('reads a bare classification word with no post', () => {
    const c = parseClassificationLine('CONFIDENTIAL');
    expect(c?.classification.level).toBe('CONFIDENTIAL');
    expect(c?.post).toBeNull();
    expect(c?.serial).toBeNull();
    expect(c?.section).toBeNull();
  });

  it.each([
    'Secret talks were held',
    'Secret talks were held in Geneva last week.',
    'Confidential sources told us the plan had failed.',
    'Unclassified information was shared with the press.',
    'SECRETARY CLINTON MET THE FOREIGN MINISTER',
    'SIPDIS',
    'STATE FOR SCA/CEN',
    '',
  ])('returns null for the non-banner %j', (text) => {
    expect(parseClassificationLine(text)).toBeNull();
  });
});

describe('parseClassificationLine: letter-spaced LIMITED OFFICIAL USE', () => {
  it('reads a fully letter-spaced banner with post and serial', () => {
    const c = parseClassificationLine('L I M I T E D  O F F I C I A L  U S E BRASILIA 2817');
    expect(c?.classification.level).toBe('LIMITED OFFICIAL USE');
    expect(c?.classification.text).toBe('L I M I T E D  O F F I C I A L  U S E');
    expect([c?.post, c?.serial, c?.rest]).toEqual(['BRASILIA', '2817', '']);
    expect(bannerKind('L I M I T E D  O F F I C I A L  U S E BRASILIA 2817')).toBe(FULL_BANNER);
  });

  it('reads a half-spaced banner and a bare spaced word', () => {
    const c = parseClassificationLine('L I M I T E D OFFICIAL USE ROME 01196');
    expect([c?.classification.level, c?.post, c?.serial]).toEqual(['LIMITED OFFICIAL USE', 'ROME', '01196']);
    expect(bannerKind('L I M I T E D  O F F I C I A L  U S E')).toBe(BARE_CLASSIFICATION);
    expect(bannerKind('LIMITED  O F F I C I A L  USE SECTION 01 OF 02 ROME 01196')).toBe(FULL_BANNER);
  });

  it('does not read a sentence about limited official use as a banner (guard)', () => {
    expect(bannerKind('L I M I T E D  O F F I C I A L  U S E of the report was agreed')).toBe(NOT_BANNER);
    expect(parseClassificationLine('THE LIMITED OFFICIAL VISIT')).toBeNull();
  });
});

describe('collapseSpacedLetters', () => {
  it('collapses letter-spaced words', () => {
    expect(collapseSpacedLetters('C O N F I D E N T I A L')).toBe('CONFIDENTIAL');
    expect(collapseSpacedLetters('UNCLAS E F T O')).toBe('UNCLAS EFTO');
    expect(collapseSpacedLetters('S E C R E T  STATE 012345')).toBe('SECRET  STATE 012345');
  });

  it('leaves ordinary words alone', () => {
    expect(collapseSpacedLetters('UNCLAS SECTION 01 OF 02 ASTANA 000270')).toBe('UNCLAS SECTION 01 OF 02 ASTANA 000270');
    expect(collapseSpacedLetters('ROGER CHANNEL')).toBe('ROGER CHANNEL');
  });
});

describe('isBannerLine', () => {
  it('is true for full banners', () => {
    expect(isBannerLine('UNCLAS SECTION 01 OF 02 ASTANA 000270')).toBe(true);
    expect(isBannerLine('UNCLAS ASTANA 000265')).toBe(true);
    expect(isBannerLine('C O N F I D E N T I A L  BAGHDAD 000123')).toBe(true);
    expect(isBannerLine('SECRET NOFORN SECTION 02 OF 04 KABUL 001234')).toBe(true);
  });

  it('is false for a bare word, prose and other preamble lines', () => {
    expect(isBannerLine('CONFIDENTIAL')).toBe(false);
    expect(isBannerLine('Secret talks were held')).toBe(false);
    expect(isBannerLine('SIPDIS')).toBe(false);
    expect(isBannerLine('TAGS: PREL PGOV KZ')).toBe(false);
    expect(isBannerLine('SUBJECT: KAZAKHSTAN: ELECTIONS')).toBe(false);
  });
});

describe('joinWrappedBanner', () => {
  it('reads a banner wrapped inside its SECTION with the line after it', () => {
    const joined = joinWrappedBanner('C O N F I D E N T I A L SECTION 01 OF', '02 MANILA 012214');
    expect(joined?.classification.level).toBe('CONFIDENTIAL');
    expect(joined?.section).toEqual({ number: 1, total: 2 });
    expect(joined?.post).toBe('MANILA');
    expect(joined?.serial).toBe('012214');
    expect(joinWrappedBanner('SECRET NOFORN SECTION 3 of  ', '  04 BUENOS AIRES 1234')?.post).toBe('BUENOS AIRES');
  });

  it('joins nothing else', () => {
    // A whole banner, a bare word, a sentence ending with `of`, a next line without a total or a post.
    expect(joinWrappedBanner('UNCLAS SECTION 01 OF 02 ASTANA 000270', '1. TEXT')).toBeNull();
    expect(joinWrappedBanner('CONFIDENTIAL', '02 MANILA 012214')).toBeNull();
    expect(joinWrappedBanner('THE SECRET OF', '02 MANILA 012214')).toBeNull();
    expect(joinWrappedBanner('C O N F I D E N T I A L SECTION 01 OF', 'MANILA 012214')).toBeNull();
    expect(joinWrappedBanner('C O N F I D E N T I A L SECTION 01 OF', '1. (C) SUMMARY: THE TALKS')).toBeNull();
    expect(joinWrappedBanner('C O N F I D E N T I A L SECTION 01 OF', '')).toBeNull();
  });
});

describe('bannerKind', () => {
  it('finds bare banners with lower-case words and separators', () => {
    // `Limited Official Use`: the most lower-case letters a bare banner can hold (18).
    expect(bannerKind('Limited Official Use')).toBe(BARE_CLASSIFICATION);
    expect(bannerKind('Confidential')).toBe(BARE_CLASSIFICATION);
    expect(bannerKind('- - SECRET NOFORN, EXDIS')).toBe(BARE_CLASSIFICATION);
    expect(bannerKind('C O N F I D E N T I A L')).toBe(BARE_CLASSIFICATION);
    expect(bannerKind('UNCLAS SECTION 01 OF 02 ASTANA 000270')).toBe(FULL_BANNER);
    expect(bannerKind('Limited Official Use. The minister said')).toBe(NOT_BANNER);
    expect(bannerKind('SECRET service agents were there')).toBe(NOT_BANNER);
  });

  it('agrees with parseClassificationLine on banner-like lines (the quick pre-test loses none)', () => {
    // bannerKind skips lines a pre-test rules out; parseClassificationLine reads every line.
    const expected = (text: string): number => {
      const c = parseClassificationLine(text);
      if (c === null) return NOT_BANNER;
      if (c.post !== null || c.section !== null) return FULL_BANNER;
      return c.rest === '' ? BARE_CLASSIFICATION : NOT_BANNER;
    };
    const piece = fc.constantFrom(
      'UNCLAS', 'Unclassified', 'LIMITED OFFICIAL USE', 'Limited Official Use', 'CONFIDENTIAL', 'C O N F I D E N T I A L',
      'SS E C R E T', 'ONFIDENTIAL', 'Secret', 'TOP SECRET', 'NOFORN', 'EXDIS', 'SIPDIS', 'SECTION 01 OF 02', 'ASTANA',
      '000270', '//', '/', ',', '-', '*', ' ', '  ', '\t', '\u00a0', '.', ':', '(C)', 'the', 'minister', 'Use', 'ſecret', '1',
      // Pieces of classification words, joined with or without a space: `UNC LAS`, `S E C R E T`.
      'UNC', 'LAS', 'unc', 'las', 'SEC', 'RET', 'sec', 'ret', 'CONF', 'IDENTIAL', 'conf', 'identIAL', 'S E C', 'R E T', 'C', 'F', 'I', 'L', 'R',
      // Letter-spaced LIMITED OFFICIAL USE, whole and in pieces: `L I M I T E D  O F F I C I A L  U S E`.
      'L I M I T E D', 'O F F I C I A L', 'U S E', 'LIMITED', 'OFFICIAL', 'l i m i t e d', 'O F F', 'I C I A L',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join(pieces.length % 2 === 0 ? ' ' : '');
        expect(bannerKind(text)).toBe(expected(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseClassificationLine: FGI and a closing declassification marking (r3d)', () => {
  it('reads SECRET//FGI//NOFORN//MR as a bare classification line with caveats FGI and NOFORN', () => {
    const read = parseClassificationLine('SECRET//FGI//NOFORN//MR');
    expect(read?.classification).toEqual({ level: 'SECRET', caveats: ['FGI', 'NOFORN'], text: 'SECRET' });
    expect(read?.rest).toBe('');
    expect(bannerKind('SECRET//FGI//NOFORN//MR')).toBe(BARE_CLASSIFICATION);
    expect(bannerKind('CONFIDENTIAL//NOFORN//X1')).toBe(BARE_CLASSIFICATION);
  });

  it('keeps MR after a space, or any other word, out of the banner (guard)', () => {
    expect(bannerKind('SECRET MR SMITH')).toBe(NOT_BANNER);
    expect(bannerKind('SECRET//NOFORN//MRS')).toBe(NOT_BANNER);
  });
});

describe('parseClassificationLine: a reflowed banner line longer than 300 characters (r30 s1)', () => {
  // A page reflowed its preamble onto the banner's line: banner, handling, distribution, E.O., TAGS.
  const passTo = 'AMEMBASSY ROME PASS TO AMCONSUL MILAN AMEMBASSY PARIS PASS TO AMCONSUL LYON AMEMBASSY MADRID PASS TO AMCONSUL BARCELONA ';
  const banner = 'C O N F I D E N T I A L SECTION 01 OF 02 VALLETTA 000042 NOFORN SIPDIS ';
  const line = banner + passTo + passTo + passTo + 'E.O. 12958: DECL: 2030/01/29 TAGS: PREL PGOV MT';

  it('reads the banner at the start of the long line; the rest is what follows the serial', () => {
    expect(line.length).toBeGreaterThan(400);
    const c = parseClassificationLine(line);
    expect(c?.classification).toEqual({ level: 'CONFIDENTIAL', caveats: [], text: 'C O N F I D E N T I A L' });
    expect(c?.section).toEqual({ number: 1, total: 2 });
    expect(c?.post).toBe('VALLETTA');
    expect(c?.serial).toBe('000042');
    expect(c?.rest.startsWith('NOFORN SIPDIS AMEMBASSY ROME PASS TO')).toBe(true);
    expect(c?.rest.endsWith('TAGS: PREL PGOV MT')).toBe(true);
  });

  it('reads the handling and distribution after it in the preamble, with no CLASSIFICATION_MISSING', () => {
    const cable = parseCable(`${line}\n\nSUBJECT: A TEST SUBJECT\n\n1. (C) The text of the cable.\n\nSMITH\n`);
    expect(cable.classification).toEqual({ level: 'CONFIDENTIAL', caveats: ['NOFORN'], text: 'C O N F I D E N T I A L' });
    expect([cable.post, cable.serial, cable.sipdis]).toEqual(['VALLETTA', '000042', true]);
    expect(cable.section).toEqual({ number: 1, total: 2 });
    expect(cable.distribution.length).toBeGreaterThan(0);
    expect(cable.distribution.every((d) => d.startsWith('AMEMBASSY'))).toBe(true);
    expect(cable.tags).toEqual(['PREL', 'PGOV', 'MT']);
    expect(cable.diagnostics.map((d) => d.code)).not.toContain('CLASSIFICATION_MISSING');
  });

  it('keeps a long line of text out (guards): a sentence in capitals, and the body predicates', () => {
    const sentence = 'SECRET TALKS WERE HELD IN 2009 AND ' + 'THE MINISTER SAID THAT THE TALKS WOULD GO ON. '.repeat(8);
    expect(parseClassificationLine(sentence)).toBeNull();
    // In the body a full banner is a transmission line as a whole: a long line is never one.
    expect(bannerKind(line)).toBe(NOT_BANNER);
    expect(isBannerLine(line)).toBe(false);
    // No space within the first 300 characters: no head to read.
    expect(parseClassificationLine('UNCLAS ' + 'X'.repeat(400) + ' ROME 001234')).toBeNull();
  });

  it('reads a ~200 kB reflowed banner line in linear time', () => {
    const huge = banner + passTo.repeat(1800);
    const ms = msUnder(1000, () => {
      expect(parseClassificationLine(huge)?.serial).toBe('000042');
      const cable = parseCable(`${huge}\n\n1. (C) Text.\n`);
      expect(cable.serial).toBe('000042');
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('parseClassificationLine: a sentence-cased banner (r29 s3)', () => {
  it.each([
    ['Unclas kampala 000165', 'UNCLASSIFIED', 'Unclas', null, 'KAMPALA', '000165'],
    ['Secret section 01 of 03 tashkent 000412', 'SECRET', 'Secret', { number: 1, total: 3 }, 'TASHKENT', '000412'],
    ['Confidential buenos aires 001234', 'CONFIDENTIAL', 'Confidential', null, 'BUENOS AIRES', '001234'],
    ['Limited official use lima 000987', 'LIMITED OFFICIAL USE', 'Limited official use', null, 'LIMA', '000987'],
  ])('reads %j', (text, level, written, section, post, serial) => {
    const c = parseClassificationLine(text);
    expect(c?.classification).toEqual({ level, caveats: [], text: written });
    expect([c?.section, c?.post, c?.serial, c?.rest]).toEqual([section, post, serial, '']);
    expect(bannerKind(text)).toBe(FULL_BANNER);
  });

  it.each(['Secret talks were held in 2009', 'Secret funds of 250000 went missing', 'Confidential sources in 2010', 'Unclassified parts 12 and 13'])(
    'does not read the sentence %j as a banner (guard)',
    (text) => {
      expect(parseClassificationLine(text)).toBeNull();
      expect(bannerKind(text)).toBe(NOT_BANNER);
    },
  );

  it('still reads a bare sentence-cased or title-cased word as a bare classification (guard)', () => {
    expect(bannerKind('Secret')).toBe(BARE_CLASSIFICATION);
    expect(parseClassificationLine('Limited Official Use')?.classification).toEqual({ level: 'LIMITED OFFICIAL USE', caveats: [], text: 'Limited Official Use' });
  });

  it('reads the preamble of a sentence-cased cable after its banner', () => {
    const text = [
      'Unclas kampala 000165', '', 'Sensitive, sipdis', '', 'E.o. 12958: n/a', 'Tags: pgov, prel, ug', 'Subject: a test subject', '',
      '1. (U) The text of the cable.', '', 'Jones', '',
    ].join('\n');
    const cable = parseCable(text);
    expect(cable.classification).toEqual({ level: 'UNCLASSIFIED', caveats: ['SENSITIVE'], text: 'Unclas' });
    expect([cable.post, cable.serial, cable.sipdis]).toEqual(['KAMPALA', '000165', true]);
    expect(cable.executiveOrder?.text).toBe('E.o. 12958: n/a');
    expect(cable.paragraphs[0]?.number).toBe('1');
    expect(cable.diagnostics.map((d) => d.code)).not.toContain('CLASSIFICATION_MISSING');
  });

  it('reads ~200 kB of sentence-cased near-banners in linear time', () => {
    const lines = 'Unclas kampala 12 of 2009 section 1 of\n'.repeat(2500) + 'Secret ' + 'a '.repeat(50000) + '000165\n';
    const ms = msUnder(1000, () => {
      expect(parseCable(lines).diagnostics.length).toBeGreaterThan(0);
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('consular handling captions (era red team 41)', () => {
  const cable = (handling: string): ReturnType<typeof parseCable> =>
    parseCable(['UNCLAS CHENNAI 001234', '', 'SIPDIS', handling, '', 'FOR CA/OCS/EMR', '', 'E.O. 12958: N/A', 'TAGS: CASC IN', 'SUBJECT: W/W: JANE DOE', '', '1. SUBJECT IS WELL.', '', 'HAYES'].join('\n'));

  it('reads PRIVACY ACT, PRIVACY ACT PROTECTED and LAW ENFORCEMENT SENSITIVE as caveats, not distribution', () => {
    const dashed = cable('SENSITIVE - PRIVACY ACT PROTECTED');
    expect(dashed.classification.caveats).toEqual(['SENSITIVE', 'PRIVACY ACT PROTECTED']);
    expect(dashed.distribution).toEqual(['FOR CA/OCS/EMR']);
    expect(cable('PRIVACY ACT').classification.caveats).toEqual(['PRIVACY ACT']);
    const law = cable('LAW ENFORCEMENT SENSITIVE');
    expect(law.classification.caveats).toEqual(['LAW ENFORCEMENT SENSITIVE']);
    expect(law.distribution).toEqual(['FOR CA/OCS/EMR']);
  });
});

describe('a banner wrapped inside its section (era red team 82)', () => {
  it('gives no post or serial from `SECTION 01` (`C O N F I D E N T I A L SECTION 01 OF` / `02 MANILA 012214`)', () => {
    for (const line of ['C O N F I D E N T I A L SECTION 01 OF', 'CONFIDENTIAL SECTION 01', 'UNCLAS SECTION 0']) {
      const c = parseClassificationLine(line);
      expect(c?.classification.level, line).toBeDefined();
      expect([c?.post, c?.serial], line).toEqual([null, null]);
    }
    expect(parseClassificationLine('UNCLAS SECTION 01 OF 02 MANILA 012214')).toMatchObject({ section: { number: 1, total: 2 }, post: 'MANILA', serial: '012214' });
  });
});

describe('a section banner reflowed into a paragraph line (speed red team 131)', () => {
  const line = '15. (C) The director of the nato desk stressed C O N F I D E N T I A L SECTION 09 OF 10 BAGHDAD 004412 SIPDIS';

  it('is no banner line: the paragraph\'s words before it are text', () => {
    expect(bannerKind(line)).toBe(NOT_BANNER);
    expect(bannerKind('The director of the nato desk stressed to the visiting C O N F I D E N T I A L SECTION 09 OF 10 BAGHDAD 004412')).toBe(NOT_BANNER);
    const c = parseCable(['UNCLAS SECTION 01 OF 10 BAGHDAD 004412', '', 'TAGS: PGOV', 'SUBJECT: VIEWS', '', '14. (C) The minister said the cabinet would meet.', '', `${line} to visiting congressmen that no decision had been taken.`, '', 'JEFFREY'].join('\n'));
    expect(c.paragraphs.map((p) => p.number)).toEqual(['14', '15']);
    expect(c.paragraphs[1]?.text).toContain('The director of the nato desk stressed');
  });

  it('is no banner in a sentence in capitals that cites a cable with its classification (era red team 132)', () => {
    expect(bannerKind('DOWNWARD THE FIGURES REPORTED IN UNCLAS NAIROBI 8120 OF AUGUST 2.')).toBe(NOT_BANNER);
    expect(bannerKind('AS REPORTED IN CONFIDENTIAL STATE 041122')).toBe(NOT_BANNER);
    expect(parseClassificationLine('Page 2 of 2 UNCLAS STATE 041122')?.serial).toBe('041122');
  });

  it('is no banner line after a sentence in capitals, after any label (era red team 133)', () => {
    expect(bannerKind('3.  (C) THE PRIME MINISTER SAID THE TALKS WILL RESUME IN MAY. C O N F I D E N T I A L SECTION 02 OF 03 ANKARA 001234')).toBe(NOT_BANNER);
    expect(bannerKind('-- THE OPPOSITION WILL NOT TAKE PART IN THE VOTE ON 12 MAY. C O N F I D E N T I A L SECTION 02 OF 03 ANKARA 001234')).toBe(NOT_BANNER);
    // (Guard: a CSV row's fields glued on, with no space before the banner.)
    expect(parseClassificationLine('09STATE49854,Secretary of State,SECRET NOFORN,09 BUENOSAIRES490,VZCZCXYZ0002 "RR RUEHWE DE RUEHC #9854 1351421",S E C R E T STATE 049854')?.serial).toBe('049854');
  });

  it('still reads a banner behind an addressee or a date glued before it (guard)', () => {
    expect(bannerKind('RUCNDT/USMISSION USUN NEW YORK 0099\tC O N F I D E N T I A L SECTION 01 OF 02 BERN 001686')).toBe(FULL_BANNER);
    expect(parseClassificationLine('Cable dated:2006-06-08T06:52:00S E C R E T SECTION 01 OF 04 BAGHDAD 002030')?.post).toBe('BAGHDAD');
    expect(parseClassificationLine('1. ...7/28/2005 14:18 UNCLAS MINSK 000851')?.serial).toBe('000851');
  });
});

describe('banners with FOUO, a release list without TO, a post wrapped alone, caveats after a series (era red teams 283 and 293, session 26)', () => {
  it('reads FOUO as a caveat before the section or post', () => {
    expect(parseClassificationLine('UNCLAS FOUO SECTION 01 OF 02 MEXICO 004512')).toMatchObject({ post: 'MEXICO', serial: '004512', section: { number: 1, total: 2 }, classification: { caveats: ['FOUO'] } });
    expect(parseClassificationLine('UNCLASSIFIED//FOUO ISLAMABAD 001234')).toMatchObject({ post: 'ISLAMABAD', serial: '001234' });
  });

  it('reads `REL USA, GBR` and `REL NATO` as a release list, the post after it', () => {
    expect(parseClassificationLine('CONFIDENTIAL//REL USA, GBR LONDON 002614')).toMatchObject({ post: 'LONDON', serial: '002614', classification: { caveats: ['REL USA, GBR'] } });
    expect(parseClassificationLine('SECRET//REL USA, ISAF, NATO SECTION 01 OF 02 KABUL 003790')).toMatchObject({ post: 'KABUL', section: { number: 1, total: 2 } });
    expect(parseClassificationLine('CONFIDENTIAL//REL NATO USNATO 000123')?.post).toBe('USNATO');
  });

  it('joins a post and serial wrapped alone onto the next line under a head with a section or caveat', () => {
    expect(joinWrappedBanner('SECRET//REL TO USA, ISAF, NATO SECTION 01 OF 02', 'KABUL 001187')).toMatchObject({ post: 'KABUL', serial: '001187', section: { number: 1, total: 2 } });
    expect(joinWrappedBanner('SECRET NOFORN', 'ANKARA 000455')).toMatchObject({ post: 'ANKARA', serial: '000455' });
    // (Guard: a bare level over a line is a page's banner; a line with more than a post and serial is text.)
    expect(joinWrappedBanner('SECRET', 'KABUL 001187')).toBeNull();
    expect(joinWrappedBanner('SECRET NOFORN', 'KABUL 001187 REPORTED')).toBeNull();
    const c = parseCable(['SECRET//REL TO USA, ISAF, NATO SECTION 01 OF 02', 'KABUL 001187', '', 'E.O. 12958: DECL: 06/02/2019', 'TAGS: MOPS, AF', 'SUBJECT: RC-SOUTH UPDATE', '', '1. (S) Text.'].join('\n'));
    expect([c.post, c.serial, c.distribution]).toEqual(['KABUL', '001187', []]);
  });

  it('reads caveats after the serial through slashes and after a TOSEC number', () => {
    const stadis = parseCable(['S E C R E T SECTION 01 OF 02 GENEVA 04512 STADIS//////////////////', '', 'EXDIS', '', 'E.O. 11652: GDS', 'TAGS: PARM', 'SUBJECT: SALT', '', '1. TEXT.'].join('\n'));
    expect(stadis.classification.caveats).toEqual(['STADIS', 'EXDIS']);
    const tosec = parseCable(['S E C R E T STATE 291433 TOSEC 320077 NODIS', '', 'CHEROKEE', '', 'E.O. 11652: GDS', 'TAGS: OVIP', 'SUBJECT: MESSAGE', '', '1. TEXT.'].join('\n'));
    expect(tosec.classification.caveats).toEqual(['NODIS', 'CHEROKEE']);
    expect(tosec.distribution).toEqual([]);
  });
});

describe('caveats spelled out on handling lines (era red teams 283 and 303, session 26)', () => {
  it('reads each as its caveat, once', () => {
    expect(parseHandlingLine('NOFORN - NOT RELEASABLE TO FOREIGN NATIONALS')).toEqual({ caveats: ['NOFORN'], sipdis: false });
    expect(parseHandlingLine('WARNING NOTICE - INTELLIGENCE SOURCES OR METHODS INVOLVED')?.caveats).toEqual(['WNINTEL']);
    expect(parseHandlingLine('WARNING NOTICE - SENSITIVE INTELLIGENCE SOURCES AND METHODS INVOLVED')?.caveats).toEqual(['WNINTEL']);
    expect(parseHandlingLine('NOT RELEASABLE TO CONTRACTORS OR CONTRACTOR/CONSULTANTS')?.caveats).toEqual(['NOCONTRACT']);
    expect(parseHandlingLine('EXDIS HANDLE AS NODIS')?.caveats).toEqual(['EXDIS', 'NODIS']);
    expect(parseHandlingLine('SPECAT EXCLUSIVE')?.caveats).toEqual(['SPECAT']);
    expect(parseHandlingLine('HANDLE VIA SPECIAL INTELLIGENCE CHANNELS ONLY')?.caveats).toEqual(['HANDLE VIA SPECIAL INTELLIGENCE CHANNELS ONLY']);
  });

  it('keeps them out of distribution', () => {
    const c = parseCable(['S E C R E T  GENEVA 07712  STADIS', '', 'SPECAT EXCLUSIVE', '', 'NOFORN', 'WARNING NOTICE - INTELLIGENCE SOURCES OR METHODS INVOLVED', 'NOT RELEASABLE TO CONTRACTORS OR CONTRACTOR/CONSULTANTS', '', 'DEPT FOR INR/EC', '', 'E.O. 11652: XGDS-1', 'TAGS: PARM', 'SUBJECT: TALKS', '', '1. TEXT.'].join('\n'));
    expect(c.distribution).toEqual(['DEPT FOR INR/EC']);
    expect(c.classification.caveats).toEqual(['STADIS', 'SPECAT', 'NOFORN', 'WNINTEL', 'NOCONTRACT']);
  });

  it('guard: an addressee group handling a caption stays distribution, a sentence is no handling line', () => {
    expect(parseHandlingLine('MILITARY ADDRESSEES HANDLE AS SPECAT EXCLUSIVE')).toBeNull();
    expect(parseHandlingLine('NOT RELEASABLE TO THE PRESS UNTIL MONDAY')).toBeNull();
  });
});
