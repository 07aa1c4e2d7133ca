// Every Pod Security Admission fixture gets PSA's verdict: a pass fixture has no PSS finding at its level and
// version; a fail fixture has one under a check PSA itself would report it by.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';

const ROOT = join(import.meta.dirname, '../../../shared/fixtures/pss');

interface Fixture {
  file: string;
  level: 'baseline' | 'restricted';
  version: string;
  expect: 'pass' | 'fail';
  check: string | null;
  acceptChecks?: string[];
}

const index = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8')) as { fixtures: Fixture[] };
const groups = new Map<string, Fixture[]>();
for (const f of index.fixtures) {
  const key = `${f.level} ${f.version}`;
  groups.set(key, [...(groups.get(key) ?? []), f]);
}

describe.each([...groups.keys()])('PSA fixtures %s', (key) => {
  it.each(groups.get(key)!.map((f) => [f.file, f] as const))('%s', (_name, f) => {
    const text = readFileSync(join(ROOT, f.file), 'utf8');
    const { findings } = analyze({ file: f.file, text }, { profile: f.level, k8sVersion: f.version });
    const pss = findings.filter((x) => x.pssLevel !== null).map((x) => `${x.pssCheck} ${x.path}`);
    expect(findings.filter((x) => x.ruleId === 'invalid-yaml' || x.ruleId === 'invalid-field')).toEqual([]);
    if (f.expect === 'pass') expect(pss).toEqual([]);
    else expect(findings.some((x) => f.acceptChecks!.includes(x.pssCheck!)), `expected one of ${f.acceptChecks} in ${JSON.stringify(pss)}`).toBe(true);
  });
});
