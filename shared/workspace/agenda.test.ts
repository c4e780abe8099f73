import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SEEDS, seedBytes } from '../../test/corpus';
import { importNoticeFile } from '../import/engine';
import type { Opportunity } from '../notice/model';
import { weekAgenda, type AgendaInput } from './agenda';
import { DEFAULT_BID_SCHEDULE } from '../timeline/model';
import { generateChecklist } from './checklist';
import { DEFAULT_CHECKLIST_TEMPLATE } from './settings';
import { decisionRecord } from '../../test/decision-record';
import { userOutcome } from './outcome';
import {
  EngagementPlan,
  type BidOutcome,
  type GoNoGoDecision,
  type AttendanceStatus,
  type ChecklistItem,
  type ManualEvent,
} from './model';

function importSeed(name: string): Opportunity {
  const result = importNoticeFile({ name, bytes: seedBytes(name) });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  const [opportunity] = result.opportunities;
  if (!opportunity) throw new Error(`${name}: no opportunity`);
  return opportunity;
}

const seeds = {
  'opp-000': importSeed(SEEDS.westMidlands),
  'opp-002': importSeed(SEEDS.staffordshireHateCrime),
  'opp-004': importSeed(SEEDS.staffordshireStalking),
};
const stalking = seeds['opp-004'];
const stamp = {
  createdAt: '2026-04-01T09:00:00.000Z',
  updatedAt: '2026-04-01T09:00:00.000Z',
  updatedBy: 'Priya Shah',
};

function plan(
  opportunityId: string,
  eventId: string | null,
  status: AttendanceStatus,
  manual: ManualEvent | null = null,
) {
  return EngagementPlan.parse({
    id: randomUUID(),
    opportunityId,
    eventId,
    manual,
    status,
    attendees: [],
    questions: '',
    notes: '',
    ...stamp,
  });
}

function decision(opportunityId: string, outcome: GoNoGoDecision['outcome']): GoNoGoDecision {
  return decisionRecord(opportunityId, outcome);
}

function input(over: Partial<AgendaInput> = {}): AgendaInput {
  return {
    opportunities: Object.entries(seeds).map(([id, o]) => ({
      id,
      title: o.title,
      stage: o.stage,
      keyDates: o.keyDates,
    })),
    events: Object.entries(seeds).flatMap(([id, o]) =>
      o.engagementEvents.map((e, i) => ({
        id: `${id}-event-${i}`,
        opportunityId: id,
        title: e.title,
        start: e.start,
        allDay: e.allDay,
        signUpDeadline: e.signUpDeadline,
      })),
    ),
    plans: [],
    checklist: [],
    decisions: [],
    outcomes: [],
    ...over,
  };
}

function recorded(result: BidOutcome['result']): BidOutcome {
  const at = stamp.createdAt;
  return userOutcome({
    id: randomUUID(),
    opportunityId: 'opp-004',
    result,
    supersedes: null,
    at,
    user: 'Priya Shah',
  });
}

const checklist: ChecklistItem[] = generateChecklist(
  {
    opportunityId: 'opp-004',
    lotId: 'lot-004-1',
    criteria: stalking.lots[0]?.criteria ?? [],
    weightingParts: stalking.lots[0]?.weightingParts ?? [],
    submissionDeadline: '2026-05-06T12:00:00+01:00',
    template: DEFAULT_CHECKLIST_TEMPLATE,
  },
  {
    now: new Date('2026-04-10T09:00:00Z'),
    user: 'Priya Shah',
    newId: randomUUID,
    schedule: DEFAULT_BID_SCHEDULE,
  },
).map((item) =>
  // The registrations are done; the safeguarding question has an owner.
  item.title.startsWith('Register on')
    ? { ...item, status: 'done' as const }
    : item.title === 'Quality answer: Q6 - Safeguarding'
      ? { ...item, owner: 'Sam', status: 'drafting' as const }
      : item,
);

