// The workload kinds: the same defaults as SecurePod for the pod template, plus the selector and template labels the
// API requires of Deployments, StatefulSets and DaemonSets when the props leave them out.
import type { ApiObjectMetadata } from 'cdk8s';
import type { Construct } from 'constructs';
import type { CronJobSpec, DaemonSetSpec, DeploymentSpec, JobSpec, StatefulSetSpec } from './k8s-types.js';
import { CRON_JOB_SPEC, DAEMON_SET_SPEC, DEPLOYMENT_SPEC, isObject, JOB_SPEC, STATEFUL_SET_SPEC, type JsonObject } from './manifest.js';
import { DEFAULT_SELECTOR_LABEL } from './defaults.js';
import { objectAt, SecurePodObject, type PodSecurityProps } from './secure-pod.js';

const TEMPLATE_SPEC = ['template', 'spec'];

/** Props of SecureDeployment: KubeDeployment's props plus podSecurity. */
export interface SecureDeploymentProps extends PodSecurityProps {
  /** The Deployment's metadata. @default a name generated from the construct path */
  readonly metadata?: ApiObjectMetadata;
  /** The Deployment's spec, in L1 spelling; selector and template labels are filled when missing. @default an empty template */
  readonly spec?: DeploymentSpec;
}

/** An apps/v1 Deployment: a drop-in for KubeDeployment whose pod template gets the defaults of defaults.ts. */
export class SecureDeployment extends SecurePodObject {
  protected readonly podSpecPath = TEMPLATE_SPEC;

  public constructor(scope: Construct, id: string, props: SecureDeploymentProps = {}) {
    super(scope, id, { apiVersion: 'apps/v1', kind: 'Deployment' }, DEPLOYMENT_SPEC, props);
  }

  protected override completeSpec(spec: JsonObject): void {
    selectTemplate(spec, this.node.addr);
  }
}

/** Props of SecureStatefulSet: KubeStatefulSet's props plus podSecurity. */
export interface SecureStatefulSetProps extends PodSecurityProps {
  /** The StatefulSet's metadata. @default a name generated from the construct path */
  readonly metadata?: ApiObjectMetadata;
  /** The StatefulSet's spec, in L1 spelling; selector and template labels are filled when missing. @default an empty template */
  readonly spec?: StatefulSetSpec;
}

/** An apps/v1 StatefulSet: a drop-in for KubeStatefulSet whose pod template gets the defaults of defaults.ts. */
export class SecureStatefulSet extends SecurePodObject {
  protected readonly podSpecPath = TEMPLATE_SPEC;

  public constructor(scope: Construct, id: string, props: SecureStatefulSetProps = {}) {
    super(scope, id, { apiVersion: 'apps/v1', kind: 'StatefulSet' }, STATEFUL_SET_SPEC, props);
  }

  protected override completeSpec(spec: JsonObject): void {
    selectTemplate(spec, this.node.addr);
  }
}

/** Props of SecureDaemonSet: KubeDaemonSet's props plus podSecurity. */
export interface SecureDaemonSetProps extends PodSecurityProps {
  /** The DaemonSet's metadata. @default a name generated from the construct path */
  readonly metadata?: ApiObjectMetadata;
  /** The DaemonSet's spec, in L1 spelling; selector and template labels are filled when missing. @default an empty template */
  readonly spec?: DaemonSetSpec;
}

/** An apps/v1 DaemonSet: a drop-in for KubeDaemonSet whose pod template gets the defaults of defaults.ts. */
export class SecureDaemonSet extends SecurePodObject {
  protected readonly podSpecPath = TEMPLATE_SPEC;

  public constructor(scope: Construct, id: string, props: SecureDaemonSetProps = {}) {
    super(scope, id, { apiVersion: 'apps/v1', kind: 'DaemonSet' }, DAEMON_SET_SPEC, props);
  }

  protected override completeSpec(spec: JsonObject): void {
    selectTemplate(spec, this.node.addr);
  }
}

/** Props of SecureJob: KubeJob's props plus podSecurity. */
export interface SecureJobProps extends PodSecurityProps {
  /** The Job's metadata. @default a name generated from the construct path */
  readonly metadata?: ApiObjectMetadata;
  /** The Job's spec, in L1 spelling; the API server generates its selector. @default an empty template */
  readonly spec?: JobSpec;
}

/** A batch/v1 Job: a drop-in for KubeJob whose pod template gets the defaults of defaults.ts. */
export class SecureJob extends SecurePodObject {
  protected readonly podSpecPath = TEMPLATE_SPEC;

  public constructor(scope: Construct, id: string, props: SecureJobProps = {}) {
    super(scope, id, { apiVersion: 'batch/v1', kind: 'Job' }, JOB_SPEC, props);
  }
}

/** Props of SecureCronJob: KubeCronJob's props plus podSecurity. */
export interface SecureCronJobProps extends PodSecurityProps {
  /** The CronJob's metadata. @default a name generated from the construct path */
  readonly metadata?: ApiObjectMetadata;
  /** The CronJob's spec, in L1 spelling (schedule and jobTemplate). @default an empty job template */
  readonly spec?: CronJobSpec;
}

/** A batch/v1 CronJob: a drop-in for KubeCronJob whose jobs' pod template gets the defaults of defaults.ts. */
export class SecureCronJob extends SecurePodObject {
  protected readonly podSpecPath = ['jobTemplate', 'spec', 'template', 'spec'];

  public constructor(scope: Construct, id: string, props: SecureCronJobProps = {}) {
    super(scope, id, { apiVersion: 'batch/v1', kind: 'CronJob' }, CRON_JOB_SPEC, props);
  }
}

/**
 * Gives a workload the selector and template labels the API requires. A missing selector becomes a label of its own
 * (added to the template's labels), so that later changes to the template's labels never touch the immutable selector;
 * a given selector's matchLabels are added to the template's labels where missing.
 */
function selectTemplate(spec: JsonObject, address: string): void {
  const metadata = objectAt(spec, ['template', 'metadata']);
  const labels = isObject(metadata.labels) ? metadata.labels : {};
  if (spec.selector === undefined) spec.selector = { matchLabels: { [DEFAULT_SELECTOR_LABEL]: address } };
  const matchLabels = isObject(spec.selector) && isObject(spec.selector.matchLabels) ? spec.selector.matchLabels : {};
  const merged = { ...labels };
  for (const [key, value] of Object.entries(matchLabels)) if (merged[key] === undefined) merged[key] = value;
  if (Object.keys(merged).length > 0 && (metadata.labels === undefined || isObject(metadata.labels))) metadata.labels = merged;
}
