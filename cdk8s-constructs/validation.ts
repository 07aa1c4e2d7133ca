// Runs podguard's analyze() on the manifests of a construct tree at synth, with the settings of settings.ts, and
// reports as podguard scan does: an unsuppressed error fails synth, warnings and notes are printed to stderr, and a
// suppressed finding is neither. Knows no rule ids and no field names: those come from the engine and its rule modules.
import { resolve } from 'node:path';
import { ApiObject } from 'cdk8s';
import type { IConstruct, IValidation } from 'constructs';
import { today as todayForExpiry } from '../src/config/options.js';
import type { AnalyzeOptions } from '../src/engine/analyze.js';
import { Run } from '../src/engine/run.js';
import type { Finding } from '../src/engine/finding.js';
import type { DeclaredKind } from '../src/engine/custom-resources.js';
import { hasPods } from '../src/engine/pod-view.js';
import { RULES } from '../src/rules/index.js';
import { merge, readLayer, type ExemptionEntry, type Layer, type Merged, type PodSecurityOptions } from './settings.js';

// A property rather than a WeakMap, so that two copies of this package in one app still see each other's marks.
const GOVERNOR = Symbol.for('podguard-cdk8s.PodSecurityValidation');

type Marked = IConstruct & { [GOVERNOR]?: PodSecurityValidation };

type Settings = Merged | { problems: string[] };

/** What one synth has read, so that a file named by an enclosing validation is read once per validation. */
interface Reading {
  layers: Map<PodSecurityValidation, Layer>;
  settings: Map<PodSecurityValidation, Settings>;
}

/**
 * Validates, at synth, every pod-bearing ApiObject under a scope (a Chart, an App, any construct), including objects
 * added after the call, cdk8s-plus workloads and objects nested in other constructs. Each object is reported by the
 * nearest validation above it, judged by the settings of every validation above it: inner options win, locked rules
 * and exemptions add up.
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

  /** What the last validation printed. */
  private lastPrinted = '';

  private constructor(
    private readonly scope: IConstruct,
    /** The options the validation was created with. */
    public readonly options: PodSecurityOptions,
  ) {}

  public validate(): string[] {
    const today = todayForExpiry();
    const reading: Reading = { layers: new Map(), settings: new Map() };
    const mine = PodSecurityValidation.settingsOf(this, reading);
    if ('problems' in mine) return mine.problems;
    const errors: string[] = [];
    const printed: string[] = [];
    const report = (f: Finding, line: string) => (f.level === 'error' ? errors : printed).push(line);

    // An exemption in the options belongs to this validation, over its scope. One in a file belongs to the first
    // validation in the app that reads the file, over every object judged with it: the file is one configuration
    // however many constructs name it, as it is for podguard scan.
    const root = this.scope.node.root;
    const firstReader = new Map<string, PodSecurityValidation>();
    for (const c of root.node.findAll()) {
      const w = (c as Marked)[GOVERNOR];
      if (w?.options.config !== undefined && !firstReader.has(resolve(w.options.config))) firstReader.set(resolve(w.options.config), w);
    }
    const owns = (e: ExemptionEntry) => (e.file === undefined ? e.owner === this : firstReader.get(e.file) === this);
    // In the order written (the merged list is in the order tried).
    const own = mine.exemptions.filter(owns).reverse();
    // Each exemption is a run of its own (its problems and its use judged once, by the engine), fed the verdicts on
    // every object it was read for; the objects themselves are judged with the settings of their own validation.
    const runs = new Map(own.map((e) => [e.key, new Run(analyzeOptions(mine, [e], today, mine.lockedBy.get(e.waiver.rule)))]));
    const objectLines: Array<[Finding, string]> = [];
    for (const c of (own.some((e) => e.file !== undefined) ? root : this.scope).node.findAll()) {
      if (!ApiObject.isApiObject(c)) continue;
      const governor = governorOf(c);
      if (!governor) continue;
      const settings = governor === this ? mine : PodSecurityValidation.settingsOf(governor, reading);
      if ('problems' in settings || !hasPods(c.apiVersion, c.kind, toDeclared(settings.customResources))) continue;
      // An object another validation reports is read here only to learn which of this one's exemptions it uses.
      if (governor !== this && !settings.exemptions.some((e) => runs.has(e.key))) continue;
      const { findings } = new Run(analyzeOptions(settings, settings.exemptions, today)).evaluate({ object: c.toJson() });
      for (const f of findings) if (f.suppressed?.exemption !== undefined) runs.get(settings.exemptions[f.suppressed.exemption].key)?.markUsed(0);
      if (governor !== this) continue;
      // A finding without a resource is about an exemption, reported by the validation that owns it.
      for (const f of findings) if (!f.suppressed && f.resource !== null) objectLines.push([f, describeFinding(f, c, settings)]);
    }
    // As in podguard scan: what is wrong with an exemption first, then the objects, then the exemptions nothing used.
    const ends = own.map((entry) => [entry, runs.get(entry.key)!.finish().findings] as const);
    for (const [entry, findings] of ends) for (const f of findings) if (f.level !== 'note') report(f, describeExemptionFinding(f, entry));
    for (const [f, line] of objectLines) report(f, line);
    for (const [entry, findings] of ends) for (const f of findings) if (f.level === 'note') report(f, describeExemptionFinding(f, entry));

    // cdk8s has no channel for warnings, and a validation that returns a line fails synth: stderr is what is left.
    // app.synth() validates the app once, then again for each chart it writes: the same report is printed once.
    const text = printed.map((line) => `[${this.scope.node.path}] ${line}`).join('\n');
    if (text !== '' && text !== this.lastPrinted) console.warn(text);
    this.lastPrinted = text;
    return errors;
  }

  /**
   * The settings of every validation from the app down to `v`. A problem in the options or file of `v` is reported by
   * `v` alone; the validations under it judge nothing, as podguard scan reads no file with a bad configuration.
   */
  private static settingsOf(v: PodSecurityValidation, reading: Reading): Settings {
    const cached = reading.settings.get(v);
    if (cached) return cached;
    const layerOf = (w: PodSecurityValidation) => {
      let layer = reading.layers.get(w);
      if (!layer) reading.layers.set(w, (layer = readLayer(w.options, w, scopeName(w.scope))));
      return layer;
    };
    const chain = v.scope.node.scopes.flatMap((s) => (s as Marked)[GOVERNOR] ?? []);
    const layers = chain.map(layerOf);
    let settings: Settings;
    const own = layers.at(-1)!;
    if ('problems' in own) {
      settings = own;
    } else if (layers.some((l) => 'problems' in l)) {
      settings = { problems: [] };
    } else {
      const outer = layers.slice(0, -1).flatMap((l) => ('sources' in l ? l.sources : []));
      settings = merge([...outer, ...own.sources], v);
      if (settings.conflicts.size > 0) {
        // A conflict an outer validation already has is its to report.
        const before = merge(outer, v).conflicts;
        settings = { problems: [...settings.conflicts].filter(([id]) => !before.has(id)).map(([, line]) => line) };
      }
    }
    reading.settings.set(v, settings);
    return settings;
  }
}

