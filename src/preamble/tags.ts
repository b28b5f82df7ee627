/**
 * The TAGS field of the preamble (`TAGS: ECON PGOV SENV SOCI TSPL KPAO KZ`) and a rough
 * classification of TAGS values.
 *
 * Pure string functions; they never throw and run in linear time.
 */

import { isAsciiLowerCode, isBlank } from '../text/source-line.js';

/** What a TAGS value names. */
export type TagKind = 'geo' | 'subject' | 'program' | 'organization' | 'person' | 'unknown';

/** Subject tags (State Department TAGS subject categories). */
export const SUBJECT_TAGS: ReadonlySet<string> = new Set([
  // Political
  'PREL', 'PGOV', 'PHUM', 'PTER', 'PINR', 'PINS', 'PARM', 'PBTS', 'PREF', 'POL', 'PINT',
  // Political, older cables: foreign relations, diplomacy, development, organizations, military relations.
  'PFOR', 'PDIP', 'PDEV', 'PORG', 'PEPR', 'PBOR', 'PMIL',
  // Economic
  'ECON', 'EFIN', 'ETRD', 'EINV', 'EAID', 'ENRG', 'EPET', 'EAGR', 'ELAB', 'EAIR', 'EMIN',
  'ETTC', 'ECPS', 'EIND', 'EWWT', 'BEXP',
  // Military
  'MARR', 'MOPS', 'MASS', 'MNUC', 'MCAP',
  // Social, science, technology
  'SENV', 'SOCI', 'SNAR', 'SMIG', 'SCUL', 'TSPL', 'TSPA', 'TBIO', 'TPHY', 'TINT',
  // Administration, consular, operations
  'ASEC', 'AMGT', 'AORC', 'AEMR', 'APER', 'AFIN', 'ABUD', 'ABLD', 'CASC', 'CVIS', 'CMGT',
  'OVIP', 'OTRA', 'OREP', 'OIIP', 'ODIP', 'OEXC',
]);

/** Organization tags. `EU` is a geo tag (see {@link tagKind}); `EUN` names the Union as an organization. */
export const ORGANIZATION_TAGS: ReadonlySet<string> = new Set([
  'UN', 'UNGA', 'UNSC', 'UNDP', 'UNHCR', 'UNHRC', 'UNESCO', 'UNICEF', 'UNEP', 'UNMIK',
  'OSCE', 'NATO', 'IAEA', 'OAS', 'WTO', 'IMF', 'IBRD', 'OECD', 'ASEAN', 'APEC', 'ECOWAS',
  'COE', 'EUN', 'OPCW', 'ICRC', 'IMO', 'ICAO', 'ILO', 'WHO', 'FAO', 'WMO', 'OPEC', 'INTERPOL',
  'MERCOSUR', 'SAARC', 'GCC', 'CIS', 'SCO', 'ICJ', 'ICC', 'ICTY',
  // Older cables: trade and treaty organizations of the 1960s-1990s.
  'GATT', 'UNCTAD', 'SEATO', 'CENTO', 'EEC', 'EC', 'OAU', 'CSCE', 'COCOM', 'IEA', 'UNRWA', 'UNIDO', 'WFP', 'IFAD',
]);

/** Geo tags that are not two-letter country codes. */
const GEO_TAGS: ReadonlySet<string> = new Set(['EU']);

// A program tag: `K` and three letters: `KPAO`, `KTIP`, `KNNP`.
const PROGRAM_TAG = /^K[A-Z]{3}$/;

// A geo tag: two letters: `KZ`, `UZ`, `RS`.
const GEO_CODE = /^[A-Z]{2}$/;

/**
 * Classify a TAGS value.
 *
 * - `person`: contains a comma or a parenthesised name (`OVIP (CLINTON, HILLARY)`, `CLINTON, HILLARY`);
 * - `organization`: one of the known organization tags (`UNGA`, `OSCE`, `UN`);
 * - `geo`: two letters (`KZ`) or `EU`;
 * - `subject`: one of the known subject tags (`PREL`, `ECON`);
 * - `program`: `K` + three letters (`KPAO`, `KTIP`);
 * - `unknown`: anything else.
 */
