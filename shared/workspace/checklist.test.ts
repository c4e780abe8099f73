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

const ctx = { now: new Date('2026-04-10T09:00:00Z'), user: 'Priya Shah', newId: randomUUID };

const stalking = importOne(SEEDS.staffordshireStalking, seedBytes(SEEDS.staffordshireStalking));
const stalkingLot = stalking.lots[0] as Lot;

describe('dueDateFor', () => {
  it('counts calendar days back from the UK day of the deadline', () => {
    // Wednesday 6 May 2026, 12:00
    expect(dueDateFor('2026-05-06T12:00:00+01:00', 0)).toBe('2026-05-06');
    expect(dueDateFor('2026-05-06T12:00:00+01:00', 1)).toBe('2026-05-05');
    expect(dueDateFor('2026-05-06T12:00:00+01:00', 7)).toBe('2026-04-29');
    expect(dueDateFor('2026-05-06T12:00:00+01:00', 21)).toBe('2026-04-15');
  });

  it('moves a Saturday or Sunday back to the Friday', () => {
    // Monday 11 May: one day before is Sunday, two is Saturday
    expect(dueDateFor('2026-05-11T12:00:00+01:00', 1)).toBe('2026-05-08');
    expect(dueDateFor('2026-05-11T12:00:00+01:00', 2)).toBe('2026-05-08');
    expect(dueDateFor('2026-05-11T12:00:00+01:00', 3)).toBe('2026-05-08');
    expect(dueDateFor('2026-05-11T12:00:00+01:00', 4)).toBe('2026-05-07');
    // a deadline on a Saturday, due that day
    expect(dueDateFor('2026-05-09T12:00:00+01:00', 0)).toBe('2026-05-08');
  });

  it('reads the deadline as a UK day across the clock change', () => {
    // 00:30 BST on Tuesday 31 March 2026 is 23:30 UTC on Monday 30 March
    expect(dueDateFor('2026-03-31T00:30:00+01:00', 1)).toBe('2026-03-30');
    expect(dueDateFor('2026-03-30T23:30:00Z', 1)).toBe('2026-03-30');
    // a week back crosses the change (29 March) without drifting a day
    expect(dueDateFor('2026-04-02T09:00:00+01:00', 7)).toBe('2026-03-26');
    // autumn: clocks go back on Sunday 25 October 2026
    expect(dueDateFor('2026-10-26T00:30:00+00:00', 7)).toBe('2026-10-19');
    expect(dueDateFor('2026-06-30T23:30:00Z', 0)).toBe('2026-07-01');
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
      ['Final sign-off by the named person', '2026-05-04', 2],
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

  const moved = rescheduleChecklist(edited, deadline(reimported), { now: later, user: 'Alex' });

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
    expect(rescheduleChecklist(edited, deadline(stalking), { now: later, user: 'Alex' })).toEqual(
      [],
    );
  });

  it('clears default due dates when the deadline goes, remembering the old ones', () => {
    const cleared = rescheduleChecklist(edited, null, { now: later, user: 'Alex' });
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
    expect(sunday.find((i) => i.offsetDays === 7)).toMatchObject({
      dueDate: '2026-05-01',
      movedFrom: '2026-05-04',
    });
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
