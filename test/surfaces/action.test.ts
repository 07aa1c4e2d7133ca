// The GitHub Action as the runner starts it (`node dist/index.js`), against a local stand-in for the REST API.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deployment, FakeGitHub, prPayload, runAction, Workspace } from './action-harness.js';
import { REPO, STACK_TRACE } from './cli.js';

const HOST_PORT = '          ports: [{containerPort: 80, hostPort: 80}]\n';

let api: FakeGitHub;
beforeEach(async () => {
  api = new FakeGitHub();
});
afterEach(async () => {
  await api.stop();
});

/** The usual pull request: a modified, an added, a removed, a renamed-and-edited and a purely renamed file. */
function typicalPullRequest(): Workspace {
  const ws = new Workspace({
    'deploy/web.yaml': deployment('web', { container: HOST_PORT }),
    'deploy/old.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: old}\ndata: {retired: "yes"}\n',
    'deploy/a.yaml': deployment('api', { container: HOST_PORT }),
    'deploy/c.yaml': deployment('cron', { container: HOST_PORT }),
    'README.md': '# shop\n',
  });
  // The edit: privileged: true added inside web's securityContext.
  ws.write({ 'deploy/web.yaml': readFileSync(join(ws.dir, 'deploy/web.yaml'), 'utf8').replace('capabilities: {drop: [ALL]}\n', 'capabilities: {drop: [ALL]}\n            privileged: true\n') });
  ws.write({ 'deploy/worker.yaml': deployment('worker').replace('runAsNonRoot: true', 'runAsNonRoot: false') });
  ws.remove('deploy/old.yaml');
  ws.move('deploy/a.yaml', 'deploy/b.yaml');
  ws.write({ 'deploy/b.yaml': readFileSync(join(ws.dir, 'deploy/b.yaml'), 'utf8').replace('readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false') });
  ws.move('deploy/c.yaml', 'deploy/d.yaml');
  ws.write({ 'README.md': '# shop\n\nNow with pods.\n' });
  ws.commit();
  return ws;
}