export function tagKind(tag: string): TagKind {
  const t = tag.trim().toUpperCase();
  if (t === '') return 'unknown';
  if (t.includes(',') || t.includes('(')) return 'person';
  if (ORGANIZATION_TAGS.has(t)) return 'organization';
  if (GEO_TAGS.has(t) || GEO_CODE.test(t)) return 'geo';
  if (SUBJECT_TAGS.has(t)) return 'subject';
  if (PROGRAM_TAG.test(t)) return 'program';
  return 'unknown';
}

// The keyword at the start of the field: `TAGS: ECON`, `TAGS ECON`, `TAG: ECON`, `TAG ECON`, `Tags: econ`.
const TAGS_KEYWORD = /^[ \t]*TAGS?(?![A-Z0-9])[ \t]{0,3}:?/i;
/** The keyword again right after it, with its colon: `TAGS: TAGS: PREL` (anchored, bounded). */
const REPEATED_TAGS_KEYWORD = /^[ \t]{0,3}TAGS?[ \t]{0,3}:/i;

// A field reflowed onto the TAGS line, or a following line: `SUBJECT: FOO`, `SUBJ: FOO`,
// `SUBJECT FOO` (upper case), `REF: STATE 1`, `REFTEL STATE 1`, `CLASSIFIED BY ...`, `E.O. 12958`.
const NEXT_FIELD =
  /(?:^|[\s,;])(?:SUBJ(?:ECT)?[ \t]?:|SUBJECT[ \t]|REF(?:S|TELS?|\(S\))?[ \t]?:|REFTELS?[ \t]|CLASSIFIED[ \t]BY|E\.[ \t]?O\.[ \t]?\d)/i;

/**
 * Agencies that open a distribution line with `FOR` or `PASS` (`DEPT FOR EAP/MLS`, `TREASURY PASS FRB`): the
 * list the preamble's distribution reader knows (its reflowed-entry rule is built from it).
 */
export const DISTRIBUTION_AGENCIES: readonly string[] = [
  'STATE', 'DEPT', 'DEPARTMENT', 'SECSTATE', 'USDOC', 'DOC', 'USDOE', 'DOE', 'DOD', 'DOL', 'DHS', 'TREASURY', 'USAID', 'USDA', 'INTERIOR', 'JUSTICE',
  'EPA', 'NSF', 'NSC', 'USTR', 'COMMERCE', 'ENERGY', 'LABOR', 'OPIC', 'USGS', 'SOUTHCOM',
  // The agencies and commands older cables pass to: `AID FOR AFR/EA`, `USIA FOR NEA/P`, `CINCPAC ALSO FOR POLAD`.
  'AID', 'USIA', 'USICA', 'ACDA', 'CINCPAC', 'USCINCPAC', 'CINCEUR', 'USCINCEUR', 'USCINCSO', 'USCINCCENT', 'CINCLANT', 'JCS', 'SECDEF',
];

const AGENCY_WORDS: ReadonlySet<string> = new Set(DISTRIBUTION_AGENCIES);

/** True for an ASCII upper-case letter, a digit, `/`, `&`, `-` or `_`: a character of an upper-case TAGS or addressee word. */
function isUpperWordCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 47 || c === 38 || c === 45 || c === 95;
}

/**
 * Where distribution text merged into a TAGS field starts, or -1. A source that lost the line break (and an
 * archive that lost the slashes and commas) ran a distribution line into the TAGS line:
 *
 *     TAGS: PM DEPT FOR EAP EAP MTS EAP MLS EAP RSP PM PPA      (`TAGS: PM` and `DEPT FOR EAP, EAP/MTS, ...`)
 *
 * The words `FOR` and `PASS` are never tags: the first one (upper case, outside parentheses) ends the tags, and
 * the addressee before it goes with it: an agency (`DEPT FOR`, `USDOC ALSO FOR`, `TREASURY PASS`), else a word
 * that is no known tag (`USUN FOR`); after a known tag (`PREL FOR ...`) the text from `FOR` on is cut. A leading
 * `TAGS:` keyword is passed over. On a wrapped line (after a line break, or the whole text when `wrapped`), words
 * before the addressee that are no known tag go with it, from the line's start:
 *
 *     TAGS: PREL, XX
 *     EYES ONLY FOR AMBASSADOR                                  (not a tag `EYES` and `ONLY FOR AMBASSADOR`)
 *
 * One pass over the text, a word at a time: linear.
 */
