/**
 * Comment, note and summary blocks (`extractBlocks`, `extractSummary`, src/body/blocks.ts): where a comment or a
 * note starts and ends, slashed and qualified comment keywords, a comment inside a summary, a summary lead-in.
 * Synthetic paragraphs.
 */

import { describe, expect, it } from 'vitest';
import { extractBlocks, extractSummary } from '../src/body/blocks.js';
import type { Paragraph } from '../src/model/cable.js';
import { msUnder } from './timing.js';

/** A paragraph for the block extractors. */
const para = (text: string, heading: string | null = null, number: string | null = null): Paragraph => ({ number, outline: number === null ? [] : [number], marking: null, heading, text });

describe('comment and note extents', () => {
  it('a `Comment Cont\'d` heading continues the comment under a `Comment` heading', () => {
    const blocks = extractBlocks([para('Talks went well.', null, '10'), para('The collapse of the process is a blow.', 'Comment', '11'), para('At the same time we should engage.', "Comment Cont'd", '12'), para('Next steps follow.', 'Outlook', '13')], 'COMMENT');
    expect(blocks).toEqual(['The collapse of the process is a blow.\n\nAt the same time we should engage.']);
  });

  it('a `NOTE:` without END NOTE ends at its block; a named diplomatic note is no note', () => {
    expect(extractBlocks([para('Do they coordinate?  NOTE:  If post reports that a gap exists, explain.\n\nPlease see 5A above for our answer.')], 'NOTE')).toEqual(['If post reports that a gap exists, explain.']);
    // The text of a diplomatic note the cable quotes: `DRAFT NOTE:`, `REPLY NOTE:` name a document.
    expect(extractBlocks([para('BEGIN TEXT OF DRAFT NOTE: The Embassy presents its compliments.\n\nThe Embassy avails itself of this opportunity.')], 'NOTE')).toEqual([]);
    expect(extractBlocks([para('REPLY NOTE:\n\nThe Ministry presents its compliments.')], 'NOTE')).toEqual([]);
    // An editor's note naming its writer is one: `HUB NOTE:`, ending at its block.
    expect(extractBlocks([para('HUB NOTE: Please refer to MONTEVIDEO 82 for more.\n\nThe next item.')], 'NOTE')).toEqual(['Please refer to MONTEVIDEO 82 for more.']);
  });

  it('a comment inside a summary, with no END COMMENT, stops before `End summary.`', () => {
    const blocks = extractBlocks([para('Summary: A contact said business is hard. Comment: We cannot confirm this claim. End summary.'), para('The contact added more.')], 'COMMENT');
    expect(blocks).toEqual(['We cannot confirm this claim.']);
  });

  it('a summary lead-in `Summary from the Meeting:` is left out of the summary', () => {
    expect(extractSummary([para('Summary from the NAC Meeting: -- AFGHANISTAN: Allies agreed. End summary.')])).toBe('-- AFGHANISTAN: Allies agreed.');
    // Guard: `Summary` as an ordinary word with a colon far on is no opener.
    expect(extractSummary([para('Summary executions were reported by many witnesses in the area: the army denies it.')])).toBeNull();
  });

  it('a lead-in further down than the second paragraph opens a summary only with an `END SUMMARY` (era red team 73)', () => {
    const form = ['A. NAME: JOHN OKAFOR', 'B. POSITION: GSO', 'C. COURSE REQUESTED: PA-221', 'D. SUMMARY OF DUTIES: MR. OKAFOR IS THE ONLY GSO AT POST.', 'E. JUSTIFICATION: HE HAS HAD NO TRAINING.'];
    expect(extractSummary(form.map((t, k) => para(t, null, String.fromCharCode(65 + k))))).toBeNull();
    const closed = [para('The delegation met twice.', null, '1'), para('It agreed on dates.', null, '2'), para('SUMMARY OF DISCUSSIONS: Both sides want a deal. END SUMMARY.', null, '3')];
    expect(extractSummary(closed)).toBe('Both sides want a deal.');
    expect(extractSummary([para('SUMMARY OF DISCUSSIONS: Both sides want a deal.', null, '1')])).toBe('Both sides want a deal.');
  });
});

describe('comment blocks: slashed headings and qualified keywords', () => {
  it('a `//COMMENT//` heading opens a comment section', () => {
    const paragraphs = [para('The minister spoke.', null, '6'), para('Our view is that he is right.', '//COMMENT//', '7')];
    expect(extractBlocks(paragraphs, 'COMMENT')).toEqual(['Our view is that he is right.']);
  });

  it('`(S/NF) Embassy Note and Comment: ... End Embassy Comment.` is a comment', () => {
    const text = 'Assets were moved.\n\n(S/NF) Embassy Note and Comment: The office has cooperated closely since 2005. End Embassy Comment.';
    expect(extractBlocks([para(text, null, '7')], 'COMMENT')).toEqual(['The office has cooperated closely since 2005.']);
  });

  it('`Post Comment:` after a sentence end opens a comment', () => {
    expect(extractBlocks([para('They run campaigns. Post Comment: The group is well known.', null, '3')], 'COMMENT')).toEqual(['The group is well known.']);
  });

  it('guard: another capitalized word before `Comment:` in running text opens nothing', () => {
    expect(extractBlocks([para('The rules were changed. Public Comment: the period ended.', null, '3')], 'COMMENT')).toEqual([]);
  });

  it('a comment section without END COMMENT stops before `(U) This report was coordinated with ...`', () => {
    const paragraphs = [para('The disputes go on.', 'COMMENT', '12'), para('(U) This report was coordinated with Amconsul Recife.', null, '13')];
    expect(extractBlocks(paragraphs, 'COMMENT')).toEqual(['The disputes go on.']);
  });
});

describe('a comment inside the summary, closed by `End summary and comment`', () => {
  it('ends the summary where the comment opens; the comment is read as one', () => {
    const ps = [para('Summary: The vote went to five parties, and the Communists. Comment: With only five parties the coalition will be hard to build. End summary and comment.'), para('Next.')];
    expect(extractSummary(ps)).toBe('The vote went to five parties, and the Communists.');
    expect(extractBlocks(ps, 'COMMENT')).toEqual(['With only five parties the coalition will be hard to build.']);
  });

  it('keeps a summary whole when its closer names no comment (guard)', () => {
    expect(extractSummary([para('Summary: The vote went well. Comment: It may not last. End summary.')])).toBe('The vote went well. Comment: It may not last.');
  });
});

