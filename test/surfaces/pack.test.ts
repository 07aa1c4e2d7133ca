// The CrossGuard policy pack, started as `pulumi preview --policy-pack policypack` starts it and driven over the
// analyzer gRPC protocol in the engine's order: Handshake, ConfigureStack, GetAnalyzerInfo, Configure, then for each
// resource Remediate and Analyze, and AnalyzeStack at the end.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RULES } from '../../src/rules/index.js';
import {
  launchPack,
  REPO,
  resourceOf,
  secret,
  SECRET_SIG,
  SIG_KEY,
  STACK_TRACE,
  UNKNOWN,
  type Diagnostic,
  type PolicyConfig,
  type PolicyInfo,
  type RunningPack,
} from './pack/harness.js';
import { hardenedSpec, KINDS, privilegedSpec, workload } from './pack/workloads.js';

let pack: RunningPack;
let policies: PolicyInfo[];

beforeAll(async () => {
  pack = await launchPack();
  await pack.engine.handshake();
  await pack.engine.configureStack({ stack: 'dev', project: 'shop', dryRun: true });
  policies = (await pack.engine.info()).policies;
  await pack.engine.configure(policies);
});

afterAll(() => {
  pack?.engine.close();
  pack?.kill();
});

/** Configure as from a policy-pack config file for the tests inside `fn`, then back to the defaults. */
async function withConfig(file: Record<string, PolicyConfig>, fn: () => Promise<void>): Promise<void> {
  await pack.engine.configure(policies, file);
  try {
    await fn();
  } finally {
    await pack.engine.configure(policies);
  }
}

const byPolicy = (ds: Diagnostic[]) => ds.map((d) => `${d.policyName}:${d.enforcementLevel}`).sort();
const names = (ds: Diagnostic[]) => [...new Set(ds.map((d) => d.policyName))].sort();
/** The pack's own text: the SDK puts the policy's description on the line before it. */
const detail = (d: Diagnostic) => d.message.slice(d.message.lastIndexOf('\n') + 1);

