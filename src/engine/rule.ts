// The shape every rule module satisfies (see STYLE.md §2): metadata, versioned checks, messages and help.
import type { Edit, Field } from './field.js';
import type { PodView } from './pod-view.js';
import type { K8sVersion } from './version.js';

export type Profile = 'baseline' | 'restricted' | 'hardened';
export const PROFILES: readonly Profile[] = ['baseline', 'restricted', 'hardened'];
export type Level = 'error' | 'warning' | 'note';
export type PssLevel = 'baseline' | 'restricted';
/** How much harm what a rule finds can do; SARIF's security-severity is derived from it (src/format/sarif.ts). */
export type Risk = 'critical' | 'high' | 'medium' | 'low';
export const RISKS: readonly Risk[] = ['critical', 'high', 'medium', 'low'];

/**
 * safe: the fix changes no value the manifest sets and adds only what virtually every container tolerates, so it
 * cannot stop a working pod in the usual case. unsafe: it changes or removes an explicit value, or adds a restriction
 * that commonly breaks images; it may still be right, but a person decides (ruff's `--unsafe-fixes`).
 */
export type FixSafety = 'safe' | 'unsafe';

interface ReportBase<M extends string> {
  message: M;
  at: Field;
  data?: Record<string, string | number>;
  /** The container the finding is about, when `at` is a pod-level field. */
  container?: string;
}

// A fix always says how safe it is: the classification sits with the check that offers the edits.
export type Report<M extends string> = ReportBase<M> &
  ({ fix?: undefined; fixSafety?: undefined } | { fix: Edit[] | undefined; fixSafety: FixSafety });

export type Reporter<M extends string> = (r: Report<M>) => void;
export type Check<M extends string> = (pod: PodView, report: Reporter<M>) => void;

export interface RuleSpec<M extends string> {
  /** Kebab-case, equal to the file name. */
  id: string;
  summary: string;
  /** The level in each profile that includes the rule; no entry means off in that profile. */
  levels: Partial<Record<Profile, Level>>;
  pss?: { check: string; level: PssLevel; replaces?: string };
  /** Ascending; the newest entry whose `from` is at or below the target version applies. */
  versions: Array<{ from: K8sVersion; check: Check<M> }>;
  messages: Record<M, string>;
  help: { why: string; fix: string };
  /**
   * The fixes the check offers (`podguard fix`, suggestions, remediation), for the rule table: all safe, all unsafe,
   * or both, each kind with the case it applies to. Absent: no fix. The rule's test cases must show each kind.
   */
  fixes?: FixSafety | { safe: string; unsafe: string };
  /** Engine-emitted findings (parse errors) have a module for their metadata but no check. */
  engine?: boolean;
  /**
   * What the rule's findings are about: a resource (the default), a file as a whole, or the run's configuration
   * (a configured exemption), which a surface reports once per run rather than with a resource.
   */
  about?: ReadonlyArray<'resource' | 'file' | 'configuration'>;
  risk?: Risk;
  /**
   * For the rule's documentation: a manifest it reports and the same manifest put right. The test suite scans both
   * (the failing one must give this rule's finding, the passing one none and no other error).
   */
  examples?: { failing: string; passing: string };
}

// Rules are stored type-erased; defineRule keeps the message ids checked where the rule is written.
// eslint-style bivariance: a Check<'a'|'b'> is usable where Check<string> is expected.
export type AnyRule = RuleSpec<string>;

export function defineRule<M extends string>(spec: RuleSpec<M>): AnyRule {
  return spec as unknown as AnyRule;
}

/** From 1.25, PSA exempts pods with spec.os.name "windows" from the Linux-only restricted checks. */
export function skippingWindowsPods<M extends string>(check: Check<M>): Check<M> {
  return (pod, report) => {
    if (!pod.isWindows) check(pod, report);
  };
}

/** From 1.35, PSA relaxes some checks for pods in a user namespace (hostUsers: false, KEP-127). */
export function skippingUserNamespacedPods<M extends string>(check: Check<M>): Check<M> {
  return (pod, report) => {
    if (!pod.userNamespaced) check(pod, report);
  };
}

/** Fills {name} placeholders of a message. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** Where an inherited value came from, for messages: "set on the container" / "inherited from the pod". */
export function origin(from: 'container' | 'pod' | null): string {
  if (from === 'container') return "set in the container's securityContext";
  if (from === 'pod') return 'inherited from spec.securityContext';
  return 'not set at pod or container level';
}

export type { PodView, ContainerView } from './pod-view.js';
export type { Field } from './field.js';