export function findDistributionInTags(text: string, wrapped = false): number {
  // Cheap pre-test: `FOR` or `PASS` in the text at all.
  if (text.indexOf('FOR') < 0 && text.indexOf('PASS') < 0) return -1;
  const keyword = TAGS_KEYWORD.exec(text);
  let i = keyword === null ? 0 : keyword[0].length;
  let depth = 0;
  // The two words before the current one, when only spaces stand between them and it (else -1), and their ends.
  let prev = -1;
  let prevEnd = -1;
  let prev2 = -1;
  let prev2End = -1;
  // Where the current wrapped line starts (-1 on the field's first line), and whether its words so far are all no known tag.
  let lineStart = wrapped ? 0 : -1;
  let lineUnknown = true;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isUpperWordCode(c)) {
      // A word opening in lower case (`pgov`, `xFOR`) is passed over whole.
      if (isAsciiLowerCode(c)) {
        let j = i + 1;
        while (j < text.length && (isUpperWordCode(text.charCodeAt(j)) || isAsciiLowerCode(text.charCodeAt(j)))) j++;
        prev = prev2 = -1;
        lineUnknown = false;
        i = j;
        continue;
      }
      if (c === 10 || c === 13) {
        lineStart = i + 1;
        lineUnknown = true;
      } else if (c !== 32 && c !== 9) lineUnknown = false;
      if (c === 40) depth++;
      else if (c === 41 && depth > 0) depth--;
      // A comma, semicolon or parenthesis parts the words: the word before is no addressee of the next.
      if (c !== 32 && c !== 9) prev = prev2 = -1;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isUpperWordCode(text.charCodeAt(j))) j++;
    // A word in lower or mixed case (`Forum`, `FORmat`) is no keyword and no addressee: passed over whole.
    if (j < text.length && isAsciiLowerCode(text.charCodeAt(j))) {
      while (j < text.length && (isUpperWordCode(text.charCodeAt(j)) || isAsciiLowerCode(text.charCodeAt(j)))) j++;
      prev = prev2 = -1;
      lineUnknown = false;
      i = j;
      continue;
    }
    const word = text.slice(i, j);
    if (depth === 0 && (word === 'FOR' || word === 'PASS')) {
      if (prev < 0) return i;
      const before = text.slice(prev, prevEnd);
      // `USDOC ALSO FOR 4332/USFCS`: the addressee before `ALSO`.
      const addressee = before === 'ALSO' && prev2 >= 0 ? text.slice(prev2, prev2End) : before;
      const at = addressee === before ? prev : prev2;
      // `EYES ONLY FOR AMBASSADOR` on a wrapped line: the line from its start.
      if (lineStart >= 0 && lineUnknown && lineStart < at) return lineStart;
      if (AGENCY_WORDS.has(addressee) || tagKind(addressee) === 'unknown') return at;
      return addressee === before ? i : prev;
    }
    if (tagKind(word) !== 'unknown') lineUnknown = false;
    prev2 = prev;
    prev2End = prevEnd;
    prev = i;
    prevEnd = j;
    i = j;
  }
  return -1;
}

/** A word or a separator of a TAGS line. */
interface TagToken {
  /** The word (upper case), or `','` for a comma/semicolon separator. */
  text: string;
}

/**
 * True for a character of a tag's word: an ASCII letter, digit, `-`, `/`, `&` or `_`; a Latin-1 or Latin Extended-A
 * letter, as a person tag written with the cable's accents has it (`CHÁVEZ, HUGO`: one tag, not `CH` and `VEZ`;
 * `BAYKAL, DENİZ`); or a character whose upper case reads as a letter run (`ß` -> `SS`).
 */
function isTagChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    // ASCII: a letter in either case, a digit, `-`, `/`, `&`, `_`.
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45 || code === 47 || code === 38 || code === 95;
  }
  // Latin-1 letters, `À`-`ÿ` without `×` and `÷`; Latin Extended-A's, of Turkish, Polish, Czech names (`DENİZ`, `ERDOĞAN`).
  if (code >= 0xc0 && code <= 0xff) return code !== 0xd7 && code !== 0xf7;
  if (code >= 0x100 && code <= 0x17f) return true;
  const c = ch.toUpperCase();
  return c >= 'A' && c <= 'Z';
}

/**
 * Acronyms of five letters or more written as tags, of treaties and organizations (`TAGS: PARM, KACT, START, JCIC`): never
 * a person's name.
 */
