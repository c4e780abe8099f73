import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../shared/import/decode';
import {
  COUNT_PASS_SHARE,
  importNoticeFile,
  STREAM_THRESHOLD_BYTES,
} from '../../shared/import/engine';
import { corpusAvailable, corpusBytes, SEEDS, seedsDir } from '../../test/corpus';
import { importFileAtPath, SOURCE_TEXT_LIMIT_BYTES } from './import-file';
import type { ImportProgress } from './import-jobs';

const seed = (name: string) => path.join(seedsDir, name);
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bid-desk-import-file-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('importFileAtPath', () => {
  it('imports a real notice page from disk, with progress and the file’s text', async () => {
    const file = seed(SEEDS.westMidlands);
    const progress: ImportProgress[] = [];
    const { outcome, sourceText } = await importFileAtPath(file, {
      onProgress: (p) => progress.push(p),
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.opportunities).toHaveLength(1);
    expect(outcome.opportunities[0]?.buyer.name ?? '').not.toBe('');
    expect(sourceText).toBe(decodeText(readFileSync(file), SEEDS.westMidlands));
    const size = statSync(file).size;
    expect(progress.at(-1)).toEqual({ bytesRead: size, totalBytes: size });
  });

  it('keeps the text of a commissioning strategy it cannot import, so it can be kept as a reference', async () => {
    const { outcome, sourceText } = await importFileAtPath(seed(SEEDS.strategy));
    expect(outcome).toMatchObject({ ok: false, error: { code: 'commissioning-strategy' } });
    expect(sourceText?.length).toBeGreaterThan(1000);
  });

  it('leaves out the text of files above the limit but still imports them', async () => {
    const { outcome, sourceText } = await importFileAtPath(seed(SEEDS.cleveland), {
      sourceTextLimit: 1000,
    });
    expect(outcome.ok).toBe(true);
    expect(sourceText).toBeNull();
    expect(SOURCE_TEXT_LIMIT_BYTES).toBe(20 * 1024 * 1024);
  });

  it('reads a file of several chunks and stops when cancelled part-way', async () => {
    const file = path.join(dir, 'padded notice.txt');
    // A real notice followed by blank lines: several 256 KB chunks.
    writeFileSync(
      file,
      Buffer.concat([readFileSync(seed(SEEDS.cleveland)), Buffer.alloc(900 * 1024, 0x0a)]),
    );
    const controller = new AbortController();
    const progress: number[] = [];
    const { outcome, sourceText } = await importFileAtPath(file, {
      signal: controller.signal,
      onProgress: ({ bytesRead }) => {
        progress.push(bytesRead);
        controller.abort();
      },
    });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(sourceText).toBeNull();
    expect(progress.length).toBeLessThan(3);
  });

  it('reads the same padded file to the end when nobody cancels', async () => {
    const file = path.join(dir, 'padded notice.txt');
    const chunks: number[] = [];
    const { outcome } = await importFileAtPath(file, {
      onProgress: ({ bytesRead }) => chunks.push(bytesRead),
    });
    expect(outcome.ok).toBe(true);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.at(-1)).toBe(statSync(file).size);
  });

  it('says a PDF is a PDF and sends no text back', async () => {
    const file = path.join(dir, 'tender.pdf');
    writeFileSync(
      file,
      Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n', 'latin1'),
    );
    const { outcome, sourceText } = await importFileAtPath(file);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'pdf' } });
    expect(sourceText).toBeNull();
  });

  it('explains a file that has gone', async () => {
    const { outcome } = await importFileAtPath(path.join(dir, 'moved.json'));
    expect(outcome).toMatchObject({ ok: false, error: { code: 'unreadable' } });
    expect(!outcome.ok && outcome.error.message).toBe(
      '“moved.json” could not be found. It may have been moved, renamed or deleted. Nothing was imported.',
    );
  });

  it('explains a folder dropped instead of files', async () => {
    const folder = path.join(dir, 'Tenders 2025');
    mkdirSync(folder, { recursive: true });
    const { outcome } = await importFileAtPath(folder);
    expect(!outcome.ok && outcome.error.message).toMatch(
      /^“Tenders 2025” is a folder, not a file\./,
    );
  });

  it.runIf(existsSync('/dev/zero'))(
    'refuses a device, which would never end, before reading a byte',
    async () => {
      for (const device of ['/dev/zero', '/dev/null']) {
        const { outcome, sourceText } = await importFileAtPath(device);
        expect(outcome).toMatchObject({ ok: false, error: { code: 'unreadable' } });
        expect(!outcome.ok && outcome.error.message).toMatch(
          new RegExp(`^“${path.basename(device)}” is not an ordinary file`),
        );
        expect(sourceText).toBeNull();
      }
    },
    2000,
  );
});

describe.runIf(corpusAvailable('large file import'))('a package over 50 MiB on disk', () => {
  /** A real FTS release package followed by blank lines, so the file is large but quick to read. */
  function largePackage(name: string): { file: string; json: Uint8Array } {
    const json = corpusBytes('fts/pages/2026-09-03-p001.json');
    const file = path.join(dir, name);
    writeFileSync(file, json);
    appendFileSync(file, Buffer.alloc(STREAM_THRESHOLD_BYTES + 1, 0x0a));
    return { file, json };
  }

  it('is read twice and gives what the package gives in memory, progress ending at its size', async () => {
    const { file, json } = largePackage('large package.json');
    const progress: number[] = [];
    const { outcome, sourceText } = await importFileAtPath(file, {
      onProgress: ({ bytesRead }) => progress.push(bytesRead),
    });
    const inMemory = importNoticeFile({ name: 'large package.json', bytes: json });
    expect(outcome).toEqual(inMemory);
    expect(sourceText).toBeNull();
    const size = statSync(file).size;
    expect(progress.at(-1)).toBe(size);
    expect(progress).toContain(Math.round(size * COUNT_PASS_SHARE)); // the count's end
    rmSync(file);
  });

  it('says so, importing nothing, when the file is deleted between the two readings', async () => {
    const { file } = largePackage('deleted.json');
    const size = statSync(file).size;
    let deleted = false;
    const { outcome } = await importFileAtPath(file, {
      onProgress: ({ bytesRead }) => {
        // The count is done: the file goes before the import reads it again.
        if (!deleted && bytesRead >= Math.round(size * COUNT_PASS_SHARE)) {
          rmSync(file);
          deleted = true;
        }
      },
    });
    expect(deleted).toBe(true);
    expect(outcome).toMatchObject({
      ok: false,
      error: {
        code: 'unreadable',
        message:
          '“deleted.json” could not be found. It may have been moved, renamed or deleted. Nothing was imported.',
      },
    });
  });
});
