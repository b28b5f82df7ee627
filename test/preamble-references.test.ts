/**
 * The REF field (`parseReferences`, src/preamble/references.ts; station names in src/preamble/reference-id.ts):
 * a note reflowed onto the REF line, a stray date line after it, a REF cut by the archive, TELCON participants and
 * labels after a wrapped caveat, misspelled and short station names. All inputs are synthetic cable lines;
 * expected values are read off the input.
 */

import { describe, expect, it } from 'vitest';
import { msUnder } from './timing.js';
import { parseCable, parseCableWithMetadata } from '../src/index.js';
import { canonicalizeReferenceId } from '../src/preamble/reference-id.js';
import { parseReferences } from '../src/preamble/references.js';
import { parsePreamble } from '../src/preamble/preamble.js';

/** A cable text from lines. */
const cable = (...lines: string[]): string => lines.join('\n');

describe('a note reflowed onto a REF line', () => {
  const refLine = 'REF: A. FARAWAY 2198      B. FARAWAY 2199  NOTE:  FOR TECHNICAL REASONS, THIS CABLE IS SENT IN TWO PARTS.';

  it('ends the references; the note goes to the body as a note', () => {
    const c = parseCable(cable('UNCLAS SECTION 01 OF 02 FARAWAY 000300', '', 'E.O. 12958: N/A', 'TAGS: PREL XX', 'SUBJECT: A CONFERENCE', refLine, '', '38. (SBU) Text.', '', 'ROE'));
    expect(c.references.map((r) => r.text)).toEqual(['FARAWAY 2198', 'FARAWAY 2199']);
    expect(c.notes).toEqual(['FOR TECHNICAL REASONS, THIS CABLE IS SENT IN TWO PARTS.']);
  });

  it('with a field after it, the note is kept in unparsed', () => {
    const c = parseCable(cable('UNCLAS SECTION 01 OF 02 FARAWAY 000300', '', 'E.O. 12958: N/A', 'TAGS: PREL XX', 'SUBJECT: A CONFERENCE', refLine, '', 'Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d)', '', '38. (SBU) Text.'));
    expect(c.references.map((r) => r.text)).toEqual(['FARAWAY 2198', 'FARAWAY 2199']);
    expect(c.unparsed.map((u) => u.text)).toEqual(['NOTE:  FOR TECHNICAL REASONS, THIS CABLE IS SENT IN TWO PARTS.']);
    expect(c.classifiedBy?.name).toBe('Jane Roe');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['38']);
  });
});

describe('a stray date line after REF', () => {
  it('goes on the REF block, and Classified By stays in the preamble', () => {
    const c = parseCable(cable('C O N F I D E N T I A L FARAWAY 000163', '', 'E.O. 12958: DECL: 02/07/2012', 'TAGS: PGOV XX', 'SUBJECT: A FENCE', '', 'Ref: a) faraway 135 b) faraway daily', '', 'February 7', '', 'Classified By: POL/C JOHN Q. DOE; REASONS 1.4 (B) AND (D)', '', '1. (C) The leader said.', '', 'ROE'));
    expect(c.references.map((r) => r.text)).toEqual(['faraway 135', 'faraway daily February 7']);
    expect(c.classifiedBy?.name).toBe('JOHN Q. DOE');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
    expect(c.unparsed).toEqual([]);
  });
});

describe('a REF field cut by the archive', () => {
  it('`REF: W...` gives no reference, and the text stays in unparsed', () => {
    expect(parseReferences('REF: W...')).toEqual([]);
    expect(parseReferences('REF: A. STATE 1234 B. FARA...', { year: 2008 }).map((r) => r.text)).toEqual(['STATE 1234']);
    const c = parseCable(cable('S E C R E T FARAWAY 000953', '', 'E.O. 12958: DECL: 01/01/2018', 'TAGS: PREL XX', 'SUBJECT: A MEETING', 'REF: W...'));
    expect(c.references).toEqual([]);
    expect(c.unparsed.map((u) => u.text)).toEqual(['REF: W...']);
  });

  it('guard: a serial before the dots is kept', () => {
    expect(parseReferences('REF: STATE 1234...', { year: 2008 })[0]?.referenceId).toBe('08STATE1234');
  });
});

describe('TELCON participants and repeated labels in references', () => {
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

  it('keeps the wrapped end of a caveat on a line opened by the next label\'s anchor with the reference it ends', () => {
    const refs = parseReferences('REF: A. (A) FARAWAY 279 (NODIS\n\u00b6B. NOTAL) (B) FARAWAY 336 (C) FARAWAY 394', { year: 2009 });
    expect(refs.map((r) => r.text)).toEqual(['FARAWAY 279 (NODIS NOTAL)', 'FARAWAY 336', 'FARAWAY 394']);
    // Without a reference before it, the wrapped text is a reference of its own (never dropped).
    expect(parseReferences('REF: B. NOTAL) (B) FARAWAY 336', { year: 2009 }).map((r) => r.text).join(' ')).toContain('NOTAL');
  });

  it('keeps the wrapped caveat in the cable (no text lost)', () => {
    const text = ['CONFIDENTIAL FARAWAY 000399', '', 'E.O. 12958: DECL: 05/05/2019', 'TAGS: PREL XX', 'SUBJECT: A TALK', '',
      'REF: A. (A) FARAWAY 279 (NODIS', '\u00b6B. NOTAL) (B) FARAWAY 336 (C) FARAWAY 394', '', 'Classified By: Jane Roe for reasons 1.4 (b) and (d)', '', '1. (C) Text.'].join('\n');
    const c = parseCable(text);
    expect(c.references.map((r) => r.text)).toEqual(['FARAWAY 279 (NODIS NOTAL)', 'FARAWAY 336', 'FARAWAY 394']);
    expect(c.unparsed.map((u) => u.text).join(' ')).not.toContain('NOTAL');
  });
});

