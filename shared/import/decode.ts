import { importError } from './errors';

/**
 * Turn a file's bytes into text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM.
 * Line ends are normalised to `\n`. Throws an ImportError for binary content.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0) throw importError('empty-file', fileName);
  const b0 = bytes[0];
  const b1 = bytes[1];
  let text: string;
  if (b0 === 0xff && b1 === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (b0 === 0xfe && b1 === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    // TextDecoder drops a UTF-8 BOM by default; invalid bytes become U+FFFD rather than failing,
    // so a mis-encoded Contracts Finder string still imports.
    text = new TextDecoder('utf-8').decode(bytes);
  }
  return normaliseLineEnds(text);
}

export function normaliseLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** What the first bytes of a file say it is, before any parsing. */
export type Sniffed = 'empty' | 'pdf' | 'binary' | 'text';

export function sniffBytes(head: Uint8Array): Sniffed {
  if (head.length === 0) return 'empty';
  if (head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46) return 'pdf';
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (utf16) return 'text';
  const n = Math.min(head.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = head[i] as number;
    if (c === 0) return 'binary';
    if (c < 0x09 || (c > 0x0d && c < 0x20)) control++;
  }
  return control > n / 50 ? 'binary' : 'text';
}
