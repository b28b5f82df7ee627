/**
 * The signer: one or two surnames on the last line(s) of the cable: `HOAGLAND`,
 * `SPRATLEN`, `CLINTON`; also with a period or a title after it: `MURRAY .`,
 * `GARDNER, AMBASSADOR` (the signer is the name alone). An embassy's closing trailer
 * (`Visit London's Classified Website: XXXXXXXXXXXX`) may stand before the name; it is
 * neither body text nor part of the name.
 */

import { endsOnFunctionWord, endsSentence, isAsciiUpperCode, isBlank, isRuleLine, skipWhitespace, trimEnd, type SourceLine } from '../text/source-line.js';
import { matchLabel, matchMarking } from './paragraph-label.js';

/**
 * A signer line: one to three upper-case name words (letters, apostrophes, hyphens,
 * dots), e.g. `HOAGLAND`, `O'BRIEN`, `SMITH-JONES`, `BURNS/HILL`, `HOLCOMB / STRAND`, accented capitals too (`MUÑOZ`, `GARZÓN`); a word may
 * start with `Mc` or `Mac` in mixed case, `McGEE`, `MacDONALD`, or a particle glued to it, `LeBARON`, `DiCARLO`, `DeLISI`,
 * `LaFLEUR`. Four or five words when one is a particle (`GARCIA DE LA TORRE`, a joint `DE LA TORRE AND McCORMICK`:
 * `isName`). A generational suffix may follow a comma: `MCCORMICK, JR.`.
 */
const SIGNER = /^\s*(?:Ma?c|L[ae]|D[aeiu])?[A-Z\u00c0-\u00d6\u00d8-\u00de][A-Z\u00c0-\u00d6\u00d8-\u00de'.-]{1,24}(?:[ /]{1,3}(?:Ma?c|L[ae]|D[aeiu])?[A-Z\u00c0-\u00d6\u00d8-\u00de][A-Z\u00c0-\u00d6\u00d8-\u00de'.-]{1,24}){0,4}(?:, (?:JR|SR|II|III|IV)\.?)?\s*$/;

/** Name particles, one of which a four-word name holds: `GARCIA DE LA TORRE`, `VAN DER LINDEN SMITH`. */
const NAME_PARTICLES = new Set(['DE', 'DEL', 'LA', 'LAS', 'LOS', 'DA', 'DAS', 'DO', 'DOS', 'DI', 'DU', 'LE', 'VAN', 'VON', 'DER', 'DEN', 'TER', 'ST.', 'SAN']);

/**
 * A full name signed with a first name in mixed case and the surname in capitals, on its own line: `Leslie BASSETT`,
 * `Antonio O. GARZA` (the signer is the whole name as written). Anchored, bounded.
 */
