/**
 * The `Classified By:` statement of a classified cable: who classified it and under which
 * reasons (`Classified By: Ambassador Richard E. Hoagland for reasons 1.4 (b) and (d)`).
 *
 * Pure string functions; they never throw and run in linear time.
 */

import type { ClassifiedBy } from '../model/cable.js';
import { CLASSIFICATION_ORDERS } from './classification-orders.js';

// The keyword: `Classified By:`, `CLASSIFIED BY:`, `CLASSIFIED BY JOHN DOE` (no colon),
// `Classified By:POLITICAL ...` (no space), `Classified By: Classified by Ambassador ...` (repeated);
// not the end of `DECLASSIFIED BY NARA`.
const KEYWORD = /\bCLASSIFIED ?BY\b ?:? ?/i;

/**
 * A derivation or a declassification instruction after the person (`... NP/RA. DERIVED FROM: DIA SCG 1-98.`,
 * E.O. 12356's `... ANNE L. HOGAN. DECLASSIFY ON: OADR.`, `... KESSLER; DECLASSIFY: OADR`, `...; DECL: OADR`):
 * where the person part ends. Bounded.
 */
const AFTER_PERSON = /[.;,]? ?\b(?:DERIVED ?FROM\b|DECL(?:ASSIFY)?(?: ON)? ?:)/i;

/** The source a statement derives from, right after its reasons: ` Derived from: TD-314/029411-09` (anchored, bounded). */
const SOURCE_AFTER_REASONS = /^[ .;,]{0,3}DERIVED ?FROM ?:/i;

/** A statement made of its source alone, without the keyword: `DERIVED FROM: MULTIPLE SOURCES` (at the start; empty match). */
const DERIVED_STATEMENT = /^ ?(?=DERIVED ?FROM\b)/i;

// The reasons keyword, possibly split by the scraper and preceded by `for`:
//   `for reasons 1.4 (b)`   `per reasons 1.4 (b)`   `REASON: 1.5 (D)`   `; reasons: E.O. 12958 1.4 (d)`   `for re asons`   `FOR REAS ONS`
// Each letter is followed by at most one optional space (the text is whitespace-collapsed),
// so every start position costs constant time.
// Also `Reason(s): 1.5 (b),(d)`.
const REASON_KEYWORD = /(?:\b(?:FOR|PER) )?\bR ?E ?A ?S ?O ?N(?: ?S\b|\(S\)|\b) ?,? ?:?/i;

// A reason number without keyword: `... DOWNES FOR 1.4 (D)`, `Donald Lu per 1.4 (b,d)`, `Rosenblatt, 1.4 (b/d)`;
// 1.3 to 1.6 are the classification-reason sections of the orders (1.4 in E.O. 12958 as
// amended and 13526, 1.5 in E.O. 12958 as first issued).
const REASON_NUMBER = /(?:\b(?:FOR|PER) )?\b1 ?\. ?[3-6](?![0-9])/i;

// The order part of a reason: `1.4`, `1.5`, split by the scraper as `1. 5` or `1 .4`; an extra dot `1.4. (b)`.
const ORDER = /^([0-9]) ?\. ?([0-9])(?![0-9])\.?/;

// The order inside the reasons, its dots or its letters left out, `as amended` after it: `reasons: E.O. 12958 1.4 (a,b,c,d)`,
// `REASON: EO 12958 1.5 (B) AND (D)`, `Reasons: E.O. 12958, as amended, 1.4 (b) and (d)`, `REASON: 12958 1.5(D)` (one of
// the orders on classification only). Anchored, bounded.
const ORDER_NUMBER = new RegExp(
  String.raw`^(?:E ?\.? ?O ?\.? ?[0-9]{5}|${CLASSIFICATION_ORDERS}(?![0-9]))(?:,? as amended\b)?`,
  'i',
);

// A broken `and` inside the reasons: `(b) an d (d)`, `(B) a nd (D)`.
const BROKEN_AND = /\b(?:an d|a nd)\b/gi;

/** A reason letter whose closing parenthesis was lost at the end of the text: `(d`, `(d.`, `(D `. */
const UNCLOSED_LETTER = /^\(([a-hA-H])\.? ?$/;

/** How far after the keyword (in characters) the reasons may start. */
const REASONS_WINDOW = 400;

/**
 * A statement that names a source, not a person: `Derived from Multiple Sources`, `DERIVED FROM: DSCG 05-1`,
 * and the source alone: `Classified By: MULTIPLE SOURCES`, `Classified By: Multiple Sources, reason 1.4 (c)`.
 */
const DERIVED_FROM = /^\s?(?:DERIVED\s?FROM|MULTIPLE\s?SOURCES)\b/i;

/**
 * The declassification instruction of a statement, right after its reasons or its person: `Declassify on: 06/29/2019`,
 * `. DECL ON: ...` (anchored, bounded repeats).
 */
const DECLASSIFY_ON = /^[ .,;]{0,4}DECL(?:ASSIFY)? {1,3}ON ?:/i;

/** How long the text after the reasons may be for a `Declassify on:` instruction in it to be the statement's. */
const DECLASSIFY_CHARS = 200;

/** Result of reading a reasons list. */
interface Reasons {
  reasons: string[];
  /** Characters of the input consumed by the list (0 when there is none). */
  length: number;
}

function isReasonLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && ch.toLowerCase() >= 'a' && ch.toLowerCase() <= 'h';
}

function isAsciiLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.toLowerCase();
  return c >= 'a' && c <= 'z';
}

/**
 * Read a reasons list at the start of `s`: `1.4 (b) and (d)`, `1.4(B), (D)`, `1.4 (b,d)`,
 * `1.4 B/D`, `1.4(b+d)`, `1.4 a,b,and d`, `1.5 (B) AND (D)`, `E.O. 12958 1.4 (d)`, `Section 1.4 (b)`. Letters must rise
 * within one order, which stops the list before a following portion marking (`(C) ...`).
 */
