/**
 * The preamble (docs/cable-format.md section 3; fixtures/README.md conventions).
 * All preambles are synthetic.
 */

import { describe, expect, it } from 'vitest';
import { parsePreamble } from '../src/preamble/preamble.js';
import { parseCable } from '../src/index.js';

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
      'C O N F I D E N T I A L SAN JOSE 000456',
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

describe('parsePreamble: a handling caption with an instruction', () => {
  it.each(['SENSITIVE BUT UNCLASSIFIED -- HANDLE ACCORDINGLY', 'SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY.', 'Sensitive but unclassified - handle accordingly.'])(
    'reads %s as handling, and the REF after it',
    (caption) => {
      const p = parsePreamble(['UNCLAS PARIS 000789', 'SIPDIS', 'E.O. 12958: N/A', 'TAGS: PREL FR', 'SUBJECT: FRANCE: A TEST SUBJECT', '', caption, '', 'REF: PARIS 1817', '', '1. (SBU) Text.'].join('\n'), {
        year: 2007,
      });
      expect(p.classification.caveats).toEqual(['SENSITIVE BUT UNCLASSIFIED']);
      expect(p.references.map((r) => r.referenceId)).toEqual(['07PARIS1817']);
    },
  );

  it('does not read a sentence that only starts with a caveat word as handling', () => {
    const p = parsePreamble(['UNCLAS PARIS 000789', 'TAGS: PREL FR', 'SUBJECT: A TEST', '', 'Sensitive issues remain.', '', 'REF: PARIS 1817'].join('\n'), { year: 2007 });
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
