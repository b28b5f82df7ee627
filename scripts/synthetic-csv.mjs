/**
 * A synthetic `cables.csv` generator (docs/cable-format.md section 1c), deterministic for a
 * seed, used by `scripts/bench.mjs` and handy for profiling:
 *
 *   node -e "import('./scripts/synthetic-csv.mjs').then((m) => m.writeSyntheticCsv('/tmp/c.csv', { count: 10000 }))"
 */

import { closeSync, openSync, writeSync } from 'node:fs';

const MB = 1e6;
// ---------------------------------------------------------------------------------------------
// Synthetic cables.csv (docs/cable-format.md section 1c)

/** Deterministic PRNG (mulberry32), so every run generates the same file. */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POSTS = [
  { post: 'ASTANA', name: 'ASTANA', origin: 'Embassy Astana', from: 'AMEMBASSY ASTANA', ri: 'RUEHTA', geo: 'KZ', country: 'KAZAKHSTAN' },
  { post: 'BAGHDAD', name: 'BAGHDAD', origin: 'Embassy Baghdad', from: 'AMEMBASSY BAGHDAD', ri: 'RUEHGB', geo: 'IZ', country: 'IRAQ' },
  { post: 'BUENOSAIRES', name: 'BUENOS AIRES', origin: 'Embassy Buenos Aires', from: 'AMEMBASSY BUENOS AIRES', ri: 'RUEHBU', geo: 'AR', country: 'ARGENTINA' },
  { post: 'MEXICO', name: 'MEXICO', origin: 'Embassy Mexico', from: 'AMEMBASSY MEXICO', ri: 'RUEHME', geo: 'MX', country: 'MEXICO' },
  { post: 'STATE', name: 'STATE', origin: 'Secretary of State', from: 'SECSTATE WASHDC', ri: 'RUEHC', geo: 'XX', country: 'WORLDWIDE' },
  { post: 'ANKARA', name: 'ANKARA', origin: 'Embassy Ankara', from: 'AMEMBASSY ANKARA', ri: 'RUEHAK', geo: 'TU', country: 'TURKEY' },
  { post: 'MOSCOW', name: 'MOSCOW', origin: 'Embassy Moscow', from: 'AMEMBASSY MOSCOW', ri: 'RUEHMO', geo: 'RS', country: 'RUSSIA' },
  { post: 'TOKYO', name: 'TOKYO', origin: 'Embassy Tokyo', from: 'AMEMBASSY TOKYO', ri: 'RUEHKO', geo: 'JA', country: 'JAPAN' },
  { post: 'BEIJING', name: 'BEIJING', origin: 'Embassy Beijing', from: 'AMEMBASSY BEIJING', ri: 'RUEHBJ', geo: 'CH', country: 'CHINA' },
  { post: 'PARIS', name: 'PARIS', origin: 'Embassy Paris', from: 'AMEMBASSY PARIS', ri: 'RUEHFR', geo: 'FR', country: 'FRANCE' },
  { post: 'RIODEJANEIRO', name: 'RIO DE JANEIRO', origin: 'Consulate Rio De Janeiro', from: 'AMCONSUL RIO DE JANEIRO', ri: 'RUEHRI', geo: 'BR', country: 'BRAZIL' },
  { post: 'JERUSALEM', name: 'JERUSALEM', origin: 'Consulate Jerusalem', from: 'AMCONSUL JERUSALEM', ri: 'RUEHJM', geo: 'IS', country: 'WEST BANK/GAZA' },
  { post: 'USNATO', name: 'USNATO', origin: 'Mission USNATO', from: 'USMISSION USNATO', ri: 'RUEHNO', geo: 'NATO', country: 'NATO' },
  { post: 'BOGOTA', name: 'BOGOTA', origin: 'Embassy Bogota', from: 'AMEMBASSY BOGOTA', ri: 'RUEHBO', geo: 'CO', country: 'COLOMBIA' },
  { post: 'ISLAMABAD', name: 'ISLAMABAD', origin: 'Embassy Islamabad', from: 'AMEMBASSY ISLAMABAD', ri: 'RUEHIL', geo: 'PK', country: 'PAKISTAN' },
  { post: 'TASHKENT', name: 'TASHKENT', origin: 'Embassy Tashkent', from: 'AMEMBASSY TASHKENT', ri: 'RUEHNT', geo: 'UZ', country: 'UZBEKISTAN' },
];
const COLLECTIVES = ['RUCNCIS/CIS COLLECTIVE', 'RUEAIIA/CIA WASHDC', 'RHEHNSC/NSC WASHDC', 'RUEKJCS/SECDEF WASHDC', 'RHEFDIA/DIA WASHDC', 'RUCNDT/USMISSION USUN NEW YORK', 'RUEHZL/EUROPEAN POLITICAL COLLECTIVE', 'RHMFIUU/CDR USCENTCOM MACDILL AFB FL'];
const CLASSIFICATIONS = [
  { name: 'UNCLASSIFIED', line: ['UNCLAS'], sec: 'UUUUU', marks: ['(U)', '(SBU)'], handling: [] },
  { name: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY', line: ['UNCLAS', 'UNCLAS E F T O'], sec: 'UUUUU', marks: ['(SBU)', '(U)'], handling: ['SENSITIVE', 'FOR OFFICIAL USE ONLY'] },
  { name: 'CONFIDENTIAL', line: ['C O N F I D E N T I A L', 'CONFIDENTIAL'], sec: 'CCCCC', marks: ['(C)', '(U)', '(SBU)'], handling: [] },
  { name: 'CONFIDENTIAL//NOFORN', line: ['C O N F I D E N T I A L', 'CONFIDENTIAL NOFORN'], sec: 'CCCCC', marks: ['(C/NF)', '(C)'], handling: ['NOFORN'] },
  { name: 'SECRET', line: ['S E C R E T', 'SECRET'], sec: 'SSSSS', marks: ['(S)', '(C)'], handling: [] },
  { name: 'SECRET//NOFORN', line: ['S E C R E T', 'SECRET NOFORN'], sec: 'SSSSS', marks: ['(S//NF)', '(S/NF)', '(C)'], handling: ['NOFORN'] },
];
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const TAGS = ['PREL', 'PGOV', 'ECON', 'EFIN', 'ETRD', 'SENV', 'SOCI', 'KPAO', 'KTIP', 'KNNP', 'MARR', 'PHUM', 'PTER', 'SNAR', 'ENRG', 'EAID', 'KDEM', 'UNGA', 'OSCE', 'OVIP (CLINTON, HILLARY)'];
const SIGNERS = ['HOAGLAND', 'SPRATLEN', 'CLINTON', 'RICE', 'JEFFREY', 'CROCKER', 'PASCUAL', 'BEYRLE', 'ROOS', 'HUNTSMAN', 'RIVKIN', 'SHANNON', 'BROWNFIELD', 'PATTERSON', 'NORLAND', 'WAYNE'];
const FIRST_NAMES = ['Richard E.', 'Anne', 'James F.', 'Pamela', 'Robert', 'Mary', 'John', 'Susan'];
const HEADINGS = ['BACKGROUND', 'COMMENT', 'ECONOMIC OUTLOOK', 'NEXT STEPS', 'POLITICAL REACTION', 'SECOND ADVISORY COUNCIL MEETING', 'MEETING WITH THE MINISTER'];
const WORDS = (
  'the government ministry officials said that would will new economic political security regional cooperation development ' +
  'program minister embassy ambassador meeting agreement support national international president parliament opposition ' +
  'election reform energy oil gas water environment border trade investment military police human rights press media civil ' +
  'society local noted according plan budget project conference delegation visit talks issue concerns policy strategy public ' +
  'private sector bank financial crisis growth health education agriculture law court judicial corruption investigation ' +
  'report council committee party leader deputy director department foreign affairs defense interior justice and of to in ' +
  'for on with by from at as its their this these after before during under over between against about also not only more ' +
  "than most some all other such first last next year month week country's government's minister's didn't won't"
).split(' ');
const PHRASES = ['"green growth"', '"strategic partnership"', '(MCED)', '(OSCE)', '(ESCAP)', '"reset"', '"road map"'];

/** Writes a synthetic cables.csv of `count` rows (or about `bytes` bytes) to `file`, in 4 MB batches. Returns { rows, bytes }. */
export function writeSyntheticCsv(file, { count = Infinity, bytes = Infinity, seed = 1 }) {
  const rand = prng(seed);
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const pad = (n, w) => String(n).padStart(w, '0');
  const addr = (post) => `${post.ri}/${post.from}`;

  const sentence = () => {
    const n = int(8, 18);
    const words = [];
    for (let i = 0; i < n; i++) words.push(rand() < 0.03 ? pick(PHRASES) : pick(WORDS));
    const first = words[0];
    words[0] = first[0].toUpperCase() + first.slice(1);
    return `${words.join(' ')}.`;
  };
  const wrap = (text, width, trail) => {
    const out = [];
    let line = '';
    for (const word of text.split(' ')) {
      if (line.length > 0 && line.length + 1 + word.length > width) {
        out.push(line + trail);
        line = word;
      } else line = line.length > 0 ? `${line} ${word}` : word;
    }
    if (line.length > 0) out.push(line + trail);
    return out;
  };

  function cable(rowId) {
    const post = pick(POSTS);
    const cls = pick(CLASSIFICATIONS);
    const year = rand() < 0.9 ? int(2003, 2010) : int(1989, 2002);
    const yy = pad(year % 100, 2);
    const month = int(1, 12);
    const day = int(1, 28);
    const hour = int(0, 23);
    const minute = int(0, 59);
    const serial = int(1, 2999);
    const refid = `${yy}${post.post}${serial}`;
    const trail = rand() < 0.7 ? ' ' : '';
    const sections = rand() < 0.2 ? int(2, 3) : 1;

    // Routing header.
    const h = [];
    h.push(`VZCZC${pick(['XRO', 'XYZ', 'XRS'])}${pad(int(0, 9999), 4)}`);
    h.push(`${pick(['OO', 'PP', 'RR', 'OO'])} ${pick(POSTS).ri}${rand() < 0.3 ? ` ${pick(POSTS).ri}` : ''}`);
    const julian = pad(Math.min(365, (month - 1) * 30 + day), 3);
    h.push(`DE ${post.ri} #${pad(serial, 4)}${sections > 1 ? '/01' : ''} ${julian}${pad(hour, 2)}${pad(minute, 2)}`);
    h.push(`ZNR ${cls.sec} ZZH`);
    const prec = pick(['O', 'P', 'R', 'O']);
    h.push(`${prec} ${pad(day, 2)}${pad(hour, 2)}${pad(minute, 2)}Z ${MONTHS[month - 1]} ${yy}`);
    h.push(`FM ${post.from}`);
    const mcn = () => (rand() < 0.8 ? ` ${int(1, 9999)}` : '');
    const precWord = { O: 'IMMEDIATE', P: 'PRIORITY', R: 'ROUTINE' }[prec];
    h.push(post.post === 'STATE' ? `TO ${addr(pick(POSTS))} ${precWord}${mcn()}` : `TO RUEHC/SECSTATE WASHDC ${precWord}${mcn()}`);
    const info = int(0, 7);
    for (let i = 0; i < info; i++) {
      const addressee = rand() < 0.4 ? pick(COLLECTIVES) : `${addr(pick(POSTS))}`;
      h.push(`${i === 0 ? 'INFO ' : ''}${addressee}${mcn()}`);
    }

    // Preamble.
    const c = [];
    const blank = trail ? ' ' : '';
    const banner = `${pick(cls.line)} ${sections > 1 ? `SECTION 01 OF ${pad(sections, 2)} ` : ''}${post.name} ${pad(serial, 6)}`;
    c.push(banner + trail, blank);
    for (const handling of cls.handling) c.push(handling + trail);
    c.push(`SIPDIS${trail}`, blank);
    if (rand() < 0.5) c.push(`STATE FOR ${pick(['SCA/CEN', 'EUR/RUS', 'WHA/MEX', 'NEA/I', 'EAP/CM', 'INR'])}, ${pick(['OES', 'EEB', 'DRL', 'PM'])}${trail}`, blank);
    const classified = !cls.name.startsWith('UNCLASSIFIED');
    const decl = `${pad(month, 2)}/${pad(day, 2)}/${year + 10}`;
    c.push(classified ? `E.O. 12958: DECL: ${decl}${trail}` : `E.O. 12958: N/A${trail}`);
    const tags = new Set();
    for (let i = int(2, 5); i > 0; i--) tags.add(pick(TAGS));
    tags.add(post.geo);
    c.push(`TAGS: ${[...tags].join(' ')}${trail}`);
    const subject = `SUBJECT: ${post.country}: ${sentence().slice(0, -1).toUpperCase()}`;
    for (const line of wrap(subject, 69, trail)) c.push(line);
    c.push(blank);
    const refs = [];
    const nRefs = rand() < 0.5 ? 0 : int(1, 3);
    if (nRefs > 0) {
      const written = [];
      for (let i = 0; i < nRefs; i++) {
        const other = pick(POSTS);
        const ry = pad(Math.max(0, (year % 100) - int(0, 1)), 2);
        const rs = int(1, 9999);
        refs.push(`${ry}${other.post}${rs}`);
        written.push(`${nRefs > 1 ? `${String.fromCharCode(65 + i)}) ` : ''}${ry} ${other.name} ${rs}`);
      }
      c.push(`REF: ${written[0]}${trail}`);
      for (const w of written.slice(1)) c.push(` ${w}${trail}`);
      c.push(blank);
    }
    if (classified) {
      const by = `Classified By: ${pick(['Ambassador', 'DCM', 'Political Officer', "Charge d'Affaires"])} ${pick(FIRST_NAMES)} ${pick(SIGNERS)} for reasons 1.4 (${pick(['b', 'c'])}) and (d)`;
      for (const line of wrap(by, 69, trail)) c.push(line);
      c.push(blank);
    }

    // Body.
    const paragraphs = int(2, 5);
    const pageAt = sections > 1 ? int(1, paragraphs - 1) : -1;
    for (let p = 1; p <= paragraphs; p++) {
      if (p > 1 && rand() < 0.1) c.push(pick(HEADINGS) + trail, blank);
      const sentences = [];
      for (let i = int(1, 4); i > 0; i--) sentences.push(sentence());
      let text = sentences.join('  ');
      if (p === 1 && rand() < 0.4) text = `SUMMARY:  ${text}  END SUMMARY.`;
      const lines = wrap(`${p}.  ${pick(cls.marks)} ${text}`, 69, trail);
      for (const line of lines) c.push(line);
      if (rand() < 0.15) for (let i = int(1, 3); i > 0; i--) c.push(...wrap(`-- ${sentence()}`, 69, trail));
      c.push(blank);
      if (p === pageAt) c.push(`${post.name} ${pad(serial, 8)}  002.3 OF ${pad(sections, 3)}${trail}`, blank, blank);
    }
    c.push(pick(SIGNERS) + trail);

    const month2 = month;
    const date = `${month2}/${day}/${year} ${hour}:${pad(minute, 2)}`;
    const escapeApostrophes = rand() < 0.3;
    const esc = (s) => {
      let out = s.replace(/"/g, '\\"');
      if (escapeApostrophes) out = out.replace(/'/g, "\\'");
      return out;
    };
    return `"${rowId}","${date}","${refid}","${post.origin}","${cls.name}","${refs.join('|')}","${esc(h.join('\n'))}","${esc(c.join('\n'))}"\n`;
  }

  const fd = openSync(file, 'w');
  let rows = 0;
  let written = 0;
  try {
    let batch = [];
    let batchBytes = 0;
    while (rows < count && written + batchBytes < bytes) {
      const row = cable(rows + 1);
      rows++;
      batch.push(row);
      batchBytes += row.length; // ASCII only: characters = bytes
      if (batchBytes >= 4 * MB) {
        written += writeSync(fd, batch.join(''));
        batch = [];
        batchBytes = 0;
      }
    }
    if (batch.length > 0) written += writeSync(fd, batch.join(''));
  } finally {
    closeSync(fd);
  }
  return { rows, bytes: written };
}