const lineOf = (ws: Workspace, file: string, text: string) => readFileSync(join(ws.dir, file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;

describe('on a pull request', () => {
  it('annotates only what the pull request adds, counts the rest as pre-existing, and fails on new errors', async () => {
    const ws = typicalPullRequest();
    api.files = ws.files();
    expect(api.files.map((f) => `${f.status} ${f.filename}`).sort()).toEqual([
      'added deploy/worker.yaml', 'modified README.md', 'modified deploy/web.yaml', 'removed deploy/old.yaml', 'renamed deploy/b.yaml', 'renamed deploy/d.yaml',
    ]);
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws) });

    expect(run.code).toBe(1);
    const shown = run.annotations.map((a) => `${a.props.file}:${a.props.line} ${a.props.title}`).sort();
    expect(shown).toEqual([
      `deploy/b.yaml:${lineOf(ws, 'deploy/b.yaml', 'readOnlyRootFilesystem: false')} read-only-root-filesystem`,
      `deploy/web.yaml:${lineOf(ws, 'deploy/web.yaml', 'privileged: true')} privileged`,
      `deploy/worker.yaml:${lineOf(ws, 'deploy/worker.yaml', 'runAsNonRoot: false')} run-as-non-root`,
    ]);
    const privileged = run.annotations.find((a) => a.props.title === 'privileged')!;
    expect(privileged).toMatchObject({ level: 'error', props: { col: '13', endColumn: '29' } });
    expect(run.outputs).toMatchObject({ findings: '3', errors: '2', warnings: '1' });
    expect(run.stdout).toMatch(/^::error::podguard: 2 new findings at or above error/m);

    expect(run.summary).toContain('## podguard: 3 new findings in this pull request');
    expect(run.summary).toMatch(/\| Pre-existing \(not annotated\) \| 3 \| 0 \| 0 \|/);
    expect(run.summary).toContain(`[deploy/web.yaml:${lineOf(ws, 'deploy/web.yaml', 'privileged: true')}](https://github.example/octo/shop/blob/${ws.head}/deploy/web.yaml#L`);
    expect(run.summary).toContain('- [`privileged`](https://github.com/podguard/podguard/blob/main/docs/rules/privileged.md): Set securityContext.privileged to false');
    expect(run.stderr).not.toMatch(STACK_TRACE);

    // One listing of the PR's files, with the token, and nothing else (no suggestions asked for).
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /repos/octo/shop/pulls/7/files']);
    expect(api.requests[0].authorization).toBe('token test-token');
  });

  it('reads every page of a 130-file pull request', async () => {
    const base: Record<string, string> = {};
    for (let i = 0; i < 130; i++) base[`k8s/app-${String(i).padStart(3, '0')}.yaml`] = deployment(`app${i}`);
    const ws = new Workspace(base);
    for (let i = 0; i < 130; i++) {
      const f = `k8s/app-${String(i).padStart(3, '0')}.yaml`;
      ws.write({ [f]: readFileSync(join(ws.dir, f), 'utf8').replace('capabilities: {drop: [ALL]}\n', 'capabilities: {drop: [ALL]}\n            privileged: true\n') });
    }
    ws.commit();
    api.files = ws.files();
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws) });
    expect(api.requests.map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2']);
    expect(run.annotations).toHaveLength(130);
    expect(run.outputs.findings).toBe('130');
    const said = '130 annotations were written (130 errors), errors first; GitHub shows at most 10 of each level per step and 50 per job, so 120 of them are not shown there';
    expect(run.stdout).toContain(said);
    expect(run.summary).toContain(said);
  });

  it('works against a GitHub Enterprise Server base URL (/api/v3)', async () => {
    const ws = typicalPullRequest();
    api.files = ws.files();
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start('/api/v3'), event: 'pull_request_target', payload: prPayload(ws) });
    expect(api.requests.map((r) => r.path)).toEqual(['/repos/octo/shop/pulls/7/files']);
    expect(run.outputs.findings).toBe('3');
  });

  it('never reads a path that leaves the workspace or is a symbolic link, and names each one', async () => {
    const ws = new Workspace({ 'ok.yaml': deployment('ok') });
    ws.link('evil.yaml', '/etc/hostname');
    ws.link('also-evil.txt', '/etc/passwd');
    ws.write({ 'ok.yaml': deployment('ok').replace('readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false') });
    ws.commit();
    api.files = [...ws.files(), { filename: '../outside.yaml', status: 'added', patch: '@@ -0,0 +1 @@\n+kind: Pod' }];
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws) });
    for (const [file, reason] of [['evil.yaml', 'it is a symbolic link'], ['also-evil.txt', 'it is a symbolic link'], ['../outside.yaml', 'the path leaves the workspace']]) {
      expect(run.stdout).toContain(`::warning::podguard: did not read ${file}: ${reason}`);
      expect(run.summary).toContain(`- \`${file}\`: ${reason}`);
    }
    expect(run.annotations.map((a) => a.props.file)).toEqual(['ok.yaml']);
  });

  it('falls back to scanning everything when the files cannot be listed, retrying a 5xx first', async () => {
    const ws = typicalPullRequest();
    api.files = ws.files();
    api.failures.set('GET files', [502]);
    const retried = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws) });
    expect(api.requests.filter((r) => r.path.endsWith('/files'))).toHaveLength(2);
    expect(retried.outputs.findings).toBe('3');

    api.failures.set('GET files', [403]);
    const refused = await runAction({ workspace: ws.dir, apiUrl: api.baseUrl, event: 'pull_request', payload: prPayload(ws) });
    expect(refused.stdout).toMatch(/::warning::GitHub refused access \(403: Resource not accessible by integration.*\); the job's token needs `pull-requests: read` in its `permissions`: could not list the pull request's files/);
    expect(Number(refused.outputs.findings)).toBeGreaterThan(3);
    expect(refused.summary).toContain('## podguard: ');
    expect(refused.stderr + refused.stdout).not.toMatch(STACK_TRACE);
  });
});

