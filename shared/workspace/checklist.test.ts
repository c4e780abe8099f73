import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SEEDS, corpusAvailable, corpusBytes, seedBytes } from '../../test/corpus';
import { importNoticeFile } from '../import/engine';
import type { AwardCriterion, Lot, Opportunity } from '../notice/model';
import { backSchedule } from '../timeline/back-schedule';
import { DEFAULT_BID_SCHEDULE, type BankHolidayRegion } from '../timeline/model';
import {
  calendarDueDateFor,
  checklistMilestone,
  checklistProgress,
  criterionKey,
  criterionKeys,
  dueDateFor,
  generateChecklist,
  rescheduleChecklist,
  rescheduleChecklistAgainstUnknown,
  sortChecklist,
  type ChecklistSource,
} from './checklist';
import { ChecklistItem, type ChecklistStatus } from './model';
import { DEFAULT_CHECKLIST_TEMPLATE } from './settings';

function importOne(name: string, bytes: Uint8Array): Opportunity {
  const result = importNoticeFile({ name, bytes });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  const [opportunity] = result.opportunities;
  if (!opportunity) throw new Error(`${name}: no opportunity`);
  return opportunity;
}

function deadline(o: Opportunity): string | null {
  return o.keyDates.find((d) => d.kind === 'submissionDeadline')?.at ?? null;
}

function sourceFor(o: Opportunity, lot: Lot, lotId = `lot-${lot.id}`): ChecklistSource {
  return {
    opportunityId: 'opp-1',
    lotId,
    criteria: lot.criteria,
    weightingParts: lot.weightingParts,
    submissionDeadline: deadline(o),
    template: DEFAULT_CHECKLIST_TEMPLATE,
  };
}

const ctx = {
  now: new Date('2026-04-10T09:00:00Z'),
  user: 'Priya Shah',
  newId: randomUUID,
  schedule: DEFAULT_BID_SCHEDULE,
};

/** The default schedule with another region's bank holidays. */
const withHolidays = (bankHolidays: BankHolidayRegion) => ({
  ...DEFAULT_BID_SCHEDULE,
  bankHolidays,
});

const stalking = importOne(SEEDS.staffordshireStalking, seedBytes(SEEDS.staffordshireStalking));
const stalkingLot = stalking.lots[0] as Lot;

const EW = 'england-and-wales';

describe('dueDateFor: the bid schedule’s own rule', () => {
  const schedule = DEFAULT_BID_SCHEDULE;
  // [what the week holds, deadline]
  const deadlines: [string, string][] = [
    [
      'seed 004: Wednesday 6 May 2026, after the early May bank holiday',
      '2026-05-06T12:00:00+01:00',
    ],
    ['the Tuesday after Easter Monday 2026', '2026-04-07T12:00:00+01:00'],
    ['the Tuesday after the early May bank holiday 2026', '2026-05-05T12:00:00+01:00'],
    ['the Tuesday after the spring bank holiday 2026', '2026-05-26T12:00:00+01:00'],
    ['midnight at the start of Saturday 27 June 2026', '2026-06-27T00:00:00+01:00'],
  ];
  it.each(deadlines)('puts every milestone on the schedule’s day: %s', (_, deadline) => {
    for (const m of backSchedule(deadline, schedule)) {
      expect(dueDateFor(deadline, schedule.offsets[m.milestone], schedule), m.milestone).toBe(
        m.day,
      );
    }
  });

  it('counts working days, skipping weekends and bank holidays (seed 004)', () => {
    // Wednesday 6 May 2026 12:00; Monday 4 May is the early May bank holiday. With no
    // contingency, 1 working day before is Tuesday 5 May, 2 is Friday 1 May (not the Monday).
    const plain = { ...schedule, contingencyPercent: 0 };
    const d = '2026-05-06T12:00:00+01:00';
    expect([0, 1, 2, 3, 5].map((n) => dueDateFor(d, n, plain))).toEqual([
      '2026-05-06',
      '2026-05-05',
      '2026-05-01',
      '2026-04-30',
      '2026-04-28',
    ]);
    // With none, the Monday is a working day.
    expect(dueDateFor(d, 2, { ...plain, bankHolidays: 'none' })).toBe('2026-05-04');
  });

  it('skips Good Friday and Easter Monday before a deadline on the Tuesday after', () => {
    const plain = { ...schedule, contingencyPercent: 0 };
    const d = '2026-04-07T12:00:00+01:00';
    expect([1, 2].map((n) => dueDateFor(d, n, plain))).toEqual(['2026-04-02', '2026-04-01']);
    // Scotland has no Easter Monday holiday
    expect(dueDateFor(d, 1, { ...plain, bankHolidays: 'scotland' })).toBe('2026-04-06');
  });

  it('brings items forward for contingency as the schedule brings its milestones', () => {
    // Default: 10% of the 18-working-day writing window, 2 days kept free before the deadline
    expect(dueDateFor('2026-05-06T12:00:00+01:00', 1, schedule)).toBe('2026-04-30');
    expect(dueDateFor('2026-05-06T12:00:00+01:00', 18, schedule)).toBe('2026-04-09');
  });
});

