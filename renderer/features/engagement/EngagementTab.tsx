import { useUndoOffer } from '../../lib/undo';
import { UndoToast } from '../../lib/UndoToast';
import type { WorkspaceTabProps } from '../opportunity';
import { AddEventForm } from './AddEventForm';
import { useEngagementPlans } from './engagement-queries';
import { ENGAGEMENT_UNDO_PLACE, useEngagementStore } from './engagement-store';
import { ManualEventCard, NoticeEventCard } from './EventCards';
import './engagement.css';

/**
 * Engagement: the buyer's events from the notice and the ones the user adds, each with the user's
 * plan (going or not, who, questions, notes). Going is how a bidder learns what the commissioner
 * wants, and it counts on the go/no-go.
 */
export function EngagementTab({ detail, now }: WorkspaceTabProps) {
  const plans = useEngagementPlans(detail.opportunity.id);
  const undo = useUndoOffer(ENGAGEMENT_UNDO_PLACE);
  const message = useEngagementStore((s) => s.message);
  const editingId = useEngagementStore((s) => s.editing);
  if (plans === undefined) return <p className="loading">Loading your engagement plans…</p>;

  const planFor = (eventId: string) => plans.find((p) => p.eventId === eventId) ?? null;
  const events = detail.events.filter((e) => !e.removedFromNotice || planFor(e.id) !== null);
  const manual = plans
    .filter((p) => p.manual !== null)
    .sort((a, b) => Date.parse(a.manual?.start ?? '') - Date.parse(b.manual?.start ?? ''));
  const editing = manual.find((p) => p.id === editingId) ?? null;

  return (
    <div className="engagement">
      <section className="card" aria-labelledby="engagement-notice-heading">
        <h2 id="engagement-notice-heading">Events in the notice</h2>
        {events.length === 0 ? (
          <p className="muted">
            The notice lists no engagement events. Add any the buyer tells you about below.
          </p>
        ) : (
          <p className="muted">
            Record whether you are going, who, what to ask and what you learnt. It saves when you
            leave a field, and stays with the event if a newer notice moves it.
          </p>
        )}
        {events.map((event) => (
          <NoticeEventCard key={event.id} event={event} plan={planFor(event.id)} now={now} />
        ))}
      </section>
      <section className="card" aria-labelledby="engagement-own-heading">
        <h2 id="engagement-own-heading">Events you added</h2>
        <UndoToast place={ENGAGEMENT_UNDO_PLACE} />
        {manual.length === 0 && !undo && (
          <p className="muted">
            None yet. Add briefings, clarification Q&amp;As or site visits the notice does not list.
          </p>
        )}
        {manual.map((plan) => (
          <ManualEventCard key={plan.id} plan={plan} now={now} />
        ))}
      </section>
      <AddEventForm
        key={editing?.id ?? 'new'}
        opportunityId={detail.opportunity.id}
        editing={editing}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
