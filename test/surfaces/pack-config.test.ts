// podguard's configuration and suppressions in the policy pack, over the engine's gRPC calls: the keys of
// .podguard.yaml given once per stack (as podguard:* stack config, or a file named by podguard:config), with the
// CLI's meaning; annotation waivers on the resources; the engine's own findings about waivers; and mistakes in the
// settings. The pack reads the stack config when it starts, so each set of settings gets a pack of its own.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACK_DIR, resourceOf, STACK_TRACE, stackConfig, startPack, type Diagnostic, type Resource } from './pack/harness.js';
import { hardenedSpec, privilegedSpec, workload, type Workload } from './pack/workloads.js';

/** The date expiry is judged by; the real one is later, so a pack that ignored PODGUARD_TODAY would fail the tests. */
const TODAY = '2026-06-15';

type Pack = Awaited<ReturnType<typeof startPack>>;
const packs: Pack[] = [];
async function start(env: Record<string, string>): Promise<Pack> {
  const pack = await startPack({ PODGUARD_TODAY: TODAY, ...env });
  packs.push(pack);
  return pack;
}

afterAll(() => {
  for (const p of packs) {
    p.engine.close();
    p.kill();
  }
});

const byPolicy = (ds: Diagnostic[]) => ds.map((d) => `${d.policyName}:${d.enforcementLevel}`).sort();
/** The pack's own text: the SDK puts the policy's description on the line before it. */
const detail = (d: Diagnostic) => d.message.slice(d.message.lastIndexOf('\n') + 1);
const analyze = async (pack: Pack, r: Resource) => byPolicy((await pack.engine.analyze(r)).diagnostics);

function inNamespace<T extends Workload>(w: T, namespace: string): T {
  return { ...w, metadata: { ...w.metadata, namespace } };
}

// A Deployment the first exemption below covers on every matcher, with a writable root file system.
const invoice = (change: { namespace?: string; kind?: 'Deployment' | 'StatefulSet'; name?: string; container?: string; image?: string } = {}) => {
  const spec = hardenedSpec({ name: change.container ?? 'app', image: change.image ?? 'registry.example/billing:2.1', securityContext: { readOnlyRootFilesystem: false } });
  return resourceOf(inNamespace(workload(change.kind ?? 'Deployment', change.name ?? 'invoice-web', spec), change.namespace ?? 'billing'), 'invoice');
};
const operator = () => resourceOf(workload('Pod', 'operator', hardenedSpec({}, { automountServiceAccountToken: true })), 'operator');
const withSpec = (name: string, spec: Record<string, unknown>) => resourceOf(workload('Pod', name, spec), name);
const configMap: Resource = { type: 'kubernetes:core/v1:ConfigMap', name: 'settings', props: { apiVersion: 'v1', kind: 'ConfigMap', data: { a: 'b' } } };

const EXEMPTIONS = [
  {
    rule: 'read-only-root-filesystem',
    reason: 'the billing app caches rendered invoices in its image directory (BILL-412)',
    namespace: 'billing',
    kind: 'Deployment',
    name: 'invoice-*',
    container: 'app',
    image: 'registry.example/billing:*',
  },
  // The last day it applies is today.
  { rule: 'automount-service-account-token', reason: 'the operator manages the cluster', name: 'operator', until: TODAY },
  { rule: 'root-group', reason: 'legacy NFS permissions', name: 'legacy', until: '2026-06-14' },
  { rule: 'run-as-user', name: 'batch' },
  { rule: 'host-namespaces', reason: 'node exporter reads host metrics', name: 'node-exporter' },
  { rule: 'host-ports', reason: 'nothing binds host ports any more' },
];

const SETTINGS = {
  'podguard:rules': { 'read-only-root-filesystem': { level: 'error' }, privileged: { level: 'warning' }, 'share-process-namespace': { enabled: false } },
  'podguard:locked': ['host-namespaces'],
  'podguard:exemptions': EXEMPTIONS,
  'podguard:fix': { runAsUser: 10001, runAsGroup: 10002 },
};

