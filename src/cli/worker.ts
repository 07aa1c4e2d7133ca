// The scan pool's worker threads run this bundle: the engine without the CLI, the language server or the renderers,
// so each thread starts sooner and holds less code than it would running dist/cli.js.
import { serveIfWorker } from './pool.js';

serveIfWorker();
