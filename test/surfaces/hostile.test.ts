// Hostile and broken input: each file sits next to a real insecure pod, and the run must report that pod's finding,
// explain what it did with the hostile file, and never crash or print a stack trace.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, podguard, PRIVILEGED_POD, STACK_TRACE, tree } from './cli.js';

function scanBeside(name: string, content: string | Uint8Array) {
  const dir = tree({ 'good.yaml': PRIVILEGED_POD, [name]: content });
  const run = podguard(['scan', dir, '--format', 'json']);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  const out = json(run);
  // The good file's finding is never hidden by its neighbour.
  expect(out.findings.some((f) => f.ruleId === 'privileged' && (f.file as string).endsWith('good.yaml'))).toBe(true);
  const own = out.findings.filter((f) => (f.file as string).endsWith(name));
  for (const f of own) expectInside(f, content);
  return { run, out, own };
}

/** Every finding is 1-based and points at a character of the file (or just past the end of a line). */
function expectInside(f: Record<string, unknown>, content: string | Uint8Array) {
  const text = typeof content === 'string' ? content : decodeLoosely(content);
  const lines = text.split(/\r?\n/);
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  for (const [line, column] of [[f.line, f.column], [f.endLine, f.endColumn]] as Array<[number, number]>) {
    const where = `${f.ruleId} at ${line}:${column}`;
    expect(line, where).toBeGreaterThanOrEqual(1);
    expect(column, where).toBeGreaterThanOrEqual(1);
    expect(line, where).toBeLessThanOrEqual(lines.length);
    expect(column, where).toBeLessThanOrEqual(lines[line - 1].length + 1);
  }
}

/** Text as podguard reads it, for counting lines: UTF-16 by its BOM or NULs, else UTF-8 or Latin-1 by the byte. */
function decodeLoosely(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes);
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return Buffer.from(buf.subarray(2)).swap16().toString('utf16le');
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (buf.length > 1 && buf[1] === 0 && buf[0] !== 0) return buf.toString('utf16le');
  return buf.toString('latin1');
}

const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => {
  const le = utf16le(text);
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
};

