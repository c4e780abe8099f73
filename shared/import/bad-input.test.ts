/**
 * Bad input, built from real files: what a charity worker may hand Bid Desk by mistake (an empty
 * or half-downloaded file, a PDF, a login page, the wrong JSON, a 200 MB file) and what real
 * Find a Tender data looks like on a bad day. Each gets a specific error in words they understand,
 * or imports with a warning and a valid model; nothing throws.
 *
 * Damaged inputs are made by transforming the seeds and the real corpus in memory; the corpus
 * (../shared/fixtures/real) is never copied into the repository.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  corpusAvailable,
  corpusBytes,
  corpusJson,
  SEEDS,
  seedBytes,
  repoRoot,
} from '../../test/corpus';
import { ImportWarning, Opportunity } from '../notice/model';
import {
  importNoticeFile,
  importNoticeStream,
  STREAM_THRESHOLD_BYTES,
  type ImportResult,
} from './engine';
import type { ImportErrorCode } from './errors';

const hasCorpus = corpusAvailable('bad-input suite');

type Json = Record<string, unknown>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const utf8 = (text: string): Uint8Array => encoder.encode(text);
const textOf = (bytes: Uint8Array): string => decoder.decode(bytes);

/** The words every refusal must contain: what is wrong and what to do, or what is accepted. */
const ACCEPTED = /Bid Desk reads notice files from Find a Tender or Contracts Finder/;
const ADVICE: Record<ImportErrorCode, RegExp[]> = {
  'empty-file': [/ is empty\./, ACCEPTED],
  pdf: [/ is a PDF\./, /download the notice's OCDS JSON/, ACCEPTED],
  'html-page': [/ is a web page, not a notice file/, /login or error page/, ACCEPTED],
  binary: [/ is not a text file\./, ACCEPTED],
  'truncated-json': [/stops part-way through/, /Download it again\./, /Nothing was imported\./],
  'invalid-json': [/cannot be read as JSON\./, ACCEPTED],
  'not-ocds': [/ is JSON but not an OCDS notice/, ACCEPTED],
  'no-releases': [/no releases in it, so there is nothing to import\./],
  'linked-releases-only': [/only links to its releases/, /download the releases themselves/],
  'commissioning-strategy': [/commissioning strategy, not a procurement notice/],
  'not-a-notice': [/not a notice page/, ACCEPTED],
  'unsupported-encoding': [/text encoding Bid Desk cannot read/, /Save it as UTF-8/],
  'too-large': [/too large to be a notice file\./, ACCEPTED],
  'too-deep': [/deeper than any notice does/, /Nothing was imported\./, ACCEPTED],
  'changed-while-reading': [/changed while Bid Desk was reading it/, /Import it again/],
  cancelled: [/was cancelled\./, /Nothing was imported\./],
};

/** No programmer's words: no exception names, parser output, stack frames or `undefined`. */
function expectPlainWords(message: string): void {
  expect(message).toMatch(/\.$/);
  expect(message).not.toMatch(
    /undefined|\bNaN\b|\[object|SyntaxError|TypeError|RangeError|Unexpected token|JSON\.parse|\n\s+at /,
  );
}

/** Refused with this code, naming the file, saying what is wrong and what to do. */
function expectError(result: ImportResult, code: ImportErrorCode, fileName: string): void {
  expect(result.ok ? 'imported' : result.error.code).toBe(code);
  if (result.ok) return;
  const { message } = result.error;
  expect(message).toContain(`“${fileName}”`);
  for (const advice of ADVICE[code]) expect(message).toMatch(advice);
  expect(message.length).toBeLessThan(600);
  expectPlainWords(message);
}

/** Imported: every opportunity a valid model, with at least one warning (of `code` if given). */
function expectImportsWithWarning(result: ImportResult, code?: string): Opportunity[] {
  if (!result.ok) throw new Error(`not imported: ${result.error.code}: ${result.error.message}`);
  expectValid(result);
  expect(result.warnings.length).toBeGreaterThan(0);
  if (code) expect(result.warnings.map((w) => w.code)).toContain(code);
  return result.opportunities;
}

/** Imported cleanly or with warnings: every opportunity and warning is valid. */
function expectValid(result: ImportResult): Opportunity[] {
  if (!result.ok) throw new Error(`not imported: ${result.error.code}: ${result.error.message}`);
  expect(result.opportunities.length).toBeGreaterThan(0);
  for (const o of result.opportunities) expect(() => Opportunity.parse(o)).not.toThrow();
  for (const w of result.warnings) {
    expect(() => ImportWarning.parse(w)).not.toThrow();
    expectPlainWords(w.message);
  }
  return result.opportunities;
}

function importBytes(name: string, bytes: Uint8Array): ImportResult {
  return importNoticeFile({ name, bytes });
}

function importJson(name: string, value: unknown): ImportResult {
  return importBytes(name, utf8(JSON.stringify(value)));
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Apply `fn` to every object in a JSON tree (children first), replacing it with the result. */
function mapObjects(value: unknown, fn: (o: Json) => Json): unknown {
  if (Array.isArray(value)) return value.map((v) => mapObjects(v, fn));
  if (value !== null && typeof value === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapObjects(v, fn);
    return fn(out);
  }
  return value;
}

function releasesOf(pkg: unknown): Json[] {
  return (pkg as { releases: Json[] }).releases;
}

function tenderOf(release: Json): Json {
  return release.tender as Json;
}

/** A random-looking but repeatable byte sequence (so a failure reproduces). */
function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  let state = seed >>> 0;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

// --- encodings ---------------------------------------------------------------------------------

function withUtf8Bom(bytes: Uint8Array): Uint8Array {
  return new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
}

function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const body = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    const [a, b] = order === 'le' ? [le[i], le[i + 1]] : [le[i + 1], le[i]];
    body[i] = a as number;
    body[i + 1] = b as number;
  }
  if (!bom) return body;
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array([...mark, ...body]);
}

function utf32le(text: string): Uint8Array {
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- UTF-32 stores code points, which is what spreading a string gives
  const points = [...text].map((c) => c.codePointAt(0) as number);
  const out = new Uint8Array(4 + points.length * 4);
  out.set([0xff, 0xfe, 0, 0]);
  const view = new DataView(out.buffer);
  points.forEach((p, i) => view.setUint32(4 + i * 4, p, true));
  return out;
}

const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');

/** The same file saved the ways Windows and other tools save text. */
function reEncodings(bytes: Uint8Array): Array<[string, Uint8Array]> {
  const text = textOf(bytes);
  return [
    ['UTF-8 with BOM', withUtf8Bom(bytes)],
    ['UTF-16 LE with BOM', utf16(text, 'le')],
    ['UTF-16 BE with BOM', utf16(text, 'be')],
    ['CRLF line ends', utf8(crlf(text))],
    ['CR line ends (old Mac)', utf8(text.replace(/\r?\n/g, '\r'))],
    ['UTF-8 with BOM and CRLF', withUtf8Bom(utf8(crlf(text)))],
    ['UTF-16 LE with BOM and CRLF', utf16(crlf(text), 'le')],
    ['UTF-16 BE with BOM and CRLF', utf16(crlf(text), 'be')],
  ];
}

// --- streams -----------------------------------------------------------------------------------

const MB = 1 << 20;

async function* chunked(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Counts what a consumer pulled from a generated stream, and the heap it reached meanwhile. */
class Meter {
  bytes = 0;
  chunks = 0;
  private readonly baseline = process.memoryUsage().heapUsed;
  private peak = this.baseline;

  pulled(chunk: Uint8Array): Uint8Array {
    this.bytes += chunk.length;
    this.chunks++;
    if (this.chunks % 16 === 0) this.peak = Math.max(this.peak, process.memoryUsage().heapUsed);
    return chunk;
  }

  get heapGrowthMb(): number {
    return (this.peak - this.baseline) / MB;
  }
}

/** `head`, then `body` repeated up to `total` bytes, then `tail`: never all in memory at once. */
async function* generated(
  meter: Meter,
  head: Uint8Array,
  body: Uint8Array,
  total: number,
  tail: Uint8Array = new Uint8Array(0),
): AsyncIterable<Uint8Array> {
  yield meter.pulled(head);
  let sent = head.length;
  while (sent + body.length + tail.length <= total) {
    yield meter.pulled(body);
    sent += body.length;
  }
  if (tail.length) yield meter.pulled(tail);
}

// =================================================================================================

describe('empty files', () => {
  it.each([
    ['zero bytes', new Uint8Array(0)],
    ['only a UTF-8 byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf])],
    ['only a UTF-16 byte-order mark', new Uint8Array([0xff, 0xfe])],
    ['only blank lines (CRLF)', utf8('\r\n\r\n   \r\n\t\r\n')],
    ['a seed cut to nothing', seedBytes(SEEDS.westMidlands).subarray(0, 0)],
  ])('%s: empty-file', (_label, bytes) => {
    expectError(importBytes('notice.json', bytes), 'empty-file', 'notice.json');
  });

  it('an empty stream, and a stream whose first chunk is empty: empty-file', async () => {
    const none = (async function* (): AsyncIterable<Uint8Array> {})();
    expectError(
      await importNoticeStream({ name: 'notice.json', size: 0, chunks: none }),
      'empty-file',
      'notice.json',
    );
    expectError(
      await importNoticeStream({
        name: 'notice.json',
        size: null,
        chunks: chunked(new Uint8Array(0), 1),
      }),
      'empty-file',
      'notice.json',
    );
  });
});

describe('truncated seeds: the page still tells most of the story', () => {
  const pages = [
    SEEDS.westMidlands,
    SEEDS.cleveland,
    SEEDS.staffordshireHateCrime,
    SEEDS.staffordshireStalking,
  ];

  it.each(pages)(
    '%s cut at ten points inside its OCDS block imports from the labels with a warning',
    (seed) => {
      const bytes = seedBytes(seed);
      const jsonStart = textOf(bytes).indexOf('\n{\n') + 1;
      expect(jsonStart).toBeGreaterThan(0);
      const blockStart = utf8(textOf(bytes).slice(0, jsonStart)).length;
      for (let k = 1; k <= 10; k++) {
        const cut = blockStart + Math.floor(((bytes.length - blockStart) * k) / 11);
        const result = importBytes(seed, bytes.subarray(0, cut));
        const [o] = expectImportsWithWarning(result, 'page-without-ocds');
        expect(result.ok && result.format).toBe('notice-page-without-ocds');
        expect(o?.title.length).toBeGreaterThan(10);
      }
    },
  );

  it.each(pages)(
    '%s cut at 40 offsets anywhere: a clear error or an import, never a crash',
    (seed) => {
      const bytes = seedBytes(seed);
      for (let k = 1; k <= 40; k++) {
        const result = importBytes(seed, bytes.subarray(0, Math.floor((bytes.length * k) / 41)));
        if (result.ok) expectImportsWithWarning(result);
        else expectError(result, result.error.code as ImportErrorCode, seed);
      }
    },
  );
});

describe.runIf(hasCorpus)('truncated JSON: a half-downloaded file', () => {
  const files = [
    'fts/members/083563-2026.json',
    'fts/pages/2026-09-03-p001.json',
    'contracts-finder/releases/cf-a7a08d2f-tender-819859.json',
    'ocds-examples/sample-data-fictional-1.1/record/ocds-213czf-000-00001.json',
  ];

  it.each(files)('%s cut at 60 offsets (and mid-escape, mid-number): truncated-json', (path) => {
    const bytes = corpusBytes(path);
    const end = textOf(bytes).trimEnd().length; // a cut after the last brace is the whole file
    const text = textOf(bytes);
    const offsets = new Set<number>([1, 2, end - 1]);
    for (let k = 1; k < 60; k++) offsets.add(Math.floor((end * k) / 60));
    for (const needle of ['\\"', '\\u', '.0', 'true', '": "']) {
      const i = text.indexOf(needle);
      if (i > 0) offsets.add(i + 1);
    }
    const name = path.split('/').pop() as string;
    for (const offset of offsets) {
      const cut = utf8(text.slice(0, offset));
      expectError(importBytes(name, cut), 'truncated-json', name);
    }
  });

  it('a cut file that is large enough to be streamed is refused the same way', async () => {
    const bytes = corpusBytes('fts/pages/2026-09-03-p001.json');
    for (const fraction of [0.1, 0.5, 0.9, 0.999]) {
      const cut = bytes.subarray(0, Math.floor(bytes.length * fraction));
      const result = await importNoticeStream({
        name: 'p001.json',
        size: STREAM_THRESHOLD_BYTES + 1,
        chunks: chunked(cut, 1000),
      });
      expectError(result, 'truncated-json', 'p001.json');
    }
  });
});

describe.runIf(hasCorpus)('JSON that is not OCDS, or the wrong shape', () => {
  const pkg = (): unknown => corpusJson('fts/members/083563-2026.json');
  const release = (): Json => releasesOf(pkg())[0] as Json;

  it.each([
    ['a release wrapped in an API envelope', () => ({ data: release(), status: 'ok' })],
    ['a release list nested one level too deep', () => [[release()]]],
    ['releases as an object instead of an array', () => ({ releases: { '0': release() } })],
    ['a package under another key', () => ({ results: releasesOf(pkg()), count: 1 })],
    ['the package header without its releases', () => ({ ...(pkg() as Json), releases: 'none' })],
    ['a list of ocids', () => releasesOf(pkg()).map((r) => r.ocid)],
  ])('%s: not-ocds', (_label, make) => {
    expectError(importJson('export.json', make()), 'not-ocds', 'export.json');
  });

  it.each(['package.json', 'tsconfig.json'])(
    "the project's own %s (real JSON, not a notice): not-ocds",
    async (file) => {
      const { readFileSync } = await import('node:fs');
      const bytes = new Uint8Array(readFileSync(`${repoRoot}/${file}`));
      expectError(importBytes(file, bytes), 'not-ocds', file);
    },
  );

  it('a real package with its releases emptied, or holding no objects: no-releases', () => {
    expectError(
      importJson('empty-package.json', { ...(pkg() as Json), releases: [] }),
      'no-releases',
      'empty-package.json',
    );
    expectError(
      importJson('odd-package.json', { ...(pkg() as Json), releases: [1, 'two', null, [], {}] }),
      'no-releases',
      'odd-package.json',
    );
  });

  it('a real record package without its compiled release (links only): linked-releases-only', () => {
    const path = 'ocds-examples/sample-data-fictional-1.1/record/ocds-213czf-000-00001.json';
    const records = corpusJson(path) as { records: Json[] };
    for (const r of records.records) delete r.compiledRelease;
    expectError(importJson('record.json', records), 'linked-releases-only', 'record.json');
  });

  it('the corpus notes (real text, not a notice): not-a-notice', () => {
    expectError(importBytes('SOURCES.md', corpusBytes('SOURCES.md')), 'not-a-notice', 'SOURCES.md');
  });
});

describe('things that are not notice files at all', () => {
  it('the commissioning strategy seed: commissioning-strategy, with the buyer named', () => {
    const result = importBytes(SEEDS.strategy, seedBytes(SEEDS.strategy));
    expectError(result, 'commissioning-strategy', SEEDS.strategy);
    expect(!result.ok && result.error.details.buyerName).toBe(
      'West Midlands Police and Crime Commissioner',
    );
  });

  const pdf = utf8(
    '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n' +
      '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
  );
  const pdfWithStream = new Uint8Array([...pdf, ...pseudoRandomBytes(2048, 7)]);

  it.each([
    ['Tender notice.pdf', pdf],
    ['notice.json', pdfWithStream],
  ])('a PDF (%s): pdf', (name, bytes) => {
    expectError(importBytes(name, bytes), 'pdf', name);
  });

  it('a PDF read as a stream: pdf, from its first few kilobytes', async () => {
    let pulled = 0;
    async function* chunks(): AsyncIterable<Uint8Array> {
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield i === 0 ? pdfWithStream : pseudoRandomBytes(4096, i);
      }
    }
    const result = await importNoticeStream({
      name: 'scan.pdf',
      size: 100 * 4096,
      chunks: chunks(),
    });
    expectError(result, 'pdf', 'scan.pdf');
    expect(pulled).toBeLessThanOrEqual(2); // only the first 4 KB are looked at
  });

  // What a browser saves when the session has expired: Find a Tender's sign-in page.
  const loginPage = `<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>Sign in - Find a Tender</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/assets/govuk-frontend.min.css">
</head>
<body class="govuk-template__body">
  <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
  <header class="govuk-header"><span class="govuk-header__logotype-text">GOV.UK</span> Find a Tender</header>
  <main class="govuk-main-wrapper" id="main-content">
    <h1 class="govuk-heading-l">Sign in</h1>
    <p class="govuk-body">Your session has expired. Sign in to continue to the notice.</p>
    <form method="post" action="/Account/Login?ReturnUrl=%2FNotice%2F083563-2026">
      <input name="__RequestVerificationToken" type="hidden" value="CfDJ8Nq3xWkq2">
      <label class="govuk-label" for="Email">Email address</label>
      <input class="govuk-input" id="Email" name="Email" type="email" autocomplete="email">
      <label class="govuk-label" for="Password">Password</label>
      <input class="govuk-input" id="Password" name="Password" type="password">
      <button class="govuk-button" type="submit">Sign in</button>
    </form>
  </main>
</body>
</html>
`;

  it.each([
    ['as saved', utf8(loginPage)],
    ['with CRLF and a UTF-8 BOM', withUtf8Bom(utf8(crlf(loginPage)))],
    ['in UTF-16 LE with BOM', utf16(loginPage, 'le')],
    ['with leading blank lines', utf8(`\n\n  ${loginPage}`)],
    ['with lower-case doctype', utf8(loginPage.replace('<!DOCTYPE html>', '<!doctype html>'))],
    ['without a doctype', utf8(loginPage.replace('<!DOCTYPE html>\n', ''))],
    [
      'saved by a browser with a mark-of-the-web comment',
      utf8(
        `<!-- saved from url=(0055)https://www.find-tender.service.gov.uk/Notice/083563-2026 -->\n${loginPage}`,
      ),
    ],
  ])('an HTML login page %s: html-page', (_label, bytes) => {
    expectError(importBytes('083563-2026.json', bytes), 'html-page', '083563-2026.json');
  });

  it('an HTML error page from a proxy: html-page', () => {
    const page =
      '<html><head><title>503 Service Unavailable</title></head><body><center><h1>503 Service Temporarily Unavailable</h1></center></body></html>';
    expectError(importBytes('notice.json', utf8(page)), 'html-page', 'notice.json');
  });

  it.each([
    ['random bytes with NULs', pseudoRandomBytes(4096, 42)],
    [
      'a Word document (ZIP)',
      new Uint8Array([
        0x50,
        0x4b,
        0x03,
        0x04,
        0x14,
        0x00,
        0x06,
        0x00,
        ...pseudoRandomBytes(2000, 3),
      ]),
    ],
    [
      'a PNG screenshot',
      new Uint8Array([
        0x89,
        0x50,
        0x4e,
        0x47,
        0x0d,
        0x0a,
        0x1a,
        0x0a,
        0,
        0,
        0,
        0x0d,
        ...pseudoRandomBytes(1000, 5),
      ]),
    ],
    ['a gzipped seed', new Uint8Array(gzipSync(seedBytes(SEEDS.cleveland)))],
    [
      'a seed with a NUL written into it',
      ((): Uint8Array => {
        const b = new Uint8Array(seedBytes(SEEDS.cleveland));
        b[200] = 0;
        return b;
      })(),
    ],
  ])('%s: binary', (_label, bytes) => {
    expectError(importBytes('notice.json', bytes), 'binary', 'notice.json');
  });

  it('an XML feed: not-a-notice', () => {
    const xml =
      '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Contracts Finder</title></feed>';
    expectError(importBytes('feed.xml', utf8(xml)), 'not-a-notice', 'feed.xml');
  });

  it('text in an encoding Bid Desk does not guess: unsupported-encoding', () => {
    const page = textOf(seedBytes(SEEDS.cleveland));
    expectError(importBytes('le.txt', utf16(page, 'le', false)), 'unsupported-encoding', 'le.txt');
    expectError(importBytes('be.txt', utf16(page, 'be', false)), 'unsupported-encoding', 'be.txt');
    expectError(importBytes('32.txt', utf32le(page)), 'unsupported-encoding', '32.txt');
  });
});

describe('the same file, however it was saved, imports identically', () => {
  it.each(Object.values(SEEDS))('seed %s', (seed) => {
    const bytes = seedBytes(seed);
    const expected = importBytes(seed, bytes);
    for (const [label, variant] of reEncodings(bytes)) {
      expect(importBytes(seed, variant), label).toEqual(expected);
    }
  });

  it.each(Object.values(SEEDS))(
    'seed %s, streamed in 3-byte chunks (BOMs and characters split)',
    async (seed) => {
      const bytes = seedBytes(seed);
      const expected = importBytes(seed, bytes);
      for (const [label, variant] of reEncodings(bytes).slice(0, 3)) {
        const streamed = await importNoticeStream({
          name: seed,
          size: null,
          chunks: chunked(variant, 3),
        });
        expect(streamed, label).toEqual(expected);
      }
    },
  );

  const files = [
    'fts/pages/2026-09-03-p001.json',
    'fts/pages/2026-09-03-p002.json',
    'fts/members/083563-2026.json',
    'fts/members/083645-2026.json',
    'fts/members/002109-2021.json',
    'fts/members/052408-2025.json',
    'fts/members/083468-2026.json',
    'fts/members/029664-2025.json',
    'contracts-finder/releases/cf-a7a08d2f-tender-819859.json',
    'contracts-finder/releases-text-altered/cf-8f3244de-tender-819901.json',
    'contracts-finder/cf-release-package-2025-01-23-trimmed.json',
    'ocds-examples/sample-data-fictional-1.1/ocds-213czf-000-00001.json',
    'ocds-examples/sample-data-fictional-1.1/record/ocds-213czf-000-00001.json',
  ];

  it.runIf(hasCorpus).each(files)('%s', (path) => {
    const bytes = corpusBytes(path);
    const expected = importBytes('notice.json', bytes);
    expect(expected.ok).toBe(true);
    for (const [label, variant] of reEncodings(bytes)) {
      expect(importBytes('notice.json', variant), label).toEqual(expected);
    }
  });

  it.runIf(hasCorpus)(
    'a large UTF-16 package on the streaming path equals the UTF-8 file',
    async () => {
      const bytes = corpusBytes('fts/pages/2026-09-03-p001.json');
      const expected = importBytes('p001.json', bytes);
      for (const order of ['le', 'be'] as const) {
        const streamed = await importNoticeStream({
          name: 'p001.json',
          size: STREAM_THRESHOLD_BYTES + 1,
          chunks: chunked(utf16(crlf(textOf(bytes)), order), 999),
        });
        expect(streamed, order).toEqual(expected);
      }
    },
  );
});

describe.runIf(hasCorpus)('a release with half its fields missing', () => {
  /** Keep every other key at every level (the even- or the odd-numbered ones), and the ocid. */
  function halve(value: unknown, keepOdd: boolean): unknown {
    if (Array.isArray(value)) return value.map((v) => halve(v, keepOdd));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter((_, i) => i % 2 === (keepOdd ? 1 : 0))
          .map(([k, v]) => [k, halve(v, keepOdd)]),
      );
    }
    return value;
  }

  const files = [
    'fts/pages/2026-09-03-p001.json',
    'fts/pages/2026-09-03-p002.json',
    'fts/members/083563-2026.json',
    'fts/members/002109-2021.json',
    'fts/members/029664-2025.json',
    'fts/members/052408-2025.json',
    'contracts-finder/cf-release-package-2025-01-23-trimmed.json',
  ];

  it.each(files.flatMap((f) => [[f, 'even'] as const, [f, 'odd'] as const]))(
    '%s, keeping the %s-numbered keys: imports with a warning',
    (path, half) => {
      const pkg = corpusJson(path) as Json;
      const releases = releasesOf(pkg).map((r) => ({
        ...(halve(r, half === 'odd') as Json),
        ocid: r.ocid,
      }));
      const result = importJson('half.json', { ...pkg, releases });
      expectImportsWithWarning(result, 'incomplete-notice');
    },
  );

  it('a release with only its envelope left (ocid, id, date, tag) imports as a stub, with a warning', () => {
    const r = releasesOf(corpusJson('fts/members/083563-2026.json'))[0] as Json;
    const stub = { ocid: r.ocid, id: r.id, date: r.date, tag: r.tag };
    const [o] = expectImportsWithWarning(importJson('stub.json', stub), 'incomplete-notice');
    expect(o?.ocid).toBe('ocds-h6vhtk-06f17d');
    expect(o?.title).toBe('Untitled notice ocds-h6vhtk-06f17d');
    expect(o?.keyDates.map((d) => d.kind)).toEqual(['published']);
  });

  it('a real release without tender, buyer and parties: imports named from its ocid, with a warning', () => {
    const pkg = corpusJson('fts/members/083563-2026.json') as Json;
    const [r] = releasesOf(pkg) as [Json];
    delete r.tender;
    delete r.buyer;
    delete r.parties;
    const [o] = expectImportsWithWarning(importJson('bare.json', pkg), 'incomplete-notice');
    expect(o?.buyer.name).toBe('Unknown buyer');
    expect(o?.lots).toHaveLength(1);
  });
});

