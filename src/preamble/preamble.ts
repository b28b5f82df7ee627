/**
 * The preamble ("caption" block): classification line, handling, distribution, E.O.,
 * TAGS, SUBJECT, REF and Classified By, in the order the cable gives them.
 *
 *     UNCLAS SECTION 01 OF 02 ASTANA 000270
 *     SIPDIS
 *     STATE FOR SCA/CEN, SCA/PPD, OES, OES/S
 *     E.O. 12958: N/A
 *     TAGS: ECON PGOV SENV SOCI TSPL KPAO KZ
 *     SUBJECT:  KAZAKHSTAN:  SECOND PREPARATION MEETING FOR THE 2010
 *     SUSTAINABLE DEVELOPMENT CONFERENCE
 *     REF: 09 Astana 02139
 */

import type { CableSpans, Preamble, Reference, Span } from '../model/cable.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { isPageFooter, isPageMarker, isPrintedPageHead } from '../body/page-markers.js';
import { lineFrom } from '../body/reflowed-lines.js';
import { diagnosticAt } from '../diagnostics/diagnostic.js';
import { matchMarking, opensWithInitialAndName, startsParagraph } from '../body/paragraph-label.js';
import { collapseWhitespace, isAsciiDigitCode, isAsciiLowerCode, isAsciiUpperCode, isBlank, isRuleLine, isWhitespaceCode, skipWhitespace, spanOf, splitLines, trimEnd, WRAP_WIDTH, type SourceLine } from '../text/source-line.js';
import { BARE_CLASSIFICATION, bannerKind, CAVEAT_WORDS, FULL_BANNER, joinWrappedBanner, NOT_BANNER, parseClassificationLine, parseHandlingLine } from './classification.js';
import { classifiedByEnd, parseClassifiedBy } from './classified-by.js';
import { parseExecutiveOrder } from './executive-order.js';
import { closesOpenParenthesis, continuesNumberedReferences, parseReferences, referenceBodyStart, type ReferenceContext, wrapsBeforeNextLabel } from './references.js';
import { namesExecutiveOrder, namesOrderAfter, parseSubjectDetails, subjectLineStopAt, subjectStopAt, wrapsIntoSubject } from './subject.js';
import { ELLIPSIS_LINE } from '../text/archive-records.js';
import { DISTRIBUTION_AGENCIES, findDistributionInTags, parseTags } from './tags.js';

/** Field keywords at the start of a preamble line. */
/**
 * `E.O. 12958: N/A`, `EO 12958 DECL: ...`, `E. O. 12356: DECL: OADR`, `DECL: OADR`, and
 * `E.0. 12958: N/A` (digit zero for the letter O: only with both dots).
 */
const EO_LINE = /^\s*(?:(?:E\.?\s?O\.?|E\.\s?0\.)\s*\d{4,5}\b|DECL\s?:)/i;

/** `TAGS: ECON`, `TAGS ECON`, `TAG: PREL`. */
const TAGS_LINE = /^\s*TAGS?\b\s*:?/;
/** `Tags: pgov, prel, kz`, `Tags: ETTC, EFIN` in any case, with a colon (`Tagging the ...` is a sentence). */
const TAGS_LINE_ANY_CASE = /^\s*TAGS?\s?:/i;
/** `SUBJECT: ...`, `SUBJ: ...`, `SUBJECT ...`. */
const SUBJECT_LINE = /^\s*SUBJ(?:ECT)?\b\s*:?/;
/** The SUBJECT keyword alone on its line, its title below: `SUBJECT:`, `Subject:`, `SUBJ:` (anchored, bounded). */
const SUBJECT_KEYWORD_ONLY = /^[ \t]{0,8}SUBJ(?:ECT)?[ \t]{0,2}:[ \t]*$/i;
/** `REF: ...`, `REFS: ...`, `REFTEL: ...`, `REF(S): ...`, `REFTELS: ...`, `REF; ...` (a semicolon typed for the colon). */
const REF_LINE = /^\s*REF(?:S|TELS?|\(S\))?\s*[:.;]|^\s*REF(?:S|TELS?)?\s+[A-Z(]/;
/**
 * The SUBJECT keyword in any case, then a colon: `Subject: Lukashenko Gives ...`, `subj: ...`,
 * `Subject : ...` (a sentence such as `Subject to approval, ...` has none).
 */
const SUBJECT_LINE_ANY_CASE = /^\s*SUBJ(?:ECT)?\s?:/i;
/**
 * The REF keyword in any case, then a colon: `Ref: A) Minsk 297`, `Refs: ...`, `Reftel: ...`,
 * `Ref(s): ...`, `Ref A:  Geneva 2373`, spelled out too: `REFERENCE: (A) STATE 284410, (B) MANAGUA 5390`, `References:`
 * (not `Reference is made ...`, `Ref. B, ...`).
 */
const REF_LINE_ANY_CASE = /^\s*REF(?:S|TELS?|\(S\)|ERENCES?)?(?:\s[A-Z])?\s?:/i;
/** A REF field that cites nothing: `REF: NONE`, `Refs: none.`, `REF: N/A` (read on the field's first 40 characters). */
const NO_REFERENCES = /^\s*REF(?:S|TELS?|\(S\))?\s?:?\s?(?:NONE|N\/A)\.?\s*$/i;
/** A classification statement by its source: `DERIVED FROM: MULTIPLE SOURCES`, `Derived from: DSCG 05-1` (the colon required). */
const DERIVED_FROM_LINE = /^\s*DERIVED\s{1,3}FROM\s{0,2}:/i;
/** `Classified By: ...`, `CLASSIFIED BY ...`. */
const CLASSIFIED_BY_LINE = /^\s*CLASSIFIED\s+BY\b/i;

type Field = 'eo' | 'tags' | 'subject' | 'ref' | 'classifiedBy';

/** What reading a preamble produced, with where it ended. */
export interface PreambleRead {
  preamble: Preamble;
  /** Where each preamble field came from. */
  spans: PreambleSpans;
  /** Index of the line where the body starts (`lines.length` when there is no body). */
  end: number;
  /**
   * Where the body starts inside line `end`: 0 at its start; after a field the source reflowed
   * onto the body's first line, the column after it (`Classified By: ... 1.4 (b) and (d) 1. (C)
   * Summary ...`: the column of `1.`). `linesAfterPreamble` cuts the line there.
   */
  bodyColumn: number;
  /** True when a classification line was found. */
  hasBanner: boolean;
  /** True when at least one preamble field (E.O., TAGS, SUBJECT, REF) was found. */
  hasFields: boolean;
}

/**
 * Another field keyword inside a field line, where the source reflowed two fields onto
 * one line: `SUBJECT: FOO BAR REF: STATE 1234`. The keyword must end with a colon.
 * (Global: searched from a given index, see `inlineFieldAt`.)
 */
// After a space, a quote or a digit: `DECL: 2020/02/16TAGS: PREL`.
// `E.0. 12958:` has a zero for the O.
const INLINE_FIELD = /(?<=[\s"\d])(?:REF(?:S|TELS?)?|TAGS?|SUBJ(?:ECT)?|E\.\s?[O0]\.\s?\d{5}|CLASSIFIED\s+BY)\s?:/gi;

/** A subject keyword where an inline field was found (`SUBJ: EXCESS DEFENSE ...`): in a REF line, the reference's own (anchored). */
const REF_ITEM_SUBJECT = /^SUBJ(?:ECT)?\s?:/i;

/** A classification reason number: `1.4`, `1.5 (D)`, `1. 4`. */
const REASON_NUMBER = /\b1\s?\.\s?[3-6]\b/;
/** A line carrying only the reasons: `FOR REASONS 1.4 (B) AND (D)`, `REASON: 1.4 (b), (d)`, `1.4 (b) and (d).` */
const REASONS_LINE = /^\s*(?:(?:FOR\s+)?REASONS?\b|1\s?\.\s?[3-6]\b)/i;

/** A field keyword at the start of a line, for checking what precedes an inline one. */
const LEADING_FIELD = /^[\s"']*(?:REF(?:S|TELS?)?|TAGS?|SUBJ(?:ECT)?|E\.?\s?[O0]\.?\s?\d{5}|CLASSIFIED\s+BY)\s?:?/i;

/**
 * Index where a second field starts inside a line, or -1: the keyword is searched from
 * `from` (1 on a field line, whose own keyword comes first, after any leading spaces and
 * quotes: ` E.O. 12958: DECL: 05/15/2034 "TAGS: PINR`; 0 on a continuation line, where a
 * keyword may open the line). A repeated keyword (`SUBJECT: SUBJECT: ...`,
 * `Classified By: Classified by: ...`) is not a second field; a field after it still is.
 */
function inlineFieldAt(text: string, from: number): number {
  // The keyword ends with a colon: no colon, no second field (most lines).
  if (text.indexOf(':', from) === -1) return -1;
  let lead = 0;
  if (from > 0) while (lead < text.length && (text.charCodeAt(lead) === 34 || isWhitespaceCode(text.charCodeAt(lead)))) lead++;
  INLINE_FIELD.lastIndex = from + lead;
  // A repeated keyword is passed over; the one after it has text before it: at most a few rounds.
  for (;;) {
    const m = INLINE_FIELD.exec(text);
    if (m === null) return -1;
    const cut = m.index;
    if (text.slice(0, cut).replace(LEADING_FIELD, '').trim().length > 0) return cut;
  }
}

/**
 * A field glued onto a line before it, where a source reflowed the preamble onto few lines:
 *
 *     CLDP (TEJTEL AND MCMANUS) LONDON AND PARIS FOR NEA WATCHER  E.O. 12958: N/A TAGS: ECON
 *     S E C R E T SECTION 01 OF 02 SANAA 001352SIPDISE.O. 12958: DECL: 05/21/2015TAGS: PREL
 *     NOFORNE.O. 12958: DECL: 08/20/2015 TAGS: KDEM
 *
 * `E.O. 12958` may follow anything (`SIPDISE.O.`); the other keywords, upper case with a
 * colon, must not follow a letter (`HOSTAGS:` is a word).
 */
const GLUED_FIELD = /E\.\s?[O0]\.\s?\d{5}|(?<![A-Za-z])(?:TAGS?\s?:|SUBJ(?:ECT)?\s?:|REF(?:S|TELS?)?\s?:|CLASSIFIED\s+BY\b)/;

/** Where a glued field starts in a line of other preamble text (after its first character), or -1. */
function gluedFieldAt(text: string): number {
  const m = GLUED_FIELD.exec(text);
  return m === null || m.index === 0 ? -1 : m.index;
}

/**
 * A REF keyword glued onto the last word of a subject by a scraper that removed the line break
 * before it: `SUBJECT: ... IPR AND MISSING AMCITREF:`. Upper case, after a letter, with a colon.
 */
const GLUED_REF = /(?<=[A-Z])REF(?:S|TELS?)?[ \t]?:/;

/** How much of the text after a glued REF keyword, or of the next line, is read for a reference list. */
const GLUED_REF_CHARS = 200;

/**
 * Where a REF field glued onto the end of a subject line starts (`... MISSING AMCITREF:`), or -1:
 * only when a reference list follows, on the line (`...AMCITREF: A. STATE 1234`) or on the next
 * non-blank line within `FIELD_LOOKAHEAD` lines (`¶A. ISLAMABAD 21222 B. PESHAWAR 653`), citing a cable.
 */
function gluedRefAt(text: string, lines: readonly SourceLine[], i: number): number {
  // Cheap pre-test: no upper-case `REF` in the line (most subject lines).
  if (text.indexOf('REF') <= 0) return -1;
  const m = GLUED_REF.exec(text);
  if (m === null) return -1;
  const rest = text.slice(m.index + m[0].length);
  // The list's first items are enough to tell (bounded: a glued keyword may precede a long line).
  if (!isBlank(rest)) return parseReferences(rest.slice(0, GLUED_REF_CHARS)).some((r) => r.kind === 'cable') ? m.index : -1;
  for (let j = i + 1; j < lines.length && j <= i + FIELD_LOOKAHEAD; j++) {
    const next = (lines[j] as SourceLine).text;
    if (isBlank(next)) continue;
    return REF_LIST_ITEM.test(next) && parseReferences(next.slice(0, GLUED_REF_CHARS)).some((r) => r.kind === 'cable') ? m.index : -1;
  }
  return -1;
}

/**
 * Handling words glued together or to what follows, from the start of a text:
 * `SIPDISSIPDISNOFORN` (all of it), `SIPDISSTATE FOR WHA/CAR` (`SIPDIS`). The length read,
 * with the caveats and SIPDIS; `null` when the text starts with no handling word.
 */
function readGluedHandling(text: string): { caveats: string[]; sipdis: boolean; length: number } | null {
  const caveats: string[] = [];
  let sipdis = false;
  let i = 0;
  let read = 0;
  // Each round reads a word (at least four characters) or stops: linear in the text.
  // Separators: space, tab, `,`, `/`, and the quote a CSV export leaves (`STATE 049854 "NOFORN`).
  for (;;) {
    while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 44 || text.charCodeAt(i) === 47 || text.charCodeAt(i) === 34)) i++;
    if (text.startsWith('SIPDIS', i)) {
      sipdis = true;
      i += 6;
    } else {
      const word = CAVEAT_WORDS.find((w) => text.startsWith(w, i));
      if (word === undefined) break;
      if (!caveats.includes(word)) caveats.push(word);
      i += word.length;
    }
    read = i;
  }
  // Quote debris after the last word (`"NOFORN"`) belongs to it: the words fill the text.
  let j = read;
  while (j < text.length && (text.charCodeAt(j) === 34 || isWhitespaceCode(text.charCodeAt(j)))) j++;
  if (read > 0 && j === text.length) read = j;
  // A dash or a comma setting the words apart from a caption after them is theirs too: `EXDIS - MILITARY ADDRESSEES
  // HANDLE AS SPECAT EXCLUSIVE`, `LIMDIS -- GREENBACK`, `EXDIS, MILITARY ...` (the caption from its first word).
  if (read > 0 && j < text.length) {
    let k = read;
    let marks = 0;
    while (k < text.length && (isWhitespaceCode(text.charCodeAt(k)) || ((text.charCodeAt(k) === 45 || text.charCodeAt(k) === 44) && ++marks > 0))) k++;
    if (marks > 0 && k < text.length) read = k;
  }
  return read === 0 ? null : { caveats, sipdis, length: read };
}

/**
 * Where the rest of a banner line starts in the line as written (after the serial and
 * spaces), when it holds more than the banner: `ANKARA 003352SIPDISSIPDISNOFORNE.O. ...`.
 * -1 when it cannot be placed (the rest must be the line's end, spaces aside).
 */
function bannerRestAt(text: string, serial: string | null, rest: string): number {
  if (serial === null) return -1;
  const after = text.indexOf(serial);
  if (after < 0) return -1;
  let k = after + serial.length;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  // (`//` in the banner was read as a space: `GENEVA 04512 STADIS//////////`.)
  return k < text.length && text.slice(k).replace(/[\s/]+/g, '') === rest.replace(/[\s/]+/g, '') ? k : -1;
}

/** How many blank lines may stand between a page's banner word and the next page's header. */
const PAGE_BREAK_BLANKS = 2;

/**
 * The index of the page marker that line `k` opens as an older page break, or -1: line `k`
 * is a bare classification word (`CONFIDENTIAL`, `S E C R E T`) and the next non-blank line,
 * after at most `PAGE_BREAK_BLANKS` blank lines (and the word again, maybe), is a page marker
 * (`PAGE 02        ROME   01196  082030Z`). Looks at a bounded number of lines.
 */
function pageBreakMarkerAt(lines: readonly SourceLine[], k: number): number {
  const line = lines[k];
  if (line === undefined || isBlank(line.text)) return -1;
  // The page marker first: its test is cheaper, and most lines are followed by none. The word may stand twice, at the
  // page's foot and over the next page's header (`LIMITED OFFICIAL USE` / blank / `LIMITED OFFICIAL USE` / blank / `PAGE 02 ...`).
  let words = 0;
  let footers = 0;
  // The last printer's page footer passed over (`isPageFooter`), or -1.
  let footer = -1;
  for (let j = k + 1; j < lines.length && j <= k + 1 + PAGE_BREAK_BLANKS + 2 * words + footers; j++) {
    const text = (lines[j] as SourceLine).text;
    if (isBlank(text)) continue;
    // (A printer's page footer and page head between them, `UNCLASSIFIED    Page 2 of 3`, `06LAGOS731    4/12/2006`, are
    // passed over as the blank lines are; with no page marker after them, the break ends at the footer.)
    const isFooter = footers < PAGE_BREAK_BLANKS && isPageFooter(text);
    if (footers < PAGE_BREAK_BLANKS && (isFooter || isPrintedPageHead(text)) && bannerKind(line.text) === BARE_CLASSIFICATION) {
      footers++;
      if (isFooter) footer = j;
      continue;
    }
    if (words === 0 && !isPageMarker(text) && bannerKind(text) === BARE_CLASSIFICATION && bannerKind(line.text) === BARE_CLASSIFICATION) {
      words++;
      continue;
    }
    return isPageMarker(text) && bannerKind(line.text) === BARE_CLASSIFICATION ? j : footer;
  }
  return footer;
}

/** Default for `ParseOptions.maxFieldLines`. */
export const DEFAULT_MAX_FIELD_LINES = 500;

/** A preamble with every field empty. */
export function emptyPreamble(): Preamble {
  return {
    classification: { level: null, caveats: [], text: '' },
    section: null,
    post: null,
    serial: null,
    sipdis: false,
    correctionNote: null,
    distribution: [],
    executiveOrder: null,
    tags: [],
    subject: null,
    subjectMarking: null,
    references: [],
    classifiedBy: null,
  };
}

/**
 * A preamble field keyword as it opens a field line, in its usual spellings only (with a
 * colon, or an order number after `E.O.`): `SUBJECT: ...`, `Subj: ...`, `TAGS: PREL`, `REF: A. STATE 1`,
 * `Reftel: ...`, `REFERENCE: ...`, `E.O. 12958: N/A`, `Classified By: ...`, `CLASSIFIED BY ...`. Not `Subject to ...`,
 * `classified by the ministry` (lower case).
 */
const FIELD_KEYWORD_START = /^[\s"]{0,8}(?:SUBJ(?:ECT)?\s?:|Subj(?:ect)?\s?:|TAGS?\s?:|Tags?\s?:|REF(?:S|TELS?|\(S\)|ERENCES?)?\s?:|Ref(?:s|tels?|erences?)?\s?:|E\.\s?[O0]\.\s?\d{4,5}\b|CLASSIFIED\s+BY\b|Classified\s+[Bb]y\b)/;

/**
 * True when a line opens with a preamble field keyword (`SUBJECT: ...`, `TAGS: ...`,
 * `Classified By: ...`): the line-break repair never joins a line onto it
 * (`TAGS: PARM PREL CH NL EUN` / `SUBJECT: DEMARCHE ...` are two lines).
 */
export function startsFieldKeyword(text: string): boolean {
  // Every keyword starts with `S`, `T`, `R`, `E` or `C` (after spaces or a quote): most lines fail at once.
  let k = 0;
  while (k < text.length && k < 8 && (text.charCodeAt(k) === 34 || isWhitespaceCode(text.charCodeAt(k)))) k++;
  const c = text.charCodeAt(k);
  if (c !== 83 && c !== 84 && c !== 82 && c !== 69 && c !== 67) return false;
  return FIELD_KEYWORD_START.test(text);
}

/** `REF`, `REFS`, `REFTEL` or `REFTELS` and a space, then maybe a letter: the start of a sentence citing references (anchored). */
const REF_WORD_FIRST = /^\s*REF(?:S|TELS?)?\s+(?:\(?[A-Z]\)?\s)?/;
/** Fewest words of a sentence opening with `REF` (`opensProseOnRef`). */
const REF_PROSE_WORDS = 5;
/** A verb of a sentence citing references among its first words: `REF A INSTRUCTIONS WERE CARRIED OUT`, `REFTELS WERE DISCUSSED`. */
const REF_PROSE_VERBS: ReadonlySet<string> = new Set(['WAS', 'WERE', 'IS', 'ARE', 'HAS', 'HAVE', 'HAD', 'WILL', 'WOULD', 'ALSO', 'ASKED', 'SAID', 'NOTED', 'REPORTED', 'DISCUSSED', 'REQUESTED', 'DESCRIBED', 'CONTAINS', 'INSTRUCTED']);

/** A past tense in capitals, six letters or more (`RECEIVED`, `CONFIRMED`, `COMPLETED`), a sentence's full stop after it or not (anchored, bounded). */
const PAST_TENSE_WORD = /^[A-Z]{4,20}ED\.?$/;

/**
 * True when a line opening with `REF` and no colon is a sentence citing the references, not the field: `REF A
 * INSTRUCTIONS WERE CARRIED OUT JUNE 5 WITH ...`, `REFTELS WERE DISCUSSED WITH ...`: at least `REF_PROSE_WORDS` words
 * after the keyword (and a letter), a verb (`REF_PROSE_VERBS`) among the first three of them and no digit (a field
 * cites a serial: `REF STATE 123456`, `REF A) ATHENS 4188`). After `REFTEL` (the telegram itself, no document's name
 * follows it) a past tense is a verb too: `REFTEL RECEIVED GARBLED FROM PARA 3 ON.` (not `REF AGREED MINUTE OF ...`).
 * Shorter, a sentence ended by a past tense among those words: `REFTELS RECEIVED. ACTION UNDERWAY.`, `REF A
 * RESERVATIONS CONFIRMED.`
 */
function opensProseOnRef(text: string): boolean {
  const m = REF_WORD_FIRST.exec(text);
  if (m === null || text.indexOf(':') >= 0) return false;
  const words = text.slice(m[0].length).trim().split(/\s+/);
  const first = words.slice(0, 3);
  if (first.some((w) => /\d/.test(w))) return false;
  if (words.length < REF_PROSE_WORDS) return first.some((w) => w.endsWith('ED.') && PAST_TENSE_WORD.test(w));
  const telegram = m[0].indexOf('REFTEL') >= 0;
  return first.some((w) => REF_PROSE_VERBS.has(w) || (telegram && PAST_TENSE_WORD.test(w)));
}

/** Which field keyword a line starts with, if any. */
function fieldOf(raw: string): Field | null {
  // A quote left by an archive's CSV export: `"Classified By: DCM ...`.
  let k = 0;
  while (k < raw.length && (raw.charCodeAt(k) === 34 || isWhitespaceCode(raw.charCodeAt(k)))) k++;
  const text = k === 0 ? raw : raw.slice(k);
  // Each keyword has its own first letter (in either case: `Subject:`, `Ref:`, `E.o.`,
  // `Classified by`): one or two patterns at most are worth trying.
  switch (text.charAt(0)) {
    case 'S':
      return SUBJECT_LINE.test(text) || SUBJECT_LINE_ANY_CASE.test(text) ? 'subject' : null;
    case 's':
      return SUBJECT_LINE_ANY_CASE.test(text) ? 'subject' : null;
    case 'T':
      return (TAGS_LINE.test(text) && !/^\s*TAGS?\s+[a-z]/.test(text)) || TAGS_LINE_ANY_CASE.test(text) ? 'tags' : null;
    case 't':
      return TAGS_LINE_ANY_CASE.test(text) ? 'tags' : null;
    case 'E':
    case 'e':
      return EO_LINE.test(text) ? 'eo' : null;
    case 'D':
    case 'd':
      // `DECL: ...` (an E.O. line), or a classification statement given by its source: `DERIVED FROM: MULTIPLE SOURCES`.
      return EO_LINE.test(text) ? 'eo' : DERIVED_FROM_LINE.test(text) ? 'classifiedBy' : null;
    case 'R':
      return (REF_LINE.test(text) && !opensProseOnRef(text)) || REF_LINE_ANY_CASE.test(text) ? 'ref' : null;
    case 'r':
      return REF_LINE_ANY_CASE.test(text) ? 'ref' : null;
    case 'C':
    case 'c':
      return CLASSIFIED_BY_LINE.test(text) ? 'classifiedBy' : null;
    default:
      // Also `1. (U) CLASSIFIED BY ...`: paragraph 1, not the field.
      return null;
  }
}

/**
 * Where the Classified By keyword starts after a portion marking opening a line, or -1:
 * `(U) Classified by Ambassador Jane Roe; reasons: E.O.` -> 4, `  (C) CLASSIFIED BY: ...`. Not after a
 * paragraph label (`1. (U) CLASSIFIED BY ...` is paragraph 1).
 */
function markedClassifiedByAt(text: string): number {
  // Cheap pre-test: a `(` first, after at most a few spaces (most lines fail at once).
  let k = 0;
  while (k < 8 && k < text.length && isWhitespaceCode(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) !== 40) return -1;
  const marking = matchMarking(text.slice(k, k + 60));
  if (marking === null) return -1;
  let from = k + marking.length;
  while (from < text.length && isWhitespaceCode(text.charCodeAt(from))) from++;
  const c = text.charCodeAt(from);
  return (c === 67 || c === 99) && CLASSIFIED_BY_LINE.test(text.slice(from, from + 20)) ? from : -1;
}

/**
 * The declassification line of a classification statement: `Declassify on: Source marked 25X1-human, Date of source: June`,
 * `DECLASSIFY ON: 06/29/2019`, `DECL ON: ...`, `DECL: OADR` (under `CLASSIFIED BY: DCM MICHAEL AUSTRIAN; REASON: 1.5(B)(D)`).
 * Keyword runs bounded, anchored.
 */
const DECLASSIFY_LINE = /^(?:DECLASSIFY|DECL)(?:[ \t]{1,3}ON)?[ \t]{0,2}:/i;

/** How many lines a `Declassify on:` line may wrap onto (`... Date of source: June` / `27, 2009`). */
const DECLASSIFY_WRAP_LINES = 2;

/** How many lines back `followsBlock` looks for the end of the block (blank lines and repeated markings between). */
const FOLLOWS_BLOCK_LINES = 6;

/**
 * Whether line `k` comes right after a field block: the lines between are blank lines or classification lines
 * (`SECRET//FGI//NOFORN` printed between `Classified By:` and `Declassify on:`). Looks back at most `FOLLOWS_BLOCK_LINES` lines.
 */
function followsBlock(lines: readonly SourceLine[], k: number, block: Block): boolean {
  const end = blockSpan(block).end;
  for (let j = k - 1; j >= 0 && j >= k - FOLLOWS_BLOCK_LINES; j--) {
    const line = lines[j] as SourceLine;
    if (line.offset < end) return line.end >= end;
    if (!isBlank(line.text) && bannerKind(line.text) === NOT_BANNER) return false;
  }
  return false;
}

/** Whether a line after a `Declassify on:` line is its wrapped end (`27, 2009`): a cable line (not reflowed) that opens no paragraph, field or marking. */
function continuesDeclassifyLine(text: string): boolean {
  if (isBlank(text) || text.length > REFLOWED_WIDTH) return false;
  const t = text.trimStart();
  return t.charCodeAt(0) !== 40 && !startsParagraph(t) && fieldOf(t) === null && !isPageMarker(t) && bannerKind(t) === NOT_BANNER;
}

/**
 * An addressee opening a distribution line: one to three words, then `FOR` or `PASS`
 * (`RIO DE JANEIRO FOR RSO`, `DEPARTMENT ALSO FOR P`, `NSC PLEASE PASS TO NEC`), `X:` or a
 * known agency (`TREASURY/OASIA/IMI`). Words hold no comma: `THOMAS CUTLER, STATE FOR EB` is a
 * list going on. Bounded repeats over space-free words: linear.
 */
const OPENS_DISTRIBUTION_ENTRY =
  /^[A-Z0-9/&.()'-]{1,40}(?: [A-Z0-9/&.()'-]{1,40}){0,3} (?:FOR|PASS)\b|^[A-Z0-9/&.-]{2,30} ?:|^(?:STATE|DEPT|DEPARTMENT|SECSTATE|USDOC|USDOE|DOE|DOD|DHS|TREASURY|USAID)\b/;

/**
 * The same addressee in a lower- or mixed-case preamble: one to three words, then `for` or `pass` (`treasury for rebecca klein`,
 * `Af/e for pfierst, ...`, `dept pls pass usaid for afr/sudan`). Anchored, so a line of names going on (`rbowles`) or one
 * opening with the keyword (`for your information`) opens none; words hold no comma (`lgriesmer, state for ...` goes on a list).
 * Up to a few spaces before and between the words (raw lines). Bounded repeats over space-free words: linear.
 */
const OPENS_ENTRY_ANY_CASE = /^[ \t]{0,20}[a-z0-9/&.()'-]{1,40}(?:[ \t]{1,4}[a-z0-9/&.()'-]{1,40}){0,3}[ \t]{1,4}(?:for|pass)\b/i;

/** Whether a line not in upper case opens an addressee (`OPENS_ENTRY_ANY_CASE`); cheap pre-test: `or` or `ss` (`for`, `For`, `pass`) in it. */
function opensEntryInAnyCase(text: string): boolean {
  return (text.indexOf('or') > 0 || text.indexOf('ss') > 0) && OPENS_ENTRY_ANY_CASE.test(text);
}

/**
 * True when the last entry of a distribution line (`tail`) is an addressee still waiting for its `FOR` or `PASS`, which
 * the next line opens with (`forNext`: `FOR`, else `PASS`): capitals, and no `FOR`, `PASS` or colon of its own
 * (`... DRL (KARI JOHNSTONE).  DEPT`, `... ROSENSTOCK-STILLER; BAGHDAD`). An entry opening with `FOR` has its verb
 * (`FOR EUR/WE, NEA, S/GC, INR` / `PASS TO NSC FOR ...`, two entries), unless it ends on a connector (`FOR S/S-O,
 * PLEASE` / `PASS TO SECRETARY'S PARTY`) or, before another `FOR`, ends on a title that takes `FOR` (`FOR ASSISTANT
 * SECRETARY` / `FOR INTER-AMERICAN AFFAIRS FROM AMBASSADOR`; not `FOR AMBASSADOR PERKINS` / `FOR DEPUTY ...`).
 */
function awaitsVerb(tail: string, forNext: boolean): boolean {
  const t = tail.trim();
  if (!/[A-Z]/.test(t) || t.includes(' FOR ') || t.includes('PASS') || t.includes(':') || MESSAGE_CAPTIONS.has(t)) return false;
  if (!t.startsWith('FOR ')) return true;
  if (/ (?:PLEASE|AND|OR|&)$/.test(t)) return true;
  return forNext && TITLES_TAKING_FOR.has(t.slice(t.lastIndexOf(' ') + 1));
}

/**
 * Captions of a whole message, entries of their own, never an addressee waiting for the `FOR` or `PASS` of the next
 * line: `AIDAC` / `FOR USAID MISSION DIRECTORS`, `INFORM CONSULS` / `FOR CHIEFS OF MISSION` are two entries each.
 */
const MESSAGE_CAPTIONS: ReadonlySet<string> = new Set(['AIDAC', 'INFORM CONSULS', 'VISAS', 'MINIMIZE CONSIDERED', 'USIAC', 'FODAG']);

/** Titles written `X FOR Y`, whose `FOR` may open the next line: `ASSISTANT SECRETARY` / `FOR INTER-AMERICAN AFFAIRS`. */
const TITLES_TAKING_FOR: ReadonlySet<string> = new Set([
  'SECRETARY',
  'COORDINATOR',
  'ENVOY',
  'DIRECTOR',
  'ADVISOR',
  'ADVISER',
  'ASSISTANT',
  'REPRESENTATIVE',
  'COMMISSIONER',
  'ADMINISTRATOR',
  'COUNSELOR',
  'OFFICE',
  'BUREAU',
  'CENTER',
]);

/**
 * Whether a distribution line continues the entry before it, which was left open:
 *
 *     STATE FOR WHA/BSC, WHA/PDA-LGOULD, DS/ITA AND      ends with `AND` (or `&`)
 *     DS/IP/WHA
 *
 *     DEPARTMENT FOR EUR/NCE BILL SILKWORTH;             the next line starts with `AND`
 *     AND CA/OCS/CI CHRIS LAMORA AND SCOTT BOSWELL
 *
 *     USDOE FOR U/S DAVID GARMAN, DAS DPUMPHREY,         ends with `,` or `;` and the next line
 *     THOMAS CUTLER, STATE FOR EB/ESC                    opens no addressee of its own
 *
 *     DEPARTMENT FOR ... FRAZER (AF), LOWENKRON           the next line opens with a parenthesis
 *     (DRL), AND SAUERBREY (PRM);                         (also after a blank line)
 *
 *     DEPT FOR NEA/MAG, DRL (KARI JOHNSTONE).  DEPT       the next line opens with `PLEASE PASS`
 *     PLEASE PASS TO NSC (SCOTT BUSBY)                    or `PASS TO`: no addressee of its own
 *
 *     CAIRO FOR TREASURY ATTACHE; STATE FOR                ends with `FOR`: the office follows
 *     NEA/MAG; ENERGY FOR GINA ERICKSON
 *
 *     LONDON FOR MURRAY; BAGHDAD                           the next line opens with `FOR`: the
 *     FOR POPAL; BAKU FOR MCCRENSKY                        addressee ends the line before
 *
 * Both texts are whitespace-collapsed entries. After a blank line (`afterBlank`), a comma or
 * semicolon at the end leaves no entry open.
 */
/**
 * A line's last word waiting for what follows it: ` OF`, ` THE`, ` TO`, ` FROM`, a preposition of place or time ` UPON`,
 * ` IN`, ` AT`, ` ON`, ` WITH` (`... PLEASE PASS TO SECRETARY'S PARTY UPON` / `ARRIVAL IN BRUSSELS`; tested on the
 * line's last characters).
 */
const ENDS_WAITING_WORD = / (?:OF|THE|TO|FROM|UPON|IN|AT|ON|WITH)$/;

function continuesDistributionEntry(previous: string, entry: string, afterBlank = false): boolean {
  if (previous === '' || entry === '') return false;
  if (entry.startsWith('AND ') || entry.startsWith('& ')) return true;
  const first = entry.charCodeAt(0);
  // `DEPARTMENT FOR ASSISTANT SECRETARIES FRAZER (AF), LOWENKRON` / `(DRL), AND SAUERBREY (PRM);`:
  // the office of the name before (not a portion marking: `(U) ...`).
  // (Not a whole entry in parentheses that opens with its own addressee: `(DEPT ALSO PASS TO COMMERCE FOR ITA/MAC)`.)
  if (first === 40) return matchMarking(entry.slice(0, 40)) === null && !(entry.endsWith(')') && OPENS_DISTRIBUTION_ENTRY.test(entry.slice(1)));
  // `DEPT FOR NEA/MAG, DRL (KARI JOHNSTONE).  DEPT` / `PLEASE PASS TO NSC ...`: a line opening with a
  // connector has no addressee of its own; the last word of the line before is it, when that line's last entry (after
  // its last `;` or `. `) has no `FOR` or `PASS` of its own (`USDA FOR FAS/ITP AND APHIS` / `PASS TO USTR FOR ...` are
  // two). Also `and Judy Ansley`.
  if ((first === 97 || first === 111) && /^(?:and|or) /.test(entry)) return true;
  if (first === 80 && /^(?:PLEASE PASS|PASS TO) /.test(entry)) {
    return awaitsVerb(previous.slice(Math.max(previous.lastIndexOf(';'), previous.lastIndexOf('. ')) + 1), false);
  }
  const end = previous.charCodeAt(previous.length - 1);
  if (end === 38 || (previous.endsWith(' AND') && previous.length > 4)) return true;
  // `FOR AMBASSADOR BUNKER ... FROM THE SECRETARY OF` / `STATE AND THE SECRETARY OF DEFENSE`: no entry ends on a word
  // that waits for its noun.
  if (ENDS_WAITING_WORD.test(previous.slice(-6))) return true;
  // `USDOC FOR 4332/ITA/MAC/WH/OLAC/` / `JANDERSEN/ADRISCOLL/MWARD`: a line ending inside an office path goes on,
  // unless the next line opens an addressee of its own.
  if (end === 47 && !afterBlank && !OPENS_DISTRIBUTION_ENTRY.test(entry) && !opensEntryInAnyCase(entry)) return true;
  // `CAIRO FOR TREASURY ATTACHE CLARENCE SEVERENS; STATE FOR` / `NEA/MAG; ENERGY FOR ...`: an addressee
  // keyword with its office on the next line (cheap pre-test: the last character is `R`).
  if (end === 82 && previous.endsWith(' FOR') && previous.length > 4) return true;
  // `INTERIOR FOR NPS: JONATHAN PUTNAM INTERIOR PASS` / `USGS FOR INTERNATIONAL: J WEAVER`: `PASS` waits for its addressee.
  if (end === 83 && previous.endsWith(' PASS') && previous.length > 5) return true;
  // `LONDON FOR MURRAY; BERLIN FOR ROSENSTOCK-STILLER; BAGHDAD` / `FOR POPAL AND HUBAH; BAKU FOR ...`: the keyword
  // opening the line has its addressee at the end of the line before, a last `;` entry without `FOR` or `PASS` of its own
  // (not `HQSOUTHCOM ALSO FOR POLAD` / `FOR FRC LAMBERT`, an entry of its own).
  if (first === 70 && !afterBlank && entry.startsWith('FOR ')) {
    if (awaitsVerb(previous.slice(previous.lastIndexOf(';') + 1), true)) return true;
    // `USTR FOR LERRION AND USDOC FOR ITA/MAC/OEURA, TREASURY` / `FOR OASIA/ICN ...`: the last item of a comma list an
    // agency's name alone, waiting for its `FOR`.
    if (AGENCY_ALONE_AT_END.test(previous.slice(-24))) return true;
  }
  // `EXIMBANK FOR CHAIRMAN HOCHBERG, OPIC FOR PRESIDENT` / `LITTLEFIELD AND TDA FOR DIRECTOR ZAK`: a title ending the
  // line waits for the name opening the next one (a surname alone before a comma, `AND` or the line's end).
  if (!afterBlank && TITLE_AT_END.test(previous.slice(-40)) && SURNAME_FIRST.test(entry) && !KNOWN_AGENCY_FIRST.test(entry)) return true;
  // `DEPARTMENT FOR OES/OA BALTON, PHELPS, OES/ENRC LEE, OES/OMC` / `GIBBONS-FLY, COMMERCE PLEASE PASS ...`: a line whose
  // list names each office's officer after it (`OES/ENRC LEE`) ends on an office alone; the name opening the next line,
  // before its comma, is that office's (the line goes on, whatever follows in it).
  if (!afterBlank && OFFICE_ALONE_AT_END.test(previous.slice(-40)) && OFFICE_AND_NAME.test(previous) && NAME_AND_COMMA_FIRST.test(entry)) return true;
  // After a blank line, `... PA;` / blank / `WHITE HOUSE/NSC/NEC; ...` are entries of their own.
  // In a lower-case preamble too: `af/rsa for lmazel, lgriesmer,` / `treasury for rebecca klein` (not `rbowles`).
  return !afterBlank && (end === 44 || end === 59) && !OPENS_DISTRIBUTION_ENTRY.test(entry) && !opensEntryInAnyCase(entry);
}

/** `FOR` or `PASS` as a word, in any case: an addressee's own keyword (bounded). */
const ADDRESSING_WORD = /\b(?:FOR|PASS|[Ff]or|[Pp]ass)\b/;

/**
 * Whether a line under a distribution entry ending with a comma (no blank line between) is the rest of its list: it has
 * no `FOR` or `PASS` of its own, so it addresses no one, even when a known agency opens it (a list of agencies going on):
 *     DEPT PASS FRB, EXIMBANK, USDA,
 *     TREASURY AND COMMERCE
 * (Offices stacked one per line without a comma are entries of their own: `STATE FOR WHA/CAR` / `DRL`.)
 */
function finishesDistributionEntry(previous: string, entry: string): boolean {
  return previous.endsWith(',') && ADDRESSING_WORD.test(previous) && !ADDRESSING_WORD.test(entry);
}

/** An agency's name alone after a line's last comma: `, TREASURY` (anchored at the end, bounded). */
const AGENCY_ALONE_AT_END = /, [A-Z]{2,20}$/;
/** A title ending a line's last `FOR` addressee, its name not written yet: ` FOR PRESIDENT`, ` FOR DEPUTY DIRECTOR` (bounded). */
const TITLE_AT_END = / FOR (?:[A-Z]{2,12} )?(?:PRESIDENT|CHAIRMAN|DIRECTOR|ADMINISTRATOR|SECRETARY|AMBASSADOR|COMMISSIONER|ADVISOR|ADVISER|COUNSELOR)$/;
/** A surname alone opening a line, before a comma, `AND`, `;` or the line's end: `LITTLEFIELD AND ...` (anchored, bounded). */
const SURNAME_FIRST = /^[A-Z][A-Z'-]{1,24}(?:[,;]|$| AND | & )/;
/**
 * A known agency opening a line: `TREASURY FOR ...` opens an entry of its own: one of `DISTRIBUTION_AGENCIES`, or a
 * trade agency (`EXIMBANK`, `EXIM`, `TDA`). Anchored, fixed words.
 */
const KNOWN_AGENCY_FIRST = new RegExp(`^(?:${[...DISTRIBUTION_AGENCIES, 'EXIMBANK', 'EXIM', 'TDA'].join('|')})\\b`);

/** An office path alone at a line's end after a comma: `, OES/OMC` (anchored at the end, bounded). */
const OFFICE_ALONE_AT_END = /, [A-Z]{1,10}\/[A-Z0-9/]{1,20}$/;
/** An office path and its officer's name in a distribution list: `OES/ENRC LEE,` (bounded). */
const OFFICE_AND_NAME = /\b[A-Z]{1,10}\/[A-Z0-9/]{1,20} [A-Z][A-Z'-]{1,24},/;
/** A name in capitals opening a line before a comma: `GIBBONS-FLY,` (anchored, bounded). */
const NAME_AND_COMMA_FIRST = /^[A-Z][A-Z'-]{1,24},/;

/**
 * The office a line's last `X FOR` addressee names, left without its `: NAME` at the line end:
 * ` FOR ` then up to three words holding no colon, comma, semicolon or parenthesis (`USDA FOR ARS/INTERNATIONAL`).
 * Bounded repeats, anchored at the end.
 */
const OPEN_OFFICE_TAIL = / FOR [A-Z0-9/&.'-]{1,40}(?: [A-Z0-9/&.'-]{1,40}){0,2}$/;

/** An addressee written `AGENCY FOR OFFICE: NAME` before the end of a line (`EPA FOR INTERNATIONAL: CAM ROE`). Bounded. */
const OFFICE_WITH_NAME = / FOR [^:,;]{1,60}: [A-Z]/;

/** A line opening with the rest of an office name and its colon: `RESEARCH: G ROE ...`, `AFFAIRS/ECA: JDOE`. Bounded. */
const OFFICE_REST = /^[A-Z0-9/&.-]{2,30}(?: [A-Z0-9/&.-]{1,30}){0,2} ?: /;

/**
 * Whether a line that opens like an addressee (`RESEARCH: G ROE`) is the rest of an office name a long line
 * before it wrapped (its last addressee has no `: NAME` yet), in a line whose addressees are written
 * `AGENCY FOR OFFICE: NAME`:
 *
 *     JUSTICE FOR ENRD: JROE EPA FOR INTERNATIONAL: CAM DOE USDA FOR ARS/INTERNATIONAL
 *     RESEARCH: G POE NSF FOR INTERNATIONAL: HAROLD ROE
 *
 * Also after a short line that is that one addressee alone, when the entry before it (`earlier`) names its
 * addressee (the block writes `AGENCY FOR OFFICE: NAME`; a line the writer broke early):
 *
 *     EPA FOR INTERNATIONAL: CAM DOE
 *     USDA FOR ARS/INTERNATIONAL
 *     RESEARCH: G POE
 *
 * Not when the line opens with `X FOR`, `PASS` or a known agency (`STATE: ...`), nor when the
 * line before writes its addressees without names (`STATE FOR EAP/MLS, EAP/RSP USDA FOR FAS`).
 */
function continuesOfficeName(previous: string, entry: string, earlier: string): boolean {
  // Cheap pre-tests: a colon near the start of the line, ` FOR ` in the line before.
  const colon = entry.indexOf(':');
  if (colon < 2 || colon > 64 || previous.indexOf(' FOR ') < 0) return false;
  const short = previous.length < WRAP_WIDTH;
  // The tail and the text before it are read over bounded windows (a long joined line is not rescanned).
  const base = Math.max(0, previous.length - 130);
  const open = OPEN_OFFICE_TAIL.exec(previous.slice(base));
  if (open === null || !OFFICE_REST.test(entry)) return false;
  if (/ (?:FOR|PASS)\b/.test(entry.slice(0, colon)) || /^(?:STATE|DEPT|DEPARTMENT|SECSTATE|USDOC|USDOE|DOE|DOD|DHS|TREASURY|USAID)\b/.test(entry)) return false;
  const openAt = base + open.index;
  // A short line: one to three words then the open ` FOR OFFICE` (`USDA FOR ARS/INTERNATIONAL`), after a named entry.
  if (short) return /^[A-Z0-9/&.'-]{1,40}(?: [A-Z0-9/&.'-]{1,40}){0,2}$/.test(previous.slice(0, openAt)) && OFFICE_WITH_NAME.test(` ${earlier.slice(-400)}`);
  return OFFICE_WITH_NAME.test(previous.slice(Math.max(0, openAt - 400), openAt));
}

/**
 * A sentence about the message itself on a preamble line of its own (resent, retransmitted, corrected):
 * `THIS MESSAGE IS BEING RESENT AS INFO BEIJING.`, `This cable was retransmitted ...`. Anchored; the words are fixed.
 */
const MESSAGE_NOTE = /^ {0,20}THIS (?:MESSAGE|CABLE|TELEGRAM) (?:IS|HAS|WAS|WILL)\b/i;

/**
 * A State repeat of another cable: its instruction and the `QUOTE` opening the repeated text, notes about the
 * message as `MESSAGE_NOTE` lines are: `FOLLOWING REPEAT PARIS 23817 ACTION SECSTATE INFO BONN LONDON`, `FOLLOWING SENT
 * ACTION SECSTATE ...`, abbreviated (`FOL RPT MOSCOW 3461 ACTION SECSTATE ...`, `FOL TEL SENT ...`, `FOLLOWING RPTD ...`,
 * `REPEATED FOR YOUR INFORMATION: ...`), `QUOTE` (`QTE`) alone or before the repeated cable's banner
 * (`QUOTE C O N F I D E N T I A L ROME 09162`).
 * Anchored, bounded blanks.
 */
const REPEAT_NOTE =
  /^ {0,20}(?:(?:FOLLOWING|FOL) {1,3}(?:REPEAT(?:ED)?|RPTD?|SENT|TEL)\b|REPEATED {1,3}FOR {1,3}YOUR {1,3}INFORMATION\b|(?:QUOTE|QTE)\.?(?: *$| {1,3}(?:[A-Z] ){3}| {1,3}(?:UNCLAS|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)\b))/;

/** Longer than any line a cable wrote (69 columns, with some slack): a distribution line this long holds several reflowed. */
const REFLOWED_WIDTH = 72;
/** At most this many distribution lines are cut out of one reflowed line (the rest stays one entry): linear time. */
const MAX_REFLOWED_CUTS = 12;

/**
 * An agency opening a distribution line inside another line, after a word (not after `,` `;` `:`):
 * `... CMERVENNE DOL FOR ILAB ...`, `... TOM RILEY INTERIOR PASS USGS ...`. A fixed word list, fixed-length
 * look-behind: linear. (Global: every candidate in a line is tried, see `reflowedEntryAt`.) The agencies are
 * `DISTRIBUTION_AGENCIES` (also read in a TAGS field: `TAGS: PM DEPT FOR EAP`).
 */
const REFLOWED_AGENCY = new RegExp(`(?<=[A-Z0-9.)]\\s)(?:${DISTRIBUTION_AGENCIES.join('|')})\\s(?:ALSO\\s)?(?:FOR|PASS)\\b`, 'g');

/** Words after which an agency name is part of the same addressee (`DEPT OF TREASURY FOR`, `PASS TO USAID FOR`). */
const AGENCY_CONNECTORS: ReadonlySet<string> = new Set(['AND', 'OR', 'TO', 'FOR', 'PASS', 'PLEASE', 'ALSO', 'OF', 'THE', 'US', '&']);

/**
 * Any one- or two-word upper-case name before `FOR`, after a word (not after `,` `;` `:`), for the posts and
 * offices no fixed list names: `... SHAPIRO/MCDERMOTT PARIS FOR WALLER LONDON FOR TSOU`, `... COLDREN FAA MIAMI FOR
 * MARK RIOS`. Words of 2 to 25 characters; bounded repeats, fixed-length look-behind: linear per start (the caller
 * steps one start at a time, see `reflowedNameAt`).
 */
const REFLOWED_NAME = /(?<=[A-Z0-9.)]\s)([A-Z][A-Z0-9/&.'-]{1,24})(?:\s([A-Z][A-Z0-9/&.'-]{1,24}))?\s(?:ALSO\s)?FOR\s/g;

