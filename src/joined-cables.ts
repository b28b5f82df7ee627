/**
 * Several cables in one plain text: where another cable starts, rather than the next section of the same one
 * (docs/cable-format.md section 2, joined sections). Users paste cables one after another, or join files with `cat`:
 * with their transmissions (`VZCZC...`), or without a header, banner first (a `cables.csv` row's content), or in the
 * older printed layout (a classification word and `PAGE 01` over the office block and header).
 */

import { isPageFooter, isPrintedPageHead, parsePageMarkerLine } from './body/page-markers.js';
import { announcesQuotation } from './body/transmission-lines.js';
import { parseDtg } from './header/dtg.js';
import { isHeaderStart, isTransmissionIdLine } from './header/routing-header.js';
import { startsFieldKeyword } from './preamble/preamble.js';
import { bannerKind, BARE_CLASSIFICATION, FULL_BANNER, parseClassificationLine } from './preamble/classification.js';
import { collapseWhitespace, isAsciiDigitCode, isBlank, trimEnd, type SourceLine } from './text/source-line.js';

/** How many lines after a transmission id (or a `PAGE 01` header) its banner may stand (a long INFO list: about 30). */
const BANNER_REACH = 80;
/** A header's end mark alone on its line: `BT` (anchored). */
const BT_LINE = /^\s{0,8}BT\s*$/;
/**
 * Lines from a transmission id to its `FM` line at most (`VZCZC...`, precedence and routing wrapped over lines, `DE`,
 * `ZNY`, the DTG; blank lines may stand among them).
 */
const HEADER_LINES = 16;

/** The cable a start carries: `UNCLAS SECTION 01 OF 02 PARIS 000219`, `PAGE 01 AMMAN 06602 01 OF 02 091105Z`. */
interface Carried {
  /** Post and serial without leading zeros: `PARIS 219` (compared by `sameCable`). */
  cable: string;
  /** The section number, or `null` for a cable sent whole (or not known: a `PAGE 01` header). */
  section: number | null;
  /** The banner's line. */
  line: number;
}

/**
 * True when a line may be a banner naming a cable, the cheap test before `bannerKind` (whose own pre-test lets every line
 * with a digit through): its first letter `U`, `C`, `S`,
 * `L` or `T` (`UNCLAS`, `C O N F I D E N T I A L`, `SECRET`, `LIMITED OFFICIAL USE`, `TOP SECRET`) and a digit in it
 * (the serial).
 */
function mayNameCable(text: string): boolean {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  if (c !== 85 && c !== 67 && c !== 83 && c !== 76 && c !== 84) return false;
  for (let k = text.length - 1; k > i; k--) if (isAsciiDigitCode(text.charCodeAt(k))) return true;
  return false;
}

/** Line `i`'s text without the form feeds opening it (a page break printed before it: `\fLIMITED OFFICIAL USE`). */
function textOf(lines: readonly SourceLine[], i: number): string {
  const text = (lines[i] as SourceLine).text;
  return text.charCodeAt(0) === 12 ? text.replace(/^\f+/, '') : text;
}

/**
 * True when line `i` stands after a break: the text's first line, a blank line before it, a form feed opening it, or
 * the end of a message right above it (`NNNN` / `UNCLAS TEHRAN 08815`, a compact copy of cables one after another;
 * `BT` with the closing banner under it: `CARLUCCI` / `BT` / `UNCLASSIFIED` / `LIMITED OFFICIAL USE MADRID 2290`).
 */
function afterBreak(lines: readonly SourceLine[], i: number): boolean {
  if (i === 0) return true;
  const before = (lines[i - 1] as SourceLine).text;
  if (isBlank(before) || (lines[i] as SourceLine).text.charCodeAt(0) === 12 || END_OF_MESSAGE.test(before)) return true;
  // (Not a header's own `BT` right above its banner: the closing banner word between tells a message's end.)
  return i > 1 && bannerKind(before) === BARE_CLASSIFICATION && BT_LINE.test((lines[i - 2] as SourceLine).text);
}

/** The end of a message on its line: `NNNN`, `NNN` (anchored, bounded). */
const END_OF_MESSAGE = /^[ \t]{0,8}N{3,4}[ \t]*$/;

