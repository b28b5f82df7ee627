/**
 * The pipeline: input text -> lines -> archive entries -> repairs -> routing header ->
 * preamble -> body (page markers, paragraphs, summary, signer) -> `Cable`.
 */

import type { ArchiveMetadata, Cable, CableSpans, ClassifiedBy, PageMarker, Paragraph, ParseOptions, Preamble, Span, UnparsedText } from './model/cable.js';
import type { Diagnostic } from './model/diagnostic.js';
import { isFoiaCaseLine, isPageFooter, isPageMarker, parsePageMarkerLine } from './body/page-markers.js';
import { CLOSING_DECLASSIFY_LINE, markTransmissionLines, STATEMENT_LINE } from './body/transmission-lines.js';
import { splitJoinedCables } from './joined-cables.js';
import { inlinePageMarkerLines, lineFrom, splitReflowedLines } from './body/reflowed-lines.js';
import { bodyBreakRules, plainPreambleBreakRules, preambleBreakRules } from './body/break-rules.js';
import { readParagraphRanges } from './body/paragraphs.js';
import { matchLabel } from './body/paragraph-label.js';
import { findSigner, markTrailerEndingText, upperCaseSignerName } from './body/signer.js';
import { extractBlocks, extractSummary } from './body/blocks.js';
import { CableParseError, diagnosticAt, diagnosticAtStart } from './diagnostics/diagnostic.js';
import { isDistributionCodeLine, isDraftingBlockLine, isHeaderStart, readRoutingHeader, SECURITY_LEVELS, type HeaderSpans } from './header/routing-header.js';
import { isBannerLine, isBareClassificationLine, joinWrappedBanner, parseClassificationLine, parseHandlingLine } from './preamble/classification.js';
import { parseClassifiedBy } from './preamble/classified-by.js';
import { parseExecutiveOrder } from './preamble/executive-order.js';
import { DEFAULT_MAX_FIELD_LINES, readPreamble, type PreambleRead } from './preamble/preamble.js';
import { emptyCable } from './empty-cable.js';
import { expandYear } from './header/dtg.js';
import { buildReferenceId, canonicalizeStation } from './preamble/reference-id.js';
import { splitArchive } from './text/archive.js';
import { detectFormat } from './text/detect-format.js';
import { CUT_LINE_END, ELLIPSIS_LINE, recordAtStart, splitAadRecords, withoutArchiveRecords } from './text/archive-records.js';
import { readWikileaksHtml } from './text/wikileaks-html.js';
import { cableFromCsvRow, readCsvRowsSync } from './text/cables-csv.js';
import { findDoubledQuotes, hasControlCharacters, hasCopyDamage, hasMarkdown, hasMojibake, hasNoBreakSpaces, hasZeroWidth, quotedTextEnd, removeControlCharacters, removeZeroWidth, repairDoubleSpacing, repairEntities, repairMojibake, repairInsertedBreaks, repairLineEndBackslashes, repairParagraphSigns, removeMarkdown, repairQuotes, replaceNoBreakSpaces, undoubleQuotes } from './text/repair.js';
import { isBlank, isWhitespaceCode, skipWhitespace, spanOf, splitLines, trimEnd, type SourceLine } from './text/source-line.js';

/** A no-break space written as an entity in a page: `&#160;`, `&nbsp;`, `&#xA0;`, a figure or narrow one (`&#8199;`, `&#x202F;`). */
const NO_BREAK_SPACE_ENTITY = /&(?:nbsp|#160|#x0{0,2}a0|#8199|#8239|#x0{0,2}2007|#x0{0,2}202f);/i;

/** The lead character of UTF-8 mojibake written as an entity on a page: `&Atilde;`, `&Acirc;`, `&Auml;`, `&Aring;`, `&acirc;` (bounded). */
const MOJIBAKE_ENTITY = /&(?:Atilde|Acirc|Auml|Aring|acirc);/;

/** Default for `ParseOptions.maxInputLength`: 50 million UTF-16 code units. */
export const DEFAULT_MAX_INPUT_LENGTH = 50_000_000;

/** How many non-blank lines may precede the routing header (archive records, or an e-mail's lines a cable was pasted into). */
const HEADER_SEARCH_LINES = 20;

/** How far after the routing header the classification line may stand. */
const BANNER_SEARCH_LINES = 40;

/**
 * A FOIA release's exemption codes at the end of a text line, after a run of spaces: `... DEAD IN ALL          B1`,
 * `3. (S)                    B1, 1.4(D)`. Anchored at the end, bounded runs.
 */
const MARGIN_CODES_END = /[ \t]{4,80}(?:B[1-9]|1\.4[ \t]?\([A-Ha-h]\))(?:[, \t]{1,3}(?:B[1-9]|1\.4[ \t]?\([A-Ha-h]\))){0,8}[ \t]*$/;

/** Fewest characters of a line holding margin codes after its text (`MARGIN_CODES_END`): the codes stand far right. */
const MARGIN_CODE_COLUMN = 40;

/**
 * Builds the `body` string: trailing spaces trimmed, transmission lines (page markers,
 * repeated banners) removed, blank runs collapsed. A blank line between two removed lines
 * is the page break's own, not the text's: the text reads on across it, as paragraphs do,
 * unless the next line starts a paragraph label. A blank line next to the text stays:
 *
 *     ... DEPRESS WORLD
 *     UNCLASSIFIED              <- removed
 *                               <- the page break's blank: dropped
 *     PAGE 02        STATE  034567  01 OF 02  092344Z
 *     PRICES TO THE DETRIMENT ...
 */
function bodyText(lines: readonly SourceLine[], marks: readonly boolean[]): string {
  const out: string[] = [];
  // Since the last text line: a blank line next to text, a removed line, a blank line after a removed line.
  let blankOuter = false;
  let sawMark = false;
  let blankAfterMark = false;
  let blankInner = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as SourceLine;
    if (marks[i] === true) {
      // A blank after a removed line, followed by another removed line, was inside the page break.
      if (blankAfterMark) blankInner = true;
      blankAfterMark = false;
      sawMark = true;
      continue;
    }
    const t = trimEnd(l.text);
    if (isBlank(t)) {
      if (sawMark) blankAfterMark = true;
      else blankOuter = true;
      continue;
    }
    // Blanks after the last removed line are next to this text line.
    const blank = blankOuter || blankAfterMark || (blankInner && matchLabel(t.trim()) !== null);
    if (blank && out.length > 0) out.push('');
    out.push(t);
    blankOuter = false;
    sawMark = false;
    blankAfterMark = false;
    blankInner = false;
  }
  return out.join('\n');
}

/**
 * A line ending with the word `QUOTE` (or `QTE`) that opens a repeated cable: `ABABA NAIROBI AUG 07. QUOTE`,
 * `QUOTE` alone. Not `UNQUOTE`. One backward scan over the line's end.
 */
function endsWithQuote(text: string): boolean {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  const word = (n: number): boolean => end >= n && (end === n || !/[A-Za-z]/.test(text.charAt(end - n - 1)));
  return (text.endsWith('QUOTE', end) && word(5)) || (text.endsWith('QTE', end) && word(3));
}

/** How far after a preamble without SUBJECT a repeated banner is looked for. */
const REPEAT_SEARCH_LINES = 60;

/**
 * Some archive copies print the preamble twice with an export record between them
 * (`id: 67870`, `date: ...`, `header:` ...). When the first preamble has no SUBJECT and a
 * complete banner follows shortly, the preamble is read again from there; fields the
 * first reading lacks are taken from the second, and the body starts after it.
 */
function rereadRepeatedPreamble(
  lines: readonly SourceLine[],
  first: PreambleRead,
  context: { year?: number; referenceId?: string },
  diagnostics: Diagnostic[],
): PreambleRead {
  for (let k = first.end; k < lines.length && k < first.end + REPEAT_SEARCH_LINES; k++) {
    // A repeat's instruction ending with `QUOTE` before the banner: the banner is the quoted cable's, and the
    // preamble read first is the cable's own (`1. FOLLOWING REPEAT MOGADISCIO 1822 ACTION SECSTATE INFO ADDIS` /
    // `ABABA NAIROBI AUG 07. QUOTE`).
    if (endsWithQuote((lines[k] as SourceLine).text)) return first;
    if (!isBannerLine((lines[k] as SourceLine).text)) continue;
    const again = readPreamble(lines, k, context, diagnostics);
    if (again.preamble.subject === null) return first;
    const a = first.preamble;
    const b = again.preamble;
    const preamble: Preamble = {
      classification: a.classification.level !== null ? a.classification : b.classification,
      section: a.section ?? b.section,
      post: a.post ?? b.post,
      serial: a.serial ?? b.serial,
      sipdis: a.sipdis || b.sipdis,
      correctionNote: a.correctionNote ?? b.correctionNote,
      distribution: a.distribution.length > 0 ? a.distribution : b.distribution,
      executiveOrder: a.executiveOrder ?? b.executiveOrder,
      tags: a.tags.length > 0 ? a.tags : b.tags,
      subject: b.subject,
      subjectMarking: b.subjectMarking,
      references: a.references.length > 0 ? a.references : b.references,
      classifiedBy: a.classifiedBy ?? b.classifiedBy,
    };
    // The note's span goes with the note, from the read it came from.
    const spans = a.correctionNote !== null ? { ...again.spans, correctionNote: first.spans.correctionNote } : again.spans;
    return { ...again, preamble, spans, hasBanner: first.hasBanner || again.hasBanner, hasFields: true };
  }
  return first;
}

