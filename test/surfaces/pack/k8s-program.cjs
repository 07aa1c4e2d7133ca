// A Pulumi program written with @pulumi/kubernetes, run as a preview under pulumi.runtime.setMocks. It prints, as JSON,
// the type, name and properties of every resource it registers, in the encoding the engine receives them (and passes
// on to policy packs): secrets as signature objects, values computed from other resources as the unknown sentinel.
const pulumi = require('@pulumi/pulumi');
const { MockMonitor } = require('@pulumi/pulumi/runtime/mocks');

const registered = [];
const register = MockMonitor.prototype.registerResource;
MockMonitor.prototype.registerResource = function (req, callback) {
  registered.push({ type: req.getType(), name: req.getName(), props: req.getObject().toJavaScript() });
  return register.call(this, req, callback);
};

pulumi.runtime.setMocks(
  {
    // The ConfigMap's outputs are left unset, so during a preview they are unknown.
    newResource: (args) => ({ id: `${args.name}-id`, state: args.type === 'kubernetes:core/v1:ConfigMap' ? {} : args.inputs }),
    call: (args) => args.inputs,
  },
  'shop',
  'dev',
  true,
);

const k8s = require('@pulumi/kubernetes');

const token = pulumi.secret('s3cr3t');
const settings = new k8s.core.v1.ConfigMap('settings', { metadata: { name: 'settings' }, data: { uid: '1000' } });

new k8s.core.v1.Pod('debug', {
  metadata: { name: 'debug', namespace: 'ops' },
  spec: {
    hostPID: true,
    containers: [{ name: 'shell', image: 'registry.example/toolbox:1', env: [{ name: 'TOKEN', value: token }], securityContext: { privileged: true } }],
  },
});

new k8s.apps.v1.Deployment('web', {
  metadata: { name: 'web', namespace: 'shop' },
  spec: {
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        automountServiceAccountToken: false,
        securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 3000, seccompProfile: { type: 'RuntimeDefault' } },
        containers: [
          {
            name: 'web',
            image: 'registry.example/web:1.4',
            env: [{ name: 'TOKEN', value: token }],
            securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
          },
        ],
      },
    },
  },
});

new k8s.batch.v1.CronJob('report', {
  metadata: { name: 'nightly-report' },
  spec: {
    schedule: '0 3 * * *',
    jobTemplate: {
      spec: {
        template: {
          spec: {
            restartPolicy: 'OnFailure',
            securityContext: { runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [{ name: 'report', image: 'registry.example/report:3.1', securityContext: { runAsUser: 0, allowPrivilegeEscalation: false } }],
          },
        },
      },
    },
  },
});

new k8s.core.v1.Pod('computed', {
  metadata: { name: 'computed' },
  spec: {
    automountServiceAccountToken: false,
    securityContext: { runAsNonRoot: true, runAsGroup: 3000, seccompProfile: { type: 'RuntimeDefault' } },
    containers: [
      {
        name: 'app',
        image: 'registry.example/app:1.0',
        securityContext: {
          runAsUser: settings.data.apply((d) => Number(d.uid)),
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ['ALL'] },
        },
      },
    ],
  },
});

process.once('beforeExit', () => process.stdout.write(JSON.stringify(registered)));
