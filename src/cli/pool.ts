// Analyzes files on worker threads (parsing is nearly all the cost, and it is per file), yielding results in the
// order the files were given so output stays deterministic. Workers also write each file's output in the formats that
// allow it, so the main thread passes bytes on. Few files are analyzed in-process: starting workers costs more than
// it saves.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyzeInput, prepare, type AnalyzeInput, type AnalyzeOptions, type InputResult } from '../engine/analyze.js';
import type { Finding } from '../engine/finding.js';
import { tally, type Run, type Tally } from '../engine/run.js';
import { fileOutput, type FileFormat } from '../format/per-file.js';
import { describeError, readBounded } from '../source/read.js';
import type { FileEntry } from './files.js';

/** What a file gave its outputs: its findings, or the output written for each per-file format, in order. */
export type Found = { findings: Finding[]; output?: undefined } | { findings?: Finding[]; output: Uint8Array[] };

/** A file's result, judged but not yet counted by the run (which the caller does, in file order). */
export type FileOutcome = ({ file: string; tally: Tally } & Found) | { error: string };

/** What the caller does with a file's result. */
export interface Wants {
  /** Formats whose output for a file a worker writes, as UTF-8 bytes (output[i] is formats[i]'s). */
  formats: FileFormat[];
  /** Whether the findings are needed too (formats written whole, annotations). */
  findings: boolean;
  /** Whether the caller is done with the bytes it was given once it takes the next file's. */
  reuse: () => boolean;
}

const IN_PROCESS_BELOW = 16;

function judgeFile(file: string, judge: (input: AnalyzeInput) => InputResult): { file: string; result: InputResult } | { error: string } {
  let bytes: Uint8Array;
  try {
    bytes = readBounded(file, true);
  } catch (e) {
    return { error: `cannot read ${file}: ${describeError(e)}` };
  }
  return { file, result: judge({ file, bytes }) };
}

export async function* analyzeFiles(entries: Iterable<FileEntry>, run: Run, workerScript: URL | undefined, wants: Wants): AsyncGenerator<FileOutcome> {
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
    for (const entry of [...head, ...rest]) {
      const judged = 'error' in entry ? entry : judgeFile(entry.file, (input) => run.evaluate(input));
      yield 'error' in judged ? judged : { file: judged.file, tally: tally(judged.result), findings: judged.result.findings };
    }
    return;
  }
  yield* pooled(concat(head, rest), run, workerScript, threads, wants);
}

function* concat<T>(first: T[], rest: Iterable<T>): Generator<T> {
  yield* first;
  yield* rest;
}

/** Files go to a worker a few at a time: one message per file costs more than a small file's analysis. */
interface Task {
  seq: number;
  files: string[];
  /** Buffers of earlier output, written and handed back for reuse. */
  spares: ArrayBuffer[];
}

/** A task's outcomes, numbered from seq; their output is views of one buffer. */
interface Done {
  seq: number;
  outcomes: FileOutcome[];
  buffer?: ArrayBuffer;
}

const FILES_PER_TASK = 8;
/** Tasks queued per worker, so that it starts the next while this thread is busy. */
const QUEUED_PER_WORKER = 2;

/**
 * A worker per core analyzes and formats; this thread hands out tasks and writes their output in order. (Taking
 * tasks itself between writes measured slower: the workers then wait on it for their next task.)
 */
