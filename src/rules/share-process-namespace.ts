// Reads spec.shareProcessNamespace. Hardening beyond PSS.
import { defineRule, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'share-process-namespace',
  summary: "Containers do not share one process namespace, so they cannot see or signal each other's processes.",
  levels: { hardened: 'warning' },
  versions: [{ from: '1.0', check: ownProcessNamespace }],
  messages: {
    shared:
      "The pod sets spec.shareProcessNamespace: true: every container can see, signal and read the file systems (/proc/<pid>/root) of the others; remove it unless a debugging sidecar needs it.",
  },
  help: {
    why: "With a shared process namespace a compromised container can read another container's files and environment through /proc.",
    fix: 'Remove spec.shareProcessNamespace (or set it to false); use ephemeral debug containers when you need to inspect a pod.',
  },
  risk: 'low',
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
  shareProcessNamespace: true
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

function ownProcessNamespace(pod: PodView, report: Reporter<'shared'>): void {
  const f = pod.field('shareProcessNamespace');
  if (f.bool() === true) report({ message: 'shared', at: f });
}