describe('calendarDueDateFor (how checklists made before the one schedule were dated)', () => {
  it('counts calendar days back from the UK day of the deadline', () => {
    // Wednesday 6 May 2026, 12:00
    expect(calendarDueDateFor('2026-05-06T12:00:00+01:00', 0, EW)).toBe('2026-05-06');
    expect(calendarDueDateFor('2026-05-06T12:00:00+01:00', 1, EW)).toBe('2026-05-05');
    expect(calendarDueDateFor('2026-05-06T12:00:00+01:00', 7, EW)).toBe('2026-04-29');
    expect(calendarDueDateFor('2026-05-06T12:00:00+01:00', 21, EW)).toBe('2026-04-15');
  });

  it('moves a Saturday or Sunday back to the Friday', () => {
    // Monday 11 May: one day before is Sunday, two is Saturday
    expect(calendarDueDateFor('2026-05-11T12:00:00+01:00', 1, EW)).toBe('2026-05-08');
    expect(calendarDueDateFor('2026-05-11T12:00:00+01:00', 2, EW)).toBe('2026-05-08');
    expect(calendarDueDateFor('2026-05-11T12:00:00+01:00', 3, EW)).toBe('2026-05-08');
    expect(calendarDueDateFor('2026-05-11T12:00:00+01:00', 4, EW)).toBe('2026-05-07');
    // a deadline on a Saturday, due that day
    expect(calendarDueDateFor('2026-05-09T12:00:00+01:00', 0, EW)).toBe('2026-05-08');
  });

  it('reads the deadline as a UK day across the clock change', () => {
    // 00:30 BST on Tuesday 31 March 2026 is 23:30 UTC on Monday 30 March
    expect(calendarDueDateFor('2026-03-31T00:30:00+01:00', 1, EW)).toBe('2026-03-30');
    expect(calendarDueDateFor('2026-03-30T23:30:00Z', 1, EW)).toBe('2026-03-30');
    // a week back crosses the change (29 March) without drifting a day
    expect(calendarDueDateFor('2026-04-02T09:00:00+01:00', 7, EW)).toBe('2026-03-26');
    // autumn: clocks go back on Sunday 25 October 2026
    expect(calendarDueDateFor('2026-10-26T00:30:00+00:00', 7, EW)).toBe('2026-10-19');
    expect(calendarDueDateFor('2026-06-30T23:30:00Z', 0, EW)).toBe('2026-07-01');
  });

  it('moves a day that is a bank holiday to the working day before it', () => {
    // Monday 25 May 2026 is the spring bank holiday in every part of the UK
    const monday1June = '2026-06-01T12:00:00+01:00';
    expect(calendarDueDateFor(monday1June, 7, EW)).toBe('2026-05-22');
    expect(calendarDueDateFor(monday1June, 7, 'scotland')).toBe('2026-05-22');
    expect(calendarDueDateFor(monday1June, 7, 'northern-ireland')).toBe('2026-05-22');
    expect(calendarDueDateFor(monday1June, 6, EW)).toBe('2026-05-26'); // the Tuesday is a working day
    // Easter 2026: Monday 6 April back over the weekend to Good Friday 3 April, then Thursday
    expect(calendarDueDateFor('2026-04-07T12:00:00+01:00', 1, EW)).toBe('2026-04-02');
    // Christmas 2026: Boxing Day is a Saturday, so Monday 28 December is the holiday instead
    expect(calendarDueDateFor('2026-12-29T12:00:00Z', 1, EW)).toBe('2026-12-24');
  });

  // [deadline, days before, due with England and Wales | Scotland | Northern Ireland | none]
  const regionCases: [string, number, string][] = [
    // Friday 2 January 2026: Scotland only (1 January everywhere)
    ['2026-01-05T12:00:00Z', 3, '2026-01-02 | 2025-12-31 | 2026-01-02 | 2026-01-02'],
    // St Patrick's Day, Tuesday 17 March 2026: Northern Ireland only
    ['2026-03-18T12:00:00Z', 1, '2026-03-17 | 2026-03-17 | 2026-03-16 | 2026-03-17'],
    // Easter Monday, 6 April 2026 (after Good Friday 3 April): not in Scotland
    ['2026-04-07T12:00:00+01:00', 1, '2026-04-02 | 2026-04-06 | 2026-04-02 | 2026-04-06'],
    // The Twelfth is Sunday 12 July 2026: Northern Ireland has Monday 13 July instead
    ['2026-07-15T12:00:00+01:00', 2, '2026-07-13 | 2026-07-13 | 2026-07-10 | 2026-07-13'],
    // St Andrew's Day, Monday 30 November 2026: Scotland only
    ['2026-12-01T12:00:00Z', 1, '2026-11-30 | 2026-11-27 | 2026-11-30 | 2026-11-30'],
  ];
  it.each(regionCases)(
    'skips only the region’s bank holidays: %s, %i days before',
    (at, n, due) => {
      const regions = ['england-and-wales', 'scotland', 'northern-ireland', 'none'] as const;
      expect(regions.map((region) => calendarDueDateFor(at, n, region)).join(' | ')).toBe(due);
    },
  );

  it('skips only weekends with no bank holidays', () => {
    expect(calendarDueDateFor('2026-06-01T12:00:00+01:00', 7, 'none')).toBe('2026-05-25');
    expect(calendarDueDateFor('2026-06-01T12:00:00+01:00', 8, 'none')).toBe('2026-05-22'); // Sunday
    expect(calendarDueDateFor('2026-12-29T12:00:00Z', 1, 'none')).toBe('2026-12-28');
    expect(calendarDueDateFor('2026-12-29T12:00:00Z', 2, 'none')).toBe('2026-12-25');
  });
});

