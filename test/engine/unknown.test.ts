// Preview-time unknowns (Pulumi computed outputs): a rule that reads one gives an undecidable finding, never a
// verdict, and never a fix; what is known is still judged.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import { UNKNOWN } from '../../src/engine/field.js';

const pod = (container: Record<string, unknown>, spec: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p' },
  spec: {
    securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
    automountServiceAccountToken: false,
    ...spec,
    containers: [{ name: 'app', image: 'x', ...container }],
  },
});
const hardened = { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } };

describe('unknown values', () => {
  it('an unknown field gives an undecidable finding for the rules that read it, and nothing else', () => {
    const { findings } = analyze({ object: pod({ securityContext: { ...hardened, allowPrivilegeEscalation: UNKNOWN } }) });
    expect(findings.map((f) => [f.ruleId, f.messageId, f.unknown, f.fixable, f.path])).toEqual([
      ['allow-privilege-escalation', 'undecidable', true, false, 'spec.containers[0].securityContext.allowPrivilegeEscalation'],
    ]);
    expect(findings[0].message).toMatch(/is not known yet/);
  });

  it('a whole unknown securityContext leaves each rule reading it undecidable, and known values are still judged', () => {
    const { findings } = analyze({ object: pod({ securityContext: UNKNOWN }, { hostNetwork: true }) });
    const decided = findings.filter((f) => !f.unknown).map((f) => f.ruleId);
    expect(decided).toEqual(['host-namespaces']);
    const open = new Set(findings.filter((f) => f.unknown).map((f) => f.ruleId));
    for (const id of ['allow-privilege-escalation', 'capabilities-restricted', 'read-only-root-filesystem', 'privileged']) expect(open.has(id), id).toBe(true);
    expect(findings.filter((f) => f.unknown).every((f) => f.messageId === 'undecidable' && !f.fixable)).toBe(true);
  });

  it('an unknown container name is not a judgement', () => {
    expect(analyze({ object: pod({ name: UNKNOWN, securityContext: hardened }) }).findings).toEqual([]);
  });

  it('a known insecure value next to an unknown one is still an ordinary finding', () => {
    const { findings } = analyze({ object: pod({ securityContext: { ...hardened, privileged: true, readOnlyRootFilesystem: UNKNOWN } }) });
    expect(findings.map((f) => `${f.ruleId}:${f.messageId}`).sort()).toEqual(['privileged:privileged', 'read-only-root-filesystem:undecidable']);
  });
});
