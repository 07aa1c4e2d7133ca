// Every rule has a documentation page, generated from its module and up to date, whose examples mean what they say:
// scanned with the built CLI, the failing example gives the rule's finding and the passing one does not.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulePage } from '../../src/cli/rules-doc.js';
import { RULES } from '../../src/rules/index.js';
import { PROFILES, type Profile } from '../../src/engine/rule.js';
import { firstProfile } from '../../src/engine/rule-facts.js';
import { json, podguard, REPO, tree } from '../surfaces/cli.js';

const DOCS = join(REPO, 'docs/rules');
const page = (id: string) => readFileSync(join(DOCS, `${id}.md`), 'utf8');

/** The YAML blocks of a page, in order: the failing example, then the passing one. */
function examples(markdown: string): string[] {
  return [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
}

describe('docs/rules', () => {
  it('has one page per rule and no other, each what `podguard rules --pages` writes (npm run docs)', () => {
    expect(readdirSync(DOCS).sort()).toEqual(RULES.map((r) => `${r.id}.md`).sort());
    for (const r of RULES) expect(page(r.id), `stale docs/rules/${r.id}.md: run npm run docs`).toBe(rulePage(r));
  });

  it('every page says why, how to fix, the levels, the PSS control and has both examples', () => {
    for (const r of RULES) {
      const text = page(r.id);
      for (const heading of ['## Why it matters', '## How to fix', '## Examples', 'Level per profile', 'Pod Security Standards control', 'Kubernetes versions', 'Risk']) {
        expect(text, `${r.id}: ${heading}`).toContain(heading);
      }
      expect(examples(text), r.id).toHaveLength(2);
    }
  });

  it('the failing example fails with its rule and the passing one passes, in every profile the rule is on', () => {
    const files: Record<string, string> = { '.git/HEAD': '' };
    for (const r of RULES) {
      const [failing, passing] = examples(page(r.id));
      files[`${r.id}/failing.yaml`] = failing;
      files[`${r.id}/passing.yaml`] = passing;
    }
    const dir = tree(files);
    const byProfile = new Map<Profile, Array<Record<string, any>>>();
    for (const p of PROFILES) {
      const run = podguard(['scan', '.', '--profile', p, '--format', 'json', '--fail-on', 'never'], { cwd: dir, env: { PODGUARD_TODAY: '2026-06-01' } });
      expect(run.code, run.stderr).toBe(0);
      byProfile.set(p, json(run).findings);
    }
    for (const r of RULES) {
      const first = firstProfile(r);
      const of = (p: Profile, kind: string) => byProfile.get(p)!.filter((f) => f.file === `${r.id}/${kind}.yaml`);
      expect(of(first, 'failing').map((f) => f.ruleId), `${r.id}: the failing example under ${first}`).toContain(r.id);
      // The passing example is clean in the rule's own profile: not just free of this rule, free of every error.
      expect(of(first, 'passing').filter((f) => f.level === 'error' && !f.suppressed).map((f) => f.ruleId), `${r.id}: errors in the passing example under ${first}`).toEqual([]);
      for (const p of PROFILES.filter((x) => r.levels[x])) {
        expect(of(p, 'passing').filter((f) => f.ruleId === r.id && !f.suppressed), `${r.id}: the passing example under ${p}`).toEqual([]);
      }
    }
  });

  it('the README table links every rule to its page', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    for (const r of RULES) expect(readme).toContain(`[\`${r.id}\`](docs/rules/${r.id}.md)`);
  });
});
