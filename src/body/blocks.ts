/**
 * Marked blocks of the body: the summary (`SUMMARY: ... END SUMMARY.` inside paragraph
 * text, or a `SUMMARY` heading over the paragraphs that follow it), comments
 * (`COMMENT: ... END COMMENT.`) and notes (`(NOTE:  ... END NOTE.)`).
 */

import type { Paragraph } from '../model/cable.js';
import { isAsciiUpperCode } from '../text/source-line.js';
import { matchMarking } from './paragraph-label.js';

/**
 * `SUMMARY:` / `BEGIN SUMMARY:` / `SUMMARY.` at the start of a paragraph's text (after any `(SBU)`),
 * also with one word joined before or after it by `and`:
 * `Introduction and summary: During a December 29 meeting, ...`,
 * `Summary and Action Request. On January 22 NATO Allies ...`, `SUMMARY AND COMMENT: The EU ...` (up to three words after
 * it: `SUMMARY AND REQUEST FOR GUIDANCE:`, `Summary and request for instructions:`), or after a slash:
 * `SUMMARY/COMMENT:  THE COMMUNIST FACTION ...`; or with a portion marking after the word: `Summary (C): The court ...`;
 * or its writer before it, an office or the embassy: `AIT Summary:`, `USINT SUMMARY:`, `Embassy summary:`;
 * or a dash for the colon, an en or em dash too (a mirror's smart punctuation): `Summary -- The ...`, `Summary — Prime
 * Minister ...`; or a title block of its own opening the paragraph, nothing after it on its line: `1. (C) SUMMARY AND INTRODUCTION` /
 * blank / `Mr. President, your visit ...`.
 * Words are bounded (`[A-Za-z]{3,15}`), so the pattern is linear.
 */
const SUMMARY_START =
  /^(?:\([A-Z/]{1,10}\)\s*)?(?:(?:BEGIN|Begin)\s+|(?:EXECUTIVE|Executive)\s{1,4}|(?:AIT|USINT|USDEL|USOP|USLO|EMBASSY|Embassy|POST|Post|MISSION|Mission)\s{1,4}(?=[Ss]ummary|SUMMARY)|[A-Z][A-Za-z]{2,15}\s{1,4}(?:AND|and|&)\s{1,4}(?=[Ss]ummary|SUMMARY))?(?:SUMMARY|[Ss]ummary)\s*(?:(?:(?:AND|and|&)\s{1,4}|\/)[A-Za-z]{3,16}(?:\s{1,4}[A-Za-z]{3,16}){0,2}\s*|\([A-Z/]{1,10}\)\s?)?(?:[.:\u2013\u2014]|-{1,2}|(?<=[A-Za-z])[ \t]{0,4}\n\n)\s*/;
/**
 * `SUMMARY:` / `Summary:` after a paragraph's lead sentence (`This cable updates ref A.  Summary: For the third time ...`)
 * or a salutation's colon (`Admiral Mullen: Summary and Introduction. You arrive ...`): after a sentence end or a colon
 * and one to four blanks, one word joined by `and` or not (`Summary and Introduction:`), a colon or a period after it
 * (bounded).
 */
