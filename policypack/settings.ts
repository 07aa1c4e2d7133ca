// What the pack evaluates under: podguard's configuration (the keys of .podguard.yaml, with their meaning there) and
// each policy's own profile and version.
//
// The engine hands each policy only its own entry of the policy-pack config, so settings meant for every policy come
// from the stack's config, which the engine gives a policy pack in PULUMI_CONFIG when it starts it (read here through
// @pulumi/pulumi, as programs read theirs): `podguard:<key>` for each key of .podguard.yaml, and `podguard:config`
// naming a .podguard.yaml to read them from. A stack key replaces the file's value of the same key, as the CLI's flags
// do. The engine starts the pack in the pack's own directory and tells it the stack, not where the Pulumi project is,
// so a relative podguard:config is resolved from the pack's directory.
//
// They are read once, at start-up, because each rule's level decides the enforcement level its policy declares, and
// the engine asks for that before anything else; a mistake in them fails every call after that, in one line.
import { accessSync, constants } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { runtime } from '@pulumi/pulumi';
import type { PolicyConfigSchema } from '@pulumi/policy';
import { Ajv, type ErrorObject } from 'ajv';
import { parse } from 'yaml';
import { ConfigError, loadConfig, type Config } from '../src/config/load.js';
import { analyzeOptions } from '../src/config/options.js';
import { configSchema } from '../src/config/schema.js';
import type { AnalyzeOptions } from '../src/engine/analyze.js';
import { DEFAULT_PROFILE } from '../src/engine/defaults.js';
import type { Exemption } from '../src/engine/suppress.js';
import { PROFILES, type Level, type Profile } from '../src/engine/rule.js';
import { parseVersion, type K8sVersion } from '../src/engine/version.js';

/** What a policy's own config may set. */
export interface PackSettings {
  profile?: string;
  k8sVersion?: string;
}

/** Everything one policy's analysis needs. */
export interface Settings {
  profile: Profile;
  version: K8sVersion;
  stack: StackSettings;
}

/** The stack-wide settings: the configuration, and where each part of it was written (for messages). */
export interface StackSettings {
  /** `file` names where the locked rules come from, which is what analyze() reports a locked waiver against. */
  config: Config;
  /** For each exemption, the place a message about it names: file:line:column, or the stack config key. */
  exemptionPlaces: string[];
}

// No `default`s: the engine would write them into every policy's config, hiding the stack-wide value.
export const SETTINGS_SCHEMA: PolicyConfigSchema = {
  properties: {
    profile: {
      type: 'string',
      enum: [...PROFILES],
      description: 'baseline or restricted: the Pod Security Standards only; hardened (default): restricted plus hardening rules.',
    },
    k8sVersion: {
      type: 'string',
      pattern: '^(latest|v?1\\.[0-9]{1,3}(\\.[0-9]+)?)$',
      description: 'The Kubernetes version whose Pod Security Standards apply: 1.N or latest (default).',
    },
  },
};

/** A configuration mistake: one line per problem, as the CLI prints them, and no stack trace (the SDK sends it on). */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message.split('\n').map((line) => `podguard: ${line}`).join('\n'));
    this.stack = this.message;
  }
}

const PREFIX = 'podguard:';
/** Stack keys taken as written: a version such as 1.30 would not survive being read as YAML. */
const PLAIN = new Set(['profile', 'k8sVersion']);
const STACK = 'stack config ';

let validator: { check: ReturnType<Ajv['compile']>; ruleIds: unknown[] } | undefined;

/**
 * Reads the stack's podguard:* config. `all` is the stack config as the engine passes it (key to string; structured
 * values arrive as JSON text), `dir` what a relative podguard:config is resolved from.
 */
function readStackSettings(all: Record<string, string>, dir: string): StackSettings {
  const problems: string[] = [];
  const given: Record<string, unknown> = {};
  let file: string | undefined;
  for (const [key, text] of Object.entries(all)) {
    if (!key.startsWith(PREFIX)) continue;
    const name = key.slice(PREFIX.length);
    if (name === 'config') file = text;
    else if (PLAIN.has(name)) given[name] = text;
    else {
      try {
        // YAML reads JSON too, so either form of a structured value works (`pulumi config set` stores JSON).
        given[name] = parse(text);
      } catch (e) {
        problems.push(`${STACK}${key}: not valid YAML or JSON: ${(e as Error).message.split('\n')[0]}`);
      }
    }
  }
  // Compiled only when there is something to check: most stacks set nothing, and start-up time counts.
  if (Object.keys(given).length > 0) {
    if (!validator) {
      const schema = configSchema();
      // `verbose` puts the offending value in each error, for naming a mistyped rule id.
      validator = { check: new Ajv({ allErrors: true, strict: false, verbose: true }).compile(schema), ruleIds: schema.properties.locked.items.enum };
    }
    if (!validator.check(given)) problems.push(...describe(validator.check.errors ?? [], validator.ruleIds));
  }

  let fromFile: Config | undefined;
  if (file !== undefined) {
    const path = isAbsolute(file) ? file : resolve(dir, file);
    try {
      accessSync(path, constants.R_OK);
      // Its own mistakes name the file, line and column, as the CLI reports them.
      fromFile = loadConfig(path);
    } catch (e) {
      if (e instanceof ConfigError) problems.push(e.message);
      else {
        // Say how the path was read: the pack's directory is not where most people expect a relative path to start.
        const resolved = path === file ? '' : ` (${file}, from the policy pack's directory ${dir})`;
        const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message.split('\n')[0];
        problems.push(`${STACK}${PREFIX}config: cannot read ${path}${resolved}: ${reason}`);
      }
    }
  }
  if (problems.length > 0) throw new SettingsError(problems.join('\n'));
  return merge(given, fromFile);
}

