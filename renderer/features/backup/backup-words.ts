/** The sentences the backup screen shows: dates, sizes, counts and what a restore did. */
import { fileStamp } from '../../../shared/calendar';
import type { RestoreSummary, TableCounts } from '../../db/backup';
import { settingNames, tableLabel } from './restore-words';

/** The file a backup is saved as: `bid-desk-backup-2026-04-20-1000.json` (UK time). */
export function backupFileName(now: Date): string {
  return `bid-desk-backup-${fileStamp(now)}.json`;
}

/** "1.2 MB", "350 kB", "900 bytes". */
export function fileSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} kB`;
  return `${bytes} bytes`;
}

/** "1 opportunity", "3 opportunities". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A count of a table's rows in plain words ("1 go/no-go decision", "3 checklist items"). */
function rowsOf(table: string, n: number): string {
  const label = tableLabel(table);
  return n === 1 ? `1 ${label.replace(/ies$/, 'y').replace(/s$/, '')}` : `${n} ${label}`;
}

/** "2 checklist items added, 1 go/no-go decision removed" for the user's own records. */
export function describeRecords(records: Record<string, TableCounts>): string[] {
  return Object.entries(records).flatMap(([table, c]) => [
    ...(c.added ? [`${rowsOf(table, c.added)} added`] : []),
    ...(c.replaced ? [`${rowsOf(table, c.replaced)} replaced by the backup’s copy`] : []),
    ...(c.removed ? [`${rowsOf(table, c.removed)} removed (made after the backup)`] : []),
  ]);
}

/** What a finished restore did, in one sentence. */
export function describeSummary(summary: RestoreSummary, from: string): string {
  if (summary.mode === 'replace') {
    const held = summary.added;
    return `Restored ${from}: Bid Desk now holds ${count(held, 'opportunity', 'opportunities')} and their work as they were then.`;
  }
  const parts = [
    `${count(summary.added, 'opportunity', 'opportunities')} added`,
    `${summary.updated} replaced by the backup’s copy`,
    `${summary.unchanged} already the same`,
  ];
  const settings = summary.settingsChanged.length
    ? ` Settings restored: ${settingNames(summary.settingsChanged).join(', ')}.`
    : '';
  return `Restored ${from}: ${parts.join(', ')}.${settings}`;
}
