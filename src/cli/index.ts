#!/usr/bin/env node
import { main } from './main.js';
import { serveIfLspWorker } from '../lsp/judge.js';

// The bundle is also the script of the language server's worker thread; the scan's pool runs dist/worker.js.
if (!serveIfLspWorker()) await runCli();

async function runCli(): Promise<void> {
  // A reader that stops early (`podguard scan | head`) is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  // Writes standard output has not yet handed on (a pipe takes them as fast as its reader does): a file's output
  // waits in memory until then, and its bytes are not reused.
  let unflushed = 0;
  let flushed: (() => void) | undefined;
  const handedOn = () => {
    if (--unflushed > 0) return;
    flushed?.();
    flushed = undefined;
  };
  const code = await main(process.argv.slice(2), {
    out: (text) => {
      unflushed++;
      process.stdout.write(text, handedOn);
    },
    err: (text) => process.stderr.write(text),
    isTty: !!process.stdout.isTTY,
    stderrTty: !!process.stderr.isTTY,
    workerScript: new URL(import.meta.url),
    scanWorkerScript: new URL('./worker.js', import.meta.url),
    drained: () => (unflushed === 0 ? undefined : new Promise<void>((resolve) => (flushed = resolve))),
    holding: () => unflushed > 0,
  });
  // exitCode, not exit(): let stdout drain when it is a pipe.
  process.exitCode = code;
}
