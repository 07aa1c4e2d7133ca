// podguard's command line: argv → analyze (one file at a time) → format → exit code.
import { parseArgs } from 'node:util';
import { atLeast, type Finding } from '../engine/finding.js';
import { Run } from '../engine/run.js';
import { ruleLevels } from '../engine/levels.js';
import { annotate, annotateNote } from '../format/github.js';
import { JsonStream } from '../format/json.js';
import { formatSarif } from '../format/sarif.js';
import { TextFormatter } from '../format/text.js';
import { VERSION } from '../version.js';
import { HOME } from '../home.js';
import { manifestFiles, renderedTree, unclaimed } from './files.js';
import { analyzeFiles } from './pool.js';
import { fixCommand } from './fix-command.js';
import { choice, PROFILE_OPTIONS, settings, UsageError, type Io } from './options.js';
import { ConfigError } from '../config/load.js';
import { configSchema } from '../config/schema.js';
import { rulesCommand } from './rules-doc.js';
import { lspCommand } from '../lsp/server.js';

const USAGE = `Usage:
  podguard scan [PATH ...] [--profile baseline|restricted|hardened] [--k8s-version 1.N|latest]
                [--format text|json|sarif|github] [--fail-on error|warning|never]
  podguard fix [PATH ...] [--profile …] [--k8s-version …] [--write] [--unsafe-fixes]
  podguard rules [--format text|markdown|json] [--update FILE]
  podguard schema   (the JSON Schema of .podguard.yaml)
  podguard --version

scan reads files and directories (*.yaml, *.yml, *.json, recursively) or - for standard input; default: .
  --profile      baseline or restricted: the Pod Security Standards exactly as Pod Security Admission applies them;
                 hardened (default): restricted plus podguard's hardening rules
  --k8s-version  the Kubernetes version whose PSS semantics apply (default: latest)
  --fail-on      exit 1 when a finding is at or above this level (default: error); suppressed findings never count
  --config       a .podguard.yaml to use (default: the nearest one from the first PATH up to the repository root)
fix prints a unified diff of the fixes it can make (exit 1 when there is one), or with --write rewrites the files;
  it makes safe fixes only, unless --unsafe-fixes adds those that take away what a manifest asks for.
Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage error or unreadable path.
Documentation and issues: ${HOME}`;

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === '--version' || command === '-v') return io.out(VERSION + '\n'), 0;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') return io.out(USAGE + '\n'), 0;
    if (command === 'scan') return await scan(rest, io);
    if (command === 'fix') return fixCommand(rest, io);
    if (command === 'rules') return rulesCommand(rest, io);
    if (command === 'lsp') return await lspCommand(rest, io);
    if (command === 'schema') return io.out(JSON.stringify(configSchema(), null, 2) + '\n'), 0;
    throw new UsageError(`unknown command "${command}"`);
  } catch (e) {
    if (e instanceof ConfigError) {
      io.err(e.message.split('\n').map((line) => `podguard: ${line}\n`).join(''));
      return 2;
    }
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`podguard: ${(e as Error).message}\nRun podguard --help for usage.\n`);
      return 2;
    }
    // Anything else is a podguard bug: one line, not a stack trace, unless asked for.
    io.err(`podguard: internal error: ${e instanceof Error ? e.message : String(e)}${process.env.PODGUARD_DEBUG ? '\n' + (e as Error).stack : ''}\n`);
    return 2;
  }
}

async function scan(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...PROFILE_OPTIONS, format: { type: 'string' }, 'fail-on': { type: 'string' } },
  });
  const paths = positionals.length > 0 ? positionals : ['.'];
  const options = settings(values, paths);
  const { profile, k8sVersion: version } = options;
  const format = choice('format', values.format, ['text', 'json', 'sarif', 'github'] as const, 'text');
  const failOn = choice('fail-on', values['fail-on'], ['error', 'warning', 'never'] as const, 'error');

  const text = new TextFormatter(io.isTty && !process.env.NO_COLOR);
  const sarifFindings: Finding[] = [];
  let unreadable = 0;
  let failing = false;
  const progress = new Progress(io);
  const jsonOut = new JsonStream(io.out);
  const run = new Run(options);
  const emit = (found: Finding[], file?: string) => {
    // A waived finding is shown, marked, but never fails the run.
    if (found.some((f) => !f.suppressed && failOn !== 'never' && atLeast(f.level, failOn))) failing = true;
    if (file) progress.tick(file);
    if (format === 'text') {
      progress.clear();
      io.out(text.file(found));
    } else if (format === 'github') {
      for (const f of found) if (!f.suppressed) annotate(f);
    } else if (format === 'json') {
      jsonOut.findings(found);
    } else {
      // SARIF alone is written whole; the other formats stream, so memory stays flat.
      for (const f of found) sarifFindings.push(f);
    }
  };
  // Charts and kustomizations are rendered first: which of their files are scanned as plain manifests depends on it.
  const tree = renderedTree(paths, run, options);
  for await (const outcome of analyzeFiles(unclaimed(manifestFiles(paths), tree), run, io.workerScript)) {
    if ('error' in outcome) {
      unreadable++;
      progress.clear();
      io.err(`podguard: ${outcome.error}\n`);
      continue;
    }
    emit(run.accept(outcome.result).findings, outcome.file);
  }
  for (const result of tree.results) emit(run.accept(result).findings, result.file ?? undefined);
  progress.clear();
  const end = run.finish();
  emit(end.findings);

  // Notes are about the run, not findings: once, on stderr after text; as notices, inside JSON and SARIF.
  if (format === 'text' && end.notes.length > 0) io.err(text.notes(end.notes));
  if (format === 'github') for (const n of end.notes) annotateNote(n);
  if (format === 'text' || format === 'github') io.out(text.summary(end.summary, end.noteFindings, end.suppressed));
  else if (format === 'json') jsonOut.end(end.summary, end.notes);
  else io.out(formatSarif(sarifFindings, VERSION, ruleLevels(profile, version), end.notes));

  if (unreadable > 0) return 2;
  return failing ? 1 : 0;
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
