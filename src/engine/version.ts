// Kubernetes versions are written one way only: the string '1.N'.
export type K8sVersion = `1.${number}`;

/** The newest policy version the rules know; PSA evaluates anything newer as this. */
export const LATEST: K8sVersion = '1.37';

export function minor(v: K8sVersion): number {
  return Number(v.slice(2));
}

export function compareVersions(a: K8sVersion, b: K8sVersion): number {
  return minor(a) - minor(b);
}

/**
 * Reads a user's version ('latest', '1.29', 'v1.29', '1.29.3'); newer than LATEST is lowered to it.
 * Throws a one-line Error for anything else.
 */
export function parseVersion(input: string): K8sVersion {
  const text = input.trim();
  if (text === 'latest') return LATEST;
  const m = /^v?1\.(\d{1,3})(?:\.\d+)?$/.exec(text);
  if (!m) throw new Error(`"${input}" is not a Kubernetes version: use 1.N (for example 1.30) or latest`);
  const v = `1.${Number(m[1])}` as K8sVersion;
  return compareVersions(v, LATEST) > 0 ? LATEST : v;
}
