// Surfaces are thin adapters over one engine run: none of them names a rule or a pod spec's container lists, which
// are the engine's to know (rule metadata and pod-view.ts). A surface that needs such a fact asks the engine.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTAINER_GROUPS } from '../../src/engine/pod-view.js';
import { RULES } from '../../src/rules/index.js';

const ROOT = join(import.meta.dirname, '../..');
const ADAPTERS = ['src/cli', 'src/action', 'src/lsp', 'policypack', 'cdk8s-constructs'];

/** The TypeScript sources of an adapter, without built bundles and generated API types. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') && e.name !== 'k8s-types.ts')
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !/[\\/](dist|node_modules)[\\/]/.test(f));
}

describe('adapters name no engine fact', () => {
  const names = [...RULES.map((r) => r.id), ...CONTAINER_GROUPS];
  for (const dir of ADAPTERS) {
    it(`${dir} quotes no rule id and no container list name`, () => {
      const files = sources(dir);
      expect(files.length).toBeGreaterThan(0);
      const found = files.flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return names.filter((name) => new RegExp(`['"\`]${name}['"\`]`).test(text)).map((name) => `${file.slice(ROOT.length + 1)}: ${name}`);
      });
      expect(found).toEqual([]);
    });
  }
});
