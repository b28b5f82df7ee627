/**
 * Creating diagnostics and the error thrown in strict mode.
 */

import type { Diagnostic, DiagnosticCode } from '../model/diagnostic.js';
import type { SourceLine } from '../text/source-line.js';
import { DIAGNOSTIC_CODES } from './codes.js';

/** Builds a diagnostic at `column` (0-based) of a source line. */
export function diagnosticAt(code: DiagnosticCode, message: string, line: SourceLine, column = 0): Diagnostic {
  return {
    code,
    severity: DIAGNOSTIC_CODES[code].severity,
    message,
    line: line.line,
    column: column + 1,
    offset: line.offset + column,
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
