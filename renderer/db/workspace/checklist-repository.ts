/**
 * Submission checklists, one per lot: generated from the lot's award criteria, presentation stages
 * and the organisation's template, then the user's own list to edit, reorder and tick off.
 */
import { Dexie } from 'dexie';
import { DEFAULT_GRANT_CHECKLIST_TEMPLATE, generateChecklist } from '../../../shared/workspace';
import { ChecklistItem } from '../../../shared/workspace/model';
import type { BidDeskDatabase } from '../database';
import type { LotRecord } from '../records';
import type { WriteContext } from '../write-context';
import { lotSubmissionDeadline } from './deadline';
import { assertBelongs } from './ownership';
import { getBidSchedule } from './schedule-repository';
import { getChecklistTemplate } from './settings-repository';
import { listCriterionPlans, saveCriterionPlan } from './plan-repository';
import { validate, WorkspaceNotFoundError } from './validate';
import { lotsOf } from '../notice-record';

/** The fields of an item the user edits directly. */
export type ChecklistItemPatch = Partial<
  Pick<ChecklistItem, 'title' | 'owner' | 'dueDate' | 'status' | 'notes'>
>;

const PATCH_FIELDS = ['title', 'owner', 'dueDate', 'status', 'notes'] as const;
const ITEMS = 'checklist item';

/**
 * Make a lot's checklist (`lotId` is the lot's record id): one item per award criterion, one per
 * presentation stage, the template's items, sign-off and submission, due back from the lot's
 * submission deadline (the notice's date for that lot, else the opportunity's) in working days,
 * by the bid schedule's own rule, so sign-off and submission fall on the timeline's days. A lot that already has a checklist
 * keeps it: its items are returned and nothing is written.
 */
export async function createChecklist(
  db: BidDeskDatabase,
  opportunityId: string,
  lotId: string,
  ctx: WriteContext,
): Promise<ChecklistItem[]> {
  const tables = [
    db.opportunities,
    db.notices,
    db.meta,
    db.checklistItems,
    db.criterionPlans,
    db.entries,
  ];
  return db.transaction('rw', tables, async () => {
    const lot = (await assertBelongs(db, opportunityId, lotId)) as LotRecord;
    const existing = await lotItems(db, lotId);
    if (existing.length) return existing;
    const [keyDates, template, schedule, plans] = await Promise.all([
      db.notices.get(opportunityId).then((record) => record?.notice.keyDates ?? []),
      templateFor(db, opportunityId),
      getBidSchedule(db),
      listCriterionPlans(db, opportunityId),
    ]);
    // An answer's owner is one person: whoever the response plan already names writes it.
    const owners = new Map(
      plans.filter((p) => p.lotId === lotId && p.owner).map((p) => [p.criterionKey, p.owner]),
    );
    const generated = generateChecklist(
      {
        opportunityId,
        lotId,
        criteria: lot.criteria,
        weightingParts: lot.weightingParts,
        submissionDeadline: lotSubmissionDeadline(keyDates, lot.lotKey),
        template,
      },
      {
        now: ctx.now,
        user: ctx.user,
        newId: () => crypto.randomUUID(),
        // The bid schedule as it is now, so the checklist and the timeline plan alike: due dates
        // already made do not move when the schedule is changed later.
        schedule,
      },
    );
    const items = generated.map((item) =>
      validate(
        ChecklistItem,
        { ...item, owner: (item.criterionKey && owners.get(item.criterionKey)) || item.owner },
        ITEMS,
      ),
    );
    await db.checklistItems.bulkAdd(items);
    return items;
  });
}

/** Every checklist item of an opportunity: lot by lot in the notice's order, each in its order. */
export async function listChecklist(
  db: BidDeskDatabase,
  opportunityId: string,
): Promise<ChecklistItem[]> {
  return db.transaction('r', [db.notices, db.checklistItems], async () => {
    const [items, lots] = await Promise.all([
      db.checklistItems.where('opportunityId').equals(opportunityId).toArray(),
      lotsOf(db, [opportunityId]),
    ]);
    const lotOrder = new Map(
      lots
        .sort(
          (a, b) =>
            Number(a.removedFromNotice) - Number(b.removedFromNotice) || a.position - b.position,
        )
        .map((lot, i) => [lot.id, i]),
    );
    const rank = (item: ChecklistItem) => lotOrder.get(item.lotId) ?? lotOrder.size;
    return items.sort(
      (a, b) => rank(a) - rank(b) || a.lotId.localeCompare(b.lotId) || inOrder(a, b),
    );
  });
}

/**
 * Edit an item. Setting its due date marks it set by hand (a moved deadline no longer moves it)
 * and clears the "moved" flag; other edits leave the flag for the user to see. The owner of an
 * item made from an award criterion is that answer's owner in the response plan too.
 */
export async function updateChecklistItem(
  db: BidDeskDatabase,
  id: string,
  patch: ChecklistItemPatch,
  ctx: WriteContext,
): Promise<ChecklistItem> {
  const tables = [db.opportunities, db.notices, db.meta, db.checklistItems, db.criterionPlans];
  return db.transaction('rw', tables, async () => {
    const item = await db.checklistItems.get(id);
    if (!item)
      throw new WorkspaceNotFoundError('That checklist item was removed. Nothing was saved.');
    const next: ChecklistItem = {
      ...item,
      updatedAt: ctx.now.toISOString(),
      updatedBy: ctx.user,
    };
    // Only the editable fields, whatever else the caller's object carries.
    for (const field of PATCH_FIELDS) {
      if (patch[field] !== undefined) Object.assign(next, { [field]: patch[field] });
    }
    if (patch.dueDate !== undefined) {
      next.dueDateManual = true;
      next.movedFrom = null;
    }
    const saved = validate(ChecklistItem, next, ITEMS);
    await db.checklistItems.put(saved);
    if (patch.owner !== undefined && saved.criterionKey !== null) {
      const { opportunityId, lotId, criterionKey, owner } = saved;
      await saveCriterionPlan(db, { opportunityId, lotId, criterionKey, owner }, ctx);
    }
    return saved;
  });
}

