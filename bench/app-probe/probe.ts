/**
 * The app benchmark's probe page (see bench/app.ts), served from the same origin as the built app
 * so that it shares the app's IndexedDB. Its task comes from the query string:
 *
 * - `?task=fill&releases=8000&seed=5&count=5000`: run the import engine on a generated FTS-like
 *   package and store its first `count` opportunities in the app's own database through
 *   `saveImport`, the path an import takes in the app.
 * - `?task=bulk&releases=10000&seed=2&first=saveImport|raw`: one run of the bulk-import figure and
 *   its floor, on a fresh profile. The engine runs first (timed apart, counted on neither side);
 *   then, each on a fresh database, `saveImport` of all its opportunities is timed beside the
 *   floor: raw IndexedDB `put`s of one row per release of the package (the release objects as
 *   parsed), in one transaction. The timed `saveImport`'s row counts must match the rows it
 *   hands to IndexedDB (captured on a database that drops them).
 *
 * The answer is left on `window.benchProbe` and `<html data-done="true">` (or `data-error`).
 */
import { importNoticeFile } from '../../shared/import/engine';
import type { Opportunity } from '../../shared/notice/model';
import { BidDeskDatabase, openDatabase, saveImport, type SaveImportInput } from '../../renderer/db';
import { generateReleasePackage } from '../generate-packages';

/** What the fill task reports. */
export interface FillResult {
  task: 'fill';
  releases: number;
  opportunitiesRead: number;
  /** Opportunities `saveImport` created, and how many the database then held. */
  created: number;
  stored: number;
  engineMs: number;
  saveMs: number;
}

/** What the bulk task reports: one run, in a fresh browser profile. */
export interface BulkResult {
  task: 'bulk';
  releases: number;
  packageMb: number;
  opportunities: number;
  /** Decoding + the engine on the package's bytes (generating it is not included). */
  engineMs: number;
  /** Which side wrote first (the benchmark alternates across runs). */
  first: 'saveImport' | 'raw';
  saveImportMs: number;
  /** The floor: raw puts of one row per release. */
  rawMs: number;
  /**
   * Raw puts of the rows `saveImport` writes (as captured), into a fresh database with the app's
   * stores and indexes, in one transaction: what the stored shape costs without the planning,
   * Dexie or the slices (judged nowhere; it splits the ratio into shape and code).
   */
  ownRowsMs: number;
  /** Rows the floor put (the package's releases). */
  rawRows: number;
  /** Long tasks (over 50 ms, as Chromium reports them) during the timed `saveImport`. */
  longTasks: LongTasks;
  /** Rows per table: what `saveImport` wrote, and what the raw side put (the same objects). */
  rows: Record<string, number>;
  /** About how much data that is: the rows' JSON length per table, in MB. */
  jsonMb: Record<string, number>;
}

/** The page's long tasks during a timed span: the longest, and how many held it over 100 ms. */
export interface LongTasks {
  longestMs: number;
  over100: number;
  count: number;
}

/** The probe's answer as the benchmark reads it. */
export type ProbeResult = FillResult | BulkResult;

declare global {
  interface Window {
    benchProbe?: ProbeResult;
  }
}

/** The tables an import may write: every table but `meta` (settings, filled on creation). */
function writtenTables(db: BidDeskDatabase): string[] {
  return db.tables.map((table) => table.name).filter((name) => name !== 'meta');
}

const params = new URLSearchParams(location.search);
const num = (name: string, fallback: number): number => Number(params.get(name) ?? fallback);
const ctx = (): { now: Date; user: string } => ({ now: new Date(), user: 'Bench' });
const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();
const status = (text: string): void => {
  const out = document.getElementById('task');
  if (out) out.textContent = text;
};

