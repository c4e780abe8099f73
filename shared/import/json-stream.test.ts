import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusBytes, corpusFiles, corpusJsonFiles } from '../../test/corpus';
import { ImportError } from './errors';
import { readJsonPackageBytes, readJsonPackageStream } from './json-stream';
import type { StreamedItem } from './json-stream';

const encoder = new TextEncoder();

/** A seeded PRNG so random chunkings are reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Chunking = number | 'random' | number[];

function split(bytes: Uint8Array, chunking: Chunking, seed = 1): Uint8Array[] {
  const out: Uint8Array[] = [];
  if (Array.isArray(chunking)) {
    let from = 0;
    for (const cut of [...chunking, bytes.length]) {
      out.push(bytes.subarray(from, cut));
      from = cut;
    }
    return out;
  }
  const random = prng(seed);
  for (let i = 0; i < bytes.length;) {
    const size = chunking === 'random' ? 1 + Math.floor(random() * 300) : chunking;
    out.push(bytes.subarray(i, i + size));
    i += size;
  }
  return out;
}

async function* iterate(chunks: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const chunk of chunks) yield chunk;
}

interface Outcome {
  header: Record<string, unknown>;
  items: StreamedItem[];
  count: number;
}

async function read(input: string | Uint8Array, chunking: Chunking = 7): Promise<Outcome> {
  const bytes = typeof input === 'string' ? encoder.encode(input) : input;
  const items: StreamedItem[] = [];
  const result = await readJsonPackageStream(iterate(split(bytes, chunking)), {
    fileName: 'notice.json',
    onItem: (item) => items.push(item),
  });
  return { header: result.header, items, count: result.items };
}

async function errorCode(input: string | Uint8Array, chunking: Chunking = 7): Promise<string> {
  try {
    await read(input, chunking);
  } catch (error: unknown) {
    if (error instanceof ImportError) return error.code;
    throw error;
  }
  return 'imported';
}

/** Put the streamed pieces back together, with the array keys that `expected` has. */
function rebuild(outcome: Outcome, expected: unknown): unknown {
  const { header, items } = outcome;
  if (Object.keys(header).length === 0 && items.length === 1 && shapeOf(expected) === 'single') {
    return items[0]?.value;
  }
  const rebuilt: Record<string, unknown> = { ...header };
  for (const kind of ['release', 'record'] as const) {
    if (Array.isArray((expected as Record<string, unknown>)[`${kind}s`])) {
      rebuilt[`${kind}s`] = items.filter((i) => i.kind === kind).map((i) => i.value);
    }
  }
  return rebuilt;
}

function shapeOf(parsed: unknown): 'package' | 'single' | 'foreign' {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'foreign';
  const p = parsed as Record<string, unknown>;
  if (Array.isArray(p.releases) || Array.isArray(p.records)) return 'package';
  return typeof p.ocid === 'string' ? 'single' : 'foreign';
}