// A manifest's first lines, so that a broken file is taken for the manifest it claims to be.
const HEAD = 'apiVersion: v1\nkind: List\n';
const aliasBomb = (() => {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 9; i++) lines.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill('*' + 'abcdefghi'[i - 1]).join(',')}]`);
  return lines.join('\n') + '\n';
})();
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0];

describe('unreadable as YAML: an invalid-yaml finding that says why', () => {
  it.each([
    ['alias bomb', 'bomb.yaml', HEAD + aliasBomb, /aliases expand to more than 1000 nodes/],
    ['1,000,000-deep flow nesting', 'deep.yaml', HEAD + 'items: ' + '['.repeat(1_000_000) + ']'.repeat(1_000_000), /nested more than 500 levels/],
    ['100,000-deep compact sequences', 'deep-seq.yaml', HEAD + 'items:\n' + '- '.repeat(100_000) + 'x\n', /nested more than 500 levels/],
    ['a 20 MB string', 'huge.yaml', 'kind: ConfigMap\ndata:\n  blob: "' + 'x'.repeat(20_000_000) + '"\n', /over the 16\.0 MiB limit/],
    ['a binary file', 'image.yaml', Buffer.concat([Buffer.from(HEAD), Buffer.from(PNG)]), /binary file/],
    ['a Helm template', 'deployment.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Values.name }}\n{{- if .Values.x }}\nspec: {}\n{{- end }}\n', /Helm template, not YAML.*helm template/],
    ['a syntax error', 'broken.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n   bad: indentation\n', /YAML syntax error/],
    ['a duplicate key, which Kubernetes refuses too', 'twice.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\n', /Map keys must be unique/],
    ['a broken JSON manifest on one line', 'min.json', '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "x"}, ', /YAML syntax error/],
  ])('%s', (_what, name, content, message) => {
    const { run, own } = scanBeside(name, content);
    expect(run.code).toBe(1);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ ruleId: 'invalid-yaml', level: 'error', resource: null, container: null, path: '' });
    expect(own[0].message).toMatch(message);
  });

  it('places a syntax error on its line', () => {
    const { own } = scanBeside('broken.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n   bad: indentation\n');
    // The parser notices at the value that the key `name` continues onto the badly indented line.
    expect(own[0]).toMatchObject({ line: 4, column: 9 });
  });
});

describe('files that are not manifests: skipped with a note, never an error', () => {
  it.each([
    ['a vendored CI file with a duplicate key', '.travis.yml', 'language: node_js\nnode_js: [20]\nlanguage: go\n', /Map keys must be unique \(line 3, column 1\)/],
    ['JSON with comments', '.devcontainer/devcontainer.json', '{\n  "name": "dev",\n  // Use forwardPorts: [3000] to reach the app\n  "image": "node:20"\n}\n', /YAML syntax error/],
    ['an alias bomb', 'bomb.yaml', aliasBomb, /aliases expand/],
    ['deep nesting', 'deep.yaml', '['.repeat(100_000) + ']'.repeat(100_000), /nested more than 500 levels/],
    ['a binary file', 'image.yaml', Buffer.from(PNG), /binary file/],
    ['a huge file', 'huge.json', '{"blob": "' + 'x'.repeat(17_000_000) + '"}', /over the 16\.0 MiB limit/],
  ])('%s', (_what, name, content, reason) => {
    const { run, out, own } = scanBeside(name, content);
    expect(own).toEqual([]);
    expect(run.code).toBe(1); // the privileged pod beside it
    const notes = (out as unknown as { notes: Array<{ file: string; message: string }> }).notes;
    expect(notes).toHaveLength(1);
    expect(notes[0].file.endsWith(name)).toBe(true);
    expect(notes[0].message).toMatch(/^not a Kubernetes manifest \(no apiVersion or kind\), skipped: /);
    expect(notes[0].message).toMatch(reason);
  });

  it('text output says so on standard error, in the notes after the findings, naming the file; the exit code is the other files\'', () => {
    const dir = tree({ '.travis.yml': 'language: node_js\nlanguage: go\n', 'ok.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n' });
    const run = podguard(['scan', dir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`Notes\n  ${join(dir, '.travis.yml')}: not a Kubernetes manifest (no apiVersion or kind), skipped: YAML syntax error: Map keys must be unique (line 2, column 1)\n`);
    expect(run.stdout).toBe('0 errors, 0 warnings in 2 files (1 resource read)\n');
  });

  it('SARIF carries the note as a tool notification, not a result; github format as a notice', () => {
    const dir = tree({ '.travis.yml': 'language: node_js\nlanguage: go\n' });
    const sarif = JSON.parse(podguard(['scan', '.travis.yml', '--format', 'sarif'], { cwd: dir }).stdout);
    expect(sarif.runs[0].results).toEqual([]);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications).toEqual([
      expect.objectContaining({ level: 'note', locations: [{ physicalLocation: { artifactLocation: { uri: '.travis.yml', uriBaseId: '%SRCROOT%' } } }] }),
    ]);
    const github = podguard(['scan', '.travis.yml', '--format', 'github'], { cwd: dir });
    expect(github.code).toBe(0);
    expect(github.stdout).toMatch(/^::notice title=podguard,file=\.travis\.yml::not a Kubernetes manifest/m);
  });

  it('a file that parses and holds no Kubernetes object is read silently, as before', () => {
    const { out, own } = scanBeside('values.yaml', 'replicas: 2\nimage: {tag: latest}\n');
    expect(own).toEqual([]);
    expect((out as unknown as { notes?: unknown[] }).notes).toBeUndefined();
  });
});

describe('text encodings and line endings', () => {
  it.each([
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(PRIVILEGED_POD)])],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(PRIVILEGED_POD)])],
    ['UTF-16LE without a BOM', utf16le(PRIVILEGED_POD)],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PRIVILEGED_POD)])],
    ['CRLF line endings', PRIVILEGED_POD.replace(/\n/g, '\r\n')],
  ])('%s is read, with positions right', (_what, content) => {
    const { own } = scanBeside('pod.yaml', content);
    expect(own.map((f) => [f.ruleId, f.line, f.column, f.endColumn])).toContainEqual(['privileged', 10, 9, 25]);
    expect(own.some((f) => f.ruleId === 'invalid-yaml')).toBe(false);
  });

  it('Latin-1 is read (so its findings show) and reported', () => {
    const latin1 = Buffer.from('# Propriétaire: équipe café\n' + PRIVILEGED_POD, 'latin1');
    const { own } = scanBeside('pod.yaml', latin1);
    expect(own.find((f) => f.ruleId === 'invalid-yaml')!.message).toMatch(/not valid UTF-8; read as Latin-1/);
    expect(own.some((f) => f.ruleId === 'privileged' && f.line === 11)).toBe(true);
  });
});

describe('shapes that are legal YAML but not what Kubernetes expects', () => {
  it('100,000 empty documents are read quickly and hold no resources', () => {
    const { own, out } = scanBeside('empty.yaml', '---\n'.repeat(100_000));
    expect(own).toEqual([]);
    expect(out.summary.resources).toBe(1);
  });

  it('a pod after 100,000 empty documents is judged, on its own lines', () => {
    const at = PRIVILEGED_POD.split('\n').findIndex((l) => l.includes('privileged: true')) + 1;
    for (const marker of ['---\n', '--- # nothing here\r\n', '---  \n']) {
      const { own } = scanBeside('after-empty.yaml', marker.repeat(100_000) + PRIVILEGED_POD);
      expect(own.find((f) => f.ruleId === 'privileged')?.line).toBe(100_000 + at);
    }
  });

  it('an empty file and non-Kubernetes YAML have no findings', () => {
    expect(scanBeside('empty.yaml', '').own).toEqual([]);
    expect(scanBeside('workflow.yml', 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n').own).toEqual([]);
  });

  it('wrong types are invalid-field findings, and null is simply unset', () => {
    const doc = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${spec}`;
    const notAList = scanBeside('a.yaml', doc('  containers: "x"\n')).own.filter((f) => f.level === 'error');
    expect(notAList.map((f) => [f.ruleId, f.path, f.line])).toEqual([['invalid-field', 'spec.containers', 5]]);
    expect(notAList[0].message).toContain('spec.containers must be a list, not the string "x"');

    const quotedRoot = scanBeside('b.yaml', doc('  securityContext: {runAsNonRoot: true, runAsUser: "0", seccompProfile: {type: RuntimeDefault}}\n  containers: [{name: c, image: x, securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}}]\n')).own;
    expect(quotedRoot.filter((f) => f.level === 'error').map((f) => [f.ruleId, f.path])).toEqual([['invalid-field', 'spec.securityContext.runAsUser']]);

    const nullContext = scanBeside('c.yaml', doc('  securityContext: null\n  containers: [{name: c, image: x, securityContext: null}]\n')).own;
    expect(nullContext.some((f) => f.ruleId === 'invalid-field')).toBe(false);
    expect(nullContext.some((f) => f.ruleId === 'run-as-non-root')).toBe(true);
  });
});

