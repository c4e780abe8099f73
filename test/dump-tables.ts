/** Every table of a database, rows sorted by key: two stores compare equal when their rows do. */
import type { Dexie } from 'dexie';

export async function dumpTables(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = (await table.toArray()) as Array<{ id?: string; key?: string }>;
    out[table.name] = rows.sort((a, b) =>
      String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)),
    );
  }
  return out;
}