const MID_SUMMARY_START = /[.!?:]["')]?[ \t]{1,4}(?:SUMMARY|Summary)(?:[ \t]{1,4}(?:AND|and|&)[ \t]{1,4}[A-Za-z]{3,16})?[ \t]{0,2}[:.][ \t]*/;

/**
 * `Summary` with a lead-in phrase of up to five words before its colon, opened by a preposition:
 * `Summary from the NAC Meeting: -- AFGHANISTAN: ...`, `SUMMARY OF DISCUSSIONS: ...`. Bounded words: linear.
 */
const SUMMARY_LEAD_IN = /^(?:\([A-Z/]{1,10}\)\s*)?(?:SUMMARY|Summary)\s{1,4}(?:of|from|for|on|OF|FROM|FOR|ON)(?:\s{1,4}[A-Za-z0-9'/-]{1,20}){1,5}\s?:\s*/;
/**
 * `END SUMMARY` / `End Summary`, possibly wrapped (`END` / `SUMMARY.`), so whitespace of any kind between;
 * also with the word joined before it: `End introduction and summary.`; with its writer, an office or the embassy:
 * `END USINT SUMMARY.`, `End AIT summary.`, `End Embassy summary.`; and `SUMMARY ENDS.` (as `Comment ends.`).
 * Mistyped as cables sent in haste have it: `End sumary.`, `END SUMMRY`, `END SUMMMARY`, `END SUMMERY`, `ENDSUMMARY`
 * (an `M` missing or doubled, the `A` left out or an `E`, no space after `END`). Global: every candidate of a text is
 * tried (`summaryEndIn`).
 */
const SUMMARY_END = /\bEND\s*(?:OF\s+)?(?:EXECUTIVE\s{1,4}|[A-Z]{3,15}\s{1,4}(?:AND|&)\s{1,4}|(?:AIT|USINT|USDEL|USOP|USLO|EMBASSY|POST|MISSION)\s{1,4})?SUM{1,3}[AE]?RY\b|\bSUM{1,3}[AE]?RY\s{1,4}ENDS\b/gi;
/** A lower-case word after the closer, other than `and`: the words are a sentence's (`... to end summary executions`). Anchored. */
const SENTENCE_GOES_ON = /^\s{1,4}(?!and\b)[a-z]/;

/**
 * The first `END SUMMARY` closer in `text` (`SUMMARY_END`), or `null`: not the words of a sentence going on in lower
 * case after them (`... calls on the government to end` / `summary executions by police ...`, `... to end summary
 * dismissals`), as a closer is followed by its period, the line's end or the next sentence (`End Summary. The ...`).
 */
function summaryEndIn(text: string): RegExpExecArray | null {
  SUMMARY_END.lastIndex = 0;
  for (let m = SUMMARY_END.exec(text); m !== null; m = SUMMARY_END.exec(text)) {
    if (!SENTENCE_GOES_ON.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) return m;
  }
  return null;
}

/** What follows `END SUMMARY` when the closer also ends a comment inside it: ` and comment.` (anchored, bounded). */
const SUMMARY_AND_COMMENT = /^\s{1,4}(?:AND|&)\s{1,4}COMMENT\b/i;
/** A comment opening inside a summary, after a sentence end or at its start: `... the Communists. Comment: With ...` (bounded). */
const COMMENT_IN_SUMMARY = /(^|[.!?]["')]?\s{1,4})(?:COMMENT|Comment)\s?:/;
/**
 * A paragraph whose whole text is the word `Summary`: the title of a numbered section over the
 * paragraphs of the summary (`I. Summary` / `1. The Netherlands continues ... End summary.` / `II. Status of Country`);
 * also joined to another word (`I. (U) SUMMARY AND INTRODUCTION`, `Introduction and Summary`).
 */
const SUMMARY_TITLE = /^\s*(?:EXECUTIVE\s{1,4}|INTRODUCTION\s{1,4}(?:AND|&)\s{1,4})?SUMMARY(?:\s{1,4}(?:AND|&)\s{1,4}[A-Z]{3,16}(?:\s{1,4}[A-Z]{3,16}){0,2})?\s{0,4}[:.]?\s*$/i;
/**
 * A `Summary:` opener inside a paragraph that holds an `END SUMMARY` but does not start with
 * an opener (a label the paragraph reader left in the text: `Action request in paragraph 5.
 * 2. Summary: Mission ... End Summary.`); the summary starts after the last one that opens a sentence (see
 * `opensSentenceAt`: not a document's name, `... the Chair's Summary: a two-page text ...`). After `Begin` the word
 * is an opener in any case, with a colon, a full stop, a closing bracket or nothing after it (a sitrep's lead sentence
 * first: `... local time.  Begin summary: The Embassy moved ...`, `Begin Summary. The ...`, `(Begin summary) The ...`,
 * `... SIX MONTHS. BEGIN SUMMARY THE VOTE WAS ...`; not `... WILL BEGIN SUMMARY PROCEEDINGS`, no sentence's start).
 * The word alone in brackets opens too: `(Summary) Icelandic ...`, `(SUMMARY) PRESIDENT ...` (closed by `(End Summary)`).
 * Bounded blanks.
 */
const SUMMARY_INSIDE = /(?:\b(?:BEGIN|Begin)\s{1,4}(?:SUMMARY|[Ss]ummary)\b\s?(?:[:.]|[)\]][:.]?)?|\b(?:SUMMARY|Summary)\s?:|[([](?:SUMMARY|Summary)[)\]]:?)\s*/g;

/**
 * True when `text` has a sentence start at `at`: the text's start, a block's start (a memorandum of conversation's
 * `BEGIN SUMMARY` under its `PARTICIPANTS:` lines, `... (NOTETAKER)` / blank / `BEGIN SUMMARY: ZIA SAID ...`), or after
 * a sentence end, a colon, an opening bracket or a portion marking (`... local time.  Begin summary:`, `2. Summary:`,
 * `(Begin summary)`, `2. (U) Summary:` where a label was left in the text), spaces between.
 */
function opensSentenceAt(text: string, at: number): boolean {
  let i = at - 1;
  let breaks = 0;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) breaks++;
    else if (c !== 32 && c !== 9) break;
  }
  // (Blocks of a paragraph's text are joined by a blank line: two line breaks.)
  if (i < 0 || breaks >= 2) return true;
  const c = text.charCodeAt(i);
  // `.`, `!`, `?`, `:`, `(`, `[`, or a closing quote or bracket after a sentence end (`... said." Begin summary:`).
  if (c === 46 || c === 33 || c === 63 || c === 58 || c === 40 || c === 91) return true;
  if (c === 41 && matchMarking(text.slice(Math.max(0, text.lastIndexOf('(', i)), i + 1)) !== null) return true;
  return (c === 34 || c === 39 || c === 41) && i > 0 && /[.!?]/.test(text.charAt(i - 1));
}
/** `SUMMARY On August 3 ...`: the bare word standing first, no punctuation after it. */
const SUMMARY_WORD_FIRST = /^(?:\([A-Z/]{1,10}\)\s*)?SUMMARY\s+/;
/**
 * A summary written only as `END SUMMARY` (docs/cable-format.md section 4, "Blocks") is the
 * paragraph that holds it: looked for in this many first paragraphs (a summary opens the cable).
 */
const END_ONLY_PARAGRAPHS = 4;

/**
 * The text before an END marker at `index`, without the bracket or dashes that open the marker:
 * `... individuals move on. (END SUMMARY)` -> `... individuals move on. ` (also `[END SUMMARY]`, `-- END COMMENT --`).
 */
function textBeforeEnd(text: string, index: number): string {
  return text.slice(0, endOpeningAt(text, 0, index));
}

/** Most dashes read as opening an END marker: `-- END SUMMARY --`. */
const END_DASHES = 3;

/**
 * Where the opening of the END marker at `index` starts, no further back than `from`: before the bracket or the dashes
 * (with the blanks before them) set before it (`... of GDP.  (END COMMENT)`, `... -- END SUMMARY --`); else `index`.
 */
function endOpeningAt(text: string, from: number, index: number): number {
  let k = index;
  while (k > from && isSpace(text.charCodeAt(k - 1))) k--;
  const c = k > from ? text.charCodeAt(k - 1) : 0;
  if (c === 40 || c === 91) return k - 1;
  let dashes = 0;
  while (k - dashes > from && dashes < END_DASHES && text.charCodeAt(k - dashes - 1) === 45) dashes++;
  // (A dash glued to a word is the word's: `... follow-` / `END COMMENT` is left alone.)
  return dashes > 0 && (k - dashes === from || isSpace(text.charCodeAt(k - dashes - 1))) ? k - dashes : index;
}

/** A summary's later paragraph without its continuation label: `SUMMARY (CONT): Although ...` -> `Although ...` (see `CONTINUED`). */
function withoutSummaryContinued(text: string): string {
  return text.slice(continuedBlock(text, 'SUMMARY'));
}

/** The paragraphs from `from` up to an `END SUMMARY` among them, at most up to `to` (excluded). */
function summaryUpToEnd(paragraphs: readonly Paragraph[], from: number, to: number): string | null {
  const pieces: string[] = [];
  for (let j = from; j < to; j++) {
    const text = j === from ? (paragraphs[j] as Paragraph).text : withoutSummaryContinued((paragraphs[j] as Paragraph).text);
    const end = summaryEndIn(text);
    if (end !== null) {
      pieces.push(textBeforeEnd(text, end.index));
      break;
    }
    pieces.push(text);
  }
  return pieces.join('\n\n').trim() || null;
}

/**
 * The summary written only as its end: the text before the first `END SUMMARY` in the first
 * paragraphs (`1. (S/NF) Ambassador met ... in the long term. End Summary.`), from the last
 * `Summary:` before it, if any. An `END SUMMARY` that starts its paragraph closes the paragraph before.
 */
function summaryBeforeEnd(paragraphs: readonly Paragraph[]): string | null {
  for (let i = 0; i < paragraphs.length && i < END_ONLY_PARAGRAPHS; i++) {
    const text = (paragraphs[i] as Paragraph).text;
    const end = summaryEndIn(text);
    // (Not a quoted report's own summary: `BEGIN TEXT: ... SUMMARY: ... END SUMMARY. ...`.)
    if (end === null || insideQuotedDocument(text, end.index)) continue;
    let before = textBeforeEnd(text, end.index);
    if (before.trim() === '') {
      if (i === 0) return null;
      before = (paragraphs[i - 1] as Paragraph).text;
    }
    let from = 0;
    SUMMARY_INSIDE.lastIndex = 0;
    for (let m = SUMMARY_INSIDE.exec(before); m !== null; m = SUMMARY_INSIDE.exec(before)) {
      if (opensSentenceAt(before, m.index)) from = m.index + m[0].length;
    }
    if (from === 0) from = SUMMARY_WORD_FIRST.exec(before)?.[0].length ?? 0;
    return before.slice(from).trim() || null;
  }
  return null;
}

/** A section heading's roman or letter label: `I. ` in `I. Summary`, `IV. ` in `IV. COMMENT` (anchored, bounded). */
const SECTION_LABEL_FIRST = /^(?:[IVX]{1,5}|[A-Z])\.[ \t]{1,4}(?=[A-Za-z])/;

/**
 * A heading without the double slashes some posts frame it with: `//COMMENT//` -> `COMMENT`,
 * `// SUMMARY //` -> `SUMMARY` (as a heading framed by dashes), and without a section heading's label: `I. Summary` ->
 * `Summary` (a report's parts titled over numbers that run on). Other headings as they are.
 */
function headingWord(heading: string): string {
  const labeled = SECTION_LABEL_FIRST.exec(heading);
  if (labeled !== null) return heading.slice(labeled[0].length);
  // Cheap test first: the heading starts with `/`.
  if (heading.charCodeAt(0) !== 47 || !heading.startsWith('//') || !heading.endsWith('//') || heading.length < 5) return heading;
  return heading.slice(2, -2).trim();
}

/**
 * How many paragraphs from the top a summary with a lead-in (`SUMMARY OF DISCUSSIONS:`) may open without an `END SUMMARY`
 * after it: further down, `D. SUMMARY OF DUTIES:` is an item of a form, `Summary of charges:` a part of a report.
 */
const LEAD_IN_PARAGRAPHS = 2;

/** True when paragraph `i` or one of the next 40 holds an `END SUMMARY`. */
function closesSummary(paragraphs: readonly Paragraph[], i: number): boolean {
  for (let j = i; j < paragraphs.length && j < i + 40; j++) if (summaryEndIn((paragraphs[j] as Paragraph).text) !== null) return true;
  return false;
}

/**
 * Extracts the summary from the paragraphs, or `null`: after a `SUMMARY:` opener, under a
 * `SUMMARY` heading or a section titled `Summary`, else the paragraph ending in `END SUMMARY`.
 * The portion marking opening a later block of it is left out, as a paragraph's is: several marked blocks before
 * paragraph 1 are one unnumbered paragraph, and its blocks' markings are no summary text
 * (`(C) Summary: ...` / blank / `(C) UNHCR and the NRC told us ...` / blank / `(SBU) Post recommends ... End Summary.`).
 */
export function extractSummary(paragraphs: readonly Paragraph[]): string | null {
  const summary = findSummary(paragraphs);
  return summary === null || summary.indexOf('\n\n(') < 0 ? summary : withoutBlockMarkings(summary);
}

/** A text's blocks after the first without the portion marking opening them (`matchMarking`). */
function withoutBlockMarkings(text: string): string {
  return text
    .split('\n\n')
    .map((block, k) => {
      const m = k === 0 ? null : matchMarking(block);
      return m === null ? block : block.slice(m.length);
    })
    .join('\n\n');
}

/** The summary as `extractSummary` finds it, its blocks' markings kept. */
function findSummary(paragraphs: readonly Paragraph[]): string | null {
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph;
    let start = SUMMARY_START.exec(p.text) ?? (i < LEAD_IN_PARAGRAPHS || closesSummary(paragraphs, i) ? SUMMARY_LEAD_IN.exec(p.text) : null);
    // Where the summary's text starts in the paragraph (after its opener).
    let from = start === null ? 0 : start[0].length;
    // `This cable updates ref A.  Summary: For the third time ...` in one of the first paragraphs, an `END SUMMARY`
    // closing it there or below: the summary opens after the lead sentence.
    if (start === null && i < LEAD_IN_PARAGRAPHS && p.text.indexOf('ummary') > 0) {
      const mid = MID_SUMMARY_START.exec(p.text);
      if (mid !== null && closesSummary(paragraphs, i)) {
        start = mid;
        from = mid.index + mid[0].length;
      }
    }
    if (start !== null) {
      const pieces: string[] = [];
      for (let j = i; j < paragraphs.length && j < i + 40; j++) {
        // A later paragraph may open with a continuation label: `2. (C) SUMMARY (CONT): Although ...` (left out).
        const text = j === i ? p.text.slice(from) : withoutSummaryContinued((paragraphs[j] as Paragraph).text);
        const end = summaryEndIn(text);
        if (end !== null) {
          pieces.push(textBeforeEnd(text, end.index));
          const summary = pieces.join('\n\n').trim();
          // `... the Communists. Comment: With only five parties ... End summary and comment.`: the
          // comment the closer names ends the summary where it opens (it is read as a comment).
          const comment = SUMMARY_AND_COMMENT.test(text.slice(end.index + end[0].length, end.index + end[0].length + 16)) ? COMMENT_IN_SUMMARY.exec(summary) : null;
          return (comment !== null ? summary.slice(0, comment.index + (comment[1]?.length ?? 0)).trim() : summary) || null;
        }
        pieces.push(text);
      }
      return p.text.slice(from).trim() || null;
    }
    // A heading `SUMMARY`, `Summary`, `Executive Summary:`: the paragraphs up to the next
    // heading, or up to an `END SUMMARY` among them.
    // Also `SUMMARY AND ACTION REQUEST`, `SUMMARY/BACKGROUND`, `Summary and Introduction`,
    // `Summary, Comment and Recommendation`, and one or two words joined before it: `Introduction and Summary`,
    // `Key Points and Summary`.
    // `BEGIN SUMMARY.` alone on its line heads the summary's first paragraph too.
    if (p.heading !== null && /^(?:EXECUTIVE\s+|BEGIN\s+|(?:[A-Z]{2,15}\s+){1,2}(?:AND|&)\s+)?SUMMARY(?:\s*(?:AND\s|[/&,])\s*[A-Z][A-Z ,]{0,40})?\s*[:.]?$/i.test(headingWord(p.heading))) {
      let to = i + 1;
      while (to < paragraphs.length && (paragraphs[to] as Paragraph).heading === null) to++;
      // No later heading closes it and no `END SUMMARY` among the rest: the summary is the paragraph under the
      // heading (`SUMMARY` / `1. (C) The minister said little.` / `2. (C) The minister met ...`), not the whole cable.
      if (to === paragraphs.length && to > i + 1 && !paragraphs.slice(i, to).some((q) => summaryEndIn(q.text) !== null)) to = i + 1;
      return summaryUpToEnd(paragraphs, i, to);
    }
    // A section titled `Summary` (`I. Summary`): its paragraphs, up to an `END SUMMARY`, the
    // next heading or the next paragraph at the title's outline level (`II. Status of Country`).
    if (p.heading === null && p.number !== null && SUMMARY_TITLE.test(p.text)) {
      const level = p.outline.length;
      let to = i + 1;
      while (to < paragraphs.length && to < i + 41) {
        const q = paragraphs[to] as Paragraph;
        if (q.heading !== null || (q.number !== null && q.outline.length <= level)) break;
        to++;
      }
      if (to > i + 1) return summaryUpToEnd(paragraphs, i + 1, to);
    }
  }
  return summaryBeforeEnd(paragraphs);
}

