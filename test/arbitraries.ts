/**
 * fast-check arbitraries for realistic, canonical `Cable` values: what a cable of the
 * Astana seed's kind (or an older all-capitals cable) looks like once parsed. Every field
 * is built the way the conventions of fixtures/README.md read it, never by running the
 * parser: the round-trip property then checks the parser against these conventions.
 *
 * Generated text is canonical: words of letters and digits, one space between words,
 * sentences ending with a period, no field keywords or markers the parser would read as
 * structure except those the cable's derived fields (`summary`, `comments`, `notes`) record.
 */

import fc from 'fast-check';
import type {
  Cable,
  CableSpans,
  ClassificationLevel,
  ClassifiedBy,
  DateTimeGroup,
  ExecutiveOrder,
  PageMarker,
  Paragraph,
  Recipient,
  Reference,
  RoutingHeader,
} from '../src/model/cable.js';
import { formatBody } from '../src/index.js';

// ---------------------------------------------------------------------------------------------
// Words

/** Lower-case words of running text (no keyword of any field: no `end`, `note`, `comment`, `summary`, `classified`). */
const LOWER_WORDS = [
  'the', 'minister', 'said', 'that', 'government', 'plans', 'to', 'increase', 'support', 'for',
  'regional', 'cooperation', 'and', 'trade', 'with', 'neighbors', 'officials', 'met',
  'representatives', 'of', 'ministry', 'discussed', 'water', 'energy', 'security', 'border',
  'customs', 'training', 'program', 'law', 'new', 'will', 'be', 'in', 'on', 'a', 'an',
  'conference', 'meeting', 'agreed', 'draft', 'budget', 'schedule', 'local', 'press', 'reported',
  'cases', 'victims', 'trafficking', 'police', 'court', 'sentenced', 'years', 'prison',
  'delegation', 'visited', 'sites', 'equipment', 'delivered', 'advisor', 'requested', 'funds',
  'deputy', 'chairman', 'committee', 'asked', 'information', 'upcoming', 'courses', 'visits',
  'development', 'sustainable', 'growth', 'green', 'environment', 'sea', 'river', 'desert',
  'oil', 'spill', 'response', 'international', 'convention', 'join', 'seeks', 'status',
];
/** Capitalized names and places. */
const NAMES = [
  'Kazakhstan', 'Astana', 'Almaty', 'Bragin', 'Karlikhanov', 'Aral', 'Caspian', 'Shymkent',
  'Karaganda', 'Makaev', 'Issayeva', 'Washington', 'Moscow', 'Tashkent', 'Bishkek', 'Nazarbayev',
];
/** Acronyms. */
const ACRONYMS = ['OSCE', 'MCED', 'ESCAP', 'CAREC', 'EXBS', 'NGO', 'MFA', 'USAID', 'DHS', 'DOE'];
/** Numbers (never five digits or more: no serial looks like a page marker). */
const NUMBERS = ['2', '15', '40', '62', '2009', '2010', '1985', '300', '1200'];

/** Upper-case words of titles and subjects. */
const TITLE_WORDS = [
  'SECOND', 'ADVISORY', 'COUNCIL', 'MEETING', 'PREPARATION', 'SUSTAINABLE', 'DEVELOPMENT',
  'CONFERENCE', 'DEMARCHE', 'DELIVERED', 'MEDIA', 'REPORTS', 'HUMAN', 'TRAFFICKING', 'CASES',
  'TRAINING', 'COURSES', 'EQUIPMENT', 'STATUS', 'UPDATE', 'REGIONAL', 'AGREEMENTS', 'NEEDED',
  'WATER', 'DEFICIT', 'NORTH', 'ARAL', 'SEA', 'RESTORATION', 'PROGRAM', 'PLAN', 'SCIENCE',
  'OIL', 'SPILL', 'RESPONSE', 'INFORMAL', 'MINISTERIAL', 'DATES', 'PROPOSES', 'SEEKS', 'JOIN',
  'MCED', 'OSCE', 'EXBS', 'CAREC', 'GOVERNMENT', 'BUSINESS', 'CIVIL', 'SOCIETY', 'AND', 'THE',
  'IN', 'OF', 'TO', 'WITH',
];

const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

/** `arb` in one case out of `n`, else `null`. */
const oneIn = <T>(n: number, arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: n - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });

/** Which case the body is written in: mixed case (modern) or all capitals (older cables). */
export type TextCase = 'mixed' | 'caps';

/** A word of running text (never the last word of a sentence). */
const innerWord = fc.oneof(
  { weight: 12, arbitrary: pick(LOWER_WORDS) },
  { weight: 2, arbitrary: pick(NAMES) },
  { weight: 1, arbitrary: pick(ACRONYMS) },
  { weight: 1, arbitrary: pick(NUMBERS) },
);

/** A word of running text, sometimes followed by a comma. */
const innerWordOrClause = fc.tuple(innerWord, fc.integer({ min: 0, max: 9 })).map(([w, k]) => (k === 0 ? `${w},` : w));

/** A sentence: capitalized first word, last word a lower-case word or a name, then a period. */
function sentence(tc: TextCase): fc.Arbitrary<string> {
  return fc
    .tuple(pick([...NAMES, ...LOWER_WORDS]), fc.array(innerWordOrClause, { minLength: 2, maxLength: 14 }), fc.oneof(pick(LOWER_WORDS), pick(NAMES)))
    .map(([first, mid, last]) => {
      const s = `${first.charAt(0).toUpperCase()}${first.slice(1)} ${[...mid, last].join(' ')}.`;
      return tc === 'caps' ? s.toUpperCase() : s;
    });
}

