// The fix round trip on a varied corpus (and each file again with CRLF line endings), with safe fixes only and with
// unsafe ones too. Safe: no value the manifest sets is changed (node agents keep their host namespaces), no safe fix
// is left, no finding is new. Unsafe too: nothing fixable is left. Both: fixing again changes nothing; every
// non-security field is as before; comments, line endings and the final newline are kept; JSON stays JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import { formatPath, type Path } from '../../src/engine/field.js';
import type { Finding } from '../../src/engine/finding.js';
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

/** Every scalar a document sets, with its path. */
function leaves(value: unknown, path: Path = []): Array<[Path, unknown]> {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [[path, value]];
}

const at = (root: unknown, path: Path) => path.reduce<unknown>((node, seg) => (node as Record<string | number, unknown> | undefined)?.[seg], root);

/** The values the fix changed or removed, except those it moved out of a place where Kubernetes ignores them. */
function changedValues(text: string, fixedText: string, findings: Finding[]): string[] {
  const after = objects(fixedText);
  // A misplaced field's path, within its resource (a List's items are resources of their own).
  const ignored = findings.filter((f) => f.ruleId === 'misplaced-field').map((f) => f.path);
  const inResource = (path: Path) => formatPath(path[0] === 'items' && typeof path[1] === 'number' ? path.slice(2) : path);
  return objects(text).flatMap((doc, d) =>
    leaves(doc)
      .filter(([path, value]) => at(after[d], path) !== value)
      .filter(([path]) => !ignored.some((i) => [i, `${i}.`, `${i}[`].some((p) => inResource(path) === i || inResource(path).startsWith(p))))
      .map(([path, value]) => `${formatPath(path)}: ${JSON.stringify(value)}`),
  );
}

const totals = { files: 0, safeFixed: 0, unsafeLeft: 0, fixed: 0, left: 0 };
const open = (f: Finding) => f.fixable && !f.suppressed;

describe.each(cases)('fix round trip: %s', (name, text) => {
  const file = name.replace(' (CRLF)', '');
  const before = analyze({ file, text }).findings;
  const old = new Set(before.map(identity));
  const safe = fixSource(file, text, {});
  const afterSafe = analyze({ file, text: safe.text }).findings;
  const all = fixSource(file, text, {}, { unsafe: true });
  const afterAll = analyze({ file, text: all.text }).findings;

  it('safe fixes: change no value the manifest sets, leave no safe fix, and add no finding', () => {
    expect(changedValues(text, safe.text, before)).toEqual([]);
    expect(afterSafe.filter((f) => open(f) && f.fixSafety === 'safe').map(identity)).toEqual([]);
    expect(afterSafe.filter((f) => !old.has(identity(f))).map((f) => `${identity(f)}: ${f.message}`)).toEqual([]);
    expect(safe.unsafeLeft).toBe(afterSafe.filter((f) => open(f) && f.fixSafety === 'unsafe').length);
    totals.files++;
    totals.safeFixed += safe.before - safe.after;
    totals.unsafeLeft += safe.unsafeLeft;
  });

  it('with unsafe fixes: leaves no fixable finding and adds none', () => {
    expect(afterAll.filter((f) => f.fixable).map(identity)).toEqual([]);
    expect(afterAll.filter((f) => !old.has(identity(f))).map((f) => `${identity(f)}: ${f.message}`)).toEqual([]);
    totals.fixed += all.before - all.after;
    totals.left += all.after;
  });

  it('is stable: fixing again changes nothing, in either mode', () => {
    expect(fixSource(file, safe.text, {}).text).toBe(safe.text);
    expect(fixSource(file, all.text, {}, { unsafe: true }).text).toBe(all.text);
  });

  it.each([['safe', safe], ['unsafe', all]] as const)('%s: keeps every non-security field, comments, line endings and the final newline', (_mode, fixed) => {
    expect(objects(fixed.text).map(withoutSecurity)).toEqual(objects(text).map(withoutSecurity));
    expect(comments(fixed.text)).toEqual(comments(text));
    if (text.includes('\r\n')) expect(fixed.text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(fixed.text.endsWith('\n')).toBe(text.endsWith('\n'));
    if (file.endsWith('.json')) expect(JSON.parse(fixed.text)).toEqual(objects(fixed.text)[0]);
  });
});

describe('the corpus as a whole', () => {
  it('fixed something in every file that had a fixable finding of the kind asked for', () => {
    for (const [name, text] of cases) {
      const file = name.replace(' (CRLF)', '');
      const findings = analyze({ file, text }).findings.filter(open);
      if (findings.some((f) => f.fixSafety === 'safe')) expect(fixSource(file, text, {}).text, name).not.toBe(text);
      if (findings.length > 0) expect(fixSource(file, text, {}, { unsafe: true }).text, name).not.toBe(text);
    }
    expect(totals.files).toBe(cases.length);
    expect(totals.left).toBe(0);
    expect(totals.safeFixed).toBeGreaterThan(30);
    expect(totals.unsafeLeft).toBeGreaterThan(30);
    expect(totals.fixed).toBeGreaterThan(100);
    console.log(`round trip: ${totals.files} files; safe: ${totals.safeFixed} findings fixed, ${totals.unsafeLeft} unsafe fixes left; unsafe too: ${totals.fixed} fixed, ${totals.left} fixable left`);
  });
});
