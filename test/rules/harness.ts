// A case table per rule, in the spirit of ESLint's RuleTester: each case names a behaviour, gives YAML, and
// states the findings by message id and position, plus the exact edits when the rule offers a fix.
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import { formatPath, type Edit } from '../../src/engine/field.js';
import type { FixSafety, Profile } from '../../src/engine/rule.js';
import { RULES } from '../../src/rules/index.js';

export interface ExpectedFinding {
  message: string;
  line: number;
  column: number;
  container?: string | null;
  /** The edits, with paths written as in JSON output; required when the rule offers a fix. */
  fix?: Array<{ op: Edit['op']; path: string; value?: unknown }>;
  /** Required with `fix`: whether podguard fix may apply it unasked. */
  fixSafety?: FixSafety;
}

interface Case {
  name: string;
  yaml: string;
  profile?: Profile;
  version?: string;
}

export interface Cases {
  valid: Case[];
  invalid: Array<Case & { findings: ExpectedFinding[] }>;
}

/** Removes the common indentation of a template literal, so cases can be indented with the test. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw(strings, ...values).replace(/^\n/, '');
  const indent = Math.min(...text.split('\n').filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return text.split('\n').map((l) => l.slice(indent)).join('\n');
}

function run(ruleId: string, c: Case) {
  const { findings } = analyze({ file: 'case.yaml', text: c.yaml }, { profile: c.profile ?? 'hardened', k8sVersion: c.version ?? 'latest' });
  const unreadable = findings.filter((f) => f.ruleId === 'invalid-yaml' && ruleId !== 'invalid-yaml');
  expect(unreadable.map((f) => f.message), 'the case must be valid YAML').toEqual([]);
  return findings.filter((f) => f.ruleId === ruleId);
}

export function ruleTester(ruleId: string, cases: Cases): void {
  const rule = RULES.find((r) => r.id === ruleId);
  const used = new Set<string>();
  const safeties = new Set<FixSafety>();
  describe(ruleId, () => {
    it('is a known rule', () => expect(rule).toBeDefined());
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => expect(run(ruleId, c).map((f) => `${f.messageId} ${f.line}:${f.column}`)).toEqual([]));
    }
    for (const c of cases.invalid) {
      for (const f of c.findings) {
        used.add(f.message);
        if (f.fixSafety) safeties.add(f.fixSafety);
      }
      it(`invalid: ${c.name}`, () => {
        const actual = run(ruleId, c).map((f) => {
          const out: ExpectedFinding = { message: f.messageId!, line: f.line!, column: f.column! };
          if (f.fix) {
            out.fix = f.fix.map((e) => ({ ...e, path: formatPath(e.path) }));
            out.fixSafety = f.fixSafety!;
          }
          if (c.findings.some((e) => e.container !== undefined)) out.container = f.container;
          return out;
        });
        // A fix the case does not state fails the case, so every offered edit is reviewed here.
        expect(actual).toEqual(c.findings);
      });
    }
    afterAll(() => {
      // Meta: a rule has both kinds of case, and every message id shows up in one.
      if (!rule || rule.engine) return;
      expect(cases.valid.length, `${ruleId} needs a valid case`).toBeGreaterThan(0);
      expect(cases.invalid.length, `${ruleId} needs an invalid case`).toBeGreaterThan(0);
      expect([...used].sort(), `${ruleId}: every message id is used by a case`).toEqual(Object.keys(rule.messages).sort());
      // The kinds of fix the rule declares for the rule table are the kinds its cases show.
      const declared = rule.fixes === undefined ? [] : typeof rule.fixes === 'string' ? [rule.fixes] : ['safe', 'unsafe'];
      expect([...safeties].sort(), `${ruleId}: its cases show each kind of fix it declares, and no other`).toEqual(declared.sort());
    });
  });
}
