import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import { applyEdits, uniqueEdits } from '../../src/fix/edits.js';

const insecure = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  spec: {
    template: {
      spec: {
        securityContext: { privileged: false },
        containers: [
          { name: 'a', image: 'x', securityContext: { capabilities: { add: ['NET_ADMIN', 'NET_BIND_SERVICE'] } } },
          { name: 'b', image: 'x' },
        ],
      },
    },
  },
};

describe('applyEdits', () => {
  it('applying every offered edit leaves no fixable finding and does not touch the input', () => {
    const before = structuredClone(insecure);
    const first = analyze({ object: insecure });
    expect(first.findings.filter((f) => f.fixable).length).toBeGreaterThan(5);
    const fixed = applyEdits(insecure, uniqueEdits(first.findings));
    expect(insecure).toEqual(before);
    const after = analyze({ object: fixed });
    expect(after.findings.filter((f) => f.fixable)).toEqual([]);
    const spec = fixed.spec.template.spec as Record<string, any>;
    expect(spec.securityContext).toEqual({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' }, runAsUser: 65532, runAsGroup: 65532 });
    expect(spec.containers[0].securityContext).toEqual({
      capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] },
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      privileged: false,
    });
  });

  it('offers one edit for a change several findings propose', () => {
    const { findings } = analyze({ object: insecure });
    const podLevel = uniqueEdits(findings).filter((e) => e.path.join('.') === 'spec.template.spec.securityContext.runAsNonRoot');
    expect(findings.filter((f) => f.ruleId === 'run-as-non-root')).toHaveLength(2);
    expect(podLevel).toHaveLength(1);
  });
});