/** The cable a full banner at line `i` names (post and serial), or `null`. */
function bannerAt(lines: readonly SourceLine[], i: number): Carried | null {
  const text = textOf(lines, i);
  if (!mayNameCable(text) || bannerKind(text) !== FULL_BANNER) return null;
  const banner = parseClassificationLine(text);
  // (Not a banner with text before it on its line: `QUOTE C O N F I D E N T I A L TEHRAN 2410`, a repeat's quoted cable.)
  if (banner === null || banner.post === null || banner.serial === null || (banner.start ?? 0) > 0) return null;
  return { cable: cableName(banner.post, banner.serial), section: banner.section?.number ?? null, line: i };
}

/** `PARIS`, `000219` -> `PARIS 219`. */
function cableName(post: string, serial: string): string {
  return `${collapseWhitespace(post)} ${serial.replace(/^0+(?=\d)/, '')}`;
}

/**
 * True when two cable names (`cableName`) are the same cable: the same serial, and posts that agree in their first four
 * characters or one inside the other (an older page header cuts or shortens the post: `PAGE 01 USUN N 05432` over
 * `USUN NEW YORK 05432`, `PAGE 01 NATO 05432` over `USNATO 05432`).
 */
function sameCable(a: string, b: string): boolean {
  if (a === b) return true;
  // A start no banner named is named by its `DE` line's station and serial (`#RUEHRH 2210`: the message of that serial,
  // its other sections, a banner naming `RIYADH 2210`), or only by its line (`# 120`), see `unnamedStart`.
  // Two such names are the same only when equal (the same station and serial: `#RUEHDM 2210` is not `#RUEHAM 2210`).
  // The `DE` line writes a long serial's last four digits: `DE RUEHC #2767` is `STATE 052767`.
  const unnamedA = a.charCodeAt(0) === 35;
  const unnamedB = b.charCodeAt(0) === 35;
  if (unnamedA || unnamedB) {
    if (unnamedA === unnamedB || a.charCodeAt(1) === 32 || b.charCodeAt(1) === 32) return false;
    const deName = unnamedA ? a : b;
    const bannerName = unnamedA ? b : a;
    const de = deName.slice(deName.lastIndexOf(' ') + 1);
    const named = bannerName.slice(bannerName.lastIndexOf(' ') + 1);
    return de === named || (named.length > 4 && Number(named) % 10000 === Number(de));
  }
  const sa = a.lastIndexOf(' ');
  const sb = b.lastIndexOf(' ');
  if (a.slice(sa) !== b.slice(sb)) return false;
  const pa = a.slice(0, sa);
  const pb = b.slice(0, sb);
  // Or one is inside the other: `PAGE 01 NATO 05432` over `USNATO 05432`.
  return pa.slice(0, 4) === pb.slice(0, 4) || pa.includes(pb) || pb.includes(pa);
}

/**
 * The banner after the start at `from` (the first full banner before the next transmission id, within `BANNER_REACH`
 * lines), read as the cable it carries, or `null` (no banner, or one without post and serial).
 */
function carriedAt(lines: readonly SourceLine[], from: number): Carried | null {
  for (let i = from + 1; i < lines.length && i <= from + BANNER_REACH; i++) {
    const text = textOf(lines, i);
    if (!mayNameCable(text)) {
      // (A transmission id starts with `V`: only such lines are asked.)
      if (text.trimStart().charCodeAt(0) === 86 && isTransmissionIdLine(text)) return null;
      continue;
    }
    if (bannerKind(text) !== FULL_BANNER) continue;
    return bannerAt(lines, i);
  }
  return null;
}

/** A numbered paragraph's first line: `1. (SBU) Summary: ...`, `2. THE MINISTER ...` (anchored, bounded). */
const NUMBERED_LINE = /^\s{0,8}\d{1,3}\.[ \t]/;

/**
 * True when the lines from `from` up to `to` end as a cable's text, not as a copy of its preamble cut short: no cut at
 * their end (`RE...`, `B. ROME ...`: an archive's excerpt before the whole copy, which is the same cable). Reads back
 * over blank lines only.
 */
