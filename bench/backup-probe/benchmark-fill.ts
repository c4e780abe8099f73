/**
 * For the backup benchmark: a store of many opportunities "with their work", made the way the app
 * makes it. Notices go through `saveImport` (the import path); the user's records are built by the
 * same pure domain functions the repositories use (`generateChecklist`, `assessDecision`), checked
 * against the model's schemas, and written in one transaction, because 5,000 repository calls
 * would time the set-up, not the backup.
 */
import type { Opportunity } from '../../shared/notice/model';
import {
  assessDecision,
  criterionKeys,
  DEFAULT_CHECKLIST_TEMPLATE,
  DEFAULT_DECISION_SETTINGS,
  generateChecklist,
} from '../../shared/workspace';
import {
  ChecklistItem,
  CriterionPlan,
  EngagementPlan,
  GoNoGoDecision,
} from '../../shared/workspace/model';
import {
  eventRows,
  getBidSchedule,
  keyDateRows,
  lotRows,
  lotSubmissionDeadline,
  saveImport,
  type BidDeskDatabase,
  type EngagementEventRecord,
  type KeyDateRecord,
  type LotRecord,
} from '../../renderer/db';
import { groupBy } from '../../renderer/db/group-by';

/** How many of each user record the fill wrote. */
export interface FilledCounts {
  opportunities: number;
  decisions: number;
  checklistItems: number;
  engagementPlans: number;
  criterionPlans: number;
}

/**
 * Store `opportunities` (one `saveImport`, as one imported file), then give each the work a bid
 * team records: a go/no-go decision, its first lot's checklist (criteria, template, sign-off) and
 * response plans for up to three criteria, and a plan for its first engagement event.
 */
export async function fillWithWork(
  db: BidDeskDatabase,
  opportunities: Opportunity[],
  ctx: { now: Date; user: string },
): Promise<FilledCounts> {
  await saveImport(
    db,
    {
      fileName: 'benchmark-package.json',
      format: 'release-package',
      sourceText: null,
      size: 0,
      opportunities,
    },
    ctx,
  );
  const [rows, records, schedule] = await Promise.all([
    db.opportunities.toArray(),
    db.notices.toArray(),
    getBidSchedule(db),
  ]);
  const lots = records.flatMap(lotRows);
  const keyDates = records.flatMap(keyDateRows);
  const events = records.flatMap(eventRows);
  const lotsBy = groupBy(lots, (row: LotRecord) => row.opportunityId);
  const datesBy = groupBy(keyDates, (row: KeyDateRecord) => row.opportunityId);
  const eventsBy = groupBy(events, (row: EngagementEventRecord) => row.opportunityId);
  const at = ctx.now.toISOString();
  const authorship = { createdAt: at, updatedAt: at, updatedBy: ctx.user };
  const settings = DEFAULT_DECISION_SETTINGS;
  const newId = () => crypto.randomUUID();
  const decisions: GoNoGoDecision[] = [];
  const items: ChecklistItem[] = [];
  const plans: CriterionPlan[] = [];
  const engagement: EngagementPlan[] = [];

  rows.forEach((row, n) => {
    const gates = settings.gates.map((g) => ({ gateId: g.id, passed: true, note: '' }));
    const factors = settings.factors.map((f, i) => ({
      factorId: f.id,
      score: 1 + ((n + i) % 5),
      note: i === 0 ? 'Close to our mission; we ran a similar service.' : '',
    }));
    const assessed = assessDecision(gates, factors, settings);
    decisions.push(
      GoNoGoDecision.parse({
        id: newId(),
        opportunityId: row.id,
        lotId: null,
        gates,
        factors,
        settings,
        score: assessed.score,
        recommendation: assessed.recommendation,
        outcome: assessed.recommendation === 'no-bid' ? 'no-bid' : 'bid',
        decidedBy: 'Sam Okafor (CEO)',
        decidedOn: at.slice(0, 10),
        rationale: 'Discussed at the bid meeting; see the notes on each factor.',
        ...authorship,
      }),
    );
    const lot = (lotsBy.get(row.id) ?? []).sort((a, b) => a.position - b.position)[0];
    if (lot) {
      const checklist = generateChecklist(
        {
          opportunityId: row.id,
          lotId: lot.id,
          criteria: lot.criteria,
          weightingParts: lot.weightingParts,
          submissionDeadline: lotSubmissionDeadline(datesBy.get(row.id) ?? [], lot.lotKey),
          template: DEFAULT_CHECKLIST_TEMPLATE,
        },
        { ...ctx, newId, schedule },
      );
      items.push(...checklist.map((item) => ChecklistItem.parse(item)));
      for (const criterionKey of criterionKeys(lot.criteria).slice(0, 3)) {
        plans.push(
          CriterionPlan.parse({
            id: newId(),
            opportunityId: row.id,
            lotId: lot.id,
            criterionKey,
            weight: null,
            owner: 'Priya',
            wordLimit: 1000,
            pageLimit: null,
            evidence: 'Outcomes report 2025, two case studies',
            draftStatus: 'drafting',
            selfScore: 3,
            ...authorship,
          }),
        );
      }
    }
    const event = eventsBy.get(row.id)?.[0];
    if (event) {
      engagement.push(
        EngagementPlan.parse({
          id: newId(),
          opportunityId: row.id,
          eventId: event.id,
          manual: null,
          status: 'registered',
          attendees: ['Priya', 'Sam'],
          questions: 'Is TUPE expected to apply?',
          notes: '',
          ...authorship,
        }),
      );
    }
  });

  await db.transaction(
    'rw',
    [db.decisions, db.checklistItems, db.criterionPlans, db.engagementPlans],
    () =>
      Promise.all([
        db.decisions.bulkAdd(decisions),
        db.checklistItems.bulkAdd(items),
        db.criterionPlans.bulkAdd(plans),
        db.engagementPlans.bulkAdd(engagement),
      ]),
  );
  return {
    opportunities: rows.length,
    decisions: decisions.length,
    checklistItems: items.length,
    engagementPlans: engagement.length,
    criterionPlans: plans.length,
  };
}
