/**
 * Command-line options of `cablekit parse` and `cablekit check`: their specification (the
 * source of the help text), parsing and validation. Pure: no I/O, errors are thrown as
 * `UsageError` (one line, exit code 2).
 */

import { availableParallelism } from 'node:os';
import type { Cable, InputFormat } from '../index.js';

/** A usage problem (unknown option, bad value, missing argument): one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** `--format`: `auto` (detect per input) or a forced reader. */
export type FormatChoice = 'auto' | InputFormat;

/** `--fail-on`: the diagnostic severity that makes the exit code 1. */
export type FailOn = 'error' | 'warning' | 'never';

/** The commands. */
export type Command = 'parse' | 'check';

/** The format names `--format` accepts, `auto` first. */
export const FORMATS: readonly FormatChoice[] = ['auto', 'text', 'archive', 'wikileaks-html', 'csv'];

/** The levels `--fail-on` accepts. */
export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

/** Largest `--jobs` accepted (each job is a worker thread). */
export const MAX_JOBS = 256;

/** One option: its names, the value it takes (if any), its default and its help. */
export interface OptionSpec {
  /** Long name without dashes: `out` for `--out`. */
  name: string;
  /** One-letter alias without the dash: `o` for `-o`. */
  short?: string;
  /** Name of the value in the help (`FILE`); absent for a flag. */
  value?: string;
  /** The default, as shown in the help. */
  default: string;
  /** One or more lines of help. */
  help: string[];
}

/** Every option, by name; each command takes a subset (see `COMMAND_OPTIONS`). */
export const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  ndjson: {
    name: 'ndjson',
    default: 'off',
    help: ['Print NDJSON: one cable per line, written as parsed.', 'Without it: one cable as an object, several as an array.'],
  },
  pretty: {
    name: 'pretty',
    default: 'on when stdout is a terminal, else off',
    help: ['Indent the JSON by two spaces (not with --ndjson).'],
  },
  format: {
    name: 'format',
    value: 'FORMAT',
    default: 'auto',
    help: [
      'The reader: auto | text | archive | wikileaks-html | csv.',
      'auto: detect each input (detectFormat). text: the whole',
      'input is one plain cable. archive: an archive dump.',
      'wikileaks-html: a WikiLeaks page. csv: cables.csv rows,',
      'streamed. An input that does not look like a forced',
      'archive or wikileaks-html is read as plain text (warning).',
    ],
  },
  fields: {
    name: 'fields',
    value: 'LIST',
    default: 'all fields',
    help: ['Keep only these top-level Cable fields, in this order', '(comma-separated; an unknown name is a usage error):'],
  },
  out: {
    name: 'out',
    short: 'o',
    value: 'FILE',
    default: 'standard output',
    help: ['Write to FILE (created or truncated) instead of stdout.'],
  },
  jobs: {
    name: 'jobs',
    short: 'j',
    value: 'N',
    default: 'the number of CPU cores, os.availableParallelism()',
    help: [
      `Parse on N worker threads (1-${MAX_JOBS}): files, and cables.csv`,
      'rows in chunks, are spread over them; the output keeps',
      'the input order. 1: in-process, no workers.',
    ],
  },
  quiet: {
    name: 'quiet',
    short: 'q',
    default: 'off',
    help: ['No progress bar, warnings or summary on stderr (errors', 'still print). The bar shows only on a terminal.'],
  },
  'fail-on': {
    name: 'fail-on',
    value: 'LEVEL',
    default: 'error',
    help: [
      'error | warning | never: exit with code 1 when a cable has',
      'an error diagnostic (error), an error or a warning',
      '(warning), or never. Diagnostics never stop the run.',
    ],
  },
  help: { name: 'help', short: 'h', default: '', help: ["Show the command's help."] },
};

/** The options each command takes, in help order. */
export const COMMAND_OPTIONS: Readonly<Record<Command, readonly string[]>> = {
  parse: ['ndjson', 'pretty', 'format', 'fields', 'out', 'jobs', 'quiet', 'fail-on', 'help'],
  check: ['format', 'out', 'jobs', 'quiet', 'fail-on', 'help'],
};

/** What a command line asks for, validated. */
export interface ParsedArgs {
  /** Files, directories and `-` (standard input), in order. */
  paths: string[];
  help: boolean;
  ndjson: boolean;
  /** `true`/`false` when given; `null` means "when stdout is a terminal". */
  pretty: boolean | null;
  format: FormatChoice;
  /** Fields to keep, in order; `null` for all. */
  fields: Array<keyof Cable> | null;
  /** Output file; `null` for stdout. */
  out: string | null;
  jobs: number;
  quiet: boolean;
  failOn: FailOn;
}

