/**
 * Sections of an old multi-section cable joined in one text copy (docs/cable-format.md
 * section 1d, section 2 "Routing header", section 4 "Sections" and "Page markers"): a
 * mid-text `NNNN` ends one transmission only, a joined section's own page header, office
 * block and routing header are transmission lines, its copy of the preamble too, and the
 * body reads on across an old page break. Synthetic lines.
 */

import { describe, expect, it } from 'vitest';
import { parseCable, type Cable } from '../src/index.js';
import { markTransmissionLines } from '../src/body/transmission-lines.js';
import { msUnder } from './timing.js';

/** The text of `cable` a span covers. */
const spanText = (text: string, span: { start: number; end: number }): string => text.slice(span.start, span.end);

/** Every transmission span's text, trimmed. */
const transmissionOf = (text: string, cable: Cable): string[] => cable.spans.transmission.map((s) => spanText(text, s).trim());

const HEAD = [
  'O 082015Z FEB 85',
  'FM AMEMBASSY ROME',
  'TO SECSTATE WASHDC IMMEDIATE 4567',
  'BT',
  'C O N F I D E N T I A L SECTION 01 OF 02 ROME 01196',
  '',
  'E.O. 12356: DECL: OADR',
  'TAGS: PREL, IT',
  'SUBJECT: TEST OF JOINED SECTIONS',
  '',
  '1. (C) FIRST SECTION TEXT ENDS HERE.',
];
const TAIL = ['C O N F I D E N T I A L SECTION 02 OF 02 ROME 01196', '', '2. (C) SECOND SECTION TEXT.', 'RABB'];

/** A cable with `middle` between the first section's last paragraph and the second section's banner. */
const joined = (...middle: string[]): string => [...HEAD, ...middle, ...TAIL].join('\n');