describe.runIf(hasCorpus)('real Find a Tender quirks import, and keep their facts', () => {
  it('deliveryAddresses as an object keyed "1" (real, 002109-2021): regions still read', () => {
    const [o] = expectValid(
      importBytes('002109.json', corpusBytes('fts/members/002109-2021.json')),
    );
    expect(o?.regions).toEqual(['UK']);
  });

  it('deliveryAddresses turned from arrays into objects keyed "1","2"…: the same regions', () => {
    const path = 'fts/members/083468-2026.json';
    const original = expectValid(importBytes('a.json', corpusBytes(path)));
    const keyed = mapObjects(corpusJson(path), (o) =>
      Array.isArray(o.deliveryAddresses)
        ? {
            ...o,
            deliveryAddresses: Object.fromEntries(
              o.deliveryAddresses.map((a: unknown, i: number) => [String(i + 1), a]),
            ),
          }
        : o,
    );
    const changed = expectValid(importJson('a.json', keyed));
    expect(original[0]?.regions.length).toBeGreaterThan(1);
    expect(changed.map((o) => o.regions)).toEqual(original.map((o) => o.regions));
  });

  it.each(['fts/members/083563-2026.json', 'fts/pages/2026-09-03-p001.json'])(
    'every description in %s set to null: imports, and nothing else changes',
    (path) => {
      const original = expectValid(importBytes('d.json', corpusBytes(path)));
      const nulled = mapObjects(corpusJson(path), (o) =>
        'description' in o ? { ...o, description: null } : o,
      );
      const changed = expectValid(importJson('d.json', nulled));
      expect(changed).toHaveLength(original.length);
      changed.forEach((o, i) => {
        const before = original[i] as Opportunity;
        expect(o.description).toBeNull();
        expect(o.lots.every((l) => l.description === null)).toBe(true);
        expect(o.title).toBe(before.title);
        expect(o.lots.map((l) => [l.id, l.value, l.criteria.map((c) => c.weight)])).toEqual(
          before.lots.map((l) => [l.id, l.value, l.criteria.map((c) => c.weight)]),
        );
        // A description can only add derived facts (engagement times); the notice's own stay.
        expect(o.keyDates.filter((d) => !d.derived)).toEqual(
          before.keyDates.filter((d) => !d.derived),
        );
      });
    },
  );

  it('lot ids with spaces and colons (real, 052408-2025) are kept exactly', () => {
    const [o] = expectValid(
      importBytes('052408.json', corpusBytes('fts/members/052408-2025.json')),
    );
    expect(o?.lots.map((l) => l.id)).toContain('2: Phosphoric Acid');
  });

  it('lot ids rewritten with spaces, colons and dashes: lots, CPV and criteria still line up', () => {
    const path = 'fts/members/083563-2026.json';
    const [before] = expectValid(importBytes('lots.json', corpusBytes(path)));
    const rename = (id: unknown): string => `Lot ${String(id)}: Wonderlab – group ${String(id)}`;
    const renamed = mapObjects(corpusJson(path), (o) => {
      if ('relatedLot' in o) return { ...o, relatedLot: rename(o.relatedLot) };
      if ('awardCriteria' in o && 'id' in o) return { ...o, id: rename(o.id) };
      return o;
    });
    const [after] = expectValid(importJson('lots.json', renamed));
    expect(after?.lots.map((l) => l.id)).toEqual(before?.lots.map((l) => rename(l.id)));
    expect(after?.lots.map((l) => [l.value, l.cpv, l.regions, l.criteria])).toEqual(
      before?.lots.map((l) => [l.value, l.cpv, l.regions, l.criteria]),
    );
  });

  it('releases of one ocid with their dates dropped: imports, oldest-first, with a warning each', () => {
    const path = 'ocds-examples/sample-data-fictional-1.1/ocds-213czf-000-00001.json';
    const pkg = corpusJson(path) as Json;
    const releases = releasesOf(pkg).map((r, i) => {
      const copy = clone(r);
      if (i % 2 === 0) delete copy.date;
      return copy;
    });
    const result = importJson('undated.json', { ...pkg, releases });
    expectImportsWithWarning(result, 'release-without-date');
    expect(
      result.ok && result.warnings.filter((w) => w.code === 'release-without-date'),
    ).toHaveLength(3);
  });

  it('every date field of a real tender removed: imports, and no date is invented', () => {
    const dropped = mapObjects(corpusJson('fts/members/083563-2026.json'), (o) =>
      Object.fromEntries(Object.entries(o).filter(([k]) => !/date|deadline/i.test(k))),
    );
    const [o] = expectValid(importJson('no-dates.json', dropped));
    expect(o?.keyDates).toEqual([]);
    expect(o?.updatedAt).toBeNull();
  });

  it('dates that are not dates (empty, "TBC", 31 February, year 0000 or 10000) are left out', () => {
    const pkg = corpusJson('fts/members/083563-2026.json') as Json;
    const tender = tenderOf(releasesOf(pkg)[0] as Json);
    (tender.tenderPeriod as Json).endDate = '2026-02-31T12:00:00+00:00';
    (tender.enquiryPeriod as Json).endDate = '0000-01-01T00:00:00Z';
    (tender.awardPeriod as Json).startDate = '9999-12-31T23:59:59-14:00';
    (tender.awardPeriod as Json).endDate = 'TBC';
    for (const lot of tender.lots as Json[]) (lot.contractPeriod as Json).startDate = '';
    const [o] = expectValid(importJson('dates.json', pkg));
    const kinds = o?.keyDates.map((d) => d.kind);
    for (const kind of [
      'submissionDeadline',
      'clarificationDeadline',
      'awardDecision',
      'contractStart',
    ])
      expect(kinds).not.toContain(kind);
    expect(kinds).toContain('contractEnd');
  });
});