/** Generate the package and run the engine on its bytes (decode + import, as the worker does). */
function readPackage(
  releases: number,
  seed: number,
): { opportunities: Opportunity[]; bytes: number; engineMs: number; releases: unknown[] } {
  const text = generateReleasePackage(releases, seed);
  const bytes = new TextEncoder().encode(text);
  const started = performance.now();
  const result = importNoticeFile({ name: `fts-like-${releases}-${seed}.json`, bytes });
  const engineMs = performance.now() - started;
  if (!result.ok) throw new Error(`engine refused the package: ${result.error.code}`);
  const parsed = (JSON.parse(text) as { releases: unknown[] }).releases;
  return { opportunities: result.opportunities, bytes: bytes.length, engineMs, releases: parsed };
}

async function fill(): Promise<FillResult> {
  const releases = num('releases', 8000);
  const count = num('count', 5000);
  status(`reading ${releases} releases`);
  const { opportunities, bytes, engineMs } = readPackage(releases, num('seed', 5));
  if (opportunities.length < count) {
    throw new Error(`${releases} releases make only ${opportunities.length} opportunities`);
  }
  const chosen = opportunities.slice(0, count);
  status(`storing ${chosen.length} opportunities`);
  const db = await openDatabase();
  const started = performance.now();
  const summary = await saveImport(
    db,
    {
      fileName: `fts-like-${releases}.json`,
      format: 'release-package',
      sourceText: null,
      size: bytes,
      opportunities: chosen,
    },
    ctx(),
  );
  const saveMs = performance.now() - started;
  const stored = await db.opportunities.count();
  db.close();
  return {
    task: 'fill',
    releases,
    opportunitiesRead: opportunities.length,
    created: summary.created.length,
    stored,
    engineMs,
    saveMs,
  };
}

type Rows = Record<string, unknown[]>;

/**
 * The rows `saveImport` hands to IndexedDB for this package, without writing them: it runs on a
 * fresh database (so it reads nothing back, as on the timed side) whose Dexie core records every
 * add and put and drops them. This keeps Chromium's store untouched before the timed writes, so
 * either side can go first.
 */
async function capturedRows(opportunities: Opportunity[], size: number): Promise<Rows> {
  const rows: Rows = {};
  const db = new BidDeskDatabase('bench-bulk-capture');
  db.use({
    stack: 'dbcore',
    name: 'bench-capture',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: async (req) => {
            if (name === 'meta') return table.mutate(req); // written on creation, not by imports
            if (req.type !== 'add' && req.type !== 'put') {
              return { numFailures: 0, failures: {}, lastResult: undefined, results: [] };
            }
            (rows[name] ??= []).push(...req.values);
            const keys = req.values.map((value: { id?: unknown }) => value.id);
            return { numFailures: 0, failures: {}, lastResult: keys.at(-1), results: keys };
          },
        };
      },
    }),
  });
  await db.open();
  await saveImport(db, importInput(opportunities, size), ctx());
  db.close();
  await deleteDatabase('bench-bulk-capture');
  return rows;
}

function importInput(opportunities: Opportunity[], size: number): SaveImportInput {
  return {
    fileName: 'fts-like-bulk.json',
    format: 'release-package',
    sourceText: null,
    size,
    opportunities,
  };
}

/**
 * Watches the page's long tasks from now on (Chromium reports every task over 50 ms); `stop`
 * waits a task so the last one is reported, and returns those that started in the span.
 */
function watchLongTasks(): { stop: () => Promise<LongTasks> } {
  const from = performance.now();
  const seen: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => seen.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });
  return {
    stop: async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      seen.push(...observer.takeRecords());
      observer.disconnect();
      const durations = seen.filter((e) => e.startTime >= from).map((e) => e.duration);
      return {
        longestMs: Math.max(0, ...durations),
        over100: durations.filter((d) => d > 100).length,
        count: durations.length,
      };
    },
  };
}