describe('other events and inputs', () => {
  it('on push, scans everything under paths without calling the API', async () => {
    const ws = typicalPullRequest();
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'push', payload: {}, inputs: { paths: 'deploy/**/*.yaml, !deploy/d.yaml' } });
    expect(api.requests).toEqual([]);
    expect([...new Set(run.annotations.map((a) => a.props.file))].sort()).toEqual(['deploy/b.yaml', 'deploy/web.yaml', 'deploy/worker.yaml']);
    expect(run.summary).toContain('## podguard: 5 findings');
  });

  // The only new finding is a warning (a writable root file system).
  it.each([
    ['error', 0],
    ['warning', 1],
    ['never', 0],
  ])('fail-on %s with one new warning exits %i', async (failOn, code) => {
    const ws = new Workspace({ 'a.yaml': deployment('a') });
    ws.write({ 'a.yaml': deployment('a').replace('readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false') });
    ws.commit();
    api.files = ws.files();
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws), inputs: { 'fail-on': failOn } });
    expect(run.outputs).toMatchObject({ findings: '1', errors: '0', warnings: '1' });
    expect(run.code).toBe(code);
  });

  it('only-changed: false annotates everything in the changed files and beyond', async () => {
    const ws = typicalPullRequest();
    api.files = ws.files();
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws), inputs: { 'only-changed': 'false' } });
    expect(api.requests).toEqual([]);
    expect(run.outputs.findings).toBe('6');
  });

  it('writes valid SARIF 2.1.0 when asked', async () => {
    const ws = typicalPullRequest();
    api.files = ws.files();
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws), inputs: { 'sarif-file': 'out/podguard.sarif' } });
    expect(run.outputs['sarif-file']).toBe(join(ws.dir, 'out/podguard.sarif'));
    const sarif = JSON.parse(readFileSync(join(ws.dir, 'out/podguard.sarif'), 'utf8'));
    const require = createRequire(import.meta.url);
    const Ajv = require('ajv-draft-04').default;
    const ajv = new Ajv({ strict: false, unicodeRegExp: false });
    require('ajv-formats').default(ajv);
    const schema = JSON.parse(readFileSync(join(REPO, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    expect(ajv.validate(schema, sarif), JSON.stringify(ajv.errors?.slice(0, 2))).toBe(true);
    expect(sarif.runs[0].results).toHaveLength(6);
  });

  it('rejects a bad input with one failing line', async () => {
    const ws = new Workspace({ 'a.yaml': deployment('a') });
    ws.commit();
    const run = await runAction({ workspace: ws.dir, event: 'push', payload: {}, inputs: { profile: 'strict' } });
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n').filter((l) => l.startsWith('::error'))).toEqual(['::error::podguard: input profile must be one of baseline, restricted, hardened, not "strict"']);
  });
});

