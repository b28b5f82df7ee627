/**
 * Help texts of `cablekit`, built from the option specifications in `args.ts` so every
 * option is documented with its default.
 */

import { COMMAND_OPTIONS, OPTIONS, defaultJobs, type Command } from './args.js';

const EXIT_CODES = `Exit codes:
  0  success (no cable has a diagnostic at the --fail-on level)
  1  some cable has a diagnostic at the --fail-on level (default: an error)
  2  bad usage or unreadable input or output: unknown command, option or
     format, bad --jobs, --fields or --fail-on value, missing file,
     unreadable directory, unwritable --out file (one line on stderr)
  3  unexpected internal failure`;

const INPUTS = `Inputs: files, directories (walked recursively in name order; their .txt, .html,
.htm, .csv and extension-less files) and - for standard input. cables.csv input
(detected from its first bytes, or --format csv) is streamed in bounded memory.`;

/** Column of the option help; width of the help text. */
const COLUMN = 22;
const WIDTH = 58;

/** The option lines of a command: names, value, help, default. */
function optionLines(command: Command, fields: readonly string[]): string {
  const out: string[] = [];
  for (const name of COMMAND_OPTIONS[command]) {
    const o = OPTIONS[name];
    if (o === undefined) continue;
    const names = `${o.short !== undefined ? `-${o.short}, ` : '    '}--${o.name}${o.value !== undefined ? ` ${o.value}` : ''}`;
    const help = [...o.help];
    if (o.name === 'fields') {
      // The field names, wrapped.
      let line = ' ';
      for (const f of fields) {
        if (line.length + f.length + 2 > WIDTH) {
          help.push(line.trimEnd());
          line = ' ';
        }
        line += ` ${f},`;
      }
      help.push(`${line.slice(0, -1)}.`); // the last name ends the sentence
    }
    if (o.name === 'jobs') help.push('Default: the number of CPU cores,', `os.availableParallelism() (${defaultJobs()} here).`);
    else if (o.default !== '') help.push(`Default: ${o.default}.`);
    out.push(`  ${names.padEnd(COLUMN - 2)}${help[0] ?? ''}`);
    for (const h of help.slice(1)) out.push(`${''.padEnd(COLUMN)}${h}`);
  }
  return out.join('\n');
}

/** `cablekit --help`: commands, every option with its default, exit codes, examples. */
export function mainHelp(fields: readonly string[]): string {
  return `Usage: cablekit <command> [options] <files, directories, or - for stdin>

Commands:
  parse   Parse cables (plain text, archive dumps, WikiLeaks HTML pages,
          cables.csv) and print them as JSON (one cable: an object; several:
          an array) or NDJSON.
  check   Parse everything and print, per field, how many cables have it and
          how many disagree with the archive metadata, and the diagnostics
          counted by code.
  help    Show this help, or a command's: cablekit help parse.

${INPUTS}

Options of parse:
${optionLines('parse', fields)}

Options of check: --format, --out, --jobs, --quiet, --fail-on and --help,
as for parse.

Other options:
  -h, --help          Show this help.
  -v, --version       Show the version.

A progress bar (cables done, MB/s, ETA when the total size is known) is drawn on
stderr when stderr is a terminal, unless --quiet.

${EXIT_CODES}

Examples:
  cablekit parse fixtures/seed-astana.txt
  cablekit parse --ndjson --fields referenceId,subject cables.csv > out.ndjson
  cablekit parse - < cable.txt
  cablekit check path/to/cables/
`;
}

/** `cablekit <command> --help`. */
export function commandHelp(command: Command, fields: readonly string[]): string {
  if (command === 'parse') {
    return `Usage: cablekit parse [options] <files, directories, or - for stdin>

Parse cables and print them as JSON: one cable as an object, several as a JSON
array, or with --ndjson one cable per line. Output is written as it is produced,
in input order. Cables with diagnostics do not stop the run (see --fail-on).

${INPUTS}

Options:
${optionLines('parse', fields)}

A progress bar (cables done, MB/s, ETA when the total size is known) is drawn on
stderr when stderr is a terminal, unless --quiet.

${EXIT_CODES}

Examples:
  cablekit parse fixtures/seed-astana.txt           # a JSON array of 25 cables
  cablekit parse --pretty cable.txt                 # one cable, indented
  cablekit parse --ndjson cables.csv > out.ndjson   # streamed, on every core
  cablekit parse --ndjson --jobs 1 cables.csv       # in-process, no workers
  cablekit parse --fields referenceId,subject dir/  # only these fields
  cablekit parse --format text page.txt             # force the text reader
  cablekit parse -o out.json --fail-on warning dir/ # exit 1 on any warning
  cat cable.txt | cablekit parse -                  # standard input
`;
  }
  return `Usage: cablekit check [options] <files, directories, or - for stdin>

Parse everything (with the same readers as parse) and print a Markdown report:
per field, how many cables have it and how many disagree with the archive
metadata; diagnostics counted by code; examples of disagreements.

${INPUTS}

Options:
${optionLines('check', fields)}

${EXIT_CODES}

Examples:
  cablekit check fixtures/
  cablekit check --jobs 4 --out report.md cables.csv
  cablekit check --fail-on never path/to/cables/
`;
}
