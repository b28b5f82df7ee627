import { describe, expect, it } from 'vitest';
import { parseCableWithMetadata, type ArchiveMetadata } from '../src/index.js';
import { CHECK_FIELDS, CheckAccumulator, checkFacts, renderCheckReport } from '../src/cli/check-report.js';

/** A small CONFIDENTIAL cable from Astana dated 26 Feb 2010 08:05Z. */
const TEXT = [
  'R 260805Z FEB 10',
  'FM AMEMBASSY ASTANA',
  'TO RUEHC/SECSTATE WASHDC 7547',
  'BT',
  'C O N F I D E N T I A L ASTANA 000270',
  '',
  'E.O. 12958: DECL: 02/26/2020',
  'TAGS: PREL KZ',
  'SUBJECT: KAZAKHSTAN: A TEST',
  '',
  'Classified By: Ambassador Richard E. Hoagland, Reasons 1.4 (b) and (d)',
  '',
  '1. (C) Text of the first paragraph.',
  '',
  'HOAGLAND',
].join('\n');

function metadata(id: string, classification: string, created: string): ArchiveMetadata {
  return { referenceId: id, created, released: null, classification, origin: 'Embassy Astana', title: null, mediaUrls: [] };
}

describe('check report', () => {
  it('reads the fields and the disagreements of a cable into facts', () => {
    // Archive says SECRET and three days later: the level and the DTG disagree; the origin agrees.
    const facts = checkFacts(parseCableWithMetadata(TEXT, metadata('10ASTANA270', 'SECRET', '2010-03-01T08:05')));
    const bit = (field: string): number => 1 << CHECK_FIELDS.indexOf(field);
    expect(facts.id).toBe('10ASTANA270');
    expect(facts.metadata).toBe(true);
    for (const field of ['referenceId', 'metadata', 'header', 'header.dtg', 'header.from', 'header.to', 'classification.level', 'post', 'executiveOrder', 'tags', 'subject', 'classifiedBy', 'classifiedBy.reasons', 'paragraphs', 'signer']) {
      expect(facts.present & bit(field), field).not.toBe(0);
    }
    for (const field of ['header.info', 'section', 'references', 'summary', 'comments', 'notes', 'pages']) expect(facts.present & bit(field), field).toBe(0);
    for (const field of ['referenceId', 'header.dtg', 'header.from', 'classification.level']) expect(facts.compared & bit(field), field).not.toBe(0);
    expect(facts.disagree).toBe(bit('header.dtg') | bit('classification.level'));
    // Without metadata nothing is compared.
    const bare = checkFacts(parseCableWithMetadata(TEXT, null));
    expect(bare.metadata).toBe(false);
    expect(bare.compared).toBe(0);
    expect(bare.disagree).toBe(0);
  });

  it('counts facts: present, disagreements (null when never compared), examples up to 10, diagnostics', () => {
    const report = new CheckAccumulator();
    // 12 cables whose archive level disagrees, one that agrees (CONFIDENTIAL, same hour), one without metadata.
    for (let i = 1; i <= 12; i++) report.add(checkFacts(parseCableWithMetadata(TEXT, metadata(`10ASTANA${i}`, 'SECRET', '2010-02-26T08:05'))));
    report.add(checkFacts(parseCableWithMetadata(TEXT, metadata('10ASTANA270', 'CONFIDENTIAL//NOFORN', '2010-02-26T08:30'))));
    report.add(checkFacts(parseCableWithMetadata(TEXT, null)));
    const r = report.report(3);
    expect(r.cables).toBe(14);
    expect(r.withMetadata).toBe(13);
    const row = (field: string) => r.fields.find((f) => f.field === field);
    expect(r.fields.map((f) => f.field)).toEqual(CHECK_FIELDS);
    expect(row('classification.level')).toEqual({ field: 'classification.level', present: 14, disagree: 12 });
    expect(row('header.dtg')).toEqual({ field: 'header.dtg', present: 14, disagree: 0 });
    // Never compared with metadata: no disagreement count at all.
    expect(row('subject')).toEqual({ field: 'subject', present: 14, disagree: null });
    expect(row('section')).toEqual({ field: 'section', present: 0, disagree: null });
    expect(r.examples['classification.level']).toEqual(['10ASTANA1', '10ASTANA2', '10ASTANA3', '10ASTANA4', '10ASTANA5', '10ASTANA6', '10ASTANA7', '10ASTANA8', '10ASTANA9', '10ASTANA10']);
    // 12 archive ids differ from the one the banner gives (10ASTANA270): one diagnostic each.
    expect(r.diagnostics.find((d) => d.code === 'REFERENCE_ID_MISMATCH')).toEqual({ code: 'REFERENCE_ID_MISMATCH', severity: 'warning', count: 12, cables: 12 });
    expect(renderCheckReport(r)).toContain('| classification.level | 14 | 100.0% | 12 |');
  });
});
