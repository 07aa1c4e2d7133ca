// `podguard lsp` in a real editor: headless Neovim with the README's configuration for its version (vim.lsp.start from
// 0.8, vim.lsp.start_client before) opens a manifest and writes down the diagnostics its LSP client received.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, podguard, PRIVILEGED_POD, REPO, tree, CLI } from './cli.js';

const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const missing = probe.status !== 0;
if (missing) console.warn('nvim is not installed, so the Neovim test of podguard lsp is SKIPPED (apt-get install neovim).');
const version = missing ? '' : probe.stdout.split('\n')[0];
const minor = Number(/NVIM v0\.(\d+)/.exec(version)?.[1] ?? 0);

/** The README's Lua block for this Neovim: the one with vim.lsp.start (0.8+) or vim.lsp.start_client (0.7). */
function documentedConfig(): string {
  const blocks = [...readFileSync(join(REPO, 'README.md'), 'utf8').matchAll(/```lua\n([\s\S]*?)```/g)].map((m) => m[1]);
  const block = blocks.find((b) => (minor >= 8 ? /vim\.lsp\.start\(/.test(b) : /vim\.lsp\.start_client\(/.test(b)));
  if (!block) throw new Error(`the README has no Neovim configuration for ${version}`);
  return block;
}

describe.skipIf(missing)(`podguard lsp in Neovim (${missing ? 'SKIPPED: nvim is not installed' : version})`, () => {
  it('shows the findings podguard scan gives, with their codes, through the documented configuration', () => {
    const dir = tree({ 'deploy/pod.yaml': PRIVILEGED_POD, '.git/HEAD': 'ref: refs/heads/main\n', 'bin/podguard': `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n` });
    chmodSync(join(dir, 'bin/podguard'), 0o755);
    const out = join(dir, 'diagnostics.json');
    // After the documented configuration: wait for the client's diagnostics, write them down, and quit.
    const report = `
vim.api.nvim_create_autocmd('VimEnter', { callback = function()
  vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 50)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(found, { lnum = d.lnum, col = d.col, severity = d.severity, source = d.source, code = d.code or lsp.code, message = d.message })
  end
  vim.fn.writefile({ vim.fn.json_encode(found) }, ${JSON.stringify(out)})
  vim.cmd('qall!')
end })
`;
    writeFileSync(join(dir, 'init.lua'), documentedConfig() + report);
    const r = spawnSync('nvim', ['--headless', '-i', 'NONE', '-u', join(dir, 'init.lua'), 'deploy/pod.yaml'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH}`, XDG_CONFIG_HOME: join(dir, 'xdg/config'), XDG_DATA_HOME: join(dir, 'xdg/data'), XDG_STATE_HOME: join(dir, 'xdg/state'), XDG_CACHE_HOME: join(dir, 'xdg/cache') },
    });
    expect(existsSync(out), `nvim wrote no diagnostics (exit ${r.status}): ${r.stderr}${r.stdout}`).toBe(true);
    const received = JSON.parse(readFileSync(out, 'utf8')) as Array<{ lnum: number; col: number; severity: number; source: string; code: string; message: string }>;
    const expected = json(podguard(['scan', 'deploy/pod.yaml', '--format', 'json', '--fail-on', 'never', '--profile', 'hardened'], { cwd: dir })).findings;
    const severity = { error: 1, warning: 2, note: 3 } as Record<string, number>;
    const key = (x: { code: unknown; lnum: number; col: number; severity: number }) => `${x.lnum}:${x.col} ${x.code} ${x.severity}`;
    expect(received.map(key).sort()).toEqual(expected.map((f) => key({ code: f.ruleId, lnum: (f.line as number) - 1, col: (f.column as number) - 1, severity: severity[f.level as string] })).sort());
    expect(received.map((d) => d.code)).toContain('privileged');
    expect(new Set(received.map((d) => d.source))).toEqual(new Set(['podguard']));
  }, 90_000);
});
