import type { EngagementEvent, FactSource, Instant } from './model';
import { obj, objs, str, type Json } from '../ocds/read';
import { findEngagement, findOnlineUrl, repairText, timeFromDescription } from '../prose';
import type { MilestoneTime, ProseEngagement, ProseEvent } from '../prose';
import { instantMs, isDayLevel, ocdsInstant, ukDay } from '../calendar/instants';
import { dedupe } from './lots';

export interface EngagementFacts {
  events: EngagementEvent[];
  signUpDeadlines: Array<{ at: Instant; allDay: boolean; source: FactSource }>;
}

/**
 * Engagement events from `planning.milestones[type=engagement]` and from prose.
 *
 * A milestone's `dueDate` is day-level (23:59:59) and means different things: the event itself
 * (seed 001: the description gives the time), the sign-up deadline (seed 002: "before 14th July
 * 5pm", the event is on the 17th), or the date written responses are due (seed 004, an RFI).
 * The description decides which, and the described facts win over the bare date.
 */
export function readEngagement(release: Json, tenderDescription: string | null): EngagementFacts {
  const events: EngagementEvent[] = [];
  const signUps: EngagementFacts['signUpDeadlines'] = [];
  const milestones = [
    ...engagementMilestones(obj(release.planning)?.milestones, 'planning'),
    ...engagementMilestones(obj(release.tender)?.milestones, 'tender'),
  ];

  for (const { m, field } of milestones) {
    const description = str(m.description) ? repairText(str(m.description) as string) : null;
    const due = ocdsInstant(m.dueDate);
    const status = str(m.status);
    const found = description ? engagementIn(description, `${field}.description`) : null;
    // The description's dates describe this milestone only if one of them is its day: a buyer
    // who moves `dueDate` often leaves the old date in the text, and the date field is what they
    // changed. Then the description is kept for the user to read (with the days it names), but
    // its dates are not used.
    const stale =
      found !== null && due !== null && hasDates(found) && !mentionsDay(found, ukDay(due));
    const prose = stale ? null : found;
    signUps.push(...(prose?.signUpDeadlines ?? []));
    const onlineUrl = description ? findOnlineUrl(description) : null;
    const title = str(m.title) ?? 'Market engagement';

    if (prose && prose.events.length > 0) {
      for (const { name, series, ...e } of prose.events) {
        events.push({
          // The milestone's own title names it best; the words only when it has none.
          title: dayTitle(str(m.title) ?? name ?? title, series),
          ...e,
          onlineUrl: e.onlineUrl ?? onlineUrl,
          signUpDeadline: null,
          status,
          description,
          derived: true,
        });
      }
      continue;
    }
    if (!due) {
      events.push({
        title,
        start: null,
        end: null,
        allDay: true,
        place: null,
        onlineUrl,
        signUpDeadline: null,
        status,
        description,
        derived: false,
        source: null,
      });
      continue;
    }
    const dueDay = ukDay(due);
    if (prose?.signUpDeadlines.some((d) => ukDay(d.at) === dueDay)) continue; // the milestone is the sign-up deadline
    const response = prose?.responseDeadlines.find((d) => ukDay(d.at) === dueDay);
    if (response) {
      events.push({
        title: 'Market engagement: written responses due',
        start: response.at,
        end: null,
        allDay: response.allDay,
        place: null,
        onlineUrl,
        signUpDeadline: null,
        status,
        description,
        derived: false,
        source: response.source,
      });
      continue;
    }
    const timed = isDayLevel(m.dueDate)
      ? milestoneTime(due, stale ? null : description, `${field}.description`)
      : { start: due, end: null, allDay: false, source: null };
    events.push({
      title,
      start: timed.start,
      end: timed.end,
      allDay: timed.allDay,
      place: null,
      onlineUrl,
      signUpDeadline: null,
      status,
      description,
      derived: timed.source !== null,
      source: timed.source,
      ...(stale ? { datesInDescription: describedDates(found) } : {}),
    });
  }

  // Events announced only in the description (seed 000: "MARKET ENGAGEMENT EVENT - THURSDAY
  // 14th MAY 2026 - 4pm"), unless a milestone already covers that day.
  if (tenderDescription) {
    const prose = engagementIn(tenderDescription, 'tender.description');
    for (const { name, series, ...e } of prose.events) {
      if (events.some((x) => x.start && ukDay(x.start) === ukDay(e.start))) continue;
      events.push({
        title: dayTitle(name ?? 'Market engagement', series),
        ...e,
        signUpDeadline: null,
        status: null,
        description: null,
        derived: true,
      });
    }
    for (const d of prose.signUpDeadlines) {
      if (!signUps.some((s) => s.at === d.at)) signUps.push(d);
    }
  }

  const signUpDeadlines = dedupe(signUps, (s) => s.at);
  // One sign-up deadline before an event is that event's deadline.
  for (const event of events) {
    const start = event.start ? instantMs(event.start) : null;
    if (start === null) continue;
    const before = signUpDeadlines
      .filter((s) => instantMs(s.at) <= start)
      .sort((a, b) => instantMs(a.at) - instantMs(b.at));
    const last = before[before.length - 1];
    if (last) event.signUpDeadline = last.at;
  }
  return { events: dedupe(events, (e) => `${e.start}|${e.title}`), signUpDeadlines };
}

