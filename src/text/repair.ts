/**
 * Repairs of damage done by scraping: HTML entities (also split over two lines),
 * typographic quotes, and line breaks inserted inside words. Every repair is reported.
 */

import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt } from '../diagnostics/diagnostic.js';
import { decodeEntitiesMapped, ENTITY_HEAD_AT_END, ENTITY_TAIL_AT_START, hasEntity, isSplitEntity, WINDOWS_1252 } from './entities.js';
import { endsSentence, isAsciiDigitCode, isAsciiLowerCode, isAsciiUpperCode, isBlank, isCloser, isRuleLine, isWhitespaceCode, skipWhitespace, trimEnd, type SourceLine } from './source-line.js';

/** Maps an index in a merged text back to an offset in the input. */
interface Segment {
  /** Index in the merged text where this segment starts. */
  at: number;
  /** Input offset of that index. */
  offset: number;
  line: number;
  /** Offset where the input's line holding the segment starts (see `SourceLine.lineStart`). */
  lineStart: number;
}

/** The segment of `segments` from which `line` came. */
function segmentOf(line: SourceLine, at: number): Segment {
  return { at, offset: line.offset, line: line.line, lineStart: line.lineStart ?? line.offset };
}

/** The input position of `index` of a merged text: offset, line number, and where that line starts. */
function locate(segments: readonly Segment[], index: number): { offset: number; line: number; lineStart: number } {
  let seg = segments[0] ?? { at: 0, offset: 0, line: 1, lineStart: 0 };
  for (const s of segments) {
    if (s.at <= index) seg = s;
    else break;
  }
  return { offset: seg.offset + (index - seg.at), line: seg.line, lineStart: seg.lineStart };
}

/** A line of decoded text at `where`; its input line starts before it unless `where` is that start. */
function lineAt(text: string, where: { offset: number; line: number; lineStart: number }, end: number): SourceLine {
  const line: SourceLine = { text, offset: where.offset, end: Math.max(where.offset, end), line: where.line };
  if (where.lineStart !== where.offset) line.lineStart = where.lineStart;
  return line;
}

/** A line end in decoded text (`&#x000D;&#x000A;` gives `\r\n`, one break). */
const DECODED_LINE_END = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * Decodes HTML entities in the lines. An entity cut at a line end (`&#x000` + `A;`,
 * `&` + `#x000A;`) is joined first. A decoded line feed splits the line in two.
 */
export function repairEntities(lines: readonly SourceLine[], diagnostics: Diagnostic[]): SourceLine[] {
  // Lines before the first `&` are copied in one slice (most cables hold none).
  let start = 0;
  while (start < lines.length && (lines[start] as SourceLine).text.indexOf('&') < 0) start++;
  const out: SourceLine[] = lines.slice(0, start);
  for (let i = start; i < lines.length; i++) {
    const first = lines[i] as SourceLine;
    // Every entity, whole or cut at the line end, starts with `&`: most lines have none.
    if (first.text.indexOf('&') < 0) {
      out.push(first);
      continue;
    }
    let text = first.text;
    let end = first.end;
    const segments: Segment[] = [segmentOf(first, 0)];
    // A cut entity: `... DELIVERY &#x000` / `A;`, also with the archive's trailing space after its head
    // (`... NOT WANT FOUND.& ` / `quot;  HE URGED ...`). Only joined when the pieces form a known entity.
    const cut = trimEnd(text);
    const head = ENTITY_HEAD_AT_END.exec(cut);
    const next = lines[i + 1];
    if (head !== null && next !== undefined) {
      const tail = ENTITY_TAIL_AT_START.exec(next.text);
      if (tail !== null && isSplitEntity(head[0], tail[0])) {
        text = cut;
        segments.push(segmentOf(next, text.length));
        diagnostics.push(diagnosticAt('LINE_BREAK_REPAIRED', 'Line break inserted by scraping inside an HTML entity removed', first, text.length));
        text += next.text;
        end = next.end;
        i++;
      }
    }
    if (!hasEntity(text)) {
      out.push(segments.length === 1 ? first : { ...first, text, end });
      continue;
    }
    const decoded = decodeEntitiesMapped(text);
    for (const at of decoded.decoded) {
      const where = locate(segments, at);
      diagnostics.push(diagnosticAt('ENTITY_DECODED', `HTML entity decoded: ${text.slice(at, text.indexOf(';', at) + 1)}`, lineAt(text.slice(at), where, end)));
    }
    // Split the decoded text on line feeds the entities produced.
    // (also U+2028 and U+2029, the line terminators `splitLines` ends lines at: `&#x2028;`).
    const pieces = decoded.text.split(DECODED_LINE_END);
    const breaks = decoded.text.match(DECODED_LINE_END) ?? [];
    // Map an output index back to an input index through the anchors.
    const inputIndexOf = (outIndex: number): number => {
      let inputIndex = 0;
      for (const [o, inp] of decoded.anchors) {
        if (o <= outIndex) inputIndex = inp + (outIndex - o);
        else break;
      }
      return Math.min(inputIndex, text.length);
    };
    let outIndex = 0;
    for (let p = 0; p < pieces.length; p++) {
      const piece = pieces[p] as string;
      // A piece before a decoded line feed ends after that entity, which is its line end (`THREE HOURS.&#x000A;`,
      // also split: `THREE HOURS.&` / `#x000A;`); the last one at the line's end.
      const breakLength = breaks[p]?.length ?? 1;
      const pieceEnd = p === pieces.length - 1 ? end : locate(segments, inputIndexOf(outIndex + piece.length + breakLength)).offset;
      out.push(lineAt(piece, locate(segments, inputIndexOf(outIndex)), pieceEnd));
      outIndex += piece.length + breakLength;
    }
  }
  return out;
}

/**
 * The bytes 0x80-0x9F as Windows-1252 shows them (`€` is 0x80, `™` 0x99: `WINDOWS_1252` read backwards); any other
 * character below U+0100 is its own byte (Latin-1), also the five bytes Windows-1252 leaves undefined (U+0081, U+008D,
 * U+008F, U+0090, U+009D).
 */
const CP1252_BYTES: ReadonlyMap<number, number> = new Map([...WINDOWS_1252].map(([byte, char]) => [char.charCodeAt(0), byte]));

/** The byte a character stands for in UTF-8 read as Windows-1252, when it is a continuation byte (0x80-0xBF); else -1. */
function continuationByte(c: number): number {
  const b = c < 0x100 ? c : (CP1252_BYTES.get(c) ?? -1);
  return b >= 0x80 && b <= 0xbf ? b : -1;
}

/**
 * A lead byte shown as Latin-1 (`Ã` 0xC3, `â` 0xE2, `ð` 0xF0) and one to three continuation bytes as Windows-1252 shows
 * them: the pre-test of `repairMojibake` (a class and a bounded run: linear).
 */
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/** True when `text` may hold mojibake (`MOJIBAKE`). */
export function hasMojibake(text: string): boolean {
  return MOJIBAKE.test(text);
}

