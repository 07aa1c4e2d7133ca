import { ruleTester, yaml } from './harness.js';

ruleTester('capabilities-baseline', {
  valid: [
    {
      name: 'adding capabilities from the default set is allowed',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              securityContext:
                capabilities:
                  add: [AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT]
      `,
    },
    {
      name: 'an empty add list, drop-only capabilities and a null capabilities are allowed',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - name: init
              image: x
              securityContext:
                capabilities: null
          containers:
            - name: app
              image: x
              securityContext:
                capabilities: {add: [], drop: [ALL]}
      `,
    },
    {
      name: 'dropping a non-default capability is not adding it',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              securityContext:
                capabilities:
                  drop: [SYS_ADMIN, NET_RAW]
      `,
    },
    {
      name: 'at restricted from 1.22 the check is replaced by capabilities-restricted',
      profile: 'restricted',
      version: '1.22',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              securityContext:
                capabilities:
                  add: [SYS_ADMIN]
      `,
    },
  ],
  invalid: [
    {
      name: 'SYS_ADMIN added to a container, at baseline',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              securityContext:
                capabilities:
                  add: [SYS_ADMIN]
      `,
      findings: [
        {
          message: 'addsMore',
          line: 10,
          column: 11,
          container: 'app',
          fixSafety: 'unsafe', fix: [{ op: 'remove', path: 'spec.containers[0].securityContext.capabilities.add' }],
        },
      ],
    },
    {
      name: 'only the non-default entries of a mixed list are removed, NET_RAW included',
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
              containers:
                - name: app
                  image: x
                  securityContext:
                    capabilities:
                      add:
                        - NET_BIND_SERVICE
                        - NET_RAW
                        - CHOWN
                        - SYS_PTRACE
      `,
      findings: [
        {
          message: 'addsMore',
          line: 14,
          column: 15,
          fixSafety: 'unsafe', fix: [
            { op: 'removeItem', path: 'spec.template.spec.containers[0].securityContext.capabilities.add', value: 'NET_RAW' },
            { op: 'removeItem', path: 'spec.template.spec.containers[0].securityContext.capabilities.add', value: 'SYS_PTRACE' },
          ],
        },
      ],
    },
    {
      name: 'capability names are exact: CAP_CHOWN and lower-case net_bind_service are not defaults',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              securityContext:
                capabilities:
                  add: [CAP_CHOWN, net_bind_service]
      `,
      findings: [
        {
          message: 'addsMore',
          line: 10,
          column: 11,
          fixSafety: 'unsafe', fix: [
            { op: 'remove', path: 'spec.containers[0].securityContext.capabilities.add' },
          ],
        },
      ],
    },
    {
      name: 'adding ALL is not allowed',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              securityContext:
                capabilities: {add: [ALL], drop: [ALL]}
      `,
      findings: [
        {
          message: 'addsMore',
          line: 9,
          column: 24,
          fixSafety: 'unsafe', fix: [{ op: 'remove', path: 'spec.containers[0].securityContext.capabilities.add' }],
        },
      ],
    },
    {
      name: 'init, regular and ephemeral containers of a DaemonSet each report',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: ds}
        spec:
          selector: {matchLabels: {app: ds}}
          template:
            metadata: {labels: {app: ds}}
            spec:
              initContainers:
                - name: init
                  image: x
                  securityContext: {capabilities: {add: [NET_ADMIN]}}
              containers:
                - name: agent
                  image: x
                  securityContext: {capabilities: {add: [BPF]}}
                - name: plain
                  image: x
              ephemeralContainers:
                - name: debug
                  image: x
                  securityContext: {capabilities: {add: [SYS_PTRACE]}}
      `,
      findings: [
        {
          message: 'addsMore',
          line: 12,
          column: 44,
          container: 'init',
          fixSafety: 'unsafe', fix: [{ op: 'remove', path: 'spec.template.spec.initContainers[0].securityContext.capabilities.add' }],
        },
        {
          message: 'addsMore',
          line: 16,
          column: 44,
          container: 'agent',
          fixSafety: 'unsafe', fix: [{ op: 'remove', path: 'spec.template.spec.containers[0].securityContext.capabilities.add' }],
        },
        {
          message: 'addsMore',
          line: 22,
          column: 44,
          container: 'debug',
          fixSafety: 'unsafe', fix: [{ op: 'remove', path: 'spec.template.spec.ephemeralContainers[0].securityContext.capabilities.add' }],
        },
      ],
    },
    {
      name: 'at restricted before 1.22 the baseline check still applies',
      profile: 'restricted',
      version: '1.21',
      yaml: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: job
                  image: x
                  securityContext:
                    capabilities:
                      add: [SYS_ADMIN]
      `,
      findings: [
        {
          message: 'addsMore',
          line: 13,
          column: 15,
          container: 'job',
          fixSafety: 'unsafe', fix: [{ op: 'remove', path: 'spec.template.spec.containers[0].securityContext.capabilities.add' }],
        },
      ],
    },
    {
      name: 'a PodTemplate in the second document of a file',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: a}
        spec:
          containers: [{name: app, image: x}]
        ---
        apiVersion: v1
        kind: PodTemplate
        metadata: {name: t}
        template:
          spec:
            containers:
              - name: app
                image: x
                securityContext:
                  capabilities:
                    add: [NET_ADMIN]
      `,
      findings: [
        {
          message: 'addsMore',
          line: 17,
          column: 13,
          fixSafety: 'unsafe', fix: [{ op: 'remove', path: 'template.spec.containers[0].securityContext.capabilities.add' }],
        },
      ],
    },
  ],
});
