/**
 * Where the signer stands when it is not on the complete text's last line of its own: at the end
 * of a cut first copy printed before the complete one, or as a two-letter surname reflowed after
 * the last sentence. Synthetic lines.
 */

import { describe, expect, it } from 'vitest';
import { findSigner } from '../src/body/signer.js';
import { splitLines } from '../src/text/source-line.js';
import { parseCable } from '../src/assemble.js';
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
    // Another serial: no copy of the same cable, the name is no signer of it.
    expect(parseCable([...CUT, '', 'SOBELLA', '', ...completeCopy('UNCLAS ROME 005678'), ''].join('\n')).signer).toBeNull();
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
