import { ruleTester, yaml } from './harness.js';

ruleTester('host-ports', {
  valid: [
    {
      name: 'container ports without hostPort',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              ports:
                - containerPort: 8080
                  protocol: TCP
            - name: sidecar
              image: x
      `,
    },
    {
      name: 'hostPort: 0 means no host port and passes',
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
              containers:
                - name: app
                  image: x
                  ports: [{containerPort: 80, hostPort: 0}]
      `,
    },
    {
      name: 'a hostPort null counts as unset',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              ports:
                - containerPort: 80
                  hostPort: null
      `,
    },
  ],
  invalid: [
    {
      name: 'a hostPort on a regular container, at baseline',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: web
              image: x
              ports:
                - containerPort: 80
                  hostPort: 80
      `,
      findings: [{ message: 'hostPort', line: 10, column: 11, container: 'web' }],
    },
    {
      name: 'each host port of a container reports, a port without one does not',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: apps/v1
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
                  ports:
                    - {containerPort: 9100, hostPort: 9100}
                    - {containerPort: 9101}
                    - containerPort: 53
                      hostPort: 53
                      protocol: UDP
      `,
      findings: [
        { message: 'hostPort', line: 13, column: 37, container: 'agent' },
        { message: 'hostPort', line: 16, column: 15, container: 'agent' },
      ],
    },
    {
      name: 'a hostPort on an init container',
      profile: 'baseline',
      version: '1.0',
      yaml: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            spec:
              restartPolicy: Never
              initContainers:
                - name: init
                  image: x
                  ports:
                    - containerPort: 8443
                      hostPort: 8443
              containers:
                - name: job
                  image: x
      `,
      findings: [{ message: 'hostPort', line: 13, column: 15, container: 'init' }],
    },
    {
      name: 'a hostPort in a ReplicaSet inside a List, then in a second document',
      profile: 'restricted',
      yaml: yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: apps/v1
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
                      ports: [{containerPort: 8080, hostPort: 30080}]
        ---
        apiVersion: v1
        kind: PodTemplate
        metadata: {name: t}
        template:
          spec:
            containers:
              - name: tpl
                image: x
                ports: [{containerPort: 22, hostPort: 2222}]
      `,
      findings: [
        { message: 'hostPort', line: 15, column: 45, container: 'app' },
        { message: 'hostPort', line: 25, column: 37, container: 'tpl' },
      ],
    },
  ],
});
