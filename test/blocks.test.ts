/**
 * SUMMARY, COMMENT and NOTE blocks (docs/cable-format.md section 4, "Blocks"): openers with
 * a period, comment sections under a heading, the combined `SUMMARY AND COMMENT` marker.
 * Synthetic paragraphs.
 */

import { describe, expect, it } from 'vitest';
import { extractBlocks, extractSummary } from '../src/body/blocks.js';
import type { Paragraph } from '../src/model/cable.js';
import { msUnder } from './timing.js';

/** A numbered paragraph with a heading (or none). */
const para = (text: string, heading: string | null = null): Paragraph => ({
  number: '1',
  outline: ['1'],
  marking: 'C',
  heading,
  text,
});

describe('extractBlocks: openers written with a period', () => {
  it('reads COMMENT. ... END COMMENT. at a paragraph start', () => {
    const paragraphs = [para('The talks went well.'), para('COMMENT. Post remains concerned about the cartels. END COMMENT.')];
    expect(extractBlocks(paragraphs, 'COMMENT')).toEqual(['Post remains concerned about the cartels.']);
  });

  it('reads NOTE. ... END NOTE. after a finished sentence, and Comment. at a paragraph start', () => {
    const note = para('Gunmen attacked the convoy. NOTE. The attack resembled the one in January. END NOTE. Police arrived late.');
    expect(extractBlocks([note], 'NOTE')).toEqual(['The attack resembled the one in January.']);
    expect(extractBlocks([para('Comment. Two of the three bridges bear military names.')], 'COMMENT')).toEqual(['Two of the three bridges bear military names.']);
  });

  it('takes no ordinary word for an opener (guard)', () => {
    const paragraphs = [para('He sent the request via Diplomatic Note. This request was denied. END NOTE. As the ministry said, no comment.')];
    expect(extractBlocks(paragraphs, 'NOTE')).toEqual([]);
    expect(extractBlocks([para('The minister declined to comment. He left.')], 'COMMENT')).toEqual([]);
  });
});

describe('extractBlocks: SUMMARY AND COMMENT', () => {
  it('closes the comment at END SUMMARY AND COMMENT, without the marker', () => {
    const paragraphs = [para('SUMMARY AND COMMENT: The EU is moving slowly. END SUMMARY AND COMMENT'), para('Repeated Call for More Evidence')];
    expect(extractBlocks(paragraphs, 'COMMENT')).toEqual(['The EU is moving slowly.']);
    expect(extractSummary(paragraphs)).toBe('The EU is moving slowly.');
  });
});

describe('extractBlocks: a COMMENT heading', () => {
  it('takes the paragraphs under the heading up to END COMMENT', () => {
    const paragraphs = [
      para('The mayor spoke.', 'Background'),
      para('There is no doubt the mayor will run.', 'COMMENT'),
      para('He is better able to win. END COMMENT. Other text.'),
      para('The next part.', 'Outlook'),
    ];
    expect(extractBlocks(paragraphs, 'COMMENT')).toEqual(['There is no doubt the mayor will run.\n\nHe is better able to win.']);
  });

  it('takes the paragraphs up to the next heading when there is no END COMMENT', () => {
    const paragraphs = [para('The mayor spoke.'), para('The coming months matter.', 'Comment'), para('We will watch.'), para('Travel plans.', 'Logistics')];
    expect(extractBlocks(paragraphs, 'COMMENT')).toEqual(['The coming months matter.\n\nWe will watch.']);
  });

  it('reads a section opened again by its own opener once, and blocks in order', () => {
    const paragraphs = [para('Talks. COMMENT: First view. END COMMENT.'), para('Comment: The view is grim. END COMMENT.', 'Comment')];
    expect(extractBlocks(paragraphs, 'COMMENT')).toEqual(['First view.', 'The view is grim.']);
    // A COMMENT: inside a section under a heading is part of it.
    const inside = [para('Second thoughts.', 'COMMENT'), para('As said, COMMENT: more. END COMMENT.')];
    expect(extractBlocks(inside, 'COMMENT')).toEqual(['Second thoughts.\n\nAs said, COMMENT: more.']);
  });
});

