// Reads manifest files within the size limit, and words file-system errors for people.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { LIMITS } from './parse.js';

export function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EISDIR':
      return 'is a directory';
    default:
      return e instanceof Error ? e.message.split('\n')[0] : String(e);
  }
}

/** Reads at most one byte over the size limit, so a huge file costs no more than the limit. */
export function readBounded(path: string): Uint8Array {
  if (path === '-') return readAllStdin();
  const fd = openSync(path, 'r');
  try {
    const st = statSync(path);
    // A FIFO or device reports size 0: allow it the whole limit.
    const size = st.isFile() ? st.size : LIMITS.maxFileBytes;
    const buffer = Buffer.allocUnsafe(Math.min(size, LIMITS.maxFileBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function readAllStdin(): Uint8Array {
  const chunks: Buffer[] = [];
  const chunk = Buffer.allocUnsafe(1 << 16);
  let total = 0;
  for (;;) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
    if (total > LIMITS.maxFileBytes) break;
  }
  return Buffer.concat(chunks);
}
