// Reads spec.hostNetwork, spec.hostPID and spec.hostIPC. PSS baseline, "Host Namespaces".
import { defineRule, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'host-namespaces',
  summary: "The pod does not share the host's network, process or IPC namespace.",
  levels: { baseline: 'error', restricted: 'error', hardened: 'error' },
  pss: { check: 'hostNamespaces', level: 'baseline' },
  versions: [{ from: '1.0', check: ownNamespaces }],
  messages: {
    shared: 'The pod sets spec.{field}: true, sharing the node\'s {what}; set it to false or remove it.',
  },
  help: {
    why: "A pod in the host's namespaces can see and reach the node's processes, network interfaces or shared memory.",
    fix: 'Set hostNetwork, hostPID and hostIPC to false (or remove them); expose ports through a Service instead of the host network.',
  },
  fixes: 'unsafe',
  risk: 'critical',
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  hostPID: true
  containers:
    - name: app
      image: registry.example/web:1.0
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  hostPID: false
  containers:
    - name: app
      image: registry.example/web:1.0
`,
  },
});

const WHAT = { hostNetwork: 'network namespace', hostPID: 'process namespace', hostIPC: 'IPC namespace' };

function ownNamespaces(pod: PodView, report: Reporter<'shared'>): void {
  for (const [field, what] of Object.entries(WHAT)) {
    const f = pod.field(field);
    if (f.bool() === true) report({ message: 'shared', at: f, data: { field, what }, fix: [f.set(false)], fixSafety: 'unsafe' });
  }
}
