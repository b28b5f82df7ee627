/**
 * Several cables pasted one after another into one plain text (docs/cable-format.md section 2, "Routing header";
 * section 4, "Sections"): each opens with its own transmission (`VZCZC...`). A transmission carrying another cable, or
 * the same cable's section again, starts a new `Cable`; the next section of the same cable does not. Synthetic lines.
 */

import { describe, expect, it } from 'vitest';
import { parseCable, parseCables } from '../src/index.js';
import { splitJoinedCables } from '../src/joined-cables.js';
import { splitLines } from '../src/text/source-line.js';
import { msUnder } from './timing.js';

/** One transmission: the routing header, a banner (`section`: `01 OF 02`, or none), the preamble, `body`, a signer line. */
const transmission = (post: string, serial: string, section: string | null, body: string[], signer: string | null): string[] => [
  'VZCZCXRO3312',
  'RR RUEHAG RUEHROV',
  `DE RUEHFR #${serial.slice(-4)} 0411530`,
  'ZNR UUUUU ZZH',
  'R 101530Z FEB 10',
  `FM AMEMBASSY ${post}`,
  'TO RUEHC/SECSTATE WASHDC 8120',
  'INFO RUCNMEM/EU MEMBER STATES COLLECTIVE',
  'BT',
  `UNCLAS ${section === null ? '' : `SECTION ${section} `}${post} ${serial}`,
  '',
  'SIPDIS',
  '',
  'E.O. 12958: N/A',
  'TAGS: ECON, EFIN',
  `SUBJECT: ${post} REPORT`,
  '',
  ...body,
  '',
  ...(signer === null ? [] : [signer]),
  '',
];

const PARIS = transmission('PARIS', '000219', null, ['1. (SBU) The bond was adopted.', '', '2. (SBU) Contacts agree.'], 'RIVKIN');
const ROME = transmission('ROME', '000333', null, ['1. (SBU) The budget passed.', '', '2. (SBU) The vote was close.', '', '3. (SBU) Comment: It holds.'], 'THORNE');
const SECTION_1 = transmission('MADRID', '000101', '01 OF 02', ['1. (SBU) First section text.'], null);
const SECTION_2 = transmission('MADRID', '101', '02 OF 02', ['2. (SBU) Second section text.'], 'SOLOMONT');

const refs = (text: string): Array<[string | null, number, string | null]> => parseCables(text).map((c) => [c.referenceId, c.paragraphs.length, c.signer]);

describe('splitJoinedCables', () => {
  it('starts a cable at a transmission carrying another cable', () => {
    const lines = splitLines([...PARIS, '', ...ROME].join('\n'));
    // (The blank lines between the two are in neither: the first ends after its signer.)
    expect(splitJoinedCables([...PARIS, '', ...ROME].join('\n'), lines)).toEqual([
      [0, PARIS.indexOf('RIVKIN') + 1],
      [PARIS.length + 1, lines.length],
    ]);
  });

  it('keeps the next section of the same cable with it (the serial with or without zeros)', () => {
    const text = [...SECTION_1, ...SECTION_2].join('\n');
    expect(splitJoinedCables(text, splitLines(text))).toHaveLength(1);
  });

  it('starts a cable at the same section again, and at a cable sent whole again', () => {
    const twice = [...SECTION_1, ...SECTION_2, ...SECTION_1, ...SECTION_2].join('\n');
    expect(splitJoinedCables(twice, splitLines(twice)).map(([a]) => a)).toEqual([0, SECTION_1.length + SECTION_2.length]);
    const whole = [...PARIS, ...PARIS].join('\n');
    expect(splitJoinedCables(whole, splitLines(whole)).map(([a]) => a)).toEqual([0, PARIS.length]);
  });

  it('keeps a transmission without a readable banner with the cable before it', () => {
    const text = [...PARIS, 'VZCZCXRO3313', 'RR RUEHAG', 'some garbled text', 'RIVKIN'].join('\n');
    expect(splitJoinedCables(text, splitLines(text))).toHaveLength(1);
  });

  it('takes a cable without transmission before the first one by its banner', () => {
    const headless = PARIS.slice(PARIS.indexOf('BT') + 1);
    const text = [...headless, ...ROME].join('\n');
    expect(splitJoinedCables(text, splitLines(text)).map(([a]) => a)).toEqual([0, headless.length]);
    const same = [...headless, ...PARIS].join('\n');
    expect(splitJoinedCables(same, splitLines(same)).map(([a]) => a)).toEqual([0, headless.length]);
  });

  it('keeps an excerpt cut short before the whole copy of the same cable with it', () => {
    const excerpt = [...PARIS.slice(0, PARIS.indexOf('SUBJECT: PARIS REPORT') + 1), '', 'RE...', ''];
    const text = [...excerpt, ...PARIS].join('\n');
    expect(splitJoinedCables(text, splitLines(text))).toHaveLength(1);
    // Not cut, but no numbered paragraph: a copy of the header and preamble only.
    const preambleOnly = [...excerpt.slice(0, -2), ...PARIS].join('\n');
    expect(splitJoinedCables(preambleOnly, splitLines(preambleOnly))).toHaveLength(1);
  });

  it('keeps a banner printed right over the header with its cable', () => {
    const text = ['UNCLAS PARIS 000219', '', ...PARIS].join('\n');
    expect(splitJoinedCables(text, splitLines(text))).toHaveLength(1);
  });
});

