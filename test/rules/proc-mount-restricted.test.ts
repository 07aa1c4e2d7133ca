import { ruleTester, yaml } from './harness.js';

ruleTester('proc-mount-restricted', {
  valid: [
    {
      name: 'procMount Default or unset, in a user-namespaced pod',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostUsers: false
          initContainers:
            - name: setup
              image: x
              securityContext: {procMount: Default}
          containers:
            - name: app
              image: x
            - name: side
              image: x
              securityContext: {procMount: Default}
      `,
    },
    {
      name: 'before 1.35 the check does not exist (the baseline procMount check covers Unmasked)',
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
              securityContext: {procMount: Unmasked}
      `,
    },
    {
      name: 'baseline allows Unmasked in a user-namespaced pod and has no restricted check',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostUsers: false
          containers:
            - name: app
              image: x
              securityContext: {procMount: Unmasked}
      `,
    },
  ],
  invalid: [
    {
      name: 'hostUsers: false does not relax the restricted check at 1.35',
      profile: 'restricted',
      version: '1.35',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostUsers: false
          containers:
            - name: app
              image: x
              securityContext:
                procMount: Unmasked
      `,
      findings: [
        {
          message: 'unmasked',
          line: 10,
          column: 9,
          container: 'app',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.containers[0].securityContext.procMount', value: 'Default' }],
        },
      ],
    },
    {
      name: 'Unmasked in an init container of a host-user-namespace StatefulSet',
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
              initContainers:
                - name: setup
                  image: x
                  securityContext: {procMount: Unmasked}
              containers:
                - name: app
                  image: x
                  securityContext: {procMount: Default}
      `,
      findings: [
        {
          message: 'unmasked',
          line: 13,
          column: 29,
          container: 'setup',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.template.spec.initContainers[0].securityContext.procMount', value: 'Default' }],
        },
      ],
    },
    {
      name: 'an ephemeral container is checked too',
      profile: 'restricted',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostUsers: true
          containers:
            - name: app
              image: x
          ephemeralContainers:
            - name: debug
              image: busybox
              securityContext:
                procMount: Unmasked
      `,
      findings: [
        {
          message: 'unmasked',
          line: 13,
          column: 9,
          container: 'debug',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.ephemeralContainers[0].securityContext.procMount', value: 'Default' }],
        },
      ],
    },
  ],
});