/** The default for `--jobs`: the number of CPU cores. */
export function defaultJobs(): number {
  return Math.max(1, Math.min(MAX_JOBS, availableParallelism()));
}

/** Checks a `--jobs` value: a whole number from 1 to `MAX_JOBS`. */
export function parseJobs(value: string): number {
  // Digits only: `4`, not `4.5`, `-1`, `0x4` or `4abc`.
  if (!/^\d{1,6}$/.test(value)) throw new UsageError(`bad --jobs ${JSON.stringify(value)}: expected a whole number from 1 to ${MAX_JOBS}`);
  const n = Number(value);
  if (n < 1 || n > MAX_JOBS) throw new UsageError(`bad --jobs ${value}: expected a whole number from 1 to ${MAX_JOBS}`);
  return n;
}

/** Checks a `--fields` list against the known top-level fields; keeps the order, drops repeats. */
export function parseFields(value: string, known: readonly string[]): Array<keyof Cable> {
  const out: Array<keyof Cable> = [];
  for (const raw of value.split(',')) {
    const name = raw.trim();
    if (name === '') throw new UsageError(`bad --fields ${JSON.stringify(value)}: empty field name`);
    if (!known.includes(name)) throw new UsageError(`unknown field ${JSON.stringify(name)} in --fields (known: ${known.join(', ')})`);
    if (!out.includes(name as keyof Cable)) out.push(name as keyof Cable);
  }
  return out;
}

/**
 * Parses the arguments of `command` (after the command name). `--name value`,
 * `--name=value`, `-x value`; `-` is standard input; `--` ends the options. Throws a
 * `UsageError` on an unknown option, a missing or bad value. `knownFields` are the
 * top-level `Cable` fields `--fields` accepts.
 */
export function parseArgs(command: Command, args: readonly string[], knownFields: readonly string[]): ParsedArgs {
  const allowed = COMMAND_OPTIONS[command];
  const result: ParsedArgs = {
    paths: [],
    help: false,
    ndjson: false,
    pretty: null,
    format: 'auto',
    fields: null,
    out: null,
    jobs: 0,
    quiet: false,
    failOn: 'error',
  };
  const values = new Map<string, string>();
  let jobs: string | null = null;
  let onlyPaths = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      result.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    let spec: OptionSpec | undefined;
    let inline: string | null = null;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      if (eq >= 0) inline = arg.slice(eq + 1);
      spec = allowed.includes(name) ? OPTIONS[name] : undefined;
    } else {
      spec = allowed.map((n) => OPTIONS[n]).find((o) => o?.short !== undefined && `-${o.short}` === arg);
    }
    if (spec === undefined) throw new UsageError(`unknown option ${arg} for ${command} (see cablekit ${command} --help)`);
    const shown = arg.startsWith('--') ? `--${spec.name}` : arg;
    let value: string | null = null;
    if (spec.value !== undefined) {
      if (inline !== null) value = inline;
      else if (i + 1 < args.length) value = args[++i] as string;
      else throw new UsageError(`${shown} needs a value (${spec.value})`);
    } else if (inline !== null) {
      throw new UsageError(`${shown} takes no value`);
    }
    switch (spec.name) {
      case 'help':
        result.help = true;
        break;
      case 'ndjson':
        result.ndjson = true;
        break;
      case 'pretty':
        result.pretty = true;
        break;
      case 'quiet':
        result.quiet = true;
        break;
      case 'jobs':
        jobs = value;
        break;
      default:
        values.set(spec.name, value ?? '');
    }
  }
  if (result.help) return result;
  const format = values.get('format');
  if (format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format ${JSON.stringify(format)} (expected ${FORMATS.join(', ')})`);
    result.format = format as FormatChoice;
  }
  const failOn = values.get('fail-on');
  if (failOn !== undefined) {
    if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new UsageError(`bad --fail-on ${JSON.stringify(failOn)} (expected ${FAIL_ON.join(', ')})`);
    result.failOn = failOn as FailOn;
  }
  const fields = values.get('fields');
  if (fields !== undefined) result.fields = parseFields(fields, knownFields);
  const out = values.get('out');
  if (out !== undefined) {
    if (out === '') throw new UsageError('--out needs a file name');
    result.out = out === '-' ? null : out;
  }
  result.jobs = jobs === null ? defaultJobs() : parseJobs(jobs);
  if (result.ndjson && result.pretty === true) throw new UsageError('--pretty cannot be combined with --ndjson (NDJSON has one cable per line)');
  return result;
}