/** How many blank lines may stand between a cut preamble, its ellipsis and the complete copy. */
const TRUNCATION_GAP = 6;

/** The index of the first non-blank line from `k`, at most `TRUNCATION_GAP` blank lines on; -1 when none. */
function nextNonBlank(lines: readonly SourceLine[], k: number): number {
  for (let j = k; j < lines.length && j <= k + TRUNCATION_GAP; j++) if (!isBlank((lines[j] as SourceLine).text)) return j;
  return -1;
}

/** A paragraph label with a number (`1. `, `12.  `): body text, never in a cut preamble copy. */
const NUMBERED_LINE = /^\s*\d{1,3}\.\s/;

/** True when `text` ends in an ellipsis glued to a word (cheap pre-test on the last visible character first). */
function endsCut(text: string): boolean {
  let e = text.length - 1;
  while (e >= 0 && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9)) e--;
  const c = text.charCodeAt(e);
  return (c === 46 || c === 0x2026) && CUT_LINE_END.test(text);
}

/** The first line of an archive `key: value` record: `id: 67870` (anchored, bounded). */
const RECORD_ID_LINE = /^\s{0,8}id\s?:\s{0,4}\d{1,9}\s*$/;

/** True when `text` opens an archive `key: value` record (`id: 67870`; a first-visible-character test first). */
function startsRecordId(text: string): boolean {
  let i = 0;
  while (i < 8 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return text.charCodeAt(i) === 105 && text.charCodeAt(i + 1) === 100 && RECORD_ID_LINE.test(text);
}

/** How many lines after a cut copy an archive record is read (its routing header copy included: see `recordAtStart`). */
const RECORD_REACH = 240;

/** Longest excerpt (characters from its banner to its cut) an archive prints before the complete copy; theirs hold about 240. */
const EXCERPT_MAX = 600;

/** True when two banner lines name the same cable: the same serial (`HELSINKI 000374` and `HELSINKI 000374 SENSITIVE SIPDIS ...`). */
function sameSerial(a: string, b: string): boolean {
  const x = parseClassificationLine(a)?.serial;
  const y = parseClassificationLine(b)?.serial;
  return x !== null && x !== undefined && y !== null && y !== undefined && Number(x) === Number(y);
}

/**
 * Some pages print a cut copy of the preamble, ending in `...`, before the complete one:
 *
 *     S E C R E T THE HAGUE 000868           <- `start`
 *     ...
 *     REF: A. STATE 68263
 *          B. THE HAGUE 787 (NOTAL)
 *       ...                                  <- the first copy stops here
 *
 *     S E C R E T THE HAGUE 000868           <- the complete preamble, with REF C and D
 *
 * When an ellipsis line follows the banner at `start` within `REPEAT_SEARCH_LINES` lines
 * (no numbered paragraph before it) and a banner follows the ellipsis, the preamble is read
 * from that second banner; the cut copy and the ellipsis become transmission spans. `null`
 * when there is no cut copy, or the second one has no SUBJECT.
 *
 * The cut may also fall inside a word, in the preamble or in the first paragraph, with the
 * complete cable after it flattened into long lines:
 *
 *     UNCLAS HELSINKI 000374                 <- `start`
 *     ...
 *     (SBU) Poloff delivered GAERC points to MFA Deputy Director
 *     Anu Laamanen on Aug...                 <- the excerpt stops here
 *
 *     UNCLAS HELSINKI 000374 SENSITIVE SIPDIS E.O. 12958: N/A TAGS: PGOV PREL GG RU FI
 *     SUBJECT: FINNISH COMMENTS ON ... REF: STATE 86108 (SBU)
 *     Poloff delivered GAERC points to MFA Deputy Director Anu Laamanen on August 12. ...
 *
 * The excerpt is then a copy only when the banner after it names the same serial and is not
 * a later section (a joined section repeats its preamble, but its text is new). The same holds
 * for a copy cut at a line's end with an archive record (`id: 67870` ... `header ends`) right
 * after it, before any numbered paragraph: the record is read over, then the complete copy.
 *
 * The cut copy may end with its signer, right after the cut (`cutSigner`: its line's index,
 * left out of the transmission spans; the caller takes it when the complete copy has none):
 *
 *     SUBJECT: SURVEILLANCE OF U.S...        <- the cut
 *     SOBEL                                  <- the cut copy's signer
 *     UNCLAS THE HAGUE 001903                <- the complete copy (same serial), ending without a name
 */
function readAfterCutPreamble(
  lines: readonly SourceLine[],
  start: number,
  context: { year?: number; referenceId?: string; maxFieldLines: number; source: string },
  diagnostics: Diagnostic[],
): { read: PreambleRead; cutSigner: number } | null {
  let dots = -1;
  let glued = false;
  let numbered = false;
  let excerpt = (lines[start] as SourceLine).text.length;
  for (let k = start + 1; k < lines.length && k < start + REPEAT_SEARCH_LINES; k++) {
    const text = (lines[k] as SourceLine).text;
    excerpt += text.length;
    if (!numbered && NUMBERED_LINE.test(text)) numbered = true;
    // Past a numbered line only a short excerpt's cut is looked for.
    if (numbered && excerpt > EXCERPT_MAX) break;
    if (!numbered && ELLIPSIS_LINE.test(text)) {
      dots = k;
      break;
    }
    // The copy cut at a line's end, an archive `key: value` record right after it (read below), then the complete copy:
    //     TAGS: ETRD ECON AA EINV PGOV PE      <- the cut
    //     id: 67870                            <- the record (`date:`, `refid:`, `header:` ... `header ends`)
    // (first-character test, then the record's first line; the banner after the record must name the same serial).
    if (!numbered && k > start + 1 && startsRecordId(text)) {
      dots = k - 1;
      glued = true;
      break;
    }
    if (endsCut(text) && excerpt + text.length <= EXCERPT_MAX) {
      dots = k;
      glued = true;
      break;
    }
  }
  if (dots < 0) return null;
  let k = nextNonBlank(lines, dots + 1);
  // The cut copy's signer line right after the cut (`SOBEL`), when the complete copy's banner follows it (same serial, below).
  let cutSigner = -1;
  if (k >= 0 && upperCaseSignerName((lines[k] as SourceLine).text) !== null) {
    cutSigner = k;
    k = nextNonBlank(lines, k + 1);
  }
  // An archive record may stand between the cut copy and the complete one (see `recordAtStart`):
  //     SUBJECT: UNSC: GOE STILL UNDECIDED ... / RE...      <- the cut
  //     id: 81871 / date: ... / header: / VZCZC... / ----- header ends -----
  //     C O N F I D E N T I A L QUITO 002529                 <- the complete copy
  const record = k < 0 ? null : recordAtStart(lines.slice(k, k + RECORD_REACH));
  if (record !== null && record.count > 0 && record.rowColumn < 0) k = nextNonBlank(lines, k + record.count);
  if (k < 0 || !isBannerLine((lines[k] as SourceLine).text)) return null;
  if ((glued || cutSigner >= 0) && !sameSerial((lines[start] as SourceLine).text, (lines[k] as SourceLine).text)) return null;
  const own: Diagnostic[] = [];
  const read = readPreamble(lines, k, context, own);
  if (read.preamble.subject === null) return null;
  // A later section is new text; a complete copy whose fields ran to the end left no body to read instead.
  if (glued && ((read.preamble.section !== null && read.preamble.section.number > 1) || read.end >= lines.length)) return null;
  // The reading's diagnostics count only once it is taken.
  for (const d of own) diagnostics.push(d);
  const transmission: Span[] = [...read.spans.transmission];
  // The cut copy and the record after it are transmission (the copy's signer line is the caller's).
  for (let j = start; j < k; j++) {
    const l = lines[j] as SourceLine;
    if (j !== cutSigner && !isBlank(l.text) && l.end > l.offset) transmission.push(spanOf(l));
  }
  return { read: { ...read, spans: { ...read.spans, transmission } }, cutSigner };
}

/** How many lines after the routing header a second copy of it is looked for. */
const HEADER_COPY_SEARCH_LINES = 12;

/**
 * A second copy of the routing header between the header and the preamble (an archive
 * page printing the header again at the top of the text block):
 *
 *     FM AMEMBASSY BERN                        <- the header, read
 *     TO RUEHC/SECSTATE WASHDC PRIORITY 3308
 *
 *     VZCZCXRO7014                             <- its copy: transmission
 *     PP RUEHBC RUEHDBU ...
 *     ...
 *     C O N F I D E N T I A L SECTION 01 OF 05 BERN 001971
 *
 * Returns the copy's spans (empty when there is none). The copy must read as a whole
 * header (an `FM` line); its TAGS / SUBJECT / REF lines before the banner are taken too.
 */
function headerCopySpans(lines: readonly SourceLine[], from: number, to: number): Span[] {
  const spans: Span[] = [];
  for (let k = from; k < to && k < from + HEADER_COPY_SEARCH_LINES; k++) {
    const text = (lines[k] as SourceLine).text;
    if (isBlank(text) || !isHeaderStart(text)) continue;
    const read = readRoutingHeader(lines, k, []);
    if (read.header === null || read.header.from === null) return spans;
    let end = Math.min(read.end, to);
    // The header copy's preamble fields, up to the banner: `TAGS: MARR ...`, `SUBJECT: ...`, `REF: ...`.
    while (end < to && (isBlank((lines[end] as SourceLine).text) || HEADER_COPY_FIELD.test((lines[end] as SourceLine).text))) end++;
    for (let j = k; j < end; j++) {
      const l = lines[j] as SourceLine;
      if (!isBlank(l.text) && l.end > l.offset) spans.push(spanOf(l));
    }
    return spans;
  }
  return spans;
}

/** A preamble field line an archive appends to a header copy: `TAGS: MARR MCAP`, `SUBJECT: ...`, `REF: 09 STATE 122115`. */
const HEADER_COPY_FIELD = /^\s*(?:TAGS|SUBJECT|REF)\s?:/;

/** The year a DTG's text names (`21O915Z NOV 79` -> 1979), or `undefined`. */
function dtgTextYear(text: string): number | undefined {
  const m = / (\d{2}|\d{4})$/.exec(text);
  if (m === null) return undefined;
  const y = m[1] as string;
  return y.length === 4 ? Number(y) : expandYear(Number(y));
}

/**
 * A classification statement after the signer (`SMITH AND JONES` / blank / `Classified By: ...`), which the
 * transmission pass marked: its statement, span and lines; `null` when there is none.
 */
function closingStatement(
  region: readonly SourceLine[],
  marks: readonly boolean[],
  signerIndex: number,
): { classifiedBy: ClassifiedBy | null; span: Span; first: number; last: number } | null {
  let k = signerIndex + 1;
  while (k < region.length && !(marks[k] === true && STATEMENT_LINE.test((region[k] as SourceLine).text))) k++;
  if (k >= region.length) return null;
  let last = k;
  while (last + 1 < region.length && marks[last + 1] === true && !isBlank((region[last + 1] as SourceLine).text) && !STATEMENT_LINE.test((region[last + 1] as SourceLine).text)) last++;
  const statement = region.slice(k, last + 1).map((l) => l.text).join('\n');
  return { classifiedBy: parseClassifiedBy(statement), span: spanOf(region[k] as SourceLine, region[last] as SourceLine), first: k, last };
}

/**
 * The index of a declassification line closing the message, which the transmission pass marked (`DECL: OADR` before
 * `BT`, see `markClosingDeclassify`): the last marked line of text before only marked or blank lines; -1 when none.
 */
function closingDeclassify(region: readonly SourceLine[], marks: readonly boolean[]): number {
  for (let k = region.length - 1; k >= 0; k--) {
    const t = (region[k] as SourceLine).text;
    if (isBlank(t)) continue;
    if (marks[k] !== true) return -1;
    if (CLOSING_DECLASSIFY_LINE.test(t)) return k;
  }
  return -1;
}

/** Native searches of a cable's own source for Markdown's characters at a line start, or `**`, `\` anywhere (`decoded`: a page's HTML). */
function mayHoldMarkdown(own: string, decoded: boolean): boolean {
  if (own.indexOf('**') >= 0 || own.indexOf('\\') >= 0 || own.indexOf('\n#') >= 0 || own.indexOf('\n>') >= 0) return true;
  return decoded && (own.indexOf('&#x000A;#') >= 0 || own.indexOf('&#x000A;&gt;') >= 0 || own.indexOf('\n&gt;') >= 0);
}

/**
 * A Classified By statement opening a paragraph or one of its blocks, maybe after a marking: `CLASSIFIED BY ...`,
 * `(U) Classified by: ...`, `... End Summary.` / blank / `Classified By: ...` (bounded runs); group 1 is its colon
 * when it has one (`CLASSIFIED BY: AMBASSADOR JOHN DOE`).
 */
const STATEMENT_OPENING = /(?:^|\n\n)\s{0,4}(?:\([A-Z/]{1,10}\)\s{0,4})?CLASSIFIED\s{1,4}BY\b(\s?:)?/gi;

/**
 * Looks for a Classified By statement in the first paragraphs (1990s cables put it in paragraph 1): a paragraph or a
 * block of one that opens with it, and a statement, with a colon or giving reasons, not a sentence (`CLASSIFIED BY THE COLOMBIAN
 * GOVERNMENT AS "RESERVADO," THE REPORT ...`, nor an example quoted inside a paragraph).
 */
function classifiedByInBody(paragraphs: readonly Paragraph[]): { classifiedBy: ClassifiedBy | null; index: number } | null {
  for (let index = 0; index < Math.min(2, paragraphs.length); index++) {
    const text = (paragraphs[index] as Paragraph).text;
    let opens = false;
    let colon = false;
    for (const match of text.matchAll(STATEMENT_OPENING)) {
      opens = true;
      if (match[1] !== undefined) colon = true;
    }
    if (!opens) continue;
    const classifiedBy = parseClassifiedBy(text);
    if (classifiedBy !== null && (classifiedBy.reasons.length > 0 || colon)) return { classifiedBy, index };
  }
  return null;
}

/**
 * The station of an addressee for a reference id: `AMEMBASSY BONN` -> `BONN`, `SECSTATE WASHDC` -> `STATE`,
 * `USMISSION USUN NEW YORK` -> `USUNNEWYORK`, `USDEL SECRETARY IN MOSCOW` -> `SECTO`; `null` for a collective
 * (`EUROPEAN POLITICAL COLLECTIVE`).
 */
function addresseeStation(address: string): string | null {
  const words = address.toUpperCase().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.includes('COLLECTIVE') || words.includes('POSTS')) return null;
  if (words[words.length - 1] === 'WASHDC') words.pop();
  // The Secretary's traveling party (`USDEL SECRETARY IN MOSCOW`, `USDEL SECRETARY AIRCRAFT`): its telegrams are the SECTO series.
  if (words[0] === 'USDEL' && words[1] === 'SECRETARY') return 'SECTO';
  if (words[0] === 'USMISSION' || words[0] === 'USDEL') words.shift();
  const station = canonicalizeStation(words.join(' '));
  return station === '' ? null : station;
}