describe('settings written once, in the stack config', () => {
  let pack: Pack;
  let plain: Pack;

  beforeAll(async () => {
    [pack, plain] = await Promise.all([start(stackConfig(SETTINGS)), start({})]);
  });

  it('declares each policy at its configured level, and a rule switched off as disabled', () => {
    const declared = (p: Pack, name: string) => {
      const policy = p.policies.find((x) => x.name === name)!;
      return `${policy.enforcementLevel}/${policy.severity}`;
    };
    expect(['read-only-root-filesystem', 'privileged', 'share-process-namespace', 'host-namespaces'].map((n) => declared(pack, n))).toEqual([
      'mandatory/high',
      'advisory/medium',
      'disabled/medium',
      'mandatory/high',
    ]);
    expect(['read-only-root-filesystem', 'privileged', 'share-process-namespace'].map((n) => declared(plain, n))).toEqual(['advisory/medium', 'mandatory/high', 'advisory/medium']);
  });

  it('a level override changes the enforcement of the policy', async () => {
    const pod = withSpec('web', hardenedSpec({ securityContext: { privileged: true, readOnlyRootFilesystem: false } }));
    expect(await analyze(plain, pod)).toEqual(['privileged:mandatory', 'read-only-root-filesystem:advisory']);
    expect(await analyze(pack, pod)).toEqual(['privileged:advisory', 'read-only-root-filesystem:mandatory']);
  });

  it('an enforcement level the policy-pack config gives explicitly wins over the configured level', async () => {
    await pack.engine.configure(pack.policies, { privileged: 'mandatory', 'read-only-root-filesystem': { enforcementLevel: 'advisory' } });
    try {
      const pod = withSpec('web', hardenedSpec({ securityContext: { privileged: true, readOnlyRootFilesystem: false } }));
      expect(await analyze(pack, pod)).toEqual(['privileged:mandatory', 'read-only-root-filesystem:advisory']);
    } finally {
      await pack.engine.configure(pack.policies);
    }
  });

  it('a rule switched off reports nothing, even when the policy-pack config sets every policy mandatory', async () => {
    const pod = withSpec('web', hardenedSpec({}, { shareProcessNamespace: true }));
    expect(await analyze(plain, pod)).toEqual(['share-process-namespace:advisory']);
    expect(await analyze(pack, pod)).toEqual([]);
    await pack.engine.configure(pack.policies, { all: 'mandatory' });
    try {
      expect(await analyze(pack, pod)).toEqual([]);
      // "all" did apply: another rule's finding is mandatory now.
      expect(await analyze(pack, withSpec('web', hardenedSpec({}, { shareProcessNamespace: true, automountServiceAccountToken: true })))).toEqual([
        'automount-service-account-token:mandatory',
      ]);
    } finally {
      await pack.engine.configure(pack.policies);
    }
  });

  describe('an exemption applies where every matcher it gives matches (* matching any run of characters)', () => {
    it('matched on namespace, kind, name, container and image: the finding does not fail the preview', async () => {
      expect(await analyze(plain, invoice())).toEqual(['read-only-root-filesystem:advisory']);
      expect(await analyze(pack, invoice())).toEqual([]);
    });

    it.each([
      ['namespace', { namespace: 'shop' }],
      ['kind', { kind: 'StatefulSet' as const }],
      ['name', { name: 'web' }],
      ['container', { container: 'worker' }],
      ['image', { image: 'registry.example/shop:2.1' }],
    ])('not when the %s differs', async (_what, change) => {
      expect(await analyze(pack, invoice(change))).toEqual(['read-only-root-filesystem:mandatory']);
    });
  });

  it('an exemption applies through its until date', async () => {
    expect(await analyze(plain, operator())).toEqual(['automount-service-account-token:advisory']);
    expect(await analyze(pack, operator())).toEqual([]);
  });

  it('past its date, an exemption no longer suppresses: the finding counts again', async () => {
    const legacy = withSpec('legacy', hardenedSpec({}, { securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 0, seccompProfile: { type: 'RuntimeDefault' } } }));
    expect(await analyze(pack, legacy)).toEqual(['root-group:mandatory']);
  });

  it('an exemption without a reason, or on a locked rule, suppresses nothing', async () => {
    expect(await analyze(pack, withSpec('batch', hardenedSpec({ securityContext: { runAsUser: 0 } })))).toEqual(['run-as-user:mandatory']);
    expect(await analyze(pack, withSpec('node-exporter', hardenedSpec({}, { hostPID: true })))).toEqual(['host-namespaces:mandatory']);
  });

  it('AnalyzeStack reports each exemption that is expired, invalid or matched nothing in the stack, naming it', async () => {
    const stack = [invoice(), operator(), configMap];
    const diagnostics = await pack.engine.analyzeStack(stack);
    expect(diagnostics.map((d) => [d.policyName, d.enforcementLevel, detail(d)])).toEqual([
      ['invalid-suppression', 'mandatory', expect.stringMatching(/^stack config podguard:exemptions\[3\]: This suppression of run-as-user gives no reason/)],
      [
        'invalid-suppression',
        'mandatory',
        'stack config podguard:exemptions[4]: host-namespaces is locked by the stack config podguard:locked: no suppression may waive it, so this one is ignored; fix the finding instead.',
      ],
      ['expired-suppression', 'advisory', expect.stringMatching(/^stack config podguard:exemptions\[2\]: This suppression of root-group expired on 2026-06-14/)],
      ['unused-suppression', 'advisory', 'stack config podguard:exemptions[5]: This suppression of host-ports matches no finding in the scanned objects; remove it.'],
    ]);
    // About the stack, not one resource: the engine shows them on the stack.
    expect(diagnostics.map((d) => d.urn)).toEqual(['', '', '', '']);
  });

  it('an exemption is unused only when no resource of the whole stack has a finding it covers', async () => {
    const unused = async (stack: Resource[]) =>
      (await pack.engine.analyzeStack(stack)).filter((d) => d.policyName === 'unused-suppression').map((d) => /exemptions\[(\d)\]/.exec(d.message)![1]);
    expect(await unused([operator()])).toEqual(['0', '5']);
    expect(await unused([configMap, invoice({ name: 'invoice-pdf' }), operator()])).toEqual(['5']);
    // A finding of its rule on a resource its matchers do not cover leaves it unused.
    expect(await unused([invoice({ namespace: 'shop' }), operator()])).toEqual(['0', '5']);
  });

  it('never remediates a chosen UID or GID (an unsafe fix); the violation names the configured ones and says so', async () => {
    const fixers = { 'explicit-run-as-user': 'remediate', 'explicit-run-as-group': 'remediate' } as const;
    const spec = hardenedSpec();
    const podContext = spec.securityContext as Record<string, unknown>;
    delete podContext.runAsUser;
    delete podContext.runAsGroup;
    const told = async (p: Pack) => {
      await p.engine.configure(p.policies, fixers);
      try {
        expect(await p.engine.remediate(withSpec('web', spec))).toEqual([]);
        const { diagnostics } = await p.engine.analyze(withSpec('web', spec));
        const user = detail(diagnostics.find((d) => d.policyName === 'explicit-run-as-user')!);
        expect(user).toContain('podguard has a fix, but an unsafe one');
        return [/e\.g\. to (\d+)/.exec(user)![1], /e\.g\. to (\d+)/.exec(detail(diagnostics.find((d) => d.policyName === 'explicit-run-as-group')!))![1]];
      } finally {
        await p.engine.configure(p.policies);
      }
    };
    expect(await told(plain)).toEqual(['65532', '65532']);
    expect(await told(pack)).toEqual(['10001', '10002']);
  });

  it('an annotation on a locked rule is reported and suppresses nothing', async () => {
    const pod = workload('Pod', 'exporter', hardenedSpec({}, { hostPID: true }), { annotations: { 'podguard.dev/ignore.host-namespaces': 'reads host metrics' } });
    const { diagnostics } = await pack.engine.analyze(resourceOf(pod));
    expect(byPolicy(diagnostics)).toEqual(['host-namespaces:mandatory', 'invalid-suppression:mandatory']);
    expect(detail(diagnostics.find((d) => d.policyName === 'invalid-suppression')!)).toBe(
      'Pod shop/exporter: host-namespaces is locked by the stack config podguard:locked: no suppression may waive it, so this one is ignored; fix the finding instead.',
    );
    expect(await analyze(plain, resourceOf(pod))).toEqual([]);
  });
});

