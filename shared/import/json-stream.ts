/**
 * Streaming reader for OCDS packages. A 200 MB release package must not become one 200 MB
 * string (twice that once V8 widens it for a single curly quote), so the text is scanned chunk by
 * chunk and each element of the top-level `releases`/`records` array is parsed on its own.
 */
import { importError } from './errors';
import { PackageScanner } from './json-package-scanner';

export interface StreamedItem {
  kind: 'release' | 'record';
  value: unknown;
}

export interface JsonStreamOptions {
  onItem: (item: StreamedItem) => void;
  /**
   * When given, each array element is handed over as its JSON text instead of being parsed
   * (a single release or record at the top level still goes to `onItem`). Lets a caller that
   * must hold every release until the end keep compact text rather than object graphs.
   */
  onRawItem?: (item: RawStreamedItem) => void;
  onProgress?: (bytesRead: number) => void;
  signal?: AbortSignal;
  fileName: string;
}

export interface RawStreamedItem {
  kind: 'release' | 'record';
  text: string;
}

export interface JsonPackageHead {
  /** The package's top-level fields other than the streamed array(s). */
  header: Record<string, unknown>;
  /** How many items were handed to `onItem`. */
  items: number;
  /**
   * True when the document is a bare array (a release list), read element by element; only with
   * `onRawItem` (without it a top-level array is refused as not OCDS).
   */
  list?: boolean;
}

/** The text encoding a file's first bytes announce (UTF-16 only with a BOM). */
function decoderFor(head: Uint8Array): TextDecoder {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le');
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}

/** Where decoded text goes: the package scanner, or the ocid count of a large file's first pass. */
export interface TextSink {
  feed(text: string): void;
}

/** At most 32K characters, so at most 64 KB as a string: well under V8's large-object size. */
const DECODE_PIECE_BYTES = 32 * 1024;

/** Decodes byte chunks into a sink; a character or a BOM may be split between chunks. */
class ByteFeeder {
  private decoder: TextDecoder | null = null;
  private head = new Uint8Array(0);

  constructor(private readonly sink: TextSink) {}

  push(chunk: Uint8Array): void {
    let bytes = chunk;
    if (!this.decoder) {
      // The encoding is only known once two bytes have arrived.
      const joined = new Uint8Array(this.head.length + chunk.length);
      joined.set(this.head);
      joined.set(chunk, this.head.length);
      if (joined.length < 2) {
        this.head = joined;
        return;
      }
      this.decoder = decoderFor(joined);
      bytes = joined;
    }
    // In pieces: a string over 128 KB (a 256 KiB chunk decodes to up to 512 KB) is placed
    // straight in V8's old generation, where it stays until a full collection long after the
    // scanner is done with it; smaller ones die young. That garbage was a fifth of the peak
    // memory of a large import.
    for (let at = 0; at < bytes.length; at += DECODE_PIECE_BYTES) {
      const text = this.decoder.decode(bytes.subarray(at, at + DECODE_PIECE_BYTES), {
        stream: true,
      });
      if (text.length > 0) this.sink.feed(text);
    }
  }

  finish(): void {
    const rest = this.decoder ? this.decoder.decode() : new TextDecoder('utf-8').decode(this.head);
    if (rest.length > 0) this.sink.feed(rest);
  }
}

/**
 * Decode chunks (UTF-8, BOM ok; UTF-16 with BOM) into `sink`, calling `onProgress` once per chunk
 * and checking `signal` between chunks. Throws ImportError 'cancelled'.
 */
export async function readTextStream(
  chunks: AsyncIterable<Uint8Array>,
  sink: TextSink,
  options: Pick<JsonStreamOptions, 'onProgress' | 'signal' | 'fileName'>,
): Promise<void> {
  const { fileName, signal, onProgress } = options;
  const feeder = new ByteFeeder(sink);
  let bytesRead = 0;
  for await (const chunk of chunks) {
    if (signal?.aborted) throw importError('cancelled', fileName);
    bytesRead += chunk.length;
    feeder.push(chunk);
    onProgress?.(bytesRead);
  }
  if (signal?.aborted) throw importError('cancelled', fileName);
  feeder.finish();
}

/**
 * Reads a UTF-8 (BOM ok; UTF-16 with BOM too) JSON document from chunks. If it is a package
 * (`{releases:[...]}` or `{records:[...]}`), each array element is parsed on its own and handed
 * to `onItem` as soon as it is complete; the package's other top-level fields are returned as
 * `header`. A top-level object that is itself a release (has `ocid`), or a single record, is
 * returned as one item. Calls `onProgress` once per chunk and checks `signal` between chunks.
 * Throws ImportError 'empty-file' | 'truncated-json' | 'invalid-json' | 'not-ocds' | 'cancelled'.
 */
export async function readJsonPackageStream(
  chunks: AsyncIterable<Uint8Array>,
  options: JsonStreamOptions,
): Promise<JsonPackageHead> {
  const scanner = new PackageScanner(options.fileName, options.onItem, options.onRawItem);
  await readTextStream(chunks, scanner, options);
  return scanner.end();
}

/** Slice size for `readJsonPackageBytes`: big enough to amortise, small enough to stay lean. */
const SLICE_BYTES = 1 << 20;

/**
 * The same reading as `readJsonPackageStream`, synchronously over bytes already in memory. It
 * never decodes the whole file into one string, so peak memory stays near the bytes plus the
 * parsed items (JSON.parse of a whole 50 MB package needs the 100 MB string on top).
 */
export function readJsonPackageBytes(
  bytes: Uint8Array,
  options: Pick<JsonStreamOptions, 'onItem' | 'fileName'>,
): JsonPackageHead {
  const scanner = new PackageScanner(options.fileName, options.onItem);
  const feeder = new ByteFeeder(scanner);
  for (let i = 0; i < bytes.length; i += SLICE_BYTES) {
    feeder.push(bytes.subarray(i, i + SLICE_BYTES));
  }
  feeder.finish();
  return scanner.end();
}
