import { describe, expect, it } from 'vitest';
import type { Reference } from '../src/model/cable.js';
import { continuesNumberedReferences, parseReferences, referenceBodyStart } from '../src/preamble/references.js';
import { msUnder } from './timing.js';

function cable(label: string | null, text: string, referenceId: string | null): Reference {
  return { label, text, kind: 'cable', referenceId };
}

describe('parseReferences: keywords and single references', () => {
  it.each([
    ['REF: 09 Astana 02139', '09 Astana 02139', '09ASTANA2139'],
    ['REFS: 09 STATE 125262', '09 STATE 125262', '09STATE125262'],
    ['REFTEL:  STATE 06703', 'STATE 06703', '10STATE6703'],
    ['REF(S): STATE 6668', 'STATE 6668', '10STATE6668'],
    ['REFTELS: STATE 6668', 'STATE 6668', '10STATE6668'],
    ['REFTEL 09 SECSTATE 114836', '09 SECSTATE 114836', '09STATE114836'],
    ['STATE 6668', 'STATE 6668', '10STATE6668'],
    ['Ref: khartoum 00378', 'khartoum 00378', '10KHARTOUM378'],
    ['REF: 2007 VLADIVOSTOK 095', '2007 VLADIVOSTOK 095', '07VLADIVOSTOK95'],
    ['REF: 09BAMAKO280', '09BAMAKO280', '09BAMAKO280'],
  ])('%j', (input, text, id) => {
    expect(parseReferences(input, { year: 2010 })).toEqual([cable(null, text, id)]);
  });

  it('takes the year from the text, else context.year, else context.referenceId', () => {
    expect(parseReferences('REF: STATE 6668', { year: 2010 })[0]?.referenceId).toBe('10STATE6668');
    expect(parseReferences('REF: STATE 6668', { year: 10 })[0]?.referenceId).toBe('10STATE6668');
    expect(parseReferences('REF: STATE 6668', { referenceId: '10ASTANA259' })[0]?.referenceId).toBe('10STATE6668');
    expect(parseReferences('REF: 09 STATE 6668', { year: 2010 })[0]?.referenceId).toBe('09STATE6668');
  });

  it('keeps kind cable with a null id when no year is known', () => {
    expect(parseReferences('REF: STATE 6668')).toEqual([cable(null, 'STATE 6668', null)]);
  });

  it('joins multi-word stations and resolves aliases', () => {
    const refs = parseReferences(
      'REF: A. USUN NEW YORK 123 B. RIO DE JANEIRO 45 C. SECSTATE 7 D. THE HAGUE 01903 E. PORT-AU-PRINCE 99',
      { year: 2009 },
    );
    expect(refs.map((r) => r.referenceId)).toEqual([
      '09USUNNEWYORK123',
      '09RIODEJANEIRO45',
      '09STATE7',
      '09THEHAGUE1903',
      '09PORTAUPRINCE99',
    ]);
  });

  it('gives no reference for REF: NONE or an empty block', () => {
    expect(parseReferences('REF: NONE')).toEqual([]);
    expect(parseReferences('REF:')).toEqual([]);
    expect(parseReferences('')).toEqual([]);
  });
});

describe('parseReferences: lettered lists', () => {
  it('reads A) / B) on separate lines', () => {
    expect(parseReferences('REF: A) 09 STATE 125262\n B) STATE 6668', { year: 2010 })).toEqual([
      cable('A', '09 STATE 125262', '09STATE125262'),
      cable('B', 'STATE 6668', '10STATE6668'),
    ]);
  });

  it('reads ;-separated items over lines', () => {
    expect(parseReferences('REF: A) Astana 0368;\n B) Astana 0165;\n C) Astana 1206', { year: 2009 })).toEqual([
      cable('A', 'Astana 0368', '09ASTANA368'),
      cable('B', 'Astana 0165', '09ASTANA165'),
      cable('C', 'Astana 1206', '09ASTANA1206'),
    ]);
  });

  it('reads A. and B. on one line', () => {
    expect(parseReferences('REF:  A. SECSTATE 74879 B. RIYADH 43', { year: 2008 })).toEqual([
      cable('A', 'SECSTATE 74879', '08STATE74879'),
      cable('B', 'RIYADH 43', '08RIYADH43'),
    ]);
  });

  it('reads (A) labels', () => {
    expect(parseReferences('REFS: (A) 03 Brasilia 3939 (B) BRASILIA 12', { year: 2004 })).toEqual([
      cable('A', '03 Brasilia 3939', '03BRASILIA3939'),
      cable('B', 'BRASILIA 12', '04BRASILIA12'),
    ]);
  });

  it('reads REF A: / REF B: labels', () => {
    expect(parseReferences('REF A: GENEVA 2373; REF B: GENEVA 2355', { year: 2007 })).toEqual([
      cable('A', 'GENEVA 2373', '07GENEVA2373'),
      cable('B', 'GENEVA 2355', '07GENEVA2355'),
    ]);
  });

  it('upper-cases lower-case labels and reads labels glued to the text', () => {
    expect(parseReferences('Ref: a) vienna 350 b)vienna 309', { year: 2006 })).toEqual([
      cable('A', 'vienna 350', '06VIENNA350'),
      cable('B', 'vienna 309', '06VIENNA309'),
    ]);
  });

  it('reads a label glued to the serial before it', () => {
    expect(parseReferences('REF: A. STATE 021770B. STATE 039585', { year: 2005 })).toEqual([
      cable('A', 'STATE 021770', '05STATE21770'),
      cable('B', 'STATE 039585', '05STATE39585'),
    ]);
  });

  it('ignores a label written twice', () => {
    expect(parseReferences('REF: A. A) LIMA 1 B. B. LIMA 2', { year: 2005 })).toEqual([
      cable('A', 'LIMA 1', '05LIMA1'),
      cable('B', 'LIMA 2', '05LIMA2'),
    ]);
  });

  it('does not read initials or out-of-sequence letters as labels', () => {
    const refs = parseReferences('REF: A. STATE 1 B. EMAILS FROM M. SMITH', { year: 2005 });
    expect(refs).toEqual([
      cable('A', 'STATE 1', '05STATE1'),
      { label: 'B', text: 'EMAILS FROM M. SMITH', kind: 'email', referenceId: null },
    ]);
  });

  it('splits LIMA 123 AND 456 into two references with the same label', () => {
    expect(parseReferences('REF: A. LIMA 123 AND 456', { year: 2005 })).toEqual([
      cable('A', 'LIMA 123', '05LIMA123'),
      cable('A', '456', '05LIMA456'),
    ]);
  });

  it('keeps paragraphs counted after a cable in its reference, not as more serials (era red team 235)', () => {
    expect(parseReferences('REF: A. 07 STATE 152118, PARAS 4 AND 5 B. 06 NOUAKCHOTT 1188', { year: 2008 })).toEqual([
      cable('A', '07 STATE 152118, PARAS 4 AND 5', '07STATE152118'),
      cable('B', '06 NOUAKCHOTT 1188', '06NOUAKCHOTT1188'),
    ]);
    expect(parseReferences('REF: STATE 4466, PARA 3 AND TABLE 1', { year: 2005 }).map((r) => r.referenceId)).toEqual(['05STATE4466']);
    // (Guard: a cable after a count is a reference of its own.)
    expect(parseReferences('REF: STATE 123 PARA 4, PARIS 567', { year: 2005 }).map((r) => r.referenceId)).toEqual(['05STATE123', '05PARIS567']);
  });

  it('gives the cables of labels joined by AND to the labels in order (A. AND B. PARIS 4321 AND 4388)', () => {
    expect(parseReferences('REF: A. AND B. PARIS 4321 AND 4388 C. STATE 77', { year: 2009 })).toEqual([
      cable('A', 'PARIS 4321', '09PARIS4321'),
      cable('B', '4388', '09PARIS4388'),
      cable('C', 'STATE 77', '09STATE77'),
    ]);
    // One cable for two labels: the labels cannot be told apart, the cable keeps the second.
    expect(parseReferences('REF: A) AND B) ROME 12', { year: 2009 })).toEqual([cable('B', 'ROME 12', '09ROME12')]);
  });

  it('reads letters with a hyphen as labels (A- STATE 112233 B- PARIS 14321), in sequence only (era red team 14)', () => {
    expect(parseReferences('REF: A- STATE 112233 B- PARIS 14321 AND 14388\n     C- USNATO 2456 (NOTAL)', { year: 1976 })).toEqual([
      cable('A', 'STATE 112233', '76STATE112233'),
      cable('B', 'PARIS 14321', '76PARIS14321'),
      cable('B', '14388', '76PARIS14388'),
      cable('C', 'USNATO 2456 (NOTAL)', '76USNATO2456'),
    ]);
    // Out of sequence: text, not a label.
    expect(parseReferences('REF: STATE 1234 AND ANNEX C- 5', { year: 1976 }).map((r) => r.label)).toEqual([null]);
  });

  it('reads a letter before a hyphen set off by spaces, and one glued to a station, as labels (era red team 219)', () => {
    const spaced = parseReferences('REF: A - ROME 7012\n     B - STATE 101234 (NOTAL)\n     C - MEMCON HARTMAN/SEGRE, APRIL 22, 1976', { year: 1976 });
    expect(spaced.map((r) => [r.label, r.referenceId, r.kind])).toEqual([
      ['A', '76ROME7012', 'cable'],
      ['B', '76STATE101234', 'cable'],
      ['C', null, 'memcon'],
    ]);
    expect(parseReferences('REF: A-ROME 7012 B-STATE 101234', { year: 1976 }).map((r) => [r.label, r.referenceId])).toEqual([
      ['A', '76ROME7012'],
      ['B', '76STATE101234'],
    ]);
    // A dash inside an item's text is no label.
    expect(parseReferences('REF: STATE 1234 - NOTAL', { year: 1976 }).map((r) => r.label)).toEqual([null]);
  });

  it('splits comma and & lists and keeps annotations with their cable', () => {
    expect(parseReferences('REF: HAVANA 500 & 511, MADRID 0113 (NOTAL)', { year: 2006 })).toEqual([
      cable(null, 'HAVANA 500', '06HAVANA500'),
      cable(null, '511', '06HAVANA511'),
      cable(null, 'MADRID 0113 (NOTAL)', '06MADRID113'),
    ]);
    expect(parseReferences('REF: (A) BRASILIA 888 AND PREVIOUS; (B) SAO PAULO 449', { year: 2005 })).toEqual([
      cable('A', 'BRASILIA 888 AND PREVIOUS', '05BRASILIA888'),
      cable('B', 'SAO PAULO 449', '05SAOPAULO449'),
    ]);
  });

  it('splits cables that follow each other without separator', () => {
    expect(parseReferences('REF: 09 HANOI 1182 09 HANOI 1084; 08 HANOI 3', { year: 2010 })).toEqual([
      cable(null, '09 HANOI 1182', '09HANOI1182'),
      cable(null, '09 HANOI 1084', '09HANOI1084'),
      cable(null, '08 HANOI 3', '08HANOI3'),
    ]);
  });

  it('joins a reference wrapped over two lines', () => {
    expect(parseReferences('REF: A) BAKU 508 B) 2008 BAKU\n1018', { year: 2009 })).toEqual([
      cable('A', 'BAKU 508', '09BAKU508'),
      cable('B', '2008 BAKU 1018', '08BAKU1018'),
    ]);
  });
});

