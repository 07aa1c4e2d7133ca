// `podguard lsp` through the protocol, as an editor speaks it: the built CLI started as a child process and driven
// with vscode-languageserver-protocol's JSON-RPC connection. Diagnostics are compared with `podguard scan` on the
// same file and configuration, and fixes with `podguard fix`.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { ruleDocsUrl } from '../../src/home.js';
import { RULES } from '../../src/rules/index.js';
import { json, podguard, PRIVILEGED_POD, REPO, tree } from './cli.js';
import { LspClient, uri } from './lsp-client.js';

const INSECURE = readFileSync(join(REPO, 'examples/insecure-deployment.yaml'), 'utf8');
const CRONJOB = readFileSync(join(REPO, 'examples/cronjob-and-list.yaml'), 'utf8');
const PRETTY_JSON = readFileSync(join(REPO, 'test/fixtures/fix/pretty.json'), 'utf8');

const clients: LspClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) if (c.child.exitCode === null) c.child.kill();
});

async function start(files: Record<string, string> = {}): Promise<{ client: LspClient; dir: string }> {
  const dir = tree({ ...files, '.git/HEAD': 'ref: refs/heads/main\n' });
  const client = new LspClient(dir);
  clients.push(client);
  await client.initialize(dir);
  return { client, dir };
}

/** What `podguard scan` reports for the file, unsuppressed, in LSP terms (0-based, with severity and code). */
function scanned(dir: string, file: string, flags: string[] = []) {
  const findings = json(podguard(['scan', file, '--format', 'json', '--fail-on', 'never', ...flags], { cwd: dir })).findings;
  const severity = { error: 1, warning: 2, note: 3 } as Record<string, number>;
  return findings
    .filter((f) => !f.suppressed && f.file === file)
    .map((f) => ({ code: f.ruleId, severity: severity[f.level as string], line: (f.line as number) - 1, character: (f.column as number) - 1, message: f.message }))
    .sort(order);
}

function shown(diagnostics: Diagnostic[]) {
  return diagnostics.map((d) => ({ code: d.code, severity: d.severity, line: d.range.start.line, character: d.range.start.character, message: d.message })).sort(order);
}

function order(a: { line: number; character: number; code: unknown; message: unknown }, b: typeof a): number {
  return a.line - b.line || a.character - b.character || String(a.code).localeCompare(String(b.code)) || String(a.message).localeCompare(String(b.message));
}

