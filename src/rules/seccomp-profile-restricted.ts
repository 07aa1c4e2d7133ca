// Reads securityContext.seccompProfile of the pod and every container. PSS restricted, "Seccomp" (1.19+).
import { defineRule, skippingWindowsPods, type PodView, type Reporter } from '../engine/rule.js';
import { SECCOMP_TYPES } from './seccomp-profile-baseline.js';

export default defineRule({
  id: 'seccomp-profile-restricted',
  summary: 'Every container runs with the RuntimeDefault or a Localhost seccomp profile, set on the pod or the container.',
  levels: { restricted: 'error', hardened: 'error' },
  pss: { check: 'seccompProfile_restricted', level: 'restricted', replaces: 'seccompProfile_baseline' },
  versions: [
    { from: '1.19', check: seccompConfined },
    { from: '1.25', check: skippingWindowsPods(seccompConfined) },
  ],
  messages: {
    badPod: 'The pod sets spec.securityContext.seccompProfile.type to {value}; set it to RuntimeDefault or Localhost.',
    badContainer: 'Container "{container}" sets securityContext.seccompProfile.type to {value}; set it to RuntimeDefault or Localhost.',
    missing:
      'Container "{container}" has no seccomp profile (none on the container, none in spec.securityContext); set spec.securityContext.seccompProfile.type: RuntimeDefault.',
  },
  help: {
    why: 'Without a seccomp profile every system call reaches the kernel, including the rarely used ones most kernel exploits need.',
    fix: 'Set spec.securityContext.seccompProfile.type to RuntimeDefault for the whole pod; a container may override it with Localhost.',
  },
  fixes: { safe: 'no profile is set', unsafe: 'another type is set' },
  risk: 'medium',
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
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

function seccompConfined(pod: PodView, report: Reporter<'badPod' | 'badContainer' | 'missing'>): void {
  const podProfile = pod.field('securityContext.seccompProfile');
  let podSet = false;
  if (podProfile.isObject()) {
    const type = podProfile.child('type');
    const value = type.str() ?? '';
    if (SECCOMP_TYPES.includes(value)) podSet = true;
    else report({ message: 'badPod', at: type.isSet ? type : podProfile, data: { value: JSON.stringify(value) }, fix: [type.set('RuntimeDefault')], fixSafety: type.isSet ? 'unsafe' : 'safe' });
  }
  for (const c of pod.containers) {
    const profile = c.field('securityContext.seccompProfile');
    if (profile.isObject()) {
      const type = profile.child('type');
      const value = type.str() ?? '';
      if (!SECCOMP_TYPES.includes(value)) {
        report({ message: 'badContainer', at: type.isSet ? type : profile, data: { value: JSON.stringify(value) }, fix: [type.set('RuntimeDefault')], fixSafety: type.isSet ? 'unsafe' : 'safe' });
      }
    } else if (!podSet) {
      // The fix goes to the pod, unless the pod's own value is bad (that finding fixes it). It overrides no
      // container's own profile, and RuntimeDefault is what virtually every image runs under.
      const fix = podProfile.isSet ? undefined : [podProfile.set({ type: 'RuntimeDefault' })];
      report({ message: 'missing', at: profile, fix, fixSafety: 'safe' });
    }
  }
}