describe('start-up and metadata', () => {
  it('prints only the port, a number, on stdout and nothing on stderr', () => {
    expect(pack.stdout()).toBe(`${pack.port}\n`);
    expect(pack.port).toBeGreaterThan(0);
    expect(pack.stderr()).toBe('');
  });

  it('answers Handshake, or declines it as unimplemented, which the engine accepts', async () => {
    expect(['ok', 'unimplemented']).toContain(await pack.engine.handshake());
  });

  it('is the podguard pack, versioned as its package.json, and takes config', async () => {
    const info = await pack.engine.info();
    const { version } = JSON.parse(readFileSync(join(REPO, 'policypack/package.json'), 'utf8'));
    expect(info).toMatchObject({ name: 'podguard', version, supportsConfig: true });
  });

  it('has one policy per rule, named by its id, described by its summary, with its fix as remediation steps', () => {
    expect(policies.map((p) => p.name)).toEqual(RULES.map((r) => r.id));
    for (const rule of RULES) {
      const p = policies.find((x) => x.name === rule.id)!;
      expect(p.description).toBe(rule.summary);
      expect(p.remediationSteps.startsWith(rule.help.fix)).toBe(true);
    }
  });

  it('enforces errors as mandatory and warnings as advisory by default, and never remediates by default', () => {
    for (const rule of RULES) {
      const level = rule.levels.hardened!;
      expect(policies.find((p) => p.name === rule.id)!.enforcementLevel, rule.id).toBe(level === 'error' ? 'mandatory' : 'advisory');
    }
    expect(policies.filter((p) => p.enforcementLevel === 'remediate')).toEqual([]);
  });

  it('gives every policy a config schema for the profile and the Kubernetes version', () => {
    for (const p of policies) {
      expect(p.configSchema, p.name).toMatchObject({
        profile: { type: 'string', enum: ['baseline', 'restricted', 'hardened'] },
        k8sVersion: { type: 'string' },
      });
    }
  });

  it('says in the policy which rules it never remediates, and that the others leave unsafe fixes alone', () => {
    for (const name of ['privileged', 'host-namespaces', 'capabilities-restricted', 'read-only-root-filesystem']) {
      expect(policies.find((p) => p.name === name)!.remediationSteps).toMatch(/never applies this fix itself.*stays mandatory/);
    }
    expect(policies.find((p) => p.name === 'allow-privilege-escalation')!.remediationSteps).toMatch(/makes this change itself where it is safe to \(a fix that takes away/);
  });
});

describe('Analyze', () => {
  it('passes a hardened pod', async () => {
    const golden = parse(readFileSync(join(REPO, 'examples/hardened-pod.yaml'), 'utf8'));
    expect((await pack.engine.analyze(resourceOf(golden))).diagnostics).toEqual([]);
  });

  it('fails a privileged pod with a mandatory diagnostic naming the pod, the container, the value and the fix', async () => {
    const pod = workload('Pod', 'bad', privilegedSpec());
    const { diagnostics } = await pack.engine.analyze(resourceOf(pod, 'bad'));
    expect(byPolicy(diagnostics)).toEqual(['privileged:mandatory']);
    const [d] = diagnostics;
    expect(d.description).toBe(RULES.find((r) => r.id === 'privileged')!.summary);
    expect(d.message.startsWith(`${d.description}\n`)).toBe(true);
    expect(detail(d)).toMatch(/^Pod shop\/bad: Container "app" sets securityContext\.privileged: true\b.*; set it to false/);
  });

  it.each(KINDS.map((k) => k.kind))('finds the pod spec of a %s', async (kind) => {
    const { diagnostics } = await pack.engine.analyze(resourceOf(workload(kind, 'web', privilegedSpec())));
    expect(byPolicy(diagnostics)).toEqual(['privileged:mandatory']);
    expect(detail(diagnostics[0]).startsWith(`${kind} shop/web: Container "app"`)).toBe(true);
  });

  it('reports warnings as advisory, next to errors as mandatory', async () => {
    const spec = hardenedSpec({ securityContext: { readOnlyRootFilesystem: false } }, { hostPID: true });
    const { diagnostics } = await pack.engine.analyze(resourceOf(workload('Deployment', 'web', spec)));
    expect(byPolicy(diagnostics)).toEqual(['host-namespaces:mandatory', 'read-only-root-filesystem:advisory']);
  });

  it.each([
    ['a ConfigMap', { type: 'kubernetes:core/v1:ConfigMap', props: { apiVersion: 'v1', kind: 'ConfigMap', data: { privileged: 'true' } } }],
    ['a Deployment patch', { type: 'kubernetes:apps/v1:DeploymentPatch', props: workload('Deployment', 'web', privilegedSpec()) }],
    ['a YAML ConfigGroup component', { type: 'kubernetes:yaml/v2:ConfigGroup', props: { objs: [workload('Pod', 'p', privilegedSpec())] } }],
    ['an S3 bucket', { type: 'aws:s3/bucket:Bucket', props: { bucket: 'b', spec: privilegedSpec() } }],
  ])('ignores %s: no diagnostic, every policy not applicable', async (_what, r) => {
    const { diagnostics, notApplicable } = await pack.engine.analyze({ name: 'x', ...r });
    expect(diagnostics).toEqual([]);
    expect(notApplicable.sort()).toEqual(RULES.map((x) => x.id).sort());
  });

  it('judges the properties, not a look-alike custom resource: kind Deployment in another API group is ignored', async () => {
    const crd = { ...workload('Deployment', 'web', privilegedSpec()), apiVersion: 'example.com/v1' };
    expect((await pack.engine.analyze({ type: 'kubernetes:example.com/v1:Deployment', name: 'web', props: crd })).diagnostics).toEqual([]);
  });

  it('names the resource by its Pulumi name when metadata.name is not set (the provider names it later)', async () => {
    const pod = workload('Pod', 'x', privilegedSpec()) as Record<string, unknown>;
    pod.metadata = {};
    const { diagnostics } = await pack.engine.analyze({ type: 'kubernetes:core/v1:Pod', name: 'frontend', props: pod });
    expect(detail(diagnostics[0]).startsWith('Pod frontend: ')).toBe(true);
  });
});

describe('preview-time unknowns', () => {
  const level = (ds: Diagnostic[], policy: string) => ds.filter((d) => d.policyName === policy).map((d) => d.enforcementLevel);

  it('an unknown field gives an advisory "not decidable" diagnostic, never a mandatory one', async () => {
    const pod = workload('Pod', 'web', hardenedSpec({ securityContext: { privileged: UNKNOWN } }));
    const { diagnostics } = await pack.engine.analyze(resourceOf(pod));
    expect(byPolicy(diagnostics)).toEqual(['privileged:advisory']);
    expect(diagnostics[0].message).toMatch(/during preview/);
    expect(diagnostics[0].message).toContain('Pod shop/web: spec.containers[0].securityContext.privileged is not known yet');
  });

  it('a known verdict resting on an unknown inherited value waits too, while other containers are still judged', async () => {
    const spec = hardenedSpec();
    const podContext = spec.securityContext as Record<string, unknown>;
    podContext.runAsNonRoot = UNKNOWN;
    const { diagnostics } = await pack.engine.analyze(resourceOf(workload('Deployment', 'web', spec)));
    expect(level(diagnostics, 'run-as-non-root')).toEqual(['advisory']);
    expect(diagnostics.filter((d) => d.enforcementLevel === 'mandatory')).toEqual([]);
  });

  it('a whole unknown securityContext leaves its rules open, and a known insecure value is still mandatory', async () => {
    const spec = hardenedSpec({}, { hostNetwork: true });
    (spec.containers as Array<Record<string, unknown>>)[0].securityContext = UNKNOWN;
    const { diagnostics } = await pack.engine.analyze(resourceOf(workload('StatefulSet', 'db', spec)));
    expect(diagnostics.filter((d) => d.enforcementLevel === 'mandatory').map((d) => d.policyName)).toEqual(['host-namespaces']);
    for (const p of ['privileged', 'allow-privilege-escalation', 'capabilities-restricted', 'read-only-root-filesystem']) {
      expect(level(diagnostics, p), p).toEqual(['advisory']);
    }
  });

  it('a privileged container next to an unknown one is still mandatory', async () => {
    const spec = hardenedSpec({ securityContext: { privileged: true } });
    (spec.containers as unknown[]).push({ name: 'sidecar', image: 'x', securityContext: { privileged: UNKNOWN } });
    const { diagnostics } = await pack.engine.analyze(resourceOf(workload('Pod', 'web', spec)));
    expect(level(diagnostics, 'privileged').sort()).toEqual(['advisory', 'mandatory']);
  });

  it('a known violation beside an unknown field the same rule reads is still mandatory', async () => {
    const spec = hardenedSpec({ securityContext: { capabilities: { drop: UNKNOWN, add: ['NET_ADMIN'] } } }, { hostNetwork: true, hostPID: UNKNOWN });
    const { diagnostics } = await pack.engine.analyze(resourceOf(workload('DaemonSet', 'agent', spec)));
    expect(level(diagnostics, 'capabilities-restricted').sort()).toEqual(['advisory', 'mandatory']);
    expect(level(diagnostics, 'host-namespaces').sort()).toEqual(['advisory', 'mandatory']);
  });

  it('at pulumi up, with the value known, the same resource is decided', async () => {
    const known = await pack.engine.analyze(resourceOf(workload('Pod', 'web', hardenedSpec({ securityContext: { privileged: true } }))));
    expect(byPolicy(known.diagnostics)).toEqual(['privileged:mandatory']);
  });

  it('an unknown list of containers or an unknown spec never fails a policy', async () => {
    for (const spec of [{ containers: UNKNOWN }, UNKNOWN]) {
      const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec };
      const { diagnostics } = await pack.engine.analyze(resourceOf(pod as never));
      expect(diagnostics.filter((d) => d.enforcementLevel === 'mandatory')).toEqual([]);
    }
  });
});