function endsUncut(lines: readonly SourceLine[], from: number, to: number): boolean {
  let last = to - 1;
  while (last >= from && isBlank((lines[last] as SourceLine).text)) last--;
  return last >= from && !trimEnd((lines[last] as SourceLine).text).endsWith('...');
}

/**
 * A separator a user put between two cables: a rule of dashes, equal signs, stars, hashes or underscores, maybe with a
 * few words inside (`----- next -----`, `=====`, `*** next cable ***`). Anchored, bounded.
 */
const SEPARATOR = /^[ \t]{0,8}[-=*#_~]{3,}(?:[ \t]{0,3}[A-Za-z0-9][A-Za-z0-9 .:]{0,29}[-=*#_~]{3,})?[ \t]*$/;

/** True for a separator line (`SEPARATOR`); a rule character first is the pre-test. */
function isSeparator(text: string): boolean {
  const c = text.trimStart().charCodeAt(0);
  return (c === 45 || c === 61 || c === 42 || c === 35 || c === 95 || c === 126) && SEPARATOR.test(text);
}

/** Where the cable before a start at `start` ends: after its last line of text (blank and separator lines are neither's). */
function endBefore(lines: readonly SourceLine[], from: number, start: number): number {
  let end = start;
  while (end > from && (isBlank((lines[end - 1] as SourceLine).text) || isSeparator((lines[end - 1] as SourceLine).text))) end--;
  return end;
}

/**
 * A line that announces or addresses what follows, so no cable ends on it: a lead-in (`FOLLOWING IS TEXT OF PARIS 219`,
 * `... REPEATED FOR YOUR INFORMATION`), a routing header's line (`TO SECSTATE WASHDC 8843`, `INFO AMEMBASSY BONN`, `FM`,
 * `BT`, `ACTION NEA-07`) or an addressee (`AMEMBASSY TEL AVIV`, `RUEHC/SECSTATE WASHDC`). Anchored or bounded.
 */
const LEADS_ON = /\b(?:TEXT|FOLLOWS|FOLLOWING|REPEATED|QUOTED?)\b|^\s{0,8}(?:TO|INFO|FM|BT|ACTION|XMT|AMEMBASSY|AMCONSUL|AMCONGEN|USMISSION|SECSTATE|R[A-Z0-9]{3,7}\/)\b/i;

/**
 * True for the last line of text of a cable another may start after, without a header: the signer (`ROOS`, `Rice`, a
 * name after the last sentence, `... End comment. DELL`), what follows a signer (`CLEARED: POL:MPARRIS, ...`, `Classified
 * By: ...`, an embassy trailer, `NNNN`, `#1196`); not a line announcing or addressing what follows (`LEADS_ON`), nor one
 * ending on a colon, a comma or a dash (the next line goes on it).
 */
function endsCable(text: string): boolean {
  const t = text.trim();
  if (t.length === 0) return false;
  const last = t.charCodeAt(t.length - 1);
  if (last === 58 || last === 44 || last === 45 || last === 59) return false;
  return !LEADS_ON.test(t) && !isHeaderStart(t);
}

/**
 * The marks of a quoted text, the last on a line telling whether one is open after it: `QUOTE` / `UNQUOTE`, the 1970s
 * `QTE` / `UNQTE` (in capitals: `quote` is a word of prose), `BEGIN TEXT` / `END TEXT`, `Begin text:` / `End text.` (a
 * repeat's or a transmitted cable's text). Bounded.
 */
const QUOTE_MARK = /\b(?:(UN)?(?:QUOTE|QTE)|(BEGIN|END|Begin|End)[ \t]{1,3}(?:TEXT|[Tt]ext))\b/g;

/** Whether a quoted text (`QUOTE_MARK`) is open after `text`, given whether it was before. */
function quoteOpenAfter(text: string, open: boolean): boolean {
  if (text.indexOf('QUOTE') < 0 && text.indexOf('QTE') < 0 && text.indexOf('TEXT') < 0 && text.indexOf('ext') < 0) return open;
  let state = open;
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(text); m !== null; m = QUOTE_MARK.exec(text)) state = m[2] !== undefined ? m[2] === 'BEGIN' || m[2] === 'Begin' : m[1] === undefined;
  return state;
}

