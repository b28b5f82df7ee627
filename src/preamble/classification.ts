/**
 * The classification line (banner):
 *
 *     UNCLAS SECTION 01 OF 02 ASTANA 000270
 *     C O N F I D E N T I A L  BAGHDAD 000123
 *     SECRET NOFORN SECTION 02 OF 04 KABUL 001234
 */

import type { Classification, ClassificationLevel, SectionInfo } from '../model/cable.js';
import { isAsciiDigitCode, isAsciiLetterCode, isAsciiLowerCode, isAsciiUpperCode, isWhitespaceCode, trimEnd } from '../text/source-line.js';

/** Classification words as written and their level. */
const LEVEL_WORDS: ReadonlyArray<readonly [string, ClassificationLevel]> = [
  ['UNCLASSIFIED', 'UNCLASSIFIED'],
  ['UNCLAS', 'UNCLASSIFIED'],
  ['LIMITED OFFICIAL USE', 'LIMITED OFFICIAL USE'],
  ['CONFIDENTIAL', 'CONFIDENTIAL'],
  ['TOP SECRET', 'TOP SECRET'],
  // `T O P S E C R E T` collapses to one word.
  ['TOPSECRET', 'TOP SECRET'],
  ['SECRET', 'SECRET'],
];

/** Handling caveats that can follow the classification word or stand on their own line. */
export const CAVEAT_WORDS: readonly string[] = [
  'NOFORN', 'EXDIS', 'NODIS', 'LIMDIS', 'STADIS', 'EFTO', 'ORCON', 'PROPIN', 'NOCONTRACT',
  // For official use only, abbreviated: `UNCLAS FOUO SECTION 01 OF 02 MEXICO 004512`, `UNCLASSIFIED//FOUO`, `FOUO` alone.
  'FOUO',
  'SENSITIVE BUT UNCLASSIFIED', 'FOR OFFICIAL USE ONLY', 'DEA SENSITIVE', 'SENSITIVE', 'ROGER CHANNEL',
  'CHEROKEE', 'CORRECTED COPY', 'NOTAL',
  // The terrorism-reporting caption on its own line: `SENSITIVE` / `TERREP`.
  'TERREP',
  // Foreign government information: `SECRET//FGI//NOFORN`.
  'FGI',
  // Intelligence sources or methods involved (older cables): `NOFORN` / `WNINTEL`, `NOFORN/WNINTEL/ORCON`.
  'WNINTEL',
  // A special category message (restricted handling), on its own line: `NODIS` / `SPECAT`.
  'SPECAT',
  // The Secretary's dissent channel caption, on its own line as `ROGER CHANNEL` is: `DISSENT CHANNEL`.
  'DISSENT CHANNEL',
  // Consular and fraud cables: `SENSITIVE` / `LAW ENFORCEMENT SENSITIVE`, `SENSITIVE - PRIVACY ACT PROTECTED`, `PRIVACY ACT`.
  'LAW ENFORCEMENT SENSITIVE', 'PRIVACY ACT PROTECTED', 'PRIVACY ACT',
  // (A release list, `REL TO USA, GBR`, is a caveat too: `readReleaseList`.)
];

/** Most country codes a release list holds (`REL TO USA, AUS, CAN, GBR, NZL`). */
const RELEASE_CODES = 12;

/**
 * A release list at the start of an upper-case text: `REL TO USA, GBR`, `REL TO USA, FVEY`, `RELEASABLE TO USA AND
 * GBR`, and the older form without `TO`: `REL USA, GBR`, `REL NATO`: the keyword, then country or group codes (2 to 5
 * letters), the second and later ones after a comma or `AND`. The caveat as written, separators normalized (`REL TO USA,
 * GBR`), and the length read; `null` without one. A plain scan.
 */
export function readReleaseList(text: string): { caveat: string; length: number } | null {
  const keyword = text.startsWith('REL TO ') ? 'REL TO' : text.startsWith('RELEASABLE TO ') ? 'RELEASABLE TO' : text.startsWith('REL ') ? 'REL' : null;
  if (keyword === null) return null;
  const codes: string[] = [];
  let i = keyword.length;
  let end = i;
  let joined = false;
  while (codes.length < RELEASE_CODES) {
    let j = i;
    let comma = false;
    while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 44)) comma = text.charCodeAt(j++) === 44 || comma;
    let k = j;
    while (k < text.length && isAsciiUpperCode(text.charCodeAt(k))) k++;
    const word = text.slice(j, k);
    // A code is a whole word (no letter or digit after it); after the first, a comma or `AND` comes before it
    // (`REL TO USA, GBR ROME 001234`: `ROME` is the banner's post).
    if (k - j < 2 || k - j > 5 || /[A-Za-z0-9]/.test(text.charAt(k)) || (codes.length > 0 && !comma && !joined && word !== 'AND')) break;
    i = k;
    joined = word === 'AND';
    if (joined) continue;
    codes.push(word);
    end = k;
  }
  return codes.length === 0 ? null : { caveat: `${keyword} ${codes.join(', ')}`, length: end };
}

/**
 * A declassification marking closing a `//`-separated banner, not a caveat:
 * `SECRET//FGI//NOFORN//MR` (manual review), `SECRET//NOFORN//X1`, `CONFIDENTIAL//25X1`, `//OADR`.
 */
const DECLASSIFICATION_SEGMENT = /^(?:MR|X[1-8]|25X[1-9]|OADR)$/;

