/**
 * The ACP-127 routing header, from `VZCZC...` down to the last addressee:
 *
 *     VZCZCXRO4053
 *     OO RUEHIK
 *     DE RUEHTA #0270/01 0570805
 *     ZNR UUUUU ZZH
 *     O 260805Z FEB 10
 *     FM AMEMBASSY ASTANA
 *     TO RUEHC/SECSTATE WASHDC IMMEDIATE 7547
 *     INFO RUCNCIS/CIS COLLECTIVE 2538
 *     RUEHBJ/AMEMBASSY BEIJING 1884
 */

import type { CableSpans, Originator, Recipient, Relay, RoutingHeader } from '../model/cable.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt } from '../diagnostics/diagnostic.js';
import { isPageFooter, isPageMarker } from '../body/page-markers.js';
import { BARE_CLASSIFICATION, bannerKind, FULL_BANNER, parseHandlingLine } from '../preamble/classification.js';
import { opensAddresseeEntry, startsFieldKeyword } from '../preamble/preamble.js';
import { collapseWhitespace, isAsciiDigitCode, isAsciiUpperCode, isBlank, skipWhitespace, spanOf, splitLines, type SourceLine } from '../text/source-line.js';
import { parseDtg } from './dtg.js';

/** Transmission id: `VZCZCXRO4053`. */
const TRANSMISSION_ID = /^\s*(VZCZC[A-Z0-9]{0,20})\s*$/;
/** Relay line: precedence prosigns then routing indicators: `OO RUEHIK`, `RR RUEHWEB`. */
const RELAY = /^\s*((?:[ZOPRY]{1,2}\s+){1,2})(R[A-Z0-9]{3,7}(?:\s+R[A-Z0-9]{3,7})*)\s*$/;
/** A continuation of the relay line: only routing indicators: `RUEHSR`. */
const RELAY_CONTINUATION = /^\s*(R[A-Z0-9]{3,7}(?:\s+R[A-Z0-9]{3,7})*)\s*$/;
/** Originator: `DE RUEHTA #0270/01 0570805` (station, #serial, /section, Julian day + time). */
const ORIGINATOR = /^\s*DE\s+([A-Z0-9]{4,8})\s+#\s?([A-Z0-9]{1,6})(?:\/(\d{1,3}))?\s+(\d{3})(\d{4})\b/;
/** Security line: `ZNR UUUUU ZZH`, `ZNY CCCCC ZZH`. */
const SECURITY = /^\s*ZN[RY]\s+([A-Z]{5})\b/;
/** A collective addressee: `NATO EU COLLECTIVE`, `ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE`, `ALL NATO CAPITALS` (bounded). */
const COLLECTIVE_ADDRESS = /\bCOLLECTIVE\b|^ALL\s|\bALDAC\b/;

/** The last collective addressee of a list (`COLLECTIVE_ADDRESS`), or `undefined`. */
function lastCollective(list: readonly Recipient[]): Recipient | undefined {
  for (let k = list.length - 1; k >= 0; k--) if (COLLECTIVE_ADDRESS.test((list[k] as Recipient).address)) return list[k];
  return undefined;
}

/**
 * Addressee lines: `FM ...`, `TO ...`, `INFO ...`, `XMT ...`. The text is `\S(?:.*\S)?`:
 * greedy then one backtrack pass (a lazy `\S.*?` before `\s*$` would be quadratic on inner spaces).
 */
// `From: AMCONSUL TIJUANA` in some archive exports.
const FM = /^\s*(?:FM|From:)\s+(\S(?:.*\S)?)\s*$/;
const TO = /^\s*TO\s+(\S(?:.*\S)?)\s*$/;
const INFO = /^\s*INFO\s+(\S(?:.*\S)?)\s*$/;
const XMT = /^\s*XMT\s+(\S(?:.*\S)?)\s*$/;

/**
 * A relay instruction standing under the addressees of a 1960s telegram, before `BT`: the Department to pass the
 * message on its radio network (`STATE GRNC`). Anchored at both ends.
 *
 *     INFO CINCPAC
 *     STATE GRNC
 *     BT
 */
