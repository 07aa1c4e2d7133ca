// One home: package.json files, the docs and what podguard prints all name the repository src/home.ts names.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION, HOME, ISSUES, REPOSITORY } from '../../src/home.js';
import { podguard } from '../surfaces/cli.js';

const ROOT = join(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
const texts = tracked.filter((f) => f !== 'test/meta/home.test.ts' && /\.(md|ya?ml|json|ts|mjs|cjs)$/.test(f) && !f.startsWith('dist/') && !f.includes('/dist/') && f !== 'package-lock.json');

describe('the project names one home', () => {
  it.each([
    ['package.json', undefined],
    ['policypack/package.json', 'policypack'],
    ['cdk8s-constructs/package.json', 'cdk8s-constructs'],
  ])('%s: repository, homepage and bugs', (file, directory) => {
    const pkg = JSON.parse(read(file));
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${HOME}.git`, ...(directory ? { directory } : {}) });
    expect(pkg.homepage).toBe(directory ? `${HOME}/tree/main/${directory}#readme` : `${HOME}#readme`);
    expect(pkg.bugs).toEqual({ url: ISSUES });
    expect(pkg.license).toBe('Apache-2.0');
  });

  it('every package carries the same LICENSE', () => {
    const license = read('LICENSE');
    expect(license).toContain('Apache License\n                           Version 2.0');
    for (const dir of ['policypack', 'cdk8s-constructs']) expect(read(`${dir}/LICENSE`), dir).toBe(license);
  });

  it('every `uses:` of the Action in the docs is the real one, and no placeholder is left', () => {
    const uses = texts.flatMap((f) => [...read(f).matchAll(/uses: *([\w.-]+\/podguard(?:@[\w.-]+)?)/g)].map((m) => `${f}: ${m[1]}`));
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.filter((u) => !u.endsWith(`: ${ACTION}`))).toEqual([]);
    expect(texts.filter((f) => read(f).includes('<owner>'))).toEqual([]);
  });

  it('every link to a podguard repository is a link into the home', () => {
    const links = texts.flatMap((f) => [...read(f).matchAll(/github\.com\/([\w.-]+\/podguard)\b/gi)].map((m) => `${f}: ${m[1]}`));
    expect(links.filter((l) => !l.endsWith(`: ${REPOSITORY}`))).toEqual([]);
  });

  it('the CLI prints it in --help and in SARIF', () => {
    expect(podguard(['--help']).stdout).toContain(HOME);
    const sarif = JSON.parse(podguard(['scan', 'examples/hardened-pod.yaml', '--format', 'sarif']).stdout);
    expect(sarif.runs[0].tool.driver.informationUri).toBe(HOME);
  });
});