const LONG_ACRONYM_TAGS: ReadonlySet<string> = new Set(['START', 'ASEAN', 'NAFTA', 'ECOWAS', 'UNHCR', 'UNICEF', 'UNESCO', 'UNIFIL', 'MERCOSUR', 'INTERPOL', 'UNMIK']);

/** Most words of a person tag's given names after its comma (`MALIK, TARIQ MEHMOOD`). */
const MAX_GIVEN_NAMES = 3;

/** A word that looks like a TAGS code rather than part of a name: known, 2 letters, up to 4 letters, or a long acronym tag. */
function isCodeLike(word: string): boolean {
  return tagKind(word) !== 'unknown' || word.length <= 4 || LONG_ACRONYM_TAGS.has(word);
}

/**
 * Whether the commas of a TAGS line with several words between commas are its separators:
 * more commas stand between two codes (or after a parenthesised person) than between words
 * of which one is not a code, which is how a space-separated line writes a name
 * (`PREL, PGOV, GOI EXTERNAL, ISRAELI PALESTINIAN AFFAIRS`: two separators, one ambiguous;
 * `PREL PGOV CLINTON, HILLARY KZ`: one name comma). A tie keeps the space-separated reading.
 */
function commasSeparateCodes(tokens: readonly TagToken[]): boolean {
  let separators = 0;
  let names = 0;
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k]?.text !== ',') continue;
    const before = tokens[k - 1]?.text ?? ',';
    const after = tokens[k + 1]?.text ?? ',';
    if (before === ',' || after === ',') continue;
    if (before.includes('(') || (isCodeLike(before) && isCodeLike(after))) separators++;
    else names++;
  }
  return separators > names;
}

/**
 * Parse a TAGS field into its values, upper-cased, in order.
 *
 * `text` is the TAGS line (keyword `TAGS:`, `TAGS`, `TAG:`, `TAG` or none) and any lines it
 * wraps onto; the field ends at a blank line or at a following field (`SUBJECT:`, `REF:`,
 * `E.O.`, `CLASSIFIED BY`), also when reflowed onto the same line. Values are separated by
 * spaces, commas or semicolons. A parenthesised part stays with the value before it
 * (`OVIP (CLINTON, HILLARY)`), and in a space-separated line a comma joins a person's name
 * (`CLINTON, HILLARY`). A line is comma-separated when it has more commas than gaps between
 * words, or when most of its commas stand between codes (`PREL, PGOV, GOI EXTERNAL, ISRAELI
 * PALESTINIAN AFFAIRS`; see `commasSeparateCodes`). In a comma-separated line, a value of several words is kept whole
 * when one of its words is not code-like (`USEU BRUSSELS`), and two adjacent non-code
 * values with at least one longer than four letters are read as a name, the given names up to three words
 * (`PREL, CLINTON, HILLARY` -> `PREL`, `CLINTON, HILLARY`; `PK, MALIK, TARIQ MEHMOOD` -> `PK`, `MALIK, TARIQ MEHMOOD`).
 *
 * @example parseTags('TAGS: ECON PGOV SENV SOCI TSPL KPAO KZ') // ['ECON', 'PGOV', 'SENV', 'SOCI', 'TSPL', 'KPAO', 'KZ']
 */
