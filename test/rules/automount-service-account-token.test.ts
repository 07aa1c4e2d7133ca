import { ruleTester, yaml } from './harness.js';

ruleTester('automount-service-account-token', {
  valid: [
    {
      name: 'the pod opts out with false',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          automountServiceAccountToken: false
          containers:
            - name: app
              image: x
      `,
    },
    {
      name: 'false in a Deployment template',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector: {matchLabels: {app: d}}
          template:
            metadata: {labels: {app: d}}
            spec:
              automountServiceAccountToken: false
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
          automountServiceAccountToken: true
          containers:
            - name: app
              image: x
      `,
    },
    {
      name: 'a resource that is not a workload is not checked',
      yaml: yaml`
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: sa}
        automountServiceAccountToken: true
      `,
    },
  ],
  invalid: [
    {
      name: 'unset: reported at the pod spec, with no fix',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
      `,
      findings: [{ message: 'mounted', line: 4, column: 1 }],
    },
    {
      name: 'explicit true is reported at the field',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          serviceAccountName: builder
          automountServiceAccountToken: true
          containers:
            - name: app
              image: x
      `,
      findings: [{ message: 'mounted', line: 6, column: 3 }],
    },
    {
      name: 'once per pod, not per container, in a CronJob',
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
                  initContainers:
                    - name: setup
                      image: x
                  containers:
                    - name: a
                      image: x
                    - name: b
                      image: x
      `,
      findings: [{ message: 'mounted', line: 9, column: 9 }],
    },
    {
      name: 'each workload of a List and of a second document',
      yaml: yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: ds}
            spec:
              selector: {matchLabels: {app: ds}}
              template:
                metadata: {labels: {app: ds}}
                spec:
                  automountServiceAccountToken: true
                  containers:
                    - name: agent
                      image: x
        ---
        apiVersion: v1
        kind: PodTemplate
        metadata: {name: t}
        template:
          spec:
            containers:
              - name: app
                image: x
      `,
      findings: [
        { message: 'mounted', line: 12, column: 11 },
        { message: 'mounted', line: 21, column: 3 },
      ],
    },
  ],
});
