import { RULES } from '../rules/index.js';
import { activeRules } from './registry.js';
import type { Level, Profile } from './rule.js';
import type { K8sVersion } from './version.js';

/** The level of every rule on in this profile and version, engine findings included. */
export function ruleLevels(profile: Profile, version: K8sVersion): Map<string, Level> {
  const levels = new Map(activeRules(RULES, profile, version).map((a) => [a.rule.id, a.level] as const));
  for (const r of RULES) if (r.engine && r.levels[profile]) levels.set(r.id, r.levels[profile]!);
  return levels;
}
