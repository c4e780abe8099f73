import { useEffect, useRef } from 'react';
import { SCHEMA_VERSION } from '../../db/schema';
import { useBackupStore, type PendingRestore } from './backup-store';
import { formatUkDateTime } from '../../../shared/calendar';
import { count, describeRecords } from './backup-words';
import { opportunityChangeLines, settingNames } from './restore-words';
import { cutText, TITLE_LIMIT } from '../../lib/long-text';

/** Long lists are cut here; the count says how many more there are. */
const SHOWN = 12;

/**
 * What restoring the chosen backup will change, in plain words, with "Restore now" and "Cancel".
 * Focus moves to its heading when it appears, so keyboard and screen-reader users land on it.
 */
export function RestorePreviewPanel({ pending }: { pending: PendingRestore }) {
  const working = useBackupStore((s) => s.working);
  const confirmRestore = useBackupStore((s) => s.confirmRestore);
  const cancelRestore = useBackupStore((s) => s.cancelRestore);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [pending]);

  const { backup, preview, fileName } = pending;
  const records = describeRecords(preview.userRecords);
  const nothing =
    preview.newOpportunities.length === 0 &&
    preview.updatedOpportunities.length === 0 &&
    records.length === 0 &&
    !preview.settingsChange;

  return (
    <section className="backup-preview" aria-labelledby="backup-preview-heading">
      <h3 id="backup-preview-heading" ref={heading} tabIndex={-1}>
        Restore from “{fileName}”?
      </h3>
      <p>
        Backup made {formatUkDateTime(backup.exportedAt)} by {backup.exportedBy || 'someone'}
        {preview.fromSchemaVersion < SCHEMA_VERSION &&
          ' with an older Bid Desk: its data will be brought up to date as it is restored'}
        .
      </p>
      {nothing ? (
        <p>Everything in this backup is already here: restoring it changes nothing.</p>
      ) : (
        <ul className="backup-changes">
          {preview.newOpportunities.length > 0 && (
            <li>
              Adds {count(preview.newOpportunities.length, 'opportunity', 'opportunities')}:
              <ul>
                {preview.newOpportunities.slice(0, SHOWN).map((o, i) => (
                  <li key={o.ocid ?? i}>{cutText(o.title, TITLE_LIMIT)}</li>
                ))}
                {more(preview.newOpportunities.length)}
              </ul>
            </li>
          )}
          {preview.updatedOpportunities.length > 0 && (
            <li>
              Replaces {count(preview.updatedOpportunities.length, 'opportunity', 'opportunities')}{' '}
              with the backup’s copy (changes made here since are lost):
              <ul>
                {preview.updatedOpportunities.slice(0, SHOWN).map((o, i) => (
                  <li key={o.ocid ?? i}>
                    {cutText(o.title, TITLE_LIMIT)}
                    <ul>
                      {opportunityChangeLines(o.changes).map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  </li>
                ))}
                {more(preview.updatedOpportunities.length)}
              </ul>
            </li>
          )}
          {preview.unchanged > 0 && (
            <li>
              Leaves {count(preview.unchanged, 'opportunity', 'opportunities')} as they are (already
              the same as in the backup).
            </li>
          )}
          {records.length > 0 && <li>Your records: {records.join('; ')}.</li>}
          {preview.settingsChange && (
            <li>
              Settings taken from the backup: {settingNames(preview.settingsChanged).join(', ')}.
            </li>
          )}
        </ul>
      )}
      <p className="muted">
        Opportunities that are not in the backup are not touched. A snapshot of everything as it is
        now is taken first, so you can undo this.
      </p>
      <div className="backup-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={working !== null}
          onClick={() => void confirmRestore()}
        >
          {working === 'restoring' ? 'Restoring…' : 'Restore now'}
        </button>
        <button
          type="button"
          className="button"
          disabled={working !== null}
          onClick={cancelRestore}
        >
          Cancel
        </button>
      </div>
    </section>
  );
}

function more(total: number) {
  return total > SHOWN ? <li className="muted">and {total - SHOWN} more</li> : null;
}
