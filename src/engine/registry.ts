// Builds the list of active checks for a (profile, version) from the rules' own metadata, as PSA's
// policy/registry.go does: no profile keeps a hand-written member list.
import type { AnyRule, Check, Level, Profile } from './rule.js';
import { compareVersions, type K8sVersion } from './version.js';

export interface ActiveRule {
  rule: AnyRule;
  level: Level;
  check: Check<string>;
}

/** The newest version entry of a rule at or below `version`, if the rule exists yet. */
function checkAt(rule: AnyRule, version: K8sVersion): Check<string> | undefined {
  let found: Check<string> | undefined;
  for (const v of rule.versions) if (compareVersions(v.from, version) <= 0) found = v.check;
  return found;
}

export function activeRules(rules: readonly AnyRule[], profile: Profile, version: K8sVersion): ActiveRule[] {
  const candidates = rules.flatMap((rule) => {
    const level = rule.levels[profile];
    const check = level && !rule.engine ? checkAt(rule, version) : undefined;
    return check && level ? [{ rule, level, check }] : [];
  });
  // Above baseline, an active restricted check replaces the baseline check it overrides (PSA's OverrideCheckIDs).
  const replaced = new Set(
    profile === 'baseline' ? [] : candidates.map((a) => a.rule.pss?.replaces).filter((r): r is string => !!r),
  );
  return candidates.filter((a) => !(a.rule.pss && replaced.has(a.rule.pss.check)));
}

/** Checks the rule list once at load (PSA's NewEvaluator does the same); throws on a malformed list. */
export function validateRules(rules: readonly AnyRule[]): void {
  const ids = new Set<string>();
  const byCheck = new Map<string, AnyRule>();
  for (const r of rules) {
    if (ids.has(r.id)) throw new Error(`duplicate rule id ${r.id}`);
    ids.add(r.id);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(r.id)) throw new Error(`rule id ${r.id} is not kebab-case`);
    if (r.pss) byCheck.set(r.pss.check, r);
    for (let i = 1; i < r.versions.length; i++) {
      if (compareVersions(r.versions[i - 1].from, r.versions[i].from) >= 0) throw new Error(`${r.id}: versions must ascend`);
    }
    if (!r.engine && r.versions.length === 0) throw new Error(`${r.id}: no versions`);
  }
  for (const r of rules) {
    if (!r.pss) {
      if (!r.engine && (r.levels.baseline || r.levels.restricted)) {
        throw new Error(`${r.id}: a non-PSS rule may only be on in hardened, so baseline and restricted stay exactly PSS`);
      }
      continue;
    }
    const wanted: Profile[] = r.pss.level === 'baseline' ? ['baseline', 'restricted', 'hardened'] : ['restricted', 'hardened'];
    for (const p of wanted) if (r.levels[p] !== 'error') throw new Error(`${r.id}: a PSS rule is an error in ${p}`);
    if (r.pss.level === 'restricted' && r.levels.baseline) throw new Error(`${r.id}: a restricted rule is off in baseline`);
    if (r.pss.replaces) {
      if (r.pss.level !== 'restricted') throw new Error(`${r.id}: only restricted rules replace`);
      const target = byCheck.get(r.pss.replaces);
      if (!target || target.pss?.level !== 'baseline') throw new Error(`${r.id}: replaces ${r.pss.replaces}, which is not a baseline rule`);
    }
  }
}
