/** Backup and restore of the whole store, and automatic local snapshots. */
export {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupFile,
  BackupFileError,
  NewerBackupError,
  parseBackup,
  serialiseBackup,
  type BackupProblem,
} from './backup-file';
export { countRows, exportBackup, type BackupContext } from './export';
export {
  previewRestore,
  restoreBackup,
  type RestoreMode,
  type RestoreProgress,
  type RestoreSummary,
} from './restore';
export type { OpportunityChanges, RestorePreview, TableCounts } from './restore-writes';
export * from './snapshots';
export { dependenciesOf, historicalSchemas, upgradeBackup } from './upgrade-backup';
