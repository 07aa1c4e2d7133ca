// Fixes as whole-line replacements (what a pull-request suggestion carries): exact ranges, and applying any one of
// them to the original resolves its findings and only touches its lines.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import { lineEdits } from '../../src/fix/fix-source.js';

const TEXT = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  hostPID: true
  containers:
    - name: app
      image: x
      securityContext:
        privileged: true
`;

function apply(text: string, e: { startLine: number; endLine: number; replacement: string }): string {
  const lines = text.split('\n');
  lines.splice(e.startLine - 1, e.endLine - e.startLine + 1, ...e.replacement.split('\n'));
  return lines.join('\n');
}

describe('lineEdits', () => {
  const { findings } = analyze({ file: 'pod.yaml', text: TEXT });
  const edits = lineEdits('pod.yaml', TEXT, findings);

  it('replaces a changed line in place', () => {
    const privileged = edits.find((e) => e.findings.some((f) => f.ruleId === 'privileged'))!;
    expect(privileged).toMatchObject({ startLine: 10, endLine: 10, replacement: '        privileged: false' });
    const host = edits.find((e) => e.findings.some((f) => f.ruleId === 'host-namespaces'))!;
    expect(host).toMatchObject({ startLine: 5, endLine: 5, replacement: '  hostPID: false' });
  });

  it('anchors an insertion on the line before it', () => {
    const ape = edits.find((e) => e.findings.some((f) => f.ruleId === 'allow-privilege-escalation'));
    expect(ape).toBeUndefined(); // privileged: true forbids it until privileged is fixed
    const podLevel = edits.filter((e) => e.startLine === 10 && e.endLine === 10 && e.replacement.startsWith('        privileged: true\n'));
    expect(podLevel.map((e) => e.replacement.split('\n')[1])).toEqual(expect.arrayContaining(['        readOnlyRootFilesystem: true']));
  });

  it('merges the findings that share an edit into one', () => {
    const two = TEXT.replace('      image: x\n', '      image: x\n    - name: sidecar\n      image: y\n');
    const nonRoot = lineEdits('pod.yaml', two, analyze({ file: 'pod.yaml', text: two }).findings).filter((e) => e.findings.some((f) => f.ruleId === 'run-as-non-root'));
    expect(nonRoot).toHaveLength(1);
    expect(nonRoot[0].findings.map((f) => f.container)).toEqual(['app', 'sidecar']);
    expect(nonRoot[0].replacement.split('\n').slice(1)).toEqual(['  securityContext:', '    runAsNonRoot: true']);
  });

  it('each edit alone resolves its findings', () => {
    for (const e of edits) {
      const after = analyze({ file: 'pod.yaml', text: apply(TEXT, e) }).findings;
      for (const f of e.findings) expect(after.some((g) => g.ruleId === f.ruleId && g.path === f.path), `${f.ruleId} ${f.path}`).toBe(false);
    }
  });
});
