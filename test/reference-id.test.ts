import { describe, expect, it } from 'vitest';
import {
  STATION_ALIASES,
  buildReferenceId,
  canonicalizeReferenceId,
  canonicalizeStation,
} from '../src/preamble/reference-id.js';

const JUNK = ['', '(((((', 'REF: A) '.repeat(100_000)];

describe('canonicalizeReferenceId', () => {
  it.each([
    ['09 Astana 02139', '09ASTANA2139'],
    ['09ASTANA02139', '09ASTANA2139'],
    ['09 SECSTATE 114836', '09STATE114836'],
    ['09 STATE 125262', '09STATE125262'],
    ['10ASTANA270', '10ASTANA270'],
    ['10 STATE 015084', '10STATE15084'],
    ['03 Brasilia 3939', '03BRASILIA3939'],
    ['08 RIO DE JANEIRO 0045', '08RIODEJANEIRO45'],
    ['07 USUN NEW YORK 123', '07USUNNEWYORK123'],
    ['2009 ASTANA 2139', '09ASTANA2139'],
    ['  09 astana 2139  ', '09ASTANA2139'],
  ])('canonicalizes %j', (input, expected) => {
    expect(canonicalizeReferenceId(input)).toBe(expected);
  });

  it('repairs archive-malformed ids', () => {
    expect(canonicalizeReferenceId('08ECTION01OF02MANAMA492')).toBe('08MANAMA492');
    expect(canonicalizeReferenceId('09EFTOLONDON2468')).toBe('09LONDON2468');
  });

  it.each([
    'OSCE DAILY DIGEST 02/22/10',
    'STATE 6668',
    'ASTANA',
    '9 FAM 41.31',
    '09 STATE',
    '09STATE0',
    '09 STATE 1234567',
    '123 STATE 45',
    '09 S 45',
  ])('returns null for %j', (input) => {
    expect(canonicalizeReferenceId(input)).toBeNull();
  });

  it('does not throw on junk', () => {
    for (const junk of JUNK) expect(canonicalizeReferenceId(junk)).toBeNull();
  });
});

describe('canonicalizeStation', () => {
  it.each([
    ['Rio de Janeiro', 'RIODEJANEIRO'],
    ['SECSTATE', 'STATE'],
    ['State', 'STATE'],
    ['USUN NEW YORK', 'USUNNEWYORK'],
    ['USUN', 'USUNNEWYORK'],
    ['USNATO', 'USNATO'],
    ['Port-au-Prince', 'PORTAUPRINCE'],
    ['THE HAGUE', 'THEHAGUE'],
    ['AMEMBASSY ASTANA', 'ASTANA'],
    ['Embassy Astana', 'ASTANA'],
    ['Secretary of State', 'STATE'],
    ['DUBAI RPO', 'RPODUBAI'],
    // The Mission to the EU's cables are filed under BRUSSELS (`07BRUSSELS3423`, origin `USEU Brussels`).
    ['USEU BRUSSELS', 'BRUSSELS'],
    ['USEU', 'BRUSSELS'],
  ])('canonicalizes %j', (input, expected) => {
    expect(canonicalizeStation(input)).toBe(expected);
  });

  it('uses the alias table', () => {
    expect(STATION_ALIASES.SECSTATE).toBe('STATE');
    expect(STATION_ALIASES['USUN NEW YORK']).toBe('USUNNEWYORK');
  });

  it('does not throw on junk', () => {
    expect(canonicalizeStation('')).toBe('');
    expect(canonicalizeStation('(((((')).toBe('');
    expect(typeof canonicalizeStation('REF: A) '.repeat(100_000))).toBe('string');
  });
});

describe('buildReferenceId', () => {
  it('builds canonical ids from parts', () => {
    expect(buildReferenceId('09', 'Astana', '02139')).toBe('09ASTANA2139');
    expect(buildReferenceId(2010, 'SECSTATE', '6668')).toBe('10STATE6668');
    expect(buildReferenceId(9, 'RIO DE JANEIRO', '0045')).toBe('09RIODEJANEIRO45');
    expect(buildReferenceId('2009', 'STATE', '000')).toBe('09STATE0');
  });

  it('does not throw on junk', () => {
    for (const junk of JUNK) expect(typeof buildReferenceId(junk, junk, junk)).toBe('string');
    expect(typeof buildReferenceId(Number.NaN, '', '')).toBe('string');
  });
});

describe('canonicalizeStation: a mission named as its FM line names it (era red team 28)', () => {
  it('drops USMISSION before the post: USMISSION GENEVA, USMISSION USUN NEW YORK', () => {
    expect(canonicalizeStation('USMISSION GENEVA')).toBe('GENEVA');
    expect(canonicalizeStation('USMISSION USUN NEW YORK')).toBe('USUNNEWYORK');
    expect(canonicalizeStation('USMISSION')).toBe('USMISSION');
  });
});

describe('canonicalizeStation: offices standing for an embassy, The Hague without its article (era red team 104)', () => {
  it('drops USINT, AIT and USLO before the city: ids read the city alone', () => {
    expect(canonicalizeStation('USINT HAVANA')).toBe('HAVANA');
    expect(canonicalizeStation('AIT TAIPEI')).toBe('TAIPEI');
    expect(canonicalizeStation('USLO PEKING')).toBe('PEKING');
    expect(buildReferenceId('08', 'USINT HAVANA', '345')).toBe('08HAVANA345');
  });

  it('drops USOFFICE and REO (a Regional Embassy Office) too (era red team 287, session 26)', () => {
    expect(buildReferenceId('06', 'USOFFICE PRISTINA', '401')).toBe('06PRISTINA401');
    expect(buildReferenceId('08', 'REO BASRAH', '71')).toBe('08BASRAH71');
    expect(canonicalizeStation('REO')).toBe('REO');
    expect(canonicalizeStation('REOPENED')).toBe('REOPENED');
  });

  it('keeps the word when nothing follows it, and words that only begin with it', () => {
    expect(canonicalizeStation('AIT')).toBe('AIT');
    expect(canonicalizeStation('AITKEN')).toBe('AITKEN');
  });

  it('reads HAGUE as THEHAGUE', () => {
    expect(canonicalizeStation('HAGUE')).toBe('THEHAGUE');
    expect(canonicalizeStation('THE HAGUE')).toBe('THEHAGUE');
    expect(buildReferenceId('08', 'Hague', '698')).toBe('08THEHAGUE698');
  });
});

describe('canonicalizeStation: a post spelled with accents (era red team 109)', () => {
  it('removes the accents instead of the letters', () => {
    expect(canonicalizeStation('Bogotá')).toBe('BOGOTA');
    expect(canonicalizeStation('São Paulo')).toBe('SAOPAULO');
    expect(canonicalizeStation('Ciudad Juárez')).toBe('CIUDADJUAREZ');
    expect(buildReferenceId('05', 'Brasília', '2210')).toBe('05BRASILIA2210');
  });
});
