// `podguard lsp`: a Language Server Protocol 3.17 server on standard input and output. It only adds podguard's
// diagnostics, quick fixes and hovers, so it runs beside yaml-language-server without either getting in the way.
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE } from '../config/load.js';
import { VERSION } from '../version.js';
import { codeActions, FIX_ALL } from './actions.js';
import { analyzeDocument, isCandidate, type Analysis, type ClientSettings } from './analysis.js';
import { hover } from './hover.js';
import { Judge } from './judge.js';

/** Quiet time after a change before the document is judged again: typing is not interrupted by work per key. */
const DEBOUNCE_MS = 150;

/** Runs the server until the client says exit; the library ends the process then (0 after shutdown, else 1). */
export function lspCommand(args: string[], io: { err: (text: string) => void; workerScript?: URL }): Promise<number> {
  // Editors pass --stdio, and VS Code also --clientProcessId=N (the library watches that process).
  const unknown = args.filter((a) => a !== '--stdio' && !/^--clientProcessId(=\d+)?$/.test(a) && !/^\d+$/.test(a));
  if (unknown.length > 0) {
    // The same shape as every other usage error of the CLI.
    io.err(`podguard: lsp: unknown option ${unknown[0]}\nRun podguard lsp --help for usage.\n`);
    return Promise.resolve(2);
  }
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  new Server(connection, new Judge(io.workerScript)).listen();
  return new Promise<number>(() => {});
}

class Server {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly results = new Map<string, Analysis>();
  /** The newest version published per document: an older one's result is never published after it. */
  private readonly published = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly settings = new Map<string, Promise<ClientSettings>>();
  /** Settings pushed with workspace/didChangeConfiguration, for clients that cannot be asked. */
  private pushed: ClientSettings = {};
  private canAsk = false;
  private canWatch = false;
  private canRegisterConfiguration = false;

  constructor(
    private readonly connection: Connection,
    private readonly judge: Judge,
  ) {}

  listen(): void {
    const { connection, documents } = this;
    // Nothing but protocol messages may reach standard output.
    console.log = console.info = console.warn = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
    console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
    process.on('uncaughtException', (e) => this.logError('an unexpected error', e));
    process.on('unhandledRejection', (e) => this.logError('an unexpected error', e));

    connection.onInitialize((params): InitializeResult => {
      const caps = params.capabilities;
      this.canAsk = !!caps.workspace?.configuration;
      this.canWatch = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
      this.canRegisterConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
      return {
        capabilities: {
          textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
          codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL], resolveProvider: false },
          hoverProvider: true,
        },
        serverInfo: { name: 'podguard', version: VERSION },
      };
    });
    connection.onInitialized(() => {
      if (this.canWatch) {
        void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE}` }] });
      }
      if (this.canRegisterConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'podguard' });
    });

    documents.onDidOpen((e) => this.guard('opening a document', () => this.schedule(e.document.uri, 0)));
    documents.onDidChangeContent((e) => this.guard('a change', () => this.schedule(e.document.uri, DEBOUNCE_MS)));
    documents.onDidClose((e) => this.guard('closing a document', () => this.forget(e.document.uri)));

    connection.onDidChangeConfiguration((change) => {
      this.guard('a configuration change', () => {
        const settings = (change.settings as { podguard?: ClientSettings } | null)?.podguard;
        if (settings) this.pushed = settings;
        this.settings.clear();
        this.revalidateAll();
      });
    });
    // A .podguard.yaml was created, changed or deleted: every open document may be judged differently now.
    connection.onDidChangeWatchedFiles(() => this.guard('a watched file change', () => this.revalidateAll()));

    connection.onCodeAction(async (params) => {
      try {
        const doc = documents.get(params.textDocument.uri);
        const analysis = doc && (await this.current(doc.uri));
        return doc && analysis ? codeActions(analysis, doc, params) : [];
      } catch (e) {
        this.logError('code actions', e);
        return [];
      }
    });
    connection.onHover(async (params) => {
      try {
        const doc = documents.get(params.textDocument.uri);
        const analysis = doc && (await this.current(doc.uri));
        return analysis ? hover(analysis, params.position) : null;
      } catch (e) {
        this.logError('hover', e);
        return null;
      }
    });

    documents.listen(connection);
    connection.listen();
  }

  private schedule(uri: string, delay: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      this.validate(uri).catch((e) => this.logError(`checking ${uri}`, e));
    }, delay));
  }

  private revalidateAll(): void {
    for (const doc of this.documents.all()) this.schedule(doc.uri, 0);
  }

  private forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.results.delete(uri);
    this.published.delete(uri);
    this.settings.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** The analysis of the document as it is now: the published one, or a fresh one when a change is still pending. */
  private async current(uri: string): Promise<Analysis | undefined> {
    const doc = this.documents.get(uri);
    const known = this.results.get(uri);
    if (!doc || (known && known.version === doc.version)) return known;
    return this.validate(uri);
  }

  /** Judges the document and publishes the result, unless the document changed or closed meanwhile. */
  private async validate(uri: string): Promise<Analysis | undefined> {
    const doc = this.documents.get(uri);
    if (!doc || !isCandidate(doc)) return undefined;
    const client = await this.clientSettings(uri);
    // Asking the client took time: a newer version has its own check scheduled, and a closed document is gone.
    if (this.documents.get(uri) !== doc || doc.version !== this.documents.get(uri)?.version) return undefined;
    const analysis = await analyzeDocument(doc, client, this.judge, (message) => this.connection.console.warn(`podguard: ${message}`));
    if (!analysis || this.documents.get(uri)?.version !== analysis.version) return undefined;
    if ((this.published.get(uri) ?? -Infinity) > analysis.version) return undefined;
    this.results.set(uri, analysis);
    this.published.set(uri, analysis.version);
    void this.connection.sendDiagnostics({ uri, version: analysis.version, diagnostics: analysis.entries.map((e) => e.diagnostic) });
    return analysis;
  }

  private clientSettings(uri: string): Promise<ClientSettings> {
    if (!this.canAsk) return Promise.resolve(this.pushed);
    let settings = this.settings.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'podguard' })
        .then((s: unknown) => (s && typeof s === 'object' ? (s as ClientSettings) : {}))
        .catch((e: unknown) => {
          this.logError('reading the client settings', e);
          return {};
        });
      this.settings.set(uri, settings);
    }
    return settings;
  }

  /** A handler that fails is logged to the client, and the server keeps serving. */
  private guard(what: string, run: () => void): void {
    try {
      run();
    } catch (e) {
      this.logError(what, e);
    }
  }

  private logError(what: string, e: unknown): void {
    const detail = e instanceof Error ? (process.env.PODGUARD_DEBUG ? e.stack ?? e.message : e.message) : String(e);
    this.connection.console.error(`podguard: internal error in ${what}: ${detail}`);
  }
}
