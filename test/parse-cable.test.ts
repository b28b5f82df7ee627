/**
 * `parseCable` on plain cable text (docs/cable-format.md section 1d) with `\r\n` line
 * endings. The cable is synthetic.
 */

import { describe, expect, it } from 'vitest';
import { msUnder } from './timing.js';
import { parseCable } from '../src/index.js';

const LINES = [
  'VZCZCXRO5512', //                                                         1
  'PP RUEHDBU RUEHTA', //                                                    2
  'DE RUEHNT #0412/01 0611115', //                                           3
  'ZNR UUUUU ZZH', //                                                        4
  'P 021115Z MAR 10', //                                                     5
  'FM AMEMBASSY TASHKENT', //                                                6
  'TO RUEHC/SECSTATE WASHDC PRIORITY 5123', //                               7
  'INFO RUCNCIS/CIS COLLECTIVE PRIORITY 0345', //                            8
  'RUEHDBU/AMEMBASSY DUSHANBE 0456', //                                      9
  'UNCLAS SECTION 01 OF 02 TASHKENT 000412', //                              10
  'SIPDIS', //                                                               11
  'STATE FOR SCA/CEN', //                                                    12
  'E.O. 12958: N/A', //                                                      13
  'TAGS: ECON SENV UZ', //                                                   14
  'SUBJECT: UZBEKISTAN: WATER MINISTERS AGREE ON A JOINT', //                15
  'MONITORING PLAN', //                                                      16
  'REF: 09 TASHKENT 1987', //                                                17
  '', //                                                                     18
  'TASHKENT 00000412  001.2 OF 002', //                                      19
  '', //                                                                     20
  '1.  (U) SUMMARY: Ministers from three countries agreed on a', //          21
  'plan. END SUMMARY.', //                                                   22
  '', //                                                                     23
  'STATION NETWORK', //                                                      24
  '', //                                                                     25
  '2.  (U) The plan covers twelve stations on the river and', //            26
  '', //                                                                     27
  'TASHKENT 00000412  002.2 OF 002', //                                      28
  '', //                                                                     29
  'two on the lake.', //                                                     30
  '', //                                                                     31
  '3.  (SBU) Funding remains open.', //                                      32
  '', //                                                                     33
  'SMITH', //                                                                34
];
const TEXT = `${LINES.join('\r\n')}\r\n`;