describe('readJsonPackageStream on hand-made documents', () => {
  it('keeps strings with brackets, escaped quotes and backslashes before quotes intact', async () => {
    const doc = String.raw`{"releases":[{"a":"x\\","b":"]}\"[{","c":"\\\"q\\\\"},{"d":"\u00e9\u2019 ’"}]}`;
    for (const chunking of [1, 2, 3, 5, 64] as const) {
      const outcome = await read(doc, chunking);
      expect(rebuild(outcome, JSON.parse(doc))).toEqual(JSON.parse(doc));
      expect(outcome.count).toBe(2);
    }
  });

  it('returns fields before and after the array as the header, ignoring nested releases keys', async () => {
    const doc = ` \n{ "uri" : "u" ,"records" : [ {"ocid":"o","releases":[{"id":"1"}],
      "compiledRelease":{"ocid":"o","releases":"not me"}} ] , "links": {"next": null}, "n": -1.5e3 } \n`;
    const outcome = await read(doc, 1);
    expect(outcome.header).toEqual({ uri: 'u', links: { next: null }, n: -1500 });
    expect(outcome.items.map((i) => i.kind)).toEqual(['record']);
    expect(outcome.items[0]?.value).toEqual(JSON.parse(doc).records[0]);
  });

  it('hands over non-object array elements and empty arrays as they are', async () => {
    expect((await read('{"releases":[1, "two",null ,[3]]}', 1)).items.map((i) => i.value)).toEqual([
      1,
      'two',
      null,
      [3],
    ]);
    expect(await read('{"releases":[],"uri":"x"}')).toEqual({
      header: { uri: 'x' },
      items: [],
      count: 0,
    });
  });

  it('reads a single release (or a single record) as one item', async () => {
    const release = '{"ocid":"ocds-h6vhtk-000001","id":"1","tag":["tender"],"tender":{"id":"t"}}';
    expect(await read(release, 3)).toEqual({
      header: {},
      items: [{ kind: 'release', value: JSON.parse(release) }],
      count: 1,
    });
    const record = '{"ocid":"o","releases":[{"url":"https://x"}],"compiledRelease":{"ocid":"o"}}';
    expect((await read(record)).items).toEqual([{ kind: 'record', value: JSON.parse(record) }]);
  });

  it('keeps a "__proto__" key as data, like JSON.parse', async () => {
    const doc = '{"__proto__":{"polluted":true},"releases":[]}';
    const { header } = await read(doc);
    expect(Object.getPrototypeOf(header)).toBe(Object.prototype);
    expect(rebuild(await read(doc), JSON.parse(doc))).toEqual(JSON.parse(doc));
    expect(Object.keys(header)).toEqual(['__proto__']);
  });

  it('accepts a UTF-8 BOM, and UTF-16 with a BOM split across chunks', async () => {
    const doc = '{"releases":[{"title":"Victims’ services – Lot 1"}]}';
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(doc)]);
    expect(rebuild(await read(bom, 1), JSON.parse(doc))).toEqual(JSON.parse(doc));
    const utf16 = new Uint8Array(2 + doc.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < doc.length; i++) utf16[2 + 2 * i] = doc.charCodeAt(i) & 0xff;
    for (let i = 0; i < doc.length; i++) utf16[3 + 2 * i] = doc.charCodeAt(i) >> 8;
    expect(rebuild(await read(utf16, 1), JSON.parse(doc))).toEqual(JSON.parse(doc));
  });

  it('reads chunks far larger than it decodes at once, characters straddling every piece edge', async () => {
    // The reader decodes a chunk 32 KiB at a time (so no decoded string is big enough to skip
    // V8's young generation). Titles of curly quotes and pound signs (3 and 2 bytes in UTF-8)
    // put characters across those edges.
    const titles = Array.from({ length: 400 }, (_, i) => `Lot ${i} ${'’£'.repeat(60 + (i % 7))}`);
    const doc = JSON.stringify({ releases: titles.map((title) => ({ ocid: 'o', title })) });
    const expected = JSON.parse(doc) as unknown;
    const bytes = encoder.encode(doc);
    const edges = [1, 2, 3, 4].map((k) => k * 32 * 1024);
    expect(bytes.length).toBeGreaterThan(edges.at(-1) as number);
    // A byte 10xxxxxx at an edge is the middle of a character.
    const straddled = edges.filter((edge) => ((bytes[edge] as number) & 0xc0) === 0x80);
    expect(straddled.length).toBeGreaterThanOrEqual(2);
    for (const chunking of [bytes.length, 256 * 1024, 32 * 1024 + 1, 65_537]) {
      expect(rebuild(await read(bytes, chunking), expected)).toEqual(expected);
    }
    const utf16 = new Uint8Array(2 + doc.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < doc.length; i++) utf16[2 + 2 * i] = doc.charCodeAt(i) & 0xff;
    for (let i = 0; i < doc.length; i++) utf16[3 + 2 * i] = doc.charCodeAt(i) >> 8;
    expect(rebuild(await read(utf16, utf16.length), expected)).toEqual(expected);
  });

  it.each([
    ['{}'],
    ['{"uri":"x","version":"1.1"}'],
    ['[{"ocid":"x"}]'],
    ['"releases"'],
    ['42'],
    ['null'],
  ])('says %s is JSON but not OCDS', async (doc) => {
    expect(await errorCode(doc, 1)).toBe('not-ocds');
  });

  it.each([
    ['<html><body>Sign in</body></html>'],
    ['{"releases":[{"a":1]}'],
    ['{"releases":[{"a":1}}'],
    ['{"releases":[{"a":1},]}'],
    ['{"releases":[{"a":01}]}'],
    ['{"releases" [] }'],
    ['{"releases":[] "uri":"x"}'],
    ['{"releases":[],}'],
    ['{"uri":"x"}}'],
    ['{"uri":"x"} {"uri":"y"}'],
    ['{"uri":tru}'],
    ['{uri:"x"}'],
    ['{"releases":[{"a":"tab\tinside"}]}'],
    ['[1,2,,3]'],
    ['{"releases":[{"a":"\\x"}]}'],
  ])('says %s is not JSON', async (doc) => {
    expect(() => JSON.parse(doc)).toThrow();
    expect(await errorCode(doc, 1)).toBe('invalid-json');
    expect(await errorCode(doc, 4096)).toBe('invalid-json');
  });

  it('says an empty or blank file is empty', async () => {
    expect(await errorCode('')).toBe('empty-file');
    expect(await errorCode(' \n\t ')).toBe('empty-file');
  });

  it('says a package cut off anywhere is truncated', async () => {
    const doc =
      '{"uri":"u","releases":[{"a":"b\\"c\\u00e9","n":[1,2.5e-3,true,null]}],"x":{"y":[]}}';
    for (let cut = 1; cut < doc.length; cut++) {
      expect([cut, await errorCode(doc.slice(0, cut), 3)]).toEqual([cut, 'truncated-json']);
    }
  });

  it('stops with "cancelled" between chunks and closes the source', async () => {
    const doc = encoder.encode(`{"releases":[${'{"ocid":"x"},'.repeat(99)}{"ocid":"x"}]}`);
    const controller = new AbortController();
    const seen: number[] = [];
    let closed = false;
    async function* source(): AsyncGenerator<Uint8Array> {
      try {
        for (const chunk of split(doc, 16)) yield chunk;
      } finally {
        closed = true;
      }
    }
    const reading = readJsonPackageStream(source(), {
      fileName: 'big.json',
      signal: controller.signal,
      onItem: () => undefined,
      onProgress: (bytes) => {
        seen.push(bytes);
        if (bytes >= 160) controller.abort();
      },
    });
    await expect(reading).rejects.toMatchObject({ code: 'cancelled' });
    expect(seen).toEqual([16, 32, 48, 64, 80, 96, 112, 128, 144, 160]);
    expect(closed).toBe(true);
  });

  it('reports progress once per chunk, ending at the byte count', async () => {
    const doc = encoder.encode('{"releases":[{"ocid":"x"}]}');
    const seen: number[] = [];
    await readJsonPackageStream(iterate(split(doc, 10)), {
      fileName: 'x.json',
      onItem: () => undefined,
      onProgress: (bytes) => seen.push(bytes),
    });
    expect(seen).toEqual([10, 20, doc.length]);
  });

  it('gives up early on a huge JSON document that is not an object', async () => {
    let pulled = 0;
    async function* huge(): AsyncGenerator<Uint8Array> {
      yield encoder.encode('[');
      const block = encoder.encode('{"ocid":"ocds-h6vhtk-000001","tag":["tender"]},'.repeat(1000));
      for (let i = 0; i < 10_000; i++, pulled++) yield block; // about 480 MB if read to the end
    }
    await expect(
      readJsonPackageStream(huge(), { fileName: 'huge.json', onItem: () => undefined }),
    ).rejects.toMatchObject({ code: 'not-ocds' });
    expect(pulled).toBeLessThan(100);
  });

  it('says a very long unterminated string is truncated without building it per chunk', async () => {
    async function* endless(): AsyncGenerator<Uint8Array> {
      yield encoder.encode('{"releases":[{"description":"');
      const block = encoder.encode('a\\"b ] } '.repeat(10_000));
      for (let i = 0; i < 200; i++) yield block;
    }
    await expect(
      readJsonPackageStream(endless(), { fileName: 'cut.json', onItem: () => undefined }),
    ).rejects.toMatchObject({ code: 'truncated-json' });
  });
});

