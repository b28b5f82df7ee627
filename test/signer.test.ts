/**
 * The signer line (docs/cable-format.md section 4, "Signature"): names with a period or a
 * title after them, lines cut by the archive. Synthetic lines.
 */

import { describe, expect, it } from 'vitest';
import { findSigner, isSignerTitleLine, isUpperCaseSignerLine } from '../src/body/signer.js';
import { splitLines } from '../src/text/source-line.js';
import { bodyBreakRules } from '../src/body/break-rules.js';
import { parseCable } from '../src/assemble.js';
import { msUnder } from './timing.js';

/** The signer of a body given as lines (no transmission lines). */
const signerOf = (...lines: string[]): string | null => {
  const source = splitLines(lines.join('\n'));
  return (
    findSigner(
      source,
      source.map(() => false),
    )?.signer ?? null
  );
};

/** Where the signer of a body given as lines stands (no transmission lines). */
const matchOfLines = (...lines: string[]) => {
  const source = splitLines(lines.join('\n'));
  return findSigner(source, source.map(() => false));
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

  it('takes no page header cut after its first word for a signer (audit a16, 08RECIFE34)', () => {
    // The copy stops at the next page's header (`PAGE 02 RECIFE 00034 ...`), its first word left.
    expect(signerOf('7. (SBU) This cable was coordinated with Embassy Brasilia.', '', 'PAGE')).toBeNull();
    expect(signerOf('7. (SBU) This cable was coordinated with Embassy Brasilia.', '', 'SOBEL')).toBe('SOBEL');
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

/** The signer match of a body given as lines (no transmission lines). */
const matchOf = (...lines: string[]) => {
  const source = splitLines(lines.join('\n'));
  return findSigner(
    source,
    source.map(() => false),
  );
};

describe('findSigner: names on the last line of text', () => {
  it('reads a name of two words reflowed after the last sentence', () => {
    const text = '10. (C) Time will tell what happens in 2010. VAN DYKE';
    const m = matchOf('9. (C) The outlook is mixed.', '', text);
    expect(m?.signer).toBe('VAN DYKE');
    expect(m?.column).toBe(text.indexOf('VAN'));
    expect(m?.textEnd).toEqual({ index: 2, column: text.indexOf('VAN') });
  });

  it('reads a name after a redaction that ends the text without a period', () => {
    expect(signerOf('3. (SBU) Reach the officer via Post One at xxxxxxxxxx and email at xxxxxxxxxx HARMON')).toBe('HARMON');
  });

  it('reads the name after words that end cables but are no names', () => {
    expect(signerOf('9. (U) Department thanks Posts for their help. MINIMIZE CONSIDERED WRIGHT')).toBe('WRIGHT');
  });

  it('reads a name with a stray quote after it', () => {
    expect(signerOf('7. (C) We will keep trying.', '', 'PARKER "')).toBe('PARKER');
  });

  it('reads an upper-case surname after the last words of a short line without a sentence end (r10 #3)', () => {
    const text = 'Duty Office   555-1234 Guard Post 1 (24 hrs)     555-9876  MORROW';
    const m = matchOf('4. (U) Call us at any time.', text);
    expect(m?.signer).toBe('MORROW');
    expect(m?.textEnd).toEqual({ index: 1, column: text.indexOf('MORROW') });
    expect(signerOf('B. OTHER DEVELOPMENTS', '', '1.None HALLORAN')).toBe('HALLORAN');
  });

  it('takes no acronym after a function word or an all-caps word for a name (guard)', () => {
    expect(signerOf('3. (C) The minister discussed the talks with NATO')).toBeNull();
    expect(signerOf('3. (C) Funds go to the UN and UNHCR')).toBeNull();
    expect(signerOf('3. (C) Support for the program remains SECRET')).toBeNull();
  });

  it('reads a short last line of many spaces before a capital in linear time', () => {
    const ms = msUnder(500, () => {
      expect(signerOf(`a${' a'.repeat(60000)}  A`)).toBeNull();
      expect(signerOf(...Array.from({ length: 20000 }, () => 'a1    A a1 '), `${'  '.repeat(30)}a1    ABCD`)).toBe('ABCD');
    });
    expect(ms).toBeLessThan(500);
  });

  it('takes a redaction for no name, but the name after it', () => {
    expect(signerOf('7. (C) We will keep trying.', 'XXXXXXXXXXXX', 'PARKER')).toBe('PARKER');
  });

  it('takes a redaction alone on the last line, set off by a blank line, for the signer as written', () => {
    const m = matchOfLines('7. (C) We will keep trying.', '', '  XXXXXXXXXXXXXX');
    expect(m).toMatchObject({ index: 2, signer: 'XXXXXXXXXXXXXX', column: 2, textEnd: { index: 2, column: 0 } });
  });

  it('takes a redaction written in Cyrillic capital Kha letters for the signer as written (era red team 244)', () => {
    const kha = '\u0425'.repeat(12);
    expect(signerOf('4. (C) The lower house is the risk.', '', kha)).toBe(kha);
    // (Guard: right under the text it is text, as a Latin one is.)
    expect(signerOf('4. (C) The minister met with', kha)).toBeNull();
  });

  it('takes no redaction right under the text, after a colon, or after an embassy trailer (guards)', () => {
    expect(signerOf('7. (C) The minister met with', 'XXXXXXXXXXXX')).toBeNull();
    expect(signerOf('7. (C) We will keep trying.', 'XXXXXXXXXXXX')).toBeNull();
    expect(signerOf('7. (U) The embassy point of contact is:', '', 'XXXXXXXXXXXX')).toBeNull();
    expect(signerOf("7. (U) Visit Oslo's Classified Website:", '', 'XXXXXXXXXXXX')).toBeNull();
  });
});

describe('findSigner: the embassy trailer before the name', () => {
  it('reads the name on the trailer line; the text ends where the trailer starts', () => {
    const text = "2. (C) The officials agreed.  Visit Oslo's Classified Website: XXXXXXXXXXXX BRANDT";
    const m = matchOf(text);
    expect(m?.signer).toBe('BRANDT');
    expect(m?.column).toBe(text.indexOf('BRANDT'));
    expect(m?.textEnd).toEqual({ index: 0, column: text.indexOf('Visit') });
  });

  it('reads a mixed-case name after a URL broken by a space', () => {
    const text = "Visit Oslo's Classified Website: http://www.example.sgov.gov/p/eur/oslo/index. cfm Brandt";
    const m = matchOf('4. (U) This message was cleared.', text);
    expect(m?.signer).toBe('Brandt');
    expect(m?.textEnd).toEqual({ index: 1, column: 0 });
  });

  it('takes the whole trailer block before a lower-case name', () => {
    const m = matchOf(
      "4. (C) The ministry's hand was forced.",
      '',
      '********************************************* *',
      'For more reporting from Embassy Oslo, visit:',
      'http://www.example.sgov.gov/p/eur/oslo/?cable s',
      '',
      "Visit Oslo's Classified Website:",
      'http://www.example.sgov.gov/p/eur/oslo/',
      '********************************************* *',
      'smith',
    );
    expect(m?.signer).toBe('smith');
    expect(m?.index).toBe(9);
    expect(m?.textEnd).toEqual({ index: 2, column: 0 });
  });

  it('takes a `For more reporting ...` sentence over its URL as the trailer, without the website phrase', () => {
    const m = matchOf(
      '12. (C) Post will report further. The station has cleared',
      'this cable.',
      '',
      '',
      'For more reporting from Embassy Oslo and information about Norway,',
      'please see our Intelink site:',
      '',
      'http://www.example.sgov.gov/wiki/portal:nor way',
      'BRANDT',
    );
    expect(m?.signer).toBe('BRANDT');
    expect(m?.textEnd).toEqual({ index: 4, column: 0 });
    // The whole cable: the last paragraph ends before the trailer, which is no text.
    const c = parseCable(
      ['UNCLASSIFIED OSLO 001234', '', 'E.O. 12958: N/A', 'TAGS: PREL NO', 'SUBJECT: TEST SUBJECT', '', '1. (U) Post will report further.', '',
        'For more reporting from Embassy Oslo and information about Norway,', 'please see our Intelink site:', '', 'http://www.example.sgov.gov/wiki/portal:norway', 'BRANDT', ''].join('\n'),
    );
    expect(c.paragraphs.map((p) => p.text)).toEqual(['Post will report further.']);
    expect(c.signer).toBe('BRANDT');
  });

  it('keeps a `For more reporting` sentence with no URL under it, or with text between (guard)', () => {
    const none = matchOf('12. (C) The station has cleared this cable.', '', 'For more reporting on the talks, see our next cable.', 'BRANDT');
    expect(none?.textEnd).toEqual({ index: 3, column: 0 });
    const between = matchOf(
      'For more reporting from Embassy Oslo, please see our site:',
      'http://www.example.sgov.gov/wiki/portal:norway',
      'The ministry disagreed with the assessment and',
      'asked for a meeting with the delegation on',
      'the second day of the talks.',
      'BRANDT',
    );
    expect(between?.textEnd).toEqual({ index: 5, column: 0 });
  });

  it('takes the SIPRNET note and a name on its own line after the trailer', () => {
    const m = matchOf(
      '5. (U) The cases will take time.',
      '',
      "Please visit Rome's Classified Website at:",
      'http://www.example.sgov.gov/p/eur/rome',
      '',
      'You can also access this site through the',
      "State Department's Classified SIPRNET website.",
      '',
      'Carter',
    );
    expect(m?.signer).toBe('Carter');
    expect(m?.textEnd).toEqual({ index: 2, column: 0 });
  });

  it('keeps a numbered paragraph that is only the trailer, and text after a trailer line', () => {
    // `15. (U) Visit ...` is the cable's own paragraph: the text ends at the signer.
    const own = matchOf('14. (C) The talks went well.', '', "15. (U) Visit Oslo's Classified Website: (http://www.example.sgov.gov/p/eur/oslo/)", '', 'BRANDT');
    expect(own?.signer).toBe('BRANDT');
    expect(own?.textEnd).toEqual({ index: 4, column: 0 });
    // A paragraph of text between the phrase and the name: no trailer.
    const text = matchOf("1. (U) Visit Oslo's Classified Website: XXXXXXXXXXXX", '', '2. (U) The talks continue.', '', 'BRANDT');
    expect(text?.textEnd).toEqual({ index: 4, column: 0 });
  });

  it('reads a long reflowed last line in linear time', () => {
    const line = 'The officials said. XXXXXX  visit classified website '.repeat(3000) + "Visit Oslo's Classified Website: XXXXXXXXXXXX BRANDT";
    const lines = Array.from({ length: 9 }, () => `${'. xxxxxxxx '.repeat(2000)}`);
    const ms = msUnder(500, () => {
      expect(matchOf(...lines, line)?.signer).toBe('BRANDT');
      expect(signerOf(...lines, `${'. LA '.repeat(30000)}x`)).toBeNull();
    });
    expect(ms).toBeLessThan(500);
  });
});

describe('bodyBreakRules.isSignerLine', () => {
  it('keeps a name with a stray quote and a redaction apart as the last line', () => {
    expect(['MORIARTY "', 'XXXXXXXXXXXX', 'going on in its midst.'].map(bodyBreakRules.isSignerLine)).toEqual([true, true, false]);
  });
});

describe('findSigner: all-caps cables (before the mid-1990s)', () => {
  const wrapped = '1. THE EMBASSY WILL REPORT FURTHER AS THE MINISTRY ISSUES';

  it('keeps a short last line of a wrapped paragraph as text, not as part of the name', () => {
    for (const last of ['REGULATIONS.', 'NEW REGULATIONS.', 'TOMORROW', 'NEW REGULATIONS']) {
      const m = matchOf(wrapped, last, 'RABB');
      expect(m?.signer).toBe('RABB');
      // The text ends before the signer's line: the short line stays in the paragraph.
      expect(m?.textEnd).toEqual({ index: 2, column: 0 });
    }
    // A line ending a sentence is no name, even after a finished sentence.
    expect(signerOf('1. THE TALKS WENT WELL.', 'AGREED.', 'RABB')).toBe('RABB');
    // A page marker line between the paragraph's lines changes nothing.
    const source = splitLines([wrapped, 'PAGE 02 ROME 01196 01 OF 02 082030Z', 'TOMORROW', 'RABB'].join('\n'));
    expect(findSigner(source, [false, true, false, false])?.signer).toBe('RABB');
  });

  it('still reads two names on consecutive lines after a finished sentence or a blank line', () => {
    expect(signerOf('1. THE EMBASSY WILL REPORT FURTHER.', 'SMITH', 'JONES')).toBe('SMITH JONES');
    expect(signerOf('1. THE EMBASSY WILL REPORT FURTHER', '', 'SMITH', 'JONES')).toBe('SMITH JONES');
    const m = matchOf('1. THE EMBASSY WILL REPORT FURTHER.', 'SMITH', 'JONES');
    expect(m?.textEnd).toEqual({ index: 1, column: 0 });
  });

  it('reads a surname of particles and a suffixed name glued after the last sentence (era red team 309, session 26)', () => {
    expect(signerOf("2. PLEASE ADVISE DEPARTMENT'S SUPPORT OF THIS REQUEST. DE LA GARZA")).toBe('DE LA GARZA');
    expect(signerOf("2. DETAILS OF THE GOVERNMENT'S COMPOSITION SEPTEL. MORAN JR.")).toBe('MORAN JR.');
    expect(signerOf('2. THE TALKS WILL GO ON. VAN DER MEER')).toBe('VAN DER MEER');
    // (Guard: three words of text after a sentence are no name, nor a lone suffix.)
    expect(signerOf('2. THE TALKS WILL GO ON. THE NEW ROUND')).toBeNull();
    expect(signerOf('2. THE TALKS ARE IN PHASE II.')).toBeNull();
  });

  it("takes no quoted letter's first name under its closing for a second name (era red team 298, session 26)", () => {
    expect(signerOf('3. THE LETTER FOLLOWS.', '', 'WARM REGARDS,', 'HENRY', 'KISSINGER')).toBe('KISSINGER');
    expect(signerOf('3. THE LETTER FOLLOWS.', '', 'SINCERELY,', 'CY', 'VANCE')).toBe('VANCE');
  });

  it('takes no web address on the line over the name for a second name (era red team 115)', () => {
    expect(signerOf('3. READ THE NOTICE POSTED ON THE EMBASSY WEB SITE AT:', '', 'WWW.USEMBASSY.STATE.GOV/NAIROBI', 'CARSON')).toBe('CARSON');
    expect(signerOf('3. SEE THE SITE AT:', 'HTTP://TRAVEL.STATE.GOV', 'CARSON')).toBe('CARSON');
    const m = matchOf('3. READ THE NOTICE POSTED AT:', 'WWW.STATE.GOV', 'CARSON');
    expect(m?.textEnd).toEqual({ index: 2, column: 0 });
  });

  it('reads the name over a web or e-mail address alone on the last line (era red team 118)', () => {
    expect(signerOf('4. The contact is Econoff Peter Kuhl.', '', 'VAN VOORST', 'http://www.intelink.sgov.gov/wiki/Portal:Iceland')).toBe('VAN VOORST');
    expect(signerOf('4. The consulate will report further.', '', 'Raymond L. Ashcombe', 'AshcombeRL@state.gov')).toBe('Raymond L. Ashcombe');
    // (Guard: an address under a sentence's last words is no signature.)
    expect(signerOf('4. For more, write to the', 'Consular Section', 'AshcombeRL@state.gov')).toBeNull();
    // A title line between the name and the address (era red team 121).
    expect(signerOf('3. THE DRAFT IS POSTED ON THE MINISTRY WEB SITE.', '', 'FRIED', 'AMBASSADOR', 'http://www.state.gov/www/regions/eur/warsaw')).toBe('FRIED');
    // (Guard: a contact named under a caption is not the signer.)
    expect(signerOf('2. Posts should reply by May 1.', '', 'CLINTON', '', 'Point of contact:', 'John Q. Adams', 'AdamsJQ@state.gov')).not.toBe('John Q. Adams');
  });

  it('reads a name after the last sentence of an all-caps line', () => {
    const text = '3. PLEASE REPORT REACTION BY IMMEDIATE CABLE. KISSINGER';
    const m = matchOf('2. THE MINISTER SAID NOTHING NEW.', '', text);
    expect(m?.signer).toBe('KISSINGER');
    expect(m?.textEnd).toEqual({ index: 2, column: text.indexOf('KISSINGER') });
    expect(signerOf('2. MISSION WILL REPORT AGAIN IN 1978. LE MELLE')).toBe('LE MELLE');
    expect(signerOf('2. MISSION WILL REPORT AGAIN (REFTEL). VANCE')).toBe('VANCE');
  });

  it('takes no words of text, abbreviations or labels for a name after a sentence', () => {
    expect(signerOf('3. PLEASE REPORT REACTION. THE MINISTER')).toBeNull();
    expect(signerOf('3. PLEASE ADVISE. THANKS')).toBeNull();
    expect(signerOf('3. PLEASE ADVISE. END TEXT')).toBeNull();
    expect(signerOf('3. AMBASSADOR WILL MEET WITH U.S. NEGOTIATORS')).toBeNull();
    expect(signerOf('3. AMBASSADOR WILL MEET WITH GEN. HAIG')).toBeNull();
    expect(signerOf('3. AMBASSADOR WILL MEET JOHN A. SMITH')).toBeNull();
    expect(signerOf('2. THE MINISTER SAID NOTHING NEW.', '', '3. KISSINGER')).toBeNull();
  });

  it('reads long all-caps last lines in linear time', () => {
    const ms = msUnder(500, () => {
      expect(signerOf(`${'. A '.repeat(40000)}B`)).toBeNull();
      expect(signerOf(`${'ABC.'.repeat(40000)} KISSINGER`)).toBeNull();
      expect(signerOf(`${'X '.repeat(60000)}END. RABB`)).toBe('RABB');
      const many = Array.from({ length: 20000 }, (_, k) => (k % 2 === 0 ? 'SMITH' : 'WORD WORD WORD'));
      expect(signerOf(...many, 'REGULATIONS', 'RABB')).toBe('RABB');
    });
    expect(ms).toBeLessThan(500);
  });
});

describe('findSigner: names run onto the last line of mixed-case text', () => {
  it('reads a surname after END COMMENT or END NOTE on the last line', () => {
    const text = '7. (C) The reforms may be rolled back this year. End Comment. Krajeski';
    const m = matchOf('6. (C) The talks went well.', '', text);
    expect(m?.signer).toBe('Krajeski');
    expect(m?.textEnd).toEqual({ index: 2, column: text.indexOf('Krajeski') });
    expect(signerOf('7. (C) The visit was quiet. END NOTE. Hoagland')).toBe('Hoagland');
  });

  it('reads a capitalized surname after the last sentence', () => {
    expect(signerOf('9. (C) A/S Smith has cleared this cable. Rice')).toBe('Rice');
    expect(signerOf('9. (C) Post will report as warranted. McMullen')).toBe('McMullen');
  });

  it('takes no sentence opener, closing word or short word for a surname (guard)', () => {
    expect(signerOf('9. (C) We will report further next week. Thanks')).toBeNull();
    expect(signerOf('9. (C) The minister spoke. However')).toBeNull();
    expect(signerOf('9. (C) The minister spoke. The')).toBeNull();
    expect(signerOf('9. (C) The minister spoke with the Ambassador')).toBeNull();
    expect(signerOf('9. (C) The minister spoke. Wikileaks')).toBeNull();
  });

  it('reads an upper-case name glued after the last period', () => {
    const text = "13. (S) The meeting took place before the attack in Nativ Ha'asara.KURTZER";
    const m = matchOf(text);
    expect(m?.signer).toBe('KURTZER');
    expect(m?.textEnd).toEqual({ index: 0, column: text.indexOf('KURTZER') });
    // Not a handling word, not a short word, not in upper-case text.
    expect(signerOf('13. (S) The meeting was on Monday.SIPDIS')).toBeNull();
    expect(signerOf('13. (S) The meeting was with the U.S.NATO')).toBeNull();
  });

  it('reads the same name line twice as one signer; the first copy is no text', () => {
    const m = matchOf('5. (C) She urged isolation of the regime.', '', 'RICE', 'RICE');
    expect(m?.signer).toBe('RICE');
    expect(m?.index).toBe(3);
    expect(m?.textEnd).toEqual({ index: 2, column: 0 });
  });

  it('reads long mixed-case last lines in linear time', () => {
    const ms = msUnder(500, () => {
      expect(signerOf(`${'the end. Word '.repeat(20000)}x`)).toBeNull();
      expect(signerOf(`${'a.B'.repeat(40000)} x.`)).toBeNull();
    });
    expect(ms).toBeLessThan(500);
  });
});

describe('findSigner: more embassy trailers', () => {
  it('reads a name after a redacted URL split from the trailer by a page marker', () => {
    const text = "20. (U) A/S Smith did not clear this message. Visit Oslo's Classified Website:";
    const source = splitLines([text, 'OSLO 00004328 006.2 OF 006', 'XXXXXXXXXXXX', 'Tuttle'].join('\n'));
    const m = findSigner(source, [false, true, false, false]);
    expect(m?.signer).toBe('Tuttle');
    expect(m?.textEnd).toEqual({ index: 0, column: text.indexOf('Visit') });
    // The name joined to the redaction line.
    const joined = splitLines([text, 'OSLO 00004328 006.2 OF 006', 'XXXXXXXXXXXX Tuttle'].join('\n'));
    const j = findSigner(joined, [false, true, false]);
    expect(j?.signer).toBe('Tuttle');
    expect(j?.column).toBe('XXXXXXXXXXXX '.length);
    expect(j?.textEnd).toEqual({ index: 0, column: text.indexOf('Visit') });
  });

  it('takes the found-on form of the trailer: can be found on ... SIPRNET site', () => {
    const m = matchOf(
      '13. (C) The attack was a tactic to change the story.',
      '',
      '(U) This report and additional information can be found on',
      "Embassy Oslo's SIPRNET site,",
      'http://www.example.sgov.gov/p/eur/oslo/',
      'BRANDT',
    );
    expect(m?.signer).toBe('BRANDT');
    expect(m?.textEnd).toEqual({ index: 2, column: 0 });
    // On one line, after the last sentence of the text.
    const line = "13. (C) The talks went well. This report can be found on Embassy Oslo's SIPRNET site, http://www.example.sgov.gov/p/eur/oslo/";
    const one = matchOf(line, 'BRANDT');
    expect(one?.textEnd).toEqual({
      index: 0,
      column: line.indexOf('This report'),
    });
    // A SIPRNET site named in text without the phrase is no trailer (guard).
    const text = matchOf('13. (C) The SIPRNET site was down all week.', 'BRANDT');
    expect(text?.textEnd).toEqual({ index: 1, column: 0 });
  });

  it('reads long trailer lines in linear time', () => {
    const line = 'can be found on '.repeat(10000) + 'SIPRNET site '.repeat(10000);
    const ms = msUnder(500, () => {
      expect(signerOf(line, 'siprnet site '.repeat(20000), 'BRANDT')).toBe('BRANDT');
      // Many `For more reporting` lines over URL lines: only a bounded look-back.
      expect(signerOf(...Array.from({ length: 8000 }, (_, i) => (i % 2 === 0 ? 'For more reporting from the post,' : 'http://www.example.sgov.gov/x')), 'BRANDT')).toBe('BRANDT');
    });
    expect(ms).toBeLessThan(500);
  });
});

describe('findSigner: archive lines after the name, names ending reflowed or sentence-cased text', () => {
  /** A whole cable around a body, for the rules that span stages (transmission lines, then the signer). */
  const HEAD = ['UNCLASSIFIED SECTION 01 OF 01 ROME 001234', '', 'E.O. 12958: N/A', 'TAGS: PREL IT', 'SUBJECT: TEST SUBJECT', ''];
  const parsed = (...body: string[]) => parseCable([...HEAD, ...body, ''].join('\n'));

  it('reads the name before archive trailer lines: End Cable Text, a mail stamp, a lone period', () => {
    const c = parsed('4. (U) This cable was cleared by the delegation.', 'JONES', 'End Cable Text', 'Mary A Smith 01/02/2009 11:22:33 AM From DB/Inbox: ARCHIVE', '.');
    expect(c.signer).toBe('JONES');
    expect(c.paragraphs.at(-1)?.text).toBe('This cable was cleared by the delegation.');
    expect(c.unparsed).toEqual([]);
  });

  it('reads the name before `END OF MESSAGE` (era red team 84)', () => {
    const c = parsed('2. Minimize considered.', 'CLINTON', 'END OF MESSAGE');
    expect(c.signer).toBe('CLINTON');
    expect(c.paragraphs.at(-1)?.text).toBe('Minimize considered.');
    expect(c.unparsed).toEqual([]);
  });

  it('reads the name between `END OF MESSAGE` without its stop and a title line (era red team 322, session 27)', () => {
    const c = parsed('2. (C) COMMENT: THE MINISTER WAS CALM. END', 'COMMENT.', '', 'END OF MESSAGE', 'HUHTALA', "CHARGE D'AFFAIRES A.I.");
    expect(c.signer).toBe('HUHTALA');
    expect(c.paragraphs.at(-1)?.text).not.toContain('HUHTALA');
  });

  it('reads the name before a database query line printed after the text', () => {
    const c = parsed('4. (U) The talks will resume in May.', 'JONES', "SELECT * FROM `records` WHERE `id` = '12' ORDER BY `date` ASC");
    expect(c.signer).toBe('JONES');
    expect(c.paragraphs.at(-1)?.text).toBe('The talks will resume in May.');
  });

  it('keeps End Cable Text inside the text as text (guard)', () => {
    const c = parsed('4. (U) The clerk typed', 'End Cable Text', 'at the bottom of the page.', '', 'JONES');
    expect(c.signer).toBe('JONES');
    expect(c.paragraphs.at(-1)?.text).toContain('End Cable Text');
  });

  it('reads an upper-case name ending a reflowed list without a sentence end', () => {
    const text = `12. (U) Participants: ${'Jane Roe, Deputy Director, Office of Regional Affairs, '.repeat(2)}John Doe, Program Coordinator SMITHSON`;
    const m = matchOf('11. (U) The talks went well.', '', text);
    expect(m?.signer).toBe('SMITHSON');
    expect(m?.textEnd).toEqual({ index: 2, column: text.indexOf('SMITHSON') });
  });

  it('takes no acronym of two letters, end word or word of a wrapped line for a name (guard)', () => {
    const long = `12. (U) Participants: ${'Jane Roe, Deputy Director, Office of Regional Affairs, '.repeat(2)}`;
    expect(signerOf(`${long}and the delegation of the EU`)).toBeNull();
    expect(signerOf(`${long}as well as observers from the CONFIDENTIAL`)).toBeNull();
    expect(signerOf('12. (U) The delegation will then travel to Vienna for the IAEA')).toBeNull();
  });

  it('reads a mixed-case name with a period after the last sentence', () => {
    const text = '14. (U) The full statement can be found on the mission web site: www.example.int/usa. Newman.';
    const m = matchOf(text);
    expect(m?.signer).toBe('Newman');
    expect(m?.textEnd).toEqual({ index: 0, column: text.indexOf('Newman') });
  });

  it('takes no short one-word sentence for a name (guard)', () => {
    expect(signerOf('14. (U) The ministry asked for a delay. Done.')).toBeNull();
    expect(signerOf('14. (U) We will report further. Thanks.')).toBeNull();
  });

  it('reads a sentence-cased signer before the end mark Nnnn', () => {
    const c = parsed('6. (U) Posts are requested to report reactions.', '', '7. (U) Minimize considered.', 'Rice', '', '', 'Nnnn');
    expect(c.signer).toBe('Rice');
    expect(c.paragraphs.at(-1)?.text).toBe('Minimize considered.');
    expect(c.body).not.toContain('Nnnn');
  });

  it('reads long reflowed last lines ending in upper-case words in linear time', () => {
    const ms = msUnder(500, () => {
      expect(signerOf(`${'word EU '.repeat(30000)}Coordinator`)).toBeNull();
      expect(signerOf(`${'a. Bbbb. '.repeat(30000)}x`)).toBeNull();
    });
    expect(ms).toBeLessThan(500);
  });
});

describe('findSigner: archive debris around the name, more name shapes', () => {
  /** A whole cable around a body, for the rules that span stages (transmission lines, then the signer). */
  const HEAD = ['UNCLASSIFIED SECTION 01 OF 01 ROME 001234', '', 'E.O. 12958: N/A', 'TAGS: PREL IT', 'SUBJECT: TEST SUBJECT', ''];
  const parsed = (...body: string[]) => parseCable([...HEAD, ...body, ''].join('\n'));

  it('reads the name before the archive metadata run onto its line: a zero, the date, the id, the TAGS', () => {
    expect(signerOf('4. (U) The visit went well.', 'McGEE 0 11/30/2007')).toBe('McGEE');
    const text = '4. (U) Contacts are Jane Roe and John Doe. RICE 0 02/23/2008 4549 EAIR,ETRD,PREL';
    const m = matchOf(text);
    expect(m?.signer).toBe('RICE');
    expect(m?.textEnd).toEqual({ index: 0, column: text.indexOf('RICE') });
  });

  it('reads the name inside the quotes and commas of a CSV field', () => {
    const c = parsed('12. (U) Posts contributed to this cable. ,,,,"', '"CASON ,,,,"');
    expect(c.signer).toBe('CASON');
    expect(c.paragraphs.at(-1)?.text).toBe('Posts contributed to this cable. ,,,,"');
    expect(signerOf('3. MANY THANKS FOR THE REPORT. BEST REGARDS FROM WASHINGTON. ,,""CLINTON ,,"')).toBe('CLINTON');
  });

  it('takes no word with a comma of the text for a name (guard)', () => {
    expect(signerOf('4. (U) Asked about the plan, the minister answered:', '"NO,"')).toBeNull();
    expect(signerOf('4. (U) The minister said we will WAIT,"')).toBeNull();
  });

  it('reads an upper-case name after END TEXT on the last line', () => {
    expect(signerOf('4. (U) The text of the letter follows.', 'END TEXT HEFFERN')).toBe('HEFFERN');
    expect(signerOf('4. (U) The text of the letter follows.', 'END TEXT THE')).toBeNull();
  });

  it('reads a first name in mixed case and a surname in capitals on their own line as the whole name', () => {
    expect(signerOf('4. (U) The work continues.', '', 'Leslie BASSETT')).toBe('Leslie BASSETT');
    expect(signerOf('4. (U) The work continues.', '', 'Antonio O. GARZA')).toBe('Antonio O. GARZA');
    // A last line of text ending on a word in capitals is no name (guard).
    expect(signerOf('4. (U) The work continues with the', 'Ministry of DEFENSE')).toBeNull();
  });

  it('reads a mixed-case surname after a sentence ending with a parenthesis or an acronym (era red team 223)', () => {
    expect(signerOf('4. (U) The next round is scheduled for November 10 (septel). Kellerman')).toBe('Kellerman');
    expect(signerOf('4. (U) The mission will report to the OSCE. Brandt')).toBe('Brandt');
    // Not after an initial: a name in the sentence (guard).
    expect(signerOf('4. (U) The report was written by Jane Q. Brandt')).toBeNull();
  });

  it('reads an upper-case surname after a sentence ending with a reference\'s letter (era red team 223)', () => {
    expect(signerOf('4. WE WILL SEND THE FIGURES WITH THE FY-99 BUDGET SUBMISSION, AS NOTED IN REF B. HALVORSEN')).toBe('HALVORSEN');
    expect(signerOf('4. WE WILL REPORT REACTIONS ON LAND REFORM AS THEY EMERGE, AS REQUESTED IN PARA 3 OF', 'REF B. PLATT')).toBe('PLATT');
    // A middle initial stays an initial (guard).
    expect(signerOf('4. THE LETTER WAS SIGNED BY JOHN B. HALVORSEN')).toBeNull();
  });

  it('reads no signer in a list of one word per line, nor in a heading left last (era red team 223)', () => {
    expect(signerOf('4. THE FOLLOWING HAVE JOINED AS CO-SPONSORS SINCE THE TEXT WAS TABLED:', 'LATVIA', 'LITHUANIA', 'POLAND', 'ROMANIA')).toBeNull();
    expect(signerOf('4. (C) The parties have agreed on a timetable.', '', 'NEXT STEPS')).toBeNull();
    // Two signers on their lines, and a name under UNQUOTE, are still read (guard).
    expect(signerOf('4. SEPTEL FOLLOWS.', 'SMITH', 'JONES')).toBe('SMITH JONES');
    expect(signerOf('4. SEPTEL FOLLOWS.', 'HARRISON', 'UNQUOTE', 'BAKER')).toBe('BAKER');
  });

  it('reads the name under a list in capitals when the message ends under it (era red teams 240, 241)', () => {
    const cable = (...end: string[]): string =>
      ['UNCLAS USUN NEW YORK 03881', '', 'SUBJECT: UNGA VOTE ON THE DRAFT', '', '1.  THE DRAFT PASSED 150-3.', '', '2.  THE THREE DELEGATIONS VOTING AGAINST THE DRAFT WERE:', '', 'ISRAEL', 'UNITED KINGDOM', 'UNITED STATES', ...end].join('\n');
    expect(parseCable(cable('PICKERING', 'BT', '#3881', 'NNNN')).signer).toBe('PICKERING');
    expect(parseCable(cable('PICKERING', 'BT', '#3881', 'NNNN')).paragraphs[1]?.text).toBe('THE THREE DELEGATIONS VOTING AGAINST THE DRAFT WERE:\n\nISRAEL UNITED KINGDOM UNITED STATES');
    expect(parseCable(cable('MAIL CLERK', 'DISPATCHER', 'KALLEN', 'BT')).signer).toBe('KALLEN');
    // (Guard: a copy cut after such a list ends on the list's last item, no signer.)
    expect(signerOf('5.  THE THREE DELEGATIONS VOTING AGAINST THE DRAFT WERE:', '', 'ISRAEL', 'UNITED KINGDOM', 'UNITED STATES', 'PICKERING')).toBeNull();
  });

  it('reads the name under a list in capitals in a whole message, its end marks left out (era red team 245)', () => {
    const source = splitLines(['5. THE PRIORITY LIST, IN ORDER:', '', 'UH-1H SPARE PARTS', 'FIELD RADIOS', 'PATROL BOATS', 'PLATT'].join('\n'));
    expect(findSigner(source, source.map(() => false), true)?.signer).toBe('PLATT');
    // (Guard: in a copy that may be cut, a first section of several alone, the list's last line is no name.)
    expect(findSigner(source, source.map(() => false), false)).toBeNull();
  });

  it("takes no caption's item for a second signer (era red team 245)", () => {
    expect(signerOf('3. PARTICIPANTS:', '', 'U.S.:', 'AMBASSADOR EDWARD S. WALKER', '', 'EGYPT:', 'FM TANTAWI', 'WALKER')).toBe('WALKER');
  });

  it('keeps the dot of a generational suffix, as written (era red team 242)', () => {
    expect(signerOf('4. THE TALKS WENT WELL.', '', 'MCCORMICK JR.')).toBe('MCCORMICK JR.');
    expect(signerOf('4. THE TALKS WENT WELL.', '', 'SMITH III')).toBe('SMITH III');
    // (Guard: a name's own closing stop is still left out.)
    expect(signerOf('4. THE TALKS WENT WELL.', '', 'MURRAY.')).toBe('MURRAY');
  });

  it('reads a generational suffix after a comma, as written (known leftover of the eras)', () => {
    expect(signerOf('4. THE TALKS WENT WELL.', '', 'MCCORMICK, JR.')).toBe('MCCORMICK, JR.');
    expect(signerOf('4. THE TALKS WENT WELL.', '', 'WHITE, III')).toBe('WHITE, III');
    // (Guard: a comma before anything but a title or a suffix is no signature.)
    expect(signerOf('4. THE TALKS WENT WELL.', '', 'SMITH, JONES')).toBeNull();
  });

  it('takes no clearance line for a first signer (known leftover of the eras)', () => {
    expect(signerOf('4. THE DEPARTMENT HAS NO OBJECTION TO THE VISIT.', '', 'NO OBJECTION', 'POWELL')).toBe('POWELL');
    // (Guard: two names on consecutive lines are still a joint signature.)
    expect(signerOf('4. THE TALKS WENT WELL.', '', 'SMITH', 'JONES')).toBe('SMITH JONES');
  });

  it('reads mixed-case names with two particles, `St.` or a generational suffix (era red team 255)', () => {
    for (const name of ['de la Garza', 'van der Meer', 'Van der Meer', 'De la Pena', 'St. Clair', 'Carson W. Haldane III', 'Martin E. Cardwell, Jr.', 'Robert O. Blake, Jr.'])
      expect(signerOf('4. (C) Comment: The vote is safe. End Comment.', '', name)).toBe(name);
    expect(signerOf('4. (C) Comment: The vote is safe. End Comment.', '', 'ROBERT O. BLAKE, JR.')).toBe('ROBERT O. BLAKE, JR.');
    // (A title after the comma in mixed case is left out, as one in capitals is.)
    expect(signerOf('4. (C) The vote is safe.', '', 'LLORENS, Ambassador')).toBe('LLORENS');
    // (Guard: a short sentence's words in mixed case are no name.)
    expect(signerOf('4. (C) The vote is safe.', '', 'In the end')).toBeNull();
  });

  it('reads mixed-case full names of three words and joint signatures (era red team 256)', () => {
    for (const name of ['Anna Marie Kellogg', 'Jo Ellen Whitaker', 'Thomas Van Horn', 'Thomas C. Van Horn', 'De La Cruz', 'Hollister/Dunleavy', 'Sorensen and Whitlock'])
      expect(signerOf('4. (C) Comment: The vote is safe. End Comment.', '', name)).toBe(name);
    // (Guard: a heading's words are no name, nor a line going on a sentence.)
    expect(signerOf('4. (C) The vote is safe.', '', 'Next Steps Ahead')).toBeNull();
    expect(signerOf('4. (C) The minister spoke with', 'Anna Marie Kellogg')).toBeNull();
  });

  it('reads the name over a title line set off by a blank line (era red team 256)', () => {
    expect(signerOf('3. (C) COMMENT: HE WILL WIN. END COMMENT.', '', 'LUNDQVIST', '', "CHARGE D'AFFAIRES, A.I.")).toBe('LUNDQVIST');
    expect(signerOf('3. (C) Comment: He will win. End Comment.', '', 'Brandvold', '', "Charge d'Affaires, a.i.")).toBe('Brandvold');
    // (Guard: a sentence over the blank line is no name.)
    expect(signerOf('3. (C) HE WILL WIN.', '', "CHARGE D'AFFAIRES, A.I.")).toBeNull();
  });

  it('reads a mixed-case name with Latin-1 accented letters (era red team 244)', () => {
    expect(signerOf('4. (U) He said so in an aside.', '', 'Mu\u00f1oz')).toBe('Mu\u00f1oz');
    expect(signerOf('4. (U) He said so in an aside.', '', 'Jos\u00e9 W. Fern\u00e1ndez')).toBe('Jos\u00e9 W. Fern\u00e1ndez');
    // (Guard: the last word of a wrapped sentence stays text, accented or not.)
    expect(signerOf('4. (U) The meeting took place in', 'Bogot\u00e1')).toBeNull();
  });

  it('reads a hyphenated surname, a surname with a particle, a Mc surname in capitals', () => {
    expect(signerOf('4. (U) They hope to achieve more. Thompson-Jones')).toBe('Thompson-Jones');
    expect(signerOf('4. (U) He said so in an aside.', '', 'van Voorst')).toBe('van Voorst');
    expect(signerOf('4. (U) He said so in an aside.', 'McGEE')).toBe('McGEE');
    // The last word of a wrapped sentence stays text (guard).
    expect(signerOf('4. (U) The meeting took place in Rio', 'de Janeiro')).toBeNull();
  });

  it('reads the name after a trailer written Web Site, with a first name before it', () => {
    const m = matchOf(
      '4. (U) The work continues.',
      '',
      "Visit Mexico City's Classified Web Site at",
      'http://www.example.gov/p/wha/mexicocity and the North American',
      'Partnership Blog at http://www.example.gov/communities/nap /',
      'Leslie SMITHERS',
    );
    // The whole name as the signature gives it (reading audit 7: 08MEXICO23 signs `Leslie BASSETT`).
    expect(m?.signer).toBe('Leslie SMITHERS');
    expect(m?.textEnd).toEqual({ index: 2, column: 0 });
  });

  it('reads the name before an embassy trailer printed after it', () => {
    const c = parsed('4. (U) The visit went well.', '', 'JEFFREY', '', '           "Visit Ankara\'s Classified Web Site at http://www.example.s', 'gov.gov/wiki/Portal:Turkey"');
    expect(c.signer).toBe('JEFFREY');
    expect(c.paragraphs.at(-1)?.text).toBe('The visit went well.');
    expect(c.unparsed).toEqual([]);
  });

  it('reads the name before archive lines: CABLE ENDS in quotes, a date, another cable\'s CSV record', () => {
    expect(parsed('4. (U) The visit went well.', '', 'SMITH', '', '=====CABLE ENDS====="').signer).toBe('SMITH');
    expect(parsed('4. (U) The visit went well.', '', 'SMITH', '', '1/21/2009').signer).toBe('SMITH');
    const c = parsed('4. (U) The visit went well.', 'SMITH', '", 1234,7/30/2004 12:31,04ROME1235,"Embassy Rome",CONFIDENTIAL,04STATE15,"This record is a partial extract.');
    expect(c.signer).toBe('SMITH');
    expect(c.paragraphs.at(-1)?.text).toBe('The visit went well.');
  });

  it('reads long lines with archive debris in linear time', () => {
    const ms = msUnder(500, () => {
      expect(signerOf(`${' 0 1/1/2000 1'.repeat(20000)} x`)).toBeNull();
      expect(signerOf(`${'a ,"'.repeat(40000)}`)).toBeNull();
      expect(signerOf(`x ${',"'.repeat(60000)}`)).toBeNull();
    });
    expect(ms).toBeLessThan(500);
  });
});

describe('findSigner: a section chief signing, the title on the line after the name (era red team 40)', () => {
  const text = '5. (U) Action request: Embassy asks that AF/EX and HR/RMA support the request.';
  it('reads the name alone over a section title', () => {
    expect(signerOf(text, 'BROWN', 'MANAGEMENT OFFICER, ACTING DCM')).toBe('BROWN');
    expect(signerOf(text, 'FOR THE AMBASSADOR:', 'HOLLOWAY', 'MINISTER-COUNSELOR FOR MANAGEMENT AFFAIRS')).toBe('HOLLOWAY');
    expect(signerOf(text, 'KELLY', 'COUNSELOR FOR POLITICAL AFFAIRS')).toBe('KELLY');
    expect(signerOf(text, 'SMITH', 'CHARGE D AFFAIRES, A.I.')).toBe('SMITH');
    expect(signerOf(text, 'JONES', 'REGIONAL SECURITY OFFICER')).toBe('JONES');
  });
});

describe('findSigner: a short sentence and the name on the last line (era red team 47)', () => {
  it('reads the name after the sentence, not the whole line', () => {
    expect(signerOf('1. YOUR 12345 RECEIVED GARBLED FROM PARA 4 ON.', 'PLEASE RETRANSMIT. ARMACOST')).toBe('ARMACOST');
    expect(signerOf('1. YOUR 12345 RECEIVED GARBLED FROM PARA 4 ON.', 'THANKS. HADSEL')).toBe('HADSEL');
  });

  it('keeps a rank abbreviated before the name', () => {
    expect(signerOf('1. THE SHIP LEAVES ON MONDAY.', '', 'CAPT. JONES')).toBe('CAPT. JONES');
  });
});

describe('findSigner: the title after the name redacted (era red team 50)', () => {
  const text = '5. (C) Comment: The account matches other reporting.  End Comment.';
  it('reads the name over a redaction line, and before a redaction on its line', () => {
    expect(signerOf(text, '', 'GREENE', 'XXXXXXXXXXXX')).toBe('GREENE');
    expect(signerOf(text, '', 'TROTT XXXXXXXXXXXX')).toBe('TROTT');
  });

  it('keeps a redaction alone as the signature, and a name inside the text as text', () => {
    expect(signerOf(text, '', 'XXXXXXXXXXXX')).toBe('XXXXXXXXXXXX');
    // The caps line runs on from the sentence before it: no name apart from the text.
    expect(signerOf('5. THE ACCOUNT MATCHES REPORTING FROM', 'OTHER SOURCES', 'XXXXXXXXXXXX')).not.toBe('OTHER SOURCES');
  });
});

describe('findSigner: the end of a handling caption after the name (era red team 41)', () => {
  it('reads the name over `END PRIVACY ACT`', () => {
    const body = ['3. CONGEN COMMENT: SUBJECT APPEARED CALM AND WELL FED. END CONGEN COMMENT.', 'HAYES', 'END PRIVACY ACT', 'BT'];
    const cable = parseCable(['UNCLAS CHENNAI 001234', '', 'SUBJECT: W/W: JANE DOE', '', ...body].join('\n'));
    expect(cable.signer).toBe('HAYES');
    expect(cable.paragraphs.some((p) => p.text.includes('HAYES'))).toBe(false);
  });
});

/** A short cable whose text ends with `end` (paragraph 1 first): the signatures of era red teams 106 and 112. */
function endedCable(end: string[]): string {
  return ['UNCLASSIFIED STATE 012345', '', 'SUBJECT: TEST', '', '1. The talks went well.', '', ...end].join('\n');
}

describe('signatures of era red team 106', () => {
  it('reads a mixed-case full name with a middle initial, as written', () => {
    const c = parseCable(endedCable(['2. Post will continue to raise the issue.', '', 'Martin E. Cardwell']));
    expect(c.signer).toBe('Martin E. Cardwell');
    expect(c.paragraphs[1]?.text).toBe('Post will continue to raise the issue.');
  });

  it('reads the two names of a joint cable run onto the last sentence (`... ministerial. BURNS/SCHNABEL`)', () => {
    const c = parseCable(endedCable(['2. Allies would like a decision at the June ministerial.     BURNS/SCHNABEL']));
    expect(c.signer).toBe('BURNS/SCHNABEL');
    expect(c.paragraphs[1]?.text).toBe('Allies would like a decision at the June ministerial.');
  });

  it('leaves an embassy trailer out of the text when a title line stands under the name', () => {
    const c = parseCable(endedCable(['2. (C) Comment: Neither deputy offered a date. End Comment.', '', "Visit Ankara's Classified Website:", 'http://www.intelink.sgov.gov/wiki/Portal:Turkey', '', 'Silliman', "Charge d'Affaires, a.i."]));
    expect(c.signer).toBe('Silliman');
    expect(c.paragraphs[1]?.text).toBe('Comment: Neither deputy offered a date. End Comment.');
    expect(c.unparsed).toEqual([]);
  });

  it('leaves a trailer with its SIPRNET note after the name out of the text (era red team 155)', () => {
    const c = parseCable(
      endedCable([
        '2. (C) Comment: The government wants the deal done before the summit. End Comment.',
        'HYLAND',
        "Visit Embassy Baku's Classified Website:",
        'http://www.state.sgov.gov/p/eur/baku',
        '',
        'You can also access this site through the',
        "State Department's Classified SIPRNET website.",
      ]),
    );
    expect(c.signer).toBe('HYLAND');
    expect(c.paragraphs[1]?.text).toBe('Comment: The government wants the deal done before the summit. End Comment.');
    expect(c.unparsed).toEqual([]);
  });

  it('leaves a trailer boxed by asterisk rules after the name out of the text (era red team 210)', () => {
    const rule = '********************************************* ********************';
    const c = parseCable(
      endedCable([
        '2. (C) Comment: The government wants the deal done before the summit. End Comment.',
        '',
        'KAVANAGH',
        '',
        rule,
        "Visit Embassy Yerevan's Classified Website:",
        'http://www.state.sgov.gov/p/eur/yerevan/',
        '',
        'You can also access this site through the',
        "State Department's Classified SIPRNET website.",
        rule,
      ]),
    );
    expect(c.signer).toBe('KAVANAGH');
    expect(c.paragraphs[1]?.text).toBe('Comment: The government wants the deal done before the summit. End Comment.');
    expect(c.unparsed).toEqual([]);
  });

  it('leaves a quoted trailer out whole, its opening quote too (era red team 141)', () => {
    const trailer = ['"Visit Ankara\'s Classified Web Site at', 'http://www.intelink.sgov.gov/wiki/Portal:Turkey"'];
    const c = parseCable(endedCable(['2. (C) Comment: The Court has given it a reason to wait. End Comment.', '', ...trailer, '', 'JEFFREY']));
    expect(c.signer).toBe('JEFFREY');
    expect(c.paragraphs[1]?.text).toBe('Comment: The Court has given it a reason to wait. End Comment.');
  });
});

describe('signatures after a close or a list (era red team 112)', () => {
  it('reads a mixed-case name under a complimentary close', () => {
    const c = parseCable(endedCable(['2. Please contact the consulate with questions.', 'Best regards,', 'John E. Smith']));
    expect(c.signer).toBe('John E. Smith');
    expect(c.paragraphs[1]?.text).toBe('Please contact the consulate with questions. Best regards,');
  });

  it('reads the name over a title after a last bullet without a period', () => {
    const up = parseCable(endedCable(['2. THE EMBASSY RECOMMENDS:', '-- A PROMPT REVIEW OF THE IMF STAND-BY', 'WILSON', 'AMBASSADOR']));
    expect(up.signer).toBe('WILSON');
    expect(up.paragraphs[1]?.text).toBe('THE EMBASSY RECOMMENDS: -- A PROMPT REVIEW OF THE IMF STAND-BY');
    const mixed = parseCable(endedCable(['2. The Embassy recommends:', '-- a prompt review of the IMF stand-by', 'Wilson', 'Ambassador']));
    expect(mixed.signer).toBe('Wilson');
  });

  it('keeps a wrapped sentence\'s last words over a title-like word when no bullet opens it (guard)', () => {
    const c = parseCable(endedCable(['2. THE EMBASSY WILL REPORT FURTHER AS THE MINISTRY ISSUES', 'NEW REGULATIONS', 'SECRETARY']));
    expect(c.signer).not.toBe('NEW REGULATIONS');
  });
});

describe('surnames with an apostrophe or a glued particle (era red team 206)', () => {
  it('reads `O\'Rourke`, `D\'Amico` in mixed case and `LeBARON`, `DiCARLO` in capitals', () => {
    expect(signerOf('5. (C) Comment: We will press them. End Comment.', '', "O'Rourke")).toBe("O'Rourke");
    expect(signerOf('5. (C) Comment: We will press them. End Comment.', '', "D'Amico")).toBe("D'Amico");
    expect(signerOf('5. (C) WE WILL PRESS THEM.', '', 'LeBARON')).toBe('LeBARON');
    expect(signerOf('5. (C) WE WILL PRESS THEM.', '', 'DiCARLO')).toBe('DiCARLO');
  });

  it('guard: a lower-case word after the apostrophe is no name', () => {
    expect(signerOf('5. (C) We will press them.', '', "Don't")).toBeNull();
  });
});

describe('signature blocks of consulates and sections (era red team 210)', () => {
  it('reads `FOR THE CONSUL GENERAL:` as the signed-for line, out of the last paragraph', () => {
    const c = parseCable(['UNCLAS RIO DE JANEIRO 01234', '', 'SUBJECT: RALLY', '', '1. THE CONSULATE', 'WILL REPORT ON THE RALLY.', 'FOR THE CONSUL GENERAL:', 'HOLBROOK', ''].join('\n'));
    expect(c.signer).toBe('HOLBROOK');
    expect(c.paragraphs.at(-1)?.text).toBe('THE CONSULATE WILL REPORT ON THE RALLY.');
  });

  it('reads a full name opening with an initial, and a section chief\'s title in mixed case under the name', () => {
    expect(signerOf('3. (C) We will follow up.', '', 'For the Ambassador:', 'P. Michael Ratliff', 'Deputy Chief of Mission')).toBe('P. Michael Ratliff');
    expect(signerOf('3. (U) We will follow up.', '', 'Whitaker', 'Minister-Counselor for Management Affairs')).toBe('Whitaker');
    expect(signerOf('3. (U) We will follow up.', '', 'Whitaker', 'Acting DCM')).toBe('Whitaker');
  });

  it('guard: a mixed-case line of title words not capitalized is no title line', () => {
    expect(isSignerTitleLine('Management counselor')).toBe(false);
    expect(isSignerTitleLine('Minister-Counselor for Management Affairs')).toBe(true);
  });
});

describe('a last line finishing a sentence cut after a function word (era red team 237)', () => {
  it('is no signature: `... run by the` / `CSJ`', () => {
    expect(signerOf('2. (U) We recommend that INL continue support for the judicial training program run by the', 'CSJ')).toBeNull();
    expect(signerOf('2. THE DELEGATION WILL MEET THE MINISTER OF', 'DEFENSE')).toBeNull();
  });

  it('guard: a name under a finished sentence, or set off by a blank line, signs', () => {
    expect(signerOf('2. (U) We will report further developments.', 'SMITH')).toBe('SMITH');
    expect(signerOf('2. (U) Post will follow up with the', '', 'SMITH')).toBe('SMITH');
  });
});

describe('a joint signature with spaces around its slash (era red team 369, session 27)', () => {
  it('reads both names as written', () => {
    const c = parseCable(endedCable(['2. (C) Comment: The council will meet again. End Comment.', '', 'HOLCOMB / STRAND']));
    expect(c.signer).toBe('HOLCOMB / STRAND');
    expect(c.paragraphs[1]?.text).toBe('Comment: The council will meet again. End Comment.');
  });
});

describe('a mixed-case signer whose middle initial has no period (era red team 369, session 27)', () => {
  it('reads the name under `For the Ambassador:` as written', () => {
    const c = parseCable(endedCable(['2. (C) Comment: We cannot confirm it. End Comment.', '', 'For the Ambassador:', 'Thomas J Whitaker', 'Deputy Chief of Mission']));
    expect(c.signer).toBe('Thomas J Whitaker');
    expect(c.paragraphs[1]?.text).toBe('Comment: We cannot confirm it. End Comment.');
  });
});

describe('a title after a slash on the signer\'s line (era red team 409, session 29)', () => {
  const cable = (last: string): ReturnType<typeof parseCable> =>
    parseCable(['UNCLAS RIGA 000412', '', 'E.O. 12958: N/A', 'TAGS: PREL, LG', 'SUBJECT: TALKS', '', '1. (U) The talks went well.', '', last].join('\n'));

  it('is no part of the name: `WESTGATE / DCM`, `WESTGATE/CHARGE`, `SMITH / A/DCM`', () => {
    expect(cable('WESTGATE / DCM').signer).toBe('WESTGATE');
    expect(cable('WESTGATE/CHARGE').signer).toBe('WESTGATE');
    expect(cable('SMITH / A/DCM').signer).toBe('SMITH');
  });

  it('guard: a second name after the slash is a joint signature', () => {
    expect(cable('BURNS/SCHNABEL').signer).toBe('BURNS/SCHNABEL');
  });
});

describe('a mixed-case name with the particles `de los`, `das`, `dos` (era red team 438, session 29)', () => {
  it('signs under `FOR THE AMBASSADOR:`, its title line under it', () => {
    const c = parseCable(['UNCLAS SANTO DOMINGO 000412', '', 'E.O. 12958: N/A', 'TAGS: PGOV, DR', 'SUBJECT: TEST', '', '1. (U) Text. End Comment.', '', 'FOR THE AMBASSADOR:', 'Carmen M. de los Santos', 'Deputy Chief of Mission'].join('\n'));
    expect(c.signer).toBe('Carmen M. de los Santos');
    expect(c.paragraphs[0]?.text).toBe('Text. End Comment.');
  });
});
