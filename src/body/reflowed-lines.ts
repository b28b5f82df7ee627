/**
 * Reflowed lines: archive pages that joined a cable's lines, so that a page marker, a
 * heading with its rules, or the next paragraph's label share one line with running text.
 * This pre-pass cuts such a line into the lines the cable had, each piece keeping its own
 * position in the input (so spans and `unparsed` stay exact):
 *
 *     ... should also be considered. SOFIA 00001271 002 OF 003
 *       -> `... should also be considered.` / `SOFIA 00001271 002 OF 003`
 *     ... but the relatively SOFIA 00001271 003 OF 003 short timelines ...
 *       -> `... but the relatively` / `SOFIA 00001271 003 OF 003` / `short timelines ...`
 *     End Summary. ------ RUSSIAN FRIGATE SET TO SAIL ------ 2. (S/NF) During ...
 *       -> `End Summary.` / `------` / `RUSSIAN FRIGATE SET TO SAIL` / `------` / `2. (S/NF) During ...`
 *     ... at the meeting. 3. (C) The minister ...
 *       -> `... at the meeting.` / `3. (C) The minister ...`
 *     7. Pliva endorsed Barr ... links to Russian capital. 8. Although Actavis ...   (no marking: the next number)
 *       -> `7. Pliva endorsed Barr ... links to Russian capital.` / `8. Although Actavis ...`
 *     ... very higgh4. (U) POLICE ... the Embassy.  6. (U) NUMBERS: ... 9-1-1 7. (U). MEDICAL ...
 *       -> a marked label: also glued to a word, after a number, or past the next after a sentence end (5 lost)
 *
 *     ... Ambassador John Duncan. (SBU) Meeting with Brazil's Ambassador (7 May)   (a marked label on a line below)
 *       -> `... Ambassador John Duncan.` / `(SBU) Meeting with Brazil's Ambassador (7 May)`
 *
 *     ... reports of protests. Raul Castells - Movement of Workers  ------- -----   (the next label on a line below)
 *       -> `... reports of protests.` / `Raul Castells - Movement of Workers` / `------- -----`
 *
 *     ... but that Dahlan was resisting.S E C R E T SECTION 02 OF 02 CAIRO 004512 4. (S) Comment: Soliman
 *       -> `... but that Dahlan was resisting.` / `S E C R E T SECTION 02 OF 02 CAIRO 004512` / `4. (S) Comment: Soliman`
 *
 *     ... END COMMENT.)  /  HOAGLAND NNNN          (the body's last line)
 *       -> `HOAGLAND` / `NNNN`
 *
 * Page markers are cut out of any line (their shape is strict); headings, rules and labels
 * only out of long lines (`REFLOWED_LENGTH`), so wrapped pages are left as they are; an end
 * mark only off the end of the body's last line.
 */

import { isAsciiDigitCode, isAsciiLowerCode, isAsciiUpperCode, isBlank, isRuleLine, isWhitespaceCode, trimEnd, type SourceLine } from '../text/source-line.js';
import { isRoman, matchLabel, matchMarking, nextLetter, nextRoman } from './paragraph-label.js';
import { findInlinePageMarkers, parsePageMarkerLine } from './page-markers.js';
import { preambleSubjectLines } from '../preamble/subject.js';
import { parseClassificationLine, parseHandlingLine, type ClassificationLine } from '../preamble/classification.js';
import { correctionNoteLength, preambleSubjectTail } from './transmission-lines.js';

/**
 * Lines longer than this (twice `WRAP_WIDTH`; a wrapped cable line has about 70
 * characters) were reflowed: only they are searched for headings and labels.
 */
export const REFLOWED_LENGTH = 100;

/**
 * A line at least this long holds several paragraphs of a page flattened to one line: there
 * a label after a sentence end continues the sequence even without a portion marking
 * (`... of the year. 4. The ministry ...`).
 */
const ONE_LINE_PAGE = 2000;

/** Longest heading read between a sentence end and a rule run (`End Summary. Georgia and Abkhazia -----`). */
const HEADING_MAX = 100;

/** Fewest dashes of a rule run inside a line (`------`); `--` is a dash in the text. */
const RULE_MIN = 5;

/** An entity for whitespace at the start of a slice: `&#x000A;`, `&#10;`, `&#32;`, `&nbsp;` (bounded). */
const WHITESPACE_ENTITY = /^&(?:#x0{0,4}(?:[9ad]|20);|#0{0,4}(?:9|10|13|32);|nbsp;)/i;

/**
 * A block's end mark and its stop inside a line, a label's digit next: `End Summary. 2`, `END COMMENT. 5` (the match
 * ends before the digit; bounded runs).
 */
const END_MARK_BEFORE_LABEL = /\b(?:End|END)[ \t](?:[Ss]ummary|SUMMARY|[Cc]omment|COMMENT|[Nn]ote|NOTE)[.)]{1,2}[ \t]{1,3}(?=\d)/;

/** `END SUMMARY`, `End Comment`, `END NOTE` at the end of a (bounded) slice. */
const END_OF_BLOCK = /(?:^|[^a-z])END (?:SUMMARY|COMMENT|NOTE)$/i;

/**
 * A space, tab or no-break space before a digit: where a label may start (`... meeting. 3. (C)`); or a lower-case
 * letter, a marked label glued to the word before it (`... is very higgh4. (U) POLICE RESPONSE:`, see `isMarkedLabelCut`).
 */
const SPACE_DIGIT = /[ \t\u00a0a-z](?=\d)/g;

/** Most paragraph numbers lost before a marked label inside a line for it to be read after the gap (`... Embassy.  5. (U) ...` after 2). */
const MAX_INLINE_GAP = 2;

/** A rule run inside a line: `[start, end)`. */
interface Run {
  start: number;
  end: number;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/**
 * Rule runs of `RULE_MIN` or more dashes, single spaces allowed inside (the archive
 * wraps long rules: `--------------------------------------------- ----`, and a stray
 * `--- -` before a label). One pass: linear.
 */
function ruleRuns(text: string): Run[] {
  const runs: Run[] = [];
  const n = text.length;
  let i = text.indexOf('-');
  while (i >= 0 && i < n) {
    const run = dashRunAt(text, i);
    if (run.dashes >= RULE_MIN) runs.push({ start: i, end: run.end });
    i = text.indexOf('-', run.end);
  }
  return runs;
}

/** The dash run starting at `i` (single spaces between dashes allowed: `------ ----`): where it ends and how many dashes it holds. */
function dashRunAt(text: string, i: number): { end: number; dashes: number } {
  let j = i;
  let dashes = 0;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c === 45) {
      dashes++;
      j++;
    } else if (c === 32 && text.charCodeAt(j + 1) === 45) j++;
    else break;
  }
  return { end: j, dashes };
}

/**
 * True when a sentence ends just before `at` (spaces skipped, at most 8): `.`, `!` or `?`,
 * possibly followed by a closing quote or parenthesis (`said."`, `(ref A).`). A dot after a
 * single capital is an initial or an abbreviation (`U.S.`, `S. Ossetia`), not an end.
 */
function sentenceEndsBefore(text: string, at: number): boolean {
  let p = at;
  let spaces = 0;
  while (p > 0 && isSpace(text.charCodeAt(p - 1)) && spaces < 8) {
    p--;
    spaces++;
  }
  if (p === at && at > 0) return false;
  // Closing quotes and brackets: `said."`, `(ref A).)`.
  for (let k = 0; k < 2 && p > 0; k++) {
    const c = text.charCodeAt(p - 1);
    if (c === 34 || c === 39 || c === 41 || c === 93) p--;
    else break;
  }
  const c = text.charCodeAt(p - 1);
  if (c === 33 || c === 63) return true;
  // The end of a summary, comment or note block written without a period:
  // `... trip to Moscow. END SUMMARY 2. (C) NATO Allies met ...`.
  if (isAsciiUpperCode(c) || isAsciiLowerCode(c)) return END_OF_BLOCK.test(text.slice(Math.max(0, p - 12), p));
  if (c !== 46) return false;
  const b = text.charCodeAt(p - 2);
  const bb = text.charCodeAt(p - 3);
  // `U.S.`, `S. Ossetia`: a lone capital before the dot.
  if (isAsciiUpperCode(b) && (p - 3 < 0 || !(isAsciiUpperCode(bb) || isAsciiLowerCode(bb)))) return false;
  return isAsciiLowerCode(b) || isAsciiUpperCode(b) || isAsciiDigitCode(b) || b === 41 || b === 34 || b === 39;
}

/**
 * Where a heading before a rule run starts: the text between the run and a sentence end,
 * the line start or the previous run, at most `HEADING_MAX` characters, with a letter and
 * no label (`End Summary. Georgia and Abkhazia ------` -> the start of `Georgia`).
 * `-1` when there is none. Bounded look-back: linear overall.
 */
function headingStartBefore(text: string, runStart: number, from: number): number {
  // The spaces after the previous run are not part of the heading.
  let lowest = from;
  while (lowest < runStart && isSpace(text.charCodeAt(lowest))) lowest++;
  let e = runStart;
  while (e > lowest && isSpace(text.charCodeAt(e - 1))) e--;
  if (e <= lowest) return -1;
  const stop = Math.max(lowest, e - HEADING_MAX);
  let letter = false;
  // Walk back over the heading; its last character may end it (`Who are they?`).
  for (let h = e - 1; h >= stop; h--) {
    const c = text.charCodeAt(h);
    if (isAsciiUpperCode(c) || isAsciiLowerCode(c)) letter = true;
    const atStart = h === lowest;
    if (!atStart && !(isSpace(text.charCodeAt(h - 1)) && sentenceEndsBefore(text, h))) continue;
    if (!letter) return -1;
    let s = h;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    if (matchLabel(text.slice(s, e)) !== null) return -1;
    return s;
  }
  return -1;
}

/**
 * True when more words between `start` and `end` open with a capital than with a lower-case letter: a name or title
 * (`Raul Castells - Movement of Retired and Unemployed Workers`, `Jorge Ceballos and Roberto Baigorria, Barrios de Pie`),
 * not a sentence cut off (`It rests on reports by Maria Lopez`). Bounded by the caller (`HEADING_MAX`).
 */
function isMostlyCapitalized(text: string, start: number, end: number): boolean {
  let upper = 0;
  let lower = 0;
  for (let k = start; k < end; k++) {
    if (k > start && !isSpace(text.charCodeAt(k - 1))) continue;
    const c = text.charCodeAt(k);
    if (isAsciiUpperCode(c)) upper++;
    else if (isAsciiLowerCode(c)) lower++;
  }
  return upper > lower;
}

/** Most words of a question read as a heading before a rule run (`Who are the Piqueteros?`). */
const QUESTION_HEADING_WORDS = 8;

/**
 * True when the text between a sentence end at `start` and a rule run at `end` is a short question that heads what
 * follows, not the paragraph's last sentence: it ends with `?`, opens with a capital and has at most
 * `QUESTION_HEADING_WORDS` words (`... (ref B). End Summary. Who are the Piqueteros? ------ 3. (SBU) ...`). Bounded
 * by the heading (`headingStartBefore` reads at most `HEADING_MAX` characters).
 */
function isQuestionHeading(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  if (text.charCodeAt(e - 1) !== 63 || !isAsciiUpperCode(text.charCodeAt(start))) return false;
  let words = 1;
  for (let k = start; k < e; k++) if (text.charCodeAt(k) === 32 && ++words > QUESTION_HEADING_WORDS) return false;
  return true;
}

/**
 * An arabic label with a marking at `at`: `2. (S/NF) `, `3.(C/NF) `; its number, whether it is marked, and `word`, where
 * the text after the label and its marking starts (`(U). MEDICAL` -> the `M`); or `null`.
 */
function labelAt(text: string, at: number, requireMarking: boolean): { number: number; marked: boolean; word: number } | null {
  let k = at;
  while (k < text.length && k - at < 3 && isAsciiDigitCode(text.charCodeAt(k))) k++;
  if (k === at || text.charCodeAt(k) !== 46 || isAsciiDigitCode(text.charCodeAt(k + 1))) return null;
  const number = Number(text.slice(at, k));
  k++;
  let spaces = 0;
  while (k < text.length && spaces < 4 && isSpace(text.charCodeAt(k))) {
    k++;
    spaces++;
  }
  // The marking: `(S/NF)`, read from a bounded slice.
  if (text.charCodeAt(k) === 40) {
    const marking = matchMarking(text.slice(k, k + 64));
    if (marking !== null) return { number, marked: true, word: k + marking.length };
  }
  if (requireMarking || spaces === 0 || !isAsciiUpperCode(text.charCodeAt(k))) return null;
  return { number, marked: false, word: k };
}

/** A block keyword opening a paragraph's text: `Summary:`, `COMMENT:` (bounded slice). */
const BLOCK_KEYWORD = /^(?:SUMMARY|Summary|COMMENT|Comment)\s?:/;

/**
 * An arabic label without a marking at `at`, its text opening with a block keyword:
 * `... in paragraph 5. 2. Summary: Mission Indonesia requests ...`; its number, or `null`.
 */
function keywordLabelAt(text: string, at: number): { number: number; marked: boolean; word: number } | null {
  const l = labelAt(text, at, false);
  if (l === null) return null;
  const k = skipSpaces(text, text.indexOf('.', at) + 1);
  return BLOCK_KEYWORD.test(text.slice(k, k + 12)) ? l : null;
}

/** Skips the spaces from `at` (called once per rule run: linear overall). */
function skipSpaces(text: string, at: number): number {
  let k = at;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  return k;
}

/**
 * Maps text columns of a line to offsets in the input. A line whose text has the length
 * of its source range maps one to one; otherwise (HTML entities and tags, repairs) the text
 * is walked along its source: markup and entities are skipped, whitespace runs matched
 * loosely. Each step moves forward in both: linear. `columns` ascend; `starts[i]` is where
 * the character at `columns[i]` comes from, `ends[i]` the offset just after the one before it.
 */
