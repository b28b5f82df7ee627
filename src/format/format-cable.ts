/**
 * The formatter: writes a `Cable` back as plain cable text in the standard layout of the
 * seed cables (routing header, preamble, body with page markers, signer), lines wrapped
 * at 69 characters, `\n` line endings.
 *
 *     VZCZCXRO4053
 *     OO RUEHIK
 *     DE RUEHTA #0270/01 0570805
 *     ZNR UUUUU ZZH
 *     O 260805Z FEB 10
 *     FM AMEMBASSY ASTANA
 *     TO RUEHC/SECSTATE WASHDC IMMEDIATE 7547
 *
 *     UNCLAS SECTION 01 OF 02 ASTANA 000270
 *     ...
 *
 * Depends on `src/model/` only. Where a line break would make a reader see structure that
 * is not there (a wrapped line starting with `2.`, a subject line starting with `REF`), the
 * break is moved or the line is left longer than the width.
 */

import type { Cable, PageMarker, Paragraph, Recipient, Reference, RoutingHeader } from '../model/cable.js';

/** Line width of the standard layout (the seed's width). */
const WIDTH = 69;

/** Options for `formatCable`. */
export interface FormatOptions {
  /** Layout style. Only `'canonical'` (the seed's layout) exists; it is the default. */
  style?: 'canonical';
}

// ---------------------------------------------------------------------------------------------
// Wrapping

/**
 * Wraps text at `width` characters (default 69): words are separated by runs of
 * whitespace, lines are filled greedily and joined words are separated by one space. A
 * word longer than the width stands alone on its line. Empty text gives no lines.
 *
 * @example wrapText('one two three', 7) // ['one two', 'three']
 */
export function wrapText(text: string, width: number = WIDTH): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  return wrapTokens(words, width, () => true);
}

/**
 * Greedy wrap of tokens. `startOk(rest, before)` is asked, at each line break, whether a
 * line may start with the text `rest` (the remaining tokens joined) after a line ending
 * with `before`; when it may not, the break is moved one token earlier, or else dropped
 * (the line grows past the width).
 */
function wrapTokens(tokens: readonly string[], width: number, startOk: (rest: string, before: string) => boolean): string[] {
  const lines: string[][] = [];
  let cur: string[] = [];
  let len = 0;
  const restFrom = (k: number, extra: readonly string[] = []): string => [...extra, ...tokens.slice(k, k + 8)].join(' ');
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as string;
    if (cur.length === 0) {
      cur = [t];
      len = t.length;
      continue;
    }
    if (len + 1 + t.length <= width) {
      cur.push(t);
      len += 1 + t.length;
      continue;
    }
    if (startOk(restFrom(k), cur.join(' '))) {
      lines.push(cur);
      cur = [t];
      len = t.length;
      continue;
    }
    // Move the break one token earlier: the next line starts with the last token of this one.
    const last = cur[cur.length - 1] as string;
    if (cur.length > 1 && startOk(restFrom(k, [last]), cur.slice(0, -1).join(' '))) {
      lines.push(cur.slice(0, -1));
      cur = [last, t];
      len = last.length + 1 + t.length;
      continue;
    }
    cur.push(t);
    len += 1 + t.length;
  }
  if (cur.length > 0) lines.push(cur);
  return lines.map((l) => l.join(' '));
}

