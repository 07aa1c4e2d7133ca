import { ruleTester, yaml } from './harness.js';

ruleTester('host-probes-and-host-lifecycle', {
  valid: [
    {
      name: 'probes and hooks without a host',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              livenessProbe:
                httpGet: {path: /healthz, port: 8080}
              readinessProbe:
                tcpSocket: {port: 8080}
              startupProbe:
                grpc: {port: 9090}
              lifecycle:
                postStart:
                  exec: {command: [sh, -c, "true"]}
                preStop:
                  httpGet: {path: /stop, port: 8080}
      `,
    },
    {
      name: 'an empty host is allowed',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              livenessProbe:
                httpGet: {host: "", port: 8080}
              readinessProbe:
                tcpSocket: {host: "", port: 8080}
      `,
    },
    {
      name: 'before 1.34 a probe host is not checked',
      profile: 'baseline',
      version: '1.33',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              livenessProbe:
                httpGet: {host: 169.254.169.254, port: 80}
      `,
    },
    {
      name: 'a host in an httpGet header value is not the probe host',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              readinessProbe:
                httpGet:
                  port: 8080
                  httpHeaders: [{name: Host, value: example.com}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a liveness httpGet host, from 1.34',
      profile: 'baseline',
      version: '1.34',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              livenessProbe:
                httpGet:
                  host: 169.254.169.254
                  port: 80
      `,
      findings: [{ message: 'host', line: 10, column: 11, container: 'app' }],
    },
    {
      name: 'a readiness tcpSocket host, even a loopback address',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              readinessProbe:
                tcpSocket:
                  host: "::1"
                  port: 8080
      `,
      findings: [{ message: 'host', line: 10, column: 11, container: 'app' }],
    },
    {
      name: 'lifecycle postStart httpGet and the deprecated preStop tcpSocket are both checked',
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
                  lifecycle:
                    postStart:
                      httpGet: {host: internal.example.com, port: 80}
                    preStop:
                      tcpSocket: {host: 10.0.0.1, port: 22}
      `,
      findings: [
        { message: 'host', line: 14, column: 25, container: 'app' },
        { message: 'host', line: 16, column: 27, container: 'app' },
      ],
    },
    {
      name: 'every probe of a container with a host reports',
      profile: 'restricted',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: x
              livenessProbe: {httpGet: {host: a.example, port: 80}}
              readinessProbe: {tcpSocket: {host: b.example, port: 80}}
              startupProbe: {httpGet: {host: c.example, port: 80}}
      `,
      findings: [
        { message: 'host', line: 8, column: 33 },
        { message: 'host', line: 9, column: 36 },
        { message: 'host', line: 10, column: 32 },
      ],
    },
    {
      name: 'a sidecar init container with a startupProbe host',
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
                - name: proxy
                  image: x
                  restartPolicy: Always
                  startupProbe:
                    tcpSocket: {host: db.example, port: 5432}
              containers:
                - name: app
                  image: x
      `,
      findings: [{ message: 'host', line: 15, column: 25, container: 'proxy' }],
    },
    {
      name: 'the second document of a file, a CronJob',
      profile: 'baseline',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: a}
        spec:
          containers: [{name: app, image: x}]
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          schedule: "@daily"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: job
                      image: x
                      readinessProbe:
                        httpGet: {host: metadata.google.internal, port: 80}
      `,
      findings: [{ message: 'host', line: 21, column: 27, container: 'job' }],
    },
  ],
});
