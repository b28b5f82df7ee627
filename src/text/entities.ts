/**
 * HTML entities left in cable text by scraping. Decoded only from a fixed table and
 * numeric references; nothing is evaluated.
 */

/** Named entities we decode. Anything else is left as written. */
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map(Object.entries({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  // The dashes as their numeric references give them (`&#8212;`: `\u2014`), so a page gives the same text whichever way
  // it wrote them.
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: "'",
  rsquo: "'",
  ldquo: '"',
  rdquo: '"',
  para: '\u00b6',
  // Other letters, quotes and signs of Latin-1 and Windows-1252 in names and quotes in other languages
  // (`&laquo;una resa dello Stato&raquo;`, `Stra&szlig;e`, `&iquest;Qu&eacute;?`, `50&deg;`, `&euro;5 million`).
  laquo: '\u00ab',
  raquo: '\u00bb',
  bdquo: '\u201e',
  sbquo: '\u201a',
  lsaquo: '\u2039',
  rsaquo: '\u203a',
  szlig: '\u00df',
  iexcl: '\u00a1',
  iquest: '\u00bf',
  aring: '\u00e5',
  Aring: '\u00c5',
  oslash: '\u00f8',
  Oslash: '\u00d8',
  aelig: '\u00e6',
  AElig: '\u00c6',
  oelig: '\u0153',
  OElig: '\u0152',
  yuml: '\u00ff',
  eth: '\u00f0',
  ETH: '\u00d0',
  thorn: '\u00fe',
  THORN: '\u00de',
  hellip: '\u2026',
  euro: '\u20ac',
  pound: '\u00a3',
  yen: '\u00a5',
  cent: '\u00a2',
  deg: '\u00b0',
  middot: '\u00b7',
  bull: '\u2022',
  sect: '\u00a7',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  plusmn: '\u00b1',
  times: '\u00d7',
  divide: '\u00f7',
  micro: '\u00b5',
  ordm: '\u00ba',
  ordf: '\u00aa',
  // The rest of Latin-1's signs and HTML 4's letters outside it (`Ko&scaron;tunica`, `&Scaron;E&Scaron;ELJ`, `1&frac12;`,
  // `5&permil;`, `m&sup2;`, a stray `&lrm;` mark dropped; a soft hyphen is the repairs' to remove, after the mojibake
  // repair has read it: `Mar&Atilde;&shy;a` is `María`).
  Scaron: '\u0160',
  scaron: '\u0161',
  Yuml: '\u0178',
  fnof: '\u0192',
  sup1: '\u00b9',
  sup2: '\u00b2',
  sup3: '\u00b3',
  frac14: '\u00bc',
  frac12: '\u00bd',
  frac34: '\u00be',
  permil: '\u2030',
  curren: '\u00a4',
  brvbar: '\u00a6',
  not: '\u00ac',
  macr: '\u00af',
  acute: '\u00b4',
  cedil: '\u00b8',
  uml: '\u00a8',
  shy: '\u00ad',
  lrm: '',
  rlm: '',
  zwnj: '',
  zwj: '',
  dagger: '\u2020',
  Dagger: '\u2021',
  prime: '\u2032',
  Prime: '\u2033',
  minus: '-',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  // Latin-1 letters of names and quotes in other languages (`SAN JOS&Eacute;`, `CARRI&Oacute;N`, `PE&Ntilde;A`).
  ...latinLetters(),
}));

/** `Aacute` -> `Á` ... for the accented letters of Latin-1: acute, grave, circumflex, diaeresis, tilde, cedilla. */
function latinLetters(): Record<string, string> {
  const out: Record<string, string> = {};
  const marks: ReadonlyArray<readonly [string, string, string]> = [
    // [entity suffix, base letters, their accented forms in upper case then lower case]
    ['acute', 'AEIOUY', '\u00c1\u00c9\u00cd\u00d3\u00da\u00dd\u00e1\u00e9\u00ed\u00f3\u00fa\u00fd'],
    ['grave', 'AEIOU', '\u00c0\u00c8\u00cc\u00d2\u00d9\u00e0\u00e8\u00ec\u00f2\u00f9'],
    ['circ', 'AEIOU', '\u00c2\u00ca\u00ce\u00d4\u00db\u00e2\u00ea\u00ee\u00f4\u00fb'],
    ['uml', 'AEIOU', '\u00c4\u00cb\u00cf\u00d6\u00dc\u00e4\u00eb\u00ef\u00f6\u00fc'],
    ['tilde', 'ANO', '\u00c3\u00d1\u00d5\u00e3\u00f1\u00f5'],
    ['cedil', 'C', '\u00c7\u00e7'],
  ];
  for (const [suffix, letters, forms] of marks) {
    for (let k = 0; k < letters.length; k++) {
      const upper = letters.charAt(k);
      out[`${upper}${suffix}`] = forms.charAt(k);
      out[`${upper.toLowerCase()}${suffix}`] = forms.charAt(k + letters.length);
    }
  }
  return out;
}

/**
 * One entity: `&#x000A;`, `&#10;`, `&amp;`, `&frac12;` (a name may hold digits), or one escaped twice, its `&` written
 * `&amp;` (`&amp;quot;`, `&amp;#8220;`: a text that held entities, escaped again by a page; group 1). Bounded repetitions
 * keep it linear. Example: `DELIVERY &#x000A;` -> `DELIVERY \n`. The source is shared with a sticky copy reading one
 * entity at a position (`src/text/wikileaks-html.ts`); `decodeEntityMatch` reads a match of either.
 */
