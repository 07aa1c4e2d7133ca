// Pods inside custom resources: each known kind read at its documented paths, findings at the exact line and with a
// path through the custom resource; pod-like shapes (Argo, Tekton, Prometheus, Spark) judged as pods; declared kinds
// through the configuration; unknown kinds quiet but noted. Then each surface once: the CLI, the pack, the constructs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiObject, Testing } from 'cdk8s';
import { PodSecurityValidation } from 'podguard-cdk8s';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, type AnalyzeOptions } from '../../src/engine/analyze.js';
import { fixSource } from '../../src/fix/fix-source.js';
import { json, podguard, REPO, tree } from '../surfaces/cli.js';
import { launchPack, resourceOf, type RunningPack } from '../surfaces/pack/harness.js';

const DIR = join(REPO, 'test/fixtures/custom-resources');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

function scan(name: string, text = read(name), options: AnalyzeOptions = { profile: 'baseline' }) {
  return analyze({ file: name, text }, options);
}

interface Case {
  file: string;
  kind: string;
  rule: string;
  line: number;
  path: string;
  container: string | null;
  /** The edit that makes the object clean at baseline. */
  clean: [string, string];
}

const PRIVILEGED: [string, string] = ['privileged: true', 'privileged: false'];

// One violation per fixture, at the line a person edits.
const CASES: Case[] = [
  { file: 'rollout.yaml', kind: 'Rollout', rule: 'privileged', line: 25, path: 'spec.template.spec.containers[0].securityContext.privileged', container: 'checkout', clean: PRIVILEGED },
  { file: 'workflow.yaml', kind: 'Workflow', rule: 'privileged', line: 24, path: 'spec.templates[1].sidecars[0].securityContext.privileged', container: 'docker', clean: PRIVILEGED },
  { file: 'workflow-template.yaml', kind: 'WorkflowTemplate', rule: 'privileged', line: 18, path: 'spec.templates[0].script.securityContext.privileged', container: 'main', clean: PRIVILEGED },
  { file: 'cluster-workflow-template.yaml', kind: 'ClusterWorkflowTemplate', rule: 'privileged', line: 18, path: 'spec.templates[0].containerSet.containers[1].securityContext.privileged', container: 'b', clean: PRIVILEGED },
  { file: 'cron-workflow.yaml', kind: 'CronWorkflow', rule: 'host-namespaces', line: 10, path: 'spec.workflowSpec.hostNetwork', container: null, clean: ['hostNetwork: true', 'hostNetwork: false'] },
  { file: 'knative-service.yaml', kind: 'Service', rule: 'privileged', line: 18, path: 'spec.template.spec.containers[0].securityContext.privileged', container: 'containers[0]', clean: PRIVILEGED },
  { file: 'knative-configuration.yaml', kind: 'Configuration', rule: 'capabilities-baseline', line: 13, path: 'spec.template.spec.containers[0].securityContext.capabilities.add', container: 'greeter', clean: ['add: [SYS_ADMIN]', 'add: [NET_BIND_SERVICE]'] },
  { file: 'scaled-job.yaml', kind: 'ScaledJob', rule: 'privileged', line: 17, path: 'spec.jobTargetRef.template.spec.containers[0].securityContext.privileged', container: 'worker', clean: PRIVILEGED },
  { file: 'tekton-task.yaml', kind: 'Task', rule: 'privileged', line: 16, path: 'spec.stepTemplate.securityContext.privileged', container: 'stepTemplate', clean: PRIVILEGED },
  { file: 'tekton-cluster-task.yaml', kind: 'ClusterTask', rule: 'privileged', line: 12, path: 'spec.steps[0].securityContext.privileged', container: 'clone', clean: PRIVILEGED },
  { file: 'tekton-pipeline.yaml', kind: 'Pipeline', rule: 'host-path-volumes', line: 24, path: 'spec.tasks[1].taskSpec.volumes[0].hostPath', container: null, clean: ['hostPath:\n              path: /var/run/docker.sock', 'emptyDir: {}'] },
  { file: 'kruise-cloneset.yaml', kind: 'CloneSet', rule: 'privileged', line: 21, path: 'spec.template.spec.containers[0].securityContext.privileged', container: 'guestbook', clean: PRIVILEGED },
  { file: 'kruise-statefulset.yaml', kind: 'StatefulSet', rule: 'host-namespaces', line: 16, path: 'spec.template.spec.hostPID', container: null, clean: ['hostPID: true', 'hostPID: false'] },
  { file: 'kruise-daemonset.yaml', kind: 'DaemonSet', rule: 'privileged', line: 18, path: 'spec.template.spec.containers[0].securityContext.privileged', container: 'agent', clean: PRIVILEGED },
  { file: 'prometheus.yaml', kind: 'Prometheus', rule: 'host-namespaces', line: 10, path: 'spec.hostNetwork', container: null, clean: ['hostNetwork: true', 'hostNetwork: false'] },
  { file: 'alertmanager.yaml', kind: 'Alertmanager', rule: 'privileged', line: 11, path: 'spec.containers[0].securityContext.privileged', container: 'debug', clean: PRIVILEGED },
  { file: 'thanos-ruler.yaml', kind: 'ThanosRuler', rule: 'host-path-volumes', line: 14, path: 'spec.volumes[0].hostPath', container: null, clean: ['hostPath:\n        path: /var/log', 'emptyDir: {}'] },
  { file: 'prometheus-agent.yaml', kind: 'PrometheusAgent', rule: 'capabilities-baseline', line: 13, path: 'spec.initContainers[0].securityContext.capabilities.add', container: 'init-config', clean: ['add: [NET_ADMIN]', 'add: [CHOWN]'] },
  { file: 'pytorch-job.yaml', kind: 'PyTorchJob', rule: 'privileged', line: 25, path: 'spec.pytorchReplicaSpecs.Worker.template.spec.containers[0].securityContext.privileged', container: 'pytorch', clean: PRIVILEGED },
  { file: 'tf-job.yaml', kind: 'TFJob', rule: 'host-namespaces', line: 11, path: 'spec.tfReplicaSpecs.PS.template.spec.hostIPC', container: null, clean: ['hostIPC: true', 'hostIPC: false'] },
  { file: 'mpi-job.yaml', kind: 'MPIJob', rule: 'privileged', line: 26, path: 'spec.mpiReplicaSpecs.Worker.template.spec.containers[0].securityContext.privileged', container: 'mpi-worker', clean: PRIVILEGED },
  { file: 'xgboost-job.yaml', kind: 'XGBoostJob', rule: 'privileged', line: 16, path: 'spec.xgbReplicaSpecs.Master.template.spec.containers[0].securityContext.privileged', container: 'xgboost', clean: PRIVILEGED },
  { file: 'jobset.yaml', kind: 'JobSet', rule: 'privileged', line: 32, path: 'spec.replicatedJobs[1].template.spec.template.spec.containers[0].securityContext.privileged', container: 'worker', clean: PRIVILEGED },
  { file: 'ray-cluster.yaml', kind: 'RayCluster', rule: 'privileged', line: 27, path: 'spec.workerGroupSpecs[0].template.spec.containers[0].securityContext.privileged', container: 'ray-worker', clean: PRIVILEGED },
  { file: 'ray-job.yaml', kind: 'RayJob', rule: 'privileged', line: 18, path: 'spec.rayClusterSpec.headGroupSpec.template.spec.containers[0].securityContext.privileged', container: 'ray-head', clean: PRIVILEGED },
  { file: 'ray-service.yaml', kind: 'RayService', rule: 'host-namespaces', line: 25, path: 'spec.rayClusterConfig.workerGroupSpecs[0].template.spec.hostNetwork', container: null, clean: ['hostNetwork: true', 'hostNetwork: false'] },
  { file: 'volcano-job.yaml', kind: 'Job', rule: 'privileged', line: 27, path: 'spec.tasks[1].template.spec.containers[0].securityContext.privileged', container: 'worker', clean: PRIVILEGED },
  { file: 'spark-application.yaml', kind: 'SparkApplication', rule: 'privileged', line: 20, path: 'spec.driver.securityContext.privileged', container: 'spark-kubernetes-driver', clean: PRIVILEGED },
];

