// Where a changed file's two versions come from. The head: the workspace when it holds the head (or the file's blob
// there is the head's), else the head commit in git, else the contents API. The base: git when the base commit is in
// the checkout, else the contents API. Each API read is bounded; what cannot be read is said, never guessed.
import { resolve } from 'node:path';
import { LIMITS } from '../source/parse.js';
import { describeError, readBounded } from '../source/read.js';
import { baseFromGit, type Base } from './baseline.js';
import { blobSha, headFromGit, type Checkout, type HeadFile } from './checkout.js';
import { apiProblem, statusOf } from './github-errors.js';
import type { ChangedFile } from './pull-request.js';

// Base versions, and apart head versions, fetched through the REST API when the checkout lacks them, at most.
export const MAX_API_READS = 300;

export interface VersionSources {
  workspace: string;
  /** The pull request's commits; absent on other events, whose files are the workspace's. */
  pr?: { head: { sha: string }; base?: { sha: string } };
  checkout: Checkout;
  /** A file at a commit through the contents API (raw); absent without a token. */
  fetch?: (path: string, ref: string) => Promise<string>;
  note: (text: string) => void;
}

export class Versions {
  private apiHeads = 0;
  private apiBases = 0;
  private approximate = false;

  constructor(private readonly from: VersionSources) {}

  /** A changed file as the pull request has it, whatever commit the workspace holds. */
  async head(target: ChangedFile): Promise<HeadFile> {
    const { workspace, pr, checkout, fetch } = this.from;
    let local: HeadFile;
    try {
      local = { bytes: readBounded(resolve(workspace, target.file)) };
    } catch (e) {
      local = { problem: describeError(e) };
    }
    if (!pr || checkout.isHead) return local;
    // A merge commit mostly holds the head's version of a file; the listing's blob id tells.
    if ('bytes' in local && target.sha && blobSha(local.bytes) === target.sha) return local;
    if (checkout.headInGit) return headFromGit(workspace, pr.head.sha, target.file);
    if (fetch && ++this.apiHeads <= MAX_API_READS) {
      try {
        return { bytes: Buffer.from((await fetch(target.file, pr.head.sha)).slice(0, LIMITS.maxFileBytes + 1)) };
      } catch (e) {
        if (!('bytes' in local)) return { problem: `the pull request's version could not be read (${apiProblem(e)})` };
      }
    }
    if (!('bytes' in local)) return { problem: "the pull request's version could not be read, and the workspace has none" };
    if (!this.approximate) {
      this.approximate = true;
      const why = fetch ? `over ${MAX_API_READS} through the API, or an API error` : 'no github-token';
      this.from.note(`${checkout.says}, and the pull request's own version of some files could not be read (${why}): their workspace copies were scanned, so findings and lines there may not be the pull request's. Check out the head (\`ref: \${{ github.event.pull_request.head.sha }}\`) to avoid this.`);
    }
    return local;
  }

  /** A changed file's base version, or why it cannot be had. */
  async base(target: ChangedFile): Promise<Base> {
    const { workspace, pr, fetch } = this.from;
    const path = target.previous ?? target.file;
    const sha = pr?.base?.sha;
    if (!sha) return { problem: 'the event has no base commit' };
    const fromGit = baseFromGit(workspace, sha, path);
    if (fromGit) return fromGit;
    // Beyond GitHub's listing, files are many and mostly unchanged: the API is not asked for each.
    if (target.status === 'unlisted') return { problem: 'the base commit is not in the checkout' };
    if (!fetch) return { problem: 'the base commit is not in the checkout, and there is no github-token' };
    if (++this.apiBases > MAX_API_READS) return { problem: `the base commit is not in the checkout, and more than ${MAX_API_READS} base files would have to be fetched through the API` };
    try {
      const text = await fetch(path, sha);
      if (text.length > LIMITS.maxFileBytes) return { problem: 'the base version is over the size limit' };
      return { text, via: 'api' };
    } catch (e) {
      if (statusOf(e) === 404) return { problem: '404 from the contents API, and the base commit is not in the checkout' };
      return { problem: apiProblem(e, 'contents: read') };
    }
  }
}
