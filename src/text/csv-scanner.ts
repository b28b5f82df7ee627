/**
 * The state machine of the `cables.csv` row reader (docs/cable-format.md section 1c), the
 * only definition of its states. Two drivers run it:
 *
 * - `readCsvRows` (src/text/cables-csv.ts) over decoded text, keeping the field text;
 * - `CsvBoundaryScanner` (below) over UTF-8 bytes, keeping nothing, to report where a
 *   stream may be cut into chunks of whole rows (the CLI spreads them over workers).
 *
 * `CsvScanner.step` takes one character code and returns an event (`EVENT_*`) telling
 * the driver what happened (a field ended, a row is malformed, ...). It keeps no text:
 * every character that moves the machine is ASCII (`"` `\` `'` `,` `\r` `\n`, digits,
 * `i`/`d`), and no byte of a multi-byte UTF-8 character is ASCII, so the machine runs the
 * same over UTF-16 code units and over UTF-8 bytes. Any non-ASCII unit is "other
 * text" in every state, and a run of them acts like one.
 *
 * Drivers may skip, without calling `step`, the units the machine would only add to a
 * field or to a skipped line: in `STATE_IN_FIELD` (when `idPos < 0`) every unit but `"`
 * and `\`, in `STATE_SKIP_LINE` every unit but `\n`.
 */

const QUOTE = 0x22; // "
const APOSTROPHE = 0x27; // '
const BACKSLASH = 0x5c; // \
const COMMA = 0x2c; // ,
const LF = 0x0a;
const CR = 0x0d;

/** Number of fields in a row: id, date, refid, origin, classification, references, header, content. */
export const CSV_FIELD_COUNT = 8;
/** Longest id accepted in a `"digits","` row start (ids have at most 6 digits). */
export const MAX_ID_DIGITS = 20;

// ---------------------------------------------------------------------------------------
// States

/** At the start of a line where a row may start (blank lines are skipped). */
export const STATE_ROW_START = 0;
/** Matching an unquoted header row `id,date,...` on the first line. */
export const STATE_PLAIN_HEADER = 1;
/** Inside a quoted field. */
export const STATE_IN_FIELD = 2;
/** Inside a quoted field, right after a backslash. */
export const STATE_ESCAPE = 3;
/** Right after the closing quote of a field. */
export const STATE_AFTER_FIELD = 4;
/** After the closing quote of a field and a `\r`. */
export const STATE_AFTER_CR = 5;
/** After the comma between two fields. */
export const STATE_FIELD_START = 6;
/** Skipping to the end of the line (then `STATE_ROW_START` after a header, `STATE_RESYNC` after a malformed row). */
export const STATE_SKIP_LINE = 7;
/** At the start of a line, after a malformed row: matching `"digits","` (see `rowStartNext`). */
export const STATE_RESYNC = 8;
/** After the closing quote of a row's last field and a second quote: a doubled quote, or the next row glued on. */
export const STATE_AFTER_TWO_QUOTES = 9;

// ---------------------------------------------------------------------------------------
// Events returned by `CsvScanner.step` and `CsvScanner.end`

