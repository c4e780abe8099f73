import { useBackupStore } from './backup-store';

const number = new Intl.NumberFormat('en-GB');

/**
 * While a restore runs: first the snapshot of everything as it is (the way back), then a bar of
 * the records written. A large pipeline takes a while; the user sees it move.
 */
export function RestoreProgressLine() {
  const progress = useBackupStore((s) => s.progress);
  const label = progress
    ? `Restoring: ${number.format(progress.written)} of ${number.format(progress.total)} records written…`
    : 'Keeping a snapshot of everything as it is now, then restoring…';
  return (
    <div className="backup-progress">
      <progress
        max={progress?.total || undefined}
        value={progress?.total ? progress.written : undefined}
        aria-label="Restore progress"
      />
      <p className="loading">{label}</p>
    </div>
  );
}
