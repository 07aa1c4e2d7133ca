// The registry derives each (profile, version) rule list from rule metadata; tested with invented rules, as PSA's
// registry_test.go does.
import { describe, expect, it } from 'vitest';
import { activeRules, validateRules } from '../../src/engine/registry.js';
import { defineRule, type AnyRule, type Check, type Profile } from '../../src/engine/rule.js';
import { LATEST, parseVersion, type K8sVersion } from '../../src/engine/version.js';

const check = (name: string): Check<'m'> => Object.defineProperty(() => {}, 'name', { value: name });
const rule = (id: string, spec: Partial<AnyRule>): AnyRule =>
  defineRule({ id, summary: 'S.', levels: {}, versions: [{ from: '1.0', check: check(id) }], messages: { m: 'm' }, help: { why: 'W.', fix: 'F.' }, ...spec } as AnyRule);

const RULES = [
  rule('caps-base', { levels: { baseline: 'error', restricted: 'error', hardened: 'error' }, pss: { check: 'caps_base', level: 'baseline' } }),
  rule('caps-strict', {
    levels: { restricted: 'error', hardened: 'error' },
    pss: { check: 'caps_strict', level: 'restricted', replaces: 'caps_base' },
    versions: [{ from: '1.5', check: check('strict-1.5') }, { from: '1.9', check: check('strict-1.9') }],
  }),
  rule('late', { levels: { baseline: 'error', restricted: 'error', hardened: 'error' }, pss: { check: 'late', level: 'baseline' }, versions: [{ from: '1.7', check: check('late') }] }),
  rule('extra', { levels: { hardened: 'warning' } }),
];

describe('activeRules', () => {
  it.each([
    ['baseline', '1.0', ['caps-base:caps-base']],
    ['baseline', '1.9', ['caps-base:caps-base', 'late:late']],
    ['restricted', '1.4', ['caps-base:caps-base']],
    ['restricted', '1.5', ['caps-strict:strict-1.5']],
    ['restricted', '1.8', ['caps-strict:strict-1.5', 'late:late']],
    ['restricted', '1.9', ['caps-strict:strict-1.9', 'late:late']],
    ['hardened', '1.4', ['caps-base:caps-base', 'extra:extra']],
    ['hardened', '1.30', ['caps-strict:strict-1.9', 'late:late', 'extra:extra']],
  ] as Array<[Profile, K8sVersion, string[]]>)('%s at %s', (profile, version, expected) => {
    expect(activeRules(RULES, profile, version).map((a) => `${a.rule.id}:${a.check.name}`)).toEqual(expected);
  });

  it('takes the level from the profile', () => {
    expect(activeRules(RULES, 'hardened', '1.30').find((a) => a.rule.id === 'extra')!.level).toBe('warning');
  });
});

describe('validateRules', () => {
  it('accepts a well-formed list', () => expect(() => validateRules(RULES)).not.toThrow());
  it.each([
    ['duplicate ids', [RULES[0], RULES[0]], /duplicate rule id/],
    ['versions out of order', [rule('x', { levels: { hardened: 'note' }, versions: [{ from: '1.9', check: check('a') }, { from: '1.5', check: check('b') }] })], /versions must ascend/],
    ['a non-PSS rule in baseline', [rule('x', { levels: { baseline: 'warning', hardened: 'warning' } })], /only be on in hardened/],
    ['a baseline rule that replaces', [rule('x', { levels: { baseline: 'error', restricted: 'error', hardened: 'error' }, pss: { check: 'x', level: 'baseline', replaces: 'y' } })], /only restricted rules replace/],
    ['replacing a restricted rule', [RULES[1], rule('z', { levels: { restricted: 'error', hardened: 'error' }, pss: { check: 'z', level: 'restricted', replaces: 'caps_strict' } })], /not a baseline rule/],
    ['a PSS rule that is a warning', [rule('x', { levels: { baseline: 'warning', restricted: 'error', hardened: 'error' }, pss: { check: 'x', level: 'baseline' } })], /is an error in baseline/],
    ['an id that is not kebab-case', [rule('Bad_Id', { levels: { hardened: 'note' } })], /kebab-case/],
  ])('rejects %s', (_what, rules, message) => {
    expect(() => validateRules(rules as AnyRule[])).toThrow(message);
  });
});

describe('parseVersion', () => {
  it.each([
    ['latest', LATEST],
    ['1.22', '1.22'],
    ['v1.29', '1.29'],
    ['1.30.4', '1.30'],
    ['1.40', LATEST],
  ])('%s → %s', (input, expected) => expect(parseVersion(input)).toBe(expected));
  it.each(['2.0', '1', 'one.two', '1.x'])('rejects %s', (input) => expect(() => parseVersion(input)).toThrow(/not a Kubernetes version/));
});