/**
 * Collapses letter-spaced words: `C O N F I D E N T I A L` -> `CONFIDENTIAL`,
 * `UNCLAS E F T O` -> `UNCLAS EFTO`. A run is single letters separated by single spaces.
 */
export function collapseSpacedLetters(text: string): string {
  // Example: `S E C R E T  STATE 012345` -> `SECRET  STATE 012345`. Three or more letters.
  return text.replace(/(?<![A-Z])[A-Z](?: [A-Z]){2,}(?![A-Z])/g, (run) => run.replace(/ /g, ''));
}

/**
 * The start of `text` that spells `word` when spaces are ignored, as written:
 * (`C O N F I D E N T I A L  BAGHDAD`, `CONFIDENTIAL`) -> `C O N F I D E N T I A L`.
 */
function writtenPrefix(text: string, word: string): string {
  const letters = word.replace(/ /g, '').length;
  let seen = 0;
  let i = 0;
  while (i < text.length && seen < letters) {
    if (text[i] !== ' ') seen++;
    i++;
  }
  return text.slice(0, i);
}

/** The parts of a classification line. */
export interface ClassificationLine {
  classification: Classification;
  section: SectionInfo | null;
  post: string | null;
  serial: string | null;
  sipdis: boolean;
  /** What follows the recognized parts (empty for a complete banner or a bare classification word). */
  rest: string;
  /** Where the banner starts in the line when text was glued before it (`Cable dated:2005-09-17T12:29:00S E C R E T ...`: 31); absent otherwise. */
  start?: number;
}

/**
 * `SECTION 01 OF 02`, then the post (words) and a serial (digits).
 * Example rest of line: `SECTION 01 OF 02 ASTANA 000270`.
 */
const SECTION = /^SECTION\s+(\d{1,3})\s+OF\s+(\d{1,3})\b\s*/i;
// The serial may be glued to what the source reflowed after it: `ANKARA 003352SIPDIS...`.
const POST_SERIAL = /^([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,4})\s+(\d{1,8})(?!\d)\s*/;

/**
 * Reads a classification line. Returns `null` when the line does not start with a
 * classification word. A line longer than `BANNER_LINE_MAX` is read only as a reflowed banner
 * (`readReflowedBannerLine`), so for such lines this reads more than `bannerKind`, which calls them text.
 */
export function parseClassificationLine(text: string): ClassificationLine | null {
  if (text.length > BANNER_LINE_MAX) return readReflowedBannerLine(text);
  const result = classifyLine(text);
  return result === null ? null : copyLine(result);
}

/**
 * Longest line the banner predicates read (`bannerKind`, `isBannerLine`): a longer line is text. In the
 * body a full banner marks its whole line as transmission, so a long reflowed line of text that starts
 * with a classification word (`SECRET TALKS ...`) must not count; the bound also caps the cost of
 * `readBannerAnywhere`'s rescans.
 */
const BANNER_LINE_MAX = 300;

/**
 * A banner at the start of a line longer than `BANNER_LINE_MAX`: a page reflowed its preamble onto the
 * banner's line, which then runs into the handling, distribution and field lines:
 *
 *     C O N F I D E N T I A L SECTION 01 OF 02 ATHENS 000057 NOFORN SIPDIS AMEMBASSY ANKARA PASS TO ... E.O. 12958: ...
 *
 * Only the line's head (up to its last space within `BANNER_LINE_MAX`, so no serial is cut) is read as a
 * banner, and only one with a post and a serial counts (what the preamble needs to read the rest after it),
 * with a SECTION or a serial of five digits or a zero-padded one;
 * `rest` is the head's tail and the rest of the line. The head is bounded, the rest one slice: linear.
 * Only `parseClassificationLine` reads such a line (the preamble's first line); the predicates do not.
 */
function readReflowedBannerLine(text: string): ClassificationLine | null {
  const cut = text.lastIndexOf(' ', BANNER_LINE_MAX);
  if (cut <= 0) return null;
  const head = classifyLine(text.slice(0, cut));
  if (head === null || head.post === null || head.serial === null) return null;
  // A sentence in capitals is no banner: `SECRET TALKS WERE HELD IN 2009 AND ...` (a four-digit year for a serial).
  if (head.section === null && head.serial.length < 5 && head.serial.charCodeAt(0) !== 48) return null;
  const line = copyLine(head);
  line.rest = (line.rest + ' ' + text.slice(cut + 1).trim()).trim();
  return line;
}

/**
 * `parseClassificationLine` without the copy, for the predicates below. Every stage asks
 * about the same lines (the same string objects, whose hash V8 keeps): the answers are
 * remembered in a bounded cache. Callers must not change what they get.
 */
function classifyLine(text: string): ClassificationLine | null {
  if (text.length > BANNER_LINE_MAX) return null;
  const cached = BANNER_CACHE.get(text);
  if (cached !== undefined) return cached;
  const result = mayHoldBanner(text) ? readBannerAnywhere(text) : null;
  if (BANNER_CACHE.size >= BANNER_CACHE_LIMIT) BANNER_CACHE.clear();
  BANNER_CACHE.set(text, result);
  return result;
}

/**
 * What a banner wrapped inside its SECTION leaves on its first line: `SECTION 01 OF` (the total, the post
 * and the serial went on the next line). Anchored, bounded runs: linear.
 */
