// The configuration and suppression model at synth, as podguard scan applies it: annotations in the manifest,
// podSecurity settings and the .podguard.yaml they name, with reasons, expiry, locks, unused waivers and rule levels.
import { join } from 'node:path';
import { App, Chart, Testing } from 'cdk8s';
import { Construct } from 'constructs';
import {
  PodSecurityValidation,
  SecureDeployment,
  SecurePod,
  type PodSecurityExemption,
  type PodSecurityOptions,
  type SecurePodProps,
} from 'podguard-cdk8s';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, podguard, tree } from './cli.js';

type Manifest = Record<string, any>;

const TODAY = '2026-06-15';
const REASON = 'the vendor image only runs as root (VEND-12)';

let printed: string[];
beforeEach(() => {
  vi.stubEnv('PODGUARD_TODAY', TODAY);
  printed = [];
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void printed.push(...args.join(' ').split('\n')));
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

interface Outcome {
  manifests: Manifest[] | null;
  /** The validation errors, one per line, each with its construct path. */
  errors: string[];
}

function synth(chart: Chart): Outcome {
  try {
    return { manifests: Testing.synth(chart), errors: [] };
  } catch (e) {
    const message = (e as Error).message;
    if (!message.startsWith('Validation failed')) throw e;
    return { manifests: null, errors: message.split('\n').slice(1).map((l) => l.trim()) };
  }
}

/** The rule ids of the findings that failed synth. */
function failing(out: Outcome): string[] {
  return out.errors.flatMap((l) => /podguard error ([a-z-]+) (?:in|at) /.exec(l)?.[1] ?? []).sort();
}

/** A container running as root: a run-as-user error, and with the Secure* defaults nothing else. */
function root(name = 'app', image = 'registry.example/app:1') {
  return { name, image, securityContext: { runAsUser: 0 } };
}

function rootPod(scope: Construct, id: string, props: Omit<SecurePodProps, 'spec'> = {}): SecurePod {
  return new SecurePod(scope, id, { ...props, spec: { containers: [root()] } });
}

function config(text: string): string {
  return join(tree({ '.podguard.yaml': text }), '.podguard.yaml');
}

function cliScan(manifests: Manifest[], args: string[] = []) {
  const dir = tree(Object.fromEntries(manifests.map((m, i) => [`m${i}.json`, JSON.stringify(m)])));
  return json(podguard(['scan', dir, '--format', 'json', ...args]));
}

it('a pod running as root is one run-as-user error, the baseline every test here waives', () => {
  const chart = Testing.chart();
  rootPod(chart, 'p');
  expect(failing(synth(chart))).toEqual(['run-as-user']);
});

describe('annotation waivers in the manifest', () => {
  it('with a reason let the finding through, and podguard scan shows it suppressed by the annotation', () => {
    const chart = Testing.chart();
    rootPod(chart, 'p', { metadata: { annotations: { 'podguard.dev/ignore.run-as-user': `container=app ${REASON}` } } });
    const out = synth(chart);
    expect(out.errors).toEqual([]);
    expect(out.manifests![0].spec.containers[0].securityContext.runAsUser).toBe(0);
    const scan = cliScan(out.manifests!);
    expect(scan.findings.find((f) => f.ruleId === 'run-as-user')?.suppressed).toEqual({ by: 'annotation', reason: REASON, until: null });
    expect(scan.summary.errors).toBe(0);
  });

  it("on a workload's pod template cover its containers; one for another container is unused and a note", () => {
    const build = (value: string) => {
      const chart = Testing.chart();
      new SecureDeployment(chart, 'd', {
        metadata: { name: 'agent' },
        spec: { template: { metadata: { annotations: { 'podguard.dev/ignore.run-as-user': value } }, spec: { containers: [root()] } } },
      });
      return synth(chart);
    };
    expect(build(`container=app ${REASON}`).errors).toEqual([]);
    expect(printed).toEqual([]);
    expect(failing(build(`container=sidecar ${REASON}`))).toEqual(['run-as-user']);
    expect(printed).toEqual([
      '[test/d] podguard note unused-suppression in Deployment agent (hardened profile, at spec.template.metadata.annotations.podguard.dev/ignore.run-as-user): This suppression of run-as-user matches no finding in container "sidecar"; remove it. Fix: Delete the suppression, or correct its rule id or container.',
    ]);
  });

  it('without a reason suppress nothing and fail synth where they are written', () => {
    const chart = Testing.chart();
    rootPod(chart, 'p', { metadata: { name: 'p', annotations: { 'podguard.dev/ignore.run-as-user': 'container=app' } } });
    const out = synth(chart);
    expect(failing(out)).toEqual(['invalid-suppression', 'run-as-user']);
    expect(out.errors).toContain(
      '[test/p] podguard error invalid-suppression in Pod p (hardened profile, at metadata.annotations.podguard.dev/ignore.run-as-user): This suppression of run-as-user gives no reason, so it suppresses nothing; say why the risk is acceptable. Fix: Add a reason after the rule id (or as the annotation value), or fix the finding when the rule is locked.',
    );
  });
});

describe('expiry, judged by PODGUARD_TODAY', () => {
  const exempt = (until: string): PodSecurityOptions => ({ exemptions: [{ rule: 'run-as-user', reason: REASON, until }] });

  it('an exemption applies through its until date', () => {
    const chart = Testing.chart();
    rootPod(chart, 'p', { podSecurity: exempt(TODAY) });
    expect(synth(chart).errors).toEqual([]);
    expect(printed).toEqual([]);
  });

  it('the day after, the finding fails synth again and the expiry is a warning on stderr', () => {
    const chart = Testing.chart();
    rootPod(chart, 'p', { podSecurity: exempt('2026-06-14') });
    expect(failing(synth(chart))).toEqual(['run-as-user']);
    expect(printed).toContain(
      '[test/p] podguard warning expired-suppression at podSecurity.exemptions[0] (the exemption of rule "run-as-user"): This suppression of run-as-user expired on 2026-06-14, so the finding counts again; fix it, or renew the waiver with a new date and reason.',
    );
  });

  it('an annotation expires the same way, with its warning on the object', () => {
    const chart = Testing.chart();
    rootPod(chart, 'p', { metadata: { name: 'p', annotations: { 'podguard.dev/ignore.run-as-user': `until=2026-06-14 ${REASON}` } } });
    expect(failing(synth(chart))).toEqual(['run-as-user']);
    expect(printed.filter((l) => l.includes('expired-suppression'))).toEqual([
      expect.stringMatching(/^\[test\/p\] podguard warning expired-suppression in Pod p \(hardened profile, at metadata\.annotations\.podguard\.dev\/ignore\.run-as-user\): .*expired on 2026-06-14/),
    ]);
  });

  it('without PODGUARD_TODAY, the current date decides', () => {
    vi.stubEnv('PODGUARD_TODAY', '');
    const build = (until: string) => {
      const chart = Testing.chart();
      rootPod(chart, 'p', { podSecurity: exempt(until) });
      return synth(chart);
    };
    expect(failing(build('2000-01-01'))).toEqual(['run-as-user']);
    expect(build('9999-12-31').errors).toEqual([]);
  });
});

describe('locked rules', () => {
  it('are waived by neither an exemption nor an annotation: both are errors, and the finding fails without an exemption hint', () => {
    const chart = Testing.chart();
    rootPod(chart, 'p', {
      metadata: { name: 'p', annotations: { 'podguard.dev/ignore.run-as-user': REASON } },
      podSecurity: { locked: ['run-as-user'], exemptions: [{ rule: 'run-as-user', reason: REASON }] },
    });
    const out = synth(chart);
    expect(failing(out)).toEqual(['invalid-suppression', 'invalid-suppression', 'run-as-user']);
    const locked = 'run-as-user is locked by podSecurity.locked: no suppression may waive it, so this one is ignored; fix the finding instead.';
    expect(out.errors).toContain(`[test/p] podguard error invalid-suppression at podSecurity.exemptions[0] (the exemption of rule "run-as-user"): ${locked}`);
    expect(out.errors).toContainEqual(expect.stringMatching(/podguard error invalid-suppression in Pod p \(hardened profile, at metadata\.annotations\.podguard\.dev\/ignore\.run-as-user\): run-as-user is locked/));
    const finding = out.errors.find((l) => l.includes('podguard error run-as-user'))!;
    expect(finding).toMatch(/It cannot be exempted: run-as-user is locked by podSecurity\.locked\.$/);
    expect(finding).not.toContain('To accept the risk');
  });

  it('cannot be switched off: not in the same options, not from an inner scope, not against the file', () => {
    const chart = Testing.chart();
    rootPod(chart, 'same', { podSecurity: { locked: ['run-as-user'], rules: { 'run-as-user': { enabled: false } } } });
    const team = new Construct(chart, 'team');
    PodSecurityValidation.of(team, { locked: ['run-as-user'] });
    rootPod(team, 'inner', { podSecurity: { rules: { 'run-as-user': { enabled: false } } } });
    const file = config('locked: [run-as-user]\n');
    rootPod(chart, 'file', { podSecurity: { config: file, rules: { 'run-as-user': { enabled: false } } } });
    const out = synth(chart);
    expect(out.errors).toEqual([
      '[test/same] podguard: podSecurity.rules.run-as-user.enabled: run-as-user is locked by podSecurity.locked, so it cannot be switched off.',
      '[test/team/inner] podguard: podSecurity.rules.run-as-user.enabled: run-as-user is locked by podSecurity.locked of "test/team", so it cannot be switched off.',
      `[test/file] podguard: podSecurity.rules.run-as-user.enabled: run-as-user is locked by ${file}, so it cannot be switched off.`,
    ]);
  });

  it('locked on an enclosing scope cannot be waived by an exemption of a Secure* construct under it', () => {
    const app = Testing.app();
    PodSecurityValidation.of(app, { locked: ['run-as-user'] });
    const chart = new Chart(app, 'c');
    rootPod(chart, 'p', { podSecurity: { exemptions: [{ rule: 'run-as-user', reason: REASON }] } });
    const out = synth(chart);
    expect(failing(out)).toEqual(['invalid-suppression', 'run-as-user']);
    expect(out.errors[0]).toMatch(/^\[c\/p\] podguard error invalid-suppression at podSecurity\.exemptions\[0\] .*: run-as-user is locked by podSecurity\.locked of the app:/);
  });
});

describe('exemption matchers', () => {
  // Every matcher has a value that matches the object below and one that does not.
  const OBJECT = { namespace: 'billing', kind: 'Deployment', name: 'invoice-api', container: 'app', image: 'registry.example/billing:2.1' };
  const MATCHERS = [
    { key: 'namespace', hit: 'bill*', miss: 'shop' },
    { key: 'kind', hit: 'Deployment', miss: 'StatefulSet' },
    { key: 'name', hit: 'invoice-*', miss: 'invoice' },
    { key: 'container', hit: 'app', miss: 'sidecar' },
    { key: 'image', hit: 'registry.example/billing:*', miss: 'registry.example/billing' },
  ] as const;

  function billing(exemption: Omit<PodSecurityExemption, 'rule' | 'reason'>): Outcome {
    const chart = new Chart(Testing.app(), 'billing', { namespace: OBJECT.namespace });
    new SecureDeployment(chart, 'd', {
      metadata: { name: OBJECT.name },
      podSecurity: { exemptions: [{ rule: 'run-as-user', reason: REASON, ...exemption }] },
      spec: { template: { spec: { containers: [root(OBJECT.container, OBJECT.image)] } } },
    });
    return synth(chart);
  }

  it.each(MATCHERS)('$key: "$hit" matches, "$miss" leaves the finding failing and the exemption unused', ({ key, hit, miss }) => {
    expect(billing({ [key]: hit }).errors).toEqual([]);
    expect(printed).toEqual([]);
    expect(failing(billing({ [key]: miss }))).toEqual(['run-as-user']);
    expect(printed).toEqual([expect.stringMatching(/^\[billing\/d\] podguard note unused-suppression at podSecurity\.exemptions\[0\] /)]);
  });

  it('all given must match', () => {
    const all = Object.fromEntries(MATCHERS.map((m) => [m.key, m.hit]));
    expect(billing(all).errors).toEqual([]);
    for (const m of MATCHERS) expect(failing(billing({ ...all, [m.key]: m.miss })), m.key).toEqual(['run-as-user']);
  });

  it('naming a container never cover a finding about the pod itself', () => {
    const build = (exemption: PodSecurityExemption) => {
      const chart = Testing.chart();
      new SecurePod(chart, 'p', { podSecurity: { exemptions: [exemption] }, spec: { hostNetwork: true, containers: [{ name: 'app', image: 'x' }] } });
      return synth(chart);
    };
    expect(failing(build({ rule: 'host-namespaces', container: 'app', reason: REASON }))).toEqual(['host-namespaces']);
    expect(build({ rule: 'host-namespaces', reason: REASON }).errors).toEqual([]);
  });
});

describe('unused exemptions', () => {
  it('are one note on stderr per exemption, over the whole scope validated, and never fail synth', () => {
    const app = Testing.app();
    PodSecurityValidation.of(app, {
      exemptions: [
        { rule: 'run-as-user', name: 'legacy', reason: REASON },
        { rule: 'privileged', reason: 'nothing here is privileged any more' },
      ],
    });
    // Two charts, and the pods judged by their own validations: the app's exemptions still apply to them.
    rootPod(new Chart(app, 'one'), 'legacy', { metadata: { name: 'legacy' } });
    new SecurePod(new Chart(app, 'two'), 'web', { spec: { containers: [{ name: 'web', image: 'nginx' }] } });
    new SecurePod(new Chart(app, 'three'), 'api', { spec: { containers: [{ name: 'api', image: 'api' }] } });
    expect(() => app.synth()).not.toThrow();
    expect(printed).toEqual([
      '[] podguard note unused-suppression at podSecurity.exemptions[1] (the exemption of rule "privileged"): This suppression of privileged matches no finding in the scanned objects; remove it.',
    ]);
  });
});

describe('rule settings', () => {
  const writable = (podSecurity?: PodSecurityOptions) => {
    const chart = Testing.chart();
    new SecurePod(chart, 'p', { metadata: { name: 'p' }, podSecurity, spec: { containers: [{ name: 'app', image: 'x', securityContext: { readOnlyRootFilesystem: false } }] } });
    return synth(chart);
  };

  it('a warning is printed with the construct path and passes synth; level error makes it fail', () => {
    expect(writable().errors).toEqual([]);
    expect(printed).toEqual([expect.stringMatching(/^\[test\/p\] podguard warning read-only-root-filesystem in container "app" of Pod p \(hardened profile, at spec\.containers\[0\]\.securityContext\.readOnlyRootFilesystem\): /)]);
    expect(failing(writable({ rules: { 'read-only-root-filesystem': { level: 'error' } } }))).toEqual(['read-only-root-filesystem']);
  });

  it('lowering an error to a note lets synth pass and prints it', () => {
    const chart = Testing.chart();
    rootPod(chart, 'p', { podSecurity: { rules: { 'run-as-user': { level: 'note' } } } });
    expect(synth(chart).errors).toEqual([]);
    expect(printed).toEqual([expect.stringMatching(/^\[test\/p\] podguard note run-as-user in container "app" of Pod /)]);
  });

  it('enabled: false takes the rule out of the run', () => {
    const chart = Testing.chart();
    rootPod(chart, 'p', { podSecurity: { rules: { 'run-as-user': { enabled: false } } } });
    expect(synth(chart).errors).toEqual([]);
    expect(printed).toEqual([]);
  });

  it('are checked like the file: unknown rule ids, levels, keys and dates each name the prop, and nothing is judged', () => {
    const chart = Testing.chart();
    rootPod(chart, 'p', {
      podSecurity: {
        rules: { 'privileged-container': { level: 'error' }, privileged: { level: 'fatal' as 'error', enabled: 'no' as unknown as boolean } },
        locked: ['host-namespace'],
        exemptions: [{ rule: 'run-as-user', reason: REASON, until: '2027-3-31', namespaces: 'billing' } as PodSecurityExemption],
      },
    });
    expect(synth(chart).errors).toEqual([
      '[test/p] podguard: podSecurity.rules.privileged-container: unknown rule id "privileged-container" (podguard rules lists them)',
      '[test/p] podguard: podSecurity.rules.privileged.level: "fatal" is not one of "error", "warning", "note"',
      '[test/p] podguard: podSecurity.rules.privileged.enabled: must be boolean',
      '[test/p] podguard: podSecurity.locked[0]: unknown rule id "host-namespace" (podguard rules lists them)',
      '[test/p] podguard: podSecurity.exemptions[0].namespaces: unknown key',
      '[test/p] podguard: podSecurity.exemptions[0].until: "2027-3-31" is not a date (YYYY-MM-DD)',
    ]);
  });
});

describe('a .podguard.yaml named by config', () => {
  const FILE = `profile: restricted
rules:
  host-ports: {enabled: false}
  allow-privilege-escalation: {level: warning}
locked: [privileged]
exemptions:
  - rule: run-as-user
    reason: ${REASON}
    name: vendor
  - rule: privileged
    reason: the driver installer needs the host's devices
`;

  it('fails synth on exactly what podguard scan --config fails on, in the same objects', () => {
    const file = config(FILE);
    const chart = Testing.chart();
    const pods = [
      rootPod(chart, 'vendor', { metadata: { name: 'vendor' }, podSecurity: { config: file } }),
      rootPod(chart, 'other', { metadata: { name: 'other' }, podSecurity: { config: file } }),
      new SecurePod(chart, 'driver', {
        metadata: { name: 'driver' },
        podSecurity: { config: file },
        spec: { containers: [{ name: 'installer', image: 'x', ports: [{ containerPort: 80, hostPort: 80 }], securityContext: { privileged: true, allowPrivilegeEscalation: true } }] },
      }),
    ];
    const out = synth(chart);
    const fromSynth = out.errors.flatMap((l) => {
      const m = /podguard error ([a-z-]+) in (?:container "([^"]+)" of )?\w+ (\S+) /.exec(l);
      return m ? [`${m[1]} ${m[3]} ${m[2] ?? ''}`] : [];
    });
    const scan = cliScan(pods.map((p) => p.toJson()), ['--config', file]);
    const fromCli = scan.findings
      .filter((f) => f.level === 'error' && !f.suppressed && f.resource !== null)
      .map((f) => `${f.ruleId} ${(f.resource as { name: string }).name} ${f.container ?? ''}`);
    expect(fromSynth.sort()).toEqual(fromCli.sort());
    expect(fromSynth.sort()).toEqual(['privileged driver installer', 'run-as-user other app']);
    // Locked, so the exemption of privileged is refused where the file holds it: once, though three pods read it, by
    // the first; and the exemption for vendor, used there, is not unused for the other two.
    expect(out.errors.filter((l) => l.includes('invalid-suppression'))).toEqual([
      `[test/vendor] podguard error invalid-suppression at ${file}:10:5 (the exemption of rule "privileged"): privileged is locked by ${file}: no suppression may waive it, so this one is ignored; fix the finding instead.`,
    ]);
    // An exemption that cannot suppress (locked) is reported for that, and not also called unused, as in the CLI.
    expect(printed.filter((l) => l.includes('unused-suppression'))).toEqual([]);
    expect(scan.findings.filter((f) => f.ruleId === 'unused-suppression')).toEqual([]);
  });

  it('loses to the options for profile and rule settings; locked rules and exemptions add up', () => {
    const file = config(`profile: baseline
rules:
  read-only-root-filesystem: {level: error}
exemptions:
  - rule: run-as-user
    reason: ${REASON}
`);
    const build = (podSecurity: PodSecurityOptions) => {
      const chart = Testing.chart();
      new SecurePod(chart, 'p', {
        podSecurity: { config: file, ...podSecurity },
        spec: { hostNetwork: true, containers: [{ ...root(), securityContext: { runAsUser: 0, readOnlyRootFilesystem: false } }] },
      });
      return synth(chart);
    };
    const hostNetwork = { rule: 'host-namespaces', reason: 'reads node metrics' };
    // Baseline from the file: no read-only-root-filesystem at all; run-as-user is restricted and up anyway.
    expect(failing(build({ exemptions: [hostNetwork] }))).toEqual([]);
    // The options' profile wins, and the file's level makes the hardened rule fail; the file's exemption still applies.
    expect(failing(build({ profile: 'hardened', exemptions: [hostNetwork] }))).toEqual(['read-only-root-filesystem']);
    expect(failing(build({ profile: 'hardened', exemptions: [hostNetwork], rules: { 'read-only-root-filesystem': { level: 'warning' } } }))).toEqual([]);
    expect(failing(build({ profile: 'hardened', rules: { 'read-only-root-filesystem': { level: 'warning' } } }))).toEqual(['host-namespaces']);
  });

  it('reports each problem in it as podguard scan --config does, file:line:col and key, and judges nothing', () => {
    const files = [
      config('profile: restricted\nrules:\n  privileged-container: {level: error}\n  privileged: {level: fatal}\n'),
      config('rules: [\n'),
      config('locked: [privileged]\nrules:\n  privileged: {enabled: false}\n'),
      join(tree({}), 'missing.yaml'),
    ];
    for (const file of files) {
      const chart = Testing.chart();
      rootPod(chart, 'p', { podSecurity: { config: file } });
      const cli = podguard(['scan', '-', '--config', file], { input: '' });
      expect(cli.code).toBe(2);
      const expected = cli.stderr.trim().split('\n').map((l) => `[test/p] ${l.replace(/^podguard: /, 'podguard: podSecurity.config: ')}`);
      expect(expected[0]).toMatch(/^\[test\/p\] podguard: podSecurity\.config: \/.*(\.yaml:\d+:\d+: [a-z]|: cannot read)/);
      expect(synth(chart).errors).toEqual(expected);
    }
  });

  it('places a problem with one of its exemptions at its line: no reason is an error, expiry a warning', () => {
    const file = config(`exemptions:
  - rule: run-as-user
    until: 2027-01-31
  - rule: run-as-user
    reason: ${REASON}
    until: 2026-06-01
`);
    const chart = Testing.chart();
    rootPod(chart, 'p', { podSecurity: { config: file } });
    const out = synth(chart);
    expect(out.errors).toContain(
      `[test/p] podguard error invalid-suppression at ${file}:2:5 (the exemption of rule "run-as-user"): This suppression of run-as-user gives no reason, so it suppresses nothing; say why the risk is acceptable.`,
    );
    expect(failing(out)).toEqual(['invalid-suppression', 'run-as-user']);
    expect(printed).toContain(
      `[test/p] podguard warning expired-suppression at ${file}:4:5 (the exemption of rule "run-as-user"): This suppression of run-as-user expired on 2026-06-01, so the finding counts again; fix it, or renew the waiver with a new date and reason.`,
    );
  });

  it('is not in the manifest: podguard scan reports what it exempts unless given the same file', () => {
    const file = config(`exemptions:\n  - rule: run-as-user\n    reason: ${REASON}\n`);
    const chart = Testing.chart();
    rootPod(chart, 'p', { podSecurity: { config: file } });
    const { manifests, errors } = synth(chart);
    expect(errors).toEqual([]);
    const bare = cliScan(manifests!).findings.find((f) => f.ruleId === 'run-as-user');
    expect(bare).toMatchObject({ level: 'error' });
    expect(bare!.suppressed).toBeUndefined();
    const configured = cliScan(manifests!, ['--config', file]).findings.find((f) => f.ruleId === 'run-as-user');
    expect(configured!.suppressed).toEqual({ by: 'config', reason: REASON, until: null });
  });
});

