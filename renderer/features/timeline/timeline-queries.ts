import { useLiveQuery } from 'dexie-react-hooks';
import { buyerNoticeOf } from '../../../shared/buyers/buyer-notice';
import { groupBuyers } from '../../../shared/buyers/buyers';
import { reTenderItems } from '../../../shared/buyers/re-tender-timeline';
import { ukDay } from '../../../shared/calendar';
import type { BidScheduleSettings, IcsReminder, TimelineItem } from '../../../shared/timeline';
import {
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

/** The notice dates of every OTHER opportunity (for clash warnings); `undefined` while loading. */
export function useOtherNoticeDates(opportunityId: string): TimelineItem[] | undefined {
  return useLiveQuery(async () => {
    const records = await listOpportunities(services().db);
    return records.filter((r) => r.id !== opportunityId).flatMap(keyDateItems);
  }, [opportunityId]);
}

/**
 * Every opportunity's whole timeline (for the calendar), and the re-tender horizon of every
 * running contract (Bid Desk's estimate, from the same stored notices); `undefined` while loading.
 */
export function useAllTimelines(now: Date): TimelineItem[] | undefined {
  const at = now.getTime();
  return useLiveQuery(async () => {
    const { db } = services();
    const [records, schedule] = await Promise.all([listOpportunities(db), getBidSchedule(db)]);
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
        return detail
          ? timelineFromDetail(
              detail,
              { decisions, checklist, engagementPlans },
              schedule,
              new Date(at),
            )
          : [];
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