export function parseTags(text: string): string[] {
  // Keep the field's own lines: up to the first blank line after some content.
  // Lines end with `\n` or `\r\n` (Windows files), or a lone `\r`.
  const lines = text.split(/\r\n|\r|\n/);
  let body = '';
  let first = true;
  for (const line of lines) {
    if (isBlank(line)) {
      if (first) continue;
      break;
    }
    // (`TAGS: TAGS: PREL, PGOV`: the keyword printed twice, as a template leaves it.)
    body += (first ? line.replace(TAGS_KEYWORD, '').replace(REPEATED_TAGS_KEYWORD, '') : line) + '\n';
    first = false;
  }
  const next = NEXT_FIELD.exec(body);
  if (next !== null) body = body.slice(0, next.index);
  // `TAGS: PM DEPT FOR EAP EAP MTS`: a distribution line run into the field ends the tags (`findDistributionInTags`).
  const distribution = findDistributionInTags(body);
  if (distribution >= 0) body = body.slice(0, distribution);

  // Tokenize: words, comma/semicolon separators, and parenthesised groups glued to the word before.
  const tokens: TagToken[] = [];
  let i = 0;
  while (i < body.length) {
    const ch = body.charAt(i);
    if (ch === '(') {
      // `OVIP (CLINTON, HILLARY)`: the group up to the matching `)` (or the end) joins the previous word.
      const close = body.indexOf(')', i + 1);
      const end = close === -1 ? body.length : close + 1;
      // `( CLINTON ,HILLARY )` -> `(CLINTON, HILLARY)`: whitespace collapsed, one space after the comma; a name wrapped
      // after its hyphen joins without one (`(GENSCHER, HANS-` / `DIETRICH)` -> `(GENSCHER, HANS-DIETRICH)`).
      const inner = body
        .slice(i + 1, close === -1 ? body.length : close)
        .replace(/-[ \t]*\r?\n\s*/g, '-')
        .replace(/\s+/g, ' ')
        .trim();
      const group = `(${inner.replace(/ ?, ?/g, ', ')})`.toUpperCase();
      const prev = tokens[tokens.length - 1];
      if (prev !== undefined && prev.text !== ',') prev.text += ` ${group}`;
      else tokens.push({ text: group });
      i = end;
      continue;
    }
    if (ch === ',' || ch === ';') {
      tokens.push({ text: ',' });
      i++;
      continue;
    }
    if (isTagChar(ch)) {
      let j = i;
      while (j < body.length && isTagChar(body.charAt(j))) j++;
      tokens.push({ text: body.slice(i, j).toUpperCase() });
      i = j;
      continue;
    }
    // Whitespace and stray punctuation (`\` left by some archives) separate values.
    i++;
  }

  // Items: runs of words between commas.
  const items: string[][] = [[]];
  let commas = 0;
  let spaceGaps = 0;
  for (const tok of tokens) {
    const current = items[items.length - 1];
    if (tok.text === ',') {
      commas++;
      if (current !== undefined && current.length > 0) items.push([]);
      continue;
    }
    if (current === undefined) continue;
    if (current.length > 0) spaceGaps++;
    current.push(tok.text);
  }
  const nonEmpty = items.filter((it) => it.length > 0);
  const tags: string[] = [];

  if (commas === 0 || (spaceGaps >= commas && !commasSeparateCodes(tokens))) {
    // Space-separated line; a comma here joins the words around it into a name.
    for (let k = 0; k < nonEmpty.length; k++) {
      const item = nonEmpty[k] ?? [];
      const nextItem = nonEmpty[k + 1];
      if (nextItem !== undefined && commas > 0 && item.length > 0) {
        const last = item[item.length - 1] ?? '';
        const firstNext = nextItem[0] ?? '';
        // `PREL PGOV CLINTON, HILLARY KZ`: `CLINTON, HILLARY` unless both sides are codes.
        if (!(isCodeLike(last) && isCodeLike(firstNext)) && !last.includes('(')) {
          for (let w = 0; w < item.length - 1; w++) tags.push(item[w] ?? '');
          tags.push(`${last}, ${firstNext}`);
          nextItem.shift();
          continue;
        }
      }
      for (const w of item) tags.push(w);
    }
  } else {
    // Comma-separated line.
    for (let k = 0; k < nonEmpty.length; k++) {
      const item = nonEmpty[k] ?? [];
      const nextItem = nonEmpty[k + 1];
      if (item.length === 0) continue;
      const only = item[0] ?? '';
      // (The given names may be two or three words: `MALIK, TARIQ MEHMOOD`.)
      if (
        item.length === 1 &&
        nextItem !== undefined &&
        nextItem.length <= MAX_GIVEN_NAMES &&
        !only.includes('(') &&
        tagKind(only) === 'unknown' &&
        // (One given name of any length not a code; two or three only when none could be a code: `ELECTIONS, GOI INTERNAL`
        // are two values.)
        (nextItem.length === 1
          ? tagKind(nextItem[0] ?? '') === 'unknown' && !LONG_ACRONYM_TAGS.has(nextItem[0] ?? '')
          : nextItem.every((w) => !isCodeLike(w) && !w.includes('('))) &&
        !LONG_ACRONYM_TAGS.has(only) &&
        (only.length > 4 || nextItem.some((w) => w.length > 4))
      ) {
        tags.push(`${only}, ${nextItem.join(' ')}`);
        k++;
        continue;
      }
      // (A loop, not `push(...item)`: a huge item must not overflow the call stack.)
      if (item.every(isCodeLike)) for (const w of item) tags.push(w);
      else tags.push(item.join(' '));
    }
  }
  return tags.filter((t) => t !== '');
}