/**
 * How many lines after a banner with no header above it its preamble's first field may stand (`opensPreamble`; handling
 * and distribution lines stand between: `SENSITIVE`, `SIPDIS`, six `STATE PASS USTR` lines).
 */
const FIELD_REACH = 20;

/** An order line and TAGS reflowed onto one line: `E.O. 12958: N/A TAGS: PGOV` (a native-speed literal search then a bounded gap). */
const REFLOWED_FIELDS = /\bE\.O\. ?1\d{4}[^\n]{1,80}?TAGS:/;

/**
 * True when a preamble field (`E.O.`, `TAGS:`, `SUBJECT:`, `REF:`) follows the banner at `i` within `FIELD_REACH`
 * lines, before any numbered paragraph: the banner opens a cable, not a line of a list naming cables
 * (`MESSAGES AFFECTED` / blank / `CONFIDENTIAL STATE 287710`).
 */
function opensPreamble(lines: readonly SourceLine[], i: number): boolean {
  // (Or on the banner's own line, the preamble reflowed onto it: `UNCLAS RABAT 001544 SIPDIS ... E.O. 12958: N/A TAGS: ...`.)
  if (REFLOWED_FIELDS.test(textOf(lines, i))) return true;
  for (let k = i + 1; k < lines.length && k <= i + FIELD_REACH; k++) {
    const text = (lines[k] as SourceLine).text;
    if (startsFieldKeyword(text)) return true;
    if (NUMBERED_LINE.test(text)) return false;
  }
  return false;
}

/** True when a transmission id at `i` opens a routing header: the next line of text is one of its lines (`RR RUEHWEB`, `DE RUEHFR #0219`). */
function opensHeader(lines: readonly SourceLine[], i: number): boolean {
  let k = i + 1;
  while (k < lines.length && k <= i + 3 && isBlank((lines[k] as SourceLine).text)) k++;
  const next = lines[k];
  return next !== undefined && k <= i + 3 && !isTransmissionIdLine(next.text) && (isHeaderStart(next.text) || DE_LINE.test(next.text));
}

/**
 * A telegram's date-time group with its precedence opening a line: `R 281848Z DEC 66`, `O 082015Z FEB 85`, two
 * precedences (action and info) `P R 281848Z DEC 66`, a digit garbled into a letter as the header reader takes it
 * (`O 21O915Z NOV 79`), an operating signal after it (`O 122245Z OCT 74 ZFF4`, `ZFF-4`). Anchored, bounded.
 */
const PRECEDENCE_DTG = /^\s{0,8}[ZOPR]{1,2}(?:\s{1,3}[ZOPR]{1,2})?\s{1,3}[0-9OIl]{6}Z\s{1,3}[A-Z]{3}\s{1,3}\d{2}(?:\s{1,3}Z[A-Z]{2}-?\d?)?\s*$/;

/**
 * True when line `i` opens an older telegram's header, with no transmission id above it: its date-time group with the
 * precedence, and the `FM` line right under it (`R 281848Z DEC 66` / `FM AMEMBASSY SAIGON`).
 */
function opensTelegram(lines: readonly SourceLine[], i: number, text: string): boolean {
  if (!PRECEDENCE_DTG.test(text)) return false;
  let k = i + 1;
  while (k < lines.length && k <= i + 2 && isBlank((lines[k] as SourceLine).text)) k++;
  return k < lines.length && k <= i + 2 && FM_LINE.test((lines[k] as SourceLine).text);
}

/** The `DE` line's station and serial: `DE RUEHAM #4471/01 1451230` -> `RUEHAM`, `4471` (anchored, bounded). */
const DE_SERIAL = /^\s{0,8}DE\s{1,4}(R[A-Z0-9]{3,7})\s{1,4}#\s?0*(\d{1,6})/;

/**
 * The name of a start whose banner names no cable: its `DE` line's station and serial, the same in each section of one
 * message and in a retransmission's new header over the original (`#RUEHAM 4471`), else its line (`# 120`).
 */
