/**
 * A cut preamble copy before the complete copy (`readAfterCutPreamble`, src/assemble.ts): the cut copy and the
 * archive record after it are transmission. All inputs are synthetic cable lines; expected values are read off
 * the input.
 */

import { describe, expect, it } from 'vitest';
import { parseCable } from '../src/index.js';

/** A cable text from lines. */
const cable = (...lines: string[]): string => lines.join('\n');

describe('a cut preamble copy followed by an archive record, then the complete copy', () => {
  const header = ['VZCZCXYZ0002', 'RR RUEHWEB', '', 'DE RUEHXX #0123/01 1642102', 'ZNY CCCCC ZZH', 'R 132102Z JUN 06', 'FM AMEMBASSY FARAWAY', 'TO RUEHC/SECSTATE WASHDC 0996'];
  const cut = ['C O N F I D E N T I A L FARAWAY 000123', '', 'SIPDIS', '', 'DEPT FOR WHA/XYZ', '', 'E.O. 12958: DECL: 06/08/2016', 'TAGS: ETRD ECON XX'];
  const record = ['id: 12345', 'date: 6/13/2006 21:02', 'refid: 06FARAWAY123', 'origin: Embassy Faraway', 'classification: CONFIDENTIAL', 'destination: ', 'header:', ...header, '', '', '----------------- header ends ----------------', ''];
  const complete = (serial: string): string[] => [
    `C O N F I D E N T I A L FARAWAY ${serial}`,
    '',
    'SIPDIS',
    '',
    'DEPT FOR WHA/XYZ',
    '',
    'E.O. 12958: DECL: 06/08/2016',
    'TAGS: ETRD ECON XX',
    'SUBJECT: A MINISTER VISITS',
    '',
    'Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d)',
    '',
    '1. (C) Text of the cable.',
    '',
    'ROE',
  ];

  it('reads the complete copy; the cut copy and the record are transmission, not unparsed', () => {
    const c = parseCable(cable(...header, '', ...cut, ...record, ...complete('000123')));
    expect(c.unparsed).toEqual([]);
    expect(c.subject).toBe('A MINISTER VISITS');
    expect(c.distribution).toEqual(['DEPT FOR WHA/XYZ']);
    expect(c.tags).toEqual(['ETRD', 'ECON', 'XX']);
    expect(c.paragraphs.map((p) => p.text)).toEqual(['Text of the cable.']);
  });

  it('guard: a banner naming another cable after the record is not the complete copy', () => {
    const c = parseCable(cable(...header, '', ...cut, ...record, ...complete('000999')));
    expect(c.serial).toBe('000123');
  });
});