/** Sentences joined with one space. */
function sentences(tc: TextCase, min: number, max: number): fc.Arbitrary<string> {
  return fc.array(sentence(tc), { minLength: min, maxLength: max }).map((s) => s.join(' '));
}

/** A title: upper-case words, no final punctuation. */
function title(minWords: number, maxWords: number, numbers = false): fc.Arbitrary<string> {
  const words = numbers ? [...TITLE_WORDS, '2009', '2010', '40'] : TITLE_WORDS;
  // A title never ends on a joining word (`... MEETING AND`): a subject that does goes on past a page marker.
  return fc
    .array(pick(words), { minLength: minWords, maxLength: maxWords })
    .map((w) => (JOINING_WORDS.has(w[w.length - 1] ?? '') ? [...w, 'UPDATE'] : w).join(' '));
}

/** The joining words of `TITLE_WORDS`. */
const JOINING_WORDS: ReadonlySet<string> = new Set(['AND', 'THE', 'IN', 'OF', 'TO', 'WITH']);

// ---------------------------------------------------------------------------------------------
// Routing header and DTG

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A transmission time between 1990 and 2010. */
export interface Moment {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** A valid UTC minute between 1990-01-01 and 2010-12-31. */
export const momentArb: fc.Arbitrary<Moment> = fc
  .tuple(fc.integer({ min: 1990, max: 2010 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([year, month, d, hour, minute]) => {
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { year, month, day: Math.min(d, days), hour, minute };
  });

/** Julian day (1-366) of a moment. */
function julianDay(m: Moment): number {
  return Math.round((Date.UTC(m.year, m.month - 1, m.day) - Date.UTC(m.year, 0, 1)) / 86_400_000) + 1;
}

/** The DTG of a moment: `O 260805Z FEB 10` read as `{ precedence, datetime, text, suffix }`. */
function dtgOf(m: Moment, precedence: string, suffix: string | null): DateTimeGroup {
  return {
    precedence,
    datetime: `${m.year}-${pad(m.month)}-${pad(m.day)}T${pad(m.hour)}:${pad(m.minute)}:00Z`,
    text: `${pad(m.day)}${pad(m.hour)}${pad(m.minute)}Z ${MONTHS[m.month - 1] ?? 'JAN'} ${pad(m.year % 100)}`,
    suffix,
  };
}

/** A routing indicator: `R` and 3-6 letters. */
export const routingIndicatorArb: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), { minLength: 3, maxLength: 6 })
  .map((l) => `R${l.join('')}`);

const ADDRESSES = [
  'SECSTATE WASHDC', 'CIS COLLECTIVE', 'AMEMBASSY BEIJING', 'AMEMBASSY TOKYO', 'USMISSION USNATO',
  'CIA WASHDC', 'JOINT STAFF WASHDC', 'CDR USCENTCOM MACDILL AFB FL', 'AMCONSUL ALMATY',
  'EUROPEAN POLITICAL COLLECTIVE', 'ALL SOUTH AND CENTRAL ASIA COLLECTIVE', 'USMISSION USUN NEW YORK',
  'DEPT OF ENERGY WASHINGTON DC', 'NSC WASHDC', 'SECDEF WASHDC', 'USMISSION USOSCE',
];

/** An addressee: `RUEHC/SECSTATE WASHDC IMMEDIATE 7547`. */
const recipientArb = (withoutIndicator: boolean): fc.Arbitrary<Recipient> =>
  fc
    .record({
      ri: withoutIndicator ? fc.option(routingIndicatorArb, { freq: 5 }) : routingIndicatorArb,
      address: pick(ADDRESSES),
      precedence: fc.option(pick(['IMMEDIATE', 'PRIORITY', 'ROUTINE', 'NIACT IMMEDIATE', 'FLASH']), { freq: 2 }),
      mcn: fc.option(fc.integer({ min: 1, max: 9999 }).map(String), { freq: 4 }),
      excluded: fc.oneof({ weight: 6, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: fc.array(pick(['AMEMBASSY SOFIA', 'AMEMBASSY ASTANA', 'USMISSION USNATO']), { minLength: 1, maxLength: 2 }) }),
    })
    .map(({ ri, address, precedence, mcn, excluded }) => ({
      routingIndicator: ri,
      address,
      precedence,
      mcn,
      // Exclusions follow collectives.
      excluded: address.endsWith('COLLECTIVE') ? excluded : [],
    }));

// ---------------------------------------------------------------------------------------------
// Classification, posts, preamble fields

interface Level {
  text: string;
  level: ClassificationLevel;
  security: string;
  markings: string[];
  caveats: string[][];
  classified: boolean;
}

const LEVELS: readonly Level[] = [
  { text: 'UNCLAS', level: 'UNCLASSIFIED', security: 'UUUUU', markings: ['SBU', 'U'], caveats: [[], [], ['SENSITIVE'], ['EFTO']], classified: false },
  { text: 'UNCLASSIFIED', level: 'UNCLASSIFIED', security: 'UUUUU', markings: ['U', 'SBU'], caveats: [[]], classified: false },
  { text: 'LIMITED OFFICIAL USE', level: 'LIMITED OFFICIAL USE', security: 'UUUUU', markings: ['LOU', 'U'], caveats: [[]], classified: false },
  { text: 'CONFIDENTIAL', level: 'CONFIDENTIAL', security: 'CCCCC', markings: ['C', 'U', 'SBU'], caveats: [[], ['NOFORN'], ['EXDIS']], classified: true },
  { text: 'C O N F I D E N T I A L', level: 'CONFIDENTIAL', security: 'CCCCC', markings: ['C', 'U'], caveats: [[], ['NOFORN']], classified: true },
  { text: 'SECRET', level: 'SECRET', security: 'SSSSS', markings: ['S', 'C', 'S//NF'], caveats: [[], ['NOFORN'], ['NODIS'], ['NOFORN', 'EXDIS']], classified: true },
  { text: 'S E C R E T', level: 'SECRET', security: 'SSSSS', markings: ['S', 'C'], caveats: [[], ['NOFORN']], classified: true },
];

interface Post {
  post: string;
  /** Canonical station in reference ids. */
  station: string;
  from: string;
  originator: string;
}

const POSTS: readonly Post[] = [
  { post: 'ASTANA', station: 'ASTANA', from: 'AMEMBASSY ASTANA', originator: 'RUEHTA' },
  { post: 'ALMATY', station: 'ALMATY', from: 'AMCONSUL ALMATY', originator: 'RUEHAST' },
  { post: 'TASHKENT', station: 'TASHKENT', from: 'AMEMBASSY TASHKENT', originator: 'RUEHNT' },
  { post: 'MOSCOW', station: 'MOSCOW', from: 'AMEMBASSY MOSCOW', originator: 'RUEHMO' },
  { post: 'NEW DELHI', station: 'NEWDELHI', from: 'AMEMBASSY NEW DELHI', originator: 'RUEHNE' },
  { post: 'SAO PAULO', station: 'SAOPAULO', from: 'AMCONSUL SAO PAULO', originator: 'RUEHSO' },
  { post: 'BUENOS AIRES', station: 'BUENOSAIRES', from: 'AMEMBASSY BUENOS AIRES', originator: 'RUEHBU' },
  { post: 'STATE', station: 'STATE', from: 'SECSTATE WASHDC', originator: 'RUEHC' },
  { post: 'USUN NEW YORK', station: 'USUNNEWYORK', from: 'USMISSION USUN NEW YORK', originator: 'RUCNDT' },
];

const OFFICES = ['SCA/CEN', 'SCA/PPD', 'OES', 'OES/S', 'OES/PCI', 'EUR/ACE', 'ISN/ECC', 'DRL', 'INL', 'EEB/ESC', 'G/TIP', 'SCA/RA', 'EUR/RUS', 'PRM'];

/** Distribution entries: `STATE FOR SCA/CEN, OES`, `USDOE/NNSA: JNOBLE, EDESCHLER`, ... (some long enough to wrap). */
const distributionArb: fc.Arbitrary<string[]> = fc.array(
  fc.oneof(
    fc.tuple(pick(['STATE FOR', 'DEPT FOR', 'DEPT ALSO FOR', 'STATE PASS TO']), fc.uniqueArray(pick(OFFICES), { minLength: 1, maxLength: 14 })).map(([k, o]) => `${k} ${o.join(', ')}`),
    pick(['USDOE/NNSA: JNOBLE, EDESCHLER', 'DHS/CBP/INA: KCHAISSON', 'AMEMBASSY BERLIN FOR CUSTOMS ATTACHE', 'DOC FOR DCREED']),
    pick(['AMEMBASSY TASHKENT, BISHKEK, BAKU, DUSHANBE AND ASHGABAT FOR EXBS ADVISORS']),
  ),
  { maxLength: 4 },
);

const SUBJECT_TAGS = ['ECON', 'PGOV', 'PREL', 'SENV', 'SOCI', 'TSPL', 'PHUM', 'SNAR', 'ETRD', 'EINV', 'ENRG', 'PARM', 'MNUC', 'ETTC', 'ELAB', 'SMIG'];
const PROGRAM_TAGS = ['KPAO', 'KTIP', 'KNNP', 'KCRM', 'KDEM', 'KSTC'];
const GEO_TAGS = ['KZ', 'UZ', 'KG', 'TI', 'RS', 'AF', 'CH', 'JA', 'EU'];
const ORG_TAGS = ['OSCE', 'UNGA', 'UNDP', 'IAEA'];

/** TAGS: 4-letter subject codes, K program codes, organizations, 2-letter geo codes, sometimes a person tag. */
const tagsArb: fc.Arbitrary<string[]> = fc
  .tuple(
    fc.uniqueArray(pick(SUBJECT_TAGS), { minLength: 1, maxLength: 6 }),
    fc.uniqueArray(pick([...PROGRAM_TAGS, ...ORG_TAGS]), { maxLength: 3 }),
    oneIn(8, pick(['OVIP (CLINTON, HILLARY)', 'OVIP (HOLBROOKE, RICHARD)'])),
    fc.uniqueArray(pick(GEO_TAGS), { minLength: 1, maxLength: 3 }),
  )
  .map(([s, k, person, g]) => [...s, ...k, ...(person === null ? [] : [person]), ...g]);

/** The E.O. line for the cable's level and year. */
function executiveOrderArb(classified: boolean, year: number): fc.Arbitrary<ExecutiveOrder> {
  if (!classified) return fc.constant({ order: '12958', declassify: { kind: 'n/a' }, text: 'E.O. 12958: N/A' });
  const order = year >= 2009 ? pick(['12958', '13526']) : year >= 1995 ? fc.constant('12958') : fc.constant('12356');
  return fc.tuple(order, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 5, max: 25 }), fc.boolean()).map(([o, mm, dd, plus, oadr]) => {
    if (o === '12356' && oadr) return { order: o, declassify: { kind: 'oadr' }, text: `E.O. ${o}: DECL: OADR` };
    const y = year + plus;
    return { order: o, declassify: { kind: 'date', date: `${y}-${pad(mm)}-${pad(dd)}` }, text: `E.O. ${o}: DECL: ${pad(mm)}/${pad(dd)}/${y}` };
  });
}

