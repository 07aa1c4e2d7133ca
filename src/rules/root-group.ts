// Reads runAsGroup (pod and containers), fsGroup and supplementalGroups. Hardening beyond PSS, which says nothing
// about groups: GID 0 is the root group.
import { defineRule, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'root-group',
  summary: 'No process or volume is given GID 0 (the root group) through runAsGroup, fsGroup or supplementalGroups.',
  levels: { hardened: 'error' },
  versions: [{ from: '1.0', check: noRootGroup }],
  messages: {
    zero: '{where} sets {field} to 0, the root group; use a non-zero GID.',
  },
  help: {
    why: 'GID 0 owns many files on the node and in images; a process in the root group can read or change them.',
    fix: 'Use a non-zero GID in runAsGroup, fsGroup and supplementalGroups.',
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
    runAsGroup: 0
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

function noRootGroup(pod: PodView, report: Reporter<'zero'>): void {
  const podWhere = 'The pod (spec.securityContext)';
  for (const field of ['runAsGroup', 'fsGroup']) {
    const f = pod.field(`securityContext.${field}`);
    if (f.int() === 0) report({ message: 'zero', at: f, data: { where: podWhere, field } });
  }
  for (const g of pod.field('securityContext.supplementalGroups').list()) {
    if (g.int() === 0) report({ message: 'zero', at: g, data: { where: podWhere, field: 'supplementalGroups' } });
  }
  for (const c of pod.containers) {
    const f = c.field('securityContext.runAsGroup');
    if (f.int() === 0) report({ message: 'zero', at: f, data: { where: `Container "${c.name}"`, field: 'runAsGroup' } });
  }
}
