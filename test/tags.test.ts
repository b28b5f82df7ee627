import { describe, expect, it } from 'vitest';
import { findDistributionInTags, parseTags, tagKind } from '../src/preamble/tags.js';
import { msUnder } from './timing.js';
import { parseCable } from '../src/index.js';

describe('parseTags', () => {
  it('reads a space-separated TAGS line', () => {
    expect(parseTags('TAGS: ECON PGOV SENV SOCI TSPL KPAO KZ')).toEqual(['ECON', 'PGOV', 'SENV', 'SOCI', 'TSPL', 'KPAO', 'KZ']);
  });

  it.each([
    ['TAGS PREL KZ', ['PREL', 'KZ']],
    ['TAG: PREL KZ', ['PREL', 'KZ']],
    ['TAG PREL KZ', ['PREL', 'KZ']],
    ['Tags: prel, pgov', ['PREL', 'PGOV']],
    ['TAGS: PREL, PGOV, PINR, KZ', ['PREL', 'PGOV', 'PINR', 'KZ']],
    ['TAGS: PREL; PGOV; KZ', ['PREL', 'PGOV', 'KZ']],
    ['TAGS: PREL,PGOV,KZ', ['PREL', 'PGOV', 'KZ']],
    ['PREL PGOV KZ', ['PREL', 'PGOV', 'KZ']],
  ])('keyword and separator variants: %j', (input, expected) => {
    expect(parseTags(input)).toEqual(expected);
  });

  it('reads a TAGS field wrapped over lines', () => {
    expect(parseTags('TAGS: PREL PGOV ECON\n  KPAO KZ')).toEqual(['PREL', 'PGOV', 'ECON', 'KPAO', 'KZ']);
    expect(parseTags('TAGS: PREL, PGOV, \\\nKTFN, KZ')).toEqual(['PREL', 'PGOV', 'KTFN', 'KZ']);
  });

  it('keeps person tags whole', () => {
    expect(parseTags('TAGS: PREL OVIP (CLINTON, HILLARY) KZ')).toEqual(['PREL', 'OVIP (CLINTON, HILLARY)', 'KZ']);
    expect(parseTags('TAGS: PREL, OVIP (CLINTON, HILLARY), KZ')).toEqual(['PREL', 'OVIP (CLINTON, HILLARY)', 'KZ']);
    expect(parseTags('TAGS: PREL PGOV CLINTON, HILLARY KZ')).toEqual(['PREL', 'PGOV', 'CLINTON, HILLARY', 'KZ']);
    expect(parseTags('TAGS: PREL, RICE, CONDOLEEZZA')).toEqual(['PREL', 'RICE, CONDOLEEZZA']);
  });

  it('keeps a person tag written with an accent whole (era red team 244)', () => {
    expect(parseTags('TAGS: PGOV, PREL, KDEM, VE, CH\u00c1VEZ, HUGO')).toEqual(['PGOV', 'PREL', 'KDEM', 'VE', 'CH\u00c1VEZ, HUGO']);
    expect(parseTags('TAGS: PREL OVIP (Mu\u00f1oz, Jos\u00e9) CO')).toEqual(['PREL', 'OVIP (MU\u00d1OZ, JOS\u00c9)', 'CO']);
    // (Guard: the multiplication sign is no letter of a tag.)
    expect(parseTags('TAGS: ECON\u00d7ETRD')).toEqual(['ECON', 'ETRD']);
  });

  it('keeps a multi-word tag of a comma-separated line', () => {
    expect(parseTags('TAGS: PREL, PGOV, EUN, USEU BRUSSELS')).toEqual(['PREL', 'PGOV', 'EUN', 'USEU BRUSSELS']);
  });

  it('keeps multi-word tags when most commas of the line stand between codes (r7)', () => {
    expect(parseTags('TAGS: PREL, PGOV, KPAL, ELECTIONS, GOI INTERNAL, ISRAELI PALESTINIAN AFFAIRS, GOI EXTERNAL')).toEqual([
      'PREL', 'PGOV', 'KPAL', 'ELECTIONS', 'GOI INTERNAL', 'ISRAELI PALESTINIAN AFFAIRS', 'GOI EXTERNAL',
    ]);
    expect(parseTags('TAGS: PREL, PGOV, GOI EXTERNAL, ISRAELI SOCIETY')).toEqual(['PREL', 'PGOV', 'GOI EXTERNAL', 'ISRAELI SOCIETY']);
    expect(parseTags('TAGS: PREL PGOV, GOI EXTERNAL')).toEqual(['PREL', 'PGOV', 'GOI EXTERNAL']);
  });

  it('keeps the space-separated reading of words and names (guard)', () => {
    expect(parseTags('TAGS: PREL PGOV IS GOI EXTERNAL')).toEqual(['PREL', 'PGOV', 'IS', 'GOI', 'EXTERNAL']);
    expect(parseTags('TAGS: PREL PGOV CLINTON, HILLARY KZ')).toEqual(['PREL', 'PGOV', 'CLINTON, HILLARY', 'KZ']);
    expect(parseTags('TAGS: PREL PGOV RICE, CONDOLEEZZA KZ')).toEqual(['PREL', 'PGOV', 'RICE, CONDOLEEZZA', 'KZ']);
    expect(parseTags('TAGS: PREL, PGOV CLINTON, HILLARY KZ')).toEqual(['PREL', 'PGOV', 'CLINTON, HILLARY', 'KZ']);
    expect(parseTags('TAGS: ECON, ETRD EFIN, KZ')).toEqual(['ECON', 'ETRD', 'EFIN', 'KZ']);
  });

  it('weighs the commas of a long line in linear time', () => {
    const ms = msUnder(1000, () => {
      expect(parseTags(`TAGS: ${'PREL PGOV, GOI EXTERNAL, '.repeat(8000)}`)).toHaveLength(24000);
      expect(Array.isArray(parseTags(`TAGS: ${'CLINTON, HILLARY '.repeat(10000)}`))).toBe(true);
    });
    expect(ms).toBeLessThan(1000);
  });

  it('stops at a blank line and at a following field', () => {
    expect(parseTags('TAGS: PREL PGOV\n\nSUBJECT: FOO')).toEqual(['PREL', 'PGOV']);
    expect(parseTags('TAGS: PREL PGOV SUBJECT: FOO BAR')).toEqual(['PREL', 'PGOV']);
    expect(parseTags('TAGS: PREL PGOV\nSUBJECT:  FOO BAR')).toEqual(['PREL', 'PGOV']);
  });

  it('returns [] without tags', () => {
    expect(parseTags('TAGS:')).toEqual([]);
    expect(parseTags('')).toEqual([]);
  });

  it('does not throw on junk', () => {
    expect(Array.isArray(parseTags('((((('))).toBe(true);
    expect(Array.isArray(parseTags('REF: A) '.repeat(100_000)))).toBe(true);
    expect(parseTags('X '.repeat(100_000))).toHaveLength(100_000);
    expect(Array.isArray(parseTags('X, '.repeat(100_000)))).toBe(true);
  });
});

