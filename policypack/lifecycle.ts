// The engine stops a policy pack by closing its connection and interrupting the pack's process group; an interrupt
// ends the process (no handler is installed, so Node's default applies and nothing is printed). A connection that
// closes alone is no reason to stop: grpc-go clients drop a connection after 30 idle minutes and dial again when the
// next resource comes. The engine being gone shows as its end of our standard input closing (it holds a pipe to
// every plugin it starts), so that is when the pack leaves.
import { fstatSync } from 'node:fs';

export function exitWhenEngineLeaves(): void {
  let fromParent = false;
  try {
    const stdin = fstatSync(0);
    // A terminal, /dev/null or a file never "closes" in this sense; pipes and socket pairs do.
    fromParent = stdin.isFIFO() || stdin.isSocket();
  } catch {
    // No standard input at all.
  }
  if (!fromParent) return;
  process.stdin.on('end', () => process.exit(0));
  process.stdin.on('error', () => process.exit(0));
  process.stdin.resume();
}
