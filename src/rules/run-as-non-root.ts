// Reads securityContext.runAsNonRoot of the pod and every container. PSS restricted, "Running as Non-root".
// A pod-level false is bad even when every container overrides it, as in PSA.
import { defineRule, skippingUserNamespacedPods, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'run-as-non-root',
  summary: 'Every container must run as non-root: runAsNonRoot is true on the pod or on each container.',
  levels: { restricted: 'error', hardened: 'error' },
  pss: { check: 'runAsNonRoot', level: 'restricted' },
  versions: [
    { from: '1.0', check: nonRoot },
    // 1.35: root in a user namespace (hostUsers: false) maps to an unprivileged user on the node (KEP-127).
    { from: '1.35', check: skippingUserNamespacedPods(nonRoot) },
  ],
  messages: {
    podFalse: 'The pod sets spec.securityContext.runAsNonRoot: false; set it to true.',
    containerFalse: 'Container "{container}" sets securityContext.runAsNonRoot: false; set it to true or remove it (the pod sets true).',
    missing:
      'Container "{container}" may run as root: runAsNonRoot is not set on the container or in spec.securityContext; set spec.securityContext.runAsNonRoot: true.',
  },
  help: {
    why: 'A container running as UID 0 is root on the node once it escapes; runAsNonRoot makes the kubelet refuse to start it as root.',
    fix: 'Set spec.securityContext.runAsNonRoot: true (and a non-zero runAsUser if the image has no numeric USER).',
  },
  fixes: { safe: 'unset and each container it reaches runs as a known non-zero UID', unsafe: 'false, or no non-root UID is known' },
  risk: 'high',
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
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

function nonRoot(pod: PodView, report: Reporter<'podFalse' | 'containerFalse' | 'missing'>): void {
  const own = pod.field('securityContext.runAsNonRoot');
  const podValue = own.bool();
  if (podValue === false) report({ message: 'podFalse', at: own, fix: [own.set(true)], fixSafety: 'unsafe' });
  // The pod-level true reaches every container without its own value: it cannot stop one from starting when each
  // of them already runs as a known non-zero UID; otherwise the image's user decides, and it may be root.
  const inheriting = pod.containers.filter((c) => !c.field('securityContext.runAsNonRoot').isSet);
  // Read raw: the UID only grades the fix, so an odd or unknown one must not become a finding of this rule.
  const knownNonRoot = inheriting.every((c) => {
    const uid = c.effective('runAsUser').field.value;
    return Number.isInteger(uid) && (uid as number) > 0;
  });
  for (const c of pod.containers) {
    const f = c.field('securityContext.runAsNonRoot');
    const value = f.bool();
    if (value === false) report({ message: 'containerFalse', at: f, fix: [f.set(true)], fixSafety: 'unsafe' });
    // A container inheriting the pod's false is covered by the pod's finding.
    else if (value === undefined && podValue === undefined) {
      report({ message: 'missing', at: f, fix: [own.set(true)], fixSafety: knownNonRoot ? 'safe' : 'unsafe' });
    }
  }
}
