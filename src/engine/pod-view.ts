// Finds the pod spec inside each workload kind and presents it to rules: pod-level fields, every container with
// its path, and the pod → container inheritance of the securityContext fields both levels have.
import { customKind, expand, placeOf, valueAt, type ContainerGroup, type CustomKind, type DeclaredKind } from './custom-resources.js';
import { FIX_DEFAULTS } from './defaults.js';
import { Field, parsePath, type FieldObserver, type Path } from './field.js';

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

/** Whether podguard finds pods in objects of this kind (built in, known or declared). */
export function hasPods(apiVersion: unknown, kind: unknown, declared?: readonly DeclaredKind[]): boolean {
  return podSpecPath(apiVersion, kind) !== undefined || customKind(apiVersion, kind, declared) !== undefined;
}

export type { ContainerGroup };
/** The pod spec's container lists, in the order the kubelet starts them. */
export const CONTAINER_GROUPS: readonly ContainerGroup[] = ['initContainers', 'containers', 'ephemeralContainers'];

/** securityContext fields a container inherits from the pod unless it sets them itself. */
export type InheritedField =
  | 'runAsUser'
  | 'runAsGroup'
  | 'runAsNonRoot'
  | 'seLinuxOptions'
  | 'seccompProfile'
  | 'appArmorProfile'
  | 'windowsOptions';
const INHERITED: ReadonlySet<string> = new Set<InheritedField>(['runAsUser', 'runAsGroup', 'runAsNonRoot', 'seLinuxOptions', 'seccompProfile', 'appArmorProfile', 'windowsOptions']);

export interface Effective {
  /** The field the value comes from; when neither level sets it, the container's (absent) field. */
  field: Field;
  from: 'container' | 'pod' | null;
}

/**
 * One pod as rules see it. A pod spec (`spec`) holds every pod-level field and the container lists; a pod-like part
 * of a custom resource (`fields`, `containers`) names where each pod-level field and each container is.
 */
export interface PodPart {
  spec?: Path;
  /** Pod-spec keys the part has, each read from the first of its paths that sets it (and added at the last). */
  fields?: Record<string, Path[]>;
  /** Objects whose `annotations` are the pod's. */
  metadata: Path[];
  containers?: Array<{ group: ContainerGroup; path: Path; name?: string; inherits?: Path }>;
}

// A pod-level field a pod-like part does not have is read as absent from a place no finding or edit can use.
const UNPLACED = '\u0000unplaced';

/** False for a path into a field the object cannot hold (a finding there is dropped, an edit there not offered). */
export function isPlaced(path: Path): boolean {
  return path[0] !== UNPLACED;
}

export class ContainerView {
  readonly root: Field;
  constructor(
    readonly pod: PodView,
    readonly group: ContainerGroup,
    readonly index: number,
    root: Field,
    /** The name the controller gives an unnamed container. */
    private readonly defaultName?: string,
    /** A template whose values the container takes unless it sets them itself. */
    readonly template?: Field,
  ) {
    this.root = root;
  }

  /** For messages only: reading it is not a judgement, so an unknown or odd name is not reported. */
  get name(): string {
    const name = this.root.child('name').value;
    return typeof name === 'string' ? name : (this.defaultName ?? `${this.group}[${this.index}]`);
  }

  get path(): Path {
    return this.root.path;
  }

  field(rel: string): Field {
    const own = this.root.child(rel);
    if (own.isSet || !this.template) return own;
    const inherited = this.template.child(rel);
    return inherited.isSet ? inherited : own;
  }

  /**
   * For a path in this container's own securityContext that a container inherits from the pod when unset (e.g.
   * securityContext.seccompProfile.type), the pod-level path it inherits from: a verdict there rests on both.
   */
  inheritedFrom(path: Path): Path | undefined {
    const at = this.path.length;
    if (path.length < at + 2 || path[at] !== 'securityContext' || !INHERITED.has(String(path[at + 1]))) return undefined;
    if (!this.path.every((seg, i) => path[i] === seg)) return undefined;
    return this.pod.placeOf(path.slice(at));
  }

  effective(key: InheritedField): Effective {
    const own = this.field(`securityContext.${key}`);
    if (own.isSet) return { field: own, from: 'container' };
    const inherited = this.pod.field(`securityContext.${key}`);
    if (inherited.isSet) return { field: inherited, from: 'pod' };
    return { field: own, from: null };
  }
}

export class PodView {
  readonly spec: Field;
  readonly containers: ContainerView[];
  private readonly object: Field;

  constructor(
    readonly resource: ResourceRef,
    object: Field,
    readonly part: PodPart,
    /** The UID and GID fixes write when none is set (configurable). */
    readonly fixDefaults: typeof FIX_DEFAULTS = FIX_DEFAULTS,
  ) {
    this.object = object;
    this.spec = object.child(part.spec ?? []);
    if (part.spec) {
      this.containers = CONTAINER_GROUPS.flatMap((group) =>
        this.spec
          .child(group)
          .list()
          .filter((c) => c.isObject())
          .map((c) => new ContainerView(this, group, c.path[c.path.length - 1] as number, c)),
      );
    } else {
      const own = part.containers ?? [];
      this.containers = own.map((c, i) => new ContainerView(this, c.group, i, object.child(c.path), c.name, c.inherits && object.child(c.inherits)));
    }
  }