/** Flag of a `step` result: the character was not consumed; feed it again (the state has changed). */
export const REREAD = 0x20;
/** Mask of the event in a `step` result. */
export const EVENT_MASK = 0x1f;
/** Nothing for the driver to do. */
export const EVENT_NONE = 0;
/** A row starts at this character (a quote, or the `i` of an unquoted header row). */
export const EVENT_ROW_BEGIN = 1;
/** Field text: the character itself (only reported while the driver does not skip field text). */
export const EVENT_TEXT = 2;
/** An escape sequence ends here: the character (`"`, `'` or `\`) is the text. Example: `\"` -> `"`. */
export const EVENT_ESCAPED = 3;
/** A backslash that escapes nothing is text (`C:\DOCS` -> `C:\DOCS`); the character after it is read again. */
export const EVENT_LONE_BACKSLASH = 4;
/** The closing quote of a field (`CsvScanner.fieldCount` now counts it). */
export const EVENT_FIELD_END = 5;
/** The row ended (its `\n`, or the end of the input). `fieldCount` is its field count; when not `CSV_FIELD_COUNT`, the row is malformed and the machine resynchronizes. */
export const EVENT_ROW_END = 6;
/** The header row ended or was cut short: it is skipped, not reported. */
export const EVENT_HEADER = 7;
/** RESYNC: the opening quote of a possible row start `"digits","`. */
export const EVENT_RESYNC_QUOTE = 8;
/** RESYNC: a digit of the id in a possible row start. */
export const EVENT_RESYNC_DIGIT = 9;
/** RESYNC: `"digits","` matched; a row began at the `EVENT_RESYNC_QUOTE`, its first field is the digits (`fieldCount` 1). */
export const EVENT_RESYNC_ROW = 10;
/** A row begins at this character and is malformed: the line does not start with a quote. Example: `x"203","1/1/2010 1:00"`. */
export const EVENT_BAD_LINE_START = 11;
/** Malformed row: the first line starts like an unquoted header row but is not one. Example: `id date refid ...`. */
export const EVENT_MALFORMED_LINE_START = 12;
/** Malformed row: text after the closing quote of a field. Example: `"HEAD" oops`. */
export const EVENT_MALFORMED_AFTER_FIELD = 13;
/** Malformed row: a `\r` after a field not followed by `\n`. */
export const EVENT_MALFORMED_AFTER_CR = 14;
/** Malformed row: a field that does not start with a quote. Example: `"5",x`. */
export const EVENT_MALFORMED_FIELD_START = 15;
/** Malformed row (from `end` only): the input ends inside a quoted field. */
export const EVENT_MALFORMED_END_IN_FIELD = 16;
/** Malformed row (from `end` only): the input ends after a comma. */
export const EVENT_MALFORMED_END_AFTER_COMMA = 17;
/**
 * Malformed row: it was cut inside a field, and the quote that seemed to close the field opened the next row, whose id
 * digits follow (`"71002","2/11/1994 ...` on the line after a cut `content`). The machine resynchronizes from that quote,
 * the character before this one: the driver records it as `EVENT_RESYNC_QUOTE` at the previous offset.
 */
export const EVENT_MALFORMED_CUT_ROW = 18;
/**
 * The quote that seemed to close field `fieldCount + 1` was the first of a doubled quote, as RFC 4180 writes a quote
 * inside a field (`"KING""S"` -> `KING"S`): the field is open again and a `"` is its text (the driver reopens the field
 * it ended). With `REREAD`, the character after the two quotes is read again as field text.
 */
export const EVENT_DOUBLED_QUOTE = 19;
/**
 * The row ended at the closing quote of its last field, and the quote after it opened the next row, glued on (a copy
 * that lost a line break: `... VANCE""41123","1/3/1979 8:45",...`). The machine resynchronizes from that quote, the
 * character before this digit: the driver records it as `EVENT_RESYNC_QUOTE` at the previous offset.
 */
export const EVENT_ROW_END_GLUED = 20;

// ---------------------------------------------------------------------------------------
// The row start `"digits","`

/** `rowStartNext` position after the opening quote; `+k` after `k` digits. */
const P_QUOTE = 1;
/** Position after `MAX_ID_DIGITS` digits. */
const P_MAX_DIGITS = P_QUOTE + MAX_ID_DIGITS;
/** Position after the closing quote of the id. */
const P_CLOSE = P_MAX_DIGITS + 1;
/** Position after the comma. */
const P_COMMA = P_CLOSE + 1;
/** `rowStartNext` result: the whole `"digits","` was read. */
export const ROW_START_MATCHED = P_COMMA + 1;

/**
 * One step of matching a row start, `"digits","` at the start of a line
 * (`"1043","2/26/2010 9:10",...`): the position after `c` from position `p` (start at 0),
 * `ROW_START_MATCHED` once the second field's quote is read, or -1 when the line does not
 * start that way (`"8"`, `"abc","`, `x"203","`, 21 digits).
 */