describe('secrets', () => {
  it('judges secret values like any other', async () => {
    const spec = hardenedSpec({ securityContext: { privileged: secret(true) } });
    const { diagnostics } = await pack.engine.analyze(resourceOf(workload('Pod', 'web', spec)));
    expect(byPolicy(diagnostics)).toEqual(['privileged:mandatory']);
  });
});

describe('remediation', () => {
  // Misses allowPrivilegeEscalation, readOnlyRootFilesystem, pod-level runAsNonRoot, and drops no capability.
  const loose = () => {
    const spec = hardenedSpec({ securityContext: {} });
    const container = (spec.containers as Array<{ securityContext: Record<string, unknown> }>)[0];
    container.securityContext = {};
    delete (spec.securityContext as Record<string, unknown>).runAsNonRoot;
    return spec;
  };
  const fixers: Record<string, PolicyConfig> = {
    'allow-privilege-escalation': 'remediate',
    'read-only-root-filesystem': 'remediate',
    'run-as-non-root': 'remediate',
    'capabilities-restricted': 'remediate',
    privileged: 'remediate',
  };

  it('is opt-in: with the default config, Remediate changes nothing', async () => {
    expect(await pack.engine.remediate(resourceOf(workload('Deployment', 'web', loose())))).toEqual([]);
  });

  it('configured to remediate, applies the safe fixes, after which Analyze reports only the unsafe ones, saying so', () =>
    withConfig(fixers, async () => {
      const before = resourceOf(workload('Deployment', 'web', loose()));
      const remediations = await pack.engine.remediate(before);
      // runAsNonRoot is safe here: the pod runs as UID 1000.
      expect(remediations.map((r) => r.policyName)).toEqual(['allow-privilege-escalation', 'run-as-non-root']);
      const after = remediations.at(-1)!.props as ReturnType<typeof workload>;
      const pod = (after.spec as { template: { spec: Record<string, any> } }).template.spec;
      expect(pod.securityContext.runAsNonRoot).toBe(true);
      expect(pod.containers[0].securityContext).toEqual({ allowPrivilegeEscalation: false });
      const { diagnostics } = await pack.engine.analyze({ ...before, props: after });
      expect(names(diagnostics)).toEqual(['capabilities-restricted', 'read-only-root-filesystem']);
      for (const d of diagnostics) expect(d.message).toContain('podguard has a fix, but an unsafe one: it takes away what the resource asks for and may break the workload, so remediation does not apply it.');
    }));

  it('never remediates a fix that changes what the workload can do: configured remediate, it stays mandatory', () =>
    withConfig(fixers, async () => {
      const pod = resourceOf(workload('Pod', 'web', hardenedSpec({ securityContext: { privileged: true, capabilities: { add: ['NET_ADMIN'] } } })));
      expect(await pack.engine.remediate(pod)).toEqual([]);
      const { diagnostics } = await pack.engine.analyze(pod);
      expect(diagnostics.every((d) => d.enforcementLevel === 'mandatory')).toBe(true);
      expect(names(diagnostics)).toEqual(['capabilities-restricted', 'privileged']);
    }));

  it('leaves values that are not known yet in place, and does not fix what it cannot decide', () =>
    withConfig(fixers, async () => {
      const spec = loose();
      (spec.securityContext as Record<string, unknown>).runAsNonRoot = UNKNOWN;
      (spec.containers as Array<{ securityContext: Record<string, unknown> }>)[0].securityContext.readOnlyRootFilesystem = UNKNOWN;
      const remediations = await pack.engine.remediate(resourceOf(workload('Pod', 'web', spec)));
      expect(remediations.map((r) => r.policyName)).toEqual(['allow-privilege-escalation']);
      const after = remediations[0].props as { spec: Record<string, any> };
      expect(after.spec.securityContext.runAsNonRoot).toBe(UNKNOWN);
      expect(after.spec.containers[0].securityContext).toEqual({ readOnlyRootFilesystem: UNKNOWN, allowPrivilegeEscalation: false });
    }));

  it('does nothing to resources that are not pod-bearing', () =>
    withConfig(fixers, async () => {
      const cm = { type: 'kubernetes:core/v1:ConfigMap', name: 'cm', props: { apiVersion: 'v1', kind: 'ConfigMap', data: { a: 'b' } } };
      expect(await pack.engine.remediate(cm)).toEqual([]);
    }));
});

