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

import type { CableSpans, Preamble, Span } from '../model/cable.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { isPageMarker } from '../body/page-markers.js';
import { diagnosticAt } from '../diagnostics/diagnostic.js';
import { startsParagraph } from '../body/paragraph-label.js';
import { collapseWhitespace, isBlank, isRuleLine, isWhitespaceCode, spanOf, splitLines, trimEnd, WRAP_WIDTH, type SourceLine } from '../text/source-line.js';
import { bannerKind, CAVEAT_WORDS, FULL_BANNER, parseClassificationLine, parseHandlingLine } from './classification.js';
import { parseClassifiedBy } from './classified-by.js';
import { parseExecutiveOrder } from './executive-order.js';
import { parseReferences } from './references.js';
import { parseSubject } from './subject.js';
import { parseTags } from './tags.js';

/** Field keywords at the start of a preamble line. */
/** `E.O. 12958: N/A`, `EO 12958 DECL: ...`, `E. O. 12356: DECL: OADR`, `DECL: OADR`. */
const EO_LINE = /^\s*(?:E\.?\s?O\.?\s*\d{4,5}\b|DECL\s?:)/i;
/** `TAGS: ECON`, `TAGS ECON`, `TAG: PREL`. */
const TAGS_LINE = /^\s*TAGS?\b\s*:?/;
/** `Tags: pgov, prel, kz`, `Tags: ETTC, EFIN` in any case, with a colon (`Tagging the ...` is a sentence). */
const TAGS_LINE_ANY_CASE = /^\s*TAGS?\s?:/i;
/** `SUBJECT: ...`, `SUBJ: ...`, `SUBJECT ...`. */
const SUBJECT_LINE = /^\s*SUBJ(?:ECT)?\b\s*:?/;
/** `REF: ...`, `REFS: ...`, `REFTEL: ...`, `REF(S): ...`, `REFTELS: ...`. */
const REF_LINE = /^\s*REF(?:S|TELS?|\(S\))?\s*[:.]|^\s*REF(?:S|TELS?)?\s+[A-Z(]/;
/**
 * The SUBJECT keyword in any case, then a colon: `Subject: Lukashenko Gives ...`, `subj: ...`,
 * `Subject : ...` (a sentence such as `Subject to approval, ...` has none).
 */
const SUBJECT_LINE_ANY_CASE = /^\s*SUBJ(?:ECT)?\s?:/i;
/**
 * The REF keyword in any case, then a colon: `Ref: A) Minsk 297`, `Refs: ...`, `Reftel: ...`,
 * `Ref(s): ...`, `Ref A:  Geneva 2373` (not `Reference is made ...`, `Ref. B, ...`).
 */
const REF_LINE_ANY_CASE = /^\s*REF(?:S|TELS?|\(S\))?(?:\s[A-Z])?\s?:/i;
/** `Classified By: ...`, `CLASSIFIED BY ...`. */
const CLASSIFIED_BY_LINE = /^\s*CLASSIFIED\s+BY\b/i;

type Field = 'eo' | 'tags' | 'subject' | 'ref' | 'classifiedBy';

/** What reading a preamble produced, with where it ended. */
export interface PreambleRead {
  preamble: Preamble;
  /** Where each preamble field came from. */
  spans: PreambleSpans;
  /** Index of the first body line. */
  end: number;
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
const INLINE_FIELD = /(?<=[\s"\d])(?:REF(?:S|TELS?)?|TAGS?|SUBJ(?:ECT)?|E\.\s?O\.\s?\d{5}|CLASSIFIED\s+BY)\s?:/gi;

/** A classification reason number: `1.4`, `1.5 (D)`, `1. 4`. */
const REASON_NUMBER = /\b1\s?\.\s?[3-6]\b/;
/** A line carrying only the reasons: `FOR REASONS 1.4 (B) AND (D)`, `REASON: 1.4 (b), (d)`, `1.4 (b) and (d).` */
const REASONS_LINE = /^\s*(?:(?:FOR\s+)?REASONS?\b|1\s?\.\s?[3-6]\b)/i;

/** A field keyword at the start of a line, for checking what precedes an inline one. */
const LEADING_FIELD = /^[\s"']*(?:REF(?:S|TELS?)?|TAGS?|SUBJ(?:ECT)?|E\.?\s?O\.?\s?\d{5}|CLASSIFIED\s+BY)\s?:?/i;

/**
 * Index where a second field starts inside a line, or -1: the keyword's whitespace or quote
 * is searched from `from` (1 on a field line, whose own keyword comes first; 0 on a
 * continuation line, where a keyword may open the line). A repeated keyword
 * (`SUBJECT: SUBJECT: ...`, `Classified By: Classified by: ...`) is not a second field.
 */
function inlineFieldAt(text: string, from: number): number {
  // The keyword ends with a colon: no colon, no second field (most lines).
  if (text.indexOf(':', from) === -1) return -1;
  INLINE_FIELD.lastIndex = from;
  const m = INLINE_FIELD.exec(text);
  if (m === null) return -1;
  const cut = m.index;
  return text.slice(0, cut).replace(LEADING_FIELD, '').trim().length === 0 ? -1 : cut;
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
const GLUED_FIELD = /E\.\s?O\.\s?\d{5}|(?<![A-Za-z])(?:TAGS?\s?:|SUBJ(?:ECT)?\s?:|REF(?:S|TELS?)?\s?:|CLASSIFIED\s+BY\b)/;

/** Where a glued field starts in a line of other preamble text (after its first character), or -1. */
function gluedFieldAt(text: string): number {
  const m = GLUED_FIELD.exec(text);
  return m === null || m.index === 0 ? -1 : m.index;
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
  for (;;) {
    while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 44 || text.charCodeAt(i) === 47)) i++;
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
  return k < text.length && text.slice(k).replace(/\s+/g, '') === rest.replace(/\s+/g, '') ? k : -1;
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
    distribution: [],
    executiveOrder: null,
    tags: [],
    subject: null,
    references: [],
    classifiedBy: null,
  };
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
    case 'D':
    case 'd':
      return EO_LINE.test(text) ? 'eo' : null;
    case 'R':
      return REF_LINE.test(text) || REF_LINE_ANY_CASE.test(text) ? 'ref' : null;
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

/** True when a distribution line starts a new entry (`STATE FOR ...`, `USDOE/NNSA: ...`). */
function startsDistributionEntry(text: string): boolean {
  // `DEPT FOR ...`, `STATE PASS TO ...`, `AMEMBASSY BERLIN FOR CUSTOMS ATTACHE`, `CBP/INA: KCHAISSON`.
  return / FOR\b|\bPASS\b|^\s*[A-Z0-9/&.-]{2,30}\s?:|^\s*(?:STATE|DEPT|SECSTATE|USDOC|USDOE|DOE|DOD|DHS|TREASURY|USAID)\b/.test(text);
}

/**
 * Reads the preamble from `lines[start]` (the classification line, when there is one).
 * Stops at the first line that belongs to the body.
 */
export function readPreamble(
  lines: readonly SourceLine[],
  start: number,
  context: { year?: number; referenceId?: string; maxFieldLines?: number },
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
  const banner = i < lines.length ? parseClassificationLine((lines[i] as SourceLine).text) : null;
  if (banner !== null) {
    hasBanner = true;
    preamble.classification = banner.classification;
    preamble.section = banner.section;
    preamble.post = banner.post;
    preamble.serial = banner.serial;
    preamble.sipdis = banner.sipdis;
    const line = lines[i] as SourceLine;
    spans.classification = spanOf(line);
    // Fields reflowed onto the banner line are read after it: `... SANAA 001352SIPDISE.O. 12958: ...`.
    const restAt = banner.rest === '' ? -1 : bannerRestAt(line.text, banner.serial, banner.rest);
    if (restAt > 0) {
      bannerCarry = line.text.slice(restAt);
      spans.classification = { start: line.offset, end: line.offset + trimEnd(line.text.slice(0, restAt)).length };
    } else i++;
  }
  const blocks: Record<Field, Block[]> = { eo: [], tags: [], subject: [], ref: [], classifiedBy: [] };
  const distributionSpans: Span[] = [];
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
  let previousLength = 0;
  for (; i < lines.length; carry === null ? i++ : 0) {
    const line = lines[i] as SourceLine;
    const text: string = carry ?? line.text;
    // The source range of `text`: the whole line, or the rest of it after a reflowed field.
    const at = carry === null ? line.offset : carryAt;
    carry = null;
    if (isBlank(text)) {
      // `Classified By: ... Carlson. Reasons` / blank / `1.4 (b) and (d).`: the reasons may
      // follow a blank line (pages that double-space their lines).
      const cb = blocks.classifiedBy[blocks.classifiedBy.length - 1];
      awaitingReasons = (current === 'classifiedBy' || awaitingReasons) && cb !== undefined && !REASON_NUMBER.test(cb.texts.join(' '));
      refGap = current === 'ref' || refGap;
      current = null;
      lastLineBlank = true;
      continue;
    }
    if (awaitingReasons) {
      awaitingReasons = false;
      const cb = blocks.classifiedBy[blocks.classifiedBy.length - 1];
      if (REASONS_LINE.test(text) && cb !== undefined) {
        cb.texts.push(text);
        cb.spans.push(wholeSpan(line, at));
        current = 'classifiedBy';
        continue;
      }
    }
    // Page markers stand in the preamble too; the pipeline collects them from the lines.
    if (isPageMarker(text)) continue;
    const afterRefGap = refGap;
    refGap = false;
    const field = fieldOf(text);
    // `E.O. 12958:` / `DECL: 02/26/2020`: a DECL line continues the E.O. line before it.
    if (field !== null && !(field === 'eo' && current === 'eo' && continues('eo', text))) {
      const cut = inlineFieldAt(text, 1);
      if (cut > 0) {
        carry = text.slice(cut);
        carryAt = at + cut;
      }
      blocks[field].push({ texts: [cut > 0 ? text.slice(0, cut) : text], spans: [cut > 0 ? pieceSpan(line, at, cut) : wholeSpan(line, at)] });
      current = field;
      fieldSeen = true;
      lastLineBlank = false;
      continue;
    }
    // A repeated banner (`UNCLAS SECTION 02 OF 02 ASTANA 000270`) or a handling line.
    if (bannerKind(text) === FULL_BANNER) {
      spans.transmission.push(wholeSpan(line, at));
      current = null;
      continue;
    }
    const handling = parseHandlingCaption(text);
    if (handling !== null) {
      for (const c of handling.caveats) if (!preamble.classification.caveats.includes(c)) preamble.classification.caveats.push(c);
      if (handling.sipdis) preamble.sipdis = true;
      spans.handling.push(wholeSpan(line, at));
      current = null;
      continue;
    }
    // After blank lines, a lettered line that continues the letters of the REF list before
    // them (`REF: A. STATE 1234` / blank / `     B. STATE 5678`) still belongs to it.
    if (afterRefGap && continuesRefList(blocks.ref[blocks.ref.length - 1], text)) current = 'ref';
    // A REF list goes on with lettered lines (`     B. QUITO 133`), which otherwise look like
    // paragraph labels; numbered lines (`1. (C) ...`) always start the body.
    const refItem = current === 'ref' && /^\s*\(?[A-Z][.)]\s/.test(text);
    // A rule line (`-------` over a `SUMMARY` heading) ends the field: the body starts.
    if (current !== null && (refItem || !startsParagraph(text)) && !isRuleLine(text)) {
      const block = blocks[current][blocks[current].length - 1];
      if (block !== undefined && continues(current, text)) {
        // A field longer than the limit is cut: its further lines are skipped (left unparsed).
        if (block.texts.length >= maxFieldLines) {
          if (!block.cut) diagnostics.push(diagnosticAt('FIELD_TOO_LONG', `A ${current} field runs over ${maxFieldLines} lines; the rest is not read`, line));
          block.cut = true;
          lastLineBlank = false;
          continue;
        }
        // `INVESTIGATION SUGGESTED  REF: SECSTATE 100098`: a field reflowed into a continuation line.
        const cut = inlineFieldAt(text, 0);
        if (cut > 0) {
          carry = text.slice(cut);
          carryAt = at + cut;
        }
        block.texts.push(cut > 0 ? text.slice(0, cut) : text);
        block.spans.push(cut > 0 ? pieceSpan(line, at, cut) : wholeSpan(line, at));
        lastLineBlank = false;
        continue;
      }
    }
    if (!fieldSeen) {
      // No field yet and a numbered paragraph (`1. (C) Summary: ...`, not a wrapped
      // `W. KULLMAN)`): the body starts (the fields were lost or glued onto other lines).
      if (/^\s*\d/.test(text) && startsParagraph(text)) break;
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
      const piece = glued > 0 ? text.slice(0, glued) : text;
      const pieceSpanned = glued > 0 ? pieceSpan(line, at, glued) : wholeSpan(line, at);
      const entry = collapseWhitespace(piece);
      const last = preamble.distribution.length - 1;
      const lastSpan = distributionSpans[last];
      // A wrapped line continues a long line before it (`... FOR EXBS` / `ADVISORS`).
      if (last >= 0 && lastSpan !== undefined && !lastLineBlank && previousLength >= WRAP_WIDTH && !startsDistributionEntry(piece)) {
        preamble.distribution[last] = `${preamble.distribution[last]} ${entry}`;
        lastSpan.end = pieceSpanned.end;
      } else {
        preamble.distribution.push(entry);
        distributionSpans.push(pieceSpanned);
      }
      previousLength = entry.length;
      lastLineBlank = false;
      continue;
    }
    break;
  }
  spans.distribution = distributionSpans;
  const refContext: { year?: number; referenceId?: string } = {};
  if (context.year !== undefined) refContext.year = context.year;
  if (context.referenceId !== undefined) refContext.referenceId = context.referenceId;
  const eo = blocks.eo[0];
  if (eo !== undefined) {
    preamble.executiveOrder = parseExecutiveOrder(eo.texts.join('\n'));
    spans.executiveOrder = blockSpan(eo);
  }
  // Loops, not `push(...list)`: a huge list must not overflow the call stack.
  for (const t of blocks.tags) for (const tag of parseTags(t.texts.join('\n'))) preamble.tags.push(tag);
  if (blocks.tags.length > 0) spans.tags = joinSpans(blocks.tags.map(blockSpan));
  // The first SUBJECT block that reads as a subject (`SUBJECT:` alone before a reflowed one does not).
  for (const block of blocks.subject) {
    const subject = parseSubject(block.texts.join('\n'));
    if (subject === null) continue;
    preamble.subject = subject;
    spans.subject = blockSpan(block);
    break;
  }
  for (const block of blocks.ref) {
    let from = { index: 0, at: 0 };
    const collapsed: (string | undefined)[] = [];
    for (const ref of parseReferences(block.texts.join('\n'), refContext)) {
      preamble.references.push(ref);
      const found = referenceSpan(block, collapsed, ref.text, from);
      spans.references.push(found.span);
      from = { index: found.index, at: found.at };
    }
  }
  const cb = blocks.classifiedBy[0];
  if (cb !== undefined) {
    preamble.classifiedBy = parseClassifiedBy(cb.texts.join('\n'));
    spans.classifiedBy = blockSpan(cb);
  }
  return { preamble, spans, end: i, hasBanner, hasFields: fieldSeen };
}

/** The source range of a line's text from `at` (the whole line, or the rest after a reflowed field). */
function wholeSpan(line: SourceLine, at: number): Span {
  return { start: Math.min(at, line.end), end: line.end };
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
  'classification' | 'handling' | 'distribution' | 'executiveOrder' | 'tags' | 'subject' | 'references' | 'classifiedBy' | 'transmission'
>;

/** The preamble's spans with every field absent. */
export function emptyPreambleSpans(): PreambleSpans {
  return {
    classification: null,
    handling: [],
    distribution: [],
    executiveOrder: null,
    tags: null,
    subject: null,
    references: [],
    classifiedBy: null,
    transmission: [],
  };
}

/** A lettered item of a REF list: `     B. STATE 126870`, `(B) SAN JOSE 1549`, `C) 08 MUNICH 355`. */
const REF_LIST_ITEM = /^\s*\(?([A-Z])[.)]\s/;
/** A REF keyword with nothing after it: `REF:`, `Refs:`. */
const EMPTY_REF = /^[\s"]*REF(?:S|TELS?|\(S\))?\s?[:.]?\s*$/i;

/**
 * Whether a lettered line after blank lines continues the list of a REF block: its letter
 * follows the last label of the block (`B` after `A) STATE 1`; `A` after a bare `REF:`).
 * A body paragraph labelled `A.` after an unlabelled REF, or a letter out of sequence, does not.
 * `(C)`, `(S)` and `(U)` are also portion markings (`(C) The minister said ...`): such an
 * item must cite a cable (`(C) SAN JOSE 1171`).
 */
function continuesRefList(block: Block | undefined, text: string): boolean {
  if (block === undefined) return false;
  const item = REF_LIST_ITEM.exec(text);
  if (item === null) return false;
  const letter = item[1] ?? '';
  const refs = parseReferences(block.texts.join('\n'));
  const last = refs[refs.length - 1];
  if (last === undefined) return letter === 'A' && block.texts.length === 1 && EMPTY_REF.test(block.texts[0] ?? '');
  const label = last.label ?? '';
  if (label.length !== 1 || label < 'A' || label >= 'Z' || String.fromCharCode(label.charCodeAt(0) + 1) !== letter) return false;
  if (!text.trimStart().startsWith('(') || (letter !== 'C' && letter !== 'S' && letter !== 'U')) return true;
  return parseReferences(text).some((r) => r.kind === 'cable');
}

/**
 * The instruction after a handling caption (its final period removed):
 * `SENSITIVE BUT UNCLASSIFIED -- HANDLE ACCORDINGLY`, `... - PLEASE PROTECT ACCORDINGLY`,
 * `Sensitive but unclassified - handle accordingly`. Bounded repeats, anchored at the end.
 */
const CAPTION_INSTRUCTION = /(?:[ \t]?[-,]{1,2}[ \t]?|[ \t])(?:PLEASE[ \t])?(?:HANDLE|PROTECT)[ \t]ACCORDINGLY$/i;

/**
 * A handling line, also as a caption with a trailing period or an instruction:
 * `SENSITIVE BUT UNCLASSIFIED.`, `NOFORN.`, `SENSITIVE BUT UNCLASSIFIED -- HANDLE ACCORDINGLY`.
 */
function parseHandlingCaption(text: string): ReturnType<typeof parseHandlingLine> {
  const handling = parseHandlingLine(text);
  if (handling !== null) return handling;
  let caption = text.trimEnd();
  if (caption.endsWith('.')) caption = caption.slice(0, -1);
  const instruction = CAPTION_INSTRUCTION.exec(caption);
  if (instruction !== null) caption = caption.slice(0, instruction.index);
  return caption.length < text.trimEnd().length ? parseHandlingLine(caption) : null;
}

/** Whether a line continues the field block before it. */
function continues(field: Field, text: string): boolean {
  switch (field) {
    case 'tags':
      // Wrapped tag lines: short upper-case tokens only; in a lower-cased cable, a comma
      // list of short codes (`cf`, `ke, marr, su`: no sentence).
      return (/^\s*[A-Z][A-Z0-9,;() -]*$/.test(text) || /^\s*[a-z]{2,4}(?:,\s?[a-z]{2,4})*,?\s*$/.test(text)) && text.trim().length <= 80;
    case 'eo':
      return /^\s*(?:DECL|DECLASSIFY)\b/i.test(text);
    default:
      return true;
  }
}

/**
 * Parses a preamble fragment: from the classification line to the last field before
 * the body. `context.year` (four digits) completes references without a year.
 *
 * @example parsePreamble('UNCLAS ASTANA 000265\nSIPDIS\nTAGS: PREL KZ\nSUBJECT: DEMARCHE').tags // ['PREL', 'KZ']
 */
export function parsePreamble(text: string, context?: { year?: number }): Preamble {
  if (typeof text !== 'string') throw new TypeError('parsePreamble: text must be a string');
  const lines = splitLines(text);
  const ctx: { year?: number } = {};
  if (context?.year !== undefined) ctx.year = context.year;
  return readPreamble(lines, 0, ctx, []).preamble;
}

