// The explicit list of rules; the registry derives every profile from their metadata.
import type { AnyRule } from '../engine/rule.js';
import allowPrivilegeEscalation from './allow-privilege-escalation.js';
import appArmorProfile from './app-armor-profile.js';
import automountServiceAccountToken from './automount-service-account-token.js';
import capabilitiesBaseline from './capabilities-baseline.js';
import capabilitiesRestricted from './capabilities-restricted.js';
import explicitRunAsGroup from './explicit-run-as-group.js';
import explicitRunAsUser from './explicit-run-as-user.js';
import hostNamespaces from './host-namespaces.js';
import hostPathVolumes from './host-path-volumes.js';
import hostPorts from './host-ports.js';
import hostProbesAndHostLifecycle from './host-probes-and-host-lifecycle.js';
import expiredSuppression from './expired-suppression.js';
import invalidField from './invalid-field.js';
import invalidSuppression from './invalid-suppression.js';
import invalidYaml from './invalid-yaml.js';
import misplacedField from './misplaced-field.js';
import privileged from './privileged.js';
import procMount from './proc-mount.js';
import procMountRestricted from './proc-mount-restricted.js';
import readOnlyRootFilesystem from './read-only-root-filesystem.js';
import restrictedVolumes from './restricted-volumes.js';
import rootGroup from './root-group.js';
import runAsNonRoot from './run-as-non-root.js';
import runAsUser from './run-as-user.js';
import seLinuxOptions from './se-linux-options.js';
import seccompProfileBaseline from './seccomp-profile-baseline.js';
import seccompProfileRestricted from './seccomp-profile-restricted.js';
import shareProcessNamespace from './share-process-namespace.js';
import unusedSuppression from './unused-suppression.js';
import sysctls from './sysctls.js';
import windowsHostProcess from './windows-host-process.js';

export const RULES: readonly AnyRule[] = [
  // Pod Security Standards, baseline
  appArmorProfile,
  capabilitiesBaseline,
  hostNamespaces,
  hostPathVolumes,
  hostPorts,
  hostProbesAndHostLifecycle,
  privileged,
  procMount,
  seLinuxOptions,
  seccompProfileBaseline,
  sysctls,
  windowsHostProcess,
  // Pod Security Standards, restricted
  allowPrivilegeEscalation,
  capabilitiesRestricted,
  procMountRestricted,
  restrictedVolumes,
  runAsNonRoot,
  runAsUser,
  seccompProfileRestricted,
  // Hardening beyond the standards
  automountServiceAccountToken,
  explicitRunAsGroup,
  explicitRunAsUser,
  misplacedField,
  readOnlyRootFilesystem,
  rootGroup,
  shareProcessNamespace,
  // Emitted by the engine
  invalidField,
  invalidYaml,
  invalidSuppression,
  expiredSuppression,
  unusedSuppression,
];
