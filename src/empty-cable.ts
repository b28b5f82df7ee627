/**
 * Empty values of the model, shared by the pipeline and the format readers.
 */

import type { Cable, CableSpans } from './model/cable.js';
import type { Diagnostic } from './model/diagnostic.js';
import { emptyHeaderSpans } from './header/routing-header.js';
import { emptyPreamble, emptyPreambleSpans } from './preamble/preamble.js';

/**
 * Spans with every field absent: the header's and the preamble's parts, and the rest.
 * Only for cables with nothing in them (`parseCableLines` builds its spans key by key,
 * in this order, without spreads).
 */
export function emptySpans(): CableSpans {
  return {
    ...emptyHeaderSpans(),
    ...emptyPreambleSpans(),
    metadata: null,
    wrapper: [],
    transmission: [],
    paragraphs: [],
    summary: null,
    signer: null,
    pages: [],
  };
}

/** A cable with every field empty, carrying `diagnostics` (for input that holds nothing). */
export function emptyCable(diagnostics: Diagnostic[]): Cable {
  return {
    referenceId: null,
    metadata: null,
    header: null,
    ...emptyPreamble(),
    paragraphs: [],
    summary: null,
    comments: [],
    notes: [],
    signer: null,
    pages: [],
    body: '',
    diagnostics,
    spans: emptySpans(),
    unparsed: [],
  };
}