describe('settings of an enclosing validation', () => {
  it('reach Secure* constructs under it, whose own options win and add their exemptions', () => {
    const app = new App({ outdir: tree({}) });
    PodSecurityValidation.of(app, { config: config('profile: baseline\nlocked: [privileged]\n') });
    const chart = new Chart(app, 'c');
    // Baseline has no run-as-user rule: the app's profile reaches a SecurePod that gives none.
    rootPod(chart, 'plain');
    rootPod(chart, 'strict', { podSecurity: { profile: 'restricted', exemptions: [{ rule: 'run-as-user', reason: REASON }] } });
    new SecurePod(chart, 'gpu', {
      podSecurity: { exemptions: [{ rule: 'privileged', reason: 'drives the GPU' }] },
      spec: { containers: [{ name: 'driver', image: 'x', securityContext: { privileged: true } }] },
    });
    let message = '';
    try {
      app.synth();
    } catch (e) {
      message = (e as Error).message;
    }
    const errors = message.split('\n').slice(1).map((l) => l.trim());
    expect(errors.map((l) => /^\[([^\]]*)\] podguard error ([a-z-]+)/.exec(l)?.slice(1).join(' '))).toEqual([
      'c/gpu invalid-suppression',
      'c/gpu privileged',
    ]);
    // Had the app's baseline overridden its own restricted, its exemption would have matched nothing.
    expect(printed.filter((l) => l.startsWith('[c/strict]'))).toEqual([]);
  });
});
