/**
 * Re-tender horizons on the timeline: one item per awarded contract still running, on the day
 * the buyer would be expected to start its next procurement. Bid Desk's estimate (source
 * `estimate`), never a notice date; calendar and spreadsheet exports say so.
 */
import { supplierNames } from './buyer-text';
import type { BuyerSummary } from './buyers';
import { dayText, leadTimeExplanation, leadTimeLength } from './re-tender';
import { formatUkDate } from '../calendar/format';
import { startOfUkDay } from '../calendar/days';
import type { TimelineItem } from '../timeline/model';

/** Timeline kind of a re-tender horizon. */
export const RE_TENDER_KIND = 'reTenderExpected';

/**
 * The re-tender items of every buyer's running contracts. Awards of one notice (and lot) that
 * end together (a contract split between several suppliers) make one item. Ids never hold the
 * date: `<ocid or opportunity id>/estimate/reTender/<lot id|all>`.
 */
export function reTenderItems(buyers: readonly BuyerSummary[]): TimelineItem[] {
  const items = new Map<string, TimelineItem>();
  for (const buyer of buyers) {
    for (const contract of buyer.contracts) {
      if (contract.state !== 'running' || !contract.horizon) continue;
      const id = `${contract.ocid ?? contract.opportunityId}/estimate/reTender/${contract.lotId ?? 'all'}`;
      const same = buyer.contracts.filter(
        (c) =>
          c.opportunityId === contract.opportunityId &&
          c.lotId === contract.lotId &&
          c.horizon?.earliest === contract.horizon?.earliest,
      );
      if (items.has(id)) continue;
      const end = contract.end ?? contract.maxEnd;
      const suppliers = supplierNames(same.flatMap((c) => c.suppliers));
      const parts = [
        `Worked out by Bid Desk, not stated in any notice.`,
        `The contract${suppliers ? ` with ${suppliers}` : ''} ends on ${end ? formatUkDate(end, true) : 'a date not given'}${
          contract.horizon.latest && contract.maxEnd
            ? ` (${formatUkDate(contract.maxEnd, true)} if every extension is used: the re-tender would then be around ${dayText(contract.horizon.latest)})`
            : ''
        }.`,
        `${buyer.name} would start the next procurement about ${leadTimeLength(buyer.leadTime)} before that.`,
        leadTimeExplanation(buyer.leadTime),
        'Watch for its pipeline, market engagement or tender notice.',
      ];
      items.set(id, {
        id,
        opportunityId: contract.opportunityId,
        opportunityTitle: contract.title,
        buyerName: buyer.name,
        lane: 'notice',
        kind: RE_TENDER_KIND,
        title: `Re-tender expected (estimate): ${buyer.name}`,
        at: startOfUkDay(contract.horizon.earliest),
        end: null,
        allDay: true,
        lotId: contract.lotId,
        lotTitle: contract.lotTitle,
        source: 'estimate',
        done: false,
        movedFrom: null,
        url: null,
        location: null,
        detail: parts.join(' '),
      });
    }
  }
  return [...items.values()];
}
