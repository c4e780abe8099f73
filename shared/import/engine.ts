import type { ImportWarning, Opportunity } from '../notice/model';
import { obj } from '../ocds/read';
import { collectJson, ProcessCollector, type OcdsShape } from '../ocds/shapes';
import { detectStrategyDocument, opportunityFromPage, readNoticePage } from '../page';
import { buildOpportunities, withContradictions } from './build';
import { decodeText, sniffBytes } from './decode';
import { ImportError, importError, type ImportErrorCode, type ImportErrorDetails } from './errors';
import { looksTruncated } from './json-shape';
import { readJsonPackageStream, readTextStream } from './json-stream';
import { nestsDeeperThan } from './json-depth';
import { MAX_NESTING_DEPTH, STREAM_THRESHOLD_BYTES } from './limits';
import { OcidCounter } from './ocid-count';
import { RawReleaseGroups, type ReadyGroup } from './raw-groups';

export interface NoticeFile {
  name: string;
  bytes: Uint8Array;
}

/** How the file was read, for the summary the user sees. */
export type NoticeFormat = OcdsShape | 'notice-page' | 'notice-page-without-ocds';

export type ImportResult =
  | { ok: true; format: NoticeFormat; opportunities: Opportunity[]; warnings: ImportWarning[] }
  | {
      ok: false;
      error: { code: ImportErrorCode | 'internal'; message: string; details: ImportErrorDetails };
    };

/** How much of a file's start decides what it is (PDF, binary, text), in either path. */
const SNIFF_BYTES = 4096;

export { STREAM_THRESHOLD_BYTES };

/**
 * Import one notice file held in memory: all or nothing. Returns the opportunities it describes
 * or a clear error; never throws.
 */
export function importNoticeFile(file: NoticeFile): ImportResult {
  return guard(file.name, () => importBytes(file));
}

export interface StreamSource {
  name: string;
  size: number | null;
  chunks: AsyncIterable<Uint8Array>;
  /**
   * The file's bytes again from the start, when the source can read them twice (a file on disk).
   * A large package is then read in two passes: a quick count of each ocid's releases, then the
   * import, which builds each ocid as soon as its last release has been read instead of holding
   * every release until the end. Without it, the one pass holds them all (about the file's size).
   */
  reopen?: () => AsyncIterable<Uint8Array>;
}

export interface StreamOptions {
  /**
   * How far the import is, as bytes of `totalBytes`. When a large file is read twice, the first
   * (quick) pass fills the first COUNT_PASS_SHARE of the way and the import the rest.
   */
  onProgress?: (progress: { bytesRead: number; totalBytes: number | null }) => void;
  signal?: AbortSignal;
}

/** The share of the progress a large file's first pass (the ocid count) stands for. */
export const COUNT_PASS_SHARE = 0.15;

/**
 * Import a file read in chunks. Small files are gathered and imported as one; large JSON
 * packages are parsed release by release so no giant string is ever built.
 */
export async function importNoticeStream(
  source: StreamSource,
  options: StreamOptions = {},
): Promise<ImportResult> {
  const { name, size } = source;
  return guardAsync(name, async () => {
    if (options.signal?.aborted) throw importError('cancelled', name);
    const iterator = source.chunks[Symbol.asyncIterator]();
    // Read the same head the in-memory path sniffs, however small the chunks come.
    const parts: Uint8Array[] = [];
    let bytesRead = 0;
    // Known to be large from the start, and readable again: two passes (see `reopen`), the first
    // of which fills only the first part of the progress bar.
    const twoPass = source.reopen !== undefined && size !== null && size > STREAM_THRESHOLD_BYTES;
    const share = twoPass ? COUNT_PASS_SHARE : 1;
    while (bytesRead < SNIFF_BYTES) {
      const next = await iterator.next();
      if (next.done) break;
      if (options.signal?.aborted) throw importError('cancelled', name);
      if (next.value.length === 0) continue;
      parts.push(next.value);
      bytesRead += next.value.length;
      options.onProgress?.({ bytesRead: Math.round(bytesRead * share), totalBytes: size });
    }
    if (bytesRead === 0) throw importError('empty-file', name);
    checkSniff(concat(parts, bytesRead), name);
    const large = size !== null && size > STREAM_THRESHOLD_BYTES;

    if (!large) {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        if (options.signal?.aborted) throw importError('cancelled', name);
        parts.push(next.value);
        bytesRead += next.value.length;
        if (bytesRead > STREAM_THRESHOLD_BYTES)
          return importLarge(source, parts, iterator, options, false);
        options.onProgress?.({ bytesRead, totalBytes: size });
      }
      // Cancelled while the last chunk was read: still nothing is imported.
      if (options.signal?.aborted) throw importError('cancelled', name);
      return importBytes({ name, bytes: concat(parts, bytesRead) });
    }
    return importLarge(source, parts, iterator, options, twoPass);
  });
}

