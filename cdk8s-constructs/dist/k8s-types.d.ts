import type { ApiObjectMetadata } from 'cdk8s';
/** A quantity such as "500m" or "1Gi": the generated `Quantity` class, or its plain value. */
export type QuantityLike = string | number | {
    readonly value: string | number;
};
/** A port number or name: the generated `IntOrString` class, or its plain value. */
export type IntOrStringLike = string | number | {
    readonly value: string | number;
};
/** Metadata of a pod or job template. */
export interface ObjectMeta {
    /** Labels; a workload's selector must match its template's labels. */
    readonly labels?: {
        readonly [key: string]: string;
    };
    /** Annotations. */
    readonly annotations?: {
        readonly [key: string]: string;
    };
    /** Name (rarely set on templates). */
    readonly name?: string;
    /** Namespace (rarely set on templates). */
    readonly namespace?: string;
    /** Prefix for a generated name. */
    readonly generateName?: string;
    /** Finalizers. */
    readonly finalizers?: string[];
    /** Owner references, passed through unchanged. */
    readonly ownerReferences?: object[];
}
/** A label query over pods. */
export interface LabelSelector {
    /** Labels a pod must carry. */
    readonly matchLabels?: {
        readonly [key: string]: string;
    };
    /** Set-based requirements a pod must meet. */
    readonly matchExpressions?: LabelSelectorRequirement[];
}
/** One set-based label requirement. */
export interface LabelSelectorRequirement {
    /** The label key. */
    readonly key: string;
    /** In, NotIn, Exists or DoesNotExist. */
    readonly operator: string;
    /** Values for In and NotIn. */
    readonly values?: string[];
}
/**
 * The pod's security settings. Unset fields of a Linux pod get DEFAULT_POD_SECURITY_CONTEXT; a Windows pod gets
 * DEFAULT_WINDOWS_POD_SECURITY_CONTEXT.
 */
export interface PodSecurityContext {
    /** Refuse to start a container whose user is root. @default true (DEFAULT_POD_SECURITY_CONTEXT) */
    readonly runAsNonRoot?: boolean;
    /** UID of every container's process, unless the container sets its own. @default 1000 (DEFAULT_POD_SECURITY_CONTEXT) */
    readonly runAsUser?: number;
    /** Primary GID of every container's process, unless the container sets its own. @default 3000 (DEFAULT_POD_SECURITY_CONTEXT) */
    readonly runAsGroup?: number;
    /** GID that owns the pod's volumes. @default 2000 (DEFAULT_POD_SECURITY_CONTEXT) */
    readonly fsGroup?: number;
    /** When volume ownership is changed to fsGroup (OnRootMismatch or Always). */
    readonly fsGroupChangePolicy?: string;
    /** Seccomp profile of every container, unless the container sets its own. @default { type: "RuntimeDefault" } (DEFAULT_POD_SECURITY_CONTEXT) */
    readonly seccompProfile?: SeccompProfile;
    /** AppArmor profile of every container, unless the container sets its own. */
    readonly appArmorProfile?: AppArmorProfile;
    /** SELinux context of every container, unless the container sets its own. */
    readonly seLinuxOptions?: SeLinuxOptions;
    /** How SELinux labels are applied to volumes (Recursive or MountOption). */
    readonly seLinuxChangePolicy?: string;
    /** Further GIDs of every container's first process. */
    readonly supplementalGroups?: number[];
    /** Whether the image's groups are merged into supplementalGroups (Merge or Strict). */
    readonly supplementalGroupsPolicy?: string;
    /** Namespaced kernel parameters. */
    readonly sysctls?: Sysctl[];
    /** Windows-specific settings of every container. */
    readonly windowsOptions?: WindowsSecurityContextOptions;
}
/**
 * A container's security settings. Unset fields of a container in a Linux pod get DEFAULT_CONTAINER_SECURITY_CONTEXT.
 */