describe('parseCables on plain text holding several cables', () => {
  it('gives each cable its own Cable, with its header, paragraphs and signer', () => {
    const text = [...PARIS, '', ...ROME].join('\n');
    expect(refs(text)).toEqual([
      ['10PARIS219', 2, 'RIVKIN'],
      ['10ROME333', 3, 'THORNE'],
    ]);
    const [paris, rome] = parseCables(text);
    expect(rome?.header?.from).toBe('AMEMBASSY ROME');
    expect(rome?.comments).toHaveLength(1);
    expect(paris?.comments).toHaveLength(0);
    // Positions refer to the whole text; the second cable's spans start at its transmission.
    const second = text.indexOf('VZCZC', 1);
    expect(rome?.spans.header?.start).toBe(second);
    expect(paris?.spans.header?.end).toBeLessThan(second);
    expect(text.slice(rome?.spans.signer?.start, rome?.spans.signer?.end)).toBe('THORNE');
  });

  it('gives the same cable pasted twice as two equal cables, not one with its text twice', () => {
    const [a, b, ...rest] = parseCables([...PARIS, '', '', ...PARIS].join('\n'));
    expect(rest).toEqual([]);
    expect(a?.paragraphs.map((p) => p.text)).toEqual(['The bond was adopted.', 'Contacts agree.']);
    expect(b?.paragraphs.map((p) => p.text)).toEqual(a?.paragraphs.map((p) => p.text));
    expect(b?.signer).toBe('RIVKIN');
    expect(b?.body.includes('VZCZC')).toBe(false);
  });

  it('keeps joined sections one cable, and splits a copy of all sections pasted twice', () => {
    expect(refs([...SECTION_1, ...SECTION_2].join('\n'))).toEqual([['10MADRID101', 2, 'SOLOMONT']]);
    expect(refs([...SECTION_1, ...SECTION_2, '', ...SECTION_1, ...SECTION_2].join('\n'))).toEqual([
      ['10MADRID101', 2, 'SOLOMONT'],
      ['10MADRID101', 2, 'SOLOMONT'],
    ]);
  });

  it('parseCable gives the first cable only', () => {
    const c = parseCable([...PARIS, '', ...ROME].join('\n'));
    expect(c.referenceId).toBe('10PARIS219');
    expect(c.signer).toBe('RIVKIN');
    expect(c.paragraphs).toHaveLength(2);
  });
});

describe('linear time on hostile input: many transmissions', () => {
  it('reads 20,000 transmissions of one cable, none with a numbered paragraph, in well under a second', () => {
    const one = ['VZCZCXRO3312', 'UNCLAS PARIS 000219', '', 'TEXT WITHOUT NUMBERS', ''];
    const text = Array.from({ length: 20_000 }, () => one.join('\n')).join('\n');
    const lines = splitLines(text);
    let parts: Array<[number, number]> = [];
    const ms = msUnder(1000, () => {
      parts = splitJoinedCables(text, lines);
    });
    expect(ms).toBeLessThan(1000);
    expect(parts).toHaveLength(1);
  });
});

describe('cables without a header, one after another (era red team 79)', () => {
  /** `transmission` without its routing header: the banner first. */
  const headless = (lines: string[]): string[] => lines.slice(lines.indexOf('BT') + 1);

  it('starts a cable at a banner after the signer of the one before', () => {
    const text = [...headless(PARIS), '', '', ...headless(ROME)].join('\n');
    expect(refs(text)).toEqual([
      [null, 2, 'RIVKIN'],
      [null, 3, 'THORNE'],
    ]);
    // And after a cable with its header.
    expect(refs([...PARIS, '', ...headless(ROME)].join('\n')).map(([, n, s]) => [n, s])).toEqual([
      [2, 'RIVKIN'],
      [3, 'THORNE'],
    ]);
  });

  it('keeps the sections of one cable without headers together, and a banner quoted in a repeat (guard)', () => {
    expect(refs([...headless(SECTION_1), ...headless(SECTION_2)].join('\n'))).toEqual([[null, 2, 'SOLOMONT']]);
    const repeat = ['UNCLAS STATE 064622', '', 'E.O. 12958: N/A', 'TAGS: PREL', 'SUBJECT: REPEAT', '', 'FOLLOWING REPEAT PARIS 219 SENT ACTION SECSTATE.', '', 'QUOTE', '', ...headless(PARIS), 'UNQUOTE', 'VANCE'];
    expect(parseCables(repeat.join('\n'))).toHaveLength(1);
    // A banner in the middle of a text (no signer before it) starts nothing either.
    const inside = [...headless(PARIS).slice(0, -3), '', 'THE EMBASSY SENT THIS ON MONDAY:', '', ...headless(ROME)];
    expect(parseCables(inside.join('\n'))).toHaveLength(1);
  });

  it('leaves a separator line between two cables out of both', () => {
    for (const separator of ['----- next -----', '==========', '*** next cable ***']) {
      const [paris, rome, ...rest] = parseCables([...PARIS, separator, '', ...ROME].join('\n'));
      expect(rest, separator).toEqual([]);
      expect(paris?.signer, separator).toBe('RIVKIN');
      expect(paris?.body, separator).not.toContain(separator.trim().slice(0, 3));
      expect(rome?.signer, separator).toBe('THORNE');
    }
  });

  it('starts a cable at an older copy\'s classification word and PAGE 01 header, not at its second section\'s', () => {
    const older = (post: string, serial: string, section: string, body: string[], signer: string[]): string[] => [
      'CONFIDENTIAL',
      '',
      `PAGE 01        ${post}  ${serial}  ${section}  091105Z`,
      'ACTION NEA-07',
      '',
      'P 091100Z JUL 84',
      `FM AMEMBASSY ${post}`,
      'TO SECSTATE WASHDC PRIORITY 2915',
      '',
      `C O N F I D E N T I A L SECTION ${section} ${post} ${serial}`,
      '',
      ...body,
      ...signer,
    ];
    const amman = [
      ...older('AMMAN', '06602', '01 OF 02', ['E.O. 12356: DECL: OADR', 'TAGS: PREL, JO', 'SUBJECT: KING HUSSEIN', '', '1. (C) THE KING SPOKE.'], []),
      ...older('AMMAN', '06602', '02 OF 02', ['2. (C) HE WILL NOT MOVE.'], ['PAGANELLI']),
    ];
    const cairo = older('CAIRO', '21877', '01 OF 01', ['E.O. 12356: N/A', 'TAGS: ECON, EG', 'SUBJECT: BUDGET', '', '1. (C) THE DEFICIT GREW.'], ['VELIOTES']);
    expect(refs([...cairo, '', '', ...amman].join('\n'))).toEqual([
      ['84CAIRO21877', 1, 'VELIOTES'],
      ['84AMMAN6602', 2, 'PAGANELLI'],
    ]);
    // The page header cuts the post (`USUN N`) where the banner writes it whole: one cable.
    const usun = older('USUN N', '05432', '01 OF 01', ['E.O. 12356: N/A', 'TAGS: UNGA', 'SUBJECT: VOTE', '', '1. (C) THE VOTE PASSED.'], ['KIRKPATRICK']).map((l) => l.replace('SECTION 01 OF 01 USUN N 05432', 'USUN NEW YORK 05432').replace('FM AMEMBASSY USUN N', 'FM USMISSION USUN NEW YORK'));
    expect(parseCables(usun.join('\n')).map((c) => c.signer)).toEqual(['KIRKPATRICK']);
  });
});

