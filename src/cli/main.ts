/**
 * The `cablekit` command line. Node only; a thin layer over the library.
 *
 *     cablekit parse <files, dirs or ->   print the parsed cables as JSON
 *     cablekit check <files or dirs>      corpus check: fields found, disagreements, diagnostics
 */

import { readFile } from 'node:fs/promises';
import type { Cable } from '../index.js';
import { buildCheckReport, renderCheckReport } from './check-report.js';
import { expandPaths, InputError, readCables } from './read-inputs.js';

const USAGE = `Usage: cablekit <command> [options] <files, directories, or - for stdin>

Commands:
  parse   Parse cables (plain text, archive dumps, WikiLeaks HTML pages, cables.csv)
          from files, directories (their .txt, .html, .csv and extension-less files)
          or - for standard input
          and print JSON: one cable as an object, several as an array.
  check   Parse everything and print, per field, how many cables have it and how many
          disagree with the archive metadata, and the diagnostics counted by code.

Options:
  --pretty          Indent the JSON output of parse (default when stdout is a terminal).
  -h, --help        Show this help.
  -v, --version     Show the version.

Exit codes: 0 success, 1 unexpected failure, 2 bad usage or unreadable input.
`;

/** Writes one line to stderr and exits with code 2 (usage or input problem). */
function fail(message: string): never {
  process.stderr.write(`cablekit: ${message}\n`);
  process.exit(2);
}

/** Splits arguments into paths and flags, rejecting unknown options. */
function readArgs(args: readonly string[], flags: readonly string[]): { paths: string[]; flags: Set<string>; help: boolean } {
  const paths: string[] = [];
  const set = new Set<string>();
  let help = false;
  for (const arg of args) {
    if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '-') paths.push(arg);
    else if (arg.startsWith('-')) {
      if (!flags.includes(arg)) fail(`unknown option ${arg} (see cablekit --help)`);
      set.add(arg);
    } else paths.push(arg);
  }
  return { paths, flags: set, help };
}

async function parseCommand(args: string[]): Promise<void> {
  const { paths, flags, help } = readArgs(args, ['--pretty']);
  if (help) return void process.stdout.write(USAGE);
  if (paths.length === 0) fail('parse needs at least one file (see cablekit --help)');
  const pretty = flags.has('--pretty') || process.stdout.isTTY === true;
  const cables: Cable[] = [];
  for await (const { cable } of readCables(await expandPaths(paths))) cables.push(cable);
  const value = cables.length === 1 ? cables[0] : cables;
  process.stdout.write(`${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`);
}

async function checkCommand(args: string[]): Promise<void> {
  const { paths, help } = readArgs(args, []);
  if (help) return void process.stdout.write(USAGE);
  if (paths.length === 0) fail('check needs at least one file or directory (see cablekit --help)');
  const files = await expandPaths(paths);
  const cables: Cable[] = [];
  for await (const { cable } of readCables(files)) {
    // Keep what the report needs; drop the bulky text so memory stays small.
    cables.push({ ...cable, body: '', paragraphs: cable.paragraphs.length > 0 ? [cable.paragraphs[0] as Cable['paragraphs'][number]] : [] });
  }
  process.stdout.write(renderCheckReport(buildCheckReport(cables, files.length)));
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (command === '-v' || command === '--version') {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return;
  }
  if (command === 'parse') return parseCommand(rest);
  if (command === 'check') return checkCommand(rest);
  fail(`unknown command ${command} (see cablekit --help)`);
}

// A closed pipe (`cablekit parse f | head`) ends the output quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof InputError) fail(error.message);
  process.stderr.write(`cablekit: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