/** The stack keys over the file's values, key by key, checked as loadConfig checks one file. */
function merge(given: Record<string, any>, file: Config | undefined): StackSettings {
  const rules = given.rules as Record<string, { level?: Level; enabled?: boolean }> | undefined;
  const levels = rules ? Object.fromEntries(Object.entries(rules).flatMap(([id, s]) => (s.level ? [[id, s.level]] : []))) : (file?.levels ?? {});
  const disabled = rules ? new Set(Object.entries(rules).filter(([, s]) => s.enabled === false).map(([id]) => id)) : (file?.disabled ?? new Set<string>());
  const locked = given.locked ? new Set<string>(given.locked) : (file?.locked ?? new Set<string>());
  const lockedBy = given.locked ? `the ${STACK}${PREFIX}locked` : (file?.file ?? 'the configuration');
  // loadConfig has refused a file that switches off a rule it locks itself; this is the same check across sources.
  for (const id of disabled) {
    if (!locked.has(id)) continue;
    const where = rules ? `${STACK}${PREFIX}rules.${id}.enabled` : `${file!.file}: rules.${id}.enabled`;
    throw new SettingsError(`${where}: ${id} is locked by ${lockedBy}, so it cannot be switched off`);
  }
  let exemptions: Exemption[];
  let exemptionPlaces: string[];
  if (given.exemptions) {
    exemptions = given.exemptions;
    exemptionPlaces = exemptions.map((_, i) => `${STACK}${PREFIX}exemptions[${i}]`);
  } else {
    exemptions = file?.exemptions ?? [];
    exemptionPlaces = exemptions.map((e) => (e.source ? `${e.source.file}:${e.source.line}:${e.source.column}` : (file?.file ?? '')));
  }
  return {
    config: {
      file: lockedBy,
      profile: given.profile ?? file?.profile,
      k8sVersion: given.k8sVersion ?? file?.k8sVersion,
      levels,
      disabled,
      locked,
      exemptions,
      fix: given.fix ?? file?.fix ?? {},
      customResources: given.customResources ?? file?.customResources ?? [],
    },
    exemptionPlaces,
  };
}

/** One line per problem, naming the stack key the way `pulumi config set --path` writes it. */
function describe(errors: ErrorObject[], ruleIds: unknown[]): string[] {
  // A bad rule id also fails the enum inside propertyNames, reported at the parent: the propertyNames line says it.
  const lines = errors
    .filter((e) => !e.schemaPath.includes('/propertyNames/'))
    .map((e) => {
      const path = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
      let text: string;
      if (e.keyword === 'additionalProperties') {
        const extra = (e.params as { additionalProperty: string }).additionalProperty;
        path.push(extra);
        text = path.length === 1 ? `unknown setting (the keys are those of .podguard.yaml, and config)` : `unknown key "${extra}"`;
      } else if (e.keyword === 'propertyNames') {
        const name = (e.params as { propertyName?: string }).propertyName ?? '';
        path.push(name);
        text = `unknown rule id "${name}" (podguard rules lists them)`;
      } else if (e.keyword === 'enum' && (e.params as { allowedValues: unknown[] }).allowedValues === ruleIds) {
        // The schema's list of every rule id is too long for one line.
        text = `unknown rule id ${JSON.stringify(e.data)} (podguard rules lists them)`;
      } else if (e.keyword === 'enum') {
        text = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
      } else {
        text = e.message ?? 'is not valid';
      }
      const key = path.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
      return `${STACK}${PREFIX}${key}: ${text}`;
    });
  return [...new Set(lines)];
}

// Read at start-up; a mistake is kept and thrown from every call, since nothing can be checked under wrong settings.
let loaded: { settings: StackSettings } | { error: SettingsError } | undefined;

function load(): { settings: StackSettings } | { error: SettingsError } {
  if (!loaded) {
    try {
      loaded = { settings: readStackSettings(runtime.allConfig(), process.cwd()) };
    } catch (e) {
      if (!(e instanceof SettingsError)) throw e;
      loaded = { error: e };
    }
  }
  return loaded;
}

/** The stack-wide settings; throws the configuration's mistakes. */
export function stackSettings(): StackSettings {
  const l = load();
  if ('error' in l) throw l.error;
  return l.settings;
}

/** The stack-wide settings for declaring the policies, or none when they are wrong (every call then fails anyway). */
export function stackSettingsIfValid(): StackSettings | undefined {
  const l = load();
  return 'settings' in l ? l.settings : undefined;
}

/** A policy's own profile and version win over the stack's (key or file), which win over the defaults. */
export function resolveSettings(own: PackSettings): Settings {
  const stack = stackSettings();
  const where = (key: keyof PackSettings) => (own[key] !== undefined ? 'the policy config' : 'the stack config');
  const profile = own.profile ?? stack.config.profile ?? DEFAULT_PROFILE;
  if (!(PROFILES as readonly string[]).includes(profile)) {
    throw new SettingsError(`profile "${profile}" from ${where('profile')} is not one of ${PROFILES.join(', ')}`);
  }
  const k8sVersion = own.k8sVersion ?? stack.config.k8sVersion ?? 'latest';
  try {
    return { profile: profile as Profile, version: parseVersion(String(k8sVersion)), stack };
  } catch (e) {
    throw new SettingsError(`k8sVersion from ${where('k8sVersion')}: ${(e as Error).message}`);
  }
}

/** The options analyze() takes, mapped from the configuration as every surface maps it (today is read per call). */
export function analysisOptions(settings: Settings): AnalyzeOptions {
  return { profile: settings.profile, k8sVersion: settings.version, ...analyzeOptions(settings.stack.config) };
}
