// The CLI contract other surfaces and checks rely on, tested through `node dist/cli.js`.
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { json, podguard, PRIVILEGED_POD, REPO, STACK_TRACE, tree } from './cli.js';

// ajv ships CommonJS with a default export; require() sidesteps ESM interop typing.
const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04').default;
const addFormats = require('ajv-formats').default;

const KEYS = ['ruleId', 'level', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'resource', 'container', 'path', 'pssCheck', 'pssLevel', 'fixable', 'fixSafety', 'docs'];

describe('scan --format json', () => {
  const run = podguard(['scan', 'examples/insecure-deployment.yaml', '--format', 'json']);
  const out = json(run);

  it('exits 1 on error findings and writes nothing on stderr', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
  });

  it('gives every finding exactly the contract fields, in order, with their types', () => {
    expect(out.findings.length).toBeGreaterThan(10);
    for (const f of out.findings) {
      expect(Object.keys(f)).toEqual(KEYS);
      expect(f.ruleId).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['error', 'warning', 'note']).toContain(f.level);
      expect(f.file).toBe('examples/insecure-deployment.yaml');
      for (const k of ['line', 'column', 'endLine', 'endColumn']) expect(Number.isInteger(f[k]) && (f[k] as number) >= 1).toBe(true);
      expect(f.resource).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'shop' });
      expect(f.path).toMatch(/^spec\.template\.spec\./);
      expect(typeof f.fixable).toBe('boolean');
      // Every fixable finding says how safe its fix is, and only those do.
      expect(f.fixable ? ['safe', 'unsafe'] : [null]).toContain(f.fixSafety);
      expect(f.pssCheck === null).toBe(f.pssLevel === null);
      expect(f.docs).toBe(`https://github.com/podguard/podguard/blob/main/docs/rules/${f.ruleId}.md`);
    }
  });

  it('points at the offending key and spans its value', () => {
    const lines = readFileSync(join(REPO, 'examples/insecure-deployment.yaml'), 'utf8').split('\n');
    const f = out.findings.find((x) => x.ruleId === 'privileged')!;
    expect(f).toMatchObject({
      level: 'error',
      container: 'web',
      path: 'spec.template.spec.containers[0].securityContext.privileged',
      pssCheck: 'privileged',
      pssLevel: 'baseline',
      fixable: true,
      fixSafety: 'unsafe',
    });
    const line = lines[(f.line as number) - 1];
    expect(line.slice((f.column as number) - 1, (f.endColumn as number) - 1)).toBe('privileged: true');
    expect(f.endLine).toBe(f.line);
  });

  it('points a missing field at the parent it belongs under, and names init containers', () => {
    const lines = readFileSync(join(REPO, 'examples/insecure-deployment.yaml'), 'utf8').split('\n');
    const missing = out.findings.find((x) => x.ruleId === 'allow-privilege-escalation' && x.container === 'web')!;
    expect(lines[(missing.line as number) - 1].slice((missing.column as number) - 1)).toBe('securityContext:');
    expect(missing.path).toBe('spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation');
    const init = out.findings.find((x) => x.ruleId === 'run-as-non-root' && x.container === 'migrate')!;
    expect(init.path).toBe('spec.template.spec.initContainers[0].securityContext.runAsNonRoot');
    expect(lines[(init.line as number) - 1].trim()).toBe('- name: migrate');
  });

  it('summarises files, resources, errors and warnings consistently with the findings', () => {
    expect(Object.keys(out.summary)).toEqual(['files', 'resources', 'errors', 'warnings']);
    expect(out.summary.files).toBe(1);
    expect(out.summary.resources).toBe(1);
    expect(out.summary.errors).toBe(out.findings.filter((f) => f.level === 'error').length);
    expect(out.summary.warnings).toBe(out.findings.filter((f) => f.level === 'warning').length);
  });
});