function unnamedStart(lines: readonly SourceLine[], i: number): string {
  for (let k = i + 1; k < lines.length && k <= i + HEADER_LINES; k++) {
    const text = (lines[k] as SourceLine).text;
    // (Only in its own header: not the next cable's `DE` line below a short message, `BT` / blank / `VZCZC...` / `DE ...`.)
    if (BT_LINE.test(text) || isTransmissionIdLine(text)) break;
    const m = DE_SERIAL.exec(text);
    if (m !== null) return `#${m[1] ?? ''} ${m[2] ?? ''}`;
  }
  return `# ${i}`;
}

/** True when an `FM` line stands within `HEADER_LINES` lines after line `i` (a header readable to its originator). */
function fromLineWithin(lines: readonly SourceLine[], i: number): boolean {
  for (let k = i + 1; k < lines.length && k <= i + HEADER_LINES; k++) if (FM_LINE.test((lines[k] as SourceLine).text)) return true;
  return false;
}

/** A message's serial on its line, in its trailer: `#0331` (anchored). */
const MESSAGE_SERIAL_LINE = /^\s{0,8}#\d{1,5}\s*$/;

/** True when a line is one of a message's trailer lines: `BT`, `NNNN`, `#0331`. */
function isTrailerLine(text: string): boolean {
  return BT_LINE.test(text) || END_OF_MESSAGE.test(text) || MESSAGE_SERIAL_LINE.test(text);
}

/** True when the text line before line `i` is a message's trailer (`isTrailerLine`). */
function afterTrailer(lines: readonly SourceLine[], i: number): boolean {
  let p = i - 1;
  while (p >= 0 && isBlank((lines[p] as SourceLine).text)) p--;
  return p >= 0 && isTrailerLine((lines[p] as SourceLine).text);
}

