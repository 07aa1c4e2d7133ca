// One CrossGuard resource policy per podguard rule, all over the same analysis of each pod-bearing resource.
import type { EnforcementLevel, ReportViolation, ResourceValidationArgs, ResourceValidationPolicy, Severity } from '@pulumi/policy';
import * as policySdk from '@pulumi/policy';
import { analyze } from '../src/engine/analyze.js';
import type { Finding } from '../src/engine/finding.js';
import { podSpecPath } from '../src/engine/pod-view.js';
import type { AnyRule, Level } from '../src/engine/rule.js';
import { LATEST } from '../src/engine/version.js';
import { uniqueEdits } from '../src/fix/edits.js';
import { RULES } from '../src/rules/index.js';
import { resolveSettings, SETTINGS_SCHEMA, type PackSettings, type Settings } from './settings.js';
import { applyKeepingSecrets, forAnalysis, ownProperties, reachesUnknown } from './wire.js';

const ENFORCEMENT: Record<Level, EnforcementLevel> = { error: 'mandatory', warning: 'advisory', note: 'advisory' };
const SEVERITY: Record<Level, Severity> = { error: 'high', warning: 'medium', note: 'low' };

export function podguardPolicies(): ResourceValidationPolicy[] {
  return RULES.map((rule) => {
    // The level in the default profile, as `podguard scan` reports it.
    const level = rule.levels.hardened ?? rule.levels.restricted ?? rule.levels.baseline ?? 'error';
    const remediable = rule.fixable === true && rule.remediable !== false;
    return {
      name: rule.id,
      description: rule.summary,
      enforcementLevel: ENFORCEMENT[level],
      severity: SEVERITY[level],
      remediationSteps: rule.help.fix + remediationNote(rule, remediable),
      configSchema: SETTINGS_SCHEMA,
      ...(rule.pss && {
        framework: {
          name: 'Kubernetes Pod Security Standards',
          version: LATEST,
          reference: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
          specification: `${rule.pss.level}: ${rule.pss.check}`,
        },
      }),
      validateResource: (args: ResourceValidationArgs, report: ReportViolation) => validate(rule, args, report),
      ...(remediable && { remediateResource: (args: ResourceValidationArgs) => remediate(rule, args) }),
    };
  });
}

function remediationNote(rule: AnyRule, remediable: boolean): string {
  if (remediable) return ' With enforcement level "remediate", podguard makes this change itself where it is safe to.';
  if (rule.remediable === false) {
    return ' podguard never applies this fix itself, because it changes what the workload can do: with enforcement level "remediate" the policy stays mandatory.';
  }
  return ' The fix needs a choice only you can make, so with enforcement level "remediate" the policy stays mandatory.';
}

interface Verdicts {
  /** Known findings: enforced at the policy's level. */
  decided: Finding[];
  /** Findings on values not known yet, and the known ones that may rest on them. */
  open: Finding[];
}

interface Analysis {
  /** The properties as they arrived, for remediation. */
  props: Record<string, unknown>;
  byRule: Map<string, Verdicts>;
}

// The SDK asks every policy about the same resource in turn, and deserializes its properties afresh each time; the
// analysis is done once and kept for the next policies (a few entries, for requests that interleave).
const recent = new Map<string, Analysis>();

function analysisFor(args: ResourceValidationArgs): Analysis | undefined {
  const target = workloadType(args.type);
  if (!target) return undefined;
  const settings = resolveSettings(args.getConfig<PackSettings>());
  const props = ownProperties(args.props);
  const key = JSON.stringify([settings.profile, settings.version, args.type, args.urn, props]);
  let analysis = recent.get(key);
  if (!analysis) {
    analysis = analyzeResource(props, target, settings);
    if (recent.size >= 8) recent.delete(recent.keys().next().value!);
    recent.set(key, analysis);
  }
  return analysis;
}