describe('criterionKey', () => {
  const c = (name: string | null, type = 'quality'): AwardCriterion => ({
    type,
    name,
    description: null,
    weight: null,
    weightFrom: null,
    derived: false,
    source: null,
  });

  it('is the normalised name, the same however the notice punctuates it', () => {
    expect(criterionKey(c('Q1 - Vision'), 0)).toBe('name:q1-vision');
    expect(criterionKey(c('Q1 – Vision '), 5)).toBe('name:q1-vision');
  });

  it('survives a re-import that reorders or inserts criteria', () => {
    const before = [c('Q1 - Vision'), c('Q2 - Staffing')];
    const after = [c('Q0 - Introduction'), c('Q2 - Staffing'), c('Q1 - Vision')];
    expect(criterionKeys(after)).toEqual([
      'name:q0-introduction',
      ...criterionKeys(before).reverse(),
    ]);
  });

  it('tells repeated names and unnamed criteria apart by occurrence, not by position', () => {
    const list = [c(null, 'price'), c('Quality'), c(null, 'price'), c('Quality')];
    expect(criterionKeys(list)).toEqual([
      'type:price',
      'name:quality',
      'type:price#2',
      'name:quality#2',
    ]);
    expect(list.map(criterionKey)).toEqual(criterionKeys(list));
  });
});