/** `text` with each UTF-8 sequence shown as Windows-1252 decoded (`CÃ´te dâ€™Ivoire` -> `Côte d’Ivoire`); `null` when none. */
export function decodeMojibake(text: string): string | null {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const lead = text.charCodeAt(i);
    if (lead < 0xc2 || lead > 0xf4) continue;
    const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    let cp = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
    let k = 1;
    for (; k < length; k++) {
      const b = continuationByte(text.charCodeAt(i + k));
      if (b < 0) break;
      cp = (cp << 6) | (b & 0x3f);
    }
    // The closing quote's `â€` whose third byte a copy dropped (0x9D: no Windows-1252 character, so many tools leave it
    // out): `â€œNEW METROâ€ â€”` -> `“NEW METRO” —`. The other characters `â€` opens all show their third byte.
    if (lead === 0xe2 && k === 2 && text.charCodeAt(i + 1) === 0x20ac) {
      out += text.slice(from, i) + '\u201d';
      from = i + 2;
      i += 1;
      continue;
    }
    // A whole sequence of a character UTF-8 writes with that many bytes (no overlong form, no surrogate).
    const min = length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000;
    if (k < length || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) continue;
    out += text.slice(from, i) + String.fromCodePoint(cp);
    from = i + length;
    i += length - 1;
  }
  return from === 0 ? null : out + text.slice(from);
}

/**
 * The pairs only mojibake makes: `Ã`, `Ä` or `Å` before a Windows-1252 high character (an accented Latin letter's UTF-8:
 * `Ã©`, `Ã³`, `Ãƒ`; Latin Extended-A's, of Polish, Czech, Romanian, Turkish names: `Å„` for `ń`, `Å‚` for `ł`, `Ä™` for
 * `ę`, `Ä‚` for `Ă`), `â€` (a typographic quote's or dash's: `â€™`, `â€œ`), `â‚¬` (the euro sign's), `Â` before a high
 * Latin-1 character (`Â°`, `Â `). A real accented capital before a quote (`SÍ”`, `JOSÉ’S`) holds none of them. A
 * class after a literal: linear.
 */
const SURE_MOJIBAKE =
  /[\u00c3-\u00c5][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|\u00e2\u20ac|\u00e2\u201a\u00ac|\u00c2[\u00a0-\u00bf]/;

/** Most times a text read as Windows-1252 over and over is decoded (`GenÃƒÂ¨ve` -> `GenÃ¨ve` -> `Genève`). */
const MOJIBAKE_PASSES = 3;

/**
 * `decodeMojibake` again while the result still shows mojibake, as a copy re-saved with the wrong encoding leaves it
 * (`GenÃƒÂ¨ve`: two passes); `null` when nothing was decoded or the text shows no pair only mojibake makes
 * (`SURE_MOJIBAKE`). At most `MOJIBAKE_PASSES` passes, each linear.
 */
export function decodeMojibakeFully(text: string): string | null {
  // (Only a text showing mojibake beyond doubt: a real accented capital before a typographic quote, `"SÍ”`, reads as a
  // pair too.)
  if (!SURE_MOJIBAKE.test(text)) return null;
  let out = decodeMojibake(text);
  for (let pass = 1; out !== null && pass < MOJIBAKE_PASSES && MOJIBAKE.test(out); pass++) {
    const again = decodeMojibake(out);
    if (again === null) break;
    out = again;
  }
  return out;
}

/**
 * Decodes UTF-8 text that a copy read as Windows-1252 (`ABIDJANâ€™S` -> `ABIDJAN’S`, `FrÃ©dÃ©ric` -> `Frédéric`), one
 * `MOJIBAKE_REPAIRED` per line changed; text read so twice is decoded twice (`decodeMojibakeFully`). Runs before the quote repair, which would turn `â€œ`'s `“` into `"` and leave
 * the rest undecodable. A line keeps its source range; positions after a repaired sequence in it are off.
 */
export function repairMojibake(lines: readonly SourceLine[], diagnostics: Diagnostic[]): SourceLine[] {
  return lines.map((l) => {
    if (!MOJIBAKE.test(l.text)) return l;
    const text = decodeMojibakeFully(l.text);
    if (text === null) return l;
    diagnostics.push(diagnosticAt('MOJIBAKE_REPAIRED', 'UTF-8 text read as Windows-1252 decoded', l));
    return { ...l, text };
  });
}

/**
 * Characters a copy leaves that show nothing: zero-width characters from the web (`BROWNFIELD\u200b`, `Ji\u200bmmy`),
 * soft hyphens inside words (`settle\u00adment`), and a byte order mark inside a line where two files were joined
 * (`when the\ufeff special law`; one opening a line reads as a blank, as at the start of the text). A class of single
 * characters and one lookbehind of one character: linear.
 */
const ZERO_WIDTH = /[\u00ad\u200b-\u200d\u2060]|(?<!^)\ufeff/g;

/**
 * A zero-width character (`ZERO_WIDTH`) raw or as an HTML entity (`&#8203;`, `&#x200B;`, `&shy;`), as the input may hold
 * it (a byte order mark anywhere: the pre-test of a whole text stays one class, with no lookbehind; `ZERO_WIDTH` leaves
 * one opening a line).
 */
const ZERO_WIDTH_IN_SOURCE = /[\u00ad\u200b-\u200d\u2060\ufeff]|&#(?:8203|x200[bB]|173);|&shy;/;

/**
 * Control characters no cable text holds: NUL padding after a teletype's text (`GARZA\u0000\u0000`), a DOS end-of-file
 * (U+001A) where two files were joined (`\u001aVZCZCCRO412`), the other C0 controls and DEL; not tab, the line ends,
 * the vertical tab or the form feed (a page break). A class of single characters: linear.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what it finds
const CONTROL_CHARACTER = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/**
 * Either damage of `MOJIBAKE`, `ZERO_WIDTH` (raw or as the entity `&#8203;`, `&#x200B;`) or `CONTROL_CHARACTER`: one pass over
 * the input decides whether the three repairs are asked at all (most cables have none). A class or a short literal per
 * alternative: linear.
 */
const COPY_DAMAGE = new RegExp(`${MOJIBAKE.source}|[\\u0000-\\u0008\\u000e-\\u001f\\u007f\\u00ad\\u200b-\\u200d\\u2060\\ufeff]|&#(?:8203|x200[bB]|173);|&shy;`);

/** True when `text` may hold mojibake, zero-width or control characters (`COPY_DAMAGE`): then ask `hasMojibake`, `hasZeroWidth`, `hasControlCharacters`. */
export function hasCopyDamage(text: string): boolean {
  return COPY_DAMAGE.test(text);
}

/** True when `text` holds a control character no cable text holds (`CONTROL_CHARACTER`). */
export function hasControlCharacters(text: string): boolean {
  CONTROL_CHARACTER.lastIndex = 0;
  return CONTROL_CHARACTER.test(text);
}

/**
 * Removes control characters (`CONTROL_CHARACTER`) from the lines, one `CONTROL_CHARACTERS_REMOVED` per line changed: a
 * `VZCZC` line after a DOS end-of-file is a header line again, a name before NUL padding a signer. A line keeps its
 * source range; positions after a removed character in it are off by one each.
 */
export function removeControlCharacters(lines: readonly SourceLine[], diagnostics: Diagnostic[]): SourceLine[] {
  return removeCharacters(lines, diagnostics, CONTROL_CHARACTER, 'CONTROL_CHARACTERS_REMOVED', 'Control characters removed');
}

/** The lines without the characters `pattern` (global) finds, one diagnostic `code` per line changed. */
function removeCharacters(lines: readonly SourceLine[], diagnostics: Diagnostic[], pattern: RegExp, code: 'CONTROL_CHARACTERS_REMOVED' | 'ZERO_WIDTH_REMOVED', message: string): SourceLine[] {
  return lines.map((l) => {
    pattern.lastIndex = 0;
    if (!pattern.test(l.text)) return l;
    diagnostics.push(diagnosticAt(code, message, l));
    return { ...l, text: l.text.replace(pattern, '') };
  });
}

/** `text` without its zero-width characters (`ZERO_WIDTH`): an archive row's values (`09VILNIUS402\u200b`). */
export function withoutZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH, '');
}

