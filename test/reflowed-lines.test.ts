/**
 * Reflowed lines (docs/cable-format.md, page markers and paragraphs): pages that joined a
 * cable's lines put page markers, rule-framed headings and paragraph labels inside one
 * long line. Synthetic cables.
 */

import { describe, expect, it } from 'vitest';
import { parseCable } from '../src/assemble.js';
import { inlinePageMarkerLines, splitReflowedLines } from '../src/body/reflowed-lines.js';
import { splitLines, type SourceLine } from '../src/text/source-line.js';
import { msUnder } from './timing.js';

const HEAD = [
  'UNCLAS SECTION 01 OF 03 ASTANA 000270',
  '',
  'SIPDIS',
  '',
  'E.O. 12958: N/A',
  'TAGS: PREL KZ',
  'SUBJECT: TEST SUBJECT',
  '',
];

/** A cable: the preamble above, then `body` lines, then a signer. */
const cable = (...body: string[]): string => [...HEAD, ...body, '', 'SMITH', ''].join('\n');

/** Filler text of a reflowed paragraph (long enough to be a reflowed line). */
const LONG = 'The delegation met the deputy minister on Monday and discussed the draft agreement at some length.';

describe('splitReflowedLines: page markers inside a line', () => {
  it('cuts a marker at the end of a line into a line of its own, with exact offsets', () => {
    const source = `1. (C) ${LONG} Consolidation should also be considered. ASTANA 00000270 002 OF 003`;
    const pieces = splitReflowedLines(splitLines(source), source);
    expect(pieces.map((p) => p.text)).toEqual([`1. (C) ${LONG} Consolidation should also be considered.`, 'ASTANA 00000270 002 OF 003']);
    for (const p of pieces) expect(source.slice(p.offset, p.end)).toBe(p.text);
  });

  it('cuts a marker in the middle of a sentence: the text on both sides stays', () => {
    const source = 'but the relatively ASTANA 00000270 003 OF 003 short timelines offer a narrow window.';
    const pieces = splitReflowedLines(splitLines(source), source);
    expect(pieces.map((p) => p.text)).toEqual(['but the relatively', 'ASTANA 00000270 003 OF 003', 'short timelines offer a narrow window.']);
    expect(pieces.every((p) => p.line === 1)).toBe(true);
  });

  it('keeps a multi-word post whole: SAO PAULO 00000449 006 OF 006', () => {
    const source = 'He has SAO PAULO 00000449 006 OF 006 himself been accused.';
    expect(splitReflowedLines(splitLines(source), source).map((p) => p.text)).toEqual(['He has', 'SAO PAULO 00000449 006 OF 006', 'himself been accused.']);
  });

  it('maps offsets through HTML entities the text no longer has', () => {
    // The line's text is decoded; its source range still holds `&quot;`.
    const source = 'said &quot;no&quot; to the ASTANA 00000270 002 OF 003 plan';
    const line: SourceLine = { text: 'said "no" to the ASTANA 00000270 002 OF 003 plan', offset: 0, end: source.length, line: 1 };
    const pieces = splitReflowedLines([line], source);
    expect(pieces.map((p) => source.slice(p.offset, p.end))).toEqual(['said &quot;no&quot; to the', 'ASTANA 00000270 002 OF 003', 'plan']);
  });

  it('leaves a marker line, and text with ordinary numbers, as they are', () => {
    const lines = splitLines([
      'ASTANA 00000270  002.3 OF 003',
      'REF: 09 STATE 125262 and 00001271 002 of 003 pages',
      'Sales rose to 12345678 001 OF 002 units (no post name before the number).',
    ].join('\n'));
    expect(splitReflowedLines(lines, null)).toEqual(lines);
  });
});

