import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifiedByEnd, parseClassifiedBy } from '../src/preamble/classified-by.js';
import { parseCable } from '../src/index.js';
import { msUnder } from './timing.js';

describe('parseClassifiedBy: the field guide examples', () => {
  it('title before the name, reasons with "and"', () => {
    expect(parseClassifiedBy('Classified By: Ambassador Richard E. Hoagland for reasons 1.4 (b) and (d)')).toEqual({
      name: 'Richard E. Hoagland',
      title: 'Ambassador',
      reasons: ['1.4(b)', '1.4(d)'],
      text: 'Classified By: Ambassador Richard E. Hoagland for reasons 1.4 (b) and (d)',
    });
  });

  it('title after a comma, REASON keyword, upper-case letters', () => {
    expect(parseClassifiedBy('CLASSIFIED BY: Jane Q. Doe, Political Officer; REASON: 1.4(B), (D)')).toEqual({
      name: 'Jane Q. Doe',
      title: 'Political Officer',
      reasons: ['1.4(b)', '1.4(d)'],
      text: 'CLASSIFIED BY: Jane Q. Doe, Political Officer; REASON: 1.4(B), (D)',
    });
  });

  it('inside paragraph 1, older order', () => {
    expect(parseClassifiedBy('1.  (U)  CLASSIFIED BY JOHN DOE, DEPUTY CHIEF OF MISSION. REASON: 1.5 (D)')).toEqual({
      name: 'JOHN DOE',
      title: 'DEPUTY CHIEF OF MISSION',
      reasons: ['1.5(d)'],
      text: 'CLASSIFIED BY JOHN DOE, DEPUTY CHIEF OF MISSION. REASON: 1.5 (D)',
    });
  });
});