describe('known custom resources at baseline', () => {
  it.each(CASES)('$kind ($file): one finding at its line, none once fixed', (c) => {
    const { findings } = scan(c.file);
    expect(findings.map((f) => ({ rule: f.ruleId, line: f.line, path: f.path, container: f.container, kind: f.resource?.kind }))).toEqual([
      { rule: c.rule, line: c.line, path: c.path, container: c.container, kind: c.kind },
    ]);
    const text = read(c.file);
    expect(text).toContain(c.clean[0]);
    expect(scan(c.file, text.replace(c.clean[0], c.clean[1])).findings).toEqual([]);
  });

  it('tells a Knative Service from a core Service, and a Volcano Job from a batch Job, by API group', () => {
    const core = read('knative-service.yaml').replace('serving.knative.dev/v1', 'v1');
    expect(scan('core.yaml', core).findings).toEqual([]);
    const other = read('knative-service.yaml').replace('serving.knative.dev/v1', 'serving.example.org/v1');
    expect(scan('other.yaml', other).findings).toEqual([]);
  });

  it('reads nothing in a Rollout with workloadRef, and says nothing', () => {
    const result = scan('rollout-workloadref.yaml', read('rollout-workloadref.yaml'), { profile: 'hardened' });
    expect(result.findings).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(result.summary.resources).toBe(1);
  });
});

