import { ruleTester, yaml } from './harness.js';

ruleTester('restricted-volumes', {
  valid: [
    {
      name: 'every allowed volume kind',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
          volumes:
            - name: cm
              configMap: {name: settings}
            - name: inline
              csi: {driver: secrets-store.csi.k8s.io}
            - name: labels
              downwardAPI:
                items:
                  - path: labels
                    fieldRef: {fieldPath: metadata.labels}
            - name: scratch
              emptyDir: {}
            - name: generic
              ephemeral:
                volumeClaimTemplate:
                  spec:
                    accessModes: [ReadWriteOnce]
                    resources: {requests: {storage: 1Gi}}
            - name: data
              persistentVolumeClaim: {claimName: data}
            - name: token
              projected:
                sources:
                  - serviceAccountToken: {path: token}
            - name: creds
              secret: {secretName: creds}
      `,
    },
    {
      name: 'a volume with no source is defaulted to emptyDir',
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
              containers:
                - name: app
                  image: x
              volumes:
                - name: scratch
      `,
    },
    {
      name: 'a volume holding only an unknown key is defaulted to emptyDir',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
          volumes:
            - name: odd
              madeUpVolume: {path: /data}
      `,
    },
    {
      name: 'hostPath: null is no source at all, so emptyDir',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
          volumes:
            - name: nothing
              hostPath: null
      `,
    },
    {
      name: 'at baseline a hostPath volume is the hostPathVolumes check, not this one',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
          volumes:
            - name: logs
              hostPath: {path: /var/log}
            - name: share
              nfs: {server: nfs.local, path: /export}
      `,
    },
    ...(['1.0', '1.25', '1.32', '1.33', 'latest'] as const).map((version) => ({
      name: `an image volume (OCI image volume source) is allowed at ${version}, as PSA allows it at every version`,
      profile: 'restricted' as const,
      version,
      yaml: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: job
                  image: x
              volumes:
                - name: model
                  image: {reference: "registry.example/model:1", pullPolicy: IfNotPresent}
      `,
    })),
  ],
  invalid: [
    {
      name: 'a hostPath volume is reported at its hostPath key, without a fix',
      profile: 'restricted',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
          volumes:
            - name: scratch
              emptyDir: {}
            - name: logs
              hostPath:
                path: /var/log
      `,
      findings: [{ message: 'forbidden', line: 12, column: 7 }],
    },
    {
      name: 'restricted volumes apply at every version, from 1.0',
      profile: 'restricted',
      version: '1.0',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
          volumes:
            - name: logs
              hostPath: {path: /var/log}
      `,
      findings: [{ message: 'forbidden', line: 10, column: 7 }],
    },
    {
      name: 'network and in-tree cloud volumes in a DaemonSet, one finding each',
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
              volumes:
                - name: share
                  nfs: {server: nfs.local, path: /export}
                - name: repo
                  gitRepo: {repository: "https://example.com/r.git"}
                - name: disk
                  awsElasticBlockStore: {volumeID: vol-1}
                - name: fs
                  cephfs: {monitors: ["10.0.0.1:6789"]}
                - name: cfg
                  configMap: {name: cfg}
      `,
      findings: [
        { message: 'forbidden', line: 14, column: 11 },
        { message: 'forbidden', line: 16, column: 11 },
        { message: 'forbidden', line: 18, column: 11 },
        { message: 'forbidden', line: 20, column: 11 },
      ],
    },
    {
      name: 'a volume in a CronJob inside a List',
      yaml: yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: batch/v1
            kind: CronJob
            metadata: {name: c}
            spec:
              schedule: "@hourly"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers:
                        - name: job
                          image: x
                      volumes:
                        - name: host
                          hostPath: {path: /etc}
      `,
      findings: [{ message: 'forbidden', line: 19, column: 19 }],
    },
  ],
});
