// The package as users get it after `npm ci && npm run build`: required from plain CommonJS, with cdk8s and
// constructs as peers, and the example app, whose output must pass `podguard scan --profile hardened`.
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, podguard, REPO } from './cli.js';

const PACKAGE = join(REPO, 'cdk8s-constructs');

function node(args: string[], env: Record<string, string> = {}, cwd = REPO) {
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('require() from a CommonJS script', () => {
  // Outside the repository, so nothing resolves by accident from the repository's own node_modules.
  const dir = mkdtempSync(join(tmpdir(), 'podguard-cjs-'));
  const script = join(dir, 'use.cjs');
  writeFileSync(
    script,
    `const pkg = require(${JSON.stringify(PACKAGE)});
const cdk8sPath = require.resolve('cdk8s', { paths: [${JSON.stringify(PACKAGE)}] });
const { Testing } = require(cdk8sPath);
const chart = Testing.chart();
new pkg.SecureDeployment(chart, 'web', { spec: { template: { spec: { containers: [{ name: 'web', image: 'nginx' }] } } } });
const [manifest] = Testing.synth(chart);
const loaded = Object.keys(require.cache).filter((k) => /[\\\\/]node_modules[\\\\/](cdk8s|constructs)[\\\\/]lib[\\\\/]index\\.js$/.test(k));
console.log(JSON.stringify({ exports: Object.keys(pkg).sort(), cdk8sPath, loaded, manifest }));
`,
  );
  const run = node([script], {}, dir);
  const out = run.code === 0 ? JSON.parse(run.stdout) : undefined;

  it('loads and synthesizes a secure workload', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(out.manifest.kind).toBe('Deployment');
    expect(out.manifest.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
  });

  it('exports the constructs, the validation and the default security contexts', () => {
    for (const name of ['SecurePod', 'SecureDeployment', 'SecureStatefulSet', 'SecureDaemonSet', 'SecureJob', 'SecureCronJob', 'PodSecurityValidation']) {
      expect(out.exports).toContain(name);
    }
    expect(out.exports).toEqual(expect.arrayContaining(['DEFAULT_POD_SECURITY_CONTEXT', 'DEFAULT_CONTAINER_SECURITY_CONTEXT']));
  });

  it("uses the user's one cdk8s and constructs, resolved from the package directory", () => {
    expect(out.cdk8sPath).toBe(join(REPO, 'node_modules/cdk8s/lib/index.js'));
    expect(out.loaded.sort()).toEqual([join(REPO, 'node_modules/cdk8s/lib/index.js'), join(REPO, 'node_modules/constructs/lib/index.js')]);
  });
});

describe('the package contract', () => {
  const manifest = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8'));
  const bundle = readFileSync(join(PACKAGE, manifest.main), 'utf8');

  it('points main and types at the built CommonJS and declarations', () => {
    expect(manifest.main).toBe('dist/index.js');
    expect(manifest.types).toBe('dist/index.d.ts');
    expect(existsSync(join(PACKAGE, manifest.types))).toBe(true);
    expect(manifest.type ?? 'commonjs').toBe('commonjs');
    expect(Object.keys(manifest.peerDependencies).sort()).toEqual(['cdk8s', 'constructs']);
  });

  it('requires only the peers and Node built-ins at run time, and carries the engine in the bundle', () => {
    // Ajv (which reads .podguard.yaml) keeps require("ajv/dist/runtime/…") in strings, for code it generates only in
    // standalone mode; a call is a require not inside a string.
    const required = new Set([...bundle.matchAll(/(?<![`'"])require\("([^"]+)"\)/g)].map((m) => m[1]));
    expect(required.has('cdk8s')).toBe(true);
    for (const name of required) expect(['cdk8s', 'constructs', ...builtinModules]).toContain(name.replace(/^node:/, ''));
    expect(bundle).not.toMatch(/node_modules\/(cdk8s|constructs)\//);
    expect(bundle).toContain('// src/engine/analyze.ts');
  });
});

describe('the example app', () => {
  const out = mkdtempSync(join(tmpdir(), 'podguard-example-'));
  const synth = node([join(REPO, 'examples/cdk8s/main.mjs')], { CDK8S_OUTDIR: out });

  it('synthesizes', () => {
    expect(synth.stderr).toBe('');
    expect(synth.code).toBe(0);
    expect(existsSync(join(out, 'shop.k8s.yaml'))).toBe(true);
  });

  it('passes podguard scan --profile hardened with nothing to report', () => {
    const run = podguard(['scan', out, '--profile', 'hardened']);
    expect(run.code).toBe(0);
    const report = json(podguard(['scan', out, '--profile', 'hardened', '--format', 'json']));
    expect(report.findings).toEqual([]);
    expect(report.summary.resources).toBe(3);
  });
});
