// Analyzes files on worker threads (parsing is nearly all the cost, and it is per file), yielding results in the
// order the files were given so output stays deterministic. Few files are analyzed in-process: starting workers
// costs more than it saves.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyzeInput, prepare, type AnalyzeInput, type AnalyzeOptions, type InputResult } from '../engine/analyze.js';
import type { Run } from '../engine/run.js';
import { describeError, readBounded } from '../source/read.js';
import type { FileEntry } from './files.js';

/** A file's result, judged but not yet counted by the run (which the caller does, in file order). */
export type FileOutcome = { file: string; result: InputResult } | { error: string };

const IN_PROCESS_BELOW = 16;

function analyzeFile(file: string, judge: (input: AnalyzeInput) => InputResult): FileOutcome {
  let bytes: Uint8Array;
  try {
    bytes = readBounded(file);
  } catch (e) {
    return { error: `cannot read ${file}: ${describeError(e)}` };
  }
  return { file, result: judge({ file, bytes }) };
}

export async function* analyzeFiles(entries: Iterable<FileEntry>, run: Run, workerScript?: URL): AsyncGenerator<FileOutcome> {
  const iterator = entries[Symbol.iterator]();
  const head: FileEntry[] = [];
  let done = false;
  while (head.length <= IN_PROCESS_BELOW) {
    const next = iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
  }
  const threads = Number(process.env.PODGUARD_THREADS) || Math.min(availableParallelism(), 8);
  const rest: Iterable<FileEntry> = { [Symbol.iterator]: () => iterator };
  // Standard input can only be read by this thread, and a rule list given in code cannot be sent to another.
  if (done || threads < 2 || !workerScript || run.options.rules || head.some((e) => 'file' in e && e.file === '-')) {
    for (const entry of [...head, ...rest]) yield 'error' in entry ? entry : analyzeFile(entry.file, (input) => run.evaluate(input));
    return;
  }
  yield* pooled(concat(head, rest), run.options, workerScript, threads);
}

function* concat<T>(first: T[], rest: Iterable<T>): Generator<T> {
  yield* first;
  yield* rest;
}

interface Task {
  seq: number;
  file: string;
}

async function* pooled(entries: Iterable<FileEntry>, options: AnalyzeOptions, script: URL, threads: number): AsyncGenerator<FileOutcome> {
  const workers = Array.from({ length: threads }, () => new Worker(script, { workerData: { podguardWorker: true, options } }));
  const ready = new Map<number, FileOutcome>();
  const idle: Worker[] = [...workers];
  const source = entries[Symbol.iterator]();
  let seq = 0;
  let nextOut = 0;
  let exhausted = false;
  let wake: (() => void) | undefined;
  let failure: Error | undefined;

  for (const w of workers) {
    w.on('message', (m: { seq: number; outcome: FileOutcome }) => {
      ready.set(m.seq, m.outcome);
      idle.push(w);
      wake?.();
    });
    w.on('error', (e) => {
      failure = e;
      wake?.();
    });
  }
  // Bounded in-flight work keeps memory flat however many files there are.
  const maxAhead = threads * 4;
  const feed = () => {
    while (!exhausted && idle.length > 0 && seq - nextOut < maxAhead) {
      const next = source.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      const entry = next.value;
      const mine = seq++;
      if ('error' in entry) ready.set(mine, entry);
      else idle.pop()!.postMessage({ seq: mine, file: entry.file } satisfies Task);
    }
  };
  try {
    for (;;) {
      feed();
      while (ready.has(nextOut)) {
        const outcome = ready.get(nextOut)!;
        ready.delete(nextOut++);
        yield outcome;
        feed();
      }
      if (failure) throw failure;
      if (exhausted && nextOut === seq) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** When this module runs as a pool worker, serve tasks; returns true if it did. */
export function serveIfWorker(): boolean {
  if (isMainThread || !(workerData as { podguardWorker?: boolean })?.podguardWorker) return false;
  const prepared = prepare((workerData as { options: AnalyzeOptions }).options);
  parentPort!.on('message', (task: Task) => {
    const outcome = analyzeFile(task.file, (input) => analyzeInput(input, prepared));
    // The parsed source stays here: YAML trees are not worth copying to the main thread, which only prints.
    if ('result' in outcome) delete outcome.result.source;
    parentPort!.postMessage({ seq: task.seq, outcome });
  });
  return true;
}