/** `saveImport` of every opportunity into a fresh database, timed until its transaction commits. */
async function timeSaveImport(
  opportunities: Opportunity[],
  size: number,
): Promise<{ ms: number; rows: Record<string, number>; longTasks: LongTasks }> {
  const db = await openDatabase({ name: 'bench-bulk-saveimport' });
  collectGarbage();
  const watch = watchLongTasks();
  const started = performance.now();
  await saveImport(db, importInput(opportunities, size), ctx());
  const ms = performance.now() - started;
  const longTasks = await watch.stop();
  const rows: Record<string, number> = {};
  for (const name of writtenTables(db)) {
    const count = await db.table(name).count();
    if (count > 0) rows[name] = count;
  }
  db.close();
  return { ms, rows, longTasks };
}

/**
 * The rows `saveImport` writes, put raw into a fresh database opened with the app's schema (so the
 * same stores, keys and indexes), one transaction, timed until it commits.
 */
async function timeOwnRowPuts(rows: Rows): Promise<number> {
  const db = await openDatabase({ name: 'bench-bulk-own-rows' });
  const names = Object.keys(rows);
  const idb = db.backendDB();
  collectGarbage();
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(names, 'readwrite');
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('own rows transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('own rows transaction aborted'));
    for (const name of names) {
      const store = tx.objectStore(name);
      for (const row of rows[name] ?? []) store.put(row);
    }
  });
  const ms = performance.now() - started;
  db.close();
  return ms;
}

/**
 * The floor: one row per release of the package (the release objects as parsed) put into a fresh
 * plain IndexedDB database, one object store, one transaction, timed until it commits.
 */
async function timeReleasePuts(releases: readonly unknown[]): Promise<number> {
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('bench-bulk-raw', 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('releases', { autoIncrement: true });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('could not open bench-bulk-raw'));
  });
  collectGarbage();
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = raw.transaction(['releases'], 'readwrite');
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('raw transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('raw transaction aborted'));
    const store = tx.objectStore('releases');
    for (const release of releases) store.put(release);
  });
  const ms = performance.now() - started;
  raw.close();
  return ms;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`could not delete ${name}`));
  });
}

async function bulk(): Promise<BulkResult> {
  const releases = num('releases', 10000);
  const first = params.get('first') === 'raw' ? 'raw' : 'saveImport';
  status(`reading ${releases} releases`);
  const {
    opportunities,
    bytes,
    engineMs,
    releases: parsed,
  } = readPackage(releases, num('seed', 2));
  status('capturing the rows saveImport writes');
  const rows = await capturedRows(opportunities, bytes);
  const jsonMb = Object.fromEntries(
    Object.entries(rows).map(([table, list]) => [
      table,
      list.reduce<number>((sum, row) => sum + JSON.stringify(row).length, 0) / 1_000_000,
    ]),
  );
  status(`timing, ${first} first`);
  let rawMs = first === 'raw' ? await timeReleasePuts(parsed) : 0;
  // Between the two judged sides whichever goes first, so it sits beside both alike.
  const own = async (): Promise<number> => timeOwnRowPuts(rows);
  let ownRowsMs = first === 'raw' ? await own() : 0;
  const saved = await timeSaveImport(opportunities, bytes);
  if (first === 'saveImport') {
    ownRowsMs = await own();
    rawMs = await timeReleasePuts(parsed);
  }
  for (const [table, list] of Object.entries(rows)) {
    if (saved.rows[table] !== list.length) {
      throw new Error(`${table}: saveImport stored ${saved.rows[table]}, captured ${list.length}`);
    }
  }
  return {
    task: 'bulk',
    releases,
    packageMb: bytes / 1_000_000,
    opportunities: opportunities.length,
    engineMs,
    first,
    saveImportMs: saved.ms,
    rawMs,
    ownRowsMs,
    rawRows: parsed.length,
    longTasks: saved.longTasks,
    rows: saved.rows,
    jsonMb,
  };
}

async function main(): Promise<void> {
  const task = params.get('task');
  const result = task === 'fill' ? await fill() : task === 'bulk' ? await bulk() : null;
  if (!result) throw new Error(`unknown task "${task ?? ''}"`);
  window.benchProbe = result;
  status('done');
  document.documentElement.dataset.done = 'true';
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  status(`failed: ${message}`);
  document.documentElement.dataset.error = message;
});