describe('one cable that looks like several (era red team 83)', () => {
  const headless = (lines: string[]): string[] => lines.slice(lines.indexOf('BT') + 1);
  const count = (lines: string[]): number => parseCables(lines.join('\n')).length;

  it('keeps a cable quoted after `QTE` or `BEGIN TEXT` alone on a line in the cable that quotes it', () => {
    for (const [open, close] of [
      ['QTE', 'UNQTE'],
      ['BEGIN TEXT', 'END TEXT'],
    ] as const) {
      const repeat = ['UNCLAS STATE 064622', '', 'E.O. 12958: N/A', 'TAGS: PREL', 'SUBJECT: REPEAT', '', '1. FOLLOWING IS TEXT OF PARIS 219.', open, '', ...headless(PARIS), close, 'VANCE'];
      expect(count(repeat), open).toBe(1);
    }
  });

  it('keeps a list of cables by banner under a short heading, and a bare transmission id in the text', () => {
    const list = ['UNCLAS STATE 064622', '', 'E.O. 12958: N/A', 'TAGS: AMGT', 'SUBJECT: RETRANSMISSION', '', '1. PLEASE RETRANSMIT:', '', 'MESSAGES AFFECTED', '', 'CONFIDENTIAL STATE 287710', 'UNCLAS STATE 287744', '', '2. THANK YOU.', '', 'WISNER'];
    expect(count(list)).toBe(1);
    const ids = ['UNCLAS STATE 120044', '', 'E.O. 12958: N/A', 'TAGS: AMGT', 'SUBJECT: GARBLED', '', '1. THESE ARRIVED GARBLED:', '', 'VZCZCXRO1207', 'VZCZCXRO1208', '', '2. UNCLAS STATE 120044 WAS CLEAN.', '', 'BOYCE'];
    expect(count(ids)).toBe(1);
  });

  it('keeps a section sent twice (a retransmission) in the one cable', () => {
    const twice = [...SECTION_1, ...SECTION_2, ...SECTION_2].join('\n');
    expect(splitJoinedCables(twice, splitLines(twice))).toHaveLength(1);
  });
});

describe('where the cable before a headerless one ends (era red team 84)', () => {
  const headless = (lines: string[]): string[] => lines.slice(lines.indexOf('BT') + 1);
  const signers = (lines: string[]): Array<string | null> => parseCables(lines.join('\n')).map((c) => c.signer);

  it('after a mixed-case signer, the signer on the last sentence\'s line, or lines after the signer', () => {
    const rome = headless(ROME);
    expect(signers([...headless(PARIS).map((l) => (l === 'RIVKIN' ? 'Rivkin' : l)), '', ...rome])).toEqual(['Rivkin', 'THORNE']);
    const glued = headless(PARIS).filter((l) => l !== 'RIVKIN').map((l) => (l === '2. (SBU) Contacts agree.' ? '2. (SBU) Contacts agree. RIVKIN' : l));
    expect(signers([...glued, '', ...rome])).toEqual(['RIVKIN', 'THORNE']);
    expect(signers([...headless(PARIS), 'CLEARED: POL:MPARRIS, CONS:SKING, ECON:TLEE, ADM:WCARTER', '', ...rome]).at(-1)).toBe('THORNE');
  });

  it('after a form feed opening the banner\'s line, and at an older telegram\'s date-time group and FM line', () => {
    expect(signers([...headless(PARIS), `\f${rome0()}`, ...headless(ROME).slice(1)])).toEqual(['RIVKIN', 'THORNE']);
    const telegram = (post: string, serial: string, signer: string): string[] => ['R 281848Z DEC 66', `FM AMEMBASSY ${post}`, 'TO SECSTATE WASHDC 1234', 'BT', `CONFIDENTIAL ${post} ${serial}`, '', 'SUBJ: TALKS', '', `1. THE TALKS IN ${post} WENT ON.`, '', signer];
    expect(signers([...telegram('SAIGON', '14410', 'LODGE'), '', ...telegram('VIENTIANE', '3321', 'SULLIVAN')])).toEqual(['LODGE', 'SULLIVAN']);
  });

  it('not after a lead-in, an addressee or a line ending with a colon (guard)', () => {
    for (const before of ['THE FOLLOWING IS THE TEXT OF ROME 333', 'INFO AMEMBASSY BONN', 'THE EMBASSY REPORTED:']) {
      expect(parseCables([...headless(PARIS).slice(0, -3), '', before, '', ...headless(ROME)].join('\n')), before).toHaveLength(1);
    }
  });

  /** ROME's banner line. */
  function rome0(): string {
    return headless(ROME)[0] as string;
  }
});

