/** The snapshots database beside the user's store, opened once and shared by the actions. */
import type { Dexie } from 'dexie';
import { services } from '../../app/services';
import { dependenciesOf, openSnapshots, type SnapshotsDatabase } from '../../db/backup';

/**
 * The app's version, recorded in backups for support questions (rows are versioned by their
 * schema version, not this). Vite fills `VITE_APP_VERSION` when the build sets it.
 */
export const APP_VERSION: string =
  (import.meta.env.VITE_APP_VERSION as string | undefined) ?? 'unknown';

/** Daily, the newest 7 kept (see `takeSnapshotIfDue`). */
export const SNAPSHOT_POLICY = { everyHours: 24, keep: 7, appVersion: APP_VERSION } as const;

let opened: { db: Dexie; snapshots: Promise<SnapshotsDatabase> } | null = null;

/**
 * The snapshots database, in the same IndexedDB as the store (so tests with fake-indexeddb get
 * theirs). Opened on first use; a failed open is retried next time.
 */
export function snapshotsDatabase(): Promise<SnapshotsDatabase> {
  const { db } = services();
  if (opened?.db !== db) {
    const snapshots = openSnapshots(dependenciesOf(db));
    snapshots.catch(() => {
      if (opened?.snapshots === snapshots) opened = null;
    });
    opened = { db, snapshots };
  }
  return opened.snapshots;
}
