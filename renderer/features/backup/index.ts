/** What the rest of the app may use from Backup (the feature's public entry). */
export { BackupSection } from './BackupSection';
export { takeDailySnapshot } from './backup-store';
export { APP_VERSION } from './snapshots-service';
