import { ruleTester, yaml } from './harness.js';

ruleTester('host-namespaces', {
  valid: [
    {
      name: 'hostNetwork, hostPID and hostIPC explicitly false',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostNetwork: false
          hostPID: false
          hostIPC: false
          containers: [{name: app, image: x}]
      `,
    },
    {
      name: 'unset and null host namespace fields',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector: {matchLabels: {app: d}}
          template:
            metadata: {labels: {app: d}}
            spec:
              hostNetwork: null
              containers: [{name: app, image: x}]
      `,
    },
    {
      name: 'a hostNetwork field outside the pod spec is not the pod setting',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata:
          name: r
          labels: {hostNetwork: "true"}
        spec:
          selector: {matchLabels: {app: r}}
          template:
            metadata: {labels: {app: r}}
            spec:
              containers: [{name: app, image: x}]
      `,
    },
  ],
  invalid: [
    {
      name: 'hostNetwork true on a Pod, at baseline',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostNetwork: true
          containers: [{name: app, image: x}]
      `,
      findings: [{ message: 'shared', line: 5, column: 3, container: null, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.hostNetwork', value: false }] }],
    },
    {
      name: 'all three namespaces shared report one finding each',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: ReplicationController
        metadata: {name: rc}
        spec:
          selector: {app: rc}
          template:
            metadata: {labels: {app: rc}}
            spec:
              hostPID: true
              hostIPC: true
              hostNetwork: true
              containers: [{name: app, image: x}]
      `,
      findings: [
        { message: 'shared', line: 9, column: 7, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.template.spec.hostPID', value: false }] },
        { message: 'shared', line: 10, column: 7, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.template.spec.hostIPC', value: false }] },
        { message: 'shared', line: 11, column: 7, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.template.spec.hostNetwork', value: false }] },
      ],
    },
    {
      name: 'hostIPC in a PodTemplate, at the oldest version',
      version: '1.0',
      yaml: yaml`
        apiVersion: v1
        kind: PodTemplate
        metadata: {name: t}
        template:
          spec:
            hostIPC: true
            containers: [{name: app, image: x}]
      `,
      findings: [{ message: 'shared', line: 6, column: 5, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'template.spec.hostIPC', value: false }] }],
    },
    {
      name: 'hostPID in a CronJob written in flow style',
      profile: 'restricted',
      yaml: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          schedule: "@daily"
          jobTemplate:
            spec:
              template:
                spec: {restartPolicy: Never, hostPID: true, containers: [{name: job, image: x}]}
      `,
      findings: [
        { message: 'shared', line: 9, column: 38, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.jobTemplate.spec.template.spec.hostPID', value: false }] },
      ],
    },
    {
      name: 'a List item and a later document are both checked',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: Pod
            metadata: {name: a}
            spec:
              hostNetwork: true
              containers: [{name: app, image: x}]
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: s}
        spec:
          serviceName: s
          selector: {matchLabels: {app: s}}
          template:
            metadata: {labels: {app: s}}
            spec:
              hostIPC: true
              containers: [{name: app, image: x}]
      `,
      findings: [
        { message: 'shared', line: 8, column: 7, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.hostNetwork', value: false }] },
        { message: 'shared', line: 20, column: 7, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.template.spec.hostIPC', value: false }] },
      ],
    },
  ],
});
