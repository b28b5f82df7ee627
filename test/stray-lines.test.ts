/**
 * Stray handling lines in the body (docs/cable-format.md, handling lines and page markers):
 * the SIPDIS tagger's caption dropped into the text, on a line of its own or as a word at
 * a wrapped line's start or inside a reflowed line, and a handling caption printed with a
 * page marker. None of it is text. Synthetic cables.
 */

import { describe, expect, it } from 'vitest';
import { parseCable } from '../src/assemble.js';
import { splitReflowedLines } from '../src/body/reflowed-lines.js';
import { markTransmissionLines } from '../src/body/transmission-lines.js';
import { splitLines } from '../src/text/source-line.js';
import { msUnder } from './timing.js';

const HEAD = ['CONFIDENTIAL SECTION 01 OF 02 ROME 001234', '', 'SIPDIS', '', 'E.O. 12958: DECL: 05/01/2017', 'TAGS: PREL IT', 'SUBJECT: TEST SUBJECT', ''];

/** A cable: the preamble above, then `body` lines, then a signer. */
const cable = (...body: string[]): string => [...HEAD, ...body, '', 'SMITH', ''].join('\n');

/** The texts of a parsed cable's paragraphs, headings and summary: none may hold the caption. */
const visible = (text: string): string => {
  const c = parseCable(text);
  return JSON.stringify([c.paragraphs.map((p) => [p.heading, p.text]), c.summary]);
};

describe('a stray SIPDIS line inside a sentence', () => {
  it('is passed over: the sentence reads on across it and the blank line before it', () => {
    const c = parseCable(
      cable(
        '1. (C) The minister stressed our deep concerns about continued',
        '',
        'SIPDIS',
        'misbehavior, including arms trafficking and a lack of cooperation.',
        '',
        '2. (C) The second paragraph.',
      ),
    );
    expect(c.paragraphs.map((p) => p.text)).toEqual([
      'The minister stressed our deep concerns about continued misbehavior, including arms trafficking and a lack of cooperation.',
      'The second paragraph.',
    ]);
    expect(c.body).not.toContain('SIPDIS');
    expect(c.body).toContain('continued\nmisbehavior');
    expect(c.unparsed).toEqual([]);
  });

  it('keeps the summary free of it', () => {
    const c = parseCable(cable('1. (C) Summary: The two delegations identified a number of specific', '', 'SIPDIS', 'areas for closer cooperation. End Summary.'));
    expect(c.summary).toBe('The two delegations identified a number of specific areas for closer cooperation.');
  });
});

describe('a stray SIPDIS line between blocks', () => {
  it('stands for a blank line: never a heading, never text', () => {
    const c = parseCable(
      cable(
        '1. (U) Point of contact is the economic officer, e-mail address given above.',
        '',
        'SIPDIS',
        '',
        'Hours spent on preparation: twenty.',
        '',
        '2. (U) The last paragraph.',
      ),
    );
    expect(c.paragraphs.map((p) => p.heading)).toEqual([null, null]);
    expect(c.paragraphs[0]?.text).toBe('Point of contact is the economic officer, e-mail address given above.\n\nHours spent on preparation: twenty.');
  });

  it('leaves a heading after it as the next paragraph\u2019s heading', () => {
    const c = parseCable(cable('1. (C) The first paragraph ends here.', '', 'SIPDIS', '', 'Relief Operations', '', '2. (C) The navy deployed ships.'));
    expect(c.paragraphs.map((p) => [p.number, p.heading])).toEqual([
      ['1', null],
      ['2', 'Relief Operations'],
    ]);
  });
});