describe('generateChecklist on seed 004 (12 quality questions, 85% written / 15% presentations)', () => {
  const items = generateChecklist(sourceFor(stalking, stalkingLot), ctx);

  it('is valid and ordered 0..n-1, every item to do, owner blank', () => {
    for (const item of items) expect(() => ChecklistItem.parse(item)).not.toThrow();
    expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i));
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(items.every((i) => i.status === 'todo' && i.owner === '' && !i.dueDateManual)).toBe(
      true,
    );
    expect(
      items.every((i) => i.updatedBy === 'Priya Shah' && i.createdAt === ctx.now.toISOString()),
    ).toBe(true);
    expect(items).toHaveLength(12 + 1 + DEFAULT_CHECKLIST_TEMPLATE.length + 2);
  });

  it('has one answer per award criterion, due when the schedule’s internal review is done', () => {
    const answers = items.slice(0, 12);
    expect(answers.map((i) => i.title)).toEqual([
      'Quality answer: Q1 - Vision',
      'Quality answer: Q2 - Service Delivery Model',
      'Quality answer: Q3 - Staffing',
      'Quality answer: Q4 - Delivery of Equality and Diversity',
      'Quality answer: Q5 - Victim Support',
      'Quality answer: Q6 - Safeguarding',
      'Quality answer: Q7 - Service User Engagement / Accessibility',
      'Quality answer: Q8 - Performance Management',
      'Quality answer: Q9 - Governance and Contract Management',
      'Social value response: Q10 - Social Value',
      'Quality answer: Q11 - Mobilisation',
      'Quality answer: Q12 - Stakeholders / Partners',
    ]);
    expect(answers.map((i) => i.category).filter((c) => c === 'social-value')).toHaveLength(1);
    expect(answers[0]?.criterionKey).toBe('name:q1-vision');
    // deadline Wednesday 6 May 2026 12:00: 7 working days, plus 1 of contingency, before it,
    // skipping the early May bank holiday (Monday 4 May) → Thursday 23 April
    expect(new Set(answers.map((i) => i.dueDate))).toEqual(new Set(['2026-04-23']));
    const review = backSchedule(deadline(stalking) as string, DEFAULT_BID_SCHEDULE).find(
      (m) => m.milestone === 'internalReview',
    );
    expect(review?.day).toBe('2026-04-23');
    expect(answers.every((i) => i.offsetDays === 7 && i.offsetUnit === 'working-days')).toBe(true);
  });

  it('has the presentation stage, with no due date until the buyer sets one', () => {
    const stage = items[12];
    expect(stage).toMatchObject({
      title: 'Prepare for the presentations stage (15%)',
      category: 'presentation',
      dueDate: null,
      offsetDays: null,
      criterionKey: 'stage:presentations',
    });
    // the 85% written stage is the questions themselves, not a second item
    expect(items.filter((i) => i.category === 'presentation')).toHaveLength(1);
  });

  it('follows with the standard items and ends with sign-off and submission', () => {
    const standard = items.slice(13, 13 + DEFAULT_CHECKLIST_TEMPLATE.length);
    expect(standard.map((i) => i.title)).toEqual(DEFAULT_CHECKLIST_TEMPLATE.map((t) => t.title));
    expect(standard.every((i) => i.category === 'standard' && i.criterionKey === null)).toBe(true);
    const cdp = standard.find((i) => i.title.includes('Central Digital Platform'));
    expect(cdp?.dueDate).toBe('2026-04-14'); // 15 working days before (three weeks)
    const psq = standard.find((i) => i.title === 'PSQ: exclusions');
    expect(psq?.dueDate).toBe('2026-04-22'); // 8 working days, plus 1 of contingency
    expect(items.slice(-2).map((i) => [i.title, i.dueDate, i.offsetDays, i.milestone])).toEqual([
      // the schedule's days: 3 and 1 working days, plus 2 of contingency, skipping 4 May
      ['Final sign-off by the named person', '2026-04-28', 3, 'finalSignOff'],
      ['Submit on the portal and keep the receipt', '2026-04-30', 1, 'submit'],
    ]);
  });

  it('has no due dates when the notice gives no deadline', () => {
    const none = generateChecklist(
      { ...sourceFor(stalking, stalkingLot), submissionDeadline: null },
      ctx,
    );
    expect(none.every((i) => i.dueDate === null)).toBe(true);
    expect(none.find((i) => i.category === 'quality')?.offsetDays).toBe(7);
    expect(none.at(-1)?.milestone).toBe('submit');
  });

  it('uses the organisation’s edited template', () => {
    const template = [
      { id: 'victims-code', title: "Show how we meet the Victims' Code", offsetDays: 10 },
    ];
    const custom = generateChecklist({ ...sourceFor(stalking, stalkingLot), template }, ctx);
    expect(custom.map((i) => i.title)).toContain("Show how we meet the Victims' Code");
    expect(custom).toHaveLength(12 + 1 + 1 + 2);
  });

  it('dates items with the bank holidays of the region it is given', () => {
    // Deadline Monday 1 June 2026: the week before holds the spring bank holiday, Monday 25 May
    const source = {
      ...sourceFor(stalking, stalkingLot),
      submissionDeadline: '2026-06-01T12:00:00+01:00',
    };
    const dueOf = (bankHolidays: BankHolidayRegion) => {
      const made = generateChecklist(source, { ...ctx, schedule: withHolidays(bankHolidays) });
      return new Map(made.map((i) => [i.title, i.dueDate]));
    };
    const ew = dueOf('england-and-wales');
    const none = dueOf('none');
    // 8 working days before: counting 25 May or not moves it a day
    expect(ew.get('Quality answer: Q1 - Vision')).toBe('2026-05-19');
    expect(dueOf('scotland').get('Quality answer: Q1 - Vision')).toBe('2026-05-19');
    expect(none.get('Quality answer: Q1 - Vision')).toBe('2026-05-20');
    // 15 working days before: the early May bank holiday (4 May) is not in the count
    const cdp = [...ew.keys()].find((t) => t.includes('Central Digital Platform')) as string;
    expect([ew.get(cdp), none.get(cdp)]).toEqual(['2026-05-08', '2026-05-11']);
  });

  it('agrees with the bid schedule, so the timeline shows sign-off and submit once', () => {
    const plan = backSchedule(deadline(stalking) as string, DEFAULT_BID_SCHEDULE);
    for (const item of items) {
      const milestone = checklistMilestone(item);
      if (milestone === null) continue;
      expect(item.dueDate, item.title).toBe(plan.find((m) => m.milestone === milestone)?.day);
    }
    expect(items.map(checklistMilestone).filter((m) => m !== null)).toEqual([
      'finalSignOff',
      'submit',
    ]);
  });
});