describe('a mid-text NNNN ends one transmission, not the cable', () => {
  it('reads the section after NNNN when a section banner follows', () => {
    const text = joined('NNNN');
    const cable = parseCable(text);
    expect(cable.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(cable.paragraphs[1]?.text).toBe('SECOND SECTION TEXT.');
    expect(cable.signer).toBe('RABB');
    expect(cable.diagnostics.map((d) => d.code)).not.toContain('SIGNER_MISSING');
    expect(transmissionOf(text, cable)).toContain('NNNN');
    expect(cable.unparsed).toEqual([]);
  });

  it('reads the section after BT / #1196 / NNNN and a repeated ACP-127 header', () => {
    const text = joined(
      'BT',
      '#1196',
      'NNNN',
      'VZCZCRO0511',
      'OO RUEHC',
      'DE RUEHRO #1196/02 0392015',
      'ZNY CCCCC ZZH',
      'O 082015Z FEB 85',
      'FM AMEMBASSY ROME',
      'TO RUEHC/SECSTATE WASHDC IMMEDIATE 4568',
      'BT',
    );
    const cable = parseCable(text);
    expect(cable.paragraphs.map((p) => `${p.number}:${p.text}`)).toEqual(['1:FIRST SECTION TEXT ENDS HERE.', '2:SECOND SECTION TEXT.']);
    expect(cable.signer).toBe('RABB');
    // The first header is the cable's; the second one's lines are transmission lines.
    expect(cable.header?.to[0]?.mcn).toBe('4567');
    const transmission = transmissionOf(text, cable);
    for (const line of ['NNNN', 'VZCZCRO0511', 'DE RUEHRO #1196/02 0392015', 'FM AMEMBASSY ROME', 'TO RUEHC/SECSTATE WASHDC IMMEDIATE 4568']) expect(transmission).toContain(line);
    expect(cable.body).not.toContain('VZCZC');
    expect(cable.body).not.toContain('DE RUEHRO');
    expect(cable.unparsed).toEqual([]);
  });

  it('takes the next section copy of the preamble as transmission lines, not text', () => {
    const text = [
      'VZCZCBN0912',
      'OO RUEHC',
      'DE RUEHBN #2210/01 1621540',
      'ZNY CCCCC ZZH',
      'O 111540Z JUN 94',
      'FM AMEMBASSY BERN',
      'TO RUEHC/SECSTATE WASHDC IMMEDIATE 7712',
      'BT',
      'C O N F I D E N T I A L SECTION 01 OF 02 BERN 002210',
      '',
      'DEPT FOR EUR/AGS',
      'E.O. 12356: DECL: OADR',
      'TAGS: PREL, EFIN, SZ',
      'SUBJECT: SWISS BANKS AND DORMANT ACCOUNTS',
      '',
      '1.  (C)  THE BANKS WILL OPEN A CONTACT OFFICE.',
      '',
      'BT',
      '#2210',
      'NNNN',
      'VZCZCBN0913',
      'OO RUEHC',
      'DE RUEHBN #2210/02 1621540',
      'ZNY CCCCC ZZH',
      'O 111540Z JUN 94',
      'FM AMEMBASSY BERN',
      'TO RUEHC/SECSTATE WASHDC IMMEDIATE 7713',
      'BT',
      'C O N F I D E N T I A L SECTION 02 OF 02 BERN 002210',
      '',
      'DEPT FOR EUR/AGS',
      'E.O. 12356: DECL: OADR',
      'TAGS: PREL, EFIN, SZ',
      'SUBJECT: SWISS BANKS AND DORMANT ACCOUNTS',
      '',
      '2.  (C)  JEWISH ORGANIZATIONS HAVE CRITICIZED THE PROPOSAL.',
      '',
      '3.  (C)  COMMENT:  WE EXPECT THE ISSUE TO GROW.  END COMMENT.',
      '',
      'LARSON',
      'BT',
      '#2210',
      'NNNN',
    ].join('\n');
    const cable = parseCable(text);
    expect(cable.paragraphs.map((p) => p.number)).toEqual(['1', '2', '3']);
    expect(cable.paragraphs[1]?.text).toBe('JEWISH ORGANIZATIONS HAVE CRITICIZED THE PROPOSAL.');
    expect(cable.comments).toEqual(['WE EXPECT THE ISSUE TO GROW.']);
    expect(cable.signer).toBe('LARSON');
    expect(cable.subject).toBe('SWISS BANKS AND DORMANT ACCOUNTS');
    expect(cable.body).not.toContain('SUBJECT');
    expect(cable.body).not.toContain('DEPT FOR');
    expect(cable.body).not.toContain('TAGS');
    expect(cable.unparsed).toEqual([]);
  });

  it('reads the section after NNNN when a telegram header (DTG line) starts it', () => {
    const text = joined('NNNN', 'O 082015Z FEB 85', 'FM AMEMBASSY ROME', 'TO SECSTATE WASHDC IMMEDIATE 4568', 'BT');
    const cable = parseCable(text);
    expect(cable.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(cable.signer).toBe('RABB');
    expect(transmissionOf(text, cable)).toContain('TO SECSTATE WASHDC IMMEDIATE 4568');
  });

  it('keeps the archive trailer after the last NNNN a transmission line (guard)', () => {
    const text = [...HEAD, '', 'RABB', 'BT', '#1196', 'NNNN', ' 1985ROME01196 - Classification: CONFIDENTIAL'].join('\n');
    const cable = parseCable(text);
    expect(cable.paragraphs.map((p) => `${p.number}:${p.text}`)).toEqual(['1:FIRST SECTION TEXT ENDS HERE.']);
    expect(cable.signer).toBe('RABB');
    expect(transmissionOf(text, cable)).toContain('1985ROME01196 - Classification: CONFIDENTIAL');
    expect(cable.body).not.toContain('Classification');
  });
});

describe("a joined section's own header block", () => {
  it('takes the page header, office block and dash line as transmission lines', () => {
    const text = joined(
      'CONFIDENTIAL',
      '',
      'PAGE 01        ROME   01196  02 OF 02  082030Z',
      'ACTION EUR-00',
      '',
      'INFO  LOG-00   NP-00    /041 W',
      '                  ------------------123460  082036Z /38',
    );
    const cable = parseCable(text);
    expect(cable.paragraphs.map((p) => `${p.number}:${p.text}`)).toEqual(['1:FIRST SECTION TEXT ENDS HERE.', '2:SECOND SECTION TEXT.']);
    expect(cable.body).not.toContain('EUR-00');
    expect(cable.body).not.toContain('-----');
    const transmission = transmissionOf(text, cable);
    expect(transmission).toContain('ACTION EUR-00');
    expect(transmission).toContain('INFO  LOG-00   NP-00    /041 W');
    expect(transmission).toContain('------------------123460  082036Z /38');
    expect(cable.unparsed).toEqual([]);
  });

  it('takes a lone dash line after a page header as a transmission line', () => {
    const text = joined('CONFIDENTIAL', '', 'PAGE 01        ROME   01196  02 OF 02  082030Z', '                  ------------------123460  082036Z /38');
    const cable = parseCable(text);
    expect(cable.paragraphs[0]?.text).toBe('FIRST SECTION TEXT ENDS HERE.');
    expect(cable.body).not.toContain('-----');
  });

  it('takes the office block and a repeated telegram header before the section banner as transmission lines', () => {
    const text = joined(
      'CONFIDENTIAL',
      '',
      'PAGE 01        ROME   01196  02 OF 02  082030Z',
      'ACTION EUR-00',
      '',
      'INFO  LOG-00   NP-00    OCT-00   ADS-00',
      '      EB-08    DODE-00  /041 W',
      '                  ------------------123460  082036Z /38',
      'O 082015Z FEB 85',
      'FM AMEMBASSY ROME',
      'TO SECSTATE WASHDC IMMEDIATE 4568',
      'INFO AMEMBASSY BONN PRIORITY',
      'AMEMBASSY LONDON',
      '',
    );
    const cable = parseCable(text);
    expect(cable.paragraphs.map((p) => `${p.number}:${p.text}`)).toEqual(['1:FIRST SECTION TEXT ENDS HERE.', '2:SECOND SECTION TEXT.']);
    for (const word of ['LOG-00', 'FM AMEMBASSY', '082015Z', 'AMEMBASSY LONDON']) expect(cable.body).not.toContain(word);
    // The cable's own header is the first one.
    expect(cable.header?.info).toEqual([]);
    expect(cable.unparsed).toEqual([]);
  });

  it('takes a repeated ACP-127 header without NNNN as transmission lines', () => {
    const text = joined('VZCZCRO0511', 'OO RUEHC', 'DE RUEHRO #1196/02 0392015', 'ZNY CCCCC ZZH', 'O 082015Z FEB 85', 'FM AMEMBASSY ROME', 'TO RUEHC/SECSTATE WASHDC IMMEDIATE 4568', 'BT');
    const cable = parseCable(text);
    expect(cable.paragraphs[0]?.text).toBe('FIRST SECTION TEXT ENDS HERE.');
    expect(cable.body).not.toContain('RUEHRO');
  });

  it('keeps text lines that only look like header or office lines (guard)', () => {
    const text = joined(
      'FM AMEMBASSY ROME POINT OF VIEW THE ISSUE IS CLOSED',
      'AND WILL NOT BE REOPENED',
      'F-16',
      'ALL THE SAME WE WILL WATCH IT.',
    );
    const cable = parseCable(text);
    expect(cable.paragraphs[0]?.text).toBe(
      'FIRST SECTION TEXT ENDS HERE. FM AMEMBASSY ROME POINT OF VIEW THE ISSUE IS CLOSED AND WILL NOT BE REOPENED F-16 ALL THE SAME WE WILL WATCH IT.',
    );
  });

  it('keeps a preamble-like line that does not follow a banner (guard)', () => {
    const text = joined('', '2. (C) WE REPEAT THE SUBJECT LINE:', 'SUBJECT: TEST OF JOINED SECTIONS', '');
    const cable = parseCable(text);
    expect(cable.paragraphs[1]?.text).toBe('WE REPEAT THE SUBJECT LINE: SUBJECT: TEST OF JOINED SECTIONS');
  });
});

describe('markTransmissionLines with the preamble', () => {
  it('marks a repeated preamble right after a banner, and only there', () => {
    const preamble = ['C O N F I D E N T I A L SECTION 01 OF 02 BERN 002210', 'DEPT FOR EUR/AGS', 'TAGS: PREL, EFIN, SZ'];
    const body = ['1. (C) TEXT.', 'DEPT FOR EUR/AGS', 'C O N F I D E N T I A L SECTION 02 OF 02 BERN 002210', '', 'DEPT FOR  EUR/AGS', 'TAGS: PREL, EFIN, SZ', '', '2. (C) MORE.'];
    expect(markTransmissionLines(body, preamble).map((m) => m === true)).toEqual([false, false, true, false, true, true, false, false]);
    // Without the preamble only the banner is marked.
    expect(markTransmissionLines(body).map((m) => m === true)).toEqual([false, false, true, false, false, false, false, false]);
  });
});

describe('body across an old page break', () => {
  const page = (...rest: string[]): string => [...HEAD.slice(0, 10), '1. (C) THE EXPORT SUBSIDIES DISTORT TRADE AND DEPRESS WORLD', ...rest, 'RABB'].join('\n');

  it('reads on across a page break whose blank line lies between the banner word and the PAGE line', () => {
    const cable = parseCable(page('CONFIDENTIAL', '', 'PAGE 02        ROME   01196  01 OF 02  082030Z', 'PRICES TO THE DETRIMENT OF EFFICIENT PRODUCERS.'));
    expect(cable.body).toContain('DEPRESS WORLD\nPRICES TO THE DETRIMENT');
    expect(cable.paragraphs[0]?.text).toBe('THE EXPORT SUBSIDIES DISTORT TRADE AND DEPRESS WORLD PRICES TO THE DETRIMENT OF EFFICIENT PRODUCERS.');
  });

  it('keeps a blank line next to the text at a page break (guard)', () => {
    const before = parseCable(page('', 'CONFIDENTIAL', '', 'PAGE 02        ROME   01196  01 OF 02  082030Z', 'PRICES ARE LOW.'));
    expect(before.body).toContain('DEPRESS WORLD\n\nPRICES ARE LOW.');
    const after = parseCable(page('CONFIDENTIAL', '', 'PAGE 02        ROME   01196  01 OF 02  082030Z', '', 'PRICES ARE LOW.'));
    expect(after.body).toContain('DEPRESS WORLD\n\nPRICES ARE LOW.');
  });

  it('keeps the paragraph break before a numbered paragraph after the page break (guard)', () => {
    const cable = parseCable(page('PRICES.', 'CONFIDENTIAL', '', 'PAGE 02        ROME   01196  01 OF 02  082030Z', '2. (C) NEXT PARAGRAPH.'));
    expect(cable.body).toContain('PRICES.\n\n2. (C) NEXT PARAGRAPH.');
    expect(cable.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
  });
});

describe('hostile input for the joined-section rules', () => {
  it('stays linear on many header-like, office-like and NNNN lines', () => {
    const units = [
      'FM AMEMBASSY ROME\nTO SECSTATE WASHDC\n',
      'O 082015Z FEB 85\nNOT A HEADER LINE\n',
      'NNNN\nC O N F I D E N T I A L SECTION 02 OF 02 ROME 01196\nSUBJECT: TEST OF JOINED SECTIONS\n',
      'PAGE 01        ROME   01196  02 OF 02  082030Z\nACTION EUR-00\n\n',
      'CONFIDENTIAL\n\nPAGE 02        ROME   01196  01 OF 02  082030Z\n',
      'VZCZCRO0511\n',
      'O 082015Z FEB 85\n',
      'DE RUEHRO #1196/02 0392015\nFM AMEMBASSY ROME\nBT\nC O N F I D E N T I A L SECTION 02 OF 02 ROME 01196\nE.O. 12356: DECL: OADR\n',
    ];
    for (const unit of units) {
      const text = `${HEAD.join('\n')}\n${unit.repeat(Math.ceil(150_000 / unit.length))}RABB\n`;
      let cable!: ReturnType<typeof parseCable>;
      const ms = msUnder(1000, () => {
        cable = parseCable(text);
      });
      expect(cable.diagnostics.map((d) => d.code)).not.toContain('INTERNAL_ERROR');
      expect(ms).toBeLessThan(1000);
    }
  });
});

describe('a preamble field cut by a later section\'s banner goes on under it (era red team 406, era leftover 3598, session 29)', () => {
  const banner = ['', 'C O N F I D E N T I A L SECTION 02 OF 02 BAGHDAD 002215', '', 'SIPDIS', ''];
  const cable = (...preamble: string[]): Cable =>
    parseCable(['C O N F I D E N T I A L SECTION 01 OF 02 BAGHDAD 002215', '', 'SIPDIS', '', 'E.O. 12958: DECL: 11/02/2019', ...preamble, '', '1. (C) The council met.', '', 'CROCKER'].join('\n'));

  it('a subject stopped on a joining word', () => {
    const c = cable('TAGS: PGOV, EPET, IZ', 'SUBJECT: IRAQ: COUNCIL STALLS AGAIN ON', ...banner, 'HYDROCARBON LAW; KRG AND MINISTRY TRADE ACCUSATIONS', '', 'REF: BAGHDAD 2087');
    expect(c.subject).toBe('IRAQ: COUNCIL STALLS AGAIN ON HYDROCARBON LAW; KRG AND MINISTRY TRADE ACCUSATIONS');
    expect(c.distribution).toEqual([]);
    expect(c.references.map((r) => r.text)).toEqual(['BAGHDAD 2087']);
  });

  it('TAGS whose country codes the banner pushed under it', () => {
    const c = cable('TAGS: PREL PTER PGOV KPAL KWBG', ...banner, 'JO IZ IR', 'SUBJECT: TALKS');
    expect(c.tags).toEqual(['PREL', 'PTER', 'PGOV', 'KPAL', 'KWBG', 'JO', 'IZ', 'IR']);
    expect(c.distribution).toEqual([]);
  });

  it('a Classified By statement: its reasons, or the letters of its reason', () => {
    const before = cable('TAGS: PGOV, IZ', 'SUBJECT: TALKS', '', 'Classified By: Political Counselor Gary A. Grappo for', ...banner, 'reasons 1.4 (b) and (d).');
    expect(before.classifiedBy).toMatchObject({ name: 'Gary A. Grappo', reasons: ['1.4(b)', '1.4(d)'] });
    const letters = cable('TAGS: PGOV, IZ', 'SUBJECT: TALKS', '', 'Classified By: Ambassador Anne W. Patterson for reasons 1.4 (b)', ...banner, 'and (d).');
    expect(letters.classifiedBy?.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(letters.paragraphs.map((p) => p.number)).toEqual(['1']);
    const reason = cable('TAGS: PGOV, IZ', 'SUBJECT: TALKS', '', "CLASSIFIED BY: Robert S. Wang, Charge d'Affaires a.i.;", ...banner, 'REASON: 1.4(B), (D)');
    expect(reason.classifiedBy?.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(reason.paragraphs.map((p) => [p.number, p.heading])).toEqual([['1', null]]);
  });

  it('guard: a whole subject, or a distribution line of the next section, stays apart', () => {
    const whole = cable('TAGS: PGOV, IZ', 'SUBJECT: IRAQ: COUNCIL STALLS AGAIN', ...banner, 'DEPT PASS USTR');
    expect(whole.subject).toBe('IRAQ: COUNCIL STALLS AGAIN');
    const tags = cable('TAGS: PREL PTER PGOV', ...banner, 'DEPT PASS USTR', 'SUBJECT: TALKS');
    expect(tags.tags).toEqual(['PREL', 'PTER', 'PGOV']);
  });
});

describe('a heading run onto a later section\'s banner is text (era red team 412, session 29)', () => {
  const cable = (mid: string): Cable =>
    parseCable(['UNCLAS SECTION 01 OF 02 MONTEVIDEO 000811', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: PGOV, UY', 'SUBJECT: CONGRESS', '', '1. (U) The congress met on Monday.', '', mid, '', '2. (U) The calendar runs to June.', '', 'MATTHEWS'].join('\n'));

  it('heads the next paragraph instead of going with the banner', () => {
    const c = cable('UNCLAS SECTION 02 OF 02 MONTEVIDEO 000811 PARLIAMENTARY CALENDAR');
    expect(c.paragraphs.map((p) => [p.number, p.heading])).toEqual([['1', null], ['2', 'PARLIAMENTARY CALENDAR']]);
    expect(c.body).toContain('PARLIAMENTARY CALENDAR');
    expect(c.body).not.toContain('SECTION 02');
  });

  it('guard: handling words, a message series number or a copy of the preamble after the banner stay transmission', () => {
    for (const rest of ['NOFORN SIPDIS', 'CORRECTED COPY', 'TOSEC 310', 'SIPDIS THE CALENDAR', 'E.O. 12958: N/A', 'DEPT FOR WHA/BSC']) {
      const c = cable(`UNCLAS SECTION 02 OF 02 MONTEVIDEO 000811 ${rest}`);
      expect(c.paragraphs.map((p) => p.heading), rest).toEqual([null, null]);
      expect(c.paragraphs.map((p) => p.text).join(' '), rest).not.toContain(rest.split(' ')[0]);
    }
  });
});

describe('a Classified By statement cut by a page marker before the rest of its reason letters (era red team 442, session 29)', () => {
  it('goes on with `and (d).` under the marker, as under a later section\'s banner', () => {
    const c = parseCable(['C O N F I D E N T I A L SECTION 01 OF 02 DHAKA 001102', '', 'SIPDIS', '', 'E.O. 12958: DECL: 07/01/2017', 'TAGS: PGOV, BG', 'SUBJECT: TALKS', '', 'Classified By: Ambassador Patricia A. Butenis, for reasons 1.4 (b)', '', 'DHAKA 00001102  002 OF 002', '', 'and (d).', '', '1. (C) The talks went on.', '', 'BUTENIS'].join('\n'));
    expect(c.classifiedBy?.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(c.paragraphs.map((p) => [p.number, p.marking])).toEqual([['1', 'C']]);
  });
});