describe('splitReflowedLines: headings and labels inside a long line', () => {
  it('stands a rule-framed heading and the next label on lines of their own', () => {
    const text = `1. (C) ${LONG} End Summary. ------ RUSSIAN FRIGATE SET TO SAIL ------ 2. (S/NF) During the meeting the council decided.`;
    expect(splitReflowedLines(splitLines(text), text).map((p) => p.text)).toEqual([
      `1. (C) ${LONG} End Summary.`,
      '------',
      'RUSSIAN FRIGATE SET TO SAIL',
      '------',
      '2. (S/NF) During the meeting the council decided.',
    ]);
  });

  it('cuts a heading before its rule and the label after it', () => {
    const text = `3. (C) ${LONG} beyond the zone. ROGOZIN BACK, BUT AVOIDING THE COUNCIL ------------- - 4. (U) He returned early.`;
    expect(splitReflowedLines(splitLines(text), text).map((p) => p.text)).toEqual([
      `3. (C) ${LONG} beyond the zone.`,
      'ROGOZIN BACK, BUT AVOIDING THE COUNCIL',
      '------------- -',
      '4. (U) He returned early.',
    ]);
  });

  it('cuts a label after a sentence end when it has a marking and continues the sequence', () => {
    const text = `1. (C) ${LONG} End comment. 2. (U) The deputy cleared this message.`;
    expect(splitReflowedLines(splitLines(text), text).map((p) => p.text)).toEqual([`1. (C) ${LONG} End comment.`, '2. (U) The deputy cleared this message.']);
  });

  it('takes END SUMMARY without a period as a sentence end', () => {
    const text = `1. (C) ${LONG} END SUMMARY 2. (C) Allies met on Monday.`;
    expect(splitReflowedLines(splitLines(text), text).map((p) => p.text)).toEqual([`1. (C) ${LONG} END SUMMARY`, '2. (C) Allies met on Monday.']);
  });

  it('cuts a label without a marking whose text opens with a block keyword (`2. Summary:`)', () => {
    const text = `1. Action request in paragraph 5. 2. Summary: ${LONG} End Summary.`;
    expect(splitReflowedLines(splitLines(text), text).map((p) => p.text)).toEqual(['1. Action request in paragraph 5.', `2. Summary: ${LONG} End Summary.`]);
  });

  it('does not cut a keyword label out of sequence, inside a sentence, or before an ordinary word (guard)', () => {
    const lines = splitLines([
      `1. ${LONG} The minister agreed. 4. Summary: not the next paragraph.`,
      `2. ${LONG} As the note says in part 3. Summary: of the talks follows.`,
      // (`4. Summaries ...` with a capital is cut since r20: the next number after a sentence end.)
      `3. ${LONG} The minister agreed. 4. summaries of the talks follow.`,
    ].join('\n'));
    expect(splitReflowedLines(lines, null)).toEqual(lines);
  });

  it('does not cut a number inside a sentence, out of sequence, or without a marking', () => {
    const lines = splitLines([
      `1. (C) ${LONG} As noted in paragraph 2. (C) the figures are firm.`,
      `2. (C) ${LONG} The minister agreed. 7. (C) This is not the next paragraph.`,
      `3. (C) ${LONG} The minister agreed. 4. This label has no marking.`,
      `4. (C) ${LONG} The U.S. 5. (C) rule does not apply after an initial.`,
    ].join('\n'));
    expect(splitReflowedLines(lines, null)).toEqual(lines);
  });

  it('leaves wrapped (short) lines alone', () => {
    const lines = splitLines('in the meeting. 2. (C) The minister said\n------ HEADING ------ 3. (C) Text.');
    expect(splitReflowedLines(lines, null)).toEqual(lines);
  });

  it('leaves a long line that is only a framed heading whole', () => {
    const lines = splitLines(`------------------------------------ THE PLAN FOR EDUCATIONAL DEVELOPMENT IN THE STATE ------------------------------------`);
    expect(splitReflowedLines(lines, null)).toEqual(lines);
  });

  it('does not cut at a rule run inside a table row', () => {
    const lines = splitLines(`Measure     Year  Index/Rating         for the UK -------     ----  ------------ Corruption Index   2008  Sixteenth of many`);
    expect(splitReflowedLines(lines, null)).toEqual(lines);
  });
});

describe('inlinePageMarkerLines', () => {
  it('finds a marker reflowed into a preamble line, with its position', () => {
    const source = 'REF: 09 STATE 124006  LONDON 00000092  001.3 OF 012   1.  In response to reftel';
    const [marker] = inlinePageMarkerLines(splitLines(source)[0] as SourceLine, source);
    expect(marker?.text).toBe('LONDON 00000092  001.3 OF 012');
    expect(source.slice(marker?.offset, marker?.end)).toBe('LONDON 00000092  001.3 OF 012');
  });
});