describe('station misspellings in references', () => {
  it('resolves SECTATE and TALLIN', () => {
    expect(parseReferences('REF:  SECTATE 188288', { year: 2005 })[0]?.referenceId).toBe('05STATE188288');
    expect(parseReferences('REF: A. VILNIUS 533 B. TALLIN 309', { year: 2009 })[1]?.referenceId).toBe('09TALLINN309');
    expect(canonicalizeReferenceId('09TALLINN309')).toBe('09TALLINN309');
  });
});

describe('a short station name in a reference', () => {
  it('resolves ADDIS to ADDISABABA', () => {
    expect(parseReferences('REF: ADDIS 3365', { year: 2007 })[0]?.referenceId).toBe('07ADDISABABA3365');
  });
});

describe('linear time on hostile input: a TELCON with many `;`', () => {
  it('reads a long TELCON with many `;` quickly', () => {
    const text = `REF: TELCON: ${'AF DUTY, BOB POE; '.repeat(10000)}END`;
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    let refs: ReturnType<typeof parseReferences> = [];
    expect(
      msUnder(1000, () => {
        refs = parseReferences(text);
      }),
    ).toBeLessThan(1000);
    expect(refs).toHaveLength(1);
  });
});

describe('a numbered REF list with one item per line', () => {
  it('keeps the next numbered item in the REF field, and the body starts at the first paragraph', () => {
    const text = ['UNCLAS MANILA 004410', '', 'E.O. 12356: N/A', 'TAGS: PREL RP', 'SUBJECT: A TEST SUBJECT', '', 'REF: 1. MANILA 4410', '     2. STATE 48120', '', '1. THE TALKS WENT WELL.', '', '2. THE NEXT ROUND IS IN MAY.', '', 'BOSWORTH', 'AMBASSADOR', ''].join('\n');
    const c = parseCable(text);
    expect(c.references.map((r) => [r.label, r.text])).toEqual([['1', 'MANILA 4410'], ['2', 'STATE 48120']]);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(c.signer).toBe('BOSWORTH');
    // The title line is part of the signature, not unparsed text.
    expect(c.unparsed).toEqual([]);
  });
});

describe('a reference serial of the year before', () => {
  const text = (banner: string, ref: string): string =>
    cable('R 041658Z JAN 10', 'FM AMEMBASSY FARAWAY', 'TO SECSTATE WASHDC 0001', 'BT', banner, '', 'E.O. 12958: N/A', 'TAGS: PREL XX', 'SUBJECT: A REPLY', '', ref, '', '1. (U) Text.', '', 'ROE');
  const metadata = (referenceId: string, created: string) => ({ referenceId, created, released: null, classification: 'UNCLASSIFIED', origin: 'Embassy Faraway', title: null, mediaUrls: [] });

  it('reads the citing cable\'s date and id from its archive record', () => {
    const c = parseCableWithMetadata(text('UNCLAS FARAWAY 000005', 'REF: A. STATE 130969 B. FARAWAY 2210 C. STATE 12'), metadata('10FARAWAY5', '2010-01-04T16:58'));
    expect(c.references.map((r) => r.referenceId)).toEqual(['09STATE130969', '09FARAWAY2210', '10STATE12']);
  });

  it('keeps the citing cable\'s year late in the year', () => {
    const c = parseCableWithMetadata(text('UNCLAS FARAWAY 002500', 'REF: A. STATE 130969 B. FARAWAY 2210'), metadata('10FARAWAY2500', '2010-11-20T16:58'));
    expect(c.references.map((r) => r.referenceId)).toEqual(['10STATE130969', '10FARAWAY2210']);
  });
});

