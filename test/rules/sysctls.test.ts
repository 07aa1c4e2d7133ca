import { ruleTester, yaml } from './harness.js';

ruleTester('sysctls', {
  valid: [
    {
      name: 'the five original safe sysctls at 1.0',
      profile: 'baseline',
      version: '1.0',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            sysctls:
              - {name: kernel.shm_rmid_forced, value: "0"}
              - {name: net.ipv4.ip_local_port_range, value: "1024 65535"}
              - {name: net.ipv4.tcp_syncookies, value: "1"}
              - {name: net.ipv4.ping_group_range, value: "0 2147483647"}
              - {name: net.ipv4.ip_unprivileged_port_start, value: "1024"}
          containers: [{name: app, image: x}]
      `,
    },
    {
      name: 'net.ipv4.ip_local_reserved_ports is safe from 1.27',
      profile: 'baseline',
      version: '1.27',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            sysctls: [{name: net.ipv4.ip_local_reserved_ports, value: "30000-30100"}]
          containers: [{name: app, image: x}]
      `,
    },
    {
      name: 'the TCP keepalive and fin_timeout sysctls are safe from 1.29',
      profile: 'baseline',
      version: '1.29',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            sysctls:
              - {name: net.ipv4.tcp_keepalive_time, value: "600"}
              - {name: net.ipv4.tcp_fin_timeout, value: "30"}
              - {name: net.ipv4.tcp_keepalive_intvl, value: "60"}
              - {name: net.ipv4.tcp_keepalive_probes, value: "5"}
          containers: [{name: app, image: x}]
      `,
    },
    {
      name: 'tcp_rmem and tcp_wmem are safe from 1.32',
      profile: 'baseline',
      version: '1.32',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            sysctls:
              - {name: net.ipv4.tcp_rmem, value: "4096 87380 6291456"}
              - {name: net.ipv4.tcp_wmem, value: "4096 16384 4194304"}
          containers: [{name: app, image: x}]
      `,
    },
    {
      name: 'tcp_slow_start_after_idle and tcp_notsent_lowat are safe from 1.37',
      profile: 'baseline',
      version: '1.37',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            sysctls:
              - {name: net.ipv4.tcp_slow_start_after_idle, value: "0"}
              - {name: net.ipv4.tcp_notsent_lowat, value: "16384"}
          containers: [{name: app, image: x}]
      `,
    },
    {
      name: 'a version above the newest policy is evaluated as the newest',
      version: '1.40',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            sysctls: [{name: net.ipv4.tcp_notsent_lowat, value: "16384"}]
          containers: [{name: app, image: x}]
      `,
    },
    {
      name: 'no sysctls and an empty list',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            sysctls: []
          containers: [{name: app, image: x}]
      `,
    },
  ],
  invalid: [
    {
      name: 'an unsafe sysctl, at baseline',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            sysctls:
              - name: kernel.msgmax
                value: "65536"
          containers: [{name: app, image: x}]
      `,
      findings: [{ message: 'unsafe', line: 7, column: 9, container: null }],
    },
    {
      name: 'net.ipv4.ip_local_reserved_ports fails before 1.27',
      profile: 'baseline',
      version: '1.26',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            sysctls: [{name: net.ipv4.ip_local_reserved_ports, value: "30000-30100"}]
          containers: [{name: app, image: x}]
      `,
      findings: [{ message: 'unsafe', line: 6, column: 16 }],
    },
    {
      name: 'net.ipv4.tcp_keepalive_time fails before 1.29',
      profile: 'baseline',
      version: '1.28',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            sysctls: [{name: net.ipv4.tcp_keepalive_time, value: "600"}]
          containers: [{name: app, image: x}]
      `,
      findings: [{ message: 'unsafe', line: 6, column: 16 }],
    },
    {
      name: 'net.ipv4.tcp_rmem fails before 1.32',
      profile: 'baseline',
      version: '1.31',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            sysctls: [{name: net.ipv4.tcp_rmem, value: "4096 87380 6291456"}]
          containers: [{name: app, image: x}]
      `,
      findings: [{ message: 'unsafe', line: 6, column: 16 }],
    },
    {
      name: 'net.ipv4.tcp_notsent_lowat fails before 1.37',
      profile: 'baseline',
      version: '1.36',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            sysctls: [{name: net.ipv4.tcp_notsent_lowat, value: "16384"}]
          containers: [{name: app, image: x}]
      `,
      findings: [{ message: 'unsafe', line: 6, column: 16 }],
    },
    {
      name: 'the slash form of a safe sysctl name is not the same name',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            sysctls: [{name: net/ipv4/tcp_syncookies, value: "1"}]
          containers: [{name: app, image: x}]
      `,
      findings: [{ message: 'unsafe', line: 6, column: 16 }],
    },
    {
      name: 'each unsafe sysctl of a Deployment reports, the safe one does not',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector: {matchLabels: {app: d}}
          template:
            metadata: {labels: {app: d}}
            spec:
              securityContext:
                sysctls:
                  - {name: net.core.somaxconn, value: "1024"}
                  - {name: net.ipv4.tcp_syncookies, value: "1"}
                  - {name: kernel.sem, value: "250 32000 100 128"}
              containers: [{name: app, image: x}]
      `,
      findings: [
        { message: 'unsafe', line: 11, column: 14 },
        { message: 'unsafe', line: 13, column: 14 },
      ],
    },
    {
      name: 'a CronJob in a List and a Job in a second document',
      yaml: yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: batch/v1
            kind: CronJob
            metadata: {name: c}
            spec:
              schedule: "@daily"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      securityContext: {sysctls: [{name: vm.overcommit_memory, value: "1"}]}
                      containers: [{name: job, image: x}]
        ---
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            spec:
              restartPolicy: Never
              securityContext:
                sysctls: [{name: net.ipv4.ip_forward, value: "1"}]
              containers: [{name: job, image: x}]
      `,
      findings: [
        { message: 'unsafe', line: 14, column: 44 },
        { message: 'unsafe', line: 25, column: 20 },
      ],
    },
  ],
});