/**
 * Openers of comment and note blocks:
 * - `COMMENT:`, `BEGIN COMMENT:`, `NOTE:` (upper case, colon) anywhere: `... said. NOTE: The ...`;
 * - `Comment:`, `(Note:` (capitalized, colon) only at a paragraph start or after `(`: in
 *   running text `note:` is an ordinary word; at a block start also after a marking left in
 *   the text: `... go slow.` / (blank line) / `(S) Comment: Van den IJssel stressed ... End Comment.`;
 * - `COMMENT AND RECOMMENDATION:`, `EMBASSY COMMENT AND ANALYSIS:`, `COMMENT AND REQUEST FOR GUIDANCE:` (one to three words
 *   in capitals joined by `AND`), as `COMMENT:`; `Comment and action request:` (one to three words after `and`) where a
 *   `Comment:` may stand;
 * - `COMMENT.`, `NOTE.` (upper case, period) at a paragraph start (after a marking left in
 *   the text: `(C) COMMENT. An ethnic ...`), after `(` or after a finished sentence:
 *   `... his father's business. NOTE. These assassinations ... END NOTE.` (`END NOTE.`
 *   follows no sentence end, so it opens nothing); `COMMENT --` or `COMMENT -` there too, after an office in capitals
 *   or not: `5.  (S) COMMENT -- THE GOVERNMENT HAS ...`, `... phone numbers. RSO COMMENT - This is the first ...` (not `HAD
 *   NO COMMENT -- HE LEFT`, nor `... NO COMMENT - ...`);
 * - `Comment.`, `(Note.` (capitalized, period) only at a paragraph start or after `(`:
 *   `Comment. Two of Brasilia's three bridges ...`, `(Note. After Kurram, ...`, not `via Diplomatic Note. This`;
 *   after a sentence end too when an END marker closes it (`... not safe.  Comment. Placing Arinc third ... End comment.`).
 * - after `(`, also with one capitalized word before the keyword: `(Post Comment: Asad's recollection is ...)`, an office
 *   with a slash or a hyphen too (`(ARSO-I Note: ...)`),
 *   `(Biographic Note: Sandra Torres was born ... End Note.)`, `(Embassy note: Rumors that ... wealth.)` (in lower case not after a pronoun: `(We note: ...)` is a sentence),
 *   or all in capitals: `(EMBASSY NOTE: ORGANIZERS HAD PROMISED 200,000.)`, `(DEPARTMENT NOTE: ...)`, `(EMBASSY COMMENT: ...)`.
 * - `[` stands where `(` may: `... at the end of 2003. [Comment: Amazing how far a little` / `"cooking of the books" will get you.]`.
 * - `(note:` in lower case after a bracket only: `the Odinga family (note: Odinga's father ...) has`.
 * - a note after an asterisk, with its author or not: `*HUB Note: In a special address ...`, `*Embassy note:`, `*Note:`
 *   (`*HUB NOTE:` is an upper-case `NOTE:`);
 * - a comment qualified by its author, where a `Comment:` may stand (a block start, a sentence end):
 *   `(S/NF) Embassy Note and Comment: Embassy's Legatt Office has ... End Embassy Comment.`, `Post Comment: ...`, in the
 *   plural too (`EMBASSY COMMENTS: ... END EMBASSY COMMENTS.`, `Mission Comments:`; in capitals only after such a
 *   word, at a block start or after a sentence end: not `... HAD NO COMMENTS: HE LEFT ...`);
 * - `Comment - ` (a dash set off by spaces) opening a paragraph: `3. (C) Comment - The vote shows ... End Comment.`;
 * - `Note - ` and `Note -- ` after `(`, at a block start or after a sentence end: `(Note - The non-paper was drafted ...
 *   End Note.)`, `... last week. Note -- the paper ...`;
 * - `COMMENT.` after its writer in capitals, where a `Comment:` may stand: `3. USDEL COMMENT. THE EC'S MOVEMENT ... END
 *   COMMENT.`, `EMBASSY COMMENT.` (not `NO COMMENT.`, `THE COMMENT.`, nor the closer `END COMMENT.`);
 * - a bare `COMMENT` opening a paragraph, its text after it, when an END marker closes it: `6.  COMMENT` / `THE ROKG IS
 *   ALMOST CERTAINLY OVER-INSURED ... END COMMENT.` (not `COMMENT AND RECOMMENDATION:`, read as above);
 *   the author an office (`Consular comment:`, `ConGen comment:`), an officer (`Conoff comment:`, `Poloff comment:`)
 *   or an abbreviation in capitals (`FPU comment: ... End FPU comment.`, `RSO Comment:`), in up to three capitalized
 *   words (`Regional ESTH Officer Comment:`, `NEA CTAD comment:`, `Econ/ESTH Comment:`, `Further Comment:`), the first
 *   no article or pronoun (`The comment: ...`, `His comment: ...` quote someone) nor `Summary` (`Summary and comment:`
 *   opens the summary, read apart); after the first, `team` and `and` in
 *   lower case too (`PEPFAR team comment:`, `Embassy and CDC comment:`);
 * - the keyword mistyped in haste, where a `Comment:` may stand: `Commnet:`, `Coment:`, `Commment:`, `COMMNET:`;
 * - `Comment/Recommendation:`, `COMMENT/ACTION REQUEST:`, `Comment (FCS):` (a second word after a slash, or the author
 *   in brackets), as `Comment:`; so is a marking in brackets, `Comment (SBU/NF):`;
 * - a note qualified the same way, by a word of a short list (`Bio note:`, `Biographic Note:`, `Embassy note:`,
 *   `Drafter's note:`, `Translator's note:`, `Hub note:`, `Emboff note:`, the FBI's `Legat note:`), an officer's title after one word or none
 *   (`Science Attache note:`, `ESTH Counselor note:`, `Hub Officer note:`; not `Please note:`) or an office in capitals
 *   (`RSO Note:`, `DAO note:`, `DS/TIA/ITA Note:`), where a `Note:` may stand: `... in 1999.  Bio note: Born in Karak in
 *   1946 ... End bio note.`
 *   After `Begin` too, any case, with a colon or a period: `Begin bio note.`, `BEGIN BIO NOTE.`, `Begin Embassy note:`;
 *   in the plural for several people's notes in one block (`Begin bio notes:` ... `End bio notes.`);
 *   and `Begin note.` (lower-case `note`; after a sentence end too, unlike a bare `Note.`).
 * - `BEGIN COMMENT` alone as a block of its own, bare or in brackets (`[BEGIN COMMENT]`, `(Begin comment)`), the comment
 *   in the paragraphs under it up to its closer (`[END COMMENT]`);
 * - `Begin comment.` (a period, `comment` in any case) and `(Begin Comment)` in running text, at a block start or after
 *   a sentence end: `... would be replaced.  Begin comment.  The Governor ... End comment.`, `... on November 18.  (Begin
 *   Comment) We have no evidence ... (End Comment) The Governor ...`.
 * Every run of spaces is bounded, the sentence end is a bounded look-behind.
 */