describe('a stray SIPDIS word', () => {
  it('at the start of a wrapped line inside a sentence is cut off and passed over', () => {
    const text = cable('1. (C) The visit was an opportunity for discussion on', 'SIPDIS the "secrets" of the country\'s economic success.');
    expect(parseCable(text).paragraphs[0]?.text).toBe('The visit was an opportunity for discussion on the "secrets" of the country\'s economic success.');
  });

  it('inside a reflowed line, between lower-case words, is cut out', () => {
    const long = '1. (C) The two ministers are increasing pressure on the government by SIPDIS pressing aggressively for tougher measures in the council this spring.';
    expect(parseCable(cable(long)).paragraphs[0]?.text).toBe(
      'The two ministers are increasing pressure on the government by pressing aggressively for tougher measures in the council this spring.',
    );
  });

  it('cuts pieces with exact positions', () => {
    const source = 'the discussion went on\nSIPDIS the secrets of success were shared';
    const pieces = splitReflowedLines(splitLines(source), source);
    expect(pieces.map((p) => p.text)).toEqual(['the discussion went on', 'SIPDIS', 'the secrets of success were shared']);
    for (const p of pieces) expect(source.slice(p.offset, p.end)).toBe(p.text);
  });

  it('stays in prose about the caption (guard)', () => {
    const a = cable('1. (U) Please slug replies for the bureau and please include', 'SIPDIS in all replies to this message.');
    expect(parseCable(a).paragraphs[0]?.text).toBe('Please slug replies for the bureau and please include SIPDIS in all replies to this message.');
    const b = cable('1. (U) Washington appreciates the assistance of post in this matter. Please use the caption SIPDIS in all replies and slug them for the bureau.');
    expect(parseCable(b).paragraphs[0]?.text).toContain('caption SIPDIS in all replies');
  });

  it('at the start of a wrapped line before a capitalized word, the line before running on in lower case, is passed over', () => {
    const text = cable('1. (C) The minister and the secretary of the Department of', 'SIPDIS Fisheries and Coastal Affairs have been very helpful.');
    expect(parseCable(text).paragraphs[0]?.text).toBe('The minister and the secretary of the Department of Fisheries and Coastal Affairs have been very helpful.');
  });

  it('stays before a capitalized word after a line ending in capitals, digits or a sentence end, or before an all-caps word (guard)', () => {
    // A line ending in upper case: the caption may head a handling line of its own (`SIPDIS PACOM FOR ...`).
    const a = cable('1. (C) The talks were held with the USG AND THE GOI', 'SIPDIS Fisheries officials were present too.');
    expect(parseCable(a).paragraphs[0]?.text).toBe('The talks were held with the USG AND THE GOI SIPDIS Fisheries officials were present too.');
    const b = cable('1. (C) The talks were held with the ministry of', 'SIPDIS NOFORN officials were present too.');
    expect(parseCable(b).paragraphs[0]?.text).toBe('The talks were held with the ministry of SIPDIS NOFORN officials were present too.');
    const c = cable('1. (C) Please tag replies and use', 'SIPDIS Channels for all replies.');
    expect(parseCable(c).paragraphs[0]?.text).toBe('Please tag replies and use SIPDIS Channels for all replies.');
  });

  it('at a line start before an acronym and a word, the line before running on, is passed over (era red team 206)', () => {
    const text = cable('1. (C) Morocco cited the report issued in New York last September and the', "SIPDIS UN Personal Envoy's own report as proof.");
    expect(parseCable(text).paragraphs[0]?.text).toBe("Morocco cited the report issued in New York last September and the UN Personal Envoy's own report as proof.");
  });

  it('inside a reflowed line after a sentence end, before a capitalized word, after a `Secretary`, is cut out (era red team 206)', () => {
    const long = '1. (C) Fried told the Secretary of State for Foreign Affairs that the status quo could not last.  SIPDIS Moratinos agreed, and asked for a meeting.';
    expect(parseCable(cable(long)).paragraphs[0]?.text).toBe('Fried told the Secretary of State for Foreign Affairs that the status quo could not last. Moratinos agreed, and asked for a meeting.');
    // (No `Secretary` before it: it stays.)
    const none = '1. (C) Fried told the Minister of State for Foreign Affairs that the status quo could not last in any form.  SIPDIS Moratinos agreed, and asked for a meeting.';
    expect(parseCable(cable(none)).paragraphs[0]?.text).toContain('last in any form. SIPDIS Moratinos');
  });

  it('stays after a sentence end or before a capital (guard)', () => {
    const text = cable('1. (C) The minister left the room.', 'SIPDIS the word stays here.');
    expect(parseCable(text).paragraphs[0]?.text).toBe('The minister left the room. SIPDIS the word stays here.');
  });
});

describe('a handling caption printed with a page marker', () => {
  it('is transmission, on the marker\u2019s line or the next', () => {
    const c = parseCable(
      cable(
        '1. (C) The party had invited',
        '',
        'ROME 00001234 002.2 OF 002 C O R R E C T E D C O P Y',
        '',
        'a wide variety of individuals to the celebration.',
      ),
    );
    expect(c.paragraphs[0]?.text).toBe('The party had invited a wide variety of individuals to the celebration.');
    expect(c.pages.map((p) => p.page)).toEqual([2]);
    expect(c.unparsed).toEqual([]);
  });
});

