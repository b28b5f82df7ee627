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
 * Counts cables one at a time, so `check` holds only the counts, never the cables:
 * memory stays flat whatever the input size.
 */
export class CheckAccumulator {
  private readonly examples: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  private readonly rows = new Map<string, FieldRow>();
  private readonly diagnostics = new Map<string, { code: string; severity: string; count: number; cables: number }>();
  private cables = 0;
  private withMetadata = 0;

  private note(field: string, cable: Cable): void {
    const list = (this.examples[field] ??= []);
    if (list.length < 10) list.push(cable.referenceId ?? cable.metadata?.referenceId ?? '(no id)');
  }

  private count(field: string, present: boolean, disagree?: boolean): void {
    const row = this.rows.get(field) ?? { field, present: 0, disagree: disagree === undefined ? null : 0 };
    if (present) row.present++;
    if (disagree !== undefined) row.disagree = (row.disagree ?? 0) + (disagree ? 1 : 0);
    this.rows.set(field, row);
  }

  /** Adds one parsed cable to the counts. */
  add(c: Cable): void {
    const count = this.count.bind(this);
    const note = this.note.bind(this);
    this.cables++;
    const m = c.metadata;
    if (m !== null) this.withMetadata++;
    const refMismatch = c.diagnostics.some((d) => d.code === 'REFERENCE_ID_MISMATCH');
    count('referenceId', c.referenceId !== null, m === null ? undefined : refMismatch);
    if (refMismatch) note('referenceId', c);
    count('metadata', m !== null);
    count('header', c.header !== null);
    const dtg = c.header?.dtg?.datetime ?? null;
    const dtgOff = m !== null && dtg !== null && !sameHour(dtg, m.created);
    count('header.dtg', dtg !== null, m === null || dtg === null ? undefined : dtgOff);
    if (dtgOff) note('header.dtg', c);
    const from = c.header?.from ?? null;
    const fromOff = m !== null && from !== null && originKey(from) !== originKey(m.origin);
    count('header.from', from !== null, m === null || from === null ? undefined : fromOff);
    if (fromOff) note('header.from', c);
    count('header.to', (c.header?.to.length ?? 0) > 0);
    count('header.info', (c.header?.info.length ?? 0) > 0);
    const level = c.classification.level;
    const levelOff = m !== null && level !== null && level !== levelOf(m.classification);
    count('classification.level', level !== null, m === null || level === null ? undefined : levelOff);
    if (levelOff) note('classification.level', c);
    count('classification.caveats', c.classification.caveats.length > 0);
    count('section', c.section !== null);
    count('post', c.post !== null);
    count('sipdis', c.sipdis);
    count('distribution', c.distribution.length > 0);
    count('executiveOrder', c.executiveOrder !== null);
    count('tags', c.tags.length > 0);
    count('subject', c.subject !== null);
    count('references', c.references.length > 0);
    count('classifiedBy', c.classifiedBy !== null);
    count('classifiedBy.reasons', (c.classifiedBy?.reasons.length ?? 0) > 0);
    count('paragraphs', c.paragraphs.length > 0);
    count('summary', c.summary !== null);
    count('comments', c.comments.length > 0);
    count('notes', c.notes.length > 0);
    count('signer', c.signer !== null);
    count('pages', c.pages.length > 0);
    const seen = new Set<string>();
    for (const d of c.diagnostics) {
      const entry = this.diagnostics.get(d.code) ?? { code: d.code, severity: d.severity, count: 0, cables: 0 };
      entry.count++;
      if (!seen.has(d.code)) entry.cables++;
      seen.add(d.code);
      this.diagnostics.set(d.code, entry);
    }
  }

  /** The report over the cables added so far, for `files` files. */
  report(files: number): CheckReport {
    const order = { error: 0, warning: 1, info: 2 } as Record<string, number>;
    return {
      files,
      cables: this.cables,
      withMetadata: this.withMetadata,
      fields: [...this.rows.values()],
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
