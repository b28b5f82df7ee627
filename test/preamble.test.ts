/**
 * The preamble (docs/cable-format.md section 3; fixtures/README.md conventions).
 * All preambles are synthetic.
 */

import { describe, expect, it } from 'vitest';
import { linesAfterPreamble, parsePreamble, readPreamble } from '../src/preamble/preamble.js';
import { parseCable } from '../src/index.js';
import { splitLines } from '../src/text/source-line.js';
import { msUnder } from './timing.js';

const FULL = [
  'UNCLAS SECTION 01 OF 03 TASHKENT 000412',
  'SIPDIS',
  'STATE FOR SCA/CEN, EEB/TPP, OES',
  'E.O. 12958: N/A',
  'TAGS: ECON PGOV SENV UZ',
  'SUBJECT:  UZBEKISTAN:  WATER MINISTERS AGREE ON A JOINT',
  'MONITORING PLAN FOR THE ARAL BASIN',
  'REF: A) 09 TASHKENT 01987',
  ' B) STATE 6668',
].join('\n');

describe('parsePreamble: a full preamble', () => {
  const p = parsePreamble(FULL, { year: 2010 });

  it('reads the classification line', () => {
    expect(p.classification).toEqual({ level: 'UNCLASSIFIED', caveats: [], text: 'UNCLAS' });
    expect(p.section).toEqual({ number: 1, total: 3 });
    expect(p.post).toBe('TASHKENT');
    expect(p.serial).toBe('000412');
  });

  it('reads SIPDIS and the distribution line', () => {
    expect(p.sipdis).toBe(true);
    expect(p.distribution).toEqual(['STATE FOR SCA/CEN, EEB/TPP, OES']);
  });

  it('reads the E.O. line and the TAGS', () => {
    expect(p.executiveOrder).toEqual({ order: '12958', declassify: { kind: 'n/a' }, text: 'E.O. 12958: N/A' });
    expect(p.tags).toEqual(['ECON', 'PGOV', 'SENV', 'UZ']);
  });

  it('joins the wrapped subject with one space', () => {
    expect(p.subject).toBe('UZBEKISTAN: WATER MINISTERS AGREE ON A JOINT MONITORING PLAN FOR THE ARAL BASIN');
  });

  it('reads the lettered REF list, taking the missing year from the context', () => {
    expect(p.references).toEqual([
      { label: 'A', text: '09 TASHKENT 01987', kind: 'cable', referenceId: '09TASHKENT1987' },
      { label: 'B', text: 'STATE 6668', kind: 'cable', referenceId: '10STATE6668' },
    ]);
  });

  it('has no Classified By in an unclassified cable', () => {
    expect(p.classifiedBy).toBeNull();
  });
});

describe('parsePreamble: SIPDIS and distribution', () => {
  it('reads SIPDIS after the distribution line', () => {
    const p = parsePreamble([
      'UNCLAS ASTANA 000265',
      'STATE FOR SCA/CEN',
      'SIPDIS',
      'E.O. 12958: N/A',
      'TAGS: PREL KZ',
      'SUBJECT: KAZAKHSTAN: MINISTER VISITS BRUSSELS',
    ].join('\n'));
    expect(p.sipdis).toBe(true);
    expect(p.distribution).toEqual(['STATE FOR SCA/CEN']);
    expect(p.classification.caveats).toEqual([]);
  });

  it('reads sipdis false when there is no SIPDIS line', () => {
    const p = parsePreamble('UNCLAS ASTANA 000265\nSTATE FOR SCA/CEN\nE.O. 12958: N/A\nTAGS: PREL KZ\nSUBJECT: A VISIT');
    expect(p.sipdis).toBe(false);
  });

  it('joins a wrapped distribution line and keeps new entries separate', () => {
    const p = parsePreamble([
      'UNCLAS SECTION 01 OF 02 ASTANA 000253',
      'SIPDIS',
      'STATE FOR SCA/CEN, EEB/ESC/IEC/ENR, OES/ENV, ISN/ECC FOR EXBS',
      'ADVISORS',
      'DEPT PASS TO USTR FOR JSMITH',
      'USDOE/NNSA:  JDOE,  RROE',
      'E.O. 12958: N/A',
      'TAGS: ETTC KNNP PARM KZ',
      'SUBJECT: KAZAKHSTAN: EXPORT CONTROL REPORT',
    ].join('\n'));
    expect(p.distribution).toEqual([
      'STATE FOR SCA/CEN, EEB/ESC/IEC/ENR, OES/ENV, ISN/ECC FOR EXBS ADVISORS',
      'DEPT PASS TO USTR FOR JSMITH',
      'USDOE/NNSA: JDOE, RROE',
    ]);
    expect(p.tags).toEqual(['ETTC', 'KNNP', 'PARM', 'KZ']);
  });

  it('strips trailing spaces from distribution lines', () => {
    const p = parsePreamble('UNCLAS ASTANA 000265 \nSIPDIS \nDEPT FOR EUR/RUS   \nE.O. 12958: N/A \nTAGS: PREL KZ \nSUBJECT: A VISIT ');
    expect(p.distribution).toEqual(['DEPT FOR EUR/RUS']);
  });
});

describe('parsePreamble: subject', () => {
  it('joins a subject wrapped over three lines and collapses spaces', () => {
    const p = parsePreamble([
      'UNCLAS ASTANA 000045',
      'E.O. 12958: N/A',
      'TAGS: SENV KZ',
      'SUBJECT:  KAZAKHSTAN:  REGIONAL  WORKSHOP ON',
      'GLACIER MONITORING AND WATER',
      'RESOURCES',
    ].join('\n'));
    expect(p.subject).toBe('KAZAKHSTAN: REGIONAL WORKSHOP ON GLACIER MONITORING AND WATER RESOURCES');
  });

  it('reads SUBJ: as the subject keyword', () => {
    const p = parsePreamble('UNCLAS ASTANA 000045\nTAGS: SENV KZ\nSUBJ: GLACIER WORKSHOP');
    expect(p.subject).toBe('GLACIER WORKSHOP');
  });

  it('has subject null when there is no SUBJECT line', () => {
    const p = parsePreamble('UNCLAS ASTANA 000045\nE.O. 12958: N/A\nTAGS: SENV KZ');
    expect(p.subject).toBeNull();
  });
});

describe('parsePreamble: references', () => {
  it('reads REF: A. SECSTATE 74879 B. RIYADH 43 on one line, SECSTATE as STATE', () => {
    const p = parsePreamble('UNCLAS ASTANA 000045\nTAGS: PREL KZ\nSUBJECT: A VISIT\nREF:  A. SECSTATE 74879 B. RIYADH 43', { year: 2009 });
    expect(p.references.map((r) => r.referenceId)).toEqual(['09STATE74879', '09RIYADH43']);
    expect(p.references.map((r) => r.label)).toEqual(['A', 'B']);
    expect(p.references.every((r) => r.kind === 'cable')).toBe(true);
  });

  it('reads REFS: (A) 03 Brasilia 3939 with a year in the text', () => {
    const p = parsePreamble('UNCLAS ASTANA 000045\nTAGS: PREL KZ\nSUBJECT: A VISIT\nREFS: (A) 03 Brasilia 3939', { year: 2009 });
    expect(p.references).toHaveLength(1);
    expect(p.references[0]?.referenceId).toBe('03BRASILIA3939');
    expect(p.references[0]?.label).toBe('A');
  });

  it('keeps a non-cable reference as text with no reference id', () => {
    const p = parsePreamble('UNCLAS VIENNA 000045\nTAGS: OSCE PREL\nSUBJECT: A VISIT\nREF: OSCE DAILY DIGEST 02/22/10', { year: 2010 });
    expect(p.references).toHaveLength(1);
    expect(p.references[0]?.text).toBe('OSCE DAILY DIGEST 02/22/10');
    expect(p.references[0]?.kind).not.toBe('cable');
    expect(p.references[0]?.referenceId).toBeNull();
  });

  it('reads two serials of one station (LIMA 123 AND 456)', () => {
    const p = parsePreamble('UNCLAS LIMA 000789\nTAGS: PREL PE\nSUBJECT: A VISIT\nREF: A. LIMA 123 AND 456', { year: 2010 });
    expect(p.references.map((r) => r.referenceId)).toEqual(['10LIMA123', '10LIMA456']);
  });
});

describe('parsePreamble: E.O. line and TAGS', () => {
  it('reads a declassification date', () => {
    const p = parsePreamble('CONFIDENTIAL KABUL 001234\nE.O. 12958: DECL: 02/26/2020\nTAGS: PREL AF\nSUBJECT: A VISIT');
    expect(p.executiveOrder?.order).toBe('12958');
    expect(p.executiveOrder?.declassify?.kind).toBe('date');
    expect(p.executiveOrder?.text).toBe('E.O. 12958: DECL: 02/26/2020');
  });

  it('reads DECL: OADR under an older order', () => {
    const p = parsePreamble('CONFIDENTIAL ROME 001196\nE.O. 12356: DECL: OADR\nTAGS: PREL IT\nSUBJECT: A VISIT');
    expect(p.executiveOrder).toEqual({ order: '12356', declassify: { kind: 'oadr' }, text: 'E.O. 12356: DECL: OADR' });
  });

  it('reads comma-separated TAGS', () => {
    const p = parsePreamble('UNCLAS ASTANA 000045\nE.O. 12958: N/A\nTAGS: PREL, PGOV, KZ\nSUBJECT: A VISIT');
    expect(p.tags).toEqual(['PREL', 'PGOV', 'KZ']);
  });

  it('reads TAGS wrapped onto a second line', () => {
    const p = parsePreamble('UNCLAS ASTANA 000045\nE.O. 12958: N/A\nTAGS: PREL PGOV ECON SENV\nKPAO KZ\nSUBJECT: A VISIT');
    expect(p.tags).toEqual(['PREL', 'PGOV', 'ECON', 'SENV', 'KPAO', 'KZ']);
    expect(p.subject).toBe('A VISIT');
  });
});