describe('annotation waivers', () => {
  let pack: Pack;
  beforeAll(async () => {
    pack = await start({});
  });

  const ignore = (rule: string, text: string) => ({ annotations: { [`podguard.dev/ignore.${rule}`]: text } });
  const privileged = (podMetadata: Record<string, unknown>, kind: 'Pod' | 'Deployment' = 'Pod') => resourceOf(workload(kind, 'gpu', privilegedSpec(), podMetadata));

  it('one with a reason suppresses the finding, on the object or on its pod template', async () => {
    expect(await analyze(pack, privileged({}))).toEqual(['privileged:mandatory']);
    expect(await analyze(pack, privileged(ignore('privileged', 'the NVIDIA driver installer needs it')))).toEqual([]);
    expect(await analyze(pack, privileged(ignore('privileged', 'the NVIDIA driver installer needs it'), 'Deployment'))).toEqual([]);
  });

  it('container= limits it to that container', async () => {
    const spec = privilegedSpec();
    (spec.containers as unknown[]).push({ ...(spec.containers as Array<Record<string, unknown>>)[0], name: 'driver' });
    const pod = (text: string) => resourceOf(workload('Pod', 'gpu', spec, ignore('privileged', text)));
    const { diagnostics } = await pack.engine.analyze(pod('container=driver the driver installer needs it'));
    expect(byPolicy(diagnostics)).toEqual(['privileged:mandatory']);
    expect(detail(diagnostics[0])).toMatch(/^Pod shop\/gpu: Container "app" /);
  });

  it('one without a reason suppresses nothing and is an invalid-suppression', async () => {
    const { diagnostics } = await pack.engine.analyze(privileged(ignore('privileged', 'until=2027-01-31')));
    expect(byPolicy(diagnostics)).toEqual(['invalid-suppression:mandatory', 'privileged:mandatory']);
    expect(detail(diagnostics.find((d) => d.policyName === 'invalid-suppression')!)).toMatch(/^Pod shop\/gpu: This suppression of privileged gives no reason/);
  });

  it('one past its until date (judged by PODGUARD_TODAY) suppresses nothing and is an expired-suppression', async () => {
    const { diagnostics } = await pack.engine.analyze(privileged(ignore('privileged', 'until=2026-06-14 the driver installer needs it')));
    expect(byPolicy(diagnostics)).toEqual(['expired-suppression:advisory', 'privileged:mandatory']);
    expect(detail(diagnostics.find((d) => d.policyName === 'expired-suppression')!)).toMatch(/This suppression of privileged expired on 2026-06-14/);
    expect(await analyze(pack, privileged(ignore('privileged', `until=${TODAY} the driver installer needs it`)))).toEqual([]);
  });

  it('one that matches no finding is an unused-suppression', async () => {
    const { diagnostics } = await pack.engine.analyze(privileged(ignore('host-ports', 'the ingress binds port 80')));
    expect(byPolicy(diagnostics)).toEqual(['privileged:mandatory', 'unused-suppression:advisory']);
    expect(detail(diagnostics.find((d) => d.policyName === 'unused-suppression')!)).toBe('Pod shop/gpu: This suppression of host-ports matches no finding on this object; remove it.');
  });

  it('a waived finding is not remediated', async () => {
    await pack.engine.configure(pack.policies, { 'allow-privilege-escalation': 'remediate' });
    try {
      const loose = (podMetadata: Record<string, unknown>) => resourceOf(workload('Pod', 'web', hardenedSpec({ securityContext: { allowPrivilegeEscalation: null } }), podMetadata));
      expect((await pack.engine.remediate(loose({}))).map((r) => r.policyName)).toEqual(['allow-privilege-escalation']);
      expect(await pack.engine.remediate(loose(ignore('allow-privilege-escalation', 'the image runs sudo at start')))).toEqual([]);
    } finally {
      await pack.engine.configure(pack.policies);
    }
  });

  it('without exemptions, AnalyzeStack has nothing to say', async () => {
    expect(await pack.engine.analyzeStack([privileged({}), configMap])).toEqual([]);
  });
});

