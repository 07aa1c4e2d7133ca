// node scripts/psa-fixtures.mjs <dir>: packs PSA's fixtures into test/fixtures/pss/fixtures.json.gz, the one file the
// tests read. <dir> holds index.json and the YAML files it names (<level>/v1.N/<pass|fail>/<name>.yaml), as
// test/fixtures/pss/README.md describes. One gzipped JSON file keeps 4,537 small files (20 MB on disk) at ~100 kB.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/psa-fixtures.mjs <directory holding index.json and the fixtures>');
  process.exit(2);
}
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
index.fixtures = index.fixtures.map((f) => ({ ...f, text: readFileSync(join(dir, f.file), 'utf8') }));
const out = new URL('../test/fixtures/pss/fixtures.json.gz', import.meta.url);
writeFileSync(out, gzipSync(JSON.stringify(index), { level: 9 }));
console.log(`${index.fixtures.length} fixtures -> ${out.pathname}`);