/**
 * The citing cable, as its references must fit it: serials restart on 1 January and only grow, so a cable of the
 * citing cable's own year cannot have a serial larger than the citing post's own (`REF: ALMATY 1234` in
 * `ALMATY 000005`), nor larger than any post sends by that day (`STATE 130969` cited on 4 January).
 */
interface Citing {
  /** Two-digit year: `'10'`. */
  yy: string;
  /** The year is 2000 or later: posts sent fewer cables a day (`MAX_POST_SERIALS_PER_DAY_SINCE_2000`). */
  since2000: boolean;
  /** Canonical station: `'ALMATY'`. */
  station: string;
  serial: number;
  /** Day of the year (1-366). */
  day: number;
}

/** Serials the Department reaches per day, well under what the parser allows (`MAX_SERIALS_PER_DAY`, 1500). */
const SERIALS_PER_DAY = 400;
/** Serials a busy post reaches per day, under what the parser allows a post (`MAX_POST_SERIALS_PER_DAY`, 200). */
const POST_SERIALS_PER_DAY = 150;
/** The same from 2000 on, under what the parser allows then (`MAX_POST_SERIALS_PER_DAY_SINCE_2000`, 120). */
const POST_SERIALS_PER_DAY_SINCE_2000 = 100;
/** Largest serial generated for a reference. */
const MAX_SERIAL = 199_999;