export interface SecurityContext {
    /** Whether a process may gain more privileges than its parent (setuid, file capabilities). @default false (DEFAULT_CONTAINER_SECURITY_CONTEXT) */
    readonly allowPrivilegeEscalation?: boolean;
    /** Whether the container runs privileged, with every capability and the host's devices. @default false (DEFAULT_CONTAINER_SECURITY_CONTEXT) */
    readonly privileged?: boolean;
    /** Whether the container's root file system is read-only. @default true (DEFAULT_CONTAINER_SECURITY_CONTEXT) */
    readonly readOnlyRootFilesystem?: boolean;
    /** Capabilities to add to and drop from the runtime's default set. @default { drop: ["ALL"] } (DEFAULT_CONTAINER_SECURITY_CONTEXT) */
    readonly capabilities?: Capabilities;
    /** Refuse to start the container if its user is root. @default the pod's value */
    readonly runAsNonRoot?: boolean;
    /** UID of the container's process. @default the pod's value */
    readonly runAsUser?: number;
    /** Primary GID of the container's process. @default the pod's value */
    readonly runAsGroup?: number;
    /** Seccomp profile of the container. @default the pod's value */
    readonly seccompProfile?: SeccompProfile;
    /** AppArmor profile of the container. @default the pod's value */
    readonly appArmorProfile?: AppArmorProfile;
    /** SELinux context of the container. @default the pod's value */
    readonly seLinuxOptions?: SeLinuxOptions;
    /** Windows-specific settings. @default the pod's value */
    readonly windowsOptions?: WindowsSecurityContextOptions;
    /** Which /proc the container sees (Default or Unmasked). */
    readonly procMount?: string;
}
/** Capabilities added to and dropped from the container runtime's default set. */
export interface Capabilities {
    /** Capabilities to add, upper case without the CAP_ prefix. */
    readonly add?: string[];
    /** Capabilities to drop; "ALL" drops every one. @default ["ALL"] when capabilities is set without drop */
    readonly drop?: string[];
}
/** A seccomp profile. */
export interface SeccompProfile {
    /** RuntimeDefault, Localhost or Unconfined. */
    readonly type: string;
    /** Path of a Localhost profile, relative to the kubelet's seccomp directory. */
    readonly localhostProfile?: string;
}
/** An AppArmor profile. */
export interface AppArmorProfile {
    /** RuntimeDefault, Localhost or Unconfined. */
    readonly type: string;
    /** Name of a Localhost profile loaded on the node. */
    readonly localhostProfile?: string;
}
/** An SELinux context. */
export interface SeLinuxOptions {
    /** SELinux level. */
    readonly level?: string;
    /** SELinux role. */
    readonly role?: string;
    /** SELinux type. */
    readonly type?: string;
    /** SELinux user. */
    readonly user?: string;
}
/** Windows-specific security settings. */
export interface WindowsSecurityContextOptions {
    /** Inlined GMSA credential spec. */
    readonly gmsaCredentialSpec?: string;
    /** Name of the GMSA credential spec resource. */
    readonly gmsaCredentialSpecName?: string;
    /** Whether the container runs as a HostProcess container. */
    readonly hostProcess?: boolean;
    /** User name the container's entrypoint runs as. */
    readonly runAsUserName?: string;
}
/** A kernel parameter. */
export interface Sysctl {
    /** Parameter name in dotted form. */
    readonly name: string;
    /** Parameter value. */
    readonly value: string;
}
/** The pod's operating system. */
export interface PodOs {
    /** linux or windows. */
    readonly name: string;
}
/** A reference to an object in the same namespace. */
export interface LocalObjectReference {
    /** The object's name. */
    readonly name?: string;
}
/** Compute resources of a container or of the pod. */
export interface ResourceRequirements {
    /** Resource claims (dynamic resource allocation), passed through unchanged. */
    readonly claims?: object[];
    /** Upper bounds, by resource name. */
    readonly limits?: {
        readonly [resource: string]: QuantityLike;
    };
    /** Amounts reserved for scheduling, by resource name. */
    readonly requests?: {
        readonly [resource: string]: QuantityLike;
    };
}
/** A port the container listens on. */
export interface ContainerPort {
    /** Port number inside the container. */
    readonly containerPort: number;
    /** Node IP to bind hostPort to (manifest: hostIP). */
    readonly hostIp?: string;
    /** Port on the node; avoid it, a Service reaches the pod without one. */
    readonly hostPort?: number;
    /** Port name, unique in the pod. */
    readonly name?: string;
    /** TCP, UDP or SCTP. */
    readonly protocol?: string;
}
/** An environment variable. */
export interface EnvVar {
    /** Variable name. */
    readonly name: string;
    /** Literal value. */
    readonly value?: string;
    /** Where the value comes from. */
    readonly valueFrom?: EnvVarSource;
}
/** The source of an environment variable's value. */
export interface EnvVarSource {
    /** A key of a ConfigMap, passed through unchanged. */
    readonly configMapKeyRef?: object;
    /** A field of the pod, passed through unchanged. */
    readonly fieldRef?: object;
    /** A resource limit or request of a container. */
    readonly resourceFieldRef?: ResourceFieldSelector;
    /** A key of a Secret, passed through unchanged. */
    readonly secretKeyRef?: object;
}
/** A container's resource limit or request. */
export interface ResourceFieldSelector {
    /** The container, for volumes. */
    readonly containerName?: string;
    /** Unit the value is expressed in. */
    readonly divisor?: QuantityLike;
    /** The resource, e.g. limits.cpu. */
    readonly resource: string;
}
/** A check of the container's health. */
export interface Probe {
    /** Command run in the container, passed through unchanged. */
    readonly exec?: object;
    /** Consecutive failures before the probe counts as failed. */
    readonly failureThreshold?: number;
    /** gRPC health check, passed through unchanged. */
    readonly grpc?: object;
    /** HTTP GET against the pod. */
    readonly httpGet?: HttpGetAction;
    /** Seconds after start before the first probe. */
    readonly initialDelaySeconds?: number;
    /** Seconds between probes. */
    readonly periodSeconds?: number;
    /** Consecutive successes before the probe counts as passed. */
    readonly successThreshold?: number;
    /** TCP connection to the pod. */
    readonly tcpSocket?: TcpSocketAction;
    /** Grace period when the probe fails. */
    readonly terminationGracePeriodSeconds?: number;
    /** Seconds before a probe times out. */
    readonly timeoutSeconds?: number;
}
/** An HTTP GET request. */
export interface HttpGetAction {
    /** Host to connect to; leave unset to target the pod (setting it is a baseline violation from 1.34). */
    readonly host?: string;
    /** Request headers, passed through unchanged. */
    readonly httpHeaders?: object[];
    /** Request path. */
    readonly path?: string;
    /** Port number or name. */
    readonly port: IntOrStringLike;
    /** HTTP or HTTPS. */
    readonly scheme?: string;
}
/** A TCP connection. */
export interface TcpSocketAction {
    /** Host to connect to; leave unset to target the pod (setting it is a baseline violation from 1.34). */
    readonly host?: string;
    /** Port number or name. */
    readonly port: IntOrStringLike;
}
/** Hooks run after a container starts and before it stops. */
export interface Lifecycle {
    /** Run right after the container starts. */
    readonly postStart?: LifecycleHandler;
    /** Run before the container is stopped. */
    readonly preStop?: LifecycleHandler;
    /** Signal that stops the container. */
    readonly stopSignal?: string;
}
/** One lifecycle hook. */
export interface LifecycleHandler {
    /** Command run in the container, passed through unchanged. */
    readonly exec?: object;
    /** HTTP GET against the pod. */
    readonly httpGet?: HttpGetAction;
    /** A pause, passed through unchanged. */
    readonly sleep?: object;
    /** TCP connection to the pod. */
    readonly tcpSocket?: TcpSocketAction;
}
/** A volume mounted into a container. */
export interface VolumeMount {
    /** Path inside the container. */
    readonly mountPath: string;
    /** How mounts propagate between host and container. */
    readonly mountPropagation?: string;
    /** The pod volume's name. */
    readonly name: string;
    /** Whether the mount is read-only. */
    readonly readOnly?: boolean;
    /** Whether read-only applies to submounts too. */
    readonly recursiveReadOnly?: string;
    /** Path within the volume to mount. */
    readonly subPath?: string;
    /** subPath with $(VAR) references expanded. */
    readonly subPathExpr?: string;
}
/**
 * A container. Unset securityContext fields of a container in a Linux pod get DEFAULT_CONTAINER_SECURITY_CONTEXT.
 */
