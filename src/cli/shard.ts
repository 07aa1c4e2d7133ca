// `scan --shard I/N`: a CI matrix of N jobs, each scanning a disjoint part of the files, together all of them.
// A file's part is decided by a hash of its path alone, so it stays in the same job however many other files
// there are, and the jobs agree without talking to each other.
import { UsageError } from './args.js';

export interface Shard {
  /** 1-based, as a matrix counts. */
  index: number;
  count: number;
}

export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || count > 1000 || index < 1 || index > count) {
    throw new UsageError(`--shard takes I/N, this job's part and the number of parts, with 1 <= I <= N <= 1000 (e.g. --shard 2/4), not "${value}"`);
  }
  return { index, count };
}

/** FNV-1a over the path with forward slashes, so Windows and Linux jobs agree too. */
function pathHash(path: string): number {
  const posix = path.replace(/\\/g, '/').replace(/^\.\//, '');
  let h = 0x811c9dc5;
  for (let i = 0; i < posix.length; i++) {
    h ^= posix.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function inShard(path: string, shard: Shard | undefined): boolean {
  return !shard || pathHash(path) % shard.count === shard.index - 1;
}
