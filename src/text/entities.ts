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
  ndash: '-',
  mdash: '--',
  lsquo: "'",
  rsquo: "'",
  ldquo: '"',
  rdquo: '"',
  para: '\u00b6',
}));

/**
 * One entity: `&#x000A;`, `&#10;`, `&amp;`. Bounded repetitions keep it linear.
 * Example: `DELIVERY &#x000A;` -> `DELIVERY \n`.
 */
const ENTITY = /&(?:#[xX]([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|([A-Za-z]{2,8}));/g;

/**
 * Decodes one entity from the groups of a match of the entity shape (hex digits,
 * decimal digits or name), or returns `null` when it is not one we know.
 * Example: `decodeEntity('000A', undefined, undefined)` -> `'\n'`.
 */
export function decodeEntity(hex: string | undefined, dec: string | undefined, name: string | undefined): string | null {
  if (name !== undefined) return NAMED_ENTITIES.get(name) ?? null;
  const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec ?? '', 10);
  if (!Number.isFinite(code) || code < 1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

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
  return text.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => decodeEntity(hex, dec, name) ?? whole);
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
    const value = decodeEntity(m[1], m[2], m[3]);
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
  const m = /^&(?:#[xX]([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|([A-Za-z]{2,8}));$/.exec(whole);
  return m !== null && decodeEntity(m[1], m[2], m[3]) !== null;
}
