import { useEffect, useRef } from 'react';
import type { SnapshotInfo } from '../../db/backup';
import { useBackupStore } from './backup-store';
import { formatUkDateTime } from '../../../shared/calendar';
import { count, fileSize } from './backup-words';

const REASONS: Record<SnapshotInfo['reason'], string> = {
  daily: 'daily',
  manual: 'taken by hand',
  'before-restore': 'taken just before a restore',
};

function describe(snapshot: SnapshotInfo): string {
  const { opportunities, decisions, checklistItems } = snapshot.summary;
  return [
    count(opportunities, 'opportunity', 'opportunities'),
    count(decisions, 'decision', 'decisions'),
    count(checklistItems, 'checklist item', 'checklist items'),
    fileSize(snapshot.sizeBytes),
  ].join(', ');
}

/**
 * The automatic snapshots, newest first, each with "Restore this snapshot". Restoring asks first:
 * it replaces everything in Bid Desk with the copy from then.
 */
export function SnapshotList() {
  const snapshots = useBackupStore((s) => s.snapshots);
  const working = useBackupStore((s) => s.working);
  const ask = useBackupStore((s) => s.askToRestoreSnapshot);
  const takeSnapshotNow = useBackupStore((s) => s.takeSnapshotNow);

  return (
    <section className="backup-snapshots" aria-labelledby="snapshots-heading">
      <h3 id="snapshots-heading">Automatic snapshots</h3>
      <p className="muted">
        Once a day Bid Desk keeps a copy of everything on this computer (the last 7), so you can go
        back if something goes wrong.
      </p>
      {snapshots === null ? (
        <p className="loading">Loading snapshots…</p>
      ) : snapshots.length === 0 ? (
        <p>No snapshots yet. The first is taken when Bid Desk starts with opportunities in it.</p>
      ) : (
        <ul className="snapshot-list">
          {snapshots.map((snapshot) => (
            <li key={snapshot.id} className="snapshot">
              <span id={`snapshot-${snapshot.id}`}>
                <strong>{formatUkDateTime(snapshot.takenAt)}</strong> ({REASONS[snapshot.reason]}):{' '}
                {describe(snapshot)}
              </span>
              <button
                type="button"
                className="button"
                disabled={working !== null}
                aria-describedby={`snapshot-${snapshot.id}`}
                onClick={() => ask(snapshot)}
              >
                Restore this snapshot
              </button>
            </li>
          ))}
        </ul>
      )}
      <ConfirmSnapshotRestore />
      <button
        type="button"
        className="button"
        disabled={working !== null}
        onClick={() => void takeSnapshotNow()}
      >
        Take a snapshot now
      </button>
    </section>
  );
}

/** "Replace everything with the snapshot of …?" with the consequences, then confirm or cancel. */
function ConfirmSnapshotRestore() {
  const snapshot = useBackupStore((s) => s.confirming);
  const working = useBackupStore((s) => s.working);
  const confirm = useBackupStore((s) => s.confirmSnapshotRestore);
  const cancel = useBackupStore((s) => s.cancelSnapshotRestore);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [snapshot]);
  if (!snapshot) return null;
  return (
    <div className="backup-preview" role="group" aria-labelledby="snapshot-confirm-heading">
      <h4 id="snapshot-confirm-heading" ref={heading} tabIndex={-1}>
        Replace everything with the snapshot of {formatUkDateTime(snapshot.takenAt)}?
      </h4>
      <p>
        Bid Desk will hold exactly what it held then: {describe(snapshot)}. Anything added or
        changed since is removed. A snapshot of everything as it is now is taken first, so you can
        undo this.
      </p>
      <div className="backup-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={working !== null}
          onClick={() => void confirm()}
        >
          {working === 'restoring' ? 'Restoring…' : 'Replace everything'}
        </button>
        <button type="button" className="button" disabled={working !== null} onClick={cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
