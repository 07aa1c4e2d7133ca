// Starts `podguard lsp --stdio` for YAML and JSON files; the server does the rest (diagnostics, quick fixes, hover).
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

async function activate(context) {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('podguard.path')) return;
      await deactivate();
      await start();
    }),
  );
  await start();
}

async function start() {
  const command = vscode.workspace.getConfiguration('podguard').get('path') || 'podguard';
  const run = { command, args: ['lsp'], transport: TransportKind.stdio, options: { shell: process.platform === 'win32' } };
  client = new LanguageClient('podguard', 'podguard', { run, debug: run }, {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', language: 'json' },
      { scheme: 'untitled', language: 'yaml' },
    ],
    // The server asks for these through workspace/configuration; a .podguard.yaml setting wins over them.
    synchronize: { configurationSection: 'podguard' },
  });
  try {
    await client.start();
  } catch (e) {
    vscode.window.showErrorMessage(`podguard: could not start "${command} lsp" (${e.message}). Install podguard (npm install --global podguard) or set podguard.path.`);
  }
}

function deactivate() {
  const running = client;
  client = undefined;
  return running ? running.stop() : undefined;
}

module.exports = { activate, deactivate };
