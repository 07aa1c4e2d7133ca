// `podguard fix` through `node dist/cli.js`: the diff, --write, exit codes, and what it leaves alone.
import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { json, podguard, PRIVILEGED_POD, REPO, STACK_TRACE, tree } from './cli.js';

const INSECURE = readFileSync(join(REPO, 'examples/insecure-deployment.yaml'), 'utf8');

describe('podguard fix', () => {
  it('prints a unified diff that applies to the file, exits 1, and changes nothing on disk', () => {
    const dir = tree({ 'app.yaml': INSECURE });
    const run = podguard(['fix', 'app.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^--- a\/app\.yaml\n\+\+\+ b\/app\.yaml\n@@ -\d+,\d+ \+\d+,\d+ @@/);
    expect(run.stderr).toMatch(/would fix \d+ findings in 1 file; \d+ findings need a change by hand/);
    expect(readFileSync(join(dir, 'app.yaml'), 'utf8')).toBe(INSECURE);
    const patched = applyPatch(INSECURE, run.stdout);
    expect(patched).not.toBe(false);
    const written = podguard(['fix', 'app.yaml', '--write'], { cwd: dir });
    expect(written.code).toBe(0);
    expect(readFileSync(join(dir, 'app.yaml'), 'utf8')).toBe(patched);
  });

  it('--write rewrites in place, keeps the mode, leaves no temporary file, and a second run has nothing to do', () => {
    const dir = tree({ 'app.yaml': INSECURE, 'clean.yaml': readFileSync(join(REPO, 'examples/hardened-pod.yaml'), 'utf8') });
    chmodSync(join(dir, 'app.yaml'), 0o640);
    const run = podguard(['fix', dir, '--write']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^fixed ${join(dir, 'app.yaml')}: (\\d+) of \\1 fixable findings\\n$`));
    expect(statSync(join(dir, 'app.yaml')).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(['app.yaml', 'clean.yaml']);

    const scan = json(podguard(['scan', dir, '--format', 'json']));
    expect(scan.findings.filter((f) => f.fixable)).toEqual([]);
    expect(scan.findings.map((f) => f.ruleId).sort()).toEqual(['automount-service-account-token', 'host-ports', 'restricted-volumes']);

    const again = podguard(['fix', dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/nothing to fix/);
  });

  it('keeps a UTF-8 byte-order mark, and leaves other encodings alone with a message', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PRIVILEGED_POD)]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PRIVILEGED_POD, 'utf16le')]);
    const dir = tree({ 'bom.yaml': bom, 'wide.yaml': utf16 });
    const run = podguard(['fix', dir, '--write']);
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
    const run = podguard(['fix', join(dir, 'nope.yaml'), join(dir, 'bad.yaml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot read ${join(dir, 'nope.yaml')}: no such file or directory`);
    expect(run.stdout).toContain('+        privileged: false');
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('fixes at the profile asked for: baseline fixes less than hardened', () => {
    const dir = tree({ 'app.yaml': INSECURE });
    const baseline = podguard(['fix', 'app.yaml', '--profile', 'baseline'], { cwd: dir }).stdout;
    const hardened = podguard(['fix', 'app.yaml'], { cwd: dir }).stdout;
    expect(baseline).toContain('-      hostNetwork: true');
    expect(baseline).not.toContain('readOnlyRootFilesystem');
    expect(hardened).toContain('readOnlyRootFilesystem: true');
  });
});
