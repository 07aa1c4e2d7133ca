// The Secure* constructs as a user drives them (imported from the built package, synthesized with Testing): secure
// defaults, explicit values kept, L1 props rendered in manifest spelling as the generated classes render them.
import { App, Chart, JsonPatch, Lazy, Testing } from 'cdk8s';
import { k8s } from 'cdk8s-plus-33';
import {
  DEFAULT_CONTAINER_SECURITY_CONTEXT,
  DEFAULT_POD_SECURITY_CONTEXT,
  DEFAULT_POD_SPEC,
  DEFAULT_SELECTOR_LABEL,
  SecureCronJob,
  SecureDaemonSet,
  SecureDeployment,
  SecureJob,
  SecurePod,
  SecureStatefulSet,
  type PodSpec,
  type SecurePodProps,
} from 'podguard-cdk8s';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import { json, podguard } from './cli.js';

type Manifest = Record<string, any>;

const APP = { name: 'app', image: 'registry.example/app:1.0' };

// The least each kind needs to be accepted by the API server, and no security setting at all.
const KINDS = [
  { kind: 'Pod', apiVersion: 'v1', podPath: ['spec'], make: (c: Chart) => new SecurePod(c, 'obj', { spec: { containers: [APP] } }) },
  {
    kind: 'Deployment',
    apiVersion: 'apps/v1',
    podPath: ['spec', 'template', 'spec'],
    make: (c: Chart) => new SecureDeployment(c, 'obj', { spec: { template: { spec: { containers: [APP] } } } }),
  },
  {
    kind: 'StatefulSet',
    apiVersion: 'apps/v1',
    podPath: ['spec', 'template', 'spec'],
    make: (c: Chart) => new SecureStatefulSet(c, 'obj', { spec: { serviceName: 'db', template: { spec: { containers: [APP] } } } }),
  },
  {
    kind: 'DaemonSet',
    apiVersion: 'apps/v1',
    podPath: ['spec', 'template', 'spec'],
    make: (c: Chart) => new SecureDaemonSet(c, 'obj', { spec: { template: { spec: { containers: [APP] } } } }),
  },
  {
    kind: 'Job',
    apiVersion: 'batch/v1',
    podPath: ['spec', 'template', 'spec'],
    make: (c: Chart) => new SecureJob(c, 'obj', { spec: { template: { spec: { restartPolicy: 'Never', containers: [APP] } } } }),
  },
  {
    kind: 'CronJob',
    apiVersion: 'batch/v1',
    podPath: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    make: (c: Chart) =>
      new SecureCronJob(c, 'obj', {
        spec: { schedule: '0 3 * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [APP] } } } } },
      }),
  },
];

const GOLDEN_POD_CONTEXT = { runAsNonRoot: true, runAsUser: 65532, runAsGroup: 65532, fsGroup: 65532, seccompProfile: { type: 'RuntimeDefault' } };
const GOLDEN_CONTAINER_CONTEXT = { allowPrivilegeEscalation: false, privileged: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } };

function at(object: Manifest, path: readonly (string | number)[]): any {
  return path.reduce((o: any, k) => o?.[k], object);
}

function synthOne(build: (chart: Chart) => unknown): Manifest {
  const chart = Testing.chart();
  build(chart);
  const out = Testing.synth(chart);
  expect(out).toHaveLength(1);
  return out[0];
}

function podOf(build: (chart: Chart) => unknown): Manifest {
  return synthOne(build).spec;
}

describe.each(KINDS)('$kind with only a container name and image', ({ kind, apiVersion, podPath, make }) => {
  const manifest = synthOne(make);
  const pod = at(manifest, podPath);

  it('renders exactly one object of the kind', () => {
    expect(manifest.apiVersion).toBe(apiVersion);
    expect(manifest.kind).toBe(kind);
  });

  it('gets the golden pod plus seccomp, and no host namespaces or API token', () => {
    expect(pod.securityContext).toEqual(GOLDEN_POD_CONTEXT);
    expect(pod.containers[0].securityContext).toEqual(GOLDEN_CONTAINER_CONTEXT);
    expect(pod).toMatchObject({ hostNetwork: false, hostPID: false, hostIPC: false, automountServiceAccountToken: false });
    expect(pod.volumes).toEqual([{ name: 'tmp', emptyDir: {} }]);
    expect(pod.containers[0].volumeMounts).toEqual([{ name: 'tmp', mountPath: '/tmp' }]);
    expect(pod.containers[0]).toMatchObject(APP);
  });

  it('has no finding at all under restricted and hardened', () => {
    expect(analyze({ object: manifest }, { profile: 'restricted' }).findings).toEqual([]);
    expect(analyze({ object: manifest }, { profile: 'hardened' }).findings).toEqual([]);
  });
});

