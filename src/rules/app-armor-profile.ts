// Reads securityContext.appArmorProfile (pod and containers) and the beta AppArmor annotations. PSS baseline,
// "AppArmor". PSA checks the field at every version, like the annotations.
import { defineRule, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'app-armor-profile',
  summary: 'No AppArmor profile is Unconfined or otherwise overrides the runtime default with something unsafe.',
  levels: { baseline: 'error', restricted: 'error', hardened: 'error' },
  pss: { check: 'appArmorProfile', level: 'baseline' },
  versions: [{ from: '1.0', check: confinedByAppArmor }],
  messages: {
    field: '{where} sets appArmorProfile.type to {value}; use RuntimeDefault or Localhost.',
    annotation: 'Annotation {key} is {value}; use "runtime/default" or "localhost/<profile>", or better the appArmorProfile field.',
  },
  help: {
    why: "An Unconfined AppArmor profile removes the kernel's mandatory access control around the container.",
    fix: 'Set securityContext.appArmorProfile.type to RuntimeDefault (or Localhost with a profile), or remove the override.',
  },
  risk: 'medium',
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
        appArmorProfile:
          type: Unconfined
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
        appArmorProfile:
          type: RuntimeDefault
`,
  },
});

const ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
const ALLOWED_TYPES = ['RuntimeDefault', 'Localhost'];

function confinedByAppArmor(pod: PodView, report: Reporter<'field' | 'annotation'>): void {
  for (const [key, f] of pod.annotations()) {
    // PSA checks every key with the prefix, even one naming no container.
    if (!key.startsWith(ANNOTATION_PREFIX)) continue;
    const value = f.str();
    if (value !== undefined && !(value === '' || value === 'runtime/default' || value.startsWith('localhost/'))) {
      report({ message: 'annotation', at: f, data: { key, value: JSON.stringify(value) } });
    }
  }
  for (const { where, field: profile } of pod.contexts('appArmorProfile')) {
    if (!profile.isObject()) continue;
    const type = profile.child('type');
    const value = type.str() ?? '';
    if (!ALLOWED_TYPES.includes(value)) report({ message: 'field', at: type.isSet ? type : profile, data: { where, value: JSON.stringify(value) } });
  }
}
