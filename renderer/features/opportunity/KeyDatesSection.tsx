import type { KeyDateRecord, LotRecord } from '../../db';
import { countdown, formatUkDate } from '../../../shared/calendar';
import { midnightMeaning } from '../../../shared/notice/midnight';
import { Derived } from './Derived';
import { cutText, TITLE_LIMIT } from '../../lib/long-text';

/** Every dated fact, soonest first, with past ones dimmed and derived ones marked. */
export function KeyDatesSection({
  dates,
  lots,
  now,
}: {
  dates: KeyDateRecord[];
  lots: LotRecord[];
  now: Date;
}) {
  const lotName = (lotKey: string | null): string | null => {
    if (lotKey === null) return null;
    const lot = lots.find((l) => l.lotKey === lotKey);
    return lot?.title ? `Lot ${lotKey}: ${cutText(lot.title, TITLE_LIMIT)}` : `Lot ${lotKey}`;
  };
  return (
    <section className="card" aria-labelledby="key-dates-heading">
      <h2 id="key-dates-heading">Key dates</h2>
      {dates.length === 0 ? (
        <p className="muted">The notice gives no dates.</p>
      ) : (
        <table className="key-dates">
          <thead>
            <tr>
              <th scope="col">Date (UK time)</th>
              <th scope="col">What</th>
              <th scope="col">When</th>
            </tr>
          </thead>
          <tbody>
            {dates.map((d) => {
              const past =
                Date.parse(d.at) < now.getTime() &&
                !(d.allDay && countdown(d.at, true, now) === 'today');
              return (
                <tr
                  key={d.id}
                  className={`${past ? 'past' : ''} kind-${d.kind}`}
                  data-kind={d.kind}
                >
                  <td>
                    <time dateTime={d.at}>{formatUkDate(d.at, d.allDay)}</time>
                    {d.allDay && <span className="muted"> (day)</span>}
                    {midnightMeaning(d) && <span> ({midnightMeaning(d)})</span>}
                  </td>
                  <td>
                    {d.label}
                    {lotName(d.lotId) && <span className="muted"> — {lotName(d.lotId)}</span>}
                    {d.derived && <Derived source={d.source} what="this date" />}
                  </td>
                  <td className="countdown">{countdown(d.at, d.allDay, now)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
