// Reads the host of every probe and lifecycle handler of every container. PSS baseline from 1.34: a probe or hook
// aimed at another host turns the kubelet into a proxy to it.
import { defineRule, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'host-probes-and-host-lifecycle',
  summary: 'Probes and lifecycle hooks target the pod itself, never another host.',
  levels: { baseline: 'error', restricted: 'error', hardened: 'error' },
  pss: { check: 'hostProbesAndHostLifecycle', level: 'baseline' },
  versions: [{ from: '1.34', check: probesStayLocal }],
  messages: {
    host: 'Container "{container}" sets {handler}.host to {value}; remove host so the kubelet checks the pod\'s own IP.',
  },
  help: {
    why: 'The kubelet sends probe and hook requests from the node; a custom host lets a pod make the node reach other hosts.',
    fix: 'Remove the host field from httpGet and tcpSocket probes and lifecycle handlers.',
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
      livenessProbe:
        httpGet:
          host: 169.254.169.254
          path: /latest/meta-data/
          port: 80
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      livenessProbe:
        httpGet:
          path: /healthz
          port: 8080
`,
  },
});

const HANDLERS = ['livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle.postStart', 'lifecycle.preStop'];

function probesStayLocal(pod: PodView, report: Reporter<'host'>): void {
  for (const c of pod.containers) {
    for (const handler of HANDLERS) {
      for (const action of ['httpGet', 'tcpSocket']) {
        const host = c.field(`${handler}.${action}.host`);
        const value = host.str();
        if (value !== undefined && value !== '') {
          report({ message: 'host', at: host, data: { handler: `${handler}.${action}`, value: JSON.stringify(value) } });
        }
      }
    }
  }
}