const WRAPPED_SECTION = /^SECTION\s{1,4}\d{1,3}\s{1,4}OF$/i;

/** The next line of such a banner: the section total, then the post: `02 MANILA 012214`. Anchored, bounded. */
const SECTION_TOTAL_LINE = /^[ \t]{0,20}\d{1,3}[ \t]{1,4}[A-Z]/;

/**
 * A banner wrapped inside its SECTION by a narrow copy, read with the line after it:
 *
 *     C O N F I D E N T I A L SECTION 01 OF
 *     02 MANILA 012214
 *
 * The whole banner (a SECTION, a post and a serial), or `null` when `text` is no such banner head or
 * `next` does not complete it. A cheap test of the head's end comes first: most lines do not end with `OF`.
 */
export function joinWrappedBanner(text: string, next: string): ClassificationLine | null {
  if (text.length > BANNER_LINE_MAX || next.length > BANNER_LINE_MAX) return null;
  if (POST_SERIAL_LINE.test(next)) return joinPostSerial(text, next);
  if (!endsWithOf(text) || !SECTION_TOTAL_LINE.test(next)) return null;
  const head = classifyLine(text);
  if (head === null || head.section !== null || head.post !== null || !WRAPPED_SECTION.test(head.rest)) return null;
  let end = text.length;
  while (end > 0 && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  const joined = classifyLine(text.slice(0, end) + ' ' + next.trim());
  // (Nothing after the serial: `SECRET SECTION 1 OF` / `3 STATE 38412 AND SECTION 3 IN GOOD ORDER` is a sentence.)
  return joined !== null && joined.section !== null && joined.post !== null && joined.serial !== null && joined.rest === '' ? copyLine(joined) : null;
}

/** A post and a serial alone on a line, in capitals: `KABUL 001187`, `BUENOS AIRES 004512` (anchored, bounded). */
const POST_SERIAL_LINE = /^[ \t]{0,20}[A-Z][A-Z.'-]{1,20}(?: [A-Z][A-Z.'-]{1,20}){0,3}[ \t]{1,4}\d{3,8}[ \t]*$/;

/**
 * A banner wrapped before its post by a narrow copy, its caveats or SECTION whole on the first line:
 *
 *     SECRET//REL TO USA, ISAF, NATO SECTION 01 OF 02
 *     KABUL 001187
 *
 * Only a head with a SECTION or a caveat and nothing else after them (a bare `SECRET` over a line is a page's banner).
 */
function joinPostSerial(text: string, next: string): ClassificationLine | null {
  const head = classifyLine(text);
  if (head === null || head.post !== null || head.rest !== '' || (head.section === null && head.classification.caveats.length === 0)) return null;
  const joined = classifyLine(`${trimEnd(text)} ${next.trim()}`);
  return joined !== null && joined.post !== null && joined.serial !== null && joined.rest === '' ? copyLine(joined) : null;
}

