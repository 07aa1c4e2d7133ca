// The Action compares each changed manifest with its base version: what a pull request makes worse by deleting or
// editing lines is caught and explained, reordering is not a finding, and fixes are listed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub, prPayload, runAction, Workspace } from './action-harness.js';

const CONTAINER = (name: string, extra = '') => `        - name: ${name}
          image: registry.example/${name}:1
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities: {drop: [ALL]}
${extra}`;

function deployment(name: string, containers: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        runAsGroup: 10001
        seccompProfile: {type: RuntimeDefault}
      containers:
${containers}`;
}

const HOST_PORT = '          ports: [{containerPort: 80, hostPort: 80}]\n';
const lines = (ws: Workspace, file: string) => readFileSync(join(ws.dir, file), 'utf8').split('\n');

let api: FakeGitHub;
beforeEach(() => {
  api = new FakeGitHub();
});
afterEach(() => api.stop());

async function pullRequest(ws: Workspace, inputs: Record<string, string> = {}, workspace = ws.dir) {
  api.files = ws.files();
  const url = api.baseUrl || (await api.start());
  return runAction({ workspace, apiUrl: url, event: 'pull_request', payload: prPayload(ws), inputs });
}

describe('semantic comparison with the base', () => {
  it('catches a deleted allowPrivilegeEscalation: false at the container, though no line was added, and says what was removed', async () => {
    const ws = new Workspace({ 'app.yaml': deployment('web', CONTAINER('web')) });
    const base = readFileSync(join(ws.dir, 'app.yaml'), 'utf8').split('\n');
    const removedAt = base.findIndex((l) => l.includes('allowPrivilegeEscalation: false')) + 1;
    ws.write({ 'app.yaml': deployment('web', CONTAINER('web').replace('            allowPrivilegeEscalation: false\n', '')) });
    ws.commit();
    const run = await pullRequest(ws, { suggestions: 'true' });

    expect(api.files[0].patch).not.toMatch(/^\+/m); // the patch only removes a line
    expect(run.code).toBe(1);
    expect(run.annotations).toHaveLength(1);
    const a = run.annotations[0];
    expect(a.props).toMatchObject({ title: 'allow-privilege-escalation', file: 'app.yaml', line: String(lines(ws, 'app.yaml').findIndex((l) => l.includes('securityContext:') && l.startsWith('          ')) + 1) });
    expect(a.message).toContain(`New in this pull request, which removed or changed \`allowPrivilegeEscalation: false\` (base line ${removedAt}).`);
    expect(run.outputs).toMatchObject({ new: '1', 'pre-existing': '0', fixed: '0' });

    // The fix would go on context lines only (the pull request added none): not a suggestion, but a patch in the body.
    expect(api.reviews).toHaveLength(1);
    const review = api.reviews[0];
    expect(review.comments).toEqual([]);
    expect(review.body).toContain('### Fixes outside this diff');
    expect(review.body).toMatch(/\*\*`app\.yaml`, line \d+\*\*: \*\*podguard\*\* `allow-privilege-escalation`/);
    expect(review.body).toContain('\n+            allowPrivilegeEscalation: false\n');
    expect(run.summary).toContain('Posted a review with 0 comments and 1 fix outside the diff in its body.');
  });

  it('a deleted pod-level runAsNonRoot: true is blamed on its base line for every container', async () => {
    const ws = new Workspace({ 'app.yaml': deployment('web', CONTAINER('web') + CONTAINER('sidecar')) });
    ws.write({ 'app.yaml': deployment('web', CONTAINER('web') + CONTAINER('sidecar')).replace('        runAsNonRoot: true\n', '') });
    ws.commit();
    const run = await pullRequest(ws);
    const nonRoot = run.annotations.filter((a) => a.props.title === 'run-as-non-root');
    expect(nonRoot).toHaveLength(2);
    for (const a of nonRoot) expect(a.message).toContain('which removed or changed `runAsNonRoot: true` (base line 14).');
  });

  it('reordering containers is no new finding', async () => {
    const ws = new Workspace({ 'app.yaml': deployment('web', CONTAINER('web', HOST_PORT) + CONTAINER('sidecar')) });
    ws.write({ 'app.yaml': deployment('web', CONTAINER('sidecar') + CONTAINER('web', HOST_PORT)) });
    ws.commit();
    const run = await pullRequest(ws);
    expect(run.code).toBe(0);
    expect(run.annotations).toEqual([]);
    expect(run.outputs).toMatchObject({ new: '0', 'pre-existing': '1', fixed: '0' });
  });

  it('renaming a Deployment makes its findings new, and says why', async () => {
    const ws = new Workspace({ 'app.yaml': deployment('web', CONTAINER('web', HOST_PORT)) });
    ws.write({ 'app.yaml': deployment('web-v2', CONTAINER('web', HOST_PORT)) });
    ws.commit();
    const run = await pullRequest(ws);
    expect(run.annotations.map((a) => a.props.title)).toEqual(['host-ports']);
    expect(run.annotations[0].message).toContain('Deployment "web-v2" is not in the base version (new or renamed), so all its findings are new.');
    expect(run.outputs).toMatchObject({ new: '1', fixed: '1' });
  });

  it('a fixed finding is listed as fixed, with its base location', async () => {
    const ws = new Workspace({ 'app.yaml': deployment('web', CONTAINER('web', HOST_PORT)) });
    const baseLine = lines(ws, 'app.yaml').findIndex((l) => l.includes('hostPort')) + 1;
    ws.write({ 'app.yaml': deployment('web', CONTAINER('web')) });
    ws.commit();
    const run = await pullRequest(ws);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ new: '0', fixed: '1' });
    expect(run.summary).toContain('### Fixed');
    expect(run.summary).toContain(`| app.yaml:${baseLine} (base) | \`host-ports\` | web | \`spec.template.spec.containers[0].ports[0].hostPort\` |`);
  });

  it('a renamed file is compared with its previous name; only the weakening edit is new', async () => {
    const ws = new Workspace({ 'old/app.yaml': deployment('web', CONTAINER('web', HOST_PORT)) });
    ws.move('old/app.yaml', 'new/app.yaml');
    ws.write({ 'new/app.yaml': readFileSync(join(ws.dir, 'new/app.yaml'), 'utf8').replace('readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false') });
    ws.commit();
    const run = await pullRequest(ws);
    expect(api.files[0]).toMatchObject({ status: 'renamed', previous_filename: 'old/app.yaml' });
    expect(run.annotations.map((a) => `${a.props.file} ${a.props.title}`)).toEqual(['new/app.yaml read-only-root-filesystem']);
    expect(run.outputs).toMatchObject({ new: '1', 'pre-existing': '1' });
  });

  it('gets the base from git or, without the base commit, from the contents API, with the same result', async () => {
    const ws = new Workspace({ 'app.yaml': deployment('web', CONTAINER('web', HOST_PORT) + CONTAINER('sidecar')) });
    ws.write({ 'app.yaml': deployment('web', CONTAINER('sidecar').replace('            allowPrivilegeEscalation: false\n', '') + CONTAINER('web', HOST_PORT)) });
    ws.commit();
    const viaGit = await pullRequest(ws);
    expect(api.requests.filter((r) => r.path.includes('/contents/'))).toEqual([]);

    api.contents.set(`${ws.base}:app.yaml`, ws.baseText('app.yaml'));
    api.requests.length = 0;
    const viaApi = await pullRequest(ws, {}, ws.headOnly());
    expect(api.requests.filter((r) => r.path.includes('/contents/')).map((r) => `${r.path}?ref=${r.query.get('ref')}`)).toEqual([`/repos/octo/shop/contents/app.yaml?ref=${ws.base}`]);
    expect(viaApi.annotations).toEqual(viaGit.annotations);
    expect(viaApi.outputs).toEqual(viaGit.outputs);
    expect(viaGit.outputs).toMatchObject({ new: '1', 'pre-existing': '1' });
  });

  it('without any base it falls back to the added-lines filter for that file, and says so', async () => {
    const ws = new Workspace({ 'app.yaml': deployment('web', CONTAINER('web')) });
    ws.write({ 'app.yaml': deployment('web', CONTAINER('web', HOST_PORT).replace('            allowPrivilegeEscalation: false\n', '')) });
    ws.commit();
    api.files = ws.files();
    await api.start();
    api.failures.set('GET contents', [403]);
    const run = await runAction({ workspace: ws.headOnly(), apiUrl: api.baseUrl, event: 'pull_request', payload: prPayload(ws) });
    const said = /Base of `app\.yaml` not readable \(GitHub refused access \(403: .*\); the job's token needs `contents: read` in its `permissions`\): new findings in it are those on lines the pull request adds\./;
    expect(run.stdout.split('\n').filter((l) => said.test(l))).toHaveLength(1);
    expect(run.summary).toMatch(said);
    // The deleted line's finding sits on an unchanged line: without a base it cannot be told from old debt.
    expect(run.annotations.map((a) => a.props.title)).toEqual(['host-ports']);
    expect(run.outputs).toMatchObject({ new: '1', 'pre-existing': '1' });
  });

  it('fail-on-scope: all blocks on pre-existing findings of changed files too', async () => {
    const ws = new Workspace({ 'app.yaml': deployment('web', CONTAINER('web', HOST_PORT)) });
    ws.write({ 'app.yaml': deployment('web', CONTAINER('web', HOST_PORT)).replace('runAsUser: 10001', 'runAsUser: 10002') });
    ws.commit();
    expect((await pullRequest(ws)).code).toBe(0);
    const all = await pullRequest(ws, { 'fail-on-scope': 'all' });
    expect(all.code).toBe(1);
    expect(all.stdout).toContain('::error::podguard: 1 finding at or above error');
  });
});
