import { describe, expect, it } from 'vitest';
import { SEEDS, seedBytes } from '../../test/corpus';
import { importNoticeFile } from '../import/engine';
import type { Opportunity } from '../notice/model';
import type { ChecklistItem, EngagementPlan, GoNoGoDecision } from '../workspace/model';
import { bidTimeline, type BidTimelineInput } from './bid-timeline';
import { DEFAULT_BID_SCHEDULE, TimelineItem } from './model';

function seed(name: string): Opportunity {
  const result = importNoticeFile({ name, bytes: seedBytes(name) });
  if (!result.ok) throw new Error(result.error.message);
  return result.opportunities[0] as Opportunity;
}

const authorship = {
  createdAt: '2026-04-09T09:00:00.000Z',
  updatedAt: '2026-04-09T09:00:00.000Z',
  updatedBy: 'Sam',
};
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function decision(fields: Partial<GoNoGoDecision>): GoNoGoDecision {
  return {
    ...authorship,
    id: uuid(),
    opportunityId: 'opp-1',
    lotId: null,
    gates: [],
    factors: [],
    settings: { gates: [], factors: [{ id: 'mission', label: 'Mission fit', help: '', weight: 100 }], thresholds: { bid: 70, review: 50 } },
    score: 78,
    recommendation: 'bid',
    outcome: 'bid',
    decidedBy: 'Priya (CEO)',
    decidedOn: '2026-04-09',
    rationale: 'Core service; we ran the pilot.',
    ...fields,
  }; // prettier-ignore
}

function checklistItem(fields: Partial<ChecklistItem>): ChecklistItem {
  return {
    ...authorship,
    id: uuid(),
    opportunityId: 'opp-1',
    lotId: 'lot-record-1',
    title: 'Quality answer: Q1 - Vision',
    category: 'quality',
    criterionKey: 'name:q1-vision',
    owner: 'Jo',
    dueDate: '2026-04-27',
    offsetDays: 7,
    dueDateManual: false,
    movedFrom: null,
    status: 'drafting',
    notes: '',
    position: 1,
    ...fields,
  };
}

function plan(fields: Partial<EngagementPlan>): EngagementPlan {
  return {
    ...authorship,
    id: uuid(),
    opportunityId: 'opp-1',
    eventId: null,
    manual: null,
    status: 'considering',
    attendees: [],
    questions: '',
    notes: '',
    ...fields,
  };
}

const stalking = seed(SEEDS.staffordshireStalking);
const P = 'ocds-h6vhtk-0659dc';

function timeline(fields: Partial<BidTimelineInput> = {}) {
  return bidTimeline({
    opportunityId: 'opp-1',
    opportunity: stalking,
    lots: [{ id: 'lot-record-1', lotKey: '1', title: null }],
    decisions: [],
    checklist: [],
    engagementPlans: [],
    settings: DEFAULT_BID_SCHEDULE,
    now: new Date('2026-04-10T10:00:00Z'),
    ...fields,
  });
}

const find = (items: TimelineItem[], id: string) => items.find((item) => item.id === id);