export interface Container {
    /** Container name, unique in the pod. */
    readonly name: string;
    /** Image reference. */
    readonly image?: string;
    /** Always, Never or IfNotPresent. */
    readonly imagePullPolicy?: string;
    /** Arguments to the entrypoint. */
    readonly args?: string[];
    /** Entrypoint, replacing the image's. */
    readonly command?: string[];
    /** Environment variables. */
    readonly env?: EnvVar[];
    /** Environment variables from ConfigMaps and Secrets, passed through unchanged. */
    readonly envFrom?: object[];
    /** Lifecycle hooks. */
    readonly lifecycle?: Lifecycle;
    /** Restarts the container when it fails. */
    readonly livenessProbe?: Probe;
    /** Takes the pod out of Service endpoints when it fails. */
    readonly readinessProbe?: Probe;
    /** Holds back the other probes until it passes. */
    readonly startupProbe?: Probe;
    /** Ports the container listens on. */
    readonly ports?: ContainerPort[];
    /** How resources are resized in place, passed through unchanged. */
    readonly resizePolicy?: object[];
    /** Compute resources. */
    readonly resources?: ResourceRequirements;
    /** Always, for an init container that keeps running (a sidecar). */
    readonly restartPolicy?: string;
    /** Security settings. @default DEFAULT_CONTAINER_SECURITY_CONTEXT, field by field */
    readonly securityContext?: SecurityContext;
    /** Whether stdin is open. */
    readonly stdin?: boolean;
    /** Whether stdin closes after the first attach. */
    readonly stdinOnce?: boolean;
    /** File the termination message is read from. */
    readonly terminationMessagePath?: string;
    /** File or FallbackToLogsOnError. */
    readonly terminationMessagePolicy?: string;
    /** Whether a TTY is allocated. */
    readonly tty?: boolean;
    /** Raw block devices, passed through unchanged. */
    readonly volumeDevices?: object[];
    /** Volumes to mount. @default an emptyDir at /tmp (DEFAULT_TMP_VOLUME) when the root file system is read-only */
    readonly volumeMounts?: VolumeMount[];
    /** Working directory. */
    readonly workingDir?: string;
}
/** A debugging container added to a running pod. */
export interface EphemeralContainer extends Container {
    /** The container whose namespaces it joins. */
    readonly targetContainerName?: string;
}
/** An emptyDir volume. */
export interface EmptyDirVolumeSource {
    /** "" (node disk) or Memory. */
    readonly medium?: string;
    /** Upper bound of its size. */
    readonly sizeLimit?: QuantityLike;
}
/** A hostPath volume: a directory of the node (not allowed by the baseline profile). */
export interface HostPathVolumeSource {
    /** Path on the node. */
    readonly path: string;
    /** Expected type of the path. */
    readonly type?: string;
}
/** A volume with pod fields as files (manifest: downwardAPI). */
export interface DownwardApiVolumeSource {
    /** File mode bits. */
    readonly defaultMode?: number;
    /** The files. */
    readonly items?: DownwardApiVolumeFile[];
}
/** The downward API part of a projected volume (manifest: downwardAPI). */
export interface DownwardApiProjection {
    /** The files. */
    readonly items?: DownwardApiVolumeFile[];
}
/** One downward API file. */
export interface DownwardApiVolumeFile {
    /** A field of the pod, passed through unchanged. */
    readonly fieldRef?: object;
    /** File mode bits. */
    readonly mode?: number;
    /** Relative file path. */
    readonly path: string;
    /** A resource limit or request of a container. */
    readonly resourceFieldRef?: ResourceFieldSelector;
}
/** A volume combining several sources. */
export interface ProjectedVolumeSource {
    /** File mode bits. */
    readonly defaultMode?: number;
    /** The sources. */
    readonly sources?: VolumeProjection[];
}
/** One source of a projected volume. */
export interface VolumeProjection {
    /** A ClusterTrustBundle, passed through unchanged. */
    readonly clusterTrustBundle?: object;
    /** A ConfigMap, passed through unchanged. */
    readonly configMap?: object;
    /** Pod fields (manifest: downwardAPI). */
    readonly downwardApi?: DownwardApiProjection;
    /** A Secret, passed through unchanged. */
    readonly secret?: object;
    /** A service account token, passed through unchanged. */
    readonly serviceAccountToken?: object;
}
/** A per-pod volume claimed from a template. */
export interface EphemeralVolumeSource {
    /** The claim template. */
    readonly volumeClaimTemplate?: PersistentVolumeClaimTemplate;
}
/** A PersistentVolumeClaim template. */
export interface PersistentVolumeClaimTemplate {
    /** Claim metadata. */
    readonly metadata?: ObjectMeta;
    /** Claim spec. */
    readonly spec?: PersistentVolumeClaimSpec;
}
/** What a PersistentVolumeClaim asks for. */
export interface PersistentVolumeClaimSpec {
    /** Access modes such as ReadWriteOnce. */
    readonly accessModes?: string[];
    /** Source to populate the volume from, passed through unchanged. */
    readonly dataSource?: object;
    /** Source to populate the volume from, passed through unchanged. */
    readonly dataSourceRef?: object;
    /** Requested and maximum storage. */
    readonly resources?: VolumeResourceRequirements;
    /** Selects the volumes to bind. */
    readonly selector?: LabelSelector;
    /** StorageClass name. */
    readonly storageClassName?: string;
    /** VolumeAttributesClass name. */
    readonly volumeAttributesClassName?: string;
    /** Filesystem or Block. */
    readonly volumeMode?: string;
    /** Volume to bind. */
    readonly volumeName?: string;
}
/** Storage resources of a claim. */
export interface VolumeResourceRequirements {
    /** Upper bounds, by resource name. */
    readonly limits?: {
        readonly [resource: string]: QuantityLike;
    };
    /** Requested amounts, by resource name. */
    readonly requests?: {
        readonly [resource: string]: QuantityLike;
    };
}
/** An AWS EBS volume (deprecated in Kubernetes). */
export interface AwsElasticBlockStoreVolumeSource {
    /** Filesystem type. */
    readonly fsType?: string;
    /** Partition number. */
    readonly partition?: number;
    /** Whether it is mounted read-only. */
    readonly readOnly?: boolean;
    /** Volume ID (manifest: volumeID). */
    readonly volumeId: string;
}
/** An Azure data disk (deprecated in Kubernetes). */
export interface AzureDiskVolumeSource {
    /** Host caching mode. */
    readonly cachingMode?: string;
    /** Disk name. */
    readonly diskName: string;
    /** Disk URI (manifest: diskURI). */
    readonly diskUri: string;
    /** Filesystem type. */
    readonly fsType?: string;
    /** Disk kind. */
    readonly kind?: string;
    /** Whether it is mounted read-only. */
    readonly readOnly?: boolean;
}
/** A Cinder volume (deprecated in Kubernetes). */
export interface CinderVolumeSource {
    /** Filesystem type. */
    readonly fsType?: string;
    /** Whether it is mounted read-only. */
    readonly readOnly?: boolean;
    /** Secret with connection parameters. */
    readonly secretRef?: LocalObjectReference;
    /** Volume ID (manifest: volumeID). */
    readonly volumeId: string;
}
/** A Fibre Channel volume. */
export interface FcVolumeSource {
    /** Filesystem type. */
    readonly fsType?: string;
    /** Target LUN. */
    readonly lun?: number;
    /** Whether it is mounted read-only. */
    readonly readOnly?: boolean;
    /** Target world wide names (manifest: targetWWNs). */
    readonly targetWwNs?: string[];
    /** World wide identifiers. */
    readonly wwids?: string[];
}
/** A Flocker volume (deprecated in Kubernetes). */
export interface FlockerVolumeSource {
    /** Dataset name. */
    readonly datasetName?: string;
    /** Dataset UUID (manifest: datasetUUID). */
    readonly datasetUuid?: string;
}
/** A Photon persistent disk (deprecated in Kubernetes). */
export interface PhotonPersistentDiskVolumeSource {
    /** Filesystem type. */
    readonly fsType?: string;
    /** Disk ID (manifest: pdID). */
    readonly pdId: string;
}
/** A Portworx volume (deprecated in Kubernetes). */
export interface PortworxVolumeSource {
    /** Filesystem type. */
    readonly fsType?: string;
    /** Whether it is mounted read-only. */
    readonly readOnly?: boolean;
    /** Volume ID (manifest: volumeID). */
    readonly volumeId: string;
}
/** A vSphere volume (deprecated in Kubernetes). */
export interface VsphereVirtualDiskVolumeSource {
    /** Filesystem type. */
    readonly fsType?: string;
    /** Storage policy ID (manifest: storagePolicyID). */
    readonly storagePolicyId?: string;
    /** Storage policy name. */
    readonly storagePolicyName?: string;
    /** Path of the vmdk. */
    readonly volumePath: string;
}
/** A pod volume: a name and exactly one source. */
export interface Volume {
    /** Volume name, unique in the pod. */
    readonly name: string;
    /** Scratch space that lives as long as the pod. */
    readonly emptyDir?: EmptyDirVolumeSource;
    /** A ConfigMap's keys as files, passed through unchanged. */
    readonly configMap?: object;
    /** A Secret's keys as files, passed through unchanged. */
    readonly secret?: object;
    /** Several sources in one directory. */
    readonly projected?: ProjectedVolumeSource;
    /** Pod fields as files (manifest: downwardAPI). */
    readonly downwardApi?: DownwardApiVolumeSource;
    /** A claimed persistent volume, passed through unchanged. */
    readonly persistentVolumeClaim?: object;
    /** A per-pod claim. */
    readonly ephemeral?: EphemeralVolumeSource;
    /** A CSI volume, passed through unchanged. */
    readonly csi?: object;
    /** An OCI image's contents, passed through unchanged. */
    readonly image?: object;
    /** A directory of the node. */
    readonly hostPath?: HostPathVolumeSource;
    /** AWS EBS (deprecated). */
    readonly awsElasticBlockStore?: AwsElasticBlockStoreVolumeSource;
    /** Azure data disk (deprecated). */
    readonly azureDisk?: AzureDiskVolumeSource;
    /** Azure file share (deprecated), passed through unchanged. */
    readonly azureFile?: object;
    /** CephFS (deprecated), passed through unchanged. */
    readonly cephfs?: object;
    /** Cinder (deprecated). */
    readonly cinder?: CinderVolumeSource;
    /** Fibre Channel. */
    readonly fc?: FcVolumeSource;
    /** FlexVolume driver (deprecated), passed through unchanged. */
    readonly flexVolume?: object;
    /** Flocker (deprecated). */
    readonly flocker?: FlockerVolumeSource;
    /** GCE persistent disk (deprecated), passed through unchanged. */
    readonly gcePersistentDisk?: object;
    /** Git repository (deprecated), passed through unchanged. */
    readonly gitRepo?: object;
    /** GlusterFS (removed from Kubernetes), passed through unchanged. */
    readonly glusterfs?: object;
    /** iSCSI disk, passed through unchanged. */
    readonly iscsi?: object;
    /** NFS share, passed through unchanged. */
    readonly nfs?: object;
    /** Photon persistent disk (deprecated). */
    readonly photonPersistentDisk?: PhotonPersistentDiskVolumeSource;
    /** Portworx (deprecated). */
    readonly portworxVolume?: PortworxVolumeSource;
    /** Quobyte (deprecated), passed through unchanged. */
    readonly quobyte?: object;
    /** Ceph RBD (deprecated), passed through unchanged. */
    readonly rbd?: object;
    /** ScaleIO (deprecated; manifest: scaleIO), passed through unchanged. */
    readonly scaleIo?: object;
    /** StorageOS (deprecated), passed through unchanged. */
    readonly storageos?: object;
    /** vSphere volume (deprecated). */
    readonly vsphereVolume?: VsphereVirtualDiskVolumeSource;
}
/**
 * A pod's spec. Unset host namespaces and token mounting get DEFAULT_POD_SPEC; unset security fields get
 * DEFAULT_POD_SECURITY_CONTEXT and DEFAULT_CONTAINER_SECURITY_CONTEXT.
 */
