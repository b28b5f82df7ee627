/**
 * Declassification schedules of the 1970s-1980s orders (E.O. 11652, 12065): `XGDS-n`, `XDS-n`, `RDS-n`
 * name a schedule category, and the date written after `XDS`/`RDS` is a review date, so the instruction
 * is an exemption code, not a declassification date. Inputs are synthetic E.O. lines.
 */

import { describe, expect, it } from 'vitest';
import { parseExecutiveOrder } from '../src/preamble/executive-order.js';

describe('parseExecutiveOrder: older schedule codes', () => {
  it.each([
    ['E.O. 12065: XDS-1 3/20/01 (DOE, JOHN Q.) OR-M', 'XDS-1'],
    ['E.O. 12065: XDS-3 12/31/99', 'XDS-3'],
    ['E.O. 11652: XGDS-2', 'XGDS-2'],
    ['E.O. 12065: RDS-1 3/20/01 (DOE, JOHN Q.) OR-P', 'RDS-1'],
  ])('%s gives exemption %s', (line, code) => {
    expect(parseExecutiveOrder(line)?.declassify).toEqual({ kind: 'exemption', code });
  });

  it('keeps GDS with a date as a declassification date (guard)', () => {
    expect(parseExecutiveOrder('E.O. 12065: GDS 5/26/85 (DOE, JOHN Q.) OR-M')?.declassify).toEqual({ kind: 'date', date: '1985-05-26' });
  });

  it('does not read a word that merely starts with XDS as a code (guard)', () => {
    expect(parseExecutiveOrder('E.O. 12065: XDSL REVIEW')?.declassify).toEqual({ kind: 'text', text: 'XDSL REVIEW' });
  });
});