/** True when `text` holds a zero-width character (`ZERO_WIDTH`), raw or as an HTML entity (`&#8203;`). */
export function hasZeroWidth(text: string): boolean {
  return ZERO_WIDTH_IN_SOURCE.test(text);
}

/**
 * Removes zero-width characters from the lines (`BROWNFIELD\u200b` -> `BROWNFIELD`), one `ZERO_WIDTH_REMOVED` per line
 * changed. A line keeps its source range; positions after a removed character in it are off by one each.
 */
export function removeZeroWidth(lines: readonly SourceLine[], diagnostics: Diagnostic[]): SourceLine[] {
  return removeCharacters(lines, diagnostics, ZERO_WIDTH, 'ZERO_WIDTH_REMOVED', 'Zero-width characters or soft hyphens removed');
}

/**
 * Typographic quotes an archive put in place of ASCII ones: `HOLBROOKE’S`; also Windows-1252's quotes read as Latin-1,
 * the C1 controls U+0091 to U+0094 (`appointment line \u0093a big improvement.\u0094`), which no text holds otherwise.
 */
const TYPOGRAPHIC_QUOTES = /[\u0091-\u0094\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033]/g;

/** Replaces typographic quotes with ASCII quotes. Returns `null` when there were none. */
export function replaceTypographicQuotes(text: string): string | null {
  TYPOGRAPHIC_QUOTES.lastIndex = 0;
  if (!TYPOGRAPHIC_QUOTES.test(text)) return null;
  return text.replace(TYPOGRAPHIC_QUOTES, (q) => ('\u0093\u0094\u201c\u201d\u201e\u201f\u2033'.includes(q) ? '"' : "'"));
}

/** Replaces typographic quotes in every line, reporting each line changed. */
export function repairQuotes(lines: readonly SourceLine[], diagnostics: Diagnostic[]): SourceLine[] {
  return lines.map((l) => {
    const replaced = replaceTypographicQuotes(l.text);
    if (replaced === null) return l;
    diagnostics.push(diagnosticAt('TYPOGRAPHIC_QUOTES_REPLACED', 'Typographic quotes replaced with ASCII quotes', l));
    return { ...l, text: replaced };
  });
}

/**
 * Spaces a copy from a word processor or a web page puts for ordinary ones: U+00A0 NO-BREAK SPACE (`C O N F I D E N T I A
 * L\u00a0 SECTION 01 OF 02`, `1.\u00a0 (C)`), U+2007 FIGURE SPACE, U+202F NARROW NO-BREAK SPACE. A teletype had none.
 */
const NO_BREAK_SPACE = /[\u00a0\u2007\u202f]/g;

/** True when `text` holds a no-break space (`NO_BREAK_SPACE`; native searches). */
export function hasNoBreakSpaces(text: string): boolean {
  return text.indexOf('\u00a0') >= 0 || text.indexOf('\u2007') >= 0 || text.indexOf('\u202f') >= 0;
}

/**
 * Replaces no-break spaces with spaces, so the rules that read spaces read them (positions stay: one character for
 * one); one `NO_BREAK_SPACES_REPLACED` for the text, at the first.
 */
export function replaceNoBreakSpaces(lines: readonly SourceLine[], diagnostics: Diagnostic[]): SourceLine[] {
  let first: SourceLine | null = null;
  let count = 0;
  const out = lines.map((l) => {
    if (!hasNoBreakSpaces(l.text)) return l;
    first ??= l;
    const text = l.text.replace(NO_BREAK_SPACE, () => {
      count++;
      return ' ';
    });
    return { ...l, text };
  });
  if (first !== null) {
    const at: SourceLine = first;
    diagnostics.push(diagnosticAt('NO_BREAK_SPACES_REPLACED', `${count} no-break space${count === 1 ? '' : 's'} replaced with spaces`, at, at.text.search(NO_BREAK_SPACE)));
  }
  return out;
}

/**
 * A Markdown heading's marks opening a line: `## SUMMARY`, `### Comment`, `# Cable: 10BRASILIA112`; one `#` only before
 * a line with a lower-case letter (`# OF APPLICANTS` is a table's column: number of). Anchored, bounded.
 */
const MARKDOWN_HEADING = /^[ \t]{0,3}(?:#{2,6}|#(?=[ \t]{1,4}[^\n]{0,200}[a-z]))[ \t]{1,4}(?=\S)/;

/**
 * A Markdown escape opening a line, as an editor's export writes list-like starts: `1\. (SBU) Summary: ...`,
 * `\-- 41 factories;`, `\* item` (the label, the backslash, the escaped character; anchored, bounded).
 */
const MARKDOWN_ESCAPE = /^([ \t]{0,8}(?:\d{1,3}|[A-Za-z])?)\\([.\-*#>+)])/;

/**
 * A Markdown (or e-mail) quote prefix opening a line: `> BEGIN TEXT:`, `> 1. (U) ...`, `>` alone, a mail reader's `>`
 * with no space (`>SIPDIS`, `>1. (C) ...`) and the first mark of a nested quote (`>> UNCLAS LIMA 002731`, `> > SIPDIS`); not
 * `> 50 percent` nor `>50` (a figure: more than), nor `>=`. Anchored, bounded.
 */
const MARKDOWN_QUOTE = /^[ \t]{0,3}>(?:[ \t](?=[ \t]{0,3}(?:[^\d\s<=]|\d{1,3}[.)][ \t]))|[ \t]*$|(?=[^\d\s<=]|\d{1,3}[.)][ \t]))/;

/**
 * How deep a mail reader's quote goes on a line: its quote marks, each maybe followed by one space or tab (`> `,
 * `>> `, `> > `, `>` with no space), after up to 3 spaces.
 */
function quoteDepthOf(text: string): number {
  return quoteMarks(text, QUOTE_DEPTH_MAX).depth;
}

/** Up to `most` quote marks opening `text` (see `quoteDepthOf`): how many, and where the prefix ends. */
function quoteMarks(text: string, most: number): { depth: number; end: number } {
  let i = skipWhitespace(text);
  let depth = 0;
  while (depth < most && text.charCodeAt(i) === 62) {
    depth++;
    i++;
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) i++;
  }
  return { depth, end: i };
}