describe('podguard lsp', () => {
  it('answers initialize with incremental sync, quick fixes, fix-all and hover', async () => {
    const client = new LspClient(REPO);
    clients.push(client);
    const { capabilities, serverInfo } = await client.initialize(REPO);
    expect(serverInfo?.name).toBe('podguard');
    expect(capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(capabilities.codeActionProvider).toMatchObject({ codeActionKinds: expect.arrayContaining(['quickfix', 'source.fixAll.podguard']) });
    expect(capabilities.hoverProvider).toBe(true);
    // Beside yaml-language-server: nothing it provides is claimed.
    expect(capabilities.completionProvider).toBeUndefined();
    expect(capabilities.documentFormattingProvider).toBeUndefined();
    await client.stop();
  });

  it.each([
    ['a Deployment', 'app.yaml', INSECURE],
    ['a CronJob and a List', 'jobs.yaml', CRONJOB],
    ['a JSON manifest', 'pod.json', PRETTY_JSON],
  ])('publishes the findings podguard scan gives for %s, with ranges, codes, severities and links', async (_, name, text) => {
    const { client, dir } = await start({ [name]: text });
    const u = await client.open(join(dir, name), text);
    const diagnostics = await client.diagnostics(u);
    const expected = scanned(dir, join(dir, name));
    expect(expected.length).toBeGreaterThan(0);
    expect(shown(diagnostics)).toEqual(expected);
    for (const d of diagnostics) {
      expect(d.source).toBe('podguard');
      expect(d.codeDescription?.href).toBe(ruleDocsUrl(String(d.code)));
      expect(d.range.end.line > d.range.start.line || d.range.end.character > d.range.start.character).toBe(true);
    }
    // The range is the offending key: the privileged: true line, from its key to the end of the value.
    const privileged = diagnostics.find((d) => d.code === 'privileged');
    if (privileged) {
      const line = text.split('\n')[privileged.range.start.line];
      expect(line.slice(privileged.range.start.character)).toMatch(/^"?privileged"?/);
    }
    await client.stop();
  });

  it('reads the nearest .podguard.yaml first, then the client settings, and leaves suppressed findings out', async () => {
    const waived = PRIVILEGED_POD.replace('  name: bad\n', '  name: bad\n  annotations:\n    podguard.dev/ignore.privileged: "trusted debug pod, until the node agent ships"\n');
    const { client, dir } = await start({
      'team/.podguard.yaml': 'profile: baseline\nk8sVersion: "1.24"\nrules:\n  host-ports:\n    level: warning\n',
      'team/app.yaml': INSECURE,
      'other/app.yaml': INSECURE,
      'other/waived.yaml': waived,
    });
    client.settings = { profile: 'restricted' };
    const team = await client.open(join(dir, 'team/app.yaml'), INSECURE);
    const other = await client.open(join(dir, 'other/app.yaml'), INSECURE);
    // The team's file follows its configuration (the client's profile does not override it)…
    expect(shown(await client.diagnostics(team))).toEqual(scanned(dir, join(dir, 'team/app.yaml')));
    expect(shown(await client.diagnostics(team)).find((d) => d.code === 'host-ports')?.severity).toBe(2);
    // …the other one has none, so the client's profile applies.
    expect(shown(await client.diagnostics(other))).toEqual(scanned(dir, join(dir, 'other/app.yaml'), ['--profile', 'restricted']));
    expect(shown(await client.diagnostics(other))).not.toEqual(shown(await client.diagnostics(team)));
    expect(client.configurationRequests).toBeGreaterThan(0);

    const w = await client.open(join(dir, 'other/waived.yaml'), waived);
    const all = json(podguard(['scan', 'other/waived.yaml', '--format', 'json', '--profile', 'restricted', '--fail-on', 'never'], { cwd: dir })).findings;
    expect(all.some((f) => f.ruleId === 'privileged' && f.suppressed)).toBe(true);
    expect((await client.diagnostics(w)).map((d) => d.code)).not.toContain('privileged');
    await client.stop();
  });

  it('re-publishes open documents when a .podguard.yaml changes, and when the client settings change', async () => {
    const { client, dir } = await start({ 'app.yaml': INSECURE });
    const u = await client.open(join(dir, 'app.yaml'), INSECURE);
    const hardened = shown(await client.diagnostics(u));
    let seen = client.published.length;
    writeFileSync(join(dir, '.podguard.yaml'), 'profile: baseline\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(join(dir, '.podguard.yaml')), type: 1 }] });
    const baseline = shown(await client.diagnostics(u, { after: seen }));
    expect(baseline).toEqual(scanned(dir, join(dir, 'app.yaml')));
    expect(baseline.length).toBeLessThan(hardened.length);

    // A broken configuration is one diagnostic saying so, not silence and not a crash.
    seen = client.published.length;
    writeFileSync(join(dir, '.podguard.yaml'), 'profile: strictest\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(join(dir, '.podguard.yaml')), type: 2 }] });
    const broken = await client.diagnostics(u, { after: seen });
    expect(broken).toHaveLength(1);
    expect(broken[0].message).toContain('.podguard.yaml');
    expect(broken[0].message).toContain('profile');

    seen = client.published.length;
    rmSync(join(dir, '.podguard.yaml'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(join(dir, '.podguard.yaml')), type: 3 }] });
    expect(shown(await client.diagnostics(u, { after: seen }))).toEqual(hardened);

    seen = client.published.length;
    client.settings = { profile: 'baseline' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    expect(shown(await client.diagnostics(u, { after: seen }))).toEqual(baseline);
    await client.stop();
  });

  it('offers each fix as a quick fix whose edit, applied and sent as a change, removes its diagnostic', async () => {
    const { client, dir } = await start({ 'app.yaml': INSECURE });
    const u = await client.open(join(dir, 'app.yaml'), INSECURE);
    const diagnostics = await client.diagnostics(u);
    const fixable = json(podguard(['scan', 'app.yaml', '--format', 'json', '--fail-on', 'never'], { cwd: dir })).findings.filter((f) => f.fixable);
    const safety = new Set(fixable.map((f) => f.fixSafety));
    expect(safety).toEqual(new Set(['safe', 'unsafe']));

    for (const kind of ['safe', 'unsafe']) {
      const target = fixable.find((f) => f.fixSafety === kind)!;
      const d = diagnostics.find((x) => x.code === target.ruleId && x.range.start.line === (target.line as number) - 1)!;
      const actions = await client.codeActions(u, d.range, ['quickfix']);
      const action = actions.find((a) => a.diagnostics?.some((x) => x.code === d.code && x.message === d.message))!;
      expect(action.kind).toBe('quickfix');
      if (kind === 'safe') {
        expect(action.isPreferred).toBe(true);
        expect(action.title).not.toMatch(/unsafe/i);
      } else {
        expect(action.isPreferred).toBe(false);
        expect(action.title).toMatch(/^Unsafe fix, may break the workload: /);
      }
      const before = client.published.length;
      const version = await client.edit(u, action.edit!.changes![u]);
      const after = await client.diagnostics(u, { version, after: before });
      expect(after.some((x) => x.code === d.code && x.message === d.message)).toBe(false);
      // The edit is minimal: whole lines around the fixed field, the rest of the file untouched.
      const changed = client.text(u).split('\n').filter((line) => !INSECURE.split('\n').includes(line));
      expect(changed.length).toBeLessThanOrEqual(4);
    }
    await client.stop();
  });

  it('applies every safe fix with source.fixAll.podguard, as podguard fix --write does', async () => {
    const { client, dir } = await start({ 'app.yaml': INSECURE });
    const u = await client.open(join(dir, 'app.yaml'), INSECURE);
    await client.diagnostics(u);
    const actions = await client.codeActions(u, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll']);
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.podguard']);
    expect(actions[0].isPreferred).toBeFalsy();
    const before = client.published.length;
    const version = await client.edit(u, actions[0].edit!.changes![u]);
    const after = await client.diagnostics(u, { version, after: before });

    expect(podguard(['fix', 'app.yaml', '--write'], { cwd: dir }).code).toBe(0);
    expect(client.text(u)).toBe(readFileSync(join(dir, 'app.yaml'), 'utf8'));
    expect(shown(after)).toEqual(scanned(dir, join(dir, 'app.yaml')));
    // Nothing asked for no fix-all on a quick-fix request.
    expect((await client.codeActions(u, after[0].range, ['quickfix'])).some((a) => a.kind === 'source.fixAll.podguard')).toBe(false);
    await client.stop();
  });

  it('explains a finding on hover: the rule summary, why, how to fix, and its link', async () => {
    const { client, dir } = await start();
    const u = await client.open(join(dir, 'pod.yaml'), PRIVILEGED_POD);
    const d = (await client.diagnostics(u)).find((x) => x.code === 'privileged')!;
    const rule = RULES.find((r) => r.id === 'privileged')!;
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: d.range.start })) as { contents: { kind: string; value: string } };
    expect(hover.contents.kind).toBe('markdown');
    for (const part of [rule.summary, rule.help.why, rule.help.fix, ruleDocsUrl('privileged'), d.message]) expect(hover.contents.value).toContain(part);
    const elsewhere = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 0 } });
    expect(elsewhere).toBeNull();
    await client.stop();
  });

  it('clears a document on close', async () => {
    const { client, dir } = await start();
    const u = await client.open(join(dir, 'pod.yaml'), PRIVILEGED_POD);
    expect((await client.diagnostics(u)).length).toBeGreaterThan(0);
    const before = client.published.length;
    await client.close(u);
    expect(await client.diagnostics(u, { after: before })).toEqual([]);
    await client.stop();
  });

  it('shows invalid YAML as one diagnostic, and keeps serving once it is corrected', async () => {
    const { client, dir } = await start();
    const broken = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n    - name: a\n      image: [unclosed\n    - b: {\n';
    const u = await client.open(join(dir, 'pod.yaml'), broken);
    const diagnostics = await client.diagnostics(u);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'invalid-yaml', severity: 1 });
    expect(diagnostics[0].range.start.line).toBeLessThan(broken.split('\n').length);
    const before = client.published.length;
    const version = await client.edit(u, [{ range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } }, newText: PRIVILEGED_POD }]);
    expect((await client.diagnostics(u, { version, after: before })).map((d) => d.code)).toContain('privileged');
    await client.stop();
  });

  it('stays quiet on YAML and JSON that hold no Kubernetes objects', async () => {
    const { client, dir } = await start();
    const workflow = 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n';
    const compose = 'services:\n  web:\n    image: nginx\n    privileged: true\n    ports: ["80:80"]\n';
    const pkg = '{\n  "name": "x",\n  "version": "1.0.0"\n}\n';
    const broken = 'key: [unclosed\nother: {\n';
    for (const [name, text] of [['.github/workflows/ci.yml', workflow], ['docker-compose.yml', compose], ['package.json', pkg], ['notes.yaml', broken]]) {
      const u = await client.open(join(dir, name), text);
      expect(await client.diagnostics(u), name).toEqual([]);
    }
    expect(client.logs.filter((l) => l.type === 1)).toEqual([]);
    await client.stop();
  });

  it('never publishes an older version after a newer one, and ends on the newest', async () => {
    const { client, dir } = await start();
    const u = await client.open(join(dir, 'pod.yaml'), PRIVILEGED_POD);
    await client.diagnostics(u);
    const line = PRIVILEGED_POD.split('\n').findIndex((l) => l.includes('privileged: true'));
    let version = 1;
    // Typing: true → false → true … one key at a time, without waiting.
    for (let i = 0; i < 12; i++) {
      const value = i % 2 === 0 ? 'false' : 'true';
      version = await client.edit(u, [{ range: { start: { line, character: 20 }, end: { line, character: 20 + (i % 2 === 0 ? 4 : 5) } }, newText: value }]);
    }
    const last = await client.diagnostics(u, { version });
    expect(client.text(u)).toContain('privileged: true');
    expect(last.map((d) => d.code)).toContain('privileged');
    const versions = client.published.filter((p) => p.uri === u).map((p) => p.version ?? 0);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions[versions.length - 1]).toBe(version);
    await client.stop();
  });

  it('keeps answering while a large manifest is judged, and drops the work on its older versions', async () => {
    const { client, dir } = await start();
    const small = await client.open(join(dir, 'pod.yaml'), PRIVILEGED_POD);
    const d = (await client.diagnostics(small))[0];
    // About 1 MB: many copies of the insecure Deployment, each a document of its own.
    const big = Array.from({ length: Math.ceil(1e6 / INSECURE.length) }, (_, i) => INSECURE.replace(/name: web\b/, `name: web-${i}`)).join('---\n');
    const u = await client.open(join(dir, 'big.yaml'), big);
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: small }, position: d.range.start });
    expect(hover).not.toBeNull();
    expect(client.published.some((p) => p.uri === u)).toBe(false);
    // A change while version 1 is judged: version 1's result is never published, version 2's is.
    const version = await client.edit(u, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '# edited\n' }]);
    const diagnostics = await client.diagnostics(u, { version });
    expect(diagnostics.length).toBeGreaterThan(1000);
    expect(client.published.filter((p) => p.uri === u).map((p) => p.version)).toEqual([version]);
    await client.stop();
  }, 120_000);

  it('logs an internal error to the client and keeps serving', async () => {
    const { client, dir } = await start();
    const u = await client.open(join(dir, 'pod.yaml'), PRIVILEGED_POD);
    const d = (await client.diagnostics(u))[0];
    // A request without its position: the handler fails, and says so in the client's log.
    const broken = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: u } });
    expect(broken).toBeNull();
    const logged = await client.until(() => client.logs.find((l) => l.type === 1));
    expect(logged.message).toMatch(/^podguard: internal error in hover: /);
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: d.range.start });
    expect(hover).not.toBeNull();
  });

  it('shuts down and exits with 0; an exit without shutdown exits with 1', async () => {
    const { client } = await start();
    expect(await client.connection.sendRequest('shutdown')).toBeNull();
    await client.connection.sendNotification('exit');
    expect(await client.exited).toBe(0);

    const { client: abrupt } = await start();
    await abrupt.connection.sendNotification('exit');
    expect(await abrupt.exited).toBe(1);
  });

  it('refuses an unknown option with a usage line, not a stack trace', () => {
    const r = podguard(['lsp', '--tcp']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('podguard: lsp: unknown option --tcp\nRun podguard lsp --help for usage.\n');
  });
});
