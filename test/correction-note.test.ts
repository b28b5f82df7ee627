/**
 * `correctionNote`: what a `CORRECTED COPY` caption in the preamble says was corrected. All
 * cables are synthetic; the expected notes are read off the caption lines.
 */

import { describe, expect, it } from 'vitest';
import { formatCable, parseCable, parsePreamble } from '../src/index.js';

/** A short cable whose preamble holds `caption` (one or more lines) after the banner. */
function cableWith(caption: string): string {
  return [
    'CONFIDENTIAL SECTION 01 OF 02 LIMA 000412',
    '',
    caption,
    '',
    'SIPDIS',
    '',
    'E.O. 12958: DECL: 02/26/2020',
    'TAGS: PGOV PE',
    'SUBJECT: CABINET RESHUFFLE EXPECTED',
    '',
    'Classified By: Ambassador J. Doe, reasons 1.4 (b) and (d)',
    '',
    '1. (C) The president is expected to name three new ministers.',
    '',
    'DOE',
    '',
  ].join('\n');
}

describe('correctionNote', () => {
  it('reads a note in parentheses, without them', () => {
    const c = parseCable(cableWith('CORRECTED COPY (PARA 1 TEXT ADDED)'));
    expect(c.correctionNote).toBe('PARA 1 TEXT ADDED');
    expect(c.classification.caveats).toEqual(['CORRECTED COPY']);
  });

  it('reads a note after a dash, and one after a letter-spaced caption', () => {
    expect(parseCable(cableWith('CORRECTED COPY - ADDRESSEES ADDED')).correctionNote).toBe('ADDRESSEES ADDED');
    expect(parseCable(cableWith('- - C O R R E C T E D  C O P Y - - (DECL DATE CHANGE)')).correctionNote).toBe('DECL DATE CHANGE');
  });

  it('keeps the note as written, a final period included, and drops slashes after it', () => {
    expect(parseCable(cableWith('CORRECTED COPY (Updated Text Paragraph 12).')).correctionNote).toBe('Updated Text Paragraph 12');
    expect(parseCable(cableWith('C O R R E C T E D COPY//SUBJECT LINE//')).correctionNote).toBe('SUBJECT LINE');
    expect(parseCable(cableWith('CORRECTED COPY - CHANGES MADE TO PARA 5 BELOW.')).correctionNote).toBe('CHANGES MADE TO PARA 5 BELOW.');
  });

  it('joins a note wrapped onto the next line', () => {
    const c = parseCable(cableWith('CORRECTED COPY - CHANGES MADE TO PARA 1 BELOW. THIS MESSAGE\nREPLACES REFTEL, WHICH SHOULD BE DESTROYED.'));
    expect(c.correctionNote).toBe('CHANGES MADE TO PARA 1 BELOW. THIS MESSAGE REPLACES REFTEL, WHICH SHOULD BE DESTROYED.');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1']);
  });

  it('is null for a caption without a note, and without a caption', () => {
    const bare = parseCable(cableWith('CORRECTED COPY'));
    expect(bare.classification.caveats).toEqual(['CORRECTED COPY']);
    expect(bare.correctionNote).toBeNull();
    expect(bare.spans.correctionNote).toBeNull();
    const none = parseCable(cableWith('NOFORN'));
    expect(none.correctionNote).toBeNull();
    expect(none.spans.correctionNote).toBeNull();
  });

  it('has a span over the note, which is no longer unparsed', () => {
    const text = cableWith('CORRECTED COPY (PARA 1 TEXT ADDED)');
    const c = parseCable(text);
    const span = c.spans.correctionNote;
    expect(span).not.toBeNull();
    expect(text.slice(span?.start, span?.end)).toBe('(PARA 1 TEXT ADDED)');
    expect(c.unparsed).toEqual([]);
    const wrapped = cableWith('CORRECTED COPY - CHANGES MADE TO PARA 1 BELOW. THIS MESSAGE\nREPLACES REFTEL, WHICH SHOULD BE DESTROYED.');
    const w = parseCable(wrapped).spans.correctionNote;
    expect(wrapped.slice(w?.start, w?.end)).toBe('CHANGES MADE TO PARA 1 BELOW. THIS MESSAGE\nREPLACES REFTEL, WHICH SHOULD BE DESTROYED.');
  });

  it('is read by parsePreamble too', () => {
    expect(parsePreamble('UNCLAS LIMA 000412\n\nCORRECTED COPY (ADDRESSEE)\n\nSUBJECT: X').correctionNote).toBe('ADDRESSEE');
  });

  it('does not take a subject that mentions a corrected copy', () => {
    const c = parseCable(cableWith('NOFORN').replace('SUBJECT: CABINET RESHUFFLE EXPECTED', 'SUBJECT: CORRECTED COPY: CABINET RESHUFFLE EXPECTED'));
    expect(c.correctionNote).toBeNull();
    expect(c.subject).toBe('CORRECTED COPY: CABINET RESHUFFLE EXPECTED');
  });

  it('is written back by formatCable, in parentheses or after a dash', () => {
    const c = parseCable(cableWith('CORRECTED COPY (PARA 1 TEXT ADDED)'));
    expect(formatCable(c)).toContain('\nCORRECTED COPY (PARA 1 TEXT ADDED)\n');
    const dashed = { ...c, correctionNote: 'TEXT OF PARA 1 (B) ADDED' };
    expect(formatCable(dashed)).toContain('\nCORRECTED COPY - TEXT OF PARA 1 (B) ADDED\n');
    expect(parseCable(formatCable(dashed)).correctionNote).toBe('TEXT OF PARA 1 (B) ADDED');
    // A note without its caption among the caveats gets the caption.
    const alone = { ...c, classification: { ...c.classification, caveats: [] }, correctionNote: 'ADDRESSEE' };
    expect(parseCable(formatCable(alone)).classification.caveats).toEqual(['CORRECTED COPY']);
  });
});

