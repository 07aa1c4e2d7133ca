// The CLI as npm users get it: `npm pack` of this repository, installed into an empty folder that is not the
// repository, run through `npx podguard`. The package holds only what the CLI runs and installs nothing else, and the
// installed command reports what the clone's `node dist/cli.js` reports.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { podguard, PRIVILEGED_POD, REPO } from './cli.js';

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
  it('holds only what the CLI runs, in under 2 MB', () => {
    expect(packed.files.map((f) => f.path).sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/cli.js', 'package.json', 'schema/podguard-config.schema.json']);
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
