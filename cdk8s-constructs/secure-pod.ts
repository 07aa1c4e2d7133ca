// SecurePod and what every Secure* construct shares: render the L1 props in manifest spelling, fill the unset security
// fields from defaults.ts, and validate the result at synth (validation.ts).
import { ApiObject, type ApiObjectMetadata } from 'cdk8s';
import type { Construct } from 'constructs';
import { CONTAINER_GROUPS } from '../src/engine/pod-view.js';
import {
  DEFAULT_CONTAINER_SECURITY_CONTEXT,
  DEFAULT_POD_SECURITY_CONTEXT,
  DEFAULT_POD_SPEC,
  DEFAULT_TMP_VOLUME,
  DEFAULT_WINDOWS_POD_SECURITY_CONTEXT,
} from './defaults.js';
import type { PodSpec } from './k8s-types.js';
import { isObject, POD_SPEC, toManifest, type Json, type JsonObject } from './manifest.js';
import type { PodSecurityOptions } from './settings.js';
import { PodSecurityValidation } from './validation.js';

/** Props every Secure* construct takes besides its L1 props. */
export interface PodSecurityProps {
  /** How the manifest is validated at synth, on top of any validation of an enclosing scope. @default the enclosing validation's settings, else profile "hardened", Kubernetes "latest" */
  readonly podSecurity?: PodSecurityOptions;
}

/** Props of SecurePod: KubePod's props plus podSecurity. */
export interface SecurePodProps extends PodSecurityProps {
  /** The pod's metadata. @default a name generated from the construct path */
  readonly metadata?: ApiObjectMetadata;
  /** The pod's spec, in L1 spelling (hostPid). @default no containers */
  readonly spec?: PodSpec;
}

type Shape = typeof POD_SPEC;

/**
 * An ApiObject whose spec is rendered from L1 props and whose pod spec gets the secure defaults. Subclasses name the
 * kind, the shape of their spec and where in it the pod spec sits.
 */
export abstract class SecurePodObject extends ApiObject {
  private readonly specShape: Shape;

  protected constructor(
    scope: Construct,
    id: string,
    gvk: { readonly apiVersion: string; readonly kind: string },
    specShape: Shape,
    props: { readonly metadata?: ApiObjectMetadata; readonly spec?: object; readonly podSecurity?: PodSecurityOptions },
  ) {
    // Only metadata and spec reach the object: ApiObject renders every other prop as a top-level field.
    super(scope, id, { ...gvk, metadata: props.metadata, spec: props.spec });
    this.specShape = specShape;
    PodSecurityValidation.of(this, props.podSecurity ?? {});
  }

  /** Path of the pod spec within spec. */
  protected abstract readonly podSpecPath: readonly string[];

  /** Fills what the kind needs besides the pod spec's defaults (selectors, template labels). */
  protected completeSpec(_spec: JsonObject): void {}

  /** The manifest: the L1 props (tokens resolved, JSON patches applied) in manifest spelling, with secure defaults. */
  public override toJson(): any {
    const resolved = super.toJson();
    try {
      const spec = toManifest(resolved.spec ?? {}, this.specShape) as JsonObject;
      securePodSpec(objectAt(spec, this.podSpecPath));
      this.completeSpec(spec);
      return ordered({ ...resolved, spec });
    } catch (e) {
      throw new Error(`Failed rendering ${this.kind} at '${this.node.path}': ${(e as Error).message}`);
    }
  }
}

/** A v1 Pod: a drop-in for KubePod whose unset security fields get the defaults of defaults.ts. */
export class SecurePod extends SecurePodObject {
  protected readonly podSpecPath: readonly string[] = [];

  public constructor(scope: Construct, id: string, props: SecurePodProps = {}) {
    super(scope, id, { apiVersion: 'v1', kind: 'Pod' }, POD_SPEC, props);
  }
}

/** Fills the unset security fields of a rendered pod spec, in place. Explicit values, even insecure ones, are kept. */
export function securePodSpec(spec: JsonObject): void {
  // The API server rejects the Linux-only fields in a Windows pod.
  const windows = isObject(spec.os) && spec.os.name === 'windows';
  fillMissing(spec, DEFAULT_POD_SPEC);
  spec.securityContext = withDefaults(spec.securityContext, windows ? DEFAULT_WINDOWS_POD_SECURITY_CONTEXT : DEFAULT_POD_SECURITY_CONTEXT);
  if (windows) return;
  const readOnlyRoots: JsonObject[] = [];
  for (const group of CONTAINER_GROUPS) {
    const list = spec[group];
    if (!Array.isArray(list)) continue;
    for (const c of list) {
      if (!isObject(c)) continue;
      secureContainer(c);
      if (needsTmp(c)) readOnlyRoots.push(c);
    }
  }
  if (readOnlyRoots.length > 0) mountTmp(spec, readOnlyRoots);
}

