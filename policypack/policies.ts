// One CrossGuard resource policy per podguard rule, all over the same analysis of each pod-bearing resource; the
// policies of the engine's own findings about waivers also look at the stack as a whole.
import type {
  EnforcementLevel,
  ReportViolation,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  Severity,
  StackValidationArgs,
  StackValidationPolicy,
} from '@pulumi/policy';
import * as policySdk from '@pulumi/policy';
import type { AnalyzeInput, AnalyzeOptions } from '../src/engine/analyze.js';
import { formatPath } from '../src/engine/field.js';
import type { Finding } from '../src/engine/finding.js';
import { hasPods } from '../src/engine/pod-view.js';
import type { AnyRule, Level } from '../src/engine/rule.js';
import { Run } from '../src/engine/run.js';
import { LATEST } from '../src/engine/version.js';
import { uniqueEdits } from '../src/fix/edits.js';
import { RULES } from '../src/rules/index.js';
import { analysisOptions, resolveSettings, SETTINGS_SCHEMA, stackSettings, stackSettingsIfValid, type PackSettings } from './settings.js';
import { applyKeepingSecrets, forAnalysis, ownProperties, reachesUnknown } from './wire.js';

const ENFORCEMENT: Record<Level, EnforcementLevel> = { error: 'mandatory', warning: 'advisory', note: 'advisory' };
const SEVERITY: Record<Level, Severity> = { error: 'high', warning: 'medium', note: 'low' };

type PodguardPolicy = ResourceValidationPolicy & Partial<Pick<StackValidationPolicy, 'validateStack'>>;

export function podguardPolicies(): PodguardPolicy[] {
  // Declared levels are the defaults the engine gives a policy the policy-pack config does not set: so the
  // configuration's levels apply unless that config says otherwise, as a flag overrides .podguard.yaml in the CLI.
  const config = stackSettingsIfValid()?.config;
  return RULES.map((rule) => {
    // The configured level, else the level in the default profile, as `podguard scan` reports it.
    const level = config?.levels[rule.id] ?? rule.levels.hardened ?? rule.levels.restricted ?? rule.levels.baseline ?? 'error';
    // Remediation applies safe fixes only: an unsafe one would silently change what `pulumi up` deploys.
    const remediable = rule.fixes === 'safe' || typeof rule.fixes === 'object';
    return {
      name: rule.id,
      description: rule.summary,
      // A rule switched off is also left out of the analysis, so no enforcement level set for it brings it back.
      enforcementLevel: config?.disabled.has(rule.id) ? 'disabled' : ENFORCEMENT[level],
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
      // Findings about the configuration rather than a resource are reported once, by AnalyzeStack, which alone sees
      // the whole stack (and so alone can tell that an exemption matched nothing). A CrossGuard policy may validate
      // both: the SDK runs each function in its own call, and the engine reports AnalyzeStack's diagnostics whatever
      // the policy's declared type.
      ...(rule.about?.includes('configuration') && { validateStack: (args: StackValidationArgs, report: ReportViolation) => validateStack(rule, args, report) }),
    };
  });
}

