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
export type Sniffed = 'empty' | 'pdf' | 'binary' | 'text' | 'unsupported-encoding';

export function sniffBytes(head: Uint8Array): Sniffed {
  if (head.length === 0) return 'empty';
  if (head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46) return 'pdf';
  // UTF-32 (its BOM starts like UTF-16's), or UTF-16 saved without a BOM: text, but in an
  // encoding Bid Desk does not guess; the user is asked to save it as UTF-8.
  if (head[0] === 0xff && head[1] === 0xfe && head[2] === 0 && head[3] === 0) {
    return 'unsupported-encoding';
  }
  if (head[0] === 0 && head[1] === 0 && head[2] === 0xfe && head[3] === 0xff) {
    return 'unsupported-encoding';
  }
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (utf16) return 'text';
  if (looksLikeUtf16WithoutBom(head)) return 'unsupported-encoding';
  const n = Math.min(head.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = head[i] as number;
    if (c === 0) return 'binary';
    if (c < 0x09 || (c > 0x0d && c < 0x20)) control++;
  }
  return control > n / 50 ? 'binary' : 'text';
}

/**
 * ASCII text in UTF-16 has a NUL beside every character: nearly all the bytes on one side are
 * zero and nearly none on the other. Binary files have NULs scattered on both sides.
 */
function looksLikeUtf16WithoutBom(head: Uint8Array): boolean {
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 8) return false;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZero++;
    if (head[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  const mostly = (count: number): boolean => count >= pairs * 0.9;
  const hardly = (count: number): boolean => count <= pairs * 0.02;
  return (mostly(evenZero) && hardly(oddZero)) || (mostly(oddZero) && hardly(evenZero));
}
