// The Action's inputs, read and checked once; the configuration file they point at is read here too.
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { findConfig, loadConfig, type Config } from '../config/load.js';
import { DEFAULT_PROFILE } from '../engine/defaults.js';
import { PROFILES, type Level, type Profile } from '../engine/rule.js';
import { parseVersion, type K8sVersion } from '../engine/version.js';
import { parsePaths, refusal } from './pull-request.js';

export interface Inputs {
  config?: Config;
  patterns: string[];
  profile: Profile;
  k8sVersion: K8sVersion;
  failOn: Level | 'never';
  failOnScope: 'new' | 'all';
  onlyChanged: boolean;
  token: string;
  sarifFile: string;
  suggestions: boolean;
  /** Whether fixes that take away what a manifest asks for are offered as suggestions too (with a warning). */
  unsafeSuggestions: boolean;
}

export function readInputs(workspace: string): Inputs {
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback = allowed[0]): T => {
    const value = core.getInput(name) || fallback;
    if (!(allowed as readonly string[]).includes(value)) throw new Error(`input ${name} must be one of ${allowed.join(', ')}, not "${value}"`);
    return value as T;
  };
  // The same .podguard.yaml as the CLI reads; the profile and version inputs, when given, win over it.
  const configInput = core.getInput('config');
  if (configInput) {
    const reason = refusal(workspace, configInput);
    if (reason) throw new Error(`input config: ${configInput}: ${reason}`);
  }
  const configFile = configInput ? resolve(workspace, configInput) : findConfig(workspace);
  const config = configFile ? loadConfig(configFile) : undefined;
  return {
    config,
    patterns: parsePaths(core.getInput('paths') || '**/*.yaml\n**/*.yml'),
    profile: oneOf<Profile>('profile', PROFILES, config?.profile ?? DEFAULT_PROFILE),
    k8sVersion: parseVersion(core.getInput('k8s-version') || config?.k8sVersion || 'latest'),
    failOn: oneOf('fail-on', ['error', 'warning', 'never'] as const),
    failOnScope: oneOf('fail-on-scope', ['new', 'all'] as const),
    onlyChanged: (core.getInput('only-changed') || 'true').toLowerCase() !== 'false',
    token: core.getInput('github-token'),
    sarifFile: core.getInput('sarif-file'),
    suggestions: (core.getInput('suggestions') || 'false').toLowerCase() === 'true',
    unsafeSuggestions: (core.getInput('unsafe-suggestions') || 'true').toLowerCase() !== 'false',
  };
}