/** True when the line's last visible characters are the word `OF` (any case). */
function endsWithOf(text: string): boolean {
  let end = text.length;
  while (end > 0 && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  return end >= 3 && (text.charCodeAt(end - 1) | 0x20) === 102 && (text.charCodeAt(end - 2) | 0x20) === 111 && isWhitespaceCode(text.charCodeAt(end - 3));
}

/** Results of `parseClassificationLine` by line text. */
const BANNER_CACHE = new Map<string, ClassificationLine | null>();
const BANNER_CACHE_LIMIT = 4096;

/** A fresh copy, so callers may change what they get. */
function copyLine(line: ClassificationLine): ClassificationLine {
  return {
    ...line,
    classification: { ...line.classification, caveats: [...line.classification.caveats] },
    section: line.section === null ? null : { ...line.section },
  };
}

/** Most words glued before a banner without a tab (`Page 2 of 2 `, `1. ...7/28/2005 14:18 `; `readBannerAnywhere`). */
const MAX_GLUED_WORDS = 5;

/** Most words opening in lower case glued before a banner (`Cable dated:2006-06-08T06:52:00`: one; `readBannerAnywhere`). */
const MAX_GLUED_LOWER_WORDS = 2;

/**
 * True when a line opens with a paragraph number, a period, spaces and a capital or a portion marking (`15. (C) The`,
 * `15.  THE`; not an archive's cut date line `1. ...7/28/2005 14:18 UNCLAS MINSK 000851`).
 */
function opensNumberedParagraph(text: string): boolean {
  let k = 0;
  while (k < text.length && k < 8 && text.charCodeAt(k) === 32) k++;
  const first = k;
  while (k < text.length && k - first < 3 && isAsciiDigitCode(text.charCodeAt(k))) k++;
  if (k === first || text.charCodeAt(k) !== 46 || text.charCodeAt(k + 1) !== 32) return false;
  // (One space or more after the period: `3.  (C) ...` in a cable of capitals.)
  k++;
  while (k < text.length && text.charCodeAt(k) === 32) k++;
  const next = text.charCodeAt(k);
  return isAsciiUpperCode(next) || next === 40;
}

/** Reads a banner at the start of the line, or behind pasted text on it. */
function readBannerAnywhere(text: string): ClassificationLine | null {
  const direct = readBanner(text, false);
  if (direct !== null) return direct;
  // Something glued before the banner: `Cable dated:2006-06-08T06:52:00S E C R E T SECTION 01 OF 04 ...`.
  // Only a complete banner (post and serial, or SECTION) counts there; both hold a digit,
  // so no candidate after the line's last digit can be one.
  // What is glued before is a date or an addressee (`RUCNDT/USMISSION USUN NEW YORK 0099\t`), never a paragraph: its
  // label or its words in lower case before a section's banner reflowed into its line (`15. (C) The director of the
  // nato desk stressed C O N F I D E N T I A L SECTION 09 OF 10 BAGHDAD 004412 ...`) make the line text, no banner.
  if (opensNumberedParagraph(text)) return null;
  let lastDigit = text.length - 1;
  while (lastDigit >= 0 && !isAsciiDigitCode(text.charCodeAt(lastDigit))) lastDigit--;
  let lowerWords = 0;
  let words = 0;
  let tab = false;
  for (let i = 1; i < Math.min(lastDigit, 120); i++) {
    const c = text.charCodeAt(i);
    if (c === 32 && isAsciiLowerCode(text.charCodeAt(i + 1)) && ++lowerWords > MAX_GLUED_LOWER_WORDS) return null;
    if (c === 9) tab = true;
    else if (c === 32 && text.charCodeAt(i - 1) !== 32) words++;
    // (After a space, a sentence in capitals: more words than a glued addressee, which a tab ends, `-- THE PRIME MINISTER
    // SAID ... 1995. C O N F I D E N T I A L ...`; not a CSV row's fields glued on, `...,S E C R E T STATE 049854`.)
    if (words > MAX_GLUED_WORDS && !tab && text.charCodeAt(i - 1) === 32) continue;
    // (After a space, not after a word: `... FIGURES REPORTED IN UNCLAS NAIROBI 8120 OF AUGUST 2.` is a sentence citing a
    // cable; a glued date or page number ends with a digit, `Page 2 of 2 UNCLAS ...`.)
    if ((c === 85 || c === 67 || c === 83 || c === 76 || c === 84) && !isAsciiUpperCode(text.charCodeAt(i - 1) === 32 ? 0 : text.charCodeAt(i - 1)) && !(text.charCodeAt(i - 1) === 32 && isAsciiLetterCode(text.charCodeAt(i - 2)))) {
      const found = readBanner(text.slice(i), true);
      if (found !== null) return { ...found, start: i };
    }
  }
  return null;
}

/**
 * A cheap test run before the real reading (this is called for most lines): without
 * spaces, a banner holds a classification word or a one-letter-damaged one
 * (`C O N F I D E N T I A L` -> `CONFIDENTIAL`, `O N F I D...`, `SS E C R E T`).
 */
// Letters may be spaced (` ?` between them, each bounded: linear); so may those of
// `LIMITED OFFICIAL`: `L I M I T E D  O F F I C I A L  U S E BRASILIA 2817`,
// `L I M I T E D OFFICIAL USE ROME 01196`.
// A space may be doubled: `S E C  R E T` (each gap bounded).
const BANNER_HINT = /N {0,2}C {0,2}L {0,2}A {0,2}S|O {0,2}N {0,2}F {0,2}I {0,2}D {0,2}E {0,2}N|C {0,2}O {0,2}N {0,2}F {0,2}I {0,2}D {0,2}E|E {0,2}C {0,2}R {0,2}E {0,2}T|S {0,2}E {0,2}C {0,2}R {0,2}E|L ?I ?M ?I ?T ?E ?D {1,4}O ?F ?F ?I ?C ?I ?A ?L/i;

function mayHoldBanner(text: string): boolean {
  return BANNER_HINT.test(text);
}

/** True when `a` becomes `b` by deleting, inserting or doubling one letter (`ONFIDENTIAL`, `SSECRET`). */
function oneLetterApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/**
 * Reads a banner at the start of `text`. With `complete`, only a banner with a post and
 * serial or a SECTION is accepted. A classification word damaged by one letter
 * (`O N F I D E N T I A L`, `SS E C R E T`) is accepted only in a complete banner.
 */
function readBanner(text: string, complete: boolean): ClassificationLine | null {
  if (LOWER_CASED_BANNER.test(text)) return readLowerCasedBanner(text, false);
  // `Unclas nairobi 000165`: the banner of a sentence-cased cable. A bare `Secret` or `Limited Official Use`
  // is read below as before; a sentence (`Secret talks were held in 2009`) is read by neither.
  if (SENTENCE_CASED_BANNER.test(text)) {
    const read = readLowerCasedBanner(text, true);
    if (read !== null) return read;
  }
  // Dashes and stars around banners: `- - C O R R E C T E D  C O P Y - -`.
  // Spacing inside the banner does not matter: `LIMITED  OFFICIAL USE`, `BUENOS  AIRES`.
  const collapsed = collapseSpacedLetters(text.trim().replace(/^[-*\s]+/, '')).replace(/\s+/g, ' ');
  const upper = collapsed.toUpperCase();
  let level: ClassificationLevel | null = null;
  let levelWord = '';
  let rest = '';
  for (const [word, lvl] of LEVEL_WORDS) {
    if (upper.startsWith(word) && !/[A-Z0-9]/.test(upper.charAt(word.length))) {
      level = lvl;
      levelWord = word;
      rest = collapsed.slice(word.length);
      break;
    }
  }
  let damaged = false;
  // `SE C R E T TUNIS 000193`: the spaced word with a space missing or doubled does not collapse.
  const irregular = level === null ? readIrregularlySpacedWord(text.trim().replace(/^[-*\s]+/, '')) : null;
  if (irregular !== null) {
    level = irregular[1];
    levelWord = irregular[0];
    rest = collapsed.slice(writtenPrefix(collapsed, levelWord).length);
  }
  if (level === null) {
    // `SS E C R E T`: a doubled letter keeps the spaced run from collapsing; squeeze it.
    const squeezed = text.trim().replace(/^[-*\s]+/, '').toUpperCase().replace(/^[A-Z]{1,2}(?: [A-Z]{1,2}){3,11}(?![A-Z])/, (run) => run.replace(/ /g, ''));
    const first = /^[A-Z]{5,13}(?![A-Z])/.exec(squeezed)?.[0];
    const near = first === undefined ? undefined : LEVEL_WORDS.find(([word]) => !word.includes(' ') && oneLetterApart(first, word));
    if (first === undefined || near === undefined) return null;
    level = near[1];
    levelWord = first;
    // Skip as many letters of the line as the squeezed word has.
    rest = collapsed.slice(writtenPrefix(collapsed, first).length);
    damaged = true;
  }
  const written = writtenPrefix(text.trim().replace(/^[-*\s]+/, ''), levelWord);
  const caveats: string[] = [];
  let sipdis = false;
  let section: SectionInfo | null = null;
  let post: string | null = null;
  let serial: string | null = null;
  let r = rest.replace(/\/\//g, ' ').trim();
  // Caveats, SIPDIS and SECTION may come in any order before the post.
  for (let guard = 0; guard < 20 && r.length > 0; guard++) {
    const s = SECTION.exec(r);
    if (s !== null) {
      section = { number: Number(s[1]), total: Number(s[2]) };
      r = r.slice(s[0].length);
      continue;
    }
    if (/^SIPDIS\b/.test(r)) {
      sipdis = true;
      r = r.slice(6).trim();
      continue;
    }
    const caveat = CAVEAT_WORDS.find((c) => r.startsWith(c) && !/[A-Z]/.test(r.charAt(c.length)));
    if (caveat !== undefined) {
      caveats.push(caveat);
      r = r.slice(caveat.length).replace(/^[\s,/]+/, '');
      continue;
    }
    const release = readReleaseList(r);
    if (release !== null) {
      caveats.push(release.caveat);
      r = r.slice(release.length).replace(/^[\s,/]+/, '');
      continue;
    }
    break;
  }
  // `SECRET//FGI//NOFORN//MR`: a declassification marking may close a `//` banner.
  if (rest.includes('//') && DECLASSIFICATION_SEGMENT.test(r)) r = '';
  // A banner wrapped inside its section (`C O N F I D E N T I A L SECTION 01 OF` / `02 MANILA 012214`): `SECTION 01`
  // is no post and serial.
  const ps = /^SECTION\b/i.test(r) ? null : POST_SERIAL.exec(r);
  let tail = r.trim();
  if (ps !== null) {
    post = ps[1] ?? null;
    serial = ps[2] ?? null;
    tail = r.slice(ps[0].length).trim();
  } else if (r.length > 0 && !/^[A-Z]/.test(r)) {
    return null;
  } else if (r.length > 0 && section === null && caveats.length === 0) {
    // `SECRET service agents ...`: a sentence, not a banner.
    if (/[a-z]/.test(r)) return null;
  }
  if ((complete || damaged) && post === null && section === null) return null;
  return {
    classification: { level, caveats, text: written },
    section,
    post,
    serial,
    sipdis,
    rest: tail,
  };
}

/** The classification words without spaces, for `readIrregularlySpacedWord`. */
const SPACED_LEVEL_WORDS: ReadonlyArray<readonly [string, ClassificationLevel]> = LEVEL_WORDS.filter(([word]) => !word.includes(' '));

/**
 * A letter-spaced classification word whose spacing the source damaged, at the start of `text`:
 * a space missing or doubled (`SE C R E T TUNIS 000193`, `C O N F I D E N T I AL`, `S E C  R E T`),
 * which `collapseSpacedLetters` does not join. Groups of one to three upper-case letters with one or
 * two spaces between, at least three groups, their letters spelling the whole word (the longest:
 * `U N C L A S S I F I E D`, not `UNCLAS`). The word and its level, or `null`. A scan over at most
 * `SPACED_GROUPS_MAX` groups, each extending a word's prefix.
 */
function readIrregularlySpacedWord(text: string): readonly [string, ClassificationLevel] | null {
  let letters = '';
  let found: readonly [string, ClassificationLevel] | null = null;
  let i = 0;
  for (let groups = 1; groups <= SPACED_GROUPS_MAX; groups++) {
    let j = i;
    while (j < text.length && j - i < 4 && isAsciiUpperCode(text.charCodeAt(j))) j++;
    const after = text.charCodeAt(j);
    // A group is one to three letters, then no letter or digit: `SE`, not `SECRET` or `TUNIS`.
    if (j === i || j - i > 3 || isAsciiUpperCode(after) || isAsciiDigitCode(after) || (after >= 97 && after <= 122)) break;
    letters += text.slice(i, j);
    if (!SPACED_LEVEL_WORDS.some(([word]) => word.startsWith(letters))) break;
    if (groups >= 3) found = SPACED_LEVEL_WORDS.find(([word]) => word === letters) ?? found;
    let k = j;
    while (k < text.length && k - j < 2 && text.charCodeAt(k) === 32) k++;
    if (k === j) break;
    i = k;
  }
  return found;
}

/** How many letter groups `readIrregularlySpacedWord` reads (`U N C L A S S I F I E D`: 12). */
const SPACED_GROUPS_MAX = 12;

/**
 * The classification word of a cable whose text was lower-cased, letter-spaced with its
 * first letter kept: `S e c r e t section 01 of 14 astana 000251`, `C o n f i d e n t i a l ...`.
 */
const LOWER_CASED_BANNER = /^[ \t]*[A-Z](?: [a-z]){4,11}(?![A-Za-z])/;

/**
 * The classification word of a cable whose text was re-cased into sentence case (each line's first letter
 * kept): `Unclas nairobi 000165`, `Secret section 01 of 03 tashkent 000412`, `Limited official use lima 001234`.
 * Anchored, fixed words: linear.
 */
const SENTENCE_CASED_BANNER = /^[ \t]*(?:Unclas(?:sified)?|Confidential|Secret|Top [Ss]ecret|Limited [Oo]fficial [Uu]se)(?![A-Za-z])/;

/**
 * Reads the banner of a lower-cased or sentence-cased cable upper-cased (post `ASTANA`), keeping the
 * classification word as written (`S e c r e t`, `Unclas`). Only a complete banner counts, with a
 * SECTION or a six-digit serial (`S e c r e t talks were held in 2009` is a sentence); with `zeroPadded`,
 * a serial must also start with a zero (`Unclas nairobi 000165`, not `Secret funds of 250000`).
 */
function readLowerCasedBanner(text: string, zeroPadded: boolean): ClassificationLine | null {
  const read = readBanner(text.toUpperCase(), true);
  if (read === null) return null;
  const serial = read.serial ?? '';
  if (read.section === null && (serial.length < 6 || (zeroPadded && serial.charCodeAt(0) !== 48))) return null;
  // The word is ASCII letters and spaces (the two patterns above): upper-casing kept its length.
  read.classification.text = text.trim().slice(0, read.classification.text.length);
  return read;
}

/** `bannerKind`: neither a full banner nor a bare classification line. */
export const NOT_BANNER = 0;
/** `bannerKind`: only a classification word and caveats: `CONFIDENTIAL`, `SECRET NOFORN`. */
export const BARE_CLASSIFICATION = 1;
/** `bannerKind`: a banner with a post and serial or a SECTION: `UNCLAS SECTION 01 OF 02 ASTANA 000270`. */
export const FULL_BANNER = 2;

/** Whether a line is a full banner, a bare classification line, or neither (one cache lookup for both questions). */
export function bannerKind(text: string): typeof NOT_BANNER | typeof BARE_CLASSIFICATION | typeof FULL_BANNER {
  if (!mayBeBanner(text)) return NOT_BANNER;
  const c = classifyLine(text);
  if (c === null) return NOT_BANNER;
  if (c.post !== null || c.section !== null) return FULL_BANNER;
  return c.rest === '' ? BARE_CLASSIFICATION : NOT_BANNER;
}

/**
 * A cheap exact test run before `classifyLine` (asked of every body line): false only
 * for a line that can be neither a full nor a bare banner.
 * - A full banner has a serial or a SECTION number, so it holds an ASCII digit.
 * - A bare one (`CONFIDENTIAL`, `- - SECRET NOFORN//SIPDIS`) holds only letters,
 *   whitespace and `-` `*` `,` `/`, and lower-case letters only in its classification
 *   word (`Limited Official Use`: at most 18), since caveat words are matched upper-case.
 * So a line without digits that holds any other ASCII character (`.`, `:`, `(`), or more
 * than 18 ASCII lower-case letters, is neither: most lines of text.
 */
function mayBeBanner(text: string): boolean {
  // The character test first: it ends at the first period or quote of most lines of text.
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      // Too many lower-case letters for a bare banner: only a full one (with a digit) is left.
      if (++lower > MAX_LOWER_IN_BANNER) return hasAsciiDigit(text, i + 1) && hasHintPair(text);
      continue;
    }
    if ((c >= 65 && c <= 90) || c >= 128 || c === 32 || (c >= 9 && c <= 13) || c === 45 || c === 42 || c === 44 || c === 47) continue;
    // A digit: maybe a serial or a SECTION number. Any other ASCII character: not in a bare banner.
    return (isAsciiDigitCode(c) || hasAsciiDigit(text, i + 1)) && hasHintPair(text);
  }
  return hasHintPair(text);
}