async function importLarge(
  source: StreamSource,
  head: Uint8Array[],
  rest: AsyncIterator<Uint8Array>,
  options: StreamOptions,
  twoPass: boolean,
): Promise<ImportResult> {
  const { name, size, reopen } = source;
  const firstChar = firstSignificantChar(concat(head, SNIFF_BYTES));
  // A notice page is a few tens of kilobytes; only OCDS JSON packages are ever this large.
  if (firstChar !== '{' && firstChar !== '[') throw importError('too-large', name);
  async function* all(): AsyncIterable<Uint8Array> {
    yield* head;
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  }
  // Each pass starts again at the file's first byte; the bar only ever moves forward.
  let reported = Math.round(byteLength(head) * (twoPass ? COUNT_PASS_SHARE : 1));
  const progress = (share: number, offset: number) => (bytesRead: number) => {
    const at = Math.round(offset + bytesRead * share);
    if (at <= reported) return;
    reported = at;
    options.onProgress?.({ bytesRead: at, totalBytes: size });
  };

  let counts: ReadonlyMap<string, number> | null = null;
  let chunks = all();
  let onProgress = progress(1, 0);
  if (twoPass && reopen) {
    const counter = new OcidCounter();
    await readTextStream(chunks, counter, {
      fileName: name,
      signal: options.signal,
      onProgress: progress(COUNT_PASS_SHARE, 0),
    });
    counts = counter.counts;
    chunks = reopen();
    onProgress = progress(1 - COUNT_PASS_SHARE, (size ?? 0) * COUNT_PASS_SHARE);
  }

  const groups = new RawReleaseGroups(
    () => {
      throw importError('invalid-json', name);
    },
    () => {
      throw importError('changed-while-reading', name);
    },
    counts,
  );
  const single = new ProcessCollector();
  const builder = new GroupBuilder();
  let shape: OcdsShape = 'release-package';
  const read = await readJsonPackageStream(chunks, {
    fileName: name,
    signal: options.signal,
    onProgress,
    onRawItem: (item) => {
      if (item.kind === 'record') shape = 'record-package';
      const ready = groups.add(item);
      if (ready) builder.build(ready);
    },
    // A lone release or record at the top level (not a package) arrives parsed: read its shape
    // as the in-memory path does.
    onItem: (item) => {
      shape = collectJson(item.value, single) ?? shape;
    },
  });
  if (!read.list && builder.empty && groups.size === 0) return fromCollector(name, shape, single);

  for (const group of groups.drain()) {
    if (options.signal?.aborted) throw importError('cancelled', name);
    builder.build(group);
  }
  if (read.list) {
    // As in memory: an array is a release list only if some element has an ocid.
    if (!builder.sawOcid) throw importError('not-ocds', name);
    shape = 'release-list';
  }
  const { opportunities, warnings, linkedOnly } = builder.result();
  if (opportunities.length === 0) {
    throw importError(linkedOnly ? 'linked-releases-only' : 'no-releases', name);
  }
  return { ok: true, format: shape, opportunities, warnings };
}

/**
 * Compiles a large file's ocids one group at a time (so the parsed releases of only one ocid are
 * alive at once) and hands them back in the order the ocids first appear in the file, as when
 * the file is read in one piece.
 */
class GroupBuilder {
  private readonly built: Array<{
    order: number;
    opportunities: Opportunity[];
    warnings: ImportWarning[];
  }> = [];
  private linkedOnly = 0;
  /** Whether any item was an object with an `ocid` (what makes an array a release list). */
  sawOcid = false;

  get empty(): boolean {
    return this.built.length === 0;
  }

  build(group: ReadyGroup): void {
    const collector = new ProcessCollector();
    for (const item of group.items) {
      this.sawOcid ||= obj(item.value) !== null && 'ocid' in (item.value as object);
      if (item.kind === 'record') collector.addRecord(item.value);
      else collector.addRelease(item.value);
    }
    const warnings: ImportWarning[] = [];
    const opportunities = buildOpportunities(collector.processes(), warnings);
    warnings.push(...collector.warnings);
    for (const ocid of collector.linkedOnlyOcids()) {
      this.linkedOnly++;
      warnings.push(linkedWarning(ocid));
    }
    this.built.push({ order: group.order, opportunities, warnings });
  }

  result(): { opportunities: Opportunity[]; warnings: ImportWarning[]; linkedOnly: number } {
    this.built.sort((a, b) => a.order - b.order);
    const opportunities: Opportunity[] = [];
    const warnings: ImportWarning[] = [];
    for (const group of this.built) {
      opportunities.push(...group.opportunities);
      warnings.push(...group.warnings);
    }
    return { opportunities, warnings, linkedOnly: this.linkedOnly };
  }
}

function byteLength(parts: Uint8Array[]): number {
  return parts.reduce((sum, part) => sum + part.length, 0);
}

