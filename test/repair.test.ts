/**
 * Scraping repairs (docs/cable-format.md section 5; fixtures/README.md "Repairs" and
 * "diagnostics"): entities (also split over lines), typographic quotes, inserted line breaks, double spacing.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { isPageMarker } from '../src/body/page-markers.js';
import { bodyBreakRules } from '../src/body/break-rules.js';
import { decodeEntities, hasEntity, isSplitEntity } from '../src/text/entities.js';
import { decodeMojibake, hasMarkdown, hasMojibake, hasNoBreakSpaces, hasZeroWidth, removeMarkdown, removeZeroWidth, repairDoubleSpacing, repairEntities, repairInsertedBreaks, repairQuotes, replaceNoBreakSpaces, replaceTypographicQuotes } from '../src/text/repair.js';
import { parseCable, parseCables } from '../src/assemble.js';
import { collapseWhitespace, isBlank, splitLines } from '../src/text/source-line.js';
import { msUnder } from './timing.js';

/** Rules that know only page markers, for the repair alone. */
const PAGE_MARKERS_ONLY = { isStructural: isPageMarker, startsElement: (): boolean => false, isSignerLine: (): boolean => false };

const texts = (lines: ReadonlyArray<{ text: string }>): string[] => lines.map((l) => l.text);

describe('decodeEntities', () => {
  it('decodes &#x000A; to a line feed', () => {
    expect(decodeEntities('ONE&#x000A;TWO')).toBe('ONE\nTWO');
  });

  it('decodes decimal and named entities from the table', () => {
    expect(decodeEntities('A &amp; B')).toBe('A & B');
    expect(decodeEntities('&#10;')).toBe('\n');
    expect(decodeEntities('HOLBROOKE&#8217;S')).toBe('HOLBROOKE\u2019S');
    expect(decodeEntities('&lt;b&gt;')).toBe('<b>');
  });

  it('decodes the named Latin-1 letters of names in other languages', () => {
    expect(decodeEntities('SAN JOS&Eacute;, CARRI&Oacute;N, PE&Ntilde;A, &Uuml;BER, fran&ccedil;ais, &agrave;')).toBe('SAN JOS\u00c9, CARRI\u00d3N, PE\u00d1A, \u00dcBER, fran\u00e7ais, \u00e0');
  });

  it('gives a dash the same character whichever way the page wrote it (era red team 411, session 29)', () => {
    expect(decodeEntities('CLOSURE &mdash; STUDENTS')).toBe(decodeEntities('CLOSURE &#8212; STUDENTS'));
    expect(decodeEntities('2008&ndash;2009')).toBe(decodeEntities('2008&#8211;2009'));
    expect(decodeEntities('A &#x2014; B')).toBe('A \u2014 B');
  });

  it('leaves unknown entities alone', () => {
    expect(decodeEntities('A &bogus; B')).toBe('A &bogus; B');
    expect(decodeEntities('R&D costs')).toBe('R&D costs');
  });

  it('detects entities', () => {
    expect(hasEntity('X&#x000A;')).toBe(true);
    expect(hasEntity('AT&T')).toBe(false);
  });

  it('recognises a split entity only when the pieces form a known entity', () => {
    expect(isSplitEntity('&#x000', 'A;')).toBe(true);
    expect(isSplitEntity('&', '#x000A;')).toBe(true);
    expect(isSplitEntity('&', 'bogus;')).toBe(false);
  });
});

describe('repairEntities', () => {
  it('turns &#x000A; into a line break and reports ENTITY_DECODED where the entity starts', () => {
    const diagnostics: Diagnostic[] = [];
    const out = repairEntities(splitLines('FIRST LINE&#x000A;SECOND LINE'), diagnostics);
    expect(texts(out)).toEqual(['FIRST LINE', 'SECOND LINE']);
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.offset])).toEqual([['ENTITY_DECODED', 1, 11, 10]]);
  });

  it('reports the entity at its own line and offset when it is not on the first line', () => {
    const diagnostics: Diagnostic[] = [];
    const input = 'HEADER\nBODY TEXT &#x000A;MORE';
    const out = repairEntities(splitLines(input), diagnostics);
    expect(texts(out)).toEqual(['HEADER', 'BODY TEXT ', 'MORE']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'ENTITY_DECODED', line: 2, column: 11, offset: input.indexOf('&') });
  });

  it('joins an entity split as &#x000 / A; and reports both repairs at the first line', () => {
    const diagnostics: Diagnostic[] = [];
    const out = repairEntities(splitLines('INTRO \nSERVICE DELIVERY &#x000\nA;NEXT ITEM \nLAST '), diagnostics);
    expect(texts(out)).toEqual(['INTRO ', 'SERVICE DELIVERY ', 'NEXT ITEM ', 'LAST ']);
    expect(diagnostics.map((d) => [d.code, d.line]).sort()).toEqual([['ENTITY_DECODED', 2], ['LINE_BREAK_REPAIRED', 2]]);
  });

  it('joins an entity split as & / #x000A;', () => {
    const diagnostics: Diagnostic[] = [];
    const out = repairEntities(splitLines('SERVICE DELIVERY &\n#x000A;NEXT ITEM'), diagnostics);
    expect(texts(out)).toEqual(['SERVICE DELIVERY ', 'NEXT ITEM']);
    expect(diagnostics.map((d) => [d.code, d.line]).sort()).toEqual([['ENTITY_DECODED', 1], ['LINE_BREAK_REPAIRED', 1]]);
  });

  it('joins an entity split before the archive trailing space, as & + space / quot; (the input-shape test)', () => {
    const diagnostics: Diagnostic[] = [];
    const input = 'NOT WANT FOUND.& \nquot;  HE URGED THE USG ';
    const out = repairEntities(splitLines(input), diagnostics);
    expect(texts(out)).toEqual(['NOT WANT FOUND."  HE URGED THE USG ']);
    expect(out[0]?.end).toBe(input.length);
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['ENTITY_DECODED', 'LINE_BREAK_REPAIRED']);
    // A real `&` before a real line break stays (`R& ` / `D; ...` forms no entity).
    expect(texts(repairEntities(splitLines('RESEARCH R& \nD; DEVELOPMENT'), []))).toEqual(['RESEARCH R& ', 'D; DEVELOPMENT']);
  });

  it('leaves unknown entities and look-alikes alone, without diagnostics', () => {
    const diagnostics: Diagnostic[] = [];
    const input = 'A &bogus; B\nRESEARCH R&\nD; DEVELOPMENT\nAT&T';
    const out = repairEntities(splitLines(input), diagnostics);
    expect(texts(out)).toEqual(['A &bogus; B', 'RESEARCH R&', 'D; DEVELOPMENT', 'AT&T']);
    expect(diagnostics).toEqual([]);
  });

  it('gives each piece of a split line its end (after the entity that ends it) and the start of its input line', () => {
    const input = 'ONE\nTWO &amp; A&#x000A;THREE&#x000D;&#x000A;FOUR &amp; FIVE\nSIX';
    const out = repairEntities(splitLines(input), []);
    expect(out.map((l) => [l.text, input.slice(l.offset, l.end), l.lineStart])).toEqual([
      ['ONE', 'ONE', undefined],
      ['TWO & A', 'TWO &amp; A&#x000A;', undefined],
      ['THREE', 'THREE&#x000D;&#x000A;', 4],
      ['FOUR & FIVE', 'FOUR &amp; FIVE', 4],
      ['SIX', 'SIX', undefined],
    ]);
  });

  it('covers a line feed entity split over a line end by the line it ends (nothing left unparsed)', () => {
    const input = 'THREE HOURS.&\n#x000A;\n\n2. NEXT';
    const out = repairEntities(splitLines(input), []);
    expect(out.map((l) => [l.text, input.slice(l.offset, l.end)])).toEqual([
      ['THREE HOURS.', 'THREE HOURS.&\n#x000A;'],
      ['', ''],
      ['', ''],
      ['2. NEXT', '2. NEXT'],
    ]);
  });

  it('keeps line numbers of untouched lines', () => {
    const out = repairEntities(splitLines('ONE\nTWO&#x000A;THREE\nFOUR'), []);
    expect(out.map((l) => [l.text, l.line])).toEqual([['ONE', 1], ['TWO', 2], ['THREE', 2], ['FOUR', 3]]);
  });
});

