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

import type { PageMarker, Preamble } from '../model/cable.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { parsePageMarkerLine } from '../body/page-markers.js';
import { startsParagraph } from '../body/paragraph-label.js';
import { collapseWhitespace, isBlank, splitLines, WRAP_WIDTH, type SourceLine } from '../text/source-line.js';
import { parseClassificationLine, parseHandlingLine } from './classification.js';
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
/** `SUBJECT: ...`, `SUBJ: ...`, `SUBJECT ...`. */
const SUBJECT_LINE = /^\s*SUBJ(?:ECT)?\b\s*:?/;
/** `REF: ...`, `REFS: ...`, `REFTEL: ...`, `REF(S): ...`, `REFTELS: ...`. */
const REF_LINE = /^\s*REF(?:S|TELS?|\(S\))?\s*[:.]|^\s*REF(?:S|TELS?)?\s+[A-Z(]/;
/** `Classified By: ...`, `CLASSIFIED BY ...`. */
const CLASSIFIED_BY_LINE = /^\s*(?:\d{1,2}\.\s+(?:\([A-Z/]{1,8}\)\s+)?)?CLASSIFIED\s+BY\b/i;

type Field = 'eo' | 'tags' | 'subject' | 'ref' | 'classifiedBy';

/** What reading a preamble produced, with where it ended. */
export interface PreambleRead {
  preamble: Preamble;
  /** Index of the first body line. */
  end: number;
  /** Page markers met inside the preamble. */
  pages: PageMarker[];
  /** True when a classification line was found. */
  hasBanner: boolean;
  /** True when at least one preamble field (E.O., TAGS, SUBJECT, REF) was found. */
  hasFields: boolean;
}

/**
 * Another field keyword inside a field line, where the source reflowed two fields onto
 * one line: `SUBJECT: FOO BAR REF: STATE 1234`. The keyword must end with a colon.
 */
const INLINE_FIELD = /[\s"](?:REF(?:S|TELS?)?|TAGS?|SUBJ(?:ECT)?|E\.\s?O\.\s?\d{5}|CLASSIFIED\s+BY)\s?:/i;

/** A classification reason number: `1.4`, `1.5 (D)`, `1. 4`. */
const REASON_NUMBER = /\b1\s?\.\s?[3-6]\b/;
/** A line carrying only the reasons: `FOR REASONS 1.4 (B) AND (D)`, `REASON: 1.4 (b), (d)`, `1.4 (b) and (d).` */
const REASONS_LINE = /^\s*(?:(?:FOR\s+)?REASONS?\b|1\s?\.\s?[3-6]\b)/i;

/** A field keyword at the start of a line, for checking what precedes an inline one. */
const LEADING_FIELD = /^[\s"']*(?:REF(?:S|TELS?)?|TAGS?|SUBJ(?:ECT)?|E\.?\s?O\.?\s?\d{5}|CLASSIFIED\s+BY)\s?:?/i;

/**
 * Index where a second field starts inside a field line, or -1. A repeated keyword
 * (`SUBJECT: SUBJECT: ...`, `Classified By: Classified by: ...`) is not a second field.
 */
function inlineFieldAt(text: string): number {
  const m = INLINE_FIELD.exec(text.slice(1));
  if (m === null) return -1;
  const cut = m.index + 2;
  return text.slice(0, cut).replace(LEADING_FIELD, '').trim().length === 0 ? -1 : cut;
}

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
  const text = raw.replace(/^[\s"]+/, '');
  if (SUBJECT_LINE.test(text)) return 'subject';
  if (TAGS_LINE.test(text) && !/^\s*TAGS?\s+[a-z]/.test(text)) return 'tags';
  if (EO_LINE.test(text)) return 'eo';
  if (REF_LINE.test(text)) return 'ref';
  if (CLASSIFIED_BY_LINE.test(text) && !/^\s*\d/.test(text)) return 'classifiedBy';
  return null;
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
  context: { year?: number; referenceId?: string },
  _diagnostics: Diagnostic[],
): PreambleRead {
  const preamble = emptyPreamble();
  const pages: PageMarker[] = [];
  let i = start;
  let hasBanner = false;
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
    i++;
  }
  const blocks: Record<Field, string[][]> = { eo: [], tags: [], subject: [], ref: [], classifiedBy: [] };
  // A field reflowed onto the line of another (`SUBJECT: FOO BAR REF: STATE 1234`) is read
  // as if it had its own line: `carry` holds the rest of the line still to read.
  let carry: string | null = null;
  let awaitingReasons = false;
  let current: Field | null = null;
  let fieldSeen = false;
  let lastLineBlank = false;
  let previousLength = 0;
  for (; i < lines.length; carry === null ? i++ : 0) {
    const text: string = carry ?? (lines[i] as SourceLine).text;
    carry = null;
    if (isBlank(text)) {
      // `Classified By: ... Carlson. Reasons` / blank / `1.4 (b) and (d).`: the reasons may
      // follow a blank line (pages that double-space their lines).
      const cb = blocks.classifiedBy[blocks.classifiedBy.length - 1];
      awaitingReasons = (current === 'classifiedBy' || awaitingReasons) && cb !== undefined && !REASON_NUMBER.test(cb.join(' '));
      current = null;
      lastLineBlank = true;
      continue;
    }
    if (awaitingReasons) {
      awaitingReasons = false;
      if (REASONS_LINE.test(text)) {
        blocks.classifiedBy[blocks.classifiedBy.length - 1]?.push(text);
        current = 'classifiedBy';
        continue;
      }
    }
    const page = parsePageMarkerLine(text);
    if (page !== null) {
      pages.push(page);
      continue;
    }
    const field = fieldOf(text);
    if (field !== null) {
      const cut = inlineFieldAt(text);
      if (cut > 0) carry = text.slice(cut);
      blocks[field].push([cut > 0 ? text.slice(0, cut) : text]);
      current = field;
      fieldSeen = true;
      lastLineBlank = false;
      continue;
    }
    // A repeated banner (`UNCLAS SECTION 02 OF 02 ASTANA 000270`) or a handling line.
    const repeat = parseClassificationLine(text);
    if (repeat !== null && (repeat.post !== null || repeat.section !== null)) {
      current = null;
      continue;
    }
    const handling = parseHandlingLine(text);
    if (handling !== null) {
      for (const c of handling.caveats) if (!preamble.classification.caveats.includes(c)) preamble.classification.caveats.push(c);
      if (handling.sipdis) preamble.sipdis = true;
      current = null;
      continue;
    }
    // A REF list goes on with lettered lines (`     B. QUITO 133`), which otherwise look like
    // paragraph labels; numbered lines (`1. (C) ...`) always start the body.
    const refItem = current === 'ref' && /^\s*\(?[A-Z][.)]\s/.test(text);
    if (current !== null && (refItem || !startsParagraph(text))) {
      const block = blocks[current][blocks[current].length - 1];
      if (block !== undefined && continues(current, text)) {
        // `INVESTIGATION SUGGESTED  REF: SECSTATE 100098`: a field reflowed into a continuation line.
        const cut = inlineFieldAt(` ${text}`) - 1;
        if (cut > 0) carry = text.slice(cut);
        block.push(cut > 0 ? text.slice(0, cut) : text);
        lastLineBlank = false;
        continue;
      }
    }
    if (!fieldSeen) {
      // Distribution lines come before the E.O./TAGS/SUBJECT fields.
      const entry = collapseWhitespace(text);
      const last = preamble.distribution.length - 1;
      // A wrapped line continues a long line before it (`... FOR EXBS` / `ADVISORS`).
      if (last >= 0 && !lastLineBlank && previousLength >= WRAP_WIDTH && !startsDistributionEntry(text)) {
        preamble.distribution[last] = `${preamble.distribution[last]} ${entry}`;
      } else {
        preamble.distribution.push(entry);
      }
      previousLength = collapseWhitespace(text).length;
      lastLineBlank = false;
      continue;
    }
    break;
  }
  // Do not count trailing page markers/blank lines as preamble: the body starts after them anyway.
  const year = context.year;
  const refContext: { year?: number; referenceId?: string } = {};
  if (year !== undefined) refContext.year = year;
  if (context.referenceId !== undefined) refContext.referenceId = context.referenceId;
  const eo = blocks.eo[0];
  if (eo !== undefined) preamble.executiveOrder = parseExecutiveOrder(eo.join('\n'));
  // Loops, not `push(...list)`: a huge list must not overflow the call stack.
  for (const t of blocks.tags) for (const tag of parseTags(t.join('\n'))) preamble.tags.push(tag);
  const subject = blocks.subject[0];
  if (subject !== undefined) preamble.subject = parseSubject(subject.join('\n'));
  for (const r of blocks.ref) for (const ref of parseReferences(r.join('\n'), refContext)) preamble.references.push(ref);
  const cb = blocks.classifiedBy[0];
  if (cb !== undefined) preamble.classifiedBy = parseClassifiedBy(cb.join('\n'));
  return { preamble, end: i, pages, hasBanner, hasFields: fieldSeen };
}

/** Whether a line continues the field block before it. */
function continues(field: Field, text: string): boolean {
  switch (field) {
    case 'tags':
      // Wrapped tag lines: short upper-case tokens only.
      return /^\s*[A-Z][A-Z0-9,;() -]*$/.test(text) && text.trim().length <= 80;
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