async function* pooled(entries: Iterable<FileEntry>, run: Run, script: URL, threads: number, wants: Wants): AsyncGenerator<FileOutcome> {
  const workerData = { podguardWorker: true, options: run.options, formats: wants.formats, findings: wants.findings };
  const workers = Array.from({ length: threads }, () => ({
    worker: new Worker(script, { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }),
    queued: 0,
    spares: [] as ArrayBuffer[],
  }));
  // Outcomes by sequence number: each file has one, and a task's files have consecutive numbers.
  const ready = new Map<number, FileOutcome>();
  const source = entries[Symbol.iterator]();
  let seq = 0;
  let nextOut = 0;
  let exhausted = false;
  let wake: (() => void) | undefined;
  let failure: Error | undefined;

  // By the number of a task's last file: the buffer its output is in, to hand back once that file is written.
  const buffers = new Map<number, { w: (typeof workers)[number]; buffer: ArrayBuffer }>();
  for (const w of workers) {
    w.worker.on('message', (m: Done) => {
      m.outcomes.forEach((outcome, i) => ready.set(m.seq + i, outcome));
      if (m.buffer) buffers.set(m.seq + m.outcomes.length - 1, { w, buffer: m.buffer });
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
    const task: Task = { seq, files: [], spares: [] };
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
        task.spares = w.spares.splice(0);
        w.worker.postMessage(task, task.spares);
        w.queued++;
      }
    }
  };
  try {
    for (;;) {
      feed();
      while (ready.has(nextOut)) {
        const outcome = ready.get(nextOut)!;
        ready.delete(nextOut);
        yield outcome;
        const written = buffers.get(nextOut);
        if (written) {
          buffers.delete(nextOut);
          if (wants.reuse()) written.w.spares.push(written.buffer);
        }
        nextOut++;
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
  const data = workerData as { options: AnalyzeOptions; formats: FileFormat[]; findings: boolean };
  const prepared = prepare(data.options);
  const spool = new Spool();
  parentPort!.on('message', (task: Task) => {
    spool.give(task.spares);
    // Each file's output is encoded as soon as it is judged, so that little of a task outlives its file.
    const judged = task.files.map((file) => {
      const one = judgeFile(file, (input) => analyzeInput(input, prepared));
      if ('error' in one) return one;
      const { findings } = one.result;
      const places = data.formats.map((format) => spool.add(fileOutput(format, findings)));
      return { file, tally: tally(one.result), findings: data.findings ? findings.map(slim) : undefined, places };
    });
    const buffer = spool.take();
    const outcomes = judged.map((o) => {
      if ('error' in o) return o;
      const { places, ...rest } = o;
      return { ...rest, output: places.map(([start, end]) => (buffer ? new Uint8Array(buffer, start, end - start) : new Uint8Array(0))) };
    });
    const done: Done = { seq: task.seq, outcomes, buffer };
    parentPort!.postMessage(done, buffer ? [buffer] : []);
  });
  return true;
}

/**
 * What the main thread of a scan reads of a finding: it formats and counts. The parts that serve fixes and
 * pull-request comparison stay here, since copying them between threads costs time.
 */
function slim(f: Finding): Finding {
  // Emptied rather than deleted: deleting properties makes every finding a slow object to copy.
  f.fix = undefined;
  f.pathSegments = undefined;
  f.offsets = undefined;
  f.identity = undefined;
  f.containerPath = undefined;
  f.restsOn = undefined;
  return f;
}

/**
 * Each worker's young generation, where a file's parse tree lives and dies. V8 lets it grow to 48 MB per thread,
 * and a scan's peak pays for every thread's at once. At 12 MB a file's tree still mostly dies young, now that a
 * task keeps little of a file once it is judged: 14 MB less at the peak on two workers, for about 7% more time.
 */
const YOUNG_GENERATION_MB = 12;

/** Buffers smaller than this are not worth keeping; larger ones are kept only while few. */
const MIN_BUFFER = 1 << 16;
const MAX_SPARE = 1 << 22;
const SPARES = 4;

/**
 * The UTF-8 output of a worker's tasks, in buffers the main thread hands back once it has written them: a long scan
 * then reuses a few buffers instead of leaving hundreds of megabytes for the collector of a thread that allocates
 * too little to run it often.
 */
class Spool {
  private spares: ArrayBuffer[] = [];
  private bytes?: Uint8Array;
  private at = 0;
  private readonly encoder = new TextEncoder();

  give(buffers: ArrayBuffer[]): void {
    for (const b of buffers) if (b.byteLength <= MAX_SPARE) this.spares.push(b);
    this.spares.sort((a, b) => a.byteLength - b.byteLength).splice(0, Math.max(0, this.spares.length - SPARES));
  }

  /** Appends a text; returns where its bytes are, start and end. */
  add(text: string): [number, number] {
    const start = this.at;
    // Room for the text as ASCII first; text beyond ASCII takes up to three bytes a character, given when needed.
    for (let rest = text, perChar = 1; rest.length > 0; perChar = 3) {
      if (!this.bytes || this.bytes.length - this.at < rest.length * perChar) this.grow(this.at + rest.length * perChar);
      const r = this.encoder.encodeInto(rest, this.bytes!.subarray(this.at));
      this.at += r.written;
      rest = rest.slice(r.read);
    }
    return [start, this.at];
  }

  /** The buffer holding everything added since the last take, if anything was. */
  take(): ArrayBuffer | undefined {
    const buffer = this.at > 0 ? (this.bytes!.buffer as ArrayBuffer) : undefined;
    if (buffer) this.bytes = undefined;
    this.at = 0;
    return buffer;
  }

  private grow(length: number): void {
    const i = this.spares.findIndex((b) => b.byteLength >= length);
    const larger = new Uint8Array(i >= 0 ? this.spares.splice(i, 1)[0] : new ArrayBuffer(capacity(length)));
    if (this.bytes) {
      larger.set(this.bytes.subarray(0, this.at));
      if (this.bytes.byteLength <= MAX_SPARE) this.spares.push(this.bytes.buffer as ArrayBuffer);
    }
    this.bytes = larger;
  }
}

/** Sizes come in powers of two, so that a buffer handed back fits most later tasks. */
function capacity(length: number): number {
  return Math.max(MIN_BUFFER, 2 ** Math.ceil(Math.log2(length)));
}
