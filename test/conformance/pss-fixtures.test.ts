// Every Pod Security Admission fixture gets PSA's verdict: a pass fixture has no PSS finding at its level and
// version; a fail fixture has one under a check PSA itself would report it by.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import { psaFixtures, type PsaFixture } from './psa.js';

const index = psaFixtures();
const groups = new Map<string, PsaFixture[]>();
for (const f of index.fixtures) {
  const key = `${f.level} ${f.version}`;
  groups.set(key, [...(groups.get(key) ?? []), f]);
}

describe.each([...groups.keys()])('PSA fixtures %s', (key) => {
  it.each(groups.get(key)!.map((f) => [f.file, f] as const))('%s', (_name, f) => {
    const { findings } = analyze({ file: f.file, text: f.text }, { profile: f.level, k8sVersion: f.version });
    const pss = findings.filter((x) => x.pssLevel !== null).map((x) => `${x.pssCheck} ${x.path}`);
    expect(findings.filter((x) => x.ruleId === 'invalid-yaml' || x.ruleId === 'invalid-field')).toEqual([]);
    if (f.expect === 'pass') expect(pss).toEqual([]);
    else expect(findings.some((x) => f.acceptChecks!.includes(x.pssCheck!)), `expected one of ${f.acceptChecks} in ${JSON.stringify(pss)}`).toBe(true);
  });
});

describe('the bundled fixtures', () => {
  it('are all of PSA test/testdata at the recorded commit: 4,537 distinct files, every level from 1.0 to 1.37', () => {
    expect(index.source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(new Set(index.fixtures.map((f) => f.file)).size).toBe(4537);
    for (const level of ['baseline', 'restricted']) {
      const versions = new Set(index.fixtures.filter((f) => f.level === level).map((f) => f.version));
      expect(versions.size, level).toBe(38);
    }
  });
});