describe('objects without a name', () => {
  it('have resource.name null (like namespace), their generateName kept, and distinct identities', () => {
    const job = (prefix: string) => `apiVersion: batch/v1\nkind: Job\nmetadata: {generateName: ${prefix}}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: c, image: x, securityContext: {privileged: true}}]\n`;
    const { own } = scanBeside('jobs.yaml', `${job('backup-')}---\n${job('restore-')}---\n${job('').replace('generateName: ', 'labels: {a: b}')}`);
    const privileged = own.filter((f) => f.ruleId === 'privileged');
    expect(privileged.map((f) => f.resource)).toEqual([
      { apiVersion: 'batch/v1', kind: 'Job', name: null, namespace: null, generateName: 'backup-' },
      { apiVersion: 'batch/v1', kind: 'Job', name: null, namespace: null, generateName: 'restore-' },
      { apiVersion: 'batch/v1', kind: 'Job', name: null, namespace: null },
    ]);
    const dir = tree({ 'jobs.yaml': `${job('backup-')}---\n${job('restore-')}` });
    const sarif = JSON.parse(podguard(['scan', 'jobs.yaml', '--format', 'sarif'], { cwd: dir }).stdout);
    const results = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'privileged');
    expect(results.map((r: { locations: Array<{ logicalLocations: Array<{ fullyQualifiedName: string }> }> }) => r.locations[0].logicalLocations[0].fullyQualifiedName.split(':')[0])).toEqual(['Job/backup-*', 'Job/restore-*']);
    expect(new Set(results.map((r: { partialFingerprints: Record<string, string> }) => Object.values(r.partialFingerprints)[0])).size).toBe(2);
  });
});

describe('paths', () => {
  it('reads each file once, however often it is reached: named twice, through a symlinked directory, or both', () => {
    const dir = tree({ 'app/pod.yaml': PRIVILEGED_POD, 'app/other.yaml': PRIVILEGED_POD.replace('name: bad', 'name: other') });
    symlinkSync('app', join(dir, 'alias'));
    const run = podguard(['scan', join(dir, 'app/pod.yaml'), dir, join(dir, 'alias'), join(dir, 'app/pod.yaml'), '--format', 'json']);
    const out = json(run);
    expect(out.summary.files).toBe(2);
    // Under the first name each is reached by: the walk goes in name order, and alias/ comes before app/.
    expect(out.findings.filter((f) => f.ruleId === 'privileged').map((f) => f.file)).toEqual([join(dir, 'app/pod.yaml'), join(dir, 'alias/other.yaml')]);
  });

  it('a symbolic-link loop is one stderr line and exit 2; the rest is scanned', () => {
    const dir = tree({ 'good.yaml': PRIVILEGED_POD });
    symlinkSync('loop.yaml', join(dir, 'loop.yaml'));
    symlinkSync('.', join(dir, 'self'));
    const run = podguard(['scan', dir, '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([`podguard: cannot read ${join(dir, 'loop.yaml')}: symbolic link loop`]);
    expect(json(run).findings.filter((f) => f.ruleId === 'privileged')).toHaveLength(1);
  });
});
