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
import { isPageMarker } from '../body/page-markers.js';
import { BARE_CLASSIFICATION, bannerKind, FULL_BANNER } from '../preamble/classification.js';
import { collapseWhitespace, isAsciiDigitCode, isBlank, spanOf, splitLines, type SourceLine } from '../text/source-line.js';
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
 * Pre-1990s distribution blocks and separator lines, which are not addressees:
 *     ACTION EUR-00                        (or `ORIGIN DS-00`)
 *     INFO  LOG-00   EEB-00   AF-00    AGRE-00
 *           G-00     SAS-00   DTT-00   FA-00    SWCI-00    /001R
 *     ------------------123456 082035Z /38
 */
// `INFO  OCT-01  ISO-00  CIAE-00`, `      L-03  NSAE-00 /059 W` (the count and a letter, maybe spaced),
// or the count alone on the last line: `        /000W`.
const DISTRIBUTION_CODES = /^\s*(?:(?:ACTION|INFO|ORIGIN)\s+)?(?:[A-Z]{1,6}-\d{2}(?:\s+[A-Z]{1,6}-\d{2})*(?:\s+\/\d{3} ?[A-Z]?)?|\/\d{3} ?[A-Z]?)\s*$/;
const SEPARATOR = /^\s*-{5,}\s?[0-9A-Z]{0,8}\s+\d{6}Z\s+\/\d{1,3}\s*$/;

/** True for the office distribution codes and separator lines of older cables. */
export function isDistributionCodeLine(text: string): boolean {
  // Every such line holds a `-` (`EUR-00`, `-----`) or a `/` (the count `/000W`): a native search first.
  if (text.indexOf('-') < 0 && text.indexOf('/') < 0) return false;
  return DISTRIBUTION_CODES.test(text) || SEPARATOR.test(text);
}

/** End of header: `BT`. */
const BT = /^\s*BT\s*$/;

/**
 * Precedence words that may follow an address, each with the space before it (the longer
 * first). Example: `RUEHC/SECSTATE WASHDC NIACT IMMEDIATE 7547`.
 */
const PRECEDENCE_WORDS = ['NIACT IMMEDIATE', 'IMMEDIATE', 'PRIORITY', 'ROUTINE', 'FLASH'].map((word) => ({ word, suffix: ` ${word}` }));

/** Routing indicator before the slash: `RUEHC/`, `RUEHC / `. */
const RECIPIENT_RI = /^(R[A-Z0-9]{3,7})\s?\/\s?/;

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

/** True when a line can start a routing header. */
export function isHeaderStart(text: string): boolean {
  return TRANSMISSION_ID.test(text) || RELAY.test(text) || ORIGINATOR.test(text) || FM.test(text) || DTG_WITH_PRECEDENCE.test(text);
}

/**
 * A DTG line can open a header that lost its first lines: `R 301001Z JUN 04`, `301931Z OCT 09`;
 * a partial extract's header block holds only the DTG, its month in mixed case: `070028Z Apr 04`.
 */
const DTG_WITH_PRECEDENCE = /^\s*(?:[ZOPRY](?:\s[ZOPRY])?\s)?\d{6}Z\s[A-Z][A-Za-z]{2}\s\d{2}\b/;

/** Security letters on the ZNR/ZNY line and the level they stand for. */
export const SECURITY_LEVELS: Readonly<Record<string, 'UNCLASSIFIED' | 'CONFIDENTIAL' | 'SECRET' | 'TOP SECRET'>> = Object.freeze({
  UUUUU: 'UNCLASSIFIED',
  CCCCC: 'CONFIDENTIAL',
  SSSSS: 'SECRET',
  TTTTT: 'TOP SECRET',
});

/** An addressee line of a TO/INFO list: `RUEHFR/AMEMBASSY PARIS 0002`, or without a routing indicator `DIA WASHINGTON DC//DHI-1B//` (anchored, one class run). */
const ADDRESSEE = /^\s*(?:R[A-Z0-9]{3,7}\/|[A-Z][A-Z0-9 .&/'()-]*$)/;

/** An addressee line with its routing indicator: `RUEHFR/AMEMBASSY PARIS 0002`. */
const ROUTED_ADDRESSEE = /^\s*R[A-Z0-9]{3,7}\//;

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
      i++;
      break;
    }
    // Older cables print page headers inside long addressee lists:
    //     CONFIDENTIAL
    //     PAGE 02        ROME  01196  01 OF 02  081950Z
    if (isDistributionCodeLine(text) || isPageMarker(text)) {
      spans.transmission.push(spanOf(line));
      continue;
    }
    // One classification lookup answers both: a bare `CONFIDENTIAL` is skipped, a full banner ends the header.
    const kind = bannerKind(text);
    if (kind === BARE_CLASSIFICATION) {
      spans.transmission.push(spanOf(line));
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
    // After FM: addressees.
    let body: string | null = null;
    if ((m = TO.exec(text)) !== null) {
      list = header.to;
      body = m[1] ?? '';
    } else if ((m = INFO.exec(text)) !== null) {
      list = header.info;
      body = m[1] ?? '';
    } else if ((m = XMT.exec(text)) !== null) {
      const target = list?.[list.length - 1];
      if (target !== undefined) target.excluded.push(collapseWhitespace(m[1] ?? ''));
      // The exclusion belongs to the recipient: its span grows to the XMT line.
      const targetSpans = list === header.to ? spans.to : spans.info;
      const last = targetSpans[targetSpans.length - 1];
      if (last !== undefined) last.end = line.end;
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
  }
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
