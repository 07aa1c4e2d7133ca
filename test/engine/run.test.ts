// The run: inputs judged one by one, the run's own findings once at the end, a summary counted from what was
// emitted, the rule list as a parameter, and inheritance answered by the engine.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import { defineRule } from '../../src/engine/rule.js';
import { Run } from '../../src/engine/run.js';
import { RULES } from '../../src/rules/index.js';

const TODAY = '2026-06-15';
const pod = (podContext: string, containerContext: string) => `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {${podContext}}
  containers:
    - name: app
      image: app:1
      securityContext: {${containerContext}}
`;

describe('Run', () => {
  it('reports a configured exemption that cannot suppress once, however many inputs read it, and counts it once', () => {
    const run = new Run({ profile: 'baseline', suppressions: { today: TODAY, exemptions: [{ rule: 'privileged', source: { file: 'c.yaml', line: 2, column: 5 } }] } });
    for (const file of ['a.yaml', 'b.yaml', 'c2.yaml']) expect(run.add({ file, text: pod('', '') }).findings).toEqual([]);
    const end = run.finish();
    expect(end.findings.map((f) => [f.ruleId, f.file, f.line, f.exemption])).toEqual([['invalid-suppression', 'c.yaml', 2, 0]]);
    expect(end.summary).toEqual({ files: 3, resources: 3, errors: 1, warnings: 0 });
  });

  it('calls an exemption unused only when the run saw everything', () => {
    const options = { profile: 'baseline' as const, suppressions: { today: TODAY, exemptions: [{ rule: 'privileged', reason: 'driver' }] } };
    const whole = new Run(options);
    whole.add({ file: 'a.yaml', text: pod('', '') });
    expect(whole.finish().findings.map((f) => f.ruleId)).toEqual(['unused-suppression']);
    const sample = new Run(options);
    sample.add({ file: 'a.yaml', text: pod('', '') });
    expect(sample.finish({ sample: true }).findings).toEqual([]);
    const used = new Run(options);
    const result = used.add({ file: 'a.yaml', text: pod('', 'privileged: true') });
    expect(result.findings.map((f) => f.suppressed?.exemption)).toEqual([0]);
    const end = used.finish();
    expect(end.findings).toEqual([]);
    expect(end).toMatchObject({ summary: { errors: 0 }, suppressed: 1 });
  });

  it('evaluates without counting, and hands back the parsed source', () => {
    const run = new Run({ profile: 'baseline' });
    const base = run.evaluate({ file: 'a.yaml', text: pod('', 'privileged: true') });
    expect(base.findings.map((f) => f.ruleId)).toEqual(['privileged']);
    expect(base.source?.resources.map((r) => r.value.kind)).toEqual(['Pod']);
    expect(base.source?.text).toContain('privileged: true');
    expect(run.finish().summary).toEqual({ files: 0, resources: 0, errors: 0, warnings: 0 });
  });

  it('is finished once', () => {
    const run = new Run();
    run.finish();
    expect(() => run.finish()).toThrow(/once/);
  });

  it('keeps notes in the order they came', () => {
    const run = new Run();
    run.note('helm is not installed', 'charts/web');
    run.note('something about the run');
    expect(run.finish().notes).toEqual([{ file: 'charts/web', message: 'helm is not installed' }, { message: 'something about the run' }]);
  });
});

describe('the rule list is a parameter', () => {
  it('applies only the rules given, which may be new ones', () => {
    const noLatest = defineRule({
      id: 'no-latest-tag',
      summary: 'Images are pinned.',
      levels: { hardened: 'warning' },
      versions: [{ from: '1.0', check: (p, report) => p.containers.forEach((c) => String(c.field('image').value).endsWith(':latest') && report({ message: 'latest', at: c.field('image') })) }],
      messages: { latest: 'Container "{container}" uses :latest.' },
      help: { why: 'w', fix: 'f' },
    });
    const text = pod('', 'privileged: true').replace('app:1', 'app:latest');
    const { findings } = analyze({ file: 'a.yaml', text }, { rules: [noLatest, ...RULES.filter((r) => r.engine)] });
    expect(findings.map((f) => [f.ruleId, f.message, f.line])).toEqual([['no-latest-tag', 'Container "app" uses :latest.', 8]]);
  });
});

describe('inheritance comes from the engine', () => {
  const restsOn = (text: string, rule: string) =>
    analyze({ file: 'a.yaml', text }, { profile: 'restricted' }).findings.filter((f) => f.ruleId === rule).map((f) => f.restsOn?.join('.') ?? null);

  it('a container verdict on an inherited field it does not set rests on the pod-level field', () => {
    expect(restsOn(pod('', 'allowPrivilegeEscalation: false'), 'run-as-non-root')).toEqual(['spec.securityContext.runAsNonRoot']);
    expect(restsOn(pod('', ''), 'seccomp-profile-restricted')).toEqual(['spec.securityContext.seccompProfile']);
  });

  it('one the container sets itself, or a field containers do not inherit, rests on nothing else', () => {
    expect(restsOn(pod('', 'runAsNonRoot: false'), 'run-as-non-root')).toEqual([null]);
    expect(restsOn(pod('', ''), 'allow-privilege-escalation')).toEqual([null]);
  });
});
