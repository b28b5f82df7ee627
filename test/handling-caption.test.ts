/**
 * A handling caption standing alone on a line (`isHandlingCaptionLine`), shared by the body's
 * transmission lines and its headings. All lines are synthetic.
 */

import { describe, expect, it } from 'vitest';
import { isHandlingCaptionLine } from '../src/preamble/classification.js';
import { parseCable } from '../src/index.js';
import { msUnder } from './timing.js';

/** A short synthetic cable whose body holds `middle` between paragraphs 1 and 2 (or before paragraph 1). */
function cableWith(middle: string, beforeFirst = false): string {
  const first = '1. (SBU) The ministry confirmed the meeting date.';
  const body = beforeFirst ? [middle, '', first] : [first, '', middle];
  return ['UNCLAS SECTION 01 OF 02 RECIFE 000034', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: PGOV BR', 'SUBJECT: MEETING DATE CONFIRMED', '', ...body, '', '2. (SBU) The delegation will arrive on Monday.', '', 'SMITH', ''].join('\n');
}

describe('isHandlingCaptionLine: the spellings', () => {
  it('accepts the captions the heading rule read', () => {
    for (const line of [
      'SENSITIVE BUT UNCLASSIFIED',
      'FOR OFFICIAL USE ONLY',
      'LIMITED OFFICIAL USE',
      'SBU',
      'LIMITED OFFICIAL USE NOFORN',
      'SENSITIVE BUT UNCLASSIFIED, NOT FOR INTERNET DISTRIBUTION',
      'SBU - PLEASE PROTECT ACCORDINGLY',
      'SENSITIVE BUT UNCLASSIFIED/NOFORN/SIPDIS',
      'FOR OFFICIAL USE ONLY - NOT FOR PUBLIC DISTRIBUTION.',
      '   SENSITIVE BUT UNCLASSIFIED   ',
    ]) expect(isHandlingCaptionLine(line), line).toBe(true);
  });

  it('accepts the captions the transmission rule read', () => {
    for (const line of [
      'SBU - NOT FOR INTERNET DISTRIBUTION',
      'SENSITIVE BUT UNCLASSIFIED -- NOT FOR PUBLIC RELEASE.',
      'SENSITIVE BUT UNCLASSIFIED  --  NOT FOR  INTERNET  DISTRIBUTION',
      'SBU; NOT FOR PUBLIC RELEASE',
      '\tSBU - NOT FOR INTERNET DISTRIBUTION.  ',
    ]) expect(isHandlingCaptionLine(line), line).toBe(true);
  });

  it('rejects text, lower case, other caveats and captions with more after them', () => {
    for (const line of [
      '',
      'SENSITIVE',
      'NOFORN',
      'Sensitive but unclassified',
      'SBU information was shared with the ministry.',
      'SENSITIVE BUT UNCLASSIFIED - HANDLE ACCORDINGLY',
      'SENSITIVE BUT UNCLASSIFIED NOT FOR DISTRIBUTION',
      'FOR OFFICIAL USE',
      'LIMITED OFFICIAL USE ROME 001196',
      '1. (SBU) SENSITIVE BUT UNCLASSIFIED',
      'SUMMARY: SENSITIVE BUT UNCLASSIFIED',
      'SBU SBU',
      '         SENSITIVE BUT UNCLASSIFIED',
      `SBU${' NOFORN'.repeat(4)}`,
    ]) expect(isHandlingCaptionLine(line), line).toBe(false);
  });

  it('reads adversarial lines in linear time', () => {
    const long = `SBU${' -'.repeat(60_000)}`;
    const runs = `SENSITIVE BUT UNCLASSIFIED${', NOT FOR  INTERNET'.repeat(8_000)}`;
    const spaces = `${' '.repeat(100_000)}SBU`;
    const ms = msUnder(200, () => {
      for (const line of [long, runs, spaces, `${'SBU '.repeat(40)}x`]) expect(isHandlingCaptionLine(line)).toBe(false);
    });
    expect(ms).toBeLessThan(200);
  });
});

describe('a handling caption standing in the body', () => {
  it('is transmission between paragraphs in every spelling (not text of paragraph 1, no heading of paragraph 2)', () => {
    for (const caption of ['SBU - PLEASE PROTECT ACCORDINGLY', 'FOR OFFICIAL USE ONLY', 'SENSITIVE BUT UNCLASSIFIED, NOT FOR INTERNET DISTRIBUTION']) {
      const cable = parseCable(cableWith(caption));
      expect(cable.paragraphs.map((p) => p.text), caption).toEqual(['The ministry confirmed the meeting date.', 'The delegation will arrive on Monday.']);
      expect(cable.paragraphs.map((p) => p.heading), caption).toEqual([null, null]);
    }
  });

  it('heads no paragraph before paragraph 1 in every spelling (guard)', () => {
    for (const caption of ['SENSITIVE BUT UNCLASSIFIED -- NOT FOR PUBLIC RELEASE.', 'SBU  -  NOT FOR INTERNET DISTRIBUTION', 'LIMITED OFFICIAL USE NOFORN']) {
      const cable = parseCable(cableWith(caption, true));
      expect(cable.paragraphs.map((p) => p.heading), caption).toEqual([null, null]);
      expect(cable.paragraphs[0]?.text, caption).toBe('The ministry confirmed the meeting date.');
    }
  });

  it('keeps a sentence that starts with a caption word as text', () => {
    const cable = parseCable(cableWith('SBU information stays inside the mission.'));
    expect(cable.paragraphs[0]?.text).toContain('SBU information stays inside the mission.');
    expect(cable.paragraphs).toHaveLength(2);
  });
});
