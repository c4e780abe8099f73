/**
 * The backup benchmark's page code (`bench/backup.ts` runs it in Chromium): a full
 * backup and restore timed beside its floor, the least any backup of the same rows could cost:
 * raw IndexedDB reads of every store in one transaction plus `JSON.stringify`, then `JSON.parse`
 * plus raw puts into object stores with the same keys and indexes in one transaction.
 */
import { Dexie } from 'dexie';
import { importNoticeFile } from '../../shared/import/engine';
import { openDatabase, type BidDeskDatabase } from '../../renderer/db';
import {
  exportBackup,
  parseBackup,
  restoreBackup,
  serialiseBackup,
} from '../../renderer/db/backup';
import { fillWithWork, type FilledCounts } from './benchmark-fill';

/** One run: the backup's four steps and the floor's four, on fresh target databases. */
export interface BackupBenchRun {
  first: 'backup' | 'floor';
  exportMs: number;
  serialiseMs: number;
  parseMs: number;
  restoreMs: number;
  /** Export + serialise + parse + restore. */
  totalMs: number;
  floorReadMs: number;
  floorStringifyMs: number;
  floorParseMs: number;
  floorWriteMs: number;
  floorMs: number;
  /** The backup file's length (characters), and the floor's JSON. */
  backupChars: number;
  floorChars: number;
}

export interface BackupBenchResult {
  filled: FilledCounts;
  /** Rows per table in the source store; every restore is checked to hold the same. */
  rows: Record<string, number>;
  /** Characters of JSON per table (what makes the file large). */
  chars: Record<string, number>;
  runs: BackupBenchRun[];
}

const ctx = { now: new Date('2026-04-20T09:00:00Z'), user: 'Bench' };
const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();

/** Request → promise. */
function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

/** An empty plain IndexedDB database with the same stores, keys and indexes as `like`. */
function openRawCopy(name: string, like: Dexie): Promise<IDBDatabase> {
  const request = indexedDB.open(name, 1);
  request.onupgradeneeded = () => {
    for (const table of like.tables) {
      const { primKey, indexes } = table.schema;
      const store = request.result.createObjectStore(table.name, {
        keyPath: primKey.keyPath ?? null,
      });
      for (const index of indexes) {
        store.createIndex(index.name, index.keyPath ?? index.name, {
          unique: index.unique ?? false,
          multiEntry: index.multi ?? false,
        });
      }
    }
  };
  return done(request);
}

/** Time the backup side: export, serialise, parse, restore into a fresh store. */
async function timeBackup(source: BidDeskDatabase, run: number, rows: Record<string, number>) {
  const target = await openDatabase({ name: `bench-backup-target-${run}` });
  collectGarbage();
  const t0 = performance.now();
  const file = await exportBackup(source, { ...ctx, appVersion: 'bench' });
  const t1 = performance.now();
  const text = serialiseBackup(file);
  const t2 = performance.now();
  const parsed = parseBackup(text);
  const t3 = performance.now();
  await restoreBackup(target, parsed, ctx);
  const t4 = performance.now();
  for (const table of target.tables) {
    const count = await table.count();
    // Every table, `meta` included (the source records `demoSeeded` as the app's first run does).
    if (count !== rows[table.name]) {
      throw new Error(`restored ${table.name} holds ${count} rows, the source ${rows[table.name]}`);
    }
  }
  target.close();
  await Dexie.delete(target.name);
  return {
    exportMs: t1 - t0,
    serialiseMs: t2 - t1,
    parseMs: t3 - t2,
    restoreMs: t4 - t3,
    totalMs: t4 - t0,
    backupChars: text.length,
  };
}

/** Time the floor: raw reads + stringify, parse + raw writes into a fresh copy of the stores. */
async function timeFloor(source: BidDeskDatabase, run: number) {
  const names = source.tables.map((table) => table.name);
  const raw = await done(indexedDB.open(source.name));
  const target = await openRawCopy(`bench-backup-floor-${run}`, source);
  collectGarbage();
  const t0 = performance.now();
  const reading = raw.transaction(names, 'readonly');
  const read = await Promise.all(names.map((name) => done(reading.objectStore(name).getAll())));
  const tables = Object.fromEntries(names.map((name, i) => [name, read[i]]));
  const t1 = performance.now();
  const text = JSON.stringify({ tables });
  const t2 = performance.now();
  const parsed = JSON.parse(text) as { tables: Record<string, unknown[]> };
  const t3 = performance.now();
  const writing = target.transaction(names, 'readwrite');
  for (const name of names) {
    const store = writing.objectStore(name);
    for (const row of parsed.tables[name] ?? []) store.put(row);
  }
  await finished(writing);
  const t4 = performance.now();
  raw.close();
  target.close();
  await done(indexedDB.deleteDatabase(`bench-backup-floor-${run}`));
  return {
    floorReadMs: t1 - t0,
    floorStringifyMs: t2 - t1,
    floorParseMs: t3 - t2,
    floorWriteMs: t4 - t3,
    floorMs: t4 - t0,
    floorChars: text.length,
  };
}

/**
 * Time `runs` full backups and restores of `source` beside the floor, alternating which goes
 * first, each restoring into a fresh empty database. The bench:export benchmark can call this on
 * its own store.
 */
export async function benchmarkBackup(
  source: BidDeskDatabase,
  runs: number,
): Promise<Omit<BackupBenchResult, 'filled'>> {
  const rows: Record<string, number> = {};
  const chars: Record<string, number> = {};
  for (const table of source.tables) {
    const all = await table.toArray();
    rows[table.name] = all.length;
    chars[table.name] = JSON.stringify(all).length;
  }
  const results: BackupBenchRun[] = [];
  for (let run = 0; run < runs; run++) {
    const floorFirst = run % 2 === 1;
    const floorBefore = floorFirst ? await timeFloor(source, run) : null;
    const backup = await timeBackup(source, run, rows);
    const floor = floorBefore ?? (await timeFloor(source, run));
    results.push({ first: floorFirst ? 'floor' : 'backup', ...backup, ...floor });
  }
  return { rows, chars, runs: results };
}

/**
 * The benchmark page's task: read the package at `packageUrl` with the import engine, store the
 * first `count` opportunities with their work (see `fillWithWork`) in a fresh database, then
 * `benchmarkBackup`. Setting up is not timed.
 */
export async function runBackupBenchmarkPage(options: {
  packageUrl: string;
  count: number;
  runs: number;
}): Promise<BackupBenchResult> {
  const bytes = new Uint8Array(await (await fetch(options.packageUrl)).arrayBuffer());
  const result = importNoticeFile({ name: 'benchmark-package.json', bytes });
  if (!result.ok) throw new Error(`the engine refused the package: ${result.error.code}`);
  if (result.opportunities.length < options.count) {
    throw new Error(
      `the package makes ${result.opportunities.length} opportunities, not ${options.count}`,
    );
  }
  await Dexie.delete('bench-backup-source');
  const source = await openDatabase({ name: 'bench-backup-source' });
  await source.meta.put({ key: 'demoSeeded', value: true });
  const filled = await fillWithWork(source, result.opportunities.slice(0, options.count), ctx);
  const measured = await benchmarkBackup(source, options.runs);
  source.close();
  return { filled, ...measured };
}