describe('weekAgenda in the week before seed 004’s clarification deadline', () => {
  // Monday 27 April 2026, 09:00 BST; the week runs to the end of Sunday 3 May.
  const now = new Date('2026-04-27T09:00:00+01:00');
  const agenda = weekAgenda(now, input({ checklist }));

  it('asks for the go/no-go decision, since the tender closes within three weeks', () => {
    const pending = agenda.filter((a) => a.kind === 'decision');
    expect(pending).toEqual([
      {
        kind: 'decision',
        at: '2026-04-27',
        allDay: true,
        title: 'Go/no-go decision needed',
        detail: 'No decision yet; the submission deadline is 6 May 2026, 12:00.',
        opportunityId: 'opp-004',
        opportunityTitle: 'Provision of a Stalking Service in Staffordshire & Stoke-on-Trent',
        overdue: false,
      },
    ]);
  });

  it('has the clarification deadline but not the submission deadline (next week)', () => {
    expect(agenda.filter((a) => a.kind === 'clarification' || a.kind === 'deadline')).toMatchObject(
      [
        {
          kind: 'clarification',
          at: '2026-04-28T12:00:00+01:00',
          title: 'Deadline for clarification questions',
          detail: '28 Apr 2026, 12:00',
          overdue: false,
        },
      ],
    );
  });

  it('lists checklist items due this week, and overdue ones first and marked', () => {
    const items = agenda.filter((a) => a.kind === 'checklist');
    const overdue = items.filter((a) => a.overdue);
    // due 20, 22 and 23 April (10 and 8 working days before, and the answers when the internal
    // review is done), not done; the registrations (14 April) are done
    expect(new Set(overdue.map((a) => a.at))).toEqual(
      new Set(['2026-04-20', '2026-04-22', '2026-04-23']),
    );
    expect(overdue.some((a) => a.title.startsWith('Register on'))).toBe(false);
    expect(overdue.find((a) => a.title === 'PSQ: exclusions')?.detail).toBe(
      'No owner yet; to do; overdue.',
    );
    expect(overdue.filter((a) => a.at === '2026-04-23')).toHaveLength(12); // the 12 answers, the one being drafted too
    expect(overdue.find((a) => a.title === 'Quality answer: Q6 - Safeguarding')?.detail).toBe(
      'Sam; drafting; overdue.',
    );
    const thisWeek = items.filter((a) => !a.overdue);
    expect(new Set(thisWeek.map((a) => a.at))).toEqual(
      new Set(['2026-04-27', '2026-04-28', '2026-04-29', '2026-04-30']),
    );
    // sign-off and submission on the bid schedule's days (5 and 3 working days before the
    // 6 May deadline, the early May bank holiday not counted): Tuesday 28 and Thursday 30 April
    expect(thisWeek.find((a) => a.title.startsWith('Final sign-off'))?.at).toBe('2026-04-28');
    expect(thisWeek.find((a) => a.title.startsWith('Submit on the portal'))?.at).toBe('2026-04-30');
  });

  it('is in time order, nothing from the other seeds', () => {
    const keys = agenda.map((a) => (a.allDay ? a.at.slice(0, 10) : a.at));
    expect(agenda[0]?.overdue).toBe(true);
    expect(agenda.map((a) => a.opportunityId).every((id) => id === 'opp-004')).toBe(true);
    const index = (kind: string) => agenda.findIndex((a) => a.kind === kind);
    expect(index('decision')).toBeLessThan(index('clarification'));
    expect(keys.indexOf('2026-04-28T12:00:00+01:00')).toBeLessThan(keys.indexOf('2026-04-29'));
    expect(agenda.at(-1)?.at).toBe('2026-04-30');
  });

  it('no longer asks for a decision once one is recorded', () => {
    const decided = weekAgenda(now, input({ decisions: [decision('opp-004', 'bid')] }));
    expect(decided.some((a) => a.kind === 'decision')).toBe(false);
    expect(decided.some((a) => a.kind === 'clarification')).toBe(true);
    const undecided = weekAgenda(now, input({ decisions: [decision('opp-004', 'undecided')] }));
    expect(undecided.some((a) => a.kind === 'decision')).toBe(true);
  });

  it('lists the 12 answers due the same day in question order, Q2 before Q10', () => {
    // Q10 is the social value answer: "Social value response: Q10 - Social Value"
    const answers = agenda.filter((a) => /\bQ\d+/.test(a.title));
    const numbers = answers.map((a) => Number(/\bQ(\d+)/.exec(a.title)?.[1]));
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    // shuffled input, same order out
    const shuffled = weekAgenda(now, input({ checklist: [...checklist].reverse() }));
    expect(shuffled.filter((a) => /\bQ\d+/.test(a.title))).toEqual(answers);
  });

  it('leaves out a bid once submitted or withdrawn, with its overdue items', () => {
    for (const result of ['submitted', 'withdrawn'] as const) {
      const ended = weekAgenda(now, input({ checklist, outcomes: [recorded(result)] }));
      expect(ended).toEqual([]);
    }
  });

  it('leaves out the checklist of a lot not bid for, keeping the notice’s deadlines', () => {
    const lotNoBid = { ...decision('opp-004', 'no-bid'), lotId: 'lot-004-1' };
    const agenda = weekAgenda(
      now,
      input({ checklist, decisions: [decision('opp-004', 'bid'), lotNoBid] }),
    );
    expect(agenda.some((a) => a.kind === 'checklist')).toBe(false);
    expect(agenda.some((a) => a.kind === 'clarification')).toBe(true);
  });

  it('drops the deadlines of an opportunity the organisation decided not to bid for', () => {
    const declined = weekAgenda(now, input({ decisions: [decision('opp-004', 'no-bid')] }));
    expect(declined.filter((a) => a.opportunityId === 'opp-004')).toEqual([]);
  });

  it('drops a closed tender: the day after the deadline, its overdue checklist is gone', () => {
    const bid = [decision('opp-004', 'bid')];
    const lastDay = weekAgenda(
      new Date('2026-05-06T09:00:00+01:00'),
      input({ checklist, decisions: bid }),
    );
    expect(lastDay.filter((a) => a.overdue).length).toBeGreaterThan(0);
    const after = weekAgenda(
      new Date('2026-05-07T09:00:00+01:00'),
      input({ checklist, decisions: bid }),
    );
    expect(after).toEqual([]);
  });

  it('shows the submission deadline in the week it falls', () => {
    const week = weekAgenda(new Date('2026-05-04T08:00:00+01:00'), input());
    expect(week.filter((a) => a.kind === 'deadline')).toMatchObject([
      { at: '2026-05-06T12:00:00+01:00', title: 'Submission deadline', opportunityId: 'opp-004' },
    ]);
    // the clarification deadline has passed and the decision is still pending
    expect(week.map((a) => a.kind).sort()).toEqual(['deadline', 'decision']);
  });

  it('a longer window reaches further', () => {
    const fortnight = weekAgenda(now, input({ checklist }), 14);
    expect(fortnight.some((a) => a.kind === 'deadline' && a.opportunityId === 'opp-004')).toBe(
      true,
    );
    expect(fortnight.some((a) => a.title.startsWith('Final sign-off'))).toBe(true);
  });
});