if (corpusAvailable('workspace checklist')) {
  describe('generateChecklist on FTS 083563-2026 (5 lots, price 30 / quality 70)', () => {
    const path = 'fts/members/083563-2026.json';
    const wonderlab = importOne(path, corpusBytes(path));

    it('makes a checklist per lot with a pricing item and a quality item first', () => {
      expect(wonderlab.lots).toHaveLength(5);
      for (const lot of wonderlab.lots) {
        const items = generateChecklist(sourceFor(wonderlab, lot), ctx);
        expect(items.every((i) => i.lotId === `lot-${lot.id}`)).toBe(true);
        expect(items.slice(0, 2).map((i) => [i.title, i.category, i.criterionKey])).toEqual([
          ['Pricing schedule and full-cost model (30%)', 'price', 'name:price'],
          ['Quality answer: Quality (70%)', 'quality', 'name:quality'],
        ]);
        expect(items.some((i) => i.category === 'presentation')).toBe(false);
        // deadline Friday 2 October 2026 23:59: answers 8 working days before, submit 3
        expect(items[0]?.dueDate).toBe('2026-09-22');
        expect(items[1]?.dueDate).toBe('2026-09-22');
        expect(items.at(-1)?.dueDate).toBe('2026-09-29');
      }
    });
  });

  describe('generateChecklist on FTS 083468-2026 (value 10 / social value 10 / technical 80)', () => {
    const path = 'fts/members/083468-2026.json';
    const framework = importOne(path, corpusBytes(path));

    it('files the social value criterion as social value even though the notice calls it a cost', () => {
      const lot = framework.lots[0] as Lot;
      const items = generateChecklist(sourceFor(framework, lot), ctx);
      expect(items.slice(0, 3).map((i) => [i.title, i.category])).toEqual([
        ['Pricing schedule and full-cost model (10%)', 'price'],
        ['Social value response: Social Value (10%)', 'social-value'],
        ['Price: Technical (80%)', 'price'],
      ]);
      expect(items.every((i) => i.dueDate === null)).toBe(true); // a contract notice: no deadline
    });
  });
}