function readReasons(s: string): Reasons {
  const reasons: string[] = [];
  let order: string | null = null;
  let lastLetter = '';
  let i = 0;
  let consumed = 0;
  const push = (letter: string): void => {
    const reason = `${order ?? ''}(${letter})`;
    if (!reasons.includes(reason)) reasons.push(reason);
    lastLetter = letter;
    consumed = i;
  };
  while (i < s.length) {
    const ch = s.charAt(i);
    if (ch === ' ' || ch === ',' || ch === ';' || ch === ':' || ch === '&' || ch === '/' || ch === '+') {
      i++;
      continue;
    }
    // (Each pattern below has its own first characters: `E` or `1`, a digit, `a` or `o`.)
    const eo = ch === 'E' || ch === 'e' || ch === '1' ? ORDER_NUMBER.exec(s.slice(i, i + 30)) : null;
    if (eo !== null) {
      i += eo[0].length;
      continue;
    }
    // `Reason: Section 1.4 (b) and (d)`, `Sections 1.4(b), (d)`: the word before the order.
    const section = order === null && (ch === 'S' || ch === 's') ? /^sec(?:tions?\b|\.)/i.exec(s.slice(i, i + 10)) : null;
    if (section !== null) {
      i += section[0].length;
      continue;
    }
    const ord = ch >= '0' && ch <= '9' ? ORDER.exec(s.slice(i, i + 16)) : null;
    if (ord !== null) {
      order = `${ord[1] ?? ''}.${ord[2] ?? ''}`;
      lastLetter = '';
      i += ord[0].length;
      if (!reasons.some((r) => r.startsWith(order ?? ''))) consumed = i;
      continue;
    }
    if (order === null) break;
    // A sentence end after some letters: `(b) and (d). (C) Summary ...`
    if (ch === '.') {
      if (lastLetter !== '') break;
      i++;
      continue;
    }
    // `and`, `or` between letters: `(b) and (d)`, `B AND D`.
    const word = ch === 'a' || ch === 'A' || ch === 'o' || ch === 'O' ? /^(?:and|or)(?![A-Z])/i.exec(s.slice(i, i + 16)) : null;
    if (word !== null) {
      i += word[0].length;
      continue;
    }
    if (ch === '(') {
      // `1.4 (b) and (d` at the end of the text: the closing parenthesis was lost at the line end.
      const open = UNCLOSED_LETTER.exec(s.slice(i, i + 8));
      if (open !== null && i + open[0].length >= s.length) {
        const l = (open[1] ?? '').toLowerCase();
        if (lastLetter !== '' && l <= lastLetter) break;
        i += open[0].length;
        push(l);
        break;
      }
      // A group of letters: `(b)`, `(b,d)`, `(b and d)`, `(B/D )`; anything else (`(C/NF)`, `(SBU)`) ends the list.
      const close = s.indexOf(')', i);
      if (close === -1 || close - i > 16) break;
      // `(b and d)` -> `b   d` (a group of one character, `(b)`, holds no word)
      const group = s.slice(i + 1, close);
      const inner = group.length < 2 ? group : group.replace(/\b(?:and|or)\b/gi, ' ');
      const letters: string[] = [];
      let ok = true;
      for (let k = 0; k < inner.length; k++) {
        const c = inner.charAt(k);
        // `(b+d)`: letters joined by `+`.
        if (c === ' ' || c === ',' || c === '/' || c === '&' || c === '+') continue;
        if (isReasonLetter(c) && !isAsciiLetter(inner[k - 1]) && !isAsciiLetter(inner[k + 1])) {
          letters.push(c.toLowerCase());
          continue;
        }
        ok = false;
        break;
      }
      if (!ok || letters.length === 0) break;
      const firstLetter = letters[0] ?? '';
      if (lastLetter !== '' && firstLetter <= lastLetter) break;
      i = close + 1;
      for (const l of letters) push(l);
      continue;
    }
    // A bare letter: `1.4 b and d`, `1.4 B/D`, `a,b,and d`.
    if (isReasonLetter(ch) && !isAsciiLetter(s[i + 1])) {
      const l = ch.toLowerCase();
      if (lastLetter !== '' && l <= lastLetter) break;
      i++;
      push(l);
      continue;
    }
    break;
  }
  // An order without letters: `REASON: 1.4`.
  if (reasons.length === 0 && order !== null) {
    reasons.push(order);
  }
  return { reasons, length: consumed };
}