/** Words that are never a name before `FOR` nor end an entry before one (`PASS TO X FOR`, `DEPT OF TREASURY FOR`, `CHEMTOB IN ANTI-TRUST`). */
const NAME_CONNECTORS: ReadonlySet<string> = new Set([...AGENCY_CONNECTORS, 'IN', 'AT', 'ON', 'BY', 'FROM', 'WITH', 'INFO', 'ATTN', 'AS', 'NOT', 'ONLY', 'ELECTRONICALLY']);

/**
 * First words of a two-word addressee (`FAA MIAMI FOR`, `AMEMBASSY BERLIN FOR`, `WHITE HOUSE FOR`); any other
 * two words before `FOR` are read as a person's name ending the entry before and a one-word post
 * (`... NSC FOR JOHN ROE PARIS FOR WALLER`: `PARIS FOR WALLER`). Also offices written in two words
 * (`DEA HQS FOR`, `HQ SOUTHCOM ALSO FOR`, `JOINT STAFF FOR`, `HOMELAND SECURITY FOR`) and posts named in two
 * (`ADDIS ABABA FOR USAU`, `BUENOS AIRES FOR ...`), so that `... AND DOJ DEA HQS FOR OEE` is cut before `DEA`, not `HQS`.
 */
const TWO_WORD_NAME_STARTS: ReadonlySet<string> = new Set([
  'FAA', 'DOT', 'USCG', 'PACOM', 'USCENTCOM', 'EUCOM', 'SOUTHCOM', 'DEA',
  'STATE', 'DEPT', 'DEPARTMENT', 'USDOC', 'DOC', 'USDOE', 'DOE', 'DOD', 'DOL', 'DHS', 'TREASURY', 'USAID', 'USDA', 'INTERIOR', 'JUSTICE', 'EPA', 'NSC', 'USTR', 'COMMERCE', 'ENERGY', 'LABOR',
]);

/**
 * First words of a two-word addressee that never end one (a post keyword, a two-word post's first word, `HQ`, `WHITE`):
 * when the pair opens no entry (`POST FOR DEA ONLY AMEMBASSY ANKARA FOR DEA RD`, after a connector), its second word opens
 * none either. Not agencies, which may end an entry (`PARIS FOR DOE LONDON FOR MOE`: a cut before `LONDON`).
 */
const TWO_WORD_NAME_PREFIXES: ReadonlySet<string> = new Set([
  'AMEMBASSY', 'AMCONSUL', 'AMCONGEN', 'USMISSION', 'USEMB', 'EMBASSY', 'CONSULATE', 'WHITE', 'HQ', 'JOINT', 'HOMELAND',
  'ABU', 'ADDIS', 'BUENOS', 'CAPE', 'CIUDAD', 'DAR', 'HONG', 'KUALA', 'NEW', 'PORT', 'RIO', 'SAN', 'SANTO', 'SAO', 'TEL',
]);

/**
 * Where a post or office no fixed list names opens a distribution line inside a line longer than a cable line,
 * or -1: a one- or two-word name and `FOR` after a word that ends an `X FOR Y` entry (a ` FOR ` and then words,
 * in the 200 characters before, or in the entry the line continues; no `;` in the line): `NSC FOR SHAPIRO/MCDERMOTT PARIS FOR WALLER` (at `PARIS`). Not after
 * or inside a connector (`DEPT OF TREASURY FOR`, `PLEASE PASS TO USAID FOR`), not after a `,` or `;` (one line
 * the cable wrote as a list: `LONDON FOR MURRAY; BERLIN FOR ...`), and not without an `X FOR Y` before
 * (`PASS TO AMBASSADOR ROE FOR INFORMATION`). Each start is tried once, with bounded work: linear.
 */
