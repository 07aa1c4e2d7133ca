// The pack and the CLI judge the same object the same way: the policies the pack reports on a resource are the rules
// `podguard scan --profile hardened --k8s-version latest` reports on that resource written as YAML. The objects are
// the examples, PSA's own fixtures placed in every pod-bearing kind, and what a real @pulumi/kubernetes program
// registers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { json, podguard } from './cli.js';
import { launchPack, REPO, resourceOf, secret, SECRET_SIG, SIG_KEY, UNKNOWN, type Resource, type RunningPack } from './pack/harness.js';
import { ruleLevels } from '../../src/engine/levels.js';
import { LATEST } from '../../src/engine/version.js';
import { RULES } from '../../src/rules/index.js';
import { hardenedSpec, KINDS, workload, type Workload } from './pack/workloads.js';
import { psaFixtures } from '../conformance/psa.js';

let pack: RunningPack;

beforeAll(async () => {
  pack = await launchPack();
  await pack.engine.configure((await pack.engine.info()).policies);
});

afterAll(() => {
  pack?.engine.close();
  pack?.kill();
});

/** Rule ids the CLI reports per file, for files holding one object each. */
function cliRuleIds(objects: unknown[]): Array<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'podguard-pack-'));
  const file = (i: number) => `${String(i).padStart(4, '0')}.yaml`;
  objects.forEach((o, i) => writeFileSync(join(dir, file(i)), stringify(o)));
  const out = json(podguard(['scan', dir, '--format', 'json', '--profile', 'hardened', '--k8s-version', 'latest']));
  expect(out.summary.resources).toBe(objects.length);
  return objects.map((_, i) => {
    const ids = out.findings.filter((f) => String(f.file).endsWith(file(i))).map((f) => f.ruleId as string);
    return [...new Set(ids)].sort();
  });
}

async function packPolicyNames(resources: Resource[]): Promise<Array<string[]>> {
  const results = await Promise.all(resources.map((r) => pack.engine.analyze(r)));
  return results.map(({ diagnostics }) => [...new Set(diagnostics.map((d) => d.policyName))].sort());
}

/** Hardening rules the PSA fixtures do not touch. */
function hardeningCases(): Workload[] {
  const misplaced = hardenedSpec({ privileged: false }, { shareProcessNamespace: true });
  (misplaced.securityContext as Record<string, unknown>).readOnlyRootFilesystem = true;
  return [
    workload('Deployment', 'misplaced-and-shared', misplaced),
    workload('StatefulSet', 'root-group', hardenedSpec({}, { securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 0, seccompProfile: { type: 'RuntimeDefault' } } })),
    workload('Job', 'mistyped', hardenedSpec({ securityContext: { runAsUser: '1000' } })),
    workload('CronJob', 'writable', hardenedSpec({ securityContext: { readOnlyRootFilesystem: false } }, { automountServiceAccountToken: true })),
  ];
}

/** The examples' objects, hardening cases, and every PSA fixture of the newest version placed in the nine kinds in turn. */
function corpus(): Workload[] {
  const objects: Workload[] = hardeningCases();
  for (const name of readdirSync(join(REPO, 'examples')).filter((f) => f.endsWith('.yaml')).sort()) {
    for (const doc of parseAllDocuments(readFileSync(join(REPO, 'examples', name), 'utf8'))) {
      const o = doc.toJS();
      objects.push(...(o.kind === 'List' ? o.items : [o]));
    }
  }
  let i = 0;
  const fixtures = psaFixtures().fixtures;
  for (const level of ['baseline', 'restricted']) {
    for (const outcome of ['pass', 'fail']) {
      const chosen = fixtures.filter((f) => f.level === level && f.version === '1.37' && f.expect === outcome);
      for (const f of chosen.sort((a, b) => (a.file < b.file ? -1 : 1))) {
        const pod = parseAllDocuments(f.text)[0].toJS();
        const { name, ...podMetadata } = pod.metadata ?? {};
        objects.push(workload(KINDS[i++ % KINDS.length].kind, `${level}-${outcome}-${basename(f.file, '.yaml')}`.toLowerCase().replaceAll('_', '-'), pod.spec, podMetadata));
      }
    }
  }
  return objects;
}

