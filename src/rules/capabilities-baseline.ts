// Reads securityContext.capabilities.add of every container. PSS baseline, "Capabilities".
import { defineRule, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'capabilities-baseline',
  summary: "Containers add no capability beyond the container runtime's default set.",
  levels: { baseline: 'error', restricted: 'error', hardened: 'error' },
  pss: { check: 'capabilities_baseline', level: 'baseline' },
  versions: [{ from: '1.0', check: addsOnlyDefaults }],
  messages: {
    addsMore:
      'Container "{container}" adds {added} in securityContext.capabilities.add; baseline allows only the runtime defaults ({allowed}). Remove them.',
  },
  help: {
    why: 'Capabilities such as SYS_ADMIN, NET_ADMIN or SYS_PTRACE are slices of root that make escaping the container much easier.',
    fix: 'Remove the capability from securityContext.capabilities.add; capability names are exact and upper case, without the CAP_ prefix.',
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
        capabilities:
          add: [SYS_ADMIN]
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
        capabilities:
          drop: [ALL]
          add: [NET_BIND_SERVICE]
`,
  },
});

// The capabilities a container runtime grants by default (PSA's list); adding them back changes nothing.
export const DEFAULT_CAPABILITIES = [
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD',
  'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT',
];

function addsOnlyDefaults(pod: PodView, report: Reporter<'addsMore'>): void {
  for (const c of pod.containers) {
    const add = c.field('securityContext.capabilities.add');
    const added = add.items().filter((cap) => !DEFAULT_CAPABILITIES.includes(cap));
    if (added.length > 0) {
      report({
        message: 'addsMore',
        at: add,
        data: { added: added.join(', '), allowed: DEFAULT_CAPABILITIES.join(', ') },
        // When nothing may stay, drop the key rather than leave `add: []`.
        fix: added.length === add.items().length ? [add.remove()] : added.map((cap) => add.removeItem(cap)),
        // The manifest asked for the capability; the app may need it.
        fixSafety: 'unsafe',
      });
    }
  }
}
