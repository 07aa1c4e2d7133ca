import { ruleTester, yaml } from './harness.js';

ruleTester('explicit-run-as-group', {
  valid: [
    {
      name: 'a pod-level GID covers every container',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext: {runAsGroup: 65532}
          initContainers:
            - name: setup
              image: x
          containers:
            - name: app
              image: x
          ephemeralContainers:
            - name: debug
              image: busybox
      `,
    },
    {
      name: 'every container sets its own GID',
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
                  securityContext: {runAsGroup: 1000}
                - name: side
                  image: x
                  securityContext: {runAsGroup: 2000}
      `,
    },
    {
      name: 'GID 0 is explicit: the root-group rule reports it, not this one',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              securityContext: {runAsGroup: 0}
      `,
    },
    {
      name: 'a Windows pod is skipped (Linux only), at any version',
      version: '1.20',
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
    },
    {
      name: 'a hardening rule: off in the restricted profile',
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
  ],
  invalid: [
    {
      name: 'set nowhere: one finding per container, each fixed by a pod-level 65532',
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
              securityContext:
                runAsUser: 1000
      `,
      findings: [
        { message: 'unset', line: 7, column: 7, container: 'setup', fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.securityContext.runAsGroup', value: 65532 }] },
        { message: 'unset', line: 12, column: 7, container: 'app', fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.securityContext.runAsGroup', value: 65532 }] },
      ],
    },
    {
      name: 'only the container without its own GID is reported when the pod sets none',
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
                  securityContext: {runAsGroup: 1000}
              ephemeralContainers:
                - name: debug
                  image: busybox
      `,
      findings: [{ message: 'unset', line: 13, column: 11, container: 'debug', fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.template.spec.securityContext.runAsGroup', value: 65532 }] }],
    },
    {
      name: 'runAsGroup: null counts as unset',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            runAsGroup: null
          containers:
            - name: app
              image: x
      `,
      findings: [{ message: 'unset', line: 8, column: 7, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.securityContext.runAsGroup', value: 65532 }] }],
    },
    {
      name: 'a Linux pod (os.name linux) is checked',
      version: '1.30',
      yaml: yaml`
        apiVersion: v1
        kind: PodTemplate
        metadata: {name: t}
        template:
          spec:
            os: {name: linux}
            containers:
              - name: app
                image: x
      `,
      findings: [{ message: 'unset', line: 8, column: 9, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'template.spec.securityContext.runAsGroup', value: 65532 }] }],
    },
  ],
});
