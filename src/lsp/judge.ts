// Judges documents on a worker thread, so that the server keeps answering (hovers, code actions, other documents)
// while a large manifest is read. A newer version of the document being judged stops the older one's work.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyzeInput, prepare, type AnalyzeOptions } from '../engine/analyze.js';
import type { Finding } from '../engine/finding.js';

export interface Job {
  uri: string;
  file: string;
  text: string;
  options: AnalyzeOptions;
}

interface Pending {
  id: number;
  job: Job;
  /** Undefined: a newer version took its place. */
  resolve: (findings: Finding[] | undefined) => void;
  reject: (e: Error) => void;
}

type Outcome = { id: number; findings: Finding[] } | { id: number; error: string };

function judgeHere(job: Job): Finding[] {
  return analyzeInput({ file: job.file, text: job.text }, prepare(job.options)).findings;
}

export class Judge {
  private worker?: Worker;
  private running?: Pending;
  private queue: Pending[] = [];
  private ids = 0;

  /** `script`: the bundle, which serves as the worker; without it, documents are judged on this thread. */
  constructor(private readonly script?: URL) {}

  judge(job: Job): Promise<Finding[] | undefined> {
    if (!this.script) return Promise.resolve(judgeHere(job));
    for (const waiting of this.queue.filter((p) => p.job.uri === job.uri)) waiting.resolve(undefined);
    this.queue = this.queue.filter((p) => p.job.uri !== job.uri);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: ++this.ids, job, resolve, reject });
      // Judging an older version of this document is wasted work: stop it (a new worker starts in a moment).
      if (this.running?.job.uri === job.uri) this.stop();
      this.next();
    });
  }

  private next(): void {
    if (this.running || this.queue.length === 0) return;
    this.running = this.queue.shift()!;
    const { id, job } = this.running;
    this.thread().postMessage({ id, job });
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script!, { workerData: { podguardLspWorker: true } });
    worker.on('message', (outcome: Outcome) => {
      const done = this.running;
      if (worker !== this.worker || done?.id !== outcome.id) return;
      this.running = undefined;
      if ('error' in outcome) done.reject(new Error(outcome.error));
      else done.resolve(outcome.findings);
      this.next();
    });
    // A worker that dies takes only its document's check with it; the next check starts a fresh one.
    const lost = (e: Error) => {
      if (worker !== this.worker) return;
      this.worker = undefined;
      const done = this.running;
      this.running = undefined;
      done?.reject(e);
      this.next();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`the worker thread stopped (exit code ${code})`)));
    worker.unref();
    return (this.worker = worker);
  }

  private stop(): void {
    this.running?.resolve(undefined);
    this.running = undefined;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }
}

/** When this module runs as the language server's worker thread, serve checks; returns true if it did. */
export function serveIfLspWorker(): boolean {
  if (isMainThread || !(workerData as { podguardLspWorker?: boolean })?.podguardLspWorker) return false;
  parentPort!.on('message', ({ id, job }: { id: number; job: Job }) => {
    let outcome: Outcome;
    try {
      outcome = { id, findings: judgeHere(job) };
    } catch (e) {
      outcome = { id, error: e instanceof Error ? e.message : String(e) };
    }
    parentPort!.postMessage(outcome);
  });
  return true;
}
