/**
 * The `cablekit` command line. Node only; a thin layer over the library.
 *
 *     cablekit parse <files, dirs or ->   print the parsed cables as JSON or NDJSON
 *     cablekit check <files or dirs>      corpus check: fields found, disagreements, diagnostics
 *
 * `cablekit --help` and `cablekit <command> --help` document every option.
 */

import { readFile } from 'node:fs/promises';
import { parseArgs, UsageError, type Command, type FormatChoice, type ParsedArgs } from './args.js';
import { CheckAccumulator, renderCheckReport } from './check-report.js';
import { csvChunks, DEFAULT_CSV_CHUNK_BYTES } from './csv-chunks.js';
import { commandHelp, mainHelp } from './help.js';
import { JsonOutput, Sink } from './output.js';
import { runOrdered, WorkerPool } from './pool.js';
import { Progress } from './progress.js';
import { inputChunks, InputError, inputName, isCsvInput, readInputCables, readInputText, resolveInputs, type Input, type ReadHooks } from './read-inputs.js';
import { BatchRenderer, cableFields, type RenderedBatch, type RenderOptions } from './render.js';
import type { Task } from './tasks.js';

/** Exit code: a cable had a diagnostic at the `--fail-on` level. */
const EXIT_DIAGNOSTICS = 1;
/** Exit code: bad usage or unreadable input or output. */
const EXIT_USAGE = 2;
/** Exit code: unexpected internal failure. */
const EXIT_INTERNAL = 3;

/** The progress bar of the current run, cleared before an error line. */
let activeProgress: Progress | null = null;

/** Writes one line to stderr and exits with `code`. */
function fail(message: string, code: number): never {
  activeProgress?.clear();
  const line = message
    .split('\n')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
  process.stderr.write(`cablekit: ${line}\n`);
  process.exit(code);
}

/** Chunk size for spreading `cables.csv` rows over workers (`CABLEKIT_CSV_CHUNK_BYTES` overrides it, for tests). */
function csvChunkBytes(): number {
  const value = Number(process.env['CABLEKIT_CSV_CHUNK_BYTES']);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_CSV_CHUNK_BYTES;
}

/** The tasks for the workers: non-CSV files whole, standard input whole, CSV input in chunks of rows. */
async function* tasksOf(inputs: readonly Input[], format: FormatChoice): AsyncGenerator<Task> {
  const chunkBytes = csvChunkBytes();
  for (const input of inputs) {
    if (await isCsvInput(input, format)) {
      const chunks = csvChunks(inputChunks(input), chunkBytes);
      for (;;) {
        let next;
        try {
          next = await chunks.next();
        } catch (error) {
          throw new InputError(`cannot read ${inputName(input)}: ${(error as Error).message}`);
        }
        if (next.done === true) break;
        yield { kind: 'csv', bytes: next.value.bytes, line: next.value.line };
      }
    } else if (input.kind === 'file') {
      yield { kind: 'file', path: input.path, size: input.size, format };
    } else {
      yield { kind: 'text', name: inputName(input), text: await readInputText(input), format };
    }
  }
}

/** Cables rendered in-process before their batch is handed on (keeps output streaming). */
const IN_PROCESS_BATCH = 64;

/**
 * Reads every input and hands the rendered cables to `onBatch`, in input order:
 * in-process with `--jobs 1` (or a single non-CSV input, where workers would only add
 * start-up time), else on a pool of worker threads (one batch per task).
 */
async function produce(inputs: readonly Input[], args: ParsedArgs, render: RenderOptions, hooks: Required<ReadHooks>, onBatch: (batch: RenderedBatch) => Promise<void>): Promise<void> {
  const single = inputs.length === 1 && !(await isCsvInput(inputs[0] as Input, args.format));
  if (args.jobs === 1 || single) {
    const renderer = new BatchRenderer(render);
    for (const input of inputs) {
      for await (const cable of readInputCables(input, args.format, hooks)) {
        renderer.add(cable);
        if (renderer.count >= IN_PROCESS_BATCH) await onBatch(renderer.take());
      }
    }
    if (renderer.count > 0) await onBatch(renderer.take());
    return;
  }
  const pool = new WorkerPool(args.jobs, new URL('./worker.js', import.meta.url), render);
  try {
    await runOrdered(
      pool,
      tasksOf(inputs, args.format),
      2 * args.jobs + 2,
      async (result) => {
        for (const w of result.warnings) hooks.onWarning(w);
        if (result.inputError !== null) throw new InputError(result.inputError);
        await onBatch(result.batch);
      },
      hooks.onBytes,
    );
  } finally {
    await pool.close();
  }
}

