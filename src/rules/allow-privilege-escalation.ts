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
  },
  help: {
    why: 'Unless it is false, a process can gain more privileges than its parent through setuid binaries or file capabilities.',
    fix: 'Set securityContext.allowPrivilegeEscalation: false in every container (it must be explicit: unset means true).',
  },
  fixes: { safe: 'unset', unsafe: 'set to true' },
});

function noPrivilegeEscalation(pod: PodView, report: Reporter<'allowed'>): void {
  for (const c of pod.containers) {
    const f = c.field('securityContext.allowPrivilegeEscalation');
    const value = f.bool();
    if (value !== false) {
      report({ message: 'allowed', at: f, data: { value: value === undefined ? 'not set' : 'true' }, fix: canForbid(c) ? [f.set(false)] : undefined, fixSafety: f.isSet ? 'unsafe' : 'safe' });
    }
  }
}

// The API server rejects allowPrivilegeEscalation: false next to privileged: true or an added SYS_ADMIN.
function canForbid(c: ContainerView): boolean {
  const added = c.field('securityContext.capabilities.add').items();
  return c.field('securityContext.privileged').value !== true && !added.includes('SYS_ADMIN') && !added.includes('CAP_SYS_ADMIN');
}