function reflowedNameAt(piece: string, before: string): number {
  // A line that separates its entries with `;` is a list the cable wrote (`... HESS (DCHA) AFR FOR WWARREN, ...; DCHA/OFDA FOR ...`).
  if (piece.indexOf(';') >= 0) return -1;
  // Where the second word of a two-word addressee rejected below starts: not a one-word name of its own
  // (`POST FOR DEA ONLY AMEMBASSY ANKARA FOR DEA RD`: no cut before `ANKARA`).
  let pairSecondAt = -1;
  REFLOWED_NAME.lastIndex = 1;
  for (let m = REFLOWED_NAME.exec(piece); m !== null; m = REFLOWED_NAME.exec(piece)) {
    const at = m.index;
    // Try the next word start after this one (a rejected two-word match may hide a one-word one: `ROE PARIS FOR`).
    REFLOWED_NAME.lastIndex = at + 1;
    const first = m[1] as string;
    const second = m[2];
    const prefix = second !== undefined && TWO_WORD_NAME_PREFIXES.has(first);
    if (NAME_CONNECTORS.has(first) || (second !== undefined && (NAME_CONNECTORS.has(second) || (!prefix && !TWO_WORD_NAME_STARTS.has(first))))) continue;
    if (at === pairSecondAt) continue;
    if (prefix) pairSecondAt = at + m[0].indexOf(second, first.length);
    const base = Math.max(0, at - 200);
    const head = trimEnd(piece.slice(base, at));
    const previousWord = head.slice(head.lastIndexOf(' ') + 1);
    // `... CAIRO FOR FINANCIAL ATTACHE (ROE) LONDON AND PARIS FOR NEA WATCHER`: two posts joined by `AND` (or `&`) are one
    // addressee, which opens at the first (one word each, the first no connector either).
    if (second === undefined && (previousWord === 'AND' || previousWord === '&')) {
      const pair = trimEnd(head.slice(0, head.length - previousWord.length));
      const firstPost = pair.slice(pair.lastIndexOf(' ') + 1);
      if (/^[A-Z][A-Z0-9/&.'-]{1,24}$/.test(firstPost) && !NAME_CONNECTORS.has(firstPost) && !TWO_WORD_NAME_STARTS.has(firstPost) && !TWO_WORD_NAME_PREFIXES.has(firstPost)) {
        // Not the end of a list of posts: `AMEMBASSY TASHKENT, BISHKEK, DUSHANBE AND ASHGABAT FOR EXBS ADVISORS`.
        const pairHead = trimEnd(pair.slice(0, pair.length - firstPost.length));
        const last = pairHead.charCodeAt(pairHead.length - 1);
        if (last !== 44 && last !== 59 && endsOpenEntry(pairHead, before)) return base + pair.length - firstPost.length;
      }
      continue;
    }
    if (NAME_CONNECTORS.has(previousWord)) continue;
    if (!endsOpenEntry(head, before)) continue;
    return at;
  }
  return -1;
}

/**
 * Whether the text before a name that opens a distribution line (`head`, trimmed) ends an `X FOR Y` entry: ` FOR ` then
 * at least one word (`DOL FOR ILAB MMITTELHAUSER` before `NSC FOR`), in this line or, when the line has none, in the
 * entry it continues (`before`: `USDOC FOR ITA/MAC/ONE (ROE), AND` / `CLDP (POE) CASABLANCA FOR FCS`), which holds no `;`.
 * The word before the name is no connector (`PASS TO USAID FOR`). Bounded windows.
 */
function endsOpenEntry(head: string, before: string): boolean {
  const previousWord = head.slice(head.lastIndexOf(' ') + 1);
  if (NAME_CONNECTORS.has(previousWord)) return false;
  const open = head.lastIndexOf(' FOR ');
  if (open < 0) return before.indexOf(' FOR ', Math.max(0, before.length - 200)) >= 0 && before.indexOf(';', Math.max(0, before.length - 200)) < 0;
  return open + 5 < head.length;
}

/**
 * Where a second distribution line starts inside a line that a source reflowed several onto, or -1:
 *
 *     INTERIOR FOR FWS: TOM RILEY INTERIOR FOR NPS: JONATHAN PUTNAM INTERIOR PASS USGS FOR ...
 *     STATE PASS OPIC FOR DMORONESE, NRIVERA, CMERVENNE DOL FOR ILAB MMITTELHAUSER SOUTHCOM FOR POLAD
 *
 * Before an agency and `FOR`/`PASS` that follows a word (no connector: `DEPT OF TREASURY FOR` is one), when
 * the line is longer than a cable line (`long`) or the entry so far (`before`, the entry it joins, then the
 * line's text) already names its addressee `AGENCY FOR OFFICE: NAME`, or before `AGENCY PASS` in any line
 * (`USDOC ALSO FOR 3134/USFCS/OIO/JDOE STATE PASS EXIMBANK`). Short lines written without names
 * (`STATE FOR EAP/MLS, EAP/RSP USDA FOR FAS`) are left whole. Bounded windows; cheap pre-test on ` FOR `/` PASS`.
 */
function reflowedEntryAt(piece: string, before: string, long: boolean): number {
  if (piece.length < 20 || (piece.indexOf(' FOR ', 4) < 0 && piece.indexOf(' PASS', 4) < 0)) return -1;
  let found = -1;
  REFLOWED_AGENCY.lastIndex = 1;
  for (let m = REFLOWED_AGENCY.exec(piece); m !== null; m = REFLOWED_AGENCY.exec(piece)) {
    let at = m.index;
    let head = trimEnd(piece.slice(0, at));
    let previousWord = head.slice(head.lastIndexOf(' ') + 1);
    // `ENERGY FOR ALOCKWOOD AND LEINSTEIN HQ SOUTHCOM ALSO FOR POLAD`: a command's `HQ` opens the addressee with it,
    // after a word that is no connector; else (`PASS TO HQ SOUTHCOM`, `HQ` opening the line) there is no cut here.
    // Cheap pre-test: the word is `HQ`.
    if (previousWord === 'HQ') {
      const rest = trimEnd(head.slice(0, head.length - 2));
      const word = rest.slice(rest.lastIndexOf(' ') + 1);
      if (word === '' || NAME_CONNECTORS.has(word) || !/[A-Z0-9.)]/.test(word.charAt(word.length - 1))) continue;
      at = head.length - 2;
      head = rest;
      previousWord = word;
    }
    if (AGENCY_CONNECTORS.has(previousWord)) continue;
    // `USDOC ALSO FOR 3134/USFCS/OIO/JDOE STATE PASS EXIMBANK`: an agency passing the cable on (`PASS` after a word,
    // no connector) always opens an addressee of its own, also in a short line.
    if (long || m[0].endsWith('PASS')) {
      found = at;
      break;
    }
    const window = ` ${before.slice(-200)} ${head.slice(-200)}`;
    if (OFFICE_WITH_NAME.test(window)) return at;
  }
  if (!long) return found;
  // Posts and offices no list names (`PARIS FOR WALLER`), only in a line longer than a cable line; the earlier cut wins.
  const named = piece.indexOf(' FOR ', 4) < 0 ? -1 : reflowedNameAt(found > 0 ? piece.slice(0, found) : piece, before);
  if (named > 0) found = named;
  // Addressees written without `FOR` (`USDOE/NNSA CWALKER`, `AMEMBASSY TASHKENT, BISHKEK ...`), before any cut found.
  const office = reflowedOfficeAt(found > 0 ? piece.slice(0, found) : piece, before);
  return office > 0 ? office : found;
}

/**
 * An addressee that opens a distribution line without `FOR` after it, inside a reflowed line, after a word (not after
 * `,` `;` `:`): an agency's office written with a slash (`... KCHAISSON AND RWATT USDOE/NNSA CWALKER, TPERRY`), a post
 * (`... FOR CUSTOMS ATTACHE AMEMBASSY TASHKENT, BISHKEK ...`, `... PASS TO AMCONSUL ADANA AMEMBASSY ASTANA PASS TO ...`),
 * or the department passing it on (`... DRL (KARI JOHNSTONE). DEPT PLEASE PASS TO NSC`). A fixed word list, fixed-length
 * look-behind, no unbounded repeat: linear per start (see `reflowedOfficeAt`).
 */
const REFLOWED_OFFICE = new RegExp(
  `(?<=[A-Z0-9.)]\\s)(?:(?:${DISTRIBUTION_AGENCIES.join('|')})/[A-Z0-9]|(?:AMEMBASSY|AMCONSUL|AMCONGEN|USMISSION|USEMB)\\s[A-Z]|(?:DEPT|DEPARTMENT|SECSTATE)\\sPLEASE\\sPASS\\b)`,
  'g',
);

/**
 * Where an addressee written without `FOR` (`REFLOWED_OFFICE`) opens a distribution line inside a line longer than a
 * cable line, or -1: after a word that ends an `X FOR Y` or `X PASS Y` entry (`endsOpenEntry`), not after a connector
 * (`PASS TO AMCONSUL ADANA`, `FOR KCHAISSON AND RWATT`), so a list of posts after one post keyword stays whole
 * (`AMEMBASSY TASHKENT, BISHKEK, BAKU`: only the keyword opens). Each start is tried once, bounded work: linear.
 */
function reflowedOfficeAt(piece: string, before: string): number {
  // Cheap pre-test: a slash, a post keyword (`AM...`, `US...`) or `PLEASE`.
  if (piece.indexOf('/') < 0 && piece.indexOf(' AM') < 0 && piece.indexOf(' US') < 0 && piece.indexOf(' PLEASE') < 0) return -1;
  REFLOWED_OFFICE.lastIndex = 1;
  for (let m = REFLOWED_OFFICE.exec(piece); m !== null; m = REFLOWED_OFFICE.exec(piece)) {
    const at = m.index;
    const head = trimEnd(piece.slice(Math.max(0, at - 200), at));
    if (endsOpenEntry(head, before) || endsPassEntry(head)) return at;
  }
  return -1;
}

/**
 * Whether the text before an addressee that opens a distribution line (`head`, trimmed) ends an `X PASS Y` entry:
 * ` PASS `, then words, the last no connector (`AMEMBASSY ANKARA PASS TO AMCONSUL ADANA`, `STATE PASS USTR`; not
 * `... PASS TO`). Bounded by the caller's window.
 */
function endsPassEntry(head: string): boolean {
  const open = head.lastIndexOf(' PASS ');
  const last = head.lastIndexOf(' ');
  return open >= 0 && last >= open + 5 && !NAME_CONNECTORS.has(head.slice(last + 1));
}

/**
 * True when a distribution line starts a new entry (`STATE FOR ...`, `USDOE/NNSA: ...`); in a lower- or mixed-case
 * preamble when it opens with its addressee (`treasury for rebecca klein` after `Af/e for pfierst, af/rsa for lmazel, lgriesmer, rbowles`).
 */
function startsDistributionEntry(text: string): boolean {
  // `DEPT FOR ...`, `STATE PASS TO ...`, `AMEMBASSY BERLIN FOR CUSTOMS ATTACHE`, `CBP/INA: KCHAISSON`.
  return / FOR\b|\bPASS\b|^\s*[A-Z0-9/&.-]{2,30}\s?:|^\s*(?:STATE|DEPT|SECSTATE|USDOC|USDOE|DOE|DOD|DHS|TREASURY|USAID)\b/.test(text) || opensEntryInAnyCase(text);
}

/**
 * A line addressing the message or passing it on: `FOR THE SECRETARY FROM ...`, `PASS TO ...`, `EYES ONLY ...`, in
 * mixed case too (`For Ambassador Whitcombe from ...`, `Please pass to ...`). Not `FROM`: `FROM CONVERSATIONS HERE WITH
 * ...` opens a sentence. Anchored.
 */
const ADDRESSING_LINE = /^[ \t]{0,20}(?:FOR|PASS|EYES[ \t]ONLY|ALSO[ \t]FOR|For|Pass|Eyes[ \t]only|Please[ \t]pass|PLEASE[ \t]PASS)\b/;

/** An addressing caption anywhere in a line: `LITERALLY EYES ONLY FOR THE SECRETARY ...`, `PERSONAL FOR ...`. */
const ADDRESSING_CAPTION = /\b(?:EYES[ \t]ONLY|PERSONAL[ \t]FOR|EXCLUSIVE[ \t]FOR)\b/;

/**
 * Addressees before `FOR` or `PASS`, any number of them (`LONDON AND PARIS FOR ...`, `RIO DE JANEIRO FOR CONGEN`,
 * `N'DJAMENA, ABUJA, ASMARA AND TRIPOLI FOR ...`, `Sao Paulo, Rio de Janeiro and Recife for ...`): the words before it,
 * up to 80 characters, holding none of a sentence's words (`SENTENCE_WORD`). Anchored, one bounded run.
 */
const ADDRESSEES_BEFORE_FOR = /^[ \t]{0,20}([^ \t].{0,80}?)[ \t](?:ALSO[ \t])?(?:FOR|PASS|for|pass)[ \t]/;

/** A word no list of addressees holds: an article, a pronoun, a verb of reporting (`THE FOREIGN MINISTER ASKED FOR ...`). */
const SENTENCE_WORD = /\b(?:[AIa]|THE|AN|WE|HE|SHE|THEY|IT|THIS|THAT|HAS|HAVE|HAD|WAS|WERE|IS|ARE|WILL|WOULD|ASKED|TOLD|SAID|CALLED|the|an|we|he|she|they|it|this|that|has|have|had|was|were|is|are|will|would|asked|told|said|called)\b/;

/** Whether a line opens a distribution line, for the body-start test of a telegram with no fields: `ADDRESSING_LINE`, an addressing caption, an agency's entry, or addressees before `FOR` or `PASS` with a short office or name after it. */
function opensDistributionLine(text: string): boolean {
  if (ADDRESSING_LINE.test(text) || ADDRESSING_CAPTION.test(text) || opensAgencyEntry(text)) return true;
  const m = ADDRESSEES_BEFORE_FOR.exec(text);
  // (And a short office or name after `FOR`: telegram style drops articles, `KENYATTA GOVERNMENT FOR FIRST TIME PUBLICLY
  // ASKED ...`, `EMBASSY SHOULD ALSO PASS FOLLOWING VIEWS ...` are sentences.)
  if (m === null || SENTENCE_WORD.test(m[1] ?? '')) return false;
  const tail = text.slice(m[0].length);
  // (A longer tail names an office by its symbol or a person in parentheses: `... PASS TO ATF INTERNATIONAL AFFAIRS (D. KUMOR`.)
  return wordCount(tail) <= ADDRESSEE_TAIL_WORDS || tail.indexOf('/') >= 0 || tail.indexOf('(') >= 0;
}

/** Most words after `FOR` in an addressees' line (`... FOR POLITICAL COUNSELORS`, `... FOR AFRICA WATCHERS`). */
const ADDRESSEE_TAIL_WORDS = 4;