describe('a reference serial of the year before, in a plain-text cable (no archive record)', () => {
  /** A plain-text cable: routing header with the DTG, banner, fields, REF, body. */
  const plain = (dtg: string, banner: string, ref: string): string =>
    cable('VZCZCXYZ0001', 'RR RUEHWEB', 'DE RUEHFA #0005 0041658', 'ZNR UUUUU ZZH', dtg, 'FM AMEMBASSY FARAWAY', 'TO RUEHC/SECSTATE WASHDC 0001', 'BT',
      banner, '', 'E.O. 12958: N/A', 'TAGS: PREL XX', 'SUBJECT: A REPLY', '', ref, '', '1. (U) Text.', '', 'ROE');
  const metadata = (referenceId: string, created: string) => ({ referenceId, created, released: null, classification: 'UNCLASSIFIED', origin: 'Embassy Faraway', title: null, mediaUrls: [] });

  it('reads the date from the DTG: a STATE serial too large for 4 January is of the year before', () => {
    // Day 4 of 2010: no post had sent 130969 cables yet; STATE 12 is possible.
    const c = parseCable(plain('R 041658Z JAN 10', 'UNCLAS FARAWAY 000900', 'REF: A. STATE 130969 B. STATE 12'));
    expect(c.metadata).toBeNull();
    expect(c.references.map((r) => r.referenceId)).toEqual(['09STATE130969', '10STATE12']);
  });

  it('reads its own post and serial from the banner: a larger serial of its own post is of the year before', () => {
    // `FARAWAY 000005` cannot cite FARAWAY 1200 of its own year; FARAWAY 3 came before it; OTHERPOST 1200 is another post's
    // (and possible by 4 January: below 11 days of a post's serials since 2000, 1320).
    const c = parseCable(plain('R 041658Z JAN 10', 'UNCLAS FARAWAY 000005', 'REF: A. FARAWAY 1200 B. FARAWAY 3 C. OTHERPOST 1200'));
    expect(c.references.map((r) => r.referenceId)).toEqual(['09FARAWAY1200', '10FARAWAY3', '10OTHERPOST1200']);
  });

  it('reads a banner with SECTION and a post of two words, late in the year (own-post rule only)', () => {
    // 15 June: STATE 130969 is possible; NEW DELHI 1234 is above the banner's own serial 270.
    const c = parseCable(plain('R 151200Z JUN 10', 'CONFIDENTIAL SECTION 01 OF 02 NEW DELHI 000270', 'REF: A. STATE 130969 B. NEW DELHI 1234 C. NEW DELHI 120'));
    expect(c.references.map((r) => r.referenceId)).toEqual(['10STATE130969', '09NEWDELHI1234', '10NEWDELHI120']);
  });

  it('parseReferences reads the own post and serial from the context without a reference id', () => {
    expect(parseReferences('REF: A. FARAWAY 2210 B. FARAWAY 3', { year: 2010, post: 'FARAWAY', serial: '000005' }).map((r) => r.referenceId)).toEqual(['09FARAWAY2210', '10FARAWAY3']);
    // A reference id, when given, names the citing cable: the banner's post and serial are not read.
    expect(parseReferences('REF: FARAWAY 2210', { year: 2010, referenceId: '10FARAWAY9000', post: 'FARAWAY', serial: '000005' })[0]?.referenceId).toBe('10FARAWAY2210');
  });

  it('guard: serials possible for the DTG keep the citing cable\'s year', () => {
    // 20 November: STATE 130969 is possible; FARAWAY 2210 is below the banner's 2500.
    const c = parseCable(plain('R 201658Z NOV 10', 'UNCLAS FARAWAY 002500', 'REF: A. STATE 130969 B. FARAWAY 2210'));
    expect(c.references.map((r) => r.referenceId)).toEqual(['10STATE130969', '10FARAWAY2210']);
  });

  it("a post's serial too large for the date is of the year before, at a post's rate (era red team 22)", () => {
    // 2 January 1979: no post sent 12877 cables in (2 + 7) days of 200; the Department's 12877 is possible (9 x 1500).
    expect(parseReferences('REF: A. TEHRAN 12877 B. STATE 12877', { year: 1979, date: '1979-01-02T23:10' }).map((r) => r.referenceId)).toEqual(['78TEHRAN12877', '79STATE12877']);
    // Later in the year the same serial is the post's own year's.
    expect(parseReferences('REF: TEHRAN 12877', { year: 1979, date: '1979-03-02' })[0]?.referenceId).toBe('79TEHRAN12877');
  });

  it('guard: a written year is kept, whatever the DTG', () => {
    const c = parseCable(plain('R 041658Z JAN 10', 'UNCLAS FARAWAY 000005', 'REF: A. 10 STATE 130969 B. 10 FARAWAY 2210'));
    expect(c.references.map((r) => r.referenceId)).toEqual(['10STATE130969', '10FARAWAY2210']);
  });

  it('guard: without a banner serial or a date, the plain rule (the citing cable\'s year) stays', () => {
    const c = parseCable(plain('R 041658Z JAN 10', 'UNCLAS', 'REF: A. FARAWAY 1200'));
    expect(c.references.map((r) => r.referenceId)).toEqual(['10FARAWAY1200']);
    expect(parseReferences('REF: STATE 130969', { year: 2010 })[0]?.referenceId).toBe('10STATE130969');
  });

  it('guard: archive metadata wins over the DTG and the banner', () => {
    // The archive dates the cable 30 December 2009 (`09FARAWAY9900`); the DTG says 4 January 2010 and the banner FARAWAY 5.
    const c = parseCableWithMetadata(plain('R 041658Z JAN 10', 'UNCLAS FARAWAY 000005', 'REF: A. STATE 130969 B. FARAWAY 2210 C. FARAWAY 9950'), metadata('09FARAWAY9900', '2009-12-30T10:00'));
    expect(c.references.map((r) => r.referenceId)).toEqual(['09STATE130969', '09FARAWAY2210', '08FARAWAY9950']);
    // Same year, another day: the archive's 20 November, not the DTG's 4 January.
    const d = parseCableWithMetadata(plain('R 041658Z JAN 10', 'UNCLAS FARAWAY 000005', 'REF: A. STATE 130969 B. FARAWAY 2210'), metadata('10FARAWAY2500', '2010-11-20T16:58'));
    expect(d.references.map((r) => r.referenceId)).toEqual(['10STATE130969', '10FARAWAY2210']);
  });

  it('linear time on hostile input: a long REF list of one post in a plain-text cable', () => {
    const refs = Array.from({ length: 8000 }, (_, k) => `FARAWAY ${k + 1}`).join(' ');
    const text = plain('R 041658Z JAN 10', 'UNCLAS FARAWAY 000005', `REF: ${refs}`);
    expect(text.length).toBeGreaterThan(100_000);
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    let c = parseCable('');
    expect(
      msUnder(1000, () => {
        c = parseCable(text);
      }),
    ).toBeLessThan(1000);
    expect(c.references.length).toBeGreaterThan(0);
  });
});