/**
 * The non-blank text of the cable's range that no field span and no wrapper span
 * covers, one entry per line piece, in input order. For HTML input (`frame.decoded`)
 * only the cable lines are considered: the page's markup is wrapper.
 */
function collectUnparsed(frame: Frame, spans: CableSpans, lines: readonly SourceLine[]): UnparsedText[] {
  const covered: Span[] = [...frame.wrapper];
  if (frame.metadata !== null) covered.push(frame.metadata);
  for (const value of Object.values(spans)) {
    if (value === null) continue;
    if (Array.isArray(value)) for (const v of value as Span[]) covered.push(v);
    else covered.push(value as Span);
  }
  covered.sort((a, b) => a.start - b.start);
  // Merge into disjoint intervals, so the walk below is linear.
  const merged: Span[] = [];
  for (const span of covered) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  // The ranges to account for: the whole frame, or for HTML each cable line (in order).
  const targets: Span[] = frame.decoded ? lines.map((l) => ({ start: l.offset, end: l.end })) : [frame.range];
  const out: UnparsedText[] = [];
  let c = 0;
  for (const target of targets) {
    let at = target.start;
    // Intervals end in increasing order: skip those that end before this target.
    while (c < merged.length && (merged[c] as Span).end <= at) c++;
    for (let k = c; k < merged.length && at < target.end; k++) {
      const span = merged[k] as Span;
      if (span.start >= target.end) break;
      if (span.start > at) pushGaps(frame.source, at, span.start, out);
      at = Math.max(at, span.end);
    }
    if (at < target.end) pushGaps(frame.source, at, target.end, out);
  }
  return out;
}

