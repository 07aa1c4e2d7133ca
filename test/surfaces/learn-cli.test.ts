// What a new user finds on their own through `node dist/cli.js`: help, usage errors that say what was meant, one rule
// explained, SARIF that code scanning ranks and links, excluded paths, several outputs, colour, fix in a pipe, and
// text that names each object.
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { json, podguard, PRIVILEGED_POD, REPO, STACK_TRACE, tree } from './cli.js';
import { RULES } from '../../src/rules/index.js';

const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04').default;
const addFormats = require('ajv-formats').default;

const docs = (id: string) => `https://github.com/podguard/podguard/blob/main/docs/rules/${id}.md`;

describe('help', () => {
  it.each([[['--help']], [['-h']], [[]], [['help']]])('podguard %j lists the commands and exits 0', (args) => {
    const run = podguard(args);
    expect(run.code).toBe(0);
    for (const c of ['scan', 'fix', 'rules', 'schema']) expect(run.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    expect(run.stderr).toBe('');
  });

  it.each([
    [['scan', '--help'], ['--profile', '--exclude GLOB', '-o, --output FILE', '--color auto|always|never', 'default: hardened', 'default: text', 'default: error']],
    [['scan', '-h'], ['--fail-on error|warning|never']],
    [['scan', 'deploy/', '--profil', 'x', '--help'], ['Usage: podguard scan']],
    [['fix', '--help'], ['--stdout', '--unsafe-fixes', '--write', '--exclude GLOB']],
    [['fix', '-h'], ['Usage: podguard fix']],
    [['rules', '--help'], ['Usage: podguard rules [RULE]', '--pages DIR']],
    [['schema', '--help'], ['Usage: podguard schema']],
    [['help', 'scan'], ['Usage: podguard scan']],
  ])('podguard %j prints that command\'s usage, options with defaults and an example, exit 0', (args, wanted) => {
    const run = podguard(args as string[]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: podguard \w+/m);
    expect(run.stdout).toMatch(/^Examples?:\n {2}podguard /m);
    for (const w of wanted as string[]) expect(run.stdout).toContain(w);
    expect(run.stdout).not.toContain('"$schema"'); // schema --help is help, not the schema
    for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });
});

describe('usage errors', () => {
  it.each([
    [['scan', '--profil', 'restricted'], 'unknown option --profil (did you mean --profile?)', 'scan'],
    [['scna', '.'], 'unknown command "scna" (did you mean scan?)', ''],
    [['scan', '--profile', 'restriced'], '--profile must be one of baseline, restricted, hardened, not "restriced" (did you mean restricted?)', 'scan'],
    [['scan', '--format', 'sarf'], '--format must be one of text, json, sarif, github, not "sarf" (did you mean sarif?)', 'scan'],
    [['scan', '--color', 'allways'], '--color must be one of auto, always, never, not "allways" (did you mean always?)', 'scan'],
    [['fix', '--unsafe-fix'], 'unknown option --unsafe-fix (did you mean --unsafe-fixes?)', 'fix'],
    [['fix', '--write=yes'], '--write takes no value', 'fix'],
    [['scan', '--profile'], '--profile needs a value: baseline, restricted, hardened', 'scan'],
    [['scan', '--frobnicate'], 'unknown option --frobnicate', 'scan'],
    [['rules', 'privilegd'], 'no rule "privilegd" (did you mean privileged?); podguard rules lists them', 'rules'],
    [['help', 'fxi'], 'no command "fxi" (did you mean fix?)', ''],
  ])('%j: one line of its own plus where to read more, exit 2', (args, message, command) => {
    const run = podguard(args as string[]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`podguard: ${message}\nRun podguard ${command ? `${command} ` : ''}--help for usage.\n`);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('podguard rules', () => {
  it('rules <id> prints the rule in full: summary, why, fix, PSS control, versions, levels, examples and its link', () => {
    const run = podguard(['rules', 'privileged']);
    expect(run.code).toBe(0);
    const rule = RULES.find((r) => r.id === 'privileged')!;
    for (const part of [rule.summary, rule.help.why, rule.help.fix, 'PSS control:  privileged (baseline)', 'Versions:', 'baseline error, restricted error, hardened error', 'Risk:         critical', `Documentation: ${docs('privileged')}`]) {
      expect(run.stdout).toContain(part);
    }
    expect(run.stdout).toContain('Fails (podguard scan --profile baseline):\n    apiVersion: v1');
    expect(run.stdout).toContain('        privileged: false');
  });

  it('names the rule that replaces a baseline rule above baseline, and from which version', () => {
    const caps = podguard(['rules', 'capabilities-baseline']).stdout;
    expect(caps).toContain('baseline error, restricted replaced by capabilities-restricted from 1.22 (error before), hardened replaced by capabilities-restricted from 1.22 (error before)');
    expect(podguard(['rules', 'host-path-volumes']).stdout).toContain('baseline error, restricted replaced by restricted-volumes, hardened replaced by restricted-volumes');
    const info = JSON.parse(podguard(['rules', 'host-path-volumes', '--format', 'json']).stdout);
    expect(info).toMatchObject({ id: 'host-path-volumes', replacedBy: { restricted: { id: 'restricted-volumes', from: '1.0' } }, docs: docs('host-path-volumes') });
  });

  it('the README table shows the replacing rule instead of an error that never fires', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const row = readme.split('\n').find((l) => l.startsWith('| [`host-path-volumes`]'))!;
    const cells = row.split(' | ');
    expect(cells[1]).toBe('error');
    expect(cells[2]).toBe('replaced by [`restricted-volumes`](docs/rules/restricted-volumes.md)');
  });

  it('rules in text gives every rule the same facts in short', () => {
    const run = podguard(['rules']);
    expect(run.code).toBe(0);
    for (const r of RULES) expect(run.stdout).toContain(`${r.id}\n  ${r.summary}\n  baseline `);
    expect(run.stdout).toMatch(/^privileged\n.*\n  baseline error, restricted error, hardened error\n  pss privileged \(baseline\) · versions: every version · risk critical · fix unsafe$/m);
  });

  it('rules <id> --format markdown is the rule\'s page', () => {
    expect(podguard(['rules', 'run-as-user', '--format', 'markdown']).stdout).toBe(readFileSync(join(REPO, 'docs/rules/run-as-user.md'), 'utf8'));
  });
});

describe('SARIF for code scanning', () => {
  it('validates against SARIF 2.1.0, with helpUri, help, security-severity and the security tag on every rule', () => {
    const schema = JSON.parse(readFileSync(join(REPO, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const log = JSON.parse(podguard(['scan', 'examples/', '--format', 'sarif']).stdout);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const driver = log.runs[0].tool.driver;
    expect(driver.informationUri).toBe('https://github.com/podguard/podguard');
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    const band = { critical: [9, 10], high: [7, 8.9], medium: [4, 6.9], low: [0.1, 3.9] } as const;
    for (const r of driver.rules) {
      const rule = RULES.find((x) => x.id === r.id)!;
      expect(r.helpUri).toBe(docs(r.id));
      expect(r.help.markdown).toContain(`](${docs(r.id)})`);
      expect(r.properties.tags).toContain('security');
      const severity = Number(r.properties['security-severity']);
      const [low, high] = band[rule.risk!];
      expect(severity, r.id).toBeGreaterThanOrEqual(low);
      expect(severity, r.id).toBeLessThanOrEqual(high);
    }
    expect(driver.rules.find((r: { id: string }) => r.id === 'privileged').properties['security-severity']).toBe('9.0');
  });
});

describe('exclude', () => {
  const files = () => ({
    '.git/HEAD': '',
    'deploy/web.yaml': PRIVILEGED_POD,
    'vendor/chart/pod.yaml': PRIVILEGED_POD,
    'test/fixtures/bad.yaml': PRIVILEGED_POD,
    'deploy/web.tmpl.yaml': PRIVILEGED_POD,
  });
  const scanned = (dir: string, args: string[] = []) => {
    const run = podguard(['scan', '.', '--format', 'json', ...args], { cwd: dir });
    return { run, files: [...new Set(json(run).findings.map((f) => f.file as string))].sort() };
  };

  it('.podguard.yaml exclude: names at any depth, and paths from the file\'s folder; excluded paths are never read', () => {
    const dir = tree({ ...files(), '.podguard.yaml': 'exclude:\n  - vendor\n  - test/fixtures/**\n  - "*.tmpl.yaml"\n' });
    // A dangling link would be "cannot read" (exit 2) if podguard went near it.
    symlinkSync('missing.yaml', join(dir, 'vendor/chart/broken.yaml'));
    const { run, files: seen } = scanned(dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(seen).toEqual(['deploy/web.yaml']);
    expect(json(run).summary.files).toBe(1);
  });

  it('--exclude GLOB (repeatable) on scan and fix, on top of the configuration', () => {
    const dir = tree({ ...files(), '.podguard.yaml': 'exclude: [vendor]\n' });
    expect(scanned(dir, ['--exclude', 'test/**', '--exclude', '*.tmpl.yaml']).files).toEqual(['deploy/web.yaml']);
    expect(scanned(dir).files).toEqual(['deploy/web.tmpl.yaml', 'deploy/web.yaml', 'test/fixtures/bad.yaml']);
    const fix = podguard(['fix', '.', '--exclude', 'deploy', '--exclude', 'test', '--unsafe-fixes'], { cwd: dir });
    expect(fix.stdout).toBe('');
    expect(fix.stderr).toBe('podguard: nothing to fix\n');
  });

  it('a bad exclude in .podguard.yaml is one clear line naming the key', () => {
    const dir = tree({ '.git/HEAD': '', '.podguard.yaml': 'exclude: vendor\n', 'p.yaml': PRIVILEGED_POD });
    const run = podguard(['scan', '.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`podguard: ${join(dir, '.podguard.yaml')}:1:1: exclude: must be array\n`);
  });
});

describe('outputs and colour', () => {
  it('each --output takes the --format before it; the format without one goes to standard output', () => {
    const dir = tree({ '.git/HEAD': '', 'p.yaml': PRIVILEGED_POD });
    const run = podguard(['scan', 'p.yaml', '--profile', 'baseline', '--format', 'text', '--format', 'sarif', '--output', 'out.sarif', '--format', 'json', '-o', 'out.json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Pod bad\np\.yaml:10:9 error privileged /);
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain('privileged');
    const out = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
    expect(out.findings.find((f: { ruleId: string }) => f.ruleId === 'privileged').docs).toBe(docs('privileged'));
    // Nothing but the text went to standard output.
    const alone = podguard(['scan', 'p.yaml', '-o', 'out.txt'], { cwd: dir });
    expect(alone.stdout).toBe('');
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe(podguard(['scan', 'p.yaml'], { cwd: dir }).stdout);
  });

  it.each([
    [['--format', 'json', '--format', 'sarif'], '--format json and --format sarif would both go to standard output: give one of them an --output FILE'],
    [['--format', 'json', '-o', 'a.json', '-o', 'b.json'], '--output b.json follows another --output: give a --format before each --output'],
    [['--format', 'github', '-o', 'a.txt'], '--format github writes workflow commands for the Actions runner, which reads standard output: give it no --output'],
    [['--format', 'sarif', '-o', 'no/such/dir/a.sarif'], '--output no/such/dir/a.sarif: cannot write it: no such file or directory'],
  ])('%j is a usage error', (args, message) => {
    const dir = tree({ 'p.yaml': PRIVILEGED_POD });
    const run = podguard(['scan', 'p.yaml', ...(args as string[])], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`podguard: ${message}\nRun podguard scan --help for usage.\n`);
    expect(existsSync(join(dir, 'a.json'))).toBe(false);
  });

  it.each([
    [{}, [], false],
    [{ FORCE_COLOR: '1' }, [], true],
    [{ FORCE_COLOR: '0' }, [], false],
    [{ NO_COLOR: '1' }, ['--color', 'always'], true],
    [{ FORCE_COLOR: '1' }, ['--color', 'never'], false],
  ])('env %j with %j: coloured %s', (env, args, coloured) => {
    const run = podguard(['scan', '-', ...(args as string[])], { input: PRIVILEGED_POD, env: env as Record<string, string> });
    expect(run.stdout.includes('\x1b[')).toBe(coloured);
  });

  it('a text file is never coloured', () => {
    const dir = tree({ 'p.yaml': PRIVILEGED_POD });
    podguard(['scan', 'p.yaml', '-o', 'out.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).not.toContain('\x1b[');
  });
});

describe('fix in a pipe', () => {
  it('fix - --stdout prints the fixed manifest, which scans clean of what was fixed', () => {
    const run = podguard(['fix', '-', '--stdout', '--unsafe-fixes', '--profile', 'baseline'], { input: PRIVILEGED_POD });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(PRIVILEGED_POD.replace('privileged: true', 'privileged: false'));
    expect(run.stderr).toBe('podguard: fixed 1 finding in 1 file\n');
    expect(podguard(['scan', '-', '--profile', 'baseline'], { input: run.stdout }).code).toBe(0);
  });

  it('fix FILE --stdout prints the fixed file and leaves it as it was; nothing to fix prints it unchanged', () => {
    const dir = tree({ 'p.yaml': PRIVILEGED_POD });
    const run = podguard(['fix', 'p.yaml', '--stdout', '--unsafe-fixes', '--profile', 'baseline'], { cwd: dir });
    expect(run.stdout).toContain('privileged: false');
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(PRIVILEGED_POD);
    const clean = PRIVILEGED_POD.replace('privileged: true', 'privileged: false');
    expect(podguard(['fix', '-', '--stdout', '--profile', 'baseline'], { input: clean }).stdout).toBe(clean);
  });

  it.each([
    [['fix', '-', '--stdout', '--write'], '--stdout and --write exclude each other: print the fixed file, or rewrite it'],
    [['fix', 'a.yaml', 'b.yaml', '--stdout'], '--stdout prints one fixed file: give one file, or - for standard input'],
  ])('%j is a usage error', (args, message) => {
    const run = podguard(args as string[], { input: PRIVILEGED_POD });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`podguard: ${message}\nRun podguard fix --help for usage.\n`);
  });
});

describe('text output', () => {
  it('names each object once, above its findings, with kind and namespace/name', () => {
    const second = PRIVILEGED_POD.replace('name: bad', 'name: worker\n  namespace: jobs');
    const run = podguard(['scan', '-', '--profile', 'baseline'], { input: `${PRIVILEGED_POD}---\n${second}---\n${PRIVILEGED_POD.replace('name: bad', 'generateName: batch-')}` });
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => /^Pod /.test(l))).toEqual(['Pod bad', 'Pod jobs/worker', 'Pod batch-*']);
    expect(lines[0]).toBe('Pod bad');
    expect(lines[1]).toMatch(/^-:10:9 error privileged /);
    expect(lines[2]).toBe('Pod jobs/worker');
  });
});
