// What a configuration means for analyze(): the same mapping for every surface that reads .podguard.yaml.
import type { AnalyzeOptions } from '../engine/analyze.js';
import { utcToday } from '../engine/suppress.js';
import type { Config } from './load.js';

/** Today as YYYY-MM-DD; PODGUARD_TODAY fixes it, for reproducible runs and tests. */
export function today(): string {
  return process.env.PODGUARD_TODAY || utcToday();
}

export function analyzeOptions(config: Config | undefined): Omit<AnalyzeOptions, 'profile' | 'k8sVersion'> {
  if (!config) return { suppressions: { today: today() } };
  return {
    levels: config.levels,
    disabled: config.disabled,
    fixDefaults: config.fix,
    customResources: config.customResources,
    suppressions: { today: today(), exemptions: config.exemptions, locked: config.locked, lockedBy: config.file },
  };
}
