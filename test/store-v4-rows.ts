/**
 * A version 5 store's rows as Bid Desk versions 1–4 stored them, for migration tests: the notice
 * record held only the notice, and its lots, engagement events, key dates and documents were rows
 * of four tables of their own (what `saveImport` wrote then, field for field). Upgrading these
 * must give back the version 5 rows exactly.
 */
import { eventRows, lotRows } from '../renderer/db/notice-record';
import type { NoticeSnapshotRecord } from '../renderer/db/records';

export function asVersion4Rows(tables: Record<string, unknown[]>): Record<string, unknown[]> {
  const records = (tables.notices ?? []) as NoticeSnapshotRecord[];
  return {
    ...tables,
    notices: records.map(({ id, notice, importedAt }) => ({ id, notice, importedAt })),
    lots: records.flatMap(lotRows),
    engagementEvents: records.flatMap(eventRows),
    keyDates: records.flatMap((record) =>
      record.notice.keyDates.map((date, i) => ({
        ...date,
        id: `${record.id}-key-date-${i}`,
        opportunityId: record.id,
      })),
    ),
    documents: records.flatMap((record) =>
      record.notice.documents.map(({ id: documentKey, ...fields }, position) => ({
        ...fields,
        id: `${record.id}-document-${position}`,
        opportunityId: record.id,
        documentKey,
        position,
      })),
    ),
  };
}