function mapColumns(line: SourceLine, source: string | null, columns: readonly number[]): { starts: number[]; ends: number[] } {
  const text = line.text;
  const to = line.end;
  if (source === null || to - line.offset === text.length || to > source.length) {
    const at = columns.map((k) => Math.min(to, line.offset + k));
    return { starts: at, ends: at };
  }
  const starts: number[] = new Array<number>(columns.length);
  const ends: number[] = new Array<number>(columns.length);
  // `columns` ascend: `c` is the first not yet mapped.
  let c = 0;
  let p = line.offset;
  for (let k = 0; k <= text.length && c < columns.length; k++) {
    const want = columns[c] === k;
    if (want) for (let d = c; d < columns.length && columns[d] === k; d++) ends[d] = p;
    const ch = k < text.length ? text.charCodeAt(k) : -1;
    // Markup the text does not hold: tags (`<a href='#par2'>`, bounded search for `>`) and
    // the pilcrow of a paragraph anchor.
    for (;;) {
      if (p >= to) break;
      const sc = source.charCodeAt(p);
      if (sc === 60 && ch !== 60) {
        let q = p + 1;
        while (q < to && q - p < 300 && source.charCodeAt(q) !== 62) q++;
        if (q < to && source.charCodeAt(q) === 62) {
          p = q + 1;
          continue;
        }
        break;
      }
      if (sc === 0xb6 && ch !== 0xb6) {
        p++;
        continue;
      }
      break;
    }
    if (want) {
      for (; c < columns.length && columns[c] === k; c++) starts[c] = Math.min(p, to);
    }
    if (ch < 0 || p >= to) continue;
    const sc = source.charCodeAt(p);
    if (sc === ch) {
      p++;
    } else if (isWhitespaceCode(ch)) {
      // A space of the text for a run of source whitespace, or for a line break the
      // repairs joined (`grow th&#x000A; nation's` -> `grow th nation's`).
      for (;;) {
        if (p < to && isWhitespaceCode(source.charCodeAt(p))) p++;
        else if (source.charCodeAt(p) === 38 && p < to) {
          const entity = WHITESPACE_ENTITY.exec(source.slice(p, p + 10));
          if (entity === null) break;
          p += entity[0].length;
        } else break;
      }
    } else if (sc === 38) {
      // An entity decoded to one character: `&quot;` -> `"`.
      let q = p + 1;
      while (q < to && q - p < 12 && source.charCodeAt(q) !== 59) q++;
      p = q < to && source.charCodeAt(q) === 59 ? q + 1 : p + 1;
    } else if (isWhitespaceCode(sc)) {
      while (p < to && isWhitespaceCode(source.charCodeAt(p))) p++;
      if (p < to && source.charCodeAt(p) === ch) p++;
    } else {
      // A character the text dropped (`Biob\u00edo` -> `Biobo`): the next few source
      // characters are tried for this one and the next; otherwise a repaired character
      // (`''` -> `"`), one for one.
      let q = p + 1;
      while (q < to && q - p <= 4 && !(source.charCodeAt(q) === ch && source.charCodeAt(q + 1) === text.charCodeAt(k + 1))) q++;
      p = q < to && q - p <= 4 ? q + 1 : p + 1;
    }
  }
  return { starts, ends };
}

/** The SIPDIS caption word. */
const SIPDIS = 'SIPDIS';
/** The country's abbreviation a stray `SIPDIS` may touch: `the SIPDIS U.S., which`, `the U.S. SIPDIS to`. */
const US = 'U.S.';

/**
 * Words that make a `SIPDIS` next to them prose about the caption, not the tagger's stray
 * caption: `Please include SIPDIS in all replies`, `use the SIPDIS caption`.
 */
const PROSE_BEFORE: ReadonlySet<string> = new Set(['include', 'includes', 'including', 'included', 'use', 'uses', 'using', 'used', 'caption', 'captioned', 'captions', 'slug', 'slugged', 'add', 'adding', 'added', 'mark', 'marked', 'tag', 'tagged']);
const PROSE_AFTER: ReadonlySet<string> = new Set(['in', 'caption', 'captions', 'captioned', 'channel', 'channels', 'distribution', 'tag', 'tags', 'tagged', 'traffic', 'cable', 'cables', 'message', 'messages', 'telegram', 'telegrams', 'program', 'system', 'and', 'or']);

/** The word (ASCII letters) ending at `end`, at most 16 characters, lower-cased. */
function wordBefore(text: string, end: number): string {
  let a = end;
  while (a > 0 && end - a < 16 && (isAsciiUpperCode(text.charCodeAt(a - 1)) || isAsciiLowerCode(text.charCodeAt(a - 1)))) a--;
  return text.slice(a, end).toLowerCase();
}

/** The word (ASCII letters) starting at `start`, at most 16 characters, lower-cased. */
function wordAfter(text: string, start: number): string {
  let b = start;
  while (b < text.length && b - start < 16 && (isAsciiUpperCode(text.charCodeAt(b)) || isAsciiLowerCode(text.charCodeAt(b)))) b++;
  return text.slice(start, b).toLowerCase();
}

/**
 * True when a line ends inside a sentence: its last visible character (after closing
 * quotes and brackets) is not `.`, `!`, `?` or `:` (`... an opportunity for discussion on`).
 */
function endsInsideSentence(text: string): boolean {
  let b = text.length;
  while (b > 0 && isWhitespaceCode(text.charCodeAt(b - 1))) b--;
  if (b === 0) return false;
  for (let k = 0; k < 3 && b > 0; k++) {
    const c = text.charCodeAt(b - 1);
    if (c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d) b--;
    else break;
  }
  const c = text.charCodeAt(b - 1);
  return !(c === 46 || c === 33 || c === 63 || c === 58);
}

/**
 * True when the `SIPDIS` at `at` is the tagger's stray caption inside a sentence: a whole
 * word, followed by a space and a lower-case word or a bracket (`SIPDIS the "secrets" of ...`), and
 * neither word around it makes it prose about the caption (`PROSE_BEFORE`, `PROSE_AFTER`).
 * `before` is the word before it (on this line or the line before). Bounded reads.
 */
function isStraySipdisAt(text: string, at: number, before: string): boolean {
  const end = at + SIPDIS.length;
  if (!isSpace(text.charCodeAt(end))) return false;
  const next = skipSpaces(text, end);
  // A lower-case word, or a bracket (`SIPDIS (REF B) that ...`), or the country's abbreviation
  // after a lower-case word (`... trade with the SIPDIS U.S., which ...`).
  if (!isAsciiLowerCode(text.charCodeAt(next)) && text.charCodeAt(next) !== 40 && !(text.startsWith(US, next) && isAsciiLowerCode(text.charCodeAt(at - 2)))) return false;
  return !PROSE_BEFORE.has(before) && !PROSE_AFTER.has(wordAfter(text, next));
}

/**
 * True when the `SIPDIS` opening a line at `at` is the stray caption before a capitalized
 * word, the line before running on in lower case (`previousEnd`: its end, spaces trimmed):
 *
 *     ... and the Secretary of the Department of
 *     SIPDIS Women and Child Development (DWCD) have been ...
 *
 * Narrow on purpose: the line before ends in a lower-case letter or a comma (a banner or a
 * distribution line before a handling line `SIPDIS PACOM FOR ...` ends in capitals or digits),
 * and the next word is a capital and a lower-case letter (`Women`, not `NOFORN`), or an acronym before such a word
 * (`... last September and the` / `SIPDIS UN Personal Envoy's own report ...`, see `isAcronymBeforeWord`). Bounded reads.
 */
function isStraySipdisBeforeName(text: string, at: number, previous: string, previousEnd: number, before: string): boolean {
  const last = previous.charCodeAt(previousEnd - 1);
  if (!isAsciiLowerCode(last) && last !== 44) return false;
  const end = at + SIPDIS.length;
  if (!isSpace(text.charCodeAt(end))) return false;
  const next = skipSpaces(text, end);
  if (!isAsciiUpperCode(text.charCodeAt(next)) || !(isAsciiLowerCode(text.charCodeAt(next + 1)) || isAcronymBeforeWord(text, next))) return false;
  return !PROSE_BEFORE.has(before) && !PROSE_AFTER.has(wordAfter(text, next));
}

/**
 * True when an acronym of two to four capitals stands at `at`, then one space and a word with a lower-case second letter:
 * `UN Personal Envoy's`, `EU foreign ministers` (not `PACOM FOR ...`, nor a handling word, `NOFORN officials`). Bounded reads.
 */
function isAcronymBeforeWord(text: string, at: number): boolean {
  let b = at;
  while (b < text.length && b - at < 5 && isAsciiUpperCode(text.charCodeAt(b))) b++;
  return b - at >= 2 && b - at <= 4 && text.charCodeAt(b) === 32 && isAsciiLowerCode(text.charCodeAt(b + 2)) && (isAsciiUpperCode(text.charCodeAt(b + 1)) || isAsciiLowerCode(text.charCodeAt(b + 1)));
}

/**
 * True when the word `Secretary` (that makes the SIPDIS tagger insert its caption at the next line
 * break) stands in `text` between `from` and `to` (bounded by the caller): `... Under Secretary David Garman,s visit ...`.
 */
function hasSecretary(text: string, from: number, to: number): boolean {
  const k = text.indexOf('ecretary', from);
  if (k >= 0 && k < to) return true;
  const u = text.indexOf('ECRETARY', from);
  return u >= 0 && u < to;
}

/** How far before a stray `SIPDIS` inside a reflowed line the word `Secretary` is looked for. */
const SECRETARY_REACH = 400;

/**
 * True when the ` SIPDIS` at `at` (its space) inside a reflowed line stands before a capitalized word (a capital, then a
 * lower-case letter), a `Secretary` not farther than `SECRETARY_REACH` before it: the tagger's stray caption. Bounded.
 */
function isStraySipdisBeforeCapital(text: string, at: number): boolean {
  const end = at + 1 + SIPDIS.length;
  if (text.charCodeAt(end) !== 32 || !isAsciiUpperCode(text.charCodeAt(end + 1)) || !isAsciiLowerCode(text.charCodeAt(end + 2))) return false;
  return !PROSE_AFTER.has(wordAfter(text, end + 1)) && hasSecretary(text, Math.max(0, at - SECRETARY_REACH), at);
}


/**
 * True when the `SIPDIS` opening a line at `at`, the line before ending a sentence, is the tagger's
 * stray caption: the line before names a `Secretary` (the tagger's trigger), and the next word is
 * capitalized (a capital and a lower-case letter, not `PACOM FOR` of a handling line):
 *
 *     ... was for many years the Secretary in charge of the Congress President,s office.
 *     SIPDIS Always quick to defend the party ...
 */
function isStraySipdisAfterSecretary(text: string, at: number, previous: string, before: string): boolean {
  const end = at + SIPDIS.length;
  if (!isSpace(text.charCodeAt(end))) return false;
  const next = skipSpaces(text, end);
  if (!isAsciiUpperCode(text.charCodeAt(next)) || !isAsciiLowerCode(text.charCodeAt(next + 1))) return false;
  return hasSecretary(previous, 0, previous.length) && !PROSE_BEFORE.has(before) && !PROSE_AFTER.has(wordAfter(text, next));
}

/**
 * Cuts around stray `SIPDIS` words (see `isStraySipdisAt`), so the caption stands on a line
 * of its own, which the transmission reader then passes over:
 *
 *     ... was an opportunity for discussion on
 *     SIPDIS the "secrets" of Ireland's success ...      <- at a line start, the line before running on
 *     SIPDIS Women and Child Development ...             <- the same before a capitalized word (`isStraySipdisBeforeName`)
 *     ... increasing pressure on Iran by SIPDIS pressing aggressively ...   <- inside a reflowed line
 *
 * Inside a line only in reflowed lines (`long`), after a letter, a digit or a comma.
 * One native search per occurrence: linear.
 */
function sipdisCuts(text: string, previous: string | null, long: boolean, cuts: number[]): void {
  let first = 0;
  while (first < text.length && isWhitespaceCode(text.charCodeAt(first))) first++;
  if (text.startsWith(SIPDIS, first) && previous !== null && endsInsideSentence(previous)) {
    let e = previous.length;
    while (e > 0 && isWhitespaceCode(previous.charCodeAt(e - 1))) e--;
    const before = wordBefore(previous, e);
    if (isStraySipdisAt(text, first, before) || isStraySipdisBeforeName(text, first, previous, e, before)) cuts.push(first + SIPDIS.length);
  } else if (text.startsWith(SIPDIS, first) && previous !== null) {
    let e = previous.length;
    while (e > 0 && isWhitespaceCode(previous.charCodeAt(e - 1))) e--;
    if (isStraySipdisAfterSecretary(text, first, previous, wordBefore(previous, e))) cuts.push(first + SIPDIS.length);
  }
  if (!long) return;
  for (let at = text.indexOf(' ' + SIPDIS, first); at >= 0; at = text.indexOf(' ' + SIPDIS, at + 1)) {
    // After a word or a comma, not a sentence end (`... by SIPDIS pressing`, `EU-AU SIPDIS summit`);
    // `U.S.` ends no sentence before a lower-case word (`... committed the U.S. SIPDIS to developing ...`).
    const c = text.charCodeAt(at - 1);
    // After a sentence end (one or two spaces) before a capitalized word, with a `Secretary` not far before: `... could not
    // last.  SIPDIS Moratinos agreed, and asked that the Secretary ...` (the tagger broke the line after `Secretary`).
    const afterUs = c === 46 && at >= US.length && text.startsWith(US, at - US.length);
    if (!afterUs && (c === 32 || c === 46 || c === 34 || c === 41)) {
      if (sentenceEndsBefore(text, at + 1) && isStraySipdisBeforeCapital(text, at)) cuts.push(at + 1, at + 1 + SIPDIS.length);
      continue;
    }
    if (!(isAsciiLowerCode(c) || isAsciiUpperCode(c) || isAsciiDigitCode(c) || c === 44 || (c === 46 && at >= US.length && text.startsWith(US, at - US.length)))) continue;
    if (isStraySipdisAt(text, at + 1, wordBefore(text, at))) cuts.push(at + 1, at + 1 + SIPDIS.length);
    // Before a capitalized word, only after a `Secretary` not far before: `... "outside the SIPDIS Foreign Ministry's program"`.
    else if (isStraySipdisBeforeCapital(text, at) && !PROSE_BEFORE.has(wordBefore(text, at))) cuts.push(at + 1, at + 1 + SIPDIS.length);
    // Before a number, only after a `Secretary` not far before (the tagger's trigger): `... Under Secretary
    // David Garman,s visit to New Delhi (expected Feb SIPDIS 8-9).`
    else if (isAsciiDigitCode(text.charCodeAt(at + 2 + SIPDIS.length)) && isSpace(text.charCodeAt(at + 1 + SIPDIS.length)) && hasSecretary(text, Math.max(0, at - SECRETARY_REACH), at)) {
      if (!PROSE_BEFORE.has(wordBefore(text, at))) cuts.push(at + 1, at + 1 + SIPDIS.length);
    }
  }
}

/** The `SUBJECT:` keyword of a caption. */
const SUBJECT_KEYWORD = 'SUBJECT:';

/** Fewest characters a caption shares with the preamble's subject (the keyword, a space and 20 of the subject). */
const CAPTION_MIN = SUBJECT_KEYWORD.length + 21;

/** Most characters of a caption compared with the preamble's subject (a caption is cut at the page's width): a bound. */
const CAPTION_MAX = 300;

