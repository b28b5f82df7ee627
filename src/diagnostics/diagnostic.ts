/**
 * Creating diagnostics and the error thrown in strict mode.
 */

import type { Diagnostic, DiagnosticCode } from '../model/diagnostic.js';
import type { SourceLine } from '../text/source-line.js';
import { DIAGNOSTIC_CODES } from './codes.js';

/**
 * Builds a diagnostic at `column` (0-based) of a source line's text. Its offset is the line's
 * offset plus `column`, at most the line's end; at or past the text's end it is the line's end
 * (where a decoded line's text is shorter than its input: `&amp;` is one character). Its
 * column is counted from the start of the input's line (`SourceLine.lineStart`), so
 * `lineColumn(input, offset)` gives the same line and column.
 */
export function diagnosticAt(code: DiagnosticCode, message: string, line: SourceLine, column = 0): Diagnostic {
  const end = Math.max(line.offset, line.end);
  const offset = column >= line.text.length ? end : Math.min(line.offset + Math.max(0, column), end);
  return {
    code,
    severity: DIAGNOSTIC_CODES[code].severity,
    message,
    line: line.line,
    column: offset - (line.lineStart ?? line.offset) + 1,
    offset,
  };
}

/** Builds a diagnostic at the start of the input (or of a fragment without lines). */
export function diagnosticAtStart(code: DiagnosticCode, message: string): Diagnostic {
  return { code, severity: DIAGNOSTIC_CODES[code].severity, message, line: 1, column: 1, offset: 0 };
}

/** Thrown by `parseCable`/`parseCables` in strict mode when error diagnostics were produced. */
export class CableParseError extends Error {
  /** The error diagnostics that caused the throw. */
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const first = diagnostics[0];
    super(
      first
        ? `${first.code} at line ${first.line}, column ${first.column}: ${first.message}` +
            (diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more)` : '')
        : 'cable could not be parsed',
    );
    this.name = 'CableParseError';
    this.diagnostics = diagnostics;
  }
}