function remediationNote(rule: AnyRule, remediable: boolean): string {
  if (remediable) return ' With enforcement level "remediate", podguard makes this change itself where it is safe to (a fix that takes away what the resource asks for is left to you).';
  if (rule.fixes === 'unsafe') {
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
  // Wrong settings fail every resource, pod-bearing or not: a run must not pass because its settings were ignored.
  stackSettings();
  const target = workloadType(args.type, args.props);
  if (!target) return undefined;
  const settings = resolveSettings(args.getConfig<PackSettings>());
  const options = analysisOptions(settings);
  const props = ownProperties(args.props);
  const key = JSON.stringify([settings.profile, settings.version, options.suppressions?.today, args.type, args.urn, props]);
  let analysis = recent.get(key);
  if (!analysis) {
    analysis = analyzeResource(props, target, options);
    if (recent.size >= 8) recent.delete(recent.keys().next().value!);
    recent.set(key, analysis);
  }
  return analysis;
}

/**
 * apiVersion and kind of a Pulumi Kubernetes type token, when podguard's engine finds pods in that kind. A
 * CustomResource's token is `kubernetes:<apiVersion>:<kind>`; a generic `...:CustomResource` token names neither, so
 * its properties do.
 */
function workloadType(type: string, props?: Record<string, unknown>): { apiVersion: string; kind: string } | undefined {
  const m = /^kubernetes:([^:/]+)\/([^:/]+):([A-Za-z]+)$/.exec(type);
  let target: { apiVersion: string; kind: string } | undefined;
  if (m) target = { apiVersion: m[1] === 'core' ? m[2] : `${m[1]}/${m[2]}`, kind: m[3] };
  else if (/^kubernetes:[^:]*:CustomResource$/.test(type) && typeof props?.apiVersion === 'string' && typeof props.kind === 'string') target = { apiVersion: props.apiVersion, kind: props.kind };
  return target && hasPods(target.apiVersion, target.kind, stackSettingsIfValid()?.config.customResources) ? target : undefined;
}

/** The object podguard's engine reads: the type token is what Pulumi creates; the properties normally repeat it. */
function objectOf(props: Record<string, unknown>, target: { apiVersion: string; kind: string }): Record<string, unknown> {
  return { ...(forAnalysis(props) as Record<string, unknown>), ...target };
}

function analyzeResource(props: Record<string, unknown>, target: { apiVersion: string; kind: string }, options: AnalyzeOptions): Analysis {
  const { findings } = quietly(() => runFor(options).evaluate({ object: objectOf(props, target) }));
  const byRule = new Map<string, Verdicts>();
  for (const f of findings) {
    // A working waiver (an annotation on the object, or an exemption) lets the finding through: it never fails a
    // preview. Findings about an exemption itself, not about this resource, are the stack's to report.
    if (f.suppressed || f.resource === null) continue;
    let v = byRule.get(f.ruleId);
    if (!v) byRule.set(f.ruleId, (v = { decided: [], open: [] }));
    (f.unknown ? v.open : v.decided).push(f);
  }
  for (const v of byRule.values()) {
    if (v.open.length === 0) continue;
    // A container's verdict may rest on the pod's value of a field it inherits (the engine says which): with the
    // pod's runAsNonRoot not known yet, "set nowhere" is unproven. Such verdicts wait for the value too.
    const unknownPaths = new Set(v.open.map((u) => u.path));
    const inherits = (f: Finding) => !!f.restsOn && unknownPaths.has(formatPath(f.restsOn));
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

// Settings resolve to the same few option sets, and a run's preparation (the active rules) is worth keeping.
const runs = new Map<string, Run>();
function runFor(options: AnalyzeOptions): Run {
  const key = JSON.stringify(options, (_, v) => (v instanceof Set ? [...v] : v));
  let run = runs.get(key);
  if (!run) {
    if (runs.size >= 8) runs.delete(runs.keys().next().value!);
    runs.set(key, (run = new Run(options)));
  }
  return run;
}

// The SDK passes an error's stack to the engine, which prints it; like the CLI, the pack shows one line unless
// PODGUARD_DEBUG is set.
function quietly<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    const error = new Error(`podguard: internal error: ${e instanceof Error ? e.message : String(e)}`);
    if (!process.env.PODGUARD_DEBUG) error.stack = error.message;
    throw error;
  }
}

// The SDK reports this error as an advisory "can't run policy ... during preview" diagnostic, never a mandatory one.
// It is exported by @pulumi/policy, though its typings leave it out.
const UnknownValueError = (policySdk as unknown as { UnknownValueError: new (sentinel: string, path: string[]) => Error }).UnknownValueError;

function validate(rule: AnyRule, args: ResourceValidationArgs, report: ReportViolation): void {
  const analysis = analysisFor(args);
  if (!analysis) args.notApplicable('podguard checks only pod-bearing Kubernetes resources');
  const verdicts = analysis.byRule.get(rule.id);
  if (!verdicts) return;
  for (const f of verdicts.decided) report(text(f, args) + (f.fixSafety === 'unsafe' ? UNSAFE_FIX : ''));
  const unknowns = verdicts.open.filter((f) => f.unknown);
  if (unknowns.length > 0) {
    const e = new UnknownValueError('04da6b54-80e4-46f7-96ec-b56ff0331ba9', []);
    e.message = unknowns.map((f) => text(f, args)).join(' ');
    throw e;
  }
}

const UNSAFE_FIX = ' (podguard has a fix, but an unsafe one: it takes away what the resource asks for and may break the workload, so remediation does not apply it.)';

function remediate(rule: AnyRule, args: ResourceValidationArgs): Record<string, unknown> | undefined {
  const analysis = analysisFor(args);
  if (!analysis) args.notApplicable('podguard remediates only pod-bearing Kubernetes resources');
  const edits = uniqueEdits((analysis.byRule.get(rule.id)?.decided ?? []).filter((f) => f.fixSafety === 'safe')).filter((e) => !reachesUnknown(analysis.props, e.path));
  return edits.length > 0 ? applyKeepingSecrets(analysis.props, edits) : undefined;
}

/**
 * Findings about the configured exemptions, once per stack: one without a reason or on a locked rule
 * (invalid-suppression), one past its date (expired-suppression), and one that matched no finding on any resource of
 * the stack (unused-suppression). The engine judges an exemption as it reads it; the resources here are the stack's
 * final state (their outputs, which for Kubernetes objects hold the object as applied), all of them, changed or not.
 */
function validateStack(rule: AnyRule, args: StackValidationArgs, report: ReportViolation): void {
  const settings = resolveSettings(args.getConfig<PackSettings>());
  const inputs: AnalyzeInput[] = args.resources.flatMap((r) => {
    const target = workloadType(r.type, r.props);
    return target ? [{ object: objectOf(ownProperties(r.props), target) }] : [];
  });
  const end = quietly(() => {
    const run = new Run(analysisOptions(settings));
    for (const input of inputs) run.add(input);
    return run.finish();
  });
  const places = settings.stack.exemptionPlaces;
  for (const f of end.findings) if (f.ruleId === rule.id) report(`${f.exemption !== undefined ? places[f.exemption] : 'podguard'}: ${f.message}`);
}
