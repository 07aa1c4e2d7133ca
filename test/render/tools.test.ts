// What a failing tool said, in one line a user can act on: kubectl's klog prefix and its `err=<` opener are noise.
import { describe, expect, it } from 'vitest';
import { firstLine } from '../../src/render/tools.js';

describe('firstLine', () => {
  it('skips klog prefixes and the err=< opener of kubectl kustomize', () => {
    const stderr = 'E1206 11:59:56.452021   16304 run.go:72] "command failed" err=<\n\taccumulating resources: accumulation err=\'no such host\'\n >\n';
    expect(firstLine(stderr)).toBe("accumulating resources: accumulation err='no such host'");
  });

  it('keeps a plain first line, and cuts a very long one', () => {
    expect(firstLine('\n  Error: chart "web" not found\nmore\n')).toBe('Error: chart "web" not found');
    const long = `accumulating resources from 'missing.yaml': ${'accumulation err='.repeat(30)}lstat /repo/broken/missing.yaml: no such file or directory`;
    const cut = firstLine(`E1206 12:08:45.565913   22294 run.go:72] "command failed" err="${long}"`);
    expect(cut.length).toBeLessThanOrEqual(300);
    expect(cut.startsWith("accumulating resources from 'missing.yaml'")).toBe(true);
    expect(cut.endsWith('missing.yaml: no such file or directory')).toBe(true);
  });
});