/** The deepest quote `quoteDepthOf` reads (a reply to a reply to a forward ...). */
const QUOTE_DEPTH_MAX = 8;

/**
 * The quote prefix of a text quoted throughout, as a mail reader quotes a cable in a reply or a forward: at least half
 * its non-blank lines open with `MARKDOWN_QUOTE`. Its depth is the commonest number of marks on those lines (`>> ` when
 * a reply quotes a forward of the cable: the forward's own header lines have one mark, the cable's lines two). `null`
 * for a text quoted in part (a notes app's `> BEGIN TEXT:` block), where only single marks before no figure are removed.
 */
function quoteStyleOf(lines: readonly SourceLine[]): number | null {
  let nonBlank = 0;
  let quoted = 0;
  const depths = new Array<number>(QUOTE_DEPTH_MAX + 1).fill(0);
  for (const l of lines) {
    const first = skipWhitespace(l.text);
    if (first === l.text.length) continue;
    nonBlank++;
    if (l.text.charCodeAt(first) !== 62 || !MARKDOWN_QUOTE.test(l.text)) continue;
    quoted++;
    (depths[quoteDepthOf(l.text)] as number)++;
  }
  if (quoted * 2 < nonBlank) return null;
  let depth = 1;
  for (let d = 2; d <= QUOTE_DEPTH_MAX; d++) if ((depths[d] as number) >= (depths[depth] as number)) depth = d;
  return depth;
}

/**
 * Where the mail's own lines start again after a cable quoted throughout (`quoteStyleOf`): the first blank line after the
 * last quoted one (a mail client's overflow of that line, unquoted, comes right under it). `null` when the text is not
 * quoted throughout, when the quote runs to its end, or when no quoted line, its marks taken off, is the cable's start
 * (`isCableStart`: a cable quoting a long e-mail keeps its own lines after the quote). A reply quoting the cable adds its
 * own lines under it:
 *
 *     >JOHN
 *
 *     Thanks - useful for Monday's meeting.
 */
export function quotedTextEnd(lines: readonly SourceLine[], isCableStart: (text: string) => boolean): number | null {
  const depth = quoteStyleOf(lines);
  if (depth === null) return null;
  let last = -1;
  let holdsCable = false;
  for (let k = 0; k < lines.length; k++) {
    const text = (lines[k] as SourceLine).text;
    if (quoteDepthOf(text) === 0) continue;
    last = k;
    holdsCable ||= isCableStart(text.slice(quotePrefixLength(text, depth)));
  }
  if (!holdsCable) return null;
  for (let k = last + 1; k < lines.length; k++) if (skipWhitespace((lines[k] as SourceLine).text) === (lines[k] as SourceLine).text.length) return k;
  return null;
}

/**
 * The prefix to blank on a line of a text quoted throughout (`quoteStyleOf`): up to `depth` marks, whatever follows
 * them. A figure's `>` after the quote keeps (`> > 50 percent` quoted once gives `> 50 percent`), and a mail reply's
 * `> 14 that ...` loses its mark: quoted throughout, a line's first `>` is the quote's.
 */
function quotePrefixLength(text: string, depth: number): number {
  return quoteMarks(text, depth).end;
}

/**
 * A Markdown bold pair on one line: `**Comment:**`, `**End comment.**` (the text between, up to 200 characters, in group
 * 1); not a run of three stars or more (`**** Visit Embassy Tel Aviv's Classified Website ****`, a cable's own trailer),
 * nor a cable's own unpaired footnote marks (`% BBBCV**` ... `**Percent of total FPU cases.`). Bounded: linear.
 */
const MARKDOWN_BOLD = /(?<!\*)\*\*(?=[^\s*])([^*]{1,200})(?<=[^\s*])\*\*(?!\*)/g;

/** Lines of Markdown (headings, escapes, bold) that show a text went through a Markdown editor; quote prefixes need more. */
const MARKDOWN_LINES_MIN = 2;
const QUOTED_LINES_MIN = 3;

/** The kind of Markdown mark a line holds (`hasMarkdown` counts them), or `null` when none. */
function markdownIn(text: string): 'heading' | 'escape' | 'quote' | 'bold' | null {
  const first = text.charCodeAt(skipWhitespace(text));
  if (first === 35 && MARKDOWN_HEADING.test(text)) return 'heading';
  if (first === 62 && MARKDOWN_QUOTE.test(text)) return 'quote';
  if (text.indexOf('\\') >= 0 && MARKDOWN_ESCAPE.test(text)) return 'escape';
  if (text.indexOf('**') >= 0) {
    MARKDOWN_BOLD.lastIndex = 0;
    if (MARKDOWN_BOLD.test(text)) return 'bold';
  }
  return null;
}

/**
 * True when the lines show Markdown a copy added (a notes app, an editor's Markdown export): at least
 * `MARKDOWN_LINES_MIN` lines with heading marks, escapes or bold marks, or `QUOTED_LINES_MIN` with a `>` quote prefix.
 * A teletype wrote none of these.
 */
export function hasMarkdown(lines: readonly SourceLine[]): boolean {
  let marked = 0;
  let quoted = 0;
  for (const l of lines) {
    const kind = markdownIn(l.text);
    if (kind === null) continue;
    if (kind === 'quote') quoted++;
    else marked++;
    if (marked >= MARKDOWN_LINES_MIN || quoted >= QUOTED_LINES_MIN) return true;
  }
  return false;
}

/**
 * Removes the Markdown marks of `hasMarkdown` one character for one, so positions stay: heading marks and quote
 * prefixes become spaces (`## SUMMARY` -> `   SUMMARY`), a bold pair's marks two spaces each, an escape's backslash moves behind the
 * escaped character (`1\. (SBU)` -> `1.  (SBU)`, `\-- item` -> `--  item`); one `MARKDOWN_REMOVED` for the text.
 */