/**
 * The frame's wrapper spans, and the lines the repairs left blank although their source
 * holds a character: an archive's line-end backslash on an empty line (` \`), which is
 * its escaping, not cable text. Bounded by each line's length: linear.
 */
function repairedAway(frame: Frame, lines: readonly SourceLine[], signed: boolean): Span[] {
  const out = [...frame.wrapper];
  // The WikiLeaks paragraph signs of text copied from a page (`¶2. (C) ...`, `     ¶B. BOGOTA 03618`), which the repair
  // cut off or blanked (`repairParagraphSigns`): page markup, no part of the cable. Only when the cable's own text holds
  // one (`signed`): the search from the first runs past the range's end at most to the next sign, so an archive dump's
  // cables are searched in linear time in all. (The HTML reader leaves the signs out itself.)
  const signs: number[] = [];
  if (signed) {
    for (let k = frame.source.indexOf('\u00b6', frame.range.start); k >= 0 && k < frame.range.end; k = frame.source.indexOf('\u00b6', k + 1)) signs.push(k);
  }
  // (Lines come in input order: one pass over the signs.)
  let next = 0;
  for (const l of lines) {
    while (next < signs.length && (signs[next] as number) < l.offset - 1) next++;
    for (let j = next; j < signs.length && (signs[j] as number) < l.end; j++) {
      const k = signs[j] as number;
      if (k < l.offset || l.text.charCodeAt(k - l.offset) === 32) out.push({ start: k, end: k + 1 });
    }
    if (l.end <= l.offset || l.end > frame.source.length) continue;
    if (!isBlank(l.text)) {
      // A mail quote's prefix or a heading's marks the Markdown repair blanked before a line's text (`>JOHN`,
      // `>> 2. (SBU) ...`, `## SUMMARY`): the copy's, not the cable's, though no span of a field may start before it.
      const c = l.text.charCodeAt(0);
      if ((c === 32 || c === 9) && l.end - l.offset === l.text.length && !isWhitespaceCode(frame.source.charCodeAt(l.offset))) out.push({ start: l.offset, end: l.offset + skipWhitespace(l.text) });
      continue;
    }
    for (let k = l.offset; k < l.end; k++) {
      if (!/\s/.test(frame.source.charAt(k))) {
        out.push({ start: l.offset, end: l.end });
        break;
      }
    }
  }
  return out;
}

/** Adds the non-blank pieces of `source.slice(from, to)`, one per line, trimmed. */
function pushGaps(source: string, from: number, to: number, out: UnparsedText[]): void {
  let lineStart = from;
  for (let i = from; i <= to; i++) {
    const c = i < to ? source.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    let a = lineStart;
    let b = i;
    while (a < b && /\s/.test(source.charAt(a))) a++;
    while (b > a && /\s/.test(source.charAt(b - 1))) b--;
    if (b > a) out.push({ text: source.slice(a, b), span: { start: a, end: b } });
    lineStart = i + 1;
  }
}

/**
 * Where a cable sits in the input: the text its positions refer to, the range the cable
 * occupies (an archive entry occupies part of a dump), the archive chrome around it, and
 * whether its lines come decoded (HTML).
 */
interface Frame {
  source: string;
  /** `ParseOptions.maxFieldLines`. */
  maxFieldLines: number;
  range: Span;
  wrapper: Span[];
  metadata: Span | null;
  decoded: boolean;
  /** Where a routing header must end (the offset of a page's text block after its header block), or `null`. */
  headerLimit: number | null;
}

/**
 * The pieces of `range` that no line of `lines` (in input order) covers, from their first visible
 * character to their last: the archive records `withoutArchiveRecords` left out. One pass over the gaps.
 */
function gapsBetween(source: string, lines: readonly SourceLine[], range: Span): Span[] {
  const out: Span[] = [];
  let at = range.start;
  // A gap's visible part: from its first visible character to its last.
  const gap = (end: number): void => {
    let a = at;
    while (a < end && isWhitespaceCode(source.charCodeAt(a))) a++;
    let b = end;
    while (b > a && isWhitespaceCode(source.charCodeAt(b - 1))) b--;
    if (a < b) out.push({ start: a, end: b });
  };
  for (const l of lines) {
    if (l.offset > at) gap(l.offset);
    at = Math.max(at, l.end);
  }
  if (range.end > at) gap(range.end);
  return out;
}

/** True when `after` is not `before` line for line (a line left out or cut). */
function changedLines(before: readonly SourceLine[], after: readonly SourceLine[]): boolean {
  return before.length !== after.length || after.some((l, i) => l !== before[i]);
}

/** A frame for plain text occupying the whole input. */
function plainFrame(source: string, maxFieldLines: number): Frame {
  return { source, maxFieldLines, range: { start: 0, end: source.length }, wrapper: [], metadata: null, decoded: false, headerLimit: null };
}

/**
 * The lines with the scraper's line breaks inside the preamble (from `start` to `end`, and in plain text
 * `PREAMBLE_REPAIR_LOOKAHEAD` lines after it) repaired, or null when there are none. A field keyword starts an element.
 * On a WikiLeaks page (`decoded`) a TAGS line is never joined on (`preambleBreakRules`: the page rebuilds it from links,
 * dropping its trailing space: `... EFIN` / `PREL, BR`); in plain text it is, by its tags (`plainPreambleBreakRules`:
 * `P` / `HUM` is `PHUM`, `EFIN` / `PREL, BR` two tags).
 */
function repairPreambleBreaks(lines: readonly SourceLine[], start: number, end: number, decoded: boolean, lookahead: boolean): { lines: SourceLine[]; diagnostics: Diagnostic[] } | null {
  // A break may end the preamble early (`E.O. 12958: DECL: 09/22/` / `2018`: the fields after it read as body), so
  // in plain text the lines after it are looked at too (`lookahead`; not on a page, whose lines end less regularly,
  // unless its preamble ended before any TAGS and SUBJECT: a break inside a keyword, `NOFO` / `RN`, `SUBJ` / `ECT:`).
  const stop = lookahead ? Math.min(lines.length, end + PREAMBLE_REPAIR_LOOKAHEAD) : end;
  if (stop - start < 2) return null;
  // The pre-test, without copying: a line of the region ends without a space while most do (as `repairInsertedBreaks` asks).
  const ends = lineEnds(lines, start, stop);
  if (ends.nonBlank < 4 || ends.bare === 0 || ends.bare * 2 > ends.nonBlank) return null;
  const diagnostics: Diagnostic[] = [];
  const region = lines.slice(start, stop);
  const joined = repairInsertedBreaks(region, diagnostics, decoded ? preambleBreakRules : plainPreambleBreakRules);
  if (joined.length === region.length || !keepsTrailingSpaces(lines, start, decoded ? 4 : 2)) return null;
  return { lines: [...lines.slice(0, start), ...joined, ...lines.slice(stop)], diagnostics };
}

/** Lines after the preamble's end that its line-break repair looks at too (`repairPreambleBreaks`). */
const PREAMBLE_REPAIR_LOOKAHEAD = 20;

/**
 * True when at least `1 - 1/share` of the non-blank lines from `start` on end with a space, as every line of an archive
 * dump does: half of them in plain text (as the body's repair asks), 3 in 4 on a WikiLeaks page (`share` 4), whose
 * preamble lines often end without a space where nothing was cut (`SUBJECT: ... TALKS -` / `DECEMBER 2009`).
 */
function keepsTrailingSpaces(lines: readonly SourceLine[], start: number, share: number): boolean {
  const { nonBlank, bare } = lineEnds(lines, start, lines.length);
  return bare * share <= nonBlank;
}

/** How many of lines `from` to `to` (exclusive) are not blank, and how many of those end without a space (`bare`). */
function lineEnds(lines: readonly SourceLine[], from: number, to: number): { nonBlank: number; bare: number } {
  let nonBlank = 0;
  let bare = 0;
  for (let k = from; k < to; k++) {
    const text = (lines[k] as SourceLine).text;
    if (isBlank(text)) continue;
    nonBlank++;
    if (!isWhitespaceCode(text.charCodeAt(text.length - 1))) bare++;
  }
  return { nonBlank, bare };
}

/** The part of `source` from the first character any of `lines` came from to the last (empty without lines). */
function linesRange(source: string, lines: readonly SourceLine[]): string {
  let start = source.length;
  let end = 0;
  for (const l of lines) {
    if (l.offset < start) start = l.offset;
    if (l.end > end) end = l.end;
  }
  return start < end ? source.slice(start, end) : '';
}

/** Parses the lines of one cable (wrapper already removed). */
/**
 * True when a body holds the banner of a section after section `number` (`SECTION 03 OF 03` in the text of section 2):
 * a text of several sections joined. A native search for `SECTION` first; the banner read on such lines only.
 */