/** Merges into its predecessor every line (after the first) for which `bad` holds. */
function mergeBadLines(lines: readonly string[], bad: (line: string, index: number, all: readonly string[]) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (out.length > 0 && bad(line, i, lines)) out[out.length - 1] = `${out[out.length - 1] as string} ${line}`;
    else out.push(line);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// What a reader takes for structure at the start of a line (mirrors the layout rules of
// docs/cable-format.md; kept here so the formatter depends on the model only).

/** A paragraph label: `1.`, `A.`, `II.`, `¶3.`, `11.(U)`. */
const LABEL_START = /^\s*(?:\u00b6\s?)?(?:\d{1,3}|[A-Z]|[IVX]{2,5})\.(?:\s|$|\((?:[CSU]|SBU|TS|LOU)\b)/;
/** Page marker core: `00000270  001.3 OF 002`. */
const PAGE_CORE = /\d{5,8}[ \t]{1,4}\d{3}(?:\.\d)?[ \t]{1,3}OF[ \t]{1,3}\d{1,3}/i;
/** Older page marker: `PAGE 02 ROME 01196`. */
const OLDER_PAGE = /^\s*PAGE\s+\d{1,3}\s+[A-Z]/;
/** Classification words at a line start. */
const LEVEL_START = /^[-*\s]*(?:UNCLAS|LIMITED OFFICIAL USE|CONFIDENTIAL|TOP SECRET|SECRET|C O N F|S E C R|U N C L)/i;
/** Caveat and handling words. */
const HANDLING_WORDS =
  /^(?:SIPDIS|NOFORN|EXDIS|NODIS|LIMDIS|STADIS|EFTO|ORCON|PROPIN|NOCONTRACT|SENSITIVE|BUT|UNCLASSIFIED|FOR|OFFICIAL|USE|ONLY|ROGER|CHANNEL|CHEROKEE|CORRECTED|COPY|NOTAL|-)$/;
/** Transmission end marks and decoration lines. */
const END_OR_DECORATION = /^\s*(?:BT|NNNN)\s*$|^\s*[^\p{L}\p{N}\s]+\s*$/u;
/** Preamble field keywords at a line start. */
const FIELD_START =
  /^\s*"?(?:SUBJ(?:ECT)?\b|TAGS?\b|E\.?\s?O\.?\s*\d|DECL\s?:|REF(?:S|TELS?|\(S\))?\s*[:.]|REF(?:S|TELS?)?\s+[A-Z(]|REF(?:S|TELS?|\(S\))?\b|CLASSIF|E\.[ \t]?O\.|SUMMARY|-{3}|¶|SENSITIVE\b|SIPDIS\b|NOFORN\b|CORRECTED\b|\d{1,2}\.(?:\s|$))/i;

/** True when the line holds only handling words (`SIPDIS`, `NOFORN`, `SENSITIVE BUT UNCLASSIFIED`). */
function isHandlingOnly(line: string): boolean {
  const words = line.trim().split(/[\s,/]+/).filter((w) => w.length > 0);
  return words.length > 0 && words.every((w) => HANDLING_WORDS.test(w.toUpperCase()));
}

/** True when a whole line would be read as a transmission line (page marker, banner, end mark). */
function isStructuralLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0) return false;
  if (PAGE_CORE.test(t) && /^[A-Z][A-Z.' -]*\s\d/i.test(t) && /\d{1,3}$/.test(t)) return true;
  if (OLDER_PAGE.test(t)) return true;
  if (END_OR_DECORATION.test(t)) return true;
  if (LEVEL_START.test(t) && !/[a-z]/.test(t)) return true;
  return false;
}

/** May a continuation line of body text start with `rest`? */
function bodyStartOk(rest: string): boolean {
  return !LABEL_START.test(rest);
}

/** May a continuation line of a preamble field start with `rest`? */
function preambleStartOk(rest: string): boolean {
  return (
    !LABEL_START.test(rest) &&
    !FIELD_START.test(rest) &&
    !LEVEL_START.test(rest) &&
    !/^\(?[A-Z0-9]{1,2}[.):]\s/.test(rest) &&
    !/^\((?:[CSU]|SBU|TS|LOU|CUI)(?:\/{1,2}[A-Z]{1,8})*\)/.test(rest) &&
    !PAGE_CORE.test(rest.slice(0, 40))
  );
}

/** Body lines that would be read as something else: merged into the line before. */
function badBodyLine(line: string): boolean {
  return isStructuralLine(line) || isHandlingOnly(line);
}

/** Preamble continuation lines that would be read as something else. */
function badPreambleLine(line: string): boolean {
  return isStructuralLine(line) || isHandlingOnly(line) || !preambleStartOk(line);
}

/** Sentence-final punctuation, possibly followed by a closing quote or parenthesis. */
const ENDS_SENTENCE = /[.!?:;]["')\]]*$/;

/** A line at least this long, of mixed case and without final punctuation, reads as continued after a blank line. */
const CONTINUED_TEXT_WIDTH = 50;

/**
 * Wraps body text; continuation lines never start with a label or read as transmission
 * lines. A block ending in a long mixed-case line without final punctuation would read as
 * running on across the blank line after it (a lost page break): its last words go on a
 * shorter line of their own.
 */
function wrapBody(tokens: readonly string[], width: number = WIDTH): string[] {
  const lines = mergeBadLines(wrapTokens(tokens, width, bodyStartOk), (l) => badBodyLine(l) || !bodyStartOk(l));
  const last = lines[lines.length - 1];
  if (last === undefined || last.length < CONTINUED_TEXT_WIDTH || !/[a-z]/.test(last) || ENDS_SENTENCE.test(last)) return lines;
  const words = last.split(' ');
  for (let k = words.length - 1; k > 0; k--) {
    const head = words.slice(0, k).join(' ');
    const tail = words.slice(k).join(' ');
    if (tail.length >= CONTINUED_TEXT_WIDTH) break;
    if (bodyStartOk(tail) && !badBodyLine(tail) && !badBodyLine(head)) return [...lines.slice(0, -1), head, tail];
  }
  return lines;
}

/** Wraps a preamble field; continuation lines never start another field. */
function wrapPreamble(text: string, width: number = WIDTH): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  return mergeBadLines(wrapTokens(words, width, preambleStartOk), badPreambleLine);
}

// ---------------------------------------------------------------------------------------------
// Routing header

/** Precedence words and their letters. */
const PRECEDENCE_LETTER: Readonly<Record<string, string>> = {
  FLASH: 'Z',
  IMMEDIATE: 'O',
  PRIORITY: 'P',
  ROUTINE: 'R',
  EMERGENCY: 'Y',
};

/** `RUEHC/SECSTATE WASHDC IMMEDIATE 7547`. */
function recipientLine(r: Recipient): string {
  const parts: string[] = [];
  parts.push(r.routingIndicator !== null ? `${r.routingIndicator}/${r.address}` : r.address);
  if (r.precedence !== null) parts.push(r.precedence);
  if (r.mcn !== null) parts.push(r.mcn);
  return parts.filter((p) => p.length > 0).join(' ');
}

/** Lines of the routing header. */
function headerLines(h: RoutingHeader): string[] {
  const out: string[] = [];
  if (h.transmissionId !== null) out.push(h.transmissionId);
  if (h.relay !== null && (h.relay.precedence.length > 0 || h.relay.routingIndicators.length > 0)) {
    const prefix = h.relay.precedence.join(' ');
    const lines = wrapTokens([prefix, ...h.relay.routingIndicators].filter((t) => t.length > 0), WIDTH, () => true);
    for (const l of lines) out.push(l);
  }
  const o = h.originator;
  if (o !== null) {
    const section = o.section !== null ? `/${String(o.section).padStart(2, '0')}` : '';
    out.push(`DE ${o.station} #${o.serial}${section} ${String(o.julianDay).padStart(3, '0')}${o.time}`);
  }
  if (h.security !== null) out.push(`ZNR ${h.security} ZZH`);
  if (h.dtg !== null) {
    const letter = h.dtg.precedence !== null ? PRECEDENCE_LETTER[h.dtg.precedence] : undefined;
    const parts = [letter ?? '', h.dtg.text, h.dtg.suffix ?? ''].filter((p) => p.length > 0);
    out.push(parts.join(' '));
  }
  if (h.from !== null) out.push(`FM ${h.from}`);
  const list = (keyword: string, recipients: readonly Recipient[]): void => {
    recipients.forEach((r, k) => {
      out.push(k === 0 ? `${keyword} ${recipientLine(r)}` : recipientLine(r));
      for (const x of r.excluded) out.push(`XMT ${x}`);
    });
  };
  list('TO', h.to);
  list('INFO', h.info);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Preamble

/** Distribution lines that start a new entry (others continue a long line before them). */
const DISTRIBUTION_ENTRY = / FOR\b|\bPASS\b|^\s*[A-Z0-9/&.-]{2,30}\s?:|^\s*(?:STATE|DEPT|SECSTATE|USDOC|USDOE|DOE|DOD|DHS|TREASURY|USAID)\b/;

/** A long line may be continued by the next one when that one does not start an entry. */
const CONTINUED_WIDTH = 50;

/**
 * Distribution entries, wrapped. A continuation line must not read as a new entry and
 * must follow a line long enough to be read as wrapped; when no break allows that, the
 * entry stays on one line. An entry that would be read as continuing the line before it
 * gets a blank line first.
 */
function distributionLines(entries: readonly string[]): string[] {
  const out: string[] = [];
  let previous = '';
  for (const entry of entries) {
    const words = entry.split(/\s+/).filter((w) => w.length > 0);
    let lines = wrapTokens(words, WIDTH, (rest) => !DISTRIBUTION_ENTRY.test(rest) && preambleStartOk(rest));
    const ok = lines.every((l, k) => k === 0 || ((lines[k - 1] as string).length >= CONTINUED_WIDTH && !DISTRIBUTION_ENTRY.test(l) && !badPreambleLine(l)));
    if (!ok) lines = [words.join(' ')];
    const first = lines[0] ?? '';
    if (previous.length >= CONTINUED_WIDTH && !DISTRIBUTION_ENTRY.test(first)) out.push('');
    for (const l of lines) out.push(l);
    previous = lines[lines.length - 1] ?? '';
  }
  return out;
}

/** Continuation lines of TAGS: upper-case tag words only. */
const TAGS_CONTINUATION = /^\s*[A-Z][A-Z0-9,;() -]*$/;

/** The TAGS line(s): space-separated, or comma-separated when a tag has inner spaces. */
function tagsLines(tags: readonly string[]): string[] {
  const multiword = tags.some((t) => /\s/.test(t.replace(/\([^()]*\)/g, '').trim()));
  const units = multiword ? tags.map((t, k) => (k < tags.length - 1 ? `${t},` : t)) : [...tags];
  const lines = wrapTokens(['TAGS:', ...units], WIDTH, (rest) => TAGS_CONTINUATION.test(rest.split(' ')[0] ?? '') && preambleStartOk(rest));
  const ok = lines.every((l, k) => k === 0 || (TAGS_CONTINUATION.test(l) && l.length <= 80 && !badPreambleLine(l)));
  return ok ? lines : [['TAGS:', ...units].join(' ')];
}

/**
 * REF lines: `REF: A) 09 STATE 125262`, then `B) ...` one per line; an unlabeled list
 * joined with `; `. Consecutive references with the same label (`A. LIMA 123 AND 456`)
 * share a line (`A) LIMA 123, 456`); one of another kind than a cable or `other` (an
 * e-mail, a report) goes on the next line, where it reads as a document of its own.
 */
function referenceLines(refs: readonly Reference[]): string[] {
  if (refs.length === 0) return [];
  if (refs.every((r) => r.label === null)) return wrapPreamble(`REF: ${refs.map((r) => r.text).join('; ')}`);
  const items: string[] = [];
  for (let k = 0; k < refs.length; k++) {
    const r = refs[k] as Reference;
    const prev = refs[k - 1];
    if (r.label !== null && prev !== undefined && prev.label === r.label && items.length > 0) {
      if (r.kind === 'cable' || r.kind === 'other') items[items.length - 1] = `${items[items.length - 1] as string}, ${r.text}`;
      else items.push(r.text);
      continue;
    }
    items.push(r.label !== null ? `${r.label}) ${r.text}` : r.text);
  }
  const out: string[] = [];
  items.forEach((item, k) => {
    for (const l of wrapPreamble(k === 0 ? `REF: ${item}` : item)) out.push(l);
  });
  return out;
}

/** True when the Classified By statement stands in the first paragraphs (1990s style), not the preamble. */
function classifiedByInBody(cable: Cable): boolean {
  const cb = cable.classifiedBy;
  if (cb === null) return false;
  for (const p of cable.paragraphs.slice(0, 2)) {
    if (/CLASSIFIED\s+BY\b/i.test(p.text)) return p.text.includes(cb.text);
  }
  return false;
}

/**
 * The `CORRECTED COPY` caption with its note: in parentheses (`CORRECTED COPY (PARA 3 TEXT ADDED)`), or
 * after a dash when the note holds a parenthesis itself (`CORRECTED COPY - TEXT OF PARA 2 (B) ADDED`).
 */
function correctionCaption(note: string): string {
  return note.includes('(') || note.includes(')') ? `CORRECTED COPY - ${note}` : `CORRECTED COPY (${note})`;
}

/** Lines of the preamble, from the classification line to the last field. */
function preambleLines(cable: Cable): string[] {
  const out: string[] = [];
  const c = cable.classification;
  const banner: string[] = [];
  if (c.text.length > 0) banner.push(c.text);
  if (cable.section !== null) banner.push(`SECTION ${String(cable.section.number).padStart(2, '0')} OF ${String(cable.section.total).padStart(2, '0')}`);
  if (cable.post !== null) banner.push(cable.post);
  if (cable.serial !== null) banner.push(cable.serial);
  if (banner.length > 0) {
    out.push(banner.join(' '));
    out.push('');
  }
  const handling = [...c.caveats];
  // The correction note goes on its caption's line (a note implies the caption).
  const note = cable.correctionNote;
  if (note !== null && !handling.includes('CORRECTED COPY')) handling.push('CORRECTED COPY');
  for (const h of handling) out.push(h === 'CORRECTED COPY' && note !== null ? correctionCaption(note) : h);
  if (cable.sipdis) out.push('SIPDIS');
  if (handling.length > 0 || cable.sipdis) out.push('');
  if (cable.distribution.length > 0) {
    for (const l of distributionLines(cable.distribution)) out.push(l);
    out.push('');
  }
  const fields: string[] = [];
  if (cable.executiveOrder !== null) fields.push(cable.executiveOrder.text);
  if (cable.tags.length > 0) for (const l of tagsLines(cable.tags)) fields.push(l);
  if (cable.subject !== null) for (const l of wrapPreamble(`SUBJECT: ${cable.subjectMarking === null ? '' : `(${cable.subjectMarking}) `}${cable.subject}`)) fields.push(l);
  for (const l of fields) out.push(l);
  if (fields.length > 0) out.push('');
  if (cable.references.length > 0) {
    for (const l of referenceLines(cable.references)) out.push(l);
    out.push('');
  }
  if (cable.classifiedBy !== null && !classifiedByInBody(cable)) {
    for (const l of wrapPreamble(cable.classifiedBy.text)) out.push(l);
    out.push('');
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

// ---------------------------------------------------------------------------------------------
// Body

/** A body line and where a page marker may stand before it. */
interface BodyLine {
  text: string;
  /** First line of a labeled paragraph (after a blank line): a page marker may precede it with blank lines around. */
  paragraphStart: boolean;
}

/** Heading lines: all capitals, at least two capitals, not ending in `.`, `,` or `;`. */
function isTitle(line: string): boolean {
  return !/[a-z]/.test(line) && /[A-Z]{2}/.test(line) && !LABEL_START.test(line) && !/^\s*(?:BEGIN|END)\b/.test(line) && !/[.,;]$/.test(line);
}

/**
 * Heading blocks: in mixed-case text up to three title lines each; in all-capitals text
 * one line of at most 60 characters each. Consecutive blocks read as one heading. Every
 * line must read as a title (two capitals, no final `.`, `,` or `;`): the width narrows
 * until it does.
 */
function headingBlocks(heading: string, mixedCase: boolean): string[][] {
  const max = mixedCase ? WIDTH : 60;
  const words = heading.split(/\s+/).filter((w) => w.length > 0);
  const wrap = (width: number): string[] =>
    mergeBadLines(
      wrapTokens(words, width, (rest, before) => bodyStartOk(rest) && !/^\s*(?:BEGIN|END)\b/.test(rest) && !/[.,;:]$/.test(before)),
      (l, i, all) => badBodyLine(l) || !bodyStartOk(l) || (i > 0 && !isTitle(all[i - 1] as string)),
    );
  let lines = wrap(max);
  for (let width = max - 1; width >= 20 && !lines.every((l) => isTitle(l) && l.length <= max); width--) {
    const narrower = wrap(width);
    if (narrower.every((l) => isTitle(l) && l.length <= max)) lines = narrower;
  }
  const per = mixedCase ? 3 : 1;
  const blocks: string[][] = [];
  for (let k = 0; k < lines.length; k += per) blocks.push(lines.slice(k, k + per));
  return blocks;
}

/**
 * Shortest first line of two capitals lines that the reader takes for one headline wrapped
 * at the cable's width (its `isWrappedCapsTitle`):
 *     REPORTS RESTORATION SUSTAINABLE CONFERENCE CASES SEEKS
 *     JOIN:
 */
const WRAPPED_TITLE_WIDTH = 50;

/** True when two capitals title lines read as one wrapped headline: a long first line, a shorter second one. */
function isWrappedTitle(lines: readonly string[]): boolean {
  if (lines.length !== 2) return false;
  const first = (lines[0] ?? '').trim();
  const second = (lines[1] ?? '').trim();
  return first.length >= WRAPPED_TITLE_WIDTH && second.length < first.length;
}

/**
 * True when wrapped text lines would read as a heading: a block of title lines (mixed
 * case: at most three; capitals: one of at most 60 characters, or two read as one wrapped
 * headline), or, in mixed case, title lines closing a block after a finished sentence.
 */
function readsAsHeading(lines: readonly string[], mixedCase: boolean, mayHead: boolean): boolean {
  if (mayHead && lines.every(isTitle) && (mixedCase ? lines.length <= 3 : (lines.length === 1 && (lines[0] ?? '').length <= 60) || isWrappedTitle(lines))) return true;
  if (!mixedCase || lines.length < 2) return false;
  let j = lines.length;
  while (j > 1 && isTitle(lines[j - 1] as string)) j--;
  return j < lines.length && ENDS_SENTENCE.test(lines[j - 1] as string);
}

/**
 * Wraps a block of paragraph text at 69 characters, or narrower when that is what keeps
 * it from reading as a heading (`mayHead`: the block is not a labeled paragraph's first
 * block and does not follow a block ending with a colon).
 */
function wrapTextBlock(tokens: readonly string[], mixedCase: boolean, mayHead: boolean): string[] {
  const lines = wrapBody(tokens);
  if (!readsAsHeading(lines, mixedCase, mayHead)) return lines;
  for (let width = WIDTH - 1; width >= 20; width--) {
    const narrower = wrapBody(tokens, width);
    if (!readsAsHeading(narrower, mixedCase, mayHead)) return narrower;
  }
  return lines;
}

/** A signer line: one to three upper-case names (`HOAGLAND`, `O'BRIEN`, `SMITH JONES`). */
const SIGNER_LINE = /^\s*[A-Z][A-Z'.-]{1,24}(?:[ /]{1,3}[A-Z][A-Z'.-]{1,24}){0,2}\s*$/;
/** A mixed-case name on its own line: `Hrinak`, `McCarthy`. */
const MIXED_CASE_SIGNER_LINE = /^\s*[A-Z][a-z]{0,3}[A-Z]?[a-z]{1,20}(?: [A-Z][a-z]{0,3}[A-Z]?[a-z]{1,20})?\s*$/;
/** A name after the last sentence: `... to come. GUTIERREZ`. */
const SIGNER_AFTER_SENTENCE = /[.!?]["')]?\s+[A-Z][A-Z'-]{2,24}\s*$/;

/** True when the last line of a body (after `previous`) would read as the signer. */
function looksLikeSigner(line: string, previous: string): boolean {
  if (SIGNER_LINE.test(line)) return true;
  if (MIXED_CASE_SIGNER_LINE.test(line) && (previous.trim() === '' || /[.!?:;"')]$/.test(previous.trim()))) return true;
  return /[a-z]/.test(line) && SIGNER_AFTER_SENTENCE.test(line);
}

/** True when any paragraph has a lower-case letter (the reader's mixed-case mode). */
function isMixedCase(paragraphs: readonly Paragraph[]): boolean {
  return paragraphs.some((p) => /[a-z]/.test(p.text) || /[a-z]/.test(p.heading ?? '') || /[a-z]/.test(p.marking ?? ''));
}

/** The body lines of the paragraphs, blank lines as `''`. */
function bodyLines(paragraphs: readonly Paragraph[]): BodyLine[] {
  const out: BodyLine[] = [];
  const mixedCase = isMixedCase(paragraphs);
  const blank = (): void => {
    if (out.length > 0 && out[out.length - 1]?.text !== '') out.push({ text: '', paragraphStart: false });
  };
  // The last block written: a block after one ending with a colon is never read as a heading.
  let previousBlock = '';
  let lastBlock: { at: number; tokens: readonly string[]; mayHead: boolean; labeled: boolean } | null = null;
  for (const p of paragraphs) {
    if (p.heading !== null && p.heading.trim().length > 0) {
      for (const block of headingBlocks(p.heading, mixedCase)) {
        blank();
        for (const l of block) out.push({ text: l, paragraphStart: false });
      }
    }
    blank();
    const blocks = p.text.split(/\n{2,}/);
    blocks.forEach((block, k) => {
      const words = block.split(/\s+/).filter((w) => w.length > 0);
      let tokens = words;
      if (k === 0) {
        let prefix = '';
        if (p.number !== null) prefix = `${p.number}.`;
        if (p.marking !== null) prefix = prefix.length > 0 ? `${prefix}  (${p.marking})` : `(${p.marking})`;
        if (prefix.length > 0) {
          const [first, ...others] = words;
          // `1.  (SBU) Text`, `1.  Text`: two spaces after the label.
          const head = first === undefined ? prefix : p.number !== null && p.marking === null ? `${prefix}  ${first}` : `${prefix} ${first}`;
          tokens = [head, ...others];
        }
      } else {
        blank();
      }
      const labeled = k === 0 && p.number !== null;
      const mayHead = !labeled && !previousBlock.endsWith(':');
      const lines = wrapTextBlock(tokens, mixedCase, mayHead);
      lastBlock = { at: out.length, tokens, mayHead, labeled };
      lines.forEach((l, i) => out.push({ text: l, paragraphStart: labeled && i === 0 }));
      previousBlock = block;
    });
  }
  while (out.length > 0 && out[out.length - 1]?.text === '') out.pop();
  // The last line must not read as the signer (`... END COMMENT.` / `SMITH`): rewrap the last block.
  const final = lastBlock as { at: number; tokens: readonly string[]; mayHead: boolean; labeled: boolean } | null;
  const lastLine = out[out.length - 1]?.text;
  if (final !== null && lastLine !== undefined && looksLikeSigner(lastLine, out[out.length - 2]?.text ?? '')) {
    for (let width = WIDTH - 1; width >= 20; width--) {
      const lines = wrapBody(final.tokens, width);
      const last = lines[lines.length - 1] ?? '';
      if (!looksLikeSigner(last, lines[lines.length - 2] ?? '') && !readsAsHeading(lines, mixedCase, final.mayHead)) {
        out.splice(final.at, out.length - final.at, ...lines.map((l, i) => ({ text: l, paragraphStart: final.labeled && i === 0 })));
        break;
      }
    }
  }
  return out;
}

/**
 * The body text the parser's `body` field holds for the layout `formatCable` writes: the
 * paragraph and heading lines as formatted, one blank line between blocks, page markers
 * and the signer left out, no trailing spaces, no leading or trailing blank line.
 *
 * @example formatBody([{ number: '1', outline: ['1'], marking: 'SBU', heading: null, text: 'Text.' }]) // '1.  (SBU) Text.'
 */
export function formatBody(paragraphs: Paragraph[]): string {
  return bodyLines(paragraphs)
    .map((l) => l.text)
    .join('\n');
}

/** `ASTANA 00000270  001.3 OF 002`. */
function pageMarkerLine(m: PageMarker): string {
  return `${m.post} ${m.serial}  ${String(m.page).padStart(3, '0')}.3 OF ${String(m.total).padStart(3, '0')}`;
}

/**
 * The body with page markers: the first marker goes before the body (after the
 * preamble), the others are spread evenly over the body lines. A marker stands with blank
 * lines around it before a labeled paragraph, alone between two lines of one block, or at
 * the end of the body; it never changes how the body reads.
 */
function bodyWithMarkers(lines: readonly BodyLine[], markers: readonly string[]): string[] {
  const n = lines.length;
  // before[b]: markers placed before line b (b === n: after the last line).
  const before: string[][] = Array.from({ length: n + 1 }, () => []);
  const allowed = (b: number): 'paragraph' | 'inline' | 'end' | null => {
    if (b >= n) return 'end';
    if (b <= 0) return null;
    const cur = lines[b] as BodyLine;
    const prev = lines[b - 1] as BodyLine;
    if (cur.paragraphStart && prev.text === '') return 'paragraph';
    if (cur.text !== '' && prev.text !== '' && bodyStartOk(cur.text)) return 'inline';
    return null;
  };
  let from = 1;
  markers.forEach((m, k) => {
    const target = Math.round(((k + 1) * n) / (markers.length + 1));
    let best = n;
    let bestScore = Infinity;
    for (let b = Math.max(from, 1); b <= n; b++) {
      const kind = allowed(b);
      if (kind === null) continue;
      // Prefer paragraph starts (the seed's layout), then the nearest line.
      const score = Math.abs(b - target) + (kind === 'paragraph' ? 0 : kind === 'inline' ? 6 : 0.5 * n);
      if (score < bestScore) {
        bestScore = score;
        best = b;
      }
    }
    (before[best] as string[]).push(m);
    from = best;
  });
  const out: string[] = [];
  for (let b = 0; b <= n; b++) {
    const here = before[b] as string[];
    if (here.length > 0) {
      const kind = allowed(b);
      if (kind === 'paragraph') {
        for (const m of here) out.push(m);
        out.push('');
      } else if (kind === 'end') {
        if (n > 0) out.push('');
        for (const m of here) out.push(m);
      } else {
        for (const m of here) out.push(m);
      }
    }
    if (b < n) out.push((lines[b] as BodyLine).text);
  }
  return out;
}

/**
 * Keeps the text from reading as double-spaced (every line break doubled by a scraper):
 * a reader takes text whose line gaps are mostly single blank lines (60% of at least 10
 * gaps) for double-spaced, so the first few single-blank gaps get a second blank line.
 */
function avoidDoubleSpacing(lines: string[]): string[] {
  const gaps: { index: number; blanks: number }[] = [];
  let run = 0;
  let seen = false;
  lines.forEach((l, i) => {
    if (l.trim().length === 0) {
      run++;
      return;
    }
    if (seen) gaps.push({ index: i, blanks: run });
    seen = true;
    run = 0;
  });
  const single = gaps.filter((g) => g.blanks === 1);
  if (gaps.length < 10 || single.length * 10 < gaps.length * 6) return lines;
  let needed = 0;
  while ((single.length - needed) * 10 >= gaps.length * 6) needed++;
  const widen = new Set(single.slice(0, needed).map((g) => g.index));
  const out: string[] = [];
  lines.forEach((l, i) => {
    if (widen.has(i)) out.push('');
    out.push(l);
  });
  return out;
}

/**
 * The signer line: one line of up to three names, whitespace collapsed; more names go on
 * two lines (two names, then the rest), the way two signers are read from two lines.
 */
function signerLines(signer: string): string[] {
  const words = signer.split(/\s+/).filter((w) => w.length > 0);
  if (words.length <= 3 || words.length > 5) return [words.join(' ')];
  return [words.slice(0, 2).join(' '), words.slice(2).join(' ')];
}

/**
 * Writes a cable as plain text in the standard layout: routing header, blank line,
 * classification line, handling lines (caveats, `SIPDIS`), distribution, `E.O.`, `TAGS:`,
 * `SUBJECT:`, `REF:` (labels as `A)`), `Classified By:`, the first page marker, the body
 * (paragraphs with headings, labels and markings, page markers spread through it) and the
 * signer. Lines are wrapped at 69 characters and end with `\n`. `metadata`, `diagnostics`
 * and the derived fields (`referenceId`, `summary`, `comments`, `notes`, `body`) are not
 * written: they follow from the rest.
 *
 * @example formatCable(parseCable(text)) // 'VZCZCXRO4053\nOO RUEHIK\n...'
 */
export function formatCable(cable: Cable, options?: FormatOptions): string {
  if (cable === null || typeof cable !== 'object') throw new TypeError('formatCable: cable must be a Cable object');
  if (options !== undefined && (options === null || typeof options !== 'object')) throw new TypeError('formatCable: options must be an object');
  if (options?.style !== undefined && options.style !== 'canonical') throw new TypeError(`formatCable: unknown style ${String(options.style)}`);
  const sections: string[][] = [];
  if (cable.header !== null) {
    const h = headerLines(cable.header);
    if (h.length > 0) sections.push(h);
  }
  const pre = preambleLines(cable);
  const markers = cable.pages.map(pageMarkerLine);
  const [firstMarker, ...otherMarkers] = markers;
  if (firstMarker !== undefined) pre.push(...(pre.length > 0 ? [''] : []), firstMarker);
  if (pre.length > 0) sections.push(pre);
  const body = bodyWithMarkers(bodyLines(cable.paragraphs), otherMarkers);
  if (body.length > 0) sections.push(body);
  if (cable.signer !== null && cable.signer.trim().length > 0) sections.push(signerLines(cable.signer));
  const lines: string[] = [];
  sections.forEach((s, k) => {
    if (k > 0) lines.push('');
    for (const l of s) lines.push(l);
  });
  return `${avoidDoubleSpacing(lines).join('\n')}\n`;
}