export interface PodSpec {
    /** The pod's containers. */
    readonly containers: Container[];
    /** Containers that run to completion, in order, before the others start. */
    readonly initContainers?: Container[];
    /** Debugging containers. */
    readonly ephemeralContainers?: EphemeralContainer[];
    /** Pod-level security settings. @default DEFAULT_POD_SECURITY_CONTEXT, field by field */
    readonly securityContext?: PodSecurityContext;
    /** Whether a service-account token is mounted. @default false (DEFAULT_POD_SPEC) */
    readonly automountServiceAccountToken?: boolean;
    /** Whether the pod uses the node's network namespace. @default false (DEFAULT_POD_SPEC) */
    readonly hostNetwork?: boolean;
    /** Whether the pod uses the node's process namespace (manifest: hostPID). @default false (DEFAULT_POD_SPEC) */
    readonly hostPid?: boolean;
    /** Whether the pod uses the node's IPC namespace (manifest: hostIPC). @default false (DEFAULT_POD_SPEC) */
    readonly hostIpc?: boolean;
    /** false runs the pod in a user namespace. */
    readonly hostUsers?: boolean;
    /** Whether the containers share one process namespace. */
    readonly shareProcessNamespace?: boolean;
    /** The pod's volumes. @default an emptyDir for /tmp (DEFAULT_TMP_VOLUME) when a container needs one */
    readonly volumes?: Volume[];
    /** Seconds a pod may be active before it is stopped. */
    readonly activeDeadlineSeconds?: number;
    /** Scheduling affinity, passed through unchanged. */
    readonly affinity?: object;
    /** DNS settings, passed through unchanged. */
    readonly dnsConfig?: object;
    /** DNS policy. */
    readonly dnsPolicy?: string;
    /** Whether Service environment variables are injected. */
    readonly enableServiceLinks?: boolean;
    /** Extra /etc/hosts entries, passed through unchanged. */
    readonly hostAliases?: object[];
    /** The pod's host name. */
    readonly hostname?: string;
    /** Secrets to pull images with. */
    readonly imagePullSecrets?: LocalObjectReference[];
    /** Node to run on, bypassing the scheduler. */
    readonly nodeName?: string;
    /** Node labels the pod requires. */
    readonly nodeSelector?: {
        readonly [key: string]: string;
    };
    /** The pod's operating system; windows gets only the defaults Windows pods accept. */
    readonly os?: PodOs;
    /** Resources the runtime needs for the pod, by resource name. */
    readonly overhead?: {
        readonly [resource: string]: QuantityLike;
    };
    /** Whether the pod may preempt others. */
    readonly preemptionPolicy?: string;
    /** Priority value. */
    readonly priority?: number;
    /** PriorityClass name. */
    readonly priorityClassName?: string;
    /** Extra readiness conditions, passed through unchanged. */
    readonly readinessGates?: object[];
    /** Resource claims, passed through unchanged. */
    readonly resourceClaims?: object[];
    /** Pod-level compute resources. */
    readonly resources?: ResourceRequirements;
    /** Always, OnFailure or Never; Jobs need OnFailure or Never. */
    readonly restartPolicy?: string;
    /** RuntimeClass name. */
    readonly runtimeClassName?: string;
    /** Scheduler name. */
    readonly schedulerName?: string;
    /** Gates that hold the pod back from scheduling, passed through unchanged. */
    readonly schedulingGates?: object[];
    /** Deprecated alias of serviceAccountName. */
    readonly serviceAccount?: string;
    /** Service account the pod runs as. */
    readonly serviceAccountName?: string;
    /** Whether the host name is the FQDN (manifest: setHostnameAsFQDN). */
    readonly setHostnameAsFqdn?: boolean;
    /** Subdomain of the pod's host name. */
    readonly subdomain?: string;
    /** Seconds between the stop signal and the kill. */
    readonly terminationGracePeriodSeconds?: number;
    /** Taints the pod tolerates, passed through unchanged. */
    readonly tolerations?: object[];
    /** How pods spread across topology domains, passed through unchanged. */
    readonly topologySpreadConstraints?: object[];
}
/** A pod template. */
export interface PodTemplateSpec {
    /** Template metadata; its labels must match the selector. @default labels from the selector, or one generated */
    readonly metadata?: ObjectMeta;
    /** The pods' spec. */
    readonly spec?: PodSpec;
}
/** A Deployment's spec (apps/v1). */
export interface DeploymentSpec {
    /** Selects the pods to manage. @default the template's labels (or a generated label set on both) */
    readonly selector?: LabelSelector;
    /** The pod template. */
    readonly template: PodTemplateSpec;
    /** Desired number of pods. */
    readonly replicas?: number;
    /** How pods are replaced. */
    readonly strategy?: DeploymentStrategy;
    /** Seconds a new pod must be ready to count as available. */
    readonly minReadySeconds?: number;
    /** Whether the rollout is paused. */
    readonly paused?: boolean;
    /** Seconds before a stalled rollout counts as failed. */
    readonly progressDeadlineSeconds?: number;
    /** Old ReplicaSets to keep. */
    readonly revisionHistoryLimit?: number;
}
/** How a Deployment replaces pods. */
export interface DeploymentStrategy {
    /** Rolling update bounds. */
    readonly rollingUpdate?: RollingUpdateDeployment;
    /** RollingUpdate or Recreate. */
    readonly type?: string;
}
/** Rolling update bounds of a Deployment. */
export interface RollingUpdateDeployment {
    /** Pods above the desired count during the update. */
    readonly maxSurge?: IntOrStringLike;
    /** Pods that may be unavailable during the update. */
    readonly maxUnavailable?: IntOrStringLike;
}
/** A StatefulSet's spec (apps/v1). */
export interface StatefulSetSpec {
    /** Selects the pods to manage. @default the template's labels (or a generated label set on both) */
    readonly selector?: LabelSelector;
    /** The pod template. */
    readonly template: PodTemplateSpec;
    /** Headless Service that gives the pods their network identity. */
    readonly serviceName?: string;
    /** Desired number of pods. */
    readonly replicas?: number;
    /** Seconds a new pod must be ready to count as available. */
    readonly minReadySeconds?: number;
    /** Numbering of the pods, passed through unchanged. */
    readonly ordinals?: object;
    /** Whether claims are deleted with the set, passed through unchanged. */
    readonly persistentVolumeClaimRetentionPolicy?: object;
    /** OrderedReady or Parallel. */
    readonly podManagementPolicy?: string;
    /** Old revisions to keep. */
    readonly revisionHistoryLimit?: number;
    /** How pods are replaced. */
    readonly updateStrategy?: StatefulSetUpdateStrategy;
    /** Claims each pod gets. */
    readonly volumeClaimTemplates?: PersistentVolumeClaimTemplate[];
}
/** How a StatefulSet replaces pods. */
export interface StatefulSetUpdateStrategy {
    /** Rolling update bounds. */
    readonly rollingUpdate?: RollingUpdateStatefulSetStrategy;
    /** RollingUpdate or OnDelete. */
    readonly type?: string;
}
/** Rolling update bounds of a StatefulSet. */
export interface RollingUpdateStatefulSetStrategy {
    /** Pods that may be unavailable during the update. */
    readonly maxUnavailable?: IntOrStringLike;
    /** Ordinal from which pods are updated. */
    readonly partition?: number;
}
/** A DaemonSet's spec (apps/v1). */
export interface DaemonSetSpec {
    /** Selects the pods to manage. @default the template's labels (or a generated label set on both) */
    readonly selector?: LabelSelector;
    /** The pod template. */
    readonly template: PodTemplateSpec;
    /** Seconds a new pod must be ready to count as available. */
    readonly minReadySeconds?: number;
    /** Old revisions to keep. */
    readonly revisionHistoryLimit?: number;
    /** How pods are replaced. */
    readonly updateStrategy?: DaemonSetUpdateStrategy;
}
/** How a DaemonSet replaces pods. */
export interface DaemonSetUpdateStrategy {
    /** Rolling update bounds. */
    readonly rollingUpdate?: RollingUpdateDaemonSet;
    /** RollingUpdate or OnDelete. */
    readonly type?: string;
}
/** Rolling update bounds of a DaemonSet. */
export interface RollingUpdateDaemonSet {
    /** Nodes with an extra pod during the update. */
    readonly maxSurge?: IntOrStringLike;
    /** Nodes whose pod may be unavailable during the update. */
    readonly maxUnavailable?: IntOrStringLike;
}
/** A Job's spec (batch/v1). */
export interface JobSpec {
    /** The pod template; its restartPolicy must be OnFailure or Never. */
    readonly template: PodTemplateSpec;
    /** Seconds the job may run. */
    readonly activeDeadlineSeconds?: number;
    /** Retries before the job fails. */
    readonly backoffLimit?: number;
    /** Retries per index of an Indexed job. */
    readonly backoffLimitPerIndex?: number;
    /** NonIndexed or Indexed. */
    readonly completionMode?: string;
    /** Successful pods needed. */
    readonly completions?: number;
    /** Controller that manages the job. */
    readonly managedBy?: string;
    /** Whether selector is given by hand. */
    readonly manualSelector?: boolean;
    /** Failed indexes before the job fails. */
    readonly maxFailedIndexes?: number;
    /** Pods running at once. */
    readonly parallelism?: number;
    /** How pod failures count, passed through unchanged. */
    readonly podFailurePolicy?: object;
    /** When replacement pods are created. */
    readonly podReplacementPolicy?: string;
    /** Selects the job's pods (normally generated by the API server). */
    readonly selector?: LabelSelector;
    /** When the job counts as succeeded, passed through unchanged. */
    readonly successPolicy?: object;
    /** Whether the job is suspended. */
    readonly suspend?: boolean;
    /** Seconds a finished job is kept. */
    readonly ttlSecondsAfterFinished?: number;
}
/** A CronJob's job template. */
export interface JobTemplateSpec {
    /** Metadata of the jobs. */
    readonly metadata?: ObjectMeta;
    /** Spec of the jobs. */
    readonly spec?: JobSpec;
}
/** A CronJob's spec (batch/v1). */
export interface CronJobSpec {
    /** Cron schedule. */
    readonly schedule: string;
    /** The jobs it creates. */
    readonly jobTemplate: JobTemplateSpec;
    /** Allow, Forbid or Replace. */
    readonly concurrencyPolicy?: string;
    /** Failed jobs to keep. */
    readonly failedJobsHistoryLimit?: number;
    /** Seconds a missed run may still start. */
    readonly startingDeadlineSeconds?: number;
    /** Successful jobs to keep. */
    readonly successfulJobsHistoryLimit?: number;
    /** Whether runs are suspended. */
    readonly suspend?: boolean;
    /** Time zone of the schedule. */
    readonly timeZone?: string;
}
/** Metadata of the object itself, as for every cdk8s ApiObject (chart labels and namespace are merged in). */
export type Metadata = ApiObjectMetadata;