/** Title words (lower case, `’` written `'`): ranks, offices and their abbreviations. */
const TITLE_WORDS: ReadonlySet<string> = new Set([
  'a.i', 'acting', 'advisor', 'adviser', 'affaires', 'affairs', 'agent', 'ai', 'amb', 'ambassador',
  'and', 'assistant', 'attache', 'attaché', 'cda', 'cg', 'charge', 'chargé', "d'affaires",
  'chief', 'com', 'congen', 'consul', 'coordinator', 'couns', 'counselor', 'counsellor', 'das', 'dcm',
  'defense', 'deputy', 'dir', 'director', 'econ', 'econchief', 'econcouns', 'econoff',
  'economic', 'economics', 'ecopol', 'envoy', 'first', 'general', 'head', 'interim',
  'legal', 'm-c', 'management', 'mc', 'mincouns', 'minister', 'mission', 'of', 'office',
  'officer', 'pdas', 'permanent', 'permrep', 'pol', 'polchief', 'polcouns', 'polecon', 'poleconcouns',
  'polmc', 'polmincouns', 'poloff', 'political', 'principal', 'public', 'regional',
  'representative', 'rso', 'second', 'secretary', 'section', 'security', 'senior', 'civilian',
  'special', 'the', 'third', 'u.s', 'under', 'us', 'vice', 'watch', 'de',
  // `PRT Team Leader Howard Keegan`, `Acting PolAd Walter S. Reid`, `Polmiloff Jane Roe`, `Large` in `Ambassador-at-Large`.
  'team', 'leader', 'polad', 'polmil', 'polmiloff', 'large',
  // Offices and heads of other agencies and delegations: `DEPUTY USTR LINNET F. DEILY`, `USAID MISSION DIRECTOR`, `HEAD OF DELEGATION`.
  'ustr', 'usaid', 'administrator', 'negotiator', 'commissioner', 'delegation',
  // The defense attache: `CLASSIFIED BY DATT RICHARD T. HALE.`
  'datt',
  // Delegations' and missions' titles: `Chief Arms Control Delegate Hugh Neighbour`, `Alternate Representative ...`,
  // `Chief of Station ...`.
  'delegate', 'alternate', 'station',
  // `Assistant Secretary of State Richard C. Holbrooke`, `Department of State`.
  'state',
  // Section heads' and officers' abbreviations: `Refcoord Maria Delgado-Hunt`, `PAO ROBERT L. DUNHAM`, `Conoff Jane Roe`,
  // `LegAtt John Doe`, `DepPolCouns ...`; `Ambassador-designate ...`; `Consular Section Chief ...`.
  'refcoord', 'pao', 'conoff', 'legatt', 'deppolcouns', 'designate', 'consular',
  // Consular and management titles: `Fraud Prevention Manager ...`, `Visa Section Manager ...`, `Assistant Regional
  // Security Officer-Investigator ...`, `EAC Chair ...`.
  'manager', 'fraud', 'prevention', 'visa', 'investigator', 'investigations', 'chair', 'chairman',
  // Analysts and security officers, in capitals too (`DS/TIA/ITA Analyst ...`, `ARSO DAVID M. OKAFOR`), and military ranks
  // (`DATT COL RAYMOND T. ELLISON`, `Col. John A. Smith`).
  'analyst', 'arso', 'drso', 'srso', 'pso', 'gso',
  'col', 'ltc', 'maj', 'gen', 'ltg', 'bg', 'bgen', 'capt', 'cpt', 'cdr', 'lcdr', 'adm', 'radm', 'vadm', 'lt', 'mg', 'rdml', 'sgt',
  // Ranks spelled out (`Colonel Mark R. Delgado, Defense Attache`), `Chief of Staff`, and consulates' and sections'
  // abbreviations in capitals (`DPO MARTHA L. KESSLER`, `ADCM ...`, `LABATT ...`).
  'colonel', 'lieutenant', 'major', 'commander', 'captain', 'admiral', 'rear', 'brigadier', 'staff', 'dpo', 'po', 'adcm', 'labatt',
  // The Secretary's staff classifying memcons: `Director of Policy Planning ...`, `Chief of Protocol ...`.
  'policy', 'planning', 'protocol',
]);

/**
 * Words opening an organization's name, never a person's: `Embassy Moscow`, `Office of Russian Affairs`, `Bureau of ...`
 * (`Political Counselor, Embassy Moscow` names no one).
 */
const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(['embassy', 'amembassy', 'consulate', 'amconsul', 'mission', 'usmission', 'office', 'bureau', 'department', 'section', 'directorate', 'division']);

/** Whether a part of the statement opens with an organization's word (`ORGANIZATION_WORDS`): `Embassy Moscow`. */
function opensOrganization(part: string): boolean {
  return ORGANIZATION_WORDS.has(titleKey(part.slice(0, part.indexOf(' ') >>> 0)));
}

