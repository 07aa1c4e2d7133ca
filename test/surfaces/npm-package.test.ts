// The CLI as npm users get it: `npm pack` of this repository, installed into an empty folder that is not the
// repository, run through `npx podguard`. The package holds only what the CLI runs and installs nothing else, and the
// installed command reports what the clone's `node dist/cli.js` reports.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { podguard, PRIVILEGED_POD, REPO } from './cli.js';
import { launchPack, resourceOf, type RunningPack } from './pack/harness.js';
import { RULES } from '../../src/rules/index.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const scratch = mkdtempSync(join(tmpdir(), 'podguard-npm-'));
const user = join(scratch, 'project');
let packed: { filename: string; files: Array<{ path: string }>; unpackedSize: number };

/** npx in the user's folder, with the npm cache of this test only and no way to fetch anything. */
function npx(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--no', '--', 'podguard', ...args], {
    cwd: user,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', npm_config_offline: 'true', ...env },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  [packed] = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', scratch], { cwd: REPO, encoding: 'utf8' }));
  // A folder of manifests: the examples, and enough copies of a bad pod that the scan runs on worker threads, which
  // load the installed bundle itself.
  cpSync(join(REPO, 'examples'), user, { recursive: true, filter: (src) => !src.includes('cdk8s') });
  for (let i = 0; i < 20; i++) writeFileSync(join(user, `pod-${i}.yaml`), PRIVILEGED_POD.replace('name: bad', `name: bad-${i}`));
  writeFileSync(join(user, 'package.json'), '{ "private": true }\n');
  execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', join(scratch, packed.filename)], { cwd: user, encoding: 'utf8', timeout: 120_000 });
}, 180_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the npm package', () => {
  // The bundle is minified of whitespace only, so that it stays under 2 MB with the language server's libraries.
  it('holds only what the CLI runs, in under 2 MB', () => {
    expect(packed.files.map((f) => f.path).sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/cli.js', 'dist/worker.js', 'package.json', 'schema/podguard-config.schema.json']);
    expect(packed.unpackedSize).toBeLessThan(2_000_000);
  });

  it('installs podguard and nothing else', () => {
    expect(readdirSync(join(user, 'node_modules')).filter((d) => !d.startsWith('.')).sort()).toEqual(['podguard']);
    const manifest = JSON.parse(readFileSync(join(user, 'node_modules/podguard/package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it('npx podguard scan . reports exactly what the clone reports, on worker threads', () => {
    const args = ['scan', '.', '--format', 'json'];
    const installed = npx(args, { PODGUARD_THREADS: '2' });
    const clone = podguard(args, { cwd: user, env: { PODGUARD_THREADS: '2' } });
    expect(installed.stderr).toBe('');
    expect(installed.code).toBe(1);
    const out = JSON.parse(installed.stdout);
    expect(out.summary.files).toBeGreaterThan(16); // the pool's threshold
    expect(out.findings.filter((f: { ruleId: string }) => f.ruleId === 'privileged')).toHaveLength(21);
    expect(installed.stdout).toBe(clone.stdout);
  });

  it('npx podguard prints its version, its home, and the schema it ships', () => {
    const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    expect(npx(['--version']).stdout).toBe(`${version}\n`);
    expect(npx(['--help']).stdout).toContain('https://github.com/podguard/podguard');
    expect(npx(['schema']).stdout).toBe(readFileSync(join(user, 'node_modules/podguard/schema/podguard-config.schema.json'), 'utf8'));
  });
});

describe('the policy pack and constructs packages', () => {
  const listed = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '-w', 'policypack', '-w', 'cdk8s-constructs'], { cwd: REPO, encoding: 'utf8' })) as Array<{ name: string; files: Array<{ path: string }> }>;
  const files = (name: string) => listed.find((p) => p.name === name)!.files.map((f) => f.path).sort();

  it('podguard-policypack holds the bundle, PulumiPolicy.yaml, README and LICENSE: no sources, no tests', () => {
    expect(files('podguard-policypack')).toEqual(['LICENSE', 'PulumiPolicy.yaml', 'README.md', 'dist/index.js', 'package.json']);
  });

  it('podguard-cdk8s holds the bundle and its declarations, README and LICENSE', () => {
    const all = files('podguard-cdk8s');
    expect(all.filter((f) => !/^dist\/[\w-]+\.d\.ts$/.test(f))).toEqual(['LICENSE', 'README.md', 'dist/index.js', 'package.json']);
    expect(all).toContain('dist/index.d.ts');
  });
});