function holdsLaterSection(region: readonly SourceLine[], number: number): boolean {
  for (const line of region) {
    if (line.text.indexOf('SECTION') < 0) continue;
    const banner = parseClassificationLine(line.text);
    if (banner !== null && banner.section !== null && banner.section.number > number) return true;
  }
  return false;
}

function parseCableLines(input: readonly SourceLine[], metadata: ArchiveMetadata | null, diagnostics: Diagnostic[], frame: Frame): Cable {
  const decoded = frame.decoded;
  // Readers that decode entities themselves (HTML) pass `decoded`: their lines are decoded once, an entity escaped twice
  // (`&amp;quot;`) included (`decodeEntityMatch`), and their positions map into the page, not one character for one.
  let lines = decoded ? [...input] : repairEntities(input, diagnostics);
  // (Searched in the frame's own range: an archive dump's entries share one source. A page's text is read from the
  // part of the page its lines came from: the page around them, mostly markup and script, holds nothing a repair of
  // the lines could use, and searching it cost more than the rest of the repairs.)
  const own = decoded ? linesRange(frame.source, input) : frame.range.start === 0 && frame.range.end === frame.source.length ? frame.source : frame.source.slice(frame.range.start, frame.range.end);
  // UTF-8 read as Windows-1252 (`ABIDJANâ€™S`), before the quote repair turns its `“` into `"`; zero-width characters
  // copied from the web (`BROWNFIELD\u200b` hides the signer). One search of the input for both first.
  const copyDamage = hasCopyDamage(own);
  // (A page may write the mojibake as entities, `ZAPATERO&acirc;&euro;&trade;S`, `Chac&Atilde;&sup3;n`: its decoded lines show it.)
  if ((copyDamage && hasMojibake(own)) || (decoded && MOJIBAKE_ENTITY.test(own))) lines = repairMojibake(lines, diagnostics);
  lines = repairQuotes(lines, diagnostics);
  // (A page writes them as entities: `KHARTOUM 00001322&#160; 002 OF 003`, a mirror's double space.)
  if (hasNoBreakSpaces(own) || (decoded && NO_BREAK_SPACE_ENTITY.test(own))) lines = replaceNoBreakSpaces(lines, diagnostics);
  // Markdown a notes app or an editor added (`## SUMMARY`, `**Comment:**`, `1\. (SBU)`, `> BEGIN TEXT:`). (A native search
  // for its characters first; on a WikiLeaks page a line starts after `&#x000A;` and `>` is written `&gt;`.)
  if (mayHoldMarkdown(own, decoded) && hasMarkdown(lines)) {
    // A reply's own lines under a cable it quotes throughout are no part of the cable (they stay in `unparsed`); only
    // when the quote holds the cable's banner, not when a cable quotes a long e-mail.
    const quoteEnd = quotedTextEnd(lines, isBannerLine);
    lines = removeMarkdown(lines, diagnostics);
    if (quoteEnd !== null) lines = lines.slice(0, quoteEnd);
  }
  if (copyDamage && hasZeroWidth(own)) lines = removeZeroWidth(lines, diagnostics);
  if (copyDamage && hasControlCharacters(own)) lines = removeControlCharacters(lines, diagnostics);
  // (The HTML reader leaves the page's paragraph links out itself; a native search of the
  // input first spares a pass over every line when it holds no `¶` or no `""`.)
  const signed = !decoded && own.indexOf('\u00b6') >= 0;
  if (signed) lines = repairParagraphSigns(lines, diagnostics);
  const doubledQuotes = own.indexOf('""') >= 0 && findDoubledQuotes(lines, diagnostics);
  lines = repairLineEndBackslashes(lines, diagnostics);
  lines = repairDoubleSpacing(lines, diagnostics);
  const metadataYear = metadata !== null ? Number(metadata.created.slice(0, 4)) : undefined;
  const context: { year?: number } = {};
  if (metadataYear !== undefined && Number.isFinite(metadataYear)) context.year = metadataYear;

  // Routing header: it may follow a few lines an archive pasted before the cable
  // (`Cable dated:...`, a database row), so look for its start among the first lines.
  let i = 0;
  while (i < lines.length && isBlank((lines[i] as SourceLine).text)) i++;
  let header: Cable['header'] = null;
  let headerSpans: HeaderSpans | null = null;
  // Older cables print a page header and the office distribution before the header:
  //     CONFIDENTIAL
  //     PAGE 01        ROME  01196  01 OF 02  082030Z
  //     ACTION EUR-12
  //     ------------------123456 082035Z /38
  //     R 081950Z FEB 77
  // The header is read from the first of these lines (it keeps them as transmission lines).
  // (A 1970s State telegram prints its drafting block there too: `DRAFTED BY EB/ORF:RWBLACKWELL:LW` / `APPROVED BY ...` /
  // `EA/J:TKOLBE`, see `isDraftingBlockLine`.)
  let lead: number | null = null;
  let drafting = false;
  for (let k = i, seen = 0; k < lines.length && seen < HEADER_SEARCH_LINES; k++) {
    const text = (lines[k] as SourceLine).text;
    if (isBlank(text)) continue;
    if (isDistributionCodeLine(text) || isPageMarker(text) || isBareClassificationLine(text) || isPageFooter(text)) {
      lead ??= k;
      if (!isDistributionCodeLine(text)) seen++;
      continue;
    }
    if (lead !== null && isDraftingBlockLine(text, drafting)) {
      drafting = true;
      continue;
    }
    // The page's banner on two lines, its caveat under the word: `SECRET` / `NOFORN` / blank / `PAGE 01 ...`.
    if (lead !== null && k === lead + 1 && (parseHandlingLine(text)?.caveats.length ?? 0) > 0) continue;
    seen++;
    if (isBannerLine(text)) break;
    if (isHeaderStart(text)) {
      // A header read from a page's header block ends with that block (a copy of it may
      // open the text block after it).
      const limit = frame.headerLimit;
      let headerLines: readonly SourceLine[] = lines;
      if (limit !== null && (lines[lead ?? k] as SourceLine).offset < limit) {
        let stop = k;
        while (stop < lines.length && (lines[stop] as SourceLine).offset < limit) stop++;
        headerLines = lines.slice(0, stop);
      }
      const read = readRoutingHeader(headerLines, lead ?? k, diagnostics, context);
      header = read.header;
      headerSpans = read.spans;
      if (header !== null) i = read.end;
      break;
    }
    lead = null;
  }
  // The year of an invalid group is still its year (`O 21O915Z NOV 79`: 1979).
  const dtgYear = header?.dtg?.datetime ? Number(header.dtg.datetime.slice(0, 4)) : header?.dtg ? dtgTextYear(header.dtg.text) : undefined;
  const year = context.year ?? dtgYear;

  // Preamble: starts at the classification line when there is one near.
  let start = i;
  for (let k = i; k < lines.length && k < i + BANNER_SEARCH_LINES; k++) {
    // (Also a banner wrapped inside its SECTION: `LIMITED OFFICIAL USE SECTION 01 OF` / `02 GENEVA 04512`.)
    if (isBannerLine((lines[k] as SourceLine).text) || (k + 1 < lines.length && joinWrappedBanner((lines[k] as SourceLine).text, (lines[k + 1] as SourceLine).text) !== null)) {
      start = k;
      break;
    }
  }
  const refContext: { year?: number; referenceId?: string; date?: string; addressee?: string; maxFieldLines: number; source: string } = {
    maxFieldLines: frame.maxFieldLines,
    source: frame.source,
  };
  if (year !== undefined) refContext.year = year;
  // `REF: YOURTEL 19920` in a cable to one addressee (`TO AMEMBASSY BONN`) is that post's telegram.
  const addressee = header !== null && header.to.length === 1 ? addresseeStation((header.to[0] as { address: string }).address) : null;
  if (addressee !== null) refContext.addressee = addressee;
  // The citing cable's date as the archive gives it, else its DTG's (`R 040812Z JAN 10`: `2010-01-04T08:12:00Z`):
  // a reference's serial too large for it is of the year before. Its own post and serial: the archive's
  // id, else the banner's (read by the preamble).
  if (metadata !== null) {
    refContext.date = metadata.created;
    refContext.referenceId = metadata.referenceId;
  } else {
    const dtgDate = header?.dtg?.datetime;
    if (typeof dtgDate === 'string') refContext.date = dtgDate;
  }
  const readFields = (from: readonly SourceLine[]): { cut: ReturnType<typeof readAfterCutPreamble> | null; pre: PreambleRead } => {
    const cut = start < from.length && isBannerLine((from[start] as SourceLine).text) ? readAfterCutPreamble(from, start, refContext, diagnostics) : null;
    let pre = cut?.read ?? readPreamble(from, start, refContext, diagnostics);
    if (pre.preamble.subject === null) pre = rereadRepeatedPreamble(from, pre, refContext, diagnostics);
    return { cut, pre };
  };
  const fieldsFrom = diagnostics.length;
  let { cut, pre } = readFields(lines);
  // Line breaks a scraper inserted inside the preamble's fields (`SUBJECT: FRANCE: ... PENSION RE` / `FORM AS STRIKES
  // SPREAD`, `REF: A. PARIS 3981 B. STATE 14` / `4412`): repaired like the body's (below), then the fields read again.
  const repaired = repairPreambleBreaks(lines, start, pre.end, decoded, !decoded || (pre.preamble.subject === null && pre.preamble.tags.length === 0));
  if (repaired !== null) {
    diagnostics.length = fieldsFrom;
    diagnostics.push(...repaired.diagnostics);
    lines = repaired.lines;
    ({ cut, pre } = readFields(lines));
  }
  // No banner: the security letters of the routing header (`ZNY CCCCC ZZH`) still tell the level.
  const security = header?.security;
  if (!pre.hasBanner && security !== null && security !== undefined) {
    pre.preamble.classification.level = Object.prototype.hasOwnProperty.call(SECURITY_LEVELS, security) ? (SECURITY_LEVELS[security] ?? null) : null;
  }

  // Body and signer. Inserted line breaks are repaired first (never across structural
  // lines), then transmission lines are marked and the signer found before them.
  // lines: a reflowed line is first cut where a page marker, a framed heading or the next
  // paragraph's label stands inside it (`... considered. SOFIA 00001271 002 OF 003`).
  // When the preamble's last field ran on into the body's first line, the body starts at
  // the column the preamble reports.
  const bodyColumn = pre.bodyColumn;
  const rest = lines.slice(pre.end);
  const firstBody = rest[0];
  if (bodyColumn > 0 && firstBody !== undefined) rest[0] = lineFrom(firstBody, bodyColumn, frame.source);
  // The preamble's lines: the next section's copy of them in the body is transmission (its
  // SUBJECT line also tells where a continuation page's subject caption ends inside a line).
  const preambleLines: string[] = [];
  for (let k = start; k < pre.end && k < lines.length; k++) preambleLines.push((lines[k] as SourceLine).text);
  const region = splitReflowedLines(repairInsertedBreaks(rest, diagnostics, bodyBreakRules), frame.source, preambleLines, pre.preamble.post);
  // A stray `SIPDIS` line between two blocks (`breaks`) is read as the blank line it stands for.
  const breaks: boolean[] = [];
  const marks = markTransmissionLines(region.map((l) => l.text), preambleLines, breaks);
  // A `SIPDIS` line in the body (a joined section's, or one inserted after a title: `Assistant Secretary` / `SIPDIS` /
  // `Fried ...`) marks the cable too, when its preamble has none.
  const bodySipdis = !pre.preamble.sipdis && region.some((l, k) => marks[k] === true && l.text.indexOf('SIPDIS') >= 0 && parseHandlingLine(l.text)?.sipdis === true);
  // A middle section alone (`SECTION 03 OF 06`: a cables.csv row, a section kept by itself, no later section's banner
  // in its text) is cut mid-text and carries no signature, which stands in the last section: capitals after its last
  // sentence (`... THREAT OF FORCE. IRAQI AMBASSADOR`) are the next sentence's start, a name over a title and a post the
  // end of a participants list. A first section may be a page showing the whole cable under its first banner, so only a
  // later one is read so.
  const section = pre.preamble.section;
  // (Whether a section before the last holds a later section's banner, read once for both questions below.)
  const joinedLater = section !== null && section.number < section.total && holdsLaterSection(region, section.number);
  const middle = section !== null && section.number > 1 && section.number < section.total && !joinedLater;
  // (A first section of several alone may be cut after a list: the whole message only when no later section is missing.)
  const complete = section === null || section.number >= section.total || joinedLater;
  const found = middle ? null : findSigner(region, marks, complete);
  if (found === null) markTrailerEndingText(region, marks);
  // A complete copy without a signer after a cut copy ending with one (`SOBEL`): the cut copy's name signs.
  const cutLine = cut !== null && cut.cutSigner >= 0 ? lines[cut.cutSigner] : undefined;
  const cutName = cutLine === undefined ? null : upperCaseSignerName(cutLine.text);
  // A signer reflowed after the last sentence leaves that sentence in the body.
  // An embassy trailer before the signer (`Visit London's Classified Website: ...`) is not text either.
  const textEnd = found?.textEnd;
  // An annex after the signature (`RICE` / blank / `Tab 1: Talking points`) is text: the body reads on past the
  // signature, whose lines the paragraph reader takes for blank lines.
  const resume = found?.resume;
  const bodyEnd = textEnd === undefined || resume !== undefined ? region.length : textEnd.column > 0 ? textEnd.index + 1 : textEnd.index;
  const bodyLines = region.slice(0, bodyEnd);
  if (textEnd !== undefined && textEnd.column > 0 && resume === undefined) {
    const last = bodyLines[bodyLines.length - 1] as SourceLine;
    bodyLines[bodyLines.length - 1] = { ...last, text: last.text.slice(0, textEnd.column), end: Math.min(last.end, last.offset + textEnd.column) };
  }
  const bodyMarks = marks.slice(0, bodyEnd);
  // A FOIA release's exemption codes in the right margin of a text line (`... DEAD IN ALL          B1`) are its stamps, no
  // text: the line is read without them, and they are transmission. (On a page, whose lines' positions are the HTML's,
  // the codes are found in the line's source: they hold no entity.)
  const marginCodes: Span[] = [];
  if (region.some((l) => isFoiaCaseLine(l.text))) {
    for (let k = 0; k < bodyLines.length; k++) {
      const l = bodyLines[k] as SourceLine;
      if (bodyMarks[k] === true || l.text.length < MARGIN_CODE_COLUMN) continue;
      const m = MARGIN_CODES_END.exec(l.text);
      if (m === null || m.index === 0) continue;
      const codes = m[0].trim();
      const at = frame.decoded ? l.offset + frame.source.slice(l.offset, l.end).lastIndexOf(codes) : l.offset + m.index + m[0].length - m[0].trimStart().length;
      if (at < l.offset) continue;
      bodyLines[k] = { ...l, text: l.text.slice(0, m.index), end: frame.decoded ? at : Math.min(l.end, l.offset + m.index) };
      marginCodes.push({ start: at, end: frame.decoded ? at + codes.length : l.end });
    }
  }
  // (The signature's lines, before an annex, are no body text; the paragraph reader takes them for blank lines.)
  const signature = resume !== undefined && found !== null ? { from: found.index, to: found.titleIndex ?? found.index } : null;
  if (signature !== null) for (let k = signature.from; k <= signature.to; k++) bodyMarks[k] = true;
  const blankFor = (k: number): boolean => breaks[k] === true || (signature !== null && k >= signature.from && k <= signature.to);
  const readerMarks = breaks.length === 0 && signature === null ? bodyMarks : bodyMarks.map((m, k) => m && !blankFor(k));
  const { paragraphs, ranges } = readParagraphRanges(
    bodyLines.map((l, k) => (blankFor(k) ? '' : l.text)),
    readerMarks,
  );
  // Quotes a CSV export doubled (`""unprecedented""`, see `findDoubledQuotes`) are undoubled in the text read.
  if (doubledQuotes) {
    for (const para of paragraphs) {
      para.text = undoubleQuotes(para.text);
      if (para.heading !== null) para.heading = undoubleQuotes(para.heading);
    }
  }
  // Page markers, with their lines: before the header of older cables, in the preamble
  // (also inside a reflowed field line: `REF: 09 STATE 124006  LONDON 00000092  001.3 OF 012`),
  // and in the body (its reflowed lines are already cut around them).
  const pages: PageMarker[] = [];
  const pageLines: SourceLine[] = [];
  const addPage = (l: SourceLine): void => {
    const m = parsePageMarkerLine(l.text);
    if (m === null) return;
    pages.push(m);
    pageLines.push(l);
  };
  for (let k = 0; k < pre.end && k < lines.length; k++) {
    const l = lines[k] as SourceLine;
    addPage(l);
    for (const piece of inlinePageMarkerLines(l, frame.source, l.text.length, pre.preamble.post)) addPage(piece);
  }
  if (bodyColumn > 0 && firstBody !== undefined) {
    for (const piece of inlinePageMarkerLines(firstBody, frame.source, bodyColumn, pre.preamble.post)) addPage(piece);
  }
  for (const l of region) addPage(l);
  const signer = found?.signer ?? cutName?.signer ?? null;

  // Reference id: the archive's, else built from the banner and the cable's year.
  const p = pre.preamble;
  // Without an E.O. line, a declassification line closing the message (`DECL: OADR` / `BT`, marked as transmission).
  const closingDecl = p.executiveOrder === null ? closingDeclassify(region, marks) : -1;
  const closingDeclLine = region[closingDecl];
  const executiveOrder = p.executiveOrder ?? (closingDeclLine !== undefined ? parseExecutiveOrder(closingDeclLine.text) : null);
  const built = p.post !== null && p.serial !== null && year !== undefined ? buildReferenceId(year % 100, p.post, p.serial) : null;
  const referenceId = metadata?.referenceId ?? built;
  if (metadata !== null && built !== null && built !== metadata.referenceId) {
    const at = lines[start];
    const d = `Reference id from the cable text (${built}) differs from the archive's (${metadata.referenceId})`;
    diagnostics.push(at !== undefined ? diagnosticAt('REFERENCE_ID_MISMATCH', d, at) : diagnosticAtStart('REFERENCE_ID_MISMATCH', d));
  }

  // Missing fields.
  const anchor = lines[start] ?? lines[0];
  const missing = (code: 'CLASSIFICATION_MISSING' | 'SUBJECT_MISSING' | 'TAGS_MISSING' | 'EO_MISSING' | 'HEADER_MISSING', message: string): void => {
    diagnostics.push(anchor !== undefined ? diagnosticAt(code, message, anchor) : diagnosticAtStart(code, message));
  };
  const nothing = header === null && !pre.hasBanner && !pre.hasFields && metadata === null;
  if (nothing) {
    // Text that is no cable at all gets one error, not a list of every missing field.
    diagnostics.push(diagnosticAtStart('NO_CABLE_FOUND', 'No routing header, classification line or preamble field found'));
  } else {
    if (!pre.hasBanner) missing('CLASSIFICATION_MISSING', 'No classification line found');
    if (header === null) missing('HEADER_MISSING', 'No routing header found');
    if (p.subject === null) missing('SUBJECT_MISSING', 'No SUBJECT line found');
    if (p.tags.length === 0) missing('TAGS_MISSING', 'No TAGS line found');
    if (executiveOrder === null) missing('EO_MISSING', 'No E.O. line found');
  }
  if (signer === null && !nothing) {
    const last = lines[lines.length - 1];
    const m = 'No signer found at the end of the cable';
    diagnostics.push(last !== undefined ? diagnosticAt('SIGNER_MISSING', m, last) : diagnosticAtStart('SIGNER_MISSING', m));
  }
  // Pages count 1, 2, 3 ... within a section; a joined later section starts again at 1.
  pages.forEach((pg, k) => {
    const prev = pages[k - 1];
    // The first marker may be missing (archives often drop the one on page 1).
    const inOrder = pg.page === 1 || prev === undefined || (pg.page === prev.page + 1 && (pg.total === prev.total || pg.total === 0));
    const line = pageLines[k];
    if (!inOrder && line !== undefined) {
      diagnostics.push(diagnosticAt('PAGE_MARKER_OUT_OF_ORDER', `Page marker ${pg.page} OF ${pg.total} does not follow ${prev === undefined ? 'the start' : `${prev.page} OF ${prev.total}`}`, line));
    }
  });

  // `1.  (U)  CLASSIFIED BY JOHN DOE, ... REASON: 1.5 (D)`: Classified By inside paragraph 1.
  const inBody = p.classifiedBy === null ? classifiedByInBody(paragraphs) : null;
  // Or after the signer, marked as the body's closing statement (see `markClosingStatement`).
  const closing = p.classifiedBy === null && inBody?.classifiedBy == null && found !== null ? closingStatement(region, marks, found.index) : null;
  const classifiedBy = p.classifiedBy ?? inBody?.classifiedBy ?? closing?.classifiedBy ?? null;

  // Spans: where each field came from, and the non-blank text no field took.
  const h = headerSpans;
  const ps = pre.spans;
  // Key by key, in the order of `emptySpans` (object spreads are slow on this per-cable path).
  const spans: CableSpans = {
    header: h?.header ?? null,
    transmissionId: h?.transmissionId ?? null,
    relay: h?.relay ?? null,
    originator: h?.originator ?? null,
    security: h?.security ?? null,
    dtg: h?.dtg ?? null,
    from: h?.from ?? null,
    to: h?.to ?? [],
    info: h?.info ?? [],
    transmission: h === null ? [...ps.transmission] : [...h.transmission, ...ps.transmission, ...headerCopySpans(lines, i, start)],
    classification: ps.classification,
    handling: ps.handling,
    correctionNote: ps.correctionNote,
    distribution: ps.distribution,
    executiveOrder: ps.executiveOrder,
    tags: ps.tags,
    subject: ps.subject,
    references: ps.references,
    classifiedBy: ps.classifiedBy,
    metadata: frame.metadata,
    wrapper: repairedAway(frame, lines, signed),
    paragraphs: ranges.map(([a, b]) => spanOf(bodyLines[a] as SourceLine, bodyLines[b] as SourceLine)),
    summary: null,
    signer: null,
    pages: [],
  };
  if (classifiedBy !== null && spans.classifiedBy === null && inBody !== null) spans.classifiedBy = spans.paragraphs[inBody.index] ?? null;
  spans.pages = pageLines.map((l) => spanOf(l));
  if (closing !== null && closing.classifiedBy !== null) spans.classifiedBy = closing.span;
  if (closingDeclLine !== undefined) spans.executiveOrder = spanOf(closingDeclLine);
  region.forEach((l, k) => {
    if (marks[k] === true && k !== closingDecl && !isBlank(l.text) && parsePageMarkerLine(l.text) === null && (closing === null || k < closing.first || k > closing.last)) spans.transmission.push(spanOf(l));
  });
  for (const span of marginCodes) spans.transmission.push(span);
  if (cutLine !== undefined) {
    // The cut copy's signer line: the signer when the complete copy has none, else transmission like the rest of that copy.
    if (found === null && cutName !== null) spans.signer = { start: Math.min(cutLine.offset + cutName.column, cutLine.end), end: cutLine.end };
    else if (cutLine.end > cutLine.offset) spans.transmission.push(spanOf(cutLine));
  }
  if (found !== null) {
    const l = region[found.index] as SourceLine;
    // Two names on two lines (`SMITH` / `JONES`) end on the next line; `LA LIME` stands on one.
    const next = region[found.index + 1];
    // A title alone on the line after the name (`BOSWORTH` / `AMBASSADOR`) is the signature's last line.
    const title = found.titleIndex === undefined ? undefined : region[found.titleIndex];
    const signerLast = title ?? (!l.text.includes(found.signer) && next !== undefined && !isBlank(next.text) ? next : l);
    spans.signer = { start: Math.min(l.offset + found.column, l.end), end: Math.max(l.offset + found.column, signerLast.end) };
    // The trailer, from where the text ends up to the signer.
    const t = region[found.textEnd.index] as SourceLine;
    const from = Math.min(t.offset + found.textEnd.column, t.end);
    if (from < spans.signer.start) spans.transmission.push({ start: from, end: spans.signer.start });
  }
  const summary = extractSummary(paragraphs);
  if (summary !== null) {
    const k = paragraphs.findIndex((para) => para.text.includes(summary.slice(0, 40)));
    spans.summary = k >= 0 ? (spans.paragraphs[k] ?? null) : null;
  }

  return {
    referenceId,
    metadata,
    header,
    classification: p.classification,
    section: p.section,
    post: p.post,
    serial: p.serial,
    sipdis: p.sipdis || bodySipdis,
    correctionNote: p.correctionNote,
    distribution: p.distribution,
    executiveOrder,
    tags: p.tags,
    subject: doubledQuotes && p.subject !== null ? undoubleQuotes(p.subject) : p.subject,
    subjectMarking: p.subjectMarking,
    references: p.references,
    classifiedBy,
    paragraphs,
    summary,
    comments: extractBlocks(paragraphs, 'COMMENT'),
    notes: extractBlocks(paragraphs, 'NOTE'),
    signer,
    pages,
    body: doubledQuotes ? undoubleQuotes(bodyText(bodyLines, bodyMarks)) : bodyText(bodyLines, bodyMarks),
    diagnostics: diagnostics.sort((a, b) => a.offset - b.offset),
    spans,
    unparsed: collectUnparsed(frame, spans, lines),
  };
}