describe('markTransmissionLines: stray SIPDIS lines', () => {
  it('marks the caption, the blank before it when it reads on, and reports a break otherwise', () => {
    const lines = ['the text runs on about continued', '', 'SIPDIS', 'misbehavior and more.', '', 'SIPDIS', '', 'Next block.'];
    const breaks: boolean[] = [];
    const marks = markTransmissionLines(lines, [], breaks);
    expect(lines.map((_, k) => marks[k] === true)).toEqual([false, true, true, false, false, true, false, false]);
    expect(lines.map((_, k) => breaks[k] === true)).toEqual([false, false, false, false, false, true, false, false]);
  });
});

describe('hostile input', () => {
  it('parses many SIPDIS lines and words in linear time', () => {
    const body: string[] = [];
    for (let i = 0; i < 4000; i++) body.push(i % 2 === 0 ? 'SIPDIS' : 'SIPDIS the text goes on and on SIPDIS with more');
    for (let i = 0; i < 2000; i++) body.push(i % 2 === 0 ? 'the department of' : 'SIPDIS Fisheries SIPDIS Affairs and more of');
    body.push(`1. (C) ${'word SIPDIS and '.repeat(8000)}end.`);
    const text = cable(...body);
    expect(text.length).toBeGreaterThan(150_000);
    const ms = msUnder(1500, () => {
      parseCable(text);
    });
    expect(ms).toBeLessThan(1500);
  });

  it('no caption survives in the visible fields of a mixed cable', () => {
    const text = cable('1. (C) One paragraph that goes on about', '', 'SIPDIS', 'the issues.', '', 'SIPDIS', '', '2. (C) Another.');
    expect(visible(text)).not.toContain('SIPDIS');
  });
});

describe('a stray Sipdis line in a cable converted to sentence case', () => {
  it('is passed over like the upper-case caption', () => {
    const c = parseCable(cable('1. (S) They kept the site secret by taking very careful steps to conceal the', '', 'Sipdis', 'true nature of the site.'));
    expect(c.paragraphs[0]?.text).toBe('They kept the site secret by taking very careful steps to conceal the true nature of the site.');
  });

  it('stays as a word inside a line of text (guard)', () => {
    const c = parseCable(cable('1. (U) The tag', 'Sipdis was added to the caption.'));
    expect(c.paragraphs[0]?.text).toBe('The tag Sipdis was added to the caption.');
  });
});

describe('the subject caption of a continuation page', () => {
  const SUBJECT = 'SUBJECT: SHIPPING LINE EVASIVE ACTIONS NECESSITATE DENIAL OF PORT ENTRY WORLDWIDE';
  const preamble = ['UNCLAS STATE 001234', '', 'TAGS: EFIN IR', SUBJECT, ''];

  it('is transmission after a page marker, also cut at the page width', () => {
    const lines = ['and encourage all', 'STATE 00001234  002.2 OF 005', 'SUBJECT: SHIPPING LINE EVASIVE ACTIONS NECESSITATE DENIAL OF PORT ENTRY WORLDWI', 'states to act.'];
    expect(markTransmissionLines(lines, preamble)).toEqual([false, true, true, false]);
    const c = parseCable([...preamble, '1. (SBU) We encourage all', '', 'STATE 00001234  002 OF 002', '', SUBJECT, 'states to act.', '', 'CLINTON', ''].join('\n'));
    expect(c.paragraphs.map((p) => p.text)).toEqual(['We encourage all states to act.']);
    expect(c.unparsed).toEqual([]);
  });

  it('stays text when it is no copy of the subject, or stands after no page marker (guard)', () => {
    const other = ['and encourage all', 'STATE 00001234  002.2 OF 005', 'SUBJECT: ANOTHER MATTER ENTIRELY', 'states to act.'];
    expect(markTransmissionLines(other, preamble)).toEqual([false, true, false, false]);
    const apart = ['and encourage all', 'STATE 00001234  002.2 OF 005', 'states to act.', SUBJECT];
    expect(markTransmissionLines(apart, preamble)).toEqual([false, true, false, false]);
  });

  it('is checked in linear time on many page markers', () => {
    const lines: string[] = [];
    for (let i = 0; i < 6000; i++) lines.push('STATE 00001234  002.2 OF 005', `${SUBJECT.slice(0, 20)}X${' word'.repeat(4)}`);
    const long = [...preamble.slice(0, 3), `SUBJECT: ${'A '.repeat(60000)}`];
    const ms = msUnder(500, () => {
      markTransmissionLines(lines, long);
    });
    expect(ms).toBeLessThan(500);
  });
});