describe('extractBlocks: hostile input', () => {
  it('stays linear on many openers without closers and many COMMENT headings', () => {
    const text = 'Done. NOTE. x (Note. y. COMMENT. z '.repeat(5000);
    const many = Array.from({ length: 3000 }, (_, k) => para(`Text ${k} NOTE: ${'w '.repeat(20)}`, k % 2 === 0 ? 'COMMENT' : null));
    const ms = msUnder(800, () => {
      // A block without its END marker runs to the end of its paragraph: one block each.
      expect(extractBlocks([para(text)], 'NOTE').length).toBe(1);
      expect(extractBlocks([para(text)], 'COMMENT').length).toBe(1);
      expect(extractBlocks(many, 'COMMENT').length).toBe(1500);
      expect(extractBlocks(many, 'NOTE').length).toBe(3000);
    });
    expect(ms).toBeLessThan(800);
  });
});

describe('extractBlocks: a parenthesized block without its END marker', () => {
  it('ends a note at its closing parenthesis, counting nested pairs', () => {
    const p = para('The talks resumed. (Note: The minister (a former general) was absent.) The deputy spoke instead.');
    expect(extractBlocks([p], 'NOTE')).toEqual(['The minister (a former general) was absent.']);
    // The parenthesis closes after the sentence's period, or before it.
    expect(extractBlocks([para('(NOTE: Post was asked not to call the office). The points follow:')], 'NOTE')).toEqual(['Post was asked not to call the office']);
    expect(extractBlocks([para('He cited a group (Comment: the group is a small NGO). He left.')], 'COMMENT')).toEqual(['the group is a small NGO']);
  });

  it('ends it at an END marker before the parenthesis, and reads the next block after it', () => {
    const p = para('(NOTE: He left early. END NOTE.) Later (Note: she stayed.) All went home.');
    expect(extractBlocks([p], 'NOTE')).toEqual(['He left early.', 'she stayed.']);
  });

  it('skips a parenthesis standing for a lost dash and list labels (guard)', () => {
    const dash = para('to fix tariffs (Comment: this means lower maximum permitted ) bound ) tariffs. End comment). He added more.');
    expect(extractBlocks([dash], 'COMMENT')).toEqual(['this means lower maximum permitted ) bound ) tariffs.']);
    const list = para('He spoke. (Note: his three aims were: 1) jobs, 2) schools and 3) roads.) Then he left.');
    expect(extractBlocks([list], 'NOTE')).toEqual(['his three aims were: 1) jobs, 2) schools and 3) roads.']);
    // No closing parenthesis: the block runs to the end of its paragraph, as before.
    expect(extractBlocks([para('(Note: the data are old and incomplete'), para('Next.')], 'NOTE')).toEqual(['the data are old and incomplete']);
  });

  it('reads a comment or note in square brackets, ending at its closing bracket', () => {
    const comment = para('Growth fell to less than 4 percent at the end of the year. [Comment: Amazing how far a little "creative accounting" will get you.] The bank disagreed.');
    expect(extractBlocks([comment], 'COMMENT')).toEqual(['Amazing how far a little "creative accounting" will get you.']);
    const note = para('The two traders remain under arrest. [Note: They were detained in August [per ref A] on customs charges. End note.] Their lawyer is hopeful.');
    expect(extractBlocks([note], 'NOTE')).toEqual(['They were detained in August [per ref A] on customs charges.']);
    expect(extractBlocks([para('Prices rose. [Post Comment: The rise is seasonal.] Exports fell.')], 'COMMENT')).toEqual(['The rise is seasonal.']);
  });

  it('takes no block from other bracketed text, and a parenthesized comment still ends at its parenthesis (guard)', () => {
    expect(extractBlocks([para('The minister [the comment was made in private] said the note would follow.')], 'COMMENT')).toEqual([]);
    expect(extractBlocks([para('He said [sic] that the Note: was late.')], 'NOTE')).toEqual([]);
    expect(extractBlocks([para('Prices rose. (Comment: The rise [in the north] is seasonal.) Exports fell.')], 'COMMENT')).toEqual(['The rise [in the north] is seasonal.']);
  });

  it('stays linear on many parenthesized openers and parentheses', () => {
    const text = '(NOTE: a (b (c '.repeat(10000) + ') x '.repeat(10000);
    const ms = msUnder(800, () => {
      expect(extractBlocks([para(text)], 'NOTE').length).toBeGreaterThan(0);
      expect(extractBlocks([para('(Note: x 1) y '.repeat(15000))], 'NOTE').length).toBeGreaterThan(0);
      expect(extractBlocks([para('[Comment: a [b [c '.repeat(8000) + '] x '.repeat(8000))], 'COMMENT').length).toBeGreaterThan(0);
    });
    expect(ms).toBeLessThan(800);
  });
});

