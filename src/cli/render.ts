/**
 * What the CLI keeps of parsed cables, rendered in batches (one batch per worker task):
 * for `parse` the output text of the batch (JSON of each cable, fields selected, indented
 * or not, as NDJSON lines or array elements), for `check` the few facts the report
 * counts; and how many cables had error or warning diagnostics, for the exit code. The
 * same in-process and in the workers; a batch is plain data that crosses `postMessage`
 * as one string and a small list, not as cable objects.
 */

import { parseCable, type Cable } from '../index.js';
import { checkFacts, type CheckFacts } from './check-report.js';

/** How cables are rendered. Plain data: it is sent to the workers. */
export interface RenderOptions {
  /** `json`: the cables' JSON text (`parse`); `check`: the facts `check` counts. */
  mode: 'json' | 'check';
  /** Top-level fields to keep, in order; `null` for all. */
  fields: Array<keyof Cable> | null;
  /** Indent the JSON by two spaces. */
  pretty: boolean;
  /** One JSON document per line (NDJSON) instead of one JSON value. */
  ndjson: boolean;
}

/** Worst diagnostic severity: 0 none or info, 1 warning, 2 error. */
export type SeverityRank = 0 | 1 | 2;

/** Rendered cables, in order. */
export interface RenderedBatch {
  /**
   * Mode `json`: NDJSON lines (each ending in `\n`), or array elements joined by the
   * array separator (`,` or `,\n  ` when pretty, elements indented one level); `''` for
   * mode `check`. `JsonOutput.addBatch` writes it. The workers send it as UTF-8 bytes
   * (transferred, not copied).
   */
  text: string | Uint8Array;
  /** How many cables the batch holds. */
  count: number;
  /** Mode `check`: each cable's facts; empty for mode `json`. */
  facts: CheckFacts[];
  /** Cables with an error diagnostic. */
  errors: number;
  /** Cables with a warning diagnostic and no error. */
  warnings: number;
}

/** The top-level fields of a `Cable`, in the library's order (read off an empty cable). */
export function cableFields(): Array<keyof Cable> {
  return Object.keys(parseCable('')) as Array<keyof Cable>;
}

/** The worst severity among the cable's diagnostics. */
function severityOf(cable: Cable): SeverityRank {
  let worst: SeverityRank = 0;
  for (const d of cable.diagnostics) {
    if (d.severity === 'error') return 2;
    if (d.severity === 'warning') worst = 1;
  }
  return worst;
}

/** The separator between array elements. */
export function arraySeparator(pretty: boolean): string {
  return pretty ? ',\n  ' : ',';
}

/** The JSON text of one cable (fields selected, indented when pretty). */
function cableJson(cable: Cable, options: RenderOptions): string {
  let value: unknown = cable;
  if (options.fields !== null) {
    const picked: Record<string, unknown> = {};
    for (const f of options.fields) picked[f] = cable[f];
    value = picked;
  }
  return JSON.stringify(value, null, options.pretty ? 2 : undefined);
}

/** Collects rendered cables into batches. */
export class BatchRenderer {
  private pieces: string[] = [];
  private facts: CheckFacts[] = [];
  private errors = 0;
  private warnings = 0;

  constructor(private readonly options: RenderOptions) {}

  /** Cables added since the last `take`. */
  get count(): number {
    return this.options.mode === 'check' ? this.facts.length : this.pieces.length;
  }

  /** Renders one cable into the batch. */
  add(cable: Cable): void {
    const severity = severityOf(cable);
    if (severity === 2) this.errors++;
    else if (severity === 1) this.warnings++;
    if (this.options.mode === 'check') {
      this.facts.push(checkFacts(cable));
      return;
    }
    const json = cableJson(cable, this.options);
    // As an array element the JSON is indented one level more when pretty (JSON strings hold no raw newline).
    this.pieces.push(this.options.ndjson ? `${json}\n` : this.options.pretty ? json.replaceAll('\n', '\n  ') : json);
  }

  /** The batch so far; starts a new one. */
  take(): RenderedBatch {
    const text = this.options.ndjson ? this.pieces.join('') : this.pieces.join(arraySeparator(this.options.pretty));
    const batch: RenderedBatch = { text, count: this.count, facts: this.facts, errors: this.errors, warnings: this.warnings };
    this.pieces = [];
    this.facts = [];
    this.errors = 0;
    this.warnings = 0;
    return batch;
  }
}
