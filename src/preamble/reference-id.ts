/**
 * Canonical cable reference ids: two-digit year + station + serial without leading zeros.
 *
 * `09 Astana 02139` -> `09ASTANA2139`, `09 SECSTATE 114836` -> `09STATE114836`.
 * Pure string functions; they never throw.
 */

import { isWhitespaceCode } from '../text/source-line.js';

/**
 * Station aliases: a station name as it is written in cables (upper case, words separated by
 * one space) mapped to the canonical station used in reference ids. Names not listed here are
 * canonicalized by upper-casing and removing spaces and punctuation (`RIO DE JANEIRO` ->
 * `RIODEJANEIRO`).
 */
export const STATION_ALIASES: Readonly<Record<string, string>> = {
  // The Department: `REF: SECSTATE 74879`, archive origin `Secretary of State`.
  SECSTATE: 'STATE',
  'SECRETARY OF STATE': 'STATE',
  // A Department telegram as a post cites it: `REF: DEPTEL 181220`, two of them `DEPTELS 58812 AND 59034`, a circular
  // one `DEPCIRTEL 4412`, `CIRTEL 4412` (1960s-1970s).
  DEPTEL: 'STATE',
  DEPTELS: 'STATE',
  DEPCIRTEL: 'STATE',
  CIRTEL: 'STATE',
  // US Mission to the UN: `USUN NEW YORK 123` and the short form `USUN 123`.
  USUN: 'USUNNEWYORK',
  'USUN NEW YORK': 'USUNNEWYORK',
  // US Mission to NATO: `USNATO 35`, sometimes written `US NATO`.
  'US NATO': 'USNATO',
  // US Mission to the EU: `USEU 1234`, `USEU BRUSSELS 1604`; its cables are filed under `BRUSSELS`, as the Embassy's
  // (`07BRUSSELS3423`, origin `USEU Brussels`: their banners read `BRUSSELS 003423`).
  USEU: 'BRUSSELS',
  'USEU BRUSSELS': 'BRUSSELS',
  // US Mission to the UN agencies in Vienna: `UNVIE 301` (ids read `UNVIEVIENNA`).
  UNVIE: 'UNVIEVIENNA',
  // Iran Regional Presence Office: `DUBAI RPO 378` (ids read `RPODUBAI`).
  'DUBAI RPO': 'RPODUBAI',
  // Common abbreviations in REF lines: `09 KL 1016`, `HCMC 55`, `ADDIS 3365`, `OUAGA 2210`, `DAR 2210`.
  KL: 'KUALALUMPUR',
  HCMC: 'HOCHIMINHCITY',
  ADDIS: 'ADDISABABA',
  OUAGA: 'OUAGADOUGOU',
  DAR: 'DARESSALAAM',
  // The Hague without its article: `REF: HAGUE 698` (ids read `THEHAGUE`).
  HAGUE: 'THEHAGUE',
  // Misspellings in REF lines: `REF:  SECTATE 188288`, `C. TALLIN 309`.
  SECTATE: 'STATE',
  TALLIN: 'TALLINN',
};

/** Letters only, upper case: the key form used for alias look-up. */
function compactStation(name: string): string {
  return lettersOnly(name.toUpperCase());
}

/** The letters `A`-`Z` of `s`, in order (`s` itself when it has nothing else: `ASTANA`). */
function lettersOnly(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90) return s.replace(/[^A-Z]+/g, '');
  }
  return s;
}

/** `STATION_ALIASES` keyed by compact form (`USUNNEWYORK`, `DUBAIRPO`). */
const ALIAS_BY_COMPACT: ReadonlyMap<string, string> = new Map(
  Object.entries(STATION_ALIASES).map(([alias, station]) => [compactStation(alias), station]),
);

/**
 * Words that only say what kind of post it is: `AMEMBASSY ASTANA`, `Embassy Astana`, `Consulate Jerusalem`, a
 * mission as its `FM` line names it: `USMISSION GENEVA`, `USMISSION USUN NEW YORK` (then `USUN NEW YORK`, an alias),
 * and the offices that stand for an embassy, whose ids read the city alone: an Interests Section (`USINT HAVANA 345`,
 * ids `HAVANA`), the American Institute in Taiwan (`AIT TAIPEI 488`, ids `TAIPEI`), a Liaison Office (`USLO PEKING`), a
 * U.S. Office (`USOFFICE PRISTINA 401`, ids `PRISTINA`) and a Regional Embassy Office (`REO BASRAH 71`, ids `BASRAH`).
 */
const POST_PREFIXES: ReadonlySet<string> = new Set([
  'AMEMBASSY',
  'AMCONSUL',
  'AMCONSULATE',
  'EMBASSY',
  'CONSULATE',
  'USMISSION',
  'USINT',
  'AIT',
  'USLO',
  'USOFFICE',
  'REO',
]);

/**
 * Canonical station name for reference ids: upper case, spaces and punctuation removed,
 * aliases resolved through {@link STATION_ALIASES}, and a leading post-type word
 * (`AMEMBASSY`, `Embassy`, `Consulate`) dropped.
 *
 * @example canonicalizeStation('Rio de Janeiro') // 'RIODEJANEIRO'
 * @example canonicalizeStation('SECSTATE') // 'STATE'
 * @returns The canonical station; `''` when the name has no letters.
 */