/** State of the scan over a body's lines. */
interface ScanState {
  /** The number of the last paragraph label read. */
  last: number;
  /** The last non-blank line. */
  previous: string | null;
  /** The preamble's lines, for its SUBJECT line. */
  preamble: readonly string[];
  /** The preamble's SUBJECT line and the two lines after it, joined (`''` for none); read on first use. */
  subject: string | null;
  /** The wrapped last line of the preamble's subject (`''` for none, see `preambleSubjectTail`); read on first use. */
  tail: string | null;
  /** The body's lines and the index of the line being cut: for the label opening a line below (`nextLineLabel`). */
  lines: readonly SourceLine[];
  index: number;
  /** The cable's post from its banner (`BAGHDAD`), or `null`: a marker with a redacted serial must name it. */
  post: string | null;
  /** The last letter label (`E`) and roman label (`II`) opening a line, for the next one run onto a line (`nextOutlineLabelCuts`). */
  letter: string | null;
  roman: string | null;
}

/** Shortest subject tail cut after an inline page marker (`2009.`). */
const TAIL_MIN = 4;

/**
 * Where the wrapped end of the subject caption printed after an inline page marker ends, the
 * caption's first line lost, the text running on after it (`tailEnd`), or `-1`:
 *
 *     ... of 83 total delayed USNATO 00000030 002 OF 005 2009. opening. During ...
 *       -> ... `2009.` / `opening. During ...`
 *
 * (the preamble's subject: `SUBJECT: READOUT NORTH ATLANTIC COUNCIL MEETING JANUARY 28,` / `2009.`).
 * The text at `at` must equal the subject's whole wrapped line, then a space or the line's end. Bounded.
 */
function tailEnd(text: string, at: number, state: ScanState): number {
  const start = skipSpaces(text, at);
  if (start >= text.length) return -1;
  state.tail ??= preambleSubjectTail(state.preamble);
  const tail = state.tail;
  if (tail.length < TAIL_MIN || text.charCodeAt(start) !== tail.charCodeAt(0) || !text.startsWith(tail, start)) return -1;
  const e = start + tail.length;
  return e >= text.length || isWhitespaceCode(text.charCodeAt(e)) ? e : -1;
}

/**
 * Where the subject caption of a continuation page ends when the text runs on after it on the
 * same line (the page marker before it already cut): the column where the text at `at` stops
 * sharing a prefix with the preamble's subject (`CAPTION_MIN` characters at least, runs of
 * whitespace matched as one), at a space (before or after the last shared character); `-1`
 * when there is none. The caption may be cut inside a word at the page's width:
 *
 *     ... and encourage all STATE 00012345 002.2 OF 005 SUBJECT: UNINSURED TANKERS AND EVASIVE
 *     ROUTES CALL FOR DENIAL OF PORT ENTRY WORLDWI states to take similar ...
 *       -> ... `SUBJECT: UNINSURED TANKERS ... PORT ENTRY WORLDWI` / `states to take similar ...`
 *
 * (the preamble's subject: `SUBJECT: UNINSURED TANKERS ... PORT ENTRY WORLDWIDE`). Compares at most
 * `CAPTION_MAX` characters: bounded.
 */
function captionEnd(text: string, at: number, state: ScanState): number {
  const start = skipSpaces(text, at);
  if (text.charCodeAt(start) !== 83 || !text.startsWith(SUBJECT_KEYWORD, start)) return -1;
  state.subject ??= preambleSubjectLines(state.preamble);
  const subject = state.subject;
  let i = start;
  let j = skipSpaces(subject, 0);
  while (i < text.length && j < subject.length && i - start < CAPTION_MAX) {
    const a = text.charCodeAt(i);
    const b = subject.charCodeAt(j);
    if (isWhitespaceCode(a) && isWhitespaceCode(b)) {
      while (i < text.length && isWhitespaceCode(text.charCodeAt(i))) i++;
      while (j < subject.length && isWhitespaceCode(subject.charCodeAt(j))) j++;
      continue;
    }
    if (a !== b) break;
    i++;
    j++;
  }
  // Nothing after the caption (the line is the caption), too short a caption, or one not ended.
  if (i >= text.length || i - start < CAPTION_MIN || i - start >= CAPTION_MAX) return -1;
  // `WORLDWI| states` (the text goes on at a space), `ENTRY |states` (it went on after one).
  return isWhitespaceCode(text.charCodeAt(i)) || isWhitespaceCode(text.charCodeAt(i - 1)) ? i : -1;
}

/** Shortest and longest line repeated with a `Q` in front inside a reflowed line (as `REPEAT_MIN` of whole lines). */
const Q_REPEAT_MIN = 20;
const Q_REPEAT_MAX = 80;
/** Most starts of the repeated line's first word tried, nearest first. */
const Q_REPEAT_TRIES = 4;

/**
 * A cable line repeated with a `Q` in front (a transmission retry) inside a reflowed line: cuts
 * around the line and its copy, so the copy stands on a line of its own right after the line it
 * repeats, which the transmission reader then passes over:
 *
 *     ... Cape executives would no longer QZille has also said that the Western Cape executives would no longer use ...
 *       -> `...` / `Zille has also said ... would no longer` / `QZille has also said ... would no longer` / `use ...`
 *
 * The text after ` Q` must equal the 20 to 80 characters before it, starting at a word. Candidates are
 * found by a native search for ` Q` and a letter; each tries at most `Q_REPEAT_TRIES` starts of at most
 * `Q_REPEAT_MAX` characters: linear.
 */
function qRepeatCuts(text: string, cuts: number[]): void {
  for (let at = text.indexOf(' Q', Q_REPEAT_MIN); at >= 0; at = text.indexOf(' Q', at + 2)) {
    const q = at + 1;
    const f = text.charCodeAt(q + 1);
    if (!(isAsciiUpperCode(f) || isAsciiLowerCode(f)) || isSpace(text.charCodeAt(at - 1))) continue;
    // Starts of the first word of the copy before ` Q`, nearest first, within the window.
    let best = -1;
    let from = at - 1;
    // Searched back within the window only (a search through the whole line per ` Q` would be quadratic).
    const windowStart = Math.max(0, at - Q_REPEAT_MAX - 1);
    const letter = text.charCodeAt(q + 1);
    for (let t = 0; t < Q_REPEAT_TRIES; t++) {
      let s = from;
      while (s >= windowStart && !(text.charCodeAt(s) === 32 && text.charCodeAt(s + 1) === letter)) s--;
      if (s < windowStart || at - (s + 1) > Q_REPEAT_MAX) break;
      const start = s + 1;
      const length = at - start;
      if (length >= Q_REPEAT_MIN && sameRun(text, start, q + 1, length) && !isSpace(text.charCodeAt(q + 1 + length - 1))) best = start;
      from = s - 1;
      if (from < 0) break;
    }
    if (best < 0) continue;
    const end = q + 1 + (at - best);
    if (end < text.length && !isSpace(text.charCodeAt(end))) continue;
    if (matchLabel(text.slice(best, at)) !== null) continue;
    cuts.push(best, q, end);
    at = end - 2;
  }
}