describe('a REF list broken inside an entry at a blank line', () => {
  const lines = ['C O N F I D E N T I A L FARAWAY 003914', '', 'E.O. 12958: DECL: 10/05/2014', 'TAGS: PREL XX', 'SUBJECT: A VISIT', ''];
  const after = ['', 'Classified By: Political Counselor Jane Roe; reasons 1.5 (B) and (D).', '', '1. (C) The minister said.', '', 'ROE'];

  it('reads the end of the last entry and the next label after the blank line as the list', () => {
    const c = parseCable(cable(...lines, 'REF: A) FARAWAY 3552 B) YONDER 4080 C) POE E-MAIL', '', 'OF 10/6 D) STATE 215870', ...after));
    expect(c.references.map((r) => [r.label, r.text, r.kind])).toEqual([
      ['A', 'FARAWAY 3552', 'cable'],
      ['B', 'YONDER 4080', 'cable'],
      ['C', 'POE E-MAIL OF 10/6', 'email'],
      ['D', 'STATE 215870', 'cable'],
    ]);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
    expect(c.classifiedBy?.name).toBe('Jane Roe');
    expect(c.unparsed).toEqual([]);
  });

  it('guard: a sentence whose next label cites no cable, or a letter out of sequence, stays in the body', () => {
    const sentence = parseCable(cable(...lines, 'REF: A) FARAWAY 3552 B) YONDER 4080', '', 'Poloff met the minister. C) The talks went on.', ...after));
    expect(sentence.references.map((r) => r.text)).toEqual(['FARAWAY 3552', 'YONDER 4080']);
    expect(sentence.paragraphs[0]?.text.startsWith('Poloff met the minister.')).toBe(true);
    const outOfSequence = parseCable(cable(...lines, 'REF: A) FARAWAY 3552 B) YONDER 4080', '', 'OF 10/6 D) STATE 215870', ...after));
    expect(outOfSequence.references.map((r) => r.label)).toEqual(['A', 'B']);
    expect(outOfSequence.paragraphs[0]?.text.startsWith('OF 10/6 D) STATE 215870')).toBe(true);
  });

  it('linear time on hostile input: long lines of labels after a REF gap', () => {
    const text = cable(...lines, 'REF: A) STATE 1 B) STATE 2', '', ...Array.from({ length: 2000 }, () => `OF ${' C) x'.repeat(40)}`), '', '1. Text.');
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    expect(
      msUnder(1000, () => {
        parseCable(text);
        parseCable(cable(...lines, 'REF: A) STATE 1 B) STATE 2', '', `X C) ${'STATE 1 '.repeat(25000)}`));
      }),
    ).toBeLessThan(1000);
  });
});

describe('a REF list of more than 26 lines (era red team 54)', () => {
  it('goes on past Z with doubled letters, II. included', () => {
    const labels = [...Array.from({ length: 26 }, (_, k) => String.fromCharCode(65 + k)), 'AA', 'BB', 'CC', 'DD', 'EE', 'FF', 'GG', 'HH', 'II', 'JJ'];
    const cable = parseCable(['UNCLAS TOKYO 001234', '', 'SUBJECT: ALLIANCE REVIEW', '', ...labels.map((l, k) => `${k === 0 ? 'REF: ' : '     '}${l}. 09 STATE ${100 + k}`), '', '1. (U) Text.'].join('\n'));
    expect(cable.references.map((r) => r.label)).toEqual(labels);
    expect(cable.paragraphs.map((p) => p.number)).toEqual(['1']);
  });
});

describe('a REF item marked (C) that cites no cable (era red team 166, fixture 1447)', () => {
  const cable = (ref: string[]): string =>
    ['CONFIDENTIAL STATE 123456', '', 'E.O. 12065: GDS 3/12/85', 'TAGS: PREL, BR', 'SUBJECT: GOB REJECTS HUMAN RIGHTS REPORT', '', ...ref, '', '1. THE FOREIGN MINISTRY HANDED THE DCM A NOTE.', '', 'VANCE'].join('\n');

  it('goes on the list after an item ending with `;`, and a (C) after a label is the item\'s marking', () => {
    const wrapped = parseCable(cable(['REF: (A) STATE 45512; (B) RIO DE JANEIRO 1190 (NOTAL);', '(C) MEMCON, ARA/BR - BRAZILIAN EMBASSY, MARCH 4']));
    expect(wrapped.references.map((r) => [r.label, r.kind])).toEqual([
      ['A', 'cable'],
      ['B', 'cable'],
      ['C', 'memcon'],
    ]);
    expect(wrapped.paragraphs.map((p) => p.number)).toEqual(['1']);
    const marked = parseCable(cable(['REF: (A) MOSCOW 4412, (B) (C) MEMCON OF MARCH 3']));
    expect(marked.references.map((r) => [r.label, r.text, r.kind])).toEqual([
      ['A', 'MOSCOW 4412', 'cable'],
      ['B', 'MEMCON OF MARCH 3', 'memcon'],
    ]);
  });

  it('goes on with a (C) item of any kind after an item ending with `;`, a letter too (era red team 194)', () => {
    const c = parseCable(cable(['REF: (A) BONN 16302; (B) STATE 171244;', '(C) EMBASSY LETTER TO AA DIRECTOR VON KESSEL, JUNE 3']));
    expect(c.references.map((r) => r.label)).toEqual(['A', 'B', 'C']);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
  });

  it('guard: a marked line of text after the REF line is the body, and a label written twice stays one', () => {
    const body = parseCable(cable(['REF: (A) STATE 45512; (B) RIO DE JANEIRO 1190 (NOTAL)', '(C) THE MINISTER SAID THE NOTE WOULD FOLLOW.']));
    expect(body.references.map((r) => r.label)).toEqual(['A', 'B']);
    const twice = parseCable(cable(['REF: A. TUNIS 949 B. ALGIERS 1004 C. (C) RABAT 1128']));
    expect(twice.references.map((r) => [r.label, r.kind])).toEqual([
      ['A', 'cable'],
      ['B', 'cable'],
      ['C', 'cable'],
    ]);
  });
});

