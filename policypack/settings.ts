// The profile and Kubernetes version a policy evaluates under. The engine hands each policy only its own config: the
// policy-pack config file's "all" entry sets every policy's enforcement level, but no policy can read its other
// values. A value meant for every policy is read from the stack's config instead (podguard:profile,
// podguard:k8sVersion), which policy packs read like programs do (pulumi.Config; the engine passes it in PULUMI_CONFIG).
// A policy's own config wins over the stack's.
import { Config } from '@pulumi/pulumi';
import type { PolicyConfigSchema } from '@pulumi/policy';
import { PROFILES, type Profile } from '../src/engine/rule.js';
import { parseVersion, type K8sVersion } from '../src/engine/version.js';

/** What a policy's config (or the stack's podguard:* config) may set. */
export interface PackSettings {
  profile?: string;
  k8sVersion?: string;
}

export interface Settings {
  profile: Profile;
  version: K8sVersion;
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

/** A configuration mistake: reported as one line, since the SDK would otherwise send the engine a stack trace. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(`podguard: ${message}`);
    this.stack = this.message;
  }
}

let stackWide: PackSettings | undefined;
function stackSettings(): PackSettings {
  if (!stackWide) {
    const config = new Config('podguard');
    stackWide = { profile: config.get('profile'), k8sVersion: config.get('k8sVersion') };
  }
  return stackWide;
}

export function resolveSettings(own: PackSettings): Settings {
  const shared = stackSettings();
  const profile = own.profile ?? shared.profile ?? 'hardened';
  const where = (key: keyof PackSettings) => (own[key] !== undefined ? 'the policy config' : 'the stack config podguard:' + key);
  if (!(PROFILES as readonly string[]).includes(profile)) {
    throw new SettingsError(`profile "${profile}" from ${where('profile')} is not one of ${PROFILES.join(', ')}`);
  }
  const k8sVersion = own.k8sVersion ?? shared.k8sVersion ?? 'latest';
  try {
    return { profile: profile as Profile, version: parseVersion(String(k8sVersion)) };
  } catch (e) {
    throw new SettingsError(`k8sVersion from ${where('k8sVersion')}: ${(e as Error).message}`);
  }
}
