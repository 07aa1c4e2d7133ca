import { ruleTester, yaml } from './harness.js';

ruleTester('read-only-root-filesystem', {
  valid: [
    {
      name: 'init, regular and ephemeral containers all set true',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - name: setup
              image: x
              securityContext: {readOnlyRootFilesystem: true}
          containers:
            - name: app
              image: x
              securityContext:
                readOnlyRootFilesystem: true
              volumeMounts:
                - {name: tmp, mountPath: /tmp}
          ephemeralContainers:
            - name: debug
              image: busybox
              securityContext: {readOnlyRootFilesystem: true}
          volumes:
            - name: tmp
              emptyDir: {}
      `,
    },
    {
      name: 'a Windows pod is skipped (Linux only)',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector: {matchLabels: {app: d}}
          template:
            metadata: {labels: {app: d}}
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
      name: 'unset: reported at the container name, fixed by setting true',
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
        { message: 'writable', line: 6, column: 7, container: 'app', fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.containers[0].securityContext.readOnlyRootFilesystem', value: true }] },
      ],
    },
    {
      name: 'explicit false in an init container and unset in an ephemeral one',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - name: setup
              image: x
              securityContext:
                readOnlyRootFilesystem: false
          containers:
            - name: app
              image: x
              securityContext: {readOnlyRootFilesystem: true}
          ephemeralContainers:
            - name: debug
              image: busybox
              securityContext: {privileged: false}
      `,
      findings: [
        {
          message: 'writable',
          line: 9,
          column: 9,
          container: 'setup',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.initContainers[0].securityContext.readOnlyRootFilesystem', value: true }],
        },
        {
          message: 'writable',
          line: 17,
          column: 7,
          container: 'debug',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.ephemeralContainers[0].securityContext.readOnlyRootFilesystem', value: true }],
        },
      ],
    },
    {
      name: 'a pod-level readOnlyRootFilesystem is ignored by Kubernetes and does not count',
      yaml: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            spec:
              restartPolicy: Never
              securityContext:
                readOnlyRootFilesystem: true
              containers:
                - name: job
                  image: x
      `,
      findings: [
        { message: 'writable', line: 11, column: 11, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem', value: true }] },
      ],
    },
    {
      name: 'a Linux pod at an old version is checked, in a List',
      version: '1.10',
      yaml: yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: s}
            spec:
              serviceName: s
              selector: {matchLabels: {app: s}}
              template:
                metadata: {labels: {app: s}}
                spec:
                  containers:
                    - name: db
                      image: x
                      securityContext: {readOnlyRootFilesystem: false}
      `,
      findings: [
        { message: 'writable', line: 16, column: 33, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem', value: true }] },
      ],
    },
  ],
});
