import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SEEDS, corpusAvailable, corpusBytes, seedBytes } from '../../test/corpus';
import { importNoticeFile } from '../import/engine';
import type { AwardCriterion, Lot, Opportunity } from '../notice/model';
import {
  checklistProgress,
  criterionKey,
  criterionKeys,
  dueDateFor,
  generateChecklist,
  rescheduleChecklist,
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
  bankHolidays: 'england-and-wales' as const,
};

const stalking = importOne(SEEDS.staffordshireStalking, seedBytes(SEEDS.staffordshireStalking));
const stalkingLot = stalking.lots[0] as Lot;

const EW = 'england-and-wales';

describe('dueDateFor', () => {
  it('counts calendar days back from the UK day of the deadline', () => {
    // Wednesday 6 May 2026, 12:00
    expect(dueDateFor('2026-05-06T12:00:00+01:00', 0, EW)).toBe('2026-05-06');
    expect(dueDateFor('2026-05-06T12:00:00+01:00', 1, EW)).toBe('2026-05-05');
    expect(dueDateFor('2026-05-06T12:00:00+01:00', 7, EW)).toBe('2026-04-29');
    expect(dueDateFor('2026-05-06T12:00:00+01:00', 21, EW)).toBe('2026-04-15');
  });

  it('moves a Saturday or Sunday back to the Friday', () => {
    // Monday 11 May: one day before is Sunday, two is Saturday
    expect(dueDateFor('2026-05-11T12:00:00+01:00', 1, EW)).toBe('2026-05-08');
    expect(dueDateFor('2026-05-11T12:00:00+01:00', 2, EW)).toBe('2026-05-08');
    expect(dueDateFor('2026-05-11T12:00:00+01:00', 3, EW)).toBe('2026-05-08');
    expect(dueDateFor('2026-05-11T12:00:00+01:00', 4, EW)).toBe('2026-05-07');
    // a deadline on a Saturday, due that day
    expect(dueDateFor('2026-05-09T12:00:00+01:00', 0, EW)).toBe('2026-05-08');
  });

  it('reads the deadline as a UK day across the clock change', () => {
    // 00:30 BST on Tuesday 31 March 2026 is 23:30 UTC on Monday 30 March
    expect(dueDateFor('2026-03-31T00:30:00+01:00', 1, EW)).toBe('2026-03-30');
    expect(dueDateFor('2026-03-30T23:30:00Z', 1, EW)).toBe('2026-03-30');
    // a week back crosses the change (29 March) without drifting a day
    expect(dueDateFor('2026-04-02T09:00:00+01:00', 7, EW)).toBe('2026-03-26');
    // autumn: clocks go back on Sunday 25 October 2026
    expect(dueDateFor('2026-10-26T00:30:00+00:00', 7, EW)).toBe('2026-10-19');
    expect(dueDateFor('2026-06-30T23:30:00Z', 0, EW)).toBe('2026-07-01');
  });

  it('moves a day that is a bank holiday to the working day before it', () => {
    // Monday 25 May 2026 is the spring bank holiday in every part of the UK
    const monday1June = '2026-06-01T12:00:00+01:00';
    expect(dueDateFor(monday1June, 7, EW)).toBe('2026-05-22');
    expect(dueDateFor(monday1June, 7, 'scotland')).toBe('2026-05-22');
    expect(dueDateFor(monday1June, 7, 'northern-ireland')).toBe('2026-05-22');
    expect(dueDateFor(monday1June, 6, EW)).toBe('2026-05-26'); // the Tuesday is a working day
    // Easter 2026: Monday 6 April back over the weekend to Good Friday 3 April, then Thursday
    expect(dueDateFor('2026-04-07T12:00:00+01:00', 1, EW)).toBe('2026-04-02');
    // Christmas 2026: Boxing Day is a Saturday, so Monday 28 December is the holiday instead
    expect(dueDateFor('2026-12-29T12:00:00Z', 1, EW)).toBe('2026-12-24');
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
      expect(regions.map((region) => dueDateFor(at, n, region)).join(' | ')).toBe(due);
    },
  );

  it('skips only weekends with no bank holidays', () => {
    expect(dueDateFor('2026-06-01T12:00:00+01:00', 7, 'none')).toBe('2026-05-25');
    expect(dueDateFor('2026-06-01T12:00:00+01:00', 8, 'none')).toBe('2026-05-22'); // Sunday
    expect(dueDateFor('2026-12-29T12:00:00Z', 1, 'none')).toBe('2026-12-28');
    expect(dueDateFor('2026-12-29T12:00:00Z', 2, 'none')).toBe('2026-12-25');
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

  it('has one answer per award criterion, due a week (5 working days) before the deadline', () => {
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
    // deadline Wednesday 6 May 2026 12:00 → Wednesday 29 April
    expect(new Set(answers.map((i) => i.dueDate))).toEqual(new Set(['2026-04-29']));
    expect(answers.every((i) => i.offsetDays === 7)).toBe(true);
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
    expect(cdp?.dueDate).toBe('2026-04-15'); // 21 days before
    const psq = standard.find((i) => i.title === 'PSQ: exclusions');
    expect(psq?.dueDate).toBe('2026-04-24'); // 10 days before is Sunday 26 April → Friday
    expect(items.slice(-2).map((i) => [i.title, i.dueDate, i.offsetDays])).toEqual([
      // 2 days before is Monday 4 May, the early May bank holiday → Friday 1 May
      ['Final sign-off by the named person', '2026-05-01', 2],
      ['Submit on the portal and keep the receipt', '2026-05-05', 1],
    ]);
  });

  it('has no due dates when the notice gives no deadline', () => {
    const none = generateChecklist(
      { ...sourceFor(stalking, stalkingLot), submissionDeadline: null },
      ctx,
    );
    expect(none.every((i) => i.dueDate === null)).toBe(true);
    expect(none.find((i) => i.category === 'quality')?.offsetDays).toBe(7);
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
    // Deadline Monday 1 June 2026: a week before is the spring bank holiday, Monday 25 May
    const source = {
      ...sourceFor(stalking, stalkingLot),
      submissionDeadline: '2026-06-01T12:00:00+01:00',
    };
    const dueOf = (bankHolidays: 'england-and-wales' | 'scotland' | 'none') => {
      const made = generateChecklist(source, { ...ctx, bankHolidays });
      return new Map(made.map((i) => [i.title, i.dueDate]));
    };
    const ew = dueOf('england-and-wales');
    const none = dueOf('none');
    expect(ew.get('Quality answer: Q1 - Vision')).toBe('2026-05-22');
    expect(dueOf('scotland').get('Quality answer: Q1 - Vision')).toBe('2026-05-22');
    expect(none.get('Quality answer: Q1 - Vision')).toBe('2026-05-25');
    // an item not on a holiday is the same either way: 21 days before is Monday 11 May
    const cdp = [...ew.keys()].find((t) => t.includes('Central Digital Platform')) as string;
    expect([ew.get(cdp), none.get(cdp)]).toEqual(['2026-05-11', '2026-05-11']);
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
        // deadline Friday 2 October 2026 23:59: price 5 days before is Sunday 27 → Friday 25
        expect(items[0]?.dueDate).toBe('2026-09-25');
        expect(items[1]?.dueDate).toBe('2026-09-25');
        expect(items.at(-1)?.dueDate).toBe('2026-10-01');
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

  const alex = { now: later, user: 'Alex', bankHolidays: EW } as const;
  const moved = rescheduleChecklist(edited, deadline(reimported), alex);

  it('moves default due dates, flags where they moved from, and keeps the user’s own data', () => {
    const first = moved.find((i) => i.id === original[0]?.id);
    expect(first).toMatchObject({
      dueDate: '2026-05-06',
      movedFrom: '2026-04-29',
      owner: 'Sam',
      notes: 'Use the 2025 outcomes report',
      status: 'drafting',
      updatedBy: 'Alex',
      updatedAt: later.toISOString(),
      createdAt: ctx.now.toISOString(),
    });
    expect(moved.at(-1)).toMatchObject({ dueDate: '2026-05-12', movedFrom: '2026-05-05' });
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
    // Monday 11 May → Sunday 10 May: 1 and 2 days before stay on Friday 8 May
    const monday = generateChecklist(
      { ...sourceFor(stalking, stalkingLot), submissionDeadline: '2026-05-11T12:00:00+01:00' },
      ctx,
    );
    const sunday = rescheduleChecklist(monday, '2026-05-10T12:00:00+01:00', ctx);
    expect(sunday.find((i) => i.offsetDays === 1)).toBeUndefined();
    expect(sunday.find((i) => i.offsetDays === 2)).toBeUndefined(); // Saturday 9 → Friday 8 as well
    // 7 days before: bank holiday Monday 4 May → Friday 1 May, then Sunday 3 May → Friday 1 May
    expect(sunday.find((i) => i.offsetDays === 7)).toBeUndefined();
    expect(sunday.find((i) => i.offsetDays === 5)).toMatchObject({
      dueDate: '2026-05-05',
      movedFrom: '2026-05-06',
    });
  });

  it('moves due dates off the bank holidays of the region it is given', () => {
    // The deadline moves to Tuesday 26 May 2026: the day before is the spring bank holiday
    const tuesday = '2026-05-26T12:00:00+01:00';
    const submit = (region: 'england-and-wales' | 'none') =>
      rescheduleChecklist(edited, tuesday, { ...alex, bankHolidays: region }).find(
        (i) => i.title === 'Submit on the portal and keep the receipt',
      );
    expect(submit('england-and-wales')).toMatchObject({
      dueDate: '2026-05-22',
      movedFrom: '2026-05-05',
    });
    expect(submit('none')).toMatchObject({ dueDate: '2026-05-25', movedFrom: '2026-05-05' });
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
