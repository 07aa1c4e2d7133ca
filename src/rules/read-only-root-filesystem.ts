// Reads securityContext.readOnlyRootFilesystem of every container. Hardening beyond PSS; Linux only.
import { defineRule, skippingWindowsPods, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'read-only-root-filesystem',
  summary: "Every container's root file system is read-only.",
  levels: { hardened: 'warning' },
  versions: [{ from: '1.0', check: skippingWindowsPods(readOnlyRoot) }],
  messages: {
    writable:
      'Container "{container}" has a writable root file system (securityContext.readOnlyRootFilesystem is {value}); set it to true and mount an emptyDir where the app writes.',
  },
  help: {
    why: 'A writable root file system lets an attacker drop tools or change binaries inside the container.',
    fix: 'Set securityContext.readOnlyRootFilesystem: true and mount emptyDir volumes at the paths the app writes to (e.g. /tmp).',
  },
  fixes: 'unsafe',
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
    - name: tmp
      emptyDir: {}
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
        readOnlyRootFilesystem: true
      volumeMounts:
        - name: tmp
          mountPath: /tmp
`,
  },
});

function readOnlyRoot(pod: PodView, report: Reporter<'writable'>): void {
  for (const c of pod.containers) {
    const f = c.field('securityContext.readOnlyRootFilesystem');
    const value = f.bool();
    if (value !== true) report({ message: 'writable', at: f, data: { value: value === false ? 'false' : 'not set' }, fix: [f.set(true)], fixSafety: 'unsafe' });
  }
}