export function removeMarkdown(lines: readonly SourceLine[], diagnostics: Diagnostic[]): SourceLine[] {
  let first: SourceLine | null = null;
  const quoteDepth = quoteStyleOf(lines);
  const out = lines.map((l) => {
    let text = l.text;
    const k = skipWhitespace(text);
    if (text.charCodeAt(k) === 35) {
      const h = MARKDOWN_HEADING.exec(text);
      if (h !== null) text = text.slice(0, k) + ' '.repeat(h[0].length - k) + text.slice(h[0].length);
    } else if (text.charCodeAt(k) === 62) {
      const end = quoteDepth !== null ? quotePrefixLength(text, quoteDepth) : (MARKDOWN_QUOTE.exec(text)?.[0].length ?? k);
      if (end > k) text = text.slice(0, k) + ' '.repeat(end - k) + text.slice(end);
    }
    if (text.indexOf('\\') >= 0) {
      const e = MARKDOWN_ESCAPE.exec(text);
      if (e !== null) {
        // The escaped character and any run of it after it move one left, the space after them: `\-- item` -> `--  item`.
        let j = e[0].length;
        while (text.charAt(j) === e[2]) j++;
        text = (e[1] ?? '') + text.slice(e[0].length - 1, j) + ' ' + text.slice(j);
      }
    }
    if (text.indexOf('**') >= 0) text = text.replace(MARKDOWN_BOLD, (_, inner: string) => `  ${inner}  `);
    if (text === l.text) return l;
    first ??= l;
    return { ...l, text };
  });
  if (first !== null) diagnostics.push(diagnosticAt('MARKDOWN_REMOVED', 'Markdown marks a copy added (heading marks, bold marks, escapes, quote prefixes) removed', first));
  return out;
}

/**
 * The `¶` a WikiLeaks page puts before what it takes for a paragraph label, as a link to the
 * paragraph; text copied from the page keeps it: `¶2. (C) The minister ...`, `see Ref ¶B.`,
 * `... in the city in ¶2007.` (a year it took for a label). At a line start or after a space,
 * before a letter or digit. Cable text has no `¶` of its own (the teletype had none).
 */
const PARAGRAPH_SIGN = /(?<=^|\s)\u00b6(?=[0-9A-Za-z])/g;

/**
 * Replaces the WikiLeaks paragraph signs (see `PARAGRAPH_SIGN`) with a space, so positions stay
 * and `¶2.` reads as the label `2.` (a sign opening a line is cut off, its offset moved past it);
 * one `PARAGRAPH_SIGNS_REMOVED` for the text, at the first.
 */
export function repairParagraphSigns(lines: readonly SourceLine[], diagnostics: Diagnostic[]): SourceLine[] {
  let first: SourceLine | null = null;
  let count = 0;
  const out = lines.map((l) => {
    if (l.text.indexOf('\u00b6') < 0) return l;
    let signs = 0;
    const text = l.text.replace(PARAGRAPH_SIGN, () => {
      signs++;
      return ' ';
    });
    if (signs === 0) return l;
    first ??= l;
    count += signs;
    // A sign opening the line is cut off rather than blanked: `2` / `¶010.` joins as `2010.` when the break is repaired.
    if (text.charCodeAt(0) === 32 && l.text.charCodeAt(0) === 0xb6) return { ...l, text: text.slice(1), offset: l.offset + 1, lineStart: l.lineStart ?? l.offset };
    return { ...l, text };
  });
  if (first !== null) {
    const at: SourceLine = first;
    diagnostics.push(diagnosticAt('PARAGRAPH_SIGNS_REMOVED', `${count} paragraph sign${count === 1 ? '' : 's'} (¶) of a WikiLeaks page removed`, at, at.text.indexOf('\u00b6')));
  }
  return out;
}

/**
 * Quotes a CSV export doubled (its escaping, left in when the text was pasted elsewhere):
 * `characterized the attack as ""unprecedented"" and`, `known as ""Mr. Ten Percent""`.
 * A doubled quote next to a letter, digit or sentence mark (a bounded pattern).
 */
const DOUBLED_QUOTE = /""(?=[A-Za-z0-9])|(?<=[A-Za-z0-9.,;:!?)])""/g;

/** How many doubled quotes show a text's quotes were doubled (one may be the text's own `""`). */
const DOUBLED_QUOTES_MIN = 2;

/**
 * True when the lines show quotes a CSV export doubled (at least `DOUBLED_QUOTES_MIN` of
 * `DOUBLED_QUOTE`); reports one `DOUBLED_QUOTES_REPAIRED` at the first. The lines are left as
 * they are (their positions stay exact): the fields read from them are undoubled with
 * `undoubleQuotes`.
 */
export function findDoubledQuotes(lines: readonly SourceLine[], diagnostics: Diagnostic[]): boolean {
  let seen = 0;
  let first: SourceLine | null = null;
  for (const l of lines) {
    if (l.text.indexOf('""') < 0) continue;
    DOUBLED_QUOTE.lastIndex = 0;
    while (DOUBLED_QUOTE.exec(l.text) !== null) {
      first ??= l;
      seen++;
    }
  }
  if (seen < DOUBLED_QUOTES_MIN || first === null) return false;
  const at: SourceLine = first;
  diagnostics.push(diagnosticAt('DOUBLED_QUOTES_REPAIRED', `${seen} quotes doubled by CSV escaping undoubled`, at, at.text.indexOf('""')));
  return true;
}

/** A field's text with its doubled quotes undoubled: `""unprecedented""` -> `"unprecedented"`. */
export function undoubleQuotes(text: string): string {
  return text.indexOf('""') < 0 ? text : text.replace(DOUBLED_QUOTE, '"');
}

/** Short English words that may stand on either side of a lost space. */
const COMMON_WORDS = new Set(
  ('a an and are as at be but by for from had has have he her his i if in into is it its may ' +
    'more no not of on or our said she so than that the their them then there these they this ' +
    'to under up was we were which who will with would you').split(' '),
);

/** Letters at the end / start of a line (ASCII and Latin-1 letters). */
const FIRST_WORD = /^[A-Za-z\u00c0-\u024f]+/;

/** The letters ending a text (scanned backwards: a `[A-Z]+$` regex would be quadratic). */
function lastWord(text: string): string {
  let i = text.length;
  while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
  return text.slice(i);
}

/**
 * True when two letter runs meeting at a break cannot be one word cut in two, because the
 * case changes where no word changes it: an all-caps run before a capitalized word, or a
 * lower-case run of 3 letters or more before a capital (a cut word goes on in its own case,
 * `GOVERN` / `MENT`, `govern` / `ment`; a camel-case name cut after 2 letters, `Mc` / `Donald`, stays possible):
 *
 *     ... SCORE ANY MAJOR ANTI-TERRORISM SUCCESSES
 *     None identified in recent years.
 *
 *     ... judge's decision. End comment.
 *     Leach
 *     T ONE ORDERED RELEASED ON...
 */
function changesCase(head: string, tail: string): boolean {
  if (!isAsciiUpperCode(tail.charCodeAt(0))) return false;
  const last = head.charCodeAt(head.length - 1);
  if (isAsciiLowerCode(last)) return head.length >= 3;
  return head.length >= 2 && isAsciiLowerCode(tail.charCodeAt(1)) && !hasLowerCase(head);
}

/** Whole-word searches of a text before its words are counted instead (see `repairInsertedBreaks`). */
const SEARCHES_BEFORE_COUNTING = 16;

/** True when `word` is one or more letters (as `isLetter` counts them) and nothing else. */
function isLetterRun(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) if (!isLetter(word.charCodeAt(i))) return false;
  return true;
}