describe('a lettered `(C)` entry of another kind on the line under a REF list (era red team 208)', () => {
  const refs = (text: string) => parsePreamble(text).references.map((r) => [r.label, r.kind, r.text]);

  it('goes on the list when it names a memcon or telcon, or is a short entry in capitals', () => {
    expect(refs('REF: (A) STATE 141220 (B) MOSCOW 13502\n(C) MEMCON TOON-KORNIYENKO JUNE 2')).toEqual([
      ['A', 'cable', 'STATE 141220'],
      ['B', 'cable', 'MOSCOW 13502'],
      ['C', 'memcon', 'MEMCON TOON-KORNIYENKO JUNE 2'],
    ]);
    expect(refs('REF: (A) NAIROBI 4410 (B) STATE 88120\n(C) GOK NOTE NO. 112 OF APRIL 3').at(-1)).toEqual(['C', 'other', 'GOK NOTE NO. 112 OF APRIL 3']);
  });

  it('guard: a marked paragraph, or a short line after a blank line, is no entry', () => {
    expect(refs('REF: (A) STATE 141220 (B) MOSCOW 13502\n(C) THE MINISTER SAID THE TALKS WOULD GO ON AS PLANNED NEXT WEEK')).toHaveLength(2);
    expect(refs('REF: (A) STATE 141220 (B) MOSCOW 13502\n\n(C) ENTIRE TEXT')).toHaveLength(2);
  });
});

describe('a REF field opened by the keyword spelled out, `REFERENCE:` (era red team 249)', () => {
  const text = (...between: string[]): string =>
    cable('CONFIDENTIAL MANAGUA 5500', '', 'E.O. 12065: GDS 10/1/85', 'TAGS: PREL, NU', 'SUBJECT: TEST', ...between, '', '1. THE TEXT.', '', 'PEZZULLO');

  it('reads its references, and leaves paragraph 1 without a heading', () => {
    const c = parseCable(text('', 'REFERENCE: (A) STATE 284410, (B) MANAGUA 5390'));
    expect(c.references.map((r) => [r.label, r.text])).toEqual([
      ['A', 'STATE 284410'],
      ['B', 'MANAGUA 5390'],
    ]);
    expect(c.paragraphs[0]).toMatchObject({ number: '1', heading: null, text: 'THE TEXT.' });
  });

  it('ends the subject before it, and reads `References:` in mixed case', () => {
    const c = parseCable(text('REFERENCE: (A) STATE 284410'));
    expect(c.subject).toBe('TEST');
    expect(c.references.map((r) => r.text)).toEqual(['STATE 284410']);
    expect(parseCable(text('', 'References: A) State 284410')).references.map((r) => r.label)).toEqual(['A']);
  });
});

describe('a REF list with lower-case labels set off by blank lines (era red team 255)', () => {
  it('reads every entry, and no entry or Classified By becomes a paragraph', () => {
    const c = parseCable(
      cable('C O N F I D E N T I A L KABUL 000100', '', 'SIPDIS', '', 'E.O. 12958: DECL: 01/20/2020', 'TAGS: PGOV, AF', 'SUBJECT: CABINET VOTE', '', 'REF: a) Kabul 60', '', 'b) Kabul 24', '', 'c) 09 Kabul 4087', '', 'Classified By: Ambassador Karl Eikenberry for reasons 1.4 (b) and (d)', '', '1. (C) The vote was held.', '', 'EIKENBERRY'),
    );
    expect(c.references.map((r) => r.text)).toEqual(['Kabul 60', 'Kabul 24', '09 Kabul 4087']);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
    // (Guard: a lower-case item that is not the list's next letter stays out of it.)
    const d = parseCable(cable('UNCLAS KABUL 000100', '', 'SUBJECT: TEST', '', 'REF: a) Kabul 60', '', 'c) the text goes on here', '', '1. The vote was held.', '', 'EIKENBERRY'));
    expect(d.references.map((r) => r.text)).toEqual(['Kabul 60']);
  });
});

describe('a REF list numbered in brackets, its items set off by blank lines (era red team 257)', () => {
  it('reads every item, and none becomes a paragraph', () => {
    const c = parseCable(
      cable('CONFIDENTIAL SEOUL 000400', '', 'E.O. 12958: DECL: 1/20/2007', 'TAGS: PREL, KS', 'SUBJECT: TALKS', '', 'REF:  (1) 96 SEOUL 8812', '', '      (2) STATE 2271', '', '      (3) 96 STATE 251174 (NOTAL)', '', 'CLASSIFIED BY AMBASSADOR JAMES LANEY.  REASON: 1.5 (D).', '', '1. (C) THE TALKS OPENED.', '', 'LANEY'),
    );
    expect(c.references.map((r) => [r.label, r.text])).toEqual([
      ['1', '96 SEOUL 8812'],
      ['2', 'STATE 2271'],
      ['3', '96 STATE 251174 (NOTAL)'],
    ]);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
  });
});

