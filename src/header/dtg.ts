/**
 * Date-time groups: `260805Z FEB 10` (day, hour, minute, zone letter, month, year).
 */

import type { DateTimeGroup } from '../model/cable.js';

/** Precedence letters and what they stand for. */
export const PRECEDENCE_LETTERS: Readonly<Record<string, string>> = Object.freeze({
  Z: 'FLASH',
  O: 'IMMEDIATE',
  P: 'PRIORITY',
  R: 'ROUTINE',
  Y: 'EMERGENCY',
});

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/**
 * An optional precedence letter (or two), the DTG, and an optional suffix.
 * Examples: `O 260805Z FEB 10`, `P R 281848Z DEC 66`, `O 201115Z NOV 09 ZDK TO ALL`, `260805Z FEB 10`.
 * A digit of the day and time garbled into a letter (`O 21O915Z NOV 79`: `O` for `0`, also `I`, `l`) is read too: the
 * group is then invalid (`datetime` null), its precedence and year still known.
 */
const DTG_LINE = /^\s*(?:([ZOPRY])\s+(?:([ZOPRY])\s+)?)?([\dOIl]{2})([\dOIl]{2})([\dOIl]{2})\s?([A-Z])\s+([A-Za-z]{3})\s+(\d{2}|\d{4})(?:\s+(\S(?:.*\S)?))?\s*$/;

/** A digit of a DTG's day and time garbled into a letter: `21O915Z`. */
const GARBLED_DIGIT = /[OIl]/;

/** Expands a two-digit year using a four-digit context year (the closest century), or 19xx/20xx at 50. */
export function expandYear(yy: number, contextYear?: number): number {
  if (contextYear !== undefined && Number.isInteger(contextYear) && contextYear >= 1000) {
    const century = Math.floor(contextYear / 100) * 100;
    let year = century + yy;
    if (year - contextYear > 50) year -= 100;
    else if (contextYear - year > 50) year += 100;
    return year;
  }
  return yy >= 50 ? 1900 + yy : 2000 + yy;
}

/** Days in a month of a year. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/**
 * Parses a date-time group, optionally preceded by a precedence letter.
 * `context.year` (four digits) picks the century for the two-digit year.
 * Returns `null` when the text is not a DTG line; `datetime` is `null` when the DTG
 * names an impossible time.
 *
 * @example parseDtg('O 260805Z FEB 10') // { precedence: 'IMMEDIATE', datetime: '2010-02-26T08:05:00Z', text: '260805Z FEB 10', suffix: null }
 */
export function parseDtg(text: string, context?: { year?: number }): DateTimeGroup | null {
  if (typeof text !== 'string') throw new TypeError('parseDtg: text must be a string');
  const m = DTG_LINE.exec(text.length > 200 ? text.slice(0, 200) : text);
  if (m === null) return null;
  const [, p1, , dd, hh, mi, zone, mon, yr, suffix] = m;
  const day = Number(dd);
  const hour = Number(hh);
  const minute = Number(mi);
  const month = MONTHS.indexOf((mon ?? '').toUpperCase());
  const year = (yr ?? '').length === 4 ? Number(yr) : expandYear(Number(yr), context?.year);
  let datetime: string | null = null;
  const garbled = GARBLED_DIGIT.test(`${dd}${hh}${mi}`);
  if (!garbled && zone === 'Z' && month >= 0 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59) {
    const pad = (n: number): string => String(n).padStart(2, '0');
    datetime = `${String(year).padStart(4, '0')}-${pad(month + 1)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00Z`;
  }
  return {
    precedence: p1 !== undefined ? (PRECEDENCE_LETTERS[p1] ?? null) : null,
    datetime,
    text: `${dd}${hh}${mi}${zone} ${(mon ?? '').toUpperCase()} ${yr}`,
    suffix: suffix ?? null,
  };
}
