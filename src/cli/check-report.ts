/**
 * The corpus check behind `cablekit check`: for every field, how many cables have it,
 * how many disagree with the archive metadata, and diagnostics counted by code.
 * Pure functions over parsed cables (no I/O), so they are tested directly.
 */

import type { Cable } from '../index.js';

/** One row of the field table. */
export interface FieldRow {
  field: string;
  /** Cables where the field is present (non-null, non-empty). */
  present: number;
  /** Cables where the field disagrees with the archive metadata (`null` when not comparable). */
  disagree: number | null;
}

/** Everything `cablekit check` reports. */
export interface CheckReport {
  files: number;
  cables: number;
  /** Cables that have archive metadata (HTML pages, archive dumps, CSV rows). */
  withMetadata: number;
  fields: FieldRow[];
  /** Diagnostics counted by code: total occurrences and cables affected. */
  diagnostics: Array<{ code: string; severity: string; count: number; cables: number }>;
  /** Examples of disagreements, by field: reference ids. */
  examples: Record<string, string[]>;
}

/** Level part of an archive classification: `CONFIDENTIAL//NOFORN` -> `CONFIDENTIAL`. */
function levelOf(classification: string): string {
  return classification.split('//')[0]?.trim() ?? '';
}

/** Post-type words that differ between a FM line and an archive origin. */
const ORIGIN_WORDS = /\b(?:AMEMBASSY|EMBASSY|AMCONSUL|AMCONSULATE|CONSULATE|USMISSION|MISSION|US|USDEL|DELEGATION|INTERESTS|SECTION|OFFICE|USINT|USLO|LIAISON|RPO|IRAN)\b/g;

/** Cities the archive names by their current name while the cable uses the old one. */
const RENAMED: Readonly<Record<string, string>> = { KOLKATA: 'CALCUTTA', KYIV: 'KIEV', CHENNAI: 'MADRAS', MUMBAI: 'BOMBAY' };

/** Compact form for comparing a FM address with an archive origin. */
function originKey(text: string): string {
  const upper = text.toUpperCase();
  if (/\bSECSTATE\b|SECRETARY OF STATE/.test(upper)) return 'STATE';
  const key = upper.replace(ORIGIN_WORDS, '').replace(/[^A-Z]/g, '');
  return RENAMED[key] ?? key;
}

/**
 * True when the DTG and the archive's created time are within an hour: archives stamp
 * the minute imprecisely (on the corpus every created time lies within 60 minutes of the
 * DTG, rarely on the same minute).
 */
function sameHour(datetime: string, created: string): boolean {
  const a = Date.parse(datetime);
  const b = Date.parse(`${created}:00Z`);
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 60 * 60 * 1000;
}

/**
 * What `check` needs of one cable: which fields it has, which disagree with the archive
 * metadata, and its diagnostics. Small plain data (two bitmasks and two lists), so the
 * workers of `--jobs N` send these instead of cables.
 */
export interface CheckFacts {
  /** The cable's reference id (for the examples of disagreements). */
  id: string;
  /** Whether the cable has archive metadata. */
  metadata: boolean;
  /** Bit `i` set when field `CHECK_FIELDS[i]` is present. */
  present: number;
  /** Bit `i` set when field `CHECK_FIELDS[i]` could be compared with the metadata. */
  compared: number;
  /** Bit `i` set when field `CHECK_FIELDS[i]` disagrees with the metadata. */
  disagree: number;
  /** Diagnostic codes, in the cable's order (repeats included). */
  codes: string[];
  /** The severity of each entry of `codes`. */
  severities: string[];
}

/** The fields `check` counts, in the order of its table (at most 31: they are bits). */
export const CHECK_FIELDS: readonly string[] = [
  'referenceId', 'metadata', 'header', 'header.dtg', 'header.from', 'header.to', 'header.info',
  'classification.level', 'classification.caveats', 'section', 'post', 'sipdis', 'distribution',
  'executiveOrder', 'tags', 'subject', 'references', 'classifiedBy', 'classifiedBy.reasons',
  'paragraphs', 'summary', 'comments', 'notes', 'signer', 'pages',
];