describe('suggestions', () => {
  it('posts one COMMENT review with committable suggestions on added lines only, and never repeats itself', async () => {
    const ws = typicalPullRequest();
    api.files = ws.files();
    const payload = prPayload(ws);
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request', payload, inputs: { suggestions: 'true' } });
    expect(run.code).toBe(1);
    const posts = api.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.path)).toEqual(['/repos/octo/shop/pulls/7/reviews']);
    const review = posts[0].body;
    expect(review).toMatchObject({ event: 'COMMENT', commit_id: ws.head });
    const byFile = Object.fromEntries(review.comments.map((c: any) => [`${c.path}:${c.line}`, c.body]));
    const privilegedLine = lineOf(ws, 'deploy/web.yaml', 'privileged: true');
    expect(byFile[`deploy/web.yaml:${privilegedLine}`]).toContain('```suggestion\n            privileged: false\n```');
    expect(byFile[`deploy/web.yaml:${privilegedLine}`]).toMatch(/^\*\*Unsafe fix\*\*: this change removes something the manifest asked for/);
    expect(byFile[`deploy/b.yaml:${lineOf(ws, 'deploy/b.yaml', 'readOnlyRootFilesystem: false')}`]).toContain('```suggestion\n            readOnlyRootFilesystem: true\n```');
    // Every comment sits on a line the pull request added.
    const added = new Map(api.files.map((f) => [f.filename, f.patch ?? '']));
    for (const c of review.comments) {
      const addedLines = new Set<number>();
      let n = 0;
      for (const l of added.get(c.path)!.split('\n')) {
        const h = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(l);
        if (h) n = Number(h[1]);
        else if (l.startsWith('+')) addedLines.add(n++);
        else if (!l.startsWith('-')) n++;
      }
      for (let line = c.start_line ?? c.line; line <= c.line; line++) expect(addedLines.has(line), `${c.path}:${line}`).toBe(true);
    }
    // A suggestion leaves valid YAML: applying it fixes the finding.
    expect(review.comments.every((c: any) => c.side === 'RIGHT' && /<!-- podguard rules=[a-z-,]+ -->/.test(c.body))).toBe(true);

    // The next run sees its own markers (the stand-in lists the comments it accepted) and posts nothing again.
    api.requests.length = 0;
    const again = await runAction({ workspace: ws.dir, apiUrl: api.baseUrl, event: 'pull_request', payload, inputs: { suggestions: 'true' } });
    expect(api.requests.filter((r) => r.method === 'POST')).toEqual([]);
    expect(again.summary).toContain('No new review comment to post.');
  });

  it('an unsafe fix is suggested behind a one-line warning, a safe one plainly; unsafe-suggestions: false leaves unsafe ones a plain comment', async () => {
    const ws = new Workspace({ 'README.md': '# shop\n' });
    ws.commit();
    const added = deployment('new').replace('            allowPrivilegeEscalation: false\n', '').replace('readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false');
    ws.write({ 'deploy/new.yaml': added });
    ws.commit();
    api.files = ws.files();
    const apiUrl = await api.start();
    const review = async (inputs: Record<string, string>) => {
      api.requests.length = 0;
      api.reviewComments = [];
      await runAction({ workspace: ws.dir, apiUrl, event: 'pull_request', payload: prPayload(ws), inputs: { suggestions: 'true', ...inputs } });
      const post = api.requests.find((r) => r.method === 'POST');
      return (post?.body.comments ?? []) as Array<{ line: number; body: string }>;
    };
    const onLine = (comments: Array<{ line: number; body: string }>, text: string) => comments.find((c) => c.line === lineOf(ws, 'deploy/new.yaml', text))!.body;

    const both = await review({});
    const unsafe = onLine(both, 'readOnlyRootFilesystem: false');
    expect(unsafe.split('\n')[0]).toBe(
      '**Unsafe fix**: this change removes something the manifest asked for (or that the workload may rely on) and may break the workload; commit it only if the workload does without it.',
    );
    expect(unsafe).toContain('```suggestion\n            readOnlyRootFilesystem: true\n```');
    const safe = both.find((c) => c.body.includes('allow-privilege-escalation'))!.body;
    expect(safe).toMatch(/^\*\*podguard\*\* `allow-privilege-escalation`/);
    expect(safe).toContain('allowPrivilegeEscalation: false\n```');

    const safeOnly = await review({ 'unsafe-suggestions': 'false' });
    const plain = onLine(safeOnly, 'readOnlyRootFilesystem: false');
    expect(plain).toMatch(/^\*\*podguard\*\* `read-only-root-filesystem`/);
    expect(plain).not.toContain('```suggestion');
    expect(safeOnly.find((c) => c.body.includes('allow-privilege-escalation'))!.body).toContain('```suggestion');
  });

  it('a 403 on the review is a warning: annotations and the summary still complete', async () => {
    const ws = typicalPullRequest();
    api.files = ws.files();
    api.failures.set('POST reviews', [403]);
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws), inputs: { suggestions: 'true' } });
    const warning = 'GitHub refused the review (403: Resource not accessible by integration';
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::warning::'))).toEqual([expect.stringContaining(warning)]);
    expect(run.stdout).toContain('grant `pull-requests: write` in the job\'s `permissions`');
    expect(run.annotations).toHaveLength(3);
    expect(run.summary).toContain(warning);
    expect(run.code).toBe(1); // the new errors still fail the step; the missing permission does not
  });
});

