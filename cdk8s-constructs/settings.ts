// The settings a validation judges by: its podSecurity options, the .podguard.yaml they name, and those of every
// validation on an enclosing scope. Options are checked against the configuration file's own JSON Schema, so the two
// take the same names and values and cannot drift apart.
import { resolve } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { ConfigError, loadConfig, type Config } from '../src/config/load.js';
import { configSchema } from '../src/config/schema.js';
import { formatPath, type Path } from '../src/engine/field.js';
import { parseVersion } from '../src/engine/version.js';
import { DEFAULT_PROFILE } from './defaults.js';

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
  readonly rules?: { readonly [ruleId: string]: PodSecurityRuleSetting };
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

// The engine's Exemption, restated: the package's declarations may not refer to the engine's files.
export interface Waiver {
  rule: string;
  reason?: string;
  until?: string;
  namespace?: string;
  kind?: string;
  name?: string;
  container?: string;
  image?: string;
  source?: { file: string; line: number; column: number };
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

export type Layer = { problems: string[] } | { sources: Source[] };

/** Reads one validation's settings: its file first, then its options, which win. Every problem is a synth error line. */
export function readLayer(options: PodSecurityOptions, owner: unknown, ownerName: string): Layer {
  const given = withoutUndefined(options) as Record<string, unknown>;
  const problems = checkOptions(given);
  if (problems.length > 0) return { problems };
  const sources: Source[] = [];
  if (options.config !== undefined) {
    let config: Config;
    try {
      config = loadConfig(options.config);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      return { problems: e.message.split('\n').map((line) => `podguard: podSecurity.config: ${line}`) };
    }
    sources.push(fromConfig(config, owner, ownerName));
  }
  sources.push({
    owner,
    ownerName,
    profile: options.profile,
    k8sVersion: options.k8sVersion,
    rules: new Map(Object.entries(options.rules ?? {})),
    locked: options.locked ?? [],
    customResources: options.customResources ?? [],
    exemptions: (options.exemptions ?? []).map((e, i) => ({
      waiver: withoutUndefined(e) as Waiver,
      owner,
      label: `podSecurity.exemptions[${i}]`,
      key: `${ownerName} ${i}`,
    })),
  });
  return { sources };
}

function fromConfig(config: Config, owner: unknown, ownerName: string): Source {
  const rules = new Map<string, PodSecurityRuleSetting>();
  for (const [id, level] of Object.entries(config.levels)) rules.set(id, { level });
  for (const id of config.disabled) rules.set(id, { ...rules.get(id), enabled: false });
  return {
    owner,
    ownerName,
    file: config.file,
    profile: config.profile,
    k8sVersion: config.k8sVersion,
    rules,
    locked: [...config.locked],
    customResources: config.customResources,
    exemptions: config.exemptions.map((e) => {
      const at = e.source ? `${e.source.file}:${e.source.line}:${e.source.column}` : config.file;
      return { waiver: e, owner, label: at, key: `${resolve(config.file)}:${e.source?.line}:${e.source?.column}`, file: resolve(config.file) };
    }),
  };
}

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
export function merge(sources: readonly Source[], reporter: unknown): Merged {
  const merged: Merged = {
    profile: DEFAULT_PROFILE,
    k8sVersion: 'latest',
    levels: {},
    disabled: new Set(),
    locked: new Set(),
    lockedBy: new Map(),
    exemptions: [],
    conflicts: new Map(),
    customResources: [],
  };
  const disabledBy = new Map<string, string>();
  const seen = new Set<string>();
  for (const s of sources) {
    if (s.profile !== undefined) merged.profile = s.profile;
    if (s.k8sVersion !== undefined) merged.k8sVersion = s.k8sVersion;
    for (const [id, setting] of s.rules) {
      if (setting.level !== undefined) merged.levels[id] = setting.level;
      if (setting.enabled === false) disabledBy.set(id, settingLabel(s, reporter, `rules.${id}.enabled`));
      if (setting.enabled === true) disabledBy.delete(id);
    }
    merged.customResources.push(...s.customResources);
    for (const id of s.locked) {
      merged.locked.add(id);
      if (!merged.lockedBy.has(id)) merged.lockedBy.set(id, settingLabel(s, reporter, 'locked'));
    }
    // A file named by two validations of the chain holds its exemptions once.
    for (const e of s.exemptions) {
      if (seen.has(e.key)) continue;
      seen.add(e.key);
      merged.exemptions.push(e);
    }
  }
  merged.exemptions.reverse();
  for (const [id, by] of disabledBy) {
    merged.disabled.add(id);
    if (merged.locked.has(id)) merged.conflicts.set(id, `podguard: ${by}: ${id} is locked by ${merged.lockedBy.get(id)}, so it cannot be switched off.`);
  }
  return merged;
}

function settingLabel(s: Source, reporter: unknown, key: string): string {
  if (s.file !== undefined) return key === 'locked' ? s.file : `${s.file} (${key})`;
  return s.owner === reporter ? `podSecurity.${key}` : `podSecurity.${key} of ${s.ownerName}`;
}

let validator: ReturnType<Ajv['compile']> | undefined;

// The configuration's schema, less what a synth has no use for (`fix` only shapes podguard fix's edits), plus
// `config`. The version is checked by parseVersion, whose message says what to write.
function optionsSchema() {
  const schema = configSchema();
  const properties: Record<string, unknown> = { ...schema.properties, k8sVersion: { type: 'string' }, config: { type: 'string' } };
  delete properties.fix;
  return { ...schema, properties };
}

/** One line per problem, naming the option as a path under podSecurity and saying what is expected. */
function checkOptions(options: Record<string, unknown>): string[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(optionsSchema());
  const lines: string[] = [];
  if (!validator(options)) {
    // A bad rule id also fails the enum inside propertyNames, reported at the parent: the propertyNames line says it.
    for (const e of (validator.errors ?? []).filter((err) => !err.schemaPath.includes('/propertyNames/'))) lines.push(describeError(e, options));
  }
  if (typeof options.k8sVersion === 'string') {
    try {
      parseVersion(options.k8sVersion);
    } catch (e) {
      lines.push(`podguard: podSecurity.k8sVersion: ${(e as Error).message}`);
    }
  }
  return [...new Set(lines)];
}

function describeError(e: ErrorObject, options: Record<string, unknown>): string {
  const path: Array<string | number> = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const value = JSON.stringify(valueAt(options, path));
  let text: string;
  if (e.keyword === 'additionalProperties') {
    path.push((e.params as { additionalProperty: string }).additionalProperty);
    text = 'unknown key';
  } else if (e.keyword === 'propertyNames') {
    const name = (e.params as { propertyName: string }).propertyName;
    path.push(name);
    text = `unknown rule id ${JSON.stringify(name)} (podguard rules lists them)`;
  } else if (e.keyword === 'required') {
    path.push((e.params as { missingProperty: string }).missingProperty);
    text = 'is required';
  } else if (e.keyword === 'enum' && (path[0] === 'locked' || path.at(-1) === 'rule')) {
    text = `unknown rule id ${value} (podguard rules lists them)`;
  } else if (e.keyword === 'enum') {
    text = `${value} is not one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  } else if (e.keyword === 'pattern') {
    text = `${value} is not a date (YYYY-MM-DD)`;
  } else {
    text = e.message ?? 'is not valid';
  }
  return `podguard: ${['podSecurity', formatPath(path)].filter(Boolean).join('.')}: ${text}`;
}

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const seg of path) node = (node as Record<string | number, unknown> | undefined)?.[seg];
  return node;
}

// Options written in code may hold `container: undefined`; in a file that key would simply be absent.
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, withoutUndefined(v)]));
}
