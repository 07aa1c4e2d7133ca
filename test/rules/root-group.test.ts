import { ruleTester, yaml } from './harness.js';

ruleTester('root-group', {
  valid: [
    {
      name: 'non-zero GIDs in runAsGroup, fsGroup and supplementalGroups',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            runAsGroup: 1000
            fsGroup: 2000
            supplementalGroups: [3000, 4000]
          initContainers:
            - name: setup
              image: x
              securityContext: {runAsGroup: 65532}
          containers:
            - name: app
              image: x
      `,
    },
    {
      name: 'no group set at all is explicit-run-as-group territory, not this rule',
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
      name: 'a hardening rule: off in the restricted profile',
      profile: 'restricted',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext: {runAsGroup: 0, fsGroup: 0}
          containers:
            - name: app
              image: x
      `,
    },
  ],
  invalid: [
    {
      name: 'pod runAsGroup, fsGroup and a supplementalGroups entry of 0: one finding each',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            runAsGroup: 0
            fsGroup: 0
            supplementalGroups:
              - 1000
              - 0
          containers:
            - name: app
              image: x
      `,
      findings: [
        { message: 'zero', line: 6, column: 5 },
        { message: 'zero', line: 7, column: 5 },
        { message: 'zero', line: 10, column: 9 },
      ],
    },
    {
      name: "pod-level runAsGroup 0 is reported even when every container sets its own",
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector: {matchLabels: {app: d}}
          template:
            metadata: {labels: {app: d}}
            spec:
              securityContext: {runAsGroup: 0}
              containers:
                - name: app
                  image: x
                  securityContext: {runAsGroup: 1000}
      `,
      findings: [{ message: 'zero', line: 9, column: 25 }],
    },
    {
      name: "a container's runAsGroup 0 overrides the pod's non-zero GID; init and ephemeral containers count",
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext: {runAsGroup: 1000}
          initContainers:
            - name: setup
              image: x
              securityContext:
                runAsGroup: 0
          containers:
            - name: app
              image: x
          ephemeralContainers:
            - name: debug
              image: busybox
              securityContext: {runAsGroup: 0}
      `,
      findings: [
        { message: 'zero', line: 10, column: 9, container: 'setup' },
        { message: 'zero', line: 17, column: 25, container: 'debug' },
      ],
    },
    {
      name: 'a flow-style supplementalGroups list in a CronJob, at an old version',
      version: '1.5',
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
                  securityContext: {supplementalGroups: [0, 10]}
                  containers:
                    - name: job
                      image: x
      `,
      findings: [{ message: 'zero', line: 11, column: 50 }],
    },
  ],
});