describe('archive trailer lines after the text', () => {
  it('are transmission at the end: End Cable Text, a mail stamp, a database query', () => {
    const lines = ['text.', 'JONES', 'End Cable Text', 'Mary A Smith 01/02/2009 11:22:33 AM From DB/Inbox: ARCHIVE', "SELECT * FROM `records` WHERE `id` = '7'", '.'];
    expect(markTransmissionLines(lines)).toEqual([false, false, true, true, true, true]);
  });

  it('stay text before the last line of text (guard)', () => {
    const lines = ['End Cable Text', "SELECT * FROM `records` WHERE `id` = '7'", 'Mary A Smith 01/02/2009 11:22:33 AM From DB/Inbox: ARCHIVE', 'text.', 'JONES'];
    expect(markTransmissionLines(lines)).toEqual([false, false, false, false, false]);
  });

  it('are read in linear time', () => {
    const lines = Array.from({ length: 20000 }, (_, k) => (k % 2 === 0 ? `${'Aa '.repeat(20)}1/2/2009 1:22 AM From` : 'End Cable Text'));
    const ms = msUnder(500, () => {
      markTransmissionLines(lines);
    });
    expect(ms).toBeLessThan(500);
  });
});

describe('archive and embassy lines after the signer', () => {
  const preamble = ['SUBJECT: MOST WANTED PART I: THE CRIMES OF DANIEL ORTEGA AND HIS FAMILY'];

  it('are transmission: CABLE ENDS in quotes, a date, another cable\'s CSV record', () => {
    const lines = ['text.', 'JONES', '=====CABLE ENDS====="', '1/21/2009', '", 1234,7/30/2004 12:31,04ROME1235,"Embassy Rome",CONFIDENTIAL,04STATE15,"This record is ...'];
    expect(markTransmissionLines(lines)).toEqual([false, false, true, true, true]);
  });

  it('are transmission: the rest of the subject cut with ..., an embassy trailer after the name', () => {
    expect(markTransmissionLines(['filmed in 1984.', 'TRIVELLI', '', 'DANIEL ORTEGA AN...'], preamble)).toEqual([false, false, false, true]);
    const trailer = ['next year.', 'Jeffrey', ' ', '   "Visit Ankara\'s Classified Web Site at http://www.example.s', 'gov.gov/wiki/Portal:Turkey"'];
    expect(markTransmissionLines(trailer)).toEqual([false, false, false, true, true]);
  });

  it('stay text without a name before them, or when the cut line is no piece of the subject (guard)', () => {
    expect(markTransmissionLines(['filmed in 1984.', 'DANIEL ORTEGA AN...'], preamble)).toEqual([false, false]);
    expect(markTransmissionLines(['filmed in 1984.', 'TRIVELLI', 'THE CABINET MET ON...'], preamble)).toEqual([false, false, false]);
    expect(markTransmissionLines(['next year.', 'Visit Ankara\'s Classified Web Site at', 'http://www.example.gov/ankara'])).toEqual([false, false, false]);
    // A date or a record line before the last line of text stays text.
    expect(markTransmissionLines(['1/21/2009', 'text.', 'JONES'])).toEqual([false, false, false]);
  });

  it('are read in linear time', () => {
    const lines = Array.from({ length: 20000 }, (_, k) => (k % 2 === 0 ? `12,1/1/2000 1:00,${'04ROME1,"A",B '.repeat(20)}` : 'Visit the Classified Web Site at http://a.b/c'));
    lines.push('SMITH', `${'A'.repeat(100000)}...`, `"${'='.repeat(100000)}`);
    const ms = msUnder(500, () => {
      markTransmissionLines(lines, [`SUBJECT: ${'A '.repeat(50000)}`]);
    });
    expect(ms).toBeLessThan(500);
  });
});