describe('a repeat quoting the original cable with its header (era red team 110)', () => {
  const text = [
    'O 152210Z JAN 91',
    'FM SECSTATE WASHDC',
    'TO AMEMBASSY DAMASCUS IMMEDIATE 1187',
    'BT',
    'C O N F I D E N T I A L STATE 016731',
    '',
    'SUBJECT: KING HUSSEIN\'S MESSAGE',
    '',
    '1. DEPT REPEATS FOR INFO AMMAN 00412.',
    '',
    'QUOTE',
    'O 141200Z JAN 91',
    'FM AMEMBASSY AMMAN',
    'TO SECSTATE WASHDC IMMEDIATE 0412',
    'BT',
    'C O N F I D E N T I A L AMMAN 00412',
    '',
    'SUBJECT: KING HUSSEIN\'S MESSAGE',
    '',
    '1. (C) THE KING ASKS FOR A FEW MORE DAYS.',
    'HARRISON',
    'BT',
    'UNQUOTE',
    'BAKER',
    'BT',
  ].join('\n');

  it('is one cable: the quoted header, banner and text are the repeat\'s paragraph', () => {
    const cables = parseCables(text);
    expect(cables).toHaveLength(1);
    const c = cables[0];
    expect(c?.signer).toBe('BAKER');
    expect(c?.paragraphs.map((p) => p.number)).toEqual(['1']);
    expect(c?.paragraphs[0]?.text).toContain('QUOTE O 141200Z JAN 91 FM AMEMBASSY AMMAN TO SECSTATE WASHDC IMMEDIATE 0412');
    // (The quoted `BT` lines are end marks, transmission as everywhere.)
    expect(c?.paragraphs[0]?.text).toContain('FEW MORE DAYS. HARRISON UNQUOTE');
  });

  it('still splits at a header after the quote is closed (guard)', () => {
    const two = `${text}\n\nO 161200Z JAN 91\nFM AMEMBASSY AMMAN\nTO SECSTATE WASHDC 0420\nBT\nC O N F I D E N T I A L AMMAN 00420\n\nSUBJECT: OTHER\n\n1. (C) TEXT.\nHARRISON\nBT`;
    expect(parseCables(two).map((c) => c.signer)).toEqual(['BAKER', 'HARRISON']);
  });
});

describe('cables one after another with no blank line between (era red team 112)', () => {
  const first = ['O 120915Z SEP 78', 'FM AMEMBASSY TEHRAN', 'TO SECSTATE WASHDC IMMEDIATE 4410', 'BT', 'LIMITED OFFICIAL USE TEHRAN 08814', 'SUBJECT: MARTIAL LAW', '1. CURFEW HOURS EASED.', 'SULLIVAN', 'BT', '#8814', 'NNNN'];
  const second = (banner: string): string[] => [banner, 'SUBJECT: CONSULAR CASE', '1. THE CITIZEN WAS RELEASED TODAY.', 'SULLIVAN'];

  it('starts a cable at a banner right after NNNN: no cable is lost', () => {
    const cables = parseCables([...first, ...second('UNCLAS TEHRAN 08815')].join('\n'));
    expect(cables.map((c) => [c.serial, c.subject])).toEqual([['08814', 'MARTIAL LAW'], ['08815', 'CONSULAR CASE']]);
    expect(cables[1]?.paragraphs.map((p) => p.text)).toEqual(['THE CITIZEN WAS RELEASED TODAY.']);
  });

  it('also when the banner names a section', () => {
    const cables = parseCables([...first, ...second('UNCLAS SECTION 01 OF 01 TEHRAN 08815')].join('\n'));
    expect(cables.map((c) => c.serial)).toEqual(['08814', '08815']);
  });

  it('starts a cable at a later telegram when a repeat lost its UNQUOTE', () => {
    const text = ['O 152210Z JAN 91', 'FM SECSTATE WASHDC', 'TO AMEMBASSY ROME', 'BT', 'CONFIDENTIAL STATE 016731', 'SUBJECT: REPEAT', '1. DEPT REPEATS AMMAN 412.', 'QUOTE', '1. (C) THE KING ASKS FOR TIME.', 'BAKER', 'BT', '', 'R 171015Z JAN 91', 'FM AMEMBASSY ROME', 'TO SECSTATE WASHDC 0555', 'BT', 'CONFIDENTIAL ROME 00555', 'SUBJECT: OTHER', '1. (C) TEXT.', 'SECCHIA', 'BT'].join('\n');
    expect(parseCables(text).map((c) => c.serial)).toEqual(['016731', '00555']);
  });
});

