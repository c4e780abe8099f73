/**
 * The user's buyers, from the notices they imported: each buyer's notices, the contracts it
 * awarded (to whom, for how much, until when) and when each contract is expected to come up
 * again. Pure: the day is a parameter; nothing is fetched.
 */
import { buyerKey, preferredBuyerName, readableBuyerName } from './buyer-name';
import type { AwardedContract, BuyerNotice } from './buyer-notice';
import { instantMs, ukDay } from '../calendar/instants';
import { leadTimeOf, reTenderHorizon, type LeadTime, type ReTenderHorizon } from './re-tender';

/** Where a contract stands on `today`. */
export type ContractState = 'running' | 'ended' | 'no end date';

export interface BuyerContract extends AwardedContract {
  state: ContractState;
  /** Null when the notices give no contract end. */
  horizon: ReTenderHorizon | null;
}

export interface BuyerSummary {
  /** Stable while the buyer's notices are stored: the smallest ocid (or id) among them. */
  key: string;
  /** As written most often, in ordinary case. */
  name: string;
  /** Other ways the notices write it (for search and to show they were joined). */
  otherNames: string[];
  /** The buyer's ids in the notices (Find a Tender and Contracts Finder give different ones). */
  ids: string[];
  /** Newest published first. */
  notices: BuyerNotice[];
  /** Running contracts by when they come up again (soonest first), then those without an end, then ended ones. */
  contracts: BuyerContract[];
  leadTime: LeadTime;
}

/**
 * Group notices by buyer. Two notices are one buyer when they share the buyer's id, or its name
 * read ignoring case, punctuation, word order and filler words ("LONDON BOROUGH OF X" and
 * "London Borough of X"): Find a Tender and Contracts Finder give the same council different
 * ids, so a name joins them. Buyers with a contract coming up soonest come first.
 */
export function groupBuyers(notices: readonly BuyerNotice[], today: string): BuyerSummary[] {
  const groups = new UnionFind(notices.length);
  const byToken = new Map<string, number>();
  notices.forEach((notice, i) => {
    const tokens = [
      notice.buyerId ? `id:${notice.buyerId.trim().toLowerCase()}` : null,
      buyerKey(notice.buyerName) ? `name:${buyerKey(notice.buyerName)}` : null,
    ];
    for (const token of tokens) {
      if (token === null) continue;
      const seen = byToken.get(token);
      if (seen === undefined) byToken.set(token, i);
      else groups.join(seen, i);
    }
  });
  const members = new Map<number, BuyerNotice[]>();
  notices.forEach((notice, i) => {
    const root = groups.find(i);
    const list = members.get(root);
    if (list) list.push(notice);
    else members.set(root, [notice]);
  });
  const buyers = [...members.values()].map((list) => summarise(list, today));
  return buyers.sort(
    (a, b) => comeUpFirst(a.contracts[0], b.contracts[0]) || a.name.localeCompare(b.name),
  );
}

function summarise(notices: BuyerNotice[], today: string): BuyerSummary {
  const names = notices.map((n) => n.buyerName).filter((name) => name.trim() !== '');
  const name = preferredBuyerName(names) || 'Buyer not named';
  const leadTime = leadTimeOf(notices);
  const contracts = notices
    .flatMap((n) => n.contracts)
    .map((contract) => withHorizon(contract, leadTime, today))
    .sort(comeUpFirst);
  return {
    key: notices.map((n) => n.ocid ?? n.opportunityId).sort()[0] as string,
    name,
    otherNames: [...new Set(names)].filter((n) => readableBuyerName(n) !== name),
    ids: [...new Set(notices.flatMap((n) => (n.buyerId ? [n.buyerId] : [])))],
    notices: [...notices].sort((a, b) => msOr(b.published, 0) - msOr(a.published, 0)),
    contracts,
    leadTime,
  };
}

function withHorizon(contract: AwardedContract, lead: LeadTime, today: string): BuyerContract {
  const lastDay = contract.maxEnd ?? contract.end;
  const state: ContractState =
    lastDay === null ? 'no end date' : ukDay(lastDay) < today ? 'ended' : 'running';
  return { ...contract, state, horizon: reTenderHorizon(contract, lead) };
}

const STATE_ORDER: Record<ContractState, number> = { running: 0, 'no end date': 1, ended: 2 };

/** Running contracts by their earliest re-tender day; ended ones last, most recent first. */
function comeUpFirst(a: BuyerContract | undefined, b: BuyerContract | undefined): number {
  if (!a || !b) return Number(!a) - Number(!b);
  const order = STATE_ORDER[a.state] - STATE_ORDER[b.state];
  if (order) return order;
  const x = a.horizon?.earliest ?? '';
  const y = b.horizon?.earliest ?? '';
  return a.state === 'ended' ? y.localeCompare(x) : x.localeCompare(y);
}

function msOr(at: string | null, fallback: number): number {
  const ms = at === null ? NaN : instantMs(at);
  return Number.isNaN(ms) ? fallback : ms;
}

/** Disjoint sets over 0..n-1 (path halving). */
class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let x = i;
    while (this.parent[x] !== x) {
      const up = this.parent[this.parent[x] as number] as number;
      this.parent[x] = up;
      x = up;
    }
    return x;
  }
  join(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