/**
 * A necessary condition for `BANNER_HINT`, by scanning: every word it looks for holds
 * `C` `L` (UNCLAS), `F` `I` (CONFIDENTIAL, OFFICIAL) or `C` `R` (SECRET), in any case,
 * maybe with one or two spaces between (`U N C L A S`, `S E C  R E T`). Routing lines like
 * `RUEHBJ/AMEMBASSY BEIJING 1884` hold none.
 */
function hasHintPair(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    // `| 0x20` lower-cases an ASCII letter; only `C`/`c` give 99, only `F`/`f` give 102.
    const c = text.charCodeAt(i) | 0x20;
    if (c !== 99 && c !== 102) continue;
    // One or two spaces between: `C R`, `C  R` (a doubled space in `S E C  R E T`).
    let j = i + 1;
    if (text.charCodeAt(j) === 32) j += text.charCodeAt(j + 1) === 32 ? 2 : 1;
    const d = text.charCodeAt(j) | 0x20;
    if (c === 99 ? d === 108 || d === 114 : d === 105) return true;
  }
  return false;
}

/** Lower-case letters a bare banner may hold: those of `Limited Official Use`. */
const MAX_LOWER_IN_BANNER = 18;

/** True when `text` holds an ASCII digit at or after `from`. */
function hasAsciiDigit(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (isAsciiDigitCode(text.charCodeAt(i))) return true;
  return false;
}

