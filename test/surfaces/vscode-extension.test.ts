// The VS Code extension in editors/vscode, packaged with the standard tool (`vsce package`) into a .vsix a user can
// install: it must hold the extension's entry point and the language client it starts podguard lsp with.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { REPO } from './cli.js';

const EXTENSION = join(REPO, 'editors/vscode');
const VSCE = join(EXTENSION, 'node_modules/.bin/vsce');
const missing = !existsSync(VSCE);
if (missing) console.warn('vsce is not installed in editors/vscode, so packaging the VS Code extension is SKIPPED (cd editors/vscode && npm ci).');

/** The entries of a zip file (a .vsix is one), by name, read from its central directory. */
function unzip(file: string): Map<string, () => Buffer> {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = new Map<string, () => Buffer>();
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const header = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, () => {
      const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
      const data = zip.subarray(start, start + size);
      return method === 8 ? inflateRawSync(data) : data;
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

describe.skipIf(missing)(`VS Code extension${missing ? ' (SKIPPED: vsce is not installed in editors/vscode)' : ''}`, () => {
  it('packages into a .vsix that starts podguard lsp with its settings', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'podguard-vsix-')), 'podguard.vsix');
    const r = spawnSync(VSCE, ['package', '--out', out], { cwd: EXTENSION, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr + r.stdout).toBe(0);
    const entries = unzip(out);
    const manifest = JSON.parse(entries.get('extension/package.json')!().toString('utf8'));
    expect(entries.has(`extension/${manifest.main.replace(/^\.\//, '')}`)).toBe(true);
    expect(entries.has('extension/node_modules/vscode-languageclient/package.json')).toBe(true);
    expect([...entries.keys()].some((name) => /^extension\/LICENSE/.test(name))).toBe(true);
    expect(Object.keys(manifest.contributes.configuration.properties)).toEqual(['podguard.path', 'podguard.profile', 'podguard.k8sVersion']);
    const main = entries.get(`extension/${manifest.main.replace(/^\.\//, '')}`)!().toString('utf8');
    expect(main).toContain("args: ['lsp']");
    // The extension is released with the podguard it starts.
    const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    expect(manifest.version).toBe(version);
    expect(entries.get('extension.vsixmanifest')!().toString('utf8')).toContain(`Id="podguard" Version="${version}" Publisher="podguard"`);
  }, 150_000);
});
