// Posts the review in one create-review call, each comment checked against its file's patch first so that one bad
// comment cannot sink the rest. If GitHub still refuses (422), the comments its answer names are dropped and the call
// is made once more; otherwise the findings stay annotations only. A token that may not write (403: a fork's
// read-only token, a missing permission) is one warning, never a failed job.
import type { getOctokit } from '@actions/github';
import type { Finding } from '../engine/finding.js';
import { count } from '../format/plural.js';
import { apiProblem, cannotWrite, forbidden, statusOf, validationErrors } from './github-errors.js';
import { postedKeys, reviewBody, reviewComments, unresolvable, type Diff, type OutsideFix, type ReviewComment } from './review.js';

type Octokit = ReturnType<typeof getOctokit>;

export interface ReviewTarget {
  owner: string;
  repo: string;
  pull_number: number;
  /** The head commit the comments' lines refer to. */
  commit_id: string;
  /** Whether the head lives in a fork, whose token GitHub makes read-only. */
  fork: boolean;
}

export interface ReviewFile {
  file: string;
  text: string;
  findings: Finding[];
  diff: Diff;
}

/** What the log and summary should say: notes, and at most one warning. */
export interface ReviewOutcome {
  notes: string[];
  warning?: string;
}

/** Indexes of the comments a 422 answer names ("comments[2]", or a comment's path and line). */
export function namedComments(e: unknown, comments: ReviewComment[]): Set<number> {
  const named = new Set<number>();
  for (const text of validationErrors(e)) {
    for (const m of text.matchAll(/comments\[(\d+)\]/g)) if (Number(m[1]) < comments.length) named.add(Number(m[1]));
    comments.forEach((c, i) => {
      if (text.includes(`${c.path}:${c.line}`)) named.add(i);
    });
  }
  return named;
}

export async function postReview(octokit: Octokit, target: ReviewTarget, files: ReviewFile[], newFindings: number, options: { unsafeSuggestions: boolean }): Promise<ReviewOutcome> {
  const { fork, commit_id, ...pull } = target;
  const failed = (e: unknown, what: string): ReviewOutcome => ({
    notes: [],
    warning: forbidden(e) ? cannotWrite(e, fork) : `${apiProblem(e)}: ${what}; the annotations and this summary are complete.`,
  });

  let posted: Set<string>;
  try {
    const earlier = await octokit.paginate(octokit.rest.pulls.listReviewComments, { ...pull, per_page: 100 });
    const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { ...pull, per_page: 100 });
    posted = postedKeys(earlier, reviews.map((r) => r.body));
  } catch (e) {
    return failed(e, 'could not read the earlier review comments, so no review was posted');
  }

  const notes: string[] = [];
  const diffs = new Map(files.map((f) => [f.file, f.diff]));
  let comments: ReviewComment[] = [];
  const outside: OutsideFix[] = [];
  for (const f of files) {
    const drafted = reviewComments(f.file, f.text, f.findings, f.diff, posted, options);
    comments.push(...drafted.comments);
    outside.push(...drafted.outside);
  }
  // Checked against the patch before the call: GitHub rejects a whole review for one comment it cannot place.
  const misplaced = comments.filter((c) => unresolvable(c, diffs.get(c.path)));
  if (misplaced.length > 0) {
    notes.push(`${count(misplaced.length, 'comment was', 'comments were')} left out of the review: ${misplaced.map((c) => `${c.path}:${c.line} (${unresolvable(c, diffs.get(c.path))})`).join(', ')}.`);
    comments = comments.filter((c) => !misplaced.includes(c));
  }
  if (comments.length === 0 && outside.length === 0) return { notes: [...notes, 'No new review comment to post.'] };

  const create = (list: ReviewComment[]) =>
    octokit.rest.pulls.createReview({ ...pull, commit_id, event: 'COMMENT', body: reviewBody(newFindings, list.length, outside), comments: list });
  const posting = `Posted a review with ${count(comments.length, 'comment')}${outside.length > 0 ? ` and ${count(outside.length, 'fix', 'fixes')} outside the diff in its body` : ''}.`;
  try {
    await create(comments);
    return { notes: [...notes, posting] };
  } catch (e) {
    if (statusOf(e) !== 422) return failed(e, 'the review with suggestions was not posted');
    const named = namedComments(e, comments);
    const rejected = `GitHub rejected the review (${apiProblem(e)})`;
    if (named.size === 0) return { notes, warning: `${rejected} without naming a comment: no review was posted, and the findings are in the annotations and this summary only.` };
    const kept = comments.filter((_, i) => !named.has(i));
    try {
      if (kept.length === 0 && outside.length === 0) throw e;
      await create(kept);
      const names = [...named].map((i) => `${comments[i].path}:${comments[i].line}`).join(', ');
      return { notes: [...notes, `GitHub refused ${count(named.size, 'comment')} (${names}); the review was posted without them, and their findings are in the annotations.`, `Posted a review with ${count(kept.length, 'comment')}.`] };
    } catch (again) {
      return { notes, warning: `${rejected}, and again without the ${count(named.size, 'comment')} it named (${apiProblem(again)}): no review was posted; the findings are in the annotations and this summary only.` };
    }
  }
}
