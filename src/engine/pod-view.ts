// Finds the pod spec inside each workload kind and presents it to rules: pod-level fields, every container with
// its path, and the pod → container inheritance of the securityContext fields both levels have.
import { FIX_DEFAULTS } from './defaults.js';
import { Field, type FieldObserver, type Path } from './field.js';

export interface ResourceRef {
  apiVersion: string;
  kind: string;
  /** Null when the object has none (it may have a generateName instead, for the API server to complete). */
  name: string | null;
  namespace: string | null;
  /** Set only when the object has a generateName. */
  generateName?: string;
}

/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS: Record<string, Path> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

// Kubernetes' own API groups; a CRD that happens to be called "Deployment" is not a pod-bearing kind.
const BUILTIN_GROUPS = new Set(['', 'apps', 'batch', 'extensions']);

export const WORKLOAD_KINDS = Object.keys(POD_SPEC_PATHS);

export function podSpecPath(apiVersion: unknown, kind: unknown): Path | undefined {
  if (typeof kind !== 'string' || !Object.hasOwn(POD_SPEC_PATHS, kind)) return undefined;
  const group = typeof apiVersion === 'string' && apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
  return BUILTIN_GROUPS.has(group) ? POD_SPEC_PATHS[kind] : undefined;
}

export type ContainerGroup = 'containers' | 'initContainers' | 'ephemeralContainers';
const CONTAINER_GROUPS: ContainerGroup[] = ['initContainers', 'containers', 'ephemeralContainers'];

/** securityContext fields a container inherits from the pod unless it sets them itself. */
export type InheritedField =
  | 'runAsUser'
  | 'runAsGroup'
  | 'runAsNonRoot'
  | 'seLinuxOptions'
  | 'seccompProfile'
  | 'appArmorProfile'
  | 'windowsOptions';

export interface Effective {
  /** The field the value comes from; when neither level sets it, the container's (absent) field. */
  field: Field;
  from: 'container' | 'pod' | null;
}

export class ContainerView {
  readonly root: Field;
  constructor(
    readonly pod: PodView,
    readonly group: ContainerGroup,
    readonly index: number,
    root: Field,
  ) {
    this.root = root;
  }

  /** For messages only: reading it is not a judgement, so an unknown or odd name is not reported. */
  get name(): string {
    const name = this.root.child('name').value;
    return typeof name === 'string' ? name : `${this.group}[${this.index}]`;
  }

  get path(): Path {
    return this.root.path;
  }

  field(rel: string): Field {
    return this.root.child(rel);
  }

  effective(key: InheritedField): Effective {
    const own = this.root.child(['securityContext', key]);
    if (own.isSet) return { field: own, from: 'container' };
    const inherited = this.pod.field(`securityContext.${key}`);
    if (inherited.isSet) return { field: inherited, from: 'pod' };
    return { field: own, from: null };
  }
}

export class PodView {
  readonly spec: Field;
  readonly metadata: Field;
  readonly containers: ContainerView[];

  constructor(
    readonly resource: ResourceRef,
    object: Field,
    specPath: Path,
    /** The UID and GID fixes write when none is set (configurable). */
    readonly fixDefaults: typeof FIX_DEFAULTS = FIX_DEFAULTS,
  ) {
    this.spec = object.child(specPath);
    // A template's metadata sits beside its spec; a Pod's is at the top.
    this.metadata = object.child([...specPath.slice(0, -1), 'metadata']);
    this.containers = CONTAINER_GROUPS.flatMap((group) =>
      this.spec
        .child(group)
        .list()
        .filter((c) => c.isObject())
        .map((c) => new ContainerView(this, group, c.path[c.path.length - 1] as number, c)),
    );
  }

  field(rel: string): Field {
    return this.spec.child(rel);
  }

  /** A securityContext field at pod level and in each container, with words naming where it is, for messages. */
  contexts(key: InheritedField): Array<{ where: string; field: Field }> {
    return [
      { where: 'The pod (spec.securityContext)', field: this.field(`securityContext.${key}`) },
      ...this.containers.map((c) => ({ where: `Container "${c.name}"`, field: c.field(`securityContext.${key}`) })),
    ];
  }

  /** Pod (template) annotations as [key, field] pairs. */
  annotations(): Array<[string, Field]> {
    const ann = this.metadata.child('annotations');
    if (!ann.isSet) return [];
    return ann.keys().map((k) => [k, ann.child([k])]);
  }

  /** PSA's Windows test: exactly spec.os.name == "windows". */
  get isWindows(): boolean {
    return this.spec.child('os.name').str() === 'windows';
  }

  /** hostUsers: false runs the pod in a user namespace (KEP-127). */
  get userNamespaced(): boolean {
    return this.spec.child('hostUsers').bool() === false;
  }
}

export function makePodView(object: unknown, observer: FieldObserver, resource: ResourceRef, fixDefaults?: Partial<typeof FIX_DEFAULTS>): PodView | undefined {
  const specPath = podSpecPath(resource.apiVersion, resource.kind);
  return specPath ? new PodView(resource, new Field([], object, observer), specPath, { ...FIX_DEFAULTS, ...fixDefaults }) : undefined;
}