describe('a lettered REF entry wrapped before `E.O. 13382` or `SUMMARY` (era red team 257, session 25)', () => {
  const text = (...ref: string[]): string =>
    cable('CONFIDENTIAL ABU DHABI 001460', '', 'SIPDIS', '', 'E.O. 12958: DECL: 10/29/2018', 'TAGS: EFIN, IR, AE', 'SUBJECT: TEST', '', ...ref, '', 'Classified By: Ambassador Richard G. Olson, reasons 1.4 (b) and (d).', '', '1. (C) The text.', '', '2. (C) More text.', '', 'OLSON');

  it('keeps an order\'s number opening the wrapped line in the entry, and reads the next entry', () => {
    const c = parseCable(text('REF: A. STATE 112834', '     B. TREASURY PRESS RELEASE HP-1203 ON', '     E.O. 13382 DESIGNATIONS', '     C. ABU DHABI 1402 (NOTAL)'));
    expect(c.references.map((r) => [r.label, r.text])).toEqual([
      ['A', 'STATE 112834'],
      ['B', 'TREASURY PRESS RELEASE HP-1203 ON E.O. 13382 DESIGNATIONS'],
      ['C', 'ABU DHABI 1402 (NOTAL)'],
    ]);
    expect(c.executiveOrder?.order).toBe('12958');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(c.unparsed).toEqual([]);
  });

  it('keeps a title\'s `SUMMARY` opening the wrapped line in the entry', () => {
    const c = parseCable(text('REF: A. STATE 38812', '     B. ABU DHABI 1040, WEEKLY POLITICAL', '     SUMMARY FOR FEBRUARY 22-26', '     C. 07 ABU DHABI 4471 (NOTAL)'));
    expect(c.references.map((r) => [r.label, r.kind])).toEqual([
      ['A', 'cable'],
      ['B', 'cable'],
      ['C', 'cable'],
    ]);
    expect(c.references[2]?.referenceId).toBe('07ABUDHABI4471');
    expect(c.references[1]?.text).toBe('ABU DHABI 1040, WEEKLY POLITICAL SUMMARY FOR FEBRUARY 22-26');
    expect(c.unparsed).toEqual([]);
  });

  it('guard: the same lines end the list when no next letter follows them, or when they are a heading or an order with its colon', () => {
    expect(parseReferences('REF: A. STATE 1\n     B. STATE 2\nSUMMARY FOR FEBRUARY\n1. TEXT', { year: 2008 }).map((r) => r.label)).toEqual(['A', 'B']);
    expect(parseReferences('REF: A. STATE 1\n     B. STATE 2\nSUMMARY: THE TEXT\n     C. STATE 3', { year: 2008 }).map((r) => r.label)).toEqual(['A', 'B']);
    expect(parseReferences('REF: A. STATE 1\n     B. STATE 2\nE.O. 12958: DECL: 1/1/2018\n     C. STATE 3', { year: 2008 }).map((r) => r.label)).toEqual(['A', 'B']);
    // (Nor over a letter the list has not reached: `B` missing before `D`.)
    expect(parseReferences('REF: A. STATE 1\nSUMMARY FOR FEBRUARY\n     C. STATE 3', { year: 2008 }).map((r) => r.label)).toEqual(['A']);
  });
});

describe('an unnumbered summary glued right under a one-line REF (era leftover 2322, session 25)', () => {
  const text = (...lines: string[]): string =>
    cable('LIMITED OFFICIAL USE LIMA 004512', '', 'E.O. 12958: N/A', 'TAGS: EINV, PE', 'SUBJECT: REFINERY SALE POSTPONED', ...lines, '', '1.  THE DELAY WAS REQUESTED BY THE MINISTRY.', '', 'JETT');

  it('opens the body: the summary is its first, unnumbered paragraph, not REF text', () => {
    const c = parseCable(text('REF: A) STATE 98231 B) LIMA 4102', 'SUMMARY: THE AUCTION IS POSTPONED.  END SUMMARY.'));
    expect(c.references.map((r) => r.label)).toEqual(['A', 'B']);
    expect(c.paragraphs.map((p) => p.number)).toEqual([null, '1']);
    expect(c.summary).toBe('THE AUCTION IS POSTPONED.');
    expect(c.unparsed).toEqual([]);
  });

  it("guard: a title's `SUMMARY` without its colon, wrapped under the REF line, opens no body", () => {
    const c = parseCable(text('REF: A. LIMA 1040, WEEKLY ECONOMIC', 'SUMMARY FOR MAY 18-22', 'B. STATE 4471'));
    expect(c.references.map((r) => r.text)).toEqual(['LIMA 1040, WEEKLY ECONOMIC SUMMARY FOR MAY 18-22', 'STATE 4471']);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
  });
});

describe('an action request caption glued right under a one-line REF (era leftover 2963, session 28)', () => {
  const text = (...lines: string[]): string =>
    cable('UNCLAS ANKARA 006120', '', 'E.O. 12958: N/A', 'TAGS: CASC, OTRA, TU', 'SUBJECT: REQUEST FOR COUNTRY CLEARANCE', ...lines, '', '1. EMBASSY GRANTS COUNTRY CLEARANCE.', 'MCELDOWNEY');

  it('opens the body: the caption is the first, unnumbered paragraph, not REF text', () => {
    const captions: [string, string][] = [
      ['ACTION REQUESTED: PLEASE ADVISE ARRIVAL TIMES BY NOVEMBER 4.', 'ACTION REQUESTED: PLEASE ADVISE ARRIVAL TIMES BY NOVEMBER 4.'],
      ['(SBU) Action Request: Please advise arrival times.', 'Action Request: Please advise arrival times.'],
    ];
    for (const [caption, first] of captions) {
      const c = parseCable(text('REF: STATE 199411', caption));
      expect(c.references.map((r) => r.text)).toEqual(['STATE 199411']);
      expect(c.paragraphs.map((p) => p.number)).toEqual([null, '1']);
      expect(c.paragraphs[0]?.text).toBe(first);
    }
  });

  it('guard: the words inside a reference entry, no caption at the line start, stay the entry\'s', () => {
    const c = parseCable(text('REF: STATE 199411 (ACTION REQUEST:', 'COUNTRY CLEARANCE)'));
    expect(c.references.map((r) => r.text)).toEqual(['STATE 199411 (ACTION REQUEST: COUNTRY CLEARANCE)']);
  });
});