  field(rel: string): Field {
    const fields = this.part.fields;
    if (!fields) return this.spec.child(rel);
    const [key, ...rest] = parsePath(rel);
    const places = Object.hasOwn(fields, key) ? fields[key] : [];
    if (places.length === 0) return new Field([UNPLACED, key], undefined, NO_OBSERVER).child(rest);
    const at = places.map((p) => this.object.child(p)).find((f) => f.isSet) ?? this.object.child(places[places.length - 1]);
    return at.child(rest);
  }

  /**
   * Where a pod-level field is (or would be written), without reading it: in the pod spec, or in the first place of
   * a pod-like part that sets it; undefined when the part cannot hold it.
   */
  placeOf(rel: Path): Path | undefined {
    const fields = this.part.fields;
    if (!fields) return [...this.spec.path, ...rel];
    const [key, ...rest] = rel;
    const places = Object.hasOwn(fields, String(key)) ? fields[String(key)] : [];
    if (places.length === 0) return undefined;
    const at = places.find((p) => valueAt(this.object.value, p) != null) ?? places[places.length - 1];
    return [...at, ...rest];
  }

  /** The container a path lies in, if any. */
  containerOf(path: Path): ContainerView | undefined {
    return this.containers.find((c) => c.path.length <= path.length && c.path.every((seg, i) => path[i] === seg));
  }

  /**
   * The container a path is in, for findings: a container's name, or the name of the template containers inherit
   * from (a finding there is about every container that takes the value, and is fixed once, there).
   */
  containerAt(path: Path): string | null {
    const within = (prefix: Path) => prefix.length <= path.length && prefix.every((seg, i) => path[i] === seg);
    const own = this.containers.find((c) => within(c.path));
    if (own) return own.name;
    const template = this.containers.find((c) => c.template && within(c.template.path))?.template;
    return template ? String(template.path[template.path.length - 1]) : null;
  }

  /** A securityContext field at pod level and in each container, with words naming where it is, for messages. */
  contexts(key: InheritedField): Array<{ where: string; field: Field }> {
    return [
      { where: 'The pod (spec.securityContext)', field: this.field(`securityContext.${key}`) },
      ...this.containers.map((c) => ({ where: `Container "${c.name}"`, field: c.field(`securityContext.${key}`) })),
    ];
  }

  /** Pod (template) annotations as [key, field] pairs; a key set in two places is the first place's. */
  annotations(): Array<[string, Field]> {
    const seen = new Map<string, Field>();
    for (const at of this.part.metadata) {
      const ann = this.object.child([...at, 'annotations']);
      if (!ann.isSet) continue;
      for (const k of ann.keys()) if (!seen.has(k)) seen.set(k, ann.child([k]));
    }
    return [...seen];
  }

  /** PSA's Windows test: exactly spec.os.name == "windows". */
  get isWindows(): boolean {
    return this.field('os.name').str() === 'windows';
  }

  /** hostUsers: false runs the pod in a user namespace (KEP-127). */
  get userNamespaced(): boolean {
    return this.field('hostUsers').bool() === false;
  }
}

/** `steps[2]` for an unnamed step, as a person would point at it. */
function placeName(path: Path): string {
  const last = path[path.length - 1];
  return typeof last === 'number' ? `${String(path[path.length - 2])}[${last}]` : String(last);
}

const NO_OBSERVER: FieldObserver = { mistyped() {}, unknown() {} };

/**
 * The pods of an object: one for a built-in workload; for a custom resource, one per pod spec or pod-like part it
 * holds (none when it holds none, e.g. a Rollout with workloadRef).
 */
export function makePodViews(
  object: unknown,
  observer: FieldObserver,
  resource: ResourceRef,
  fixDefaults?: Partial<typeof FIX_DEFAULTS>,
  declared?: readonly DeclaredKind[],
): PodView[] {
  const root = new Field([], object, observer);
  const defaults = { ...FIX_DEFAULTS, ...fixDefaults };
  return podParts(object, resource.apiVersion, resource.kind, declared).map((part) => new PodView(resource, root, part, defaults));
}

export function podParts(object: unknown, apiVersion: unknown, kind: unknown, declared?: readonly DeclaredKind[]): PodPart[] {
  const builtIn = podSpecPath(apiVersion, kind);
  // A Pod's metadata is at the top; a template's sits beside its spec.
  if (builtIn) return [{ spec: builtIn, metadata: [[...builtIn.slice(0, -1), 'metadata']] }];
  const custom = customKind(apiVersion, kind, declared);
  return custom ? customParts(object, custom) : [];
}

function customParts(object: unknown, custom: CustomKind): PodPart[] {
  const parts: PodPart[] = (custom.podSpecs ?? []).flatMap((pattern) => expand(object, pattern).map((spec) => ({ spec, metadata: [[...spec.slice(0, -1), 'metadata']] })));
  for (const shape of custom.podLike ?? []) {
    for (const at of expand(object, shape.each)) {
      const paths = (pattern: string, objectsOnly: boolean) => {
        const { pattern: p, base } = placeOf(pattern, at);
        return expand(object, p, base, objectsOnly);
      };
      const fields = Object.fromEntries(Object.entries(shape.pod).map(([key, places]) => [key, places.flatMap((p) => paths(p, false))]));
      const containers = shape.containers.flatMap((c) => {
        const inherits = c.inherits === undefined ? undefined : paths(c.inherits, false)[0];
        return paths(c.at, true).map((path) => ({ group: c.group ?? 'containers', path, name: c.name ?? placeName(path), inherits }));
      });
      parts.push({ fields, metadata: (shape.metadata ?? []).flatMap((p) => paths(p, false)), containers });
    }
  }
  return parts;
}