describe.runIf(hasCorpus)('regressions: inputs that once crashed or were misreported', () => {
  const base = (): Json => releasesOf(corpusJson('fts/members/083563-2026.json'))[0] as Json;
  /** JSON text nested `depth` deep (built as text: JSON.stringify itself overflows on it). */
  const nestedText = (depth: number): string =>
    `${'{"deeper":['.repeat(depth)}"bottom"${']}'.repeat(depth)}`;

  it('junk nested 20,000 deep in two releases of one ocid (overflowed the merge): left out, with a warning', () => {
    const older: Json = { ...base(), id: 'old', date: '2026-09-01T00:00:00Z' };
    const newer: Json = { ...base(), id: 'new', date: '2026-09-02T00:00:00Z' };
    tenderOf(older).junk = 'JUNK';
    tenderOf(newer).junk = 'JUNK';
    const text = JSON.stringify({ releases: [older, newer] }).replaceAll(
      '"JUNK"',
      nestedText(10_000),
    );
    const result = importBytes('deep.json', utf8(text));
    const [o] = expectImportsWithWarning(result, 'nesting-too-deep');
    expect(o?.lots).toHaveLength(5);
  });

  it('junk nested 20,000 deep in a single release (never merged, so never walked): imports as without it', () => {
    const release: Json = { ...base(), id: 'only', date: '2026-09-01T00:00:00Z' };
    const [plain] = expectValid(importJson('plain.json', { releases: [release] }));
    tenderOf(release).junk = 'JUNK';
    const text = JSON.stringify({ releases: [release] }).replaceAll('"JUNK"', nestedText(10_000));
    const [o] = expectValid(importBytes('deep.json', utf8(text)));
    expect(o?.lots).toHaveLength(5);
    expect(o).toEqual(plain);
  });

  it('a description of HTML nested 5,000 deep (overflowed html-to-text): the words are kept', () => {
    const r = base();
    tenderOf(r).description =
      `${'<div>'.repeat(5000)}Wonderlab interactives${'</div>'.repeat(5000)}`;
    const [o] = expectValid(importJson('deep-html.json', r));
    expect(o?.description).toBe('Wonderlab interactives');
  });

  it('an envelope-only release was called "a record package that only links": now a stub with a warning', () => {
    const result = importJson('envelope.json', { ocid: 'ocds-h6vhtk-000001' });
    expectImportsWithWarning(result, 'incomplete-notice');
  });

  it('a release package of empty objects was called "a record package that only links": no-releases', () => {
    expectError(importJson('empties.json', { releases: [{}, {}] }), 'no-releases', 'empties.json');
  });

  it('a file of blank lines was called "a text file but not a notice page": empty-file', () => {
    expectError(importBytes('blank.txt', utf8('\n\n\n')), 'empty-file', 'blank.txt');
  });

  it('years outside 1900–2999 became instants the model rejects: left out', () => {
    const r = base();
    r.date = '0000-01-01T00:00:00Z';
    (tenderOf(r).tenderPeriod as Json).endDate = '9999-12-31T23:59:59-14:00';
    const [o] = expectValid(importJson('years.json', r));
    expect(o?.updatedAt).toBeNull();
    expect(o?.keyDates.map((d) => d.kind)).not.toContain('submissionDeadline');
  });
});