describe('the synthesized YAML, scanned by the CLI', () => {
  const app = Testing.app();
  for (const { kind, make } of KINDS) make(new Chart(app, kind.toLowerCase()));
  app.synth();

  it.each(['restricted', 'hardened'])('has no finding under --profile %s', (profile) => {
    const run = podguard(['scan', app.outdir, '--format', 'json', '--profile', profile]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = json(run);
    expect(out.findings).toEqual([]);
    expect(out.summary.resources).toBe(KINDS.length);
  });
});

describe('the exported defaults', () => {
  it('are what the constructs emit, so documentation that points at them is right', () => {
    const pod = podOf((c) => new SecurePod(c, 'p', { spec: { containers: [APP] } }));
    expect(pod.securityContext).toEqual(DEFAULT_POD_SECURITY_CONTEXT);
    expect(pod.containers[0].securityContext).toEqual(DEFAULT_CONTAINER_SECURITY_CONTEXT);
    expect(pod).toMatchObject(DEFAULT_POD_SPEC);
  });
});

describe('init and ephemeral containers', () => {
  it('get the container defaults and a /tmp mount of the one tmp volume', () => {
    const pod = podOf(
      (c) =>
        new SecurePod(c, 'p', {
          spec: { initContainers: [{ name: 'setup', image: 'x' }], containers: [APP], ephemeralContainers: [{ name: 'debug', image: 'busybox', targetContainerName: 'app' }] },
        }),
    );
    for (const c of [pod.initContainers[0], pod.containers[0], pod.ephemeralContainers[0]]) {
      expect(c.securityContext).toEqual(GOLDEN_CONTAINER_CONTEXT);
      expect(c.volumeMounts).toEqual([{ name: 'tmp', mountPath: '/tmp' }]);
    }
    expect(pod.volumes).toEqual([{ name: 'tmp', emptyDir: {} }]);
    expect(pod.ephemeralContainers[0].targetContainerName).toBe('app');
  });
});

describe('the /tmp volume', () => {
  it('is not added where the container mounts /tmp itself, and never reuses a volume of the user', () => {
    const pod = podOf(
      (c) =>
        new SecurePod(c, 'p', {
          spec: {
            containers: [
              { name: 'own', image: 'x', volumeMounts: [{ name: 'scratch', mountPath: '/tmp/' }] },
              { name: 'other', image: 'x', volumeMounts: [{ name: 'tmp', mountPath: '/etc/app' }] },
            ],
            volumes: [{ name: 'scratch', emptyDir: { medium: 'Memory' } }, { name: 'tmp', configMap: { name: 'settings' } }],
          },
        }),
    );
    expect(pod.containers[0].volumeMounts).toEqual([{ name: 'scratch', mountPath: '/tmp/' }]);
    expect(pod.containers[1].volumeMounts).toEqual([{ name: 'tmp', mountPath: '/etc/app' }, { name: 'tmp-2', mountPath: '/tmp' }]);
    expect(pod.volumes.map((v: Manifest) => v.name)).toEqual(['scratch', 'tmp', 'tmp-2']);
    expect(pod.volumes[2]).toEqual({ name: 'tmp-2', emptyDir: {} });
  });
});

describe('explicit values', () => {
  it('win over the defaults and pass when they are safe (a container UID of 4242)', () => {
    const pod = podOf((c) => new SecurePod(c, 'p', { spec: { containers: [{ ...APP, securityContext: { runAsUser: 4242 } }] } }));
    expect(pod.containers[0].securityContext).toEqual({ ...GOLDEN_CONTAINER_CONTEXT, runAsUser: 4242 });
    expect(pod.securityContext.runAsUser).toBe(65532);
  });

  it('fill only the missing fields of a pod securityContext, and keep a seccomp profile whole', () => {
    const pod = podOf(
      (c) =>
        new SecurePod(c, 'p', {
          spec: { containers: [APP], securityContext: { runAsUser: 5000, seccompProfile: { type: 'Localhost', localhostProfile: 'profiles/app.json' } } },
        }),
    );
    expect(pod.securityContext).toEqual({ ...GOLDEN_POD_CONTEXT, runAsUser: 5000, seccompProfile: { type: 'Localhost', localhostProfile: 'profiles/app.json' } });
  });

  it('keep readOnlyRootFilesystem: false (a hardened warning, not an error) and add no /tmp for that container', () => {
    const chart = Testing.chart();
    new SecurePod(chart, 'p', { spec: { containers: [{ ...APP, securityContext: { readOnlyRootFilesystem: false } }] } });
    const [manifest] = Testing.synth(chart);
    const container = manifest.spec.containers[0];
    expect(container.securityContext.readOnlyRootFilesystem).toBe(false);
    expect(container.volumeMounts).toBeUndefined();
    expect(manifest.spec.volumes).toBeUndefined();
    expect(analyze({ object: manifest }).findings.map((f) => [f.ruleId, f.level])).toEqual([['read-only-root-filesystem', 'warning']]);
  });

  it('keep an added NET_BIND_SERVICE and still drop ALL by default', () => {
    const pod = podOf((c) => new SecurePod(c, 'p', { spec: { containers: [{ ...APP, securityContext: { capabilities: { add: ['NET_BIND_SERVICE'] } } }] } }));
    expect(pod.containers[0].securityContext.capabilities).toEqual({ add: ['NET_BIND_SERVICE'], drop: ['ALL'] });
  });

  it('keep automountServiceAccountToken: true when the pod asks for a token', () => {
    const pod = podOf((c) => new SecurePod(c, 'p', { spec: { automountServiceAccountToken: true, serviceAccountName: 'reader', containers: [APP] } }));
    expect(pod.automountServiceAccountToken).toBe(true);
  });

  it('are judged like any other input: an explicit drop list without ALL fails synth', () => {
    const chart = Testing.chart();
    new SecurePod(chart, 'p', { spec: { containers: [{ ...APP, securityContext: { capabilities: { drop: ['NET_RAW'] } } }] } });
    expect(() => Testing.synth(chart)).toThrow(/capabilities-restricted/);
  });

  it.each([
    ['privileged: true', { privileged: true }, 'privileged'],
    // Above baseline, capabilities-restricted replaces capabilities-baseline, as in PSA.
    ['an added SYS_ADMIN', { capabilities: { add: ['SYS_ADMIN'] } }, 'capabilities-restricted'],
    ['an added CAP_SYS_ADMIN', { capabilities: { add: ['CAP_SYS_ADMIN'] } }, 'capabilities-restricted'],
  ])('never pair allowPrivilegeEscalation: false with %s, which the API server rejects', (_name, securityContext, rule) => {
    const manifest = synthOne(
      (c) =>
        new SecurePod(c, 'p', {
          spec: { containers: [{ ...APP, securityContext }] },
          podSecurity: {
            exemptions: [
              { rule, reason: 'node agent that manages devices' },
              { rule: 'allow-privilege-escalation', reason: 'cannot be false next to privileged or SYS_ADMIN' },
            ],
          },
        }),
    );
    const context = manifest.spec.containers[0].securityContext;
    expect(context).toMatchObject(securityContext);
    expect('allowPrivilegeEscalation' in context).toBe(false);
    expect(context.readOnlyRootFilesystem).toBe(true);
  });

  it('keep a host namespace asked for, which then fails synth', () => {
    const chart = Testing.chart();
    new SecurePod(chart, 'p', { spec: { hostNetwork: true, containers: [APP] } });
    expect(() => Testing.synth(chart)).toThrow(/host-namespaces/);
  });
});

describe('a Windows pod', () => {
  it('gets only the defaults the API server accepts for Windows, and passes restricted', () => {
    const manifest = synthOne((c) => new SecurePod(c, 'p', { spec: { os: { name: 'windows' }, containers: [{ name: 'app', image: 'mcr.microsoft.com/windows/nanoserver:ltsc2022' }] } }));
    expect(manifest.spec.securityContext).toEqual({ runAsNonRoot: true });
    expect(manifest.spec.containers[0].securityContext).toBeUndefined();
    expect(manifest.spec.volumes).toBeUndefined();
    expect(manifest.spec).toMatchObject({ hostNetwork: false, hostPID: false, hostIPC: false, automountServiceAccountToken: false });
    expect(analyze({ object: manifest }, { profile: 'restricted' }).findings).toEqual([]);
  });
});

describe('workload selectors', () => {
  const template = (labels?: Record<string, string>) => ({ metadata: labels && { labels }, spec: { containers: [APP] } });

  it.each([
    ['Deployment', (c: Chart, spec: any) => new SecureDeployment(c, 'w', { spec })],
    ['StatefulSet', (c: Chart, spec: any) => new SecureStatefulSet(c, 'w', { spec })],
    ['DaemonSet', (c: Chart, spec: any) => new SecureDaemonSet(c, 'w', { spec })],
  ])('%s: a missing selector becomes a label of its own, on the template too', (_kind, make) => {
    const chart = Testing.chart();
    const workload = make(chart, { template: template({ tier: 'web' }) });
    const [manifest] = Testing.synth(chart);
    expect(manifest.spec.selector).toEqual({ matchLabels: { [DEFAULT_SELECTOR_LABEL]: workload.node.addr } });
    expect(manifest.spec.template.metadata.labels).toEqual({ tier: 'web', [DEFAULT_SELECTOR_LABEL]: workload.node.addr });
  });

  it('gives two workloads different selectors', () => {
    const chart = Testing.chart();
    new SecureDeployment(chart, 'a', { spec: { template: template() } });
    new SecureDeployment(chart, 'b', { spec: { template: template() } });
    const [a, b] = Testing.synth(chart);
    expect(a.spec.selector.matchLabels[DEFAULT_SELECTOR_LABEL]).not.toBe(b.spec.selector.matchLabels[DEFAULT_SELECTOR_LABEL]);
  });

  it("copies a given selector's labels to a template that lacks them, and keeps both when given", () => {
    const chart = Testing.chart();
    new SecureDeployment(chart, 'a', { spec: { selector: { matchLabels: { app: 'a' } }, template: template() } });
    new SecureDeployment(chart, 'b', { spec: { selector: { matchLabels: { app: 'b' } }, template: template({ app: 'b', version: '2' }) } });
    const [a, b] = Testing.synth(chart);
    expect(a.spec.template.metadata.labels).toEqual({ app: 'a' });
    expect(b.spec.selector).toEqual({ matchLabels: { app: 'b' } });
    expect(b.spec.template.metadata.labels).toEqual({ app: 'b', version: '2' });
  });

  it('leaves Jobs and CronJobs to the API server, which generates their selectors', () => {
    const job = synthOne((c) => new SecureJob(c, 'j', { spec: { template: { spec: { restartPolicy: 'Never', containers: [APP] } } } }));
    expect(job.spec.selector).toBeUndefined();
    expect(job.spec.template.metadata).toBeUndefined();
  });
});

describe('rendering L1 props', () => {
  // Every leaf the generated class renders must come out the same from the Secure* construct, which only adds.
  function leaves(value: unknown, path: (string | number)[] = []): Array<[(string | number)[], unknown]> {
    if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
    if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
    return [[path, value]];
  }

  const podSpec: k8s.PodSpec = {
    hostPid: false,
    hostIpc: false,
    setHostnameAsFqdn: true,
    overhead: { cpu: k8s.Quantity.fromString('250m') },
    containers: [
      {
        name: 'app',
        image: Lazy.any({ produce: () => 'registry.example/app:2.0' }),
        ports: [{ containerPort: 8080, hostIp: '10.0.0.1', name: 'http' }],
        resources: { limits: { memory: k8s.Quantity.fromString('256Mi') }, requests: { cpu: k8s.Quantity.fromNumber(1) } },
        readinessProbe: { httpGet: { path: '/healthz', port: k8s.IntOrString.fromString('http') } },
        livenessProbe: { tcpSocket: { port: k8s.IntOrString.fromNumber(8080) } },
        lifecycle: { preStop: { httpGet: { path: '/drain', port: k8s.IntOrString.fromNumber(8080) } } },
        env: [{ name: 'MEM', valueFrom: { resourceFieldRef: { resource: 'limits.memory', divisor: k8s.Quantity.fromString('1Mi') } } }],
      },
    ],
    volumes: [
      { name: 'info', downwardApi: { items: [{ path: 'cpu', resourceFieldRef: { containerName: 'app', resource: 'limits.cpu', divisor: k8s.Quantity.fromString('1m') } }] } },
      { name: 'bundle', projected: { sources: [{ downwardApi: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] } }] } },
      { name: 'cache', emptyDir: { sizeLimit: k8s.Quantity.fromString('1Gi') } },
      { name: 'claim', ephemeral: { volumeClaimTemplate: { spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: k8s.Quantity.fromString('5Gi') } } } } } },
      { name: 'ebs', awsElasticBlockStore: { volumeId: 'vol-1' } },
      { name: 'azure', azureDisk: { diskName: 'd', diskUri: 'https://disk' } },
      { name: 'cinder', cinder: { volumeId: 'c-1' } },
      { name: 'fc', fc: { targetWwNs: ['500a0982991b8dc5'], lun: 2 } },
      { name: 'flocker', flocker: { datasetUuid: 'uuid-1' } },
      { name: 'photon', photonPersistentDisk: { pdId: 'pd-1' } },
      { name: 'px', portworxVolume: { volumeId: 'px-1' } },
      { name: 'vsphere', vsphereVolume: { volumePath: '[ds] v.vmdk', storagePolicyId: 'sp-1' } },
      { name: 'scale', scaleIo: { gateway: 'gw', system: 'sys', secretRef: { name: 's' } } },
    ],
  };

  function compare(l1: Manifest, secure: Manifest): void {
    const all = leaves(l1);
    expect(all.length).toBeGreaterThan(20);
    for (const [path, value] of all) expect({ path, value: at(secure, path) }).toEqual({ path, value });
  }

  it('renders a pod exactly as the generated KubePod does (renamed keys, Quantity, IntOrString, tokens)', () => {
    const chart = Testing.chart();
    // Props typed with the generated interfaces are accepted as they are: this line is the type-level check.
    const props: k8s.KubePodProps = { metadata: { labels: { app: 'x' } }, spec: podSpec };
    const l1 = new k8s.KubePod(chart, 'l1', props).toJson();
    const secure = new SecurePod(chart, 'secure', props).toJson();
    compare({ ...l1, metadata: l1.metadata.labels }, { ...secure, metadata: secure.metadata.labels });
    expect(secure.spec).toMatchObject({ hostPID: false, hostIPC: false, setHostnameAsFQDN: true });
    expect(secure.spec.containers[0].ports[0].hostIP).toBe('10.0.0.1');
    expect(secure.spec.volumes[0].downwardAPI).toBeDefined();
    expect(secure.spec.volumes[12].scaleIO).toBeDefined();
    expect(JSON.stringify(secure)).not.toMatch(/"(hostPid|hostIpc|hostIp|downwardApi|scaleIo|volumeId|diskUri|targetWwNs|datasetUuid|pdId|storagePolicyId|setHostnameAsFqdn)"/);
  });

  it('renders workloads as the generated classes do (strategies, claim templates, job templates)', () => {
    const chart = Testing.chart();
    const template = { metadata: { labels: { app: 'x' } }, spec: podSpec };
    const selector = { matchLabels: { app: 'x' } };
    const rolling = { maxSurge: k8s.IntOrString.fromString('25%'), maxUnavailable: k8s.IntOrString.fromNumber(0) };
    // One props value, typed with the generated interfaces, goes to both classes: the drop-in claim, checked by tsc.
    const deployment: k8s.KubeDeploymentProps = { spec: { selector, template, strategy: { type: 'RollingUpdate', rollingUpdate: rolling } } };
    const statefulSet: k8s.KubeStatefulSetProps = {
      spec: {
        selector,
        template,
        serviceName: 'db',
        updateStrategy: { rollingUpdate: { maxUnavailable: k8s.IntOrString.fromNumber(1), partition: 0 } },
        volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: k8s.Quantity.fromString('10Gi') } } } }],
      },
    };
    const daemonSet: k8s.KubeDaemonSetProps = { spec: { selector, template, updateStrategy: { rollingUpdate: rolling } } };
    const job: k8s.KubeJobProps = { spec: { backoffLimit: 2, template } };
    const cronJob: k8s.KubeCronJobProps = { spec: { schedule: '@daily', jobTemplate: { spec: { backoffLimit: 2, template } } } };
    const pairs: Array<[Manifest, Manifest]> = [
      [new k8s.KubeDeployment(chart, 'd1', deployment).toJson(), new SecureDeployment(chart, 'd2', deployment).toJson()],
      [new k8s.KubeStatefulSet(chart, 's1', statefulSet).toJson(), new SecureStatefulSet(chart, 's2', statefulSet).toJson()],
      [new k8s.KubeDaemonSet(chart, 'ds1', daemonSet).toJson(), new SecureDaemonSet(chart, 'ds2', daemonSet).toJson()],
      [new k8s.KubeJob(chart, 'j1', job).toJson(), new SecureJob(chart, 'j2', job).toJson()],
      [new k8s.KubeCronJob(chart, 'c1', cronJob).toJson(), new SecureCronJob(chart, 'c2', cronJob).toJson()],
    ];
    for (const [l1, secure] of pairs) compare(l1.spec, secure.spec);
    expect(pairs[0][1].spec.strategy.rollingUpdate).toEqual({ maxSurge: '25%', maxUnavailable: 0 });
    expect(pairs[1][1].spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBe('10Gi');
    expect(pairs[4][1].spec.jobTemplate.spec.template.spec.containers[0].ports[0].hostIP).toBe('10.0.0.1');
  });

  it('passes fields it does not type through unchanged, where the engine still judges them', () => {
    const spec = { containers: [APP], futureSetting: { enabled: true }, shareProcessNamespace: true };
    const manifest = synthOne((c) => new SecurePod(c, 'p', { spec }));
    expect(manifest.spec.futureSetting).toEqual({ enabled: true });
    expect(analyze({ object: manifest }).findings.map((f) => f.ruleId)).toEqual(['share-process-namespace']);
  });

  it('keeps a JSON patch in manifest spelling, so patched-in host namespaces fail synth', () => {
    const chart = Testing.chart();
    new SecurePod(chart, 'p', { spec: { containers: [APP] } }).addJsonPatch(JsonPatch.add('/spec/hostIPC', true));
    expect(() => Testing.synth(chart)).toThrow(/\bhost-namespaces\b/);
  });

  it('refuses a field set in both spellings rather than pick one', () => {
    const chart = Testing.chart();
    new SecurePod(chart, 'p', { spec: { hostPid: false, containers: [APP] } }).addJsonPatch(JsonPatch.add('/spec/hostPID', true));
    expect(() => Testing.synth(chart)).toThrow(/(hostPID and hostPid|hostPid and hostPID) both set the manifest field hostPID/);
  });

  it('accepts plain quantities and ports as well as the generated wrapper classes', () => {
    const spec: PodSpec = { containers: [{ ...APP, resources: { limits: { memory: '64Mi' } }, readinessProbe: { httpGet: { port: 8080 } } }] };
    const pod = podOf((c) => new SecurePod(c, 'p', { spec } satisfies SecurePodProps));
    expect(pod.containers[0].resources.limits.memory).toBe('64Mi');
    expect(pod.containers[0].readinessProbe.httpGet.port).toBe(8080);
  });

  it('takes chart labels and namespace into its metadata, as every ApiObject does', () => {
    const app = new App();
    const chart = new Chart(app, 'shop', { namespace: 'shop', labels: { team: 'web' } });
    new SecurePod(chart, 'p', { metadata: { name: 'web' }, spec: { containers: [APP] } });
    expect(Testing.synth(chart)[0].metadata).toEqual({ name: 'web', namespace: 'shop', labels: { team: 'web' } });
  });
});
