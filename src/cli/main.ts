// podguard's command line: argv → analyze (one file at a time) → format → exit code.
import type { Finding, Note, Summary } from '../engine/finding.js';
import { Run, tally, type Tally } from '../engine/run.js';
import { ruleLevels } from '../engine/levels.js';
import { JsonStream } from '../format/json.js';
import { fileOutput, type FileFormat } from '../format/per-file.js';
import { formatSarif } from '../format/sarif.js';
import { TextFormatter } from '../format/text.js';
import { VERSION } from '../version.js';
import { HOME } from '../home.js';
import { filter, manifestFiles, renderedTree, unclaimed, type FileEntry } from './files.js';
import { inShard, parseShard } from './shard.js';
import { analyzeFiles } from './pool.js';
import { fixCommand } from './fix-command.js';
import { choice, exclusions, settings, UsageError, type Io } from './options.js';
import { ConfigError } from '../config/load.js';
import { configSchema } from '../config/schema.js';
import { rulesCommand } from './rules-doc.js';
import { COMMAND_NAMES, commandHelp, COMMANDS, parseCommand, type CommandName } from './args.js';
import { didYouMean } from './suggest.js';
import { colourWanted, fileWriter, outputSpecs, type OutputSpec, type Writer } from './outputs.js';

const USAGE = `podguard: Kubernetes pod security, as the Pod Security Standards and Pod Security Admission define it

Usage: podguard <command> [options]

Commands:
${COMMAND_NAMES.map((c) => `  ${c.padEnd(8)}${COMMANDS[c].summary}`).join('\n')}

Options:
  -h, --help     print this help (podguard <command> --help: that command's options, defaults and examples)
  -v, --version  print podguard's version

Examples:
  podguard scan deploy/
  podguard fix deploy/ --write
  podguard rules privileged

Documentation and issues: ${HOME}`;

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  const known = (COMMAND_NAMES as string[]).includes(command) ? (command as CommandName) : undefined;
  try {
    if (command === '--version' || command === '-v') return io.out(VERSION + '\n'), 0;
    if (command === undefined || command === '--help' || command === '-h') return io.out(USAGE + '\n'), 0;
    if (command === 'help') return help(rest[0], io);
    if (command === 'scan') return await scan(rest, io);
    if (command === 'fix') return fixCommand(rest, io);
    if (command === 'rules') return rulesCommand(rest, io);
    if (command === 'lsp') {
      if (rest.includes('--help') || rest.includes('-h')) return io.out(commandHelp(COMMANDS.lsp)), 0;
      // The language server's protocol library is loaded only by the command that speaks it.
      const { lspCommand } = await import('../lsp/server.js');
      return await lspCommand(rest, io);
    }
    if (command === 'schema') {
      const parsed = parseCommand(COMMANDS.schema, rest);
      if (parsed === 'help') return io.out(commandHelp(COMMANDS.schema)), 0;
      if (parsed.positionals.length > 0) throw new UsageError(`podguard schema takes no arguments, not "${parsed.positionals[0]}"`);
      return io.out(JSON.stringify(configSchema(), null, 2) + '\n'), 0;
    }
    const word = command.startsWith('-') ? 'option' : 'command';
    throw new UsageError(`unknown ${word} "${command}"${didYouMean(command, word === 'command' ? COMMAND_NAMES : ['--help', '--version'])}`);
  } catch (e) {
    if (e instanceof ConfigError) {
      io.err(e.message.split('\n').map((line) => `podguard: ${line}\n`).join(''));
      return 2;
    }
    if (e instanceof UsageError) {
      io.err(`podguard: ${(e as Error).message}\nRun podguard ${known ? `${known} ` : ''}--help for usage.\n`);
      return 2;
    }
    // Anything else is a podguard bug: one line, not a stack trace, unless asked for.
    io.err(`podguard: internal error: ${e instanceof Error ? e.message : String(e)}${process.env.PODGUARD_DEBUG ? '\n' + (e as Error).stack : ''}\n`);
    return 2;
  }
}

/** `podguard help [command]`, as `podguard [command] --help`. */
function help(topic: string | undefined, io: Io): number {
  if (topic === undefined) return io.out(USAGE + '\n'), 0;
  if (!(COMMAND_NAMES as string[]).includes(topic)) throw new UsageError(`no command "${topic}"${didYouMean(topic, COMMAND_NAMES)}`);
  return io.out(commandHelp(COMMANDS[topic as CommandName])), 0;
}

/** One output of a scan: a format written as files are analyzed, finished once at the end. */
type Sink = { finish(end: { summary: Summary; notes: Note[]; noteFindings: number; suppressed: number }): void } & (
  | { perFile?: undefined; findings(found: Finding[]): void }
  /** A format whose output for a file is that file's alone: a worker thread may write it (per-file.ts). */
  | { perFile: FileFormat; piece(output: string | Uint8Array): void }
);

/** What a file gave the outputs: its findings, or the output a worker wrote for each per-file format, in order. */
type Found = { findings: Finding[]; output?: undefined } | { findings?: Finding[]; output: Uint8Array[] };

