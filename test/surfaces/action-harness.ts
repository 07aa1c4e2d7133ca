// Runs dist/index.js the way the Actions runner does, against a local stand-in for the GitHub REST API, in a git
// work tree whose pull-request patches are made by `git diff`.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO } from './cli.js';

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  authorization?: string;
}

export interface PullFileJson {
  filename: string;
  status: string;
  previous_filename?: string;
  patch?: string;
  sha?: string;
}

/** A review the stand-in accepted. */
export interface PostedReview {
  id: number;
  body: string;
  commit_id?: string;
  event?: string;
  comments: Array<{ path: string; line: number; start_line?: number; side: string; body: string }>;
}

/** A failure to answer in place of a route's normal answer: a status, and the body GitHub would send. */
export type Failure = number | { status: number; body: unknown };

/** GitHub lists at most this many files of a pull request, whatever its size. */
export const LISTED_FILES_LIMIT = 3000;

/** The right-side line ranges (1-based, inclusive) of each hunk of a patch, read independently of the Action's code. */
export function rightSideHunks(patch: string | undefined): Array<[number, number]> {
  const hunks: Array<[number, number]> = [];
  for (const m of (patch ?? '').matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const length = m[2] === undefined ? 1 : Number(m[2]);
    if (length > 0) hunks.push([start, start + length - 1]);
  }
  return hunks;
}

/** The lines (1-based, right side) a patch adds. */
export function addedByPatch(patch: string | undefined): Set<number> {
  const added = new Set<number>();
  let line = 0;
  for (const l of (patch ?? '').split('\n')) {
    const h = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(l);
    if (h) line = Number(h[1]);
    else if (l.startsWith('+')) added.add(line++);
    else if (l.startsWith(' ')) line++;
  }
  return added;
}

/** The REST routes the Action uses, with pagination, recorded requests and injectable failures. */
export class FakeGitHub {
  readonly requests: Recorded[] = [];
  files: PullFileJson[] = [];
  reviewComments: Array<{ path: string; line: number; body: string }> = [];
  readonly reviews: PostedReview[] = [];
  /** Files served by GET /repos/{o}/{r}/contents/{path}?ref=, keyed by "ref:path". */
  readonly contents = new Map<string, string>();
  /** Failures to answer, in turn, before serving a route normally (keyed by "METHOD route", e.g. "POST reviews"). */
  readonly failures = new Map<string, Failure[]>();
  /**
   * Comments GitHub would refuse for a reason the Action cannot see in the patch (the head moved, say): the answer is a
   * 422 whose errors name them by index, as "comments[2]".
   */
  refuse?: (comment: PostedReview['comments'][number]) => boolean;
  private server = createServer((req, res) => this.handle(req, res));
  baseUrl = '';

