// The pre-commit hook, run by the real `pre-commit` tool as a user's repository runs it: installed as the git hook,
// blocking a commit that adds a privileged pod and letting a clean one through. The hook repository is this
// checkout's .pre-commit-hooks.yaml and dist/cli.js (with the file modes git records), committed to a scratch
// repository so that pre-commit can clone it at a revision.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRIVILEGED_POD, REPO } from './cli.js';

const HOOK_FILES = ['.pre-commit-hooks.yaml', 'dist/cli.js'];

const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const missing = version.status !== 0;
if (missing) console.warn('pre-commit is not installed, so the pre-commit hook tests are SKIPPED (apt-get install pre-commit, or pip install pre-commit).');

// Git and pre-commit see only this test's own settings and cache.
const scratch = mkdtempSync(join(tmpdir(), 'podguard-pre-commit-'));
const env = {
  ...process.env,
  GIT_CONFIG_GLOBAL: join(scratch, 'gitconfig'),
  GIT_CONFIG_NOSYSTEM: '1',
  PRE_COMMIT_HOME: join(scratch, 'cache'),
  NO_COLOR: '1',
};
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function git(cwd: string, ...args: string[]) {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8' });
}

function commit(cwd: string, message: string) {
  const r = spawnSync('git', ['commit', '-m', message], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, output: r.stdout + r.stderr };
}

const CLEAN_POD = readFileSync(join(REPO, 'examples/hardened-pod.yaml'), 'utf8');

describe.skipIf(missing)(`pre-commit hook (${missing ? 'SKIPPED: pre-commit is not installed' : version.stdout.trim()})`, () => {
  let user: string;

  beforeAll(() => {
    writeFileSync(env.GIT_CONFIG_GLOBAL, '[user]\n  name = test\n  email = test@example.com\n[init]\n  defaultBranch = main\n');
    const hooks = join(scratch, 'hook-repo');
    mkdirSync(hooks);
    git(hooks, 'init', '-q');
    for (const file of HOOK_FILES) {
      mkdirSync(dirname(join(hooks, file)), { recursive: true });
      copyFileSync(join(REPO, file), join(hooks, file));
      const mode = git(REPO, 'ls-files', '-s', '--', file).split(' ')[0];
      expect(mode, `${file} is tracked in git`).toMatch(/^100(644|755)$/);
      chmodSync(join(hooks, file), mode === '100755' ? 0o755 : 0o644);
    }
    git(hooks, 'add', '-A');
    git(hooks, 'commit', '-q', '-m', 'hooks');
    const rev = git(hooks, 'rev-parse', 'HEAD').trim();

    user = join(scratch, 'user-repo');
    mkdirSync(user);
    git(user, 'init', '-q');
    writeFileSync(join(user, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: podguard\n`);
    execFileSync('pre-commit', ['install'], { cwd: user, env, encoding: 'utf8' });
    git(user, 'add', '.pre-commit-config.yaml');
    expect(commit(user, 'pre-commit config').code).toBe(0);
  }, 120_000);

  it('blocks a commit that adds a privileged pod, naming the file and the rule', () => {
    writeFileSync(join(user, 'pod.yaml'), PRIVILEGED_POD);
    git(user, 'add', 'pod.yaml');
    const r = commit(user, 'privileged pod');
    expect(r.code, r.output).toBe(1);
    expect(r.output).toMatch(/podguard\.+Failed/);
    expect(r.output).toMatch(/pod\.yaml:\d+:\d+ +error +privileged/);
    expect(git(user, 'log', '--format=%s')).not.toContain('privileged pod');
  });

  it('lets the commit through once the pod is fixed', () => {
    writeFileSync(join(user, 'pod.yaml'), CLEAN_POD);
    git(user, 'add', 'pod.yaml');
    const r = commit(user, 'hardened pod');
    expect(r.code, r.output).toBe(0);
    expect(r.output).toMatch(/podguard\.+Passed/);
  });

  it('judges only the staged files: a bad manifest already in the repository does not block an unrelated commit', () => {
    writeFileSync(join(user, 'legacy.yaml'), PRIVILEGED_POD);
    git(user, 'add', 'legacy.yaml');
    git(user, 'commit', '-q', '--no-verify', '-m', 'legacy');
    mkdirSync(join(user, 'deploy'));
    writeFileSync(join(user, 'deploy/api.yaml'), CLEAN_POD.replace('name: golden', 'name: api'));
    writeFileSync(join(user, 'notes.txt'), 'not a manifest\n');
    git(user, 'add', 'deploy/api.yaml', 'notes.txt');
    const r = commit(user, 'api');
    expect(r.code, r.output).toBe(0);
    expect(r.output).not.toContain('legacy.yaml');
  });

  it('skips a commit with no YAML in it', () => {
    writeFileSync(join(user, 'notes.txt'), 'more notes\n');
    git(user, 'add', 'notes.txt');
    const r = commit(user, 'notes');
    expect(r.code, r.output).toBe(0);
    expect(r.output).toMatch(/podguard\.+\(no files to check\)Skipped/);
  });
});