describe('typographic quotes', () => {
  it('replaces curly quotes with ASCII quotes', () => {
    expect(replaceTypographicQuotes('HOLBROOKE\u2019S VISIT')).toBe("HOLBROOKE'S VISIT");
    expect(replaceTypographicQuotes('\u201cQUOTED\u201d AND \u2018SINGLE\u2019')).toBe('"QUOTED" AND \'SINGLE\'');
  });

  it('returns null when there is nothing to replace', () => {
    expect(replaceTypographicQuotes("ASCII 'QUOTES' \"ONLY\"")).toBeNull();
  });

  it('reports TYPOGRAPHIC_QUOTES_REPLACED at each changed line', () => {
    const diagnostics: Diagnostic[] = [];
    const out = repairQuotes(splitLines('PLAIN\nMINISTER\u2019S VIEW\nPLAIN AGAIN\n\u201cQUOTE\u201d'), diagnostics);
    expect(texts(out)).toEqual(['PLAIN', "MINISTER'S VIEW", 'PLAIN AGAIN', '"QUOTE"']);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['TYPOGRAPHIC_QUOTES_REPLACED', 2],
      ['TYPOGRAPHIC_QUOTES_REPLACED', 4],
    ]);
  });
});

/** Asserts that the break repair keeps `lines` as they are and reports nothing. */
const expectLeftAlone = (lines: readonly string[]): void => {
  const diagnostics: Diagnostic[] = [];
  const out = repairInsertedBreaks(splitLines(lines.join('\n')), diagnostics, PAGE_MARKERS_ONLY);
  expect(texts(out)).toEqual(lines);
  expect(diagnostics).toEqual([]);
};

describe('repairInsertedBreaks (trailing-space convention)', () => {
  const LINES = [
    'The embassy will support a su', //                                 1: cut word
    'stained media campaign to highlight the event and ', //            2
    'the tickets were sold ', //                                        3
    'at the door. Tickets were sold', //                                4: whole words
    'by the ministry of culture. ', //                                  5
    'The committee', //                                                 6: next starts with space
    ' met on Monday. ', //                                              7
    'Nothing else happened. ', //                                       8
  ];

  it('joins cut words directly, whole words with a space, and a space-led line directly', () => {
    const diagnostics: Diagnostic[] = [];
    const out = repairInsertedBreaks(splitLines(LINES.join('\n')), diagnostics, PAGE_MARKERS_ONLY);
    expect(out.map((l) => [l.text, l.line])).toEqual([
      ['The embassy will support a sustained media campaign to highlight the event and ', 1],
      ['the tickets were sold ', 3],
      ['at the door. Tickets were sold by the ministry of culture. ', 4],
      ['The committee met on Monday. ', 6],
      ['Nothing else happened. ', 8],
    ]);
  });

  it('reports LINE_BREAK_REPAIRED at each line without the trailing space', () => {
    const diagnostics: Diagnostic[] = [];
    repairInsertedBreaks(splitLines(LINES.join('\n')), diagnostics, PAGE_MARKERS_ONLY);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['LINE_BREAK_REPAIRED', 1],
      ['LINE_BREAK_REPAIRED', 4],
      ['LINE_BREAK_REPAIRED', 6],
    ]);
  });

  it('reports line numbers relative to the whole input when lines start later', () => {
    const diagnostics: Diagnostic[] = [];
    repairInsertedBreaks(splitLines(LINES.join('\n'), 0, 101), diagnostics, PAGE_MARKERS_ONLY);
    expect(diagnostics.map((d) => d.line)).toEqual([101, 104, 106]);
  });

  it('leaves a copy alone whose preamble lines in capitals have the trailing space and whose text lines have none (era red team 211)', () => {
    const lines = [
      'CONFIDENTIAL DHAKA 001234 ',
      'SIPDIS ',
      'E.O. 12958: DECL: 08/22/2017 ',
      'TAGS: PGOV PHUM BG ',
      'SUBJECT: BANGLADESH: CARETAKER GOVERNMENT EXTENDS CURFEW AS ',
      'PROTESTS SPREAD ',
      'REF: DHAKA 1201 ',
      'Classified By: Ambassador Patricia A. Butenis, reasons 1.4 (b,d) ',
      '1. (C) The GOB',
      'spokesman said the curfew would stay. Home Adviser M.A.',
      'Matin told the Ambassador, who met the BNP',
      'leaders on August 21, that the army would stay.',
      'BUTENIS',
    ];
    expectLeftAlone(lines);
  });

  it('leaves text without the trailing-space convention alone', () => {
    const lines = LINES.map((l) => l.trimEnd());
    expectLeftAlone(lines);
  });

  it('does not join across a blank line, onto a page marker, or at the last line', () => {
    const lines = [
      'This text follows the convention: ',
      'every line ends with a space, ',
      'except where noted below. ',
      'More lines keep the majority. ',
      'The first paragraph ends here ',
      'without a period',
      '',
      'The second paragraph starts here ',
      'and goes on',
      'ASTANA 00000270  002.3 OF 002',
      'the third part is here ',
      'and ends without a space',
    ];
    expectLeftAlone(lines);
  });
});

describe('repairInsertedBreaks: breaks that are the cable\'s own', () => {
  // The scraper breaks lines inside words and sentences (`su` / `stained`); a break
  // where a sentence ends or a new element starts is the cable's and stays.
  const repair = (lines: string[]): { out: string[]; diagnostics: Diagnostic[] } => {
    const diagnostics: Diagnostic[] = [];
    const out = texts(repairInsertedBreaks(splitLines(lines.join('\n')), diagnostics, bodyBreakRules));
    return { out, diagnostics };
  };
  const CONVENTION = [
    'The regime is, in public, shocked ',
    'that corruption might be going ',
    'on in its midst, and the press ',
    'says nothing about it. The ',
    'officials who were removed had ',
    'not shared the profits with the ',
    'leadership, sources told us, and ',
    'their deputies took their places. ',
  ];

  it('never joins a finished sentence onto the signer line', () => {
    const lines = [...CONVENTION, 'The regime is shocked that corruption might be going on in its midst.', 'PARMLY'];
    const { out, diagnostics } = repair(lines);
    expect(out).toEqual(lines);
    expect(diagnostics).toEqual([]);
  });

  it('keeps a break after sentence-final punctuation, also before a parenthesis or a quote', () => {
    const lines = [...CONVENTION, 'Fikre retained the contract.', '(Note: His company had all the contracts. End note.) ', 'He said "we will see."', 'Nobody answered. '];
    expect(repair(lines).out).toEqual(lines);
  });

  it('keeps an upper-case signer line after the last line of mixed-case text, before BT and #1196', () => {
    const lines = [...CONVENTION, "Visit London's Classified Website: XXXXXXXXXXXX", 'TUTTLE', 'BT', '#1196', 'NNNN'];
    expect(repair(lines).out).toEqual(lines);
  });

  it('keeps a signer line standing after the last sentence apart from an archive line after it', () => {
    const lines = [...CONVENTION, 'when his economic luck runs ', 'out. End Comment. ', 'JONES', "SELECT * FROM `records` WHERE `id` = '7' ORDER BY `date` ASC"];
    const { out, diagnostics } = repair(lines);
    expect(out).toEqual(lines);
    expect(diagnostics).toEqual([]);
  });

  it('still joins a cut upper-case word inside a sentence before the last line (guard)', () => {
    const lines = [...CONVENTION, 'the talks with the ', 'NA', 'TO officials went well.'];
    expect(repair(lines).out).toEqual([...CONVENTION, 'the talks with the ', 'NATO officials went well.']);
  });

  it('never joins a line onto the message number that follows it (`#1196` without BT)', () => {
    const lines = [...CONVENTION, 'We will report further. ', 'TUTTLE', '#1196', 'NNNN'];
    expect(repair(lines).out).toEqual(lines);
  });

  it('still repairs a line of text that merely starts with #', () => {
    const lines = [...CONVENTION, '#1 items went fir', 'st to the front. '];
    expect(repair(lines).out).toEqual([...CONVENTION, '#1 items went first to the front. ']);
  });

  it('keeps a heading framed by double slashes apart from a redaction line before it', () => {
    const lines = [...CONVENTION, 'Classified By: Charge John Roe; reasons 1.5 (B) and (D) ', 'XXXXXXXXXXXX', '//U.S.-SPAIN RELATIONS//', '7. (C) Leon said that Spain is divided. '];
    expect(repair(lines).out).toEqual(lines);
  });

  it('keeps a heading before a numbered paragraph with a portion marking, and rule lines', () => {
    const lines = [...CONVENTION, 'BACKGROUND', '3. (C) The judge issued the warrants. ', 'Regular Financing Key to Security', '-------------------------------- '];
    expect(repair(lines).out).toEqual(lines);
  });

  it('joins with a space where the case changes as no cut word does (`SUCCESSES` / `None`, `Leach` / `T ONE`)', () => {
    const lines = [...CONVENTION, 'HAVE THE SERVICES SCORED ANY MAJOR SUCCESSES', 'None identified in recent years. ', 'We talked with Smith', 'The meeting ended late. '];
    expect(repair(lines).out).toEqual([...CONVENTION, 'HAVE THE SERVICES SCORED ANY MAJOR SUCCESSES None identified in recent years. ', 'We talked with Smith The meeting ended late. ']);
  });

  it('still joins cut words that keep their case, and a camel-case name cut after two letters (guard)', () => {
    const lines = [...CONVENTION, 'THE MINISTRY OF FOREIGN AF', 'FAIRS SAID SO. ', 'the restaurant owned by Mc', 'Donald was closed. ', 'the ministry of for', 'eign affairs. '];
    expect(repair(lines).out).toEqual([...CONVENTION, 'THE MINISTRY OF FOREIGN AFFAIRS SAID SO. ', 'the restaurant owned by McDonald was closed. ', 'the ministry of foreign affairs. ']);
  });

  it('joins after a comma with one space, and a cut number directly', () => {
    const lines = [...CONVENTION, 'a personal relationship with MBS,', 'said he would leave the country. ', 'revenue could reach $260 million in 2', '010. This is a rise of ten percent in', '2011 over the year before. '];
    expect(repair(lines).out).toEqual([
      ...CONVENTION,
      'a personal relationship with MBS, said he would leave the country. ',
      'revenue could reach $260 million in 2010. This is a rise of ten percent in 2011 over the year before. ',
    ]);
  });

  it('reports each repaired break at the end of the line it was in, also inside a chain of joins', () => {
    const lines = [...CONVENTION, 'The embassy will support a su', 'stained media campaign in the', 'press. '];
    const { out, diagnostics } = repair(lines);
    expect(out.at(-1)).toBe('The embassy will support a sustained media campaign in the press. ');
    expect(diagnostics.map((d) => [d.line, d.column])).toEqual([
      [9, 'The embassy will support a su'.length + 1],
      [10, 'stained media campaign in the'.length + 1],
    ]);
  });
});