async function scan(args: string[], io: Io): Promise<number> {
  const parsed = parseCommand(COMMANDS.scan, args);
  if (parsed === 'help') return io.out(commandHelp(COMMANDS.scan)), 0;
  const { values, positionals, order } = parsed;
  const paths = positionals.length > 0 ? positionals : ['.'];
  const specs = outputSpecs(order);
  const failOn = choice('fail-on', values['fail-on'] as string | undefined, ['error', 'warning', 'never'] as const, 'error');
  const colour = colourWanted(values.color as string | undefined, io.isTty);
  const options = settings(values, paths);
  const { profile, k8sVersion: version } = options;
  const excluded = exclusions(options.config, values.exclude);
  const shard = parseShard(values.shard as string | undefined);
  if (shard && paths.includes('-')) throw new UsageError('--shard splits files, and standard input is one stream: scan it in one job, without --shard');
  // Problems reaching a path are reported by the first shard only, so that the shards together say each once.
  const mine = (entry: FileEntry) => ('file' in entry ? inShard(entry.file, shard) : !shard || shard.index === 1);

  // The Actions toolkit (and the HTTP client it brings) is loaded only for the format that writes its commands.
  const github = specs.some((s) => s.format === 'github') ? await import('../format/github.js') : undefined;
  const writers: Writer[] = [];
  const progress = new Progress(io);
  const sinks = specs.map((spec) => {
    const writer = spec.file === undefined ? { write: io.out, close: () => {} } : fileWriter(spec.file);
    writers.push(writer);
    return sink(spec, writer, spec.file === undefined ? colour : false, io, progress, () => ruleLevels(profile, version), github);
  });

  const perFile = sinks.flatMap((s) => (s.perFile ? [s.perFile] : []));
  const wants = { formats: perFile, findings: sinks.some((s) => !s.perFile), reuse: () => !io.holding?.() };

  let unreadable = 0;
  let failing = false;
  const run = new Run(options);
  const emit = (t: Tally, found: Found, file?: string) => {
    // A waived finding is shown, marked, but never fails the run: the tally counts it as suppressed, not by level.
    if (failOn === 'error' ? t.errors > 0 : failOn === 'warning' ? t.errors + t.warnings > 0 : false) failing = true;
    if (file) progress.tick(file);
    let k = 0;
    for (const s of sinks) {
      if (!s.perFile) s.findings(found.findings!);
      else s.piece(found.output ? found.output[k++] : fileOutput(s.perFile, found.findings));
    }
  };

  // Charts and kustomizations are rendered first: which of their files are scanned as plain manifests depends on it.
  const tree = await renderedTree(paths, run, options, excluded);
  try {
    for await (const outcome of analyzeFiles(filter(unclaimed(manifestFiles(paths, excluded), tree), mine), run, io.scanWorkerScript, wants)) {
      if ('error' in outcome) {
        unreadable++;
        progress.clear();
        io.err(`podguard: ${outcome.error}\n`);
        continue;
      }
      run.count(outcome.tally);
      emit(outcome.tally, outcome, outcome.file);
      await io.drained?.();
    }
    for (const result of tree.results) {
      if (!inShard(result.file ?? '', shard)) continue;
      const t = tally(result);
      run.count(t);
      emit(t, result, result.file ?? undefined);
    }
    progress.clear();
    // One shard cannot tell an exemption unused; the first reports the exemptions' own problems, once.
    const end = run.finish(shard && shard.count > 1 ? { sample: true, exemptions: shard.index === 1 } : {});
    emit(tally({ file: null, findings: end.findings, resources: 0, notes: [] }), end);
    for (const s of sinks) s.finish(end);
  } finally {
    for (const w of writers) w.close();
  }

  if (unreadable > 0) return 2;
  return failing ? 1 : 0;
}

function sink(
  spec: OutputSpec,
  out: Writer,
  colour: boolean,
  io: Io,
  progress: Progress,
  levels: () => ReturnType<typeof ruleLevels>,
  github?: typeof import('../format/github.js'),
): Sink {
  const toStdout = spec.file === undefined;
  if (spec.format === 'text') {
    const text = new TextFormatter(colour);
    return {
      perFile: { format: 'text', colour },
      piece(output) {
        if (output.length === 0) return;
        if (toStdout) progress.clear();
        out.write(output);
      },
      // Notes are about the run, not findings: once, after them, on stderr beside a terminal's text, or in the file.
      finish(end) {
        if (end.notes.length > 0) (toStdout ? io.err : out.write)(text.notes(end.notes));
        out.write(text.summary(end.summary, end.noteFindings, end.suppressed));
      },
    };
  }
  if (spec.format === 'github' && github) {
    const { annotate, annotateNote } = github;
    const text = new TextFormatter(false);
    return {
      findings(found) {
        for (const f of found) if (!f.suppressed) annotate(f);
      },
      finish(end) {
        for (const n of end.notes) annotateNote(n);
        out.write(text.summary(end.summary, end.noteFindings, end.suppressed));
      },
    };
  }
  if (spec.format === 'json') {
    const json = new JsonStream(out.write);
    return { perFile: { format: 'json' }, piece: (output) => json.piece(output), finish: (end) => json.end(end.summary, end.notes) };
  }
  // SARIF alone is written whole; the other formats stream, so memory stays flat.
  const all: Finding[] = [];
  return {
    findings(found) {
      for (const f of found) all.push(f);
    },
    finish: (end) => out.write(formatSarif(all, VERSION, levels(), end.notes)),
  };
}

/** A one-line counter on a terminal's stderr while many files are read; silent otherwise (CI logs, pipes). */
class Progress {
  private count = 0;
  private last = Date.now();
  private shown = false;
  constructor(private readonly io: Io) {}

  tick(file: string): void {
    this.count++;
    if (!this.io.stderrTty || Date.now() - this.last < 250) return;
    this.last = Date.now();
    this.shown = true;
    this.io.err(`\r\x1b[2Kscanned ${this.count} files… ${file.slice(-60)}`);
  }

  clear(): void {
    if (this.shown) this.io.err('\r\x1b[2K');
    this.shown = false;
  }
}
