// Facts about a rule that follow from the whole rule list: its level in each profile, or the restricted rule that
// replaces it there (PSA's override, as activeRules applies it), and its security severity.
import type { AnyRule, Level, Profile, Risk } from './rule.js';
import { PROFILES } from './rule.js';
import type { K8sVersion } from './version.js';

export interface ProfileLevel {
  profile: Profile;
  /** Off in the profile when absent. */
  level?: Level;
  /** The rule that judges instead of this one in the profile, from the version it exists (before it, this rule does). */
  replacedBy?: { id: string; from: K8sVersion };
}

export function profileLevels(rule: AnyRule, rules: readonly AnyRule[]): ProfileLevel[] {
  return PROFILES.map((profile) => {
    const level = rule.levels[profile];
    const by = profile === 'baseline' || !rule.pss ? undefined : rules.find((r) => r.pss?.replaces === rule.pss!.check && r.levels[profile]);
    const from = by?.versions[0]?.from;
    return { profile, ...(level ? { level } : {}), ...(by && from ? { replacedBy: { id: by.id, from } } : {}) };
  });
}

/** A level in words: "error", "–", "replaced by X", or "replaced by X from 1.22 (error before)". */
export function levelWords(p: ProfileLevel, link: (id: string) => string = (id) => id): string {
  if (p.replacedBy) {
    const since = p.replacedBy.from === '1.0' ? '' : ` from ${p.replacedBy.from} (${p.level} before)`;
    return `replaced by ${link(p.replacedBy.id)}${since}`;
  }
  return p.level ?? '–';
}

/**
 * GitHub code scanning's security-severity, by risk: critical 9.0 and up, high 7.0–8.9, medium 4.0–6.9, low 0.1–3.9.
 * Each risk gets one value inside its band.
 */
export const SECURITY_SEVERITY: Record<Risk, string> = { critical: '9.0', high: '7.5', medium: '5.0', low: '2.0' };

export function securitySeverity(rule: AnyRule): string {
  return SECURITY_SEVERITY[rule.risk ?? 'medium'];
}

/** "from 1.22; changed in 1.25, 1.35", or "every version". */
export function versionWords(rule: AnyRule): string {
  const [first, ...later] = rule.versions.map((v) => v.from);
  if (!first) return 'every version';
  const start = first === '1.0' ? 'every version' : `from ${first}`;
  return later.length > 0 ? `${start}; changed in ${later.join(', ')}` : start;
}

/** The lowest profile in which the rule is on: where its failing example fails. */
export function firstProfile(rule: AnyRule): Profile {
  return PROFILES.find((p) => rule.levels[p]) ?? 'hardened';
}
