/** A podguard profile: the Pod Security Standards levels, or those plus podguard's hardening rules. */
export type PodSecurityProfile = 'baseline' | 'restricted' | 'hardened';
/** The level of a finding; only `error` fails synth. */
export type PodSecurityLevel = 'error' | 'warning' | 'note';
/** How one rule reports, as under `rules` in .podguard.yaml. */
export interface PodSecurityRuleSetting {
    /** The level the rule reports at; only error fails synth. @default the rule's level in the profile */
    readonly level?: PodSecurityLevel;
    /** Whether the rule runs at all; a locked rule cannot be switched off. @default true */
    readonly enabled?: boolean;
}
/** A finding accepted on purpose, as under `exemptions` in .podguard.yaml: every matcher given must match. */
export interface PodSecurityExemption {
    /** The rule id as `podguard scan` prints it, such as run-as-user. */
    readonly rule: string;
    /** Why the risk is acceptable; without one the exemption suppresses nothing and fails synth. */
    readonly reason: string;
    /** The last day the exemption applies, as YYYY-MM-DD. @default it never expires */
    readonly until?: string;
    /** The object's namespace; * matches any run of characters. @default any namespace */
    readonly namespace?: string;
    /** The object's kind, e.g. "Deployment"; * matches any run of characters. @default any kind */
    readonly kind?: string;
    /** The object's metadata.name as synthesized; * matches any run of characters. @default any name */
    readonly name?: string;
    /** The container's name; * matches any run of characters. @default every container, and the pod itself */
    readonly container?: string;
    /** The container's image; * matches any run of characters. @default any image, and the pod itself */
    readonly image?: string;
}
/** How manifests are judged at synth: the settings of .podguard.yaml under the same names, and the file to read. */
export interface PodSecurityOptions {
    /** A .podguard.yaml to read, relative to the working directory; the options below win over it. @default none is read */
    readonly config?: string;
    /** The profile whose error-level findings fail synth. @default the enclosing validation's, else "hardened" (DEFAULT_PROFILE) */
    readonly profile?: PodSecurityProfile;
    /** The Kubernetes version whose Pod Security Standards apply, as "1.N" or "latest". @default the enclosing validation's, else "latest" */
    readonly k8sVersion?: string;
    /** Per-rule level and on/off settings, by rule id. @default each rule at its level in the profile */
    readonly rules?: {
        readonly [ruleId: string]: PodSecurityRuleSetting;
    };
    /** Rules that no exemption or annotation may waive and no setting may switch off. @default none */
    readonly locked?: readonly string[];
    /** Findings to let through, each with its reason. @default none */
    readonly exemptions?: readonly PodSecurityExemption[];
    /** Custom resource kinds of your own whose pods are judged, as in .podguard.yaml. @default none (the known kinds are read anyway) */
    readonly customResources?: readonly PodSecurityCustomResource[];
}
/** A custom resource kind and where its pod specs are, e.g. `{ apiVersion: 'example.com/v1', kind: 'Widget', podSpecs: ['spec.worker.template.spec'] }`. */
export interface PodSecurityCustomResource {
    /** `group/version`, or the group alone for every version. */
    readonly apiVersion: string;
    readonly kind: string;
    readonly podSpecs: readonly string[];
}
export interface Waiver {
    rule: string;
    reason?: string;
    until?: string;
    namespace?: string;
    kind?: string;
    name?: string;
    container?: string;
    image?: string;
    source?: {
        file: string;
        line: number;
        column: number;
    };
}
/** An exemption, the validation whose settings hold it, and how messages name it. */
export interface ExemptionEntry {
    waiver: Waiver;
    owner: unknown;
    label: string;
    /** The same file read by two validations gives the same exemption twice: the key is the same for both. */
    key: string;
    /** The file it is written in, resolved; undefined for an exemption in the options. */
    file?: string;
}
/** The settings of one place: a .podguard.yaml, or the options themselves. */
export interface Source {
    owner: unknown;
    /** How messages name the scope of the owner, e.g. `"shop"` or `the app`. */
    ownerName: string;
    /** The file, or undefined for the options. */
    file?: string;
    profile?: PodSecurityProfile;
    k8sVersion?: string;
    rules: ReadonlyMap<string, PodSecurityRuleSetting>;
    locked: readonly string[];
    exemptions: readonly ExemptionEntry[];
    customResources: readonly PodSecurityCustomResource[];
}
export type Layer = {
    problems: string[];
} | {
    sources: Source[];
};
/** Reads one validation's settings: its file first, then its options, which win. Every problem is a synth error line. */
export declare function readLayer(options: PodSecurityOptions, owner: unknown, ownerName: string): Layer;
/** What analyze() is given for one object, and the rules whose lock an `enabled: false` contradicts. */
export interface Merged {
    profile: PodSecurityProfile;
    k8sVersion: string;
    levels: Record<string, PodSecurityLevel>;
    disabled: Set<string>;
    locked: Set<string>;
    /** Who locked each rule, for messages. */
    lockedBy: Map<string, string>;
    /** In the order they are tried: the innermost validation's first, its options before its file. */
    exemptions: ExemptionEntry[];
    /** By rule id: a synth error line for a locked rule that is switched off. */
    conflicts: Map<string, string>;
    /** Declared custom resource kinds: they add up, as a kind declared anywhere above is a kind. */
    customResources: PodSecurityCustomResource[];
}
/**
 * Merges the sources of a chain of validations, outermost first: a later profile, version or rule setting wins, locked
 * rules add up (an inner scope cannot unlock what an outer one locked), and so do exemptions. Labels name settings as
 * `reporter` sees them: its own options as `podSecurity`, another validation's with its scope.
 */
export declare function merge(sources: readonly Source[], reporter: unknown): Merged;
