import { useLiveQuery } from 'dexie-react-hooks';
import { buyerNoticeOf } from '../../../shared/buyers/buyer-notice';
import { groupBuyers } from '../../../shared/buyers/buyers';
import { reTenderItems } from '../../../shared/buyers/re-tender-timeline';
import { ukDay } from '../../../shared/calendar';
import {
  liveItems,
  type BidScheduleSettings,
  type IcsReminder,
  type TimelineItem,
} from '../../../shared/timeline';
import type { BidStatus } from '../../../shared/workspace';
import {
  bidStatuses,
  getBidSchedule,
  getIcsReminder,
  getOpportunityDetail,
  listChecklist,
  listDecisions,
  listEngagementPlans,
  listOpportunities,
  type OpportunityDetail,
} from '../../db';
import { services } from '../../app/services';
import { useChecklist } from '../checklist';
import { useDecisions } from '../decision';
import { useEngagementPlans } from '../engagement';
import { keyDateItems, timelineFromDetail } from './timeline-data';

/** The organisation's saved bid schedule (the defaults until saved); `undefined` while loading. */
export function useBidSchedule(): BidScheduleSettings | undefined {
  return useLiveQuery(() => getBidSchedule(services().db), []);
}

/** One opportunity's timeline, following its workspace records live; `undefined` while loading. */
export function useOpportunityTimeline(
  detail: OpportunityDetail,
  now: Date,
): TimelineItem[] | undefined {
  const id = detail.opportunity.id;
  const decisions = useDecisions(id);
  const checklist = useChecklist(id);
  const engagementPlans = useEngagementPlans(id);
  const schedule = useBidSchedule();
  if (!decisions || !checklist || !engagementPlans || !schedule) return undefined;
  return timelineFromDetail(detail, { decisions, checklist, engagementPlans }, schedule, now);
}

/** Every bid's status (live, or ended and why) at `now`, by opportunity id; `undefined` while loading. */
export function useBidStatuses(now: Date): ReadonlyMap<string, BidStatus> | undefined {
  const at = now.getTime();
  return useLiveQuery(() => bidStatuses(services().db, new Date(at)), [at]);
}

/**
 * The notice dates of every OTHER opportunity still live (for clash warnings: an ended bid's
 * deadlines no longer compete for the team's time); `undefined` while loading.
 */
export function useOtherNoticeDates(opportunityId: string, now: Date): TimelineItem[] | undefined {
  const at = now.getTime();
  return useLiveQuery(async () => {
    const { db } = services();
    const [records, statuses] = await Promise.all([
      listOpportunities(db),
      bidStatuses(db, new Date(at)),
    ]);
    return records
      .filter((r) => r.id !== opportunityId)
      .flatMap((r) => {
        const status = statuses.get(r.id);
        // The pipeline's copy of the dates names no lot records: a lot not bid for stays.
        return status ? liveItems(keyDateItems(r), status, () => null) : keyDateItems(r);
      });
  }, [opportunityId, at]);
}

/** A lot's record id from its notice lot id, for `liveItems`. */
export function lotIdsOf(detail: OpportunityDetail): (lotKey: string) => string | null {
  const ids = new Map(detail.lots.map((lot) => [lot.lotKey, lot.id]));
  return (lotKey) => ids.get(lotKey) ?? null;
}

/**
 * Every opportunity's timeline (for the calendar and "Export all"), without the open items of
 * bids that have ended (`liveItems`), and the re-tender horizon of every running contract (Bid
 * Desk's estimate, from the same stored notices); `undefined` while loading.
 */
export function useAllTimelines(now: Date): TimelineItem[] | undefined {
  const at = now.getTime();
  return useLiveQuery(async () => {
    const { db } = services();
    const [records, schedule, statuses] = await Promise.all([
      listOpportunities(db),
      getBidSchedule(db),
      bidStatuses(db, new Date(at)),
    ]);
    const details: Array<OpportunityDetail | null> = [];
    const timelines = await Promise.all(
      records.map(async (record) => {
        const [detail, decisions, checklist, engagementPlans] = await Promise.all([
          getOpportunityDetail(db, record.id),
          listDecisions(db, record.id),
          listChecklist(db, record.id),
          listEngagementPlans(db, record.id),
        ]);
        details.push(detail);
        const status = statuses.get(record.id);
        if (!detail) return [];
        const items = timelineFromDetail(
          detail,
          { decisions, checklist, engagementPlans },
          schedule,
          new Date(at),
        );
        return status ? liveItems(items, status, lotIdsOf(detail)) : items;
      }),
    );
    const notices = details.flatMap((d) => (d ? [buyerNoticeOf(d.opportunity.id, d.notice)] : []));
    const reTender = reTenderItems(groupBuyers(notices, ukDay(new Date(at))));
    return [...timelines.flat(), ...reTender];
  }, [at]);
}

/** The reminder calendar exports set on deadlines; `undefined` while loading. */
export function useIcsReminder(): IcsReminder | undefined {
  return useLiveQuery(() => getIcsReminder(services().db), []);
}
