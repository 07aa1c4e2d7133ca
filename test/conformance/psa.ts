// PSA's test fixtures, as bundled in test/fixtures/pss/fixtures.json.gz (see the README beside it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface PsaFixture {
  file: string;                      // <level>/v1.N/<pass|fail>/<name>.yaml, as in PSA's test/testdata
  level: 'baseline' | 'restricted';
  version: string;                   // 1.N
  expect: 'pass' | 'fail';
  check: string | null;
  acceptChecks?: string[];
  text: string;                      // the YAML, unchanged
}

export interface PsaFixtures {
  source: { repo: string; path: string; commit: string; license: string };
  checks: Record<string, 'baseline' | 'restricted'>;
  fixtures: PsaFixture[];
}

let cached: PsaFixtures | undefined;

export function psaFixtures(): PsaFixtures {
  cached ??= JSON.parse(gunzipSync(readFileSync(join(import.meta.dirname, '../fixtures/pss/fixtures.json.gz'))).toString('utf8')) as PsaFixtures;
  return cached;
}