describe('starts the input-shape test found missed (session 16)', () => {
  /** An older telegram: its DTG line (with its precedence), `FM`, `TO`, `BT`, a bare banner, one paragraph, a signer. */
  const telegram = (dtg: string, post: string, banner: string, signer: string): string[] => [
    dtg,
    `FM AMEMBASSY ${post}`,
    'TO SECSTATE WASHDC 1234',
    'BT',
    banner,
    '',
    'SUBJECT: REPORT',
    '',
    `1. THE ${post} REPORT FOLLOWS.`,
    '',
    signer,
  ];

  it('starts a telegram at two precedences before the DTG, and at a DTG with a garbled digit', () => {
    const text = [...telegram('R 101530Z FEB 66', 'ROME', 'UNCLAS ROME 0333', 'REINHARDT'), '', ...telegram('P R 281848Z DEC 66', 'SAIGON', 'UNCLAS SAIGON 14022', 'LODGE')].join('\n');
    expect(parseCables(text).map((c) => c.signer)).toEqual(['REINHARDT', 'LODGE']);
    const garbled = [...telegram('R 101530Z FEB 79', 'ROME', 'UNCLAS ROME 0333', 'GARDNER'), '', ...telegram('O 21O915Z NOV 79', 'ISLAMABAD', 'UNCLAS ISLAMABAD 1234', 'HUMMEL')].join('\n');
    expect(parseCables(garbled).map((c) => c.signer)).toEqual(['GARDNER', 'HUMMEL']);
    // An operating signal after the DTG (era file 1877): `O 122245Z OCT 74 ZFF4`.
    const signal = [...telegram('R 101530Z FEB 74', 'ROME', 'UNCLAS ROME 0333', 'VOLPE'), '', ...telegram('O 122245Z OCT 74 ZFF4', 'STATE', 'UNCLAS STATE 224417', 'INGERSOLL')].join('\n');
    expect(parseCables(signal).map((c) => c.signer)).toEqual(['VOLPE', 'INGERSOLL']);
  });

  it('starts a cable at a transmission whose banner names no post and serial', () => {
    const bare = (signer: string, de = '#0417', banner = 'UNCLAS'): string[] => ['VZCZCXYZ0417', 'RR RUEHC', `DE RUEKJCS ${de} 0121541`, 'ZNR UUUUU ZZH', 'R 121540Z JAN 09', 'FM SECDEF WASHINGTON DC', 'TO RUEHC/SECSTATE WASHINGTON DC', 'BT', banner, '', '1. THE MEETING WILL BE HELD IN ROME.', '', signer, 'BT', 'NNNN'];
    expect(parseCables([...bare('GATES'), '', ...bare('MULLEN', '#0422')].join('\n')).map((c) => c.signer)).toEqual(['GATES', 'MULLEN']);
    // The sections of one message (its `DE` serial) stay one cable, with a bare banner or one naming post and serial
    // (era red team 126).
    expect(parseCables([...bare('', '#4471/01', 'C O N F I D E N T I A L SECTION 01 OF 02'), '', ...bare('GATES', '#4471/02', 'C O N F I D E N T I A L SECTION 02 OF 02')].join('\n'))).toHaveLength(1);
    expect(parseCables([...bare('', '#2210/01', 'CONFIDENTIAL SECTION 01 OF 02 RIYADH 002210'), '', ...bare('FOWLER', '#2210/02', 'CONFIDENTIAL SECTION 02 OF 02 RIYA')].join('\n'))).toHaveLength(1);
    // (Guard: one header's own DTG line starts nothing; nor does the original header under a retransmission's new one.)
    expect(parseCables(bare('GATES').join('\n'))).toHaveLength(1);
    const retransmitted = ['VZCZCMNI318', 'RR RUEHC', 'DE RUEHML #1842 0891200', 'ZNY CCCCC ZZH', 'R 301200Z MAR 89 ZDK', 'FM AMEMBASSY MANILA', 'TO RUEHC/SECSTATE WASHDC 1203', 'BT', ...bare('PLATT')];
    expect(parseCables(retransmitted.join('\n'))).toHaveLength(1);
  });
});

describe('a quoted telegram header announced without QUOTE right above it (era red team 126)', () => {
  const telegram = (dtg: string, post: string, signer: string): string[] => [dtg, `FM AMEMBASSY ${post}`, 'TO SECSTATE WASHDC 1234', 'BT', `UNCLAS ${post} 0333`, '', `1. THE ${post} REPORT FOLLOWS.`, '', signer];

  it('is text of the cable that quotes it: after BEGIN TEXT:, after a lead-in ending INFORMATION:, after QUOTE and routing lines', () => {
    const repeat = (leadIn: string[], quoted: string[]): string[] => [
      'R 121540Z JAN 71',
      'FM SECSTATE WASHDC',
      'TO AMEMBASSY SEOUL',
      'BT',
      'UNCLAS STATE 004412',
      '',
      '1. THE DEPARTMENT REPEATS A TELEGRAM FOR REFERENCE.',
      ...leadIn,
      ...quoted,
      '',
      'ROGERS',
    ];
    const bonn = telegram('R 101530Z JAN 71', 'BONN', 'HILLENBRAND');
    for (const leadIn of [['2. TEXT OF BONN 333 FOLLOWS. BEGIN TEXT:'], ['2. FOLLOWING MESSAGE RECEIVED FROM AMEMBASSY BONN REPEATED FOR', 'YOUR INFORMATION:'], ['2. BONN 333 QUOTE', 'RR RUEHC', 'DE RUEHBO #0333 0101530', 'ZNR UUUUU ZZH']]) {
      const cables = parseCables([...repeat(leadIn, bonn), '', ...telegram('R 131540Z JAN 71', 'TOKYO', 'MEYER')].join('\n'));
      expect(cables.map((c) => c.header?.from), leadIn.join(' / ')).toEqual(['SECSTATE WASHDC', 'AMEMBASSY TOKYO']);
    }
  });
});

