// The programs that render charts and kustomizations, found on PATH and run without a shell; a failure comes back
// as its first line of error output, for a note.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
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

export function runTool(tool: string, args: string[], cwd?: string): ToolOutcome {
  const r = spawnSync(tool, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: TIMEOUT_MS, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    return { error: code === 'ETIMEDOUT' ? `timed out after ${TIMEOUT_MS / 1000} seconds` : r.error.message.split('\n')[0] };
  }
  if (r.status !== 0) return { error: firstLine(r.stderr) || firstLine(r.stdout) || `exited with status ${r.status ?? r.signal}` };
  return { stdout: r.stdout };
}

// kubectl logs through klog: `E1206 11:59:56.452021 16304 run.go:72] "command failed" err=<` with the message on the
// next lines. That prefix says nothing a user needs.
const KLOG = /^[EWIF]\d{4} [\d:.]+\s+\d+ [\w.-]+:\d+\] /;

/** The first line that says something: past klog's prefix and its `err=<` opener, cut to a readable length. */
export function firstLine(text: string | null): string {
  const lines = (text ?? '').split('\n').map((l) => l.trim().replace(KLOG, '')).filter((l) => l !== '' && !/^"command failed" err=<$/.test(l));
  const line = lines[0] ?? '';
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}
