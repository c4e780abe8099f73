import { type RefObject, useLayoutEffect, useRef, useState } from 'react';
import { formatDay, ukDay } from '../../../shared/calendar';
import type { TimelineItem } from '../../../shared/timeline';
import {
  axisPercent,
  axisRange,
  axisTicks,
  isOverdue,
  itemWhen,
  LANES,
  movedText,
  axisItems,
  stackLane,
} from './timeline-data';
import { cutText, LABEL_LIMIT, TITLE_LIMIT } from '../../lib/long-text';

const ROW_HEIGHT = 34;
/** The lane names' column left of the track (the chart's left padding in timeline.css). */
const LANE_NAMES_PX = 110;

/**
 * The timeline drawn on a horizontal date axis: one lane per kind of work, a marker with label
 * and date per item, done items ticked, overdue ones red, moved ones highlighted, and today.
 */
export function TimelineChart({ items, now }: { items: readonly TimelineItem[]; now: Date }) {
  const shown = axisItems(items);
  const hidden = items.length - shown.length;
  const range = axisRange(shown, now);
  const today = axisPercent(ukDay(now), range);
  const chart = useRef<HTMLDivElement>(null);
  const trackWidth = useTrackWidth(chart);
  return (
    <div ref={chart} className="timeline-chart" data-testid="timeline-chart">
      <div className="timeline-axis" aria-hidden="true">
        {axisTicks(range).map((day) => (
          <span key={day} className="timeline-tick" style={{ left: `${axisPercent(day, range)}%` }}>
            {formatDay(day, false)}
          </span>
        ))}
      </div>
      {LANES.map(({ lane, label }) => {
        const placed = stackLane(
          shown.filter((item) => item.lane === lane),
          range,
          trackWidth,
        );
        const rows = Math.max(1, ...placed.map((p) => p.row + 1));
        return (
          <div key={lane} className="timeline-lane" data-lane={lane}>
            <span className="timeline-lane-name" id={`lane-${lane}`}>
              {label}
            </span>
            <ul
              className="timeline-lane-track"
              aria-labelledby={`lane-${lane}`}
              style={{ height: `${rows * ROW_HEIGHT + 6}px` }}
            >
              {placed.map(({ item, left, row, flipped }) => {
                const moved = movedText(item);
                const overdue = isOverdue(item, now);
                const classes = [
                  'timeline-marker',
                  item.done ? 'is-done' : '',
                  overdue ? 'is-overdue' : '',
                  moved ? 'is-moved' : '',
                  flipped ? 'is-flipped' : '',
                ].join(' ');
                return (
                  <li
                    key={item.id}
                    className={classes}
                    style={{ left: `${left}%`, top: `${row * ROW_HEIGHT + 3}px` }}
                    title={cutText(
                      item.detail ? `${item.title}: ${item.detail}` : item.title,
                      LABEL_LIMIT,
                    )}
                    data-testid="timeline-marker"
                  >
                    <span className="timeline-dot" aria-hidden="true">
                      {item.done ? '✓' : ''}
                    </span>
                    <span className="timeline-label">
                      <span className="timeline-title">
                        {cutText(item.title, TITLE_LIMIT)}
                        {item.done && <span className="visually-hidden"> (done)</span>}
                        {overdue && <span className="visually-hidden"> (overdue)</span>}
                      </span>
                      <time className="timeline-date" dateTime={item.at}>
                        {itemWhen(item)}
                      </time>
                      {moved && <span className="timeline-moved">{moved}</span>}
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
      <div
        className={`timeline-today${today > 85 ? ' label-left' : ''}`}
        style={{ left: `calc(${LANE_NAMES_PX}px + (100% - ${LANE_NAMES_PX}px) * ${today / 100})` }}
        data-testid="timeline-today"
      >
        <span>Today</span>
      </div>
      {hidden > 0 && (
        <p className="timeline-note muted">
          Award and contract dates are months later: they are in the list below.
        </p>
      )}
    </div>
  );
}

/** The width of the chart's date track in pixels, kept as the window is resized (0: unknown). */
function useTrackWidth(chart: RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = chart.current;
    if (!element) return undefined;
    const measure = (): void => setWidth(Math.max(0, element.clientWidth - LANE_NAMES_PX));
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [chart]);
  return width;
}
