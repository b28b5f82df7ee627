/**
 * Paragraphs: labels, outline levels, portion markings, headings, text.
 *
 *     SECOND ADVISORY COUNCIL MEETING             <- heading of paragraph 2
 *
 *     2.  The Kazakhstan Ministry of Environment, along with the United
 *     Nations Economic and Social Commission for Asia and the Pacific ...
 *
 * Blocks are runs of non-blank lines. A paragraph starts at a block whose first line
 * has a label; unlabeled blocks continue the paragraph before them. Page markers are
 * transparent: text continues across them.
 */

import type { Paragraph } from '../model/cable.js';
import { endsOnFunctionWord, FUNCTION_WORDS, isAsciiDigitCode, isAsciiLowerCode, isAsciiUpperCode, isBlank, isRuleCode, isRuleLine, isWhitespaceCode, skipWhitespace, splitLines, trimEnd, WRAP_WIDTH, type SourceLine } from '../text/source-line.js';
import { endsOnNumberAbbreviation, SMALL_WORDS as TITLE_SMALL_WORDS, underlinedTitleStart } from './reflowed-lines.js';
import { isHandlingCaptionLine } from '../preamble/classification.js';
import { DATELINE } from '../preamble/preamble.js';
import { markTransmissionLines } from './transmission-lines.js';
import {
  followsKeyedLabel,
  isRoman,
  isSuffixedLabel,
  matchBareLabel,
  matchCommaLabel,
  matchColonLabel,
  matchKeyedLabel,
  matchLabel,
  matchLowerLabel,
  matchLoweredMarking,
  matchOpenMarking,
  matchMarking,
  matchBracketLabel,
  matchParenLabel,
  matchSubLabel,
  nextLetter,
  nextLowerLetter,
  nextLowerRoman,
  nextRoman,
  opensWithInitialAndName,
  PLACEHOLDER_LABEL,
  type LabelMatch,
  type LabelStyle,
} from './paragraph-label.js';

interface Block {
  lines: string[];
  /** Index in the input lines of each of `lines`. */
  indices: number[];
  /** Index of the block's first line, rule lines before its text included (see `isRuleLine`). */
  start: number;
  /** Index of the block's last line, rule lines after its text included when nothing follows them. */
  end: number;
  /** A rule line follows the block's text directly, or ends its one line: `Summary -------`. */
  ruled?: boolean;
  /**
   * A rule line follows the block after blank lines (only blank lines and rules before the next block):
   *
   *     Chinese Engagement in Trade and Investment
   *
   *     ---------------------------------
   */
  ruleAfter?: boolean;
  /** The redacted text under a title with a rule over it (`-----` / `POINT OF CONTACT` / `XXXXXXXXXXXX`): the title heads it. */
  redacted?: boolean;
  /** Cut off the end of the block before as a heading (see the trailing heading rules of `readParagraphRanges`). */
  heading?: boolean;
  /** Cut off the end of the block before as a group's underlined name inside a paragraph (`SINGAPORE` / `-----`): it heads no unlabeled text. */
  group?: boolean;
}

/**
 * Splits `block` (at `queue[k]`) before its line `j` (0 < j < length): the second part is
 * queued after it, the first part takes its place and is returned (`block` itself is used up).
 */
function splitBlock(queue: Block[], k: number, block: Block, j: number, lines: readonly string[]): Block {
  // The second part starts at the rule lines drawn over it (`-----` / `Food Crisis`), back to the
  // first other line: each gap between two block lines is looked at once.
  const from = block.indices[j - 1] as number;
  let start = block.indices[j] as number;
  for (let t = start - 1; t > from; t--) {
    const text = lines[t] ?? '';
    if (isRuleLine(text)) start = t;
    else if (!isBlank(text)) break;
  }
  const last = block.lines[j - 1] ?? '';
  const end = block.indices[j - 1] as number;
  // The rules after the block follow its second part. The second part keeps the block's arrays and the first part's
  // lines are cut off their front (`splice`: the rest moves in place, no new arrays): copying the rest at each split
  // cost several times more in a huge block split many times (a thousand labels in one block with no blank line).
  // The arrays are this block's own (from `toBlocks`, or built anew in `readParagraphRanges`); the caller goes on
  // with the first part and never reads `block` again.
  const second: Block = { lines: block.lines, indices: block.indices, start, end: block.end };
  if (block.ruled === true) second.ruled = true;
  if (block.ruleAfter === true) second.ruleAfter = true;
  const first: Block = { lines: block.lines.splice(0, j), indices: block.indices.splice(0, j), start: block.start, end };
  queue[k] = first;
  queue.splice(k + 1, 0, second);
  // A rule drawn on the first part's last line stays with it (a framed heading right over a label):
  //     - - - Comment: Shahbaz Remains Strongly Supportive of JUD Crackdown - - -
  //     8. (C) The unwavering attitude ...
  if (trimRules(last) !== last) first.ruled = true;
  return first;
}

/**
 * A heading without the rules drawn around it on its own line: `------- SUMMARY -------` ->
 * `SUMMARY`, `Governor Fights Reservation ---------` -> `Governor Fights Reservation`.
 * Only rules of three or more: `*BOLD*` or `- Item` keep their marks; rules on both sides may
 * be shorter (`-- KOSOVO --`). A rule only before the text is a bullet (`---joint oil venture
 * with Sonangol`), unless it is a long run set off by a space (`--------------- Protected Areas`).
 */
function trimRules(text: string): string {
  let a = 0;
  let b = text.length;
  let lead = 0;
  let trail = 0;
  while (a < b && (isRuleCode(text.charCodeAt(a)) || isWhitespaceCode(text.charCodeAt(a)))) {
    if (isRuleCode(text.charCodeAt(a))) lead++;
    a++;
  }
  while (b > a && (isRuleCode(text.charCodeAt(b - 1)) || isWhitespaceCode(text.charCodeAt(b - 1)))) {
    if (isRuleCode(text.charCodeAt(b - 1))) trail++;
    b--;
  }
  // `Summary -------`, `-- KOSOVO --`, `--------------- Protected Areas`; not a table row's nil cells (`NIL_CELLS`).
  if ((trail >= 3 || (lead >= 2 && trail >= 2) || (lead >= 5 && a > 0 && isWhitespaceCode(text.charCodeAt(a - 1)))) && !NIL_CELLS.test(text.slice(b))) return text.slice(a, b);
  return text;
}

/**
 * A table row's last cells holding only dashes for nil, set apart by runs of spaces: `CANADA            --      --`,
 * `U.S.S.R.   --   --   --` (no rule: a rule's pieces stand one space apart, `- - - - -`). Anchored, bounded.
 */
const NIL_CELLS = /^[ \t]{2,}-{1,2}(?:[ \t]{2,}-{1,2}){1,8}[ \t]*$/;

/** True when a line carries a rule after its text: `Comment -------`, `---- FOREIGN POLICY ----`. */
function hasTrailingRule(text: string): boolean {
  let b = text.length;
  let trail = 0;
  while (b > 0 && (isRuleCode(text.charCodeAt(b - 1)) || isWhitespaceCode(text.charCodeAt(b - 1)))) {
    if (isRuleCode(text.charCodeAt(b - 1))) trail++;
    b--;
  }
  return trail >= 3 && b > 0 && !NIL_CELLS.test(text.slice(b));
}

/**
 * True for a title framed by rules on its own line: `----------- Agriculture -----------`, `------ FORESTS ------`
 * (a rule mark first, a rule run last, a title between: see `isRuledTitle`). The next number under it opens a paragraph
 * whatever its case (a press digest that lost its blank lines).
 */
function isFramedTitle(line: string): boolean {
  const t = line.trim();
  return t.length <= 2 * RULED_HEADING_WIDTH && isRuleCode(t.charCodeAt(0)) && hasTrailingRule(t) && isRuledTitle(t);
}

/**
 * A block's text without the rule run ending it (three rule marks or more, runs apart by single spaces
 * allowed), the overline of the next heading or an underline run onto the text's last line by scraping:
 * `... on the Iranian nuclear issue. -------------------------` -> `... on the Iranian nuclear issue.`,
 * `XXXXXXXXXXXX----------------` -> `XXXXXXXXXXXX`. Only a run set off by a blank, or after a sentence end
 * or a redaction: a run glued to a word stays (`so-called---`). One scan back from the end.
 */
function withoutTrailingRule(text: string): string {
  let b = text.length;
  let marks = 0;
  while (b > 0) {
    const c = text.charCodeAt(b - 1);
    if (isRuleCode(c)) marks++;
    else if (!(c === 32 && isRuleCode(text.charCodeAt(b - 2)))) break;
    b--;
  }
  if (marks < 3 || b === text.length) return text;
  const c = text.charCodeAt(b - 1);
  if (b > 0 && !(isWhitespaceCode(c) || c === 88 || c === 46 || c === 33 || c === 63 || c === 34 || c === 39 || c === 41)) return text;
  return text.slice(0, b).trimEnd();
}

/**
 * A bullet: a line opening with dashes (or `*`) that no rule closes:
 * `-- Prime Minister Hamad told ...`, `---joint oil exploration venture`. Not a heading.
 */
function isBullet(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 45 || c === 42 || c === 0x2022) && trimRules(text) === text;
}

/**
 * The tail of a wrapped sentence at the start of a heading line: a reference letter or number closed
 * by `).`, then a capital: `D). NATIONAL PLAN - LESS THAN HOPED` (anchored, bounded).
 */
const SENTENCE_TAIL = /^([A-Za-z0-9]{1,3}\)\.)[ \t]{1,4}(?=[A-Z])/;

/** A redaction standing for removed text, `XXXXXXXXXXXX`: neither heading nor text of its own. */
const REDACTION = /^[X\s]{4,}$/;

/**
 * A finished sentence and a short aside in parentheses after it, ending the line: a speech's `... in Kenya. (Laughter)`,
 * `... you do. (Applause)`: the line ends the block as the sentence does (anchored at the end, bounded).
 */
const ASIDE_AFTER_SENTENCE = /[.!?]["')\]]{0,2}[ \t]{1,4}\([A-Za-z][A-Za-z ,.'-]{0,24}\)[ \t]*$/;

/** Sentence-final punctuation, possibly followed by a closing quote or parenthesis. */
const ENDS_SENTENCE = /[.!?:;]["')\]]*$/;
/**
 * The end mark of a summary, comment or note block, written without a period:
 * `END SUMMARY`, `End Comment`, `END NOTE`, `END OF SUMMARY` (one try per position is bounded).
 */
const END_BLOCK = /\bEND (?:OF )?(?:SUMMARY|COMMENTS?|NOTE)$/i;
/** The same end mark in brackets: `(End summary)`, `[END COMMENT]` (anchored at the end, bounded). */
const BRACKETED_END_BLOCK = /[([]END (?:OF )?(?:SUMMARY|COMMENTS?|NOTE)[)\]]$/i;

/**
 * True when a line ends a sentence for heading and label decisions: sentence-final
 * punctuation, or a block's end mark without one:
 *
 *     END SUMMARY
 *     STRONG SWEDISH EU PRESIDENCY       <- heading of paragraph 7
 *     7. (U) Led by an organized and pragmatic ...
 */
function endsSentence(line: string): boolean {
  if (ENDS_SENTENCE.test(line)) return true;
  // Only lines ending with a letter of the end words are tried (`...Y`, `...T`, `...S`, `...E`), or with a bracket
  // closing one (`[End summary]`, `(End Comment)`).
  const c = line.charCodeAt(line.length - 1);
  if (c === 41 || c === 93) return BRACKETED_END_BLOCK.test(line);
  const l = c | 32;
  return (l === 121 || l === 116 || l === 115 || l === 101) && END_BLOCK.test(line);
}
/** No lower-case letters, at least two capitals: a heading-like line. */
const HAS_LOWER = /[a-z]/;
/** An upper-case ASCII letter somewhere. */
const HAS_UPPER = /[A-Z]/;
/** An ASCII digit somewhere. */
const HAS_DIGIT = /\d/;
const TWO_CAPITALS = /[A-Z]{2}/;

/**
 * A section keyword alone on its line, heading the text under it (no rule; a colon or none): `Summary`, `Summary:`,
 * `Executive Summary`, `Summary and Comment`, `Background:`, `Introduction`, `INTRODUCTION:`, `BACKGROUND:` (anchored,
 * bounded). Unlike other titles with a colon, such a line over unlabeled text heads it; underlined, only before any
 * paragraph (in a media reaction's `1. Mideast` a `Summary:` / `--------` sub-heading stays in paragraph 1).
 */
const KEYWORD_HEADING = /^[ \t]{0,8}(?:(?:Executive |EXECUTIVE )?(?:Summary|SUMMARY)(?: and [Cc]omment| AND COMMENT)?|Background|BACKGROUND|Introduction|INTRODUCTION|Overview|OVERVIEW)[ \t]{0,2}:?[ \t]*$/;

/**
 * `Comment:` alone on its line (anchored, bounded): a title like `Comment` without the colon, so it heads the labeled
 * paragraph right after it (`Comment:` / blank / `3. (C) The minister's remarks ...`); over unlabeled text it opens a
 * comment inside the paragraph before, as other titles ending with a colon do (`KEYWORD_HEADING` does not hold it).
 */
const COMMENT_KEYWORD_LINE = /^[ \t]{0,8}(?:Comment|COMMENT)[ \t]{0,2}:[ \t]*$/;

/** A block keyword in capitals alone as a title: `SUMMARY`, `COMMENT`, `EMBASSY COMMENT`, `BACKGROUND` (anchored, bounded). */
const CAPS_BLOCK_KEYWORD = /^(?:(?:EXECUTIVE )?SUMMARY|(?:[A-Z]{2,12} )?COMMENTS?|BACKGROUND|INTRODUCTION|OVERVIEW)$/;

/** An imperative or announcing lead-in in capitals: `PLEASE ...`, `... THE FOLLOWING ...`, `... AS FOLLOWS` (bounded). */
const LEAD_IN_SENTENCE = /^\s*PLEASE\s|\sTHE FOLLOWING\s|\sAS FOLLOWS\b/;

/** True when a line reads like an all-caps title (not a bullet `-- ITEM`, not a redaction `XXXXXX`, not a lead-in sentence). */
function isTitleLine(text: string): boolean {
  // The words between rules framing the line (`------- END ANNEX A -------`; a rule mark first is the pre-test).
  const words = isRuleCode(text.charCodeAt(skipWhitespace(text))) ? trimRules(text) : text;
  // `BEGIN SUMMARY`, `BEGIN SUMMARY:`, `BEGIN SUMMARY.` alone on its line heads the summary's paragraph.
  const beginSummary = /^\s*BEGIN SUMMARY[:.]?\s*$/.test(words);
  return (
    !HAS_LOWER.test(text) &&
    TWO_CAPITALS.test(text) &&
    !isMostlyDigits(text) &&
    matchLabel(text) === null &&
    // `BEGIN TEXT:`, `END NOTE`: the ends of a block; `IF PRESSED:`, `IF ASKED:`, `IF RAISED`, `(IF RAISED)`: talking
    // points' or press guidance's lead to its next answer.
    (!/^\s*(?:BEGIN|END|\(?IF (?:PRESSED|ASKED|RAISED|QUERIED|NECESSARY))\b/.test(words) || beginSummary) &&
    // `XXXXXXXXXXXX END NOTE)`: the end of a note, not a title.
    !/\bEND (?:OF )?(?:SUMMARY|COMMENTS?|NOTE)\b/.test(text) &&
    // A sentence leading into what follows, no title: `PLEASE DELIVER THE FOLLOWING ORAL MESSAGE TO GROMYKO:`, `... AS FOLLOWS:`;
    // nor a media reaction's dateline, which the preamble reads too: `PARIS - THURSDAY, JUNE 10, 2004`.
    !LEAD_IN_SENTENCE.test(words) &&
    !DATELINE.test(words) &&
    (beginSummary || !/[.,;]$/.test(text)) &&
    // A quoted sentence is no title: `"DOWN WITH THE MILITARY DICTATORSHIP!"`, `"3. KURDISTAN SHALL SHARE IN THE OIL REVENUES."`.
    !/[.,;!]["\u201d]\s*$/.test(text) &&
    !isBullet(text.trimStart()) &&
    !PAREN_ITEM.test(text) &&
    !REDACTION.test(text) &&
    !isDocumentClosingLine(text) &&
    // A schedule's entry: `10:30 A.M. -- DEPART FOR ISTANBUL`, `1500-1600  CALL ON FOREIGN MINISTER`.
    !TIMED_ENTRY.test(text) &&
    !TIME_ENTRY.test(text)
  );
}

/**
 * A schedule's entry opening with a time (or a time range) and a dash: `10:30 A.M. -- DEPART FOR ISTANBUL`, `0800 -
 * DEPART`, `12 NOON -- LUNCH HOSTED BY DCM` (anchored, bounded).
 */
const TIMED_ENTRY =
  /^[ \t]{0,8}(?:\d{4}|\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?|\d{1,2}[ \t]?(?:[AaPp]\.?[Mm]\.?|NOON|Noon|MIDNIGHT))(?:[ \t]?-{1,2}[ \t]?(?:\d{4}|\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?))?[ \t]{1,4}(?:-{1,2}|\u2013)[ \t]/;

/**
 * True when a block opens with the letter in parentheses after the one opening the block before it: a list's next
 * item, whose letter may be a marking's (`(B) WILL THE U.S. CONTRIBUTE ...?` / `(C) SHOULD THE PEC SET A DEADLINE ...?`),
 * no title.
 */
function continuesParenLetters(block: Block, before: Block | undefined): boolean {
  const first = (block.lines[0] ?? '').trimStart();
  const previous = (before?.lines[0] ?? '').trimStart();
  return first.charCodeAt(0) === 40 && first.charCodeAt(2) === 41 && previous.charCodeAt(0) === 40 && previous.charCodeAt(2) === 41 && isAsciiUpperCode(previous.charCodeAt(1)) && first.charCodeAt(1) === previous.charCodeAt(1) + 1;
}

/**
 * A list item opening with its letter or number in parentheses, no portion marking's letter (`(C)`, `(S)`, `(U)` may
 * mark a title): `(D) WHO WOULD VERIFY THE LIMITS, AND HOW?`, `(4) TRAINING`, `(b) ...` (anchored, bounded).
 */
const PAREN_ITEM = /^[ \t]{0,8}\((?:[ABD-RTV-Za-z]|\d{1,2})\)[ \t]/;

/**
 * True when a line has more digits than letters: a value of a table, not a title
 * (`US$4,908,373`, `EUR 1,325,527`; not `FY 2010 BUDGET`). Asked only of title candidates.
 */
function isMostlyDigits(text: string): boolean {
  let digits = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
  }
  return digits > letters;
}

/** A one-word caption and its colon opening a line: `COUNTRIES: BURUNDI-PRIORITY 5; ...` (anchored, bounded). */
const FIELD_CAPTION = /^\s{0,20}([A-Z]{2,20}):\s/;

/**
 * The caption of a block's first line when the block can be a field of the text (see `isFieldBlock` in
 * `readParagraphRanges`): `COUNTRIES` of `COUNTRIES: BURUNDI-PRIORITY 5; ...`. (A colon near the start is the pre-test.)
 */
function fieldCaptionOf(first: string): string | null {
  const colon = first.indexOf(':');
  if (colon < 2 || colon > 40) return null;
  return FIELD_CAPTION.exec(first)?.[1] ?? null;
}

/**
 * A year or a date alone on its line with a colon or a dash after it: `1984:`, `1998 -`, `2009-01-12:`,
 * `12.1.2009 --`, `1/12/2009:`. (Without one it may be a table's column head: `1990-2008` / `2009`.) Anchored,
 * bounded runs: linear.
 */
const DATE_HEADING = /^(?:(?:19|20)\d\d(?:-\d\d){0,2}|\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d)[ \t]{0,2}(?::|-{1,2})$/;

/** True when a line is a year or date heading (`DATE_HEADING`); a digit first and a short line are the pre-tests. */
function isDateHeading(text: string): boolean {
  return text.length <= 16 && isAsciiDigitCode(text.charCodeAt(0)) && DATE_HEADING.test(text);
}

/** Longest line of a list of names (`isNameList`). */
const NAME_LINE_WIDTH = 60;

/**
 * True for a block listing names one per line: two lines or more, each short and ending no sentence (`Mr. Dunlap` /
 * `Ms. Ellery` / `Lt Col Pruitt` / `Mr. Okafor (Int)`).
 */
function isNameList(block: Block | undefined): boolean {
  return block !== undefined && block.lines.length >= 2 && block.lines.every((l) => l.length <= NAME_LINE_WIDTH && !FULL_STOP_END.test(l) && !l.endsWith(':'));
}

/**
 * A short caption of one to three words, its colon and a value: `Place: Russian Mission, Geneva`, `Meeting Date: May 4`;
 * a count in brackets may stand before the colon, as a vote's groups have it (`Abstain (18): remaining members`).
 * Anchored, bounded.
 */
const CAPTIONED_LINE = /^[A-Z][A-Za-z]{1,15}(?: [A-Za-z]{1,15}){0,2}(?: \(\d{1,4}\))?:[ \t]{1,4}\S/;

/** True for a line of a run of captioned fields (`CAPTIONED_LINE`); a colon within the first 50 characters is the pre-test. */
function isCaptionedLine(text: string): boolean {
  const colon = text.indexOf(':');
  return colon > 0 && colon < 50 && CAPTIONED_LINE.test(text);
}

/**
 * `isTitleLine` for line `i` of a heading block: a line before the last may end with a comma,
 * the title going on below it (under a rule, or before `AND`):
 *
 *     DESCRIPTION OF THE PROJECT: SPECIFIC ACTIVITIES, DESIRED OUTCOMES,
 *     AND PERFORMANCE MEASURES
 */
function isTitleLineOfBlock(text: string, i: number, all: readonly string[], underlined: boolean): boolean {
  // Only in an underlined title or before the last item of the title's list (`AND ...`):
  // `COUNTRIES: BURUNDI, CONGO,` / `RWANDA` is a list line.
  if (i < all.length - 1 && text.endsWith(',') && (underlined || /^\s*(?:AND|OR|&)\s/.test(all[i + 1] ?? ''))) return isTitleLine(text.slice(0, -1));
  return isTitleLine(text);
}

/**
 * A meeting report's agenda item title in capitals, its full stop or none: `ITEM II.  EAST-WEST RELATIONS.`, `ITEM III.
 * MBFR: THE WESTERN INITIATIVE.`, `AGENDA ITEM 3: ANY OTHER BUSINESS` (the designator, a roman or arabic number, a dot or
 * a colon, a title of capitals; anchored, bounded).
 */
const AGENDA_ITEM_TITLE = /^[ \t]{0,8}(?:AGENDA[ \t]{1,3})?ITEM[ \t]{1,3}(?:[IVXL]{1,6}|\d{1,3})[.:][ \t]{1,4}[A-Z][A-Z0-9 ,:;'"&/()-]{0,70}\.?[ \t]*$/;

/** True when a line is an agenda item's title (`AGENDA_ITEM_TITLE`). */
function isAgendaItemTitle(line: string): boolean {
  return AGENDA_ITEM_TITLE.test(line);
}

/** Shortest first line of a title that had to wrap (`isWrappedCapsTitle`): most all-caps cables wrap at 60-69. */
const WRAPPED_TITLE_WIDTH = 50;

/**
 * True when a block of two all-caps lines is one headline wrapped at the cable's width, set off by blank lines: a long
 * first line, a shorter second one, no stop at either end (asked over a labeled block, after a finished sentence):
 *     6.1 PERCENT ONCE THE SOCIAL FUND IS ADDED.
 *
 *     OIL: PDVSA KEEPS TO ITS OPEC QUOTA WHILE THE FINANCE MINISTRY BETS
 *     ON A USD 16 BASKET
 *
 *     6.  (U)  PDVSA HAS KEPT TO ITS OPEC QUOTA SINCE APRIL ...
 * A one-line title is `isHeadingBlock`'s; two short lines (`JOHN SMITH` / `AMBASSADOR`) are no wrapped line, and a line ending
 * on a quotation's mark is a repeat's lead-in (`FOLLOWING REPEAT BONN 04123 ...` / `DATED 12 MAR 75 QUOTE`).
 */
function isWrappedCapsTitle(b: Block): boolean {
  if (b.lines.length !== 2 || b.ruled === true || b.ruleAfter === true) return false;
  const first = (b.lines[0] ?? '').trim();
  const second = (b.lines[1] ?? '').trim();
  return first.length >= WRAPPED_TITLE_WIDTH && second.length < first.length && isTitleLine(first) && isTitleLine(second) && !INNER_STOP.test(first) && !INNER_STOP.test(second) && !QUOTE_WORD.test(second);
}

/**
 * A sentence's stop inside a line, a word after it: text, not a title (`... RENEW ITS HIGHEST CONSIDERATION. UNQUOTE`,
 * `... AT THE EARLIEST OPPORTUNITY. QUOTE`; not `U.S. FORCES`, one capital before its dot).
 */
const INNER_STOP = /[A-Z]{2}[.!?] /;

/** A quotation's mark ending a line: `... DATED 12 MAR 75 QUOTE`, `... UNQUOTE` (a repeat's lead-in, a quote's end; bounded). */
const QUOTE_WORD = /\b(?:UN)?QU?O?TE[ \t]*$/;

/**
 * A quoted document's closing line, never a heading: its end mark in brackets (`(END STATEMENT)`, `(End text)`,
 * `[End text]`, `(END)`, `(TEXT ENDS)`), or its place and date (`Muscat, 19 August 2008`, `Hanoi, October 6, 2008`,
 * `ADDIS ABABA, APRIL 5, 1976.`). Anchored, bounded.
 */
const DOCUMENT_CLOSING_LINE =
  /^[ \t]*(?:[([][ \t]?(?:END|End|end|TEXT ENDS|Text ends)\b[^()[\]\n]{0,30}[)\]]|[A-Z][A-Za-z.'-]{1,20}(?: [A-Z][A-Za-z.'-]{1,20}){0,2}, (?:\d{1,2} [A-Za-z]{3,9},? \d{4}|[A-Za-z]{3,9} \d{1,2}, \d{4})\.?)[ \t]*$/;

/** True when a line is a quoted document's closing line (`DOCUMENT_CLOSING_LINE`): no heading. */
function isDocumentClosingLine(text: string): boolean {
  return DOCUMENT_CLOSING_LINE.test(text);
}

/**
 * True when a heading's text ends like a sentence or a list item: `.`, `,`, `;`, but not an
 * ellipsis or an abbreviation: `The GOG View: A State of Communal Harmony...`,
 * `ENCOURAGE CHINESE INVESTMENT IN THE U.S.`; also a quoted sentence, its mark before the closing quote (`."`, `!"`).
 */
function endsLikeText(text: string): boolean {
  // Also before a closing quote: `"Lebanon first."`, `"DOWN WITH THE MILITARY DICTATORSHIP!"` is a quoted sentence.
  const c = text.charCodeAt(text.length - 1);
  const quoted = (c === 34 || c === 0x201d) && text.length > 2;
  const t = quoted ? text.slice(0, -1) : text;
  // `... Harmony...` / `... THE U.S.`, a title-case abbreviation no sentence ends with (`Berger's Margin by Dept.`; each
  // try is bounded: a constant-length match at the end).
  return (quoted ? /[.,;!]$/ : /[.,;]$/).test(t) && !/(?:\.\.\.|\b[A-Z]\.[A-Z]\.|\b(?:Dept|Depts|Govt|Pct|Corp|Intl|Natl|Assn|Amb|Sen|Gen|Rep|Min|Mr|Mrs|Ms|Dr|Jr|Sr|Ltd|Inc|vs|Vs)\.)$/.test(t);
}

/** Longest text a line of a ruled heading may have (`Human Rights Activists: Most Gujaratis Have Forgotten`). */
const RULED_HEADING_WIDTH = 80;
/** Longest underlined group name cut off a list entry's line (`SINGAPORE`, `United States`; see the group rule of `readParagraphRanges`). */
const GROUP_LABEL_WIDTH = 40;
/** A line longer than any wrapped line: a whole paragraph of a reflowed page. */
const REFLOWED_WIDTH = 100;
/**
 * Longest text of a heading carrying its own closing rule on its line (`isLongRuledTitle`):
 * `------------------- G8 Global Partnership against the Spread of Weapons and Materials of Mass Destruction/Nuclear Smuggling -------------------`.
 */
const LONG_RULED_HEADING_WIDTH = 160;
/** A sentence end inside a text: a lower-case letter, `.`, `!` or `?`, a space (`... went on. Then`). */
const SENTENCE_INSIDE = /[a-z][.!?] /;

/**
 * True when `line` is a heading longer than `RULED_HEADING_WIDTH` that ends with its own rule (three
 * marks or more), at most `LONG_RULED_HEADING_WIDTH` long without its rules and with no sentence end
 * inside: the rule on the line tells a heading, however long its title
 * (`Special Report: Increase in Deforestation Rate in Brazilian Amazon Sparks Government Action: -----`).
 */
function isLongRuledTitle(line: string, text: string): boolean {
  return text.length <= LONG_RULED_HEADING_WIDTH && hasTrailingRule(line) && !SENTENCE_INSIDE.test(text);
}

/**
 * True when one line, rules trimmed, can be a heading over a rule: not too long, no label,
 * not a bullet or a redaction, not ending like a sentence, starting with a capital
 * (`Closure Of Girls Schools?`, `...But Don't Ask Us About The Riots`, `U.S. - China Collaboration`).
 */
function isRuledTitle(line: string, capital = true): boolean {
  const text = trimRules(line);
  if (text.length === 0 || (text.length > RULED_HEADING_WIDTH && !isLongRuledTitle(line, text)) || matchLabel(text) !== null || isBullet(text) || REDACTION.test(text) || endsLikeText(text) || isDocumentClosingLine(text)) return false;
  // The end mark of a quoted text framed by rules closes it, it heads nothing: `------- END ANNEX A -------`.
  if ((text.charCodeAt(0) | 32) === 101 && endsQuotedText(text)) return false;
  if (!capital) return true;
  // The first letter is a capital (a bounded scan: `...But`, `"Dual Character"`), or a heading
  // goes on from the one before after an ellipsis: `...and Japan` (after `...PRC Actions In A
  // DPRK Collapse Scenario...`).
  for (let i = 0; i < text.length && i < 8; i++) {
    const c = text.charCodeAt(i);
    // (A Latin-1 capital too: `Élysée Spin`, `Écologistes Look to the Regionals`.)
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) return true;
    // A lower-case prefix glued to a capital by a hyphen: `e-PINE: Political Directors' Meetings`.
    if (c >= 97 && c <= 122 && text.charCodeAt(i + 1) === 45 && isAsciiUpperCode(text.charCodeAt(i + 2))) return true;
    if (c >= 97 && c <= 122) return text.startsWith('...') || text.startsWith('\u2026');
  }
  return false;
}

/**
 * True when a block's last line (`previous`) ends a list item with `;` and the block holds bullets on consecutive
 * lines: the blank lines of a page marker after it are the page's, and the next bullet goes on the list:
 *     -- SITA KUMARI GURUNG (19), student, taken at a checkpoint
 *     near Narayangarh on April 9;
 *
 *     KATHMANDU 00001187  002 OF 002
 *
 *     -- KRISHNA PRASAD ADHIKARI (45), teacher, ...
 */
function goesOnTightList(block: Block, previous: string): boolean {
  if (!previous.trimEnd().endsWith(';')) return false;
  let bullets = 0;
  for (const line of block.lines) if (isBullet(line) && ++bullets >= 2) return true;
  return false;
}

/**
 * Groups lines into blocks. A blank line ends a block, except a blank line inside a
 * sentence of mixed-case text (the trace of a page break whose marker was lost):
 *
 *     three mobile scanning machines for inspection of trucks in the
 *
 *     South-Kazakhstan, Kyzylorda, Almaty and Zhambyl Oblasts.
 */
function toBlocks(lines: readonly string[], marks: readonly boolean[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let sawBlank = false;
  let sawPage = false;
  // A blank line came right after the last text line, before any page marker.
  let blankBeforePage = false;
  let previous = '';
  // The first rule line since the last block line: the next block starts there.
  let ruleStart: number | null = null;
  let ruleEnd = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (isBlank(raw)) {
      sawBlank = true;
      if (!sawPage) blankBeforePage = true;
      continue;
    }
    if (marks[i] === true) {
      sawPage = true;
      continue;
    }
    // A rule inside a table is one of its lines, not a heading frame: column rules under a header
    // row (`2001   2002` / `----   ----`), a sum rule under a row of numbers (`10  Atlas  92.8` /
    // `-------` / `Total Exports  3,123.8`).
    if (!sawBlank && !sawPage && current !== null && current.end === i - 1 && isRuleLine(raw) && (isColumnRule(raw) || isTableRow(previous))) {
      current.lines.push(raw.trim());
      current.indices.push(i);
      current.end = i;
      continue;
    }
    if (isRuleLine(raw) || (!sawBlank && !sawPage && current !== null && current.lines.length === 1 && current.end === i - 1 && isShortUnderline(raw, previous))) {
      // Underlined: `WHO'S IN CHARGE?` / `----------------`; or after blank lines (`ruleAfter`).
      if (current !== null && !sawBlank && ruleStart === null) current.ruled = true;
      else if (current !== null && !sawPage && ruleStart === null) current.ruleAfter = true;
      sawBlank = true;
      ruleStart ??= i;
      ruleEnd = i;
      continue;
    }
    const text = raw.trim();
    const label = matchLabel(text) !== null;
    let boundary = current === null;
    // A short line ending a sentence (or a titled label line), a blank line, then the page marker:
    // the block ended before the page break (`5. PROTECTION AND ASSISTANCE TO VICTIMS:` / blank /
    // `REYKJAVIK 00000068  010 OF 011` / blank / `-- A. Does the government assist victims, ...`).
    // A bullet after a finished sentence opens a block too (a page break between two talking points:
    // `-- ... incites violence.` / `STATE 00012345  002 OF 003` / `-- We would welcome ...`); not one going on a list of
    // bullets on consecutive lines whose item ends with `;` (`goesOnTightList`).
    // So does a speaker's or a field's caption after a finished sentence (`... Is this fair?` / page marker /
    // `AMBASSADOR WHITCOMB: I understand ...`), a quotation's next paragraph (`leavesQuoteOpen`), and an entry as the
    // block's first line is, dated or a person's (`opensSiblingEntry`).
    if (!boundary && sawPage)
      boundary =
        (label && !numberGoesOnAcrossPage(previous, text) && !capsNumberGoesOnAcrossPage(lines, marks, i, previous, text)) ||
        headsAfterPage(lines, marks, i, text, previous) ||
        (!(isBullet(text) && goesOnTightList(current as Block, previous)) &&
          ((blankBeforePage && (endsShortBlock(previous) || (endsSentence(previous) && (OPENS_BLOCK.test(text) || isCaptionedLine(text))))) ||
            (isBullet(text) && !DASHED_NUMBER.test(text) && endsSentence(previous)))) ||
        (text.charCodeAt(0) === 34 && endsSentence(previous) && leavesQuoteOpen(current as Block)) ||
        opensSiblingEntry(text, current as Block);
    // A rule line between two lines, or a rule on the line itself (`Comment -------`), ends a block.
    else if (!boundary && (ruleStart !== null || (hasTrailingRule(text) && isRuledTitle(text)))) boundary = true;
    else if (!boundary && sawBlank) {
      // The next line must go on with a word (`South-Kazakhstan`, `operations`), not a bullet.
      // An underlined line is a heading, not the rest of the sentence (`(Source: National Drug
      // Monitor 2004, Trimbos Institute` / blank / `Prevention` / `----------`).
      // A heading framed by rules on its line is no sentence going on either (`------ On the
      // Political/Social Front ------` / blank / `Proposed Changes to Electoral Laws ...`).
      // A label line with a title after it ends its block: `2.  Country Reports: Compliance with
      // Eligibility Criteria` / blank / `The country reports contained in this section ...`.
      // A sentence goes on across the blank in a quote, a parenthesis or a number too (`victory for the` / blank /
      // `"No" vote in Santa Cruz`; see `goesOnAfterBlank`). A captioned entry starts a block (`..., Ms. Anna Ruiz (VCI)` /
      // blank / `Germany: Ambassador Ruediger von Hallberg`, see `isCaptionedLine`).
      const c = text.charCodeAt(0);
      // A number split after its decimal point reads as a label (`fell to` / blank / `12. 5 percent above ...`): after
      // a line ending on a function word it is the sentence's number going on.
      // (A short line too: `fund the training of` / blank / `3. 5 thousand presiding officers`.)
      const splitNumber = label && SPLIT_DECIMAL.test(text) && endsOnFunctionWord(previous) && HAS_LOWER.test(previous);
      const softBlank =
        (!label || splitNumber) &&
        (splitNumber || previous.length >= WRAP_WIDTH) &&
        !isTitledLabelLine(previous) &&
        HAS_LOWER.test(previous) &&
        !ENDS_SENTENCE.test(previous) &&
        !ASIDE_AFTER_SENTENCE.test(previous.slice(-40)) &&
        // (Not after a phone number ending an entry of a contact list: `A. Smirnova, North America Department, tel.
        // 7-495-244-5678` / blank / `Both speak English ...`.)
        !PHONE_NUMBER_END.test(previous.slice(-24)) &&
        // (Not a table's first row under its caption: `Top Five Export Markets, 2005 (EUR million / percent of total)` /
        // blank / `Germany          3,240     19.6`; nor the line after a title-case caption, a comma in it at most: a list of
        // names goes on, `... Manuel Mora, Rafael Angel Calderon` / blank / `Guardia, Jose Figueres, and ...`.)
        (splitNumber || (c === 34 || c === 40 || isAsciiDigitCode(c) ? goesOnAfterBlank(previous, text) : /^[A-Za-z]/.test(text) && !isTitleLine(text) && !isSideLabel(text) && !isCaptionedLine(text) && !isTableRow(text) && !(isTitleCase(previous, 14) && previous.indexOf(',') === previous.lastIndexOf(',')))) &&
        !isRuleLine(lines[i + 1] ?? '') &&
        !hasTrailingRule(previous) &&
        !headsLabelBelow(lines, marks, i, text, previous) &&
        // A list's item ending with its conjunction, the next item's letter below (`b) ... away from the base; or` /
        // blank / `c) certification by ...`): the item ends there.
        !(LETTERED_ITEM_START.test(text) && ITEM_CONJUNCTION_END.test(previous.slice(-12))) &&
        // The next entry of a schedule dated line by line (`Sunday, March 13 -- preliminary results` / blank / `Monday,
        // March 14 -- OSCE/ODIHR statement`).
        !opensSiblingEntry(text, current as Block);
      boundary = !softBlank;
    }
    if (boundary || current === null) {
      // A rule right over this line is drawn over its heading, not under the block before:
      //     Source: Europol data
      //
      //     ---------------
      //     Chemical Control
      if (current !== null && current.ruleAfter === true && !label && isRuleLine(lines[i - 1] ?? '')) current.ruleAfter = false;
      current = { lines: [text], indices: [i], start: ruleStart ?? i, end: i };
      if (trimRules(text) !== text) current.ruled = true;
      blocks.push(current);
    } else {
      current.lines.push(text);
      current.indices.push(i);
      current.end = i;
    }
    ruleStart = null;
    previous = text;
    sawBlank = false;
    sawPage = false;
    blankBeforePage = false;
  }
  // Rules after the last text (`-----` under the last paragraph) belong to its block.
  if (ruleStart !== null && current !== null) current.end = ruleEnd;
  return blocks;
}

/**
 * A line that opens a block by its first word: a block keyword with its colon or period (`Comment:`, `SUMMARY.`, `Note:`,
 * `Begin text:`; not `Summary executions of ...`) or a portion marking (`(C) The minister ...`). After a finished sentence, a blank line and a page break it starts a block
 * even after a full-width line (`... put openings on hold.` / blank / `HANOI 00000412  002.2 OF 002` / blank /
 * `Comment: The economic needs test ...`). Anchored, bounded.
 */
const OPENS_BLOCK = /^(?:\((?:[UCS]|SBU|LOU|TS|S\/NF|C\/NF|S\/\/NF|C\/\/NF)\)[ \t]|(?:Comment|COMMENT|Summary|SUMMARY|Note|NOTE)[ \t]?[:.]|(?:Begin|BEGIN)[ \t]{1,3}[A-Za-z]{3,12}[ \t]?[:.])/;

/**
 * An entry opening with a weekday or a month, its date, then ` -- ` or a colon: `Monday, March 14 -- OSCE/ODIHR
 * statement`, `MARCH 9: FIELD TRIP BY AIR TO RANGPUR`, `Thursday, March 10 -- scenesetter`. Anchored, bounded.
 */
const DATED_ENTRY =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)(?:,? [A-Za-z]{3,9})?(?:,? \d{1,2})?(?:,? \d{4})?(?: -{1,2} |:[ \t])/;

/**
 * An entry opening with a person's name in capitals and the age in brackets, then a comma: `HOANG THI LAN (41), VNPP
 * member ...`, `LE DINH KHANH (33), electrician, ...` (a list of detainees or defendants). Anchored, bounded.
 */
const PERSON_ENTRY = /^[A-Z][A-Z'.-]{1,20}(?: [A-Z][A-Z'.-]{0,20}){0,4} \(\d{1,3}\),/;

/**
 * True when `text` opens an entry as the first line of block `block` does, dated (`DATED_ENTRY`) or a person's with the
 * age (`PERSON_ENTRY`): the next entry of its list, a block of its own.
 */
function opensSiblingEntry(text: string, block: Block): boolean {
  const first = (block.lines[0] ?? '').trim();
  return (DATED_ENTRY.test(text) && DATED_ENTRY.test(first)) || (text.indexOf('(') > 0 && PERSON_ENTRY.test(text) && PERSON_ENTRY.test(first));
}

/** Most lines of a block looked at for a quotation left open (`leavesQuoteOpen`). */
const OPEN_QUOTE_LINES = 40;

/**
 * True when the block's text leaves a quotation open (an odd number of `"` in its last `OPEN_QUOTE_LINES` lines): a
 * quotation running over several paragraphs opens each with a quote mark and closes only the last, so a line opening
 * with `"` after the block's finished sentence and a page break opens the quotation's next paragraph:
 *
 *     "What I said in my statements ... the President would come.
 *     TASHKENT 00002811  002 OF 002
 *     "I ask the court to let me see a doctor."
 */
function leavesQuoteOpen(block: Block): boolean {
  let quotes = 0;
  for (let k = Math.max(0, block.lines.length - OPEN_QUOTE_LINES); k < block.lines.length; k++) {
    const line = block.lines[k] as string;
    for (let at = line.indexOf('"'); at >= 0; at = line.indexOf('"', at + 1)) quotes++;
  }
  return quotes % 2 === 1;
}

/** A number whose decimal point a space follows, then a digit, opening a line: `12. 5 percent`, `3. 5 thousand`. Anchored, bounded. */
const SPLIT_DECIMAL = /^\d{1,3}\.[ \t]\d/;

/** A number between dashes opening a line, an aide-memoire's point (`- 3 -`): no bullet. Anchored, bounded. */
const DASHED_NUMBER = /^-[ \t]?\d{1,3}[ \t]?-/;

/**
 * True when a number opening the line after a page break goes on the sentence the page cut, not a paragraph: the line
 * before ends on a word, no sentence and no title, and a lower-case word follows the number (not a redaction) (in capitals,
 * see `capsNumberGoesOnAcrossPage`):
 *
 *     The "Yes" won in only
 *     CARACAS 00001234  002 OF 003
 *     4. of the 24 states ...
 */
function numberGoesOnAcrossPage(previous: string, text: string): boolean {
  if (isDayAfterMonth(previous, text)) return true;
  if (previous === '' || !isAsciiLowerCode(previous.charCodeAt(previous.length - 1)) || endsSentence(previous)) return false;
  const l = matchLabel(text);
  if (l === null || !isAsciiDigitCode(l.label.charCodeAt(0)) || !isAsciiLowerCode(text.charCodeAt(l.length))) return false;
  return !REDACTION_START.test(text.slice(l.length)) && !isTitleCase(previous, 12);
}

/** Lines looked at after a page's first line for the same label in a surer place (`capsNumberGoesOnAcrossPage`). */
const PAGE_LABEL_LOOKAHEAD = 40;

/**
 * True when the number opening line `i`, the first after a page break in capitals, goes on the sentence the page cut: the
 * line before is left open on a word going on into a number (`CONTINUES_INTO_NUMBER`), and the same label opens a line
 * again soon after a blank line (the real paragraph):
 *
 *     WORKING PAPER CD/CW/WP.31, WHICH REVISES ELEMENTS 1 THROUGH
 *     PAGE 02        GENEVA  04471  01 OF 02  231745Z
 *     4. OF THE CONSOLIDATED TEXT. THE UK AND FRG SUPPORTED THE PAPER;
 *     ...
 *     4. ISSRAELYAN SAID THE USSR COULD ACCEPT ...
 *
 * Without the later label the number is the paragraph (`... RENEWAL ON MAY` / page / `5. THE COUNCIL VOTE ...`: the
 * section break lost the sentence's end). Looks at most `PAGE_LABEL_LOOKAHEAD` lines; stops at another label after a blank line.
 */
function capsNumberGoesOnAcrossPage(lines: readonly string[], marks: readonly boolean[], i: number, previous: string, text: string): boolean {
  if (!isAsciiUpperCode(previous.charCodeAt(previous.length - 1)) || HAS_LOWER.test(previous) || !CONTINUES_INTO_NUMBER.test(previous.slice(-16))) return false;
  const l = matchLabel(text);
  if (l === null || !isAsciiDigitCode(l.label.charCodeAt(0)) || !isAsciiUpperCode(text.charCodeAt(l.length)) || HAS_LOWER.test(text)) return false;
  let afterBlank = false;
  for (let k = i + 1; k < lines.length && k <= i + PAGE_LABEL_LOOKAHEAD; k++) {
    const t = (lines[k] as string).trim();
    if (marks[k] === true) continue;
    if (t === '') {
      afterBlank = true;
      continue;
    }
    const m = isAsciiDigitCode(t.charCodeAt(0)) ? matchLabel(t) : null;
    // (After a blank line only: a list inside the next paragraph reaches the same number after a finished sentence.)
    if (m !== null && m.label === l.label && afterBlank) return true;
    if (m !== null && afterBlank) return false;
    afterBlank = false;
  }
  return false;
}

/** A month's abbreviation and its dot ending a line: `... in Baghdad on Oct.`, `ON SEPT.` (anchored at the end, a word of its own). */
const MONTH_ABBREVIATION_END = /(?:^|[^a-z])(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.\s*$/i;

/**
 * A day of the month before the abbreviation ending a line: `... ATTENDANCE BY 13 FEB.` (the date is whole; tested on
 * the line's last 12 characters, so the unanchored start is bounded).
 */
const DAY_BEFORE_MONTH_END = /(?:^|[^0-9])\d{1,2}[ \t]{1,2}(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.\s*$/i;

/**
 * True when `text` opens with a day of the month, unmarked, after a line ending on a month's abbreviation: the date
 * wrapped after its month, not a paragraph (the dot of `Oct.` ends no sentence):
 *
 *     ... the latter's visit, now set for Oct.
 *     ANKARA 00001804  001.2 OF 002
 *     5. The visit had been postponed twice (ref A).
 *
 * Not when a day stands before the month (`... CONFIRM ATTENDANCE BY 13 FEB.` / `3. AGENDA WILL FOLLOW.`): that date
 * is whole, and its dot ends the sentence.
 */
function isDayAfterMonth(previous: string, text: string): boolean {
  // (A dot last is the pre-test; the pattern reads the last word and the character before it.)
  const t = trimEnd(previous);
  if (t.charCodeAt(t.length - 1) !== 46 || !MONTH_ABBREVIATION_END.test(t.slice(-7)) || DAY_BEFORE_MONTH_END.test(t.slice(-12))) return false;
  const l = matchLabel(text);
  if (l === null || !isAsciiDigitCode(l.label.charCodeAt(0))) return false;
  const day = Number(l.label);
  return day >= 1 && day <= 31 && String(day) === l.label && matchMarking(text.slice(l.length)) === null;
}

/**
 * A month's name ending a line, whole or abbreviated, any case: `... IN WASHINGTON ON JULY` (its day on the next line:
 * `1. BOTH SIDES ...` goes on the date, no list). Read on a line's last twelve characters: bounded.
 */
const MONTH_END = /(?:^|[^A-Z])(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?[ \t]*$/i;

/**
 * A line marking where a stretch of another classification than the cable's begins or ends, as older cables set off an
 * unclassified press paragraph in a classified cable: `BEGIN UNCLASSIFIED`, `END UNCLASSIFIED`, `BEGIN LIMITED OFFICIAL
 * USE` (anchored, bounded blanks).
 */
const CLASSIFIED_STRETCH_MARK = /^[ \t]{0,20}(?:BEGIN|END)[ \t]{1,3}(?:UNCLASSIFIED|LIMITED[ \t]OFFICIAL[ \t]USE|CONFIDENTIAL|SECRET)[ \t.]*$/;

/** A redaction ending a line: a name list's `... Pat Roe XXXXXXXXXXXX` (anchored at the end; a bounded run before it). */
const REDACTION_END = /(?:^|[^A-Za-z])[Xx]{6,}\s*$/;

/** True when a label line's text is only a redaction, its marking before it: `16. (S) XXXXXXXXXXXX` (a paragraph redacted whole). */
function isRedactedLabelLine(line: string): boolean {
  if (!REDACTION_END.test(line)) return false;
  const label = matchLabel(line);
  if (label === null) return false;
  const rest = line.slice(label.length);
  const marking = matchMarking(rest);
  return REDACTION.test(marking === null ? rest : rest.slice(marking.length));
}

/** A redaction opening a text: `xxxxxxxxxxxx, who ...` (anchored). */
const REDACTION_START = /^x{3}/i;

/** Longest line read as the name of a side in a list of participants (`isSideLabel`). */
const SIDE_LABEL_WIDTH = 30;

/**
 * True for a short line naming a side of a participants list, a capital first and a colon last: `U.S.:`, `E.U.:`,
 * `U.S. side:`, `Iraqi Government:` (it opens a block of its own after a blank line, as `USA:` and `ROK:` do).
 */
function isSideLabel(text: string): boolean {
  return text.length <= SIDE_LABEL_WIDTH && text.charCodeAt(text.length - 1) === 58 && isAsciiUpperCode(text.charCodeAt(0));
}

/** Longest quoted phrase, parenthesis or number read at the start of a line after a blank (`goesOnAfterBlank`). */
const OPENING_TOKEN_MAX = 60;

/** True for an ASCII letter or digit. */
function isAsciiAlnum(c: number): boolean {
  return isAsciiDigitCode(c) || isAsciiUpperCode(c) || isAsciiLowerCode(c);
}

/** A phone number ending a line, three groups of digits or more: `7-495-244-5678`, `90-312-455-5555`, `(202) 647-4000` (bounded). */
const PHONE_NUMBER_END = /(?:\d{1,4}|\(\d{1,4}\))(?:[-. ]\d{2,4}){2,5}[ \t]*$/;

/**
 * True when a line opening with a quote, a parenthesis or a number (not a label: the caller checks) goes on the
 * sentence of the line before, across a blank line the scraper inserted (the line before is long, mixed case, and
 * ends no sentence: the caller checks):
 *
 *     told EmbOff that polls show an overwhelming victory for the
 *
 *     "No" vote in Santa Cruz, but that he is worried about the
 *
 * The opening phrase (`"No"`, `(38,000)`, `8%`) is followed by a lower-case word on its line (`(38,000) and
 * Potosi`, `8% of Gross Domestic Product`), or an aside opens with one (`(including the courts, the police`),
 * or the line before ends on a function word (`the`, `to`, `including`) and a word follows the phrase
 * (`"Friends of Democracy" Group`; not a list item `2 - The ministry`). Never a
 * marking or list item (`(C) The`, `(a)`, `(iv)`, `(12)`, `1)`), a table row, or after a line in title case (a
 * heading, a caption: `Table 1: Registered Voters by Department`) or a table row. Reads at most
 * `OPENING_TOKEN_MAX` characters of the phrase; the guards last (each reads a line once).
 */
function goesOnAfterBlank(previous: string, text: string): boolean {
  const first = text.charCodeAt(0);
  let end: number;
  if (first === 34) {
    // A quoted phrase: `"No" vote in Santa Cruz` (not a lone quote mark: `" The ...`).
    end = text.slice(0, OPENING_TOKEN_MAX).indexOf('"', 1);
    if (end < 2 || isWhitespaceCode(text.charCodeAt(1))) return false;
    end++;
  } else if (first === 40) {
    // An aside opening with a lower-case word goes on the sentence: `institutions` / blank / `(including the courts, ...`.
    let word = 1;
    while (word < OPENING_TOKEN_MAX && isAsciiLowerCode(text.charCodeAt(word))) word++;
    if (word > 2 && text.charCodeAt(word) === 32) return goesOnGuarded(previous, text);
    // A parenthesis: `(38,000) and Potosi`; not a list item `(a)`, `(iv)`, `(12)` (nor a marking: see below).
    end = text.slice(0, OPENING_TOKEN_MAX).indexOf(')', 1);
    if (end < 2) return false;
    let inner = 1;
    while (inner < end && isAsciiAlnum(text.charCodeAt(inner))) inner++;
    if (inner === end && end <= 5) return false;
    end++;
  } else {
    // A number: `8% of Gross`, `38,000 people`, `2008, the`; not a list number `1)`.
    end = 1;
    while (end < OPENING_TOKEN_MAX && (isAsciiDigitCode(text.charCodeAt(end)) || ((text.charCodeAt(end) === 44 || text.charCodeAt(end) === 46) && isAsciiDigitCode(text.charCodeAt(end + 1))))) end++;
    if (text.charCodeAt(end) === 37) end++;
  }
  // After the phrase (and a comma): a space and a lower-case word (`"No" vote`, `(38,000) and`, `8% of`), or a word
  // of any case after a line ending on a function word.
  let k = end;
  if (text.charCodeAt(k) === 44) k++;
  if (text.charCodeAt(k) !== 32) return false;
  const next = text.charCodeAt(k + 1);
  if (!isAsciiLowerCode(next) && !((isAsciiUpperCode(next) || isAsciiDigitCode(next)) && FUNCTION_WORDS.has(previous.slice(previous.lastIndexOf(' ') + 1).toLowerCase()))) return false;
  return goesOnGuarded(previous, text);
}

/** The guards of `goesOnAfterBlank` once the line reads on: not a marking (`(C) The`, `(S//NF)`), no table row either side, no title-case line before. */
function goesOnGuarded(previous: string, text: string): boolean {
  return !(text.charCodeAt(0) === 40 && matchMarking(text.slice(0, 80)) !== null) && !isTableRow(text) && !isTableRow(previous) && !isTitleCase(previous, 12);
}

/** A numbered field of a form: the number, then an upper-case caption and its colon (`4. DATE AND PLACE OF ISSUE: ...`); anchored, bounded. */
const NUMBERED_FIELD = /^\s{0,8}\d{1,3}\.[ \t]{1,4}[A-Z][A-Z /&'.-]{0,30}:(?:\s|$)/;

/** Fewest numbered fields that make a form (`isFieldList`). */
const FIELD_LIST_MIN = 3;

/**
 * True when a block is a form's list of numbered fields, one per line, from its first line: `FIELD_LIST_MIN` lines or
 * more of `NUMBERED_FIELD` (a consular report's `1. NAME:`, `2. DPOB:`, `3. PPT NO:`). A pre-test on the first line.
 */
function isFieldList(lines: readonly string[]): boolean {
  if (lines.length < FIELD_LIST_MIN || !NUMBERED_FIELD.test(lines[0] ?? '')) return false;
  let count = 0;
  for (const line of lines) if (NUMBERED_FIELD.test(line) && ++count >= FIELD_LIST_MIN) return true;
  return false;
}

/** Longest line read as a heading set off over a label (`headsLabelBelow`). */
const SET_OFF_HEADING_WIDTH = 60;

/**
 * True when line `i`, after a blank line, is a short heading set off over the next paragraph's label, not the sentence
 * before going on: a capital first, no sentence end, a blank line after it and a label on the next line of text; the
 * line before does not end on a function word (`... with the Embassy in` / blank / `Kyiv will host ...` goes on).
 *
 *     -- laptops registered with the ISSO before arrival
 *
 *     Points of Contact
 *
 *     3. (SBU) Workshop control officer is ...
 *
 * Looks at most three lines ahead.
 */
function headsLabelBelow(lines: readonly string[], marks: readonly boolean[], i: number, text: string, previous: string): boolean {
  if (text.length > SET_OFF_HEADING_WIDTH || !isAsciiUpperCode(text.charCodeAt(0)) || ENDS_SENTENCE.test(text) || !isBlank(lines[i + 1] ?? 'x')) return false;
  // A table's last row (`Total   447.2   62.3`) is no heading.
  if (isMostlyDigits(text) || isTableRow(text)) return false;
  if (FUNCTION_WORDS.has(previous.slice(previous.lastIndexOf(' ') + 1).toLowerCase())) return false;
  let k = i + 2;
  while (k < lines.length && k <= i + 3 && (isBlank(lines[k] ?? '') || marks[k] === true)) k++;
  const below = lines[k];
  return below !== undefined && k <= i + 3 && matchLabel(below) !== null;
}

/**
 * True when a block line is a block's last line by its shape: shorter than a wrapped line
 * (`WRAP_WIDTH`) and ending a sentence, or a label line ending with a colon (`5. PROTECTION AND
 * ASSISTANCE TO VICTIMS:`). Another line ending with a colon may be a heading going on across
 * the break (`Ministry of Social Affairs and Labor:` / page marker / `Culture of Giving` / `-----`).
 */
function endsShortBlock(line: string): boolean {
  if (line.length >= WRAP_WIDTH || !ENDS_SENTENCE.test(line)) return false;
  return !line.endsWith(':') || matchLabel(line) !== null;
}

/**
 * True when a line is a label (and marking) with a title after it, under `2 * WRAP_WIDTH` characters:
 * `2.  Country Reports: Compliance with Eligibility Criteria` (mixed title case, no sentence end or
 * colon, not ending on a small word: not `E. SIGNIFICANT DEVELOPMENTS IN EXPORT CONTROLS, OR`).
 * Its writer ended the line there: the text starts a new block under it. With `capitals`, also a short title in
 * capitals (`isTitleLine`, at most `CAPS_LABEL_TITLE_WIDTH` characters: `B. (SBU) NIV FRAUD`).
 */
function isTitledLabelLine(line: string, capitals = false): boolean {
  if (line.length >= 2 * WRAP_WIDTH) return false;
  const l = matchLabel(line);
  if (l === null) return false;
  let rest = line.slice(l.length);
  const marking = matchMarking(rest);
  if (marking !== null) rest = rest.slice(marking.length);
  const text = blockText([rest]);
  if (text.length === 0 || !isAsciiUpperCode(text.charCodeAt(0)) || endsLikeText(text) || /[:?!]$/.test(text) || SENTENCE_INSIDE.test(text)) return false;
  if (!HAS_LOWER.test(text)) return capitals && text.length <= CAPS_LABEL_TITLE_WIDTH && isTitleLine(text) && !SMALL_WORDS.has(text.slice(text.lastIndexOf(' ') + 1).toLowerCase());
  return !SMALL_WORDS.has(text.slice(text.lastIndexOf(' ') + 1).toLowerCase()) && isTitleCase(text, 10);
}

/** Longest topic line in capitals over the text of a body without labels (`isTopicLine`). */
const CAPS_TOPIC_WIDTH = 40;
/** Shortest one-line text under a topic: a sentence of its own, not a caption or a name. */
const TOPIC_TEXT_MIN = 40;

/**
 * True when `line` may be a topic over the text of an all-caps body without labels: a title in capitals of at most
 * `CAPS_TOPIC_WIDTH` characters without digits (`GDP`, `FRANC STEADY`, `BUDGET DEBATE`). (In a mixed-case body such a
 * body's title-case lines set off by blank lines stay blocks of their own, as the model has them: `(U) Background`, a
 * media reaction's headlines.)
 */
function isTopicLine(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= CAPS_TOPIC_WIDTH && !/\d/.test(text) && isTitleLine(text) && !QUOTATION_MARK_LINE.test(text);
}

/**
 * True when a block is text under a topic: two lines or more, or one line of a sentence at least `TOPIC_TEXT_MIN` long.
 * With `shown` (the body heads its blocks with topics, `showsTopics`), a shorter sentence ending with a full stop too,
 * a topic's one-line answer: `TEMPORARY LODGING ALLOWANCE` / blank / `NO CHANGE IS REQUESTED.`, `NONE.`
 */
function isTopicText(b: Block, shown = false): boolean {
  const first = b.lines[0] ?? '';
  if (b.heading === true || b.lines.length === 0 || (b.lines.length === 1 && isTopicLine(first))) return false;
  if (b.lines.length >= 2) return true;
  const t = first.trim();
  return (t.length >= TOPIC_TEXT_MIN || (shown && t.endsWith('.'))) && endsSentence(t);
}

/** True when `block` is a topic alone on its line (`isTopicLine`) over `after`, a block of text (`isTopicText`, `shown` passed on). */
function isTopicBlock(block: Block, after: Block, shown = false): boolean {
  if (block.lines.length !== 1 || block.ruled === true || block.ruleAfter === true || !isTopicLine(block.lines[0] ?? '')) return false;
  return isTopicText(after, shown);
}

/**
 * True when a block opens with a topic glued on top of its text (`isTopicLine`, then a line of text at least as long
 * as the topic plus ten characters, opening with a capital or a digit):
 *
 *     FRANC STEADY
 *     THE FRANC CLOSED THE WEEK AT 4.71 TO THE DOLLAR, ...
 */
function opensWithTopic(block: Block, shown = false): boolean {
  if (block.lines.length < 2 || block.heading === true || block.ruled === true) return false;
  const first = block.lines[0] ?? '';
  const second = (block.lines[1] ?? '').trim();
  const c = second.charCodeAt(0);
  if (!(isAsciiUpperCode(c) || isAsciiDigitCode(c) || c === 34)) return false;
  // In a body that heads its blocks with topics (`shown`), a short answer ending with a full stop under one too:
  // `CLIMATE` / `NO CHANGE.`, `POLITICAL VIOLENCE` / `NONE.`, `SCHOOLS` / `NO CHANGE.` / `THE MARINA SCHOOL ...`.
  if (shown && second.endsWith('.') && endsSentence(second) && !isTopicLine(second) && isTopicLine(first)) return true;
  // (Text under it: two lines or more, or one sentence: not an address's or a name's next line, `LOUIS NEGRE` /
  // `MINISTER OF ECONOMY AND FINANCE, ACTING FOR ...`.)
  if (block.lines.length === 2 && !(second.length >= TOPIC_TEXT_MIN && endsSentence(second))) return false;
  return second.length >= first.trim().length + 10 && isTopicLine(first);
}

/**
 * True when a block of a mixed-case text opens with a title in capitals (`isTopicLine`, no lower-case letter) glued on
 * top of text in mixed case, a bullet or a marked block: `KEY POINTS` / `-- Pre-accession funds ...`, `NEXT STEPS` / `The
 * consortium must post ...`, `SUMMARY` / `(C) Parliament set ...`. (Not a name over its title, `JOHN SMITH` /
 * `Director`: the text line is longer than the title.)
 */
function capsTitleOverText(block: Block): boolean {
  const first = (block.lines[0] ?? '').trim();
  const second = (block.lines[1] ?? '').trim();
  // (A letter first, no colon last: not a marking alone, `(SBU)`, nor a speaker's caption, `THE SECRETARY:`.)
  if (!isAsciiUpperCode(first.charCodeAt(0)) || first.endsWith(':') || HAS_LOWER.test(first) || !isTopicLine(first) || !HAS_LOWER.test(second)) return false;
  return (BULLET_START_LINE.test(second) || isAsciiUpperCode(second.charCodeAt(0)) || matchMarking(second) !== null) && second.length >= first.length + 10 && (block.lines.length > 2 || endsSentence(second));
}

/** A bullet opening a line: `-- `, `- `, `* `, `o ` (anchored, bounded). */
const BULLET_START_LINE = /^(?:-{1,2}|[*o\u2022])[ \t]/;

/**
 * True when a body without any label heads its blocks with topics (`isTopicBlock`, set off by a blank line, or glued on
 * top of the text, `opensWithTopic`), as an economic weekly of the 1970s-1990s does:
 *
 *     GDP
 *
 *     1998 GDP FELL 4.6 PERCENT, GOSKOMSTAT SAID FEBRUARY 3, AND
 *     INDUSTRIAL OUTPUT 5.2 PERCENT.  ...
 *
 *     FRANC STEADY
 *     THE FRANC CLOSED THE WEEK AT 4.71 TO THE DOLLAR, ...
 *
 * Two such topics at least (the cable's style, not a one-off caption). One pass over the blocks, asked once per body.
 */
function showsTopics(queue: readonly Block[], labelOf: (text: string) => LabelMatch | null): boolean {
  let topics = 0;
  // Topics over short answers (`CLIMATE` / `NO CHANGE.`): three of them show the style too.
  let answered = 0;
  for (let k = 0; k < queue.length; k++) {
    const b = queue[k] as Block;
    if (labelOf(b.lines[0] ?? '') !== null) return false;
    const after = queue[k + 1];
    const free = after !== undefined && labelOf(after.lines[0] ?? '') === null;
    if (topics < 2 && ((free && isTopicBlock(b, after)) || opensWithTopic(b))) topics++;
    else if (answered < TOPICS_ANSWERED && ((free && isTopicBlock(b, after, true)) || opensWithTopic(b, true))) answered++;
  }
  return topics >= 2 || topics + answered >= TOPICS_ANSWERED;
}

/** Fewest topics, those over short answers among them, that show a body's topic style (`showsTopics`). */
const TOPICS_ANSWERED = 3;

/** Longest title in capitals `isTitledLabelLine` takes with `capitals`. */
const CAPS_LABEL_TITLE_WIDTH = 60;

/**
 * True when a rule line is drawn in columns: two or more runs of two or more marks set apart by
 * two or more spaces (`----   ----   ----`, `----   -----------------   --------`). One pass.
 */
function isColumnRule(raw: string): boolean {
  let runs = 0;
  let run = 0;
  let gap = 2;
  for (let i = 0; i <= raw.length; i++) {
    const c = i < raw.length ? raw.charCodeAt(i) : 32;
    if (isRuleCode(c)) {
      if (run === 0 && gap < 2) return false;
      run++;
      continue;
    }
    if (run > 0) {
      if (run < 2) return false;
      runs++;
      run = 0;
      gap = 0;
    }
    gap++;
  }
  return runs >= 2;
}

/**
 * True when a line is a table row: two or more number cells set apart by two or more spaces
 * (`Industry      231.4  482.7`, `10     Atlas Industrial        92.8`). One pass; a cheap pre-test first.
 */
function isTableRow(text: string): boolean {
  if (text.indexOf('  ') < 0) return false;
  let cells = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const end = i === text.length || (text.charCodeAt(i) === 32 && text.charCodeAt(i + 1) === 32) || text.charCodeAt(i) === 9;
    if (!end) continue;
    if (i > start && isNumberCell(text, start, i)) cells++;
    start = i + 1;
  }
  return cells >= 2;
}

/** Fewest spaces between two cells of a table row (a sentence's two spaces after its full stop make no column). */
const COLUMN_GAP = '   ';

/** True when a line, trimmed, has a column gap inside: `VOLUME        98.3`, `L.33    NUCLEAR DISARMAMENT    110-21-35`. */
function hasColumnGap(line: string): boolean {
  const t = line.trim();
  return t.indexOf(COLUMN_GAP) > 0 || t.indexOf('\t') > 0;
}

/**
 * A table's source, note or footnote line: `SOURCE:  NATIONAL BANK OF ETHIOPIA`, `Note: 2008 figures are provisional`,
 * `1/ EXCLUDES BORDER ENCAMPMENTS UNDER UNBRO`, `* Embassy estimate`.
 */
const TABLE_NOTE = /^[ \t]{0,8}(?:(?:SOURCES?|NOTES?|Sources?|Notes?)[ \t]{0,2}:|\d{1,2}\/[ \t]|\*{1,3}[ \t]{0,2}[A-Za-z(])/;

/** A legend line: a short symbol, `=` or a dash, its meaning (`N.A. - NOT AVAILABLE`, `E = Embassy estimate`, `WOV - WITHOUT A VOTE`). */
const TABLE_LEGEND = /^[ \t]{0,8}([A-Z][A-Za-z.]{0,5})[ \t]{1,3}(?:=|-{1,2})[ \t]{1,3}[A-Za-z]/;

/**
 * True when a one-line block after a table (`table`: its last line and one more have column gaps) belongs to the table, not
 * to the next paragraph as its heading: a source, note or footnote line (`TABLE_NOTE`), a legend of a symbol the table
 * uses as a cell (`TABLE_LEGEND`: `N.A.` in `USSR      4.7      N.A.`), or one more row set off by a blank line, a
 * column gap and a figure in it (`TOTAL                    11,200`, `THURSDAY, MARCH 17      DEPART ISLAMABAD, PK 785, 0945`):
 *
 *         (BIRR PER KG)         5.20        5.61        7.22
 *
 *     SOURCE:  NATIONAL BANK OF ETHIOPIA          <- text of the table's paragraph
 *
 *     4.  THE NBE'S DEPUTY GOVERNOR TOLD ECONOFF ...
 */
function isTableNote(line: string, table: Block): boolean {
  if (!hasColumnGap(table.lines.at(-1) ?? '') || table.lines.filter(hasColumnGap).length < 2) return false;
  if (TABLE_NOTE.test(line)) return true;
  if (hasColumnGap(line)) return /\d/.test(line);
  const legend = TABLE_LEGEND.exec(line);
  return legend !== null && table.lines.some((l) => hasCell(l, legend[1] ?? ''));
}

/**
 * An entry of a schedule opening with a time or a time range and two spaces (`1500-1600  CALL ON FOREIGN MINISTER`,
 * `0930  Arrive Vilnius`, `10:00 - 11:30  Meeting with the Speaker`).
 */
const TIME_ENTRY = /^[ \t]{0,8}(?:\d{4}|\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?)(?:[ \t]?-{1,2}[ \t]?(?:\d{4}|\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?))?(?:[ \t]{2}|\t)[ \t]{0,20}[A-Za-z(]/;

/** True when a line is an entry row of a table or schedule: a column gap and a figure, or a time entry (`TIME_ENTRY`). */
function isEntryRow(line: string): boolean {
  return (hasColumnGap(line) && /\d/.test(line)) || TIME_ENTRY.test(line);
}

/**
 * A transmission note on a line of its own, about paragraphs or sections sent later or lost: `PARA 4 FOLLOWS`, `(PARA 4 NOT
 * RECEIVED)`, `PARAS 3 AND 4 WILL FOLLOW BY SEPTEL`, `SECTION 2 OF 3 NOT RECEIVED`. Anchored, bounded.
 */
const TRANSMISSION_NOTE =
  /^[ \t]{0,8}\(?(?:PARAS?|PARAGRAPHS?|SECTIONS?|Paras?|Paragraphs?|Sections?)[ \t]{1,3}\d{1,3}(?:[ \t]{0,3}(?:AND|and|-|TO|to|,)[ \t]{0,3}\d{1,3}){0,3}(?:[ \t]{1,3}(?:OF|of)[ \t]{1,3}\d{1,3})?[ \t]{1,3}(?:FOLLOWS?|WILL[ \t]{1,3}FOLLOW|NOT[ \t]{1,3}RECEIVED|OMITTED|MISSING|GARBLED|follows?|will[ \t]{1,3}follow|not[ \t]{1,3}received|omitted|missing|garbled)\b[^()\n]{0,40}\)?[ \t.]{0,2}$/;

/** A stage direction of a transcript on a line of its own: `(LAUGHTER)`, `(Applause)`, `[Crosstalk]`, one to three words. */
const STAGE_DIRECTION = /^[ \t]{0,8}[([][A-Za-z][A-Za-z']{1,20}(?:[ \t][A-Za-z][A-Za-z']{0,20}){0,2}[)\]][ \t.]{0,2}$/;

/**
 * A report's part number alone on its line, over the part's title: `PART ONE`, `PART II`, `Part 3:`, `SECTION A`
 * (anchored, bounded).
 */
const PART_NUMBER_LINE = /^[ \t]{0,8}(?:PART|Part|SECTION|Section|CHAPTER|Chapter)[ \t]{1,3}(?:[IVX]{1,5}|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d{1,2}|[A-Z])[ \t]{0,2}[.:]?[ \t]*$/;

/** A letter's closing on a line of its own: `Respectfully,`, `Sincerely,`, `With warm regards,` (anchored, bounded). */
const LETTER_CLOSING_LINE = /^[ \t]{0,8}(?:(?:With|WITH|Best|BEST|Kind|KIND|Warm|WARM|Warmest|WARMEST)[ \t]{1,2}(?:(?:warm|WARM|best|BEST|kind|KIND)[ \t]{1,2})?)?(?:[Rr]egards|REGARDS|[Ww]ishes|WISHES|Sincerely|SINCERELY|Respectfully|RESPECTFULLY|Cordially|CORDIALLY|Yours[ \t]sincerely|YOURS[ \t]SINCERELY|Yours[ \t]truly|YOURS[ \t]TRULY)[ \t]{0,2},[ \t]*$/;

/**
 * A contact line closing a text (a press release's, a notice's): `Media contact: Press Office, 02-397-4114`, `POC:
 * Poloff Jane Roe`, `Point of contact: ...`, `Contact: ...`, `Tel: ...`, `E-mail: ...` (anchored, bounded).
 */
const CONTACT_LINE = /^[ \t]{0,8}(?:(?:[A-Z][a-z]{1,12}[ \t])?(?:[Cc]ontacts?|CONTACTS?)|POC|Point[ \t]of[ \t][Cc]ontact|POINT[ \t]OF[ \t]CONTACT|Tel|TEL|Phone|PHONE|E-?mail|E-?MAIL)[ \t]{0,2}:[ \t]{0,4}\S/;

/**
 * True when a one-line block belongs to the text above it, not to the next paragraph as its heading: a line after a
 * table (`isTableNote`); one more entry of a table or schedule set off by blank lines under another (`isEntryRow`:
 * `AGAINST      17 PERCENT` under `FOR      64 PERCENT`, `1900-2100  DINNER HOSTED BY AMBASSADOR` under
 * `1500-1600  CALL ON FOREIGN MINISTER`), or their source line (`SOURCE: CBOS, FEBRUARY 1998`); or a transcript's
 * stage direction (`STAGE_DIRECTION`, no portion marking); a transmission note (`TRANSMISSION_NOTE`: `PARA 4 FOLLOWS`);
 * or a contact line (`CONTACT_LINE`: `Media contact: Press Office, 02-397-4114`):
 *
 *     MR. HOLLIS: IT IS A "NOT TO MY KNOWLEDGE."
 *
 *     (LAUGHTER)                                   <- text of paragraph 2
 *
 *     3. ON THE GENEVA NEGOTIATIONS:
 */
function belongsAbove(line: string, above: Block): boolean {
  if (above.lines.length >= 2 && isTableNote(line, above)) return true;
  if (STAGE_DIRECTION.test(line)) return matchMarking(line.trim()) === null;
  if (TRANSMISSION_NOTE.test(line) || CONTACT_LINE.test(line)) return true;
  const first = above.lines[0] ?? '';
  const last = above.lines.at(-1) ?? '';
  if (!isEntryRow(first) && !isEntryRow(last)) return false;
  return isEntryRow(line) || TABLE_NOTE.test(line);
}

/** True when `cell` stands in `line` as a cell of its own: after a space, before a space or the line's end. */
function hasCell(line: string, cell: string): boolean {
  for (let at = line.indexOf(cell); at >= 0; at = line.indexOf(cell, at + 1)) {
    const after = line.charCodeAt(at + cell.length);
    if (at > 0 && line.charCodeAt(at - 1) === 32 && (Number.isNaN(after) || after === 32 || after === 9)) return true;
  }
  return false;
}

/**
 * True when a block is two or more rows of a table, each opening with a letter or roman label and ending with a figure
 * after a column gap (`A. Federal primary surplus (floor)             2.3`, `IV.  Other development outlays    6,357`).
 */
function isLabeledTableBlock(block: Block): boolean {
  if (block.lines.length < 2) return false;
  return block.lines.every((line) => {
    const l = matchLabel(line);
    if (l === null || isAsciiDigitCode(l.label.charCodeAt(0))) return false;
    const t = line.trimEnd();
    const gap = t.lastIndexOf(COLUMN_GAP);
    return gap > l.length && isNumberCell(t, gap, t.length);
  });
}

/** True when `text[a, b)`, spaces trimmed, is a number: `1,832.1`, `-8.6`, `.3`, `2001`. */
function isNumberCell(text: string, a: number, b: number): boolean {
  while (a < b && text.charCodeAt(a) === 32) a++;
  while (b > a && text.charCodeAt(b - 1) === 32) b--;
  let digits = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c !== 44 && c !== 46 && !(c === 45 && i === a) && !(c === 37 && i === b - 1)) return false;
  }
  return digits > 0;
}

/** True when one of a block's first three lines is a table row or a column rule (a bounded look). */
function opensTable(block: Block | undefined): boolean {
  if (block === undefined) return false;
  for (let i = 0; i < 3 && i < block.lines.length; i++) {
    const line = block.lines[i] ?? '';
    if (isTableRow(line) || (isRuleLine(line) && isColumnRule(line))) return true;
  }
  return false;
}

/**
 * True when `raw` is a rule of two marks as long as the one-line heading right over it (`isRuleLine`
 * wants three): `EU` / `--`, `UN` / `==`. (Constant work: asked of one-line blocks only.)
 *
 *     of religion; identity and history; rule of law).
 *
 *     EU
 *     --
 *
 *     6. (U) Erdogan indexed his political survival ...
 */
function isShortUnderline(raw: string, previous: string): boolean {
  const text = raw.trim();
  if (text.length !== 2 || !isRuleCode(text.charCodeAt(0)) || text.charCodeAt(1) !== text.charCodeAt(0)) return false;
  return previous.length === 2 && isAsciiUpperCode(previous.charCodeAt(0)) && isAsciiUpperCode(previous.charCodeAt(1));
}

/**
 * A portion marking after a label whose release list wraps onto the next line, the line breaking inside the parentheses
 * (a long list passes the cable's width):
 *     2. (S//REL TO USA, AUS, CAN, DNK, EST, FRA, GBR, NLD, NZL, ISAF,
 *     NATO) Matiullah's highway security company ...
 * `rest` is the label line after the label; with the next line, the marking and the text after it, or `null` when the
 * line closes its parenthesis or the two lines open no marking. (The `(` and no `)` are the pre-tests.)
 */
function wrappedMarking(rest: string, next: string | undefined): { marking: { marking: string; length: number }; rest: string } | null {
  if (next === undefined || rest.charCodeAt(0) !== 40 || rest.indexOf(')') >= 0) return null;
  const head = trimEnd(rest);
  const joined = `${head} ${next.trimStart()}`;
  const m = matchMarking(joined);
  return m === null || m.length <= head.length ? null : { marking: m, rest: joined.slice(m.length) };
}

/** True when a line opens with a number label and its portion marking: `5. (SBU) ECK Chairman ...`. */
function opensMarkedLabel(line: string): boolean {
  const label = matchLabel(line);
  return label !== null && /^\d/.test(label.label) && matchMarking(line.slice(label.length).trimStart()) !== null;
}

/**
 * True when line `i`, the first after a page break, is a heading rather than the text going on
 * across the break: after a finished sentence (not a colon), an underlined title (or one carrying its rule),
 * or an all-caps title standing alone (a blank line, rule or page break after it). Looks one
 * line ahead.
 *
 *     permanently consolidate their dominance.
 *
 *     BAKU 00000575 002 OF 006
 *
 *     Question #3: Why was reaction so intense?
 *     ----------------------------
 */
function headsAfterPage(lines: readonly string[], marks: readonly boolean[], i: number, text: string, previous: string): boolean {
  // Not after a colon: a heading may go on across the break (`Ministry of Social Affairs and
  // Labor:` / page marker / `Culture of Giving, Change Takes Time` / `-----`).
  if (previous.endsWith(':')) return false;
  const next = lines[i + 1];
  // Mid-sentence, only an underlined title right over a label (two lines ahead) heads:
  //     SIPDIS benefits the GSLXXXXXXXXXXXX
  //     COLOMBO 00000728 004 OF 006
  //     Making Karuna Legitimate
  //     ------------------------
  //     13. (S) XXXXXXXXXXXX The TMVP does not yet have ...
  // (A blank line may stand between the rule and the label: `ZHOU Weimin` / `-----------` / blank / `3. (C) ZHOU is ...`,
  // after a table's last row.)
  if (!endsSentence(previous) && previous.length <= REFLOWED_WIDTH && !isEndedBulletLine(previous)) {
    // Or a title in capitals with its colon glued right over a marked label (a list without a full stop before the
    // break: `Najib Balala` / `NAIROBI 00004811  002 OF 002` / `THE ELECTORAL COMMISSION:` / `5. (SBU) ECK Chairman ...`).
    if (next !== undefined && text.endsWith(':') && !HAS_LOWER.test(text) && isTitleLine(text.slice(0, -1)) && opensMarkedLabel(next)) return true;
    if (next === undefined || !isRuleLine(next)) return false;
    let k = i + 2;
    while (k < lines.length && k <= i + 3 && isBlank(lines[k] ?? '')) k++;
    return matchLabel(lines[k] ?? '') !== null && isRuledTitle(text);
  }
  const alone = next === undefined || isBlank(next) || isRuleLine(next) || marks[i + 1] === true;
  if ((next !== undefined && isRuleLine(next)) || hasTrailingRule(text)) return isRuledTitle(text);
  if (alone && (isTitleLine(text) || isAgendaItemTitle(text))) return true;
  // A title-case headline wrapped over two lines, a blank line under it, over a label (`... in his native Khuzestan.` /
  // `DUBAI 00000249  001.2 OF 002` / `Streets of Tehran: Clashes on Vali Asr,` / `Fatemi and Enqelab` / blank / `6. (S/NF) ...`).
  if (!alone && next !== undefined && isWrappedTitleOverLabel(lines, i, text, next)) return true;
  // A headline in sentence case or punctuated, alone over a label a blank line or two below, after a finished sentence
  // (`... a third of its normal volume.` / `TBILISI 00001388  002 OF 003` / `The opposition waits` / blank / `5. (C) ...`).
  if (!alone || next === undefined || text.length > HEADED_HEADING_WIDTH) return false;
  let k = i + 1;
  while (k < lines.length && k <= i + 3 && (isBlank(lines[k] ?? '') || marks[k] === true)) k++;
  if (matchLabel(lines[k] ?? '') === null) return false;
  const title = blockText([text]);
  return isShortHeading(title, true) || isPunctuatedHeadline(title);
}

/**
 * True when a bullet's line ends its item: shorter than the wrap width, not on a comma, colon, semicolon or function
 * word, so the line after a page break starts afresh (`-- Ashraf Ghani Ahmadzai: 3.1 percent` / page marker / `The
 * Complaints Commission` / blank / `3. (SBU) ...`; not `-- the Ministry of Interior and the` / page marker / ...).
 */
function isEndedBulletLine(line: string): boolean {
  const text = line.trim();
  return text.length < WRAP_WIDTH && isBullet(text) && !/[,:;]$/.test(text) && !endsOnFunctionWord(text);
}

/**
 * True when line `i` (`text`) and the next (`next`) are one title-case headline wrapped, its first line maybe ending
 * with a comma, a blank line under it and a label within three lines (asked after a page break and a finished
 * sentence, see `headsAfterPage`): `Streets of Tehran: Clashes on Vali Asr,` / `Fatemi and Enqelab` / blank / `6. ...`.
 */
function isWrappedTitleOverLabel(lines: readonly string[], i: number, text: string, next: string): boolean {
  const second = next.trim();
  const after = lines[i + 2];
  if (after === undefined || !isBlank(after) || second.length === 0 || text.length + second.length >= HEADED_HEADING_WIDTH) return false;
  const title = blockText([text, second]);
  if (!isAsciiUpperCode(title.charCodeAt(0)) || !HAS_LOWER.test(title) || /[.;:!]$/.test(title) || matchLabel(second) !== null || !isTitleCase(title, HEADED_HEADING_WORDS + 4)) return false;
  let k = i + 3;
  while (k < lines.length && k <= i + 4 && isBlank(lines[k] ?? '')) k++;
  return matchLabel(lines[k] ?? '') !== null;
}

/** How many consecutive title blocks may make one heading (`SECTION II` / `TRAINING` over a paragraph). */
const HEADING_BLOCKS = 4;

/** Joins lines with one space and collapses runs of spaces. */
export function blockText(lines: readonly string[]): string {
  // The same as `lines.join(' ').replace(/[ \t\u00a0]+/g, ' ').trim()`, with less copying:
  // each line's ends are trimmed by index (archive dumps end every line with a space),
  // and only a line with a run inside (native searches tell) is collapsed:
  // `Astana in 2010.  This year's MCED` -> `Astana in 2010. This year's MCED`.
  const parts: string[] = [];
  for (const line of lines) {
    let a = 0;
    let b = line.length;
    while (a < b && isRunSpace(line.charCodeAt(a))) a++;
    while (b > a && isRunSpace(line.charCodeAt(b - 1))) b--;
    if (a === b) continue;
    const text = a === 0 && b === line.length ? line : line.slice(a, b);
    if (text.indexOf('  ') < 0 && text.indexOf('\t') < 0 && text.indexOf('\u00a0') < 0) {
      parts.push(text);
      continue;
    }
    // Runs inside: the pieces between them are parts too (the join puts one space between).
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!isRunSpace(c)) continue;
      let j = i + 1;
      while (isRunSpace(text.charCodeAt(j))) j++;
      if (j - i > 1 || c !== 32) {
        parts.push(text.slice(from, i));
        from = j;
      }
      i = j - 1;
    }
    parts.push(text.slice(from));
  }
  // `trim` for the other whitespace at the ends (`\u3000`); it returns the text itself when there is none.
  return parts.join(' ').trim();
}

/** Space, tab, no-break space: the characters `blockText` collapses. */
function isRunSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160;
}

/** Outline state: the stack of label styles from the root down. */
interface OutlineEntry {
  style: LabelStyle;
  label: string;
  /** A letter list opened after `Ref:` (a quoted letter's references): numbers restarting after it do not nest under its last item. */
  refs?: boolean;
  /** A press summary's item label `2)` (see `matchParenSequence`), or a `4)` going on with dotted numbers (see `readItemLabel`). */
  paren?: boolean;
  /** A nested item (`1)` under `A.`, `a.` under `6.`, `i.` under `a.`; see `readItemLabel`): the next dotted label closes it. */
  sub?: boolean;
  /** A lower-case letter or roman label (`a.`, `ii.`). */
  lower?: boolean;
  /** A sub-paragraph of a lettered section, `A 1.` (see `readSubItem`): its label is the item number, `'1'` or `'7-8'`. */
  section?: boolean;
}

/** A text ending with a reference list's caption: `Ref:`, `REFS:`, `References:` (a constant-length try at the end). */
const REF_CAPTION_END = /\bref(?:s|erences?)?:$/i;

/** Decides whether `label` is accepted as a paragraph label given the outline, and its style. */
function classifyLabel(label: string, stack: readonly OutlineEntry[]): LabelStyle | null {
  // `18A`, `20A-B` (see `isSuffixedLabel`) are numbers too.
  if (/^\d+$/.test(label) || isSuffixedLabel(label)) return labelNumber(label) > 0 ? 'arabic' : null;
  const letter = stack.find((e) => e.style === 'letter');
  const roman = stack.find((e) => e.style === 'roman');
  // (A doubled letter after the one before it: `AA.` after `Z.`, and `II.` after `HH.`, which is no roman number there.)
  if (letter !== undefined && nextLetter(letter.label) === label) return 'letter';
  if (label.length === 1) {
    if (roman !== undefined && nextRoman(roman.label) === label) return 'roman';
    if (label === 'I' && roman === undefined && letter === undefined) return 'roman';
    if (label === 'A') return 'letter';
    if (letter === undefined && roman !== undefined && label === 'A') return 'letter';
    return null;
  }
  if (!isRoman(label)) return null;
  if (roman !== undefined && nextRoman(roman.label) === label) return 'roman';
  return roman === undefined && label === 'I' ? 'roman' : null;
}

/** The label that would continue the sequence of `style` (for labels without a blank line before). */
function expectedNext(stack: readonly OutlineEntry[]): string[] {
  const out: string[] = [];
  for (const e of stack) {
    // Nested `1)` and `a.` items continue by `readItemLabel`, not as dotted labels.
    if (e.sub === true) continue;
    const n = e.style === 'arabic' ? String(labelNumber(e.label) + 1) : e.style === 'letter' ? nextLetter(e.label) : nextRoman(e.label);
    if (n !== null) out.push(n);
    // After `18A`: `18B` or `19A` (`20A-B` is never expected: it is read after a blank line only).
    if (e.style === 'arabic' && isSuffixedLabel(e.label)) {
      const letter = nextLetter(e.label.slice(-1));
      if (letter !== null) out.push(`${labelNumber(e.label)}${letter}`);
      out.push(`${labelNumber(e.label) + 1}A`);
    }
  }
  return out;
}

/**
 * Reads the paragraphs of body lines. `marks` flags transmission lines (page markers,
 * repeated banners), which are skipped like page breaks; by default they are computed.
 */
export function readParagraphs(lines: readonly string[], marks: readonly boolean[] = markTransmissionLines(lines)): Paragraph[] {
  return readParagraphRanges(lines, marks).paragraphs;
}

/**
 * Like `readParagraphs`, also giving for each paragraph the indices of its first line
 * (its heading's, when it has one) and last line in `lines`.
 */
export function readParagraphRanges(
  given: readonly string[],
  marks: readonly boolean[] = markTransmissionLines(given),
): { paragraphs: Paragraph[]; ranges: Array<[number, number]> } {
  const lines = withQuotedFirstLabel(withLabelsFirst(withDottedLetters(withStandardLabels(given))));
  const queue = toBlocks(lines, marks);
  // Keyed labels without a marking that are labels here (`21A.  Costa Rica ...` in a run, see `keyedLabelLines`):
  // `labelOf` reads them where `matchLabel` is asked of a line.
  const keyed = keyedLabelLines(queue);
  // The cable marks every numbered paragraph it opens a block with (`1. (C)`, `2. (SBU)`): an unmarked number wrapped to a
  // line start inside a sentence is no paragraph of it (`... move Ghana to Tier` / `2. Officials promised ...`).
  const marksParagraphs = marksEveryParagraph(queue);
  // Letters before initials that are a list's labels (`A. P. V. NARASIMHA RAO ...` under `... ARE:`, see `initialedLabelLines`).
  const initialed = initialedLabelLines(queue);
  // Persons' initials opening the lines of a list of names, out of any letter sequence (see `initialNameLines`).
  const named = initialNameLines(queue);
  const labelOf = (text: string): LabelMatch | null =>
    named !== null && named.has(text)
      ? null
      : (matchLabel(text) ?? (keyed !== null && keyed.has(text) ? matchKeyedLabel(text) : initialed !== null && initialed.has(text) ? initialedLabel(text) : null));
  const ranges: Array<[number, number]> = [];
  let pendingFirst: number | null = null;
  let pendingLast = 0;
  const mixedCase = lines.some((l) => HAS_LOWER.test(l));
  const paragraphs: Paragraph[] = [];
  let stack: OutlineEntry[] = [];
  let pendingHeading: string[] = [];
  // Inside a quoted text (`BEGIN TEXT ...` to `END TEXT`): its titles are no unnumbered paragraphs.
  let quoting = false;
  // Whether a quotation opened by its mark alone (`QUOTE`, `Quote:`) is open: a repeated cable's own title and field
  // lines inside it head nothing (`markedQuoteOpen`).
  let markQuoted = false;
  // The label of the last section heading read (`isSectionHeading`): the next one follows it.
  let sectionLabel: string | null = null;
  // A dotted (or comma) label was read: `1)` items are no paragraphs from then on (see `matchParenSequence`).
  let dotted = false;
  // `cuts`: where the open unnumbered paragraph's plain blocks after its first start (see `splitUnnumberedBody`).
  let current: { paragraph: Paragraph; blocks: string[]; first: number; last: number; cuts?: BlockCut[] } | null = null;
  // The blocks of each unnumbered paragraph of more than one plain block, by its index in `paragraphs`.
  const pieces = new Map<number, UnnumberedPiece[]>();
  // The numbered designator of an underlined heading taken (`Question #` of `Question #14: Is there a protest
  // "organization"?` / `-----`): the same designator heads a block without its rule too (see `numberedDesignator`).
  let underlinedDesignator: string | null = null;

  // A paragraph read so far carries a portion marking (see `matchLoweredMarking`).
  let markedSeen = false;
  // A paragraph read so far has a heading: longer sentence-case lines over labels are headings too (see `isShortHeading`).
  let headedSeen = false;
  // A label line's title set off from its text by a blank line was taken: shorter titles of that shape are the cable's style (see `labelLineTitle`).
  let labelTitleSeen = false;
  // Whether a later one-line marked label block carries a title in title case over its text (`labelLineTitle`), asked
  // at the first shorter title only: one pass over the blocks after it, its answer kept (`null`: not asked yet).
  let titleAhead: boolean | null = null;
  const labelTitleAhead = (k: number): boolean => {
    if (titleAhead !== null) return titleAhead;
    titleAhead = false;
    for (let n = k + 1; n + 1 < queue.length; n++) {
      const b = queue[n] as Block;
      const line = b.lines[0] ?? '';
      // (One line, no longer than a label and a title, is the pre-test.)
      if (b.lines.length !== 1 || line.length > 2 * WRAP_WIDTH || b.ruled === true || b.ruleAfter === true) continue;
      const l = labelOf(line);
      const m = l === null ? null : matchMarking(line.slice(l.length));
      if (l === null || m === null || labelLineTitle(line.slice(l.length + m.length), false) === null) continue;
      const under = queue[n + 1] as Block;
      if (labelOf(under.lines[0] ?? '') === null && isTextUnderTitle(under)) {
        titleAhead = true;
        break;
      }
    }
    return titleAhead;
  };
  // Whether an all-caps body without labels heads its blocks with topics (`showsTopics`), read on first need.
  let topics: boolean | null = null;
  const topicsShown = (): boolean => !mixedCase && (topics ??= showsTopics(queue, labelOf));
  // Whether a body has no label at all (read on first need).
  let unlabeled: boolean | null = null;
  const noLabels = (): boolean => (unlabeled ??= queue.every((b) => labelOf(b.lines[0] ?? '') === null));
  // The open paragraph took an underlined or framed title under its lead-in's colon as a sub-heading of its text:
  // its next such titles over unlabeled text are sub-headings too (see `subHeading` below).
  let subHeaded = false;
  // The letter of the last topic line lettered in brackets kept as the open paragraph's text (see `bracketTopicLetter`).
  let topicLetter: string | null = null;
  const flush = (): void => {
    subHeaded = false;
    topicLetter = null;
    if (current !== null) {
      if (current.paragraph.marking !== null) markedSeen = true;
      if (current.paragraph.heading !== null) headedSeen = true;
      const blocks = current.blocks;
      // A rule run ending a block is never its text (see `withoutTrailingRule`).
      for (let b = 0; b < blocks.length; b++) if (isRuleCode((blocks[b] as string).charCodeAt((blocks[b] as string).length - 1))) blocks[b] = withoutTrailingRule(blocks[b] as string);
      current.paragraph.text = blocks.filter((b) => b.length > 0).join('\n\n');
      if (current.cuts !== undefined) pieces.set(paragraphs.length, piecesOf(blocks, current.cuts, current.first, current.last));
      paragraphs.push(current.paragraph);
      ranges.push([current.first, current.last]);
      current = null;
    }
  };
  // The caption of a field list read so far (see `isFieldBlock`).
  let fieldCaption: string | null = null;
  /**
   * True when an all-caps block is a field of the text, not a title: a one-word caption with a colon, its values
   * separated by semicolons, closing the list item above it (not heading the next one); then the same caption opening
   * a block later in the cable, with one value:
   *
   *     -- Ability and efforts to combat illicit finance.
   *
   *                 COUNTRIES: BURUNDI-PRIORITY 5; CONGO, DEMOCRATIC
   *     REPUBLIC- PRIORITY 4; RWANDA- PRIORITY 5H
   *
   *                 4) Political Opposition (DEPS)
   *     ...
   *                 COUNTRIES:  CONGO, DEMOCRATIC
   *     REPUBLIC-PRIORITY 5H
   *
   * (Not `FARC STRATEGY MURKY; COLMIL INCAPABLE`: no caption. Asked only of title blocks, after their line tests.)
   */
  const isFieldBlock = (b: Block): boolean => {
    const caption = fieldCaptionOf(b.lines[0] ?? '');
    if (caption === null) return false;
    if (b.lines.some((l) => l.indexOf(';') >= 0)) {
      fieldCaption = caption;
      return true;
    }
    return caption === fieldCaption;
  };
  // A short underlined block is a heading in any case: `Evolving U.S.-PRC Military Relationship -------`.
  // One-line blocks that belong to the text above them (see `belongsAbove`): no headings. By the line's index (the
  // reading below rebuilds blocks).
  const tableNotes = new Set<number>();
  for (let k = 1; k < queue.length; k++) {
    const b = queue[k] as Block;
    if (b.lines.length === 1 && belongsAbove(b.lines[0] ?? '', queue[k - 1] as Block)) tableNotes.add(b.indices[0] as number);
  }
  const isTableNoteBlock = (b: Block): boolean => b.lines.length === 1 && tableNotes.has(b.indices[0] as number);
  const isHeadingBlock = (b: Block): boolean =>
    b.heading === true ||
    (!isTableNoteBlock(b) &&
      // A quoted letter's closing over its writer's name is text: `Respectfully,` / `Gunel Hajiyeva`.
      !LETTER_CLOSING_LINE.test(b.lines[0] ?? '') &&
      (
      // Only a rule after blank lines: the heading starts with a capital (`Chinese Engagement in Trade`).
      // Three lines when rules frame them (a rule over the first line too):
      //     -----------------------------------------------
      //     Proposal 4: Using The Court's Sentence in the Case as an
      //     Instrument to Empower Women in Their Struggle against
      //     Gender Violence
      //     -----------------------------------------------
      ((b.ruled === true || b.ruleAfter === true) &&
        (b.lines.length <= 2 || (b.lines.length === 3 && b.ruled === true && b.start < (b.indices[0] as number))) &&
        // An underlined title's first line may end with a semicolon or a comma, the title going on below it:
        // `Lack of signature on Customs Protocol;` / `no clearance of commercial cargo imports` / `-----`,
        // `Widespread Abuses of Power, including Arrests,` / `Expulsions, and Seizures` / `- - - - -`.
        b.lines.every((l, i, all) => isRuledTitle(b.ruled === true && i < all.length - 1 && (l.endsWith(';') || l.endsWith(',')) ? l.slice(0, -1) : l, b.ruled !== true && i === 0))) ||
      // A redacted heading, underlined: `XXXXXXXXXXX` / `-----------`.
      (b.ruled === true && b.lines.length === 1 && REDACTION.test(b.lines[0] ?? '')) ||
      // A year or a date alone heading a chronology's part: `1984:`, `2009-01-12:`, `12.1.2009 -`.
      (b.lines.length === 1 && isDateHeading(b.lines[0] ?? '')) ||
      // A section keyword alone in mixed case, no rule under it: `Summary` over the summary's text.
      (b.lines.length === 1 && KEYWORD_HEADING.test(b.lines[0] ?? '')) ||
      // `Comment:` alone (see `COMMENT_KEYWORD_LINE`).
      (b.lines.length === 1 && COMMENT_KEYWORD_LINE.test(b.lines[0] ?? '')) ||
      // An agenda item's title alone, its full stop too: `ITEM II.  EAST-WEST RELATIONS.`, `AGENDA ITEM 3: AOB.`
      (b.lines.length === 1 && isAgendaItemTitle(b.lines[0] ?? '')) ||
      // A report's part number alone over its title: `PART ONE` / `IRAQ: SIXTY-DAY SANCTIONS REVIEW`.
      (b.lines.length === 2 && PART_NUMBER_LINE.test(b.lines[0] ?? '') && (b.lines[1] ?? '').length <= 60 && isTitleLine(trimEnd(b.lines[1] ?? '').replace(/:$/, ''))) ||
      (mixedCase
        ? b.lines.length <= 3 && b.lines.every((l, i, all) => isTitleLineOfBlock(l, i, all, b.ruled === true)) && !isFieldBlock(b) && !isQuotationMarkBlock(b)
        : b.lines.length === 1 && (b.lines[0] ?? '').length <= 60 && isTitleLine(b.lines[0] ?? '') && !isFieldBlock(b) && !isQuotationMarkBlock(b))));

  for (let k = 0; k < queue.length; k++) {
    let block = queue[k] as Block;
    // Rows of a table that carry the source's own item letters or roman numbers, under a lead-in's colon: the table is
    // text of the open paragraph, its letters no sub-paragraphs (see `isLabeledTableBlock`):
    //     2. (U) The budget estimates, as presented (Tk crore):
    //
    //     I.   Revenue receipts                 79,461
    //     II.  Non-development expenditure      76,962
    if (current !== null && pendingHeading.length === 0 && ((current as { blocks: string[] }).blocks.at(-1) ?? '').endsWith(':') && isLabeledTableBlock(block)) {
      const open = current as { blocks: string[]; last: number };
      open.blocks.push(blockText(block.lines));
      open.last = block.end;
      continue;
    }
    // Topic lines lettered in brackets under a lead-in's colon, each over its bullets, are the open paragraph's text, from
    // `(A)` right under the colon on, each the next letter (`(C)` no marking there; see `bracketTopicLetter`):
    //     4. (C) Action request: Posts should draw on the following points:
    //
    //     (A) INSPECTION OF CARGO
    //
    //     -- Resolution 1718 calls on all states to inspect cargo ...
    //
    //     (B) FINANCIAL MEASURES
    if (current !== null && pendingHeading.length === 0 && block.lines.length === 1 && (block.lines[0] ?? '').charCodeAt(skipWhitespace(block.lines[0] ?? '')) === 40) {
      const letter = bracketTopicLetter(block.lines[0] ?? '');
      const open = current as { blocks: string[]; last: number };
      if (letter !== null && (topicLetter === null ? letter === 'A' && (open.blocks.at(-1) ?? '').endsWith(':') : nextLetter(topicLetter) === letter)) {
        open.blocks.push(blockText(block.lines));
        open.last = block.end;
        topicLetter = letter;
        continue;
      }
    }
    // A marked caption and its colon over a headline, two lines right over the next label, heads it (its marking the
    // paragraph's when it has none; see `isCaptionedHeadline`):
    //     (SBU) Violence: 38 Incidents, 12 Dead,
    //     Fewer Than in 2007
    //
    //     4. (SBU) The police counted 38 incidents ...
    if (current !== null && !quoting && block.lines.length === 2 && (block.lines[0] ?? '').charCodeAt(skipWhitespace(block.lines[0] ?? '')) === 40 && labelOf(queue[k + 1]?.lines[0] ?? '') !== null) {
      const head = (block.lines[0] ?? '').trimStart();
      const own = matchMarking(head);
      if (own !== null && isCaptionedHeadline([head.slice(own.length), block.lines[1] ?? ''])) {
        pendingHeading.push(blockText(block.lines));
        pendingFirst ??= block.start;
        pendingLast = block.end;
        continue;
      }
    }
    // A heading, a dash run and a marked label on the block's first line (see `splitInlineHeading`):
    // `ESDP ---- 5. (SBU) Lengthy Conclusions ...` -> heading `ESDP`, the label line after the run.
    // (A digit-free first character and a native search for `--` are the pre-tests.)
    let inlineHeading: string | null = null;
    // A topic glued on top of its text in a body without labels (`opensWithTopic`): its own block, then read as a heading.
    if (!mixedCase && block.lines.length >= 2 && labelOf(block.lines[0] ?? '') === null && topicsShown() && opensWithTopic(block, true)) {
      block = splitBlock(queue, k, block, 1, lines);
    }
    // In a mixed-case body without labels, a title in capitals glued on top of its text heads it (`capsTitleOverText`):
    //     KEY POINTS
    //     -- Pre-accession funds approved in 2007 have not reached a single
    if (mixedCase && block.lines.length >= 2 && block.heading !== true && capsTitleOverText(block) && noLabels()) {
      block = splitBlock(queue, k, block, 1, lines);
      block.heading = true;
    }
    const head0 = block.lines[0] ?? '';
    if (isAsciiUpperCode(head0.charCodeAt(0)) && block.heading !== true && head0.indexOf('--') > 0) {
      const inline = splitInlineHeading(head0, lastArabic(stack));
      if (inline !== null) {
        inlineHeading = inline.heading;
        block = { ...block, lines: [inline.rest, ...block.lines.slice(1)] };
        queue[k] = block;
      }
    } else if (isRuleCode(head0.charCodeAt(0)) && block.heading !== true && head0.charCodeAt(head0.trimEnd().length - 1) === 46) {
      // A framed heading with the next label after it, the text on the lines (or the block) after
      // it: `------ Health ------ 5.` / blank / `Paraguay: Yellow Fever Update ...` -> paragraph 5,
      // heading `Health`. (A rule mark first and a dot last are the pre-tests.)
      const framed = splitFramedLabel(head0, lastArabic(stack));
      const under = queue[k + 1];
      if (framed !== null) {
        inlineHeading = framed.heading;
        if (block.lines.length === 1 && under !== undefined && labelOf(under.lines[0] ?? '') === null) {
          // The label alone on its line: the block after it is its text.
          block = { lines: [framed.label, ...under.lines], indices: [block.indices[0] as number, ...under.indices], start: block.start, end: under.end };
          if (under.ruled === true) block.ruled = true;
          if (under.ruleAfter === true) block.ruleAfter = true;
          queue.splice(k + 1, 1);
        } else block = { ...block, lines: [framed.label, ...block.lines.slice(1)] };
        queue[k] = block;
      }
    }
    // A label that continues the sequence starts a paragraph even without a blank line:
    //     of heroin is $30,000 per kilo in Europe.
    //     49.  In July, the Head of the KNB Division ...
    // A title with a rule drawn over it, the text under it redacted: the title heads the
    // redacted text (a paragraph of its own), not the paragraph before:
    //     ----------------
    //     POINT OF CONTACT
    //     XXXXXXXXXXXX
    // (Only blocks with a rule over them are tried.)
    if (block.start < (block.indices[0] as number) && block.lines.length > 1 && block.lines.length <= 4 && isTitleLine(block.lines[0] ?? '') && block.lines.every((l, i) => i === 0 || REDACTION.test(l))) {
      block = splitBlock(queue, k, block, 1, lines);
      (queue[k + 1] as Block).redacted = true;
    }
    // A redaction line over a heading, before a labeled block, is no part of the heading: it stands for removed
    // text (a block of its own, or of the paragraph before), the title under it heads the labeled block:
    //     XXXXXXXXXXXX
    //     //U.S.-SPAIN RELATIONS//
    //
    //     7. (C) Leon said that Spain is politically divided ...
    // (An `X` first is the pre-test; only blocks of two to four lines before a labeled block are tried.)
    if (
      (block.lines[0] ?? '').charCodeAt(0) === 88 &&
      block.lines.length > 1 &&
      block.lines.length <= 4 &&
      REDACTION.test(block.lines[0] ?? '') &&
      queue[k + 1] !== undefined &&
      labelOf(queue[k + 1]?.lines[0] ?? '') !== null &&
      isHeadingBlock({ lines: block.lines.slice(1), indices: block.indices.slice(1), start: block.indices[1] as number, end: block.end, ...(block.ruled === true ? { ruled: true } : {}), ...(block.ruleAfter === true ? { ruleAfter: true } : {}) })
    ) {
      block = splitBlock(queue, k, block, 1, lines);
    }
    const firstLabel = labelOf(block.lines[0] ?? '');
    // (A block opening with a nested item, `2) Response To Terrorism (TERR)`, goes on from that item.)
    const firstItem = firstLabel === null && dotted ? readItemLabel(block.lines[0] ?? '', stack, null) : null;
    // (Or with the body's next `N)` paragraph: `4) (U) The Central Election Commission ...`, see `matchParenSequence`.)
    const firstParen = firstLabel === null && !dotted && block.heading !== true ? matchParenSequence(block.lines[0] ?? '', stack) : null;
    const stackAfterFirst =
      firstLabel !== null
        ? (labelState(firstLabel.label, withoutSubItems(stack)) ?? stack)
        : firstParen !== null
          ? [{ style: 'arabic' as const, label: firstParen.label, paren: true }]
          : (firstItem?.stack ?? stack);
    const itemsOpen = dotted || firstLabel !== null;
    const expected = expectedNext(stackAfterFirst);
    // Before any number, paragraph 1 is the one expected.
    if (!stackAfterFirst.some((e) => e.style === 'arabic')) expected.push('1');
    const lastNumber = lastArabic(stackAfterFirst);
    // The number of the paragraph this block goes on (its own label's, or the open paragraph's) when it repeats the
    // number of the paragraph before it: a repeat is not repeated again (see `isMarkedNumberOutOfSequence`).
    const own = firstLabel !== null ? firstLabel.label : ((current as { paragraph: Paragraph } | null)?.paragraph.number ?? null);
    const before = firstLabel !== null ? ((current as { paragraph: Paragraph } | null)?.paragraph.number ?? null) : (paragraphs.at(-1)?.number ?? null);
    const repeatedNumber = own !== null && own === before ? labelNumber(own) : -1;
    // A form's numbered fields, one per line (`1. NAME: TREVINO, ROSA MARIA` / `2. DPOB: 02/11/1962, SAN ANTONIO, TX`):
    // each the next paragraph, whatever ends the line before (see `isFieldList`).
    const fieldList = isFieldList(block.lines);
    for (let j = 1; j < block.lines.length; j++) {
      const line = block.lines[j] ?? '';
      const l = labelOf(line);
      // A number and a portion marking start a paragraph after any line:
      //     Deputy Chief of Mission, Americas Directorate, MFA
      //     3. (S) SUMMARY: Deputy Secretary Steinberg used his meeting ...
      const marked = l !== null && /^\d/.test(l.label) && matchMarking(line.slice(l.length)) !== null;
      const previous = block.lines[j - 1] ?? '';
      if (
        l !== null &&
        expected.includes(l.label) &&
        // (An unmarked number with a lower-case word after it goes on a sentence: `as of Dec.` / `3. unknown to us.`.)
        !(!marked && isAsciiLowerCode(line.charCodeAt(l.length)) && !REDACTION_START.test(line.slice(l.length))) &&
        (marked ||
          // (Not a number after `No.` when the same number opens a paragraph soon after: `... Decree No.` / `3.  The decree ...`.)
          (endsSentence(previous) && !isDayAfterMonth(previous, line) && !(endsOnNumberAbbreviation(previous) && labelRecursStronger(queue, k, j, l.label))) ||
          (fieldList && NUMBERED_FIELD.test(line)) ||
          // (After a mark opening a stretch of another classification: `BEGIN UNCLASSIFIED` / `2. SPD MANAGER JAHN ...`.)
          CLASSIFIED_STRETCH_MARK.test(previous) ||
          (mixedCase && followsHeading(block.lines, j)) ||
          isFramedTitle(previous) ||
          ((!marksParagraphs || REDACTION_END.test(previous)) && isUnmarkedNextNumber(l, line, previous, lastNumber) && !labelRecursStronger(queue, k, j, l.label)) ||
          // The first number right under a short heading in sentence case, as a press summary opens its first section:
          //     EU Accession Talks
          //     1. "Investment ..." Star reports: ...
          (j === 1 && l.label === '1' && mixedCase && !stackAfterFirst.some((e) => e.style === 'arabic') && isShortHeading(blockText([previous]))))
      ) {
        block = splitBlock(queue, k, block, j, lines);
        break;
      }
      // The first number right under a label line that is only a title, as a list opens under a lettered section, at
      // the top or inside a numbered paragraph (`3.` / `B. (SBU) Reporting Deadlines` / `1. Reports for ...`, where `1`
      // is not the next number), not after a month ending the line (`ON JULY` / `1. BOTH SIDES ...` goes on the date):
      //     B. (SBU) NIV FRAUD
      //     1. Work and Travel: FPU reviewed 640 J-1 applicants ...
      if (l !== null && j === 1 && l.label === '1' && firstLabel !== null && (expected.includes('1') || isAsciiUpperCode(firstLabel.label.charCodeAt(0))) && !MONTH_END.test(previous.slice(-12)) && isTitledLabelLine(previous, true)) {
        block = splitBlock(queue, k, block, j, lines);
        break;
      }
      // A keyed label of a run (`keyedLabelLines`: after a finished sentence), a letter skipped or not:
      //     ... differing formats, even within the same institution.
      //     22F.  Aside from regular meetings, there is no ...      <- after 22D
      if (l !== null && keyed !== null && keyed.has(line)) {
        block = splitBlock(queue, k, block, j, lines);
        break;
      }
      // A number typed without its dot before a marking, continuing the sequence, after a finished
      // sentence or a heading (not inside a sentence: `... see paragraph` / `15 (C) above`):
      //     ... and they were not.
      //     15 (C) Sanctions were discussed in all meetings ...
      if (l === null && matchSequenceBare(line, stackAfterFirst) !== null && (endsSentence(previous) || (mixedCase && followsHeading(block.lines, j)))) {
        block = splitBlock(queue, k, block, j, lines);
        break;
      }
      // A marked number past the expected one (paragraphs removed before release, or lost inside a line), or the
      // last number again (a typo, a paragraph re-sent), after a finished sentence or a whole reflowed paragraph,
      // starts a paragraph too: one number out of sequence must not swallow the paragraphs after it.
      //     14. (SBU) Given its size ... (15 lost inside a line) ... the region.
      //     16. (SBU) Both Fernandes and Prakash told the CG ...
      //     ... Watch your bills carefully for fraudulent charges.
      //      ¶8. (U) TRANSPORTATION Remises (hired car and driver) are ...     <- after paragraph 3
      // (Not a number below the last one: `5. (C) ...` / `1. (C) ...` / `2. (C) ...` quote a list inside paragraph 5.
      // A number is repeated once: `3.` / `3.` / `3.` is no sequence, and the bound keeps the splits of a block few.)
      // So does one right under a heading over it (a tasker reply keyed to the tasker's numbers):
      //     RESPECT FOR THE INTEGRITY OF THE PERSON
      //     11. (C) Arbitrary killings: Human rights groups reported ...     <- after paragraph 1
      if (
        marked &&
        l !== null &&
        isMarkedNumberOutOfSequence(l.label, lastNumber, repeatedNumber) &&
        (endsSentence(previous) || previous.length > REFLOWED_WIDTH || (mixedCase && followsHeading(block.lines, j)))
      ) {
        block = splitBlock(queue, k, block, j, lines);
        break;
      }
      // An unmarked number a little past the expected one (at most `MAX_LABEL_GAP` lost), a capital after it, after a
      // finished sentence that is no label line of its own (`1. Apples.` / `3. Pears.` is a list), starts a paragraph:
      //     for the second time this year.
      //     6. The Ambassador then raised ...     <- after paragraph 3 (4 and 5 removed)
      // (Not the next item of a list the open paragraph holds: `INDIVIDUALS:` / `1.` ... `5.` / blank / `ENTITIES:` / `6.`.)
      if (
        !marked &&
        l !== null &&
        isAsciiUpperCode(line.charCodeAt(l.length)) &&
        isNumberAfterGap(l.label, lastNumber) &&
        endsSentence(previous) &&
        labelOf(previous) === null &&
        !(current !== null && holdsLabelLately((current as { blocks: string[] }).blocks, labelNumber(l.label) - 1))
      ) {
        block = splitBlock(queue, k, block, j, lines);
        break;
      }
      // A first letter item right under a numbered title line (or one ending with a colon):
      //     1.  (SBU) DEMONSTRATIONS
      //     A.  ARE THERE ANY ETHNIC OR RELIGIOUS COMMUNITIES ...
      // (Not a run of names' initials, its letters out of sequence: see `lettersRunOn`.)
      if (j === 1 && l !== null && l.label === 'A' && firstLabel !== null && opensList(block.lines[0] ?? '', firstLabel.length, mixedCase) && lettersRunOn(block.lines, j + 1, Math.min(block.lines.length, j + 1 + LETTER_LIST_LOOKAHEAD), 66)) {
        block = splitBlock(queue, k, block, j, lines);
        break;
      }
      // A letter list opening after a finished sentence or a colon, `B.` following in the block
      // (no blank lines on a `cables.csv`-style page); `B.` on continues the open letter outline:
      //     PARAGUAYAN POLITICS, AND BEST REGARDS FROM WASHINGTON.
      //     A. (C) ANALYSTS APPRECIATED REF A, WHICH PROVIDED VALUABLE
      //     ...USEFUL.
      //     B. (C) WHAT HAS LUGO SAID PRIVATELY ...
      if (l !== null && l.label === 'A' && endsSentence(previous) && lettersFollow(block.lines, j, matchMarking(line.slice(l.length)) !== null)) {
        block = splitBlock(queue, k, block, j, lines);
        break;
      }
      // A nested item in sequence (`readItemLabel`: `N)` under a letter, `b.` after `a.`) opening a line, after a
      // finished sentence or under its block's short label line and at most two short lines (an outline of titles):
      //     ¶A.  Security
      //     1) International Terrorism (TERR)
      //     2) Response To Terrorism (TERR)
      //     3) Conflict Resolution and Palestinian Relations
      //     (SRCC-1)
      //     4) Final Status Issues (SRCC-1)
      // A longer label line with a title after it (`isTitledLabelLine`) is a title line too, under any width:
      //     ¶B. Financial Stability, Economic Development, and Societal Challenges
      //     1) Financial Stability and Economic Development (ECFS-4H). Plans and efforts ...
      // (A digit then a `)` within three characters, or a lower-case letter then a dot, are the pre-tests.)
      const c0 = line.charCodeAt(0);
      if (
        l === null &&
        itemsOpen &&
        ((isAsciiDigitCode(c0) && (line.charCodeAt(1) === 41 || line.charCodeAt(2) === 41)) || (isAsciiLowerCode(c0) && (line.charCodeAt(1) === 46 || line.charCodeAt(2) === 46 || line.charCodeAt(3) === 46))) &&
        (endsSentence(previous) ||
          (j <= 3 && previous.length <= ITEM_TITLE_WIDTH && (firstLabel !== null || firstItem !== null)) ||
          (j === 1 && firstLabel !== null && isTitledLabelLine(previous)))
      ) {
        const item = readItemLabel(line, stackAfterFirst, null);
        // A lower-case list opens at a block's start only (`2. Of these seven new seats:` / `a. Two will be ...` inside a quoted text stays
        // text), or right under a marked label line's lead-in (the cable's own paragraph): `4. (SBU) Remains and effects:` / `a. The remains ...`.
        // (The lead-in may wrap over a few lines under the label line: `3. (C) ... She announced three` / `steps:` / `a. A "truth ...`.)
        const labelLine = block.lines[0] ?? '';
        const underMarkedLeadIn = j <= LEAD_IN_LINES && firstLabel !== null && previous.trimEnd().endsWith(':') && matchMarking(labelLine.slice(firstLabel.length)) !== null && !block.lines.slice(1, j).some((t) => readItemLabel(t, stackAfterFirst, null) !== null);
        if (item !== null && item.stack.at(-1)?.sub === true && (!isAsciiLowerCode(c0) || stackAfterFirst.at(-1)?.lower === true || underMarkedLeadIn)) {
          block = splitBlock(queue, k, block, j, lines);
          break;
        }
      }
      // A sub-paragraph label in sequence (`readSubItem`) opening a line after a finished sentence, or right under its
      // section's short label line (the two joined across a page break):
      //     D.  Mental health
      //     ABUJA 00000203  006.3 OF 006
      //     D 1.  (S/NF) does yar'adua seem sad, detached, distracted, IRRITABLE
      // (A capital, a space and a digit first are the pre-test.)
      if (
        l === null &&
        itemsOpen &&
        isAsciiUpperCode(c0) &&
        line.charCodeAt(1) === 32 &&
        isAsciiDigitCode(line.charCodeAt(2)) &&
        (endsSentence(previous) || (j === 1 && firstLabel !== null && (previous.length <= ITEM_TITLE_WIDTH || isTitledLabelLine(previous)))) &&
        readItemLabel(line, stackAfterFirst, null)?.stack.at(-1)?.section === true
      ) {
        block = splitBlock(queue, k, block, j, lines);
        break;
      }
      if (
        l !== null &&
        expected.includes(l.label) &&
        !/^\d/.test(l.label) &&
        (!endsOnFunctionWord(previous) || (initialed !== null && initialed.has(line))) &&
        // (Nor a person's initial wrapped to a line start, the same letter opening a block soon after, marked or after a blank line:
        // `... our contacts, including the lawyer` / `C. Hadiprasetyo, say no one knows ...` / blank / `C. (SBU) Local parties: ...`.)
        (endsSentence(previous) || matchMarking(line.slice(l.length)) !== null || !labelRecursStronger(queue, k, j, l.label))
      ) {
        // Letter and roman labels that continue their sequence need no sentence end (but a sentence going on over a
        // word no sentence ends on opens no item: `... THROUGH MITSUI AND CO. AND` / `C. ITOH AND CO., LTD., WHICH ...`):
        //     None
        //     C. EQUIPMENT DELIVERED DURING THE REPORTING PERIOD
        block = splitBlock(queue, k, block, j, lines);
        break;
      }
    }
    // Trailing title lines just before a labeled block are its heading:
    //     drugs.
    //     DOMESTIC PROGRAMS/DEMAND REDUCTION
    // The labeled block may come after a heading block that the title goes on in (a blank line
    // inside a two-line heading, or a heading reflowed onto a paragraph's last line):
    //     ...in the wake of the earthquake.
    //     IMPROVING U.S.-EU COOPERATION TO MEET THE BASIC
    //
    //     CHALLENGE
    //     -----------------
    //     6. (C) DNSA Froman made two major points ...
    const nextBlock = queue[k + 1];
    // (A number typed without its dot that continues the sequence is a label too: `15 (C) Sanctions ...`; so is the next
    // `N)` paragraph of a body numbered so: `5) (U) The Health Ministry ...`.)
    const nextLabeled =
      nextBlock !== undefined &&
      (labelOf(nextBlock.lines[0] ?? '') !== null ||
        matchSequenceBare(nextBlock.lines[0] ?? '', stackAfterFirst) !== null ||
        (!dotted && matchParenSequence(nextBlock.lines[0] ?? '', stackAfterFirst) !== null));
    // Asked only of a block of several lines before a heading block (a bounded look two blocks ahead).
    const nextHeads =
      !nextLabeled && block.lines.length > 1 && nextBlock !== undefined && queue[k + 2] !== undefined && labelOf(queue[k + 2]?.lines[0] ?? '') !== null && isHeadingBlock(nextBlock);
    // One to three last lines with a rule under them (or on the last), after a finished sentence
    // or a whole reflowed paragraph, are the heading of the labeled block after the rule, in any
    // case (the rule may come after blank lines, or a page marker before the heading):
    //     ...citing a scheduling conflict. End Summary.
    //     Human Rights Activists: Most Gujaratis Have Forgotten
    //     -----------------------------------------------------
    //     3. (SBU) Kirtee Shah, a well-known human rights activist ...
    //
    //     speaks English and Greek.
    //     AMMAN 00004693 002 OF 007
    //     Salah Bashir
    //     Foreign Minister
    //     ----------------
    //     8. (SBU/NF) Born in 1966, ...
    // (A two-line heading over its rule stays whole: `Ministry of Foreign Affairs:` / `"We Need Evidence"`.)
    // A redacted heading over its rule, right under the paragraph's last sentence, heads the labeled block too:
    //     Nykonenko said that Ukraine was reviewing it.
    //     XXXXXXXXXXXX
    //
    //     -------------
    //     40. (S) Van Diepen said that there is a long history ...
    // (An `X` first on the last line is the pre-test.)
    if (
      block.lines.length > 1 &&
      nextLabeled &&
      (block.ruled === true || block.ruleAfter === true) &&
      (block.lines.at(-1) ?? '').charCodeAt(0) === 88 &&
      REDACTION.test(block.lines.at(-1) ?? '') &&
      (endsSentence(block.lines.at(-2) ?? '') || (block.lines.at(-2) ?? '').length > REFLOWED_WIDTH)
    ) {
      block = splitBlock(queue, k, block, block.lines.length - 1, lines);
      (queue[k + 1] as Block).heading = true;
    }
    if (block.lines.length > 1 && nextLabeled && (block.ruled === true || block.ruleAfter === true || hasTrailingRule(block.lines.at(-1) ?? '')) && !isHeadingBlock(block)) {
      // The lines after `j` go on with the heading (any first letter); line `j` starts it (a capital).
      const n = block.lines.length;
      for (let j = n - 1; j > 0 && n - j <= 3; j--) {
        const line = block.lines[j] ?? '';
        if (!isRuledTitle(line, false)) break;
        // A heading of several lines is in title case (`Salah Bashir` / `Foreign Minister`), not a sentence's end.
        if (j < n - 1 && !isTitleLine(line) && !isTitleCase(trimRules(line).trim(), 12)) break;
        const previous = block.lines[j - 1] ?? '';
        if (endsSentence(previous) || previous.length > REFLOWED_WIDTH) {
          if (isRuledTitle(line)) block = splitBlock(queue, k, block, j, lines);
          break;
        }
      }
    }
    if (mixedCase && block.lines.length > 1 && (nextLabeled || nextHeads)) {
      let j = block.lines.length;
      while (j > 1 && isTitleLine(block.lines[j - 1] ?? '')) j--;
      // A first line that is a title too, ending with a colon or a question, opens a heading of
      // the whole block, not a sentence before it:
      //     BANK AL-MEDINA AND OIL-FOR-FOOD:
      //     WAYS TO BRING DOWN LAHOUD?
      //     --------------------------------
      //     6. (S/NF) Mouawad and Hamadeh raised ...
      // After a colon, title lines that no rule underlines are what the colon announces, on its block (`Alias:` /
      // `AL-WAFA HUMANITARIAN ORGANIZATION`), as a title block after a colon is (see `afterColon` below).
      const announced = (block.lines[j - 1] ?? '').endsWith(':') && block.ruled !== true && block.ruleAfter !== true && !nextHeads;
      if (j < block.lines.length && endsSentence(block.lines[j - 1] ?? '') && !(j === 1 && isTitleLine(block.lines[0] ?? '')) && !announced) {
        block = splitBlock(queue, k, block, j, lines);
        if (nextHeads) (queue[k + 1] as Block).heading = true;
      }
    }
    // A part's title glued right over a marked label heads it, the numbering restarting under it or not:
    //     Part I -- Banking
    //     1. (C) The sale of Bank of Alexandria ...
    // (Glued under a paragraph's last sentence too: `2. (SBU) Loans fell.` / `Part II -- Insurance` / `1. (C) ...`; the title
    // opens a block of its own, read next.)
    if (block.lines.length >= 2 && block.heading !== true) {
      if (isGluedPartTitle(block.lines[0] ?? '', block.lines[1] ?? '')) {
        block = splitBlock(queue, k, block, 1, lines);
        block.heading = true;
      } else {
        for (let j = 1; j + 1 < block.lines.length && j <= PART_TITLE_REACH; j++) {
          if (endsSentence(block.lines[j - 1] ?? '') && isGluedPartTitle(block.lines[j] ?? '', block.lines[j + 1] ?? '')) {
            block = splitBlock(queue, k, block, j, lines);
            break;
          }
        }
      }
    }
    // A short title-case line (or one opening with a portion marking) right after a finished
    // sentence or a whole reflowed paragraph, with a blank line after it, heads the labeled block:
    //     ...submit additional requests for information.
    //     Taliban/Haqqani Network
    //
    //     4. (S//NF) Mendelsohn acknowledged ...
    // (also `(S//NF) Lashkar-e-Tayyiba and Jamaat al-Dawa` before a label, and `... End Summary.
    // First Lady Preparing for 2011` / `Election` / `-----` / `2. (C) ...`, its line cut by `splitReflowedLines`; and after a
    // paragraph redacted whole, `16. (S) XXXXXXXXXXXX` / `Child Trafficking` / `-----` / `17. (S) ...`, see `isRedactedLabelLine`).
    if (mixedCase && block.lines.length > 1 && (nextLabeled || nextHeads)) {
      const j = block.lines.length - 1;
      const previous = block.lines[j - 1] ?? '';
      // (Not the last of a run of `Caption: value` lines: `Time: 10:00 A.M. - 12:15 P.M.` / `Place: Russian Mission, Geneva`.
      // A line indented deeper than the line before is a heading only centered under a full stop: not the hanging indent of
      // an item going on (`A. Names: DUNHAM, Lisa R. (CBP); ORTEGA, Miguel (CBP);` / `   PRYOR, Walter J. (DOE/NNSA)` /
      // `B. Dates of travel: ...`), a value aligned under a caption's column or a letter's signature far right.)
      const line = block.lines[j] ?? '';
      const indent = indentUnder(lines[block.indices[j] as number] ?? '', lines[block.indices[j - 1] as number] ?? '');
      if (
        isGluedHeading(line) &&
        ((endsSentence(previous) && !previous.endsWith(':')) || previous.length > REFLOWED_WIDTH || isRedactedLabelLine(previous)) &&
        !(isCaptionedLine(line) && isCaptionedLine(previous) && !SOURCE_CREDIT_LINE.test(previous)) &&
        (indent === 'flush' || (indent === 'centered' && FULL_STOP_END.test(previous)))
      ) {
        block = splitBlock(queue, k, block, j, lines);
        (queue[k + 1] as Block).heading = true;
      }
    }
    // In capitals, where every line looks like a title, a title centered under the paragraph's last sentence, right over
    // the next label, heads it: its indent tells it from the text (a typewritten cable):
    //     THE EMPLOYERS WITHDREW THE LOCKOUT OF SOME 200,000 WORKERS.
    //                           REACTION IN BONN
    //          4.  GOVERNMENT SPOKESMAN BOELLING WELCOMED THE SETTLEMENT
    // Not a quotation's end mark (`UNQUOTE`, `(END TEXT)`), nor a line with a comma (a dateline `AMMAN, MAY 14, 1996`, a
    // name and title `MARY K. JONES, ECONOMIST`), nor after a colon or a semicolon (a value going on).
    if (!mixedCase && nextLabeled && block.lines.length > 1) {
      const j = block.lines.length - 1;
      const line = block.lines[j] ?? '';
      if (
        isTitleLine(line) &&
        line.indexOf(',') < 0 &&
        !QUOTATION_MARK_LINE.test(line) &&
        (FULL_STOP_END.test(block.lines[j - 1] ?? '') || BRACKETED_END_BLOCK.test(block.lines[j - 1] ?? '')) &&
        indentUnder(lines[block.indices[j] as number] ?? '', lines[block.indices[j - 1] as number] ?? '') === 'centered'
      ) {
        block = splitBlock(queue, k, block, j, lines);
        (queue[k + 1] as Block).heading = true;
      }
    }
    // A short title glued under a paragraph's last full stop, right over the next label with its portion marking (or a
    // blank line and that label), heads it; in capitals (every line a title) and in mixed case alike (`isShortGluedTitle`):
    //     SASSER SAID THE VISIT WOULD GO AHEAD IN JUNE.  END SUMMARY.
    //     HUMAN RIGHTS
    //     2.  (C) ZHOU SAID THAT BEIJING EXPECTS ...
    if (nextLabeled && block.lines.length > 1 && block.heading !== true && opensMarkedLabel(nextBlock?.lines[0] ?? '')) {
      const j = block.lines.length - 1;
      const line = block.lines[j] ?? '';
      if (isShortGluedTitle(line, mixedCase) && FULL_STOP_END.test(block.lines[j - 1] ?? '') && indentUnder(lines[block.indices[j] as number] ?? '', lines[block.indices[j - 1] as number] ?? '') === 'flush') {
        block = splitBlock(queue, k, block, j, lines);
        (queue[k + 1] as Block).heading = true;
      }
    }
    // A short title underlined right under a caption's colon or a whole reflowed list entry, the text going on under the
    // rule (no label after it), names the group under it: a block of its own, not the end of the line before it:
    //     2. (SBU) Participants:
    //     United States
    //     -------------
    //     The Deputy Secretary Glyn T. Davies, EAP Acting Assistant Secretary Daniel L. Shields, CDA (Notetaker)
    //     SINGAPORE
    //     ---------
    //     Minister Mentor (MM) Lee Kuan Yew ...
    // (A rule right under the block and no label after it are the pre-tests.)
    if (block.ruled === true && block.lines.length > 1 && !nextLabeled && !nextHeads && nextBlock !== undefined && isRuleLine(lines[(block.indices.at(-1) as number) + 1] ?? '')) {
      const j = block.lines.length - 1;
      const line = block.lines[j] ?? '';
      const previous = block.lines[j - 1] ?? '';
      if (
        line.length <= GROUP_LABEL_WIDTH &&
        trimRules(line) === line &&
        isRuledTitle(line) &&
        !isRuledTitle(previous, false) &&
        (previous.endsWith(':') || (previous.length > REFLOWED_WIDTH && !endsSentence(previous)))
      ) {
        block = splitBlock(queue, k, block, j, lines);
        (queue[k + 1] as Block).group = true;
      }
    }
    queue[k] = block;

    // A number opening a line after a sentence left open on a reference word goes on with it
    // (not a label out of sequence); a heading framed by rules after it heads the next block:
    //     1. (U) This is an action request. Please see paragraph
    //
    //     6. ------------------ SUMMARY/BACKGROUND -------------------
    //
    //     2. (SBU) On October 12, 2009, ...
    if (current !== null && endsOnReferenceWord((current as { blocks: string[] }).blocks.at(-1) ?? '')) {
      const l = labelOf(block.lines[0] ?? '');
      if (l !== null && /^\d+$/.test(l.label) && Number(l.label) !== lastArabic(stack) + 1 && matchMarking((block.lines[0] ?? '').slice(l.length)) === null) {
        const open = current as { blocks: string[]; last: number };
        const rest = (block.lines[0] ?? '').slice(l.length).trim();
        if (rest.length > 0 && trimRules(rest) !== rest && block.lines.length === 1) {
          // `6.` ends the sentence; the framed heading stays a block of its own.
          open.blocks[open.blocks.length - 1] = `${open.blocks.at(-1) ?? ''} ${l.label}.`;
          open.last = block.indices[0] as number;
          block = { lines: [rest], indices: block.indices, start: block.indices[0] as number, end: block.end, ruled: true };
          queue[k] = block;
        } else {
          open.blocks[open.blocks.length - 1] = `${open.blocks.at(-1) ?? ''} ${blockText(block.lines).replace(/^\u00b6\s?/, '')}`;
          open.last = block.end;
          continue;
        }
      }
    }
    // The number after `No.` ending the paragraph, put on a line of its own by a blank line (a page reflowed to one
    // line per paragraph), when the next block opens with the same number: the law's number, not the next paragraph:
    //     4.The Libyan Foreign Investment Board (LFIB) was created as the implementing agency for Law No.
    //
    //     5.The LFIB was replaced in 2009 by a similar organization ...
    //
    //     5.PIB approval is required for a broad array of operational issues ...
    if (current !== null && opensNumberOfAbbreviation((current as { blocks: string[] }).blocks.at(-1) ?? '', block, queue[k + 1])) {
      const open = current as { blocks: string[]; last: number };
      open.blocks[open.blocks.length - 1] = `${open.blocks.at(-1) ?? ''} ${blockText(block.lines)}`;
      open.last = block.end;
      continue;
    }

    const first = block.lines[0] ?? '';
    // A handling caption alone before the first paragraph is neither its heading nor text (the
    // preamble's handling, printed again over the body; it stays out of every paragraph):
    //     SENSITIVE BUT UNCLASSIFIED, NOT FOR INTERNET DISTRIBUTION
    //
    //     1. (SBU) Summary: Just as in southern Brazil ...
    if (current === null && pendingHeading.length === 0 && block.lines.length === 1 && isHandlingCaptionLine(first)) continue;
    // A roman or letter label over an all-caps title framed by rules, before the next numbered
    // paragraph, heads that paragraph (label kept in the heading; see `isSectionHeading`).
    // (A first visible capital is the cheap pre-test.)
    if (block.heading !== true && (isAsciiUpperCode(first.charCodeAt(skipWhitespace(first))) || first.charCodeAt(skipWhitespace(first)) === 0xb6) && isSectionHeading(queue, k, stack, isHeadingBlock, sectionLabel)) {
      const before = current === null ? '' : ((current as { blocks: string[] }).blocks.at(-1) ?? '');
      // After a colon only an underlined title heads (as for any title block below).
      if (!before.endsWith(':') || block.ruled === true) {
        block.heading = true;
        sectionLabel = matchLabel(first)?.label ?? sectionLabel;
        // Its sub-title goes with it (`III. Talking Points` / `For All Posts`): a bare title's, over the numbered paragraph.
        const sub = queue[k + 1];
        if (block.ruled !== true && block.ruleAfter !== true && sub !== undefined && isSubTitleBlock(sub) && matchLabel(queue[k + 2]?.lines[0] ?? '') !== null) sub.heading = true;
      }
    }
    let dottedLabel = block.heading === true ? null : (labelOf(first) ?? matchSequenceComma(first, stack) ?? matchSequenceColon(first, stack, queue, k));
    // Press guidance: `A.` answering a `Q.` of the open paragraph is its text, not a lettered item (`2. BEGIN GUIDANCE:` /
    // `Q. WHO WILL CHAIR ...?` / `A. THE PRESIDENT WILL ...` / `IF PRESSED:` / `A. WE WOULD EXPECT ...`).
    if (dottedLabel?.label === 'A' && current !== null && (current as { blocks: string[] }).blocks.some(opensQuestion)) dottedLabel = null;
    // A number split by a scraping break across a blank line, its first digits left after the paragraph's last sentence:
    //     ... are controlled by the government. 1
    //
    //     2. (U) Since the 1980s, Brazil has ...      <- paragraph 12 after paragraph 11
    // The digits go back to the label when the two make the next number (see `SPLIT_NUMBER_HEAD`; a digit last is the pre-test).
    // The same after a heading's rule, the digits left on the heading's line:
    //     PKO/HAITI --------- 1
    //
    //     0. (C) Zaluar announced that ...            <- paragraph 10 after paragraph 9, heading `PKO/HAITI`
    if (dottedLabel !== null && isAsciiDigitCode(dottedLabel.label.charCodeAt(0))) {
      const pending = pendingHeading.length;
      if (pending > 0) {
        const head = splitNumberHead(pendingHeading[pending - 1] ?? '', dottedLabel.label, lastArabic(stack), true);
        if (head !== null) {
          pendingHeading[pending - 1] = trimRules(head.text).trim();
          dottedLabel = { label: head.label, length: dottedLabel.length };
        }
      } else if (current !== null) {
        const open = current as { blocks: string[] };
        const head = splitNumberHead(open.blocks.at(-1) ?? '', dottedLabel.label, lastArabic(stack));
        if (head !== null) {
          open.blocks[open.blocks.length - 1] = head.text;
          dottedLabel = { label: head.label, length: dottedLabel.length };
        }
      }
    }
    // After dotted labels, a nested item (`1)` under `A.`, `a.` under `6.`) or the numbers going on as `4) (C)` (see `readItemLabel`).
    const item: { match: LabelMatch; stack: OutlineEntry[] } | null = dottedLabel !== null || block.heading === true || !dotted ? null : readItemLabel(first, stack, current === null ? null : (current as { blocks: string[] }).blocks);
    const label: LabelMatch | null = dottedLabel ?? item?.match ?? (block.heading === true || dotted ? null : matchParenSequence(first, stack));
    // A dotted label closes the nested items open.
    const base = dottedLabel !== null ? withoutSubItems(stack) : stack;
    let style: LabelStyle | null = item !== null ? ((item.stack.at(-1) as OutlineEntry).style) : label !== null ? classifyLabel(label.label, base) : null;
    // `II.` over a section's title after paragraphs of an unwritten `I.` opens the second section (see `opensImpliedSecondSection`).
    const impliedSection = style === null && dottedLabel !== null && dottedLabel.label === 'II' && opensImpliedSecondSection(block, dottedLabel, queue[k + 1], lines, base);
    if (impliedSection) style = 'roman';
    // A placeholder number with its marking (`#. (U) This cable was coordinated with ...`) is a
    // paragraph of its own, labeled `#` at the top level; the sequence of numbers is left as it was.
    const placeholder: boolean = label !== null && label.label === PLACEHOLDER_LABEL;
    if (label !== null && (style !== null || placeholder)) {
      // A letter list under `Ref:` is a reference list (see `OutlineEntry.refs`):
      //     Ref:
      //     A. FMS Case MF-D-SAJ
      const refs = label.label === 'A' && style === 'letter' && current !== null && REF_CAPTION_END.test((current as { blocks: string[] }).blocks.at(-1) ?? '');
      flush();
      if (impliedSection) stack = [{ style: 'roman', label: 'II' }];
      else if (!placeholder) stack = item !== null ? item.stack : (labelState(label.label, base) ?? stack);
      if (refs) (stack.at(-1) as OutlineEntry).refs = true;
      if (dottedLabel !== null) dotted = true;
      else if (item === null) (stack.at(-1) as OutlineEntry).paren = true;
      let rest = first.slice(label.length);
      // A marking whose release list wraps onto the next line (see `wrappedMarking`), or whose `)` was lost, read after a
      // label only: `5. (SBU During recent months, ...` (see `matchOpenMarking`).
      let marking = matchMarking(rest);
      const wrapped = marking === null ? wrappedMarking(rest, block.lines[1]) : null;
      if (wrapped !== null) {
        marking = wrapped.marking;
        rest = wrapped.rest;
      }
      marking ??= matchOpenMarking(rest);
      // A lone `(c)` on a line scraping lowered, in a cable whose paragraphs carry markings: `A. (c) overall health` (see `matchLoweredMarking`).
      if (marking === null && rest.charCodeAt(0) === 40 && rest.charCodeAt(2) === 41) {
        const lowered = matchLoweredMarking(rest);
        if (lowered !== null && markedSeen) marking = lowered;
      }
      if (marking !== null && wrapped === null) rest = rest.slice(marking.length);
      else if (marking === null) {
        // The marking after a block keyword is the paragraph's: `1. SUMMARY:  (SBU) Heading into ...`
        // -> marking `SBU`, text `SUMMARY: Heading into ...`.
        const keyed = markingAfterKeyword(rest);
        if (keyed !== null) {
          marking = keyed.marking;
          rest = keyed.rest;
        }
      }
      // A label over its heading and a rule, the marking opening the text under the rule:
      //     2. Afghanistan
      //     --------------
      //     (C) The SYG expressed his condolences ...
      const under = queue[k + 1];
      let own = marking?.marking ?? null;
      let lines1 = block.lines.slice(wrapped === null ? 1 : 2);
      let last = block.end;
      let underRule = false;
      if (marking === null && block.lines.length === 1 && block.ruled === true && under !== undefined && (under.lines[0] ?? '').charCodeAt(0) === 40 && isRuledTitle(rest)) {
        const underMarking = matchMarking(under.lines[0] ?? '');
        if (underMarking !== null) {
          pendingHeading.push(trimRules(rest).trim());
          own = underMarking.marking;
          rest = (under.lines[0] ?? '').slice(underMarking.length);
          lines1 = under.lines.slice(1);
          last = under.end;
          underRule = true;
          k++;
        }
      }
      // A designator heading alone on a short label line, the text starting on the next line, heads the paragraph:
      //     10. (C) Question A -- Recruitment
      //     As explained above, there are two distinct threads ...
      if (!underRule && lines1.length > 0 && first.length <= 2 * WRAP_WIDTH && isLabelLineHeading(first, rest, lines1[0] ?? '')) {
        pendingHeading.push(blockText([rest]));
        rest = '';
      }
      // A title alone on the label line, underlined, the text in the block under the rule, heads the paragraph (no heading over it):
      //     2. (SBU) "GAS AND GO" NON-PAPER
      //     --------------------------------
      //
      //     Non-Paper: Enhancing Ecuador/United States Cooperation in the ...
      // Not over a heading block (`IV. U.S. Policy Initiatives` / `-----` / `Bilateral Cooperation` / `-----` / `32. ...`: a section's
      // title), nor over a rule in pieces (`36. Drug Seizures 2001 2002` / `------------------ ---- ----`: a table's header row).
      // (The rule under the one-line block is the pre-test.)
      if (
        !underRule &&
        block.ruled === true &&
        block.lines.length === 1 &&
        pendingHeading.length === 0 &&
        inlineHeading === null &&
        under !== undefined &&
        isUnbrokenRule(lines[(block.indices[0] as number) + 1] ?? '') &&
        labelOf(under.lines[0] ?? '') === null &&
        !isHeadingBlock(under)
      ) {
        const title = underlinedLabelTitle(rest);
        if (title !== null) {
          pendingHeading.push(title);
          rest = '';
        }
      }
      // A title alone on a marked one-line label block, the paragraph's text in the block after the blank line, heads the
      // paragraph (see `labelLineTitle`, `isTextUnderTitle`):
      //     16. (S) Shahab-3 Reentry Vehicle Mass
      //
      //     The U.S. noted that based on modeling, it assesses that the ...
      // Not `5. (U) Minimize considered.` / `SMITH`, not `6. (S) On Iran, Zudin made the following points:` / `--Given ...`.
      // (One line, a marking, no rule, a short line and a capital or digit after the marking are the pre-tests.)
      const titleStart = rest.charCodeAt(skipWhitespace(rest));
      if (
        !underRule &&
        lines1.length === 0 &&
        marking !== null &&
        block.ruled !== true &&
        block.ruleAfter !== true &&
        under !== undefined &&
        first.length <= 2 * WRAP_WIDTH &&
        (isAsciiUpperCode(titleStart) || isAsciiDigitCode(titleStart)) &&
        labelOf(under.lines[0] ?? '') === null &&
        isTextUnderTitle(under) &&
        !isHeadingBlock(under)
      ) {
        const title = labelLineTitle(rest, labelTitleSeen) ?? (labelTitleAhead(k) ? labelLineTitle(rest, true) : null);
        if (title !== null) {
          pendingHeading.push(title);
          rest = '';
          labelTitleSeen = true;
        }
      }
      if (inlineHeading !== null) pendingHeading.push(inlineHeading);
      const headed = headingAndMarking(pendingHeading, own);
      current = {
        paragraph: {
          number: label.label,
          outline: placeholder ? [PLACEHOLDER_LABEL] : stack.map((e) => e.label),
          marking: headed.marking,
          heading: headed.heading,
          text: '',
        },
        blocks: [blockText([rest, ...lines1])],
        first: pendingFirst ?? block.start,
        last,
      };
      quoting = quoteState(current.blocks[0] ?? '', false);
      markQuoted = markedQuoteOpen(current.blocks[0] ?? '', false);
      pendingHeading = [];
      pendingFirst = null;
      continue;
    }
    const currentText: string = current === null ? '' : ((current as { blocks: string[] }).blocks.at(-1) ?? '');
    // After a colon a title block is the content announced (`TRAINING:` / `NONE`), unless it is
    // underlined: then it is a heading, of a labeled block only (`... keyed to the questions in
    // reftel:` / `Question A` / `----------` / `3. (C) How Does ...`).
    // (A salutation's colon announces nothing: `Madam Speaker:` / blank / a ruled `Summary and Introduction` heads.)
    const afterColon = (currentText.endsWith(':') && !SALUTATION_LINE.test(currentText)) || (block.lines.length === 1 && current !== null && continuesAnnouncedList(queue, k, (current as { blocks: string[] }).blocks));
    // A sub-heading ending with a colon over the next numbered paragraph (`Iran:` / blank / `5. (S) ...`; see `isColonHeading`).
    const colonHeading = (b: Block | undefined, next: Block | undefined): boolean => mixedCase && b !== undefined && isColonHeading(b, next, lastArabic(stack));
    // Inside a numbered paragraph, a headline in quotes, or a title in capitals with no rule over one block of data (no
    // sentence end, a figure: a schedule's entry, a contact line with its phone number), is a line of that paragraph, not
    // the heading of an unnumbered one:
    //     2. (SBU) Schedule: ... / TUESDAY, AUGUST 19 / ... / WEDNESDAY, AUGUST 20 / 0730  Depart hotel for airport / 3. ...
    //     2. (U) Iraq / "THE LAST GAMBLE" / Center-right Il Giornale editorialized: "..." / 3. (U) Afghanistan
    // (A title over a sub-title, `STATISTICAL TABLES` / `Drug Crop Cultivation`, still heads.)
    const insideNumbered = (b: Block, own: string, after: Block): boolean =>
      current !== null &&
      (current as { paragraph: Paragraph }).paragraph.number !== null &&
      b.ruled !== true &&
      b.ruleAfter !== true &&
      (isQuotedTitle(own) || (!HAS_LOWER.test(own) && !endsSentence(trimEnd(after.lines.at(-1) ?? '')) && HAS_DIGIT.test(after.lines.join(' '))));
    const titled =
      !isTableNoteBlock(block) &&
      !continuesParenLetters(block, queue[k - 1]) &&
      !(block.lines.length === 1 && SALUTATION_LINE.test(first)) &&
      !LETTER_CLOSING_LINE.test(first) &&
      (isHeadingBlock(block) ||
        // A heading whose rule was left out, numbered like the underlined headings before it, after a finished sentence:
        //     ...several days before the planned event.
        //
        //     Question #15: How does the word get out?
        //
        //     Answer: (C) Interlocutors asserted that ...
        // (A capital first and a designator taken before are the pre-tests.)
        (underlinedDesignator !== null &&
          block.lines.length === 1 &&
          block.ruled !== true &&
          isAsciiUpperCode(first.charCodeAt(0)) &&
          (current === null || endsSentence(currentText)) &&
          first.length <= RULED_HEADING_WIDTH &&
          numberedDesignator(first) === underlinedDesignator) ||
        commaHeading(block, queue[k + 1]) ||
        ((current === null || pendingHeading.length > 0 || endsSentence(currentText) || isShortLinesBlock(queue[k - 1])) && colonHeading(block, queue[k + 1])) ||
        // In capitals, a headline wrapped over two lines after a finished sentence (`isWrappedCapsTitle`).
        (!mixedCase && current !== null && endsSentence(currentText) && isWrappedCapsTitle(block)) ||
        (mixedCase &&
          titleOverLabel(
            block,
            queue[k + 1],
            currentText,
            isHeadingBlock,
            queue[k + 2],
            current === null ? null : (current as { paragraph: Paragraph }).paragraph.heading,
            headedSeen || (current !== null && (current as { paragraph: Paragraph }).paragraph.heading !== null),
            // The next `N)` paragraph of a body numbered so (`1) (SBU) Summary: ...` / blank / `Wage Bill Becomes Law` /
            // blank / `2) (SBU) The Rada voted ...`).
            !dotted && queue[k + 1] !== undefined && matchParenSequence((queue[k + 1] as Block).lines[0] ?? '', stack) !== null,
            current === null ? [] : (current as { blocks: string[] }).blocks,
            queue[k - 1],
          )));
    // (After a lead-in's colon too, a topic of an all-caps body over its text: `FOLLOWING ARE POST'S ANSWERS TO REFTEL
    // QUESTIONS:` / blank / `WARDEN SYSTEM` / `THE WARDEN NET WAS ...`.)
    const topicAfterColon = afterColon && !mixedCase && queue[k + 1] !== undefined && labelOf((queue[k + 1] as Block).lines[0] ?? '') === null && topicsShown() && isTopicBlock(block, queue[k + 1] as Block, true);
    if (titled && !markQuoted && (!afterColon || block.ruled === true || topicAfterColon) && !isSourceCredit(block)) {
      // Look past further title blocks, unless this one ends with a colon: a colon
      // announces content (`TRAINING:` / `NONE`), so it only heads a labeled block right after it.
      const own = trimRules(blockText(block.lines.map(trimRules)));
      let n = k + 1;
      // At most `HEADING_BLOCKS` title blocks read as one heading (a bound: looking past
      // every one of thousands of title blocks from each of them would be quadratic).
      // An underlined title with a colon looks past underlined titles only (`SPECIFIC STEPS:` /
      // `-----` / `MISSION-WIDE` / `-----` / `15. (C) ...`).
      const colonRuled = own.endsWith(':') && block.ruled === true;
      while (
        (!own.endsWith(':') || (colonRuled && (queue[n] as Block | undefined)?.ruled === true)) &&
        n < queue.length &&
        n <= k + HEADING_BLOCKS &&
        (isHeadingBlock(queue[n] as Block) || colonHeading(queue[n], queue[n + 1]))
      ) {
        n++;
      }
      const after = queue[n];
      const afterLabel = after !== undefined ? labelOf(after.lines[0] ?? '') : null;
      // A topic of an all-caps body without labels over its text (`showsTopics`).
      const topicOver = !mixedCase && after !== undefined && afterLabel === null && topicsShown() && isTopicBlock(block, after, true);
      // In capitals, an underlined `SUMMARY` or `COMMENT` over an unlabeled block opening with a portion marking heads it, as
      // a mixed-case one heads its text (`SUMMARY` / `-------` / blank / `(C) THE PROVISIONAL ELECTION COMMISSION ...`).
      const keywordOverMarked =
        !mixedCase && after !== undefined && afterLabel === null && (block.ruled === true || block.ruleAfter === true) && CAPS_BLOCK_KEYWORD.test(own) && matchMarking(after.lines[0] ?? '') !== null;
      const qualifies =
        after !== undefined &&
        (afterLabel !== null
          ? classifyLabel(afterLabel.label, stack) !== null || /^\d/.test(afterLabel.label) || afterLabel.label === PLACEHOLDER_LABEL
          : (!afterColon || topicAfterColon) && !quoting && block.group !== true && ((mixedCase && HAS_LOWER.test(after.lines.join(' ')) && !insideNumbered(block, own, after)) || after.redacted === true || topicOver || keywordOverMarked) && (!own.endsWith(':') || topicOver || (KEYWORD_HEADING.test(own) && ((block.ruled !== true && block.ruleAfter !== true) || current === null))) && n === k + 1 &&
            // A title over a table (its next block or the one after holds table rows) stays in its paragraph:
            // `FOREIGN DIRECT INVESTMENT BY SECTOR` / `-----` / `(in millions)` / `2001   2002` / `----   ----`.
            // (A topic of an all-caps body heads its text, a table under that text or not.)
            !opensTable(after) && (topicOver || !opensTable(queue[n + 1])));
      // An underlined or framed title right under the open paragraph's lead-in colon, over unlabeled text, is a
      // sub-heading inside that paragraph (its rules left out), and so are the next titles of that shape over
      // unlabeled text in it; they head no unnumbered paragraphs of their own:
      //     35. (SBU) Delegation Lists:
      //
      //     ------------------ Ruritania Delegation ------------------
      //
      //     Jan Novak, Director, Arms Control ...
      //
      //     ----------------- U.S. Delegation -----------------      <- in paragraph 35 too
      //
      //     Jane Doe, Head of Delegation ...
      // (The block's rule and the colon, or a sub-heading taken before, are the pre-tests.)
      if (
        block.ruled === true &&
        (afterColon || subHeaded) &&
        current !== null &&
        pendingHeading.length === 0 &&
        n === k + 1 &&
        after !== undefined &&
        afterLabel === null &&
        own.length > 0 &&
        !own.endsWith(':') &&
        isHeadingBlock(block) &&
        HAS_LOWER.test(after.lines[0] ?? '')
      ) {
        const open = current as { blocks: string[]; last: number };
        open.blocks.push(own);
        open.last = block.end;
        subHeaded = true;
        continue;
      }
      // A side's name between lists of names under the open paragraph's lead-in colon, no rule under it, is in that
      // paragraph too (a group of the list, as `U.S.` over the first list is):
      //     8. (U) Participants:
      //     U.S.
      //     Mr. Dunlap
      //     Ms. Ellery
      //
      //     RUSSIA                 <- in paragraph 8
      //
      //     Col Ryzhkov
      //     Ms. Belova
      if (
        current !== null &&
        pendingHeading.length === 0 &&
        n === k + 1 &&
        after !== undefined &&
        afterLabel === null &&
        block.lines.length === 1 &&
        own.length <= GROUP_LABEL_WIDTH &&
        ((current as { blocks: string[] }).blocks[0] ?? '').endsWith(':') &&
        isNameList(queue[k - 1]) &&
        isNameList(after)
      ) {
        const open = current as { blocks: string[]; last: number };
        open.blocks.push(own);
        open.last = block.end;
        continue;
      }
      if (qualifies) {
        // A title set off from the title under it by more blank lines than part that title from its text closes the
        // section before (an empty section's title, kept apart as the open paragraph's last block), it does not head the
        // next one (`isSetOffTitle`):
        //     -One video covering the process of the project.
        //
        //     BUDGET (In Separate Email)
        //     (3 blank lines)
        //     RECIPIENT ORGANIZATION
        //
        //     21. (U) Sociedad Mexicana Pro Derechos de la Mujer ...
        // (Asked only of a second title in a row, the gaps scanned once.)
        if (pendingHeading.length > 0 && current !== null && isSetOffTitle(lines, marks, pendingLast, block, queue[k + 1])) {
          const open = current as { blocks: string[]; last: number };
          open.blocks.push(pendingHeading.join(' '));
          open.last = pendingLast;
          pendingHeading = [];
          pendingFirst = null;
        }
        // The wrapped tail of the sentence before, left on the heading's line, ends that sentence:
        //     ... to protest the cultivation of biotech crops - ref
        //
        //     D). NATIONAL PLAN - LESS THAN HOPED -------------------------------
        // (`D).` goes to the paragraph before; the heading is `NATIONAL PLAN - LESS THAN HOPED`.)
        const tail = current !== null && pendingHeading.length === 0 && currentText.length > 0 && !endsSentence(currentText) ? SENTENCE_TAIL.exec(own) : null;
        // The same with an underline as long as the heading alone, the sentence before cut off with no punctuation:
        //     ... Schalin offered the following tidbits from the Oct. 12-13
        //
        //     EU-India Summit: Joint Action Plan and a Bilateral Trade Agreement
        //     -------------------------------------------- ----
        // (`EU-India Summit:` goes to the paragraph before; see `underlinedTitleStart`. A letter or digit ending the text is the pre-test.)
        // (reflowed-lines.ts cut the line where the title starts; here the block holds the two pieces.)
        const underlined =
          tail === null && current !== null && pendingHeading.length === 0 && block.ruled === true && block.lines.length === 2 && endsWithWordCharacter(currentText)
            ? underlinedTitleStart(blockText(block.lines), lines[(block.indices[1] as number) + 1] ?? '')
            : -1;
        if (tail !== null) {
          const open = current as { blocks: string[] };
          open.blocks[open.blocks.length - 1] = `${currentText} ${tail[1] ?? ''}`;
          pendingHeading.push(own.slice(tail[0].length));
        } else if (underlined > 0 && underlined === (block.lines[0] ?? '').trim().length + 1) {
          const open = current as { blocks: string[]; last: number };
          open.blocks[open.blocks.length - 1] = `${currentText} ${(block.lines[0] ?? '').trim()}`;
          open.last = block.indices[0] as number;
          pendingHeading.push(trimRules(block.lines[1] ?? ''));
          pendingFirst = block.indices[1] as number;
        } else pendingHeading.push(own);
        if ((block.ruled === true || block.ruleAfter === true) && block.lines.length === 1 && isAsciiUpperCode(own.charCodeAt(0))) underlinedDesignator = numberedDesignator(own) ?? underlinedDesignator;
        pendingFirst ??= block.start;
        pendingLast = block.end;
        continue;
      }
    }
    // A block opening with a portion marking after a numbered paragraph's finished sentence is an unnumbered
    // paragraph of its own (not in a quoted text; a `(` first is the pre-test):
    //     post-hurricane assistance to Cuba.
    //
    //     (S/NF) Further Comment: DIS was extremely surprised by the ...
    // Only after a top-level paragraph (`¶A. (S/NF) USG Concern: ...` / `(S/NF) GOA Response: ...` is one item),
    // after a sentence's full stop (not `;` or `:`), and not a letter list's next item (`(B) Seminar ...;` / `(C) Seminar ...`).
    const markedBlock =
      current !== null &&
      !quoting &&
      first.charCodeAt(0) === 40 &&
      (current as { paragraph: Paragraph }).paragraph.number !== null &&
      (current as { paragraph: Paragraph }).paragraph.outline.length === 1 &&
      FULL_STOP_END.test(currentText) &&
      startsMarkedParagraph(first, (current as { blocks: string[] }).blocks);
    if (pendingHeading.length > 0 || current === null || markedBlock) {
      flush();
      let text = blockText(block.lines);
      let marking = matchMarking(text);
      if (marking !== null) text = text.slice(marking.length);
      else {
        // `Answer: (SBU) Out of a pre-election survey ...` under its question heading: the marking is the paragraph's.
        const keyed = markingAfterKeyword(text);
        if (keyed !== null) {
          marking = keyed.marking;
          text = keyed.rest;
        }
      }
      const headed = headingAndMarking(pendingHeading, marking?.marking ?? null);
      current = {
        paragraph: {
          number: null,
          outline: [],
          marking: headed.marking,
          heading: headed.heading,
          text: '',
        },
        blocks: [text],
        first: pendingFirst ?? block.start,
        last: block.end,
      };
      quoting = quoteState(text, quoting);
      markQuoted = markedQuoteOpen(text, markQuoted);
      pendingHeading = [];
      pendingFirst = null;
      continue;
    }
    const open = current as { paragraph: Paragraph; blocks: string[]; last: number; cuts?: BlockCut[] };
    const text = blockText(block.lines);
    if (open.paragraph.number === null) (open.cuts ??= []).push({ at: open.blocks.length, first: block.start, before: open.last, title: isUnderlinedTitle(block, text) });
    open.blocks.push(text);
    open.last = block.end;
    quoting = quoteState(text, quoting);
    markQuoted = markedQuoteOpen(text, markQuoted);
  }
  if (pendingHeading.length > 0 && current !== null) {
    const open = current as { blocks: string[]; last: number };
    open.blocks.push(pendingHeading.join(' '));
    open.last = pendingLast;
  }
  flush();
  if (pieces.size > 0 && paragraphs.every((p) => p.number === null)) return splitUnnumberedBody(paragraphs, ranges, pieces);
  const quoted = foldQuotedMessages(paragraphs, ranges, lines, marks);
  const runs = foldQuotedRuns(quoted.paragraphs, quoted.ranges, lines, marks);
  return splitDecimalItems(unnumberIndexLists(foldQuotedTexts(runs.paragraphs, runs.ranges, lines, marks), lines, marks), lines, marks);
}

/** Paragraphs as read, with the first and last line of each in the reader's lines (`readParagraphRanges`'s result). */
type ParagraphsRead = { paragraphs: Paragraph[]; ranges: Array<[number, number]> };

/** Where a plain block continuing an unnumbered paragraph starts: its index in the paragraph's blocks, its first line, and the last line before it. */
interface BlockCut {
  at: number;
  first: number;
  before: number;
  /** The block is an underlined title of one line (`isUnderlinedTitle`). */
  title: boolean;
}

/** Longest underlined title a split unnumbered body reads as a heading. */
const UNDERLINED_TITLE_LENGTH = 60;

/** True when a block is one short line with a rule under it and no sentence end: `BUDGET FIGURES (GHC MILLION)` / `-----`. */
function isUnderlinedTitle(block: Block, text: string): boolean {
  return (block.ruled === true || block.ruleAfter === true) && block.lines.length === 1 && text.length <= UNDERLINED_TITLE_LENGTH && !endsSentence(text);
}

/** One block (or the heading and first block) of an unnumbered paragraph, with its lines. */
interface UnnumberedPiece {
  text: string;
  first: number;
  last: number;
  /** An underlined title alone (see `BlockCut.title`). */
  title: boolean;
}

/**
 * The cuts of an unnumbered paragraph's blocks that do not fall inside a quoted message: a message quoted between
 * `QUOTE` and `UNQUOTE` (`QTE` / `UNQTE`) stays in the block that quotes it, its `QUOTE` alone on a line too
 * (`THE PRIME MINISTER'S LETTER FOLLOWS:` / `QUOTE` / `DEAR MR. PRESIDENT: ...` / `LEVI ESHKOL` / `UNQUOTE`).
 * Each block's marks are read once (`quoteMarksOf`).
 */
function cutsOutsideQuotes(blocks: readonly string[], cuts: readonly BlockCut[]): readonly BlockCut[] {
  if (!blocks.some((b) => b.indexOf('QUOTE') >= 0 || b.indexOf('QTE') >= 0)) return cuts;
  const kept: BlockCut[] = [];
  let depth = 0;
  let b = 0;
  for (const cut of cuts) {
    for (; b < cut.at; b++) {
      const q = quoteMarksOf(blocks[b] ?? '');
      depth = Math.max(depth - q.closes, 0) + q.opens;
    }
    const opener = LONE_QUOTE_OPENER.test(blocks[cut.at] ?? '');
    if (depth === 0 && !opener) kept.push(cut);
  }
  return kept;
}

/** The pieces of an unnumbered paragraph's `blocks` cut at `cuts` (its lines `first` to `last`); empty pieces join the one before. */
function piecesOf(blocks: readonly string[], allCuts: readonly BlockCut[], first: number, last: number): UnnumberedPiece[] {
  const cuts = cutsOutsideQuotes(blocks, allCuts);
  const out: UnnumberedPiece[] = [];
  for (let c = 0; c <= cuts.length; c++) {
    const from = c === 0 ? 0 : (cuts[c - 1] as BlockCut).at;
    const to = c === cuts.length ? blocks.length : (cuts[c] as BlockCut).at;
    const text = blocks.slice(from, to).filter((b) => b.length > 0).join('\n\n');
    const end = c === cuts.length ? last : (cuts[c] as BlockCut).before;
    const previous = out[out.length - 1];
    if (text.length === 0 && previous !== undefined) previous.last = end;
    else out.push({ text, first: c === 0 ? first : (cuts[c - 1] as BlockCut).first, last: end, title: c > 0 && (cuts[c - 1] as BlockCut).title && to - from === 1 });
  }
  return out;
}

/**
 * A body without a single paragraph label: each block of text set off by blank lines is a paragraph of its own,
 * as the cable's reader sees it (in a numbered cable the blocks after a label are that paragraph's text):
 *
 *     SUBJECT: DE GAULLE ON CONSULTATION
 *
 *     DURING MY CALL ON FOREIGN MINISTER DEBRE THIS MORNING ...       <- paragraph 1 (number null)
 *     INFORMAL EMBASSY TRANSLATION FOLLOWS:
 *
 *     DEBRE ADDED THAT THE GENERAL WOULD RAISE THE MATTER ...         <- paragraph 2
 *
 * A heading and marking stay with their first block; a block after it is marked when it opens with a marking, and
 * headed by the underlined titles of one line right over it (`BUDGET FIGURES (GHC MILLION)` / `-----` over a table). A
 * one-letter marking that goes on a list of lettered blocks is the list's letter, kept in the text:
 *
 *     (B) SUMMARY OF COVERAGE:
 *
 *     Le Monde leads with Iran.
 *
 *     (C) SUBJECTS AND EXCERPTS:        <- text `(C) SUBJECTS AND EXCERPTS:`, not marked CONFIDENTIAL
 */
function splitUnnumberedBody(
  paragraphs: readonly Paragraph[],
  ranges: ReadonlyArray<[number, number]>,
  pieces: ReadonlyMap<number, UnnumberedPiece[]>,
): ParagraphsRead {
  const out: Paragraph[] = [];
  const outRanges: Array<[number, number]> = [];
  // The letter of the last block opening with a list letter (`(B) SUMMARY OF COVERAGE:` -> `B`), '' before any.
  let listLetter = '';
  const push = (paragraph: Paragraph, range: [number, number]): void => {
    // A one-letter marking that is the list's next letter (`(C) SUBJECTS AND EXCERPTS:` after `(B) ...`) is text.
    const m = paragraph.marking;
    if (m !== null && m.length === 1 && listLetter !== '' && m.charCodeAt(0) === listLetter.charCodeAt(0) + 1) {
      paragraph = { ...paragraph, marking: null, text: `(${m}) ${paragraph.text}` };
    }
    const item = /^\(([A-Z])\) /.exec(paragraph.text);
    if (item !== null) listLetter = item[1] as string;
    out.push(paragraph);
    outRanges.push(range);
  };
  paragraphs.forEach((paragraph, i) => {
    const split = pieces.get(i);
    if (split === undefined || split.length < 2) {
      push(paragraph, ranges[i] as [number, number]);
      return;
    }
    // Underlined titles over the next block head it (`DETAILED NEWS` / `---` / `N. KOREA` / `---` / text).
    let titles: string[] = [];
    let titleFirst = -1;
    split.forEach((piece, k) => {
      if (k > 0 && piece.title && k + 1 < split.length) {
        if (titles.length === 0) titleFirst = piece.first;
        titles.push(piece.text);
        return;
      }
      // A block after the first opening with a portion marking is marked: `(C) DEBRE HANDED ME ...`.
      const read = k === 0 ? null : matchMarking(piece.text);
      const text = read === null ? piece.text : piece.text.slice(read.length);
      const heading = titles.length > 0 ? titles.join(' ') : null;
      push(k === 0 ? { ...paragraph, text } : { number: null, outline: [], marking: read?.marking ?? null, heading, text }, [titles.length > 0 ? titleFirst : piece.first, piece.last]);
      titles = [];
    });
  });
  return { paragraphs: out, ranges: outRanges };
}

/** `text` with the blocks of `more` after it, set off by a blank line as a paragraph's blocks are (either may be empty). */
function withBlocks(text: string, more: string): string {
  return text.length > 0 && more.length > 0 ? `${text}\n\n${more}` : text + more;
}

/** The text of lines `from` to `to` read as blocks (transmission lines skipped), as a paragraph's text joins them. */
function textOfLines(lines: readonly string[], marks: readonly boolean[], from: number, to: number): string {
  return toBlocks(lines.slice(from, to + 1), marks.slice(from, to + 1))
    .map((b) => blockText(b.lines))
    .filter((t) => t.length > 0)
    .join('\n\n');
}

/**
 * The quotation marks of a telegram's text, in upper case, whole words: an opening `QUOTE` (`... DATED 12 MAR 75 QUOTE`,
 * `SAID QUOTE: ...`; group 2) or a closing `UNQUOTE` / `END QUOTE` (group 1); also the 1970s spelling `QTE` / `UNQTE`
 * (`... JULY 2: QTE`, `GLEYSTEEN UNQTE`). Bounded runs.
 */
const QUOTE_MARKS = /\b(UNQUOTE|UNQTE|END[ \t\n]{1,3}QUOTE)\b|(?:^|[^A-Za-z])(QUOTE|QTE)\b/g;

/**
 * What a paragraph's quotation marks do to the depth of quotations open before it: each `QUOTE` opens one, each
 * `UNQUOTE` or `END QUOTE` closes the innermost (an extra one closes nothing). `closes`: how many of those open before it
 * it closes at most; `opens`: how many of its own it leaves open. From depth `d` the depth after it is
 * `max(d - closes, 0) + opens`, and it closes them all when `0 < d <= closes`.
 */
function quoteMarksOf(text: string): { closes: number; opens: number } {
  let closes = 0;
  let opens = 0;
  if (text.indexOf('QUOTE') < 0 && text.indexOf('QTE') < 0) return { closes, opens };
  QUOTE_MARKS.lastIndex = 0;
  for (let m = QUOTE_MARKS.exec(text); m !== null; m = QUOTE_MARKS.exec(text)) {
    if (m[2] !== undefined) {
      if (!isQuoteVerb(text, m.index + m[0].length - m[2].length, m.index + m[0].length)) opens++;
    } else if (opens > 0) opens--;
    else closes++;
  }
  return { closes, opens };
}

/** Words before a `QUOTE` that make it the verb: a modal, `NOT`, `TO`, `PLEASE` (`HE ASKED THAT WE NOT QUOTE HIM`). */
const QUOTE_VERB_BEFORE: ReadonlySet<string> = new Set(['NOT', 'TO', 'MAY', 'MIGHT', 'CAN', 'COULD', 'SHOULD', 'MUST', 'PLEASE', 'WILL', 'WOULD', 'DID', 'DOES']);

/**
 * Words after a verb `QUOTE`: its object (`QUOTE HIM`, `QUOTE THE SPOKESMAN`, `QUOTE FROM THE ARTICLE`). An object
 * pronoun alone makes it the verb; the others only after a `QUOTE_VERB_BEFORE` word (`SAID QUOTE THE MINISTER WILL
 * ...` opens a quotation), and a word quoted inline stays a mark (`WOULD QUOTE NEVER UNQUOTE ACCEPT`).
 */
const QUOTE_OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['HIM', 'HER', 'THEM', 'ME']);
const QUOTE_VERB_AFTER: ReadonlySet<string> = new Set(['US', 'IT', 'FROM', 'THE', 'THIS', 'THAT', 'HIS', 'ITS', 'OUR', 'YOUR', 'THEIR', 'ANY', 'DIRECTLY', 'EXTENSIVELY', 'SOURCES', 'OFFICIALS', 'EXCERPTS']);

/** The word of capitals right before `at` (spaces skipped; at most 12 letters read), or ''. */
function capitalWordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < 12 && isAsciiUpperCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/** The word of capitals right after `at` (spaces skipped; at most 12 letters read), or ''. */
function capitalWordAfter(text: string, at: number): string {
  let start = at;
  while (start < text.length && isWhitespaceCode(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && end - start < 12 && isAsciiUpperCode(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/**
 * True when the `QUOTE` at `start`..`end` is the verb, not a quotation's opening mark: an object pronoun after it, or a
 * modal, `NOT`, `TO` or `PLEASE` before it and its object after it (see `QUOTE_VERB_AFTER`). Inside a repeated telegram
 * such a verb (`HE ASKED THAT WE NOT QUOTE HIM`) would open a nested quotation the closing `UNQUOTE` then closed, leaving
 * the repeat open over the rest of the cable. Two bounded word reads.
 */
function isQuoteVerb(text: string, start: number, end: number): boolean {
  const after = capitalWordAfter(text, end);
  if (QUOTE_OBJECT_PRONOUNS.has(after)) return true;
  return QUOTE_VERB_AFTER.has(after) && QUOTE_VERB_BEFORE.has(capitalWordBefore(text, start));
}

/** True for a heading that is a quotation's opening mark alone: `QUOTE`, `QTE` (the 1970s spelling). */
function isOpeningMark(heading: string | null): boolean {
  return heading === 'QUOTE' || heading === 'QTE';
}

/** True when a paragraph's text opens a quoted message it does not close: a `QUOTE` with no `UNQUOTE` (`END QUOTE`) after it. */
function opensQuotedMessage(text: string): boolean {
  return quoteMarksOf(text).opens > 0;
}

/** The most paragraphs after its opening that a quoted message is looked for to close in (a repeated cable's). */
const QUOTED_PARAGRAPHS_MAX = 400;

/**
 * Folds a quoted message, `QUOTE` ... `UNQUOTE`, into the paragraph that opens it: a repeated cable's or a quoted
 * telegram's own numbered paragraphs are its text, whatever their numbers:
 *
 *     FOLLOWING REPEAT BONN 04123 ACTION SECSTATE INFO BERLIN MOSCOW      <- the paragraph opening the quote
 *     DATED 12 MAR 75 QUOTE
 *     C O N F I D E N T I A L BONN 04123
 *     ...
 *     1. FOREIGN OFFICE BERLIN DESK CHIEF TOLD POLCOUNS ...               <- its text
 *     3. COMMENT: WE BELIEVE FRG ASSESSMENT IS SOUND. END COMMENT.
 *     HILLENBRAND UNQUOTE                                                 <- its text, the quote closed
 *
 * The opening paragraph's text holds a `QUOTE` no `UNQUOTE` follows (or `QUOTE` alone on its line heads the next
 * paragraph, which is then quoted too); the quote runs to the first later paragraph holding `UNQUOTE`, or to the one
 * before an `UNQUOTE` line heading a paragraph. Without an `UNQUOTE`, nothing is folded.
 */
function foldQuotedMessages(
  paragraphs: Paragraph[],
  ranges: Array<[number, number]>,
  lines: readonly string[],
  marks: readonly boolean[],
): ParagraphsRead {
  // Most cables quote nothing: no copy then.
  if (!paragraphs.some((p) => isOpeningMark(p.heading) || p.text.indexOf('QUOTE') >= 0 || p.text.indexOf('QTE') >= 0)) return { paragraphs, ranges };
  const all = [...paragraphs];
  const kept: Paragraph[] = [];
  const keptRanges: Array<[number, number]> = [];
  // Each paragraph's quotation marks (`quoteMarksOf`), read once when first needed.
  const quoteMarks: Array<{ closes: number; opens: number } | undefined> = [];
  // The index of the last numbered paragraph (read once, on first need).
  let lastNumbered: number | undefined;
  for (let i = 0; i < all.length; i++) {
    const paragraph = all[i] as Paragraph;
    const range = ranges[i] as [number, number];
    // `QUOTE` alone on its line over a paragraph heads it: the quote opens there, inside the paragraph before.
    const headed = isOpeningMark(paragraph.heading) && kept.length > 0;
    const opens = headed || opensQuotedMessage(paragraph.text);
    let close = -1;
    // `UNQUOTE` alone on its line over a later paragraph is that paragraph's heading: the quote ends before it.
    let closedByHeading = false;
    if (opens) {
      // Quotations nest: a repeated cable quoting a statement closes it first (`QUOTE` ... `QUOTE` ... `UNQUOTE` ...
      // `UNQUOTE`). The quote ends where the depth comes back to 0; when it never does (a mark left out), at the first
      // paragraph holding a closing mark.
      let first = -1;
      let firstByHeading = false;
      let depth = headed ? 1 : quoteMarksOf(paragraph.text).opens;
      const stop = Math.min(all.length, i + QUOTED_PARAGRAPHS_MAX);
      for (let j = headed ? i : i + 1; j < stop && close < 0; j++) {
        const p = all[j] as Paragraph;
        if ((p.heading === 'UNQUOTE' || p.heading === 'UNQTE') && j > i) {
          if (first < 0) {
            first = j - 1;
            firstByHeading = true;
          }
          if (--depth <= 0) {
            close = j - 1;
            closedByHeading = true;
            break;
          }
        }
        const q = (quoteMarks[j] ??= quoteMarksOf(p.text));
        if (first < 0 && q.closes > 0) first = j;
        if (depth > 0 && depth <= q.closes) close = j;
        depth = Math.max(depth - q.closes, 0) + q.opens;
      }
      if (close < 0 && first >= 0) {
        close = first;
        closedByHeading = firstByHeading;
      }
    }
    if (close < 0 || close < (headed ? i : i + 1)) {
      kept.push(paragraph);
      keptRanges.push(range);
      continue;
    }
    if (closedByHeading) all[close + 1] = { ...(all[close + 1] as Paragraph), heading: null };
    const host = headed ? (kept.pop() as Paragraph) : paragraph;
    const hostRange = headed ? (keptRanges.pop() as [number, number]) : range;
    const from = (ranges[headed ? i : i + 1] as [number, number])[0];
    let to = (ranges[close] as [number, number])[1];
    // In a body whose only labels are the quote's (an unnumbered host, no number after the close), the blocks after the
    // block closing the quote are paragraphs of their own, as each block of a body without labels is:
    //     THE SECURITY COUNCIL THIS EVENING ADOPTED THE FOLLOWING RESOLUTION ...    <- the host
    //     QUOTE / ... / 1.  CALLS UPON ... / 3.  DECIDES ... / UNQUOTE             <- its text
    //     AMBASSADOR YOUNG SPOKE AFTER THE VOTE ...                                 <- a paragraph of its own
    let rest: Array<[number, number]> = [];
    if (!closedByHeading && host.number === null && (lastNumbered ??= lastNumberedIndex(all)) <= close) {
      const after = blocksAfterClose(lines, marks, from, to);
      rest = after.rest;
      to = after.end;
    }
    const quoted = textOfLines(lines, marks, from, to);
    // `UNQUOTE` right under the quoted text's last line (no blank line between) goes on that line.
    const closeAt = closedByHeading ? (ranges[close + 1] as [number, number])[0] : -1;
    const body = closedByHeading ? `${quoted}${closeAt === to + 1 && !isBlank(lines[to] ?? '') ? ' ' : '\n\n'}UNQUOTE` : quoted;
    // The quoted lines right under the opening paragraph's last line (no blank line between) go on its last block.
    const joint = from === hostRange[1] + 1 && !isBlank(lines[from] ?? '') && !isBlank(lines[hostRange[1]] ?? '') ? ' ' : '\n\n';
    kept.push({ ...host, text: host.text.length > 0 ? `${host.text}${joint}${body}` : body });
    keptRanges.push([hostRange[0], to]);
    pushBlocks(lines, marks, rest, kept, keptRanges);
    i = close;
  }
  return { paragraphs: kept, ranges: keptRanges };
}

/** Longest line of an index list (`unnumberIndexLists`): a title, not a paragraph's first line. */
const INDEX_LINE_WIDTH = 80;

/**
 * Makes an index of numbered titles unnumbered text, labels and all, when the cable's numbering restarts at 1 after it:
 *
 *     TOPICS OF THE DAY
 *     -----------------
 *     1.  NORTH KOREAN NUCLEAR ISSUE          <- unnumbered: `1. NORTH KOREAN NUCLEAR ISSUE 2. USFK STRATEGIC FLEXIBILITY`
 *     2.  USFK STRATEGIC FLEXIBILITY
 *     ...
 *     1.  NORTH KOREAN NUCLEAR ISSUE          <- paragraph 1
 *
 * The index is a paragraph numbered `1` without a marking whose lines from the label on are all short and each opens
 * with the next number (two at least). The paragraphs themselves otherwise (no copy; two paragraphs numbered `1` is
 * the pre-test).
 */
function unnumberIndexLists(
  read: ParagraphsRead,
  lines: readonly string[],
  marks: readonly boolean[],
): ParagraphsRead {
  const { paragraphs, ranges } = read;
  const ones: number[] = [];
  for (let i = 0; i < paragraphs.length; i++) if (topNumber(paragraphs[i] as Paragraph) === 1) ones.push(i);
  if (ones.length < 2) return read;
  let out: Paragraph[] | null = null;
  for (let n = 0; n + 1 < ones.length; n++) {
    const i = ones[n] as number;
    const p = paragraphs[i] as Paragraph;
    if (p.marking !== null) continue;
    const [first, last] = ranges[i] as [number, number];
    let start = -1;
    let expected = 1;
    let ok = true;
    for (let k = first; k <= last && ok; k++) {
      const line = lines[k] as string;
      if (marks[k] === true || isBlank(line)) continue;
      const label = matchLabel(line);
      if (start < 0) {
        if (label === null || label.label !== '1') continue;
        start = k;
      }
      ok = label !== null && label.label === String(expected) && trimEnd(line).length <= INDEX_LINE_WIDTH;
      expected++;
    }
    if (!ok || start < 0 || expected <= 2) continue;
    out ??= [...paragraphs];
    out[i] = { ...p, number: null, outline: [], text: textOfLines(lines, marks, start, last) };
  }
  return out === null ? read : { paragraphs: out, ranges };
}

/**
 * A decimal sub-paragraph label at a line start: `3.1 (S) FRANCE AGAIN ASKED ...`, `3.2.1 (C) THE UK SUGGESTED ...`: a
 * number with one to three `.N` parts, maybe a dot, spaces, then a marking, a capital or a quote (not `1.5 percent`,
 * not `1.5 (B) AND (D).`: see `splitDecimalItems`). Anchored, bounded.
 */
const DECIMAL_LABEL = /^[ \t]{0,8}(\d{1,3}(?:\.\d{1,2}){1,3})\.?[ \t]{1,4}(?=[("A-Z])/;

/**
 * A decimal label and a portion marking after whitespace inside a text: ` 4.1 (SBU) Registration ...` (the pre-test of
 * a paragraph holding keyed decimal items, see `isMarkedDecimalItem`). Unanchored, bounded.
 */
const MARKED_DECIMAL_LABEL_INSIDE = /(?:^|\s)\d{1,3}\.\d{1,2}\.?[ \t]{1,4}\((?:[CSU]|SBU|TS|LOU)\b/;

/**
 * True when the rest of a decimal label's line (`rest`, after the label) opens with a portion marking and then text,
 * not the letters of classification reasons: a reply keyed to a tasking's numbers, out of the cable's own sequence or
 * under a parent it never wrote, `4.1 (SBU) Registration: The State Agency ...` after `3. (SBU) Summary: ...` (not
 * `1.5 (C) AND (D).`, a statement's reasons).
 */
function isMarkedDecimalItem(rest: string): boolean {
  const marking = matchMarking(rest);
  if (marking === null) return false;
  const text = rest.slice(marking.length);
  return /^[A-Z"]/.test(text) && !/^(?:AND|OR)\b/i.test(text);
}

/** Fewest decimal labels a cable numbers its sub-paragraphs with before they are read (`splitDecimalItems`). */
const MIN_DECIMAL_ITEMS = 2;

/** Where decimal label `label` (`3.1`) stands in a paragraph's text: at its start or after whitespace, then maybe a dot and whitespace; -1 if nowhere. */
function decimalLabelAt(text: string, label: string): number {
  for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
    if (at > 0 && !isWhitespaceCode(text.charCodeAt(at - 1))) continue;
    const after = at + label.length;
    if (isWhitespaceCode(text.charCodeAt(after)) || (text.charCodeAt(after) === 46 && isWhitespaceCode(text.charCodeAt(after + 1)))) return at;
  }
  return -1;
}

/** True when decimal label `next` may follow `last` (`3.1` -> `3.2`, `3.2` -> `3.2.1`, `3.2.2` -> `3.3`); `last` null: `N.1`. */
function followsDecimal(last: string | null, next: string, top: number): boolean {
  if (last === null) return next === `${top}.1`;
  if (next === `${last}.1`) return true;
  const parts = last.split('.');
  for (let depth = parts.length; depth >= 2; depth--) {
    const head = parts.slice(0, depth - 1).join('.');
    if (next === `${head}.${Number(parts[depth - 1]) + 1}`) return true;
  }
  return false;
}

/**
 * Splits the decimal sub-paragraphs of a cable that numbers them so out of the paragraphs holding them (the reader
 * reads no such label, so they are text of their top-level paragraph):
 *
 *     3. (S) GENERAL ISSUES                          <- paragraph 3, text `GENERAL ISSUES`
 *
 *     3.1 (S) FRANCE AGAIN ASKED THAT ...            <- paragraph `3.1`, outline ['3', '3.1'], marking S
 *
 *     3.2.1 (C) THE UK SUGGESTED A CEILING ...       <- paragraph `3.2.1`, outline ['3', '3.2', '3.2.1']
 *
 * A label counts where it opens a block (after a blank line or transmission lines, as across a section break) inside
 * top-level paragraph `N`, as `N.1` or the next decimal label in sequence, or with its own portion marking in any order
 * (a reply keyed to a tasking's numbers: `4.1 (SBU) ...` under `3. (SBU) ...`, see `isMarkedDecimalItem`); and only when the cable has at least
 * `MIN_DECIMAL_ITEMS` of them. The paragraphs themselves otherwise (no copy; a search of each top-level paragraph's
 * text for `N.1` is the pre-test).
 */
function splitDecimalItems(
  read: ParagraphsRead,
  lines: readonly string[],
  marks: readonly boolean[],
): ParagraphsRead {
  const { paragraphs, ranges } = read;
  // The label lines found in each paragraph (by index), in order.
  const found = new Map<number, Array<{ line: number; label: string }>>();
  let total = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const top = topNumber(paragraphs[i] as Paragraph);
    const hostText = (paragraphs[i] as Paragraph).text;
    if (Number.isNaN(top) || (hostText.indexOf(`${top}.1`) < 0 && !MARKED_DECIMAL_LABEL_INSIDE.test(hostText))) continue;
    const [first, last] = ranges[i] as [number, number];
    const items: Array<{ line: number; label: string }> = [];
    let previous: string | null = null;
    for (let k = first + 1; k <= last; k++) {
      if (marks[k] === true) continue;
      const m = DECIMAL_LABEL.exec(lines[k] as string);
      if (m === null) continue;
      // Opening a block: a blank or transmission line before it.
      if (!(isBlank(lines[k - 1] as string) || marks[k - 1] === true)) continue;
      const label = m[1] as string;
      if (!followsDecimal(previous, label, top) && !isMarkedDecimalItem((lines[k] as string).slice(m[0].length))) continue;
      items.push({ line: k, label });
      previous = label;
    }
    if (items.length > 0) {
      found.set(i, items);
      total += items.length;
    }
  }
  if (total < MIN_DECIMAL_ITEMS) return read;
  const kept: Paragraph[] = [];
  const keptRanges: Array<[number, number]> = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const host = paragraphs[i] as Paragraph;
    const [first, last] = ranges[i] as [number, number];
    const items = found.get(i);
    if (items === undefined) {
      kept.push(host);
      keptRanges.push([first, last]);
      continue;
    }
    const firstItem = items[0] as { line: number; label: string };
    // The host's text up to its first item's label (a block of its own, or run on after a section break).
    const at = decimalLabelAt(host.text, firstItem.label);
    kept.push({ ...host, text: at < 0 ? host.text : host.text.slice(0, at).trim() });
    keptRanges.push([first, firstItem.line - 1]);
    for (let n = 0; n < items.length; n++) {
      const item = items[n] as { line: number; label: string };
      const end = n + 1 < items.length ? (items[n + 1] as { line: number }).line - 1 : last;
      const raw = textOfLines(lines, marks, item.line, end);
      let rest = raw.slice((DECIMAL_LABEL.exec(raw) as RegExpExecArray)[0].length);
      const marking = matchMarking(rest);
      if (marking !== null) rest = rest.slice(marking.length);
      const parts = item.label.split('.');
      const outline = parts.map((_, d) => parts.slice(0, d + 1).join('.'));
      kept.push({ number: item.label, outline, marking: marking?.marking ?? null, heading: null, text: rest.trim() });
      keptRanges.push([item.line, end]);
    }
  }
  return { paragraphs: kept, ranges: keptRanges };
}

/** A top-level paragraph's number as an integer (`'3'` -> 3); `NaN` for letters, sub-items and unnumbered text. */
function topNumber(paragraph: Paragraph): number {
  const n = paragraph.number;
  // `12`, not `12A`, `II` or `a`.
  return n !== null && paragraph.outline.length === 1 && /^\d{1,4}$/.test(n) ? Number(n) : NaN;
}

/**
 * The end of a quoted text at the end of a paragraph's text (the closing forms of `QUOTE_END`, and `UNQUOTE`):
 * `END TEXT.`, `(END TEXT)`, `End quote.`, `END TEXT OF TALKING POINTS.`, `END NON-PAPER.`, `END ANNEX A.`, `UNQUOTE.`,
 * `End unclassified nonpaper on IRISL.` (what it is on after it), also framed by a rule (`------- END ANNEX A -------`).
 * Tested on the text's last 60 characters; bounded runs only.
 */
const QUOTED_TEXT_END = new RegExp(`(?:^|[\\s(-])(?:END {1,3}(?:(?:TEXT {1,3})?OF {1,3})?${quotedDocumentWords(' {1,3}', '(?: {1,3}[A-Z0-9]{1,3})?')}(?: {1,3}(?:ON|FOR|TO) {1,3}[A-Z][A-Z0-9/-]{0,20})?|UNQUOTE)[ .)-]{0,40}$`, 'i');

/**
 * The words naming a quoted text after `BEGIN` or `END` (and `OF`), `gap` between two words: up to three qualifiers of
 * a short list (`INFORMAL EMBASSY`, `UNCLASSIFIED`), then what is quoted: `TEXT`, `QUOTE`, `(TALKING) POINTS`, `(U.S.)
 * NON-PAPER` (or `NONPAPER`), an
 * attached document (`ANNEX`, `ATTACHMENT`, `APPENDIX`, `ENCLOSURE`, then `identifier`), `(AGREED) MINUTES`,
 * `TRANSLATION`, `TRANSCRIPT`, `EXCERPT(S)`; a document handed over or proposed, only right before a colon, a full stop,
 * a bracket or the line's end (`Begin statement` is no verb and object there): `BEGIN AIDE-MEMOIRE:`, `BEGIN DRAFT
 * RESOLUTION:`, `Begin letter:`, `END STATEMENT.`, and the qualifiers `DRAFT`, `SUGGESTED`, `PROPOSED`, `PRESS`, `JOINT`,
 * `FINAL` (`Begin suggested points:`, `BEGIN DRAFT PRESS STATEMENT:`). One list for the marks anywhere (`QUOTE_END`)
 * and at a text's end (`QUOTED_TEXT_END`). Alternatives of literal words and bounded gaps: linear.
 */
function quotedDocumentWords(gap: string, identifier: string): string {
  return `(?:(?:INFORMAL|UNOFFICIAL|OFFICIAL|EMBASSY|MISSION|POST|FULL|UNCLASSIFIED|CLASSIFIED|CONFIDENTIAL|SBU|DRAFT|SUGGESTED|PROPOSED|PRESS|JOINT|FINAL)${gap}){0,3}(?:TEXT|QUOTE|(?:TALKING${gap})?POINTS|(?:U\\.S\\.${gap})?NON-?PAPER|(?:ANNEX|ATTACHMENT|APPENDIX|ENCLOSURE)${identifier}|(?:AGREED${gap})?MINUTES|TRANSLATION|TRANSCRIPT|EXCERPTS?|(?:AIDE-?MEMOIRE|RESOLUTION|STATEMENT|LETTER|DECLARATION|COMMUNIQUE|MESSAGE|REMARKS|SPEECH)(?=[ \\t]{0,3}(?:[:.)\\n]|$)))`;
}

/**
 * True when a paragraph's text ends a quoted text (`QUOTED_TEXT_END`); not an `UNQUOTE` closing a quote the paragraph
 * opened itself: `2. ... QUOTE THE GENERAL ASSEMBLY REJECTS UNILATERAL EVALUATIONS UNQUOTE.` inside a report quoted
 * between `BEGIN TEXT` and `END TEXT` closes nothing around it.
 */
function endsQuotedText(text: string): boolean {
  const m = QUOTED_TEXT_END.exec(text.length > 60 ? text.slice(-60) : text);
  if (m === null) return false;
  if (!/unquote/i.test(m[0])) return true;
  return !opensQuote(text);
}

/** True when a text holds an opening `QUOTE` (`QUOTE_MARKS`' group 2; not `UNQUOTE`, not `END QUOTE`, not the verb: `isQuoteVerb`). */
function opensQuote(text: string): boolean {
  QUOTE_MARKS.lastIndex = 0;
  for (let m = QUOTE_MARKS.exec(text); m !== null; m = QUOTE_MARKS.exec(text)) {
    if (m[2] !== undefined && !isQuoteVerb(text, m.index + m[0].length - m[2].length, m.index + m[0].length)) return true;
  }
  return false;
}

/**
 * The index of the paragraph where the cable's own numbering resumes after a quoted text whose numbered paragraphs
 * start at `start` (numbered `1`, or an excerpt's first number up to `outer + 1`) inside paragraph `outer`; -1 when it
 * does not resume (the run is no quoted text). The quoted paragraphs go on `2`, `3`, ... (letters and other sub-items among them, and numbers the paragraph before
 * holds as text: `101` after a paragraph `1` holding `2.` to `100.`); the first label that does not
 * go on must be `outer + 1`. A label that could do both (`3` after a quoted `2` inside paragraph `2`) goes on the
 * quoted text, unless the paragraph before it ends the quote (`END TEXT.`), or it is marked where the quoting paragraph
 * (`hostMarked`) is and the quoted ones are not.
 */
function resumedNumbering(paragraphs: readonly Paragraph[], start: number, outer: number, hostMarked = false): number {
  const first = topNumber(paragraphs[start] as Paragraph);
  let previous = first;
  // Every item so far is unmarked (a list's entries, where the cable marks its own paragraphs).
  let unmarked = (paragraphs[start] as Paragraph).marking === null;
  for (let j = start + 1; j < paragraphs.length; j++) {
    const p = paragraphs[j] as Paragraph;
    const n = topNumber(p);
    if (Number.isNaN(n)) {
      if (p.outline.length === 0 && p.number !== null) return -1;
      continue;
    }
    // The cable's next number resumes the cable after the list: a number out of the list's sequence, one after a quoted
    // text's end, or the list's own next number marked where the host is marked and the list's items are not
    // (`3. (SBU) The three names ... are:` / `1.` `2.` `3.` / `4. (SBU) Post requests ...`).
    if (n === outer + 1 && (n !== previous + 1 || endsQuotedText((paragraphs[j - 1] as Paragraph).text) || (hostMarked && unmarked && p.marking !== null))) return j;
    // So does a marked number one past it after unmarked items, the drafter having skipped a number (`3. (C) ... by
    // October 1:` / `1.` ... `4.` / `5. (C) Several NGO directors ...`).
    // (Only after a list restarting at 1: an excerpt numbered on from the cable's number, `2.` unmarked after a marked
    // `1.`, is resumed by the cable's own `2.` or not at all.)
    if (n === outer + 2 && first === 1 && hostMarked && unmarked && p.marking !== null) return j;
    // An excerpt numbered on from the cable's number (`first > 1`) is unmarked to its end: a marked number that does
    // not resume the cable ends the search (so a long run of marked and unmarked paragraphs is read once).
    if (p.marking !== null && first > 1) return -1;
    if (p.marking !== null) unmarked = false;
    // Numbers the paragraph before holds as its text go on too: a list of one-line items read as one block, cut by a
    // page break (`1. WAGNER, Zainab` ... `100. KOWALSKI, Viktor` / page marker / `101. USMANOV, Ingrid`).
    if (n !== previous + 1 && !(n > previous + 1 && holdsLabel((paragraphs[j - 1] as Paragraph).text, n - 1))) return -1;
    previous = n;
  }
  return -1;
}

/** Most blocks of the open paragraph looked at, from its last, for the label before a number (`holdsLabelLately`). */
const HELD_LABEL_BLOCKS = 20;

/** True when one of the last `HELD_LABEL_BLOCKS` blocks holds label `n` opening a line of its own list (`holdsLabel`). */
function holdsLabelLately(blocks: readonly string[], n: number): boolean {
  for (let b = blocks.length - 1; b >= 0 && b >= blocks.length - HELD_LABEL_BLOCKS; b--) if (holdsLabel(blocks[b] as string, n)) return true;
  return false;
}

/** True when a paragraph's text holds label `n` (`100.`) opening a line of its own list: after a space or at its start, before a space. */
function holdsLabel(text: string, n: number): boolean {
  const label = `${n}. `;
  for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) if (at === 0 || text.charCodeAt(at - 1) === 32 || text.charCodeAt(at - 1) === 10) return true;
  return false;
}

/**
 * Folds a quoted document's own numbered paragraphs into the paragraph that quotes it. A note, non-paper or
 * agreement quoted in full has its own `1.`, `2.`, ...; the cable's numbering resumes after it:
 *
 *     3. (SBU) "GAS AND GO" DIPLOMATIC NOTE          <- the cable's 3
 *     The Embassy of the United States ... has the honor to propose:
 *     1.  The Government of the Republic of Ecuador may permit ...     <- the note's 1 to 8
 *     ...
 *     8.  Each Participant should provide advance written notice ...
 *     4. (SBU) Example Response Diplomatic Note for the GOE             <- the cable's 4
 *
 * A restart at `1` after paragraph `n` whose labels go on in order until `n + 1` (see `resumedNumbering`) is text
 * of the paragraph before it, labels and all: their blocks are appended to its text and its range grows over them.
 * So is an excerpt of a document's paragraphs numbered on from `n`, unmarked after a marked paragraph `n`, when the
 * cable's `n + 1` comes again after it, marked (`3. (SBU) ... Paragraphs 4 to 6 read as follows:` / `4. Ukraine will
 * ...` / `5. ...` / `6. ...` / `4. (SBU) Naftogaz officials ...`).
 * A restart the cable's numbering never resumes after (a repeated copy of the first paragraphs, sections numbered
 * on their own) is left as it is.
 */
function foldQuotedRuns(
  paragraphs: Paragraph[],
  ranges: Array<[number, number]>,
  lines: readonly string[],
  marks: readonly boolean[],
): ParagraphsRead {
  // Most cables never restart their numbering nor repeat a number: no copy then.
  let repeats = false;
  for (let i = 1, last = paragraphs.length > 0 ? topNumber(paragraphs[0] as Paragraph) : NaN; i < paragraphs.length && !repeats; i++) {
    const n = topNumber(paragraphs[i] as Paragraph);
    repeats = n === 1 || n <= last;
    if (!Number.isNaN(n)) last = n;
  }
  if (!repeats) return { paragraphs, ranges };
  const kept: Paragraph[] = [];
  const keptRanges: Array<[number, number]> = [];
  let outer = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i] as Paragraph;
    const n = topNumber(paragraph);
    const hostMarked = kept.length > 0 && (kept[kept.length - 1] as Paragraph).marking !== null;
    // (Or an excerpt of a document's paragraphs, unmarked in a marked cable, numbered on from the cable's own
    // number: `3. (SBU) ... Paragraphs 4 to 6 read as follows:` / `4. Ukraine will ...` / `5.` / `6.` / `4. (SBU) ...`.)
    const excerpt = n > 1 && n <= outer + 1 && hostMarked && paragraph.marking === null;
    let resume = (n === 1 || excerpt) && outer >= 1 && kept.length > 0 ? resumedNumbering(paragraphs, i, outer, hostMarked) : -1;
    // (Or a list or an excerpt indented under a lead-in, whatever its numbers: see `indentedRunEnd`.)
    if (resume < 0 && !Number.isNaN(n) && outer >= 1 && kept.length > 0 && trimEnd((kept[kept.length - 1] as Paragraph).text).endsWith(':')) {
      resume = indentedRunEnd(paragraphs, ranges, lines, i, outer, (keptRanges[keptRanges.length - 1] as [number, number])[0]);
    }
    if (resume < 0) {
      if (!Number.isNaN(n)) outer = n;
      kept.push(paragraph);
      keptRanges.push(ranges[i] as [number, number]);
      continue;
    }
    // The quoted paragraphs' lines, as blocks of text (page markers skipped), labels and all.
    const host = kept[kept.length - 1] as Paragraph;
    const hostRange = keptRanges[keptRanges.length - 1] as [number, number];
    const from = (ranges[i] as [number, number])[0];
    const to = (ranges[resume - 1] as [number, number])[1];
    host.text = withBlocks(host.text, textOfLines(lines, marks, from, to));
    keptRanges[keptRanges.length - 1] = [hostRange[0], to];
    i = resume - 1;
  }
  return { paragraphs: kept, ranges: keptRanges };
}

/** How much deeper than its lead-in's label an indented run's labels stand (`indentedRunEnd`). */
const RUN_INDENT = 3;
/** Most paragraphs of an indented run (`indentedRunEnd`): the search is bounded. */
const RUN_PARAGRAPHS = 200;

/** The indent column of the first line of a paragraph's range that opens with a label (its label line), or -1. */
function labelIndentAt(lines: readonly string[], from: number, to: number): number {
  for (let k = from; k <= to && k < from + 6; k++) {
    const line = lines[k] ?? '';
    if (matchLabel(line) !== null) return indentColumn(line);
  }
  return -1;
}

/**
 * The index of the paragraph where the cable's own numbering resumes after a run of labeled paragraphs indented under
 * a lead-in ending with a colon, or -1. The run is a list or an excerpt the paragraph quotes, whatever its numbers:
 *
 *     3.  KARPINSKI TOLD THE CHAMBER THAT THE OUTLINE RESTS ON THREE
 *     ASSUMPTIONS:
 *          1.  GDP GROWTH OF 2 PERCENT AFTER TWO YEARS OF DECLINE;      <- the run, `RUN_INDENT` columns deeper or more
 *          2.  AVERAGE INFLATION OF 36 PERCENT, DOWN FROM 70 PERCENT;
 *          3.  A REAL WAGE FREEZE IN THE STATE SECTOR.
 *     4.  THE FIRST-READING VOTE ...                                       <- the cable's `outer + 1`, at the lead-in's indent
 *
 * (`4.  THE TWO NEW OPERATIVE PARAGRAPHS READ:` / `       7.  DECIDES THAT ...` / `       8.  REQUESTS ...` / `5.  ...`.)
 * Each label of the run stands at least as deep as the first; the first label after it at the lead-in's indent (give or
 * take a column) must be `outer + 1`. At most `RUN_PARAGRAPHS` paragraphs are looked at.
 */
function indentedRunEnd(paragraphs: readonly Paragraph[], ranges: ReadonlyArray<[number, number]>, lines: readonly string[], start: number, outer: number, hostFrom: number): number {
  const hostIndent = labelIndentAt(lines, hostFrom, hostFrom + 5);
  const first = ranges[start] as [number, number];
  const runIndent = labelIndentAt(lines, first[0], first[1]);
  if (hostIndent < 0 || runIndent < hostIndent + RUN_INDENT) return -1;
  for (let j = start + 1; j < paragraphs.length && j <= start + RUN_PARAGRAPHS; j++) {
    const range = ranges[j] as [number, number];
    const indent = labelIndentAt(lines, range[0], range[1]);
    if (indent >= runIndent) continue;
    return Math.abs(indent - hostIndent) <= 1 && topNumber(paragraphs[j] as Paragraph) === outer + 1 ? j : -1;
  }
  return -1;
}

/** A block of press guidance opening with its question: `Q. WHO WILL CHAIR ...?`, `Q: Will the ...`. Anchored. */
function opensQuestion(block: string): boolean {
  return /^\s{0,4}Q[.:]\s/.test(block);
}

/**
 * A paragraph label in a style some cables number all their paragraphs in, instead of `1.`: `PARA 1.`, `Para 1:`,
 * `(1)`, `1/` (with `A/` items), `1 -`; a space or tab after it. Groups: the indent, then the label of each style
 * (`PARA`, bracket, slash, dash or dot and bracket). Anchored; bounded runs.
 *
 *     PARA 2. REACTION IN THE AFP. SENIOR OFFICERS TOLD DATT ...
 *     Para 2: (C) MDC negotiator Tendai Biti told Poloff ...
 *     PARA 21 A: (U) Malawi is mainly a country of origin.     (a keyed label, a tasker's key after the number)
 *     PARA 12(B): (U) The GOP budget for CORAH ...             (the key in brackets, `12B`)
 *     (2) VAN WELL SAID THE CHANCELLOR REMAINS BOUND BY ...
 *     2/ GECAMINES DIRECTOR GENERAL TOLD ECONOFF ...         (`1/3 OF THE FLEET` is no label: no space after)
 *     2 - (SBU) Shell's Warri manager told Congen ...
 *     2- (LOU) FINANCE MINISTER MUHAMMAD SAID JUNE 4 ...     (`3-4 PERCENT` is no label: no space after the dash)
 *     2.) (C) Ziyal said ...                                  (a dot and a bracket: the dash style's group)
 *     2: (C) THE PRESIDENT SAID ...                           (a colon, before a portion marking only: the same group)
 *     A - (C) COMPENSATION OF 1.2 BILLION DOLLARS ...          (a letter item in the dash style, a dash set off by spaces)
 *     PARA 2.(C) ANDRADE TOLD POLOFF ...                       (a portion marking glued to the label)
 */
const OTHER_STYLE_LABEL = /^([ \t]{0,8})(?:(?:PARA(?:GRAPH)?|Para(?:graph)?)[ \t]{1,3}(\d{1,3})(?:[ \t]?([A-Z])|[ \t]?\(([A-Za-z])\))?[.:]|\((\d{1,3})\)|(\d{1,3}|[A-Z])\/|(\d{1,3}|[A-Z](?=[ \t]{1,2}-[ \t]))(?:[ \t]{0,2}-|\.\)|:(?=[ \t]{1,3}\((?:[CSU]|SBU|LOU|TS)[/)]))|(ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|THIRTEEN|FOURTEEN|FIFTEEN|SIXTEEN|SEVENTEEN|EIGHTEEN|NINETEEN|TWENTY)\.)(?=[ \t]|\((?:[CSU]|SBU|LOU|TS)[/)])/;

/** The numbers a cable may spell its labels with (`ONE.`, `TWO.`: `OTHER_STYLE_LABEL`'s fifth style), in order from one. */
const SPELLED_NUMBERS = ['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE', 'TEN', 'ELEVEN', 'TWELVE', 'THIRTEEN', 'FOURTEEN', 'FIFTEEN', 'SIXTEEN', 'SEVENTEEN', 'EIGHTEEN', 'NINETEEN', 'TWENTY'];

/** The number a label of style `style` writes: the digits, or a spelled number's value (`THREE` -> `3`). */
function styleNumber(written: string, style: number): string {
  return style === 5 ? String(SPELLED_NUMBERS.indexOf(written) + 1) : written;
}

/**
 * The group of `OTHER_STYLE_LABEL` holding the number of each style (1 `PARA`, 2 bracket, 3 slash, 4 dash, 5 spelled);
 * groups 3 and 4 are a `PARA` label's key, bare (`PARA 21 A:`) or in brackets (`PARA 12(B):`).
 */
const STYLE_GROUP = [0, 2, 5, 6, 7, 8] as const;

/** A capital and a closing bracket opening a line, then a space: `A) "Arms Sales Send a Positive Signal"` (anchored). */
const LETTER_PAREN_LABEL = /^[ \t]{0,8}([A-Z])\)(?=[ \t])/;

/**
 * The lines with the letter labels `A)`, `B)` written `A.`, `B.` (same length) where they open blocks in sequence from
 * `A` (a run restarts at `A` under a later paragraph, and may be a lone `A)`), when one run has two at least, as a
 * media reaction letters the editorials under each numbered topic:
 *
 *     2. U.S. Arms Sales to Taiwan
 *
 *     A) "Arms Sales Send a Positive Signal"        <- sub-item A of paragraph 2
 *     ...
 *     B) "What Did Taiwan Really Get?" ...          <- B
 *
 * Inside a block such a line is text, kept as written (`... as follows:` / `A) the ministry ...`), and so is a block
 * opening a tight list of them (`A) Petroleum ...` / `B) Basic petrochemicals ...`). The lines themselves
 * otherwise (no copy; a capital then `)` opening a block is the pre-test).
 */
function withDottedLetters(lines: readonly string[]): readonly string[] {
  // The block-opening `A)`, `B)` ... lines in runs in sequence from `A`; rewritten when one run has two at least (then a
  // lone `A)` under a later paragraph too).
  let run: number[] = [];
  const rewrite: number[] = [];
  let twoOrMore = false;
  const close = (): void => {
    if (run.length >= 2) twoOrMore = true;
    rewrite.push(...run);
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && !isBlank(lines[i - 1] as string)) continue;
    const line = lines[i] as string;
    const k = skipWhitespace(line);
    if (!isAsciiUpperCode(line.charCodeAt(k)) || line.charCodeAt(k + 1) !== 41) continue;
    const m = LETTER_PAREN_LABEL.exec(line);
    // (Not a block opening a tight list, `A) Petroleum ...` / `B) Basic petrochemicals ...`: a list in the text.)
    if (m === null || LETTER_PAREN_LABEL.test(lines[i + 1] ?? '')) continue;
    const c = (m[1] as string).charCodeAt(0);
    if (c === 65) close();
    else if (run.length === 0 || c !== 65 + run.length) {
      close();
      continue;
    }
    run.push(i);
  }
  close();
  if (!twoOrMore) return lines;
  const out = [...lines];
  for (const i of rewrite) {
    const line = out[i] as string;
    const at = (LETTER_PAREN_LABEL.exec(line) as RegExpExecArray)[0].length - 1;
    out[i] = `${line.slice(0, at)}.${line.slice(at + 1)}`;
  }
  return out;
}

/** A dotted number label at a line start (`1. `, `12.  `), the usual style. Anchored. */
const DOTTED_NUMBER_LABEL = /^[ \t]{0,8}(?:\u00b6[ \t]?)?\d{1,3}\.[ \t]/;

/** Fewest labels in sequence from 1, each opening a block, for a cable to number its paragraphs in another style. */
const OTHER_STYLE_MIN_LABELS = 2;

/**
 * The lines with the labels of a cable numbered in another style (`OTHER_STYLE_LABEL`) written as dotted labels, padded
 * with spaces to the same length (so columns stay): `PARA 2. REACTION` -> `2.      REACTION`, `(2) VAN WELL` -> `2.  VAN
 * WELL`, `A/ REHABILITATION` -> `A. REHABILITATION`. Only when at least `OTHER_STYLE_MIN_LABELS` labels of one style open
 * blocks in sequence from 1 (restarting at 1 in a later section) and no dotted number opens a block: a cable with
 * `1.` paragraphs keeps its `(1)` items. A label of the style is rewritten only where it opens a block: inside a block
 * it is text, kept as written (an index of `(1)` to `(4)` titles under `INDEX:`), and so is a block opening a tight list of
 * them (its next line opening with the style's label). The lines themselves otherwise (no copy).
 */
function withStandardLabels(lines: readonly string[]): readonly string[] {
  const counts = [0, 0, 0, 0, 0, 0];
  const last = [0, 0, 0, 0, 0, 0];
  let dotted = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!opensStyleBlock(lines, i)) continue;
    const c = line.charCodeAt(skipWhitespace(line));
    // (A `P`, a bracket, a digit, or a spelled number's first letter `O`, `T`, `F`, `S`, `E`, `N` is the pre-test.)
    if (c !== 80 && c !== 40 && !isAsciiDigitCode(c) && c !== 79 && c !== 84 && c !== 70 && c !== 83 && c !== 69 && c !== 78) continue;
    if (DOTTED_NUMBER_LABEL.test(line)) {
      dotted++;
      continue;
    }
    const m = OTHER_STYLE_LABEL.exec(line);
    if (m === null) continue;
    // (The style is the one whose group holds the number: exactly one does.)
    const style = STYLE_GROUP.findIndex((group, s) => s > 0 && m[group] !== undefined);
    const n = Number(styleNumber(m[STYLE_GROUP[style] as number] ?? '', style));
    if (!Number.isInteger(n)) continue;
    if (n === 1 || n === (last[style] as number) + 1) {
      last[style] = n;
      counts[style] = (counts[style] as number) + 1;
    } else if ((m[3] ?? m[4]) !== undefined && n >= (last[style] as number)) {
      // A tasker's keyed answers between the cable's own paragraphs carry the sequence on to their number, uncounted:
      // `PARA 1:` / `PARA 12(A):` ... `PARA 13(A):` / `PARA 14:`.
      last[style] = n;
    }
  }
  let style = 0;
  for (let s = 1; s <= 5; s++) if ((counts[s] as number) >= OTHER_STYLE_MIN_LABELS && (counts[s] as number) > (counts[style] as number)) style = s;
  if (dotted > 0 || style === 0) return withKeyedParaLabels(lines);
  const group = STYLE_GROUP[style] as number;
  return lines.map((line, i) => {
    if (!opensStyleBlock(lines, i)) return line;
    const m = OTHER_STYLE_LABEL.exec(line);
    const written = m?.[group];
    if (m === null || written === undefined) return line;
    const label = styleNumber(written, style);
    // A tight list (the next line opens with the style's next label) is a list of titles, text: `(1) Poll on ...` /
    // `(2) US, Japan still apart ...` after `INDEX:` (not paragraphs of sentences, `1) EMBASSY HAS NO OBJECTION.` /
    // `2) GRANTEE WILL DEPART ...`).
    const after = lines[i + 1] === undefined ? null : OTHER_STYLE_LABEL.exec(lines[i + 1] as string);
    if (after !== null && after[group] !== undefined && !endsSentence(line)) return line;
    const indent = m[1] ?? '';
    // A keyed label (`PARA 21 A: (U) ...`, `PARA 12(B): (U) ...` -> `21A. (U) ...`) only before a portion marking, as a
    // keyed label is read.
    const key = m[3] ?? m[4]?.toUpperCase();
    if (key !== undefined) return matchMarking(line.slice(m[0].length).trimStart().slice(0, 20)) === null ? line : `${indent}${label}${key}. ${line.slice(m[0].length).trimStart()}`;
    return `${indent}${label}.${' '.repeat(Math.max(1, m[0].length - indent.length - label.length - 1))}${line.slice(m[0].length)}`;
  });
}

/**
 * The lines with the keyed `PARA` labels that open blocks before a portion marking written as keyed labels, in a cable
 * numbered `1.` (or in no one style): a tasker's answers keyed to its paragraph's letters between the cable's own
 * paragraphs, `PARA 12(B): (C) Eradication. ...` -> `12B. (C) Eradication. ...`. The lines themselves when there is none
 * (a `P` opening a line is the pre-test).
 */
function withKeyedParaLabels(lines: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.charCodeAt(skipWhitespace(line)) !== 80 || !opensStyleBlock(lines, i)) continue;
    const m = OTHER_STYLE_LABEL.exec(line);
    const key = m?.[3] ?? m?.[4]?.toUpperCase();
    if (m === null || key === undefined) continue;
    const rest = line.slice(m[0].length).trimStart();
    if (matchMarking(rest.slice(0, 20)) === null) continue;
    out ??= [...lines];
    out[i] = `${m[1] ?? ''}${m[2] ?? ''}${key}. ${rest}`;
  }
  return out ?? lines;
}

/**
 * True when line `i` may open a block for `withStandardLabels`: the first line, a line after a blank one, or a line
 * right under a line ending a sentence (a body typed without blank lines between its paragraphs):
 *     1) EMBASSY HAS NO OBJECTION TO REVISED PROGRAM.
 *     2) GRANTEE WILL DEPART COLOMBO OCT 20 ON AIR LANKA 412 AND
 */
function opensStyleBlock(lines: readonly string[], i: number): boolean {
  if (i === 0) return true;
  const previous = lines[i - 1] as string;
  return isBlank(previous) || FULL_STOP_END.test(trimEnd(previous));
}

/** A quotation mark before a first label: `"1. The Ministry of Foreign Affairs has ...` (anchored; group 1 the indent). */
const QUOTED_FIRST_LABEL = /^([ \t]{0,8})"1\.([ \t]{1,3})(?=\S)/;

/** Lines looked at after a quoted `"1.` for the `2.` opening a block (`withQuotedFirstLabel`). */
const QUOTED_LIST_REACH = 40;

/**
 * The lines with a quoted text's first label read as a label, its quotation mark moved after it (same characters, same
 * length): a statement quoted in full inside one pair of quotation marks, announced by a colon, its own `2.` opening a
 * block below:
 *
 *     June 6, reads in full:
 *
 *     "1. The Ministry of Foreign Affairs has followed ...       -> `1. "The Ministry ...`
 *
 *     2. The Government of National Unity reaffirms ...
 *
 * so that `foldQuotedRuns` reads the restart at 1 and keeps the statement in the paragraph that quotes it. Only a block's
 * first line after a line ending with a colon, a `"1.` first the pre-test; the `2.` looked for within
 * `QUOTED_LIST_REACH` lines. The lines themselves otherwise (no copy).
 */
function withQuotedFirstLabel(lines: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  let before = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (isBlank(line)) continue;
    const previous = before;
    before = line;
    if (line.charCodeAt(skipWhitespace(line)) !== 34 || (i > 0 && !isBlank(lines[i - 1] as string)) || !trimEnd(previous).endsWith(':')) continue;
    const m = QUOTED_FIRST_LABEL.exec(line);
    if (m === null) continue;
    let second = false;
    for (let k = i + 1; k < lines.length && k <= i + QUOTED_LIST_REACH && !second; k++) {
      if (isBlank(lines[k - 1] as string) && matchLabel(lines[k] as string)?.label === '2') second = true;
    }
    if (!second) continue;
    out ??= [...lines];
    out[i] = `${m[1] ?? ''}1.${m[2] ?? ' '}"${line.slice(m[0].length)}`;
  }
  return out ?? lines;
}

/**
 * A portion marking typed before the paragraph number: `(C) 1. The chairwoman said ...` (`(U) Background` is no such line).
 * Anchored; bounded runs.
 */
const MARKING_BEFORE_LABEL = /^([ \t]{0,8})(\( ?(?:[UCS]|SBU|TS|LOU|CUI)(?:\/{1,2} ?[A-Z]{1,8}(?:(?:, ?| )[A-Z]{2,8}){0,12})? ?\))([ \t]{1,4})(\d{1,3}\.)([ \t])/;

/**
 * The lines with a marking typed before the number turned label first, the same characters in another order (same
 * length, so columns stay): `(C) 1. The ...` -> `1. (C) The ...`. Only in a cable that types at least two paragraphs that
 * way; the lines themselves otherwise (no copy). A `(` first is the pre-test.
 */
function withLabelsFirst(lines: readonly string[]): readonly string[] {
  let found = 0;
  for (const l of lines) {
    if (l.charCodeAt(skipWhitespace(l)) === 40 && MARKING_BEFORE_LABEL.test(l) && ++found >= 2) break;
  }
  if (found < 2) return lines;
  return lines.map((l) => {
    if (l.charCodeAt(skipWhitespace(l)) !== 40) return l;
    const m = MARKING_BEFORE_LABEL.exec(l);
    return m === null ? l : `${m[1] ?? ''}${m[4] ?? ''}${m[3] ?? ''}${m[2] ?? ''}${m[5] ?? ''}${l.slice(m[0].length)}`;
  });
}

/**
 * Folds the labelled items of a quoted text into the top-level paragraph that opens it: a non-paper, note or statement
 * quoted between `BEGIN TEXT` and `END TEXT` (`QUOTE_END`) has its own `A.`, `B.` or `1.`, `2.`, not sub-items of the cable:
 *
 *     6. (U) Tab A: Begin text of non-paper:        <- the cable's 6, the quote open at its end
 *     Non-Paper
 *     A. The United States will table a resolution ...     <- its text
 *     B. We would welcome EU co-sponsorship ...            <- its text
 *     End text.                                            <- its text, the quote closed
 *
 * The quote runs to the paragraph that closes it; the cable's next number (`7.` after `6.`) ends it too, and without
 * either it runs to the last paragraph. Only paragraphs under the host or without a top-level number are folded, so the
 * cable's own numbering is never taken in (`3. BEGIN TEXT:` / `4. ...` is the cable's 4).
 */
function foldQuotedTexts(
  paragraphs: Paragraph[],
  ranges: Array<[number, number]>,
  lines: readonly string[],
  marks: readonly boolean[],
): ParagraphsRead {
  // Most cables quote no text with items of its own: no copy then (`EGIN`/`egin` is the pre-test, as in `quoteState`).
  if (!paragraphs.some((p, i) => i + 1 < paragraphs.length && (topNumber(p) > 0 || p.number === null) && (p.text.indexOf('EGIN') >= 0 || p.text.indexOf('egin') >= 0))) return { paragraphs, ranges };
  const kept: Paragraph[] = [];
  const keptRanges: Array<[number, number]> = [];
  // The index of the last numbered paragraph (read once, on first need).
  let lastNumbered: number | undefined;
  for (let i = 0; i < paragraphs.length; i++) {
    const host = paragraphs[i] as Paragraph;
    const n = topNumber(host);
    kept.push(host);
    keptRanges.push(ranges[i] as [number, number]);
    if ((Number.isNaN(n) && host.number !== null) || !quoteState(host.text, false)) continue;
    // The paragraphs of the quote: up to the one closing it, never the cable's next number.
    let open = true;
    let last = i;
    for (let j = i + 1; j < paragraphs.length && open && !Number.isNaN(n); j++) {
      const p = paragraphs[j] as Paragraph;
      if (!Number.isNaN(topNumber(p))) break;
      open = quoteState(p.text, true);
      last = j;
    }
    // The run stopped, the quote still open, at a number after the quote's parts took the numbers before it off the
    // host's outline: the quote's own, up to the paragraph closing the quote, when no number of the host's stands between
    // (all below it) or the cable's next number follows the close:
    //     6. (U) Begin text:
    //     I. UNIVERSAL PERIODIC REVIEW / 1. ... / 2. ...
    //     II. SPECIAL PROCEDURES
    //     3. The mandates shall be reviewed.         <- read as a top-level 3: the quote's
    //     4. ... End text.
    //     7. (C) Comment: ...                        <- the cable's 7
    if (open && last > i && !Number.isNaN(topNumber(paragraphs[last + 1] as Paragraph))) {
      const close = quoteCloseAfter(paragraphs, last);
      let j = last + 1;
      while (j <= close && !(topNumber(paragraphs[j] as Paragraph) >= n)) j++;
      const resumes = close + 1 < paragraphs.length && topNumber(paragraphs[close + 1] as Paragraph) === n + 1;
      if (close > last && (j > close || resumes)) last = close;
    }
    // A quote numbering its own items from 1 and closed by a later paragraph (`END TEXT.`): all up to the close,
    // after a numbered host or an unnumbered one (`Following is the text ... BEGIN TEXT:` / `1. Release ...` / `2. Lift
    // ...` / `3. Support ... END TEXT.`).
    const after = paragraphs[i + 1];
    // The paragraph closing the quote opened at `i` (`i` when none), asked once for both readings below.
    const ownItems = after !== undefined && (after.number === null || topNumber(after) === 1);
    const close = last === i && after !== undefined && (ownItems || n > 0) ? quoteCloseAfter(paragraphs, i) : i;
    if (close > i && ownItems) last = close;
    // A quote of items numbered as where they come from (an article's paragraphs 3 and 4, a draft's operative
    // paragraphs 4 and 5), closed by a later paragraph after which the cable's numbering resumes at the host's next:
    //     2.  (S/NF) BEGIN TEXT:
    //     ARTICLE IV
    //     3. EACH PARTY SHALL ELIMINATE ITS INTERMEDIATE-RANGE MISSILES ...
    //     4. [THE PARTIES SHALL] [EACH PARTY SHALL] NOTIFY THE OTHER ...
    //     END TEXT.
    //     3.  (S/NF) DELEGATION SHOULD HOLD FIRM ...      <- the cable's 3
    if (last === i && close > i && n > 0) {
      const next = paragraphs[close + 1];
      if (next !== undefined && topNumber(next) === n + 1) last = close;
    }
    // A quote numbering its own items from 1 with no end written, opened at the end of its host (a colon): its items in
    // sequence, up to the cable's next number or the last paragraph (not after prose that `will begin translation ...`):
    //     3. (U) Begin text:
    //     1. The Government of Kenya has decided ...       <- its text
    //     2. Humanitarian agencies may continue ...        <- its text
    if (last === i && close === i && n > 0 && after !== undefined && topNumber(after) === 1 && trimEnd(host.text).endsWith(':')) last = openItemsEnd(paragraphs, i, n);
    // Or numbering them as where they come from, past the cable's next number, the end never written (the host left
    // the quote open): the items in sequence from the first, up to the cable's next number or the last paragraph:
    //     13.  (S)  Begin text of SIR (GOV/2009/24) paragraphs 42-47
    //     dealing with Egypt:
    //     42.  Following Agency enquiries, Egypt ...                <- its text
    //     ...
    //     47.  For 2008, the Agency found no indication ...        <- its text
    const firstItem = after === undefined ? NaN : topNumber(after);
    if (last === i && close === i && n > 0 && firstItem > n + 1) last = openItemsEnd(paragraphs, i, n, firstItem);
    if (last === i) continue;
    const from = (ranges[i + 1] as [number, number])[0];
    let to = (ranges[last] as [number, number])[1];
    // In a body whose only labels are the quote's (an unnumbered host, no number after it), the blocks after the block
    // closing the quote are paragraphs of their own, as each block of a body without labels is:
    //     FOLLOWING IS THE TEXT OF THE STATEMENT ...      <- the host
    //     BEGIN TEXT: ... 1. ... 2. ... 3. ... END TEXT.   <- its text
    //     MISSION SHOULD REPORT THE REACTION ...           <- a paragraph of its own
    let rest: Array<[number, number]> = [];
    if (host.number === null && close === last && (lastNumbered ??= lastNumberedIndex(paragraphs)) <= last) {
      const after = blocksAfterClose(lines, marks, (ranges[last] as [number, number])[0], to);
      rest = after.rest;
      to = after.end;
    }
    // (The quote's first item on the line right under the host's last, no blank line between, goes on the same block:
    // `ADD NEW PARA 6 AS FOLLOWS. BEGIN TEXT:` / `6. (C) DELEGATION MAY ...`.)
    const quoted = textOfLines(lines, marks, from, to);
    const glued = from > 0 && !isBlank(lines[from - 1] as string) && marks[from - 1] !== true && host.text.length > 0 && quoted.length > 0;
    kept[kept.length - 1] = { ...host, text: glued ? `${host.text} ${quoted}` : withBlocks(host.text, quoted) };
    keptRanges[keptRanges.length - 1] = [(ranges[i] as [number, number])[0], to];
    pushBlocks(lines, marks, rest, kept, keptRanges);
    i = last;
  }
  return { paragraphs: kept, ranges: keptRanges };
}

/**
 * The blocks after the one holding the mark that closes a quote open at line `from`, up to line `to` (the closing
 * paragraph's last): in a body whose only labels are the quote's, each is a paragraph of its own. Returns the quote's
 * last line (`to` when no block follows the close) and the blocks' line ranges.
 */
function blocksAfterClose(lines: readonly string[], marks: readonly boolean[], from: number, to: number): { end: number; rest: Array<[number, number]> } {
  const end = blockEndAfterClose(lines, marks, from, to);
  const rest: Array<[number, number]> = [];
  if (end < to) for (const b of toBlocks(lines.slice(end + 1, to + 1), marks.slice(end + 1, to + 1))) rest.push([end + 1 + b.start, end + 1 + b.end]);
  return { end: rest.length > 0 ? end : to, rest };
}

/** Pushes an unnumbered paragraph for each block of lines in `rest` (a portion marking opening it is its marking). */
function pushBlocks(lines: readonly string[], marks: readonly boolean[], rest: ReadonlyArray<[number, number]>, kept: Paragraph[], keptRanges: Array<[number, number]>): void {
  for (const [a, b] of rest) {
    const text = textOfLines(lines, marks, a, b);
    if (text.length === 0) continue;
    const marking = matchMarking(text);
    kept.push({ number: null, outline: [], marking: marking?.marking ?? null, heading: null, text: marking === null ? text : text.slice(marking.length) });
    keptRanges.push([a, b]);
  }
}

/** The index of the last paragraph with a number, or -1. */
function lastNumberedIndex(paragraphs: readonly Paragraph[]): number {
  for (let k = paragraphs.length - 1; k >= 0; k--) if ((paragraphs[k] as Paragraph).number !== null) return k;
  return -1;
}

/**
 * The last line of the block holding the mark that closes a quote open at line `from` (`END TEXT.`, `UNQUOTE`; read
 * line by line with `quoteState`), or `to` when no line before `to` closes it. One pass over the lines.
 */
function blockEndAfterClose(lines: readonly string[], marks: readonly boolean[], from: number, to: number): number {
  let open = true;
  for (let k = from; k <= to; k++) {
    if (marks[k] === true) continue;
    open = quoteState(lines[k] as string, open);
    if (open) continue;
    let end = k;
    while (end + 1 <= to && !isBlank(lines[end + 1] as string)) end++;
    return end;
  }
  return to;
}

/**
 * The last paragraph of a quote left open by paragraph `i` (numbered `n`) whose items number from 1: the items in
 * sequence (with their sub-items and unnumbered paragraphs), up to the cable's next number `n + 1` or a number out of
 * sequence.
 */
function openItemsEnd(paragraphs: readonly Paragraph[], i: number, n: number, first = 1): number {
  let last = i;
  let expected = first;
  for (let j = i + 1; j < paragraphs.length; j++) {
    const t = topNumber(paragraphs[j] as Paragraph);
    if (t === n + 1) break;
    if (!Number.isNaN(t)) {
      if (t !== expected) break;
      expected++;
    }
    last = j;
  }
  return last;
}

/** Most paragraphs looked at for the one closing a quote opened by paragraph `i` (`quoteCloseAfter`). */
const QUOTE_CLOSE_LOOKAHEAD = 40;

/** The index of the paragraph after `i` that closes the quote open at `i`'s end (`END TEXT.`), else `i`. */
function quoteCloseAfter(paragraphs: readonly Paragraph[], i: number): number {
  for (let j = i + 1; j < paragraphs.length && j <= i + QUOTE_CLOSE_LOOKAHEAD; j++) if (!quoteState((paragraphs[j] as Paragraph).text, true)) return j;
  return i;
}

/**
 * The lines opening with a keyed label (`21A.`, `23A-B.`, with a marking or not; see `matchKeyedLabel`) that are
 * paragraph labels: at a block's start or after a finished sentence, next to another such label in sequence
 * (`followsKeyedLabel`), as a reply keyed to a checklist's questions labels its answers:
 *
 *     --------
 *     OVERVIEW
 *     --------
 *     21A.  Costa Rica is a country mainly of transit, ...
 *
 *     21B.  Persons continued to be trafficked ...          <- 21A and 21B in sequence: both labels
 *
 * A lone `12B. Main Street`, or a `21A.` opening a line inside a sentence, is text. `null` when no line has one (most
 * cables): one pass over the blocks' lines, a digit then a capital first the pre-test.
 */
function keyedLabelLines(queue: readonly Block[]): Set<string> | null {
  let found: Array<{ line: string; label: string }> | null = null;
  for (const block of queue) {
    for (let j = 0; j < block.lines.length; j++) {
      // (`matchKeyedLabel` starts with its pre-test: a digit or a pilcrow first, a capital after the digits.)
      const line = block.lines[j] ?? '';
      const m = matchKeyedLabel(line);
      if (m === null || (j > 0 && !endsSentence(block.lines[j - 1] ?? ''))) continue;
      (found ??= []).push({ line, label: m.label });
    }
  }
  if (found === null || found.length < 2) return null;
  const out = new Set<string>();
  for (let i = 0; i < found.length; i++) {
    const { line, label } = found[i] as { line: string; label: string };
    if ((i > 0 && followsKeyedLabel((found[i - 1] as { label: string }).label, label)) || (i + 1 < found.length && followsKeyedLabel(label, (found[i + 1] as { label: string }).label))) out.add(line);
  }
  return out.size > 0 ? out : null;
}

/** A capital letter and its dot opening a line, the blanks after it; group 1 the letter (anchored, bounded blanks). */
const LETTER_LABEL = /^[ \t]{0,8}([A-Z])\.[ \t]{1,2}/;

/**
 * The letter of a line opening with a letter and its dot before one or two initials and a name (the shape `matchLabel`
 * reads as a person's initials, `opensWithInitialAndName`: `A. P. V. NARASIMHA RAO`, `B. R. J. REYNOLDS`), or `undefined`.
 */
function letterBeforeInitials(text: string): string | undefined {
  const m = LETTER_LABEL.exec(text);
  return m !== null && opensWithInitialAndName(text.slice(m[0].length)) ? m[1] : undefined;
}

/**
 * The end of a list item's last line: `;`, `:` or a period, or a conjunction before the last item, alone on its line or
 * after the item's `;` (`... ALTOGETHER; AND`). Anchored at the end.
 */
const ITEM_END = /(?:[;:.]|(?:^[ \t]*|[;,][ \t]{1,3})(?:AND|OR|and|or))$/;

/** Most lines of a marked paragraph's lead-in before the lower-case list it opens (`underMarkedLeadIn` in `readParagraphRanges`). */
const LEAD_IN_LINES = 4;

/** Lines looked at after a list's `A.` for its `B.` (`initialedLabelLines`). */
const INITIALED_LIST_REACH = 40;

/**
 * The lines whose letter before initials is a list's label, not a person's initial: a run of letters in sequence from
 * `A.`, the first line after a line ending with a colon, at least two of them, each either a label `matchLabel` reads
 * (`B. MRS. SIRIMAVO BANDARANAIKE, ...`, `A. PHILIP MORRIS, ...`) or a letter before initials (`B. R. J. REYNOLDS, ...`):
 *
 *     2. (C) THE SENIOR CABINET APPOINTMENTS ARE:
 *
 *     A. P. V. NARASIMHA RAO MOVES FROM HOME TO DEFENCE, ...
 *     B. S. B. CHAVAN TAKES OVER HOME AFFAIRS FROM RAO;
 *
 * (`A. Q. Khan said ...` after a sentence is a name, and so is a letter before initials after no item's end: `... IN TOKYO,` /
 * `E. J. STOKES, WHO ...`.) `null` when there is none (most cables): a capital, a dot and a
 * space first the pre-test; each `A.` looks at most `INITIALED_LIST_REACH` lines ahead.
 */
function initialedLabelLines(queue: readonly Block[]): Set<string> | null {
  // (A first pass, allocating nothing, for a line opening with `A.` after a line ending with a colon.)
  let candidate = false;
  let last = '';
  for (const block of queue) {
    for (const line of block.lines) {
      const a = skipWhitespace(line);
      if (line.charCodeAt(a) === 65 && line.charCodeAt(a + 1) === 46 && trimEnd(last).endsWith(':')) candidate = true;
      last = line;
    }
  }
  if (!candidate) return null;
  let out: Set<string> | null = null;
  let previous = '';
  const flat = queueLines(queue);
  for (let i = 0; i < flat.length; i++) {
    const line = flat[i] as string;
    const before = previous;
    previous = line;
    const a = skipWhitespace(line);
    if (line.charCodeAt(a) !== 65 || line.charCodeAt(a + 1) !== 46 || !trimEnd(before).endsWith(':')) continue;
    if ((letterBeforeInitials(line) ?? matchLabel(line)?.label) !== 'A') continue;
    const run = matchLabel(line) === null ? [line] : [];
    let want = 'B';
    for (let k = i + 1; k < flat.length && k <= i + INITIALED_LIST_REACH; k++) {
      const t = flat[k] as string;
      const c = t.charCodeAt(skipWhitespace(t));
      if (c !== want.charCodeAt(0)) continue;
      const letter = letterBeforeInitials(t) ?? matchLabel(t)?.label;
      if (letter !== want) continue;
      if (matchLabel(t) === null) {
        // (A letter before initials after an item's end only: not `... REPRESENTATIVE IN TOKYO,` / `E. J. STOKES, WHO ...`.)
        if (!ITEM_END.test(trimEnd(flat[k - 1] as string))) continue;
        run.push(t);
      }
      want = String.fromCharCode(want.charCodeAt(0) + 1);
    }
    if (want === 'B' || run.length === 0) continue;
    out ??= new Set<string>();
    for (const t of run) out.add(t);
  }
  return out;
}

/**
 * A line opening with a person's initials and surname, then a comma: `I. Kuznetsov, Deputy Minister ...`, `A. KACHANOV,
 * DEPUTY CHAIRMAN ...`, `V. S. SUSHKOV, ...`, `¶A. Sharma, Finance Secretary (head)` (anchored, bounded).
 */
const INITIAL_NAME_LINE = /^[ \t]{0,8}\u00b6?[A-Z]\.[ \t]{1,2}(?:[A-Z]\.[ \t]{1,2})?[A-Z][A-Za-z'-]{1,30},/;

/** How many lines apart two lines of a list of names may stand (a title wrapped between them). */
const NAME_LIST_REACH = 3;

/**
 * The lines of a list of names that open with a person's initial (`INITIAL_NAME_LINE`) that a lettered label's letter
 * would read: such a line with another line opening with a letter and a dot within `NAME_LIST_REACH` lines before or
 * after it whose letter does not go on from (or lead to) its initial in sequence (`A. R. PREMADASA, ...;` / `B. MRS.
 * SIRIMAVO BANDARANAIKE, ...` are labels in sequence).
 *
 *     ... the delegation list on September 7:
 *     I. Kuznetsov, Deputy Minister of Economic Development (head)      <- `I.` is no roman label
 *     M. Medvedkov, Director, Trade Negotiations Department
 *
 * (`A. Kuwait, ...` / `B. Qatar, ...` in sequence stay labels.) `null` when there is none (most cables): the dot after a
 * capital is the pre-test.
 */
function initialNameLines(queue: readonly Block[]): Set<string> | null {
  // (A first pass, allocating nothing, for a line opening with a person's initials, a surname and a comma.)
  let candidate = false;
  for (let b = 0; b < queue.length && !candidate; b++) {
    for (const line of (queue[b] as Block).lines) {
      if (openingLetter(line) >= 0 && INITIAL_NAME_LINE.test(line)) {
        candidate = true;
        break;
      }
    }
  }
  if (!candidate) return null;
  const flat = queueLines(queue);
  // The letter opening each line before a dot and a blank (a label's or an initial's), -1 for none.
  const initials = flat.map(openingLetter);
  let out: Set<string> | null = null;
  for (let i = 0; i < flat.length; i++) {
    const c = initials[i] as number;
    if (c < 0 || !INITIAL_NAME_LINE.test(flat[i] as string)) continue;
    let outOfSequence = false;
    for (let k = i + 1; k < flat.length && k <= i + NAME_LIST_REACH && !outOfSequence; k++) {
      const d = initials[k] as number;
      if (d < 0) continue;
      outOfSequence = d !== c + 1;
      break;
    }
    for (let k = i - 1; k >= 0 && k >= i - NAME_LIST_REACH && !outOfSequence; k--) {
      const d = initials[k] as number;
      if (d < 0) continue;
      outOfSequence = d !== c - 1;
      break;
    }
    if (!outOfSequence) continue;
    out ??= new Set<string>();
    out.add(flat[i] as string);
  }
  return out;
}

/** The lines of a queue's blocks, in order. */
function queueLines(queue: readonly Block[]): string[] {
  const lines: string[] = [];
  for (const block of queue) for (const line of block.lines) lines.push(line);
  return lines;
}

/** The code of the capital opening a line before a dot and a blank (after blanks and a page's `¶`): a label's or an initial's; -1 for none. */
function openingLetter(line: string): number {
  let a = skipWhitespace(line);
  if (line.charCodeAt(a) === 0xb6) a++;
  return line.charCodeAt(a + 1) === 46 && isAsciiUpperCode(line.charCodeAt(a)) && isWhitespaceCode(line.charCodeAt(a + 2)) ? line.charCodeAt(a) : -1;
}

/** The letter label of a line in `initialedLabelLines`: the letter, its dot and the blanks after it (`A. ` of `A. P. V. ...`). */
function initialedLabel(text: string): LabelMatch | null {
  const m = LETTER_LABEL.exec(text);
  return m === null ? null : { label: m[1] as string, length: m[0].length };
}

/** Longest title of a second section opened after an unwritten `I.` (`opensImpliedSecondSection`). */
const IMPLIED_SECTION_TITLE_WIDTH = 80;

/**
 * True when `block` is a `II.` label over an all-caps title, on its own line between blank lines, right over the letter
 * item `A.` (or `¶A.`), after paragraphs read with no roman label (`stack`): an EXBS report whose `I.` was never
 * written (its first paragraphs are section I), this line opens section II, the letters under it are its items:
 *
 *     1.The government of Norway has agreed to provide $5 million ...
 *
 *     II. COMPLETED ACTIONS FOR THE REPORTING PERIOD               -> ['II']
 *
 *     A. SITE ASSESSMENTS AND MEETINGS CONDUCTED                    -> ['II', 'A']
 *
 * Not a `II.` inside a block, with text after its title, or over anything but `A.`.
 */
function opensImpliedSecondSection(block: Block, label: LabelMatch, next: Block | undefined, lines: readonly string[], stack: readonly OutlineEntry[]): boolean {
  if (stack.length === 0 || stack.some((e) => e.style === 'roman') || block.lines.length !== 1 || next === undefined) return false;
  const at = block.indices[0] as number;
  if (block.start !== at || block.end !== at || !isBlank(lines[at - 1] ?? '') || !isBlank(lines[at + 1] ?? '')) return false;
  let rest = (block.lines[0] ?? '').slice(label.length);
  const marking = matchMarking(rest);
  if (marking !== null) rest = rest.slice(marking.length);
  rest = rest.trim();
  if (rest.length === 0 || rest.length > IMPLIED_SECTION_TITLE_WIDTH || !isTitleLine(rest)) return false;
  return matchLabel(next.lines[0] ?? '')?.label === 'A';
}

/** A source credit closing a news item: `Source - IUCN`, `Sources: O Globo` (anchored, bounded). */
const SOURCE_CREDIT_LINE = /^Sources? ?[-:] ?[A-Z]/;

/**
 * True when `block` is one short line crediting a news item's source (`Source - IUCN`), cut off the label after it on
 * a reflowed page: the end of the paragraph before, no heading. (An `S` first is the pre-test.)
 */
function isSourceCredit(block: Block): boolean {
  const line = block.lines[0] ?? '';
  return block.lines.length === 1 && block.ruled !== true && line.charCodeAt(0) === 83 && line.length <= 60 && SOURCE_CREDIT_LINE.test(line);
}

/** True when `text` ends with a letter or a digit (a sentence cut off: `... tidbits from the Oct. 12-13`). */
function endsWithWordCharacter(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return isAsciiLowerCode(c) || isAsciiUpperCode(c) || isAsciiDigitCode(c);
}

/** Fewest blank lines between two titles for the first to be set off from the second (`isSetOffTitle`). */
const SET_OFF_BLANKS = 3;

/**
 * The blank lines strictly between lines `from` and `to` (rule lines pass, uncounted), or -1 when a transmission line
 * (a page marker) or text lies between: a gap across a page break says nothing of the writer's spacing.
 */
function blankLinesBetween(lines: readonly string[], marks: readonly boolean[], from: number, to: number): number {
  let blanks = 0;
  for (let i = from + 1; i < to; i++) {
    const text = lines[i] ?? '';
    if (marks[i] === true) return -1;
    if (isBlank(text)) blanks++;
    else if (!isRuleLine(text)) return -1;
  }
  return blanks;
}

/**
 * True when the title block ending at line `titleEnd` is set off from the title `block` under it: at least
 * `SET_OFF_BLANKS` blank lines between them, and at most one between `block` and the block after it (the title is
 * close to what it heads, the one above is not its super-title but the end of the section before). No page break in either gap.
 */
function isSetOffTitle(lines: readonly string[], marks: readonly boolean[], titleEnd: number, block: Block, next: Block | undefined): boolean {
  if (next === undefined || block.start - titleEnd <= SET_OFF_BLANKS) return false;
  const below = blankLinesBetween(lines, marks, block.end, next.start);
  return below >= 0 && below <= 1 && blankLinesBetween(lines, marks, titleEnd, block.start) >= SET_OFF_BLANKS;
}

/** A sentence closed by a full stop, a question or an exclamation mark, then closing quotes or parentheses: `... to Cuba.`, `... (ref D).` */
const FULL_STOP_END = /[.!?]["')\]]{0,3}$/;

/** Most blocks of the open paragraph looked back through for a letter list's item before a marking (`startsMarkedParagraph`). */
const LIST_ITEM_BLOCKS_BACK = 8;

/**
 * True when a block's first line opens with a portion marking that is not the next item of a letter list written in
 * parentheses in a block before it, in the open paragraph (`blocks`): `(B) Seminar on the education system;` / `(C)
 * Seminar on the tax system;`, also with the items of `(B)` between (`(B) natural resources, where:` / `(1) ...; and` /
 * `(2) ... population.` / `(C) the role of Islam ...`). The nearest block opening with a letter in parentheses decides.
 */
function startsMarkedParagraph(first: string, blocks: readonly string[]): boolean {
  const marking = matchMarking(first);
  if (marking === null) return false;
  if (marking.marking.length !== 1) return true;
  for (let k = blocks.length - 1; k >= 0 && k >= blocks.length - LIST_ITEM_BLOCKS_BACK; k--) {
    const before = blocks[k] as string;
    if (before.charCodeAt(0) !== 40 || before.charCodeAt(2) !== 41 || !isAsciiUpperCode(before.charCodeAt(1))) continue;
    // `(C)` after a block opening with `(B)`: a list letter.
    return before.charCodeAt(1) !== marking.marking.charCodeAt(0) - 1;
  }
  return true;
}

/**
 * True when a block is a list of several short lines (each under the wrap width): its last line ends an item, not a
 * sentence going on, so a colon sub-heading set off under it may head the next number (`911 - PNC emergency line` /
 * `2222-5155 - Salvadoran Red Cross ambulance` / blank / `Tips on Avoiding Becoming a Victim:` / blank / `6. (U) ...`).
 */
function isShortLinesBlock(block: Block | undefined): boolean {
  return block !== undefined && block.lines.length >= 2 && block.lines.every((l) => l.trim().length < WRAP_WIDTH);
}

/**
 * A letter's salutation alone on its line, addressing the reader, never a heading: `Mr. President:`, `Madam Secretary:`,
 * `MR. PRESIDENT:`, `Dear Minister,` (anchored, bounded).
 */
const SALUTATION_LINE = /^[ \t]{0,8}(?:Mr|Mrs|Ms|Madam|Madame|Mister|Dear)\.?[ \t][^:,]{1,60}[:,][ \t]*$/i;

/** Longest sub-heading ending with a colon (`isColonHeading`): `North Korea:`, `Public Diplomacy Programs:`. */
const COLON_HEADING_WIDTH = 40;
/** Most words of such a sub-heading: `Tips on Avoiding Becoming a Victim:`, a crime and safety report's section. */
const COLON_HEADING_WORDS = 6;

/** Block keywords that end with a colon and announce text, not a heading: `Comment:`, `Summary:`, `Note:`. */
const COLON_KEYWORD = /^(?:summary|comments?|notes?|begin|end|refs?|references?|subject|participants|action|background)\b/i;

/**
 * True when a one-line block is a short sub-heading ending with a colon, in title case, at most `COLON_HEADING_WORDS` words
 * (`Iran:`, `North Korea:`, a place's caption inside it too: `Crimea: Fleet Dispute Flares:`), right over a numbered paragraph that goes on with the sequence after `last`:
 * the heading of that paragraph (joined after a heading over it), not an unnumbered paragraph or the
 * end of the paragraph before:
 *
 *     (U) Russian Presentations on Iran and North Korea
 *     --------------------------------------------- ----
 *
 *     Iran:
 *
 *     5. (S) Evgeny Zudin of the Russian Ministry of Defense gave ...
 */
function isColonHeading(block: Block, next: Block | undefined, last: number): boolean {
  if (block.lines.length !== 1 || next === undefined) return false;
  const line = block.lines[0] ?? '';
  // A colon last and a capital first are the pre-tests.
  if (line.charCodeAt(line.length - 1) !== 58 || !isAsciiUpperCode(line.charCodeAt(0)) || line.length > 2 * COLON_HEADING_WIDTH) return false;
  const text = blockText([line]).slice(0, -1).trim();
  // (A place's caption inside it, both parts in title case: `Crimea: Fleet Dispute Flares:`; not a word repeated, an
  // archive's `Index: Index:`.)
  const inner = text.indexOf(': ');
  const words = inner > 0 && text.indexOf(':', inner + 1) < 0 && text.slice(0, inner) !== text.slice(inner + 2) ? `${text.slice(0, inner)} ${text.slice(inner + 2)}` : text;
  if (words.length === 0 || text.length > COLON_HEADING_WIDTH || words.indexOf(':') >= 0 || COLON_KEYWORD.test(text) || !isRuledTitle(words) || !isTitleCase(words, COLON_HEADING_WORDS)) return false;
  const l = matchLabel(next.lines[0] ?? '');
  return l !== null && /^\d+$/.test(l.label) && (Number(l.label) === last + 1 || isNumberAfterGap(l.label, last));
}

/**
 * True when an underlined one-line block ending with a comma opens a heading that goes on in
 * the next (underlined) block, each line over its own rule:
 *
 *     Minister of Culture and Communication,
 *     ---------------------------------------
 *     Government Spokeswoman -- Christine Albanel
 *     --------------------------------------------
 *     30. (SBU) Former Chirac collaborator ...
 */
function commaHeading(block: Block, next: Block | undefined): boolean {
  if (block.ruled !== true || block.lines.length !== 1 || next === undefined || next.ruled !== true || next.lines.length !== 1) return false;
  const text = trimRules(block.lines[0] ?? '');
  if (!text.endsWith(',')) return false;
  // The line without its comma is a title, and so is the next line.
  return isRuledTitle(text.slice(0, -1)) && isRuledTitle(next.lines[0] ?? '');
}

/** Longest heading read before a dash run and a label on one line (`IRAN AND OTHER ISSUES ---- 6. (SBU)`). */
const INLINE_HEADING_WIDTH = 80;

/**
 * A heading, a dash run of any length (two or more dashes, single spaces allowed inside: `--- -`)
 * and a marked number label that goes on with the sequence after `last`, all on one line (a
 * partial extract's page keeps them together; `splitReflowedLines` cuts only long lines at
 * runs of five or more dashes):
 *
 *     ESDP ---- 5. (SBU) Lengthy Conclusions have been agreed ...
 *
 * gives the heading `ESDP` and the line from the label on. `null` otherwise. The heading is
 * a title (`isRuledTitle`: a capital first, no sentence end, no label); a native search for
 * `--` is the pre-test, and only the first run (within `INLINE_HEADING_WIDTH + 1` characters) is tried.
 */
function splitInlineHeading(line: string, last: number): { heading: string; rest: string } | null {
  const i = line.indexOf('--');
  if (i < 2 || i > INLINE_HEADING_WIDTH + 1 || !isWhitespaceCode(line.charCodeAt(i - 1))) return null;
  let j = i;
  while (j < line.length && (line.charCodeAt(j) === 45 || (line.charCodeAt(j) === 32 && line.charCodeAt(j + 1) === 45))) j++;
  const heading = blockText([line.slice(0, i)]);
  // A title (`ESDP`, `IRAN AND OTHER ISSUES`, `Trade and Energy`) with no sentence end inside (`... went on. Then ----`).
  if (heading.length === 0 || !isRuledTitle(heading) || !(isTitleLine(heading) || isTitleCase(heading, 8)) || /[a-z][.!?] /.test(heading)) return null;
  const rest = line.slice(skipWhitespace(line.slice(j)) + j);
  const l = matchLabel(rest);
  if (l === null || !/^\d+$/.test(l.label) || matchMarking(rest.slice(l.length)) === null) return null;
  return Number(l.label) === last + 1 || isNumberAfterGap(l.label, last) ? { heading, rest } : null;
}

/**
 * A heading framed by rules, then a number label that goes on with the sequence after `last`, at
 * the end of its line: `------ Health ------ 5.` gives the heading `Health` and the label `5.`
 * (the paragraph's text follows on the next lines). `null` otherwise. One scan back from the end.
 */
function splitFramedLabel(line: string, last: number): { heading: string; label: string } | null {
  let b = line.length;
  while (b > 0 && isWhitespaceCode(line.charCodeAt(b - 1))) b--;
  if (line.charCodeAt(b - 1) !== 46) return null;
  let a = b - 1;
  while (a > 0 && b - 1 - a < 3 && line.charCodeAt(a - 1) >= 48 && line.charCodeAt(a - 1) <= 57) a--;
  if (a === b - 1 || a === 0 || !isWhitespaceCode(line.charCodeAt(a - 1))) return null;
  const n = Number(line.slice(a, b - 1));
  if (n !== last + 1 && !isNumberAfterGap(String(n), last)) return null;
  const framed = line.slice(0, a).trim();
  // Rules on both sides of a title: `------ Health ------` (not `-- Items 4 and 5.`, a bullet).
  const heading = trimRules(framed);
  if (heading === framed || !hasTrailingRule(framed) || !isRuledTitle(framed)) return null;
  return { heading, label: `${n}.` };
}

/** Longest title of a section heading after its label (two or three wrapped lines of a title). */
const SECTION_TITLE_WIDTH = 160;

/**
 * True when block `k` is a section heading: a roman or letter label over an all-caps title (at
 * most three lines, no portion marking), with a rule under it (directly, after blank lines, or
 * right over the next block), before a numbered paragraph that goes on with the numbers of a
 * plain numbered outline (after at most `HEADING_BLOCKS` further title blocks). It heads that
 * paragraph, its label kept (`I. REFORM THE TAX SYSTEM AND KEEP THE BUDGET BALANCED`); the
 * paragraph stays at the top level:
 *
 *     ...kept investor confidence stable.
 *
 *     -----------------------------
 *      I. REFORM THE TAX SYSTEM AND
 *      KEEP THE BUDGET BALANCED
 *     -----------------------------
 *
 *     6. (SBU) One of the most pressing ...
 *
 * A title in mixed case when it is one underlined line:
 *
 *     A. Fiscal Policy
 *     ----------------
 *
 *     2. (SBU) The draft 2008 budget ...
 *
 * Before paragraph 1, only the first of a run of such headings (`runsOnAcrossNextSection`). Not a section heading:
 * a roman paragraph with text (`I. (C) The minister said ...`), a label under a roman or letter outline already open,
 * a section before paragraph 1 whose numbers restart in the next section (`I. BACKGROUND` / `1. ...` / `II. ...` /
 * `1. ...` nests as `['I', '1']`).
 */
function isSectionHeading(queue: readonly Block[], k: number, stack: readonly OutlineEntry[], isHeading: (b: Block) => boolean, previous: string | null): boolean {
  const block = queue[k] as Block;
  const next = queue[k + 1];
  if (block.lines.length > 3 || next === undefined) return false;
  // A rule under the title: on its last line or right under it, after blank lines, or over the next block.
  if (block.ruled !== true && block.ruleAfter !== true && next.start >= (next.indices[0] as number)) return isBareSectionHeading(queue, k, stack, previous, isHeading);
  const first = block.lines[0] ?? '';
  const label = matchLabel(first);
  if (label === null || !(isRoman(label.label) || (label.label.length === 1 && isAsciiUpperCode(label.label.charCodeAt(0))))) return false;
  // A plain outline of numbers, at least one read; or none yet, a first section whose numbers run on across the next.
  const last = lastArabic(stack);
  if (stack.some((e) => e.style !== 'arabic')) return false;
  if (last === 0 && (previous !== null || !runsOnAcrossNextSection(queue, k, label.label, isHeading))) return false;
  const title = trimRules(blockText([first.slice(label.length), ...block.lines.slice(1)]));
  if (title.length === 0 || title.length > SECTION_TITLE_WIDTH || title.charCodeAt(0) === 40) return false;
  // An all-caps title, or one in mixed case on one underlined line (`A. Fiscal Policy` / `----------------`).
  if (!isTitleLine(title) && !(block.lines.length === 1 && block.ruled === true && isRuledTitle(title))) return false;
  // Past further title blocks as the heading reader looks past them (`I. HOST COUNTRY EFFORTS:` /
  // `-----` / `NATIONAL LEVEL:` / `-----` / `2. (C) ...`): a colon looks past underlined ones only.
  const colonRuled = title.endsWith(':') && block.ruled === true;
  let n = k + 1;
  while ((!title.endsWith(':') || (colonRuled && queue[n]?.ruled === true)) && n < queue.length && n <= k + HEADING_BLOCKS && isHeading(queue[n] as Block)) n++;
  const after = queue[n];
  const l = after === undefined ? null : matchLabel(after.lines[0] ?? '');
  if (l === null || !/^\d+$/.test(l.label)) return false;
  if (Number(l.label) === last + 1 || isNumberAfterGap(l.label, last)) return true;
  // After section headings read, the next one in sequence heads whatever number follows but a restart (a
  // drafter's reused numbers: `------` / `V. Statistics` / `------` / `37. Drug Seizures` after paragraph 38).
  return previous !== null && l.label !== '1' && (nextRoman(previous) === label.label || nextLetter(previous) === label.label);
}

/**
 * True when a first ruled section title before paragraph 1 (label `I` or `A`, over paragraph 1) is one of a run of
 * section headings: the next section title in sequence ahead, ruled too, has the numbers run on across it (not restart
 * at 1, where `I. BACKGROUND` / `1. ...` / `II. ...` / `1. ...` is an outline):
 *
 *     ----------
 *     I. Summary
 *     ----------
 *
 *     1. The Netherlands continues to be ...
 *
 *     ---------------------
 *     II. Status of Country
 *     ---------------------
 *
 *     2. The central geographical position ...
 *
 * Bounded: a look at most `SECTION_LOOKAHEAD_BLOCKS` blocks ahead.
 */
function runsOnAcrossNextSection(queue: readonly Block[], k: number, label: string, isHeading: (b: Block) => boolean): boolean {
  if (label !== 'I' && label !== 'A') return false;
  const after = label === 'I' ? nextRoman(label) : nextLetter(label);
  let seen = 0;
  for (let j = k + 1; j < queue.length && j <= k + SECTION_LOOKAHEAD_BLOCKS; j++) {
    const b = queue[j] as Block;
    const l = matchLabel(b.lines[0] ?? '');
    if (l === null) continue;
    if (/^\d+$/.test(l.label)) {
      // Paragraph 1 comes first.
      if (seen === 0 && l.label !== '1') return false;
      seen = Number(l.label);
      continue;
    }
    if (l.label !== after) continue;
    if ((b.ruled !== true && b.ruleAfter !== true) || b.lines.length > 3 || seen === 0) return false;
    let n = j + 1;
    while (n < queue.length && n <= j + HEADING_BLOCKS && isHeading(queue[n] as Block)) n++;
    const below = matchLabel(queue[n]?.lines[0] ?? '');
    return below !== null && Number(below.label) === seen + 1;
  }
  return false;
}

/** Longest title of a section heading with no rule (`isBareSectionHeading`). */
const BARE_SECTION_TITLE_WIDTH = 80;
/** How many blocks ahead the next section heading is looked for, to see the numbers run on across it. */
const SECTION_LOOKAHEAD_BLOCKS = 80;

/** A title in quotes, a headline cited: `"THE LAST GAMBLE"` (straight or curly quotes). */
function isQuotedTitle(text: string): boolean {
  const a = text.charCodeAt(0);
  const z = text.charCodeAt(text.length - 1);
  return text.length > 2 && (a === 34 || a === 0x201c) && (z === 34 || z === 0x201d);
}

/** Longest item of a list a colon announces, one line each (`continuesAnnouncedList`). */
const ANNOUNCED_ITEM_WIDTH = 80;
/** How many items back a list a colon announces is looked for: a bound. */
const ANNOUNCED_ITEMS = 12;

/**
 * True when a paragraph's block is an item of a list: one short line of two words or more, no sentence end, no colon; in
 * capitals when `capitals` (a letter and no lower-case one), else with a lower-case letter; opening with a digit when
 * `digitFirst`, else not (a time): the items of one list are written alike.
 */
function isAnnouncedItem(text: string, capitals: boolean, digitFirst: boolean): boolean {
  if (text.length === 0 || text.length > ANNOUNCED_ITEM_WIDTH || text.indexOf('\n') >= 0 || endsSentence(text)) return false;
  // (Of two words or more: a single word under a colon is the content announced, `TRAINING:` / `NONE`, not a list.)
  if (text.indexOf(' ') < 0 || isAsciiDigitCode(text.charCodeAt(0)) !== digitFirst) return false;
  return capitals ? HAS_UPPER.test(text) && !HAS_LOWER.test(text) : HAS_LOWER.test(text);
}

/**
 * True when the one-line block `k` goes on a list that a colon announced, its items set off by blank lines: the
 * paragraph's last blocks (`blocks`, their texts) are such items of one line each, written as the line is (in capitals
 * or not), the block before them ends with the colon, and the line is an item too (a title in capitals after items in
 * mixed case heads: `Heroin` / `2009 - 641.3` / `CHEMICAL CONTROL` / `65. ...`; a title after a schedule's time does:
 * `1030-1130  CALL ON PRIME MINISTER` / `SECURITY ARRANGEMENTS` / `3. ...`). Each item is what the colon announced,
 * not a heading over the next label (as the first one, right after the colon, is):
 *
 *     2.  THE SIDES SIGNED THE FOLLOWING NEW PROTOCOLS AND ANNEXES:
 *
 *     PROTOCOL ON COOPERATION IN EARTH SCIENCES (USGS-CSB)
 *
 *     PROTOCOL ON BIOMEDICAL RESEARCH (NIH-MOPH)           <- an item, not paragraph 3's heading
 *
 *     3.  SSTC MINISTER SAID ...
 */
function continuesAnnouncedList(queue: readonly Block[], k: number, blocks: readonly string[]): boolean {
  const t = ((queue[k] as Block).lines[0] ?? '').trim();
  const capitals = !HAS_LOWER.test(t);
  const digitFirst = isAsciiDigitCode(t.charCodeAt(0));
  if (!isAnnouncedItem(t, capitals, digitFirst) || matchLabel(t) !== null) return false;
  // The items: blocks of one line each right above, none ruled (a block of several lines is no such item: `-- an OpenNet
  // account` / `-- laptops ...` over `Points of Contact` leaves the title heading the next label).
  let n = 0;
  for (let b = k - 1; b >= 0 && n < ANNOUNCED_ITEMS; b--, n++) {
    const item = queue[b] as Block;
    if (item.lines.length !== 1 || item.ruled === true || item.ruleAfter === true || !isAnnouncedItem((item.lines[0] ?? '').trim(), capitals, digitFirst)) break;
  }
  return n > 0 && blocks.length > n && (blocks[blocks.length - 1 - n] as string).endsWith(':');
}

/** Longest sub-title under a section title (`isSubTitleBlock`). */
const SUB_TITLE_WIDTH = 60;

/**
 * True when a block is a sub-title under a section title: one short line, no label, no marking, no sentence end, in
 * capitals or title case (`For All Posts`, `FOR PARIS`).
 */
function isSubTitleBlock(block: Block | undefined): boolean {
  if (block === undefined || block.lines.length !== 1) return false;
  const t = (block.lines[0] ?? '').trim();
  if (t.length === 0 || t.length > SUB_TITLE_WIDTH || matchLabel(t) !== null || t.charCodeAt(0) === 40 || /[.:;,]$/.test(t)) return false;
  return isTitleLine(t) || (isAsciiUpperCode(t.charCodeAt(0)) && isTitleCase(t, 6));
}

/** The title after a bare section heading's label (`DOMESTIC POLITICS`, `The Student Movement`), or `null` when none. */
function bareSectionTitle(block: Block | undefined, label: string): string | null {
  if (block === undefined || block.lines.length !== 1) return null;
  const first = block.lines[0] ?? '';
  const l = matchLabel(first);
  if (l === null || l.label !== label) return null;
  const title = first.slice(l.length).trim();
  if (title.length === 0 || title.length > BARE_SECTION_TITLE_WIDTH || title.charCodeAt(0) === 40 || /[.:;,]$/.test(title)) return null;
  // In capitals, or a short title in title case starting with a capital (`The Student Movement`).
  return isTitleLine(title) || (isAsciiUpperCode(title.charCodeAt(0)) && isTitleCase(title, 8)) ? title : null;
}

/**
 * True when block `k` is a section heading with no rule: one line, a roman or letter label and a title (in capitals, or
 * a short one in title case), right over a numbered paragraph whose numbers run on across it (or over a sub-title
 * block right over it, `isSubTitleBlock`). `previous` is the label
 * of the last section heading read: the label must follow it (`B` after `A`, `III` after `II`), or be the first (`A`,
 * `I`); a first one before paragraph 1 heads it only when the next section heading ahead, in the same shape, has the
 * numbers run on across it too (not restart at 1: `I. BACKGROUND` / `1. ...` / `II. ...` / `1. ...` is an outline); so does
 * a first one of a later letter (`D.` in the second part of a report whose first part had `A.` to `C.`):
 *
 *     2. (C) Party insiders told us that Erdogan will not move on ...
 *
 *     I. DOMESTIC POLITICS                  <- the heading of paragraph 3
 *
 *     3. (C) AKP deputy chairman ... told PolCouns ...
 *
 * Bounded: a look at most `SECTION_LOOKAHEAD_BLOCKS` blocks ahead, asked only of a first heading before paragraph 1.
 */
function isBareSectionHeading(queue: readonly Block[], k: number, stack: readonly OutlineEntry[], previous: string | null, isHeading: (b: Block) => boolean): boolean {
  const first = (queue[k] as Block).lines[0] ?? '';
  const label = matchLabel(first);
  if (label === null || !(isRoman(label.label) || (label.label.length === 1 && isAsciiUpperCode(label.label.charCodeAt(0))))) return false;
  if (bareSectionTitle(queue[k], label.label) === null) return false;
  if (stack.some((e) => e.style !== 'arabic')) return false;
  // A sub-title block may stand between (`III. Talking Points` / `For All Posts` / `5. (C) ...`).
  const below = isSubTitleBlock(queue[k + 1]) ? k + 2 : k + 1;
  const next = matchLabel(queue[below]?.lines[0] ?? '');
  if (next === null || !/^\d+$/.test(next.label)) return false;
  const last = lastArabic(stack);
  const roman = isRoman(label.label);
  if (previous !== null) {
    // The next in sequence, or the first again under a part's title (`PART TWO: SECURITY` / `A. Indian Ocean Refueling` /
    // `7. (C) ...` after `B. The Opposition` in part one).
    const follows = nextRoman(previous) === label.label || nextLetter(previous) === label.label || ((label.label === 'A' || label.label === 'I') && k > 0 && isHeading(queue[k - 1] as Block));
    return follows && last > 0 && Number(next.label) === last + 1;
  }
  // A first section heading of another letter, the numbers running on across it (a later part's cable going on with the
  // letters of the part before: `D. Sugarcane Supply` / `2. (SBU) ...`), heads only when the next one ahead, in the
  // same shape, has them run on too.
  const firstLetter = label.label === 'A' || label.label === 'I';
  if (!firstLetter && (roman || last === 0 || Number(next.label) !== last + 1)) return false;
  if (firstLetter && last > 0) return Number(next.label) === last + 1;
  if (firstLetter && next.label !== '1') return false;
  // Before paragraph 1 (or for another first letter): the next section heading's numbers must run on.
  const after = roman ? nextRoman(label.label) : nextLetter(label.label);
  let seen = 0;
  for (let j = k + 1; j < queue.length && j <= k + SECTION_LOOKAHEAD_BLOCKS; j++) {
    const l = matchLabel(queue[j]?.lines[0] ?? '');
    if (l === null) continue;
    if (/^\d+$/.test(l.label)) seen = Number(l.label);
    else if (after !== null && l.label === after && bareSectionTitle(queue[j], after) !== null) {
      const below = matchLabel(queue[j + 1]?.lines[0] ?? '');
      return below !== null && seen > 0 && Number(below.label) === seen + 1;
    }
  }
  return false;
}

/**
 * True when lines `j - 3` to `j - 1` end with one to three title lines that follow a sentence
 * end or start the block: a heading over line `j` (in mixed-case text, where titles stand out).
 *
 *     ... has particular responsibility to promote development.
 *     HAMBURG'S WORKING GROUP ON SCIENTOLOGY
 *     2. (SBU) In 1992, the Hamburg State Parliament created ...
 */
function followsHeading(lines: readonly string[], j: number): boolean {
  let t = j - 1;
  while (t >= 0 && j - t <= 3 && isTitleLine(lines[t] ?? '')) t--;
  if (t === j - 1 || (t >= 0 && isTitleLine(lines[t] ?? ''))) return false;
  return t < 0 || endsSentence(lines[t] ?? '');
}

/** Most lines looked ahead from an `A.` line for the `B.` that makes it a list (`lettersFollow`). */
const LETTER_LIST_LOOKAHEAD = 40;

/**
 * True when line `j` of a block (an `A.` label) opens a letter list: within `LETTER_LIST_LOOKAHEAD`
 * lines a `B.` label follows a finished sentence, with a portion marking when `A.` has one
 * (`A. (C) ...` / `B. (C) ...`). An initial is no list: `A. SMITH` with no `B.` after it.
 */
function lettersFollow(blockLines: readonly string[], j: number, marked: boolean): boolean {
  const end = Math.min(blockLines.length, j + 1 + LETTER_LIST_LOOKAHEAD);
  for (let t = j + 1; t < end; t++) {
    const line = blockLines[t] ?? '';
    // Cheap pre-test: a `B` (after spaces or a pilcrow) comes first.
    const c = line.charCodeAt(skipWhitespace(line));
    if (c !== 66 && c !== 0xb6) continue;
    const l = matchLabel(line);
    if (l === null || l.label !== 'B') continue;
    return endsListItem(blockLines[t - 1] ?? '') && (!marked || matchMarking(line.slice(l.length)) !== null) && lettersRunOn(blockLines, t + 1, end, 67);
  }
  return false;
}

/**
 * True when the single-letter labels opening lines `from` to `end` of a block go on in sequence from the letter whose
 * code is `next` (`C.`, `D.` after a `B.`), or there are none. Letters out of sequence make the run names' initials, not
 * a list:
 *     3.  (U)  KEY MINISTERS IN THE NEW CABINET ARE:
 *     A. BENTKOWSKI, AGRICULTURE;
 *     B. GESICKI, INDUSTRY (ACTING);
 *     J. LEWANDOWSKI, OWNERSHIP TRANSFORMATION;
 * A letter repeated is no break (an initial wrapped to a line's start). (A capital then a dot or a bracket is the pre-test.)
 */
function lettersRunOn(blockLines: readonly string[], from: number, end: number, next: number): boolean {
  for (let t = from; t < end; t++) {
    const line = blockLines[t] ?? '';
    const at = skipWhitespace(line);
    const c = line.charCodeAt(at);
    const d = line.charCodeAt(at + 1);
    if (c < 65 || c > 90 || (d !== 46 && d !== 41)) continue;
    const l = matchLabel(line);
    if (l === null || l.label.length !== 1) continue;
    // (The letter before again is a name's initial wrapped to the line's start: `B.  MITSUI AND CO., WHICH HAS TEAMED WITH`
    // / `C. ITOH AND CO. ...` / `C.  A CONSORTIUM ...`.)
    const code = l.label.charCodeAt(0);
    if (code === next - 1) continue;
    if (code !== next) return false;
    next++;
  }
  return true;
}

/** A lettered item's label opening a line: `c) certification ...`, `(c) ...`, `c. ...` (anchored, bounded). */
const LETTERED_ITEM_START = /^\(?[A-Za-z]\)?[.)][ \t]/;

/** An item of a list ending with its conjunction: `... INTEGRITY OF CROATIA, AND`, `...; or` (anchored at the end, bounded). */
const ITEM_CONJUNCTION_END = /[,;][ \t]{0,2}(?:AND|OR|and|or)[ \t]*$/;

/** True when a line ends a list's item: a finished sentence, or a conjunction after a comma or semicolon (`..., AND`). */
function endsListItem(text: string): boolean {
  return endsSentence(text) || ITEM_CONJUNCTION_END.test(text.slice(-12));
}

/** The number of an arabic label, its suffix left out: `18A` -> 18, `20A-B` -> 20. */
function labelNumber(label: string): number {
  return Number.parseInt(label, 10);
}

/** The number of the innermost arabic label of `stack`, 0 before any. */
function lastArabic(stack: readonly OutlineEntry[]): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    const e = stack[i] as OutlineEntry;
    if (e.style === 'arabic' && e.sub !== true) return labelNumber(e.label);
  }
  return 0;
}

/**
 * The last word of a line that goes on into a number opening the next line: a reference word, a
 * month, a preposition or conjunction (`see paragraph` / `5.`, `on March` / `3. The ...`, `items 2 and` / `3.`).
 */
const CONTINUES_INTO_NUMBER =
  /(?:^|[^A-Z])(?:see|paras?|paragraphs?|sections?|items?|points?|articles?|annex(?:es)?|chapters?|steps?|phases?|pages?|tabs?|options?|questions?|numbers?|nos?|refs?|reftels?|resolutions?|levels?|stages?|class|grades?|categor(?:y|ies)|rounds?|groups?|parts?|tables?|figures?|lines?|boxes?|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|and|or|of|the|a|an|to|in|on|at|by|for|from|with|than|as|about|under|over|per|between|nearly|approximately|only|some|all|least|most|top|first|last|next|vs|through|thru|until|till)$/i;

/**
 * True when line `line`, opening with the next number of the sequence (`l`, no portion marking), starts a paragraph
 * though the line before it ends with no sentence punctuation (a name list or a redaction before it):
 *
 *     ISN Acting Assistant Secretary Jane Doe XXXXXXXXXXXX
 *     56. ISN Acting Assistant Secretary Doe cleared this cable.
 *
 * Only the very next number, its text opening with a capital or a quote, after a line that is no unmarked label line
 * (`1. Apples` / `2. Pears` is a list inside a paragraph) and does not go on into the number (`see paragraph` / `6.`,
 * `on March` / `3. The`: `CONTINUES_INTO_NUMBER`), nor ends with a comma, a dash, a digit or an open bracket
 * (a closing quote after a word is an end).
 */
function isUnmarkedNextNumber(l: LabelMatch, line: string, previous: string, last: number): boolean {
  // Cheap tests first: the next arabic number, a capital or quote after it, a previous line ending with a letter or `)`.
  if (last <= 0 || !isAsciiDigitCode(l.label.charCodeAt(0)) || labelNumber(l.label) !== last + 1 || l.label !== String(last + 1)) return false;
  const c = line.charCodeAt(l.length);
  if (!isAsciiUpperCode(c) && c !== 34) return false;
  const prev = previous.trimEnd();
  const e = prev.charCodeAt(prev.length - 1);
  // A closing parenthesis ends a note closing the paragraph: `... (please contact the desk for complete article)` / `12. Argentina: ...`;
  // a table row ends with its last figure (`CLARENDON NORTH WEST   PNP 5,117   JLP 4,203` / `3. THE PNP MARGIN ...`).
  // So does a quote closed after a word (`A PAMPHLET CALLED "THE PEOPLE HAVE SPOKEN"` / `4. THE PRIME MINISTER ...`).
  // (A row of two columns too, its figure set off by three spaces or more: `TOTAL        24,900` / `4.  MITI OFFICIALS ...`.)
  if (!(isAsciiUpperCode(e) || isAsciiLowerCode(e) || e === 41 || (isAsciiDigitCode(e) && (hasColumns(prev) || FIGURE_COLUMN_END.test(prev))) || endsWithClosingQuote(prev))) return false;
  if (CONTINUES_INTO_NUMBER.test(prev.slice(-16))) return false;
  // A label line before it is a marked paragraph's own (`1. (U) Some text here about things` / `2. Second ...`), not a list item;
  // so is a whole paragraph reflowed onto one long line (`9. Latin America: ... Source - IPS News` / `10. Brazil: ...`).
  const before = matchLabel(prev);
  return before === null || matchMarking(prev.slice(before.length)) !== null || prev.length > REFLOWED_WIDTH;
}

/** Lines looked at after a next number opening a line inside a sentence, for the same number in a surer place. */
const SAME_LABEL_LOOKAHEAD = 30;

/**
 * True when the number (or letter) `label` opening line `j` of block `queue[k]` (after a line ending with a word, see
 * `isUnmarkedNextNumber`) opens a line again soon after, in a surer place: a block's first line (after a blank
 * line), or a line after a closing quote. Then the first is a count wrapped to a line start:
 *
 *     DEPARTMENT OF PUNO, WHERE THE FOCEP SLATE WON
 *     3. THE RECOUNT GAVE THE PSR AN EXTRA SEAT AT THE EXPENSE OF THE
 *     PPC.
 *
 *     3. THE FINAL SEAT COUNT, WITH PERCENT OF VALID VOTES, IS:
 *
 * The same for a letter, then a person's initial: `... including the lawyer` / `C. Hadiprasetyo, say ...` / blank /
 * `C. (SBU) Local parties: ...`.
 * Looks at most `SAME_LABEL_LOOKAHEAD` lines and stops at a block opening with another label (a paragraph begun).
 */
function labelRecursStronger(queue: readonly Block[], k: number, j: number, label: string): boolean {
  const lettered = !isAsciiDigitCode(label.charCodeAt(0));
  let seen = 0;
  for (let b = k; b < queue.length; b++) {
    const blockLines = (queue[b] as Block).lines;
    for (let i = b === k ? j + 1 : 0; i < blockLines.length; i++) {
      if (++seen > SAME_LABEL_LOOKAHEAD) return false;
      const t = blockLines[i] as string;
      const c = t.charCodeAt(skipWhitespace(t));
      if (!isAsciiDigitCode(c) && !(lettered && isAsciiUpperCode(c))) continue;
      const l = matchLabel(t);
      if (l === null) continue;
      if (l.label !== label) {
        if (i === 0) return false;
        continue;
      }
      if (i === 0) return true;
      // (Not after a finished sentence: a quoted communique's own `3.` a few lines on is no surer place.)
      if (endsWithClosingQuote(trimEnd(blockLines[i - 1] as string))) return true;
    }
  }
  return false;
}

/** True when a line ends with a quote closed after a word: `A PAMPHLET CALLED "THE PEOPLE HAVE SPOKEN"`. */
function endsWithClosingQuote(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return (c === 34 || c === 0x201d) && (isAsciiUpperCode(text.charCodeAt(text.length - 2)) || isAsciiLowerCode(text.charCodeAt(text.length - 2)));
}

/** A figure ending a line after a gap of three spaces or more: a two-column table row (`TOTAL        24,900`; anchored at the end). */
const FIGURE_COLUMN_END = /\S(?: {3,40}|\t)\d[\d.,]{0,14}$/;

/** True when a line is set in columns: two gaps of two spaces or more (or tabs) between its words (`ST ANDREW   PNP 6,412   JLP 4,980`). */
function hasColumns(text: string): boolean {
  let gaps = 0;
  for (let i = 1; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    // The end of a gap: a tab, or a second space with no space after it.
    if ((c === 9 || (c === 32 && text.charCodeAt(i - 1) === 32)) && text.charCodeAt(i + 1) !== 32 && text.charCodeAt(i + 1) !== 9 && ++gaps >= 2) return true;
  }
  return false;
}

/**
 * True when the blocks opening with a number all carry a portion marking after it, two at least (`1. (C) ...`, `2. (SBU) ...`):
 * a cable that marks its paragraphs (see `isUnmarkedNextNumber`). One look at each block's first line.
 */
function marksEveryParagraph(queue: readonly Block[]): boolean {
  let marked = 0;
  for (const b of queue) {
    const first = b.lines[0] ?? '';
    const l = matchLabel(first);
    if (l === null || !isAsciiDigitCode(l.label.charCodeAt(0))) continue;
    if (matchMarking(first.slice(l.length)) === null) return false;
    marked++;
  }
  return marked >= 2;
}

/**
 * A heading's designator word and number sign before its number: `Question #14: Is there a protest ...` -> `Question #`,
 * `Question 3. Who ...` -> `Question `. A capitalized word of 3 to 12 letters, one space, an optional `#`, one to three
 * digits, then `:`, `.`, `)` or `-` (anchored, bounded).
 */
const NUMBERED_DESIGNATOR = /^([A-Z][a-z]{2,11} #?)\d{1,3}[:.)-]/;

/** The designator of a numbered heading (`Question #` of `Question #15: How does the word get out?`), or `null`. */
function numberedDesignator(text: string): string | null {
  const m = NUMBERED_DESIGNATOR.exec(text);
  return m === null ? null : (m[1] ?? null);
}

/** Most labels that may be lost between two paragraphs for the next one to be read after the gap. */
const MAX_LABEL_GAP = 2;

/** True when `label` is a number past the next one after `last`, by at most `MAX_LABEL_GAP` lost labels. */
function isNumberAfterGap(label: string, last: number): boolean {
  if (!/^\d+$/.test(label)) return false;
  const n = Number(label);
  return last > 0 && n > last + 1 && n <= last + 1 + MAX_LABEL_GAP;
}

/**
 * Most numbers skipped between two marked paragraphs (`3. (C)` ... `12. (C)`) for the later one to start a paragraph
 * inside a block: whole paragraphs are removed before release, but a far larger number is no label of this sequence.
 */
const MAX_MARKED_LABEL_GAP = 30;

/**
 * True when `label`, read with a portion marking after it, is a paragraph number out of sequence after `last`:
 * past the next one by at most `MAX_MARKED_LABEL_GAP` (`3.` then `8. (U)`), or `last` repeated (`3. (C)` then
 * `3. (C)`) unless it is already a repeat (`repeated`, the number of a paragraph that repeats the one before it, or
 * `-1`). Not a number below `last` (a list inside the paragraph), nor a suffixed one (`18A`).
 */
function isMarkedNumberOutOfSequence(label: string, last: number, repeated: number): boolean {
  // Cheap pre-test: digits only (at most three, `matchLabel`).
  for (let i = 0; i < label.length; i++) if (!isAsciiDigitCode(label.charCodeAt(i))) return false;
  const n = Number(label);
  return (n === last && last > 0 && repeated !== last) || (n > last + 1 && n <= last + 1 + MAX_MARKED_LABEL_GAP);
}

/**
 * True when a labeled first line announces a list: its text after label and marking is a
 * title (`1.  (SBU) DEMONSTRATIONS`, in mixed-case text where titles stand out) or ends with a
 * colon (`1. (SBU) The responses are keyed to the questions:`).
 */
function opensList(line: string, labelLength: number, mixedCase: boolean): boolean {
  let rest = line.slice(labelLength);
  const marking = matchMarking(rest);
  if (marking !== null) rest = rest.slice(marking.length);
  rest = rest.trim();
  return rest.endsWith(':') || (mixedCase && rest.length <= 60 && isTitleLine(rest));
}

/**
 * A label typed with a comma, taken only when it continues the sequence and a marking follows:
 * the next number (`7. (C) ...` / `8, (C) Senator Kerry ...`), or the next letter of an open
 * letter outline (`A. (U) POST: The Hague.` / `B, (U) ACTIVITY DATE/TIME: ...`; never `A,`).
 */
function matchSequenceComma(text: string, stack: readonly OutlineEntry[]): LabelMatch | null {
  const m = matchCommaLabel(text);
  if (m === null) return matchSequenceBare(text, stack);
  const c = m.label.charCodeAt(0);
  if (isAsciiUpperCode(c)) {
    const letter = stack.find((e) => e.style === 'letter');
    if (letter === undefined || nextLetter(letter.label) !== m.label) return null;
  } else if (Number(m.label) !== lastArabic(stack) + 1) return null;
  return matchMarking(text.slice(m.length)) !== null ? m : null;
}

/** One or two digits after a sentence's end, closing a paragraph's text: `... by the government. 1` (anchored at the end, bounded). */
const SPLIT_NUMBER_HEAD = /[.!?]["')\]]{0,3} (\d{1,2})$/;
/** One or two digits after a heading's rule, closing its line: `PKO/HAITI --------- 1` (anchored at the end, bounded). */
const SPLIT_NUMBER_AFTER_RULE = /[-=_*~]{3} (\d{1,2})$/;

/**
 * The first digits of a paragraph number that a scraping break left at the end of the paragraph before (`text`, ending
 * `... by the government. 1`), or after the rule of the heading over it (`heading`: `PKO/HAITI --------- 1`), when they
 * and `label` (`2`) make the next number after `last` (`12` after `11`) and `label` alone does not: the number and
 * `text` without the digits. `null` otherwise. (A digit last is the pre-test.)
 */
function splitNumberHead(text: string, label: string, last: number, heading = false): { label: string; text: string } | null {
  if (last <= 0 || !isAsciiDigitCode(text.charCodeAt(text.length - 1)) || label === String(last + 1)) return null;
  const m = (heading ? SPLIT_NUMBER_AFTER_RULE : SPLIT_NUMBER_HEAD).exec(text.slice(-8));
  if (m === null) return null;
  const digits = m[1] ?? '';
  if (`${digits}${label}` !== String(last + 1)) return null;
  return { label: `${digits}${label}`, text: text.slice(0, text.length - digits.length - 1) };
}

/** Most blocks looked ahead from an `A:` block for the `B.` that makes it a list (`matchSequenceColon`). */
const COLON_LIST_LOOKAHEAD = 30;

/**
 * A letter label typed with a colon (`matchColonLabel`) opening a block, taken only when it goes on with the sequence:
 * the next letter of the open letter outline (`A. ...` / `B: ...`), or `A:` inside a numbered paragraph when a block
 * opening with `B.` (or `B:`) follows within `COLON_LIST_LOOKAHEAD` blocks, before the next number:
 *
 *     1. (SBU) The following responses are keyed to Department queries (reftel):
 *
 *     A: Description of Chinese engagement in Angola: The Chinese are ...
 *     ...
 *     B. Examples of U.S.-China cooperation in Angola. Chinese ...       -> ['1', 'A'], ['1', 'B']
 *
 * Not a `Q:` / `A:` interview (no `B.` after it).
 */
function matchSequenceColon(text: string, stack: readonly OutlineEntry[], queue: readonly Block[], k: number): LabelMatch | null {
  const m = matchColonLabel(text);
  if (m === null) return null;
  const letter = stack.find((e) => e.style === 'letter');
  if (letter !== undefined) return nextLetter(letter.label) === m.label ? m : null;
  if (m.label !== 'A' || !stack.some((e) => e.style === 'arabic')) return null;
  const end = Math.min(queue.length, k + 1 + COLON_LIST_LOOKAHEAD);
  for (let t = k + 1; t < end; t++) {
    const line = queue[t]?.lines[0] ?? '';
    // Cheap pre-test: a `B`, a pilcrow or a digit first (after spaces).
    const c = line.charCodeAt(skipWhitespace(line));
    if (c !== 66 && c !== 0xb6 && !isAsciiDigitCode(c)) continue;
    const l = matchLabel(line) ?? matchColonLabel(line);
    if (l === null) continue;
    if (l.label === 'B') return m;
    if (isAsciiDigitCode(l.label.charCodeAt(0))) return null;
  }
  return null;
}

/**
 * A number typed without its dot, then a portion marking (`matchBareLabel`), taken only when it is
 * the next number of the sequence (`14. (C) ...` / `SANCTIONS` / `-----` / `15 (C) Sanctions were
 * discussed ...`); not a number out of sequence, never a year (`2009 (C)`).
 */
function matchSequenceBare(text: string, stack: readonly OutlineEntry[]): LabelMatch | null {
  const m = matchBareLabel(text);
  if (m === null || Number(m.label) !== lastArabic(stack) + 1) return null;
  return matchMarking(text.slice(m.length)) !== null ? m : null;
}

/**
 * An item label `N)` opening a block (`matchParenLabel`) in a body with no dotted labels before it:
 * the numbered articles of a press summary, each after a blank line, are its paragraphs. Taken
 * for `1)` before any label, then for the next number after a `N)` paragraph:
 *
 *     1) Prime Minister's daily schedule (Nikkei)
 *     2) Under Secretary in press conference notes ...     <- in paragraph 1 (no blank line)
 *
 *     2) U.S. under secretary of defense says China ...     <- paragraph 2
 *
 * Not the `1)` items inside a numbered paragraph (`5.` / `A. Terrorism` / `1) Terrorist Threats`). One number may be
 * skipped before a portion marking (`2) (SBU) ...` / `4) (SBU) ...`).
 */
function matchParenSequence(text: string, stack: readonly OutlineEntry[]): LabelMatch | null {
  const m = matchParenLabel(text);
  if (m === null) return null;
  const top = stack.at(-1);
  if (top === undefined) return m.label === '1' ? m : null;
  if (top.paren !== true) return null;
  const n = Number(m.label);
  const last = labelNumber(top.label);
  // (A number skipped, a drafter's slip, when a portion marking follows: `2) (SBU) ...` / blank / `4) (SBU) ...`.)
  return n === last + 1 || (n === last + 2 && matchMarking(text.slice(m.length).trimStart()) !== null) ? m : null;
}

/** Longest label line of an outline item's title that a `2)` line right under it may follow (`1) International Terrorism (TERR)`). */
const ITEM_TITLE_WIDTH = 64;

/** `stack` without the nested items at its end (`sub`): `['4', 'A', '3']` -> `['4', 'A']` when `3` is a `3)` item. */
function withoutSubItems(stack: OutlineEntry[]): OutlineEntry[] {
  let n = stack.length;
  while (n > 1 && (stack[n - 1] as OutlineEntry).sub === true) n--;
  return n === stack.length ? stack : stack.slice(0, n);
}

/**
 * A label that dotted labels do not write, read after them at a block's start, with the outline it gives:
 * - a nested `N)` item under a letter or roman item, from `1)` on, in sequence (an outline's sub-items):
 *   `¶A.  Security` / `1) International Terrorism (TERR).` -> `['4', 'A', '1']`;
 * - a lower-case letter item under a number, from `a.` on, and a lower-case roman item under it, from `i.` on:
 *   `6.  This post encounters fraud ...` / `a.  TOURIST AND BUSINESS VISAS: ...` / `i.  "COYOTES": ...` -> `['6', 'a', 'i']`;
 * - with `open` (the blocks of the open paragraph), the top-level numbers going on written `N)`: the next number
 *   after a marking (`3. (C) ...` / `4) (C) Our objectives:`, `5)(C) We are ...`), or before a capital when the
 *   open paragraph holds no item `N-1)` of its own (`3. Points: ... 3) Costs` / `4) Staffing` is its fourth item).
 * `null` otherwise (out of sequence, `1)` under a number, a lower-case word after the label).
 */
function readItemLabel(text: string, stack: OutlineEntry[], open: readonly string[] | null): { match: LabelMatch; stack: OutlineEntry[] } | null {
  const top = stack.at(-1);
  if (top === undefined) return null;
  const c = text.charCodeAt(0);
  if (c >= 97 && c <= 122) return readLowerItem(text, stack, top);
  if (c >= 65 && c <= 90) return readSubItem(text, stack, top);
  if (c === 40) return readBracketItem(text, stack, top);
  if (!isAsciiDigitCode(c)) return null;
  const m = matchParenLabel(text);
  if (m === null) return null;
  const n = Number(m.label);
  const entry: OutlineEntry = { style: 'arabic', label: m.label, paren: true, sub: true };
  // `2)` after `1)` under the same letter.
  if (top.sub === true && top.paren === true && n === labelNumber(top.label) + 1) return { match: m, stack: [...stack.slice(0, -1), entry] };
  // `1)` under `A.` or `I.` (not under a number: `5. (S) Priority issues:` / `1) Terrorist Threats` stays text).
  if (n === 1 && top.style !== 'arabic' && top.sub !== true) return { match: m, stack: [...stack, entry] };
  const outer = stack[0] as OutlineEntry;
  if (open === null || outer.style !== 'arabic' || isSuffixedLabel(outer.label) || n !== labelNumber(outer.label) + 1) return null;
  if (matchMarking(text.slice(m.length)) === null) {
    // Native searches of the open paragraph's blocks for its own item `N-1)`.
    const own = `${n - 1}) `;
    for (const b of open) if (b.indexOf(own) >= 0) return null;
  }
  return { match: m, stack: [{ style: 'arabic', label: m.label, paren: true }] };
}

/**
 * A nested marked `(N)` item (`matchBracketLabel`) under a capital letter or roman item, from `(1)` on, then in
 * sequence: the bracketed sub-paragraphs of a lettered one (not under a number: `3. (C) ...` / `(1) (C) ...` stays its
 * text):
 *
 *     B. (C) Checkpoints.  The ministry will act at the two main crossings first.
 *
 *     (1) (C) Chaman.  The number of checkpoints on the Chaman road ...     -> ['2', 'B', '1']
 */
function readBracketItem(text: string, stack: OutlineEntry[], top: OutlineEntry): { match: LabelMatch; stack: OutlineEntry[] } | null {
  const m = matchBracketLabel(text);
  if (m === null) return null;
  const n = Number(m.label);
  const entry: OutlineEntry = { style: 'arabic', label: m.label, paren: true, sub: true };
  if (top.sub === true && top.paren === true && n === labelNumber(top.label) + 1) return { match: m, stack: [...stack.slice(0, -1), entry] };
  return n === 1 && top.style !== 'arabic' && top.sub !== true && top.lower !== true ? { match: m, stack: [...stack, entry] } : null;
}

/**
 * The sub-paragraphs of a lettered section (`matchSubLabel`), in sequence: `A 1.` right under the section `A.`, then
 * `A 2.` after `A 1.`, `A 7-8.` after `A 6.` (and `A 9.` after it); the section's letter must be the open one:
 *
 *     A. (c) overall health
 *
 *     A 1. (S/NF) DIAGNOSES: Despite continued statements by the   -> ['4', 'A', '1'], number `A 1`
 */
function readSubItem(text: string, stack: OutlineEntry[], top: OutlineEntry): { match: LabelMatch; stack: OutlineEntry[] } | null {
  const m = matchSubLabel(text);
  if (m === null) return null;
  const dash = m.item.indexOf('-');
  const from = Number(dash < 0 ? m.item : m.item.slice(0, dash));
  // A range runs forwards: `7-8`, not `8-7`.
  if (dash >= 0 && Number(m.item.slice(dash + 1)) <= from) return null;
  const entry: OutlineEntry = { style: 'arabic', label: m.item, sub: true, section: true };
  const match: LabelMatch = { label: m.label, length: m.length };
  if (top.section === true) {
    const section = stack.at(-2);
    const end = top.label.indexOf('-');
    const last = Number(end < 0 ? top.label : top.label.slice(end + 1));
    return section !== undefined && section.label === m.letter && from === last + 1 ? { match, stack: [...stack.slice(0, -1), entry] } : null;
  }
  return top.style === 'letter' && top.lower !== true && top.sub !== true && top.label === m.letter && from === 1 ? { match, stack: [...stack, entry] } : null;
}

/**
 * A lower-case letter label before an item's text opening with a lower-case word or a figure: `a. the National Action Plan
 * ...`, `c. 1,500 additional labor inspectors ...` (`matchLowerLabel` wants a capital after it). Only a letter that is no
 * roman numeral (not `i`, `v`, `x`: `i. the consular workload annex` under `h.` is a roman item of its text), its dot, one
 * to four blanks, then a letter or a digit; `readLowerItem` takes it only in sequence (`a.` under a
 * number, the next letter after one). Anchored, bounded.
 */
const LOOSE_LOWER_LETTER = /^\s*([a-hj-uwyz])\.[ \t]{1,4}(?=[a-z0-9])/;

/** The label of a line `LOOSE_LOWER_LETTER` reads, or `null`. */
function looseLowerLetter(text: string): LabelMatch | null {
  const m = LOOSE_LOWER_LETTER.exec(text);
  return m === null ? null : { label: m[1] ?? '', length: m[0].length };
}

/** The lower-case items of `readItemLabel`: `a.` under a number, `b.` after `a.`, `i.` under a letter, `ii.` after `i.`, `b.` after `a.`'s `iii.`. */
function readLowerItem(text: string, stack: OutlineEntry[], top: OutlineEntry): { match: LabelMatch; stack: OutlineEntry[] } | null {
  const m = matchLowerLabel(text) ?? looseLowerLetter(text);
  if (m === null) return null;
  const label = m.label;
  const letter: OutlineEntry = { style: 'letter', label, sub: true, lower: true };
  const roman: OutlineEntry = { style: 'roman', label, sub: true, lower: true };
  if (top.lower === true) {
    // `b.` after `a.` (`i.` after `h.` too); `ii.` after `i.`; `i.` opening under `a.`.
    if (top.style === 'letter' && nextLowerLetter(top.label) === label) return { match: m, stack: [...stack.slice(0, -1), letter] };
    if (top.style === 'roman' && nextLowerRoman(top.label) === label) return { match: m, stack: [...stack.slice(0, -1), roman] };
    if (top.style === 'letter' && label === 'i') return { match: m, stack: [...stack, roman] };
    // The next letter after the roman items under a letter: `a.` / `i.` / `ii.` / `b.`.
    const below = stack.at(-2);
    if (top.style === 'roman' && below?.lower === true && below.style === 'letter' && nextLowerLetter(below.label) === label) return { match: m, stack: [...stack.slice(0, -2), letter] };
    return null;
  }
  return label === 'a' && top.style === 'arabic' && top.sub !== true ? { match: m, stack: [...stack, letter] } : null;
}

/**
 * True when the rest of a label line after its label and marking is only a designator heading
 * (`isDesignatorHeading`) and the text starts on the next line with a capital: the label line is
 * shorter than a wrapped line (`WRAP_WIDTH`: its writer ended it there), so the heading is no
 * sentence's start (`5. (C) Paragraph 3 -- The ministry agreed to` / `extend ...` stays text).
 *
 *     10. (C) Question A -- Recruitment
 *     As explained above, there are two distinct threads ...
 */
function isLabelLineHeading(line: string, rest: string, next: string): boolean {
  if (line.trim().length >= WRAP_WIDTH) return false;
  const c = next.charCodeAt(skipWhitespace(next));
  if (!isAsciiUpperCode(c) && c !== 34) return false;
  const text = blockText([rest]);
  return text.length > 0 && isDesignatorHeading(text);
}

/** Longest title on a label line set off from its text by a blank line (`labelLineTitle`). */
const LABEL_TITLE_WIDTH = 80;
/** Block keywords read elsewhere (blocks.ts, `markingAfterKeyword`), never a label line's title: `Summary`, `Comment`, `End Note` (anchored, bounded). */
const LABEL_TITLE_KEYWORD = /^(?:(?:executive )?summary|comments?|notes?|begin|end)\b/i;
/** A one-word title: a capital, then letters, digits or hyphens (`Sejjil`, `UDMH`, `BM-25`; bounded). */
const ONE_WORD_TITLE = /^[A-Z][A-Za-z0-9-]{1,30}$/;

/**
 * The title on a one-line label block after its label and marking, its text in the block after a blank line
 * (see the label-line title rule of `readParagraphRanges`), or `null`: at most `LABEL_TITLE_WIDTH` characters, a
 * capital first, no sentence end (no `.`, `:`, `;`, `?`, `!` last, none inside), not a block keyword; then
 * two words or more in title case, mostly capitalized (`Shahab-3 Reentry Vehicle Mass`, `Iran Not Capable of
 * Producing Longer-Range Missiles`, `Objective 1`), or a designator heading (`Question A -- Recruitment`); not in all
 * caps (`TRAINING COURSES` over its text stays text). In a cable that has taken such a title before (`seen`, its style), also one word
 * (`Sejjil`, `UDMH`) or a short heading in sentence case (`Legislative monitoring and promotion`). Not
 * `Minimize considered.`, not `U.S. Delegation:`, not `The minister agreed` (a sentence without its period).
 */
function labelLineTitle(rest: string, seen: boolean): string | null {
  const text = blockText([rest]);
  if (text.length === 0 || text.length > LABEL_TITLE_WIDTH || ENDS_SENTENCE.test(text) || SENTENCE_INSIDE.test(text) || !isRuledTitle(text) || LABEL_TITLE_KEYWORD.test(text)) return null;
  const words = text.split(' ');
  // All caps is no such title: `1. (SBU) TRAINING COURSES` / blank / text keeps its title line as text (the EXBS layout).
  if (words.length >= 2 && HAS_LOWER.test(text)) {
    if (isDesignatorHeading(text)) return text;
    let capitals = 0;
    for (const w of words) if (isAsciiUpperCode(w.charCodeAt(0)) || isAsciiDigitCode(w.charCodeAt(0))) capitals++;
    if (capitals * 2 >= words.length && isTitleCase(text, 10)) return text;
  }
  if (!seen) return null;
  return (words.length === 1 ? ONE_WORD_TITLE.test(text) : isShortHeading(text)) ? text : null;
}

/**
 * True when a block is a paragraph's ordinary text under a label-line title (`labelLineTitle`): a capital or a quote
 * first, no label or list item (`A)`, `-- item`, `(b)`), lower-case letters and a space in its first line, and a text,
 * not a name or a caption: several lines, a finished sentence or a reflowed paragraph (not `Smith`, not `North Korea:`).
 */
function isTextUnderTitle(b: Block): boolean {
  if (b.heading === true || b.group === true || b.redacted === true) return false;
  const line = b.lines[0] ?? '';
  const at = skipWhitespace(line);
  const c = line.charCodeAt(at);
  const c1 = line.charCodeAt(at + 1);
  if ((!isAsciiUpperCode(c) && c !== 34) || c1 === 41 || c1 === 46 || line.indexOf(' ', at) < 0 || !HAS_LOWER.test(line)) return false;
  const last = b.lines[b.lines.length - 1] ?? '';
  if (b.lines.length === 1 && last.trimEnd().endsWith(':') && last.length <= COLON_HEADING_WIDTH + at) return false;
  return b.lines.length > 1 || line.length > REFLOWED_WIDTH || endsSentence(last.trimEnd());
}

/** True when a block's last line is a quotation's mark (`UNQUOTE`, `END TEXT.`): it ends a quotation, it heads nothing. */
function isQuotationMarkBlock(b: Block): boolean {
  return QUOTATION_MARK_LINE.test(b.lines.at(-1) ?? '');
}

/**
 * A quotation's open or end mark on its line: `UNQUOTE`, `(END TEXT)`, `BEGIN TEXT:` (anchored, bounded); or a closing
 * mark ending it, after the quotation's last words: `WE CALL ON ALL GOVERNMENTS TO DO THE SAME. UNQUOTE`, `SINCERELY,
 * JIMMY CARTER UNQUOTE` (a literal word, then spaces and periods to the end: each try ends at the next word, linear).
 */
const QUOTATION_MARK_LINE = /^[ \t]{0,60}[([]?(?:UN)?(?:QUOTE|QTE)\b|^[ \t]{0,60}[([]?(?:BEGIN|END)[ \t]{1,3}(?:OF[ \t]{1,3})?(?:TEXT|QUOTE)\b|\b(?:UNQUOTE|UNQTE|END[ \t]QUOTE)[ \t.]*$/;

/** Deepest hanging indent: how much further right than the line above an item's wrapped line starts (`HANGING_INDENT`). */
const HANGING_INDENT = 8;
/** Columns a tab advances to (the next multiple of it), as a typewriter's or terminal's tab stops. */
const TAB_WIDTH = 8;
/**
 * Where the middle of a centered title falls: columns `CENTER_FIRST` to `CENTER_LAST`, the middle of a 60- to
 * 80-column telegram line give or take a few columns (not a signature or a value aligned far right).
 */
const CENTER_FIRST = 26;
const CENTER_LAST = 44;

/** The column where a raw line's text starts, a tab advancing to the next multiple of `TAB_WIDTH`. */
function indentColumn(raw: string): number {
  let column = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 9) column += TAB_WIDTH - (column % TAB_WIDTH);
    else if (c === 32 || c === 0xa0) column++;
    else break;
  }
  return column;
}

/**
 * How raw line `line` stands under raw line `above`: `'flush'` (no deeper), `'hanging'` (one to `HANGING_INDENT`
 * columns deeper: the item above going on, `A. Names: DUNHAM, ...;` / `   PRYOR, Walter J.`), `'centered'` (deeper
 * still, its middle in the middle of the line: `                     Border Security Cooperation`, which may be a
 * heading) or `'aligned'` (deeper still, elsewhere: a value aligned under a caption's column, a letter's signature
 * far right, which is text).
 */
function indentUnder(line: string, above: string): 'flush' | 'hanging' | 'centered' | 'aligned' {
  const at = indentColumn(line);
  const deeper = at - indentColumn(above);
  if (deeper <= 0) return 'flush';
  if (deeper <= HANGING_INDENT) return 'hanging';
  const middle = at + (line.trim().length >> 1);
  return middle >= CENTER_FIRST && middle <= CENTER_LAST && !startsColumnAt(above, at) ? 'centered' : 'aligned';
}

/**
 * True when raw line `above` has a column of text starting at `column` (after a run of two spaces or more): the line
 * under it, starting there, is that column's value going on (`E.  CONTROL OFFICER:       PROGRAM OFFICER ROBERT BAKER.` /
 * `                           HOME PHONE 52-1171`). Tabs are not expanded here (a tabbed line above is no column).
 */
function startsColumnAt(above: string, column: number): boolean {
  const c = above.charCodeAt(column);
  return column >= 2 && column < above.length && c !== 32 && c !== 9 && above.charCodeAt(column - 1) === 32 && above.charCodeAt(column - 2) === 32;
}

/**
 * True when a line glued under a paragraph's last sentence reads as a heading: at most
 * `RULED_HEADING_WIDTH` characters, no sentence end, and in title case (`Taliban/Haqqani
 * Network`, `First Lady Preparing for 2011`) or opening with a portion marking (`(S//NF)
 * Lashkar-e-Tayyiba and Jamaat al-Dawa`; then up to `LONG_RULED_HEADING_WIDTH` characters).
 * Not `End Summary`, not a question, not all caps.
 */
function isGluedHeading(line: string): boolean {
  if (line.length > 2 * RULED_HEADING_WIDTH) return false;
  // Runs of spaces collapsed: `Northern League:  Strong Venetian Roots` has no empty word.
  const text = blockText([line]);
  // A heading opening with a portion marking may be as long as a heading with its own rule (`LONG_RULED_HEADING_WIDTH`):
  // the marking tells the heading, however long its title (`(SBU) Meeting with the Executive Secretary of the Preparatory
  // Commission of the Treaty Organization (CTBTO) Jan Novak (7 May)`).
  const marking = matchMarking(text);
  if (text.length > (marking !== null ? LONG_RULED_HEADING_WIDTH : RULED_HEADING_WIDTH) || !HAS_LOWER.test(text)) return false;
  if (marking === null && isDesignatorHeading(text)) return true;
  const rest = marking === null ? text : text.slice(marking.length);
  // A letter or a quote first: not `(SIMAS Event: Taipei-00194-2008)`, `4) Health and Medical Developments`.
  if (rest.length < 3 || !/^["'A-Za-z]/.test(rest) || /[:?!]$/.test(rest) || /^(?:begin|end)\b/i.test(rest)) return false;
  // A longer marked title: a capital first, no sentence end inside, no label, not ending like a sentence
  // (`isRuledTitle` takes a text that long only with its own rule).
  if (rest.length > RULED_HEADING_WIDTH ? !isAsciiUpperCode(rest.charCodeAt(0)) || SENTENCE_INSIDE.test(rest) || endsLikeText(rest) || matchLabel(rest) !== null : !isRuledTitle(rest)) return false;
  // An attribution closing a news item, not a heading: `Source - SciDev`, `Source: Reuters`.
  if (/^(?:sources?|via|courtesy)\b/i.test(rest)) return false;
  if (marking !== null) return true;
  // Mostly capitalized words: `Taliban/Haqqani Network`, `First Lady Preparing for 2011`; not `REASON: 1.4 (b), (d), (e)`.
  const words = rest.split(' ');
  let capitals = 0;
  for (const w of words) if (isAsciiUpperCode(w.charCodeAt(0))) capitals++;
  // Two words at least: a lone name under the last sentence (`Minimize considered.` / `Rice`) is a signature.
  return words.length >= 2 && capitals * 2 >= words.length && isTitleCase(rest, 8);
}

/** Longest short title glued over a marked label (`isShortGluedTitle`). */
const SHORT_GLUED_TITLE_WIDTH = 40;

/**
 * The end of a text left without its stop after a citation: a reference in brackets, `(ref B)`, `(reftel)`, `(REF A, PARA
 * 3)`, `(see ref C)`, or a web address, `http://www.bok.or.kr`, `www.state.gov/g/drl`. Anchored at the end, bounded.
 */
const CITATION_END = /(?:\((?:see[ \t])?(?:refs?|reftels?|REFS?|REFTELS?|Refs?|Reftels?)\b[^()\n]{0,30}\)|(?:https?:\/\/|www\.)\S{1,50})$/;

/**
 * True when a line is a short title glued under a paragraph's last sentence, over a marked label (the caller checks
 * both): at most `SHORT_GLUED_TITLE_WIDTH` characters and five words, no comma, colon or digit, no sentence end, not a quotation's or a
 * block's mark (`UNQUOTE`, `END COMMENT`), two to five words; in capitals in an all-caps body (`HUMAN RIGHTS`, `THE CROWD
 * AT EDSA`), in title case in a mixed-case one (`Human Rights`).
 */
function isShortGluedTitle(line: string, mixedCase: boolean): boolean {
  const text = blockText([line]);
  // (No colon: a caption's line, `PLACE: SECRETARY'S OFFICE`; no digit: a notice, `SECTION 2 WILL FOLLOW`.)
  if (text.length < 3 || text.length > SHORT_GLUED_TITLE_WIDTH || text.indexOf(',') >= 0 || text.indexOf(':') >= 0 || /\d/.test(text) || ENDS_SENTENCE.test(text)) return false;
  // (Nor an attribution closing a news item: `Source - Harbor News`, `Via Reuters`.)
  if (!isAsciiUpperCode(text.charCodeAt(0)) || /^(?:BEGIN|END|Begin|End)\b/.test(text) || /^(?:sources?|via|courtesy)\b/i.test(text) || QUOTATION_MARK_LINE.test(text) || matchLabel(text) !== null) return false;
  // Two words at least: a lone name there is a signature (`Minimize considered.` / `Rice`, a cable joined to the next).
  const words = text.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  return mixedCase ? HAS_LOWER.test(text) && isTitleCase(text, 5) : !HAS_LOWER.test(text) && isTitleLine(text);
}

/** Lines of a block looked at for a part's title glued under its last sentence (`isGluedPartTitle`). */
const PART_TITLE_REACH = 40;

/**
 * True when `line` is a part's or a section's title (`DESIGNATOR_HEADING` with `Part`, `Section`, `Chapter`: `Part I --
 * Banking`, `PART II: INSURANCE`) and `next`, glued under it, a label with its portion marking (`1. (C) The sale ...`).
 */
function isGluedPartTitle(line: string, next: string): boolean {
  const t = line.trim();
  if (!/^(?:part|section|chapter)\b/i.test(t) || endsSentence(t) || !DESIGNATOR_HEADING.test(t.replace(/^(?:PART|SECTION|CHAPTER)\b/, (w) => w[0] + w.slice(1).toLowerCase()))) return false;
  return opensMarkedLabel(next);
}

/**
 * A heading naming a numbered or lettered item, its first word in any case, a dash or a colon
 * after the designator and a capital after that, no sentence end:
 * `question B -- Characteristics of Recruits`, `Question 3: Reasons why Extremists May Refrain`,
 * `Part II - Funding`, `Agenda Item 5(c): Implementation of ...`. (Bounded word and designator lengths: one try is constant.)
 */
const DESIGNATOR_HEADING = /^(?:Agenda )?[A-Za-z]{3,12} (?:[A-Z]|\d{1,2}(?:\([a-z]\))?|[IVX]{1,4})(?: ?-{1,2}|:) {1,3}["']?[A-Z]/;

/** True when `text` (spaces collapsed, at most `RULED_HEADING_WIDTH` long) is a designator heading (`DESIGNATOR_HEADING`). */
function isDesignatorHeading(text: string): boolean {
  // Cheap pre-test: the fourth to thirteenth character holds a space before a designator.
  const space = text.indexOf(' ');
  if (space < 3 || space > 12) return false;
  return !ENDS_SENTENCE.test(text) && DESIGNATOR_HEADING.test(text) && !/^(?:begin|end|source|via)\b/i.test(text);
}

/**
 * True when every word of `text` (at most `maxWords`) starts with a capital, a digit or a sign, or is a small word (`SMALL_WORDS`).
 * With `infinitive`, the verb right after `to` may be lower case: `Lula Almost Certain to be Re-elected`.
 */
function isTitleCase(text: string, maxWords: number, infinitive = false): boolean {
  const words = text.split(' ');
  if (words.length > maxWords) return false;
  return words.every((w, i) => w.length === 0 || SMALL_WORDS.has(w) || !/^[a-z]/.test(w) || (infinitive && i > 1 && words[i - 1] === 'to' && i < words.length - 1));
}

/**
 * The ends of a quoted text: `BEGIN TEXT OF TALKING POINTS:`, `Begin text:`, `BEGIN QUOTE`,
 * `END TEXT OF TALKING POINTS.`, `End quote.`; also talking points without `TEXT`: `Begin talking
 * points:`, `END POINTS.`; a non-paper handed over: `Begin U.S. non-paper`, `BEGIN NON-PAPER:`, `END NON-PAPER.`; a
 * document attached: `BEGIN ANNEX A`, `END ATTACHMENT 1.`, `Begin agreed minutes:`, `END APPENDIX`; a translation, a
 * transcript or an excerpt, maybe qualified: `Begin informal Embassy translation:`, `BEGIN UNOFFICIAL TRANSLATION`, `Begin
 * transcript:`, `END EXCERPTS.` (bounded: one try per position is constant).
 */
const QUOTE_END = new RegExp(`\\b(BEGIN|END)\\s{1,3}(?:OF\\s{1,3})?${quotedDocumentWords('\\s{1,3}', '')}\\b`, 'gi');

/** A quotation's closing mark anywhere: `UNQUOTE`, `END QUOTE`, `End quote` (bounded runs). */
const CLOSING_QUOTE_MARK = /\b(?:UNQUOTE|UNQTE|END[ \t\n]{1,3}QUOTE|End[ \t\n]{1,3}quote)\b/;

/**
 * Whether a quotation opened by its mark alone on its line, opening a block (`QUOTE`, `Quote:`), is open after `text`,
 * given whether it was before: a closing mark (`CLOSING_QUOTE_MARK`) ends it, in the same block too.
 *
 *     1. (U) Following repeats Tegucigalpa 000612 ..., dated July 3, 2009.
 *     Quote:                                        <- opens
 *     C O N F I D E N T I A L TEGUCIGALPA 000612
 *     REF: TEGUCIGALPA 598                          <- heads nothing
 *     Classified By: Ambassador Hugo Llorens, ...
 *     ...
 *     End quote.                                    <- closes
 */
function markedQuoteOpen(text: string, open: boolean): boolean {
  // The mark opening the block (its own line: the block may go on after it, a quoted banner left out between).
  const opens = QUOTE_OPENER_START.test(text);
  if (!opens && !open) return false;
  return !CLOSING_QUOTE_MARK.test(text);
}

/**
 * `QUOTE` or `Quote:` opening a block's text, a word alone: `Quote:`, `QUOTE SUBJECT: ...` (mixed case only with its
 * colon: `Quote of the day ...` is text). Anchored, bounded.
 */
const QUOTE_OPENER_START = /^[ \t]{0,20}(?:(?:QUOTE|QTE)[ \t]{0,2}:?|Quote[ \t]{0,2}:)(?:[ \t\n]|$)/;

/** A quotation's opening mark alone as a block, as a telegram sets it off: `QUOTE`, `Quote:` (anchored, bounded). */
const LONE_QUOTE_OPENER = /^[ \t]{0,20}(?:QUOTE|QTE|Quote)[ \t]{0,2}:?[ \t]*$/;

/**
 * Whether a quoted text is open after `text`, given whether it was open before (the last mark wins): the marks of
 * `QUOTE_END`, a block that is only `QUOTE` or `Quote:` (opening), and `UNQUOTE` (closing).
 */
function quoteState(text: string, quoting: boolean): boolean {
  if (text.length <= 30 && LONE_QUOTE_OPENER.test(text)) return true;
  // An `UNQUOTE` no `QUOTE` of the block opened (`... THE TALKS WENT ON. UNQUOTE`; not `QUOTE WE AGREE UNQUOTE.`).
  const unquotes = quoting && (text.indexOf('UNQUOTE') >= 0 || text.indexOf('UNQTE') >= 0) && quoteMarksOf(text).closes > 0;
  // Native searches first: most blocks hold neither `BEGIN` nor (while quoting) `END` or `UNQUOTE`.
  const begins = text.indexOf('EGIN') >= 0 || text.indexOf('egin') >= 0;
  if (!begins && !unquotes && !(quoting && (text.indexOf('END') >= 0 || text.indexOf('End') >= 0 || text.indexOf('end') >= 0))) return quoting;
  let state = quoting;
  let marked = false;
  QUOTE_END.lastIndex = 0;
  for (let m = QUOTE_END.exec(text); m !== null; m = QUOTE_END.exec(text)) {
    state = (m[1] ?? '').toUpperCase() === 'BEGIN';
    marked = true;
  }
  return unquotes && !marked ? false : state;
}

/** A sentence left open on a word that announces a number: `Please see paragraph`, `see paras`. */
const REFERENCE_WORD_END = /\b(?:see|paragraphs?|paras?)$/i;

/** True when a paragraph's text ends on a reference word (`... Please see paragraph`); tries the last 12 characters. */
function endsOnReferenceWord(text: string): boolean {
  const c = text.charCodeAt(text.length - 1) | 32;
  // Only texts ending with `e`, `h`, `s` or `a`.
  if (c !== 101 && c !== 104 && c !== 115 && c !== 97) return false;
  return REFERENCE_WORD_END.test(text.slice(-12));
}

/**
 * True when `block` opens with a number that the text before it asks for (`before` ends on `No.`, `para.`: see
 * `endsOnNumberAbbreviation`) and the block after it opens with the same number, the surer paragraph:
 * `... the implementing agency for Law No.` / `5.The LFIB was replaced ... under Law No.` / `5.PIB approval is required ...` /
 * `5.Libyan legal requirements ...` (the first two go on the text before them).
 * (A dot last in `before` and a digit first in the block are the pre-tests.)
 */
function opensNumberOfAbbreviation(before: string, block: Block, next: Block | undefined): boolean {
  const first = block.lines[0] ?? '';
  if (next === undefined || before.charCodeAt(before.length - 1) !== 46 || !isAsciiDigitCode(first.charCodeAt(0)) || !endsOnNumberAbbreviation(before)) return false;
  // The digits and their dot, a label or glued to an acronym (`5.PIB approval`, which `matchLabel` leaves), the same in both.
  let n = 1;
  while (n < 4 && isAsciiDigitCode(first.charCodeAt(n))) n++;
  return first.charCodeAt(n) === 46 && (next.lines[0] ?? '').startsWith(first.slice(0, n + 1));
}

/**
 * Words a title-case heading may leave in lower case: `Chinese Engagement in Trade and Investment`;
 * those of a heading cut off a reflowed line, and longer prepositions (`Jockeying for Power within the Coalition`,
 * `Navy Seizes 2.5 MT of Cocaine off Tumaco`, `Fugitive Arrested near Punta Cana`, `Talks Go On despite Boycott`).
 */
const SMALL_WORDS: ReadonlySet<string> = new Set([
  ...TITLE_SMALL_WORDS, 'within', 'between', 'against', 'amid', 'off', 'near', 'via', 'despite', 'aboard', 'under', 'per', 'onto', 'upon',
  'toward', 'towards', 'inside', 'outside', 'without', 'during', 'before', 'across', 'through', 'among', 'around', 'behind', 'beyond', 'since', 'until',
]);

/**
 * True when a block's text opens with a list item or a schedule's row: a bullet (`-- a Ukrainian SIM card`, `* ...`)
 * or a figure (`1545 Arrive CATAM military airport`, `9:30 - 10:30 a.m. Briefing`). Its items end with no sentence end.
 */
function opensListOrSchedule(text: string): boolean {
  const t = text.trimStart();
  return isBullet(t) || isAsciiDigitCode(t.charCodeAt(0));
}

/** A capital letter in brackets and a short title after it: `(A) INSPECTION OF CARGO`, `(B) Financial measures`. */
const BRACKET_TOPIC = /^[ \t]{0,4}\(([A-Z])\)[ \t]{1,4}([A-Z][^.!?;:]{2,60})$/;

/** The letter of a topic line lettered in brackets (`BRACKET_TOPIC`) whose title is in capitals or in title case, else `null`. */
function bracketTopicLetter(line: string): string | null {
  const m = BRACKET_TOPIC.exec(line.trimEnd());
  if (m === null) return null;
  const title = (m[2] ?? '').trim();
  return isTitleLine(title) || isTitleCase(title, 8) ? (m[1] ?? null) : null;
}

/**
 * A short caption of one to four words and its colon, then the rest (group 2): a heading's `Christian Districts: Aoun
 * Holds Kesrouan`, a list's `Russia: Deputy Foreign Minister ...`, `Site Officer: ...`. Anchored, bounded.
 */
const CAPTION_AND_REST = /^([A-Z][A-Za-z'./&-]{1,20}(?: [A-Za-z'./&-]{1,20}){0,3}):[ \t]{0,4}(.*)$/;

/** Most words of a captioned headline after its caption (`isCaptionedHeadline`). */
const CAPTIONED_HEADLINE_WORDS = 14;

/**
 * True when two lines are a heading's caption and its colon over a headline in title case or a quoted one, the colon
 * at the first line's end or inside it, no sentence end (in a cable with no heading read before too):
 *
 *     Christian Districts:
 *     Aoun Holds Kesrouan, Loses Zahle and Achrafieh
 *
 *     Sunni Districts: Hariri Sweeps Beirut's
 *     Third District, Saida and Tripoli
 *
 *     Ter-Petrossian's Rally:
 *     "We Will Stay Until Victory"
 */
function isCaptionedHeadline(lines: readonly string[]): boolean {
  const joined = blockText([...lines]);
  const m = CAPTION_AND_REST.exec(joined);
  if (m === null || !isTitleCase(m[1] ?? '', 4)) return false;
  const rest = (m[2] ?? '').trim();
  // No list of values: not `COUNTRIES: BURUNDI-PRIORITY 5; CONGO, DEMOCRATIC` / `REPUBLIC- PRIORITY 4` (in capitals, no
  // figure either: `THE MONITORS: KEPT OUT,` / `THEN LET IN LATE`).
  if (rest.length === 0 || endsLikeText(rest) || rest.indexOf(';') >= 0 || (!HAS_LOWER.test(joined) && /\d/.test(joined))) return false;
  if (!(isAsciiUpperCode(rest.charCodeAt(0)) || isAsciiDigitCode(rest.charCodeAt(0)) || rest.charCodeAt(0) === 34)) return false;
  return isTitleCase(rest.replace(/,/g, ''), CAPTIONED_HEADLINE_WORDS);
}

/** A note or a comment closed in its bracket at a text's end, no full stop after: `... End Note)`, `END COMMENT)` (bounded). */
const BRACKETED_CLOSER_END = /\b(?:End|END)[ \t]{1,3}(?:Note|NOTE|note|Comment|COMMENT|comment)[ \t]{0,2}\)$/;

/** Longest list item `endsInListItem` reads after the text's last bullet. */
const LIST_ITEM_TAIL = 160;

/**
 * True when a block's text ends with a bullet's item that no sentence end closes, its list glued under a lead-in
 * (`... larger parties are as follows. -- CPN(Maoist): 120 -- Others and independents: 11`, `... districts: - Jacobabad:
 * 212,000 - Kashmore: 148,000`): a list's end, as a text
 * opening with one is (`opensListOrSchedule`).
 */
function endsInListItem(text: string): boolean {
  // (Single hyphens too, under a lead-in ending with a colon, two items or more: `... worst-hit districts: - Jacobabad:
  // 212,000 - Kashmore: 148,000`; a dash in a sentence has no colon before it.)
  const bullet = text.lastIndexOf(' -- ') >= 0 ? ' -- ' : ' - ';
  const last = text.lastIndexOf(bullet);
  if (last < 0 || text.length - last > LIST_ITEM_TAIL) return false;
  // The list from its first bullet after the lead-in's last sentence end: no sentence end in its items (a decimal
  // point is none: `-- Mehdi Karroubi: 333,635 (0.9 percent)`).
  const first = text.indexOf(bullet, Math.max(0, text.length - LIST_ITEM_TAIL * 8));
  const lead = text.slice(0, first).trimEnd();
  const opened = bullet === ' -- ' ? ENDS_SENTENCE.test(lead) || lead.endsWith(':') : lead.endsWith(':') && first < last;
  return opened && !/[!?;]|\.(?:\s|$)/.test(text.slice(first + bullet.length));
}

/**
 * True when the open paragraph's last block (`above`, its text `text`) is a list of several lines its lead-in
 * announced, its items ending with no sentence end, and `line` set off under it looks like none of them (no comma,
 * colon, semicolon or figure): the block opens with a caption (`CAPTION_AND_REST`: `Russia:` over names, `Site Officer:
 * ...` over phone numbers), or a lead-in ending with a colon opened the paragraph (`2. (U) Control officers:`):
 *
 *     Russia:
 *     Deputy Foreign Minister Grigoriy Sablin
 *     MFA notetaker
 *
 *     Withdrawal                       <- the heading of paragraph 3
 *
 *     3. (C) Marsh said ...
 *
 * (Not the last of entries set off one by one, `Frank Rose, Deputy Assistant Secretary, VCI` / blank / `Dimitry
 * Zarechnak, Interpreter`.)
 */
function isListUnderLeadIn(text: string, openBlocks: readonly string[], above: Block | undefined, line: string): boolean {
  if (above === undefined || above.lines.length < 2 || /[,:;\d]/.test(line)) return false;
  return CAPTION_AND_REST.test(text.trimStart()) || (openBlocks.length > 1 && (openBlocks[0] ?? '').endsWith(':'));
}

/**
 * A one-line block in title case between blank lines, right before a labeled block and after
 * a finished sentence, in mixed-case text: the heading of that block.
 *
 *     ... officials, if it would be constructive.
 *
 *     Background
 *
 *     3. In March 2007, after three-and-a-half years ...
 *
 * `parenLabeled`: the next block opens with the body's next `N)` paragraph (`2) (SBU) The Rada voted ...`), which
 * `matchLabel` does not read. `openBlocks`: the open paragraph's blocks (a quoted letter's signatory is no heading).
 */
function titleOverLabel(
  block: Block,
  next: Block | undefined,
  currentText: string,
  headsNext: (b: Block) => boolean,
  after: Block | undefined,
  openHeading: string | null = null,
  headed = false,
  parenLabeled = false,
  openBlocks: readonly string[] = [],
  above: Block | undefined = undefined,
): boolean {
  if (next === undefined || block.lines.length > 2) return false;
  // A designator heading over a labeled block, on one line or wrapped onto a second, whatever ends the text before (a list):
  //     -- China
  //
  //     Item 7: Human rights situation in Palestine and other occupied Arab
  //     territories
  //
  //     4.  The general debate on Item 7 was held March 19.
  if (parenLabeled || matchLabel(next.lines[0] ?? '') !== null) {
    const whole = blockText(block.lines);
    if (whole.length <= 2 * RULED_HEADING_WIDTH && !ENDS_SENTENCE.test(whole) && isDesignatorHeading(whole)) return true;
  }
  // A person's name in capitals over the person's title, a bio sketch's heading, after a finished sentence (`isNameOverTitle`):
  //     PARK SANG-HOON (PROTECT)
  //     Senior Foreign Policy Advisor, Grand National Party Campaign
  //
  //     3. (C) Park, 51, a professor of international relations ...
  if (block.lines.length === 2 && matchLabel(next.lines[0] ?? '') !== null && (currentText === '' || endsSentence(currentText)) && isNameOverTitle(block.lines) && !openBlocks.some(opensLetter)) return true;
  // Two lines only in a cable that has headed a paragraph before (a sentence-case heading wrapped, see `isShortHeading`):
  //     Issues influencing expansion of the country's support for
  //     the region
  // (Or a caption and its colon over a title-case headline, a heading's shape in any cable: `isCaptionedHeadline`.)
  const captioned = block.lines.length === 2 && isCaptionedHeadline(block.lines);
  if (block.lines.length === 2 && !headed && !captioned) return false;
  // Or over a heading block with the labeled block after it, the two titles read as one heading:
  //     BUDGET (In Separate Email)
  //
  //     RECIPIENT ORGANIZATION
  //
  //     21. (U) The recipient organization ...
  const labeled = parenLabeled || matchLabel(next.lines[0] ?? '') !== null;
  // A short sentence-case line over another one counts too (`Military/defense perspective` / `Ministry of defense`, see `isShortHeading`).
  const afterLabeled = !labeled && after !== undefined && matchLabel(after.lines[0] ?? '') !== null;
  const stackedShort = afterLabeled && next.lines.length === 1 && isShortHeading(blockText([next.lines[0] ?? '']), headed) && isShortHeading(blockText(block.lines), headed);
  const stacked = afterLabeled && (stackedShort || headsNext(next));
  if (!labeled && !stacked) return false;
  // (After a list or a schedule, whose items end with no sentence end, a title over a label heads it too: `-- laptops
  // registered before arrival` / blank / `Points of Contact` / blank / `3. (SBU) ...`; see `opensListOrSchedule`; not
  // a table's last row, `Total   330.6   42.1`.)
  const line = block.lines[0] ?? '';
  if (
    currentText !== '' &&
    !endsSentence(currentText) &&
    !endsWithQuoteDamage(currentText) &&
    !(labeled && (opensListOrSchedule(currentText) || endsInListItem(currentText) || isListUnderLeadIn(currentText, openBlocks, above, line)) && !isMostlyDigits(line) && !isTableRow(line)) &&
    // (A note or comment closed in its bracket with no full stop after it ends the text: `... candidates.  End Note)`.)
    !BRACKETED_CLOSER_END.test(currentText.slice(-24)) &&
    // (So does a reference in brackets or a web address, the stop left out: `... for a second year (ref B)`,
    // `... available in English at http://www.bok.or.kr`.)
    !CITATION_END.test(currentText.slice(-60)) &&
    // (A quoted letter's signatory ends the text before: `Dr. Mohammad Ahmad Al-Jarallah` / blank / `Next Steps`; also
    // under its complimentary close, `Yours faithfully,` / `Dr. Peter Mwaba`.)
    !(labeled && isSignatoryName(currentText.replace(SIGN_OFF, '')) && openBlocks.some(opensLetter))
  ) {
    return false;
  }
  if (line.length > 2 * RULED_HEADING_WIDTH) return false;
  // Runs of spaces collapsed: `Comment:  Jockeying for Power within the Ruling Coalition`.
  const text = blockText([line]);
  // A wrapped heading is read in sentence case only (see `isShortHeading`; its last line may be a lower-case word:
  // `Issues influencing expansion of the country's support for` / `afghanistan`).
  // (Or a punctuated headline wrapped, `Poti, the port and the` / `east-west highway`, or a title-case headline of up to
  // two lines: `Tymoshenko Promises to Remove RosUkrEnergo, but Her Own Ministers` / `Doubt She Can Deliver Before the Summer`.)
  if (block.lines.length === 2) {
    if (stacked) return stackedShort;
    const joined = blockText(block.lines);
    // (Not a letter's signatory over a title: `Alvaro Uribe Velez` / `President of the Republic of Colombia`.)
    return labeled && (isShortHeading(joined, true) || isPunctuatedHeadline(joined) || (isWrappedTitleCaseHeadline(block.lines, joined) && !SIGNATORY_NAME.test(blockText([line]))) || captioned);
  }
  // `question B -- Characteristics of Recruits` (see `isDesignatorHeading`).
  if (!stacked && isDesignatorHeading(text)) return true;
  // The second half of a heading left open with an ellipsis over the paragraph before, opening with a conjunction:
  //     Lula Plays on Class Tensions...       <- heading of paragraph 4
  //     4. (SBU) Lula's campaign has ... a continued commitment to social spending. ...
  //
  //     and Continues With the Misinformation Tactic       <- heading of paragraph 5
  //
  //     5. (C) In the October 23 debate, ...
  // (A lower-case `a`, `b`, `o`, `y` first is the pre-test.)
  if (labeled && openHeading !== null && isAsciiLowerCode(text.charCodeAt(0)) && continuesHeading(text, openHeading)) return true;
  // The signatory closing a letter the paragraph quotes (a block opening `Dear ...`), not a heading:
  //     Dear Mr. Charge d'Affaires,
  //     ...
  //     Dr. Mohammad Ahmad Al-Jarallah
  //
  //     4) (SBU) Embassy is coordinating the offer ...
  // (After the signatory, a title heads the next paragraph: `Dr. Mohammad Ahmad Al-Jarallah` / blank / `Next Steps`.)
  if (labeled && isSignatoryName(text) && endsSentence(currentText) && openBlocks.some(opensLetter)) return false;
  // A headline punctuated inside or asking a question, right over a label (see `isPunctuatedHeadline`).
  if (labeled && !stacked && isPunctuatedHeadline(text)) return true;
  // `Background`, `Political Engagement`, `U.S. - China Collaboration`; not `End Summary`.
  if (text.length > TITLE_OVER_LABEL_WIDTH || !HAS_LOWER.test(text) || !isRuledTitle(text) || text.endsWith(':') || /^(?:begin|end)\b/i.test(text)) return false;
  // Over another title only in title case: `BUDGET (In Separate Email)`, not `Next steps`; or two short sentence-case lines.
  if (stacked) return stackedShort || (!/[?!]$/.test(text) && isTitleCase(text, 6));
  // A short heading in sentence case: `Problem statement`, `Next steps` (not a question; five words may be a
  // sentence: `Thank you for your help`).
  // In a cable that has headed a paragraph before, a longer one too: `Security assistance and engagement overview`.
  if (isShortHeading(text, headed)) return true;
  // A title-case headline up to `TITLE_OVER_LABEL_WIDTH` characters: `Depot Owners and the Tanker Drivers Union Trade Blame for Queues`.
  return isTitleCase(text, 12, true);
}

/** Longest one-line title read over a labeled block (`titleOverLabel`); sentence-case ones are shorter (`isShortHeading`). */
const TITLE_OVER_LABEL_WIDTH = 80;

/** Most words of a title-case headline wrapped over two lines (`isWrappedTitleCaseHeadline`). */
const WRAPPED_HEADLINE_WORDS = 20;

/**
 * True when a two-line block is a title-case headline wrapped (`joined` its text): every word capitalized but a
 * headline's small words, at most `WRAPPED_HEADLINE_WORDS` words, no sentence end inside or at its end, each line a
 * ruled title's length at most (`Tymoshenko Promises to Remove RosUkrEnergo, but Her Own Ministers` / `Doubt She Can
 * Deliver Before the Summer`).
 */
function isWrappedTitleCaseHeadline(lines: readonly string[], joined: string): boolean {
  if (lines.some((l) => l.trim().length > RULED_HEADING_WIDTH) || !HAS_LOWER.test(joined) || SENTENCE_INSIDE.test(joined) || endsLikeText(joined) || /[:!]$/.test(joined)) return false;
  return isAsciiUpperCode(joined.charCodeAt(0)) && isTitleCase(joined, WRAPPED_HEADLINE_WORDS) && !isTableRow(joined);
}

/** Longest headline and most words read by `isPunctuatedHeadline`. */
const PUNCTUATED_HEADLINE_WIDTH = 60;
const PUNCTUATED_HEADLINE_WORDS = 9;

/** Abbreviations a headline may hold before a space, their dot no sentence end: `Lee vs. Park`, `USD 399 bln.,` (lower case). */
const HEADLINE_ABBREVIATIONS: ReadonlySet<string> = new Set(['vs', 'v', 'bln', 'mln', 'approx', 'no', 'st', 'mr', 'dr', 'gov', 'p.m', 'a.m']);

/** Words of a lead-in ending with a colon, not of a topic: `As follows:`, `The points are:`, `They include:`. */
const LEAD_IN_WORDS: ReadonlySet<string> = new Set(['follows', 'following', 'is', 'are', 'was', 'were', 'include', 'includes', 'included', 'be', 'as', 'he', 'she', 'they', 'we', 'i', 'it', 'said', 'says', 'told', 'asked', 'noted', 'added']);

/** A reported speech's verb after a pronoun: `..., he said`, `They told us`; a headline reports no speech (bounded). */
const REPORTED_SPEECH = /\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)[ \t](?:said|says|told|asked|added|noted|replied|stressed)\b/;

/**
 * True when a line set off over a label is a headline that punctuation keeps from the other heading rules: a colon, a
 * comma or an abbreviation's dot inside it, or a question mark at its end, in sentence case or title case (`Why the
 * drop?`, `Cabinet reshuffle: sooner, not later`, `MHP, DTP hold their ground`, `Lee vs. Park, the final week`,
 * `Reserves Fall to USD 399 bln., Ruble Steadies`, `"Where are the monitors?"`). At most `PUNCTUATED_HEADLINE_WIDTH`
 * characters and `PUNCTUATED_HEADLINE_WORDS` words; a capital (or a quote and a capital) first; no sentence end inside
 * nor at its end (`.`, `,`, `;`, `!`; a colon only after two or three words naming a topic: `Next steps:`, not `As
 * follows:`); no reported speech (`More to follow, he said`); not a list's lead-in, a
 * table row or a line of figures. The caller checks that the text before it ends a sentence.
 */
function isPunctuatedHeadline(text: string): boolean {
  if (text.length > PUNCTUATED_HEADLINE_WIDTH || !HAS_LOWER.test(text) || isDocumentClosingLine(text)) return false;
  const first = text.charCodeAt(0) === 34 ? 1 : 0;
  if (!isAsciiUpperCode(text.charCodeAt(first))) return false;
  const last = text.charCodeAt(text.length - 1);
  const words = text.split(' ');
  if (words.length > PUNCTUATED_HEADLINE_WORDS || words.length < 2) return false;
  // A colon at the end of two or three words naming a topic, no verb of a lead-in: `Next steps:`, `Key points:` (not `As
  // follows:`, `The points are:`, `He said:`).
  if (last === 58) return words.length <= 3 && text.indexOf(':') === text.length - 1 && !words.some((w) => LEAD_IN_WORDS.has(w.replace(/:$/, '').toLowerCase())) && !REPORTED_SPEECH.test(text) && matchLabel(text) === null;
  // Ends with a letter, a digit, a question mark or a closing quote after one: `... the dead?`, `"... monitors?"`.
  const closing = last === 34 ? text.charCodeAt(text.length - 2) : last;
  if (!(isAsciiAlnum(closing) || closing === 63)) return false;
  // Punctuation the other rules refuse: a colon or a comma inside, an abbreviation's dot, a question.
  let marked = closing === 63;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const end = w.charCodeAt(w.length - 1);
    if (end === 44 || end === 58) marked = true;
    else if (end === 46) {
      // A dot inside is an abbreviation's only: `vs.`, `bln.`, `U.S.` (dots inside the word), an initial.
      const bare = w.slice(0, -1).toLowerCase();
      if (!HEADLINE_ABBREVIATIONS.has(bare) && bare.indexOf('.') < 0 && bare.length > 1) return false;
      marked = true;
    } else if (end === 33 || end === 59 || (end === 63 && i < words.length - 1)) return false;
  }
  if (!marked || REPORTED_SPEECH.test(text) || isTableRow(text) || isMostlyDigits(text) || /^(?:begin|end)\b/i.test(text)) return false;
  // A label's text or a bullet is no headline; nor a quoted text's end mark.
  return matchLabel(text) === null && !isBullet(text);
}

/**
 * A letter's salutation opening a block: `Dear Mr. Charge d'Affaires,`, `Dear Colleague:`, the letter's text after it
 * starting with a capital; not an epithet in a sentence (`Dear Leader Kim Jong Il, who ...`). Anchored, bounded.
 */
const SALUTATION = /^Dear [A-Z][^\n,:]{0,60}[,:](?:$|\s{1,4}["A-Z])/;

/** A person's name in capitals, two to five words, with `(PROTECT)` after it or not: `PARK SANG-HOON (PROTECT)`, `HAN MYUNG-SOO`. */
const CAPS_NAME_LINE = /^[ \t]{0,4}[A-Z][A-Z'.-]{1,20}(?:[ \t][A-Z][A-Z'.-]{0,20}){1,4}(?:[ \t]{1,2}\((?:STRICTLY[ \t])?PROTECT\))?[ \t]*$/;

/** Longest title line under a name (`isNameOverTitle`). */
const NAME_TITLE_WIDTH = 100;

/**
 * True when two lines are a name in capitals (`CAPS_NAME_LINE`) over a title in mixed case, no sentence end
 * (`Chairman, Policy Committee, Democratic Party`, `Former Vice Foreign Minister; Advisor to the UNDP Candidate`).
 */
function isNameOverTitle(lines: readonly string[]): boolean {
  const title = (lines[1] ?? '').trim();
  return CAPS_NAME_LINE.test(lines[0] ?? '') && title.length <= NAME_TITLE_WIDTH && isAsciiUpperCode(title.charCodeAt(0)) && HAS_LOWER.test(title) && !endsLikeText(title) && matchLabel(title) === null;
}

/** True when a block of a paragraph's text opens a quoted letter with its salutation (`SALUTATION`). */
function opensLetter(block: string): boolean {
  return block.startsWith('Dear ') && SALUTATION.test(block);
}

/**
 * A signatory's name: an honorific, or two to six capitalized words or name particles (`Dr. Mohammad Ahmad
 * Al-Jarallah`, `Abdullah bin Ahmed Zainal Alireza`, `Condoleezza Rice`), no small words (`Next Steps on Aid` is a
 * title). Bounded words.
 */
const SIGNATORY_NAME = /^(?:(?:Dr|Mr|Mrs|Ms|Prof|Sheikh|H\.E)\.? )?[A-Z][A-Za-z'-]{1,20}(?: (?:[A-Z]\.|[A-Z][A-Za-z'-]{1,20}|bin|bint|ibn|al|el|de|da|del|van|von|der)){1,5}$/;

/** A letter's complimentary close before the signatory's name: `Yours faithfully, `, `Sincerely, `, `With best regards, ` (anchored, bounded). */
const SIGN_OFF = /^(?:yours[ a-z]{0,20}|sincerely(?: yours)?|respectfully(?: yours)?|cordially|(?:with )?(?:my )?(?:best |warm |kind )?regards)[,.]?\s{1,4}/i;

/** Name particles a signatory's name may hold (`bin`, `van`), though some are a heading's small words too (`de`). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'de', 'da', 'del', 'van', 'von', 'der']);

/**
 * True when a line is a signatory's name (`SIGNATORY_NAME`) holding no heading's small words, and something only a
 * person's name has: an honorific, an initial, a name particle or an `Al-` name (`Dr. Peter Mwaba`, `Raymond L.
 * Ashcombe`, `Abdullah bin Ahmed Zainal Alireza`); capitalized words alone may be a title (`NGO Reaction`).
 */
function isSignatoryName(text: string): boolean {
  if (!SIGNATORY_NAME.test(text)) return false;
  let personal = HONORIFIC_FIRST.test(text);
  for (const w of text.split(' ')) {
    if (NAME_PARTICLES.has(w) || /^[A-Z]\.$/.test(w) || /^(?:Al|El)-[A-Z]/.test(w)) personal = true;
    else if (SMALL_WORDS.has(w.toLowerCase())) return false;
  }
  return personal;
}

/** An honorific opening a name: `Dr.`, `Mr.`, `Sheikh`, `H.E.` (anchored). */
const HONORIFIC_FIRST = /^(?:Dr|Mr|Mrs|Ms|Prof|Sheikh|H\.E)\.? /;

/** Most words of a sentence-case heading line (`isShortHeading`). */
const SHORT_HEADING_WORDS = 4;
/** Most words and characters of a sentence-case heading in a cable that has headed a paragraph before (`isShortHeading`). */
const HEADED_HEADING_WORDS = 8;
const HEADED_HEADING_WIDTH = 80;
/** A comma, colon, semicolon, question or exclamation mark, or a digit opening a word (`in 2010`, `C-130`; not `m2m`, `G8`); one try per position. */
const NOT_SHORT_HEADING = /[,:;?!]|\b\d/;

/**
 * True when a line (spaces collapsed) can be a short heading in sentence case: at most 50 characters and
 * `SHORT_HEADING_WORDS` words, a capital first, no sentence end, comma, colon or question, no number
 * (`Economic perspective`, `Military/defense perspective`, `Military-to-military (m2m) cooperation`; not
 * `More to follow, he said`). In a cable that has headed a paragraph before (`headed`), headings of that
 * shape are its style: up to `HEADED_HEADING_WORDS` words and `HEADED_HEADING_WIDTH` characters
 * (`Transit of vehicles and other wheeled equipment`).
 */
function isShortHeading(text: string, headed = false): boolean {
  if (text.length > (headed ? HEADED_HEADING_WIDTH : 50)) return false;
  // A document's symbol or a group in brackets after the title is no part of its wording: `Burma resolution
  // (A/HRC/7/L.29)`, `Rights of the child (GRULAC)`.
  const tag = BRACKETED_TAG_END.exec(text);
  const title = tag === null ? text : text.slice(0, tag.index);
  if (!HAS_LOWER.test(title) || NOT_SHORT_HEADING.test(title) || /^(?:begin|end)\b/i.test(title)) return false;
  if (title.split(' ').length > (headed ? HEADED_HEADING_WORDS : SHORT_HEADING_WORDS)) return false;
  return isRuledTitle(text);
}

/** A bracketed tag ending a title, a space before it: ` (A/HRC/7/L.29)`, ` (L.34)`, ` (GRULAC)` (anchored at the end, bounded). */
const BRACKETED_TAG_END = / \([A-Za-z0-9][A-Za-z0-9./ -]{0,29}\)$/;

/**
 * True when a text ends a sentence and then the scraping damage of a closing quote, written `8` (its
 * opening quote written `&`, within the last 200 characters): `... is its &privileged sphere of influence.8`.
 */
function endsWithQuoteDamage(text: string): boolean {
  const n = text.length;
  if (n < 3 || text.charCodeAt(n - 1) !== 56 || !/[.!?]/.test(text.charAt(n - 2))) return false;
  // Searched in the last 200 characters only (a search back through a long paragraph per call would add up).
  return text.slice(Math.max(0, n - 200), n - 1).indexOf('&') >= 0;
}

/** A conjunction opening the second half of a heading: `and Continues With the Misinformation Tactic` (anchored, bounded). */
const HEADING_CONJUNCTION = /^(?:and|but|or|yet) [A-Z]/;

/**
 * True when `text` (one line, spaces collapsed) goes on with the heading `openHeading` of the
 * paragraph before, which ends with an ellipsis (`Lula Plays on Class Tensions...`): a conjunction,
 * then a title-case title of at most 60 characters with no sentence end (`and Continues With the
 * Misinformation Tactic`; not `and the talks went on.`).
 */
function continuesHeading(text: string, openHeading: string): boolean {
  if (!openHeading.endsWith('...') && !openHeading.endsWith('\u2026')) return false;
  if (text.length > 60 || !HEADING_CONJUNCTION.test(text) || endsLikeText(text) || /[:?!]$/.test(text)) return false;
  const rest = text.slice(text.indexOf(' ') + 1);
  return isRuledTitle(rest) && isTitleCase(rest, 8);
}

/**
 * Where the archive's text broke a long run of rule marks with a space: after every 45 marks, as it broke any run of 45
 * characters without a space (in 111 of the 600 corpus pages):
 *
 *     --------------------------------------------- ----      45 dashes, a space, the rest of the rule
 */
const RULE_BREAK_WIDTH = 45;

/**
 * True when `line` is one run of rule marks, spaces around it only (`--------`; not `------ ---- ----`, a table's column
 * rule); a space the archive put after every `RULE_BREAK_WIDTH` marks is no break (`-----...----- ----`).
 */
function isUnbrokenRule(line: string): boolean {
  const text = line.trim();
  if (text.length < 3) return false;
  for (let i = 0; i < text.length; i++) {
    if (isRuleCode(text.charCodeAt(i))) continue;
    // A space after the 45th, 91st, ... mark, a mark after it (the run before it unbroken: checked on the way).
    if (text.charCodeAt(i) === 32 && i % (RULE_BREAK_WIDTH + 1) === RULE_BREAK_WIDTH && isRuleCode(text.charCodeAt(i + 1))) continue;
    return false;
  }
  return true;
}

/**
 * The title on an underlined label line after its label and marking (`"GAS AND GO" NON-PAPER` of `2. (SBU) "GAS AND GO"
 * NON-PAPER` / `-----`), its rules left out, or `null` when the rest is no title: a ruled title (`isRuledTitle`: a capital
 * first, no sentence end) in all caps or title case (`Example Response Diplomatic Note for the GOE`), not ending with a colon.
 */
function underlinedLabelTitle(rest: string): string | null {
  const text = trimRules(blockText([rest])).trim();
  if (text.length === 0 || text.length > RULED_HEADING_WIDTH || text.endsWith(':') || !isRuledTitle(text)) return null;
  return isTitleLine(text) || isTitleCase(text, 10) ? text : null;
}

/**
 * The heading of a paragraph and its marking: a portion marking opening the heading is no
 * heading text, and it is the paragraph's marking when the paragraph has none of its own
 * (`(C) KEY POINTS` over `-- Prime Minister ...` -> marking `C`, heading `KEY POINTS`).
 */
function headingAndMarking(pending: readonly string[], marking: string | null): { heading: string | null; marking: string | null } {
  if (pending.length === 0) return { heading: null, marking };
  const heading = pending.length === 1 ? trimSlashes(pending[0] ?? '') : pending.map(trimSlashes).join(' ');
  const own = matchMarking(heading);
  if (own === null || own.length >= heading.length) return { heading, marking };
  return { heading: heading.slice(own.length), marking: marking ?? own.marking };
}

/**
 * A heading without the double slashes that set it off: `//COMMENT//` -> `COMMENT`,
 * `//INTERNATIONAL CONTEXT//` -> `INTERNATIONAL CONTEXT` (as dashes frame other headings).
 * Only a pair around a text; `A/B` or `//` alone stay.
 */
function trimSlashes(heading: string): string {
  const n = heading.length;
  if (n <= 4 || heading.charCodeAt(0) !== 47 || heading.charCodeAt(1) !== 47 || heading.charCodeAt(n - 1) !== 47 || heading.charCodeAt(n - 2) !== 47) return heading;
  const inner = heading.slice(2, -2).trim();
  return inner.length > 0 && inner.indexOf('//') < 0 ? inner : heading;
}

/**
 * A block keyword opening a paragraph's text before its marking: `SUMMARY:  (SBU)`, `Comment: (C)`,
 * and the answer of a question-and-answer cable: `Answer: (S) Well-sourced information ...`, `A: (C)`
 * (bounded: constant per try).
 */
const KEYWORD_BEFORE_MARKING = /^\s{0,4}((?:EXECUTIVE\s{1,4})?(?:SUMMARY|COMMENT)\s{0,4}[:.-]|(?:ANSWER|RESPONSE|REPLY|A)\s{0,2}:)\s{0,4}(?=\()/i;

/**
 * The portion marking written after a block keyword at a paragraph's start, and the text with
 * the keyword kept and the marking cut: `SUMMARY:  (SBU) Heading into` -> `SBU`, `SUMMARY: Heading into`.
 */
function markingAfterKeyword(rest: string): { marking: { marking: string; length: number }; rest: string } | null {
  // Cheap pre-test: a `(` within the first 30 characters.
  const open = rest.indexOf('(');
  if (open < 0 || open > 30) return null;
  const m = KEYWORD_BEFORE_MARKING.exec(rest);
  if (m === null) return null;
  const marking = matchMarking(rest.slice(m[0].length));
  if (marking === null) return null;
  return { marking, rest: `${m[1] ?? ''} ${rest.slice(m[0].length + marking.length)}` };
}

/**
 * Where a letter label goes in the outline: the index of the letter level it continues or restarts, or -1 to nest
 * it below the deepest level. All-caps outlines (teletypes had no lower case) reuse capitals at a deeper level:
 *
 *     A. AGRICULTURE.                                   -> ['II', 'A']
 *     1. THE FMG FOURTH PLAN ... PROPOSES TWO ACTIVITIES:
 *     A. A SEED MULTIPLICATION PROJECT ...              -> ['II', 'A', '1', 'A']  (a second `A` under the `1`)
 *     B. TRAINING OF EXTENSION AGENTS ...               -> ['II', 'A', '1', 'B']  (the deepest letter level it follows)
 *     2. LEVEL OF EFFORT ...                            -> ['II', 'A', '2']
 *     B. HEALTH.                                        -> ['II', 'B']
 *
 * An `A` while a letter level is open with a deeper level under it nests; another letter continues the deepest
 * letter level it follows; else the first letter level (a restart, or the only one).
 */
function letterLevel(label: string, stack: readonly OutlineEntry[]): number {
  const first = stack.findIndex((e) => e.style === 'letter');
  if (first < 0) return -1;
  let last = stack.length - 1;
  while (last > first && (stack[last] as OutlineEntry).style !== 'letter') last--;
  if (label === 'A') return last < stack.length - 1 && stack[last]?.refs !== true ? -1 : first;
  for (let k = stack.length - 1; k >= 0; k--) {
    const e = stack[k] as OutlineEntry;
    if (e.style === 'letter' && nextLetter(e.label) === label) return k;
  }
  return first;
}

/** The outline stack after accepting `label`, or `null` when it is not accepted. */
function labelState(label: string, stack: readonly OutlineEntry[]): OutlineEntry[] | null {
  const style = classifyLabel(label, stack);
  if (style === null) return null;
  let at = style === 'letter' ? letterLevel(label, stack) : stack.findIndex((e) => e.style === style);
  if (style === 'arabic' && at >= 0) {
    // Numbers restarting under a letter or roman item below a number nest there, and go on
    // there while they continue (the level above the number was lost or never written):
    //     1.The government of Norway has agreed ...
    //     A. SITE ASSESSMENTS AND MEETINGS CONDUCTED     -> ['1', 'A']
    //     1.On December 8, 2007, the EXBS Advisor ...   -> ['1', 'A', '1']
    //     B. TRAINING DURING THE REPORTING PERIOD       -> ['1', 'B']
    let last = stack.length - 1;
    while (last >= 0 && (stack[last] as OutlineEntry).style !== 'arabic') last--;
    // Not under a reference list's last item: the letter's text after its references goes on
    // beside them (`Ref:` / `A. FMS Case ...` / `F. The discussion ...` / `1. The Royal Malaysian Air
    // Force ...` -> ['5', '1'] when the list was under paragraph 5).
    if (label === '1' && last < stack.length - 1) at = (stack.at(-1) as OutlineEntry).refs === true ? last + 1 : -1;
    else if (labelNumber((stack[last] as OutlineEntry).label) + 1 === labelNumber(label)) at = last;
  }
  const next = at >= 0 ? stack.slice(0, at) : [...stack];
  // `B.` after `A.` of a reference list is in that list.
  if (style === 'letter' && at >= 0 && stack[at]?.refs === true) next.push({ style, label, refs: true });
  else next.push({ style, label });
  return next;
}

/**
 * Splits a body fragment into paragraphs.
 *
 * @example parseParagraphs('1.  (SBU) First.\n\n2.  (C) Second.').map((p) => p.marking) // ['SBU', 'C']
 */
export function parseParagraphs(text: string): Paragraph[] {
  if (typeof text !== 'string') throw new TypeError('parseParagraphs: text must be a string');
  return readParagraphs(splitLines(text).map((l: SourceLine) => l.text));
}
