// The Action where real pull requests differ from the happy path, against a stand-in that answers as GitHub does: a
// base it cannot read, renames and files without a patch, a token that may not write, a review GitHub refuses in part,
// pull_request_target and merge-commit checkouts, GitHub's 3,000-file listing and its annotation limits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addedByPatch, deployment as passing, FakeGitHub, LISTED_FILES_LIMIT, prPayload, rightSideHunks, runAction, Workspace, type PostedReview } from './action-harness.js';
import { STACK_TRACE } from './cli.js';

/** A Deployment that passes hardened, with `container` lines at the end of its one container. */
const deployment = (name: string, container = '') => passing(name, { container });

const PRIVILEGED = '            privileged: true\n';
const HOST_PORT = '          ports: [{containerPort: 80, hostPort: 80}]\n';
const WRITABLE_ROOT = (text: string) => text.replace('readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false');

const lineIn = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const lineOf = (dir: string, file: string, needle: string) => lineIn(readFileSync(join(dir, file), 'utf8'), needle);
const shown = (run: { annotations: Array<{ props: Record<string, string> }> }) => run.annotations.map((a) => `${a.props.file}:${a.props.line} ${a.props.title}`);
const warnings = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::warning::'));

/** Every comment of an accepted review sits where GitHub resolves it: one hunk of its file's patch, right side. */
function resolvable(api: FakeGitHub, review: PostedReview): void {
  for (const c of review.comments) {
    const hunks = rightSideHunks(api.files.find((f) => f.filename === c.path)?.patch);
    expect(c.side).toBe('RIGHT');
    expect(hunks.some(([a, b]) => a <= (c.start_line ?? c.line) && c.line <= b), `${c.path}:${c.line}`).toBe(true);
    expect(Object.keys(c).sort()).toEqual(expect.arrayContaining(['body', 'line', 'path', 'side']));
    expect(c).not.toHaveProperty('subject_type');
  }
}

let api: FakeGitHub;
beforeEach(() => {
  api = new FakeGitHub();
});
afterEach(() => api.stop());

describe('a base it cannot read', () => {
  it('a 404 on the contents API with no base in git: only findings on added lines are new, said once, and after the findings', async () => {
    // The base already runs privileged (debt); the pull request makes the root file system writable on an added line.
    const ws = new Workspace({ 'apps/web.yaml': deployment('web', PRIVILEGED) });
    ws.write({ 'apps/web.yaml': WRITABLE_ROOT(deployment('web', PRIVILEGED)) });
    ws.commit();
    api.files = ws.files();
    const run = await runAction({ workspace: ws.headOnly(), apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws) });

    // Octokit sends the path's slashes encoded, which GitHub accepts.
    expect(api.requests.map((r) => `${r.method} ${decodeURIComponent(r.path)}`)).toEqual(['GET /repos/octo/shop/pulls/7/files', 'GET /repos/octo/shop/contents/apps/web.yaml']);
    expect(shown(run)).toEqual([`apps/web.yaml:${lineOf(ws.dir, 'apps/web.yaml', 'readOnlyRootFilesystem: false')} read-only-root-filesystem`]);
    expect(run.annotations[0].message).toContain('it is on a line the pull request adds (the base version could not be read)');
    // The privileged container sits on a context line: pre-existing, so fail-on error does not count it.
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ findings: '1', new: '1', 'pre-existing': '1', errors: '0' });
    const said = 'Base of `apps/web.yaml` not readable (404 from the contents API, and the base commit is not in the checkout): new findings in it are those on lines the pull request adds.';
    expect(warnings(run.stdout)).toEqual([`::warning::${said}`]);
    expect(run.summary).toContain(`- ${said}`);
    // GitHub shows the first annotations of each level: the findings come before the run's own warnings.
    const lines = run.stdout.split('\n');
    expect(lines.findIndex((l) => l.startsWith('::warning title=read-only-root-filesystem'))).toBeLessThan(lines.findIndex((l) => l.startsWith('::warning::Base of')));
  });

  it('git has the base commit but not the file GitHub calls modified: the same fallback, in git\'s words', async () => {
    const ws = new Workspace({ 'README.md': '# shop\n' });
    const older = ws.base;
    ws.write({ 'apps/web.yaml': deployment('web', PRIVILEGED) });
    ws.commit();
    ws.base = ws.head;
    ws.write({ 'apps/web.yaml': WRITABLE_ROOT(deployment('web', PRIVILEGED)) });
    ws.commit();
    api.files = ws.files();
    expect(api.files.map((f) => f.status)).toEqual(['modified']);
    // The event names a base commit that lacks the file (one the pull request's branch started before, say).
    const payload = prPayload(ws);
    payload.pull_request.base.sha = older;
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request', payload });
    expect(shown(run).map((s) => s.split(' ')[1])).toEqual(['read-only-root-filesystem']);
    expect(run.summary).toContain(`- Base of \`apps/web.yaml\` not readable (it is not in the base commit ${older.slice(0, 7)}): new findings in it are those on lines the pull request adds.`);
    expect(api.requests.filter((r) => r.path.includes('/contents/'))).toEqual([]);
  });

  it('a pure rename has no patch: with no base anywhere nothing in it is new, and no review comment is attempted', async () => {
    const ws = new Workspace({ 'old/web.yaml': deployment('web', PRIVILEGED) });
    ws.move('old/web.yaml', 'new/web.yaml');
    ws.commit();
    api.files = ws.files();
    expect(api.files).toEqual([expect.objectContaining({ filename: 'new/web.yaml', status: 'renamed', previous_filename: 'old/web.yaml' })]);
    expect(api.files[0]).not.toHaveProperty('patch');
    const run = await runAction({ workspace: ws.headOnly(), apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws), inputs: { suggestions: 'true' } });

    expect(api.requests.filter((r) => r.path.includes('/contents/')).map((r) => decodeURIComponent(r.path))).toEqual(['/repos/octo/shop/contents/old/web.yaml']);
    expect(run.annotations).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ new: '0', 'pre-existing': '1' });
    expect(run.summary).toContain('- Base of `old/web.yaml` not readable (404 from the contents API, and the base commit is not in the checkout): GitHub sent no diff for it either, so its findings count as pre-existing.');
    expect(api.requests.filter((r) => r.method === 'POST')).toEqual([]);
    expect(run.summary).toContain('No new review comment to post.');
  });
});

