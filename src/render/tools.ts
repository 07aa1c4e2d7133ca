// The programs that render charts and kustomizations, found on PATH and run without a shell; a failure comes back
// as its first line of error output, for a note.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, closeSync, constants, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** The full path of an executable named `name` on PATH, if there is one. */
export function findTool(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export type ToolOutcome = { stdout: string } | { error: string };

// Rendering a large chart takes seconds; a tool that hangs (waiting for a network it must not use) does not stop
// the scan for longer than this.
const TIMEOUT_MS = 120_000;
const MAX_OUTPUT = 256 * 1024 * 1024;

export function runTool(tool: string, args: string[], cwd?: string): ToolOutcome {
  const r = spawnSync(tool, args, { cwd, encoding: 'utf8', maxBuffer: MAX_OUTPUT, timeout: TIMEOUT_MS, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    return { error: code === 'ETIMEDOUT' ? `timed out after ${TIMEOUT_MS / 1000} seconds` : r.error.message.split('\n')[0] };
  }
  if (r.status !== 0) return { error: firstLine(r.stderr) || firstLine(r.stdout) || `exited with status ${r.status ?? r.signal}` };
  return { stdout: r.stdout };
}

/**
 * runTool without blocking, so that several builds can run at once. The output goes to a file, not a pipe: a pipe
 * nobody reads while the scan judges another build would stop the tool at 64 KiB.
 */
export function runToolAsync(tool: string, args: string[], cwd?: string): Promise<ToolOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'podguard-tool-'));
  const outFile = join(dir, 'stdout');
  const fd = openSync(outFile, 'w');
  const finish = (outcome: ToolOutcome): ToolOutcome => {
    rmSync(dir, { recursive: true, force: true });
    return outcome;
  };
  return new Promise((resolve) => {
    const child = spawn(tool, args, { cwd, stdio: ['ignore', fd, 'pipe'] });
    closeSync(fd);
    const err: Buffer[] = [];
    let failure: string | undefined;
    const timer = setTimeout(() => {
      failure ??= `timed out after ${TIMEOUT_MS / 1000} seconds`;
      child.kill();
    }, TIMEOUT_MS);
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (e) => {
      failure ??= e.message.split('\n')[0];
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      if (failure) return resolve(finish({ error: failure }));
      if (statSync(outFile).size > MAX_OUTPUT) return resolve(finish({ error: `printed more than ${MAX_OUTPUT / 1024 / 1024} MiB` }));
      const stdout = readFileSync(outFile, 'utf8');
      if (status !== 0) resolve(finish({ error: firstLine(Buffer.concat(err).toString('utf8')) || firstLine(stdout) || `exited with status ${status ?? signal}` }));
      else resolve(finish({ stdout }));
    });
  });
}

// kubectl logs through klog: `E1206 11:59:56.452021 16304 run.go:72] "command failed" err="…"` (or `err=<` with the
// message on the next lines). That wrapper says nothing a user needs.
const KLOG = /^[EWIF]\d{4} [\d:.]+\s+\d+ [\w.-]+:\d+\] (?:"command failed" err=)?/;
const LONGEST = 300;

/**
 * The first line that says something, past klog's wrapper. Kustomize nests its errors, cause last: a long line keeps
 * its beginning (what failed) and its end (why).
 */
export function firstLine(text: string | null): string {
  const lines = (text ?? '').split('\n').map((l) => l.trim().replace(KLOG, '')).filter((l) => l !== '' && l !== '<');
  const line = (lines[0] ?? '').replace(/^"(.*)"$/, '$1');
  return line.length > LONGEST ? `${line.slice(0, 100)} … ${line.slice(-(LONGEST - 103))}` : line;
}
