import { describe, expect, it } from 'vitest';
import { parseExecutiveOrder } from '../src/preamble/executive-order.js';

describe('parseExecutiveOrder', () => {
  it.each([
    ['E.O. 12958: N/A', { order: '12958', declassify: { kind: 'n/a' }, text: 'E.O. 12958: N/A' }],
    ['EO 12958 N/A', { order: '12958', declassify: { kind: 'n/a' }, text: 'EO 12958 N/A' }],
    ['E.O. 12958:N/A', { order: '12958', declassify: { kind: 'n/a' }, text: 'E.O. 12958:N/A' }],
    ['E.O. 12958: DECL: 02/26/2020', { order: '12958', declassify: { kind: 'date', date: '2020-02-26' }, text: 'E.O. 12958: DECL: 02/26/2020' }],
    ['E.O. 13526: DECL: 2020/02/26', { order: '13526', declassify: { kind: 'date', date: '2020-02-26' }, text: 'E.O. 13526: DECL: 2020/02/26' }],
    ['EO 12958 DECL: 10/22/2018', { order: '12958', declassify: { kind: 'date', date: '2018-10-22' }, text: 'EO 12958 DECL: 10/22/2018' }],
    ['EO 12958 DECL:  9/4/2019 ', { order: '12958', declassify: { kind: 'date', date: '2019-09-04' }, text: 'EO 12958 DECL: 9/4/2019' }],
    ['E.O. 12958: DECL: 1.6X1', { order: '12958', declassify: { kind: 'exemption', code: '1.6X1' }, text: 'E.O. 12958: DECL: 1.6X1' }],
    ['DECL: 25X1-human', { order: null, declassify: { kind: 'exemption', code: '25X1-HUMAN' }, text: 'DECL: 25X1-human' }],
    ['DECL: OADR', { order: null, declassify: { kind: 'oadr' }, text: 'DECL: OADR' }],
    ['E.O. 12356: DECL: OADR', { order: '12356', declassify: { kind: 'oadr' }, text: 'E.O. 12356: DECL: OADR' }],
    [
      'E.O. 12958: DECL: DECLASSIFIED BY NARA 09/02/2009',
      { order: '12958', declassify: { kind: 'nara', date: '2009-09-02' }, text: 'E.O. 12958: DECL: DECLASSIFIED BY NARA 09/02/2009' },
    ],
    ['DECL: AFTER UNIFICATION', { order: null, declassify: { kind: 'text', text: 'AFTER UNIFICATION' }, text: 'DECL: AFTER UNIFICATION' }],
    ['E.O. 11652: N/A', { order: '11652', declassify: { kind: 'n/a' }, text: 'E.O. 11652: N/A' }],
    ['E.O. 12065: GDS 12/31/84', { order: '12065', declassify: { kind: 'date', date: '1984-12-31' }, text: 'E.O. 12065: GDS 12/31/84' }],
    // The Advanced Declassification Schedule with `DECLAS` before its date, and that word alone (era red team 178).
    ['E.O. 11652: ADS, DECLAS 12/31/75', { order: '11652', declassify: { kind: 'date', date: '1975-12-31' }, text: 'E.O. 11652: ADS, DECLAS 12/31/75' }],
    ['E.O. 11652: ADS DECLAS 6/30/76', { order: '11652', declassify: { kind: 'date', date: '1976-06-30' }, text: 'E.O. 11652: ADS DECLAS 6/30/76' }],
    ['E.O. 11652: DECLAS 12/31/75', { order: '11652', declassify: { kind: 'date', date: '1975-12-31' }, text: 'E.O. 11652: DECLAS 12/31/75' }],
    // (Without a date it stays text.)
    ['E.O. 11652: ADS, DECLAS AFTER TALKS', { order: '11652', declassify: { kind: 'text', text: 'ADS, DECLAS AFTER TALKS' }, text: 'E.O. 11652: ADS, DECLAS AFTER TALKS' }],
  ])('%j', (input, expected) => {
    expect(parseExecutiveOrder(input)).toEqual(expected);
  });

  it('reads two-digit years: 00-49 are 20xx, 50-99 are 19xx', () => {
    expect(parseExecutiveOrder('E.O. 12958: DECL: 08/24/05')?.declassify).toEqual({ kind: 'date', date: '2005-08-24' });
    expect(parseExecutiveOrder('E.O. 12958: DECL: 08/24/49')?.declassify).toEqual({ kind: 'date', date: '2049-08-24' });
    expect(parseExecutiveOrder('E.O. 12065: DECL: 08/24/85')?.declassify).toEqual({ kind: 'date', date: '1985-08-24' });
  });

  it('collapses whitespace over several lines', () => {
    expect(parseExecutiveOrder('E.O.  12958:\n  DECL:   02/26/2020  ')).toEqual({
      order: '12958',
      declassify: { kind: 'date', date: '2020-02-26' },
      text: 'E.O. 12958: DECL: 02/26/2020',
    });
  });

  it('ends at a field reflowed onto the line', () => {
    expect(parseExecutiveOrder('E.O. 12958: DECL: 08/08/2018 TAGS: PREL PGOV')).toEqual({
      order: '12958',
      declassify: { kind: 'date', date: '2018-08-08' },
      text: 'E.O. 12958: DECL: 08/08/2018',
    });
    expect(parseExecutiveOrder('E.O. 12958: DECL: 2020/02/16TAGS: PREL')?.declassify).toEqual({ kind: 'date', date: '2020-02-16' });
  });

  it('keeps an impossible date and unknown instructions as text', () => {
    expect(parseExecutiveOrder('E.O. 12958: DECL: 13/45/2020')?.declassify).toEqual({ kind: 'text', text: '13/45/2020' });
    expect(parseExecutiveOrder('E.O. 12958: DECL: 02/30/2020')?.declassify).toEqual({ kind: 'text', text: '02/30/2020' });
    expect(parseExecutiveOrder('E.O. 12958: DECL: MR')?.declassify).toEqual({ kind: 'text', text: 'MR' });
  });

  it('reads a repeated DECL keyword', () => {
    expect(parseExecutiveOrder('E.O. 12958: DECL: DECL: 08/12/2018')?.declassify).toEqual({ kind: 'date', date: '2018-08-12' });
  });

  it('gives declassify null when the line has no instruction', () => {
    expect(parseExecutiveOrder('E.O. 12958:')).toEqual({ order: '12958', declassify: null, text: 'E.O. 12958:' });
  });

  it('returns null when there is no E.O. line', () => {
    expect(parseExecutiveOrder('TAGS: PREL')).toBeNull();
    expect(parseExecutiveOrder('Classified By: John E. O’Brien')).toBeNull();
  });

  it('does not throw on junk', () => {
    expect(parseExecutiveOrder('')).toBeNull();
    expect(parseExecutiveOrder('(((((')).toBeNull();
    expect(parseExecutiveOrder('REF: A) '.repeat(100_000))).toBeNull();
    expect(parseExecutiveOrder('E.O. '.repeat(20_000))).not.toBeNull();
    expect(parseExecutiveOrder('DECL: '.repeat(20_000))).not.toBeNull();
  });
});

