// action.yml, the README's Action section and the Action's own messages say the same thing: the same inputs and
// outputs, an example workflow whose steps and permissions fit together, and the permissions the warnings name.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '../..');
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }>; outputs: Record<string, unknown> };
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## GitHub Action\n'), readme.indexOf('\n## ', readme.indexOf('## GitHub Action\n') + 1));

type Step = { uses?: string; with?: Record<string, unknown>; if?: string };
const workflow = parse(/```yaml\n([\s\S]*?)```/.exec(section)![1]) as { on: unknown; permissions: Record<string, string>; jobs: Record<string, { steps: Step[] }> };
const steps = Object.values(workflow.jobs)[0].steps;
const step = (prefix: string) => steps.find((s) => s.uses?.startsWith(prefix))!;

describe('the Action documentation', () => {
  it('the README table names exactly the inputs of action.yml, and the outputs sentence every output', () => {
    const rows = [...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(rows).toEqual(Object.keys(action.inputs));
    const outputs = /^Outputs: ([\s\S]*?)\n\n/m.exec(section)![1];
    for (const name of Object.keys(action.outputs)) expect(outputs).toContain(`\`${name}\``);
  });

  it('profile and k8s-version default to empty in action.yml, so the config file decides', () => {
    expect(action.inputs.profile.default).toBe('');
    expect(action.inputs['k8s-version'].default).toBe('');
    expect(section).toMatch(/\| `profile` \| the config's, else `hardened` \|/);
    expect(section).toMatch(/\| `k8s-version` \| the config's, else `latest` \|/);
  });

  it('the example workflow fits together: full history, only real inputs, the permissions its steps need, SARIF uploaded but not from forks', () => {
    expect(step('actions/checkout').with).toMatchObject({ 'fetch-depth': 0 });
    const podguard = step('podguard/podguard');
    for (const name of Object.keys(podguard.with ?? {})) expect(Object.keys(action.inputs)).toContain(name);
    expect(podguard.with).toMatchObject({ suggestions: true });
    expect(workflow.permissions).toMatchObject({ contents: 'read', 'pull-requests': 'write', 'security-events': 'write' });
    const upload = step('github/codeql-action/upload-sarif');
    expect(upload.with?.sarif_file).toBe(podguard.with?.['sarif-file']);
    expect(upload.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    expect(upload.if).toContain('!cancelled()');
  });

  it('every permission the Action\'s messages name is in the README\'s permissions table', () => {
    const sources = readdirSync(join(ROOT, 'src/action')).map((f) => readFileSync(join(ROOT, 'src/action', f), 'utf8')).join('\n');
    const named = new Set([...sources.matchAll(/[`']((?:contents|pull-requests|security-events): (?:read|write))[`']/g)].map((m) => m[1]));
    expect(named.size).toBeGreaterThanOrEqual(3);
    for (const permission of named) expect(section).toMatch(new RegExp(`^\\| \`${permission}\` \\|`, 'm'));
  });
});
