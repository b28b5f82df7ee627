/**
 * Preamble fields (src/preamble/): a letter-spaced classification banner with a space missing or doubled, a
 * misspelled SIPDIS handling line, Classified By, a subject followed by the body on its line. All inputs are
 * synthetic cable lines; expected values are read off the input.
 */

import { describe, expect, it } from 'vitest';
import { parseCable } from '../src/index.js';
import { parseClassificationLine, parseHandlingLine } from '../src/preamble/classification.js';
import { parseClassifiedBy } from '../src/preamble/classified-by.js';
import { parseSubject, parseSubjectDetails } from '../src/preamble/subject.js';
import { parseReferences } from '../src/preamble/references.js';
import { msUnder } from './timing.js';

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

describe('a misspelled SIPDIS handling line', () => {
  it('reads SIPDS, SIPIDS and SIDPIS as SIPDIS', () => {
    for (const word of ['SIPDS', 'SIPIDS', 'SIDPIS']) expect(parseHandlingLine(word)).toEqual({ caveats: [], sipdis: true });
    const c = parseCable(cable('S E C R E T SECTION 01 OF 04 FARAWAY 000855', 'SIPDS', 'NOFORN', 'DEPT FOR EUR/CARC, PM AND S/CT', 'E.O. 12958: DECL: 07/05/2017', 'TAGS: PREL XX', 'SUBJECT: A MEETING', '', '1. (S) Text.'));
    expect(c.sipdis).toBe(true);
    expect(c.distribution).toEqual(['DEPT FOR EUR/CARC, PM AND S/CT']);
  });

  it('guard: other words near SIPDIS are no handling line', () => {
    expect(parseHandlingLine('SIPD')).toBeNull();
    expect(parseHandlingLine('SIPDISX')).toBeNull();
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

describe('linear time on hostile input: spaced banners, subjects, REF notes and dates, Classified By', () => {
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
      const ms = msUnder(1500, () => {
        parseCable(input);
      });
      expect(ms).toBeLessThan(1500);
    }
  });
});

describe('a distribution line run into the TAGS line', () => {
  it('reads the tags before it and the rest as a distribution entry, covering the text', () => {
    const text = cable('UNCLAS FARAWAY 000123', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: PM DEPT FOR EAP EAP MTS EAP MLS', 'SUBJECT: A PROPOSAL', '', '1. Text.', '', 'ROE');
    const c = parseCable(text);
    expect(c.tags).toEqual(['PM']);
    expect(c.distribution).toEqual(['DEPT FOR EAP EAP MTS EAP MLS']);
    expect(c.subject).toBe('A PROPOSAL');
    expect(c.unparsed).toEqual([]);
    const tags = c.spans.tags;
    expect(tags === null ? '' : text.slice(tags.start, tags.end)).toBe('TAGS: PM');
    expect(c.spans.distribution.map((s) => text.slice(s.start, s.end))).toEqual(['DEPT FOR EAP EAP MTS EAP MLS']);
  });

  it('takes a wrapped line of the run-in entry with it', () => {
    const text = cable('UNCLAS FARAWAY 000123', '', 'E.O. 12958: N/A', 'TAGS: PREL KZ STATE FOR EUR/CARC, EUR/', 'RPM', 'SUBJECT: A PROPOSAL', '', '1. Text.');
    const c = parseCable(text);
    expect(c.tags).toEqual(['PREL', 'KZ']);
    expect(c.distribution).toEqual(['STATE FOR EUR/CARC, EUR/RPM']);
    expect(c.unparsed).toEqual([]);
  });

  it('takes a wrapped line whose words before the addressee are no tags whole (`EYES ONLY FOR ...`)', () => {
    const c = parseCable(cable('SECRET FARAWAY 000123', 'E.O. 12958: DECL: 01/01/2019', 'TAGS: PREL, XX', 'EYES ONLY FOR AMBASSADOR', 'SUBJECT: A MEETING', '', '1. (S) Text.'));
    expect(c.tags).toEqual(['PREL', 'XX']);
    expect(c.distribution).toEqual(['EYES ONLY FOR AMBASSADOR']);
    // A known tag opening the wrapped line stays a tag.
    const tagged = parseCable(cable('SECRET FARAWAY 000123', 'E.O. 12958: DECL: 01/01/2019', 'TAGS: PREL, XX', 'KPAO DEPT FOR EAP', 'SUBJECT: A MEETING', '', '1. (S) Text.'));
    expect(tagged.tags).toEqual(['PREL', 'XX', 'KPAO']);
    expect(tagged.distribution).toEqual(['DEPT FOR EAP']);
  });

  it('keeps agency words that are tags when no FOR or PASS follows (guard)', () => {
    const c = parseCable(cable('UNCLAS FARAWAY 000123', '', 'E.O. 12958: N/A', 'TAGS: ECON EINV OPIC USTR KTDB XX', 'SUBJECT: A PROPOSAL', '', '1. Text.'));
    expect(c.tags).toEqual(['ECON', 'EINV', 'OPIC', 'USTR', 'KTDB', 'XX']);
    expect(c.distribution).toEqual([]);
  });
});

describe('a Classified By statement opening with a portion marking', () => {
  const head = ['S E C R E T FARAWAY 007211', '', 'E.O. 12958: DECL: 12/14/2029', 'TAGS: PREL XX', 'SUBJECT: A GRIP ON THINGS', ''];

  it('is the field only, not also an unnumbered paragraph; its span holds the marking', () => {
    const text = cable(...head, '(U) Classified by Ambassador Jane Roe; reasons: E.O.', '12958 1.4 (a,b,c,d).', '', '1. (C) Summary: the leader said.', '', '2. (C) More.', '', 'ROE');
    const c = parseCable(text);
    expect(c.classifiedBy?.name).toBe('Jane Roe');
    expect(c.classifiedBy?.title).toBe('Ambassador');
    expect(c.classifiedBy?.reasons).toEqual(['1.4(a)', '1.4(b)', '1.4(c)', '1.4(d)']);
    expect(c.classifiedBy?.text).toBe('Classified by Ambassador Jane Roe; reasons: E.O. 12958 1.4 (a,b,c,d).');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    const span = c.spans.classifiedBy;
    expect(span === null ? '' : text.slice(span.start, span.end)).toBe('(U) Classified by Ambassador Jane Roe; reasons: E.O.\n12958 1.4 (a,b,c,d).');
    expect(c.unparsed).toEqual([]);
  });

  it('guard: a numbered paragraph 1 holding the statement stays paragraph 1', () => {
    const c = parseCable(cable(...head, '1. (U) CLASSIFIED BY JOHN DOE, DEPUTY CHIEF OF MISSION. REASON: 1.5 (D)', '', '2. (C) Text.'));
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
  });
});

describe('a `Declassify on:` line after the Classified By statement', () => {
  const head = ['S E C R E T STATE 067105', '', 'NOFORN', '', 'E.O. 12958: DECL: MR', 'TAGS: ASEC', 'SUBJECT: A DAILY REPORT', '', 'Classified By: Derived from Multiple Sources', ''];

  it('goes on the statement (text and span), also across a repeated marking, with its wrapped line', () => {
    const text = cable(...head, 'SECRET//FGI//NOFORN', '', 'Declassify on: Source marked 25X1-human, Date of source: June', '27, 2009', '', '1. (U) A daily report.', '', 'ROE');
    const c = parseCable(text);
    expect(c.classifiedBy?.text).toBe('Classified By: Derived from Multiple Sources Declassify on: Source marked 25X1-human, Date of source: June 27, 2009');
    expect(c.classifiedBy?.name).toBeNull();
    const span = c.spans.classifiedBy;
    expect(span === null ? '' : text.slice(span.end - 8, span.end)).toBe('27, 2009');
    expect(c.spans.transmission.map((s) => text.slice(s.start, s.end)).filter((t) => t.includes('Declassify') || t.includes('2009'))).toEqual([]);
    expect(c.paragraphs.map((p) => [p.number, p.text])).toEqual([['1', 'A daily report.']]);
    expect(c.unparsed).toEqual([]);
  });

  it('right after a statement with reasons, on the next line', () => {
    const c = parseCable(cable(...head.slice(0, 8), 'Classified By: Ambassador Jane Roe, reasons 1.4 (b) and (d)', 'DECLASSIFY ON: 06/29/2019', '', '1. (S) Text.'));
    expect(c.classifiedBy?.text).toBe('Classified By: Ambassador Jane Roe, reasons 1.4 (b) and (d) DECLASSIFY ON: 06/29/2019');
    expect(c.classifiedBy?.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
  });

  it('guard: a `Declassify on:` line after another field is not taken by the statement', () => {
    const c = parseCable(cable(...head.slice(0, 7), 'Classified By: Jane Roe, reasons 1.4 (b)', 'SUBJECT: A DAILY REPORT', '', 'Declassify on: 06/29/2019', '', '1. (S) Text.'));
    expect(c.classifiedBy?.text).toBe('Classified By: Jane Roe, reasons 1.4 (b)');
  });

  it('linear time on hostile input: many markings and declassify lines', () => {
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    expect(
      msUnder(1500, () => {
        parseCable(cable(...head, ...Array.from({ length: 20000 }, (_, k) => (k % 2 === 0 ? 'SECRET//NOFORN' : 'Declassify on: x')), '1. Text.'));
        parseCable(cable(...head.slice(0, 8), ...Array.from({ length: 20000 }, () => '(U) Classified by x')));
      }),
    ).toBeLessThan(1500);
  });
});

describe('a TAGS line wrapped inside a person tag with initials', () => {
  /** A 1970s cable whose TAGS field wraps as given, then SUBJ, a REF line and two paragraphs. */
  const wrapped = (...tags: string[]): string =>
    cable('C O N F I D E N T I A L FARAWAY 00077', '', 'E.O. 11652: GDS', ...tags, 'SUBJ: TALKS ON GRAIN PURCHASES', '', 'REF: A. STATE 123456 B. FARAWAY 4567', '', '1. FIRST PARAGRAPH TEXT.', '', '2. SECOND PARAGRAPH TEXT.', 'ROE');

  it('goes on to the `)` when the parenthesis opens on the line before (`OVIP (DOE,` / `JOHN Q.)`)', () => {
    const c = parseCable(wrapped('TAGS: PFOR, ETRD, XX, OVIP (DOE,', '      JOHN Q.)'));
    expect(c.tags).toEqual(['PFOR', 'ETRD', 'XX', 'OVIP (DOE, JOHN Q.)']);
    expect(c.subject).toBe('TALKS ON GRAIN PURCHASES');
    expect(c.references.map((r) => r.label)).toEqual(['A', 'B']);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(c.diagnostics.map((d) => d.code)).not.toContain('SUBJECT_MISSING');
  });

  it('reads a whole person tag with an initial on the wrapped line, and one opening with its parenthesis', () => {
    expect(parseCable(wrapped('TAGS: PFOR, ETRD, XX,', '      OVIP (DOE, JOHN Q.)')).tags).toEqual(['PFOR', 'ETRD', 'XX', 'OVIP (DOE, JOHN Q.)']);
    const c = parseCable(wrapped('TAGS: PFOR, ETRD, XX, OVIP', "      (O'DOE, JOHN)"));
    expect(c.tags).toEqual(['PFOR', 'ETRD', 'XX', "OVIP (O'DOE, JOHN)"]);
    expect(c.subject).toBe('TALKS ON GRAIN PURCHASES');
  });

  it('guard: a marked or sentence line after TAGS is no tag line', () => {
    const marked = parseCable(cable('SECRET FARAWAY 000123', 'E.O. 12958: DECL: 01/01/2019', 'TAGS: PREL XX', '(S) THE MINISTER SAID NO (AGAIN).', 'ROE'));
    expect(marked.tags).toEqual(['PREL', 'XX']);
    const sentence = parseCable(cable('SECRET FARAWAY 000123', 'E.O. 12958: DECL: 01/01/2019', 'TAGS: PREL XX', 'THE MINISTER (MR. DOE) LEFT.', 'ROE'));
    expect(sentence.tags).toEqual(['PREL', 'XX']);
  });
});

describe('a distribution line after a preamble field, before the next field', () => {
  /** A cable with the preamble lines given, then two paragraphs. */
  const withPreamble = (...preamble: string[]): string =>
    cable('UNCLAS FARAWAY 01234', '', ...preamble, '', '1. FIRST PARAGRAPH TEXT.', '', '2. SECOND PARAGRAPH TEXT.', 'ROE');

  it('reads `USDA FOR ...` after the E.O. line as distribution, and TAGS, SUBJECT and REF after it', () => {
    const c = parseCable(withPreamble('E.O. 12065: N/A', 'USDA FOR FAS/ABC AND FAS/XYZ', 'TAGS: EAGR, ETRD, XX', 'SUBJECT: CITRUS EXPORTS: 1980/81 OUTLOOK', '', 'REF: FARAWAY 4101'));
    expect(c.distribution).toEqual(['USDA FOR FAS/ABC AND FAS/XYZ']);
    expect(c.tags).toEqual(['EAGR', 'ETRD', 'XX']);
    expect(c.subject).toBe('CITRUS EXPORTS: 1980/81 OUTLOOK');
    expect(c.references).toHaveLength(1);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
  });

  it('also after TAGS with an office holding a slash, and a `PASS TO` line across a blank line', () => {
    const afterTags = parseCable(withPreamble('E.O. 11652: GDS', 'TAGS: PFOR, XX, US', 'DEPT FOR EUR/ABC', 'SUBJ: A MEETING'));
    expect(afterTags.distribution).toEqual(['DEPT FOR EUR/ABC']);
    expect(afterTags.subject).toBe('A MEETING');
    const pass = parseCable(withPreamble('E.O. 12065: N/A', '', 'DEPT PASS TO TREASURY', '', 'TAGS: EFIN, XX', 'SUBJ: A LOAN'));
    expect(pass.distribution).toEqual(['DEPT PASS TO TREASURY']);
    expect(pass.tags).toEqual(['EFIN', 'XX']);
    expect(pass.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
  });

  it('after SUBJ too: an agency line with an office path, directly or after a blank line, before REF', () => {
    const direct = parseCable(withPreamble('E.O. 11652: GDS', 'TAGS: PFOR, XX', 'SUBJ: A MEETING', 'DEPT FOR EUR/ABC', '', 'REF: STATE 283456'));
    expect(direct.subject).toBe('A MEETING');
    expect(direct.distribution).toEqual(['DEPT FOR EUR/ABC']);
    expect(direct.references).toHaveLength(1);
    const gap = parseCable(withPreamble('E.O. 11652: GDS', 'TAGS: PFOR, XX', 'SUBJ: A MEETING', '', 'DEPT FOR EUR/ABC', '', 'REF: STATE 283456'));
    expect(gap.subject).toBe('A MEETING');
    expect(gap.distribution).toEqual(['DEPT FOR EUR/ABC']);
  });

  it('after a wrapped SUBJ: any addressee passing the message on with ALSO, before REF (era file 1826)', () => {
    const c = parseCable(withPreamble('E.O. 12356: DECL: OADR', 'TAGS: PREF, TU', 'SUBJECT: GOT CLOSES BORDER AS REFUGEE TOTAL', 'PASSES 310,000', 'USCINCEUR ALSO FOR POLAD', '', 'REF: STATE 281140'));
    expect(c.subject).toBe('GOT CLOSES BORDER AS REFUGEE TOTAL PASSES 310,000');
    expect(c.distribution).toEqual(['USCINCEUR ALSO FOR POLAD']);
    expect(c.references).toHaveLength(1);
    // A wrapped line with more words after ALSO FOR is the subject's.
    const longer = parseCable(withPreamble('E.O. 12356: DECL: OADR', 'TAGS: PREF, TU', 'SUBJECT: MINISTER ASKS FOR AID; OPPOSITION', 'LEADERS ALSO FOR MORE AID TO THE NORTH', '', 'REF: STATE 281140'));
    expect(longer.subject).toBe('MINISTER ASKS FOR AID; OPPOSITION LEADERS ALSO FOR MORE AID TO THE NORTH');
    expect(longer.distribution).toEqual([]);
  });

  it('guard: a wrapped subject line naming an agency without an office path stays in the subject', () => {
    const c = parseCable(withPreamble('E.O. 11652: GDS', 'TAGS: PFOR, XX', 'SUBJ: VISIT OF ASSISTANT SECRETARY OF', 'STATE FOR AFRICAN AFFAIRS', 'REF: STATE 283456'));
    expect(c.subject).toBe('VISIT OF ASSISTANT SECRETARY OF STATE FOR AFRICAN AFFAIRS');
    expect(c.distribution).toEqual([]);
  });

  it('guard: the body still starts at its first paragraph, a SUMMARY line, or a line no new field follows', () => {
    const para = parseCable(cable('UNCLAS FARAWAY 01234', 'E.O. 12065: N/A', 'TAGS: EAGR', '1. DEPT FOR EUR/ABC ASKED FOR DATA.', 'SUBJECT: TO BE SEEN', 'ROE'));
    expect(para.paragraphs[0]?.number).toBe('1');
    expect(para.distribution).toEqual([]);
    const summary = parseCable(cable('UNCLAS FARAWAY 01234', 'E.O. 12065: N/A', 'TAGS: EAGR', 'SUMMARY: WE ASKED FOR DATA.', 'SUBJECT: TO BE SEEN', 'ROE'));
    expect(summary.distribution).toEqual([]);
    expect(summary.subject).toBeNull();
    // SUBJECT read before the E.O. line (2004-2010 order): a line of the body asking for something stays body text.
    const modern = parseCable(cable('UNCLAS FARAWAY 001234', 'SUBJECT: A VISIT', 'REF: FARAWAY 12', 'E.O. 12958: N/A', 'TAGS: PREL', '', 'POST THANKS DEPT FOR ITS HELP.', 'SUBJECT: A VISIT', 'ROE'));
    expect(modern.distribution).toEqual([]);
    expect(modern.paragraphs[0]?.text).toContain('POST THANKS DEPT FOR ITS HELP.');
  });

  it('linear time on hostile input: many distribution-shaped lines and wrapped person tags', () => {
    const text = cable(
      'UNCLAS FARAWAY 01234',
      'E.O. 12065: N/A',
      ...Array.from({ length: 4000 }, (_, k) => (k % 5 === 4 ? 'TAGS: PFOR, OVIP (DOE,' : k % 2 === 0 ? 'DEPT FOR EUR/ABC' : '      JOHN Q.)')),
      'SUBJ: END',
      'x'.repeat(100000),
    );
    const ms = msUnder(1000, () => parseCable(text));
    expect(ms).toBeLessThan(1000);
  });
});

describe('release lists (era red team 5)', () => {
  it('reads a REL TO handling line as a caveat, not distribution', () => {
    expect(parseHandlingLine('REL TO USA, GBR')).toEqual({ caveats: ['REL TO USA, GBR'], sipdis: false });
    expect(parseHandlingLine('NOFORN, REL TO USA,AUS, CAN AND NZL')).toEqual({ caveats: ['NOFORN', 'REL TO USA, AUS, CAN, NZL'], sipdis: false });
    const c = parseCable(['S E C R E T LONDON 000270', '', 'NOFORN', 'REL TO USA, GBR', 'SIPDIS', '', 'E.O. 12958: DECL: 02/26/2020', 'TAGS: PREL, UK', 'SUBJECT: TEST', '', '1. (S) Text.', '', 'SUSMAN'].join('\n'));
    expect(c.classification.caveats).toEqual(['NOFORN', 'REL TO USA, GBR']);
    expect(c.distribution).toEqual([]);
  });

  it('reads a release list on the banner and stops at the post', () => {
    const line = parseClassificationLine('SECRET//REL TO USA, GBR ROME 001234');
    expect(line).toMatchObject({ classification: { level: 'SECRET', caveats: ['REL TO USA, GBR'] }, post: 'ROME', serial: '001234' });
    expect(parseClassificationLine('SECRET//REL TO USA AND GBR ROME 001234')).toMatchObject({ classification: { caveats: ['REL TO USA, GBR'] }, post: 'ROME' });
  });

  it('splits a subject marking with a release list off the subject', () => {
    const subject = (line: string) => parseCable(['SECRET LONDON 000270', '', 'E.O. 12958: DECL: 02/26/2020', 'TAGS: PREL, UK', line, '', '1. (S) Text.', '', 'SUSMAN'].join('\n'));
    expect([subject('SUBJECT: (S//REL TO USA, GBR) KAZAKHSTAN: TEST'), subject('SUBJECT: (C) (REL UK) A VISIT'), subject('SUBJECT: (S//NF) A VISIT')].map((c) => [c.subjectMarking, c.subject])).toEqual([
      ['S//REL TO USA, GBR', 'KAZAKHSTAN: TEST'],
      ['C//REL UK', 'A VISIT'],
      ['S//NF', 'A VISIT'],
    ]);
  });
});

describe('a later section stored on its own (era red team 5)', () => {
  it('reads the text continuing the section before as the body, not as distribution', () => {
    const c = parseCable(['UNCLAS SECTION 02 OF 02 ASTANA 000270', '', 'SIPDIS', '', 'continued text of paragraph five from section one.', '', '6. (U) Next paragraph.', '', 'HOAGLAND'].join('\n'));
    expect(c.distribution).toEqual([]);
    expect(c.paragraphs.map((p) => [p.number, p.text])).toEqual([
      [null, 'continued text of paragraph five from section one.'],
      ['6', 'Next paragraph.'],
    ]);
    expect(c.body).toContain('continued text of paragraph five');
  });

  it('still reads a distribution line there (guard)', () => {
    const c = parseCable(['UNCLAS SECTION 02 OF 02 ASTANA 000270', '', 'SIPDIS', 'STATE FOR EUR/RUS', '', '6. (U) Next paragraph.', '', 'HOAGLAND'].join('\n'));
    expect(c.distribution).toEqual(['STATE FOR EUR/RUS']);
  });
});

describe('SIPDIS only in the body (era red team 5)', () => {
  it('marks the cable SIPDIS', () => {
    const c = parseCable(['UNCLAS VILNIUS 000270', '', 'E.O. 12958: N/A', 'TAGS: ECON, LH', 'SUBJECT: TEST', '', '1. (U) He will meet Assistant Secretary', 'SIPDIS', 'Fried next week.', '', 'KELLY'].join('\n'));
    expect(c.sipdis).toBe(true);
    expect(c.paragraphs[0]?.text).toBe('He will meet Assistant Secretary Fried next week.');
    const none = parseCable(['UNCLAS VILNIUS 000270', '', 'E.O. 12958: N/A', 'TAGS: ECON, LH', 'SUBJECT: TEST', '', '1. (U) He will meet the minister.', '', 'KELLY'].join('\n'));
    expect(none.sipdis).toBe(false);
  });
});

describe('classified cables of 1989-2010 (era red team 6)', () => {
  it('reads SPECAT on its own line as a caveat', () => {
    const c = parseCable(['S E C R E T STATE 125521', '', 'NODIS', 'SPECAT', '', 'E.O. 12958: DECL: 09/02/2017', 'TAGS: PREL', 'SUBJECT: TEST', '', '1. (S) Text.', '', 'RICE'].join('\n'));
    expect(c.classification.caveats).toEqual(['NODIS', 'SPECAT']);
    expect(c.distribution).toEqual([]);
  });

  it('reads a DERIVED FROM: line after the fields as the classification statement, not a heading', () => {
    const c = parseCable(['S E C R E T STATE 056612', '', 'E.O. 12958: DECL: X1', 'TAGS: PREL', 'SUBJECT: TEST', '', 'DERIVED FROM: MULTIPLE SOURCES', '', '1. (TS) Text.', 'CHRISTOPHER'].join('\n'));
    expect(c.classifiedBy).toMatchObject({ name: null, reasons: [], text: 'DERIVED FROM: MULTIPLE SOURCES' });
    expect(c.paragraphs.map((p) => [p.number, p.heading])).toEqual([['1', null]]);
    expect(c.body).not.toContain('DERIVED FROM');
  });

  it('reads a Classified By statement after the signer: the signer stays, the statement is classifiedBy', () => {
    const text = ['CONFIDENTIAL BAGHDAD 000270', '', 'E.O. 12958: DECL: 01/12/2016', 'TAGS: PREL, IZ', 'SUBJECT: TEST', '', '1. (C) Text one.', '', '2. (U) Minimize considered.', '', 'SMITH AND JONES', '', 'Classified By: Political-Military Officer John Smith, reasons 1.4 (b) and (d).', ''].join('\n');
    const c = parseCable(text);
    expect(c.signer).toBe('SMITH AND JONES');
    expect(c.paragraphs.map((p) => p.text)).toEqual(['Text one.', 'Minimize considered.']);
    expect(c.classifiedBy).toMatchObject({ name: 'John Smith', title: 'Political-Military Officer', reasons: ['1.4(b)', '1.4(d)'] });
    const span = c.spans.classifiedBy;
    expect(span === null ? '' : text.slice(span.start, span.end)).toBe('Classified By: Political-Military Officer John Smith, reasons 1.4 (b) and (d).');
    expect(c.spans.transmission.some((s) => text.slice(s.start, s.end).includes('Classified By'))).toBe(false);
  });

  it('keeps a preamble Classified By, and a statement under no signer as text (guard)', () => {
    const under = parseCable(['CONFIDENTIAL BAGHDAD 000270', '', 'E.O. 12958: DECL: 01/12/2016', 'TAGS: PREL, IZ', 'SUBJECT: TEST', '', '1. (C) The memo said it was', 'Classified By the minister himself.'].join('\n'));
    expect(under.paragraphs[0]?.text).toContain('Classified By the minister himself.');
  });

  it('reads an addressee served by other means, ZEN/', () => {
    const c = parseCable(['R 121212Z JAN 04', 'FM USEU BRUSSELS', 'TO RUEHC/SECSTATE WASHDC 1212', 'INFO ZEN/AMEMBASSY LUXEMBOURG 0123', 'BT', 'CONFIDENTIAL BRUSSELS 000270', '', 'TAGS: PREL', 'SUBJECT: TEST', '', '1. (C) Text.', '', 'SCHNABEL'].join('\n'));
    expect(c.header?.info).toEqual([{ routingIndicator: 'ZEN', address: 'AMEMBASSY LUXEMBOURG', precedence: null, mcn: '0123', excluded: [] }]);
  });

  it('splits more titles off the classifying official', () => {
    const cb = (t: string) => parseClassifiedBy(`Classified By: ${t}, reasons 1.4 (b) and (d).`);
    expect(cb('PRT Team Leader Howard Keegan')).toMatchObject({ name: 'Howard Keegan', title: 'PRT Team Leader' });
    expect(cb('Acting PolAd Walter S. Reid')).toMatchObject({ name: 'Walter S. Reid', title: 'Acting PolAd' });
    expect(cb('Ambassador-at-Large for War Crimes Issues Clint Williamson')).toMatchObject({ name: 'Clint Williamson', title: 'Ambassador-at-Large for War Crimes Issues' });
    expect(cb('Ambassador Richard E. Hoagland')).toMatchObject({ name: 'Richard E. Hoagland', title: 'Ambassador' });
  });
});

describe('older cables in every input shape (era red team 7)', () => {
  it('keeps older subject and organization tags apart (not a SURNAME, GIVEN pair)', () => {
    const tags = (line: string) => parseCable(['CONFIDENTIAL BANGKOK 01234', '', line, 'SUBJECT: TEST', '', '1. TEXT.', 'UNGER'].join('\n')).tags;
    expect(tags('TAGS: MARR, PFOR, SEATO, TH')).toEqual(['MARR', 'PFOR', 'SEATO', 'TH']);
    expect(tags('TAGS: ETRD, GATT, UNCTAD')).toEqual(['ETRD', 'GATT', 'UNCTAD']);
    expect(tags('TAGS: PREL, CLINTON, HILLARY')).toEqual(['PREL', 'CLINTON, HILLARY']);
  });

  it('reads a State repeat: the instruction and QUOTE are transmission, the signer follows UNQUOTE', () => {
    const text = [
      'R 041530Z OCT 74', 'FM SECSTATE WASHDC', 'TO AMEMBASSY ROME 2210', 'BT', 'C O N F I D E N T I A L STATE 218811', '',
      'FOLLOWING REPEAT PARIS 23817 ACTION SECSTATE INFO BONN LONDON', 'OCT 03.', '', 'QUOTE', 'C O N F I D E N T I A L PARIS 23817', '',
      'E.O. 11652: GDS', 'TAGS: PFOR, FR', 'SUBJECT: FRENCH VIEWS', '', '1. FRENCH POSITION HAS NOT MOVED.', 'IRWIN', 'UNQUOTE KISSINGER', 'BT', '',
    ].join('\n');
    const c = parseCable(text);
    expect(c.distribution).toEqual([]);
    expect(c.signer).toBe('KISSINGER');
    expect(c.subject).toBe('FRENCH VIEWS');
    expect(c.paragraphs.at(-1)?.text).toBe('FRENCH POSITION HAS NOT MOVED. IRWIN UNQUOTE');
    const transmission = c.spans.transmission.map((s) => text.slice(s.start, s.end));
    expect(transmission).toEqual(expect.arrayContaining(['FOLLOWING REPEAT PARIS 23817 ACTION SECSTATE INFO BONN LONDON', 'OCT 03.', 'QUOTE']));
    // The name on its own line after an UNQUOTE line.
    expect(parseCable(text.replace('UNQUOTE KISSINGER', 'UNQUOTE\nKISSINGER')).signer).toBe('KISSINGER');
  });

  it('reads QUOTE glued before the repeated cable\'s banner as transmission, no distribution (era red team 186)', () => {
    const text = ['C O N F I D E N T I A L STATE 093377', '', 'FOLLOWING REPEAT ROME 9162 ACTION SECSTATE INFO BONN USNATO', 'APR 09.', '', 'QUOTE C O N F I D E N T I A L ROME 09162', '', 'E.O. 12065: GDS 4/9/85 (HOLMES, ALLEN) OR-P', 'TAGS: PINT, IT', 'SUBJECT: PCI ON TNF', '', '1. PCI CHIEF TOLD EMBOFF THE PARTY WOULD OPPOSE DEPLOYMENT.', 'GARDNER UNQUOTE VANCE', ''].join('\n');
    const c = parseCable(text);
    expect(c.distribution).toEqual([]);
    expect(c.spans.transmission.map((s) => text.slice(s.start, s.end))).toContain('QUOTE C O N F I D E N T I A L ROME 09162');
    expect(c.signer).toBe('VANCE');
  });

  it('keeps a repeat\'s own E.O. and TAGS when only the quoted cable has a SUBJECT (era file 1782)', () => {
    const text = [
      'C O N F I D E N T I A L STATE 187204', '', 'E.O. 11652: GDS', 'TAGS: PFOR, SO', '',
      '1. FOLLOWING REPEAT MOGADISCIO 1822 ACTION SECSTATE INFO ADDIS', 'ABABA NAIROBI AUG 07. QUOTE', '',
      'C O N F I D E N T I A L MOGADISCIO 1822', '', 'LIMDIS', '', 'E.O. 11652: XGDS-1', 'TAGS: MOPS, SO', 'SUBJECT: OGADEN', '', 'REF: STATE 183115', '',
      '1. MFA DENIES REGULAR FORCES INVOLVED.', 'LOUGHRAN', 'UNQUOTE', '', '2. FOR LONDON: PLEASE REPORT.', 'VANCE', '',
    ].join('\n');
    const c = parseCable(text);
    expect(c.tags).toEqual(['PFOR', 'SO']);
    expect(c.subject).toBeNull();
    expect(c.references).toEqual([]);
    expect(c.classification.caveats).toEqual([]);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(c.paragraphs[0]?.text).toContain('SUBJECT: OGADEN');
    expect(c.unparsed).toEqual([]);
    expect(c.signer).toBe('VANCE');
  });

  it('reads NNN as the end of message, not the signer', () => {
    const c = parseCable(['CONFIDENTIAL MANILA 01234', '', 'E.O. 12356: DECL: OADR', 'TAGS: PREL, RP', 'SUBJECT: TEST', '', '1. (C) TEXT.', 'ARMACOST', 'NNN', ''].join('\n'));
    expect(c.signer).toBe('ARMACOST');
  });

  it('reads a DTG with a digit garbled into a letter: invalid, with its precedence and year', () => {
    const c = parseCable(['O 21O915Z NOV 79', 'FM AMEMBASSY ISLAMABAD', 'TO SECSTATE WASHDC NIACT IMMEDIATE 6612', 'BT', 'C O N F I D E N T I A L ISLAMABAD 13044', '', 'TAGS: ASEC, PK', 'SUBJECT: TEST', '', 'REF: ISLAMABAD 13031', '', '1. TEXT.', 'HUMMEL', ''].join('\n'));
    expect(c.header?.dtg).toMatchObject({ precedence: 'IMMEDIATE', datetime: null, text: '21O915Z NOV 79' });
    expect(c.diagnostics.map((d) => d.code)).toContain('DTG_INVALID');
    expect(c.referenceId).toBe('79ISLAMABAD13044');
    expect(c.references.map((r) => r.referenceId)).toEqual(['79ISLAMABAD13031']);
    expect(c.unparsed).toEqual([]);
  });
});

describe('a reference dated with DTD (era red team 10)', () => {
  it('is one reference of its date\'s year', () => {
    const c = parseCable(['CONFIDENTIAL MOSCOW 01234', '', 'E.O. 12356: DECL: OADR', 'TAGS: PREL, UR', 'SUBJECT: TEST', '', 'REF: A. BONN 21140 DTD 12 MAY 87 B. STATE 1234', '', '1. (C) TEXT.', 'MATLOCK'].join('\n'));
    expect(c.references.map((r) => [r.label, r.text])).toEqual([
      ['A', 'BONN 21140 DTD 12 MAY 87'],
      ['B', 'STATE 1234'],
    ]);
    expect(c.references[0]?.referenceId).toBe('87BONN21140');
  });
});

describe('a short subject line right over the text (era red team 11)', () => {
  it('ends at its line when the next line ends a sentence', () => {
    const c = parseCable(['UNCLAS STATE 019876', 'SUBJECT: THANKS', 'PLEASE CONVEY MY THANKS TO THE MINISTER.', 'RUSK', ''].join('\n'));
    expect(c.subject).toBe('THANKS');
    expect(c.paragraphs.map((p) => p.text)).toEqual(['PLEASE CONVEY MY THANKS TO THE MINISTER.']);
    expect(c.signer).toBe('RUSK');
  });

  it('goes on over a wrapped rest, and after a connector (guard)', () => {
    const subject = (...lines: string[]) => parseCable(['UNCLAS STATE 019876', ...lines, '', '1. TEXT.', 'RUSK'].join('\n')).subject;
    expect(subject('SUBJ: CIVAIR: US-USSR BILATERAL', 'TALKS')).toBe('CIVAIR: US-USSR BILATERAL TALKS');
    expect(subject('SUBJECT: VISIT OF THE MINISTER OF', 'FOREIGN AFFAIRS ON MAY 3.')).toBe('VISIT OF THE MINISTER OF FOREIGN AFFAIRS ON MAY 3.');
    expect(subject('SUBJECT: TURKEY: ACTION REQUEST ON ARMENIA', 'PROTOCOLS - RESPONSE NEEDED BY JANUARY 8.')).toBe('TURKEY: ACTION REQUEST ON ARMENIA PROTOCOLS - RESPONSE NEEDED BY JANUARY 8.');
  });
});

describe('a second SUBJECT line naming another subject opens the body (era red team 73)', () => {
  const reply = (...body: string[]): string =>
    cable('C O N F I D E N T I A L STATE 161202', '', 'E.O. 12356: DECL: OADR', 'TAGS: CVIS, AU, UR', 'SUBJECT: VISAS DONKEY: SAO REPLY', '', 'REF: VIENNA 06118', '', ...body, '', '1. (C) THE DEPARTMENT HAS NO OBJECTION.', '', 'SHULTZ');

  it('keeps the applicant block in the body, not in unparsed, and its REF line out of the references', () => {
    const c = parseCable(reply('SUBJECT: ZHURAVLEV, ANATOLIY SERGEYEVICH', 'DOB: 04 NOV 1944', "REF: POST'S SAO OF MAY 20"));
    expect(c.subject).toBe('VISAS DONKEY: SAO REPLY');
    expect(c.references.map((r) => r.text)).toEqual(['VIENNA 06118']);
    expect(c.unparsed).toEqual([]);
    expect(c.paragraphs.map((p) => p.number)).toEqual([null, '1']);
    expect(c.paragraphs[0]?.text).toContain('ZHURAVLEV, ANATOLIY SERGEYEVICH');
  });

  it('reads the same subject printed again, or the whole one after a cut copy, as the preamble (guard)', () => {
    const again = parseCable(reply('SUBJECT: VISAS DONKEY: SAO REPLY'));
    expect(again.subject).toBe('VISAS DONKEY: SAO REPLY');
    expect(again.paragraphs.map((p) => p.number)).toEqual(['1']);
    const longer = parseCable(reply('SUBJECT: VISAS DONKEY: SAO REPLY FOR SOVIET TRADE OFFICIAL'));
    expect(longer.subject).toBe('VISAS DONKEY: SAO REPLY FOR SOVIET TRADE OFFICIAL');
    expect(longer.paragraphs.map((p) => p.number)).toEqual(['1']);
  });
});

describe('a subject wrapped after a colon before its topic\'s marking (era red team 87)', () => {
  it('goes on over the marked line', () => {
    const c = parseCable(['SECRET SECTION 01 OF 02 GENEVA 001107', '', 'E.O. 12958: DECL: 11/24/2019', 'TAGS: PARM, KACT, START', 'SUBJECT: START FOLLOW-ON NEGOTIATIONS, GENEVA (SFO-GVA-VII):', '(U) DEFINITIONS AND TREATY TEXT WORKING GROUP MEETING,', 'NOVEMBER 24, 2009', '', '1. (U) This is SFO-GVA-VII-031.', '', 'KING'].join('\n'));
    expect(c.subject).toBe('START FOLLOW-ON NEGOTIATIONS, GENEVA (SFO-GVA-VII): (U) DEFINITIONS AND TREATY TEXT WORKING GROUP MEETING, NOVEMBER 24, 2009');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
  });

  it('still ends at a marked line after a whole subject (guard)', () => {
    const c = parseCable(['SECRET GENEVA 001107', '', 'E.O. 12958: DECL: 11/24/2019', 'TAGS: PARM', 'SUBJECT: WORKING GROUP MEETING', '(S) The group met on November 24.', '', 'KING'].join('\n'));
    expect(c.subject).toBe('WORKING GROUP MEETING');
    expect(c.paragraphs[0]?.marking).toBe('S');
  });
});

describe('a subject wrapped before an executive order it names (era red team 90)', () => {
  const cable = (subject: string[]): string => ['UNCLAS STATE 184187', '', 'E.O. 12958: N/A', 'TAGS: PTER, EFIN', ...subject, '', 'REF: STATE 178830', '', '1. (U) This is an action request.', '', 'POWELL'].join('\n');

  it('goes on over the order\'s line', () => {
    const c = parseCable(cable(['SUBJECT: TERRORIST FINANCING: ADDITIONAL DESIGNATIONS UNDER', 'E.O. 13224 AND SUBMISSION TO THE UN 1267 COMMITTEE']));
    expect(c.subject).toBe('TERRORIST FINANCING: ADDITIONAL DESIGNATIONS UNDER E.O. 13224 AND SUBMISSION TO THE UN 1267 COMMITTEE');
    expect(c.executiveOrder?.order).toBe('12958');
    expect(c.unparsed).toEqual([]);
    expect(parseSubject('SUBJECT: NOTIFYING GULF GOVERNMENTS OF NEW E.O. 13224 DESIGNATIONS')).toBe('NOTIFYING GULF GOVERNMENTS OF NEW E.O. 13224 DESIGNATIONS');
  });

  it('still ends at an E.O. field line, also one reading `AS AMENDED` (guard)', () => {
    expect(parseSubject('SUBJECT: TALKS\nE.O. 12958 AS AMENDED: DECL: 1.4 (B)')).toBe('TALKS');
    expect(parseSubject('SUBJECT: TALKS E.O. 12958: N/A')).toBe('TALKS');
  });

  it('keeps an order on no classification that ends a line, or that any word follows (era red team 259)', () => {
    const c = parseCable(cable(['SUBJECT: TERRORIST FINANCE: GOK RESPONSE TO NEW E.O. 13224', 'DESIGNATIONS OF RIHS BRANCHES']));
    expect(c.subject).toBe('TERRORIST FINANCE: GOK RESPONSE TO NEW E.O. 13224 DESIGNATIONS OF RIHS BRANCHES');
    expect(c.distribution).toEqual([]);
    expect(c.unparsed).toEqual([]);
    expect(parseSubject('SUBJECT: DEMARCHE ON NEW E.O. 13382 ENTITIES LINKED TO IRISL')).toBe('DEMARCHE ON NEW E.O. 13382 ENTITIES LINKED TO IRISL');
    expect(parseSubject('SUBJECT: TERRORIST FINANCE: EO 13224 DESIGNATIONS OF HAMAS CHARITIES')).toBe('TERRORIST FINANCE: EO 13224 DESIGNATIONS OF HAMAS CHARITIES');
    expect(parseCable(cable(['SUBJECT: TERRORIST FINANCE: VIEWS ON LATEST', 'E.O. 13224 LISTINGS'])).subject).toBe('TERRORIST FINANCE: VIEWS ON LATEST E.O. 13224 LISTINGS');
    // (Guard: an order on classification, or any order with the field's colon, is the E.O. field run on.)
    expect(parseSubject('SUBJECT: TALKS EO 12958 DECL: 1/1/2019')).toBe('TALKS');
    expect(parseSubject('SUBJECT: TALKS E.O. 13224: N/A')).toBe('TALKS');
  });
});

describe('a memorandum of conversation\'s captions right under the subject (era red team 89)', () => {
  it('end the subject: PARTICIPANTS, DATE, TIME AND PLACE, SUMMARY open the body', () => {
    const c = parseCable(
      ['SECRET STATE 145021', 'EXDIS', 'E.O. 11652: GDS', 'TAGS: PFOR, TU', 'SUBJECT: SECRETARY\'S MEETING WITH TURKISH FOREIGN MINISTER', 'CAGLAYANGIL, JUNE 10', 'PARTICIPANTS: THE SECRETARY; FOREIGN MINISTER CAGLAYANGIL', 'DATE, TIME AND PLACE: JUNE 10, 1976, 4:00 P.M.', '', '1. SUMMARY: THE SECRETARY SPOKE. END SUMMARY.', '', 'KISSINGER'].join('\n'),
    );
    expect(c.subject).toBe('SECRETARY\'S MEETING WITH TURKISH FOREIGN MINISTER CAGLAYANGIL, JUNE 10');
    expect(c.paragraphs.map((p) => p.number)).toEqual([null, '1']);
    expect(c.paragraphs[0]?.text).toBe('PARTICIPANTS: THE SECRETARY; FOREIGN MINISTER CAGLAYANGIL DATE, TIME AND PLACE: JUNE 10, 1976, 4:00 P.M.');
    expect(parseSubject('SUBJECT: WEEKLY REPORT\nSUMMARY: TALKS RESUMED. END SUMMARY.')).toBe('WEEKLY REPORT');
  });
});

describe('a privacy caption with more words than its caveat (era red team 91)', () => {
  it('is the one caveat PRIVACY ACT, no distribution line', () => {
    for (const caption of ['PRIVACY ACT INFORMATION', '-- WARNING -- PRIVACY ACT INFORMATION', 'PRIVACY ACT CAVEAT APPLIES', 'SENSITIVE BUT UNCLASSIFIED - PRIVACY ACT INFORMATION']) {
      const c = parseCable(['UNCLAS MONTERREY 000311', '', 'SIPDIS', caption, '', 'CA/OCS/ACS FOR WHA', 'E.O. 12958: N/A', 'TAGS: CASC, MX', 'SUBJECT: DEATH OF U.S. CITIZEN', '', '1. (SBU) Summary: A citizen died. End summary.', '', 'WILLIAMSON'].join('\n'));
      expect(c.classification.caveats, caption).toContain('PRIVACY ACT');
      expect(c.distribution, caption).toEqual(['CA/OCS/ACS FOR WHA']);
    }
    expect(parseHandlingLine('PRIVACY ACT INFORMATION')).toEqual({ caveats: ['PRIVACY ACT'], sipdis: false });
    expect(parseHandlingLine('PRIVACY ACT INFORMATIONAL REPORT')).toBeNull();
  });
});

describe('a Classified By wrapped right over a framed heading, no blank line between', () => {
  it('keeps its wrapped end; the heading heads paragraph 1', () => {
    const c = parseCable(['CONFIDENTIAL BOGOTA 003619', 'SIPDIS', 'E.O. 12958: DECL: 04/06/2014', 'TAGS: KCRM, CO', 'SUBJECT: OFFICIALS POLYGRAPHED', 'REF: A. BOGOTA 02313', 'Classified By: Ambassador William B. Wood for reasons 1.4 (b)', 'and (d).', '-------', 'Summary', '-------', '1. (S) Embassy has raised concerns.', 'WOOD'].join('\n'));
    expect(c.classifiedBy?.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(c.paragraphs.map((p) => [p.number, p.heading])).toEqual([['1', 'Summary']]);
  });
});

describe('this session\'s preamble rules kept from ordinary text (era red team 102)', () => {
  const head = (...lines: string[]): string => ['CONFIDENTIAL SECTION 01 OF 02 KATHMANDU 000412', '', 'E.O. 12958: DECL: 05/01/2017', 'TAGS: PGOV, NP', ...lines].join('\n');

  it('a subject wrapped before DATE:, TIME: or PLACE: words goes on', () => {
    expect(parseCable(head('SUBJECT: NEPAL: CONSTITUENT ASSEMBLY ELECTION', 'DATE: PARTIES REAFFIRM NOVEMBER 22', '', '1. (C) The parties met.', '', 'MORIARTY')).subject).toBe('NEPAL: CONSTITUENT ASSEMBLY ELECTION DATE: PARTIES REAFFIRM NOVEMBER 22');
  });

  it('a subject ending with a colon stops at a marked summary in mixed case', () => {
    const c = parseCable(head('SUBJECT: PRT BAGHDAD: DEMANDS FROM THE NEW PROVINCIAL COUNCIL:', '(SBU) Summary: At a November 20 meeting the council met. End summary.', '', '2. (SBU) The council left.', '', 'CROCKER'));
    expect(c.subject).toBe('PRT BAGHDAD: DEMANDS FROM THE NEW PROVINCIAL COUNCIL:');
    expect(c.summary).toBe('At a November 20 meeting the council met.');
  });

  it('a Classified By\'s reasons wrapped over a rule are its reasons, not a heading', () => {
    const c = parseCable(head('SUBJECT: SANCTIONS', '', 'Classified By: ISN/CPI Director Anthony F. Ruggiero for reasons', '1.4 (b), (c) and (d)', '-----', 'Summary and Action Request', '-----', '1. (C) Posts should deliver the points.', '', 'CLINTON'));
    expect(c.classifiedBy?.reasons).toEqual(['1.4(b)', '1.4(c)', '1.4(d)']);
    expect(c.paragraphs[0]?.heading).toBe('Summary and Action Request');
  });

  it('a section\'s banner wrapped over two lines opens the preamble before a later whole banner; a sentence like one is text', () => {
    const c = parseCable(['LIMITED OFFICIAL USE SECTION 01 OF', '02 GENEVA 04512', '', 'E.O. 11652: N/A', 'TAGS: PFOR', 'SUBJECT: TALKS', '', '1. THE TALKS OPENED.', '', 'LIMITED OFFICIAL USE SECTION 02 OF 02 GENEVA 04512', '', '2. THEY WILL GO ON.', '', 'ABRAMOWITZ'].join('\n'));
    expect(c.section).toEqual({ number: 1, total: 2 });
    expect(c.subject).toBe('TALKS');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    const s = parseCable(head('SUBJECT: SERVICE', '', '1. (C) WE HAVE', 'SECRET SECTION 1 OF', '3 STATE 38412 AND SECTION 3 IN GOOD ORDER. PLEASE REPEAT', 'SECTION 2 ONLY.', '', 'MORIARTY'));
    expect(s.paragraphs[0]?.text).toBe('WE HAVE SECRET SECTION 1 OF 3 STATE 38412 AND SECTION 3 IN GOOD ORDER. PLEASE REPEAT SECTION 2 ONLY.');
  });
});

describe('an E.O. 12065 line wrapped after the classifier\'s name (era red team 166)', () => {
  it('takes the office code alone on the next line, or with the name\'s rest, and reads the fields under it', () => {
    for (const wrapped of [
      ['E.O. 12065: GDS 4/14/85 (HUMMEL, ARTHUR W., JR.)', 'OR-M'],
      ['E.O. 12065: GDS 4/14/85 (HUMMEL, ARTHUR', 'W., JR.) OR-M'],
    ]) {
      const c = parseCable(['CONFIDENTIAL ISLAMABAD 04112', '', ...wrapped, 'TAGS: PINT, SHUM, PK', 'SUBJECT: ZIA ON BHUTTO CLEMENCY APPEALS', '', 'REF: STATE 91022', '', '1. (C) ZIA SAID NO.', '', 'HUMMEL'].join('\n'));
      expect(c.tags, wrapped.join(' / ')).toEqual(['PINT', 'SHUM', 'PK']);
      expect(c.subject, wrapped.join(' / ')).toBe('ZIA ON BHUTTO CLEMENCY APPEALS');
      expect(c.paragraphs.map((p) => p.number), wrapped.join(' / ')).toEqual(['1']);
      expect(c.executiveOrder?.text.endsWith('OR-M'), wrapped.join(' / ')).toBe(true);
    }
  });
});

describe('fields wrapped before a person\'s initial or an order line (era red team 219)', () => {
  const preamble = (...fields: string[]): string =>
    ['CONFIDENTIAL NEW DELHI 001042', '', 'E.O. 12958: DECL: 04/10/2018', 'TAGS: PREL, IN', ...fields, '', '1. (C) Text.', '', 'WHITE', ''].join('\n');

  it('goes on a subject over a single initial and a name, the next field after it', () => {
    const c = parseCable(preamble("SUBJECT: INDIA: CHARGE'S CALL ON HOME MINISTER", 'P. CHIDAMBARAM: MUMBAI TRIAL, NATGRID AND PAKISTAN', '', 'REF: A. NEW DELHI 1012', '     B. STATE 30112'));
    expect(c.subject).toBe("INDIA: CHARGE'S CALL ON HOME MINISTER P. CHIDAMBARAM: MUMBAI TRIAL, NATGRID AND PAKISTAN");
    expect(c.references.map((r) => r.label)).toEqual(['A', 'B']);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
  });

  it('goes on a Classified By over a single initial and a name, the reasons on that line', () => {
    const c = parseCable(preamble('SUBJECT: TEST', '', 'Classified By: Acting Deputy Chief of Mission and Political Counselor', 'J. Everett Lindqvist for reasons 1.4 (b) and (d).'));
    expect(c.classifiedBy).toMatchObject({ name: 'J. Everett Lindqvist', title: 'Acting Deputy Chief of Mission and Political Counselor', reasons: ['1.4(b)', '1.4(d)'] });
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
  });

  it('guard: a lettered paragraph under a subject ending with a full stop, or with no field after it, is the body', () => {
    const stop = parseCable(preamble('SUBJECT: INDIA: THE HOME MINISTER.', 'A. SHARMA LEADS THE TEAM.'));
    expect(stop.subject).toBe('INDIA: THE HOME MINISTER.');
    const noField = parseCable(['CONFIDENTIAL NEW DELHI 001042', '', 'TAGS: PREL, IN', 'SUBJECT: INDIA: THE HOME MINISTER', 'A. SHARMA LEADS THE TEAM.', '', 'WHITE', ''].join('\n'));
    expect(noField.subject).toBe('INDIA: THE HOME MINISTER');
  });

  it('goes on a Classified By over its reasons wrapped with a space after the dot (era red team 225)', () => {
    const c = parseCable(preamble('SUBJECT: TEST', '', 'Classified By: Political Counselor Colin Harwell, Reasons', '1. 4 (b) and (d).'));
    expect(c.classifiedBy?.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
  });

  it('reads an order line under a Classified By with no reasons yet as its rest', () => {
    for (const [first, second] of [
      ['Classified By: Acting Deputy Chief of Mission Marcus J. Ellery for', 'E.O. 12958 reasons 1.4 (b) and (d).'],
      ['CLASSIFIED BY POLITICAL COUNSELOR CHARLES W. ABERNATHY.  REASON:', 'E.O. 12958, 1.5 (B), (D).'],
    ] as const) {
      const c = parseCable(preamble('SUBJECT: TEST', '', first, second));
      expect(c.classifiedBy?.reasons.length, first).toBe(2);
      expect(c.unparsed, first).toEqual([]);
    }
  });

  it('guard: an order line with DECL under a complete Classified By is the order', () => {
    const c = parseCable(['CONFIDENTIAL NEW DELHI 001042', '', 'Classified By: Ambassador David C. Mulford for reasons 1.4 (b) and (d)', 'E.O. 12958: DECL: 04/10/2018', 'TAGS: PREL, IN', 'SUBJECT: TEST', '', '1. (C) Text.', '', 'MULFORD', ''].join('\n'));
    expect(c.executiveOrder?.order).toBe('12958');
    expect(c.classifiedBy?.reasons).toEqual(['1.4(b)', '1.4(d)']);
  });

  it('reads an order line closing the parenthesis of a reference as that reference\'s text', () => {
    const c = parseCable(preamble('SUBJECT: TEST', '', 'REF: A. STATE 48213 (DESIGNATIONS UNDER', '        E.O. 13224)', '     B. 06 STATE 190877'));
    expect(c.references.map((r) => r.text)).toEqual(['STATE 48213 (DESIGNATIONS UNDER E.O. 13224)', '06 STATE 190877']);
    expect(c.executiveOrder?.order).toBe('12958');
    expect(c.unparsed).toEqual([]);
  });
});

describe('a body opening with a sentence that cites the references (era red team 217)', () => {
  const athens = (...body: string[]): string =>
    ['CONFIDENTIAL ATHENS 04220', '', 'E.O. 11652: GDS', 'TAGS: MARR, GR', 'SUBJECT: HOMEPORTING', '', 'REF: (A) STATE 128840, (B) ATHENS 4188', '', ...body, '', 'KUBISCH', ''].join('\n');

  it('is the first paragraph, not a REF field', () => {
    const c = parseCable(athens('REF A INSTRUCTIONS WERE CARRIED OUT JUNE 5 WITH MFA DIRECTOR', 'GENERAL TZOUNIS.', '', 'REF B ALSO NOTED THE MINISTER\'S INTEREST IN A WORKING GROUP.'));
    expect(c.references.map((r) => r.text)).toEqual(['STATE 128840', 'ATHENS 4188']);
    expect(c.paragraphs.map((p) => p.text)).toEqual(['REF A INSTRUCTIONS WERE CARRIED OUT JUNE 5 WITH MFA DIRECTOR GENERAL TZOUNIS.', "REF B ALSO NOTED THE MINISTER'S INTEREST IN A WORKING GROUP."]);
    const alone = parseCable(athens('REFTELS WERE DISCUSSED WITH THE MINISTER TODAY.').replace('REF: (A) STATE 128840, (B) ATHENS 4188\n\n', ''));
    expect(alone.references).toEqual([]);
    expect(alone.paragraphs.map((p) => p.text)).toEqual(['REFTELS WERE DISCUSSED WITH THE MINISTER TODAY.']);
  });

  it('guard: REF lines without a colon that cite cables stay the field', () => {
    const c = parseCable(athens('1. TEXT.').replace('REF: (A) STATE 128840, (B) ATHENS 4188', 'REF A) STATE 128840 B) ATHENS 4188'));
    expect(c.references.map((r) => r.text)).toEqual(['STATE 128840', 'ATHENS 4188']);
  });

  it('reads a telegraphic sentence on REFTEL with a past tense as the body (era red team 282, session 26)', () => {
    for (const line of ['REFTEL RECEIVED GARBLED FROM PARA 3 ON. PLEASE REPEAT.', 'REFTELS RECEIVED. ACTION UNDERWAY.', 'REF A RESERVATIONS CONFIRMED.']) {
      const c = parseCable(athens(line));
      expect(c.references.map((r) => r.text), line).toEqual(['STATE 128840', 'ATHENS 4188']);
      expect(c.paragraphs.map((p) => p.text), line).toEqual([line]);
      expect(c.signer, line).toBe('KUBISCH');
    }
  });

  it('guard: a REF field naming a document with a past tense before its serial stays the field', () => {
    const c = parseCable(athens('1. TEXT.').replace('REF: (A) STATE 128840, (B) ATHENS 4188', 'REF AGREED MINUTE OF 12 MAY 1975'));
    expect(c.references.map((r) => r.text)).toEqual(['AGREED MINUTE OF 12 MAY 1975']);
  });
});

describe('the source a Classified By statement derives from, after its reasons (era red team 246)', () => {
  it('is the statement\'s, not the body\'s', () => {
    for (const statement of ['Classified By: DS/TIA/ITA Analyst Karen M. Bolduc, Reason 1.4 (c)\nDerived from: TD-314/029411-09', 'CLASSIFIED BY DS/DSS/ITA DEPUTY DIRECTOR JAMES R. HOLLOWAY.\nREASON: 1.5 (C).\nDERIVED FROM: CIA TD-314/00871-96.']) {
      const c = parseCable(`SECRET STATE 001234\n\nE.O. 12958: DECL: 01/01/2019\nTAGS: PTER\nSUBJECT: TEST\n\n${statement}\n\n1. (U) This is an action request.\n\nCLINTON\n`);
      expect(c.paragraphs.map((p) => [p.number, p.heading, p.text])).toEqual([['1', null, 'This is an action request.']]);
      expect(c.classifiedBy?.text).toMatch(/DERIVED FROM: (?:CIA )?TD-314\//i);
    }
  });
});

describe("a reference's own subject in the REF block (era red team 245)", () => {
  it('is the reference\'s text: the list goes on past it', () => {
    const c = parseCable(
      [
        'UNCLAS AMMAN 000412',
        '',
        'E.O. 12958: N/A',
        'TAGS: MASS, JO',
        'SUBJECT: EDA OFFER FOR FY 2009',
        '',
        'REF: A. AMMAN 0301',
        '     B. SECDEF WASHINGTON DC 201630Z FEB 09 SUBJ: EXCESS DEFENSE',
        '        ARTICLES (EDA) OFFERS FOR FY 2009',
        '     C. DSCA MANUAL 5105.38-M (SAMM), CHAPTER 11',
        '',
        '1. (U) Post requests guidance.',
        '',
        'BECKER',
      ].join('\n'),
    );
    expect(c.subject).toBe('EDA OFFER FOR FY 2009');
    expect(c.references.map((r) => r.label)).toEqual(['A', 'B', 'C']);
    expect(c.references[1]?.text).toContain('SUBJ: EXCESS DEFENSE ARTICLES (EDA) OFFERS FOR FY 2009');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
  });
});

describe('keywords typed in haste: a semicolon for the colon, a colon set off, the keyword twice (era red teams 253 and 258)', () => {
  const cable = (...fields: string[]): string => ['CONFIDENTIAL TIRANA 001300', '', ...fields, '', '1. (C) The evacuation went on.', '', 'LINO'].join('\n');

  it('reads SUBJECT; and SUBJ; without the keyword', () => {
    expect(parseCable(cable('E.O. 12356: DECL: OADR', 'TAGS: PREL, AL', 'SUBJECT; TIRANA SITREP 9 - HELICOPTER EVACUATION, DAY 2')).subject).toBe('TIRANA SITREP 9 - HELICOPTER EVACUATION, DAY 2');
    expect(parseSubject('SUBJ; MARCOS SUCCESSION')).toBe('MARCOS SUCCESSION');
  });

  it('reads REF; and REF : as the REF field', () => {
    const c = parseCable(cable('E.O. 12356: DECL: OADR', 'TAGS: PREL, AL', 'SUBJECT: SITREP 9', '', 'REF; TIRANA 1281 (SITREP 8)'));
    expect(c.references.map((r) => r.text)).toEqual(['TIRANA 1281 (SITREP 8)']);
    expect(c.paragraphs[0]?.heading).toBeNull();
    expect(parseCable(cable('E.O. 12356: DECL: OADR', 'TAGS: PREL, AL', 'SUBJECT: SITREP 9', '', 'REF :  TIRANA 1281')).references.map((r) => r.text)).toEqual(['TIRANA 1281']);
  });

  it('reads DECL; OADR and DECL. OADR as OADR', () => {
    expect(parseCable(cable('E.O. 12356: DECL; OADR', 'TAGS: PREL, AL', 'SUBJECT: SITREP 9')).executiveOrder?.declassify).toMatchObject({ kind: 'oadr' });
    expect(parseCable(cable('E.O. 12356. DECL. OADR', 'TAGS: PREL, AL', 'SUBJECT: SITREP 9')).executiveOrder?.declassify).toMatchObject({ kind: 'oadr' });
  });

  it('reads TAGS: TAGS: without a tag TAGS', () => {
    expect(parseCable(cable('E.O. 12958: DECL: 1/1/2013', 'TAGS: TAGS: PREL, PGOV, IZ', 'SUBJECT: SITREP 9')).tags).toEqual(['PREL', 'PGOV', 'IZ']);
  });
});

describe('a sitrep typed right under its subject or REF line (era red team 253)', () => {
  it('ends the field at a line opening with a time and its colon, and never takes the end marks in', () => {
    const c = parseCable(
      ['CONFIDENTIAL KAMPALA 003318', '', 'E.O. 12356: DECL: OADR', 'TAGS: PGOV, UG', 'SUBJECT: COUP ATTEMPT: SITREP 2', '1150 LOCAL: RADIO UGANDA OFF THE AIR SINCE 1120.  HEAVY GUNFIRE', 'NEAR THE BARRACKS.', '1210 LOCAL: GUNFIRE HAS STOPPED.', 'RUSSELL', 'BT', '#3318', 'NNNN'].join('\n'),
    );
    expect(c.subject).toBe('COUP ATTEMPT: SITREP 2');
    expect(c.paragraphs.map((p) => p.number)).toEqual([null]);
    expect(c.signer).toBe('RUSSELL');
    const d = parseCable(['CONFIDENTIAL BUCHAREST 008140', '', 'TAGS: PGOV, RO', 'SUBJECT: SITREP 4', '', 'REF: BUCHAREST 8133 (SITREP 3)', '1205 LOCAL: A HELICOPTER LIFTED OFF THE ROOF.', '', 'GREENE'].join('\n'));
    expect(d.references.map((r) => r.text)).toEqual(['BUCHAREST 8133 (SITREP 3)']);
    expect(d.signer).toBe('GREENE');
  });

  it('guard: a subject wrapped before its time without a colon goes on', () => {
    const c = parseCable(['CONFIDENTIAL ISLAMABAD 013862', '', 'TAGS: PINS, PK', 'SUBJECT: SITREP 4: SITUATION AS OF', '0600 LOCAL NOVEMBER 22', '', '1. THE EMBASSY IS SECURE.', '', 'HUMMEL'].join('\n'));
    expect(c.subject).toBe('SITREP 4: SITUATION AS OF 0600 LOCAL NOVEMBER 22');
  });
});

describe("a media reaction's dateline right under the subject (era red team 252)", () => {
  it('ends the subject before the dateline', () => {
    const c = parseCable(['UNCLAS PARIS 004321', '', 'E.O. 12958: N/A', 'TAGS: OPRC, KMDR, FR', 'SUBJECT: MEDIA REACTION REPORT - G8 SEA ISLAND SUMMIT; IRAQ', 'PARIS - THURSDAY, JUNE 10, 2004', '', '1. Chirac led the evening news.', '', 'LEACH'].join('\n'));
    expect(c.subject).toBe('MEDIA REACTION REPORT - G8 SEA ISLAND SUMMIT; IRAQ');
    expect(c.paragraphs.some((p) => (p.heading ?? p.text).includes('THURSDAY, JUNE 10, 2004'))).toBe(true);
    // (Guard: a subject wrapped before a weekday and a date without a place goes on.)
    expect(parseCable(['UNCLAS PARIS 004321', '', 'TAGS: OPRC, FR', 'SUBJECT: MEDIA REACTION REPORT', 'THURSDAY, JUNE 10, 2004', '', '1. Text.', '', 'LEACH'].join('\n')).subject).toBe('MEDIA REACTION REPORT THURSDAY, JUNE 10, 2004');
  });
});

describe("a repeat's quote opener right under the subject (era red team 281, session 26)", () => {
  const repeat = (opener: string): string =>
    cable('LIMITED OFFICIAL USE STATE 245610', '', 'E.O. 11652: N/A', 'TAGS: CASC, PO, AO', 'SUBJ: EVACUATION OF PORTUGUESE NATIONALS FROM LUANDA', opener, '1. PORTUGUESE HIGH COMMISSIONER TOLD CONGEN THAT THE AIRLIFT', 'WILL END OCTOBER 30.', 'UNQUOTE', 'KISSINGER');

  it('ends the subject at `QUOTE`, `QTE` or `BEGIN QUOTE` alone on its line', () => {
    for (const opener of ['QUOTE', 'QTE', 'BEGIN QUOTE', 'BEGIN QUOTE:']) {
      const c = parseCable(repeat(opener));
      expect(c.subject, opener).toBe('EVACUATION OF PORTUGUESE NATIONALS FROM LUANDA');
      expect(c.body, opener).toContain('WILL END OCTOBER 30.');
    }
  });

  it('guard: a subject wrapped before a word that opens with QUOTE goes on', () => {
    const c = parseCable(cable('UNCLAS STATE 245610', '', 'TAGS: ETRD, JA', 'SUBJ: JAPANESE TEXTILE', 'QUOTAS FOR 1976', '', '1. TEXT.', '', 'KISSINGER'));
    expect(c.subject).toBe('JAPANESE TEXTILE QUOTAS FOR 1976');
  });
});

describe('`SUBJECT:` alone on its line, a blank line, then the title (era red team 295, session 26)', () => {
  const harare = (...after: string[]): string =>
    cable('CONFIDENTIAL HARARE 000950', '', 'SIPDIS', '', 'E.O. 12958: DECL: 10/10/2017', 'TAGS: PGOV, ZI', 'SUBJECT:', '', ...after, '', 'REF: A. HARARE 902', '     B. PRETORIA 3561', '', 'Classified By: Ambassador James D. McGee for reasons 1.4 (b) and (d)', '', '1. (C) Summary: Leaders of the two factions met in', 'Johannesburg on September 10.  End Summary.', '', 'MCGEE');

  it('reads the title under the blank line as the subject, its marking and wrapped line too', () => {
    const c = parseCable(harare('(C) ZIMBABWE: MDC FACTIONS MEET IN JOHANNESBURG; SADC', 'MEDIATION TEAM PRESSES FOR A SINGLE CANDIDATE'));
    expect([c.subject, c.subjectMarking]).toEqual(['ZIMBABWE: MDC FACTIONS MEET IN JOHANNESBURG; SADC MEDIATION TEAM PRESSES FOR A SINGLE CANDIDATE', 'C']);
    expect(c.references.map((r) => r.label)).toEqual(['A', 'B']);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
    expect(c.diagnostics.map((d) => d.code)).not.toContain('SUBJECT_MISSING');
  });

  it('guard: a subject with its title on the keyword line ends at the blank line', () => {
    const c = parseCable(cable('CONFIDENTIAL HARARE 000950', '', 'TAGS: PGOV, ZI', 'SUBJECT: ZIMBABWE: MDC FACTIONS MEET', '', 'THE FACTIONS MET ON MONDAY.', '', 'MCGEE'));
    expect(c.subject).toBe('ZIMBABWE: MDC FACTIONS MEET');
    expect(c.paragraphs.map((p) => p.text)).toEqual(['THE FACTIONS MET ON MONDAY.']);
  });
});

describe("a subject wrapped before `REF A` words that cite no cable (era red team 295, session 26)", () => {
  const text = (subject: string[], ref: string): string =>
    cable('CONFIDENTIAL TOKYO 005990', '', 'E.O. 12958: DECL: 10/20/2016', 'TAGS: PARM, KN, JA', ...subject, '', ref, '', '1. (C) Text.', '', 'SCHIEFFER');

  it('keeps `REF A DEMARCHE ON UNSCR 1718 ...` and `Ref (A) Demarche on UNSCR 1540 ...` in the subject', () => {
    const c = parseCable(text(['SUBJECT: NORTH KOREA: GOJ RESPONSE TO', 'REF A DEMARCHE ON UNSCR 1718 SANCTIONS LISTS'], 'REF: A. STATE 172118'));
    expect(c.subject).toBe('NORTH KOREA: GOJ RESPONSE TO REF A DEMARCHE ON UNSCR 1718 SANCTIONS LISTS');
    expect(c.references.map((r) => r.text)).toEqual(['STATE 172118']);
    const d = parseCable(text(['Subject: Italy: MFA Reply to', 'Ref (A) Demarche on UNSCR 1540 National Report'], 'REF: (A) STATE 248810 (B) ROME 5877'));
    expect(d.subject).toBe('Italy: MFA Reply to Ref (A) Demarche on UNSCR 1540 National Report');
    expect(d.references.map((r) => r.label)).toEqual(['A', 'B']);
  });

  it('guard: a REF line citing a cable under the subject is the field', () => {
    const c = parseCable(text(['SUBJECT: NORTH KOREA: GOJ RESPONSE', 'REF A STATE 172118'], ''));
    expect(c.subject).toBe('NORTH KOREA: GOJ RESPONSE');
    expect(c.references.map((r) => r.kind)).toEqual(['cable']);
    expect(parseReferences('REF A DEMARCHE ON UNSCR 1718 SANCTIONS LISTS').some((r) => r.kind === 'cable')).toBe(false);
  });
});

describe("a subject wrapped before a name's initial `A.`, the body's paragraph 1 under it (era red team 295, session 26)", () => {
  const text = (...after: string[]): string =>
    cable('UNCLAS SECTION 01 OF 02 ISLAMABAD 001702', '', 'SENSITIVE', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: PREL, PGOV, PK', "SUBJECT: PAKISTAN: SRAP HOLBROOKE'S CALL ON INTERIOR MINISTER", ...after, '', 'PATTERSON');

  it('keeps the initial and the name in the subject', () => {
    const c = parseCable(text('A. REHMAN MALIK -- SWAT RETURNS AND NADRA REGISTRATION', '', '1. (SBU) Summary: The minister said returns would begin soon.'));
    expect(c.subject).toBe("PAKISTAN: SRAP HOLBROOKE'S CALL ON INTERIOR MINISTER A. REHMAN MALIK -- SWAT RETURNS AND NADRA REGISTRATION");
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
  });

  it('guard: without a paragraph 1 under it, a lettered line there opens the body', () => {
    const c = parseCable(text('A. REHMAN MALIK SAID RETURNS WOULD BEGIN SOON.', '', 'B. NADRA WILL REGISTER THEM.'));
    expect(c.paragraphs.map((p) => p.number)).toEqual(['A', 'B']);
  });
});

describe('`SUBJECT` alone on its line without a colon, the title under it (era red team 302, session 26)', () => {
  it('leaves the keyword out of the subject', () => {
    expect(parseSubject('SUBJECT\nCOLOMBIA: FARC NEGOTIATORS POSTPONE TALKS ON\nCEASE-FIRE AGENDA')).toBe('COLOMBIA: FARC NEGOTIATORS POSTPONE TALKS ON CEASE-FIRE AGENDA');
    const c = parseCable(cable('CONFIDENTIAL BOGOTA 004410', '', 'SUBJECT', 'COLOMBIA: FARC NEGOTIATORS POSTPONE TALKS', '', 'E.O. 12958: DECL: 1.6X6', 'TAGS: PGOV, CO', '', '1. (C) Text.', '', 'KAMMAN'));
    expect(c.subject).toBe('COLOMBIA: FARC NEGOTIATORS POSTPONE TALKS');
    // (Guard: the word as a subject's own first word stays.)
    expect(parseSubject('SUBJECT: SUBJECTS OF THE TALKS')).toBe('SUBJECTS OF THE TALKS');
  });
});

describe("a subject's marking at its end (era red team 312, session 26)", () => {
  it('is the marking, not the subject', () => {
    expect(parseSubjectDetails('SUBJECT: TURKEY: PARLIAMENT TAKES UP MOTION ON CROSS-BORDER\nOPERATION INTO NORTHERN IRAQ (C)')).toEqual({ subject: 'TURKEY: PARLIAMENT TAKES UP MOTION ON CROSS-BORDER OPERATION INTO NORTHERN IRAQ', marking: 'C' });
    expect(parseSubjectDetails('SUBJECT: PKK DEBATE HEATS UP (S/NF)')).toEqual({ subject: 'PKK DEBATE HEATS UP', marking: 'S/NF' });
    // (Guard: a bracketed word of the title stays, and a leading marking wins.)
    expect(parseSubjectDetails('SUBJECT: TALKS ON THE TREATY (CTBT)').subject).toBe('TALKS ON THE TREATY (CTBT)');
    expect(parseSubjectDetails('SUBJECT: (C) TALKS (U)')).toEqual({ subject: 'TALKS (U)', marking: 'C' });
  });
});

describe('the archive\'s SIPDIS after SECRETARY inside a subject or a REF entry (era red team 350, session 27)', () => {
  const text = (...fields: string[]): string =>
    ['CONFIDENTIAL AMMAN 001234', '', 'SIPDIS', '', 'E.O. 12958: DECL: 04/20/2013', 'TAGS: PREL, JO', ...fields, '', 'Classified By: Ambassador Edward W. Gnehm for reasons 1.5 (b) and (d).', '', '1. (C) The King spoke.', '', 'GNEHM'].join('\n');

  it('goes on with the subject under it', () => {
    const c = parseCable(text('SUBJECT: KING ABDULLAH TELLS ASSISTANT SECRETARY', 'SIPDIS', 'BURNS JORDAN WILL TRAIN IRAQI POLICE'));
    expect(c.subject).toBe('KING ABDULLAH TELLS ASSISTANT SECRETARY BURNS JORDAN WILL TRAIN IRAQI POLICE');
    expect(c.distribution).toEqual([]);
  });

  it('goes on with the REF entry under it, and the list after it', () => {
    const c = parseCable(text('SUBJECT: TEST', '', 'REF: A. STATE 81120', '     B. MEMCON ASSISTANT SECRETARY', 'SIPDIS', 'KELLY - VFM WANG YI, 4/14/04', '     C. AMMAN 4560'));
    expect(c.references.map((r) => r.label)).toEqual(['A', 'B', 'C']);
    expect(c.references[1]?.text).toBe('MEMCON ASSISTANT SECRETARY KELLY - VFM WANG YI, 4/14/04');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
  });

  it('guard: SIPDIS under a subject ending otherwise ends it', () => {
    const c = parseCable(text('SUBJECT: KING ABDULLAH MEETS THE MINISTER', 'SIPDIS', 'DEPT FOR NEA/ELA'));
    expect(c.subject).toBe('KING ABDULLAH MEETS THE MINISTER');
  });
});

describe('a copy broken off inside its subject, the preamble printed again whole (era red team 426, session 29)', () => {
  it('takes the whole subject, the cut one as the repeat', () => {
    const c = parseCable(['C O N F I D E N T I A L AMMAN 006120', '', 'E.O. 12958: DECL: 10/15/07', 'TAGS: PREL, PTER, JO, IS', 'SUBJECT: KING HUSSEIN ON THE RELEASE OF SHEIKH YA', 'C O N F I D E N T I A L AMMAN 006120', '', 'E.O. 12958: DECL: 10/15/07', 'TAGS: PREL, PTER, JO, IS', 'SUBJECT: KING HUSSEIN ON THE RELEASE OF SHEIKH YASSIN', '', '1. (C) The King spoke.', '', 'BURNS'].join('\n'));
    expect(c.subject).toBe('KING HUSSEIN ON THE RELEASE OF SHEIKH YASSIN');
    expect(c.unparsed).toEqual([]);
  });

  it('guard: a short subject another one merely starts with is no cut copy of it', () => {
    const c = parseCable(['UNCLAS AMMAN 006120', '', 'E.O. 12958: N/A', 'TAGS: PREL, JO', 'SUBJECT: VISIT', '', 'SUBJECT: VISITORS FROM IRAQ', '', '1. (U) Text.', '', 'BURNS'].join('\n'));
    expect(c.subject).toBe('VISIT');
  });
});