describe('parseClassifiedBy: variants', () => {
  it.each([
    ['Classified By: DCM John Smith, reasons 1.4(b,d)', 'John Smith', 'DCM', ['1.4(b)', '1.4(d)']],
    [
      'Classified by Acting Political Counselor Jane Doe for Reasons 1.4 (b), (d) and (h)',
      'Jane Doe',
      'Acting Political Counselor',
      ['1.4(b)', '1.4(d)', '1.4(h)'],
    ],
    ["Classified By: Charge d'Affaires John Smith for reasons 1.4 (b and d)", 'John Smith', "Charge d'Affaires", ['1.4(b)', '1.4(d)']],
    ['Classified By: Charge d’Affaires John Smith, reasons 1.4 b/d', 'John Smith', 'Charge d’Affaires', ['1.4(b)', '1.4(d)']],
    ['Classified By: Deputy Chief of Mission Jane Roe, Reasons 1.4 B & D', 'Jane Roe', 'Deputy Chief of Mission', ['1.4(b)', '1.4(d)']],
    ['Classified By: PolOff Jane Roe for reasons 1.4 (d)', 'Jane Roe', 'PolOff', ['1.4(d)']],
    ['Classified By: A/DCM Jane Roe. Reasons 1.4 (b), (d).', 'Jane Roe', 'A/DCM', ['1.4(b)', '1.4(d)']],
    ['Classified By: Political Counselor John Q. Public, reasons 1.4 (b/d).', 'John Q. Public', 'Political Counselor', ['1.4(b)', '1.4(d)']],
    ['Classified By: Amb. Jane Roe for reasons 1.4 a,b,and d.', 'Jane Roe', 'Amb.', ['1.4(a)', '1.4(b)', '1.4(d)']],
    ['Classified By: AMBASSADOR JOHN SMITH FOR REASONS 1.4 (B) AND (D).', 'JOHN SMITH', 'AMBASSADOR', ['1.4(b)', '1.4(d)']],
    ['Classified By: Ambassador JOHN SMITH for reasons 1.4 (b)', 'JOHN SMITH', 'Ambassador', ['1.4(b)']],
    ['Classified By: USEU Political M-C John Smith for reasons 1.4 (b) and (d)', 'John Smith', 'USEU Political M-C', ['1.4(b)', '1.4(d)']],
    ['Classified By: POLITICAL COUNSELOR, JOHN SMITH, FOR REASONS 1.5(B,D)', 'JOHN SMITH', 'POLITICAL COUNSELOR', ['1.5(b)', '1.5(d)']],
    ['Classified By: Jane Roe, Ambassador, per 1.4 (b)', 'Jane Roe', 'Ambassador', ['1.4(b)']],
    ['Classified By: Charge d’Affaires Jane Roe per 1.4 (b,d).', 'Jane Roe', 'Charge d’Affaires', ['1.4(b)', '1.4(d)']],
    ['Classified By: EUR A/S JOHN SMITH, ACTING, REASONS 1.4 (B) AND (D)', 'JOHN SMITH', 'EUR A/S, ACTING', ['1.4(b)', '1.4(d)']],
    ['Classified By: CDA, A.I. JOHN SMITH FOR REASON 1.5 (A/C).', 'JOHN SMITH', 'CDA, A.I.', ['1.5(a)', '1.5(c)']],
    ['Classified By: DOE, Jane, DCM; REASON: 1.4(B), (D)', 'DOE, Jane', 'DCM', ['1.4(b)', '1.4(d)']],
    ['Classified By: Ambassador John Smith, Jr., for reasons 1.4(b, d)', 'John Smith, Jr.', 'Ambassador', ['1.4(b)', '1.4(d)']],
    ['Classified By: POLITICAL COUNSELOR JOHN SMITH FOR 1.4 (D)', 'JOHN SMITH', 'POLITICAL COUNSELOR', ['1.4(d)']],
    ['Classified By: Jane Roe, Director, INR/OPS. REASON: 1.4(C).', 'Jane Roe', 'Director, INR/OPS', ['1.4(c)']],
    ['Classified By: XXXXXXXXXXXX for reasons 1.4(b,d).', 'XXXXXXXXXXXX', null, ['1.4(b)', '1.4(d)']],
    ['Classified By: Jane Roe for reasons 1.4 (a,b,c,d)', 'Jane Roe', null, ['1.4(a)', '1.4(b)', '1.4(c)', '1.4(d)']],
  ] as const)('%j', (input, name, title, reasons) => {
    const got = parseClassifiedBy(input);
    expect(got?.name).toBe(name);
    expect(got?.title).toBe(title);
    expect(got?.reasons).toEqual(reasons);
  });

  it('reads a statement wrapped over several lines', () => {
    expect(parseClassifiedBy('Classified By: Acting Political Counselor Jane Doe,\n    reasons 1.4(b), (d)\n and (h).')).toEqual({
      name: 'Jane Doe',
      title: 'Acting Political Counselor',
      reasons: ['1.4(b)', '1.4(d)', '1.4(h)'],
      text: 'Classified By: Acting Political Counselor Jane Doe, reasons 1.4(b), (d) and (h).',
    });
  });

  it('repairs words and numbers split by the scraper', () => {
    const got = parseClassifiedBy("Classified By: Charge d'Affaires Jane Roe for re\nasons 1.\n5 (b) an\nd (d).");
    expect(got?.name).toBe('Jane Roe');
    expect(got?.title).toBe("Charge d'Affaires");
    expect(got?.reasons).toEqual(['1.5(b)', '1.5(d)']);
  });

  it('reads "E.O. 12958" inside the reasons', () => {
    expect(parseClassifiedBy('Classified By: Ambassador Jane Roe; reasons: E.O. 12958 1.4 (d)')?.reasons).toEqual(['1.4(d)']);
  });

  it('stops before body text reflowed after the reasons', () => {
    const got = parseClassifiedBy('Classified By: DCM Jane Roe for reasons 1.4 (b) and (d)  (C/NF) The minister said');
    expect(got?.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(got?.text).toBe('Classified By: DCM Jane Roe for reasons 1.4 (b) and (d)');
    const got2 = parseClassifiedBy('Classified By: DCM Jane Roe, reasons 1.4 (b/d). 1. (C) Summary: The minister said');
    expect(got2?.text).toBe('Classified By: DCM Jane Roe, reasons 1.4 (b/d).');
  });

  it('without reasons: the statement is the keyword line', () => {
    expect(parseClassifiedBy('Classified By: RSO JOHN SMITH\nREF: STATE 1')).toEqual({
      name: 'JOHN SMITH',
      title: 'RSO',
      reasons: [],
      text: 'Classified By: RSO JOHN SMITH',
    });
  });

  it('returns null without the keyword', () => {
    expect(parseClassifiedBy('REF: STATE 1234')).toBeNull();
  });

  it('does not throw on junk', () => {
    expect(parseClassifiedBy('')).toBeNull();
    expect(parseClassifiedBy('(((((')).toBeNull();
    expect(parseClassifiedBy('REF: A) '.repeat(100_000))).toBeNull();
    expect(parseClassifiedBy('Classified By: ' + 'REF: A) '.repeat(100_000))).not.toBeNull();
    expect(parseClassifiedBy('Classified By: X for reasons ' + '1.4 (b) '.repeat(20_000))?.reasons).toEqual(['1.4(b)']);
    expect(parseClassifiedBy('Classified By: ' + ', '.repeat(50_000) + 'x')).not.toBeNull();
  });
});

describe('parseClassifiedBy: connectors and neighbours', () => {
  it('reads a connector as a title word only between title words', () => {
    expect(parseClassifiedBy('Classified By: Ambassador De La Cruz for reasons 1.4 (b)')?.name).toBe('De La Cruz');
    const got = parseClassifiedBy('Classified By: Charge de Affaires a.i. Jane Roe for reasons 1.5 (b) and (d)');
    expect(got?.name).toBe('Jane Roe');
    expect(got?.title).toBe('Charge de Affaires a.i.');
  });

  it('does not read DECLASSIFIED BY as the keyword', () => {
    expect(parseClassifiedBy('E.O. 12958: DECL: DECLASSIFIED BY NARA 09/02/2009')).toBeNull();
  });

  it('does not take a later "reason" in the body for the reasons', () => {
    const got = parseClassifiedBy(`Classified By: RSO JOHN SMITH\n${'Body text. '.repeat(60)}For this reason 1.4 (b) applies.`);
    expect(got?.name).toBe('JOHN SMITH');
    expect(got?.reasons).toEqual([]);
  });
});

describe('classifiedByEnd: where the statement ends in the text as written', () => {
  it('ends after the reasons (and a closing period), before text reflowed after them', () => {
    const line = 'Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d) 1. (C) Summary. The minister ...';
    expect(line.slice(0, classifiedByEnd(line))).toBe('Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d)');
    const period = 'CLASSIFIED BY: John Doe, CG. REASON: 1.4 (b), (d). This is an action request.';
    expect(period.slice(0, classifiedByEnd(period))).toBe('CLASSIFIED BY: John Doe, CG. REASON: 1.4 (b), (d).');
  });

  it('maps the end back over collapsed whitespace and line breaks', () => {
    const text = 'Classified By:  Political Counselor   John Doe,\nreasons  1.4 (b)\n and (d)   Summary';
    expect(text.slice(0, classifiedByEnd(text))).toBe('Classified By:  Political Counselor   John Doe,\nreasons  1.4 (b)\n and (d)');
  });

  it('ends where the same statement ends with its whitespace collapsed (property)', () => {
    // The statement with each whitespace run (and a backslash before whitespace) written as
    // one space ends at the same place, mapped back to the text as written.
    // A statement whose words are separated by any whitespace, then some text or punctuation.
    const words = ['Classified By:', 'John', 'Doe,', 'reasons', '1.4', '(b)', 'and', '(d)'];
    const gap = fc.constantFrom(' ', '  ', '\n', '\t', ' \\\n', '\u00a0', ' \n ');
    const tail = fc.array(fc.constantFrom('Summary', '.', 'x', ' ', '  ', '\n', '(c)', '\\'), { maxLength: 5 });
    fc.assert(
      fc.property(fc.array(gap, { minLength: words.length, maxLength: words.length }), tail, (gaps, rest) => {
        const text = words.map((w, k) => w + (gaps[k] as string)).join('') + rest.join('');
        const isBlankAt = (k: number): boolean => {
          const c = text.charCodeAt(k);
          return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c === 92 && k + 1 < text.length && /\s/.test(text.charAt(k + 1)));
        };
        // Collapsed, with the index in `text` of each character (a run's first one for its space).
        const at: number[] = [];
        let spaced = '';
        for (let k = 0; k < text.length; k++) {
          if (isBlankAt(k)) {
            if (k === 0 || !isBlankAt(k - 1)) {
              spaced += ' ';
              at.push(k);
            }
            continue;
          }
          spaced += text.charAt(k);
          at.push(k);
        }
        const end = classifiedByEnd(spaced);
        const expected = end <= 0 ? -1 : (at[end - 1] as number) + 1;
        expect(classifiedByEnd(text)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('is -1 without keyword or reasons', () => {
    expect(classifiedByEnd('Classified By: Ambassador Jane Roe')).toBe(-1);
    expect(classifiedByEnd('The ambassador said 1.4 (b)')).toBe(-1);
  });

  it('runs in linear time on a long line', () => {
    const long = `Classified By: ${'Ambassador (b) and (d) '.repeat(20000)} reasons 1.4 (b)`;
    const ms = msUnder(500, () => {
      classifiedByEnd(long);
    });
    expect(ms).toBeLessThan(500);
  });
});

describe('parseClassifiedBy: a derivation and a lost parenthesis (r3d)', () => {
  it('reads no name for a statement derived from sources', () => {
    expect(parseClassifiedBy('Classified By: Derived from Multiple Sources')).toEqual({ name: null, title: null, reasons: [], text: 'Classified By: Derived from Multiple Sources' });
    expect(parseClassifiedBy('CLASSIFIED BY: DERIVED FROM: DSCG 05-1, REASON 1.4 (C)')?.name).toBeNull();
  });

  it('reads the last reason whose closing parenthesis was lost at the end of the text', () => {
    const cb = parseClassifiedBy('Classified By: Ambassador Jane Q. Roe, Reasons 1.4 (b) and (d');
    expect(cb?.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(cb?.name).toBe('Jane Q. Roe');
    expect(cb?.text).toBe('Classified By: Ambassador Jane Q. Roe, Reasons 1.4 (b) and (d');
  });

  it('reads no lost-parenthesis letter before more text (guard)', () => {
    expect(parseClassifiedBy('Classified By: Jane Roe, Reasons 1.4 (b) and (d and more')?.reasons).toEqual(['1.4(b)']);
  });
});

describe('parseClassifiedBy: a source named alone, a title cut by the archive (s5e)', () => {
  it('reads no person for a statement that names only multiple sources', () => {
    expect(parseClassifiedBy('Classified By: MULTIPLE SOURCES')).toEqual({ name: null, title: null, reasons: [], text: 'Classified By: MULTIPLE SOURCES' });
    const cb = parseClassifiedBy('Classified By: Multiple Sources, reason 1.4 (c)');
    expect(cb?.name).toBeNull();
    expect(cb?.reasons).toEqual(['1.4(c)']);
  });

  it('still reads a person whose name merely contains the words (guard)', () => {
    expect(parseClassifiedBy('Classified By: Ambassador Jane Roe, multiple sources, reasons 1.4 (b)')?.name).toBe('Jane Roe');
  });

  it('reads an office acronym and title as a title when the cut word was the only lower-case one', () => {
    // `USEU POLMC Jan...`: the name was cut after its first letters; what is left is all title.
    expect(parseClassifiedBy('Classified By: USEU POLMC Jan...')).toMatchObject({ name: null, title: 'USEU POLMC', reasons: [] });
  });

  it('keeps an all-caps name in upper-case text cut by the archive (guard)', () => {
    expect(parseClassifiedBy('Classified By: RSO JOHN SMITH, Re...')).toMatchObject({ name: 'JOHN SMITH', title: 'RSO' });
    expect(parseClassifiedBy('Classified By: JOHN SMITH, A...')).toMatchObject({ name: 'JOHN SMITH', title: null });
  });
});

describe('parseClassifiedBy: two officials joined by and (r5)', () => {
  it('keeps both names in the name and both titles in the title', () => {
    expect(parseClassifiedBy('Classified By: RMAS Chief Jane Roe and Poloff John Q. Doe for re asons 1.4 (b, d).')).toEqual({
      name: 'Jane Roe and John Q. Doe',
      title: 'RMAS Chief, Poloff',
      reasons: ['1.4(b)', '1.4(d)'],
      text: 'Classified By: RMAS Chief Jane Roe and Poloff John Q. Doe for re asons 1.4 (b, d).',
    });
    expect(parseClassifiedBy('CLASSIFIED BY: AMBASSADOR JANE ROE AND DEPUTY CHIEF OF MISSION JOHN DOE, REASON 1.4 (D)')).toMatchObject({
      name: 'JANE ROE AND JOHN DOE',
      title: 'AMBASSADOR, DEPUTY CHIEF OF MISSION',
    });
    expect(parseClassifiedBy('Classified By: Jane Roe and Econoff John Doe, reasons 1.4 (b)')).toMatchObject({ name: 'Jane Roe and John Doe', title: 'Econoff' });
  });

  it('keeps a title holding and, and one title before two names (guard)', () => {
    expect(parseClassifiedBy('Classified By: Political and Economic Counselor Jane Roe, reasons 1.4 (b)')).toMatchObject({ name: 'Jane Roe', title: 'Political and Economic Counselor' });
    expect(parseClassifiedBy('Classified By: Political-Military and Economic Counselor Jane Roe, reasons 1.4 (b)')).toMatchObject({ name: 'Jane Roe', title: 'Political-Military and Economic Counselor' });
    expect(parseClassifiedBy('Classified By: Ambassador Jane Roe and John Doe, reasons 1.4 (b)')).toMatchObject({ name: 'Jane Roe and John Doe', title: 'Ambassador' });
    expect(parseClassifiedBy('Classified By: Ambassador Jane Roe, reasons 1.4 (b) and (d)')).toMatchObject({ name: 'Jane Roe', title: 'Ambassador' });
  });

  it('reads a long run of and-joined words in linear time', () => {
    const ms = msUnder(500, () => {
      parseClassifiedBy(`Classified By: ${'Poloff Jane Roe and '.repeat(8000)}reasons 1.4 (b)`);
      parseClassifiedBy(`Classified By: ${'Jane and '.repeat(20000)}reasons 1.4 (b)`);
    });
    expect(ms).toBeLessThan(500);
  });
});

describe('parseClassifiedBy: a plural title two officials share', () => {
  it('splits the plural title off both names', () => {
    expect(parseClassifiedBy('CLASSIFIED BY: POLOFFS JOHN SMITH AND MARY JONES.  REASON: 1.5 (B) AND (D).')).toMatchObject({ name: 'JOHN SMITH AND MARY JONES', title: 'POLOFFS', reasons: ['1.5(b)', '1.5(d)'] });
    expect(parseClassifiedBy('Classified By: Political Officers Jane Roe and John Doe, reasons 1.4 (b) and (d)')).toMatchObject({ name: 'Jane Roe and John Doe', title: 'Political Officers' });
  });

  it('keeps surnames ending in s, and the singular titles, as before (guards)', () => {
    expect(parseClassifiedBy('Classified By: Ambassador Charles Rivers for reasons 1.4 (b)')).toMatchObject({ name: 'Charles Rivers', title: 'Ambassador' });
    expect(parseClassifiedBy('Classified By: James Counsellors, reason 1.4 (d)')).toMatchObject({ name: 'James Counsellors' });
    expect(parseClassifiedBy('CLASSIFIED BY: POLOFF JOHN SMITH AND ECONOFF MARY JONES. REASON 1.5 (D)')).toMatchObject({ name: 'JOHN SMITH AND MARY JONES', title: 'POLOFF, ECONOFF' });
  });
});

describe('parseClassifiedBy: a surname cut by the archive', () => {
  it('keeps the cut surname without the dots', () => {
    expect(parseClassifiedBy('Classified By: Pol/Econ Counselor Jane Smithe...')).toMatchObject({ name: 'Jane Smithe', title: 'Pol/Econ Counselor' });
  });

  it('still drops a cut word after a comma or a title, and dots after a space (guards)', () => {
    expect(parseClassifiedBy('Classified By: Political Counselor Jane Roe, ...')).toMatchObject({ name: 'Jane Roe', title: 'Political Counselor' });
    expect(parseClassifiedBy('Classified By: A/DCM ...')).toMatchObject({ name: null, title: 'A/DCM' });
    expect(parseClassifiedBy('Classified By: Jane Roe Pol...')).toMatchObject({ name: 'Jane Roe' });
  });
});

describe('parseClassifiedBy: a surname and given name kept as written', () => {
  it.each([
    ['Classified By: Roe,Jane, PolEcon-Chief; REASON: 1.4(B), (D)', 'Roe,Jane', 'PolEcon-Chief'],
    ['Classified By: ROE , Jane, DCM; REASON: 1.4(B)', 'ROE , Jane', 'DCM'],
    ['Classified By: ROE, Jane, DCM; REASON: 1.4(B)', 'ROE, Jane', 'DCM'],
  ] as const)('%j', (input, name, title) => {
    const got = parseClassifiedBy(input);
    expect(got?.name).toBe(name);
    expect(got?.title).toBe(title);
    expect(got?.reasons[0]).toBe('1.4(b)');
  });
});

describe('parseClassifiedBy: the end of the statement as written', () => {
  it('keeps the three dots where an archive cut the statement after its reasons', () => {
    const cb = parseClassifiedBy('Classified By: Ambassador Jane Q. Roe for reasons 1.4 (b)...');
    expect(cb?.text).toBe('Classified By: Ambassador Jane Q. Roe for reasons 1.4 (b)...');
    expect(cb?.reasons).toEqual(['1.4(b)']);
    expect(cb?.name).toBe('Jane Q. Roe');
  });

  it('guard: a closing period stays one period', () => {
    expect(parseClassifiedBy('Classified By: Ambassador Jane Q. Roe for reasons 1.4 (b). Summary follows.')?.text).toBe('Classified By: Ambassador Jane Q. Roe for reasons 1.4 (b).');
  });

  it('holds a short `Declassify on:` instruction that ends the text, not a long text after it', () => {
    expect(parseClassifiedBy('Classified By: Jane Roe, reasons 1.4 (b)\nDeclassify on: 06/29/2019')?.text).toBe('Classified By: Jane Roe, reasons 1.4 (b) Declassify on: 06/29/2019');
    const long = `Classified By: Jane Roe, reasons 1.4 (b). Declassify on: 06/29/2019. ${'More text of the paragraph. '.repeat(20)}`;
    expect(parseClassifiedBy(long)?.text).toBe('Classified By: Jane Roe, reasons 1.4 (b).');
  });
});

describe('a DERIVED FROM line after the person (era red team 14)', () => {
  it('ends the title before the source and reads the reasons after it', () => {
    expect(parseClassifiedBy('CLASSIFIED BY: ALBERT P. NOWAK, DEPUTY DIRECTOR, NP/RA.\nDERIVED FROM: DIA SCG 1-98.  REASON: 1.5 (C) AND (D).')).toMatchObject({
      name: 'ALBERT P. NOWAK',
      title: 'DEPUTY DIRECTOR, NP/RA',
      reasons: ['1.5(c)', '1.5(d)'],
    });
  });

  it('is read by the preamble as the statement it continues, nothing left unparsed', () => {
    const c = parseCable(
      ['SECRET STATE 123456', '', 'E.O. 12958: DECL: 06/01/2008', 'TAGS: PARM, KNNP', 'SUBJECT: ACTION REQUEST', '', 'CLASSIFIED BY: ALBERT P. NOWAK, DEPUTY DIRECTOR, NP/RA.', 'DERIVED FROM: DIA SCG 1-98.  REASON: 1.5 (C) AND (D).', '', '1.  (S)  THIS IS AN ACTION REQUEST.', '', 'ALBRIGHT'].join('\n'),
    );
    expect(c.classifiedBy).toMatchObject({ name: 'ALBERT P. NOWAK', reasons: ['1.5(c)', '1.5(d)'] });
    expect(c.unparsed).toEqual([]);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
  });
});

describe('titles of other agencies in an all-caps statement (era red team 18)', () => {
  it('reads DEPUTY USTR and USAID MISSION DIRECTOR as titles', () => {
    expect(parseClassifiedBy('CLASSIFIED BY: DEPUTY USTR LINNET F. DEILY. REASONS: 1.5 (B), (D).')).toMatchObject({ name: 'LINNET F. DEILY', title: 'DEPUTY USTR' });
    expect(parseClassifiedBy('CLASSIFIED BY: USAID MISSION DIRECTOR JOHN R. SMITH. REASON: 1.4 (B).')).toMatchObject({ name: 'JOHN R. SMITH', title: 'USAID MISSION DIRECTOR' });
  });
});

describe('reasons written with the word Section (era red team 32)', () => {
  it('reads Section 1.4 after the keyword, and leaves for Section out of the name', () => {
    for (const t of ['Classified By: Ambassador Jeffrey D. Feltman. Reason: Section 1.4 (b) and (d).', 'Classified By: Ambassador Jeffrey D. Feltman for Section 1.4 (b) and (d).', 'Classified By: Ambassador Jeffrey D. Feltman; Reasons: Sections 1.4(b), (d)']) {
      expect(parseClassifiedBy(t), t).toMatchObject({ name: 'Jeffrey D. Feltman', title: 'Ambassador', reasons: ['1.4(b)', '1.4(d)'] });
    }
  });

  it('keeps a name that holds the letters (guard)', () => {
    expect(parseClassifiedBy('Classified By: Political Officer Jane Secord, reasons 1.4 (b)')).toMatchObject({ name: 'Jane Secord', reasons: ['1.4(b)'] });
    // A title ending in `Section` before the REASON keyword keeps it.
    expect(parseClassifiedBy('CLASSIFIED BY: Bradford J. Bell, Acting Economics Chief, Economics Section; REASON: 1.4(B), (D)')).toMatchObject({ title: 'Acting Economics Chief, Economics Section' });
  });
});

describe('parseClassifiedBy: PRT and regional command titles (era red team 65)', () => {
  it('keeps a unit named by an acronym and a place in the title', () => {
    const a = parseClassifiedBy('Classified By: Senior Civilian Representative RC-East Ruth Calder for reasons 1.4 (b) and (d)');
    expect([a?.name, a?.title]).toEqual(['Ruth Calder', 'Senior Civilian Representative RC-East']);
    const b = parseClassifiedBy('Classified By: Team Leader, PRT Paktika, Ann Fields, for reasons 1.4 (b) and (d)');
    expect([b?.name, b?.title]).toEqual(['Ann Fields', 'Team Leader, PRT Paktika']);
  });

  it('keeps a hyphenated surname in the name', () => {
    const c = parseClassifiedBy('Classified By: Pol/Econ Counselor, Timothy Zuniga-Brown, for reasons 1.4 (b) and (d)');
    expect(c?.name).toBe('Timothy Zuniga-Brown');
  });
});

describe('the defense attache as a title (era red team 103)', () => {
  it('splits DATT off the name', () => {
    const c = parseClassifiedBy('CLASSIFIED BY DATT RICHARD T. HALE. REASON: 1.5 (A) AND (D).');
    expect(c?.name).toBe('RICHARD T. HALE');
    expect(c?.title).toBe('DATT');
  });
});

describe('a stray SIPDIS line inside the statement (era red team 153)', () => {
  it('reads the statement on under it, the name and reasons with the title', () => {
    const c = parseCable(
      ['CONFIDENTIAL STATE 012345', '', 'E.O. 12958: DECL: 01/01/2019', 'TAGS: PREL', 'SUBJECT: TEST', '', 'Classified By: EUR Deputy Assistant Secretary', 'SIPDIS', 'John Q. Doe, Reasons 1.4 (b) and (d).', '', '1. (C) The talks went on.', '', 'CLINTON'].join('\n'),
    );
    expect(c.classifiedBy).toMatchObject({ name: 'John Q. Doe', title: 'EUR Deputy Assistant Secretary', reasons: ['1.4(b)', '1.4(d)'] });
    expect(c.sipdis).toBe(true);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
  });

  it('reads it so with a blank line before the SIPDIS line too (era red team 265, session 25)', () => {
    const text = (gap: string[]): string =>
      ['CONFIDENTIAL STATE 012345', '', 'E.O. 12958: DECL: 01/01/2019', 'TAGS: PREL', 'SUBJECT: TEST', '', 'Classified By: Deputy Assistant Secretary for Central Asian Affairs', ...gap, 'Evan A. Kessler for reasons 1.4 (b) and (d).', '', '1. (C) The talks went on.', '', 'CLINTON'].join('\n');
    const c = parseCable(text(['', 'SIPDIS']));
    expect(c.classifiedBy).toMatchObject({ name: 'Evan A. Kessler', title: 'Deputy Assistant Secretary for Central Asian Affairs', reasons: ['1.4(b)', '1.4(d)'] });
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
    // (Guard: a SIPDIS line after a statement that gave its reasons leaves the statement whole.)
    const done = parseCable(
      ['CONFIDENTIAL STATE 012345', '', 'E.O. 12958: DECL: 01/01/2019', 'TAGS: PREL', 'SUBJECT: TEST', '', 'Classified By: Deputy Assistant Secretary Evan A. Kessler, reasons 1.4 (b).', '', 'SIPDIS', 'Evan A. Kessler met the minister.', '', '1. (C) The talks went on.', '', 'CLINTON'].join('\n'),
    );
    expect(done.classifiedBy).toMatchObject({ name: 'Evan A. Kessler', reasons: ['1.4(b)'] });
    expect(done.paragraphs.map((p) => p.number)).toEqual([null, '1']);
  });
});

describe('delegations\' and missions\' titles (era red team 146)', () => {
  it.each([
    ['Classified By: Chief Arms Control Delegate Hugh Neighbour for reasons 1.5 (b) and (d)', 'Chief Arms Control Delegate', 'Hugh Neighbour'],
    ['Classified By: Arms Control Delegate Jane Roe, reasons 1.4 (b)', 'Arms Control Delegate', 'Jane Roe'],
    ['Classified By: Chief of Station John Smith, reasons 1.4 (c)', 'Chief of Station', 'John Smith'],
    ['Classified By: Alternate Representative Jane Roe, reasons 1.4 (b)', 'Alternate Representative', 'Jane Roe'],
  ])('%s', (line, title, name) => {
    expect(parseClassifiedBy(line)).toMatchObject({ title, name });
  });
});

describe('a Classified By statement in the first paragraphs, and sentences that are none (era red team 134)', () => {
  const cable = (p1: string, p2: string): string =>
    ['C O N F I D E N T I A L BOGOTA 04120', '', 'E.O. 12356: DECL: OADR', 'TAGS: SNAR, CO', 'SUBJECT: NARCOTICS REPORT', '', `1. ${p1}`, '', `2. ${p2}`, '', 'GILLESPIE'].join('\n');

  it('reads a statement opening paragraph 1 or a block of it', () => {
    expect(parseCable(cable('CLASSIFIED BY DCM JOHN DOE; REASON: 1.5 (D).', 'THE REPORT FOLLOWS.')).classifiedBy?.reasons).toEqual(['1.5(d)']);
    expect(parseCable(cable('(C) SUMMARY: THE MINISTER AGREED. END SUMMARY.\n\nCLASSIFIED BY: POLCOUNS JANE ROE.', 'THE REPORT FOLLOWS.')).classifiedBy?.name).toBe('JANE ROE');
  });

  it('takes no sentence opening with the words, nor an example inside a paragraph', () => {
    expect(parseCable(cable('THE POLICE GAVE US THE REPORT.', 'CLASSIFIED BY THE COLOMBIAN GOVERNMENT AS "RESERVADO," THE REPORT NAMES THREE OFFICERS.')).classifiedBy).toBeNull();
    expect(parseCable(cable('THE NEW CAPTIONS READ FOR EXAMPLE: CLASSIFIED BY JOHN H. DOE, DIRECTOR, EUR/RPM. REASON: 1.5(D).', 'POSTS SHOULD USE THEM.')).classifiedBy).toBeNull();
  });
});

describe('1990s statements (era red team 207)', () => {
  it('keeps `of State` in the title before the name', () => {
    expect(parseClassifiedBy('CLASSIFIED BY DEPUTY ASSISTANT SECRETARY OF STATE MARTIN R. HALVERSEN.  REASONS: 1.5 (B) AND (D).')).toMatchObject({
      title: 'DEPUTY ASSISTANT SECRETARY OF STATE',
      name: 'MARTIN R. HALVERSEN',
      reasons: ['1.5(b)', '1.5(d)'],
    });
    expect(parseClassifiedBy('Classified By: Assistant Secretary of State Richard C. Holbrooke. Reason: 1.5 (b)')).toMatchObject({ title: 'Assistant Secretary of State', name: 'Richard C. Holbrooke' });
  });

  it('ends the person before an E.O. 12356 declassification instruction', () => {
    expect(parseClassifiedBy('CLASSIFIED BY: POLITICAL COUNSELOR ANNE L. HOGAN.  DECLASSIFY ON: OADR.')).toMatchObject({ title: 'POLITICAL COUNSELOR', name: 'ANNE L. HOGAN', reasons: [] });
    expect(parseClassifiedBy('CLASSIFIED BY DCM RICHARD T. KESSLER; DECLASSIFY: OADR')).toMatchObject({ title: 'DCM', name: 'RICHARD T. KESSLER' });
  });

  it('guard: a name holding those letters stays whole', () => {
    expect(parseClassifiedBy('Classified By: Kenneth Declan Smith, DCM. Reason 1.4 (b)')).toMatchObject({ name: 'Kenneth Declan Smith', title: 'DCM' });
  });
});

describe('a name suffix after a title and a comma (era red team 213)', () => {
  it('keeps `Jr.` with the name, not the title', () => {
    expect(parseClassifiedBy("Classified By: Charge d'Affaires, a.i., Walter N. Hadley, Jr., for Reasons 1.4 (B) and (D)")).toMatchObject({ name: 'Walter N. Hadley, Jr.', title: "Charge d'Affaires, a.i." });
    expect(parseClassifiedBy('Classified By: Political Counselor, Geoffrey W. Hale, Jr.; reasons 1.4 (b) and (d).')).toMatchObject({ name: 'Geoffrey W. Hale, Jr.', title: 'Political Counselor' });
  });

  it('guard: a title segment after the name stays the title', () => {
    expect(parseClassifiedBy('Classified By: Acting, Walter N. Hadley, DCM, for reasons 1.4 (b)')).toMatchObject({ name: 'Walter N. Hadley' });
  });
});

describe('titles read apart from names (era red team 219)', () => {
  const split = (text: string): { name: string | null; title: string | null } | undefined => {
    const cb = parseClassifiedBy(text);
    return cb === null ? undefined : { name: cb.name, title: cb.title };
  };

  it('reads section heads\' abbreviations as titles', () => {
    expect(split('Classified By: Refcoord Maria Delgado-Hunt for reasons 1.4 (b) and (d).')).toEqual({ name: 'Maria Delgado-Hunt', title: 'Refcoord' });
    expect(split('CLASSIFIED BY PAO ROBERT L. DUNHAM.  REASON: 1.5 (D).')).toEqual({ name: 'ROBERT L. DUNHAM', title: 'PAO' });
    expect(split('Classified By: Conoff Jane Roe for reasons 1.4 (b).')).toEqual({ name: 'Jane Roe', title: 'Conoff' });
    expect(split('Classified By: Ambassador-designate Jane Roe, reasons 1.4 (b).')).toEqual({ name: 'Jane Roe', title: 'Ambassador-designate' });
  });

  it('takes the part with no title word as the name after a title with an office in commas', () => {
    expect(split('Classified By: Director, Office of Iranian Affairs, Stephen R. Hollis, for reasons 1.4 (b) and (d).')).toEqual({ name: 'Stephen R. Hollis', title: 'Director, Office of Iranian Affairs' });
  });

  it('keeps a title\'s fields listed with commas in the title', () => {
    expect(split('Classified By: Environment, Science and Technology Officer Mark Pollard, reasons 1.4 (b) and (e).')).toEqual({ name: 'Mark Pollard', title: 'Environment, Science and Technology Officer' });
  });

  it('guard: a name first, then title parts, stays so', () => {
    expect(split('Classified By: Bryan Hunt, Principal Officer, Consulate Lahore, U.S. Department of State, Reason 1.4 (b)')).toEqual({ name: 'Bryan Hunt', title: 'Principal Officer, Consulate Lahore, U.S. Department of State' });
  });

  it('keeps the field of a title opening with no title word: `... Coordinator for Iraq`', () => {
    expect(split('Classified By: Rule of Law Coordinator for Iraq Kenneth R. Oakes, for reasons 1.4 (b) and (d).')).toEqual({ name: 'Kenneth R. Oakes', title: 'Rule of Law Coordinator for Iraq' });
  });

  it('reads consular and management titles (era red team 241)', () => {
    expect(split('Classified By: Fraud Prevention Manager Karen L. Whitfield, reasons 1.4 (c) and (d)')).toEqual({ name: 'Karen L. Whitfield', title: 'Fraud Prevention Manager' });
    expect(split('Classified By: Assistant Regional Security Officer-Investigator Daniel R. Ocampo, reasons 1.4 (c) and (d)')).toEqual({ name: 'Daniel R. Ocampo', title: 'Assistant Regional Security Officer-Investigator' });
    expect(split('Classified By: Vice Consul and Fraud Prevention Manager Ellen K. Marsh, reasons 1.4 (b) and (d)')).toEqual({ name: 'Ellen K. Marsh', title: 'Vice Consul and Fraud Prevention Manager' });
    expect(split('Classified By: EAC Chair Mary Smith, reason 1.4 (d)')).toEqual({ name: 'Mary Smith', title: 'EAC Chair' });
  });

  it('reads analysts, security officers in capitals and military ranks as titles (era red team 246)', () => {
    expect(split('Classified By: DS/TIA/ITA Analyst Karen M. Bolduc, Reason 1.4 (c)')).toEqual({ name: 'Karen M. Bolduc', title: 'DS/TIA/ITA Analyst' });
    expect(split('CLASSIFIED BY ARSO DAVID M. OKAFOR.  REASONS: 1.5 (C) AND (G).')).toEqual({ name: 'DAVID M. OKAFOR', title: 'ARSO' });
    expect(split('CLASSIFIED BY DATT COL RAYMOND T. ELLISON, USA.  REASONS: 1.5 (A) AND (C).')?.name).toBe('RAYMOND T. ELLISON');
    // (Guard: a first name that only begins like a rank stays the name's.)
    expect(split('Classified By: Ambassador Gene A. Cretz, reasons 1.4 (b)')).toEqual({ name: 'Gene A. Cretz', title: 'Ambassador' });
  });

  it('ends the person at the order it names, its words after it no title', () => {
    expect(split('Classified By: Acting DCM Paul Malik per E.O. 12958, as amended, reasons 1.4 (b) and (d).')).toEqual({ name: 'Paul Malik', title: 'Acting DCM' });
    expect(split('Classified By: Ambassador John Smith, E.O. 12958, Sec. 1.4 (b) and (d).')).toEqual({ name: 'John Smith', title: 'Ambassador' });
  });
});

describe('titles and names of era red teams 262 and 265 (session 25)', () => {
  const read = (s: string): [string | null, string | null] => {
    const c = parseClassifiedBy(s);
    return [c?.name ?? null, c?.title ?? null];
  };

  it('reads a title of words not all known before a name alone after a comma', () => {
    expect(read('CLASSIFIED BY NARCOTICS AFFAIRS DIRECTOR, DONALD J. HALL. REASON: 1.5 (D).')).toEqual(['DONALD J. HALL', 'NARCOTICS AFFAIRS DIRECTOR']);
    expect(read("CLASSIFIED BY: DEPUTY ASSISTANT SECRETARY FOR INL, JAMES M. O'BRIEN. REASON: 1.5 (B), (D).")).toEqual(["JAMES M. O'BRIEN", 'DEPUTY ASSISTANT SECRETARY FOR INL']);
    expect(read('Classified By: Narcotics Affairs Section Director, Gregory D. Loomis, reasons 1.4 (b) and (d).')).toEqual(['Gregory D. Loomis', 'Narcotics Affairs Section Director']);
  });

  it('guard: a name first, then its title, stays so', () => {
    expect(read('Classified By: Jane Q. Doe, Political Officer, reasons 1.4 (b) and (d).')).toEqual(['Jane Q. Doe', 'Political Officer']);
    expect(read('CLASSIFIED BY GILMOUR, DAVID, DCM. REASON 1.5 (B).')).toEqual(['GILMOUR, DAVID', 'DCM']);
  });

  it('gives no name when the statement names only a title and an office', () => {
    expect(read('Classified By: Director, Office of Russian Affairs, for reasons 1.4 (b) and (d).')).toEqual([null, 'Director, Office of Russian Affairs']);
    expect(read('Classified By: Political Counselor, Embassy Moscow, for reasons 1.4 (b) and (d).')).toEqual([null, 'Political Counselor, Embassy Moscow']);
    expect(read('Classified By: Assistant Secretary for European Affairs, for reasons 1.4 (b) and (d).')).toEqual([null, 'Assistant Secretary for European Affairs']);
  });

  it('reads ranks spelled out or abbreviated, `Chief of Staff`, `DPO`, and a first initial after a title going on with `for`', () => {
    expect(read('Classified By: Colonel Mark R. Delgado, Defense Attache, for reasons 1.4 (a) and (d).')).toEqual(['Mark R. Delgado', 'Colonel, Defense Attache']);
    expect(read('CLASSIFIED BY MG JOHN R. MEYERS, CHIEF, OFFICE OF MILITARY COOPERATION. REASON: 1.5 (B).')).toEqual(['JOHN R. MEYERS', 'MG, CHIEF, OFFICE OF MILITARY COOPERATION']);
    expect(read('Classified By: Chief of Staff Dana L. Pruitt for reasons 1.4 (b) and (d).')).toEqual(['Dana L. Pruitt', 'Chief of Staff']);
    expect(read('Classified By: Director of Policy Planning Martin Sayre. Reasons: 1.4 (b) and (d).')).toEqual(['Martin Sayre', 'Director of Policy Planning']);
    expect(read('CLASSIFIED BY DPO MARTHA L. KESSLER; REASON: 1.5 (B), (D).')).toEqual(['MARTHA L. KESSLER', 'DPO']);
    expect(read('Classified By: Special Envoy for Caspian Energy C. Whitney Hale for reasons 1.4 (b) and (d).')).toEqual(['C. Whitney Hale', 'Special Envoy for Caspian Energy']);
  });
});

describe('a statement cut by the first page marker, blank lines around it (era red teams 317 and 324, session 27)', () => {
  const cable = (...statement: string[]): string =>
    [
      'CONFIDENTIAL SECTION 01 OF 02 ANKARA 001412', '', 'SIPDIS', '', 'E.O. 12958: DECL: 08/12/2018', 'TAGS: PGOV, TU', 'SUBJECT: TURKEY: AKP SURVIVES', '',
      'REF: ANKARA 1340', '', ...statement, '', '1. (C) Summary: The court ruled. End summary.', '', '2. (C) Text.', '', 'WILSON',
    ].join('\n');
  const marker = ['', 'ANKARA 00001412  001.2 OF 002', ''];

  it('reads the statement on across the marker: a surname, a name, or the reason letters after it', () => {
    const surname = parseCable(cable('Classified By: Deputy Chief of Mission Douglas A.', ...marker, 'Silliman for reasons 1.4 (b) and (d).'));
    expect([surname.classifiedBy?.name, surname.classifiedBy?.reasons]).toEqual(['Douglas A. Silliman', ['1.4(b)', '1.4(d)']]);
    expect(surname.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    const name = parseCable(cable('Classified By: Deputy Chief of Mission', ...marker, '', 'Patricia A. Butenis for reasons 1.4 (b) and (d).'));
    expect([name.classifiedBy?.name, name.classifiedBy?.title, name.classifiedBy?.reasons]).toEqual(['Patricia A. Butenis', 'Deputy Chief of Mission', ['1.4(b)', '1.4(d)']]);
    expect(name.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    const letters = parseCable(cable('Classified By: Political Counselor Joseph L. Novak, reasons 1.4', ...marker, '(b) and (d).'));
    expect(letters.classifiedBy?.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(letters.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(letters.pages.map((p) => p.page)).toEqual([1]);
  });

  it('guard: a statement with its reasons ends at the marker; a body line without reasons is the body', () => {
    const whole = parseCable(cable('Classified By: DCM Douglas A. Silliman for reasons 1.4 (b) and (d).', ...marker, '(C) Summary: The court ruled for 1.4 percent. End summary.'));
    expect(whole.paragraphs.map((p) => [p.number, p.marking])).toEqual([[null, 'C'], ['1', 'C'], ['2', 'C']]);
    const cut = parseCable(cable('Classified By: Deputy Chief of Mission Douglas A.', ...marker, 'Silliman said the court ruled.'));
    expect(cut.paragraphs[0]?.text).toBe('Silliman said the court ruled.');
  });
});

describe('the order named before the reasons, and a DECL: line under the statement (era red team 324, session 27)', () => {
  it('reads the reasons after `E.O. 12958, as amended,`, `EO 12958` without dots, and a bare order number', () => {
    expect(parseClassifiedBy('Classified By: Ambassador Gene A. Cretz, Reasons: E.O. 12958, as amended, 1.4 (b) and (d).')?.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(parseClassifiedBy('CLASSIFIED BY POLITICAL COUNSELOR LESLIE A. BASSETT. REASON: EO 12958 1.5 (B) AND (D).')?.reasons).toEqual(['1.5(b)', '1.5(d)']);
    expect(parseClassifiedBy('CLASSIFIED BY: DCM JOHN SMITH. REASON: 12958 1.5(D)')?.reasons).toEqual(['1.5(d)']);
  });

  it('finds the statement in paragraph 1 with `EO 12958` in its reason', () => {
    const c = parseCable(['CONFIDENTIAL BOGOTA 012345', '', 'E.O. 12958: DECL: 1.6X6', 'TAGS: PGOV, CO', 'SUBJECT: TEST', '', '1.  (U) CLASSIFIED BY POLITICAL COUNSELOR LESLIE A. BASSETT.', 'REASON: EO 12958 1.5 (B) AND (D).', '', '2.  (C) THE TEXT.', '', 'KAMMAN'].join('\n'));
    expect([c.classifiedBy?.name, c.classifiedBy?.title, c.classifiedBy?.reasons]).toEqual(['LESLIE A. BASSETT', 'POLITICAL COUNSELOR', ['1.5(b)', '1.5(d)']]);
  });

  it('guard: a number that is no order on classification is no order (`REASON: 14000 1.4 (B)` reads no reasons)', () => {
    expect(parseClassifiedBy('CLASSIFIED BY: DCM JOHN SMITH. REASON: 14000 1.5(D)')?.reasons).toEqual([]);
  });

  it('keeps `DECL: OADR` under the statement as its declassification line, not unparsed', () => {
    const c = parseCable(['CONFIDENTIAL ANKARA 001234', '', 'E.O. 12356: DECL: OADR', 'TAGS: PREL, TU', 'SUBJECT: TEST', '', 'CLASSIFIED BY: DCM MICHAEL AUSTRIAN; REASON: 1.5(B)(D)', 'DECL: OADR', '', '1. (C) THE TEXT.', '', 'GROSSMAN'].join('\n'));
    expect(c.classifiedBy?.reasons).toEqual(['1.5(b)', '1.5(d)']);
    expect(c.unparsed).toEqual([]);
    expect(c.paragraphs.map((p) => p.text)).toEqual(['THE TEXT.']);
  });
});

describe('titles with a field in lower-case words, and two officials with titles after their names (era red teams 415 and 417, session 29)', () => {
  it('reads the name after the second title: `Senior Advisor on Refugees, Ambassador James B. Foley`', () => {
    expect(parseClassifiedBy('Classified By: Senior Advisor on Refugees, Ambassador James B. Foley, for reasons 1.4(b),(d)')).toMatchObject({
      name: 'James B. Foley',
      title: 'Senior Advisor on Refugees, Ambassador',
      reasons: ['1.4(b)', '1.4(d)'],
    });
    expect(parseClassifiedBy('Classified By: Special Envoy for Sudan, Major General (ret.) Thomas E. Harlan, reasons 1.4(b),(d)')).toMatchObject({
      name: 'Thomas E. Harlan',
      title: 'Special Envoy for Sudan, Major General (ret.)',
    });
  });

  it('reads two officials each followed by a title: `John S. Creamer, Charge d\'Affaires, and Laura K. Farnsworth, Defense Attache`', () => {
    expect(parseClassifiedBy("Classified By: John S. Creamer, Charge d'Affaires, and Laura K. Farnsworth, Defense Attache; Reasons 1.4 (b, d)")).toMatchObject({
      name: 'John S. Creamer and Laura K. Farnsworth',
      title: "Charge d'Affaires, Defense Attache",
    });
  });

  it('guard: a title, then an organization after the comma, names no one there', () => {
    expect(parseClassifiedBy('Classified By: Political Counselor Jane Roe, Embassy Moscow, for reasons 1.4 (b) and (d)')).toMatchObject({ name: 'Jane Roe' });
  });
});