describe('rescheduleChecklist after a re-import moves the deadline', () => {
  const later = new Date('2026-04-20T10:00:00Z');
  const original = generateChecklist(sourceFor(stalking, stalkingLot), ctx);
  // The user took the first answer, set one due date by hand and finished another item.
  const edited = original.map((item, i) =>
    i === 0
      ? {
          ...item,
          owner: 'Sam',
          notes: 'Use the 2025 outcomes report',
          status: 'drafting' as const,
        }
      : i === 1
        ? { ...item, dueDate: '2026-04-27', dueDateManual: true }
        : item,
  );
  // The same notice, re-published with the deadline a week later.
  const bytes = new TextDecoder()
    .decode(seedBytes(SEEDS.staffordshireStalking))
    .replace('"endDate": "2026-05-06T12:00:00+01:00"', '"endDate": "2026-05-13T12:00:00+01:00"');
  const reimported = importOne(SEEDS.staffordshireStalking, new TextEncoder().encode(bytes));

  it('reads the moved deadline from the re-imported notice', () => {
    expect(deadline(reimported)).toBe('2026-05-13T12:00:00+01:00');
  });

  const alex = { now: later, user: 'Alex', schedule: DEFAULT_BID_SCHEDULE } as const;
  const moved = rescheduleChecklist(edited, deadline(reimported), alex);

  it('moves default due dates, flags where they moved from, and keeps the user’s own data', () => {
    const first = moved.find((i) => i.id === original[0]?.id);
    expect(first).toMatchObject({
      dueDate: '2026-04-30',
      movedFrom: '2026-04-23',
      owner: 'Sam',
      notes: 'Use the 2025 outcomes report',
      status: 'drafting',
      updatedBy: 'Alex',
      updatedAt: later.toISOString(),
      createdAt: ctx.now.toISOString(),
    });
    expect(moved.at(-1)).toMatchObject({ dueDate: '2026-05-08', movedFrom: '2026-04-30' });
    for (const item of moved) expect(() => ChecklistItem.parse(item)).not.toThrow();
  });

  it('leaves hand-set due dates and undated items alone, and returns only what changed', () => {
    expect(moved.find((i) => i.id === original[1]?.id)).toBeUndefined();
    expect(moved.find((i) => i.category === 'presentation')).toBeUndefined();
    // everything else with an offset moved (a week later never lands on the same day)
    const dated = edited.filter((i) => i.offsetDays !== null && !i.dueDateManual);
    expect(moved).toHaveLength(dated.length);
  });

  it('returns nothing when the deadline did not change', () => {
    expect(rescheduleChecklist(edited, deadline(stalking), alex)).toEqual([]);
  });

  it('clears default due dates when the deadline goes, remembering the old ones', () => {
    const cleared = rescheduleChecklist(edited, null, alex);
    expect(cleared.every((i) => i.dueDate === null && i.movedFrom !== null)).toBe(true);
    expect(cleared).toHaveLength(
      edited.filter((i) => i.offsetDays !== null && !i.dueDateManual).length,
    );
  });

  it('only nudges items whose day actually changes', () => {
    // Monday 11 May → Sunday 10 May: working days back from either are the same days
    const monday = generateChecklist(
      { ...sourceFor(stalking, stalkingLot), submissionDeadline: '2026-05-11T12:00:00+01:00' },
      ctx,
    );
    expect(rescheduleChecklist(monday, '2026-05-10T12:00:00+01:00', ctx)).toEqual([]);
    // → Tuesday 12 May: every dated item moves one working day later
    const tuesday = rescheduleChecklist(monday, '2026-05-12T12:00:00+01:00', ctx);
    expect(tuesday).toHaveLength(monday.filter((i) => i.dueDate !== null).length);
    expect(tuesday.at(-1)).toMatchObject({ dueDate: '2026-05-07', movedFrom: '2026-05-06' });
  });

  it('moves due dates off the bank holidays of the region it is given', () => {
    // The deadline moves to Tuesday 26 May 2026: the day before is the spring bank holiday
    const tuesday = '2026-05-26T12:00:00+01:00';
    const submit = (region: 'england-and-wales' | 'none') =>
      rescheduleChecklist(edited, tuesday, { ...alex, schedule: withHolidays(region) }).find(
        (i) => i.title === 'Submit on the portal and keep the receipt',
      );
    // three working days before (1 planned, 2 of contingency)
    expect(submit('england-and-wales')).toMatchObject({
      dueDate: '2026-05-20',
      movedFrom: '2026-04-30',
    });
    expect(submit('none')).toMatchObject({ dueDate: '2026-05-21', movedFrom: '2026-04-30' });
  });
});