describe('extractSummary: variants of the summary marker', () => {
  it('reads a summary with a word joined before or after it', () => {
    expect(extractSummary([para('Introduction and summary: The president met the envoy. End introduction and summary.')])).toBe('The president met the envoy.');
    expect(extractSummary([para('Intro.'), para('Summary and Action Request. Allies agreed to expand the mission. End Summary and Action Request.')])).toBe(
      'Allies agreed to expand the mission.',
    );
    expect(extractSummary([para('Summary and comment: The plan is late. End summary and comment.')])).toBe('The plan is late.');
  });

  it('reads under a SUMMARY heading up to the next heading, or only the first paragraph when no heading follows', () => {
    const closed = [para('The minister said little.', 'SUMMARY'), para('He will travel in May.'), para('The meeting.', 'BACKGROUND')];
    expect(extractSummary(closed)).toBe('The minister said little.\n\nHe will travel in May.');
    const open = [para('The minister said little.', 'SUMMARY'), para('The minister met the delegation.'), para('He said more.')];
    expect(extractSummary(open)).toBe('The minister said little.');
    const ended = [para('The minister said little.', 'SUMMARY'), para('He will travel. END SUMMARY.'), para('He said more.')];
    expect(extractSummary(ended)).toBe('The minister said little.\n\nHe will travel.');
  });

  it('reads a section titled Summary up to END SUMMARY or the next section', () => {
    const section = (number: string, outline: string[], text: string): Paragraph => ({ number, outline, marking: null, heading: null, text });
    const paragraphs = [
      section('I', ['I'], 'Summary'),
      section('1', ['I', '1'], 'The country remains a transit point. End summary.'),
      section('II', ['II'], 'Status of Country'),
      section('2', ['II', '2'], 'The ports are busy.'),
    ];
    expect(extractSummary(paragraphs)).toBe('The country remains a transit point.');
    const open = [section('I', ['I'], 'Summary'), section('1', ['I', '1'], 'The ports are busy.'), section('II', ['II'], 'Status'), section('2', ['II', '2'], 'More.')];
    expect(extractSummary(open)).toBe('The ports are busy.');
  });

  it('reads a summary written only as END SUMMARY in the first paragraphs', () => {
    expect(extractSummary([para('The ambassador met the minister, who was gloomy. End Summary.'), para('Echoing others, he said more.')])).toBe(
      'The ambassador met the minister, who was gloomy.',
    );
    // A `Summary:` left inside the paragraph (an unsplit label) starts it; a bare SUMMARY word first is dropped.
    expect(extractSummary([para('Action request in paragraph 5. 2. Summary: The mission needs funds. End Summary. More text.')])).toBe('The mission needs funds.');
    expect(extractSummary([para('SUMMARY On August 3 the plan came out. END SUMMARY')])).toBe('On August 3 the plan came out.');
    // After a lead sentence, a `Begin summary` opener in any case, with a colon, a full stop or a bracket after it.
    for (const opener of ['Begin summary:', 'Begin Summary.', 'BEGIN SUMMARY.', '(Begin summary)', 'Begin summary']) {
      expect(extractSummary([para(`This is SITREP 12, covering July 20. ${opener} The Embassy moved 2,140 citizens. End summary.`)])).toBe(
        'The Embassy moved 2,140 citizens.',
      );
    }
    // A label left in the text with its marking, and the word alone in brackets (era red team 121).
    expect(extractSummary([para('Action request: see paragraph 5. 2. (U) Summary: The Department agrees. End Summary.')])).toBe('The Department agrees.');
    expect(extractSummary([para('(Summary) Icelandic banks failed. (End Summary)')])).toBe('Icelandic banks failed.');
    expect(extractSummary([para('(SUMMARY) PRESIDENT MOBUTU LEFT. (END SUMMARY)')])).toBe('PRESIDENT MOBUTU LEFT.');
    // Not the words inside the summary: a legal term, a document's name (era red team 118).
    expect(extractSummary([para('Lead. BEGIN SUMMARY: 22 WERE RELEASED. THE COURT WILL BEGIN SUMMARY PROCEEDINGS. END SUMMARY.')])).toBe(
      '22 WERE RELEASED. THE COURT WILL BEGIN SUMMARY PROCEEDINGS.',
    );
    expect(extractSummary([para("Lead. Begin summary: Talks failed; the Chair's Summary: a text, was issued. End summary.")])).toBe(
      "Talks failed; the Chair's Summary: a text, was issued.",
    );
    // An END SUMMARY standing alone closes the paragraph before it.
    expect(extractSummary([para('The talks went well.'), para('END SUMMARY.')])).toBe('The talks went well.');
  });

  it('takes no END SUMMARY deep in the cable for a summary (guard)', () => {
    const paragraphs = ['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'It was the end summary of talks. END SUMMARY.'].map((t) => para(t));
    expect(extractSummary(paragraphs)).toBeNull();
  });
});

describe('extractBlocks: more comment forms', () => {
  it('takes a comment heading with a title over its paragraphs', () => {
    const paragraphs = [para('Talks.', 'Background'), para('He is smart and well educated.', 'Comment: Smart, Corrupt, and a Good Ally'), para('We will work with him.')];
    expect(extractBlocks(paragraphs, 'COMMENT')).toEqual(['He is smart and well educated.\n\nWe will work with him.']);
  });

  it('stops a comment section before the clearance line', () => {
    const paragraphs = [para('The talks went well.', 'Comment'), para('This telegram was cleared by the Assistant Secretary.')];
    expect(extractBlocks(paragraphs, 'COMMENT')).toEqual(['The talks went well.']);
    const other = [para('The talks went well.', 'Comment'), para('A/S Smith did not have a chance to clear this cable.')];
    expect(extractBlocks(other, 'COMMENT')).toEqual(['The talks went well.']);
  });

  it('reads a marked Comment: block starting inside a paragraph, and Comment: after a sentence', () => {
    const p = para('He will travel on April 5.\n\n(S) Comment: The Dutch are in no hurry. End Comment.');
    expect(extractBlocks([p], 'COMMENT')).toEqual(['The Dutch are in no hurry.']);
    const q = para('The leaders met. Comment: With only five parties, the outcome is open. End comment. They left.');
    expect(extractBlocks([q], 'COMMENT')).toEqual(['With only five parties, the outcome is open.']);
    // Not in running text after a word.
    expect(extractBlocks([para('They had no Comment: at all.')], 'COMMENT')).toEqual([]);
  });
});

describe('extractBlocks: comment and note variants', () => {
  it('reads a section under COMMENT AND ACTION REQUEST up to End Comment and Action Request', () => {
    const paragraphs = [
      para('The talks went well.'),
      para('The hostages remain in the jungle.', 'COMMENT AND ACTION REQUEST'),
      para('We ask for more surveillance. End Comment and Action Request.'),
      para('Closing text.'),
    ];
    expect(extractBlocks(paragraphs, 'COMMENT')).toEqual(['The hostages remain in the jungle.\n\nWe ask for more surveillance.']);
  });

  it('takes no other heading that merely starts with a comment word for a comment section (guard)', () => {
    expect(extractBlocks([para('Text.', 'Commentary on the elections'), para('More.')], 'COMMENT')).toEqual([]);
    expect(extractBlocks([para('Text.', 'Comments and criticism, in the press of the week')], 'COMMENT')).toEqual([]);
  });

  it('reads a parenthesized comment or note with a word before the keyword', () => {
    const p = para('Asad proposed the idea. (Post Comment: His recollection is selective. Officials first proposed it in May.) "This was a step," he said.');
    expect(extractBlocks([p], 'COMMENT')).toEqual(['His recollection is selective. Officials first proposed it in May.']);
    const bio = para('(Biographic Note: Sandra Roe was born in 1959. She studied in Belize. End Note.)');
    expect(extractBlocks([bio], 'NOTE')).toEqual(['Sandra Roe was born in 1959. She studied in Belize.']);
  });

  it('takes a word before the keyword only after a parenthesis (guard)', () => {
    expect(extractBlocks([para('He delivered the Diplomatic Note: it protests the arrest.')], 'NOTE')).toEqual([]);
    expect(extractBlocks([para('The Post Comment: section was left empty.')], 'COMMENT')).toEqual([]);
  });

  it('leaves the clearance line closing the last paragraph of a comment section out of it', () => {
    const paragraphs = [para('The talks went well.'), para("He sees the accord as key.\n\nCongressman Roe's office did not clear on this cable.", 'Comment')];
    expect(extractBlocks(paragraphs, 'COMMENT')).toEqual(['He sees the accord as key.']);
  });

  it('stays linear on many qualified openers', () => {
    const text = '(Post Comment: a (Biographic Note: b ( Xxxxxxxxxxxxxxx '.repeat(6000);
    const ms = msUnder(800, () => {
      expect(extractBlocks([para(text)], 'COMMENT').length).toBeGreaterThan(0);
      expect(extractBlocks([para(text)], 'NOTE').length).toBeGreaterThan(0);
    });
    expect(ms).toBeLessThan(800);
  });
});

describe('summary and comment from paragraphs read with keyword markings and comment headings (guard)', () => {
  it('reads the summary without the marking the paragraph reader took, and a `Comment: <title>` heading', () => {
    const ps: Paragraph[] = [
      { number: '1', outline: ['1'], marking: 'SBU', heading: null, text: 'SUMMARY: Heading into the elections, the right leads.' },
      { number: '2', outline: ['2'], marking: 'SBU', heading: 'Regional League: Deep Roots', text: 'The league is strong.' },
      { number: '3', outline: ['3'], marking: 'C', heading: 'Comment: Jockeying for Power within the Coalition', text: 'The real contest is inside the coalition.' },
    ];
    expect(extractSummary(ps)).toBe('Heading into the elections, the right leads.');
    expect(extractBlocks(ps, 'COMMENT')).toEqual(['The real contest is inside the coalition.']);
  });
});

describe('extractBlocks: continued comments, summary-and-comment headings; summary end markers', () => {
  it('goes on with a comment in the next paragraph that opens with Comment, continued', () => {
    const paragraphs = [para('Comment: The rally stayed calm.'), para("Comment, Cont'd.: Police kept their distance."), para('The next day was quiet.')];
    expect(extractBlocks(paragraphs, 'COMMENT')).toEqual(['The rally stayed calm.\n\nPolice kept their distance.']);
    const upper = [para('COMMENT: The site is remote.'), para('COMMENT CONTINUED: No one has seen it. END COMMENT. Other news follows.')];
    expect(extractBlocks(upper, 'COMMENT')).toEqual(['The site is remote.\n\nNo one has seen it.']);
  });

  it('continues no closed comment, and no paragraph without the continued word (guard)', () => {
    const closed = [para('Comment: The rally stayed calm. End comment.'), para("Comment, Cont'd.: Police kept their distance.")];
    expect(extractBlocks(closed, 'COMMENT')).toEqual(['The rally stayed calm.']);
    expect(extractBlocks([para('Comment: The rally stayed calm.'), para('Commentators were quiet.')], 'COMMENT')).toEqual(['The rally stayed calm.']);
  });

  it('takes only the Comment: part of a section under a Summary and Comment heading', () => {
    const paragraphs = [para('Officials said little about the theft.', 'Summary and Comment'), para('Comment: We doubt the official account. End Summary and Comment.'), para('Details follow.')];
    expect(extractBlocks(paragraphs, 'COMMENT')).toEqual(['We doubt the official account.']);
    expect(extractBlocks([para('Officials said little about the theft.', 'Summary and Comment'), para('More follows.')], 'COMMENT')).toEqual([]);
  });

  it('leaves the bracket of a parenthesized END SUMMARY out of the summary', () => {
    expect(extractSummary([para('Summary: The two chiefs work well together. (END SUMMARY)'), para('Details.')])).toBe('The two chiefs work well together.');
    expect(extractSummary([para('The two chiefs work well together. [End summary.]'), para('Details.')])).toBe('The two chiefs work well together.');
  });

  it('stays linear on many continued paragraphs', () => {
    const paragraphs = [para('Comment: start.'), ...Array.from({ length: 5000 }, () => para("Comment, Cont'd.: more (text [ here")), para('END COMMENT')];
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    expect(
      msUnder(500, () => {
        extractBlocks(paragraphs, 'COMMENT');
      }),
    ).toBeLessThan(500);
  });
});

describe('fix S: lower-case note and dashed comment heading', () => {
  it('reads a lower-case (note: ...) aside as a note', () => {
    const p = [{ number: 2, outline: ['2'], marking: 'C', heading: null, text: 'The minister said the family (note: his father was a leader of the party) has long held this view.' }];
    expect(extractBlocks(p as never, 'NOTE')).toEqual(['his father was a leader of the party']);
  });
  it('opens a comment at a COMMENT - title heading', () => {
    const p = [
      { number: 7, outline: ['7'], marking: 'SBU', heading: null, text: 'The case was closed last week.' },
      { number: 8, outline: ['8'], marking: 'SBU', heading: 'COMMENT - WHAT TO DO WITH THE BOXES?', text: 'The debate is only now starting.' },
    ];
    expect(extractBlocks(p as never, 'COMMENT')).toEqual(['The debate is only now starting.']);
  });
});

describe('a summary or comment heading with a report part label (era red team 237)', () => {
  it('opens the block under `I. Summary` and `IV. COMMENT` as under `Summary` and `COMMENT`', () => {
    expect(extractSummary([para('The Netherlands remains a transit point.', 'I. Summary'), para('The ports are busy.', 'II. Status of Country')])).toBe('The Netherlands remains a transit point.');
    expect(extractBlocks([para('The mayor spoke.'), para('He will run.', 'IV. COMMENT'), para('Travel plans.', 'V. Logistics')], 'COMMENT')).toEqual(['He will run.']);
  });

  it('guard: a label before another word opens nothing', () => {
    expect(extractSummary([para('The Netherlands remains a transit point.', 'I. Summary of Laws'), para('The ports are busy.', 'II. Status of Country')])).toBeNull();
  });
});

describe('extractSummary: END SUMMARY mistyped (era red team 253)', () => {
  it('ends the summary at `End sumary.`, `END SUMMRY`, `END SUMMMARY`, `END SUMMERY` and `ENDSUMMARY`', () => {
    for (const end of ['End sumary.', 'END SUMMRY.', 'END SUMMMARY.', 'END SUMMERY.', 'ENDSUMMARY.'])
      expect(extractSummary([para(`Summary: Fighting spread to the port. No AmCits are known to be hurt. ${end} The airport is open.`)])).toBe('Fighting spread to the port. No AmCits are known to be hurt.');
  });

  it('guard: a word that only starts like it ends nothing', () => {
    expect(extractSummary([para('Summary: The end sum was larger than planned.'), para('The rest.')])).toBe('The end sum was larger than planned.');
  });
});

describe('`end summary` inside a sentence closes no summary (era red team 260, session 25)', () => {
  it('reads past `end summary executions` to the real closer', () => {
    const p = para('Summary: The Special Rapporteur presented his report. It calls on the government to end\nsummary executions by police. End Summary.');
    expect(extractSummary([p])).toBe('The Special Rapporteur presented his report. It calls on the government to end\nsummary executions by police.');
  });

  it('makes no summary of a paragraph whose only `end summary` is a sentence\'s (`must end summary executions`)', () => {
    expect(extractSummary([para('Church leaders told the Ambassador that the AFP must end summary executions of activists.'), para('More text.')])).toBeNull();
    expect(extractSummary([para('Unions asked the government to end summary dismissals of oil workers.')])).toBeNull();
  });

  it('guard: the closer before `and comment`, a new sentence or its period still closes', () => {
    expect(extractSummary([para('Ministers met. End Summary. The rest.')])).toBe('Ministers met.');
    expect(extractSummary([para('Ministers met. End summary The rest.')])).toBe('Ministers met.');
  });
});

describe("a scene-setter's summary titles (era red team 261, session 25)", () => {
  const numbered = (number: string, text: string, outline = [number]): Paragraph => ({ number, outline, marking: 'C', heading: null, text });

  it('opens at a title block alone at the top of paragraph 1, `SUMMARY AND INTRODUCTION`, up to the closer in paragraph 2', () => {
    const ps = [numbered('1', 'SUMMARY AND INTRODUCTION\n\nMr. President, your visit comes at a good time.'), numbered('2', 'Your hosts will want to hear about trade. END SUMMARY AND\nINTRODUCTION.'), numbered('3', 'More.')];
    expect(extractSummary(ps)).toBe('Mr. President, your visit comes at a good time.\n\nYour hosts will want to hear about trade.');
  });

  it('reads a roman section titled `SUMMARY AND INTRODUCTION` as a section titled `Summary`', () => {
    const ps = [numbered('I', 'SUMMARY AND INTRODUCTION'), numbered('1', 'Admiral Keating, welcome back.', ['I', '1']), numbered('2', 'Your visit comes before elections.', ['I', '2']), numbered('II', 'THE POLITICAL SCENE')];
    expect(extractSummary(ps)).toBe('Admiral Keating, welcome back.\n\nYour visit comes before elections.');
  });

  it('opens after a salutation\'s colon or a lead sentence, with `and Introduction` and a period or a colon', () => {
    const mullen = [numbered('1', 'Admiral Mullen: Summary and Introduction. You arrive in Beirut ten days after the vote.'), numbered('2', 'The LAF will thank you. End Summary and Introduction.')];
    expect(extractSummary(mullen)).toBe('You arrive in Beirut ten days after the vote.\n\nThe LAF will thank you.');
    const lead = [numbered('1', 'Madam Secretary, Embassy Ljubljana warmly welcomes you. Summary and Introduction: Your visit comes early. End Summary and Introduction.')];
    expect(extractSummary(lead)).toBe('Your visit comes early.');
  });

  it('guard: a title block that is no summary\'s opens none', () => {
    expect(extractSummary([numbered('1', 'SUMMARY OF DUTIES AND RESPONSIBILITIES OF THE POST\n\nThe post reports.')])).not.toBe('The post reports.');
    expect(extractSummary([numbered('1', 'Admiral Mullen: the summary. You arrive.')])).toBeNull();
  });
});

describe("a memorandum of conversation's BEGIN SUMMARY opening a later block of its paragraph (era red team 276, session 26)", () => {
  it('starts the summary after the marker, not at the paragraph start', () => {
    const lines = 'MEMCON\n\nPARTICIPANTS: U.S.: THE SECRETARY; FRG: GENSCHER\nDATE, TIME AND PLACE: SEPTEMBER 28, 1983, WALDORF\nASTORIA, SUITE';
    expect(extractSummary([para(`${lines}\n\nBEGIN SUMMARY\n\nGENSCHER URGED A NEW PROPOSAL.\n\nEND SUMMARY`)])).toBe('GENSCHER URGED A NEW PROPOSAL.');
    expect(extractSummary([para('MEMORANDUM OF CONVERSATION\nPARTICIPANTS: ZIA; HUMMEL (NOTETAKER)\n\nBEGIN SUMMARY: ZIA SAID NO.\nEND SUMMARY.')])).toBe('ZIA SAID NO.');
  });

  it('guard: a marker inside a block still wants a sentence start before it', () => {
    expect(extractSummary([para('THE TALKS WILL BEGIN SUMMARY PROCEEDINGS ON MONDAY. END SUMMARY.')])).toBe('THE TALKS WILL BEGIN SUMMARY PROCEEDINGS ON MONDAY.');
  });
});

describe('a comment opened and closed by BEGIN COMMENT and END COMMENT lines of their own (era red team 306, session 26)', () => {
  it('reads the paragraphs between as the comment, the lines bare or in brackets', () => {
    for (const [open, close] of [['[BEGIN COMMENT]', '[END COMMENT]'], ['BEGIN COMMENT', 'END COMMENT'], ['[Begin Comment]', '[End Comment]'], ['(BEGIN COMMENT)', '(END COMMENT)']]) {
      const ps = [para(`The talks went well.\n\n${open}`), para('The deal ends a siege.'), para(`Daoud needs it.\n\n${close}`), para('Next.')];
      expect(extractBlocks(ps, 'COMMENT'), open).toEqual(['The deal ends a siege.\n\nDaoud needs it.']);
    }
  });

  it('guard: BEGIN COMMENT inside a sentence opens nothing', () => {
    expect(extractBlocks([para('The panel will begin comment periods in May.'), para('Next.')], 'COMMENT')).toEqual([]);
  });
});
