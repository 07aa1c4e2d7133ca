// The Action honours the configuration's exclude (those paths are never read, changed or not) and links each rule's
// documentation from its summary and review comments.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub, prPayload, runAction, Workspace } from './action-harness.js';
import { PRIVILEGED_POD } from './cli.js';

let api: FakeGitHub;
beforeEach(() => {
  api = new FakeGitHub();
});
afterEach(async () => {
  await api.stop();
});

const docs = (id: string) => `https://github.com/podguard/podguard/blob/main/docs/rules/${id}.md`;

describe('the Action and exclude', () => {
  it('on push, skips what .podguard.yaml excludes', async () => {
    const ws = new Workspace({ '.podguard.yaml': 'profile: baseline\nexclude: [vendor, "*.tmpl.yaml"]\n', 'deploy/web.yaml': PRIVILEGED_POD, 'vendor/chart/pod.yaml': PRIVILEGED_POD, 'deploy/pod.tmpl.yaml': PRIVILEGED_POD });
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'push', payload: {} });
    expect([...new Set(run.annotations.map((a) => a.props.file))]).toEqual(['deploy/web.yaml']);
    expect(run.summary).toContain(`- [\`privileged\`](${docs('privileged')}): `);
  });

  it('on a pull request, an excluded changed file is not read, and review comments link the rule', async () => {
    const ws = new Workspace({ '.podguard.yaml': 'profile: baseline\nexclude: [vendor]\n', 'README.md': '# x\n' });
    ws.write({ 'deploy/web.yaml': PRIVILEGED_POD, 'vendor/pod.yaml': PRIVILEGED_POD });
    ws.commit();
    api.files = ws.files();
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws), inputs: { suggestions: 'true' } });
    expect([...new Set(run.annotations.map((a) => a.props.file))]).toEqual(['deploy/web.yaml']);
    const review = api.requests.find((r) => r.method === 'POST')!.body as { comments: Array<{ path: string; body: string }> };
    expect(review.comments.map((c) => c.path)).toEqual(['deploy/web.yaml']);
    expect(review.comments[0].body).toMatch(/^\*\*podguard\*\* `privileged` \(error\): .+ \(\[rule documentation\]\((.+)\)\)$/m);
    expect(review.comments[0].body).toContain(`([rule documentation](${docs('privileged')}))`);
  });

  it('on a pull request, the charts and kustomizations it looks for are never read in an excluded folder', async () => {
    // A kustomization podguard cannot read is named in a note whenever the run reads it.
    const vendored = { 'vendor/app/kustomization.yaml': 'resources: [unclosed\n', 'vendor/app/pod.yaml': PRIVILEGED_POD };
    const ws = new Workspace({ '.podguard.yaml': 'profile: baseline\nexclude: [vendor]\n', ...vendored });
    ws.write({ 'deploy/web.yaml': PRIVILEGED_POD });
    ws.commit();
    api.files = ws.files();
    const apiUrl = await api.start();
    const run = await runAction({ workspace: ws.dir, apiUrl, event: 'pull_request', payload: prPayload(ws) });
    expect([...new Set(run.annotations.map((a) => a.props.file))]).toEqual(['deploy/web.yaml']);
    expect(run.summary).not.toContain('vendor/app');
    const unexcluded = new Workspace({ '.podguard.yaml': 'profile: baseline\n', ...vendored });
    unexcluded.write({ 'deploy/web.yaml': PRIVILEGED_POD });
    unexcluded.commit();
    api.files = unexcluded.files();
    const noted = await runAction({ workspace: unexcluded.dir, apiUrl, event: 'pull_request', payload: prPayload(unexcluded) });
    expect(noted.summary).toContain('vendor/app');
  });
});
