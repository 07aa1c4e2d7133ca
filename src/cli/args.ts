// Each command's options in one place: parsed with Node's parser, reported in podguard's own words (with "did you
// mean" for a near miss), and printed by --help with their defaults and an example.
import { parseArgs } from 'node:util';
import { DEFAULT_PROFILE } from '../engine/defaults.js';
import { didYouMean } from './suggest.js';

export class UsageError extends Error {}

export interface OptionSpec {
  name: string;
  short?: string;
  type: 'string' | 'boolean';
  multiple?: boolean;
  /** What the value is called in the help (FILE, GLOB), when it is not one of `values`. */
  arg?: string;
  values?: readonly string[];
  default?: string;
  help: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  /** What the positional arguments are, for the help. */
  operands?: string;
  options: OptionSpec[];
  examples: string[];
  /** Further lines of help after the options. */
  more?: string[];
}

const SETTINGS: OptionSpec[] = [
  { name: 'profile', type: 'string', values: ['baseline', 'restricted', 'hardened'], default: DEFAULT_PROFILE, help: 'baseline or restricted: the Pod Security Standards as Pod Security Admission applies them; hardened: restricted plus podguard\'s hardening rules' },
  { name: 'k8s-version', type: 'string', arg: '1.N|latest', default: 'latest', help: 'the Kubernetes version whose standards apply' },
  { name: 'config', type: 'string', arg: 'FILE', default: 'the nearest .podguard.yaml from the first PATH up to the repository root', help: 'the configuration file' },
  { name: 'exclude', type: 'string', multiple: true, arg: 'GLOB', help: 'never read paths matching GLOB (without a /, it matches a file or folder name at any depth), besides the configuration\'s exclude' },
];
const HELP: OptionSpec = { name: 'help', short: 'h', type: 'boolean', help: 'print this help' };

export const COMMANDS: Record<'scan' | 'fix' | 'rules' | 'schema' | 'lsp', CommandSpec> = {
  scan: {
    name: 'scan',
    summary: 'report the pod-security problems of Kubernetes manifests',
    usage: 'podguard scan [PATH ...] [options]',
    operands: 'PATH: files, directories (read recursively for *.yaml, *.yml and *.json), or - for standard input (default: .)',
    options: [
      ...SETTINGS,
      { name: 'format', type: 'string', multiple: true, values: ['text', 'json', 'sarif', 'github'], default: 'text', help: 'the output format; repeat it with --output to write several formats in one run' },
      { name: 'output', short: 'o', type: 'string', multiple: true, arg: 'FILE', default: 'standard output', help: 'write the --format just before it to FILE' },
      { name: 'fail-on', type: 'string', values: ['error', 'warning', 'never'], default: 'error', help: 'exit 1 when a finding is at or above this level; suppressed findings never count' },
      { name: 'color', type: 'string', values: ['auto', 'always', 'never'], default: 'auto', help: 'colour text on standard output (auto: on a terminal, or when FORCE_COLOR is set; never when NO_COLOR is)' },
      { name: 'shard', type: 'string', arg: 'I/N', help: 'scan only part I of N of the files (chosen by a hash of each path), for N jobs of a CI matrix; their JSON or SARIF outputs merge into one (see the README)' },
      HELP,
    ],
    examples: [
      'podguard scan deploy/ --profile restricted',
      'podguard scan . --exclude "vendor/**" --format text --format sarif --output podguard.sarif',
      'kubectl get pods -A -o yaml | podguard scan -',
    ],
    more: ['Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 a usage error or an unreadable path.'],
  },
  fix: {
    name: 'fix',
    summary: 'fix what can be fixed: print a unified diff, rewrite the files (--write) or print the fixed file (--stdout)',
    usage: 'podguard fix [PATH ...] [options]',
    operands: 'PATH: files, directories (read recursively for *.yaml, *.yml and *.json), or - for standard input (default: .)',
    options: [
      ...SETTINGS,
      { name: 'write', type: 'boolean', help: 'rewrite the files in place instead of printing a diff' },
      { name: 'stdout', type: 'boolean', help: 'print the fixed file instead of a diff (one PATH: a file, or - for standard input)' },
      { name: 'unsafe-fixes', type: 'boolean', help: 'also make the fixes that take away something a manifest asks for (they may break a workload)' },
      HELP,
    ],
    examples: [
      'podguard fix deploy/                 # review the safe fixes as a diff',
      'podguard fix deploy/ --write         # apply them',
      'kubectl get deploy web -o yaml | podguard fix - --stdout | kubectl apply -f -',
    ],
    more: ['Exit codes: without --write or --stdout, 1 when there is something to fix; 0 otherwise; 2 a usage error or an unreadable path.'],
  },
  rules: {
    name: 'rules',
    summary: 'list the rules, or explain one: why it matters, how to fix it, its levels, examples and documentation',
    usage: 'podguard rules [RULE] [options]',
    operands: 'RULE: a rule id, to print that rule in full',
    options: [
      { name: 'format', type: 'string', values: ['text', 'markdown', 'json'], default: 'text', help: 'the output format (markdown: the README table, or the rule\'s documentation page)' },
      { name: 'update', type: 'string', arg: 'FILE', help: 'rewrite the rule table between the markers in FILE (README.md)' },
      { name: 'pages', type: 'string', arg: 'DIR', help: 'write one documentation page per rule, DIR/<rule>.md (docs/rules)' },
      HELP,
    ],
    examples: ['podguard rules', 'podguard rules privileged', 'podguard rules --format json'],
  },
  schema: {
    name: 'schema',
    summary: 'print the JSON Schema of .podguard.yaml',
    usage: 'podguard schema',
    options: [HELP],
    examples: ['podguard schema > podguard-config.schema.json'],
  },
  lsp: {
    name: 'lsp',
    summary: 'run the language server on standard input and output, for editors (findings as you type, quick fixes)',
    usage: 'podguard lsp [--stdio]',
    options: [{ name: 'stdio', type: 'boolean', help: 'talk over standard input and output (the only transport; editors pass it)' }, HELP],
    examples: ['podguard lsp --stdio'],
  },
};