describe('joined cables, round 2 on this session\'s rules (era red team 128)', () => {
  const bare = (station: string, serial: string, signer: string): string[] => ['VZCZCXYZ0001', 'RR RUEHC', `DE ${station} #${serial} 0121541`, 'ZNR UUUUU ZZH', 'R 121540Z JAN 91', 'FM USDAO', 'TO RUEHC/SECSTATE WASHDC', 'BT', 'C O N F I D E N T I A L', '', '1. THE ATTACHE MET THE CHIEF OF STAFF.', '', signer, 'BT', 'NNNN'];

  it('tells two unnamed messages of the same serial apart by their station', () => {
    expect(parseCables([...bare('RUEHDM', '2210', 'SMITH'), '', ...bare('RUEHAM', '2210', 'JONES')].join('\n')).map((c) => c.signer)).toEqual(['SMITH', 'JONES']);
  });

  it('takes a header after a colon for quoted text when it is older than the cable, for the next cable when later', () => {
    const cable = (dtg: string, post: string, last: string, signer: string): string[] => [dtg, `FM AMEMBASSY ${post}`, 'TO SECSTATE WASHDC 1234', 'BT', `UNCLAS ${post} 0333`, '', `1. THE ${post} REPORT. ${last}`, '', signer];
    const older = [...cable('R 101830Z MAR 76', 'BONN', 'THE TEXT FOLLOWS:', ''), ...cable('R 091615Z MAR 76', 'ROME', 'END TEXT.', 'HILLENBRAND')];
    expect(parseCables(older.join('\n'))).toHaveLength(1);
    const later = [...cable('R 111045Z MAR 76', 'BONN', 'THE TEXT FOLLOWS:', ''), '', ...cable('R 111400Z MAR 76', 'ROME', 'NOTHING MORE.', 'VOLPE')];
    expect(parseCables(later.join('\n')).map((c) => c.header?.from)).toEqual(['AMEMBASSY BONN', 'AMEMBASSY ROME']);
  });

  it('reads a quoted header whose relay wraps onto lines of routing indicators as quoted', () => {
    const text = ['R 121540Z JAN 91', 'FM SECSTATE WASHDC', 'TO AMEMBASSY LONDON', 'BT', 'UNCLAS STATE 004412', '', '1. FOLLOWING IS AMMAN 412. QUOTE', 'RR RUEHC RUEHLO RUEHMO', 'RUEHFR RUEHRO RUEHBO', 'DE RUEHAM #0412 0101530', 'ZNY CCCCC ZZH', 'R 101530Z JAN 91', 'FM AMEMBASSY AMMAN', 'TO SECSTATE WASHDC', 'BT', 'UNCLAS AMMAN 0412', '', '1. THE KING SPOKE. UNQUOTE', '', 'EAGLEBURGER'];
    const cables = parseCables(text.join('\n'));
    expect(cables).toHaveLength(1);
    expect(cables[0]?.signer).toBe('EAGLEBURGER');
  });

  it('ends a quotation left open at the end of its cable: the next banner after the signer starts a cable', () => {
    const headerless = (post: string, serial: string, text: string, signer: string): string[] => [`UNCLAS ${post} ${serial}`, '', 'E.O. 12356: N/A', 'TAGS: PREL', `SUBJECT: ${post} REPORT`, '', `1. ${text}`, '', signer, ''];
    const text = [...headerless('LAGOS', '1122', 'THE PAPER CARRIED A QUOTE FROM THE MINISTER.', 'JETT'), ...headerless('ABUJA', '0987', 'THE TALKS WENT ON.', 'CAMPBELL')];
    expect(parseCables(text.join('\n')).map((c) => c.signer)).toEqual(['JETT', 'CAMPBELL']);
  });
});

describe('a header copied into the text by an archive record (corpus-numbers, session 16)', () => {
  const header = ['VZCZCXYZ0006', 'RR RUEHWEB', 'DE RUEHC #2767 1421457', 'ZNY CCCCC ZZH', 'R 221444Z MAY 09', 'FM SECSTATE WASHDC', 'TO AMEMBASSY ASUNCION 0724'];
  const body = ['C O N F I D E N T I A L STATE 052767', 'SIPDIS', 'E.O. 12958: DECL: 05/22/2034', 'TAGS: PINR', 'SUBJECT: REPORTING REQUEST', '', '1. (C) Please report.', '', 'CLINTON'];

  it('is one cable: the DE line writes the serial\'s last four digits (#2767 is STATE 052767)', () => {
    const text = [...header, '', 'id: 208372', 'refid: 09STATE52767', 'header:', ...header, '----------------- header ends ----------------', ...body].join('\n');
    expect(splitJoinedCables(text, splitLines(text))).toHaveLength(1);
  });

  it('is one cable: a DTG line repeated before any numbered paragraph is a copy of the header', () => {
    // (A long INFO list puts the copy's DTG line more than 16 lines after the first transmission id.)
    const info = Array.from({ length: 12 }, (_, k) => `RUEH${String.fromCharCode(65 + k)}X/AMEMBASSY POST${k}`);
    const header = ['VZCZCXYZ0006', 'RR RUEHWEB', 'DE RUEHC #2767 1421457', 'ZNY CCCCC ZZH', 'R 221444Z MAY 09', 'FM SECSTATE WASHDC', 'TO AMEMBASSY ASUNCION 0724', 'INFO RUEHZZ/AMEMBASSY LIMA', ...info];
    // (The row's header field ends on the banner's line: `TO AMEMBASSY ASUNCION 0724","C O N F I D E N T I A L ...`.)
    const row = ['136383,5/22/2009 14:44,09STATE52767,"Secretary of State",CONFIDENTIAL,,"VZCZCXYZ0006', ...header.slice(1, -1), `${header.at(-1) ?? ''}","${body[0] ?? ''}`];
    const text = [...header, '', ...row, ...body.slice(1)].join('\n');
    expect(splitJoinedCables(text, splitLines(text))).toHaveLength(1);
  });
});