describe('parseExecutiveOrder: quote debris of a CSV export', () => {
  it('drops a stray quote at the end of the line, keeps a quoted instruction', () => {
    expect(parseExecutiveOrder('E.O. 12958: DECL: 05/15/2034 "')).toEqual({ order: '12958', declassify: { kind: 'date', date: '2034-05-15' }, text: 'E.O. 12958: DECL: 05/15/2034' });
    expect(parseExecutiveOrder('E.O. 12958: DECL: 05/15/2034 ,,""')?.text).toBe('E.O. 12958: DECL: 05/15/2034');
    expect(parseExecutiveOrder('E.O. 12958: DECL: "AFTER UNIFICATION"')?.text).toBe('E.O. 12958: DECL: "AFTER UNIFICATION"');
  });

  it('reads E.0. (digit zero) as the keyword', () => {
    expect(parseExecutiveOrder('E.0. 12958: N/A')).toEqual({ order: '12958', declassify: { kind: 'n/a' }, text: 'E.0. 12958: N/A' });
  });
});

describe('a semicolon or a dash typed for the colon after the order (era red team 362, session 27)', () => {
  it('reads the instruction after it', () => {
    expect(parseExecutiveOrder('E.O. 12356; N/A')?.declassify).toEqual({ kind: 'n/a' });
    expect(parseExecutiveOrder('E.O. 11652 - N/A')?.declassify).toEqual({ kind: 'n/a' });
    expect(parseExecutiveOrder('E.O. 11652; GDS')?.declassify).toEqual(parseExecutiveOrder('E.O. 11652: GDS')?.declassify);
  });
});
