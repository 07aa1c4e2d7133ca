// Repositories as they are: charts rendered with helm (a stand-in here, since helm is not installed), kustomizations
// built with the real kubectl, templated strings in valid YAML; findings on the file and line a person edits.
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub, prPayload, runAction, Workspace } from './action-harness.js';
import { json, podguard, STACK_TRACE, tree } from './cli.js';

const onPath = (name: string) => (process.env.PATH ?? '').split(delimiter).some((d) => onPathIn(d, name));
const KUSTOMIZE = onPath('kubectl') || onPath('kustomize');
if (!KUSTOMIZE) console.warn('render.test.ts: neither kubectl nor kustomize is on PATH; the kustomize tests are skipped');

/** A PATH holding only the given scripts (the CLI runs as `node dist/cli.js`, so it needs nothing else). */
function binWith(scripts: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'podguard-bin-'));
  for (const [name, body] of Object.entries(scripts)) {
    writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  }
  return dir;
}

const lineOf = (root: string, file: string, text: string) => readFileSync(join(root, file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
const where = (f: Record<string, unknown>) => `${f.file}:${f.line} ${f.ruleId}`;

const BASE_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
      - name: web
        image: nginx
        securityContext:
          privileged: true
`;

/** A base used by two overlays: prod patches it every way kustomize can; dev uses it as it is. */
const KUSTOMIZE_TREE = {
  'base/kustomization.yaml': 'resources:\n- deploy.yaml\n',
  'base/deploy.yaml': BASE_DEPLOYMENT,
  'components/debug/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n- path: share.yaml\n',
  'components/debug/share.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      shareProcessNamespace: true\n',
  'overlays/prod/kustomization.yaml': `resources:
- ../../base
namePrefix: prod-
namespace: prod
components:
- ../../components/debug
patches:
- path: network.yaml
- target:
    kind: Deployment
    name: web
  patch: |-
    - op: add
      path: /spec/template/spec/hostPID
      value: true
- patch: |-
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      template:
        spec:
          hostIPC: true
`,
  'overlays/prod/network.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      hostNetwork: true
      containers:
      - name: web
        securityContext:
          privileged: false
`,
  'overlays/dev/kustomization.yaml': 'resources:\n- ../../base\nnameSuffix: -dev\n',
  'broken/kustomization.yaml': 'resources:\n- missing.yaml\n',
  'plain/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: plain\nspec:\n  hostNetwork: true\n  containers: [{name: c, image: x}]\n',
};

describe.skipIf(!KUSTOMIZE)('kustomize, built by the kubectl or kustomize on PATH', () => {
  it('places each finding on the patch, inline patch, component or base that sets it, and skips what an overlay fixes', () => {
    const root = tree(KUSTOMIZE_TREE);
    const run = podguard(['scan', '.', '--profile', 'baseline', '--format', 'json'], { cwd: root });
    const out = json(run) as { findings: Array<Record<string, any>>; notes?: Array<{ file?: string; message: string }> };
    expect(out.findings.map(where).sort()).toEqual([
      `base/deploy.yaml:${lineOf(root, 'base/deploy.yaml', 'privileged: true')} privileged`,
      `overlays/prod/kustomization.yaml:${lineOf(root, 'overlays/prod/kustomization.yaml', 'hostIPC: true')} host-namespaces`,
      `overlays/prod/kustomization.yaml:${lineOf(root, 'overlays/prod/kustomization.yaml', 'value: true')} host-namespaces`,
      `overlays/prod/network.yaml:${lineOf(root, 'overlays/prod/network.yaml', 'hostNetwork: true')} host-namespaces`,
      `plain/pod.yaml:6 host-namespaces`,
    ].sort());
    // The base's privileged container is reported for dev, which keeps it, as dev deploys it; prod sets it to false.
    const privileged = out.findings.find((f) => f.ruleId === 'privileged')!;
    expect(privileged.resource).toMatchObject({ kind: 'Deployment', name: 'web-dev', namespace: null });
    expect(privileged.column).toBe(11);
    const network = out.findings.find((f) => f.file === 'overlays/prod/network.yaml')!;
    expect(network.resource).toMatchObject({ name: 'prod-web', namespace: 'prod' });
    expect(network.column).toBe(7);
    // shareProcessNamespace is a hardened rule: under hardened it stands on the component's patch.
    const hardened = json(podguard(['scan', '.', '--format', 'json'], { cwd: root }));
    const share = hardened.findings.filter((f) => f.ruleId === 'share-process-namespace').map(where);
    expect(share).toEqual([`components/debug/share.yaml:${lineOf(root, 'components/debug/share.yaml', 'shareProcessNamespace')} share-process-namespace`]);

    // The broken kustomization is one note; everything else is scanned, and nothing is an invalid-yaml error.
    expect(out.notes).toEqual([{ file: 'broken', message: expect.stringMatching(/^kustomize build failed: .*missing\.yaml.*; its files were scanned as plain manifests$/) }]);
    expect(out.findings.some((f) => f.ruleId === 'invalid-yaml')).toBe(false);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    // The user's files are as they were: the build went through a temporary kustomization.
    for (const [name, text] of Object.entries(KUSTOMIZE_TREE)) expect(readFileSync(join(root, name), 'utf8')).toBe(text);
  });

  it('places a finding on a base outside the scanned folder, since that is the file to edit', () => {
    const root = tree(KUSTOMIZE_TREE);
    const out = json(podguard(['scan', 'overlays', '--profile', 'baseline', '--format', 'json'], { cwd: root }));
    expect(out.findings.map(where)).toContain(`base/deploy.yaml:${lineOf(root, 'base/deploy.yaml', 'privileged: true')} privileged`);
    expect(out.findings.find((f) => f.ruleId === 'privileged')!.path).toBe('spec.template.spec.containers[0].securityContext.privileged');
  });

  it('a component no kustomization uses: its resources are scanned, its patches are not judged as whole objects', () => {
    const root = tree({
      'components/debug/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources:\n  - tools.yaml\npatches:\n  - path: drop-agent.yaml\n',
      // A delete patch names an object and says nothing of its pods: alone, it would look like an insecure Deployment.
      'components/debug/drop-agent.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: agent\n$patch: delete\n',
      'components/debug/tools.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: tools\nspec:\n  hostPID: true\n  containers:\n    - name: shell\n      image: busybox\n',
    });
    const run = podguard(['scan', '.', '--profile', 'baseline', '--format', 'json'], { cwd: root });
    const out = JSON.parse(run.stdout) as { findings: Array<Record<string, unknown>>; notes?: Array<{ file?: string; message: string }> };
    expect(out.findings.map(where)).toEqual([`components/debug/tools.yaml:${lineOf(root, 'components/debug/tools.yaml', 'hostPID')} host-namespaces`]);
    expect(out.notes).toEqual([{ file: 'components/debug', message: expect.stringContaining('a Kustomize component that no kustomization in the scanned tree uses') }]);
    const hardened = JSON.parse(podguard(['scan', '.', '--format', 'json'], { cwd: root }).stdout) as { findings: Array<{ file: string }> };
    expect(hardened.findings.filter((f) => f.file.endsWith('drop-agent.yaml'))).toEqual([]);
  });

  it('without kustomize or kubectl, names each root in a note and scans its files as plain manifests', () => {
    const root = tree(KUSTOMIZE_TREE);
    const run = podguard(['scan', '.', '--profile', 'baseline'], { cwd: root, env: { PATH: binWith({}) } });
    expect(run.stderr).toContain('Notes\n');
    for (const name of ['broken', 'overlays/dev', 'overlays/prod']) {
      expect(run.stderr).toContain(`  ${name}: a kustomization; its files were scanned as plain manifests. Install kubectl or kustomize`);
    }
    // Today's reading: the base's privileged container, and the patch's own hostNetwork.
    expect(run.stdout).toContain(`base/deploy.yaml:${lineOf(root, 'base/deploy.yaml', 'privileged: true')}:11 error privileged`);
    expect(run.stdout).toContain('overlays/prod/network.yaml:8:7 error host-namespaces');
  });
});

const CHART = {
  'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
  'charts/web/values.yaml': 'privileged: true\nimage: nginx\n',
  'charts/web/ci/strict.yaml': 'privileged: false\n',
  'charts/web/templates/_helpers.tpl': '{{- define "web.labels" -}}\napp: web\n{{- end }}\n',
  'charts/web/templates/deployment.yaml': `{{- if .Values.enabled }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-web
  labels:
    {{- include "web.labels" . | nindent 4 }}
spec:
  template:
    spec:
      hostNetwork: {{ .Values.hostNetwork }}
      containers:
        - name: {{ .Chart.Name }}
          image: "{{ .Values.image }}"
          securityContext:
            {{- with .Values.extra }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
            privileged: {{ .Values.privileged }}
{{- end }}
`,
};

/** What `helm template charts/web` prints for CHART, as helm prints it; the stand-in logs its arguments. */
const HELM_OUTPUT = `---
# Source: web/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: release-name-web
  labels:
    app: web
spec:
  template:
    spec:
      hostNetwork: false
      containers:
        - name: web
          image: "nginx"
          securityContext:
            privileged: true
`;

function helmStandIn(root: string): string {
  writeFileSync(join(root, 'helm-output.txt'), HELM_OUTPUT);
  // Shell built-ins only: the PATH holds nothing but this script.
  return binWith({ helm: `echo "$@" >> "${join(root, 'helm-args.log')}"\nwhile IFS= read -r line; do printf '%s\\n' "$line"; done < "${join(root, 'helm-output.txt')}"` });
}

describe('Helm charts', () => {
  it('renders a chart with the helm on PATH and places findings on the template line', () => {
    const root = tree(CHART);
    const run = podguard(['scan', '.', '--profile', 'baseline', '--format', 'json'], { cwd: root, env: { PATH: helmStandIn(root) } });
    const out = json(run) as { findings: Array<Record<string, any>>; notes?: unknown[] };
    expect(out.findings.map((f) => `${where(f)}:${f.column}`)).toEqual([
      `charts/web/templates/deployment.yaml:${lineOf(root, 'charts/web/templates/deployment.yaml', 'privileged:')} privileged:13`,
    ]);
    expect(out.findings[0]).toMatchObject({ resource: { name: 'release-name-web' }, fixable: false });
    expect(out.notes).toBeUndefined();
    expect(readFileSync(join(root, 'helm-args.log'), 'utf8')).toBe(`template ${join(root, 'charts/web')}\n`);
    expect(run.code).toBe(1);
  });

  it('passes configured values files and the asked Kubernetes version to helm', () => {
    const root = tree({ ...CHART, '.podguard.yaml': 'charts:\n- path: charts/web\n  values: [ci/strict.yaml]\n' });
    podguard(['scan', '.', '--k8s-version', '1.30'], { cwd: root, env: { PATH: helmStandIn(root) } });
    expect(readFileSync(join(root, 'helm-args.log'), 'utf8')).toBe(`template ${join(root, 'charts/web')} --values ${join(root, 'charts/web/ci/strict.yaml')} --kube-version 1.30\n`);
    const missing = tree({ ...CHART, '.podguard.yaml': 'charts:\n- path: charts/web\n  values: [ci/none.yaml]\n' });
    const bad = podguard(['scan', '.'], { cwd: missing });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^podguard: \S+\.podguard\.yaml:3:12: charts\.0\.values\.0: ci\/none\.yaml is not in charts\/web\n$/);
  });

  it('without helm, names the chart in one note and scans the rest; helm failing is a note with its first line', () => {
    const root = tree({ ...CHART, 'ok.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok}\n' });
    const without = podguard(['scan', '.', '--format', 'json'], { cwd: root, env: { PATH: binWith({}) } });
    expect(JSON.parse(without.stdout)).toMatchObject({ findings: [], notes: [{ file: 'charts/web', message: 'a Helm chart; install helm to scan it rendered' }] });
    expect(without.code).toBe(0);
    const text = podguard(['scan', '.'], { cwd: root, env: { PATH: binWith({}) } });
    expect(text.stderr).toBe('Notes\n  charts/web: a Helm chart; install helm to scan it rendered\n');
    const failing = binWith({ helm: 'echo "Error: found in Chart.yaml, but missing in charts/ directory: redis" >&2\necho "more detail" >&2\nexit 1' });
    const failed = podguard(['scan', '.', '--format', 'json'], { cwd: root, env: { PATH: failing } });
    expect(JSON.parse(failed.stdout).notes).toEqual([{ file: 'charts/web', message: 'helm template failed: Error: found in Chart.yaml, but missing in charts/ directory: redis' }]);
    expect(failed.code).toBe(0);
  });

  it('fix leaves chart templates alone, even one that parses as YAML', () => {
    const root = tree({ ...CHART, 'charts/web/templates/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "{{ .Release.Name }}"\nspec:\n  containers: [{name: c, image: x, securityContext: {privileged: true}}]\n' });
    const run = podguard(['fix', '.', '--write', '--unsafe-fixes'], { cwd: root, env: { PATH: binWith({}) } });
    expect(run.stderr).toContain('podguard: charts/web: a Helm chart; podguard fix does not edit templates');
    expect(readFileSync(join(root, 'charts/web/templates/pod.yaml'), 'utf8')).toContain('privileged: true');
  });
});

