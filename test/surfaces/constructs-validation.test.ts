// Validation at synth: Secure* constructs judge their own output, PodSecurityValidation judges every pod-bearing
// ApiObject under a scope. Errors must name what `podguard scan` prints, and exemptions must need a reason.
import { ApiObject, App, Chart, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import { PodSecurityValidation, SecureDeployment, SecurePod, type PodSecurityOptions } from 'podguard-cdk8s';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { json, podguard, tree } from './cli.js';

type Manifest = Record<string, any>;

/** A whole word that a longer rule id or name does not contain (run-as-user is not in explicit-run-as-user). */
function word(text: string): RegExp {
  return new RegExp(`(^|[^\\w-])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`);
}

function synthError(chart: Chart): string {
  try {
    Testing.synth(chart);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('synth passed');
}

/** The lines of a cdk8s validation error that are podguard findings. */
function findingLines(message: string): string[] {
  return message.split('\n').filter((l) => l.includes('podguard error '));
}

function cliScan(manifests: Manifest[], profile: string) {
  const dir = tree(Object.fromEntries(manifests.map((m, i) => [`m${i}.json`, JSON.stringify(m)])));
  return json(podguard(['scan', dir, '--format', 'json', '--profile', profile]));
}

// An explicit mess, in containers and at pod level: what a user could write on purpose.
function insecurePod(scope: Construct, podSecurity?: PodSecurityOptions): SecurePod {
  return new SecurePod(scope, 'pod', {
    metadata: { name: 'legacy' },
    podSecurity,
    spec: {
      hostPid: true,
      initContainers: [{ name: 'setup', image: 'busybox', securityContext: { allowPrivilegeEscalation: true } }],
      containers: [
        { name: 'web', image: 'nginx', securityContext: { privileged: true, runAsUser: 0 } },
        { name: 'sidecar', image: 'envoy' },
      ],
      volumes: [{ name: 'docker', hostPath: { path: '/var/run/docker.sock' } }],
    },
  });
}

describe('a Secure* construct with insecure explicit values', () => {
  it('fails synth with one line per error the CLI reports: rule id and container as words, message and fix', () => {
    const chart = Testing.chart();
    const pod = insecurePod(chart);
    const message = synthError(chart);
    const cli = cliScan([pod.toJson()], 'hardened').findings.filter((f) => f.level === 'error');
    // restricted-volumes replaces host-path-volumes above baseline, as PSA's restrictedVolumes replaces hostPathVolumes.
    expect(new Set(cli.map((f) => f.ruleId))).toEqual(
      new Set(['allow-privilege-escalation', 'host-namespaces', 'privileged', 'restricted-volumes', 'run-as-user']),
    );
    const lines = findingLines(message);
    expect(lines).toHaveLength(cli.length);
    for (const f of cli) {
      const fix = RULES.find((r) => r.id === f.ruleId)!.help.fix;
      const line = lines.find((l) => word(f.ruleId as string).test(l) && l.includes(f.message as string) && l.includes(f.path as string));
      expect(line, `${f.ruleId} at ${f.path}`).toBeDefined();
      expect(line).toContain(`Fix: ${fix}`);
      if (f.container !== null) expect(line).toMatch(word(f.container as string));
    }
    expect(message).toMatch(/\[test\/pod\] podguard error privileged in container "web" of Pod legacy/);
  });

  it('fails app.synth() too, before anything is written', () => {
    const app = Testing.app();
    insecurePod(new Chart(app, 'c'));
    expect(() => app.synth()).toThrow(/\bprivileged\b.*"web"/);
  });

  it('judges under the profile and version asked for', () => {
    const build = (podSecurity: PodSecurityOptions) => {
      const chart = Testing.chart();
      new SecurePod(chart, 'p', { podSecurity, spec: { containers: [{ name: 'app', image: 'x', securityContext: { allowPrivilegeEscalation: true, capabilities: { drop: [] } } }] } });
      return () => Testing.synth(chart);
    };
    expect(build({})).toThrow(/allow-privilege-escalation/);
    expect(build({ profile: 'restricted' })).toThrow(/capabilities-restricted/);
    // Baseline has neither rule; and restricted capabilities only start at 1.22, as in PSA.
    expect(build({ profile: 'baseline' })).not.toThrow();
    expect(build({ profile: 'restricted', k8sVersion: '1.21' })).toThrow(/allow-privilege-escalation/);
    expect(build({ profile: 'restricted', k8sVersion: '1.21' })).not.toThrow(/capabilities-restricted/);
  });

  it('reports a profile or version it cannot use instead of passing everything', () => {
    const chart = Testing.chart();
    new SecurePod(chart, 'a', { podSecurity: { profile: 'strict' as 'hardened' }, spec: { containers: [{ name: 'app', image: 'x' }] } });
    new SecurePod(chart, 'b', { podSecurity: { k8sVersion: '2.0' }, spec: { containers: [{ name: 'app', image: 'x' }] } });
    const message = synthError(chart);
    expect(message).toMatch(/\[test\/a\] podguard: podSecurity\.profile: "strict" is not one of "baseline", "restricted", "hardened"/);
    expect(message).toMatch(/\[test\/b\] podguard: podSecurity\.k8sVersion: "2.0" is not a Kubernetes version/);
  });
});

describe('exemptions', () => {
  const everything = (container?: string): PodSecurityOptions => ({
    exemptions: [
      { rule: 'privileged', container, reason: 'the node agent manages devices' },
      { rule: 'run-as-user', container, reason: 'the vendor image only runs as root' },
      { rule: 'allow-privilege-escalation', reason: 'setup runs a setuid tool; web is privileged' },
      { rule: 'host-namespaces', reason: 'the agent reads host processes' },
      { rule: 'restricted-volumes', reason: 'talks to the container runtime through its socket' },
    ],
  });

  it('with a reason let their findings through, which stay real findings of podguard scan', () => {
    const chart = Testing.chart();
    insecurePod(chart, everything());
    const [manifest] = Testing.synth(chart);
    expect(manifest.spec.hostPID).toBe(true);
    expect(manifest.spec.containers[0].securityContext).toMatchObject({ privileged: true, runAsUser: 0 });
    const cli = cliScan([manifest], 'hardened');
    expect(cli.findings.filter((f) => f.level === 'error').map((f) => f.ruleId)).toContain('privileged');
    expect(cli.summary.errors).toBeGreaterThan(0);
  });

  it('limited to a container leave the same rule failing in other containers', () => {
    const chart = Testing.chart();
    new SecurePod(chart, 'p', {
      podSecurity: { exemptions: [{ rule: 'read-only-root-filesystem', container: 'a', reason: 'writes its cache' }, { rule: 'run-as-user', container: 'a', reason: 'root image' }] },
      spec: {
        containers: [
          { name: 'a', image: 'x', securityContext: { runAsUser: 0 } },
          { name: 'b', image: 'x', securityContext: { runAsUser: 0 } },
        ],
      },
    });
    const lines = findingLines(synthError(chart));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(word('run-as-user'));
    expect(lines[0]).toMatch(/container "b"/);
  });

  it('without a reason are errors themselves, and exempt nothing', () => {
    const chart = Testing.chart();
    new SecurePod(chart, 'p', {
      podSecurity: { exemptions: [{ rule: 'privileged', container: 'app', reason: '  ' }, { rule: 'host-namespaces' } as { rule: string; reason: string }] },
      spec: { hostNetwork: true, containers: [{ name: 'app', image: 'x', securityContext: { privileged: true, allowPrivilegeEscalation: true } }] },
    });
    const message = synthError(chart);
    // The engine's invalid-suppression, placed at the prop; a reason of blanks is no reason.
    expect(message).toMatch(/podguard error invalid-suppression at podSecurity\.exemptions\[0\] \(the exemption of rule "privileged" for container "app"\): This suppression of privileged gives no reason/);
    expect(message).toMatch(/podguard error invalid-suppression at podSecurity\.exemptions\[1\] \(the exemption of rule "host-namespaces"\): This suppression of host-namespaces gives no reason/);
    expect(findingLines(message).some((l) => word('privileged').test(l) && /container "app"/.test(l))).toBe(true);
    expect(findingLines(message).some((l) => word('host-namespaces').test(l))).toBe(true);
  });

  it('naming a rule podguard does not have are errors', () => {
    const chart = Testing.chart();
    new SecurePod(chart, 'p', { podSecurity: { exemptions: [{ rule: 'privileged-container', reason: 'typo' }] }, spec: { containers: [{ name: 'app', image: 'x' }] } });
    expect(synthError(chart)).toMatch(/\[test\/p\] podguard: podSecurity\.exemptions\[0\]\.rule: unknown rule id "privileged-container" \(podguard rules lists them\)/);
  });
});

// A plain L1-style object, as a user writes it without any podguard construct.
function rawPod(scope: Construct, id: string, spec: Manifest): ApiObject {
  return new ApiObject(scope, id, { apiVersion: 'v1', kind: 'Pod', metadata: { name: id }, spec });
}

const GOLDEN_SPEC = {
  automountServiceAccountToken: false,
  securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 3000, fsGroup: 2000, seccompProfile: { type: 'RuntimeDefault' } },
  containers: [
    {
      name: 'app',
      image: 'x',
      securityContext: { privileged: false, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
    },
  ],
};

describe('PodSecurityValidation on plain ApiObjects', () => {
  it('fails synth for an insecure pod and passes a hardened one and objects without a pod spec', () => {
    const chart = Testing.chart();
    PodSecurityValidation.of(chart);
    rawPod(chart, 'golden', GOLDEN_SPEC);
    rawPod(chart, 'shell', { containers: [{ name: 'shell', image: 'busybox' }] });
    new ApiObject(chart, 'settings', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { privileged: 'true' } });
    const lines = findingLines(synthError(chart));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/^\s*\[test\] podguard error [a-z-]+ in (container "shell" of )?Pod shell /);
    expect(lines.some((l) => word('run-as-non-root').test(l) && word('shell').test(l))).toBe(true);
  });

  it('covers objects added after the call and objects nested in other constructs', () => {
    const chart = Testing.chart();
    PodSecurityValidation.of(chart);
    const group = new Construct(new Construct(chart, 'outer'), 'inner');
    new ApiObject(group, 'worker', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'worker' },
      spec: { selector: { matchLabels: { app: 'w' } }, template: { metadata: { labels: { app: 'w' } }, spec: { ...GOLDEN_SPEC, hostNetwork: true } } },
    });
    const lines = findingLines(synthError(chart));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/podguard error host-namespaces in Deployment worker \(hardened profile, at spec\.template\.spec\.hostNetwork\)/);
  });

  it('ignores a kind of the same name in another API group (a CRD)', () => {
    const chart = Testing.chart();
    PodSecurityValidation.of(chart);
    new ApiObject(chart, 'rollout', { apiVersion: 'example.com/v1', kind: 'Deployment', spec: { template: { spec: { hostPID: true, containers: [{ name: 'a' }] } } } });
    expect(() => Testing.synth(chart)).not.toThrow();
  });

  it('on an App covers every chart', () => {
    const app = Testing.app();
    PodSecurityValidation.of(app, { profile: 'baseline' });
    rawPod(new Chart(app, 'one'), 'a', { hostIPC: true, containers: [{ name: 'a', image: 'x' }] });
    rawPod(new Chart(app, 'two'), 'b', { containers: [{ name: 'b', image: 'x', securityContext: { privileged: true } }] });
    let message = '';
    try {
      app.synth();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(findingLines(message).map((l) => l.match(/podguard error ([a-z-]+)/)![1]).sort()).toEqual(['host-namespaces', 'privileged']);
  });

  it('reports each object under the nearest validation, which adds its own settings to those of enclosing ones', () => {
    const chart = Testing.chart();
    PodSecurityValidation.of(chart, { profile: 'baseline' });
    new SecurePod(chart, 'writable', {
      podSecurity: { exemptions: [{ rule: 'read-only-root-filesystem', reason: 'legacy app writes to /var' }, { rule: 'host-ports', reason: 'binds the node port on purpose' }] },
      spec: { containers: [{ name: 'app', image: 'x', ports: [{ containerPort: 80, hostPort: 80 }], securityContext: { readOnlyRootFilesystem: false } }] },
    });
    const strict = new Construct(chart, 'strict');
    PodSecurityValidation.of(strict, { profile: 'restricted' });
    rawPod(strict, 'loose', { containers: [{ name: 'loose', image: 'x' }] });
    rawPod(chart, 'fine-for-baseline', { containers: [{ name: 'x', image: 'x' }] });
    const lines = findingLines(synthError(chart));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/^\s*\[test\/strict\] podguard error [a-z-]+ in container "loose" of Pod loose \(restricted profile/);
  });

  it('takes options once: a second call returns the same validation, a second set of options is refused', () => {
    const chart = Testing.chart();
    const first = PodSecurityValidation.of(chart, { profile: 'restricted' });
    expect(PodSecurityValidation.of(chart)).toBe(first);
    expect(first.options.profile).toBe('restricted');
    expect(() => PodSecurityValidation.of(chart, { profile: 'baseline' })).toThrow(/already has a pod security validation/);
    const pod = new SecurePod(chart, 'p', { spec: { containers: [{ name: 'a', image: 'x' }] } });
    expect(() => PodSecurityValidation.of(pod, {})).toThrow(/already has a pod security validation/);
  });
});