  async start(prefix = ''): Promise<string> {
    await new Promise<void>((ok) => this.server.listen(0, '127.0.0.1', ok));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${prefix}`;
    return this.baseUrl;
  }

  stop(): Promise<void> {
    return new Promise((ok) => this.server.close(() => ok()));
  }

  private page<T>(req: IncomingMessage, res: ServerResponse, url: URL, items: T[]): void {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string) => {
      const u = new URL(url.toString());
      u.searchParams.set('page', String(p));
      return `<${this.baseUrl.replace(/\/api\/v3$/, '')}${u.pathname}${u.search}>; rel="${rel}"`;
    };
    const links = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    if (links.length > 0) res.setHeader('Link', links.join(', '));
    this.json(res, 200, items.slice((page - 1) * perPage, page * perPage));
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  /**
   * Why GitHub would refuse a review's comments, in its words: each comment needs a line (no subject_type in a review),
   * on the right side, inside a hunk of that file's patch, with start_line in the same hunk and before it.
   */
  private reviewErrors(comments: Array<Record<string, unknown>>): string[] {
    const errors = new Set<string>();
    comments.forEach((c, i) => {
      const file = this.files.find((f) => f.filename === c.path);
      const hunks = rightSideHunks(file?.patch);
      const line = c.line as number | undefined;
      const start = c.start_line as number | undefined;
      if ('subject_type' in c || 'position' in c) errors.add('Line could not be resolved');
      else if (!file) errors.add('Pull request review thread path is invalid');
      else if (typeof line !== 'number') errors.add('Line could not be resolved');
      else if (c.side !== undefined && c.side !== 'RIGHT') errors.add('Pull request review thread line must be part of the diff');
      else if (hunks.length === 0) errors.add("Pull request review thread diff hunk can't be blank");
      else {
        const hunk = hunks.find(([a, b]) => a <= line && line <= b);
        if (!hunk) errors.add('Pull request review thread line must be part of the diff');
        else if (start !== undefined && !(hunk[0] <= start && start < line)) errors.add('Pull request review thread start line must be part of the same hunk as the line.');
      }
      if (errors.size === 0 && this.refuse?.(c as PostedReview['comments'][number])) errors.add(`comments[${i}] could not be resolved`);
    });
    return [...errors];
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://127.0.0.1');
      const prefix = new URL(this.baseUrl).pathname.replace(/\/$/, '');
      const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
      const body = raw ? JSON.parse(raw) : undefined;
      this.requests.push({ method: req.method!, path, query: url.searchParams, body, authorization: req.headers.authorization });
      const route = /^\/repos\/[^/]+\/[^/]+\/(?:pulls\/\d+\/(files|comments|reviews)$|(contents)\/)/.exec(path)?.slice(1).find((x) => x);
      const key = `${req.method} ${route}`;
      const failing = this.failures.get(key);
      if (failing && failing.length > 0) {
        const failure = failing.shift()!;
        if (typeof failure !== 'number') return this.json(res, failure.status, failure.body);
        // GitHub's own words for a token that may not do this (a fork's read-only token, a missing permission).
        return this.json(res, failure, { message: failure === 403 ? 'Resource not accessible by integration' : 'Server Error', documentation_url: 'https://docs.github.com/rest' });
      }
      const content = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(path);
      if (req.method === 'GET' && content) {
        const text = this.contents.get(`${url.searchParams.get('ref')}:${decodeURIComponent(content[1])}`);
        if (text === undefined) return this.json(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content' });
        if (!/raw/.test(String(req.headers.accept))) return this.json(res, 415, { message: 'expected the raw media type' });
        res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
        return res.end(text);
      }
      if (req.method === 'GET' && route === 'files') return this.page(req, res, url, this.files.slice(0, LISTED_FILES_LIMIT));
      if (req.method === 'GET' && route === 'comments') return this.page(req, res, url, this.reviewComments);
      if (req.method === 'GET' && route === 'reviews') return this.page(req, res, url, this.reviews);
      if (req.method === 'POST' && route === 'reviews') {
        const comments = (body?.comments ?? []) as Array<Record<string, unknown>>;
        const errors = this.reviewErrors(comments);
        if (errors.length > 0) return this.json(res, 422, { message: 'Unprocessable Entity', errors, documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request', status: '422' });
        if (comments.length === 0 && !body?.body) return this.json(res, 422, { message: 'Unprocessable Entity', errors: ['Body is required'], status: '422' });
        const review: PostedReview = { id: this.reviews.length + 1, body: body.body ?? '', commit_id: body.commit_id, event: body.event, comments: comments as PostedReview['comments'] };
        this.reviews.push(review);
        for (const c of review.comments) this.reviewComments.push({ path: c.path, line: c.line, body: c.body });
        return this.json(res, 200, { id: review.id, state: 'COMMENTED', body: review.body });
      }
      this.json(res, 404, { message: 'Not Found' });
    });
  }
}

/** A Deployment that passes hardened, with room to make it worse. */
export function deployment(name: string, extra: { container?: string; pod?: string } = {}): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        runAsGroup: 10001
        seccompProfile: {type: RuntimeDefault}
${extra.pod ?? ''}      containers:
        - name: ${name}
          image: registry.example/${name}:1
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities: {drop: [ALL]}
${extra.container ?? ''}`;
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' } });

/** A git repository with a base commit and a head commit; `files()` lists the change as the REST API would. */
export class Workspace {
  readonly dir = mkdtempSync(join(tmpdir(), 'podguard-ws-'));
  base = '';
  head = '';

  constructor(baseFiles: Record<string, string>) {
    git(this.dir, 'init', '-q', '-b', 'main');
    this.write(baseFiles);
    git(this.dir, 'add', '-A');
    git(this.dir, 'commit', '-qm', 'base');
    this.base = git(this.dir, 'rev-parse', 'HEAD').trim();
  }

  write(files: Record<string, string>): void {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, name)), { recursive: true });
      writeFileSync(join(this.dir, name), text);
    }
  }

  remove(name: string): void {
    rmSync(join(this.dir, name));
  }

  move(from: string, to: string): void {
    mkdirSync(dirname(join(this.dir, to)), { recursive: true });
    git(this.dir, 'mv', from, to);
  }

  link(name: string, target: string): void {
    symlinkSync(target, join(this.dir, name));
  }

  commit(): void {
    git(this.dir, 'add', '-A');
    git(this.dir, 'commit', '-qm', 'head', '--allow-empty');
    this.head = git(this.dir, 'rev-parse', 'HEAD').trim();
  }

  /** Checks out a commit, detached, as actions/checkout does. */
  checkout(sha: string): void {
    git(this.dir, 'checkout', '-q', '--detach', sha);
  }

  /**
   * The merge commit actions/checkout checks out for `pull_request` (refs/pull/N/merge): the base branch moved on with
   * `moved`, then the head merged into it. Returns the moved base's commit and the merge commit; the merge is checked out.
   */
  merge(moved: Record<string, string>): { tip: string; merge: string } {
    this.checkout(this.base);
    this.write(moved);
    git(this.dir, 'add', '-A');
    git(this.dir, 'commit', '-qm', 'base moved on');
    const tip = git(this.dir, 'rev-parse', 'HEAD').trim();
    git(this.dir, 'merge', '-q', '--no-ff', '-m', 'merge', this.head);
    return { tip, merge: git(this.dir, 'rev-parse', 'HEAD').trim() };
  }

  /** A copy of the head commit's files in a new repository without the base commit (as a shallow checkout lacks it). */
  headOnly(): string {
    const copy = mkdtempSync(join(tmpdir(), 'podguard-head-'));
    for (const file of git(this.dir, 'ls-files').trim().split('\n')) {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      writeFileSync(join(copy, file), readFileSync(join(this.dir, file)));
    }
    git(copy, 'init', '-q', '-b', 'main');
    git(copy, 'add', '-A');
    git(copy, 'commit', '-qm', 'head only');
    return copy;
  }

  /** A copy of one commit's files in a new repository without this history (a shallow checkout of that commit). */
  copyOf(sha: string): string {
    const copy = mkdtempSync(join(tmpdir(), 'podguard-copy-'));
    for (const file of git(this.dir, 'ls-tree', '-r', '--name-only', sha).trim().split('\n')) {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      writeFileSync(join(copy, file), execFileSync('git', ['show', `${sha}:${file}`], { cwd: this.dir }));
    }
    git(copy, 'init', '-q', '-b', 'main');
    git(copy, 'add', '-A');
    git(copy, 'commit', '-qm', `copy of ${sha.slice(0, 7)}`);
    return copy;
  }

  /** A file as at a commit, as the contents API would serve it at that ref. */
  textAt(sha: string, path: string): string {
    return git(this.dir, 'show', `${sha}:${path}`);
  }

  /** The base version of a file, as the contents API would serve it. */
  baseText(path: string): string {
    return git(this.dir, 'show', `${this.base}:${path}`);
  }

  /** The pull request's files: status, previous name, and the patch text GitHub sends (the diff from its first hunk). */
  files(): PullFileJson[] {
    const out: PullFileJson[] = [];
    for (const line of git(this.dir, 'diff', '--name-status', '-M', this.base, this.head).trim().split('\n')) {
      const [code, a, b] = line.split('\t');
      const status = code.startsWith('R') ? 'renamed' : ({ A: 'added', M: 'modified', D: 'removed', T: 'changed' } as Record<string, string>)[code[0]];
      const filename = b ?? a;
      const diff = git(this.dir, 'diff', '-M', this.base, this.head, '--', ...(b ? [a, b] : [a]));
      const hunk = diff.indexOf('\n@@');
      // The listing names each file's blob at the head (a removed file's, at the base).
      const sha = git(this.dir, 'rev-parse', `${status === 'removed' ? this.base : this.head}:${filename}`).trim();
      out.push({ filename, status, sha, ...(b ? { previous_filename: a } : {}), ...(hunk >= 0 ? { patch: diff.slice(hunk + 1).replace(/\n$/, '') } : {}) });
    }
    return out;
  }
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Array<{ level: string; props: Record<string, string>; message: string }>;
}

