// Reads spec.securityContext.sysctls. PSS baseline, "Sysctls": only namespaced sysctls isolated from other pods
// are allowed, and the list has grown with Kubernetes versions.
import { defineRule, type PodView, type Reporter } from '../engine/rule.js';

const SAFE_1_0 = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
];
const SAFE_1_27 = [...SAFE_1_0, 'net.ipv4.ip_local_reserved_ports'];
const SAFE_1_29 = [
  ...SAFE_1_27,
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
];
const SAFE_1_32 = [...SAFE_1_29, 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'];
const SAFE_1_37 = [...SAFE_1_32, 'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'];

export default defineRule({
  id: 'sysctls',
  summary: 'The pod sets only sysctls that are safe and isolated from other pods.',
  levels: { baseline: 'error', restricted: 'error', hardened: 'error' },
  pss: { check: 'sysctls', level: 'baseline' },
  versions: [
    { from: '1.0', check: onlySafeSysctls(SAFE_1_0) },
    { from: '1.27', check: onlySafeSysctls(SAFE_1_27) },
    { from: '1.29', check: onlySafeSysctls(SAFE_1_29) },
    { from: '1.32', check: onlySafeSysctls(SAFE_1_32) },
    { from: '1.37', check: onlySafeSysctls(SAFE_1_37) },
  ],
  messages: {
    unsafe: 'The pod sets sysctl {name}, which is not in the safe set at this Kubernetes version; remove it (safe: {safe}).',
  },
  help: {
    why: 'An unsafe sysctl can change kernel behaviour for every pod on the node, or disable security mechanisms.',
    fix: 'Remove the sysctl from spec.securityContext.sysctls; names are exact (dotted form, not slashes).',
  },
  risk: 'medium',
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    sysctls:
      - name: net.core.somaxconn
        value: "1024"
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
    sysctls:
      - name: net.ipv4.ip_local_port_range
        value: "32768 60999"
  containers:
    - name: app
      image: registry.example/web:1.0
`,
  },
});

function onlySafeSysctls(safe: string[]) {
  return (pod: PodView, report: Reporter<'unsafe'>): void => {
    for (const s of pod.field('securityContext.sysctls').list()) {
      const name = s.child('name');
      const value = name.str();
      if (value !== undefined && !safe.includes(value)) report({ message: 'unsafe', at: name, data: { name: value, safe: safe.join(', ') } });
    }
  };
}