/** Runs `parse` or `check`; returns the exit code. */
async function runCommand(command: Command, rest: readonly string[]): Promise<number> {
  const fields = cableFields();
  const args = parseArgs(command, rest, fields);
  if (args.help) {
    process.stdout.write(commandHelp(command, fields));
    return 0;
  }
  if (args.paths.length === 0) throw new UsageError(`${command} needs at least one file, directory or - (see cablekit ${command} --help)`);
  const inputs = await resolveInputs(args.paths);
  if (inputs.length === 0) throw new InputError(`no cable files (.txt, .html, .htm, .csv or no extension) in ${args.paths.join(' ')}`);
  const sink = await Sink.open(args.out);

  const total = inputs.every((i) => i.kind === 'file') ? inputs.reduce((n, i) => n + (i.kind === 'file' ? i.size : 0), 0) : null;
  const progress = new Progress(!args.quiet && process.stderr.isTTY === true ? process.stderr : null, total);
  activeProgress = progress;
  const hooks: Required<ReadHooks> = {
    onBytes: (bytes) => progress.addBytes(bytes),
    onWarning: (message) => {
      if (args.quiet) return;
      progress.clear();
      process.stderr.write(`cablekit: warning: ${message}\n`);
    },
  };

  const pretty = args.pretty ?? (!args.ndjson && args.out === null && process.stdout.isTTY === true);
  const render: RenderOptions = { mode: command === 'parse' ? 'json' : 'check', fields: args.fields, pretty, ndjson: args.ndjson };
  const counts = { cables: 0, errors: 0, warnings: 0 };
  const json = new JsonOutput(sink, args.ndjson, pretty);
  const checked = new CheckAccumulator();
  await produce(inputs, args, render, hooks, async (batch) => {
    counts.cables += batch.count;
    counts.errors += batch.errors;
    counts.warnings += batch.warnings;
    if (render.mode === 'json') await json.addBatch(batch.text, batch.count);
    for (const facts of batch.facts) checked.add(facts);
    progress.addCables(batch.count);
  });
  progress.clear();
  activeProgress = null;
  if (command === 'parse') await json.end();
  else {
    await sink.write(renderCheckReport(checked.report(inputs.length)));
    await sink.close();
  }

  const failing = args.failOn === 'error' ? counts.errors : args.failOn === 'warning' ? counts.errors + counts.warnings : 0;
  if (failing === 0) return 0;
  if (!args.quiet) {
    const what = args.failOn === 'error' ? 'error' : 'error or warning';
    process.stderr.write(`cablekit: ${failing} of ${counts.cables} cables have ${what} diagnostics (--fail-on ${args.failOn})\n`);
  }
  return EXIT_DIAGNOSTICS;
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help') {
    process.stdout.write(mainHelp(cableFields()));
    return 0;
  }
  if (command === 'help') {
    const topic = rest[0];
    if (topic === undefined) process.stdout.write(mainHelp(cableFields()));
    else if (topic === 'parse' || topic === 'check') process.stdout.write(commandHelp(topic, cableFields()));
    else throw new UsageError(`unknown command ${topic} (see cablekit --help)`);
    return 0;
  }
  if (command === '-v' || command === '--version') {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  if (command === 'parse' || command === 'check') return runCommand(command, rest);
  throw new UsageError(command.startsWith('-') ? `unknown option ${command} (see cablekit --help)` : `unknown command ${command} (see cablekit --help)`);
}

// A closed pipe (`cablekit parse f | head`) ends the output quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  fail(`cannot write to standard output: ${error.message}`, EXIT_USAGE);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof InputError) fail(error.message, EXIT_USAGE);
    fail(`internal error: ${error instanceof Error ? error.message : String(error)}`, EXIT_INTERNAL);
  },
);
