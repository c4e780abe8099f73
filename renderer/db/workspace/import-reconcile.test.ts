/**
 * What a re-import does to the user's workspace: a moved submission deadline moves the checklist
 * due dates that follow it; decisions, engagement plans and response plans are never touched.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { importNoticeFile } from '../../../shared/import/engine';
import type { Opportunity } from '../../../shared/notice/model';
import { DEFAULT_BID_SCHEDULE } from '../../../shared/timeline';
import { workingDaysBetween } from '../../../shared/calendar';
import { criterionKeys, DEFAULT_DECISION_SETTINGS, dueDateFor } from '../../../shared/workspace';
import { corpusBytes, corpusDir, seedBytes, SEEDS } from '../../../test/corpus';
import { openDatabase, type BidDeskDatabase } from '../database';
import { saveImport, type SaveImportInput } from '../import-repository';
import {
  acknowledgeMoves,
  createChecklist,
  listChecklist,
  updateChecklistItem,
} from './checklist-repository';
import { recordDecision } from './decision-repository';
import { saveEngagementPlan } from './engagement-repository';
import { saveCriterionPlan } from './plan-repository';
import { saveBidSchedule } from './schedule-repository';
import { rescheduleChecklistsForImport } from './checklist-reschedule';
import { eventsOf, getEvent, lotsOf } from '../notice-record';

const alice = { now: new Date('2026-04-09T09:00:00Z'), user: 'Alice' };
const bob = { now: new Date('2026-04-10T11:00:00Z'), user: 'Bob' };
const importer = { now: new Date('2026-04-15T10:00:00Z'), user: 'Chris' };

const STALKING = new TextDecoder().decode(seedBytes(SEEDS.staffordshireStalking));
const CLEVELAND = new TextDecoder().decode(seedBytes(SEEDS.cleveland));

/** Read notice text with the real engine, as the app does before saving. */
function read(fileName: string, text: string): SaveImportInput {
  const bytes = new TextEncoder().encode(text);
  const result = importNoticeFile({ name: fileName, bytes });
  if (!result.ok) throw new Error(result.error.message);
  const { format, opportunities } = result;
  return { fileName, format, sourceText: text, size: bytes.length, opportunities };
}

/** The notice as released at another time (the engine keeps the newest release). */
function released(text: string, at: string): string {
  return replaceOnce(text, '"date": "2026-04-08T15:03:16+01:00"', `"date": "${at}"`);
}

/** The buyer's amendment: the tender closes a week later, on 13 May. */
function deadlineMoved(text: string): string {
  return replaceOnce(
    text,
    '"endDate": "2026-05-06T12:00:00+01:00"',
    '"endDate": "2026-05-13T12:00:00+01:00"',
  );
}

/** And the engagement deadline moved from 6 to 13 March (date and wording both amended). */
function engagementMoved(text: string): string {
  return replaceOnce(
    text,
    '"dueDate": "2026-03-06T23:59:59+00:00"',
    '"dueDate": "2026-03-13T23:59:59+00:00"',
  ).replaceAll('6th March 2026', '13th March 2026');
}

const AMENDED = released(deadlineMoved(STALKING), '2026-04-15T09:30:00+01:00');
const BOTH_MOVED = released(engagementMoved(deadlineMoved(STALKING)), '2026-04-15T09:30:00+01:00');

function replaceOnce(text: string, from: string, to: string): string {
  if (text.split(from).length !== 2) throw new Error(`expected one "${from}" in the seed`);
  return text.replace(from, to);
}

