import { ruleTester, yaml } from './harness.js';

ruleTester('seccomp-profile-baseline', {
  valid: [
    {
      name: 'RuntimeDefault on the pod and Localhost on a container',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            seccompProfile: {type: RuntimeDefault}
          containers:
            - name: app
              image: x
              securityContext:
                seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}
      `,
    },
    {
      name: 'unset and null seccompProfile',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            seccompProfile: null
          containers:
            - name: app
              image: x
      `,
    },
    {
      name: 'before 1.19 the seccompProfile field is ignored',
      profile: 'baseline',
      version: '1.18',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            seccompProfile: {type: Unconfined}
          containers:
            - name: app
              image: x
      `,
    },
    {
      name: 'from 1.19 the seccomp annotations are ignored',
      profile: 'baseline',
      version: '1.19',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            seccomp.security.alpha.kubernetes.io/pod: unconfined
            container.seccomp.security.alpha.kubernetes.io/app: unconfined
        spec:
          containers:
            - name: app
              image: x
      `,
    },
    {
      name: 'before 1.19, runtime/default, docker/default and localhost/<profile> annotations are allowed',
      profile: 'baseline',
      version: '1.18',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            seccomp.security.alpha.kubernetes.io/pod: runtime/default
            container.seccomp.security.alpha.kubernetes.io/app: docker/default
            container.seccomp.security.alpha.kubernetes.io/init: localhost/profiles/audit.json
        spec:
          initContainers:
            - name: init
              image: x
          containers:
            - name: app
              image: x
      `,
    },
    {
      name: 'before 1.19, a container annotation naming a missing container is ignored',
      profile: 'baseline',
      version: '1.18',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            container.seccomp.security.alpha.kubernetes.io/ghost: unconfined
        spec:
          containers:
            - name: app
              image: x
      `,
    },
    {
      name: 'at restricted from 1.19 the check is replaced by seccomp-profile-restricted',
      profile: 'restricted',
      version: '1.19',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            seccompProfile: {type: Unconfined}
          containers:
            - name: app
              image: x
      `,
    },
  ],
  invalid: [
    {
      name: 'Unconfined on the pod, at baseline',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            seccompProfile:
              type: Unconfined
          containers:
            - name: app
              image: x
      `,
      findings: [
        { message: 'field', line: 7, column: 7, container: null, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.securityContext.seccompProfile.type', value: 'RuntimeDefault' }] },
      ],
    },
    {
      name: 'a container Unconfined overrides a RuntimeDefault pod and fails',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector: {matchLabels: {app: d}}
          template:
            metadata: {labels: {app: d}}
            spec:
              securityContext:
                seccompProfile: {type: RuntimeDefault}
              containers:
                - name: app
                  image: x
                  securityContext:
                    seccompProfile:
                      type: Unconfined
      `,
      findings: [
        {
          message: 'field',
          line: 16,
          column: 15,
          container: 'app',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.template.spec.containers[0].securityContext.seccompProfile.type', value: 'RuntimeDefault' }],
        },
      ],
    },
    {
      name: 'init and ephemeral containers are checked',
      profile: 'baseline',
      version: '1.19',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - name: init
              image: x
              securityContext: {seccompProfile: {type: Unconfined}}
          containers:
            - name: app
              image: x
          ephemeralContainers:
            - name: debug
              image: x
              securityContext: {seccompProfile: {type: Unconfined}}
      `,
      findings: [
        {
          message: 'field',
          line: 8,
          column: 42,
          container: 'init',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.initContainers[0].securityContext.seccompProfile.type', value: 'RuntimeDefault' }],
        },
        {
          message: 'field',
          line: 15,
          column: 42,
          container: 'debug',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.ephemeralContainers[0].securityContext.seccompProfile.type', value: 'RuntimeDefault' }],
        },
      ],
    },
    {
      name: 'seccompProfile: {} has an empty type and fails; the finding points at the profile',
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
                seccompProfile: {}
      `,
      findings: [
        {
          message: 'field',
          line: 9,
          column: 9,
          container: 'app',
          fixSafety: 'safe', fix: [{ op: 'set', path: 'spec.containers[0].securityContext.seccompProfile.type', value: 'RuntimeDefault' }],
        },
      ],
    },
    {
      name: 'before 1.19, an unconfined pod annotation fails',
      profile: 'baseline',
      version: '1.18',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            seccomp.security.alpha.kubernetes.io/pod: unconfined
        spec:
          containers:
            - name: app
              image: x
      `,
      findings: [{ message: 'annotation', line: 6, column: 5, container: null }],
    },
    {
      name: 'before 1.19, an empty annotation value is forbidden and values are exact',
      profile: 'baseline',
      version: '1.10',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            seccomp.security.alpha.kubernetes.io/pod: ""
            container.seccomp.security.alpha.kubernetes.io/app: Runtime/Default
        spec:
          containers:
            - name: app
              image: x
      `,
      findings: [
        { message: 'annotation', line: 6, column: 5 },
        { message: 'annotation', line: 7, column: 5 },
      ],
    },
    {
      name: 'before 1.19, container annotations for init and ephemeral containers are checked',
      profile: 'baseline',
      version: '1.16',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            container.seccomp.security.alpha.kubernetes.io/init: unconfined
            container.seccomp.security.alpha.kubernetes.io/debug: unconfined
        spec:
          initContainers:
            - name: init
              image: x
          containers:
            - name: app
              image: x
          ephemeralContainers:
            - name: debug
              image: x
      `,
      findings: [
        { message: 'annotation', line: 6, column: 5 },
        { message: 'annotation', line: 7, column: 5 },
      ],
    },
    {
      name: 'at restricted before 1.19 the baseline check still reads the template annotations of a CronJob',
      profile: 'restricted',
      version: '1.18',
      yaml: yaml`
        apiVersion: batch/v1beta1
        kind: CronJob
        metadata: {name: c}
        spec:
          schedule: "@daily"
          jobTemplate:
            spec:
              template:
                metadata:
                  annotations:
                    seccomp.security.alpha.kubernetes.io/pod: unconfined
                spec:
                  restartPolicy: Never
                  containers:
                    - name: job
                      image: x
      `,
      findings: [{ message: 'annotation', line: 11, column: 13 }],
    },
    {
      name: 'a Windows pod is not exempt from the baseline check',
      profile: 'baseline',
      version: '1.25',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          os: {name: windows}
          securityContext:
            seccompProfile: {type: Unconfined}
          containers:
            - name: app
              image: x
      `,
      findings: [
        { message: 'field', line: 7, column: 22, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.securityContext.seccompProfile.type', value: 'RuntimeDefault' }] },
      ],
    },
    {
      name: 'a List item and a second document are both checked',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: Pod
            metadata: {name: a}
            spec:
              securityContext: {seccompProfile: {type: Unconfined}}
              containers: [{name: app, image: x}]
        ---
        apiVersion: v1
        kind: PodTemplate
        metadata: {name: t}
        template:
          spec:
            containers:
              - name: app
                image: x
                securityContext:
                  seccompProfile: {type: Unconfined}
      `,
      findings: [
        { message: 'field', line: 8, column: 42, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.securityContext.seccompProfile.type', value: 'RuntimeDefault' }] },
        { message: 'field', line: 20, column: 28, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'template.spec.containers[0].securityContext.seccompProfile.type', value: 'RuntimeDefault' }] },
      ],
    },
  ],
});
