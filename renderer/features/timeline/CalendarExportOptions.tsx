import { ICS_REMINDERS, type IcsReminder } from '../../../shared/timeline';
import { useIcsReminder } from './timeline-queries';
import { useTimelineStore } from './timeline-store';
import { REMINDER_LABELS } from './timeline-words';

/**
 * What the next calendar file holds: only the milestones or every dated item, and the reminder
 * on deadlines (kept as the user's setting). Beside every "Export … to calendar (.ics)" button.
 */
export function CalendarExportOptions() {
  const milestonesOnly = useTimelineStore((s) => s.milestonesOnly);
  const reminder = useIcsReminder();
  const { setMilestonesOnly, setReminder } = useTimelineStore.getState();
  return (
    <fieldset className="timeline-export-options">
      <legend>In the calendar file</legend>
      <label>
        <input
          type="checkbox"
          checked={milestonesOnly}
          onChange={(e) => setMilestonesOnly(e.target.checked)}
        />{' '}
        Milestones only (deadlines, the decision, submitting)
      </label>
      <label>
        Remind me of deadlines{' '}
        <select
          value={reminder ?? '1-day'}
          disabled={reminder === undefined}
          onChange={(e) => void setReminder(e.target.value as IcsReminder)}
        >
          {ICS_REMINDERS.map((choice) => (
            <option key={choice} value={choice}>
              {REMINDER_LABELS[choice]}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