describe('parseCable: a plain-text cable with \\r\\n line endings', () => {
  const cable = parseCable(TEXT);

  it('builds the reference id from the banner and the DTG year', () => {
    expect(cable.referenceId).toBe('10TASHKENT412');
    expect(cable.metadata).toBeNull();
  });

  it('reads the routing header', () => {
    expect(cable.header).toEqual({
      transmissionId: 'VZCZCXRO5512',
      relay: { precedence: ['PP'], routingIndicators: ['RUEHDBU', 'RUEHTA'] },
      originator: { station: 'RUEHNT', serial: '0412', section: 1, julianDay: 61, time: '1115' },
      security: 'UUUUU',
      dtg: { precedence: 'PRIORITY', datetime: '2010-03-02T11:15:00Z', text: '021115Z MAR 10', suffix: null },
      from: 'AMEMBASSY TASHKENT',
      to: [{ routingIndicator: 'RUEHC', address: 'SECSTATE WASHDC', precedence: 'PRIORITY', mcn: '5123', excluded: [] }],
      info: [
        { routingIndicator: 'RUCNCIS', address: 'CIS COLLECTIVE', precedence: 'PRIORITY', mcn: '0345', excluded: [] },
        { routingIndicator: 'RUEHDBU', address: 'AMEMBASSY DUSHANBE', precedence: null, mcn: '0456', excluded: [] },
      ],
    });
  });

  it('reads the preamble', () => {
    expect(cable.classification).toEqual({ level: 'UNCLASSIFIED', caveats: [], text: 'UNCLAS' });
    expect(cable.section).toEqual({ number: 1, total: 2 });
    expect(cable.post).toBe('TASHKENT');
    expect(cable.serial).toBe('000412');
    expect(cable.sipdis).toBe(true);
    expect(cable.distribution).toEqual(['STATE FOR SCA/CEN']);
    expect(cable.executiveOrder).toEqual({ order: '12958', declassify: { kind: 'n/a' }, text: 'E.O. 12958: N/A' });
    expect(cable.tags).toEqual(['ECON', 'SENV', 'UZ']);
    expect(cable.subject).toBe('UZBEKISTAN: WATER MINISTERS AGREE ON A JOINT MONITORING PLAN');
    expect(cable.references).toEqual([
      { label: null, text: '09 TASHKENT 1987', kind: 'cable', referenceId: '09TASHKENT1987' },
    ]);
    expect(cable.classifiedBy).toBeNull();
  });

  it('reads the paragraphs, with a heading and text across a page break', () => {
    expect(cable.paragraphs).toEqual([
      { number: '1', outline: ['1'], marking: 'U', heading: null, text: 'SUMMARY: Ministers from three countries agreed on a plan. END SUMMARY.' },
      { number: '2', outline: ['2'], marking: 'U', heading: 'STATION NETWORK', text: 'The plan covers twelve stations on the river and two on the lake.' },
      { number: '3', outline: ['3'], marking: 'SBU', heading: null, text: 'Funding remains open.' },
    ]);
  });

  it('reads the summary, signer and page markers', () => {
    expect(cable.summary).toBe('Ministers from three countries agreed on a plan.');
    expect(cable.signer).toBe('SMITH');
    expect(cable.pages).toEqual([
      { post: 'TASHKENT', serial: '00000412', page: 1, total: 2 },
      { post: 'TASHKENT', serial: '00000412', page: 2, total: 2 },
    ]);
  });

  it('builds the body without page markers, carriage returns or the signer', () => {
    expect(cable.body).toBe([
      '1.  (U) SUMMARY: Ministers from three countries agreed on a',
      'plan. END SUMMARY.',
      '',
      'STATION NETWORK',
      '',
      '2.  (U) The plan covers twelve stations on the river and',
      '',
      'two on the lake.',
      '',
      '3.  (SBU) Funding remains open.',
    ].join('\n'));
    expect(cable.body).not.toContain('\r');
  });

  it('reports no missing-field, error or warning diagnostics for a complete cable', () => {
    const codes = cable.diagnostics.map((d) => d.code);
    for (const c of ['SUBJECT_MISSING', 'TAGS_MISSING', 'EO_MISSING', 'CLASSIFICATION_MISSING', 'HEADER_MISSING', 'SIGNER_MISSING', 'PAGE_MARKER_OUT_OF_ORDER']) {
      expect(codes).not.toContain(c);
    }
    expect(cable.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('gives the same result with \\n line endings', () => {
    // Positions differ (each \r\n is one character longer); every parsed field is the same.
    const { diagnostics: _a, spans: _s, unparsed: _u, ...crlf } = cable;
    const { diagnostics: _b, spans: _t, unparsed: _v, ...lf } = parseCable(LINES.join('\n'));
    expect(crlf).toEqual(lf);
  });
});

describe('parseCable: missing SUBJECT and TAGS', () => {
  // The same cable without the TAGS and SUBJECT lines.
  const lines = LINES.filter((l) => !l.startsWith('TAGS:') && !l.startsWith('SUBJECT:') && l !== 'MONITORING PLAN');
  const text = lines.join('\r\n');
  const bannerLine = lines.indexOf('UNCLAS SECTION 01 OF 02 TASHKENT 000412') + 1;
  const cable = parseCable(text);

  it('still reads the rest of the preamble', () => {
    expect(cable.subject).toBeNull();
    expect(cable.tags).toEqual([]);
    expect(cable.executiveOrder?.order).toBe('12958');
    expect(cable.references.map((r) => r.referenceId)).toEqual(['09TASHKENT1987']);
    expect(cable.referenceId).toBe('10TASHKENT412');
  });

  it('reports SUBJECT_MISSING and TAGS_MISSING as warnings at the preamble (banner) line', () => {
    const subject = cable.diagnostics.filter((d) => d.code === 'SUBJECT_MISSING');
    const tags = cable.diagnostics.filter((d) => d.code === 'TAGS_MISSING');
    expect(subject).toHaveLength(1);
    expect(tags).toHaveLength(1);
    expect(bannerLine).toBe(10);
    expect(subject[0]).toMatchObject({ severity: 'warning', line: bannerLine, column: 1, offset: text.indexOf('UNCLAS SECTION') });
    expect(tags[0]).toMatchObject({ severity: 'warning', line: bannerLine, column: 1, offset: text.indexOf('UNCLAS SECTION') });
  });

  it('counts \\r\\n as one line break in diagnostic positions', () => {
    // A diagnostic at a later line: an impossible DTG on line 5.
    const bad = parseCable(text.replace('P 021115Z MAR 10', 'P 311115Z FEB 10'));
    const dtg = bad.diagnostics.find((d) => d.code === 'DTG_INVALID');
    expect(dtg?.line).toBe(5);
    expect(dtg?.offset).toBe(text.indexOf('P 021115Z MAR 10'));
  });

  it('reports only TAGS_MISSING when just TAGS is missing', () => {
    const c = parseCable(LINES.filter((l) => !l.startsWith('TAGS:')).join('\r\n'));
    const codes = c.diagnostics.map((d) => d.code);
    expect(codes).toContain('TAGS_MISSING');
    expect(codes).not.toContain('SUBJECT_MISSING');
    expect(c.subject).toBe('UZBEKISTAN: WATER MINISTERS AGREE ON A JOINT MONITORING PLAN');
  });
});

describe('parseCable: repairs inside the body', () => {
  // Every line ends with a space (the archive convention) except line 7, cut inside a word.
  const lines = [
    'UNCLAS ASTANA 000045 ', //                                  1
    'SIPDIS ', //                                                2
    'E.O. 12958: N/A ', //                                       3
    'TAGS: PREL KZ ', //                                         4
    'SUBJECT: KAZAKHSTAN: MEDIA CAMPAIGN ', //                   5
    ' ', //                                                      6
    '1.  (U) The embassy will support a su', //                  7
    'stained media campaign &#x000A;and more text here. ', //    8
    'A second line of text. ', //                                9
    ' ', //                                                      10
    'HOAGLAND ', //                                              11
  ];
  const cable = parseCable(lines.join('\r\n'));

  it('repairs the cut word and the entity in body and paragraphs', () => {
    expect(cable.body).toBe('1.  (U) The embassy will support a sustained media campaign\nand more text here.\nA second line of text.');
    expect(cable.paragraphs.map((p) => p.text)).toEqual([
      'The embassy will support a sustained media campaign and more text here. A second line of text.',
    ]);
    expect(cable.signer).toBe('HOAGLAND');
    expect(cable.subject).toBe('KAZAKHSTAN: MEDIA CAMPAIGN');
  });

  it('reports LINE_BREAK_REPAIRED at line 7 and ENTITY_DECODED at line 8', () => {
    const listed = cable.diagnostics
      .filter((d) => d.code === 'LINE_BREAK_REPAIRED' || d.code === 'ENTITY_DECODED')
      .map((d) => [d.code, d.line]);
    expect(listed).toEqual([['LINE_BREAK_REPAIRED', 7], ['ENTITY_DECODED', 8]]);
  });
});

describe('field guide variants', () => {
  const PREAMBLE = ['UNCLAS ASTANA 000045', 'SIPDIS', 'E.O. 12958: N/A', 'TAGS: PREL KZ', 'SUBJECT: KAZAKHSTAN: A MEETING', ''];

  it('finds the signer when a trailing classification banner follows it', () => {
    // docs/cable-format.md section 4: the signer is "sometimes with a title or a trailing
    // classification banner after it".
    const c = parseCable([...PREAMBLE, '1.  (U) The meeting went well.', '', 'HOAGLAND', '', 'UNCLASSIFIED', ''].join('\r\n'));
    expect(c.signer).toBe('HOAGLAND');
    expect(c.body).toBe('1.  (U) The meeting went well.');
  });

  it('reads a Classified By statement that sits in paragraph 1', () => {
    // docs/cable-format.md section 3: Classified By "may ... sit in paragraph 1"
    // (`1.  (U)  CLASSIFIED BY JOHN DOE, DEPUTY CHIEF OF MISSION. REASON: 1.5 (D)`).
    const c = parseCable([
      'CONFIDENTIAL ROME 001196',
      'E.O. 12356: DECL: OADR',
      'TAGS: PREL IT',
      'SUBJECT: ITALY: A MEETING',
      '',
      '1.  (U)  CLASSIFIED BY JOHN DOE, DEPUTY CHIEF OF MISSION. REASON: 1.5 (D)',
      '',
      '2.  (C) The meeting went well.',
      '',
      'DOE',
    ].join('\r\n'));
    expect(c.classifiedBy).not.toBeNull();
    expect(c.classifiedBy?.reasons).toEqual(['1.5(d)']);
    expect(c.classifiedBy?.name).toBe('JOHN DOE');
  });

  it('does not treat a repeated section banner and SIPDIS in the body as paragraph text or heading', () => {
    // docs/cable-format.md section 4: archives join sections, "so the body can contain a second
    // classification line (`UNCLAS SECTION 02 OF 02 ASTANA 000270`) and a repeated `SIPDIS`".
    const c = parseCable([
      'UNCLAS SECTION 01 OF 02 ASTANA 000270',
      'SIPDIS',
      'E.O. 12958: N/A',
      'TAGS: PREL KZ',
      'SUBJECT: KAZAKHSTAN: A MEETING',
      '',
      '1.  (U) The first paragraph ends here.',
      '',
      'UNCLAS SECTION 02 OF 02 ASTANA 000270',
      'SIPDIS',
      '',
      '2.  (U) The second paragraph.',
      '',
      'HOAGLAND',
    ].join('\r\n'));
    expect(c.paragraphs).toEqual([
      { number: '1', outline: ['1'], marking: 'U', heading: null, text: 'The first paragraph ends here.' },
      { number: '2', outline: ['2'], marking: 'U', heading: null, text: 'The second paragraph.' },
    ]);
  });
});

describe('a cut excerpt before the complete copy', () => {
  // Some archive pages print the first ~240 characters of the cable, cut inside a word
  // (`... on Aug...`), then the complete cable with its preamble flattened into long lines.
  const EXCERPT = [
    'C O N F I D E N T I A L SECTION 01 OF 02 VALLETTA 000123',
    '',
    'SIPDIS',
    '',
    'E.O. 12958: DECL: 08/13/2018',
    'TAGS: PREL MT',
    'SUBJECT: MALTA: A MEETING ON FERRIES',
    '',
    '1. (C) The minister met the ambassador on Aug...',
    '',
  ];
  const COMPLETE = [
    'C O N F I D E N T I A L SECTION 01 OF 02 VALLETTA 000123 SIPDIS E.O. 12958: DECL: 08/13/2018 TAGS: PREL MT',
    '',
    'SUBJECT: MALTA: A MEETING ON FERRIES',
    '',
    'Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d)',
    '',
    '1. (C) The minister met the ambassador on August 12 about the ferries.',
    '',
    '2. (C) He asked for help with the port.',
    '',
    'ROE',
  ];

  it('reads the complete copy once and drops the excerpt', () => {
    const c = parseCable([...EXCERPT, ...COMPLETE].join('\n'));
    expect(c.subject).toBe('MALTA: A MEETING ON FERRIES');
    expect(c.classifiedBy?.name).toBe('Jane Roe');
    expect(c.paragraphs.map((p) => [p.number, p.text])).toEqual([
      ['1', 'The minister met the ambassador on August 12 about the ferries.'],
      ['2', 'He asked for help with the port.'],
    ]);
    expect(c.body).not.toContain('SUBJECT');
    expect(c.body).not.toContain('Aug...');
  });

  it('keeps the text when the banner after the cut names another serial', () => {
    const other = COMPLETE.map((l, k) => (k === 0 ? l.replace('000123', '000124') : l));
    const c = parseCable([...EXCERPT, ...other].join('\n'));
    expect(c.paragraphs[0]?.text).toContain('on Aug...');
  });

  it('keeps the text when a later section follows a sentence ending in an ellipsis', () => {
    const later = COMPLETE.map((l, k) => (k === 0 ? l.replace('SECTION 01 OF 02', 'SECTION 02 OF 02') : l));
    const c = parseCable([...EXCERPT, ...later].join('\n'));
    expect(c.paragraphs[0]?.text).toContain('on Aug...');
  });

  it('keeps a long first part: an excerpt is short', () => {
    const long = [...EXCERPT.slice(0, 8), ...Array.from({ length: 8 }, () => '1. (C) The minister met the ambassador on a long day of talks, and then'), 'they spoke on Aug...', ''];
    const c = parseCable([...long, ...COMPLETE].join('\n'));
    expect(c.body).toContain('on Aug...');
  });

  it('scans a hostile run of cut lines in linear time', () => {
    const hostile = ['UNCLAS VALLETTA 000123', ...Array.from({ length: 20000 }, () => 'a... ')].join('\n');
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    expect(
      msUnder(1000, () => {
        parseCable(hostile);
      }),
    ).toBeLessThan(1000);
  });
});

describe('parseCable: YOURTEL in a cable to one addressee (era red team 14)', () => {
  const cable = (to: string[]): string =>
    [
      'R 101200Z OCT 79',
      'FM SECSTATE WASHDC',
      ...to,
      'BT',
      'CONFIDENTIAL STATE 290000',
      '',
      'E.O. 12065: GDS 10/10/85',
      'TAGS: PORG, WA',
      'SUBJECT: NAMIBIA RESOLUTIONS',
      '',
      'REF: YOURTEL 19920',
      '',
      '1. WE AGREE.',
      'VANCE',
    ].join('\n');

  it("gives the reference the addressee's station (AMEMBASSY BONN)", () => {
    expect(parseCable(cable(['TO AMEMBASSY BONN IMMEDIATE 4410'])).references[0]?.referenceId).toBe('79BONN19920');
  });

  it('gives no id with two addressees: which one is meant cannot be told', () => {
    expect(parseCable(cable(['TO AMEMBASSY BONN IMMEDIATE 4410', 'AMEMBASSY PARIS IMMEDIATE 4411'])).references[0]?.referenceId).toBeNull();
  });

  it("gives a telegram of the Secretary's traveling party its series, SECTO (era red team 146)", () => {
    expect(parseCable(cable(['TO USDEL SECRETARY IN MOSCOW IMMEDIATE 0412'])).references[0]?.referenceId).toBe('79SECTO19920');
    expect(parseCable(cable(['TO USDEL SECRETARY AIRCRAFT NIACT IMMEDIATE'])).references[0]?.referenceId).toBe('79SECTO19920');
  });
});
