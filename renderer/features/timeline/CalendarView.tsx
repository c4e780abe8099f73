import { useMemo } from 'react';
import { formatDay, isBankHoliday, ukDay } from '../../../shared/calendar';
import { findClashes, type TimelineItem } from '../../../shared/timeline';
import { useNow } from '../../app/queries';
import { opportunityHref } from '../../app/router';
import { addMonths, isOverdue, monthLabel, monthOf, monthWeeks } from './timeline-data';
import { useAllTimelines, useBidSchedule } from './timeline-queries';
import { useTimelineStore } from './timeline-store';
import { CalendarExportOptions } from './CalendarExportOptions';
import './timeline.css';
import { cutText, LABEL_LIMIT } from '../../lib/long-text';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Every opportunity's dates on a month grid (Monday first), with clashes marked. */
export function CalendarView() {
  const now = useNow();
  const items = useAllTimelines(now);
  const stored = useTimelineStore((s) => s.month);
  const message = useTimelineStore((s) => s.message);
  const { setMonth, exportIcs } = useTimelineStore.getState();
  const today = ukDay(now);
  const month = stored ?? monthOf(today);
  const byDay = useMemo(() => {
    const map = new Map<string, TimelineItem[]>();
    for (const item of items ?? []) {
      const day = ukDay(item.at);
      const list = map.get(day);
      if (list) list.push(item);
      else map.set(day, [item]);
    }
    return map;
  }, [items]);
  const clashDays = useMemo(() => new Set(findClashes(items ?? []).map((c) => c.day)), [items]);
  // The bank holidays the bid schedule skips (its saved calendar), so a gap in due dates reads.
  const region = useBidSchedule()?.bankHolidays;
  const isHoliday = (day: string): boolean => region !== undefined && isBankHoliday(day, region);

  return (
    <section className="calendar" aria-labelledby="calendar-heading">
      <div className="calendar-head">
        <h1 id="calendar-heading">Calendar</h1>
        <div className="calendar-nav">
          <button
            type="button"
            className="button"
            onClick={() => setMonth(addMonths(month, -1))}
            aria-label="Previous month"
          >
            ‹ Previous
          </button>
          <h2 className="calendar-month" aria-live="polite">
            {monthLabel(month)}
          </h2>
          <button
            type="button"
            className="button"
            onClick={() => setMonth(addMonths(month, 1))}
            aria-label="Next month"
          >
            Next ›
          </button>
          {stored !== null && stored !== monthOf(today) && (
            <button type="button" className="link-button" onClick={() => setMonth(null)}>
              This month
            </button>
          )}
        </div>
        <button
          type="button"
          className="button"
          disabled={!items || items.length === 0}
          onClick={() =>
            void exportIcs(items ?? [], 'bid-desk-calendar.ics', 'Bid Desk — all opportunities')
          }
        >
          Export all to calendar (.ics)
        </button>
      </div>
      <CalendarExportOptions />
      <p className="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
      {items === undefined ? (
        <p className="loading">Loading…</p>
      ) : (
        <table className="calendar-grid">
          <thead>
            <tr>
              {WEEKDAYS.map((d) => (
                <th key={d} scope="col">
                  {d}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(month).map((week) => (
              <tr key={week[0]}>
                {week.map((day) => {
                  const dayItems = byDay.get(day) ?? [];
                  const clash = clashDays.has(day);
                  const holiday = isHoliday(day);
                  const classes = [
                    'calendar-day',
                    monthOf(day) === month ? '' : 'is-other-month',
                    day === today ? 'is-today' : '',
                    clash ? 'is-clash' : '',
                    holiday ? 'is-holiday' : '',
                  ].join(' ');
                  return (
                    <td
                      key={day}
                      className={classes}
                      aria-current={day === today ? 'date' : undefined}
                      data-day={day}
                      data-testid="calendar-day"
                    >
                      <span className="calendar-date">
                        <span className="visually-hidden">{formatDay(day)}</span>
                        <span aria-hidden="true">{Number(day.slice(8))}</span>
                        {day === today && <span className="calendar-today-label">Today</span>}
                        {clash && <span className="calendar-clash-label">Clash</span>}
                        {holiday && <span className="calendar-holiday-label">Bank holiday</span>}
                      </span>
                      {dayItems.length > 0 && (
                        <ul className="calendar-items">
                          {dayItems.map((item) => (
                            <li
                              key={item.id}
                              className={`calendar-item lane-${item.lane} ${item.done ? 'is-done' : ''} ${isOverdue(item, now) ? 'is-overdue' : ''} ${item.source === 'estimate' ? 'is-estimate' : ''}`}
                            >
                              <a
                                href={
                                  item.source === 'estimate'
                                    ? opportunityHref(item.opportunityId)
                                    : opportunityHref(item.opportunityId, 'timeline')
                                }
                                title={cutText(
                                  `${item.title} — ${item.opportunityTitle}`,
                                  LABEL_LIMIT,
                                )}
                              >
                                {item.done ? '✓ ' : ''}
                                {cutText(item.title, LABEL_LIMIT)}
                                <span className="calendar-item-opportunity">
                                  {cutText(item.opportunityTitle, LABEL_LIMIT)}
                                </span>
                              </a>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
