/**
 * How bids ended. Append-only, like decisions: an award notice for an opportunity the user is
 * bidding for adds an outcome (in the import's own transaction), and so does the user marking a bid
 * submitted or withdrawn; nothing here edits or deletes one.
 */
import { awardOutcomes, inForce, outcomesInForce, userOutcome } from '../../../shared/workspace';
import type { Opportunity } from '../../../shared/notice/model';
import { BidOutcome, type OutcomeResult } from '../../../shared/workspace/model';
import type { BidDeskDatabase } from '../database';
import { groupBy } from '../group-by';
import type { LotRecord } from '../records';
import type { WriteContext } from '../write-context';
import { getOrganisation } from './settings-repository';
import { lotsOf } from '../notice-record';
import { assertBelongs } from './ownership';
import { validate } from './validate';

/** An opportunity of an import whose notice may carry awards. */
export interface ImportedAwards {
  opportunityId: string;
  notice: Opportunity;
  /** Lots this import writes for it (new or updated), beside those already stored. */
  lots: readonly LotRecord[];
}

/**
 * The outcomes an import adds for opportunities the user is bidding for. Call inside the
 * import's transaction (with `decisions`, `notices`, `bidOutcomes` and `meta` in its scope) and add
 * the result there, so the file and its outcomes are stored together or not at all. A re-import
 * of the same award adds nothing; an outcome the user recorded is never replaced.
 */
export async function planImportOutcomes(
  db: BidDeskDatabase,
  imported: readonly ImportedAwards[],
  file: { fileName: string; sourceFileId: string | null },
  ctx: WriteContext,
): Promise<BidOutcome[]> {
  const withAwards = imported.filter((i) => i.notice.awards.length > 0);
  if (withAwards.length === 0) return [];
  const ids = withAwards.map((i) => i.opportunityId);
  const [decisions, lots, existing, organisation] = await Promise.all([
    db.decisions.where('opportunityId').anyOf(ids).toArray(),
    lotsOf(db, ids),
    db.bidOutcomes.where('opportunityId').anyOf(ids).toArray(),
    getOrganisation(db),
  ]);
  const decisionsBy = groupBy(decisions, (d) => d.opportunityId);
  const lotsBy = groupBy(lots, (l) => l.opportunityId);
  const outcomesBy = groupBy(existing, (o) => o.opportunityId);
  const at = ctx.now.toISOString();
  return withAwards.flatMap(({ opportunityId, notice, lots: written }) => {
    const stored = new Map((lotsBy.get(opportunityId) ?? []).map((l) => [l.id, l]));
    for (const lot of written) stored.set(lot.id, lot);
    return awardOutcomes({
      opportunityId,
      awards: notice.awards,
      lots: [...stored.values()].filter((l) => !l.removedFromNotice),
      decisions: decisionsBy.get(opportunityId) ?? [],
      organisation,
      existing: outcomesBy.get(opportunityId) ?? [],
      fileName: file.fileName,
      sourceFileId: file.sourceFileId,
      at,
      user: ctx.user,
      newId: () => crypto.randomUUID(),
    });
  });
}

/** Every outcome recorded for an opportunity, newest first (the first per lot is in force). */
export async function listOutcomes(
  db: BidDeskDatabase,
  opportunityId: string,
): Promise<BidOutcome[]> {
  return inForce(await db.bidOutcomes.where('opportunityId').equals(opportunityId).toArray());
}

/**
 * The outcomes in force across the pipeline, by opportunity id. Outcomes exist only for bids the
 * user made, so the table is small beside the opportunities.
 */
export async function outcomesByOpportunity(
  db: BidDeskDatabase,
): Promise<Map<string, BidOutcome[]>> {
  const all = await db.bidOutcomes.toArray();
  const out = new Map<string, BidOutcome[]>();
  for (const [id, rows] of groupBy(all, (o) => o.opportunityId)) {
    out.set(id, outcomesInForce(rows));
  }
  return out;
}

/**
 * Check the recorded outcomes again against your organisation as now saved (its name was set or
 * corrected after the award notices arrived): where the result changes ("Awarded" becomes "Won"
 * or "Not won"), a new outcome is appended from the stored notice's awards. Outcomes the user
 * recorded are left alone. Returns the outcomes added.
 */
export async function reassessOutcomes(
  db: BidDeskDatabase,
  ctx: WriteContext,
): Promise<BidOutcome[]> {
  return db.transaction('rw', [db.bidOutcomes, db.notices, db.decisions, db.meta], async () => {
    const all = await db.bidOutcomes.toArray();
    const byOpportunity = groupBy(all, (o) => o.opportunityId);
    const fromNotices = [...byOpportunity].flatMap(([id, rows]) => {
      const latest = outcomesInForce(rows).find((o) => o.source === 'award-notice');
      return latest ? [{ id, latest }] : [];
    });
    if (fromNotices.length === 0) return [];
    const snapshots = await db.notices.bulkGet(fromNotices.map((f) => f.id));
    const added: BidOutcome[] = [];
    for (const [i, { id, latest }] of fromNotices.entries()) {
      const notice = snapshots[i]?.notice;
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- notices stored before awards existed have none (records.ts)
      if (!notice?.awards?.length) continue;
      added.push(
        ...(await planImportOutcomes(
          db,
          [{ opportunityId: id, notice, lots: [] }],
          { fileName: latest.fileName ?? '', sourceFileId: latest.sourceFileId },
          ctx,
        )),
      );
    }
    if (added.length) await db.bidOutcomes.bulkAdd(added);
    return added;
  });
}

/** What the user records by hand about how the whole bid stands. */
export type RecordedEnd = Extract<OutcomeResult, 'submitted' | 'withdrawn'>;

/**
 * Record that the user submitted the bid, or withdrew from it, as a new outcome for the whole
 * opportunity (who and when in its authorship), superseding the one in force. Appended like every
 * outcome: the earlier ones stay. Throws `WorkspaceNotFoundError` for an unknown opportunity.
 */
export async function recordBidEnd(
  db: BidDeskDatabase,
  opportunityId: string,
  result: RecordedEnd,
  ctx: WriteContext,
): Promise<BidOutcome> {
  const tables = [db.opportunities, db.notices, db.bidOutcomes];
  return db.transaction('rw', tables, async () => {
    await assertBelongs(db, opportunityId, null);
    const existing = await db.bidOutcomes.where('opportunityId').equals(opportunityId).toArray();
    const current = outcomesInForce(existing).find((o) => o.lotId === null);
    const outcome = validate(
      BidOutcome,
      userOutcome({
        id: crypto.randomUUID(),
        opportunityId,
        result,
        supersedes: current?.id ?? null,
        at: ctx.now.toISOString(),
        user: ctx.user,
      }),
      'outcome',
    );
    // `add`, not `put`: an outcome is never written twice.
    await db.bidOutcomes.add(outcome);
    return outcome;
  });
}
