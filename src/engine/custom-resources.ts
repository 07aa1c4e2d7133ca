// Where the pods of custom resources are, as data: per API group and kind, the pod specs inside the object, or, for
// kinds whose pods are assembled by their controller (Argo Workflows, Tekton, Prometheus, Spark), where the
// pod-level fields and the containers are. Field names are those of each project's API types.
import { isPlainObject } from '../source/resources.js';
import type { Path } from './field.js';

/**
 * A place in an object, dot-separated: `name[]` is every item of the list `name`, `*` every value of a map, and a
 * leading `/` starts from the top of the object instead of from the part (in PodLike).
 */
type Pattern = string;

export type ContainerGroup = 'containers' | 'initContainers' | 'ephemeralContainers';

/** A pod assembled from parts of an object, rather than a pod spec written out. */
export interface PodLike {
  /** Each place that becomes one pod ('' is the whole object). */
  each: Pattern;
  /** The pod-spec keys this shape has: each read from the first of its places that sets it, and added at the last. */
  pod: Record<string, Pattern[]>;
  /** Objects whose `annotations` are the pod's. */
  metadata?: Pattern[];
  containers: Array<{
    at: Pattern;
    group?: ContainerGroup;
    /** The name of a container the object leaves unnamed (the name its controller gives it). */
    name?: string;
    /** A container template whose fields a container takes unless it sets them (Tekton's stepTemplate). */
    inherits?: Pattern;
  }>;
}

export interface CustomKind {
  /** Pod specs (`PodSpec`), each with its `metadata` beside it as in a pod template. */
  podSpecs?: Pattern[];
  podLike?: PodLike[];
}

/** A kind declared in .podguard.yaml: apiVersion is `group/version`, or a group alone for every version. */
export interface DeclaredKind {
  apiVersion: string;
  kind: string;
  podSpecs: string[];
}

const TEMPLATE_SPEC = { podSpecs: ['spec.template.spec'] };
const rayCluster = (at: string) => [`${at}headGroupSpec.template.spec`, `${at}workerGroupSpecs[].template.spec`];
const replicaSpecs = (field: string) => ({ podSpecs: [`spec.${field}.*.template.spec`] });

// Argo runs each template as a pod. The template's securityContext replaces the workflow's whole (workflowpod.go);
// volumes of both are mounted, so the workflow's are read once on their own.
function argoWorkflow(spec: string): CustomKind {
  const both = (key: string) => [key, `/${spec}.${key}`];
  return {
    podLike: [
      { each: spec, pod: { volumes: ['volumes'] }, containers: [] },
      {
        each: `${spec}.templates[]`,
        pod: {
          securityContext: both('securityContext'),
          automountServiceAccountToken: both('automountServiceAccountToken'),
          hostNetwork: [`/${spec}.hostNetwork`],
          volumes: ['volumes'],
        },
        metadata: ['metadata', `/${spec}.podMetadata`],
        containers: [
          { at: 'initContainers[]', group: 'initContainers' },
          { at: 'container', name: 'main' },
          { at: 'script', name: 'main' },
          { at: 'containerSet.containers[]' },
          { at: 'sidecars[]' },
        ],
      },
    ],
  };
}

// A Tekton task's steps and sidecars run in one pod; steps take stepTemplate's values they do not set. Pod-level
// settings belong to the TaskRun's podTemplate, not to the task, so only volumes are read here.
function tektonTask(each: string, metadata: Pattern[] = []): PodLike {
  return {
    each,
    pod: { volumes: ['volumes'] },
    metadata,
    containers: [{ at: 'steps[]', inherits: 'stepTemplate' }, { at: 'sidecars[]' }],
  };
}

// Prometheus-operator specs carry the pod's own fields; containers listed there are added (or merged by name).
function monitoring(keys: string[]): CustomKind {
  return {
    podLike: [
      {
        each: 'spec',
        pod: Object.fromEntries(['securityContext', 'volumes', 'hostUsers', ...keys].map((k) => [k, [k]])),
        metadata: ['podMetadata'],
        containers: [{ at: 'initContainers[]', group: 'initContainers' }, { at: 'containers[]' }],
      },
    ],
  };
}

