// Reads securityContext.privileged of every container. PSS baseline, "Privileged Containers".
import { defineRule, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'privileged',
  summary: 'No container runs privileged.',
  levels: { baseline: 'error', restricted: 'error', hardened: 'error' },
  pss: { check: 'privileged', level: 'baseline' },
  versions: [{ from: '1.0', check: notPrivileged }],
  messages: {
    privileged:
      'Container "{container}" sets securityContext.privileged: true, which gives it every capability and the host\'s devices; set it to false or remove it.',
  },
  help: {
    why: 'A privileged container has all capabilities and access to the host devices: escaping to the node is trivial.',
    fix: 'Set securityContext.privileged to false (or remove it) and grant only the specific capabilities the container needs.',
  },
  fixes: 'unsafe',
  risk: 'critical',
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
        privileged: true
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
        privileged: false
`,
  },
});

function notPrivileged(pod: PodView, report: Reporter<'privileged'>): void {
  for (const c of pod.containers) {
    const f = c.field('securityContext.privileged');
    if (f.bool() === true) report({ message: 'privileged', at: f, fix: [f.set(false)], fixSafety: 'unsafe' });
  }
}
