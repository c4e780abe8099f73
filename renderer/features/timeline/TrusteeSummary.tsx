import { countdown, formatUkDate, ukDay } from '../../../shared/calendar';
import { isMilestone, statusText, stillToCome, type TimelineItem } from '../../../shared/timeline';
import type { ChecklistItem } from '../../../shared/workspace/model';
import { cutText, LABEL_LIMIT } from '../../lib/long-text';
import {
  axisPercent,
  axisRange,
  checklistProgress,
  isOverdue,
  itemWhen,
  itemWhenInFull,
  stackLane,
} from './timeline-data';
import { moreTasksText, PRINTED_PROSE, PRINTED_ROWS } from './timeline-words';

/**
 * The printed page for trustees (hidden on screen): the decision and its score, the submission
 * deadline, how far the checklist has got, the milestones still to come and the team's next
 * tasks with who owns them. Short tables instead of the chart, so it is one A4 page however long
 * the checklist is.
 */
export function TrusteeSummary({
  items,
  checklist,
  now,
}: {
  items: readonly TimelineItem[];
  checklist: readonly ChecklistItem[] | undefined;
  now: Date;
}) {
  const decision =
    items.find((i) => i.kind === 'goNoGoDecision' && i.lotId === null) ??
    items.find((i) => i.kind === 'goNoGoDecision');
  const deadline =
    items.find((i) => i.kind === 'submissionDeadline' && i.lotId === null) ??
    items.find((i) => i.kind === 'submissionDeadline');
  const progress = checklist && checklist.length > 0 ? checklistProgress(checklist, now) : null;
  const coming = stillToCome(items, now);
  const milestones = coming.filter(isMilestone).slice(0, PRINTED_ROWS);
  const tasks = coming.filter((i) => !isMilestone(i) && i.source === 'bid');
  const more = moreTasksText(tasks.length - PRINTED_ROWS);
  return (
    <section className="trustee-summary" aria-labelledby="trustee-summary-heading">
      <h3 id="trustee-summary-heading">
        Summary for trustees{' '}
        <span className="muted">· printed {formatUkDate(now.toISOString(), true)}</span>
      </h3>
      <dl className="trustee-facts">
        <div>
          <dt>Decision</dt>
          <dd>
            {decision ? (
              <span className="trustee-clamp is-long">
                <strong>{decision.title}</strong>
                {decision.lotTitle ? ` (${cutText(decision.lotTitle, LABEL_LIMIT)})` : ''}.{' '}
                {cutText(decision.detail, PRINTED_PROSE)}
              </span>
            ) : (
              'No go/no-go decision is recorded yet.'
            )}
          </dd>
        </div>
        <div>
          <dt>Submission deadline</dt>
          <dd>
            {deadline ? (
              <>
                <strong>{itemWhenInFull(deadline)}</strong> (
                {countdown(deadline.at, deadline.allDay, now)})
              </>
            ) : (
              'The notice gives no submission deadline yet.'
            )}
          </dd>
        </div>
        <div>
          <dt>Checklist</dt>
          <dd>
            {progress
              ? `${progress.done} of ${progress.needed} done${progress.overdue > 0 ? `, ${progress.overdue} overdue` : ''}.`
              : 'No checklist yet.'}
          </dd>
        </div>
      </dl>
      <MilestoneStrip items={items.filter(isMilestone)} now={now} />
      <div className="trustee-tables">
        <DateTable caption="Milestones to come" items={milestones} now={now} owners={false} />
        <div>
          <DateTable
            caption="Next tasks and who owns them"
            items={tasks.slice(0, PRINTED_ROWS)}
            now={now}
            owners
          />
          {more && <p className="muted trustee-more">{more}</p>}
        </div>
      </div>
    </section>
  );
}

function DateTable({
  caption,
  items,
  now,
  owners,
}: {
  caption: string;
  items: readonly TimelineItem[];
  now: Date;
  owners: boolean;
}) {
  return (
    <table className={owners ? 'trustee-table has-owners' : 'trustee-table'}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">What</th>
          {owners && <th scope="col">Owner</th>}
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {items.length === 0 ? (
          <tr>
            <td colSpan={owners ? 4 : 3}>Nothing still to do.</td>
          </tr>
        ) : (
          items.map((item) => {
            const overdue = isOverdue(item, now);
            return (
              <tr key={item.id} className={overdue ? 'is-overdue' : undefined}>
                <td>{itemWhenInFull(item)}</td>
                <td>
                  <span className="trustee-clamp">
                    {cutText(item.title, LABEL_LIMIT)}
                    {item.lotId !== null && <span className="muted"> · Lot {item.lotId}</span>}
                  </span>
                </td>
                {owners && (
                  <td>
                    <span className="trustee-clamp">{cutText(item.owner ?? '', LABEL_LIMIT)}</span>
                  </td>
                )}
                <td>{overdue ? 'Overdue' : statusText(item)}</td>
              </tr>
            );
          })
        )}
      </tbody>
    </table>
  );
}

/** Height of one row of labels on the printed strip, in pixels, and the most rows it has. */
const STRIP_ROW_PX = 28;
const STRIP_ROWS = 4;

/**
 * The milestones on one date line with today, labels stacked in rows so none overlap: the shape
 * of the bid at a glance, above the tables that say the same in words.
 */
function MilestoneStrip({ items, now }: { items: readonly TimelineItem[]; now: Date }) {
  if (items.length === 0) return null;
  const range = axisRange(items, now);
  // Unmeasured on purpose: printing lays the page out at paper width, not the window's.
  // Rows past the fourth would push the tables off the page: those dates are in the tables.
  const placed = stackLane(items, range).filter((p) => p.row < STRIP_ROWS);
  const rows = Math.max(1, ...placed.map((p) => p.row + 1));
  return (
    <div className="trustee-strip" style={{ height: `${rows * STRIP_ROW_PX + 26}px` }}>
      <ul>
        {placed.map(({ item, left, row, flipped }) => (
          <li
            key={item.id}
            className={`timeline-marker${item.done ? ' is-done' : ''}${isOverdue(item, now) ? ' is-overdue' : ''}${flipped ? ' is-flipped' : ''}`}
            style={{ left: `${left}%`, top: `${row * STRIP_ROW_PX + 22}px` }}
          >
            <span className="timeline-dot">{item.done ? '✓' : ''}</span>
            <span className="timeline-label">
              <span className="timeline-title">{cutText(item.title, LABEL_LIMIT)}</span>
              <span className="timeline-date">{itemWhen(item)}</span>
            </span>
          </li>
        ))}
      </ul>
      <span className="trustee-strip-today" style={{ left: `${axisPercent(ukDay(now), range)}%` }}>
        Today
      </span>
    </div>
  );
}