describe('pod-like shapes', () => {
  it('Argo: the workflow securityContext is each template pod\'s, reported once at its own line', () => {
    const text = read('workflow.yaml').replace('runAsNonRoot: true', 'runAsNonRoot: false');
    const found = scan('workflow.yaml', text, { profile: 'restricted' }).findings.filter((f) => f.ruleId === 'run-as-non-root');
    expect(found.map((f) => [f.line, f.path])).toEqual([[9, 'spec.securityContext.runAsNonRoot']]);
  });

  it('Argo: a template securityContext replaces the workflow one whole', () => {
    const text = read('workflow-template.yaml').replace('    - name: render\n', '    - name: render\n      securityContext:\n        runAsUser: 0\n');
    const found = scan('wt.yaml', text, { profile: 'restricted' }).findings;
    expect(found.filter((f) => f.ruleId === 'run-as-user').map((f) => [f.line, f.path])).toEqual([[10, 'spec.templates[0].securityContext.runAsUser']]);
  });

  it('Argo: fixes write to the workflow once, and the fixed workflow is clean at restricted', () => {
    const text = read('workflow.yaml').replace('privileged: true', 'privileged: false');
    expect(scan('workflow.yaml', text, { profile: 'restricted' }).findings.length).toBeGreaterThan(0);
    const fixed = fixSource('workflow.yaml', text, { profile: 'restricted' }, { unsafe: true }).text;
    // One seccompProfile, in the workflow's securityContext, covers every template's pod.
    expect(fixed.match(/seccompProfile/g)).toHaveLength(1);
    expect(fixed).toContain('  securityContext:\n    runAsNonRoot: true\n    runAsUser: 8737\n    seccompProfile:');
    expect(scan('workflow.yaml', fixed, { profile: 'restricted' }).findings).toEqual([]);
  });

  it('Tekton: steps inherit stepTemplate; sidecars do not; no finding on pod fields a Task cannot set', () => {
    const { findings } = scan('tekton-task.yaml', read('tekton-task.yaml').replace('privileged: true', 'runAsNonRoot: true'), { profile: 'hardened' });
    const containers = new Set(findings.map((f) => f.container));
    expect(containers).toEqual(new Set(['build', 'digest', 'registry']));
    const runAsNonRoot = findings.filter((f) => f.ruleId === 'run-as-non-root').map((f) => f.container);
    expect(runAsNonRoot).toEqual(['registry']);
    expect(findings.some((f) => f.ruleId === 'automount-service-account-token')).toBe(false);
    expect(findings.every((f) => f.path.startsWith('spec.steps[') || f.path.startsWith('spec.sidecars['))).toBe(true);
  });

  it('Spark: podSecurityContext is the pod level, and the executor is a pod of its own', () => {
    const { findings } = scan('spark.yaml', read('spark-application.yaml').replace('privileged: true', 'privileged: false'), { profile: 'restricted' });
    // The driver's podSecurityContext sets runAsNonRoot; the executor's pod has none.
    expect(findings.filter((f) => f.ruleId === 'run-as-non-root').map((f) => f.container)).toEqual(['spark-kubernetes-executor']);
    const executor = findings.filter((f) => f.container === 'spark-kubernetes-executor').map((f) => f.path);
    expect(executor).toContain('spec.executor.securityContext.allowPrivilegeEscalation');
  });

  it('Prometheus: the spec carries the pod fields; its podMetadata annotations are the pod\'s', () => {
    const text = read('prometheus.yaml').replace('hostNetwork: true', 'hostNetwork: false').replace('      team: sre\n', '      team: sre\n    annotations:\n      podguard.dev/ignore.automount-service-account-token: metrics scraping needs the API\n');
    const { findings } = scan('prometheus.yaml', text, { profile: 'hardened' });
    const automount = findings.filter((f) => f.ruleId === 'automount-service-account-token');
    expect(automount.map((f) => [f.path, !!f.suppressed])).toEqual([['spec.automountServiceAccountToken', true]]);
  });
});