export function rowStartNext(p: number, c: number): number {
  if (p === 0) return c === QUOTE ? P_QUOTE : -1;
  if (p <= P_MAX_DIGITS) {
    if (c >= 0x30 && c <= 0x39) return p < P_MAX_DIGITS ? p + 1 : -1;
    return c === QUOTE && p > P_QUOTE ? P_CLOSE : -1;
  }
  if (p === P_CLOSE) return c === COMMA ? P_COMMA : -1;
  return c === QUOTE ? ROW_START_MATCHED : -1;
}

/** True for a character a quotation's opening quote follows: a space, a tab, a line break, `(` or `[`. */
function opensQuotationAfter(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === LF || c === CR || c === 0x28 || c === 0x5b;
}

/** `id,`: the start of an unquoted header row, lower case (`id,date,refid,...`). */
const PLAIN_HEADER_START = [0x69, 0x64, 0x2c];

/**
 * The row reader's state machine, one character code at a time (a UTF-16 code unit or a
 * UTF-8 byte). Holds no text: the state, the current row's field count and whether it is
 * the header row. Properties are for reading only.
 *
 * @example
 * const scanner = new CsvScanner();
 * for (const c of bytes) while (scanner.step(c) & REREAD);
 * scanner.end();
 */
export class CsvScanner {
  /** The state (`STATE_*`). */
  state = STATE_ROW_START;
  /** Closing quotes read in the current row (kept after the row ends until the next one begins). */
  fieldCount = 0;
  /**
   * In the first field of the first row, which may be `id` (a header row): how many
   * characters of `id` matched so far (0 to 2), and field text must be fed to `step`;
   * -1 everywhere else (then drivers may skip field text).
   */
  idPos = -1;
  /** State after `STATE_SKIP_LINE`. */
  private afterSkip = STATE_RESYNC;
  /** No row has been read yet: a header row may come. */
  private firstRow = true;
  /** The current row is the first and its first field is `id` (any case): a header row. */
  private header = false;
  /** Characters of `id,` matched in `STATE_PLAIN_HEADER`. */
  private headerPos = 0;
  /** Position in `"digits","` in `STATE_RESYNC` (see `rowStartNext`). */
  private rowStartPos = 0;
  /**
   * The character code before a quote about to be stepped inside a field; drivers that skip field text set it (0 when
   * unknown). See `STATE_AFTER_TWO_QUOTES`.
   */
  before = 0;
  /** `before` as it was at the last closing quote read. */
  private quoteBefore = 0;