describe('parsePreamble: classified cables', () => {
  it('reads Classified By over two lines, and handling lines as caveats', () => {
    const p = parsePreamble([
      'C O N F I D E N T I A L SECTION 01 OF 02 BAGHDAD 000123',
      'NOFORN',
      'SIPDIS',
      'DEPT FOR NEA/I',
      'E.O. 12958: DECL: 03/15/2019',
      'TAGS: PREL PGOV IZ',
      'SUBJECT: IRAQ: PROVINCIAL COUNCIL DEBATES BUDGET',
      'CLASSIFIED BY: Jane Q. Doe, Political Officer;',
      'REASON: 1.4(B), (D)',
    ].join('\n'));
    expect(p.classification).toEqual({ level: 'CONFIDENTIAL', caveats: ['NOFORN'], text: 'C O N F I D E N T I A L' });
    expect(p.sipdis).toBe(true);
    expect(p.distribution).toEqual(['DEPT FOR NEA/I']);
    expect(p.subject).toBe('IRAQ: PROVINCIAL COUNCIL DEBATES BUDGET');
    expect(p.classifiedBy).not.toBeNull();
    expect(p.classifiedBy?.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(p.classifiedBy?.name).toBe('Jane Q. Doe');
    expect(p.classifiedBy?.title).toBe('Political Officer');
    expect(p.classifiedBy?.text).toBe('CLASSIFIED BY: Jane Q. Doe, Political Officer; REASON: 1.4(B), (D)');
  });

  it('reads Classified By: ... for reasons wrapped onto the next line', () => {
    const p = parsePreamble([
      'SECRET KABUL 001234',
      'NOFORN',
      'E.O. 12958: DECL: 10/22/2018',
      'TAGS: PREL AF',
      'SUBJECT: AFGHANISTAN: GOVERNOR DISCUSSES SECURITY',
      '',
      'Classified By: Ambassador John R. Smith',
      'for reasons 1.4 (b) and (d)',
    ].join('\n'));
    expect(p.classifiedBy?.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(p.classifiedBy?.text).toBe('Classified By: Ambassador John R. Smith for reasons 1.4 (b) and (d)');
  });

  it('collects NOFORN and EXDIS handling lines in order', () => {
    const p = parsePreamble([
      'SECRET SECTION 01 OF 02 ANKARA 000077',
      'NOFORN',
      'SIPDIS',
      'EXDIS',
      'E.O. 12958: DECL: 01/01/2019',
      'TAGS: PREL TU',
      'SUBJECT: TURKEY: A MEETING',
    ].join('\n'));
    expect(p.classification.caveats).toEqual(['NOFORN', 'EXDIS']);
    expect(p.sipdis).toBe(true);
    expect(p.distribution).toEqual([]);
  });
});

describe('parsePreamble: page markers in the preamble', () => {
  it('skips a page marker between SUBJECT and REF', () => {
    const p = parsePreamble([
      'UNCLAS SECTION 01 OF 03 TASHKENT 000412',
      'E.O. 12958: N/A',
      'TAGS: ECON UZ',
      'SUBJECT: UZBEKISTAN: WATER MINISTERS AGREE',
      'TASHKENT 00000412  001.2 OF 003',
      'REF: 09 TASHKENT 1987',
    ].join('\n'), { year: 2010 });
    expect(p.subject).toBe('UZBEKISTAN: WATER MINISTERS AGREE');
    expect(p.references).toEqual([
      { label: null, text: '09 TASHKENT 1987', kind: 'cable', referenceId: '09TASHKENT1987' },
    ]);
  });

  it('continues a subject cut by a page marker', () => {
    const p = parsePreamble([
      'UNCLAS SECTION 01 OF 03 TASHKENT 000412',
      'E.O. 12958: N/A',
      'TAGS: ECON UZ',
      'SUBJECT: UZBEKISTAN: WATER MINISTERS AGREE ON A JOINT',
      'TASHKENT 00000412  001.2 OF 003',
      'MONITORING PLAN',
    ].join('\n'));
    expect(p.subject).toBe('UZBEKISTAN: WATER MINISTERS AGREE ON A JOINT MONITORING PLAN');
  });
});

describe('field guide variants', () => {
  it('splits a SUBJECT that runs into REF on the same line (reflowed source)', () => {
    // docs/cable-format.md: "may run into the next field on the same line when the source
    // reflowed lines (`SUBJECT: FOO BAR REF: STATE 1234`)".
    const p = parsePreamble('UNCLAS ASTANA 000045\nE.O. 12958: N/A\nTAGS: PREL KZ\nSUBJECT: FOO BAR REF: STATE 1234', { year: 2010 });
    expect(p.subject).toBe('FOO BAR');
    expect(p.references).toEqual([
      { label: null, text: 'STATE 1234', kind: 'cable', referenceId: '10STATE1234' },
    ]);
  });
});

describe('parsePreamble: a REF list that goes on after a blank line', () => {
  const preamble = (...lines: string[]): string =>
    [
      'C O N F I D E N T I A L SAN JOSE 001456',
      'SIPDIS',
      'E.O. 12958: DECL: 05/12/2015',
      'TAGS: PREL UNGA CS',
      'SUBJECT: COSTA RICA: VIEWS ON COUNCIL REFORM',
      '',
      ...lines,
      '',
      '1. (C) Text.',
    ].join('\n');

  it('keeps the next letters of the list (B after A, C after B) in the REF block', () => {
    const p = parsePreamble(preamble('REF: A. STATE 101234', '', '     B. STATE 98765', '     C. SAN JOSE 1122'), { year: 2005 });
    expect(p.references.map((r) => [r.label, r.referenceId])).toEqual([
      ['A', '05STATE101234'],
      ['B', '05STATE98765'],
      ['C', '05SANJOSE1122'],
    ]);
  });

  it('goes on over several blank lines and with (B) labels', () => {
    const p = parsePreamble(preamble('REF:  (A) SECSTATE 4321', '', '', '      (B) SAN JOSE 877', '', '      (C) SAN JOSE 901'), { year: 2005 });
    expect(p.references.map((r) => [r.label, r.referenceId])).toEqual([
      ['A', '05STATE4321'],
      ['B', '05SANJOSE877'],
      ['C', '05SANJOSE901'],
    ]);
  });

  it('continues an inline list: C after A. ... B. ... on the REF line', () => {
    const p = parsePreamble(preamble('REF: A. STATE 1111 B. STATE 2222', '', 'C. SAN JOSE 333'), { year: 2005 });
    expect(p.references.map((r) => r.label)).toEqual(['A', 'B', 'C']);
  });

  it('takes A. after a REF keyword with nothing after it', () => {
    const p = parsePreamble(preamble('REF:', '', 'A. STATE 1111', 'B. STATE 2222'), { year: 2005 });
    expect(p.references.map((r) => [r.label, r.referenceId])).toEqual([
      ['A', '05STATE1111'],
      ['B', '05STATE2222'],
    ]);
  });

  it('does not take a lettered line that does not continue the sequence', () => {
    // `C.` after `A.`, `A.` again after `B.`, `B.` after an unlabelled reference.
    for (const lines of [
      ['REF: A. STATE 1111', '', 'C. (C) The minister said little.'],
      ['REF: A. STATE 1111', ' B. STATE 2222', '', 'A. (C) The minister said little.'],
      ['REF: STATE 1111', '', 'B. (C) The minister said little.'],
      // `(C)` after `(B)`: a portion marking, not a label, when no cable follows.
      ['REF: (A) STATE 1111', ' (B) STATE 2222', '', '(C) The minister said little.'],
    ]) {
      const p = parsePreamble(preamble(...lines), { year: 2005 });
      expect(p.references.some((r) => r.text.includes('minister'))).toBe(false);
      expect(p.references.length).toBe(lines.length - 2);
    }
  });
});

describe('parsePreamble: a handling caption with a trailing period', () => {
  it('reads SENSITIVE BUT UNCLASSIFIED. after SUBJECT as handling and goes on to REFS', () => {
    const p = parsePreamble(
      [
        'UNCLAS BERLIN 000234',
        'SIPDIS',
        'E.O. 12958: N/A',
        'TAGS: PREL GM',
        'SUBJECT: GERMANY: A TEST SUBJECT',
        '',
        'SENSITIVE BUT UNCLASSIFIED.',
        '',
        'REFS: A) BERLIN 169 B) 08 MUNICH 355',
        '',
        '1. (SBU) Text.',
      ].join('\n'),
      { year: 2009 },
    );
    expect(p.classification.caveats).toEqual(['SENSITIVE BUT UNCLASSIFIED']);
    expect(p.references.map((r) => [r.label, r.referenceId])).toEqual([
      ['A', '09BERLIN169'],
      ['B', '08MUNICH355'],
    ]);
  });
});

describe('parsePreamble: keywords in mixed case', () => {
  it('reads Subject: and Ref: written in mixed case', () => {
    const p = parsePreamble(
      [
        'C O N F I D E N T I A L MINSK 000456',
        'SIPDIS',
        'EO 12958 DECL: 03/22/2016',
        'TAGS PGOV, PHUM, BO',
        'Subject: Lukashenko Gives a Long Speech',
        'Ref: A) Minsk 297, B) 05 Minsk 1201',
        'Classified by Ambassador John Doe for Reasons 1.4 (B,D)',
        '1. (C) Text.',
      ].join('\n'),
      { year: 2006 },
    );
    expect(p.subject).toBe('Lukashenko Gives a Long Speech');
    expect(p.references.map((r) => [r.label, r.referenceId])).toEqual([
      ['A', '06MINSK297'],
      ['B', '05MINSK1201'],
    ]);
    expect(p.classifiedBy?.name).toBe('John Doe');
  });

  it.each([
    ['subj: a short subject', 'a short subject'],
    ['Subject : Talks Resume', 'Talks Resume'],
  ])('reads the keyword variant %s', (line, subject) => {
    expect(parsePreamble(`UNCLAS ASTANA 000045\nTAGS: PREL KZ\n${line}`).subject).toBe(subject);
  });

  it.each([
    ['Refs: (A) 03 Brasilia 3939', '03BRASILIA3939'],
    ['Reftel: Khartoum 00378', '09KHARTOUM378'],
    ['ref: 08 state 12345', '08STATE12345'],
  ])('reads the REF keyword variant %s', (line, id) => {
    const p = parsePreamble(`UNCLAS ASTANA 000045\nTAGS: PREL KZ\nSUBJECT: A VISIT\n${line}`, { year: 2009 });
    expect(p.references.map((r) => r.referenceId)).toEqual([id]);
  });

  it('reads Tags: in mixed case, also lower-cased tags wrapped onto the next line', () => {
    const p = parsePreamble(
      ['C O N F I D E N T I A L KHARTOUM 000456', 'Tags: asec, pins, prel, su,', 'cf', 'Subject: sudan: a test subject', 'shipment talks'].join('\n'),
    );
    expect(p.tags).toEqual(['ASEC', 'PINS', 'PREL', 'SU', 'CF']);
    expect(p.subject).toBe('sudan: a test subject shipment talks');
    expect(parsePreamble('UNCLAS LONDON 000045\nTags: ETTC, EFIN, UK\nSUBJECT: A VISIT').tags).toEqual(['ETTC', 'EFIN', 'UK']);
  });

  it('does not take sentences that start with Subject or Ref as fields', () => {
    const p = parsePreamble(
      [
        'UNCLAS ASTANA 000045',
        'TAGS: PREL KZ',
        'SUBJECT: A VISIT',
        '',
        'Reference is made to the visit of 1999 and to Astana 123.',
        'Ref. B, Astana 456 remains valid.',
        'Subject to approval by the cabinet, the plan starts in May.',
      ].join('\n'),
      { year: 2010 },
    );
    expect(p.subject).toBe('A VISIT');
    expect(p.references).toEqual([]);
  });
});

describe('parsePreamble: an E.O. line continued by a DECL line', () => {
  it('reads the DECL line as the declassification of the E.O. line', () => {
    const p = parsePreamble('CONFIDENTIAL KABUL 001234\nE.O. 12958:\nDECL: 02/26/2020\nTAGS: PREL AF\nSUBJECT: A VISIT');
    expect(p.executiveOrder).toEqual({ order: '12958', declassify: { kind: 'date', date: '2020-02-26' }, text: 'E.O. 12958: DECL: 02/26/2020' });
    expect(p.tags).toEqual(['PREL', 'AF']);
  });
});

describe('parsePreamble: the TERREP channel caption among the handling lines', () => {
  // `TERREP` is a caveat word (CAVEAT_WORDS in src/preamble/classification.ts); the preamble reads any caveat word on its own line as handling.
  it('reads `TERREP` on its own line as a caveat, not a distribution entry', () => {
    const p = parsePreamble(['S E C R E T FARAWAY 001915', '', 'SIPDIS', '', 'NOFORN', 'TERREP', '', 'STATE FOR DS/DSS/ITA, EUR/XYZ', 'BRUSSELS FOR LEGATT', '', 'E.O. 12958: DECL: 07/28/2014', 'TAGS: ASEC XX', 'SUBJECT: A REPORT'].join('\n'));
    expect(p.classification.caveats).toEqual(['NOFORN', 'TERREP']);
    expect(p.distribution).toEqual(['STATE FOR DS/DSS/ITA, EUR/XYZ', 'BRUSSELS FOR LEGATT']);
  });
});

describe('parsePreamble: WNINTEL and DISSENT CHANNEL among the handling lines (older cables)', () => {
  const preamble = (...handling: string[]) => parsePreamble(['S E C R E T FARAWAY 015234', '', ...handling, '', 'STATE FOR EAP/CM', '', 'E.O. 12356: DECL: OADR', 'TAGS: PREL, XX', 'SUBJECT: A REPORT'].join('\n'));

  it('reads `WNINTEL` as a caveat on its own line, after another caveat, or in a slash list', () => {
    for (const lines of [['NOFORN', 'WNINTEL'], ['NOFORN WNINTEL'], ['NOFORN/WNINTEL/ORCON']]) {
      const p = preamble(...lines);
      expect(p.classification.caveats.slice(0, 2)).toEqual(['NOFORN', 'WNINTEL']);
      expect(p.distribution).toEqual(['STATE FOR EAP/CM']);
    }
    expect(preamble('NOFORN/WNINTEL/ORCON').classification.caveats).toEqual(['NOFORN', 'WNINTEL', 'ORCON']);
    expect(parsePreamble('SECRET WNINTEL FARAWAY 015234\n\nE.O. 12356: DECL: OADR\nTAGS: PREL, XX\nSUBJECT: A REPORT').classification).toMatchObject({ level: 'SECRET', caveats: ['WNINTEL'] });
  });

  it('reads `DISSENT CHANNEL` on its own line as a caveat, as `ROGER CHANNEL` is', () => {
    const p = preamble('DISSENT CHANNEL');
    expect(p.classification.caveats).toEqual(['DISSENT CHANNEL']);
    expect(p.distribution).toEqual(['STATE FOR EAP/CM']);
  });
});

describe('parsePreamble: the DEA SENSITIVE caption among the handling lines', () => {
  // The Drug Enforcement Administration's handling caption, before SIPDIS and the posts' `FOR DEA` lines.
  it('reads `DEA SENSITIVE` on its own line as a caveat, not a distribution entry', () => {
    const p = parsePreamble(['UNCLAS FARAWAY 000293', '', 'DEA SENSITIVE', 'SIPDIS', '', 'POST FOR DEA ONLY', 'AMEMBASSY NEARBY FOR DEA RD SMITH', '', 'E.O. 12958: N/A', 'TAGS: SNAR XX', 'SUBJECT: A REPORT'].join('\n'));
    expect(p.classification.caveats).toEqual(['DEA SENSITIVE']);
    expect(p.sipdis).toBe(true);
    expect(p.distribution).toEqual(['POST FOR DEA ONLY', 'AMEMBASSY NEARBY FOR DEA RD SMITH']);
  });
});

describe('parsePreamble: a handling caption with an instruction', () => {
  it.each(['SENSITIVE BUT UNCLASSIFIED -- HANDLE ACCORDINGLY', 'SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY.', 'Sensitive but unclassified - handle accordingly.'])(
    'reads %s as handling, and the REF after it',
    (caption) => {
      const p = parsePreamble(['UNCLAS PARIS 001989', 'SIPDIS', 'E.O. 12958: N/A', 'TAGS: PREL FR', 'SUBJECT: FRANCE: A TEST SUBJECT', '', caption, '', 'REF: PARIS 1817', '', '1. (SBU) Text.'].join('\n'), {
        year: 2007,
      });
      expect(p.classification.caveats).toEqual(['SENSITIVE BUT UNCLASSIFIED']);
      expect(p.references.map((r) => r.referenceId)).toEqual(['07PARIS1817']);
    },
  );

  it.each(['SENSITIVE BUT UNCLASSIFIED, NOT FOR INTERNET DISTRIBUTION', 'SENSITIVE BUT UNCLASSIFIED--NOT FOR INTERNET DISTRIBUTION.', 'SENSITIVE BUT UNCLASSIFIED, PLEASE TREAT ACCORDINGLY'])(
    'reads %s after the REF block as a handling caption (a caveat), not transmission',
    (caption) => {
      const text = ['UNCLAS SECTION 01 OF 02 FARAWAY 000034', '', 'SENSITIVE', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: PGOV XX', 'SUBJECT: A MOVEMENT', '', 'REF: FARAWAY 248', '', caption, '', '1. (SBU) Summary: Text.'].join('\n');
      const c = parseCable(text);
      expect(c.classification.caveats).toEqual(['SENSITIVE', 'SENSITIVE BUT UNCLASSIFIED']);
      const at = text.indexOf(caption);
      expect(c.spans.handling.some((s) => s.start <= at && s.end >= at + caption.length)).toBe(true);
      expect(c.spans.transmission.some((s) => s.start <= at && s.end > at)).toBe(false);
      expect(c.paragraphs.map((p) => p.text)).toEqual(['Summary: Text.']);
    },
  );

  it('guard: a caveat word and other words is no caption (`SENSITIVE BUT UNCLASSIFIED, NOT FOR THE PRESS`)', () => {
    const p = parsePreamble(['UNCLAS PARIS 001989', 'TAGS: PREL FR', 'SUBJECT: A TEST', '', 'SENSITIVE BUT UNCLASSIFIED, NOT FOR THE PRESS', '', 'REF: PARIS 1817'].join('\n'), { year: 2007 });
    expect(p.classification.caveats).toEqual([]);
  });

  it('does not read a sentence that only starts with a caveat word as handling', () => {
    const p = parsePreamble(['UNCLAS PARIS 001989', 'TAGS: PREL FR', 'SUBJECT: A TEST', '', 'Sensitive issues remain.', '', 'REF: PARIS 1817'].join('\n'), { year: 2007 });
    expect(p.classification.caveats).toEqual([]);
    expect(p.references).toEqual([]);
  });
});

describe('a preamble reflowed onto few lines (fields glued to the line before)', () => {
  // docs/cable-format.md section 1b: later pages reflow lines; the fields then follow the
  // banner, a handling word or a distribution line on the same line, sometimes glued.
  it('reads handling words and fields glued to the banner serial', () => {
    const p = parsePreamble('S E C R E T SECTION 01 OF 02 SANAA 001352SIPDISSIPDISNOFORNE.O. 12958: DECL: 05/21/2015TAGS: PREL PTER YM\n\n1. (S/NF) The Ambassador met the minister.');
    expect(p.serial).toBe('001352');
    expect(p.sipdis).toBe(true);
    expect(p.classification.caveats).toEqual(['NOFORN']);
    expect(p.executiveOrder?.declassify).toEqual({ kind: 'date', date: '2015-05-21' });
    expect(p.tags).toEqual(['PREL', 'PTER', 'YM']);
  });

  it('splits a distribution line at a glued E.O. field, and the E.O. line at TAGS after a date', () => {
    const p = parsePreamble(
      'UNCLAS SECTION 01 OF 06 TRIPOLI 000151\n\nSIPDIS\n\nSTATE FOR NEA/MAG,\nLONDON AND PARIS FOR NEA WATCHER  E.O. 12958: N/A TAGS: ECON EFIN LY SUBJECT: LIBYA: ECONOMIC NEWS',
    );
    expect(p.distribution).toEqual(['STATE FOR NEA/MAG,', 'LONDON AND PARIS FOR NEA WATCHER']);
    expect(p.executiveOrder?.order).toBe('12958');
    expect(p.tags).toEqual(['ECON', 'EFIN', 'LY']);
    expect(p.subject).toBe('LIBYA: ECONOMIC NEWS');
  });

  it('reads a caveat glued to the E.O. line', () => {
    const p = parsePreamble('S E C R E T SANAA 002766\n\nNOFORNE.O. 12958: DECL: 08/20/2015 TAGS: KDEM PGOV YM');
    expect(p.classification.caveats).toEqual(['NOFORN']);
    expect(p.executiveOrder?.text).toBe('E.O. 12958: DECL: 08/20/2015');
    expect(p.tags).toEqual(['KDEM', 'PGOV', 'YM']);
    expect(p.distribution).toEqual([]);
  });

  it('reads SIPDIS glued to the first distribution entry', () => {
    const p = parsePreamble('C O N F I D E N T I A L SANTO DOMINGO 000409\n\nSIPDISSIPDISSTATE FOR WHA/CAR-NICHOLS\n\nE.O. 12958: DECL: 02/07/2016');
    expect(p.sipdis).toBe(true);
    expect(p.distribution).toEqual(['STATE FOR WHA/CAR-NICHOLS']);
  });

  it('leaves the dash or comma between a caveat and a caption after it out of the distribution entry (era red team 216)', () => {
    for (const [line, caveat, entry] of [
      ['EXDIS - MILITARY ADDRESSEES HANDLE AS SPECAT EXCLUSIVE', 'EXDIS', 'MILITARY ADDRESSEES HANDLE AS SPECAT EXCLUSIVE'],
      ['LIMDIS -- GREENBACK', 'LIMDIS', 'GREENBACK'],
      ['EXDIS, MILITARY ADDRESSEES HANDLE AS SPECAT', 'EXDIS', 'MILITARY ADDRESSEES HANDLE AS SPECAT'],
    ] as const) {
      const p = parsePreamble(`SECRET STATE 012345\n\n${line}\n\nE.O. 12958: DECL: 1.6X1\nTAGS: PREL`);
      expect(p.classification.caveats, line).toEqual([caveat]);
      expect(p.distribution, line).toEqual([entry]);
    }
  });

  it('ends the preamble at a numbered paragraph when no field was found, and keeps a wrapped W. line', () => {
    const c = parseCable(
      'UNCLAS SECTION 01 OF 03 ASTANA 000054\n\nSIPDIS\n\nDEPT FOR ISN/ECC YWONG\nDEPT OF JUSTICE - PASS TO ATF INTERNATIONAL AFFAIRS (D. KUMOR\nW. KULLMAN)\n\n1. (U) The government agreed to fund the equipment.\n\n2. (U) Training was held.\n\nORDWAY',
    );
    expect(c.distribution).toEqual(['DEPT FOR ISN/ECC YWONG', 'DEPT OF JUSTICE - PASS TO ATF INTERNATIONAL AFFAIRS (D. KUMOR W. KULLMAN)']);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(c.signer).toBe('ORDWAY');
  });

  it('covers every glued piece with a span (nothing unparsed)', () => {
    const c = parseCable('S E C R E T SECTION 01 OF 02 SANAA 001352SIPDISE.O. 12958: DECL: 05/21/2015TAGS: PREL YM\n\n1. (S) The Ambassador met the minister.\n\nKRAJESKI');
    expect(c.unparsed).toEqual([]);
    expect(c.paragraphs).toHaveLength(1);
  });
});

/** Reads a synthetic preamble and returns the read with the body's first line as the pipeline gets it. */
function readAt(text: string): { read: ReturnType<typeof readPreamble>; firstBody: string | null } {
  const lines = splitLines(text);
  const read = readPreamble(lines, 0, { year: 2009 }, []);
  const body = linesAfterPreamble(lines, read);
  return { read, firstBody: body[0]?.text ?? null };
}

describe('readPreamble: the body reflowed onto the Classified By line', () => {
  const HEAD = ['C O N F I D E N T I A L BRUSSELS 000417', '', 'SIPDIS', '', 'E.O. 12958: DECL: 04/02/2019', 'TAGS: PREL NATO', 'SUBJECT: DEFENSE MINISTER VISITS', ''];

  it('ends the statement after its reasons: a numbered paragraph after them is the body', () => {
    const { read, firstBody } = readAt([...HEAD, 'Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d) 1. (C) Summary. The minister said ...', '', '2. (C) More text.'].join('\n'));
    expect(read.preamble.classifiedBy?.text).toBe('Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d)');
    expect(read.preamble.classifiedBy?.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(read.end).toBe(8);
    expect(firstBody).toBe('1. (C) Summary. The minister said ...');
    // The statement's span stops where the body starts (after the space between them).
    const line = splitLines([...HEAD, 'x'].join('\n'))[8];
    expect(read.spans.classifiedBy?.end).toBe((line?.offset ?? 0) + 'Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d) '.length);
  });

  it('hands a sentence after the reasons to the body, and the SUMMARY heading after it', () => {
    const { read, firstBody } = readAt(
      [...HEAD, 'CLASSIFIED BY: John Doe, CG, Lyon, State. REASON: 1.4 (b), (d) This is an action request; see para three.', 'SUMMARY', '- - - - - - -', '1. (U) The text.'].join('\n'),
    );
    expect(read.preamble.classifiedBy?.text).toBe('CLASSIFIED BY: John Doe, CG, Lyon, State. REASON: 1.4 (b), (d)');
    expect(firstBody).toBe('This is an action request; see para three.');
  });

  it('hands a SUMMARY heading after the reasons, or a marked paragraph, to the body', () => {
    expect(readAt([...HEAD, 'CLASSIFIED BY: John Doe, Consul. REASON: 1.4 (a), (b), (d) Summary', '- - - -', '1. (C) Text.'].join('\n')).firstBody).toBe('Summary');
    expect(readAt([...HEAD, 'Classified By: Jane Roe for reasons 1.4 (b) and (d) (C/NF) On the draft resolution, ...'].join('\n')).firstBody).toBe('(C/NF) On the draft resolution, ...');
  });

  it('ends a complete statement at the line end: a heading on the next line is the body', () => {
    const { read, firstBody } = readAt([...HEAD, 'Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d)', 'Summary', '-------', '1. (C) Text.'].join('\n'));
    expect(read.preamble.classifiedBy?.text).toBe('Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d)');
    expect(read.end).toBe(9);
    expect(read.bodyColumn).toBe(0);
    expect(firstBody).toBe('Summary');
  });

  it('keeps reasons, a broken "and", a period and a bare classification word with the statement', () => {
    const wrapped = readAt([...HEAD, 'Classified By: Political Counselor John Doe for reasons 1.4', '(b) and (d)', '', '1. (C) Text.'].join('\n'));
    expect(wrapped.read.preamble.classifiedBy?.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(wrapped.firstBody).toBe('1. (C) Text.');
    const broken = readAt([...HEAD, "Classified By: CHARGE D'AFFAIRES: JOHN DOE FOR REASONS 1.4 (B) AN", 'D (D)', '', '1. (C) Text.'].join('\n'));
    expect(broken.read.preamble.classifiedBy?.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(broken.firstBody).toBe('1. (C) Text.');
    const dot = readAt([...HEAD, 'Classified By: Consul General Jane Roe for reasons 1.4(b) and (d)', '.', '', '1. (C) Text.'].join('\n'));
    expect(dot.firstBody).toBe('1. (C) Text.');
    const word = readAt([...HEAD, 'CLASSIFIED BY: Jane Roe, Consul General. REASON: 1.4 (b), (d) CONFIDENTIAL', '1. (C) Text.'].join('\n'));
    expect(word.read.bodyColumn).toBe(0);
    expect(word.firstBody).toBe('1. (C) Text.');
  });

  it('does not take words that go on the statement for the body', () => {
    const { read, firstBody } = readAt([...HEAD, 'Classified By: Jane Roe for reasons 1.4 (b) and (d) of E.O. 12958', '', '1. (C) Text.'].join('\n'));
    expect(read.bodyColumn).toBe(0);
    expect(firstBody).toBe('1. (C) Text.');
  });

  it('gives the body its paragraph and summary through parseCable', () => {
    const cable = parseCable([...HEAD, 'Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d) 1. (C) Summary: The minister asked for help. End Summary.', '', '2. (C) More text.', '', 'ROE'].join('\n'));
    expect(cable.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(cable.paragraphs[0]?.marking).toBe('C');
    expect(cable.summary).toBe('The minister asked for help.');
  });
});

describe('readPreamble: the body reflowed onto the REF line or right after it', () => {
  const HEAD = ['UNCLAS SECTION 01 OF 12 LONDON 000092', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: EINV ECON UK', 'SUBJECT: 2010 INVESTMENT CLIMATE STATEMENT', ''];

  it('ends the REF field at a page marker followed by a paragraph', () => {
    const { read, firstBody } = readAt([...HEAD, 'REF: 09 State 124006  LONDON 00000092  001.3 OF 012   1.  In response to reftel, the text ...'].join('\n'));
    expect(read.preamble.references).toEqual([{ label: null, text: '09 State 124006', kind: 'cable', referenceId: '09STATE124006' }]);
    expect(firstBody).toBe('1.  In response to reftel, the text ...');
    // The marker is a transmission line, the REF span ends before it.
    expect(read.spans.transmission).toHaveLength(1);
    expect(read.spans.references[0]?.end).toBeLessThanOrEqual(read.spans.transmission[0]?.start ?? 0);
  });

  it('ends the REF field at paragraph 1 after two spaces', () => {
    const { read, firstBody } = readAt([...HEAD, 'REF: STATE 40380   1.  In response to reftel, ...'].join('\n'));
    expect(read.preamble.references.map((r) => r.text)).toEqual(['STATE 40380']);
    expect(firstBody).toBe('1.  In response to reftel, ...');
  });

  it('goes on with the list after a page marker, and after a marker at the line end', () => {
    const list = readAt([...HEAD, 'REF A) STATE 11 B) STATE 22  STATE 00016219 001.2 OF 005 C) STATE 33', '', '1. (U) Text.'].join('\n'));
    expect(list.read.bodyColumn).toBe(0);
    expect(list.firstBody).toBe('1. (U) Text.');
    const end = readAt([...HEAD, 'REF: A. STATE 11  LONDON 00000092  001.3 OF 012', '', '1. (U) Text.'].join('\n'));
    expect(end.read.preamble.references.map((r) => r.text)).toEqual(['STATE 11']);
    expect(end.firstBody).toBe('1. (U) Text.');
  });

  it('reads a portion-marked line right after REF or SUBJECT as the body', () => {
    const ref = readAt([...HEAD, 'REF: STATE 40380', ' (SBU) Poloff delivered the demarche on April 23.', 'DOE'].join('\n'));
    expect(ref.read.preamble.references.map((r) => r.text)).toEqual(['STATE 40380']);
    expect(ref.firstBody).toBe(' (SBU) Poloff delivered the demarche on April 23.');
    const subject = readAt(['UNCLAS KUALA LUMPUR 000317', 'E.O. 12958: N/A', 'TAGS: PREL MY', 'SUBJECT: DEMARCHE ON A DECLARATION', '(SBU) Poloff delivered the demarche.'].join('\n'));
    expect(subject.read.preamble.subject).toBe('DEMARCHE ON A DECLARATION');
    expect(subject.firstBody).toBe('(SBU) Poloff delivered the demarche.');
  });

  it('keeps a lettered REF item that reads like a marking on the list', () => {
    const { read } = readAt([...HEAD, 'REF: (A) BRASILIA 888;', '(B) SAO PAULO 449;', '(C)BRASILIA 727;', '(D) STATE 6', '', '1. (U) Text.'].join('\n'));
    expect(read.preamble.references.map((r) => r.label)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('reads a short line over a rule line after SUBJECT as the body (a heading)', () => {
    const { read, firstBody } = readAt(['UNCLAS MUMBAI 001931', 'E.O. 12958: N/A', 'TAGS: PHUM IN', 'SUBJECT: GUJARAT: PEACEFUL ON THE SURFACE, YET THE STATE', 'GOVERNMENT KEEPS ITS POLICIES', 'Summary', '-------', '1. (SBU) Text. End Summary.'].join('\n'));
    expect(read.preamble.subject).toBe('GUJARAT: PEACEFUL ON THE SURFACE, YET THE STATE GOVERNMENT KEEPS ITS POLICIES');
    expect(firstBody).toBe('Summary');
  });
});

describe('readPreamble: damaged captions', () => {
  it('reads E.0. (digit zero) as the E.O. line', () => {
    const p = parsePreamble(['UNCLAS BRASILIA 000478', 'SIPDIS', 'FROM CHARGE DOE FOR CODEL ROE', 'E.0. 12958: N/A', 'TAGS: OREP BR', 'SUBJECT: SCENESETTER'].join('\n'));
    expect(p.executiveOrder).toEqual({ order: '12958', declassify: { kind: 'n/a' }, text: 'E.0. 12958: N/A' });
    expect(p.distribution).toEqual(['FROM CHARGE DOE FOR CODEL ROE']);
  });

  it('reads a CORRECTED COPY caption with its reason as a caveat, not a distribution line', () => {
    const spaced = parsePreamble(['C O N F I D E N T I A L BISHKEK 001095', 'C O R R E C T E D  C O P Y (ADDRESSEE)', 'SIPDIS', 'DEPT FOR SCA/CEN', 'E.O. 12958: DECL: 10/29/2018', 'TAGS: PREL KG', 'SUBJECT: A MEETING'].join('\n'));
    expect(spaced.classification.caveats).toEqual(['CORRECTED COPY']);
    expect(spaced.distribution).toEqual(['DEPT FOR SCA/CEN']);
    const plain = parsePreamble(['C O N F I D E N T I A L UNVIE VIENNA 000192', 'NOFORN', 'SIPDIS', '', 'CORRECTED COPY (PARA 28 CONTAINS TEXT THAT WAS LEFT OUT OF THE ORIGINAL CABLE.)', '', 'E.O. 12958: DECL: 03/19/2024', 'TAGS: AORC IR'].join('\n'));
    expect(plain.classification.caveats).toEqual(['NOFORN', 'CORRECTED COPY']);
    expect(plain.distribution).toEqual([]);
  });

  it('reads a caveat and a field behind the stray quotes of a CSV export', () => {
    const p = parsePreamble(['S E C R E T STATE 049854 "NOFORN ', 'SIPDIS E.O. 12958: DECL: 05/15/2034 "TAGS: PINR AR', '', 'SUBJECT: KUDOS'].join('\n'));
    expect(p.classification.caveats).toEqual(['NOFORN']);
    expect(p.distribution).toEqual([]);
    expect(p.tags).toEqual(['PINR', 'AR']);
    expect(p.executiveOrder?.declassify).toEqual({ kind: 'date', date: '2034-05-15' });
  });

  it('reads a field after a handling word glued before an indented E.O. line', () => {
    const p = parsePreamble(['CONFIDENTIAL STATE 056861', 'SIPDIS  E.O. 12958: DECL: 05/23/2018 TAGS: PREL EUR', 'SUBJECT: A MEETING'].join('\n'));
    expect(p.tags).toEqual(['PREL', 'EUR']);
  });
});

describe('readPreamble: hostile input on the new rules', () => {
  it('reads long Classified By and REF lines in linear time', () => {
    const cb = `Classified By: ${'Ambassador 1.4 (b) and (d) '.repeat(6000)}`;
    const ref = `REF: ${'STATE 1234  LONDON 00000092  001.3 OF 012 A) '.repeat(3000)}`;
    const marked = ['REF: STATE 1', ...Array.from({ length: 3000 }, () => ' (SBU) (C) (U) text')].join('\n');
    const ms = msUnder(1000, () => {
      for (const body of [cb, ref, marked, `CORRECTED COPY (${'('.repeat(20000)}`, `"${'"NOFORN '.repeat(20000)}`]) {
        readAt(['SECRET STATE 000001', 'E.O. 12958: DECL: 05/15/2034', 'TAGS: PINR', 'SUBJECT: X', body].join('\n'));
      }
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('readPreamble: a preamble printed twice', () => {
  it('lists the references of a truncated copy once, from the full copy', () => {
    const p = parsePreamble(
      [
        'C O N F I D E N T I A L USNATO 000291',
        'E.O. 12958: DECL: 08/08/2018',
        'TAGS: PREL NATO',
        'SUBJECT: A MEETING',
        'REF: A. USNATO 287',
        '     B. USNATO ...',
        '',
        'SUBJECT: A MEETING REF: A. USNATO 287 B. USNATO 284 C. USNATO 283',
      ].join('\n'),
      { year: 2008 },
    );
    expect(p.references.map((r) => `${r.label} ${r.text}`)).toEqual(['A USNATO 287', 'B USNATO 284', 'C USNATO 283']);
  });

  it('keeps two REF lists that cite different cables', () => {
    const p = parsePreamble(['UNCLAS STATE 000001', 'TAGS: PREL', 'SUBJECT: X', 'REF: STATE 11', '', 'REF: STATE 22 STATE 33'].join('\n'), { year: 2008 });
    expect(p.references.map((r) => r.text)).toEqual(['STATE 11', 'STATE 22', 'STATE 33']);
  });
});

describe('readPreamble: an older page break inside SUBJECT or REF', () => {
  // An older cable's page break: the page's classification word at its foot, maybe a blank
  // line, the next page's header (`PAGE 02 ROME 01196 082030Z`). Synthetic 1985 cable.
  const cableWith = (fields: readonly string[]): string =>
    [
      'O 082015Z FEB 85',
      'FM AMEMBASSY ROME',
      'TO SECSTATE WASHDC IMMEDIATE 4567',
      'BT',
      'C O N F I D E N T I A L ROME 01196',
      '',
      'E.O. 12356: DECL: OADR',
      'TAGS: PREL, IT',
      ...fields,
      '',
      '1. (C) THE FOREIGN MINISTER RECEIVED THE AMBASSADOR.',
      'RABB',
      '',
    ].join('\n');
  const textsOf = (text: string, spans: readonly { start: number; end: number }[]): string[] => spans.map((s) => text.slice(s.start, s.end));

  it('goes on with SUBJECT after the classification word, a blank line and the PAGE line', () => {
    const text = cableWith(['SUBJECT: ITALIAN VIEWS ON MISSILE DEPLOYMENT AT COMISO AND THE', 'CONFIDENTIAL', '', 'PAGE 02        ROME   01196  082030Z', 'GENEVA NEGOTIATIONS']);
    const c = parseCable(text);
    expect(c.subject).toBe('ITALIAN VIEWS ON MISSILE DEPLOYMENT AT COMISO AND THE GENEVA NEGOTIATIONS');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
    expect(textsOf(text, c.spans.transmission)).toContain('CONFIDENTIAL');
    expect(c.pages).toEqual([{ post: 'ROME', serial: '01196', page: 2, total: 0 }]);
    expect(c.unparsed).toEqual([]);
    expect(c.body).not.toContain('GENEVA');
  });

  it('reads the break without the blank line, with a letter-spaced word and with a section', () => {
    for (const word of ['CONFIDENTIAL', 'C O N F I D E N T I A L']) {
      const text = cableWith(['SUBJECT: TALKS ON THE', word, 'PAGE 02        ROME   01196  01 OF 02  082030Z', 'FISHERIES AGREEMENT']);
      const c = parseCable(text);
      expect(c.subject).toBe('TALKS ON THE FISHERIES AGREEMENT');
      expect(textsOf(text, c.spans.transmission)).toContain(word);
      expect(c.unparsed).toEqual([]);
    }
  });

  it('goes on with the REF list after the break', () => {
    const text = cableWith(['SUBJECT: ITALIAN VIEWS', '', 'REF: A) STATE 34567', 'CONFIDENTIAL', '', 'PAGE 02        ROME   01196  082030Z', 'B) 84 ROME 28811']);
    const c = parseCable(text);
    expect(c.references.map((r) => [r.label, r.text, r.referenceId])).toEqual([
      ['A', 'STATE 34567', '85STATE34567'],
      ['B', '84 ROME 28811', '84ROME28811'],
    ]);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
    expect(c.unparsed).toEqual([]);
  });

  it('goes on with a REF list whose next item follows a blank line and the break', () => {
    const text = cableWith(['SUBJECT: ITALIAN VIEWS', '', 'REF: A. STATE 34567', '', 'CONFIDENTIAL', '', 'PAGE 02        ROME   01196  082030Z', 'B. ROME 0881']);
    const c = parseCable(text);
    expect(c.references.map((r) => r.referenceId)).toEqual(['85STATE34567', '85ROME881']);
    expect(c.unparsed).toEqual([]);
  });

  it('ends the field at a blank line before the classification word or after the PAGE line', () => {
    // The blank line before the classification word, or after the PAGE line, ends SUBJECT.
    const before = parseCable(cableWith(['SUBJECT: ITALIAN VIEWS', '', 'CONFIDENTIAL', '', 'PAGE 02        ROME   01196  082030Z', 'THE MINISTER SAID NOTHING NEW.']));
    expect(before.subject).toBe('ITALIAN VIEWS');
    expect(before.body).toContain('THE MINISTER SAID NOTHING NEW.');
    const after = parseCable(cableWith(['SUBJECT: ITALIAN VIEWS', 'CONFIDENTIAL', 'PAGE 02        ROME   01196  082030Z', '', 'THE MINISTER SAID NOTHING NEW.']));
    expect(after.subject).toBe('ITALIAN VIEWS');
    expect(after.body).toContain('THE MINISTER SAID NOTHING NEW.');
  });

  it('does not take a classification word without a PAGE line after it for a page break (guard)', () => {
    const text = cableWith(['SUBJECT: ITALIAN VIEWS', 'CONFIDENTIAL', '', '', '', 'PAGE 02        ROME   01196  082030Z']);
    const { read } = readAt(text.slice(text.indexOf('C O N')));
    expect(read.spans.transmission).toEqual([]);
  });

  it('reads many classification words and page breaks in linear time', () => {
    const words = `SUBJECT: X\n${'CONFIDENTIAL\n\n\n'.repeat(15000)}`;
    const breaks = `SUBJECT: X\n${'CONFIDENTIAL\n\nPAGE 02 ROME 01196 082030Z\nMORE\n'.repeat(4000)}`;
    const ms = msUnder(1000, () => {
      for (const body of [words, breaks]) readAt(['SECRET ROME 001196', 'TAGS: PREL', body].join('\n'));
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('readPreamble: a letter-spaced LIMITED OFFICIAL USE banner', () => {
  it('reads level, post and serial, and no distribution line', () => {
    const c = parseCable(
      ['R 041630Z APR 77', 'FM AMEMBASSY BRASILIA', 'TO SECSTATE WASHDC 5120', 'BT', 'L I M I T E D  O F F I C I A L  U S E BRASILIA 2817', '', 'E.O. 11652: N/A', 'TAGS: EAGR, BR', 'SUBJECT: SOYBEAN EXPORT QUOTAS', '', '1. THE MINISTRY ANNOUNCED NEW QUOTAS.', 'CRIMMINS', ''].join('\n'),
    );
    expect([c.classification.level, c.post, c.serial, c.referenceId]).toEqual(['LIMITED OFFICIAL USE', 'BRASILIA', '2817', '77BRASILIA2817']);
    expect(c.distribution).toEqual([]);
    expect(c.diagnostics.map((d) => d.code)).not.toContain('CLASSIFICATION_MISSING');
  });
});

describe('readPreamble: distribution lines that wrap (r3d)', () => {
  const HEAD = ['UNCLAS SECTION 01 OF 02 LIMA 000123', '', 'SIPDIS', ''];
  const TAIL = ['E.O. 12958: N/A', 'TAGS: ASEC PGOV PE', 'SUBJECT: A BUS FIRE'];
  const distribution = (lines: string[]): string[] => parsePreamble([...HEAD, ...lines, ...TAIL].join('\n')).distribution;

  it('joins a line ending with AND to the next line', () => {
    expect(distribution(['STATE FOR WHA/AND, WHA/PPC-JDOE, DS/ITA AND', 'DS/IP/WHA', 'DEPT FOR INL'])).toEqual(['STATE FOR WHA/AND, WHA/PPC-JDOE, DS/ITA AND DS/IP/WHA', 'DEPT FOR INL']);
  });

  it('joins a line starting with AND to the line before', () => {
    expect(distribution(['DEPARTMENT FOR EUR/CE JANE ROE;', 'AND CA/OCS/CI JOHN DOE AND MARY MAJOR'])).toEqual(['DEPARTMENT FOR EUR/CE JANE ROE; AND CA/OCS/CI JOHN DOE AND MARY MAJOR']);
  });

  it('joins after a comma when the next line opens no addressee of its own', () => {
    expect(distribution(['USDOE FOR U/S JANE ROE, DAS JDOE, MARY MAJOR,', 'RICHARD ROE, STATE FOR EB/ESC'])).toEqual(['USDOE FOR U/S JANE ROE, DAS JDOE, MARY MAJOR, RICHARD ROE, STATE FOR EB/ESC']);
  });

  it('keeps entries apart when the next line opens an addressee (guard)', () => {
    const lines = ['BRASILIA FOR RSO AND LEGAT;', 'RIO DE JANEIRO FOR RSO', 'STATE FOR NEA/MAG,', 'COMMERCE FOR JOHN DOE,', 'NSC PLEASE PASS TO NEC JROE'];
    expect(distribution(lines)).toEqual(lines);
  });
});

describe('readPreamble: handling words glued onto other preamble lines (r3d)', () => {
  it('reads SENSITIVE SIPDIS at the end of a distribution line', () => {
    const p = parsePreamble(['UNCLAS SECTION 01 OF 06 RECIFE 000505', '', 'STATE PASS USTR FOR JDOE', 'STATE PASS OPIC FOR JROE NSC FOR MMAJOR AID/W FOR LAC/AA SENSITIVE SIPDIS', 'E.O. 12958: N/A', 'TAGS: PGOV BR', 'SUBJECT: A BUSY WEEK'].join('\n'));
    expect(p.distribution).toEqual(['STATE PASS USTR FOR JDOE', 'STATE PASS OPIC FOR JROE NSC FOR MMAJOR AID/W FOR LAC/AA']);
    expect(p.classification.caveats).toEqual(['SENSITIVE']);
    expect(p.sipdis).toBe(true);
  });

  it('reads a SENSITIVE BUT UNCLASSIFIED caption at the end of the last REF item', () => {
    const p = parsePreamble(
      ['UNCLAS RECIFE 000505', 'E.O. 12958: N/A', 'TAGS: PGOV BR', 'SUBJECT: A BUSY WEEK', 'REF: (A) BRASILIA 888;', '(B) 05 BRASILIA 1979 AND PREVIOUS SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY.'].join('\n'),
      { year: 2006 },
    );
    expect(p.references.map((r) => r.text)).toEqual(['BRASILIA 888', '05 BRASILIA 1979 AND PREVIOUS']);
    expect(p.classification.caveats).toEqual(['SENSITIVE BUT UNCLASSIFIED']);
  });

  it('keeps a cited cable\'s own handling word and NOTAL in the REF text (guard)', () => {
    const p = parsePreamble(['SECRET ANKARA 000123', 'E.O. 12958: DECL: 01/01/2019', 'TAGS: PREL TU', 'SUBJECT: A TALK', 'REF: A. ANKARA 1561 EXDIS', 'B. STATE 1234 NOTAL'].join('\n'), { year: 2009 });
    expect(p.references.map((r) => r.text)).toEqual(['ANKARA 1561 EXDIS', 'STATE 1234 NOTAL']);
    expect(p.classification.caveats).toEqual([]);
  });

  it('keeps a line that is only handling words as handling, not a cut distribution entry (guard)', () => {
    const p = parsePreamble(['UNCLAS MOSCOW 000293', 'SENSITIVE SIPDIS', 'POST FOR DEA ONLY', 'TAGS: SNAR RS', 'SUBJECT: A MEETING'].join('\n'));
    expect(p.distribution).toEqual(['POST FOR DEA ONLY']);
    expect(p.classification.caveats).toEqual(['SENSITIVE']);
  });
});

describe('readPreamble: CORRECTED COPY captions (r3d)', () => {
  const read = (caption: string[]): ReturnType<typeof parsePreamble> =>
    parsePreamble(['C O N F I D E N T I A L LONDON 002333', '', 'SIPDIS', ...caption, '', 'E.O. 12958: DECL: 09/01/2019', 'TAGS: PREL UK', 'SUBJECT: A MEETING', '', 'REF: STATE 1'].join('\n'));

  it('reads partly spaced captions with a note as handling, not distribution', () => {
    for (const caption of ['C O R R E C T E D COPY CAPTION', 'C O R R E C T COPY - ADDRESSEES ADDED', 'C O R R E C T E D C O P Y -- FORMATTING', 'C O R R E C T E D COPY (ADDRESSEES ADDED)']) {
      const p = read([caption]);
      expect(p.distribution, caption).toEqual([]);
      expect(p.classification.caveats, caption).toEqual(['CORRECTED COPY']);
    }
  });

  it('reads the rules framing a caption as its decoration', () => {
    const rule = '--------------------------------------------- -------';
    const p = read(['', rule, 'C O R R E C T E D C O P Y -- CLASSIFICATION PARA 4', rule]);
    expect(p.distribution).toEqual([]);
    expect(p.classification.caveats).toEqual(['CORRECTED COPY']);
  });

  it('reads a caption note wrapped onto the next line, up to its sentence end', () => {
    const text = ['UNCLAS HAVANA 000197', 'SIPDIS', 'E.O. 12958: N/A', 'TAGS: OREP CU', 'SUBJECT: SCENESETTER', '', 'CORRECTED COPY - CHANGES MADE TO PARA 5 BELOW. THIS MESSAGE', 'REPLACES REFTEL, WHICH SHOULD BE DESTROYED.', '', '1. (SBU) Summary: The visit comes at a time of change.'].join('\n');
    const { read: r, firstBody } = readAt(text);
    expect(r.preamble.classification.caveats).toEqual(['CORRECTED COPY']);
    expect(firstBody).toBe('1. (SBU) Summary: The visit comes at a time of change.');
  });

  it('reads the note of a caption as correctionNote, the caption as handling (r8)', () => {
    const text = ['UNCLAS HAVANA 000197', 'SIPDIS', 'E.O. 12958: N/A', 'TAGS: OREP CU', 'SUBJECT: SCENESETTER', '', 'CORRECTED COPY - CHANGES MADE TO PARA 5 BELOW. THIS MESSAGE', 'REPLACES REFTEL, WHICH SHOULD BE DESTROYED.', '', '1. (SBU) Summary: The visit comes at a time of change.'].join('\n');
    const c = parseCable(text);
    expect(c.classification.caveats).toEqual(['CORRECTED COPY']);
    expect(c.correctionNote).toBe('CHANGES MADE TO PARA 5 BELOW. THIS MESSAGE REPLACES REFTEL, WHICH SHOULD BE DESTROYED.');
    expect(c.unparsed).toEqual([]);
    expect(c.spans.handling.map((s) => text.slice(s.start, s.end).trim())).toContain('CORRECTED COPY -');
    expect(c.paragraphs.map((p) => p.text)).toEqual(['Summary: The visit comes at a time of change.']);
    const reason = parseCable(['UNCLAS LIMA 000918', '', '- - C O R R E C T E D  C O P Y - - (PARA 3 TEXT ADDED)', '', 'E.O. 12958: N/A', 'TAGS: PREL PE', 'SUBJECT: A MEETING', '', '1. Text.'].join('\n'));
    expect(reason.correctionNote).toBe('PARA 3 TEXT ADDED');
    expect(reason.unparsed).toEqual([]);
  });

  it('covers a caption without a note whole (guard)', () => {
    for (const caption of ['CORRECTED COPY', '- - C O R R E C T E D  C O P Y - -', 'SENSITIVE BUT UNCLASSIFIED -- HANDLE ACCORDINGLY']) {
      const c = parseCable(['UNCLAS LIMA 000918', '', caption, '', 'E.O. 12958: N/A', 'TAGS: PREL PE', 'SUBJECT: A MEETING', '', '1. Text.'].join('\n'));
      expect(c.unparsed, caption).toEqual([]);
    }
  });

  it('keeps a distribution line after a short caption note (guard)', () => {
    const p = read(['C O R R E C T COPY - ADDRESSEES ADDED', 'STATE FOR EUR/WE AND INR']);
    expect(p.distribution).toEqual(['STATE FOR EUR/WE AND INR']);
  });
});

describe('readPreamble: a subject ended on its own line after a blank line (r3d)', () => {
  const HEAD = ['S E C R E T SECTION 01 OF 03 LONDON 004472', '', 'SIPDIS', '', 'E.O. 12958: DECL: 12/01/2017', 'TAGS: PREL UK'];

  it('reads a short upper-case line between the SUBJECT and the next field as the end of the subject', () => {
    const { read: r, firstBody } = readAt([...HEAD, "SUBJECT: SCENESETTER FOR SECRETARY DOE'S DECEMBER 7 VISIT", '', 'TO LONDON', '', 'Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d)', '', '1. (C) Summary: Welcome.'].join('\n'));
    expect(r.preamble.subject).toBe("SCENESETTER FOR SECRETARY DOE'S DECEMBER 7 VISIT TO LONDON");
    expect(r.preamble.classifiedBy?.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(firstBody).toBe('1. (C) Summary: Welcome.');
  });

  it('leaves a line addressing or passing the message to the distribution (era red team 233)', () => {
    for (const line of ['FOR AMBASSADOR FROM THE SECRETARY', 'ROME FOR FODAG', 'PLEASE PASS TO TREASURY']) {
      const { read: r } = readAt([...HEAD, "SUBJECT: SECRETARY'S LETTER TO GERMAN FOREIGN MINISTER ON", 'IRAN SANCTIONS', '', line, '', 'Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d)', '', '1. (S) Please deliver.'].join('\n'));
      expect(r.preamble.subject, line).toBe("SECRETARY'S LETTER TO GERMAN FOREIGN MINISTER ON IRAN SANCTIONS");
      expect(r.preamble.distribution, line).toEqual([line]);
    }
  });

  it('leaves a heading, a paragraph or a line with no field after it to the body (guard)', () => {
    expect(readAt([...HEAD, 'SUBJECT: A VISIT', '', 'SUMMARY', '', '1. (C) Welcome.'].join('\n')).firstBody).toBe('SUMMARY');
    expect(readAt([...HEAD, 'SUBJECT: A VISIT', '', '1. (C) WELCOME', '', 'REF: STATE 1'].join('\n')).firstBody).toBe('1. (C) WELCOME');
    expect(readAt([...HEAD, 'SUBJECT: A VISIT', '', 'The minister said he would come.', '', 'REF: STATE 1'].join('\n')).firstBody).toBe('The minister said he would come.');
  });
});

describe('readPreamble: a classification line with caveats among the fields (r3d)', () => {
  it('reads FGI from a SECRET//FGI//NOFORN//MR line after Classified By; the Declassify on line after it is the statement\'s', () => {
    const { read: r, firstBody } = readAt(
      ['S E C R E T STATE 116943', '', 'NOFORN', '', 'E.O. 12958: DECL: MR', 'TAGS: ASEC', 'SUBJECT: SECURITY DAILY', '', 'Classified By: Derived from Multiple Sources', '', 'SECRET//FGI//NOFORN//MR', 'Declassify on: Source marked 25X1-human', '', '1. (U) Daily report.'].join('\n'),
    );
    expect(r.preamble.classification.caveats).toEqual(['NOFORN', 'FGI']);
    expect(r.preamble.classifiedBy?.name).toBeNull();
    expect(r.preamble.classifiedBy?.text).toBe('Classified By: Derived from Multiple Sources Declassify on: Source marked 25X1-human');
    expect(firstBody).toBe('1. (U) Daily report.');
  });

  it('reads SECRET NOFORN among the handling lines as caveats, not distribution', () => {
    const p = parsePreamble(['S E C R E T SECTION 01 OF 06 CARACAS 000219', '', 'SIPDIS', '', 'SECRET NOFORN', '', 'HQSOUTHCOM ALSO FOR POLAD', '', 'E.O. 12958: DECL: 01/26/2021', 'TAGS: PGOV VE', 'SUBJECT: A MEETING'].join('\n'));
    expect(p.distribution).toEqual(['HQSOUTHCOM ALSO FOR POLAD']);
    expect(p.classification.caveats).toEqual(['NOFORN']);
  });
});

describe('readPreamble: hostile input on the r3d rules', () => {
  it('reads long distribution, REF, caption and subject lines in linear time', () => {
    const words = 'SENSITIVE '.repeat(10000);
    const dist = `STATE FOR ${'A, '.repeat(30000)}`;
    const commas = Array.from({ length: 4000 }, () => 'STATE FOR WHA/BSC, DS/ITA AND').join('\n');
    const ms = msUnder(1000, () => {
      for (const lines of [
        [dist, words],
        [`STATE FOR X ${words}SIPDIS`],
        [commas],
        [`C O R R E C T E D COPY ${'- '.repeat(50000)}`, ...Array.from({ length: 3000 }, () => 'CORRECTED COPY - A B C D E F')],
        ['TAGS: PREL', 'SUBJECT: X', ...Array.from({ length: 5000 }, () => '\nTO LONDON\n'), 'REF: STATE 1'],
        ['TAGS: PREL', 'SUBJECT: X', `REF: STATE 1 ${'SENSITIVE BUT UNCLASSIFIED '.repeat(5000)}- PLEASE PROTECT ACCORDINGLY.`],
        Array.from({ length: 8000 }, (_, k) => (k % 2 === 0 ? '-----' : 'SECRET//FGI//NOFORN//MR')),
      ]) {
        readAt(['UNCLAS SECTION 01 OF 02 LIMA 000123', ...lines].join('\n'));
      }
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('readPreamble: a preamble block printed twice (r4a)', () => {
  const REPEATED = [
    'C O N F I D E N T I A L SECTION 01 OF 02 LIMA 000245',
    '',
    'SIPDIS',
    '',
    'E.O. 12958: DECL: 03/13/2013',
    'TAGS: PE PGOV PHUM',
    'SUBJECT: CARDINAL VISIT DISAPPOINTS',
    '',
    'SIPDIS',
    '',
    'E.O. 12958: DECL: 03/13/2013',
    'TAGS: PE PGOV PHUM',
    'SUBJECT: CARDINAL VISIT DISAPPOINTS',
    '',
    'REF: STATE 31',
    '',
    'Classified By: DCM John Doe for reason 1.4 (b) and (d)',
    '',
    '1. (C) Summary: text.',
  ].join('\n');

  it('keeps one set of tags and one subject; the repeated lines are no unparsed text', () => {
    const { read, firstBody } = readAt(REPEATED);
    expect(read.preamble.tags).toEqual(['PE', 'PGOV', 'PHUM']);
    expect(read.preamble.subject).toBe('CARDINAL VISIT DISAPPOINTS');
    expect(firstBody).toBe('1. (C) Summary: text.');
    const cable = parseCable(REPEATED);
    expect(cable.tags).toEqual(['PE', 'PGOV', 'PHUM']);
    expect(cable.unparsed).toEqual([]);
  });

  it('takes the full subject after a truncated copy, in any case', () => {
    const p = parsePreamble(['UNCLAS LIMA 000160', 'TAGS: PREL ETRD', 'SUBJECT: CHINA AND AFRICA: VIEWS ON TRADE AND', '', 'Tags: prel, etrd', 'Subject: china and africa: views on trade and', 'investment ties'].join('\n'));
    expect(p.subject).toBe('china and africa: views on trade and investment ties');
    expect(p.tags).toEqual(['PREL', 'ETRD']);
  });

  it('adds the new tags of a second TAGS line, and keeps a different subject unread (guard)', () => {
    const p = parsePreamble(['UNCLAS LIMA 000160', 'TAGS: PREL', 'TAGS: PREL ECON', 'SUBJECT: ONE THING', 'SUBJECT: ANOTHER THING'].join('\n'));
    expect(p.tags).toEqual(['PREL', 'ECON']);
    expect(p.subject).toBe('ONE THING');
    expect(parsePreamble(['UNCLAS LIMA 000160', 'TAGS: PREL PREL'].join('\n')).tags).toEqual(['PREL', 'PREL']);
  });
});

describe('readPreamble: REF glued onto the end of the subject (r4b)', () => {
  const HEAD = ['C O N F I D E N T I A L ISLAMABAD 022025', '', 'SIPDIS', '', 'E.O. 12958: DECL: 11/16/2016', 'TAGS: PTER PK'];

  it('starts the REF field at REF: glued to the last word when a reference list follows', () => {
    const text = [...HEAD, 'SUBJECT: MINISTER ON TERROR CASES AND MISSING AMCITREF:', '', '\u00b6A. ISLAMABAD 21222 B. PESHAWAR 653', '', 'Classified By: Ambassador Jane Roe, Reasons 1.4 (b) and (d)', '', '1. (C) Summary: text.'].join('\n');
    const { read, firstBody } = readAt(text);
    expect(read.preamble.subject).toBe('MINISTER ON TERROR CASES AND MISSING AMCIT');
    expect(read.preamble.references.map((r) => [r.label, r.referenceId])).toEqual([
      ['A', '09ISLAMABAD21222'],
      ['B', '09PESHAWAR653'],
    ]);
    expect(read.preamble.classifiedBy?.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(firstBody).toBe('1. (C) Summary: text.');
    const cable = parseCable(text);
    expect(cable.unparsed).toEqual([]);
    expect(cable.paragraphs.map((p) => p.number)).toEqual(['1']);
  });

  it('reads a list on the same line after the glued keyword', () => {
    const p = parsePreamble([...HEAD, 'SUBJECT: TALKS ON TRADEREF: A. STATE 1234 B. STATE 5678'].join('\n'), { year: 2009 });
    expect(p.subject).toBe('TALKS ON TRADE');
    expect(p.references.map((r) => r.referenceId)).toEqual(['09STATE1234', '09STATE5678']);
  });

  it('keeps a word ending in REF: without a reference list after it (guard)', () => {
    const p = parsePreamble([...HEAD, 'SUBJECT: NEW PREF: TALKS GO ON', '', '1. (C) Text.'].join('\n'), { year: 2009 });
    expect(p.subject).toBe('NEW PREF: TALKS GO ON');
    expect(p.references).toEqual([]);
  });

  it('covers a REF keyword alone on its line with the first reference span', () => {
    const cable = parseCable([...HEAD, 'SUBJECT: A VISIT', 'REF:', '', 'A. ISLAMABAD 21222 B. PESHAWAR 653', '', '1. (C) Summary: text.'].join('\n'));
    expect(cable.references).toHaveLength(2);
    expect(cable.unparsed).toEqual([]);
  });
});

describe('readPreamble: distribution entries wrapped (r4a, r4b)', () => {
  const TAIL = ['', 'E.O. 12958: N/A', 'TAGS: PREL ET', 'SUBJECT: A VISIT'];

  it('joins a line opening with a parenthesis to the entry before, also across a blank line', () => {
    const p = parsePreamble(['UNCLAS ADDIS ABABA 003404', '', 'DEPARTMENT FOR ASSISTANT SECRETARIES DOE (AF), ROE', '', '(DRL), AND POE (PRM);', '', 'DEPARTMENT ALSO FOR P: JCASSIDY', ...TAIL].join('\n'));
    expect(p.distribution).toEqual(['DEPARTMENT FOR ASSISTANT SECRETARIES DOE (AF), ROE (DRL), AND POE (PRM);', 'DEPARTMENT ALSO FOR P: JCASSIDY']);
  });

  it('joins a PLEASE PASS line to the line with its addressee', () => {
    const p = parsePreamble(['UNCLAS TRIPOLI 000694', '', 'DEPT FOR NEA/MAG, DRL (JANE ROE).  DEPT', 'PLEASE PASS TO NSC (JOHN DOE) AND OVP (MARY POE).', ...TAIL].join('\n'));
    expect(p.distribution).toEqual(['DEPT FOR NEA/MAG, DRL (JANE ROE). DEPT PLEASE PASS TO NSC (JOHN DOE) AND OVP (MARY POE).']);
  });

  it('keeps a whole entry in parentheses with its own addressee apart (era red team 111)', () => {
    const p = parsePreamble(['UNCLAS TAIPEI 000412', '', 'DEPT FOR EAP/TC; USDA FOR FAS/OCRA', '(DEPT ALSO PASS TO COMMERCE FOR ITA/MAC/TAIWAN)', ...TAIL].join('\n'));
    expect(p.distribution).toEqual(['DEPT FOR EAP/TC; USDA FOR FAS/OCRA', '(DEPT ALSO PASS TO COMMERCE FOR ITA/MAC/TAIWAN)']);
  });

  it('keeps a PASS TO line apart when the line before has its own FOR (era red team 107)', () => {
    const p = parsePreamble(['UNCLAS TOKYO 001198', '', 'DEPT FOR EAP/J, EB/TPP/ATP', 'USDA FOR FAS/ITP AND APHIS', 'PASS TO USTR FOR BEEMAN AND WINTER', ...TAIL].join('\n'));
    expect(p.distribution).toEqual(['DEPT FOR EAP/J, EB/TPP/ATP', 'USDA FOR FAS/ITP AND APHIS', 'PASS TO USTR FOR BEEMAN AND WINTER']);
    const q = parsePreamble(['UNCLAS MANAGUA 001002', '', 'DEPARTMENT FOR WHA/CEN', 'PASS TO USAID FOR AA/LAC', ...TAIL].join('\n'));
    expect(q.distribution).toEqual(['DEPARTMENT FOR WHA/CEN', 'PASS TO USAID FOR AA/LAC']);
  });

  it('keeps a PASS TO or FOR line apart after a line opening with its own FOR (reading audit 4)', () => {
    const p = parsePreamble(['CONFIDENTIAL MADRID 000604', '', 'FOR EUR/WE, NEA, S/GC, INR', 'PASS TO NSC FOR RASMUSSEN, BRADLEY', ...TAIL].join('\n'));
    expect(p.distribution).toEqual(['FOR EUR/WE, NEA, S/GC, INR', 'PASS TO NSC FOR RASMUSSEN, BRADLEY']);
    const q = parsePreamble(['UNCLAS MADRID 000605', '', 'FOR EUR/WE AND EB', 'FOR TREASURY: JDOE', ...TAIL].join('\n'));
    expect(q.distribution).toEqual(['FOR EUR/WE AND EB', 'FOR TREASURY: JDOE']);
  });

  it('joins a FOR line ending on a connector or a title to the line that goes on with it (era red team 118)', () => {
    const title = parsePreamble(['CONFIDENTIAL SANTIAGO 001234', '', 'FOR ASSISTANT SECRETARY', 'FOR INTER-AMERICAN AFFAIRS FROM AMBASSADOR', ...TAIL].join('\n'));
    expect(title.distribution).toEqual(['FOR ASSISTANT SECRETARY FOR INTER-AMERICAN AFFAIRS FROM AMBASSADOR']);
    const passed = parsePreamble(['CONFIDENTIAL SANTIAGO 001235', '', 'FOR INTER-AMERICAN AFFAIRS FROM AMBASSADOR', 'PASS TO NSC FOR JDOE', ...TAIL].join('\n'));
    expect(passed.distribution).toEqual(['FOR INTER-AMERICAN AFFAIRS FROM AMBASSADOR', 'PASS TO NSC FOR JDOE']);
    const named = parsePreamble(['CONFIDENTIAL ANKARA 001236', '', 'FOR AMBASSADOR PERKINS', 'FOR DEPUTY ASSISTANT SECRETARY', 'FOR POLITICAL-MILITARY AFFAIRS', ...TAIL].join('\n'));
    expect(named.distribution).toEqual(['FOR AMBASSADOR PERKINS', 'FOR DEPUTY ASSISTANT SECRETARY FOR POLITICAL-MILITARY AFFAIRS']);
    const please = parsePreamble(['CONFIDENTIAL USNATO 000412', '', 'FOR S/S-O, PLEASE', "PASS TO SECRETARY'S PARTY", ...TAIL].join('\n'));
    expect(please.distribution).toEqual(["FOR S/S-O, PLEASE PASS TO SECRETARY'S PARTY"]);
  });

  it('keeps entries after a blank line apart when the one before ends with a semicolon (guard)', () => {
    const p = parsePreamble(['UNCLAS TOKYO 001441', '', 'DEPT FOR E, P, EB;', '', 'WHITE HOUSE/NSC/NEC; JUSTICE FOR ANTITRUST;', ...TAIL].join('\n'));
    expect(p.distribution).toEqual(['DEPT FOR E, P, EB;', 'WHITE HOUSE/NSC/NEC; JUSTICE FOR ANTITRUST;']);
  });
});

describe('readPreamble: a record pasted before the cable, then its lower-cased preamble (r4a)', () => {
  const TEXT = [
    '<<201778>>',
    '04.10.2009 01:32',
    '09LIMA160',
    'CONFIDENTIAL',
    'TAGS: PREL ETRD PE',
    'SUBJECT: TRADE AND',
    'REF: A) LIMA 80',
    '',
    '',
    'C o n f i d e n t i a l section 01 of 06 lima 000160',
    '',
    'Sipdis',
    '',
    'Dept for wha/and, eb',
    'nsc for doe',
    '',
    'E.o. 12958: decl: 4/9/2024',
    'Tags: prel, etrd, pe',
    'Subject: trade and',
    'investment ties',
    '',
    'Ref: a) lima 80',
    '',
    'CLASSIFIED BY: Jane Roe, Pol/Econ Chief.',
    'REASON: 1.4 (b), (d)',
    '',
    '1. (C) Summary: text.',
  ].join('\n');

  it('reads the spaced mixed-case banner and the lower-case fields after it', () => {
    const { read, firstBody } = readAt(TEXT);
    const p = read.preamble;
    expect(p.classification.level).toBe('CONFIDENTIAL');
    expect(p.section).toEqual({ number: 1, total: 6 });
    expect(p.post).toBe('LIMA');
    expect(p.serial).toBe('000160');
    expect(p.distribution).toEqual(['Dept for wha/and, eb', 'nsc for doe']);
    expect(p.executiveOrder?.declassify).toEqual({ kind: 'date', date: '2024-04-09' });
    expect(p.tags).toEqual(['PREL', 'ETRD', 'PE']);
    expect(p.subject).toBe('trade and investment ties');
    expect(p.references.map((r) => r.referenceId)).toEqual(['09LIMA80']);
    expect(p.classifiedBy?.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(firstBody).toBe('1. (C) Summary: text.');
  });

  it('leaves a later SECTION 02 banner in the preamble a transmission line (guard)', () => {
    const { read } = readAt(['TAGS: PREL', 'SUBJECT: A VISIT', 'UNCLAS SECTION 02 OF 03 LIMA 000160', 'REF: STATE 1'].join('\n'));
    expect(read.hasBanner).toBe(false);
    expect(read.preamble.section).toBeNull();
  });
});

describe('readPreamble: hostile input on the r4 rules', () => {
  it('reads repeated blocks, glued REF keywords and wrapped distribution lines in linear time', () => {
    const ms = msUnder(1000, () => {
      readAt(['UNCLAS LIMA 000123', ...Array.from({ length: 3000 }, () => 'TAGS: PREL ECON\nSUBJECT: A VISIT TO\nE.O. 12958: N/A')].join('\n'));
      readAt(['UNCLAS LIMA 000123', `SUBJECT: ${'AREF:'.repeat(30000)}`, '', 'A. STATE 1'].join('\n'));
      readAt(['UNCLAS LIMA 000123', ...Array.from({ length: 1500 }, () => 'STATE FOR X, Y\n\n(DRL), AND\nPLEASE PASS TO NSC')].join('\n'));
      readAt(['TAGS: PREL', ...Array.from({ length: 3000 }, () => 'UNCLAS SECTION 01 OF 02 LIMA 000123\nTAGS: PREL')].join('\n'));
      readAt(['UNCLAS LIMA 000123', ...Array.from({ length: 5000 }, (_, k) => `TAGS: T${k} PREL`)].join('\n'));
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('readPreamble: a Classified By statement printed twice (r4a)', () => {
  it('takes the full statement after a copy cut with "..."; the same statement again is a transmission line', () => {
    const cut = ['S E C R E T LIMA 000287', '', 'E.O. 12958: DECL: 01/05/2017', 'TAGS: PREL PE', 'SUBJECT: A DEBATE', '', 'Classified By: Ambassador Jane Roe for reason...', '', 'SUBJECT: A DEBATE Classified By: Ambassador Jane Roe for reasons 1.4 (b), (d)', '', '1. (C) Summary: text.'].join('\n');
    const p = parsePreamble(cut);
    expect(p.classifiedBy?.text).toBe('Classified By: Ambassador Jane Roe for reasons 1.4 (b), (d)');
    expect(p.classifiedBy?.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(parseCable(cut).unparsed).toEqual([]);
    const twice = ['S E C R E T LIMA 000287', '', 'TAGS: PREL PE', 'SUBJECT: A DEBATE', 'Classified By: Ambassador Jane Roe for reasons 1.4 (b), (d)', '', 'Classified By: Ambassador Jane Roe for reasons 1.4 (b), (d)', '', '1. (C) Summary: text.'].join('\n');
    expect(parseCable(twice).unparsed).toEqual([]);
  });
});

describe('readPreamble: REF lines that give no reference (s5e)', () => {
  const textsOf = (text: string, spans: readonly { start: number; end: number }[]): string[] => spans.map((s) => text.slice(s.start, s.end));

  it('makes the REF list of a preamble printed again with the same list a transmission line, not unparsed text', () => {
    const text = [
      'UNCLAS RIGA 000612',
      '',
      'E.O. 12958: N/A',
      'TAGS: ECON EFIN LG',
      'SUBJECT: BANKS AND LENDERS',
      '',
      'REFS: (A) RIGA 0512, (B) Riga 0207',
      '',
      'UNCLAS RIGA 000612 E.O. 12958: N/A TAGS: ECON EFIN LG',
      'SUBJECT: BANKS AND LENDERS REFS: (A) RIGA 0512, (B) Riga 0207',
      '',
      '1. Summary: The banks are small.',
    ].join('\n');
    const { read } = readAt(text);
    expect(read.preamble.references.map((r) => r.referenceId)).toEqual(['09RIGA512', '09RIGA207']);
    // The first list is the copy: its line is a transmission line; the one reflowed onto SUBJECT gives the references.
    expect(textsOf(text, read.spans.transmission)).toContain('REFS: (A) RIGA 0512, (B) Riga 0207');
    const reflowed = text.lastIndexOf('REFS:');
    expect(read.spans.references.map((s) => s.start)).toEqual([reflowed, reflowed]);
    expect(read.spans.transmission.map((s) => s.start)).toContain(text.indexOf('REFS:'));
  });

  it('makes `REF: NONE` a transmission line with no reference', () => {
    for (const line of ['REF: NONE', 'Ref: None.', 'REF: N/A']) {
      const text = ['UNCLAS TBILISI 000233', '', 'E.O. 12958: N/A', 'TAGS: MARR GG', 'SUBJECT: A LETTER OF REQUEST', '', line, '', '1. THE OFFICE RECEIVED A LETTER.'].join('\n');
      const c = parseCable(text);
      expect(c.references).toEqual([]);
      expect(textsOf(text, c.spans.transmission)).toContain(line);
      expect(c.unparsed).toEqual([]);
      expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
    }
  });

  it('still reads a REF line that cites something after NONE-like words (guard)', () => {
    const c = parseCable(['UNCLAS STATE 000001', 'TAGS: PREL', 'SUBJECT: X', 'REF: NONE OTHER THAN STATE 1234', '', '1. Text.'].join('\n'));
    expect(c.references.map((r) => r.text).join(' ')).toContain('STATE 1234');
  });

  it('reads long and many REF lines that cite nothing in linear time', () => {
    const long = `REF: ${'NONE '.repeat(40000)}`;
    const many = Array.from({ length: 20000 }, () => 'REF: NONE').join('\n');
    const copies = Array.from({ length: 5000 }, () => 'REF: A. STATE 1234 B. STATE 5678').join('\n\n');
    const ms = msUnder(1000, () => {
      for (const body of [long, many, copies]) readAt(['UNCLAS STATE 000001', 'TAGS: PREL', 'SUBJECT: X', body].join('\n'));
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('readPreamble: a portion marking closing a REF line (flattened copy)', () => {
  const HEAD = ['UNCLAS OSLO 000214 SENSITIVE SIPDIS E.O. 12958: N/A TAGS: PREL NO'];

  it('ends the REF field at the marking; the body starts there, its text on the next line', () => {
    const { read, firstBody } = readAt([...HEAD, 'SUBJECT: NORWEGIAN VIEWS ON THE MINISTERIAL REF: STATE 4321 (SBU) ', 'Poloff met the desk officer on May 2. She had no instructions yet.', 'ROE'].join('\n'));
    expect(read.preamble.subject).toBe('NORWEGIAN VIEWS ON THE MINISTERIAL');
    expect(read.preamble.references.map((r) => r.text)).toEqual(['STATE 4321']);
    expect(firstBody).toBe('(SBU) ');
    const c = parseCable([...HEAD, 'SUBJECT: NORWEGIAN VIEWS ON THE MINISTERIAL REF: STATE 4321 (SBU) ', 'Poloff met the desk officer on May 2. She had no instructions yet.', '', 'ROE'].join('\n'));
    expect(c.paragraphs.map((p) => [p.marking, p.text])).toEqual([['SBU', 'Poloff met the desk officer on May 2. She had no instructions yet.']]);
  });

  it('keeps a REF list whose last label closes the line, and a field after the marking (guard)', () => {
    const list = readAt([...HEAD, 'SUBJECT: A MEETING', 'REF: (A) STATE 11 (B) STATE 22 (C)', 'Rome 33', '', '1. (U) Text.'].join('\n'));
    expect(list.read.preamble.references.map((r) => r.label)).toEqual(['A', 'B', 'C']);
    expect(list.firstBody).toBe('1. (U) Text.');
    const field = readAt([...HEAD, 'SUBJECT: A MEETING', 'REF: STATE 11 (C)', 'Classified By: Ambassador Jane Roe, reasons 1.4 (b) and (d)', '', '1. (C) Text.'].join('\n'));
    expect(field.read.preamble.classifiedBy?.name).toBe('Jane Roe');
    expect(field.firstBody).toBe('1. (C) Text.');
    const upper = readAt([...HEAD, 'SUBJECT: A MEETING', 'REF: STATE 11 (SBU)', 'STATE 22', '', '1. (U) Text.'].join('\n'));
    expect(upper.firstBody).toBe('1. (U) Text.');
  });

  it('ends the subject at a sensitivity note under it (no blank line between)', () => {
    const { read, firstBody } = readAt(['UNCLAS THE HAGUE 000735', 'E.O. 12958: N/A', 'TAGS: PREL NL', 'SUBJECT: DUTCH REACTION TO THE REPORT', 'THIS CABLE IS SENSITIVE BUT UNCLASSIFIED. PLEASE HANDLE', 'ACCORDINGLY.', '1. (SBU) Text.'].join('\n'));
    expect(read.preamble.subject).toBe('DUTCH REACTION TO THE REPORT');
    expect(firstBody).toBe('THIS CABLE IS SENSITIVE BUT UNCLASSIFIED. PLEASE HANDLE');
  });

  it('reads many REF lines closed by markings in linear time', () => {
    const lines = Array.from({ length: 20_000 }, (_, k) => (k % 2 === 0 ? 'A) STATE 1 (B) STATE 2 (C)' : 'STATE 3 (SBU)'));
    const ms = msUnder(1000, () => {
      readAt([...HEAD, 'SUBJECT: X', 'REF: STATE 9', ...lines, 'Text follows.'].join('\n'));
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('readPreamble: a CORRECTED COPY caption with slashes (r5)', () => {
  it('reads the caption as handling, not distribution', () => {
    const p = parsePreamble(['S E C R E T SECTION 01 OF 02 LIMA 000918', '', 'C O R R E C T E D COPY//SUBJECT LINE//////////////////', '', 'NOFORN', 'SIPDIS', '', 'E.O. 12958: DECL: 07/09/2018', 'TAGS: PREL PE', 'SUBJECT: A MEETING'].join('\n'));
    expect(p.distribution).toEqual([]);
    expect(p.classification.caveats).toEqual(['CORRECTED COPY', 'NOFORN']);
  });

  it('keeps a distribution line with slashes after a caption (guard)', () => {
    const p = parsePreamble(['C O N F I D E N T I A L LIMA 000918', '', 'CORRECTED COPY//TEXT//', 'STATE FOR WHA/AND//INR', '', 'E.O. 12958: DECL: 07/09/2018', 'TAGS: PREL PE', 'SUBJECT: A MEETING'].join('\n'));
    expect(p.distribution).toEqual(['STATE FOR WHA/AND//INR']);
    expect(p.classification.caveats).toEqual(['CORRECTED COPY']);
  });
});

describe('readPreamble: an office name wrapped before its colon (r5)', () => {
  const HEAD = ['UNCLAS SECTION 01 OF 04 LIMA 001219', '', 'SIPDIS', ''];
  const TAIL = ['', 'E.O. 12958: N/A', 'TAGS: SENV PE', 'SUBJECT: A NEWSLETTER'];
  const distribution = (lines: string[]): string[] => parsePreamble([...HEAD, ...lines, ...TAIL].join('\n')).distribution;

  it('joins the rest of the office name to the long line it wrapped from', () => {
    const lines = ['USGS FOR INTERNATIONAL: J ROE', 'INTERIOR FOR FISH AND WILDLIFE: JDOE EPA FOR INTERNATIONAL: MARY POE USDA FOR ARS/INTERNATIONAL', 'RESEARCH: R ROE NSF FOR INTERNATIONAL: JOHN DOE'];
    // The long line also holds several lines of the cable's list (r15): one entry each.
    expect(distribution(lines)).toEqual([
      'USGS FOR INTERNATIONAL: J ROE',
      'INTERIOR FOR FISH AND WILDLIFE: JDOE',
      'EPA FOR INTERNATIONAL: MARY POE',
      'USDA FOR ARS/INTERNATIONAL RESEARCH: R ROE',
      'NSF FOR INTERNATIONAL: JOHN DOE',
    ]);
  });

  it('keeps an entry apart after a long line without names, a closed name, or a line opening with an agency (guard)', () => {
    const noNames = ['STATE FOR EAP/MLS, EAP/RSP, INR/EAP AND EAP/CM USDA FOR FAS/OA', 'CBP/INA: JROE'];
    expect(distribution(noNames)).toEqual(noNames);
    // (Each long line is also cut into the entries reflowed onto it, r15; the last line stays apart.)
    const closed = ['INTERIOR FOR FISH AND WILDLIFE: JDOE EPA FOR INTERNATIONAL: MARY POE', 'USGS/INTL: J ROE'];
    expect(distribution(closed)).toEqual(['INTERIOR FOR FISH AND WILDLIFE: JDOE', 'EPA FOR INTERNATIONAL: MARY POE', 'USGS/INTL: J ROE']);
    const agency = ['INTERIOR FOR FISH AND WILDLIFE: JDOE EPA FOR INTERNATIONAL: MARY POE USDA FOR FAS', 'TREASURY: JOHN DOE'];
    expect(distribution(agency)).toEqual(['INTERIOR FOR FISH AND WILDLIFE: JDOE', 'EPA FOR INTERNATIONAL: MARY POE', 'USDA FOR FAS', 'TREASURY: JOHN DOE']);
  });

  it('reads many wrapped office lines in linear time', () => {
    const line = `${'EPA FOR INTERNATIONAL: JROE '.repeat(20)}USDA FOR ARS/INTL`;
    const ms = msUnder(1000, () => {
      parsePreamble([...HEAD, ...Array.from({ length: 3000 }, () => `${line}\nRESEARCH: X ${'FOR '.repeat(30)}`), ...TAIL].join('\n'));
      parsePreamble([...HEAD, `${' FOR A: B'.repeat(20000)} FOR X`, `R: ${':'.repeat(60000)}`, ...TAIL].join('\n'));
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('readPreamble: a distribution line wrapped at FOR (r6)', () => {
  const HEAD = ['C O N F I D E N T I A L ROME 000812', '', 'SIPDIS', ''];
  const TAIL = ['', 'E.O. 12958: DECL: 10/17/2018', 'TAGS: EFIN IT', 'SUBJECT: A MEETING'];
  const distribution = (lines: string[]): string[] => parsePreamble([...HEAD, ...lines, ...TAIL].join('\n')).distribution;

  it('joins a line ending with FOR to the office on the next line', () => {
    expect(distribution(['PARIS FOR TREASURY ATTACHE JOHN ROE; STATE FOR', 'EUR/WE; ENERGY FOR JANE DOE'])).toEqual(['PARIS FOR TREASURY ATTACHE JOHN ROE; STATE FOR EUR/WE; ENERGY FOR JANE DOE']);
  });

  it('joins a line opening with FOR to the addressee ending the line before', () => {
    expect(distribution(['LONDON FOR ROE; BERLIN FOR DOE; VIENNA', 'FOR POE AND LOE; BERN FOR MOE'])).toEqual(['LONDON FOR ROE; BERLIN FOR DOE; VIENNA FOR POE AND LOE; BERN FOR MOE']);
  });

  it('keeps a line opening with FOR apart after a complete addressee (guard)', () => {
    expect(distribution(['EUCOM ALSO FOR POLAD', 'FOR J5 ROE'])).toEqual(['EUCOM ALSO FOR POLAD', 'FOR J5 ROE']);
    expect(distribution(['INTERIOR FOR INT AFFAIRS: K ROE', 'FOR NPS: J DOE'])).toEqual(['INTERIOR FOR INT AFFAIRS: K ROE', 'FOR NPS: J DOE']);
  });

  it('reads many lines ending or opening with FOR in linear time', () => {
    const ms = msUnder(1000, () => {
      parsePreamble([...HEAD, ...Array.from({ length: 5000 }, () => `${'X; '.repeat(20)}STATE FOR\nFOR ${'Y'.repeat(50)}`), ...TAIL].join('\n'));
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('readPreamble: REF lines opening with two labels (r6)', () => {
  it('reads the list on after a blank line; nothing of it goes to the body', () => {
    const { read, firstBody } = readAt([
      'C O N F I D E N T I A L ROME 002030',
      '',
      'SIPDIS',
      '',
      'E.O. 12958: DECL: 08/28/2016',
      'TAGS: PHUM UNHRC',
      'SUBJECT: INSIDE THE COUNCIL',
      '',
      'REF: A. A. ROME 1954 B. STATE 130904',
      '',
      '     \u00b6B. C. STATE 130145 D. ROME 1675',
      '     \u00b6C. E. ROME 1673',
      '',
      'Classified By: PolCouns Jane Roe. Reason: E.O. 12958 1.4 (d)',
      '',
      '1. (C) The council met.',
    ].join('\n'));
    expect(read.preamble.references.map((r) => `${r.label} ${r.text}`)).toEqual(['A ROME 1954', 'B STATE 130904', 'C STATE 130145', 'D ROME 1675', 'E ROME 1673']);
    expect(read.preamble.classifiedBy?.name).toBe('Jane Roe');
    expect(firstBody).toBe('1. (C) The council met.');
  });

  it('does not take a lettered body paragraph with an out-of-sequence second label (guard)', () => {
    const { read, firstBody } = readAt(['UNCLAS ROME 000001', 'TAGS: PREL', 'SUBJECT: X', 'REF: A. STATE 1 B. STATE 2', '', 'D. C. The minister said the talks went well.'].join('\n'));
    expect(read.preamble.references.map((r) => r.label)).toEqual(['A', 'B']);
    expect(firstBody).toBe('D. C. The minister said the talks went well.');
  });
});

describe('the subject portion marking', () => {
  const preamble = (subject: string): ReturnType<typeof parsePreamble> => parsePreamble(['S E C R E T LONDON 004328', '', 'E.O. 12958: DECL: 11/07/2017', 'TAGS: PREL IR UK', subject].join('\n'));

  it('is kept apart from the subject: (C/NF), (SBU), (U)', () => {
    expect([preamble('SUBJECT: (C/NF) UK SHARES U.S. GOALS ON IRAN'), preamble('SUBJECT: (SBU) A VISIT'), preamble('Subject: (U) A visit')].map((p) => [p.subjectMarking, p.subject])).toEqual([
      ['C/NF', 'UK SHARES U.S. GOALS ON IRAN'],
      ['SBU', 'A VISIT'],
      ['U', 'A visit'],
    ]);
  });

  it('is null without one, and for parentheses that are no marking (guard)', () => {
    expect([preamble('SUBJECT: A VISIT'), preamble('SUBJECT: (UPDATED) A VISIT')].map((p) => [p.subjectMarking, p.subject])).toEqual([
      [null, 'A VISIT'],
      [null, '(UPDATED) A VISIT'],
    ]);
  });
});

describe('a page cut short in the preamble (r16)', () => {
  it('reads the ellipsis line where the archive cut the text as transmission, not distribution', () => {
    const text = ['C O N F I D E N T I A L KABUL 003934', '', 'SIPDIS', '', 'STATE FOR SCA/A', '...'].join('\n');
    const p = parsePreamble(text);
    expect(p.distribution).toEqual(['STATE FOR SCA/A']);
  });
});

describe('a message series number after the banner serial (era red team 20)', () => {
  it('keeps TOSEC 040122 on the classification line, out of the distribution', () => {
    const p = parsePreamble('S E C R E T STATE 037118 TOSEC 040122\nNODIS\nE.O. 11652: GDS\nTAGS: PFOR, US\nSUBJECT: MESSAGE FROM SCOWCROFT\n\nFOR THE SECRETARY FROM SCOWCROFT');
    expect(p.post).toBe('STATE');
    expect(p.serial).toBe('037118');
    expect(p.distribution).not.toContain('TOSEC 040122');
  });
});

describe('a telegram with no fields and an unnumbered body (era red team 134)', () => {
  const telegram = (...body: string[]): string =>
    ['R 121530Z MAR 68', 'FM AMEMBASSY VIENNA', 'TO SECSTATE WASHDC 4512', 'BT', 'C O N F I D E N T I A L VIENNA 2231', '', ...body, 'MACARTHUR', 'BT'].join('\n');

  it('starts the body at the first line of prose: no distribution, subject or references made of its text', () => {
    const c = parseCable(telegram('THE FOREIGN MINISTER TOLD THE AMBASSADOR TODAY THAT AUSTRIA WILL', 'NOT OBJECT TO THE PROPOSED CONFERENCE SITE.', '', 'SUBJECT TO APPROVAL BY THE COUNCIL OF MINISTERS MARCH 12, THE', 'DELEGATION WILL BE LED BY THE STATE SECRETARY.', '', 'REFTEL (LIMITED OFFICIAL USE) ASKED FOR THE AUSTRIAN POSITION.'));
    expect(c.distribution).toEqual([]);
    expect(c.subject).toBeNull();
    expect(c.references).toEqual([]);
    expect(c.paragraphs.map((p) => p.number)).toEqual([null, null, null]);
    expect(c.paragraphs[1]?.text).toBe('SUBJECT TO APPROVAL BY THE COUNCIL OF MINISTERS MARCH 12, THE DELEGATION WILL BE LED BY THE STATE SECRETARY.');
    expect(c.signer).toBe('MACARTHUR');
  });

  it('keeps addressing lines and wrapped distribution lists, and finds a body that says FOR or starts with a title (era red teams 135, 136)', () => {
    const c = parseCable(
      telegram(
        'FOR AMBASSADOR BUNKER AND GENERAL WESTMORELAND FROM THE SECRETARY OF',
        'STATE AND THE SECRETARY OF DEFENSE',
        'DEPT FOR EA/VN, EA/P, INR/REA, S/S-O, S/P, AID/VN, USIA/IOP, JCS, CIA,',
        'NSA, WHITE HOUSE STAFF, TREASURY, COMMERCE AND USDA/FAS',
        '',
        'WEEKLY PRESS ROUNDUP',
        '',
        'THE FOREIGN MINISTER ASKED FOR A MEETING WITH THE AMBASSADOR ON',
        'MONDAY TO DISCUSS THE CONFERENCE.',
      ),
    );
    expect(c.distribution).toEqual([
      'FOR AMBASSADOR BUNKER AND GENERAL WESTMORELAND FROM THE SECRETARY OF STATE AND THE SECRETARY OF DEFENSE',
      'DEPT FOR EA/VN, EA/P, INR/REA, S/S-O, S/P, AID/VN, USIA/IOP, JCS, CIA, NSA, WHITE HOUSE STAFF, TREASURY, COMMERCE AND USDA/FAS',
    ]);
    expect(c.paragraphs.map((p) => p.text).join(' | ')).toContain('THE FOREIGN MINISTER ASKED FOR A MEETING');
    expect(c.body).toContain('WEEKLY PRESS ROUNDUP');
  });

  it('keeps addressees of several words before FOR, captions, and prose right under a short entry apart (era red team 137)', () => {
    const c = parseCable(telegram('LONDON AND PARIS FOR AFRICA WATCHERS', 'RIO DE JANEIRO FOR CONGEN', 'LITERALLY EYES ONLY FOR THE SECRETARY AND UNDER SECRETARY FROM LODGE', 'DEPT PASS TO AID', 'PRESIDENT KAUNDA CALLED IN THE AMBASSADOR THIS MORNING TO ASK FOR', 'MAIZE.'));
    expect(c.distribution).toEqual(['LONDON AND PARIS FOR AFRICA WATCHERS', 'RIO DE JANEIRO FOR CONGEN', 'LITERALLY EYES ONLY FOR THE SECRETARY AND UNDER SECRETARY FROM LODGE', 'DEPT PASS TO AID']);
    expect(c.paragraphs.map((p) => p.text)).toEqual(['PRESIDENT KAUNDA CALLED IN THE AMBASSADOR THIS MORNING TO ASK FOR MAIZE.']);
    expect(c.signer).toBe('MACARTHUR');
  });

  it('reads a long distribution block as the preamble when its fields stand far below (era red team 137)', () => {
    const entries = Array.from({ length: 20 }, (_, k) => (k === 3 ? "N'DJAMENA, ABUJA, ASMARA AND TRIPOLI FOR POL/ECON SECTIONS" : `POST${k} FOR POL/ECON`));
    const c = parseCable(['C O N F I D E N T I A L KHARTOUM 001234', '', 'SIPDIS', '', ...entries.slice(0, 3), '', ...entries.slice(3), '', 'E.O. 12958: DECL: 10/01/2017', 'TAGS: PREL, SU', 'SUBJECT: DARFUR TALKS', '', '1. (C) The talks opened.'].join('\n'));
    expect(c.distribution).toHaveLength(20);
    expect(c.subject).toBe('DARFUR TALKS');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
  });

  it('reads a telegram-style sentence with FOR or PASS as text, and a mixed-case addressing line over odd fields as the preamble (era red team 139)', () => {
    const sentence = parseCable(telegram('KENYATTA GOVERNMENT FOR FIRST TIME PUBLICLY ASKED TANZANIA AND', 'UGANDA YESTERDAY TO JOIN IN A COMMON POSITION.', '', 'EMBASSY SHOULD ALSO PASS FOLLOWING VIEWS TO THE FOREIGN OFFICE', 'AT AN EARLY OPPORTUNITY.'));
    expect(sentence.distribution).toEqual([]);
    expect(sentence.paragraphs).toHaveLength(2);
    const modern = parseCable(['C O N F I D E N T I A L CARACAS 001234', '', 'For Ambassador Whitcombe from the Deputy Assistant Secretary for Andean Affairs', '', 'EO 12958 DECL: 05/01/2016', 'TAGS PREL, PGOV, VE', 'SUBJECT - VENEZUELA: ASSEMBLY VOTE', '', '1. (C) The assembly voted.'].join('\n'));
    expect(modern.distribution).toEqual(['For Ambassador Whitcombe from the Deputy Assistant Secretary for Andean Affairs']);
    expect(modern.subject).toBe('VENEZUELA: ASSEMBLY VOTE');
    expect(modern.paragraphs.map((p) => p.number)).toEqual(['1']);
  });

  it('takes no SUBJECT of a document quoted in the body for the preamble\'s (era red team 135)', () => {
    const c = parseCable(telegram('THE CHANCELLOR HANDED ME THE FOLLOWING MEMORANDUM THIS AFTERNOON. BEGIN TEXT:', '', 'MEMORANDUM FOR THE AMERICAN AMBASSADOR', 'SUBJECT: OFFSET NEGOTIATIONS', '', 'THE FEDERAL GOVERNMENT CANNOT MEET THE FULL FIGURE. END TEXT.'));
    expect(c.subject).toBeNull();
    expect(c.body).toContain('SUBJECT: OFFSET NEGOTIATIONS');
  });

  it('still reads distribution lines before its text, and lines before fields that follow (guards)', () => {
    const c = parseCable(telegram('DEPT PASS TREASURY AND COMMERCE FOR THE ASSISTANT SECRETARIES', '', 'THE FOREIGN MINISTER TOLD THE AMBASSADOR TODAY THAT AUSTRIA WILL', 'NOT OBJECT TO THE PROPOSED CONFERENCE SITE.'));
    expect(c.distribution).toEqual(['DEPT PASS TREASURY AND COMMERCE FOR THE ASSISTANT SECRETARIES']);
    expect(c.paragraphs.map((p) => p.text)).toEqual(['THE FOREIGN MINISTER TOLD THE AMBASSADOR TODAY THAT AUSTRIA WILL NOT OBJECT TO THE PROPOSED CONFERENCE SITE.']);
    const glued = parseCable(['S E C R E T SANAA 002766', '', 'NOFORNE.O. 12958: DECL: 08/20/2015 TAGS: KDEM PGOV PREL YM DOMESTIC POLITICS', '', '1. (C) Summary. The president spoke.'].join('\n'));
    expect(glued.tags).toEqual(['KDEM', 'PGOV', 'PREL', 'YM', 'DOMESTIC', 'POLITICS']);
  });
});

describe('a banner without its serial ends on the post (era red team 380, session 28)', () => {
  const text = (banner: string): string => [banner, '', 'E.O. 12356: N/A', 'TAGS: PREL, KE', 'SUBJECT: TEST', '', '1. THE TEXT.', '', 'SMITH'].join('\n');

  it('reads the post after the level or the section', () => {
    const sectioned = parseCable(text('LIMITED OFFICIAL USE SECTION 01 OF 02 NAIROBI'));
    expect([sectioned.post, sectioned.serial, sectioned.section]).toEqual(['NAIROBI', null, { number: 1, total: 2 }]);
    const bare = parseCable(text('CONFIDENTIAL NEW DELHI'));
    expect([bare.classification.level, bare.post, bare.serial]).toEqual(['CONFIDENTIAL', 'NEW DELHI', null]);
    expect(bare.paragraphs.map((p) => p.text)).toEqual(['THE TEXT.']);
  });

  it('guard: caption words, a handling word or a service mark after the level are no post', () => {
    expect(parseCable(text('SECRET EYES ONLY')).post).toBeNull();
    expect(parseCable(text('SECRET NODIS')).post).toBeNull();
    expect(parseCable(text('SECRET NODIS')).classification.caveats).toEqual(['NODIS']);
    expect(parseCable(text('UNCLAS SVC')).post).toBeNull();
  });
});
