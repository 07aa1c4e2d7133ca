import type { IConstruct, IValidation } from 'constructs';
/** A podguard profile: the Pod Security Standards levels, or those plus podguard's hardening rules. */
export type PodSecurityProfile = 'baseline' | 'restricted' | 'hardened';
/** A finding accepted on purpose; it stays in the manifest, where `podguard scan` still reports it. */
export interface PodSecurityExemption {
    /** The rule id as `podguard scan` prints it, e.g. "read-only-root-filesystem". */
    readonly rule: string;
    /** The container the exemption is limited to. @default every container, and the pod itself */
    readonly container?: string;
    /** Why the risk is acceptable; an exemption without one is an error. */
    readonly reason: string;
}
/** How manifests are judged at synth. */
export interface PodSecurityOptions {
    /** The profile whose error-level findings fail synth. @default "hardened" (DEFAULT_PROFILE) */
    readonly profile?: PodSecurityProfile;
    /** The Kubernetes version whose Pod Security Standards apply, as "1.N" or "latest". @default "latest" */
    readonly k8sVersion?: string;
    /** Findings to let through, each with its reason. @default none */
    readonly exemptions?: readonly PodSecurityExemption[];
}
/**
 * Validates, at synth, every pod-bearing ApiObject under a scope (a Chart, an App, any construct), including objects
 * added after the call, cdk8s-plus workloads and objects nested in other constructs. Each object is judged by the
 * nearest validation above it: a Secure* construct by its own `podSecurity` options.
 */
export declare class PodSecurityValidation implements IValidation {
    private readonly scope;
    /** The options the validation was created with. */
    readonly options: PodSecurityOptions;
    /**
     * Adds the validation to `scope`, or returns the one it has. Options can be given once, on the first call.
     */
    static of(scope: IConstruct, options?: PodSecurityOptions): PodSecurityValidation;
    private constructor();
    validate(): string[];
}
