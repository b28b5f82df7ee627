/**
 * What the CLI keeps of each parsed cable: for `parse` its JSON text (fields selected,
 * indented or not), for `check` the cable without its bulky text; and the worst
 * diagnostic severity, for the exit code. The same in-process and in the workers.
 */

import { parseCable, type Cable } from '../index.js';

/** How cables are rendered. Plain data: it is sent to the workers. */
export interface RenderOptions {
  /** `json`: the cable's JSON text (`parse`); `check`: the slimmed cable object. */
  mode: 'json' | 'check';
  /** Top-level fields to keep, in order; `null` for all. */
  fields: Array<keyof Cable> | null;
  /** Indent the JSON by two spaces. */
  pretty: boolean;
}

/** Worst diagnostic severity: 0 none or info, 1 warning, 2 error. */
export type SeverityRank = 0 | 1 | 2;

/** One rendered cable. */
export interface CableRecord {
  /** The JSON text (mode `json`), else `null`. */
  json: string | null;
  /** The slimmed cable (mode `check`), else `null`. */
  cable: Cable | null;
  severity: SeverityRank;
}

/** The top-level fields of a `Cable`, in the library's order (read off an empty cable). */
export function cableFields(): Array<keyof Cable> {
  return Object.keys(parseCable('')) as Array<keyof Cable>;
}

/** The worst severity among the cable's diagnostics. */
export function severityOf(cable: Cable): SeverityRank {
  let worst: SeverityRank = 0;
  for (const d of cable.diagnostics) {
    if (d.severity === 'error') return 2;
    if (d.severity === 'warning') worst = 1;
  }
  return worst;
}

/** Keeps what the check report needs; drops the bulky text so memory stays small. */
function slim(cable: Cable): Cable {
  return { ...cable, body: '', unparsed: [], paragraphs: cable.paragraphs.length > 0 ? [cable.paragraphs[0] as Cable['paragraphs'][number]] : [] };
}

/** Renders one cable. */
export function renderCable(cable: Cable, options: RenderOptions): CableRecord {
  const severity = severityOf(cable);
  if (options.mode === 'check') return { json: null, cable: slim(cable), severity };
  let value: unknown = cable;
  if (options.fields !== null) {
    const picked: Record<string, unknown> = {};
    for (const f of options.fields) picked[f] = cable[f];
    value = picked;
  }
  return { json: JSON.stringify(value, null, options.pretty ? 2 : undefined), cable: null, severity };
}
