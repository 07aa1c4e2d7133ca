#!/usr/bin/env node
import { once } from 'node:events';
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
  const code = await main(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    isTty: !!process.stdout.isTTY,
    stderrTty: !!process.stderr.isTTY,
    workerScript: new URL(import.meta.url),
    scanWorkerScript: new URL('./worker.js', import.meta.url),
    // A pipe takes output as fast as its reader does; what it has not taken waits in memory, so wait past 1 MiB.
    drained: () => (process.stdout.writableLength > 1 << 20 ? once(process.stdout, 'drain').then(() => {}) : undefined),
  });
  // exitCode, not exit(): let stdout drain when it is a pipe.
  process.exitCode = code;
}