describe('correction captions of era red team 110', () => {
  it('reads a caption wholly in parentheses, with a note or without', () => {
    const c = parseCable(cableWith('(CORRECTED COPY - CLASSIFICATION CHANGED)'));
    expect(c.classification.caveats).toEqual(['CORRECTED COPY']);
    expect(c.correctionNote).toBe('CLASSIFICATION CHANGED');
    expect(c.distribution).toEqual([]);
    const bare = parseCable(cableWith('(CORRECTED COPY)'));
    expect(bare.classification.caveats).toEqual(['CORRECTED COPY']);
    expect(bare.correctionNote).toBeNull();
    expect(bare.distribution).toEqual([]);
  });

  it('reads a note in parentheses on the line under a bare caption', () => {
    const c = parseCable(cableWith('CORRECTED COPY\n(CORRECTED SIGNATURE LINE AND PARA 3 MARKING)'));
    expect(c.correctionNote).toBe('CORRECTED SIGNATURE LINE AND PARA 3 MARKING');
    expect(c.distribution).toEqual([]);
    expect(c.paragraphs.map((p) => p.heading)).toEqual([null]);
  });

  it('leaves a portion marking under a bare caption alone (guard)', () => {
    expect(parseCable(cableWith('CORRECTED COPY\n(S//NF)')).correctionNote).toBeNull();
  });

  it('reads a note in parentheses wrapped onto the next line', () => {
    const c = parseCable(cableWith('CORRECTED COPY (PARAS 3 AND 4 REVISED AND DAR ES SALAAM ADDED AS\nINFO ADDRESSEE)'));
    expect(c.correctionNote).toBe('PARAS 3 AND 4 REVISED AND DAR ES SALAAM ADDED AS INFO ADDRESSEE');
    expect(c.distribution).toEqual([]);
  });

  it('reads a second corrected copy', () => {
    const c = parseCable(cableWith('SECOND CORRECTED COPY - ADDRESSEES AND PARA 4 CORRECTED'));
    expect(c.classification.caveats).toEqual(['CORRECTED COPY']);
    expect(c.correctionNote).toBe('ADDRESSEES AND PARA 4 CORRECTED');
    expect(c.distribution).toEqual([]);
  });

  it('keeps the round trip', () => {
    const c = parseCable(cableWith('(CORRECTED COPY - CLASSIFICATION CHANGED)'));
    expect(parseCable(formatCable(c)).correctionNote).toBe('CLASSIFICATION CHANGED');
  });
});

describe('caption words inside a subject (era red team 111)', () => {
  it('reads `SECOND CORRECTED COPY OF ...` wrapped from the subject as the subject\'s words', () => {
    const c = parseCable(['UNCLAS TRIPOLI 000123', '', 'SENSITIVE', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: EINV, LY', 'SUBJECT: LIBYA: GOL SHARES', 'SECOND CORRECTED COPY OF DRAFT INVESTMENT LAW', '', '1. (SBU) Text.'].join('\n'));
    expect(c.subject).toBe('LIBYA: GOL SHARES SECOND CORRECTED COPY OF DRAFT INVESTMENT LAW');
    expect(c.classification.caveats).toEqual(['SENSITIVE']);
    expect(c.correctionNote).toBeNull();
  });
});

describe('a caption note after a colon wrapped onto a second line (era red team 185)', () => {
  it('reads both lines, the first ending with a marking in parentheses, the second going on in lower case', () => {
    const c = parseCable(cableWith('Corrected copy: Paragraph 3 classification changed from (SBU)\nto (C).'));
    expect(c.correctionNote).toBe('Paragraph 3 classification changed from (SBU) to (C).');
    expect(c.distribution).toEqual([]);
  });

  it('guard: a one-line note ending with a parenthesis, and one ending with a period, stay one line', () => {
    expect(parseCable(cableWith('CORRECTED COPY - TEXT (PARA 3)\nDEPT FOR WHA/AND')).correctionNote).toBe('TEXT (PARA 3)');
    expect(parseCable(cableWith('Corrected copy: Paragraph 3 classification changed.\nDEPT FOR WHA/AND')).distribution).toEqual(['DEPT FOR WHA/AND']);
  });
});
