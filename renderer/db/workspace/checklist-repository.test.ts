import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { importNoticeFile } from '../../../shared/import/engine';
import type { KeyDate } from '../../../shared/notice/model';
import { DEFAULT_BID_SCHEDULE, type BankHolidayRegion } from '../../../shared/timeline';
import { seedBytes, SEEDS } from '../../../test/corpus';
import { openDatabase, type BidDeskDatabase } from '../database';
import { saveImport, type SaveImportInput } from '../import-repository';
import type { LotRecord } from '../records';
import {
  addChecklistItem,
  createChecklist,
  listChecklist,
  moveChecklistItem,
  removeChecklistItem,
  restoreChecklistItem,
  updateChecklistItem,
} from './checklist-repository';
import { lotSubmissionDeadline } from './deadline';
import { saveBidSchedule } from './schedule-repository';
import { saveChecklistTemplate } from './settings-repository';
import { WorkspaceInputError, WorkspaceNotFoundError } from './validate';
import { lotsOf } from '../notice-record';

const alice = { now: new Date('2026-04-10T09:00:00Z'), user: 'Alice' };
const bob = { now: new Date('2026-04-11T14:15:00Z'), user: 'Bob' };

function freshDatabase(): Promise<BidDeskDatabase> {
  return openDatabase({ name: 'checklist-test', indexedDB: new IDBFactory(), IDBKeyRange });
}

function seed(key: keyof typeof SEEDS): SaveImportInput {
  const bytes = seedBytes(SEEDS[key]);
  const result = importNoticeFile({ name: SEEDS[key], bytes });
  if (!result.ok) throw new Error(result.error.message);
  return {
    fileName: SEEDS[key],
    format: result.format,
    sourceText: null,
    size: bytes.length,
    opportunities: result.opportunities,
  };
}

/** Import a file; the opportunity's id and its lots in the notice's order. */
async function store(
  db: BidDeskDatabase,
  input: SaveImportInput,
): Promise<{ id: string; lots: LotRecord[] }> {
  const summary = await saveImport(db, input, alice);
  const id = summary.created[0]?.id as string;
  return { id, lots: (await lotsOf(db, [id])).sort((a, b) => a.position - b.position) };
}

const titles = (items: Array<{ title: string }>) => items.map((i) => i.title);

