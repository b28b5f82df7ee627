/**
 * The signer line (docs/cable-format.md section 4, "Signature"): names with a period or a
 * title after them, lines cut by the archive. Synthetic lines.
 */

import { describe, expect, it } from 'vitest';
import { findSigner, isUpperCaseSignerLine } from '../src/body/signer.js';
import { splitLines } from '../src/text/source-line.js';

/** The signer of a body given as lines (no transmission lines). */
const signerOf = (...lines: string[]): string | null => {
  const source = splitLines(lines.join('\n'));
  return findSigner(source, source.map(() => false))?.signer ?? null;
};

describe('findSigner', () => {
  it('reads the name without a period or a title after it', () => {
    expect(signerOf('1.  (U) The talks went well.', '', 'MURRAY .')).toBe('MURRAY');
    expect(signerOf('1.  (U) The talks went well.', '', 'GARDNER, AMBASSADOR')).toBe('GARDNER');
    expect(signerOf('1.  (U) The talks went well.', '', "SMITH, CHARGE D'AFFAIRES")).toBe('SMITH');
    // Words after a comma other than a title are no signature.
    expect(signerOf('1.  (U) The delegates came from', '', 'PARIS, LONDON')).toBeNull();
  });

  it('takes no line cut by the archive for a signer', () => {
    // The page ends in the middle of a line: `...` is the archive's, the name is unknown.
    expect(signerOf('1.  (U) The talks went well.', '', 'DANIEL ORTEGA AN...')).toBeNull();
  });
});

describe('isUpperCaseSignerLine', () => {
  it('is true for upper-case name lines, with a period or a title after the name', () => {
    expect(['PARMLY', 'SMITH JONES', 'MURRAY .', 'GARDNER, AMBASSADOR', "O'BRIEN"].map(isUpperCaseSignerLine)).toEqual([true, true, true, true, true]);
  });

  it('is false for text, mixed-case names and end marks', () => {
    expect(['going on in its midst.', 'Tuttle', 'BT', 'END COMMENT', '#1196'].map(isUpperCaseSignerLine)).toEqual([false, false, false, false, false]);
  });
});