describe('templated strings in valid YAML', () => {
  it('scans a file whose strings hold {{ }} as YAML, and reports a template document without hiding the others', () => {
    const root = tree({
      'alerts.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: alerts
data:
  rules: |
    summary: {{ $labels.instance }} down
  quoted: "{{ .Values.x }}"
  plain: hello {{ NAME }}
---
apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - name: c
    image: "{{IMAGE}}"
    securityContext:
      privileged: true
`,
      'mixed.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name }}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: q}\nspec:\n  hostPID: true\n  containers: [{name: c, image: x}]\n',
    });
    const out = json(podguard(['scan', '.', '--profile', 'baseline', '--format', 'json'], { cwd: root }));
    expect(out.findings.map((f) => `${where(f)}:${f.column}`)).toEqual([
      'alerts.yaml:20 privileged:7',
      'mixed.yaml:4 invalid-yaml:9',
      'mixed.yaml:10 host-namespaces:3',
    ]);
    expect(out.findings[1].message).toMatch(/Helm template, not YAML/);
  });
});

describe('the Action', () => {
  let api: FakeGitHub;
  beforeEach(() => {
    api = new FakeGitHub();
  });
  afterEach(async () => {
    await api.stop();
  });

  it.skipIf(!KUSTOMIZE)('annotates the line of the overlay patch a pull request edits, and lists the chart it cannot render', async () => {
    const files = { ...KUSTOMIZE_TREE, ...CHART };
    delete (files as Record<string, string>)['broken/kustomization.yaml'];
    const ws = new Workspace(files);
    ws.write({ 'overlays/prod/network.yaml': KUSTOMIZE_TREE['overlays/prod/network.yaml'].replace('privileged: false', 'privileged: false\n          capabilities: {add: [SYS_ADMIN]}') });
    ws.commit();
    api.files = ws.files();
    const noHelm = (process.env.PATH ?? '').split(delimiter).filter((d) => !onPathIn(d, 'helm')).join(delimiter);
    const run = await runAction({ workspace: ws.dir, apiUrl: await api.start(), event: 'pull_request', payload: prPayload(ws), inputs: { profile: 'baseline' }, env: { PATH: noHelm } });
    expect(run.annotations.map((a) => `${a.props.file}:${a.props.line} ${a.props.title}`)).toEqual([
      `overlays/prod/network.yaml:${lineOf(ws.dir, 'overlays/prod/network.yaml', 'SYS_ADMIN')} capabilities-baseline`,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);

    const push = await runAction({ workspace: ws.dir, event: 'push', payload: {}, inputs: { profile: 'baseline' }, env: { PATH: noHelm } });
    expect(push.annotations.map((a) => `${a.props.file} ${a.props.title}`).sort()).toEqual([
      'base/deploy.yaml privileged', 'overlays/prod/kustomization.yaml host-namespaces', 'overlays/prod/kustomization.yaml host-namespaces',
      'overlays/prod/network.yaml capabilities-baseline', 'overlays/prod/network.yaml host-namespaces', 'plain/pod.yaml host-namespaces',
    ]);
    expect(push.summary).toContain('`charts/web`: a Helm chart; install helm to scan it rendered');
  });
});

function onPathIn(dir: string, name: string): boolean {
  return existsSync(join(dir, name));
}