  /**
   * Reads one character code; returns an event (`EVENT_*`), with the `REREAD` flag when
   * the character was not consumed and must be fed again.
   */
  step(c: number): number {
    switch (this.state) {
      case STATE_IN_FIELD:
        if (c === QUOTE) {
          this.quoteBefore = this.before;
          // `"id","date",...`: the header row is recognized by its first field (any case).
          if (this.fieldCount === 0) this.header = this.idPos === 2;
          this.idPos = -1;
          this.fieldCount++;
          this.state = STATE_AFTER_FIELD;
          return EVENT_FIELD_END;
        }
        if (c === BACKSLASH) {
          this.state = STATE_ESCAPE;
          return EVENT_NONE;
        }
        if (this.idPos >= 0) this.idPos = this.idPos < 2 && (c | 0x20) === PLAIN_HEADER_START[this.idPos] ? this.idPos + 1 : -1;
        return EVENT_TEXT;
      case STATE_ESCAPE:
        // Backslash escapes: `\"` -> `"`, `\'` -> `'`, `\\` -> `\`; any other backslash
        // stays as written (`C:\DOCS` -> `C:\DOCS`, the `D` read again as field text).
        this.state = STATE_IN_FIELD;
        this.idPos = -1;
        if (c === QUOTE || c === APOSTROPHE || c === BACKSLASH) return EVENT_ESCAPED;
        return EVENT_LONE_BACKSLASH | REREAD;
      case STATE_AFTER_FIELD:
        if (c === COMMA) {
          this.state = STATE_FIELD_START;
          return EVENT_NONE;
        }
        if (c === LF) return this.finishRow();
        if (c === CR) {
          // `"content"\r\n`: rows may end with CRLF.
          this.state = STATE_AFTER_CR;
          return EVENT_NONE;
        }
        if (c === QUOTE) {
          // `... VANCE""41123","1/3/1979 8:45",...` after the last field: the next row glued on (a copy that lost a line
          // break), or a doubled quote (`... THE ""TRANSIT CAMPS"" ...`); the character after it decides.
          if (this.fieldCount === CSV_FIELD_COUNT && !this.header) {
            this.state = STATE_AFTER_TWO_QUOTES;
            return EVENT_NONE;
          }
          // `"KING""S VISIT"` in any other field: a doubled quote, the field goes on.
          return this.reopenField();
        }
        if (!this.header) {
          // `"71002","2/11/1994 ...`: fields hold no raw quote, so a quote and digits open the next row; the row before was
          // cut inside a field. Resynchronize from that quote (the digit is read again as the id's).
          if (c >= 0x30 && c <= 0x39) {
            this.firstRow = false;
            this.idPos = -1;
            this.state = STATE_RESYNC;
            this.rowStartPos = P_QUOTE;
            return EVENT_MALFORMED_CUT_ROW | REREAD;
          }
        }
        return this.malformed(EVENT_MALFORMED_AFTER_FIELD) | REREAD;
      case STATE_AFTER_TWO_QUOTES:
        // Digits after the two quotes: the second quote opened the next row (`"41123","...`); anything else: a doubled
        // quote inside the last field, read again as its text (a third quote closes it: `... CAMPS"""`). Not after a
        // space, a line break or an opening bracket: a doubled quote opening a quotation (`to honor the ""12-point
        // understanding""`, a file saved back with quotes doubled).
        if (c >= 0x30 && c <= 0x39 && !opensQuotationAfter(this.quoteBefore)) {
          this.finishRow();
          this.state = STATE_RESYNC;
          this.rowStartPos = P_QUOTE;
          return EVENT_ROW_END_GLUED | REREAD;
        }
        return this.reopenField() | REREAD;
      case STATE_AFTER_CR:
        if (c === LF) return this.finishRow();
        // `"content"\r\r\n`: a file written in text mode on Windows doubles the `\r`.
        if (c === CR) return EVENT_NONE;
        return this.malformed(EVENT_MALFORMED_AFTER_CR) | REREAD;
      case STATE_FIELD_START:
        if (c === QUOTE) {
          this.state = STATE_IN_FIELD;
          return EVENT_NONE;
        }
        return this.malformed(EVENT_MALFORMED_FIELD_START) | REREAD;
      case STATE_ROW_START:
        // Blank lines (`\n`, `\r\n`) between rows are skipped, and padding before a row or after the last one: spaces,
        // tabs, form feeds, NULs, a DOS end-of-file (U+001A), no-break spaces, a byte order mark.
        if (c === LF || c === CR || isRowPadding(c)) return EVENT_NONE;
        this.fieldCount = 0;
        this.header = false;
        if (c === QUOTE) {
          this.idPos = this.firstRow ? 0 : -1;
          this.state = STATE_IN_FIELD;
          return EVENT_ROW_BEGIN;
        }
        if (this.firstRow && (c | 0x20) === PLAIN_HEADER_START[0]) {
          // `id,date,refid,...`: an unquoted header row on the first line (`i` or `I`).
          this.headerPos = 0;
          this.state = STATE_PLAIN_HEADER;
          return EVENT_ROW_BEGIN | REREAD;
        }
        return this.malformed(EVENT_BAD_LINE_START) | REREAD;
      case STATE_PLAIN_HEADER:
        // Letters compared in lower case (`c | 0x20`); quirk: a form feed passes for the
        // comma (0x0c | 0x20 is 0x2c), `id\f...` is a header too.
        if ((c | 0x20) === PLAIN_HEADER_START[this.headerPos]) {
          if (++this.headerPos === PLAIN_HEADER_START.length) {
            this.firstRow = false;
            this.afterSkip = STATE_ROW_START;
            this.state = STATE_SKIP_LINE;
            return EVENT_HEADER;
          }
          return EVENT_NONE;
        }
        return this.malformed(EVENT_MALFORMED_LINE_START) | REREAD;
      case STATE_SKIP_LINE:
        if (c === LF) {
          this.state = this.afterSkip;
          this.rowStartPos = 0;
        }
        return EVENT_NONE;
      case STATE_RESYNC: {
        // After a malformed row, a row starts on a line beginning `"digits","`:
        // `"1043","2/26/2010 9:10",...`; other lines are skipped.
        const p = rowStartNext(this.rowStartPos, c);
        if (p < 0) {
          this.afterSkip = STATE_RESYNC;
          this.state = STATE_SKIP_LINE;
          return EVENT_NONE | REREAD; // read again by SKIP_LINE (it may be the `\n`)
        }
        this.rowStartPos = p;
        if (p === P_QUOTE) return EVENT_RESYNC_QUOTE;
        if (p <= P_MAX_DIGITS) return EVENT_RESYNC_DIGIT;
        if (p !== ROW_START_MATCHED) return EVENT_NONE;
        this.fieldCount = 1;
        this.header = false;
        this.idPos = -1;
        this.state = STATE_IN_FIELD;
        return EVENT_RESYNC_ROW;
      }
      default:
        return EVENT_NONE;
    }
  }

