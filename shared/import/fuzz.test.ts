/**
 * Fuzzing the engine with mutated real files (the seeds and a dozen corpus notices): flipped
 * bytes, deleted and duplicated slices, cuts, values swapped between keys and replaced by values
 * of another kind, re-serialised JSON. Whatever comes out must be a refusal with a known code and
 * a message, or opportunities that pass the model: an error or a valid model, never an exception.
 *
 * The mutations come from a seeded PRNG, so a failure reproduces: the seed is in every test name,
 * and FUZZ_SEED=<n> runs another set.
 */
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusBytes, SEEDS, seedBytes } from '../../test/corpus';
import { Random } from '../../test/random';
import { ImportWarning, Opportunity } from '../notice/model';
import {
  importNoticeFile,
  importNoticeStream,
  STREAM_THRESHOLD_BYTES,
  type ImportResult,
} from './engine';
import type { ImportErrorCode } from './errors';

const SEED = Number(process.env.FUZZ_SEED ?? 20260903) >>> 0;
const CASES = 300;

const hasCorpus = corpusAvailable('fuzz suite');

/** Every code a refusal may carry; `internal` (a bug in Bid Desk) is not one of them. */
const KNOWN: Record<ImportErrorCode, true> = {
  'empty-file': true,
  pdf: true,
  'html-page': true,
  binary: true,
  'truncated-json': true,
  'invalid-json': true,
  'not-ocds': true,
  'no-releases': true,
  'linked-releases-only': true,
  'commissioning-strategy': true,
  'not-a-notice': true,
  'unsupported-encoding': true,
  'too-large': true,
  'too-deep': true,
  'changed-while-reading': true,
  cancelled: true,
};
const KNOWN_CODES = Object.keys(KNOWN);

const CORPUS_FILES = [
  'fts/pages/2026-09-03-p001.json',
  'fts/pages/2026-09-03-p002.json',
  'fts/members/083563-2026.json',
  'fts/members/083645-2026.json',
  'fts/members/002109-2021.json',
  'fts/members/052408-2025.json',
  'fts/members/083468-2026.json',
  'fts/members/083685-2026.json',
  'contracts-finder/releases/cf-a7a08d2f-tender-819859.json',
  'contracts-finder/releases-text-altered/cf-8f3244de-tender-819901.json',
  'ocds-examples/sample-data-fictional-1.1/ocds-213czf-000-00001.json',
  'ocds-examples/sample-data-fictional-1.1/record/ocds-213czf-000-00001.json',
];

// --- sources -----------------------------------------------------------------------------------

interface Source {
  name: string;
  bytes: Uint8Array;
  /** Text before the OCDS JSON (a saved notice page), and the JSON; null when not JSON at all. */
  prefix: string;
  json: unknown;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function source(name: string, bytes: Uint8Array): Source {
  const text = decoder.decode(bytes);
  // A saved notice page: labels first, then the OCDS JSON from the first line that is just "{".
  const start = text.startsWith('{') ? 0 : text.indexOf('\n{\n') + 1;
  let json: unknown = null;
  if (start > 0 || text.startsWith('{')) {
    try {
      json = JSON.parse(text.slice(start));
    } catch {
      json = null;
    }
  }
  return { name, bytes, prefix: json === null ? '' : text.slice(0, start), json };
}

const sources: Source[] = [
  ...Object.values(SEEDS).map((s) => source(s, seedBytes(s))),
  ...(hasCorpus
    ? CORPUS_FILES.map((p) => source(p.split('/').pop() as string, corpusBytes(p)))
    : []),
];

// --- mutations ---------------------------------------------------------------------------------

type Path = Array<string | number>;

function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  }
  return out;
}

function get(root: unknown, path: Path): unknown {
  let cur = root;
  for (const key of path) cur = (cur as Record<string | number, unknown> | null)?.[key];
  return cur;
}

/** Set the value at `path` (the root itself when the path is empty); returns the root. */
function set(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = get(root, path.slice(0, -1));
  if (parent !== null && typeof parent === 'object') {
    (parent as Record<string | number, unknown>)[path[path.length - 1] as string | number] = value;
  }
  return root;
}

