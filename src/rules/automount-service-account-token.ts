// Reads spec.automountServiceAccountToken. Hardening beyond PSS.
import { defineRule, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'automount-service-account-token',
  summary: 'The pod mounts a Kubernetes API token only when it asks for one.',
  levels: { hardened: 'warning' },
  versions: [{ from: '1.0', check: noDefaultToken }],
  messages: {
    mounted:
      'The pod gets a service-account token mounted (spec.automountServiceAccountToken is {value}); set it to false unless the app calls the Kubernetes API.',
  },
  help: {
    why: 'A mounted token lets anyone who compromises the container call the Kubernetes API with the service account\'s rights.',
    fix: 'Set spec.automountServiceAccountToken: false; pods that need the API can keep it, ideally with a dedicated, minimal service account.',
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
  automountServiceAccountToken: false
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

function noDefaultToken(pod: PodView, report: Reporter<'mounted'>): void {
  const f = pod.field('automountServiceAccountToken');
  const value = f.bool();
  if (value !== false) report({ message: 'mounted', at: f, data: { value: value === true ? 'true' : 'not set' } });
}