describe('parseReferences: other documents', () => {
  it('keeps a non-cable reference as text', () => {
    expect(parseReferences('REF: OSCE DAILY DIGEST 02/22/10', { year: 2010 })).toEqual([
      { label: null, text: 'OSCE DAILY DIGEST 02/22/10', kind: 'other', referenceId: null },
    ]);
  });

  it('classifies e-mails, telcons, memcons, reports and manuals', () => {
    const refs = parseReferences(
      'REF: A. 9 FAM 41.31 B. TD-314/00123-10 C. SMITH-JONES TELCON 5/5 D. MEMCON OF 3/3 E. DOE E-MAIL 2/5 F. JONES EMAIL',
      { year: 2010 },
    );
    expect(refs.map((r) => [r.label, r.text, r.kind, r.referenceId])).toEqual([
      ['A', '9 FAM 41.31', 'manual', null],
      ['B', 'TD-314/00123-10', 'report', null],
      ['C', 'SMITH-JONES TELCON 5/5', 'telcon', null],
      ['D', 'MEMCON OF 3/3', 'memcon', null],
      ['E', 'DOE E-MAIL 2/5', 'email', null],
      ['F', 'JONES EMAIL', 'email', null],
    ]);
  });

  it('does not read dates or document words as cables', () => {
    const refs = parseReferences('REF: A. 06 STATE 92781 07 JUN 2006 B. DAILY REPORT 5 C. 2005 MINSK', { year: 2007 });
    expect(refs).toEqual([
      cable('A', '06 STATE 92781 07 JUN 2006', '06STATE92781'),
      { label: 'B', text: 'DAILY REPORT 5', kind: 'report', referenceId: null },
      { label: 'C', text: '2005 MINSK', kind: 'other', referenceId: null },
    ]);
  });

  it('splits an unlabelled document of another kind on the next line', () => {
    expect(parseReferences('REF: PANAMA 829; BOGOTA 3483\nSMITH-JONES E-MAILS', { year: 2009 })).toEqual([
      cable(null, 'PANAMA 829', '09PANAMA829'),
      cable(null, 'BOGOTA 3483', '09BOGOTA3483'),
      { label: null, text: 'SMITH-JONES E-MAILS', kind: 'email', referenceId: null },
    ]);
  });
});

describe('parseReferences: end of the block', () => {
  it('stops at a blank line followed by body text', () => {
    expect(parseReferences('REF: A) 09 STATE 1\n B) STATE 2\n\nOn February 19, Emboff delivered', { year: 2010 })).toEqual([
      cable('A', '09 STATE 1', '09STATE1'),
      cable('B', 'STATE 2', '10STATE2'),
    ]);
  });

  it('goes on after a blank line with the next label', () => {
    expect(parseReferences('REF: (A) SECSTATE 155973\n\n(B) SAN JOSE 1549', { year: 2005 })).toEqual([
      cable('A', 'SECSTATE 155973', '05STATE155973'),
      cable('B', 'SAN JOSE 1549', '05SANJOSE1549'),
    ]);
  });

  it('does not take a portion marking after a blank line for a label', () => {
    expect(parseReferences('REF: STATE 21640\n\n(C) Charge delivered the points', { year: 2008 })).toEqual([
      cable(null, 'STATE 21640', '08STATE21640'),
    ]);
  });

  it('stops at Classified By, on the next line or reflowed onto the same line', () => {
    expect(parseReferences('REF: STATE 74896  Classified By: Ambassador X for reasons 1.4 (b)', { year: 2008 })).toEqual([
      cable(null, 'STATE 74896', '08STATE74896'),
    ]);
    expect(parseReferences('REF: ZAGREB 815\n\nClassified By: Ambassador X', { year: 2008 })).toEqual([
      cable(null, 'ZAGREB 815', '08ZAGREB815'),
    ]);
  });

  it('skips a page marker line inside the block and stops at a paragraph', () => {
    const text = 'REF: A) ACCRA 2517\nACCRA 00001437  001.2 OF 002\nB) ACCRA 1437\n1.  (C) Summary';
    expect(parseReferences(text, { year: 2009 })).toEqual([
      cable('A', 'ACCRA 2517', '09ACCRA2517'),
      cable('B', 'ACCRA 1437', '09ACCRA1437'),
    ]);
  });

  it('cuts at a page marker reflowed into the line', () => {
    expect(parseReferences('REF: A) TRIPOLI 158 B) TRIPOLI 411  TRIPOLI 00000467  001.2 OF 003   1. (C) Summary', { year: 2009 })).toEqual([
      cable('A', 'TRIPOLI 158', '09TRIPOLI158'),
      cable('B', 'TRIPOLI 411', '09TRIPOLI411'),
    ]);
  });

  it('drops the backslashes some archives put at line ends', () => {
    expect(parseReferences('REF: A. BERN 1593 \\\n B. BERN 12 \\', { year: 2006 })).toEqual([
      cable('A', 'BERN 1593', '06BERN1593'),
      cable('B', 'BERN 12', '06BERN12'),
    ]);
  });
});