describe('profiles and versions', () => {
  it('the golden pod has no finding under restricted and no error under hardened', () => {
    const restricted = podguard(['scan', 'examples/hardened-pod.yaml', '--format', 'json', '--profile', 'restricted']);
    expect(restricted.code).toBe(0);
    expect(json(restricted).findings).toEqual([]);
    const hardened = podguard(['scan', 'examples/hardened-pod.yaml', '--format', 'json']);
    expect(hardened.code).toBe(0);
    expect(json(hardened).findings.filter((f) => f.level === 'error')).toEqual([]);
  });

  it('baseline reports only PSS baseline checks', () => {
    const out = json(podguard(['scan', 'examples/', '--format', 'json', '--profile', 'baseline']));
    expect(out.findings.length).toBeGreaterThan(0);
    for (const f of out.findings) expect(f.pssLevel).toBe('baseline');
  });

  it('applies the version: restricted capabilities start at 1.22, and versions past the newest clamp to it', () => {
    const ids = (v: string) =>
      new Set(json(podguard(['scan', 'examples/insecure-deployment.yaml', '--format', 'json', '--profile', 'restricted', '--k8s-version', v])).findings.map((f) => f.ruleId));
    expect(ids('1.21').has('capabilities-baseline')).toBe(true);
    expect(ids('1.21').has('capabilities-restricted')).toBe(false);
    expect(ids('1.22').has('capabilities-restricted')).toBe(true);
    expect(ids('1.22').has('capabilities-baseline')).toBe(false);
    expect([...ids('1.99')].sort()).toEqual([...ids('latest')].sort());
  });

  it('reads each object of a multi-document file and the items of a List', () => {
    const out = json(podguard(['scan', 'examples/cronjob-and-list.yaml', '--format', 'json']));
    expect(out.summary.resources).toBe(2);
    expect(new Set(out.findings.map((f) => (f.resource as { kind: string }).kind))).toEqual(new Set(['CronJob', 'Pod']));
    const root = out.findings.find((f) => f.ruleId === 'run-as-user')!;
    expect(root).toMatchObject({ container: 'report', path: 'spec.jobTemplate.spec.template.spec.containers[0].securityContext.runAsUser' });
    expect(out.findings.find((f) => f.ruleId === 'host-namespaces')!.resource).toEqual({ apiVersion: 'v1', kind: 'Pod', name: 'debug-shell', namespace: 'ops' });
  });
});