  /** Ends the input: returns the event for a row still open (`EVENT_NONE` when none). */
  end(): number {
    let event = EVENT_NONE;
    switch (this.state) {
      case STATE_IN_FIELD:
      case STATE_ESCAPE:
        event = this.malformed(EVENT_MALFORMED_END_IN_FIELD);
        break;
      case STATE_FIELD_START:
        event = this.malformed(EVENT_MALFORMED_END_AFTER_COMMA);
        break;
      case STATE_PLAIN_HEADER:
        event = this.malformed(EVENT_MALFORMED_LINE_START);
        break;
      case STATE_AFTER_FIELD:
      case STATE_AFTER_CR:
      case STATE_AFTER_TWO_QUOTES:
        // (After two quotes: the row ended at the first; the second stands alone at the end of the input.)
        event = this.finishRow();
        break;
      default:
        break;
    }
    this.state = STATE_ROW_START;
    return event;
  }

  /** The quote that ended the last field was the first of a doubled quote: the field is open again. */
  private reopenField(): number {
    this.fieldCount--;
    if (this.fieldCount === 0) this.header = false;
    this.state = STATE_IN_FIELD;
    return EVENT_DOUBLED_QUOTE;
  }

  /** The row ended after its last field. */
  private finishRow(): number {
    const header = this.header;
    this.firstRow = false;
    this.header = false;
    // A row with another field count may have ended early (a stray quote): resynchronize.
    this.state = header || this.fieldCount === CSV_FIELD_COUNT ? STATE_ROW_START : STATE_RESYNC;
    this.rowStartPos = 0;
    return header ? EVENT_HEADER : EVENT_ROW_END;
  }

  /** The row is malformed (`reason`): skip to the end of the line, then resynchronize. */
  private malformed(reason: number): number {
    // `"id",date,...`: a header row quoted differently is skipped, then rows are read.
    const header = this.header;
    this.firstRow = false;
    this.header = false;
    this.idPos = -1;
    this.afterSkip = header ? STATE_ROW_START : STATE_RESYNC;
    this.state = STATE_SKIP_LINE;
    return header ? EVENT_HEADER : reason;
  }
}

/** The UTF-8 byte order mark. */
const BOM_BYTES = [0xef, 0xbb, 0xbf];
/** Byte order marks skipped at the start: the decoder's and then the reader's (`readCsvRows` drops a U+FEFF left at the start of the text). */
const BOM_SKIPPED = 2 * BOM_BYTES.length;

/** Index of the first `byte` at or after `from`, or `n` when there is none. */
function indexOr(bytes: Uint8Array, byte: number, from: number, n: number): number {
  const k = bytes.indexOf(byte, from);
  return k < 0 ? n : k;
}