/** Checks arguments and applies `maxInputLength`. */
function prepare(text: unknown, options: ParseOptions | undefined, fn: string): { text: string; diagnostics: Diagnostic[]; maxFieldLines: number } {
  if (typeof text !== 'string') throw new TypeError(`${fn}: text must be a string, got ${text === null ? 'null' : typeof text}`);
  if (options !== undefined && (options === null || typeof options !== 'object')) throw new TypeError(`${fn}: options must be an object`);
  const max = options?.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
  if (typeof max !== 'number' || !(max >= 0)) throw new TypeError(`${fn}: options.maxInputLength must be a non-negative number`);
  const maxFieldLines = options?.maxFieldLines ?? DEFAULT_MAX_FIELD_LINES;
  if (typeof maxFieldLines !== 'number' || !(maxFieldLines >= 1)) throw new TypeError(`${fn}: options.maxFieldLines must be a number >= 1`);
  const diagnostics: Diagnostic[] = [];
  if (text.length > max) {
    diagnostics.push(diagnosticAtStart('INPUT_TOO_LARGE', `Input of ${text.length} characters exceeds maxInputLength (${max}); only the first ${max} were parsed`));
    return { text: text.slice(0, max), diagnostics, maxFieldLines };
  }
  return { text, diagnostics, maxFieldLines };
}

