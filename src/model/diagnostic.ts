/**
 * Diagnostics: problems and repairs reported as data, with stable codes and positions.
 */

/** How serious a diagnostic is. */
export type Severity = 'error' | 'warning' | 'info';

/** A point in the input text. `line` and `column` are 1-based; `offset` is a 0-based UTF-16 index. */
export interface Position {
  /** Line number, from 1; lines end at `\n`, `\r\n`, a lone `\r`, U+2028 or U+2029. */
  line: number;
  /** Column in the line, from 1, counted in UTF-16 code units. */
  column: number;
  /**
   * Offset from the start of the parsed text, from 0, in UTF-16 code units: `input.slice(offset)`
   * starts at the point. For a `cables.csv` row the text is the row's `header`, a blank line, and `content`.
   */
  offset: number;
}

/** Every diagnostic code the library emits. See `docs/diagnostics.md`. */
export type DiagnosticCode =
  | 'EMPTY_INPUT'
  | 'INPUT_TOO_LARGE'
  | 'FIELD_TOO_LONG'
  | 'NO_CABLE_FOUND'
  | 'INTERNAL_ERROR'
  | 'METADATA_INVALID'
  | 'REFERENCE_ID_INVALID'
  | 'REFERENCE_ID_MISMATCH'
  | 'HEADER_MISSING'
  | 'HEADER_LINE_UNRECOGNIZED'
  | 'DTG_INVALID'
  | 'MCN_INVALID'
  | 'CLASSIFICATION_MISSING'
  | 'TAGS_MISSING'
  | 'SUBJECT_MISSING'
  | 'EO_MISSING'
  | 'SIGNER_MISSING'
  | 'PAGE_MARKER_OUT_OF_ORDER'
  | 'ENTITY_DECODED'
  | 'LINE_BREAK_REPAIRED'
  | 'DOUBLE_SPACING_REMOVED'
  | 'LINE_END_BACKSLASHES_REMOVED'
  | 'TYPOGRAPHIC_QUOTES_REPLACED'
  | 'NO_BREAK_SPACES_REPLACED'
  | 'MARKDOWN_REMOVED'
  | 'PARAGRAPH_SIGNS_REMOVED'
  | 'DOUBLED_QUOTES_REPAIRED'
  | 'ZERO_WIDTH_REMOVED'
  | 'CONTROL_CHARACTERS_REMOVED'
  | 'MOJIBAKE_REPAIRED';

/** A problem found in, or a repair made to, the input. */
export interface Diagnostic extends Position {
  /** Stable identifier of the problem or repair, e.g. `'LINE_BREAK_REPAIRED'`; test this, not `message`. */
  code: DiagnosticCode;
  /**
   * Fixed per code (see `DIAGNOSTIC_CODES`): `'error'` for empty, too large or non-cable input, a missing
   * classification line or an internal failure (`strict` parsing throws on these); `'warning'` for damaged
   * or missing content; `'info'` for repairs made and parts often absent (routing header, E.O. line, signer).
   */
  severity: Severity;
  /** A human-readable sentence; wording may change between versions, the code does not. */
  message: string;
}
