import { ruleTester, yaml } from './harness.js';

ruleTester('share-process-namespace', {
  valid: [
    {
      name: 'unset: each container has its own process namespace',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
            - name: side
              image: x
      `,
    },
    {
      name: 'explicit false',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector: {matchLabels: {app: d}}
          template:
            metadata: {labels: {app: d}}
            spec:
              shareProcessNamespace: false
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
          shareProcessNamespace: true
          containers:
            - name: app
              image: x
      `,
    },
    {
      name: 'a container-level key of the same name is not a pod field and is not read',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              env:
                - {name: shareProcessNamespace, value: "true"}
      `,
    },
  ],
  invalid: [
    {
      name: 'true is reported once per pod, without a fix',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          shareProcessNamespace: true
          containers:
            - name: app
              image: x
            - name: side
              image: x
      `,
      findings: [{ message: 'shared', line: 5, column: 3 }],
    },
    {
      name: 'true in a DaemonSet and in a CronJob of the same file',
      yaml: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: ds}
        spec:
          selector: {matchLabels: {app: ds}}
          template:
            metadata: {labels: {app: ds}}
            spec:
              shareProcessNamespace: true
              containers:
                - name: agent
                  image: x
        ---
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
                  shareProcessNamespace: true
                  containers:
                    - name: job
                      image: x
      `,
      findings: [
        { message: 'shared', line: 9, column: 7 },
        { message: 'shared', line: 24, column: 11 },
      ],
    },
  ],
});