/** True when `length` characters at `a` equal those at `b` (bounded by the caller). */
function sameRun(text: string, a: number, b: number, length: number): boolean {
  if (b + length > text.length) return false;
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/**
 * A correction caption a page marker prints, letters spaced or not: `C O R R E C T E D C O P Y`, `CORRECTED COPY`
 * (optional single spaces between letters, one to three between the words; anchored, no nested repeats: linear).
 */
const CORRECTION_CAPTION = /^C ?O ?R ?R ?E ?C ?T ?E ?D {1,3}C ?O ?P ?Y(?![A-Z])/i;

/** Where the correction caption at `at` (after spaces) ends (`C O R R E C T E D C O P Y`), or -1. Bounded slice. */
function correctionCaptionEnd(text: string, at: number): number {
  const start = skipSpaces(text, at);
  if ((text.charCodeAt(start) | 0x20) !== 99) return -1;
  const m = CORRECTION_CAPTION.exec(text.slice(start, start + 48));
  return m === null ? -1 : start + m[0].length;
}

/**
 * True when a line ends with a page marker and a correction caption after it (`SAO PAULO 00000505 002.2 OF 006
 * C O R R E C T E D C O P Y`): the caption's note may open the next line. Asked only of the line before one that
 * opens with a note.
 */
function endsWithCorrectionCaption(text: string): boolean {
  const markers = findInlinePageMarkers(text);
  const last = markers[markers.length - 1];
  if (last === undefined) return false;
  const e = correctionCaptionEnd(text, last.end);
  return e > 0 && skipSpaces(text, e) >= text.length;
}

/**
 * A short line (long ones go through the rule runs of `cutsOf`) opening with a rule run, a heading, a second rule run and
 * more text: the page joined a framed heading and the sub-heading under it (`AREA OF CONCERN: VACCINES`) onto one
 * line. Both runs are layout, not text, so the line is cut at them as the cable had it:
 *
 *     ------------ Trade Issues ------------ CUSTOMS REFORM
 *       -> `------------` / `Trade Issues` / `------------` / `CUSTOMS REFORM`
 *
 * Only two runs of `RULE_MIN` dashes (`2008 -- 2009` is punctuation), a title between them (a letter, no sentence end,
 * no label: `headingStartBefore`), and after the second a capital that opens no label (`------ Health ------ 5.` is
 * read by the paragraph reader). A line that is only the framed heading (`------ SUMMARY ------`) stays whole. One
 * pass over a short line.
 */
function framedHeadingTailCuts(text: string, at: number, cuts: number[]): void {
  const runs = ruleRuns(text);
  if (runs.length !== 2) return;
  const [open, close] = runs as [Run, Run];
  if (open.start !== at) return;
  const tail = skipSpaces(text, close.end);
  if (tail >= text.length || !isAsciiUpperCode(text.charCodeAt(tail)) || matchLabel(text.slice(tail)) !== null) return;
  if (headingStartBefore(text, close.start, open.end) !== skipSpaces(text, open.end)) return;
  cuts.push(open.end, close.start, close.end);
}

/** Cut positions of one line: page markers, framing rules, headings before rules, inline labels, stray SIPDIS words. */
function cutsOf(text: string, state: ScanState): number[] {
  const cuts: number[] = [];
  // A stray `SIPDIS` word (a native search: most lines have none).
  if (text.indexOf(SIPDIS) >= 0) sipdisCuts(text, state.previous, text.length > REFLOWED_LENGTH, cuts);
  // Page markers anywhere (the shape is strict): `... considered. SOFIA 00001271 002 OF 003`.
  // (A marker holds `OF`: most lines are passed over by that native search.)
  // The subject caption printed under a marker, the text running on after it, is cut off too
  // (`... 002.2 OF 005 SUBJECT: UNINSURED TANKERS ... WORLDWI states to ...`, see `captionEnd`).
  if (text.indexOf('OF') >= 0 && parsePageMarkerLine(text) === null) {
    for (const m of findInlinePageMarkers(text, state.post)) {
      cuts.push(m.start, m.end);
      // A correction caption and its note printed with the marker, each a piece of its own (the caption and
      // the note are transmission): `... anti-depressants. SAO PAULO 00000505 006.2 OF 006 C O R R E C T E D C O P Y (Updated Text Paragraph 12)`.
      const corrected = correctionCaptionEnd(text, m.end);
      if (corrected > 0) {
        const n = skipSpaces(text, corrected);
        const note = correctionNoteLength(text, n);
        if (note > 0) {
          cuts.push(n);
          if (n + note < text.length) cuts.push(n + note);
        } else if (n < text.length) cuts.push(corrected);
        continue;
      }
      const e = captionEnd(text, m.end, state);
      if (e > 0) cuts.push(e);
      else {
        const t = tailEnd(text, m.end, state);
        if (t > 0 && t < text.length) cuts.push(t);
      }
    }
  }
  // The same caption opening the line after a marker line:
  //     STATE 00012345 004.2 OF 005
  //     SUBJECT: UNINSURED TANKERS ... PORT ENTRY WORLDWI millions of dollars in damage ...
  // (a first-letter test, then the previous line is asked whether it is a page marker).
  const first0 = skipSpaces(text, 0);
  if (text.charCodeAt(first0) === 83 && state.previous !== null && text.startsWith(SUBJECT_KEYWORD, first0) && parsePageMarkerLine(state.previous) !== null) {
    const e = captionEnd(text, first0, state);
    if (e > 0) cuts.push(e);
  }
  // The note of a correction caption printed with the marker ending the line before, opening this line:
  //     SAO PAULO 00000505 002.2 OF 006 C O R R E C T E D C O P Y
  //     (Updated Text Paragraph 12) a wide variety of individuals ...
  // (a first-character test, then the note, then the line before).
  if (text.charCodeAt(first0) === 40 && state.previous !== null) {
    const note = correctionNoteLength(text, first0);
    if (note > 0 && first0 + note < text.length && endsWithCorrectionCaption(state.previous)) cuts.push(first0 + note);
  }
  // A section's banner with text run on before or after it (a native search: few lines hold `SECTION`).
  if (text.indexOf(SECTION_WORD) >= 0) sectionBannerCuts(text, cuts);
  const first = matchLabel(text);
  if (first !== null && /^\d+$/.test(first.label)) state.last = Number(first.label);
  else if (first !== null) noteOutlineLabel(first.label, state);
  // The next letter or roman label of an outline run onto a line after a sentence (see `nextOutlineLabelCuts`; the pre-test:
  // such a label opened an earlier line).
  if ((state.letter !== null || state.roman !== null) && text.indexOf('. ') > 0) nextOutlineLabelCuts(text, state, cuts);
  if (text.length <= REFLOWED_LENGTH) {
    // A framed heading with the next heading level run onto its line (a dash opening the line is the pre-test):
    // `------------ Trade Issues ------------ CUSTOMS REFORM` (see `framedHeadingTailCuts`).
    if (cuts.length === 0 && text.charCodeAt(first0) === 45) framedHeadingTailCuts(text, first0, cuts);
    // The next marked label after a block's end mark on a wrapped line, the line break before it lost (a native search
    // for `nd ` first): `issued only a brief statement.  End Summary. 2. (C) Our contacts`.
    if (cuts.length === 0 && state.last > 0 && (text.indexOf('nd ') > 0 || text.indexOf('ND ') > 0)) {
      const end = END_MARK_BEFORE_LABEL.exec(text);
      const at = end === null ? -1 : end.index + end[0].length;
      const l = at < 0 ? null : labelAt(text, at, true);
      if (l !== null && l.number === state.last + 1 && isMarkedLabelCut(text, at, l, state, false)) {
        cuts.push(at);
        state.last = l.number;
      }
    }
    return cuts;
  }
  // The next letters of an outline run onto the line of its first item (see `outlineLetterCuts`; the pre-test:
  // the line opens with a letter label).
  if (first !== null && first.label.length === 1 && isAsciiUpperCode(first.label.charCodeAt(0))) outlineLetterCuts(text, first.label.charCodeAt(0), first.length, cuts);
  // A line repeated with a `Q` in front (see `qRepeatCuts`; a native search: most lines have none).
  if (text.indexOf(' Q') >= 0) qRepeatCuts(text, cuts);

  // Rule runs that frame a heading or stand before a label:
  //   `End Summary. ------ RUSSIAN FRIGATE SET TO SAIL ------ 2. (S/NF) During ...`
  //   `FRENCH EDGY ABOUT NATO INVOLVEMENT ------ 3.(C/NF) French ...`
  //   `... zone. ROGOZIN BACK, BUT AVOIDING CALLING NRC FOR NOW ------ - 4. (U) Russian ...`
  const runs = ruleRuns(text);
  let firstVisible = 0;
  while (firstVisible < text.length && isWhitespaceCode(text.charCodeAt(firstVisible))) firstVisible++;
  // Labels right after a separating rule: taken with their marking, whatever the number.
  const ruleLabels = new Set<number>();
  let forced = -1;
  // Whether the next non-blank line opens with a label (read once, for a run ending the line).
  let below: boolean | null = null;
  for (let t = 0; t < runs.length; t++) {
    const run = runs[t] as Run;
    const previous = runs[t - 1];
    const lowest = previous === undefined ? 0 : previous.end;
    const headingStart = headingStartBefore(text, run.start, lowest);
    const lineStart = run.start <= firstVisible;
    const prevOk = lineStart || sentenceEndsBefore(text, run.start) || headingStart >= 0;
    const after = skipSpaces(text, run.end);
    const label = after < text.length ? labelAt(text, after, true) : null;
    const next = runs[t + 1];
    let framesNext = false;
    if (label === null && next !== undefined && next.start - run.end <= HEADING_MAX + 2) {
      const between = text.slice(run.end, next.start);
      // A letter, and no sentence end between the two runs: `------ COMMENT ------`.
      framesNext = /[A-Za-z]/.test(between) && headingStartBefore(text, next.start, run.end) === skipSpaces(text, run.end);
      // A line that is only the framed heading (`------ SUMMARY ------`) stays whole:
      // the paragraph reader knows it.
      if (framesNext && lineStart && skipSpaces(text, next.end) >= text.length) framesNext = false;
    }
    // A run ending the line, the next paragraph's label opening the next non-blank line: the underline of the heading
    // before it, which follows a sentence end (`... of protests. Raul Castells - Movement of Workers  ------- -----` /
    // `¶7. (SBU) One of ...`). A line that is only a framed heading (`------ SUMMARY ------`) stays whole, and so does a
    // rule after the paragraph's last sentence, no heading between (`... was positive. -------` / `2. ...`).
    const headed = headingStart > 0 && (!sentenceEndsBefore(text, run.start) || isQuestionHeading(text, headingStart, run.start));
    let endsBeforeLabel = false;
    if (label === null && !framesNext && after >= text.length && headed && sentenceEndsBefore(text, headingStart) && isMostlyCapitalized(text, headingStart, run.start)) {
      below ??= gluedLabelFollows(state.lines, state.index);
      endsBeforeLabel = below;
    }
    const separator = (prevOk && (label !== null || framesNext || endsBeforeLabel)) || forced === t;
    if (!separator) continue;
    if (headed && !lineStart) cuts.push(headingStart);
    cuts.push(run.start, run.end);
    if (label !== null) ruleLabels.add(after);
    // The rule closing a framed heading is cut too: `------ IRISL ------`.
    if (framesNext) forced = t + 1;
  }

  // Labels after a sentence end that continue the paragraph sequence:
  //   `... End Summary. 2. (C) The minister ...` (a marking, or a page flattened to one line).
  const onePage = text.length >= ONE_LINE_PAGE;
  const start = first === null ? 0 : first.length;
  // Candidates are digits after a space, found by a native search (long lines are long).
  SPACE_DIGIT.lastIndex = Math.max(0, start - 1);
  let inList = false;
  for (let m = SPACE_DIGIT.exec(text); m !== null; m = SPACE_DIGIT.exec(text)) {
    const i = m.index + 1;
    // A digit glued to a lower-case word: only the next marked label (`higgh4. (U) POLICE`).
    if (isAsciiLowerCode(text.charCodeAt(m.index))) {
      const g = state.last > 0 ? labelAt(text, i, true) : null;
      if (g !== null && g.number === state.last + 1 && isMarkedLabelCut(text, i, g, state, false)) {
        cuts.push(i);
        state.last = g.number;
      }
      continue;
    }
    if (ruleLabels.has(i)) {
      const l = labelAt(text, i, true);
      if (l !== null) state.last = l.number;
      continue;
    }
    const l = labelAt(text, i, !onePage) ?? keywordLabelAt(text, i);
    if (l === null) {
      // An unmarked label continuing the sequence (see `unmarkedLabelAt`); a list inside the paragraph
      // (`... three points: 1. The ...`) stops the rule for the rest of the line.
      if (onePage || inList || state.last === 0) continue;
      const u = unmarkedLabelAt(text, i);
      if (u < 0) continue;
      if (u !== state.last + 1) {
        if (sentenceEndsBefore(text, i) || text.charCodeAt(skipBack(text, i) - 1) === 58) inList = true;
        continue;
      }
      if (!closeSentenceEndBefore(text, i) && !parenthesisBefore(text, i) && !sourceCreditBefore(text, i)) continue;
      const below = nextLineLabel(state);
      if (below >= 0 && below <= u) continue;
      cuts.push(i);
      state.last = u;
      continue;
    }
    if (l.number !== state.last + 1) {
      // A marked label past the expected one, some numbers lost (see `isMarkedLabelCut`).
      if (l.marked && state.last > 0 && l.number > state.last && l.number <= state.last + 1 + MAX_INLINE_GAP && isMarkedLabelCut(text, i, l, state, true)) {
        cuts.push(i);
        state.last = l.number;
      }
      continue;
    }
    if (sentenceEndsBefore(text, i) || parenthesisBefore(text, i) || sourceCreditBefore(text, i)) {
      cuts.push(i);
      state.last = l.number;
      continue;
    }
    // The next label with its marking after an all-caps heading run in after a sentence end:
    //   `... End summary.  JUMA'A BOUFAYED RELEASED  2. (C) Human Rights Watch ...`
    //     -> `... End summary.` / `JUMA'A BOUFAYED RELEASED` / `2. (C) Human Rights Watch ...`
    const h = l.marked ? capsHeadingBefore(text, i) : -1;
    if (h >= 0) {
      if (h > 0) cuts.push(h);
      cuts.push(i);
      state.last = l.number;
      continue;
    }
    // The next marked label after any space, a capital after its marking (see `isMarkedLabelCut`).
    if (l.marked && state.last > 0 && isMarkedLabelCut(text, i, l, state, false)) {
      cuts.push(i);
      state.last = l.number;
    }
  }
  return cuts;
}

const SECTION_WORD = 'SECTION ';

/** Most `SECTION` words looked at in one line (a banner holds one). */
const SECTION_WORDS_MAX = 3;

/** How far before `SECTION` a banner's classification word may start (`C O N F I D E N T I A L ` is 24 characters). */
const CLASSIFICATION_REACH = 40;

/**
 * The classification word ending right before `SECTION` (spaced or not), read in a window of at most
 * `CLASSIFICATION_REACH` characters: `S E C R E T `, `CONFIDENTIAL `, `UNCLAS `. The word may be glued to a
 * sentence end (`resisting.S E C R E T`). Each letter group is a fixed run with optional single spaces, in a
 * bounded window: linear.
 */
const CLASSIFICATION_BEFORE = /(?:S ?E ?C ?R ?E ?T|C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|U ?N ?C ?L ?A ?S(?: ?S ?I ?F ?I ?E ?D)?|LIMITED OFFICIAL USE) {1,3}$/;

/** Most characters after a banner read with it (its post, serial and caveats are far shorter). */
const BANNER_READ = 120;

/** A paragraph label opening what follows a banner: `4. (S) Comment`, `¶4.`, `12. The`. Anchored, bounded. */
const LABEL_AFTER_BANNER = /^\u00b6?\d{1,3}\.\s/;

/**
 * What a banner's copy of the preamble or of the addressing may put after it on its line: a field (`E.O. 12958: N/A`,
 * `TAGS:`, `SUBJECT:`, `REF:`, `CLASSIFIED BY`, `DECL:`), a passing or distribution line (`DEPT FOR EAP`, `FOR EUR/RUS`,
 * `PASS TO ...`), a page header (`PAGE 2`). Anchored, fixed words.
 */
const PREAMBLE_COPY_START = /^(?:E\.?\s?O\.?\s|TAGS\b|SUBJ|REF|CLASSIFIED\b|DECL|DERIVED\b|PAGE\b|PASS\b|PLEASE\b|FOR\b|[A-Z/&]{2,12}(?: [A-Z/&]{2,12})? FOR\b|DEPT\b|STATE\b)/;

/**
 * True when the capitals after a section's banner on its line are the cable's text, a heading run onto the banner by a
 * copy that lost its line breaks (`UNCLAS SECTION 02 OF 02 MONTEVIDEO 000811 PARLIAMENTARY CALENDAR`): no handling words
 * (`NOFORN SIPDIS`, `CORRECTED COPY`) and no copy of the preamble or the addressing (`PREAMBLE_COPY_START`).
 */
function isHeadingAfterBanner(rest: string): boolean {
  const t = trimEnd(rest);
  if (t.length > HEADING_AFTER_BANNER_MAX || !CAPS_WORDS_ONLY.test(t) || PREAMBLE_COPY_START.test(t)) return false;
  // No handling word among them: `SIPDIS THE CIAT PROPOSAL` is the handling line and a heading, left to the readers of
  // transmission lines.
  return t.split(' ').every((word) => parseHandlingLine(word) === null);
}

/** Longest heading `isHeadingAfterBanner` takes. */
const HEADING_AFTER_BANNER_MAX = 60;

/** Capitalized words and single spaces only, up to eight: `PARLIAMENTARY CALENDAR` (no digit, no punctuation; anchored). */
const CAPS_WORDS_ONLY = /^[A-Z][A-Z'-]{1,24}(?: [A-Z][A-Z'-]{0,24}){0,7}$/;

/**
 * Cuts a section's banner (classification, `SECTION n OF m`, post and serial) out of a line it shares with the
 * cable's text, as a copy that lost the line breaks around the banner leaves it: the text before it and after it are
 * pieces of their own, and the banner one piece (a transmission line, not text):
 *
 *     but that Dahlan was resisting.S E C R E T SECTION 02 OF 02 CAIRO 004512 4. (S) Comment: Soliman
 *     S E C R E T SECTION 02 OF 02 CAIRO 004512 4. (S) Comment: Soliman
 *     UNCLAS SECTION 02 OF 03 STATE 123456 the minister said that ...
 *
 * Only when the text after it opens with a paragraph label, a lower-case word (the sentence a page break cut) or a
 * heading in capitals (`isHeadingAfterBanner`), or the banner ends the line: a banner followed by handling words
 * (`NOFORN SIPDIS`) or a copy of the preamble's `E.O.` line is left to the readers of transmission lines. Windows of bounded length around each of at most
 * `SECTION_WORDS_MAX` occurrences: linear.
 */
function sectionBannerCuts(text: string, cuts: number[]): void {
  let from = 0;
  // The whole line read as a banner, on first need.
  let whole: ClassificationLine | null | undefined;
  for (let k = 0; k < SECTION_WORDS_MAX; k++) {
    const at = text.indexOf(SECTION_WORD, from);
    if (at < 0) return;
    from = at + SECTION_WORD.length;
    const word = CLASSIFICATION_BEFORE.exec(text.slice(Math.max(0, at - CLASSIFICATION_REACH), at));
    if (word === null) continue;
    const start = at - word[0].length;
    // The classification word is a word: nothing but a sentence end or a space glued before it.
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    if (isAsciiUpperCode(before) || isAsciiLowerCode(before) || isAsciiDigitCode(before)) continue;
    let window = text.slice(start, start + BANNER_READ);
    if (start + BANNER_READ < text.length) window = window.slice(0, Math.max(0, window.lastIndexOf(' ')));
    window = trimEnd(window);
    const banner = parseClassificationLine(window);
    if (banner === null || banner.section === null || banner.post === null || banner.serial === null || banner.start !== undefined) continue;
    // The banner ends with its serial (its rest as read may be normalized: `(S//NF)` -> `(S NF)`).
    const serialAt = text.indexOf(banner.serial, at);
    if (serialAt < 0) continue;
    const end = serialAt + banner.serial.length;
    const after = skipSpaces(text, end);
    const opensText = after >= text.length || isAsciiLowerCode(text.charCodeAt(after)) || LABEL_AFTER_BANNER.test(text.slice(after, after + 8)) || isHeadingAfterBanner(text.slice(after));
    if (!opensText || (start === 0 && after >= text.length)) continue;
    // Text before it: cut off after a sentence end or inside a sentence (`... then.S E C R E T`, `... the relatively
    // UNCLAS SECTION`); other furniture an archive page glued before a banner (`p. 2/2 `, `2006-06-08 11:40:00 `,
    // `Record 000412: `) is read with the banner (`readBannerAnywhere`), and only the text after it is cut off then.
    if (start > 0) {
      let b = start;
      while (b > 0 && isWhitespaceCode(text.charCodeAt(b - 1))) b--;
      const last = text.charCodeAt(b - 1);
      if (isAsciiLowerCode(last) || last === 46 || last === 33 || last === 63 || last === 34 || last === 41 || last === 44) cuts.push(start);
      else {
        whole ??= parseClassificationLine(text);
        if (whole === null || whole.section === null) cuts.push(start);
      }
    }
    if (after < text.length) cuts.push(after);
    from = Math.max(from, after);
  }
}

/**
 * True when the marked label `l` at `at` inside a reflowed line, not right after a sentence end, starts a paragraph: a
 * capital or a quote opens its text after the marking (`(U). MEDICAL`, `(SBU) The`), the word before it is no reference
 * word (`see para 4. (C) above` is no label), and the label opening a line below does not repeat or pass it:
 *
 *     ... BUENOS AIRES PROVINCIAL POLICE (suburbs): 9-1-1  6. (U). MEDICAL EMERGENCIES: ...   (the next number)
 *     ... Fleming 590, San Isidro  4793-6766 7. (U) SECURITY TIPS: CARRY CASH: ...
 *     ... the accident rate involving pedestrians is very higgh4. (U) POLICE RESPONSE: ...   (glued to the word)
 *
 * `gap` (a number past the next, some lost): also a sentence end or two blanks before it (`... to the Embassy.  5. (U)
 * POLICE ...` after paragraph 3, 4 lost), as the paragraph reader takes a marked number past the last at a line's start.
 * Bounded reads.
 */
