import type { ApiObjectMetadata } from 'cdk8s';
import type { Construct } from 'constructs';
import type { CronJobSpec, DaemonSetSpec, DeploymentSpec, JobSpec, StatefulSetSpec } from './k8s-types.js';
import { type JsonObject } from './manifest.js';
import { SecurePodObject, type PodSecurityProps } from './secure-pod.js';
/** Props of SecureDeployment: KubeDeployment's props plus podSecurity. */
export interface SecureDeploymentProps extends PodSecurityProps {
    /** The Deployment's metadata. @default a name generated from the construct path */
    readonly metadata?: ApiObjectMetadata;
    /** The Deployment's spec, in L1 spelling; selector and template labels are filled when missing. @default an empty template */
    readonly spec?: DeploymentSpec;
}
/** An apps/v1 Deployment: a drop-in for KubeDeployment whose pod template gets the defaults of defaults.ts. */
export declare class SecureDeployment extends SecurePodObject {
    protected readonly podSpecPath: string[];
    constructor(scope: Construct, id: string, props?: SecureDeploymentProps);
    protected completeSpec(spec: JsonObject): void;
}
/** Props of SecureStatefulSet: KubeStatefulSet's props plus podSecurity. */
export interface SecureStatefulSetProps extends PodSecurityProps {
    /** The StatefulSet's metadata. @default a name generated from the construct path */
    readonly metadata?: ApiObjectMetadata;
    /** The StatefulSet's spec, in L1 spelling; selector and template labels are filled when missing. @default an empty template */
    readonly spec?: StatefulSetSpec;
}
/** An apps/v1 StatefulSet: a drop-in for KubeStatefulSet whose pod template gets the defaults of defaults.ts. */
export declare class SecureStatefulSet extends SecurePodObject {
    protected readonly podSpecPath: string[];
    constructor(scope: Construct, id: string, props?: SecureStatefulSetProps);
    protected completeSpec(spec: JsonObject): void;
}
/** Props of SecureDaemonSet: KubeDaemonSet's props plus podSecurity. */
export interface SecureDaemonSetProps extends PodSecurityProps {
    /** The DaemonSet's metadata. @default a name generated from the construct path */
    readonly metadata?: ApiObjectMetadata;
    /** The DaemonSet's spec, in L1 spelling; selector and template labels are filled when missing. @default an empty template */
    readonly spec?: DaemonSetSpec;
}
/** An apps/v1 DaemonSet: a drop-in for KubeDaemonSet whose pod template gets the defaults of defaults.ts. */
export declare class SecureDaemonSet extends SecurePodObject {
    protected readonly podSpecPath: string[];
    constructor(scope: Construct, id: string, props?: SecureDaemonSetProps);
    protected completeSpec(spec: JsonObject): void;
}
/** Props of SecureJob: KubeJob's props plus podSecurity. */
export interface SecureJobProps extends PodSecurityProps {
    /** The Job's metadata. @default a name generated from the construct path */
    readonly metadata?: ApiObjectMetadata;
    /** The Job's spec, in L1 spelling; the API server generates its selector. @default an empty template */
    readonly spec?: JobSpec;
}
/** A batch/v1 Job: a drop-in for KubeJob whose pod template gets the defaults of defaults.ts. */
export declare class SecureJob extends SecurePodObject {
    protected readonly podSpecPath: string[];
    constructor(scope: Construct, id: string, props?: SecureJobProps);
}
/** Props of SecureCronJob: KubeCronJob's props plus podSecurity. */
export interface SecureCronJobProps extends PodSecurityProps {
    /** The CronJob's metadata. @default a name generated from the construct path */
    readonly metadata?: ApiObjectMetadata;
    /** The CronJob's spec, in L1 spelling (schedule and jobTemplate). @default an empty job template */
    readonly spec?: CronJobSpec;
}
/** A batch/v1 CronJob: a drop-in for KubeCronJob whose jobs' pod template gets the defaults of defaults.ts. */
export declare class SecureCronJob extends SecurePodObject {
    protected readonly podSpecPath: string[];
    constructor(scope: Construct, id: string, props?: SecureCronJobProps);
}
