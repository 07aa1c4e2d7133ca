// Reads manifest files within the size limit, and words file-system errors for people.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
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

const SCRATCH_MAX = 1 << 20;
let scratch = Buffer.alloc(0);

/**
 * Reads at most one byte over the size limit, so a huge file costs no more than the limit. `transient`: the caller is
 * done with the bytes before it reads another file, so they go in a buffer kept for the next read (a scan reads
 * thousands of files, each of which would otherwise be an allocation of its own).
 */
export function readBounded(path: string, transient = false): Uint8Array {
  if (path === '-') return readAllStdin();
  const fd = openSync(path, 'r');
  try {
    const st = fstatSync(fd);
    // A FIFO or device reports size 0: allow it the whole limit.
    const size = st.isFile() ? st.size : LIMITS.maxFileBytes;
    const room = Math.min(size, LIMITS.maxFileBytes) + 1;
    // Kept only while small: one large file does not hold its size for the rest of a scan.
    if (transient && scratch.length < room && room <= SCRATCH_MAX) scratch = Buffer.allocUnsafe(Math.max(room, 1 << 16));
    const buffer = transient && room <= scratch.length ? scratch.subarray(0, room) : Buffer.allocUnsafe(room);
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
