// What a pull request changed: its files (as the REST API lists them), the lines each patch adds, and which paths
// are safe to read: only regular files inside the workspace, whatever the file list claims.
import { lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parsePatch } from 'diff';
import { minimatch } from 'minimatch';

/** The fields of a pull-request file we use (GET /repos/{owner}/{repo}/pulls/{n}/files). */
export interface PullFile {
  filename: string;
  status: string;
  previous_filename?: string;
  /** Omitted for a pure rename, a binary file, or a diff too large for the API. */
  patch?: string;
  /** The file's blob at the head. */
  sha?: string | null;
}

/** The new-file line ranges (1-based, inclusive) of the patch's hunks, context lines included. */
export function hunkRanges(patch: string | undefined): Array<[number, number]> {
  if (!patch) return [];
  return (parsePatch(patch)[0]?.hunks ?? []).filter((h) => h.newLines > 0).map((h) => [h.newStart, h.newStart + h.newLines - 1]);
}

/** Lines (1-based, in the new file) that the patch adds or changes. */
export function addedLines(patch: string | undefined): Set<number> {
  const added = new Set<number>();
  if (!patch) return added; // a pure rename, or a patch too large for the API to include
  for (const hunk of parsePatch(patch)[0]?.hunks ?? []) {
    let line = hunk.newStart;
    for (const l of hunk.lines) {
      if (l.startsWith('+')) added.add(line++);
      else if (l.startsWith(' ')) line++;
      // '-' lines exist only in the old file; '\' marks "no newline at end of file".
    }
  }
  return added;
}

export function parsePaths(input: string): string[] {
  return input.split(/[\n,]/).map((p) => p.trim()).filter((p) => p !== '');
}

export function matchesPaths(file: string, patterns: string[]): boolean {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const match = (p: string) => minimatch(file, p, { dot: true, matchBase: !p.includes('/') });
  return include.some(match) && !exclude.some(match);
}

/** Why a repository-relative path must not be read, or undefined when it is a regular file inside the workspace. */
export function refusal(workspace: string, file: string): string | undefined {
  if (isAbsolute(file) || file.split(/[\\/]/).includes('..')) return 'the path leaves the workspace';
  const full = resolve(workspace, file);
  if (!full.startsWith(resolve(workspace) + sep)) return 'the path leaves the workspace';
  let stat;
  try {
    stat = lstatSync(full);
  } catch {
    return undefined; // missing: not read, and nothing to refuse (a removed file, say)
  }
  if (stat.isSymbolicLink()) return 'it is a symbolic link';
  if (!stat.isFile()) return 'it is not a regular file';
  // A symlinked directory on the way can still lead outside.
  const real = realpathSync(full);
  const root = realpathSync(workspace);
  if (relative(root, real).startsWith('..') || isAbsolute(relative(root, real))) return 'the path leaves the workspace through a symbolic link';
  return undefined;
}

export interface ChangedFile {
  file: string;
  added: Set<number>;
  /** Set for pull-request files: how GitHub lists them. */
  status?: string;
  previous?: string;
  /** The right-side lines of each hunk of the file's patch: none when GitHub sent no patch. */
  hunks?: Array<[number, number]>;
  /** The file's blob at the head, as the listing names it. */
  sha?: string;
}

export interface PullSelection {
  files: ChangedFile[];
  refused: Array<{ file: string; reason: string }>;
}

/**
 * The PR's files to scan: added, modified, renamed or changed, matching `paths`, safe to read, and present in the
 * workspace when it holds the head (otherwise they are read from the head commit).
 */
export function selectPullFiles(workspace: string, files: PullFile[], patterns: string[], workspaceIsHead = true): PullSelection {
  const selection: PullSelection = { files: [], refused: [] };
  for (const f of files) {
    if (f.status === 'removed') continue;
    // Every listed path is checked, matched or not: a PR must not be able to point the scan outside.
    const reason = refusal(workspace, f.filename);
    if (reason) {
      selection.refused.push({ file: f.filename, reason });
      continue;
    }
    if (!['added', 'modified', 'renamed', 'changed', 'copied'].includes(f.status) || !matchesPaths(f.filename, patterns)) continue;
    if (workspaceIsHead) {
      try {
        if (!lstatSync(resolve(workspace, f.filename)).isFile()) continue;
      } catch {
        continue;
      }
    }
    selection.files.push({ file: f.filename, added: addedLines(f.patch), status: f.status, previous: f.previous_filename, hunks: hunkRanges(f.patch), ...(f.sha ? { sha: f.sha } : {}) });
  }
  return selection;
}