describe('createChecklist', () => {
  it("makes the stalking tender's checklist from its criteria, presentation stage and template, due back from 6 May", async () => {
    const db = await freshDatabase();
    const { id, lots } = await store(db, seed('staffordshireStalking'));
    const lotId = lots[0]?.id as string;
    const items = await createChecklist(db, id, lotId, alice);

    // 12 quality questions, the presentations stage, 16 standard items, sign-off and submission.
    expect(items).toHaveLength(31);
    expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i));
    expect(items[0]).toMatchObject({
      opportunityId: id,
      lotId,
      title: 'Quality answer: Q1 - Vision',
      category: 'quality',
      criterionKey: 'name:q1-vision',
      owner: '',
      // Deadline Wednesday 6 May 2026, 12:00: quality answers are due when the bid schedule's
      // internal review is done (7 working days before, 1 more of contingency).
      dueDate: '2026-04-23',
      offsetDays: 7,
      offsetUnit: 'working-days',
      dueDateManual: false,
      movedFrom: null,
      status: 'todo',
      createdAt: '2026-04-10T09:00:00.000Z',
      updatedAt: '2026-04-10T09:00:00.000Z',
      updatedBy: 'Alice',
    });
    expect(items[11]?.title).toBe('Quality answer: Q12 - Stakeholders / Partners');
    expect(items[12]).toMatchObject({
      title: 'Prepare for the presentations stage (15%)',
      category: 'presentation',
      dueDate: null,
    });
    // 8 working days before, 1 more of contingency; Monday 4 May, the early May bank holiday
    // (the default schedule skips England and Wales holidays), is not a working day.
    expect(items.find((i) => i.title === 'Two years of accounts')?.dueDate).toBe('2026-04-22');
    // Sign-off and submission are the bid schedule's milestones, on its days.
    expect(items.slice(-2).map((i) => [i.title, i.dueDate, i.milestone])).toEqual([
      ['Final sign-off by the named person', '2026-04-28', 'finalSignOff'],
      ['Submit on the portal and keep the receipt', '2026-04-30', 'submit'],
    ]);
    expect(await listChecklist(db, id)).toEqual(items);
  });

  it('refuses to make a second checklist for a lot: the existing one comes back unchanged', async () => {
    const db = await freshDatabase();
    const { id, lots } = await store(db, seed('staffordshireStalking'));
    const lotId = lots[0]?.id as string;
    const first = await createChecklist(db, id, lotId, alice);
    await updateChecklistItem(db, first[0]?.id as string, { status: 'drafting' }, bob);

    const again = await createChecklist(db, id, lotId, bob);
    expect(again.map((i) => i.id)).toEqual(first.map((i) => i.id));
    expect(again[0]?.status).toBe('drafting');
    expect(await db.checklistItems.count()).toBe(31);
  });

  it("skips the bank holidays of the saved bid schedule's region", async () => {
    // The stalking tender as if it closed on Tuesday 1 December 2026: the day before is Monday 30
    // November, St Andrew's Day (a bank holiday in Scotland only).
    const december = seed('staffordshireStalking');
    december.opportunities = december.opportunities.map((o) => ({
      ...o,
      keyDates: o.keyDates.map((d) =>
        d.kind === 'submissionDeadline' ? { ...d, at: '2026-12-01T12:00:00Z' } : d,
      ),
    }));
    const dueDates = async (region: BankHolidayRegion | null) => {
      const db = await freshDatabase();
      if (region) {
        await saveBidSchedule(db, { ...DEFAULT_BID_SCHEDULE, bankHolidays: region }, alice);
      }
      const { id, lots } = await store(db, december);
      const items = await createChecklist(db, id, lots[0]?.id as string, alice);
      return items.slice(-2).map((i) => i.dueDate); // sign-off (5 working days), submission (3)
    };
    expect(await dueDates(null)).toEqual(['2026-11-24', '2026-11-26']); // default: England and Wales
    // In Scotland the Monday does not count: both a working day earlier.
    expect(await dueDates('scotland')).toEqual(['2026-11-23', '2026-11-25']);
    expect(await dueDates('northern-ireland')).toEqual(['2026-11-24', '2026-11-26']);
    expect(await dueDates('none')).toEqual(['2026-11-24', '2026-11-26']);
  });

  it('skips only weekends when the saved schedule has no bank holidays; a later change of region moves nothing', async () => {
    const db = await freshDatabase();
    await saveBidSchedule(db, { ...DEFAULT_BID_SCHEDULE, bankHolidays: 'none' }, alice);
    const { id, lots } = await store(db, seed('staffordshireStalking'));
    const items = await createChecklist(db, id, lots[0]?.id as string, alice);
    const signOff = items.find((i) => i.title === 'Final sign-off by the named person');
    // 5 working days before Wednesday 6 May, counting Monday 4 May (a bank holiday, but not
    // skipped with 'none'): Wednesday 29 April, a day later than with England and Wales'.
    expect(signOff?.dueDate).toBe('2026-04-29');

    await saveBidSchedule(db, DEFAULT_BID_SCHEDULE, bob);
    expect(await listChecklist(db, id)).toEqual(items);
  });

  it("uses the organisation's saved template instead of the default one", async () => {
    const db = await freshDatabase();
    const { id, lots } = await store(db, seed('cleveland'));
    await saveChecklistTemplate(
      db,
      [{ id: 'board', title: 'Board approval to bid', offsetDays: 30 }],
      alice,
    );
    const items = await createChecklist(db, id, lots[0]?.id as string, alice);
    // Cleveland's notice has no criteria and no deadline yet: no due dates to set.
    expect(items.map((i) => [i.title, i.category, i.dueDate])).toEqual([
      ['Board approval to bid', 'standard', null],
      ['Final sign-off by the named person', 'standard', null],
      ['Submit on the portal and keep the receipt', 'standard', null],
    ]);
  });

  it("schedules a lot from its own deadline when the notice gives one, else the opportunity's", async () => {
    const db = await freshDatabase();
    const input = seed('westMidlands');
    const notice = input.opportunities[0];
    if (!notice) throw new Error('no notice');
    const lot2Deadline: KeyDate = {
      kind: 'submissionDeadline',
      at: '2026-06-19T12:00:00+01:00',
      allDay: false,
      lotId: '2',
      label: 'Tender submission deadline (lot 2)',
      derived: false,
      source: null,
    };
    const { id, lots } = await store(db, {
      ...input,
      opportunities: [{ ...notice, keyDates: [...notice.keyDates, lot2Deadline] }],
    });
    const submit = async (lot: LotRecord) =>
      (await createChecklist(db, id, lot.id, alice)).at(-1)?.dueDate;
    // The opportunity's deadline is Wednesday 1 July 2026, 23:59; lot 2's Friday 19 June. Submit
    // is 3 working days before (1 planned, 2 of contingency).
    expect(await submit(lots[0] as LotRecord)).toBe('2026-06-26');
    expect(await submit(lots[1] as LotRecord)).toBe('2026-06-16');
    expect(await submit(lots[2] as LotRecord)).toBe('2026-06-26');

    // Listed lot by lot in the notice's order, whatever order they were made in.
    const listed = await listChecklist(db, id);
    expect([...new Set(listed.map((i) => i.lotId))]).toEqual(lots.map((l) => l.id));
  });

  it('refuses a lot of another opportunity, and writes nothing', async () => {
    const db = await freshDatabase();
    const stalking = await store(db, seed('staffordshireStalking'));
    const cleveland = await store(db, seed('cleveland'));
    await expect(
      createChecklist(db, stalking.id, cleveland.lots[0]?.id as string, alice),
    ).rejects.toThrow('That lot is not part of this opportunity any more. Nothing was saved.');
    await expect(createChecklist(db, 'gone', 'gone', alice)).rejects.toBeInstanceOf(
      WorkspaceNotFoundError,
    );
    expect(await db.checklistItems.count()).toBe(0);
  });
});