/** Runs a stage, turning an unexpected exception into an `INTERNAL_ERROR` diagnostic. */
function guarded(diagnostics: Diagnostic[], run: () => Cable): Cable {
  try {
    return run();
  } catch (error) {
    diagnostics.push(diagnosticAtStart('INTERNAL_ERROR', `Internal error: ${error instanceof Error ? error.message : String(error)}`));
    return emptyCable(diagnostics);
  }
}

function finish(cables: Cable[], options: ParseOptions | undefined): Cable[] {
  if (options?.strict === true) {
    const errors = cables.flatMap((c) => c.diagnostics.filter((d) => d.severity === 'error'));
    if (errors.length > 0) throw new CableParseError(errors);
  }
  return cables;
}

/**
 * The plain text of one cable, with or without archive metadata (a `cables.csv` row's fields). Archive
 * records the text may carry (see `withoutArchiveRecords`: a partial-extract notice, a pasted `cables.csv`
 * row or archive page record) are wrapper, as in the HTML reader.
 */
function parsePlainText(text: string, lines: readonly SourceLine[], metadata: ArchiveMetadata | null, diagnostics: Diagnostic[], maxFieldLines: number, range?: Span): Cable {
  const { lines: kept, textStart } = withoutArchiveRecords(text, lines);
  const frame = plainFrame(text, maxFieldLines);
  if (range !== undefined) frame.range = range;
  if (changedLines(lines, kept)) frame.wrapper = gapsBetween(text, kept, frame.range);
  frame.headerLimit = textStart;
  return guarded(diagnostics, () => parseCableLines(kept, metadata, diagnostics, frame));
}