/** The largest serial a cable of `station` and two-digit year `yy` can have when `citing` cites it. */
function serialLimit(citing: Citing, yy: string, station: string): number {
  if (yy !== citing.yy) return MAX_SERIAL;
  const canonical = station.toUpperCase().replace(/ /g, '');
  const department = canonical === 'STATE' || canonical === 'SECSTATE';
  const byDay = Math.min(MAX_SERIAL, citing.day * (department ? SERIALS_PER_DAY : citing.since2000 ? POST_SERIALS_PER_DAY_SINCE_2000 : POST_SERIALS_PER_DAY));
  return Math.max(1, (department ? 'STATE' : canonical) === citing.station ? Math.min(byDay, citing.serial) : byDay);
}

/** A serial from 1 to the limit for a reference of `station` in year `yy`. */
const serialArb = (citing: Citing, yy: string, station: string): fc.Arbitrary<number> => fc.integer({ min: 1, max: serialLimit(citing, yy, station) });

/** A reference as the REF block writes it, with what it reads as (a serial possible for the citing cable). */
function referenceArb(year: number, citing: Citing): fc.Arbitrary<Omit<Reference, 'label'>> {
  const yy = year % 100;
  const earlier = fc.integer({ min: Math.max(0, year - 3), max: year }).map((y) => pad(y % 100));
  return fc.oneof(
    // `09 STATE 125262`, `09 Astana 02139` (serial written with leading zeros).
    fc
      .tuple(earlier, pick(['STATE', 'ASTANA', 'Astana', 'MOSCOW', 'TASHKENT', 'NEW DELHI', 'USUN NEW YORK']))
      .chain(([y, station]) => fc.tuple(fc.constant(y), fc.constant(station), serialArb(citing, y, station), fc.boolean()))
      .map(([y, station, n, zeros]) => ({
        text: `${y} ${station} ${zeros ? pad(n, 5) : String(n)}`,
        kind: 'cable' as const,
        referenceId: `${y}${station.toUpperCase().replace(/ /g, '')}${n}`,
      })),
    // `SECSTATE 74879`, `ASTANA 1234`: the year is the cable's own.
    pick(['SECSTATE', 'STATE', 'ALMATY', 'BISHKEK'])
      .chain((station) => fc.tuple(fc.constant(station), serialArb(citing, pad(yy), station)))
      .map(([station, n]) => ({
        text: `${station} ${n}`,
        kind: 'cable' as const,
        referenceId: `${pad(yy)}${station === 'SECSTATE' ? 'STATE' : station}${n}`,
      })),
    // Not a cable.
    fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([m, d]) => ({
      text: `OSCE DAILY DIGEST ${pad(m)}/${pad(d)}/${pad(yy)}`,
      kind: 'other' as const,
      referenceId: null,
    })),
  );
}

/**
 * A series of cables of one post and year, as REF lists often cite: `09 STATE 125262`,
 * then `09 STATE 12526` (serials of one post share leading digits), or the same cable
 * cited a second time under the next label.
 */
