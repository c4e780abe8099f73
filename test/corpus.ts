/**
 * Where the test data lives. The real OCDS corpus sits in `../shared/fixtures/real` beside the
 * repository (never copied in); the seeds are the project's own `seeds/`.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const seedsDir = join(repoRoot, 'seeds');

const corpusCandidate = resolve(repoRoot, '..', 'shared', 'fixtures', 'real');

/** The real corpus folder, or null on a machine without `../shared`. */
export const corpusDir: string | null = existsSync(join(corpusCandidate, 'SOURCES.md'))
  ? corpusCandidate
  : null;

/** Read a file under the corpus as bytes. Only call when `corpusDir` is set. */
export function corpusBytes(path: string): Uint8Array {
  if (!corpusDir) throw new Error('no corpus');
  return readFileSync(join(corpusDir, path));
}

export function corpusJson(path: string): unknown {
  return JSON.parse(new TextDecoder().decode(corpusBytes(path)));
}

export function seedBytes(name: string): Uint8Array {
  return readFileSync(join(seedsDir, name));
}

export const SEEDS = {
  westMidlands: '000_fb4168de84f5f4c3.txt',
  cleveland: '001_69a53860d87aeeff.txt',
  staffordshireHateCrime: '002_3c1ae50ae6e20042.txt',
  strategy: '003_36be14ad22fdf902.txt',
  staffordshireStalking: '004_478b2feee0bee103.txt',
} as const;

/** Every file under a corpus sub-folder (recursively), as paths relative to the corpus. */
export function corpusFiles(sub = '', ext = '.json'): string[] {
  if (!corpusDir) return [];
  const root = join(corpusDir, sub);
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (full.endsWith(ext)) out.push(relative(corpusDir, full));
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}

/**
 * The corpus files that are valid JSON. The corpus keeps some real files exactly as published
 * even where they are not (a page re-serialised by Python with `Infinity` in it): those are bad
 * input, which the engine must refuse (see `corpusFilesNotJson`), not data to compare.
 */
export function corpusJsonFiles(sub = ''): string[] {
  return corpusFiles(sub).filter((path) => parsesAsJson(path));
}

/** The corpus's `.json` files that JSON.parse refuses. */
export function corpusFilesNotJson(sub = ''): string[] {
  return corpusFiles(sub).filter((path) => !parsesAsJson(path));
}

function parsesAsJson(path: string): boolean {
  try {
    JSON.parse(new TextDecoder().decode(corpusBytes(path)));
    return true;
  } catch {
    return false;
  }
}

/**
 * Call at the top of a corpus suite: in CI the corpus must be there; elsewhere a missing corpus
 * is reported once and the suite's tests are not registered.
 */
export function corpusAvailable(suite: string): boolean {
  if (corpusDir) return true;
  if (process.env.CI)
    throw new Error(`${suite}: the real corpus ../shared/fixtures/real is missing`);
  console.warn(`${suite}: no corpus found at ../shared/fixtures/real; corpus tests not run`);
  return false;
}