describe('parseReferences: junk', () => {
  it('does not throw and returns on junk input', () => {
    expect(parseReferences('')).toEqual([]);
    expect(Array.isArray(parseReferences('((((('))).toBe(true);
    expect(Array.isArray(parseReferences('REF: A) '.repeat(100_000), { year: 2010 }))).toBe(true);
    expect(Array.isArray(parseReferences('LIMA 1 AND '.repeat(20_000), { year: 2010 }))).toBe(true);
    expect(Array.isArray(parseReferences('A-'.repeat(50_000)))).toBe(true);
    expect(Array.isArray(parseReferences('\n\n'.repeat(50_000)))).toBe(true);
  });
});

describe('referenceBodyStart: the body reflowed onto a REF line', () => {
  it('starts the body at a paragraph after a page marker, and reports the marker', () => {
    const line = 'REF: 09 State 124006  LONDON 00000092  001.3 OF 012   1.  In response to reftel, ...';
    const found = referenceBodyStart(line);
    expect(found && line.slice(found.body)).toBe('1.  In response to reftel, ...');
    expect(found?.marker && line.slice(found.marker.start, found.marker.end)).toBe('LONDON 00000092  001.3 OF 012');
  });

  it('starts the body at a marked paragraph or at paragraph 1 after two spaces', () => {
    const marked = 'REF: STATE 1234 1. (C) Summary: the text';
    expect(marked.slice(referenceBodyStart(marked)?.body)).toBe('1. (C) Summary: the text');
    const plain = 'REF: STATE 40380   1.  In response to reftel, ...';
    expect(plain.slice(referenceBodyStart(plain)?.body)).toBe('1.  In response to reftel, ...');
  });

  it('starts no body where the list goes on, the marker ends the line, or only the keyword precedes', () => {
    expect(referenceBodyStart('REF A) STATE 11 B) STATE 22  STATE 00016219 001.2 OF 005 C) STATE 33')).toBeNull();
    expect(referenceBodyStart('REF: A. STATE 11  LONDON 00000092  001.3 OF 012')).toBeNull();
    expect(referenceBodyStart('REF:   1. (C) The text')).toBeNull();
    expect(referenceBodyStart('REF: A. STATE 11, PARA 1. B. STATE 22')).toBeNull();
  });
});

