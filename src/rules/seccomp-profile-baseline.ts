// Reads the seccomp annotations (before 1.19) or securityContext.seccompProfile of the pod and every container
// (1.19+, when the field replaced the annotations). PSS baseline, "Seccomp".
import { defineRule, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'seccomp-profile-baseline',
  summary: 'No seccomp profile is explicitly Unconfined.',
  levels: { baseline: 'error', restricted: 'error', hardened: 'error' },
  pss: { check: 'seccompProfile_baseline', level: 'baseline' },
  versions: [
    { from: '1.0', check: annotationsNotUnconfined },
    { from: '1.19', check: fieldsNotUnconfined },
  ],
  messages: {
    annotation: 'Annotation {key} is {value}; use "runtime/default" or "localhost/<profile>".',
    field: '{where} sets seccompProfile.type to {value}; use RuntimeDefault or Localhost.',
  },
  help: {
    why: 'Without a seccomp profile every system call reaches the kernel, including the rarely used ones most kernel exploits need.',
    fix: 'Set securityContext.seccompProfile.type to RuntimeDefault (or Localhost with a profile) instead of Unconfined.',
  },
  fixes: { safe: 'the profile has no type', unsafe: 'the type is set' },
  risk: 'high',
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    seccompProfile:
      type: Unconfined
  containers:
    - name: app
      image: registry.example/web:1.0
`,
    passing: `apiVersion: v1
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
`,
  },
});

export const SECCOMP_TYPES = ['RuntimeDefault', 'Localhost'];
const POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
const CONTAINER_ANNOTATION = 'container.seccomp.security.alpha.kubernetes.io/';

function validAnnotation(value: string): boolean {
  return value === 'runtime/default' || value === 'docker/default' || value.startsWith('localhost/');
}

function annotationsNotUnconfined(pod: PodView, report: Reporter<'annotation' | 'field'>): void {
  const annotations = new Map(pod.annotations());
  // A container annotation is read only for containers that exist, as PSA does.
  const keys = [POD_ANNOTATION, ...pod.containers.map((c) => CONTAINER_ANNOTATION + c.name)];
  for (const key of keys) {
    const f = annotations.get(key);
    const value = f?.str();
    if (f && value !== undefined && !validAnnotation(value)) report({ message: 'annotation', at: f, data: { key, value: JSON.stringify(value) } });
  }
}

function fieldsNotUnconfined(pod: PodView, report: Reporter<'annotation' | 'field'>): void {
  for (const { where, field: profile } of pod.contexts('seccompProfile')) {
    if (!profile.isObject()) continue;
    const type = profile.child('type');
    const value = type.str() ?? '';
    if (!SECCOMP_TYPES.includes(value)) {
      report({ message: 'field', at: type.isSet ? type : profile, data: { where, value: JSON.stringify(value) }, fix: [type.set('RuntimeDefault')], fixSafety: type.isSet ? 'unsafe' : 'safe' });
    }
  }
}