/** apiVersion and kind of a Pulumi Kubernetes type token, when podguard's engine finds pods in that kind. */
function workloadType(type: string): { apiVersion: string; kind: string } | undefined {
  const m = /^kubernetes:([^:/]+)\/([^:/]+):([A-Za-z]+)$/.exec(type);
  if (!m) return undefined;
  const apiVersion = m[1] === 'core' ? m[2] : `${m[1]}/${m[2]}`;
  return podSpecPath(apiVersion, m[3]) ? { apiVersion, kind: m[3] } : undefined;
}

function analyzeResource(props: Record<string, unknown>, target: { apiVersion: string; kind: string }, settings: Settings): Analysis {
  // The type token is what Pulumi creates; the properties normally repeat it.
  const object = { ...(forAnalysis(props) as Record<string, unknown>), ...target };
  const { findings } = analyzeQuietly(object, settings);
  const byRule = new Map<string, Verdicts>();
  for (const f of findings) {
    // A reasoned waiver (an annotation on the object) lets the finding through: it never fails a preview.
    if (f.suppressed) continue;
    let v = byRule.get(f.ruleId);
    if (!v) byRule.set(f.ruleId, (v = { decided: [], open: [] }));
    (f.unknown ? v.open : v.decided).push(f);
  }
  for (const v of byRule.values()) {
    if (v.open.length === 0) continue;
    // A container's verdict may rest on the pod's value of the same field, which it inherits: with the pod's
    // runAsNonRoot not known yet, "set nowhere" is unproven. Such verdicts wait for the value too.
    const inherits = (f: Finding) =>
      f.container !== null && v.open.some((u) => (u.container === null || u.container === f.container) && lastKey(u) === lastKey(f));
    v.open.push(...v.decided.filter(inherits));
    v.decided = v.decided.filter((f) => !inherits(f));
  }
  return { props, byRule };
}

/** "Deployment shop/web: <message>". Before the provider names a resource, its Pulumi name stands in. */
function text(f: Finding, args: ResourceValidationArgs): string {
  const r = f.resource;
  return `${r?.kind} ${r?.namespace ? `${r.namespace}/` : ''}${r?.name || args.name}: ${f.message}`;
}

// The SDK passes an error's stack to the engine, which prints it; like the CLI, the pack shows one line unless
// PODGUARD_DEBUG is set.
function analyzeQuietly(object: unknown, settings: Settings): ReturnType<typeof analyze> {
  try {
    return analyze({ object }, { profile: settings.profile, k8sVersion: settings.version });
  } catch (e) {
    const error = new Error(`podguard: internal error: ${e instanceof Error ? e.message : String(e)}`);
    if (!process.env.PODGUARD_DEBUG) error.stack = error.message;
    throw error;
  }
}

function lastKey(f: Finding): string | number | undefined {
  return f.pathSegments?.[f.pathSegments.length - 1];
}

// The SDK reports this error as an advisory "can't run policy ... during preview" diagnostic, never a mandatory one.
// It is exported by @pulumi/policy, though its typings leave it out.
const UnknownValueError = (policySdk as unknown as { UnknownValueError: new (sentinel: string, path: string[]) => Error }).UnknownValueError;

function validate(rule: AnyRule, args: ResourceValidationArgs, report: ReportViolation): void {
  const analysis = analysisFor(args);
  if (!analysis) args.notApplicable('podguard checks only pod-bearing Kubernetes resources');
  const verdicts = analysis.byRule.get(rule.id);
  if (!verdicts) return;
  for (const f of verdicts.decided) report(text(f, args));
  const unknowns = verdicts.open.filter((f) => f.unknown);
  if (unknowns.length > 0) {
    const e = new UnknownValueError('04da6b54-80e4-46f7-96ec-b56ff0331ba9', []);
    e.message = unknowns.map((f) => text(f, args)).join(' ');
    throw e;
  }
}

function remediate(rule: AnyRule, args: ResourceValidationArgs): Record<string, unknown> | undefined {
  const analysis = analysisFor(args);
  if (!analysis) args.notApplicable('podguard remediates only pod-bearing Kubernetes resources');
  const edits = uniqueEdits(analysis.byRule.get(rule.id)?.decided ?? []).filter((e) => !reachesUnknown(analysis.props, e.path));
  return edits.length > 0 ? applyKeepingSecrets(analysis.props, edits) : undefined;
}