// Spark's driver and executor are described field by field: the role object holds the main container's
// securityContext and the pod's podSecurityContext, hostNetwork and annotations; volumes are the application's.
function spark(spec: string): CustomKind {
  const role = (name: string, container: string): PodLike => ({
    each: `${spec}.${name}`,
    pod: {
      securityContext: ['podSecurityContext'],
      hostNetwork: ['hostNetwork'],
      shareProcessNamespace: ['shareProcessNamespace'],
      volumes: [`/${spec}.volumes`],
    },
    metadata: [''],
    containers: [{ at: 'initContainers[]', group: 'initContainers' }, { at: '', name: container }, { at: 'sidecars[]' }],
  });
  return {
    podSpecs: [`${spec}.driver.template.spec`, `${spec}.executor.template.spec`],
    podLike: [role('driver', 'spark-kubernetes-driver'), role('executor', 'spark-kubernetes-executor')],
  };
}

/** Known kinds by API group, then kind. */
export const CUSTOM_KINDS: Record<string, Record<string, CustomKind>> = {
  'argoproj.io': {
    Rollout: TEMPLATE_SPEC, // a Rollout with workloadRef has no template: nothing to read
    Workflow: argoWorkflow('spec'),
    WorkflowTemplate: argoWorkflow('spec'),
    ClusterWorkflowTemplate: argoWorkflow('spec'),
    CronWorkflow: argoWorkflow('spec.workflowSpec'),
  },
  'serving.knative.dev': { Service: TEMPLATE_SPEC, Configuration: TEMPLATE_SPEC },
  'keda.sh': { ScaledJob: { podSpecs: ['spec.jobTargetRef.template.spec'] } },
  'tekton.dev': {
    Task: { podLike: [tektonTask('spec')] },
    ClusterTask: { podLike: [tektonTask('spec')] },
    Pipeline: { podLike: [tektonTask('spec.tasks[].taskSpec', ['metadata']), tektonTask('spec.finally[].taskSpec', ['metadata'])] },
  },
  'apps.kruise.io': { CloneSet: TEMPLATE_SPEC, StatefulSet: TEMPLATE_SPEC, DaemonSet: TEMPLATE_SPEC, BroadcastJob: TEMPLATE_SPEC },
  'monitoring.coreos.com': {
    Prometheus: monitoring(['hostNetwork', 'automountServiceAccountToken']),
    PrometheusAgent: monitoring(['hostNetwork', 'automountServiceAccountToken']),
    Alertmanager: monitoring(['hostNetwork', 'automountServiceAccountToken']),
    ThanosRuler: monitoring([]),
  },
  'kubeflow.org': {
    PyTorchJob: replicaSpecs('pytorchReplicaSpecs'),
    TFJob: replicaSpecs('tfReplicaSpecs'),
    MPIJob: replicaSpecs('mpiReplicaSpecs'),
    XGBoostJob: replicaSpecs('xgbReplicaSpecs'),
    PaddleJob: replicaSpecs('paddleReplicaSpecs'),
    JAXJob: replicaSpecs('jaxReplicaSpecs'),
  },
  'jobset.x-k8s.io': { JobSet: { podSpecs: ['spec.replicatedJobs[].template.spec.template.spec'] } },
  'ray.io': {
    RayCluster: { podSpecs: rayCluster('spec.') },
    RayJob: { podSpecs: [...rayCluster('spec.rayClusterSpec.'), 'spec.submitterPodTemplate.spec'] },
    RayService: { podSpecs: rayCluster('spec.rayClusterConfig.') },
  },
  'batch.volcano.sh': { Job: { podSpecs: ['spec.tasks[].template.spec'] } },
  'sparkoperator.k8s.io': { SparkApplication: spark('spec'), ScheduledSparkApplication: spark('spec.template') },
};

export function groupOf(apiVersion: unknown): string {
  return typeof apiVersion === 'string' && apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
}

/** The known or declared kind of an object; a declared kind wins, so a user can correct the registry. */
export function customKind(apiVersion: unknown, kind: unknown, declared: readonly DeclaredKind[] = []): CustomKind | undefined {
  if (typeof kind !== 'string' || typeof apiVersion !== 'string') return undefined;
  const group = groupOf(apiVersion);
  const mine = declared.find((d) => d.kind === kind && (d.apiVersion === apiVersion || d.apiVersion === group));
  if (mine) return { podSpecs: mine.podSpecs };
  const known = CUSTOM_KINDS[group];
  return known && Object.hasOwn(known, kind) ? known[kind] : undefined;
}