describe('cross-surface: the pack reports the rules the CLI reports', () => {
  const objects = corpus();

  it('covers every pod-bearing kind', () => {
    expect(new Set(objects.map((o) => o.kind))).toEqual(new Set(KINDS.map((k) => k.kind)));
    expect(objects.length).toBeGreaterThan(150);
  });

  it('for every object, the set of policy names equals the set of rule ids', async () => {
    const cli = cliRuleIds(objects);
    const fromPack = await packPolicyNames(objects.map((o) => resourceOf(o, o.metadata.name)));
    const mismatches = objects.flatMap((o, i) => (JSON.stringify(cli[i]) === JSON.stringify(fromPack[i]) ? [] : [{ object: `${o.kind}/${o.metadata.name}`, cli: cli[i], pack: fromPack[i] }]));
    expect(mismatches).toEqual([]);
    // Not a vacuous agreement: between them the objects break every check of the profile (the engine's own
    // findings, about the input rather than the pod, aside).
    const seen = new Set(cli.flat());
    const checks = RULES.filter((r) => !r.engine && ruleLevels('hardened', LATEST).has(r.id)).map((r) => r.id);
    expect(checks.filter((id) => !seen.has(id))).toEqual([]);
  });
});

describe('a real @pulumi/kubernetes program (run under setMocks as a preview)', () => {
  let registered: Resource[];
  const named = (name: string) => registered.find((r) => r.name === name)!;

  /** The object as its author wrote it: secrets as their values. */
  const plain = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(plain);
    if (typeof v !== 'object' || v === null) return v;
    const o = v as Record<string, unknown>;
    if (o[SIG_KEY] === SECRET_SIG) return plain(o.value);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, plain(x)]));
  };

  beforeAll(() => {
    const out = execFileSync(process.execPath, [join(import.meta.dirname, 'pack/k8s-program.cjs')], { encoding: 'utf8', timeout: 60_000 });
    registered = JSON.parse(out);
  });

  it('registers secrets and computed values in the encoding the harness sends', () => {
    expect(registered.map((r) => `${r.type} ${r.name}`).sort()).toEqual([
      'kubernetes:apps/v1:Deployment web',
      'kubernetes:batch/v1:CronJob report',
      'kubernetes:core/v1:ConfigMap settings',
      'kubernetes:core/v1:Pod computed',
      'kubernetes:core/v1:Pod debug',
    ]);
    const debug = named('debug').props as { spec: { containers: Array<{ env: Array<{ value: unknown }> }> } };
    expect(debug.spec.containers[0].env[0].value).toEqual(secret('s3cr3t'));
    const computed = named('computed').props as { spec: { containers: Array<{ securityContext: { runAsUser: unknown } }> } };
    expect(computed.spec.containers[0].securityContext.runAsUser).toBe(UNKNOWN);
  });

  it('the Pod, Deployment and CronJob get the rules the CLI gives them as YAML', async () => {
    const judged = ['debug', 'web', 'report'].map(named);
    const fromPack = await packPolicyNames(judged);
    expect(fromPack).toEqual(cliRuleIds(judged.map((r) => plain(r.props))));
    expect(fromPack[0]).toContain('privileged');
    expect(fromPack[2]).toContain('run-as-user');
  });

  it('the privileged Pod fails the preview', async () => {
    const { diagnostics } = await pack.engine.analyze(named('debug'));
    expect(diagnostics.filter((d) => d.enforcementLevel === 'mandatory').map((d) => d.policyName)).toEqual(
      expect.arrayContaining(['privileged', 'host-namespaces']),
    );
  });

  it('the Pod whose runAsUser comes from another resource waits for it: advisory only', async () => {
    const { diagnostics } = await pack.engine.analyze(named('computed'));
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.enforcementLevel === 'advisory' && /runAsUser is not known yet/.test(d.message))).toBe(true);
  });

  it('the ConfigMap is not judged', async () => {
    expect((await pack.engine.analyze(named('settings'))).diagnostics).toEqual([]);
  });
});