describe('parseTags: distribution text run into the TAGS field', () => {
  it('ends the tags before an agency and FOR or PASS', () => {
    expect(parseTags('TAGS: PM DEPT FOR EAP EAP MTS EAP MLS EAP RSP PM PPA')).toEqual(['PM']);
    expect(parseTags('TAGS: PREL KZ STATE FOR EUR/CARC')).toEqual(['PREL', 'KZ']);
    expect(parseTags('TAGS: ECON ETRD TREASURY PASS FRB')).toEqual(['ECON', 'ETRD']);
    expect(parseTags('TAGS: EINV USDOC ALSO FOR 4332/ITA')).toEqual(['EINV']);
    expect(parseTags('TAGS: PREL, PGOV, DEPT FOR NEA/MAG')).toEqual(['PREL', 'PGOV']);
  });

  it('never reads FOR or PASS as a tag', () => {
    // An addressee no list names: the word before `FOR` goes with it, unless it is a known tag.
    expect(parseTags('TAGS: PREL USUN FOR POL')).toEqual(['PREL']);
    expect(parseTags('TAGS: PREL ECON FOR POL')).toEqual(['PREL', 'ECON']);
    expect(parseTags('TAGS: PREL PASS TO NSC')).toEqual(['PREL']);
    expect(parseTags('TAGS: PREL USUN ALSO FOR POL')).toEqual(['PREL']);
    expect(parseTags('Tags: prel, xFOR pgov')).toEqual(['PREL', 'XFOR', 'PGOV']);
  });

  it('keeps agency words that are tags, and FOR inside a person or a word (guard)', () => {
    expect(parseTags('TAGS: ECON OPIC USTR NSF KTDB KZ')).toEqual(['ECON', 'OPIC', 'USTR', 'NSF', 'KTDB', 'KZ']);
    expect(parseTags('TAGS: OVIP (ROE, FOR JANE) PREL')).toEqual(['OVIP (ROE, FOR JANE)', 'PREL']);
    expect(parseTags('TAGS: PREL, KFOR, MARR')).toEqual(['PREL', 'KFOR', 'MARR']);
    expect(parseTags('Tags: prel, pgov, Forum')).toEqual(['PREL', 'PGOV', 'FORUM']);
  });

  it('finds where the distribution text starts', () => {
    expect(findDistributionInTags('TAGS: PM DEPT FOR EAP')).toBe(9);
    expect(findDistributionInTags('TAGS: PREL PGOV KZ')).toBe(-1);
    expect(findDistributionInTags('TAGS FOR EAP')).toBe(5);
  });

  it('reads a long adversarial TAGS line in linear time', () => {
    const ms = msUnder(1000, () => {
      expect(findDistributionInTags(`TAGS: ${'PREL ALSO (FOR, '.repeat(12000)}`)).toBe(-1);
      expect(parseTags(`TAGS: ${'FORX ALSO PASSX '.repeat(12000)}`)).toHaveLength(36000);
      expect(findDistributionInTags(`TAGS: ${'Forum FORM ALSO '.repeat(12000)} DEPT ALSO FOR X`)).toBeGreaterThan(0);
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('tagKind', () => {
  it.each([
    ['KZ', 'geo'],
    ['UZ', 'geo'],
    ['RS', 'geo'],
    ['EU', 'geo'],
    ['PREL', 'subject'],
    ['PGOV', 'subject'],
    ['ECON', 'subject'],
    ['SENV', 'subject'],
    ['SOCI', 'subject'],
    ['PHUM', 'subject'],
    ['MARR', 'subject'],
    ['EFIN', 'subject'],
    ['ETRD', 'subject'],
    ['KPAO', 'program'],
    ['KTIP', 'program'],
    ['KNNP', 'program'],
    ['UNGA', 'organization'],
    ['OSCE', 'organization'],
    ['UNDP', 'organization'],
    ['NATO', 'organization'],
    ['IAEA', 'organization'],
    ['UNSC', 'organization'],
    ['OVIP (CLINTON, HILLARY)', 'person'],
    ['CLINTON, HILLARY', 'person'],
    ['ZZZZZ', 'unknown'],
    ['prel', 'subject'],
  ] as const)('%s is %s', (tag, kind) => {
    expect(tagKind(tag)).toBe(kind);
  });

  it('does not throw on junk', () => {
    expect(tagKind('')).toBe('unknown');
    expect(tagKind('(((((')).toBe('person');
    expect(tagKind('REF: A) '.repeat(100_000))).toBe('unknown');
    expect(tagKind('REF: (A, B) '.repeat(100_000))).toBe('person');
  });
});

describe('parseTags: a treaty or organization acronym of five letters or more (era red team 266, session 25)', () => {
  it('keeps `START` a tag of its own next to another unknown code', () => {
    expect(parseTags('TAGS: PARM, KACT, START, JCIC, INF, US, RS')).toEqual(['PARM', 'KACT', 'START', 'JCIC', 'INF', 'US', 'RS']);
    expect(parseTags('TAGS: PREL, ASEAN, BURMA')).toEqual(['PREL', 'ASEAN', 'BURMA']);
  });

  it("guard: a person's name written as two words with a comma is still one tag", () => {
    expect(parseTags('TAGS: PREL, CLINTON, HILLARY')).toEqual(['PREL', 'CLINTON, HILLARY']);
  });
});

describe('a headline under a TAGS line written with commas (era leftover 2331, session 25)', () => {
  const cable = (...lines: string[]): string =>
    ['CONFIDENTIAL ANKARA 02710', '', 'E.O. 12065: GDS 4/12/85 (DUNNIGAN, P.J.) OR-P', 'TAGS: PINT, PGOV, TU', ...lines, '', 'REF: ANKARA 2655', '', '1. (C) THE GOVERNMENT SURVIVED.', '', 'SPIERS'].join('\n');

  it('is the subject that lost its keyword, not tags', () => {
    const c = parseCable(cable('ECEVIT GOVERNMENT SURVIVES CENSURE MOTION BY NINE VOTES'));
    expect(c.tags).toEqual(['PINT', 'PGOV', 'TU']);
    expect(c.subject).toBe('ECEVIT GOVERNMENT SURVIVES CENSURE MOTION BY NINE VOTES');
  });

  it('guard: short codes wrapped under it are tags, and with a SUBJECT line below the headline is no subject', () => {
    expect(parseCable(cable('PREL, EAID')).tags).toEqual(['PINT', 'PGOV', 'TU', 'PREL', 'EAID']);
    expect(parseCable(cable('ECEVIT GOVERNMENT SURVIVES CENSURE MOTION BY NINE VOTES', 'SUBJECT: CENSURE MOTION')).subject).toBe('CENSURE MOTION');
  });
});

describe('a person tag with two given names in a comma-separated line (era red team 333, session 27)', () => {
  it('keeps the surname and both given names as one value', () => {
    expect(parseTags('TAGS: CVIS, PTER, PK, MALIK, TARIQ MEHMOOD')).toEqual(['CVIS', 'PTER', 'PK', 'MALIK, TARIQ MEHMOOD']);
  });

  it('guard: values of several words after a code stay values', () => {
    expect(parseTags('TAGS: PREL, PGOV, GOI EXTERNAL, ISRAELI PALESTINIAN AFFAIRS')).toEqual(['PREL', 'PGOV', 'GOI EXTERNAL', 'ISRAELI PALESTINIAN AFFAIRS']);
  });
});

describe('a person tag wrapped after a hyphen in the name (era red team 423, session 29)', () => {
  it('joins the name without a space: `OVIP (GENSCHER, HANS-` / `DIETRICH)`', () => {
    expect(parseTags('TAGS: PARM, PREL, NATO, GE, UR, OVIP (GENSCHER, HANS-\nDIETRICH)')).toEqual(['PARM', 'PREL', 'NATO', 'GE', 'UR', 'OVIP (GENSCHER, HANS-DIETRICH)']);
  });

  it('guard: a wrap after a comma keeps its space', () => {
    expect(parseTags('TAGS: OVIP (GENSCHER,\nHANS-DIETRICH)')).toEqual(['OVIP (GENSCHER, HANS-DIETRICH)']);
  });
});

describe('a person tag with Latin Extended-A letters (era red team 430, session 29)', () => {
  it('keeps `BAYKAL, DENİZ` and `ERDOĞAN` whole', () => {
    expect(parseTags('TAGS: PGOV, PINR, TU, BAYKAL, DENİZ')).toEqual(['PGOV', 'PINR', 'TU', 'BAYKAL, DENİZ']);
    expect(parseTags('TAGS: PREL, TU, OVIP (ERDOĞAN, RECEP TAYYİP)')).toEqual(['PREL', 'TU', 'OVIP (ERDOĞAN, RECEP TAYYİP)']);
  });
});
