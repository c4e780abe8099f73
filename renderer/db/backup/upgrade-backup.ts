/**
 * Bringing a backup made by an older Bid Desk up to the current schema. Rather than a second copy
 * of every migration written for files, the backup's rows are loaded into a scratch database
 * declared exactly as that version shipped, which is then opened with the current code: the real
 * upgrades (`upgrades.ts`) run on them, as they would on the user's own database.
 */
import { Dexie } from 'dexie';
import { hasCause } from '../../lib/error-words';
import { openDatabase, type DatabaseDependencies } from '../database';
import * as schema from '../schema';
import { BackupFileError, NewerBackupError, type BackupFile } from './backup-file';

type StoreSpec = Readonly<Record<string, string>>;

/**
 * The store specs of versions 1…`version` as `schema.ts` exports them (`SCHEMA_V1`, `SCHEMA_V2`…).
 * Read by name, so a new `SCHEMA_V<n>` is picked up without touching this file.
 */
export function historicalSchemas(version: number = schema.SCHEMA_VERSION): StoreSpec[] {
  const exported = schema as unknown as Record<string, StoreSpec | undefined>;
  const specs: StoreSpec[] = [];
  for (let v = 1; v <= version; v++) {
    const spec = exported[`SCHEMA_V${v}`];
    if (!spec) throw new Error(`schema.ts exports no SCHEMA_V${v}`);
    specs.push(spec);
  }
  return specs;
}

/** The IndexedDB a database was opened with (tests pass fake-indexeddb's), else the browser's. */
export function dependenciesOf(db: Dexie): DatabaseDependencies {
  const options = db._options as Partial<DatabaseDependencies>;
  return {
    indexedDB: options.indexedDB ?? globalThis.indexedDB,
    IDBKeyRange: options.IDBKeyRange ?? globalThis.IDBKeyRange,
  };
}

/**
 * The backup with its rows as the current schema version stores them. A current backup is
 * returned as it is; an older one goes through a scratch database (deleted afterwards, whatever
 * happens) and the real upgrades; a newer one is refused.
 */
export async function upgradeBackup(
  file: BackupFile,
  deps: DatabaseDependencies,
): Promise<BackupFile> {
  if (file.schemaVersion === schema.SCHEMA_VERSION) return file;
  if (file.schemaVersion > schema.SCHEMA_VERSION) throw new NewerBackupError(file.schemaVersion);

  const name = `bid-desk-restore-${crypto.randomUUID()}`;
  try {
    await loadAtVersion(name, file, deps);
    const current = await openDatabase({ name, ...deps });
    try {
      const tables = await current.transaction('r', current.tables, async () => {
        const rows = await Promise.all(current.tables.map((table) => table.toArray()));
        return Object.fromEntries(current.tables.map((table, i) => [table.name, rows[i] ?? []]));
      });
      return { ...file, schemaVersion: schema.SCHEMA_VERSION, tables };
    } finally {
      current.close();
    }
  } finally {
    await new Dexie(name, deps).delete();
  }
}

/** A scratch database at the backup's version, holding the backup's rows. */
async function loadAtVersion(
  name: string,
  file: BackupFile,
  deps: DatabaseDependencies,
): Promise<void> {
  const old = new Dexie(name, deps);
  historicalSchemas(file.schemaVersion).forEach((spec, i) => old.version(i + 1).stores(spec));
  try {
    await old.open();
    const known = new Set(old.tables.map((table) => table.name));
    const unknown = Object.keys(file.tables).filter((table) => !known.has(table));
    if (unknown.length) {
      throw new BackupFileError(
        'damaged',
        `This backup is damaged: it says it was made by data version ${file.schemaVersion}, which has no ${unknown.join(', ')}. Nothing has been changed.`,
      );
    }
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(file.tables)) await old.table(table).bulkAdd(rows);
    });
  } catch (error: unknown) {
    if (error instanceof BackupFileError) throw error;
    // Dexie's own words ("Key already exists in the object store") mean nothing to a user.
    const why = hasCause(error, 'ConstraintError')
      ? ': two of its rows have the same identity'
      : hasCause(error, 'DataError')
        ? ': a row has an identity that cannot be stored'
        : '';
    throw new BackupFileError(
      'damaged',
      `This backup is damaged: its rows could not be read as data version ${file.schemaVersion}${why}. Nothing has been changed.`,
    );
  } finally {
    old.close();
  }
}
