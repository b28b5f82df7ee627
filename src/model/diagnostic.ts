/**
 * Diagnostics: problems and repairs reported as data, with stable codes and positions.
 */

/** How serious a diagnostic is. */
export type Severity = 'error' | 'warning' | 'info';

/** A point in the input text. `line` and `column` are 1-based; `offset` is a 0-based UTF-16 index. */
export interface Position {
  line: number;
  column: number;
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
  | 'TYPOGRAPHIC_QUOTES_REPLACED';

/** A problem found in, or a repair made to, the input. */
export interface Diagnostic extends Position {
  code: DiagnosticCode;
  severity: Severity;
  /** A human-readable sentence; wording may change between versions, the code does not. */
  message: string;
}
