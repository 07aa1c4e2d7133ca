import { ruleTester, yaml } from './harness.js';

ruleTester('misplaced-field', {
  valid: [
    {
      name: 'every field at a level that has it',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostUsers: false
          securityContext:
            runAsNonRoot: true
            runAsUser: 1000
            runAsGroup: 1000
            fsGroup: 1000
            fsGroupChangePolicy: OnRootMismatch
            supplementalGroups: [1000]
            sysctls: [{name: net.ipv4.ping_group_range, value: "0 0"}]
            seccompProfile: {type: RuntimeDefault}
          initContainers:
            - name: setup
              image: x
              securityContext: {runAsUser: 2000, readOnlyRootFilesystem: true}
          containers:
            - name: app
              image: x
              securityContext:
                allowPrivilegeEscalation: false
                capabilities: {drop: [ALL]}
                privileged: false
                procMount: Default
                readOnlyRootFilesystem: true
                runAsNonRoot: true
                seccompProfile: {type: RuntimeDefault}
          ephemeralContainers:
            - name: debug
              image: busybox
              securityContext: {capabilities: {add: [SYS_PTRACE]}}
      `,
    },
    {
      name: 'a hardening rule: off in the restricted profile',
      profile: 'restricted',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext: {allowPrivilegeEscalation: false}
          containers:
            - name: app
              image: x
              securityContext: {fsGroup: 1000}
      `,
    },
  ],
  invalid: [
    {
      name: 'a container-only field in the pod securityContext is copied into each container that lacks it',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            readOnlyRootFilesystem: true
          initContainers:
            - name: setup
              image: x
          containers:
            - name: app
              image: x
              securityContext: {readOnlyRootFilesystem: false}
      `,
      findings: [
        {
          message: 'containerOnly',
          line: 6,
          column: 5,
          container: null,
          fixSafety: 'safe', fix: [
            { op: 'set', path: 'spec.initContainers[0].securityContext.readOnlyRootFilesystem', value: true },
            { op: 'remove', path: 'spec.securityContext.readOnlyRootFilesystem' },
          ],
        },
      ],
    },
    {
      name: 'a pod-level privileged: true is only removed, never moved where it would take effect',
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
                privileged: true
                capabilities: {drop: [ALL]}
              containers:
                - name: app
                  image: x
      `,
      findings: [
        {
          message: 'containerOnly',
          line: 10,
          column: 9,
          fixSafety: 'unsafe', fix: [{ op: 'remove', path: 'spec.template.spec.securityContext.privileged' }],
        },
        {
          message: 'containerOnly',
          line: 11,
          column: 9,
          fixSafety: 'safe', fix: [
            { op: 'set', path: 'spec.template.spec.containers[0].securityContext.capabilities', value: { drop: ['ALL'] } },
            { op: 'remove', path: 'spec.template.spec.securityContext.capabilities' },
          ],
        },
      ],
    },
    {
      name: 'a pod-only field in a container securityContext moves to the pod unless the pod has it',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext: {supplementalGroups: [3000]}
          containers:
            - name: app
              image: x
              securityContext:
                fsGroup: 2000
                supplementalGroups: [4000]
          ephemeralContainers:
            - name: debug
              image: busybox
              securityContext:
                sysctls: [{name: kernel.shm_rmid_forced, value: "1"}]
      `,
      findings: [
        {
          message: 'podOnly',
          line: 10,
          column: 9,
          container: 'app',
          fixSafety: 'safe', fix: [
            { op: 'set', path: 'spec.securityContext.fsGroup', value: 2000 },
            { op: 'remove', path: 'spec.containers[0].securityContext.fsGroup' },
          ],
        },
        {
          message: 'podOnly',
          line: 11,
          column: 9,
          container: 'app',
          fixSafety: 'safe', fix: [{ op: 'remove', path: 'spec.containers[0].securityContext.supplementalGroups' }],
        },
        {
          message: 'podOnly',
          line: 16,
          column: 9,
          container: 'debug',
          fixSafety: 'unsafe', fix: [{ op: 'remove', path: 'spec.ephemeralContainers[0].securityContext.sysctls' }],
        },
      ],
    },
    {
      name: 'fsGroup 0 in a container is removed, not moved to the pod',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              securityContext: {fsGroup: 0}
      `,
      findings: [{ message: 'podOnly', line: 8, column: 25, fixSafety: 'unsafe', fix: [{ op: 'remove', path: 'spec.containers[0].securityContext.fsGroup' }] }],
    },
    {
      name: 'security keys written directly in the pod spec move under spec.securityContext or into each container',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          runAsNonRoot: true
          allowPrivilegeEscalation: false
          containers:
            - name: a
              image: x
            - name: b
              image: x
              securityContext: {allowPrivilegeEscalation: true}
      `,
      findings: [
        {
          message: 'outside',
          line: 5,
          column: 3,
          fixSafety: 'safe', fix: [
            { op: 'set', path: 'spec.securityContext.runAsNonRoot', value: true },
            { op: 'remove', path: 'spec.runAsNonRoot' },
          ],
        },
        {
          message: 'outside',
          line: 6,
          column: 3,
          fixSafety: 'safe', fix: [
            { op: 'set', path: 'spec.containers[0].securityContext.allowPrivilegeEscalation', value: false },
            { op: 'remove', path: 'spec.allowPrivilegeEscalation' },
          ],
        },
      ],
    },
    {
      name: 'a pod-spec runAsUser 0 is removed without being moved; an existing pod value is kept',
      yaml: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            spec:
              restartPolicy: Never
              runAsUser: 0
              securityContext: {seccompProfile: {type: Localhost, localhostProfile: a.json}}
              seccompProfile: {type: RuntimeDefault}
              containers:
                - name: job
                  image: x
      `,
      findings: [
        { message: 'outside', line: 8, column: 7, fixSafety: 'unsafe', fix: [{ op: 'remove', path: 'spec.template.spec.runAsUser' }] },
        { message: 'outside', line: 10, column: 7, fixSafety: 'safe', fix: [{ op: 'remove', path: 'spec.template.spec.seccompProfile' }] },
      ],
    },
    {
      name: 'security keys written directly in a container move into its securityContext; unsafe values are only removed',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - name: setup
              image: x
              readOnlyRootFilesystem: true
          containers:
            - name: app
              image: x
              privileged: true
              securityContext: {runAsUser: 1000}
              runAsUser: 2000
          ephemeralContainers:
            - name: debug
              image: busybox
              capabilities: {drop: [ALL]}
      `,
      findings: [
        {
          message: 'outside',
          line: 8,
          column: 7,
          container: 'setup',
          fixSafety: 'safe', fix: [
            { op: 'set', path: 'spec.initContainers[0].securityContext.readOnlyRootFilesystem', value: true },
            { op: 'remove', path: 'spec.initContainers[0].readOnlyRootFilesystem' },
          ],
        },
        { message: 'outside', line: 12, column: 7, container: 'app', fixSafety: 'unsafe', fix: [{ op: 'remove', path: 'spec.containers[0].privileged' }] },
        { message: 'outside', line: 14, column: 7, container: 'app', fixSafety: 'safe', fix: [{ op: 'remove', path: 'spec.containers[0].runAsUser' }] },
        {
          message: 'outside',
          line: 18,
          column: 7,
          container: 'debug',
          fixSafety: 'safe', fix: [
            { op: 'set', path: 'spec.ephemeralContainers[0].securityContext.capabilities', value: { drop: ['ALL'] } },
            { op: 'remove', path: 'spec.ephemeralContainers[0].capabilities' },
          ],
        },
      ],
    },
    {
      name: 'capabilities that add something are not moved; a List item is checked',
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
                  capabilities: {add: [NET_ADMIN]}
                containers:
                  - name: app
                    image: x
      `,
      findings: [{ message: 'containerOnly', line: 10, column: 11, fixSafety: 'unsafe', fix: [{ op: 'remove', path: 'template.spec.securityContext.capabilities' }] }],
    },
      {
      name: 'a pod-only key written on a container moves to the pod securityContext',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              fsGroup: 1000
      `,
      findings: [
        {
          message: 'outside',
          line: 8,
          column: 7,
          fixSafety: 'safe', fix: [
            { op: 'set', path: 'spec.securityContext.fsGroup', value: 1000 },
            { op: 'remove', path: 'spec.containers[0].fsGroup' },
          ],
        },
      ],
    },
  ],
});
