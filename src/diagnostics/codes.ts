/**
 * The table of every diagnostic code: its severity and what it means. The docs page
 * `docs/diagnostics.md` lists the same table.
 */

import type { DiagnosticCode, Severity } from '../model/diagnostic.js';

/** What `DIAGNOSTIC_CODES` says of one code. */
export interface DiagnosticCodeInfo {
  /** The severity every diagnostic with this code has. */
  severity: Severity;
  /** What the code means, in one or two sentences (the text of docs/diagnostics.md). */
  description: string;
}

/** Severity and meaning of each diagnostic code. */
export const DIAGNOSTIC_CODES: Readonly<Record<DiagnosticCode, DiagnosticCodeInfo>> = {
  EMPTY_INPUT: { severity: 'error', description: 'The input holds no visible text.' },
  INPUT_TOO_LARGE: { severity: 'error', description: 'The input is longer than `maxInputLength`; only its beginning was parsed.' },
  FIELD_TOO_LONG: { severity: 'warning', description: 'A preamble field ran over `maxFieldLines` lines; it was cut there and the rest kept in `unparsed`.' },
  NO_CABLE_FOUND: { severity: 'error', description: 'No part of the input looks like a cable (no routing header, classification line or preamble field).' },
  INTERNAL_ERROR: { severity: 'error', description: 'A bug in cablekit stopped a stage; the fields it would have filled are empty. Please report it.' },
  METADATA_INVALID: { severity: 'warning', description: 'An archive metadata row could not be read.' },
  REFERENCE_ID_INVALID: { severity: 'warning', description: 'A reference id is not `YY` + station + serial and could not be repaired.' },
  REFERENCE_ID_MISMATCH: { severity: 'warning', description: 'The reference id built from the cable text differs from the archive metadata.' },
  HEADER_MISSING: { severity: 'info', description: 'The cable has no routing header (common for archive copies).' },
  HEADER_LINE_UNRECOGNIZED: { severity: 'warning', description: 'A line inside the routing header is not a known header line.' },
  DTG_INVALID: { severity: 'warning', description: 'A date-time group does not name a valid date and time.' },
  MCN_INVALID: { severity: 'warning', description: 'An addressee line ends in a message control number that is not all digits (kept as written).' },
  CLASSIFICATION_MISSING: { severity: 'error', description: 'No classification line was found.' },
  TAGS_MISSING: { severity: 'warning', description: 'The preamble has no TAGS line.' },
  SUBJECT_MISSING: { severity: 'warning', description: 'The preamble has no SUBJECT line.' },
  EO_MISSING: { severity: 'info', description: 'The preamble has no E.O. line.' },
  SIGNER_MISSING: { severity: 'info', description: 'No signer line was found at the end of the cable.' },
  PAGE_MARKER_OUT_OF_ORDER: { severity: 'warning', description: 'Page markers are not numbered 1, 2, 3, ... or disagree on the page count.' },
  ENTITY_DECODED: { severity: 'info', description: 'An HTML entity left by scraping (such as `&#x000A;`, possibly split over two lines) was decoded.' },
  LINE_BREAK_REPAIRED: { severity: 'info', description: 'A line break inserted by scraping (a line without the trailing space all others have) was removed.' },
  DOUBLE_SPACING_REMOVED: { severity: 'info', description: 'The text was double-spaced (every line followed by a blank line); the extra blank lines were removed.' },
  LINE_END_BACKSLASHES_REMOVED: { severity: 'info', description: 'Backslashes an archive put at the end of every line (`Brazil and others now need to do the same. \\`) were removed.' },
  TYPOGRAPHIC_QUOTES_REPLACED: { severity: 'info', description: 'Typographic quotes added by an archive were replaced with ASCII quotes.' },
  MARKDOWN_REMOVED: { severity: 'info', description: 'Markdown a copy added through a notes app or an editor (`## ` heading marks, `**` bold marks, `1\\.` escapes at line starts, `> ` quote prefixes) was removed, one character for one; one for the text, at the first line changed.' },
  NO_BREAK_SPACES_REPLACED: { severity: 'info', description: 'No-break spaces a copy put for spaces (U+00A0, U+2007, U+202F, as a word processor or a web page writes them) were replaced with spaces; one for the text, at the first.' },
  DOUBLED_QUOTES_REPAIRED: { severity: 'info', description: 'Quotes a CSV export doubled (`""unprecedented""`) were undoubled; the text showed at least two.' },
  PARAGRAPH_SIGNS_REMOVED: { severity: 'info', description: 'The `¶` signs a WikiLeaks page puts before paragraph numbers (its paragraph links: `¶2. (C)`, `see Ref ¶B.`) were removed from text copied from the page.' },
  MOJIBAKE_REPAIRED: { severity: 'info', description: 'UTF-8 text read as Windows-1252 by a copy (`ABIDJANâ€™S`, `CÃ´te`) was decoded back (`ABIDJAN’S`, `Côte`); one per line that had it.' },
  ZERO_WIDTH_REMOVED: {
    severity: 'info',
    description: 'Characters a copy left in the text that show nothing, zero-width characters from the web (U+200B, U+200C, U+200D, U+2060), soft hyphens (U+00AD) and a byte order mark inside a line (U+FEFF, where two files were joined), were removed; one per line that had them.',
  },
  CONTROL_CHARACTERS_REMOVED: {
    severity: 'info',
    description: 'Control characters no cable text holds (NUL padding, a DOS end-of-file U+001A, the other C0 controls and DEL; not tab, line ends, vertical tab or form feed) were removed; one per line that had them.',
  },
};