function isMarkedLabelCut(text: string, at: number, l: { number: number; word: number }, state: ScanState, gap: boolean): boolean {
  const c = text.charCodeAt(l.word);
  if (!isAsciiUpperCode(c) && c !== 34) return false;
  const p = skipBack(text, at);
  if (gap && !(at - p >= 2 || sentenceEndsBefore(text, at))) return false;
  if (p < at && REFERENCE_WORDS.has(wordBefore(text, p))) return false;
  const below = nextLineLabel(state);
  return below < 0 || below > l.number;
}

/** Words that a number goes on (a reference, not a label): `see para 4. (C) above`, `in paragraph 7. (S) of`. Compared lower-cased. */
const REFERENCE_WORDS: ReadonlySet<string> = new Set(['see', 'para', 'paras', 'paragraph', 'paragraphs', 'ref', 'refs', 'reftel', 'item', 'items', 'no', 'nos', 'number', 'section', 'sections', 'point', 'points']);

/** Most characters of an outline item's title after its letter label (`B. Foreign Relations`), up to two blanks or the line's end. */
const OUTLINE_TITLE_MAX = 120;

/**
 * Where the title of an outline item after its letter label at `from` ends, or `-1` when the text there is no title:
 * words opening with a capital, a digit or a bracket, or a small word inside (`Financial Stability, Economic Development,
 * and Societal Challenges`), up to two blanks, a `1)` item after one blank, or the line's end, at most
 * `OUTLINE_TITLE_MAX` characters. `B. Smith said ...` is no title (`said`). Bounded reads.
 */
function outlineTitleEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + OUTLINE_TITLE_MAX + 1);
  let k = from;
  let words = 0;
  while (k < limit) {
    // A word at `k`: its first character decides.
    const c = text.charCodeAt(k);
    let e = k;
    while (e < limit && !isSpace(text.charCodeAt(e))) e++;
    if (isAsciiDigitCode(c) && text.charCodeAt(e - 1) === 41 && e - k <= 3 && words > 0) return k;
    if (!(isAsciiUpperCode(c) || isAsciiDigitCode(c) || c === 40 || c === 38 || (words > 0 && SMALL_WORDS.has(text.slice(k, e))))) return -1;
    words++;
    if (e >= text.length) return e;
    if (e >= limit) return -1;
    // Two blanks end the title (`National Security  1) GRPO ...`); one goes on to the next word.
    if (e + 1 >= text.length || isSpace(text.charCodeAt(e + 1))) return e;
    k = e + 1;
  }
  return -1;
}

/**
 * Cuts before the next letters of an outline reflowed onto one line, the line opening with the first item's label
 * (`first`, `A`; `labelLength` its length with the spaces after it):
 *
 *     A. Governance and Internal Development  1) Energy Security (ESEC-3H) ... 5) National Leadership (LEAD-4H) B. Foreign Relations  1) Russia ... C. National Security  1) ...
 *       -> `A. Governance ... (LEAD-4H)` / `B. Foreign Relations  1) Russia ...` / `C. National Security  1) ...`
 *
 * Only the next letter of the outline (`A` then `B` then `C`), after two blanks, a sentence end or a closing
 * parenthesis and one blank, followed by one or two blanks and a title (`outlineTitleEnd`); so initials and
 * abbreviations stay (`John B. Smith`, `U.S. policy`, `Plan B. The plan failed`). One native search per candidate
 * of the expected letter, each read bounded: linear.
 */
function outlineLetterCuts(text: string, first: number, labelLength: number, cuts: number[]): void {
  let letter = first + 1;
  let from = labelLength;
  while (letter <= 90) {
    const needle = ' ' + String.fromCharCode(letter) + '. ';
    const at = text.indexOf(needle, from);
    if (at < 0) return;
    from = at + 1;
    const i = at + 1;
    // Before it: two blanks, or one after a sentence end or a closing parenthesis (`(LEAD-4H) B. Foreign ...`).
    const p = skipBack(text, i);
    const before = text.charCodeAt(p - 1);
    if (!(i - p >= 2 || before === 41 || sentenceEndsBefore(text, i)) || p === 0) continue;
    // After it: one or two blanks, then a title.
    let t = i + 3;
    if (isSpace(text.charCodeAt(t))) t++;
    if (outlineTitleEnd(text, t) < 0) continue;
    cuts.push(i);
    letter++;
  }
}

/**
 * Notes a letter or roman label opening a line: `II` is roman (letters start again under it); `I` is roman when no
 * roman label came before and the last letter is not `H`; `V` and `X` are roman when they follow the roman label
 * before (`IV`, `IX`), letters otherwise.
 */
function noteOutlineLabel(label: string, state: ScanState): void {
  if (!isRoman(label)) {
    if (label.length === 1 && isAsciiUpperCode(label.charCodeAt(0))) state.letter = label;
    return;
  }
  const romanNext = state.roman === null ? label === 'I' && state.letter !== 'H' : nextRoman(state.roman) === label;
  if (label.length > 1 || romanNext) {
    state.roman = label;
    state.letter = null;
  } else state.letter = label;
}

/** Longest title in capitals after a label run onto a line (`nextOutlineLabelCuts`). */
const RUN_ON_TITLE_MAX = 100;

/**
 * Cuts before the next label of an outline run onto a line after a sentence, the outline's last letter or roman label
 * having opened an earlier line, its title in capitals running to the line's end or to a page marker cut out of it:
 *
 *     E. SIGNIFICANT DEVELOPMENTS IN EXPORT CONTROLS, NONPROLIFERATION, OR RELATED BORDER SECURITY
 *     1.None. F. CASPIAN SECURITY INFORMATION ASTANA 00000054 003 OF 003
 *       -> `1.None.` / `F. CASPIAN SECURITY INFORMATION` / (the marker)
 *     1. The Kazakhstani Marine Border Guards ... Major General Berkaliyev. III. RED FLAG ISSUES.
 *       -> `1. The Kazakhstani ... Berkaliyev.` / `III. RED FLAG ISSUES.`
 *
 * Only the outline's next label (`F` after `E`, `III` after `II`), after a sentence end in mixed-case text (in an
 * all-capitals telegram a title cannot be told from the text, and items run inline stay its text), followed by at
 * least two words in capitals. One native search per candidate label, each read bounded: linear.
 */
function nextOutlineLabelCuts(text: string, state: ScanState, cuts: number[]): void {
  const candidates = [state.letter === null ? null : nextLetter(state.letter), state.roman === null ? null : nextRoman(state.roman)];
  // The cuts made so far (page markers), looked up once per word of a title.
  let made: Set<number> | null = null;
  for (const label of candidates) {
    if (label === null) continue;
    const needle = ' ' + label + '. ';
    let from = 0;
    for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, from)) {
      from = at + 1;
      const i = at + 1;
      if (!sentenceEndsBefore(text, i) || !hasLowerBefore(text, i)) continue;
      made ??= new Set(cuts);
      if (runOnTitleEnds(text, skipSpaces(text, i + label.length + 1), made)) {
        cuts.push(i);
        return;
      }
    }
  }
}

/** True when one of the `RUN_ON_TITLE_MAX` characters before `at` is a lower-case letter. */
function hasLowerBefore(text: string, at: number): boolean {
  for (let k = Math.max(0, at - RUN_ON_TITLE_MAX); k < at; k++) if (isAsciiLowerCode(text.charCodeAt(k))) return true;
  return false;
}

/**
 * True when two or more words in capitals start at `from` (`CASPIAN SECURITY INFORMATION`, `RED FLAG ISSUES.`) and run
 * to the line's end or to a cut (a page marker's start), within `RUN_ON_TITLE_MAX` characters.
 */
function runOnTitleEnds(text: string, from: number, cuts: ReadonlySet<number>): boolean {
  const limit = Math.min(text.length, from + RUN_ON_TITLE_MAX);
  let words = 0;
  let k = from;
  while (k < limit) {
    if (words >= 2 && cuts.has(k)) return true;
    let e = k;
    let letters = 0;
    for (; e < text.length && !isSpace(text.charCodeAt(e)); e++) {
      const c = text.charCodeAt(e);
      if (isAsciiUpperCode(c)) letters++;
      // Inside a word in capitals: `&`, `'`, `(`, `)`, `,`, `-`, `.`, `/`, `:`.
      else if (!(c === 38 || c === 39 || c === 40 || c === 41 || c === 44 || c === 45 || c === 46 || c === 47 || c === 58)) return false;
    }
    if (letters === 0) return false;
    words++;
    k = skipSpaces(text, e);
    if (k >= text.length) return words >= 2;
  }
  return false;
}

/** Where the spaces before `at` start (at most 8 skipped). */
function skipBack(text: string, at: number): number {
  let p = at;
  while (p > 0 && at - p < 8 && isSpace(text.charCodeAt(p - 1))) p--;
  return p;
}

/**
 * Words whose dot does not end a sentence before a number: `Resolution No. 5. The ...`, `see para. 4. The ...`.
 * Compared lower-cased (`wordBefore`).
 */
const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nos', 'nr', 'para', 'paras', 'art', 'arts', 'sec', 'secs', 'ch', 'chap', 'vol', 'p', 'pp', 'op', 'ref', 'refs', 'fig', 'tel', 'item', 'items', 'cf', 'vs', 'ed']);

/**
 * True when a line ends on an abbreviation that a number follows, and its dot: `... under Ministerial Decree No.`, `see
 * para.`. A word of its own after a sentence's end, or opening the text, is no abbreviation: the answer `No.` (`ARE THERE
 * RELIABLE ESTIMATES? No.`).
 */
export function endsOnNumberAbbreviation(text: string): boolean {
  const t = trimEnd(text);
  if (t.charCodeAt(t.length - 1) !== 46) return false;
  const word = wordBefore(t, t.length - 1);
  if (!NUMBER_ABBREVIATIONS.has(word)) return false;
  const before = skipBack(t, t.length - 1 - word.length);
  const c = t.charCodeAt(before - 1);
  return before > 0 && c !== 63 && c !== 33 && c !== 46;
}

/**
 * True when a sentence ends one or two spaces before `at`, its last word not an abbreviation that a
 * number follows (`No.`, `para.`): `... links to Russian capital. 8. Although ...`. Bounded reads.
 */
function closeSentenceEndBefore(text: string, at: number): boolean {
  const p = skipBack(text, at);
  if (at - p < 1 || at - p > 2 || !sentenceEndsBefore(text, at)) return false;
  // The word before the dot (closing quotes and brackets count as an end: `broad-based." 6.`).
  return text.charCodeAt(p - 1) !== 46 || !NUMBER_ABBREVIATIONS.has(wordBefore(text, p - 1));
}

/**
 * True when a closing parenthesis stands one or two spaces before `at`, a note closing the paragraph
 * without a period: `... Source - EcoAmericas (please contact the desk for complete article) 12. Argentina: ...`.
 * The caller asks it only for the exact next number. Bounded reads.
 */
function parenthesisBefore(text: string, at: number): boolean {
  const p = skipBack(text, at);
  return at - p >= 1 && at - p <= 2 && text.charCodeAt(p - 1) === 41;
}

/**
 * A source credit closing a slice, the paragraph's last words: `Source - IUCN`, `Sources: O Globo`, `Source - EcoAmericas`
 * (`Source`, a dash or colon, one to five capitalized words; no nested repeats, run on a bounded slice).
 */
const SOURCE_CREDIT = /(?:^|\s)Sources? ?[-:] ?[A-Z][\w.&'/-]{0,24}(?: [A-Z][\w.&'/-]{0,24}){0,4}$/;

/**
 * True when a source credit ends one or two spaces before `at`: `Source - IUCN 26. Argentine Environmental Negotiator ...`,
 * `... in 2008. Source - Reuters 7. Brazil ...`, also after the words of a link the page dropped (`... For more
 * information please go to Source - IPS News 27. Implementing a Butterfly Farm ...`): the capitalized keyword, its
 * dash or colon and capitalized names close the paragraph wherever they stand. The caller asks it only for the exact
 * next number, a capital after it. Reads at most 80 characters back.
 */
function sourceCreditBefore(text: string, at: number): boolean {
  const p = skipBack(text, at);
  if (at - p < 1 || at - p > 2) return false;
  // Cheap test first: a keyword nearby.
  // (In the 80 characters only: a search back through the whole line would make a line of candidates quadratic.)
  const from = Math.max(0, p - 80);
  const slice = text.slice(from, p);
  if (slice.indexOf('Source') < 0) return false;
  return SOURCE_CREDIT.test(slice);
}

/**
 * The number of an unmarked arabic label at `at`, or `-1`: one to three digits, a dot, one space
 * and a word opening with a capital: `8. Although Actavis officials ...`, `6. Pomar, a "movement
 * socialist" ...`, `4. THE MINISTER ...` (an all-caps cable). A decimal (`2.3 billion`), a year
 * (`2008.`), no space (`8.The`), two spaces or a lower-case word (`4. the`) are not. Bounded reads.
 */
function unmarkedLabelAt(text: string, at: number): number {
  let k = at;
  while (k < text.length && k - at < 3 && isAsciiDigitCode(text.charCodeAt(k))) k++;
  if (k === at || k - at > 3 || isAsciiDigitCode(text.charCodeAt(k))) return -1;
  if (text.charCodeAt(k) !== 46 || text.charCodeAt(k + 1) !== 32 || !isAsciiUpperCode(text.charCodeAt(k + 2))) return -1;
  return Number(text.slice(at, k));
}

/** Most lines looked at below a line for the label opening the next paragraph. */
const NEXT_LABEL_REACH = 6;

/**
 * The number of the arabic label opening the next paragraph line below the line being cut, or `-1`:
 * blank lines, rules, headings and page markers (short lines) are passed over; a long line without
 * a label, or `NEXT_LABEL_REACH` lines, end the search. Used so that an unmarked label cut inside a
 * line never repeats or passes the label below (`... three points. 2. The ... 3. The ...` then `3. (C) ...`).
 */
function nextLineLabel(state: ScanState): number {
  const { lines, index } = state;
  for (let k = index + 1; k < lines.length && k - index <= NEXT_LABEL_REACH; k++) {
    const t = (lines[k] as SourceLine).text;
    const m = LINE_LABEL_NUMBER.exec(t.length > 16 ? t.slice(0, 16) : t);
    if (m !== null) return Number(m[1]);
    if (t.length > HEADING_MAX) return -1;
  }
  return -1;
}

/** The number of a label opening a line: `¶7. (U) This message`, `10.From February ...` (anchored, bounded by the caller's slice). */
const LINE_LABEL_NUMBER = /^\s{0,8}\u00b6?(\d{1,3})\.(?!\d)/;