describe('regressions: the chunk sizes of a stream do not change the verdict', () => {
  const seed = seedBytes(SEEDS.westMidlands);
  const seedText = textOf(seed);
  /** The seed page's own OCDS block: a real release, as a JSON file. */
  const release = utf8(seedText.slice(seedText.indexOf('\n{\n') + 1));

  async function* pieces(...parts: Uint8Array[]): AsyncIterable<Uint8Array> {
    yield* parts;
  }

  it('a control character in the first chunk of 16 bytes was read as "binary"', async () => {
    const bytes = new Uint8Array(release);
    bytes[5] = 0x07; // one stray BEL: text in the in-memory path, so it must be in a stream too
    const expected = importBytes('bell.json', bytes);
    expect(expected.ok ? 'imported' : expected.error.code).not.toBe('binary');
    const streamed = await importNoticeStream({
      name: 'bell.json',
      size: bytes.length,
      chunks: chunked(bytes, 16),
    });
    expect(streamed).toEqual(expected);
  });

  it('a large file whose BOM arrives one byte at a time was refused as "too-large"', async () => {
    const bytes = withUtf8Bom(release);
    const expected = importBytes('bom.json', bytes);
    expect(expected.ok).toBe(true);
    const streamed = await importNoticeStream({
      name: 'bom.json',
      size: STREAM_THRESHOLD_BYTES + 1,
      chunks: pieces(
        bytes.subarray(0, 1),
        bytes.subarray(1, 2),
        bytes.subarray(2, 3),
        bytes.subarray(3),
      ),
    });
    expect(streamed).toEqual(expected);
  });

  it('a stream that starts with an empty chunk was called "empty"', async () => {
    const expected = importBytes(SEEDS.westMidlands, seed);
    const streamed = await importNoticeStream({
      name: SEEDS.westMidlands,
      size: seed.length,
      chunks: pieces(new Uint8Array(0), seed),
    });
    expect(streamed).toEqual(expected);
  });
});

