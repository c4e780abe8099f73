import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { importNoticeFile } from '../../../shared/import/engine';
import type { ManualEvent } from '../../../shared/workspace/model';
import { seedBytes, SEEDS } from '../../../test/corpus';
import { openDatabase } from '../database';
import { saveImport } from '../import-repository';
import type { EngagementEventRecord } from '../records';
import {
  deleteEngagementPlan,
  listEngagementPlans,
  restoreEngagementPlan,
  saveEngagementPlan,
  type EngagementPlanInput,
} from './engagement-repository';
import { WorkspaceInputError, WorkspaceNotFoundError } from './validate';
import { eventsOf } from '../notice-record';

const alice = { now: new Date('2026-05-01T09:00:00Z'), user: 'Alice' };
const bob = { now: new Date('2026-05-15T17:30:00Z'), user: 'Bob' };

/** West Midlands and Cleveland as the engine reads them; each has one market engagement event. */
async function database() {
  const db = await openDatabase({
    name: 'engagement-test',
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
  const found: Array<{ id: string; event: EngagementEventRecord }> = [];
  for (const key of ['westMidlands', 'cleveland'] as const) {
    const result = importNoticeFile({ name: SEEDS[key], bytes: seedBytes(SEEDS[key]) });
    if (!result.ok) throw new Error(result.error.message);
    const { format, opportunities } = result;
    const input = { fileName: SEEDS[key], format, sourceText: null, size: 0, opportunities };
    const id = (await saveImport(db, input, alice)).created[0]?.id as string;
    const event = (await eventsOf(db, [id]))[0];
    if (!event) throw new Error(`${key} has an engagement event`);
    found.push({ id, event });
  }
  const [westMidlands, cleveland] = found as [(typeof found)[0], (typeof found)[0]];
  return { db, westMidlands, cleveland };
}

const briefing: ManualEvent = {
  kind: 'briefing',
  title: 'Call with the commissioning manager',
  start: '2026-05-20T10:00:00+01:00',
  end: '2026-05-20T10:30:00+01:00',
  allDay: false,
  place: null,
  onlineUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
  signUpDeadline: null,
};

function forEvent(opportunityId: string, eventId: string): EngagementPlanInput {
  return {
    opportunityId,
    eventId,
    manual: null,
    status: 'registered',
    attendees: ['Priya Shah'],
    questions: 'Will TUPE apply to the current caseworkers?',
    notes: '',
  };
}

describe('engagement plans', () => {
  it('keeps one plan per notice event: saving again for the event updates it', async () => {
    const { db, westMidlands } = await database();
    const { id, event } = westMidlands;
    expect(event.title).toBe('Market engagement');
    const created = await saveEngagementPlan(db, forEvent(id, event.id), alice);
    expect(created).toMatchObject({
      opportunityId: id,
      eventId: event.id,
      manual: null,
      status: 'registered',
      attendees: ['Priya Shah'],
      createdAt: '2026-05-01T09:00:00.000Z',
      updatedBy: 'Alice',
    });

    const attended = await saveEngagementPlan(
      db,
      {
        ...forEvent(id, event.id),
        status: 'attended',
        attendees: ['Priya Shah', 'Tom Reid'],
        notes: 'Budget is fixed; they want a hub in Wolverhampton.',
      },
      bob,
    );
    expect(attended).toMatchObject({
      id: created.id,
      status: 'attended',
      attendees: ['Priya Shah', 'Tom Reid'],
      createdAt: '2026-05-01T09:00:00.000Z',
      updatedAt: '2026-05-15T17:30:00.000Z',
      updatedBy: 'Bob',
    });
    expect(await listEngagementPlans(db, id)).toEqual([attended]);
  });

  it("adds events the user enters by hand beside the notice's, listed oldest first", async () => {
    const { db, westMidlands, cleveland } = await database();
    const { id, event } = westMidlands;
    const noticePlan = await saveEngagementPlan(db, forEvent(id, event.id), alice);
    const manualPlan = await saveEngagementPlan(
      db,
      { ...forEvent(id, event.id), eventId: null, manual: briefing, status: 'considering' },
      bob,
    );
    await saveEngagementPlan(db, forEvent(cleveland.id, cleveland.event.id), bob);
    expect(await listEngagementPlans(db, id)).toEqual([noticePlan, manualPlan]);

    const edited = await saveEngagementPlan(
      db,
      {
        ...forEvent(id, event.id),
        eventId: null,
        manual: { ...briefing, place: 'Lloyd House' },
        id: manualPlan.id,
      },
      bob,
    );
    expect(edited).toMatchObject({ id: manualPlan.id, manual: { place: 'Lloyd House' } });
    expect(await listEngagementPlans(db, id)).toHaveLength(2);
  });

  it('refuses a plan for no event or two, for another opportunity’s event, or for a deleted plan', async () => {
    const { db, westMidlands, cleveland } = await database();
    const { id, event } = westMidlands;
    await expect(
      saveEngagementPlan(db, { ...forEvent(id, event.id), eventId: null }, alice),
    ).rejects.toBeInstanceOf(WorkspaceInputError);
    await expect(
      saveEngagementPlan(db, { ...forEvent(id, event.id), manual: briefing }, alice),
    ).rejects.toThrow(
      'Could not save the engagement plan: A plan is for one event: an event from the notice or one you add, not both (eventId).',
    );
    await expect(saveEngagementPlan(db, forEvent(id, cleveland.event.id), alice)).rejects.toThrow(
      'That engagement event is not part of this opportunity. Nothing was saved.',
    );
    await expect(
      saveEngagementPlan(db, { ...forEvent(id, event.id), id: crypto.randomUUID() }, alice),
    ).rejects.toBeInstanceOf(WorkspaceNotFoundError);
    await expect(
      saveEngagementPlan(
        db,
        { ...forEvent(id, event.id), eventId: null, manual: { ...briefing, title: ' ' } },
        alice,
      ),
    ).rejects.toThrow('Give the event a name (manual.title)');
    expect(await db.engagementPlans.count()).toBe(0);
  });

  it('deletes a plan and puts it back exactly (Undo)', async () => {
    const { db, westMidlands } = await database();
    const plan = await saveEngagementPlan(
      db,
      forEvent(westMidlands.id, westMidlands.event.id),
      alice,
    );
    const removed = await deleteEngagementPlan(db, plan.id);
    expect(removed).toEqual(plan);
    expect(await listEngagementPlans(db, westMidlands.id)).toEqual([]);
    expect(await deleteEngagementPlan(db, plan.id)).toBeNull();
    await restoreEngagementPlan(db, removed as NonNullable<typeof removed>);
    expect(await listEngagementPlans(db, westMidlands.id)).toEqual([plan]);
  });
});