export const DEFAULT_INPUTS: Record<string, string> = {
  paths: '**/*.yaml\n**/*.yml',
  profile: '',
  'k8s-version': '',
  config: '',
  'fail-on': 'error',
  'fail-on-scope': 'new',
  'only-changed': 'true',
  'github-token': 'test-token',
  'sarif-file': '',
  suggestions: 'false',
};

/** Starts `node dist/index.js` as the runner does and collects what it wrote. */
export async function runAction(options: {
  workspace: string;
  apiUrl?: string;
  event: 'pull_request' | 'pull_request_target' | 'push';
  payload: unknown;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}): Promise<ActionRun> {
  const runnerDir = mkdtempSync(join(tmpdir(), 'podguard-runner-'));
  const eventPath = join(runnerDir, 'event.json');
  const outputPath = join(runnerDir, 'output');
  const summaryPath = join(runnerDir, 'summary');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    ...options.env,
  };
  for (const [name, value] of Object.entries({ ...DEFAULT_INPUTS, ...options.inputs })) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [join(REPO, 'dist/index.js')], { cwd: options.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8'), annotations: parseAnnotations(stdout) };
}

/** GITHUB_OUTPUT's `name<<DELIMITER … DELIMITER` format, as @actions/core writes it. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

function parseAnnotations(stdout: string) {
  return stdout
    .split('\n')
    .map((l) => /^::(error|warning|notice) (.*?)::(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({
      level: m[1],
      props: Object.fromEntries(m[2].split(',').map((kv) => kv.split('=') as [string, string])),
      message: m[3].replace(/%0A/g, '\n').replace(/%25/g, '%'),
    }));
}

/**
 * The event's pull_request as GitHub sends it: a fork's head lives in another repository; changed_files counts every
 * file, listed or not.
 */
export function prPayload(ws: Workspace, number = 7, options: { fork?: boolean; changedFiles?: number } = {}) {
  const repo = { full_name: 'octo/shop', fork: false };
  return {
    pull_request: {
      number,
      head: { sha: ws.head, ref: 'feature', repo: options.fork ? { full_name: 'mallory/shop', fork: true } : repo },
      base: { sha: ws.base, ref: 'main', repo },
      ...(options.changedFiles !== undefined ? { changed_files: options.changedFiles } : {}),
    },
    repository: { name: 'shop', owner: { login: 'octo' } },
  };
}