describe('secrets in a remediation', () => {
  /** Every string in the value that is not inside a secret. */
  const inTheClear = (v: unknown): string[] => {
    if (typeof v === 'string') return [v];
    if (typeof v !== 'object' || v === null) return [];
    if ((v as Record<string, unknown>)[SIG_KEY] === SECRET_SIG) return [];
    return Object.values(v).flatMap(inTheClear);
  };
  const isSecret = (v: unknown) => typeof v === 'object' && v !== null && (v as Record<string, unknown>)[SIG_KEY] === SECRET_SIG;

  it('keeps a secret secret, whether beside the fix or around it', () =>
    withConfig({ 'allow-privilege-escalation': 'remediate' }, async () => {
      const spec = hardenedSpec({ env: [{ name: 'TOKEN', value: secret('s3cr3t') }], securityContext: { allowPrivilegeEscalation: null } });
      const sidecar = { name: 'sidecar', image: 'x', securityContext: secret({ readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] }, runAsUser: 4242 }) };
      (spec.containers as unknown[]).push(sidecar);
      const [r] = await pack.engine.remediate(resourceOf(workload('Pod', 'web', spec)));
      const containers = (r.props as { spec: { containers: Array<Record<string, any>> } }).spec.containers;
      expect(containers[0].env[0].value).toEqual(secret('s3cr3t'));
      expect(containers[0].securityContext.allowPrivilegeEscalation).toBe(false);
      expect(containers[1].securityContext).toEqual(secret({ allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, runAsUser: 4242, readOnlyRootFilesystem: true }));
      expect(inTheClear(r.props)).not.toContain('s3cr3t');
    }));

  it('keeps a whole secret spec secret', () =>
    withConfig({ 'allow-privilege-escalation': 'remediate' }, async () => {
      const pod = workload('Pod', 'web', hardenedSpec({ securityContext: { allowPrivilegeEscalation: null } }));
      const [r] = await pack.engine.remediate(resourceOf({ ...pod, spec: secret(pod.spec) }));
      const spec = (r.props as { spec: { value: { containers: Array<Record<string, any>> } } }).spec;
      expect(isSecret(spec)).toBe(true);
      expect(spec.value.containers[0].securityContext.allowPrivilegeEscalation).toBe(false);
    }));

  it('keeps a secret value secret where a fix moves it', () =>
    withConfig({ 'misplaced-field': 'remediate' }, async () => {
      const spec = hardenedSpec();
      (spec.securityContext as Record<string, unknown>).readOnlyRootFilesystem = secret(true);
      (spec.containers as Array<{ securityContext: Record<string, unknown> }>)[0].securityContext.readOnlyRootFilesystem = undefined;
      delete (spec.containers as Array<{ securityContext: Record<string, unknown> }>)[0].securityContext.readOnlyRootFilesystem;
      const [r] = await pack.engine.remediate(resourceOf(workload('Pod', 'web', spec)));
      expect(r.policyName).toBe('misplaced-field');
      const after = (r.props as { spec: Record<string, any> }).spec;
      expect(after.securityContext.readOnlyRootFilesystem).toBeUndefined();
      expect(after.containers[0].securityContext.readOnlyRootFilesystem).toEqual(secret(true));
    }));
});