function secureContainer(c: JsonObject): void {
  // A mistyped securityContext is left as it is, for the engine's invalid-field finding.
  if (c.securityContext !== undefined && !isObject(c.securityContext)) return;
  const context = (c.securityContext ?? {}) as JsonObject;
  const defaults: Record<string, unknown> = { ...DEFAULT_CONTAINER_SECURITY_CONTEXT };
  // The API server rejects allowPrivilegeEscalation: false next to privileged: true or an added SYS_ADMIN.
  const capabilities = isObject(context.capabilities) ? context.capabilities : {};
  const added = Array.isArray(capabilities.add) ? capabilities.add : [];
  if (context.privileged === true || added.includes('SYS_ADMIN') || added.includes('CAP_SYS_ADMIN')) delete defaults.allowPrivilegeEscalation;
  // capabilities.add and .drop are independent choices: adding one capability still drops the others by default.
  if (isObject(context.capabilities)) {
    context.capabilities = withDefaults(context.capabilities, DEFAULT_CONTAINER_SECURITY_CONTEXT.capabilities);
  }
  fillMissing(context, defaults);
  c.securityContext = context;
}

function needsTmp(c: JsonObject): boolean {
  const context = c.securityContext as JsonObject;
  if (context.readOnlyRootFilesystem !== true) return false;
  if (c.volumeMounts !== undefined && !Array.isArray(c.volumeMounts)) return false;
  const mounts = (c.volumeMounts ?? []) as Json[];
  return !mounts.some((m) => isObject(m) && typeof m.mountPath === 'string' && m.mountPath.replace(/\/+$/, '') === DEFAULT_TMP_VOLUME.mountPath);
}

function mountTmp(spec: JsonObject, containers: JsonObject[]): void {
  if (spec.volumes !== undefined && !Array.isArray(spec.volumes)) return;
  const volumes = (spec.volumes ?? []) as Json[];
  const taken = new Set(volumes.map((v) => (isObject(v) ? v.name : undefined)));
  // A fresh volume, never one of the user's: a volume called tmp might be a ConfigMap, or shared on purpose.
  let name: string = DEFAULT_TMP_VOLUME.name;
  for (let n = 2; taken.has(name); n++) name = `${DEFAULT_TMP_VOLUME.name}-${n}`;
  volumes.push({ name, emptyDir: {} });
  spec.volumes = volumes;
  for (const c of containers) c.volumeMounts = [...((c.volumeMounts ?? []) as Json[]), { name, mountPath: DEFAULT_TMP_VOLUME.mountPath }];
}

/** The object at `path` under `root`, created where missing (a workload without a template still gets defaults). */
export function objectAt(root: JsonObject, path: readonly string[]): JsonObject {
  let at = root;
  for (const key of path) {
    if (at[key] === undefined) at[key] = {};
    if (!isObject(at[key])) throw new Error(`${path.join('.')} must be an object, not ${JSON.stringify(at[key])}`);
    at = at[key] as JsonObject;
  }
  return at;
}

function fillMissing(target: JsonObject, defaults: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(defaults)) {
    if (target[key] === undefined) target[key] = structuredClone(value) as Json;
  }
}

function withDefaults(value: Json | undefined, defaults: Record<string, unknown>): Json {
  if (value !== undefined && !isObject(value)) return value;
  const out = { ...(value ?? {}) } as JsonObject;
  fillMissing(out, defaults);
  return out;
}

// cdk8s sorts keys (unless CDK8S_DISABLE_SORT is set) and puts apiVersion, kind and metadata first; the defaults added
// after its rendering keep that order too.
function ordered(manifest: JsonObject): JsonObject {
  const sorted = process.env.CDK8S_DISABLE_SORT ? manifest : (sortKeys(manifest) as JsonObject);
  const out: JsonObject = {};
  for (const key of ['apiVersion', 'kind', 'metadata', ...Object.keys(sorted)]) if (key in sorted) out[key] = sorted[key];
  return out;
}

function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key] as Json);
  return out;
}