function importBytes(file: NoticeFile): ImportResult {
  checkSniff(file.bytes, file.name);
  const text = decodeText(file.bytes, file.name);
  const start = text.trimStart();
  // Only blank lines, or only a byte-order mark: as empty as a zero-byte file.
  if (start === '') throw importError('empty-file', file.name);
  if (start.startsWith('{') || start.startsWith('[')) return importJsonText(file.name, text);
  if (/^<(!doctype\s+html|html|head|body|\?xml|!--)/i.test(start)) {
    throw importError(/^<\?xml/i.test(start) ? 'not-a-notice' : 'html-page', file.name);
  }
  return importPageText(file.name, text);
}

function importJsonText(name: string, text: string): ImportResult {
  // Refused before JSON.parse builds it (see json-depth.ts).
  if (nestsDeeperThan(text, MAX_NESTING_DEPTH)) throw importError('too-deep', name);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw importError(looksTruncated(text) ? 'truncated-json' : 'invalid-json', name);
  }
  const collector = new ProcessCollector();
  const shape = collectJson(json, collector);
  if (!shape) throw importError('not-ocds', name);
  return fromCollector(name, shape, collector);
}

function fromCollector(name: string, shape: OcdsShape, collector: ProcessCollector): ImportResult {
  const processes = collector.processes();
  if (processes.length === 0) {
    throw importError(
      collector.linkedOnlyOcids().length ? 'linked-releases-only' : 'no-releases',
      name,
    );
  }
  const warnings = collector.warnings;
  for (const ocid of collector.linkedOnlyOcids()) warnings.push(linkedWarning(ocid));
  const opportunities = buildOpportunities(processes, warnings);
  return { ok: true, format: shape, opportunities, warnings };
}

function linkedWarning(ocid: string | null): ImportWarning {
  return {
    code: 'linked-releases-only',
    message: `${ocid ?? 'A record'} only links to its releases on the web and was left out.`,
    ocid,
  };
}

function importPageText(name: string, text: string): ImportResult {
  const page = readNoticePage(text);
  if (!page) {
    const strategy = detectStrategyDocument(text);
    if (strategy) throw importError('commissioning-strategy', name, strategy);
    throw importError('not-a-notice', name);
  }
  if (page.json !== null) {
    try {
      const result = importJsonText(name, page.json);
      if (result.ok) return { ...result, format: 'notice-page' };
    } catch (error: unknown) {
      if (!(error instanceof ImportError)) throw error;
      // The page's own labels still tell the user most of what they need: fall through.
    }
  }
  const opportunity = opportunityFromPage(page);
  const warning: ImportWarning = {
    code: 'page-without-ocds',
    message: `“${name}” has no readable OCDS data, so Bid Desk read the page's labels instead: dates are to the day only, and award criteria and engagement times may be missing. Import the notice's OCDS JSON for the full picture.`,
    ocid: opportunity.ocid,
  };
  return {
    ok: true,
    format: 'notice-page-without-ocds',
    opportunities: [opportunity],
    warnings: [warning, ...withContradictions(opportunity)],
  };
}

function checkSniff(bytes: Uint8Array, name: string): void {
  const kind = sniffBytes(bytes.subarray(0, 4096));
  if (kind === 'empty') throw importError('empty-file', name);
  if (kind === 'pdf') throw importError('pdf', name);
  if (kind === 'binary') throw importError('binary', name);
  if (kind === 'unsupported-encoding') throw importError('unsupported-encoding', name);
}

function firstSignificantChar(bytes: Uint8Array): string {
  const text = decodeText(bytes.subarray(0, 1024), 'head');
  return text.trimStart().charAt(0);
}

/** The parts joined, up to `length` bytes. */
function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return (parts[0] as Uint8Array).subarray(0, length);
  let total = 0;
  for (const p of parts) total += p.length;
  const out = new Uint8Array(Math.min(length, total));
  let offset = 0;
  for (const p of parts) {
    if (offset >= out.length) break;
    out.set(p.subarray(0, out.length - offset), offset);
    offset += p.length;
  }
  return out;
}

function toResult(name: string, error: unknown): ImportResult {
  if (error instanceof ImportError) {
    return {
      ok: false,
      error: { code: error.code, message: error.message, details: error.details },
    };
  }
  // A bug in Bid Desk, not in the file: say so plainly, import nothing.
  return {
    ok: false,
    error: {
      code: 'internal',
      message: `Bid Desk could not read “${name}” because of a problem in Bid Desk itself. Nothing was imported. Please report it with the file.`,
      details: {},
    },
  };
}

function guard(name: string, run: () => ImportResult): ImportResult {
  try {
    return run();
  } catch (error: unknown) {
    return toResult(name, error);
  }
}

async function guardAsync(name: string, run: () => Promise<ImportResult>): Promise<ImportResult> {
  try {
    return await run();
  } catch (error: unknown) {
    return toResult(name, error);
  }
}
