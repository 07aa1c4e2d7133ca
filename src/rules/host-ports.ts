// Reads ports[*].hostPort of every container. PSS baseline, "Host Ports".
import { defineRule, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'host-ports',
  summary: "No container binds a port on the node's network interfaces.",
  levels: { baseline: 'error', restricted: 'error', hardened: 'error' },
  pss: { check: 'hostPorts', level: 'baseline' },
  versions: [{ from: '1.0', check: noHostPorts }],
  messages: {
    hostPort: 'Container "{container}" binds hostPort {port} on the node; remove hostPort and expose the port through a Service.',
  },
  help: {
    why: 'A host port bypasses network policy on the node and ties the pod to a node; it also limits scheduling.',
    fix: 'Remove hostPort (keep containerPort) and reach the pod through a Service, an Ingress or a NodePort Service.',
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
      ports:
        - containerPort: 8080
          hostPort: 8080
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      ports:
        - containerPort: 8080
`,
  },
});

function noHostPorts(pod: PodView, report: Reporter<'hostPort'>): void {
  for (const c of pod.containers) {
    for (const port of c.field('ports').list()) {
      const hostPort = port.child('hostPort');
      const n = hostPort.int();
      if (n !== undefined && n !== 0) report({ message: 'hostPort', at: hostPort, data: { port: n } });
    }
  }
}