function seriesArb(year: number, citing: Citing): fc.Arbitrary<Omit<Reference, 'label'>[]> {
  const y = fc.integer({ min: Math.max(0, year - 2), max: year }).map((v) => pad(v % 100));
  return fc
    .tuple(y, pick(['STATE', 'ASTANA', 'MOSCOW']))
    .chain(([yy, station]) => fc.tuple(fc.constant(yy), fc.constant(station), fc.integer({ min: Math.min(10, serialLimit(citing, yy, station)), max: serialLimit(citing, yy, station) }), fc.boolean()))
    .map(([yy, station, n, again]) => {
      // (A serial under 10, the limit early in the year or below a small own serial, is cited twice.)
      const second = again || n < 10 ? n : Math.floor(n / 10);
      return [
        { text: `${yy} ${station} ${n}`, kind: 'cable' as const, referenceId: `${yy}${station}${n}` },
        { text: `${yy} ${station} ${second}`, kind: 'cable' as const, referenceId: `${yy}${station}${second}` },
      ];
    });
}

/** REF list: labeled `A)`, `B)`, ... (sometimes holding a series of one post's cables) or one unlabeled reference. */
function referencesArb(year: number, citing: Citing): fc.Arbitrary<Reference[]> {
  const labeled = (rs: readonly Omit<Reference, 'label'>[]): Reference[] => rs.map((r, k) => ({ label: String.fromCharCode(65 + k), ...r }));
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant<Reference[]>([]) },
    { weight: 2, arbitrary: referenceArb(year, citing).map((r) => [{ label: null, ...r }]) },
    { weight: 4, arbitrary: fc.array(referenceArb(year, citing), { minLength: 1, maxLength: 4 }).map(labeled) },
    { weight: 1, arbitrary: fc.tuple(fc.array(referenceArb(year, citing), { maxLength: 2 }), seriesArb(year, citing)).map(([rs, series]) => labeled([...rs, ...series])) },
  );
}

/** `Classified By: Ambassador Richard E. Hoagland for reasons 1.4 (b) and (d)`, read as name, title and reasons. */
const classifiedByArb: fc.Arbitrary<ClassifiedBy> = fc
  .tuple(
    pick(['Richard E. Hoagland', 'Pamela L. Spratlen', 'Kevin Milas', 'John M. Ordway', 'Steven Fagin']),
    pick(['Ambassador', 'DCM', 'Political Officer', 'Deputy Chief of Mission', 'Charge d\'Affaires']),
    fc.subarray(['b', 'c', 'd'], { minLength: 1, maxLength: 2 }),
    fc.constantFrom('before', 'after'),
    pick(['1.4', '1.5']),
  )
  .map(([name, titleText, letters, where, section]) => {
    const reasonsText = letters.map((l) => `(${l})`).join(' and ');
    const text =
      where === 'before'
        ? `Classified By: ${titleText} ${name} for reasons ${section} ${reasonsText}`
        : `Classified By: ${name}, ${titleText}; REASON: ${section} ${reasonsText}`;
    return { name, title: titleText, reasons: letters.map((l) => `${section}(${l})`), text };
  });

// ---------------------------------------------------------------------------------------------
// Body

/** Paragraph text with the inline notes and comments it holds. */
interface TextPart {
  text: string;
  /** Inline `(COMMENT: ... END COMMENT.)` texts, in order. */
  comments: string[];
  /** Inline `(NOTE: ... END NOTE.)` texts, in order. */
  notes: string[];
}

/**
 * Paragraph text: one to three blocks of sentences, sometimes with an inline note
 * (`... text. (NOTE: text. END NOTE.) More text.`) or an inline comment in the middle of
 * the first block.
 */
function textArb(tc: TextCase): fc.Arbitrary<TextPart> {
  const inline = oneIn(5, fc.tuple(pick(['NOTE', 'NOTE', 'COMMENT'] as const), sentences(tc, 1, 2), sentences(tc, 1, 1)));
  return fc.tuple(fc.array(sentences(tc, 1, 3), { minLength: 1, maxLength: 3 }), inline).map(([blocks, n]) => {
    const part: TextPart = { text: '', comments: [], notes: [] };
    const out = [...blocks];
    if (n !== null) {
      const [kind, inner, after] = n;
      out[0] = `${out[0] ?? ''} (${kind}: ${inner} END ${kind}.) ${after}`;
      (kind === 'NOTE' ? part.notes : part.comments).push(inner);
    }
    part.text = out.join('\n\n');
    return part;
  });
}

/** An outline position: the label and the labels from the root down to it. */
interface Slot {
  number: string | null;
  outline: string[];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

/** Plain numbering `1.`, `2.`, ... or the EXBS outline `I.` / `A.` / `1.`. */
const outlineArb: fc.Arbitrary<Slot[]> = fc.oneof(
  fc.integer({ min: 1, max: 7 }).map((n) => Array.from({ length: n }, (_, k) => ({ number: String(k + 1), outline: [String(k + 1)] }))),
  fc
    .array(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }), { minLength: 1, maxLength: 3 })
    .map((romans) => {
      const slots: Slot[] = [];
      romans.forEach((letters, r) => {
        const roman = ROMAN[r] ?? 'I';
        slots.push({ number: roman, outline: [roman] });
        letters.forEach((items, l) => {
          const letter = String.fromCharCode(65 + l);
          slots.push({ number: letter, outline: [roman, letter] });
          for (let i = 1; i <= items; i++) slots.push({ number: String(i), outline: [roman, letter, String(i)] });
        });
      });
      return slots;
    }),
);

