// The defaults every surface shares, written once.
import type { Profile } from './rule.js';

/** The profile when none is chosen: restricted plus podguard's hardening rules. */
export const DEFAULT_PROFILE: Profile = 'hardened';

/**
 * The IDs a secure pod runs with when nothing else is chosen: what `podguard fix` writes when no UID or GID is set,
 * what the policy pack's remediation writes, and what the cdk8s constructs default to. 65532 is the "nonroot" user
 * and group of distroless and Chainguard images, so images built for non-root use it already; it is far from the
 * low IDs that hosts assign to real users and daemons, and it is not 0 (root) for user, group or fsGroup.
 */
export const SECURE_IDS = {
  runAsUser: 65532,
  runAsGroup: 65532,
  fsGroup: 65532,
} as const;

/** Values the fixes write when a field needs a concrete value the manifest does not give (configurable). */
export const FIX_DEFAULTS: { runAsUser: number; runAsGroup: number } = {
  runAsUser: SECURE_IDS.runAsUser,
  runAsGroup: SECURE_IDS.runAsGroup,
};