describe('a checklist made before the schedule and the checklist were one', () => {
  // As an older Bid Desk stored it: calendar days, no unit, no milestone, sign-off 2 and
  // submission 1 calendar day before the 6 May deadline (Friday 1 May and Tuesday 5 May).
  const legacy: ChecklistItem[] = generateChecklist(sourceFor(stalking, stalkingLot), ctx).map(
    ({ offsetUnit: _unit, milestone: _milestone, ...item }) =>
      item.title === 'Final sign-off by the named person'
        ? { ...item, offsetDays: 2, dueDate: '2026-05-01' }
        : item.title === 'Submit on the portal and keep the receipt'
          ? { ...item, offsetDays: 1, dueDate: '2026-05-05' }
          : item.offsetDays === null
            ? item
            : {
                ...item,
                dueDate: calendarDueDateFor(deadline(stalking) as string, item.offsetDays, EW),
              },
  );
  const submit = legacy.at(-1) as ChecklistItem;
  const signOff = legacy.at(-2) as ChecklistItem;
  const alex = {
    now: new Date('2026-04-20T10:00:00Z'),
    user: 'Alex',
    schedule: DEFAULT_BID_SCHEDULE,
  };

  it('keeps its dates: the same deadline re-read redraws nothing', () => {
    expect(rescheduleChecklist(legacy, deadline(stalking), alex)).toEqual([]);
    expect(rescheduleChecklistAgainstUnknown(legacy, deadline(stalking), alex)).toEqual([]);
  });

  it('moves by its own calendar-day rule when the deadline moves', () => {
    const moved = rescheduleChecklist(legacy, '2026-05-13T12:00:00+01:00', alex);
    expect(moved.find((i) => i.id === submit.id)).toMatchObject({
      dueDate: '2026-05-12',
      movedFrom: '2026-05-05',
    });
    expect(moved.find((i) => i.id === signOff.id)).toMatchObject({
      dueDate: '2026-05-11',
      movedFrom: '2026-05-01',
    });
  });

  it('still names its sign-off and submission items as the schedule’s milestones', () => {
    expect([checklistMilestone(signOff), checklistMilestone(submit)]).toEqual([
      'finalSignOff',
      'submit',
    ]);
    // the user's own item of that name is not
    expect(checklistMilestone({ ...submit, category: 'custom' })).toBeNull();
    expect(checklistMilestone(legacy[0] as ChecklistItem)).toBeNull();
  });
});

