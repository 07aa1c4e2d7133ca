// The formats whose output for a file depends on that file's findings alone. A scan's worker threads write this
// output themselves, so the main thread passes bytes on in file order instead of copying findings between threads
// and formatting them all on one core.
import type { Finding } from '../engine/finding.js';
import { jsonPiece } from './json.js';
import { TextFormatter } from './text.js';

export type FileFormat = { format: 'text'; colour: boolean } | { format: 'json' };

export function fileOutput(format: FileFormat, findings: Finding[]): string {
  return format.format === 'json' ? jsonPiece(findings) : new TextFormatter(format.colour).file(findings);
}
