import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusBytes } from '../../test/corpus';
import { OcidCounter } from './ocid-count';

const hasCorpus = corpusAvailable('ocid count suite');

function count(...pieces: string[]): ReadonlyMap<string, number> | null {
  const counter = new OcidCounter();
  for (const piece of pieces) counter.feed(piece);
  return counter.counts;
}

describe.runIf(hasCorpus)('the first pass over a large package', () => {
  const text = new TextDecoder().decode(corpusBytes('fts/pages/2026-09-03-p001.json'));
  const releases = (JSON.parse(text) as { releases: Array<{ ocid: string }> }).releases;

  it('counts each ocid at least as often as it has releases (here: exactly)', () => {
    const perOcid = new Map<string, number>();
    for (const r of releases) perOcid.set(r.ocid, (perOcid.get(r.ocid) ?? 0) + 1);
    expect(count(text)).toEqual(perOcid);
  });

  it('counts the same wherever the chunks are cut, even through an ocid', () => {
    const whole = count(text);
    const first = text.indexOf('"ocid"');
    // Every cut from just before the first key to just after its value.
    for (let cut = first - 2; cut < first + 40; cut++) {
      expect(count(text.slice(0, cut), text.slice(cut))).toEqual(whole);
    }
    // And text arriving a few characters at a time.
    const pieces: string[] = [];
    for (let i = 0; i < text.length; i += 7) pieces.push(text.slice(i, i + 7));
    expect(count(...pieces)).toEqual(whole);
  });
});

describe('keys the count must not miss or invent', () => {
  it('reads spaced and escaped keys as the grouping does, and no ocid inside a text', () => {
    const text =
      '{"releases":[{"ocid" : "a\\"b","id":"1"},{"id":"2","ocid":"c"},' +
      '{"ocid":"c","description":"see \\"ocid\\": \\"z\\""}]}';
    expect(count(text)).toEqual(
      new Map([
        ['a\\"b', 1],
        ['c', 2],
      ]),
    );
  });

  it('gives up (so nothing is built early) on a key too long to be an ocid', () => {
    const giant = `{"releases":[{"ocid":"${'x'.repeat(100_000)}"}]}`;
    const pieces: string[] = [];
    for (let i = 0; i < giant.length; i += 4096) pieces.push(giant.slice(i, i + 4096));
    expect(count(...pieces)).toBeNull();
  });
});
