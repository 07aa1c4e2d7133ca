// Reads the source of every volume. PSS restricted, "Volume Types": only volume kinds that cannot reach the node.
// PSA sees pods after API-server defaulting, where a volume with no known source is an emptyDir. PSA added `image`
// (OCI image volumes) to its only version, 1.0, in Kubernetes 1.33 (kubernetes/kubernetes#130394), so every policy
// version allows it: whoever may run an image may as well mount one.
import { defineRule, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'restricted-volumes',
  summary: 'Volumes are of the safe kinds only: configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected or secret.',
  levels: { restricted: 'error', hardened: 'error' },
  pss: { check: 'restrictedVolumes', level: 'restricted', replaces: 'hostPathVolumes' },
  versions: [{ from: '1.0', check: safeVolumeKinds }],
  messages: {
    forbidden:
      'Volume "{volume}" is a {source} volume; restricted allows only configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret volumes. Use a PersistentVolumeClaim for storage.',
  },
  help: {
    why: 'Volume kinds other than the listed ones mount node paths or storage the cluster admin has not vetted through a PersistentVolume.',
    fix: 'Replace the volume with a persistentVolumeClaim (for storage), an emptyDir (for scratch), a configMap/secret/projected volume, or an image volume for read-only content shipped as an OCI image.',
  },
  risk: 'medium',
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  volumes:
    - name: data
      nfs:
        server: nfs.example
        path: /exports/web
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: web-data
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`,
  },
});

const ALLOWED = ['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret'];
// Every other source a VolumeSource can hold; a key not listed is unknown to the API and dropped before defaulting.
const FORBIDDEN = [
  'hostPath', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'nfs', 'iscsi', 'glusterfs', 'rbd', 'flexVolume',
  'cinder', 'cephfs', 'flocker', 'fc', 'azureFile', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk',
  'portworxVolume', 'scaleIO', 'storageos',
];

function safeVolumeKinds(pod: PodView, report: Reporter<'forbidden'>): void {
  for (const v of pod.field('volumes').list()) {
    if (!v.isObject()) continue;
    if (ALLOWED.some((k) => v.child(k).isSet)) continue;
    const source = FORBIDDEN.find((k) => v.child(k).isSet);
    if (source) report({ message: 'forbidden', at: v.child(source), data: { volume: String(v.child('name').value ?? '?'), source } });
  }
}
