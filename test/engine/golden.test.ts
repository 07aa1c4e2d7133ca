// The well-hardened pod, verbatim: no finding under restricted, no error under hardened.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';

const GOLDEN = `apiVersion: v1
kind: Pod
metadata: {name: golden}
spec:
  securityContext: {runAsNonRoot: true, runAsUser: 1000, runAsGroup: 3000, fsGroup: 2000, seccompProfile: {type: RuntimeDefault}}
  containers:
    - name: app
      image: registry.example/app:1.0
      securityContext:
        privileged: false
        allowPrivilegeEscalation: false
        readOnlyRootFilesystem: true
        capabilities: {drop: [ALL]}
      volumeMounts: [{name: tmp, mountPath: /tmp}]
  volumes: [{name: tmp, emptyDir: {}}]
`;

describe('the golden pod', () => {
  it.each(['1.19', '1.25', '1.35', 'latest'])('has no finding under restricted at %s', (v) => {
    expect(analyze({ file: 'golden.yaml', text: GOLDEN }, { profile: 'restricted', k8sVersion: v }).findings).toEqual([]);
  });

  it('has only warnings under hardened: the service-account token it does not turn off', () => {
    const { findings } = analyze({ file: 'golden.yaml', text: GOLDEN }, { profile: 'hardened' });
    expect(findings.map((f) => `${f.level} ${f.ruleId}`)).toEqual(['warning automount-service-account-token']);
  });

  it('the same pod as an object (Pulumi or cdk8s input) gets the same findings, without positions', () => {
    const fromText = analyze({ file: 'golden.yaml', text: GOLDEN.replace('privileged: false', 'privileged: true') });
    const object = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'golden' }, spec: {
      securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 3000, fsGroup: 2000, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [{ name: 'app', image: 'registry.example/app:1.0', securityContext: { privileged: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } }, volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }] }],
      volumes: [{ name: 'tmp', emptyDir: {} }] } };
    const fromObject = analyze({ object });
    const strip = (fs: typeof fromText.findings) => fs.map((f) => [f.ruleId, f.path, f.container, f.message]).sort();
    expect(strip(fromObject.findings)).toEqual(strip(fromText.findings));
    expect(fromObject.findings.every((f) => f.line === null && f.file === null)).toBe(true);
    expect(fromObject.findings.map((f) => f.ruleId)).toContain('privileged');
  });
});