/**
 * Where an all-caps heading before the label at `at` starts: two spaces or more before the
 * label, and before them up to `HEADING_MAX` characters after a sentence end (or the line's
 * start), no lower-case letter among them, two capitals at least, no redaction (`XXXXXX`) and no
 * block mark (`END NOTE`): `... in Ghariyan.  ADEL HUMAID RELEASED; ELEVEN OTHERS CONVICTED  4. (C) HRW ...`
 * gives the start of `ADEL`. `-1` when there is none. Bounded look-back.
 */
function capsHeadingBefore(text: string, at: number): number {
  // Cheap test first: two spaces before the label, a capital before them (`RELEASED  2.`).
  if (!isSpace(text.charCodeAt(at - 1)) || !isSpace(text.charCodeAt(at - 2))) return -1;
  let e = at;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  if (!isAsciiUpperCode(text.charCodeAt(e - 1))) return -1;
  const h = headingStartBefore(text, at, Math.max(0, at - HEADING_MAX - 8));
  if (h < 0 || (h > 0 && !sentenceEndsBefore(text, h))) return -1;
  let capitals = 0;
  for (let k = h; k < e; k++) {
    const c = text.charCodeAt(k);
    if (isAsciiLowerCode(c)) return -1;
    if (isAsciiUpperCode(c)) capitals++;
  }
  const heading = text.slice(h, e);
  if (capitals < 2 || isMarkOrRedaction(heading)) return -1;
  return h;
}

/** Words a title-case heading leaves in lower case (`First Lady Preparing for 2011`); paragraphs.ts adds a few. */
export const SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'vs', 'with', 'from', 'into', 'over', 'after']);

/** Most words of a heading run onto the end of a reflowed line. */
const END_HEADING_WORDS = 12;

/**
 * True when a rule line comes after line `i` (blank lines skipped), or a short line and then a
 * rule (the heading's last word on a line of its own, `Election` / `-----`). Looks at most six lines ahead.
 */
function ruleFollows(lines: readonly SourceLine[], i: number): boolean {
  let k = i + 1;
  while (k < lines.length && k - i <= 4 && isBlank(lines[k]?.text ?? '')) k++;
  const next = lines[k]?.text;
  if (next === undefined) return false;
  if (isRuleLine(next)) return true;
  return next.trim().length <= 60 && k - i <= 4 && isRuleLine(lines[k + 1]?.text ?? '');
}

/**
 * True when the next non-blank line after line `i` (at most four lines on) opens with a rule run and a marked label after it,
 * the underline of a heading run onto line `i`'s end (reflow joined the underline to the next paragraph's first line):
 *
 *     ... to other parts of the country.  Juan Carlos Alderete - Classic and Combative Current
 *      --------------------------------------------- ------------- 12.  (SBU)  The Classic ...
 *
 * Reads the next line's first rule run only (bounded by that line).
 */
function ruleAndLabelFollow(lines: readonly SourceLine[], i: number): boolean {
  let k = i + 1;
  while (k < lines.length && k - i <= 4 && isBlank(lines[k]?.text ?? '')) k++;
  const next = lines[k]?.text;
  if (next === undefined || k - i > 4) return false;
  const a = skipSpaces(next, 0);
  // Cheap test first: the line opens with a dash.
  if (next.charCodeAt(a) !== 45) return false;
  const run = dashRunAt(next, a);
  const l = skipSpaces(next, run.end);
  return run.dashes >= RULE_MIN && isAsciiDigitCode(next.charCodeAt(l)) && labelAt(next, l, true) !== null;
}

/** A numbered label opening a line: `3. U.S. Mission ...`, `¶3. (C) ...` (the `¶` of WikiLeaks pages allowed). */
const LINE_LABEL = /^\s{0,8}\u00b6?\d{1,3}\.\s/;

/** True when the next non-blank line after line `i` opens with a numbered label. Looks at most four lines ahead. */
function labelFollows(lines: readonly SourceLine[], i: number): boolean {
  let k = i + 1;
  while (k < lines.length && k - i <= 4 && isBlank(lines[k]?.text ?? '')) k++;
  const next = lines[k]?.text;
  return next !== undefined && LINE_LABEL.test(next);
}

/**
 * A numbered label opening a line, also glued to its text on reflowed pages: `10.From February ...`,
 * `¶3. (C) ...`, `3. U.S. Mission ...` (a digit, a dot, then a space or a capital).
 */
const LINE_LABEL_GLUED = /^\s{0,8}\u00b6?\d{1,3}\.[\sA-Z]/;

/** True when the next non-blank line after line `i` opens with a numbered label, glued or not. Looks at most four lines ahead. */
function gluedLabelFollows(lines: readonly SourceLine[], i: number): boolean {
  let k = i + 1;
  while (k < lines.length && k - i <= 4 && isBlank(lines[k]?.text ?? '')) k++;
  const next = lines[k]?.text;
  return next !== undefined && k - i <= 4 && LINE_LABEL_GLUED.test(next);
}

/** Fewest and most words of an all-caps heading run onto the end of a reflowed line. */
const CAPS_END_WORDS_MIN = 2;
const CAPS_END_WORDS_MAX = 8;

/** A word of an all-caps heading: capitals, digits and joiners (`CONVERSION`, `U.S.-LIBYA`, `AND/OR`, `&`). */
const CAPS_WORD = /^[A-Z0-9&][A-Z0-9&/.,'-]{0,30}$/;

/** Most characters of a bracketed source credit closing a paragraph (`[AsiaPulse, 1/26/2009]`, brackets included). */
const CREDIT_MAX = 80;

/**
 * True when a bracketed note closes the paragraph one or more spaces before `at`, after its last sentence: a news
 * digest's source credit, `... for the new industry. [AsiaPulse, 1/26/2009]  CONSTRUCTION`, also glued to the sentence
 * (`... completed in 2014.[MEED, 12/4/2008]`). One pair of brackets of at most `CREDIT_MAX` characters, none nested;
 * a sentence end (or a `.`, `!` or `?` right) before the `[`. Bounded reads.
 */
function creditBracketBefore(text: string, at: number): boolean {
  const p = skipBack(text, at);
  if (p === at || text.charCodeAt(p - 1) !== 93) return false;
  let open = p - 2;
  const stop = Math.max(0, p - CREDIT_MAX);
  while (open >= stop && text.charCodeAt(open) !== 91 && text.charCodeAt(open) !== 93) open--;
  if (open < stop || text.charCodeAt(open) !== 91 || open === p - 2) return false;
  const c = text.charCodeAt(open - 1);
  return c === 46 || c === 33 || c === 63 ? sentenceEndsBefore(text, open) || isAsciiLowerCode(text.charCodeAt(open - 2)) || isAsciiDigitCode(text.charCodeAt(open - 2)) : sentenceEndsBefore(text, open);
}

/**
 * Where an all-caps section heading run onto the end of a reflowed paragraph line starts, the
 * next paragraph's label on a line below (the caller checks that), or `-1`:
 *
 *     9.The government began ... individual owners (with a preference for Libyans). CONVERSION AND TRANSFER POLICIES
 *
 *     10.From February 1999 ...
 *
 *     ... and then cultivate leaders for the new industry. [AsiaPulse, 1/26/2009]  FOREIGN TRADE
 *
 *     13. (U) South Korea's Hanil Wins ...
 *
 * The heading follows a sentence end or a bracketed source credit after one (`creditBracketBefore`), has 2 to 8
 * words with no lower-case letter, no redaction and no block mark (`END SUMMARY`); the sentence before it has
 * lower-case letters (an all-caps cable's last sentence is not a heading). With `single`, a one-word heading
 * (`IT`, `LAW`, `BANKING`) is read too, but only with two spaces or more before it (the caller asks for more:
 * a blank line and a label below, the page's other headings, see `isSpacedCapsHeadingAt`). Bounded look-back.
 */
function capsHeadingAtEnd(text: string, single = false): number {
  let e = text.length;
  while (e > 0 && isWhitespaceCode(text.charCodeAt(e - 1))) e--;
  // Cheap test first: the line ends with a capital.
  if (!isAsciiUpperCode(text.charCodeAt(e - 1)) || !isAsciiUpperCode(text.charCodeAt(e - 2))) return -1;
  let h = headingStartBefore(text, e, Math.max(0, e - HEADING_MAX));
  if (h <= 0) return -1;
  // `... industry. [AsiaPulse, 1/26/2009]  CONSTRUCTION`: the heading starts after the credit's bracket (bounded search).
  let b = e - 1;
  while (b >= h && text.charCodeAt(b) !== 93) b--;
  if (b >= h) {
    const s = skipSpaces(text, b + 1);
    if (s >= e || !creditBracketBefore(text, s)) return -1;
    h = s;
  } else if (!sentenceEndsBefore(text, h)) return -1;
  const heading = text.slice(h, e);
  if (!isCapsWordRun(heading, single ? 1 : CAPS_END_WORDS_MIN) || isMarkOrRedaction(heading)) return -1;
  if (single && (!isSpace(text.charCodeAt(h - 2)) || !isSingleCapsHeading(heading))) return -1;
  // Lower case in the sentence before (bounded): the paragraph is in mixed case.
  let lower = false;
  for (let k = h - 1; k >= 0 && h - k <= 200 && !lower; k--) lower = isAsciiLowerCode(text.charCodeAt(k));
  return lower ? h : -1;
}

/** A one-word heading: 2 to 20 capitals, no digit or joiner, no banner word (`IT`, `LAW`, `BANKING`; not `NOFORN`, `U.S.`). */
const SINGLE_CAPS_HEADING = /^[A-Z]{2,20}$/;

/** True when `heading` is one word that may stand as a heading alone (`SINGLE_CAPS_HEADING`), or has several words. */
function isSingleCapsHeading(heading: string): boolean {
  return heading.indexOf(' ') >= 0 || (SINGLE_CAPS_HEADING.test(heading) && !BANNER_WORD.test(heading));
}

/** `min` (default `CAPS_END_WORDS_MIN`) to `CAPS_END_WORDS_MAX` upper-case words (`CAPS_WORD`) parted by blanks: `OPENNESS TO FOREIGN INVESTMENT`. */
function isCapsWordRun(text: string, min = CAPS_END_WORDS_MIN): boolean {
  const words = text.split(/\s+/);
  if (words.length < min || words.length > CAPS_END_WORDS_MAX) return false;
  for (const w of words) if (!CAPS_WORD.test(w)) return false;
  return true;
}

/** A block mark or a redaction, never a heading: `END SUMMARY`, `BEGIN TEXT`, `XXXXXXXXXXXX`. */
function isMarkOrRedaction(text: string): boolean {
  return text.indexOf('XXX') >= 0 || /\b(?:END|BEGIN)\b/.test(text);
}

/** Lower-case words that never end the text before a heading: `... met with the NATIONAL OIL CORPORATION` is a name, not a heading. */
const NAME_LEAD_WORDS: ReadonlySet<string> = new Set([...SMALL_WORDS, 'the', 'of', 'by', 'per', 'via', 'than', 'about', 'against', 'between', 'under', 'during', 'called', 'named', 'titled', 'entitled', 'dubbed', 'is', 'are', 'was', 'were', 'be', 'been', 'became', 'becomes', 'said', 'told', 'says', 'reads', 'read', 'stated', 'wrote', 'quote', 'our', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'new', 'former', 'joint', 'local', 'state', 'national', 'federal']);

/** A heading's last word that is never a heading's end (`... AND`, `... OF THE`). */
const CAPS_TAIL_SMALL = /^(?:AND|OR|OF|THE|TO|FOR|IN|ON|AT|BY|WITH|A|AN)$/;

/** Classification and handling words: a line of them between paragraphs is a banner or caption, not a section heading. */
const BANNER_WORD = /\b(?:UNCLASSIFIED|CLASSIFIED|CONFIDENTIAL|SECRET|SENSITIVE|NOFORN|SIPDIS|UNCLAS|NNNN|BT)\b/;

/**
 * Where an all-caps heading run onto the end of a reflowed paragraph line starts when no sentence end
 * stands before it (the paragraph is a list of entries without periods), the next label on a line below
 * (the caller checks that, and that the page's other headings have this shape, `capsHeadingsShown`):
 *
 *     1. Indicators: Survey: 171 Index: the country is not ranked OPENNESS TO FOREIGN INVESTMENT
 *
 *     2.In recent years, ...
 *
 * The heading has 2 to 8 words, each a `CAPS_WORD`, the first opening with a capital, the last not a
 * small word (`AND`), no redaction and no block mark; the word before it is a lower-case word that a
 * name may not follow (`the`, `with`, `of`, `named`: `... met with the NATIONAL OIL CORPORATION` stays).
 * `-1` when there is none. Bounded look-back (`HEADING_MAX` characters and one word).
 */
function capsHeadingAfterWords(text: string): number {
  let e = text.length;
  while (e > 0 && isWhitespaceCode(text.charCodeAt(e - 1))) e--;
  // Cheap test first: the line ends with two capitals.
  if (!isAsciiUpperCode(text.charCodeAt(e - 1)) || !isAsciiUpperCode(text.charCodeAt(e - 2))) return -1;
  const stop = Math.max(0, e - HEADING_MAX - 32);
  let s = e;
  let h = -1;
  let words = 0;
  let last = '';
  for (;;) {
    let a = s;
    while (a > stop && !isSpace(text.charCodeAt(a - 1))) a--;
    // A word running past the bounded look-back, or no word before the heading: no heading here.
    if (a === stop) return -1;
    const word = text.slice(a, s);
    if (!CAPS_WORD.test(word)) {
      // The word before the heading: lower-case letters only, not a word a name follows.
      if (h < 0 || words < CAPS_END_WORDS_MIN || !/^[a-z]{2,20}$/.test(word) || NAME_LEAD_WORDS.has(word)) return -1;
      break;
    }
    if (++words > CAPS_END_WORDS_MAX || e - a > HEADING_MAX) return -1;
    if (words === 1) last = word;
    h = a;
    s = a;
    while (s > stop && isSpace(text.charCodeAt(s - 1))) s--;
  }
  const heading = text.slice(h, e);
  // `OPENNESS TO ...`: a capital letter and another letter first; not `... AND`, no redaction, no block mark.
  if (!isAsciiUpperCode(heading.charCodeAt(0)) || !isAsciiUpperCode(heading.charCodeAt(1)) || CAPS_TAIL_SMALL.test(last)) return -1;
  if (isMarkOrRedaction(heading) || BANNER_WORD.test(heading)) return -1;
  return h;
}

/** Fewest other all-caps section headings of a page for a heading with no sentence end before it to be cut. */
const CAPS_HEADINGS_SHOWN = 2;

/**
 * True when the line at `i` is an all-caps section heading on a line of its own between reflowed
 * paragraphs: 2 to 8 `CAPS_WORD`s (no banner word, block mark or redaction), a long line above (blank
 * lines passed over, at most four), the next paragraph's label below (`gluedLabelFollows`):
 *
 *     ... the long line of paragraph 6 ...
 *
 *     RIGHT TO PRIVATE OWNERSHIP AND ESTABLISHMENT
 *
 *     7.Private ownership ...
 */
function isOwnLineCapsHeading(lines: readonly SourceLine[], i: number): boolean {
  const text = (lines[i] as SourceLine).text;
  if (text.length > HEADING_MAX) return false;
  const t = text.trim();
  if (!isAsciiUpperCode(t.charCodeAt(0)) || !isAsciiUpperCode(t.charCodeAt(t.length - 1))) return false;
  if (!isCapsWordRun(t) || isMarkOrRedaction(t) || BANNER_WORD.test(t)) return false;
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && isBlank((lines[k] as SourceLine).text)) k--;
  return k >= 0 && i - k <= 4 && (lines[k] as SourceLine).text.length > REFLOWED_LENGTH && gluedLabelFollows(lines, i);
}