const RELAY_INSTRUCTION = /^[ \t]*(?:STATE[ \t]+)?GRNC[ \t]*$/;
/**
 * Pre-1990s distribution blocks and separator lines, which are not addressees:
 *     ACTION EUR-00                        (or `ORIGIN DS-00`)
 *     INFO  LOG-00   EEB-00   AF-00    AGRE-00
 *           G-00     SAS-00   DTT-00   FA-00    SWCI-00    /001R
 *     ------------------123456 082035Z /38
 *     --------------------- 034502         (early 1970s)
 */
// `INFO  OCT-01  ISO-00  CIAE-00`, `      L-03  NSAE-00 /059 W` (the count and a letter, maybe spaced),
// or the count alone on the last line: `        /000W`.
const DISTRIBUTION_CODES = /^\s*(?:(?:ACTION|INFO|ORIGIN)\s+)?(?:[A-Z]{1,6}-\d{2}(?:\s+[A-Z]{1,6}-\d{2})*(?:\s+\/\d{3} ?[A-Z]?)?|\/\d{3} ?[A-Z]?)\s*$/;
// The separator with its number, time and count (`------------------123456 082035Z /38`), or in the early 1970s with its
// number alone (`--------------------- 034502`; a rule line with no number is none).
const SEPARATOR = /^\s*-{5,}(?:\s?[0-9A-Z]{0,8}\s+\d{6}Z\s+\/\d{1,3}|[ \t]{0,3}\d{5,7})\s*$/;

/** True for the office distribution codes and separator lines of older cables. */
export function isDistributionCodeLine(text: string): boolean {
  // Every such line holds a `-` (`EUR-00`, `-----`) or a `/` (the count `/000W`): a native search first.
  if (text.indexOf('-') < 0 && text.indexOf('/') < 0) return false;
  return DISTRIBUTION_CODES.test(text) || SEPARATOR.test(text);
}

/**
 * The drafting block that State's printed telegrams of the 1960s and 1970s carry between the office distribution and
 * the separator line, in capitals (`isDraftingBlockLine`):
 *     DRAFTED BY EB/ORF/OFP:RWBLACKWELL:LW
 *     APPROVED BY EB/ORF:WPHELPS
 *     EA/J:TKOLBE                              <- a clearance, read only after a DRAFTED or APPROVED line
 *     USDA/FAS:DMARTINSON
 */
const DRAFTING_OPENER = /^\s{0,8}(?:(?:DRAFTED|APPROVED|CLEARED|CLEARANCES?)(?:\s{1,3}BY)?\s{0,2}:?\s{1,3}[A-Z][^a-z]{0,80}|DESIRED\s{1,3}DISTRIBUTION\b[^a-z]{0,80})$/;
/**
 * A clearance line of that block: an office, a colon (or a dash set off by spaces) and a name in capitals, maybe with a
 * note in parentheses: `EA/J:TKOLBE`, `S/S-O: PJOHNSON`, `L/EUR:JHMICHEL (SUBS)`, `S/S - MR. SEBASTIAN`; or the offices
 * of a `DESIRED DISTRIBUTION` line: `HA, L, H, PA, ALL REGIONAL BUREAUS` (anchored, bounded).
 */
