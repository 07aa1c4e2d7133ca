// Reads securityContext.seLinuxOptions of the pod and of every container. PSS baseline, "SELinux".
import { defineRule, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'se-linux-options',
  summary: 'SELinux options set no custom user or role and only a container type.',
  levels: { baseline: 'error', restricted: 'error', hardened: 'error' },
  pss: { check: 'seLinuxOptions', level: 'baseline' },
  versions: [
    { from: '1.0', check: containerTypesOnly(['container_t', 'container_init_t', 'container_kvm_t']) },
    // 1.31 allows container_engine_t, the type for container engines running in a pod.
    { from: '1.31', check: containerTypesOnly(['container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']) },
  ],
  messages: {
    type: '{where} sets seLinuxOptions.type to {value}; allowed are {allowed} (or leave it unset).',
    userOrRole: '{where} sets seLinuxOptions.{key} to {value}; remove it, custom SELinux users and roles are not allowed.',
  },
  help: {
    why: "A custom SELinux user, role or type can lift the policy that confines the container's processes.",
    fix: 'Remove seLinuxOptions.user and seLinuxOptions.role, and leave seLinuxOptions.type unset or set it to container_t.',
  },
  risk: 'high',
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
        seLinuxOptions:
          type: spc_t
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
        seLinuxOptions:
          type: container_t
`,
  },
});

function containerTypesOnly(allowed: string[]) {
  return function selinuxConfined(pod: PodView, report: Reporter<'type' | 'userOrRole'>): void {
    for (const { where, field: options } of pod.contexts('seLinuxOptions')) {
      if (!options.isObject()) continue;
      const type = options.child('type');
      const value = type.str();
      if (value !== undefined && value !== '' && !allowed.includes(value)) {
        report({ message: 'type', at: type, data: { where, value: JSON.stringify(value), allowed: allowed.join(', ') } });
      }
      for (const key of ['user', 'role']) {
        const f = options.child(key);
        const v = f.str();
        if (v !== undefined && v !== '') report({ message: 'userOrRole', at: f, data: { where, key, value: JSON.stringify(v) } });
      }
    }
  };
}