/**
 * Finds the row boundaries of a `cables.csv` byte stream (UTF-8), without decoding it.
 * A boundary is the offset of a line start where the row reader that read everything
 * before is between rows (`STATE_ROW_START` or `STATE_RESYNC`) and the line starts a row
 * as `"digits","`: from there a fresh reader (`readCsvRows` on the rest of the stream)
 * reads the same rows, with line numbers counted from the boundary's line.
 *
 * Feed the stream's pieces in order with `scan`; they may be cut anywhere.
 *
 * @example
 * const boundaries = new CsvBoundaryScanner();
 * for await (const piece of stream) boundaries.scan(piece, (offset) => cuts.push(offset));
 */
export class CsvBoundaryScanner {
  private readonly scanner = new CsvScanner();
  /** Bytes of byte order marks matched at the start of the stream (`BOM_SKIPPED`: done). */
  private bom = 0;
  /** Stream offset of the next piece. */
  private offset = 0;
  /** A line start whose first bytes are being matched against `"digits","` (stream offset), or -1. */
  private pending = -1;
  /** Position of that match (see `rowStartNext`). */
  private pendingPos = 0;
  /** The last byte of the piece before (for `CsvScanner.before`). */
  private last = 0;

  /** Scans the next piece; calls `onBoundary(offset)` (stream offset, increasing) for each boundary found. */
  scan(bytes: Uint8Array, onBoundary: (offset: number) => void): void {
    const scanner = this.scanner;
    const n = bytes.length;
    const base = this.offset;
    this.offset += n;
    if (this.pending >= 0) this.matchRowStart(bytes, 0, onBoundary);
    let i = 0;
    // The decoder drops a byte order mark at the start; so does the reader, once more.
    while (this.bom < BOM_SKIPPED && i < n) {
      if (bytes[i] === BOM_BYTES[this.bom % BOM_BYTES.length]) {
        this.bom++;
        i++;
      } else {
        // Part of a mark, then something else: the decoder gives U+FFFD, a non-ASCII
        // character (any non-ASCII unit stands for it).
        if (this.bom % BOM_BYTES.length > 0) while (scanner.step(0xef) & REREAD);
        this.bom = BOM_SKIPPED;
      }
    }
    // Native searches, each result reused until passed: linear overall.
    let quoteAt = -1;
    let backslashAt = -1;
    while (i < n) {
      const state = scanner.state;
      if (state === STATE_IN_FIELD && scanner.idPos < 0) {
        // Field text: skip to the next quote or backslash.
        if (quoteAt < i) quoteAt = indexOr(bytes, QUOTE, i, n);
        if (backslashAt < i) backslashAt = indexOr(bytes, BACKSLASH, i, n);
        i = quoteAt < backslashAt ? quoteAt : backslashAt;
        if (i === n) break;
      } else if (state === STATE_SKIP_LINE) {
        i = indexOr(bytes, LF, i, n);
        if (i === n) break;
      }
      const c = bytes[i] as number;
      if (c === QUOTE && state === STATE_IN_FIELD) scanner.before = i > 0 ? (bytes[i - 1] as number) : this.last;
      if ((scanner.step(c) & REREAD) === 0) {
        i++;
        // A line break ending a row, a blank line or a skipped line: the next line starts between rows.
        if (c === LF && (scanner.state === STATE_ROW_START || scanner.state === STATE_RESYNC)) {
          this.pending = base + i;
          this.pendingPos = 0;
          this.matchRowStart(bytes, i, onBoundary);
        }
      }
    }
    if (n > 0) this.last = bytes[n - 1] as number;
  }

  /** Goes on matching `"digits","` at the pending line start with `bytes[from...]`. */
  private matchRowStart(bytes: Uint8Array, from: number, onBoundary: (offset: number) => void): void {
    let p = this.pendingPos;
    for (let k = from; k < bytes.length; k++) {
      p = rowStartNext(p, bytes[k] as number);
      if (p < 0) {
        this.pending = -1;
        return;
      }
      if (p === ROW_START_MATCHED) {
        const at = this.pending;
        this.pending = -1;
        onBoundary(at);
        return;
      }
    }
    this.pendingPos = p;
  }
}

/** True for a character that pads the space between rows (`STATE_ROW_START`): space, tab, vertical tab, form feed, NUL, U+001A, U+00A0, U+FEFF. */
function isRowPadding(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 0 || c === 26 || c === 0xa0 || c === 0xfeff;
}