describe('parseReferences: a year misplaced inside a station name', () => {
  it('reads SAO 06 PAULO 1038 as one cable of 2006', () => {
    expect(parseReferences('REF: (A) BRASILIA 149; (B) SAO PAULO 10; (C) SAO 06 PAULO 1038', { year: 2007 })).toEqual([
      cable('A', 'BRASILIA 149', '07BRASILIA149'),
      cable('B', 'SAO PAULO 10', '07SAOPAULO10'),
      cable('C', 'SAO 06 PAULO 1038', '06SAOPAULO1038'),
    ]);
    expect(parseReferences('REF: A) RIO DE 76 JANEIRO 1122', { year: 1977 })).toEqual([cable('A', 'RIO DE 76 JANEIRO 1122', '76RIODEJANEIRO1122')]);
  });

  it('keeps two cables when the number cannot be a recent year or the cables are on two lines (guard)', () => {
    // `12` after the citing year 2007, or no year known: a two-digit serial, then the next cable.
    expect(parseReferences('REF: STATE 12 PARIS 1234', { year: 2007 }).map((r) => r.referenceId)).toEqual(['07STATE12', '07PARIS1234']);
    expect(parseReferences('REF: STATE 06 PARIS 1234').map((r) => r.text)).toEqual(['STATE 06', 'PARIS 1234']);
    expect(parseReferences('REF: STATE 06\nPARIS 1234', { year: 2007 }).map((r) => r.referenceId)).toEqual(['07STATE6', '07PARIS1234']);
    // A written year stays the year: `09 HANOI 12 HANOI 1084`.
    expect(parseReferences('REF: 09 HANOI 12 HANOI 1084', { year: 2009 }).map((r) => r.referenceId)).toEqual(['09HANOI12', '09HANOI1084']);
  });

  it('reads many such pieces in linear time', () => {
    const ms = msUnder(1000, () => {
      parseReferences(`REF: ${'SAO 06 PAULO 1038 '.repeat(10000)}`, { year: 2007 });
      parseReferences(`REF: ${'A 06 B 06 '.repeat(20000)}`, { year: 2007 });
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('parseReferences: a page marker inside a reflowed list (r4a)', () => {
  it('skips the marker and reads the list on after it', () => {
    const refs = parseReferences('REF A) LONDON 002351 B) STATE 90303 STATE 00001234 001.2 OF 005 C) STATE 7877 D) SINGAPORE 00083 E) UNSCR 1737 COMMITTEE NOTICE- 24 JULY 2009', { year: 2010 });
    expect(refs.map((r) => r.label)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(refs[2]).toEqual(cable('C', 'STATE 7877', '10STATE7877'));
    expect(refs[3]).toEqual(cable('D', 'SINGAPORE 00083', '10SINGAPORE83'));
    expect(refs[4]?.kind).toBe('other');
    expect(refs[1]?.text).toBe('STATE 90303');
  });

  it('still ends the list at a marker followed by a paragraph or by nothing (guard)', () => {
    expect(parseReferences('REF: STATE 1234 LONDON 00000092  001.3 OF 012   1.  In response to reftel', { year: 2010 })).toEqual([cable(null, 'STATE 1234', '10STATE1234')]);
    expect(parseReferences('REF: STATE 1234 LONDON 00000092  001.3 OF 012', { year: 2010 })).toEqual([cable(null, 'STATE 1234', '10STATE1234')]);
  });

  it('reads many markers in one line in linear time', () => {
    const ms = msUnder(1000, () => {
      const refs = parseReferences(`REF: ${'A) STATE 1 LIMA 00000123 001.2 OF 005 '.repeat(4000)}`, { year: 2010 });
      expect(refs.length).toBeGreaterThan(0);
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('parseReferences: a page anchor before a list label (r4b)', () => {
  it('reads ¶A. STATE 1234 as reference A, also after a blank line', () => {
    expect(parseReferences('REF:\n\n\u00b6A. ISLAMABAD 21222 B. PESHAWAR 653', { year: 2006 })).toEqual([
      cable('A', 'ISLAMABAD 21222', '06ISLAMABAD21222'),
      cable('B', 'PESHAWAR 653', '06PESHAWAR653'),
    ]);
    expect(parseReferences('REF: \u00b6A. STATE 1 \u00b6B. STATE 2', { year: 2006 }).map((r) => r.referenceId)).toEqual(['06STATE1', '06STATE2']);
  });

  it('still ends the list at a ¶1. paragraph (guard)', () => {
    expect(parseReferences('REF: STATE 1234\n\u00b61. (C) Summary: text.', { year: 2006 })).toEqual([cable(null, 'STATE 1234', '06STATE1234')]);
  });
});

describe('parseReferences: the year of a date written after the reference (r6)', () => {
  it('takes the year of a day-month-year date, a DTG or a month-day-year date', () => {
    expect(parseReferences('REF: A. 04 STATE 111 02 MAR 2004\n     B. STATE 222 14 OCT 2008\n     C. LIMA 333 3 JAN 07', { year: 2010 }).map((r) => r.referenceId)).toEqual([
      '04STATE111',
      '08STATE222',
      '07LIMA333',
    ]);
    expect(parseReferences('REF: STATE 4455 (DTG 121530Z FEB 06)', { year: 2009 })[0]?.referenceId).toBe('06STATE4455');
    expect(parseReferences('REF: ROME 77 DATED SEPTEMBER 4, 2007', { year: 2009 })).toEqual([cable(null, 'ROME 77 DATED SEPTEMBER 4, 2007', '07ROME77')]);
    expect(parseReferences('REF: ROME 78 05MAY08', { year: 2009 })[0]?.referenceId).toBe('08ROME78');
  });

  it('keeps a written year prefix, and the citing year when no full date follows (guard)', () => {
    // The prefix is the cable's own year; a date without year, a page or a paragraph number is no date.
    expect(parseReferences('REF: 06 STATE 92 07 JUN 2005', { year: 2010 })[0]?.referenceId).toBe('06STATE92');
    expect(parseReferences('REF: STATE 123 OF 24 SEP', { year: 2010 })[0]?.referenceId).toBe('10STATE123');
    expect(parseReferences('REF: STATE 124 PARA 24 SEP 2009', { year: 2010 })[0]?.referenceId).toBe('10STATE124');
    expect(parseReferences('REF: STATE 125 24 SEP 2009/10', { year: 2010 })[0]?.referenceId).toBe('10STATE125');
    expect(parseReferences('REF: A. STATE 126 B. LIMA 5 12 MAY 2008', { year: 2010 }).map((r) => r.referenceId)).toEqual(['10STATE126', '08LIMA5']);
  });

  it('reads many dated references in linear time', () => {
    const ms = msUnder(1000, () => {
      parseReferences(`REF: ${'STATE 1 24 SEP 2009 DTD ( 121530Z '.repeat(8000)}`, { year: 2010 });
      parseReferences(`REF: ${'LIMA 2 ( ( 3 '.repeat(15000)}`, { year: 2010 });
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('parseReferences: a line opening with two labels (r6)', () => {
  it('reads the list on at the second label, also after a blank line', () => {
    const block = 'REF: A. A. ROME 1954 B. STATE 130904\n\n     \u00b6B. C. STATE 130145 D. ROME 1675\n     \u00b6C. E. ROME 1673';
    expect(parseReferences(block, { year: 2006 })).toEqual([
      cable('A', 'ROME 1954', '06ROME1954'),
      cable('B', 'STATE 130904', '06STATE130904'),
      cable('C', 'STATE 130145', '06STATE130145'),
      cable('D', 'ROME 1675', '06ROME1675'),
      cable('E', 'ROME 1673', '06ROME1673'),
    ]);
  });

  it('keeps an in-sequence label followed by an initial, and ends at out-of-sequence labels (guard)', () => {
    // `C. J. SMITH EMAIL`: C is the next label, `J.` an initial.
    const refs = parseReferences('REF: A. STATE 1\n B. STATE 2\n C. J. SMITH EMAIL', { year: 2006 });
    expect(refs.map((r) => [r.label, r.text, r.kind])).toEqual([['A', 'STATE 1', 'cable'], ['B', 'STATE 2', 'cable'], ['C', 'J. SMITH EMAIL', 'email']]);
    // Two labels neither of which is the next one: the blank line ends the list.
    expect(parseReferences('REF: A. STATE 1 B. STATE 2\n\nD. E. The minister said', { year: 2006 }).map((r) => r.label)).toEqual(['A', 'B']);
  });
});

describe('parseReferences: a labelled item that is only a serial (r8)', () => {
  it('takes the station and written year of the cable right before it', () => {
    expect(parseReferences('REF: A) MADRAS 00211   B)  00215   C)  MADRAS 00230', { year: 2006 })).toEqual([
      cable('A', 'MADRAS 00211', '06MADRAS211'),
      cable('B', '00215', '06MADRAS215'),
      cable('C', 'MADRAS 00230', '06MADRAS230'),
    ]);
    expect(parseReferences('REF: A. 05 LIMA 4410\n     B. 4415', { year: 2006 }).map((r) => r.referenceId)).toEqual(['05LIMA4410', '05LIMA4415']);
  });

  it('stays a bare document without a cable right before it, or with more than the serial (guard)', () => {
    expect(parseReferences('REF: A) 00215 B) LIMA 12', { year: 2006 }).map((r) => [r.kind, r.referenceId])).toEqual([['other', null], ['cable', '06LIMA12']]);
    expect(parseReferences('REF: A) LIMA 12 B) SMITH EMAIL C) 4415', { year: 2006 }).map((r) => r.referenceId)).toEqual(['06LIMA12', null, null]);
    expect(parseReferences('REF: A) LIMA 12 B) 4415 PAGES', { year: 2006 }).map((r) => r.referenceId)).toEqual(['06LIMA12', null]);
  });

  it('reads many bare serial items in linear time', () => {
    const ms = msUnder(1000, () => {
      const refs = parseReferences(`REF: A) LIMA 1 ${'B) 2 '.repeat(30000)}`, { year: 2010 });
      expect(refs.length).toBeGreaterThan(1);
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('parseReferences: serial before the post', () => {
  it('reads `00821 ASMARA` as a cable of the citing post', () => {
    expect(parseReferences('REF: A. A) 00821 ASMARA\n\nB. B) 00838 ASMARA', { referenceId: '07ASMARA850' })).toEqual([
      cable('A', '00821 ASMARA', '07ASMARA821'),
      cable('B', '00838 ASMARA', '07ASMARA838'),
    ]);
  });

  it('leaves a serial before another word, or a year before the post, as it was (guard)', () => {
    expect(parseReferences('REF: A) 00821 PARIS', { referenceId: '07ASMARA850' })[0]?.kind).toBe('other');
    expect(parseReferences('REF: A) 2005 ASMARA', { referenceId: '07ASMARA850' })[0]?.kind).toBe('other');
  });
});

describe('parseReferences: a numbered list', () => {
  const ids = (text: string): Array<[string | null, string | null]> => parseReferences(text, { year: 1986 }).map((r) => [r.label, r.referenceId]);

  it('reads `1. ... 2. ...` on one line as two labelled cables', () => {
    expect(ids('REF: 1. MANILA 4410 2. STATE 48120')).toEqual([['1', '86MANILA4410'], ['2', '86STATE48120']]);
    expect(ids('REFS:  1. 85 MANILA 31775  2. STATE 48120  3. CEBU 12')).toEqual([['1', '85MANILA31775'], ['2', '86STATE48120'], ['3', '86CEBU12']]);
  });

  it('reads one numbered item per line', () => {
    expect(ids('REF: 1. MANILA 4410\n     2. STATE 48120')).toEqual([['1', '86MANILA4410'], ['2', '86STATE48120']]);
    expect(ids('REF: 1. MANILA 4410\n     2. STATE 48120\n     3. TOKYO 902')).toEqual([['1', '86MANILA4410'], ['2', '86STATE48120'], ['3', '86TOKYO902']]);
  });

  it('a dated item keeps its date as text', () => {
    const refs = parseReferences('REF: 1. 12 MAY 86 LETTER FROM THE MINISTER 2. STATE 1234', { year: 1986 });
    expect(refs.map((r) => [r.label, r.text, r.kind])).toEqual([['1', '12 MAY 86 LETTER FROM THE MINISTER', 'other'], ['2', 'STATE 1234', 'cable']]);
  });

  it('guard: a number with a period inside one reference splits nothing', () => {
    expect(ids('REF: STATE 12345. THIS IS THE TEXT OF 2. ITEMS')).toEqual([[null, '86STATE12345']]);
    expect(ids('REF: STATE 1234 OF MAY 1. 1986')).toEqual([[null, '86STATE1234']]);
    expect(ids('REF: 1. STATE 1234 PARA 2. 2. LIMA 44')).toEqual([['1', '86STATE1234'], ['2', '86LIMA44']]);
    // A lettered list's paragraph number is no label; `(1)` lists take `(2)`, not `2.`.
    expect(ids('REF: A. STATE 1234 B. LIMA 22 PARA 2. C. ROME 4')).toEqual([['A', '86STATE1234'], ['B', '86LIMA22'], ['C', '86ROME4']]);
    expect(ids('REF: (1) STATE 1234 2. LIMA 4').map((r) => r[0])).toEqual(['1']);
  });

  it('guard: a numbered line after the list that is a paragraph, or after a blank line, ends the block', () => {
    expect(ids('REF: 1. MANILA 4410\n2. (C) THE TEXT')).toEqual([['1', '86MANILA4410']]);
    expect(ids('REF: 1. MANILA 4410\n\n2. THE TEXT GOES ON')).toEqual([['1', '86MANILA4410']]);
    expect(ids('REF: STATE 1234\n2. STATE 5')).toEqual([[null, '86STATE1234']]);
  });

  it('continuesNumberedReferences: the next number of a numbered REF list, for the preamble reader', () => {
    expect(continuesNumberedReferences(['REF: 1. MANILA 4410'], '     2. STATE 48120')).toBe(true);
    expect(continuesNumberedReferences(['REF: 1. MANILA 4410', '     2. STATE 48120'], '     3. TOKYO 902')).toBe(true);
    expect(continuesNumberedReferences(['REF: 1. MANILA 4410'], '2. (C) THE TEXT')).toBe(false);
    expect(continuesNumberedReferences(['REF: 1. MANILA 4410'], '3. STATE 48120')).toBe(false);
    expect(continuesNumberedReferences(['REF: A. MANILA 4410'], '2. STATE 48120')).toBe(false);
  });

  it('reads numbered lists in linear time', () => {
    const ms = msUnder(1000, () => {
      parseReferences(`REF: ${Array.from({ length: 20000 }, (_, k) => `${(k % 99) + 1}. STATE ${k + 1}`).join(' ')}`, { year: 1986 });
      parseReferences(`REF: 1. ${'1. 2. 3. '.repeat(20000)}`, { year: 1986 });
      parseReferences(`REF: 1. STATE 1\n${'     2. STATE 2\n'.repeat(10000)}`, { year: 1986 });
      continuesNumberedReferences([`REF: 1. ${'2. 1. '.repeat(30000)}`], '3. STATE 4');
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('parseReferences: a serial of the year before', () => {
  // Serials restart on 1 January and grow through the year; no station sends more than about 1000 a day.
  it('gives a serial too large for the citing cable\'s day of the year the year before', () => {
    expect(parseReferences('REF: STATE 130969 (NOTAL)', { year: 2010, date: '2010-01-04' })[0]?.referenceId).toBe('09STATE130969');
    expect(parseReferences('REF: STATE 145633', { year: 2008, date: '2008-01-04T22:01' })[0]?.referenceId).toBe('07STATE145633');
    // A two-digit context year and a year 2000 cable: `00` -> `99`.
    expect(parseReferences('REF: STATE 200000', { year: 2000, date: '2000-01-10' })[0]?.referenceId).toBe('99STATE200000');
  });

  it('keeps a large serial late in the year, and a small one early in the year, in the citing cable\'s year', () => {
    expect(parseReferences('REF: STATE 130969', { year: 2010, date: '2010-11-20' })[0]?.referenceId).toBe('10STATE130969');
    expect(parseReferences('REF: STATE 1554', { year: 2010, date: '2010-01-04' })[0]?.referenceId).toBe('10STATE1554');
    // Within the margin of a week: 9000 on 4 January may be the Department's.
    expect(parseReferences('REF: STATE 9000', { year: 2010, date: '2010-01-04' })[0]?.referenceId).toBe('10STATE9000');
  });

  it('gives a post\'s serial the year before at the rate posts sent from 2000 on, and keeps older posts\' higher rate (era red team 213)', () => {
    // Sanaa could not have sent 2,301 cables by 6 January 2010 (13 days at 120 a day is 1,560).
    expect(parseReferences('REF: SANAA 2301', { year: 2010, date: '2010-01-06' })[0]?.referenceId).toBe('09SANAA2301');
    expect(parseReferences('REF: SANAA 1301', { year: 2010, date: '2010-01-06' })[0]?.referenceId).toBe('10SANAA1301');
    // Bangkok sent 31,177 by July 1989 (about 160 a day).
    expect(parseReferences('REF: BANGKOK 31177', { year: 1989, date: '1989-07-06' })[0]?.referenceId).toBe('89BANGKOK31177');
  });

  it('gives a serial of the citing cable\'s own post larger than its own serial the year before', () => {
    const context = { year: 2010, referenceId: '10FARAWAY91', date: '2010-02-12' };
    const refs = parseReferences('REF: FARAWAY 526, FARAWAY 13, OTHERTOWN 794', context);
    expect(refs.map((r) => r.referenceId)).toEqual(['09FARAWAY526', '10FARAWAY13', '10OTHERTOWN794']);
    // Without a date too; the station as written in the reference (`RIO DE JANEIRO`) is compared canonical.
    expect(parseReferences('REF: A) RIO DE JANEIRO 1345 B) 90', { year: 2010, referenceId: '10RIODEJANEIRO102' }).map((r) => r.referenceId)).toEqual([
      '09RIODEJANEIRO1345',
      '10RIODEJANEIRO90',
    ]);
  });

  it('compares no serial with the citing cable\'s own under BRUSSELS, where the Embassy and USEU file apart (era red team 146)', () => {
    const context = { year: 2004, referenceId: '04BRUSSELS4471', date: '2004-11-19' };
    const refs = parseReferences('REF: A. USEU BRUSSELS 4402 B. BRUSSELS 5120', context);
    expect(refs.map((r) => r.referenceId)).toEqual(['04BRUSSELS4402', '04BRUSSELS5120']);
  });

  it('moves only a year taken from the citing cable, and only one year back', () => {
    const context = { year: 2010, referenceId: '10FARAWAY5', date: '2010-01-04' };
    expect(parseReferences('REF: 10 STATE 130969', context)[0]?.referenceId).toBe('10STATE130969');
    expect(parseReferences('REF: 08 FARAWAY 1234', context)[0]?.referenceId).toBe('08FARAWAY1234');
    expect(parseReferences('REF: STATE 130969 DATED JANUARY 2, 2010', context)[0]?.referenceId).toBe('10STATE130969');
    expect(parseReferences('REF: STATE 999999', context)[0]?.referenceId).toBe('09STATE999999');
  });

  it('ignores a date of another year or a malformed date', () => {
    expect(parseReferences('REF: STATE 130969', { year: 2010, date: '2009-12-31' })[0]?.referenceId).toBe('10STATE130969');
    expect(parseReferences('REF: STATE 130969', { year: 2010, date: '2010-13-04' })[0]?.referenceId).toBe('10STATE130969');
    expect(parseReferences('REF: STATE 130969', { year: 2010, date: '4 JAN 2010' })[0]?.referenceId).toBe('10STATE130969');
  });

  it('reads many references with a date in linear time', () => {
    const ms = msUnder(1000, () => {
      parseReferences(`REF: ${'STATE 130969, FARAWAY 777, '.repeat(8000)}`, { year: 2010, referenceId: '10FARAWAY5', date: '2010-01-04' });
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('parseReferences: DEPTEL and EMBTEL', () => {
  it('reads DEPTEL as a Department telegram, EMBTEL as one of the citing embassy', () => {
    const refs = parseReferences('REF: (A) DEPTEL 181220; (B) EMBTEL 4102', { year: 1972, referenceId: '72NAIROBI4200' });
    expect(refs.map((r) => [r.label, r.kind, r.referenceId])).toEqual([
      ['A', 'cable', '72STATE181220'],
      ['B', 'cable', '72NAIROBI4102'],
    ]);
    // The embassy's own serials only grow in a year: one larger than the citing cable's is of the year before.
    expect(parseReferences('REF: EMBTEL 5102', { year: 1972, referenceId: '72NAIROBI4200' })[0]?.referenceId).toBe('71NAIROBI5102');
  });

  it('reads the plural and circular forms: DEPTELS, DEPCIRTEL, CIRTEL, EMBTELS (era red team 123)', () => {
    const refs = parseReferences('REFS: A) DEPTELS 58812 AND 59034; B) EMBTELS 4207', { year: 1966, referenceId: '66BANGKOK4300' });
    expect(refs.map((r) => r.referenceId)).toEqual(['66STATE58812', '66STATE59034', '66BANGKOK4207']);
    expect(parseReferences('REF: DEPCIRTEL 4412', { year: 1968, referenceId: '68RIODEJANEIRO5000' })[0]?.referenceId).toBe('68STATE4412');
    expect(parseReferences('REF: CIRTEL 4412', { year: 1968, referenceId: '68RIODEJANEIRO5000' })[0]?.referenceId).toBe('68STATE4412');
  });

  it('splits off a redacted item after a comma, with no id (era red team 125)', () => {
    const refs = parseReferences('REF: ISLAMABAD 301, XXXXXXXXXXX', { year: 2010, referenceId: '10ISLAMABAD400' });
    expect(refs.map((r) => [r.text, r.referenceId])).toEqual([
      ['ISLAMABAD 301', '10ISLAMABAD301'],
      ['XXXXXXXXXXX', null],
    ]);
  });

  it('reads labels glued to their items (era red team 125)', () => {
    const refs = parseReferences('REF: A.XXXXXXXXXXXX B.TRIPOLI 588', { year: 2009, referenceId: '09TRIPOLI600' });
    expect(refs.map((r) => [r.label, r.text, r.referenceId])).toEqual([
      ['A', 'XXXXXXXXXXXX', null],
      ['B', 'TRIPOLI 588', '09TRIPOLI588'],
    ]);
    // (Guard: initials are no label.)
    expect(parseReferences('REF: U.S. EMBASSY NOTE 12', { year: 2009 }).map((r) => r.label)).toEqual([null]);
  });

  it('reads labels glued to a year or to a station in mixed case (era red team 129)', () => {
    const year = parseReferences('REF: A.TRIPOLI 588 B.XXXXXXXXXXXX C.09 STATE 71204 D.XXXXXXXXXXXX (EMAIL)', { year: 2009, referenceId: '09TRIPOLI600' });
    expect(year.map((r) => [r.label, r.referenceId])).toEqual([
      ['A', '09TRIPOLI588'],
      ['B', null],
      ['C', '09STATE71204'],
      ['D', null],
    ]);
    const mixed = parseReferences('Ref: A.Rabat 402 B.XXXXXXXXXXXX C.State 61220', { year: 2009, referenceId: '09RABAT410' });
    expect(mixed.map((r) => [r.label, r.referenceId])).toEqual([
      ['A', '09RABAT402'],
      ['B', null],
      ['C', '09STATE61220'],
    ]);
    // (Guard: initials before a name are no label: `A.Smith` has no serial after it.)
    expect(parseReferences('REF: E-MAIL FROM A.Smith OF MARCH 3', { year: 2009 }).map((r) => r.label)).toEqual([null]);
  });

  it('reads a label glued to a year before a station in two words (era red team 152)', () => {
    const refs = parseReferences('REF: A. CIUDAD JUAREZ 55 B. MEXICO 3012 C.08 CIUDAD JUAREZ 410', { year: 2009, referenceId: '09CIUDADJUAREZ60' });
    expect(refs.map((r) => [r.label, r.referenceId])).toEqual([
      ['A', '09CIUDADJUAREZ55'],
      ['B', '09MEXICO3012'],
      ['C', '08CIUDADJUAREZ410'],
    ]);
    expect(parseReferences('REF: A.08 NEW DELHI 567 B.ROME 12', { year: 2009 }).map((r) => [r.label, r.referenceId])).toEqual([
      ['A', '08NEWDELHI567'],
      ['B', '09ROME12'],
    ]);
  });

  it('takes the year of a date in figures after the serial (era red team 152)', () => {
    const context = { year: 2007, referenceId: '07HANOI300', date: '2007-02-12' };
    expect(parseReferences('REF: A. HANOI 3120 DTD 11/28/06 (NOTAL) B. STATE 99488 (9/24/2009)', context).map((r) => r.referenceId)).toEqual(['06HANOI3120', '09STATE99488']);
    // (Guard: no month, or a date glued to more digits, is no date.)
    expect(parseReferences('REF: BANGKOK 3120 DTD 13/28/06', context)[0]?.referenceId).toBe('07BANGKOK3120');
    expect(parseReferences('REF: BANGKOK 3120 DTD 11/28/06/2', context)[0]?.referenceId).toBe('07BANGKOK3120');
  });

  it('reads CONGENTEL and MISSIONTEL as the citing post\'s own, and a phone call as a telcon (era red team 152)', () => {
    expect(parseReferences('REF: A. CONGENTEL 1234 B. MISSIONTEL 88', { year: 1994, referenceId: '94HONGKONG1300' }).map((r) => r.referenceId)).toEqual(['94HONGKONG1234', '94HONGKONG88']);
    expect(parseReferences('Ref: Phone call DCM/MFA Additional Secretary, January 11', { year: 2010 })[0]?.kind).toBe('telcon');
    expect(parseReferences('Ref: Telephone call with the Minister', { year: 2010 })[0]?.kind).toBe('telcon');
  });

  it('gives a redacted station no id (era red team 125)', () => {
    const refs = parseReferences('REF: A. DAMASCUS 212 B. XXXXXXXXXXXX 0337', { year: 2008, referenceId: '08DAMASCUS300' });
    expect(refs.map((r) => [r.label, r.referenceId])).toEqual([
      ['A', '08DAMASCUS212'],
      ['B', null],
    ]);
  });

  it('gives EMBTEL no id in a Department cable or without the citing post (the embassy is not named)', () => {
    expect(parseReferences('REF: EMBTEL 4102', { year: 1972, referenceId: '72STATE4200' })[0]).toMatchObject({ kind: 'cable', referenceId: null, text: 'EMBTEL 4102' });
    expect(parseReferences('REF: EMBTEL 4102', { year: 1972 })[0]).toMatchObject({ kind: 'cable', referenceId: null });
  });
});

describe('parseReferences: OURTEL and YOURTEL (era red team 14)', () => {
  it("reads OUR / OURTEL as the citing station's own telegram, the Department's too", () => {
    expect(parseReferences('REF: OURTEL 2112', { year: 1982, referenceId: '82LIMA2300' })[0]?.referenceId).toBe('82LIMA2112');
    expect(parseReferences('REF: (B) OUR 160044 (NOTAL)', { year: 1996, referenceId: '96STATE170000' })[0]).toMatchObject({
      label: 'B',
      kind: 'cable',
      referenceId: '96STATE160044',
      text: 'OUR 160044 (NOTAL)',
    });
  });

  it("reads YOUR / YOURTEL as the addressee's telegram when the context names it, else a cable without id", () => {
    expect(parseReferences('REF: YOURTEL 19920', { year: 1979, referenceId: '79STATE290000', addressee: 'BONN' })[0]?.referenceId).toBe('79BONN19920');
    expect(parseReferences('REF: (A) YOUR 21120', { year: 1996, referenceId: '96STATE170000' })[0]).toMatchObject({ kind: 'cable', referenceId: null, text: 'YOUR 21120' });
  });
});

describe('parseReferences: statutes are no cables (era red team 41)', () => {
  it('reads `INA 212(a)(6)(C)(i)` as one reference of no cable, its `(C)` no label', () => {
    const refs = parseReferences('REF: A. QUITO 812 B. INA 212(a)(6)(C)(i) C. QUITO 398', { year: 2008 });
    expect(refs.map((r) => [r.label, r.text, r.referenceId])).toEqual([
      ['A', 'QUITO 812', '08QUITO812'],
      ['B', 'INA 212(a)(6)(C)(i)', null],
      ['C', 'QUITO 398', '08QUITO398'],
    ]);
    expect(parseReferences('REF: 8 USC 1182', { year: 2008 })[0]?.referenceId).toBeNull();
  });

  it('still reads a cable with a glued `(NOTAL)` and labels glued to the colon', () => {
    expect(parseReferences('REF: A. STATE 123456(NOTAL) B. QUITO 398', { year: 2008 }).map((r) => r.referenceId)).toEqual(['08STATE123456', '08QUITO398']);
    expect(parseReferences('REF:(A) STATE 1234 (B) STATE 5678', { year: 2008 }).map((r) => r.label)).toEqual(['A', 'B']);
  });
});

describe('parseReferences: slashed letter labels (era red team 44)', () => {
  it('reads `A/` and `B/` followed by a space as labels, not `A/S`', () => {
    expect(parseReferences('REF: A/ KINSHASA 3902  B/ STATE 288145', { year: 1983 }).map((r) => [r.label, r.referenceId])).toEqual([
      ['A', '83KINSHASA3902'],
      ['B', '83STATE288145'],
    ]);
    expect(parseReferences('REF: A/S WAYNE MEMO', { year: 1983 }).map((r) => r.label)).toEqual([null]);
  });
});

describe('parseReferences: letters doubled past Z (era red team 54)', () => {
  it('reads Y, Z, AA, BB and the preamble keeps II. in the list', () => {
    const letters = Array.from({ length: 26 }, (_, k) => String.fromCharCode(65 + k));
    const labels = [...letters, 'AA', 'BB'];
    const text = `REF: ${labels.map((l, k) => `${l}. 09 STATE ${100 + k}`).join(' ')}`;
    const refs = parseReferences(text, { year: 2009 });
    expect(refs.map((r) => r.label)).toEqual(labels);
    expect(refs.at(-1)?.referenceId).toBe('09STATE127');
  });
});

describe('a year after the serial, labels in square brackets (era red team 105)', () => {
  it('reads `STATE 54321 OF 2008` as a 2008 cable, also wrapped, in a cable of 2009', () => {
    expect(parseReferences('REF: STATE 54321 OF 2008', { year: 2009 }).map((r) => r.referenceId)).toEqual(['08STATE54321']);
    expect(parseReferences('REF: A. STATE\n12345 OF 1984 B. STATE 222', { year: 1985 }).map((r) => r.referenceId)).toEqual(['84STATE12345', '85STATE222']);
  });

  it('takes no year from a number glued on or of other length (`OF 2008/9`, `OF 12`)', () => {
    expect(parseReferences('REF: STATE 54321 OF 2008/9', { year: 2009 })[0]?.referenceId).toBe('09STATE54321');
    expect(parseReferences('REF: STATE 54321 OF 12 MAY', { year: 2009 })[0]?.referenceId).toBe('09STATE54321');
  });

  it('splits entries labelled [A], [B] ...', () => {
    const refs = parseReferences('REF: [A] MEMCON OF 3/14/07\n[B] TOKYO 1123\n[C] STATE 4455', { year: 2007 });
    expect(refs.map((r) => r.label)).toEqual(['A', 'B', 'C']);
    expect(refs.map((r) => r.referenceId)).toEqual([null, '07TOKYO1123', '07STATE4455']);
    expect(refs[0]?.kind).toBe('memcon');
  });
});

describe('a parenthesis ending with a number or a letter inside a REF entry (era red team 188)', () => {
  it('keeps `(SITREP 1)`, `(TAB A)`, `(PARA 1)` in the entry: no label opens there', () => {
    expect(parseReferences('REF: NAIROBI 10412 (SITREP 1)').map((r) => [r.label, r.text])).toEqual([[null, 'NAIROBI 10412 (SITREP 1)']]);
    expect(parseReferences('REF: STATE 4410 (SITREP 1) AND STATE 4420 (SITREP 2)').map((r) => r.text)).toEqual(['STATE 4410 (SITREP 1)', 'STATE 4420 (SITREP 2)']);
    expect(parseReferences('REF: STATE 1 (TAB A)').map((r) => r.text)).toEqual(['STATE 1 (TAB A)']);
  });

  it('guard: labels written `1)`, `A)` and `(A)` outside a parenthesis still open entries', () => {
    expect(parseReferences('REF: A) STATE 1 B) STATE 2').map((r) => r.label)).toEqual(['A', 'B']);
    expect(parseReferences('REF: (A) STATE 1 (B) STATE 2').map((r) => r.label)).toEqual(['A', 'B']);
    expect(parseReferences('REF: 1) STATE 1 2) STATE 2').map((r) => r.label)).toEqual(['1', '2']);
  });
});

describe('documents of other kinds numbered as cables are (era red team 210)', () => {
  it('reads a decree, an executive order, a resolution, a note verbale or a letter as no cable', () => {
    for (const text of ['C. LEGISLATIVE DECREE 662', 'C. EXECUTIVE ORDER 13224', 'C. UN SECURITY COUNCIL RESOLUTION 1874', 'C) FOREIGN OFFICE NOTE VERBALE 512 OF OCTOBER 30', 'C. MFA DIPLOMATIC NOTE 118 OF JANUARY 29, 2010', 'C. MINISTRY LETTER 45']) {
      expect(parseReferences(text).map((r) => [r.kind, r.referenceId])).toEqual([['other', null]]);
    }
  });

  it('guard: stations of several words stay cables', () => {
    for (const text of ['C. RIO DE JANEIRO 1190', 'C. USUN NEW YORK 512', 'C. PORT AU PRINCE 512']) expect(parseReferences(text)[0]?.kind).toBe('cable');
  });
});

describe('a conjunction before the last label (era red team 241)', () => {
  it('joins the list: no reference of its own, no text of the item before it', () => {
    for (const text of ['REF: A) 06 STATE 188120; B) 07 STATE 14402; AND C) 06 YEREVAN 1722', 'REF: A) 06 STATE 188120, B) 07 STATE 14402, AND C) 06 YEREVAN 1722', 'REFS: (A) 06 STATE 188120; (B) 07 STATE 14402; and (C) 06 YEREVAN 1722']) {
      expect(parseReferences(text).map((r) => [r.label, r.referenceId, r.text])).toEqual([
        ['A', '06STATE188120', '06 STATE 188120'],
        ['B', '07STATE14402', '07 STATE 14402'],
        ['C', '06YEREVAN1722', '06 YEREVAN 1722'],
      ]);
    }
  });

  it('guard: `AND` between two cables of one item stays in its text', () => {
    expect(parseReferences('REF: A) 06 STATE 188120 AND 188121 B) 07 STATE 14402').map((r) => r.label)).toEqual(['A', 'A', 'B']);
  });
});

describe('a post spelled with an apostrophe (era red team 244)', () => {
  it("reads `Sana'a 2301` and `N'Djamena 0371` as cables of SANAA and NDJAMENA", () => {
    expect(parseReferences("REF: A. 10 Sana'a 0247 B. 09 SANA'A 2301 C. 08 N'Djamena 0371").map((r) => [r.kind, r.referenceId, r.text])).toEqual([
      ['cable', '10SANAA247', "10 Sana'a 0247"],
      ['cable', '09SANAA2301', "09 SANA'A 2301"],
      ['cable', '08NDJAMENA371', "08 N'Djamena 0371"],
    ]);
  });

  it("guard: a possessive's S is no letter of the post's name (`DEPARTMENT'S 1234` is a DEPTEL, red team 249)", () => {
    expect(parseReferences("REF: 10 DEPARTMENT'S 1234").map((r) => [r.kind, r.referenceId])).toEqual([['cable', '10STATE1234']]);
  });
});

describe("the Department's serials before 1980 (era red team 247)", () => {
  it('reads a DEPTEL cited early in 1968 with a serial past the later rate as of that year', () => {
    expect(parseReferences('REF: A. EMBTEL 3190 B. DEPTEL 128841', { year: 1968, date: '1968-03-12', post: 'SANTIAGO', serial: '003301' }).map((r) => r.referenceId)).toEqual(['68SANTIAGO3190', '68STATE128841']);
  });

  it('guard: a serial no day of the year could reach is still of the year before', () => {
    expect(parseReferences('REF: DEPTEL 128841', { year: 1968, date: '1968-01-10', post: 'SANTIAGO', serial: '000101' })[0]?.referenceId).toBe('67STATE128841');
    // (The later rate stays: `REF: STATE 128841` on 12 March 1988 is of 1987.)
    expect(parseReferences('REF: STATE 128841', { year: 1988, date: '1988-03-12' })[0]?.referenceId).toBe('87STATE128841');
  });
});

describe('a manual cited by name (era red team 245)', () => {
  it('is of kind manual, never a cable', () => {
    expect(parseReferences('REF: A. STATE 1234 B. SECURITY ASSISTANCE MANAGEMENT MANUAL (SAMM), SECTION C5.4', { year: 2009 }).map((r) => [r.label, r.kind])).toEqual([
      ['A', 'cable'],
      ['B', 'manual'],
    ]);
    expect(parseReferences('REF: C. DSCA MANUAL 5105 CHAPTER 11').map((r) => [r.kind, r.referenceId])).toEqual([['manual', null]]);
  });
});

describe('numbered documents of trade and finance are no cables (era red team 248)', () => {
  const kinds = (text: string, year = 2009): Array<[string | null, string, string | null]> => parseReferences(text, { year }).map((r) => [r.label, r.kind, r.referenceId]);

  it('reads the Federal Register, a fiscal year, a tariff line and a reporting requirement as other documents', () => {
    expect(kinds('REF: A) 09 STATE 31877; B) 74 FR 18245')).toEqual([
      ['A', 'cable', '09STATE31877'],
      ['B', 'other', null],
    ]);
    expect(kinds('REF: A) 10 STATE 18722; B) FY 2012 MSP', 2010)).toEqual([
      ['A', 'cable', '10STATE18722'],
      ['B', 'other', null],
    ]);
    expect(kinds('REF: (A) CERP 0010; (B) LAGOS 5420', 1976)).toEqual([
      ['A', 'other', null],
      ['B', 'cable', '76LAGOS5420'],
    ]);
    expect(kinds('REF: HTS HEADING 8703')).toEqual([[null, 'other', null]]);
    expect(kinds('REF: OPIC CONTRACT 1234')).toEqual([[null, 'other', null]]);
  });

  it('reads a code glued to the last of several words as a document: `WTO DISPUTE DS316`', () => {
    expect(kinds('REF: A) WTO DISPUTE DS316; B) BRUSSELS 2944', 2005)).toEqual([
      ['A', 'other', null],
      ['B', 'cable', '05BRUSSELS2944'],
    ]);
    expect(kinds('REF: EXIM BANK TRANSACTION AP083456', 2008)).toEqual([[null, 'other', null]]);
    // (Guard: a station of one word may touch its serial.)
    expect(kinds('REF: STATE123456')).toEqual([[null, 'cable', '09STATE123456']]);
  });

  it('reads a title with a year or a short number before its last word as a report, in one entry', () => {
    expect(kinds('REF: A) SANTIAGO 212; B) USTR 2010 SPECIAL 301 REPORT; C) 09 STATE 120334', 2010)).toEqual([
      ['A', 'cable', '10SANTIAGO212'],
      ['B', 'report', null],
      ['C', 'cable', '09STATE120334'],
    ]);
    expect(kinds('REF: A) LIMA 312; B) IMF 2008 ARTICLE IV REPORT')).toEqual([
      ['A', 'cable', '09LIMA312'],
      ['B', 'report', null],
    ]);
    expect(kinds('REF: USTR SUPER 301 REPORT OF MAY 25, 1989', 1989)).toEqual([[null, 'report', null]]);
    // (Guard: a cable's four-digit serial before words stays a cable.)
    expect(kinds('REF: 09 BONN 1234 ANNUAL REPORT')).toEqual([[null, 'cable', '09BONN1234']]);
  });
});

describe('1960s and 1970s forms: a cable after the paragraphs it cites, and a post in the possessive (era red team 249)', () => {
  const ids = (text: string): Array<[string | null, string, string | null]> => parseReferences(text, { referenceId: '77TEHRAN10300' }).map((r) => [r.label, r.kind, r.referenceId]);

  it('reads `PARA 4, STATE 276120` and `PARAS 2 AND 3, STATE 270884` as cables', () => {
    expect(ids('REF: A. PARA 4, STATE 276120  B. TEHRAN 10215 (NOTAL)')).toEqual([
      ['A', 'cable', '77STATE276120'],
      ['B', 'cable', '77TEHRAN10215'],
    ]);
    expect(ids('REF: PARAS 2 AND 3, STATE 270884')).toEqual([[null, 'cable', '77STATE270884']]);
    expect(ids('REF: PARA 5 OF STATE 5678')).toEqual([[null, 'cable', '77STATE5678']]);
  });

  it("reads `KARACHI'S 1874` as Karachi's telegram, `DEPARTMENT'S 1234` as a DEPTEL", () => {
    expect(ids("REF: A. DEPTEL 204113  B. KARACHI'S 1874 (NOTAL)")).toEqual([
      ['A', 'cable', '77STATE204113'],
      ['B', 'cable', '77KARACHI1874'],
    ]);
    expect(ids("REF: DEPARTMENT'S 1234")).toEqual([[null, 'cable', '77STATE1234']]);
    // (Guard: a possessive before a number that a word follows names no telegram.)
    expect(ids("REF: PRESIDENT'S 2010 BUDGET")).toEqual([[null, 'other', null]]);
  });
});

describe('REF entries of 2004-2010: markings, dates in brackets, decisions and memos (era red team 257)', () => {
  const read = (text: string): Array<[string | null, string, string | null]> => parseReferences(text, { referenceId: '08MADRID1000' }).map((r) => [r.label, r.kind, r.referenceId]);

  it('leaves out a marking of several letters or with its caveat after the label', () => {
    expect(read('REF: A. (S/NF) STATE 104220 B. BAGHDAD 2811 C. (SBU) 08 BAGHDAD 3990 D. (C/NF) BAGHDAD 3017')).toEqual([
      ['A', 'cable', '08STATE104220'],
      ['B', 'cable', '08BAGHDAD2811'],
      ['C', 'cable', '08BAGHDAD3990'],
      ['D', 'cable', '08BAGHDAD3017'],
    ]);
    expect(parseReferences('REF: A. (S/NF) STATE 104220')[0]?.text).toBe('STATE 104220');
  });

  it('takes the year a bracket or a month gives after the serial', () => {
    expect(read('REF: A. STATE 98765 (2007) B. MADRID 902 (MAY 2007) C. STATE 123')).toEqual([
      ['A', 'cable', '07STATE98765'],
      ['B', 'cable', '07MADRID902'],
      ['C', 'cable', '08STATE123'],
    ]);
    // (A date written day first with a comma before its year is one reference.)
    expect(read('REF: ROME 2211 OF 14 MARCH, 2007')).toEqual([[null, 'cable', '07ROME2211']]);
  });

  it('reads decisions, press releases, ordinances and diplomatic notes as no cables, a memo of conversation as a memcon', () => {
    expect(read('REF: A. (C) MEMCON OF MARCH 3 B. PC DECISION 872 C. EMBASSY DIPNOTE 187 OF APRIL 2 D. PRESS RELEASE 212')).toEqual([
      ['A', 'memcon', null],
      ['B', 'other', null],
      ['C', 'other', null],
      ['D', 'other', null],
    ]);
    expect(read('REF: GOVERNMENT EMERGENCY ORDINANCE 31 OF MARCH 2004')).toEqual([[null, 'other', null]]);
    expect(read('REF: Memo of conversation, Deputy Secretary Negroponte')).toEqual([[null, 'memcon', null]]);
  });
});

describe("a post's name with an abbreviation's period, and `; and previous` (era red teams 257 and 259)", () => {
  it('reads `St. Petersburg 112` as a cable of STPETERSBURG, and `and previous` as no reference of its own', () => {
    expect(parseReferences('REF: A) St. Petersburg 112; B) Moscow 2588; and previous', { year: 2009 }).map((r) => [r.label, r.referenceId])).toEqual([
      ['A', '09STPETERSBURG112'],
      ['B', '09MOSCOW2588'],
    ]);
    expect(parseReferences('REF: 08 ST. PETERSBURG 221', { year: 2009 })[0]?.referenceId).toBe('08STPETERSBURG221');
    // (Guard: a sentence's period before a post's name joins nothing: `REF: PARA 3. STATE 1` cites STATE 1.)
    expect(parseReferences('REF: A. ROME 12. B. STATE 1', { year: 2009 }).map((r) => r.referenceId)).toEqual(['09ROME12', '09STATE1']);
  });
});

describe("a semicolon inside a reference's quoted subject in brackets (era red team 257)", () => {
  it('keeps the entry whole', () => {
    const refs = parseReferences('REF: A. STATE 125118 ("IRAN: EU AUTONOMOUS MEASURES; POINTS\n     FOR DEMARCHE")\n     B. BERLIN 1570', { year: 2008 });
    expect(refs.map((r) => [r.label, r.text])).toEqual([
      ['A', 'STATE 125118 ("IRAN: EU AUTONOMOUS MEASURES; POINTS FOR DEMARCHE")'],
      ['B', 'BERLIN 1570'],
    ]);
    // (Guard: a bracket left open does not hold the rest of the list.)
    expect(parseReferences('REF: A. STATE 1 (NOTAL; B. STATE 2; C. STATE 3', { year: 2008 }).map((r) => r.label)).toEqual(['A', 'B', 'C']);
  });
});

describe('a public law and short post names in REF lists (era red team 269, session 25)', () => {
  it('reads `PL 480 ...` as a document, not a cable of a post `PL`', () => {
    const refs = parseReferences('REF: (A) OUAGA 2210, (B) PL 480 TITLE II TRANSFER AUTHORIZATION', { year: 1977 });
    expect(refs.map((r) => [r.label, r.kind, r.referenceId])).toEqual([
      ['A', 'cable', '77OUAGADOUGOU2210'],
      ['B', 'other', null],
    ]);
  });

  it('reads `DAR 2210` as a cable of Dar es Salaam', () => {
    expect(parseReferences('REF: (A) DAR 2210 (B) STATE 198804', { year: 1994 }).map((r) => r.referenceId)).toEqual(['94DARESSALAAM2210', '94STATE198804']);
  });
});
