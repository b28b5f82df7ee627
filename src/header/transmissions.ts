/**
 * Several cables in one plain text: where a transmission starts another cable rather than the next section of the
 * same one (docs/cable-format.md section 2, joined sections).
 */

import { bannerKind, FULL_BANNER, parseClassificationLine } from '../preamble/classification.js';
import { collapseWhitespace, isBlank, trimEnd, type SourceLine } from '../text/source-line.js';
import { isTransmissionIdLine } from './routing-header.js';

/** How many lines after a transmission id its banner may stand (a header with a long INFO list: about 30). */
const BANNER_REACH = 80;

/** The cable a transmission carries, read off its banner: `UNCLAS SECTION 01 OF 02 PARIS 000219`. */
interface Carried {
  /** Post and serial without leading zeros: `PARIS 219`. */
  cable: string;
  /** The section number, or `null` for a cable sent whole. */
  section: number | null;
  /** The banner's line. */
  line: number;
}

/**
 * The banner after the transmission id at `from` (the first full banner before the next transmission id, within
 * `BANNER_REACH` lines; from -1: the text's first banner before any transmission id), read as the cable it carries,
 * or `null` (no banner, or one without post and serial).
 */
function carriedAt(lines: readonly SourceLine[], from: number): Carried | null {
  for (let i = from + 1; i < lines.length && i <= from + BANNER_REACH; i++) {
    const text = (lines[i] as SourceLine).text;
    if (isTransmissionIdLine(text)) return null;
    if (bannerKind(text) !== FULL_BANNER) continue;
    const banner = parseClassificationLine(text);
    if (banner === null || banner.post === null || banner.serial === null) return null;
    const serial = banner.serial.replace(/^0+(?=\d)/, '');
    return { cable: `${collapseWhitespace(banner.post)} ${serial}`, section: banner.section?.number ?? null, line: i };
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

/** How many lines of text a banner before the first transmission id needs under it to be a cable of its own. */
const LEAD_TEXT_LINES = 3;

/** True when `LEAD_TEXT_LINES` non-blank lines stand between the banner at `line` and the next transmission id. */
function hasTextUnder(lines: readonly SourceLine[], line: number): boolean {
  let count = 0;
  for (let i = line + 1; i < lines.length && count < LEAD_TEXT_LINES; i++) {
    const text = (lines[i] as SourceLine).text;
    if (isTransmissionIdLine(text)) return false;
    if (!isBlank(text)) count++;
  }
  return count >= LEAD_TEXT_LINES;
}

/**
 * Splits a plain text into the cables it holds, as line ranges `[start, end)`: one range for one cable. Sections of a
 * cable joined in one copy each open with their own transmission (`VZCZC...`, the routing header, the section's
 * banner) and stay one cable. A transmission opens another cable when its banner names another cable, or the same
 * cable's section again (a copy pasted twice; a cable sent whole, pasted twice):
 *
 *     VZCZCXRO3312                                    <- a cable: PARIS 219, section 1
 *     ...
 *     UNCLAS SECTION 01 OF 02 PARIS 000219
 *     ...
 *     VZCZCXRO3318                                    <- the same cable: section 2
 *     ...
 *     UNCLAS SECTION 02 OF 02 PARIS 000219
 *     ...
 *     VZCZCXRO3312                                    <- another cable: section 1 again
 *
 * The same cable again splits only after a text with a numbered paragraph, not cut short (`endsUncut`): an archive's
 * excerpt of the preamble before the whole copy is one cable with it. A transmission whose banner cannot be read stays
 * with the cable before it. Texts without `VZCZC`, or with one
 * and no banner before it, are passed over after a native search. Linear: each transmission reads at most `BANNER_REACH` lines.
 */
export function splitJoinedCables(text: string, lines: readonly SourceLine[]): Array<[number, number]> {
  const whole: Array<[number, number]> = [[0, lines.length]];
  const first = text.indexOf('VZCZC');
  if (first < 0) return whole;
  // A cable before the first transmission id, without a header of its own: its banner, with text under it (a banner
  // printed right over the header, `UNCLAS PARIS 000219` / `VZCZCXRO3312`, is the same cable's).
  const banner = carriedAt(lines, -1);
  const lead = banner !== null && hasTextUnder(lines, banner.line) ? banner : null;
  if (lead === null && text.indexOf('VZCZC', first + 5) < 0) return whole;
  const out: Array<[number, number]> = [];
  let start = 0;
  let current: string | null = lead?.cable ?? null;
  let sections = new Set<number | null>(lead === null ? [] : [lead.section]);
  // Whether a numbered paragraph stands in the lines since `start` (the text of a cable, not a copy of its preamble).
  let numbered = false;
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as SourceLine).text;
    if (!isTransmissionIdLine(text)) {
      numbered ||= NUMBERED_LINE.test(text);
      continue;
    }
    const carried = carriedAt(lines, i);
    if (carried === null) continue;
    const repeated = carried.cable === current && (sections.has(carried.section) || carried.section === null || sections.has(null));
    if (current !== null && (carried.cable !== current || (repeated && numbered && endsUncut(lines, start, i)))) {
      out.push([start, i]);
      start = i;
      sections = new Set<number | null>();
      numbered = false;
    }
    current = carried.cable;
    sections.add(carried.section);
  }
  out.push([start, lines.length]);
  return out;
}
