import type { EngagementPlan } from '../../../shared/workspace/model';
import type { EngagementEventRecord } from '../../db';
import { Derived, LinkedText } from '../opportunity';
import { planSaveKey, useEngagementStore } from './engagement-store';
import { EventFacts, eventIsOver, type EventTiming } from './EventFacts';
import { EventPlanForm } from './EventPlanForm';
import { EVENT_KIND_LABELS } from './manual-event-form';
import { LongText } from '../../lib/LongText';
import { TITLE_LIMIT } from '../../lib/long-text';

/** Past events still marked "considering" or "registered" ask whether the user went. */
function PastNudge({
  event,
  plan,
  now,
}: {
  event: EventTiming;
  plan: EngagementPlan | null;
  now: Date;
}) {
  const status = plan?.status ?? 'considering';
  if (!eventIsOver(event, now)) return null;
  if (status === 'attended' || status === 'missed') return null;
  return <p className="nudge">This event has passed: mark whether you attended.</p>;
}

/** An event from the notice, with the user's plan for it (kept when a re-import moves it). */
export function NoticeEventCard({
  event,
  plan,
  now,
}: {
  event: EngagementEventRecord;
  plan: EngagementPlan | null;
  now: Date;
}) {
  const key = planSaveKey(event.id, null);
  const save = useEngagementStore((s) => s.saves[key]);
  const headingId = `event-${event.id}`;
  return (
    <article
      className={`event-card ${event.removedFromNotice ? 'removed' : ''}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        <LongText text={event.title} limit={TITLE_LIMIT} />
        {event.derived && <Derived source={event.source} what="this event" />}
      </h3>
      {event.removedFromNotice && (
        <p className="muted">The latest notice no longer lists this event. Your plan is kept.</p>
      )}
      <EventFacts event={event} now={now} />
      {event.description && (
        <details>
          <summary>What the notice says</summary>
          <p className="notice-text">
            <LinkedText text={event.description} />
          </p>
        </details>
      )}
      <PastNudge event={event} plan={plan} now={now} />
      <EventPlanForm
        plan={plan}
        eventTitle={event.title}
        idPrefix={headingId}
        save={save}
        onSave={(fields) =>
          void useEngagementStore.getState().savePlan(event.opportunityId, event.id, fields)
        }
      />
    </article>
  );
}

/** An event the user added, with their plan, an Edit (in the event form) and a Delete (with Undo). */
export function ManualEventCard({ plan, now }: { plan: EngagementPlan; now: Date }) {
  const key = planSaveKey(null, plan.id);
  const save = useEngagementStore((s) => s.saves[key]);
  const event = plan.manual;
  if (!event) return null;
  const headingId = `event-${plan.id}`;
  const { saveManual, deleteEvent, edit } = useEngagementStore.getState();
  return (
    <article className="event-card event-manual" aria-labelledby={headingId}>
      <div className="event-card-head">
        <h3 id={headingId}>
          {event.title}
          {event.title.toLowerCase() !== EVENT_KIND_LABELS[event.kind].toLowerCase() && (
            <span className="badge">{EVENT_KIND_LABELS[event.kind]}</span>
          )}
        </h3>
        <button
          type="button"
          className="button"
          aria-label={`Edit “${event.title}”`}
          onClick={() => edit(plan.id)}
        >
          Edit
        </button>
        <button
          type="button"
          className="button"
          aria-label={`Delete “${event.title}”`}
          onClick={() => void deleteEvent(plan)}
        >
          Delete
        </button>
      </div>
      <EventFacts event={event} now={now} />
      <PastNudge event={event} plan={plan} now={now} />
      <EventPlanForm
        plan={plan}
        eventTitle={event.title}
        idPrefix={headingId}
        save={save}
        onSave={(fields) => void saveManual(plan, fields)}
      />
    </article>
  );
}