/** What goes with one paragraph slot. */
interface SlotExtras {
  marking: string | null;
  heading: string | null;
  /**
   * EXBS style: the paragraph's first block is an all-capitals title (`A.  SITE
   * ASSESSMENTS`), possibly ending with a colon and answered by `NONE` / `None`, or
   * standing alone (`II.  COMPLETED ACTIONS FOR THE REPORTING PERIOD:`).
   */
  titleBlock: { title: string; form: 'text' | 'none' | 'alone' } | null;
  /** A heading of a numbered paragraph may end with a colon (`TRAINING COURSES:`). */
  headingColon: boolean;
  /** Unnumbered text under a heading after this paragraph (mixed case only). */
  unnumbered: { heading: string; text: TextPart } | null;
  /** The text (with inline notes and comments). */
  text: TextPart;
  /** The text without inline parts, for summary and comment paragraphs. */
  clean: string;
}

/** How the summary is written: `SUMMARY: ... END SUMMARY.` in one or over two paragraphs, or a `SUMMARY` heading. */
type SummaryStyle = 'none' | 'inline' | 'span' | 'heading';
/** How the block comment is written: in one paragraph, over two, or without `END COMMENT`. */
type CommentStyle = 'none' | 'one' | 'span' | 'open';

/** The body's paragraphs and the summary, comments and notes they hold. */
interface BodyPlan {
  paragraphs: Paragraph[];
  summary: string | null;
  comments: string[];
  notes: string[];
}

/**
 * The paragraphs of a body, with the summary, comments and notes they hold (read by the
 * conventions of fixtures/README.md). Unnumbered paragraphs stand first or under a
 * heading; headings are title lines (mixed case: up to two lines; capitals: one line of at
 * most 60 characters).
 */
function paragraphsArb(tc: TextCase, level: Level): fc.Arbitrary<BodyPlan> {
  const heading = tc === 'mixed' ? title(2, 12) : title(2, 7).filter((h) => h.length <= 60);
  const extras: fc.Arbitrary<SlotExtras> = fc.record({
    marking: fc.option(pick(level.markings), { freq: 3 }),
    heading: oneIn(3, heading),
    titleBlock: oneIn(4, fc.record({ title: title(2, 8), form: fc.constantFrom<'text' | 'none' | 'alone'>('text', 'text', 'none', 'alone') })),
    headingColon: fc.boolean(),
    unnumbered: tc === 'mixed' ? oneIn(6, fc.record({ heading: title(2, 10), text: textArb(tc) })) : fc.constant(null),
    text: textArb(tc),
    clean: fc.array(sentences(tc, 1, 3), { minLength: 1, maxLength: 2 }).map((b) => b.join('\n\n')),
  });
  return fc
    .tuple(
      outlineArb,
      fc.boolean(),
      fc.constantFrom<SummaryStyle>('none', 'none', 'inline', 'inline', 'span', 'heading'),
      fc.constantFrom<CommentStyle>('none', 'none', 'one', 'one', 'span', 'open'),
      fc.nat(),
    )
    .chain(([slots, intro, summaryStyle, commentStyle, commentAt]) => {
      const all: Slot[] = intro ? [{ number: null, outline: [] }, ...slots] : slots;
      return fc.array(extras, { minLength: all.length, maxLength: all.length }).map((xs): BodyPlan => {
        const n = all.length;
        // Paragraph indexes (in `all`) of the summary and the comment.
        // (A heading over unnumbered text is read only in mixed-case text.)
        const summaryStyleHere: SummaryStyle =
          (summaryStyle === 'span' && n < 2) || (summaryStyle === 'heading' && tc === 'caps' && all[0]?.number === null) ? 'inline' : summaryStyle;
        const summaryEnd = summaryStyleHere === 'span' ? 1 : summaryStyleHere === 'none' ? -1 : 0;
        const firstFree = summaryEnd + 1;
        const span = commentStyle === 'span' ? 2 : 1;
        const room = n - firstFree - span + 1;
        const commentStart = commentStyle === 'none' || room <= 0 ? -1 : commentAt % 2 === 0 ? n - span : firstFree + (commentAt % room);
        const commentEnd = commentStart < 0 ? -1 : commentStart + span - 1;

        const paragraphs: Paragraph[] = [];
        let summary: string | null = null;
        const comments: string[] = [];
        const notes: string[] = [];
        const summaryPieces: string[] = [];
        const commentPieces: string[] = [];
        // A title standing alone with a colon answers nothing: the next paragraph must be
        // numbered and without heading (else the heading would read as this title's answer).
        let noHeadingNext = false;
        all.forEach((slot, k) => {
          const x = xs[k] as SlotExtras;
          const inSummary = k <= summaryEnd && summaryStyleHere !== 'heading';
          const inComment = k >= commentStart && k <= commentEnd;
          const next = all[k + 1];
          let text: string;
          let alone = false;
          if (inSummary || inComment) {
            // Summary and comment paragraphs hold no inline parts (no nested blocks).
            text = x.clean;
            if (inSummary) {
              summaryPieces.push(text);
              if (k === 0) text = `SUMMARY: ${text}`;
              if (k === summaryEnd) text = `${text} END SUMMARY.`;
            } else {
              commentPieces.push(text);
              if (k === commentStart) text = `COMMENT: ${text}`;
              if (k === commentEnd && commentStyle !== 'open') text = `${text} END COMMENT.`;
            }
            if (k === summaryEnd && inSummary) summary = summaryPieces.join('\n\n');
            if (k === commentEnd && inComment) comments.push(commentPieces.join('\n\n'));
          } else if (x.titleBlock !== null && slot.number !== null && (x.titleBlock.form !== 'alone' || (next !== undefined && next.number !== null && !(k + 1 >= commentStart && k + 1 <= commentEnd)))) {
            const t = x.titleBlock;
            if (t.form === 'text') {
              text = `${t.title}\n\n${x.text.text}`;
              for (const c of x.text.comments) comments.push(c);
              for (const n2 of x.text.notes) notes.push(n2);
            } else if (t.form === 'none') {
              text = `${t.title}:\n\n${tc === 'caps' ? 'NONE' : 'None'}`;
            } else {
              text = `${t.title}:`;
              alone = true;
            }
          } else {
            text = x.text.text;
            for (const c of x.text.comments) comments.push(c);
            for (const n2 of x.text.notes) notes.push(n2);
          }
          let headingHere = k === 0 && summaryStyleHere === 'heading' ? 'SUMMARY' : k === 0 && slot.number === null && tc === 'caps' ? null : x.heading;
          if (noHeadingNext) headingHere = null;
          if (headingHere !== null && headingHere !== 'SUMMARY' && slot.number !== null && x.headingColon) headingHere = `${headingHere}:`;
          paragraphs.push({ number: slot.number, outline: slot.outline, marking: x.marking, heading: headingHere, text });
          noHeadingNext = alone;
          if (x.unnumbered !== null && !alone && k < n - 1 && !(k >= commentStart && k < commentEnd) && !(k < summaryEnd)) {
            const u = x.unnumbered;
            paragraphs.push({ number: null, outline: [], marking: null, heading: u.heading, text: u.text.text });
            for (const c of u.text.comments) comments.push(c);
            for (const n2 of u.text.notes) notes.push(n2);
          }
        });
        if (summaryStyleHere === 'heading') {
          // The texts of the paragraphs under the SUMMARY heading, up to the next heading; only the first
          // paragraph when no heading follows (the summary does not run to the end of the cable).
          const under: string[] = [];
          let closed = false;
          for (const [k, p] of paragraphs.entries()) {
            if (k > 0 && p.heading !== null) {
              closed = true;
              break;
            }
            under.push(p.text);
          }
          summary = (closed ? under : under.slice(0, 1)).join('\n\n');
        }
        return { paragraphs, summary, comments, notes };
      });
    });
}