describe('sortChecklist', () => {
  const items = generateChecklist(sourceFor(stalking, stalkingLot), ctx);

  it('orders by due date, undated last, questions by number (Q2 before Q10)', () => {
    const sorted = sortChecklist(items);
    const dates = sorted.map((i) => i.dueDate ?? '~');
    expect(dates).toEqual([...dates].sort());
    expect(sorted.at(-1)?.title).toBe('Prepare for the presentations stage (15%)');
    expect(sorted[0]?.title).toBe(
      'Register on the Central Digital Platform and get the share code',
    );
    const answers = sorted.filter((i) =>
      /^(Quality answer|Social value response): Q/.test(i.title),
    );
    expect(answers.map((i) => i.title.match(/Q(\d+)/)?.[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
    ]);
  });

  it('puts Q2 before Q10 on the same day, whatever order they were stored in', () => {
    const [q10, q2] = [
      { ...(items[0] as ChecklistItem), title: 'Quality answer: Q10 - Risk', position: 0 },
      { ...(items[1] as ChecklistItem), title: 'Quality answer: Q2 - Staffing', position: 1 },
    ];
    expect(sortChecklist([q10, q2]).map((i) => i.title)).toEqual([
      'Quality answer: Q2 - Staffing',
      'Quality answer: Q10 - Risk',
    ]);
  });
});

describe('checklistProgress', () => {
  const items = generateChecklist(sourceFor(stalking, stalkingLot), ctx);
  const withStatuses = (statuses: ChecklistStatus[]) =>
    items
      .slice(0, statuses.length)
      .map((item, i) => ({ ...item, status: statuses[i] as ChecklistStatus }));

  it('counts done out of the items that are needed', () => {
    expect(
      checklistProgress(
        withStatuses(['done', 'done', 'todo', 'review', 'not-needed', 'not-needed']),
      ),
    ).toEqual({
      done: 2,
      total: 4,
      percent: 50,
    });
    expect(checklistProgress(withStatuses(['done', 'drafting', 'todo']))).toEqual({
      done: 1,
      total: 3,
      percent: 33,
    });
    expect(checklistProgress(withStatuses(['done', 'done', 'todo']))).toMatchObject({
      percent: 67,
    });
  });

  it('is 0 of 0 for an empty or all-not-needed checklist', () => {
    expect(checklistProgress([])).toEqual({ done: 0, total: 0, percent: 0 });
    expect(checklistProgress(withStatuses(['not-needed']))).toEqual({
      done: 0,
      total: 0,
      percent: 0,
    });
  });

  it('is 100% on a generated checklist once every item is done', () => {
    const all = items.map((i) => ({ ...i, status: 'done' as const }));
    expect(checklistProgress(all)).toEqual({
      done: items.length,
      total: items.length,
      percent: 100,
    });
  });
});
