import type { EngagementEventRecord } from '../../db';
import { formatUkDate } from '../../../shared/calendar';
import { DescriptionDisagrees } from '../engagement';
import { Derived } from './Derived';
import { ExternalLink, LinkedText } from './ExternalLink';
import { LongText } from '../../lib/LongText';
import { TITLE_LIMIT } from '../../lib/long-text';

/** Market engagement events: when, where or how to join, and when to sign up by. */
export function EngagementSection({ events }: { events: EngagementEventRecord[] }) {
  if (events.length === 0) return null;
  return (
    <section className="card" aria-labelledby="engagement-heading">
      <h2 id="engagement-heading">Engagement events</h2>
      <ul className="events">
        {events.map((e) => (
          <li key={e.id} className={e.removedFromNotice ? 'removed' : ''}>
            <h3>
              <LongText text={e.title} limit={TITLE_LIMIT} />
            </h3>
            <dl className="facts">
              <dt>When</dt>
              <dd>
                {e.start ? (
                  <>
                    <time dateTime={e.start}>{formatUkDate(e.start, e.allDay)}</time>
                    {e.end && <> to {formatUkDate(e.end).slice(-5)}</>}
                    {e.allDay && <span className="muted"> (time not given)</span>}
                  </>
                ) : (
                  <span className="muted">Date not given</span>
                )}
                {e.previousStart && (
                  <span className="moved">
                    {' '}
                    — moved from {formatUkDate(e.previousStart, e.allDay)}
                  </span>
                )}
                <DescriptionDisagrees dates={e.datesInDescription} />
                {e.derived && <Derived source={e.source} what="the time of this event" />}
              </dd>
              {e.place && (
                <>
                  <dt>Where</dt>
                  <dd>{e.place}</dd>
                </>
              )}
              {e.onlineUrl && (
                <>
                  <dt>Join online</dt>
                  <dd>
                    <ExternalLink href={e.onlineUrl}>Joining link</ExternalLink>
                  </dd>
                </>
              )}
              {e.signUpDeadline && (
                <>
                  <dt>Sign up by</dt>
                  <dd>
                    <time dateTime={e.signUpDeadline}>{formatUkDate(e.signUpDeadline)}</time>
                  </dd>
                </>
              )}
            </dl>
            {e.description && (
              <details>
                <summary>What the notice says</summary>
                <p className="notice-text">
                  <LinkedText text={e.description} />
                </p>
              </details>
            )}
            {e.removedFromNotice && (
              <p className="muted">The latest notice no longer lists this event.</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