function nested(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { deeper: v };
  return v;
}

/** Keys the engine reads: mutations aim at them more often than at the rest of the file. */
const READ_KEYS = new Set([
  'ocid', 'id', 'date', 'tag', 'title', 'description', 'tender', 'planning', 'lots', 'items',
  'relatedLot', 'relatedLots', 'deliveryAddresses', 'region', 'value', 'amount', 'amountGross',
  'awardCriteria', 'criteria', 'numbers', 'number', 'weight', 'weightingDescription',
  'tenderPeriod', 'enquiryPeriod', 'awardPeriod', 'contractPeriod', 'startDate', 'endDate',
  'maxExtentDate', 'durationInDays', 'dueDate', 'datePublished', 'milestones', 'type',
  'documents', 'noticeType', 'documentType', 'parties', 'roles', 'buyer', 'name', 'status',
  'suitability', 'sme', 'vcse', 'classification', 'additionalClassifications', 'scheme',
  'releases', 'records', 'compiledRelease', 'communication', 'futureNoticeDate',
  'expressionOfInterestDeadline', 'amendments', 'procedure', 'features', 'awards', 'contracts',
  'submissionMethodDetails', 'specialRegime', 'contactPoint', 'address',
]); // prettier-ignore

/** Dates as real and damaged files have written them. */
const ODD_DATES: unknown[] = [
  '',
  'TBC',
  '2026-02-31T12:00:00Z',
  '0000-01-01T00:00:00Z',
  '0001-01-01',
  '1800-06-01T12:00:00Z',
  '9999-12-31T23:59:59-14:00',
  '2026-03-29T01:30:00',
  '2026-10-25T01:30:00+01:00',
  '2026-13-45T99:99:99Z',
  '2026-07-01',
  '2026-07-01T23:59:59+01:00',
  20260701,
];

/** Text as real and damaged files have written it, and a few hostile strings. */
const ODD_TEXTS: unknown[] = [
  null,
  '',
  '   ',
  42,
  ['a', 'list'],
  { en: 'an object' },
  'PS704,000 per annum',
  '<p>Quality <b>70%</b> &amp; price 30%</p><script>alert(1)</script>',
  'Lot A - Hate Crime Service Circa £704,000\nLot B - Stalking Service Circa £300,000',
  'MARKET ENGAGEMENT EVENT - THURSDAY 14th MAY 2026 - 4pm',
  'commencing at 10:00 on 18 May 20262 weeks ago and conclude at approximately 11:30',
  '85% PQP (Quality & Price) 15% Presentations',
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting',
  '\u0000\u0001\uFFFD\uD800',
  `${'<div>'.repeat(3000)}deep${'</div>'.repeat(3000)}`,
  '9'.repeat(5000),
];

/** Values real files have held where they should not, and a few hostile ones. */
const ODD_VALUES: unknown[] = [
  null,
  '',
  0,
  -1,
  0.01,
  1e308,
  true,
  [],
  {},
  [null],
  { '1': { region: 'UKD3' } },
  '5000000.00',
  'UK4',
  'UK99',
  ['compiled'],
  'compiled',
  'engagement',
  'percentageExact',
  'decimalExact',
  '1: Phosphoric Acid',
  '__proto__',
  'constructor',
  nested(100),
];

/** A value of another kind made from the old one: string↔number↔null↔array↔object. */
function otherKind(value: unknown, random: Random): unknown {
  if (typeof value === 'string') return random.pick([Number(value) || value.length, null, [value]]);
  if (typeof value === 'number') return random.pick([String(value), null, { amount: value }]);
  if (typeof value === 'boolean') return random.pick([String(value), value ? 1 : 0]);
  if (value === null) return random.pick(['null', 0, {}]);
  if (Array.isArray(value)) {
    return random.pick([
      Object.fromEntries(value.map((v, i) => [String(i + 1), v])),
      value[0],
      null,
    ]);
  }
  return random.pick([Object.values(value as object), JSON.stringify(value).slice(0, 40), null]);
}

function lastKey(path: Path): string {
  return String(path[path.length - 1] ?? '');
}

