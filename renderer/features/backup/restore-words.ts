/**
 * The words a restore preview uses for tables, settings and what changes for an opportunity. The
 * store says what a restore changes (`RestorePreview`, in table names, setting keys and counts);
 * these say it in the user's words.
 */
import { formatUkDate } from '../../../shared/calendar';
import type { OpportunityChanges, TableCounts } from '../../db/backup';

/** Plain names of the tables a user knows about; any other table is named from its own name. */
const TABLE_NAMES: Record<string, string> = {
  opportunities: 'opportunities',
  notices: 'notices',
  lots: 'lots',
  keyDates: 'key dates',
  engagementEvents: 'engagement events',
  documents: 'documents',
  changeLog: 'change-log entries',
  sourceFiles: 'imported files',
  referenceDocuments: 'reference documents',
  meta: 'settings',
  decisions: 'go/no-go decisions',
  engagementPlans: 'engagement plans',
  checklistItems: 'checklist items',
  criterionPlans: 'response plans',
  bidOutcomes: 'bid outcomes',
  stageMoves: 'stages you set on the board',
  entries: 'opportunities you entered by hand',
};

/** What a table holds, in the user's words (`checklistItems` → "checklist items"). */
export function tableLabel(table: string): string {
  if (Object.hasOwn(TABLE_NAMES, table)) return TABLE_NAMES[table] as string;
  return table.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

const SETTING_NAMES: Record<string, string> = {
  decisionSettings: 'go/no-go settings',
  checklistTemplate: 'checklist template',
  userName: 'your name',
  organisation: 'your organisation',
  bidSchedule: 'bid schedule',
};

/** What a setting is, in the user's words. */
export function settingLabel(key: string): string {
  if (key.startsWith('scale:')) return 'scoring scales';
  // Own keys only: a setting called `__proto__` or `toString` would otherwise read the object's.
  return Object.hasOwn(SETTING_NAMES, key) ? (SETTING_NAMES[key] as string) : key;
}

/** "3 added, 1 replaced, 2 removed", leaving out the zeros. */
export function describeCounts(counts: TableCounts): string {
  const parts: string[] = [];
  if (counts.added) parts.push(`${counts.added} added`);
  if (counts.replaced) parts.push(`${counts.replaced} replaced`);
  if (counts.removed) parts.push(`${counts.removed} removed (not in the backup)`);
  return parts.join(', ');
}

/** The settings a restore changes, in the user's words, each named once (`scale:*` keys are one). */
export function settingNames(keys: readonly string[]): string[] {
  return [...new Set(keys.map(settingLabel))];
}

function day(iso: unknown): string | null {
  if (typeof iso !== 'string' || Number.isNaN(Date.parse(iso))) return null;
  return formatUkDate(iso, true);
}

/**
 * What happens to an opportunity the backup's copy replaces: its title, the notice version (by the
 * notice's `updatedAt`), that its details come from the backup when nothing else says so, and its
 * records per table ("Checklist items: 1 replaced").
 */
export function opportunityChangeLines(changes: OpportunityChanges): string[] {
  const lines: string[] = [];
  if (changes.title) {
    lines.push(`Title: “${changes.title.stored}” becomes “${changes.title.backup}”`);
  }
  const backupDay = day(changes.notice?.backupUpdatedAt);
  const storedDay = day(changes.notice?.storedUpdatedAt);
  if (changes.notice && backupDay && storedDay && backupDay !== storedDay) {
    lines.push(
      `Notice: the backup’s version (updated ${backupDay}) replaces the one stored now (updated ${storedDay})`,
    );
  } else if (changes.notice) {
    lines.push('Notice: the backup’s copy replaces the one stored now');
  } else if (changes.rowChanged && lines.length === 0) {
    lines.push('Pipeline details (stage, dates, unread changes) as in the backup');
  }
  for (const [table, counts] of Object.entries(changes.tables)) {
    const label = tableLabel(table);
    lines.push(`${label[0]?.toUpperCase()}${label.slice(1)}: ${describeCounts(counts)}`);
  }
  return lines;
}