describe('declared and unknown kinds', () => {
  it('an unknown kind holding a pod template is quiet, with one note per kind naming the entry that declares it', () => {
    const two = read('widget.yaml') + '---\n' + read('widget.yaml').replace('name: gadget', 'name: gizmo');
    const result = scan('widget.yaml', two, { profile: 'hardened' });
    expect(result.findings).toEqual([]);
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0].message).toContain('2 objects of kind Widget (example.com/v1)');
    expect(result.notes[0].message).toContain('customResources: [{apiVersion: example.com/v1, kind: Widget, podSpecs: [spec.worker.template.spec]}]');
  });

  it('a kind declared by group is read at its paths, every version', () => {
    const options: AnalyzeOptions = { profile: 'baseline', customResources: [{ apiVersion: 'example.com', kind: 'Widget', podSpecs: ['spec.worker.template.spec'] }] };
    for (const version of ['v1', 'v2beta1']) {
      const result = scan('widget.yaml', read('widget.yaml').replace('example.com/v1', `example.com/${version}`), options);
      expect(result.findings.map((f) => [f.ruleId, f.line, f.path])).toEqual([['privileged', 14, 'spec.worker.template.spec.containers[0].securityContext.privileged']]);
      expect(result.notes).toEqual([]);
    }
  });

  it('an object without anything pod-shaped gets no note', () => {
    const text = 'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: web\nspec:\n  secretName: web-tls\n  dnsNames: [web.example]\n';
    expect(scan('cert.yaml', text).notes).toEqual([]);
  });
});

