import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import { JsonStream, toJsonFinding } from '../../src/format/json.js';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: x, securityContext: {privileged: true}}]\n';

describe('JsonStream', () => {
  it.each([
    ['no findings', []],
    ['findings from several files', [POD, POD.replace('name: p', 'name: q')]],
  ])('writes exactly JSON.stringify of the whole document: %s', (_what, texts) => {
    const results = texts.map((text, i) => analyze({ file: `f${i}.yaml`, text }));
    const summary = { files: texts.length, resources: texts.length, errors: 0, warnings: 0 };
    let streamed = '';
    const stream = new JsonStream((t) => (streamed += t));
    for (const r of results) stream.findings(r.findings);
    const notes = texts.length > 0 ? [{ file: 'ci.yml', message: 'not a Kubernetes manifest' }] : [];
    stream.end(summary, notes);
    // Notes appear only when there are some: a run without them keeps the document it always had.
    const whole = { findings: results.flatMap((r) => r.findings.map(toJsonFinding)), summary, ...(notes.length > 0 ? { notes } : {}) };
    expect(streamed).toBe(JSON.stringify(whole, null, 2) + '\n');
  });
});