const CLEARANCE_LINE = /^\s{0,24}[A-Z][A-Z0-9/&.-]{0,24}(?:\s?:\s?|\s-\s)[A-Z][A-Z0-9.'/ ()-]{1,40}$|^\s{0,24}[A-Z][A-Z0-9/&.-]{0,24}(?:,\s?[A-Z][A-Z0-9/&. -]{0,30}){1,12}$/;

/**
 * True for a line of a printed telegram's drafting block before its header (`DRAFTING_OPENER`), and, when `inBlock` (a
 * `DRAFTED` or `APPROVED` line came before it), for a clearance line (`CLEARANCE_LINE`).
 */
export function isDraftingBlockLine(text: string, inBlock: boolean): boolean {
  const c = text.charCodeAt(skipWhitespace(text));
  if ((c === 68 || c === 65 || c === 67) && DRAFTING_OPENER.test(text)) return true;
  return inBlock && (text.indexOf(':') > 0 || text.indexOf(' - ') > 0 || text.indexOf(',') > 0) && CLEARANCE_LINE.test(text);
}

/** End of header: `BT`. */
const BT = /^\s*BT\s*$/;

/**
 * Precedence words that may follow an address, each with the space before it (the longer
 * first). Example: `RUEHC/SECSTATE WASHDC NIACT IMMEDIATE 7547`.
 */
const PRECEDENCE_WORDS = ['NIACT IMMEDIATE', 'IMMEDIATE', 'PRIORITY', 'ROUTINE', 'FLASH'].map((word) => ({ word, suffix: ` ${word}` }));

/**
 * Routing indicator before the slash: `RUEHC/`, `RUEHC / `; or the operating signal `ZEN/` of an addressee served
 * by other means, which stands where the routing indicator does: `ZEN/AMEMBASSY LUXEMBOURG 0123`.
 */
const RECIPIENT_RI = /^(R[A-Z0-9]{3,7}|ZEN)\s?\/\s?/;

/**
 * A routing indicator not of the `R...` form before the slash, then an address of two words or more:
 * `EUMEM/EU MEMBER STATES COLLECTIVE`. Four to seven capitals (an office's `DIA WASHINGTON DC//DHI//` has a
 * space first); bounded look-ahead.
 */
const OTHER_RI = /^([A-Z]{4,7}) ?\/ ?(?=[A-Z][A-Z0-9.&'-]{0,30} [A-Z])/;

/** A routing indicator too short to be one, garbled by the source: `DJ/AMEMBASSY QJQBOUTI 3104` (anchored). */
const GARBLED_RI = /^\s{0,8}[A-Z]{1,2} ?\/(?!\/)/;

/** True when `text` has an ASCII digit. */
function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (isAsciiDigitCode(text.charCodeAt(k))) return true;
  return false;
}

/** True when `text` is only ASCII digits (and not empty). */
function isAllDigits(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (!isAsciiDigitCode(text.charCodeAt(k))) return false;
  return text.length > 0;
}

/** Reads one addressee: `RUEHC/SECSTATE WASHDC IMMEDIATE 7547`. */
export function parseRecipient(text: string): { recipient: Recipient; mcnInvalid: boolean } {
  // Words separated by single spaces, none at either end: the address is cut at spaces
  // from the end, with no token array.
  let rest = collapseWhitespace(text);
  let routingIndicator: string | null = null;
  const ri = RECIPIENT_RI.exec(rest);
  if (ri !== null) {
    routingIndicator = ri[1] ?? null;
    rest = rest.slice(ri[0].length);
  } else {
    // `EUMEM/EU MEMBER STATES COLLECTIVE` (a native search for the slash first).
    const slash = rest.indexOf('/');
    const other = slash >= 4 && slash <= 8 ? OTHER_RI.exec(rest) : null;
    if (other !== null) {
      routingIndicator = other[1] ?? null;
      rest = rest.slice(other[0].length);
    }
  }
  let mcn: string | null = null;
  let mcnInvalid = false;
  // A trailing word with a digit (after at least one other) is the message control number: `7547`, garbled `25Q`.
  const lastSpace = rest.lastIndexOf(' ');
  if (lastSpace >= 0 && rest.length - lastSpace - 1 <= 6) {
    const last = rest.slice(lastSpace + 1);
    // After a one-word address, only a four-digit number is an MCN: `RUAYJAA/CTF 72`, `CTG 72.1`, `TF 150`
    // are task force names (military addressees carry no MCN); `RUEHXX/USUN 1234` has one.
    const named = rest.indexOf(' ') === lastSpace && !(last.length === 4 && isAllDigits(last));
    if (hasDigit(last) && !named) {
      mcn = last;
      mcnInvalid = !isAllDigits(last);
      rest = rest.slice(0, lastSpace);
    }
  }
  let precedence: string | null = null;
  for (const p of PRECEDENCE_WORDS) {
    if (rest.endsWith(p.suffix)) {
      precedence = p.word;
      rest = rest.slice(0, rest.length - p.suffix.length);
      break;
    }
  }
  return {
    recipient: { routingIndicator, address: rest, precedence, mcn, excluded: [] },
    mcnInvalid,
  };
}

/** The precedence words a garbled token may misspell (`PRIORTY`), for `strayPrecedence`. */
const PRECEDENCE_SPELLINGS: readonly string[] = ['IMMEDIATE', 'PRIORITY', 'ROUTINE'];

/**
 * Month abbreviations, a date's word: no place name ends in one, so one standing where the
 * precedence goes is debris (`RUEHLP/AMEMBASSY LA PAZ OCT 0149`, the DTG's month).
 */
const MONTH_WORDS: ReadonlySet<string> = new Set(['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']);

/** True when `a` and `b` differ by one letter left out, added, changed, or two neighbours swapped (`PRIORTY`, `PRIROITY`). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (a.length !== b.length) return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * A stray token where an addressee's precedence goes: the last word of the address, right before a
 * four-digit MCN, when the recipient read no precedence and at least two words stay in the address.
 * - `'garble'`: a misspelled precedence word (`RUEHFR/AMEMBASSY PARIS PRIORTY 0002`); `word` is the precedence it spells.
 * - `'month'`: a month abbreviation (`RUEHLP/AMEMBASSY LA PAZ OCT 0149`); debris only when other addressees of the
 *   same list carry a precedence in that slot (the caller checks the list).
 * `null` for anything else: places have many words (`AMEMBASSY PORT AU PRINCE`, `AMCONSUL HO CHI MINH CITY`) and none is taken.
 * Cheap tests first (the MCN's length, the token's length); no regex.
 */
function strayPrecedence(recipient: Recipient): { token: string; kind: 'garble' | 'month' | 'debris'; word: string | null } | null {
  if (recipient.precedence !== null || recipient.mcn === null || recipient.mcn.length !== 4 || !isAllDigits(recipient.mcn)) return null;
  const address = recipient.address;
  const space = address.lastIndexOf(' ');
  // At least two words before the token: `AMEMBASSY LA PAZ OCT`, not `USUN OCT`.
  if (space < 0 || address.lastIndexOf(' ', space - 1) < 0) return null;
  const token = address.slice(space + 1);
  if (token.length === 3) return MONTH_WORDS.has(token) ? { token, kind: 'month', word: null } : null;
  // A month and another post's name after the address (`AMEMBASSY LA PAZ MAY QUITO 0211`, `... JAN RIO DE JANEIRO`):
  // the month and all after it are debris (at least two words before the month, at most three after it).
  const words = address.split(' ');
  for (let k = Math.max(2, words.length - 4); k < words.length - 1; k++) {
    if (MONTH_WORDS.has(words[k] as string)) return { token: words.slice(k).join(' '), kind: 'debris', word: null };
  }
  if (token.length < 6 || token.length > 10) return null;
  for (let k = 0; k < token.length; k++) if (!isAsciiUpperCode(token.charCodeAt(k))) return null;
  const word = PRECEDENCE_SPELLINGS.find((w) => oneEditApart(token, w));
  return word === undefined ? null : { token, kind: 'garble', word };
}

/** An addressee read with a stray token where its precedence goes, its list and its line (see `strayPrecedence`). */
interface StrayPrecedence {
  recipient: Recipient;
  list: readonly Recipient[];
  line: SourceLine;
  stray: NonNullable<ReturnType<typeof strayPrecedence>>;
}

/**
 * Takes stray tokens out of addresses and reports each with a warning: a misspelled precedence is
 * read as the precedence it spells; a month only when another addressee of its list carries a precedence; a month
 * followed by another post's name always:
 *
 *     INFO RUEHBO/AMEMBASSY BOGOTA PRIORITY 6079
 *     RUEHLP/AMEMBASSY LA PAZ OCT 0149          -> address `AMEMBASSY LA PAZ`, precedence null
 *     RUEHLP/AMEMBASSY LA PAZ MAY QUITO 0211    -> address `AMEMBASSY LA PAZ` (the month and a post after it)
 */
function removeStrayPrecedences(found: readonly StrayPrecedence[], diagnostics: Diagnostic[]): void {
  // Whether a list has a precedence, asked once per list (TO, INFO), before any garble is read as one.
  const withPrecedence = new Map<readonly Recipient[], boolean>();
  for (const { list } of found) if (!withPrecedence.has(list)) withPrecedence.set(list, list.some((r) => r.precedence !== null));
  for (const { recipient, list, line, stray } of found) {
    if (stray.kind === 'month' && withPrecedence.get(list) !== true) continue;
    recipient.address = recipient.address.slice(0, recipient.address.length - stray.token.length - 1);
    if (stray.word !== null) recipient.precedence = stray.word;
    const what = stray.word === null ? 'left out of the address' : `read as ${stray.word}`;
    diagnostics.push(diagnosticAt('HEADER_LINE_UNRECOGNIZED', `Addressee with a stray word "${stray.token}" where the precedence goes: "${collapseWhitespace(line.text).slice(0, 60)}" (${what})`, line));
  }
}

/** The header's part of the cable's spans. */
export type HeaderSpans = Pick<CableSpans, 'header' | 'transmissionId' | 'relay' | 'originator' | 'security' | 'dtg' | 'from' | 'to' | 'info' | 'transmission'>;

/** Result of reading a header from lines. */
export interface HeaderRead {
  header: RoutingHeader | null;
  /** Where each header field came from (only the header's part of `CableSpans`). */
  spans: HeaderSpans;
  /** Index of the first line after the header. */
  end: number;
}

/** The header's spans with every field absent. */
export function emptyHeaderSpans(): HeaderSpans {
  return { header: null, transmissionId: null, relay: null, originator: null, security: null, dtg: null, from: null, to: [], info: [], transmission: [] };
}

/** True for a transmission id line, the first line of a transmission: `VZCZCXRO4053`. */
export function isTransmissionIdLine(text: string): boolean {
  return TRANSMISSION_ID.test(text);
}

/** True when a line can start a routing header. */
export function isHeaderStart(text: string): boolean {
  return TRANSMISSION_ID.test(text) || RELAY.test(text) || ORIGINATOR.test(text) || (FM.test(text) && !isMailFrom(text)) || DTG_WITH_PRECEDENCE.test(text);
}

/**
 * True for an e-mail's sender line, not an archive export's `From: AMCONSUL TIJUANA`: `From:` and a value in mixed case
 * (`From: Whitfield, Laura M (Kabul)`), the mail a cable was pasted into.
 */
function isMailFrom(text: string): boolean {
  const at = text.indexOf('From:');
  return at >= 0 && at < 8 && /[a-z]/.test(text.slice(at + 5));
}

/**
 * A DTG line can open a header that lost its first lines: `R 301001Z JUN 04`, `301931Z OCT 09`;
 * a partial extract's header block holds only the DTG, its month in mixed case: `070028Z Apr 04`;
 * a digit may be garbled into a letter (`O 21O915Z NOV 79`, see `parseDtg`).
 */
const DTG_WITH_PRECEDENCE = /^\s*(?:[ZOPRY](?:\s[ZOPRY])?\s)?(?=[OIl]{0,2}\d)[\dOIl]{6}Z\s[A-Z][A-Za-z]{2}\s\d{2}\b/;

/** Security letters on the ZNR/ZNY line and the level they stand for. */
export const SECURITY_LEVELS: Readonly<Record<string, 'UNCLASSIFIED' | 'CONFIDENTIAL' | 'SECRET' | 'TOP SECRET'>> = Object.freeze({
  UUUUU: 'UNCLASSIFIED',
  CCCCC: 'CONFIDENTIAL',
  SSSSS: 'SECRET',
  TTTTT: 'TOP SECRET',
});

/**
 * An addressee line of a TO/INFO list: `RUEHFR/AMEMBASSY PARIS 0002`, or without a routing indicator `DIA WASHINGTON
 * DC//DHI-1B//`, also a numbered unit's `13AF CLARK AB RP`, `7THFLT` (digits glued to letters: not a label, `1. ...`).
 * Anchored, one class run.
 */
const ADDRESSEE = /^\s*(?:R[A-Z0-9]{3,7}\/|(?:[A-Z]|\d{1,3}[A-Z]{1,8}(?=[ /]|$))[A-Z0-9 .&/'()-]*$)/;

/** An addressee line with its routing indicator: `RUEHFR/AMEMBASSY PARIS 0002`. */
const ROUTED_ADDRESSEE = /^\s*R[A-Z0-9]{3,7}\//;

/** Most handling and distribution lines between a bare banner and the field under it (`opensPreambleAt`). */
const LINES_OVER_FIELD = 6;

/** A special-category caption: `MILITARY ADDEES HANDLE AS SPECAT EXCLUSIVE`, `SPECAT EXCLUSIVE` (a word test). */
const SPECAT_CAPTION = /\bSPECAT\b/;

/**
 * True when the non-blank lines from `k` open a preamble: a field keyword (`E.O. 11652: N/A`, `TAGS:`), maybe under a few
 * handling lines (`LIMDIS`, `EXDIS`, `NOFORN`, `MILITARY ADDEES HANDLE AS SPECAT EXCLUSIVE`) and distribution lines
 * (`DEPT PASS AID AND USDA`, `GENEVA FOR RMO`).
 */
function opensPreambleAt(lines: readonly SourceLine[], k: number): boolean {
  let over = 0;
  for (let n = k; n < lines.length; n++) {
    const text = (lines[n] as SourceLine).text;
    if (isBlank(text)) continue;
    if (startsFieldKeyword(text)) return true;
    if (over++ >= LINES_OVER_FIELD || (parseHandlingLine(text) === null && !opensAddresseeEntry(text) && !SPECAT_CAPTION.test(text))) return false;
  }
  return false;
}

/** True when the next non-blank line from `k` is a date-time group line (`O 141900Z JUL 89`). */
function dtgFollows(lines: readonly SourceLine[], k: number, context: { year?: number }): boolean {
  while (k < lines.length && isBlank((lines[k] as SourceLine).text)) k++;
  return k < lines.length && parseDtg((lines[k] as SourceLine).text, context) !== null;
}

/**
 * Reads the routing header starting at `lines[start]`. Stops at the classification
 * banner, at `BT`, or at the first line that cannot be part of a header.
 */
export function readRoutingHeader(
  lines: readonly SourceLine[],
  start: number,
  diagnostics: Diagnostic[],
  context: { year?: number } = {},
): HeaderRead {
  const header: RoutingHeader = {
    transmissionId: null,
    relay: null,
    originator: null,
    security: null,
    dtg: null,
    from: null,
    to: [],
    info: [],
  };
  const spans = emptyHeaderSpans();
  let i = start;
  let seen = false;
  let list: Recipient[] | null = null;
  let relay: Relay | null = null;
  // A blank line since the last line read: an addressee list goes on across it only with a routing indicator.
  let afterBlank = false;
  // A drafting block's opening line was read (its clearance lines follow; see `isDraftingBlockLine`).
  let drafting = false;
  // The header is printed again after its addressees (from a date-time group on): its lines are transmission.
  let repeated = false;
  // Addressees with a stray token where the precedence goes, settled once the lists are read (rare).
  let strays: StrayPrecedence[] | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const text = line.text;
    if (isBlank(text)) {
      afterBlank = true;
      continue;
    }
    const blankBefore = afterBlank;
    afterBlank = false;
    if (BT.test(text)) {
      // The header printed again after its `BT` (a `cables.csv` row's content repeating its header field): read on as
      // transmission to the second `BT` (see `repeated` below).
      if (!repeated && header.from !== null && dtgFollows(lines, i + 1, context)) {
        repeated = true;
        spans.transmission.push(spanOf(line));
        continue;
      }
      i++;
      break;
    }
    // Older cables print page headers inside long addressee lists:
    //     CONFIDENTIAL
    //     PAGE 02        ROME  01196  01 OF 02  081950Z
    // (And a printer's page head over the transmission id: `CONFIDENTIAL          PAGE 1`.)
    if (isDistributionCodeLine(text) || isPageMarker(text) || isPageFooter(text)) {
      spans.transmission.push(spanOf(line));
      continue;
    }
    // The drafting block of a printed State telegram, before the separator line (see `isDraftingBlockLine`).
    if (!seen && isDraftingBlockLine(text, drafting)) {
      drafting = true;
      spans.transmission.push(spanOf(line));
      continue;
    }
    // One classification lookup answers both: a bare `CONFIDENTIAL` is skipped, a full banner ends the header.
    const kind = bannerKind(text);
    if (kind === BARE_CLASSIFICATION) {
      // After the addressees, a bare banner over a preamble field, with no `BT` between, is the
      // cable's banner: the header ends there (also over handling and distribution lines and the field).
      //     INFO AMEMBASSY KAMPALA
      //     UNCLAS
      //     LIMDIS / DEPT PASS AID AND USDA        (maybe)
      //     E.O. 11652: N/A
      if (list !== null && opensPreambleAt(lines, i + 1)) break;
      spans.transmission.push(spanOf(line));
      // Before the addressees, a printed page's banner on two lines, its caveat under the word: `SECRET` / `NOFORN` /
      // blank / `PAGE 01 ...` (both the page's, as the word alone is).
      const under = lines[i + 1];
      if (list === null && under !== undefined && !isBlank(under.text) && (parseHandlingLine(under.text)?.caveats.length ?? 0) > 0) {
        spans.transmission.push(spanOf(under));
        i++;
      }
      continue;
    }
    if (kind === FULL_BANNER) break;
    let m: RegExpExecArray | null;
    if (!seen || header.transmissionId === null) {
      m = TRANSMISSION_ID.exec(text);
      if (m !== null && header.transmissionId === null && header.from === null) {
        header.transmissionId = m[1] ?? null;
        spans.transmissionId = spanOf(line);
        seen = true;
        continue;
      }
    }
    if (header.from === null) {
      if (header.originator === null && (m = RELAY.exec(text)) !== null) {
        relay = {
          precedence: (m[1] ?? '').trim().split(/\s+/),
          routingIndicators: (m[2] ?? '').trim().split(/\s+/),
        };
        header.relay = relay;
        spans.relay = spanOf(line);
        seen = true;
        continue;
      }
      if (relay !== null && header.originator === null && (m = RELAY_CONTINUATION.exec(text)) !== null) {
        for (const ri of (m[1] ?? '').trim().split(/\s+/)) relay.routingIndicators.push(ri);
        if (spans.relay !== null) spans.relay = { start: spans.relay.start, end: line.end };
        continue;
      }
      if ((m = ORIGINATOR.exec(text)) !== null) {
        const o: Originator = {
          station: m[1] ?? '',
          serial: m[2] ?? '',
          section: m[3] !== undefined ? Number(m[3]) : null,
          julianDay: Number(m[4]),
          time: m[5] ?? '',
        };
        header.originator = o;
        spans.originator = spanOf(line);
        seen = true;
        continue;
      }
      if ((m = SECURITY.exec(text)) !== null) {
        header.security = m[1] ?? null;
        spans.security = spanOf(line);
        seen = true;
        continue;
      }
      const dtg = parseDtg(text, context);
      if (dtg !== null && header.dtg === null) {
        header.dtg = dtg;
        spans.dtg = spanOf(line);
        if (dtg.datetime === null) diagnostics.push(diagnosticAt('DTG_INVALID', `Date-time group "${dtg.text}" is not a valid date and time`, line));
        seen = true;
        continue;
      }
      if ((m = FM.exec(text)) !== null) {
        header.from = collapseWhitespace(m[1] ?? '');
        spans.from = spanOf(line);
        seen = true;
        continue;
      }
      if (!seen) break;
      diagnostics.push(diagnosticAt('HEADER_LINE_UNRECOGNIZED', `Unrecognized routing header line: "${collapseWhitespace(text).slice(0, 60)}"`, line));
      continue;
    }
    // After FM: addressees. A date-time group or a transmission id there opens the header printed again (a copy repeating
    // its head before the text, a `cables.csv` row's content repeating its header field): its lines are transmission, no
    // more addressees.
    //     INFO AMEMBASSY LUXEMBOURG
    //     CONFIDENTIAL / PAGE 01 ... / ACTION EUR-12 / ...
    //     R 101620Z MAR 76                      <- repeated from here
    //     FM AMEMBASSY BRUSSELS
    //     TO SECSTATE WASHDC 8841
    // (Or the repeated header's own start, `VZCZCXYZ0215` / `RR RUEHWEB` / `DE RUEHPE #3318 ...` / `ZNR UUUUU ZZH`.)
    const repeatStart = (list !== null || repeated) && (parseDtg(text, context) !== null || TRANSMISSION_ID.test(text));
    if (repeatStart) repeated = true;
    if (repeated) {
      if (repeatStart || FM.test(text) || TO.test(text) || INFO.test(text) || RELAY.test(text) || ORIGINATOR.test(text) || SECURITY.test(text) || (ADDRESSEE.test(text) && !/[a-z]/.test(text))) {
        spans.transmission.push(spanOf(line));
        continue;
      }
      break;
    }
    let body: string | null = null;
    // `STATE GRNC` under a 1960s telegram's addressees is a relay instruction, not an addressee.
    if (list !== null && text.indexOf('GRNC') >= 0 && RELAY_INSTRUCTION.test(text)) {
      spans.transmission.push(spanOf(line));
      continue;
    }
    if ((m = TO.exec(text)) !== null) {
      list = header.to;
      body = m[1] ?? '';
    } else if ((m = INFO.exec(text)) !== null) {
      list = header.info;
      body = m[1] ?? '';
    } else if ((m = XMT.exec(text)) !== null) {
      // The exclusion belongs to a collective (`XMT` lines printed at the list's end, after other addressees, exclude
      // stations from the collective above them: `INFO RUEHZG/NATO EU COLLECTIVE` / ... / `RHMFISS/HQ USEUCOM` / `XMT
      // AMEMBASSY NICOSIA`), the last one of the INFO list, then of the TO list; else the recipient right above it.
      const collective = lastCollective(header.info) ?? lastCollective(header.to);
      const target: Recipient | undefined = collective ?? list?.[list.length - 1];
      if (target !== undefined) target.excluded.push(collapseWhitespace(m[1] ?? ''));
      // The recipient's span grows to the XMT line when it is the one right above it.
      const targetSpans = list === header.to ? spans.to : spans.info;
      const last = targetSpans[targetSpans.length - 1];
      if (last !== undefined && target === list?.[list.length - 1]) last.end = line.end;
      else spans.transmission.push(spanOf(line));
      continue;
    } else if (list !== null && (blankBefore ? ROUTED_ADDRESSEE : ADDRESSEE).test(text) && !/[a-z]/.test(text)) {
      // After a blank line the header may be over: a page's text block follows (`SIPDIS`, a title, a
      // record), so only an addressee with its routing indicator goes on (`RUEHFR/AMEMBASSY PARIS`).
      body = text;
    } else {
      break;
    }
    // An older cable's page header can land on the list keyword's own line; it is transmission,
    // and the list starts with the next line's addressee:
    //     INFO PAGE 02        STATE   037566  161435Z
    if (body.charCodeAt(0) === 80 /* P */ && body.startsWith('PAGE ') && isPageMarker(body)) {
      spans.transmission.push(spanOf(line));
      continue;
    }
    // Fragments of a routing indicator split over lines by the source are no addressee (`INFO AMEMBASSY ADDIS ABABA` / `R` / `E` /
    // `DJ/AMEMBASSY QJQBOUTI 3104`): a line of one or two characters is reported and skipped; an addressee
    // after a routing indicator of one or two letters is kept as written and reported.
    if (body.trim().length <= 2) {
      diagnostics.push(diagnosticAt('HEADER_LINE_UNRECOGNIZED', `Unrecognized routing header line: "${collapseWhitespace(text).slice(0, 60)}" (not an addressee)`, line));
      continue;
    }
    if (body.charCodeAt(2) === 47 || body.charCodeAt(1) === 47 || body.charCodeAt(3) === 47) {
      if (GARBLED_RI.test(body)) diagnostics.push(diagnosticAt('HEADER_LINE_UNRECOGNIZED', `Addressee with a garbled routing indicator: "${collapseWhitespace(text).slice(0, 60)}" (kept as written)`, line));
    }
    const { recipient, mcnInvalid } = parseRecipient(body);
    if (mcnInvalid) diagnostics.push(diagnosticAt('MCN_INVALID', `Message control number "${recipient.mcn ?? ''}" is not all digits`, line));
    list.push(recipient);
    (list === header.to ? spans.to : spans.info).push(spanOf(line));
    const stray = strayPrecedence(recipient);
    if (stray !== null) (strays ??= []).push({ recipient, list, line, stray });
  }
  if (strays !== null) removeStrayPrecedences(strays, diagnostics);
  if (seen) {
    // The header runs from its first to its last non-blank line.
    let last = i - 1;
    while (last > start && isBlank((lines[last] as SourceLine).text)) last--;
    spans.header = spanOf(lines[start] as SourceLine, lines[Math.max(start, last)] as SourceLine);
  }
  return { header: seen ? header : null, spans: seen ? spans : emptyHeaderSpans(), end: seen ? i : start };
}

/**
 * Parses a routing header fragment (the lines from `VZCZC...` to the last addressee).
 * Never throws on a string; lines it does not understand are skipped.
 *
 * @example parseRoutingHeader('VZCZCXRO4053\nOO RUEHIK\nDE RUEHTA #0270/01 0570805\n...').from // 'AMEMBASSY ASTANA'
 */
export function parseRoutingHeader(text: string): RoutingHeader {
  if (typeof text !== 'string') throw new TypeError('parseRoutingHeader: text must be a string');
  const lines = splitLines(text);
  const start = lines.findIndex((l) => isHeaderStart(l.text));
  const read = start < 0 ? null : readRoutingHeader(lines, start, []).header;
  return read ?? { transmissionId: null, relay: null, originator: null, security: null, dtg: null, from: null, to: [], info: [] };
}