/**
 * True when the page shows at least `CAPS_HEADINGS_SHOWN` all-caps section headings before a paragraph
 * label: run onto a reflowed line after a sentence end (`capsHeadingAtEnd`), or on a line of their own
 * between reflowed paragraphs (`isOwnLineCapsHeading`). Then an all-caps run ending a paragraph line
 * with no sentence end before it is read as the same kind of heading. One pass over the lines, each
 * line's tests bounded; the caller runs it at most once per body.
 */
function capsHeadingsShown(lines: readonly SourceLine[], min = CAPS_HEADINGS_SHOWN, single = false): boolean {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < min; i++) {
    const text = (lines[i] as SourceLine).text;
    // Cheap test first: the line ends with a capital (trailing spaces aside).
    let e = text.length;
    while (e > 0 && isWhitespaceCode(text.charCodeAt(e - 1))) e--;
    if (!isAsciiUpperCode(text.charCodeAt(e - 1))) continue;
    if (text.length <= REFLOWED_LENGTH ? isOwnLineCapsHeading(lines, i) : (capsHeadingAtEnd(text) > 0 && gluedLabelFollows(lines, i)) || (single && isSpacedCapsHeadingAt(lines, i))) seen++;
  }
  return seen >= min;
}

/**
 * Fewest all-caps section headings of a page, the one read included, for a one-word heading at a reflowed line's
 * end to be cut (`isSpacedCapsHeadingAt`): a word such as `IT` or `LAW` may also end a sentence's fragment.
 */
const SINGLE_CAPS_HEADINGS_SHOWN = 3;

/**
 * True when the reflowed line `i` ends with an all-caps heading of one to eight words in the spaced shape of a news
 * digest's section headings: two spaces or more after a sentence end or a bracketed source credit
 * (`capsHeadingAtEnd` with `single`), a blank line right below, then the next paragraph's label:
 *
 *     ... for 145 million euros on Oct. 4. [Bloomberg, 12/17/2008]  IT
 *
 *     27. (U) STS PayONE Voucher powers ...
 *
 * The caller also asks for `SINGLE_CAPS_HEADINGS_SHOWN` such headings on the page (`capsHeadingsShown`). Bounded reads.
 */
function isSpacedCapsHeadingAt(lines: readonly SourceLine[], i: number): boolean {
  const text = (lines[i] as SourceLine).text;
  const below = lines[i + 1];
  return text.length > REFLOWED_LENGTH && below !== undefined && isBlank(below.text) && capsHeadingAtEnd(text, true) > 0 && gluedLabelFollows(lines, i);
}

/** Most characters of a marked sub-heading run onto the end of a reflowed line, its marking included (`markedHeadingAtEnd`). */
const MARKED_HEADING_MAX = 160;

/** Most words of a marked sub-heading run onto the end of a reflowed line. */
const MARKED_HEADING_WORDS = 24;

/** Longest stretch before a marking that may be a label alone (`LABEL_ALONE`). */
const LABEL_BEFORE_MARKING = 12;
/** A paragraph label alone, blanks around it: `2. `, `¶12. `, `A. `, `iv. ` (anchored, bounded). */
const LABEL_ALONE = /^[ \t]{0,4}\u00b6?(?:\d{1,3}|[A-Za-z]{1,4})[.)][ \t]{0,4}$/;

/** A block keyword or mark opening a marked text, never a sub-heading: `(C) Comment: ...`, `(U) END NOTE` (anchored, bounded slice). */
const MARKED_KEYWORD = /^(?:comments?|notes?|summary|begin|end)\b/i;

/**
 * Where a sub-heading opening with its own portion marking starts when reflow ran it onto the end of the
 * paragraph line before it (the next paragraph's marked label on a line below: the caller checks that), or `-1`:
 *
 *     ... and the United Kingdom's Ambassador John Duncan. (SBU) Meeting with Brazil's Ambassador Luiz Soares (7 May)
 *
 *     2. (C) A/S Smith opened the meeting by ...
 *
 * gives the start of `(SBU)`. The marking (upper case, `matchMarking`) follows a sentence end (`... Duncan.`,
 * `END COMMENT)`), a capital or a quote opens the heading after it, and no sentence end stands between it and
 * the line's end, which is no sentence end, comma, semicolon, colon or small word (`and`) either, and no semicolon inside; at most `MARKED_HEADING_MAX`
 * characters and `MARKED_HEADING_WORDS` words, not a block keyword (`(C) Comment: ...`). Reads only the
 * line's last `MARKED_HEADING_MAX` characters.
 */
function markedHeadingAtEnd(text: string): number {
  let e = text.length;
  while (e > 0 && isWhitespaceCode(text.charCodeAt(e - 1))) e--;
  // Cheap tests first: the line ends with a letter, a digit or `)`, and has a `(` in its last characters.
  const last = text.charCodeAt(e - 1);
  if (!(isAsciiLowerCode(last) || isAsciiUpperCode(last) || isAsciiDigitCode(last) || last === 41)) return -1;
  // `... as noted.)`: a sentence closed inside its parenthesis.
  if (last === 41 && (text.charCodeAt(e - 2) === 46 || text.charCodeAt(e - 2) === 33 || text.charCodeAt(e - 2) === 63)) return -1;
  const stop = Math.max(1, e - MARKED_HEADING_MAX);
  if (text.lastIndexOf('(', e - 1) < stop) return -1;
  // A small word last (`... left for the airport and`): a sentence cut off, not a heading.
  let w = e;
  while (w > 0 && e - w < 8 && isAsciiLowerCode(text.charCodeAt(w - 1))) w--;
  if (isSpace(text.charCodeAt(w - 1)) && SMALL_WORDS.has(text.slice(w, e))) return -1;
  let words = 1;
  // Back from the end to the nearest sentence start: it must be the marking.
  for (let h = e - 1; h >= stop; h--) {
    // A semicolon: the tail is a sentence (`(SBU) The envoys left; they`).
    if (text.charCodeAt(h) === 59) return -1;
    if (!isSpace(text.charCodeAt(h - 1))) continue;
    if (++words > MARKED_HEADING_WORDS) return -1;
    if (!sentenceEndsBefore(text, h)) continue;
    // The marking's letter is a capital: `(SBU)`, `(S//NF)`; not a list letter `(c)`.
    if (text.charCodeAt(h) !== 40 || !isAsciiUpperCode(text.charCodeAt(h + 1))) return -1;
    // Not the marking of the line's own label (`2. (C) Participants: ... (notetaker)`: the dot ends no sentence).
    if (h <= LABEL_BEFORE_MARKING && LABEL_ALONE.test(text.slice(0, h))) return -1;
    const marking = matchMarking(text.slice(h, Math.min(e, h + 64)));
    if (marking === null) return -1;
    const s = h + marking.length;
    const c = text.charCodeAt(s);
    if (s >= e || !(isAsciiUpperCode(c) || c === 34) || MARKED_KEYWORD.test(text.slice(s, s + 10))) return -1;
    return h;
  }
  return -1;
}

/** `End Summary.`, `END COMMENT.)` just before a heading (bounded slice). */
const END_MARK_BEFORE = /\bEND (?:SUMMARY|COMMENT|NOTE)[.)]{1,2}\s{1,4}$/i;

/**
 * True when a block's end mark stands right before column `h` (a heading run onto a
 * reflowed line after it, the next paragraph's label below):
 *
 *     ... online outreach for the visit. End Summary. Proven PD 2.0 Expertise
 *
 *     3. U.S. Mission Indonesia is on the forefront of ...
 */
function endMarkBefore(text: string, h: number): boolean {
  return END_MARK_BEFORE.test(text.slice(Math.max(0, h - 20), h));
}

/**
 * Where a heading run onto the end of a reflowed line starts (the rule under it is on a line
 * below), or `-1`: the text after the last sentence end, in title case, not ending like a
 * sentence (an ellipsis or `D.C.` may end it):
 *
 *     ... preparing for the 2011 campaign. End Summary. First Lady Preparing for 2011
 *
 *     Election
 *     --------------------------------------------- -----
 *
 * `... in Vilnius. End Summary. e-PINE: Political Directors' Meetings in Washington D.C.` /
 * blank / `-----` gives `e-PINE: Political Directors' Meetings in Washington D.C.`. Bounded
 * look-back (`headingStartBefore`).
 */
function headingStartAtEnd(text: string): number {
  let e = text.length;
  while (e > 0 && isWhitespaceCode(text.charCodeAt(e - 1))) e--;
  const last = text.charCodeAt(e - 1);
  // `,`, `;`, `:`, `?`, `!`: text or a question, not a heading.
  if (last === 44 || last === 59 || last === 58 || last === 63 || last === 33) return -1;
  const start = headingStartBefore(text, e, 0);
  let firstVisible = 0;
  while (firstVisible < text.length && isWhitespaceCode(text.charCodeAt(firstVisible))) firstVisible++;
  if (start <= firstVisible) return -1;
  const heading = text.slice(start, e);
  // A period ends it only in an ellipsis or an abbreviation: `An Effective Manager...`, `Washington D.C.`.
  if (last === 46 && !/(?:\.\.\.|\b[A-Z]\.[A-Z]\.)$/.test(heading)) return -1;
  // `End Summary`, `BEGIN TEXT`, `XXXXXXXXXXXX END NOTE)`: block marks (and redactions), not headings.
  if (/\b(?:begin|end)\b/i.test(heading) || heading.indexOf('XXX') >= 0) return -1;
  const words = heading.split(' ');
  if (words.length > END_HEADING_WORDS) return -1;
  for (let w = 0; w < words.length; w++) {
    const word = words[w] ?? '';
    const c = word.charCodeAt(0);
    if (!isAsciiLowerCode(c)) continue;
    // A lower-case word: a small word inside the heading, or a prefix glued to a capital (`e-PINE:`).
    if ((w > 0 && SMALL_WORDS.has(word)) || (word.charCodeAt(1) === 45 && isAsciiUpperCode(word.charCodeAt(2)))) continue;
    return -1;
  }
  return isAsciiUpperCode(heading.charCodeAt(0)) || isAsciiLowerCode(heading.charCodeAt(0)) ? start : -1;
}

/** Fewest and most words of a title-case heading run onto a reflowed line's end with no rule and no end mark before it. */
const TITLE_END_WORDS_MIN = 3;
const TITLE_END_WORDS_MAX = 10;

/**
 * True when the heading `headingStartAtEnd` found at `h` (after a sentence end) is strictly in title case, 3 to 10
 * words, each opening with a capital or a digit, or a small word inside (`of`, `in`), and the line has lower-case
 * words before it; the caller then asks for a marked label below:
 *
 *     ... of the telecommunication sector. President's Chief of Staff Named in Investigation
 *
 *     6. (SBU) Two more names ...
 *
 * Reads only the heading (at most `HEADING_MAX` characters) and its 200 characters before.
 */
function isTitleHeadingAtEnd(text: string, h: number): boolean {
  const words = text.slice(h).trim().split(' ');
  if (words.length < TITLE_END_WORDS_MIN || words.length > TITLE_END_WORDS_MAX) return false;
  for (let w = 0; w < words.length; w++) {
    const word = words[w] ?? '';
    const c = word.charCodeAt(0);
    if (isAsciiUpperCode(c) || isAsciiDigitCode(c) || (w > 0 && SMALL_WORDS.has(word))) continue;
    return false;
  }
  // Lower case in the text before (bounded): the paragraph is in mixed case, the heading stands out.
  for (let k = h - 1; k >= 0 && h - k <= 200; k--) if (isAsciiLowerCode(text.charCodeAt(k))) return true;
  return false;
}

/** True when the next non-blank line after line `i` opens with a label and its marking (`¶6. (SBU) Two ...`). Looks at most four lines ahead. */
function markedLabelFollows(lines: readonly SourceLine[], i: number): boolean {
  let k = i + 1;
  while (k < lines.length && k - i <= 4 && isBlank(lines[k]?.text ?? '')) k++;
  const next = lines[k]?.text;
  if (next === undefined || k - i > 4) return false;
  let a = 0;
  while (a < next.length && a < 8 && isSpace(next.charCodeAt(a))) a++;
  if (next.charCodeAt(a) === 0xb6) a++;
  return isAsciiDigitCode(next.charCodeAt(a)) && labelAt(next, a, true) !== null;
}

/** A heading with only its right rule: `COMMENT -------`, `ANTI-PIRACY MEETING ------ -` (bounded; tested on short lines only). */
const RIGHT_RULED_HEADING = /^\s{0,8}[A-Za-z][^\n]{0,100}?\s-{5,}(?: ?-){0,8}\s*$/;

/**
 * Where the left rule of a framed heading starts when reflow ran it onto the end of line `i`,
 * after a sentence end, its heading and right rule on the next non-blank line (at most four
 * lines on); `-1` when not:
 *
 *     ... the reporting was comprehensive, fair, and, on balance, positive. -------
 *
 *     COMMENT -------
 *
 * gives the start of the dashes. Reads the line's end backwards (bounded by the run) and one line ahead.
 */
function leftRuleAtEnd(lines: readonly SourceLine[], i: number): number {
  const text = (lines[i] as SourceLine).text;
  let e = text.length;
  while (e > 0 && isWhitespaceCode(text.charCodeAt(e - 1))) e--;
  // Cheap test first: the line ends with a dash.
  if (text.charCodeAt(e - 1) !== 45) return -1;
  let s = e;
  let dashes = 0;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (c === 45) {
      dashes++;
      s--;
    } else if (c === 32 && text.charCodeAt(s - 2) === 45) s--;
    else break;
  }
  if (dashes < RULE_MIN || s === 0 || !isSpace(text.charCodeAt(s - 1)) || !sentenceEndsBefore(text, s)) return -1;
  let k = i + 1;
  while (k < lines.length && k - i <= 4 && isBlank((lines[k] as SourceLine).text)) k++;
  const next = lines[k]?.text;
  return next !== undefined && k - i <= 4 && next.length <= HEADING_MAX + 40 && RIGHT_RULED_HEADING.test(next) ? s : -1;
}