// ---------------------------------------------------------------------------------------------
// The cable

/** Spans are positions in a parsed input: a generated cable has none. */
function noSpans(): CableSpans {
  return {
    metadata: null, wrapper: [], header: null, transmissionId: null, relay: null, originator: null,
    security: null, dtg: null, from: null, to: [], info: [], classification: null, handling: [], correctionNote: null,
    distribution: [], executiveOrder: null, tags: null, subject: null, references: [],
    classifiedBy: null, paragraphs: [], summary: null, signer: null, pages: [], transmission: [],
  };
}

/** Notes of `CORRECTED COPY` captions, as cables write them (one with a parenthesis of its own). */
const CORRECTION_NOTES = ['PARA 3 TEXT ADDED', 'ADDRESSEES ADDED', 'DECL DATE CHANGE', 'Updated Text Paragraph 12', 'CHANGES MADE TO PARA 5 BELOW.', 'TEXT OF PARA 2 (B) ADDED'];

/** A realistic canonical cable (`metadata: null`, derived fields consistent, `body = formatBody(paragraphs)`). */
export const cableArb: fc.Arbitrary<Cable> = fc
  .record({
    moment: momentArb,
    level: pick(LEVELS),
    post: pick(POSTS),
    serialNumber: fc.oneof(fc.integer({ min: 1, max: 2999 }), fc.integer({ min: 1, max: 999_999 })),
    relayPrecedence: pick([['OO'], ['RR'], ['PP'], ['ZZ'], ['P', 'R'], ['O', 'O']]),
    relay: fc.array(routingIndicatorArb, { minLength: 1, maxLength: 14 }),
    transmissionId: fc.option(fc.tuple(pick(['XRO', 'XYZ']), fc.integer({ min: 0, max: 9999 })).map(([c, n]) => `VZCZC${c}${pad(n, 4)}`), { freq: 8 }),
    suffix: oneIn(12, fc.constant('ZDK TO ALL')),
    to: fc.array(recipientArb(true), { minLength: 1, maxLength: 2 }),
    info: fc.array(recipientArb(false), { maxLength: 12 }),
    caveatChoice: fc.nat(),
    sipdis: fc.boolean(),
    // A `CORRECTED COPY` caption (the outer option), with or without a note.
    correction: fc.option(fc.option(pick(CORRECTION_NOTES), { freq: 4 }), { freq: 6 }),
    sections: fc.option(fc.integer({ min: 1, max: 4 }), { freq: 2 }),
    distribution: distributionArb,
    tags: tagsArb,
    subjectCountry: fc.option(pick(['KAZAKHSTAN', 'UZBEKISTAN', 'CENTRAL ASIA']), { freq: 3 }),
    subject: title(2, 16, true),
    subjectMarking: fc.option(fc.nat(), { freq: 3 }),
    textCase: fc.constantFrom<TextCase>('mixed', 'mixed', 'mixed', 'caps'),
    signer: pick(['HOAGLAND', 'SPRATLEN', 'CLINTON', 'RICE', 'ORDWAY', "O'BRIEN", 'SMITH-JONES', 'MILAS', 'SMITH JONES']),
    pageCount: fc.integer({ min: 0, max: 4 }),
  })
  .chain((g) => {
    const year = g.moment.year;
    return fc
      .tuple(
        paragraphsArb(g.textCase, g.level),
        executiveOrderArb(g.level.classified, year),
        referencesArb(year, { yy: pad(year % 100), since2000: year >= 2000, station: g.post.station, serial: g.serialNumber, day: julianDay(g.moment) }),
        g.level.classified ? fc.option(classifiedByArb, { freq: 6 }) : fc.constant(null),
      )
      .map(([plan, executiveOrder, references, classifiedBy]): Cable => {
        const letter = (g.relayPrecedence[0] ?? 'R').charAt(0);
        const precedence = ({ O: 'IMMEDIATE', R: 'ROUTINE', P: 'PRIORITY', Z: 'FLASH' } as Record<string, string>)[letter] ?? 'ROUTINE';
        const serial = pad(g.serialNumber, 6);
        const header: RoutingHeader = {
          transmissionId: g.transmissionId,
          relay: { precedence: [...g.relayPrecedence], routingIndicators: g.relay },
          originator: {
            station: g.post.originator,
            serial: pad(g.serialNumber % 10_000, 4),
            section: g.sections !== null ? 1 : null,
            julianDay: julianDay(g.moment),
            time: `${pad(g.moment.hour)}${pad(g.moment.minute)}`,
          },
          security: g.level.security,
          dtg: dtgOf(g.moment, precedence, g.suffix),
          from: g.post.from,
          to: g.to,
          info: g.info,
        };
        const caveats = g.level.caveats[g.caveatChoice % g.level.caveats.length] ?? [];
        const paragraphs = plan.paragraphs;
        const pages: PageMarker[] = Array.from({ length: g.pageCount }, (_, k) => ({ post: g.post.post, serial: pad(g.serialNumber, 8), page: k + 1, total: g.pageCount }));
        return {
          referenceId: `${pad(year % 100)}${g.post.station}${g.serialNumber}`,
          metadata: null,
          header,
          classification: { level: g.level.level, caveats: g.correction === null ? [...caveats] : [...caveats, 'CORRECTED COPY'], text: g.level.text },
          section: g.sections !== null ? { number: 1, total: g.sections } : null,
          post: g.post.post,
          serial,
          sipdis: g.sipdis,
          correctionNote: g.correction ?? null,
          distribution: g.distribution,
          executiveOrder,
          tags: g.tags,
          subject: g.subjectCountry !== null ? `${g.subjectCountry}: ${g.subject}` : g.subject,
          subjectMarking: g.subjectMarking === null ? null : (g.level.markings[g.subjectMarking % g.level.markings.length] ?? null),
          references,
          classifiedBy,
          paragraphs,
          summary: plan.summary,
          comments: plan.comments,
          notes: plan.notes,
          signer: g.signer,
          pages,
          body: formatBody(paragraphs),
          diagnostics: [],
          spans: noSpans(),
          unparsed: [],
        };
      });
  });

