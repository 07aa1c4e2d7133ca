// Kubernetes objects for the pack's tests: a pod spec placed in each pod-bearing kind the pack covers.
type Obj = Record<string, unknown>;
export type Workload = Obj & { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } };

export const KINDS = [
  { apiVersion: 'v1', kind: 'Pod' },
  { apiVersion: 'v1', kind: 'PodTemplate' },
  { apiVersion: 'v1', kind: 'ReplicationController' },
  { apiVersion: 'apps/v1', kind: 'Deployment' },
  { apiVersion: 'apps/v1', kind: 'StatefulSet' },
  { apiVersion: 'apps/v1', kind: 'DaemonSet' },
  { apiVersion: 'apps/v1', kind: 'ReplicaSet' },
  { apiVersion: 'batch/v1', kind: 'Job' },
  { apiVersion: 'batch/v1', kind: 'CronJob' },
] as const;

export type Kind = (typeof KINDS)[number]['kind'];

const labels = { app: 'web' };

/** `spec` as the pod spec of a `kind`, with pod metadata (annotations) beside it where the kind keeps it. */
export function workload(kind: Kind, name: string, spec: Obj, podMetadata: Obj = {}): Workload {
  const { apiVersion } = KINDS.find((k) => k.kind === kind)!;
  const metadata = { name, namespace: 'shop' };
  const template = { metadata: { labels, ...podMetadata }, spec };
  switch (kind) {
    case 'Pod':
      return { apiVersion, kind, metadata: { ...metadata, ...podMetadata }, spec };
    case 'PodTemplate':
      return { apiVersion, kind, metadata, template };
    case 'CronJob':
      return { apiVersion, kind, metadata, spec: { schedule: '0 3 * * *', jobTemplate: { spec: { template } } } };
    case 'Job':
    case 'ReplicationController':
      return { apiVersion, kind, metadata, spec: { template } };
    default:
      return { apiVersion, kind, metadata, spec: { selector: { matchLabels: labels }, template } };
  }
}

const hardenedContext = { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } };

/** A pod spec with no finding under hardened. */
export function hardenedSpec(container: Obj = {}, spec: Obj = {}): Obj {
  return {
    automountServiceAccountToken: false,
    securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 3000, seccompProfile: { type: 'RuntimeDefault' } },
    ...spec,
    containers: [{ name: 'app', image: 'registry.example/app:1.0', ...container, securityContext: { ...hardenedContext, ...(container.securityContext as Obj) } }],
  };
}

/** The hardened pod spec with one privileged container. */
export const privilegedSpec = () => hardenedSpec({ securityContext: { privileged: true } });
