import { useNow } from '../../app/queries';
import { opportunityHref } from '../../app/router';
import { formatDay, formatUkDate } from '../../../shared/calendar';
import type { AgendaItem } from '../../../shared/workspace/agenda';
import { AGENDA_KIND_LABELS, agendaTab, groupAgenda, type AgendaGroup } from './agenda-groups';
import { useAgenda } from './this-week-queries';
import { useThisWeekStore } from './this-week-store';
import './this-week.css';
import { LongText } from '../../lib/LongText';
import { cutText, PROSE_LIMIT, TITLE_LIMIT } from '../../lib/long-text';

/** What needs me this week, across every opportunity: events, sign-ups, items due, deadlines. */
export function ThisWeekView() {
  const now = useNow();
  const days = useThisWeekStore((s) => s.days);
  const setDays = useThisWeekStore((s) => s.setDays);
  const agenda = useAgenda(now, days);
  const groups = agenda ? groupAgenda(agenda, now) : [];
  const dayGroups = groups.filter((g) => g.key !== 'overdue');
  const overdue = groups.find((g) => g.key === 'overdue');

  return (
    <section className="this-week" aria-labelledby="this-week-heading">
      <div className="this-week-head">
        <h1 id="this-week-heading">This week</h1>
        <div className="field">
          <label htmlFor="this-week-days">Look ahead</label>
          <select
            id="this-week-days"
            value={days}
            onChange={(e) => setDays(Number(e.target.value))}
          >
            <option value={7}>7 days</option>
            <option value={14}>14 days</option>
          </select>
        </div>
      </div>
      <p className="muted">
        Everything that needs you from today, across the bids you are still making: events and
        sign-ups, checklist items due, deadlines and go/no-go decisions still to take. Bids that
        have closed, been submitted or withdrawn, or that you decided not to bid for, are not here.
      </p>
      {agenda === undefined ? (
        <p className="loading">Loading…</p>
      ) : (
        <>
          {dayGroups.length === 0 ? (
            <div className="empty">
              <h2>Nothing due in the next {days} days</h2>
              <p>
                Items appear here once you plan a bid: checklist due dates, events you are going to
                and the notices&apos; deadlines.
              </p>
            </div>
          ) : (
            dayGroups.map((group) => (
              <section
                key={group.key}
                className="card agenda-day"
                aria-labelledby={`agenda-${group.key}`}
              >
                <h2 id={`agenda-${group.key}`}>{group.label}</h2>
                <AgendaList group={group} />
              </section>
            ))
          )}
          {overdue && <OverdueGroup group={overdue} />}
        </>
      )}
    </section>
  );
}

/**
 * Overdue items of the bids still live, below the week, behind one button that opens and closes
 * them (the choice is remembered): a backlog stays in reach without burying what is due now.
 */
function OverdueGroup({ group }: { group: AgendaGroup }) {
  const open = useThisWeekStore((s) => s.overdueOpen);
  const setOpen = useThisWeekStore((s) => s.setOverdueOpen);
  return (
    <section className="card agenda-day agenda-overdue" aria-labelledby="agenda-overdue">
      <h2 id="agenda-overdue">
        <button
          type="button"
          className="agenda-toggle"
          aria-expanded={open}
          aria-controls="agenda-overdue-items"
          onClick={() => setOpen(!open)}
        >
          <span className="agenda-toggle-icon" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          Overdue ({group.items.length})
        </button>
      </h2>
      <div id="agenda-overdue-items" hidden={!open}>
        <AgendaList group={group} />
      </div>
    </section>
  );
}

function AgendaList({ group }: { group: AgendaGroup }) {
  return (
    <ul className="agenda-items">
      {group.items.map((item, i) => (
        <AgendaRow key={`${item.kind}-${item.at}-${i}`} item={item} />
      ))}
    </ul>
  );
}

function AgendaRow({ item }: { item: AgendaItem }) {
  const time = item.allDay ? null : formatUkTime(item.at);
  return (
    <li className={`agenda-item kind-${item.kind}`} data-testid="agenda-item">
      <span className="agenda-when">
        {item.overdue ? (
          <span className="due-badge due-overdue">Overdue</span>
        ) : (
          (time ?? (
            <span className="muted">
              {item.kind === 'checklist' ? 'Due' : item.kind === 'decision' ? 'To do' : 'All day'}
            </span>
          ))
        )}
      </span>
      <span className="badge agenda-kind">{AGENDA_KIND_LABELS[item.kind]}</span>
      <span className="agenda-what">
        <a href={opportunityHref(item.opportunityId, agendaTab(item))}>
          {cutText(item.title, TITLE_LIMIT)}
        </a>
        <span className="agenda-opportunity">
          <LongText text={item.opportunityTitle} limit={TITLE_LIMIT} />
        </span>
        <span className="agenda-detail">
          {item.overdue && item.allDay ? `Was due ${formatDay(item.at.slice(0, 10))}. ` : ''}
          <LongText text={item.detail} limit={PROSE_LIMIT} />
        </span>
      </span>
    </li>
  );
}

/** "10:00" in UK time. */
function formatUkTime(at: string): string {
  return formatUkDate(at).slice(-5);
}