describe('a parenthesized note qualified by its writer, in lower case', () => {
  it('is a note: `(Embassy note: ... .)`', () => {
    const ps = [para('There are rumors that the government will mine uranium. (Embassy note: Rumors of mining appear overblown. The ministry has no plan.) In the end nothing happened.')];
    expect(extractBlocks(ps, 'NOTE')).toEqual(['Rumors of mining appear overblown. The ministry has no plan.']);
  });

  it('leaves a lower-case note word in running text alone (guard)', () => {
    expect(extractBlocks([para('He took note: the talks failed. (We note: nothing.)')], 'NOTE')).toEqual([]);
  });
});

describe('a note after an asterisk', () => {
  it('`*HUB Note:`, `*Embassy note:`, `*Note:` open a note ending at its block', () => {
    expect(extractBlocks([para('Brazil receives the fund.\n\n*HUB Note: Norway announced more support. Source - Bloomberg\n\nThe next item.')], 'NOTE')).toEqual(['Norway announced more support. Source - Bloomberg']);
    expect(extractBlocks([para('The fund grew. *Embassy note: The figure is an estimate.')], 'NOTE')).toEqual(['The figure is an estimate.']);
    expect(extractBlocks([para('*Note: The figure is an estimate.')], 'NOTE')).toEqual(['The figure is an estimate.']);
  });

  it('guard: an asterisk before other words opens nothing', () => {
    expect(extractBlocks([para('*Footnote text about the Note of the ministry.')], 'NOTE')).toEqual([]);
    expect(extractBlocks([para('See the *Important Notes below.')], 'NOTE')).toEqual([]);
  });

  it('scans many asterisks in linear time', () => {
    const ms = msUnder(1000, () => {
      extractBlocks([para(`Note ${'*A '.repeat(50000)}${'* '.repeat(50000)}`)], 'NOTE');
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('continuation labels `(CONT)` of a summary or a comment running over paragraphs', () => {
  it('leaves `SUMMARY (CONT):` out of the summary, like `Summary, cont\'d.`', () => {
    const ps = [para('SUMMARY: The leader spoke at the rally.', null, '1'), para('SUMMARY (CONT): Although his tone was mild, he warned the opposition. END SUMMARY.', null, '2')];
    expect(extractSummary(ps)).toBe('The leader spoke at the rally.\n\nAlthough his tone was mild, he warned the opposition.');
    const contd = [para('Summary: The leader spoke.', null, '1'), para("Summary, cont'd. Also at the rally were students. End summary.", null, '2')];
    expect(extractSummary(contd)).toBe('The leader spoke.\n\nAlso at the rally were students.');
  });

  it('leaves `COMMENT (CONT):` out of the comment, closed by END COMMENT or not', () => {
    const closed = [para('COMMENT: The speech makes arrests more probable.', null, '12'), para('COMMENT (CONT): Contrary to his assertions, the unrest goes on. END COMMENT.', null, '13')];
    expect(extractBlocks(closed, 'COMMENT')).toEqual(['The speech makes arrests more probable.\n\nContrary to his assertions, the unrest goes on.']);
    const open = [para('COMMENT: The speech makes arrests more probable.', null, '12'), para('(C) Comment (cont): The unrest goes on.', null, '13')];
    expect(extractBlocks(open, 'COMMENT')).toEqual(['The speech makes arrests more probable.\n\nThe unrest goes on.']);
  });

  it('keeps words that only start like `cont` in the text (guard)', () => {
    const ps = [para('COMMENT: The speech was mild.', null, '12'), para('COMMENT CONTRARY to the press: the unrest goes on. END COMMENT.', null, '13')];
    // (Paragraph 13 opens with a bare COMMENT that its END COMMENT closes: a comment of its own, `CONTRARY` kept.)
    expect(extractBlocks(ps, 'COMMENT')).toEqual(['The speech was mild.', 'CONTRARY to the press: the unrest goes on.']);
    expect(extractSummary([para('SUMMARY: The leader spoke.', null, '1'), para('Summary controls were loosened. END SUMMARY.', null, '2')])).toBe('The leader spoke.\n\nSummary controls were loosened.');
  });

  it('reads many continuation labels in linear time', () => {
    const ps = [para('SUMMARY: Start.', null, '1')];
    for (let i = 2; i < 40; i++) ps.push(para(`SUMMARY (CONT)${' '.repeat(5000)}: x`, null, String(i)));
    const ms = msUnder(1000, () => {
      extractSummary(ps);
      extractBlocks([para(`COMMENT: a\n\n${'COMMENT ( CONT '.repeat(20000)}`)], 'COMMENT');
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('lower-case keywords after a qualifier and other closers (era red team 12)', () => {
  it('opens a comment at `Embassy comment:`, `Post comment:`, `Begin comment:` and `(Post comment:`', () => {
    for (const opener of ['Embassy comment:', 'Post comment:', 'Begin comment:']) {
      expect(extractBlocks([para(`The talks went well.  ${opener} The plan will slip. End comment.`)], 'COMMENT'), opener).toEqual(['The plan will slip.']);
    }
    expect(extractBlocks([para('The talks went well (Post comment: the plan will slip.) and ended.')], 'COMMENT')).toEqual(['the plan will slip.']);
  });

  it('opens a note at `Begin note:`', () => {
    expect(extractBlocks([para('The mission is small.  Begin note: It has 28 verifiers.  End note.  It will grow.')], 'NOTE')).toEqual(['It has 28 verifiers.']);
  });

  it('does not open a comment at a pronoun before a lower-case keyword, nor at `comment:` in running text (guard)', () => {
    expect(extractBlocks([para('He declined (We comment: it was late) to answer.')], 'COMMENT')).toEqual([]);
    expect(extractBlocks([para('He gave no further comment: the talks stalled.')], 'COMMENT')).toEqual([]);
  });

  it('closes at `Comment ends.`, `Note ends.` and `End bio note.`', () => {
    expect(extractBlocks([para('Comment: The office is only ten months old. Comment ends.')], 'COMMENT')).toEqual(['The office is only ten months old.']);
    expect(extractBlocks([para('He met the minister.  Note: The minister is new.  Note ends.  Talks followed.')], 'NOTE')).toEqual(['The minister is new.']);
    expect(extractBlocks([para('Smith is the new governor (Bio note: He speaks no English. End bio note.) and will serve.')], 'NOTE')).toEqual(['He speaks no English.']);
  });
});

describe('comments signed by an office or an officer (era red team 41)', () => {
  it('opens at `Conoff comment:`, `FPU comment:`, `Consular comment:` and closes at `End FPU comment.`', () => {
    const blocks = extractBlocks(
      [
        para('The applicant presented a forged bank letter. Conoff comment: The letterhead matched no branch in Quito. End comment.', null, '3'),
        para('FPU comment: Three more applicants used the same broker. End FPU comment.', null, '4'),
        para('Consular comment: Wait times fell to 12 days.', null, '5'),
      ],
      'COMMENT',
    );
    expect(blocks).toEqual(['The letterhead matched no branch in Quito.', 'Three more applicants used the same broker.', 'Wait times fell to 12 days.']);
  });

  it('closes an upper-case `CONGEN COMMENT:` at `END CONGEN COMMENT.`, not at the end of the cable', () => {
    const blocks = extractBlocks([para('CONGEN COMMENT: SUBJECT APPEARED CALM AND WELL FED. END CONGEN COMMENT. SHE LEAVES ON MONDAY.', null, '3')], 'COMMENT');
    expect(blocks).toEqual(['SUBJECT APPEARED CALM AND WELL FED.']);
  });

  it('closes at `END COMMENT` mistyped: an `O` left out, an `M` missing or doubled (corpus page 08BEIRUT523)', () => {
    expect(extractBlocks([para('Comment: The GOL hopes someone else acts. End cmment. Talks resume Monday.', null, '9')], 'COMMENT')).toEqual(['The GOL hopes someone else acts.']);
    expect(extractBlocks([para('COMMENT: THE MINISTER WAS CAREFUL. END COMENT. HE LEFT AT NOON.', null, '4')], 'COMMENT')).toEqual(['THE MINISTER WAS CAREFUL.']);
    expect(extractBlocks([para('Comment: Turnout was low. End commment. The count starts today.', null, '5')], 'COMMENT')).toEqual(['Turnout was low.']);
    // (Guard: `END` before another word closes nothing: the comment runs to its paragraph's end.)
    expect(extractBlocks([para('Comment: The end cement shipment is late. Prices rose.', null, '6')], 'COMMENT')).toEqual(['The end cement shipment is late. Prices rose.']);
  });

  it('is not closed by `the end of the comment period` (an article before COMMENT)', () => {
    const blocks = extractBlocks([para('Post comment: Farmers will write in before the end of the comment period in May. End comment.', null, '2')], 'COMMENT');
    expect(blocks).toEqual(['Farmers will write in before the end of the comment period in May.']);
  });
});

describe('comments and notes qualified by several words, and `Bio note:` (era red teams 70 and 71)', () => {
  it('opens at `Regional ESTH Officer Comment:`, `NEA CTAD comment:`, `Econ/ESTH Comment:`, `Further Comment:`', () => {
    const blocks = extractBlocks(
      [
        para('Cases rose again. Regional ESTH Officer Comment: Testing lags. End Regional ESTH Officer Comment.', null, '2'),
        para('NEA CTAD comment: The group recruits online.', null, '3'),
        para('Econ/ESTH Comment: The tariff will not pass.', null, '4'),
        para('Further Comment: Prices will rise.', null, '5'),
      ],
      'COMMENT',
    );
    expect(blocks).toEqual(['Testing lags.', 'The group recruits online.', 'The tariff will not pass.', 'Prices will rise.']);
  });

  it('does not open at an article or a pronoun before the keyword (guard)', () => {
    expect(extractBlocks([para('The minister spoke. The comment: it was late.', null, '2')], 'COMMENT')).toEqual([]);
    expect(extractBlocks([para('He spoke. His comment: no deal.', null, '2')], 'COMMENT')).toEqual([]);
    expect(extractBlocks([para('He gave no further comment: the talks stalled.', null, '2')], 'COMMENT')).toEqual([]);
  });

  it('closes at `End Note and Comment.` without keeping the closer in the text', () => {
    expect(extractBlocks([para('Embassy Note and Comment: The office is new. End Note and Comment. Talks followed.', null, '2')], 'COMMENT')).toEqual(['The office is new.']);
  });

  it('opens a note at `Bio note:` and `Biographic Note:` at a block start or after a sentence', () => {
    const notes = extractBlocks(
      [
        para('Khalid was named Interior Minister. Bio note: Born in Karak in 1946. Speaks good English. End bio note.', null, '2'),
        para('Biographic Note: She studied in Cairo. End note.', null, '3'),
      ],
      'NOTE',
    );
    expect(notes).toEqual(['Born in Karak in 1946. Speaks good English.', 'She studied in Cairo.']);
    expect(extractBlocks([para('He kept a bio note: it was short.', null, '2')], 'NOTE')).toEqual([]);
  });
});

describe('notes a quoted document writes itself (era red team 63)', () => {
  it('are its text, not the cable\'s notes; a bracketed note of the drafter inside it stays', () => {
    const letter = [para('THE PRESIDENT HAS SENT THE FOLLOWING LETTER. QUOTE DEAR MR. PRESIDENT: I WRITE ABOUT THE TALKS.', null, '2'), para('NOTE: I AM SENDING A SIMILAR MESSAGE TO KING HUSSEIN. SINCERELY, JIMMY CARTER UNQUOTE', null, '3')];
    expect(extractBlocks(letter, 'NOTE')).toEqual([]);
    const statement = [para('Begin text: The two governments agree. (Embassy note: the minister signed it Monday. End note.) Note: This statement is issued in English and Arabic. End text.', null, '4')];
    expect(extractBlocks(statement, 'NOTE')).toEqual(['the minister signed it Monday.']);
  });

  it('keeps the cable\'s own note after the quote', () => {
    const ps = [para('BEGIN TEXT: THE TWO GOVERNMENTS AGREE. END TEXT.', null, '2'), para('NOTE: THE TEXT WAS RELEASED AT NOON. END NOTE.', null, '3')];
    expect(extractBlocks(ps, 'NOTE')).toEqual(['THE TEXT WAS RELEASED AT NOON.']);
  });
});

describe('a quoted report\'s own summary (era red team 63)', () => {
  it('is not the cable\'s summary', () => {
    const ps = [para('THE DEPARTMENT SENT THE REPORT.', null, '1'), para('BEGIN TEXT: REPORT TO CONGRESS\n\nSUMMARY: THE ADMINISTRATION WILL NOT PROPOSE CHANGES. END SUMMARY.\n\n1. INTRODUCTION. END TEXT.', null, '2')];
    expect(extractSummary(ps)).toBeNull();
  });

  it('still reads a summary whose text quotes a phrase', () => {
    const ps = [para('The minister said QUOTE we will wait UNQUOTE, and left. End Summary.', null, '1')];
    expect(extractSummary(ps)).toBe('The minister said QUOTE we will wait UNQUOTE, and left.');
  });
});

describe('summary, comment and note forms of era red team 92', () => {
  it('a summary opened by a double dash', () => {
    expect(extractSummary([para('SUMMARY -- FOREIGN SECRETARY SHAHNAWAZ TOLD THE AMBASSADOR HE WOULD GO. END OF SUMMARY.', null, '2')])).toBe('FOREIGN SECRETARY SHAHNAWAZ TOLD THE AMBASSADOR HE WOULD GO.');
  });

  it('a plural COMMENTS block with its plural end', () => {
    expect(extractBlocks([para('COMMENTS: THE OFFER IS GENEROUS AND WE SHOULD ACCEPT IT. END COMMENTS.', null, '4'), para('ACTION REQUESTED: PLEASE ADVISE.', null, '5')], 'COMMENT')).toEqual(['THE OFFER IS GENEROUS AND WE SHOULD ACCEPT IT.']);
  });

  it('a note closed by a qualified end, in mixed case and in capitals', () => {
    expect(extractBlocks([para("He named the ministries. (Drafter's note: Biti listed them; Finance was not among them. End drafter's note.) The list was long.")], 'NOTE')).toEqual(['Biti listed them; Finance was not among them.']);
    expect(extractBlocks([para('HE SPOKE OF OPTIONS. (EMBASSY NOTE: TURKISH PRESS REPORTS SAY THE MISSILES ARRIVE. END EMBASSY NOTE.) HE DECLINED TO SAY WHAT THE OPTIONS WERE.')], 'NOTE')).toEqual(['TURKISH PRESS REPORTS SAY THE MISSILES ARRIVE.']);
  });

  it('an inline comment or note qualified by an abbreviation in capitals', () => {
    expect(extractBlocks([para('Bajilan threatened to sue. (PRT comment: Bajilan has threatened this twice before without filing. End PRT comment.) The council met.')], 'COMMENT')).toEqual(['Bajilan has threatened this twice before without filing.']);
    expect(extractBlocks([para('The mayor left. (USUN note: He resigned in May. End note.)')], 'NOTE')).toEqual(['He resigned in May.']);
  });

  it('does not close a note at `the end of the note` (guard: the note runs to its block\'s end)', () => {
    expect(extractBlocks([para('Note: The vote is Tuesday. He read it at the end of the note period and left.')], 'NOTE')).toEqual(['The vote is Tuesday. He read it at the end of the note period and left.']);
  });
});

describe('COMMENTS: inside a sentence in capitals (era red team 102)', () => {
  it('opens no comment; COMMENTS: opening a paragraph does', () => {
    expect(extractBlocks([para('THE MINISTER HAD NO COMMENTS: HE LEFT THE QUESTION TO THE PRIME MINISTER.', null, '3')], 'COMMENT')).toEqual([]);
    expect(extractBlocks([para('COMMENTS: THE OFFER IS GENEROUS. END COMMENTS.', null, '4')], 'COMMENT')).toEqual(['THE OFFER IS GENEROUS.']);
  });
});

describe('summaries and comments of era red team 164', () => {
  it('reads a summary opened after the first paragraph\'s lead sentence and closed in a later paragraph, whole', () => {
    const ps = [
      para('This cable updates ref A.  Summary: For the third time since February, protesters blocked the bridges.', null, '1'),
      para('State Security Secretary Aldo Fasci told the CG that the cartel pays protesters 200 pesos a day. End Summary.', null, '2'),
      para('The protests began on Monday.', null, '3'),
    ];
    expect(extractSummary(ps)).toBe('For the third time since February, protesters blocked the bridges.\n\nState Security Secretary Aldo Fasci told the CG that the cartel pays protesters 200 pesos a day.');
    // (Guard: with no END SUMMARY below, a `Summary:` in mid-text opens nothing.)
    expect(extractSummary([para('This cable updates ref A. Summary: the talks failed.', null, '1'), para('More follows.', null, '2')])).toBeNull();
  });
});

describe('notes opened after `Begin`, with a qualifier or a period (era red team 173)', () => {
  it('opens a note at `Begin bio note.`, `BEGIN BIO NOTE.`, `Begin Embassy note:`, `Begin biographic note:` and `Begin note.`', () => {
    for (const [open, close] of [
      ['Begin bio note.', 'End bio note.'],
      ['Begin bio note:', 'End bio note.'],
      ['BEGIN BIO NOTE.', 'END BIO NOTE.'],
      ['Begin Embassy note:', 'End Embassy note.'],
      ['Begin biographic note:', 'End biographic note.'],
      ['Begin note.', 'End note.'],
      // Several people's notes in one block (era red team 232).
      ['Begin bio notes:', 'End bio notes.'],
      ['BEGIN BIO NOTES:', 'END BIO NOTES.'],
      ['Begin Embassy notes:', 'End Embassy notes.'],
    ] as const) {
      // On lines of their own, and inline after a sentence.
      const own = extractBlocks([para('The Deputy Secretary met the First Deputy Prime Minister.', null, '2'), para(`${open}\n\nHe was born in 1947 in Kaluga.\n\n${close}`)], 'NOTE');
      expect(own, open).toEqual(['He was born in 1947 in Kaluga.']);
      const inline = extractBlocks([para(`The Deputy Secretary met him.  ${open} He was born in 1947 in Kaluga.  ${close}`, null, '2')], 'NOTE');
      expect(inline, open).toEqual(['He was born in 1947 in Kaluga.']);
    }
  });

  it('guard: a bare `Note.` after a sentence, and `begin` as a verb before a note, open no note', () => {
    expect(extractBlocks([para('He handed over a Diplomatic Note. This was the third such note.', null, '2')], 'NOTE')).toEqual([]);
    expect(extractBlocks([para('Talks will begin soon. We note the delay.', null, '2')], 'NOTE')).toEqual([]);
  });
});

describe('1990s comment and summary forms (era red team 207)', () => {
  it('reads `COMMENT AND RECOMMENDATION:` and `EMBASSY COMMENT AND ANALYSIS:` as comments', () => {
    expect(extractBlocks([para('COMMENT AND RECOMMENDATION:  THE DELAY IS MORE LIKELY TECHNICAL. END COMMENT AND RECOMMENDATION.', null, '4')], 'COMMENT')).toEqual(['THE DELAY IS MORE LIKELY TECHNICAL.']);
    expect(extractBlocks([para('EMBASSY COMMENT AND ANALYSIS: THE VOTE WAS CLOSE. END COMMENT.', null, '5')], 'COMMENT')).toEqual(['THE VOTE WAS CLOSE.']);
  });

  it('reads `COMMENT --` opening a paragraph as a comment, not `NO COMMENT --` in a sentence', () => {
    expect(extractBlocks([para('COMMENT -- THE GOVERNMENT HAS CHOSEN TO ABSORB SANCTIONS. END COMMENT.', null, '5')], 'COMMENT')).toEqual(['THE GOVERNMENT HAS CHOSEN TO ABSORB SANCTIONS.']);
    expect(extractBlocks([para('THE MINISTER HAD NO COMMENT -- HE LEFT AT ONCE.', null, '5')], 'COMMENT')).toEqual([]);
  });

  it('reads an office in capitals before `COMMENT -` after a sentence end, not `NO COMMENT -`', () => {
    expect(extractBlocks([para('LEGATT reported no record on subjects. RSO COMMENT - This is the first mention of the embassy.', null, '2')], 'COMMENT')).toEqual(['This is the first mention of the embassy.']);
    expect(extractBlocks([para('WE ASKED ABOUT THE VOTE. NO COMMENT - THE SPOKESMAN SAID.', null, '2')], 'COMMENT')).toEqual([]);
  });

  it('reads `SUMMARY/COMMENT:` as the summary opener and `SUMMARY ENDS.` as its end', () => {
    expect(extractSummary([para('SUMMARY/COMMENT:  THE FACTION WILL TABLE A MOTION. END SUMMARY/COMMENT.', null, '2')])).toBe('THE FACTION WILL TABLE A MOTION.');
    expect(extractSummary([para('SUMMARY:  COUNCIL MEMBERS MET. RELIEF FOR BELGRADE.  SUMMARY ENDS.', null, '1'), para('THE COUNCIL MET.', null, '2')])).toBe('COUNCIL MEMBERS MET. RELIEF FOR BELGRADE.');
  });
});

describe('2006-2010 comment and summary forms (era red team 206)', () => {
  it('reads `Comment.` after a sentence end when `End comment.` closes it, and not otherwise', () => {
    expect(extractBlocks([para('Arinc is third, which is not safe.  Comment. Placing Arinc third sends a signal.  End comment.  The lists close today.', null, '3')], 'COMMENT')).toEqual(['Placing Arinc third sends a signal.']);
    expect(extractBlocks([para('The minister had no reply. Comment. The word was his own.', null, '3')], 'COMMENT')).toEqual([]);
  });

  it('reads a qualified comment opened by a dash, and `Comment and Action Request:`', () => {
    expect(extractBlocks([para('The notebook held license plates.  RSO comment - This is the first time in 2008.  End RSO comment.', null, '2')], 'COMMENT')).toEqual(['This is the first time in 2008.']);
    expect(extractBlocks([para('Comment and Action Request: SOCAR is using the offer.  End Comment and Action Request.', null, '6')], 'COMMENT')).toEqual(['SOCAR is using the offer.']);
  });

  it('reads `Executive Summary:` opening a paragraph and a heading joining a word before `Summary`', () => {
    expect(extractSummary([para('Executive Summary: The dispute widened.', null, '1'), para('Talks go on.  End Summary.', null, '2'), para('Next.', null, '3')])).toBe('The dispute widened.\n\nTalks go on.');
    expect(extractSummary([para('The talks began.', 'Introduction and Summary', '1'), para('They will go on.  End Summary.', null, '2'), para('Next.', 'Background', '3')])).toBe('The talks began.\n\nThey will go on.');
  });
});

describe('a parenthesized note or comment qualified in capitals (era red team 212)', () => {
  it('ends at its closing parenthesis: `(EMBASSY NOTE: ...)`, `(DEPARTMENT NOTE: ...)`, `(EMBASSY COMMENT: ...)`, `(HUB Note: ...)`', () => {
    expect(extractBlocks([para('THE CHAIN RAN TO NEU-ULM. (EMBASSY NOTE: ORGANIZERS HAD PROMISED 200,000.) POLICE SAID.', null, '3')], 'NOTE')).toEqual(['ORGANIZERS HAD PROMISED 200,000.']);
    expect(extractBlocks([para('YOU MAY SAY SO. (DEPARTMENT NOTE: THE REPORTS CONCERN A 1978 LICENSE.) YOU SHOULD NOT GO BEYOND THIS.', null, '4')], 'NOTE')).toEqual(['THE REPORTS CONCERN A 1978 LICENSE.']);
    expect(extractBlocks([para('RAMOS SPOKE. (EMBASSY COMMENT: WE HAVE HEARD THE SAME.) RAMOS WAS LESS SURE.', null, '2')], 'COMMENT')).toEqual(['WE HAVE HEARD THE SAME.']);
    expect(extractBlocks([para('The index rose. (HUB Note: The index is weekly.) Prices fell.', null, '2')], 'NOTE')).toEqual(['The index is weekly.']);
  });
});

describe('1990s comment shapes (era red team 216)', () => {
  it('leaves the bracket or dashes opening the END marker out of the block', () => {
    expect(extractBlocks([para('COMMENT: THE BUDGET ASSUMES A DEFICIT OF 5 PERCENT OF GDP.  (END COMMENT)')], 'COMMENT')).toEqual(['THE BUDGET ASSUMES A DEFICIT OF 5 PERCENT OF GDP.']);
    expect(extractBlocks([para('COMMENT: THE DEFICIT GREW.  [END COMMENT]')], 'COMMENT')).toEqual(['THE DEFICIT GREW.']);
    expect(extractBlocks([para('COMMENT: THE DEFICIT GREW. -- END COMMENT --')], 'COMMENT')).toEqual(['THE DEFICIT GREW.']);
    expect(extractBlocks([para('NOTE: THE GAP IS COVERED BY TRANSFERS.  (END NOTE)')], 'NOTE')).toEqual(['THE GAP IS COVERED BY TRANSFERS.']);
    expect(extractSummary([para('SUMMARY: THE DEFICIT GREW. -- END SUMMARY --')])).toBe('THE DEFICIT GREW.');
    // A dash glued to a word before the marker is the word's.
    expect(extractBlocks([para('COMMENT: WE WILL FOLLOW UP IN A FOLLOW- END COMMENT.')], 'COMMENT')).toEqual(['WE WILL FOLLOW UP IN A FOLLOW-']);
  });

  it('reads a plural comment qualified by its author', () => {
    expect(extractBlocks([para('EMBASSY COMMENTS:  THE MARKET IS THIN. END EMBASSY COMMENTS.')], 'COMMENT')).toEqual(['THE MARKET IS THIN.']);
    expect(extractBlocks([para('Mission Comments: The French will not block it. End Mission Comments.')], 'COMMENT')).toEqual(['The French will not block it.']);
  });

  it('guard: `NO COMMENTS:` in running text opens nothing', () => {
    expect(extractBlocks([para('THE MINISTER HAD NO COMMENTS: HE LEFT THE QUESTION TO OTHERS.'), para('COMMENT: HE WAS RELAXED. END COMMENT.')], 'COMMENT')).toEqual(['HE WAS RELAXED.']);
  });

  it('reads a bare COMMENT opening a paragraph when END COMMENT closes it', () => {
    expect(extractBlocks([para('COMMENT THE ROKG IS ALMOST CERTAINLY OVER-INSURED. END COMMENT.')], 'COMMENT')).toEqual(['THE ROKG IS ALMOST CERTAINLY OVER-INSURED.']);
    // Not without its END marker, nor before `AND RECOMMENDATION:` (that opener reads itself).
    expect(extractBlocks([para('COMMENT PERIOD ON THE RULE ENDS MAY 1.')], 'COMMENT')).toEqual([]);
    expect(extractBlocks([para('COMMENT AND RECOMMENDATION: WE SHOULD WAIT. END COMMENT.')], 'COMMENT')).toEqual(['WE SHOULD WAIT.']);
  });
});

describe('comment and note shapes of 2003-2010 cables (era red team 221)', () => {
  it('reads comment headings qualified by their writer', () => {
    for (const heading of ["Ambassador's Comment", 'Consulate Comment', "Charge's Comment", 'Final Comment']) {
      const ps = [para('The talks went on.', null, '3'), para('The vote shows little.', heading, '4'), para('We expect more. End Comment.', null, '5')];
      expect(extractBlocks(ps, 'COMMENT'), heading).toEqual(['The vote shows little.\n\nWe expect more.']);
    }
  });

  it('runs a headed comment past a sub-heading to its END marker, not past another opener', () => {
    const ps = [para('Dostum was named.', 'Comment', '4'), para('He has allies.', null, '5'), para('The count is late. End Comment.', 'Implications for the Count', '6'), para('Next.', null, '7')];
    expect(extractBlocks(ps, 'COMMENT')).toEqual(['Dostum was named.\n\nHe has allies.\n\nThe count is late.']);
    const other = [para('Dostum was named.', 'Comment', '4'), para('Comment: A second view. End Comment.', 'Implications', '5')];
    expect(extractBlocks(other, 'COMMENT')).toEqual(['Dostum was named.', 'A second view.']);
  });

  it('reads `Comment - ` opening a paragraph, and notes written with a dash', () => {
    expect(extractBlocks([para('Comment - The vote shows that Ferrero is weak.  End Comment.')], 'COMMENT')).toEqual(['The vote shows that Ferrero is weak.']);
    expect(extractBlocks([para('The monitors reported. (Note - The non-paper was drafted last week.  End Note.) The talks go on.')], 'NOTE')).toEqual(['The non-paper was drafted last week.']);
    expect(extractBlocks([para('The monitors reported. Note -- the paper was drafted last week. End note.')], 'NOTE')).toEqual(['the paper was drafted last week.']);
  });

  it('ends a bracketed comment at its own bracket, a bracket opened inside it closed first', () => {
    expect(extractBlocks([para('The monitors reported. (Comment: It told us in July (ref A) that most rulings went against the LTTE.) The talks go on.')], 'COMMENT')).toEqual([
      'It told us in July (ref A) that most rulings went against the LTTE.',
    ]);
  });

  it('leaves a portion marking after the word Summary out of the summary', () => {
    expect(extractSummary([para('Summary (C): The court ordered the closure.  End Summary.')])).toBe('The court ordered the closure.');
  });
});

describe('summaries and comments joined to a request of several words (era red team 240)', () => {
  it('reads `COMMENT AND REQUEST FOR GUIDANCE:` and `Comment and action request:` as comment openers', () => {
    expect(extractBlocks([para('COMMENT AND REQUEST FOR GUIDANCE: THE DRAFT GOES TOO FAR. END COMMENT.', null, '5')], 'COMMENT')).toEqual(['THE DRAFT GOES TOO FAR.']);
    expect(extractBlocks([para('(C) COMMENT AND ACTION REQUEST: ALLIES WANT OUR VIEW. END COMMENT.', null, '5')], 'COMMENT')).toEqual(['ALLIES WANT OUR VIEW.']);
    expect(extractBlocks([para('Comment and action request: The PC decides on Thursday. End comment and action request.', null, '5')], 'COMMENT')).toEqual(['The PC decides on Thursday.']);
    // (Guard: `comment and` in a sentence opens nothing.)
    expect(extractBlocks([para('We will comment and act on this draft: the text is long.', null, '5')], 'COMMENT')).toEqual([]);
  });

  it('leaves `SUMMARY AND REQUEST FOR GUIDANCE:` out of the summary', () => {
    expect(extractSummary([para('(C) SUMMARY AND REQUEST FOR GUIDANCE: ALLIES MET ON SEPTEMBER 18. END SUMMARY AND REQUEST FOR GUIDANCE.', null, '2')])).toBe('ALLIES MET ON SEPTEMBER 18.');
    expect(extractSummary([para('Summary and request for instructions: Allies met on September 18. End summary.', null, '2')])).toBe('Allies met on September 18.');
  });

  it('stays linear on long runs of the joined words', () => {
    const hostile = `COMMENT AND ${'REQUEST '.repeat(20000)}x. Comment and ${'request '.repeat(20000)}x. SUMMARY AND ${'GUIDANCE '.repeat(20000)}`;
    const ms = msUnder(1000, () => {
      extractBlocks([para(hostile, null, '1')], 'COMMENT');
      extractSummary([para(hostile, null, '1')]);
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('comments and notes of offices with a slash or a hyphen, and office notes inline (era red team 246)', () => {
  it('closes `ARSO-I comment:` at `End ARSO-I comment.`', () => {
    expect(extractBlocks([para("ARSO-I comment: The network's reach is limited.  End ARSO-I comment.", null, '5')], 'COMMENT')).toEqual(["The network's reach is limited."]);
  });

  it('reads `(ARSO-I Note: ...)` up to its bracket, and `RSO Note: ... End Note.` inline', () => {
    expect(extractBlocks([para('The sergeant was held.  (ARSO-I Note: He had been vetted in 2006.)  Both remain in custody.', null, '5')], 'NOTE')).toEqual(['He had been vetted in 2006.']);
    expect(extractBlocks([para('Two devices exploded.  RSO Note: The same cell was named in ref B.  End Note.  The police came.', null, '5')], 'NOTE')).toEqual(['The same cell was named in ref B.']);
    // (Guard: an office's note in mid-sentence, after no sentence end, opens nothing.)
    expect(extractBlocks([para('He read the RSO note: it said nothing.', null, '5')], 'NOTE')).toEqual([]);
  });
});

describe('comments and notes of writers in mixed case, and a second word after a slash (era red teams 248 and 251)', () => {
  it('opens at `PEPFAR team comment:`, `Country team comment:` and `Embassy and CDC comment:`', () => {
    expect(extractBlocks([para('PEPFAR team comment: The pilot is modest. End PEPFAR team comment. Scale-up follows.', null, '5')], 'COMMENT')).toEqual(['The pilot is modest.']);
    expect(extractBlocks([para('Country team comment: Funding lags. End comment.', null, '6')], 'COMMENT')).toEqual(['Funding lags.']);
    expect(extractBlocks([para('Embassy and CDC comment: We share the view. End Embassy and CDC comment.', null, '4')], 'COMMENT')).toEqual(['We share the view.']);
    // (Guard: `Summary and comment:` opens the summary, not a comment.)
    expect(extractBlocks([para('Summary and comment: Turnout was low. End summary and comment.', null, '1')], 'COMMENT')).toEqual([]);
  });

  it('opens at `Comment/Recommendation:`, `COMMENT/RECOMMENDATION:` and `Comment (FCS):`', () => {
    expect(extractBlocks([para('Comment/Recommendation: The Commission is matching the offer. End Comment.', null, '4')], 'COMMENT')).toEqual(['The Commission is matching the offer.']);
    expect(extractBlocks([para('COMMENT/RECOMMENDATION: THE OFFER IS WEAK. END COMMENT.', null, '5')], 'COMMENT')).toEqual(['THE OFFER IS WEAK.']);
    expect(extractBlocks([para('Comment (FCS): Three firms bid. End Comment.', null, '3')], 'COMMENT')).toEqual(['Three firms bid.']);
  });

  it('opens at `Hub note:`, `Emboff note:`, `Science Attache note:` and `Translator\'s note:`', () => {
    expect(extractBlocks([para("The Minister spoke first.  Hub note: Emissions are small. End hub note.  He asked for help.", null, '2')], 'NOTE')).toEqual(['Emissions are small.']);
    expect(extractBlocks([para('The limit held.  Emboff note: TEPCO reported the leak late. End note.', null, '3')], 'NOTE')).toEqual(['TEPCO reported the leak late.']);
    expect(extractBlocks([para('Science Attache note: The lab is new. End note.', null, '4')], 'NOTE')).toEqual(['The lab is new.']);
    expect(extractBlocks([para("Translator's note: The word means both. End note.", null, '5')], 'NOTE')).toEqual(['The word means both.']);
    // (Guard: `Please note:` is a sentence, not a note's opener.)
    expect(extractBlocks([para('The office closes Monday.  Please note: visas are still issued.', null, '6')], 'NOTE')).toEqual([]);
  });

  it('opens at `USDEL COMMENT.` and `EMBASSY COMMENT.`, its writer in capitals before the period (era red team 266, session 25)', () => {
    expect(extractBlocks([para("USDEL COMMENT. THE EC'S MOVEMENT IS WHAT WE NEEDED. END COMMENT.", null, '3')], 'COMMENT')).toEqual(["THE EC'S MOVEMENT IS WHAT WE NEEDED."]);
    expect(extractBlocks([para('THE TALKS ENDED. EMBASSY COMMENT. THE GAP IS WIDE. END COMMENT.', null, '4')], 'COMMENT')).toEqual(['THE GAP IS WIDE.']);
    // (Guard: `NO COMMENT.` and the closer itself open nothing.)
    expect(extractBlocks([para('ASKED ABOUT THE VOTE, HE SAID NO COMMENT. THE TALKS ENDED.', null, '5')], 'COMMENT')).toEqual([]);
  });

  it('opens at the keyword mistyped in haste, `Commnet:`, `Coment:` (era leftover 2274, session 25)', () => {
    expect(extractBlocks([para('Commnet: The opposition holds Bishkek.  End comment.', null, '6')], 'COMMENT')).toEqual(['The opposition holds Bishkek.']);
    expect(extractBlocks([para('The talks ended.  Coment: The gap is wide.  End Comment.', null, '4')], 'COMMENT')).toEqual(['The gap is wide.']);
    // (Guard: a word that only begins so opens nothing: `Comets:`, `Commentators said ...`.)
    expect(extractBlocks([para('Comets: two were seen.  Commentators said little.', null, '5')], 'COMMENT')).toEqual([]);
  });

  it("opens at the FBI's `Legat note:` (era red team 262, session 25)", () => {
    expect(extractBlocks([para("The records arrived.  Legat note: AFMLS will accept the certificate in court.  End note.  More text.", null, '3')], 'NOTE')).toEqual(['AFMLS will accept the certificate in court.']);
    expect(extractBlocks([para('Legatt note: Two requests are a year old.  End Legat note.', null, '4')], 'NOTE')).toEqual(['Two requests are a year old.']);
  });
});

describe("a press review's lead-in using COMMENT or NOTE as a noun (era red team 252)", () => {
  it('opens no comment at `... CONTINUED TO DRAW COMMENT:` or `A SAMPLING OF EDITORIAL COMMENT:`', () => {
    expect(extractBlocks([para("IRAQ. THE U.N. SECRETARY GENERAL'S AGREEMENT WITH BAGHDAD CONTINUED TO DRAW COMMENT: EL PAIS (2/25) CALLED IT A RELIEF.", null, '2')], 'COMMENT')).toEqual([]);
    expect(extractBlocks([para('THE FOLLOWING IS A SAMPLING OF EDITORIAL COMMENT: DIE WELT (7/7) SAID THE SUMMIT WAS A SUCCESS.', null, '2')], 'COMMENT')).toEqual([]);
  });

  it('opens no note at `... STRUCK A MORE CAUTIOUS NOTE:`', () => {
    expect(extractBlocks([para('CONSERVATIVE DIE WELT (7/7) STRUCK A MORE CAUTIOUS NOTE: "GORBACHEV WILL READ THE TEXT."', null, '3')], 'NOTE')).toEqual([]);
  });

  it('guard: a writer of up to three words after a sentence end, a quote or a bracket still opens one', () => {
    expect(extractBlocks([para('THE MINISTER AGREED. EMBASSY COMMENT: HE HAD LITTLE CHOICE. END COMMENT.', null, '4')], 'COMMENT')).toEqual(['HE HAD LITTLE CHOICE.']);
    expect(extractBlocks([para('HE SAID "NOT YET." COMMENT: THE TIMING IS POLITICAL. END COMMENT.', null, '5')], 'COMMENT')).toEqual(['THE TIMING IS POLITICAL.']);
    expect(extractBlocks([para('THE VOTE IS SET (DAO NOTE: TWO BRIGADES MOVED. END NOTE.) FOR MAY.', null, '6')], 'NOTE')).toEqual(['TWO BRIGADES MOVED.']);
    expect(extractBlocks([para('SUMMARY AND COMMENT: THE TALKS STALLED. END SUMMARY AND COMMENT.', null, '1')], 'COMMENT')).toEqual(['THE TALKS STALLED.']);
  });
});

describe('comment and summary openers of era red teams 326, 329 and 336 (session 27)', () => {
  it('opens a comment at `Begin comment.` (a period, any case) and `(Begin Comment)` in running text', () => {
    expect(extractBlocks([para('The PRT met the Governor. Begin comment. The Governor did well. End comment. He left.')], 'COMMENT')).toEqual(['The Governor did well.']);
    expect(extractBlocks([para('The chief spoke on November 18.  (Begin Comment) We have no evidence. (End Comment) The Governor left.')], 'COMMENT')).toEqual(['We have no evidence.']);
    expect(extractBlocks([para('(Begin Comment) The sheikhs lie.  (End Comment)')], 'COMMENT')).toEqual(['The sheikhs lie.']);
  });

  it('opens a comment at `Comment (SBU/NF):`, a marking in brackets after the word', () => {
    expect(extractBlocks([para('Comment (SBU/NF): Both governors blame Baghdad. End Comment.')], 'COMMENT')).toEqual(['Both governors blame Baghdad.']);
  });

  it('opens a summary at `Summary` and an em or en dash', () => {
    expect(extractSummary([para('Summary \u2014 The budget freezes pay. End Summary.', null, '1')])).toBe('The budget freezes pay.');
    expect(extractSummary([para('Summary \u2013 The budget freezes pay. End Summary.', null, '1')])).toBe('The budget freezes pay.');
  });

  it('guard: the word in a sentence opens no comment (`He made no comment. It was late.`, `to begin comment.`)', () => {
    expect(extractBlocks([para('He made no comment. It was late.')], 'COMMENT')).toEqual([]);
    expect(extractBlocks([para('The Ministry declined to begin comment. It was late. End comment.')], 'COMMENT')).toEqual([]);
  });
});

describe('a summary labelled with its writer, an office or the embassy (era red team 353, session 27)', () => {
  it('leaves the writer and the label out of the summary, and closes at `END USINT SUMMARY`', () => {
    expect(extractSummary([para('AIT Summary: The Department of Health acted. End Summary.', null, '1')])).toBe('The Department of Health acted.');
    expect(extractSummary([para('USINT SUMMARY: A B C. END USINT SUMMARY.', null, '1')])).toBe('A B C.');
    expect(extractSummary([para('Embassy summary: The talks stalled. End summary.', null, '1')])).toBe('The talks stalled.');
  });

  it('guard: `THE SUMMARY OF ...` in a sentence opens no summary', () => {
    expect(extractSummary([para('THE SUMMARY OF THE TALKS FOLLOWS IN PARA 3.', null, '1')])).toBeNull();
  });
});

describe('a summary over several marked blocks before paragraph 1 (era red teams 323 and 371, session 27)', () => {
  it('leaves the markings opening its later blocks out', () => {
    const first = para('(C) Summary: Construction lags.\n\n(C) UNHCR told us the same.\n\n(SBU) Post recommends a review.  End Summary.');
    expect(extractSummary([{ ...first, marking: 'C', text: first.text.slice(4) }, para('Text.', null, '1')])).toBe('Construction lags.\n\nUNHCR told us the same.\n\nPost recommends a review.');
  });

  it('guard: a bracket opening a later block that is no marking stays', () => {
    expect(extractSummary([para('Summary: Construction lags.\n\n(Ref A) UNHCR told us the same. End Summary.', null, '1')])).toBe('Construction lags.\n\n(Ref A) UNHCR told us the same.');
  });
});

describe('the press or the public named before the keyword (era red team 385, session 28)', () => {
  it('reads no comment of the writer in a paragraph reporting press comment', () => {
    for (const text of [
      'PRESS COMMENT.  THE DAILY NATION MARCH 13 EDITORIAL CALLED THE BUDGET TALK OPTIMISM.',
      'Media comment:  The private daily Les Echos called the decision "a retreat before the imams."',
      'Press Comment:  The Guardian called the queues "a national embarrassment."',
      'PUBLIC COMMENT: CALLERS TO RADIO SHOWS WERE ANGRY.',
    ]) {
      expect(extractBlocks([para(text, null, '6'), para('COMMENT: THE BUDGET IS OPTIMISTIC. END COMMENT.', null, '7')], 'COMMENT')).toEqual(['THE BUDGET IS OPTIMISTIC.']);
    }
  });

  it("guard: the writer's own qualified comment is still one", () => {
    expect(extractBlocks([para('EMBASSY COMMENT: WE THINK SO. END COMMENT.', null, '6')], 'COMMENT')).toEqual(['WE THINK SO.']);
    expect(extractBlocks([para('Embassy comment: We think so.  End comment.', null, '6')], 'COMMENT')).toEqual(['We think so.']);
  });
});
