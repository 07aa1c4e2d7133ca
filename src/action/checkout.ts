// Which commit the workspace holds, and where each changed file's pull-request version comes from. GitHub's patches
// number lines as at the pull request's head, but actions/checkout gives `pull_request` the merge commit
// (refs/pull/N/merge, whose lines differ where the base moved on) and `pull_request_target` the base branch. A file
// whose workspace copy is the head's blob (the listing's `sha`) is read from the workspace; any other from the head
// commit in git, else through the contents API at the head.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { LIMITS } from '../source/parse.js';

const short = (sha: string) => sha.slice(0, 7);

function git(workspace: string, ...args: string[]): Buffer | undefined {
  try {
    return execFileSync('git', args, { cwd: workspace, maxBuffer: LIMITS.maxFileBytes + 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** The blob id git gives these bytes, as the pull-request listing's `sha` names a file's head version. */
export function blobSha(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export interface Checkout {
  /** Whether the workspace is the pull request's head (or cannot be told apart from it: no git). */
  isHead: boolean;
  /** Whether the head commit's files can be read from git. */
  headInGit: boolean;
  /** Why the workspace is not the head, for the log; empty when it is. */
  says: string;
}

export function describeCheckout(workspace: string, headSha: string): Checkout {
  const checkedOut = git(workspace, 'rev-parse', 'HEAD')?.toString().trim();
  // Not a git checkout: its files are all there is.
  if (!checkedOut || checkedOut === headSha) return { isHead: true, headInGit: !!checkedOut, says: '' };
  // Parents are listed in the commit object even in a shallow clone that lacks them.
  const parents = [...(git(workspace, 'cat-file', '-p', checkedOut)?.toString() ?? '').matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]);
  const what = parents.length === 2 && parents[1] === headSha
    ? `the merge commit ${short(checkedOut)} of the pull request into its base, not its head ${short(headSha)}`
    : `commit ${short(checkedOut)}, not the pull request's head ${short(headSha)} (under pull_request_target, usually the base branch)`;
  return { isHead: false, headInGit: !!git(workspace, 'cat-file', '-e', `${headSha}^{commit}`), says: `The workspace is ${what}` };
}

export type HeadFile = { bytes: Uint8Array } | { problem: string };

/** A file as at the head commit in git: a symbolic link or a submodule is refused, as in the workspace. */
export function headFromGit(workspace: string, sha: string, path: string): HeadFile {
  const entry = git(workspace, 'ls-tree', sha, '--', path)?.toString() ?? '';
  const mode = /^(\d+) /.exec(entry)?.[1];
  if (!mode) return { problem: `it is not in the head commit ${short(sha)}` };
  if (mode === '120000') return { problem: 'it is a symbolic link' };
  if (!mode.startsWith('100')) return { problem: 'it is not a regular file' };
  if (Number(git(workspace, 'cat-file', '-s', `${sha}:${path}`)?.toString()) > LIMITS.maxFileBytes) return { problem: 'it is over the size limit' };
  const bytes = git(workspace, 'cat-file', 'blob', `${sha}:${path}`);
  return bytes ? { bytes } : { problem: `git could not read it at ${short(sha)}` };
}
