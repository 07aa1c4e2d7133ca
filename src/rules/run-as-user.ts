// Reads securityContext.runAsUser of the pod and every container. PSS restricted, "Running as Non-root user" (1.23+).
import { SECURE_IDS } from '../engine/defaults.js';
import { defineRule, skippingUserNamespacedPods, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'run-as-user',
  summary: 'Neither the pod nor any container sets runAsUser: 0.',
  levels: { restricted: 'error', hardened: 'error' },
  pss: { check: 'runAsUser', level: 'restricted' },
  versions: [
    { from: '1.23', check: notUidZero },
    // 1.35: UID 0 in a user namespace (hostUsers: false) is not root on the node (KEP-127).
    { from: '1.35', check: skippingUserNamespacedPods(notUidZero) },
  ],
  messages: {
    pod: 'The pod sets spec.securityContext.runAsUser: 0 (root); set a non-zero UID such as {uid}.',
    container: 'Container "{container}" sets securityContext.runAsUser: 0 (root); set a non-zero UID such as {uid}.',
  },
  help: {
    why: 'UID 0 is root: once out of the container it is root on the node.',
    fix: `Set runAsUser to a non-zero UID the image works with (${SECURE_IDS.runAsUser} is the common "nonroot" user).`,
  },
  risk: 'high',
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
    runAsUser: 0
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

function notUidZero(pod: PodView, report: Reporter<'pod' | 'container'>): void {
  const own = pod.field('securityContext.runAsUser');
  const data = { uid: pod.fixDefaults.runAsUser };
  if (own.int() === 0) report({ message: 'pod', at: own, data });
  for (const c of pod.containers) {
    const f = c.field('securityContext.runAsUser');
    if (f.int() === 0) report({ message: 'container', at: f, data });
  }
}