describe('a first label of another style right under a one-line REF (era leftover 3345, session 28)', () => {
  const text = (...lines: string[]): string =>
    cable('CONFIDENTIAL BONN 08834', '', 'E.O. 12356: DECL: OADR', 'TAGS: PREL, GM', 'SUBJECT: FRG CONTRIBUTION TO GULF WAR COSTS', 'REF: STATE 77120', ...lines, 'KIMMITT');

  it('opens the body: `(1) (C)` under `REF: STATE 77120` is paragraph 1, not a reference', () => {
    const c = parseCable(text('(1) (C) ENTIRE TEXT.', '(2) (C) CHANCELLERY OFFICIAL TOLD POLCOUNS THE FRG WILL PAY.', '(3) (C) EMBASSY WILL FOLLOW UP.'));
    expect(c.references.map((r) => r.text)).toEqual(['STATE 77120']);
    expect(c.paragraphs.map((p) => [p.number, p.marking])).toEqual([
      ['1', 'C'],
      ['2', 'C'],
      ['3', 'C'],
    ]);
    expect(c.signer).toBe('KIMMITT');
  });

  it('guard: a REF list that opens with its label, or a labeled entry citing a cable, stays in the preamble', () => {
    const listed = parseCable(cable('CONFIDENTIAL BONN 08834', '', 'TAGS: PREL, GM', 'SUBJECT: TEST', 'REF: A) STATE 77120', 'B) BONN 8012', '', '1. (C) TEXT.', '', 'KIMMITT'));
    expect(listed.references.map((r) => r.label)).toEqual(['A', 'B']);
    const cited = parseCable(text('A) STATE 12345', '', '1. (C) TEXT.', ''));
    expect(cited.references.map((r) => r.text)).toContain('STATE 12345');
  });
});

describe("a reference's own SUBJECT: on the REF line, after the cable's subject (era red team 405, session 28)", () => {
  it('keeps the list whole: the subject is the entry\'s text, the next entries the list\'s', () => {
    const c = parseCable(
      cable('CONFIDENTIAL MANILA 001377', '', 'E.O. 12958: DECL: 06/12/2019', 'TAGS: PTER, RP', 'SUBJECT: PHILIPPINES: ATA PROGRAM REVIEW', '', 'REF: A. 09 STATE 45512, SUBJECT: FY 2010 ANTITERRORISM', '        ASSISTANCE PROGRAM GUIDANCE', '     B. 09 MANILA 1201, SUBJECT: ATA TRAINING PLAN', '', '1. (C) TEXT.', '', 'KENNEY'),
    );
    expect(c.references.map((r) => r.label)).toEqual(['A', 'B']);
    expect(c.references.map((r) => r.referenceId)).toEqual(['09STATE45512', '09MANILA1201']);
    expect(c.subject).toBe('PHILIPPINES: ATA PROGRAM REVIEW');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
    expect(c.unparsed).toEqual([]);
  });
});

describe('an unnumbered body typed right under a one-line REF (era leftover 2337, session 25)', () => {
  const text = (...lines: string[]): string =>
    cable('UNCLAS NAIROBI 007318', '', 'E.O. 12356: N/A', 'TAGS: PREL, MOPS, KE', 'SUBJECT: TROOPS FOR RWANDA', '', ...lines, '', 'EMBASSY WILL REPORT SEPTEL.', 'KINCAID');

  it('opens the body: the sentence is no reference text', () => {
    const c = parseCable(text('REF: STATE 152210', 'EMBASSY DELIVERED REFTEL REQUEST JUNE 10 TO MFA PERMANENT', 'SECRETARY ODUYA.'));
    expect(c.references.map((r) => r.text)).toEqual(['STATE 152210']);
    expect(c.paragraphs.map((p) => p.text)).toEqual(['EMBASSY DELIVERED REFTEL REQUEST JUNE 10 TO MFA PERMANENT SECRETARY ODUYA.', 'EMBASSY WILL REPORT SEPTEL.']);
  });

  it('guard: a labeled list, or a passing line, under the REF line stays in the preamble', () => {
    const listed = parseCable(text('REF: A. USNATO 278', "     B. YATES/REID E-MAIL FWD'D TO DEPT", '', 'THE TEXT.'));
    expect(listed.references.map((r) => r.label)).toEqual(['A', 'B']);
    const passed = parseCable(text('REF: STATE 152210', 'PLEASE PASS TO THE MINISTER OF DEFENSE', '', 'THE TEXT.'));
    expect(passed.paragraphs.map((p) => p.text)).not.toContain('PLEASE PASS TO THE MINISTER OF DEFENSE');
  });
});

