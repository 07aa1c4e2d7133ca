// Finds and reads .podguard.yaml: validated against its JSON Schema, with every problem reported as
// file:line:column and the key, since a silently ignored setting is worse than none.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import type { DeclaredKind } from '../engine/custom-resources.js';
import type { Path } from '../engine/field.js';
import type { Level, Profile } from '../engine/rule.js';
import type { Exemption } from '../engine/suppress.js';
import { locate } from '../source/locate.js';
import { quietEmptyDocuments } from '../source/parse.js';
import { rootOf } from '../source/yaml-nodes.js';
import { configSchema } from './schema.js';

export const CONFIG_FILE = '.podguard.yaml';

/** A podguard configuration by its name: settings for a scan, never a manifest to scan. */
export function isConfigFile(path: string): boolean {
  return basename(path) === CONFIG_FILE;
}

export interface Config {
  file: string;
  profile?: Profile;
  k8sVersion?: string;
  levels: Record<string, Level>;
  disabled: Set<string>;
  locked: Set<string>;
  exemptions: Exemption[];
  fix: { runAsUser?: number; runAsGroup?: number };
  customResources: DeclaredKind[];
  /** Charts with extra values files, as absolute paths. */
  charts?: Array<{ path: string; values: string[] }>;
  /** Globs of paths never read, relative to the file's folder. */
  exclude?: string[];
}

export class ConfigError extends Error {}

/** The nearest .podguard.yaml from `start` upward, stopping at the repository root (the directory holding .git). */
export function findConfig(start: string): string | undefined {
  let dir = resolve(start);
  if (existsSync(dir) && !statSync(dir).isDirectory()) dir = dirname(dir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return undefined;
    dir = dirname(dir);
  }
}

let validator: ReturnType<Ajv['compile']> | undefined;

export function loadConfig(file: string): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`${file}: cannot read the configuration (${(e as Error).message.split('\n')[0]})`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(quietEmptyDocuments(text), { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const at = lineCounter.linePos(e.pos[0]);
    throw new ConfigError(`${file}:${at.line}:${at.col}: not valid YAML: ${e.message.split('\n')[0]}`);
  }
  const value = (doc.toJS() ?? {}) as Record<string, any>;
  const where = (path: Path) => {
    const region = locate(rootOf(doc), path, lineCounter);
    return region ? `${file}:${region.line}:${region.column}` : file;
  };
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(configSchema());
  if (!validator(value)) throw new ConfigError(describe(validator.errors ?? [], where));

  const rules = (value.rules ?? {}) as Record<string, { level?: Level; enabled?: boolean }>;
  const locked = new Set<string>(value.locked ?? []);
  for (const [id, setting] of Object.entries(rules)) {
    if (setting.enabled === false && locked.has(id)) throw new ConfigError(`${where(['rules', id, 'enabled'])}: rules.${id}.enabled: ${id} is locked, so it cannot be switched off`);
  }
  return {
    file,
    profile: value.profile,
    k8sVersion: value.k8sVersion,
    levels: Object.fromEntries(Object.entries(rules).flatMap(([id, s]) => (s.level ? [[id, s.level]] : []))),
    disabled: new Set(Object.entries(rules).filter(([, s]) => s.enabled === false).map(([id]) => id)),
    locked,
    exemptions: ((value.exemptions ?? []) as Exemption[]).map((e, i) => {
      const region = locate(rootOf(doc), ['exemptions', i], lineCounter);
      return { ...e, source: { file, line: region?.line ?? 1, column: region?.column ?? 1 } };
    }),
    fix: value.fix ?? {},
    customResources: value.customResources ?? [],
    charts: charts(value.charts ?? [], dirname(resolve(file)), where),
    exclude: value.exclude ?? [],
  };
}

/** Configured charts, checked now: a values file that is not there would make helm fail on every run. */
function charts(list: Array<{ path: string; values?: string[] }>, base: string, where: (path: Path) => string): Config['charts'] {
  return list.map((c, i) => {
    const path = resolve(base, c.path);
    if (!existsSync(join(path, 'Chart.yaml'))) throw new ConfigError(`${where(['charts', i, 'path'])}: charts.${i}.path: ${c.path} holds no Chart.yaml`);
    const values = (c.values ?? []).map((v, j) => {
      const file = resolve(path, v);
      if (!existsSync(file)) throw new ConfigError(`${where(['charts', i, 'values', j])}: charts.${i}.values.${j}: ${v} is not in ${c.path}`);
      return file;
    });
    return { path, values };
  });
}

/** One line per problem: where, which key, and what is expected. */
function describe(errors: ErrorObject[], where: (path: Path) => string): string {
  // A bad rule id fails the enum inside propertyNames too, reported at the parent: the propertyName line says it better.
  const lines = errors.filter((e) => !e.schemaPath.includes('/propertyNames/')).map((e) => {
    const path: Array<string | number> = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    let key = path.join('.');
    let text: string;
    if (e.keyword === 'additionalProperties') {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      path.push(extra);
      key = path.join('.');
      text = `unknown key ${JSON.stringify(extra)}`;
    } else if (e.keyword === 'propertyName' || e.keyword === 'propertyNames') {
      const name = (e.params as { propertyName?: string }).propertyName ?? '';
      path.push(name);
      key = path.join('.');
      text = `unknown rule id ${JSON.stringify(name)} (podguard rules lists them)`;
    } else if (e.keyword === 'enum') {
      text = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    } else {
      text = e.message ?? 'is not valid';
    }
    return `${where(path)}: ${key || '(top level)'}: ${text}`;
  });
  return [...new Set(lines)].join('\n');
}
