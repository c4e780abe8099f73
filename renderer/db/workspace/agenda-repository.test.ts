import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { importNoticeFile } from '../../../shared/import/engine';
import { DEFAULT_DECISION_SETTINGS, weekAgenda } from '../../../shared/workspace';
import { seedBytes, SEEDS } from '../../../test/corpus';
import { openDatabase } from '../database';
import { saveImport } from '../import-repository';
import { loadAgendaInput } from './agenda-repository';
import { createChecklist } from './checklist-repository';
import { recordDecision } from './decision-repository';
import { saveEngagementPlan } from './engagement-repository';
import { eventsOf, lotsOf } from '../notice-record';

const alice = { now: new Date('2026-04-20T09:00:00Z'), user: 'Alice' };

describe('loadAgendaInput', () => {
  it("gathers every opportunity's dates, the notice events and the user's plans, checklists and decisions", async () => {
    const db = await openDatabase({
      name: 'agenda-test',
      indexedDB: new IDBFactory(),
      IDBKeyRange,
    });
    const ids: Record<string, string> = {};
    for (const key of ['westMidlands', 'staffordshireStalking'] as const) {
      const result = importNoticeFile({ name: SEEDS[key], bytes: seedBytes(SEEDS[key]) });
      if (!result.ok) throw new Error(result.error.message);
      const { format, opportunities } = result;
      const input = { fileName: SEEDS[key], format, sourceText: null, size: 0, opportunities };
      ids[key] = (await saveImport(db, input, alice)).created[0]?.id as string;
    }
    const westMidlands = ids.westMidlands as string;
    const stalking = ids.staffordshireStalking as string;
    const event = (await eventsOf(db, [westMidlands]))[0];
    const lot = (await lotsOf(db, [stalking]))[0];
    if (!event || !lot) throw new Error('seeds have an event and a lot');

    const plan = await saveEngagementPlan(
      db,
      {
        opportunityId: westMidlands,
        eventId: event.id,
        manual: null,
        status: 'registered',
        attendees: ['Priya'],
        questions: '',
        notes: '',
      },
      alice,
    );
    const checklist = await createChecklist(db, stalking, lot.id, alice);
    const decision = await recordDecision(
      db,
      {
        opportunityId: stalking,
        lotId: null,
        gates: [],
        factors: [],
        settings: DEFAULT_DECISION_SETTINGS,
        outcome: 'bid',
        decidedBy: 'Sam',
        decidedOn: '2026-04-20',
        rationale: 'Our core service.',
      },
      alice,
    );

    const agenda = await loadAgendaInput(db);
    const stalkingRow = agenda.opportunities.find((o) => o.id === stalking);
    expect(stalkingRow).toMatchObject({
      title: 'Provision of a Stalking Service in Staffordshire & Stoke-on-Trent',
      stage: 'tender',
    });
    expect(stalkingRow?.keyDates).toContainEqual({
      kind: 'submissionDeadline',
      at: '2026-05-06T12:00:00+01:00',
      allDay: false,
      lotId: null,
    });
    expect(agenda.opportunities).toHaveLength(2);
    expect(agenda.events).toContainEqual({
      id: event.id,
      opportunityId: westMidlands,
      title: 'Market engagement',
      start: '2026-05-14T16:00:00+01:00',
      allDay: false,
      signUpDeadline: null,
    });
    expect(agenda.events).toHaveLength(2);
    expect(agenda.plans).toEqual([plan]);
    expect(agenda.checklist).toHaveLength(checklist.length);
    expect(agenda.decisions).toEqual([decision]);

    // What the "This week" screen does with it, the week the stalking tender closes: the
    // answers due the day before are overdue.
    const week = weekAgenda(new Date('2026-04-30T08:00:00+01:00'), agenda);
    const stalkingTitle = stalkingRow?.title;
    expect(week).toContainEqual(
      expect.objectContaining({
        kind: 'checklist',
        at: '2026-04-29',
        opportunityTitle: stalkingTitle,
      }),
    );
    expect(week).toContainEqual(
      expect.objectContaining({ kind: 'deadline', at: '2026-05-06T12:00:00+01:00' }),
    );
  });
});