const FIRST_NAME_CAPS_SIGNER = /^\s*[A-Z][a-z]{1,20}(?: [A-Z]\.)? (?:Ma?c|L[ae]|D[aeiu])?[A-Z][A-Z'-]{1,24}\s*$/;

/** Pieces of `MIXED_CASE_SIGNER`: a capital and a small letter, Latin-1's accented ones too. */
const MIXED_UP = String.raw`[A-Z\u00c0-\u00d6\u00d8-\u00de]`;
const MIXED_LOW = String.raw`[a-z\u00df-\u00f6\u00f8-\u00ff]`;
/** A word of a name in mixed case: `Hrinak`, `McCarthy`, `O'Rourke`, `Thompson-Jones`, `Fitzgerald-O'Brien`, `Muñoz`. */
const MIXED_WORD = String.raw`${MIXED_UP}(?:'${MIXED_UP})?${MIXED_LOW}{0,3}${MIXED_UP}?${MIXED_LOW}{1,20}(?:-${MIXED_UP}(?:'${MIXED_UP})?${MIXED_LOW}{2,20})?`;
/** Up to two lower-case particles before a word (`van der `, `de la `), or `St.` (`St. Clair`). */
const MIXED_BEFORE_WORD = String.raw`(?:Ste?\. )?(?:(?:van|von|de|der|den|del|du|da|das|di|do|dos|le|la|las|los|ter|y) ){0,2}`;

/**
 * A signer written in mixed case on its own line: `Hrinak`, `Wood`, `McCarthy`. One to three words (`Mary Beth Leonard`,
 * `Thomas Van Horn`), a middle initial between them, its period typed or not (`Martin E. Cardwell`, `Thomas J Whitaker`), or a first initial before them (`P. Michael
 * Ratliff`, `E. Anthony Wayne`); two surnames of a joint signature (`Blake/Butenis`, `Sorensen and Whitlock`); a
 * hyphenated surname (`Thompson-Jones`, `Fitzgerald-O'Brien`), one with an apostrophe (`O'Rourke`, `D'Amico`), up to two lower-case particles
 * before it (`van Voorst`, `de Souza`, `de la Garza`, `de los Santos`, `Van der Meer`; in a joint signature too, `Whitman and de la Torre`) or `St.` (`St. Clair`); Latin-1's accented letters
 * too (`Muñoz`, `Müller`, `José Fernández`); a generational suffix after it (`Carson W. Haldane III`, `Robert O. Blake,
 * Jr.`). Bounded repeats of fixed words: linear.
 */
const MIXED_CASE_SIGNER = new RegExp(
  String.raw`^\s*(?:(?:[A-Z]\. )?${MIXED_BEFORE_WORD}${MIXED_WORD}(?:(?: [A-Z]\.?)? ${MIXED_BEFORE_WORD}${MIXED_WORD}){0,2}(?:,? (?:Jr\.?|Sr\.?|II|III|IV))?|${MIXED_BEFORE_WORD}${MIXED_WORD}(?:\/| and )${MIXED_BEFORE_WORD}${MIXED_WORD})\s*$`,
);

/** A signer in lower case on its own line, accepted only after an embassy trailer: `jones`. */
const LOWER_CASE_SIGNER = /^\s*[a-z][a-z'-]{1,24}\s*$/;

/**
 * A signer reflowed onto the end of the last sentence: `... for some time to come. GUTIERREZ`,
 * `... in 2009. LA LIME`, or after a redaction that ends the text without a period:
 * `... email at xxxxxxxxxxxx CHRITTON`. Sentence end (or six redaction letters), one space
 * or more, then one to three upper-case name words at the end of the line; a word of two
 * letters (`LA`, `DE`) only before another word; the two names of a joint cable (`... ministerial. BURNS/SCHNABEL`); a last
 * word opening with `Mc` or `Mac` (`... END COMMENT. McCORMICK`); `(ACTING)` after the name is no part of it.
 */
const SIGNER_AFTER_SENTENCE = /(?:[.!?]["')]?|[Xx]{6})\s+((?:[A-Z][A-Z'-]{1,24} ){0,2}(?:Ma?c)?[A-Z][A-Z'-]{2,24}(?:\/[A-Z][A-Z'-]{2,24})?)(?:[ \t]{1,3}\((?:ACTING|Acting)\))?\s*$/;

/** Words that end a cable but are not names (`MINIMIZE CONSIDERED` before the Secretary's name). */
const NOT_NAMES = new Set([
  'BT', 'NNNN', 'END', 'NONE', 'SIPDIS', 'UNCLAS', 'UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'NOFORN', 'SUMMARY', 'REF', 'REFS',
  // Words of a section's heading left last when a section ends the copy: `NEXT STEPS`, `BACKGROUND`, `OUTLOOK`.
  'NEXT', 'STEPS', 'BACKGROUND', 'OUTLOOK', 'CONCLUSION', 'CONCLUSIONS', 'RECOMMENDATION', 'RECOMMENDATIONS', 'OVERVIEW', 'INTRODUCTION',
  'COMMENT', 'TEXT', 'MINIMIZE', 'CONSIDERED', 'WIKILEAKS', 'QUOTE', 'UNQUOTE', 'QTE', 'UNQTE',
  // A page header's first word left last when the copy is cut at a page break (`... with Embassy Brasilia.` / blank / `PAGE`).
  'PAGE',
  // An addressee or a participant ending a list the copy stops on, never a signature: `... REPEAT THIS MESSAGE TO:` /
  // `AMEMBASSY ACCRA` / `AMEMBASSY DAKAR`; `NIGERIAN SIDE` / `FINANCE MINISTER` / `PERMANENT SECRETARY`.
  'AMEMBASSY', 'AMCONSUL', 'AMCONGEN', 'USMISSION', 'SECSTATE', 'USDEL', 'USINT', 'MINISTER', 'MINISTRY', 'SIDE', 'DELEGATION',
]);

/**
 * Words that end a sentence fragment but never a name, for a signer after the last sentence
 * of an all-caps line (`... BY IMMEDIATE CABLE. KISSINGER` is a signer, `... CONFIRMED. THE
 * MINISTER` and `... ADVISE. THANKS` are not): function words and closing words of old cables.
 */
const CAPS_NOT_NAMES = new Set([
  'A', 'AN', 'THE', 'AND', 'OR', 'BUT', 'NOR', 'OF', 'TO', 'IN', 'ON', 'AT', 'BY', 'FOR', 'WITH', 'FROM', 'AS', 'IF',
  'SO', 'IS', 'ARE', 'WAS', 'WERE', 'BE', 'BEEN', 'HAS', 'HAVE', 'HAD', 'DO', 'DOES', 'DID', 'WILL', 'WOULD',
  'SHALL', 'SHOULD', 'CAN', 'COULD', 'MAY', 'MIGHT', 'MUST', 'NOT', 'NO', 'YES', 'ALL', 'ANY', 'SOME', 'THIS',
  'THAT', 'THESE', 'THOSE', 'IT', 'ITS', 'WE', 'OUR', 'US', 'HE', 'HIS', 'SHE', 'HER', 'THEY', 'THEIR', 'THEM',
  'YOU', 'YOUR', 'WHO', 'WHICH', 'WHAT', 'WHEN', 'WHERE', 'WHY', 'HOW', 'THERE', 'HERE', 'THEN', 'NOW', 'ALSO',
  'MORE', 'LATER', 'SOON', 'TODAY', 'TOMORROW', 'YESTERDAY', 'PLEASE', 'ADVISE', 'THANKS', 'THANK', 'REGARDS',
  'QUOTE', 'UNQUOTE', 'QTE', 'UNQTE', 'ENDQUOTE', 'SEPTEL', 'FOLLOWS', 'FOLLOW', 'REFTEL', 'PARA', 'PARAS', 'ETC', 'FYI', 'GDS',
  'OADR', 'DECONTROL', 'NODIS', 'EXDIS', 'LIMDIS', 'EFTO', 'STADIS', 'CHANNEL', 'ROGER', 'DEPT', 'DEPARTMENT',
  'EMBASSY', 'AMEMBASSY', 'SECSTATE', 'STATE', 'ACTION', 'INFO',
]);

/** True when a word of an all-caps line is a function word no name is (`NO OBJECTION`; not the particles, `DO`). */
function hasFunctionWord(text: string): boolean {
  return text.split(/\s+/).some((w) => CAPS_NOT_NAMES.has(w) && !NAME_PARTICLES.has(w));
}

/**
 * Abbreviations whose period is no sentence end: `... MET WITH GEN. SMITH`, `... AT ST. JAMES`
 * (words with an inner period, `U.S.`, `A.M.`, and single letters, `JOHN A. SMITH`, are refused apart).
 */
const ABBREVIATIONS = new Set([
  'MR', 'MRS', 'MS', 'DR', 'ST', 'NO', 'NOS', 'GEN', 'COL', 'LT', 'MAJ', 'CAPT', 'ADM', 'SGT', 'AMB', 'JR', 'SR',
  'VS', 'CF', 'SEN', 'REP', 'GOV', 'PROF', 'FT', 'MT', 'INC', 'CO', 'CORP', 'LTD',
]);

/** An upper-case name word: `KISSINGER`, `O'BRIEN`, `SMITH-JONES`, `LE` (two letters or more). */
const CAPS_NAME_WORD = /^[A-Z\u00c0-\u00d6\u00d8-\u00de][A-Z\u00c0-\u00d6\u00d8-\u00de'-]{1,24}$/;

/**
 * A word that ends a sentence: a period (or `!`, `?`), then at most two closing quotes or
 * parentheses: `CABLE.`, `1975.`, `"NEVER."`, `(REFTEL).`. The word before the period is group 1.
 */
const SENTENCE_END_WORD = /^["'(]{0,2}([A-Z0-9][A-Z0-9'/-]{0,40})[)"']{0,2}[.!?][)"']{0,2}$/;

/** A paragraph label standing first on its line: `3.`, `12.` (its period ends no sentence). */
const LABEL_WORD = /^\d{1,3}\.$/;

/** First words of a title written after the signer and a comma: `GARDNER, AMBASSADOR`, `SMITH, CHARGE D'AFFAIRES`. */
const TITLE_WORDS = new Set(['AMBASSADOR', 'AMB', 'CHARGE', 'CDA', 'DCM', 'A/DCM', 'A/CDA', 'ACTING', 'CONSUL', 'PRINCIPAL', 'SECRETARY', 'DEPUTY', 'MINISTER', 'COUNSELOR']);

/**
 * A title alone on the line after the signer's name, upper case, whitespace collapsed:
 * `BOSWORTH` / `AMBASSADOR`, `SMITH` / `CHARGE D'AFFAIRES`, `JONES` / `ACTING` (no surname; the signer is the name).
 */
const TITLE_LINES: ReadonlySet<string> = new Set([
  'AMBASSADOR', 'AMB', 'CHARGE', "CHARGE D'AFFAIRES", "CHARGE D'AFFAIRES A.I", 'CDA', 'DCM', 'A/DCM', 'A/CDA', 'ACTING',
  'ACTING AMBASSADOR', 'CONSUL GENERAL', 'CONSUL', 'PRINCIPAL OFFICER', 'SECRETARY', 'ACTING SECRETARY', 'DEPUTY SECRETARY',
  'DEPUTY CHIEF OF MISSION', 'CHIEF OF MISSION', 'CONSUL GENERAL A.I', 'ACTING CONSUL GENERAL', 'ACTING PRINCIPAL OFFICER',
]);

/**
 * True when a line holds only a title (`TITLE_LINES`): its name as read (`AMBASSADOR`), or the whole line with commas
 * and final periods dropped, for a title a name line cannot hold: `CHARGE D'AFFAIRES, A.I.`.
 */
function isTitleLine(text: string, name: string): boolean {
  if (name !== '' && TITLE_LINES.has(name.toUpperCase())) return true;
  const t = text.trim();
  if (t.length > TITLE_LINE_LENGTH) return false;
  let end = t.length;
  while (end > 0 && t.charCodeAt(end - 1) === 46) end--;
  // `CHARGE D'AFFAIRES, A.I.`, `(ACTING)`: commas, parentheses and final periods dropped.
  const key = t.slice(0, end).replace(/[,()]/g, ' ').replace(/\s+/g, ' ').trim().toUpperCase();
  if (TITLE_LINES.has(key)) return true;
  // Any title of the mission and delegation heads' words: `HEAD OF DELEGATION`, `DEPUTY PERMANENT REPRESENTATIVE`,
  // `AMBASSADOR-DESIGNATE`, `CHARGE A.I.`, `AMBASSADOR AND PERMANENT REPRESENTATIVE`, `Management Counselor`.
  if (key === '') return false;
  const words = key.split(/[ -]/);
  // In mixed case, every word but the glue capitalized: `Minister-Counselor for Management Affairs`, `Acting DCM`.
  if (/[a-z]/.test(t) && !t.split(/[ ,()-]+/).every((w) => w === '' || isAsciiUpperCode(w.charCodeAt(0)) || TITLE_LINE_GLUE.has(w.toUpperCase()))) return false;
  // (An abbreviation's dot inside the line is dropped: `HEAD OF U.S. DELEGATION`.)
  return words.every((w) => TITLE_LINE_WORDS.has(w.endsWith('.') ? w.slice(0, -1) : w) || USAID_MISSION.test(w)) && words.some((w) => !TITLE_LINE_GLUE.has(w));
}

/** True when a line holds only a signer's title (`Charge d'Affaires, a.i.`, `AMBASSADOR`; see `isTitleLine`). */
export function isSignerTitleLine(text: string): boolean {
  return isTitleLine(text, '');
}

/** A USAID mission written as its office path, a title line's word: `USAID/HONDURAS`, `AID/W` (anchored, bounded). */
const USAID_MISSION = /^(?:US)?AID\/[A-Z]{1,20}$/;

/** Longest line read as a title alone (`AMBASSADOR AND PERMANENT REPRESENTATIVE`). */
const TITLE_LINE_LENGTH = 48;

/** Words of a title alone on the line after the signer's name (see `isTitleLine`). */
const TITLE_LINE_WORDS: ReadonlySet<string> = new Set([
  'AMBASSADOR', 'AMB', 'CHARGE', "D'AFFAIRES", 'A.I', 'AI', 'CDA', 'DCM', 'ACTING', 'CONSUL', 'GENERAL', 'PRINCIPAL', 'OFFICER',
  'SECRETARY', 'DEPUTY', 'UNDER', 'ASSISTANT', 'CHIEF', 'OF', 'MISSION', 'HEAD', 'DELEGATION', 'PERMREP', 'PERMANENT',
  'REPRESENTATIVE', 'MINISTER', 'COUNSELOR', 'DESIGNATE', 'SPECIAL', 'ENVOY', 'COORDINATOR', 'US', 'U.S', 'AND', 'THE', 'ALTERNATE',
  // The chiefs of an embassy's sections, who sign for it: `HOLLOWAY` / `MINISTER-COUNSELOR FOR MANAGEMENT AFFAIRS`,
  // `BROWN` / `MANAGEMENT OFFICER, ACTING DCM`, `CHARGE D AFFAIRES, A.I.` (no apostrophe).
  'D', 'AFFAIRES', 'FOR', 'AFFAIRS', 'MANAGEMENT', 'MGMT', 'ADMINISTRATIVE', 'ADMIN', 'POLITICAL', 'ECONOMIC', 'POLITICAL/ECONOMIC',
  'ECONOMIC/POLITICAL', 'POL/ECON', 'POLECON', 'ECONPOL', 'CONSULAR', 'PUBLIC', 'COMMERCIAL', 'AGRICULTURAL', 'DEFENSE', 'ATTACHE',
  'REGIONAL', 'SECURITY', 'RSO', 'SECTION', 'DIRECTOR',
  // `Walters` / `Charge d'Affaires ad interim`, `Chargé d'Affaires, a.i.`.
  'AD', 'INTERIM', 'CHARGÉ',
  // USAID's heads signing for the ambassador: `USAID Mission Director`, `AID AFFAIRS OFFICER`, `AAO`, `DIRECTOR,
  // USAID/HONDURAS` (a mission's office path: see `isTitleLine`).
  'USAID', 'AID', 'AAO',
  // Delegations' heads: `HEAD OF U.S. DELEGATION`, `CHAIRMAN, U.S. DELEGATION`, `CHIEF NEGOTIATOR`, `AMBASSADOR-AT-LARGE`.
  'CHAIRMAN', 'NEGOTIATOR', 'AT', 'LARGE',
]);

/** Title words that name no office on their own: a line of only these is no title (`US`, `OF THE`). */
const TITLE_LINE_GLUE: ReadonlySet<string> = new Set(['OF', 'US', 'U.S', 'U.S.', 'AND', 'THE', 'D', 'FOR', "D'AFFAIRES", 'AD', 'INTERIM', 'A.I.', 'AT']);

/**
 * `UNQUOTE` (with a period or not) before the name on the last line: `UNQUOTE KISSINGER`, and after the repeated
 * cable's own signer, `HILLENBRAND UNQUOTE KISSINGER`. Anchored, at most one name of up to 40 characters before it.
 */
const UNQUOTE_BEFORE_NAME = /^[ \t]{0,8}(?:[A-Z][A-Z'. -]{0,40}[ \t])?UN(?:QUOTE|QTE)\.?[ \t]{1,8}/;

/**
 * A redaction standing for removed text or a removed name: `XXXXXXXXXXXX`, `xxxxx` (four letters or more); some pages
 * write it with the Cyrillic capital Kha, `ХХХХХХХХХХХХ` (U+0425, which looks the same).
 */
const REDACTION = /^(?:[Xx]{4,}|[\u0425\u0445]{4,})$/;

/** True when a character code is an `X` or `x`, Latin or Cyrillic (`Х`, `х`): the first letter of a redaction. */
function isRedactionLetter(c: number): boolean {
  return (c | 32) === 120 || c === 0x425 || c === 0x445;
}

/** A name line read apart from what may follow the name on it. */
interface NameLine {
  /** The name: whitespace collapsed, periods and a title after it removed. */
  name: string;
  /** A period touches the name's last letter (`ASSISTANCE.`): the line may end a sentence. */
  glued: boolean;
}

/**
 * A line without a stray quote standing apart at its end, scraping debris after the name:
 * `MORIARTY "` -> `MORIARTY`. A quote touching the word (`... "ours"`) is kept.
 */
function withoutStrayQuote(text: string): string {
  const t = trimEnd(text);
  const c = t.charCodeAt(t.length - 1);
  if ((c === 34 || c === 39) && t.length >= 2 && (t.charCodeAt(t.length - 2) === 32 || t.charCodeAt(t.length - 2) === 9)) return trimEnd(t.slice(0, -1));
  return text;
}

/**
 * The name on a candidate line, without the periods after it (`MURRAY .`, `WEINROD..`),
 * a stray quote (`MORIARTY "`), a title in parentheses (`LEBARON (ACTING)`) and a title after a comma (`GARDNER, AMBASSADOR`); `null`
 * for a line cut by the archive (`DANIEL ORTEGA AN...`) or a comma before anything but a title.
 */
function nameLine(text: string): NameLine | null {
  let name = withoutStrayQuote(text).trim().replace(/\s+/g, ' ');
  let end = name.length;
  while (end > 0 && name.charCodeAt(end - 1) === 46) end--;
  if (name.length - end >= 3) return null;
  const glued = end < name.length && end > 0 && name.charCodeAt(end - 1) !== 32;
  const dotted = end < name.length;
  name = name.slice(0, end).trimEnd();
  // A title in parentheses after the name, in any case: `LEBARON (ACTING)`, `SMITH (CHARGE D'AFFAIRES)`, `McCormick (Acting)`.
  const paren = name.indexOf(' (');
  if (paren > 0 && name.endsWith(')')) {
    if (!TITLE_WORDS.has((name.slice(paren + 2, -1).trim().split(' ')[0] ?? '').toUpperCase())) return null;
    name = name.slice(0, paren).trimEnd();
  }
  // A generational suffix is the name's, its dot and comma as written: `MCCORMICK JR.`, `MCCORMICK, JR.`, `SMITH III`
  // (the dot of `Jr.` ends no sentence: the name is not glued).
  const suffix = NAME_SUFFIX_END.exec(name);
  if (suffix !== null) return suffix[1] === undefined && dotted ? { name: `${name}.`, glued: false } : { name, glued };
  const comma = name.indexOf(',');
  if (comma >= 0) {
    const title = name.slice(comma + 1).trim();
    if (!TITLE_WORDS.has((title.split(' ')[0] ?? '').toUpperCase())) return null;
    name = name.slice(0, comma).trimEnd();
  }
  // A title after a slash: `WESTGATE / DCM`, `WESTGATE/CHARGE`, `SMITH / A/DCM` (a second name after it, `BURNS/SCHNABEL`,
  // is a joint signature's).
  const slash = name.indexOf('/');
  if (slash > 0 && TITLE_WORDS.has((name.slice(slash + 1).trim().split(' ')[0] ?? '').toUpperCase())) name = name.slice(0, slash).trimEnd();
  return { name, glued };
}

/**
 * A generational suffix ending a name, after a comma or not: ` JR`, `, JR`, ` SR`, ` III`, `, Jr` (its dot stripped
 * before; anchored at the end, bounded).
 */
const NAME_SUFFIX_END = /[A-Za-z'-]{2},? (?:JR|SR|Jr|Sr|(II|III|IV))$/;

/** A line without a period or a stray quote standing apart at its end: `... from Russia. SILVERBERG .` -> `... from Russia. SILVERBERG`. */
function withoutLoneStop(text: string): string {
  const t = trimEnd(withoutStrayQuote(text));
  return t.endsWith(' .') ? trimEnd(t.slice(0, -1)) : t;
}

/**
 * True when no word of `candidate` is a word that ends cables without being a name (`BT`,
 * `END`, `SECRET`) or a redaction (`XXXXXXXXXXXX`: the signature was removed).
 */
function isName(candidate: string): boolean {
  const words = candidate.split(/[ /]+/);
  // A generational suffix is no word of the name's count: `ROBERT O. BLAKE, JR.`, `Carson W. Haldane III`.
  if (words.length > 1 && SUFFIX_WORD.test(words[words.length - 1] as string)) words.pop();
  if (words.length > 3 && !words.some((w) => NAME_PARTICLES.has(w.toUpperCase()))) return false;
  // A word of four letters or more with a period before another word ends a sentence, not a name part: `PLEASE
  // RETRANSMIT. ARMACOST`, `THANKS. HADSEL` (the name after it is read by `capsSignerAfterSentence`); not `CAPT. JONES`.
  for (let w = 0; w + 1 < words.length; w++) if (SENTENCE_END_IN_NAME.test(words[w] as string) && !RANK_ABBREVIATIONS.has((words[w] as string).slice(0, -1))) return false;
  return !words.some((w) => NOT_NAMES.has(w.replace(/\.$/, '').toUpperCase()) || REDACTION.test(w) || WEB_ADDRESS.test(w));
}

/** A generational suffix as a word of its own: `JR.`, `Jr`, `III`. */
const SUFFIX_WORD = /^(?:JR|SR|Jr|Sr|II|III|IV)\.?$/;

/**
 * A word that is a web address, not a name: `WWW.USEMBASSY.STATE.GOV` (the line over the signer is the site the last
 * sentence gives: `... POSTED ON THE EMBASSY WEB SITE AT:` / `WWW.USEMBASSY.STATE.GOV/NAIROBI` / `CARSON`). Bounded.
 */
const WEB_ADDRESS = /^(?:WWW\.|HTTPS?:)|\.(?:GOV|COM|ORG|MIL|NET|INT|EDU)(?:$|[./])/i;

/** A word of four capitals or more and a period: `RETRANSMIT.`, `THANKS.` (anchored, bounded). */
const SENTENCE_END_IN_NAME = /^[A-Z]{4,24}\.$/;

/** Ranks and titles abbreviated before a name, never a sentence's end: `CAPT. JONES`, `COMDR. SMITH`. */
const RANK_ABBREVIATIONS: ReadonlySet<string> = new Set(['CAPT', 'COMDR', 'CMDR', 'CAPTAIN', 'SGT', 'MAJ', 'GEN', 'COL', 'ADM', 'AMB', 'ASST', 'DEPT', 'GOVT', 'PROF']);

/** True for a line that is only a redaction: `XXXXXXXXXXXX` (the break repair keeps it apart like a signer line). */
export function isRedactionLine(text: string): boolean {
  return REDACTION.test(text.trim());
}

/**
 * True when a line reads like an upper-case signer line on its own: `PARMLY`, `SMITH JONES`,
 * `MURRAY .`, `MORIARTY "`, `GARDNER, AMBASSADOR` (the line-break repair never joins a sentence onto it).
 */
export function isUpperCaseSignerLine(text: string): boolean {
  const read = nameLine(text);
  return read !== null && SIGNER.test(read.name) && isName(read.name);
}

/**
 * The name on an upper-case signer line standing alone (see `isUpperCaseSignerLine`) and the
 * column it starts at: `  SOBEL` -> `SOBEL` at 2, `MURRAY .` -> `MURRAY`; `null` for any other line.
 */
export function upperCaseSignerName(text: string): { signer: string; column: number } | null {
  const read = nameLine(text);
  if (read === null || !SIGNER.test(read.name) || !isName(read.name)) return null;
  return { signer: read.name, column: Math.max(0, text.indexOf(read.name.charAt(0))) };
}

/** A position in the body's lines: line `index`, character `column` in it. */
export interface LinePosition {
  /** Index of the line. */
  index: number;
  /** Column in the line (0: the line's start). */
  column: number;
}

/** Where the signer was found. */
export interface SignerMatch {
  /** Index of the signer's line. */
  index: number;
  /** The signer as written. */
  signer: string;
  /** Where the signer starts in the line (0 when it stands alone). */
  column: number;
  /**
   * Index of the signature's last line when a title stands alone on the line after the name
   * (`BOSWORTH` / `AMBASSADOR`: the title's line); absent otherwise.
   */
  titleIndex?: number;
  /**
   * Where the body text ends: the lines before `textEnd.index`, and that line up to
   * `textEnd.column`, are text. Equal to (`index`, `column`) unless an embassy trailer
   * stands before the name; then it is where the trailer starts and the text from there
   * up to the signer is the trailer.
   */
  textEnd: LinePosition;
  /**
   * Where the text goes on after the signature, when an annex follows it (`RICE` / blank / `Tab 1: Talking points`):
   * the index of the annex's first line. Absent when the signature ends the text.
   */
  resume?: number;
}

/**
 * The trailer's phrase: `Visit London's Classified Website:`, `Please visit Paris' Classified
 * Website at:`, `Visit Embassy Kiev's classified website at:` (searched in lower case).
 */
const TRAILER_PHRASE = 'classified website';
/** At most this many characters between `visit` and `classified website` (`Visit Embassy Tel Aviv's `). */
const TRAILER_SPAN = 60;
/** The trailer is looked for in at most this many non-blank lines before the signer's line. */
const TRAILER_LINES = 8;
/** `For more reporting from Embassy Kuwait, visit:`: a line that opens the trailer block before the phrase. */
const MORE_REPORTING = /^\s*For more reporting\b/i;
/** Most lines of a `For more reporting ...` sentence over its URL (the opening line included). */
const MORE_REPORTING_LINES = 3;
/**
 * A line that names a post's site before its URL: `Visit Canada,s Economy and Environment Forum at`,
 * `Please visit our Intelink blog at:`, `Visit Canada's Economy and Environment Forum` (opening the line, maybe ending
 * with `at`; bounded).
 */
const VISIT_AT = /^\s{0,8}"?(?:Please\s{1,3})?[Vv]isit\s[^\n]{3,80}$/;
/** Longest line read by `VISIT_AT`. */
const VISIT_AT_LENGTH = 120;
/** A URL line of the trailer: `http://www.state.sgov.gov/p/nea/kuwait/?cable s`, `www.state.sgov.gov/p/eur/kiev.`. */
const URL_LINE = /^\s*\(?(?:https?:\/\/|www\.)/i;

/** A line holding one e-mail address and nothing else: `AshcombeRL@state.gov` (anchored, bounded runs, no spaces). */
const EMAIL_LINE = /^[ \t]{0,40}<?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}>?[ \t]*$/;

/** True when a line is a web address (`URL_LINE`, one word) or an e-mail address alone. */
function isAddressLine(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.indexOf(' ') < 0 && (URL_LINE.test(t) || EMAIL_LINE.test(t));
}

/**
 * A line of the trailer after its phrase: a URL, a rule line (`*****`), the SIPRNET
 * note: `You can also access this site through the` / `State Department's Classified SIPRNET website.`,
 * or a redaction standing for the URL, alone on its line after a page marker:
 * `... Visit London's Classified Website:` / `LONDON 00004328 006.2 OF 006` / `XXXXXXXXXXXX` / `Tuttle`.
 */
function isTrailerLine(text: string): boolean {
  return isRuleLine(text) || URL_LINE.test(text) || text.includes('SIPRNET') || /^\s*You can also access\b/.test(text) || REDACTION.test(text.trim()) || hasUrl(text);
}

/** True when a line holds a URL: `Partnership Blog at http://www.intelink.gov/communities/state/nap /`. */
function hasUrl(text: string): boolean {
  return text.includes('http://') || text.includes('https://');
}

/** The phrase written in two words: `Visit Ankara's Classified Web Site at http://...` (searched in lower case). */
const TRAILER_PHRASE_SPACED = 'classified web site';

/** Where the trailer phrase starts in a line (at `Visit` or `Please visit`), or -1. */
function trailerColumn(text: string): number {
  // Cheap test first: most lines have no `ebsite` (`Web Site`: `eb Site`, `EB SITE`).
  if (!text.includes('ebsite') && !text.includes('EBSITE') && !text.includes('eb Site') && !text.includes('eb site') && !text.includes('EB SITE')) return -1;
  const lower = text.toLowerCase();
  let at = lower.indexOf(TRAILER_PHRASE);
  if (at < 0) at = lower.indexOf(TRAILER_PHRASE_SPACED);
  if (at < 0) return -1;
  const visit = lower.lastIndexOf('visit', at);
  if (visit < 0 || at - visit > TRAILER_SPAN) return -1;
  // `Visit` capitalized, or `Please visit` / `please visit`; an opening quote right before it is the trailer's
  // (`"Visit Ankara's Classified Web Site at http://...`).
  const please = lower.lastIndexOf('please', visit);
  const start = please >= 0 && /^please\s{1,3}$/.test(lower.slice(please, visit)) ? please : text.charCodeAt(visit) === 86 ? visit : -1;
  return start > 0 && text.charCodeAt(start - 1) === 34 ? start - 1 : start;
}

/**
 * True when a line starts with the trailer's phrase (after blanks or an opening quote):
 * `           "Visit Ankara's Classified Web Site at http://www.intelink.s`.
 */
export function startsTrailer(text: string): boolean {
  const column = trailerColumn(text);
  if (column < 0) return false;
  for (let k = 0; k < column; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 34) return false;
  }
  return true;
}

/**
 * True when a line reads as a signer's name on its own: `JEFFREY`, `McGEE`, `MURRAY .`,
 * `Jeffrey`, `van Voorst` (not a word that opens a sentence: `Thanks`).
 */
export function isSignerNameLine(text: string): boolean {
  if (isUpperCaseSignerLine(text)) return true;
  const read = nameLine(text);
  return read !== null && MIXED_CASE_SIGNER.test(read.name) && isName(read.name) && !MIXED_NOT_NAMES.has(read.name.split(' ')[0] ?? '');
}

/** `SIPRNET site`: the site named by the found-on form of the trailer (searched in lower case). */
const SIPRNET_SITE = /siprnet\s{1,3}(?:web\s?)?site/;
/** `can be found on`: the found-on form of the trailer's phrase (searched in lower case). */
const FOUND_ON = /\b(?:can|may)\s{1,3}be\s{1,3}found\s{1,3}(?:on|at)\b/;

/**
 * The trailer in its found-on form, where the line `k` names the SIPRNET site:
 * `(U) This report and additional information can be found on` / `Embassy Santo Domingo's
 * SIPRNET site,` / `http://...`. The phrase `can be found on` stands on the same line or on
 * the line before; the trailer starts with that phrase's sentence.
 */
function foundOnTrailer(lines: readonly SourceLine[], marks: readonly boolean[], k: number): LinePosition | null {
  const text = (lines[k] as SourceLine).text;
  // Cheap test first: most lines have no `SIPRNET`.
  if (!text.includes('SIPRNET') && !text.includes('siprnet') && !text.includes('Siprnet')) return null;
  const lower = text.toLowerCase();
  const site = SIPRNET_SITE.exec(lower);
  if (site === null) return null;
  const same = FOUND_ON.exec(lower.slice(0, site.index));
  if (same !== null) return { index: k, column: sentenceStart(text, same.index) };
  // The phrase on the line before (a page marker may stand between).
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const before = (lines[j] as SourceLine).text;
    if (marks[j] === true) continue;
    if (isBlank(before)) return null;
    const on = FOUND_ON.exec(before.toLowerCase());
    return on === null ? null : { index: j, column: sentenceStart(before, on.index) };
  }
  return null;
}

/** Where the sentence holding column `at` starts: after the last `. ` before it, else 0. */
function sentenceStart(text: string, at: number): number {
  const stop = text.lastIndexOf('. ', at);
  if (stop < 0) return 0;
  let k = stop + 1;
  while (k < at && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  return k;
}

/** True when the text before `column` is only a paragraph label and marking: `¶15.  (U) Visit ...`. */
function onlyLabelBefore(text: string, column: number): boolean {
  const head = text.slice(0, column);
  if (isBlank(head)) return false;
  const label = matchLabel(head);
  if (label === null) return false;
  const rest = head.slice(label.length).trimStart();
  const marking = matchMarking(rest);
  return isBlank(marking === null ? rest : rest.slice(marking.length));
}

/**
 * The trailer before or on line `last` (the signer's line): where it starts, or `null`.
 * Looks at most `TRAILER_LINES` non-blank lines back, then takes in the rule lines, URL
 * lines and `For more reporting ...` line right before the phrase:
 *
 *     *********************************************
 *     For more reporting from Embassy Kuwait, visit:
 *     http://www.state.sgov.gov/p/nea/kuwait/?cable s
 *     Visit Kuwait's Classified Website:
 *     http://www.state.sgov.gov/p/nea/kuwait/
 *     *********************************************
 *     jones
 *
 * A trailer that is the whole text of a numbered paragraph (`15. (U) Visit New Delhi's
 * Classified Website: ...`) is the cable's own paragraph: `column` is then -1 (no text cut).
 */
function findTrailer(lines: readonly SourceLine[], marks: readonly boolean[], last: number): LinePosition | null {
  let found: LinePosition | null = null;
  let seen = 0;
  // A URL line seen (scanning up), and the lines of a sentence above it (`MORE_REPORTING_LINES`).
  let url = false;
  let intelink = false;
  let loose = 0;
  for (let k = last; k >= 0 && seen <= TRAILER_LINES; k--) {
    const text = (lines[k] as SourceLine).text;
    if (isBlank(text) || marks[k] === true) continue;
    seen++;
    const column = trailerColumn(text);
    if (column >= 0) {
      found = { index: k, column };
      break;
    }
    const foundOn = foundOnTrailer(lines, marks, k);
    if (foundOn !== null) {
      found = foundOn;
      break;
    }
    // The trailer written as one sentence over its URL, with no `Classified Website` phrase:
    //     For more reporting from Embassy Lisbon and information about Portugal,
    //     please see our Intelink site:
    //
    //     http://www.intelink.sgov.gov/wiki/portal:port ugal
    // (asked only above a URL line, of at most `TRAILER_LINES` lines: an anchored pattern).
    if (url && k !== last && MORE_REPORTING.test(text)) {
      found = { index: k, column: 0 };
      break;
    }
    // A post's forum or blog named over an Intelink URL (no `Classified Website` phrase):
    //     Visit Canada,s Economy and Environment Forum at
    //     http://www.intelink.gov/communities/state/can ada
    // (asked only above an Intelink URL line, on a line opening with `Visit`: an anchored, bounded pattern).
    if (intelink && loose === 0 && k !== last && text.length <= VISIT_AT_LENGTH && VISIT_AT.test(text)) {
      found = { index: k, column: text.search(/\S/) };
      break;
    }
    // Between the phrase and the signer only the trailer's own lines: URLs, rules, `You can also access ...`;
    // above a URL, the lines of a `For more reporting ...` sentence.
    if (k !== last && !isTrailerLine(text)) {
      if (!url || ++loose >= MORE_REPORTING_LINES) return null;
      continue;
    }
    if (k !== last && loose === 0 && (URL_LINE.test(text) || hasUrl(text))) {
      url = true;
      if (text.includes('intelink')) intelink = true;
    }
  }
  if (found === null) return null;
  const text = (lines[found.index] as SourceLine).text;
  if (onlyLabelBefore(text, found.column)) return { index: found.index, column: -1 };
  if (!isBlank(text.slice(0, found.column))) return found;
  // The trailer starts its line: take in the block's lines before it.
  let start = found.index;
  seen = 0;
  for (let k = found.index - 1; k >= 0 && seen < TRAILER_LINES; k--) {
    const t = (lines[k] as SourceLine).text;
    if (isBlank(t) || marks[k] === true) continue;
    seen++;
    if (!(isRuleLine(t) || URL_LINE.test(t) || MORE_REPORTING.test(t))) break;
    start = k;
  }
  return { index: start, column: 0 };
}

/**
 * The name at the end of a trailer line: `... Website: XXXXXXXXXXXX TUTTLE` -> `TUTTLE`,
 * `... index. cfm Tuttle` -> `Tuttle`: the last word when it is a capitalized name word,
 * with one more upper-case word before an upper-case one (`LA LIME`). `null` when none.
 */
function nameAfterTrailer(rest: string): { name: string; column: number } | null {
  const t = trimEnd(withoutStrayQuote(rest));
  // Bounded: a name is short; look only at the last 60 characters.
  const tail = t.length > 60 ? t.slice(t.length - 60) : t;
  const offset = t.length - tail.length;
  const words = tail.split(' ');
  const lastWord = words[words.length - 1] ?? '';
  if (!/^(?:[A-Z][A-Z'-]{1,24}|[A-Z][a-z]{0,3}[A-Z]?[a-z]{1,20})$/.test(lastWord) || !isName(lastWord)) return null;
  // One more upper-case word before an upper-case name: `LA LIME` (not a redaction: `XXXXXXXXXXXX TUTTLE`).
  const before = words[words.length - 2] ?? '';
  const two = /^[A-Z][A-Z'-]{1,24}$/.test(lastWord) && /^[A-Z][A-Z'-]{1,24}$/.test(before) && isName(before);
  const name = two ? `${before} ${lastWord}` : lastWord;
  return { name, column: offset + t.lastIndexOf(name) };
}

/** The signer after an embassy trailer, or `null`. */
function signerAfterTrailer(lines: readonly SourceLine[], last: number, trailer: LinePosition): SignerMatch | null {
  const text = (lines[last] as SourceLine).text;
  const end: LinePosition = trailer.column < 0 ? { index: last, column: 0 } : trailer;
  if (trailer.index === last && trailer.column >= 0) {
    // The name on the trailer's line: `... approvals.  Visit London's Classified Website: XXXXXXXXXXXX TUTTLE`.
    const from = trailer.column + TRAILER_PHRASE.length;
    const read = nameAfterTrailer(text.slice(from));
    return read === null
      ? null
      : {
          index: last,
          signer: read.name,
          column: from + read.column,
          textEnd: end,
        };
  }
  const read = nameLine(text);
  if (read === null || !isName(read.name) || !(SIGNER.test(read.name) || MIXED_CASE_SIGNER.test(read.name) || FIRST_NAME_CAPS_SIGNER.test(read.name) || LOWER_CASE_SIGNER.test(read.name))) {
    // The name joined to the trailer's own last line, a redaction or a URL:
    // `... Classified Website:` / `LONDON 00004328 006.2 OF 006` / `XXXXXXXXXXXX Tuttle`.
    const after = nameAfterTrailer(text);
    if (after === null) return null;
    if (!isTrailerLine(text.slice(0, after.column))) return null;
    return {
      index: last,
      signer: after.name,
      column: after.column,
      textEnd: trailer.column < 0 ? { index: last, column: after.column } : end,
    };
  }
  const column = text.indexOf(read.name.charAt(0));
  return {
    index: last,
    signer: read.name,
    column,
    textEnd: trailer.column < 0 ? { index: last, column: 0 } : end,
  };
}

/** The second word of a block's end mark: `END TEXT`, `END COMMENT.`, `END NOTE`, `END SUMMARY`. */
const END_BLOCK_WORD = /^(?:TEXT|COMMENT|NOTE|SUMMARY|QUOTE)\.?$/;

/** Characters of an all-caps line's end looked at for a signer after its last sentence (a name is short). */
const CAPS_TAIL = 120;

/** An e-mail address as a word of a capitals line: `KEMPDR@STATE.GOV` (anchored, bounded). */
const EMAIL_WORD = /^[A-Z0-9._-]{1,40}@[A-Z0-9.-]{2,40}\.[A-Z]{2,6}$/i;

/**
 * The signer after the last sentence of an all-caps line: `3. PLEASE REPORT REACTION BY
 * IMMEDIATE CABLE. KISSINGER` -> `KISSINGER`, `... CONDITIONS WORSEN. LE MELLE` -> `LE MELLE`.
 * One or two name words (or two signers, `HADLEY AND VOSS`, `HADLEY/VOSS`; a surname of particles, `DE LA GARZA`; a
 * generational suffix after them, `MORAN JR.`), none a word of text (`CAPS_NOT_NAMES`, `NOT_NAMES`), right after a
 * word ending a sentence that is no abbreviation (`U.S.`, `GEN.`, `A.`) and no paragraph label
 * (`3. KISSINGER`), or one name right after an e-mail address ending a contact line (`... KEMPDR@STATE.GOV PEARSON`).
 * Reads only the line's last `CAPS_TAIL` characters.
 */
function capsSignerAfterSentence(text: string): { signer: string; column: number } | null {
  // (`(ACTING)` after the name is its title, no part of it: `... END COMMENT. O'NEILL (ACTING)`.)
  const whole = withoutLoneStop(text);
  const t = whole.endsWith(' (ACTING)') ? trimEnd(whole.slice(0, -9)) : whole;
  const from = t.length > CAPS_TAIL ? t.length - CAPS_TAIL : 0;
  const words = t.slice(from).trim().split(/\s+/);
  // A generational suffix after the name is the name's: `... SEPTEL. MORAN JR.` -> `MORAN JR.`.
  const suffixed = words.length > 2 && SUFFIX_WORD.test(words[words.length - 1] as string) ? 1 : 0;
  for (let count = 1 + suffixed; count <= 3 + suffixed; count++) {
    const at = words.length - count - 1;
    if (at < 0) return null;
    const names = words.slice(at + 1, words.length - suffixed);
    const n = names.length;
    // (Three words only as two signers joined by `AND`: `HADLEY AND VOSS`, or a surname of particles: `DE LA GARZA`; one
    // word may join two by a slash: `HADLEY/VOSS`.)
    const particles = n === 3 && SURNAME_PARTICLES.has(names[0] as string) && SURNAME_PARTICLES.has(names[1] as string);
    if (n === 3 && names[1] !== 'AND' && !particles) continue;
    if (!names.every((w, k) => (n === 3 && k === 1 && !particles) || (particles && k < 2) || w.split('/', 3).every((part) => CAPS_NAME_WORD.test(part) && !CAPS_NOT_NAMES.has(part) && isName(part)))) continue;
    // The last name word has three letters or more: `LE MELLE`, not `... END. LE`.
    if ((names[names.length - 1] as string).length < 3) continue;
    const end = words[at] as string;
    const signer = words.slice(at + 1).join(' ');
    // The end of a block marks a sentence end too: `END TEXT HEFFERN`, `END COMMENT. SMITH`; and so does an e-mail
    // address ending a contact line (`... E-MAIL KEMPDR@STATE.GOV PEARSON`).
    if ((at > 0 && words[at - 1] === 'END' && END_BLOCK_WORD.test(end)) || (count === 1 + suffixed && EMAIL_WORD.test(end))) return { signer, column: t.lastIndexOf(signer) };
    const before = SENTENCE_END_WORD.exec(end)?.[1];
    // (A reference's or an annex's letter ends a sentence too: `... AS NOTED IN REF B. HALVORSEN`.)
    const labelled = before !== undefined && before.length === 1 && at > 0 && LETTER_CITING_WORDS.has(words[at - 1] as string);
    if (before === undefined || ABBREVIATIONS.has(before) || (before.length < 2 && !/\d/.test(before) && !labelled)) continue;
    if (at === 0 && from === 0 && LABEL_WORD.test(end)) continue;
    return { signer, column: t.lastIndexOf(signer) };
  }
  return null;
}

/** Particles a surname of three words opens with: `DE LA GARZA`, `VAN DER MEER`, `DE LOS SANTOS`. */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['DE', 'DA', 'DI', 'DO', 'DU', 'DEL', 'DELA', 'DELLA', 'DOS', 'LA', 'LE', 'LOS', 'LAS', 'VAN', 'VON', 'DER', 'DEN', 'TEN', 'TER', 'Y']);

/** Words citing something by a letter (`REF B.`, `ANNEX C.`, `PARA 4 B.`): the letter after them is no initial. */
const LETTER_CITING_WORDS: ReadonlySet<string> = new Set(['REF', 'REFS', 'REFTEL', 'REFTELS', 'ANNEX', 'TAB', 'PARA', 'PARAS', 'ITEM', 'SECTION']);

/**
 * Archive metadata run onto the signer's line: a zero, the date, then the record's id and its
 * TAGS or not: `McGEE 0 11/30/2007`, `... Bendana. RICE 0 02/23/2008 4549 EAIR,ETRD,ETTC,IR,KS`.
 * Bounded repeats; tried only on the line's last `ARCHIVE_TAIL_LENGTH` characters.
 */
const ARCHIVE_TAIL = /\s0\s{1,2}\d{1,2}\/\d{1,2}\/\d{4}(?:\s{1,2}\d{1,7}(?:\s{1,2}[A-Z][A-Z,]{1,300})?)?\s*$/;
/** Characters of a line's end looked at for the archive's metadata after the name. */
const ARCHIVE_TAIL_LENGTH = 340;

/**
 * The signer's line without the archive's debris at its end, columns unchanged (the result
 * is the line cut, debris at the start of the last word replaced by spaces):
 * - its metadata: `McGEE 0 11/30/2007` -> `McGEE`;
 * - the quotes and commas of a CSV field printed around the last words:
 *   `"CASON ,,,,"` -> ` CASON`, `... FROM WASHINGTON. ,,""CLINTON ,,"` -> `... FROM WASHINGTON.     CLINTON`
 *   (only when the run of commas, quotes and blanks ending the line starts with a blank and holds a comma).
 */
function withoutArchiveDebris(text: string): string {
  let t = text;
  // Cheap test first: the metadata has ` 0 ` and a date.
  if (t.includes(' 0 ')) {
    const from = t.length > ARCHIVE_TAIL_LENGTH ? t.length - ARCHIVE_TAIL_LENGTH : 0;
    const tail = ARCHIVE_TAIL.exec(t.slice(from));
    if (tail !== null) t = t.slice(0, from + tail.index);
  }
  let end = t.length;
  let comma = false;
  for (; end > 0; end--) {
    const c = t.charCodeAt(end - 1);
    if (c === 44) comma = true;
    else if (c !== 34 && c !== 32 && c !== 9) break;
  }
  // The debris stands apart from the name (`CASON ,,,,"`); a comma touching a word is the text's (`"NO,"`).
  if (!comma || end === t.length || (t.charCodeAt(end) !== 32 && t.charCodeAt(end) !== 9)) return t;
  let start = end;
  while (start > 0 && t.charCodeAt(start - 1) !== 32 && t.charCodeAt(start - 1) !== 9) start--;
  let k = start;
  while (k < end && (t.charCodeAt(k) === 34 || t.charCodeAt(k) === 44)) k++;
  return t.slice(0, start) + ' '.repeat(k - start) + t.slice(k, end);
}

/**
 * The line before line `k` that is not a transmission line, looked for at most 4 lines back
 * (a page marker may stand between two lines of a paragraph); `null` at a blank line or the start.
 */
function textLineBefore(lines: readonly SourceLine[], marks: readonly boolean[], k: number): string | null {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (marks[j] === true) continue;
    const text = (lines[j] as SourceLine).text;
    return isBlank(text) ? null : text.trim();
  }
  return null;
}

/**
 * An item of a list in capitals, one or two words and no stop: `ROMANIA`, `UNITED KINGDOM`, `SWITCHBOARD OPERATOR` (three
 * words run on like a wrapped sentence's line, see `runsOn`). Anchored, bounded.
 */
const CAPS_LIST_ITEM = /^[A-Z][A-Z'&-]{1,24}(?: [A-Z][A-Z'&-]{1,24})?$/;

/** Most lines looked at after a name for the message's end marks (`endsMessageAfter`). */
const END_MARK_LINES = 6;

/**
 * True when the message's end marks follow line `k`, only blank and transmission lines between: `BT`, `NNNN` (`NNN` in
 * printed telegrams) or the serial's `#1234` (within `END_MARK_LINES` lines).
 */
function endsMessageAfter(lines: readonly SourceLine[], marks: readonly boolean[], k: number): boolean {
  for (let j = k + 1; j < lines.length && j <= k + END_MARK_LINES; j++) {
    const text = (lines[j] as SourceLine).text.trim();
    if (text === '') continue;
    if (text === 'BT' || text === 'NNNN' || text === 'NNN' || /^#\d{1,6}$/.test(text)) return true;
    if (marks[j] !== true) return false;
  }
  return false;
}

/** A line that stands apart from what follows it: a sentence's end, a colon, a semicolon, a closing quote or bracket last (`... next week.`, `Participants:`). */
const FINISHED_LINE_END = /[.!?:;"')]$/;

/** Fewest words of a line broken off at a comma for the name under it to finish its sentence (`breaksOffAtComma`). */
const COMMA_SENTENCE_WORDS = 5;

/** A letter's closing words anywhere on a line: `WITH WARM PERSONAL REGARDS,`, `RESPECTFULLY YOURS,` (bounded). */
const CLOSING_WORD = /\b(?:regards|wishes|yours|sincerely|respectfully|cordially|faithfully|thanks)\b/i;

/**
 * True when a line is a sentence broken off after a comma: `COMMA_SENTENCE_WORDS` words or more, a comma last, no
 * letter's closing word (`CLOSING_WORD`). The name under it finishes the sentence, no signature.
 */
function breaksOffAtComma(line: string): boolean {
  if (line.charCodeAt(line.length - 1) !== 44 || CLOSING_WORD.test(line)) return false;
  let words = 1;
  for (let k = 0; k < line.length && words < COMMA_SENTENCE_WORDS; k++) if (line.charCodeAt(k) === 32 && line.charCodeAt(k + 1) !== 32) words++;
  return words >= COMMA_SENTENCE_WORDS;
}

/** A letter's closing words on a line of their own: `Best regards,`, `Sincerely,`, `Thanks` (anchored at both ends, bounded). */
const COMPLIMENTARY_CLOSE = /^(?:(?:best|kind|warm|warmest|with)[ \t]{1,2})?(?:regards|wishes|sincerely|respectfully|cordially|thanks|thank[ \t]you)[ \t]{0,2},?$/i;

/** A bullet opening a line: `-- `, `- `, `* `, `o `, `• ` (anchored, bounded). */
const BULLET_START = /^[ \t]{0,8}(?:-{1,2}|[*o\u2022\u00b7])[ \t]/;

/** Most lines of a list item read back from a name for the bullet opening it (`endsBulletItem`). */
const BULLET_ITEM_LINES = 4;

/**
 * True when the text right above line `k` is a bulleted item, which ends without a period (`-- the IMF stand-by` /
 * `Wilson` / `Ambassador`): within `BULLET_ITEM_LINES` lines up, with no blank line and no finished sentence between,
 * a line opens with a bullet.
 */
function endsBulletItem(lines: readonly SourceLine[], marks: readonly boolean[], k: number): boolean {
  for (let j = k - 1, seen = 0; j >= 0 && seen < BULLET_ITEM_LINES; j--) {
    if (marks[j] === true) continue;
    const text = (lines[j] as SourceLine).text;
    if (isBlank(text)) return false;
    seen++;
    if (BULLET_START.test(text)) return true;
    if (FINISHED_LINE_END.test(text.trim())) return false;
  }
  return false;
}

/**
 * `End Cable Text`, `END OF CABLE TEXT`, `END OF MESSAGE`: the archive's or the message's mark after the text, before
 * or after the signer (any case). Anchored, bounded blanks.
 */
const END_CABLE_TEXT = /^\s*end\s{1,3}(?:of\s{1,3})?(?:cable\s{1,3}text|message)\s{0,3}\.?\s*$/i;

/** True when a line is only the message's end mark (`END_CABLE_TEXT`): `END OF MESSAGE`, `End Cable Text`. */
export function isMessageEndLine(text: string): boolean {
  return END_CABLE_TEXT.test(text);
}

/**
 * True when a line is text that runs on into the next line: three words or more, the last
 * ending without a sentence end (`1. THE EMBASSY WILL REPORT FURTHER AS THE MINISTRY ISSUES`).
 */
function runsOn(text: string | null): boolean {
  return text !== null && /[\p{L}\p{N},-]$/u.test(text) && text.split(/\s+/).length >= 3;
}

/**
 * A mixed-case name, then the upper-case end of the archive's title cut with `...` (a partial
 * extract prints it after the text; the line-break repair joined it to the name):
 * `Leach T ONE ORDERED RELEASED ON...` -> `Leach` (the title, `... BUT ONE ORDERED RELEASED ON BAIL`).
 * The name stands apart (`previous`, the line before, ends a sentence or is blank); the scrap has
 * no lower-case letter and ten characters or more before its dots. Bounded repeats, anchored.
 */
const NAME_BEFORE_CUT_TITLE = /^[ \t]{0,8}([A-Z][a-z]{0,3}[A-Z]?[a-z]{1,20}(?:-[A-Z][a-z]{2,20})?)[ \t]{1,4}([^a-z]{10,200}?)\.{3}[ \t]*$/;

function nameBeforeCutTitle(text: string, previous: string): { signer: string; column: number } | null {
  if (!(previous === '' || FINISHED_LINE_END.test(previous))) return null;
  const m = NAME_BEFORE_CUT_TITLE.exec(text);
  const name = m?.[1];
  const scrap = m?.[2];
  if (m === null || name === undefined || scrap === undefined || !/[A-Z]{2}/.test(scrap) || !isName(name) || MIXED_NOT_NAMES.has(name)) return null;
  return { signer: name, column: text.indexOf(name) };
}

/** Most lines between a signer's name and the title line under it (blank lines and a page marker's). */
const NAME_TITLE_GAP = 6;

/**
 * The signer on the line before a title line `i` (`BOSWORTH` / `AMBASSADOR`, `Smith` / `Charge d'Affaires`):
 * a name line, upper case after text that does not run on into it (`... AS THE MINISTRY ISSUES` /
 * `NEW REGULATIONS` / `SECRETARY` is no signature), mixed case after a finished sentence or a blank line.
 * Transmission lines (a page marker) may stand between, and one blank line, or more around a page marker. `null` when none.
 */
function nameBeforeTitle(lines: readonly SourceLine[], marks: readonly boolean[], i: number): SignerMatch | null {
  // One blank line may set the title off from the name (`LUNDQVIST` / blank / `CHARGE D'AFFAIRES, A.I.`); more only
  // around a page marker between them (`Jessica Palmer` / blank / `CHENGDU 00000241  002.2 OF 002` / blank / `Consul General`).
  let j = i - 1;
  let blanks = 0;
  let marked = false;
  for (; j >= 0 && i - j <= NAME_TITLE_GAP && (marks[j] === true || isBlank((lines[j] as SourceLine).text)); j--) {
    if (marks[j] === true) marked = true;
    else blanks++;
  }
  if (j < 0 || i - j > NAME_TITLE_GAP || (blanks > 1 && !marked)) return null;
  const text = withoutArchiveDebris((lines[j] as SourceLine).text);
  const read = nameLine(text);
  if (read === null || read.glued || read.name === '' || TITLE_LINES.has(read.name.toUpperCase()) || !isName(read.name)) return null;
  const before = textLineBefore(lines, marks, j);
  // (A list's last item ends without a period: `-- the IMF stand-by` / `WILSON` / `AMBASSADOR`.)
  const afterItem = endsBulletItem(lines, marks, j);
  if (SIGNER.test(read.name)) {
    // (`FOR THE AMBASSADOR` / `VAN VOORST` / `DEPUTY CHIEF OF MISSION`: the "signed for" line runs on into no sentence.)
    // (Nor the message's end mark without its stop: `END OF MESSAGE` / `HUHTALA` / `CHARGE D'AFFAIRES A.I.`)
    if (runsOn(before) && !(before !== null && (isSignedForLine(before) || isMessageEndLine(before))) && !afterItem) return null;
  } else if (!MIXED_CASE_SIGNER.test(read.name) || !(before === null || FINISHED_LINE_END.test(before) || afterItem)) return null;
  const column = text.indexOf(read.name.charAt(0));
  // An embassy trailer before the name is no text either (`Visit Ankara's Classified Website:` / URL / `Silliman` /
  // `Charge d'Affaires, a.i.`).
  const trailer = findTrailer(lines, marks, j);
  const textEnd = trailer !== null && trailer.column >= 0 && trailer.index < j ? trailer : { index: j, column };
  return { index: j, signer: read.name, column, titleIndex: i, textEnd };
}

/**
 * Finds the signer: the last line of the body that is not blank and not a transmission
 * line (`marks`), when it reads like a name, or a name reflowed after the last sentence;
 * after an embassy trailer, a name in any case (`jones`), on the trailer's line or the next.
 * `complete` tells that the lines are the whole message (no section of several alone): its last line under a list in
 * capitals is then the signature, as when the message's end marks follow it (`endsMessageAfter`).
 */
export function findSigner(lines: readonly SourceLine[], marks: readonly boolean[], complete = false): SignerMatch | null {
  const match = findSignerLine(lines, marks, complete) ?? signerBeforeAnnex(lines, marks);
  return match === null ? null : withSignedForLine(lines, marks, match);
}

/**
 * An annex's title opening a line: `ANNEX A`, `Annex I: Agreed Conclusions`, `Tab 1: Talking points`, `ATTACHMENT 2 -`,
 * `APPENDIX`, `ENCLOSURE`: the word, an identifier of up to four characters or none, then a colon, a dash, a dot or the
 * line's end (anchored, bounded).
 */
const ANNEX_TITLE = /^[ \t]{0,8}(?:ANNEX|Annex|ATTACHMENT|Attachment|APPENDIX|Appendix|ENCLOSURE|Enclosure|TAB|Tab)(?:[ \t]{1,3}[A-Z0-9]{1,4})?[ \t]{0,3}(?:[:.-]|$)/;

/** Most annex titles looked at from the end for a signature before them (`signerBeforeAnnex`). */
const ANNEX_TITLES_TRIED = 8;

/**
 * The signer of a cable whose annexes follow its signature, asked when none ends the text: the name before an annex's
 * title set off by a blank line (and maybe a rule over it), read as if the text ended there (`findSignerLine`). The match's `resume` is the
 * title's line: the annex is text.
 *
 *     5. (U) Department thanks posts for their assistance.
 *
 *     RICE
 *
 *     Tab 1: Talking points
 *
 *     -- Success in Afghanistan is the Alliance's top operational priority.
 *
 * At most `ANNEX_TITLES_TRIED` titles are tried, from the last; each try reads a few lines back.
 */
function signerBeforeAnnex(lines: readonly SourceLine[], marks: readonly boolean[]): SignerMatch | null {
  let tried = 0;
  for (let k = lines.length - 1; k > 1 && tried < ANNEX_TITLES_TRIED; k--) {
    const text = (lines[k] as SourceLine).text;
    // (A capital `A`, `T` or `E` first, after blanks, is the pre-test.)
    const c = text.charCodeAt(skipWhitespace(text));
    if ((c !== 65 && c !== 84 && c !== 69) || marks[k] === true || !ANNEX_TITLE.test(text)) continue;
    // (Or a rule over the title, set off by a blank line: `CLINTON` / blank / `-----` / `Annex A: Points for ...` / `-----`.)
    const top = isBlank((lines[k - 1] as SourceLine).text) ? k : isRuleLine((lines[k - 1] as SourceLine).text) && isBlank((lines[k - 2] as SourceLine).text) ? k - 1 : -1;
    if (top < 0) continue;
    tried++;
    const match = findSignerLine(lines.slice(0, top), marks.slice(0, top));
    // Only a name standing on a line of its own signs before an annex (not the last words of a sentence).
    if (match !== null && match.column === 0 && match.textEnd.index === match.index && (match.titleIndex ?? match.index) < top) return { ...match, resume: top };
  }
  return null;
}

/**
 * A signature's "signed for" line standing alone above the signer's name, any case, with a colon or not:
 * `FOR THE AMBASSADOR:`, `For the Secretary`, `FOR THE CHARGE D'AFFAIRES, A.I.:`, `FOR THE DEPUTY CHIEF OF MISSION`, and a
 * consulate's `FOR THE CONSUL GENERAL:`, `FOR THE PRINCIPAL OFFICER:`, `FOR THE CHIEF OF MISSION:`.
 * Anchored at both ends, bounded blanks; nothing may follow the title (`FOR THE SECRETARY FROM THE AMBASSADOR` is a heading).
 * A typewritten signature block stands in the middle of the line: up to `SIGNED_FOR_LENGTH` columns in all
 * (`                              FOR THE AMBASSADOR:`).
 */
const SIGNED_FOR_CAPTION = String.raw`FOR[ \t]{1,3}THE[ \t]{1,3}(?:AMBASSADOR|SECRETARY|CHARG[EÉ](?:[ \t]{1,3}D'AFFAIRES(?:,?[ \t]{1,3}A\.I\.?)?)?|(?:DEPUTY[ \t]{1,3})?CHIEF[ \t]{1,3}OF[ \t]{1,3}MISSION|CONSUL(?:[ \t]{1,3}GENERAL)?|PRINCIPAL[ \t]{1,3}OFFICER)`;
const SIGNED_FOR = new RegExp(String.raw`^[ \t]{0,60}${SIGNED_FOR_CAPTION}[ \t]{0,3}[:.,]?[ \t]*$`, 'i');
/**
 * A post alone on a line, as a signature's last line names it under the title: `Embassy Kabul`, `EMBASSY KABUL`,
 * `AMEMBASSY KABUL`, `U.S. Embassy Baghdad`, `Consulate General Lagos`, `U.S. Mission Geneva`, `American Consulate General
 * Guangzhou` (anchored, bounded).
 */
const POST_LINE = /^[ \t]{0,8}(?:U\.S\.[ \t]|American[ \t]|AMERICAN[ \t])?(?:AMEMBASSY|EMBASSY|Embassy|AMCONSUL|CONSULATE(?:[ \t]GENERAL)?|Consulate(?:[ \t]General)?|MISSION|Mission)[ \t]{1,3}[A-Z][A-Za-z.'-]{1,20}(?:[ \t][A-Z][A-Za-z.'-]{1,20}){0,2}[ \t]*$/;

/**
 * A "signed for" line with the signer's name after it on the same line: `FOR THE AMBASSADOR: PELLETIER`, `For the
 * Ambassador: Santos-Webb` (group 2 the name's part, at most 40 characters). Anchored, bounded blanks.
 */
const SIGNED_FOR_NAME = new RegExp(String.raw`^[ \t]{0,60}(${SIGNED_FOR_CAPTION}[ \t]{0,3}[:,]?)[ \t]{1,3}(\S[^\n]{0,40})$`, 'i');

/** Longest "signed for" line read by `SIGNED_FOR`. */
const SIGNED_FOR_LENGTH = 80;
/** Lines looked at above the signer's name for the "signed for" line (blank lines and page markers may stand between). */
const SIGNED_FOR_LOOKBACK = 4;

/** True when a line is a "signed for" line (`FOR THE AMBASSADOR:`); an `F` first is the cheap pre-test. */
function isSignedForLine(text: string): boolean {
  return text.length <= SIGNED_FOR_LENGTH && text.charCodeAt(skipWhitespace(text)) === 70 && SIGNED_FOR.test(text);
}

/**
 * The match with the text ending before a "signed for" line standing apart above the signer's name: the
 * line belongs to the signature, not to the last paragraph:
 *
 *     2. The Mission will report further.
 *     FOR THE AMBASSADOR:
 *     SCOTT
 *
 * Only when the name starts the text's end (nothing but blanks before it on its line) and the line before the
 * "signed for" line is blank or ends a sentence (`... a briefing book for` / `For the Ambassador.` / `SMITH`
 * is a wrapped sentence); some text must stand before it. Looks at most `SIGNED_FOR_LOOKBACK` lines back.
 */
function withSignedForLine(lines: readonly SourceLine[], marks: readonly boolean[], match: SignerMatch): SignerMatch {
  const end = match.textEnd;
  const endText = (lines[end.index] as SourceLine).text;
  if (end.column > 0 && !isBlank(endText.slice(0, end.column))) return match;
  let k = end.index - 1;
  while (k >= 0 && end.index - k <= SIGNED_FOR_LOOKBACK && (marks[k] === true || isBlank((lines[k] as SourceLine).text))) k--;
  if (k < 1 || end.index - k > SIGNED_FOR_LOOKBACK || !isSignedForLine((lines[k] as SourceLine).text)) return match;
  // The line before: blank (then some text above), or a finished sentence.
  let j = k - 1;
  while (j >= 0 && marks[j] === true) j--;
  if (j < 0) return match;
  const before = (lines[j] as SourceLine).text.trim();
  if (before !== '' && !FINISHED_LINE_END.test(before)) return match;
  if (before === '') {
    while (j >= 0 && (marks[j] === true || isBlank((lines[j] as SourceLine).text))) j--;
    if (j < 0) return match;
  }
  // An embassy trailer over the "signed for" line is no text either (`Visit Ashgabat's Classified Website:` / URL /
  // `FOR THE AMBASSADOR:` / `Covington`).
  const trailer = findTrailer(lines, marks, j);
  if (trailer !== null && trailer.column === 0) return { ...match, textEnd: trailer };
  return { ...match, textEnd: { index: k, column: 0 } };
}

/**
 * Marks an embassy trailer that ends the text with no signer after it (a copy that lost its signer) as
 * transmission, so the last paragraph does not take it in:
 *
 *     2. (U) The Governor said the bank would act again.
 *
 *     *********************************************       <- marked
 *     Visit Kuwait's Classified Website:                   <- marked
 *     http://www.state.sgov.gov/p/nea/kuwait/              <- marked
 *     *********************************************       <- marked
 *
 * Only a trailer starting its line (not one glued to the text, nor a numbered paragraph of its own); call it when
 * `findSigner` found no signer. Bounded by `TRAILER_LINES`.
 */
export function markTrailerEndingText(lines: readonly SourceLine[], marks: boolean[]): void {
  let i = lines.length - 1;
  while (i >= 0 && (isBlank((lines[i] as SourceLine).text) || marks[i] === true)) i--;
  if (i < 0) return;
  const trailer = findTrailer(lines, marks, i);
  if (trailer === null || trailer.column !== 0 || trailer.index === 0) return;
  const last = (lines[i] as SourceLine).text;
  // The last line is the trailer's own (its phrase, a URL or a rule), not a name nor text.
  if (trailer.index !== i && !isTrailerLine(last)) return;
  for (let k = trailer.index; k <= i; k++) if (!isBlank((lines[k] as SourceLine).text)) marks[k] = true;
}

/** The signer as found before a "signed for" line is looked at (see `findSigner`). */
function findSignerLine(lines: readonly SourceLine[], marks: readonly boolean[], complete = false): SignerMatch | null {
  let i = lines.length - 1;
  while (i >= 0 && (isBlank((lines[i] as SourceLine).text) || marks[i] === true)) i--;
  if (i < 0) return null;
  // A web or e-mail address alone right under the name (the signer's contact): the name on the line above signs.
  //     ... tel. 354-562-9100.
  //
  //     VAN VOORST
  //     http://www.intelink.sgov.gov/wiki/Portal:Iceland
  // (Not a contact named under a caption: `CLINTON` / `Point of contact:` / `John Q. Adams` / `AdamsJQ@state.gov`.)
  if (i > 1 && isAddressLine((lines[i] as SourceLine).text) && !isBlank((lines[i - 1] as SourceLine).text) && marks[i - 1] !== true) {
    const above = findSignerLine(lines.slice(0, i), marks.slice(0, i), complete);
    const caption = (lines[i - 2] as SourceLine).text.trimEnd().endsWith(':');
    // (The name right above, or a title line under the name: `FRIED` / `AMBASSADOR` / `http://...`.)
    const under = above?.titleIndex ?? above?.index;
    if (above !== null && under === i - 1 && above.textEnd.index === above.index && !caption && isBlank((lines[above.index] as SourceLine).text.slice(0, above.column))) return above;
  }
  const trailer = findTrailer(lines, marks, i);
  if (trailer !== null) {
    const match = signerAfterTrailer(lines, i, trailer);
    if (match !== null) return match;
  }
  // A redaction alone on the last line, set off by a blank line, is the signature with the name removed: the signer
  // as written, not the last paragraph's text (not after an embassy trailer, where it stands for the site's address):
  //     ... for the IAEA Secretariat to witness.
  //
  //     XXXXXXXXXXXXXX
  // (An `X` first, Latin or Cyrillic, is the pre-test; the text before must not announce it with a colon: `Contact:` / blank /
  // `XXXXXXXXXXXX`.)
  const lastText = (lines[i] as SourceLine).text;
  if (trailer === null && isRedactionLetter(lastText.charCodeAt(skipWhitespace(lastText))) && isRedactionLine(lastText)) {
    // A redaction on the line right after an upper-case name apart from the text is the title removed: the name signs.
    //     ... End Comment.
    //
    //     GREENE
    //     XXXXXXXXXXXX
    const named = nameOverRedaction(lines, marks, i);
    if (named !== null) return named;
    const signature = redactedSignature(lines, marks, i);
    if (signature !== null) return signature;
  }
  // A redaction after the name on its line (`TROTT XXXXXXXXXXXX`, the title removed): the name alone, apart from the text.
  const redactedTitle = REDACTION_AFTER_NAME.exec(lastText);
  if (trailer === null && redactedTitle !== null && i > 0 && isBlank((lines[i - 1] as SourceLine).text)) {
    const name = upperCaseSignerName(redactedTitle[1] as string);
    if (name !== null) return { index: i, signer: name.signer, column: name.column, textEnd: { index: i, column: name.column } };
  }
  const beforeJunk = signerBeforeJunk(lines, marks, i);
  if (beforeJunk !== null) return beforeJunk;
  // The "signed for" line with the name after it on the same line: `FOR THE AMBASSADOR: PELLETIER` (the whole line
  // is the signature; `F` first is the pre-test).
  const signedFor = (lines[i] as SourceLine).text.charCodeAt(skipWhitespace((lines[i] as SourceLine).text)) === 70 ? SIGNED_FOR_NAME.exec((lines[i] as SourceLine).text) : null;
  if (signedFor !== null) {
    const read = nameLine(signedFor[2] as string);
    if (read !== null && !read.glued && (SIGNER.test(read.name) || MIXED_CASE_SIGNER.test(read.name)) && isName(read.name)) {
      const column = (lines[i] as SourceLine).text.length - (signedFor[2] as string).length + (signedFor[2] as string).indexOf(read.name.charAt(0));
      return { index: i, signer: read.name, column, textEnd: { index: i, column: 0 } };
    }
  }
  const text = withoutArchiveDebris((lines[i] as SourceLine).text);
  // Cheap pre-test: a cut title ends with `...`.
  if (text.endsWith('...')) {
    const cut = nameBeforeCutTitle(text, i > 0 ? (lines[i - 1] as SourceLine).text.trim() : '');
    if (cut !== null) return { index: i, signer: cut.signer, column: cut.column, textEnd: { index: i, column: cut.column } };
  }
  // A mixed-case name must stand apart: after a blank line, a finished sentence or a "signed for" line without its colon
  // (`FOR THE AMBASSADOR` / `Laura Brennan`), else it is the last word of a wrapped sentence (`... Republic of` / `Kazakhstan`).
  const previous = i > 0 ? (lines[i - 1] as SourceLine).text.trim() : '';
  const apart = i > 0 && (previous === '' || FINISHED_LINE_END.test(previous) || COMPLIMENTARY_CLOSE.test(previous) || isSignedForLine(previous));
  // `MURRAY .`, `GARDNER, AMBASSADOR`: the name without the period or title after it. A
  // period on the word after an unfinished line ends that sentence: `... TRINIDAD'S` / `ASSISTANCE.`
  const read = nameLine(text);
  const unfinished = previous !== '' && /[\p{L}\p{N},]$/u.test(previous) && !SIGNER.test(previous);
  // A line right under one ending on a word no sentence ends with finishes that sentence: `... the judicial training
  // program run by the` / `CSJ` (a page cut there) is no signature.
  // Nor does a name right under a sentence broken off after a comma (`... REJECTED THE CHARGE THROUGH ITS SPOKESMAN,` /
  // `KAGOLE`: an apposition, the copy cut there), unlike a letter's closing (`WITH WARM PERSONAL REGARDS,`).
  const name = read === null || (read.glued && unfinished) || (previous !== '' && (endsOnFunctionWord(previous) || breaksOffAtComma(previous))) ? '' : read.name;
  // The end of a repeated or quoted text before the name on the last line: `UNQUOTE KISSINGER` (`UNQUOTE` is text).
  const unquoted = UNQUOTE_BEFORE_NAME.exec(text);
  if (unquoted !== null) {
    const after = upperCaseSignerName(text.slice(unquoted[0].length));
    if (after !== null) {
      const column = unquoted[0].length + after.column;
      return { index: i, signer: after.signer, column, textEnd: { index: i, column } };
    }
  }
  // The post alone on the last line, under a title line under the name (`Harlan D. Whitcombe` / `Ambassador` / `Embassy
  // Kabul`): the signature's three lines (an `E`, `A`, `C` or `U` first and the post's words are the pre-test).
  if (POST_LINE.test(text) && i > 1) {
    let t = i - 1;
    while (t > 0 && marks[t] === true) t--;
    const titleText = withoutArchiveDebris((lines[t] as SourceLine).text);
    const titleName = nameLine(titleText);
    if (t > 0 && !isBlank(titleText) && isTitleLine(titleText, titleName === null ? '' : titleName.name)) {
      const titled = nameBeforeTitle(lines, marks, t);
      if (titled !== null) return { ...titled, titleIndex: i };
    }
  }
  // A title alone on the last line (`BOSWORTH` / `AMBASSADOR`): the signer is the name on the line before.
  if (isTitleLine(text, name)) {
    const titled = nameBeforeTitle(lines, marks, i);
    if (titled !== null) return titled;
    // A title with no name over it names no one: the last item of a list the copy stops on (`FINANCE MINISTER` /
    // `PERMANENT SECRETARY`).
    return null;
  }
  if (name !== '' && (SIGNER.test(name) || ((MIXED_CASE_SIGNER.test(name) || FIRST_NAME_CAPS_SIGNER.test(name)) && apart)) && isName(name)) {
    // Two signers on consecutive lines: `SMITH` / `JONES`. Not a line ending a sentence
    // (`REGULATIONS.` / `RABB`) nor the last line of a wrapped all-caps paragraph:
    // `... AS THE MINISTRY ISSUES` / `NEW REGULATIONS` / `RABB`.
    // The same name line twice (`RICE` / `RICE`): one signer; the first copy is no text.
    if (i > 0 && previous.replace(/\s+/g, ' ') === name && SIGNER.test(name)) {
      const at = text.indexOf(name.charAt(0));
      return {
        index: i,
        signer: name,
        column: at,
        textEnd: { index: i - 1, column: 0 },
      };
    }
    // (Nor the last two lines of a list of one word each: `CO-SPONSORS SINCE THE TEXT WAS TABLED:` / ... / `LITHUANIA` /
    // `POLAND` / `ROMANIA`; nor of a list of a few words each, `UNITED KINGDOM` / `UNITED STATES`.)
    const third = i > 0 ? textLineBefore(lines, marks, i - 1) : null;
    const listAbove = third !== null && CAPS_LIST_ITEM.test(third) && CAPS_LIST_ITEM.test(previous) && isName(third) && isName(previous);
    // (Nor a caption's item: `EGYPT:` / `FM TANTAWI` / `WALKER`. Nor a line holding a function word, a clearance's
    // words over the name: `NO OBJECTION` / `POWELL`. Nor a quoted letter's first name under its closing: `WARM
    // REGARDS,` / `HENRY` / `KISSINGER`.)
    if (i > 0 && SIGNER.test(previous) && !previous.endsWith('.') && previous.split(/\s+/).length <= 2 && isName(previous) && !hasFunctionWord(previous) && !runsOn(third) && !listAbove && !(third !== null && (third.endsWith(':') || COMPLIMENTARY_CLOSE.test(third) || (CAPS_NAME_WORD.test(third) && isName(third))))) {
      return {
        index: i - 1,
        signer: `${previous.replace(/\s+/g, ' ')} ${name}`,
        column: 0,
        textEnd: { index: i - 1, column: 0 },
      };
    }
    // The last line of such a list is no signer either, unless the message is whole (`complete`) or its end marks follow
    // it: then the list ended above it and it is the signature (`MAIL CLERK` / `DISPATCHER` / `MESSENGER` / `KALLEN` /
    // `BT`); a copy cut after a list (a first section alone) ends on the list's last item.
    if (i > 0 && (listAbove || (third !== null && CAPS_NAME_WORD.test(third) && CAPS_NAME_WORD.test(previous.trim()) && isName(third) && isName(previous.trim()))) && !complete && !endsMessageAfter(lines, marks, i)) return null;
    const column = text.indexOf(name.charAt(0));
    // Only the archive's debris before the name (`"CASON ,,,,"`): no text on the line.
    const debris = column > 0 && isBlank(text.slice(0, column)) && !isBlank((lines[i] as SourceLine).text.slice(0, column));
    return { index: i, signer: name, column, textEnd: { index: i, column: debris ? 0 : column } };
  }
  if (!/[a-z]/.test(text)) {
    // All caps: one or two name words after the last sentence, `... BY IMMEDIATE CABLE. KISSINGER`.
    const caps = capsSignerAfterSentence(text);
    return caps === null
      ? null
      : {
          index: i,
          signer: caps.signer,
          column: caps.column,
          textEnd: { index: i, column: caps.column },
        };
  }
  const after = SIGNER_AFTER_SENTENCE.exec(withoutLoneStop(text));
  if (after !== null && after[1] !== undefined) {
    // The name is the words after the last word that is no name: `... assistance. MINIMIZE CONSIDERED CLINTON` -> `CLINTON`.
    const words = after[1].split(' ');
    let first = words.length;
    while (first > 0 && isName(words[first - 1] as string)) first--;
    const signer = words.slice(first).join(' ');
    if (signer !== '') {
      const column = text.lastIndexOf(signer);
      return { index: i, signer, column, textEnd: { index: i, column } };
    }
  }
  const tail = nameEndingText(text) ?? twoLetterNameAfterSentence(text);
  return tail === null
    ? null
    : {
        index: i,
        signer: tail.signer,
        column: tail.column,
        textEnd: { index: i, column: tail.column },
      };
}

/** Lines looked at above a redacted signature for the blank line and the text before it (page markers may stand between). */
const REDACTED_SIGNATURE_LOOKBACK = 6;

/** An upper-case name line, then a redaction after it on the same line: `TROTT XXXXXXXXXXXX` (anchored, bounded). */
const REDACTION_AFTER_NAME = /^([ \t]{0,8}[A-Z][A-Z' .-]{1,40}?)[ \t]{1,8}[Xx]{4,40}[ \t]*$/;

/**
 * The signer when the last line is a redaction right under an upper-case name line that stands apart from the text
 * (a blank line or a finished sentence before it): the name, its title line the redaction. `null` otherwise.
 */
function nameOverRedaction(lines: readonly SourceLine[], marks: readonly boolean[], last: number): SignerMatch | null {
  const k = last - 1;
  if (k < 1 || marks[k] === true) return null;
  const name = upperCaseSignerName((lines[k] as SourceLine).text);
  const before = (lines[k - 1] as SourceLine).text;
  if (name === null || !(isBlank(before) || endsSentence(trimEnd(before)))) return null;
  return { index: k, signer: name.signer, column: name.column, titleIndex: last, textEnd: { index: k, column: name.column } };
}

/**
 * The redaction on line `last` (only a redaction, see `isRedactionLine`) as the signer, when a blank line sets it off
 * from text that does not end with a colon (a colon announces content: `Contact:` / blank / `XXXXXXXXXXXX`); `null`
 * otherwise. A redaction right under the text's last line goes on the text (`... met with` / `XXXXXXXXXXXX`).
 */
function redactedSignature(lines: readonly SourceLine[], marks: readonly boolean[], last: number): SignerMatch | null {
  let blank = false;
  for (let j = last - 1; j >= 0 && last - j <= REDACTED_SIGNATURE_LOOKBACK; j--) {
    const text = (lines[j] as SourceLine).text;
    if (marks[j] === true) continue;
    if (isBlank(text)) {
      blank = true;
      continue;
    }
    if (!blank || trimEnd(text).endsWith(':')) return null;
    const line = (lines[last] as SourceLine).text;
    const column = skipWhitespace(line);
    return { index: last, signer: trimEnd(line).slice(column), column, textEnd: { index: last, column: 0 } };
  }
  return null;
}

/** Longest junk line taken after the signer (a press or archive tag is short). */
const JUNK_LENGTH = 40;

/**
 * A short line of scraped debris: no lower-case ASCII letter (no text), no sentence end, not a
 * name, and a character no name or caps heading holds (`@`, `#`, a digit, a non-ASCII letter):
 * `EPET @ EL PAÍS`, a tag scraped from the page after the cable.
 */
function isJunkLine(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > JUNK_LENGTH || /[a-z.!?:;,]/.test(t) || isSignerNameLine(t)) return false;
  return /[^A-Z '-]/.test(t);
}

/**
 * The signer on its own line before one junk line ending the body (a blank line between):
 *
 *     Washington. End Comment.
 *
 *     BLEICH
 *
 *     EPET @ EL PAÍS
 *
 * gives `BLEICH`; the junk line after it is left out of the text (it is no span's: `unparsed`).
 * Only an upper-case name standing apart (a blank line or a sentence end before it). Looks at
 * a few lines before `last`.
 */
function signerBeforeJunk(lines: readonly SourceLine[], marks: readonly boolean[], last: number): SignerMatch | null {
  // Cheap test first: a short last line.
  const lastText = (lines[last] as SourceLine).text;
  if (lastText.length > JUNK_LENGTH + 20 || !isJunkLine(lastText)) return null;
  let j = last - 1;
  let blank = false;
  while (j >= 0 && last - j <= 4 && (isBlank((lines[j] as SourceLine).text) || marks[j] === true)) {
    if (isBlank((lines[j] as SourceLine).text)) blank = true;
    j--;
  }
  if (j < 1 || !blank || last - j > 4) return null;
  const text = (lines[j] as SourceLine).text;
  const read = nameLine(text);
  if (read === null || read.glued || !SIGNER.test(read.name) || !isName(read.name)) return null;
  const previous = (lines[j - 1] as SourceLine).text.trim();
  if (!(previous === '' || FINISHED_LINE_END.test(previous))) return null;
  const column = text.indexOf(read.name.charAt(0));
  return { index: j, signer: read.name, column, textEnd: { index: j, column } };
}

/** Characters of a mixed-case line's end looked at for a name run onto it (a name is short). */
const MIXED_TAIL = 80;

/**
 * An upper-case name glued to the last sentence without a space: `... killed one in Nativ
 * Ha'asara.KURTZER`. A lower-case letter (or a closing quote or parenthesis), the period,
 * then one name word of four letters or more ending the line.
 */
const GLUED_SIGNER = /[a-z"')\u2019\u201d]\.([A-Z][A-Z'-]{3,24})\s*$/;

/**
 * A mixed-case surname after the END marker of a comment or note ending the last line:
 * `... for this year's MCC reports. End Comment. Krajeski`.
 */
const SIGNER_AFTER_END_MARK = /\b(?:END|End|end)\s{1,3}(?:COMMENT|Comment|comment|NOTE|Note|note)\s{0,2}[.)]{0,2}\s{1,4}([A-Z][a-z]{0,3}[A-Z]?[a-z]{1,20})\s*$/;

/**
 * A mixed-case surname after a finished sentence ending the last line: `... as reported. Tuttle`,
 * `... achieve more. Thompson-Jones`, also after a parenthesis or an acronym (`... November 10 (septel). Kellerman`,
 * `... the OSCE. Brandt`; not after an initial, `J. Brandt`). One capitalized word of four letters or more (a short word
 * is rather a sentence's first word), or two joined by a hyphen.
 */
const MIXED_SIGNER_AFTER_SENTENCE = /(?:[a-z0-9)]|[A-Z]{2})[.!?]["')\u2019\u201d]?\s{1,4}([A-Z][a-z]{0,3}[A-Z]?[a-z]{2,20}(?:-[A-Z][a-z]{2,20})?)(\.?)\s*$/;

/**
 * A mixed-case surname after a one-word source credit ending the last line (a press summary's
 * items end with their source): `... to reach the resorts. Source - Tierramerica Sobel`,
 * `Source: Reuters Tuttle`. One word of four letters or more after the credit's one word.
 */
const SIGNER_AFTER_SOURCE = /\bSource\s{0,2}[-:]{1,2}\s{1,3}[A-Z][A-Za-z&'-]{1,30}\s{1,4}([A-Z][a-z]{0,3}[A-Z]?[a-z]{3,20})\s*$/;

/** Words that go on a source's name, not signers: `Source - Xinhua News`, `Source - Folha Online`. */
const SOURCE_WORDS = new Set([
  'News', 'Agency', 'Times', 'Post', 'Press', 'Daily', 'Journal', 'Magazine', 'Online', 'Report', 'Reports', 'Service',
  'Network', 'Television', 'Radio', 'Herald', 'Tribune', 'Globe', 'Gazette', 'Review', 'Weekly', 'Monitor', 'Wire', 'Brasil', 'Brazil',
]);

/**
 * An upper-case surname run onto the end of a reflowed last line whose text ends without a
 * sentence end (a list of participants): `... Julie-Anne Peterson, e-PINE Coordinator RICE`.
 * A word ending in a lower-case letter, then one upper-case name word of three letters or more.
 */
const CAPS_SIGNER_AFTER_WORDS = /[a-z]\s{1,4}([A-Z][A-Z'-]{2,24})\s*$/;

/**
 * An upper-case surname of four letters or more ending a short last line after a word that ends
 * in a lower-case letter or a digit (no sentence end): `1.None ORDWAY`, `... Marine Post 1 (24 hrs)
 * 5777-4873  WAYNE`. The word before is captured to refuse a function word (`... talks with NATO`).
 * Bounded repeats, tried on the line's last `MIXED_TAIL` characters.
 */
const CAPS_SIGNER_AFTER_WORD = /([A-Za-z0-9][A-Za-z0-9'-]{0,24})\s{1,4}([A-Z][A-Z'-]{3,24})\s*$/;

/** A reflowed line: longer than a wrapped cable line (a name at its end was run onto the text). */
const REFLOWED_LINE = 100;

/**
 * Capitalized words that open a sentence or close a message but are no surnames, for a
 * mixed-case name after the last sentence: `... next week. Thanks`, `... as follows. Septel`.
 */
const MIXED_NOT_NAMES = new Set([
  'This', 'That', 'These', 'Those', 'There', 'They', 'Their', 'Then', 'Thus', 'Also', 'However', 'Meanwhile',
  'Finally', 'Please', 'Thanks', 'Thank', 'Regards', 'Septel', 'Reftel', 'Minimize', 'Considered', 'Summary',
  'Comment', 'Comments', 'Note', 'Text', 'Ends', 'Unquote', 'Quote', 'Wikileaks', 'Sipdis', 'None', 'What', 'When',
  'Where', 'Which', 'While', 'With', 'From', 'Into', 'After', 'Before', 'Since', 'Some', 'Many', 'Most', 'More',
  'Other', 'Such', 'Both', 'Each', 'Even', 'Only', 'Still', 'Here', 'Post', 'Embassy', 'Department', 'Action',
  'Request', 'Background', 'Bio', 'Ref',
]);

/**
 * A name run onto the end of the last line of mixed-case text: upper case glued after a
 * period (`... Nativ Ha'asara.KURTZER`), or one capitalized word after `END COMMENT` / `END NOTE`
 * (`... reports. End Comment. Krajeski`) or after a finished sentence. Reads only the line's
 * last `MIXED_TAIL` characters.
 */
function nameEndingText(text: string): { signer: string; column: number } | null {
  const t = trimEnd(text);
  const from = t.length > MIXED_TAIL ? t.length - MIXED_TAIL : 0;
  const tail = t.slice(from);
  const glued = GLUED_SIGNER.exec(tail);
  if (glued !== null && glued[1] !== undefined && /[a-z]/.test(t) && isName(glued[1]) && !CAPS_NOT_NAMES.has(glued[1])) {
    return { signer: glued[1], column: from + tail.length - glued[1].length };
  }
  const marked = SIGNER_AFTER_END_MARK.exec(tail);
  // Cheap test first: the word `Source` in the tail.
  const credited = marked === null && tail.includes('Source') ? SIGNER_AFTER_SOURCE.exec(tail) : null;
  const source = credited?.[1];
  if (source !== undefined && isName(source) && !MIXED_NOT_NAMES.has(source) && !SOURCE_WORDS.has(source)) return { signer: source, column: from + tail.lastIndexOf(source) };
  const mixed = marked ?? MIXED_SIGNER_AFTER_SENTENCE.exec(tail);
  const name = mixed?.[1];
  if (mixed === null || name === undefined || !isName(name) || MIXED_NOT_NAMES.has(name)) return t.length > REFLOWED_LINE ? capsNameAfterWords(tail, from) : capsNameAfterWord(tail, from);
  // After a plain sentence end, four letters or more: `... spoke. The` is a cut sentence.
  if (marked === null && name.length < 4) return null;
  // A period after the name ends its own one-word sentence (`... www.un.int/usa. Khalilzad.`):
  // the name then needs five letters or more (not `... as agreed. Done.`).
  if (mixed[2] === '.' && name.length < 5) return null;
  return { signer: name, column: from + tail.lastIndexOf(name) };
}

/**
 * An upper-case name after the words of a reflowed last line that ends without a sentence
 * end: `... e-PINE Coordinator RICE` -> `RICE` (not a word of text or an end word: `... the EU`
 * has two letters, `... and CONFIDENTIAL` ends cables without being a name). `tail` starts at `from`.
 */
function capsNameAfterWords(tail: string, from: number): { signer: string; column: number } | null {
  const caps = CAPS_SIGNER_AFTER_WORDS.exec(tail);
  const name = caps?.[1];
  if (caps === null || name === undefined || !isName(name) || CAPS_NOT_NAMES.has(name)) return null;
  return { signer: name, column: from + tail.lastIndexOf(name) };
}

/**
 * An upper-case surname ending a short last line of mixed-case text after a word that is no
 * function word and no all-caps word (`1.None ORDWAY` -> `ORDWAY`; not `... talks with NATO`,
 * `... the UN and UNHCR`). The word before ends in a lower-case letter or a digit. `tail` starts at `from`.
 */
function capsNameAfterWord(tail: string, from: number): { signer: string; column: number } | null {
  // Cheap pre-test: the line ends in an upper-case letter.
  const c = tail.charCodeAt(trimEnd(tail).length - 1);
  if (!(c >= 65 && c <= 90)) return null;
  const caps = CAPS_SIGNER_AFTER_WORD.exec(tail);
  const before = caps?.[1];
  const name = caps?.[2];
  if (caps === null || before === undefined || name === undefined || !/[a-z0-9]$/.test(before) || CAPS_NOT_NAMES.has(before.toUpperCase())) return null;
  if (!isName(name) || CAPS_NOT_NAMES.has(name)) return null;
  return { signer: name, column: from + tail.lastIndexOf(name) };
}

/**
 * A surname of two letters reflowed after the last sentence of mixed-case text: `... on energy
 * security. LU`, `... as reported (reftel). WU`. A lower-case letter, a digit or a closing
 * quote or parenthesis, the sentence end, one to four blanks, then two upper-case letters
 * ending the line. Anchored at the line's end, bounded repeats.
 */
const TWO_LETTER_SIGNER = /[a-z0-9"')\u2019\u201d][.!?]["')\u2019\u201d]?[ \t]{1,4}([A-Z]{2})[ \t]*$/;

/**
 * Two capital letters that end a sentence's text or open one but name no signer, for
 * `TWO_LETTER_SIGNER`: abbreviations and country or body codes written after a sentence
 * (`... in the US`, `... to the EU`. `UN`), titles, units, roman numerals. Function words
 * (`IT`, `SO`, `NO`) are in `CAPS_NOT_NAMES`.
 */
const TWO_LETTER_NOT_NAMES = new Set([
  'US', 'UK', 'EU', 'UN', 'AU', 'EC', 'EP', 'GB', 'SA', 'NK', 'SK', 'RS', 'BH', 'DC', 'NY', 'LA', 'SF', 'OK', 'TV', 'AM', 'PM', 'ID', 'HQ',
  'PR', 'FM', 'DG', 'SG', 'MP', 'VP', 'CG', 'PO', 'GO', 'FY', 'QA', 'IP', 'CT', 'PD', 'DS', 'EB', 'IC', 'PS', 'MR', 'MS', 'DR', 'ST', 'JR',
  'SR', 'OR', 'UP', 'ME', 'MY', 'OH', 'II', 'IV', 'VI', 'IX', 'XI', 'XV', 'XX', 'KM', 'KG', 'MW', 'GW', 'CM', 'MM', 'AI', 'IO', 'NA', 'RE',
]);

/** Characters of a line's end read for a two-letter name after the last sentence. */
const TWO_LETTER_TAIL = 16;

/**
 * A two-letter upper-case surname after the last sentence of a mixed-case last line:
 * `... energy security. LU` -> `LU` (not `... in the US`, `... to the EU.`, `... Vienna. UN`:
 * see `TWO_LETTER_NOT_NAMES`). Reads only the line's last `TWO_LETTER_TAIL` characters.
 */
function twoLetterNameAfterSentence(text: string): { signer: string; column: number } | null {
  const t = trimEnd(text);
  const n = t.length;
  // Cheap pre-test: the line ends in two capitals after a blank.
  if (n < 5 || !isAsciiUpperCode(t.charCodeAt(n - 1)) || !isAsciiUpperCode(t.charCodeAt(n - 2)) || (t.charCodeAt(n - 3) !== 32 && t.charCodeAt(n - 3) !== 9)) return null;
  const from = n > TWO_LETTER_TAIL ? n - TWO_LETTER_TAIL : 0;
  const name = TWO_LETTER_SIGNER.exec(t.slice(from))?.[1];
  if (name === undefined || TWO_LETTER_NOT_NAMES.has(name) || CAPS_NOT_NAMES.has(name) || !isName(name)) return null;
  return { signer: name, column: n - 2 };
}
