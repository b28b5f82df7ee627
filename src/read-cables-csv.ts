/**
 * `cables.csv` -> `Cable`s, one per row, as a stream (docs/cable-format.md section 1c).
 */

import type { Cable, ParseOptions } from './model/cable.js';
import { parseCableWithMetadata } from './assemble.js';
import { CableParseError } from './diagnostics/diagnostic.js';
import { cableFromCsvRow, readCsvRows, type CsvCableParser, type CsvRow, type ReadCsvRowsOptions } from './text/cables-csv.js';

/**
 * Options for `readCablesCsv`: the parse options plus the row length limit.
 *
 * @interface
 */
export type ReadCablesCsvOptions = ParseOptions & ReadCsvRowsOptions;

async function* cables(rows: AsyncGenerator<CsvRow>, options: ParseOptions): AsyncGenerator<Cable> {
  const parse: CsvCableParser = (text, metadata) => parseCableWithMetadata(text, metadata, options);
  for await (const row of rows) {
    const cable = cableFromCsvRow(row, parse);
    // Good rows are checked by `parseCableWithMetadata`; an error row is checked here.
    if (row.error !== null && options.strict === true) {
      const errors = cable.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0) throw new CableParseError(errors);
    }
    yield cable;
  }
}

/**
 * Reads a `cables.csv` stream (chunks of text or UTF-8 bytes, cut anywhere) and yields
 * one `Cable` per row, in file order, holding only the current row in memory.
 *
 * Each row's cable text is `header + '\n\n' + content` (the routing header, a blank
 * line, then the content), parsed with the row's metadata (reference id canonicalized,
 * `created` from the date column, `released: null`). **Positions of diagnostics refer to
 * that cable text** (header, blank line, content), not to the file; `metadata` and
 * `referenceId` identify the row.
 *
 * Never throws on bad data: a malformed row yields an empty cable with a
 * `METADATA_INVALID` diagnostic, a row longer than `maxRowLength` (default 16 MiB) one
 * with an `INPUT_TOO_LARGE` error, and reading goes on with the next row. An unreadable
 * date gives a `METADATA_INVALID` warning (`created` is then the date as written).
 * Throws a `TypeError` when `source` is not (async) iterable or the options are wrong,
 * and, with `{ strict: true }`, a `CableParseError` for a cable with error diagnostics.
 *
 * @example for await (const cable of readCablesCsv(createReadStream('cables.csv'))) console.log(cable.referenceId, cable.subject)
 */
export function readCablesCsv(
  source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  options?: ReadCablesCsvOptions,
): AsyncGenerator<Cable> {
  if (options !== undefined && (options === null || typeof options !== 'object')) throw new TypeError('readCablesCsv: options must be an object');
  const rowOptions: ReadCsvRowsOptions = {};
  if (options?.maxRowLength !== undefined) rowOptions.maxRowLength = options.maxRowLength;
  const parseOptions: ParseOptions = {};
  if (options?.strict !== undefined) parseOptions.strict = options.strict;
  if (options?.maxFieldLines !== undefined) {
    const lines = options.maxFieldLines;
    if (typeof lines !== 'number' || !(lines >= 1)) throw new TypeError('readCablesCsv: options.maxFieldLines must be a number >= 1');
    parseOptions.maxFieldLines = lines;
  }
  if (options?.maxInputLength !== undefined) {
    const max = options.maxInputLength;
    if (typeof max !== 'number' || !(max >= 0)) throw new TypeError('readCablesCsv: options.maxInputLength must be a non-negative number');
    parseOptions.maxInputLength = max;
  }
  let rows: AsyncGenerator<CsvRow>;
  try {
    rows = readCsvRows(source, rowOptions);
  } catch (error) {
    // `readCsvRows: source must be ...` -> `readCablesCsv: source must be ...`.
    if (error instanceof TypeError) throw new TypeError(error.message.replace(/^readCsvRows/, 'readCablesCsv'));
    throw error;
  }
  return cables(rows, parseOptions);
}
