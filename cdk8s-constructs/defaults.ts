// The values the Secure* constructs fill in where the props leave a field unset; the one place they are written. The
// IDs and the profile are podguard's own (src/engine/defaults.ts), the same that podguard fix writes.
import { DEFAULT_PROFILE as ENGINE_DEFAULT_PROFILE, SECURE_IDS } from '../src/engine/defaults.js';
// Keys are Kubernetes manifest field names. Defaults are applied to the rendered manifest, so an explicit value in
// either spelling (the L1 `hostPid` or a patched-in `hostPID`) counts as set and is kept.

/**
 * The pod-level securityContext of a Linux pod: non-root with podguard's secure IDs (65532, the "nonroot" user and
 * group of distroless images, for runAsUser, runAsGroup and fsGroup) plus the runtime's default seccomp profile.
 *
 * The fields a container inherits (runAsNonRoot, runAsUser, runAsGroup, seccompProfile) are defaulted here only, never
 * in containers: a container default would silently override an explicit pod-level value.
 */
export const DEFAULT_POD_SECURITY_CONTEXT = {
  runAsNonRoot: true,
  runAsUser: SECURE_IDS.runAsUser,
  runAsGroup: SECURE_IDS.runAsGroup,
  fsGroup: SECURE_IDS.fsGroup,
  seccompProfile: { type: 'RuntimeDefault' },
} as const;

/**
 * The securityContext of every container (init, regular and ephemeral) of a Linux pod. `allowPrivilegeEscalation`
 * is left unset in a container that sets `privileged: true` or adds `SYS_ADMIN`, a pair the API server rejects.
 */
export const DEFAULT_CONTAINER_SECURITY_CONTEXT = {
  allowPrivilegeEscalation: false,
  privileged: false,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ['ALL'] },
} as const;

/** Pod spec fields outside securityContext: no host namespaces, and no API token unless the pod asks for one. */
export const DEFAULT_POD_SPEC = {
  hostNetwork: false,
  hostPID: false,
  hostIPC: false,
  automountServiceAccountToken: false,
} as const;

/**
 * A writable scratch directory: an emptyDir mounted at `mountPath` in each container whose root file system is
 * read-only and that mounts nothing there itself. The volume takes `name`, or `name-2`, `name-3`... when taken.
 */
export const DEFAULT_TMP_VOLUME = {
  name: 'tmp',
  mountPath: '/tmp',
} as const;

/**
 * What a Windows pod (`spec.os.name: windows`) gets from DEFAULT_POD_SECURITY_CONTEXT: the API server rejects the
 * Linux-only fields (UIDs, GIDs, seccomp, capabilities, read-only root) in Windows pods, and PSA skips those checks.
 */
export const DEFAULT_WINDOWS_POD_SECURITY_CONTEXT = {
  runAsNonRoot: true,
} as const;

/**
 * The label key of the selector a Deployment, StatefulSet or DaemonSet gets when its props give none; the value is the
 * construct's address (node.addr), unique in the app. Give spec.selector yourself for a selector that survives moving
 * the construct in the tree (selectors are immutable).
 */
export const DEFAULT_SELECTOR_LABEL = 'podguard-cdk8s/workload';

/** The validation profile of a Secure* construct and of PodSecurityValidation. */
export const DEFAULT_PROFILE = ENGINE_DEFAULT_PROFILE;
