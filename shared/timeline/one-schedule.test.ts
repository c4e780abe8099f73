/**
 * The checklist and the bid schedule are one schedule: the same working-day rule, and one item
 * per task on the timeline, the calendar (.ics) and the spreadsheet (.csv).
 */
import { describe, expect, it } from 'vitest';
import { SEEDS, seedBytes } from '../../test/corpus';
import { importNoticeFile } from '../import/engine';
import type { Opportunity } from '../notice/model';
import { generateChecklist } from '../workspace/checklist';
import type { ChecklistItem } from '../workspace/model';
import { DEFAULT_CHECKLIST_TEMPLATE } from '../workspace/settings';
import { bidTimeline } from './bid-timeline';
import { CSV_COLUMNS, toCsv } from './csv';
import { toIcs } from './ics';
import { DEFAULT_BID_SCHEDULE, type TimelineItem } from './model';

const imported = importNoticeFile({
  name: SEEDS.staffordshireStalking,
  bytes: seedBytes(SEEDS.staffordshireStalking),
});
if (!imported.ok) throw new Error(imported.error.message);
const stalking = imported.opportunities[0] as Opportunity;

const now = new Date('2026-04-10T09:00:00Z');
let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

/** Seed 004 with its deadline moved to `deadline` (a re-published notice). */
function withDeadline(deadline: string): Opportunity {
  return {
    ...stalking,
    keyDates: stalking.keyDates.map((d) =>
      d.kind === 'submissionDeadline' ? { ...d, at: deadline } : d,
    ),
  };
}

function checklistFor(opportunity: Opportunity): ChecklistItem[] {
  const lot = opportunity.lots[0];
  if (!lot) throw new Error('seed 004 has a lot');
  return generateChecklist(
    {
      opportunityId: 'opp-1',
      lotId: 'lot-record-1',
      criteria: lot.criteria,
      weightingParts: lot.weightingParts,
      submissionDeadline:
        opportunity.keyDates.find((d) => d.kind === 'submissionDeadline')?.at ?? null,
      template: DEFAULT_CHECKLIST_TEMPLATE,
    },
    { now, user: 'Priya', newId, schedule: DEFAULT_BID_SCHEDULE },
  );
}

function timelineOf(opportunity: Opportunity, checklist: readonly ChecklistItem[]) {
  return bidTimeline({
    opportunityId: 'opp-1',
    opportunity,
    lots: [{ id: 'lot-record-1', lotKey: opportunity.lots[0]?.id ?? '1', title: null }],
    decisions: [],
    checklist,
    engagementPlans: [],
    settings: DEFAULT_BID_SCHEDULE,
    now,
  });
}

const about = (pattern: RegExp) => (items: readonly TimelineItem[]) =>
  items.filter((i) => i.source === 'bid' && pattern.test(i.title));
const submitting = about(/^submit/i);
const signingOff = about(/^final sign-off/i);