/**
 * The lines' text in lower case for counting words (`repairInsertedBreaks`): joined by `\n`, but by `\u0001` after a
 * line that ends without its trailing space before a line of text (a break may be there; the letters touching the
 * joint count as no whole word, see `isLetter` and `countLetterRuns`).
 */
function joinForCounting(lines: readonly SourceLine[]): string {
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] as SourceLine).text;
    if (i > 0) {
      const before = (lines[i - 1] as SourceLine).text;
      out += !isBlank(before) && !isBlank(t) && !endsWithSpace(before) ? '\u0001' : '\n';
    }
    out += t;
  }
  return out.toLowerCase();
}

/** Counts of letter runs (`countLetterRuns`): all whole-word occurrences, and those not touching a `\u0001`. */
interface LetterRunCounts {
  all: Map<string, number>;
  apart: Map<string, number>;
}

/** How many times each maximal run of letters occurs in `text`, in all and away from a `\u0001` (see `joinForCounting`). */
function countLetterRuns(text: string): LetterRunCounts {
  const all = new Map<string, number>();
  const apart = new Map<string, number>();
  let i = 0;
  while (i < text.length) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isLetter(text.charCodeAt(j))) j++;
    const run = text.slice(i, j);
    all.set(run, (all.get(run) ?? 0) + 1);
    if (text.charCodeAt(i - 1) !== 1 && text.charCodeAt(j) !== 1) apart.set(run, (apart.get(run) ?? 0) + 1);
    i = j;
  }
  return { all, apart };
}

/** True for the letters of `lastWord`/`FIRST_WORD` (NaN, outside the text, is not). */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
}

/** True when a line ends with a space or a tab (the archive dumps' convention). */
function endsWithSpace(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 32 || c === 9;
}


/**
 * True when a line ends with punctuation that follows a whole word (`MBS,` / `said`,
 * `(acting):`): the text goes on after a space.
 */
function endsAfterWord(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 44 || c === 59 || c === 58 || isCloser(c);
}

/** Letters on each side of a break from which two unknown letter runs are read as two words: `released` / `after`. */
const MIN_WHOLE_HALF = 5;

/** Letters of an unknown run beside a whole word from which the two are read as two words: `at` / `least`, not `NA` / `TO`. */
const MIN_RUN_BESIDE_WORD = 4;

/** The shortest run of `X` read as a redaction: `XXXXXXXXXXXX` (a whole word in the cables). */
const MIN_REDACTION = 4;

/**
 * True when a line ends with a redaction, a whole token, and the next line does not go on
 * with more of it: the break after it was not cut inside a word, and a join takes a space.
 *
 *     XXXXXXXXXXXX                    `XXXXXXXXXXXX //U.S.-SPAIN RELATIONS//`,
 *     //U.S.-SPAIN RELATIONS//        not `XXXXXXXXXXXX//U.S.-SPAIN RELATIONS//`
 *
 * (`XXXXXX` / `XXXXXX`, a redaction cut in two, is joined directly.)
 */
function endsWithRedaction(line: string, next: string): boolean {
  const word = lastWord(line);
  if (word.length < MIN_REDACTION) return false;
  const c = next.charCodeAt(0);
  if (c === 88 || c === 120) return false;
  for (let i = 0; i < word.length; i++) {
    const d = word.charCodeAt(i);
    if (d !== 88 && d !== 120) return false;
  }
  return true;
}

/**
 * What `repairInsertedBreaks` needs to know about lines of the body; the body's modules
 * answer (`bodyBreakRules` in `src/body/break-rules.ts`).
 */
export interface BreakRules {
  /** Lines never joined: page markers, banners, end marks, message numbers (`#1196`). */
  isStructural(text: string): boolean;
  /** Lines that start a new element, so the break before them is the cable's own: `3. (C) The judge ...`. */
  startsElement(text: string): boolean;
  /** An upper-case signer line on its own: `PARMLY`, `MURRAY .`. */
  isSignerLine(text: string): boolean;
  /**
   * Whether the two pieces of a broken line join with a space (`true`) or directly (`false`), where a field knows better
   * than the words (a TAGS line: `P` / `HUM` is `PHUM`); `null` or absent: the words decide.
   */
  joinsWithSpace?(line: string, next: string): boolean | null;
  /** True when a field keeps the break between the two lines whatever the words (a TAGS line before a line of no tags). */
  keepsBreak?(line: string, next: string): boolean;
}

/** True when a line has a lower-case ASCII letter. */
function hasLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/**
 * True when a line's final period is no sentence end but an initial or a decimal point cut by the break: `Richard J.` /
 * `K. Stratford` (a capital alone before the period), `to 1.` / `1 billion` (`cutsDecimal`).
 */
function endsInsideName(line: string, next: string): boolean {
  const n = line.length;
  if (line.charCodeAt(n - 1) !== 46) return false;
  const before = line.charCodeAt(n - 2);
  if (isAsciiDigitCode(before)) return cutsDecimal(line, next);
  return isAsciiUpperCode(before) && (n === 2 || !isLetter(line.charCodeAt(n - 3))) && isAsciiUpperCode(next.charCodeAt(0));
}

/** True when a break cut a decimal after its point: a figure and a period end the line, a figure opens the next (`to 1.` / `1 billion`). */
function cutsDecimal(line: string, next: string): boolean {
  const n = line.length;
  return line.charCodeAt(n - 1) === 46 && isAsciiDigitCode(line.charCodeAt(n - 2)) && isAsciiDigitCode(next.charCodeAt(0));
}

/** Fewest lines in mixed case whose trailing spaces alone tell whether a text follows the convention (`repairInsertedBreaks`). */
const MIXED_LINES_MIN = 4;

/**
 * In text where every line ends with a space (the archive dumps' convention), a line
 * that does not, followed by a non-blank line, was broken by the scraper:
 *
 *     will be a su
 *     stained media campaign to highlight the event and
 *
 * Such a line is joined to the next one: directly when the next line starts with a
 * space or the break cut a word, with one space when a side is a whole word (a word
 * that occurs elsewhere in the same text, or a common short word) and the halves do not
 * join into a word seen elsewhere, when both sides are long unknown runs, or the line ends with
 * punctuation after a word (`MBS,` / `said`) or a redaction (`XXXXXXXXXXXX` / `confided`).
 *
 * The scraper breaks lines inside words and sentences, so a break where a new element
 * starts is the cable's own and is kept:
 *
 *     ... going on in its midst.      a finished sentence (the next line's text
 *     PARMLY                          follows it after a space in the paragraph anyway)
 *
 *     Visit London's Classified Website: XXXXXXXXXXXX
 *     TUTTLE                          an upper-case signer line, the last line of text
 *
 *     ARREST WARRANTS
 *     3. (C) The judge ...            a numbered paragraph with a portion marking

 * A rule line (`------`) is never joined either, nor is a line `rules.isStructural` marks
 * (page markers, banners, end marks).
 */