/** A word of a person's name: an initial (`J.`) or a capitalized word (`Donald`, `HALL`, `O'BRIEN`, `Zuniga-Brown`). Anchored. */
const NAME_WORD = /^[A-Z](?:\.|[A-Za-z'\u2019-]{1,30}\.?)$/;

/**
 * Whether a part of the statement is a person's name alone: two to four name words (`NAME_WORD`), none a title's or an
 * organization's word, one of them more than an initial: `DONALD J. HALL`, `Gregory D. Loomis`.
 */
function isPersonName(part: string): boolean {
  const words = part.split(' ');
  if (words.length < 2 || words.length > 4 || opensOrganization(part)) return false;
  return words.every((x) => NAME_WORD.test(x) && !isTitleWord(x, false)) && words.some((x) => x.length > 2);
}

/** A title word before a name, or a note on the title in brackets: `Major`, `General`, `(ret.)`, `(Acting)`. */
function isLeadTitleWord(word: string): boolean {
  return isTitleWord(word, false) || (word.length >= 3 && word.charCodeAt(0) === 40 && word.charCodeAt(word.length - 1) === 41);
}

/** Whether a part of the statement is title words (`isLeadTitleWord`), then a person's name (`isPersonName`): `Ambassador James B. Foley`. */
function namesPersonAfterTitles(part: string): boolean {
  const words = part.split(' ');
  let q = 0;
  while (q < words.length && isLeadTitleWord(words[q] ?? '')) q++;
  return q > 0 && isPersonName(words.slice(q).join(' '));
}

/** Title words that only connect others (`Deputy Chief of Mission`, `Charge de Affaires`); also found in names. */
const CONNECTOR_WORDS: ReadonlySet<string> = new Set(['and', 'of', 'the', 'de', 'a.i', 'ai', 'us', 'u.s']);

/** Connectors that are title words only between two title words. */
const BETWEEN_WORDS: ReadonlySet<string> = new Set(['and', 'of', 'the', 'de']);

/** Name suffixes that a comma separates from the name: `Robert O. Blake, Jr.`. */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Words that end the person part before the reasons: `... Godec for E.O. 12958 reasons`, `... Chicola Based upon Reason`. */
const TRAILING_CONNECTORS: ReadonlySet<string> = new Set(['for', 'per', 'upon', 'based', 'under', 'see']);

/** An order's number after a comma or a space, then a comma: `, E.O. 12958,` and ` E.O. 12958, as amended` (bounded). */
const ORDER_IN_PERSON = /[ ,]E\.? ?O\.? ?\d{5},/i;

/** Remove trailing connector words and an order number (`for E.O. 12958`) from the person part. */
function stripTrailingConnectors(s: string): string {
  const words = s.split(' ');
  for (;;) {
    const last = words[words.length - 1];
    if (last === undefined) break;
    const key = titleKey(last);
    if (TRAILING_CONNECTORS.has(key)) {
      words.pop();
      continue;
    }
    // An order number and its keyword: `E.O. 12958`, `EO 12958`.
    const prev = words[words.length - 2];
    if (/^\d{5}$/.test(key) && prev !== undefined && /^e\.?o\.?$/i.test(prev)) {
      words.length -= 2;
      continue;
    }
    break;
  }
  return words.join(' ');
}

/** Remove characters of `chars` from both ends of `s` (a plain loop: no regex backtracking). */
function trimSet(s: string, lead: string, trail: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && lead.includes(s.charAt(a))) a++;
  while (b > a && trail.includes(s.charAt(b - 1))) b--;
  return s.slice(a, b);
}

/** Normalize a word for title look-up: lower case, typographic apostrophe, edge punctuation removed. */
function titleKey(word: string): string {
  // `d’Affaires,` -> `d'affaires`
  const lower = word.toLowerCase();
  return trimSet(lower.includes('’') ? lower.replace(/’/g, "'") : lower, '("\'', '.,;:)"\'');
}

/**
 * Whether `word` reads as part of a title. Slashed words (`A/DCM`, `POL/C`, `U/S`) and a
 * lone dash are; hyphenated words are when every part is; in mixed-case text an all-caps
 * word without dot (`USEU`, `EEB`, `T`) is an office acronym (`XXXXXXXXXXXX`, a redacted
 * name, is not).
 */
function isTitleWord(word: string, mixedCase: boolean): boolean {
  const key = titleKey(word);
  if (key === '' || word === '-' || word === '--') return true;
  if (TITLE_WORDS.has(key)) return true;
  // A plural title two names share: `POLOFFS JOHN SMITH AND MARY JONES`, `Political Officers Jane Roe and John Doe`.
  if (key.length > 4 && key.charCodeAt(key.length - 1) === 115 && key.charCodeAt(key.length - 2) !== 115 && TITLE_WORDS.has(key.slice(0, -1))) return true;
  if (key.includes('/')) return true;
  if (key.includes('-')) {
    const parts = word.split('-').filter((p) => p !== '');
    // A unit named by an office acronym and a place, in mixed-case text: `RC-East`, `PRT-Kirkuk` (not `Zuniga-Brown`).
    if (mixedCase && isUnitWord(word)) return true;
    // `Ambassador-at-Large`: `at` only inside such a compound.
    return parts.length > 1 && parts.every((p) => p.toLowerCase() === 'at' || isTitleWord(p, mixedCase));
  }
  return mixedCase && isAcronym(word);
}

/** A unit named by an office acronym and a place: `RC-East`, `PRT-Kirkuk` (anchored; not `Zuniga-Brown`, `XX-Smith`). */
function isUnitWord(word: string): boolean {
  return /^[A-Z]{2,6}-[A-Z][A-Za-z]{1,20},?$/.test(word) && !/^X+-/.test(word);
}

/** An office acronym: `USEU`, `EEB`, `T`, `POLMC:`; not a redaction like `XXXXXXXXXXXX`. */
function isAcronym(word: string): boolean {
  // All capitals, no dot (`E.` is an initial): `USEU`; all `X`: `XXXXXXXXXXXX`.
  return /^[A-Z]{1,6}:?$/.test(word) && !/^X+:?$/.test(word);
}

const SPACE_PUNCT = ' \t\n\r,;:-';

/** Whether a word ending in `.` is an abbreviation that keeps its dot: `E.`, `A.I.`, `U.S.`, `Jr.`. */
function keepsDot(word: string): boolean {
  // An initial (`E.`) or a generational suffix (`Jr.`, `Sr.`).
  if (/^[A-Za-z]\.$/.test(word) || /^(?:Jr|Sr)\.$/i.test(word)) return true;
  return word.indexOf('.') !== word.lastIndexOf('.');
}

/** Remove list punctuation around a name or title; keep the dot of an abbreviation (`A.I.`, `Jr.`, `E.`). */
function cleanPart(s: string): string {
  let t = trimSet(s, SPACE_PUNCT + '.', SPACE_PUNCT);
  while (t.endsWith('.')) {
    const lastWord = t.slice(t.lastIndexOf(' ') + 1);
    // `Hoagland.` loses its dot; `A.I.`, `E.` and `Jr.` keep it.
    if (keepsDot(lastWord)) break;
    t = trimSet(t.slice(0, -1), '', SPACE_PUNCT);
  }
  return t;
}

/**
 * Two officials joined by `and`, each with a title before the name:
 * `DTRO Chief Jane Roe and Poloff John Doe` -> name `Jane Roe and John Doe`, title `DTRO Chief, Poloff`
 * (the names joined by the `and` as written, the titles as parts of the title, joined by `', '`,
 * which is what `ClassifiedBy` holds for several titles). Only when the words before `and` end
 * with a name word and the words after it open with a title word and end with a name (each of two
 * words or more): not
 * `Political and Economic Counselor Jane Roe` (a title), nor `Ambassador Jane Roe and John Doe`
 * (one title, the name part read as written). `null` when the text is not read so.
 */
function splitTwoOfficials(words: readonly string[], mixedCase: boolean): { name: string; title: string | null } | null {
  // Cheap pre-test: an `and` word at all (most statements name one person).
  const k = words.findIndex((x, j) => j > 0 && j < words.length - 2 && titleKey(x) === 'and');
  if (k === -1) return null;
  const before = words[k - 1] ?? '';
  const after = words[k + 1] ?? '';
  if (isTitleWord(before, mixedCase) || !isTitleWord(after, false) || CONNECTOR_WORDS.has(titleKey(after))) return null;
  const first = splitNameTitle(words.slice(0, k).join(' '), false);
  const second = splitNameTitle(words.slice(k + 1).join(' '), false);
  // Each name of two words or more (`Political-Military and Economic Counselor Jane Roe` is one title).
  if (first.name === null || second.name === null || second.title === null || !first.name.includes(' ') || !second.name.includes(' ')) return null;
  const titles = [first.title, second.title].filter((t): t is string => t !== null);
  return { name: `${first.name} ${words[k] ?? 'and'} ${second.name}`, title: titles.length === 0 ? null : titles.join(', ') };
}

/**
 * Two parts of `w` split at a comma (or semicolon), joined as written: `Berliner,Nicholas`, `GILMOUR, David`.
 * `first` starts `w`'s first part; the separator between them is looked at only when it is short (a comma or
 * semicolon with at most a space on either side), else they are joined by `', '`.
 */
function writtenPair(w: string, first: string, second: string): string {
  const i = w.indexOf(first);
  const j = i < 0 ? -1 : w.indexOf(second, i + first.length);
  if (j < 0 || j - (i + first.length) > 3) return `${first}, ${second}`;
  const between = w.slice(i + first.length, j).trim();
  return between === ',' || between === ';' ? w.slice(i, j + second.length) : `${first}, ${second}`;
}

/** Split the person part of the statement into name and title; with `pairs`, also two officials joined by `and`. */
function splitNameTitle(who: string, pairs = true): { name: string | null; title: string | null } {
  let w = who;
  // Mixed-case text (`Ambassador Jane Roe`) lets all-caps words read as office acronyms (`USEU`); told
  // before the cut below, which may drop the only lower-case word: `USEU POLMC Jan...` is a title.
  const mixedCase = /[a-z]/.test(w);
  // `Jane Q. Doe, A...`: the archive cut the line; drop the cut word. A cut surname right after a
  // name word of the same part is kept without the dots: `Pol/Econ Counselor Bill Mozdz...` -> `Bill Mozdz`
  // (not after a comma or a title word, `USEU POLMC Jan...`, and not a title word itself, `Jane Roe Pol...`).
  const cut = w.indexOf('...');
  // `A/DCM ...`, `Annie Pforzheimer, ...`: dots after a space cut no word.
  if (cut !== -1 && cut > 0 && w.charCodeAt(cut - 1) !== 32) {
    w = w.slice(0, cut);
    const space = w.lastIndexOf(' ');
    const kept = w.slice(space + 1);
    const before = w.slice(0, space + 1).trimEnd();
    const previous = before.slice(before.lastIndexOf(' ') + 1);
    // An initial is kept too: `Senior Watch Officer Shawn C...` -> `Shawn C`.
    const keep = space > 0 && /^[A-Z][A-Za-z'-]{0,30}$/.test(kept) && /^[A-Z][A-Za-z'.-]*$/.test(previous) && !isTitleWord(previous, mixedCase) && (kept.length === 1 || !isTitleWord(kept, mixedCase));
    if (!keep) w = w.slice(0, space + 1);
  } else if (cut !== -1) w = w.slice(0, cut);
  // The order named inside the person part ends it, and what follows it is no title: `Acting DCM Paul Malik per E.O.
  // 12958, as amended`, `Ambassador John Smith, E.O. 12958, Sec`.
  const order = ORDER_IN_PERSON.exec(w);
  if (order !== null && order.index > 0) w = w.slice(0, order.index);
  // `... DOWNES FOR` before a reason number, `... Godec for E.O. 12958` before `reasons`.
  w = cleanPart(stripTrailingConnectors(cleanPart(w)));
  if (w === '') return { name: null, title: null };
  // `Jane Q. Doe, Political Officer; ...` -> `Jane Q. Doe`, `Political Officer`
  const segments = w
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const seg0 = segments[0] ?? '';
  const others = segments.slice(1);
  const words0 = seg0.split(' ');
  const allTitle = (s: string): boolean => s.split(' ').every((x) => isTitleWord(x, mixedCase));

  // `Pol/Econ Counselor, Timothy Zuniga-Brown`: a title, then the name after the comma.
  // (Not when the first part is only an acronym-like word: `DOE, Jane, DCM` is surname, given name.)
  // Also a title of words not all known, opening or ending with a title word, over a name alone (`isPersonName`):
  // `NARCOTICS AFFAIRS DIRECTOR, DONALD J. HALL`, `DEPUTY ASSISTANT SECRETARY FOR INL, JAMES M. O'BRIEN`.
  // (Also a title with a field in lower-case words, then more titles before the name: `Senior Advisor on Refugees,
  // Ambassador James B. Foley`, `Special Envoy for Sudan, Major General (ret.) Thomas E. Harlan`.)
  const titleFirst =
    others.length > 0 &&
    ((allTitle(seg0) && words0.some((x) => isTitleWord(x, false))) ||
      ((isTitleWord(words0[0] ?? '', false) || isTitleWord(words0[words0.length - 1] ?? '', false)) && (isPersonName(others[0] ?? '') || namesPersonAfterTitles(others[0] ?? ''))));
  if (titleFirst) {
    // The first part that names a person; a unit with an office acronym is title (`Team Leader, PRT Paktika, Ann Fields`).
    // A part with no title word at all names one before a part with some (`Director, Office of Iranian Affairs, Stephen
    // R. Hollis`: not `Office of Iranian Affairs`).
    // An organization names no person either (`Political Counselor, Embassy Moscow`, `Director, Office of Russian Affairs`).
    const person = (s: string): boolean => !(mixedCase && s.split(' ').some((x) => isAcronym(x) && x.length > 1)) && !opensOrganization(s);
    const pure = others.findIndex((s) => person(s) && s.split(' ').every((x) => !isTitleWord(x, false)));
    const named = pure >= 0 ? pure : others.findIndex((s) => !allTitle(s) && person(s));
    const idx = named >= 0 ? named : others.findIndex((s) => !allTitle(s) && !opensOrganization(s));
    if (idx === -1) return { name: null, title: segments.join(', ') };
    // `CDA, A.I. RON MCMULLEN`: title words at the start of the name segment stay in the title.
    const nameSeg = (others[idx] ?? '').split(' ');
    let q = 0;
    while (q < nameSeg.length - 1 && isLeadTitleWord(nameSeg[q] ?? '')) q++;
    const leadTitle = [seg0, nameSeg.slice(0, q).join(' ')].filter((x) => x !== '').join(', ');
    // `Charge d'Affaires, a.i., Walter N. Hadley, Jr., for ...`: a name suffix after the name's comma is the name's.
    let suffixes = 0;
    while (NAME_SUFFIXES.has((others[idx + 1 + suffixes] ?? '').toLowerCase())) suffixes++;
    const suffix = others.slice(idx + 1, idx + 1 + suffixes);
    const title = [leadTitle, ...others.filter((_, k) => k !== idx && (k <= idx || k > idx + suffixes))].join(', ');
    return { name: cleanPart([nameSeg.slice(q).join(' '), ...suffix].join(', ')), title: cleanPart(title) };
  }

  // `Environment, Science and Technology Officer Mark Pollard`: the fields of a title listed with commas, its last part
  // ending with the title's word and the name (of two words or more, no title word); the parts before it one word each
  // (not `Bryan Hunt, Principal Officer, Consulate Lahore, U.S. Department of State`).
  if (others.length > 0 && segments.slice(0, -1).every((x) => !x.includes(' ') && !x.includes('.'))) {
    const last = splitNameTitle(others[others.length - 1] ?? '', false);
    if (last.title !== null && last.name !== null && last.name.includes(' ') && last.name.split(' ').every((x) => !isTitleWord(x, false))) {
      const at = w.lastIndexOf(last.name);
      if (at > 0) return { name: last.name, title: cleanPart(w.slice(0, at)) };
    }
  }

  // `John S. Creamer, Charge d'Affaires, and Laura K. Farnsworth, Defense Attache`: two officials, each with a title
  // after the name.
  const second = others.findIndex((x) => x.startsWith('and ') && isPersonName(x.slice(4)));
  if (pairs && second > 0 && isPersonName(seg0)) {
    return { name: `${seg0} and ${(others[second] ?? '').slice(4)}`, title: others.filter((_, k) => k !== second).join(', ') };
  }
  // `DTRO Chief Jane Roe and Poloff John Doe`: two officials, each with a title.
  if (pairs && others.length === 0) {
    const two = splitTwoOfficials(words0, mixedCase);
    if (two !== null) return two;
  }

  // Leading title words: `Ambassador Richard E. Hoagland`, `Acting DCM Craig Cloud`.
  // A connector (`of`, `de`, `and`) counts only between title words: `Deputy Chief of Mission`,
  // `Charge de Affaires`, but `Ambassador De La Cruz`.
  let p = 0;
  const byAcronym: boolean[] = [];
  while (p < words0.length && isTitleWord(words0[p] ?? '', mixedCase)) {
    const connector = BETWEEN_WORDS.has(titleKey(words0[p] ?? ''));
    if (connector && !isTitleWord(words0[p + 1] ?? 'x', mixedCase)) break;
    byAcronym.push(!isTitleWord(words0[p] ?? '', false));
    p++;
  }
  // `Ambassador JOHN SMITH` in mixed-case text: give back all-caps words read as acronyms
  // until the name has two words.
  while (p > 0 && words0.length - p < 2 && byAcronym[p - 1] === true) {
    byAcronym.pop();
    p--;
  }
  // `Amb. P Michael McKinley`: a bare initial before a mixed-case given name is the name's, not an office acronym.
  if (p > 0 && byAcronym[p - 1] === true && /^[A-Z]$/.test(words0[p - 1] ?? '') && /^[A-Z][a-z]/.test(words0[p] ?? '') && words0.length - p >= 2) {
    byAcronym.pop();
    p--;
  }
  let leadWords = words0.slice(0, p);
  let nameWords = words0.slice(p);
  // `EUR A/S KURT VOLKER`, `ConGen Istanbul Deputy Principal Officer Win Dayton`: a title word
  // (not a connector like `de` or `and`) inside what is left, followed by name words only.
  let lastTitle = -1;
  for (let k = 0; k < nameWords.length; k++) {
    const word = nameWords[k] ?? '';
    if (isTitleWord(word, false)) {
      if (!CONNECTOR_WORDS.has(titleKey(word))) lastTitle = k;
    } else if (mixedCase && (isAcronym(word) || isUnitWord(word)) && k > lastTitle && lastTitle !== -1 && k === lastTitle + 1) {
      lastTitle = k;
    }
  }
  if (lastTitle !== -1 && lastTitle < nameWords.length - 1) {
    leadWords = [...leadWords, ...nameWords.slice(0, lastTitle + 1)];
    nameWords = nameWords.slice(lastTitle + 1);
  }
  // A title going on with `for` and its field: `Ambassador-at-Large for War Crimes Issues Clint Williamson`. The
  // field's words read like a name's, so the name is taken as its last two words (three with an initial between).
  // (Also a title whose first word is no title word: `Rule of Law Coordinator for Iraq Kenneth R. Oakes`.)
  // (A first initial too: `Special Envoy for Caspian Energy C. Whitney Hale`. A field ending on a title word names no one:
  // `Assistant Secretary for European Affairs`.)
  const forField = leadWords.length > 0 && (nameWords[0] ?? '').toLowerCase() === 'for';
  if (forField && isTitleWord(nameWords[nameWords.length - 1] ?? '', false)) {
    leadWords = [...leadWords, ...nameWords];
    nameWords = [];
  } else if (forField && nameWords.length >= 4) {
    const initial = (k: number): boolean => /^[A-Z]\.$/.test(nameWords[nameWords.length - k] ?? '');
    const keep = nameWords.length >= 5 && (initial(2) || initial(3)) ? 3 : 2;
    leadWords = [...leadWords, ...nameWords.slice(0, -keep)];
    nameWords = nameWords.slice(-keep);
  }
  // A title before the name keeps an abbreviation's dot: `Amb. Carol van Voorst`.
  const lead = trimSet(leadWords.join(' '), SPACE_PUNCT, SPACE_PUNCT);
  let rest = others;
  // `Robert O. Blake, Jr.`: a name suffix after a comma belongs to the name.
  while (rest.length > 0 && NAME_SUFFIXES.has((rest[0] ?? '').toLowerCase())) {
    nameWords = [...nameWords.slice(0, -1), `${nameWords[nameWords.length - 1] ?? ''}, ${rest[0] ?? ''}`];
    rest = rest.slice(1);
  }
  // `GILMOUR, David, DCM`: surname, given name, as written (`Berliner,Nicholas, PolEcon-Chief` keeps no space).
  if (p === 0 && nameWords.length === 1 && others.length > 0) {
    const given = others[0] ?? '';
    if (!given.includes(' ') && !isTitleWord(given, mixedCase)) {
      nameWords = [writtenPair(w, nameWords[0] ?? '', given)];
      rest = others.slice(1);
    }
  }
  const name = cleanPart(nameWords.join(' '));
  const titleParts = [lead, ...rest].filter((s) => s !== '');
  return {
    name: name === '' ? null : name,
    title: titleParts.length === 0 ? null : titleParts.join(', '),
  };
}

/**
 * Where the statement ends in `text` as written (keyword, person, reasons and a closing
 * period): the index just after the last reason read, so a caller can tell what the source
 * reflowed after it (`... for reasons 1.4 (b) and (d) 1. (C) Summary. ...`,
 * `... REASON: 1.4 (b), (d) This is an action request; ...`). -1 when no `Classified By`
 * keyword is found or no reason follows it within the reasons window. Linear in the text.
 */
export function classifiedByEnd(text: string): number {
  // Most statements are spaced already (single spaces, no tab, no backslash): read as they are.
  if (isSingleSpaced(text)) {
    const end = statementEnd(text);
    return end <= 0 ? -1 : end;
  }
  // `spaced` as in `parseClassifiedBy` (each whitespace run one space, a line-end backslash a
  // space), built from the runs between whitespace; `spacedAt`/`textAt` hold where each run
  // starts in both texts, so that the end maps back.
  const pieces: string[] = [];
  const spacedAt: number[] = [];
  const textAt: number[] = [];
  let length = 0;
  for (let k = 0; k < text.length; ) {
    let j = k;
    const blank = isStatementBlank(text, k);
    while (j < text.length && isStatementBlank(text, j) === blank) j++;
    spacedAt.push(length);
    textAt.push(k);
    pieces.push(blank ? ' ' : text.slice(k, j));
    length += blank ? 1 : j - k;
    k = j;
  }
  const end = statementEnd(pieces.join(''));
  if (end <= 0) return -1;
  // Just after the statement's last character, in `text` (a space stands for its run's first character).
  let r = 0;
  while (r + 1 < spacedAt.length && (spacedAt[r + 1] as number) <= end - 1) r++;
  const inRun = pieces[r] === ' ' ? 0 : end - 1 - (spacedAt[r] as number);
  return (textAt[r] as number) + inRun + 1;
}

/** Whitespace of a statement: space, ASCII controls 9-13, no-break space, and a backslash before whitespace (`Tripoli, \` + line break). */
function isStatementBlank(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c === 92 && k + 1 < text.length && /\s/.test(text.charAt(k + 1)));
}

