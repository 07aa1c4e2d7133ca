import { ruleTester, yaml } from './harness.js';

ruleTester('allow-privilege-escalation', {
  valid: [
    {
      name: 'init, regular and ephemeral containers all set false',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - name: setup
              image: x
              securityContext: {allowPrivilegeEscalation: false}
          containers:
            - name: app
              image: x
              securityContext: {allowPrivilegeEscalation: false}
          ephemeralContainers:
            - name: debug
              image: busybox
              securityContext: {allowPrivilegeEscalation: false}
      `,
    },
    {
      name: 'a CronJob whose container sets false',
      yaml: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          schedule: "0 * * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                    - name: job
                      image: x
                      securityContext:
                        allowPrivilegeEscalation: false
      `,
    },
    {
      name: 'baseline does not check privilege escalation',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              securityContext: {allowPrivilegeEscalation: true}
      `,
    },
    {
      name: 'before 1.8 the check does not exist',
      profile: 'restricted',
      version: '1.7',
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
      name: 'a Windows pod is exempt from 1.25',
      profile: 'restricted',
      version: '1.25',
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
              securityContext: {allowPrivilegeEscalation: true}
      `,
    },
    {
      name: 'a pod-level field that does not exist does not stand in for the container',
      yaml: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: s}
        spec:
          serviceName: s
          selector: {matchLabels: {app: s}}
          template:
            metadata: {labels: {app: s}}
            spec:
              containers:
                - name: app
                  image: x
                  securityContext:
                    allowPrivilegeEscalation: false
      `,
    },
    {
      name: 'a custom resource that happens to be called Deployment is not a workload',
      yaml: yaml`
        apiVersion: example.com/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            spec:
              containers:
                - name: app
                  image: x
      `,
    },
  ],
  invalid: [
    {
      name: 'unset in a container without securityContext: reported at its name, fixed by setting false',
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
          message: 'allowed',
          line: 6,
          column: 7,
          container: 'app',
          fixSafety: 'safe', fix: [{ op: 'set', path: 'spec.containers[0].securityContext.allowPrivilegeEscalation', value: false }],
        },
      ],
    },
    {
      name: 'unset under an existing securityContext: reported at securityContext',
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
              containers:
                - name: app
                  image: x
                  securityContext:
                    runAsNonRoot: true
      `,
      findings: [
        {
          message: 'allowed',
          line: 12,
          column: 11,
          container: 'app',
          fixSafety: 'safe', fix: [{ op: 'set', path: 'spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation', value: false }],
        },
      ],
    },
    {
      name: 'explicit true in an init container and unset in an ephemeral container',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - name: setup
              image: x
              securityContext:
                allowPrivilegeEscalation: true
          containers:
            - name: app
              image: x
              securityContext: {allowPrivilegeEscalation: false}
          ephemeralContainers:
            - name: debug
              image: busybox
      `,
      findings: [
        {
          message: 'allowed',
          line: 9,
          column: 9,
          container: 'setup',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.initContainers[0].securityContext.allowPrivilegeEscalation', value: false }],
        },
        {
          message: 'allowed',
          line: 15,
          column: 7,
          container: 'debug',
          fixSafety: 'safe', fix: [{ op: 'set', path: 'spec.ephemeralContainers[0].securityContext.allowPrivilegeEscalation', value: false }],
        },
      ],
    },
    {
      name: 'at exactly 1.8 the check applies',
      profile: 'restricted',
      version: '1.8',
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
        { message: 'allowed', line: 6, column: 7, fixSafety: 'safe', fix: [{ op: 'set', path: 'spec.containers[0].securityContext.allowPrivilegeEscalation', value: false }] },
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
        { message: 'allowed', line: 8, column: 7, fixSafety: 'safe', fix: [{ op: 'set', path: 'spec.containers[0].securityContext.allowPrivilegeEscalation', value: false }] },
      ],
    },
    {
      name: 'a Linux pod (os.name linux) is not exempt',
      profile: 'restricted',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          os: {name: linux}
          containers:
            - name: app
              image: x
              securityContext: {allowPrivilegeEscalation: true}
      `,
      findings: [
        { message: 'allowed', line: 9, column: 25, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.containers[0].securityContext.allowPrivilegeEscalation', value: false }] },
      ],
    },
    {
      name: 'no fix next to privileged: true, which the API server would then reject',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              securityContext:
                privileged: true
      `,
      findings: [{ message: 'blocked', line: 8, column: 7, container: 'app' }],
    },
    {
      name: 'no fix next to an added SYS_ADMIN',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              securityContext:
                allowPrivilegeEscalation: true
                capabilities:
                  add: [SYS_ADMIN]
      `,
      findings: [{ message: 'blocked', line: 9, column: 9, container: 'app' }],
    },
    {
      name: 'no fix next to an added CAP_SYS_ADMIN, while a sibling container still gets one',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: admin
              image: x
              securityContext:
                capabilities:
                  add: [CAP_SYS_ADMIN]
            - name: app
              image: x
              securityContext:
                privileged: false
      `,
      findings: [
        { message: 'blocked', line: 8, column: 7, container: 'admin' },
        {
          message: 'allowed',
          line: 13,
          column: 7,
          container: 'app',
          fixSafety: 'safe', fix: [{ op: 'set', path: 'spec.containers[1].securityContext.allowPrivilegeEscalation', value: false }],
        },
      ],
    },
    {
      name: 'each item of a List is checked, with paths inside the item',
      yaml: yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: Pod
            metadata: {name: ok}
            spec:
              containers:
                - name: app
                  image: x
                  securityContext: {allowPrivilegeEscalation: false}
          - apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: ds}
            spec:
              selector: {matchLabels: {app: ds}}
              template:
                metadata: {labels: {app: ds}}
                spec:
                  containers:
                    - name: agent
                      image: x
                      securityContext: {allowPrivilegeEscalation: true}
      `,
      findings: [
        {
          message: 'allowed',
          line: 23,
          column: 33,
          container: 'agent',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation', value: false }],
        },
      ],
    },
    {
      name: 'each document of a multi-document file is checked (Job, then ReplicaSet)',
      yaml: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: once
                  image: x
        ---
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata: {name: rs}
        spec:
          selector: {matchLabels: {app: rs}}
          template:
            metadata: {labels: {app: rs}}
            spec:
              containers:
                - name: web
                  image: x
                  securityContext: {allowPrivilegeEscalation: true}
      `,
      findings: [
        {
          message: 'allowed',
          line: 9,
          column: 11,
          container: 'once',
          fixSafety: 'safe', fix: [{ op: 'set', path: 'spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation', value: false }],
        },
        {
          message: 'allowed',
          line: 23,
          column: 29,
          container: 'web',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation', value: false }],
        },
      ],
    },
  ],
});