export function repairInsertedBreaks(lines: readonly SourceLine[], diagnostics: Diagnostic[], rules: BreakRules): SourceLine[] {
  let nonBlank = 0;
  let withTrailingSpace = 0;
  // The same counts over lines in mixed case, the text's own (a copy may give its preamble's lines, in capitals, a
  // trailing space and its text's none: `SUBJECT: ... AS ` / `The GOB` / `spokesman said ...`).
  let mixed = 0;
  let mixedWithTrailingSpace = 0;
  for (const l of lines) {
    if (isBlank(l.text)) continue;
    nonBlank++;
    const spaced = endsWithSpace(l.text);
    if (spaced) withTrailingSpace++;
    if (hasLowerCase(l.text)) {
      mixed++;
      if (spaced) mixedWithTrailingSpace++;
    }
  }
  // Only text that follows the trailing-space convention can show the damage.
  if (nonBlank < 4 || withTrailingSpace * 2 < nonBlank) return [...lines];
  if (mixed >= MIXED_LINES_MIN && mixedWithTrailingSpace * 2 < mixed) return [...lines];
  // How often a word occurs in the text (as a whole word, up to 2), counted only when a
  // break is found. The first questions search the text; past `SEARCHES_BEFORE_COUNTING`
  // the text's letter runs are counted once and each question is a lookup (a search per
  // break would make a text with many breaks quadratic).
  let lower: string | null = null;
  let counts: LetterRunCounts | null = null;
  let searches = 0;
  // `apart`: the occurrences not touching a line end without its trailing space (`\u0001` in `lower`, see
  // `joinForCounting`), where a break may be: `COM` / `MENT:` twice shows no word `com`.
  const occurrences = (word: string, apart = false): number => {
    lower ??= joinForCounting(lines);
    if (isLetterRun(word) && (counts !== null || ++searches > SEARCHES_BEFORE_COUNTING)) {
      // A whole-word occurrence of a word of letters is a maximal run of letters equal to it.
      counts ??= countLetterRuns(lower);
      return Math.min(2, (apart ? counts.apart : counts.all).get(word) ?? 0);
    }
    // Few questions so far, or lower-casing put a non-letter in the word (`İ` -> `i̇`): search.
    let count = 0;
    for (let at = lower.indexOf(word); at >= 0 && count < 2; at = lower.indexOf(word, at + 1)) {
      const before = lower.charCodeAt(at - 1);
      const after = lower.charCodeAt(at + word.length);
      if (!isLetter(before) && !isLetter(after) && (!apart || (before !== 1 && after !== 1))) count++;
    }
    return count;
  };
  // A word: a common one, or one seen twice, once at least away from a possible break (a cut word's halves seen only at
  // breaks, `COM` / `MENT:` ... `END COM` / `MENT.`, are no words).
  const isWord = (w: string): boolean => {
    const lw = w.toLowerCase();
    return COMMON_WORDS.has(lw) || (lw.length >= 2 && occurrences(lw) >= 2 && occurrences(lw, true) >= 1);
  };
  // Two letter runs meet at the break. Both whole words: a space. One whole word and a run of
  // `MIN_RUN_BESIDE_WORD` letters or more (`at` / `least`, `sees` / `the`): a space, unless the
  // halves make a word that occurs whole elsewhere (`i` / `ncluding`); a shorter run is a cut
  // (`NA` / `TO`). Neither a word: a cut (`su` / `stained`, `protoco` / `l`), unless both halves
  // have `MIN_WHOLE_HALF` letters (`released` / `after`, `essentially` / `represented`: far likelier
  // two words at a line end than one long word cut in the middle) and their join is not seen
  // elsewhere. Letters after an apostrophe end a word (`Samson's` / `death`). When unsure, a space.
  const spacesWords = (line: string, head: string, tail: string): boolean => {
    const headWord = line.charCodeAt(line.length - head.length - 1) === 39 || isWord(head);
    const tailWord = isWord(tail);
    if (headWord && tailWord) return true;
    const long = headWord ? tail.length >= MIN_RUN_BESIDE_WORD : tailWord ? head.length >= MIN_RUN_BESIDE_WORD : head.length >= MIN_WHOLE_HALF && tail.length >= MIN_WHOLE_HALF;
    return long && occurrences((head + tail).toLowerCase()) === 0;
  };
  // The last line of text: after it only blank lines and structural lines (end marks, a message number `#1196`).
  let lastText = lines.length - 1;
  while (lastText >= 0) {
    const t = (lines[lastText] as SourceLine).text;
    if (!isBlank(t) && !rules.isStructural(t)) break;
    lastText--;
  }
  // A new element starts at `next` (see above): the break is the cable's own.
  const startsElement = (line: string, next: string, index: number): boolean =>
    (endsSentence(line) && !endsInsideName(line, next)) ||
    isRuleLine(line) ||
    isRuleLine(next) ||
    rules.startsElement(next) ||
    (index === lastText && rules.isSignerLine(next) && (hasLowerCase(line) || rules.isSignerLine(line)));
  // A signer line standing apart after the last sentence of mixed-case text, with one line
  // the archive put after it (the cable's last line has no trailing space, like a cut one):
  //     out. End Comment.
  //     GOLDBERG
  //     SELECT * FROM `cable` WHERE `id` = '90016' ORDER BY `date` ASC
  // `index` is the next line's; `before` the line before the signer line (blank or text).
  const signerBeforeTrailer = (line: string, before: SourceLine | undefined, index: number): boolean =>
    index === lastText && before !== undefined && rules.isSignerLine(line) && (isBlank(before.text) || (endsSentence(trimEnd(before.text)) && hasLowerCase(before.text)));
  const out: SourceLine[] = [];
  let current: SourceLine | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as SourceLine;
    const line: SourceLine = current ?? l;
    const whole = current === null;
    current = null;
    const next = lines[i + 1];
    if (
      next !== undefined &&
      !isBlank(line.text) &&
      !endsWithSpace(line.text) &&
      !isBlank(next.text) &&
      !rules.isStructural(line.text) &&
      !rules.isStructural(next.text) &&
      !startsElement(line.text, next.text, i + 1) &&
      rules.keepsBreak?.(line.text, next.text) !== true &&
      !(whole && signerBeforeTrailer(line.text, out[out.length - 1], i + 1))
    ) {
      const head = lastWord(line.text);
      const tail = FIRST_WORD.exec(next.text)?.[0] ?? '';
      // A cut word or number goes on directly (`su` / `stained`, `in 2` / `010`); whole
      // words, and a word and a number or bracket, take a space (`MBS,` / `said`, `in` / `2010`).
      const first = next.text.charCodeAt(0);
      const forced = rules.joinsWithSpace?.(line.text, next.text) ?? null;
      const spaced = isWhitespaceCode(first)
        ? false
        : forced !== null
          ? forced
        : endsWithRedaction(line.text, next.text)
          ? true
          : head === ''
          ? endsAfterWord(line.text) || (isAsciiDigitCode(line.text.charCodeAt(line.text.length - 1)) && isLetter(first))
          : tail === ''
            ? first === 40 || (isAsciiDigitCode(first) && isWord(head))
            : changesCase(head, tail) || spacesWords(line.text, head, tail);
      // A decimal cut after its point (`1.` / `1 billion`) goes on directly.
      const separator = spaced && !cutsDecimal(line.text, next.text) ? ' ' : '';
      diagnostics.push(diagnosticAt('LINE_BREAK_REPAIRED', 'Line break inserted by scraping removed', l, l.text.length));
      current = { text: line.text + separator + next.text, offset: line.offset, end: next.end, line: line.line };
      continue;
    }
    out.push(line);
  }
  if (current !== null) out.push(current);
  return out;
}

