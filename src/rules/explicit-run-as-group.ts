// Reads the effective securityContext.runAsGroup of every container. Hardening beyond PSS; Linux only.
import { FIX_DEFAULTS } from '../engine/defaults.js';
import { defineRule, skippingWindowsPods, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'explicit-run-as-group',
  summary: 'Every container runs with an explicit primary GID, set on the pod or the container.',
  levels: { hardened: 'warning' },
  versions: [{ from: '1.0', check: skippingWindowsPods(explicitGid) }],
  messages: {
    unset:
      'Container "{container}" has no runAsGroup (not on the container, not in spec.securityContext), so its primary group is the image\'s, often GID 0 (root); set spec.securityContext.runAsGroup, e.g. to {gid}.',
  },
  help: {
    why: 'When runAsGroup is unset the primary group comes from the image, usually GID 0, which owns many files on the node and in the image.',
    fix: `Set spec.securityContext.runAsGroup to a non-zero GID (${FIX_DEFAULTS.runAsGroup} pairs with the "nonroot" user).`,
  },
  fixes: 'unsafe',
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
    runAsUser: 10001
    runAsGroup: 10001
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

function explicitGid(pod: PodView, report: Reporter<'unset'>): void {
  const podField = pod.field('securityContext.runAsGroup');
  for (const c of pod.containers) {
    const { field, from } = c.effective('runAsGroup');
    if (from === null) report({ message: 'unset', at: field, data: { gid: pod.fixDefaults.runAsGroup }, fix: [podField.set(pod.fixDefaults.runAsGroup)], fixSafety: 'unsafe' });
  }
}
