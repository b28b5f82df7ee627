/**
 * Empty values of the model, shared by the pipeline and the format readers.
 */

import type { Cable, CableSpans } from './model/cable.js';
import type { Diagnostic } from './model/diagnostic.js';
import { emptyPreamble } from './preamble/preamble.js';

/**
 * Spans with every field absent. Written out key by key (in the order the JSON output
 * shows them), not spread from the header's and preamble's empty spans: this runs once
 * per cable and object spreads are slow.
 */
export function emptySpans(): CableSpans {
  return {
    header: null,
    transmissionId: null,
    relay: null,
    originator: null,
    security: null,
    dtg: null,
    from: null,
    to: [],
    info: [],
    transmission: [],
    classification: null,
    handling: [],
    distribution: [],
    executiveOrder: null,
    tags: null,
    subject: null,
    references: [],
    classifiedBy: null,
    metadata: null,
    wrapper: [],
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