describe('one schedule: seed 004, deadline Wednesday 6 May 2026 (after the early May bank holiday)', () => {
  const checklist = checklistFor(stalking);
  const items = timelineOf(stalking, checklist);

  it('plans sign-off and submission on the same days with or without a checklist', () => {
    const plan = timelineOf(stalking, []);
    const day = (list: readonly TimelineItem[]) => list.map((i) => i.at.slice(0, 10));
    expect(day(signingOff(plan))).toEqual(['2026-04-28']);
    expect(day(submitting(plan))).toEqual(['2026-04-30']);
    expect(day(signingOff(items))).toEqual(['2026-04-28']);
    expect(day(submitting(items))).toEqual(['2026-04-30']);
  });

  it('lists each of them once, as the checklist item with its owner and status', () => {
    expect(submitting(items).map((i) => [i.title, i.kind, i.lane])).toEqual([
      ['Submit on the portal and keep the receipt', 'checklist', 'sign-off'],
    ]);
    expect(signingOff(items).map((i) => i.title)).toEqual(['Final sign-off by the named person']);
    // the schedule's working still shows: how the day was worked out
    expect(submitting(items)[0]?.detail).toMatch(
      /^3 working days before the submission deadline .*bank holidays/,
    );
    expect(submitting(items)[0]?.status).toBe('todo');
    expect(items.some((i) => i.id.endsWith('/plan/submit/all'))).toBe(false);
    // the other milestones stay: they are not checklist items
    expect(items.filter((i) => i.id.includes('/plan/')).map((i) => i.kind)).toEqual([
      'goNoGo',
      'gapAnalysis',
      'firstDraft',
      'internalReview',
      'clarificationQuestions',
    ]);
  });

  it('has "submit" once in the calendar export', () => {
    const ics = toIcs(items, { calendarName: 'Bids', now }).replace(/\r\n[ \t]/g, '');
    const summaries = ics.split('\r\n').filter((line) => line.startsWith('SUMMARY:'));
    expect(summaries.filter((s) => /submit/i.test(s))).toEqual([
      expect.stringContaining('Submit on the portal and keep the receipt'),
    ]);
    expect(summaries.filter((s) => /final sign-off/i.test(s))).toHaveLength(1);
  });

  it('has "submit" once in the spreadsheet export', () => {
    const rows = toCsv(items)
      .split('\r\n')
      .map((row) => [...row.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1] ?? ''));
    const [what, date] = [CSV_COLUMNS.indexOf('What'), CSV_COLUMNS.indexOf('Date')];
    const tasks = (pattern: RegExp) =>
      rows.filter((row) => pattern.test(row[what] ?? '')).map((row) => [row[what], row[date]]);
    expect(tasks(/^submit\b/i)).toEqual([
      ['Submit on the portal and keep the receipt', '30/04/2026'],
    ]);
    expect(tasks(/final sign-off/i)).toEqual([
      ['Final sign-off by the named person', '28/04/2026'],
    ]);
  });

  it('keeps a done submission done on the timeline', () => {
    const done = checklist.map((i) =>
      i.milestone === 'submit' ? { ...i, status: 'done' as const } : i,
    );
    expect(submitting(timelineOf(stalking, done)).map((i) => i.done)).toEqual([true]);
  });
});

describe('one schedule in bank-holiday weeks', () => {
  // [deadline, sign-off, submit]: each the schedule's day, with 2 working days of contingency
  const cases: [string, string, string, string][] = [
    ['the Tuesday after Easter Monday', '2026-04-07T12:00:00+01:00', '2026-03-27', '2026-03-31'],
    ['the Tuesday after the early May bank holiday', '2026-05-05T12:00:00+01:00', '2026-04-27', '2026-04-29'],
    ['the Tuesday after the spring bank holiday', '2026-05-26T12:00:00+01:00', '2026-05-18', '2026-05-20'],
  ]; // prettier-ignore
  it.each(cases)('%s: the checklist and the schedule agree', (_, deadline, signOff, submit) => {
    const opportunity = withDeadline(deadline);
    const checklist = checklistFor(opportunity);
    const milestones = timelineOf(opportunity, []);
    const merged = timelineOf(opportunity, checklist);
    const days = (list: readonly TimelineItem[]) => list.map((i) => i.at.slice(0, 10));
    expect([days(signingOff(milestones)), days(submitting(milestones))]).toEqual([
      [signOff],
      [submit],
    ]);
    expect([days(signingOff(merged)), days(submitting(merged))]).toEqual([[signOff], [submit]]);
    expect(checklist.filter((i) => i.milestone).map((i) => i.dueDate)).toEqual([signOff, submit]);
  });
});

describe('one schedule with a checklist made before it', () => {
  // As an older Bid Desk stored it: sign-off and submission counted in calendar days, with no
  // milestone on the item. The stored dates are the user's: they stay, and stand for the plan.
  const legacy = checklistFor(stalking).map(({ milestone, offsetUnit: _unit, ...item }) =>
    milestone === 'finalSignOff'
      ? { ...item, offsetDays: 2, dueDate: '2026-05-01' }
      : milestone === 'submit'
        ? { ...item, offsetDays: 1, dueDate: '2026-05-05' }
        : item,
  );
  const items = timelineOf(stalking, legacy);

  it('shows each task once, on the date the checklist holds', () => {
    expect(submitting(items).map((i) => [i.title, i.at.slice(0, 10)])).toEqual([
      ['Submit on the portal and keep the receipt', '2026-05-05'],
    ]);
    expect(signingOff(items).map((i) => [i.title, i.at.slice(0, 10)])).toEqual([
      ['Final sign-off by the named person', '2026-05-01'],
    ]);
    // not on the schedule's day, so no claim that the schedule worked it out
    expect(submitting(items)[0]?.detail).toBe('');
  });
});
