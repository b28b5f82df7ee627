/**
 * A note about the message itself on a preamble line (`THIS MESSAGE IS BEING RESENT ...`,
 * src/preamble/preamble.ts) is transmission text, not a distribution entry. Synthetic cable lines.
 */

import { describe, expect, it } from 'vitest';
import { parseCable } from '../src/index.js';
import { parsePreamble } from '../src/preamble/preamble.js';
import { msUnder } from './timing.js';

const cable = (...lines: string[]): string => lines.join('\n');

describe('a note about the message in the preamble', () => {
  it('is no distribution entry; the distribution lines around it stay', () => {
    const p = parsePreamble(
      cable('UNCLAS FARAWAY 000095', '', 'SIPDIS', 'STATE FOR AF/C', 'THIS MESSAGE IS BEING RESENT AS INFO OTHERTOWN. ORIGINAL IS FARAWAY 91.', 'NSC FOR JROE', '', 'E.O. 12958: N/A', 'TAGS: PREL XX', 'SUBJECT: A VISIT'),
    );
    expect(p.distribution).toEqual(['STATE FOR AF/C', 'NSC FOR JROE']);
    expect(p.subject).toBe('A VISIT');
  });

  it('is covered as transmission text (nothing left unparsed)', () => {
    const c = parseCable(cable('UNCLAS FARAWAY 000095', '', 'SIPDIS', '  This cable was retransmitted to add an addressee.', '', 'E.O. 12958: N/A', 'TAGS: PREL XX', 'SUBJECT: A VISIT', '', '1. (U) Text.', '', 'ROE'));
    expect(c.distribution).toEqual([]);
    expect(c.unparsed).toEqual([]);
    expect(c.paragraphs[0]?.text).toBe('Text.');
  });

  it('keeps distribution lines that only mention a message', () => {
    const p = parsePreamble(cable('UNCLAS FARAWAY 000095', '', 'STATE FOR THIS OFFICE', 'DEPT PASS THIS MESSAGE TO USTR', '', 'TAGS: PREL XX', 'SUBJECT: A VISIT'));
    expect(p.distribution).toEqual(['STATE FOR THIS OFFICE', 'DEPT PASS THIS MESSAGE TO USTR']);
  });

  it('reads many such lines in linear time', () => {
    const ms = msUnder(1000, () => {
      parsePreamble(`UNCLAS FARAWAY 000095\n${'THIS MESSAGE IS '.repeat(12000)}\n${' THIS CABLE  \n'.repeat(8000)}TAGS: PREL XX\nSUBJECT: A VISIT`);
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('an abbreviated repeat instruction in the preamble (era red team 208)', () => {
  it('is no distribution entry: `FOL RPT`, `FOL TEL SENT`, `FOLLOWING RPTD`, `REPEATED FOR YOUR INFORMATION`', () => {
    for (const line of ['FOL RPT MOSCOW 3461 ACTION SECSTATE INFO LENINGRAD USNATO', 'FOL TEL SENT ACTION SECSTATE FROM MOSCOW', 'FOLLOWING RPTD FROM TEL AVIV', 'REPEATED FOR YOUR INFORMATION: TOKYO 4410']) {
      const p = parsePreamble(['UNCLAS STATE 061234', '', line, 'DTD 04 MAR 76 QTE', '', 'E.O. 11652: N/A', 'TAGS: PFOR, UR', 'SUBJECT: TEST'].join('\n'));
      expect(p.distribution).toEqual([]);
    }
  });

  it('guard: a distribution line stays one', () => {
    expect(parsePreamble(['UNCLAS STATE 061234', '', 'FOR EUR/SOV', '', 'E.O. 11652: N/A', 'TAGS: PFOR, UR', 'SUBJECT: TEST'].join('\n')).distribution).toEqual(['FOR EUR/SOV']);
  });
});