describe('PodSecurityValidation on cdk8s-plus-33 workloads', () => {
  const plain = (chart: Chart) => {
    new kplus.Deployment(chart, 'web', { containers: [{ name: 'web', image: 'nginx' }] });
    new kplus.Job(chart, 'migrate', { containers: [{ name: 'migrate', image: 'migrate' }] });
    new kplus.Pod(chart, 'debug', { containers: [{ name: 'debug', image: 'busybox' }] });
  };

  it.each(['restricted', 'hardened'] as const)('fails cdk8s-plus defaults under %s: no seccomp profile, capabilities not dropped', (profile) => {
    const chart = Testing.chart();
    PodSecurityValidation.of(chart, { profile });
    plain(chart);
    const lines = findingLines(synthError(chart));
    for (const [kind, container] of [['Deployment', 'web'], ['Job', 'migrate'], ['Pod', 'debug']]) {
      const own = lines.filter((l) => l.includes(`of ${kind} `) && word(container).test(l));
      expect(own.map((l) => l.match(/podguard error ([a-z-]+)/)![1]).sort()).toEqual(['capabilities-restricted', 'seccomp-profile-restricted']);
    }
  });

  it('passes cdk8s-plus defaults with reasoned exemptions, and the CLI still reports what was exempted', () => {
    const chart = Testing.chart();
    PodSecurityValidation.of(chart, {
      profile: 'restricted',
      exemptions: [
        { rule: 'capabilities-restricted', reason: 'rolled out before drop ALL; tracked in the platform backlog' },
        { rule: 'seccomp-profile-restricted', reason: 'the namespace default seccomp profile applies' },
      ],
    });
    plain(chart);
    const manifests = Testing.synth(chart);
    const ids = new Set(cliScan(manifests, 'restricted').findings.map((f) => f.ruleId));
    expect(ids).toEqual(new Set(['capabilities-restricted', 'seccomp-profile-restricted']));
  });

  it('passes a cdk8s-plus Deployment given hardened props, and the CLI finds no error in it', () => {
    const chart = Testing.chart();
    PodSecurityValidation.of(chart);
    new kplus.Deployment(chart, 'web', {
      securityContext: { user: 1000, group: 3000, fsGroup: 2000, ensureNonRoot: true },
      containers: [
        {
          name: 'web',
          image: 'nginx',
          securityContext: {
            user: 1000,
            group: 3000,
            capabilities: { drop: [kplus.Capability.ALL] },
            seccompProfile: { type: kplus.SeccompProfileType.RUNTIME_DEFAULT },
          },
        },
      ],
    });
    const manifests = Testing.synth(chart);
    expect(manifests.map((m) => m.kind)).toEqual(['Deployment']);
    expect(cliScan(manifests, 'hardened').summary.errors).toBe(0);
  });
});

describe('SecureDeployment inside a validated chart', () => {
  it('is validated once, by itself', () => {
    const chart = Testing.chart();
    PodSecurityValidation.of(chart);
    new SecureDeployment(chart, 'web', { spec: { template: { spec: { containers: [{ name: 'web', image: 'nginx', securityContext: { privileged: true } }] } } } });
    const lines = findingLines(synthError(chart));
    // The rule id follows "podguard error"; allow-privilege-escalation's message names privileged too.
    expect(lines.filter((l) => l.includes('podguard error privileged '))).toHaveLength(1);
    expect(lines.every((l) => l.includes('[test/web]'))).toBe(true);
  });
});

describe('a Secure* construct', () => {
  it('is an ApiObject of the cdk8s instance the app uses', () => {
    const app = new App();
    const pod = new SecurePod(new Chart(app, 'c'), 'p', { spec: { containers: [{ name: 'a', image: 'x' }] } });
    expect(pod).toBeInstanceOf(ApiObject);
    expect(ApiObject.of(pod)).toBe(pod);
  });
});