describe('whitespace helpers', () => {
  // Text of words and every kind of whitespace the regexes `\s` and `trim` know.
  const piece = fc.constantFrom('a', 'Bc', ':', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b');
  const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));

  it('collapseWhitespace equals replacing \\s runs with one space and trimming', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(collapseWhitespace(t)).toBe(t.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });

  it('isBlank equals trimming to nothing', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(isBlank(t)).toBe(t.trim().length === 0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('splitLines', () => {
  // Lines end at `\n`, `\r\n` or a lone `\r`; a final empty line after a terminator is not returned.
  const reference = (text: string, startOffset: number): Array<{ text: string; offset: number; end: number; line: number }> => {
    const out: Array<{ text: string; offset: number; end: number; line: number }> = [];
    const re = /\r\n|\r|\n/g;
    let at = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push({ text: text.slice(at, m.index), offset: startOffset + at, end: startOffset + m.index, line: out.length + 1 });
      at = m.index + m[0].length;
    }
    if (at < text.length) out.push({ text: text.slice(at), offset: startOffset + at, end: startOffset + text.length, line: out.length + 1 });
    return out;
  };
  const piece = fc.constantFrom('a', 'UNCLAS', ' ', '\n', '\r\n', '\r', '\n\n', '\r\r\n');

  it('equals splitting at \\r\\n, \\r and \\n, with offsets and line numbers, with or without \\r', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(1000), fc.boolean(), (pieces, startOffset, withoutCr) => {
        const text = withoutCr ? pieces.join('').replace(/\r/g, '') : pieces.join('');
        expect(splitLines(text, startOffset)).toEqual(reference(text, startOffset));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('repairInsertedBreaks: whole tokens and field lines (r3d)', () => {
  const repair = (lines: string[]): string[] => texts(repairInsertedBreaks(splitLines(lines.join('\n')), [], bodyBreakRules));
  const CONVENTION = ['The regime is, in public, shocked ', 'that corruption might be going ', 'on in its midst, and the press ', 'says nothing about it. The ', 'officials who were removed had ', 'not shared the profits with the '];

  it('joins a line ending in a redaction with a space', () => {
    expect(repair([...CONVENTION, 'In a talk on other matters, XXXXXXXXXXXX', 'confided that the decision was made. '])).toEqual([
      ...CONVENTION,
      'In a talk on other matters, XXXXXXXXXXXX confided that the decision was made. ',
    ]);
    // A heading framed by double slashes starts an element (r17): the redaction before it stays apart.
    expect(repair([...CONVENTION, 'XXXXXXXXXXXX', '//RELATIONS WITH THE NEIGHBORS// '])).toEqual([...CONVENTION, 'XXXXXXXXXXXX', '//RELATIONS WITH THE NEIGHBORS// ']);
  });

  it('never joins a line onto a preamble field line', () => {
    const lines = [...CONVENTION, 'TAGS: PARM PREL CH NL EUN', 'SUBJECT: DEMARCHE ON THE ARMS EMBARGO ', 'E.O. 12958: DECL: 04/01/2014', 'TAGS: PARM', 'REF: A. STATE 1', 'Classified By: Jane Roe for reasons 1.4 (b) and (d) '];
    expect(repair(lines)).toEqual(lines);
  });

  it('never joins a line onto a portion marking before a sentence, but joins `(c) of`', () => {
    const lines = [...CONVENTION, 'The minister left', '(C) The judge issued the warrants. '];
    expect(repair(lines)).toEqual(lines);
    expect(repair([...CONVENTION, 'as set out in the', '(c) list of the law. '])).toEqual([...CONVENTION, 'as set out in the (c) list of the law. ']);
  });

  it('keeps two whole words apart when only one side is a known word, or both sides are long (r9 #3)', () => {
    expect(repair([...CONVENTION, 'the officer confirmed Samson\'s', 'death, and the search went on. '])).toEqual([...CONVENTION, 'the officer confirmed Samson\'s death, and the search went on. ']);
    expect(repair([...CONVENTION, 'he was held with at', 'least two guards nearby. '])).toEqual([...CONVENTION, 'he was held with at least two guards nearby. ']);
    expect(repair([...CONVENTION, 'the turnout essentially', 'represented a silent protest. '])).toEqual([...CONVENTION, 'the turnout essentially represented a silent protest. ']);
    expect(repair([...CONVENTION, 'the guards were released', 'after a few days in custody. '])).toEqual([...CONVENTION, 'the guards were released after a few days in custody. ']);
  });

  it('still joins a cut word directly: short halves, or halves that make a word seen elsewhere (guard)', () => {
    expect(repair([...CONVENTION, 'the draft protoco', 'l was signed. '])).toEqual([...CONVENTION, 'the draft protocol was signed. ']);
    expect(repair([...CONVENTION, 'plans including roads. Plans i', 'ncluding water. '])).toEqual([...CONVENTION, 'plans including roads. Plans including water. ']);
    expect(repair([...CONVENTION, 'the campaign was exceedin', 'gly long. '])).toEqual([...CONVENTION, 'the campaign was exceedingly long. ']);
  });

  it('reads long lines of redactions and keywords in linear time', () => {
    const lines = [...CONVENTION];
    for (let k = 0; k < 4000; k++) lines.push(k % 2 === 0 ? `${'X'.repeat(20)}` : `(C) SUBJECT: ${'X'.repeat(20)}`);
    lines.push(`${'X'.repeat(100000)}`, 'said');
    const ms = msUnder(1000, () => {
      repair(lines);
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('repairDoubleSpacing', () => {
  /** Lines of `text` after the double-spacing repair, and the codes it reported. */
  const undouble = (text: string): { lines: string[]; codes: string[] } => {
    const diagnostics: Diagnostic[] = [];
    const lines = texts(repairDoubleSpacing(splitLines(text), diagnostics));
    return { lines, codes: diagnostics.map((d) => d.code) };
  };

  it('keeps the blank lines between one-line labeled paragraphs (paragraph breaks, not double spacing)', () => {
    const body = ['1. (U) Short text.', '2. (U) More text here.', '3. (U) The office is closed.', '5. (U) Call the desk.', '9. (U) Buses run late.', '10. (U) Taxis are safe.'];
    const text = ['SUBJECT: TRAVEL NOTES', '', ...body.flatMap((l) => [l, '']), '11. The desk can help.', '', '12. Thank you.', '', '13. Remises are best.', '', '14. End of notes.', '', 'SMITH'].join('\n');
    const { lines, codes } = undouble(text);
    expect(lines).toEqual(splitLines(text).map((l) => l.text));
    expect(codes).toEqual([]);
  });

  it('still removes double spacing from wrapped lines with a few labels (guard)', () => {
    const wrapped = [
      '1. (U) The ministers met in Astana on February 26 and agreed',
      'to meet again in April, after the working groups have met',
      'and the experts have drafted the texts for the next round.',
      'Both sides called the talks useful and said that the issues',
      'left open would be settled at the next meeting of the',
      'commission, which the two governments plan to hold soon.',
      '2. (U) The delegations also discussed the transit of goods',
      'and the rules that apply to them at the border crossings.',
      'The Kazakh side asked for fewer checks on its trucks and',
      'promised to share the lists of goods in advance.',
      '3. (U) The talks will resume in April.',
    ];
    const text = wrapped.join('\n\n');
    const { lines, codes } = undouble(text);
    expect(lines).toEqual(wrapped);
    expect(codes).toEqual(['DOUBLE_SPACING_REMOVED']);
  });

  it('keeps the blank lines between short unnumbered paragraphs that each end a sentence', () => {
    const text = [
      'CONFIDENTIAL PARIS 3391',
      '',
      'SUBJECT: DE GAULLE ON CONSULTATION',
      '',
      'SUMMARY: DEBRE HANDED ME A NOTE TODAY.',
      '',
      'IT REFLECTS THE GENERAL\'S VIEWS. END SUMMARY.',
      '',
      'DURING MY CALL ON FOREIGN MINISTER DEBRE THIS MORNING TO DELIVER',
      'THE PRESIDENT\'S MESSAGE, DEBRE HANDED ME THE FOLLOWING',
      '',
      'CONFIDENTIAL',
      '',
      'PAGE 02 PARIS 03391 141630Z',
      '',
      'NOTE, WHICH HE SAID REFLECTED GENERAL DE GAULLE\'S VIEWS.',
      '',
      'COMMENT: I BELIEVE THE NOTE IS AN OPENING BID.',
      '',
      'WE SHOULD ANSWER SOON. END COMMENT.',
      '',
      'PLEASE ADVISE.',
      'SHRIVER',
    ].join('\n');
    const { lines, codes } = undouble(text);
    expect(lines).toEqual(splitLines(text).map((l) => l.text));
    expect(codes).toEqual([]);
    const c = parseCable(text);
    expect(c.subject).toBe('DE GAULLE ON CONSULTATION');
    expect(c.summary).toBe("DEBRE HANDED ME A NOTE TODAY.\n\nIT REFLECTS THE GENERAL'S VIEWS.");
    // SUMMARY, IT REFLECTS, DURING ... NOTE (across the page break), COMMENT, WE SHOULD, PLEASE ADVISE.
    expect(c.paragraphs).toHaveLength(6);
    expect(c.paragraphs[2]?.text).toBe("DURING MY CALL ON FOREIGN MINISTER DEBRE THIS MORNING TO DELIVER THE PRESIDENT'S MESSAGE, DEBRE HANDED ME THE FOLLOWING NOTE, WHICH HE SAID REFLECTED GENERAL DE GAULLE'S VIEWS.");
    expect(c.signer).toBe('SHRIVER');
  });

  it('keeps the blank lines of a press review: titles and short entries, few wrapped lines', () => {
    const text = [
      'UNCLAS PARIS 000877', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: OPRC, KMDR, FR', 'SUBJECT: MEDIA REACTION: US-RUSSIA, MIDDLE EAST', '',
      'PARIS - TUESDAY, JULY 7, 2009', '', "(A) SUBJECTS COVERED IN TODAY'S REPORT:", '', 'US-RUSSIA', '', 'MIDDLE EAST', '', '(B) SUMMARY OF COVERAGE:', '',
      "President Obama's visit to Moscow is the top story.", '', '(C) SUBJECTS AND EXCERPTS:', '', 'US-RUSSIA', '', '"The Reset Button"', '',
      'Laure Mandeville in right-of-center Le Figaro (07/07): "The two', 'presidents agreed on numbers, not on Georgia"', '', 'MIDDLE EAST', '', '"Netanyahu\'s Choice"', '',
      'Left-of-center Liberation (07/07): "The settlements are the test"', '', 'RIVKIN',
    ].join('\n');
    const { lines, codes } = undouble(text);
    expect(lines).toEqual(splitLines(text).map((l) => l.text));
    expect(codes).toEqual([]);
    expect(parseCable(text).subject).toBe('MEDIA REACTION: US-RUSSIA, MIDDLE EAST');
  });

  it('reads each one-line labeled paragraph of a cable, numbers out of order', () => {
    const c = parseCable(
      [
        'UNCLAS SECTION 01 OF 01 ZAGREB 000815',
        '',
        'E.O. 12958: N/A',
        '',
        'TAGS: ASEC HR',
        '',
        'SUBJECT: TRAVEL NOTES',
        '',
        '1. (U) Short text.',
        '',
        '2. (U) More text here.',
        '',
        '3. (U) The office is closed.',
        '',
        '8. (U) Buses run late.',
        '',
        '2. (U) Taxis are safe.',
        '',
        '9. (U) Call the desk.',
        '',
        '10. (U) Thank you.',
        '',
        'SMITH',
        '',
      ].join('\n'),
    );
    expect(c.paragraphs.map((p) => p.text)).toEqual(['Short text.', 'More text here.', 'The office is closed.', 'Buses run late.', 'Taxis are safe.', 'Call the desk.', 'Thank you.']);
    expect(c.diagnostics.map((d) => d.code)).not.toContain('DOUBLE_SPACING_REMOVED');
  });

  it('decides in linear time: ~200 kB of one-line labels in well under a second', () => {
    const text = Array.from({ length: 12_000 }, (_, k) => `${(k % 900) + 1}. (U) A b.`).join('\n\n');
    const ms = msUnder(1000, () => {
      undouble(text);
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('removeZeroWidth (era red team 24)', () => {
  it('removes zero-width characters and reports each line changed', () => {
    const diagnostics: Diagnostic[] = [];
    const out = removeZeroWidth(splitLines('BROWNFIELD\u200b\nMono Ji\u200bmmy and\u2060 more\nplain'), diagnostics);
    expect(out.map((l) => l.text)).toEqual(['BROWNFIELD', 'Mono Jimmy and more', 'plain']);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['ZERO_WIDTH_REMOVED', 1],
      ['ZERO_WIDTH_REMOVED', 2],
    ]);
  });

  it('finds them raw or as an entity, and nothing in plain text', () => {
    expect(hasZeroWidth('A\u200cB')).toBe(true);
    expect(hasZeroWidth('A&#8203;B')).toBe(true);
    expect(hasZeroWidth('plain text, no such character')).toBe(false);
  });

  it('lets the signer be read after a zero-width space', () => {
    const c = parseCable(['UNCLAS BOGOTA 001121', '', 'E.O. 12958: N/A', 'TAGS: PGOV, CO', 'SUBJECT: TEST', '', '1. (U) Text.', '', 'BROWNFIELD\u200b', ''].join('\n'));
    expect(c.signer).toBe('BROWNFIELD');
    expect(c.diagnostics.map((d) => d.code)).toContain('ZERO_WIDTH_REMOVED');
  });
});

describe('repairMojibake (era red team 24)', () => {
  /** `text` as a copy shows it after reading its UTF-8 bytes as Windows-1252. */
  const CP1252 = new Map<number, string>([
    [0x80, '\u20ac'], [0x82, '\u201a'], [0x83, '\u0192'], [0x84, '\u201e'], [0x85, '\u2026'], [0x86, '\u2020'], [0x87, '\u2021'], [0x88, '\u02c6'],
    [0x89, '\u2030'], [0x8a, '\u0160'], [0x8b, '\u2039'], [0x8c, '\u0152'], [0x8e, '\u017d'], [0x91, '\u2018'], [0x92, '\u2019'], [0x93, '\u201c'],
    [0x94, '\u201d'], [0x95, '\u2022'], [0x96, '\u2013'], [0x97, '\u2014'], [0x98, '\u02dc'], [0x99, '\u2122'], [0x9a, '\u0161'], [0x9b, '\u203a'],
    [0x9c, '\u0153'], [0x9e, '\u017e'], [0x9f, '\u0178'],
  ]);
  const mangle = (text: string): string => [...new TextEncoder().encode(text)].map((b) => CP1252.get(b) ?? String.fromCharCode(b)).join('');

  it('decodes UTF-8 read as Windows-1252, before the quote repair', () => {
    expect(decodeMojibake('ABIDJANâ€™S UNREST in CÃ´te dâ€™Ivoire')).toBe('ABIDJAN\u2019S UNREST in C\u00f4te d\u2019Ivoire');
    expect(decodeMojibake(mangle('Frédéric said “no” – ÓSCAR'))).toBe('Frédéric said “no” – ÓSCAR');
    const c = parseCable(['UNCLAS LAGOS 000977', '', 'E.O. 12958: N/A', 'TAGS: PGOV, NI', 'SUBJECT: ABIDJANâ€™S UNREST', '', '1. (U) Text in CÃ´te dâ€™Ivoire.', '', 'BROWNE'].join('\n'));
    expect(c.subject).toBe("ABIDJAN'S UNREST");
    expect(c.paragraphs[0]?.text).toBe("Text in Côte d'Ivoire.");
    expect(c.diagnostics.map((d) => d.code)).toContain('MOJIBAKE_REPAIRED');
  });

  it('reads a closing quote whose third byte the copy dropped, `â€` alone (era red team 421, session 29)', () => {
    expect(decodeMojibake('FERNANDEZâ€™S â€œNEW METROâ€ â€” WHO PAYS?')).toBe('FERNANDEZ\u2019S \u201cNEW METRO\u201d \u2014 WHO PAYS?');
    expect(decodeMojibake('the loan is â€œstill on the table.â€')).toBe('the loan is \u201cstill on the table.\u201d');
  });

  it('leaves text without mojibake as it is: SÃO PAULO, an Ã before a letter (guard)', () => {
    expect(decodeMojibake('SÃO PAULO')).toBeNull();
    expect(decodeMojibake('plain ASCII text')).toBeNull();
    expect(hasMojibake('Côte d’Ivoire')).toBe(false);
  });

  it('undoes the mangling of any text (property)', () => {
    const alphabet = fc.constantFrom(...'aZ 9.,é\u00e7\u00f1\u00d3\u00fc\u2019\u201c\u201d\u2013\u20ac\u0160\u4e2d\u{1f600}'.split(/(?:)/u));
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')), (text) => {
      const mangled = mangle(text);
      expect(mangled === text ? null : decodeMojibake(mangled)).toBe(mangled === text ? null : text);
    }));
  });
});

describe('named entities of other languages (era red team 32)', () => {
  it('decodes guillemets, sharp s, inverted marks and common signs', () => {
    expect(decodeEntities('&laquo;una resa dello Stato&raquo;')).toBe('\u00abuna resa dello Stato\u00bb');
    expect(decodeEntities('Stra&szlig;e, &iquest;Qu&eacute;? &iexcl;Ya!')).toBe('Stra\u00dfe, \u00bfQu\u00e9? \u00a1Ya!');
    expect(decodeEntities('&euro;5, 50&deg;, &sect; 3, &Aring;land, &oslash;')).toBe('\u20ac5, 50\u00b0, \u00a7 3, \u00c5land, \u00f8');
    // An unknown name stays as written.
    expect(decodeEntities('&bogus; &frac99;')).toBe('&bogus; &frac99;');
  });

  it('decodes HTML 4 letters outside Latin-1 and the signs with digits in their names (era red team 244)', () => {
    expect(decodeEntities('NIKOLI\u0106 BREAKS WITH &Scaron;E&Scaron;ELJ; Ko&scaron;tunica')).toBe('NIKOLI\u0106 BREAKS WITH \u0160E\u0160ELJ; Ko\u0161tunica');
    expect(decodeEntities('1&frac12; percent, 5&permil;, 40 m&sup2;, Chac&oacute;n&lrm;')).toBe('1\u00bd percent, 5\u2030, 40 m\u00b2, Chac\u00f3n');
  });
});

describe('line breaks inserted inside preamble fields (era fixtures 280 and 290)', () => {
  // An archive dump: every line from the banner on ends with a space, except where the scraper broke one.
  const dump = (subject: string[], ref: string[], classifiedBy: string[]): string =>
    [
      'C O N F I D E N T I A L PARIS 004412 ',
      ' ',
      'SIPDIS ',
      ' ',
      'E.O. 12958: DECL: 06/04/2013 ',
      'TAGS: ELAB ECON PGOV FR ',
      ...subject,
      ' ',
      ...ref,
      ' ',
      ...classifiedBy,
      ' ',
      '1. (C) The advisor said the government had "already made its concessions" to the union in May. ',
      ' ',
      '2. (C) Teachers plan a national strike on June 10. ',
      ' ',
      'LEACH ',
    ].join('\n');

  it('rejoins a subject cut inside a word, a REF serial cut inside its digits and a name cut in two', () => {
    const cable = parseCable(
      dump(
        ['SUBJECT: FRANCE: RAFFARIN GOVERNMENT HOLDS FIRM ON PENSION RE', 'FORM AS STRIKES SPREAD '],
        ['REF: A. PARIS 3981 B. STATE 14', '4412 '],
        ["Classified By: Charge d'Affaires a.i. Joseph Penning", 'ton for reasons 1.4(b) and (d). '],
      ),
    );
    expect(cable.subject).toBe('FRANCE: RAFFARIN GOVERNMENT HOLDS FIRM ON PENSION REFORM AS STRIKES SPREAD');
    expect(cable.references.map((r) => r.text)).toEqual(['PARIS 3981', 'STATE 144412']);
    expect(cable.classifiedBy?.name).toBe('Joseph Pennington');
    expect(cable.diagnostics.filter((d) => d.code === 'LINE_BREAK_REPAIRED').map((d) => d.line)).toEqual([7, 10, 13]);
    expect(cable.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
  });

  it('leaves the lines alone when the text does not end its lines with spaces (a WikiLeaks page)', () => {
    // `TALKS -` / `DECEMBER 2009`: a wrapped subject, not a cut word.
    const text = dump(['SUBJECT: U.S.-RUSSIA JOINT THREAT ASSESSMENT TALKS -', 'DECEMBER 2009'], ['REF: 09 STATE 082572'], ['Classified By: ISN Acting A/S Vann H. Van Diepen.  Reason 1.5 (D)'])
      .split('\n')
      .map((l) => l.trimEnd())
      .join('\n');
    const cable = parseCable(text);
    expect(cable.subject).toBe('U.S.-RUSSIA JOINT THREAT ASSESSMENT TALKS - DECEMBER 2009');
    expect(cable.diagnostics.some((d) => d.code === 'LINE_BREAK_REPAIRED')).toBe(false);
  });

  it('never joins a TAGS line onto the next one (a page rebuilds it from links, without its trailing space)', () => {
    const text = dump(['SUBJECT: BRAZIL SCENESETTER: CODEL THOMPSON MAY 27-28 '], [], ['Classified By: Ambassador Clifford Sobel, reasons 1.4 (b) and (d). '])
      .replace('TAGS: ELAB ECON PGOV FR ', 'TAGS: OREP PTER KCRM SENV KGHG ENRG ECON ETRD EINV EFIN\nPREL, BR ');
    const cable = parseCable(text);
    expect(cable.tags).toEqual(['OREP', 'PTER', 'KCRM', 'SENV', 'KGHG', 'ENRG', 'ECON', 'ETRD', 'EINV', 'EFIN', 'PREL', 'BR']);
    expect(cable.subject).toBe('BRAZIL SCENESETTER: CODEL THOMPSON MAY 27-28');
  });
});

describe('removeControlCharacters and soft hyphens (era red team 60)', () => {
  const cable = (body: string[]): ReturnType<typeof parseCable> =>
    parseCable(['UNCLASSIFIED MONTERREY 000123', '', 'SUBJECT: VISA APPOINTMENTS', '', ...body].join('\n'));

  it('finds the signer before NUL padding, and a header line after a DOS end-of-file', () => {
    const padded = cable(['1. (U) Wait times fell to 12 days.', '', 'GARZA\u0000\u0000\u0000\u0000']);
    expect(padded.signer).toBe('GARZA');
    expect(padded.diagnostics.filter((d) => d.code === 'CONTROL_CHARACTERS_REMOVED').map((d) => d.line)).toEqual([7]);
    expect(padded.diagnostics.some((d) => d.code === 'SIGNER_MISSING')).toBe(false);
  });

  it('removes soft hyphens inside words, reported as zero-width characters', () => {
    const c = cable(['1. (U) The settle\u00adment talks resume.', '', 'GARZA']);
    expect(c.paragraphs[0]?.text).toBe('The settlement talks resume.');
    expect(c.diagnostics.some((d) => d.code === 'ZERO_WIDTH_REMOVED')).toBe(true);
  });

  it('keeps tabs and form feeds, and reports nothing on clean text', () => {
    const c = cable(['1. (U) Wait\ttimes fell.', '\f', 'GARZA']);
    expect(c.diagnostics.filter((d) => d.code === 'CONTROL_CHARACTERS_REMOVED' || d.code === 'ZERO_WIDTH_REMOVED')).toEqual([]);
  });
});

describe('copy damage on a WikiLeaks page: the cable\'s lines are repaired, the page around them is not read', () => {
  /** A page of the 2010 layout: chrome, the 5-column table, one `<pre>` holding `cable`'s lines, chrome after. */
  const page = (cable: string[], chrome = ''): string =>
    [
      `<html><head><title>Cable</title></head><body><div class='nav'>${chrome}</div>`,
      '<h3>Viewing cable 09TASHKENT412, WATER PLAN</h3>',
      "<table class='cable'><tr><th>Reference ID</th><th>Created</th><th>Released</th><th>Classification</th><th>Origin</th></tr>",
      "<tr><td><a href='/cable/2009/03/09TASHKENT412.html'>09TASHKENT412</a></td><td>2009-03-02 11:15</td><td>2011-08-30 01:44</td><td>UNCLASSIFIED</td><td>Embassy Tashkent</td></tr></table>",
      `<pre>${cable.join('&#x000A;')}</pre>`,
      `<div class='footer'>${chrome}</div></body></html>`,
    ].join('\n');
  const CABLE = ['UNCLAS TASHKENT 000412', '', 'E.O. 12958: N/A', 'TAGS: ECON, UZ', 'SUBJECT: WATER PLAN', '', '1. (U) Ministers agreed.', '', 'NORLAND'];
  const codes = (c: ReturnType<typeof parseCable>): string[] => c.diagnostics.map((d) => d.code);

  it('removes zero-width characters and decodes mojibake inside the cable text', () => {
    const c = parseCable(page(CABLE.map((l) => (l === 'NORLAND' ? 'NORLAND&#8203;' : l === '1. (U) Ministers agreed.' ? '1. (U) Ministers in CÃ´te dâ€™Ivoire agreed.' : l))));
    expect(c.signer).toBe('NORLAND');
    expect(c.paragraphs[0]?.text).toBe("Ministers in Côte d'Ivoire agreed.");
    expect(codes(c)).toContain('ZERO_WIDTH_REMOVED');
    expect(codes(c)).toContain('MOJIBAKE_REPAIRED');
  });

  it('reads a page marker whose double space the page writes as `&#160; ` (era red team 237)', () => {
    const c = parseCable(page(['UNCLAS TASHKENT 000412', '', 'E.O. 12958: N/A', 'TAGS: ECON, UZ', 'SUBJECT: WATER PLAN', '', '1. (U) Ministers sent the plan to the National', '', 'TASHKENT 00000412&#160; 002 OF 002', '', 'Assembly on November 23.', '', 'NORLAND']));
    expect(c.pages.map((p) => p.page)).toEqual([2]);
    expect(c.paragraphs[0]?.text).toBe('Ministers sent the plan to the National Assembly on November 23.');
  });

  it('decodes mojibake the page writes as entities, in the text and the title (era red team 244)', () => {
    const c = parseCable(
      page(CABLE.map((l) => (l === '1. (U) Ministers agreed.' ? '1. (U) Mar&Atilde;&shy;a Teresa Fern&Atilde;&iexcl;ndez and Carme Chac&Atilde;&sup3;n agreed.' : l))).replace(
        'WATER PLAN</h3>',
        'ZAPATERO&acirc;&euro;&trade;S WATER PLAN</h3>',
      ),
    );
    expect(c.paragraphs[0]?.text).toBe('Mar\u00eda Teresa Fern\u00e1ndez and Carme Chac\u00f3n agreed.');
    expect(c.metadata?.title).toBe("ZAPATERO'S WATER PLAN");
    expect(codes(c)).toContain('MOJIBAKE_REPAIRED');
  });

  it('reports nothing for such characters in the page chrome around the cable', () => {
    const c = parseCable(page(CABLE, 'Men\u00fc \u200b CÃ´te &#8203; \u0000'));
    expect(c.signer).toBe('NORLAND');
    expect(codes(c).filter((k) => k === 'ZERO_WIDTH_REMOVED' || k === 'MOJIBAKE_REPAIRED' || k === 'CONTROL_CHARACTERS_REMOVED')).toEqual([]);
  });
});

describe('Windows-1252 quotes read as Latin-1 (era red team 60)', () => {
  it('replaces U+0091-U+0094 with ASCII quotes, as typographic quotes', () => {
    expect(replaceTypographicQuotes('the appointment line \u0093a big improvement.\u0094 and the consul\u0092s view')).toBe('the appointment line "a big improvement." and the consul\'s view');
    expect(replaceTypographicQuotes('no quotes here')).toBeNull();
  });
});

describe('line breaks inserted in a dump\'s preamble: E.O., TAGS, initials, decimals (era red team 68)', () => {
  const cable = (lines: string[]): ReturnType<typeof parseCable> =>
    parseCable(
      [
        'C O N F I D E N T I A L TASHKENT 001187 ',
        ' ',
        'SIPDIS ',
        ' ',
        ...lines,
        ' ',
        '1. (C) Summary: The minister said output rose to 1. ',
        ' ',
        '2. (C) The talks went on. ',
        ' ',
        'NORLAND',
      ].join('\n'),
    );

  it('rejoins a DECL date cut in two, and the fields after it are read', () => {
    const c = cable(['E.O. 12958: DECL: 09/22/', '2018 ', 'TAGS: ELAB PHUM KIRF UZ ', 'SUBJECT: UZBEKISTAN: COTTON HARVEST ', ' ', "Classified By: Ambassador Richard J. Norland for reasons 1.4 (b) and (d). "]);
    expect(c.executiveOrder?.declassify).toMatchObject({ kind: 'date' });
    expect(c.tags).toEqual(['ELAB', 'PHUM', 'KIRF', 'UZ']);
    expect(c.subject).toBe('UZBEKISTAN: COTTON HARVEST');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
  });

  it('rejoins a Classified By cut after an initial, and a figure cut after its point', () => {
    // (The scraper's break may have taken a space or not: `J.` / `K.` goes on directly, as most breaks do.)
    const c = cable(['E.O. 12958: DECL: 09/22/2018 ', 'TAGS: ELAB PHUM KIRF UZ ', 'SUBJECT: UZBEKISTAN: COTTON HARVEST ', ' ', 'Classified By: Ambassador Richard J.', 'K. Norland for reasons 1.4 (b) and (d). ']);
    expect(c.classifiedBy?.name).toBe('Richard J.K. Norland');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
  });
});

describe('a TAGS line cut by the scraper in a dump (era red team 68)', () => {
  const cable = (tags: string[]): ReturnType<typeof parseCable> =>
    parseCable(['C O N F I D E N T I A L TASHKENT 001187 ', ' ', 'SIPDIS ', ' ', 'E.O. 12958: DECL: 09/22/2018 ', ...tags, 'SUBJECT: UZBEKISTAN: COTTON HARVEST ', ' ', '1. (C) The talks went on. ', ' ', 'NORLAND'].join('\n'));

  it('joins a tag cut in two directly, two whole tags with a space', () => {
    expect(cable(['TAGS: ELAB P', 'HUM KIRF UZ ']).tags).toEqual(['ELAB', 'PHUM', 'KIRF', 'UZ']);
    // Two letters and two: as likely two country codes (`VE` / `NS`) as a tag cut in half, so two.
    expect(cable(['TAGS: PREL SCUL VE', 'NS ']).tags).toEqual(['PREL', 'SCUL', 'VE', 'NS']);
    expect(cable(['TAGS: OREP PTER EFIN', 'PREL, BR ']).tags).toEqual(['OREP', 'PTER', 'EFIN', 'PREL', 'BR']);
  });
});

describe('no-break spaces from a word processor or a web page', () => {
  it('are replaced with spaces, positions kept, one diagnostic at the first', () => {
    const diagnostics: Diagnostic[] = [];
    const lines = splitLines('UNCLAS ROME 001234\n1.\u00a0(C)\u00a0Summary: talks.\nNo others.\n2.\u2007(C)\u202fMore.');
    expect(hasNoBreakSpaces('a\u00a0b')).toBe(true);
    expect(hasNoBreakSpaces('a b')).toBe(false);
    const out = replaceNoBreakSpaces(lines, diagnostics);
    expect(texts(out)).toEqual(['UNCLAS ROME 001234', '1. (C) Summary: talks.', 'No others.', '2. (C) More.']);
    expect(out.map((l) => l.offset)).toEqual(lines.map((l) => l.offset));
    expect(out[2]).toBe(lines[2]);
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['NO_BREAK_SPACES_REPLACED', 2, 3]]);
  });

  it('no longer hide a corrected copy caption or a banner from the preamble', () => {
    const c = parseCable(['C O N F I D E N T I A L\u00a0 SECTION 01 OF 02 BERN 001686', '', 'C O R R E C T E D\u00a0 C O P Y', 'SIPDIS', '', 'E.O. 12958: DECL: 09/01/2016', 'TAGS: PREL, SZ', 'SUBJECT: TALKS', '', '1. (C) Summary: talks. End summary.', '', 'STAEHELIN'].join('\n'));
    expect(c.post).toBe('BERN');
    expect(c.classification.caveats).toContain('CORRECTED COPY');
    expect(c.diagnostics.map((d) => d.code)).toContain('NO_BREAK_SPACES_REPLACED');
  });
});

describe('WikiLeaks paragraph signs in text copied from a page (era red team 93)', () => {
  it('are left out of `unparsed`: no part of the cable, and no lost text', () => {
    const c = parseCable(['UNCLAS USUN NEW YORK 000412', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: PREL, UNSC', 'SUBJECT: COUNCIL TALKS', '', 'REF: A. STATE 1234', '     \u00b6B. USUN 400', '', '\u00b61. (U) Summary: The Council met. End summary.', '', '\u00b62. (U) It will meet again.', '', 'RICE'].join('\n'));
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(c.references.map((r) => r.label)).toEqual(['A', 'B']);
    expect(c.unparsed.map((u) => u.text)).toEqual([]);
  });
});

describe('Markdown a notes app or an editor added (era red team 95)', () => {
  it('is removed one character for one: heading marks, bold pairs, escapes, quote prefixes', () => {
    const lines = splitLines(['## SUMMARY', '1\\. (SBU) **Summary:** Talks. **End summary.**', '\\-- 41 factories;', '> BEGIN TEXT:', '>', '> END TEXT.'].join('\n'));
    expect(hasMarkdown(lines)).toBe(true);
    const diagnostics: Diagnostic[] = [];
    const out = removeMarkdown(lines, diagnostics);
    expect(texts(out)).toEqual(['   SUMMARY', '1.  (SBU)   Summary:   Talks.   End summary.  ', '--  41 factories;', '  BEGIN TEXT:', ' ', '  END TEXT.']);
    expect(out.map((l) => l.text.length)).toEqual(lines.map((l) => l.text.length));
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['MARKDOWN_REMOVED', 1]]);
  });

  it('is not seen in a cable\'s own marks: star trailers, footnote stars, an end mark, one stray line (guard)', () => {
    expect(hasMarkdown(splitLines(['**** Visit Embassy Tel Aviv\'s Classified Website ****', '% BBBCV**   71%', '**Percent of total FPU cases.', '#4108', 'NNNN'].join('\n')))).toBe(false);
    expect(hasMarkdown(splitLines(['> 50 percent of the vote', 'THE REST.'].join('\n')))).toBe(false);
  });

  it('gives the cable under it its headings, summary, comment and labels', () => {
    const c = parseCable(['UNCLAS SECTION 01 OF 02 BRASILIA 000112', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: ECON, BR', 'SUBJECT: ETHANOL EXPORTS', '', '### Summary', '', '1\\. (U) Exports rose.', '', '### Comment', '', '2\\. (SBU) **Comment:** Growth will slow. **End comment.**', '', 'KUBISKE'].join('\n'));
    expect(c.paragraphs.map((p) => [p.number, p.heading])).toEqual([['1', 'Summary'], ['2', 'Comment']]);
    expect(c.summary).toBe('Exports rose.');
    expect(c.comments).toEqual(['Growth will slow.']);
    expect(c.diagnostics.map((d) => d.code)).toContain('MARKDOWN_REMOVED');
  });
});

describe('a cable quoted throughout by a mail reader: nested, unspaced and spaced marks (era red teams 407 and 405, session 29)', () => {
  const cable = ['UNCLAS LIMA 002731', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: SNAR, PGOV, PE', 'SUBJECT: COCA GROWERS END STRIKE', '', '1. (SBU) Growers lifted the blockade', '14 days after it began.', '', '2. (U) Talks resume in June.', '', 'STRUBLE'];

  it('removes as many marks as most quoted lines have, and fewer where a line has fewer', () => {
    const lines = splitLines(['> From: Keller, Thomas', '> FYI.', '>', ...cable.map((l) => (l === '' ? '>>' : `>> ${l}`))].join('\n'));
    expect(hasMarkdown(lines)).toBe(true);
    const out = removeMarkdown(lines, []);
    expect(texts(out).slice(0, 4)).toEqual(['  From: Keller, Thomas', '  FYI.', ' ', '   UNCLAS LIMA 002731']);
    expect(out.map((l) => l.text.length)).toEqual(lines.map((l) => l.text.length));
  });

  it('reads the cable under `>> `, `> > ` and `>` with no space', () => {
    for (const mark of ['>> ', '> > ', '>']) {
      const c = parseCable(['On Sat, Jun 6, 2009, Paul Kessler wrote:', ...cable.map((l) => (l === '' ? mark.trimEnd() : mark + l))].join('\n'));
      expect([c.post, c.serial, c.sipdis, c.tags, c.subject], mark).toEqual(['LIMA', '002731', true, ['SNAR', 'PGOV', 'PE'], 'COCA GROWERS END STRIKE']);
      expect(c.paragraphs.map((p) => [p.number, p.marking]), mark).toEqual([['1', 'SBU'], ['2', 'U']]);
      expect(c.signer, mark).toBe('STRUBLE');
    }
  });

  it('takes the mark off a line opening with a number in a text quoted throughout (`> 14 days`), not in a text quoted in part', () => {
    const c = parseCable(cable.map((l) => (l === '' ? '>' : `> ${l}`)).join('\n'));
    expect(c.paragraphs[0]?.text).toBe('Growers lifted the blockade 14 days after it began.');
    const part = splitLines(['1. (U) Results:', '> BEGIN TEXT:', '> The vote was close.', '> 50 percent: 12', '> END TEXT.', 'Turnout fell.', 'It rained.', 'Talks go on.', 'More later.', 'HALE'].join('\n'));
    expect(texts(removeMarkdown(part, []))[3]).toBe('> 50 percent: 12');
  });

  it('leaves the reply\'s own lines under the quoted cable out of it (they stay in `unparsed`)', () => {
    const c = parseCable([...cable.map((l) => (l === '' ? '>' : `>${l}`)), '', 'Thanks - useful for Monday.', '-- ', 'Anne'].join('\n'));
    expect(c.signer).toBe('STRUBLE');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(c.unparsed.map((u) => u.text)).toEqual(['Thanks - useful for Monday.', '--', 'Anne']);
  });

  it('keeps the lines after a long quoted e-mail in a cable that quotes it (no banner inside the quote: guard)', () => {
    const c = parseCable(['UNCLAS OSCE 000112', '', 'E.O. 12958: N/A', 'TAGS: PREL, OSCE', 'SUBJECT: AN E-MAIL FROM THE CHAIR', '', '1. (U) The Chair wrote:', ...['Dear colleagues,', 'the meeting moves to Friday.', 'Please confirm.', 'Regards,', 'The Chair', 'Vienna', 'Room 3'].map((l) => `> ${l}`), '', '2. (U) USOSCE will attend.', '', 'FINLEY'].join('\n'));
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(c.signer).toBe('FINLEY');
  });
});

describe('a cable\'s own text that looks like what the copy repairs remove (era red team 97)', () => {
  it('keeps `# OF APPLICANTS` columns, `> 50 percent` rows and footnote stars', () => {
    expect(hasMarkdown(splitLines(['# OF APPLICANTS   1,204', '# OF ISSUANCES      988', '> 50 percent: 12', '> 40 percent: 9', '> 30 percent: 4'].join('\n')))).toBe(false);
    expect(hasMarkdown(splitLines(['> 1. (U) THE MINISTRY EXPECTS A RISE.', '>', '> 2. (U) THE RISE FOLLOWS WHEAT PRICES.'].join('\n')))).toBe(true);
  });

  it('keeps a lone visa class, RELEASED IN FULL in a table, PAGE 2, - 2 - and a quoted printout line without a release or printout around them', () => {
    const margin = ' '.repeat(40);
    const c = parseCable(['UNCLAS AMMAN 000412', '', 'E.O. 12958: N/A', 'TAGS: CVIS, JO', 'SUBJECT: VISA TABLE', '', '1. (U) Classes issued:', `MEDICAL TRAVEL (9)${margin}`, `${margin}B2`, 'STATUS: RELEASED IN FULL', 'RELEASED IN FULL', '', '2. (U) Pages recovered:', 'PAGE 1', 'PAGE 2', '- 2 -', 'Printed By: KAMAUJW Printed On: 04/11/2008 05:47:13 PM', 'were read.', '', 'HALE'].join('\n'));
    const text = c.paragraphs.map((p) => p.text).join(' ');
    for (const kept of ['B2', 'RELEASED IN FULL', 'PAGE 2', '- 2 -', 'Printed By: KAMAUJW']) expect(text, kept).toContain(kept);
    expect(c.signer).toBe('HALE');
  });

  it('reads a cable whose body holds a `Message Text:` line after form lines (no AAD record)', () => {
    const c = parseCable(['UNCLAS BOGOTA 002210', '', 'E.O. 12958: N/A', 'TAGS: ASEC, CO', 'SUBJECT: WARDEN MESSAGE', '', '1. (U) Post sent this warden message:', 'Date: July 14, 2009', 'To: All U.S. citizens', 'From: Consular Section', 'Subject: Demonstrations', 'Message Text:', 'Avoid the city center.', '', 'BROWNFIELD'].join('\n'));
    expect(c.subject).toBe('WARDEN MESSAGE');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
    expect(c.signer).toBe('BROWNFIELD');
  });
});

describe('mojibake of Latin Extended-A letters and the euro sign (era red team 244)', () => {
  const textOf = (line: string): string | undefined => parseCable(`UNCLAS WARSAW 001234\n\nSUBJECT: TEST\n\n1. (U) ${line}\n\nSMITH\n`).paragraphs[0]?.text;

  it('repairs a line whose only mojibake is of letters beyond Latin-1 or of the euro sign', () => {
    expect(textOf('President Lech Kaczy\u00c5\u201eski told Radio Zet.')).toBe('President Lech Kaczy\u0144ski told Radio Zet.');
    expect(textOf('The IMF gave \u00e2\u201a\u00ac12.95 billion.')).toBe('The IMF gave \u20ac12.95 billion.');
    expect(textOf('ROMANIA: B\u00c4\u201aSESCU AND BOC AGREE.')).toBe('ROMANIA: B\u0102SESCU AND BOC AGREE.');
  });

  it('guard: a real Å or Ä before a letter or a guillemet stays', () => {
    expect(textOf('The \u00c5land islands (\u00ab\u00c5LAND\u00bb) and \u00c4gypten voted.')).toBe('The \u00c5land islands (\u00ab\u00c5LAND\u00bb) and \u00c4gypten voted.');
  });
});

describe('repairInsertedBreaks: halves seen only at breaks are no words (era red team 379, session 28)', () => {
  it('joins a word cut the same way twice (`COM` / `MENT:` ... `END COM` / `MENT.`)', () => {
    const lines = [
      'SECRET ISLAMABAD 001234 ',
      ' ',
      'SUBJECT: TEST ',
      ' ',
      '3. (S) COM',
      'MENT: Malik has promised such a body before.  Its value will depend ',
      'on whether ISI actually shares its reporting.  END COM',
      'MENT. ',
      ' ',
      'PATTERSON ',
    ];
    const out = repairInsertedBreaks(splitLines(lines.join('\n')), [], bodyBreakRules);
    expect(texts(out).filter((t) => t.includes('MENT'))).toEqual(['3. (S) COMMENT: Malik has promised such a body before.  Its value will depend ', 'on whether ISI actually shares its reporting.  END COMMENT. ']);
    expect(parseCable(lines.join('\n')).comments).toEqual(['Malik has promised such a body before. Its value will depend on whether ISI actually shares its reporting.']);
  });

  it('guard: a word seen away from breaks as well still spaces (`End` / `comment.` after `Comment:`)', () => {
    const lines = ['UNCLAS MANILA 001234 ', ' ', 'SUBJECT: TEST ', ' ', '1. (SBU) Summary: Talks went on.  End Summary. ', ' ', '4. (SBU) Comment: The task force is the third attempt ', 'since 2002.  Its success will depend on funding.  End', 'comment. ', ' ', 'RICCIARDONE '];
    expect(parseCable(lines.join('\n')).comments).toEqual(['The task force is the third attempt since 2002. Its success will depend on funding.']);
  });
});

describe('a byte order mark inside a line, and invisible characters in an archive row (era red team 418, session 29)', () => {
  it('removes a U+FEFF inside a line, as the other zero-width characters', () => {
    const c = parseCable(['UNCLAS LIMA 000123', '', 'E.O. 12958: N/A', 'TAGS: PGOV, PE', 'SUBJECT: TEST', '', '1. (U) Summary: The law expires when the\ufeff special term ends. End summary.', '', 'SMITH'].join('\n'));
    expect(c.summary).toBe('The law expires when the special term ends.');
    expect(c.diagnostics.map((d) => d.code)).toContain('ZERO_WIDTH_REMOVED');
  });

  it('guard: a byte order mark opening the text is no damage', () => {
    const c = parseCable(['\ufeffUNCLAS LIMA 000123', '', 'E.O. 12958: N/A', 'TAGS: PGOV, PE', 'SUBJECT: TEST', '', '1. (U) Text.', '', 'SMITH'].join('\n'));
    expect(c.post).toBe('LIMA');
    expect(c.diagnostics.map((d) => d.code)).not.toContain('ZERO_WIDTH_REMOVED');
  });

  it('reads an archive row holding a zero-width space after the id', () => {
    const dump = ['09VILNIUS402, TALKS', 'Reference ID Created Released Classification Origin', '09VILNIUS402\u200b 2009-06-03 09:15 2011-08-30 01:44 CONFIDENTIAL Embassy Vilnius', '', 'C O N F I D E N T I A L VILNIUS 000402', '', 'E.O. 12958: DECL: 06/02/2019', 'TAGS: PREL, LH', 'SUBJECT: TALKS', '', '1. (C) Text.', '', 'DERSE', '', 'Wikileaks'].join('\n');
    const [c] = parseCables(dump);
    expect([c?.referenceId, c?.metadata?.referenceId]).toEqual(['09VILNIUS402', '09VILNIUS402']);
  });
});

describe('entities escaped twice (era red teams 411 and 421, session 29)', () => {
  it('decodes `&amp;quot;`, `&amp;#8220;` and `&amp;amp;` as the entity escaped once, and `&amp;` before an unknown name to `&`', () => {
    expect(decodeEntities('THE &amp;quot;CAMISEA&amp;quot; DEAL, MINING &amp;amp; ENERGY')).toBe('THE "CAMISEA" DEAL, MINING & ENERGY');
    expect(decodeEntities('would &amp;#8220;probably&amp;#8221; abstain')).toBe('would \u201cprobably\u201d abstain');
    expect(decodeEntities('AT&amp;T and &amp;bogus;')).toBe('AT&T and &bogus;');
  });

  it('gives a page escaped twice the labels, markings and text of one escaped once', () => {
    const page = (body: string): string =>
      "<html><body><table class='cable'><tr><th>Reference ID</th><th>Created</th><th>Released</th><th>Classification</th><th>Origin</th></tr>" +
      "<tr><td>10LIMA112</td><td>2010-02-11 12:00</td><td>2011-08-30 01:44</td><td>UNCLASSIFIED</td><td>Embassy Lima</td></tr></table>" +
      `<code><pre>${body}</pre></code></body></html>`;
    const once = ['UNCLAS LIMA 000112', '', 'E.O. 12958: N/A', 'TAGS: ENRG, PE', 'SUBJECT: THE &quot;CAMISEA&quot; DEAL', '', '1.&nbsp;(U) S&aacute;nchez spoke.', '', 'MCKINLEY'].join('&#x000A;');
    const twice = once.replace(/&(?!#x000A;)/g, '&amp;');
    const a = parseCable(page(once));
    const b = parseCable(page(twice));
    expect([b.subject, b.paragraphs.map((p) => [p.number, p.marking, p.text]), b.signer]).toEqual([a.subject, a.paragraphs.map((p) => [p.number, p.marking, p.text]), a.signer]);
    expect(b.subject).toBe('THE "CAMISEA" DEAL');
  });
});