function analyzeOptions(m: Merged, exemptions: readonly ExemptionEntry[], today: string, lockedBy?: string): AnalyzeOptions {
  return {
    profile: m.profile,
    k8sVersion: m.k8sVersion,
    levels: m.levels,
    disabled: m.disabled,
    customResources: toDeclared(m.customResources),
    suppressions: {
      // A reason of blanks explains nothing; the engine trims annotation text but takes a configured reason as it is.
      exemptions: exemptions.map((e) => ({ ...e.waiver, reason: e.waiver.reason?.trim() })),
      locked: m.locked,
      lockedBy: lockedBy ?? ([...new Set(m.lockedBy.values())].join(' and ') || undefined),
      today,
    },
  };
}

/** The engine's declared kinds, from the options' read-only spelling. */
function toDeclared(kinds: Merged['customResources']): DeclaredKind[] {
  return kinds.map((k) => ({ apiVersion: k.apiVersion, kind: k.kind, podSpecs: [...k.podSpecs] }));
}

function governorOf(c: IConstruct): PodSecurityValidation | undefined {
  const scopes = c.node.scopes;
  for (let i = scopes.length - 1; i >= 0; i--) {
    const mark = (scopes[i] as Marked)[GOVERNOR];
    if (mark) return mark;
  }
  return undefined;
}

/** One line: the rule id and container as the CLI prints them, the finding's message, the rule's fix, what else to do. */
function describeFinding(f: Finding, object: ApiObject, m: Merged): string {
  const rule = RULES.find((r) => r.id === f.ruleId);
  const where = f.container === null ? `${object.kind} ${object.name}` : `container "${f.container}" of ${object.kind} ${object.name}`;
  let instead = '';
  if (m.locked.has(f.ruleId)) {
    instead = `It cannot be exempted: ${f.ruleId} is locked by ${m.lockedBy.get(f.ruleId)}.`;
  } else if (!rule?.engine) {
    // Findings about waivers (engine rules) are fixed in the waiver, never waived themselves.
    const exemption = `{ rule: "${f.ruleId}",${f.container === null ? '' : ` container: "${f.container}",`} reason: "..." }`;
    instead = `To accept the risk instead, add ${exemption} to the exemptions.`;
  }
  return [`podguard ${f.level} ${f.ruleId} in ${where} (${m.profile} profile, at ${f.path}): ${f.message}`, rule ? `Fix: ${rule.help.fix}` : '', instead]
    .filter(Boolean)
    .join(' ');
}

/** One line about an exemption, placed where it is written: `podSecurity.exemptions[i]`, or the file's line. */
function describeExemptionFinding(f: Finding, entry: ExemptionEntry): string {
  const { rule, container } = entry.waiver;
  return `podguard ${f.level} ${f.ruleId} at ${entry.label} (the exemption of rule "${rule}"${container === undefined ? '' : ` for container "${container}"`}): ${f.message}`;
}

function describeScope(scope: IConstruct): string {
  return scope.node.path === '' ? 'The app' : `"${scope.node.path}"`;
}

function scopeName(scope: IConstruct): string {
  return scope.node.path === '' ? 'the app' : `"${scope.node.path}"`;
}
