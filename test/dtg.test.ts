/**
 * Date-time groups (`O 260805Z FEB 10`): precedence letters, two-digit years, suffixes.
 * Expected values are read off the format (docs/cable-format.md section 2).
 */

import { describe, expect, it } from 'vitest';
import { expandYear, parseDtg } from '../src/header/dtg.js';

describe('parseDtg: precedence letters', () => {
  it('reads O as IMMEDIATE with a full DTG', () => {
    expect(parseDtg('O 260805Z FEB 10')).toEqual({
      precedence: 'IMMEDIATE',
      datetime: '2010-02-26T08:05:00Z',
      text: '260805Z FEB 10',
      suffix: null,
    });
  });

  it('reads Z as FLASH', () => {
    const d = parseDtg('Z 011200Z JAN 09');
    expect(d?.precedence).toBe('FLASH');
    expect(d?.datetime).toBe('2009-01-01T12:00:00Z');
  });

  it('reads P as PRIORITY', () => {
    const d = parseDtg('P 151530Z JUN 08');
    expect(d?.precedence).toBe('PRIORITY');
    expect(d?.datetime).toBe('2008-06-15T15:30:00Z');
    expect(d?.text).toBe('151530Z JUN 08');
  });

  it('reads R as ROUTINE', () => {
    const d = parseDtg('R 310000Z DEC 07');
    expect(d?.precedence).toBe('ROUTINE');
    expect(d?.datetime).toBe('2007-12-31T00:00:00Z');
  });

  it('takes the action (first) precedence of two letters, century from the context year', () => {
    expect(parseDtg('P R 281848Z DEC 66', { year: 1966 })).toEqual({
      precedence: 'PRIORITY',
      datetime: '1966-12-28T18:48:00Z',
      text: '281848Z DEC 66',
      suffix: null,
    });
  });

  it('uses the context year to choose the century (1966, not 2066)', () => {
    expect(parseDtg('R 020900Z MAR 66', { year: 1966 })?.datetime).toBe('1966-03-02T09:00:00Z');
    expect(parseDtg('R 020900Z MAR 05', { year: 2005 })?.datetime).toBe('2005-03-02T09:00:00Z');
  });
});

describe('parseDtg: suffix and bare DTG', () => {
  it('keeps the operating signal after the year as suffix', () => {
    expect(parseDtg('O 201115Z NOV 09 ZDK TO ALL')).toEqual({
      precedence: 'IMMEDIATE',
      datetime: '2009-11-20T11:15:00Z',
      text: '201115Z NOV 09',
      suffix: 'ZDK TO ALL',
    });
  });

  it('reads a DTG without precedence letter (precedence null)', () => {
    expect(parseDtg('260805Z FEB 10')).toEqual({
      precedence: null,
      datetime: '2010-02-26T08:05:00Z',
      text: '260805Z FEB 10',
      suffix: null,
    });
  });

  it('collapses whitespace in text and ignores trailing spaces', () => {
    const d = parseDtg('O  260805Z   FEB  10   ');
    expect(d?.text).toBe('260805Z FEB 10');
    expect(d?.suffix).toBeNull();
    expect(d?.datetime).toBe('2010-02-26T08:05:00Z');
  });
});

describe('parseDtg: invalid dates', () => {
  it('gives datetime null for 31 February, but still returns the DTG', () => {
    const d = parseDtg('O 310805Z FEB 10');
    expect(d).not.toBeNull();
    expect(d?.datetime).toBeNull();
    expect(d?.text).toBe('310805Z FEB 10');
    expect(d?.precedence).toBe('IMMEDIATE');
  });

  it('gives datetime null for a bare invalid DTG', () => {
    expect(parseDtg('310805Z FEB 10')?.datetime).toBeNull();
  });

  it('gives datetime null for hour 24 and minute 60', () => {
    expect(parseDtg('O 262405Z FEB 10')?.datetime).toBeNull();
    expect(parseDtg('O 260860Z FEB 10')?.datetime).toBeNull();
  });

  it('accepts 29 February in a leap year and rejects it otherwise', () => {
    expect(parseDtg('R 291200Z FEB 08')?.datetime).toBe('2008-02-29T12:00:00Z');
    expect(parseDtg('R 291200Z FEB 09')?.datetime).toBeNull();
  });

  it('gives datetime null for an unknown month', () => {
    expect(parseDtg('O 260805Z FOO 10')?.datetime ?? null).toBeNull();
  });
});

describe('parseDtg: not a DTG', () => {
  it.each([
    '',
    'FM AMEMBASSY ASTANA',
    'TO RUEHC/SECSTATE WASHDC IMMEDIATE 7547',
    'The meeting took place on 26 February 2010.',
    'O 2608Z FEB 10',
    'ZNR UUUUU ZZH',
    'DE RUEHTA #0270/01 0570805',
  ])('returns null for %j', (text) => {
    expect(parseDtg(text)).toBeNull();
  });
});

describe('expandYear', () => {
  it('takes the century from the context year', () => {
    expect(expandYear(66, 1966)).toBe(1966);
    expect(expandYear(10, 2010)).toBe(2010);
    expect(expandYear(9, 2010)).toBe(2009);
  });

  it('picks the closest century across a century boundary', () => {
    expect(expandYear(99, 2001)).toBe(1999);
    expect(expandYear(1, 1999)).toBe(2001);
  });
});
