import { ruleTester, yaml } from './harness.js';

ruleTester('host-path-volumes', {
  valid: [
    {
      name: 'emptyDir, configMap, secret and persistentVolumeClaim volumes',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: x}]
          volumes:
            - name: scratch
              emptyDir: {}
            - name: config
              configMap: {name: cfg}
            - name: creds
              secret: {secretName: s}
            - name: data
              persistentVolumeClaim: {claimName: data}
      `,
    },
    {
      name: 'hostPath: null is defaulted to an emptyDir and passes',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: x}]
          volumes:
            - name: v
              hostPath: null
      `,
    },
    {
      name: 'a volume with no source at all passes',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: x}]
          volumes:
            - name: v
      `,
    },
    {
      name: 'at restricted a hostPath volume is reported by restricted-volumes instead',
      profile: 'restricted',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: x}]
          volumes:
            - name: host
              hostPath: {path: /var/run}
      `,
    },
    {
      name: 'at hardened, too, only restricted-volumes reports a hostPath volume',
      version: '1.0',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: x}]
          volumes:
            - name: host
              hostPath: {path: /var/run}
      `,
    },
  ],
  invalid: [
    {
      name: 'a hostPath volume on a Pod, at baseline',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: x}]
          volumes:
            - name: docker-sock
              hostPath:
                path: /var/run/docker.sock
                type: Socket
      `,
      findings: [{ message: 'hostPath', line: 8, column: 7, container: null }],
    },
    {
      name: 'every hostPath volume of a Deployment reports, other volumes do not',
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
              containers: [{name: app, image: x}]
              volumes:
                - name: logs
                  hostPath: {path: /var/log}
                - name: scratch
                  emptyDir: {}
                - {name: root, hostPath: {path: /}}
      `,
      findings: [
        { message: 'hostPath', line: 12, column: 11 },
        { message: 'hostPath', line: 15, column: 24 },
      ],
    },
    {
      name: 'a hostPath volume in a CronJob, at the oldest version',
      profile: 'baseline',
      version: '1.0',
      yaml: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          schedule: "@hourly"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers: [{name: job, image: x}]
                  volumes:
                    - name: host
                      hostPath: {path: /etc}
      `,
      findings: [{ message: 'hostPath', line: 14, column: 15 }],
    },
    {
      name: 'a hostPath volume in a List item and in a second document',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: ds}
            spec:
              selector: {matchLabels: {app: ds}}
              template:
                metadata: {labels: {app: ds}}
                spec:
                  containers: [{name: agent, image: x}]
                  volumes:
                    - name: proc
                      hostPath: {path: /proc}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: x}]
          volumes:
            - name: tmp
              hostPath: {path: /tmp, type: Directory}
      `,
      findings: [
        { message: 'hostPath', line: 15, column: 15 },
        { message: 'hostPath', line: 24, column: 7 },
      ],
    },
  ],
});
