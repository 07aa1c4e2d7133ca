// The package's public surface: secure drop-ins for the L1 pod-bearing kinds, the scope-wide validation, the defaults
// they apply and the L1 prop types they take.
export { SecurePod, type PodSecurityProps, type SecurePodProps } from './secure-pod.js';
export {
  SecureCronJob,
  SecureDaemonSet,
  SecureDeployment,
  SecureJob,
  SecureStatefulSet,
  type SecureCronJobProps,
  type SecureDaemonSetProps,
  type SecureDeploymentProps,
  type SecureJobProps,
  type SecureStatefulSetProps,
} from './workloads.js';
export { PodSecurityValidation } from './validation.js';
export type { PodSecurityCustomResource, PodSecurityExemption, PodSecurityLevel, PodSecurityOptions, PodSecurityProfile, PodSecurityRuleSetting } from './settings.js';
export * from './defaults.js';
export type * from './k8s-types.js';