export const ENTITY_SOURCE = '&(amp;)?(?:#[xX]([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,7}));';
const ENTITY = new RegExp(ENTITY_SOURCE, 'g');

/**
 * The value of a match of `ENTITY_SOURCE`: the entity's character (also for one escaped twice: `&amp;quot;` -> `"`; no
 * cable's own text holds an entity, only a scraped copy's), `&` and the rest as written when only the `&amp;` before
 * it is known (`&amp;bogus;` -> `&bogus;`), or `null` when none is known.
 */
export function decodeEntityMatch(m: ArrayLike<string | undefined>): string | null {
  const value = decodeEntity(m[2], m[3], m[4]);
  if (value !== null) return value;
  return m[1] !== undefined ? `&${(m[0] ?? '').slice(5)}` : null;
}

/**
 * Decodes one entity from the groups of a match of the entity shape (hex digits,
 * decimal digits or name), or returns `null` when it is not one we know.
 * Example: `decodeEntity('000A', undefined, undefined)` -> `'\n'`.
 */
export function decodeEntity(hex: string | undefined, dec: string | undefined, name: string | undefined): string | null {
  if (name !== undefined) return NAMED_ENTITIES.get(name) ?? null;
  const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec ?? '', 10);
  if (!Number.isFinite(code) || code < 1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  // `&#150;`: pages written in Windows-1252 number its characters by their byte; HTML reads 0x80-0x9F so.
  if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252.get(code) ?? String.fromCodePoint(code);
  return String.fromCodePoint(code);
}

/**
 * The characters Windows-1252 puts at 0x80-0x9F, which HTML reads a numeric reference there as (`&#150;` is `–`,
 * `&#146;` is `’`, `&#128;` is `€`); the five codes it leaves undefined stay as they are. The mojibake repair reads the
 * same table backwards (`repair.ts`).
 */
export const WINDOWS_1252: ReadonlyMap<number, string> = new Map([
  [0x80, '\u20ac'], [0x82, '\u201a'], [0x83, '\u0192'], [0x84, '\u201e'], [0x85, '\u2026'], [0x86, '\u2020'], [0x87, '\u2021'],
  [0x88, '\u02c6'], [0x89, '\u2030'], [0x8a, '\u0160'], [0x8b, '\u2039'], [0x8c, '\u0152'], [0x8e, '\u017d'], [0x91, '\u2018'],
  [0x92, '\u2019'], [0x93, '\u201c'], [0x94, '\u201d'], [0x95, '\u2022'], [0x96, '\u2013'], [0x97, '\u2014'], [0x98, '\u02dc'],
  [0x99, '\u2122'], [0x9a, '\u0161'], [0x9b, '\u203a'], [0x9c, '\u0153'], [0x9e, '\u017e'], [0x9f, '\u0178'],
]);

/** True when `text` contains something that looks like an entity we decode. */
export function hasEntity(text: string): boolean {
  ENTITY.lastIndex = 0;
  return ENTITY.test(text);
}

/**
 * Decodes the known entities in `text`. Returns the decoded text and, for each
 * character of the result, nothing more: callers that need positions use `decodeEntitiesMapped`.
 */
export function decodeEntities(text: string): string {
  // Most table cells and attribute values have no `&` at all.
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (...m: string[]) => decodeEntityMatch(m) ?? (m[0] as string));
}

/**
 * Decodes entities and reports, for every piece of output, the index in `text` it came
 * from, so positions can be mapped back. Returns the decoded string and a sorted list of
 * `[outputIndex, inputIndex]` anchors (one at 0 and one after each decoded entity).
 */
export function decodeEntitiesMapped(text: string): { text: string; anchors: Array<[number, number]>; decoded: number[] } {
  const anchors: Array<[number, number]> = [[0, 0]];
  const decoded: number[] = [];
  let out = '';
  let last = 0;
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(text); m !== null; m = ENTITY.exec(text)) {
    const value = decodeEntityMatch(m);
    if (value === null) continue;
    out += text.slice(last, m.index);
    decoded.push(m.index);
    out += value;
    last = m.index + m[0].length;
    anchors.push([out.length, last]);
  }
  out += text.slice(last);
  return { text: out, anchors, decoded };
}

/**
 * The start of an entity cut off at the end of a line: `&`, `&#`, `&#x000`.
 * Example: `... SERVICE DELIVERY &#x000` followed by the line `A;`.
 */
export const ENTITY_HEAD_AT_END = /&#?[xX]?[0-9A-Za-z]{0,7}$/;

/**
 * The rest of a cut entity at the start of the next line: `A;`, `#x000A;`.
 */
export const ENTITY_TAIL_AT_START = /^#?[xX]?[0-9A-Za-z]{0,7};/;

/** True when `head + tail` is exactly one entity we decode. */
export function isSplitEntity(head: string, tail: string): boolean {
  const whole = head + tail;
  const m = /^&(?:#[xX]([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,7}));$/.exec(whole);
  return m !== null && decodeEntity(m[1], m[2], m[3]) !== null;
}