/** True when the line holds only a classification word and caveats: `CONFIDENTIAL`, `SECRET NOFORN`. */
export function isBareClassificationLine(text: string): boolean {
  return bannerKind(text) === BARE_CLASSIFICATION;
}

/** True when the line is a classification banner with a post and serial (a full banner). */
export function isBannerLine(text: string): boolean {
  return bannerKind(text) === FULL_BANNER;
}

/**
 * The SIPDIS marker at the start of a handling line's rest, in its spelling or one of a few
 * explicit typos (`SIPDS`, `SIPIDS`, `SIDPIS`): a whole word. Anchored, no repeats: linear.
 */
const SIPDIS_SPELLING = /^(?:SIPDIS|SIPDS|SIPIDS|SIDPIS)\b/;

/**
 * A handling line: only caveat words and SIPDIS, e.g. `SIPDIS`, `NOFORN`, `E X D I S`,
 * `- - C O R R E C T E D  C O P Y - -`. Returns `null` for any other line.
 */
export function parseHandlingLine(text: string): { caveats: string[]; sipdis: boolean } | null {
  if (!mayBeHandlingLine(text)) return null;
  let r = collapseSpacedLetters(trimDashes(text.replace(/\s+/g, ' '))).toUpperCase();
  if (r.length === 0 || r.length > 80) return null;
  const caveats: string[] = [];
  let sipdis = false;
  for (let guard = 0; guard < 10 && r.length > 0; guard++) {
    // `SIPDIS`, or one of its few misspellings seen among handling lines (`SIPDIS` / `SIPDS` / `NOFORN`).
    const marker = SIPDIS_SPELLING.exec(r);
    if (marker !== null) {
      sipdis = true;
      r = r.slice(marker[0].length).replace(/^[\s,/-]+/, '');
      continue;
    }
    const release = readReleaseList(r);
    if (release !== null) {
      caveats.push(release.caveat);
      r = r.slice(release.length).replace(/^[\s,/-]+/, '');
      continue;
    }
    // A consular cable's privacy caption with more words than the caveat: `PRIVACY ACT`.
    const privacy = PRIVACY_CAPTION.exec(r);
    if (privacy !== null) {
      caveats.push('PRIVACY ACT');
      r = r.slice(privacy[0].length).replace(/^[\s,/-]+/, '');
      continue;
    }
    // A caveat spelled out, or a handling instruction naming one: `NOT RELEASABLE TO FOREIGN NATIONALS` (NOFORN).
    const spelled = readSpelledCaveat(r);
    if (spelled !== null) {
      if (!caveats.includes(spelled.caveat)) caveats.push(spelled.caveat);
      r = r.slice(spelled.length).replace(/^[\s,/-]+/, '');
      continue;
    }
    // `CORRECTEDCOPY` after collapsing `C O R R E C T E D  C O P Y`.
    const spaced = r.replace(/^CORRECTEDCOPY/, 'CORRECTED COPY');
    const c = CAVEAT_WORDS.find((w) => spaced.startsWith(w) && !/[A-Z]/.test(spaced.charAt(w.length)));
    if (c === undefined) return null;
    if (!caveats.includes(c)) caveats.push(c);
    r = spaced.slice(c.length).replace(/^[\s,/-]+/, '');
  }
  return r.length === 0 ? { caveats, sipdis } : null;
}


