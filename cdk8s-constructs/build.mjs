// Builds dist/: index.js, one CommonJS bundle of the constructs and the podguard engine (cdk8s and constructs stay
// external, so the user's own instances are used), and the .d.ts files of the package's own modules. Run by the root
// build (scripts/build.mjs) or on its own with `node build.mjs`; the output is committed, so it must be deterministic.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const dist = join(here, 'dist');

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

await build({
  // Paths in the bundle's comments are relative to this, so the output is the same from any working directory.
  absWorkingDir: root,
  entryPoints: ['cdk8s-constructs/index.ts'],
  outfile: 'cdk8s-constructs/dist/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['cdk8s', 'constructs'],
  legalComments: 'none',
  logLevel: 'warning',
});

// Declarations come from tsc, which also type-checks the package. Its program includes the engine sources under
// ../src; only the package's own declarations are kept, and they must not refer to the engine's files.
const configPath = join(here, 'tsconfig.json');
const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
if (error) fail([error]);
const parsed = ts.parseJsonConfigFileContent(config, ts.sys, here, undefined, configPath);
const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
const diagnostics = ts.getPreEmitDiagnostics(program);
if (diagnostics.length > 0) fail(diagnostics);
const ownOutput = join(dist, 'cdk8s-constructs');
const result = program.emit(undefined, (fileName, text) => {
  if (dirname(fileName) !== ownOutput) return;
  if (/from ['"]\.\.\//.test(text)) throw new Error(`${basename(fileName)} refers to a file outside the package; export only the package's own types.`);
  writeFileSync(join(dist, basename(fileName)), text);
});
if (result.diagnostics.length > 0) fail(result.diagnostics);
if (!readdirSync(dist).includes('index.d.ts')) throw new Error('cdk8s-constructs: tsc wrote no index.d.ts');

function fail(list) {
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
  throw new Error(`cdk8s-constructs: type errors\n${ts.formatDiagnostics(list, host)}`);
}