describe('files without a patch and fixes outside the diff', () => {
  it('a modified file GitHub sends without a patch: compared with its base, said so, and its fix goes in the review body', async () => {
    const ws = new Workspace({ 'big.yaml': deployment('big') });
    ws.write({ 'big.yaml': deployment('big', PRIVILEGED) });
    ws.commit();
    // GitHub omits `patch` for a diff too large to show.
    api.files = ws.files().map(({ patch, ...f }) => f);
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws), inputs: { suggestions: 'true' } });

    expect(shown(run)).toEqual([`big.yaml:${lineOf(ws.dir, 'big.yaml', 'privileged: true')} privileged`]);
    expect(run.summary).toContain('- GitHub sent no diff for `big.yaml` (a binary file or a diff too large to show): new findings there come from the comparison with the base, and no review comment can be placed on them.');
    expect(api.reviews).toHaveLength(1);
    expect(api.reviews[0].comments).toEqual([]);
    expect(api.reviews[0].body).toContain(`**\`big.yaml\`, line ${lineOf(ws.dir, 'big.yaml', 'privileged: true')}**: **Unsafe fix**`);
    expect(api.reviews[0].body).toContain('-            privileged: true\n+            privileged: false');
    expect(warnings(run.stdout)).toEqual([expect.stringContaining('GitHub sent no diff for `big.yaml`')]);

    // The body's marker keeps the next run from listing the same fix again.
    const again = await runAction({ workspace: ws.dir, apiUrl: api.baseUrl, event: 'pull_request', payload: prPayload(ws), inputs: { suggestions: 'true' } });
    expect(api.reviews).toHaveLength(1);
    expect(again.summary).toContain('No new review comment to post.');
  });

  it('suggests only on ranges holding an added line, never for a finding the pull request did not introduce', async () => {
    // The base has a writable root file system (debt, fixable); the pull request adds privileged on the next lines.
    const ws = new Workspace({ 'app.yaml': WRITABLE_ROOT(deployment('app')) });
    ws.write({ 'app.yaml': WRITABLE_ROOT(deployment('app', PRIVILEGED + HOST_PORT)) });
    ws.commit();
    api.files = ws.files();
    const added = addedByPatch(api.files[0].patch);
    const debt = lineOf(ws.dir, 'app.yaml', 'readOnlyRootFilesystem: false');
    // The debt's line is inside the hunk, as context: GitHub would take a comment there.
    expect(rightSideHunks(api.files[0].patch).some(([a, b]) => a <= debt && debt <= b)).toBe(true);
    expect(added.has(debt)).toBe(false);
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws), inputs: { suggestions: 'true' } });

    expect(api.reviews).toHaveLength(1);
    const review = api.reviews[0];
    resolvable(api, review);
    expect(review.comments.map((c) => c.line)).toEqual([lineOf(ws.dir, 'app.yaml', 'privileged: true'), lineOf(ws.dir, 'app.yaml', 'hostPort')]);
    for (const c of review.comments) expect([...Array(c.line - (c.start_line ?? c.line) + 1).keys()].some((i) => added.has((c.start_line ?? c.line) + i))).toBe(true);
    expect(review.body).not.toContain('read-only-root-filesystem');
    expect(run.outputs).toMatchObject({ new: '2', 'pre-existing': '1' });
  });
});