describe('lotSubmissionDeadline', () => {
  const date = (
    lotId: string | null,
    at: string,
    kind: KeyDate['kind'] = 'submissionDeadline',
  ) => ({
    kind,
    at,
    lotId,
  });

  it("prefers the lot's own deadline, then the whole opportunity's, then none", () => {
    const dates = [
      date(null, '2026-05-06T12:00:00+01:00'),
      date('2', '2026-05-20T12:00:00+01:00'),
      date(null, '2026-04-28T12:00:00+01:00', 'clarificationDeadline'),
    ];
    expect(lotSubmissionDeadline(dates, '2')).toBe('2026-05-20T12:00:00+01:00');
    expect(lotSubmissionDeadline(dates, '1')).toBe('2026-05-06T12:00:00+01:00');
    expect(lotSubmissionDeadline(dates.slice(1), '1')).toBeNull();
  });

  it('takes the earliest instant when a notice gives two, whatever their offsets', () => {
    const dates = [date(null, '2026-11-02T11:30:00Z'), date(null, '2026-11-02T12:00:00+01:00')];
    expect(lotSubmissionDeadline(dates, null)).toBe('2026-11-02T12:00:00+01:00');
  });
});

describe('editing a checklist', () => {
  async function stalkingChecklist() {
    const db = await freshDatabase();
    const { id, lots } = await store(db, seed('staffordshireStalking'));
    const lotId = lots[0]?.id as string;
    const items = await createChecklist(db, id, lotId, alice);
    return { db, id, lotId, items };
  }

  it('records edits with their author; a due date set by hand stops following the deadline', async () => {
    const { db, items } = await stalkingChecklist();
    const q1 = items[0]?.id as string;
    const edited = await updateChecklistItem(
      db,
      q1,
      { owner: 'Priya', status: 'drafting', notes: 'Use the 2025 outcomes report' },
      bob,
    );
    expect(edited).toMatchObject({
      owner: 'Priya',
      status: 'drafting',
      notes: 'Use the 2025 outcomes report',
      dueDate: '2026-04-23',
      dueDateManual: false,
      createdAt: '2026-04-10T09:00:00.000Z',
      updatedAt: '2026-04-11T14:15:00.000Z',
      updatedBy: 'Bob',
    });
    const redated = await updateChecklistItem(db, q1, { dueDate: '2026-04-27' }, alice);
    expect(redated).toMatchObject({ dueDate: '2026-04-27', dueDateManual: true, owner: 'Priya' });
    expect(await db.checklistItems.get(q1)).toEqual(redated);
  });

  it('edits only the editable fields', async () => {
    const { db, items } = await stalkingChecklist();
    const patch = { title: 'Q1: our vision', category: 'price', position: 99 } as never;
    const edited = await updateChecklistItem(db, items[0]?.id as string, patch, bob);
    expect(edited).toMatchObject({ title: 'Q1: our vision', category: 'quality', position: 0 });
  });

  it('refuses an empty title with a readable message, and leaves the item as it was', async () => {
    const { db, items } = await stalkingChecklist();
    const id = items[0]?.id as string;
    const saving = updateChecklistItem(db, id, { title: '   ' }, bob);
    await expect(saving).rejects.toBeInstanceOf(WorkspaceInputError);
    await expect(saving).rejects.toThrow(
      'Could not save the checklist item: Say what needs doing (title).',
    );
    await expect(updateChecklistItem(db, id, { dueDate: '29/04/2026' }, bob)).rejects.toThrow(
      'Enter a date (dueDate)',
    );
    expect(await db.checklistItems.get(id)).toEqual(items[0]);
    await expect(updateChecklistItem(db, 'gone', { notes: 'x' }, bob)).rejects.toBeInstanceOf(
      WorkspaceNotFoundError,
    );
  });

  it('adds the user’s own item at the end, moves it, removes it and puts it back', async () => {
    const { db, id, lotId, items } = await stalkingChecklist();
    const added = await addChecklistItem(
      db,
      { opportunityId: id, lotId, title: '  Ask Cllr Shah for a letter of support ' },
      bob,
    );
    expect(added).toMatchObject({
      title: 'Ask Cllr Shah for a letter of support',
      category: 'custom',
      criterionKey: null,
      dueDate: null,
      offsetDays: null,
      position: 31,
      updatedBy: 'Bob',
    });

    await moveChecklistItem(db, added.id, 'up');
    let list = titles(await listChecklist(db, id));
    expect(list.slice(-3)).toEqual([
      'Final sign-off by the named person',
      'Ask Cllr Shah for a letter of support',
      'Submit on the portal and keep the receipt',
    ]);
    await moveChecklistItem(db, items[0]?.id as string, 'up'); // already first: nothing moves
    await moveChecklistItem(db, items[0]?.id as string, 'down');
    list = titles(await listChecklist(db, id));
    expect(list.slice(0, 2)).toEqual([
      'Quality answer: Q2 - Service Delivery Model',
      'Quality answer: Q1 - Vision',
    ]);

    const removed = await removeChecklistItem(db, added.id);
    expect(removed?.title).toBe('Ask Cllr Shah for a letter of support');
    expect(titles(await listChecklist(db, id))).not.toContain(removed?.title);
    expect(await removeChecklistItem(db, added.id)).toBeNull();
    await restoreChecklistItem(db, removed as NonNullable<typeof removed>);
    expect(titles(await listChecklist(db, id)).slice(-2)).toEqual([
      'Ask Cllr Shah for a letter of support',
      'Submit on the portal and keep the receipt',
    ]);
  });

  it('keeps moves exact after an Undo left two items on one position', async () => {
    const { db, id, lotId } = await stalkingChecklist();
    const extra = await addChecklistItem(db, { opportunityId: id, lotId, title: 'Extra' }, bob);
    const removed = await removeChecklistItem(db, extra.id);
    const again = await addChecklistItem(db, { opportunityId: id, lotId, title: 'Again' }, bob);
    await restoreChecklistItem(db, removed as NonNullable<typeof removed>);
    expect(again.position).toBe(extra.position);

    // One move up puts "Again" exactly one place earlier, and the lot is numbered 0..n-1 again.
    const before = titles(await listChecklist(db, id));
    await moveChecklistItem(db, again.id, 'up');
    const after = await listChecklist(db, id);
    const from = before.indexOf('Again');
    expect(titles(after)[from - 1]).toBe('Again');
    expect(after.map((i) => i.position)).toEqual(after.map((_, i) => i));
  });

  it('refuses an added item without a title or for a lot of another opportunity', async () => {
    const { db, id, lotId } = await stalkingChecklist();
    await expect(
      addChecklistItem(db, { opportunityId: id, lotId, title: '' }, bob),
    ).rejects.toThrow('Say what needs doing (title)');
    await expect(
      addChecklistItem(db, { opportunityId: 'another', lotId, title: 'Extra' }, bob),
    ).rejects.toBeInstanceOf(WorkspaceNotFoundError);
    expect(await db.checklistItems.count()).toBe(31);
  });
});
