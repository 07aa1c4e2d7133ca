// `podguard fix`: prints a unified diff of the fixes, or writes them (--write), file by file. Safe fixes only,
// unless --unsafe-fixes asks for the ones that may break a workload too.
import { renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fixSource, unifiedDiff } from '../fix/fix-source.js';
import { decode } from '../source/decode.js';
import { describeError, readBounded } from '../source/read.js';
import { manifestFiles } from './files.js';
import { exclusions, settings, UsageError, type Io } from './options.js';
import { commandHelp, COMMANDS, parseCommand } from './args.js';
import { count } from '../format/plural.js';
import type { Finding } from '../engine/finding.js';
import { chartFinder, real } from '../render/tree.js';
import { KUSTOMIZATION_NAMES } from '../render/kustomize.js';

export function fixCommand(args: string[], io: Io): number {
  const parsed = parseCommand(COMMANDS.fix, args);
  if (parsed === 'help') return io.out(commandHelp(COMMANDS.fix)), 0;
  const { values, positionals } = parsed;
  const unsafe = values['unsafe-fixes'] === true;
  // --stdout is for pipes: the fixed text of one input, to hand on (kubectl get … | podguard fix - --stdout | kubectl apply -f -).
  const toStdout = values.stdout === true;
  if (toStdout && values.write) throw new UsageError('--stdout and --write exclude each other: print the fixed file, or rewrite it');
  if (toStdout && positionals.length !== 1) throw new UsageError('--stdout prints one fixed file: give one file, or - for standard input');
  const options = settings(values, positionals.length > 0 ? positionals : ['.']);
  let problems = 0;
  let changedFiles = 0;
  let fixed = 0;
  let manual = 0;
  let unsafeLeft = 0;
  const chartOf = chartFinder();
  const charts = new Set<string>();
  for (const entry of manifestFiles(positionals.length > 0 ? positionals : ['.'], exclusions(options.config, values.exclude))) {
    if ('error' in entry) {
      problems++;
      io.err(`podguard: ${entry.error}\n`);
      continue;
    }
    const { file } = entry;
    // A chart's templates are not what is deployed, and a kustomization holds no pods: neither is edited.
    if (file !== '-' && KUSTOMIZATION_NAMES.includes(basename(file))) continue;
    const chart = file === '-' ? undefined : chartOf(dirname(real(file)));
    if (chart) {
      if (!charts.has(chart)) io.err(`podguard: ${relative(process.cwd(), chart) || '.'}: a Helm chart; podguard fix does not edit templates: change them where podguard scan shows\n`);
      charts.add(chart);
      continue;
    }
    if (file === '-' && values.write) {
      problems++;
      io.err('podguard: --write cannot rewrite standard input; drop --write to get a diff\n');
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = readBounded(file);
    } catch (e) {
      problems++;
      io.err(`podguard: cannot read ${file}: ${describeError(e)}\n`);
      continue;
    }
    const decoded = decode(bytes);
    if (toStdout && decoded.text === undefined) {
      problems++;
      io.err(`podguard: cannot fix ${file}: ${decoded.problem ?? 'it is not text'}\n`);
      continue;
    }
    if (!toStdout && (decoded.text === undefined || decoded.encoding !== 'utf-8')) {
      // Writing back would change the encoding; fix only what we can write back as it was.
      io.err(`podguard: skipped ${file}: ${decoded.problem ?? `it is ${decoded.encoding?.toUpperCase()}`}; podguard fix rewrites UTF-8 files only\n`);
      continue;
    }
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\uFEFF' : '';
    const result = fixSource(file, decoded.text!, options, { unsafe });
    if (toStdout) io.out(result.text);
    for (const s of result.skipped) io.err(`podguard: ${file}: left ${s.edit.op} of ${s.edit.path.join('.')} alone: ${s.reason}\n`);
    const waitsForUnsafe = (f: Finding) => !unsafe && f.fixable && f.fixSafety === 'unsafe';
    manual += result.remaining.filter((f) => f.level !== 'note' && !waitsForUnsafe(f)).length;
    unsafeLeft += result.unsafeLeft;
    if (result.text === decoded.text) continue;
    changedFiles++;
    fixed += result.before - result.after;
    if (toStdout) continue;
    if (values.write) {
      try {
        writeAtomically(file, bom + result.text);
      } catch (e) {
        problems++;
        io.err(`podguard: cannot write ${file}: ${describeError(e)}\n`);
        continue;
      }
      const left = result.unsafeLeft > 0 ? ` (${count(result.unsafeLeft, 'unsafe fix', 'unsafe fixes')} not applied)` : '';
      io.out(`fixed ${file}: ${result.before - result.after} of ${result.before} fixable findings${left}\n`);
    } else {
      io.out(unifiedDiff(file, decoded.text!, result.text, result.safeText));
    }
  }
  const summary = changedFiles === 0 ? 'nothing to fix' : `${values.write || toStdout ? 'fixed' : 'would fix'} ${count(fixed, 'finding', 'findings')} in ${count(changedFiles, 'file', 'files')}`;
  const byHand = manual > 0 ? `; ${count(manual, 'finding needs', 'findings need')} a change by hand (run podguard scan)` : '';
  const notApplied = unsafeLeft > 0
    ? `; ${count(unsafeLeft, 'unsafe fix was', 'unsafe fixes were')} not applied, since each takes away something a manifest asks for and may break the workload (review them with --unsafe-fixes, apply them with --write --unsafe-fixes)`
    : '';
  io.err(`podguard: ${summary}${notApplied}${byHand}\n`);
  if (problems > 0) return 2;
  return changedFiles > 0 && !values.write && !toStdout ? 1 : 0;
}

/** Write a sibling temporary file and rename it over the original, keeping its mode. */
function writeAtomically(file: string, text: string): void {
  const mode = statSync(file).mode & 0o7777;
  const temp = join(dirname(file), `.${basename(file)}.podguard-${process.pid}.tmp`);
  writeFileSync(temp, text, { mode });
  renameSync(temp, file);
}