describe('a .podguard.yaml named by podguard:config', () => {
  const dir = mkdtempSync(join(tmpdir(), 'podguard-pack-config-'));
  const file = join(dir, '.podguard.yaml');
  writeFileSync(
    file,
    [
      'profile: baseline',
      'rules:',
      '  privileged: {level: warning}',
      'locked: [host-namespaces]',
      'exemptions:',
      '  - rule: host-ports',
      '    reason: the ingress controller binds 80 and 443 on the node',
      '    name: ingress-*',
      '  - rule: host-path-volumes',
      '    reason: no longer mounted',
      '',
    ].join('\n'),
  );
  const ingress = () => resourceOf(workload('DaemonSet', 'ingress-nginx', hardenedSpec({ ports: [{ containerPort: 80, hostPort: 80 }] })), 'ingress');
  // No runAsNonRoot: restricted and hardened report it, baseline does not.
  const rootable = () => {
    const spec = privilegedSpec();
    delete (spec.securityContext as Record<string, unknown>).runAsNonRoot;
    return withSpec('web', spec);
  };

  let pack: Pack;
  beforeAll(async () => {
    pack = await start(stackConfig({ 'podguard:config': file }));
  });

  it('is read from an absolute path: its profile, levels, exemptions and locked rules apply', async () => {
    expect(await analyze(pack, rootable())).toEqual(['privileged:advisory']);
    expect(await analyze(pack, ingress())).toEqual([]);
    const locked = workload('Pod', 'exporter', hardenedSpec({}, { hostPID: true }), { annotations: { 'podguard.dev/ignore.host-namespaces': 'reads host metrics' } });
    const { diagnostics } = await pack.engine.analyze(resourceOf(locked));
    expect(detail(diagnostics.find((d) => d.policyName === 'invalid-suppression')!)).toBe(
      `Pod shop/exporter: host-namespaces is locked by ${file}: no suppression may waive it, so this one is ignored; fix the finding instead.`,
    );
    // Findings about an exemption name the file, line and column it is written at.
    expect((await pack.engine.analyzeStack([ingress()])).map(detail)).toEqual([
      `${file}:9:5: This suppression of host-path-volumes matches no finding in the scanned objects; remove it.`,
    ]);
  });

  it('is read from a path relative to the policy pack\'s directory, where the engine starts the pack', async () => {
    const relativePack = await start(stackConfig({ 'podguard:config': relative(PACK_DIR, file) }));
    expect(relativePack.policies.find((p) => p.name === 'privileged')!.enforcementLevel).toBe('advisory');
    expect(await analyze(relativePack, ingress())).toEqual([]);
  });

  it('a stack key replaces the file\'s value of that key; the file\'s other keys still apply', async () => {
    const overriding = await start(
      stackConfig({ 'podguard:config': file, 'podguard:profile': 'hardened', 'podguard:exemptions': [{ rule: 'host-path-volumes', reason: 'no longer mounted' }] }),
    );
    expect(await analyze(overriding, rootable())).toEqual(['privileged:advisory', 'run-as-non-root:mandatory']);
    expect(await analyze(overriding, ingress())).toEqual(['host-ports:mandatory']);
  });

  it('a policy\'s own profile still wins over the file\'s', async () => {
    await pack.engine.configure(pack.policies, { 'run-as-non-root': { profile: 'restricted' } });
    try {
      expect(await analyze(pack, rootable())).toEqual(['privileged:advisory', 'run-as-non-root:mandatory']);
    } finally {
      await pack.engine.configure(pack.policies);
    }
  });
});

