// Runs podguard's analyze() on the manifests of a construct tree at synth and turns each error-level finding into a
// cdk8s validation error. Knows no rule ids and no field names: those come from the engine and its rule modules.
import { ApiObject } from 'cdk8s';
import type { IConstruct, IValidation } from 'constructs';
import { analyze } from '../src/engine/analyze.js';
import type { Finding } from '../src/engine/finding.js';
import { podSpecPath } from '../src/engine/pod-view.js';
import { PROFILES, type Profile } from '../src/engine/rule.js';
import { parseVersion } from '../src/engine/version.js';
import { RULES } from '../src/rules/index.js';
import { DEFAULT_PROFILE } from './defaults.js';

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

// A property rather than a WeakMap, so that two copies of this package in one app still see each other's marks.
const GOVERNOR = Symbol.for('podguard-cdk8s.PodSecurityValidation');

type Marked = IConstruct & { [GOVERNOR]?: PodSecurityValidation };

/**
 * Validates, at synth, every pod-bearing ApiObject under a scope (a Chart, an App, any construct), including objects
 * added after the call, cdk8s-plus workloads and objects nested in other constructs. Each object is judged by the
 * nearest validation above it: a Secure* construct by its own `podSecurity` options.
 */
export class PodSecurityValidation implements IValidation {
  /**
   * Adds the validation to `scope`, or returns the one it has. Options can be given once, on the first call.
   */
  public static of(scope: IConstruct, options?: PodSecurityOptions): PodSecurityValidation {
    const marked = scope as Marked;
    const existing = marked[GOVERNOR];
    if (existing) {
      if (options !== undefined) {
        throw new Error(`${describeScope(scope)} already has a pod security validation (from podSecurity props or an earlier PodSecurityValidation.of call); give its options once.`);
      }
      return existing;
    }
    const validation = new PodSecurityValidation(scope, options ?? {});
    Object.defineProperty(marked, GOVERNOR, { value: validation, enumerable: false });
    scope.node.addValidation(validation);
    return validation;
  }

  private constructor(
    private readonly scope: IConstruct,
    /** The options the validation was created with. */
    public readonly options: PodSecurityOptions,
  ) {}

  public validate(): string[] {
    const settings = readOptions(this.options);
    if ('problems' in settings) return settings.problems;
    const errors = [...settings.exemptionProblems];
    for (const c of this.scope.node.findAll()) {
      if (!ApiObject.isApiObject(c) || !podSpecPath(c.apiVersion, c.kind) || governorOf(c) !== this) continue;
      const { findings } = analyze({ object: c.toJson() }, { profile: settings.profile, k8sVersion: settings.k8sVersion });
      for (const f of findings) {
        if (f.level !== 'error' || f.suppressed || settings.exemptions.some((e) => exempts(e, f))) continue;
        errors.push(describeFinding(f, c, settings.profile));
      }
    }
    return errors;
  }
}

function governorOf(c: IConstruct): PodSecurityValidation | undefined {
  const scopes = c.node.scopes;
  for (let i = scopes.length - 1; i >= 0; i--) {
    const mark = (scopes[i] as Marked)[GOVERNOR];
    if (mark) return mark;
  }
  return undefined;
}

type Settings =
  | { problems: string[] }
  | { profile: Profile; k8sVersion: string; exemptions: PodSecurityExemption[]; exemptionProblems: string[] };

// Checked at synth rather than in the constructor so that every problem is listed at once, as cdk8s lists errors.
function readOptions(options: PodSecurityOptions): Settings {
  const problems: string[] = [];
  const profile = options.profile ?? DEFAULT_PROFILE;
  // analyze() runs no rule for a profile it does not know, which would pass everything.
  if (!PROFILES.includes(profile as Profile)) problems.push(`podguard: profile "${profile}" is not one of ${PROFILES.join(', ')}.`);
  const k8sVersion = options.k8sVersion ?? 'latest';
  try {
    parseVersion(k8sVersion);
  } catch (e) {
    problems.push(`podguard: k8sVersion ${(e as Error).message}.`);
  }
  if (problems.length > 0) return { problems };
  const exemptions: PodSecurityExemption[] = [];
  const exemptionProblems: string[] = [];
  for (const e of options.exemptions ?? []) {
    const which = `the exemption of rule "${e.rule}"${e.container === undefined ? '' : ` (container "${e.container}")`}`;
    if (!RULES.some((r) => r.id === e.rule)) {
      exemptionProblems.push(`podguard: ${which} names no podguard rule; use the rule id as podguard scan prints it (podguard rules lists them).`);
    } else if (typeof e.reason !== 'string' || e.reason.trim() === '') {
      exemptionProblems.push(`podguard: ${which} has no reason; say in reason why the risk is acceptable, or remove the exemption.`);
    } else {
      exemptions.push(e);
    }
  }
  return { profile: profile as Profile, k8sVersion, exemptions, exemptionProblems };
}

function exempts(e: PodSecurityExemption, f: Finding): boolean {
  return e.rule === f.ruleId && (e.container === undefined || e.container === f.container);
}

/** One line: the rule id and container as the CLI prints them, the finding's message, the rule's fix. */
function describeFinding(f: Finding, object: ApiObject, profile: Profile): string {
  const fix = RULES.find((r) => r.id === f.ruleId)?.help.fix;
  const where = f.container === null ? `${object.kind} ${object.name}` : `container "${f.container}" of ${object.kind} ${object.name}`;
  const exemption = `{ rule: "${f.ruleId}",${f.container === null ? '' : ` container: "${f.container}",`} reason: "..." }`;
  return [
    `podguard ${f.level} ${f.ruleId} in ${where} (${profile} profile, at ${f.path}): ${f.message}`,
    fix ? `Fix: ${fix}` : '',
    `To accept the risk instead, add ${exemption} to the exemptions.`,
  ]
    .filter(Boolean)
    .join(' ');
}

function describeScope(scope: IConstruct): string {
  return scope.node.path === '' ? 'The app' : `"${scope.node.path}"`;
}
