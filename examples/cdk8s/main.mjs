// A small cdk8s app on podguard-cdk8s. After `npm ci && npm run build` at the repository root:
//   node examples/cdk8s/main.mjs                     # writes examples/cdk8s/dist/shop.k8s.yaml
//   node dist/cli.js scan examples/cdk8s/dist         # nothing to report
// CDK8S_OUTDIR overrides the output directory.
import { ApiObject, App, Chart } from 'cdk8s';
import { PodSecurityValidation, SecureCronJob, SecureDeployment } from 'podguard-cdk8s';
import { join } from 'node:path';

const app = new App({ outdir: process.env.CDK8S_OUTDIR ?? join(import.meta.dirname, 'dist') });
const chart = new Chart(app, 'shop', { namespace: 'shop', disableResourceNameHashes: true });

// Only what the app needs: no securityContext anywhere, yet the output passes the hardened profile.
const labels = { app: 'web' };
new SecureDeployment(chart, 'web', {
  metadata: { name: 'web' },
  spec: {
    replicas: 2,
    selector: { matchLabels: labels },
    template: {
      metadata: { labels },
      spec: {
        containers: [
          {
            name: 'web',
            image: 'registry.example/shop/web:1.4.2',
            ports: [{ containerPort: 8080, name: 'http' }],
            readinessProbe: { httpGet: { path: '/healthz', port: 'http' } },
            resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' } },
          },
        ],
      },
    },
  },
});

new SecureCronJob(chart, 'report', {
  metadata: { name: 'nightly-report' },
  spec: {
    schedule: '0 3 * * *',
    jobTemplate: {
      spec: {
        backoffLimit: 2,
        template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'report', image: 'registry.example/shop/report:1.4.2' }] } },
      },
    },
  },
});

// Plain ApiObjects are judged too once the app has a PodSecurityValidation; a Service has no pod spec to judge.
new ApiObject(chart, 'service', {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web' },
  spec: { selector: labels, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
});
PodSecurityValidation.of(app);

app.synth();