/** Swap values between keys, turn values into another kind, delete keys: the file's shape. */
function reshape(json: unknown, random: Random): unknown {
  let root = structuredClone(json);
  const steps = 1 + random.int(6);
  for (let s = 0; s < steps; s++) {
    const all = paths(root);
    const read = all.filter((p) => READ_KEYS.has(lastKey(p)));
    const path = read.length && random.next() < 0.7 ? random.pick(read) : random.pick(all);
    switch (random.int(3)) {
      case 0: {
        const other = random.pick(all);
        const [a, b] = [path.join('/'), other.join('/')];
        if (a.startsWith(b) || b.startsWith(a)) break; // one inside the other
        const value = get(root, path);
        root = set(root, path, structuredClone(get(root, other)));
        root = set(root, other, value);
        break;
      }
      case 1:
        root = set(root, path, otherKind(get(root, path), random));
        break;
      default: {
        const parent = get(root, path.slice(0, -1));
        const key = path[path.length - 1];
        if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
        else if (parent !== null && typeof parent === 'object' && key !== undefined) {
          Reflect.deleteProperty(parent, key);
        }
      }
    }
  }
  return root;
}

const DATE_KEY = /date|deadline/i;
const TEXT_KEY = /^(title|description|name|weightingDescription|features|submissionMethodDetails)$/;

/** Odd values where the engine reads: a third at dates, a third at text, a third anywhere. */
function oddValues(json: unknown, random: Random): unknown {
  let root = structuredClone(json);
  const all = paths(root).filter((p) => READ_KEYS.has(lastKey(p)));
  const dates = all.filter((p) => DATE_KEY.test(lastKey(p)));
  const texts = all.filter((p) => TEXT_KEY.test(lastKey(p)));
  const steps = 1 + random.int(4);
  for (let s = 0; s < steps && all.length; s++) {
    const kind = random.int(3);
    if (kind === 0 && dates.length) {
      root = set(root, random.pick(dates), random.pick(ODD_DATES));
    } else if (kind === 1 && texts.length) {
      root = set(root, random.pick(texts), random.pick(ODD_TEXTS));
    } else root = set(root, random.pick(all), structuredClone(random.pick(ODD_VALUES)));
  }
  return root;
}

function serialise(src: Source, json: unknown, random: Random): Uint8Array {
  // A notice page's OCDS block must start on a line of its own, so it is always indented.
  const indent = random.pick(src.prefix ? [2, 4, '\t'] : [0, 2, 4, '\t']);
  return encoder.encode(src.prefix + JSON.stringify(json, null, indent || undefined));
}

function flipBytes(bytes: Uint8Array, random: Random): Uint8Array {
  const out = new Uint8Array(bytes);
  const n = 1 + random.int(16);
  for (let i = 0; i < n; i++) out[random.int(out.length)] = random.int(256);
  return out;
}

function deleteSlice(bytes: Uint8Array, random: Random): Uint8Array {
  const start = random.int(bytes.length);
  const length = 1 + random.int(Math.max(1, Math.floor(bytes.length / 10)));
  return new Uint8Array([...bytes.subarray(0, start), ...bytes.subarray(start + length)]);
}

function duplicateSlice(bytes: Uint8Array, random: Random): Uint8Array {
  const start = random.int(bytes.length);
  const slice = bytes.subarray(start, start + 1 + random.int(2000));
  const at = random.int(bytes.length);
  return new Uint8Array([...bytes.subarray(0, at), ...slice, ...bytes.subarray(at)]);
}

function utf16le(bytes: Uint8Array): Uint8Array {
  return new Uint8Array([0xff, 0xfe, ...Buffer.from(decoder.decode(bytes), 'utf16le')]);
}