/** The stalking tender with a checklist, a decision, a response plan and an engagement plan. */
async function workedOn() {
  const db = await openDatabase({
    name: 'reconcile-test',
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
  const summary = await saveImport(db, read(SEEDS.staffordshireStalking, STALKING), alice);
  const id = summary.created[0]?.id as string;
  const lot = (await lotsOf(db, [id]))[0];
  if (!lot) throw new Error('the seed has a lot');
  const [event] = await eventsOf(db, [id]);
  if (!event) throw new Error('the seed has an engagement event');

  const items = await createChecklist(db, id, lot.id, alice);
  const settings = DEFAULT_DECISION_SETTINGS;
  await recordDecision(
    db,
    {
      opportunityId: id,
      lotId: lot.id,
      gates: settings.gates.map((g) => ({ gateId: g.id, passed: true, note: '' })),
      factors: settings.factors.map((f) => ({ factorId: f.id, score: 4, note: '' })),
      settings,
      outcome: 'bid',
      decidedBy: 'Sam Okafor',
      decidedOn: '2026-04-09',
      rationale: 'We run the hate crime service next door.',
    },
    alice,
  );
  const [q1Key] = criterionKeys(lot.criteria);
  await saveCriterionPlan(
    db,
    {
      opportunityId: id,
      lotId: lot.id,
      criterionKey: q1Key as string,
      owner: 'Priya',
      wordLimit: 750,
    },
    alice,
  );
  const plan = await saveEngagementPlan(
    db,
    {
      opportunityId: id,
      eventId: event.id,
      manual: null,
      status: 'attended',
      attendees: ['Priya'],
      questions: 'Is TUPE likely?',
      notes: 'Sent written response on 5 March.',
    },
    alice,
  );
  return { db, id, lot, event, items, plan };
}

async function userRows(db: BidDeskDatabase) {
  return {
    decisions: await db.decisions.toArray(),
    criterionPlans: await db.criterionPlans.toArray(),
    engagementPlans: await db.engagementPlans.toArray(),
  };
}

describe('re-importing a notice whose submission deadline moved', () => {
  it('moves default due dates with the deadline, flags them, and leaves a date set by hand alone', async () => {
    const { db, id, items } = await workedOn();
    const q1 = items[0]?.id as string;
    const accounts = items.find((i) => i.title === 'Two years of accounts')?.id as string;
    await updateChecklistItem(db, accounts, { dueDate: '2026-04-20' }, bob);
    const before = await listChecklist(db, id);

    const summary = await saveImport(db, read('amended.txt', AMENDED), importer);
    expect(summary.updated[0]?.changes).toContainEqual(
      expect.objectContaining({ field: 'keyDates.submissionDeadline' }),
    );

    const after = await listChecklist(db, id);
    expect(after.map((i) => i.id)).toEqual(before.map((i) => i.id));
    const byId = new Map(after.map((i) => [i.id, i]));
    expect(byId.get(q1)).toMatchObject({
      title: 'Quality answer: Q1 - Vision',
      dueDate: '2026-04-30',
      movedFrom: '2026-04-23',
      updatedAt: '2026-04-15T10:00:00.000Z',
      updatedBy: 'Chris',
    });
    expect(byId.get(accounts)).toEqual(before.find((i) => i.id === accounts));
    expect(byId.get(accounts)).toMatchObject({ dueDate: '2026-04-20', movedFrom: null });

    // Every other dated item moved with the deadline, five working days later (the early May
    // bank holiday, Monday 4 May, does not count), and remembers where it was.
    for (const old of before) {
      const now = byId.get(old.id);
      if (old.id === accounts || old.dueDate === null) {
        expect(now).toEqual(old);
        continue;
      }
      expect(now?.movedFrom, old.title).toBe(old.dueDate);
      const days = workingDaysBetween(
        old.dueDate,
        now?.dueDate ?? old.dueDate,
        'england-and-wales',
      );
      expect(days, old.title).toBe(5);
    }
    expect(after.at(-1)).toMatchObject({
      title: 'Submit on the portal and keep the receipt',
      dueDate: '2026-05-08',
      movedFrom: '2026-04-30',
    });

    // Seen: the flags go, the dates stay.
    await acknowledgeMoves(
      db,
      after.map((i) => i.id),
      bob,
    );
    const seen = await listChecklist(db, id);
    expect(seen.filter((i) => i.movedFrom !== null)).toEqual([]);
    expect(seen.find((i) => i.id === q1)).toMatchObject({
      dueDate: '2026-04-30',
      updatedBy: 'Bob',
    });
    expect(seen.find((i) => i.id === accounts)).toEqual(byId.get(accounts));
  });

  it('moves due dates off the bank holidays of the bid schedule saved when it re-imports', async () => {
    const { db, id } = await workedOn(); // checklist made with the default, England and Wales
    await saveBidSchedule(db, { ...DEFAULT_BID_SCHEDULE, bankHolidays: 'scotland' }, bob);
    // The tender now closes Tuesday 1 December 2026: the day before is St Andrew's Day, a bank
    // holiday in Scotland only.
    const december = released(
      replaceOnce(
        STALKING,
        '"endDate": "2026-05-06T12:00:00+01:00"',
        '"endDate": "2026-12-01T12:00:00+00:00"',
      ),
      '2026-04-15T09:30:00+01:00',
    );
    await saveImport(db, read('amended.txt', december), importer);
    expect((await listChecklist(db, id)).at(-1)).toMatchObject({
      title: 'Submit on the portal and keep the receipt',
      // 3 working days before (1 planned, 2 of contingency), St Andrew's Day not counted
      dueDate: '2026-11-25',
      movedFrom: '2026-04-30',
    });
  });

  it('without the notice the checklist was planned against, moves only items the new deadline does not explain', async () => {
    // Bid Desk once kept no notice as imported: the old deadline is unknown (\`previous\` null).
    // Since version 5 the notice's record holds the lots too, so such a store cannot arise from
    // an import; the rule is checked where it is applied.
    const { db, id } = await workedOn(); // planned with England and Wales' bank holidays
    const before = await listChecklist(db, id);
    // The calendar changed since: with none, 4 May is a working day, so submitting, 3 working
    // days before the 6 May deadline, would now fall on Friday 1 May, not Thursday 30 April.
    // That alone never moves a due date, and the deadline did not move.
    await saveBidSchedule(db, { ...DEFAULT_BID_SCHEDULE, bankHolidays: 'none' }, bob);
    expect(before.at(-1)?.dueDate).toBe('2026-04-30');
    const unknownBefore = (text: string) => {
      const notice = read('file.txt', text).opportunities[0] as Opportunity;
      const change = { opportunityId: id, previous: null, current: notice.keyDates };
      return db.transaction('r', [db.checklistItems, db.notices, db.meta], () =>
        rescheduleChecklistsForImport(db, [change], importer),
      );
    };
    const eventOnly = released(engagementMoved(STALKING), '2026-04-12T09:00:00+01:00');
    expect(await unknownBefore(eventOnly)).toEqual([]);

    // The deadline moved a week: every default date moves, on the calendar in force now.
    const after = await unknownBefore(BOTH_MOVED);
    for (const old of before) {
      const now = after.find((i) => i.id === old.id);
      if (old.dueDate === null) expect(now).toBeUndefined();
      else expect(now?.movedFrom).toBe(old.dueDate);
    }
    // Q1, 8 working days before 13 May counting 4 May: Friday 1 May (30 April without it)
    expect(after.find((i) => i.title === 'Quality answer: Q1 - Vision')?.dueDate).toBe(
      '2026-05-01',
    );
  });

  it('never touches decisions, response plans or engagement plans', async () => {
    const { db } = await workedOn();
    const before = await userRows(db);
    await saveImport(db, read('amended.txt', BOTH_MOVED), importer);
    expect(await userRows(db)).toEqual(before);
    expect(before.decisions).toHaveLength(1);
    expect(before.criterionPlans).toHaveLength(1);
    expect(before.engagementPlans).toHaveLength(1);
  });

  it('keeps an engagement plan attached to its event when the buyer moves the event', async () => {
    const { db, event, plan } = await workedOn();
    expect(event).toMatchObject({
      title: 'Market engagement: written responses due',
      start: '2026-03-06T00:00:00+00:00',
    });
    await saveImport(db, read('amended.txt', BOTH_MOVED), importer);
    expect(await db.engagementPlans.get(plan.id)).toEqual(plan);
    expect(await getEvent(db, plan.eventId as string)).toMatchObject({
      title: 'Market engagement: written responses due',
      start: '2026-03-13T00:00:00+00:00',
      previousStart: '2026-03-06T00:00:00+00:00',
      removedFromNotice: false,
    });
  });

  it('moves nothing when the deadline stayed, or when the same file comes again', async () => {
    const { db, id } = await workedOn();
    const before = await listChecklist(db, id);
    // The engagement date moved but the deadline did not.
    const eventOnly = released(engagementMoved(STALKING), '2026-04-12T09:00:00+01:00');
    expect((await saveImport(db, read('event.txt', eventOnly), importer)).updated).toHaveLength(1);
    expect(await listChecklist(db, id)).toEqual(before);

    const amended = read('amended.txt', BOTH_MOVED);
    await saveImport(db, amended, importer);
    const moved = await listChecklist(db, id);
    expect(moved.filter((i) => i.movedFrom !== null).length).toBeGreaterThan(20);
    expect((await saveImport(db, amended, bob)).unchanged).toHaveLength(1);
    expect(await listChecklist(db, id)).toEqual(moved);
  });

  it('does not move the checklist when the import fails part-way', async () => {
    const { db, id } = await workedOn();
    const before = { checklist: await listChecklist(db, id), rows: await userRows(db) };
    // The amended notice and a new one whose last document cannot be stored (a function is not
    // cloneable): that write fails after the checklist's, and the transaction takes both back.
    const amended = read('amended.txt', AMENDED);
    const broken = structuredClone(
      read(SEEDS.cleveland, CLEVELAND).opportunities[0] as Opportunity,
    );
    const lastDocument = broken.documents.at(-1);
    if (!lastDocument) throw new Error('seed 001 has documents');
    lastDocument.url = (() => 'not cloneable') as unknown as string;

    await expect(
      saveImport(db, { ...amended, opportunities: [...amended.opportunities, broken] }, importer),
    ).rejects.toMatchObject({ name: 'DataCloneError' });
    expect({ checklist: await listChecklist(db, id), rows: await userRows(db) }).toEqual(before);
    // The same amendment alone then goes through.
    await saveImport(db, amended, importer);
    expect((await listChecklist(db, id))[0]?.movedFrom).toBe('2026-04-23');
  });
});

const MIDNIGHT = 'more-notices/derived-fts-pcr-midnight-deadline-06872e.json';

describe.runIf(corpusDir !== null)(
  're-importing a notice stored before midnight deadlines were moments',
  () => {
    it('moves the checklist planned from 27 June back to the end of 26 June, and nothing else', async () => {
      // Carbine Magnifiers (049950-2026) closes at 00:00 on Saturday 27 June 2026.
      const text = new TextDecoder().decode(corpusBytes(MIDNIGHT));
      const db = await openDatabase({
        name: 'midnight-test',
        indexedDB: new IDBFactory(),
        IDBKeyRange,
      });
      const id = (await saveImport(db, read('carbine.json', text), alice)).created[0]?.id as string;
      const lot = (await lotsOf(db, [id]))[0];
      if (!lot) throw new Error('the notice has a lot');
      const items = await createChecklist(db, id, lot.id, alice);
      const deadline = '2026-06-27T00:00:00+01:00';

      // As an older Bid Desk stored it: the deadline as the day of 27 June, the opening as the
      // award decision, and due dates counted back from 27 June.
      const oldDue = (offset: number): string =>
        dueDateFor('2026-06-27', offset, DEFAULT_BID_SCHEDULE);
      const stored = await db.notices.get(id);
      if (!stored) throw new Error('the notice is kept');
      const oldDates = stored.notice.keyDates.map((d) =>
        d.kind === 'submissionDeadline'
          ? { ...d, allDay: true }
          : d.kind === 'tendersOpened'
            ? {
                ...d,
                kind: 'awardDecision' as const,
                label: 'Award decision expected',
                allDay: true,
              }
            : d,
      );
      await db.notices.put({ ...stored, notice: { ...stored.notice, keyDates: oldDates } });
      const planned = items.map((i) =>
        i.offsetDays === null ? i : { ...i, dueDate: oldDue(i.offsetDays) },
      );
      await db.checklistItems.bulkPut(planned);

      // The user imports the same file again with this version.
      const again = await saveImport(db, read('carbine.json', text), importer);
      // Its change log says what Bid Desk now reads: a moment, the end of Friday 26 June.
      expect(again.updated[0]?.changes).toContainEqual(
        expect.objectContaining({
          field: 'keyDates.submissionDeadline',
          from: '27 Jun 2026',
          to: '27 Jun 2026, 00:00 (midnight at the start of Saturday 27 June: submit by the end of Friday 26 June)',
        }),
      );
      const after = new Map((await listChecklist(db, id)).map((i) => [i.id, i]));
      let moved = 0;
      for (const before of planned) {
        const now = after.get(before.id);
        if (before.offsetDays === null) {
          expect(now).toEqual(before);
          continue;
        }
        const due = dueDateFor(deadline, before.offsetDays, DEFAULT_BID_SCHEDULE);
        expect(now?.dueDate, before.title).toBe(due);
        if (due !== before.dueDate) {
          moved++;
          expect(now?.movedFrom, before.title).toBe(before.dueDate);
        } else expect(now, before.title).toEqual(before);
      }
      expect(moved).toBeGreaterThan(0);
      const keyDates = (await db.notices.get(id))?.notice.keyDates ?? [];
      expect(keyDates.find((d) => d.kind === 'submissionDeadline')?.allDay).toBe(false);
      expect(keyDates.map((d) => d.kind)).not.toContain('awardDecision');
    });
  },
);
