import { ruleTester, yaml } from './harness.js';

ruleTester('privileged', {
  valid: [
    {
      name: 'privileged false and unset containers',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: a
              image: x
              securityContext: {privileged: false}
            - name: b
              image: x
      `,
    },
  ],
  invalid: [
    {
      name: 'a privileged init container of a Deployment, at baseline',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            spec:
              initContainers:
                - name: setup
                  image: x
                  securityContext:
                    privileged: true
              containers:
                - name: app
                  image: x
      `,
      findings: [
        {
          message: 'privileged',
          line: 11,
          column: 13,
          container: 'setup',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.template.spec.initContainers[0].securityContext.privileged', value: false }],
        },
      ],
    },
    {
      name: 'an ephemeral container in flow style',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: x}]
          ephemeralContainers: [{name: debug, image: busybox, securityContext: {privileged: true}}]
      `,
      findings: [
        {
          message: 'privileged',
          line: 6,
          column: 73,
          container: 'debug',
          fixSafety: 'unsafe', fix: [{ op: 'set', path: 'spec.ephemeralContainers[0].securityContext.privileged', value: false }],
        },
      ],
    },
  ],
});
