import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import { JsonStream, jsonPiece, toJsonFinding } from '../../src/format/json.js';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: x, securityContext: {privileged: true}}]\n';

describe('JsonStream', () => {
  const clean = POD.replace('privileged: true', 'privileged: false');
  // A worker thread hands the main thread a file's piece as UTF-8 bytes; the main thread formats rendered charts as text.
  it.each([
    ['no findings', [], 'text'],
    ['findings from several files, one without any between them', [POD, clean, POD.replace('name: p', 'name: q')], 'text'],
    ['pieces given as bytes, a file without findings first', [clean, POD, POD.replace('name: p', 'name: ü')], 'bytes'],
  ])('writes exactly JSON.stringify of the whole document: %s', (_what, texts, as) => {
    const results = texts.map((text, i) => analyze({ file: `f${i}.yaml`, text }));
    const summary = { files: texts.length, resources: texts.length, errors: 0, warnings: 0 };
    let streamed = '';
    const stream = new JsonStream((t) => (streamed += typeof t === 'string' ? t : new TextDecoder().decode(t)));
    for (const r of results) {
      const piece = jsonPiece(r.findings);
      stream.piece(as === 'bytes' ? new TextEncoder().encode(piece) : piece);
    }
    const notes = texts.length > 0 ? [{ file: 'ci.yml', message: 'not a Kubernetes manifest' }] : [];
    stream.end(summary, notes);
    // Notes appear only when there are some: a run without them keeps the document it always had.
    const whole = { findings: results.flatMap((r) => r.findings.map(toJsonFinding)), summary, ...(notes.length > 0 ? { notes } : {}) };
    expect(streamed).toBe(JSON.stringify(whole, null, 2) + '\n');
  });
});