/** The number of words in a text (runs of characters between spaces and tabs). */
function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let k = 0; k < text.length; k++) {
    const space = text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * A line ending by opening a quoted document: `... FOLLOWING MEMORANDUM. BEGIN TEXT:` (bounded, at the line's end). Not
 * `QUOTE`: a repeat quotes a cable whose fields are the preamble's.
 */
const QUOTATION_OPENER = /\b(?:BEGIN|Begin)[ \t]{1,2}(?:TEXT|[Tt]ext)[ \t]?:?[ \t]*$/;

/**
 * A field keyword written in a less usual form: `EO 12958`, `E.O.12958`, `TAGS PREL, PGOV` (no colon), `SUBJECT - ...`,
 * `Ref A: ...`, a bare `DECL: ...` (not `SUBJECT TO APPROVAL ...`). Anchored, bounded runs.
 */
const ODD_FIELD_START = /^[ \t"]{0,8}(?:E\.?[ \t]?O\.?[ \t]?\d{4,5}\b|TAGS?[ \t]{1,3}[A-Z]{2,6}[ \t]{0,2}[,;]|TAGS?[ \t]{1,3}[A-Z]{2,6}[ \t]{1,3}[A-Z]{2,6}[ \t]*$|SUBJ(?:ECT)?[ \t]{0,3}-|Subj(?:ect)?[ \t]{0,3}-|RE[Ff][ \t][A-Z][ \t]?:|Ref[ \t][A-Z][ \t]?:|DECL[ \t]?:)/;

/** A set of a military-format message (USMTF): `MSGID/GENADMIN/...`, `SUBJ/...`, `RMKS/1. ...` (anchored, bounded). */
const MESSAGE_SET = /^[ \t]{0,8}[A-Z][A-Z0-9]{1,7}\//;

/** Fewest words of a line of prose (`isProseLine`). */
const PROSE_WORDS = 6;

/**
 * True when a line is prose, not a preamble line: at least `PROSE_WORDS` words and `WRAP_WIDTH` characters (`THE FOREIGN
 * MINISTER TOLD THE AMBASSADOR TODAY THAT AUSTRIA WILL`). One pass over the line.
 */
function isProseLine(text: string): boolean {
  // (Not a military message's set: `SUBJ/ANNUAL SECURITY COOPERATION PLANNING CONFERENCE, 3-5 MARCH 2009//`.)
  if (text.length < WRAP_WIDTH || MESSAGE_SET.test(text)) return false;
  let words = 0;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) === 32 && k > 0 && text.charCodeAt(k - 1) !== 32 && ++words >= PROSE_WORDS) return true;
  return false;
}

/**
 * Reads the preamble from `lines[start]` (the classification line, when there is one).
 * Stops at the first line that belongs to the body.
 */
export function readPreamble(
  lines: readonly SourceLine[],
  start: number,
  context: { year?: number; referenceId?: string; date?: string; addressee?: string; maxFieldLines?: number; source?: string | null },
  diagnostics: Diagnostic[],
): PreambleRead {
  const maxFieldLines = context.maxFieldLines ?? DEFAULT_MAX_FIELD_LINES;
  const preamble = emptyPreamble();
  const spans = emptyPreambleSpans();
  let i = start;
  let hasBanner = false;
  let bannerCarry: string | null = null;
  // Skip blank lines before the banner.
  while (i < lines.length && isBlank((lines[i] as SourceLine).text)) i++;
  let banner = i < lines.length ? parseClassificationLine((lines[i] as SourceLine).text) : null;
  let service = false;
  // A banner wrapped inside its SECTION, completed by the next line: `C O N F I D E N T I A L SECTION 01 OF` / `02 MANILA 012214`.
  const wrapped = banner !== null && banner.post === null && i + 1 < lines.length ? joinWrappedBanner((lines[i] as SourceLine).text, (lines[i + 1] as SourceLine).text) : null;
  if (wrapped !== null) banner = wrapped;
  if (banner !== null) {
    hasBanner = true;
    preamble.classification = banner.classification;
    preamble.section = banner.section;
    preamble.post = banner.post;
    preamble.serial = banner.serial;
    preamble.sipdis = banner.sipdis;
    // A banner without its serial ends on the post: `LIMITED OFFICIAL USE SECTION 01 OF 02 NAIROBI`,
    // `LIMITED OFFICIAL USE NAIROBI` (a handling word there is no post: `SECRET NODIS` reads it as a caveat).
    const postOnly = banner.post === null && wrapped === null && BANNER_POST_ONLY.test(banner.rest) && parseHandlingLine(banner.rest) === null;
    if (postOnly) preamble.post = banner.rest;
    const line = lines[i] as SourceLine;
    // Text glued before the banner (`Cable dated:2005-09-17T12:29:00S E C R E T ...`, a repeated addressee and a tab)
    // is transmission; the banner's span starts at the banner.
    const bannerAt = banner.start ?? 0;
    if (bannerAt > 0) {
      const from = skipWhitespace(line.text);
      const to = trimEnd(line.text.slice(0, bannerAt)).length;
      if (to > from) spans.transmission.push({ start: line.offset + from, end: line.offset + to });
    }
    spans.classification = { start: line.offset + bannerAt, end: line.end };
    if (wrapped !== null) {
      spans.classification.end = (lines[i + 1] as SourceLine).end;
      i++;
    }
    // Fields reflowed onto the banner line are read after it: `... SANAA 001352SIPDISE.O. 12958: ...`.
    // `S E C R E T STATE 037118 TOSEC 040122`: the Secretary's traveling-party series number after the serial is the banner's own.
    // `UNCLAS SVC`: a service message's banner (its text follows, with no fields).
    service = banner.rest === 'SVC';
    // (After the series number, the rest: `S E C R E T STATE 291433 TOSEC 320077 NODIS`.)
    const series = SERIES_NUMBER_FIRST.exec(banner.rest);
    const restAt =
      wrapped !== null || banner.rest === '' || postOnly || service || SERIES_NUMBER.test(banner.rest)
        ? -1
        : series !== null
          ? bannerRestAt(line.text, series[1] ?? null, banner.rest.slice(series[0].length))
          : bannerRestAt(line.text, banner.serial, banner.rest);
    if (restAt > 0) {
      bannerCarry = line.text.slice(restAt);
      spans.classification = { start: line.offset + bannerAt, end: line.offset + trimEnd(line.text.slice(0, restAt)).length };
    } else i++;
  }
  const blocks: Record<Field, Block[]> = { eo: [], tags: [], subject: [], ref: [], classifiedBy: [] };
  const distributionSpans: Span[] = [];
  // Whether a line opening a field (`startsFieldKeyword`) stands below a line, before any `BEGIN TEXT:` (a SUBJECT line of
  // a document quoted further down is not the preamble's): the first one found is kept (-1: none), each line looked at once.
  let nextField = -2;
  const fieldAhead = (k: number): boolean => {
    if (nextField === -2 || (nextField >= 0 && nextField < k)) {
      nextField = -1;
      for (let n = k; n < lines.length; n++) {
        const t = (lines[n] as SourceLine).text;
        // (Also in the forms of `ODD_FIELD_START`: `EO 12958`, `TAGS PREL`, `SUBJECT -`, `Ref A:`, `DECL: ...`.)
        if (startsFieldKeyword(t) || ODD_FIELD_START.test(t)) {
          nextField = n;
          break;
        }
        if (QUOTATION_OPENER.test(t)) break;
      }
    }
    return nextField >= k;
  };
  // Whether the next non-blank line after line `k` is prose that opens no distribution line, or a numbered paragraph.
  const opensTextBelow = (k: number): boolean => {
    let n = k + 1;
    while (n < lines.length && isBlank((lines[n] as SourceLine).text)) n++;
    if (n >= lines.length) return false;
    const t = (lines[n] as SourceLine).text;
    return (isProseLine(t) && !opensDistributionLine(t)) || (/^\s*\d/.test(t) && startsParagraph(t));
  };
  // A field reflowed onto the line of another (`SUBJECT: FOO BAR REF: STATE 1234`) is read
  // as if it had its own line: `carry` holds the rest of the line still to read, from `carryAt`.
  let carry: string | null = bannerCarry;
  let carryAt = bannerCarry === null ? 0 : (lines[i] as SourceLine).offset + ((lines[i] as SourceLine).text.length - bannerCarry.length);
  let awaitingReasons = false;
  let current: Field | null = null;
  let fieldSeen = false;
  let lastLineBlank = false;
  // Blank lines follow a REF block: its list may still go on (`REF: A. STATE 1` / blank / `B. STATE 2`).
  let refGap = false;
  // A later section's banner cut the REF list being read: its next lettered line goes on the list (read once).
  let refAcrossSection = false;
  // A later section's banner cut the subject, the TAGS or the Classified By statement read last: the first line of text
  // under the banner and its handling lines may go on it (`goesOnAcrossSection`; read once).
  let fieldAcrossSection: CutField | null = null;
  // Blank lines follow a SUBJECT block: a short upper-case line before the next field may end it.
  let subjectGap = false;
  // A page marker stood in that gap.
  let subjectMarker = false;
  // Blank lines follow a Classified By statement, and a page marker stood among them (see `goesOnAfterMarker`).
  let statementBlank = false;
  let statementMarker = false;
  let previousLength = 0;
  let previousPiece = '';
  let bodyColumn = 0;
  // The line before was a repeat's instruction (`REPEAT_NOTE`): its wrapped rest goes with it.
  let repeatNote = false;
  // Where a portion marking before a Classified By keyword starts (`(U) Classified by ...`), -1 when none: the statement's span.
  let markedAt = -1;
  // The line before was a distribution line read after a field (`distributionBeforeField`): a wrapped line may go on it.
  let lateDistribution = false;
  // The piece last added to the last distribution entry (pushed or joined on): the end of that entry.
  let lastEntryTail = '';
  for (; i < lines.length; carry === null ? i++ : 0) {
    const line = lines[i] as SourceLine;
    const text: string = carry ?? line.text;
    // The source range of `text`: the whole line, or the rest of it after a reflowed field.
    const at = carry === null ? line.offset : carryAt;
    const wholeLine = carry === null;
    carry = null;
    // An older page break inside a field: the page's banner word, maybe a blank line, the
    // next page's header. Both are transmission lines; the field goes on after them:
    //     SUBJECT: ITALIAN VIEWS ON INF DEPLOYMENT AT COMISO AND THE
    //     CONFIDENTIAL
    //
    //     PAGE 02        ROME   01196  082030Z
    //     GENEVA NEGOTIATIONS
    // The state (field, blank line, REF gap) is kept as it was before the banner word.
    if (wholeLine) {
      const marker = pageBreakMarkerAt(lines, i);
      if (marker > i) {
        spans.transmission.push(wholeSpan(line, at));
        // (The word again and a printer's page footer and head between them are transmission too, and so is the footer
        // ending the break when no page marker follows it.)
        const last = isPageMarker((lines[marker] as SourceLine).text) ? marker - 1 : marker;
        for (let k = i + 1; k <= last; k++) if (!isBlank((lines[k] as SourceLine).text)) spans.transmission.push(wholeSpan(lines[k] as SourceLine, 0));
        // The marker line is passed over (the pipeline collects page markers from the lines).
        i = marker;
        continue;
      }
    }
    if (isBlank(text)) {
      // `SUBJECT:` alone on its line, then a blank line, then the title: the subject goes on across it.
      const sb = blocks.subject[blocks.subject.length - 1];
      if (current === 'subject' && sb !== undefined && sb.texts.length === 1 && SUBJECT_KEYWORD_ONLY.test(sb.texts[0] ?? '') && !isBlank(lines[i + 1]?.text ?? '')) continue;
      // `Classified By: ... Carlson. Reasons` / blank / `1.4 (b) and (d).`: the reasons may
      // follow a blank line (pages that double-space their lines).
      const cb = blocks.classifiedBy[blocks.classifiedBy.length - 1];
      awaitingReasons = (current === 'classifiedBy' || awaitingReasons) && cb !== undefined && !givesReasons(cb);
      statementBlank = current === 'classifiedBy' || statementBlank;
      refGap = current === 'ref' || refGap;
      subjectGap = current === 'subject' || subjectGap;
      current = null;
      lastLineBlank = true;
      continue;
    }
    // Page markers stand in the preamble too; the pipeline collects them from the lines. (One may stand in a Classified By
    // statement's gap, see `goesOnAfterMarker`.)
    if (isPageMarker(text)) {
      // (A subject's gap may hold one: `SUBJECT: ... PLANS FOR THE` / marker / `ASTANA INFORMAL MINISTERIAL`.)
      if (subjectGap || current === 'subject') subjectMarker = true;
      if (statementBlank || current === 'classifiedBy') statementMarker = true;
      statementBlank = statementBlank || current === 'classifiedBy';
      continue;
    }
    // A Classified By statement cut by the first page's marker, the blank lines around it:
    //     Classified By: Deputy Chief of Mission Douglas A.
    //
    //     ANKARA 00001412  001.2 OF 002
    //
    //     Silliman for reasons 1.4 (b) and (d).
    const afterStatementMarker = statementMarker;
    statementBlank = false;
    statementMarker = false;
    if (afterStatementMarker) {
      const cb = blocks.classifiedBy[blocks.classifiedBy.length - 1];
      if (cb !== undefined && cb.texts.length < maxFieldLines && goesOnAfterMarker(cb, text)) {
        cb.texts.push(text);
        cb.spans.push(wholeSpan(line, at));
        current = 'classifiedBy';
        awaitingReasons = false;
        lastLineBlank = false;
        const column = bodyAfterReasons(cb, { line, base: line.text.length - text.length, source: context.source });
        if (column > 0) {
          bodyColumn = line.text.length - text.length + column;
          break;
        }
        continue;
      }
    }
    // A subject, TAGS line or Classified By statement cut by a later section's banner goes on with the first line of
    // text under it (the banner, its handling lines and page marker between are transmission):
    //     SUBJECT: IRAQ: COUNCIL OF REPRESENTATIVES STALLS AGAIN ON
    //     C O N F I D E N T I A L SECTION 02 OF 02 BAGHDAD 002215
    //     SIPDIS
    //     HYDROCARBON LAW; KRG AND OIL MINISTRY TRADE ACCUSATIONS
    if (fieldAcrossSection !== null && wholeLine && bannerKind(text) === NOT_BANNER && parseHandlingCaption(text) === null) {
      const cut = fieldAcrossSection;
      fieldAcrossSection = null;
      const block = blocks[cut][blocks[cut].length - 1];
      if (block !== undefined && block.texts.length < maxFieldLines && goesOnAcrossSection(cut, block, text, lines, i)) {
        block.texts.push(text);
        block.spans.push(wholeSpan(line, at));
        current = cut;
        awaitingReasons = false;
        lastLineBlank = false;
        const column = cut === 'classifiedBy' ? bodyAfterReasons(block, { line, base: line.text.length - text.length, source: context.source }) : -1;
        if (column > 0) {
          bodyColumn = line.text.length - text.length + column;
          break;
        }
        continue;
      }
    }
    // (A statement waiting for its reasons across a blank line: a stray `SIPDIS` line there goes on it, see below.)
    const statementGap: boolean = awaitingReasons;
    if (awaitingReasons) {
      awaitingReasons = false;
      const cb = blocks.classifiedBy[blocks.classifiedBy.length - 1];
      if (REASONS_LINE.test(text) && cb !== undefined) {
        cb.texts.push(text);
        cb.spans.push(wholeSpan(line, at));
        current = 'classifiedBy';
        // `1.4 (b) and (d). Summary`: the body may follow the reasons on their line.
        const column = bodyAfterReasons(cb, { line, base: line.text.length - text.length, source: context.source });
        if (column > 0) {
          bodyColumn = line.text.length - text.length + column;
          break;
        }
        continue;
      }
    }
    // `(U) Classified by Ambassador Jane Roe; reasons: E.O.` / `12958 1.4 (a,b,c,d).`: a portion marking before the
    // statement; it is read from its keyword on (a field line), the marking in its span.
    if (wholeLine) {
      const keywordAt = markedClassifiedByAt(text);
      if (keywordAt > 0) {
        markedAt = at;
        carry = text.slice(keywordAt);
        carryAt = at + keywordAt;
        continue;
      }
    }
    // `Classified By: Derived from Multiple Sources` / `SECRET//FGI//NOFORN` / `Declassify on: Source marked 25X1-human, Date of source: June`
    // / `27, 2009`: the statement's declassification line (and its wrapped lines) goes on the statement.
    if (wholeLine && (text.charCodeAt(0) | 32) === 100 && DECLASSIFY_LINE.test(text)) {
      const cb = blocks.classifiedBy[blocks.classifiedBy.length - 1];
      if (cb !== undefined && cb.texts.length < maxFieldLines && followsBlock(lines, i, cb)) {
        cb.texts.push(text);
        cb.spans.push(wholeSpan(line, at));
        for (let n = 0; n < DECLASSIFY_WRAP_LINES && i + 1 < lines.length && cb.texts.length < maxFieldLines && continuesDeclassifyLine((lines[i + 1] as SourceLine).text); n++) {
          i++;
          cb.texts.push((lines[i] as SourceLine).text);
          cb.spans.push(spanOf(lines[i] as SourceLine));
        }
        current = null;
        awaitingReasons = false;
        lastLineBlank = false;
        continue;
      }
    }
    const afterRefGap = refGap;
    refGap = false;
    const afterSubjectGap = subjectGap;
    const afterSubjectMarker = subjectMarker;
    subjectGap = false;
    subjectMarker = false;
    // A subject wrapped before an executive order it names, after the E.O. line was read: `SUBJECT: ... DESIGNATIONS UNDER` /
    // `E.O. 13224 AND SUBMISSION TO THE UN 1267 COMMITTEE` (`namesExecutiveOrder`: no E.O. line).
    const keyword: Field | null = fieldOf(text);
    // Also, whether the E.O. line was read or not, after a subject line ending on the word that leads to the order, an
    // order line that gives no declassification (`... SANCTIONS UNDER` / `E.O. 12938 AS AMENDED: TWO CHINESE ENTITIES`).
    const namedOrder: boolean =
      keyword === 'eo' &&
      current === 'subject' &&
      !lastLineBlank &&
      ((blocks.eo.length > 0 && namesExecutiveOrder(text)) || namesOrderAfter(blocks.subject[blocks.subject.length - 1]?.texts.at(-1) ?? '', text));
    // A subject wrapped before a word that names a field without its colon (`... GOI RESPONSE TO` / `REFTEL DEMARCHE ON
    // EC/US STEEL ...`, `... REQUIRE RFID` / `TAGS ON TRANSSHIPPED CONTAINERS`, `... LAND TITLES,` / `SUBJECT OF REFTEL`).
    const wrappedWord: boolean = keyword !== null && current === 'subject' && !lastLineBlank && wholeLine && wrapsIntoSubject(text);
    // An order line that goes on the field before it, no blank line between: a Classified By with no reasons yet whose
    // reasons follow the order (`... Marcus J. Ellery for` / `E.O. 12958 reasons 1.4 (b) and (d).`, `... REASON:` /
    // `E.O. 12958, 1.5 (B), (D).`), a reference whose parenthesis it closes (`REF: A. STATE 48213 (DESIGNATIONS UNDER` /
    // `E.O. 13224)`).
    const orderInField: boolean = keyword === 'eo' && !lastLineBlank && (current === 'classifiedBy' || current === 'ref') && orderGoesOnField(blocks[current], current, text, lines[i + 1]?.text);
    const field: Field | null = namedOrder || wrappedWord || orderInField ? null : keyword;
    // A second SUBJECT line naming another subject than the one read, after a blank line, opens the body: a name check's
    // reply keys its text by the applicant (`REF: VIENNA 06118` / blank / `SUBJECT: ZHURAVLEV, ANATOLIY` / `DOB: ...`).
    if (field === 'subject' && wholeLine && lastLineBlank && opensOtherSubject(blocks.subject, text)) {
      bodyColumn = line.text.length - text.length;
      break;
    }
    // `E.O. 12958:` / `DECL: 02/26/2020`: a DECL line continues the E.O. line before it; a `DERIVED FROM:` line
    // the Classified By statement right before it (`CLASSIFIED BY: A. NOWAK, NP/RA.` / `DERIVED FROM: DIA SCG 1-98.  REASON: 1.5 (C)`).
    if (
      field !== null &&
      !(field === 'eo' && current === 'eo' && continues('eo', text)) &&
      !(field === 'classifiedBy' && current === 'classifiedBy' && DERIVED_FROM_LINE.test(text))
    ) {
      let cut = inlineFieldAt(text, 1);
      // (A reference's own subject on the REF line, the cable's subject read: `REF: A. 09 STATE 45512, SUBJECT: FY 2010
      // ANTITERRORISM`, as on the list's next lines.)
      if (cut > 0 && field === 'ref' && blocks.subject.length > 0 && REF_ITEM_SUBJECT.test(text.slice(cut))) cut = -1;
      if (cut < 0 && field === 'subject') cut = gluedRefAt(text, lines, i);
      // The subject stops where its parser stops on its own line (`... 06/26/09 Index: Index:`, `... 1. (C) Summary: ...`):
      // the rest is read as the next field or the body, never covered by the subject's span alone.
      if (field === 'subject') {
        const stop = subjectLineStopAt(text);
        if (stop > 0 && (cut < 0 || stop < cut)) cut = stop;
      }
      if (cut > 0) {
        carry = text.slice(cut);
        carryAt = at + cut;
      }
      const block: Block = { texts: [cut > 0 ? text.slice(0, cut) : text], spans: [cut > 0 ? pieceSpan(line, at, cut) : wholeSpan(line, at)] };
      // The field's line is its own, whole and short (not a piece reflowed from or onto another line): see `endsShortSubject`.
      if (field === 'subject' && wholeLine && cut <= 0) block.lineLength = trimEnd(line.text).length;
      if (markedAt >= 0 && field === 'classifiedBy') (block.spans[0] as Span).start = markedAt;
      markedAt = -1;
      blocks[field].push(block);
      current = field;
      fieldSeen = true;
      // A distribution line after the field starts an entry of its own (`distributionBeforeField`).
      lateDistribution = false;
      previousLength = 0;
      previousPiece = '';
      lastLineBlank = false;
      // The body reflowed onto the field's line: after the reasons of a Classified By, after the references.
      const where: PieceAt = { line, base: line.text.length - text.length, source: context.source };
      // `REF: A. LONDON 2198  B. LONDON 2199  NOTE:  FOR TECHNICAL REASONS, ...`: the note is no reference.
      let column = field === 'ref' ? cutNoteAfterReferences(block, where, carry === null && !fieldFollows(lines, i)) : -1;
      if (column < 0) column = field === 'classifiedBy' ? bodyAfterReasons(block, where) : field === 'ref' ? bodyAfterReferences(block, where, spans.transmission) : -1;
      // `REF: STATE 86108 (SBU)` / `Poloff delivered ...`: the body starts at the marking.
      if (column < 0 && field === 'ref' && carry === null) column = bodyAtTrailingMarking(block, where, lines[i + 1]);
      if (column > 0) {
        bodyColumn = line.text.length - text.length + column;
        break;
      }
      continue;
    }
    // A repeated banner (`UNCLAS SECTION 02 OF 02 ASTANA 000270`) or a handling line.
    const kind = bannerKind(text);
    // No banner read yet, fields read before this one: a record pasted before the cable (`TAGS:`,
    // `SUBJECT:`, `REF:` of an archive row), then the cable itself from its banner
    // (`C o n f i d e n t i a l section 01 of 06 shanghai 000160`): the banner is the cable's, and its
    // preamble reads on (handling, distribution, fields: a field given twice is read as repeated).
    if (kind === FULL_BANNER && !hasBanner && fieldSeen && wholeLine) {
      const late = parseClassificationLine(text);
      if (late !== null && late.rest === '' && (late.section === null || late.section.number === 1)) {
        hasBanner = true;
        preamble.classification = late.classification;
        preamble.section = late.section;
        preamble.post = late.post;
        preamble.serial = late.serial;
        if (late.sipdis) preamble.sipdis = true;
        spans.classification = spanOf(line);
        // Lines read as distribution before it were the pasted record's (its id, date, routing header).
        for (const span of distributionSpans) spans.transmission.push(span);
        distributionSpans.length = 0;
        preamble.distribution.length = 0;
        lastEntryTail = '';
        previousLength = 0;
        previousPiece = '';
        fieldSeen = false;
        current = null;
        lastLineBlank = true;
        continue;
      }
    }
    if (kind === FULL_BANNER) {
      spans.transmission.push(wholeSpan(line, at));
      // A later section's banner inside the REF list (`D. KABUL 3198` / `S E C R E T SECTION 02 OF 02 KABUL 003312` /
      // `SIPDIS` / marker / `E. KANDAHAR 0212`): the list may go on under it (see `refAcrossSection`).
      const laterSection = (parseClassificationLine(text)?.section?.number ?? 0) > 1;
      if ((current === 'ref' || afterRefGap) && laterSection) refAcrossSection = true;
      if (laterSection) fieldAcrossSection = fieldCutAt(blocks, lines, i);
      current = null;
      continue;
    }
    // A classification word with caveats on its own line is the cable's marking repeated:
    // `SECRET NOFORN` among the handling lines, `SECRET//FGI//NOFORN//MR` after Classified By.
    // Its caveats are the cable's; the field read before it (if any) may go on after it.
    if (kind === BARE_CLASSIFICATION) {
      const bare = parseClassificationLine(text);
      if (bare !== null) for (const c of bare.classification.caveats) if (!preamble.classification.caveats.includes(c)) preamble.classification.caveats.push(c);
      spans.handling.push(wholeSpan(line, at));
      continue;
    }
    // (Not the wrapped words of a subject going on: `SUBJECT: LIBYA: GOL SHARES` / `SECOND CORRECTED COPY OF DRAFT LAW`.)
    const handling: ReturnType<typeof parseHandlingCaption> = current === 'subject' && !lastLineBlank && captionWordsGoOn(text) ? null : parseHandlingCaption(text);
    if (handling !== null) {
      for (const c of handling.caveats) if (!preamble.classification.caveats.includes(c)) preamble.classification.caveats.push(c);
      if (handling.sipdis) preamble.sipdis = true;
      // `CORRECTED COPY - CHANGES MADE TO PARA 5 BELOW.`: the handling span covers the caption, the note
      // after it is `correctionNote`.
      const captionEnd = correctionCaptionEnd(text);
      spans.handling.push(captionEnd < 0 ? wholeSpan(line, at) : pieceSpan(line, at, captionEnd));
      // A stray `SIPDIS` line inside a Classified By statement not yet giving its reasons (the archive's artifact after a
      // title word): the statement goes on under it.
      //     Classified By: EUR Deputy Assistant Secretary
      //     SIPDIS
      //     John Q. Doe, Reasons 1.4 (b) and (d).
      // (Also with a blank line before it: `... for Central Asian Affairs` / blank / `SIPDIS` / `Evan A. Kessler for reasons ...`.)
      const statement: Block | undefined = current === 'classifiedBy' || statementGap ? blocks.classifiedBy[blocks.classifiedBy.length - 1] : undefined;
      const straySipdis: boolean = statement !== undefined && handling.sipdis && handling.caveats.length === 0 && !givesReasons(statement);
      // So does a subject or a REF entry the archive broke with its `SIPDIS` after `SECRETARY` (2002-2004 copies):
      //     SUBJECT: KING ABDULLAH TELLS ASSISTANT SECRETARY
      //     SIPDIS
      //     BURNS JORDAN WILL TRAIN IRAQI POLICE
      const open = current as Field | null;
      const fieldBlock: Block | undefined = open === 'subject' || open === 'ref' ? blocks[open][blocks[open].length - 1] : undefined;
      const strayInField: boolean =
        fieldBlock !== undefined && wholeLine && handling.sipdis && handling.caveats.length === 0 && SECRETARY_END.test(fieldBlock.texts[fieldBlock.texts.length - 1] ?? '') && !isBlank(lines[i + 1]?.text ?? '') && fieldOf(lines[i + 1]?.text ?? '') === null;
      current = straySipdis ? 'classifiedBy' : strayInField ? current : null;
      // The note of a CORRECTED COPY caption may wrap: `CORRECTED COPY - CHANGES MADE TO PARA 5 BELOW. THIS MESSAGE`
      // / `REPLACES REFTEL, WHICH SHOULD BE DESTROYED.` (a few lines at most): the note's lines are the
      // preamble's (not body text).
      let noteParts = captionEnd < 0 ? null : [unwrapCaption(text).slice(captionEnd)];
      const noteStart = i;
      // A bare caption's note in parentheses on the line under it: `CORRECTED COPY` / `(CORRECTED SIGNATURE LINE AND PARA 3 MARKING)`.
      const noteBelow = captionEnd < 0 && wholeLine && handling.caveats.includes('CORRECTED COPY') && preamble.correctionNote === null && isNoteLine(lines[i + 1]?.text);
      if (noteBelow) {
        i++;
        noteParts = [(lines[i] as SourceLine).text];
      }
      for (let n = 0; wholeLine && n < CORRECTION_NOTE_LINES && correctionNoteGoesOn((lines[i] as SourceLine).text, lines[i + 1]?.text) && continuesCorrectionNote(lines[i + 1]); n++) {
        i++;
        noteParts?.push((lines[i] as SourceLine).text);
      }
      // The first note read is the cable's (a second caption repeats it).
      if (noteParts !== null && preamble.correctionNote === null) {
        const note = correctionNoteText(noteParts);
        if (note !== '') {
          preamble.correctionNote = note;
          let from = captionEnd;
          while (isWhitespaceCode(text.charCodeAt(from))) from++;
          const below = lines[i] as SourceLine;
          spans.correctionNote = noteBelow
            ? { start: below.offset + skipWhitespace(below.text), end: below.end }
            : { start: pieceSpan(line, at, from).end, end: i > noteStart ? below.end : line.end };
        }
      }
      continue;
    }
    // After blank lines, the end of a subject on its own short line, right before the next field:
    //     SUBJECT: SCENESETTER FOR SECRETARY PETERS' DECEMBER 7 VISIT
    //     (blank)
    //     TO LONDON
    //     (blank)
    //     Classified By: ...
    const subjectBlock = blocks.subject[blocks.subject.length - 1];
    // Not a distribution line (`DEPT FOR EUR/ABC`): `distributionBeforeField` reads it.
    // Also, with any line after it, when the subject stopped on a word no title ends with and a page marker cut it:
    //     SUBJECT: KAZAKHSTAN: OSCE CHAIRMANSHIP PLANS FOR THE
    //     (blank) / ASTANA 00000188  001.3 OF 002 / (blank)
    //     ASTANA INFORMAL MINISTERIAL
    if (
      afterSubjectGap &&
      subjectBlock !== undefined &&
      endsSubjectAfterGap(text) &&
      (fieldFollows(lines, i) || (afterSubjectMarker && endsOnJoiningWord(subjectBlock.texts[subjectBlock.texts.length - 1] ?? '') && !BODY_HEADING_START.test(text))) &&
      // (Nor a line addressing or passing the message: `FOR AMBASSADOR FROM THE SECRETARY`, `ROME FOR FODAG`, `PLEASE
      // PASS TO TREASURY`.)
      !opensAddresseeEntry(text) &&
      !ADDRESSING_LINE.test(text) &&
      !isAddressingLine(text)
    ) {
      subjectBlock.texts.push(text);
      subjectBlock.spans.push(wholeSpan(line, at));
      current = 'subject';
      lastLineBlank = false;
      continue;
    }
    // After blank lines, a date alone on its line goes on the REF block (the date of its last reference),
    // not the body: `Ref: a) budapest 135 b) budapest daily` / blank / `February 7` / blank / `Classified By: ...`.
    const refBlock = blocks.ref[blocks.ref.length - 1];
    if (afterRefGap && refBlock !== undefined && refBlock.texts.length < maxFieldLines && isDateLine(text)) {
      refBlock.texts.push(text);
      refBlock.spans.push(wholeSpan(line, at));
      current = 'ref';
      lastLineBlank = false;
      continue;
    }
    // After blank lines, a lettered line that continues the letters of the REF list before
    // them (`REF: A. STATE 1234` / blank / `     B. STATE 5678`) still belongs to it.
    // (So does one after a later section's banner, its handling lines and page marker: a joined section cut the list.)
    if ((afterRefGap || refAcrossSection) && continuesRefList(blocks.ref[blocks.ref.length - 1], text, false, lines[i + 1]?.text)) current = 'ref';
    refAcrossSection = false;
    // A REF list goes on with lettered lines (`     B. QUITO 133`), which otherwise look like
    // paragraph labels; numbered lines (`1. (C) ...`) always start the body.
    // A page's paragraph anchor may stand before the label: `¶A. ISLAMABAD 21222 B. PESHAWAR 653`.
    // The next item of a REF list on its own line: `B. STATE 1234`, `(C) ...`, or the next number of a numbered list (`REF: 1. MANILA 4410` / `2. STATE 48120`).
    // Past `Z` a long list doubles its letters (`AA.`, `II.`: not a roman paragraph label there).
    const refItem = current === 'ref' && (/^\s*\u00b6?\(?(?:[A-Z]|([A-Z])\1{1,2})[.)](?:\s|$)/.test(text) || continuesNumberedReferences(blocks.ref[blocks.ref.length - 1]?.texts ?? [], text));
    // A subject or a Classified By wrapped before a person's initial, right under its line that ends on a word: the
    // initial is no lettered paragraph (`SUBJECT: INDIA: CHARGE'S CALL ON HOME MINISTER` / `P. CHIDAMBARAM: MUMBAI
    // TRIAL ...` / blank / `REF: ...`; `Classified By: ... Political Counselor` / `J. Everett Lindqvist for reasons 1.4 (b)`).
    const initialGoesOn =
      !refItem &&
      !lastLineBlank &&
      (current === 'subject' || current === 'classifiedBy') &&
      (initialWrapsField(blocks[current], text, current === 'subject' && (fieldFollows(lines, i) || (firstParagraphFollows(lines, i) && !SECTION_TITLE_LINE.test(text)))) ||
        // A subject wrapped before a letter no body opens with: a case's `V.` (`... IN UNITED STATES` / `V. DESMOND A. ROLLE
        // ET AL.`), an initial (`... FOR FUGITIVE` / `J. RAMON TORRES`); see `wrapsBeforeLetter`.
        (current === 'subject' && wrapsBeforeLetter(blocks.subject, text)) ||
        // A Classified By's reasons wrapped with a space after the dot: `... Colin Harwell, Reasons` / `1. 4 (b) and (d).`.
        (current === 'classifiedBy' && SPACED_REASON_FIRST.test(text) && !givesReasons(blocks.classifiedBy[blocks.classifiedBy.length - 1])));
    // A rule line (`-------` over a `SUMMARY` heading) ends the field: the body starts.
    // A distribution line right under a REF list or a Classified By statement, no blank line between, set off below:
    // `REF: BOGOTA 07219` / `FOR AMBASSADOR FROM ASSISTANT SECRETARY ABRAMS` / blank; `... reasons 1.4 (b) and (d)` /
    // `STATE FOR SCA/FO, SCA/PB AND S/CT` / blank / `1. (S/NF) ...`: the entry ends the field (`inDistributionBlock`).
    let underField = false;
    // (In a mixed-case preamble, an addressee's entry with an office path: `Ref: A. TBILISI 1102  B. TBILISI 1150` / `Dept
    // for EUR/CARC, DRL`.)
    const mixedEntryUnderRef = current === 'ref' && wholeLine && /[a-z]/.test(text) && text.indexOf('/') > 0 && opensEntryInAnyCase(text);
    // (Or right before the next field: `B. STATE 207733` / `DEPT PLEASE PASS USTR FOR WEISEL AND USDA/FAS` / `Classified By: ...`.)
    if (
      (current === 'ref' || current === 'classifiedBy') &&
      wholeLine &&
      !lastLineBlank &&
      !refItem &&
      (isAddressingLine(text) || opensAgencyEntry(text) || mixedEntryUnderRef || (current === 'ref' && (isDelegationCaption(text) || opensServiceEntry(text)))) &&
      (isBlank(lines[i + 1]?.text ?? '') || fieldOf(lines[i + 1]?.text ?? '') !== null)
    ) {
      current = null;
      underField = true;
    }
    // The subject's last line was followed by a distribution entry (`lateAfterSubject`), or the REF list by a delegation's
    // caption (`B. STATE 118812` / `SALT TWO - DELEGATION MESSAGE NO. 247`) or a mixed-case entry: read as one below.
    let lateFieldEntry = underField && (isDelegationCaption(text) || mixedEntryUnderRef);
    if (current !== null && (refItem || initialGoesOn || orderInField || !startsParagraph(text)) && !isRuleLine(text)) {
      const block = blocks[current][blocks[current].length - 1];
      if (block !== undefined && endsField(current, block, text, lines[i + 1])) {
        bodyColumn = line.text.length - text.length;
        break;
      }
      // `SUBJ: A MEETING` / `DEPT FOR EUR/ABC` / `REF: ...`: an agency's entry with an office path, right before a field the
      // preamble has not read, is a distribution line (`distributionBeforeField`), not the subject's wrapped rest; so is
      // any addressee's entry passing the message on with `ALSO` (`... REFUGEE TOTAL` / `PASSES 310,000` /
      // `USCINCEUR ALSO FOR POLAD` / `REF: ...`). Right before a blank line too (the text or Classified By under it), when
      // the subject's line ends on no joining word: `SUBJECT: ... VISITOR NOMINATIONS` / `DEPT FOR ECA/PE/V/R/E - JOHN
      // SCHULTZ` / blank (not `... UNDER SECRETARY OF` / `STATE FOR PUBLIC DIPLOMACY`). So is a line naming the office or
      // the title the message is for and from (`SUBJECT: CONGRATULATORY MESSAGE TO CHANCELLOR KOHL` / `FOR EUR/CE FROM
      // AMBASSADOR` / blank; not `FOR A VISIT FROM MAY 3 TO 5`, see `isOfficeAddressingLine`).
      const lateAfterSubject =
        current === 'subject' &&
        wholeLine &&
        ((opensAgencyEntry(text) && (text.indexOf('/') > 0 || / PASS\b/.test(text))) || (text.indexOf(' ALSO ') > 0 && opensAddresseeEntry(text) && ALSO_ENTRY.test(text)) || isDelegationCaption(text) || isOfficeAddressingLine(text)) &&
        (distributionBeforeField(lines, i, blocks, false) || (block !== undefined && isBlank(lines[i + 1]?.text ?? '') && !endsOnJoiningWord(block.texts[block.texts.length - 1] ?? '')));
      lateFieldEntry = lateAfterSubject;
      if (block !== undefined && !lateAfterSubject && continues(current, text, block)) {
        // A field longer than the limit is cut: its further lines are skipped (left unparsed).
        if (block.texts.length >= maxFieldLines) {
          if (!block.cut) diagnostics.push(diagnosticAt('FIELD_TOO_LONG', `A ${current} field runs over ${maxFieldLines} lines; the rest is not read`, line));
          block.cut = true;
          lastLineBlank = false;
          continue;
        }
        // `INVESTIGATION SUGGESTED  REF: SECSTATE 100098`: a field reflowed into a continuation line.
        // (A field's word opening the subject's wrapped line is the subject's: looked for after it.)
        let cut = inlineFieldAt(text, wrappedWord ? skipWhitespace(text) + 1 : 0);
        // A reference's own subject after the cable's was read is the reference's text: `B. SECDEF WASHINGTON DC 201630Z
        // FEB 09 SUBJ: EXCESS DEFENSE` / `ARTICLES (EDA) OFFERS FOR FY 2009` / `C. DSCA MANUAL ...`.
        if (cut > 0 && current === 'ref' && blocks.subject !== undefined && REF_ITEM_SUBJECT.test(text.slice(cut))) cut = -1;
        if (cut < 0 && current === 'subject') cut = gluedRefAt(text, lines, i);
        // The subject stops where its parser stops (`(---)` in a table row, a page marker, `INDEX:` alone):
        // the rest is read again as the next field or the body, so it is never covered by the subject's
        // span without being in the subject. `SUBJECT:  DAILY SUMMARY ... 03/15/06` / `  INDEX:` / `(1) Poll ...`.
        if (cut < 0 && current === 'subject' && !namedOrder && !wrappedWord) {
          const stop = subjectStopAt(text);
          if (stop >= 0) {
            if (stop > 0) {
              block.texts.push(text.slice(0, stop));
              block.spans.push(pieceSpan(line, at, stop));
            }
            carry = text.slice(stop);
            carryAt = at + stop;
            current = null;
            lastLineBlank = false;
            continue;
          }
        }
        if (cut > 0) {
          carry = text.slice(cut);
          carryAt = at + cut;
        }
        block.texts.push(cut > 0 ? text.slice(0, cut) : text);
        block.spans.push(cut > 0 ? pieceSpan(line, at, cut) : wholeSpan(line, at));
        lastLineBlank = false;
        const where: PieceAt = { line, base: line.text.length - text.length, source: context.source };
        let column = current === 'ref' ? cutNoteAfterReferences(block, where, carry === null && !fieldFollows(lines, i)) : -1;
        if (column < 0) column = current === 'classifiedBy' ? bodyAfterReasons(block, where) : current === 'ref' ? bodyAfterReferences(block, where, spans.transmission) : -1;
        if (column < 0 && current === 'ref' && carry === null) column = bodyAtTrailingMarking(block, where, lines[i + 1]);
        if (column > 0) {
          bodyColumn = line.text.length - text.length + column;
          break;
        }
        continue;
      }
    }
    // A headline right under a TAGS line, the subject's keyword lost (`TAGS: PINT, PGOV, TU` / `ECEVIT GOVERNMENT SURVIVES
    // CENSURE MOTION BY NINE VOTES`): the subject, when none was read and no SUBJECT line follows (`subjectAhead`).
    if (current === 'tags' && wholeLine && blocks.subject.length === 0 && isHeadlineUnderTags(text, blocks.tags[blocks.tags.length - 1]) && !subjectAhead(lines, i)) {
      blocks.subject.push({ texts: [text], spans: [wholeSpan(line, at)] });
      current = 'subject';
      lastLineBlank = false;
      continue;
    }
    // A distribution line after a field, right before the next field (`E.O. 12065: N/A` / `USDA FOR FAS/ITP` / `TAGS: EAGR`):
    // read as before the fields (the order of preamble lines varies), not as the body's first line.
    // Or an addressing line set off after the fields, before the text (`REF: NEW DELHI 15220` / blank / `FOR AMBASSADOR
    // BOWLES FROM ROSTOW` / blank / `DEPARTMENT HAS REVIEWED ...`): a distribution entry as before the fields.
    const lateEntry: boolean = fieldSeen && wholeLine && (lateFieldEntry || distributionBeforeField(lines, i, blocks, lateDistribution) || addressesText(lines, i) || inDistributionBlock(lines, i, lateDistribution || underField));
    lateDistribution = lateEntry;
    // The field before ends: a wrapped line of the entry (`AND FAS/XYZ`) goes on the entry, not the field.
    if (lateEntry) current = null;
    if (!fieldSeen || lateEntry) {
      // No field yet and a numbered paragraph (`1. (C) Summary: ...`, not a wrapped
      // `W. KULLMAN)`): the body starts (the fields were lost or glued onto other lines).
      if (/^\s*\d/.test(text) && startsParagraph(text)) {
        bodyColumn = line.text.length - text.length;
        break;
      }
      // No field yet and none below (a 1960s telegram has no E.O., TAGS or SUBJECT): a line of prose, or a short title
      // over prose or a numbered paragraph (`EAST AFRICAN COMMUNITY TREATY`), starts the unnumbered body (`THE FOREIGN
      // MINISTER TOLD THE AMBASSADOR TODAY THAT ...`). Only a line opening a block, or right under a short distribution
      // line no entry goes on from (`DEPT PASS TO AID` / `PRESIDENT KAUNDA CALLED ...`), not the wrapped rest of a list;
      // never an addressing or distribution line (`FOR ... FROM ...`, `LONDON AND PARIS FOR ...`: `opensDistributionLine`),
      // a military message's set, a repeat's note, a handling line, or a line a field or handling words were glued onto
      // (`NOFORNE.O. 12958: DECL: 08/20/2015 TAGS: KDEM ...`).
      if (!fieldSeen && wholeLine && (lastLineBlank || preamble.distribution.length === 0 || (previousLength < WRAP_WIDTH && !continuesDistributionEntry(previousPiece, collapseWhitespace(text)))) && !opensDistributionLine(text) && !MESSAGE_SET.test(text) && !REPEAT_NOTE.test(text) && (isProseLine(text) || opensTextBelow(i)) && !fieldAhead(i) && parseHandlingLine(text) === null && gluedFieldAt(text) <= 0 && readGluedHandling(text) === null) {
        bodyColumn = line.text.length - text.length;
        break;
      }
      // A later section on its own (`UNCLAS SECTION 02 OF 02 ASTANA 000270`, no field before its text) goes on with
      // the text of the section before, in the middle of a paragraph: a line that opens no distribution entry is
      // body (`continued text of paragraph five from section one.`).
      // A service message's text under its banner is body too (`UNCLAS SVC` / `YOUR 297140 RECEIVED GARBLED ...`,
      // `STATE 041122 RECEIVED GARBLED ... PLEASE` / `RETRANSMIT AND PASS TO ...`): only an addressee's entry alone on its
      // line is distribution there (`USDAO FOR ATTACHE`, not `NAIROBI FOR ADMIN: YOUR 0112 RECEIVED GARBLED ...`).
      if (!fieldSeen && wholeLine && (service ? !opensServiceEntry(text) : preamble.section !== null && preamble.section.number > 1 && !startsDistributionEntry(text))) {
        bodyColumn = line.text.length - text.length;
        break;
      }
      // Rules framing a handling caption are its decoration, not distribution:
      //     ----------------------------------------
      //     C O R R E C T E D C O P Y -- CLASSIFICATION PARA 4
      //     ----------------------------------------
      if (wholeLine && isRuleLine(text) && (framesCaption(lines[i - 1]) || framesCaption(lines[i + 1]))) {
        spans.handling.push(wholeSpan(line, at));
        continue;
      }
      // Where an archive cut the page short (`...` alone on its line) is transmission, not distribution.
      if (wholeLine && text.length <= 12 && ELLIPSIS_LINE.test(text)) {
        spans.transmission.push(wholeSpan(line, at));
        continue;
      }
      // A note about the message itself is transmission, not distribution (no addressee is called `THIS`):
      //     THIS MESSAGE IS BEING RESENT AS INFO BEIJING. ORIGINAL IS YAOUNDE 91.
      if (wholeLine && ((text.charCodeAt(0) | 32) === 116 || text.charCodeAt(0) === 32) && MESSAGE_NOTE.test(text)) {
        spans.transmission.push(wholeSpan(line, at));
        current = null;
        continue;
      }
      // A repeat's instruction, wrapped (`... INFO BONN LONDON` / `OCT 03.`), and its `QUOTE` line: transmission too.
      if (wholeLine && !fieldSeen && (REPEAT_NOTE.test(text) || (repeatNote && !isBlank(text) && !lastLineBlank))) {
        spans.transmission.push(wholeSpan(line, at));
        repeatNote = !/^\s*QUOTE\b/.test(text);
        current = null;
        lastLineBlank = false;
        continue;
      }
      repeatNote = false;
      // A field glued onto the line is read after it; handling words glued before it too:
      // `NOFORNE.O. 12958: ...`, `SIPDISSTATE FOR WHA/CAR`.
      const handlingWords = readGluedHandling(text);
      if (handlingWords !== null) {
        for (const c of handlingWords.caveats) if (!preamble.classification.caveats.includes(c)) preamble.classification.caveats.push(c);
        if (handlingWords.sipdis) preamble.sipdis = true;
        const whole = handlingWords.length >= trimEnd(text).length;
        spans.handling.push(whole ? wholeSpan(line, at) : pieceSpan(line, at, handlingWords.length));
        if (!whole) {
          carry = text.slice(handlingWords.length);
          carryAt = at + handlingWords.length;
        }
        current = null;
        continue;
      }
      const glued = gluedFieldAt(text);
      if (glued > 0) {
        carry = text.slice(glued);
        carryAt = at + glued;
      }
      let piece = glued > 0 ? text.slice(0, glued) : text;
      // Handling words reflowed onto the end of the line: `... AID/W FOR LAC/AA SENSITIVE SIPDIS`.
      const handlingTail = trailingHandlingAt(piece, false);
      if (handlingTail !== null && startsDistributionEntry(piece.slice(0, handlingTail.at))) {
        for (const c of handlingTail.caveats) if (!preamble.classification.caveats.includes(c)) preamble.classification.caveats.push(c);
        if (handlingTail.sipdis) preamble.sipdis = true;
        spans.handling.push(pieceSpan(line, at + handlingTail.at, trimEnd(piece).length - handlingTail.at));
        piece = trimEnd(piece.slice(0, handlingTail.at));
      }
      const entry = collapseWhitespace(piece);
      const last = preamble.distribution.length - 1;
      const lastSpan = distributionSpans[last];
      // A wrapped line continues a long line before it (`... FOR EXBS` / `ADVISORS`), or an
      // entry left open (`... DS/ITA AND` / `DS/IP/WHA`, `... BILL SILKWORTH;` / `AND CA/OCS/CI ...`).
      // The previous line's piece, not the whole entry (a long joined entry is not read again per line).
      // Also the rest of an office name whose `: NAME` follows (`... USDA FOR ARS/INTERNATIONAL` / `RESEARCH: G ROE ...`).
      // (`earlier`: the entry before the previous line's, when that line is an entry of its own.)
      // (Lengths first: a long joined entry is a string of many pieces that a comparison would copy on every line.)
      const lastEntry = preamble.distribution[last] ?? '';
      const earlier = last > 0 && lastEntry.length === previousPiece.length && lastEntry === previousPiece ? (preamble.distribution[last - 1] ?? '') : '';
      const wraps =
        (previousLength >= WRAP_WIDTH && !startsDistributionEntry(piece)) || continuesOfficeName(previousPiece, entry, earlier) || continuesDistributionEntry(previousPiece, entry) || finishesDistributionEntry(previousPiece, entry);
      // Across a blank line only an entry left open goes on (`... FRAZER (AF), LOWENKRON` / blank / `(DRL), AND ...`).
      const joins = lastLineBlank ? continuesDistributionEntry(previousPiece, entry, true) : wraps;
      // Several distribution lines reflowed onto one (`reflowedEntryAt`): the line is cut into one entry per
      // line the cable had, at most `MAX_REFLOWED_CUTS` cuts, each found after the one before (linear).
      // A line with a field reflowed onto its end counts with that field (`DOT FOR JANE ROEBUCK, CAROL POE FAA MIAMI FOR
      // MARK DOE E.O. 12958: N/A`); a handling tail does not (`STATE PASS OPIC FOR JROE NSC FOR MMAJOR AID/W FOR LAC/AA
      // SENSITIVE SIPDIS` stays one entry: test/preamble.test.ts). A long line is cut whatever its tail.
      const cuts: number[] = [0];
      const reflowed = entry.length > REFLOWED_WIDTH || (glued > 0 && trimEnd(text).length > REFLOWED_WIDTH);
      {
        let cut = reflowedEntryAt(piece, joins && last >= 0 ? (preamble.distribution[last] ?? '') : '', reflowed);
        while (cut > 0 && cuts.length <= MAX_REFLOWED_CUTS) {
          const from = (cuts[cuts.length - 1] as number) + cut;
          cuts.push(from);
          cut = reflowedEntryAt(piece.slice(from), '', true);
        }
      }
      for (let c = 0; c < cuts.length; c++) {
        const from = cuts[c] as number;
        const part = c + 1 < cuts.length ? trimEnd(piece.slice(from, cuts[c + 1])) : piece.slice(from);
        const partEntry = cuts.length === 1 ? entry : collapseWhitespace(part);
        const partSpan = from === 0 && part.length >= text.length ? wholeSpan(line, at) : pieceSpan(line, at + from, part.length);
        if (c === 0 && last >= 0 && lastSpan !== undefined && joins) {
          // `USDOC FOR 4332/ITA/MAC/WH/OLAC/` / `JANDERSEN/ADRISCOLL/MWARD`: a line broken after `/` joins without a space.
          // (Its end is the end of the piece last added: asking the joined entry would copy it on every line.)
          const previousEntry = preamble.distribution[last] ?? '';
          preamble.distribution[last] = lastEntryTail.endsWith('/') ? `${previousEntry}${partEntry}` : `${previousEntry} ${partEntry}`;
          lastEntryTail = partEntry;
          lastSpan.end = partSpan.end;
        } else {
          preamble.distribution.push(partEntry);
          distributionSpans.push(partSpan);
          lastEntryTail = partEntry;
        }
      }
      previousLength = entry.length;
      previousPiece = entry;
      lastLineBlank = false;
      continue;
    }
    bodyColumn = line.text.length - text.length;
    break;
  }
  spans.distribution = distributionSpans;
  const refContext: ReferenceContext = {};
  if (context.year !== undefined) refContext.year = context.year;
  if (context.date !== undefined) refContext.date = context.date;
  if (context.addressee !== undefined) refContext.addressee = context.addressee;
  if (context.referenceId !== undefined) refContext.referenceId = context.referenceId;
  // No archive id: the banner read above names the citing cable's own post and serial
  // (`UNCLAS SECTION 01 OF 02 ASTANA 000270`), so `REF: ASTANA 1234` there is a cable of the year before.
  else if (preamble.post !== null && preamble.serial !== null) {
    refContext.post = preamble.post;
    refContext.serial = preamble.serial;
  }
  const eo = blocks.eo[0];
  if (eo !== undefined) {
    preamble.executiveOrder = parseExecutiveOrder(eo.texts.join('\n'));
    spans.executiveOrder = blockSpan(eo);
    // A preamble block printed twice (`E.O. 12958: DECL: 03/13/2013` / `TAGS: CU PGOV` / `SUBJECT: ...`,
    // then the same lines again): the repeated E.O. line is the same field, a transmission line.
    const eoText = blocks.eo.length > 1 ? collapseWhitespace(eo.texts.join(' ')) : '';
    for (let k = 1; k < blocks.eo.length; k++) {
      const again = blocks.eo[k] as Block;
      if (collapseWhitespace(again.texts.join(' ')) === eoText) spans.transmission.push(blockSpan(again));
    }
  }
  // Loops, not `push(...list)`: a huge list must not overflow the call stack. A TAGS block printed
  // again (a repeated preamble) adds no tags: a tag a previous block gave is not added twice.
  // (Each tag with the index of the block that first gave it: a tag given again in that block stays.)
  const tagBlock = blocks.tags.length > 1 ? new Map<string, number>() : null;
  for (let k = 0; k < blocks.tags.length; k++) {
    // `TAGS: PM DEPT FOR EAP EAP MTS EAP MLS`: a distribution line run into the field is a distribution entry.
    const merged = cutDistributionFromTags(blocks.tags[k] as Block);
    if (merged !== null) {
      preamble.distribution.push(merged.entry);
      distributionSpans.push(merged.span);
    }
    const read = parseTags((blocks.tags[k] as Block).texts.join('\n'));
    for (const tag of read) {
      if (tagBlock !== null) {
        const first = tagBlock.get(tag);
        if (first !== undefined && first < k) continue;
        tagBlock.set(tag, k);
      }
      preamble.tags.push(tag);
    }
  }
  if (blocks.tags.length > 0) spans.tags = joinSpans(blocks.tags.map(blockSpan));
  // The first SUBJECT block that reads as a subject (`SUBJECT:` alone before a reflowed one does not).
  // A later block giving the same subject is the preamble printed again (a transmission line); one
  // that goes on where it stops is the full copy after a truncated one (`... TRADE AND`, then
  // `... TRADE AND INVESTMENT TIES`; cut inside a word too, `... OF SHEIKH YA`, then `... OF SHEIKH YASSIN`, when the cut
  // one holds at least `CUT_SUBJECT_MIN` characters): its text is the subject.
  let subjectAt = -1;
  for (let k = 0; k < blocks.subject.length; k++) {
    const block = blocks.subject[k] as Block;
    const details = parseSubjectDetails(block.texts.join('\n'));
    const subject = details.subject;
    if (subject === null) continue;
    if (subjectAt < 0 || preamble.subject === null) {
      preamble.subject = subject;
      preamble.subjectMarking = details.marking;
      spans.subject = blockSpan(block);
      subjectAt = k;
      continue;
    }
    // Compared in upper case: a lower-cased copy (`Subject: china and africa: ...`) is the same field.
    const upper = subject.toUpperCase();
    const chosen = preamble.subject.toUpperCase();
    if (upper === chosen) spans.transmission.push(blockSpan(block));
    else if (upper.length > chosen.length && upper.startsWith(chosen) && (upper.charCodeAt(chosen.length) === 32 || chosen.length >= CUT_SUBJECT_MIN)) {
      spans.transmission.push(blockSpan(blocks.subject[subjectAt] as Block));
      preamble.subject = subject;
      preamble.subjectMarking = details.marking ?? preamble.subjectMarking;
      spans.subject = blockSpan(block);
      subjectAt = k;
    }
  }
  // A caption reflowed onto the end of the REF block's last line:
  // `(H) 05 BRASILIA 1979 AND PREVIOUS SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY.`
  for (const block of blocks.ref) {
    const n = block.texts.length - 1;
    const lastText = block.texts[n] ?? '';
    const lastSpan = block.spans[n];
    const tail = trailingHandlingAt(lastText, true);
    if (tail === null || lastSpan === undefined) continue;
    for (const c of tail.caveats) if (!preamble.classification.caveats.includes(c)) preamble.classification.caveats.push(c);
    if (tail.sipdis) preamble.sipdis = true;
    const cut = Math.min(lastSpan.end, lastSpan.start + tail.at);
    spans.handling.push({ start: cut, end: lastSpan.end });
    cutLastPiece(block, tail.at, cut);
  }
  // A preamble printed twice (a truncated copy, then the full one) gives its REF list twice:
  // a block whose cited cables all come again in the next block is that copy, and skipped.
  const refLists = blocks.ref.map((block) => parseReferences(block.texts.join('\n'), refContext));
  for (let k = 0; k < blocks.ref.length; k++) {
    const block = blocks.ref[k] as Block;
    const refs = refLists[k] ?? [];
    // The skipped copy is a repeated transmission line, like a repeated SUBJECT: `REFS: (A) RIGA 0512, (B) Riga 0207`
    // before the preamble printed again with the same list.
    // A REF field that cites nothing, `REF: NONE`, `Ref: N/A`, carries no field either.
    if (repeatedIn(refs, refLists[k + 1]) || (refs.length === 0 && NO_REFERENCES.test(block.texts.slice(0, 2).join(' ').slice(0, 40)))) {
      for (const span of block.spans) spans.transmission.push(span);
      continue;
    }
    let from = { index: 0, at: 0 };
    const collapsed: (string | undefined)[] = [];
    let previousEnd = -1;
    for (let r = 0; r < refs.length; r++) {
      const ref = refs[r] as Reference;
      preamble.references.push(ref);
      const found = referenceSpan(block, collapsed, ref.text, from);
      // `REF:` alone on its line, the list after it (`REF:` / blank / `A. STATE 1234`): the first
      // reference's span starts at the keyword, which no other span holds.
      const head = block.spans[0];
      // A later label alone on its line, the entry on the next (`A)` / `TEL AVIV 4302` / `B)` / `JERUSALEM 1202`): the
      // entry's span starts at its label, which no other span holds.
      const gap = r > 0 && previousEnd >= 0 && typeof context.source === 'string' && found.span.start - previousEnd <= LABEL_GAP_MAX ? context.source.slice(previousEnd, found.span.start) : '';
      const label = LABEL_ALONE_GAP.exec(gap);
      if (r === 0 && found.index > 0 && head !== undefined && head.start < found.span.start) spans.references.push({ start: head.start, end: found.span.end });
      else if (label !== null) spans.references.push({ start: previousEnd + (label[1] ?? '').length, end: found.span.end });
      else spans.references.push(found.span);
      previousEnd = found.span.end;
      from = { index: found.index, at: found.at };
    }
  }
  const cb = blocks.classifiedBy[0];
  if (cb !== undefined) {
    preamble.classifiedBy = parseClassifiedBy(cb.texts.join('\n'));
    spans.classifiedBy = blockSpan(cb);
    // The statement printed again with a repeated preamble (`Classified By: Ambassador Jane Roe for reasons 1.4 (b), (d)`):
    // the same text is a transmission line; after a copy an archive cut (`Classified By: Ambassador Jane Roe for reason...`),
    // the full statement that goes on where it stops is the field.
    let cbText = blocks.classifiedBy.length > 1 ? collapseWhitespace(cb.texts.join(' ')) : '';
    let cbBlock = cb;
    for (let k = 1; k < blocks.classifiedBy.length; k++) {
      const again = blocks.classifiedBy[k] as Block;
      const againText = collapseWhitespace(again.texts.join(' '));
      if (againText === cbText) spans.transmission.push(blockSpan(again));
      else if (cbText.endsWith('...') && againText.length > cbText.length && againText.startsWith(cbText.slice(0, -3))) {
        spans.transmission.push(blockSpan(cbBlock));
        preamble.classifiedBy = parseClassifiedBy(again.texts.join('\n'));
        spans.classifiedBy = blockSpan(again);
        cbText = againText;
        cbBlock = again;
      }
    }
  }
  return { preamble, spans, end: i, bodyColumn: i < lines.length ? bodyColumn : 0, hasBanner, hasFields: fieldSeen };
}

/**
 * The lines of the body after a preamble read: from line `read.end` on, that line cut at
 * `read.bodyColumn` when the preamble ended inside it (the piece keeps the line's number and
 * end; its offset moves by the column, as for every piece of a line).
 */
export function linesAfterPreamble(lines: readonly SourceLine[], read: Pick<PreambleRead, 'end' | 'bodyColumn'>): SourceLine[] {
  const out = lines.slice(read.end);
  const first = out[0];
  if (first !== undefined && read.bodyColumn > 0) {
    const column = Math.min(read.bodyColumn, first.text.length);
    out[0] = { text: first.text.slice(column), offset: Math.min(first.offset + column, first.end), end: first.end, line: first.line };
  }
  return out;
}

/**
 * Whether every cable a REF list cites comes again in the next list (at least one cable, and
 * the next list no shorter): `A. USNATO 287 / B. USNATO ...` before `A. USNATO 287 B. USNATO 284 ...`.
 */
function repeatedIn(refs: readonly Reference[], next: readonly Reference[] | undefined): boolean {
  if (next === undefined || next.length < refs.length) return false;
  const ids = new Set<string>();
  for (const r of next) if (r.referenceId !== null) ids.add(r.referenceId);
  let cited = 0;
  for (const r of refs) {
    if (r.referenceId === null) continue;
    if (!ids.has(r.referenceId)) return false;
    cited++;
  }
  return cited > 0;
}

/** The source range of a line's text from `at` (the whole line, or the rest after a reflowed field). */
function wholeSpan(line: SourceLine, at: number): Span {
  return { start: Math.min(at, line.end), end: line.end };
}

/**
 * Cuts distribution text a source ran into a TAGS block (`findDistributionInTags`) out of it: the block keeps the
 * tags before it, and the text from there to the block's end is one distribution entry, returned with its span
 * (whitespace collapsed; a line ending in `/` goes on without a space, as between distribution lines):
 *
 *     TAGS: PM DEPT FOR EAP EAP MTS EAP MLS EAP RSP PM PPA      -> TAGS: PM  /  DEPT FOR EAP EAP MTS ...
 *
 * `null` when the block holds none. Each line is read once.
 */
function cutDistributionFromTags(block: Block): { entry: string; span: Span } | null {
  for (let n = 0; n < block.texts.length; n++) {
    const text = block.texts[n] as string;
    // A wrapped line (`n > 0`): words before its addressee that are no tag go with it (`EYES ONLY FOR AMBASSADOR`).
    const at = findDistributionInTags(text, n > 0);
    const span = block.spans[n];
    if (at < 0 || span === undefined) continue;
    let entry = collapseWhitespace(text.slice(at));
    for (let k = n + 1; k < block.texts.length; k++) {
      const more = collapseWhitespace(block.texts[k] as string);
      if (more !== '') entry = entry.endsWith('/') ? `${entry}${more}` : `${entry} ${more}`;
    }
    const last = block.spans[block.spans.length - 1] ?? span;
    const start = Math.min(span.start + at, span.end);
    const kept = trimEnd(text.slice(0, at));
    block.texts.length = n + 1;
    block.spans.length = n + 1;
    // A continuation line that held only the distribution text leaves the block.
    if (n > 0 && isBlank(kept)) {
      block.texts.length = n;
      block.spans.length = n;
    } else {
      block.texts[n] = kept;
      block.spans[n] = { start: span.start, end: Math.max(span.start, Math.min(span.end, span.start + kept.length)) };
    }
    return entry === '' ? null : { entry, span: { start, end: Math.max(start, last.end) } };
  }
  return null;
}

/** The source range of the first `length` characters of a line's text from `at`. */
function pieceSpan(line: SourceLine, at: number, length: number): Span {
  return { start: Math.min(at, line.end), end: Math.min(at + length, line.end) };
}

/** The lines of one preamble field, with their source ranges. */
interface Block {
  texts: string[];
  spans: Span[];
  /** The field was cut at `maxFieldLines`. */
  cut?: boolean;
  /** A SUBJECT field whose line is its own (whole, nothing cut off it): that line's length. */
  lineLength?: number;
}

/** The range from a block's first to its last piece. */
function blockSpan(block: Block): Span {
  const first = block.spans[0] ?? { start: 0, end: 0 };
  const last = block.spans[block.spans.length - 1] ?? first;
  return { start: first.start, end: Math.max(first.start, last.end) };
}

/** The smallest range holding all spans. */
function joinSpans(spans: readonly Span[]): Span | null {
  if (spans.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}

/**
 * The line of a REF block where a reference is written, searched from the end of the
 * previous reference's match (references come in order; several may share a line); the
 * whole block when the text is not found on one line. `collapsed` keeps the block's lines
 * with whitespace collapsed, as far as they were needed, for the next reference.
 */
function referenceSpan(
  block: Block,
  collapsed: (string | undefined)[],
  text: string,
  from: { index: number; at: number },
): { span: Span; index: number; at: number } {
  const wanted = collapseWhitespace(text);
  for (let k = from.index; k < block.texts.length; k++) {
    // As a whole: `09 STATE 1` is not in `09 STATE 12`.
    const line = (collapsed[k] ??= collapseWhitespace(block.texts[k] ?? ''));
    const startAt = k === from.index ? from.at : 0;
    for (let at = line.indexOf(wanted, startAt); at >= 0; at = line.indexOf(wanted, at + 1)) {
      if (!/[A-Za-z0-9]/.test(line.charAt(at + wanted.length))) return { span: block.spans[k] as Span, index: k, at: at + wanted.length };
    }
  }
  return { span: blockSpan(block), index: from.index, at: from.at };
}

/** The preamble's part of the cable's spans. */
export type PreambleSpans = Pick<
  CableSpans,
  'classification' | 'handling' | 'correctionNote' | 'distribution' | 'executiveOrder' | 'tags' | 'subject' | 'references' | 'classifiedBy' | 'transmission'
>;

/** The preamble's spans with every field absent. */
export function emptyPreambleSpans(): PreambleSpans {
  return {
    classification: null,
    handling: [],
    correctionNote: null,
    distribution: [],
    executiveOrder: null,
    tags: null,
    subject: null,
    references: [],
    classifiedBy: null,
    transmission: [],
  };
}

/**
 * A lettered item of a REF list: `     B. STATE 126870`, `(B) SAN JOSE 1549`, `C) 08 MUNICH 355`, `¶A. ISLAMABAD 21222`, in
 * lower case too: `b) Kabul 24`.
 */
const REF_LIST_ITEM = /^\s*\u00b6?\(?([A-Za-z])[.)]\s/;
/** A numbered item of a REF list in brackets: `      (2) STATE 2271` (anchored, bounded). */
const NUMBERED_REF_ITEM = /^\s*\u00b6?\((\d{1,2})\)\s/;
/** A REF keyword with nothing after it: `REF:`, `Refs:`. */
const EMPTY_REF = /^[\s"]*REF(?:S|TELS?|\(S\))?\s?[:.]?\s*$/i;

/**
 * Whether a lettered line after blank lines continues the list of a REF block: its letter
 * follows the last label of the block (`B` after `A) STATE 1`; `A` after a bare `REF:`).
 * A body paragraph labelled `A.` after an unlabelled REF, or a letter out of sequence, does not.
 * `(C)`, `(S)` and `(U)` are also portion markings (`(C) The minister said ...`): such an
 * item must cite a cable (`(C) SAN JOSE 1171`) or another known kind (`(C) MEMCON TOON-KORNIYENKO JUNE 2`), be a short entry
 * in capitals right under the list (`(C) GOK NOTE NO. 112 OF APRIL 3`, with `underLast`), or follow an item ending with `;` (a reference of any kind:
 * `(C) MEMCON, ARA/BR - BRAZILIAN EMBASSY, MARCH 4`, `(C) EMBASSY LETTER TO AA DIRECTOR VON KESSEL, JUNE 3;`), and never
 * hold two sentences with the line `under` it (`SENTENCE_BREAK`).
 */
function continuesRefList(block: Block | undefined, text: string, underLast = false, under?: string): boolean {
  if (block === undefined) return false;
  const item = REF_LIST_ITEM.exec(text);
  if (item === null) {
    // A numbered list's next item in brackets: `REF:  (1) 96 SEOUL 8812` / blank / `(2) STATE 2271`.
    const numbered = NUMBERED_REF_ITEM.exec(text);
    if (numbered !== null) {
      const last = parseReferences(block.texts.join('\n')).at(-1);
      return last?.label === String(Number(numbered[1]) - 1) && parseReferences(text).some((r) => r.kind === 'cable');
    }
    return endsEntryThenContinuesRefList(block, text);
  }
  const letter = (item[1] ?? '').toUpperCase();
  const refs = parseReferences(block.texts.join('\n'));
  const last = refs[refs.length - 1];
  if (last === undefined) return letter === 'A' && block.texts.length === 1 && EMPTY_REF.test(block.texts[0] ?? '');
  const label = last.label ?? '';
  if (label.length !== 1 || label < 'A' || label >= 'Z') return false;
  const next = String.fromCharCode(label.charCodeAt(0) + 1);
  if (next !== letter) {
    // Two labels, the list's next one second: `REF: A. A. GENEVA 1954 B. STATE 130904` / blank /
    // `¶B. C. STATE 130145 D. GENEVA 1675` (the first numbers the lines). Anchored, bounded.
    const second = /^\(?([A-Z])[.)]\s/.exec(text.slice(item[0].length, item[0].length + 8).trimStart());
    return second !== null && second[1] === next && parseReferences(text).some((r) => r.kind === 'cable');
  }
  if (!text.trimStart().startsWith('(') || (letter !== 'C' && letter !== 'S' && letter !== 'U')) return true;
  // (Or any reference after an item ending with `;`, the list going on: `(B) RIO DE JANEIRO 1190 (NOTAL);` /
  // `(C) MEMCON, ARA/BR - BRAZILIAN EMBASSY, MARCH 4`.)
  const before = trimEnd(block.texts[block.texts.length - 1] ?? '');
  if (before.endsWith(';')) return true;
  // (Or a reference of a known kind, `(C) MEMCON TOON-KORNIYENKO JUNE 2`, `(C) TELCON HELMS-ATHERTON MAY 2`; or, right under
  // the list's last line (`underLast`, no blank line between), a short entry in capitals with no sentence end,
  // `(C) GOK NOTE NO. 112 OF APRIL 3`, `(C) MOSCOW A-112`: not a paragraph's text, nor `(C) ENTIRE TEXT` after a blank line.)
  // (Never two sentences, also with the line under it: a reference is one citation, `(C) Kazakhstan 2009 elections
  // were flawed.` / `The Ambassador raised them.` is the body's first paragraph, its place name and year no cable.)
  if (SENTENCE_BREAK.test(under === undefined || isBlank(under) ? text : `${trimEnd(text)} ${under.trimStart()}`)) return false;
  const entry = parseReferences(text)[0];
  if (entry === undefined) return false;
  return entry.kind !== 'other' || (underLast && entry.text.length <= SHORT_REF_ENTRY && !/[a-z]/.test(entry.text) && !/[.!?:]$/.test(trimEnd(text)));
}

/**
 * A sentence's stop between two words, the next one capitalized: `... flawed. The Ambassador ...`,
 * `... KAZAKHSTAN. KAZAKHSTAN ...` (two letters before the stop: not `U.S. Embassy`, nor a cable's
 * `STATE 1234. NOTAL`). Unanchored; each try is a constant-length match.
 */
const SENTENCE_BREAK = /[A-Za-z]{2}[.!?][ \t]{1,3}[A-Z]/;

/** Longest REF entry of no known kind read as the list's next `(C)`, `(S)`, `(U)` item on the line under it (`continuesRefList`). */
const SHORT_REF_ENTRY = 40;

/** How far into a line the REF list's next label may stand after the end of the entry before it (`OF 10/6 D) STATE 1`). */
const REF_ENTRY_TAIL_CHARS = 40;

/** A letter label inside a line, after a space: ` D) `, ` D. `, ` (D) `. (Global: each one in a bounded head is tried.) */
const MID_REF_LABEL = /[ \t]\(?([A-Z])[.)][ \t]/g;

/**
 * Whether a line after blank lines ends the last entry of a REF block and then opens the list's next
 * label, citing a cable: the source broke the list inside an entry, and a blank line stood there:
 *
 *     REF: A) FARAWAY 3552 B) YONDER 4080 C) ROE E-MAIL
 *     (blank)
 *     OF 10/6 D) STATE 215870
 *
 * The label must be the letter after the block's last one, within `REF_ENTRY_TAIL_CHARS` characters,
 * after text that opens no paragraph or portion marking (`1. (C) ...`, `(C) Text`). Bounded: one
 * parse of the block, a scan of the line's head.
 */
function endsEntryThenContinuesRefList(block: Block, text: string): boolean {
  // Cheap pre-tests: a `)` or `.` in the line's head, and no label or marking opening the line.
  const head = text.slice(0, REF_ENTRY_TAIL_CHARS + 5);
  if (head.indexOf(')') < 0 && head.indexOf('.') < 0) return false;
  const first = text.trimStart();
  if (first.charCodeAt(0) === 40 || startsParagraph(first)) return false;
  const refs = parseReferences(block.texts.join('\n'));
  const label = refs[refs.length - 1]?.label ?? '';
  if (label.length !== 1 || label < 'A' || label >= 'Z') return false;
  const next = String.fromCharCode(label.charCodeAt(0) + 1);
  MID_REF_LABEL.lastIndex = 0;
  for (let m = MID_REF_LABEL.exec(head); m !== null; m = MID_REF_LABEL.exec(head)) {
    if (m[1] !== next) continue;
    const at = m.index + 1;
    if (isBlank(text.slice(0, at)) || at > REF_ENTRY_TAIL_CHARS) return false;
    return parseReferences(text.slice(at, at + GLUED_REF_CHARS))[0]?.kind === 'cable';
  }
  return false;
}

/**
 * The instruction after a handling caption (its final period removed):
 * `SENSITIVE BUT UNCLASSIFIED -- HANDLE ACCORDINGLY`, `... - PLEASE PROTECT ACCORDINGLY`,
 * `Sensitive but unclassified - handle accordingly`, `... UNCLASSIFIED, PLEASE TREAT ACCORDINGLY`,
 * `SENSITIVE BUT UNCLASSIFIED, NOT FOR INTERNET DISTRIBUTION`. Bounded repeats, anchored at the end.
 */
const CAPTION_INSTRUCTION = /(?:[ \t]?[-,]{1,2}[ \t]?|[ \t])(?:(?:PLEASE[ \t])?(?:HANDLE|PROTECT|TREAT)[ \t]ACCORDINGLY|NOT[ \t]FOR[ \t]INTERNET[ \t]DISTRIBUTION)$/i;

/**
 * The reason given after a `CORRECTED COPY` caption, in parentheses to the end of the line:
 * `CORRECTED COPY (PARA 28 CONTAINS ADDITIONAL INFORMATION ...)`, `C O R R E C T E D  C O P Y (ADDRESSEE)`,
 * `... C O P Y  (ADDING CAPTION)`. No parenthesis inside; bounded.
 */
const CORRECTION_REASON = /[ \t]{0,4}\([^()]{1,300}\)[ \t.]{0,4}$/;

/**
 * `CORRECTED COPY`, also letter-spaced (`C O R R E C T E D  C O P Y`) or partly spaced
 * (`C O R R E C T E D COPY`, `C O R R E C T COPY`), with dashes around.
 */
const CORRECTED_COPY = /^[-* \t]*(?:(?:SECOND|THIRD|2ND|3RD)[ \t]{1,3})?(?:CORRECT(?:ED)?|C[ \t]O[ \t]R[ \t]R[ \t]E[ \t]C[ \t]T(?:[ \t]E[ \t]D)?)[ \t]{1,4}(?:COPY|C[ \t]O[ \t]P[ \t]Y)\b/i;

/**
 * A caption line wholly in parentheses read as the caption itself: `(CORRECTED COPY - CLASSIFICATION CHANGED)`,
 * `(CORRECTED COPY)`. The two parentheses become spaces (positions stay); other lines are returned as they are.
 */
function unwrapCaption(text: string): string {
  const a = skipWhitespace(text);
  if (text.charCodeAt(a) !== 40) return text;
  let b = trimEnd(text).length;
  if (text.charCodeAt(b - 1) === 46) b--;
  if (text.charCodeAt(b - 1) !== 41 || text.indexOf('(', a + 1) >= 0 || text.indexOf(')') !== b - 1) return text;
  const inner = `${text.slice(0, a)} ${text.slice(a + 1, b - 1)} ${text.slice(b)}`;
  return CORRECTED_COPY.test(inner) ? inner : text;
}

/**
 * True when a line opens with the words of a CORRECTED COPY caption and goes on with a word (no dash, colon,
 * parenthesis or slashes before it): `SECOND CORRECTED COPY OF DRAFT INVESTMENT LAW`, a subject's wrapped words
 * when a subject goes on (a caption's note after a separator is a caption: `CORRECTED COPY - ADDRESSEES ADDED`).
 */
function captionWordsGoOn(text: string): boolean {
  const corrected = CORRECTED_COPY.exec(text);
  if (corrected === null) return false;
  const rest = text.slice(corrected[0].length);
  const c = rest.charCodeAt(skipWhitespace(rest));
  return isAsciiUpperCode(c) || isAsciiLowerCode(c);
}

/**
 * A CORRECTED COPY caption's note on the line under it, wholly in parentheses, in capitals, of words:
 * `CORRECTED COPY` / `(CORRECTED SIGNATURE LINE AND PARA 3 MARKING)` (not a portion marking, `(S//NF)`).
 */
function isNoteLine(text: string | undefined): boolean {
  if (text === undefined || text.length > CORRECTION_NOTE_CHARS) return false;
  const t = text.trim();
  const end = t.charCodeAt(t.length - 1) === 46 ? t.length - 1 : t.length;
  if (t.charCodeAt(0) !== 40 || t.charCodeAt(end - 1) !== 41 || end < 6) return false;
  const inner = t.slice(1, end - 1);
  return !/[()a-z]/.test(inner) && /[A-Z]{2}/.test(inner) && inner.trim().includes(' ') && matchMarking(t) === null;
}

/**
 * Where the caption of a `CORRECTED COPY` handling line with a note ends (its note starts), or
 * -1 when the whole line is the caption: `CORRECTED COPY - ADDRESSEES ADDED` -> after `- `,
 * `- - C O R R E C T E D  C O P Y - - (PARA 3 TEXT ADDED)` -> before the parenthesis,
 * `C O R R E C T E D COPY//SUBJECT LINE//` -> after the slashes. Only called on handling lines.
 */
function correctionCaptionEnd(raw: string): number {
  const text = unwrapCaption(raw);
  if (parseHandlingLine(text) !== null) return -1;
  const corrected = CORRECTED_COPY.exec(text);
  if (corrected === null) return -1;
  const reason = CORRECTION_REASON.exec(text);
  if (reason !== null && parseHandlingLine(text.slice(0, reason.index)) !== null) return reason.index;
  // The separator after the caption (`-`, `--`, `:`, `//`) is the caption's decoration.
  let end = corrected[0].length;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c !== 45 && c !== 58 && c !== 47 && !isWhitespaceCode(c)) break;
    end++;
  }
  return end >= trimEnd(text).length ? -1 : end;
}

/** How long the note after a `CORRECTED COPY` caption may be (`- ADDRESSEES ADDED`, `CAPTION`). */
const CORRECTION_NOTE_CHARS = 200;

/**
 * Whether what follows a `CORRECTED COPY` caption on its line says what was corrected:
 * nothing, a note after a dash or colon or in parentheses (`C O R R E C T COPY - ADDRESSEES ADDED`), or upper-case
 * words (`C O R R E C T E D COPY CAPTION`, `CORRECTED COPY TEXT`), also between slashes
 * (`C O R R E C T E D COPY//SUBJECT LINE//////`). Not a sentence.
 */
function isCorrectionNote(rest: string): boolean {
  const note = rest.trim();
  if (note.length > CORRECTION_NOTE_CHARS) return false;
  const c = note.charCodeAt(0);
  // `- ADDRESSEES ADDED`, `: PARA 3`, `(ADDED ADDRESSEE)`.
  if (note === '' || c === 45 || c === 58 || c === 40) return true;
  // `C O R R E C T E D COPY//SUBJECT LINE/////////`: after slashes, upper-case words and slashes
  // (a slash only after `//`: `CORRECTED COPY/DOCUMENT` is read as before).
  const slashed = c === 47 && note.charCodeAt(1) === 47;
  for (let k = 0; k < note.length; k++) {
    const d = note.charCodeAt(k);
    if (!((d >= 65 && d <= 90) || d === 32 || d === 9 || d === 46 || d === 44 || (slashed && d === 47))) return false;
  }
  return true;
}

/**
 * A handling line, also as a caption with a trailing period or an instruction:
 * `SENSITIVE BUT UNCLASSIFIED.`, `NOFORN.`, `SENSITIVE BUT UNCLASSIFIED -- HANDLE ACCORDINGLY`;
 * a `CORRECTED COPY` caption with its reason in parentheses (`CORRECTED COPY (ADDRESSEE)`);
 * quote debris of a CSV export around it (`"NOFORN`).
 */
function parseHandlingCaption(raw: string): ReturnType<typeof parseHandlingLine> {
  const text = unwrapCaption(raw.includes('"') ? trimQuotes(raw) : raw);
  const handling = parseHandlingLine(text);
  if (handling !== null) return handling;
  const corrected = CORRECTED_COPY.exec(text);
  if (corrected !== null) {
    const reason = CORRECTION_REASON.exec(text);
    const read = reason === null ? null : parseHandlingLine(text.slice(0, reason.index));
    if (read !== null) return read;
    // `C O R R E C T E D COPY CAPTION`, `C O R R E C T COPY - ADDRESSEES ADDED`: a caption all the same.
    if (isCorrectionNote(text.slice(corrected[0].length))) return { caveats: ['CORRECTED COPY'], sipdis: false };
  }
  let caption = text.trimEnd();
  if (caption.endsWith('.')) caption = caption.slice(0, -1);
  const instruction = CAPTION_INSTRUCTION.exec(caption);
  if (instruction !== null) caption = caption.slice(0, instruction.index);
  return caption.length < text.trimEnd().length ? parseHandlingLine(caption) : null;
}

/** The caveat words and SIPDIS without their spaces (`SENSITIVEBUTUNCLASSIFIED`), for `trailingHandlingAt`. */
const COMPACT_HANDLING_WORDS: readonly string[] = [...CAVEAT_WORDS.map((w) => w.replace(/ /g, '')), 'SIPDIS'];

/** How far from a line's end handling words reflowed onto it are looked for (a caption and its instruction). */
const TRAILING_HANDLING_CHARS = 120;
/** How many words from a line's end may start handling words reflowed onto it. */
const TRAILING_HANDLING_WORDS = 10;

/**
 * Handling words a reflowed preamble left at the end of another field's line: where they
 * start in `text`, with the caveats and SIPDIS; `null` when the line ends with none.
 *
 *     STATE PASS OPIC FOR DMORONESE ... AID/W FOR LAC/AA SENSITIVE SIPDIS          (distribution)
 *     (H) 05 BRASILIA 1979 AND PREVIOUS SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY.   (REF)
 *
 * The earliest of the last `TRAILING_HANDLING_WORDS` words from which the rest of the line
 * reads as a handling caption, within `TRAILING_HANDLING_CHARS` characters of the end (bounded
 * work per line). Something must stand before it. `NOTAL` and `CORRECTED COPY` are never
 * taken (`STATE 12345 NOTAL` marks the cited cable). With `ref`, only SIPDIS, `SENSITIVE BUT
 * UNCLASSIFIED`, `SENSITIVE` and `FOR OFFICIAL USE ONLY` are: `ANKARA 1561 EXDIS` marks the cited cable.
 */
function trailingHandlingAt(text: string, ref: boolean): { at: number; caveats: string[]; sipdis: boolean } | null {
  const end = trimEnd(text).length;
  const from = Math.max(0, end - TRAILING_HANDLING_CHARS);
  // Every caption read holds a caveat word or SIPDIS, maybe letter-spaced: without one in the
  // tail (spaces removed, upper-cased), no word start needs reading (most lines).
  const compact = text.slice(from, end).replace(/\s+/g, '').toUpperCase();
  if (!COMPACT_HANDLING_WORDS.some((w) => compact.includes(w))) return null;
  let found: { at: number; caveats: string[]; sipdis: boolean } | null = null;
  let words = 0;
  // Word starts, from the end backwards: each candidate is at most TRAILING_HANDLING_CHARS long.
  for (let k = end - 1; k > from && words < TRAILING_HANDLING_WORDS; k--) {
    if (!isWhitespaceCode(text.charCodeAt(k - 1)) || isWhitespaceCode(text.charCodeAt(k))) continue;
    words++;
    const handling = parseHandlingCaption(text.slice(k, end));
    if (handling !== null) found = { at: k, caveats: handling.caveats, sipdis: handling.sipdis };
  }
  if (found === null || text.slice(0, found.at).trim() === '') return null;
  if (found.caveats.includes('NOTAL') || found.caveats.includes('CORRECTED COPY')) return null;
  if (ref && !found.caveats.every((c) => c === 'SENSITIVE BUT UNCLASSIFIED' || c === 'SENSITIVE' || c === 'FOR OFFICIAL USE ONLY')) return null;
  return found;
}

/**
 * The note of a CORRECTED COPY caption from its pieces (the rest of the caption's line, then the lines it
 * wraps onto): whitespace collapsed, without the parentheses around it or the slashes after it.
 * `(PARA 28 CONTAINS ADDITIONAL INFORMATION)` -> `PARA 28 CONTAINS ADDITIONAL INFORMATION`, `SUBJECT LINE//` ->
 * `SUBJECT LINE`, `CHANGES MADE TO PARA 5 BELOW.` as written. A linear scan of each piece.
 */
function correctionNoteText(pieces: readonly string[]): string {
  let note = collapseWhitespace(pieces.join(' ')).trim();
  // `(ADDRESSEE)`, `(Updated Text Paragraph 12).`: one pair of parentheses around the whole note.
  if (note.charCodeAt(0) === 40) {
    const close = note.lastIndexOf(')');
    if (close > 0 && note.indexOf(')') === close && note.slice(close + 1).trim().replace(/\.$/, '') === '') note = note.slice(1, close).trim();
  }
  let end = note.length;
  while (end > 0 && note.charCodeAt(end - 1) === 47) end--;
  return note.slice(0, end).trim();
}

/** How many lines a CORRECTED COPY caption's note may wrap onto. */
const CORRECTION_NOTE_LINES = 2;

/**
 * Whether a line holding (the start or more of) a CORRECTED COPY caption's note goes on: the
 * note, after a dash or a colon, has four words or more and ends without a period or parenthesis
 * (`CORRECTED COPY - CHANGES MADE TO PARA 5 BELOW. THIS MESSAGE`; not `CORRECTED COPY - ADDRESSEES ADDED`),
 * or without a period before a line opening in lower case, the sentence going on (`Corrected copy: Paragraph 3
 * classification changed from (SBU)` / `to (C).`).
 */
function correctionNoteGoesOn(text: string, next?: string): boolean {
  const corrected = CORRECTED_COPY.exec(text);
  const note = (corrected === null ? text : text.slice(corrected[0].length)).trim();
  // A note opened in parentheses and not closed on its line goes on to the line closing it:
  // `CORRECTED COPY (PARAS 3 AND 4 REVISED AND DAR ES SALAAM ADDED AS` / `INFO ADDRESSEE)`.
  if (corrected !== null && note.charCodeAt(0) === 40) return note.indexOf(')') < 0;
  if (corrected !== null && note.charCodeAt(0) !== 45 && note.charCodeAt(0) !== 58) return false;
  const last = note.charCodeAt(note.length - 1);
  if (last === 46 || note.split(/\s+/, 8).length < 4) return false;
  return last !== 41 || (next !== undefined && isAsciiLowerCode(next.charCodeAt(skipWhitespace(next))));
}

/**
 * Whether the line after a CORRECTED COPY caption whose note goes on continues that note:
 * text that is no field, label, portion marking, rule, banner, handling line or distribution entry.
 */
function continuesCorrectionNote(line: SourceLine | undefined): boolean {
  if (line === undefined || isBlank(line.text)) return false;
  const t = line.text;
  if (fieldOf(t) !== null || startsParagraph(t) || t.trimStart().charCodeAt(0) === 40 || isRuleLine(t)) return false;
  return bannerKind(t) === NOT_BANNER && parseHandlingCaption(t) === null && !startsDistributionEntry(t);
}

/** `text` without the quotes (and spaces) around it: `"NOFORN ` -> `NOFORN`. */
function trimQuotes(text: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && (text.charCodeAt(a) === 34 || isWhitespaceCode(text.charCodeAt(a)))) a++;
  while (b > a && (text.charCodeAt(b - 1) === 34 || isWhitespaceCode(text.charCodeAt(b - 1)))) b--;
  return text.slice(a, b);
}

