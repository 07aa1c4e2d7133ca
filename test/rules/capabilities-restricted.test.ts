import { ruleTester, yaml } from './harness.js';

ruleTester('capabilities-restricted', {
  valid: [
    {
      name: 'every kind of container drops ALL; NET_BIND_SERVICE may be added back',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - name: setup
              image: x
              securityContext:
                capabilities: {drop: [ALL]}
          containers:
            - name: web
              image: x
              securityContext:
                capabilities:
                  drop: [ALL]
                  add: [NET_BIND_SERVICE]
          ephemeralContainers:
            - name: debug
              image: busybox
              securityContext:
                capabilities: {drop: [NET_RAW, ALL]}
      `,
    },
    {
      name: 'a PodTemplate whose container drops ALL',
      yaml: yaml`
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
                    drop: ["ALL"]
      `,
    },
    {
      name: 'before 1.22 restricted has no capabilities_restricted check',
      profile: 'restricted',
      version: '1.21',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
      `,
    },
    {
      name: 'baseline does not require dropping ALL',
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
                capabilities: {add: [CHOWN]}
      `,
    },
    {
      name: 'a Windows pod is exempt from 1.25',
      profile: 'restricted',
      version: '1.25',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          os:
            name: windows
          securityContext: {runAsNonRoot: true}
          containers:
            - name: app
              image: x
      `,
    },
  ],
  invalid: [
    {
      name: 'a drop written as a string is replaced by a list, not appended to',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              securityContext: {capabilities: {drop: ALL}}
      `,
      findings: [
        { message: 'keepsAll', line: 8, column: 40, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.containers[0].securityContext.capabilities.drop', value: ['ALL'] }] },
      ],
    },
    {
      name: 'no securityContext: reported at the container name, fixed by setting drop to [ALL]',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
      `,
      findings: [
        {
          message: 'keepsAll',
          line: 6,
          column: 7,
          container: 'app',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.containers[0].securityContext.capabilities.drop', value: ['ALL'] }],
        },
      ],
    },
    {
      name: 'empty capabilities in an init container of a Deployment: reported at capabilities',
      profile: 'restricted',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector: {matchLabels: {app: d}}
          template:
            metadata: {labels: {app: d}}
            spec:
              initContainers:
                - name: setup
                  image: x
                  securityContext:
                    capabilities: {}
              containers:
                - name: app
                  image: x
                  securityContext:
                    capabilities: {drop: [ALL]}
      `,
      findings: [
        {
          message: 'keepsAll',
          line: 13,
          column: 13,
          container: 'setup',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.template.spec.initContainers[0].securityContext.capabilities.drop', value: ['ALL'] }],
        },
      ],
    },
    {
      name: 'drop is case-sensitive: [all] does not drop ALL; the fix appends ALL',
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
                  drop: [all, NET_RAW]
      `,
      findings: [
        {
          message: 'keepsAll',
          line: 10,
          column: 11,
          container: 'app',
          fixSafety: 'unsafe', fix: [{ op: 'append', path: 'spec.containers[0].securityContext.capabilities.drop', value: 'ALL' }],
        },
      ],
    },
    {
      name: 'adding anything but the exact NET_BIND_SERVICE: one finding, one removal per capability',
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
                  drop: [ALL]
                  add: [NET_BIND_SERVICE, CHOWN, net_bind_service, CAP_NET_BIND_SERVICE]
      `,
      findings: [
        {
          message: 'addsMore',
          line: 11,
          column: 11,
          container: 'app',
          fixSafety: 'unsafe', fix: [
            { op: 'removeItem', path: 'spec.containers[0].securityContext.capabilities.add', value: 'CHOWN' },
            { op: 'removeItem', path: 'spec.containers[0].securityContext.capabilities.add', value: 'net_bind_service' },
            { op: 'removeItem', path: 'spec.containers[0].securityContext.capabilities.add', value: 'CAP_NET_BIND_SERVICE' },
          ],
        },
      ],
    },
    {
      name: 'an ephemeral container that keeps everything and adds SYS_PTRACE gets both findings',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              securityContext: {capabilities: {drop: [ALL]}}
          ephemeralContainers:
            - name: debug
              image: busybox
              securityContext:
                capabilities:
                  add: [SYS_PTRACE]
      `,
      findings: [
        {
          message: 'keepsAll',
          line: 13,
          column: 9,
          container: 'debug',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.ephemeralContainers[0].securityContext.capabilities.drop', value: ['ALL'] }],
        },
        {
          message: 'addsMore',
          line: 14,
          column: 11,
          container: 'debug',
          fixSafety: 'unsafe', fix: [{ op: 'remove', path: 'spec.ephemeralContainers[0].securityContext.capabilities.add' }],
        },
      ],
    },
    {
      name: 'at exactly 1.22 the check applies',
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
                capabilities: {drop: [NET_RAW]}
      `,
      findings: [
        { message: 'keepsAll', line: 9, column: 24, fixSafety: 'unsafe', fix: [{ op: 'append', path: 'spec.containers[0].securityContext.capabilities.drop', value: 'ALL' }] },
      ],
    },
    {
      name: 'a Windows pod is not exempt before 1.25',
      profile: 'restricted',
      version: '1.24',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          os: {name: windows}
          securityContext: {runAsNonRoot: true}
          containers:
            - name: app
              image: x
      `,
      findings: [
        { message: 'keepsAll', line: 8, column: 7, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.containers[0].securityContext.capabilities.drop', value: ['ALL'] }] },
      ],
    },
    {
      name: 'a CronJob and a ReplicationController in one file, both keeping capabilities',
      yaml: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          schedule: "@daily"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                    - name: job
                      image: x
        ---
        apiVersion: v1
        kind: ReplicationController
        metadata: {name: rc}
        spec:
          selector: {app: rc}
          template:
            metadata: {labels: {app: rc}}
            spec:
              containers:
                - name: web
                  image: x
                  securityContext:
                    capabilities: {drop: [KILL]}
      `,
      findings: [
        {
          message: 'keepsAll',
          line: 12,
          column: 15,
          container: 'job',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.jobTemplate.spec.template.spec.containers[0].securityContext.capabilities.drop', value: ['ALL'] }],
        },
        {
          message: 'keepsAll',
          line: 27,
          column: 28,
          container: 'web',
          fixSafety: 'unsafe', fix: [{ op: 'append', path: 'spec.template.spec.containers[0].securityContext.capabilities.drop', value: 'ALL' }],
        },
      ],
    },
  ],
});