/** True when the only whitespace in `text` is single spaces and it holds no backslash (`classifiedByEnd` would not change it). */
function isSingleSpaced(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 32) {
      if (text.charCodeAt(k + 1) === 32) return false;
    } else if ((c >= 9 && c <= 13) || c === 0xa0 || c === 92) return false;
  }
  return true;
}

/**
 * How many characters after the reasons close the statement: a period (`1.4 (b) and (d).`: 1), or the
 * three dots (or `…`) where an archive cut it (`... for reasons 1.4 (b)...`: 3, kept as written); else 0.
 */
function closingLength(tail: string, k: number): number {
  const c = tail.charCodeAt(k);
  if (c === 0x2026) return 1;
  if (c !== 46) return 0;
  return tail.charCodeAt(k + 1) === 46 && tail.charCodeAt(k + 2) === 46 ? 3 : 1;
}

/**
 * The end of the statement in whitespace-collapsed text (an index into `spaced`), or -1 when
 * no reason is read. The reading of `parseClassifiedBy`, without the person part.
 */
function statementEnd(spaced: string): number {
  const kw = KEYWORD.exec(spaced);
  if (kw === null) return -1;
  let bodyStart = kw.index + kw[0].length;
  const again = KEYWORD.exec(spaced.slice(bodyStart, bodyStart + 20));
  if (again !== null && again.index === 0) bodyStart += again[0].length;
  const near = spaced.slice(bodyStart, bodyStart + REASONS_WINDOW);
  const rk = REASON_KEYWORD.exec(near);
  const rn = REASON_NUMBER.exec(near);
  let reasonsStart: number;
  if (rk !== null && (rn === null || rk.index <= rn.index)) reasonsStart = rk.index + rk[0].length;
  else if (rn !== null) reasonsStart = rn.index + (/^(?:for|per) /i.test(rn[0]) ? 4 : 0);
  else return -1;
  // Only the reasons window and a little more are read: the rest of a long line does not count.
  const tail = spaced.slice(bodyStart + reasonsStart, bodyStart + REASONS_WINDOW + 100).replace(BROKEN_AND, (m) => `${m.replace(' ', '')} `);
  const read = readReasons(tail);
  if (read.reasons.length === 0 || read.length === 0) return -1;
  return bodyStart + reasonsStart + read.length + closingLength(tail, read.length);
}

