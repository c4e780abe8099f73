/**
 * Whether each bid is live or has ended (`bidStatus`), read in one go for the views across every
 * bid: the calendar, its clash warnings and "Export all".
 */
import { bidStatus, type BidStatus } from '../../../shared/workspace';
import type { BidDeskDatabase } from '../database';
import { groupBy } from '../group-by';

/** Every opportunity's bid status at `now`, by opportunity id. */
export async function bidStatuses(db: BidDeskDatabase, now: Date): Promise<Map<string, BidStatus>> {
  return db.transaction('r', [db.opportunities, db.decisions, db.bidOutcomes], async () => {
    const [opportunities, decisions, outcomes] = await Promise.all([
      db.opportunities.toArray(),
      db.decisions.toArray(),
      db.bidOutcomes.toArray(),
    ]);
    const decisionsBy = groupBy(decisions, (d) => d.opportunityId);
    const outcomesBy = groupBy(outcomes, (o) => o.opportunityId);
    return new Map(
      opportunities.map((o) => [
        o.id,
        bidStatus(
          {
            stage: o.stage,
            keyDates: o.keyDates,
            decisions: decisionsBy.get(o.id) ?? [],
            outcomes: outcomesBy.get(o.id) ?? [],
          },
          now,
        ),
      ]),
    );
  });
}