/** How many pieces of a Classified By block are read for its reasons (they follow within a few wrapped lines). */
const REASON_PIECES = 4;
/** How many characters of a Classified By block are read for its reasons (the keyword, the person, the reasons). */
const REASON_CHARS = 1500;

/**
 * Where the statement of a Classified By block ends, as an index into its pieces joined by
 * line breaks (read over the first `REASON_CHARS` characters at most); -1 when no reason is read.
 * With `next`, the text of a line that would continue the block is read after the pieces.
 */
function statementEndIn(block: Block, next?: string): { end: number; lastStart: number } {
  const n = block.texts.length;
  if (n > REASON_PIECES) return { end: -1, lastStart: 0 };
  let joined = '';
  for (let k = 0; k < n - 1; k++) joined += `${block.texts[k] ?? ''}\n`;
  const lastStart = joined.length;
  if (lastStart >= REASON_CHARS) return { end: -1, lastStart };
  joined += (block.texts[n - 1] ?? '').slice(0, REASON_CHARS);
  if (next !== undefined) joined += `\n${next.slice(0, REASON_CHARS)}`;
  return { end: classifiedByEnd(joined), lastStart };
}

/**
 * Words that go on a Classified By statement after its reasons rather than start the body:
 * `1.4 (b) and (d) of E.O. 12958`, `... (d) AS AMENDED`, `... (b) FOR ...`.
 */
