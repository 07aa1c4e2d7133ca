// Each kind of splice, with the exact text it writes: minimal, in the file's own style.
import { describe, expect, it } from 'vitest';
import type { Edit } from '../../src/engine/field.js';
import { applyTextEdits } from '../../src/fix/apply-yaml.js';

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${spec}`;

function fix(text: string, edit: Edit, json = false) {
  const out = applyTextEdits(text, [{ resourceIndex: 0, edit }], { json });
  return { text: out.text, skipped: out.skipped.map((s) => s.reason) };
}

describe('set', () => {
  it('replaces a scalar and keeps its quoting and trailing comment', () => {
    const text = pod('  containers:\n  - name: c\n    image: x\n    securityContext:\n      procMount: "Unmasked"  # why not\n');
    const out = fix(text, { op: 'set', path: ['spec', 'containers', 0, 'securityContext', 'procMount'], value: 'Default' });
    expect(out.text).toBe(text.replace('"Unmasked"', '"Default"'));
  });

  it('adds a key to a block map, nesting what is missing at the map\'s indentation', () => {
    const text = pod('  containers:\n  - name: c\n    image: x\n');
    const out = fix(text, { op: 'set', path: ['spec', 'securityContext', 'seccompProfile'], value: { type: 'RuntimeDefault' } });
    expect(out.text).toBe(text + '  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n');
  });

  it('adds a key to a flow map, empty or not', () => {
    const text = pod('  containers: [{name: c, image: x, securityContext: {}}, {name: d, image: y, securityContext: {privileged: false}}]\n');
    let out = fix(text, { op: 'set', path: ['spec', 'containers', 0, 'securityContext', 'readOnlyRootFilesystem'], value: true });
    expect(out.text).toBe(text.replace('securityContext: {}', 'securityContext: {readOnlyRootFilesystem: true}'));
    out = fix(text, { op: 'set', path: ['spec', 'containers', 1, 'securityContext', 'capabilities'], value: { drop: ['ALL'] } });
    expect(out.text).toBe(text.replace('{privileged: false}', '{privileged: false, capabilities: {drop: [ALL]}}'));
  });

  it('fills `key:` with a block and `key: null` inline', () => {
    const empty = pod('  securityContext:\n  containers: [{name: c, image: x}]\n');
    expect(fix(empty, { op: 'set', path: ['spec', 'securityContext', 'runAsNonRoot'], value: true }).text).toBe(
      empty.replace('  securityContext:\n', '  securityContext:\n    runAsNonRoot: true\n'),
    );
    const nulled = pod('  securityContext: null\n  containers: [{name: c, image: x}]\n');
    expect(fix(nulled, { op: 'set', path: ['spec', 'securityContext', 'runAsNonRoot'], value: true }).text).toBe(
      nulled.replace('securityContext: null', 'securityContext: {runAsNonRoot: true}'),
    );
  });

  it('writes CRLF lines into a CRLF file', () => {
    const text = pod('  containers:\n  - name: c\n    image: x\n').replace(/\n/g, '\r\n');
    const out = fix(text, { op: 'set', path: ['spec', 'hostUsers'], value: false });
    expect(out.text).toBe(text + '  hostUsers: false\r\n');
  });

  it('inserts into pretty-printed JSON as pretty-printed JSON', () => {
    const text = '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "spec": {\n    "containers": []\n  }\n}\n';
    const out = fix(text, { op: 'set', path: ['spec', 'securityContext'], value: { runAsNonRoot: true } }, true);
    expect(out.text).toBe('{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "spec": {\n    "containers": [],\n    "securityContext": {\n      "runAsNonRoot": true\n    }\n  }\n}\n');
    expect(JSON.parse(out.text).spec.securityContext).toEqual({ runAsNonRoot: true });
  });
});

describe('lists', () => {
  const caps = (drop: string) => pod(`  containers:\n  - name: c\n    image: x\n    securityContext:\n      capabilities:\n        drop:${drop}\n`);

  it('appends to a block list at its dash column, quoted like its neighbour', () => {
    const text = caps("\n        - 'NET_RAW'");
    expect(fix(text, { op: 'append', path: ['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop'], value: 'ALL' }).text).toBe(
      text.replace("- 'NET_RAW'\n", "- 'NET_RAW'\n        - 'ALL'\n"),
    );
  });

  it('appends to a flow list, empty or not', () => {
    expect(fix(caps(' []'), { op: 'append', path: ['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop'], value: 'ALL' }).text).toBe(caps(' [ALL]'));
    expect(fix(caps(' [NET_RAW]'), { op: 'append', path: ['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop'], value: 'ALL' }).text).toBe(caps(' [NET_RAW, ALL]'));
  });

  it('removes an item with its line, keeping its comment, and an only item leaves []', () => {
    const path = ['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop'];
    expect(fix(caps('\n        - A\n        - B # note\n        - C'), { op: 'removeItem', path, value: 'B' }).text).toBe(caps('\n        - A\n        # note\n        - C'));
    expect(fix(caps('\n        - B'), { op: 'removeItem', path, value: 'B' }).text).toBe(caps(' []'));
    expect(fix(caps('\n        - "B#1" # why'), { op: 'removeItem', path, value: 'B#1' }).text).toBe(caps(' []  # why'));
    expect(fix(caps(' [A, B, C]'), { op: 'removeItem', path, value: 'C' }).text).toBe(caps(' [A, B]'));
  });
});

describe('remove', () => {
  it('removes a pair with its line from a block map, and the last pair leaves {}', () => {
    const two = pod('  securityContext:\n    privileged: false\n    runAsNonRoot: true\n  containers: [{name: c, image: x}]\n');
    expect(fix(two, { op: 'remove', path: ['spec', 'securityContext', 'privileged'] }).text).toBe(two.replace('    privileged: false\n', ''));
    const one = pod('  securityContext:\n    privileged: false\n  containers: [{name: c, image: x}]\n');
    expect(fix(one, { op: 'remove', path: ['spec', 'securityContext', 'privileged'] }).text).toBe(one.replace('securityContext:\n    privileged: false', 'securityContext: {}'));
    // A comment says why the value was there: the reader of the fix keeps it.
    const commented = pod('  securityContext:\n    privileged: true   # the old log agent\n    runAsNonRoot: true\n  containers: [{name: c, image: x}]\n');
    expect(fix(commented, { op: 'remove', path: ['spec', 'securityContext', 'privileged'] }).text).toBe(commented.replace('    privileged: true   # the old log agent\n', '    # the old log agent\n'));
  });

  it('removes a pair from a flow map', () => {
    const text = pod('  securityContext: {privileged: false, runAsNonRoot: true}\n  containers: [{name: c, image: x}]\n');
    expect(fix(text, { op: 'remove', path: ['spec', 'securityContext', 'privileged'] }).text).toBe(text.replace('privileged: false, ', ''));
  });
});

describe('refusals', () => {
  it('never edits through an alias or an anchor, and says why', () => {
    const text = pod('  containers:\n  - name: a\n    image: x\n    securityContext: &sc\n      privileged: true\n  - name: b\n    image: x\n    securityContext: *sc\n');
    const viaAlias = fix(text, { op: 'set', path: ['spec', 'containers', 1, 'securityContext', 'privileged'], value: false });
    expect(viaAlias.text).toBe(text);
    expect(viaAlias.skipped).toEqual(['spec.containers[1].securityContext.privileged goes through the alias *sc; edit the anchored node instead']);
    const atAnchor = fix(text, { op: 'set', path: ['spec', 'containers', 0, 'securityContext', 'privileged'], value: false });
    expect(atAnchor.skipped[0]).toMatch(/inside the anchor &sc/);
  });

  it('refuses an edit it cannot write faithfully rather than guess', () => {
    const text = pod('  securityContext:\n    seccompProfile:\n      type: Unconfined\n  containers: [{name: c, image: x}]\n');
    const out = fix(text, { op: 'set', path: ['spec', 'securityContext', 'seccompProfile'], value: { type: 'RuntimeDefault' } });
    expect(out.text).toBe(text);
    expect(out.skipped).toEqual(['replacing a block collection is not supported']);
  });
});
