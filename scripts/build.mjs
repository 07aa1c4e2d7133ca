// Bundles the CLI (and, as they land, the action) into single files under dist/, which are committed.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  define: { PODGUARD_VERSION: JSON.stringify(version) },
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __podguardRequire } from 'node:module'; const require = __podguardRequire(import.meta.url);" },
};

// The CLI ships as an npm package: whitespace goes, names stay (so an internal error's stack still reads).
await build({ ...common, entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.js', minifyWhitespace: true });
await build({ ...common, entryPoints: ['src/cli/worker.ts'], outfile: 'dist/worker.js', minifyWhitespace: true });
await build({ ...common, entryPoints: ['src/action/index.ts'], outfile: 'dist/index.js' });

// The policy pack and the constructs are packages of their own; each builds itself with its build.mjs.
for (const dir of ['policypack', 'cdk8s-constructs']) {
  const script = new URL(`../${dir}/build.mjs`, import.meta.url);
  if (existsSync(script)) await import(script.href);
}
