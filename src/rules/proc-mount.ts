// Reads securityContext.procMount of every container. PSS baseline, "/proc Mount Type".
import { defineRule, skippingUserNamespacedPods, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'proc-mount',
  summary: 'Containers keep the default masked /proc, unless the pod runs in a user namespace.',
  levels: { baseline: 'error', restricted: 'error', hardened: 'error' },
  pss: { check: 'procMount', level: 'baseline' },
  versions: [
    { from: '1.0', check: defaultProcMount },
    // 1.35: in a user namespace (hostUsers: false) an unmasked /proc no longer reaches the host (KEP-127).
    { from: '1.35', check: skippingUserNamespacedPods(defaultProcMount) },
  ],
  messages: {
    unmasked: 'Container "{container}" sets securityContext.procMount to {value}; remove it or set it to Default.',
  },
  help: {
    why: "An unmasked /proc exposes kernel interfaces that the runtime normally hides from containers.",
    fix: 'Remove securityContext.procMount or set it to Default.',
  },
  fixes: 'unsafe',
  risk: 'high',
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        procMount: Unmasked
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        procMount: Default
`,
  },
});

export function defaultProcMount(pod: PodView, report: Reporter<'unmasked'>): void {
  for (const c of pod.containers) {
    const f = c.field('securityContext.procMount');
    const value = f.str();
    if (value !== undefined && value !== 'Default') {
      report({ message: 'unmasked', at: f, data: { value: JSON.stringify(value) }, fix: [f.set('Default')], fixSafety: 'unsafe' });
    }
  }
}