const STATEMENT_WORDS: ReadonlySet<string> = new Set([
  // `1.4 (B) AN` + line break + `D (D)`: `and` broken over the line end.
  'AN', 'ND',
  'AND', 'OR', 'OF', 'PER', 'FOR', 'UNDER', 'IN', 'AS', 'AT', 'BY', 'ON', 'TO', 'EO', 'REASON', 'REASONS',
  'AMENDED', 'SECTION', 'SEC', 'EXECUTIVE', 'ORDER', 'DECL', 'DECLASSIFY', 'DERIVED', 'FROM',
]);

/**
 * Whether text after the reasons of a Classified By statement, on their line, starts the body:
 * a paragraph label (`1. (C) Summary. ...`), a portion marking (`(C/NF) On the draft ...`),
 * or a capitalized word that does not go on the statement (`Summary`, `This is an action
 * request; ...`, `SUMMARY -------`). Not `(b+d)`, `..`, `\\`, `and (d`, `of E.O. 12958`.
 */
function startsBodyAfterReasons(rest: string): boolean {
  if (rest === '') return false;
  if (startsParagraph(rest)) return true;
  if (rest.charCodeAt(0) === 40) return matchMarking(rest) !== null;
  // A capitalized word of two or more letters: `Summary`, `This`, `CONFIDENTIAL`.
  const word = /^[A-Z][A-Za-z'-]{1,30}/.exec(rest);
  return word !== null && !STATEMENT_WORDS.has(word[0].toUpperCase());
}

/** Where a piece of a line stands: the line, the column of the piece in it, and the input (for true offsets). */
interface PieceAt {
  line: SourceLine;
  base: number;
  source: string | null | undefined;
}

/**
 * The input offset of column `column` of a piece: true when the input is known (an HTML
 * line's text is shorter than its source), else the line's offset plus the column.
 */
function offsetIn(where: PieceAt, column: number): number {
  const { line, source } = where;
  const k = where.base + column;
  if (typeof source !== 'string') return Math.min(line.offset + k, line.end);
  return k <= 0 ? line.offset : k >= line.text.length ? line.end : lineFrom(line, k, source).offset;
}

/**
 * Cuts a block's last piece to its first `length` characters (trailing spaces dropped from
 * the text) and its span to end at offset `end` (where the next span starts, so no gap is
 * left between them).
 */
function cutLastPiece(block: Block, length: number, end: number): void {
  const n = block.texts.length - 1;
  block.texts[n] = trimEnd((block.texts[n] ?? '').slice(0, length));
  const span = block.spans[n];
  if (span !== undefined) block.spans[n] = { start: span.start, end: Math.max(span.start, Math.min(span.end, end)) };
}

/**
 * The body reflowed after the reasons of a Classified By block, on their line:
 *
 *     Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d) 1. (C) Summary. The minister ...
 *     CLASSIFIED BY: John Doe, CG. REASON: 1.4 (b), (d) This is an action request; ...
 *
 * Cuts the block's last piece after the reasons and returns the column of the body in that
 * piece; -1 (nothing cut) when the reasons do not end in the last piece or no body follows them.
 */
function bodyAfterReasons(block: Block, where: PieceAt): number {
  const { end, lastStart } = statementEndIn(block);
  if (end <= lastStart) return -1;
  const last = block.texts[block.texts.length - 1] ?? '';
  const after = end - lastStart;
  let column = after;
  while (column < last.length && isWhitespaceCode(last.charCodeAt(column))) column++;
  if (column >= last.length || !startsBodyAfterReasons(last.slice(column, column + 40))) return -1;
  // `... REASON: 1.4 (b), (d) CONFIDENTIAL`: a bare classification word is no body (the statement keeps it).
  if (bannerKind(last.slice(column)) === BARE_CLASSIFICATION) return -1;
  cutLastPiece(block, after, offsetIn(where, column));
  return column;
}

/**
 * The body reflowed onto a line of a REF block, after the references (a paragraph, maybe
 * after a page marker: `referenceBodyStart`). Cuts the block's last piece there (the piece
 * starts at source offset `at` of `line`), adds the span of a page marker before the body to
 * `transmission`, and returns the column of the body in the piece, or -1.
 */
function bodyAfterReferences(block: Block, where: PieceAt, transmission: Span[]): number {
  const last = block.texts[block.texts.length - 1] ?? '';
  const found = referenceBodyStart(last);
  if (found === null) return -1;
  const marker = found.marker;
  const cut = marker === null ? found.body : marker.start;
  cutLastPiece(block, cut, offsetIn(where, cut));
  // The marker's span reaches the body: no gap between them.
  if (marker !== null) transmission.push({ start: offsetIn(where, marker.start), end: offsetIn(where, found.body) });
  return found.body;
}

/**
 * A note reflowed onto a REF line after the references, which `parseReferences` ends the list at:
 * `REF: A. LONDON 2198      B. LONDON 2199  NOTE:  FOR TECHNICAL REASONS, THIS CABLE IS ...`.
 * After a space; no repeat.
 */
const INLINE_NOTE = /\sNOTE[ \t]?:/i;

/**
 * The note reflowed onto the last line of a REF block, after some reference text: cuts the block's
 * last piece before `NOTE:` (the references' span never holds the note). With `bodyMayStart` (no
 * field follows), the body starts at the note, which the body reads as a note block: returns its
 * column in the piece. Else the note is left to `unparsed` (-1). -1 when there is no such note.
 * A `:` test first (most REF lines hold none after the keyword).
 */
function cutNoteAfterReferences(block: Block, where: PieceAt, bodyMayStart: boolean): number {
  const n = block.texts.length - 1;
  const last = block.texts[n] ?? '';
  const colon = last.indexOf(':', 4);
  if (colon < 0) return -1;
  const m = INLINE_NOTE.exec(last);
  if (m === null) return -1;
  const column = m.index + 1;
  // Some reference before the note (on this piece or the block's lines before it), not only the keyword.
  let before = last.slice(0, column);
  for (let k = n - 1; k >= 0 && k >= n - REASON_PIECES; k--) before = `${block.texts[k] ?? ''}\n${before}`;
  if (parseReferences(before).length === 0) return -1;
  cutLastPiece(block, column, offsetIn(where, column));
  return bodyMayStart ? column : -1;
}

/** Longest portion marking read at the end of a REF line (`(SBU)`, `(C/NF)`, `(S//REL TO USA, FVEY)`). */
const TRAILING_MARKING_MAX = 40;

/**
 * The body's first portion marking reflowed onto the end of a REF line, its text on the next line
 * (a flattened copy: `SUBJECT: ... GAERC REF: STATE 86108 (SBU)` / `Poloff delivered GAERC points ...`).
 * The marking must follow some reference text after a space, close the line, and not be the next
 * label of the list (`REF: (A) STATE 1 (B) STATE 2 (C)` / `STATE 3`); the next line must open with a
 * sentence-case word (`Poloff`, not `STATE 5678` or a field keyword). Cuts the block's last piece
 * there and returns the marking's column in the piece, or -1. A `)` test before anything else.
 */
function bodyAtTrailingMarking(block: Block, where: PieceAt, next: SourceLine | undefined): number {
  if (next === undefined) return -1;
  const last = block.texts[block.texts.length - 1] ?? '';
  const end = trimEnd(last).length;
  if (last.charCodeAt(end - 1) !== 41) return -1; // ')'
  const open = last.lastIndexOf('(', end - 1);
  if (open < 2 || end - open > TRAILING_MARKING_MAX || !isWhitespaceCode(last.charCodeAt(open - 1))) return -1;
  const marking = matchMarking(last.slice(open, end));
  if (marking === null || marking.length < end - open) return -1;
  // The next line: a sentence-case word first (bounded look at its start), and no preamble field.
  if (!/^[\s"]{0,8}[A-Z][a-z]/.test(next.text.slice(0, 12)) || fieldOf(next.text) !== null) return -1;
  // Some reference text before the marking, not only the keyword; a list label is no marking.
  const refs = parseReferences(last.slice(0, open));
  const label = refs[refs.length - 1]?.label ?? '';
  if (refs.length === 0 || (marking.marking.length === 1 && label.length === 1 && label.charCodeAt(0) + 1 === marking.marking.charCodeAt(0))) return -1;
  cutLastPiece(block, open, offsetIn(where, open));
  return open;
}

/** A line that opens with a portion marking and text: ` (SBU) Poloff delivered ...`, `(C/NF) The minister ...`. */
function startsMarkedText(text: string): boolean {
  let k = 0;
  while (k < text.length && isWhitespaceCode(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) !== 40) return false;
  const marking = matchMarking(text.slice(k, k + 80));
  return marking !== null && /^[A-Za-z"'\u201c]/.test(text.slice(k + marking.length, k + marking.length + 1));
}

/**
 * A sensitivity note right under the subject (no blank line between in a flattened copy):
 * `THIS CABLE IS SENSITIVE BUT UNCLASSIFIED. PLEASE HANDLE`, `This message is Sensitive But Unclassified.`
 * It is text, not the rest of the subject. Anchored; read on the line's start.
 */
const SENSITIVITY_NOTE = /^[\s"]{0,8}THIS[ \t](?:CABLE|MESSAGE|TELEGRAM)[ \t]IS[ \t]SENSITIVE\b/i;

/**
 * Whether a line after a field block, which would otherwise continue it, starts the body:
 * - after a complete Classified By statement (its reasons read to the end of its text), a line
 *   that adds no reasons (`Summary`, `Department action request ...`); `(b) and (d)` after
 *   `... for reasons 1.4` still continues it, and so does a `Derived from:` line;
 * - after SUBJECT, a sensitivity note (`THIS CABLE IS SENSITIVE BUT UNCLASSIFIED. ...`);
 * - after SUBJECT or REF, a line opening with a portion marking (` (SBU) Poloff delivered
 *   reftel demarche ...`), unless it is the next lettered item of the REF list (`(C) SAN JOSE 1171`);
 * - a short line right over a rule line: a heading (`Summary` / `-------`).
 */
function endsField(field: Field, block: Block, text: string, next: SourceLine | undefined): boolean {
  // `.` alone on the line after the reasons: punctuation goes on the statement; so does its source after them
  // (`Classified By: ... Reason 1.4 (c)` / `Derived from: TD-314/029411-09`).
  if (field === 'classifiedBy' && /[A-Za-z0-9]/.test(text) && !DERIVED_FROM_LINE.test(text)) {
    const done = statementEndIn(block);
    if (done.end > 0) {
      // The statement is complete when nothing but punctuation follows its reasons.
      const last = block.texts[block.texts.length - 1] ?? '';
      const complete = done.end >= done.lastStart && !/[A-Za-z0-9]/.test(last.slice(done.end - done.lastStart));
      if (complete && statementEndIn(block, text).end <= done.lastStart + last.length) return true;
    }
  } else if (field === 'subject' && text.length > 16 && SENSITIVITY_NOTE.test(text)) {
    return true;
  } else if (field === 'subject' && endsShortSubject(block, text)) {
    return true;
  } else if (field === 'subject' && DATELINE.test(text)) {
    // A media reaction's dateline under the subject opens the body: `PARIS - THURSDAY, JUNE 10, 2004`.
    return true;
  } else if (field === 'ref' && block.texts.length === 1 && opensProseUnderRef(block.texts[0] ?? '', text)) {
    // The unnumbered body typed right under a one-line REF citing one cable: `REF: STATE 152210` / `EMBASSY DELIVERED
    // REFTEL REQUEST JUNE 10 TO MFA PERMANENT` (see `opensProseUnderRef`).
    return true;
  } else if (field === 'ref' && block.texts.length === 1 && ONE_CABLE_REF_LINE.test(block.texts[0] ?? '') && FIRST_OTHER_STYLE_LABEL.test(text) && !parseReferences(text).some((r) => r.kind === 'cable')) {
    // The first paragraph in another numbering style right under a one-line REF citing one cable without a label (a list
    // the REF line did not open): `REF: STATE 77120` / `(1) (C) ENTIRE TEXT.`, `1/ THE MINISTER SAID ...`.
    return true;
  } else if (field === 'ref' && BODY_CAPTION_LINE.test(text)) {
    // An unnumbered summary glued right under the REF line opens the body: `REF: A) STATE 98231 B) LIMA 4102` /
    // `SUMMARY: THE GOP'S PRIVATIZATION COMMISSION ...` (not a title's word wrapped there, `SUMMARY FOR FEBRUARY 22-26`);
    // so does an action request's caption: `REF: STATE 199411` / `ACTION REQUESTED: PLEASE ADVISE ARRIVAL TIMES ...`.
    return true;
  } else if ((field === 'subject' || field === 'ref') && (TIME_LED_LINE.test(text) || MESSAGE_END_LINE.test(text) || QUOTE_OPENER_LINE.test(text))) {
    // A sitrep typed right under its subject or REF line: `SUBJECT: COUP ATTEMPT: SITREP 2` / `1150 LOCAL: RADIO UGANDA
    // OFF THE AIR ...`; the message's end marks, never a field's text (`BT`, `NNNN`, `#3318`); and a repeat's opener of
    // the cable it quotes (`SUBJ: EVACUATION OF PORTUGUESE NATIONALS FROM LUANDA` / `QUOTE` / `1. PORTUGUESE ...`).
    return true;
  } else if ((field === 'subject' || field === 'ref') && startsMarkedText(text)) {
    // `(C) SAN JOSE 1171`, `(C)BRASILIA 727;`: a lettered item citing a cable goes on the list.
    // A subject whose line ends with a colon or comma goes on, a marking and all: a series name before the topic's
    // marking (`SUBJECT: START FOLLOW-ON NEGOTIATIONS, GENEVA (SFO-GVA-VII):` / `(U) DEFINITIONS AND TREATY TEXT ...`).
    // (Only a topic in capitals goes on: `(SBU) Summary: At a November 20 meeting ...` is the body.)
    if (field === 'subject') return !(endsWithColonOrComma(block.texts[block.texts.length - 1] ?? '') && !/[a-z]/.test(text));
    if (!(continuesRefList(block, text, true) || (/^\s*\([A-Z]\)/.test(text) && parseReferences(text).some((r) => r.kind === 'cable')))) return true;
  }
  if (field === 'eo' || field === 'tags' || next === undefined || !isRuleLine(next.text)) return false;
  const heading = text.trim();
  // (Not a field's wrapped end over a rule with no blank line between: `Classified By: ... reasons 1.4 (b)` / `and (d).` /
  // `-------` / `Summary`: a lower-case word first, or a sentence's period last.)
  // (Nor a Classified By's reasons wrapped there: `1.4 (b), (c) and (d)`, `(b) and (d)`.)
  return heading.length > 0 && heading.length <= 60 && !/^\(?[A-Z][.)]\s/.test(heading) && !isAsciiLowerCode(heading.charCodeAt(0)) && !heading.endsWith('.') && !(field === 'classifiedBy' && /^[\d(]/.test(heading));
}

/**
 * A line opening with a time of day and its colon or dash, as a sitrep's entries do: `1150 LOCAL: ...`, `0930 HOURS -
 * ...`, `2215Z: ...` (not a subject wrapped before its time: `... SITUATION AS OF` / `0600 LOCAL NOVEMBER 22`). Anchored,
 * bounded.
 */
const TIME_LED_LINE = /^[ \t]{0,8}(?:[01]\d|2[0-3])[0-5]\d(?:Z|[ \t](?:LOCAL|HOURS|HRS|GMT|UTC))[ \t]?(?::|-{1,2}[ \t])/;
/** A dateline: a place, a dash, a weekday and a date: `PARIS - THURSDAY, JUNE 10, 2004` (anchored, bounded). */
export const DATELINE = /^[ \t]{0,8}[A-Z][A-Z .'-]{1,30} -{1,2} (?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY,? [A-Z]{3,9}\.? \d{1,2},? \d{4}[ \t]*$/i;
/**
 * A first paragraph label in another numbering style than `1.`, then a space: `(1) `, `1) `, `1/ `, `1 - `, `A. `, `A) `
 * (anchored, bounded).
 */
const FIRST_OTHER_STYLE_LABEL = /^[ \t]{0,8}(?:\(1\)|1\)|1\/|1[ \t]{1,2}-|A[.)]|\(A\))[ \t]/;
/** A one-line REF citing one cable without a label, its serial last: `REF: STATE 152210`, `REF:  95 NAIROBI 4410` (not `REF: A. USNATO 278`; anchored, bounded). */
const ONE_CABLE_REF_LINE = /^[ \t]{0,8}REF(?:TEL)?[ \t]{0,2}:[ \t]{0,4}(?:\d{2}[ \t])?(?![A-Z][.)])[A-Z][A-Z .'-]{1,30}[ \t]\d{1,6}[ \t]*$/;
/** Words of a sentence, never of a reference's description: `THE`, `TO`, `THAT`, `WHO`, `WITH` (a fixed list). */
const SENTENCE_WORDS: ReadonlySet<string> = new Set(['THE', 'TO', 'THAT', 'WHO', 'WITH', 'WAS', 'WERE', 'HAS', 'HAD', 'WILL', 'WOULD', 'AN', 'A', 'AS', 'IS', 'ARE']);

/**
 * True when `text`, right under a REF line citing one cable and nothing else (`ONE_CABLE_REF_LINE`), is a sentence: six
 * words or more, one of them a sentence's (`SENTENCE_WORDS`), no addressing or passing line: `EMBASSY DELIVERED REFTEL
 * REQUEST JUNE 10 TO MFA PERMANENT`. A
 * reference's wrapped description follows no serial (`REF: A. STATE 48213 (DESIGNATIONS UNDER` / ...).
 */
function opensProseUnderRef(ref: string, text: string): boolean {
  if (!ONE_CABLE_REF_LINE.test(ref)) return false;
  const words = text.trim().split(/\s+/);
  // (Not a line addressing or passing the message: `FOR THE AMBASSADOR FROM ...`, `PLEASE PASS TO THE MINISTER ...`.)
  if (words.length < 6 || words[0] === 'FOR' || text.indexOf('PASS') >= 0 || isAddressingLine(text) || opensAddresseeEntry(text)) return false;
  return words.some((w) => SENTENCE_WORDS.has(w));
}

/**
 * A post's name alone after a banner's level (and section), no serial: `NAIROBI`, `NEW DELHI`; not a caption's words
 * (`EYES ONLY`, `PERSONAL FOR ...`, `SVC`, a precedence). Anchored, bounded; fixed alternatives.
 */
const BANNER_POST_ONLY = /^(?!.*\b(?:ONLY|FOR|FROM|TO|EYES|PERSONAL|IMMEDIATE|PRIORITY|ROUTINE|FLASH|NIACT|SVC|COPY|TEXT|ENTIRE|PART|OF)\b)[A-Z][A-Z.'-]{1,20}(?: [A-Z][A-Z.'-]{1,20}){0,3}$/;

/**
 * A summary's or an action request's opener with its colon, opening a line: `SUMMARY: ...`, `(C) SUMMARY: ...`,
 * `Summary: ...`, `ACTION REQUESTED: PLEASE ADVISE ...`, `(SBU) Action Request: ...` (anchored, bounded).
 */
const BODY_CAPTION_LINE =
  /^[ \t]{0,8}(?:\([A-Z/]{1,10}\)[ \t]{0,4})?(?:SUMMARY|Summary|ACTION REQUEST(?:ED)?|Action [Rr]equest(?:ed)?)[ \t]{0,2}:/;
/** A transmission's end mark alone on its line: `BT`, `NNNN`, `#3318` (anchored, bounded). */
const MESSAGE_END_LINE = /^[ \t]{0,8}(?:BT|NNNN|#\d{3,6})[ \t]*$/;
/** A quotation's opener alone on its line, as a repeat opens the cable it repeats: `QUOTE`, `QTE`, `BEGIN QUOTE:` (anchored, bounded). */
const QUOTE_OPENER_LINE = /^[ \t]{0,8}(?:BEGIN[ \t]{1,3})?(?:QUOTE|QTE)[ \t]{0,2}[:.]?[ \t]*$/;

/** True when a line's last visible character is a colon or a comma: its sentence goes on. */
function endsWithColonOrComma(text: string): boolean {
  const t = trimEnd(text);
  const c = t.charCodeAt(t.length - 1);
  return c === 58 || c === 44;
}

/** Whether a line next to a rule line is a handling caption the rule frames (`C O R R E C T E D  C O P Y`). */
function framesCaption(line: SourceLine | undefined): boolean {
  return line !== undefined && !isRuleLine(line.text) && parseHandlingCaption(line.text) !== null;
}

/** Longest SUBJECT line (keyword included) read as whole when a sentence's end follows on the next line. */
const SHORT_SUBJECT_LINE = 40;
/** Words a subject's line may break after: `... TALKS ON` / `THE BUDGET`. */
const SUBJECT_CONNECTORS: ReadonlySet<string> = new Set(['AND', 'OF', 'THE', 'TO', 'FOR', 'ON', 'IN', 'WITH', 'AT', 'BY', 'FROM', 'A', 'AN', 'ITS', 'OR', 'VS', 'VS.']);

/**
 * True when a subject of one short line of its own (at most `SHORT_SUBJECT_LINE` characters: wrapped subjects fill
 * their line) is whole and `text`, right under it without a blank line, is the body: it ends a sentence. A subject
 * line ending with a comma, colon, dash or a connector word goes on, and so does a rest without a sentence's end
 * (`SUBJ: CIVAIR: US-USSR BILATERAL` / `TALKS`; subjects wrap from about 50 characters on, so a longer first line
 * tells nothing).
 *
 *     SUBJECT: THANKS
 *     PLEASE CONVEY MY THANKS TO THE MINISTER.      <- the body
 *     RUSK
 */
function endsShortSubject(block: Block, text: string): boolean {
  if (block.texts.length !== 1 || block.lineLength === undefined || block.lineLength > SHORT_SUBJECT_LINE) return false;
  const first = trimEnd(block.texts[0] ?? '');
  const end = first.charCodeAt(first.length - 1);
  if (end === 44 || end === 58 || end === 45 || end === 38 || end === 47) return false;
  if (SUBJECT_CONNECTORS.has(first.slice(first.lastIndexOf(' ') + 1).toUpperCase())) return false;
  return /[.!?]["')]?$/.test(trimEnd(text));
}

/** How long a subject's last line after a blank line may be (a few words: `TO LONDON`). */
const SUBJECT_TAIL_CHARS = 60;

/**
 * Whether a line after a SUBJECT block and blank lines may end the subject: short, upper case,
 * no paragraph label, portion marking, rule, or sentence end (`TO LONDON`; not `1. (C) ...`,
 * `SUMMARY:`). `fieldFollows` must hold too.
 */
function endsSubjectAfterGap(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > SUBJECT_TAIL_CHARS || /[a-z]/.test(t) || !/[A-Z]{2}/.test(t)) return false;
  const last = t.charCodeAt(t.length - 1);
  // `.` or `:` at the end: a heading or a sentence (`SUMMARY:`), not the rest of a title.
  if (last === 46 || last === 58) return false;
  return t.charCodeAt(0) !== 40 && !startsParagraph(t) && !isRuleLine(t) && !isPageMarker(t);
}

/** A body heading's first words, never the rest of a subject: `SUMMARY`, `BEGIN SUMMARY`, `COMMENT`, `BACKGROUND`. Anchored. */
const BODY_HEADING_START = /^\s*(?:BEGIN\s+)?(?:SUMMARY|COMMENT|BACKGROUND|INTRODUCTION|ACTION\s+REQUEST)\b/;

/** A message series number alone after a banner's serial: `TOSEC 040122`, `SECTO 12345` (anchored, bounded). */
const SERIES_NUMBER = /^(?:TOSEC|SECTO)\s{1,3}\d{1,6}$/;
/** A message series number opening a banner's rest, more after it: `TOSEC 320077 NODIS` (group 1 the number; anchored, bounded). */
const SERIES_NUMBER_FIRST = /^(?:TOSEC|SECTO)\s{1,3}(\d{1,6})\s{1,4}(?=\S)/;

/** Words no subject ends with: an article, a preposition or a conjunction (`... PLANS FOR THE`). */
const JOINING_WORDS = new Set(['THE', 'A', 'AN', 'OF', 'FOR', 'TO', 'AND', 'OR', 'IN', 'ON', 'AT', 'BY', 'WITH', 'FROM', 'INTO', 'ITS', 'THEIR', 'OVER', 'ABOUT', 'AGAINST', 'BETWEEN', 'AMONG', 'TOWARD', 'TOWARDS']);

/** Whether a subject line stops on a joining word (`JOINING_WORDS`), so its title goes on. */
function endsOnJoiningWord(text: string): boolean {
  const t = text.trimEnd();
  const space = t.lastIndexOf(' ');
  return space > 0 && JOINING_WORDS.has(t.slice(space + 1));
}

/** How many lines after a line `fieldFollows` looks at (blank lines between). */
const FIELD_LOOKAHEAD = 3;

/** Whether the next non-blank line after line `k`, within `FIELD_LOOKAHEAD` lines, starts a preamble field. */
function fieldFollows(lines: readonly SourceLine[], k: number): boolean {
  for (let j = k + 1; j < lines.length && j <= k + FIELD_LOOKAHEAD; j++) {
    const text = (lines[j] as SourceLine).text;
    if (isBlank(text)) continue;
    return fieldOf(text) !== null;
  }
  return false;
}

/**
 * A section's title opening the body over its numbered paragraphs, no name's initial: a roman `I.` (`I. BACKGROUND`), or
 * a letter before a section word or an article (`A. SUMMARY`, `A. THE BAHAMIAN SIDE AGREED.`). Anchored, fixed words.
 */
const SECTION_TITLE_LINE = /^[ \t]{0,8}(?:I\.|[A-Z]\.[ \t]{1,2}(?:THE|AN?|SUMMARY|BACKGROUND|INTRODUCTION|OVERVIEW|COMMENT|CONCLUSIONS?)\b)/;

/** A body's first paragraph label: `1. (SBU) Summary: ...`, `1.  THE MINISTER ...` (anchored, bounded). */
const FIRST_PARAGRAPH_LINE = /^[ \t]{0,8}\u00b6?1\.[ \t]/;

/**
 * Whether the body's first numbered paragraph (`FIRST_PARAGRAPH_LINE`) opens the block after line `k` (after a blank
 * line, within `FIELD_LOOKAHEAD` lines): a lettered item `A.` on line `k` cannot come before paragraph 1, so an initial
 * there is a name's (`... CALL ON INTERIOR MINISTER` / `A. REHMAN MALIK -- SWAT RETURNS ...` / blank / `1. (SBU) ...`).
 */
function firstParagraphFollows(lines: readonly SourceLine[], k: number): boolean {
  let blank = false;
  for (let j = k + 1; j < lines.length && j <= k + FIELD_LOOKAHEAD; j++) {
    const text = (lines[j] as SourceLine).text;
    if (isBlank(text)) blank = true;
    else return blank && FIRST_PARAGRAPH_LINE.test(text);
  }
  return false;
}

/** `SECRETARY` ending a line, where the archive inserted its `SIPDIS` in 2002-2004 copies (anchored at the end). */
const SECRETARY_END = /\bSECRETARY[ \t]*$/i;

/**
 * What stands between two references of a list when the second's label is alone on its line: a line break, the label
 * (`B)`, `(B)`, `B.`), a line break (group 1 the blanks before the label). Anchored, bounded.
 */
const LABEL_ALONE_GAP = /^([ \t]*\r?\n[ \t]{0,20})\(?[A-Z]{1,2}[.)][ \t]*\r?\n[ \t]{0,20}$/;

/** Longest gap `LABEL_ALONE_GAP` is tried on. */
const LABEL_GAP_MAX = 60;

/** Fewest characters of a subject cut inside a word for a later, longer one going on from it to be its full copy. */
const CUT_SUBJECT_MIN = 12;

/** The fields a later section's banner may cut, their rest under it (`goesOnAcrossSection`). */
type CutField = 'subject' | 'tags' | 'classifiedBy';

/**
 * The field a later section's banner at line `k` cut: the subject, TAGS or Classified By block whose last line is the
 * last line of text above the banner (blank lines, page markers, handling and bare classification lines passed over),
 * or `null`.
 */
function fieldCutAt(blocks: Readonly<Record<Field, Block[]>>, lines: readonly SourceLine[], k: number): CutField | null {
  let j = k - 1;
  for (let n = 0; j >= 0 && n < FIELD_CUT_LOOKBACK; j--, n++) {
    const text = (lines[j] as SourceLine).text;
    if (isBlank(text) || isPageMarker(text) || bannerKind(text) !== NOT_BANNER || parseHandlingCaption(text) !== null) continue;
    break;
  }
  if (j < 0) return null;
  const above = lines[j] as SourceLine;
  for (const field of ['subject', 'tags', 'classifiedBy'] as const) {
    const span = blocks[field][blocks[field].length - 1]?.spans.at(-1);
    if (span !== undefined && span.start <= above.end && span.end > above.offset) return field;
  }
  return null;
}

/** How many lines above a section's banner `fieldCutAt` passes over (its blank lines, a marker, handling lines). */
const FIELD_CUT_LOOKBACK = 8;

/** A TAGS line's rest under a banner: upper-case codes of two to four letters, a country code among them (`JO IZ IR`; anchored). */
const TAGS_REST = /^[ \t]{0,8}[A-Z]{2,4}(?:,?[ \t]{1,2}[A-Z]{2,4}){0,7},?[ \t]*$/;

/**
 * Whether `text`, the first line of text under a later section's banner that cut `field` (see `fieldCutAt`), is that
 * field's rest:
 * - a subject stopped on a joining word (`... STALLS AGAIN ON`), or with a field next, goes on with a short upper-case
 *   line that addresses nothing (`HYDROCARBON LAW; KRG AND OIL MINISTRY TRADE ACCUSATIONS`);
 * - TAGS go on with a line of codes, a two-letter country code among them (`JO IZ IR`);
 * - a Classified By statement goes on as after a page marker (`goesOnAfterMarker`).
 */
function goesOnAcrossSection(field: CutField, block: Block, text: string, lines: readonly SourceLine[], k: number): boolean {
  if (fieldOf(text) !== null) return false;
  switch (field) {
    case 'subject':
      return (
        endsSubjectAfterGap(text) &&
        (endsOnJoiningWord(block.texts[block.texts.length - 1] ?? '') || fieldFollows(lines, k)) &&
        !BODY_HEADING_START.test(text) &&
        !opensAddresseeEntry(text) &&
        !ADDRESSING_LINE.test(text) &&
        !isAddressingLine(text)
      );
    case 'tags':
      return TAGS_REST.test(text) && /(?:^|[\s,])[A-Z]{2}(?=[\s,]|$)/.test(text.trim());
    case 'classifiedBy':
      return goesOnAfterMarker(block, text);
  }
}

/** The rest of a reason's letters after a connector: `and (d).`, `, (D)`, `& d.` (anchored, bounded). */
const REASON_LETTERS_REST = /^[ \t]{0,8}(?:(?:and|&)[ \t]{1,2}|,[ \t]{0,2})\(?[a-h]\)?(?:(?:[ \t]{0,2}(?:[,&+]|and)[ \t]{1,2}|[ \t]?)\(?[a-h]\)?){0,6}\.?[ \t]*$/i;

/** A statement's text ending on a reason's letter, more letters to come: `... reasons 1.4 (b)`, `... 1.4(b),` (anchored at the end). */
const REASON_LETTER_END = /\b1\s?\.\s?[3-6][ \t]{0,2}\(?[a-h]\)?,?$/i;

/** Longest line read as a Classified By statement's rest after a page marker (`goesOnAfterMarker`): two wrapped lines. */
const STATEMENT_REST_WIDTH = 140;

/** A reason number ending a statement's text, its letters still to come: `... reasons 1.4` (anchored at the end). */
const BARE_REASON_END = /\b1\s?\.\s?[3-6][ \t]*$/;

/** A line of reason letters only: `(b) and (d).`, `(B), (D)`, `b and d.` (anchored, bounded). */
const REASON_LETTERS_LINE = /^[ \t]{0,8}\(?[a-h]\)?(?:(?:[ \t]{0,2}(?:[,&+]|and)[ \t]{1,2}|[ \t]?)\(?[a-h]\)?){0,7}\.?[ \t]*$/i;

/**
 * Whether `text`, the first line after a page marker that cut a Classified By statement (blank lines around the marker),
 * goes on the statement: the statement has no reasons yet and the line gives them (`Silliman for reasons 1.4 (b) and
 * (d).`, `Patricia A. Butenis for reasons 1.4 (b) and (d).`), or the statement ends on a bare reason number and the line
 * gives its letters (`... reasons 1.4` / marker / `(b) and (d).`), or on a reason's first letter and the line gives the
 * rest (`... reasons 1.4 (b)` / marker / `and (d).`). Also asked under a later section's banner (`goesOnAcrossSection`).
 * No paragraph label or field opens the line, at most
 * `STATEMENT_REST_WIDTH` characters.
 */
function goesOnAfterMarker(block: Block, text: string): boolean {
  if (text.length > STATEMENT_REST_WIDTH || fieldOf(text) !== null || startsParagraph(text)) return false;
  const last = trimEnd(block.texts[block.texts.length - 1] ?? '');
  if (BARE_REASON_END.test(last)) return REASON_LETTERS_LINE.test(text);
  // (A reason's first letter given, the rest to come: `... reasons 1.4 (b)` / `and (d).`.)
  if (REASON_LETTER_END.test(last)) return REASON_LETTERS_REST.test(text);
  return !givesReasons(block) && REASON_NUMBER.test(text) && /\breasons?\b/i.test(text);
}

/** True when a Classified By statement read so far (its lines joined) gives a reason number: `... reasons 1.4 (b)`. */
function givesReasons(block: Block | undefined): boolean {
  return block !== undefined && REASON_NUMBER.test(block.texts.join(' '));
}

/** A reason opening a line with a space after its dot, then its letter: `1. 4 (b) and (d).`, `¶1. 5 (B)` (anchored, bounded). */
const SPACED_REASON_FIRST = /^[ \t]{0,8}\u00b6?1\.[ \t][4-6][ \t]{0,2}\(?[A-Ha-h]\b/;

/** `DECL` in a line (an order line's declassification: `E.O. 12958: DECL: 05/12/2019`). */
const DECL_WORD = /\bDECL/i;

/**
 * True when an order line (`E.O. 12958 ...`) right under the last line of a Classified By or a REF block is that
 * field's wrapped rest: the statement's reasons, none read before it and no `DECL` on the line; or the end of a
 * reference's parenthesis that the block's last line leaves open, or of an entry wrapped over the list's next letter
 * (`next`, the line under it: `wrapsBeforeNextLabel`).
 */
function orderGoesOnField(blocks: readonly Block[], field: 'classifiedBy' | 'ref', text: string, next: string | undefined): boolean {
  const block = blocks[blocks.length - 1];
  if (block === undefined) return false;
  if (field === 'classifiedBy') return REASON_NUMBER.test(text) && !DECL_WORD.test(text) && !block.texts.some((t) => REASON_NUMBER.test(t));
  return closesOpenParenthesis(block.texts[block.texts.length - 1] ?? '', text) || wrapsBeforeNextLabel(block.texts.join('\n'), text, next);
}

/**
 * True when `text` is the wrapped rest of the subject or the Classified By in `block`, opening with a person's initial
 * (`opensWithInitialAndName`): the field's last line ends on a letter (a title waiting for its name), and a subject's
 * next field follows (`fieldFollows`: `fieldAfter`) or the statement's reasons are on the line.
 */
function initialWrapsField(blocks: readonly Block[], text: string, fieldAfter: boolean): boolean {
  const block = blocks[blocks.length - 1];
  const last = block?.texts[block.texts.length - 1];
  if (last === undefined || !opensWithInitialAndName(text.slice(skipWhitespace(text)))) return false;
  const end = trimEnd(last);
  if (!isAsciiUpperCode(end.charCodeAt(end.length - 1)) && !isAsciiLowerCode(end.charCodeAt(end.length - 1))) return false;
  return fieldAfter || REASON_NUMBER.test(text);
}

/**
 * True when `text`, right under the subject's last line, is the subject's wrapped rest although it opens like a lettered
 * paragraph: its letter is one no body opens with (not `A` nor `I`: a case's `V.`, an initial), a word in capitals
 * follows it, and the subject's last line ends on a letter (a title going on, not a sentence or a colon):
 *
 *     SUBJECT: MLAT REQUEST FOR BANK RECORDS IN UNITED STATES
 *     V. DESMOND A. ROLLE ET AL.
 */
function wrapsBeforeLetter(blocks: readonly Block[], text: string): boolean {
  const block = blocks[blocks.length - 1];
  const last = trimEnd(block?.texts[block.texts.length - 1] ?? '');
  const t = text.slice(skipWhitespace(text));
  const letter = t.charCodeAt(0);
  if (letter === 65 || letter === 73 || !isAsciiUpperCode(letter) || t.charCodeAt(1) !== 46 || !/^ {1,2}[A-Z]{2}/.test(t.slice(2, 6))) return false;
  return isAsciiUpperCode(last.charCodeAt(last.length - 1)) || isAsciiLowerCode(last.charCodeAt(last.length - 1));
}

/**
 * A distribution line opening with an agency's addressee: `DEPT FOR EUR/SOV`, `USDA ALSO FOR FAS`, `STATE PASS TO USDA/FAS`,
 * `USDA/FAS FOR OGA/TGOODMAN` (the agencies of `DISTRIBUTION_AGENCIES`, maybe with an office after a slash). Anchored, one
 * optional word between: linear.
 */
const AGENCY_ENTRY = new RegExp(`^[ \\t]{0,20}(?:${DISTRIBUTION_AGENCIES.join('|')})(?:/[A-Z0-9]{1,10})?[ \\t](?:(?:ALSO|PLEASE|PLS)[ \\t])?(?:FOR|PASS)\\b`);

/** Whether a line opens an agency's distribution entry (`AGENCY_ENTRY`: `DEPT PASS AID AND USDA`); cheap pre-test: ` FOR` or `PASS` in it. */
function opensAgencyEntry(text: string): boolean {
  return (text.indexOf(' FOR') > 0 || text.indexOf('PASS') > 0) && AGENCY_ENTRY.test(text);
}

/**
 * A distribution line opening with any addressee of one or two words, then `FOR` or `PASS`: `GENEVA FOR RMO`,
 * `USDAO FOR ATTACHE`, `ADDIS ABABA FOR DATT`, `DEPT ALSO PASS USIA` (not a request, `PLEASE PASS TO ...`, `YOUR
 * MESSAGE FOR ...`); of up to three words before `PLEASE PASS`: `ESTH HUB OFFICERS PLEASE PASS TO POSTS IN REGION`.
 * Anchored, bounded runs: linear.
 */
const ADDRESSEE_ENTRY =
  /^[ \t]{0,20}(?!(?:PLEASE|PLS|KINDLY|YOUR|REQUEST)\b)[A-Z][A-Z0-9/&.-]{1,20}(?:(?:[ \t][A-Z][A-Z0-9/&.-]{1,20})?(?:[ \t]ALSO)?[ \t](?:FOR|PASS)\b|(?:[ \t][A-Z][A-Z0-9/&.-]{1,20}){1,2}[ \t](?:PLEASE|PLS)[ \t]PASS\b)/;

/**
 * An addressee's entry passing the message on with `ALSO`, alone on its line: `USCINCEUR ALSO FOR POLAD`, `DEPT ALSO PASS
 * USIA` (the addressee of one or two words, then at most three words). Anchored, bounded runs: linear.
 */
const ALSO_ENTRY = /^[ \t]{0,20}[A-Z][A-Z0-9/&.-]{1,20}(?:[ \t][A-Z][A-Z0-9/&.-]{1,20})?[ \t]ALSO[ \t](?:FOR|PASS)(?:[ \t]{1,3}[A-Z0-9/&.-]{1,20}){1,3}[ \t]*$/;

/** A sentence's end or a colon before more text: `RECEIVED GARBLED. PLEASE`, `FOR ADMIN: YOUR 0112` (bounded). */
const TEXT_AFTER_MARK = /[.:;][ \t]{1,8}\S/;

/** Whether a line under a service message's banner (`UNCLAS SVC`) is a distribution entry alone: `USDAO FOR ATTACHE`. */
function opensServiceEntry(text: string): boolean {
  return opensAddresseeEntry(text) && !TEXT_AFTER_MARK.test(text);
}

/**
 * Whether a line is a distribution entry where no text can stand, under a banner before the fields or a service
 * message's banner: an agency's (`AGENCY_ENTRY`) or any addressee's of one or two words (`ADDRESSEE_ENTRY`).
 */
export function opensAddresseeEntry(text: string): boolean {
  return (text.indexOf(' FOR') > 0 || text.indexOf('PASS') > 0) && (AGENCY_ENTRY.test(text) || ADDRESSEE_ENTRY.test(text));
}

/** How many lines after a distribution line read after a field `distributionBeforeField` looks at for the next field. */
const LATE_DISTRIBUTION_LOOKAHEAD = 4;

/**
 * Whether line `k`, after a field and not read as its continuation, is a distribution line (or the wrapped rest of one,
 * `afterEntry`) that the preamble's order put after a field: a field keyword line the preamble has not read yet
 * (`TAGS:`, `SUBJ:`, `SUBJECT:`, `REF:`, `E.O. 12065`) follows within `LATE_DISTRIBUTION_LOOKAHEAD` lines, with only blank
 * lines and more such lines between:
 *
 *     E.O. 12065: N/A
 *     USDA FOR FAS/ITP AND FAS/FCOP
 *     TAGS: EAGR, ETRD, BR
 *
 *     TAGS: PFOR, UR, US
 *     DEPT FOR EUR/SOV
 *     SUBJ: ...
 *
 * Never a paragraph (`1. (C) ...`), marked text, or a `SUMMARY:` line. Cheap pre-test: a field keyword line follows.
 */
function distributionBeforeField(lines: readonly SourceLine[], k: number, read: Record<Field, Block[]>, afterEntry: boolean): boolean {
  let follows = false;
  for (let j = k + 1; j < lines.length && j <= k + LATE_DISTRIBUTION_LOOKAHEAD; j++) {
    const next = (lines[j] as SourceLine).text;
    if (isBlank(next)) continue;
    if (startsFieldKeyword(next)) {
      const field = fieldOf(next);
      follows = field !== null && field !== 'classifiedBy' && read[field].length === 0;
      break;
    }
    if (startsParagraph(next) || isRuleLine(next)) return false;
  }
  if (!follows) return false;
  const text = (lines[k] as SourceLine).text;
  if (startsParagraph(text) || startsMarkedText(text) || /^\s*SUMMARY\b/i.test(text)) return false;
  // `USDA FOR FAS/ITP AND FAS/FCOP`, `DEPT PASS TO TREASURY`, `FOR THE SECRETARY FROM TOON`; after one, its wrapped rest
  // (`AND FAS/FCOP`). Or any caption in capitals standing between two fields, no sentence: `E.O. 12356: DECL: OADR` /
  // `EXDIS` / `MILITARY ADDRESSEES HANDLE AS SPECAT EXCLUSIVE` / `TAGS: ...`, `INFORM CONSULS`, `MED CHANNEL`.
  return afterEntry || startsDistributionEntry(text) || isAddressingLine(text) || isCaptionBetweenFields(text);
}

/**
 * A negotiating delegation's caption of its message series: `SALT TWO - DELEGATION MESSAGE NO. 188`, a series code alone
 * `CFE-DEL-0117`, `CD-DEL-0212`, `INF-DEL-0377` (anchored, bounded).
 */
const DELEGATION_CAPTION = /^[ \t]{0,8}(?:[A-Z]{2,8}(?:[ \t][A-Z]{2,8})?[ \t]{1,2}-{1,2}[ \t]{1,2}DELEGATION[ \t]MESSAGE[ \t]NO\.?[ \t]?\d{1,5}|[A-Z]{2,6}-DEL-\d{3,5})[ \t]*$/;

/** Whether a line is a delegation's caption (`DELEGATION_CAPTION`); ` MESSAGE NO` or `-DEL-` in it is the pre-test. */
function isDelegationCaption(text: string): boolean {
  return (text.indexOf('-DEL-') > 0 || text.indexOf(' MESSAGE NO') > 0) && DELEGATION_CAPTION.test(text);
}

/** Longest caption read between two fields (`isCaptionBetweenFields`). */
const CAPTION_BETWEEN_FIELDS_LENGTH = 70;

/**
 * True when a line can be a caption standing between two preamble fields: capitals (no lower-case letter), at most
 * `CAPTION_BETWEEN_FIELDS_LENGTH` characters, a capital first, no sentence end (`MILITARY ADDRESSEES HANDLE AS SPECAT
 * EXCLUSIVE`, `INFORM CONSULS`, `MED CHANNEL`). The caller checks that a field not read yet follows.
 */
function isCaptionBetweenFields(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= CAPTION_BETWEEN_FIELDS_LENGTH && isAsciiUpperCode(t.charCodeAt(0)) && !/[a-z]/.test(t) && !/[.;]$/.test(t);
}

/** Most lines of a block of distribution lines after the fields (`inDistributionBlock`). */
const DISTRIBUTION_BLOCK_LINES = 6;

/**
 * Whether line `k`, after the fields, is in a block of distribution lines set off before the text: a blank line before
 * the block (or `inBlock`, its line before taken as one), a blank line or the end after it, and every line of it an
 * agency's or any addressee's entry (`AGENCY_ENTRY`, `ADDRESSEE_ENTRY`) or an addressing line (`isAddressingLine`,
 * `ADDRESSING_LINE`), none ending a sentence. Agency traffic puts its passing lines after the subject or the references:
 *
 *     REF: A. 04 STATE 268114
 *     (blank)
 *     FOR USAID MISSION DIRECTORS AND HEALTH OFFICERS FROM GH/OHA
 *     DEPT ALSO PASS HHS/OGHA AND CDC/GAP
 *     (blank)
 *     1. THIS IS AN ACTION CABLE ...
 *
 * Bounded: `DISTRIBUTION_BLOCK_LINES` lines looked at.
 */
function inDistributionBlock(lines: readonly SourceLine[], k: number, inBlock: boolean): boolean {
  const before = lines[k - 1];
  if (!inBlock && (before === undefined || !isBlank(before.text))) return false;
  let j = k;
  // The rest of an addressing line wrapped before its `FROM`, the line before taken as the block's (`... AND UNDER
  // SECRETARY` / `NEWSOM FROM SULLIVAN`).
  const line = (lines[k] as SourceLine).text;
  if (inBlock && before !== undefined && !isBlank(line) && before.text.indexOf(' FROM ') < 0 && isAddressingLine(`${trimEnd(before.text)} ${line.trim()}`)) j++;
  // (The block ends at a blank line, or, under a field (`inBlock`), at the next field's line: `... STATE 207733` / `DEPT
  // PLEASE PASS USTR FOR WEISEL AND USDA/FAS` / `Classified By: ...`.)
  const ends = (text: string): boolean => isBlank(text) || (inBlock && j > k && fieldOf(text) !== null);
  for (; j < lines.length && j < k + DISTRIBUTION_BLOCK_LINES; j++) {
    const text = (lines[j] as SourceLine).text;
    if (ends(text)) break;
    if (trimEnd(text).endsWith('.')) return false;
    if (opensAgencyEntry(text) || isAddressingLine(text)) continue;
    // An addressing line wrapped before its `FROM`: `FOR THE SECRETARY, DEPUTY SECRETARY CHRISTOPHER AND UNDER SECRETARY`
    // / `NEWSOM FROM SULLIVAN`.
    const next = lines[j + 1]?.text;
    if (next !== undefined && !isBlank(next) && text.indexOf(' FROM ') < 0 && isAddressingLine(`${trimEnd(text)} ${next.trim()}`)) {
      j++;
      continue;
    }
    // Any addressee's entry, `ROME FOR FODAG`, and a line passing the message on in capitals, `PLEASE PASS TO TREASURY`
    // (`For the Secretary from the Ambassador` in mixed case is text).
    if (!opensAddresseeEntry(text) && !(ADDRESSING_LINE.test(text) && !/[a-z]/.test(text))) return false;
  }
  return j > k && (j >= lines.length || ends((lines[j] as SourceLine).text));
}

/**
 * True when a SUBJECT line names a subject other than the one read before it (`blocks`, the subject blocks so far): not
 * the same one again (the preamble printed twice), nor one going on where it stops (the whole copy after a cut one),
 * and the one read is whole (no ellipsis). Compared in upper case.
 */
function opensOtherSubject(blocks: readonly Block[], text: string): boolean {
  const first = blocks[0];
  if (first === undefined) return false;
  const before = parseSubjectDetails(first.texts.join('\n')).subject;
  const now = parseSubjectDetails(text).subject;
  if (before === null || now === null || before.endsWith('...')) return false;
  const a = before.toUpperCase();
  const b = now.toUpperCase();
  return a !== b && !b.startsWith(a) && !a.startsWith(b);
}

/** Longest addressing line read by `isAddressingLine`. */
const ADDRESSING_LINE_LENGTH = 90;

/**
 * True when an upper-case line names who the message is for and from, and nothing else: `FOR THE SECRETARY FROM THE
 * AMBASSADOR`, `FOR AMBASSADOR BOWLES FROM ROSTOW`, `FOR CODEL GOODLATTE FROM CHARGE CHICOLA`: `FOR ` first, ` FROM `
 * inside; or a byline, `FROM` and a title (`BYLINE_TITLES`) first: `FROM AMBASSADOR PAMELA P. WILLEFORD`. At most 12
 * words, no lower-case letter and no sentence end (a plain scan, no pattern).
 */
function isAddressingLine(text: string): boolean {
  let t = text.trim();
  // After a caption limiting who reads it: `EYES ONLY FOR THE SECRETARY FROM SEELYE`, `EXCLUSIVE FOR ... FROM ...`.
  const caption = ADDRESSING_CAPTION_FIRST.exec(t);
  if (caption !== null) t = t.slice(caption[0].length);
  if (t.length > ADDRESSING_LINE_LENGTH || !(t.startsWith('FOR ') || t.startsWith('FROM ')) || t.endsWith('.') || /[a-z]/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 12) return false;
  // A byline: `FROM AMBASSADOR PAMELA P. WILLEFORD`, `FROM THE CHARGE`.
  if (words[0] === 'FROM') return BYLINE_TITLES.has((words[1] === 'THE' ? words[2] : words[1]) ?? '');
  const from = words.indexOf('FROM');
  return from > 1 && from < words.length - 1;
}

/** A caption before an addressing line's `FOR`: `EYES ONLY `, `LITERALLY EYES ONLY `, `EXCLUSIVE `, `PERSONAL ` (anchored). */
const ADDRESSING_CAPTION_FIRST = /^(?:(?:LITERALLY )?EYES ONLY|EXCLUSIVE|PERSONAL) (?=FOR )/;

/**
 * True when a line names who the message is for and from (`isAddressingLine`) by an office path or a title right after
 * `FOR`: `FOR EUR/CE FROM AMBASSADOR`, `FOR THE SECRETARY FROM THE AMBASSADOR`, `FOR DCM FROM EUR/WE DIRECTOR`; not a
 * subject's wrapped words, `FOR A VISIT FROM MAY 3 TO 5`.
 */
function isOfficeAddressingLine(text: string): boolean {
  if (!isAddressingLine(text) || !text.trimStart().startsWith('FOR ')) return false;
  if (text.indexOf('/') > 0) return true;
  const words = text.trim().split(/\s+/);
  return BYLINE_TITLES.has((words[1] === 'THE' ? words[2] : words[1]) ?? '');
}

/** The titles a byline names its writer by (`FROM AMBASSADOR PAMELA P. WILLEFORD`). */
const BYLINE_TITLES: ReadonlySet<string> = new Set(['AMBASSADOR', 'CHARGE', 'DCM', 'SECRETARY', 'ACTING', 'DEPUTY', 'CONSUL', 'AMBASSADORS']);

/**
 * True when line `k` is an addressing line (`isAddressingLine`) set off by blank lines (or the text's end)
 * after the preamble's fields: the line before it is blank, and so is the line after it.
 */
function addressesText(lines: readonly SourceLine[], k: number): boolean {
  const before = lines[k - 1];
  const after = lines[k + 1];
  return before !== undefined && isBlank(before.text) && (after === undefined || isBlank(after.text)) && isAddressingLine((lines[k] as SourceLine).text);
}

/**
 * A date alone on a line: `February 7`, `Feb. 7, 2007`, `7 February 2007`, `FEBRUARY 7, 2007.`
 * Anchored at both ends, bounded repeats.
 */
const DATE_LINE =
  /^[ \t]*(?:(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]{0,6}\.?[ \t]{1,3}\d{1,2}(?:,?[ \t]{1,3}\d{4})?|\d{1,2}[ \t]{1,3}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]{0,6}\.?(?:,?[ \t]{1,3}\d{4})?)[ \t]{0,3}\.?[ \t]*$/i;

/** Whether a line holds only a date (`February 7`); a length and digit test before the pattern. */
function isDateLine(text: string): boolean {
  if (text.length > 40) return false;
  let digit = false;
  for (let k = 0; k < text.length && !digit; k++) digit = isAsciiDigitCode(text.charCodeAt(k));
  return digit && DATE_LINE.test(text);
}

/** How many of a TAGS block's last lines are read for a person tag left open (`OVIP (BREZHNEV,`). */
const OPEN_TAG_LINES = 3;

/** Whether the last lines of a TAGS block leave a parenthesis open: `TAGS: PFOR, UR, US, OVIP (BREZHNEV,` (bounded: `OPEN_TAG_LINES`). */
function opensPersonTag(block: Block | undefined): boolean {
  if (block === undefined) return false;
  let depth = 0;
  for (let n = Math.max(0, block.texts.length - OPEN_TAG_LINES); n < block.texts.length; n++) {
    const text = block.texts[n] as string;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === 40) depth++;
      else if (c === 41 && depth > 0) depth--;
    }
  }
  return depth > 0;
}

/**
 * Whether a wrapped TAGS line holds a person tag, or the rest of one, with initials or a name in parentheses
 * (a period or an apostrophe inside the parentheses, or the line opening with the parenthesis):
 *
 *     TAGS: PFOR, PARM, ETRD, EEWT, UR, US, OVIP (BREZHNEV,        `open`: the parenthesis goes on
 *           LEONID I.)                                            to its `)` on this line
 *     TAGS: PFOR, PARM, UR, US,
 *           OVIP (BREZHNEV, LEONID I.)
 *     TAGS: PFOR, PARM, UR, US, OVIP
 *           (BREZHNEV, LEONID)                                    a group with a comma (not `(C) TEXT`)
 *
 * Outside parentheses only upper-case tag characters; every parenthesis closes on the line. One pass: linear.
 */
function continuesPersonTag(text: string, open: boolean): boolean {
  // Cheap pre-test: a `)` in a short line (most body lines are sentences without one).
  if (text.length > 100 || text.indexOf(')') < 0) return false;
  let k = skipWhitespace(text);
  if (text.length - k > 80) return false;
  let depth = open ? 1 : 0;
  // A line opening with a group: a name with a comma, never a portion marking (`(C) THE MINISTER`).
  if (!open && text.charCodeAt(k) === 40) {
    const close = text.indexOf(')', k);
    if (text.lastIndexOf(',', close) < k || matchMarking(text.slice(k, k + 40)) !== null) return false;
  }
  for (; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 40) depth++;
    else if (c === 41) {
      if (depth === 0) return false;
      depth--;
    } else if ((c >= 65 && c <= 90) || isAsciiDigitCode(c) || c === 44 || c === 59 || c === 45 || c === 47 || isWhitespaceCode(c)) continue;
    // `LEONID I.)`, `(O'BRIEN, JOHN)`: an initial's period or an apostrophe inside a name only.
    else if (!(depth > 0 && (c === 46 || c === 39))) return false;
  }
  return depth === 0;
}

/**
 * The wrapped end of an E.O. 12065 line: the classifier's office code (`OR-M`, `OR-P`, `OR-E`), maybe after the rest of
 * the name in parentheses (`W., JR.) OR-M`). Anchored, bounded.
 */
const EO_WRAPPED_END = /^[ \t]{0,12}(?:[A-Z][A-Za-z.,' ]{0,30}\)[ \t]{1,3})?OR-[A-Z]{1,2}\.?[ \t]*$/;

/**
 * True when `text`, under a TAGS block whose lines separate their tags with commas, has no comma and four words or
 * more, three of them longer than six letters: a headline (a subject that lost its keyword), not tags wrapped
 * (`TAGS: PINT, PGOV, TU` / `ECEVIT GOVERNMENT SURVIVES CENSURE MOTION BY NINE VOTES`).
 */
function isHeadlineUnderTags(text: string, block: Block | undefined): boolean {
  if (block === undefined || text.indexOf(',') >= 0 || !block.texts.some((t) => t.indexOf(',') >= 0)) return false;
  const words = text.trim().split(/\s+/);
  return words.length >= 4 && words.filter((w) => w.length > 6).length >= 3;
}

/** Lines looked at below a headline for a SUBJECT line (`subjectAhead`). */
const SUBJECT_AHEAD_LINES = 8;

/** True when a SUBJECT line stands within `SUBJECT_AHEAD_LINES` lines after line `i`. */
function subjectAhead(lines: readonly SourceLine[], i: number): boolean {
  for (let k = i + 1; k < lines.length && k <= i + SUBJECT_AHEAD_LINES; k++) if (fieldOf((lines[k] as SourceLine).text) === 'subject') return true;
  return false;
}

/** Whether a line continues the field block before it (`block`: the field's block so far). */
function continues(field: Field, text: string, block?: Block): boolean {
  switch (field) {
    case 'tags':
      // Wrapped tag lines: short upper-case tokens only; in a lower-cased cable, a comma
      // list of short codes (`cf`, `ke, marr, su`: no sentence). A person tag with initials: `continuesPersonTag`.
      // (Not a headline under a TAGS line written with commas: `TAGS: PINT, PGOV, TU` / `ECEVIT GOVERNMENT SURVIVES CENSURE
      // MOTION BY NINE VOTES`, a subject that lost its keyword: `isHeadlineUnderTags`.)
      return (
        ((/^\s*[A-Z][A-Z0-9,;() -]*$/.test(text) || /^\s*[a-z]{2,4}(?:,\s?[a-z]{2,4})*,?\s*$/.test(text)) && text.trim().length <= 80 && !isHeadlineUnderTags(text, block)) ||
        continuesPersonTag(text, opensPersonTag(block))
      );
    case 'eo':
      // `DECL: ...` under the order; or the end of an E.O. 12065 line wrapped after the classifier's name: its office
      // code alone (`E.O. 12065: GDS 4/14/85 (HUMMEL, ARTHUR W., JR.)` / `OR-M`), or the name's rest with it
      // (`(HUMMEL, ARTHUR` / `W., JR.) OR-M`).
      return /^\s*(?:DECL|DECLASSIFY)\b/i.test(text) || EO_WRAPPED_END.test(text);
    default:
      return true;
  }
}

/**
 * Parses a preamble fragment: from the classification line to the last field before
 * the body. `context.year` (four digits) completes references without a year; `context.date` (the
 * cable's ISO date, `'2010-01-04'`) tells when such a reference's serial is of the year before.
 *
 * @example parsePreamble('UNCLAS ASTANA 000265\nSIPDIS\nTAGS: PREL KZ\nSUBJECT: DEMARCHE').tags // ['PREL', 'KZ']
 */
export function parsePreamble(text: string, context?: { year?: number; date?: string }): Preamble {
  if (typeof text !== 'string') throw new TypeError('parsePreamble: text must be a string');
  const lines = splitLines(text);
  const ctx: { year?: number; date?: string } = {};
  if (context?.year !== undefined) ctx.year = context.year;
  if (typeof context?.date === 'string') ctx.date = context.date;
  return readPreamble(lines, 0, ctx, []).preamble;
}