describe('exit codes and errors', () => {
  const dir = tree({ 'bad.yaml': PRIVILEGED_POD, 'only-warnings.yaml': PRIVILEGED_POD.replace('privileged: true', 'privileged: false') });

  it('reports an unreadable path on one stderr line, exits 2, and still reports the other files', () => {
    const run = podguard(['scan', join(dir, 'missing.yaml'), join(dir, 'bad.yaml'), '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([`podguard: cannot read ${join(dir, 'missing.yaml')}: no such file or directory`]);
    expect(json(run).findings.some((f) => f.ruleId === 'privileged')).toBe(true);
  });

  it('honours --fail-on', () => {
    const warnOnly = join(dir, 'only-warnings.yaml');
    const levels = new Set(json(podguard(['scan', warnOnly, '--format', 'json', '--profile', 'hardened'])).findings.map((f) => f.level));
    expect(levels.has('error')).toBe(true); // the unhardened pod still breaks restricted
    const restricted = ['--profile', 'baseline'];
    expect(podguard(['scan', warnOnly, ...restricted]).code).toBe(0);
    expect(podguard(['scan', join(dir, 'bad.yaml'), ...restricted]).code).toBe(1);
    expect(podguard(['scan', join(dir, 'bad.yaml'), '--fail-on', 'never']).code).toBe(0);
    const hardenedWarnings = tree({ 'w.yaml': readFileSync(join(REPO, 'examples/hardened-pod.yaml'), 'utf8').replace('automountServiceAccountToken: false', 'automountServiceAccountToken: true') });
    expect(podguard(['scan', hardenedWarnings]).code).toBe(0);
    expect(podguard(['scan', hardenedWarnings, '--fail-on', 'warning']).code).toBe(1);
  });

  it.each([
    [['scan', '--profile', 'strict'], '--profile must be one of baseline, restricted, hardened, not "strict"'],
    [['scan', '--k8s-version', '2.0'], '--k8s-version: "2.0" is not a Kubernetes version'],
    [['scan', '--frobnicate'], 'unknown option --frobnicate'],
    [['lint'], 'unknown command "lint"'],
  ])('rejects %j with a usage line and exit 2', (args, message) => {
    const run = podguard(args as string[]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    const command = args[0] === 'scan' ? 'scan ' : '';
    expect(run.stderr).toBe(`podguard: ${run.stderr.split('\n')[0].slice('podguard: '.length)}\nRun podguard ${command}--help for usage.\n`);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('reads standard input as -', () => {
    const run = podguard(['scan', '-', '--format', 'json'], { input: PRIVILEGED_POD });
    expect(run.code).toBe(1);
    const f = json(run).findings.find((x) => x.ruleId === 'privileged')!;
    expect(f).toMatchObject({ file: '-', line: 10, column: 9 });
  });

  it('recurses into directories for .yaml, .yml and .json only, skipping node_modules', () => {
    const d = tree({
      'a/pod.yaml': PRIVILEGED_POD,
      'a/b/pod.yml': PRIVILEGED_POD,
      'pod.json': JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'j' }, spec: { containers: [{ name: 'c', image: 'x', securityContext: { privileged: true } }] } }, null, 2),
      'notes.txt': PRIVILEGED_POD,
      'node_modules/dep/pod.yaml': PRIVILEGED_POD,
    });
    const out = json(podguard(['scan', d, '--format', 'json']));
    const files = [...new Set(out.findings.map((f) => (f.file as string).slice(d.length + 1)))];
    expect(files).toEqual(['a/b/pod.yml', 'a/pod.yaml', 'pod.json']);
    expect(out.summary.files).toBe(3);
    const inJson = out.findings.find((f) => f.ruleId === 'privileged' && (f.file as string).endsWith('.json'))!;
    expect(inJson).toMatchObject({ line: 13, path: 'spec.containers[0].securityContext.privileged' });
  });
});

describe('many files', () => {
  it('worker threads give the same output, in the same order, as one thread', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) {
      const pod = i % 3 === 0 ? 'apiVersion: v1\nkind: Pod\n  - not: [valid' : PRIVILEGED_POD.replace('name: bad', `name: pod-${i}`).replace('privileged: true', `privileged: ${i % 2 === 0}`);
      files[`d${i % 7}/pod-${String(i).padStart(2, '0')}.yaml`] = pod;
    }
    const dir = tree(files);
    // Paths that cannot be read, between readable ones: each is reported, and the others keep their order.
    for (const at of ['d0/pod-00a.yaml', 'd3/pod-31a.yaml', 'd6/pod-55a.yaml']) symlinkSync(join(dir, 'nowhere'), join(dir, at));
    const one = podguard(['scan', dir, '--format', 'json'], { env: { PODGUARD_THREADS: '1' } });
    const two = podguard(['scan', dir, '--format', 'json'], { env: { PODGUARD_THREADS: '2' } });
    const three = podguard(['scan', dir, '--format', 'json'], { env: { PODGUARD_THREADS: '3' } });
    expect(two.code).toBe(2);
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
    expect(two.stderr.match(/cannot read .*pod-\d\da\.yaml/g)).toHaveLength(3);
    const out = json(two);
    expect(out.summary.files).toBe(60);
    expect(out.findings.filter((f) => f.ruleId === 'invalid-yaml')).toHaveLength(20);
    const order = out.findings.map((f) => f.file as string);
    expect(order).toEqual([...order].sort());
  });

  it('worker threads write every format, to standard output and to files at once, as one thread does', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`d${i % 5}/pod-${String(i).padStart(2, '0')}.yaml`] = PRIVILEGED_POD.replace('name: bad', `name: pod-${i}`).replace('privileged: true', `privileged: ${i % 3 === 0}`);
    // Output beyond ASCII, and one file whose output (about a megabyte) outgrows any buffer the others needed.
    files['d2/unicode.yaml'] = PRIVILEGED_POD.replace('name: bad', 'name: привет-мир').replace('name: app', 'name: контейнер-ü-€');
    const containers = Array.from({ length: 300 }, (_, c) => `    - {name: "контейнер-${c}-${'ж'.repeat(30)}", image: x, securityContext: {privileged: true}}`);
    files['d3/wide.yaml'] = `apiVersion: v1\nkind: Pod\nmetadata: {name: wide}\nspec:\n  containers:\n${containers.join('\n')}\n`;
    const dir = tree(files);
    const outputs = (threads: string) => {
      const at = tree({});
      const run = podguard(['scan', dir, '--color', 'always', '--format', 'text', '--format', 'json', '--output', join(at, 'out.json'), '--format', 'sarif', '--output', join(at, 'out.sarif')], { env: { PODGUARD_THREADS: threads } });
      return { code: run.code, stdout: run.stdout, json: readFileSync(join(at, 'out.json'), 'utf8'), sarif: readFileSync(join(at, 'out.sarif'), 'utf8') };
    };
    const one = outputs('1');
    expect(one.code).toBe(1);
    expect(one.stdout).toContain('\x1b[31merror\x1b[39m');
    expect(one.stdout).toContain('контейнер-ü-€');
    expect(JSON.parse(one.json).findings.filter((f: { file: string }) => f.file.endsWith('wide.yaml')).length).toBeGreaterThanOrEqual(300);
    expect(one.json.length).toBeGreaterThan(1 << 20);
    expect(JSON.parse(one.sarif).runs[0].results.length).toBe(JSON.parse(one.json).findings.length);
    for (const threads of ['2', '3']) expect(outputs(threads)).toEqual(one);
  });
});

