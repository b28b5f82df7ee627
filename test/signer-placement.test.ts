/**
 * Where the signer stands when it is not on the complete text's last line of its own: at the end
 * of a cut first copy printed before the complete one, or as a two-letter surname reflowed after
 * the last sentence. Synthetic lines.
 */

import { describe, expect, it } from 'vitest';
import { findSigner } from '../src/body/signer.js';
import { splitLines } from '../src/text/source-line.js';
import { parseCable, parseCables } from '../src/assemble.js';
import { msUnder } from './timing.js';

/** The signer of a body given as lines (no transmission lines). */
const signerOf = (...lines: string[]): string | null => {
  const source = splitLines(lines.join('\n'));
  return findSigner(source, source.map(() => false))?.signer ?? null;
};

/** A cut first copy of a preamble, ending inside the subject, then `tail` lines (its signer), then the complete copy. */
const CUT = ['UNCLAS ROME 001234', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: ASEC IT', 'SUBJECT: WATCHING OF U.S...'];
const completeCopy = (banner: string, ...end: string[]) => [banner, '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: ASEC IT', 'SUBJECT: WATCHING OF U.S. EMBASSY ROME', '', '1. (U) A car was seen filming the gate.', '', '2. (SBU) The police have promised a full investigation.', ...end];

describe('signer of a cut first copy', () => {
  it('takes the cut copy\'s signer when the complete copy has none', () => {
    const text = [...CUT, '', '', 'SOBELLA', '', ...completeCopy('UNCLAS ROME 001234'), ''].join('\n');
    const c = parseCable(text);
    expect(c.subject).toBe('WATCHING OF U.S. EMBASSY ROME');
    expect(c.signer).toBe('SOBELLA');
    expect(c.spans.signer).not.toBeNull();
    expect(text.slice(c.spans.signer?.start, c.spans.signer?.end).trim()).toBe('SOBELLA');
    expect(c.diagnostics.map((d) => d.code)).not.toContain('SIGNER_MISSING');
    expect(c.paragraphs.at(-1)?.text).toBe('The police have promised a full investigation.');
    expect(c.unparsed).toEqual([]);
  });

  it('takes the cut copy\'s signer when a cables.csv row pasted after it holds the complete copy', () => {
    // The cut copy's field closes with `",`, then the row of the same cable: its header field (a notice), then `","` opening the content field at the complete copy's banner.
    const row = '19205,7/29/2004 5:59,04ROME1234,"Embassy Rome",UNCLASSIFIED,,"This record is a partial extract of the original cable.';
    const complete = completeCopy('UNCLAS ROME 001234');
    const text = [...CUT, '', '', 'SOBELLA', '",', row, '', '","' + complete[0], ...complete.slice(1), ''].join('\n');
    const c = parseCable(text);
    expect(c.subject).toBe('WATCHING OF U.S. EMBASSY ROME');
    expect(c.signer).toBe('SOBELLA');
    expect(c.unparsed).toEqual([]);
  });

  it('keeps the complete copy\'s own signer; the cut copy\'s name is transmission (guard)', () => {
    const text = [...CUT, '', 'SOBELLA', '', ...completeCopy('UNCLAS ROME 001234', '', 'MARTINI'), ''].join('\n');
    const c = parseCable(text);
    expect(c.signer).toBe('MARTINI');
    expect(c.unparsed).toEqual([]);
    const name = text.indexOf('SOBELLA');
    expect(c.spans.transmission.some((s) => s.start <= name && s.end > name)).toBe(true);
  });

  it('takes no name before another cable\'s banner, nor text after the cut (guard)', () => {
    // Another serial: no copy of the same cable, the name is no signer of it. (Two cables: the cut one signs with it.)
    const [cut, other, ...rest] = parseCables([...CUT, '', 'SOBELLA', '', ...completeCopy('UNCLAS ROME 005678'), ''].join('\n'));
    expect(rest).toEqual([]);
    expect([cut?.serial, cut?.signer]).toEqual(['001234', 'SOBELLA']);
    expect([other?.serial, other?.signer]).toEqual(['005678', null]);
    // A sentence after the cut is no signer line.
    const c = parseCable([...CUT, '', 'The rest was cut.', '', ...completeCopy('UNCLAS ROME 001234'), ''].join('\n'));
    expect(c.signer).toBeNull();
  });
});

describe('two-letter surname after the last sentence', () => {
  const LONG = '19. (C) The Embassy strongly urges the Department to explore options to help assess these vulnerabilities, in line with the summit declaration on energy security.';

  it('reads a two-letter surname reflowed after the last sentence', () => {
    const source = splitLines(['18. (C) The outlook is mixed.', '', `${LONG} LU`].join('\n'));
    const m = findSigner(source, source.map(() => false));
    expect(m?.signer).toBe('LU');
    expect(m?.textEnd).toEqual({ index: 2, column: LONG.length + 1 });
    expect(signerOf('4. (U) The talks will resume in May (reftel). WU')).toBe('WU');
  });

  it('removes the name from the last paragraph', () => {
    const text = ['UNCLASSIFIED ROME 001234', '', 'E.O. 12958: N/A', 'TAGS: PREL IT', 'SUBJECT: TEST SUBJECT', '', `${LONG} LU`, ''].join('\n');
    const c = parseCable(text);
    expect(c.signer).toBe('LU');
    expect(c.paragraphs.at(-1)?.text.endsWith('energy security.')).toBe(true);
  });

  it('takes no abbreviation, country code or function word for a name (guard)', () => {
    expect(signerOf('4. (U) The delegation will then meet officials in the US')).toBeNull();
    expect(signerOf('4. (U) The ministry sent its reply to the EU.')).toBeNull();
    expect(signerOf('4. (U) The conference ends in Vienna. UN')).toBeNull();
    expect(signerOf('4. (U) The ministry agreed to all of it. OK')).toBeNull();
    expect(signerOf('4. (U) We will report further. IT')).toBeNull();
    expect(signerOf('4. (U) The talks were held in Washington. DC')).toBeNull();
    expect(signerOf('4. (U) Talks opened at 10 a.m. PM')).toBeNull();
    // Two letters after an upper-case abbreviation's period: no sentence of text before.
    expect(signerOf('4. (U) The visitors came from the U.S. EU')).toBeNull();
    // Two capitals glued into a longer word or after a comma are no name.
    expect(signerOf('4. (U) The office was run by Smith, LU')).toBeNull();
  });

  it('reads long lines ending in two capitals in linear time', () => {
    const ms = msUnder(500, () => {
      expect(signerOf(`${'a. XY '.repeat(30000)}US`)).toBeNull();
      expect(signerOf(`${'a.  '.repeat(40000)}x LU`)).toBeNull();
      expect(signerOf(`${'AB '.repeat(50000)}`)).toBeNull();
    });
    expect(ms).toBeLessThan(500);
  });
});

describe('cut copies with long lines', () => {
  it('reads a long cable after a cut copy and its name in linear time', () => {
    const body = Array.from({ length: 2000 }, (_, i) => `${i + 1}. (U) ${'The text goes on. '.repeat(5)}`);
    const ms = msUnder(1000, () => {
      const c = parseCable([...CUT, '', 'SOBELLA', '', ...completeCopy('UNCLAS ROME 001234'), ...body, ''].join('\n'));
      expect(c.signer).toBe('SOBELLA');
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('a redacted signature', () => {
  it('is the signer as written, not the last paragraph\'s or comment\'s text', () => {
    const text = [
      'UNCLAS ROME 001234', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: ASEC IT', 'SUBJECT: WATCHING OF U.S. EMBASSY ROME', '',
      '1. (U) A car was seen filming the gate.', '', '2. (SBU) Comment: The police have promised a full investigation.', '', 'XXXXXXXXXXXXXX', '',
    ].join('\n');
    const c = parseCable(text);
    expect(c.signer).toBe('XXXXXXXXXXXXXX');
    expect(c.paragraphs.at(-1)?.text).toBe('Comment: The police have promised a full investigation.');
    expect(c.comments).toEqual(['The police have promised a full investigation.']);
    expect(text.slice(c.spans.signer?.start, c.spans.signer?.end)).toBe('XXXXXXXXXXXXXX');
    expect(c.diagnostics.map((d) => d.code)).not.toContain('SIGNER_MISSING');
    expect(c.unparsed).toEqual([]);
  });

  it('reads a body of ~200 kB of redaction lines in linear time', () => {
    const lines = Array.from({ length: 15000 }, (_, i) => (i % 3 === 2 ? '' : 'XXXXXXXXXXXX'));
    const source = splitLines(lines.join('\n'));
    const ms = msUnder(500, () => {
      findSigner(source, source.map(() => false));
    });
    expect(ms).toBeLessThan(500);
  });
});

describe('a communications center note after the signer', () => {
  /** A 1970s State cable whose text ends with `tail` lines (the signer, the note, the end mark). */
  const stateCable = (...tail: string[]) =>
    [
      'R 031200Z MAR 78', 'FM SECSTATE WASHDC', 'TO AMEMBASSY LIMA', 'BT', 'UNCLAS STATE 051234', '', 'E.O. 11652: N/A', 'TAGS: SHUM, PE',
      'SUBJ: REPORTING ON VISITS', '', '1. EMBASSY SHOULD REPORT ON THE VISIT BY CABLE.', '', '2. DEPARTMENT WILL ADVISE FURTHER WHEN THE',
      'DATES ARE KNOWN.', ...tail, '',
    ].join('\n');
  const LAST = 'DEPARTMENT WILL ADVISE FURTHER WHEN THE DATES ARE KNOWN.';

  it('reads the signer above a NOTE BY OC/T line and leaves the note out of the text', () => {
    const text = stateCable('OWEN', 'NOTE BY OC/T: POUCHED AMCONSUL MARACAIBO.', 'BT');
    const c = parseCable(text);
    expect(c.signer).toBe('OWEN');
    expect(c.paragraphs.at(-1)?.text).toBe(LAST);
    expect(c.diagnostics.map((d) => d.code)).not.toContain('SIGNER_MISSING');
    const note = text.indexOf('NOTE BY');
    expect(c.spans.transmission.some((s) => s.start <= note && s.end > note)).toBe(true);
    expect(c.notes).toEqual([]);
    expect(c.unparsed).toEqual([]);
  });

  it('reads the note after a blank line, after BT, written OCT, and its NOT PASSED form', () => {
    for (const tail of [
      ['OWEN', '', 'NOTE BY OC/T: POUCHED AMCONSUL MARACAIBO.'],
      ['OWEN', 'BT', 'NOTE BY OC/T: POUCHED AMCONSUL MARACAIBO.'],
      ['OWEN', 'NOTE BY OCT: NOT PASSED AMEMBASSY QUITO.'],
      ['OWEN', 'NOT PASSED AMEMBASSY QUITO.'],
      ['OWEN', '', 'NOT PASSED AMEMBASSY QUITO BY OC/T.', 'BT'],
      // The Executive Secretariat's operations center on NODIS telegrams (era red team 322, session 27).
      ['OWEN', 'NOTE BY S/S-O: NOT PASSED ANY OTHER ADDRESSEES.', 'BT'],
      ['OWEN', 'NOTE BY S/S: NOT PASSED AMEMBASSY QUITO.'],
    ]) {
      const c = parseCable(stateCable(...tail));
      expect(c.signer, tail.join(' / ')).toBe('OWEN');
      expect(c.paragraphs.at(-1)?.text, tail.join(' / ')).toBe(LAST);
    }
  });

  it('takes in a note wrapped over two lines', () => {
    const c = parseCable(stateCable('OWEN', 'NOTE BY OC/T: POUCHED AMCONSUL MARACAIBO, AMCONSUL', 'GUAYAQUIL.', 'BT'));
    expect(c.signer).toBe('OWEN');
    expect(c.paragraphs.at(-1)?.text).toBe(LAST);
  });

  it('keeps a NOTE block of the text, and text after the note, as text (guard)', () => {
    // The body's own note: a `NOTE:` block before the signer.
    const noted = parseCable(stateCable('', '3. NOTE: THE VISIT WAS POSTPONED ONCE.', 'OWEN'));
    expect(noted.signer).toBe('OWEN');
    expect(noted.notes).toEqual(['THE VISIT WAS POSTPONED ONCE.']);
    // A paragraph after the note line: the note is not the body's end.
    const after = parseCable(stateCable('', 'NOTE BY OC/T: POUCHED AMCONSUL MARACAIBO.', '3. POSTS MAY DRAW ON THIS.'));
    expect(after.paragraphs.map((p) => p.text).join(' ')).toContain('NOTE BY OC/T');
    expect(after.paragraphs.at(-1)?.text).toBe('POSTS MAY DRAW ON THIS.');
    // A sentence that wraps onto `NOT PASSED ...`, without a signer standing apart, is text.
    const sentence = parseCable(stateCable('', '3. THE MESSAGE OF THE MINISTER WAS', 'NOT PASSED TO THE PRESS.'));
    expect(sentence.paragraphs.at(-1)?.text).toBe('THE MESSAGE OF THE MINISTER WAS NOT PASSED TO THE PRESS.');
  });

  it('leaves a NOTE BY OC/T line before the text as it is (guard)', () => {
    const text = [
      'R 031200Z MAR 78', 'FM SECSTATE WASHDC', 'TO AMEMBASSY LIMA', 'BT', 'UNCLAS STATE 051234', '', 'E.O. 11652: N/A', 'TAGS: SHUM, PE',
      'SUBJ: REPORTING ON VISITS', '', 'NOTE BY OC/T: NOT PASSED AMEMBASSY QUITO.', '', '1. EMBASSY SHOULD REPORT ON THE VISIT BY CABLE.', 'OWEN', '',
    ].join('\n');
    const c = parseCable(text);
    expect(c.signer).toBe('OWEN');
    expect(c.paragraphs.map((p) => p.text).join(' ')).toContain('NOTE BY OC/T: NOT PASSED AMEMBASSY QUITO.');
  });

  it('reads ~200 kB of note lines and a long unfinished note line in linear time', () => {
    const many = stateCable('OWEN', ...Array.from({ length: 8000 }, () => 'NOTE BY OC/T: POUCHED AMCONSUL X'));
    const long = stateCable('OWEN', `NOTE BY OC/T: ${'NOT PASSED '.repeat(20000)}`);
    const ms = msUnder(1000, () => {
      parseCable(many);
      expect(parseCable(long).signer).toBe('OWEN');
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('drafting office lines after the signer', () => {
  /** A 1986 post cable whose text ends with `tail` lines. */
  const postCable = (...tail: string[]) =>
    ['CONFIDENTIAL MOSCOW 15540', '', 'E.O. 12356: DECL: OADR', 'TAGS: PREL, UR, US', 'SUBJECT: MFA DEMARCHE', '', '1. DCM WAS CALLED IN SEPTEMBER 12.', '', '2. SEPTEL FOLLOWS.', ...tail, ''].join('\n');

  it('reads the signer above DRAFTED/CLEARED/APPROVED lines and leaves them out of the text', () => {
    const text = postCable('HARTMAN', 'DRAFTED: POL:RSMITH', 'CLEARED: DCM:RCOMBS', 'APPROVED: AMB:AAHARTMAN', 'BT');
    const c = parseCable(text);
    expect(c.signer).toBe('HARTMAN');
    expect(c.paragraphs.at(-1)?.text).toBe('SEPTEL FOLLOWS.');
    for (const word of ['DRAFTED', 'CLEARED', 'APPROVED']) {
      const at = text.indexOf(word);
      expect(c.spans.transmission.some((s) => s.start <= at && s.end > at), word).toBe(true);
    }
    expect(c.unparsed).toEqual([]);
  });

  it('reads State\'s DRAFTED BY and APPROVED BY lines without a colon, and the clearances under them (era red team 223)', () => {
    const text = postCable('SHULTZ', 'DRAFTED BY EUR/SOV:RMILES:LB', 'APPROVED BY EUR:TWSIMONS', 'EUR/SOV:MRPARRIS', 'S/S-O:KSMITH');
    const c = parseCable(text);
    expect(c.signer).toBe('SHULTZ');
    expect(c.paragraphs.at(-1)?.text).toBe('SEPTEL FOLLOWS.');
    expect(c.unparsed).toEqual([]);
    // A sentence opening with APPROVED BY is text.
    expect(parseCable(postCable('APPROVED BY THE CABINET ON MONDAY.', '', 'SHULTZ')).paragraphs.at(-1)?.text).toContain('APPROVED BY THE CABINET');
  });

  it('reads them in mixed case, as later cables write them (era red team 13)', () => {
    const text = postCable('POWELL', '', 'Drafted: PRM/ANE:JDoe', 'Cleared: NEA/NGA:RSmith; USAID/DCHA:MLee', 'Approved by: PRM:AKDewey', 'BT');
    const c = parseCable(text);
    expect(c.signer).toBe('POWELL');
    expect(c.paragraphs.at(-1)?.text).toBe('SEPTEL FOLLOWS.');
    expect(c.unparsed).toEqual([]);
  });

  it('leaves out a drafting block standing right above the signer (era red team 276, session 26)', () => {
    const block = ['Drafted by: EAP/CM:EWolfe', 'Cleared by: D:KHayes; EAP:TChristensen', 'Approved by: D:RZoellick'];
    for (const tail of [['', ...block, '', 'RICE'], ['', ...block, 'RICE'], ['', ...block, '', 'William J. Burns', 'Ambassador']]) {
      const c = parseCable(postCable(...tail));
      expect(c.signer, tail.join('|')).toBe(tail.includes('RICE') ? 'RICE' : 'William J. Burns');
      expect(c.paragraphs.at(-1)?.text, tail.join('|')).toBe('SEPTEL FOLLOWS.');
      expect(c.unparsed).toEqual([]);
    }
  });

  it('guard: a paragraph whose own lines run on into `Cleared by:` keeps them as text', () => {
    const c = parseCable(postCable('3. THE LIST WAS', 'Cleared by: the minister on Monday.', '', 'RICE'));
    expect(c.paragraphs.at(-1)?.text).toContain('Cleared by: the minister');
  });

  it('reads them after a blank line, with BY, and with CLEARANCE', () => {
    for (const tail of [
      ['HARTMAN', '', 'DRAFTED BY: POL:RSMITH', 'APPROVED BY: AMB:AAHARTMAN'],
      ['HARTMAN', 'CLEARANCE: NONE'],
      // In parentheses, as later cables close (era red team 144).
      ['HARTMAN', '', '(DRAFTED BY: POL:RSMITH)'],
      ['HARTMAN', '(Drafted by: POL: A. Reinholds)'],
    ]) {
      const c = parseCable(postCable(...tail));
      expect(c.signer, tail.join(' / ')).toBe('HARTMAN');
      expect(c.paragraphs.at(-1)?.text, tail.join(' / ')).toBe('SEPTEL FOLLOWS.');
    }
  });

  it('reads them under the signer\'s title line too (era red team 151)', () => {
    const c = parseCable(postCable('', 'DEUTSCH', "CHARGE D'AFFAIRES, A.I.", '', '(DRAFTED BY: POL:JKELLER; CLEARED: DCM:RDEUTSCH,', 'POL:MSMITH; APPROVED: CDA:RDEUTSCH)'));
    expect(c.signer).toBe('DEUTSCH');
    expect(c.paragraphs.at(-1)?.text).toBe('SEPTEL FOLLOWS.');
  });

  it('leaves DECL: OADR and MINIMIZE CONSIDERED under the name out of the text, an E.O. line above or not (era red team 151)', () => {
    for (const tail of [
      ['HARTMAN', 'DECL: OADR', 'BT'],
      ['HARTMAN', 'MINIMIZE CONSIDERED.', 'BT'],
    ]) {
      const c = parseCable(postCable(...tail));
      expect(c.signer, tail.join(' / ')).toBe('HARTMAN');
      expect(c.paragraphs.at(-1)?.text, tail.join(' / ')).toBe('SEPTEL FOLLOWS.');
      expect(c.executiveOrder?.text, tail.join(' / ')).toBe('E.O. 12356: DECL: OADR');
    }
  });

  it('reads the signer with BT glued to its line, and over BT joined to the message number (era red team 155)', () => {
    for (const tail of [
      ['RUSK BT', '#4210', 'NNNN'],
      ['HARTMAN', 'BT #6021 NNNN'],
      ['HARTMAN', 'BT #6021'],
      ['HARTMAN BT #6021 NNNN'],
    ]) {
      const c = parseCable(postCable(...tail));
      const name = (tail[0] ?? '').split(' ')[0];
      expect(c.signer, tail.join(' / ')).toBe(name);
      expect(c.paragraphs.at(-1)?.text, tail.join(' / ')).toBe('SEPTEL FOLLOWS.');
    }
  });

  it('keeps a drafting line under text that no signer ends as text (guard)', () => {
    // `APPROVED:` after a sentence that goes on, no name standing apart: the paragraph's text.
    const c = parseCable(postCable('THE MINISTRY LISTED WHAT WAS', 'APPROVED: TWO VISITS AND A LOAN'));
    expect(c.paragraphs.at(-1)?.text).toContain('APPROVED: TWO VISITS AND A LOAN');
  });
});

describe('a signed-for line above the signer', () => {
  /** A cable whose body ends with `tail` lines. */
  const cable = (...tail: string[]): string =>
    ['UNCLAS DJIBOUTI 001190', '', 'E.O. 12958: N/A', 'TAGS: PREL, DJ', 'SUBJECT: PORT VISIT', '', '1. (U) The minister raised the port fees.', '', ...tail, ''].join('\n');

  it('keeps FOR THE AMBASSADOR: out of the last paragraph after a blank line', () => {
    const text = cable('2. (U) Septel follows.', '', 'FOR THE AMBASSADOR:', 'SMITH');
    const c = parseCable(text);
    expect(c.signer).toBe('SMITH');
    expect(c.paragraphs.at(-1)?.text).toBe('Septel follows.');
    expect(c.unparsed).toEqual([]);
  });

  it('keeps it out right under the last sentence, and the other titles, with or without a colon, in any case', () => {
    for (const line of ['FOR THE AMBASSADOR:', 'FOR THE SECRETARY', 'For the Charge:', "FOR THE CHARGE D'AFFAIRES, A.I.:", 'FOR THE DEPUTY CHIEF OF MISSION', '  For the Ambassador', `${' '.repeat(30)}FOR THE AMBASSADOR:`, `${' '.repeat(50)}FOR THE AMBASSADOR:`]) {
      const c = parseCable(cable('2. (U) The Mission will report further.', line, 'SCOTT'));
      expect(c.signer, line).toBe('SCOTT');
      expect(c.paragraphs.at(-1)?.text, line).toBe('The Mission will report further.');
      expect(c.unparsed, line).toEqual([]);
    }
  });

  it('keeps a contact block under the signer out of the text (era red team 121)', () => {
    const tail = ['KOSTER', '', 'Point of contact:', 'Gudrun Hallgrimsdottir, Political Specialist', 'Tel. 354-562-9100', 'hallgrimsdottirg@state.gov'];
    const c = parseCable(cable('2. (U) Septel follows.', '', ...tail));
    expect(c.signer).toBe('KOSTER');
    expect(c.paragraphs.map((p) => p.text)).toEqual(['The minister raised the port fees.', 'Septel follows.']);
    const poc = parseCable(cable('2. (U) Septel follows.', '', 'CLINTON', '', 'POC: Econoff John Q. Adams, AdamsJQ@state.gov'));
    expect(poc.signer).toBe('CLINTON');
    // (Guard: a quoted statement's name and contact line, a blank line, then the real signer: text (era red team 124).)
    const quoted = parseCable(cable('2. (U) The ministry said the talks would go on.', 'Grigol Vashadze', 'Contact: MFA Press and Information Department, 995-32-294-5000', '', 'BASS'));
    expect(quoted.signer).toBe('BASS');
    expect(quoted.paragraphs.at(-1)?.text).toContain('Contact: MFA Press');
    // (Guard: a contact caption inside the last paragraph, no name over it, stays text.)
    const text = parseCable(cable('2. (U) Septel follows.', '', 'Point of contact:', 'John Q. Adams', 'AdamsJQ@state.gov'));
    expect(text.paragraphs.at(-1)?.text).toContain('Point of contact:');
  });

  it('keeps it out above a name with a title under it', () => {
    const c = parseCable(cable('2. (U) Septel follows.', '', 'FOR THE AMBASSADOR:', 'SMITH', "CHARGE D'AFFAIRES"));
    expect(c.signer).toBe('SMITH');
    expect(c.paragraphs.at(-1)?.text).toBe('Septel follows.');
  });

  it('keeps a sentence ending with for the ambassador, and a heading at the start, as text (guard)', () => {
    // A wrapped sentence whose last line reads like the signed-for line.
    const wrapped = parseCable(cable('2. (U) The Embassy prepared a briefing book', 'for the Ambassador.', 'SMITH'));
    expect(wrapped.paragraphs.at(-1)?.text).toBe('The Embassy prepared a briefing book for the Ambassador.');
    const capital = parseCable(cable('2. (U) The Embassy prepared a briefing book', 'For the Ambassador.', 'SMITH'));
    expect(capital.paragraphs.at(-1)?.text).toBe('The Embassy prepared a briefing book For the Ambassador.');
    // A longer line is no signed-for line.
    const longer = parseCable(cable('2. (U) Septel follows.', '', 'FOR THE SECRETARY FROM THE AMBASSADOR', 'SMITH'));
    expect(longer.paragraphs.map((p) => p.text).join(' ')).toContain('FOR THE SECRETARY FROM THE AMBASSADOR');
    // The heading at the start of the body stays where it is.
    const heading = parseCable(['UNCLAS NEW DELHI 004721', '', 'FOR THE SECRETARY FROM THE AMBASSADOR', '', 'E.O. 12958: N/A', 'TAGS: PREL, IN', 'SUBJECT: VISIT', '', '1. (U) Welcome to India.', 'MULFORD', ''].join('\n'));
    expect(heading.signer).toBe('MULFORD');
    expect(heading.paragraphs.at(-1)?.text).toBe('Welcome to India.');
  });

  it('reads ~200 kB of signed-for and blank lines in linear time', () => {
    const many = cable(...Array.from({ length: 10000 }, (_, k) => (k % 2 === 0 ? 'FOR THE AMBASSADOR:' : '')), 'SMITH');
    const blanks = cable('FOR THE AMBASSADOR:', ...Array.from({ length: 100000 }, () => ' '), 'SMITH');
    const long = cable(`FOR THE ${' '.repeat(100000)}AMBASSADOR:`, 'SMITH');
    const ms = msUnder(1000, () => {
      expect(parseCable(many).signer).toBe('SMITH');
      parseCable(blanks);
      parseCable(long);
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('titles after the signer (era red team 5)', () => {
  const cable = (...tail: string[]): string => ['UNCLAS BISHKEK 000270', '', 'E.O. 12958: N/A', 'TAGS: ECON, KG', 'SUBJECT: TEST', '', '1. (U) Text.', '', ...tail, ''].join('\n');

  it("reads the name over CHARGE D'AFFAIRES, A.I. and before (ACTING)", () => {
    for (const tail of [['MILLER', "CHARGE D'AFFAIRES, A.I."], ['MILLER', "CHARGE D'AFFAIRES A.I."], ['LEBARON (ACTING)'], ['LEBARON, ACTING']]) {
      const c = parseCable(cable(...tail));
      expect(c.signer, tail.join(' / ')).toBe(tail[0]?.split(/[ ,]/)[0]);
      expect(c.paragraphs.at(-1)?.text, tail.join(' / ')).toBe('Text.');
    }
  });

  it('keeps a name with other words in parentheses out (guard)', () => {
    expect(parseCable(cable('LEBARON (SEE REFTEL)')).signer).toBeNull();
  });

  it("reads the name over a Charge d'Affaires ad interim, in mixed case and in capitals (era red team 223)", () => {
    for (const tail of [['Walters', "Charge d'Affaires ad interim"], ['WALTERS', "CHARGE D'AFFAIRES AD INTERIM"], ['Walters', "Chargé d'Affaires, a.i."]]) {
      const c = parseCable(cable(...tail));
      expect(c.signer, tail.join(' / ')).toBe(tail[0]);
      expect(c.paragraphs.at(-1)?.text, tail.join(' / ')).toBe('Text.');
    }
  });
});

describe('the end of a repeat and an older State drafting block (era red team 9)', () => {
  const cable = (...tail: string[]): string =>
    ['R 052215Z MAR 68', 'FM SECSTATE WASHDC', 'TO AMEMBASSY BONN', 'BT', 'CONFIDENTIAL STATE 125588', '', 'SUBJECT: BERLIN ACCESS', '', 'A. DEPARTMENT AGREES WITH EMBASSY.', '', ...tail, ''].join('\n');

  it('reads the signer after the repeated cable\'s signer and UNQUOTE on one line', () => {
    const c = parseCable(cable('HILLENBRAND UNQUOTE KISSINGER', 'BT'));
    expect(c.signer).toBe('KISSINGER');
    expect(c.paragraphs.at(-1)?.text).toBe('DEPARTMENT AGREES WITH EMBASSY.\n\nHILLENBRAND UNQUOTE');
  });

  it('reads the signer over a drafting block with wrapped lines, a GP-3 line above it', () => {
    const c = parseCable(cable('GP-3', 'RUSK', '', 'DRAFTED BY: EUR/GER:JSSUTTERLIN:MM', '3/4/68 EXT 5137', 'APPROVED BY: EUR - MR. LEDDY', 'CLEARANCES: DOD/ISA - COL. HARRIS', 'G/PM - MR. GARTHOFF', 'BT'));
    expect(c.signer).toBe('RUSK');
    expect(c.paragraphs.map((p) => p.text).join(' ')).not.toContain('DRAFTED');
  });

  it("takes a cited serial of the cable's own post below its own serial as of the same year", () => {
    const c = parseCable(cable('RUSK').replace('SUBJECT: BERLIN ACCESS', 'SUBJECT: BERLIN ACCESS\n\nREF: A. BONN 9907; B. STATE 118240'));
    expect(c.references.map((r) => r.referenceId)).toEqual(['68BONN9907', '68STATE118240']);
  });
});

describe('mission and delegation titles alone after the signer (era red team 10)', () => {
  const cable = (...tail: string[]): string => ['CONFIDENTIAL USUN NEW YORK 01234', '', 'E.O. 12356: DECL: OADR', 'TAGS: PREL, UNSC', 'SUBJECT: TEST', '', '1. (C) TEXT OF THE REPORT.', ...tail, ''].join('\n');

  it('reads the name over any title of those words, and over (ACTING)', () => {
    for (const title of ['HEAD OF DELEGATION', 'DEPUTY PERMANENT REPRESENTATIVE', 'AMBASSADOR AND PERMANENT REPRESENTATIVE', 'CHARGE A.I.', 'AMBASSADOR-DESIGNATE', 'PERMREP', '(ACTING)']) {
      const c = parseCable(cable('WALTERS', title));
      expect(c.signer, title).toBe('WALTERS');
      expect(c.paragraphs.at(-1)?.text, title).toBe('TEXT OF THE REPORT.');
    }
  });

  it('keeps a line of other words after the name as it was (guard)', () => {
    expect(parseCable(cable('WALTERS', 'HEAD OF PROTOCOL TRAINING')).signer).not.toBe('WALTERS');
  });
});

describe('accented capitals in a signer (era red team 11)', () => {
  it('reads MUÑOZ, NÚÑEZ and GARZÓN as signers', () => {
    for (const name of ['MUÑOZ', 'NÚÑEZ', 'GARZÓN', 'PEÑA']) {
      const c = parseCable(['UNCLAS BOGOTA 000123', '', 'E.O. 12958: N/A', 'TAGS: PREL, CO', 'SUBJECT: TEST', '', '1. (U) Text.', '', name, ''].join('\n'));
      expect(c.signer, name).toBe(name);
      expect(c.paragraphs.at(-1)?.text, name).toBe('Text.');
    }
  });
});

describe('four-word signers (era red team 11 leftover)', () => {
  const ending = (name: string): string =>
    ['UNCLAS MEXICO 001234', '', 'E.O. 12958: N/A', 'TAGS: PREL, MX', 'SUBJECT: TEST', '', '1. (U) Text.', '', name, ''].join('\n');

  it('reads four name words when one is a particle (GARCIA DE LA TORRE)', () => {
    for (const name of ['GARCIA DE LA TORRE', 'VAN DER LINDEN BOS']) {
      const c = parseCable(ending(name));
      expect(c.signer, name).toBe(name);
      expect(c.paragraphs.at(-1)?.text, name).toBe('Text.');
    }
  });

  it('does not read four upper-case words without a particle as a signer', () => {
    const c = parseCable(ending('SMITH JONES BROWN WHITE'));
    expect(c.signer).toBeNull();
  });
});

describe('a "signed for" line without colon over a name and its title (era red team 13)', () => {
  it('reads FOR THE AMBASSADOR / VAN VOORST / DEPUTY CHIEF OF MISSION', () => {
    const text = ['CONFIDENTIAL THE HAGUE 01234', '', 'E.O. 12356: DECL: OADR', 'TAGS: PREL, NL', 'SUBJECT: TEST', '', '1. THE EMBASSY WILL REPORT BY', 'IMMEDIATE CABLE.', '', 'FOR THE AMBASSADOR', 'VAN VOORST', 'DEPUTY CHIEF OF MISSION', 'BT'].join('\n');
    const c = parseCable(text);
    expect(c.signer).toBe('VAN VOORST');
    expect(c.paragraphs.map((p) => p.text)).toEqual(['THE EMBASSY WILL REPORT BY IMMEDIATE CABLE.']);
  });

  it('keeps a name under a line that runs on as text (guard)', () => {
    const text = ['CONFIDENTIAL THE HAGUE 01234', '', 'E.O. 12356: DECL: OADR', 'TAGS: PREL, NL', 'SUBJECT: TEST', '', '1. THE MINISTER WILL SEE THE', 'VAN VOORST', 'DEPUTY CHIEF OF MISSION', 'BT'].join('\n');
    expect(parseCable(text).signer).toBeNull();
  });
});

describe('an embassy trailer ending a copy without signer (era red team 13)', () => {
  const cable = (...tail: string[]): string =>
    ['UNCLAS KUWAIT 000123', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: ECON, KU', 'SUBJECT: RATES', '', '1. (U) The bank met.', '', '2. (U) The Governor said the bank would act again if', 'interbank rates kept rising.', '', ...tail].join('\n');

  it('is transmission, not the last paragraph\'s text', () => {
    const text = cable('**********************************************', "Visit Kuwait's Classified Website:", 'http://www.state.sgov.gov/p/nea/kuwait/', '**********************************************');
    const c = parseCable(text);
    expect(c.signer).toBeNull();
    expect(c.paragraphs.at(-1)?.text).toBe('The Governor said the bank would act again if interbank rates kept rising.');
    expect(c.unparsed).toEqual([]);
    const at = text.indexOf('Visit');
    expect(c.spans.transmission.some((s) => s.start <= at && s.end > at)).toBe(true);
  });

  it('stays the text of a numbered paragraph that is the trailer (guard)', () => {
    const c = parseCable(cable("3. (U) Visit Kuwait's Classified Website: http://www.state.sgov.gov/p/nea/kuwait/"));
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2', '3']);
  });
});

describe('a signature before the annexes (era red team 74)', () => {
  const demarche = (...end: string[]): string =>
    ['UNCLAS STATE 045122', '', 'E.O. 12958: N/A', 'TAGS: PREL, NATO, AF', 'SUBJECT: ISAF FORCE GENERATION DEMARCHE', '', '1. (U) Posts should deliver the points at Tab 1.', '', '2. (U) Department thanks posts for their assistance.', '', ...end].join('\n');

  it('finds the name before an annex title, and keeps the annex as text', () => {
    const c = parseCable(demarche('RICE', '', 'Tab 1: Talking points', '', '-- Success in Afghanistan is the top priority.', '', 'End annex.'));
    expect(c.signer).toBe('RICE');
    expect(c.diagnostics.some((d) => d.code === 'SIGNER_MISSING')).toBe(false);
    expect(c.paragraphs.map((p) => p.heading)).toEqual([null, null]);
    expect(c.paragraphs.every((p) => !p.text.includes('RICE'))).toBe(true);
    expect(c.body).toContain('-- Success in Afghanistan is the top priority.');
    expect(c.body).not.toContain('RICE');
    expect(c.unparsed).toEqual([]);
    const annexes = parseCable(demarche('GRAY', '', 'ANNEX I: AGREED CONCLUSIONS', '', 'The Council welcomes the report.', '', 'ANNEX II: PRESIDENCY STATEMENT', '', 'The Presidency notes the progress.'));
    expect(annexes.signer).toBe('GRAY');
    expect(annexes.body).toContain('The Presidency notes the progress.');
  });

  it('finds the name before an annex title boxed by rules (era red team 223)', () => {
    const c = parseCable(demarche('CLINTON', '', '-------------------------------------------', 'Annex A: Points for host government officials', '-------------------------------------------', '', '-- We seek your support.'));
    expect(c.signer).toBe('CLINTON');
    expect(c.paragraphs.every((p) => !p.text.includes('CLINTON'))).toBe(true);
    expect(c.body).toContain('-- We seek your support.');
  });

  it('does not take the last words of a sentence before an annex, nor look past a signer that ends the text (guard)', () => {
    const sentence = parseCable(demarche('3. (U) The points follow at', '', 'Tab 1: Talking points', '', '-- Success in Afghanistan is the top priority.'));
    expect(sentence.signer).toBeNull();
    const ended = parseCable(demarche('RICE', '', 'Tab 1: Talking points', '', '-- Success in Afghanistan is the top priority.', '', 'CLINTON'));
    expect(ended.signer).toBe('CLINTON');
  });
});

describe('signatures of era red team 193: the name on the "signed for" line, and a post line under the title', () => {
  const cable = (...end: string[]): string => [...completeCopy('UNCLAS ROME 001234'), '', ...end].join('\n');

  it('reads the name after `FOR THE AMBASSADOR:` on the same line, the whole line the signature', () => {
    const c = parseCable(cable('FOR THE AMBASSADOR: PELLETIER'));
    expect(c.signer).toBe('PELLETIER');
    expect(c.paragraphs[1]?.text).toBe('The police have promised a full investigation.');
  });

  it('reads the name over a title line and a post line', () => {
    const c = parseCable(cable('Harlan D. Whitcombe', 'Ambassador', 'Embassy Kabul'));
    expect(c.signer).toBe('Harlan D. Whitcombe');
    expect(c.paragraphs[1]?.text).toBe('The police have promised a full investigation.');
  });

  it('reads two signers glued after the last sentence in capitals: `... SEPTEL. HADLEY AND VOSS`, `HADLEY/VOSS`', () => {
    const caps = (tail: string): string => ['UNCLAS MOSCOW 001234', '', 'E.O. 12356: N/A', 'TAGS: ECON, RS', 'SUBJECT: PRIVATIZATION', '', `3. WE WILL REPORT THE MARCH RESULTS SEPTEL. ${tail}`, 'BT', '#3341', 'NNNN'].join('\n');
    expect(parseCable(caps('HADLEY AND VOSS')).signer).toBe('HADLEY AND VOSS');
    expect(parseCable(caps('HADLEY/VOSS')).signer).toBe('HADLEY/VOSS');
    expect(parseCable(caps('HADLEY AND VOSS')).paragraphs[0]?.text).toBe('WE WILL REPORT THE MARCH RESULTS SEPTEL.');
    // (Not three names without `AND`: a sentence's start cut there.)
    expect(parseCable(caps('HADLEY VOSS SMITH')).signer).toBeNull();
  });

  it('reads a mixed-case full name with a hyphenated surname, and a 1970s repeat closed by `NAME UNQTE NAME` (era red team 194)', () => {
    expect(parseCable(cable('For the Ambassador:', 'Dana L. Whitford-Hale')).signer).toBe('Dana L. Whitford-Hale');
    expect(parseCable(cable('Dana Whitford-Hale')).signer).toBe('Dana Whitford-Hale');
    expect(parseCable(cable('HELMS UNQTE RUSH')).signer).toBe('RUSH');
  });

  it('reads a name with an acting officer\'s slashed title after a comma: `KOVALENKO-BRIGGS, A/DCM`', () => {
    expect(parseCable(cable('KOVALENKO-BRIGGS, A/DCM')).signer).toBe('KOVALENKO-BRIGGS');
    expect(parseCable(cable('KOVALENKO-BRIGGS', 'A/DCM')).signer).toBe('KOVALENKO-BRIGGS');
  });

  it('guard: a sentence naming the post on the last line, and `FOR THE AMBASSADOR` running into a sentence, sign nothing', () => {
    expect(parseCable(cable('The team will travel with', 'Embassy Kabul')).signer).toBeNull();
    expect(parseCable(cable('FOR THE AMBASSADOR: THE TEAM WILL REPORT.')).signer).toBeNull();
  });
});

describe('a middle section kept alone, cut after a sentence (era red team 189)', () => {
  const section = (n: number, total: number): string =>
    [`C O N F I D E N T I A L SECTION 0${n} OF 0${total} USUN NEW YORK 001234`, '', 'E.O. 12958: DECL: 1.6X1', 'TAGS: PREL, IZ', 'SUBJECT: UNSCOM ACCESS', '', '7. (C) THE COUNCIL WARNED AGAINST ANY', 'ACTION THAT COULD BE SEEN AS A THREAT OF FORCE. IRAQI AMBASSADOR', ''].join('\n');

  it('has no signer: the capitals after its last sentence are the next sentence\'s start', () => {
    const c = parseCable(section(3, 6));
    expect(c.signer).toBeNull();
    expect(c.paragraphs[0]?.text.endsWith('THREAT OF FORCE. IRAQI AMBASSADOR')).toBe(true);
  });

  it('has no signer in a participants list ending it either: a name over a title and a post (era red team 194)', () => {
    const text = ['C O N F I D E N T I A L SECTION 02 OF 03 KABUL 001234', '', 'E.O. 12958: DECL: 1.4', 'TAGS: PREL, AF', 'SUBJECT: MEETING', '', '6. (C) Participants:', '', 'Karl W. Eikenberry', 'Ambassador', 'Embassy Kabul', ''].join('\n');
    const c = parseCable(text);
    expect(c.signer).toBeNull();
    expect(c.paragraphs[0]?.text).toContain('Karl W. Eikenberry');
    // (A text holding a later section's banner is no middle section alone: its signer stays.)
    expect(parseCable(text.replace('Karl W. Eikenberry', 'Text.\n\nC O N F I D E N T I A L SECTION 03 OF 03 KABUL 001234\n\nKarl W. Eikenberry')).signer).toBe('Karl W. Eikenberry');
  });

  it('guard: the last section, or a first section (a page showing the whole cable), still signs so', () => {
    expect(parseCable(section(6, 6)).signer).toBe('IRAQI AMBASSADOR');
    expect(parseCable(section(1, 6)).signer).toBe('IRAQI AMBASSADOR');
  });
});

describe('signature blocks of era red team 256 (session 25): captions, suffixes, page markers and trailers around the name', () => {
  const cable = (...end: string[]): string =>
    ['UNCLAS SECTION 01 OF 02 LOME 000291', '', 'SENSITIVE', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: ECON, TO', 'SUBJECT: RICE PRICES', '', '1. (SBU) Prices rose again.', '', '2. (SBU) Comment: Traders expect more protests.  End Comment.', '', ...end, ''].join('\n');
  const last = (text: string): string => parseCable(text).paragraphs.at(-1)?.text ?? '';

  it('reads a mixed-case name under a "signed for" caption without its colon', () => {
    const c = parseCable(cable('FOR THE AMBASSADOR', 'Laura Brennan'));
    expect(c.signer).toBe('Laura Brennan');
    expect(last(cable('FOR THE AMBASSADOR', 'Laura Brennan'))).toBe('Comment: Traders expect more protests. End Comment.');
  });

  it('reads a suffixed full name (`Kevin M. Covert, Jr.`) over a title line', () => {
    const text = cable('FOR THE AMBASSADOR:', 'Kevin M. Covert, Jr.', 'Acting Deputy Chief of Mission');
    expect(parseCable(text).signer).toBe('Kevin M. Covert, Jr.');
    expect(last(text)).toBe('Comment: Traders expect more protests. End Comment.');
  });

  it('reads the name over its title when a page marker and blank lines stand between them', () => {
    const text = cable('Jessica Palmer', '', 'LOME 00000291  002.2 OF 002', '', '', 'Consul General');
    expect(parseCable(text).signer).toBe('Jessica Palmer');
    expect(last(text)).toBe('Comment: Traders expect more protests. End Comment.');
  });

  it('guard: two blank lines and no page marker keep a name from a title line below', () => {
    expect(parseCable(cable('Jessica Palmer', '', '', 'Consul General')).signer).not.toBe('Jessica Palmer');
  });

  it('keeps an embassy trailer before a "signed for" caption out of the last paragraph', () => {
    const text = cable("Visit Lome's Classified Website:", 'http://www.state.sgov.gov/p/af/lome', '', 'FOR THE AMBASSADOR:', 'Covington');
    expect(parseCable(text).signer).toBe('Covington');
    expect(last(text)).toBe('Comment: Traders expect more protests. End Comment.');
  });

  it('reads a name and title line followed by the embassy trailer', () => {
    const text = cable('Brandvold', "Charge d'Affaires, a.i.", '', "Visit Lome's Classified Website:", 'http://www.state.sgov.gov/p/af/lome');
    expect(parseCable(text).signer).toBe('Brandvold');
    expect(last(text)).toBe('Comment: Traders expect more protests. End Comment.');
  });

  it('reads a signer followed by the embassy trailer and then the drafting lines', () => {
    const text = cable('HARWELL', '', "Visit Lome's Classified Website:", 'http://www.state.sgov.gov/p/af/lome', '', 'Drafted by: POL:RMcBride', 'Cleared: DCM:SLopez, ECON:JKline');
    const c = parseCable(text);
    expect(c.signer).toBe('HARWELL');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(last(text)).toBe('Comment: Traders expect more protests. End Comment.');
  });

  it('guard: a trailer and drafting lines after a sentence, with no name, sign nothing', () => {
    const c = parseCable(cable("Visit Lome's Classified Website:", 'http://www.state.sgov.gov/p/af/lome', '', 'Drafted by: POL:RMcBride'));
    expect(c.signer).toBeNull();
  });
});

describe("USAID heads' titles under the signer's name (era red team 269, session 25)", () => {
  const cable = (...end: string[]): string =>
    ['UNCLAS TEGUCIGALPA 004321', '', 'AIDAC', '', 'E.O. 12958: N/A', 'TAGS: EAID, HO', 'SUBJECT: DISASTER DECLARATION', '', '1. THE AMBASSADOR DECLARED A DISASTER.', '', '2. OFDA FUNDS ARE REQUESTED.', '', ...end, ''].join('\n');

  it('reads the name over `DIRECTOR, USAID/HONDURAS`, `AID AFFAIRS OFFICER` and `USAID Mission Director`', () => {
    for (const [name, title] of [
      ['ELENA M. BRANDT', 'DIRECTOR, USAID/HONDURAS'],
      ['R. KEITH DUNN', 'AID AFFAIRS OFFICER'],
      ['Rebecca J. Ortiz', 'USAID Mission Director'],
    ] as const) {
      const c = parseCable(cable('FOR THE AMBASSADOR:', name, title));
      expect(c.signer).toBe(name);
      expect(c.paragraphs.at(-1)?.text).toBe('OFDA FUNDS ARE REQUESTED.');
    }
  });

  it("reads a Consul General's name over the title and `American Consulate General Guangzhou`", () => {
    const c = parseCable(cable('Robert M. Hale', 'Consul General', 'American Consulate General Guangzhou'));
    expect(c.signer).toBe('Robert M. Hale');
    expect(c.paragraphs.at(-1)?.text).toBe('OFDA FUNDS ARE REQUESTED.');
  });

  it('guard: an office path of another agency is no title line', () => {
    expect(parseCable(cable('FOR THE AMBASSADOR:', 'ELENA M. BRANDT', 'DIRECTOR, OPIC/HONDURAS')).signer).not.toBe('ELENA M. BRANDT');
  });
});

describe("delegations' heads' titles under the signer's name (era red team 266, session 25)", () => {
  const cable = (...end: string[]): string =>
    ['CONFIDENTIAL MADRID 01234', '', 'E.O. 12356: DECL: OADR', 'TAGS: PREL, CSCE', 'SUBJECT: PLENARY', '', '1. THE PLENARY MET.', '', '2. THE DELEGATION WILL REPORT.', '', ...end, ''].join('\n');

  it('reads the name over `HEAD OF U.S. DELEGATION`, `CHAIRMAN, U.S. DELEGATION`, `CHIEF NEGOTIATOR` and `AMBASSADOR-AT-LARGE`', () => {
    for (const title of ['HEAD OF U.S. DELEGATION', 'CHAIRMAN, U.S. DELEGATION', 'CHAIRMAN', 'CHIEF NEGOTIATOR', 'AMBASSADOR-AT-LARGE']) {
      const c = parseCable(cable('HALSTEAD', title));
      expect(c.signer).toBe('HALSTEAD');
      expect(c.paragraphs.at(-1)?.text).toBe('THE DELEGATION WILL REPORT.');
    }
  });
});

describe('a drafter line under the signature in mixed case, with its office or without a colon (era red team 369, session 27)', () => {
  const text = (...end: string[]): string => ['UNCLASSIFIED STATE 012345', '', 'SUBJECT: TEST', '', '1. The talks went well.', '', '2. (C) Comment: It was fine. End Comment.', '', ...end].join('\n');

  it('reads the signer above it and leaves the line out of the text', () => {
    for (const end of [['CORLISS', '(Drafted by POL: KTNdiaye; cleared by DCM)'], ['FOR THE AMBASSADOR:', 'KAREN L. MATHESON', '', 'Drafted by EconOff PBUrlacher; cleared by DCM']]) {
      const c = parseCable(text(...end));
      expect(c.signer, end.join(' / ')).toBe(end.at(-1)?.startsWith('(') ? 'CORLISS' : 'KAREN L. MATHESON');
      expect(c.paragraphs.map((p) => p.text)).toEqual(['The talks went well.', 'Comment: It was fine. End Comment.']);
    }
  });

  it('guard: a sentence that opens with `Drafted by` in the text stays text', () => {
    const c = parseCable(text('3. (U) Drafted by the committee, the law passed in May.', '', 'SMITH'));
    expect(c.paragraphs.at(-1)?.text).toBe('Drafted by the committee, the law passed in May.');
  });
});

describe('the end of a copy cut inside a list or a sentence is no signature (era red teams 380, 381, session 28)', () => {
  const body = (...tail: string[]): string =>
    ['CONFIDENTIAL LAGOS 04410', '', 'E.O. 12356: DECL: OADR', 'TAGS: PREL, NI', 'SUBJECT: TEST', '', '1. (C) TEXT.', '', ...tail].join('\n');

  it('an addressee ending a list', () => {
    const c = parseCable(body('2. (C) DEPARTMENT MAY WISH TO REPEAT THIS MESSAGE TO:', 'AMEMBASSY ACCRA', 'AMEMBASSY ABIDJAN', 'AMEMBASSY DAKAR'));
    expect(c.signer).toBeNull();
    expect(c.paragraphs.at(-1)?.text).toBe('DEPARTMENT MAY WISH TO REPEAT THIS MESSAGE TO: AMEMBASSY ACCRA AMEMBASSY ABIDJAN AMEMBASSY DAKAR');
    expect(c.diagnostics.map((d) => d.code)).toContain('SIGNER_MISSING');
  });

  it('a title with no name over it, ending a list of participants', () => {
    const c = parseCable(body('2. (C) THE TALKS:', 'NIGERIAN SIDE', 'FINANCE MINISTER', 'PERMANENT SECRETARY'));
    expect(c.signer).toBeNull();
    expect(c.paragraphs.at(-1)?.text).toBe('THE TALKS: NIGERIAN SIDE FINANCE MINISTER PERMANENT SECRETARY');
  });

  it('a name right under a sentence broken off after a comma', () => {
    const c = parseCable(body('2. (U) RADIO UGANDA ACCUSED KENYA OF JAMMING ITS', 'STATIONS. THE GOVERNMENT REJECTED THE CHARGE THROUGH ITS SPOKESMAN,', 'KAGOLE'));
    expect(c.signer).toBeNull();
    expect(c.paragraphs.at(-1)?.text).toBe('RADIO UGANDA ACCUSED KENYA OF JAMMING ITS STATIONS. THE GOVERNMENT REJECTED THE CHARGE THROUGH ITS SPOKESMAN, KAGOLE');
  });

  it("guard: a name over its title, and a name under a letter's closing or a short signed-for line, still sign", () => {
    expect(signerOf('2. THE TALKS WENT ON.', '', 'SMITH', 'AMBASSADOR')).toBe('SMITH');
    expect(signerOf('2. THE TALKS WENT ON.', '', 'WITH WARM PERSONAL REGARDS,', 'KISSINGER')).toBe('KISSINGER');
    expect(signerOf('2. THE TALKS WENT ON.', '', 'FOR THE AMBASSADOR,', 'JONES')).toBe('JONES');
  });
});

describe('signer names with particles, hyphens, `Mc` and `(Acting)` (era red team 388, session 28)', () => {
  const body = (...tail: string[]): string => ['UNCLAS QUITO 001234', '', 'E.O. 12958: N/A', 'TAGS: PREL, EC', 'SUBJECT: TEST', '', '1. (U) The minister met the delegation.  End Comment.', '', ...tail].join('\n');

  it('reads joint signatures with particles, in capitals and in mixed case', () => {
    expect(parseCable(body('DE LA TORRE AND McCORMICK', 'BT')).signer).toBe('DE LA TORRE AND McCORMICK');
    expect(parseCable(body('JONES AND DE LA TORRE')).signer).toBe('JONES AND DE LA TORRE');
    expect(parseCable(body('Whitman and de la Torre')).signer).toBe('Whitman and de la Torre');
    expect(parseCable(body('de la Torre/McCormick')).signer).toBe('de la Torre/McCormick');
  });

  it("reads a hyphenated surname ending in an O' name, and a mixed-case name before `(Acting)`", () => {
    expect(parseCable(body("Fitzgerald-O'Brien")).signer).toBe("Fitzgerald-O'Brien");
    const acting = parseCable(body('McCormick (Acting)'));
    expect(acting.signer).toBe('McCormick');
    expect(acting.paragraphs.at(-1)?.text).toBe('The minister met the delegation. End Comment.');
  });

  it('reads a name run onto the last sentence of a capitals line: `Mc`, `(ACTING)` after it', () => {
    const line = (end: string): string => ['UNCLAS LIMA 001234', '', 'SUBJECT: TEST', '', `1. THE NEW COMMITTEE CHAIRS TOOK OFFICE. END COMMENT. ${end}`].join('\n');
    const mc = parseCable(line('McCORMICK'));
    expect([mc.signer, mc.paragraphs[0]?.text]).toEqual(['McCORMICK', 'THE NEW COMMITTEE CHAIRS TOOK OFFICE. END COMMENT.']);
    const acting = parseCable(line("O'NEILL (ACTING)"));
    expect([acting.signer, acting.paragraphs[0]?.text]).toEqual(["O'NEILL", 'THE NEW COMMITTEE CHAIRS TOOK OFFICE. END COMMENT.']);
  });

  it('guard: five capitals words without a particle, or a title in brackets that is no title, sign nothing', () => {
    expect(parseCable(body('SMITH JONES BROWN AND GREEN')).signer).toBeNull();
    expect(parseCable(body('McCormick (Quito)')).signer).toBeNull();
  });
});

describe('a signer glued after the e-mail address ending the last contact line (era red team 398, session 28)', () => {
  it('reads the name after the address', () => {
    const c = parseCable(['UNCLAS ANKARA 001234', '', 'SUBJECT: CODEL VISIT', '', '5. CONTROL OFFICER IS POLOFF DAVID KEMP, OFFICE 90-312-455-5555,', 'CELL 90-532-555-0110, E-MAIL KEMPDR@STATE.GOV PEARSON'].join('\n'));
    expect(c.signer).toBe('PEARSON');
    expect(c.paragraphs[0]?.text).toBe('CONTROL OFFICER IS POLOFF DAVID KEMP, OFFICE 90-312-455-5555, CELL 90-532-555-0110, E-MAIL KEMPDR@STATE.GOV');
  });

  it('guard: two words after the address are no signature', () => {
    const c = parseCable(['UNCLAS ANKARA 001234', '', 'SUBJECT: CODEL VISIT', '', '5. WRITE TO KEMPDR@STATE.GOV FOR DETAILS'].join('\n'));
    expect(c.signer).toBeNull();
  });
});
