// Reads securityContext.capabilities of every container. PSS restricted, "Capabilities" (1.22+).
import { defineRule, skippingWindowsPods, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'capabilities-restricted',
  summary: 'Every container drops ALL capabilities and adds back none but NET_BIND_SERVICE.',
  levels: { restricted: 'error', hardened: 'error' },
  pss: { check: 'capabilities_restricted', level: 'restricted', replaces: 'capabilities_baseline' },
  versions: [
    { from: '1.22', check: dropsAllAddsLittle },
    { from: '1.25', check: skippingWindowsPods(dropsAllAddsLittle) },
  ],
  messages: {
    keepsAll:
      'Container "{container}" does not drop ALL capabilities (securityContext.capabilities.drop is {drop}); add "ALL" to it.',
    addsMore:
      'Container "{container}" adds {added} in securityContext.capabilities.add; restricted allows only NET_BIND_SERVICE. Remove them.',
  },
  help: {
    why: 'Each capability is a slice of root; a container that keeps none has little to abuse if it is compromised.',
    fix: 'Put "ALL" in securityContext.capabilities.drop and keep at most NET_BIND_SERVICE in securityContext.capabilities.add.',
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
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [NET_RAW]
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
          add: [NET_BIND_SERVICE]
`,
  },
});

function dropsAllAddsLittle(pod: PodView, report: Reporter<'keepsAll' | 'addsMore'>): void {
  for (const c of pod.containers) {
    const drop = c.field('securityContext.capabilities.drop');
    const dropped = drop.items();
    if (!dropped.includes('ALL')) {
      const shown = drop.isSet ? JSON.stringify(dropped) : 'not set';
      report({ message: 'keepsAll', at: drop, data: { drop: shown }, fix: [Array.isArray(drop.value) ? drop.append('ALL') : drop.set(['ALL'])], fixSafety: 'unsafe' });
    }
    const add = c.field('securityContext.capabilities.add');
    const added = add.items().filter((cap) => cap !== 'NET_BIND_SERVICE');
    if (added.length > 0) {
      // When nothing may stay, drop the key rather than leave `add: []`.
      const fix = added.length === add.items().length ? [add.remove()] : added.map((cap) => add.removeItem(cap));
      report({ message: 'addsMore', at: add, data: { added: added.join(', ') }, fix, fixSafety: 'unsafe' });
    }
  }
}
