import { useEffect, type ChangeEvent } from 'react';
import { RestorePreviewPanel } from './RestorePreviewPanel';
import { RestoreProgressLine } from './RestoreProgressLine';
import { SnapshotList } from './SnapshotList';
import { useBackupStore } from './backup-store';
import './backup.css';

/**
 * Settings → "Back up and restore": save everything to one file, restore from such a file (after
 * a preview the user confirms), and the automatic snapshots kept on this computer.
 */
export function BackupSection() {
  const working = useBackupStore((s) => s.working);
  const status = useBackupStore((s) => s.status);
  const error = useBackupStore((s) => s.error);
  const pending = useBackupStore((s) => s.pending);
  const backUp = useBackupStore((s) => s.backUp);
  const chooseBackupFile = useBackupStore((s) => s.chooseBackupFile);
  const loadSnapshots = useBackupStore((s) => s.loadSnapshots);

  useEffect(() => {
    void loadSnapshots();
  }, [loadSnapshots]);

  const onFile = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    // Cleared, so that choosing the same file again (after a cancel) reads it again.
    event.target.value = '';
    if (file) void chooseBackupFile(file);
  };

  return (
    <section className="card settings-section backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Back up and restore</h2>
      <p className="muted">
        Everything Bid Desk holds (opportunities, notices, decisions, checklists, plans and these
        settings) is kept only on this computer. Save a backup file somewhere safe, and use it to
        move your work to another computer.
      </p>
      <div className="backup-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={working !== null}
          onClick={() => void backUp()}
        >
          {working === 'backing-up' ? 'Backing up…' : 'Back up everything'}
        </button>
        <label className="button backup-file">
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            aria-label="Restore from a backup file"
            disabled={working !== null}
            aria-describedby="backup-restore-help"
            onChange={onFile}
          />
          Restore from a backup…
        </label>
      </div>
      <p id="backup-restore-help" className="muted backup-help">
        Before anything changes you see what the backup will add and replace, and confirm.
      </p>
      {working === 'reading' && <p className="loading">Reading the backup…</p>}
      {error && (
        <p className="backup-error" role="alert">
          {error}
        </p>
      )}
      {pending && <RestorePreviewPanel pending={pending} />}
      {working === 'restoring' && <RestoreProgressLine />}
      <p className="backup-status" role="status">
        {status}
      </p>
      <SnapshotList />
    </section>
  );
}
