/**
 * The `cablekit` command line. Node only; a thin layer over the library.
 *
 *     cablekit parse <file...>    print the parsed cables as JSON
 */

import { readFile } from 'node:fs/promises';
import { parseCables, type Cable } from '../index.js';

const USAGE = `Usage: cablekit <command> [options]

Commands:
  parse <file...>   Parse cable files (plain text or archive dumps) and print JSON:
                    one cable as an object, several as an array.

Options:
  --pretty          Indent the JSON output (default when stdout is a terminal).
  -h, --help        Show this help.
  -v, --version     Show the version.
`;

/** Writes one line to stderr and exits with code 2 (usage or input problem). */
function fail(message: string): never {
  process.stderr.write(`cablekit: ${message}\n`);
  process.exit(2);
}

async function parseCommand(args: string[]): Promise<void> {
  const files: string[] = [];
  let pretty = process.stdout.isTTY === true;
  for (const arg of args) {
    if (arg === '--pretty') pretty = true;
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(USAGE);
      return;
    } else if (arg.startsWith('-')) fail(`unknown option ${arg} (see cablekit --help)`);
    else files.push(arg);
  }
  if (files.length === 0) fail('parse needs at least one file (see cablekit --help)');
  const cables: Cable[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      fail(code === 'ENOENT' ? `no such file: ${file}` : code === 'EISDIR' ? `is a directory: ${file}` : `cannot read ${file}: ${(error as Error).message}`);
    }
    for (const cable of parseCables(text)) cables.push(cable);
  }
  const value = cables.length === 1 ? cables[0] : cables;
  process.stdout.write(`${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`);
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
  fail(`unknown command ${command} (see cablekit --help)`);
}

// A closed pipe (`cablekit parse f | head`) ends the output quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`cablekit: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