describe('configuration and suppressions', () => {
  const CONFIG = 'profile: baseline\nlocked: [host-namespaces]\nexemptions:\n  - rule: privileged\n    reason: device plugin, reviewed in SEC-7\n    container: agent\n  - rule: host-ports\n    reason: stale\n';
  const pod = (name: string, extra: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n${extra}spec:\n  containers:\n    - name: agent\n      image: x\n      securityContext: {privileged: true}\n`;

  it('reads .podguard.yaml from the workspace: its profile, its exemptions, its locks; waived findings are listed, not annotated', async () => {
    const ws = new Workspace({ '.podguard.yaml': CONFIG, 'a.yaml': pod('a', ''), 'b.yaml': pod('b', '  annotations: {podguard.dev/ignore.host-namespaces: "needs the host network"}\n') });
    ws.commit();
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'push', payload: {}, inputs: { paths: '*.yaml' } });
    const shown = run.annotations.map((a) => `${a.props.file}:${a.props.line} ${a.props.title}`);
    // baseline from the file: no hardening rule; privileged is waived in both pods; the waiver of a locked rule is refused.
    expect(shown).toEqual(['b.yaml:5 invalid-suppression', '.podguard.yaml:7 unused-suppression']);
    expect(run.code).toBe(1);
    expect(run.summary).toContain('2 findings are suppressed by a reasoned waiver and not counted.');
    expect(run.outputs).toMatchObject({ findings: '2', errors: '1' });
  });

  it('a bad config file fails the step with its file, line and key', async () => {
    const ws = new Workspace({ 'conf/podguard.yaml': 'profile: strict\n', 'a.yaml': pod('a', '') });
    ws.commit();
    const run = await runAction({ workspace: ws.dir, event: 'push', payload: {}, inputs: { config: 'conf/podguard.yaml' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::podguard: ${join(ws.dir, 'conf/podguard.yaml')}:1:1: profile: must be one of "baseline", "restricted", "hardened"`);
    const outside = await runAction({ workspace: ws.dir, event: 'push', payload: {}, inputs: { config: '../elsewhere.yaml' } });
    expect(outside.stdout).toContain('::error::podguard: input config: ../elsewhere.yaml: the path leaves the workspace');
  });

  it('on a pull request, a waiver the pull request adds without a reason is a new error', async () => {
    const ws = new Workspace({ 'a.yaml': pod('a', '') });
    ws.write({ 'a.yaml': pod('a', '  annotations: {podguard.dev/ignore.privileged: ""}\n') });
    ws.commit();
    api.files = ws.files();
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws), inputs: { profile: 'baseline' } });
    expect(run.annotations.map((a) => a.props.title)).toEqual(['invalid-suppression']);
    expect(run.code).toBe(1);
  });

  it('judges expiry by the date given, and honours comment waivers', async () => {
    const manifest = pod('a', '').replace('      securityContext: {privileged: true}\n', '      # podguard:ignore privileged until=2026-12-31 device plugin, SEC-9\n      securityContext: {privileged: true}\n');
    const ws = new Workspace({ 'a.yaml': manifest });
    ws.commit();
    const before = await runAction({ workspace: ws.dir, event: 'push', payload: {}, inputs: { profile: 'baseline' }, env: { PODGUARD_TODAY: '2026-12-31' } });
    expect(before.code).toBe(0);
    expect(before.annotations).toEqual([]);
    expect(before.summary).toContain('1 finding is suppressed by a reasoned waiver and not counted.');
    const after = await runAction({ workspace: ws.dir, event: 'push', payload: {}, inputs: { profile: 'baseline' }, env: { PODGUARD_TODAY: '2027-01-01' } });
    expect(after.code).toBe(1);
    expect(after.annotations.map((a) => a.props.title).sort()).toEqual(['expired-suppression', 'privileged']);
  });
});

describe('files that are not manifests, broken files and unnamed objects', () => {
  it('skips a non-manifest it cannot read with a note, keeps a broken manifest an error at a 1-based position, reports a mistyped field at any profile', async () => {
    const ws = new Workspace({
      '.travis.yml': 'language: node_js\nlanguage: go\n',
      'helm.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name }}\n',
      'typed.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {generateName: web-}\nspec:\n  securityContext: {runAsUser: "0"}\n  containers: [{name: c, image: x}]\n',
    });
    ws.commit();
    const run = await runAction({ workspace: ws.dir, event: 'push', payload: {}, inputs: { paths: '*.yaml\n*.yml', profile: 'baseline', 'sarif-file': 'out.sarif' } });
    expect(run.annotations.map((a) => `${a.props.file}:${a.props.line}:${a.props.col} ${a.props.title}`)).toEqual(['helm.yaml:4:9 invalid-yaml', 'typed.yaml:5:21 invalid-field']);
    expect(run.stdout).toContain('podguard: .travis.yml: not a Kubernetes manifest (no apiVersion or kind), skipped: YAML syntax error: Map keys must be unique (line 2, column 1)');
    expect(run.summary).toContain('`.travis.yml`: not a Kubernetes manifest (no apiVersion or kind), skipped');
    const sarif = JSON.parse(readFileSync(join(ws.dir, 'out.sarif'), 'utf8'));
    for (const r of sarif.runs[0].results) expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    expect(sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'invalid-field').locations[0].logicalLocations[0].fullyQualifiedName).toMatch(/^Pod\/web-\*:/);
  });

  it('names a new object without a name by its generateName', async () => {
    const job = (prefix: string) => `apiVersion: batch/v1\nkind: Job\nmetadata: {generateName: ${prefix}}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: c, image: x, securityContext: {privileged: true}}]\n`;
    const ws = new Workspace({ 'job.yaml': job('backup-') });
    ws.write({ 'job.yaml': job('restore-') });
    ws.commit();
    api.files = ws.files();
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws), inputs: { profile: 'baseline' } });
    expect(run.annotations.map((a) => a.message)).toEqual([expect.stringContaining('Job with generateName "restore-" is not in the base version (new or renamed)')]);
  });
});
