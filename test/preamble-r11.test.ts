/**
 * Preamble and header fixes from review rounds 11-13. All inputs are synthetic cable lines
 * in the shape the reviews show; expected values are read off the input.
 */

import { describe, expect, it } from 'vitest';
import { parseCable } from '../src/index.js';
import { parseClassificationLine } from '../src/preamble/classification.js';
import { parseClassifiedBy } from '../src/preamble/classified-by.js';
import { canonicalizeReferenceId } from '../src/preamble/reference-id.js';
import { parseReferences } from '../src/preamble/references.js';
import { parseSubject } from '../src/preamble/subject.js';
import { parseRecipient } from '../src/header/routing-header.js';

/** A cable text from lines. */
const cable = (...lines: string[]): string => lines.join('\n');

describe('a letter-spaced classification word with a space missing or doubled', () => {
  it('reads `SE C R E T POST 000123` as the banner, not distribution', () => {
    const c = parseCable(cable('SE C R E T FARAWAY 000123', '', 'SIPDIS', '', 'E.O. 12958: DECL: 01/01/2019', 'TAGS: PREL XX', 'SUBJECT: A MEETING', '', '1. (S) Text.'));
    expect(c.classification).toEqual({ level: 'SECRET', caveats: [], text: 'SE C R E T' });
    expect(c.post).toBe('FARAWAY');
    expect(c.serial).toBe('000123');
    expect(c.distribution).toEqual([]);
    expect(c.diagnostics.map((d) => d.code)).not.toContain('CLASSIFICATION_MISSING');
  });

  it('reads other damaged spacings of the three words', () => {
    expect(parseClassificationLine('S E C  R E T FARAWAY 000123')?.classification.level).toBe('SECRET');
    expect(parseClassificationLine('C O N F I D E N T I AL SECTION 01 OF 02 FARAWAY 001234')?.classification).toEqual({ level: 'CONFIDENTIAL', caveats: [], text: 'C O N F I D E N T I AL' });
    const u = parseClassificationLine('UN C L A S S I F I E D FARAWAY 000042');
    expect(u?.classification.level).toBe('UNCLASSIFIED');
    expect(u?.post).toBe('FARAWAY');
  });

  it('guard: words that only start like a classification word are no banner', () => {
    expect(parseClassificationLine('SE C R E TARIAT MEETING')).toBeNull();
    expect(parseClassificationLine('SEC RET')).toBeNull();
    expect(parseClassificationLine('S E C R E T FARAWAY 000123')?.classification.text).toBe('S E C R E T');
  });
});

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

describe('Classified By', () => {
  it('reads reasons joined by `+`', () => {
    const cb = parseClassifiedBy("Classified By: Charge d'Affaires John Q.Doe, Reasons 1.4(b+d)");
    expect(cb?.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(cb?.text).toBe("Classified By: Charge d'Affaires John Q.Doe, Reasons 1.4(b+d)");
  });

  it('gives a bare initial before a given name to the name', () => {
    const cb = parseClassifiedBy('Classified By: Amb. J Robert Roe for reasons 1.4b and d.');
    expect(cb?.title).toBe('Amb.');
    expect(cb?.name).toBe('J Robert Roe');
  });

  it('guard: an office acronym before a name stays in the title', () => {
    const cb = parseClassifiedBy('Classified By: USEU Pol M-C Jane Roe for reasons 1.4 (b) and (d)');
    expect(cb?.title).toBe('USEU Pol M-C');
    expect(cb?.name).toBe('Jane Roe');
  });

  it('keeps an initial an archive cut after (`Jane R...`)', () => {
    expect(parseClassifiedBy('Classified by Senior Watch Officer Jane R...')?.name).toBe('Jane R');
  });
});

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

describe('a subject followed by the body on its line', () => {
  it('stops before a heading reflowed onto the subject line', () => {
    expect(parseSubject('SUBJECT: FARAWAY MORNING PRESS HIGHLIGHTS 06/26/09 Index: Index:')).toBe('FARAWAY MORNING PRESS HIGHLIGHTS 06/26/09');
    const c = parseCable(cable('UNCLAS FARAWAY 001441', '', 'E.O. 12958: N/A', 'TAGS: OIIP KMDR', 'SUBJECT: FARAWAY MORNING PRESS HIGHLIGHTS 06/26/09 Index: Index:', '', '1. Prime Minister schedule.', '', 'ROE'));
    expect(c.subject).toBe('FARAWAY MORNING PRESS HIGHLIGHTS 06/26/09');
    expect(c.paragraphs.map((p) => p.text)).toContain('Index: Index:');
  });

  it('paragraph 1 reflowed onto the subject line goes to the body', () => {
    const c = parseCable(cable('UNCLAS FARAWAY 001441', '', 'E.O. 12958: N/A', 'TAGS: OIIP KMDR', 'SUBJECT: FARAWAY PRESS 1. (U) Summary: the press said.', '', '2. (U) More text.', '', 'ROE'));
    expect(c.subject).toBe('FARAWAY PRESS');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(c.paragraphs[0]?.text).toBe('Summary: the press said.');
  });

  it('guard: a subject line ending in a country and colon goes on', () => {
    expect(parseSubject('SUBJECT: FARAWAY:\nSECOND MEETING ON WATER')).toBe('FARAWAY: SECOND MEETING ON WATER');
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

describe('station misspellings in references', () => {
  it('resolves SECTATE and TALLIN', () => {
    expect(parseReferences('REF:  SECTATE 188288', { year: 2005 })[0]?.referenceId).toBe('05STATE188288');
    expect(parseReferences('REF: A. VILNIUS 533 B. TALLIN 309', { year: 2009 })[1]?.referenceId).toBe('09TALLINN309');
    expect(canonicalizeReferenceId('09TALLINN309')).toBe('09TALLINN309');
  });
});

describe('hostile input stays linear', () => {
  it('parses long adversarial lines quickly', () => {
    const inputs = [
      // Spaced letters that keep extending a classification word's prefix.
      `${'SE C R E '.repeat(20000)}T`,
      `SUBJECT: ${'Index: '.repeat(20000)}x:`,
      `UNCLAS FARAWAY 000001\nREF: ${'A. STATE 1 NOTE'.repeat(10000)}: x`,
      `UNCLAS FARAWAY 000001\nREF: A. STATE 1\n\n${'February 7\n\n'.repeat(10000)}`,
      `Classified By: Amb. ${'P '.repeat(50000)}Roe for reasons 1.4(${'b+'.repeat(1000)}d)`,
    ];
    for (const input of inputs) {
      const t0 = performance.now();
      parseCable(input);
      expect(performance.now() - t0).toBeLessThan(1500);
    }
  });
});

describe('a short station name in a reference (r17)', () => {
  it('resolves ADDIS to ADDISABABA', () => {
    expect(parseReferences('REF: ADDIS 3365', { year: 2007 })[0]?.referenceId).toBe('07ADDISABABA3365');
  });
});
