// Every suppression path: annotations on the object or its pod template, comments on or above a line, config
// exemptions by namespace, kind, name, container and image; reasons, expiry against a fixed clock, locked rules and
// unused waivers. Suppressed findings stay, marked, and stop counting.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';

const TODAY = '2026-11-23';

function deployment(annotations: string, podAnnotations = '', container = '              privileged: true\n') {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: billing-api
  namespace: legacy-billing
  annotations:
${annotations || '    owner: payments\n'}spec:
  template:
    metadata:
      annotations:
${podAnnotations || '        team: payments\n'}    spec:
      containers:
        - name: app
          image: registry.example/billing:3.2
          securityContext:
${container}        - name: sidecar
          image: registry.example/proxy:1
          securityContext:
            privileged: true
`;
}

function run(text: string, suppressions: Record<string, unknown> = {}) {
  const { findings, summary } = analyze({ file: 'app.yaml', text }, { profile: 'baseline', suppressions: { today: TODAY, ...suppressions } });
  const of = (id: string) => findings.filter((f) => f.ruleId === id);
  return { findings, summary, of };
}

describe('annotations', () => {
  it('on the object, limited to a container, suppress with their reason and keep the finding in the output', () => {
    const { of, summary } = run(deployment('    podguard.dev/ignore.privileged: "container=app until=2027-01-31 the GPU driver needs it"\n'));
    const [app, sidecar] = of('privileged');
    expect(app).toMatchObject({ container: 'app', suppressed: { by: 'annotation', reason: 'the GPU driver needs it', until: '2027-01-31' } });
    expect(sidecar.suppressed).toBeUndefined();
    expect(summary.errors).toBe(1);
  });

  it('on the pod template suppress for every container', () => {
    const { of, summary } = run(deployment('', '        podguard.dev/ignore.privileged: node agent, reviewed in SEC-42\n'));
    expect(of('privileged').map((f) => f.suppressed?.reason)).toEqual(['node agent, reviewed in SEC-42', 'node agent, reviewed in SEC-42']);
    expect(summary.errors).toBe(0);
  });

  it('without a reason suppress nothing and are an error at the annotation', () => {
    const { of } = run(deployment('    podguard.dev/ignore.privileged: "container=app"\n'));
    expect(of('privileged').every((f) => !f.suppressed)).toBe(true);
    expect(of('invalid-suppression')).toMatchObject([{ messageId: 'noReason', level: 'error', line: 7, path: 'metadata.annotations.podguard.dev/ignore.privileged' }]);
  });

  it('past their date suppress nothing and are a warning naming the date; a bad date is an error', () => {
    const expired = run(deployment('    podguard.dev/ignore.privileged: "until=2026-11-22 until the migration"\n'));
    expect(expired.of('privileged').every((f) => !f.suppressed)).toBe(true);
    expect(expired.of('expired-suppression')).toMatchObject([{ level: 'warning', message: expect.stringContaining('expired on 2026-11-22') }]);
    const lastDay = run(deployment('    podguard.dev/ignore.privileged: "until=2026-11-23 until the migration"\n'));
    expect(lastDay.of('privileged').filter((f) => f.suppressed)).toHaveLength(2);
    const bad = run(deployment('    podguard.dev/ignore.privileged: "until=soon until the migration"\n'));
    expect(bad.of('invalid-suppression')).toMatchObject([{ messageId: 'badDate' }]);
  });

  it('that match nothing are a note', () => {
    const { of } = run(deployment('    podguard.dev/ignore.host-ports: "no host ports here anyway"\n'));
    expect(of('unused-suppression')).toMatchObject([{ level: 'note', line: 7, message: expect.stringContaining('host-ports matches no finding on this object') }]);
  });

  it('cannot waive a locked rule, and the attempt is reported', () => {
    const { of } = run(deployment('    podguard.dev/ignore.privileged: "we need it"\n'), { locked: new Set(['privileged']), lockedBy: '.podguard.yaml' });
    expect(of('privileged').every((f) => !f.suppressed)).toBe(true);
    expect(of('invalid-suppression')).toMatchObject([{ messageId: 'locked', message: expect.stringContaining('privileged is locked by .podguard.yaml') }]);
  });
});

describe('comments', () => {
  it('on the line above (past other comments) or on the line itself', () => {
    const above = deployment('', '', '              # podguard:ignore privileged until=2027-03-01 sidecar-free build in Q1\n              # another comment\n              privileged: true\n');
    const a = run(above).of('privileged');
    expect(a[0]).toMatchObject({ container: 'app', suppressed: { by: 'comment', reason: 'sidecar-free build in Q1', until: '2027-03-01' } });
    expect(a[1].suppressed).toBeUndefined();
    const trailing = deployment('', '', '              privileged: true   # podguard:ignore privileged device plugin\n');
    expect(run(trailing).of('privileged')[0].suppressed).toMatchObject({ by: 'comment', reason: 'device plugin' });
  });

  it('for another rule or an unused line are reported as unused, at the comment', () => {
    const text = deployment('', '', '              # podguard:ignore host-ports not this line\n              privileged: true\n');
    expect(run(text).of('unused-suppression')).toMatchObject([{ line: 18, column: 15 }]);
  });
});

describe('config exemptions', () => {
  const exemption = (extra: Record<string, string>) => ({ exemptions: [{ rule: 'privileged', reason: 'reviewed', ...extra }] });

  it.each([
    [{ namespace: 'legacy-*' }, 2],
    [{ namespace: 'prod' }, 0],
    [{ kind: 'Deployment', name: 'billing-*' }, 2],
    [{ name: 'other' }, 0],
    [{ container: 'side*' }, 1],
    [{ image: 'registry.example/billing:*' }, 1],
    [{ image: 'registry.example/billing:4.*' }, 0],
  ])('%j suppresses %i findings', (match, n) => {
    const { of } = run(deployment(''), exemption(match));
    expect(of('privileged').filter((f) => f.suppressed?.by === 'config')).toHaveLength(n);
  });

  it('remember which exemption applied, so the run reports the unused ones once, at its end', () => {
    const { of, findings } = run(deployment(''), { exemptions: [{ rule: 'host-ports', reason: 'x' }, { rule: 'privileged', reason: 'y' }] });
    expect(of('privileged').map((f) => f.suppressed?.exemption)).toEqual([1, 1]);
    expect(of('unused-suppression').map((f) => f.exemption)).toEqual([0]);
    expect(findings.at(-1)?.ruleId).toBe('unused-suppression');
  });
});
