// "Did you mean": the nearest known word to a near miss, by edit distance (insertions, deletions, substitutions and
// swaps of two neighbours, the typos people make).

/** Optimal string alignment distance between two words. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

/**
 * The candidate closest to `word`, when it is close enough to be a typo of it: within a third of its length (at
 * least 1, at most 3 edits), or a candidate that starts with the word (an abbreviation such as --unsafe).
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  const allowed = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
  if (best !== undefined && bestDistance <= allowed && best !== word) return best;
  if (w.length >= 3) return candidates.find((c) => c.toLowerCase().startsWith(w) && c.toLowerCase() !== w);
  return undefined;
}

/** " (did you mean X?)" or "". */
export function didYouMean(word: string, candidates: readonly string[], show: (c: string) => string = (c) => c): string {
  const n = nearest(word, candidates);
  return n === undefined ? '' : ` (did you mean ${show(n)}?)`;
}