describe.runIf(corpusAvailable('json-stream'))('readJsonPackageStream on the real corpus', () => {
  const files = corpusJsonFiles();
  const fts = corpusFiles('fts');
  const small = [...fts, ...corpusFiles('contracts-finder')];

  it.each(files)('%s: equals JSON.parse whatever the chunk sizes', async (path) => {
    const bytes = corpusBytes(path);
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const chunkings: Chunking[] = [7, 65_536, 'random'];
    if (small.includes(path)) chunkings.push(1);
    for (const chunking of chunkings) {
      if (shapeOf(parsed) === 'foreign') {
        expect(await errorCode(bytes, chunking)).toBe('not-ocds');
      } else {
        expect(rebuild(await read(bytes, chunking), parsed)).toEqual(parsed);
      }
    }
  });

  it('decodes multi-byte characters split at every point across two chunks', async () => {
    const bytes = corpusBytes('fts/members/083563-2026.json');
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const multiByte = [...bytes.keys()].filter((i) => (bytes[i] as number) >= 0x80);
    expect(multiByte.length).toBeGreaterThan(20);
    for (const cut of multiByte) {
      expect(rebuild(await read(bytes, [cut]), parsed)).toEqual(parsed);
      expect(rebuild(await read(bytes, [cut - 1, cut, cut + 1]), parsed)).toEqual(parsed);
    }
  });

  it('reads a package held in memory without one giant string, slice edges and all', () => {
    const page = JSON.parse(new TextDecoder().decode(corpusBytes('fts/members/083563-2026.json')));
    // About 2.6 MB of real releases with curly quotes, so 1 MiB slices cut through characters.
    const big = { ...page, releases: Array.from({ length: 300 }, () => page.releases[0]) };
    const bytes = encoder.encode(JSON.stringify(big, null, 1));
    expect(bytes.length).toBeGreaterThan(2 << 20);
    const items: StreamedItem[] = [];
    const head = readJsonPackageBytes(bytes, {
      fileName: 'big.json',
      onItem: (i) => items.push(i),
    });
    expect(rebuild({ header: head.header, items, count: head.items }, big)).toEqual(big);
    expect(() =>
      readJsonPackageBytes(bytes.subarray(0, 1_500_000), {
        fileName: 'cut.json',
        onItem: () => undefined,
      }),
    ).toThrow(expect.objectContaining({ code: 'truncated-json' }));
  });

  it.each(fts)('%s: cut off at any point is "truncated-json"', async (path) => {
    const bytes = corpusBytes(path);
    const end = bytes.lastIndexOf(0x7d);
    const step = path.includes('083563') ? 1 : 13;
    for (let cut = 1; cut <= end; cut += step) {
      const code = await errorCode(bytes.subarray(0, cut), cut % 2 === 0 ? 4096 : 'random');
      expect([cut, code]).toEqual([cut, 'truncated-json']);
    }
  });

  it.each(fts)('%s: with a byte damaged, agrees with JSON.parse', async (path) => {
    const bytes = corpusBytes(path);
    const random = prng(bytes.length);
    const damage = ['"', '\\', '{', '}', '[', ']', ',', ':', ' ', 'x', '0', '\u0001'];
    for (let trial = 0; trial < 150; trial++) {
      const copy = bytes.slice();
      const at = Math.floor(random() * copy.length);
      copy[at] = (damage[trial % damage.length] as string).charCodeAt(0);
      let expected: unknown;
      try {
        expected = JSON.parse(new TextDecoder().decode(copy));
      } catch {
        expected = undefined;
      }
      if (expected === undefined) {
        expect(['invalid-json', 'truncated-json']).toContain(await errorCode(copy, 'random'));
      } else if (shapeOf(expected) === 'foreign') {
        expect(await errorCode(copy, 'random')).toBe('not-ocds');
      } else {
        expect(rebuild(await read(copy, 'random'), expected)).toEqual(expected);
      }
    }
  });
});
