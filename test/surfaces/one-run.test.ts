// One run, one truth: the same manifests and the same .podguard.yaml, through the CLI, the Action, the policy pack
// (over gRPC) and the cdk8s constructs (through Testing.synth), give the same counts and the same verdicts on each
// configured exemption; and the summary is counted from what was emitted, never added up per file.
import { join } from 'node:path';
import { ApiObject, Testing } from 'cdk8s';
import { PodSecurityValidation } from 'podguard-cdk8s';
import { parseAllDocuments } from 'yaml';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, podguard, tree } from './cli.js';
import { runAction } from './action-harness.js';
import { resourceOf, stackConfig, startPack, type Diagnostic } from './pack/harness.js';

const TODAY = '2026-06-15';

const pod = (name: string, container: Record<string, unknown>) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: shop
spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 10001
    runAsGroup: 10001
    seccompProfile: {type: RuntimeDefault}
  automountServiceAccountToken: false
  containers:
    - name: app
      image: registry.example/${name}:1
      securityContext: ${JSON.stringify({ allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true, ...container })}
`;

// Three pods clean under every profile, and a configuration whose only exemption gives no reason.
const CLEAN = { 'p1.yaml': pod('p1', {}), 'p2.yaml': pod('p2', {}), 'p3.yaml': pod('p3', {}) };
const NO_REASON = `exemptions:
  - rule: privileged
`;

describe('a configuration problem is one finding of the run, however many files are read', () => {
  const root = tree({ ...CLEAN, '.podguard.yaml': NO_REASON });
  const env = { PODGUARD_TODAY: TODAY };

  it('in text: one error, and "1 error" in the summary line', () => {
    const run = podguard(['scan', 'p1.yaml', 'p2.yaml', 'p3.yaml'], { cwd: root, env });
    expect(run.stdout.match(/ error invalid-suppression /g)).toHaveLength(1);
    expect(run.stdout).toMatch(/^1 error, 0 warnings in 3 files \(3 resources read\)$/m);
    expect(run.code).toBe(1);
  });

  it('in JSON: summary.errors equals the error findings, and the config file is neither read nor counted as a manifest', () => {
    const out = json(podguard(['scan', '.', '--format', 'json'], { cwd: root, env }));
    const errors = out.findings.filter((f) => f.level === 'error' && !f.suppressed);
    expect(errors.map((f) => f.ruleId)).toEqual(['invalid-suppression']);
    expect(errors[0]).toMatchObject({ file: join(root, '.podguard.yaml'), line: 2, column: 5 });
    expect(out.summary).toEqual({ files: 3, resources: 3, errors: 1, warnings: 0 });
  });

  it('in SARIF: one error result', () => {
    const sarif = JSON.parse(podguard(['scan', '.', '--format', 'sarif'], { cwd: root, env }).stdout);
    const results = sarif.runs[0].results as Array<{ ruleId: string; level: string }>;
    expect(results.filter((r) => r.level === 'error').map((r) => r.ruleId)).toEqual(['invalid-suppression']);
  });
});

// The tree every surface judges: one pod waived by a used exemption, one with a privileged container, one clean; the
// configuration has an exemption without a reason, an unused one, an expired one and a used one.
const TREE = {
  'web.yaml': pod('web', { readOnlyRootFilesystem: false }),
  'agent.yaml': pod('agent', { privileged: true, allowPrivilegeEscalation: null }),
  'db.yaml': pod('db', {}),
};
const CONFIG = `profile: hardened
exemptions:
  - rule: privileged
  - rule: host-ports
    reason: the ingress binds 443 on the node
  - rule: root-group
    reason: legacy NFS permissions
    until: 2026-06-01
  - rule: read-only-root-filesystem
    reason: the web app caches rendered pages in its image directory
    name: web