/** Most characters of a sentence's tail before an underlined title on its line (`EU-India Summit:`). */
const TITLE_TAIL_MAX = 40;

/** Most characters an underline and the title over it may differ by. */
const UNDERLINE_SLACK = 2;

/**
 * Where the title starts on an underlined title line that first ends the sentence before it, or `-1`:
 *
 *     ... Schalin offered the following tidbits from the Oct. 12-13
 *
 *     EU-India Summit: Joint Action Plan and a Bilateral Trade Agreement
 *     -------------------------------------------- ----
 *
 * gives the start of `Joint` in the title line `title`: the rule `rule` (49 characters) is as long as the tail after a
 * space that opens with a capital, within `UNDERLINE_SLACK` characters, and not as the whole line; the part before
 * it has at most `TITLE_TAIL_MAX` characters. Shared with paragraphs.ts (which gives that part to the paragraph before).
 * Reads at most `TITLE_TAIL_MAX` characters of the title.
 */
export function underlinedTitleStart(title: string, rule: string): number {
  if (!isRuleLine(rule)) return -1;
  const length = rule.trim().length;
  if (title.length - length <= UNDERLINE_SLACK + 1) return -1;
  let best = -1;
  let bestDiff = UNDERLINE_SLACK + 1;
  for (let c = 2; c <= TITLE_TAIL_MAX + 1 && c < title.length; c++) {
    if (title.charCodeAt(c - 1) !== 32 || !isAsciiUpperCode(title.charCodeAt(c))) continue;
    const diff = Math.abs(title.length - c - length);
    if (diff < bestDiff) {
      best = c;
      bestDiff = diff;
    }
  }
  return best;
}

/** A label line whose text is a redaction, a title after it: `16. (S) XXXXXXXXXXXX Child Trafficking` (anchored, bounded). */
const REDACTED_LABEL_LINE = /^[ \t]{0,4}\u00b6?\d{1,3}\.[ \t]{1,4}(?:\([A-Z/]{1,10}\)[ \t]{1,4})?X{6,20}[ \t]{1,4}(?=[A-Z])/;

/**
 * Where the title starts on a label line whose whole paragraph is a redaction, the title that heads the next paragraph
 * glued after it, underlined by a rule as long as the title alone (within `UNDERLINE_SLACK`), or `-1`:
 *
 *     16. (S) XXXXXXXXXXXX Child Trafficking
 *     -----------------
 *     17. (S) XXXXXXXXXXXX said he believes that ...
 *
 * gives the start of `Child`. Bounded: an anchored test, then a length comparison.
 */
function redactedTitleStart(text: string, rule: string): number {
  const m = REDACTED_LABEL_LINE.exec(text);
  if (m === null || !isRuleLine(rule)) return -1;
  const title = trimEnd(text).length - m[0].length;
  return title > 0 && title <= TITLE_TAIL_MAX * 2 && Math.abs(title - rule.trim().length) <= UNDERLINE_SLACK ? m[0].length : -1;
}

/**
 * True when line `i` stands after a blank line under a text line `previous` (the last non-blank one, over
 * `TITLE_TAIL_MAX` characters: no heading or name) that ends with a letter or a digit, no redaction
 * (`... tidbits from the Oct. 12-13`): a sentence cut off, going on at line `i`.
 */
function endsCutOff(lines: readonly SourceLine[], i: number, previous: string | null): boolean {
  if (previous === null || i === 0 || !isBlank((lines[i - 1] as SourceLine).text)) return false;
  const t = previous.trimEnd();
  const c = t.charCodeAt(t.length - 1);
  return (isAsciiLowerCode(c) || isAsciiUpperCode(c) || isAsciiDigitCode(c)) && !t.endsWith('XX') && t.length > TITLE_TAIL_MAX;
}

/**
 * The end marks of a transmission glued at a line's end, one to three whole words: `NNNN`, `BT`, `BT #6021`,
 * `BT #6021 NNNN` (anchored at the end; bounded).
 */
const GLUED_END_MARKS = /[ \t](?:BT(?:[ \t]{1,4}#\d{1,6})?(?:[ \t]{1,4}N{3,4})?|N{4})[ \t]*$/;

/** A line that is only transmission end marks: `BT`, `#6021`, `NNNN`, `BT #6021 NNNN` (anchored, bounded). */
const END_MARKS_LINE = /^[ \t]{0,8}(?:BT|#\d{1,6}|N{3,5})(?:[ \t]{1,4}(?:#\d{1,6}|N{3,5}))*[ \t]*$/;

/**
 * Where the end marks start when they end the body's last line of words after them (the copy joined the signer's
 * line and the marks: `HOAGLAND NNNN`, `RUSK BT` / `#4210` / `NNNN`, an archive record after it already cut away), so
 * that the name and the marks stand on lines of their own; `-1` when there is none. Whole words after a space; reads
 * only the line's end (a `B` or an `N` last is the pre-test).
 */
function gluedEndMark(text: string): number {
  let e = text.length;
  while (e > 0 && isWhitespaceCode(text.charCodeAt(e - 1))) e--;
  const c = text.charCodeAt(e - 1);
  if ((c !== 78 && c !== 84 && !isAsciiDigitCode(c)) || e < 4) return -1;
  const m = GLUED_END_MARKS.exec(text.length > 40 ? text.slice(-40) : text);
  if (m === null) return -1;
  const at = text.length - m[0].length + 1;
  // Words before the marks: `HOAGLAND`, not a line of blanks.
  return isBlank(text.slice(0, at)) ? -1 : at;
}

/**
 * Cuts reflowed lines of a body into the lines the cable had (see the module comment).
 * `source` is the text the lines' offsets refer to (`null`: offsets map one to one).
 * `preamble` holds the preamble's lines: the subject caption of a continuation page is cut
 * off the text run on after it by comparison with its SUBJECT line (`captionEnd`). `post` is
 * the cable's post from its banner: a marker with a redacted serial must name it.
 * Lines without a cut are returned as they are; pieces keep their true offsets, ends and
 * line numbers, trimmed of the spaces around the cut.
 */
export function splitReflowedLines(lines: readonly SourceLine[], source: string | null, preamble: readonly string[] = [], post: string | null = null): SourceLine[] {
  const out: SourceLine[] = [];
  const state: ScanState = { last: 0, previous: null, preamble, subject: null, tail: null, lines, index: 0, post, letter: null, roman: null };
  // The last non-blank line, for an end mark glued after the signer (`HOAGLAND NNNN`).
  let lastVisible = lines.length - 1;
  // Whether the page shows all-caps section headings (`capsHeadingsShown`), read on first need.
  let shown: boolean | null = null;
  // Whether it shows `SINGLE_CAPS_HEADINGS_SHOWN` headings, one-word ones in the spaced shape counted (`isSpacedCapsHeadingAt`).
  let many: boolean | null = null;
  // (Past lines of end marks alone too: `RUSK BT` / `#4210` / `NNNN`.)
  while (lastVisible >= 0 && (isBlank((lines[lastVisible] as SourceLine).text) || END_MARKS_LINE.test((lines[lastVisible] as SourceLine).text))) lastVisible--;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const text = line.text;
    state.index = i;
    const cuts = cutsOf(text, state);
    // The column of a heading cut with a blank line before it (`capsHeadingAfterWords`), or -1.
    let apart = -1;
    if (i === lastVisible) {
      const mark = gluedEndMark(text);
      if (mark > 0) cuts.push(mark);
    }
    // A heading run onto the end of a reflowed line, its rule on a line below (a few lines looked at),
    // or after a block's end mark, the next paragraph's label on a line below (see `endMarkBefore`).
    const ruled = text.length > REFLOWED_LENGTH && (ruleFollows(lines, i) || ruleAndLabelFollow(lines, i));
    if (ruled || (text.length > REFLOWED_LENGTH && labelFollows(lines, i))) {
      const h = headingStartAtEnd(text);
      let before = true;
      for (const c of cuts) if (c >= h) before = false;
      if (h > 0 && before && (ruled || endMarkBefore(text, h) || (isTitleHeadingAtEnd(text, h) && markedLabelFollows(lines, i)))) cuts.push(h);
    }
    // An all-caps section heading ending a reflowed paragraph line, the next label below (see `capsHeadingAtEnd`).
    if (text.length > REFLOWED_LENGTH && gluedLabelFollows(lines, i)) {
      let h = capsHeadingAtEnd(text);
      // After a source credit (`... 1/23/2009]  FOREIGN TRADE`) it stands apart too: the paragraph reader reads a heading
      // glued under a line only after a sentence end.
      if (h > 0 && text.charCodeAt(skipBack(text, h) - 1) === 93) apart = h;
      // No sentence end before it: a heading only when the page's other headings have this shape (read once per body).
      if (h < 0 && capsHeadingAfterWords(text) > 0) {
        if (shown === null) shown = capsHeadingsShown(lines);
        if (shown) h = capsHeadingAfterWords(text);
        // The heading stands apart from the unfinished text before it, as on the page's own heading lines (a blank line between).
        if (h > 0) apart = h;
      }
      // A one-word heading (`... [Bloomberg, 12/17/2008]  IT` / blank / `27. (U) ...`): only in the spaced shape, the page
      // showing several such headings (read once per body, see `isSpacedCapsHeadingAt`).
      if (h < 0 && isSpacedCapsHeadingAt(lines, i)) {
        if (many === null) many = capsHeadingsShown(lines, SINGLE_CAPS_HEADINGS_SHOWN, true);
        if (many) h = capsHeadingAtEnd(text, true);
        if (h > 0) apart = h;
      }
      let before = true;
      for (const c of cuts) if (c >= h) before = false;
      if (h > 0 && before) cuts.push(h);
    }
    // A sub-heading with its own portion marking ending a reflowed paragraph line, the next marked label below (see
    // `markedHeadingAtEnd`; it stays glued under the paragraph's last sentence, as the paragraph reader reads such a heading).
    if (text.length > REFLOWED_LENGTH && text.lastIndexOf('(') > text.length - MARKED_HEADING_MAX - 8 && markedLabelFollows(lines, i)) {
      const h = markedHeadingAtEnd(text);
      let before = true;
      for (const c of cuts) if (c >= h) before = false;
      if (h > 0 && before) cuts.push(h);
    }
    // The left rule of the next line's framed heading run onto this line's end (see `leftRuleAtEnd`).
    if (text.length > REFLOWED_LENGTH) {
      const r = leftRuleAtEnd(lines, i);
      if (r > 0) cuts.push(r);
    }
    // An underlined title line that first ends the sentence before it (see `underlinedTitleStart`; a dash opening
    // the next line is the pre-test, then the line before the blank must end with a letter or digit).
    const under = lines[i + 1];
    if (cuts.length === 0 && under !== undefined && under.text.charCodeAt(skipSpaces(under.text, 0)) === 45 && endsCutOff(lines, i, state.previous)) {
      const lead = skipSpaces(text, 0);
      const c = underlinedTitleStart(text.trim(), under.text);
      if (c > 0) cuts.push(lead + c);
    }
    // The same after a redaction that stands for a whole paragraph, its label before it (see `redactedTitleStart`).
    if (cuts.length === 0 && under !== undefined && under.text.charCodeAt(skipSpaces(under.text, 0)) === 45) {
      const c = redactedTitleStart(text, under.text);
      if (c > 0) cuts.push(c);
    }
    // The last non-blank line, for a stray `SIPDIS` at the start of the next one.
    for (let k = 0; k < text.length; k++) {
      if (!isWhitespaceCode(text.charCodeAt(k))) {
        state.previous = text;
        break;
      }
    }
    if (cuts.length === 0) {
      out.push(line);
      continue;
    }
    cuts.sort((a, b) => a - b);
    // Segments between the cuts, trimmed: `[start, end)` pairs, flat (their columns ascend).
    const columns: number[] = [];
    let from = 0;
    for (let k = 0; k <= cuts.length; k++) {
      const to = k < cuts.length ? (cuts[k] as number) : text.length;
      if (to <= from) continue;
      let a = from;
      let b = to;
      while (a < b && isWhitespaceCode(text.charCodeAt(a))) a++;
      while (b > a && isWhitespaceCode(text.charCodeAt(b - 1))) b--;
      if (b > a) columns.push(a, b);
      from = to;
    }
    if (columns.length <= 2) {
      out.push(line);
      continue;
    }
    const { starts, ends } = mapColumns(line, source, columns);
    for (let k = 0; k < columns.length; k += 2) {
      const offset = starts[k] ?? line.offset;
      const end = Math.max(offset, ends[k + 1] ?? line.end);
      if (columns[k] === apart) out.push({ text: '', offset, end: offset, line: line.line });
      out.push({ text: text.slice(columns[k] as number, columns[k + 1] as number), offset, end, line: line.line });
    }
  }
  return out;
}

/**
 * The rest of a line from `column` on, with its true offset: the body's first line when the
 * preamble's last field was reflowed onto it (`Classified By: ... (d) 1. (C) Summary ...`).
 * The line itself when `column` is 0 or past its end.
 */
export function lineFrom(line: SourceLine, column: number, source: string | null): SourceLine {
  if (column <= 0 || column >= line.text.length) return line;
  const { starts } = mapColumns(line, source, [column]);
  const offset = Math.min(line.end, starts[0] ?? line.offset);
  return { text: line.text.slice(column), offset, end: line.end, line: line.line };
}

/**
 * The page markers inside a line that is not a marker itself, as lines of their own with
 * their true positions: `REF: 09 STATE 124006  LONDON 00000092  001.3 OF 012  1. ...` gives
 * `LONDON 00000092  001.3 OF 012`. Used for preamble lines, which are not cut; `before`
 * limits the search to the columns before it; `post` is the cable's (see `findInlinePageMarkers`).
 */
export function inlinePageMarkerLines(line: SourceLine, source: string | null, before = line.text.length, post: string | null = null): SourceLine[] {
  const text = line.text;
  if (text.indexOf('OF') < 0 || parsePageMarkerLine(text) !== null) return [];
  // Only the markers before column `before` (the part of a line the preamble read).
  const spans = findInlinePageMarkers(text, post).filter((s) => s.end <= before);
  if (spans.length === 0) return [];
  const columns: number[] = [];
  for (const s of spans) columns.push(s.start, s.end);
  const { starts, ends } = mapColumns(line, source, columns);
  return spans.map((s, k) => {
    const offset = starts[2 * k] ?? line.offset;
    return { text: text.slice(s.start, s.end), offset, end: Math.max(offset, ends[2 * k + 1] ?? line.end), line: line.line };
  });
}