describe('weekAgenda around seed 002’s market engagement (sign up by 14 July)', () => {
  const now = new Date('2026-07-13T09:00:00+01:00');

  it('has the sign-up deadline and the all-day event', () => {
    const agenda = weekAgenda(now, input());
    expect(agenda).toEqual([
      {
        kind: 'sign-up',
        at: '2026-07-14T17:00:00+01:00',
        allDay: false,
        title: 'Sign up for Market engagement',
        detail: 'Places close 14 Jul 2026, 17:00.',
        opportunityId: 'opp-002',
        opportunityTitle:
          'The Provision of a Hate Crime, Antisocial Behaviour and Mediation Service',
        overdue: false,
      },
      {
        kind: 'engagement',
        at: '2026-07-17T00:00:00+01:00',
        allDay: true,
        title: 'Market engagement',
        detail: 'Not registered yet',
        opportunityId: 'opp-002',
        opportunityTitle:
          'The Provision of a Hate Crime, Antisocial Behaviour and Mediation Service',
        overdue: false,
      },
    ]);
  });

  it('drops the sign-up once registered, and the event once marked missed', () => {
    const registered = weekAgenda(
      now,
      input({ plans: [plan('opp-002', 'opp-002-event-0', 'registered')] }),
    );
    expect(registered.map((a) => [a.kind, a.detail])).toEqual([
      ['engagement', 'You are registered'],
    ]);
    const missed = weekAgenda(
      now,
      input({ plans: [plan('opp-002', 'opp-002-event-0', 'missed')] }),
    );
    expect(missed).toEqual([]);
  });

  it('marks a sign-up deadline passed earlier today as overdue', () => {
    const evening = weekAgenda(new Date('2026-07-14T18:00:00+01:00'), input());
    expect(evening.find((a) => a.kind === 'sign-up')?.overdue).toBe(true);
  });
});

describe('weekAgenda around seed 000’s market engagement (14 May, 16:00)', () => {
  const now = new Date('2026-05-11T09:00:00+01:00');
  const briefing: ManualEvent = {
    kind: 'briefing',
    title: 'Call with the commissioning team',
    start: '2026-05-12T10:00:00+01:00',
    end: null,
    allDay: false,
    place: 'Teams',
    onlineUrl: null,
    signUpDeadline: null,
  };

  it('has the notice event and the user’s own, in time order', () => {
    const agenda = weekAgenda(
      now,
      input({ plans: [plan('opp-000', null, 'registered', briefing)] }),
    );
    expect(agenda.map((a) => [a.kind, a.at, a.title, a.detail])).toEqual([
      [
        'engagement',
        '2026-05-12T10:00:00+01:00',
        'Call with the commissioning team',
        'Buyer briefing, Teams',
      ],
      ['engagement', '2026-05-14T16:00:00+01:00', 'Market engagement', 'Not registered yet'],
    ]);
  });

  it('asks no decision of a notice still at the planning stage', () => {
    expect(seeds['opp-000'].stage).toBe('planned');
    const july = weekAgenda(new Date('2026-06-29T09:00:00+01:00'), input());
    expect(july.map((a) => [a.kind, a.title, a.allDay])).toEqual([
      ['deadline', 'Submission deadline', false],
    ]);
  });
});
