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

describe('unreadable as YAML: an invalid-yaml finding that says why', () => {
  it.each([
    ['alias bomb', 'bomb.yaml', (() => {
      const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
      for (let i = 1; i < 9; i++) lines.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill('*' + 'abcdefghi'[i - 1]).join(',')}]`);
      return lines.join('\n') + '\n';
    })(), /aliases expand to more than 1000 nodes/],
    ['1,000,000-deep flow nesting', 'deep.yaml', '['.repeat(1_000_000) + ']'.repeat(1_000_000), /nested more than 500 levels/],
    ['100,000-deep compact sequences', 'deep-seq.yaml', '- '.repeat(100_000) + 'x\n', /nested more than 500 levels/],
    ['a 20 MB string', 'huge.yaml', 'kind: ConfigMap\ndata:\n  blob: "' + 'x'.repeat(20_000_000) + '"\n', /over the 16\.0 MiB limit/],
    ['a binary file', 'image.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]), /binary file/],
    ['a Helm template', 'deployment.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Values.name }}\n{{- if .Values.x }}\nspec: {}\n{{- end }}\n', /Helm template, not YAML.*helm template/],
    ['a syntax error', 'broken.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n   bad: indentation\n', /YAML syntax error/],
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

describe('paths', () => {
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
