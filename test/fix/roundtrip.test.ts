// The fix round trip on a varied corpus (and each file again with CRLF line endings): after fixing, no fixable
// finding and no new finding; fixing again changes nothing; every non-security field is as before; comments,
// line endings and the final newline are kept; JSON stays JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import { fixSource } from '../../src/fix/fix-source.js';

const DIR = join(import.meta.dirname, '../fixtures/fix');
const EXAMPLES = join(import.meta.dirname, '../../examples');

// Everything a fix may add, change or move; all other fields must come through untouched.
const SECURITY_KEYS = new Set([
  'securityContext', 'hostNetwork', 'hostPID', 'hostIPC', 'privileged', 'allowPrivilegeEscalation', 'capabilities',
  'readOnlyRootFilesystem', 'runAsUser', 'runAsGroup', 'runAsNonRoot', 'seccompProfile', 'procMount', 'fsGroup',
  'supplementalGroups', 'sysctls', 'seLinuxOptions', 'appArmorProfile', 'windowsOptions',
]);

function withoutSecurity(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecurity);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !SECURITY_KEYS.has(k)).map(([k, v]) => [k, withoutSecurity(v)]));
}

const objects = (text: string) => parseAllDocuments(text).map((d) => d.toJS());
const comments = (text: string) => text.split(/\r?\n/).flatMap((l) => (/(^|\s)#.*$/.exec(l)?.[0].trim() ? [/(^|\s)(#.*)$/.exec(l)![2].trimEnd()] : []));
const identity = (f: { ruleId: string; path: string; resourceIndex?: number }) => `${f.resourceIndex} ${f.ruleId} ${f.path}`;

const corpus = [
  ...readdirSync(DIR).map((f) => ({ name: f, text: readFileSync(join(DIR, f), 'utf8') })),
  ...readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml')).map((f) => ({ name: `examples/${f}`, text: readFileSync(join(EXAMPLES, f), 'utf8') })),
];
const cases = corpus.flatMap((c) => [
  [c.name, c.text],
  [`${c.name} (CRLF)`, c.text.replace(/\n/g, '\r\n')],
]);

const totals = { files: 0, fixed: 0, left: 0 };

describe.each(cases)('fix round trip: %s', (name, text) => {
  const file = name.replace(' (CRLF)', '');
  const before = analyze({ file, text }).findings;
  const fixed = fixSource(file, text, {});
  const after = analyze({ file, text: fixed.text }).findings;

  it('leaves no fixable finding and adds none', () => {
    expect(after.filter((f) => f.fixable).map(identity)).toEqual([]);
    const old = new Set(before.map(identity));
    expect(after.filter((f) => !old.has(identity(f))).map((f) => `${identity(f)}: ${f.message}`)).toEqual([]);
    totals.files++;
    totals.fixed += fixed.before - fixed.after;
    totals.left += fixed.after;
  });

  it('is stable: fixing again changes nothing', () => {
    expect(fixSource(file, fixed.text, {}).text).toBe(fixed.text);
  });

  it('keeps every non-security field', () => {
    expect(objects(fixed.text).map(withoutSecurity)).toEqual(objects(text).map(withoutSecurity));
  });

  it('keeps comments, line endings and the final newline', () => {
    expect(comments(fixed.text)).toEqual(comments(text));
    if (text.includes('\r\n')) expect(fixed.text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(fixed.text.endsWith('\n')).toBe(text.endsWith('\n'));
    if (file.endsWith('.json')) expect(JSON.parse(fixed.text)).toEqual(objects(fixed.text)[0]);
  });
});

describe('the corpus as a whole', () => {
  it('fixed something in every file that had a fixable finding', () => {
    for (const [name, text] of cases) {
      const file = name.replace(' (CRLF)', '');
      const fixable = analyze({ file, text }).findings.filter((f) => f.fixable).length;
      if (fixable > 0) expect(fixSource(file, text, {}).text, name).not.toBe(text);
    }
    expect(totals.files).toBe(cases.length);
    expect(totals.left).toBe(0);
    expect(totals.fixed).toBeGreaterThan(100);
    console.log(`round trip: ${totals.files} files, ${totals.fixed} findings fixed, ${totals.left} fixable left`);
  });
});