describe('quoted headers behind routing lines and mixed-case openers (era red team 129)', () => {
  const quoting = (lead: string, quotedDtg: string, close: string): string[] => [
    'R 101830Z MAR 76', 'FM USMISSION NATO', 'TO SECSTATE WASHDC 5521', 'BT', 'C O N F I D E N T I A L USNATO 01402', '',
    'E.O. 11652: GDS', 'TAGS: PFOR, NATO', 'SUBJECT: FRG VIEWS', '', `1. ${lead}`,
    'RR RUEHC RUFHNA', 'RUEHLO RUFHPS', 'DE RUFHOL #4117 0691620', 'ZNY CCCCC ZZH', quotedDtg, 'FM AMEMBASSY BONN', 'TO SECSTATE WASHDC 4471', 'BT',
    'C O N F I D E N T I A L BONN 04117', '', 'A. THE FRG WOULD PREFER TO KEEP THE STUDY OFF THE AGENDA.', 'HILLENBRAND', close, '',
    '2. ACTION REQUESTED: GUIDANCE BY MARCH 15.', 'BRUCE',
  ];

  it('reads an older header after a colon as quoted when its routing lines stand between', () => {
    const cables = parseCables(quoting('BONN\'S MESSAGE, AS RECEIVED HERE, FOLLOWS:', 'R 091615Z MAR 76', 'END OF BONN MESSAGE.').join('\n'));
    expect(cables).toHaveLength(1);
    expect(cables[0]?.signer).toBe('BRUCE');
  });

  it('reads a header under a mixed-case `Begin text:` as quoted, also a newer one', () => {
    const cables = parseCables(quoting('Department repeats ref A for Bonn. Begin text:', 'R 111615Z MAR 76', 'End text.').join('\n'));
    expect(cables).toHaveLength(1);
    expect(cables[0]?.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(cables[0]?.signer).toBe('BRUCE');
  });

  it('still starts the next cable at a newer header after a colon and routing lines (guard)', () => {
    const text = quoting('THE TEXT FOLLOWS:', 'R 111615Z MAR 76', '').slice(0, -3);
    expect(parseCables(text.join('\n')).map((c) => c.header?.from)).toEqual(['USMISSION NATO', 'AMEMBASSY BONN']);
  });
});

describe('a first telegram whose banner names no cable, then a transmission (input shapes, session 17)', () => {
  it('ends the first at the next cable\'s transmission id', () => {
    const first = ['R 121015Z JUL 73', 'FM AMEMBASSY NAIROBI', 'TO SECSTATE WASHDC 6612', 'INFO AMEMBASSY KAMPALA', 'UNCLAS', 'E.O. 11652: N/A', 'TAGS: EAGR', 'SUBJECT: GRAIN RESERVE', '', '1. THE SECRETARIAT CIRCULATED A PROPOSAL.', 'MCILVAINE'];
    const second = ['VZCZCXRO6620', 'RR RUEHDE', 'DE RUEHNR #2214 2931120', 'ZNR UUUUU ZZH', 'R 201120Z OCT 09', 'FM AMEMBASSY NAIROBI', 'TO RUEHC/SECSTATE WASHDC 1187', 'BT', 'UNCLAS NAIROBI 002214', '', 'E.O. 12958: N/A', 'TAGS: PGOV', 'SUBJECT: LAND BILL', '', '1. The bill was tabled.', '', 'RANNEBERGER'];
    const cables = parseCables([...first, '', ...second].join('\n'));
    expect(cables.map((c) => c.signer)).toEqual(['MCILVAINE', 'RANNEBERGER']);
    expect(cables[1]?.header?.transmissionId).toBe('VZCZCXRO6620');
  });
});

describe('a short message under a DTG header, then a cable with a transmission (era red team 135)', () => {
  it('ends the message at its closing BT: the next header\'s DE line names only the next cable', () => {
    const svc = ['R 071205Z AUG 79', 'FM AMEMBASSY LUSAKA', 'TO SECSTATE WASHDC 3299', 'BT', 'UNCLAS SVC', 'LUSAKA 3298 PARA 2 LINE 4 SHOULD READ 1,400 METRIC TONS.', 'BT'];
    const next = ['VZCZCLS0331', 'RR RUEHC', 'DE RUEHLS #3301 2191410', 'ZNR UUUUU ZZH', 'R 071410Z AUG 79', 'FM AMEMBASSY LUSAKA', 'TO RUEHC/SECSTATE WASHDC 3300', 'BT', 'UNCLAS LUSAKA 3301', 'E.O. 12065: N/A', 'TAGS: EAID', 'SUBJ: MAIZE ARRIVALS', '', '1. FIRST SHIPMENT ARRIVED.', 'WILKOWSKI', 'BT'];
    const cables = parseCables([...svc, '', ...next].join('\n'));
    expect(cables.map((c) => c.header?.transmissionId ?? null)).toEqual([null, 'VZCZCLS0331']);
    expect(cables[0]?.body).toBe('LUSAKA 3298 PARA 2 LINE 4 SHOULD READ 1,400 METRIC TONS.');
    expect(cables[1]?.signer).toBe('WILKOWSKI');
  });
});

describe('a cut cable whose text follows its banner at once, after a message\'s trailer (input shapes, session 17)', () => {
  it('starts at its banner after the BT of the cable before', () => {
    const first = ['O 092215Z NOV 71', 'FM SECSTATE WASHDC', 'TO AMEMBASSY ACCRA IMMEDIATE', 'BT', 'C O N F I D E N T I A L STATE 204417', '', '1. YOU MAY DRAW ON FOREGOING IN TALKS.', 'ROGERS', 'BT'];
    const second = ['C O N F I D E N T I A L LIMA 003306', '', 'The Garcia government has decided to seek approval of the laws by decree.', '', 'Del Castillo said the Cabinet would ask for ninety days.'];
    const cables = parseCables([...first, '', '', ...second].join('\n'));
    expect(cables.map((c) => c.post)).toEqual(['STATE', 'LIMA']);
    expect(cables[0]?.signer).toBe('ROGERS');
  });
});

describe('a quoted message under its own classification word (era red team 245)', () => {
  const cable = (banner: string): string =>
    [
      'UNCLAS STATE 081234',
      '',
      'SUBJECT: REPEAT OF USEUCOM MESSAGE',
      '',
      '1. (U) Following USEUCOM message is repeated for your information.',
      '',
      'QUOTE',
      '',
      banner,
      '',
      'O 281200Z JUL 08',
      'FM CDR USEUCOM VAIHINGEN GE//ECJ3//',
      'TO SECDEF WASHINGTON DC',
      '',
      'SUBJ: EXERCISE RELIANT MERMAID 08 POSTPONEMENT',
      '',
      '1. THE EXERCISE IS POSTPONED.',
      '',
      'UNQUOTE',
      '',
      '2. (U) Posts need take no action.',
      '',
      'RICE',
    ].join('\n');

  it('is text of the paragraph quoting it, no second cable', () => {
    for (const banner of ['C O N F I D E N T I A L', 'SECRET//REL TO USA, ISAF, NATO']) {
      const cables = parseCables(cable(banner));
      expect(cables.length).toBe(1);
      expect(cables[0]?.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
      expect(cables[0]?.signer).toBe('RICE');
    }
  });
});

describe("an older telegram's header with a hyphenated operating signal, `ZFF-4` (input shapes, session 25)", () => {
  const tunis = ['R 241200Z MAY 99', 'FM AMEMBASSY TUNIS', 'TO SECSTATE WASHDC 4411', 'BT', 'C O N F I D E N T I A L TUNIS 000641', '', 'E.O. 12958: DECL: 05/24/09', 'TAGS: PREL, TS', 'SUBJECT: SANCTIONS', '', '1. (C) TEXT.', 'HOLLOWAY', 'BT', '#0641', 'NNNN'];
  const secto = ['O 241745Z MAY 76 ZFF-4', 'FM USDEL SECRETARY IN AIRCRAFT', 'TO SECSTATE WASHDC NIACT IMMEDIATE 2217', 'BT', 'S E C R E T SECTO 14072', '', 'E.O. 11652: XGDS-1', 'TAGS: PFOR, UR', 'SUBJECT: MEMCON', '', '1. THE SECRETARY MET GROMYKO.', 'KISSINGER', 'BT'];

  it('starts a cable there, after another one or before one', () => {
    expect(parseCables([...tunis, '', ...secto].join('\n')).map((c) => [c.referenceId, c.signer])).toEqual([
      ['99TUNIS641', 'HOLLOWAY'],
      ['76SECTO14072', 'KISSINGER'],
    ]);
  });
});

describe('a cable after another\'s BT and closing banner, no blank line between (era red team 434, session 29)', () => {
  it('starts at its banner', () => {
    const text = ['UNCLAS LISBON 1811', '', 'E.O. 11652: N/A', 'TAGS: PFOR, PO', 'SUBJECT: TALKS', '', '1. THE TALKS WENT ON.', 'CARLUCCI', 'BT', 'UNCLASSIFIED', 'LIMITED OFFICIAL USE MADRID 2290', '', 'E.O. 11652: N/A', 'TAGS: ELAB, SP', 'SUBJECT: ASTURIAS MINERS END STRIKE', '', '1. (LOU) THE MINERS WENT BACK.', 'STABLER'].join('\n');
    const cables = parseCables(text);
    expect(cables.map((c) => [c.post, c.subject, c.signer])).toEqual([
      ['LISBON', 'TALKS', 'CARLUCCI'],
      ['MADRID', 'ASTURIAS MINERS END STRIKE', 'STABLER'],
    ]);
  });

  it('guard: a header\'s own BT right above its banner starts nothing', () => {
    const text = ['R 081212Z MAR 76', 'FM SECSTATE WASHDC', 'TO AMEMBASSY BONN', 'BT', 'C O N F I D E N T I A L STATE 058812', '', 'E.O. 11652: GDS', 'TAGS: EFIN, IT', 'SUBJECT: CREDIT', '', '1. THE TREASURY AGREED.', 'KISSINGER'].join('\n');
    expect(parseCables(text)).toHaveLength(1);
  });
});

describe('a cable whose preamble is reflowed onto its banner line, pasted after another (era red team 439, session 29)', () => {
  it('starts at its banner line', () => {
    const text = ['UNCLAS STATE 012345', '', 'E.O. 12958: N/A', 'TAGS: PREL, EU', 'SUBJECT: VOTE', '', '1. (U) Please report responses.', 'CLINTON', '', 'UNCLAS RABAT 001544 SIPDIS DEPT FOR NEA/MAG E.O. 12958: N/A TAGS: PGOV, MO SUBJECT: MOROCCO: BY-ELECTION', '', '1. (SBU) The PJD complained.', '', 'JACKSON'].join('\n');
    expect(parseCables(text).map((c) => [c.post, c.signer])).toEqual([
      ['STATE', 'CLINTON'],
      ['RABAT', 'JACKSON'],
    ]);
  });
});
