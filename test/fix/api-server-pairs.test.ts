// No fix may give an object the API server refuses. Its validation rejects allowPrivilegeEscalation: false in a
// container that is privileged or adds CAP_SYS_ADMIN; we build every fix podguard offers on such containers (each
// finding's fix alone, as a suggestion or the pack applies it, and `fix` to its end) and check that pair.
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import { PROFILES } from '../../src/engine/rule.js';
import { applyEdits } from '../../src/fix/edits.js';
import { fixSource } from '../../src/fix/fix-source.js';

type Container = { name?: string; securityContext?: { privileged?: unknown; allowPrivilegeEscalation?: unknown; capabilities?: { add?: unknown } } };

/** The containers the API server would refuse, by name. */
function refused(object: unknown): string[] {
  const spec = (object as { spec?: { containers?: Container[]; initContainers?: Container[] } }).spec ?? {};
  return [...(spec.initContainers ?? []), ...(spec.containers ?? [])].flatMap((c) => {
    const sc = c.securityContext ?? {};
    const add = Array.isArray(sc.capabilities?.add) ? sc.capabilities.add : [];
    const blocked = sc.privileged === true || add.includes('CAP_SYS_ADMIN') || add.includes('SYS_ADMIN');
    return sc.allowPrivilegeEscalation === false && blocked ? [c.name ?? '?'] : [];
  });
}

const pod = (containers: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  initContainers:\n${containers.replace(/^/gm, '    ')}\n  containers:\n    - {name: plain, image: x}\n`;

const CONTAINERS: Record<string, string> = {
  'privileged: true': '- name: priv\n  image: x\n  securityContext: {privileged: true}',
  'privileged: true, escalation allowed': '- name: priv\n  image: x\n  securityContext: {privileged: true, allowPrivilegeEscalation: true}',
  'adds SYS_ADMIN': '- name: admin\n  image: x\n  securityContext:\n    capabilities: {add: [SYS_ADMIN]}',
  'adds CAP_SYS_ADMIN and drops ALL': '- name: admin\n  image: x\n  securityContext:\n    capabilities: {add: [CAP_SYS_ADMIN], drop: [ALL]}',
  'privileged and adds SYS_ADMIN': '- name: both\n  image: x\n  securityContext:\n    privileged: true\n    capabilities: {add: [SYS_ADMIN, NET_ADMIN]}',
};

describe.each(PROFILES)('%s', (profile) => {
  for (const version of ['1.21', 'latest']) {
    it.each(Object.entries(CONTAINERS))(`${version}: %s`, (_what, container) => {
      const text = pod(container);
      const object = parseAllDocuments(text)[0].toJS();
      const { findings } = analyze({ file: 'pod.yaml', text }, { profile, k8sVersion: version });
      for (const f of findings.filter((x) => x.fix)) {
        expect(refused(applyEdits(object, f.fix!)), `the fix of ${f.ruleId} alone`).toEqual([]);
      }
      const fixed = fixSource('pod.yaml', text, { profile, k8sVersion: version });
      expect(refused(parseAllDocuments(fixed.text)[0].toJS()), fixed.text).toEqual([]);
      // Where escalation stays allowed because of privileged or SYS_ADMIN, the finding says what must go first.
      for (const f of fixed.remaining.filter((x) => x.ruleId === 'allow-privilege-escalation' && x.container !== 'plain')) {
        expect(f.messageId).toBe('blocked');
        expect(f.message).toMatch(/refuses false next to (privileged: true|the added capability (CAP_)?SYS_ADMIN): remove .* first/);
      }
    });
  }
});