describe('a token that may not write', () => {
  it('a fork\'s read-only token (403 on the review): one warning naming the reason, annotations, summary and exit code intact, no token printed', async () => {
    const ws = new Workspace({ 'app.yaml': deployment('app') });
    ws.write({ 'app.yaml': deployment('app', PRIVILEGED) });
    ws.commit();
    api.files = ws.files();
    api.failures.set('POST reviews', [403]);
    const token = 'ghs_s3cretTokenValue0123456789';
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws, 7, { fork: true }), inputs: { suggestions: 'true', 'github-token': token } });

    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(warnings(run.stdout)).toEqual([
      '::warning::GitHub refused the review (403: Resource not accessible by integration - https://docs.github.com/rest): the token cannot write to this pull request; this pull request comes from a fork, and GitHub gives fork pull requests a read-only token whatever the workflow asks. No review was posted; the annotations, this summary and the exit code are complete without it.',
    ]);
    expect(shown(run)).toEqual([`app.yaml:${lineOf(ws.dir, 'app.yaml', 'privileged: true')} privileged`]);
    expect(run.summary).toContain('this pull request comes from a fork');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::podguard: 1 new finding at or above error/m);
    for (const text of [run.stdout, run.stderr, run.summary]) expect(text).not.toContain(token);
    expect(run.stderr).not.toMatch(STACK_TRACE);

    // Without findings at or above fail-on, the missing permission alone never fails the job.
    api.failures.set('POST reviews', [403]);
    const passing = await runAction({ workspace: ws.dir, apiUrl: api.baseUrl, event: 'pull_request', payload: prPayload(ws, 7, { fork: true }), inputs: { suggestions: 'true', 'fail-on': 'never' } });
    expect(passing.code).toBe(0);
  });
});

