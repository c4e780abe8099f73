/**
 * Large files take the streaming path (release by release, kept as compact text until every
 * release of an ocid is known). It must give exactly what the in-memory path gives.
 */
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusBytes, corpusFiles } from '../../test/corpus';
import { importNoticeFile, importNoticeStream, STREAM_THRESHOLD_BYTES } from './engine';

const hasCorpus = corpusAvailable('engine streaming suite');

async function* chunked(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Declaring a size over the threshold sends any file down the streaming path. */
function streamLarge(name: string, bytes: Uint8Array, chunk = 4096) {
  return importNoticeStream({
    name,
    size: STREAM_THRESHOLD_BYTES + 1,
    chunks: chunked(bytes, chunk),
  });
}

describe.runIf(hasCorpus)('the streaming path equals the in-memory path', () => {
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
    const streamed = await streamLarge('f.json', bytes, 997);
    expect(inMemory.ok).toBe(true);
    expect(streamed).toEqual(inMemory);
  });

  it('a release package with several releases of one ocid, shuffled, compiles newest-by-date in both paths', async () => {
    const path = 'ocds-examples/sample-data-fictional-1.1/ocds-213czf-000-00001.json';
    const pkg = JSON.parse(new TextDecoder().decode(corpusBytes(path))) as { releases: unknown[] };
    const shuffled = { ...pkg, releases: [...pkg.releases].reverse() };
    const bytes = new TextEncoder().encode(JSON.stringify(shuffled));
    const streamed = await streamLarge('shuffled.json', bytes);
    const inMemory = importNoticeFile({ name: 'shuffled.json', bytes });
    expect(streamed).toEqual(inMemory);
    expect(streamed.ok && streamed.opportunities[0]?.stage).toBe('contract');
  });

  it('a streamed package with one broken release is refused whole', async () => {
    const text = new TextDecoder().decode(corpusBytes('fts/pages/2026-09-03-p001.json'));
    const broken = text.replace('"ocid": "ocds-h6vhtk-06f1b2"', '"ocid": ocds-h6vhtk-06f1b2');
    expect(broken).not.toBe(text);
    const result = await streamLarge('broken.json', new TextEncoder().encode(broken));
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid-json');
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
