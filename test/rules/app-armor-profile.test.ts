import { ruleTester, yaml } from './harness.js';

ruleTester('app-armor-profile', {
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
            appArmorProfile: {type: RuntimeDefault}
          containers:
            - name: app
              image: x
              securityContext:
                appArmorProfile: {type: Localhost, localhostProfile: k8s-nginx}
      `,
    },
    {
      name: 'annotations with runtime/default, localhost/<profile> and an empty value are allowed',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            container.apparmor.security.beta.kubernetes.io/app: runtime/default
            container.apparmor.security.beta.kubernetes.io/init: localhost/k8s-nginx
            container.apparmor.security.beta.kubernetes.io/debug: ""
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
    },
    {
      name: 'appArmorProfile null at pod and container level counts as unset',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            appArmorProfile: null
          containers:
            - name: app
              image: x
              securityContext:
                appArmorProfile: null
      `,
    },
    {
      name: 'an annotation on the Deployment itself, not on its pod template, is not read',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: d
          annotations:
            container.apparmor.security.beta.kubernetes.io/app: unconfined
        spec:
          selector: {matchLabels: {app: d}}
          template:
            metadata:
              labels: {app: d}
            spec:
              containers:
                - name: app
                  image: x
      `,
    },
    {
      name: 'an annotation outside the AppArmor prefix is ignored',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            apparmor.example.com/app: unconfined
        spec:
          containers:
            - name: app
              image: x
      `,
    },
    {
      name: 'a RuntimeDefault field is allowed at an old version too',
      profile: 'baseline',
      version: '1.10',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              securityContext:
                appArmorProfile: {type: RuntimeDefault}
      `,
    },
  ],
  invalid: [
    {
      name: 'Unconfined on the pod securityContext',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            appArmorProfile:
              type: Unconfined
          containers:
            - name: app
              image: x
      `,
      findings: [{ message: 'field', line: 7, column: 7, container: null }],
    },
    {
      name: 'pod-level Unconfined fails even when every container overrides it',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            appArmorProfile: {type: Unconfined}
          containers:
            - name: app
              image: x
              securityContext:
                appArmorProfile: {type: RuntimeDefault}
      `,
      findings: [{ message: 'field', line: 6, column: 23 }],
    },
    {
      name: 'a container value Unconfined overrides a safe pod value and fails',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: s}
        spec:
          serviceName: s
          selector: {matchLabels: {app: s}}
          template:
            metadata:
              labels: {app: s}
            spec:
              securityContext:
                appArmorProfile: {type: RuntimeDefault}
              initContainers:
                - name: setup
                  image: x
                  securityContext:
                    appArmorProfile:
                      type: Unconfined
              containers:
                - name: app
                  image: x
      `,
      findings: [{ message: 'field', line: 18, column: 15, container: 'setup' }],
    },
    {
      name: 'an ephemeral container with Unconfined, at a version before the field existed',
      profile: 'baseline',
      version: '1.0',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: x}]
          ephemeralContainers:
            - name: debug
              image: busybox
              securityContext:
                appArmorProfile: {type: Unconfined}
      `,
      findings: [{ message: 'field', line: 10, column: 27, container: 'debug' }],
    },
    {
      name: 'the type is case-sensitive: runtimedefault is not RuntimeDefault',
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
                appArmorProfile: {type: runtimedefault}
      `,
      findings: [{ message: 'field', line: 9, column: 27, container: 'app' }],
    },
    {
      name: 'an unconfined annotation for an existing container',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            container.apparmor.security.beta.kubernetes.io/app: unconfined
        spec:
          containers:
            - name: app
              image: x
      `,
      findings: [{ message: 'annotation', line: 6, column: 5, container: null }],
    },
    {
      name: 'an annotation naming a missing container still fails',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            container.apparmor.security.beta.kubernetes.io/ghost: unconfined
        spec:
          containers:
            - name: app
              image: x
      `,
      findings: [{ message: 'annotation', line: 6, column: 5 }],
    },
    {
      name: 'annotation values are exact: Runtime/Default and localhost without a slash fail',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            container.apparmor.security.beta.kubernetes.io/app: Runtime/Default
            container.apparmor.security.beta.kubernetes.io/init: localhost
        spec:
          initContainers:
            - name: init
              image: x
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
      name: 'a CronJob reads the annotations of its pod template',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          schedule: "*/5 * * * *"
          jobTemplate:
            spec:
              template:
                metadata:
                  annotations:
                    container.apparmor.security.beta.kubernetes.io/job: unconfined
                spec:
                  restartPolicy: OnFailure
                  containers:
                    - name: job
                      image: x
      `,
      findings: [{ message: 'annotation', line: 11, column: 13 }],
    },
    {
      name: 'each item of a List is checked',
      yaml: yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: Pod
            metadata: {name: ok}
            spec:
              containers: [{name: app, image: x}]
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
                      securityContext:
                        appArmorProfile: {type: Unconfined}
      `,
      findings: [{ message: 'field', line: 21, column: 35, container: 'agent' }],
    },
    {
      name: 'every document of a multi-document file is checked',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: a}
        spec:
          containers: [{name: app, image: x}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: b}
        spec:
          securityContext:
            appArmorProfile: {type: Unconfined}
          containers: [{name: app, image: x}]
      `,
      findings: [{ message: 'field', line: 12, column: 23 }],
    },
  ],
});