/**
 * Where a line's closing backslash (and the spaces around it) starts, or -1:
 * `Colombia with the SYG on several occasions \\`. Scanned backwards (a regex ending in
 * `[ \t]*$` would be quadratic on long runs of spaces).
 */
function lineEndBackslash(text: string): number {
  let i = trimEnd(text).length;
  if (i === 0 || text.charCodeAt(i - 1) !== 92) return -1;
  i--;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i;
}

/**
 * Some archives end every line with a backslash. When most non-blank lines do, the
 * backslashes are removed (one diagnostic for the cable); a lone trailing backslash is kept.
 */
export function repairLineEndBackslashes(lines: readonly SourceLine[], diagnostics: Diagnostic[]): SourceLine[] {
  let nonBlank = 0;
  let ending = 0;
  for (const l of lines) {
    if (isBlank(l.text)) continue;
    nonBlank++;
    if (lineEndBackslash(l.text) >= 0) ending++;
  }
  if (nonBlank < 3 || ending * 2 < nonBlank) return [...lines];
  const first = lines.find((l) => lineEndBackslash(l.text) >= 0);
  if (first !== undefined) diagnostics.push(diagnosticAt('LINE_END_BACKSLASHES_REMOVED', `Backslashes at the end of ${ending} lines removed`, first, lineEndBackslash(first.text)));
  // Keep a space where the backslash was: the lines keep the archive's trailing-space convention.
  return lines.map((l) => {
    const at = lineEndBackslash(l.text);
    return at >= 0 ? { ...l, text: `${l.text.slice(0, at)} ` } : l;
  });
}

/**
 * True when a line opens with an arabic paragraph label: `2. (U) More.`, `  12. The`, `¶3. (C)` (a digit first, the
 * cheap test; at most 8 spaces before it and 3 digits, then a dot and a space or the line's end).
 */
function opensWithNumberLabel(text: string): boolean {
  let k = 0;
  while (k < text.length && k < 8 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (text.charCodeAt(k) === 0xb6) k++;
  const first = k;
  while (k < text.length && k - first < 3 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  if (k === first || text.charCodeAt(k) !== 46) return false;
  const next = text.charCodeAt(k + 1);
  return Number.isNaN(next) || next === 32 || next === 9;
}

/** A line at least this long, not ending a sentence, was wrapped at the cable's width (`... the working groups have met`). */
const WRAPPED_LINE = 40;

/** Longer lines were not wrapped at the cable's width: a reflowed paragraph. */
const REFLOWED_LINE = 100;

/**
 * Some pages double-space every line: each line break became a blank line and each
 * paragraph break several. When most line gaps are exactly one blank line, single blank
 * lines are removed and longer runs become one blank line:
 *
 *     SUBJECT: ARGENTINE TIP LEGISLATION STALLED IN CONGRESS
 *     (blank)
 *     UNTIL AFTER OCTOBER ELECTIONS
 *
 * Text whose lines are not wrapped (one line in ten longer than `REFLOWED_LINE`) is left alone, and so is text
 * whose single blank lines stand before paragraph labels (one in three or more: `1. (U) Short text.` / blank /
 * `2. (U) More.`, paragraphs of one line each) or after the end of a sentence (one in two or more).
 */
export function repairDoubleSpacing(lines: readonly SourceLine[], diagnostics: Diagnostic[]): SourceLine[] {
  let gaps = 0;
  let single = 0;
  let run = 0;
  let seenText = false;
  let long = 0;
  let nonBlank = 0;
  // Lines after a single blank line that open with a paragraph label (`2. (U) More.`).
  let labeled = 0;
  // Single blank lines after a line ending a sentence (`... the visit.` / blank / `He asks ...`).
  let ended = 0;
  let previousEnded = false;
  // Single blank lines after a wrapped line: long (`WRAPPED_LINE` or more) and not ending a sentence.
  let wrapped = 0;
  let previousWrapped = false;
  for (const l of lines) {
    if (isBlank(l.text)) {
      run++;
      continue;
    }
    nonBlank++;
    if (l.text.length > REFLOWED_LINE) long++;
    if (seenText) {
      gaps++;
      if (run === 1) {
        single++;
        if (opensWithNumberLabel(l.text)) labeled++;
        if (previousEnded) ended++;
        if (previousWrapped) wrapped++;
      }
    }
    seenText = true;
    run = 0;
    const trimmed = trimEnd(l.text);
    previousEnded = endsSentence(trimmed);
    previousWrapped = !previousEnded && trimmed.length >= WRAPPED_LINE;
  }
  // Double spacing shows in wrapped text. Pages that reflowed each paragraph into one
  // long line and put one blank line between paragraphs have the same gaps; their
  // blank lines are paragraph breaks (`1. (C) Summary: Admiral Fallon, ... [600 characters]`).
  // So are the single blank lines of short paragraphs of one line each (`1. (U) Short text.` / blank /
  // `2. (U) More.`): in double-spaced text a single blank line stands inside a paragraph, between
  // wrapped lines, and the paragraph's label comes after several; when a label follows many of the
  // single blank lines (one in three or more), they are paragraph breaks.
  // Likewise when half of the single blank lines or more follow the end of a sentence: in double-spaced text they
  // stand between the wrapped lines of a sentence, while short unnumbered paragraphs of one or two lines each
  // (`PLEASE ALSO PASS HIS REGARDS.` / blank / `COMMENT: ...`) end a sentence before each.
  // And double spacing cuts wrapped lines apart (in the corpus's double-spaced pages, three in four single blank lines
  // or more follow a wrapped line): when fewer than one in four do, they set off short lines, titles and list entries
  // (a press review: `US-RUSSIA` / blank / `MIDDLE EAST` / blank / ...).
  if (gaps < 10 || single * 10 < gaps * 6 || long * 10 >= nonBlank || labeled * 3 >= single || ended * 2 >= single || wrapped * 4 < single) return [...lines];
  const first = lines.find((l) => isBlank(l.text));
  if (first !== undefined) diagnostics.push(diagnosticAt('DOUBLE_SPACING_REMOVED', 'Blank lines between the lines of double-spaced text removed', first));
  const out: SourceLine[] = [];
  let pending: SourceLine[] = [];
  for (const l of lines) {
    if (isBlank(l.text)) {
      pending.push(l);
      continue;
    }
    // One blank line was a line break; more were a paragraph break.
    if (pending.length >= 2 || (out.length === 0 && pending.length > 0)) out.push(pending[0] as SourceLine);
    pending = [];
    out.push(l);
  }
  return out;
}
