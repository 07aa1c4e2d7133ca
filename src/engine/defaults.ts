// Values the fixes write when a field needs a concrete value the manifest does not give.
export const FIX_DEFAULTS = {
  /** The conventional "nonroot" UID and GID of distroless images. */
  runAsUser: 65532,
  runAsGroup: 65532,
};
