import { useLiveQuery } from 'dexie-react-hooks';
import { groupBuyers, type BuyerSummary } from '../../../shared/buyers/buyers';
import { ukDay } from '../../../shared/calendar';
import { listBuyerNotices } from '../../db';
import { services } from '../../app/services';

/** Every buyer in the stored notices, as of today; `undefined` while loading. */
export function useBuyers(now: Date): BuyerSummary[] | undefined {
  const today = ukDay(now);
  return useLiveQuery(
    async () => groupBuyers(await listBuyerNotices(services().db), today),
    [today],
  );
}

/** True when the buyer, a supplier, a contract or a notice matches every word searched. */
export function matchesSearch(buyer: BuyerSummary, search: string): boolean {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = [
    buyer.name,
    ...buyer.otherNames,
    ...buyer.notices.map((n) => n.title),
    ...buyer.contracts.flatMap((c) => [c.lotTitle ?? '', ...c.suppliers.map((s) => s.name)]),
  ]
    .join(' ')
    .toLowerCase();
  return words.every((word) => text.includes(word));
}