describe('the policy pack, installed from its tarball and started as `pulumi preview --policy-pack` starts it', () => {
  const folder = join(scratch, 'policy');
  let pack: RunningPack;

  beforeAll(async () => {
    mkdirSync(folder);
    writeFileSync(join(folder, 'package.json'), '{ "private": true }\n');
    const [tarball] = JSON.parse(execFileSync(npm, ['pack', '--json', '-w', 'policypack', '--pack-destination', scratch], { cwd: REPO, encoding: 'utf8' }));
    // Its Pulumi SDK dependencies come from npm's cache when `npm ci` has filled it, else from the registry.
    execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', join(scratch, tarball.filename)], { cwd: folder, encoding: 'utf8', timeout: 300_000 });
    pack = await launchPack({}, join(folder, 'node_modules/podguard-policypack'));
  }, 360_000);

  afterAll(() => pack?.kill());

  it('runs on its installed dependencies and reports a privileged pod', async () => {
    await pack.engine.handshake();
    await pack.engine.configureStack({ stack: 'dev', project: 'shop', dryRun: true });
    const { name, policies } = await pack.engine.info();
    expect(name).toBe('podguard');
    expect(policies.map((p) => p.name).sort()).toEqual(RULES.map((r) => r.id).sort());
    await pack.engine.configure(policies);
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'bad' }, spec: { containers: [{ name: 'app', image: 'x', securityContext: { privileged: true } }] } };
    const { diagnostics } = await pack.engine.analyze(resourceOf(pod, 'bad'));
    expect(diagnostics.find((d) => d.policyName === 'privileged')?.enforcementLevel).toBe('mandatory');
    expect(pack.stderr()).toBe('');
  });
});

describe('the constructs, installed from their tarball next to cdk8s', () => {
  it('give a secure Deployment and stop the synth of a privileged pod', () => {
    const folder = join(scratch, 'cdk8s-app');
    mkdirSync(folder);
    writeFileSync(join(folder, 'package.json'), '{ "private": true }\n');
    const [tarball] = JSON.parse(execFileSync(npm, ['pack', '--json', '-w', 'cdk8s-constructs', '--pack-destination', scratch], { cwd: REPO, encoding: 'utf8' }));
    const peers = ['cdk8s', 'constructs'].map((p) => `${p}@${JSON.parse(readFileSync(join(REPO, 'node_modules', p, 'package.json'), 'utf8')).version}`);
    execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', join(scratch, tarball.filename), ...peers], { cwd: folder, encoding: 'utf8', timeout: 300_000 });
    writeFileSync(
      join(folder, 'app.cjs'),
      `const { Testing } = require('cdk8s');
const { SecureDeployment, SecurePod } = require('podguard-cdk8s');
const chart = Testing.chart();
new SecureDeployment(chart, 'web', { spec: { template: { spec: { containers: [{ name: 'web', image: 'nginx' }] } } } });
const [deployment] = Testing.synth(chart);
const bad = Testing.chart();
new SecurePod(bad, 'bad', { spec: { containers: [{ name: 'app', image: 'x', securityContext: { privileged: true } }] } });
let error = '';
try { Testing.synth(bad); } catch (e) { error = e.message; }
console.log(JSON.stringify({ runAsNonRoot: deployment.spec.template.spec.securityContext.runAsNonRoot, error, from: require.resolve('podguard-cdk8s') }));
`,
    );
    const out = JSON.parse(execFileSync(process.execPath, ['app.cjs'], { cwd: folder, encoding: 'utf8' }));
    expect(out.from).toBe(join(folder, 'node_modules/podguard-cdk8s/dist/index.js'));
    expect(out.runAsNonRoot).toBe(true);
    expect(out.error).toMatch(/privileged/);
  }, 300_000);
});