describe('other formats', () => {
  it('text: one line per finding, no colour when not a terminal, and a summary', () => {
    const run = podguard(['scan', 'examples/insecure-deployment.yaml']);
    const lines = run.stdout.trim().split('\n').filter((l) => l !== '');
    expect(run.stdout).not.toContain('\x1b[');
    const summary = lines.pop()!;
    expect(summary).toMatch(/^\d+ errors, \d+ warnings in 1 file \(1 resource read\)$/);
    // The object is named once, above its findings.
    expect(lines.shift()).toBe('Deployment shop/web');
    for (const l of lines) expect(l).toMatch(/^examples\/insecure-deployment\.yaml:\d+:\d+ (error|warning|note) [a-z-]+ .+$/);
    expect(lines).toContain(
      'examples/insecure-deployment.yaml:27:13 error privileged Container "web" sets securityContext.privileged: true, which gives it every capability and the host\'s devices; set it to false or remove it. (unsafe fix)',
    );
    // A safe fix and no fix are told apart too.
    expect(lines.find((l) => / seccomp-profile-restricted .*"web"/.test(l))).toMatch(/ \(fix\)$/);
    expect(lines.find((l) => / host-ports /.test(l))).not.toMatch(/fix\)$/);
  });

  it('github: workflow-command annotations with position and the rule as title', () => {
    const run = podguard(['scan', 'examples/insecure-deployment.yaml', '--format', 'github']);
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations.length).toBe(json(podguard(['scan', 'examples/insecure-deployment.yaml', '--format', 'json'])).findings.length);
    expect(annotations).toContainEqual(expect.stringMatching(/^::error title=privileged,file=examples\/insecure-deployment\.yaml,line=27,endLine=27,col=13,endColumn=29::Container "web" sets/));
    expect(annotations.some((a) => a.startsWith('::warning '))).toBe(true);
  });

  it('sarif: valid SARIF 2.1.0 with rules, regions, and fingerprints that survive unrelated line moves', () => {
    const schema = JSON.parse(readFileSync(join(REPO, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);

    const original = readFileSync(join(REPO, 'examples/insecure-deployment.yaml'), 'utf8');
    const moved = original.replace('metadata:\n  name: web', '# a new comment\n\nmetadata:\n  # owner: shop team\n  name: web');
    const d = tree({ 'before/app.yaml': original, 'after/app.yaml': moved });
    const sarif = (dir: string) => JSON.parse(podguard(['scan', 'app.yaml', '--format', 'sarif'], { cwd: join(d, dir) }).stdout);
    const before = sarif('before');
    const after = sarif('after');
    expect(validate(before), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);

    const run = before.runs[0];
    expect(run.tool.driver.rules.find((r: { id: string }) => r.id === 'privileged').help.text).toContain('Fix:');
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'privileged');
    expect(result.properties).toMatchObject({ fixable: true, fixSafety: 'unsafe' });
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === 'host-ports').properties).toMatchObject({ fixable: false, fixSafety: null });
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'app.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 27, startColumn: 13, endLine: 27, endColumn: 29 },
    });
    const prints = (log: typeof before) => log.runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => Object.values(r.partialFingerprints)[0]);
    expect(new Set(prints(before)).size).toBe(prints(before).length);
    expect(prints(after)).toEqual(prints(before));
    expect(after.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'privileged').locations[0].physicalLocation.region.startLine).toBe(30);
  });
});