/** Reads the facts `check` counts off one cable. */
export function checkFacts(c: Cable): CheckFacts {
  const facts: CheckFacts = {
    id: c.referenceId ?? c.metadata?.referenceId ?? '(no id)',
    metadata: c.metadata !== null,
    present: 0,
    compared: 0,
    disagree: 0,
    codes: c.diagnostics.map((d) => d.code),
    severities: c.diagnostics.map((d) => d.severity),
  };
  let bit = 0;
  // `disagree` undefined: the field is not compared with the metadata for this cable.
  const field = (present: boolean, disagree?: boolean): void => {
    const mask = 1 << bit++;
    if (present) facts.present |= mask;
    if (disagree !== undefined) {
      facts.compared |= mask;
      if (disagree) facts.disagree |= mask;
    }
  };
  const m = c.metadata;
  const refMismatch = c.diagnostics.some((d) => d.code === 'REFERENCE_ID_MISMATCH');
  field(c.referenceId !== null, m === null ? undefined : refMismatch);
  field(m !== null);
  field(c.header !== null);
  const dtg = c.header?.dtg?.datetime ?? null;
  field(dtg !== null, m === null || dtg === null ? undefined : !sameHour(dtg, m.created));
  const from = c.header?.from ?? null;
  field(from !== null, m === null || from === null ? undefined : originKey(from) !== originKey(m.origin));
  field((c.header?.to.length ?? 0) > 0);
  field((c.header?.info.length ?? 0) > 0);
  const level = c.classification.level;
  field(level !== null, m === null || level === null ? undefined : level !== levelOf(m.classification));
  field(c.classification.caveats.length > 0);
  field(c.section !== null);
  field(c.post !== null);
  field(c.sipdis);
  field(c.distribution.length > 0);
  field(c.executiveOrder !== null);
  field(c.tags.length > 0);
  field(c.subject !== null);
  field(c.references.length > 0);
  field(c.classifiedBy !== null);
  field((c.classifiedBy?.reasons.length ?? 0) > 0);
  field(c.paragraphs.length > 0);
  field(c.summary !== null);
  field(c.comments.length > 0);
  field(c.notes.length > 0);
  field(c.signer !== null);
  field(c.pages.length > 0);
  return facts;
}

/**
 * Counts cables one at a time (as `CheckFacts`), so `check` holds only the counts, never
 * the cables: memory stays flat whatever the input size.
 */
export class CheckAccumulator {
  private readonly examples: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  private readonly rows: FieldRow[] = CHECK_FIELDS.map((field) => ({ field, present: 0, disagree: null }));
  private readonly diagnostics = new Map<string, { code: string; severity: string; count: number; cables: number }>();
  private cables = 0;
  private withMetadata = 0;

  /** Adds one cable's facts to the counts. */
  add(facts: CheckFacts): void {
    this.cables++;
    if (facts.metadata) this.withMetadata++;
    this.rows.forEach((row, i) => {
      const mask = 1 << i;
      if ((facts.present & mask) !== 0) row.present++;
      if ((facts.compared & mask) !== 0) {
        const disagree = (facts.disagree & mask) !== 0;
        row.disagree = (row.disagree ?? 0) + (disagree ? 1 : 0);
        if (disagree) {
          const list = (this.examples[row.field] ??= []);
          if (list.length < 10) list.push(facts.id);
        }
      }
    });
    const seen = new Set<string>();
    facts.codes.forEach((code, k) => {
      const entry = this.diagnostics.get(code) ?? { code, severity: facts.severities[k] ?? 'info', count: 0, cables: 0 };
      entry.count++;
      if (!seen.has(code)) entry.cables++;
      seen.add(code);
      this.diagnostics.set(code, entry);
    });
  }

  /** The report over the cables added so far, for `files` files. */
  report(files: number): CheckReport {
    const order = { error: 0, warning: 1, info: 2 } as Record<string, number>;
    return {
      files,
      cables: this.cables,
      withMetadata: this.withMetadata,
      fields: this.rows.map((r) => ({ ...r })),
      diagnostics: [...this.diagnostics.values()].sort((a, b) => (order[a.severity] ?? 3) - (order[b.severity] ?? 3) || b.cables - a.cables || a.code.localeCompare(b.code)),
      examples: { ...this.examples },
    };
  }
}

/** Renders the report as Markdown tables (what `cablekit check` prints). */
export function renderCheckReport(report: CheckReport): string {
  const pct = (n: number, of: number): string => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}%`);
  const out: string[] = [
    `Checked ${report.cables} cables in ${report.files} files (${report.withMetadata} with archive metadata).`,
    '',
    '| field | present | % | disagree with metadata |',
    '| --- | ---: | ---: | ---: |',
  ];
  for (const r of report.fields) {
    out.push(`| ${r.field} | ${r.present} | ${pct(r.present, report.cables)} | ${r.disagree === null ? '' : r.disagree} |`);
  }
  out.push('', '| diagnostic | severity | occurrences | cables |', '| --- | --- | ---: | ---: |');
  for (const d of report.diagnostics) out.push(`| ${d.code} | ${d.severity} | ${d.count} | ${d.cables} |`);
  const fields = Object.keys(report.examples);
  if (fields.length > 0) {
    out.push('', 'Disagreements (up to 10 per field):', '');
    for (const f of fields) out.push(`- ${f}: ${(report.examples[f] ?? []).join(' ')}`);
  }
  return `${out.join('\n')}\n`;
}
