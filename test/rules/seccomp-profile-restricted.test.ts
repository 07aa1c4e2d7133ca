import { ruleTester, yaml } from './harness.js';

ruleTester('seccomp-profile-restricted', {
  valid: [
    {
      name: 'pod-level RuntimeDefault covers every container',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            seccompProfile: {type: RuntimeDefault}
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
      name: 'pod unset, every container sets RuntimeDefault or Localhost',
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
                  securityContext:
                    seccompProfile: {type: Localhost, localhostProfile: profiles/setup.json}
              containers:
                - name: app
                  image: x
                  securityContext:
                    seccompProfile: {type: RuntimeDefault}
      `,
    },
    {
      name: "a container's Localhost profile overrides the pod's RuntimeDefault",
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
                seccompProfile: {type: Localhost, localhostProfile: app.json}
      `,
    },
    {
      name: 'a Windows pod is exempt from 1.25',
      profile: 'restricted',
      version: '1.25',
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
      name: 'before 1.19 the restricted seccomp check reads no fields',
      profile: 'restricted',
      version: '1.18',
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
      name: 'baseline does not require a profile',
      profile: 'baseline',
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
      name: 'set nowhere: each container is reported, fixed by a pod-level RuntimeDefault',
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
              securityContext: {allowPrivilegeEscalation: false}
      `,
      findings: [
        {
          message: 'missing',
          line: 7,
          column: 7,
          container: 'setup',
          fixSafety: 'safe', fix: [{ op: 'set', path: 'spec.securityContext.seccompProfile', value: { type: 'RuntimeDefault' } }],
        },
        {
          message: 'missing',
          line: 12,
          column: 7,
          container: 'app',
          fixSafety: 'safe', fix: [{ op: 'set', path: 'spec.securityContext.seccompProfile', value: { type: 'RuntimeDefault' } }],
        },
      ],
    },
    {
      name: 'pod Unconfined fails even when every container sets RuntimeDefault',
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
              securityContext:
                seccompProfile: {type: RuntimeDefault}
      `,
      findings: [{ message: 'badPod', line: 7, column: 7, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.securityContext.seccompProfile.type', value: 'RuntimeDefault' }] }],
    },
    {
      name: "pod Unconfined: a container inheriting it is reported too, without a second fix",
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
      findings: [
        { message: 'badPod', line: 6, column: 22, container: null, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.securityContext.seccompProfile.type', value: 'RuntimeDefault' }] },
        { message: 'missing', line: 8, column: 7, container: 'app' },
      ],
    },
    {
      name: "container Unconfined overrides the pod's RuntimeDefault and fails",
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
          ephemeralContainers:
            - name: debug
              image: busybox
              securityContext:
                seccompProfile:
                  type: Unconfined
      `,
      findings: [
        {
          message: 'badContainer',
          line: 15,
          column: 11,
          container: 'debug',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.ephemeralContainers[0].securityContext.seccompProfile.type', value: 'RuntimeDefault' }],
        },
      ],
    },
    {
      name: 'an empty seccompProfile has type "" and fails at pod and container level',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            seccompProfile: {}
          containers:
            - name: app
              image: x
              securityContext:
                seccompProfile: {}
      `,
      findings: [
        { message: 'badPod', line: 6, column: 5, container: null, fixSafety: 'safe', fix: [{ op: 'set', path: 'spec.securityContext.seccompProfile.type', value: 'RuntimeDefault' }] },
        {
          message: 'badContainer',
          line: 11,
          column: 9,
          container: 'app',
          fixSafety: 'safe', fix: [{ op: 'set', path: 'spec.containers[0].securityContext.seccompProfile.type', value: 'RuntimeDefault' }],
        },
      ],
    },
    {
      name: 'at exactly 1.19 the fields are checked',
      profile: 'restricted',
      version: '1.19',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
      `,
      findings: [{ message: 'missing', line: 6, column: 7, fixSafety: 'safe', fix: [{ op: 'set', path: 'spec.securityContext.seccompProfile', value: { type: 'RuntimeDefault' } }] }],
    },
    {
      name: 'a Windows pod is not exempt before 1.25',
      profile: 'restricted',
      version: '1.24',
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
      findings: [{ message: 'missing', line: 8, column: 7, fixSafety: 'safe', fix: [{ op: 'set', path: 'spec.securityContext.seccompProfile', value: { type: 'RuntimeDefault' } }] }],
    },
    {
      name: 'a ReplicaSet in a List, with one container confined and one not',
      yaml: yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: apps/v1
            kind: ReplicaSet
            metadata: {name: rs}
            spec:
              selector: {matchLabels: {app: rs}}
              template:
                metadata: {labels: {app: rs}}
                spec:
                  containers:
                    - name: app
                      image: x
                      securityContext:
                        seccompProfile: {type: RuntimeDefault}
                    - name: side
                      image: x
      `,
      findings: [
        {
          message: 'missing',
          line: 17,
          column: 15,
          container: 'side',
          fixSafety: 'safe', fix: [{ op: 'set', path: 'spec.template.spec.securityContext.seccompProfile', value: { type: 'RuntimeDefault' } }],
        },
      ],
    },
  ],
});
