/**
 * The "Add an event" form: what the user types (a UK date and wall-clock times) checked, and
 * turned into a `ManualEvent` with Europe/London instants.
 */
import { z } from 'zod';
import { formatUk, fromUkWallClock, isUkDay, longDay, ukWallClock } from '../../../shared/calendar';
import { AttendanceStatus, ManualEvent, ManualEventKind } from '../../../shared/workspace/model';

export const EVENT_KIND_LABELS: Record<ManualEventKind, string> = {
  briefing: 'Buyer briefing',
  clarification: 'Clarification Q&A',
  presentation: 'Presentation',
  'site-visit': 'Site visit',
  other: 'Other',
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What the form holds: all text, as the inputs give it. */
export const ManualEventForm = z
  .object({
    kind: ManualEventKind,
    title: ManualEvent.shape.title,
    date: z.string().refine(isUkDay, 'Enter the date of the event'),
    startTime: z.string().refine((t) => t === '' || TIME.test(t), 'Enter a time like 10:00'),
    endTime: z.string().refine((t) => t === '' || TIME.test(t), 'Enter a time like 11:30'),
    place: z.string(),
    link: z
      .string()
      .trim()
      .refine(
        (l) => l === '' || /^https?:\/\/\S+$/i.test(l),
        'Paste the whole link, starting https://',
      ),
    signUpDate: z.string().refine((d) => d === '' || isUkDay(d), 'Enter a date'),
    signUpTime: z.string().refine((t) => t === '' || TIME.test(t), 'Enter a time like 17:00'),
    /** The user's own status, saved with the plan. */
    status: AttendanceStatus,
  })
  .refine((f) => f.endTime === '' || f.startTime !== '', {
    message: 'Give the start time too',
    path: ['startTime'],
  })
  .refine((f) => f.endTime === '' || f.startTime === '' || f.endTime > f.startTime, {
    message: 'The end must be after the start',
    path: ['endTime'],
  })
  .refine((f) => f.signUpTime === '' || f.signUpDate !== '', {
    message: 'Give the sign-up date too',
    path: ['signUpDate'],
  })
  .refine((f) => f.signUpDate === '' || f.date === '' || f.signUpDate <= f.date, {
    message: 'Signing up closes before the event, not after it',
    path: ['signUpDate'],
  });
export type ManualEventFormValues = z.infer<typeof ManualEventForm>;

export const EMPTY_EVENT_FORM: ManualEventFormValues = {
  kind: 'clarification',
  title: '',
  date: '',
  startTime: '',
  endTime: '',
  place: '',
  link: '',
  signUpDate: '',
  signUpTime: '',
  status: 'considering',
};

const instant = (day: string, clock: string): string => formatUk(fromUkWallClock(day, clock));

/**
 * The event as stored: start and end as Europe/London instants (an event without a start time is
 * all-day). A sign-up date without a time closes at the end of that day.
 */
export function toManualEvent(form: ManualEventFormValues): ManualEvent {
  const allDay = form.startTime === '';
  return {
    kind: form.kind,
    title: form.title.trim(),
    start: instant(form.date, allDay ? '00:00:00' : `${form.startTime}:00`),
    end: form.endTime ? instant(form.date, `${form.endTime}:00`) : null,
    allDay,
    place: form.place.trim() || null,
    onlineUrl: form.link.trim() || null,
    signUpDeadline: form.signUpDate
      ? instant(form.signUpDate, form.signUpTime ? `${form.signUpTime}:00` : '23:59:59')
      : null,
  };
}

/** The UK day and `HH:mm` of a stored instant, as the form's inputs take them. */
function wallClock(at: string): { day: string; time: string } {
  const { day, clock } = ukWallClock(new Date(at));
  return { day, time: clock.slice(0, 5) };
}

/**
 * The form prefilled with an event the user added, to edit it: the inverse of `toManualEvent`
 * (an all-day event has no start time; a sign-up closing at the end of its day has no time).
 */
export function fromManualEvent(
  event: ManualEvent,
  status: AttendanceStatus,
): ManualEventFormValues {
  const start = wallClock(event.start);
  const signUp = event.signUpDeadline ? ukWallClock(new Date(event.signUpDeadline)) : null;
  return {
    kind: event.kind,
    title: event.title,
    date: start.day,
    startTime: event.allDay ? '' : start.time,
    endTime: event.end ? wallClock(event.end).time : '',
    place: event.place ?? '',
    link: event.onlineUrl ?? '',
    signUpDate: signUp?.day ?? '',
    signUpTime: !signUp || signUp.clock === '23:59:59' ? '' : signUp.clock.slice(0, 5),
    status,
  };
}

/**
 * "Thursday 23 April 2026, 10:00 to 11:00 (UK time)": the date and times as entered, read back in
 * words (the date picker may show the computer's own date format). Null until the date is whole.
 */
export function eventPreview(date: string, startTime: string, endTime: string): string | null {
  const words = longDay(date);
  if (words === null) return null;
  if (!TIME.test(startTime)) return `${words}, all day`;
  const end = TIME.test(endTime) ? ` to ${endTime}` : '';
  return `${words}, ${startTime}${end} (UK time)`;
}
