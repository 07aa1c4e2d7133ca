// Reads the effective securityContext.runAsUser of every container. Hardening beyond PSS; Linux only.
import { FIX_DEFAULTS } from '../engine/defaults.js';
import { defineRule, skippingWindowsPods, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'explicit-run-as-user',
  summary: 'Every container runs as an explicit non-zero UID, set on the pod or the container.',
  levels: { hardened: 'warning' },
  versions: [{ from: '1.0', check: skippingWindowsPods(explicitUid) }],
  messages: {
    unset:
      'Container "{container}" runs as whatever user its image names (runAsUser is not set on the container or in spec.securityContext); set spec.securityContext.runAsUser, e.g. to {uid}.',
  },
  help: {
    why: 'Without runAsUser the image decides the UID; a non-numeric or root USER then either fails at start or runs as root.',
    fix: `Set spec.securityContext.runAsUser to a non-zero UID the image works with (${FIX_DEFAULTS.runAsUser} is the common "nonroot" user).`,
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

function explicitUid(pod: PodView, report: Reporter<'unset'>): void {
  const podField = pod.field('securityContext.runAsUser');
  for (const c of pod.containers) {
    const { field, from } = c.effective('runAsUser');
    // Zero is run-as-user's finding; here only the missing value.
    if (from === null) report({ message: 'unset', at: field, data: { uid: pod.fixDefaults.runAsUser }, fix: [podField.set(pod.fixDefaults.runAsUser)], fixSafety: 'unsafe' });
  }
}
