// YAML as Kubernetes reads it (go-yaml): lines continuing a quoted scalar or flow collection may sit at any
// indentation, while document markers inside them, tabs as indentation, under-indented plain and block scalars,
// multi-line keys and duplicate keys stay errors. The corpus is test/fixtures/yaml-compat/{accept,refuse}; when
// kubectl is installed, it is the oracle for every verdict and value.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reindentContinuations } from '../../src/source/continuations.js';
import { parseSource } from '../../src/source/parse.js';
import { json, podguard, REPO, STACK_TRACE, tree } from '../surfaces/cli.js';

const DIR = join(REPO, 'test/fixtures/yaml-compat');
const corpus = (verdict: 'accept' | 'refuse') =>
  readdirSync(join(DIR, verdict)).sort().map((name) => ({ name, text: readFileSync(join(DIR, verdict, name), 'utf8') }));
const ACCEPT = corpus('accept');
const REFUSE = corpus('refuse');

/** The objects of a parsed text, a List's items spread, as kubectl prints them. */
function objects(values: unknown[]): unknown[] {
  return values.flatMap((v) => {
    const o = v as { kind?: string; items?: unknown[] };
    return o.kind === 'List' && Array.isArray(o.items) ? o.items : [v];
  });
}

/** 1-based line and column of each occurrence of `needle` in `text`. */
function positions(text: string, needle: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const col = line.indexOf(needle);
    if (col >= 0) out.push([i + 1, col + 1]);
  });
  return out;
}

describe('YAML that Kubernetes accepts', () => {
  it.each(ACCEPT.map((f) => [f.name, f.text]))('%s is read without problems', (_name, text) => {
    const parsed = parseSource(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.documents.length).toBeGreaterThan(0);
  });

  it.each([
    ['quote-in-flow-closes-at-key.yaml', ['args'], [' apk update && apk add curl ']],
    ['quote-in-flow-at-column-0.yaml', ['args'], [' apk update && apk add curl ']],
    ['sh-c-script.yaml', ['command'], ['sh', '-c', ' echo hello; sleep 10 ']],
    ['block-item-double-quoted.yaml', ['args'], ['echo hello']],
    ['block-item-single-quoted.yaml', ['args'], ["it's a 'quoted' word"]],
    ['flow-plain-shallow.yaml', ['args'], ['one', 'two three', 'four']],
    ['flow-map-shallow.yaml', ['env'], [{ name: 'GREETING', value: 'hello' }]],
    ['tab-inside-quoted.yaml', ['args'], ['a b']],
    ['hash-inside-quoted.yaml', ['args'], [' echo hi # not a comment ']],
    ['escaped-line-break.yaml', ['args'], ['ab']],
    ['nested-flow.yaml', ['args'], [['a', 'b'], ['c']]],
    // A block scalar's lines are content: whatever they hold, they are never re-indented.
    ['block-scalar-untouched.yaml', ['command'], ['sh', '-c', 'echo "[unclosed\n  shallow"\ndone\n']],
    ['plain-continuation-with-quote.yaml', ['workingDir'], 'this plain scalar "goes on here'],
  ])('%s holds the value go-yaml reads', (name, path, expected) => {
    const parsed = parseSource(ACCEPT.find((f) => f.name === name)!.text);
    const container = (parsed.documents[0].value as { spec: { containers: Array<Record<string, unknown>> } }).spec.containers[0];
    expect(container[path[0]]).toEqual(expected);
  });

  it('scan reports a finding after the odd lines at its own line and column, in every file, LF or CRLF', () => {
    const files: Record<string, string> = {};
    for (const f of ACCEPT) {
      files[f.name] = f.text;
      files[`crlf-${f.name}`] = f.text.replace(/\n/g, '\r\n');
    }
    const run = podguard(['scan', '.', '--format', 'json'], { cwd: tree(files) });
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const findings = json(run).findings as Array<{ file: string; ruleId: string; line: number; column: number }>;
    expect(findings.filter((f) => f.ruleId === 'invalid-yaml')).toEqual([]);
    for (const [name, text] of Object.entries(files)) {
      const privileged = findings.filter((f) => f.file === name && f.ruleId === 'privileged').map((f) => [f.line, f.column]);
      expect(privileged, name).toEqual(positions(text, 'privileged: true'));
      expect(privileged.length, name).toBeGreaterThan(0);
    }
  });

  it('fix edits such files in place, leaves the odd lines as they were, and the result still reads', () => {
    const files = Object.fromEntries(ACCEPT.map((f) => [f.name, f.text]));
    const dir = tree(files);
    const run = podguard(['fix', '.', '--write', '--unsafe-fixes'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    for (const { name, text } of ACCEPT) {
      const written = readFileSync(join(dir, name), 'utf8');
      expect(written, name).not.toBe(text);
      expect(written, name).not.toContain('privileged: true');
      expect(parseSource(written).problems, name).toEqual([]);
      // Every other original line is still there, in order: the edits only added lines or changed `privileged`.
      const kept = written.split('\n');
      let at = 0;
      for (const line of text.split('\n').filter((l) => !l.includes('privileged: true'))) {
        at = kept.indexOf(line, at);
        expect(at, `${name}: ${JSON.stringify(line)}`).toBeGreaterThanOrEqual(0);
        at++;
      }
    }
  });
});

describe('YAML that Kubernetes refuses too', () => {
  it('each file is one invalid-yaml error at a place inside it, and nothing else', () => {
    const files = Object.fromEntries(REFUSE.map((f) => [f.name, f.text]));
    const run = podguard(['scan', '.', '--format', 'json'], { cwd: tree(files) });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const findings = json(run).findings as Array<{ file: string; ruleId: string; level: string; line: number; column: number; message: string }>;
    for (const { name, text } of REFUSE) {
      const mine = findings.filter((f) => f.file === name);
      expect(mine.map((f) => [f.ruleId, f.level]), name).toEqual([['invalid-yaml', 'error']]);
      const lines = text.split('\n');
      expect(mine[0].line, name).toBeGreaterThanOrEqual(1);
      expect(mine[0].line, name).toBeLessThanOrEqual(lines.length);
      expect(mine[0].column, name).toBeGreaterThanOrEqual(1);
    }
    // Past the forgiven lines, the real problem is named.
    const duplicate = findings.find((f) => f.file === 'duplicate-key-after-odd-scalar.yaml')!;
    expect(duplicate.message).toMatch(/unique/);
    expect([duplicate.line, duplicate.column]).toEqual(positions(files['duplicate-key-after-odd-scalar.yaml'], 'image: again')[0]);
  });
});

describe('the re-indented copy', () => {
  it('differs from the original only by spaces at line starts, and every offset maps back', () => {
    for (const { name, text } of ACCEPT) {
      const copy = reindentContinuations(text);
      expect(copy, name).toBeDefined();
      let kept = '';
      for (let i = 0; i < copy!.text.length; i++) {
        const at = copy!.toOriginal(i);
        if (text[at] === copy!.text[i] && (kept.length === at)) kept += copy!.text[i];
        else expect(copy!.text[i], `${name} @${i}`).toBe(' ');
      }
      expect(kept, name).toBe(text);
    }
  });

  it('is not made when go-yaml would refuse the text: a document marker inside a string', () => {
    for (const name of ['document-marker-in-quoted.yaml', 'document-marker-in-flow.yaml', 'document-end-in-flow.yaml']) {
      expect(reindentContinuations(REFUSE.find((f) => f.name === name)!.text), name).toBeUndefined();
    }
  });

  it('leaves a file that needs nothing alone', () => {
    expect(reindentContinuations('a: ["x",\n     "y"]\nb: |\n  ["\nc: "d"\n')).toBeUndefined();
  });
});

const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });

describe.skipIf(kubectl.error !== undefined || kubectl.status !== 0)('kubectl as the oracle', () => {
  /** What kubectl reads from the file, without a cluster; undefined when it refuses the file. */
  function kubectlReads(text: string): unknown[] | undefined {
    const dir = tree({ 'f.yaml': text });
    const r = spawnSync('kubectl', ['label', '--local', '-f', join(dir, 'f.yaml'), 'podguard-oracle=1', '-o', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, KUBECONFIG: join(dir, 'none') },
    });
    if (r.status !== 0) return undefined;
    // One JSON object per document, each starting a line.
    return objects(r.stdout.split(/\n(?=\{)/).map((o) => JSON.parse(o))).map((o) => {
      const meta = (o as { metadata: { labels: Record<string, string> } }).metadata;
      delete meta.labels['podguard-oracle'];
      if (Object.keys(meta.labels).length === 0) delete (meta as { labels?: unknown }).labels;
      return o;
    });
  }

  it.each(ACCEPT.map((f) => [f.name, f.text]))('kubectl reads %s as podguard does', (_name, text) => {
    expect(objects(parseSource(text).documents.map((d) => d.value))).toEqual(kubectlReads(text));
  });

  // kubectl's local reading lets a duplicate key pass (the API server's strict field validation refuses it).
  it.each(REFUSE.filter((f) => !f.name.startsWith('duplicate-')).map((f) => [f.name, f.text]))('kubectl refuses %s', (_name, text) => {
    expect(kubectlReads(text)).toBeUndefined();
  });
});