const OPENERS = {
  COMMENT:
    /(?:^|\n\n|(?<=[.!?]["')]?[ \t]{1,4}))[ \t]{0,4}(?:\([A-Z/]{1,10}\)[ \t]{0,4})?(?!(?:The|A|An|His|Her|Its|Their|My|Your|Our|This|That|These|Those|No|Public|We|I|They|You|He|She|It|Summary)[ \t])[A-Z][A-Za-z'/.-]{0,15}[ \t]{1,4}(?:(?:[A-Z][A-Za-z'/.-]{0,15}|team|and|&)[ \t]{1,4}){0,2}(?:[Nn]ote[ \t]{1,4}(?:and|&)[ \t]{1,4})?[Cc]omments?(?:[ \t]{1,4}AND(?:[ \t]{1,4}[A-Z]{3,16}){1,3})?(?:\s?:|[ \t]{1,2}-{1,2}[ \t])|[([][ \t]{0,4}[A-Z][a-z']{1,15}[ \t]{1,4}Comment\s?:|[([][ \t]{0,4}[A-Z]{2,12}[ \t]{1,4}(?:[Cc]omment|COMMENT)\s?:|[([][ \t]{0,4}(?!(?:We|I|They|You|He|She|It)[ \t])[A-Z][a-z']{1,15}[ \t]{1,4}comment\s?:|\b(?:BEGIN\s{1,4})?COMMENT(?:[ \t]{1,4}AND(?:[ \t]{1,4}[A-Z]{3,16}){1,3}|\/[A-Z]{3,16}(?:[ \t][A-Z]{3,16})?)?\s?:|(?:^|\n\n|(?<=[.!?]["')]?[ \t]{1,4}))[ \t]{0,4}(?:\([A-Z/]{1,10}\)[ \t]{0,4})?(?!NO[ \t])[A-Z]{2,12}[ \t]{1,4}COMMENTS\s?:|(?:^|\n\n|[([]|(?<=[.!?]["')]?[ \t]{1,4}))[ \t]{0,4}(?:\([A-Z/]{1,10}\)[ \t]{0,4})?(?:Begin\s{1,4}[Cc]omment|Comments?|COMMENTS|Com{1,3}(?:ent|net)|COM{1,3}(?:ENT|NET)|Comment[ \t]{1,4}and[ \t]{1,4}[A-Za-z][a-z]{2,15}(?:[ \t]{1,4}[A-Za-z][a-z]{2,15}){0,2}|Comment\/[A-Z][a-z]{2,15}(?:[ \t][A-Za-z][a-z]{2,15})?|Comment[ \t]?\([A-Z][A-Za-z/]{1,11}\))\s?:|(?:^|\n\n|[([]|(?<=[.!?]["')]?[ \t]{1,4}))[ \t]{0,4}(?:\([A-Z/]{1,10}\)[ \t]{0,4})?(?:(?:BEGIN\s{1,4}|(?!(?:END|NO|THE|HIS|HER|ITS|OUR|THEIR|ANY|THIS|THAT)[ \t])[A-Z]{2,8}[ \t]{1,4})?COMMENT\.|(?!NO[ \t])(?:[A-Z]{2,8}[ \t]{1,4})?COMMENT[ \t]{0,2}(?:--|-(?=[ \t])))|(?:^|\n\n|[([])[ \t]{0,4}(?:\([A-Z/]{1,10}\)[ \t]{0,4})?(?:Begin\s{1,4})?Comment\.|(?:^|\n\n|[([]|(?<=[.!?]["')]?[ \t]{1,4}))[ \t]{0,4}(?:\([A-Z/]{1,10}\)[ \t]{0,4})?Begin[ \t]{1,4}[Cc]omment(?:\.|[)\]](?![ \t]*(?:\n\n|$)))|(?:^|\n\n)[ \t]{0,4}(?:\([A-Z/]{1,10}\)[ \t]{0,4})?Comment[ \t]{1,2}-{1,2}[ \t]|(?:^|\n\n)[ \t]{0,4}(?:\([A-Z/]{1,10}\)[ \t]{0,4})?COMMENT(?![ \t]{1,4}AND\b)(?=[ \t][A-Z])|(?<=[.!?]["')]?[ \t]{1,4})Comment\.|(?:^|\n\n)[ \t]{0,4}[([]?(?:BEGIN|Begin)[ \t]{1,4}(?:COMMENT|[Cc]omment)[ \t]{0,2}:?[)\]]?[ \t]*(?=\n\n|$)/g,
  NOTE: /\*[ \t]{0,2}(?:[A-Z][A-Za-z']{1,15}[ \t]{1,4})?[Nn]ote\s?:|(?:^|\n\n|[([]|(?<=[.!?]["')]?[ \t]{1,4}))[ \t]{0,4}(?:\([A-Z/]{1,10}\)[ \t]{0,4})?(?:Note|NOTE)[ \t]{1,2}-{1,2}[ \t]|(?:^|\n\n|(?<=[.!?]["')]?[ \t]{1,4}))[ \t]{0,4}(?:\([A-Z/]{1,10}\)[ \t]{0,4})?(?:(?:Bio|Biographic|Embassy|Post|Mission|Consulate|Editor's|Drafter's|Translator's|Background|Hub|Emboff|Poloff|Econoff|Conoff|Pol\/Econoff|Legatt?|[A-Z]{2,8}(?:[/-][A-Z]{1,8}){0,2}|(?:[A-Z][A-Za-z]{1,15}[ \t]{1,4})?(?:Attache|Officer|Counselor|Coordinator))[ \t]{1,4}[Nn]otes?\s?:|(?:Begin|BEGIN)[ \t]{1,4}(?:[Bb]io|[Bb]iographic|[Ee]mbassy|[Pp]ost|[Mm]ission|[Cc]onsulate|[Ee]ditor's|[Dd]rafter's|[Bb]ackground|BIO|BIOGRAPHIC|EMBASSY|POST|MISSION|CONSULATE)[ \t]{1,4}(?:[Nn]otes?|NOTES?)\s?[:.])|[([][ \t]{0,4}note\s?:|[([][ \t]{0,4}[A-Z][a-z']{1,15}[ \t]{1,4}Note\s?:|[([][ \t]{0,4}[A-Z]{2,12}(?:[/-][A-Z]{1,6})?[ \t]{1,4}(?:[Nn]ote|NOTE)\s?:|[([][ \t]{0,4}(?!(?:We|I|They|You|He|She|It)[ \t])[A-Z][a-z']{1,15}[ \t]{1,4}note\s?:|\b(?:BEGIN\s{1,4})?NOTE\s?:|(?:^|\n\n|[([]|(?<=[.!?]["')]?[ \t]{1,4}))[ \t]{0,4}(?:\([A-Z/]{1,10}\)[ \t]{0,4})?(?:Begin\s{1,4}[Nn]ote|Note)\s?:|(?:^|\n\n|[([]|(?<=[.!?]["')]?[ \t]{1,4}))[ \t]{0,4}(?:\([A-Z/]{1,10}\)[ \t]{0,4})?(?:BEGIN\s{1,4})?NOTE\.|(?:^|\n\n|[([]|(?<=[.!?]["')]?[ \t]{1,4}))[ \t]{0,4}(?:\([A-Z/]{1,10}\)[ \t]{0,4})?Begin\s{1,4}[Nn]ote\.|(?:^|\n\n|[([])[ \t]{0,4}(?:\([A-Z/]{1,10}\)[ \t]{0,4})?Note\./g,
} as const;
/**
 * The press or the public named right before the keyword: their comment is what a paragraph reports, not the writer's
 * (`6.  (U) PRESS COMMENT.  THE DAILY NATION ...`, `(SBU) Media comment:  Les Echos called ...`). Bounded, anchored at the end.
 */
const OTHERS_COMMENT = /\b(?:press|media|public|editorial|newspaper|radio|television|tv)[ \t]{1,4}$/i;

/** True when an opener match (`opener`, at `at` in `all`) names the press or the public before its keyword (`OTHERS_COMMENT`). */
function namesOthersComment(all: string, at: number, opener: string): boolean {
  const k = opener.search(/comment/i);
  if (k < 0) return false;
  const end = at + k;
  return OTHERS_COMMENT.test(all.slice(Math.max(0, end - 20), end));
}

/**
 * The marks that open and close a quoted document: `BEGIN TEXT:`, `Begin text of non-paper`, `END TEXT.`, `End quote.`,
 * and `QUOTE` / `UNQUOTE` in capitals (`quote` in a sentence is a word). Bounded runs.
 */
const QUOTED_DOCUMENT_MARK = /\b(?:([Bb][Ee][Gg][Ii][Nn]|[Ee][Nn][Dd])\s{1,3}(?:[Oo][Ff]\s{1,3})?(?:[Tt][Ee][Xx][Tt]|[Qq][Uu][Oo][Tt][Ee])|(UN)?QUOTE)\b/g;

/**
 * The quoted documents in `text`, as `[start, end)` ranges: from the end of an opening mark (`BEGIN TEXT:`, `QUOTE`) to
 * the closing one (`END TEXT.`, `UNQUOTE`), or to the end of `text` (`QUOTED_DOCUMENT_MARK`). A native search for the
 * marks' letters first.
 */
function quotedDocumentRegions(text: string): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  if (text.indexOf('QUOTE') < 0 && text.indexOf('EGIN') < 0 && text.indexOf('egin') < 0) return regions;
  let open = -1;
  QUOTED_DOCUMENT_MARK.lastIndex = 0;
  for (let m = QUOTED_DOCUMENT_MARK.exec(text); m !== null; m = QUOTED_DOCUMENT_MARK.exec(text)) {
    const opens = m[1] !== undefined ? (m[1].charCodeAt(0) | 32) === 98 : m[2] === undefined;
    if (opens && open < 0) open = m.index + m[0].length;
    else if (!opens && open >= 0) {
      regions.push([open, m.index]);
      open = -1;
    }
  }
  if (open >= 0) regions.push([open, text.length]);
  return regions;
}

/** True when position `at` of `text` lies inside a quoted document (`quotedDocumentRegions`). */
function insideQuotedDocument(text: string, at: number): boolean {
  return quotedDocumentRegions(text).some(([start, end]) => start <= at && at < end);
}

/** An opener that is the bare keyword, maybe after `BEGIN` and a marking: `NOTE:`, `Note.`, `BEGIN NOTE:`, `Begin note.` (anchored). */
const BARE_NOTE_OPENER = /^\s{0,4}(?:\([A-Z/]{1,10}\)\s{0,4})?(?:BEGIN\s{1,4}(?:NOTE|Note)|Begin\s{1,4}[Nn]ote|NOTE|Note)\b/;

/**
 * Removes from `matches` the bare `NOTE:` openers (`BARE_NOTE_OPENER`) inside a quoted document: a President's letter
 * between `QUOTE` and `UNQUOTE` ending `NOTE: I AM SENDING A SIMILAR MESSAGE TO KING HUSSEIN.`, a joint statement's own
 * `Note: This statement is issued in English and Arabic`. A bracketed or qualified note there (`(Embassy note: ...)`) is
 * the drafter's and stays. One scan of `all` for the marks (`quotedDocumentRegions`).
 */
function dropQuotedDocumentNotes(all: string, matches: Array<{ index: number; end: number }>): void {
  const regions = quotedDocumentRegions(all);
  if (regions.length === 0) return;
  let r = 0;
  let kept = 0;
  for (const m of matches) {
    while (r < regions.length && (regions[r] as [number, number])[1] <= m.index) r++;
    const region = regions[r];
    const inside = region !== undefined && region[0] <= m.index;
    if (inside && BARE_NOTE_OPENER.test(all.slice(m.index, m.end))) continue;
    matches[kept++] = m;
  }
  matches.length = kept;
}

/**
 * One word qualifying a closer (`End Embassy Comment`, `End drafter's note`), in any case: no article or possessive
 * (`the end of the comment period` closes nothing). One piece for both closers of `CLOSERS`.
 */
const CLOSER_QUALIFIER = String.raw`(?:(?!(?:THE|A|AN|THIS|THAT|HIS|HER|ITS|THEIR|OUR|YOUR|PUBLIC|NO)\s)[A-Z][A-Z'/-]{1,14}\s{1,4})`;

/** How far back `inSentence` looks for the start of the sentence holding a keyword: a bound. */
const SENTENCE_LOOKBACK = 120;
/** Only closing quotes and brackets, or nothing, after a sentence end (read on at most a few characters). */
const CLOSING_MARKS = /^["')\]\u201d\u2019]{0,3}$/;
/** Most words a keyword's writer takes before it: `REGIONAL ESTH OFFICER COMMENT:`. */
const WRITER_WORDS = 3;
/** Words no writer of a comment or a note holds: articles and prepositions (`... TO DRAW COMMENT:`, `... A NOTE:`). */
const PROSE_WORDS: ReadonlySet<string> = new Set(['A', 'AN', 'THE', 'TO', 'OF', 'NO', 'ON', 'IN', 'AT', 'BY', 'FOR', 'WITH', 'FROM', 'MORE', 'MOST']);

/**
 * True when the keyword at `at` stands inside a sentence, not at its start after at most a writer's few words: more
 * than three words, or an article or a preposition, since the block's start, a sentence end, a bracket, a colon, a
 * semicolon or a dash. A press review's lead-in uses the word as a noun: `... CONTINUED TO DRAW COMMENT:`, `A SAMPLING OF
 * EDITORIAL COMMENT:`, `... STRUCK A MORE CAUTIOUS NOTE:` open no block; `... SAID. EMBASSY COMMENT:` does. Bounded.
 */
function inSentence(all: string, at: number): boolean {
  let words = 0;
  let end = at;
  const stop = Math.max(0, at - SENTENCE_LOOKBACK);
  for (let i = at - 1; i >= stop; i--) {
    const c = all.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10) {
      if (c === 10 && all.charCodeAt(i - 1) === 10) return false;
      if (end > i + 1) {
        const word = all.slice(i + 1, end);
        if (PROSE_WORDS.has(word) || ++words > WRITER_WORDS) return true;
      }
      end = i;
      continue;
    }
    // A boundary: a bracket, a colon, a semicolon, a dash, or a sentence end before a space.
    // (A quote or a bracket may close the sentence: `... SAID." COMMENT:`.)
    if (c === 40 || c === 91 || c === 58 || c === 59 || c === 45 || ((c === 46 || c === 33 || c === 63) && CLOSING_MARKS.test(all.slice(i + 1, end)))) return false;
  }
  return at - SENTENCE_LOOKBACK > 0;
}

/**
 * Closers: `END COMMENT`, `End comment`, `END NOTE`, `Endnote`, possibly wrapped (`END` / `NOTE.`); a
 * comment opened by `SUMMARY AND COMMENT:` closes at `END SUMMARY AND COMMENT`, a qualified one at
 * `End Embassy Comment`, `END POST NOTE AND COMMENT`, `End Note and Comment.`, `END CONGEN COMMENT.`, `End FPU comment.`,
 * `End Regional ESTH Officer Comment.` (up to three words before `COMMENT`, none an article or a possessive: `the end of
 * the comment period` closes nothing); `Comment ends.`,
 * `Note ends.`; a biographic note at `End bio note.` (`End bio notes.` after `Begin bio notes:`). `END COMMENT` with
 * its `O` left out or an `M` missing or doubled is the closer mistyped: `End cmment.`, `END COMENT`, `End commment.`.
 */
const CLOSERS = {
  COMMENT: new RegExp(String.raw`\bEND\s+(?:OF\s+)?(?:SUMMARY\s+AND\s+|${CLOSER_QUALIFIER}{1,3})?CO?M{1,3}ENTS?\b|\bCOMMENTS?\s{1,4}ENDS?\b`, 'gi'),
  NOTE: new RegExp(String.raw`\bEND\s*(?:OF\s+)?(?:BIO(?:GRAPHIC)?\s{1,4}NOTES?|NOTE)\b|\bEND\s+${CLOSER_QUALIFIER}{1,2}NOTES?\b|\bNOTE\s{1,4}ENDS\b`, 'gi'),
} as const;

/**
 * A paragraph that goes on with the block of the paragraph before: `Comment, Cont'd.: It is ...`,
 * `COMMENT CONTINUED: We cannot ...`, `(C) Comment (cont'd): ...`, `Note continued. ...`,
 * `COMMENT (CONT): Contrary to ...`, `SUMMARY (CONT): Although ...`. Bounded runs only
 * (`CONT` needs a bracket, a dot or a colon after it: not `COMMENT CONTRARY`).
 */
const CONTINUED = {
  SUMMARY: /^(?:\([A-Z/]{1,10}\)[ \t]{0,4})?SUMMARY[ \t]{0,4}[,(]?[ \t]{0,4}(?:CONT'D|CONTD|CONTINUED|CONT)[ \t]{0,2}\)?\.?[ \t]{0,2}[:.-][ \t]{0,4}/i,
  COMMENT: /^(?:\([A-Z/]{1,10}\)[ \t]{0,4})?COMMENT[ \t]{0,4}[,(]?[ \t]{0,4}(?:CONT'D|CONTD|CONTINUED|CONT)[ \t]{0,2}\)?\.?[ \t]{0,2}[:.-][ \t]{0,4}/i,
  NOTE: /^(?:\([A-Z/]{1,10}\)[ \t]{0,4})?NOTE[ \t]{0,4}[,(]?[ \t]{0,4}(?:CONT'D|CONTD|CONTINUED|CONT)[ \t]{0,2}\)?\.?[ \t]{0,2}[:.-][ \t]{0,4}/i,
} as const;

/** The length of a continuation opener at the start of a paragraph's text (`COMMENT CONTINUED: `, `SUMMARY (CONT): `), else 0. */
function continuedBlock(text: string, kind: 'SUMMARY' | 'COMMENT' | 'NOTE'): number {
  const c = text.charCodeAt(0);
  // Cheap pre-test: the text starts with the keyword's letter or a marking.
  const k = kind.charCodeAt(0);
  if (c !== 40 && c !== k && c !== (k | 32)) return 0;
  const m = CONTINUED[kind].exec(text.slice(0, 60));
  return m === null ? 0 : m[0].length;
}

/** At most this many characters from a parenthesized opener to its closing parenthesis. */
const MAX_PARENTHESIZED = 6000;

/**
 * The bracket an opener stands right after, `(` (40) or `[` (91), else 0: `(Note: ...`, `(NOTE: ...`,
 * `( COMMENT: ...`, `[Comment: ...`; not a marking before the opener (`(C) COMMENT. ...`).
 */
function openingBracket(all: string, index: number, end: number): number {
  // `(Note:`, `(BEGIN COMMENT:`, `(Post Comment:`, `(Post comment:`, `[Comment:`, `(HUB Note:`, `(EMBASSY NOTE:`, `(ARSO-I Note:`.
  const c = all.charCodeAt(index);
  if (c === 40 || c === 91) return /^[([][ \t]{0,4}(?:(?:BEGIN|Begin)\s{1,4}|[A-Z][A-Za-z']{1,15}(?:[/-][A-Z]{1,6})?[ \t]{1,4})?(?:NOTE|Note|note|COMMENT|Comment|comment)/.test(all.slice(index, end)) ? c : 0;
  let k = index - 1;
  while (k >= 0 && index - k <= 4 && (all.charCodeAt(k) === 32 || all.charCodeAt(k) === 9)) k--;
  const b = k >= 0 ? all.charCodeAt(k) : 0;
  return b === 40 || b === 91 ? b : 0;
}

/** True for a space, tab or line break. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Words naming a diplomatic note before `NOTE:` (a document, not an editor's note): `DRAFT NOTE:`, `REPLY NOTE:`. */
const DOCUMENT_NOTE_WORDS: ReadonlySet<string> = new Set(['DRAFT', 'DIPLOMATIC', 'REPLY', 'RESPONSE', 'VERBAL', 'VERBALE', 'FOLLOWING', 'PROPOSED', 'EXCHANGE', 'GOVERNMENT', "MINISTRY'S", "EMBASSY'S"]);

/** The word (letters and apostrophes, at most 20) before `index` in `all`, spaces skipped, upper case: `DRAFT` in `DRAFT NOTE:`. */
function wordBefore(all: string, index: number): string {
  let k = index;
  while (k > 0 && index - k < 4 && (all.charCodeAt(k - 1) === 32 || all.charCodeAt(k - 1) === 9)) k--;
  let a = k;
  while (a > 0 && k - a < 20 && (isAlphanumeric(all.charCodeAt(a - 1)) || all.charCodeAt(a - 1) === 39)) a--;
  return all.slice(a, k).toUpperCase();
}

/** The first position from `from` (up to `to`) that is no space, tab or line break. */
function skipBlank(all: string, from: number, to: number): number {
  let k = from;
  while (k < to && isSpace(all.charCodeAt(k))) k++;
  return k;
}

/** True for an ASCII letter or digit. */
function isAlphanumeric(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * True when the `)` at `k` closes no parenthesis:
 * - one with a space before it, a dash lost by the scraping: `maximum permitted ) bound ) tariffs`;
 * - a list label of one or two letters or digits after a space: `(Note: the five initiatives: 1) urging ..., 2) pressing ...)`.
 */
function isStrayParenthesis(all: string, k: number): boolean {
  if (k === 0 || isSpace(all.charCodeAt(k - 1))) return true;
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && isAlphanumeric(all.charCodeAt(j))) j--;
  return k - j <= 3 && j >= 0 && isSpace(all.charCodeAt(j)) && k + 1 < all.length && isSpace(all.charCodeAt(k + 1));
}

/**
 * The closing bracket of a block opened after `open` (`(` or `[`), searched from `from` up to `to`
 * (nested pairs counted, stray `)` skipped): `(Note: Sanousi (the chief) was convicted.) Dabdoush ...`
 * -> the `)` after `convicted.`; `[Comment: ... books" will get you.]` -> its `]`; -1 when it is
 * not found within `MAX_PARENTHESIZED` characters.
 */
function closingBracket(all: string, from: number, to: number, open: number): number {
  const shut = open === 91 ? 93 : 41;
  let depth = 1;
  const last = Math.min(to, from + MAX_PARENTHESIZED);
  for (let k = from; k < last; k++) {
    const c = all.charCodeAt(k);
    if (c === open) depth++;
    // (A bracket opened inside the block closes first, whatever stands before it: `... in July (ref A) that ...`.)
    else if (c === shut && (depth > 1 || !isStrayParenthesis(all, k)) && --depth === 0) return k;
  }
  return -1;
}

/**
 * A heading that opens a comment section: `COMMENT`, `Comment`, `Comments:`, `Embassy Comment`, `Consulate Comment`,
 * `Ambassador's Comment`, `Charge's Comment`, `Final Comment`, `SUMMARY AND COMMENT`, `COMMENT AND ACTION REQUEST` (closed by `End Comment and Action Request.`),
 * written above the paragraph(s) of the comment:
 *
 *     COMMENT
 *     -------
 *     15. (C/NF) There is no doubt that ... END COMMENT.
 *
 * The heading may carry a title after a colon: `Comment: Smart, Corrupt, and a Good Ally to Have` / `-----`,
 * or after a dash: `COMMENT - WHAT TO DO WITH THE FILES?` / `-----`.
 */
const COMMENT_HEADING = /^(?:(?:EMBASSY|POST|BEGIN|MISSION|CONSULATE|CONGEN|USINT|FINAL|CLOSING|OVERALL|(?:AMBASSADOR|CHARGE|CHARG\u00c9|DCM|POST)'?S)\s{1,4}|SUMMARY\s{1,4}(?:AND|&)\s{1,4})?COMMENTS?(?:\s{1,4}(?:AND|&)\s{1,4}[A-Z]{2,20}(?: [A-Z]{2,20}){0,2})?\s{0,4}(?:[:.]|:\s{1,4}\S[^\n]{0,100}|-{1,2}\s{1,4}\S[^\n]{0,100})?$/i;

/**
 * A short paragraph that closes a cable rather than continuing a comment section above it:
 * the clearance note (`(U) This telegram was cleared by EUR Assistant Secretary Dan Fried.`,
 * `A/S Welch did not have a chance to clear this cable.`), the coordination note (`This cable
 * was coordinated with Consulate Lagos.`) or an embassy trailer kept as a numbered paragraph
 * (`15. (U) Visit New Delhi's Classified Website: ...`). Tested on the paragraph's first
 * `CLOSING_PARAGRAPH_LENGTH` characters only.
 */
function isClosingParagraph(text: string): boolean {
  if (text.length > CLOSING_PARAGRAPH_LENGTH) return false;
  // `This cable was coordinated with ...`, `This message has been drafted by ...`, `(U) This report was coordinated with Amconsul Recife.`.
  if (/^(?:\([A-Z/]{1,10}\)\s{0,4})?This\s{1,4}(?:telegram|cable|message|report)\s{1,4}(?:was|has\s{1,4}been)\s{1,4}(?:cleared|coordinated|drafted|approved)\b/i.test(text)) return true;
  // `... did not clear on this cable.`, `... cleared this message.`
  if (/\bclear(?:ed)?\b/i.test(text) && /\b(?:this|the)\s{1,3}(?:telegram|cable|message)\b/i.test(text)) return true;
  // `Visit New Delhi's Classified Website: (http://...)`.
  return /^(?:\([A-Z/]{1,10}\)\s{0,4})?(?:Please\s{1,3})?visit\s[^\n]{0,60}classified\s{1,3}web\s?site/i.test(text);
}

/**
 * A heading that goes on with the comment section above it: `Comment Cont'd`, `COMMENT CONTINUED`,
 * `Comment (cont.)`, `Comments, continued:`. Bounded runs only.
 */
const COMMENT_CONTINUED_HEADING = /^COMMENTS?[ \t]{0,4}[,(]?[ \t]{0,4}(?:CONT'D|CONTD|CONTINUED|CONT\.?)[ \t]{0,2}\)?[ \t]{0,2}[.:]?$/i;

/** Longest paragraph taken for a closing paragraph (clearance note or trailer). */
const CLOSING_PARAGRAPH_LENGTH = 250;

/** At most this many paragraphs in a block under a heading (like the summary under a SUMMARY heading). */
const MAX_HEADED_PARAGRAPHS = 40;

/**
 * Where a note may open, for the quick check that skips most cables: `NOTE`, `Note`, or lower case after
 * a word or bracket (`Begin bio note.`, `(note: ...`, `Embassy note:`). One native search instead of five.
 */
const NOTE_WORD = /NOTE|Note|\(note| notes?[:.]/;

/**
 * The same for a comment: `COMMENT`, `Comment`, `Embassy comment:`, `RSO comment - `, `Begin comment.`, and mistyped:
 * `Commnet`, `Coment`.
 */
const COMMENT_WORD = /COM{1,3}(?:ENT|NET)|Com{1,3}(?:ent|net)| comment(?::| -|\.)/;

/**
 * Extracts the texts of `COMMENT` or `NOTE` blocks, in order. A block may span
 * paragraphs; one without its END marker runs to the end of its paragraph. A `COMMENT`
 * heading opens a comment over its paragraphs, up to the next heading or an `END COMMENT`
 * among them (as a `SUMMARY` heading opens the summary).
 */
export function extractBlocks(paragraphs: readonly Paragraph[], kind: 'COMMENT' | 'NOTE'): string[] {
  // Most cables have no such block: skip the scan when the word is absent (the words hold
  // no line break, so each occurrence lies inside one paragraph).
  const headed = kind === 'COMMENT' && paragraphs.some((p) => p.heading !== null && COMMENT_HEADING.test(headingWord(p.heading)));
  const word = kind === 'NOTE' ? NOTE_WORD : COMMENT_WORD;
  if (!headed && !paragraphs.some((p) => word.test(p.text))) return [];
  const texts = paragraphs.map((p) => p.text);
  const all = texts.join('\n\n');
  // Where each paragraph starts and ends in `all`, to cut unterminated blocks.
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length;
    ends.push(at);
    at += 2;
  }
  const opener = OPENERS[kind];
  const closer = CLOSERS[kind];
  // The first closer at or after a position; positions asked only grow, so the closer
  // found last is reused until passed (one scan of `all` in all).
  let close: RegExpExecArray | null = null;
  let closeFrom = -1;
  const closerAfter = (from: number): RegExpExecArray | null => {
    if (closeFrom >= 0 && from >= closeFrom && (close === null || close.index >= from)) return close;
    closer.lastIndex = from;
    close = closer.exec(all);
    closeFrom = from;
    return close;
  };
  // The end of the paragraph holding a position; positions asked only grow.
  let paragraph = 0;
  const paragraphEnd = (from: number): number => {
    while (paragraph < ends.length && (ends[paragraph] as number) < from) paragraph++;
    return ends[paragraph] ?? all.length;
  };
  // Blocks as [start in `all`, text], sorted by start at the end.
  const found: Array<[number, string]> = [];
  // Comment sections under a heading: [start, stop] in `all`, in order.
  const sections: Array<[number, number]> = [];
  if (headed) {
    for (let i = 0; i < paragraphs.length; i++) {
      const raw = (paragraphs[i] as Paragraph).heading;
      if (raw === null) continue;
      const heading = headingWord(raw);
      if (!COMMENT_HEADING.test(heading)) continue;
      // `Summary and Comment` / `---` over `1. ... summary ...` / `2. Comment: ... End Summary and Comment.`:
      // the section is the summary; its comment (if any) is the part its own `Comment:` opens.
      if (/^summary/i.test(heading)) continue;
      const start = starts[i] as number;
      // A section that starts with its own opener (`Comment: ...`) is left to the openers.
      // (Looked for in the paragraph's first 40 characters only: the scan stays linear.)
      opener.lastIndex = 0;
      const own = opener.exec(all.slice(start, start + 40));
      if (own !== null && own.index <= 1) continue;
      let last = i;
      while (last + 1 < paragraphs.length && last + 1 < i + MAX_HEADED_PARAGRAPHS) {
        const after = paragraphs[last + 1] as Paragraph;
        // The section stops at the next heading (not one continuing it: `Comment Cont'd`), and before the cable's clearance line.
        if ((after.heading !== null && !COMMENT_CONTINUED_HEADING.test(headingWord(after.heading))) || isClosingParagraph(after.text)) break;
        last++;
      }
      let stop = ends[last] as number;
      const end = closerAfter(start);
      // A sub-heading inside the comment does not end it when its END marker comes later, no opener of another block
      // between: `Comment` / `-----` / `4. ...` / `5. ...` / `Implications for the Count` / `-----` / `6. ... End Comment.`
      if (end !== null && end.index >= stop) {
        let closing = last;
        while (closing + 1 < paragraphs.length && closing + 1 < i + MAX_HEADED_PARAGRAPHS && (ends[closing] as number) < end.index) closing++;
        if ((ends[closing] as number) >= end.index && closing > last) {
          opener.lastIndex = 0;
          if (opener.exec(all.slice(stop, end.index)) === null) {
            last = closing;
            stop = ends[last] as number;
          }
        }
      }
      if (end !== null && end.index < stop) stop = end.index;
      else {
        // The cable's clearance line left as the last block of the section's last paragraph:
        // `... if Peru is to advance.` / (blank line) / `Congressman Meeks' office did not clear on this cable.`
        const lastText = texts[last] as string;
        const cut = lastText.lastIndexOf('\n\n');
        if (cut >= 0 && isClosingParagraph(lastText.slice(cut + 2))) stop = (starts[last] as number) + cut;
      }
      const text = all.slice(start, stop).trim();
      if (text.length > 0) found.push([start, text]);
      sections.push([start, end !== null && end.index === stop ? end.index + end[0].length : stop]);
      i = last;
    }
  }
  // The openers, as a scan of `all` would find them (each from the end of the one before),
  // searched only in the paragraphs that hold the word: an opener's prefix holds no letters
  // of another paragraph, and `\n\n` before a paragraph is searched with it.
  const matches: Array<{ index: number; end: number }> = [];
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i] as string;
    if (!word.test(t)) continue;
    const from = i === 0 ? 0 : (starts[i] as number) - 2;
    const piece = all.slice(from, ends[i]);
    opener.lastIndex = 0;
    for (let m = opener.exec(piece); m !== null; m = opener.exec(piece)) {
      if (isAsciiUpperCode(m[0].charCodeAt(0)) && inSentence(all, from + m.index)) continue;
      if (kind === 'COMMENT' && namesOthersComment(all, from + m.index, m[0])) continue;
      matches.push({
        index: from + m.index,
        end: from + m.index + m[0].length,
      });
    }
  }
  // A note the quoted document writes itself is its text, not the cable's (see `dropQuotedDocumentNotes`).
  if (kind === 'NOTE' && matches.length > 0) dropQuotedDocumentNotes(all, matches);
  // The first opener at or after a position (positions asked only grow).
  let k = 0;
  const openerFrom = (from: number): { index: number; end: number } | undefined => {
    while (k < matches.length && (matches[k] as { index: number }).index < from) k++;
    return matches[k];
  };
  let section = 0;
  for (let m = openerFrom(0); m !== undefined; ) {
    // Openers inside a comment section already taken are part of it.
    while (section < sections.length && (sections[section] as [number, number])[1] <= m.index) section++;
    const inside = sections[section];
    if (inside !== undefined && inside[0] <= m.index) {
      m = openerFrom(inside[1]);
      continue;
    }
    const start = m.end;
    const next = openerFrom(start);
    const limit = next === undefined ? all.length : next.index;
    const end = closerAfter(start);
    const closed = end !== null && end.index < limit;
    // `Comment.` after a sentence end inside a paragraph opens a comment only when its END marker closes it:
    // `... is not safe.  Comment. Placing Arinc third sends a clear signal ... End comment.` (see `OPENERS`).
    // So does a bare `COMMENT` opening a paragraph, its text after it (`6.  COMMENT` / `THE ROKG IS ... END COMMENT.`).
    if (!closed && ((all.charCodeAt(m.index - 1) === 32 && m.end - m.index === 8 && all.startsWith('Comment.', m.index)) || all.startsWith('COMMENT', m.end - 7))) {
      m = openerFrom(m.end);
      continue;
    }
    let stop = closed ? endOpeningAt(all, start, (end as RegExpExecArray).index) : paragraphEnd(start);
    let resume = closed ? (end as RegExpExecArray).index + (end as RegExpExecArray)[0].length : stop;
    // `(Note: ... .)` (or `[Comment: ... .]`) without its END marker ends at its closing bracket; an END marker
    // before that parenthesis ends it first. (Searched no further than the paragraph's end.)
    const bracket = openingBracket(all, m.index, m.end);
    if (bracket !== 0) {
      const close = closingBracket(all, start, Math.min(stop, paragraphEnd(start)), bracket);
      if (close >= 0) {
        stop = close;
        resume = close + 1;
      }
    }
    // A block without its END marker (nor a bracket) inside a summary ends where the summary ends:
    // `... Comment: We cannot confirm ... within the system.  End summary.` (the marker is the summary's).
    if (!closed && bracket === 0) {
      const piece = all.slice(start, Math.min(stop, limit));
      const summaryEnd = piece.indexOf('um') >= 0 || piece.indexOf('UM') >= 0 ? summaryEndIn(piece) : null;
      if (summaryEnd !== null) stop = resume = start + textBeforeEnd(piece, summaryEnd.index).length;
    }
    // `NOTE:` without its END marker after a word naming a document is a diplomatic note the cable
    // quotes, not an editor's note: `BEGIN TEXT OF DRAFT NOTE: (COMPLIMENTARY OPENING) ... END TEXT.`,
    // `REPLY NOTE:` (an editor's note may name its writer: `HUB NOTE:`, `EMBASSY NOTE:`).
    if (kind === 'NOTE' && !closed && bracket === 0 && DOCUMENT_NOTE_WORDS.has(wordBefore(all, skipBlank(all, m.index, m.end)))) {
      m = openerFrom(m.end);
      continue;
    }
    // A note without its END marker (nor a bracket) ends with its text block: `... NOTE: If post reports
    // that a ... should be noted as well.` / (blank line) / `Please see 5A and 5B above ...` (the answer, not the note).
    if (!closed && bracket === 0 && kind === 'NOTE') {
      let from = start;
      while (from < stop && isSpace(all.charCodeAt(from))) from++;
      // Scanned no further than the next opener (scans do not overlap: linear).
      const last = Math.min(stop, limit);
      for (let b = from; b < last; b++) {
        if (all.charCodeAt(b) === 10 && all.charCodeAt(b + 1) === 10) {
          stop = resume = b;
          break;
        }
      }
    }
    let text = all.slice(start, stop).trim();
    // A block without its END marker goes on in the next paragraph when that one opens with the
    // keyword and `continued`: `5. Comment, Cont'd.: It is possible ...`, `8. COMMENT CONTINUED: We cannot ...`.
    // (Closed by an END marker in a later paragraph: the continuation openers are left out.)
    if (closed && text.includes('\n\n')) text = text.split('\n\n').map((t, i) => (i === 0 ? t : t.slice(continuedBlock(t, kind)))).join('\n\n');
    else if (!closed && bracket === 0) {
      for (let p = paragraph + 1, n = 0; p < texts.length && n < MAX_HEADED_PARAGRAPHS && stop === ends[p - 1]; p++, n++) {
        const more = continuedBlock(texts[p] as string, kind);
        if (more === 0) break;
        const from = (starts[p] as number) + more;
        const after = closerAfter(from);
        const shut = after !== null && after.index < (ends[p] as number);
        stop = shut ? (after as RegExpExecArray).index : (ends[p] as number);
        resume = shut ? (after as RegExpExecArray).index + (after as RegExpExecArray)[0].length : stop;
        text = `${text}\n\n${all.slice(from, stop).trim()}`.trim();
        paragraphEnd(from);
        if (shut) break;
      }
    }
    if (text.length > 0) found.push([m.index, text]);
    m = openerFrom(resume);
  }
  if (sections.length > 0) found.sort((a, b) => a[0] - b[0]);
  return found.map((f) => f[1]);
}
