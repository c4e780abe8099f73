/**
 * Large files take the streaming path (release by release, kept as compact text until every
 * release of an ocid is known), in one pass or, when the source can be read again, in two (a
 * count of each ocid's releases first, so that each ocid is built as soon as it is whole). Both
 * must give exactly what the in-memory path gives.
 */
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusBytes, corpusFiles } from '../../test/corpus';
import {
  COUNT_PASS_SHARE,
  importNoticeFile,
  importNoticeStream,
  STREAM_THRESHOLD_BYTES,
} from './engine';

const hasCorpus = corpusAvailable('engine streaming suite');

async function* chunked(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/**
 * Declaring a size over the threshold sends any file down the streaming path; `reopen` reads the
 * same bytes again for the two-pass import.
 */
function streamLarge(name: string, bytes: Uint8Array, chunk = 4096, twoPass = false) {
  return importNoticeStream({
    name,
    size: STREAM_THRESHOLD_BYTES + 1,
    chunks: chunked(bytes, chunk),
    reopen: twoPass ? () => chunked(bytes, chunk) : undefined,
  });
}

describe.runIf(hasCorpus).each([
  { passes: 'one pass', twoPass: false },
  { passes: 'two passes', twoPass: true },
])('the streaming path ($passes) equals the in-memory path', ({ twoPass }) => {
  const packages = [
    ...corpusFiles('fts'),
    'ocds-examples/sample-data-fictional-1.1/ocds-213czf-000-00001.json',
    'ocds-examples/sample-data-fictional-1.1/record/ocds-213czf-000-00001.json',
    'ocds-examples/standard-1.1/merging/embedded_releases.json',
    'contracts-finder/cf-release-package-2025-01-23-trimmed.json',
  ];

  it.each(packages)('%s', async (path) => {
    const bytes = corpusBytes(path);
    const inMemory = importNoticeFile({ name: 'f.json', bytes });
    const streamed = await streamLarge('f.json', bytes, 997, twoPass);
    expect(inMemory.ok).toBe(true);
    expect(streamed).toEqual(inMemory);
  });

  it('a release package with several releases of one ocid, shuffled, compiles newest-by-date in both paths', async () => {
    const path = 'ocds-examples/sample-data-fictional-1.1/ocds-213czf-000-00001.json';
    const pkg = JSON.parse(new TextDecoder().decode(corpusBytes(path))) as { releases: unknown[] };
    const shuffled = { ...pkg, releases: [...pkg.releases].reverse() };
    const bytes = new TextEncoder().encode(JSON.stringify(shuffled));
    const streamed = await streamLarge('shuffled.json', bytes, 4096, twoPass);
    const inMemory = importNoticeFile({ name: 'shuffled.json', bytes });
    expect(streamed).toEqual(inMemory);
    expect(streamed.ok && streamed.opportunities[0]?.stage).toBe('contract');
  });

  it('a large release list (a bare array of releases) reads as in memory, odd elements and all', async () => {
    const text = new TextDecoder().decode(corpusBytes('fts/pages/2026-09-03-p001.json'));
    const releases = (JSON.parse(text) as { releases: unknown[] }).releases;
    const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    for (const list of [releases, [...releases, 5, 'text', null]]) {
      const bytes = encode(list);
      const inMemory = importNoticeFile({ name: 'list.json', bytes });
      expect(inMemory.ok && inMemory.format).toBe('release-list');
      expect(await streamLarge('list.json', bytes, 997, twoPass)).toEqual(inMemory);
    }
    // An array with no ocid anywhere is not OCDS; cut short, it is truncated.
    const noOcid = await streamLarge('list.json', encode([{ tag: ['tender'] }]), 997, twoPass);
    expect(noOcid.ok ? 'ok' : noOcid.error.code).toBe('not-ocds');
    const cut = encode(releases).subarray(0, 5000);
    const truncated = await streamLarge('list.json', cut, 997, twoPass);
    expect(truncated.ok ? 'ok' : truncated.error.code).toBe('truncated-json');
  });

  it('a streamed package with one broken release is refused whole', async () => {
    const text = new TextDecoder().decode(corpusBytes('fts/pages/2026-09-03-p001.json'));
    const broken = text.replace('"ocid": "ocds-h6vhtk-06f1b2"', '"ocid": ocds-h6vhtk-06f1b2');
    expect(broken).not.toBe(text);
    const result = await streamLarge(
      'broken.json',
      new TextEncoder().encode(broken),
      4096,
      twoPass,
    );
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid-json');
  });
});

describe.runIf(hasCorpus)('two passes over a large package', () => {
  /** Real FTS releases: one ocid's releases at both ends of the file, others between them. */
  function spreadPackage(): { bytes: Uint8Array; ocids: string[] } {
    const releases = corpusFiles('fts/pages').flatMap((path) => {
      const pkg = JSON.parse(new TextDecoder().decode(corpusBytes(path))) as {
        releases: Array<{ ocid: string }>;
      };
      return pkg.releases;
    });
    const first = releases[0] as { ocid: string };
    const same = releases.filter((r) => r.ocid === first.ocid);
    const others = releases.filter((r) => r.ocid !== first.ocid);
    // The ocid published again (a later release) at the very end of the file.
    const later = {
      ...first,
      id: `${String((first as { id?: string }).id)}-later`,
      date: '2030-01-01T00:00:00Z',
    };
    const ordered = [...same, ...others, later];
    const text = JSON.stringify({ uri: 'https://example.test', releases: ordered });
    return {
      bytes: new TextEncoder().encode(text),
      ocids: [...new Set(ordered.map((r) => r.ocid))],
    };
  }

  it('builds every ocid once, with all its releases, in the order the ocids first appear', async () => {
    const { bytes, ocids } = spreadPackage();
    expect(ocids.length).toBeGreaterThan(5);
    const twoPass = await streamLarge('spread.json', bytes, 1000, true);
    expect(twoPass).toEqual(importNoticeFile({ name: 'spread.json', bytes }));
    if (!twoPass.ok) throw new Error(twoPass.error.message);
    expect(twoPass.opportunities.map((o) => o.ocid)).toEqual(ocids);
    // The release at the end of the file was compiled into the ocid's state.
    expect(twoPass.opportunities[0]?.releaseIds.at(-1)).toMatch(/-later$/);
  });

  it('refuses, importing nothing, a file that changed between the two passes', async () => {
    const { bytes } = spreadPackage();
    const pkg = JSON.parse(new TextDecoder().decode(bytes)) as {
      releases: Array<{ ocid: string }>;
    };
    // Between the passes a download finished writing one more release of the first ocid.
    const grown = new TextEncoder().encode(
      JSON.stringify({ ...pkg, releases: [...pkg.releases, { ...pkg.releases[0], id: 'extra' }] }),
    );
    const result = await importNoticeStream({
      name: 'downloading.json',
      size: STREAM_THRESHOLD_BYTES + 1,
      chunks: chunked(bytes, 4096),
      reopen: () => chunked(grown, 4096),
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('changed-while-reading');
    expect(result.ok ? '' : result.error.message).toBe(
      '“downloading.json” changed while Bid Desk was reading it (it may still have been downloading or saving). Nothing was imported. Import it again once it is complete.',
    );
  });

  it('reports progress that only ever grows, the count filling the first part of the bar', async () => {
    const { bytes } = spreadPackage();
    // A file of exactly the announced size: the package, then blank space (still valid JSON).
    const size = STREAM_THRESHOLD_BYTES + 1;
    const blank = new Uint8Array(1 << 20).fill(0x20);
    async function* file(): AsyncIterable<Uint8Array> {
      yield* chunked(bytes, 2048);
      for (let left = size - bytes.length; left > 0; left -= blank.length) {
        yield blank.subarray(0, Math.min(left, blank.length));
      }
    }
    const seen: number[] = [];
    const result = await importNoticeStream(
      { name: 'p.json', size, chunks: file(), reopen: file },
      { onProgress: ({ bytesRead }) => seen.push(bytesRead) },
    );
    expect(result.ok).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(size);
    const countShare = Math.round(size * COUNT_PASS_SHARE);
    expect(seen).toContain(countShare); // the count's last chunk
    expect(seen.filter((n) => n < countShare).length).toBeGreaterThan(10);
  });

  it('cancelled during the count, imports nothing', async () => {
    const { bytes } = spreadPackage();
    const controller = new AbortController();
    const result = await importNoticeStream(
      {
        name: 'c.json',
        size: STREAM_THRESHOLD_BYTES + 1,
        chunks: chunked(bytes, 2048),
        reopen: () => chunked(bytes, 2048),
      },
      {
        signal: controller.signal,
        onProgress: ({ bytesRead }) => {
          if (bytesRead > 4096) controller.abort();
        },
      },
    );
    expect(result.ok ? 'ok' : result.error.code).toBe('cancelled');
  });
});

describe('a value that never ends', () => {
  it('is refused once it passes the size no release reaches, without reading the rest', async () => {
    let served = 0;
    async function* endless(): AsyncIterable<Uint8Array> {
      yield new TextEncoder().encode(
        '{"releases":[{"ocid":"ocds-h6vhtk-000001","tender":{"description":"',
      );
      const chunk = new TextEncoder().encode('x'.repeat(1 << 20));
      for (let i = 0; i < 200; i++) {
        served += chunk.length;
        yield chunk;
      }
    }
    const result = await importNoticeStream({
      name: 'runaway.json',
      size: 200 * 2 ** 20,
      chunks: endless(),
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid-json');
    expect(served).toBeLessThan(40 * 2 ** 20);
  });
});