describe('page-break residue: a SIPDIS insertion after a sentence end, the subject caption wrapped line, banners with caveats', () => {
  it('reads on across a blank line and SIPDIS with no blank line after it, also after a sentence end', () => {
    const c = parseCable(cable('1. (C) The minister met the secretary general on October 17.', '', 'SIPDIS', 'The secretary also spoke about the border dispute.', '', '2. (C) More.'));
    expect(c.paragraphs[0]?.text).toBe('The minister met the secretary general on October 17. The secretary also spoke about the border dispute.');
  });

  it('keeps the break when a blank line follows the caption too, or a label follows it (guard)', () => {
    const lines = ['The first block ends here today.', '', 'SIPDIS', '', 'The second block starts.', 'The third block ends here.', '', 'SIPDIS', '2. (C) A label.'];
    const breaks: boolean[] = [];
    const marks = markTransmissionLines(lines, [], breaks);
    expect(lines.map((_, k) => marks[k] === true)).toEqual([false, false, true, false, false, false, false, true, false]);
    expect(breaks[2]).toBe(true);
    expect(breaks[7]).toBe(true);
  });

  it('passes over the wrapped end of the subject left alone at a page break inside a sentence', () => {
    const head = ['CONFIDENTIAL MINSK 000311', '', 'E.O. 12958: DECL: 03/22/2016', 'TAGS: PGOV BO', 'SUBJECT: The President Gives a Speech and a Long Press', 'Conference', ''];
    const text = [...head, '1. (U) The speech was long. However, the critics of the', 'Conference', 'government were not invited to the hall.', '', '2. (U) A Conference', 'Conference', 'Later text.', '', 'SMITH', ''].join('\n');
    const c = parseCable(text);
    expect(c.paragraphs[0]?.text).toBe('The speech was long. However, the critics of the government were not invited to the hall.');
    // After a line that is no running text (`A Conference` holds one lower-case word but the check is lower case: kept when it ends a sentence).
    const lines = ['It ended.', 'Conference', 'the talks went on'];
    expect(markTransmissionLines(lines, head)[1]).toBe(false);
    expect(markTransmissionLines(['It went on with', 'Conference', 'the talks'], ['SUBJECT: Other Words', ''])[1]).toBe(false);
  });

  it('takes a banner with caveats between paragraphs for transmission, never a heading', () => {
    const c = parseCable([...HEAD, '1. (S) A car was seen.', '', '2. (S) Vehicle spotted near the residence.', '', 'SECRET//FGI//NOFORN', '', 'Full appendix available upon request.', 'SMITH', ''].join('\n'));
    expect(c.paragraphs.map((p) => p.heading)).toEqual([null, null]);
    expect(c.paragraphs[1]?.text).toBe('Vehicle spotted near the residence.\n\nFull appendix available upon request.');
  });

  it('takes a Declassify on: line opening the body, with its wrapped end, for transmission', () => {
    const lines = ['SECRET//FGI//NOFORN', '', 'Declassify on: Source marked 25X1-human, Date of source: June', '27, 2009', '', '1. (U) Daily report.', 'Declassify on: later text'];
    const marks = markTransmissionLines(lines);
    expect(lines.map((_, k) => marks[k] === true)).toEqual([true, false, true, true, false, false, false]);
  });

  it('checks subject captions in linear time', () => {
    const head = ['SUBJECT: The President Gives a Speech and a Long Press', 'Conference'];
    const lines: string[] = [];
    for (let i = 0; i < 30000; i++) lines.push(i % 2 === 0 ? 'the text runs on and' : 'Conference ');
    const ms = msUnder(1000, () => {
      markTransmissionLines(lines, head);
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('a line the transmission printed twice, the copy with a Q in front', () => {
  it('is passed over: the sentence reads on across it, once', () => {
    const c = parseCable(
      cable(
        '1. (C) The film shows a man who is rendered by the',
        'security team to a third country -- a clear reference to',
        'Qsecurity team to a third country -- a clear reference to',
        'the case that the inquiry examined last year.',
      ),
    );
    expect(c.paragraphs[0]?.text).toBe('The film shows a man who is rendered by the security team to a third country -- a clear reference to the case that the inquiry examined last year.');
    expect(c.spans.transmission.some((s) => s.end - s.start === 'Qsecurity team to a third country -- a clear reference to'.length)).toBe(true);
  });

  it('keeps a Q line that differs from the line before, and a short one (guards)', () => {
    const c = parseCable(cable('1. (C) The talks covered these subjects at length:', 'Qatar and its gas exports to the region', '', '2. (C) SUMMARY', 'QSUMMARY'));
    expect(c.paragraphs[0]?.text).toBe('The talks covered these subjects at length: Qatar and its gas exports to the region');
    expect(c.paragraphs[1]?.text).toContain('QSUMMARY');
  });

  it('is found in linear time among many Q lines', () => {
    const body = Array.from({ length: 20_000 }, (_, i) => (i % 2 === 0 ? 'Q'.repeat(30) : `Q${'Q'.repeat(30)}`));
    const ms = msUnder(1500, () => {
      parseCable(cable(...body));
    });
    expect(ms).toBeLessThan(1500);
  });
});