/** Whitespace and line-ending noise to apply to a text (see `applyNoise`). */
export interface Noise {
  eol: '\n' | '\r\n' | '\r';
  trailing: 'none' | 'all' | 'some';
  doubled: boolean;
  blanks: boolean;
  indent: boolean;
  seed: number;
}

/** Noise: CRLF or CR line ends, trailing spaces, doubled inner spaces, extra blank lines, indented lines. */
export const noiseArb: fc.Arbitrary<Noise> = fc.record({
  eol: fc.constantFrom<Noise['eol']>('\n', '\r\n', '\r'),
  trailing: fc.constantFrom<Noise['trailing']>('none', 'all', 'some'),
  doubled: fc.boolean(),
  blanks: fc.boolean(),
  indent: fc.boolean(),
  seed: fc.nat(),
});

/** Applies `noise` to a text with `\n` line ends (deterministic for a given `noise.seed`). */
export function applyNoise(text: string, noise: Noise): string {
  let state = noise.seed | 1;
  const rnd = (): number => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
  const out: string[] = [];
  for (const line of text.replace(/\n$/, '').split('\n')) {
    let l = line;
    // Between words, not inside a letter-spaced word (`C O N F I D E N T I A L`).
    if (noise.doubled && rnd() < 0.2) l = l.replace(/(?<=\S\S) (?=\S\S)/, '  ');
    if (noise.indent && rnd() < 0.05 && l.length > 0) l = ` ${l}`;
    if (noise.trailing === 'all' || (noise.trailing === 'some' && rnd() < 0.3)) l = `${l} `;
    out.push(l);
    if (noise.blanks && l.trim() === '' && rnd() < 0.3) out.push(noise.trailing === 'all' ? ' ' : '');
  }
  return out.join(noise.eol) + noise.eol;
}
