// `scan --shard I/N`: the parts are disjoint, together they are the whole scan, a file's part does not depend on
// the other files, and the README's jq programs merge the parts' JSON and SARIF into what one scan prints.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, podguard, REPO, tree } from './cli.js';

function manifest(i: number): string {
  const privileged = i % 3 === 0 ? '\n        securityContext: {privileged: true}' : '';
  const pod = `apiVersion: v1\nkind: Pod\nmetadata: {name: p${i}}\nspec:\n  containers:\n    - name: c\n      image: nginx${privileged.replace(/\n {8}/, '\n      ')}\n`;
  const service = `apiVersion: v1\nkind: Service\nmetadata: {name: s${i}}\nspec: {ports: [{port: 80}]}\n`;
  return i % 5 === 0 ? `${service}---\n${pod}` : pod;
}

// More files than the pool's threshold, in nested folders, one of them unreadable as YAML.
const files: Record<string, string> = {};
for (let i = 0; i < 40; i++) files[`team-${i % 4}/app-${i}.yaml`] = manifest(i);
files['team-1/broken.yaml'] = 'apiVersion: v1\nkind: Pod\nmetadata: {name: [\n';
const root = tree(files);

type Json = ReturnType<typeof json> & { notes?: unknown[] };
const scan = (...args: string[]) => podguard(['scan', '.', '--format', 'json', ...args], { cwd: root });
const sorted = (findings: Array<Record<string, unknown>>) => findings.map((f) => JSON.stringify(f)).sort();
const filesOf = (out: Json) => new Set(out.findings.map((f) => f.file as string));

/** The jq programs of the README's sharding example, in order: SARIF's, then JSON's. */
function readmeJq(): string[] {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Large repositories'));
  return [...section.matchAll(/```jq\n([\s\S]*?)```/g)].slice(0, 2).map((m) => m[1]);
}

function jq(program: string, inputs: string[]): string {
  const r = spawnSync('jq', ['-s', program], { input: `${inputs.join('\n')}\n`, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`jq failed: ${r.stderr}`);
  return r.stdout;
}

const hasJq = spawnSync('jq', ['--version']).status === 0;

describe('scan --shard', () => {
  const whole = json(scan()) as Json;
  const parts = [1, 2, 3].map((i) => scan('--shard', `${i}/3`));

  it('splits the files into disjoint parts that together give the whole scan', () => {
    const outs = parts.map((p) => json(p) as Json);
    for (const [a, b] of [[0, 1], [0, 2], [1, 2]]) {
      for (const f of filesOf(outs[a])) expect(filesOf(outs[b]).has(f)).toBe(false);
    }
    expect(outs.every((o) => o.summary.files > 0)).toBe(true);
    expect(sorted(outs.flatMap((o) => o.findings))).toEqual(sorted(whole.findings));
    for (const key of Object.keys(whole.summary)) {
      expect(outs.reduce((n, o) => n + o.summary[key], 0)).toBe(whole.summary[key]);
    }
    // Each part fails on what it found, as the whole scan does.
    expect(parts.some((p) => p.code === 1)).toBe(true);
  });

  it('puts a file in the same part whatever else is scanned', () => {
    const one = json(scan('--shard', '2/3')) as Json;
    const subset = podguard(['scan', 'team-1', 'team-2', '--format', 'json', '--shard', '2/3'], { cwd: root });
    const expected = [...filesOf(one)].filter((f) => /^team-[12]\//.test(f)).sort();
    expect([...filesOf(json(subset) as Json)].sort()).toEqual(expected);
  });

  it.skipIf(!hasJq)("merges the parts' JSON and SARIF with the README's jq programs into one scan's", () => {
    const [sarifJq, jsonJq] = readmeJq();
    const merged = JSON.parse(jq(jsonJq, parts.map((p) => p.stdout))) as Json;
    expect(merged.summary).toEqual(whole.summary);
    expect(sorted(merged.findings)).toEqual(sorted(whole.findings));

    const sarif = (args: string[]) => podguard(['scan', '.', '--format', 'sarif', ...args], { cwd: root }).stdout;
    const one = JSON.parse(sarif([]));
    const union = JSON.parse(jq(sarifJq, [1, 2, 3].map((i) => sarif(['--shard', `${i}/3`]))));
    const results = (log: { runs: Array<{ results: unknown[] }> }) => log.runs[0].results.map((r) => JSON.stringify(r)).sort();
    expect(results(union)).toEqual(results(one));
    expect(union.runs[0].tool).toEqual(one.runs[0].tool);
  });

  it('refuses a part that does not exist, and standard input, in one line', () => {
    for (const bad of ['0/3', '4/3', '1', 'a/b', '1/0']) {
      const r = scan('--shard', bad);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`not "${bad}"`);
    }
    const stdin = podguard(['scan', '-', '--shard', '1/2'], { cwd: root, input: manifest(1) });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toMatch(/standard input/);
  });
});