describe('a 200 MB file, read as a stream', () => {
  const body = utf8(
    '2026-09-03 10:41:07 INFO request /api/1.0/ocdsReleasePackages served in 41 ms\n'.repeat(
      13_000,
    ),
  );

  it('200 MB of log lines with its size known: too-large, after the first chunk', async () => {
    const meter = new Meter();
    const started = Date.now();
    const result = await importNoticeStream({
      name: 'server.log',
      size: 200 * MB,
      chunks: generated(meter, body, body, 200 * MB),
    });
    expectError(result, 'too-large', 'server.log');
    expect(meter.chunks).toBe(1);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('200 MB of log lines with no size given: too-large, having read little past the limit', async () => {
    const meter = new Meter();
    const result = await importNoticeStream({
      name: 'server.log',
      size: null,
      chunks: generated(meter, body, body, 200 * MB),
    });
    expectError(result, 'too-large', 'server.log');
    expect(meter.bytes).toBeLessThanOrEqual(STREAM_THRESHOLD_BYTES + body.length);
  });

  it('200 MB that starts like a package, then garbage: invalid-json, early and lean', async () => {
    const meter = new Meter();
    const garbage = pseudoRandomBytes(MB, 2026).map((b) => 0x20 + (b % 0x5f));
    const result = await importNoticeStream({
      name: 'releases.json',
      size: 200 * MB,
      chunks: generated(meter, utf8('{"releases":['), garbage, 200 * MB),
    });
    expectError(result, 'invalid-json', 'releases.json');
    expect(meter.bytes).toBeLessThan(10 * MB);
  });

  it.runIf(hasCorpus)(
    '200 MB of real releases cut off mid-release: truncated-json, without a 200 MB string',
    async () => {
      const pkg = corpusJson('fts/pages/2026-09-03-p001.json') as Json;
      const texts = releasesOf(pkg).map((r) => JSON.stringify(r));
      // About 1 MB of real releases, each under its own ocid, repeated to 200 MB.
      let chunk = '';
      for (let i = 0; chunk.length < MB; i++) {
        const text = texts[i % texts.length] as string;
        chunk += `${text.replace(/"ocds-h6vhtk-([0-9a-f]+)"/g, `"ocds-h6vhtk-$1-${i}"`)},`;
      }
      const cut = utf8((texts[0] as string).slice(0, 700));
      const meter = new Meter();
      const result = await importNoticeStream({
        name: 'releases.json',
        size: 200 * MB,
        chunks: generated(meter, utf8('{"releases":['), utf8(chunk), 200 * MB, cut),
      });
      expectError(result, 'truncated-json', 'releases.json');
      expect(meter.bytes).toBeGreaterThan(199 * MB);
      expect(meter.heapGrowthMb).toBeLessThan(150);
    },
    60_000,
  );
});

describe('cancelling an import', () => {
  const release = utf8(
    `${JSON.stringify({
      ocid: 'ocds-h6vhtk-000001',
      id: '1',
      date: '2026-09-03T10:00:00Z',
      tender: { title: 'Victim support services' },
    })},`.repeat(2000),
  );

  it('an endless package cancelled after 20 chunks: cancelled, and reading stops', async () => {
    const controller = new AbortController();
    let pulled = 0;
    async function* endless(): AsyncIterable<Uint8Array> {
      yield utf8('{"releases":[');
      for (;;) {
        pulled++;
        if (pulled === 20) controller.abort();
        yield release;
      }
    }
    const result = await importNoticeStream(
      { name: 'big.json', size: 200 * MB, chunks: endless() },
      { signal: controller.signal },
    );
    expectError(result, 'cancelled', 'big.json');
    expect(pulled).toBeLessThanOrEqual(21);
  });

  it('a small file cancelled part-way: cancelled', async () => {
    const controller = new AbortController();
    const bytes = seedBytes(SEEDS.cleveland);
    async function* slow(): AsyncIterable<Uint8Array> {
      for (let i = 0; i < bytes.length; i += 1000) {
        if (i === 3000) controller.abort();
        yield bytes.subarray(i, i + 1000);
      }
    }
    const result = await importNoticeStream(
      { name: SEEDS.cleveland, size: bytes.length, chunks: slow() },
      { signal: controller.signal },
    );
    expectError(result, 'cancelled', SEEDS.cleveland);
  });

  it('cancelled before it starts, or during the last chunk (used to import anyway): cancelled', async () => {
    const bytes = seedBytes(SEEDS.cleveland);
    const early = new AbortController();
    early.abort();
    let pulled = 0;
    async function* counted(): AsyncIterable<Uint8Array> {
      pulled++;
      yield bytes;
    }
    expectError(
      await importNoticeStream(
        { name: 'a.txt', size: bytes.length, chunks: counted() },
        { signal: early.signal },
      ),
      'cancelled',
      'a.txt',
    );
    expect(pulled).toBe(0);

    // The user cancels while the reader is finishing the file (after its last chunk).
    const late = new AbortController();
    async function* abortAtTheEnd(): AsyncIterable<Uint8Array> {
      yield bytes;
      late.abort();
    }
    expectError(
      await importNoticeStream(
        { name: 'b.txt', size: bytes.length, chunks: abortAtTheEnd() },
        { signal: late.signal },
      ),
      'cancelled',
      'b.txt',
    );
  });
});
