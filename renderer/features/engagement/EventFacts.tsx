import { countdown, formatUkDate, ukDay } from '../../../shared/calendar';
import { formatKeyDate } from '../../../shared/notice/midnight';
import { ExternalLink } from '../opportunity';

/** What an event card shows about when and where, for notice events and the user's own alike. */
export interface EventTiming {
  start: string | null;
  end: string | null;
  allDay: boolean;
  place: string | null;
  onlineUrl: string | null;
  signUpDeadline: string | null;
  /** Where a re-import moved it from (notice events only). */
  previousStart?: string | null;
  /** Other days its description names (a moved date; notice events only). */
  datesInDescription?: string[];
}

/** The event is over: its end (or start) has passed; an all-day event, once its day has. */
export function eventIsOver(
  event: Pick<EventTiming, 'start' | 'end' | 'allDay'>,
  now: Date,
): boolean {
  if (event.start === null) return false;
  if (event.allDay) return ukDay(event.start) < ukDay(now);
  return Date.parse(event.end ?? event.start) < now.getTime();
}

/**
 * "Its description says 8 Jun 2026": the buyer moved the date and left the old day in the text.
 * Bid Desk goes by the date; the user should ask which is right.
 */
export function DescriptionDisagrees({ dates }: { dates: string[] | undefined }) {
  if (!dates?.length) return null;
  return (
    <span className="moved">
      {' '}
      Its description says {dates.map((d) => formatUkDate(d, true)).join(' and ')}: check with the
      buyer which is right.
    </span>
  );
}

/** "17 Jul 2026 10:00 to 11:30", with the countdown; "moved from …" when a re-import moved it. */
export function EventFacts({ event, now }: { event: EventTiming; now: Date }) {
  const past = eventIsOver(event, now);
  const signUpClosed =
    event.signUpDeadline !== null && Date.parse(event.signUpDeadline) < now.getTime();
  return (
    <dl className="facts event-facts">
      <dt>When</dt>
      <dd>
        {event.start ? (
          <>
            <time dateTime={event.start}>{formatUkDate(event.start, event.allDay)}</time>
            {event.end && !event.allDay && <> to {formatUkDate(event.end).slice(-5)}</>}
            <span className={past ? 'muted' : 'countdown'}>
              {' '}
              ({event.allDay ? 'time not given; ' : ''}
              {countdown(event.start, event.allDay, now)})
            </span>
          </>
        ) : (
          <span className="muted">Date not given</span>
        )}
        {event.previousStart && (
          <span className="moved">
            {' '}
            Moved from {formatUkDate(event.previousStart, event.allDay)}: check that your plans
            still work.
          </span>
        )}
        <DescriptionDisagrees dates={event.datesInDescription} />
      </dd>
      {event.place && (
        <>
          <dt>Where</dt>
          <dd>{event.place}</dd>
        </>
      )}
      {event.onlineUrl && (
        <>
          <dt>Join online</dt>
          <dd>
            <ExternalLink href={event.onlineUrl}>Joining link</ExternalLink>
          </dd>
        </>
      )}
      {event.signUpDeadline && (
        <>
          <dt>Sign up by</dt>
          <dd className={signUpClosed ? 'muted' : 'sign-up'}>
            <time dateTime={event.signUpDeadline}>
              {/* A deadline shows the time it was given (00:00 is the end of the day before). */}
              {formatKeyDate({ kind: 'engagementSignUp', at: event.signUpDeadline, allDay: false })}
            </time>{' '}
            ({signUpClosed ? 'closed' : countdown(event.signUpDeadline, false, now)})
          </dd>
        </>
      )}
    </dl>
  );
}