describe('a short body right under a one-line REF, with `AS`, `IS` or `ARE` (era red team 282, session 26)', () => {
  it('opens the body on a sentence word of a confirmation', () => {
    const c = parseCable(cable('UNCLAS TOKYO 01122', 'TAGS: OREP, JA', 'SUBJECT: CODEL WOLFF', 'REF: STATE 014772', 'HOTEL OKURA RESERVATIONS CONFIRMED FOR JANUARY 27-30 AS REQUESTED', 'REFTEL. CONTROL OFFICER IS POLOFF GREEN.', 'HODGSON'));
    expect(c.references.map((r) => r.text)).toEqual(['STATE 014772']);
    expect(c.paragraphs.map((p) => p.text)).toEqual(['HOTEL OKURA RESERVATIONS CONFIRMED FOR JANUARY 27-30 AS REQUESTED REFTEL. CONTROL OFFICER IS POLOFF GREEN.']);
    expect(c.signer).toBe('HODGSON');
  });
});

describe('a marked first paragraph of two sentences after a blank line under a REF list (property P1, FC_SEED=8, session 27)', () => {
  const text = (first: string): string =>
    cable('CONFIDENTIAL ASTANA 002548', '', 'E.O. 12356: DECL: 01/01/1999', 'TAGS: MNUC, KZ', 'SUBJECT: TEST', '', 'REF: A) OSCE DAILY DIGEST 01/01/94', 'B) 91 STATE 1', '', first, '', '2. (C) More text.', '', 'CLINTON');

  it('opens the body even when a place name and a number in it read like a cable', () => {
    const firsts = [
      '(C) Kazakhstan 2009 elections were, the OSCE says, flawed. The Ambassador raised them.',
      '(C) ASTANA 2 AND THE MINISTRY AGREED. THE AMBASSADOR WILL FOLLOW UP.',
      // The second sentence on the line under it.
      '(C) Kazakhstan 2, the OSCE and the Ministry agreed.\nThe Ambassador will follow up.',
    ];
    for (const first of firsts) {
      const c = parseCable(text(first));
      expect(c.references.map((r) => r.label)).toEqual(['A', 'B']);
      expect(c.paragraphs.map((p) => [p.number, p.marking, p.text])).toEqual([
        [null, 'C', first.slice(4).replace('\n', ' ')],
        ['2', 'C', 'More text.'],
      ]);
    }
  });

  it('guard: a cited cable with a caveat or a second cable after a stop is still the list\'s next entry', () => {
    expect(parseCable(text('(C) TASHKENT 1234 (NOTAL). ALSO SEE BISHKEK 45.')).references.map((r) => r.label)).toEqual(['A', 'B', 'C']);
    expect(parseCable(text('(C) STATE 1234. NOTAL.')).references.map((r) => r.label)).toEqual(['A', 'B', 'C']);
  });
});

describe('a REF list cut by a joined section (era leftover 3597, session 28)', () => {
  const text = (...cut: string[]): string =>
    cable('S E C R E T SECTION 01 OF 02 KABUL 003312', '', 'SIPDIS', '', 'E.O. 12958: DECL: 10/12/2019', 'TAGS: PREL, AF', 'SUBJECT: TEST', '', 'REF: A. KABUL 3011', '     B. KABUL 3104', ...cut, '     C. KANDAHAR 0212 (NOTAL)', '     D. 08 KABUL 2874', '', '1. (S) TEXT.', '', 'EIKENBERRY');

  it("goes on under the later section's banner, its SIPDIS and page marker, with or without blank lines", () => {
    for (const cut of [
      ['S E C R E T SECTION 02 OF 02 KABUL 003312', 'SIPDIS', 'KABUL 00003312  002 OF 002'],
      ['', 'S E C R E T SECTION 02 OF 02 KABUL 003312', '', 'SIPDIS', '', 'KABUL 00003312  002 OF 002', ''],
    ]) {
      const c = parseCable(text(...cut));
      expect(c.references.map((r) => r.label)).toEqual(['A', 'B', 'C', 'D']);
      expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
    }
  });

  it('guard: a repeat of the first section\'s banner ends the list as before', () => {
    const c = parseCable(text('S E C R E T SECTION 01 OF 02 KABUL 003312'));
    expect(c.references.map((r) => r.label)).toEqual(['A', 'B']);
  });
});

describe('REF labels alone on their lines, each entry on the next (era red team 410, session 29)', () => {
  const cable = (...ref: string[]): string => ['CONFIDENTIAL TEL AVIV 004512', '', 'E.O. 12958: DECL: 05/01/2009', 'TAGS: PREL, IS', 'SUBJECT: TALKS', '', ...ref, '', '1. (C) Talks went on.', '', 'INDYK'].join('\n');

  it('reads every entry, `A)`, `(A)` or `A.` alone, and leaves no label over in unparsed', () => {
    for (const [a, b, c] of [['A)', 'B)', 'C)'], ['(A)', '(B)', '(C)'], ['A.', 'B.', 'C.']]) {
      const text = cable(`REF: ${a}`, '     TEL AVIV 4302', `     ${b}`, '     JERUSALEM 1202', `     ${c}`, '     STATE 109810');
      const parsed = parseCable(text);
      expect(parsed.references.map((r) => [r.label, r.text]), a).toEqual([['A', 'TEL AVIV 4302'], ['B', 'JERUSALEM 1202'], ['C', 'STATE 109810']]);
      expect(parsed.unparsed, a).toEqual([]);
      expect(parsed.paragraphs.map((p) => [p.number, p.heading]), a).toEqual([['1', null]]);
      // Each entry's span starts at its label.
      expect(parsed.spans.references.map((s) => text.slice(s.start, s.end).split('\n')[0]?.trim()).slice(1), a).toEqual([b, c]);
    }
  });
});