/** How many `BT` lines stand in lines `[from, to)` (a header's and, after its text, a message's). */
function btLinesIn(lines: readonly SourceLine[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (BT_LINE.test((lines[k] as SourceLine).text)) n++;
  return n;
}

/** A header's `FM` line: `FM AMEMBASSY SAIGON`, `FM SECDEF WASHINGTON DC` (anchored). */
const FM_LINE = /^\s{0,8}FM\s/;

/**
 * True when the text line before line `i` opens or announces a quotation (`announcesQuotation`: `QUOTE`, `... REPEATS
 * AMMAN 412. QUOTE:`, `... FOR REFERENCE. BEGIN TEXT:`, `FOLLOWING MESSAGE RECEIVED FROM AMEMBASSY BONN REPEATED FOR` /
 * `YOUR INFORMATION:`). The quoted header's routing lines may stand between (`QUOTE` / `OO RUEHC` / `DE RUEHAK #8812
 * ...` / `ZNY CCCCC ZZH` / the DTG), at most `QUOTED_ROUTING_LINES` of them.
 */
function quotedAt(lines: readonly SourceLine[], i: number): boolean {
  const p = leadLineBefore(lines, i);
  return p >= 0 && announcesQuotation(trimEnd((lines[p] as SourceLine).text));
}

/** The text line before a header starting at line `i`, above blank lines and up to `QUOTED_ROUTING_LINES` routing lines (`ROUTING_LINE`); -1 when there is none. */
function leadLineBefore(lines: readonly SourceLine[], i: number): number {
  let p = i - 1;
  let routing = 0;
  let banner = false;
  for (; p >= 0; p--) {
    const t = (lines[p] as SourceLine).text;
    if (isBlank(t)) continue;
    if (routing < QUOTED_ROUTING_LINES && ROUTING_LINE.test(t)) {
      routing++;
      continue;
    }
    // The quoted message's own classification word over its header: `QUOTE` / `C O N F I D E N T I A L` / `O 281200Z JUL 08`.
    if (!banner && bannerKind(textOf(lines, p)) === BARE_CLASSIFICATION) {
      banner = true;
      continue;
    }
    break;
  }
  return p;
}

/**
 * True when the header at line `i` is quoted text: the line before opens or announces a quotation (`quotedAt`), or ends
 * with a colon and the header's DTG is earlier than the open cable's (`current`, ms): a message quoted is older than the
 * cable quoting it (`... THE TEXT FOLLOWS:` / `R 091615Z MAR 76` in a cable of `101830Z`); a later one after a colon
 * is the next cable, its text before cut by the archive (`THE TEXT FOLLOWS:` / `R 111400Z MAR 76` after `111045Z`).
 * Routing lines of the quoted header may stand between (`... FOLLOWS:` / `RR RUEHC` / `DE RUFHOL #4410` / `R 091615Z MAR 76`).
 */
function quotedHeaderAt(lines: readonly SourceLine[], i: number, current: number | null): boolean {
  const p = leadLineBefore(lines, i);
  if (p < 0) return false;
  const lead = trimEnd((lines[p] as SourceLine).text);
  if (announcesQuotation(lead)) return true;
  if (current === null || !lead.endsWith(':')) return false;
  const time = headerTime(lines, i);
  return time !== null && time < current;
}

/** The time of the first DTG line at or within `HEADER_LINES` lines after line `i` (ms since 1970), or `null`. */
function headerTime(lines: readonly SourceLine[], i: number): number | null {
  for (let k = i; k < lines.length && k <= i + HEADER_LINES; k++) {
    const t = (lines[k] as SourceLine).text;
    // Cheap pre-test: a `Z` in the line.
    if (t.indexOf('Z') < 0) continue;
    const dtg = parseDtg(t);
    if (dtg?.datetime != null) return Date.parse(dtg.datetime);
  }
  return null;
}

/**
 * Routing lines of a quoted header above its DTG: `OO RUEHC RUEHJM`, its wrapped indicators `RUEHLO RUEHMO RUEHFR`,
 * `DE RUEHAK #8812 2011530`, `ZNY CCCCC ZZH` (anchored, bounded).
 */
const ROUTING_LINE = /^\s{0,8}(?:[ZOPR]{2}(?:\s{1,3}R[A-Z0-9]{3,7}){1,12}\s*$|R[A-Z0-9]{3,7}(?:\s{1,3}R[A-Z0-9]{3,7}){0,11}\s*$|DE\s{1,4}R[A-Z0-9]{3,7}\b|ZN[YR]\s)/;
/** Most routing lines between a quotation's opening line and the quoted DTG (a relay line wraps onto lines of indicators). */
const QUOTED_ROUTING_LINES = 8;

/** The `DE` line of a routing header: `DE RUEHFR #0219/01 0411530` (anchored). */
const DE_LINE = /^\s{0,8}DE\s{1,4}R[A-Z0-9]{3,7}\b/;

/**
 * The start of a cable in the older printed layout, a `PAGE 01` header naming its post and serial (`PAGE 01 AMMAN
 * 06602 01 OF 02 091105Z`), moved up over the classification word printed above it: the cable it carries, or `null`.
 */
function pageOneAt(lines: readonly SourceLine[], i: number): { start: number; carried: Carried } | null {
  const text = textOf(lines, i);
  // (A `P` first, after blanks, is the pre-test.)
  if (text.trimStart().charCodeAt(0) !== 80) return null;
  const marker = parsePageMarkerLine(text);
  if (marker === null || marker.page !== 1 || marker.total !== 0 || marker.serial === '') return null;
  let start = i;
  let k = i - 1;
  while (k >= 0 && isBlank((lines[k] as SourceLine).text)) k--;
  if (k >= 0 && bannerKind(textOf(lines, k)) === BARE_CLASSIFICATION) start = k;
  return { start, carried: { cable: cableName(marker.post, marker.serial), section: null, line: i } };
}

/**
 * Splits a plain text into the cables it holds, as line ranges `[start, end)`: one range for one cable. A cable starts
 * at a transmission id (`VZCZC...`, its banner read below it) or an older telegram's `R 281848Z DEC 66` / `FM` lines, at a banner with no header above it after the end of
 * the cable before (a short line in capitals: the signer, `NNNN`), or at an older copy's `PAGE 01` header. It starts
 * another cable when it names another cable, or the same cable's section again after a text with a numbered paragraph
 * not cut short (a copy pasted twice); the next section of the same cable (joined sections) stays with it, and so does
 * an archive's excerpt cut short before the whole copy. A banner inside a quoted text (`QUOTE` ... `UNQUOTE`) starts
 * nothing. Blank and separator lines (`----- next -----`) between two cables are in neither range.
 *
 *     VZCZCXRO3312                                    <- a cable: PARIS 219, section 1
 *     UNCLAS SECTION 01 OF 02 PARIS 000219
 *     VZCZCXRO3318                                    <- the same cable: section 2
 *     UNCLAS SECTION 02 OF 02 PARIS 000219
 *     ... RIVKIN
 *     UNCLAS ROME 000333                              <- another cable, no header
 *
 * Linear: each start reads at most `BANNER_REACH` lines ahead, and the scan notes what it passes.
 */
export function splitJoinedCables(text: string, lines: readonly SourceLine[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  let current: string | null = null;
  // The DTG of the open cable's first header, as milliseconds (`headerTime`), or `null`.
  let currentTime: number | null = null;
  let sections = new Set<number | null>();
  // Whether a numbered paragraph stands in the lines since `start` (the text of a cable, not a copy of its preamble).
  let numbered = false;
  // The banner line a transmission id or a `PAGE 01` header read below it: it starts nothing itself.
  let ownBanner = -1;
  // Whether a quoted text is open.
  let quoting = false;
  // `headed`: a transmission starts it; else the cable before must have ended (its last line of text before `at`, the
  // signer or an end mark). `sectioned`: its banner tells its section (a `PAGE 01` header does not: `PAGE 01 ROME 01196
  // 02 OF 02` opens section 2 of the same cable, so only another cable splits there).
  const startAt = (at: number, carried: Carried, headed: boolean, sectioned: boolean): void => {
    const same = current !== null && sameCable(carried.cable, current);
    // The same cable again from its start (its first section, or the whole of it), not a section sent twice or
    // repeated under a correction caption: a copy pasted again.
    const repeated = sectioned && same && (carried.section === null || (carried.section === 1 && (sections.has(1) || sections.has(null))));
    const other = current !== null && !same;
    const end = endBefore(lines, start, at);
    // (A message's trailer ends it too: `ROGERS` / `BT`.)
    const ended = headed || (end > start && (endsCable((lines[end - 1] as SourceLine).text) || isTrailerLine((lines[end - 1] as SourceLine).text)));
    // (Not right after the `BT` of a header no banner named: a retransmission's new header stands over the original one,
    // `VZCZCMNI318` ... `BT` / `VZCZCMNI207` ... `BT` / the banner.)
    // (A message under its own header, closed by a second `BT`, is no such header: `UNCLAS SVC` / its text / `BT`.)
    const overHeader = current !== null && current.charCodeAt(0) === 35 && end > start && BT_LINE.test((lines[end - 1] as SourceLine).text) && btLinesIn(lines, start, end) === 1;
    if (current !== null && ended && !overHeader && (other || (repeated && numbered && endsUncut(lines, start, at)))) {
      out.push([start, end]);
      start = at;
      sections = new Set<number | null>();
      numbered = false;
      currentTime = null;
    }
    currentTime ??= headerTime(lines, at);
    current = carried.cable;
    if (sectioned) sections.add(carried.section);
  };
  const hasTransmission = text.indexOf('VZCZC') >= 0;
  // The first line with text.
  let firstText = 0;
  while (firstText < lines.length && isBlank((lines[firstText] as SourceLine).text)) firstText++;
  // The line of the last transmission id read as a start (its header's DTG line follows within `HEADER_LINES`).
  let lastTransmission = -HEADER_LINES - 1;
  for (let i = 0; i < lines.length; i++) {
    if (isBlank((lines[i] as SourceLine).text)) continue;
    // A form feed opening a line is a page break before it: `\fLIMITED OFFICIAL USE`.
    const line = textOf(lines, i);
    // (Right after a line opening a quotation an older telegram's header is the quoted cable's: a repeat quotes the
    // original whole, `QUOTE` / `O 141200Z JAN 91` / `FM AMEMBASSY AMMAN` / ... / `UNQUOTE`. A later header starts a
    // cable as before, also when the copy lost the `UNQUOTE`. A transmission id always does.)
    const transmission = hasTransmission && isTransmissionIdLine(line);
    const headerStart = transmission && opensHeader(lines, i);
    // (A telegram's start is asked once whether it is quoted; a transmission id only when its banner names no cable.)
    const telegramStart = !headerStart && opensTelegram(lines, i, line) && !quotedHeaderAt(lines, i, currentTime);
    if (headerStart || telegramStart) {
      const carried = carriedAt(lines, i);
      if (carried !== null) {
        startAt(i, carried, true, true);
        ownBanner = carried.line;
      } else if (telegramStart || !quotedHeaderAt(lines, i, currentTime)) {
        // A header whose banner names no post and serial (`UNCLAS`, `C O N F I D E N T I A L` alone, none at all, the text
        // cut inside the header, a banner wrapped or far below) still starts a cable when its header is readable to its
        // `FM` line: one no other start names (`# ` and its line, a post no banner writes); a garbled transmission stays
        // with the cable before. A transmission id always; an older telegram's date-time group only after the end of the
        // cable before (inside a header it is the header's own: `VZCZCAM0417` / ... / `O 011230Z APR 91` / `FM AMEMBASSY
        // AMMAN`).
        // (An older telegram's DTG line only once the open cable has a numbered paragraph: before that it is a copy of
        // the header, as a pasted `cables.csv` row repeats it.)
        // (The text's first line names its cable so too: a later start is then another cable's, `R 121015Z JUL 73` /
        // `FM AMEMBASSY NAIROBI` / ... / `UNCLAS` / ... / `MCILVAINE` / `VZCZCXRO6620` ... `UNCLAS NAIROBI 002214`.)
        if ((transmission || (i - lastTransmission > HEADER_LINES && (numbered || i === firstText))) && fromLineWithin(lines, i)) {
          startAt(i, { cable: unnamedStart(lines, i), section: null, line: -1 }, transmission, false);
        }
      }
      if (transmission) lastTransmission = i;
      continue;
    }
    // A quotation left open (`BEGIN TEXT:` with no end, `QUOTE` as a word) ends with its cable: a banner with its preamble
    // after the end of the text before (the signer, `NNNN`) starts the next one, unless a quotation opens right above it.
    if (quoting && i !== ownBanner && afterBreak(lines, i) && !quotedAt(lines, i) && bannerAt(lines, i) !== null && opensPreamble(lines, i)) {
      const end = endBefore(lines, start, i);
      if (end > start && endsCable((lines[end - 1] as SourceLine).text)) quoting = false;
    }
    if (!quoting && i !== ownBanner) {
      const page = pageOneAt(lines, i);
      if (page !== null && afterBreak(lines, page.start)) {
        startAt(page.start, page.carried, page.start === 0, false);
        // The banner under the header is the copy's own, whatever it calls the post.
        const banner = carriedAt(lines, i);
        if (banner !== null) ownBanner = banner.line;
      } else if (afterBreak(lines, i)) {
        const banner = bannerAt(lines, i);
        // (Or right after a message's trailer, `BT` / `NNNN` / `#0331`: a cut cable's text may follow its banner at once.)
        if (banner !== null && (current === null || opensPreamble(lines, i) || afterTrailer(lines, i))) startAt(i, banner, current === null, true);
      }
    } else if (i === ownBanner) {
      // The start's own banner names the cable as the banner writes it, and its section.
      const banner = bannerAt(lines, i);
      if (banner !== null) {
        current = banner.cable;
        sections.add(banner.section);
      }
    }
    if (!numbered && NUMBERED_LINE.test(line)) numbered = true;
    quoting = quoteOpenAfter(line, quoting);
  }
  out.push([start, lines.length]);
  // A first part that is only a printer's page furniture (`CONFIDENTIAL          PAGE 1` over the transmission id) starts
  // no cable: it is the next one's.
  if (out.length > 1 && onlyPageFurniture(lines, (out[0] as [number, number])[0], (out[0] as [number, number])[1])) {
    (out[1] as [number, number])[0] = (out[0] as [number, number])[0];
    out.shift();
  }
  return out;
}

/** True when lines `[from, to)` hold text and all of it is a printer's page footer or head (`isPageFooter`, `isPrintedPageHead`). */
function onlyPageFurniture(lines: readonly SourceLine[], from: number, to: number): boolean {
  let any = false;
  for (let k = from; k < to; k++) {
    const t = (lines[k] as SourceLine).text;
    if (isBlank(t)) continue;
    if (!isPageFooter(t) && !isPrintedPageHead(t)) return false;
    any = true;
  }
  return any;
}