/**
 * An event held on several days is one event per day, each with its own key date (so the
 * timeline and the calendar export show every day) and a title that says which day it is:
 * "Site visit (day 1 of 2)". Distinct titles keep each day's stored row and plans apart.
 */
function dayTitle(title: string, series: ProseEvent['series']): string {
  return series ? `${title} (day ${series.day} of ${series.of})` : title;
}

/** The engagement milestones of a list, with where each sits (most notices have none). */
function engagementMilestones(
  list: unknown,
  owner: 'planning' | 'tender',
): Array<{ m: Json; field: string }> {
  const out: Array<{ m: Json; field: string }> = [];
  objs(list).forEach((m, i) => {
    if (str(m.type) === 'engagement') out.push({ m, field: `${owner}.milestones[${i}]` });
  });
  return out;
}

/** Every date a description's prose gives (events, sign-ups, responses), one per day, in order. */
function describedDates(found: ProseEngagement): Instant[] {
  const dates = [
    ...found.events.flatMap((e) => (e.start ? [e.start] : [])),
    ...found.signUpDeadlines.map((d) => d.at),
    ...found.responseDeadlines.map((d) => d.at),
  ].sort((a, b) => instantMs(a) - instantMs(b));
  return dedupe(dates, ukDay);
}

function hasDates(prose: ProseEngagement): boolean {
  return prose.events.length + prose.signUpDeadlines.length + prose.responseDeadlines.length > 0;
}

/** True when any date the prose found (an event, a sign-up or a response deadline) is on `day`. */
function mentionsDay(prose: ProseEngagement, day: string): boolean {
  return (
    prose.events.some((e) => ukDay(e.start) === day) ||
    prose.signUpDeadlines.some((d) => ukDay(d.at) === day) ||
    prose.responseDeadlines.some((d) => ukDay(d.at) === day)
  );
}

/**
 * A notice's previous state is normalised right after its current one (for the change log) and
 * repeats its milestone and description texts, whose prose is the costly part of normalising:
 * the last few readings are kept, found by comparing the texts (no key is built). They are
 * shared between the two states, so they are only ever read.
 */
const RECENT_READINGS = 4;
const recentEngagement: Array<{ text: string; field: string; found: ProseEngagement }> = [];
const recentTimes: Array<{
  due: Instant;
  text: string | null;
  field: string;
  found: MilestoneTime;
}> = [];

function engagementIn(text: string, field: string): ProseEngagement {
  for (const r of recentEngagement) if (r.text === text && r.field === field) return r.found;
  const found = findEngagement(text, field);
  remember(recentEngagement, { text, field, found });
  return found;
}

function milestoneTime(due: Instant, text: string | null, field: string): MilestoneTime {
  for (const r of recentTimes) {
    if (r.due === due && r.text === text && r.field === field) return r.found;
  }
  const found = timeFromDescription(due, text, field);
  remember(recentTimes, { due, text, field, found });
  return found;
}

function remember<T>(recent: T[], reading: T): void {
  recent.unshift(reading);
  if (recent.length > RECENT_READINGS) recent.pop();
}