describe('parseCable: reflowed pages', () => {
  it('removes page markers from paragraph text, lists them in pages, and continues the paragraph', () => {
    const text = cable(
      `1. (C) ${LONG} Consolidation of redundant bases should also be considered. ASTANA 00000270 002 OF 003`,
      '',
      `2. (C) ${LONG} The revision offers an opportunity, but the relatively ASTANA 00000270 003 OF 003 short timelines offer only a narrow window.`,
    );
    const c = parseCable(text);
    expect(c.pages).toEqual([
      { post: 'ASTANA', serial: '00000270', page: 2, total: 3 },
      { post: 'ASTANA', serial: '00000270', page: 3, total: 3 },
    ]);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(c.paragraphs[0]?.text.endsWith('should also be considered.')).toBe(true);
    expect(c.paragraphs[1]?.text).toContain('but the relatively short timelines offer');
    expect(c.body).not.toContain('00000270');
    expect(c.spans.pages.map((s) => text.slice(s.start, s.end))).toEqual(['ASTANA 00000270 002 OF 003', 'ASTANA 00000270 003 OF 003']);
    expect(c.diagnostics.map((d) => d.code)).not.toContain('PAGE_MARKER_OUT_OF_ORDER');
    expect(c.unparsed).toEqual([]);
  });

  it('reads a heading after a marker at the start of its line', () => {
    const c = parseCable(cable(
      '1. (C) The talks went well.',
      '',
      '------------------------------',
      'ASTANA 00000270 002 OF 003 PUSHING THE PARTIES TO PROVIDE SERVICES',
      '------------------------------',
      '',
      '2. (C) The parties must deliver basic services.',
    ));
    expect(c.pages.map((p) => p.page)).toEqual([2]);
    expect(c.paragraphs.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', 'PUSHING THE PARTIES TO PROVIDE SERVICES']]);
  });

  it('splits a page flattened to one line into its paragraphs and headings', () => {
    const text = cable(
      `1. (C) Summary: ${LONG} End Summary. ------------------ RUSSIAN FRIGATE SET TO SAIL ------------------ 2. (S/NF) During the meeting the council decided. ------- ALLIES DIVIDED ------- 3. (S/NF) The ambassador stated firmly that we could not agree. 4. (S/NF) Germany disagreed. ------- COMMENT ------- 5. (S/NF) The German-led side is unlikely to move. End comment.`,
    );
    const c = parseCable(text);
    expect(c.paragraphs.map((p) => [p.number, p.marking, p.heading])).toEqual([
      ['1', 'C', null],
      ['2', 'S/NF', 'RUSSIAN FRIGATE SET TO SAIL'],
      ['3', 'S/NF', 'ALLIES DIVIDED'],
      ['4', 'S/NF', null],
      ['5', 'S/NF', 'COMMENT'],
    ]);
    expect(c.paragraphs[1]?.text).toBe('During the meeting the council decided.');
    // Paragraph spans start at their own pieces of the line.
    expect(text.slice(c.spans.paragraphs[3]?.start, c.spans.paragraphs[3]?.end)).toBe('4. (S/NF) Germany disagreed.');
    expect(c.unparsed).toEqual([]);
    expect(c.signer).toBe('SMITH');
  });

  it('collects a marker reflowed into the subject line', () => {
    const text = [...HEAD.slice(0, 6), 'SUBJECT: TEST SUBJECT ASTANA 00000270 001.2 OF 003', '', '1. (U) Text.', '', 'SMITH'].join('\n');
    expect(parseCable(text).pages).toEqual([{ post: 'ASTANA', serial: '00000270', page: 1, total: 3 }]);
  });

  it('leaves wrapped pages as they were (guard)', () => {
    const text = cable(
      '1.  (C) The minister said the plan would be revised. 2. (C) The',
      'deputy agreed. ASTANA 00000270 is the serial of this message.',
      '',
      '2.  (C) More text.',
    );
    const c = parseCable(text);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(c.paragraphs[0]?.text).toBe('The minister said the plan would be revised. 2. (C) The deputy agreed. ASTANA 00000270 is the serial of this message.');
    expect(c.pages).toEqual([]);
  });
});

describe('parseCable: a heading run onto the end of a reflowed line', () => {
  it('cuts the heading off the last sentence when its rule follows on a line below', () => {
    const c = parseCable(cable(
      `1. (C) ${LONG} End Summary. First Lady Preparing for 2011`,
      '',
      'Election',
      '----------------------',
      '',
      `2. (C) ${LONG}`,
      '',
      `3. (C) ${LONG} Talks in Washington D.C.`,
      '',
      '----------------------',
      '',
      `4. (C) ${LONG}`,
    ));
    expect(c.paragraphs.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', 'First Lady Preparing for 2011 Election'], ['3', null], ['4', 'Talks in Washington D.C.']]);
    expect(c.paragraphs[0]?.text).toBe(`${LONG} End Summary.`);
    expect(c.paragraphs[2]?.text).toBe(LONG);
  });

  it('cuts a heading after a block end mark when the next paragraph\'s label follows, with no rule', () => {
    const c = parseCable(cable(
      `1. Action request in paragraph 5. 2. Summary: ${LONG} End Summary. Proven Outreach 2.0 Expertise`,
      '',
      `3. ${LONG}`,
    ));
    expect(c.paragraphs.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', null], ['3', 'Proven Outreach 2.0 Expertise']]);
    expect(c.paragraphs[0]?.text).toBe('Action request in paragraph 5.');
    expect(c.paragraphs[1]?.text).toBe(`Summary: ${LONG} End Summary.`);
    expect(c.summary).toBe(LONG);
  });

  it('keeps title-case words after an ordinary sentence, or before unlabeled text, in the paragraph (guard)', () => {
    const c = parseCable(cable(
      `1. (C) ${LONG} The delegation was led by Deputy Minister John Smith`,
      '',
      `2. (C) ${LONG} End Summary. Proven Outreach Expertise`,
      '',
      `The talks went on. ${LONG}`,
    ));
    expect(c.paragraphs.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', null]]);
    expect(c.paragraphs[0]?.text).toBe(`${LONG} The delegation was led by Deputy Minister John Smith`);
    expect(c.paragraphs[1]?.text.startsWith(`${LONG} End Summary. Proven Outreach Expertise`)).toBe(true);
  });

  it('keeps a last sentence, an end mark or unfinished text before a rule in the paragraph (guard)', () => {
    const c = parseCable(cable(
      `1. (C) ${LONG} The minister agreed.`,
      '',
      '----------------------',
      '',
      `2. (C) ${LONG} End Comment`,
      '',
      '----------------------',
      '',
      `3. (C) ${LONG} The minister said that the plan`,
      '',
      '----------------------',
      '',
      `4. (C) ${LONG}`,
    ));
    expect(c.paragraphs.map((p) => p.heading)).toEqual([null, null, null, null]);
    expect(c.paragraphs[1]?.text).toBe(`${LONG} End Comment`);
    expect(c.paragraphs[2]?.text).toBe(`${LONG} The minister said that the plan`);
  });
});

describe('the subject caption of a continuation page inside a reflowed line', () => {
  const SUBJECT = 'SUBJECT: PORT STATES URGED TO DENY ENTRY TO UNINSURED TANKERS WORLDWIDE';
  /** The cable's head with a longer subject. */
  const withSubject = (...body: string[]): string => [...HEAD.slice(0, 6), SUBJECT, '', ...body, '', 'SMITH', ''].join('\n');

  it('cuts the caption, cut at the page width inside a word, off the text after it, with exact offsets', () => {
    const source = `${LONG} and encourage all ASTANA 00000270 002 OF 003 SUBJECT: PORT STATES URGED TO DENY ENTRY TO UNINSURED TANKERS WORL states to take similar action.`;
    const pieces = splitReflowedLines(splitLines(source), source, ['TAGS: PREL KZ', SUBJECT]);
    expect(pieces.map((p) => p.text)).toEqual([
      `${LONG} and encourage all`,
      'ASTANA 00000270 002 OF 003',
      'SUBJECT: PORT STATES URGED TO DENY ENTRY TO UNINSURED TANKERS WORL',
      'states to take similar action.',
    ]);
    for (const p of pieces) expect(source.slice(p.offset, p.end)).toBe(p.text);
  });

  it('cuts a caption ended at a word, a caption opening the line after a marker line, and a subject wrapped in the preamble', () => {
    const preamble = ['SUBJECT: PORT STATES URGED TO DENY ENTRY TO', 'UNINSURED TANKERS WORLDWIDE', '', 'REF: STATE 1234'];
    const source = ['ASTANA 00000270 003 OF 003', 'SUBJECT: PORT STATES URGED TO DENY ENTRY TO UNINSURED millions of dollars in damage.'].join('\n');
    expect(splitReflowedLines(splitLines(source), source, preamble).map((p) => p.text)).toEqual([
      'ASTANA 00000270 003 OF 003',
      'SUBJECT: PORT STATES URGED TO DENY ENTRY TO UNINSURED',
      'millions of dollars in damage.',
    ]);
  });

  it('leaves SUBJECT text that is not the caption, or has no text after it, as it is (guard)', () => {
    const lines = splitLines([
      // Fewer than 20 characters shared with the subject.
      'He said ASTANA 00000270 002 OF 003 SUBJECT: PORT STATES were discussed at length.',
      // The caption stops inside a word of the text (no space where the shared part ends).
      'ASTANA 00000270 002 OF 003',
      'SUBJECT: PORT STATES URGED TO DENY ENTRY TO UNINSURED TANKERSHIPS in the Gulf.',
      // Not after a page marker.
      'SUBJECT: PORT STATES URGED TO DENY ENTRY TO UNINSURED TANKERS WORL states to act.',
      // The caption alone.
      'ASTANA 00000270 003 OF 003 SUBJECT: PORT STATES URGED TO DENY ENTRY TO UNINSURED TANKERS WORLDWIDE',
    ].join('\n'));
    const pieces = splitReflowedLines(lines, null, [SUBJECT]).map((p) => p.text);
    expect(pieces).toEqual([
      'He said', 'ASTANA 00000270 002 OF 003', 'SUBJECT: PORT STATES were discussed at length.',
      'ASTANA 00000270 002 OF 003',
      'SUBJECT: PORT STATES URGED TO DENY ENTRY TO UNINSURED TANKERSHIPS in the Gulf.',
      'SUBJECT: PORT STATES URGED TO DENY ENTRY TO UNINSURED TANKERS WORL states to act.',
      'ASTANA 00000270 003 OF 003', 'SUBJECT: PORT STATES URGED TO DENY ENTRY TO UNINSURED TANKERS WORLDWIDE',
    ]);
    // Without the preamble's lines nothing is cut after the marker.
    const source = 'all ASTANA 00000270 002 OF 003 SUBJECT: PORT STATES URGED TO DENY ENTRY TO UNINSURED TANKERS WORL states to act.';
    expect(splitReflowedLines(splitLines(source), source).map((p) => p.text)).toEqual(['all', 'ASTANA 00000270 002 OF 003', 'SUBJECT: PORT STATES URGED TO DENY ENTRY TO UNINSURED TANKERS WORL states to act.']);
  });

  it('parseCable: the caption is no text of the paragraph, which reads on across it', () => {
    const text = withSubject(
      `1. (C) ${LONG} We encourage all ASTANA 00000270 002 OF 003 SUBJECT: PORT STATES URGED TO DENY ENTRY TO UNINSURED TANKERS WORL states to take similar action. End Summary.`,
    );
    const c = parseCable(text);
    expect(c.subject).toBe('PORT STATES URGED TO DENY ENTRY TO UNINSURED TANKERS WORLDWIDE');
    expect(c.paragraphs.map((p) => p.text)).toEqual([`${LONG} We encourage all states to take similar action. End Summary.`]);
    expect(c.pages.map((p) => p.page)).toEqual([2]);
    expect(c.unparsed).toEqual([]);
  });

  it('compares captions with a long subject in linear time: ~200 kB in well under a second', () => {
    const subject = `SUBJECT: ${'A '.repeat(3000)}`;
    const line = `ASTANA 00000270 002 OF 003 SUBJECT: ${'A '.repeat(400)}`.repeat(230);
    expect(line.length).toBeGreaterThan(190_000);
    const text = [...HEAD.slice(0, 6), subject, '', line, '', 'SMITH'].join('\n');
    const run = (): void => {
      splitReflowedLines(splitLines(line), line, [subject]);
      parseCable(text);
    };
    expect(msUnder(1000, run)).toBeLessThan(1000);
  });
});

describe('an end mark glued after the signer on the last line', () => {
  // The copy joined the name and the end of message mark: `SMITH NNNN` (a record after it cut away).
  const text = [...HEAD, '1. (C) The talks went well.', '', 'SMITH NNNN', ''].join('\n');

  it('cuts the mark into a line of its own, with exact offsets', () => {
    const lines = splitLines('1. (C) The talks went well.\n\nSMITH NNNN\n');
    const out = splitReflowedLines(lines, null);
    expect(out.map((l) => l.text)).toEqual(['1. (C) The talks went well.', '', 'SMITH', 'NNNN']);
    const at = '1. (C) The talks went well.\n\n'.length;
    expect(out.slice(2, 4).map((l) => [l.offset, l.end])).toEqual([[at, at + 5], [at + 6, at + 10]]);
  });

  it('parseCable: the name is the signer, the mark is transmission, the paragraph ends with its sentence', () => {
    const c = parseCable(text);
    expect(c.signer).toBe('SMITH');
    expect(c.paragraphs.map((p) => p.text)).toEqual(['The talks went well.']);
    expect(c.spans.transmission.map((s) => text.slice(s.start, s.end))).toContain('NNNN');
    expect(c.unparsed).toEqual([]);
  });

  it('leaves `NNNN` inside the text, or on a line that is not the last, as it is (guard)', () => {
    const lines = splitLines('1. (C) Serial NNNN was assigned.\n\n2. (C) See item NNNN\n\nSMITH');
    expect(splitReflowedLines(lines, null).map((l) => l.text)).toEqual(['1. (C) Serial NNNN was assigned.', '', '2. (C) See item NNNN', '', 'SMITH']);
    // Glued to the word before (`XNNNN`), or alone on the line: nothing to cut.
    expect(splitReflowedLines(splitLines('SMITHNNNN'), null).map((l) => l.text)).toEqual(['SMITHNNNN']);
    expect(splitReflowedLines(splitLines('  NNNN'), null).map((l) => l.text)).toEqual(['  NNNN']);
  });
});

describe('linear time on hostile reflowed lines', () => {
  const cases: Record<string, string> = {
    'page markers before subject captions': `ASTANA 00000270 002 OF 003 SUBJECT: TEST SUBJECT ${'A '.repeat(120)}`.repeat(600),
    'markers and near-markers': 'ASTANA 00000270 002 OF 003 X 00000270 002 OF '.repeat(4000),
    'rule runs and headings': 'End. ----- HEADING ----- - '.repeat(7000),
    'labels after sentence ends': 'Text. 1. (C) Text. 2. (S/NF) '.repeat(7000),
    'dashes with single spaces': '- '.repeat(100_000),
    'digits and dots': '1. '.repeat(60_000),
    'long spaces after rules': `-----${' '.repeat(150_000)}HEADING -----`,
    'reflowed lines ending in titles over rules': 'Text of a reflowed paragraph that goes on for a while. The Heading Words Here\n\n-----\n'.repeat(2000),
    'names and end marks on every line': 'SMITH NNNN\n'.repeat(18_000),
    'spaces before a last end mark': `SMITH${' '.repeat(200_000)}NNNN`,
    'keyword labels and end marks before titles over labels': `1. Text. ${'x. 2. Summary: A b. End Summary. Title Words Here\n\n3. Text of a line that is long enough to be reflowed by the archive pages we read. '.repeat(1000)}`,
  };
  for (const [name, line] of Object.entries(cases)) {
    it(`${name}: ~200 kB in well under a second`, () => {
      expect(msUnder(1000, () => parseCable(cable(line)))).toBeLessThan(1000);
    });
  }
});

describe('splitReflowedLines: a section banner sharing a line with the text', () => {
  // A copy that lost the line breaks around a section's banner (the red team's 2005 Cairo cable).
  const piecesOf = (source: string): string[] => splitReflowedLines(splitLines(source), source).map((p) => p.text);

  it('cuts a banner glued after a sentence end and before the next label into a piece of its own', () => {
    const source = 'but that Dahlan was resisting.S E C R E T SECTION 02 OF 02 CAIRO 004512 4. (S) Comment: Soliman';
    const pieces = splitReflowedLines(splitLines(source), source);
    expect(pieces.map((p) => p.text)).toEqual(['but that Dahlan was resisting.', 'S E C R E T SECTION 02 OF 02 CAIRO 004512', '4. (S) Comment: Soliman']);
    for (const p of pieces) expect(source.slice(p.offset, p.end)).toBe(p.text);
  });

  it('cuts a banner glued after a sentence on a line opening with a label, its rest normalized or not (era red team 175)', () => {
    expect(piecesOf('4. (C) Egypt would not commit before then.S E C R E T SECTION 02 OF 02 UNVIE VIENNA 000522')).toEqual([
      '4. (C) Egypt would not commit before then.',
      'S E C R E T SECTION 02 OF 02 UNVIE VIENNA 000522',
    ]);
    expect(piecesOf('4. (C) Egypt would not commit.S E C R E T SECTION 02 OF 02 UNVIE VIENNA 000522 5. (S//NF) Comment: Support')).toEqual([
      '4. (C) Egypt would not commit.',
      'S E C R E T SECTION 02 OF 02 UNVIE VIENNA 000522',
      '5. (S//NF) Comment: Support',
    ]);
  });

  it('cuts the text run on after a banner opening the line: a label or the rest of a cut sentence', () => {
    expect(piecesOf('S E C R E T SECTION 02 OF 02 CAIRO 004512 4. (S) Comment: Soliman')).toEqual(['S E C R E T SECTION 02 OF 02 CAIRO 004512', '4. (S) Comment: Soliman']);
    expect(piecesOf('UNCLAS SECTION 02 OF 03 STATE 123456 the minister said that')).toEqual(['UNCLAS SECTION 02 OF 03 STATE 123456', 'the minister said that']);
  });

  it('leaves a banner followed by other capitals, a whole banner line and archive furniture glued before a banner', () => {
    for (const line of [
      'C O N F I D E N T I A L SECTION 02 OF 02 ATHENS 000057 NOFORN SIPDIS',
      'UNCLAS SECTION 02 OF 02 STATE 123456 E.O. 12958: N/A',
      'S E C R E T SECTION 02 OF 02 CAIRO 004512',
      'p. 2/2 S E C R E T SECTION 02 OF 02 KABUL 002231',
      '2006-06-08 11:40:00 C O N F I D E N T I A L SECTION 02 OF 02 ISLAMABAD 004471',
      // Prose naming a section, no banner: `SECTION` without a classification word before it, or inside a word.
      'see SECTION 2 OF 3 STATE 123456 for the text of the demarche',
      'the TOPSECRET SECTION 2 OF 3 STATE 123456 was',
    ]) expect(piecesOf(line)).toEqual([line]);
  });

  it('keeps every word of a cable whose section banner was glued between two paragraphs', () => {
    const text = cable(
      '3. (C) On the Palestinian side, Soliman said Abu Mazen had',
      'agreed to place three security services under one command,',
      'but that Dahlan was resisting.',
      'UNCLAS SECTION 02 OF 03 ASTANA 000270 4. (C) Comment: Soliman',
      'was confident and detailed. End Comment.',
    );
    const c = parseCable(text);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['3', '4']);
    expect(c.paragraphs[1]?.text).toBe('Comment: Soliman was confident and detailed. End Comment.');
    expect(c.body).not.toContain('SECTION 02');
  });
});

describe('a reflowed one-line paragraph ending with a parenthesis, its own marking after its label (era red team 225)', () => {
  it('stays the paragraph\'s text, not the next paragraph\'s heading', () => {
    const c = parseCable(
      cable(
        `1. (S/NF) ${LONG}`,
        '',
        '2. (C) Participants: Deputy Chief of Mission Thomas R. Whitaker, Kandahar PRT Director Louise Fairbanks, Poloff Kevin Dunmore (notetaker)',
        '',
        '3. (S/NF) Khalid said the Afghan Border Police had lost many men.',
      ),
    );
    expect(c.paragraphs.map((p) => [p.number, p.marking, p.heading])).toEqual([
      ['1', 'S/NF', null],
      ['2', 'C', null],
      ['3', 'S/NF', null],
    ]);
    expect(c.paragraphs[1]?.text).toMatch(/^Participants: /);
  });
});
