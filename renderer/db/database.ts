/**
 * Bid Desk's local database (IndexedDB through Dexie). Only the repository modules in this folder
 * touch its tables.
 */
import { Dexie, type Table } from 'dexie';
import type { OpportunityEntry } from '../../shared/entry/entry';
import type {
  BidOutcome,
  ChecklistItem,
  CriterionPlan,
  EngagementPlan,
  GoNoGoDecision,
  StageMove,
} from '../../shared/workspace/model';
import type {
  ChangeLogRecord,
  MetaRecord,
  NoticeSnapshotRecord,
  OpportunityRecord,
  ReferenceDocumentRecord,
  SourceFileRecord,
} from './records';
import {
  DATABASE_NAME,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  SCHEMA_V8,
  SCHEMA_VERSION,
} from './schema';
import {
  upgradeToV2,
  upgradeToV3,
  upgradeToV4,
  upgradeToV5,
  upgradeToV6,
  upgradeToV7,
  upgradeToV8,
} from './upgrades';

export { DATABASE_NAME, SCHEMA_VERSION } from './schema';
export { requestPersistentStorage } from './persistent-storage';

export interface DatabaseDependencies {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

export class BidDeskDatabase extends Dexie {
  opportunities!: Table<OpportunityRecord, string>;
  /** The notice with its key dates, lots, documents and events (version 5: one record each). */
  notices!: Table<NoticeSnapshotRecord, string>;
  changeLog!: Table<ChangeLogRecord, string>;
  sourceFiles!: Table<SourceFileRecord, string>;
  referenceDocuments!: Table<ReferenceDocumentRecord, string>;
  meta!: Table<MetaRecord, string>;
  // The bid workspace (version 3): the user's own records, never rewritten by an import.
  decisions!: Table<GoNoGoDecision, string>;
  engagementPlans!: Table<EngagementPlan, string>;
  checklistItems!: Table<ChecklistItem, string>;
  criterionPlans!: Table<CriterionPlan, string>;
  // How bids ended (version 4): appended by imports of award notices and by the user.
  bidOutcomes!: Table<BidOutcome, string>;
  // The user's stage on the pipeline's board (version 6), appended by each move.
  stageMoves!: Table<StageMove, string>;
  // Opportunities entered by hand (version 8): the user's own records.
  entries!: Table<OpportunityEntry, string>;

  constructor(name: string, deps?: DatabaseDependencies) {
    // Opened explicitly by `openDatabase`, after the newer-version check.
    super(name, { ...deps, autoOpen: false });
    // Append only: see schema.ts.
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
    this.version(5).stores(SCHEMA_V5).upgrade(upgradeToV5);
    this.version(6).stores(SCHEMA_V6).upgrade(upgradeToV6);
    this.version(7).stores(SCHEMA_V7).upgrade(upgradeToV7);
    this.version(8).stores(SCHEMA_V8).upgrade(upgradeToV8);
    // A new database gets every version at once and no upgrade runs: record which one it is.
    this.on('populate', (tx) =>
      tx.table('meta').put({ key: 'schemaVersion', value: SCHEMA_VERSION }),
    );
  }
}

/** The database was written by a newer Bid Desk. Nothing was opened or changed. */
export class NewerDatabaseError extends Error {
  readonly storedVersion: number;
  readonly supportedVersion: number;

  constructor(storedVersion: number, supportedVersion: number = SCHEMA_VERSION) {
    super(
      `This Bid Desk data was saved by a newer version of Bid Desk (data version ${storedVersion}; this version understands up to ${supportedVersion}). Update Bid Desk to open it. Nothing has been changed.`,
    );
    this.name = 'NewerDatabaseError';
    this.storedVersion = storedVersion;
    this.supportedVersion = supportedVersion;
  }
}

export interface OpenDatabaseOptions {
  /** Database name; tests use their own. */
  name?: string;
  /** IndexedDB implementation (tests pass fake-indexeddb's); the browser's by default. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/**
 * Open (creating or upgrading) the user's database. Rejects with `NewerDatabaseError` before
 * touching a database a newer Bid Desk wrote: Dexie 4 would otherwise open it in compatibility
 * mode, and could even patch its schema.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<BidDeskDatabase> {
  const name = options.name ?? DATABASE_NAME;
  const indexedDB = options.indexedDB ?? globalThis.indexedDB;
  const keyRange = options.IDBKeyRange ?? globalThis.IDBKeyRange;
  const installed = await installedVersion(indexedDB, name);
  // Dexie stores version n as native version 10n (and its schema-patch mode may add 1 to that).
  // Our versions are whole numbers, so the tens give the version that wrote the data.
  if (installed !== null && Math.floor(installed / 10) > SCHEMA_VERSION) {
    throw new NewerDatabaseError(Math.floor(installed / 10));
  }

  const db = new BidDeskDatabase(name, { indexedDB, IDBKeyRange: keyRange });
  await db.open();
  // Second guard, for a newer Bid Desk that kept the native version but changed what rows mean.
  const stored = await db.meta.get('schemaVersion');
  if (typeof stored?.value === 'number' && stored.value > SCHEMA_VERSION) {
    db.close();
    throw new NewerDatabaseError(stored.value);
  }
  return db;
}

/**
 * The native version of an existing database, or null if there is none. Opening without a version
 * never upgrades an existing database; if there is none, the creation is aborted so that nothing
 * is left behind for Dexie to mistake for an old database.
 */
function installedVersion(factory: IDBFactory, name: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(version);
    };
    request.onerror = (event) => {
      if (request.error?.name === 'AbortError') {
        event.preventDefault();
        resolve(null);
      } else reject(request.error ?? new Error(`Could not open ${name}`));
    };
  });
}
