import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { importNoticeFile } from '../../../shared/import/engine';
import { DEFAULT_DECISION_SETTINGS } from '../../../shared/workspace';
import type { DecisionSettings } from '../../../shared/workspace/model';
import { seedBytes, SEEDS } from '../../../test/corpus';
import { openDatabase } from '../database';
import { saveImport } from '../import-repository';
import {
  listDecisions,
  listLotDecisions,
  recordDecision,
  type DecisionInput,
} from './decision-repository';
import { getDecisionSettings, saveDecisionSettings } from './settings-repository';
import { WorkspaceInputError } from './validate';
import { lotsOf } from '../notice-record';

const alice = { now: new Date('2026-07-01T09:00:00Z'), user: 'Alice' };
const bob = { now: new Date('2026-07-03T16:00:00Z'), user: 'Bob' };

/** West Midlands (three lots) and Cleveland, imported with the real engine. */
async function database() {
  const db = await openDatabase({
    name: 'decision-test',
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
  const ids: string[] = [];
  for (const key of ['westMidlands', 'cleveland'] as const) {
    const bytes = seedBytes(SEEDS[key]);
    const result = importNoticeFile({ name: SEEDS[key], bytes });
    if (!result.ok) throw new Error(result.error.message);
    const { format, opportunities } = result;
    const input = { fileName: SEEDS[key], format, sourceText: null, size: 0, opportunities };
    ids.push((await saveImport(db, input, alice)).created[0]?.id as string);
  }
  const [westMidlands, cleveland] = ids as [string, string];
  const lots = (await lotsOf(db, [westMidlands])).sort((a, b) => a.position - b.position);
  return { db, westMidlands, cleveland, lotIds: lots.map((l) => l.id) };
}

/** Every gate passed and every factor scored `score`, by the default matrix. */
function decision(
  opportunityId: string,
  score: number,
  overrides: Partial<DecisionInput> = {},
): DecisionInput {
  const settings = overrides.settings ?? DEFAULT_DECISION_SETTINGS;
  return {
    opportunityId,
    lotId: null,
    gates: settings.gates.map((g) => ({ gateId: g.id, passed: true, note: '' })),
    factors: settings.factors.map((f) => ({ factorId: f.id, score, note: '' })),
    settings,
    outcome: 'bid',
    decidedBy: 'Sam Okafor (CEO)',
    decidedOn: '2026-07-01',
    rationale: 'Strong fit with our victim services; we ran the pilot in Walsall.',
    ...overrides,
  };
}

describe('recordDecision', () => {
  it('stores the decision with the score and recommendation of the matrix it was made with', async () => {
    const { db, westMidlands } = await database();
    const saved = await recordDecision(db, decision(westMidlands, 4), alice);
    expect(saved).toMatchObject({
      opportunityId: westMidlands,
      lotId: null,
      score: 80,
      recommendation: 'bid',
      outcome: 'bid',
      decidedBy: 'Sam Okafor (CEO)',
      createdAt: '2026-07-01T09:00:00.000Z',
      updatedAt: '2026-07-01T09:00:00.000Z',
      updatedBy: 'Alice',
    });
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await db.decisions.get(saved.id)).toEqual(saved);
  });

  it('recommends no bid when a gate failed, whatever the score, and review below the bid threshold', async () => {
    const { db, westMidlands } = await database();
    const gates = DEFAULT_DECISION_SETTINGS.gates.map((g) => ({
      gateId: g.id,
      passed: g.id !== 'conflict',
      note: g.id === 'conflict' ? 'Our chair sits on the PCC panel' : '',
    }));
    const failed = await recordDecision(db, decision(westMidlands, 5, { gates }), alice);
    expect([failed.score, failed.recommendation]).toEqual([100, 'no-bid']);
    const middling = await recordDecision(db, decision(westMidlands, 3), alice);
    expect([middling.score, middling.recommendation]).toEqual([60, 'review']);
  });

  it('appends: a later decision never changes an earlier one, and the newest comes first', async () => {
    const { db, westMidlands, cleveland } = await database();
    const first = await recordDecision(
      db,
      decision(westMidlands, 3, { outcome: 'undecided' }),
      alice,
    );
    const second = await recordDecision(
      db,
      decision(westMidlands, 4, {
        decidedOn: '2026-07-03',
        rationale: 'TUPE costs came back lower.',
      }),
      bob,
    );
    await recordDecision(db, decision(cleveland, 2, { outcome: 'no-bid' }), bob);

    expect(await db.decisions.get(first.id)).toEqual(first);
    const history = await listDecisions(db, westMidlands);
    expect(history.map((d) => [d.decidedOn, d.outcome, d.updatedBy])).toEqual([
      ['2026-07-03', 'bid', 'Bob'],
      ['2026-07-01', 'undecided', 'Alice'],
    ]);
    expect(history[0]).toEqual(second);
  });

  it('keeps the settings each decision was made with when the organisation changes its matrix', async () => {
    const { db, westMidlands } = await database();
    const before = await recordDecision(db, decision(westMidlands, 4), alice);
    const stricter: DecisionSettings = {
      ...DEFAULT_DECISION_SETTINGS,
      thresholds: { bid: 85, review: 60 },
    };
    await saveDecisionSettings(db, stricter, bob);
    const after = await recordDecision(
      db,
      decision(westMidlands, 4, { settings: await getDecisionSettings(db) }),
      bob,
    );
    expect([after.score, after.recommendation]).toEqual([80, 'review']);
    expect((await db.decisions.get(before.id))?.settings.thresholds).toEqual({
      bid: 70,
      review: 50,
    });
  });

  it("records a lot's decision, found by the lot index; refuses a lot of another opportunity", async () => {
    const { db, westMidlands, cleveland, lotIds } = await database();
    const lot2 = lotIds[1] as string;
    await recordDecision(db, decision(westMidlands, 4), alice);
    const forLot = await recordDecision(
      db,
      decision(westMidlands, 2, { lotId: lot2, outcome: 'no-bid' }),
      alice,
    );
    expect(await listLotDecisions(db, westMidlands, lot2)).toEqual([forLot]);
    expect(await listDecisions(db, westMidlands)).toHaveLength(2);

    await expect(
      recordDecision(db, decision(cleveland, 4, { lotId: lot2 }), alice),
    ).rejects.toThrow('That lot is not part of this opportunity any more. Nothing was saved.');
    await expect(recordDecision(db, decision('no-such-id', 4), alice)).rejects.toThrow(
      'That opportunity is no longer stored. Nothing was saved.',
    );
    expect(await db.decisions.count()).toBe(2);
  });

  it('asks for a reason and a named person, in words a user can act on', async () => {
    const { db, westMidlands } = await database();
    const saving = recordDecision(
      db,
      decision(westMidlands, 4, { rationale: '  ', decidedBy: '', decidedOn: '1 July' }),
      alice,
    );
    await expect(saving).rejects.toBeInstanceOf(WorkspaceInputError);
    await expect(saving).rejects.toThrow(
      'Could not save the go/no-go decision: Say who made the decision (decidedBy); Enter a date (decidedOn); Write down why: trustees and debriefs will ask (rationale).',
    );
    // A factor scored outside 1–5 is named, not a crash inside the scoring.
    await expect(recordDecision(db, decision(westMidlands, 7), alice)).rejects.toMatchObject({
      name: 'WorkspaceInputError',
      problems: expect.arrayContaining([expect.objectContaining({ path: 'factors.0.score' })]),
    });
    expect(await db.decisions.count()).toBe(0);
  });
});