const MUTATIONS = {
  'flip-bytes': (src: Source, r: Random) => flipBytes(src.bytes, r),
  'delete-slice': (src: Source, r: Random) => deleteSlice(src.bytes, r),
  'duplicate-slice': (src: Source, r: Random) => duplicateSlice(src.bytes, r),
  truncate: (src: Source, r: Random) => src.bytes.subarray(0, r.int(src.bytes.length)),
  'swap-values': (src: Source, r: Random) =>
    src.json === null ? flipBytes(src.bytes, r) : serialise(src, reshape(src.json, r), r),
  'odd-values': (src: Source, r: Random) =>
    src.json === null ? flipBytes(src.bytes, r) : serialise(src, oddValues(src.json, r), r),
  'swap-values-then-cut': (src: Source, r: Random) => {
    const bytes = src.json === null ? src.bytes : serialise(src, reshape(src.json, r), r);
    return bytes.subarray(0, bytes.length - 1 - r.int(Math.min(200, bytes.length - 1)));
  },
  'utf-16-then-flip': (src: Source, r: Random) => flipBytes(utf16le(src.bytes), r),
} as const;
type MutationName = keyof typeof MUTATIONS;

interface Case {
  title: string;
  name: string;
  bytes: Uint8Array;
}

function makeCases(seed: number, count: number): Case[] {
  const random = new Random(seed);
  const names = Object.keys(MUTATIONS) as MutationName[];
  const cases: Case[] = [];
  for (let i = 0; i < count; i++) {
    const src = random.pick(sources);
    const mutation = random.pick(names);
    const bytes = MUTATIONS[mutation](src, random);
    cases.push({ title: `#${i} ${mutation} of ${src.name}`, name: src.name, bytes });
  }
  return cases;
}

// --- the invariant -----------------------------------------------------------------------------

const tally = { imported: 0, refused: 0 };

function expectErrorOrValidModel(result: ImportResult, fileName: string): void {
  if (!result.ok) {
    expect(KNOWN_CODES).toContain(result.error.code);
    expect(result.error.message).toContain(`“${fileName}”`);
    expect(result.error.message.length).toBeGreaterThan(30);
    return;
  }
  expect(result.opportunities.length).toBeGreaterThan(0);
  for (const o of result.opportunities) {
    const parsed = Opportunity.safeParse(o);
    expect(parsed.success ? 'valid' : JSON.stringify(parsed.error.issues[0])).toBe('valid');
  }
  for (const w of result.warnings) {
    expect(ImportWarning.safeParse(w).success).toBe(true);
    expect(w.message.length).toBeGreaterThan(10);
  }
}

async function* chunked(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe(`fuzz (seed ${SEED}): ${CASES} mutations of ${sources.length} real files`, () => {
  const cases = makeCases(SEED, CASES);

  it.each(cases.map((c, i) => [c.title, c, i] as const))(
    `%s (seed ${SEED}): an error or a valid model`,
    async (_title, c, i) => {
      const result = importNoticeFile({ name: c.name, bytes: c.bytes });
      if (result.ok) tally.imported++;
      else tally.refused++;
      expectErrorOrValidModel(result, c.name);

      // One case in six also goes through both stream paths: in small chunks (gathered, then
      // read as one: must be identical) and as a "large" file (parsed release by release).
      if (i % 6 === 0) {
        const small = await importNoticeStream({
          name: c.name,
          size: c.bytes.length,
          chunks: chunked(c.bytes, 1 + (i % 97)),
        });
        expect(small).toEqual(result);
        const large = await importNoticeStream({
          name: c.name,
          size: STREAM_THRESHOLD_BYTES + 1,
          chunks: chunked(c.bytes, 512 + i),
        });
        expectErrorOrValidModel(large, c.name);
      }
    },
  );

  it(`the mutations exercise both outcomes (seed ${SEED})`, () => {
    expect(tally.imported + tally.refused).toBe(CASES);
    expect(tally.imported).toBeGreaterThan(CASES / 5);
    expect(tally.refused).toBeGreaterThan(CASES / 5);
  });
});

describe(`re-serialising real JSON changes nothing (seed ${SEED})`, () => {
  const random = new Random(SEED ^ 0x5eed);
  const jsonSources = sources.filter((s) => s.json !== null);

  it.each(jsonSources.map((s) => [s.name, s] as const))('%s', (_name, src) => {
    const expected = importNoticeFile({ name: src.name, bytes: src.bytes });
    for (let k = 0; k < 3; k++) {
      const bytes = serialise(src, src.json, random);
      expect(importNoticeFile({ name: src.name, bytes })).toEqual(expected);
    }
  });
});