/**
 * Caveats spelled out on a handling line, and handling instructions naming one, each read as the caveat (anchored,
 * fixed words):
 * - `WARNING NOTICE - INTELLIGENCE SOURCES OR METHODS INVOLVED` (also `SENSITIVE INTELLIGENCE SOURCES AND METHODS`): `WNINTEL`;
 * - `NOT RELEASABLE TO FOREIGN NATIONALS` (`NOFORN - NOT RELEASABLE TO FOREIGN NATIONALS`: one `NOFORN`): `NOFORN`;
 * - `NOT RELEASABLE TO CONTRACTORS OR CONTRACTOR/CONSULTANTS`: `NOCONTRACT`;
 * - `HANDLE AS NODIS`, `DISTRIBUTE AS NODIS` (`EXDIS HANDLE AS NODIS`): the caveat named;
 * - `SPECAT EXCLUSIVE`: `SPECAT`; `HANDLE VIA ROGER CHANNEL ONLY`: `ROGER CHANNEL`; another channel's instruction as
 *   written: `HANDLE VIA SPECIAL INTELLIGENCE CHANNELS ONLY`.
 */
const SPELLED_CAVEATS: ReadonlyArray<readonly [RegExp, string | null]> = [
  [/^WARNING NOTICE[ -]{1,6}(?:SENSITIVE )?INTELLIGENCE SOURCES (?:OR|AND) METHODS INVOLVED/, 'WNINTEL'],
  [/^NOT RELEASABLE TO FOREIGN NATIONALS/, 'NOFORN'],
  [/^NOT RELEASABLE TO CONTRACTORS(?: OR CONTRACTOR\/CONSULTANTS)?/, 'NOCONTRACT'],
  [/^(?:HANDLE|DISTRIBUTE) AS (NODIS|EXDIS|LIMDIS|STADIS)(?![A-Z])/, null],
  [/^SPECAT EXCLUSIVE/, 'SPECAT'],
  [/^HANDLE VIA ROGER CHANNEL(?: ONLY)?/, 'ROGER CHANNEL'],
  // Any other channel: the instruction itself, as written (`HANDLE VIA SPECIAL INTELLIGENCE CHANNELS ONLY`).
  [/^HANDLE VIA [A-Z]{2,12}(?: [A-Z]{2,12}){0,3} CHANNELS? ONLY/, ''],
];