/**
 * Plain text holding several cables, as `splitJoinedCables` cut it: one `Cable` each, its range from its first line to
 * its last; the diagnostics so far go with the first.
 */
function parseJoinedCables(text: string, lines: readonly SourceLine[], parts: ReadonlyArray<[number, number]>, diagnostics: Diagnostic[], maxFieldLines: number): Cable[] {
  return parts.map(([start, end], k) => {
    const own = k === 0 ? diagnostics : [];
    const part = lines.slice(start, end);
    const range = { start: part[0]?.offset ?? 0, end: part[part.length - 1]?.end ?? 0 };
    return parsePlainText(text, part, null, own, maxFieldLines, range);
  });
}

/** Parses every cable of a document (an archive dump, plain text of one cable or of several, a page, `cables.csv`). */
function parseDocument(text: string, diagnostics: Diagnostic[], onlyFirst: boolean, maxFieldLines: number): Cable[] {
  if (isBlank(text)) {
    diagnostics.push(diagnosticAtStart('EMPTY_INPUT', 'The input holds no text'));
    return [emptyCable(diagnostics)];
  }
  const format = detectFormat(text);
  if (format === 'wikileaks-html') {
    const page = readWikileaksHtml(text);
    const own = [...diagnostics, ...page.diagnostics];
    // The page's markup around and between the cable lines is archive wrapper.
    const wrapper: Span[] = [];
    let at = 0;
    for (const l of page.lines) {
      if (l.offset > at) wrapper.push({ start: at, end: l.offset });
      at = Math.max(at, l.end);
    }
    if (at < text.length) wrapper.push({ start: at, end: text.length });
    const frame: Frame = { source: text, maxFieldLines, range: { start: 0, end: text.length }, wrapper, metadata: null, decoded: true, headerLimit: page.bodyOffset };
    return [guarded(own, () => parseCableLines(page.lines, page.metadata, own, frame))];
  }
  if (format === 'csv') {
    const cables: Cable[] = [];
    for (const row of readCsvRowsSync(text)) {
      cables.push(cableFromCsvRow(row, (t, m) => parseCableWithMetadata(t, m, { maxFieldLines })));
      if (onlyFirst) break;
    }
    if (cables.length > 0) return cables;
  }
  const lines = splitLines(text);
  const entries = format === 'archive' ? splitArchive(lines) : [];
  if (entries.length === 0) {
    // Cables pasted one after another (each with its transmission, or its banner after the signer of the one before): one `Cable` each.
    // (The records of a National Archives AAD export, one after another, first: each is one cable.)
    const parts = (text.indexOf('END OF DOCUMENT') >= 0 ? splitAadRecords(lines) : null) ?? splitJoinedCables(text, lines);
    if (parts.length > 1) return parseJoinedCables(text, lines, onlyFirst ? parts.slice(0, 1) : parts, diagnostics, maxFieldLines);
    return [parsePlainText(text, lines, null, diagnostics, maxFieldLines)];
  }
  const chosen = onlyFirst ? entries.slice(0, 1) : entries;
  return chosen.map((entry, k) => {
    const own = k === 0 ? [...diagnostics, ...entry.diagnostics] : [...entry.diagnostics];
    const first = entry.allLines[0];
    const last = entry.allLines[entry.allLines.length - 1];
    const range = { start: first?.offset ?? 0, end: last?.end ?? 0 };
    const { lines: kept, textStart } = withoutArchiveRecords(text, entry.lines);
    const textRange = { start: entry.lines[0]?.offset ?? range.start, end: entry.lines[entry.lines.length - 1]?.end ?? range.end };
    const wrapper = changedLines(entry.lines, kept) ? [...entry.wrapper, ...gapsBetween(text, kept, textRange)] : entry.wrapper;
    const frame: Frame = { source: text, maxFieldLines, range, wrapper, metadata: entry.metadataSpan, decoded: false, headerLimit: textStart };
    return guarded(own, () => parseCableLines(kept, entry.metadata, own, frame));
  });
}

/**
 * Parses `text` as the plain text of one cable, without detecting an input format, with
 * archive metadata you already know (a `cables.csv` row, a database record) or `null`.
 * Positions refer to `text`. Never throws on a string, like `parseCable`.
 *
 * @example parseCableWithMetadata(cableText, { referenceId: '10ASTANA270', created: '2010-02-26T08:05', released: null, classification: 'UNCLASSIFIED', origin: 'Embassy Astana', title: null, mediaUrls: [] })
 */
export function parseCableWithMetadata(text: string, metadata: ArchiveMetadata | null, options?: ParseOptions): Cable {
  const prepared = prepare(text, options, 'parseCableWithMetadata');
  const diagnostics = prepared.diagnostics;
  const cable =
    isBlank(prepared.text) && metadata === null
      ? (diagnostics.push(diagnosticAtStart('EMPTY_INPUT', 'The input holds no text')), emptyCable(diagnostics))
      : parsePlainText(prepared.text, splitLines(prepared.text), metadata, diagnostics, prepared.maxFieldLines);
  return finish([cable], options)[0] as Cable;
}

/**
 * Parses one cable. Never throws on a string: what it cannot understand is reported in
 * `diagnostics`. With `{ strict: true }` error diagnostics throw a `CableParseError`.
 * A document holding several cables (an archive dump, cables pasted one after another) yields its first cable (see `parseCables`).
 *
 * @example parseCable(text).subject // 'KAZAKHSTAN: SECOND PREPARATION MEETING FOR THE 2010 SUSTAINABLE DEVELOPMENT CONFERENCE'
 */
export function parseCable(text: string, options?: ParseOptions): Cable {
  const prepared = prepare(text, options, 'parseCable');
  const cables = parseDocument(prepared.text, prepared.diagnostics, true, prepared.maxFieldLines);
  return finish(cables, options)[0] ?? emptyCable(prepared.diagnostics);
}

/**
 * Parses a document holding many cables (an archive dump like the seed, `cables.csv`), one `Cable`
 * per cable in document order. Plain text of a single cable gives one `Cable`, also when its sections
 * are joined in it; plain text of cables pasted one after another (each with its transmission, `VZCZC...`,
 * or its banner right after the signer of the one before) gives one `Cable` each.
 */
export function parseCables(text: string, options?: ParseOptions): Cable[] {
  const prepared = prepare(text, options, 'parseCables');
  return finish(parseDocument(prepared.text, prepared.diagnostics, false, prepared.maxFieldLines), options);
}