describe('configuration', () => {
  // Privileged, and no runAsNonRoot anywhere: an error under every profile, and one from restricted up.
  const spec = () => {
    const s = hardenedSpec({ securityContext: { privileged: true } });
    delete (s.securityContext as Record<string, unknown>).runAsNonRoot;
    return s;
  };
  const deployment = () => resourceOf(workload('Deployment', 'web', spec()));

  it('the config file sets each policy\'s enforcement level, or disables it', () =>
    withConfig({ privileged: 'advisory', 'run-as-non-root': 'disabled', 'read-only-root-filesystem': { enforcementLevel: 'mandatory' } }, async () => {
      const pod = workload('Pod', 'web', hardenedSpec({ securityContext: { privileged: true, readOnlyRootFilesystem: false } }));
      delete ((pod.spec as Record<string, any>).securityContext as Record<string, unknown>).runAsNonRoot;
      expect(byPolicy((await pack.engine.analyze(resourceOf(pod))).diagnostics)).toEqual(['privileged:advisory', 'read-only-root-filesystem:mandatory']);
    }));

  it('"all" sets every policy\'s level', () =>
    withConfig({ all: 'advisory' }, async () => {
      expect(byPolicy((await pack.engine.analyze(deployment())).diagnostics)).toEqual(['privileged:advisory', 'run-as-non-root:advisory']);
    }));

  it('each policy takes the profile, given to every policy', () =>
    withConfig(Object.fromEntries(RULES.map((r) => [r.id, { profile: 'baseline' }])), async () => {
      expect(byPolicy((await pack.engine.analyze(deployment())).diagnostics)).toEqual(['privileged:mandatory']);
    }));

  it('each policy takes the Kubernetes version: capabilities-restricted starts at 1.22', async () => {
    const pod = resourceOf(workload('Pod', 'web', hardenedSpec({ securityContext: { capabilities: { drop: ['NET_RAW'] } } })));
    expect(names((await pack.engine.analyze(pod)).diagnostics)).toEqual(['capabilities-restricted']);
    await withConfig({ 'capabilities-restricted': { k8sVersion: '1.21' } }, async () => {
      expect((await pack.engine.analyze(pod)).diagnostics).toEqual([]);
    });
  });

  it('rejects a setting the engine\'s schema check would have caught, in one line without a stack trace', async () => {
    const entries = Object.fromEntries(policies.map((p) => [p.name, { level: p.enforcementLevel, props: {} as Record<string, unknown> }]));
    entries.privileged.props = { profile: 'strict' };
    await pack.engine.configureRaw(entries);
    try {
      const failure = await pack.engine.analyze(deployment()).then(
        () => undefined,
        (e: Error) => e.message,
      );
      expect(failure).toMatch(/podguard: profile "strict" from the policy config is not one of baseline, restricted, hardened/);
      expect(failure).not.toMatch(STACK_TRACE);
    } finally {
      await pack.engine.configure(policies);
    }
  });
});

