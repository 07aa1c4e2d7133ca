// Turns a file's bytes into text. YAML is UTF-8 or UTF-16; we also read Latin-1 (with a warning) rather than
// refuse it, so that its findings are not hidden, and we refuse binary files.

export interface Decoded {
  text?: string;
  /** What the text was read as. */
  encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1';
  /** Why the bytes are not plain UTF-8 text; set together with `text` when the file was still read. */
  problem?: string;
}

const SNIFF = 8192;

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return fromUtf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');

  const head = bytes.subarray(0, SNIFF);
  const nuls = { even: 0, odd: 0 };
  for (let i = 0; i < head.length; i++) if (head[i] === 0) nuls[i % 2 === 0 ? 'even' : 'odd']++;
  if (nuls.even + nuls.odd > 0) {
    // UTF-16 without a BOM: ASCII text has a NUL in every other byte.
    const half = head.length / 2;
    if (nuls.odd > half * 0.9 && nuls.even === 0) return utf16(bytes, 'utf-16le');
    if (nuls.even > half * 0.9 && nuls.odd === 0) return utf16(bytes, 'utf-16be');
    return { problem: 'binary file (it contains NUL bytes), not a YAML or JSON manifest' };
  }
  return fromUtf8(bytes);
}

function fromUtf8(bytes: Uint8Array): Decoded {
  const text = utf8(bytes);
  if (text !== undefined) return { text, encoding: 'utf-8' };
  return {
    text: new TextDecoder('latin1').decode(bytes),
    encoding: 'latin1',
    problem: 'not valid UTF-8; read as Latin-1. Kubernetes requires UTF-8: convert it with `iconv -f latin1 -t utf-8`',
  };
}

function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    return { problem: `looks like ${encoding.toUpperCase()} but is not valid ${encoding.toUpperCase()}` };
  }
}