`;

/** What each surface says: errors and warnings that count, and for each exemption (by its line) what was said of it. */
interface Verdict {
  errors: number;
  warnings: number;
  exemptions: string[];
}

/** Exemptions are named by the line of their `rule:` key in the config above. */
const verdictOf = (ruleId: string, line: number) => `${line} ${ruleId}`;

describe('every surface gives the same counts and exemption verdicts on the same tree', () => {
  const root = tree({ ...TREE, '.podguard.yaml': CONFIG });
  const configFile = join(root, '.podguard.yaml');
  const manifests = Object.values(TREE).map((text) => parseAllDocuments(text)[0].toJS() as Record<string, any>);
  let cli: Verdict;

  beforeEach(() => {
    vi.stubEnv('PODGUARD_TODAY', TODAY);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  // The CLI's verdict is the reference the other surfaces are compared with.
  let out: ReturnType<typeof json>;
  beforeAll(() => {
    out = json(podguard(['scan', '.', '--format', 'json'], { cwd: root, env: { PODGUARD_TODAY: TODAY } }));
    cli = {
      errors: out.summary.errors,
      warnings: out.summary.warnings,
      exemptions: out.findings.filter((f) => f.file === configFile).map((f) => verdictOf(f.ruleId as string, f.line as number)).sort(),
    };
  });

  it('the CLI', () => {
    expect(cli.exemptions).toEqual(['3 invalid-suppression', '4 unused-suppression', '6 expired-suppression']);
    // The used exemption waived web's finding.
    expect(out.findings.filter((f) => f.suppressed).map((f) => `${f.ruleId} ${(f.resource as { name: string }).name}`)).toEqual(['read-only-root-filesystem web']);
    expect(cli.errors).toBe(out.findings.filter((f) => f.level === 'error' && !f.suppressed).length);
    expect(cli.warnings).toBe(out.findings.filter((f) => f.level === 'warning' && !f.suppressed).length);
    expect(cli.errors).toBeGreaterThan(1);
  });

  it('the Action, scanning everything on a push', async () => {
    const run = await runAction({ workspace: root, event: 'push', payload: {}, inputs: { 'fail-on': 'never' }, env: { PODGUARD_TODAY: TODAY } });
    expect(run.code).toBe(0);
    const about = run.annotations.filter((a) => a.props.file === '.podguard.yaml');
    const verdict: Verdict = {
      errors: Number(run.outputs.errors),
      warnings: Number(run.outputs.warnings),
      exemptions: about.map((a) => verdictOf(/\] (\S+)|^(\S+)/.exec(a.props.title ?? '')?.slice(1).find(Boolean) ?? '', Number(a.props.line))).sort(),
    };
    expect(verdict).toEqual(cli);
  });

  it('the policy pack, over the engine protocol', async () => {
    const pack = await startPack({ PODGUARD_TODAY: TODAY, ...stackConfig({ 'podguard:config': configFile }) });
    try {
      const resources = manifests.map((m) => resourceOf(m as never, m.metadata.name));
      const perResource: Diagnostic[] = [];
      for (const r of resources) perResource.push(...(await pack.engine.analyze(r)).diagnostics);
      const stack = await pack.engine.analyzeStack(resources);
      const all = [...perResource, ...stack];
      // A policy's severity says the level: high for errors, medium for warnings, low for notes.
      const severity = new Map(pack.policies.map((p) => [p.name, p.severity]));
      const verdict: Verdict = {
        errors: all.filter((d) => d.enforcementLevel === 'mandatory').length,
        warnings: all.filter((d) => d.enforcementLevel === 'advisory' && severity.get(d.policyName) === 'medium').length,
        exemptions: stack.map((d) => verdictOf(d.policyName, Number(/\.podguard\.yaml:(\d+):/.exec(d.message)?.[1]))).sort(),
      };
      expect(verdict).toEqual(cli);
    } finally {
      pack.engine.close();
      pack.kill();
    }
  });

  it('the cdk8s constructs, at synth', () => {
    const printed: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void printed.push(...args.join(' ').split('\n')));
    const chart = Testing.chart();
    manifests.forEach((m, i) => new ApiObject(chart, `o${i}`, m as never));
    PodSecurityValidation.of(chart, { config: configFile });
    let errors: string[] = [];
    try {
      Testing.synth(chart);
    } catch (e) {
      errors = (e as Error).message.split('\n').slice(1).map((l) => l.trim());
    }
    const lines = [...errors, ...printed].filter((l) => l.includes('podguard '));
    const exemptionLines = lines.flatMap((l) => {
      const m = /podguard \w+ ([a-z-]+) at .*\.podguard\.yaml:(\d+):/.exec(l);
      return m ? [verdictOf(m[1], Number(m[2]))] : [];
    });
    const verdict: Verdict = {
      errors: errors.filter((l) => l.includes('podguard error')).length,
      warnings: printed.filter((l) => l.includes('podguard warning')).length,
      exemptions: exemptionLines.sort(),
    };
    expect(verdict).toEqual(cli);
  });
});

