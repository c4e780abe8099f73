/**
 * A streamed file (over STREAM_THRESHOLD_BYTES) nested past MAX_NESTING_DEPTH is refused as
 * `too-deep` as soon as the depth is passed, before the nesting is built. A file read in one piece
 * is at most 50 MiB, so what JSON.parse builds of it is bounded; it is not scanned first (a scan of
 * every bracket cost 140-300 ms of a 45 MB import) and meets the engine's usual handling: a plain
 * refusal, or a release whose junk is pruned with a warning. A real release with junk nested up to
 * the limit still imports.
 */
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusJson, SEEDS, seedBytes } from '../../test/corpus';
import { readNoticePage } from '../page';
import { importNoticeFile, importNoticeStream, STREAM_THRESHOLD_BYTES } from './engine';
import { MAX_NESTING_DEPTH } from './limits';

const hasCorpus = corpusAvailable('nesting depth suite');
const encoder = new TextEncoder();
const MIB = 2 ** 20;

type Json = Record<string, unknown>;

/** `total` bytes of `[` made one chunk at a time; `served` counts what the reader pulled. */
function brackets(total: number, chunk = MIB) {
  const counter = { served: 0 };
  const piece = encoder.encode('['.repeat(chunk));
  async function* chunks(): AsyncIterable<Uint8Array> {
    for (let at = 0; at < total; at += chunk) {
      counter.served += chunk;
      yield piece;
    }
  }
  return { counter, chunks };
}

function codeOf(result: Awaited<ReturnType<typeof importNoticeStream>>): string {
  return result.ok ? 'imported' : result.error.code;
}

async function* chunked(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

function streamLarge(name: string, bytes: Uint8Array, twoPass: boolean) {
  return importNoticeStream({
    name,
    size: STREAM_THRESHOLD_BYTES + 1,
    chunks: chunked(bytes, 64 * 1024),
    reopen: twoPass ? () => chunked(bytes, 64 * 1024) : undefined,
  });
}

describe('a large file of `[` (streamed)', () => {
  it('is refused as too deep once the depth is passed, reading no further (one pass)', async () => {
    const { counter, chunks } = brackets(200 * MIB);
    const result = await importNoticeStream({
      name: 'brackets.json',
      size: 200 * MIB,
      chunks: chunks(),
    });
    expect(codeOf(result)).toBe('too-deep');
    if (!result.ok) {
      expect(result.error.message).toMatch(/^“brackets\.json” nests its data far deeper/);
      expect(result.error.message).toContain('Nothing was imported.');
    }
    // MAX_NESTING_DEPTH brackets are 100 KB: the first megabyte is all it takes.
    expect(counter.served).toBeLessThanOrEqual(MIB);
  });

  it('is refused the same way when read in two passes, the second stopping at the depth', async () => {
    const first = brackets(60 * MIB);
    const second = brackets(60 * MIB);
    const result = await importNoticeStream({
      name: 'brackets.json',
      size: 60 * MIB,
      chunks: first.chunks(),
      reopen: second.chunks,
    });
    expect(codeOf(result)).toBe('too-deep');
    // The quick count reads the whole file (it keeps no nesting); the import stops at once.
    expect(first.counter.served).toBe(60 * MIB);
    expect(second.counter.served).toBeLessThanOrEqual(MIB);
  });

  it('inside a package array, too', async () => {
    const { chunks } = brackets(100 * MIB);
    async function* pkg(): AsyncIterable<Uint8Array> {
      yield encoder.encode('{"uri":"x","releases":[{"ocid":"ocds-h6vhtk-000001","junk":');
      yield* chunks();
    }
    const result = await importNoticeStream({
      name: 'package.json',
      size: 100 * MIB,
      chunks: pkg(),
    });
    expect(codeOf(result)).toBe('too-deep');
  });
});

describe('a few megabytes of `[` (in memory)', () => {
  it('a bare run of `[` is refused with a plain error, never an exception', () => {
    const bytes = encoder.encode('['.repeat(4 * MIB));
    const result = importNoticeFile({ name: 'brackets.json', bytes });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).not.toBe('internal');
  });

  it('balanced, so JSON.parse builds it, is refused as not a notice', () => {
    const bytes = encoder.encode(`${'['.repeat(2 * MIB)}${']'.repeat(2 * MIB)}`);
    const result = importNoticeFile({ name: 'brackets.json', bytes });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).not.toBe('internal');
  });
});