describe('a review GitHub refuses', () => {
  function twoFiles(): Workspace {
    const ws = new Workspace({ 'a.yaml': deployment('a'), 'b.yaml': deployment('b') });
    ws.write({ 'a.yaml': deployment('a', PRIVILEGED), 'b.yaml': WRITABLE_ROOT(deployment('b')) });
    ws.commit();
    api.files = ws.files();
    return ws;
  }

  it('a 422 naming some comments: posted again once without them, and said so', async () => {
    const ws = twoFiles();
    api.refuse = (c) => c.path === 'b.yaml';
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws), inputs: { suggestions: 'true' } });

    const posts = api.requests.filter((r) => r.method === 'POST');
    expect(posts.map((p) => p.body.comments.map((c: { path: string }) => c.path))).toEqual([['a.yaml', 'b.yaml'], ['a.yaml']]);
    expect(api.reviews).toHaveLength(1);
    resolvable(api, api.reviews[0]);
    const bLine = lineOf(ws.dir, 'b.yaml', 'readOnlyRootFilesystem: false');
    expect(run.summary).toContain(`- GitHub refused 1 comment (b.yaml:${bLine}); the review was posted without them, and their findings are in the annotations.`);
    expect(shown(run)).toEqual([`a.yaml:${lineOf(ws.dir, 'a.yaml', 'privileged: true')} privileged`, `b.yaml:${bLine} read-only-root-filesystem`]);
    expect(warnings(run.stdout).filter((w) => !w.includes('title='))).toEqual([]);
  });

  it('a 422 naming no comment: no second try, the findings stay annotations, one warning', async () => {
    const ws = twoFiles();
    api.failures.set('POST reviews', [{ status: 422, body: { message: 'Unprocessable Entity', errors: ['Line could not be resolved'], status: '422' } }]);
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws), inputs: { suggestions: 'true' } });
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(warnings(run.stdout).filter((w) => !w.includes('title='))).toEqual([
      expect.stringMatching(/^::warning::GitHub rejected the review \(GitHub API error 422 \(Unprocessable Entity: "Line could not be resolved".*\)\) without naming a comment: no review was posted, and the findings are in the annotations and this summary only\.$/),
    ]);
    expect(run.annotations).toHaveLength(2);
    expect(run.code).toBe(1);
  });

  it('a 422 again after dropping the named comments: annotations only, one warning', async () => {
    const ws = twoFiles();
    api.refuse = (c) => c.path === 'b.yaml';
    api.failures.set('POST reviews', [{ status: 422, body: { message: 'Unprocessable Entity', errors: ['comments[1] could not be resolved'] } }, { status: 422, body: { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] } }]);
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws), inputs: { suggestions: 'true' } });
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
    expect(api.reviews).toEqual([]);
    expect(run.summary).toMatch(/GitHub rejected the review \(.*\), and again without the 1 comment it named \(.*\): no review was posted; the findings are in the annotations and this summary only\./);
  });
});

describe('what the workspace holds', () => {
  /** A pull request that adds a privileged container. */
  function privilegedPullRequest(): { ws: Workspace; headLine: number } {
    const ws = new Workspace({ 'app.yaml': deployment('app') });
    ws.write({ 'app.yaml': deployment('app', PRIVILEGED) });
    ws.commit();
    api.files = ws.files();
    return { ws, headLine: lineIn(ws.textAt(ws.head, 'app.yaml'), 'privileged: true') };
  }

  it('pull_request_target with the base checked out: the head is read from git, lines are the head\'s', async () => {
    const { ws, headLine } = privilegedPullRequest();
    ws.checkout(ws.base);
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request_target', payload: prPayload(ws), inputs: { suggestions: 'true' } });
    expect(shown(run)).toEqual([`app.yaml:${headLine} privileged`]);
    expect(run.stdout).toContain(`podguard: The workspace is commit ${ws.base.slice(0, 7)}, not the pull request's head ${ws.head.slice(0, 7)} (under pull_request_target, usually the base branch); each changed file is read as at the head: from the workspace when its copy is the head's, else from the head commit in git.`);
    expect(api.requests.filter((r) => r.path.includes('/contents/'))).toEqual([]);
    expect(api.reviews[0].comments.map((c) => c.line)).toEqual([headLine]);
    expect(run.code).toBe(1);
  });

  it('pull_request_target with a shallow base checkout: the head and base come through the contents API', async () => {
    const { ws, headLine } = privilegedPullRequest();
    api.contents.set(`${ws.head}:app.yaml`, ws.textAt(ws.head, 'app.yaml'));
    api.contents.set(`${ws.base}:app.yaml`, ws.textAt(ws.base, 'app.yaml'));
    const run = await runAction({ workspace: ws.copyOf(ws.base), apiUrl: await api.start(), event: 'pull_request_target', payload: prPayload(ws) });
    expect(api.requests.filter((r) => r.path.includes('/contents/')).map((r) => r.query.get('ref'))).toEqual([ws.head, ws.base]);
    expect(shown(run)).toEqual([`app.yaml:${headLine} privileged`]);
    expect(run.outputs).toMatchObject({ new: '1', 'pre-existing': '0' });
  });

  it('pull_request_target with the head checked out reads the workspace, as pull_request does', async () => {
    const { ws, headLine } = privilegedPullRequest();
    const target = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request_target', payload: prPayload(ws) });
    const plain = await runAction({ workspace: ws.dir, apiUrl: api.baseUrl, event: 'pull_request', payload: prPayload(ws) });
    expect(shown(target)).toEqual([`app.yaml:${headLine} privileged`]);
    expect(target.annotations).toEqual(plain.annotations);
    expect(target.stdout).not.toContain('The workspace is');
  });

  it('a merge-commit checkout (refs/pull/N/merge) whose lines moved: findings at the head\'s lines, not the merge\'s', async () => {
    const { ws, headLine } = privilegedPullRequest();
    const { merge } = ws.merge({ 'app.yaml': `# owned by the platform team\n# reviewed quarterly\n${deployment('app')}` });
    const mergeLine = lineOf(ws.dir, 'app.yaml', 'privileged: true');
    expect(mergeLine).toBe(headLine + 2);
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws), inputs: { suggestions: 'true' } });
    expect(shown(run)).toEqual([`app.yaml:${headLine} privileged`]);
    expect(run.stdout).toContain(`podguard: The workspace is the merge commit ${merge.slice(0, 7)} of the pull request into its base, not its head ${ws.head.slice(0, 7)}`);
    resolvable(api, api.reviews[0]);
    expect(api.reviews[0].comments.map((c) => c.line)).toEqual([headLine]);
  });

  it('a merge commit whose copy of a file is the head\'s is read from the workspace (the listing\'s blob id agrees)', async () => {
    const ws = new Workspace({ 'app.yaml': deployment('app'), 'other.yaml': deployment('other') });
    ws.write({ 'app.yaml': deployment('app', PRIVILEGED) });
    ws.commit();
    api.files = ws.files();
    ws.merge({ 'other.yaml': `# moved on\n${deployment('other')}` });
    // Shallow: no head commit in git, so a differing blob would need the API, which has nothing to serve.
    const run = await runAction({ workspace: ws.copyOf('HEAD'), apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws) });
    expect(api.requests.filter((r) => r.path.includes('/contents/')).map((r) => r.query.get('ref'))).toEqual([ws.base]);
    expect(shown(run)).toEqual([`app.yaml:${lineOf(ws.dir, 'app.yaml', 'privileged: true')} privileged`]);
  });
});