/** Reads a spelled-out caveat at the start of an upper-case handling text (`SPELLED_CAVEATS`), or `null`. */
function readSpelledCaveat(text: string): { caveat: string; length: number } | null {
  // (Cheap pre-test: each form opens with `W`, `N`, `H`, `D` or `S`.)
  const c = text.charCodeAt(0);
  if (c !== 87 && c !== 78 && c !== 72 && c !== 68 && c !== 83) return null;
  for (const [pattern, caveat] of SPELLED_CAVEATS) {
    const m = pattern.exec(text);
    if (m !== null && !/[A-Z]/.test(text.charAt(m[0].length))) return { caveat: caveat === '' ? m[0] : (caveat ?? (m[1] as string)), length: m[0].length };
  }
  return null;
}

/**
 * The privacy caption of consular and visa cables in its longer forms, one caveat `PRIVACY ACT` (upper case, dashes
 * trimmed): `PRIVACY ACT INFORMATION`, `-- WARNING -- PRIVACY ACT INFORMATION`, `CONTAINS PRIVACY ACT MATERIAL`,
 * `PRIVACY ACT CAVEAT APPLIES`, `PRIVACY ACT CASE`. (`PRIVACY ACT` and `PRIVACY ACT PROTECTED` alone are caveat words.)
 * Anchored, bounded separators: linear.
 */
const PRIVACY_CAPTION = /^(?:WARNING[ -]{1,6})?(?:CONTAINS )?PRIVACY ACT (?:INFORMATION|MATERIAL|DATA|CASE|CAVEATS?)(?: APPL(?:Y|IES))?(?![A-Z])/;

/**
 * A cheap test run before `parseHandlingLine`'s rewriting (it is asked of many body
 * lines): a handling line holds only letters, spaces, and the separators `-` `,` `/`.
 * Any other ASCII character (a digit, a period) stays in the rewritten text and could
 * never be read as a caveat word, so the line is rejected at once.
 */
function mayBeHandlingLine(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) continue;
    if (c === 32 || (c >= 9 && c <= 13) || c === 45 || c === 44 || c === 47) continue;
    return false;
  }
  return true;
}

/** Removes dashes and spaces around a text (`- - C O R R E C T E D  C O P Y - -`), by scanning. */
function trimDashes(text: string): string {
  const strip = (c: number): boolean => c === 45 || c === 32 || c === 9;
  let a = 0;
  let b = text.length;
  while (a < b && strip(text.charCodeAt(a))) a++;
  while (b > a && strip(text.charCodeAt(b - 1))) b--;
  return text.slice(a, b);
}

/**
 * A handling caption standing alone on a line: a handling phrase, then up to three more
 * (upper case; each part a fixed phrase, separated by spaces, commas, semicolons, slashes or dashes,
 * maybe closed by a period). Anchored, every run bounded, each part starting with a letter the
 * separators never hold: linear.
 *
 *     SENSITIVE BUT UNCLASSIFIED, NOT FOR INTERNET DISTRIBUTION
 *     SBU - NOT FOR INTERNET DISTRIBUTION
 *     SENSITIVE BUT UNCLASSIFIED -- NOT FOR PUBLIC RELEASE.
 *     SBU - PLEASE PROTECT ACCORDINGLY
 *     LIMITED OFFICIAL USE NOFORN
 *     FOR OFFICIAL USE ONLY
 */
const HANDLING_CAPTION = /^\s{0,8}(?:SENSITIVE BUT UNCLASSIFIED|FOR OFFICIAL USE ONLY|LIMITED OFFICIAL USE|SBU)(?:[\s,;/-]{1,10}(?:NOT FOR\s{1,4}(?:INTERNET|PUBLIC)\s{1,4}(?:DISTRIBUTION|RELEASE)|NOFORN|SIPDIS|PLEASE PROTECT ACCORDINGLY)){0,3}[\s.]{0,10}$/;

/** Longest line `isHandlingCaptionLine` reads: `HANDLING_CAPTION` matches at most 8 + 26 + 3 * 45 + 10 characters. */
const HANDLING_CAPTION_LINE_MAX = 180;

/**
 * True when a line is a handling caption alone on its line (`HANDLING_CAPTION`): in the body it is
 * transmission, not text, and no heading. Example line: `SENSITIVE BUT UNCLASSIFIED, NOT FOR INTERNET DISTRIBUTION`.
 * Pre-test: the length, and the first visible character an `S`, `F` or `L` (most lines end there).
 */
export function isHandlingCaptionLine(text: string): boolean {
  if (text.length > HANDLING_CAPTION_LINE_MAX) return false;
  let i = 0;
  while (i < text.length && isWhitespaceCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return (c === 83 || c === 70 || c === 76) && HANDLING_CAPTION.test(text);
}