export type CommandName = keyof typeof COMMANDS;
export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  /** The options in the order given, for --format/--output pairs. */
  order: Array<{ name: string; value?: string }>;
}

/** The parsed arguments, or 'help' when --help or -h comes before any `--`. */
export function parseCommand(spec: CommandSpec, args: string[]): Parsed | 'help' {
  const end = args.indexOf('--');
  if ((end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h')) return 'help';
  const options = Object.fromEntries(spec.options.map((o) => [o.name, { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) }]));
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, tokens: true, strict: true });
  } catch (e) {
    throw new UsageError(describe(spec, e as Error & { code?: string }));
  }
  const order = parsed.tokens.flatMap((t) => (t.kind === 'option' ? [{ name: t.name, value: t.value }] : []));
  return { values: parsed.values as Parsed['values'], positionals: parsed.positionals, order };
}

function describe(spec: CommandSpec, e: Error & { code?: string }): string {
  const named = /'(-{1,2}[^' =]+)/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const names = spec.options.map((o) => `--${o.name}`);
    return `unknown option ${named}${didYouMean(named, names)}`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = spec.options.find((o) => `--${o.name}` === named || `-${o.short}` === named);
    if (option?.type === 'boolean') return `--${option.name} takes no value`;
    if (option) return `--${option.name} needs a value: ${option.values ? option.values.join(', ') : option.arg}`;
  }
  return e.message.split('\n')[0];
}

/** A value that must be one of a few words, with "did you mean" for a near miss. */
export function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}"${didYouMean(value, allowed)}`);
  return value as T;
}

/** The help of one command: what it does, usage, options with their defaults, examples. */
export function commandHelp(spec: CommandSpec): string {
  const flag = (o: OptionSpec) => `${o.short ? `-${o.short}, ` : ''}--${o.name}${o.type === 'string' ? ` ${o.values ? o.values.join('|') : o.arg}` : ''}`;
  const width = Math.max(...spec.options.map((o) => flag(o).length)) + 2;
  const lines = [...wrap(`podguard ${spec.name}: ${spec.summary}`, 2), '', `Usage: ${spec.usage}`];
  if (spec.operands) lines.push('', ...wrap(spec.operands, 2));
  lines.push('', 'Options:');
  for (const o of spec.options) {
    const extra = [o.multiple ? 'repeatable' : '', o.default ? `default: ${o.default}` : ''].filter(Boolean).join('; ');
    lines.push(...wrap(`  ${flag(o).padEnd(width)}${o.help}${extra ? ` (${extra})` : ''}`, width + 2));
  }
  if (spec.more) lines.push('', ...spec.more.flatMap((m) => wrap(m, 2)));
  lines.push('', spec.examples.length > 1 ? 'Examples:' : 'Example:', ...spec.examples.map((x) => `  ${x}`));
  return lines.join('\n') + '\n';
}

/** Lines of at most 100 columns; continuation lines are indented to the description column. */
function wrap(line: string, hang: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > 100) {
    const cut = rest.lastIndexOf(' ', 100);
    if (cut <= hang) break;
    out.push(rest.slice(0, cut));
    rest = ' '.repeat(hang) + rest.slice(cut + 1);
  }
  return [...out, rest];
}
