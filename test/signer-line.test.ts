/**
 * What stands around the signer line (src/body/signer.ts): one junk line after the name, a source credit before
 * a mixed-case name, a forum trailer over an Intelink URL before it. Synthetic cables.
 */

import { describe, expect, it } from 'vitest';
import { parseCable } from '../src/assemble.js';
import { msUnder } from './timing.js';

const HEAD = ['CONFIDENTIAL SECTION 01 OF 02 ASTANA 000270', '', 'SIPDIS', '', 'E.O. 12958: DECL: 01/01/2018', 'TAGS: PREL KZ', 'SUBJECT: TEST SUBJECT', ''];

/** A cable: the preamble above, then `body` lines (no signer added). */
const bare = (...body: string[]): string => [...HEAD, ...body, ''].join('\n');

/** Filler of a reflowed paragraph. */
const LONG = 'The delegation met the deputy minister on Monday and discussed the draft agreement at some length.';

describe('signer before one junk line', () => {
  it('`BLEICH` / blank / `EPET @ EL PA\u00cdS`: the name is the signer, the junk is no text', () => {
    const c = parseCable(bare('1. (C) Comment: The talks went well. End Comment.', '', 'JONES', '', 'EPET @ EL PA\u00cdS'));
    expect(c.signer).toBe('JONES');
    expect(c.paragraphs.at(-1)?.text).toBe('Comment: The talks went well. End Comment.');
    expect(c.unparsed.map((u) => u.text)).toContain('EPET @ EL PA\u00cdS');
  });

  it('guard: a last line in lower case (text, not junk) is not passed over', () => {
    const c = parseCable(bare('1. (C) The talks went well.', '', 'JONES', '', 'cc @ desk officer'));
    expect(c.signer).toBeNull();
  });
});

describe('mixed-case signer after a source credit', () => {
  it('`... reach the resorts. Source - Tierramerica Sobel` gives `Sobel`', () => {
    const c = parseCable(bare(`1. ${LONG} New routes let tourists reach the resorts. Source - Tierramerica Sobel`));
    expect(c.signer).toBe('Sobel');
    expect(c.paragraphs.at(-1)?.text.endsWith('Source - Tierramerica')).toBe(true);
  });

  it('guard: a source name in two words is no signer (`Source - Xinhua News`)', () => {
    expect(parseCable(bare(`1. ${LONG} Source - Xinhua News`)).signer).toBeNull();
  });
});

describe('a forum trailer before the signer', () => {
  it('`Visit <...> Forum at` over an Intelink URL is transmission, not text', () => {
    const c = parseCable(bare('1. (C) The challenges must be addressed.', '', 'Visit Canada,s Economy and Environment Forum at', 'http://www.intelink.gov/communities/state/can ada', '', 'WILKINS'));
    expect(c.signer).toBe('WILKINS');
    expect(c.paragraphs.at(-1)?.text).toBe('The challenges must be addressed.');
  });

  it('also without `at`, the Intelink URL on the line under it (era red team 215)', () => {
    const c = parseCable(bare('1. (C) The challenges must be addressed.', '', "Visit Canada's Economy and Environment Forum", 'http://www.intelink.sgov.gov/wiki/Portal:Canada', '', 'JACOBSON'));
    expect(c.signer).toBe('JACOBSON');
    expect(c.paragraphs.at(-1)?.text).toBe('The challenges must be addressed.');
  });

  it('guard: a `Visit ... at` line over a URL that is not Intelink stays text', () => {
    const c = parseCable(bare('1. (C) The challenges must be addressed.', '', 'Visit the ministry site at', 'http://www.example.org/news', '', 'WILKINS'));
    expect(c.paragraphs.at(-1)?.text).toContain('Visit the ministry site at');
  });
});

describe('a title alone on the line after the signer', () => {
  it('`BOSWORTH` / `AMBASSADOR`, `SMITH` / `CHARGE D\'AFFAIRES`: the signer is the name', () => {
    const c = parseCable(bare('1. (U) THE COUNT STANDS AT SEVENTY PERCENT.', 'BOSWORTH', 'AMBASSADOR'));
    expect(c.signer).toBe('BOSWORTH');
    expect(c.paragraphs.at(-1)?.text).toBe('THE COUNT STANDS AT SEVENTY PERCENT.');
    expect(parseCable(bare('1. (U) THE TALKS WENT WELL.', '', 'SMITH', "CHARGE D'AFFAIRES")).signer).toBe('SMITH');
    expect(parseCable(bare('1. (U) THE TALKS WENT WELL.', '', 'SMITH', 'CHARGE')).signer).toBe('SMITH');
    expect(parseCable(bare('1. (U) The talks went well.', '', 'Jones', 'Acting')).signer).toBe('Jones');
  });

  it('guard: two surnames on two lines stay two surnames', () => {
    expect(parseCable(bare('1. (U) THE TALKS WENT WELL.', '', 'SMITH', 'JONES')).signer).toBe('SMITH JONES');
    expect(parseCable(bare('1. (U) THE TALKS WENT WELL.', '', 'LE MELLE')).signer).toBe('LE MELLE');
  });

  it('guard: a title after the last line of a wrapped paragraph is no signature', () => {
    const c = parseCable(bare('1. (U) THE EMBASSY WILL REPORT FURTHER AS THE MINISTRY ISSUES', 'NEW REGULATIONS', 'AMBASSADOR'));
    expect(c.signer).not.toBe('NEW REGULATIONS');
  });
});

describe('a signer before the cut end of the archive title', () => {
  it('`Leach T ONE ORDERED RELEASED ON...` after a finished sentence gives `Leach`', () => {
    // The page's `Leach` / `T ONE ...` lines, joined by the line-break repair.
    const c = parseCable(bare('7. (S) Comment: The judges remain determined. End comment.', 'Leach T ONE ORDERED RELEASED ON...'));
    expect(c.signer).toBe('Leach');
    expect(c.paragraphs.at(-1)?.text).toBe('Comment: The judges remain determined. End comment.');
  });

  it('guard: a cut sentence in mixed case, or a name after unfinished text, gives no signer', () => {
    expect(parseCable(bare('7. (S) The judges remain determined.', 'Leach said the court would...')).signer).toBeNull();
    expect(parseCable(bare('7. (S) The judges remain determined to meet', 'Leach T ONE ORDERED RELEASED ON...')).signer).toBeNull();
  });

  it('reads a long last line in linear time', () => {
    const ms = msUnder(1000, () => {
      parseCable(bare('1. (U) Text.', `Leach ${'A.'.repeat(60000)}...`));
      parseCable(bare('1. (U) Text.', `Leach ${'X '.repeat(60000)}`, 'AMBASSADOR'));
    });
    expect(ms).toBeLessThan(1000);
  });
});