export function canonicalizeStation(name: string): string {
  const upper = withoutAccents(name.toUpperCase());
  // The first word, up to a whitespace run: `Embassy  Astana` -> `EMBASSY`.
  let a = 0;
  while (a < upper.length && isWhitespaceCode(upper.charCodeAt(a))) a++;
  let b = a;
  while (b < upper.length && !isWhitespaceCode(upper.charCodeAt(b))) b++;
  let c = b;
  while (c < upper.length && isWhitespaceCode(upper.charCodeAt(c))) c++;
  // `AMEMBASSY ASTANA` / `Embassy Astana`: the post is what follows the post-type word
  // (when another word follows it).
  const post = c < upper.length && POST_PREFIXES.has(upper.slice(a, b)) ? upper.slice(c) : upper;
  // Spaces and punctuation dropped: `RIO DE JANEIRO` -> `RIODEJANEIRO`.
  const compact = lettersOnly(post);
  return ALIAS_BY_COMPACT.get(compact) ?? compact;
}

/**
 * `s` with the accents of its letters removed (`BOGOTÁ` -> `BOGOTA`, `SÃO PAULO` -> `SAO PAULO`): mixed-case cables
 * write the posts of their references as the places are spelled, ids never hold accents. ASCII text is returned as is.
 */
function withoutAccents(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  return s;
}

/** Two-digit year from a year written with 1 to 4 digits (`2009`, `9`, `09`); `''` when none. */
function twoDigitYear(year: string | number): string {
  let digits = '';
  for (const ch of String(year)) {
    if (ch >= '0' && ch <= '9') digits += ch;
  }
  if (digits === '') return '';
  return digits.length >= 2 ? digits.slice(-2) : digits.padStart(2, '0');
}

/** Serial without leading zeros (`'02139'` -> `'2139'`); `'0'` for an all-zero serial. */
function stripZeros(serial: string): string {
  let i = 0;
  while (i < serial.length - 1 && serial[i] === '0') i++;
  return serial.slice(i);
}

/**
 * Build a canonical reference id from its parts. Best effort, no validation: the year is
 * reduced to two digits (`2009` -> `09`, `9` -> `09`), the station canonicalized with
 * {@link canonicalizeStation}, and leading zeros removed from the serial.
 *
 * @example buildReferenceId(2009, 'Astana', '02139') // '09ASTANA2139'
 * @example buildReferenceId('09', 'SECSTATE', '114836') // '09STATE114836'
 */
export function buildReferenceId(year: string | number, station: string, serial: string): string {
  return twoDigitYear(year) + canonicalizeStation(station) + stripZeros(serial.trim());
}

/**
 * Archive-malformed station prefixes: what the archive glued in front of the post when it
 * built the id from a damaged classification line. Checked in order.
 */
const MALFORMED_PREFIXES: readonly { prefix: string; digitsOf: boolean }[] = [
  // `08ECTION01OF02MANAMA492`: `SECTION 01 OF 02 MANAMA` lost its `S`.
  { prefix: 'SECTION', digitsOf: true },
  { prefix: 'ECTION', digitsOf: true },
  // `09EFTOLONDON2468`: the `E F T O` caveat of `UNCLAS E F T O LONDON`.
  { prefix: 'EFTO', digitsOf: false },
];

/** Remove a malformed prefix (see {@link MALFORMED_PREFIXES}) from a compact station+serial body. */
function repairBody(body: string): string {
  for (const { prefix, digitsOf } of MALFORMED_PREFIXES) {
    if (!body.startsWith(prefix)) continue;
    let i = prefix.length;
    if (digitsOf) {
      // `ECTION01OF02MANAMA492`: digits, `OF`, digits, then the real post.
      const d1 = i;
      while (i < body.length && isDigit(body[i])) i++;
      if (i === d1 || !body.startsWith('OF', i)) continue;
      i += 2;
      const d2 = i;
      while (i < body.length && isDigit(body[i])) i++;
      if (i === d2) continue;
    }
    const rest = body.slice(i);
    // Only repair when a post (letters) and a serial still follow.
    if (rest.length > 0 && isLetter(rest[0])) return rest;
  }
  return body;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'A' && ch <= 'Z';
}

/**
 * Canonicalize a cable reference id, or return `null` when the text is not one.
 *
 * Accepts ids with or without spaces and in any case (`09 Astana 02139`, `09ASTANA02139`,
 * `2009 ASTANA 2139`), resolves station aliases (`SECSTATE` -> `STATE`), removes leading
 * zeros from the serial, and repairs the archive's malformed ids
 * (`08ECTION01OF02MANAMA492` -> `08MANAMA492`, `09EFTOLONDON2468` -> `09LONDON2468`).
 * The serial must have 1-6 significant digits.
 *
 * @example canonicalizeReferenceId('09 SECSTATE 114836') // '09STATE114836'
 */
export function canonicalizeReferenceId(id: string): string | null {
  // Work on the compact form: `09 Rio de Janeiro 0123` -> `09RIODEJANEIRO0123`.
  let compact = '';
  for (const ch of id.toUpperCase()) {
    if ((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')) compact += ch;
    else if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '-' || ch === '.' || ch === "'") continue;
    else return null;
  }
  // Year: two digits, or four digits of a 19xx/20xx year (`2009ASTANA2139`).
  let yearLen = 0;
  while (yearLen < compact.length && isDigit(compact[yearLen])) yearLen++;
  let year: string;
  if (yearLen === 2) year = compact.slice(0, 2);
  else if (yearLen === 4 && (compact.startsWith('19') || compact.startsWith('20'))) year = compact.slice(2, 4);
  else return null;
  const body = repairBody(compact.slice(yearLen));
  // Station: letters; serial: the digits that end the id.
  let s = 0;
  while (s < body.length && isLetter(body[s])) s++;
  if (s < 2) return null;
  const serialRaw = body.slice(s);
  if (serialRaw === '' || serialRaw.length > 8) return null;
  for (const ch of serialRaw) if (!isDigit(ch)) return null;
  const serial = stripZeros(serialRaw);
  if (serial === '0' || serial.length > 6) return null;
  return year + canonicalizeStation(body.slice(0, s)) + serial;
}
