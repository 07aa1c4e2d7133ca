// An editor's side of the protocol, as small as a test needs: starts `node dist/cli.js lsp --stdio`, answers the
// server's requests (workspace/configuration, client/registerCapability) and records what it publishes and logs.
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-languageserver-protocol/node.js';
import type {
  CodeAction,
  Diagnostic,
  InitializeResult,
  LogMessageParams,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CLI } from './cli.js';

export const uri = (path: string) => pathToFileURL(path).href;

export class LspClient {
  readonly child: ChildProcess;
  readonly connection: MessageConnection;
  /** Every publishDiagnostics, in the order received. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: LogMessageParams[] = [];
  /** What workspace/configuration answers for the podguard section. */
  settings: Record<string, unknown> = {};
  configurationRequests = 0;
  readonly exited: Promise<number | null>;
  private readonly docs = new Map<string, TextDocument>();
  private waiters: Array<() => void> = [];

  constructor(cwd: string) {
    this.child = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => this.record(() => this.published.push(p)));
    this.connection.onNotification('window/logMessage', (p: LogMessageParams) => this.record(() => this.logs.push(p)));
    this.connection.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) => {
      this.configurationRequests++;
      return p.items.map((item) => (item.section === 'podguard' ? this.settings : null));
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  async initialize(rootPath: string): Promise<InitializeResult> {
    const result = (await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uri(rootPath),
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } }, hover: { contentFormat: ['markdown'] } },
      },
    })) as InitializeResult;
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  async open(path: string, text: string, languageId = path.endsWith('.json') ? 'json' : 'yaml'): Promise<string> {
    const u = uri(path);
    this.docs.set(u, TextDocument.create(u, languageId, 1, text));
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId, version: 1, text } });
    return u;
  }

  /** Sends edits as an incremental change, as an editor does once it applied them. */
  async edit(u: string, edits: TextEdit[]): Promise<number> {
    const doc = this.docs.get(u)!;
    // Applied last to first, each range in the text as it is before any of them.
    const changes: TextDocumentContentChangeEvent[] = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start)).map((e) => ({ range: e.range, text: e.newText }));
    const version = doc.version + 1;
    TextDocument.update(doc, changes, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri: u, version }, contentChanges: changes });
    return version;
  }

  text(u: string): string {
    return this.docs.get(u)!.getText();
  }

  async close(u: string): Promise<void> {
    this.docs.delete(u);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
  }

  /** The first diagnostics published for the document after `after` publications, at `version` or later. */
  async diagnostics(u: string, options: { version?: number; after?: number } = {}): Promise<Diagnostic[]> {
    const found = await this.until(() => this.published.slice(options.after ?? 0).find((p) => p.uri === u && (options.version === undefined || (p.version ?? 0) >= options.version)));
    return found.diagnostics;
  }

  async codeActions(u: string, range: Diagnostic['range'], only?: string[]): Promise<CodeAction[]> {
    return (await this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range, context: { diagnostics: [], only, triggerKind: 1 } })) as CodeAction[];
  }

  /** Waits until `probe` returns something, for at most 20 s. */
  async until<T>(probe: () => T | undefined): Promise<T> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const value = probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error('the server did not publish what was awaited within 20 s');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 500);
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
  }

  async stop(): Promise<number | null> {
    if (this.child.exitCode === null) {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    }
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  private record(add: () => void): void {
    add();
    const waiting = this.waiters;
    this.waiters = [];
    for (const wake of waiting) wake();
  }
}