describe('bidTimeline', () => {
  it('adds the back-scheduled plan and clarification questions to the notice’s dates', () => {
    const items = timeline();
    for (const item of items) expect(TimelineItem.parse(item)).toEqual(item);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const plan = items.filter((i) => i.source === 'bid');
    expect(plan.map((i) => [i.id, i.lane, i.at.slice(0, 10), i.done])).toEqual([
      [`${P}/plan/goNoGo/all`, 'sign-off', '2026-04-07', false],
      [`${P}/plan/gapAnalysis/all`, 'writing', '2026-04-09', false],
      [`${P}/plan/firstDraft/all`, 'writing', '2026-04-16', false],
      [`${P}/plan/internalReview/all`, 'writing', '2026-04-23', false],
      [`${P}/plan/clarificationQuestions/all`, 'writing', '2026-04-24', false],
      [`${P}/plan/finalSignOff/all`, 'sign-off', '2026-04-28', false],
      [`${P}/plan/submit/all`, 'sign-off', '2026-04-30', false],
    ]);
    expect(plan.every((i) => i.allDay && i.opportunityId === 'opp-1')).toBe(true);
    // Sorted, and the notice's own items are still there with the ocid ids.
    expect(items.map((i) => Date.parse(i.at))).toEqual(
      items.map((i) => Date.parse(i.at)).sort((a, b) => a - b),
    );
    expect(find(items, `${P}/notice/submissionDeadline/all`)?.opportunityId).toBe('opp-1');
  });

  it('a pending go/no-go past its day says no decision is recorded', () => {
    expect(find(timeline(), `${P}/plan/goNoGo/all`)?.detail).toMatch(
      /No decision is recorded yet\.$/,
    );
    const early = timeline({ now: new Date('2026-04-01T10:00:00Z') });
    expect(find(early, `${P}/plan/goNoGo/all`)?.detail).not.toMatch(/No decision/);
  });

  it('a decision to bid marks the go/no-go done and is shown on the day it was made', () => {
    const items = timeline({ decisions: [decision({})] });
    expect(find(items, `${P}/plan/goNoGo/all`)?.done).toBe(true);
    expect(find(items, `${P}/decision/all`)).toMatchObject({
      kind: 'goNoGoDecision',
      title: 'Decided to bid',
      lane: 'sign-off',
      at: '2026-04-09T00:00:00+01:00',
      allDay: true,
      done: true,
      detail:
        'Decided by Priya (CEO) on 9 Apr 2026 (score 78/100): Core service; we ran the pilot.',
    });
  });

  it('the latest decision counts; "no bid" drops the writing plan but keeps the notice', () => {
    const items = timeline({
      decisions: [
        decision({ outcome: 'bid', createdAt: '2026-04-08T09:00:00.000Z' }),
        decision({ outcome: 'no-bid', decidedOn: '2026-04-10', createdAt: '2026-04-10T09:00:00.000Z', rationale: 'Incumbent too strong.' }),
      ],
    }); // prettier-ignore
    expect(items.filter((i) => i.id.includes('/plan/'))).toEqual([]);
    expect(find(items, `${P}/decision/all`)?.title).toBe('Decided not to bid');
    expect(find(items, `${P}/notice/submissionDeadline/all`)).toBeDefined();
  });

  it('checklist due dates: lot key, done, moved, owner and status', () => {
    const moved = checklistItem({ title: 'Pricing schedule', dueDate: '2026-05-01', movedFrom: '2026-04-24', status: 'todo', owner: 'Finance lead' }); // prettier-ignore
    const done = checklistItem({ title: 'Insurance certificates', status: 'done', notes: 'In the shared drive.' }); // prettier-ignore
    const signOff = checklistItem({ title: 'Trustee sign-off of the final bid', status: 'todo' });
    const undated = checklistItem({ dueDate: null });
    const items = timeline({ checklist: [moved, done, signOff, undated] });
    expect(find(items, `${P}/checklist/${moved.id}`)).toMatchObject({
      kind: 'checklist',
      lane: 'writing',
      at: '2026-05-01T00:00:00+01:00',
      allDay: true,
      lotId: '1',
      done: false,
      movedFrom: '2026-04-24',
      detail: '',
      owner: 'Finance lead',
      status: 'todo',
    });
    expect(find(items, `${P}/checklist/${done.id}`)).toMatchObject({
      done: true,
      detail: 'In the shared drive.',
      owner: 'Jo',
      status: 'done',
    });
    expect(find(items, `${P}/checklist/${signOff.id}`)?.lane).toBe('sign-off');
    expect(find(items, `${P}/checklist/${undated.id}`)).toBeUndefined();
  });

  it('engagement: attendance on a notice event, and a presentation added by hand', () => {
    const attended = plan({ eventId: 'ev-1', status: 'attended', attendees: ['Sam', 'Jo'] });
    const presentation = plan({
      status: 'registered',
      manual: {
        kind: 'presentation',
        title: 'Stage 2 presentation',
        start: '2026-06-02T14:00:00+01:00',
        end: '2026-06-02T15:00:00+01:00',
        allDay: false,
        place: 'Weston Road, Stafford',
        onlineUrl: null,
        signUpDeadline: '2026-05-26',
      },
    });
    const items = timeline({
      events: [{ id: 'ev-1', eventKey: 'market engagement: written responses due#0', previousStart: null }],
      engagementPlans: [attended, presentation],
    }); // prettier-ignore
    expect(find(items, `${P}/engagement/ev-1`)).toMatchObject({ done: true, source: 'notice' });
    expect(find(items, `${P}/engagement/ev-1`)?.detail).toMatch(/We attended\. Going: Sam, Jo\.$/);
    expect(items.filter((i) => i.id.startsWith(`${P}/engagement/ev-1`))).toHaveLength(1);
    expect(find(items, `${P}/event/${presentation.id}`)).toMatchObject({
      kind: 'manual-presentation',
      lane: 'engagement',
      source: 'bid',
      title: 'Stage 2 presentation',
      at: '2026-06-02T14:00:00+01:00',
      end: '2026-06-02T15:00:00+01:00',
      location: 'Weston Road, Stafford',
      done: false,
    });
    expect(find(items, `${P}/event/${presentation.id}/sign-up`)).toMatchObject({
      kind: 'engagementSignUp',
      at: '2026-05-26T00:00:00+01:00',
      done: true,
    });
  });

  it('schedules a lot with its own deadline separately', () => {
    const lotted: Opportunity = {
      ...stalking,
      keyDates: [
        ...stalking.keyDates,
        { ...(stalking.keyDates.find((d) => d.kind === 'submissionDeadline') as Opportunity['keyDates'][number]), lotId: '1', at: '2026-05-20T12:00:00+01:00' },
      ],
    }; // prettier-ignore
    const items = timeline({ opportunity: lotted });
    expect(find(items, `${P}/plan/submit/all`)?.at.slice(0, 10)).toBe('2026-04-30');
    expect(find(items, `${P}/plan/submit/1`)).toMatchObject({
      lotId: '1',
      at: '2026-05-15T00:00:00+01:00',
    });
  });

  it('a notice without a deadline (engagement stage) has no writing plan', () => {
    const items = timeline({ opportunity: seed(SEEDS.cleveland) });
    expect(items.some((i) => i.id.includes('/plan/'))).toBe(false);
    expect(items[0]?.id.startsWith('ocds-h6vhtk-06a838/')).toBe(true);
  });

  it('editable offsets move the plan', () => {
    const items = timeline({
      settings: { ...DEFAULT_BID_SCHEDULE, contingencyPercent: 0, offsets: { ...DEFAULT_BID_SCHEDULE.offsets, submit: 2 } },
    }); // prettier-ignore
    expect(find(items, `${P}/plan/submit/all`)?.at.slice(0, 10)).toBe('2026-05-01');
  });
});
