/**
 * Data-moving upgrades, one per schema version that needs one. Each runs inside Dexie's upgrade
 * transaction: if it throws, the database stays at the previous version with its data unchanged.
 */
import type { Transaction } from 'dexie';
import { searchTextFor } from './opportunity-row';
import { groupBy } from './group-by';
import { inNoticeOrder, noticeRecord, storedNotice } from './notice-record';
import type {
  ChangeLogRecord,
  EngagementEventRecord,
  LotRecord,
  NoticeSnapshotRecord,
  OpportunityRecord,
  SourceFileRecord,
} from './records';

/** Opportunities are upgraded this many at a time, so a large pipeline never sits in memory whole. */
const BATCH = 500;

/**
 * Version 1 → 2. Version 1 had no `searchText`, `unreadChanges` or `demoFlag`: compute them for
 * every stored row, so the pipeline's search, "changed" badge and "remove demo data" work on data
 * imported before the upgrade.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const unread = new Map<string, number>();
  await tx.table<ChangeLogRecord, string>('changeLog').each((entry) => {
    if (entry.dismissedAt === null) {
      unread.set(entry.opportunityId, (unread.get(entry.opportunityId) ?? 0) + 1);
    }
  });

  const opportunities = tx.table<OpportunityRecord, string>('opportunities');
  const notices = tx.table<NoticeSnapshotRecord, string>('notices');
  const ids = await opportunities.toCollection().primaryKeys();
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    const [rows, snapshots] = await Promise.all([
      opportunities.bulkGet(batch),
      notices.bulkGet(batch),
    ]);
    const upgraded: OpportunityRecord[] = [];
    rows.forEach((row, i) => {
      if (!row) return;
      const notice = snapshots[i]?.notice;
      const next: OpportunityRecord = {
        ...row,
        searchText: notice ? searchTextFor(notice) : fallbackSearchText(row),
        unreadChanges: unread.get(row.id) ?? 0,
      };
      if (row.isDemo) next.demoFlag = 1;
      upgraded.push(next);
    });
    await opportunities.bulkPut(upgraded);
  }

  await tx
    .table<SourceFileRecord, string>('sourceFiles')
    .filter((file) => file.isDemo)
    .modify({ demoFlag: 1 });
  await tx.table('meta').put({ key: 'schemaVersion', value: 2 });
}

/**
 * Version 2 → 3. The workspace tables start empty and no stored row changes shape, so only the
 * recorded version moves. It must: `openDatabase`'s second guard trusts the recorded version, and
 * an upgraded database should say what a new one says (creation records `SCHEMA_VERSION`).
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx.table('meta').put({ key: 'schemaVersion', value: 3 });
}

/**
 * Version 3 → 4. The outcomes table starts empty (award notices imported before it made none:
 * re-importing one records its outcome), so only the recorded version moves.
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  await tx.table('meta').put({ key: 'schemaVersion', value: 4 });
}

/**
 * Version 4 → 5. Each notice record takes in its opportunity's lots and engagement events (their
 * ids, match keys and, for those the notice dropped, their last facts) and gets its indexed days
 * and ids; the key-date and document rows were copies of the notice and go with their tables
 * (Dexie deletes the four tables after this runs). Records are rewritten a batch at a time.
 */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  const notices = tx.table<NoticeSnapshotRecord, string>('notices');
  const lotsTable = tx.table<LotRecord, string>('lots');
  const eventsTable = tx.table<EngagementEventRecord, string>('engagementEvents');
  const ids = await notices.toCollection().primaryKeys();
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    const [records, lots, events] = await Promise.all([
      notices.bulkGet(batch),
      lotsTable.where('opportunityId').anyOf(batch).toArray(),
      eventsTable.where('opportunityId').anyOf(batch).toArray(),
    ]);
    const lotsBy = groupBy(lots, (row) => row.opportunityId);
    const eventsBy = groupBy(events, (row) => row.opportunityId);
    const upgraded = records.flatMap((record) =>
      record
        ? [
            noticeRecord(
              record.id,
              record.notice,
              record.importedAt,
              (lotsBy.get(record.id) ?? []).sort(inNoticeOrder),
              (eventsBy.get(record.id) ?? []).sort(inNoticeOrder),
            ),
          ]
        : [],
    );
    await notices.bulkPut(upgraded);
  }
  await tx.table('meta').put({ key: 'schemaVersion', value: 5 });
}

/**
 * Version 6 → 7. The notice records lose the keys of the two indexes version 7 drops
 * (`keyDateDays`, `lotIds`; Dexie deletes the indexes themselves) and their notice's `changes`
 * and `releaseHistory`, already in the change log (see `storedNotice`). Version 5's upgrade
 * writes records without them already, so a version 4 database passes through unchanged.
 */
export async function upgradeToV7(tx: Transaction): Promise<void> {
  await tx
    .table<NoticeSnapshotRecord & { keyDateDays?: unknown; lotIds?: unknown }, string>('notices')
    .toCollection()
    .modify((record) => {
      delete record.keyDateDays;
      delete record.lotIds;
      record.notice = storedNotice(record.notice);
    });
  await tx.table('meta').put({ key: 'schemaVersion', value: 7 });
}

/** A row without its notice snapshot (should not happen) is still found by title and buyer. */
function fallbackSearchText(row: OpportunityRecord): string {
  return [row.title, row.buyerName, row.ocid ?? ''].join(' ').trim().toLowerCase();
}

/** Version 5 → 6. The stage-moves table starts empty, so only the recorded version moves. */
export async function upgradeToV6(tx: Transaction): Promise<void> {
  await tx.table('meta').put({ key: 'schemaVersion', value: 6 });
}

/** Version 7 → 8. The entries table starts empty, so only the recorded version moves. */
export async function upgradeToV8(tx: Transaction): Promise<void> {
  await tx.table('meta').put({ key: 'schemaVersion', value: 8 });
}