describe.runIf(hasCorpus)('a real release with junk nested around the limit', () => {
  const release = (): Json =>
    (corpusJson('fts/members/083563-2026.json') as { releases: Json[] }).releases[0] as Json;
  /**
   * `{"releases":[release]}` with arrays nested inside its tender so that the deepest point is
   * `depth` levels from the top: package 1, releases 2, release 3, tender 4, the junk from 5.
   */
  const nestedTo = (depth: number): Uint8Array => {
    const r = release();
    (r.tender as Json).junk = 'JUNK';
    const junk = depth - 4;
    return encoder.encode(
      JSON.stringify({ releases: [r] }).replace('"JUNK"', `${'['.repeat(junk)}${']'.repeat(junk)}`),
    );
  };
  const plain = () => encoder.encode(JSON.stringify({ releases: [release()] }));

  it('at the limit: imports, in memory and streamed, as it does without the junk', async () => {
    const expected = importNoticeFile({ name: 'deep.json', bytes: plain() });
    expect(expected.ok).toBe(true);
    const bytes = nestedTo(MAX_NESTING_DEPTH);
    expect(importNoticeFile({ name: 'deep.json', bytes })).toEqual(expected);
    expect(await streamLarge('deep.json', bytes, false)).toEqual(expected);
    expect(await streamLarge('deep.json', bytes, true)).toEqual(expected);
  });

  it('one level past it: refused streamed; in memory the notice imports as without it', async () => {
    const bytes = nestedTo(MAX_NESTING_DEPTH + 1);
    const inMemory = importNoticeFile({ name: 'deep.json', bytes });
    const plainImport = importNoticeFile({ name: 'deep.json', bytes: plain() });
    expect(inMemory.ok && inMemory.opportunities[0]?.title).toBe(
      plainImport.ok && plainImport.opportunities[0]?.title,
    );
    expect(codeOf(await streamLarge('deep.json', bytes, false))).toBe('too-deep');
    expect(codeOf(await streamLarge('deep.json', bytes, true))).toBe('too-deep');
  });

  it('brackets and escaped quotes inside a text are not nesting', async () => {
    const r = release();
    const tender = r.tender as Json;
    tender.description = `${String(tender.description)} \\"${'[{'.repeat(MAX_NESTING_DEPTH)}`;
    const bytes = encoder.encode(JSON.stringify({ releases: [r] }));
    const inMemory = importNoticeFile({ name: 'text.json', bytes });
    expect(inMemory.ok).toBe(true);
    if (inMemory.ok) expect(inMemory.opportunities[0]?.description).toContain('[{[{');
    expect(await streamLarge('text.json', bytes, true)).toEqual(inMemory);
  });
});

describe('a notice page saved as text whose OCDS block nests past the limit', () => {
  const deep = `${'['.repeat(MAX_NESTING_DEPTH)}${']'.repeat(MAX_NESTING_DEPTH)}`;
  /** A real saved page with nesting past the limit at the top of its OCDS block. */
  const page = (withHeading: boolean): string => {
    let text = new TextDecoder().decode(seedBytes(SEEDS.westMidlands));
    if (!withHeading) text = text.replace('\nOpen Contracting Data Standard (OCDS)\n', '\n');
    return text.replace('\n{\n', `\n{\n"junk": [${deep}],\n`);
  };

  it('with its OCDS heading: the page imports, its junk ignored', () => {
    const plain = importNoticeFile({ name: 'page.txt', bytes: seedBytes(SEEDS.westMidlands) });
    const result = importNoticeFile({ name: 'page.txt', bytes: encoder.encode(page(true)) });
    expect(result.ok && result.format).toBe('notice-page');
    expect(result.ok && result.opportunities[0]?.title).toBe(
      plain.ok && plain.opportunities[0]?.title,
    );
  });

  it('without it: read from its labels, as a page whose OCDS cannot be read', () => {
    const plain = importNoticeFile({ name: 'page.txt', bytes: seedBytes(SEEDS.westMidlands) });
    const result = importNoticeFile({ name: 'page.txt', bytes: encoder.encode(page(false)) });
    expect(result.ok && result.format).toBe('notice-page-without-ocds');
    if (!result.ok || !plain.ok) return;
    expect(result.warnings.map((w) => w.code)).toContain('page-without-ocds');
    expect(result.opportunities[0]?.title).toBe(plain.opportunities[0]?.title);
  });

  it('without the heading, the deep block is never parsed to look for the JSON', () => {
    // Finding the block means trying JSON.parse from each `{` line, which would build the nesting.
    expect(readNoticePage(page(false))?.json).toBeNull();
  });
});
