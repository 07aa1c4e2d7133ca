import { ruleTester, yaml } from './harness.js';

ruleTester('invalid-field', {
  valid: [
    {
      name: 'well-typed fields',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          automountServiceAccountToken: false
          securityContext: {runAsUser: 1000, runAsNonRoot: true, supplementalGroups: [1000]}
          containers:
            - name: app
              image: x
              securityContext:
                allowPrivilegeEscalation: false
                capabilities: {drop: [ALL]}
      `,
    },
    {
      name: 'securityContext: null is simply absent',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext: null
          containers:
            - name: app
              image: x
              securityContext: null
      `,
    },
    {
      name: 'null leaves are absent too',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          volumes: null
          containers:
            - name: app
              image: x
              securityContext:
                runAsUser: null
                capabilities: {drop: null}
      `,
    },
    {
      name: 'a resource that is not a workload is not read',
      yaml: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: c}
        data: "not a map"
      `,
    },
  ],
  invalid: [
    ...(['baseline', 'restricted', 'hardened'] as const).flatMap((profile) =>
      ['1.0', 'latest'].map((version) => ({
        name: `a mistyped field is reported once at the field under ${profile} at ${version}, whether or not a rule of it reads the field`,
        profile,
        version,
        yaml: yaml`
          apiVersion: v1
          kind: Pod
          metadata: {name: p}
          spec:
            securityContext: {runAsUser: "0"}
            containers:
              - name: app
                image: x
                securityContext:
                  runAsUser: "1000"
                  readOnlyRootFilesystem: "true"
        `,
        findings: [
          { message: 'mistyped', line: 5, column: 21 },
          { message: 'mistyped', line: 10, column: 9 },
          { message: 'mistyped', line: 11, column: 9 },
        ],
      })),
    ),
    {
      name: 'quoted hostUsers and os.name are mistyped, and the pod is not treated as user-namespaced or Windows',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostUsers: "false"
          os: {name: [windows]}
          containers:
            - {name: app, image: x}
      `,
      findings: [
        { message: 'mistyped', line: 5, column: 3 },
        { message: 'mistyped', line: 6, column: 8 },
      ],
    },
    {
      name: 'containers given as a string',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: "x"
      `,
      findings: [{ message: 'mistyped', line: 5, column: 3 }],
    },
    {
      name: 'a quoted runAsUser at the pod level, reported once although several rules read it',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            runAsUser: "0"
          containers:
            - name: app
              image: x
      `,
      findings: [{ message: 'mistyped', line: 6, column: 5 }],
    },
    {
      name: 'a container securityContext given as a string',
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
                  securityContext: "x"
      `,
      findings: [{ message: 'mistyped', line: 12, column: 11 }],
    },
    {
      name: 'a quoted boolean and a capability list written as a string',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              securityContext:
                allowPrivilegeEscalation: "false"
                capabilities:
                  drop: ALL
      `,
      findings: [
        { message: 'mistyped', line: 9, column: 9 },
        { message: 'mistyped', line: 11, column: 11 },
      ],
    },
    {
      name: 'a container entry that is not an object',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - app
      `,
      findings: [{ message: 'mistyped', line: 6, column: 7 }],
    },
    {
      name: 'a quoted shareProcessNamespace in a CronJob inside a List',
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
                      restartPolicy: OnFailure
                      shareProcessNamespace: "true"
                      containers:
                        - name: job
                          image: x
      `,
      findings: [{ message: 'mistyped', line: 14, column: 15 }],
    },
    {
      name: 'volumes given as a map, read by restricted-volumes at restricted',
      profile: 'restricted',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          volumes:
            data: {emptyDir: {}}
          containers:
            - name: app
              image: x
      `,
      findings: [{ message: 'mistyped', line: 5, column: 3 }],
    },
    {
      name: 'a supplementalGroups entry that is a string',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            supplementalGroups: [1000, "0"]
          containers:
            - name: app
              image: x
      `,
      findings: [{ message: 'mistyped', line: 6, column: 32 }],
    },
  ],
});
