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
  yield* pooled(concat(head, rest), run, workerScript, threads);
}

function* concat<T>(first: T[], rest: Iterable<T>): Generator<T> {
  yield* first;
  yield* rest;
}

/** Files go to a worker a few at a time: one message per file costs more than a small file's analysis. */
interface Task {
  seq: number;
  files: string[];
}

const FILES_PER_TASK = 8;
/** Tasks queued per worker, so that it starts the next while this thread is busy. */
const QUEUED_PER_WORKER = 2;

/**
 * A worker per core analyzes; this thread hands out tasks and prints. (Taking tasks itself between prints measured
 * slower: the workers then wait on it for their next task.)
 */
async function* pooled(entries: Iterable<FileEntry>, run: Run, script: URL, threads: number): AsyncGenerator<FileOutcome> {
  const workers = Array.from({ length: threads }, () => ({
    // (Capping each worker's young generation at 12 MB took 20 MB off the peak, and added a tenth to the time.)
    worker: new Worker(script, { workerData: { podguardWorker: true, options: run.options } }),
    queued: 0,
  }));
  // Outcomes by sequence number: each file has one, and a task's files have consecutive numbers.
  const ready = new Map<number, FileOutcome>();
  const source = entries[Symbol.iterator]();
  let seq = 0;
  let nextOut = 0;
  let exhausted = false;
  let wake: (() => void) | undefined;
  let failure: Error | undefined;

  for (const w of workers) {
    w.worker.on('message', (m: { seq: number; outcomes: FileOutcome[] }) => {
      m.outcomes.forEach((outcome, i) => ready.set(m.seq + i, outcome));
      w.queued--;
      wake?.();
    });
    w.worker.on('error', (e) => {
      failure = e;
      wake?.();
    });
  }
  // Bounded in-flight work keeps memory flat however many files there are.
  // Room for every worker's queue, and as much again judged and waiting to be printed.
  const maxAhead = 2 * threads * QUEUED_PER_WORKER * FILES_PER_TASK;
  /** The next few files in order, numbered; an unreadable path is answered at once, keeping its place. */
  const take = (): Task | undefined => {
    const task: Task = { seq, files: [] };
    while (task.files.length < FILES_PER_TASK && !exhausted) {
      const next = source.next();
      if (next.done) exhausted = true;
      else if ('error' in next.value) {
        if (task.files.length > 0) {
          pending.push(next.value);
          return task;
        }
        ready.set(seq++, next.value);
        task.seq = seq;
      } else {
        task.files.push(next.value.file);
        seq++;
      }
    }
    return task.files.length > 0 ? task : undefined;
  };
  // An unreadable path met while filling a task: it is numbered after that task's files.
  const pending: FileOutcome[] = [];
  const settle = () => {
    for (const p of pending.splice(0)) ready.set(seq++, p);
  };
  const feed = () => {
    for (const w of workers) {
      while (w.queued < QUEUED_PER_WORKER && seq - nextOut < maxAhead) {
        const task = take();
        settle();
        if (!task) return;
        w.worker.postMessage(task);
        w.queued++;
      }
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
      if (exhausted && pending.length === 0 && nextOut === seq) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}

/** When this module runs as a pool worker, serve tasks; returns true if it did. */
export function serveIfWorker(): boolean {
  if (isMainThread || !(workerData as { podguardWorker?: boolean })?.podguardWorker) return false;
  const prepared = prepare((workerData as { options: AnalyzeOptions }).options);
  parentPort!.on('message', (task: Task) => {
    const outcomes = task.files.map((file) => slim(analyzeFile(file, (input) => analyzeInput(input, prepared))));
    parentPort!.postMessage({ seq: task.seq, outcomes });
  });
  return true;
}

/**
 * What the main thread of a scan reads of a result: it prints and counts. The parsed source and the parts of a
 * finding that serve fixes and pull-request comparison stay here, since copying them between threads costs time.
 */
function slim(outcome: FileOutcome): FileOutcome {
  if (!('result' in outcome)) return outcome;
  delete outcome.result.source;
  // Emptied rather than deleted: deleting properties makes every finding a slow object to copy.
  for (const f of outcome.result.findings) {
    f.fix = undefined;
    f.pathSegments = undefined;
    f.offsets = undefined;
    f.identity = undefined;
    f.containerPath = undefined;
    f.restsOn = undefined;
  }
  return outcome;
}