describe('mistakes in the settings stop the run, one line each, without a stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'podguard-pack-bad-'));
  const badFile = join(dir, '.podguard.yaml');
  writeFileSync(badFile, 'exemptions:\n  - rule: privileged\n    reasn: the driver needs it\n');
  const lockedInFile = join(dir, 'locked.yaml');
  writeFileSync(lockedInFile, 'locked: [privileged]\n');

  it.each([
    [
      'mistakes in the stack keys, each named as `pulumi config set --path` writes it',
      {
        'podguard:profile': 'strict',
        'podguard:rules': { privileged: { level: 'fatal' }, privilegd: { level: 'error' } },
        'podguard:locked': ['privileged', 'privilegd'],
        'podguard:exemptions': [{ rule: 'privileged', reasn: 'x' }, { rule: 'privileged', reason: 'x', until: '31.12.2026' }],
        'podguard:exemption': [{ rule: 'privileged', reason: 'x' }],
        'podguard:fix': '{runAsUser: 10001',
      },
      [
        /^stack config podguard:fix: not valid YAML or JSON: /,
        'stack config podguard:exemption: unknown setting (the keys are those of .podguard.yaml, and config)',
        'stack config podguard:profile: must be one of "baseline", "restricted", "hardened"',
        'stack config podguard:rules.privileged.level: must be one of "error", "warning", "note"',
        'stack config podguard:rules.privilegd: unknown rule id "privilegd" (podguard rules lists them)',
        'stack config podguard:locked[1]: unknown rule id "privilegd" (podguard rules lists them)',
        'stack config podguard:exemptions[0].reasn: unknown key "reasn"',
        'stack config podguard:exemptions[1].until: must match pattern "^\\d{4}-\\d{2}-\\d{2}$"',
      ],
    ],
    [
      'a locked rule switched off',
      { 'podguard:locked': ['privileged'], 'podguard:rules': { privileged: { enabled: false } } },
      ['stack config podguard:rules.privileged.enabled: privileged is locked by the stack config podguard:locked, so it cannot be switched off'],
    ],
    [
      'a rule the file locks, switched off in the stack config',
      { 'podguard:config': lockedInFile, 'podguard:rules': { privileged: { enabled: false } } },
      [`stack config podguard:rules.privileged.enabled: privileged is locked by ${lockedInFile}, so it cannot be switched off`],
    ],
    ['a mistake in the file, at its line and column', { 'podguard:config': badFile }, [`${badFile}:3:5: exemptions.0.reasn: unknown key "reasn"`]],
    [
      'a file that is not there',
      { 'podguard:config': 'missing/.podguard.yaml' },
      [`stack config podguard:config: cannot read ${join(PACK_DIR, 'missing/.podguard.yaml')} (missing/.podguard.yaml, from the policy pack's directory ${PACK_DIR}): no such file`],
    ],
  ] as Array<[string, Record<string, unknown>, Array<string | RegExp>]>)('%s', async (_what, config, lines) => {
    const pack = await start(stackConfig(config));
    const failure = async (call: Promise<unknown>) =>
      call.then(
        () => 'no error',
        (e: Error) => e.message,
      );
    const fromAnalyze = await failure(pack.engine.analyze(withSpec('web', hardenedSpec())));
    // The SDK puts its own line ("Error validating resource with policy ...:") first.
    const reported = fromAnalyze.split('\n').slice(1);
    // One line per problem, each marked as podguard's, in no promised order.
    expect(reported.filter((line) => !line.startsWith('podguard: '))).toEqual([]);
    const texts = reported.map((line) => line.slice('podguard: '.length));
    expect(texts).toHaveLength(lines.length);
    expect(texts).toEqual(expect.arrayContaining(lines.map((line) => (typeof line === 'string' ? line : expect.stringMatching(line)))));
    expect(fromAnalyze).not.toMatch(STACK_TRACE);
    // Every resource and the stack fail alike: a run must not pass because its settings were ignored.
    expect(await failure(pack.engine.analyze(configMap))).toContain(reported[0]);
    expect(await failure(pack.engine.analyzeStack([configMap]))).toContain(reported[0]);
  });
});
