// Option parsing shared by the commands, and the configuration file they read.
import type { AnalyzeOptions } from '../engine/analyze.js';
import { DEFAULT_PROFILE } from '../engine/defaults.js';
import { PROFILES, type Profile } from '../engine/rule.js';
import { parseVersion, type K8sVersion } from '../engine/version.js';
import { findConfig, loadConfig, type Config } from '../config/load.js';
import { analyzeOptions } from '../config/options.js';

export class UsageError extends Error {}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  isTty: boolean;
  stderrTty: boolean;
  /** The script worker threads run (the bundle itself); without it, files are analyzed in-process. */
  workerScript?: URL;
}

export function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

export const PROFILE_OPTIONS = {
  profile: { type: 'string' },
  'k8s-version': { type: 'string' },
  config: { type: 'string' },
} as const;

export interface Settings extends AnalyzeOptions {
  profile: Profile;
  k8sVersion: K8sVersion;
  config?: Config;
  /** Whether a version was asked for (a flag or the configuration), not the default. */
  versionAsked?: boolean;
}

/**
 * The analysis settings: flags win over .podguard.yaml (given with --config, or the nearest one from the first path
 * upward to the repository root), which wins over the defaults. PODGUARD_TODAY fixes the date expiry is judged by.
 */
export function settings(values: { profile?: string; 'k8s-version'?: string; config?: string }, paths: string[]): Settings {
  const file = values.config ?? findConfig(paths.find((p) => p !== '-') ?? '.');
  const config = file ? loadConfig(file) : undefined;
  const profile = choice('profile', values.profile, PROFILES, config?.profile ?? DEFAULT_PROFILE);
  let k8sVersion: K8sVersion;
  try {
    k8sVersion = parseVersion(values['k8s-version'] ?? config?.k8sVersion ?? 'latest');
  } catch (e) {
    throw new UsageError(`--k8s-version: ${(e as Error).message}`);
  }
  const asked = values['k8s-version'] ?? config?.k8sVersion;
  return { profile, k8sVersion, config, versionAsked: asked !== undefined && asked !== 'latest', ...analyzeOptions(config) };
}
