/**
 * The pod-level securityContext of a Linux pod: non-root with podguard's secure IDs (65532, the "nonroot" user and
 * group of distroless images, for runAsUser, runAsGroup and fsGroup) plus the runtime's default seccomp profile.
 *
 * The fields a container inherits (runAsNonRoot, runAsUser, runAsGroup, seccompProfile) are defaulted here only, never
 * in containers: a container default would silently override an explicit pod-level value.
 */
export declare const DEFAULT_POD_SECURITY_CONTEXT: {
    readonly runAsNonRoot: true;
    readonly runAsUser: 65532;
    readonly runAsGroup: 65532;
    readonly fsGroup: 65532;
    readonly seccompProfile: {
        readonly type: "RuntimeDefault";
    };
};
/**
 * The securityContext of every container (init, regular and ephemeral) of a Linux pod. `allowPrivilegeEscalation`
 * is left unset in a container that sets `privileged: true` or adds `SYS_ADMIN`, a pair the API server rejects.
 */
export declare const DEFAULT_CONTAINER_SECURITY_CONTEXT: {
    readonly allowPrivilegeEscalation: false;
    readonly privileged: false;
    readonly readOnlyRootFilesystem: true;
    readonly capabilities: {
        readonly drop: readonly ["ALL"];
    };
};
/** Pod spec fields outside securityContext: no host namespaces, and no API token unless the pod asks for one. */
export declare const DEFAULT_POD_SPEC: {
    readonly hostNetwork: false;
    readonly hostPID: false;
    readonly hostIPC: false;
    readonly automountServiceAccountToken: false;
};
/**
 * A writable scratch directory: an emptyDir mounted at `mountPath` in each container whose root file system is
 * read-only and that mounts nothing there itself. The volume takes `name`, or `name-2`, `name-3`... when taken.
 */
export declare const DEFAULT_TMP_VOLUME: {
    readonly name: "tmp";
    readonly mountPath: "/tmp";
};
/**
 * What a Windows pod (`spec.os.name: windows`) gets from DEFAULT_POD_SECURITY_CONTEXT: the API server rejects the
 * Linux-only fields (UIDs, GIDs, seccomp, capabilities, read-only root) in Windows pods, and PSA skips those checks.
 */
export declare const DEFAULT_WINDOWS_POD_SECURITY_CONTEXT: {
    readonly runAsNonRoot: true;
};
/**
 * The label key of the selector a Deployment, StatefulSet or DaemonSet gets when its props give none; the value is the
 * construct's address (node.addr), unique in the app. Give spec.selector yourself for a selector that survives moving
 * the construct in the tree (selectors are immutable).
 */
export declare const DEFAULT_SELECTOR_LABEL = "podguard-cdk8s/workload";
/** The validation profile of a Secure* construct and of PodSecurityValidation. */
export declare const DEFAULT_PROFILE: import("../src/engine/rule.js", { with: { "resolution-mode": "import" } }).Profile;
