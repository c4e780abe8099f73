/** Settings of the store itself, kept in the `meta` key-value table. */
import type { BidDeskDatabase } from './database';

/** Known keys and their values; any other key holds `unknown`. */
export interface MetaValues {
  [key: string]: unknown;
  /** The demo notices were loaded once: removed demo data is not loaded again on next start. */
  demoSeeded: boolean;
  /** The schema version that last wrote the database (written by creation and upgrades). */
  schemaVersion: number;
}

/** Read one setting; undefined when never set. */
export async function getMeta<K extends keyof MetaValues & string>(
  db: BidDeskDatabase,
  key: K,
): Promise<MetaValues[K] | undefined> {
  const row = await db.meta.get(key);
  return row?.value;
}

/** Write one setting. */
export async function setMeta<K extends keyof MetaValues & string>(
  db: BidDeskDatabase,
  key: K,
  value: MetaValues[K],
): Promise<void> {
  await db.meta.put({ key, value });
}
