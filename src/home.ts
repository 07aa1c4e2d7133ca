// The project's one home. Every link podguard prints (SARIF, --help) is built from here; package.json, README and
// action.yml spell the same address, and test/meta/home.test.ts keeps them in step.
export const REPOSITORY = 'podguard/podguard';
export const HOME = `https://github.com/${REPOSITORY}`;
export const ISSUES = `${HOME}/issues`;
/** The `uses:` value of the GitHub Action at its current major version. */
export const ACTION = `${REPOSITORY}@v1`;

/** The documentation page of one rule (docs/rules/<id>.md), linked from every finding of that rule. */
export function ruleDocsUrl(ruleId: string): string {
  return `${HOME}/blob/main/docs/rules/${ruleId}.md`;
}