describe('surfaces', () => {
  it('CLI: findings at the line, the note on stderr in text and under notes in JSON, the config declares a kind', () => {
    const dir = tree({
      'scaled-job.yaml': read('scaled-job.yaml'),
      'widget.yaml': read('widget.yaml'),
    });
    const text = podguard(['scan', dir, '--profile', 'baseline']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('scaled-job.yaml:17:15 error privileged');
    expect(text.stderr).toMatch(/^Notes\n {2}1 object of kind Widget \(example.com\/v1\) holds pod templates/m);
    const out = json(podguard(['scan', dir, '--profile', 'baseline', '--format', 'json'])) as ReturnType<typeof json> & { notes?: Array<{ message: string }> };
    expect(out.findings.map((f) => [f.ruleId, f.path])).toEqual([['privileged', 'spec.jobTargetRef.template.spec.containers[0].securityContext.privileged']]);
    expect(out.notes?.map((n) => n.message)).toEqual([expect.stringContaining('1 object of kind Widget')]);

    const configured = tree({ '.podguard.yaml': read('widget-config.yaml'), 'widget.yaml': read('widget.yaml'), '.git/HEAD': '' });
    const declared = json(podguard(['scan', configured, '--profile', 'baseline', '--format', 'json'])) as ReturnType<typeof json> & { notes?: string[] };
    expect(declared.findings.map((f) => [f.ruleId, f.line])).toEqual([['privileged', 14]]);
    expect(declared.notes).toBeUndefined();
  });

  it('CLI: a malformed customResources entry is one clear error naming the file and key', () => {
    const dir = tree({ '.podguard.yaml': 'customResources:\n  - apiVersion: example.com/v1\n    kind: Widget\n    podSpecs: ["spec..template"]\n', 'w.yaml': read('widget.yaml'), '.git/HEAD': '' });
    const run = podguard(['scan', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.podguard\.yaml:4:\d+: customResources\.0\.podSpecs\.0: /);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('CLI fix: rewrites the custom resource at the path through its template', () => {
    const dir = tree({ 'job.yaml': read('scaled-job.yaml') });
    const run = podguard(['fix', dir, '--profile', 'baseline', '--unsafe-fixes']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('-              privileged: true\n+              privileged: false');
  });

  describe('policy pack', () => {
    let pack: RunningPack;
    beforeAll(async () => {
      pack = await launchPack();
      await pack.engine.handshake();
      await pack.engine.configureStack({ stack: 'dev', project: 'shop', dryRun: true });
      await pack.engine.configure((await pack.engine.info()).policies);
    });
    afterAll(() => {
      pack?.engine.close();
      pack?.kill();
    });

    it('judges a CustomResource of a known kind, by its type token', async () => {
      const object = parse(read('workflow.yaml'));
      const { diagnostics } = await pack.engine.analyze(resourceOf(object, 'build'));
      expect(diagnostics.find((d) => d.policyName === 'privileged')?.message).toContain('docker');
      const unknown = parse(read('widget.yaml'));
      expect((await pack.engine.analyze(resourceOf(unknown, 'gadget'))).diagnostics).toEqual([]);
    });
  });

  it('constructs: declared kinds are read, from the options or the file, and their pod-template waivers work', () => {
    const widget = parse(read('widget.yaml'));
    const errors = (options: Parameters<typeof PodSecurityValidation.of>[1], object = widget) => {
      const chart = Testing.chart();
      new ApiObject(chart, 'widget', object);
      PodSecurityValidation.of(chart, options);
      try {
        Testing.synth(chart);
        return [];
      } catch (e) {
        return (e as Error).message.split('\n').filter((l) => l.includes('podguard error '));
      }
    };
    const declared = [{ apiVersion: 'example.com', kind: 'Widget', podSpecs: ['spec.worker.template.spec'] }];
    expect(errors({ profile: 'baseline' })).toEqual([]);
    expect(errors({ profile: 'baseline', customResources: declared })).toEqual([expect.stringContaining('spec.worker.template.spec.containers[0].securityContext.privileged')]);
    const file = join(tree({ '.podguard.yaml': read('widget-config.yaml') }), '.podguard.yaml');
    expect(errors({ profile: 'baseline', config: file })).toHaveLength(1);
    const waived = structuredClone(widget);
    waived.spec.worker.template.metadata = { annotations: { 'podguard.dev/ignore.privileged': 'the gadget drives a USB device (HW-7)' } };
    expect(errors({ profile: 'baseline', customResources: declared }, waived)).toEqual([]);
  });

  it('constructs: PodSecurityValidation covers ApiObjects of known custom kinds', () => {
    const chart = Testing.chart();
    const object = parse(read('ray-cluster.yaml'));
    new ApiObject(chart, 'ray', object);
    new ApiObject(chart, 'widget', parse(read('widget.yaml')));
    PodSecurityValidation.of(chart, { profile: 'baseline' });
    let message = '';
    try {
      Testing.synth(chart);
    } catch (e) {
      message = (e as Error).message;
    }
    const lines = message.split('\n').filter((l) => l.includes('podguard error '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('container "ray-worker" of RayCluster raycluster');
    expect(lines[0]).toContain('spec.workerGroupSpecs[0].template.spec.containers[0].securityContext.privileged');
  });
});
