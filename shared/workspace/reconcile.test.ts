import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SEEDS, seedBytes } from '../../test/corpus';
import { importNoticeFile } from '../import/engine';
import type { Lot, Opportunity } from '../notice/model';
import { generateChecklist, type ChecklistSource } from './checklist';
import { CriterionPlan } from './model';
import { orphanedPlans, reconcileChecklist } from './reconcile';
import { DEFAULT_CHECKLIST_TEMPLATE } from './settings';

function importText(text: string): Opportunity {
  const name = SEEDS.staffordshireStalking;
  const result = importNoticeFile({ name, bytes: new TextEncoder().encode(text) });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  const [opportunity] = result.opportunities;
  if (!opportunity) throw new Error(`${name}: no opportunity`);
  return opportunity;
}

function source(o: Opportunity): ChecklistSource {
  const lot = o.lots[0] as Lot;
  return {
    opportunityId: 'opp-004',
    lotId: 'lot-004-1',
    criteria: lot.criteria,
    weightingParts: lot.weightingParts,
    submissionDeadline: o.keyDates.find((d) => d.kind === 'submissionDeadline')?.at ?? null,
    template: DEFAULT_CHECKLIST_TEMPLATE,
  };
}

const seedText = new TextDecoder().decode(seedBytes(SEEDS.staffordshireStalking));
const before = importText(seedText);
// The buyer re-publishes: deadline a week later, Q3 renamed away, a Q13 added.
const after = importText(
  seedText
    .replace('"endDate": "2026-05-06T12:00:00+01:00"', '"endDate": "2026-05-13T12:00:00+01:00"')
    .replace('"name": "Q3 - Staffing"', '"name": "Q3 - Workforce and Training"')
    .replace(
      '"name": "Q12 - Stakeholders / Partners"\n',
      '"name": "Q12 - Stakeholders / Partners"\n                        },\n                        {\n                            "type": "quality",\n                            "name": "Q13 - Exit Planning"\n',
    ),
);

const bankHolidays = 'england-and-wales';
const made = {
  now: new Date('2026-04-10T09:00:00Z'),
  user: 'Priya Shah',
  newId: randomUUID,
  bankHolidays,
} as const;
const later = {
  now: new Date('2026-04-20T09:00:00Z'),
  user: 'Alex',
  newId: randomUUID,
  bankHolidays,
} as const;

describe('reconcileChecklist after a re-import of seed 004', () => {
  const items = generateChecklist(source(before), made).map((item) =>
    item.criterionKey === 'name:q3-staffing'
      ? { ...item, owner: 'Sam', notes: 'Draft in the shared drive', status: 'drafting' as const }
      : item,
  );

  it('the re-imported notice has the changes', () => {
    expect(after.lots[0]?.criteria.map((c) => c.name)).toContain('Q13 - Exit Planning');
    expect(after.lots[0]?.criteria).toHaveLength(13);
  });

  const result = reconcileChecklist(items, source(after), later);

  it('adds items for the new and renamed criteria at the end', () => {
    expect(result.added.map((i) => [i.title, i.criterionKey, i.dueDate])).toEqual([
      [
        'Quality answer: Q3 - Workforce and Training',
        'name:q3-workforce-and-training',
        '2026-05-06',
      ],
      ['Quality answer: Q13 - Exit Planning', 'name:q13-exit-planning', '2026-05-06'],
    ]);
    const last = Math.max(...items.map((i) => i.position));
    expect(result.added.map((i) => i.position)).toEqual([last + 1, last + 2]);
    expect(result.added.every((i) => i.updatedBy === 'Alex')).toBe(true);
  });

  it('reports the item whose criterion went, with the user’s work intact', () => {
    expect(result.orphaned).toHaveLength(1);
    expect(result.orphaned[0]).toMatchObject({
      criterionKey: 'name:q3-staffing',
      owner: 'Sam',
      notes: 'Draft in the shared drive',
      status: 'drafting',
    });
  });

  it('moves the default due dates and flags them', () => {
    const answer = result.moved.find((i) => i.criterionKey === 'name:q1-vision');
    expect(answer).toMatchObject({ dueDate: '2026-05-06', movedFrom: '2026-04-29' });
    expect(result.moved.find((i) => i.criterionKey === 'name:q3-staffing')).toMatchObject({
      owner: 'Sam',
      movedFrom: '2026-04-29',
    });
  });

  it('finds nothing to do when the notice is re-imported unchanged', () => {
    expect(reconcileChecklist(items, source(before), later)).toEqual({
      added: [],
      orphaned: [],
      moved: [],
    });
  });
});

describe('orphanedPlans', () => {
  it('lists plans whose criterion the notice no longer has', () => {
    const plan = (criterionKey: string) =>
      CriterionPlan.parse({
        id: randomUUID(),
        opportunityId: 'opp-004',
        lotId: 'lot-004-1',
        criterionKey,
        weight: 10,
        owner: 'Sam',
        wordLimit: 1000,
        pageLimit: null,
        evidence: 'Staff survey 2025',
        draftStatus: 'drafting',
        selfScore: 3,
        createdAt: made.now.toISOString(),
        updatedAt: made.now.toISOString(),
        updatedBy: 'Sam',
      });
    const plans = [plan('name:q1-vision'), plan('name:q3-staffing'), plan('stage:presentations')];
    const lot = after.lots[0] as Lot;
    expect(orphanedPlans(lot, plans).map((p) => p.criterionKey)).toEqual(['name:q3-staffing']);
    expect(orphanedPlans(before.lots[0] as Lot, plans)).toEqual([]);
  });
});
