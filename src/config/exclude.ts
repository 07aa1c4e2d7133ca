// Paths a run never reads: the `exclude:` globs of .podguard.yaml (relative to its folder) and --exclude (relative
// to the working directory). As in .gitignore, a glob without "/" matches a file or folder name at any depth, one
// with "/" matches a path from its base, and a matched folder excludes everything in it.
import { basename, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';

export interface ExcludeSet {
  /** The folder globs with a "/" are relative to. */
  base: string;
  globs: string[];
}

/** A test for one path (as given, or found in a walk); undefined when nothing is excluded. */
export function excluder(sets: ExcludeSet[]): ((path: string) => boolean) | undefined {
  const compiled = sets.flatMap((s) => s.globs.map((g) => {
    const glob = g.replace(/^\.\//, '').replace(/\/+$/, '');
    const anchored = glob.includes('/');
    return { base: resolve(s.base), glob: glob.replace(/^\//, ''), anchored };
  }));
  if (compiled.length === 0) return undefined;
  const options = { dot: true };
  return (path: string) => {
    const absolute = resolve(path);
    return compiled.some(({ base, glob, anchored }) => {
      const rel = relative(base, absolute).split(sep).join('/');
      const inside = rel !== '' && !rel.startsWith('../') && rel !== '..';
      // Outside its base a glob can still match the name of what is read.
      if (!inside) return !anchored && minimatch(basename(absolute), glob, options);
      const segments = rel.split('/');
      return segments.some((name, i) => {
        if (!anchored) return minimatch(name, glob, options);
        const prefix = segments.slice(0, i + 1).join('/');
        return minimatch(prefix, glob, options) || minimatch(`${prefix}/`, glob, options);
      });
    });
  };
}
