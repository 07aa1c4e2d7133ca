import { ruleTester, yaml } from './harness.js';

ruleTester('run-as-non-root', {
  valid: [
    {
      name: 'pod-level true covers containers that leave it unset',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext: {runAsNonRoot: true}
          initContainers:
            - name: setup
              image: x
          containers:
            - name: app
              image: x
              securityContext: {runAsNonRoot: true}
          ephemeralContainers:
            - name: debug
              image: busybox
      `,
    },
    {
      name: 'pod unset, every init, regular and ephemeral container sets true',
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
                  securityContext: {runAsNonRoot: true}
              containers:
                - name: app
                  image: x
                  securityContext: {runAsNonRoot: true}
              ephemeralContainers:
                - name: debug
                  image: busybox
                  securityContext: {runAsNonRoot: true}
      `,
    },
    {
      name: 'a user-namespaced pod (hostUsers: false) is exempt from 1.35, even with runAsNonRoot: false',
      profile: 'restricted',
      version: '1.35',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostUsers: false
          securityContext: {runAsNonRoot: false}
          containers:
            - name: app
              image: x
            - name: side
              image: x
              securityContext: {runAsNonRoot: false}
      `,
    },
    {
      name: 'a Windows pod passes with pod-level true',
      profile: 'restricted',
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
    },
    {
      name: 'baseline does not require runAsNonRoot',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext: {runAsNonRoot: false}
          containers:
            - name: app
              image: x
      `,
    },
  ],
  invalid: [
    {
      name: 'unset, and every container runs as a known non-zero UID (its own or the pod\'s): the pod-level true is a safe fix',
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
              securityContext: {runAsUser: 1000}
              initContainers:
                - name: setup
                  image: x
                  securityContext: {runAsUser: 2000}
              containers:
                - name: app
                  image: x
      `,
      findings: [
        { message: 'missing', line: 13, column: 11, container: 'setup', fixSafety: 'safe', fix: [{ op: 'set', path: 'spec.template.spec.securityContext.runAsNonRoot', value: true }] },
        { message: 'missing', line: 15, column: 11, container: 'app', fixSafety: 'safe', fix: [{ op: 'set', path: 'spec.template.spec.securityContext.runAsNonRoot', value: true }] },
      ],
    },
    {
      name: 'one container runs as a known UID and one as the image decides: the shared pod-level fix is unsafe for both',
      profile: 'restricted',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              securityContext: {runAsUser: 1000}
            - name: side
              image: x
      `,
      findings: [
        { message: 'missing', line: 8, column: 7, container: 'app', fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.securityContext.runAsNonRoot', value: true }] },
        { message: 'missing', line: 9, column: 7, container: 'side', fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.securityContext.runAsNonRoot', value: true }] },
      ],
    },
    {
      name: 'runAsUser 0 is no known non-root user, and a string UID is no UID: both fixes are unsafe',
      profile: 'restricted',
      yaml: yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: Pod
            metadata: {name: root}
            spec:
              securityContext: {runAsUser: 0}
              containers:
                - name: app
                  image: x
          - apiVersion: v1
            kind: Pod
            metadata: {name: text}
            spec:
              securityContext: {runAsUser: "1000"}
              containers:
                - name: app
                  image: x
      `,
      findings: [
        { message: 'missing', line: 10, column: 11, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.securityContext.runAsNonRoot', value: true }] },
        { message: 'missing', line: 18, column: 11, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.securityContext.runAsNonRoot', value: true }] },
      ],
    },
    {
      name: 'set nowhere: one finding per container, each fixed at the pod level',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - name: setup
              image: x
          containers:
            - name: app
              image: x
              securityContext: {readOnlyRootFilesystem: true}
      `,
      findings: [
        { message: 'missing', line: 6, column: 7, container: 'setup', fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.securityContext.runAsNonRoot', value: true }] },
        { message: 'missing', line: 11, column: 7, container: 'app', fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.securityContext.runAsNonRoot', value: true }] },
      ],
    },
    {
      name: 'only the container that neither sets it nor inherits true is reported',
      profile: 'restricted',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext: {runAsUser: 1000}
          containers:
            - name: app
              image: x
              securityContext: {runAsNonRoot: true}
          ephemeralContainers:
            - name: debug
              image: busybox
      `,
      findings: [{ message: 'missing', line: 11, column: 7, container: 'debug', fixSafety: 'safe', fix: [{ op: 'set', path: 'spec.securityContext.runAsNonRoot', value: true }] }],
    },
    {
      name: 'pod-level false fails even when every container sets true',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            runAsNonRoot: false
          containers:
            - name: app
              image: x
              securityContext: {runAsNonRoot: true}
      `,
      findings: [{ message: 'podFalse', line: 6, column: 5, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.securityContext.runAsNonRoot', value: true }] }],
    },
    {
      name: "a container inheriting the pod's false is covered by the pod's finding",
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
              securityContext: {runAsNonRoot: false}
              containers:
                - name: app
                  image: x
      `,
      findings: [{ message: 'podFalse', line: 10, column: 25, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.template.spec.securityContext.runAsNonRoot', value: true }] }],
    },
    {
      name: "container false overrides the pod's true and fails",
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext: {runAsNonRoot: true}
          initContainers:
            - name: setup
              image: x
              securityContext:
                runAsNonRoot: false
          containers:
            - name: app
              image: x
      `,
      findings: [
        {
          message: 'containerFalse',
          line: 10,
          column: 9,
          container: 'setup',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.initContainers[0].securityContext.runAsNonRoot', value: true }],
        },
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
          containers:
            - name: app
              image: x
      `,
      findings: [{ message: 'missing', line: 7, column: 7, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.securityContext.runAsNonRoot', value: true }] }],
    },
    {
      name: 'hostUsers: true is not a user namespace',
      profile: 'restricted',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostUsers: true
          securityContext: {runAsNonRoot: false}
          containers:
            - name: app
              image: x
      `,
      findings: [{ message: 'podFalse', line: 6, column: 21, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.securityContext.runAsNonRoot', value: true }] }],
    },
    {
      name: 'a Windows pod still needs runAsNonRoot',
      profile: 'restricted',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          os: {name: windows}
          containers:
            - name: app
              image: x
      `,
      findings: [{ message: 'missing', line: 7, column: 7, container: 'app', fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.securityContext.runAsNonRoot', value: true }] }],
    },
    {
      name: 'the oldest version checks it too, in a CronJob',
      profile: 'restricted',
      version: '1.0',
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
                      securityContext: {runAsNonRoot: false}
      `,
      findings: [
        {
          message: 'containerFalse',
          line: 14,
          column: 33,
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.jobTemplate.spec.template.spec.containers[0].securityContext.runAsNonRoot', value: true }],
        },
      ],
    },
  ],
});
