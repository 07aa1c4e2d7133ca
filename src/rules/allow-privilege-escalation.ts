// Reads securityContext.allowPrivilegeEscalation of every container. PSS restricted, "Privilege Escalation" (1.8+).
import { defineRule, skippingWindowsPods, type ContainerView, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'allow-privilege-escalation',
  summary: 'Every container sets allowPrivilegeEscalation: false.',
  levels: { restricted: 'error', hardened: 'error' },
  pss: { check: 'allowPrivilegeEscalation', level: 'restricted' },
  versions: [
    { from: '1.8', check: noPrivilegeEscalation },
    { from: '1.25', check: skippingWindowsPods(noPrivilegeEscalation) },
  ],
  messages: {
    allowed:
      'Container "{container}" allows privilege escalation (securityContext.allowPrivilegeEscalation is {value}); set it to false.',
    blocked:
      'Container "{container}" allows privilege escalation (securityContext.allowPrivilegeEscalation is {value}), and the API server refuses false next to {blocker}: remove {blocker} first, then set allowPrivilegeEscalation to false.',
  },
  help: {
    why: 'Unless it is false, a process can gain more privileges than its parent through setuid binaries or file capabilities.',
    fix: 'Set securityContext.allowPrivilegeEscalation: false in every container (it must be explicit: unset means true); in a privileged container or one that adds SYS_ADMIN, remove that first, as the API server refuses the pair.',
  },
  fixes: { safe: 'unset', unsafe: 'set to true' },
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
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: true
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

function noPrivilegeEscalation(pod: PodView, report: Reporter<'allowed' | 'blocked'>): void {
  for (const c of pod.containers) {
    const f = c.field('securityContext.allowPrivilegeEscalation');
    const value = f.bool();
    if (value === false) continue;
    const data = { value: value === undefined ? 'not set' : 'true' };
    const blocker = blockerOf(c);
    // No fix then: setting false alone would give an object the API server rejects.
    if (blocker) report({ message: 'blocked', at: f, data: { ...data, blocker } });
    else report({ message: 'allowed', at: f, data, fix: [f.set(false)], fixSafety: f.isSet ? 'unsafe' : 'safe' });
  }
}

/**
 * What makes the API server reject allowPrivilegeEscalation: false in this container: privileged: true, or the
 * SYS_ADMIN capability (its validation names CAP_SYS_ADMIN; the runtime reads SYS_ADMIN as the same, so both count).
 */
function blockerOf(c: ContainerView): string | undefined {
  if (c.field('securityContext.privileged').value === true) return 'privileged: true';
  const added = c.field('securityContext.capabilities.add').items().find((cap) => cap === 'SYS_ADMIN' || cap === 'CAP_SYS_ADMIN');
  return added && `the added capability ${added}`;
}
