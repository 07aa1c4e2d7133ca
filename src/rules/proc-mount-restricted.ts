// Reads securityContext.procMount of every container. PSS restricted from 1.35, when baseline began to allow an
// unmasked /proc in user-namespaced pods; restricted still does not.
import { defineRule } from '../engine/rule.js';
import { defaultProcMount } from './proc-mount.js';

export default defineRule({
  id: 'proc-mount-restricted',
  summary: 'Containers keep the default masked /proc, even in a user namespace.',
  levels: { restricted: 'error', hardened: 'error' },
  pss: { check: 'procMount_restricted', level: 'restricted', replaces: 'procMount' },
  versions: [{ from: '1.35', check: defaultProcMount }],
  messages: {
    unmasked: 'Container "{container}" sets securityContext.procMount to {value}; remove it or set it to Default.',
  },
  help: {
    why: 'Restricted keeps /proc masked even in a user namespace, as defence in depth.',
    fix: 'Remove securityContext.procMount or set it to Default.',
  },
  fixes: 'unsafe',
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
  hostUsers: false
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
        procMount: Unmasked
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
  hostUsers: false
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
