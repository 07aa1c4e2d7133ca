// Where scan's results go: one or more formats, each to standard output or to the file named after it
// (`--format text --format sarif --output podguard.sarif`), and whether text is coloured.
import { closeSync, openSync, writeSync } from 'node:fs';
import { UsageError, choice } from './args.js';
import { describeError } from '../source/read.js';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface OutputSpec {
  format: Format;
  /** Absent: standard output. */
  file?: string;
}

/**
 * Pairs each --output with the --format just before it; an --output before any --format is the default format's
 * (text). At most one format goes to standard output.
 */
export function outputSpecs(order: Array<{ name: string; value?: string }>): OutputSpec[] {
  const specs: OutputSpec[] = [];
  for (const { name, value } of order) {
    if (name === 'format') specs.push({ format: choice('format', value, FORMATS, 'text') });
    else if (name === 'output') {
      const last = specs.at(-1);
      if (!last && value !== undefined) specs.push({ format: 'text', file: value });
      else if (last && last.file === undefined) last.file = value;
      else throw new UsageError(`--output ${value} follows another --output: give a --format before each --output`);
    }
  }
  if (specs.length === 0) specs.push({ format: 'text' });
  const toStdout = specs.filter((s) => s.file === undefined);
  if (toStdout.length > 1) throw new UsageError(`--format ${toStdout[0].format} and --format ${toStdout[1].format} would both go to standard output: give one of them an --output FILE`);
  const github = specs.find((s) => s.format === 'github' && s.file !== undefined);
  if (github) throw new UsageError('--format github writes workflow commands for the Actions runner, which reads standard output: give it no --output');
  const files = specs.flatMap((s) => (s.file === undefined ? [] : [s.file]));
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice) throw new UsageError(`--output ${twice} is given twice`);
  return specs;
}

/** A sink for text: standard output, or a file opened before the scan starts (so a bad path fails fast). */
export interface Writer {
  write: (text: string | Uint8Array) => void;
  close: () => void;
}

export function fileWriter(file: string): Writer {
  let fd: number;
  try {
    fd = openSync(file, 'w');
  } catch (e) {
    throw new UsageError(`--output ${file}: cannot write it: ${describeError(e)}`);
  }
  // Two calls, since writeSync's overloads take a string or bytes, not either.
  return { write: (text) => void (typeof text === 'string' ? writeSync(fd, text) : writeSync(fd, text)), close: () => closeSync(fd) };
}

/**
 * Colour for text on standard output: --color always/never decides; with auto, FORCE_COLOR (set and not "0" or
 * "false") turns it on, else NO_COLOR (set and not empty) turns it off, else a terminal turns it on.
 */
export function colourWanted(flag: string | undefined, isTty: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  const mode = choice('color', flag, ['auto', 'always', 'never'] as const, 'auto');
  if (mode !== 'auto') return mode === 'always';
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  return isTty;
}
