/**
 * Every row of every table of a store, each table sorted by primary key: what migration tests
 * compare before and after an upgrade.
 */
import type { Dexie } from 'dexie';

export async function dumpStore(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = (await table.toArray()) as Array<{ id?: string; key?: string }>;
    out[table.name] = rows.sort((a, b) =>
      String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)),
    );
  }
  return out;
}

/**
 * Write `rows` into a store declared with only the first versions' specs (`versions[i]` is
 * version i + 1), as that release shipped it, marked as written by that version.
 */
export async function writeOldStore(
  db: Dexie,
  versions: ReadonlyArray<Record<string, string | null>>,
  rows: Record<string, unknown[]>,
): Promise<string[]> {
  versions.forEach((spec, i) => db.version(i + 1).stores(spec));
  await db.open();
  const tables = db.tables.map((t) => t.name);
  for (const table of tables) {
    await db
      .table(table)
      .bulkAdd(
        (rows[table] ?? []).map((row) =>
          (row as { key?: string }).key === 'schemaVersion'
            ? { key: 'schemaVersion', value: versions.length }
            : row,
        ),
      );
  }
  db.close();
  return tables;
}
