// Option parsing shared by the commands, and the configuration file they read.
import { dirname } from 'node:path';
import type { AnalyzeOptions } from '../engine/analyze.js';
import { DEFAULT_PROFILE } from '../engine/defaults.js';
import { PROFILES, type Profile } from '../engine/rule.js';
import { parseVersion, type K8sVersion } from '../engine/version.js';
import { findConfig, loadConfig, type Config } from '../config/load.js';
import { analyzeOptions } from '../config/options.js';
import { excluder } from '../config/exclude.js';
import { choice, UsageError } from './args.js';

export { choice, UsageError };

export interface Io {
  /** Standard output; bytes are UTF-8 text. */
  out: (text: string | Uint8Array) => void;
  err: (text: string) => void;
  isTty: boolean;
  stderrTty: boolean;
  /** The script the language server's worker thread runs (the bundle itself). */
  workerScript?: URL;
  /** The script the scan's worker threads run; without it, files are analyzed in-process. */
  scanWorkerScript?: URL;
  /** Resolves once standard output has handed on everything written to it; undefined when it already has. */
  drained?: () => Promise<void> | undefined;
  /** Whether standard output still holds bytes it was given (a stream that writes asynchronously), so they are not reused. */
  holding?: () => boolean;
}

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
export function settings(values: { profile?: unknown; 'k8s-version'?: unknown; config?: unknown }, paths: string[]): Settings {
  const file = (values.config as string | undefined) ?? findConfig(paths.find((p) => p !== '-') ?? '.');
  const config = file ? loadConfig(file) : undefined;
  const profile = choice('profile', values.profile as string | undefined, PROFILES, config?.profile ?? DEFAULT_PROFILE);
  let k8sVersion: K8sVersion;
  try {
    k8sVersion = parseVersion((values['k8s-version'] as string | undefined) ?? config?.k8sVersion ?? 'latest');
  } catch (e) {
    throw new UsageError(`--k8s-version: ${(e as Error).message}`);
  }
  const asked = values['k8s-version'] ?? config?.k8sVersion;
  return { profile, k8sVersion, config, versionAsked: asked !== undefined && asked !== 'latest', ...analyzeOptions(config) };
}

/** What the run never reads: the configuration's exclude (relative to its folder) and --exclude (relative to here). */
export function exclusions(config: Config | undefined, flags: unknown): ((path: string) => boolean) | undefined {
  return excluder([
    ...(config ? [{ base: dirname(config.file), globs: config.exclude ?? [] }] : []),
    { base: process.cwd(), globs: (flags as string[] | undefined) ?? [] },
  ]);
}
