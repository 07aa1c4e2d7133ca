import { ruleTester, yaml } from './harness.js';

ruleTester('se-linux-options', {
  valid: [
    {
      name: 'container_t, container_init_t and container_kvm_t types, and a level alone',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            seLinuxOptions: {type: container_t}
          initContainers:
            - name: init
              image: x
              securityContext:
                seLinuxOptions: {type: container_kvm_t}
          containers:
            - name: app
              image: x
              securityContext:
                seLinuxOptions: {level: "s0:c123,c456", type: container_init_t}
            - name: other
              image: x
              securityContext:
                seLinuxOptions: {level: "s0:c1,c2"}
      `,
    },
    {
      name: 'empty type, user and role strings count as unset',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            seLinuxOptions: {type: "", user: "", role: ""}
          containers:
            - name: app
              image: x
      `,
    },
    {
      name: 'empty and null seLinuxOptions',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            seLinuxOptions: {}
          containers:
            - name: app
              image: x
              securityContext:
                seLinuxOptions: null
      `,
    },
    {
      name: 'container_engine_t is allowed from 1.31',
      profile: 'baseline',
      version: '1.31',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: buildkit
              image: x
              securityContext:
                seLinuxOptions: {type: container_engine_t}
      `,
    },
  ],
  invalid: [
    {
      name: 'a custom type on the pod',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            seLinuxOptions:
              type: spc_t
          containers:
            - name: app
              image: x
      `,
      findings: [{ message: 'type', line: 7, column: 7, container: null }],
    },
    {
      name: 'types are case-sensitive: Container_t fails',
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
                seLinuxOptions:
                  type: Container_t
      `,
      findings: [{ message: 'type', line: 10, column: 11, container: 'app' }],
    },
    {
      name: 'container_engine_t fails before 1.31',
      profile: 'baseline',
      version: '1.30',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: buildkit
              image: x
              securityContext:
                seLinuxOptions: {type: container_engine_t}
      `,
      findings: [{ message: 'type', line: 9, column: 26, container: 'buildkit' }],
    },
    {
      name: 'a custom user and role on the pod each report',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            seLinuxOptions:
              user: system_u
              role: system_r
          containers:
            - name: app
              image: x
      `,
      findings: [
        { message: 'userOrRole', line: 7, column: 7 },
        { message: 'userOrRole', line: 8, column: 7 },
      ],
    },
    {
      name: 'a container value is checked even when the pod value is allowed',
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
                seLinuxOptions: {type: container_t}
              initContainers:
                - name: init
                  image: x
                  securityContext:
                    seLinuxOptions: {role: sysadm_r}
              containers:
                - name: app
                  image: x
                  securityContext:
                    seLinuxOptions: {type: unconfined_t, user: unconfined_u}
      `,
      findings: [
        { message: 'userOrRole', line: 15, column: 30, container: 'init' },
        { message: 'type', line: 20, column: 30, container: 'app' },
        { message: 'userOrRole', line: 20, column: 50, container: 'app' },
      ],
    },
    {
      name: 'an ephemeral container with a custom type, at the oldest version',
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
              image: x
              securityContext:
                seLinuxOptions: {type: spc_t}
      `,
      findings: [{ message: 'type', line: 10, column: 26, container: 'debug' }],
    },
    {
      name: 'a List item and a second document, at hardened',
      yaml: yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: PodTemplate
            metadata: {name: t}
            template:
              spec:
                securityContext:
                  seLinuxOptions: {user: root}
                containers: [{name: app, image: x}]
        ---
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata: {name: r}
        spec:
          selector: {matchLabels: {app: r}}
          template:
            metadata: {labels: {app: r}}
            spec:
              containers:
                - name: app
                  image: x
                  securityContext:
                    seLinuxOptions: {type: kubelet_t}
      `,
      findings: [
        { message: 'userOrRole', line: 10, column: 28, container: null },
        { message: 'type', line: 25, column: 30, container: 'app' },
      ],
    },
  ],
});
