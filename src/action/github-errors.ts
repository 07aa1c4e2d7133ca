// GitHub API failures in one line each, with what they usually mean; never the token or a stack trace.

export const statusOf = (e: unknown): number | undefined => (e as { status?: number }).status;

/** A one-line account of an API failure, with what it usually means; `need` is the permission the call takes. */
export function apiProblem(e: unknown, need?: string): string {
  const status = statusOf(e);
  const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
  if (status === 403 && /rate limit/i.test(message)) return `GitHub API rate limit reached (${message})`;
  if (status === 403 && need) return `GitHub refused access (403: ${message}); the job's token needs \`${need}\` in its \`permissions\``;
  if (status === 403) return `GitHub refused access (403: ${message}); pull requests from forks get a read-only token`;
  if (status === 404) return `GitHub answered 404 (${message}); check the token's access to this repository`;
  return status ? `GitHub API error ${status} (${message})` : `GitHub API request failed (${message})`;
}

/** Whether GitHub refused for want of a permission (not a rate limit). */
export function forbidden(e: unknown): boolean {
  return statusOf(e) === 403 && !/rate limit/i.test(e instanceof Error ? e.message : String(e));
}

/** The one warning for a token that may not write the review: what to grant, and why a fork cannot. */
export function cannotWrite(e: unknown, fork: boolean): string {
  const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
  const why = fork
    ? 'this pull request comes from a fork, and GitHub gives fork pull requests a read-only token whatever the workflow asks'
    : 'grant `pull-requests: write` in the job\'s `permissions`';
  return `GitHub refused the review (403: ${message}): the token cannot write to this pull request; ${why}. No review was posted; the annotations, this summary and the exit code are complete without it.`;
}

/** The texts of a 422 answer's errors (strings or objects), as GitHub sends them. */
export function validationErrors(e: unknown): string[] {
  const errors = (e as { response?: { data?: { errors?: unknown[] } } }).response?.data?.errors;
  return Array.isArray(errors) ? errors.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))) : [];
}
