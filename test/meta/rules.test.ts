// Well-formedness of the rule modules (kube-linter's and ESLint's meta checks) and freshness of generated docs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown, END, START } from '../../src/cli/rules-doc.js';
import { RULES } from '../../src/rules/index.js';
import { psaFixtures } from '../conformance/psa.js';

const ROOT = join(import.meta.dirname, '../..');
const kebab = (id: string) => id.replace(/_/g, '-').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe('rule modules', () => {
  it('index.ts lists every module in src/rules, and each id is its file name', () => {
    const files = readdirSync(join(ROOT, 'src/rules')).filter((f) => f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(RULES.map((r) => r.id).sort()).toEqual(files.sort());
    for (const r of RULES) expect(readFileSync(join(ROOT, `src/rules/${r.id}.ts`), 'utf8')).toContain(`id: '${r.id}'`);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has a summary, help and a case table', (id, r) => {
    expect(r.summary).toMatch(/^[A-Z].*\.$/);
    expect(r.help.why).toMatch(/^[A-Z`].*\.$/);
    expect(r.help.fix).toMatch(/^[A-Z`].*\.$/);
    expect(Object.keys(r.messages).length).toBeGreaterThan(0);
    if (!r.engine) expect(existsSync(join(ROOT, `test/rules/${id}.test.ts`)), `test/rules/${id}.test.ts`).toBe(true);
    if (r.pss) expect(id).toBe(kebab(r.pss.check));
  });

  it('covers all 19 PSA checks', () => {
    const index = psaFixtures();
    const ours = Object.fromEntries(RULES.filter((r) => r.pss).map((r) => [r.pss!.check, r.pss!.level]));
    expect(ours).toEqual(index.checks);
  });

  it('the README rule table is what `podguard rules --format markdown` prints', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf(START) + START.length + 1, readme.indexOf(END));
    expect(table, 'stale README table: run npm run docs').toBe(rulesMarkdown());
  });
});
