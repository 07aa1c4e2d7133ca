import { ruleTester, yaml } from './harness.js';

ruleTester('proc-mount', {
  valid: [
    {
      name: 'procMount Default, unset, and a null securityContext',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - name: init
              image: x
              securityContext: null
          containers:
            - name: app
              image: x
              securityContext:
                procMount: Default
            - name: other
              image: x
              securityContext: {}
      `,
    },
    {
      name: 'from 1.35 at baseline, Unmasked is allowed in a pod with hostUsers false',
      profile: 'baseline',
      version: '1.35',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostUsers: false
          initContainers:
            - name: init
              image: x
              securityContext: {procMount: Unmasked}
          containers:
            - name: app
              image: x
              securityContext: {procMount: Unmasked}
      `,
    },
    {
      name: 'the user-namespace relaxation applies to a Deployment template at the latest version',
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
              hostUsers: false
              containers:
                - name: app
                  image: x
                  securityContext:
                    procMount: Unmasked
      `,
    },
    {
      name: 'at restricted from 1.35 the check is replaced by proc-mount-restricted',
      profile: 'restricted',
      version: '1.35',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              securityContext: {procMount: Unmasked}
      `,
    },
  ],
  invalid: [
    {
      name: 'Unmasked on a container of a pod without hostUsers, at baseline',
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
                procMount: Unmasked
      `,
      findings: [
        { message: 'unmasked', line: 9, column: 9, container: 'app', fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.containers[0].securityContext.procMount', value: 'Default' }] },
      ],
    },
    {
      name: 'hostUsers true does not relax the check',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostUsers: true
          containers:
            - name: app
              image: x
              securityContext:
                procMount: Unmasked
      `,
      findings: [{ message: 'unmasked', line: 10, column: 9, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.containers[0].securityContext.procMount', value: 'Default' }] }],
    },
    {
      name: 'before 1.35 hostUsers false does not relax the check',
      profile: 'baseline',
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
              securityContext:
                procMount: Unmasked
      `,
      findings: [{ message: 'unmasked', line: 10, column: 9, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.containers[0].securityContext.procMount', value: 'Default' }] }],
    },
    {
      name: 'at restricted before 1.35 the baseline check still applies',
      profile: 'restricted',
      version: '1.34',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              securityContext:
                procMount: Unmasked
      `,
      findings: [{ message: 'unmasked', line: 9, column: 9, fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.containers[0].securityContext.procMount', value: 'Default' }] }],
    },
    {
      name: 'init, regular and ephemeral containers of a StatefulSet each report',
      profile: 'baseline',
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
                - name: init
                  image: x
                  securityContext: {procMount: Unmasked}
              containers:
                - name: app
                  image: x
                  securityContext: {procMount: Default}
                - name: side
                  image: x
                  securityContext: {procMount: Unmasked}
              ephemeralContainers:
                - name: debug
                  image: x
                  securityContext: {procMount: Unmasked}
      `,
      findings: [
        {
          message: 'unmasked',
          line: 13,
          column: 29,
          container: 'init',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.template.spec.initContainers[0].securityContext.procMount', value: 'Default' }],
        },
        {
          message: 'unmasked',
          line: 20,
          column: 29,
          container: 'side',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.template.spec.containers[1].securityContext.procMount', value: 'Default' }],
        },
        {
          message: 'unmasked',
          line: 24,
          column: 29,
          container: 'debug',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.template.spec.ephemeralContainers[0].securityContext.procMount', value: 'Default' }],
        },
      ],
    },
    {
      name: 'a List item with hostUsers false is relaxed, a sibling without it is not',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: Pod
            metadata: {name: userns}
            spec:
              hostUsers: false
              containers: [{name: app, image: x, securityContext: {procMount: Unmasked}}]
          - apiVersion: batch/v1
            kind: Job
            metadata: {name: j}
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers: [{name: job, image: x, securityContext: {procMount: Unmasked}}]
      `,
      findings: [
        {
          message: 'unmasked',
          line: 17,
          column: 64,
          container: 'job',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.template.spec.containers[0].securityContext.procMount', value: 'Default' }],
        },
      ],
    },
  ],
});
