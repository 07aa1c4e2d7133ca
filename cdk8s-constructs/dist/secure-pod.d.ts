import { ApiObject, type ApiObjectMetadata } from 'cdk8s';
import type { Construct } from 'constructs';
import type { PodSpec } from './k8s-types.js';
import { POD_SPEC, type JsonObject } from './manifest.js';
import type { PodSecurityOptions } from './settings.js';
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
export declare abstract class SecurePodObject extends ApiObject {
    private readonly specShape;
    protected constructor(scope: Construct, id: string, gvk: {
        readonly apiVersion: string;
        readonly kind: string;
    }, specShape: Shape, props: {
        readonly metadata?: ApiObjectMetadata;
        readonly spec?: object;
        readonly podSecurity?: PodSecurityOptions;
    });
    /** Path of the pod spec within spec. */
    protected abstract readonly podSpecPath: readonly string[];
    /** Fills what the kind needs besides the pod spec's defaults (selectors, template labels). */
    protected completeSpec(_spec: JsonObject): void;
    /** The manifest: the L1 props (tokens resolved, JSON patches applied) in manifest spelling, with secure defaults. */
    toJson(): any;
}
/** A v1 Pod: a drop-in for KubePod whose unset security fields get the defaults of defaults.ts. */
export declare class SecurePod extends SecurePodObject {
    protected readonly podSpecPath: readonly string[];
    constructor(scope: Construct, id: string, props?: SecurePodProps);
}
/** Fills the unset security fields of a rendered pod spec, in place. Explicit values, even insecure ones, are kept. */
export declare function securePodSpec(spec: JsonObject): void;
/** The object at `path` under `root`, created where missing (a workload without a template still gets defaults). */
export declare function objectAt(root: JsonObject, path: readonly string[]): JsonObject;
export {};
