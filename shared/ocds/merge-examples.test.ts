/**
 * The standard's worked examples: compiling each record's releases gives its compiledRelease.
 * Linked releases are resolved to the release packages beside the record. Where a hand-written
 * example disagrees with its own releases, EXAMPLE_DIFFERENCES says where and why.
 */
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusFiles, corpusJson } from '../../test/corpus';
import { compileReleases } from './merge';
import type { OcdsRelease } from './types';

const hasCorpus = corpusAvailable('ocds merge examples');

type RecordPackage = { records: { releases: OcdsRelease[]; compiledRelease: OcdsRelease }[] };
type ReleasePackage = { uri?: string; releases?: OcdsRelease[] };

/** Full releases of the examples, by the URL a record's linked release points at. */
function releasesByUrl(folder: string): Map<string, OcdsRelease> {
  const byUrl = new Map<string, OcdsRelease>();
  for (const path of corpusFiles(folder)) {
    const data = corpusJson(path) as ReleasePackage;
    if (typeof data.uri !== 'string' || !Array.isArray(data.releases)) continue;
    for (const release of data.releases) byUrl.set(`${data.uri}#${String(release.id)}`, release);
  }
  return byUrl;
}

type Path = readonly (string | number)[];

/**
 * Where a hand-written example's compiledRelease disagrees with its own releases. Each is checked
 * (the example really says `example`), then replaced by what the releases say before comparing
 * the whole compiled release.
 */
const EXAMPLE_DIFFERENCES: Record<
  string,
  { path: Path; example: unknown; fromReleases: unknown }[]
> = {
  // The compiledRelease has a rationale that no release carries; the only amendment (release
  // ...75e6c5, 2019-02-17) says this:
  'ocds-examples/standard-1.1/amendments/contract.json': [
    {
      path: ['contracts', 0, 'amendments', 0, 'rationale'],
      example: 'Increased scope of goods required.',
      fromReleases:
        'After negociations with the supplier, the scope of the contract has been increased to purchase an additional item.',
    },
  ],
  'ocds-examples/standard-1.1/merging/embedded_releases.json': [
    // Older convention: the compiled id was the newest release's id; ocdsmerge and
    // `ocdskit compile` use `<ocid>-<newest date>`.
    {
      path: ['id'],
      example: 'ocds-213czf-000-00001-06-implementation',
      fromReleases: 'ocds-213czf-000-00001-2011-01-10T09:30:00Z',
    },
    // `roles` is wholeListMerge and the newest release says ["buyer"]; the example doubles it.
    { path: ['parties', 0, 'roles'], example: ['buyer', 'buyer'], fromReleases: ['buyer'] },
    // The only release with amendment-1 (03-tenderAmendment) says it amends the tenderUpdate.
    {
      path: ['tender', 'amendments', 1, 'amendsReleaseID'],
      example: 'ocds-213czf-000-00001-02-tender',
      fromReleases: 'ocds-213czf-000-00001-03-tenderUpdate',
    },
  ],
};

function at(value: unknown, path: Path): unknown {
  let node = value;
  for (const part of path) node = (node as Record<string | number, unknown>)[part];
  return node;
}

function setAt(value: unknown, path: Path, replacement: unknown): void {
  const parent = at(value, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = replacement;
}

describe.runIf(hasCorpus)('the standard’s worked examples', () => {
  const folders = ['ocds-examples/standard-1.1', 'ocds-examples/sample-data-fictional-1.1'];
  const records = folders.flatMap((folder) => {
    const byUrl = releasesByUrl(folder);
    return corpusFiles(folder)
      .filter((path) => 'records' in (corpusJson(path) as object))
      .map((path) => ({ path, byUrl }));
  });

  it('finds every record package', () => {
    expect(records.map((r) => r.path)).toHaveLength(17);
  });

  for (const { path, byUrl } of records) {
    it(`${path}: compiling its releases gives its compiledRelease`, () => {
      const record = (corpusJson(path) as RecordPackage).records[0];
      expect(record).toBeDefined();
      if (!record) return;
      // Linked releases ({url, date, tag}) are resolved to the full release they point at.
      const releases = record.releases.map((r) => ('ocid' in r ? r : byUrl.get(String(r['url']))));
      expect(releases.every((r) => r !== undefined)).toBe(true);
      const expected = structuredClone(record.compiledRelease);
      for (const difference of EXAMPLE_DIFFERENCES[path] ?? []) {
        expect(at(expected, difference.path)).toEqual(difference.example);
        setAt(expected, difference.path, difference.fromReleases);
      }
      expect(compileReleases(releases as OcdsRelease[])).toEqual(expected);
    });
  }
});