/**
 * Parse a `Classified By` statement.
 *
 * Handles `Classified By: Ambassador Richard E. Hoagland for reasons 1.4 (b) and (d)`,
 * `CLASSIFIED BY: Jane Q. Doe, Political Officer; REASON: 1.4(B), (D)`, the statement inside
 * paragraph 1 (`1.  (U)  CLASSIFIED BY JOHN DOE, DEPUTY CHIEF OF MISSION. REASON: 1.5 (D)`),
 * wrapped lines, words split by the scraper (`for re asons`, `1. 5`), and reasons written
 * `1.4(b,d)`, `1.4 B/D`, `1.4 (b and d)`, `1.4 a,b,and d`. Titles before the name
 * (`Ambassador`, `Charge d'Affaires`, `DCM`, `Acting Political Counselor`, `A/DCM`, office
 * acronyms like `USEU`) and titles after a comma (`Jane Q. Doe, Political Officer`) are
 * split from the name; both keep the case they are written in. Two officials joined by `and`,
 * each with a title (`DTRO Chief Jane Roe and Poloff John Doe`), give both names in `name`
 * (`Jane Roe and John Doe`) and both titles in `title` (`DTRO Chief, Poloff`).
 *
 * @returns `reasons` normalized as `1.4(b)` (lower-case letters, in order, without
 * duplicates), and `text`: the statement from the keyword through the reasons (text
 * reflowed after the reasons is not included), whitespace collapsed. `null` when there is
 * no `Classified By` keyword.
 */
