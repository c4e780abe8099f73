/**
 * Real older-rules (PCR 2015) notices from Find a Tender read as a bidder must read them: a
 * deadline at 00:00 is the end of the day before, a date without a time is planned at its
 * earliest, and the moment tenders are opened is not an award decision.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusBytes, corpusJson } from '../../test/corpus';
import { timelineItem } from '../../test/timeline-item';
import { importNoticeFile } from '../import/engine';
import { obj, objs, type Json } from '../ocds/read';
import { backSchedule } from '../timeline/back-schedule';
import { bidTimeline } from '../timeline/bid-timeline';
import { findClashes } from '../timeline/clashes';
import { toIcs } from '../timeline/ics';
import { DEFAULT_BID_SCHEDULE, type TimelineItem } from '../timeline/model';
import { noticeTimeline } from '../timeline/notice-timeline';
import { weekAgenda } from '../workspace/agenda';
import { dueDateFor } from '../workspace/checklist';
import { formatKeyDate } from './midnight';
import type { KeyDate, Opportunity } from './model';

const hasCorpus = corpusAvailable('midnight and opening dates suite');

const DIR = 'more-notices';
const MIDNIGHT = `${DIR}/derived-fts-pcr-midnight-deadline-06872e.json`;
const DATE_ONLY = `${DIR}/derived-fts-pcr-date-only-deadline-051000-2026.json`;
const PAGE20 = `${DIR}/fts-page20-pcr-contract-notices-2026-05-30.json`;
const EIGHT_CRITERIA = `${DIR}/derived-fts-pcr-8criteria-text-weights-050396-2026.json`;

function importAll(path: string): Opportunity[] {
  const result = importNoticeFile({
    name: path.split('/').pop() as string,
    bytes: corpusBytes(path),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.opportunities;
}

function only(path: string): Opportunity {
  const [o, ...rest] = importAll(path);
  if (!o || rest.length) throw new Error(`${path}: expected one opportunity`);
  return o;
}

function deadlineOf(o: Opportunity): KeyDate {
  const d = o.keyDates.find((k) => k.kind === 'submissionDeadline' && k.lotId === null);
  if (!d) throw new Error(`${o.ocid}: no submission deadline`);
  return d;
}

/** The plan a team with no working days of slack would make: everything on the last day. */
const LAST_DAY = {
  ...DEFAULT_BID_SCHEDULE,
  offsets: {
    goNoGo: 0,
    gapAnalysis: 0,
    firstDraft: 0,
    internalReview: 0,
    finalSignOff: 0,
    submit: 0,
  },
  contingencyPercent: 0,
};

/** Another bid's deadline on `at`, for clash checks. */
function otherDeadline(at: string): TimelineItem {
  return timelineItem('other', 'submissionDeadline', at, {
    opportunityTitle: 'Another tender',
    title: 'Submission deadline',
  });
}

/** The VEVENT with `uid` in an .ics text, read by ical.js. */
function icsEvent(ics: string, uid: string): ICAL.Event {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar
    .getAllSubcomponents('vevent')
    .find((v) => v.getFirstPropertyValue('uid') === uid);
  if (!vevent) throw new Error(`no event ${uid}`);
  return new ICAL.Event(vevent);
}

