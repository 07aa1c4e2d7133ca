import { ruleTester, yaml } from './harness.js';

ruleTester('run-as-user', {
  valid: [
    {
      name: 'non-zero UIDs at pod and container level',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext: {runAsUser: 1000}
          initContainers:
            - name: setup
              image: x
              securityContext: {runAsUser: 65532}
          containers:
            - name: app
              image: x
          ephemeralContainers:
            - name: debug
              image: busybox
              securityContext: {runAsUser: 1}
      `,
    },
    {
      name: 'unset everywhere is not this check (the image decides)',
      profile: 'restricted',
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
      name: 'before 1.23 restricted allows UID 0',
      profile: 'restricted',
      version: '1.22',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext: {runAsUser: 0}
          containers:
            - name: app
              image: x
              securityContext: {runAsUser: 0}
      `,
    },
    {
      name: 'a user-namespaced pod (hostUsers: false) may use UID 0 from 1.35',
      profile: 'restricted',
      version: '1.35',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector: {matchLabels: {app: d}}
          template:
            metadata: {labels: {app: d}}
            spec:
              hostUsers: false
              securityContext: {runAsUser: 0}
              containers:
                - name: app
                  image: x
                  securityContext: {runAsUser: 0}
      `,
    },
    {
      name: 'baseline allows UID 0',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext: {runAsUser: 0}
          containers:
            - name: app
              image: x
      `,
    },
  ],
  invalid: [
    {
      name: 'pod-level 0 fails even when every container sets a non-zero UID',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            runAsUser: 0
          containers:
            - name: app
              image: x
              securityContext: {runAsUser: 1000}
      `,
      findings: [{ message: 'pod', line: 6, column: 5 }],
    },
    {
      name: "a container's 0 overrides the pod's non-zero UID; init and ephemeral containers count",
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext: {runAsUser: 1000}
          initContainers:
            - name: setup
              image: x
              securityContext:
                runAsUser: 0
          containers:
            - name: app
              image: x
          ephemeralContainers:
            - name: debug
              image: busybox
              securityContext: {runAsUser: 0}
      `,
      findings: [
        { message: 'container', line: 10, column: 9, container: 'setup' },
        { message: 'container', line: 17, column: 25, container: 'debug' },
      ],
    },
    {
      name: 'pod and container both 0: two findings',
      profile: 'restricted',
      version: '1.23',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext: {runAsUser: 0}
          containers:
            - name: app
              image: x
              securityContext: {runAsUser: 0}
      `,
      findings: [
        { message: 'pod', line: 5, column: 21 },
        { message: 'container', line: 9, column: 25 },
      ],
    },
    {
      name: 'hostUsers: false does not relax the check before 1.35',
      profile: 'restricted',
      version: '1.34',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostUsers: false
          securityContext: {runAsUser: 0}
          containers:
            - name: app
              image: x
      `,
      findings: [{ message: 'pod', line: 6, column: 21 }],
    },
    {
      name: 'hostUsers: true is not a user namespace, in a Job',
      profile: 'restricted',
      yaml: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            spec:
              hostUsers: true
              restartPolicy: Never
              containers:
                - name: job
                  image: x
                  securityContext: {runAsUser: 0}
      `,
      findings: [{ message: 'container', line: 12, column: 29, container: 'job' }],
    },
    {
      name: 'each document is checked on its own: only the second one sets 0',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: a}
        spec:
          securityContext: {runAsUser: 1000}
          containers:
            - name: app
              image: x
        ---
        apiVersion: v1
        kind: PodTemplate
        metadata: {name: t}
        template:
          spec:
            securityContext: {runAsUser: 0}
            containers:
              - name: app
                image: x
      `,
      findings: [{ message: 'pod', line: 15, column: 23 }],
    },
  ],
});
