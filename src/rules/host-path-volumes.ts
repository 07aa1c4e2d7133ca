// Reads spec.volumes[*].hostPath. PSS baseline, "HostPath Volumes".
import { defineRule, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'host-path-volumes',
  summary: 'The pod mounts no hostPath volume.',
  levels: { baseline: 'error', restricted: 'error', hardened: 'error' },
  pss: { check: 'hostPathVolumes', level: 'baseline' },
  versions: [{ from: '1.0', check: noHostPath }],
  messages: {
    hostPath: 'Volume "{volume}" mounts the node\'s path {hostPath}; use an emptyDir, a ConfigMap, a Secret or a PersistentVolumeClaim instead.',
  },
  help: {
    why: "A hostPath volume exposes the node's file system to the pod; a writable one is a direct route to the node.",
    fix: 'Replace the hostPath volume with an emptyDir, ConfigMap, Secret, projected or PersistentVolumeClaim volume.',
  },
  risk: 'critical',
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
    - name: docker
      hostPath:
        path: /var/run/docker.sock
  containers:
    - name: app
      image: registry.example/web:1.0
      volumeMounts:
        - name: docker
          mountPath: /var/run/docker.sock
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
    - name: scratch
      emptyDir: {}
  containers:
    - name: app
      image: registry.example/web:1.0
      volumeMounts:
        - name: scratch
          mountPath: /tmp
`,
  },
});

function noHostPath(pod: PodView, report: Reporter<'hostPath'>): void {
  for (const v of pod.field('volumes').list()) {
    const hostPath = v.child('hostPath');
    if (hostPath.isSet) {
      const path = hostPath.child('path').value;
      report({
        message: 'hostPath',
        at: hostPath,
        data: { volume: String(v.child('name').value ?? '?'), hostPath: typeof path === 'string' ? JSON.stringify(path) : '(no path)' },
      });
    }
  }
}