describe.runIf(hasCorpus)('a deadline at midnight (049950-2026, Carbine Magnifiers)', () => {
  const o = hasCorpus ? only(MIDNIGHT) : (null as unknown as Opportunity);

  it('is a moment at 00:00 on 27 June, worded as the end of Friday 26 June', () => {
    const deadline = deadlineOf(o);
    expect(deadline.at).toBe('2026-06-27T00:00:00+01:00');
    expect(deadline.allDay).toBe(false);
    expect(formatKeyDate(deadline)).toBe(
      '27 Jun 2026, 00:00 (midnight at the start of Saturday 27 June: submit by the end of Friday 26 June)',
    );
  });

  it('is on the timeline as a moment, without "the notice gives the day", and says which day', () => {
    const item = noticeTimeline(o, 'x').find((i) => i.kind === 'submissionDeadline');
    expect(item?.allDay).toBe(false);
    expect(item?.detail).not.toContain('the notice gives the day');
    expect(item?.detail).toContain(
      'Midnight at the start of Saturday 27 June: submit by the end of Friday 26 June.',
    );
  });

  it('exports to .ics as the timed half hour ending at 00:00 Europe/London on 27 June', () => {
    const items = noticeTimeline(o, o.ocid as string);
    const ics = toIcs(items, { calendarName: 'Bids', now: new Date('2026-06-01T09:00:00Z') });
    expect(ics).toContain('DTEND;TZID=Europe/London:20260627T000000');
    const event = icsEvent(ics, `${o.ocid}/notice/submissionDeadline/all@biddesk.app`);
    expect(event.startDate.isDate).toBe(false);
    expect(event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/London');
    // On the calendar it sits at the end of Friday 26 June, the last day to submit.
    expect(event.startDate.toString()).toBe('2026-06-26T23:30:00');
    expect(event.endDate.toString()).toBe('2026-06-27T00:00:00');
  });

  it('is planned back from Friday 26 June: submit, checklist and clashes all land on the 26th', () => {
    const deadline = deadlineOf(o);
    const submit = backSchedule(deadline.at, LAST_DAY).at(-1);
    expect(submit?.day).toBe('2026-06-26');
    expect(submit?.detail).toContain('submit by the end of Friday 26 June');
    // The default plan: submit one working day before the last day (Thursday 25 June).
    const planned = backSchedule(deadline.at, { ...DEFAULT_BID_SCHEDULE, contingencyPercent: 0 });
    expect(planned.find((m) => m.milestone === 'submit')?.day).toBe('2026-06-25');
    expect(dueDateFor(deadline.at, 0, LAST_DAY)).toBe('2026-06-26');

    const timeline = noticeTimeline(o, o.ocid as string);
    const friday = findClashes([...timeline, otherDeadline('2026-06-26T12:00:00+01:00')]);
    expect(friday.map((c) => c.day)).toEqual(['2026-06-26']);
    const saturdayNoon = findClashes([...timeline, otherDeadline('2026-06-27T12:00:00+01:00')]);
    expect(saturdayNoon).toEqual([]);
  });

  it('is in "This week" on Friday 26 June as due that day, and gone at midnight (closed)', () => {
    const agenda = (now: string) =>
      weekAgenda(new Date(now), {
        opportunities: [{ id: 'o', title: o.title, stage: 'tender', keyDates: o.keyDates }],
        events: [],
        plans: [],
        checklist: [],
        decisions: [],
        outcomes: [],
      }).find((item) => item.kind === 'deadline');
    const friday = agenda('2026-06-26T09:00:00+01:00');
    expect(friday?.detail).toContain('submit by the end of Friday 26 June');
    expect(friday?.overdue).toBe(false);
    expect(agenda('2026-06-26T23:59:59+01:00')?.overdue).toBe(false);
    // At midnight the tender closed unsubmitted: the bid has ended and leaves This week.
    expect(agenda('2026-06-27T00:00:01+01:00')).toBeUndefined();
  });

  it('makes no award decision or standstill out of the opening at the deadline', () => {
    expect(o.keyDates.map((d) => d.kind)).not.toContain('awardDecision');
    const opened = o.keyDates.find((d) => d.kind === 'tendersOpened');
    expect(opened).toMatchObject({ at: '2026-06-27T00:00:00+01:00', label: 'Tenders opened' });
    expect(noticeTimeline(o, 'x').map((i) => i.kind)).not.toContain('standstillEnd');
  });
});

describe.runIf(hasCorpus)('a deadline given as a day without a time (051000-2026)', () => {
  const o = hasCorpus ? only(DATE_ONLY) : (null as unknown as Opportunity);

  it('keeps "the notice gives the day, not a time" and reads as 19 June', () => {
    const deadline = deadlineOf(o);
    expect(deadline.allDay).toBe(true);
    expect(formatKeyDate(deadline)).toBe('19 Jun 2026');
    const item = noticeTimeline(o, 'x').find((i) => i.kind === 'submissionDeadline');
    expect(item?.detail).toContain('The notice gives the day, not a time.');
    expect(item?.detail).not.toContain('Midnight');
  });

  it('exports to .ics as an all-day event on 19 June', () => {
    const ics = toIcs(noticeTimeline(o, o.ocid as string), {
      calendarName: 'Bids',
      now: new Date('2026-06-01T09:00:00Z'),
    });
    const event = icsEvent(ics, `${o.ocid}/notice/submissionDeadline/all@biddesk.app`);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-06-19');
  });

  it('is planned at its earliest reading, the start of 19 June: the last day is Thursday 18 June', () => {
    const deadline = deadlineOf(o);
    const submit = backSchedule(deadline.at, LAST_DAY, deadline.allDay).at(-1);
    expect(submit?.day).toBe('2026-06-18');
    expect(submit?.detail).toContain('a day without a time');
    expect(dueDateFor(deadline.at, 0, LAST_DAY)).toBe('2026-06-18');

    const timeline = noticeTimeline(o, o.ocid as string);
    const clashes = findClashes([...timeline, otherDeadline('2026-06-18T17:00:00+01:00')]);
    expect(clashes.map((c) => c.day)).toEqual(['2026-06-18']);
  });

  it('is a reminder that is overdue from the start of 19 June', () => {
    const agenda = (now: string) =>
      weekAgenda(new Date(now), {
        opportunities: [{ id: 'o', title: o.title, stage: 'tender', keyDates: o.keyDates }],
        events: [],
        plans: [],
        checklist: [],
        decisions: [],
        outcomes: [],
      }).find((item) => item.kind === 'deadline');
    expect(agenda('2026-06-18T20:00:00+01:00')?.overdue).toBe(false);
    expect(agenda('2026-06-19T08:00:00+01:00')?.overdue).toBe(true);
  });
});

/** The older-rules notices whose award period starts at the moment tenders are opened. */
function openingAsAward(release: Json): boolean {
  const tender = obj(release.tender);
  const start = obj(tender?.awardPeriod)?.startDate;
  return typeof start === 'string' && start === obj(tender?.bidOpening)?.date;
}

describe.runIf(hasCorpus)('tenders opened is not an award decision (20 PCR notices)', () => {
  const releases = hasCorpus ? objs((corpusJson(PAGE20) as Json).releases) : [];
  const opportunities = hasCorpus ? importAll(PAGE20) : [];

  it('finds 13 notices whose awardPeriod.startDate is bidOpening.date', () => {
    expect(releases).toHaveLength(20);
    expect(releases.filter(openingAsAward)).toHaveLength(13);
  });

  it('lists each of them as "Tenders opened", with no award decision and no standstill', () => {
    const opening = releases.filter(openingAsAward);
    for (const release of opening) {
      const o = opportunities.find((x) => x.ocid === release.ocid);
      if (!o) throw new Error(`${String(release.ocid)} not imported`);
      const kinds = o.keyDates.map((d) => d.kind);
      expect(kinds, o.ocid ?? '').not.toContain('awardDecision');
      const opened = o.keyDates.find((d) => d.kind === 'tendersOpened');
      const at = obj(obj(release.tender)?.bidOpening)?.date as string;
      expect(Date.parse(opened?.at ?? ''), o.ocid ?? '').toBe(Date.parse(at));
      const timeline = noticeTimeline(o, o.ocid as string);
      expect(
        timeline.map((i) => i.title),
        o.ocid ?? '',
      ).not.toContain('Award decision expected');
      expect(
        timeline.map((i) => i.kind),
        o.ocid ?? '',
      ).not.toContain('standstillEnd');
    }
  });

  it('shows every midnight deadline in the page as the end of the day before', () => {
    const midnight = opportunities.filter((o) => deadlineOf(o).at.slice(11, 19) === '00:00:00');
    const timed = midnight.filter((o) => !deadlineOf(o).allDay);
    // Two notices close at 00:00 on 27 June; two give a day without a time.
    expect(timed.map((o) => o.ocid).sort()).toEqual(['ocds-h6vhtk-0686fa', 'ocds-h6vhtk-06872e']);
    for (const o of timed)
      expect(formatKeyDate(deadlineOf(o))).toContain('submit by the end of Friday 26 June');
    const days = midnight
      .filter((o) => deadlineOf(o).allDay)
      .map((o) => formatKeyDate(deadlineOf(o)));
    expect(days.sort()).toEqual(['19 Jun 2026', '8 Jun 2026']);
  });
});

describe.runIf(hasCorpus)(
  'an award period that starts at the deadline (050396-2026, 8 criteria)',
  () => {
    const o = hasCorpus ? only(EIGHT_CRITERIA) : (null as unknown as Opportunity);

    it('is the opening of tenders at the deadline, and nothing is worked out from it', () => {
      const deadline = deadlineOf(o);
      const opened = o.keyDates.find((d) => d.kind === 'tendersOpened');
      expect(opened?.at).toBe(deadline.at);
      expect(o.keyDates.map((d) => d.kind)).not.toContain('awardDecision');
      const timeline = bidTimeline({
        opportunityId: 'o',
        opportunity: o,
        decisions: [],
        checklist: [],
        engagementPlans: [],
        settings: DEFAULT_BID_SCHEDULE,
        now: new Date('2026-06-01T09:00:00Z'),
      });
      expect(timeline.map((i) => i.kind)).not.toContain('standstillEnd');
      expect(timeline.find((i) => i.kind === 'tendersOpened')?.detail).toContain(
        'not when it decides the award',
      );
    });
  },
);
