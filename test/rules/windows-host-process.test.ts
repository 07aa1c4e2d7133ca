import { ruleTester, yaml } from './harness.js';

ruleTester('windows-host-process', {
  valid: [
    {
      name: 'hostProcess false on the pod and a container',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          os: {name: windows}
          securityContext:
            windowsOptions: {hostProcess: false}
          containers:
            - name: app
              image: x
              securityContext:
                windowsOptions: {hostProcess: false}
      `,
    },
    {
      name: 'windowsOptions without hostProcess, and null values',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          os: {name: windows}
          securityContext:
            windowsOptions: {runAsUserName: "ContainerUser"}
          initContainers:
            - name: init
              image: x
              securityContext:
                windowsOptions: null
          containers:
            - name: app
              image: x
              securityContext:
                windowsOptions: {hostProcess: null, gmsaCredentialSpecName: webapp}
      `,
    },
  ],
  invalid: [
    {
      name: 'hostProcess true on the pod securityContext',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          os: {name: windows}
          hostNetwork: true
          securityContext:
            windowsOptions:
              hostProcess: true
              runAsUserName: "NT AUTHORITY\\SYSTEM"
          containers:
            - name: app
              image: x
      `,
      findings: [{ message: 'pod', line: 9, column: 7, container: null }],
    },
    {
      name: 'hostProcess true on the only container',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostNetwork: true
          containers:
            - name: app
              image: x
              securityContext:
                windowsOptions:
                  hostProcess: true
      `,
      findings: [{ message: 'container', line: 11, column: 11, container: 'app' }],
    },
    {
      name: 'the pod and every container that sets it report separately',
      profile: 'baseline',
      version: '1.0',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostNetwork: true
          securityContext:
            windowsOptions: {hostProcess: true}
          initContainers:
            - name: init
              image: x
              securityContext:
                windowsOptions: {hostProcess: true}
          containers:
            - name: app
              image: x
              securityContext:
                windowsOptions: {hostProcess: true}
      `,
      findings: [
        { message: 'pod', line: 7, column: 22, container: null },
        { message: 'container', line: 12, column: 26, container: 'init' },
        { message: 'container', line: 17, column: 26, container: 'app' },
      ],
    },
    {
      name: 'a HostProcess DaemonSet, at restricted',
      profile: 'restricted',
      yaml: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: ds}
        spec:
          selector: {matchLabels: {app: ds}}
          template:
            metadata: {labels: {app: ds}}
            spec:
              nodeSelector: {kubernetes.io/os: windows}
              hostNetwork: true
              securityContext:
                windowsOptions:
                  hostProcess: true
                  runAsUserName: "NT AUTHORITY\\SYSTEM"
              containers:
                - name: agent
                  image: x
      `,
      findings: [{ message: 'pod', line: 13, column: 11 }],
    },
    {
      name: 'a Deployment in a List and a Job in a second document',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: apps/v1
            kind: Deployment
            metadata: {name: d}
            spec:
              selector: {matchLabels: {app: d}}
              template:
                metadata: {labels: {app: d}}
                spec:
                  hostNetwork: true
                  containers:
                    - name: app
                      image: x
                      securityContext: {windowsOptions: {hostProcess: true}}
        ---
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            spec:
              restartPolicy: Never
              hostNetwork: true
              securityContext: {windowsOptions: {hostProcess: true}}
              containers: [{name: job, image: x}]
      `,
      findings: [
        { message: 'container', line: 16, column: 50, container: 'app' },
        { message: 'pod', line: 26, column: 42, container: null },
      ],
    },
  ],
});