describe('stack config: settings written once for every policy', () => {
  let shared: RunningPack;
  let sharedPolicies: PolicyInfo[];

  beforeAll(async () => {
    // The engine passes the stack's config to policy packs in PULUMI_CONFIG.
    shared = await launchPack({ PULUMI_CONFIG: JSON.stringify({ 'podguard:profile': 'baseline', 'podguard:k8sVersion': '1.30' }) });
    sharedPolicies = (await shared.engine.info()).policies;
    await shared.engine.configure(sharedPolicies);
  });

  afterAll(() => {
    shared?.engine.close();
    shared?.kill();
  });

  const pod = () => {
    const spec = hardenedSpec({ securityContext: { privileged: true } });
    delete (spec.securityContext as Record<string, unknown>).runAsNonRoot;
    return resourceOf(workload('Pod', 'web', spec));
  };

  it('applies podguard:profile to every policy', async () => {
    expect(byPolicy((await shared.engine.analyze(pod())).diagnostics)).toEqual(['privileged:mandatory']);
  });

  it('lets a policy\'s own config override it', async () => {
    await shared.engine.configure(sharedPolicies, { 'run-as-non-root': { profile: 'restricted' } });
    expect(byPolicy((await shared.engine.analyze(pod())).diagnostics)).toEqual(['privileged:mandatory', 'run-as-non-root:mandatory']);
  });
});

describe('a preview, call by call', () => {
  it('Remediate then Analyze for each resource, then AnalyzeStack, as the engine calls them', () =>
    withConfig({ 'allow-privilege-escalation': 'remediate' }, async () => {
      const resources = [
        resourceOf(workload('Pod', 'debug', privilegedSpec()), 'debug'),
        resourceOf(workload('Deployment', 'web', hardenedSpec({ securityContext: { allowPrivilegeEscalation: null } })), 'web'),
        { type: 'kubernetes:core/v1:ConfigMap', name: 'settings', props: { apiVersion: 'v1', kind: 'ConfigMap', data: { a: 'b' } } },
      ];
      const final = [];
      const verdicts: Record<string, string[]> = {};
      for (const r of resources) {
        const remediations = await pack.engine.remediate(r);
        const props = remediations.at(-1)?.props ?? r.props;
        verdicts[r.name] = byPolicy((await pack.engine.analyze({ ...r, props })).diagnostics);
        final.push({ ...r, props });
      }
      expect(verdicts).toEqual({ debug: ['privileged:mandatory'], web: [], settings: [] });
      // With no exemptions configured, there is nothing to say about the stack as a whole.
      expect(await pack.engine.analyzeStack(final)).toEqual([]);
    }));
});