export function parseClassifiedBy(text: string): ClassifiedBy | null {
  // `Tripoli, \` + line break: some archives end wrapped lines with a backslash.
  const unslashed = text.includes('\\') ? text.replace(/\\(?=\s)/g, ' ') : text;
  // Each whitespace run collapsed to one space: the text on one line.
  // `Classified By: X,\nreasons` -> `Classified By: X, reasons`
  const spaced = unslashed.replace(/\s+/g, ' ');
  const kw = KEYWORD.exec(spaced) ?? DERIVED_STATEMENT.exec(spaced);
  if (kw === null) return null;
  const start = kw.index;
  let bodyStart = kw.index + kw[0].length;
  // `Classified By: Classified by Ambassador ...`
  const again = KEYWORD.exec(spaced.slice(bodyStart, bodyStart + 20));
  if (again !== null && again.index === 0) bodyStart += again[0].length;
  const body = spaced.slice(bodyStart);

  let whoEnd: number;
  let reasonsStart = -1;
  // The reasons follow within a few wrapped lines; a `reason` further on is body text.
  const near = body.slice(0, REASONS_WINDOW);
  const rk = REASON_KEYWORD.exec(near);
  const rn = REASON_NUMBER.exec(near);
  if (rk !== null && (rn === null || rk.index <= rn.index)) {
    whoEnd = rk.index;
    reasonsStart = rk.index + rk[0].length;
  } else if (rn !== null) {
    whoEnd = rn.index;
    // `... Feltman for Section 1.4 (b)`: the word `Section` right before the number is the reasons' (not `Economics Section; REASON:`).
    const section = /\bsections? ?$/i.exec(near.slice(Math.max(0, rn.index - 10), rn.index));
    if (section !== null) whoEnd = rn.index - section[0].length;
    // Skip the connector the pattern may have matched: `FOR 1.4 (D)`, `per 1.4 (b)`.
    reasonsStart = rn.index + (/^(?:for|per) /i.test(rn[0]) ? 4 : 0);
  } else {
    // No reasons: the statement ends with the keyword's line (a line break right after the
    // keyword does not count: `Classified By:` + line break + name). `flat` has the offsets
    // of `spaced`, a run holding a line break collapsed to the line break.
    const flat = unslashed.replace(/\s+/g, (ws) => (ws.includes('\n') || ws.includes('\r') ? '\n' : ' '));
    const lineBreak = flat.indexOf('\n', bodyStart + 1);
    whoEnd = lineBreak === -1 ? body.length : lineBreak - bodyStart;
  }

  let end = bodyStart + whoEnd;
  let reasons: string[] = [];
  if (reasonsStart !== -1) {
    // Same length as the original, so offsets still match: `an d` -> `and `.
    const tail = body.slice(reasonsStart).replace(BROKEN_AND, (m) => `${m.replace(' ', '')} `);
    const read = readReasons(tail);
    reasons = read.reasons;
    if (read.length > 0) {
      // Keep a period that closes the statement (`for reasons 1.4 (b) and (d).`), or the archive's cut (`1.4 (b)...`).
      end = bodyStart + reasonsStart + read.length + closingLength(tail, read.length);
    }
  }
  // `Classified By: Derived from Multiple Sources` / `Declassify on: Source marked 25X1-human, Date of source: June 27, 2009`:
  // a short declassification instruction ending the text is the statement's too (the preamble gives it with the statement).
  // So is the source it derives from, after the reasons (`... Reason 1.4 (c)` / `Derived from: TD-314/029411-09`).
  const rest = spaced.length - end <= DECLASSIFY_CHARS ? spaced.slice(end) : '';
  if (rest !== '' && (DECLASSIFY_ON.test(rest) || SOURCE_AFTER_REASONS.test(rest))) end = spaced.length;
  // `Classified By: Derived from Multiple Sources`: a derivation, not a person.
  // `CLASSIFIED BY: ALBERT P. NOWAK, DEPUTY DIRECTOR, NP/RA. DERIVED FROM: DIA SCG 1-98. REASON: 1.5 (C)`: the source after the
  // person is no part of the title; nor is a declassification instruction (`... HOGAN. DECLASSIFY ON: OADR.`).
  let who = body.slice(0, whoEnd);
  const source = AFTER_PERSON.exec(who);
  if (source !== null && source.index > 0) who = who.slice(0, source.index);
  const { name, title } = DERIVED_FROM.test(body) ? { name: null, title: null } : splitNameTitle(who);
  return { name, title, reasons, text: spaced.slice(start, end).trim() };
}
