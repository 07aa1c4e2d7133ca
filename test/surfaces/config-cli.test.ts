// .podguard.yaml through the CLI: discovery, validation errors with positions, overrides, suppressions in every
// output format, fail-on ignoring waived findings, unused exemptions, and fix defaults.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, podguard, PRIVILEGED_POD, REPO, STACK_TRACE, tree } from './cli.js';

const TODAY = { PODGUARD_TODAY: '2026-11-23' };

describe('.podguard.yaml', () => {
  it('is found from the scanned path up to the repository root, and not above it', () => {
    const dir = tree({
      '.podguard.yaml': 'profile: baseline\n',
      'repo/.podguard.yaml': 'rules:\n  privileged: {level: warning}\n',
      'repo/deploy/pod.yaml': PRIVILEGED_POD,
      'other/pod.yaml': PRIVILEGED_POD,
    });
    mkdirSync(join(dir, 'repo/.git'));
    mkdirSync(join(dir, 'other/.git'));
    const inRepo = json(podguard(['scan', join(dir, 'repo/deploy'), '--format', 'json']));
    expect(inRepo.findings.find((f) => f.ruleId === 'privileged')!.level).toBe('warning');
    expect(inRepo.findings.some((f) => f.ruleId === 'read-only-root-filesystem')).toBe(true); // hardened: the default
    const other = json(podguard(['scan', join(dir, 'other'), '--format', 'json']));
    expect(other.findings.find((f) => f.ruleId === 'privileged')!.level).toBe('error'); // the file above .git is not read
  });

  it('--config names one; flags win over it; rules can be switched off', () => {
    const dir = tree({ 'cfg.yaml': 'profile: baseline\nrules:\n  host-namespaces: {enabled: false}\n', 'pod.yaml': PRIVILEGED_POD.replace('spec:\n', 'spec:\n  hostPID: true\n') });
    const withConfig = json(podguard(['scan', join(dir, 'pod.yaml'), '--config', join(dir, 'cfg.yaml'), '--format', 'json']));
    expect(withConfig.findings.map((f) => f.ruleId)).toEqual(['privileged']);
    const flagged = json(podguard(['scan', join(dir, 'pod.yaml'), '--config', join(dir, 'cfg.yaml'), '--profile', 'restricted', '--format', 'json']));
    expect(flagged.findings.some((f) => f.ruleId === 'run-as-non-root')).toBe(true);
    expect(flagged.findings.some((f) => f.ruleId === 'host-namespaces')).toBe(false);
  });

  it('is validated: each problem on one line with file, line, column and key, exit 2, no stack trace', () => {
    const dir = tree({
      '.podguard.yaml': 'profile: strict\nrules:\n  no-such-rule: {enabled: false}\n  privileged: {level: fatal}\nlocked: [privileged]\nexemptions:\n  - rule: privileged\n    colour: blue\n',
      'pod.yaml': PRIVILEGED_POD,
    });
    const run = podguard(['scan', dir]);
    expect(run.code).toBe(2);
    const cfg = join(dir, '.podguard.yaml');
    expect(run.stderr.trim().split('\n')).toEqual([
      `podguard: ${cfg}:1:1: profile: must be one of "baseline", "restricted", "hardened"`,
      `podguard: ${cfg}:3:3: rules.no-such-rule: unknown rule id "no-such-rule" (podguard rules lists them)`,
      `podguard: ${cfg}:4:16: rules.privileged.level: must be one of "error", "warning", "note"`,
      `podguard: ${cfg}:8:5: exemptions.0.colour: unknown key "colour"`,
    ]);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const locked = podguard(['scan', dir, '--config', join(tree({ 'c.yaml': 'locked: [privileged]\nrules:\n  privileged: {enabled: false}\n' }), 'c.yaml')]);
    expect(locked.code).toBe(2);
    expect(locked.stderr).toMatch(/c\.yaml:3:16: rules\.privileged\.enabled: privileged is locked, so it cannot be switched off/);
  });

  it('thousands of document markers in it are one line naming it, as any other YAML error is', () => {
    const dir = tree({ '.podguard.yaml': 'profile: baseline\n' + '--- # more\n'.repeat(20_000), 'pod.yaml': PRIVILEGED_POD });
    const run = podguard(['scan', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr.trim()).toMatch(/^podguard: .*\.podguard\.yaml:\d+:\d+: not valid YAML: /);
  });

  it('ships a JSON Schema that is what `podguard schema` prints', () => {
    expect(JSON.parse(podguard(['schema']).stdout)).toEqual(JSON.parse(readFileSync(join(REPO, 'schema/podguard-config.schema.json'), 'utf8')));
  });
});

describe('suppressions in the output', () => {
  const files = {
    '.podguard.yaml': 'exemptions:\n  - rule: read-only-root-filesystem\n    reason: caches to its image directory\n  - rule: host-ports\n    reason: stale\n',
    'pod.yaml': PRIVILEGED_POD.replace('  name: bad\n', '  name: bad\n  annotations:\n    podguard.dev/ignore.privileged: "until=2027-01-01 the device plugin needs it"\n'),
  };

  it('json: a suppressed field on waived findings only; waived errors do not fail the run', () => {
    const dir = tree(files);
    const run = podguard(['scan', join(dir, 'pod.yaml'), '--format', 'json', '--profile', 'baseline'], { env: TODAY });
    expect(run.code).toBe(0);
    const out = json(run);
    expect(out.findings.find((f) => f.ruleId === 'privileged')).toMatchObject({ level: 'error', suppressed: { by: 'annotation', reason: 'the device plugin needs it', until: '2027-01-01' } });
    expect(out.summary.errors).toBe(0);
    // Under baseline no rule reads the root file system, so that exemption is as unused as the stale one.
    const unused = out.findings.filter((f) => f.ruleId === 'unused-suppression');
    expect(unused.map((f) => [f.level, f.file, f.line, f.column])).toEqual([
      ['note', join(dir, '.podguard.yaml'), 2, 5],
      ['note', join(dir, '.podguard.yaml'), 4, 5],
    ]);
    expect(unused[1].message).toContain('suppression of host-ports matches no finding');
    expect(Object.keys(unused[0])).not.toContain('suppressed');
  });

  it('text: marked, and counted in the summary line', () => {
    const dir = tree(files);
    const run = podguard(['scan', join(dir, 'pod.yaml')], { env: TODAY });
    expect(run.stdout).toContain('error privileged [suppressed by annotation: the device plugin needs it] Container "bad"'.replace('"bad"', '"app"'));
    expect(run.stdout).toMatch(/, 2 suppressed in 1 file/);
  });

  it('sarif: suppressions with their justification, still valid SARIF', () => {
    const dir = tree(files);
    const sarif = JSON.parse(podguard(['scan', join(dir, 'pod.yaml'), '--format', 'sarif'], { env: TODAY }).stdout);
    const results = sarif.runs[0].results;
    expect(results.find((r: any) => r.ruleId === 'privileged').suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'the device plugin needs it' }]);
    expect(results.find((r: any) => r.ruleId === 'read-only-root-filesystem').suppressions[0].kind).toBe('external');
    const require = createRequire(import.meta.url);
    const Ajv = require('ajv-draft-04').default;
    const ajv = new Ajv({ strict: false, unicodeRegExp: false });
    require('ajv-formats').default(ajv);
    const schema = JSON.parse(readFileSync(join(REPO, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    expect(ajv.validate(schema, sarif), JSON.stringify(ajv.errors?.slice(0, 2))).toBe(true);
  });

  it('expiry is judged against the date given (PODGUARD_TODAY)', () => {
    const dir = tree(files);
    const later = podguard(['scan', join(dir, 'pod.yaml'), '--format', 'json', '--profile', 'baseline'], { env: { PODGUARD_TODAY: '2027-01-02' } });
    expect(later.code).toBe(1);
    expect(json(later).findings.find((f) => f.ruleId === 'expired-suppression')!.message).toContain('expired on 2027-01-01');
  });

  it('a bad config exemption is reported once per run, not once per file, and not as unused too', () => {
    const expired = '  - rule: privileged\n    reason: old\n    until: 2020-01-01\n';
    const dir = tree({ '.podguard.yaml': `exemptions:\n${expired}${expired}`, 'a.yaml': PRIVILEGED_POD, 'b.yaml': PRIVILEGED_POD });
    const out = json(podguard(['scan', dir, '--format', 'json'], { env: TODAY }));
    expect(out.findings.filter((f) => f.ruleId === 'expired-suppression').map((f) => [f.file, f.line])).toEqual([
      [join(dir, '.podguard.yaml'), 2],
      [join(dir, '.podguard.yaml'), 5],
    ]);
    expect(out.findings.filter((f) => f.ruleId === 'unused-suppression')).toEqual([]);
    expect(out.findings.filter((f) => f.ruleId === 'privileged' && !f.suppressed)).toHaveLength(2);
  });

  it('fix --unsafe-fixes leaves waived findings alone and writes the configured UID and GID', () => {
    const dir = tree({ '.podguard.yaml': 'fix: {runAsUser: 10001, runAsGroup: 10001}\n', 'pod.yaml': files['pod.yaml'] });
    // A chosen UID or GID is an unsafe fix: without --unsafe-fixes it is not written.
    expect(podguard(['fix', join(dir, 'pod.yaml')], { env: TODAY }).stdout).not.toContain('runAsUser');
    const diff = podguard(['fix', join(dir, 'pod.yaml'), '--unsafe-fixes'], { env: TODAY }).stdout;
    expect(diff).toContain('+    runAsUser: 10001');
    expect(diff).toContain('+    runAsGroup: 10001');
    expect(diff).not.toContain('privileged: false');
  });
});
