// Reads securityContext.windowsOptions.hostProcess of the pod and every container. PSS baseline, "HostProcess".
import { defineRule, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'windows-host-process',
  summary: 'No Windows container runs as a HostProcess container.',
  levels: { baseline: 'error', restricted: 'error', hardened: 'error' },
  pss: { check: 'windowsHostProcess', level: 'baseline' },
  versions: [{ from: '1.0', check: noHostProcess }],
  messages: {
    pod: 'The pod sets spec.securityContext.windowsOptions.hostProcess: true, running every container as a process on the Windows node; remove it.',
    container:
      'Container "{container}" sets securityContext.windowsOptions.hostProcess: true, running as a process on the Windows node; remove it.',
  },
  help: {
    why: 'A HostProcess container runs directly on the Windows node with host access, the Windows equivalent of privileged.',
    fix: 'Remove windowsOptions.hostProcess (or set it to false) and hostNetwork, which HostProcess pods require.',
  },
  risk: 'critical',
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  hostNetwork: true
  os:
    name: windows
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        windowsOptions:
          hostProcess: true
          runAsUserName: ContainerAdministrator
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  os:
    name: windows
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        windowsOptions:
          runAsUserName: ContainerUser
`,
  },
});

function noHostProcess(pod: PodView, report: Reporter<'pod' | 'container'>): void {
  const own = pod.field('securityContext.windowsOptions.hostProcess');
  if (own.bool() === true) report({ message: 'pod', at: own });
  for (const c of pod.containers) {
    const f = c.field('securityContext.windowsOptions.hostProcess');
    if (f.bool() === true) report({ message: 'container', at: f });
  }
}
