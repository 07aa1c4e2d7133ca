#!/usr/bin/env node
import { main } from './main.js';

const code = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTty: !!process.stdout.isTTY,
  stderrTty: !!process.stderr.isTTY,
});
// exitCode, not exit(): let stdout drain when it is a pipe.
process.exitCode = code;