/** The user has seen that these items' due dates moved with the deadline: clear the flags. */
export async function acknowledgeMoves(
  db: BidDeskDatabase,
  ids: string[],
  ctx: WriteContext,
): Promise<void> {
  await db.transaction('rw', db.checklistItems, async () => {
    const items = await db.checklistItems.bulkGet(ids);
    const at = ctx.now.toISOString();
    const seen = items.flatMap((item) =>
      item && item.movedFrom !== null
        ? [{ ...item, movedFrom: null, updatedAt: at, updatedBy: ctx.user }]
        : [],
    );
    if (seen.length) await db.checklistItems.bulkPut(seen);
  });
}

/** Add the user's own item at the end of a lot's checklist (category `custom`, no due date). */
export async function addChecklistItem(
  db: BidDeskDatabase,
  input: { opportunityId: string; lotId: string; title: string },
  ctx: WriteContext,
): Promise<ChecklistItem> {
  return db.transaction('rw', [db.opportunities, db.notices, db.checklistItems], async () => {
    const at = ctx.now.toISOString();
    const item = validate(
      ChecklistItem,
      {
        id: crypto.randomUUID(),
        opportunityId: input.opportunityId,
        lotId: input.lotId,
        title: input.title,
        category: 'custom',
        criterionKey: null,
        owner: '',
        dueDate: null,
        offsetDays: null,
        dueDateManual: false,
        movedFrom: null,
        status: 'todo',
        notes: '',
        position: 0,
        createdAt: at,
        updatedAt: at,
        updatedBy: ctx.user,
      } satisfies ChecklistItem,
      ITEMS,
    );
    await assertBelongs(db, input.opportunityId, input.lotId);
    const last = await db.checklistItems
      .where('[lotId+position]')
      .between([input.lotId, Dexie.minKey], [input.lotId, Dexie.maxKey])
      .last();
    item.position = last ? last.position + 1 : 0;
    await db.checklistItems.add(item);
    return item;
  });
}

/** Remove an item; returns it (for Undo with `restoreChecklistItem`), or null if it was gone. */
export async function removeChecklistItem(
  db: BidDeskDatabase,
  id: string,
): Promise<ChecklistItem | null> {
  return db.transaction('rw', db.checklistItems, async () => {
    const item = await db.checklistItems.get(id);
    if (!item) return null;
    await db.checklistItems.delete(id);
    return item;
  });
}

/** Put back an item `removeChecklistItem` returned, as it was (same id and position). */
export async function restoreChecklistItem(
  db: BidDeskDatabase,
  item: ChecklistItem,
): Promise<void> {
  await db.checklistItems.put(validate(ChecklistItem, item, ITEMS));
}

/**
 * Move an item one place up or down its lot's checklist (nothing happens at either end). The lot
 * is renumbered 0, 1, 2… in the new order, so gaps left by removals and duplicate positions left
 * by an Undo cannot make a move skip or stick. Reordering is not an edit of the items' content, so
 * their authorship stays.
 */
export async function moveChecklistItem(
  db: BidDeskDatabase,
  id: string,
  direction: 'up' | 'down',
): Promise<void> {
  await db.transaction('rw', db.checklistItems, async () => {
    const item = await db.checklistItems.get(id);
    if (!item) throw new WorkspaceNotFoundError('That checklist item was removed.');
    const items = await lotItems(db, item.lotId);
    const from = items.findIndex((i) => i.id === id);
    const to = direction === 'up' ? from - 1 : from + 1;
    const moving = items[from];
    const other = items[to];
    if (!moving || !other) return;
    items[to] = moving;
    items[from] = other;
    const changed = items.flatMap((row, position) =>
      row.position === position ? [] : [{ ...row, position }],
    );
    await db.checklistItems.bulkPut(changed);
  });
}

/** A lot's items in checklist order, from the `[lotId+position]` index. */
async function lotItems(db: BidDeskDatabase, lotId: string): Promise<ChecklistItem[]> {
  const items = await db.checklistItems
    .where('[lotId+position]')
    .between([lotId, Dexie.minKey], [lotId, Dexie.maxKey])
    .toArray();
  return items.sort(inOrder);
}

/** By position; ties (an Undo can make one) by when the item was made, then id. */
function inOrder(a: ChecklistItem, b: ChecklistItem): number {
  return (
    a.position - b.position ||
    Date.parse(a.createdAt) - Date.parse(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * The standard items a new checklist starts from: a grant entered by hand gets the grant
 * template; every other opportunity the organisation's (tender) template.
 */
async function templateFor(db: BidDeskDatabase, opportunityId: string) {
  const entry = await db.entries.where('opportunityId').equals(opportunityId).first();
  return entry?.kind === 'grant' ? DEFAULT_GRANT_CHECKLIST_TEMPLATE : getChecklistTemplate(db);
}
