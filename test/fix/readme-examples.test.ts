// The README's examples are tested: every YAML block survives the fix round trip, and the documented diff is what
// `fix` prints for the documented "before".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import { fixSource, unifiedDiff } from '../../src/fix/fix-source.js';

const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const blocks = (lang: string) => [...README.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);

describe('README examples', () => {
  const yamls = blocks('yaml').filter((b) => /^kind: /m.test(b));

  it('has examples to test', () => expect(yamls.length).toBeGreaterThan(0));

  it.each(yamls.map((y, i) => [i, y]))('YAML example %i: fixing with unsafe fixes leaves nothing fixable and is stable', (_i, text) => {
    const fixed = fixSource('example.yaml', text as string, {}, { unsafe: true });
    expect(analyze({ file: 'example.yaml', text: fixed.text }).findings.filter((f) => f.fixable)).toEqual([]);
    expect(fixSource('example.yaml', fixed.text, {}, { unsafe: true }).text).toBe(fixed.text);
  });

  it('the documented diffs are what podguard fix prints for the documented pod, with and without unsafe fixes', () => {
    const section = README.slice(README.indexOf('## `podguard fix`'));
    const before = /Before \(`pod\.yaml`\):\n\n```yaml\n([\s\S]*?)```/.exec(section)![1];
    const [safe, unsafe] = [...section.matchAll(/```diff\n([\s\S]*?)```/g)].map((m) => m[1]);
    const diff = (fixed: { text: string; safeText: string }) => unifiedDiff('pod.yaml', before, fixed.text, fixed.safeText);
    expect(safe).toBe(diff(fixSource('pod.yaml', before, {})));
    expect(unsafe).toBe(diff(fixSource('pod.yaml', before, {}, { unsafe: true })));
  });
});