/** The paths a pattern reaches in an object, from `base`; with `objectsOnly`, only those holding an object. */
export function expand(root: unknown, pattern: Pattern, base: Path = [], objectsOnly = true): Path[] {
  let found: Array<{ path: Path; value: unknown }> = [{ path: base, value: valueAt(root, base) }];
  for (const seg of pattern === '' ? [] : pattern.split('.')) {
    const list = seg.endsWith('[]');
    const key = list ? seg.slice(0, -2) : seg;
    found = found.flatMap(({ path, value }) => {
      if (!isPlainObject(value)) return [];
      if (key === '*') return Object.entries(value).map(([k, v]) => ({ path: [...path, k], value: v }));
      const child = Object.hasOwn(value, key) ? value[key] : undefined;
      if (!list) return [{ path: [...path, key], value: child }];
      return Array.isArray(child) ? child.map((v, i) => ({ path: [...path, key, i], value: v })) : [];
    });
  }
  return found.filter((f) => !objectsOnly || isPlainObject(f.value)).map((f) => f.path);
}

export function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const seg of path) node = isPlainObject(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[seg] : undefined;
  return node;
}

/** A pattern of PodLike: from the part, or from the top of the object with a leading '/'. */
export function placeOf(pattern: Pattern, part: Path): { pattern: Pattern; base: Path } {
  return pattern.startsWith('/') ? { pattern: pattern.slice(1), base: [] } : { pattern, base: part };
}

// Unknown kinds: a list called containers whose entries have an image is what a pod spec looks like.
const SEARCH_DEPTH = 12;

/** Patterns of the places in an object that look like pod specs, e.g. `spec.worker.template.spec`. */
export function podShapedPlaces(object: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, pattern: string[], depth: number) => {
    if (depth > SEARCH_DEPTH) return;
    if (Array.isArray(value)) {
      // A list index becomes `[]` on its key: every item is read.
      const last = pattern.length - 1;
      const listed = last >= 0 && !pattern[last].endsWith('[]') ? [...pattern.slice(0, last), `${pattern[last]}[]`] : pattern;
      for (const item of value) walk(item, listed, depth + 1);
      return;
    }
    if (!isPlainObject(value)) return;
    const containers = value.containers;
    if (Array.isArray(containers) && containers.some((c) => isPlainObject(c) && typeof c.image === 'string')) found.add(pattern.join('.'));
    for (const [key, child] of Object.entries(value)) {
      if (key !== 'metadata' && key !== 'status') walk(child, [...pattern, key], depth + 1);
    }
  };
  walk(object, [], 0);
  return [...found].filter((p) => p !== '');
}

/** Per group and kind, the objects of an undeclared kind that hold pod-shaped parts, for a note once per run. */
export type UnreadKinds = Record<string, { apiVersion: string; kind: string; count: number; places: string[] }>;

/** Adds the objects of kinds podguard does not read that hold pod-shaped parts. */
export function collectUnread(into: UnreadKinds, objects: ReadonlyArray<{ value: Record<string, unknown> }>, declared?: readonly DeclaredKind[]): void {
  for (const { value } of objects) {
    // Kubernetes' own groups have no dot; their pod-bearing kinds are built in.
    const { apiVersion, kind } = value;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string' || !groupOf(apiVersion).includes('.')) continue;
    if (customKind(apiVersion, kind, declared)) continue;
    const places = podShapedPlaces(value);
    if (places.length > 0) mergeUnread(into, { [`${groupOf(apiVersion)} ${kind}`]: { apiVersion, kind, count: 1, places } });
  }
}

export function mergeUnread(into: UnreadKinds, from: UnreadKinds | undefined): UnreadKinds {
  for (const [key, u] of Object.entries(from ?? {})) {
    const have = into[key];
    if (!have) into[key] = { ...u, places: [...u.places] };
    else {
      have.count += u.count;
      // Objects of several versions: the group alone declares them all.
      if (have.apiVersion !== u.apiVersion) have.apiVersion = groupOf(u.apiVersion);
      for (const p of u.places) if (!have.places.includes(p)) have.places.push(p);
    }
  }
  return into;
}

export function unreadNotes(unread: UnreadKinds): string[] {
  return Object.values(unread)
    .sort((a, b) => `${a.apiVersion} ${a.kind}`.localeCompare(`${b.apiVersion} ${b.kind}`))
    .map((u) => {
      const objects = u.count === 1 ? '1 object' : `${u.count} objects`;
      const hold = u.count === 1 ? 'holds' : 'hold';
      const entry = `{apiVersion: ${u.apiVersion}, kind: ${u.kind}, podSpecs: [${u.places.join(', ')}]}`;
      return `${objects} of kind ${u.kind} (${u.apiVersion}) ${hold} pod templates podguard does not read; to check them, add to .podguard.yaml: customResources: [${entry}]`;
    });
}