describe('GitHub\'s limits', () => {
  it('a pull request of more than 3,000 files: the listing stops there; the manifests it did not list are scanned and compared in git', async () => {
    const ws = new Workspace({ 'k8s/app.yaml': deployment('app'), 'k8s/same.yaml': deployment('same', HOST_PORT) });
    ws.write({ 'k8s/app.yaml': deployment('app', PRIVILEGED) });
    ws.commit();
    const docs = Array.from({ length: LISTED_FILES_LIMIT }, (_, i) => ({ filename: `docs/page-${i}.md`, status: 'added', patch: '@@ -0,0 +1 @@\n+text' }));
    api.files = [...docs, ...ws.files()];
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws, 7, { changedFiles: api.files.length }) });

    expect(api.requests.filter((r) => r.path.endsWith('/files'))).toHaveLength(LISTED_FILES_LIMIT / 100);
    const said = 'GitHub lists at most 3,000 files of a pull request, and this one changes 3,001: so the 2 manifests under `paths` it did not list were scanned in full, each compared with its base in git';
    expect(run.summary).toContain(said);
    expect(run.stdout).toContain(`::warning::${said}`);
    expect(shown(run)).toEqual([`k8s/app.yaml:${lineOf(ws.dir, 'k8s/app.yaml', 'privileged: true')} privileged`]);
    expect(run.outputs).toMatchObject({ new: '1', 'pre-existing': '1' });
    expect(run.code).toBe(1);
  }, 60_000);

  it('more than 50 annotations: errors first, and the log and summary give the counts', async () => {
    const docs = Array.from({ length: 30 }, (_, i) => WRITABLE_ROOT(deployment(`app${i}`, PRIVILEGED))).join('---\n');
    const ws = new Workspace({ 'all.yaml': docs });
    ws.commit();
    const run = await runAction({ workspace: ws.dir, event: 'push', payload: {}, inputs: { 'fail-on': 'never' } });
    expect(run.annotations).toHaveLength(60);
    expect(run.annotations.map((a) => a.level)).toEqual([...Array(30).fill('error'), ...Array(30).fill('warning')]);
    const said = '60 annotations were written (30 errors, 30 warnings), errors first; GitHub shows at most 10 of each level per step and 50 per job, so 40 of them are not shown there: the job summary lists them all.';
    expect(run.stdout).toContain(`podguard: ${said}`);
    expect(run.summary).toContain(`- ${said}`);
    expect(run.summary).toContain('## podguard: 60 findings');
  });
});
