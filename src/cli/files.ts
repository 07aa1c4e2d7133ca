// Expands the paths given on the command line into manifest files, one at a time, so that memory does not grow
// with the number of files and an unreadable path never stops the others.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { extname, join } from 'node:path';
import { isConfigFile } from '../config/load.js';
import { describeError } from '../source/read.js';
import type { Run } from '../engine/run.js';
import type { Settings } from './options.js';
import { renderTree, type RenderedTree } from '../render/tree.js';

/** `real`, when known, is the file's real path: a walk knows it without asking the file system again. */
export type FileEntry = { file: string; real?: string } | { error: string };

const MANIFEST_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

/**
 * Symbolic links are followed, to files and to directories alike; each file and directory is read once, under the
 * first name it is reached by, however many paths or links lead to it.
 */
export function* manifestFiles(paths: string[], excluded?: (path: string) => boolean): Generator<FileEntry> {
  const seen = new Set<string>();
  for (const entry of expand(paths, seen, excluded)) {
    if ('file' in entry && entry.file !== '-') {
      let real = entry.real;
      try {
        real ??= realpathSync.native(entry.file);
      } catch {
        real = entry.file; // reading it will say what is wrong
      }
      if (seen.has(real)) continue;
      seen.add(real);
    }
    yield entry;
  }
}

function* expand(paths: string[], seen: Set<string>, excluded?: (path: string) => boolean): Generator<FileEntry> {
  for (const path of paths) {
    if (path === '-') {
      yield { file: '-' };
      continue;
    }
    if (excluded?.(path)) continue; // never read, not even looked at
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (e) {
      yield { error: `cannot read ${path}: ${describeError(e)}` };
      continue;
    }
    if (isDir) yield* walk(path, seen, excluded);
    else if (!isConfigFile(path)) yield { file: path };
  }
}

/** Depth-first in name order, so output order is path order; a directory reached twice is read once. */
function* walk(root: string, seen: Set<string>, excluded?: (path: string) => boolean): Generator<FileEntry> {
  function* visit(dir: string): Generator<FileEntry> {
    let entries: Dirent[];
    let real: string;
    try {
      real = realpathSync.native(dir);
      if (seen.has(real)) return;
      seen.add(real);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      yield { error: `cannot read ${dir}: ${describeError(e)}` };
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (excluded?.(path)) continue;
      const manifest = MANIFEST_EXTENSIONS.has(extname(entry.name).toLowerCase());
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(path);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (e) {
          // A dangling link that is not a manifest is no concern of ours; a loop always is.
          if (manifest || (e as NodeJS.ErrnoException).code === 'ELOOP') yield { error: `cannot read ${path}: ${describeError(e)}` };
          continue;
        }
      }
      if (isDir && !SKIPPED_DIRS.has(entry.name)) yield* visit(path);
      // A plain file's real path is its real folder's plus its name; a linked one's is found when it is needed.
      else if (isFile && manifest && !isConfigFile(path)) yield entry.isSymbolicLink() ? { file: path } : { file: path, real: join(real, entry.name) };
    }
  }
  yield* visit(root);
}

/** The charts and kustomizations among the files under `paths`, rendered and judged (not yet counted). */
export async function renderedTree(paths: string[], run: Run, options: Settings, excluded?: (path: string) => boolean): Promise<RenderedTree> {
  if (paths.includes('-')) return { claims: () => false, results: [] };
  const files = filter(manifestFiles(paths, excluded), (e): e is { file: string; real?: string } => 'file' in e);
  const kubeVersion = options.versionAsked ? options.k8sVersion : undefined;
  return renderTree(files, run, { charts: options.config?.charts, kubeVersion });
}

/** The items kept, one at a time. */
export function filter<T, U extends T>(items: Iterable<T>, keep: (item: T) => item is U): Generator<U>;
export function filter<T>(items: Iterable<T>, keep: (item: T) => boolean): Generator<T>;
export function* filter<T>(items: Iterable<T>, keep: (item: T) => boolean): Generator<T> {
  for (const item of items) if (keep(item)) yield item;
}

/** The entries that are not a rendered chart's or kustomization's files. */
export function* unclaimed(entries: Iterable<FileEntry>, tree: RenderedTree): Generator<FileEntry> {
  for (const entry of entries) if (!('file' in entry) || entry.file === '-' || !tree.claims(entry.file, entry.real)) yield entry;
}
