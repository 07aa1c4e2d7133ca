// Option parsing shared by the commands.
import { PROFILES, type Profile } from '../engine/rule.js';
import { parseVersion, type K8sVersion } from '../engine/version.js';

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
} as const;

export function profileAndVersion(values: { profile?: string; 'k8s-version'?: string }): { profile: Profile; k8sVersion: K8sVersion } {
  const profile = choice('profile', values.profile, PROFILES, 'hardened');
  try {
    return { profile, k8sVersion: parseVersion(values['k8s-version'] ?? 'latest') };
  } catch (e) {
    throw new UsageError(`--k8s-version: ${(e as Error).message}`);
  }
}
