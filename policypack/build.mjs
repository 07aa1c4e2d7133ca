// Bundles the pack and the podguard engine into dist/index.js (CommonJS, which run-policy-pack requires). The Pulumi
// SDKs stay external: the pack must share @pulumi/policy's classes (Secret, its errors) and gRPC server with the
// launcher, and they are the pack's declared dependencies. Paths are relative to the repository root, so the output
// does not depend on the directory the build runs from; the root build checks it in.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const { version } = JSON.parse(readFileSync(here('./package.json'), 'utf8'));

await build({
  absWorkingDir: here('..'),
  entryPoints: ['policypack/index.ts'],
  outfile: 'policypack/dist/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['@pulumi/policy', '@pulumi/pulumi'],
  legalComments: 'none',
  logLevel: 'warning',
  define: { PODGUARD_VERSION: JSON.stringify(version) },
});
