// `podguard fix` through `node dist/cli.js`: the diff, --write, exit codes, and what it leaves alone.
import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { json, podguard, PRIVILEGED_POD, REPO, STACK_TRACE, tree } from './cli.js';

const INSECURE = readFileSync(join(REPO, 'examples/insecure-deployment.yaml'), 'utf8');

describe('podguard fix', () => {
  it.each([[[]], [['--unsafe-fixes']]])('prints a unified diff that applies to the file, exits 1, and changes nothing on disk (%s)', (flags) => {
    const dir = tree({ 'app.yaml': INSECURE });
    const run = podguard(['fix', 'app.yaml', ...flags], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^--- a\/app\.yaml\n\+\+\+ b\/app\.yaml\n@@ -\d+,\d+ \+\d+,\d+ @@/);
    expect(run.stderr).toMatch(/would fix \d+ findings in 1 file;( \d+ unsafe fixes were not applied, .*;)? \d+ findings need a change by hand/);
    expect(readFileSync(join(dir, 'app.yaml'), 'utf8')).toBe(INSECURE);
    const patched = applyPatch(INSECURE, run.stdout);
    expect(patched).not.toBe(false);
    const written = podguard(['fix', 'app.yaml', '--write', ...flags], { cwd: dir });
    expect(written.code).toBe(0);
    expect(readFileSync(join(dir, 'app.yaml'), 'utf8')).toBe(patched);
  });

  it('applies safe fixes only unless asked, marks each hunk, and says how to apply the unsafe ones', () => {
    const dir = tree({ 'app.yaml': INSECURE });
    const safe = podguard(['fix', 'app.yaml'], { cwd: dir });
    const hunks = (out: string) => out.split('\n').filter((l) => l.startsWith('@@')).map((l) => l.replace(/^@@ [^@]+ @@ ?/, ''));
    expect(hunks(safe.stdout).length).toBeGreaterThan(0);
    expect(new Set(hunks(safe.stdout))).toEqual(new Set(['safe fix']));
    expect(safe.stdout).not.toContain('privileged: false');
    expect(safe.stdout).not.toContain('-      hostNetwork: true');
    expect(safe.stderr).toMatch(/; \d+ unsafe fixes were not applied, since each takes away something a manifest asks for and may break the workload \(review them with --unsafe-fixes, apply them with --write --unsafe-fixes\);/);

    const all = podguard(['fix', 'app.yaml', '--unsafe-fixes'], { cwd: dir });
    expect(all.stdout).toContain('+            privileged: false');
    expect(all.stdout).toContain('-      hostNetwork: true');
    expect(hunks(all.stdout).every((h) => ['safe fix', 'unsafe fix', 'safe and unsafe fixes'].includes(h))).toBe(true);
    expect(hunks(all.stdout).some((h) => h.includes('unsafe'))).toBe(true);
    expect(all.stderr).not.toContain('unsafe');
  });

  it('--write rewrites in place, keeps the mode, leaves no temporary file, and a second run has nothing to do', () => {
    const dir = tree({ 'app.yaml': INSECURE, 'clean.yaml': readFileSync(join(REPO, 'examples/hardened-pod.yaml'), 'utf8') });
    chmodSync(join(dir, 'app.yaml'), 0o640);
    const run = podguard(['fix', dir, '--write', '--unsafe-fixes']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^fixed ${join(dir, 'app.yaml')}: (\\d+) of \\1 fixable findings\\n$`));
    expect(statSync(join(dir, 'app.yaml')).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(['app.yaml', 'clean.yaml']);

    const scan = json(podguard(['scan', dir, '--format', 'json']));
    expect(scan.findings.filter((f) => f.fixable)).toEqual([]);
    expect(scan.findings.map((f) => f.ruleId).sort()).toEqual(['automount-service-account-token', 'host-ports', 'restricted-volumes']);

    const again = podguard(['fix', dir, '--unsafe-fixes']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/nothing to fix/);
  });

  it('keeps a UTF-8 byte-order mark, and leaves other encodings alone with a message', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PRIVILEGED_POD)]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PRIVILEGED_POD, 'utf16le')]);
    const dir = tree({ 'bom.yaml': bom, 'wide.yaml': utf16 });
    const run = podguard(['fix', dir, '--write', '--unsafe-fixes']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`skipped ${join(dir, 'wide.yaml')}: `);
    expect(readFileSync(join(dir, 'wide.yaml'))).toEqual(utf16);
    const fixed = readFileSync(join(dir, 'bom.yaml'));
    expect([...fixed.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(fixed.toString('utf8')).toContain('privileged: false');
  });

  it('reads standard input for a diff, but will not --write it', () => {
    const diff = podguard(['fix', '-'], { input: PRIVILEGED_POD });
    expect(diff.code).toBe(1);
    expect(diff.stdout).toContain('--- a/-\n+++ b/-\n');
    const write = podguard(['fix', '-', '--write'], { input: PRIVILEGED_POD });
    expect(write.code).toBe(2);
    expect(write.stderr).toContain('--write cannot rewrite standard input');
  });

  it('reports an unreadable path with exit 2 and still fixes the rest', () => {
    const dir = tree({ 'bad.yaml': PRIVILEGED_POD });
    const run = podguard(['fix', join(dir, 'nope.yaml'), join(dir, 'bad.yaml'), '--unsafe-fixes']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot read ${join(dir, 'nope.yaml')}: no such file or directory`);
    expect(run.stdout).toContain('+        privileged: false');
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('on a copy of a directory of real-shaped manifests: safe fixes keep what they ask for, --unsafe-fixes leaves nothing fixable', () => {
    const corpus = join(REPO, 'test/fixtures/fix');
    const files = Object.fromEntries(readdirSync(corpus).map((f) => [f, readFileSync(join(corpus, f), 'utf8')]));
    const dir = tree(files);
    const read = () => Object.fromEntries(Object.keys(files).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    const comments = (text: string) => text.split('\n').flatMap((l) => /\s#\s.*$|^\s*#.*$/.exec(l)?.[0].trim() ?? []);
    type Found = { ruleId: string; file: string; path: string; fixable: boolean; fixSafety: string | null; resource: { name: string } | null };
    const scan = () => json(podguard(['scan', '.', '--format', 'json'], { cwd: dir })).findings as unknown as Found[];
    const key = (f: Found) => `${f.file} ${f.resource?.name} ${f.ruleId} ${f.path}`;
    const before = scan();
    expect(before.filter((f) => f.fixable).every((f) => f.fixSafety === 'safe' || f.fixSafety === 'unsafe')).toBe(true);
    expect(before.filter((f) => !f.fixable).every((f) => f.fixSafety === null)).toBe(true);

    expect(podguard(['fix', '.', '--write'], { cwd: dir }).code).toBe(0);
    const safe = read();
    const afterSafe = scan();
    // Node agents keep their host namespaces and privileges; the CNI keeps its capabilities.
    expect(safe['node-agent-daemonset.yaml']).toMatch(/hostNetwork: true {3}# scrapes node-local ports\n {6}hostPID: true {7}# sees every process/);
    expect(safe['node-agent-daemonset.yaml']).toContain('privileged: true   # reads kernel counters');
    expect(safe['node-agent-daemonset.yaml']).toContain('allowPrivilegeEscalation: true   # the vendor chart sets it');
    expect(safe['cni-daemonset.yaml']).toContain('add: ["NET_ADMIN", "NET_RAW", "SYS_MODULE"]');
    expect(safe['cni-daemonset.yaml']).toContain('type: Unconfined');
    expect(safe['deployments.yaml']).toContain('readOnlyRootFilesystem: false   # writes its cache');
    expect(afterSafe.filter((f) => f.fixSafety === 'safe').map(key)).toEqual([]);
    const old = new Set(before.map(key));
    expect(afterSafe.filter((f) => !old.has(key(f))).map(key)).toEqual([]);
    expect(afterSafe.filter((f) => f.fixSafety === 'unsafe').length).toBeGreaterThan(20);
    const again = podguard(['fix', '.', '--write'], { cwd: dir });
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/nothing to fix; \d+ unsafe fixes were not applied/);
    expect(read()).toEqual(safe);

    const preview = podguard(['fix', 'cni-daemonset.yaml', '--unsafe-fixes'], { cwd: dir }).stdout;
    expect(preview).toMatch(/^@@ [^@]+ @@ unsafe fix$/m);
    expect(podguard(['fix', '.', '--write', '--unsafe-fixes'], { cwd: dir }).code).toBe(0);
    const all = read();
    expect(scan().filter((f) => f.fixable).map(key)).toEqual([]);
    expect(scan().filter((f) => !old.has(key(f))).map(key)).toEqual([]);
    expect(podguard(['fix', '.', '--write', '--unsafe-fixes'], { cwd: dir }).stdout).toBe('');
    expect(read()).toEqual(all);
    for (const [name, text] of Object.entries(files)) {
      expect(comments(safe[name]), name).toEqual(comments(text));
      expect(comments(all[name]), name).toEqual(comments(text));
    }
  });

  it('fixes at the profile asked for: baseline fixes less than hardened', () => {
    const dir = tree({ 'app.yaml': INSECURE });
    const baseline = podguard(['fix', 'app.yaml', '--profile', 'baseline', '--unsafe-fixes'], { cwd: dir }).stdout;
    const hardened = podguard(['fix', 'app.yaml', '--unsafe-fixes'], { cwd: dir }).stdout;
    expect(baseline).toContain('-      hostNetwork: true');
    expect(baseline).not.toContain('readOnlyRootFilesystem');
    expect(hardened).toContain('readOnlyRootFilesystem: true');
  });
});
