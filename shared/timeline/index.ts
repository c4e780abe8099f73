/**
 * The bid timeline: build it (`noticeTimeline`, `bidTimeline`, `backSchedule`), check it
 * (`findClashes`) and take it elsewhere (`toIcs`, `toCsv`). Pure functions; the clock is a
 * parameter.
 */
export {
  BankHolidayRegion,
  BidScheduleSettings,
  DEADLINE_KINDS,
  DEFAULT_BID_SCHEDULE,
  MILESTONES,
  TimelineItem,
  TimelineLane,
  TimelineSource,
  type Milestone,
  type TimelineClash,
} from './model';
export { backSchedule, contingencyDays, type BidMilestone } from './back-schedule';
export {
  noticeTimeline,
  STANDSTILL_WORKING_DAYS,
  type NoticeTimelineContext,
  type StoredEventRef,
} from './notice-timeline';
export { bidTimeline, type BidTimelineInput, type StoredLotRef } from './bid-timeline';
export { findClashes } from './clashes';
export { sortTimeline } from './items';
export {
  ICS_REMINDERS,
  icsRevisions,
  icsUid,
  MOMENT_MINUTES,
  toIcs,
  UID_DOMAIN,
  type IcsOptions,
  type IcsReminder,
  type IcsRevision,
  type IcsRevisions,
} from './ics';
export { CSV_COLUMNS, toCsv } from './csv';
export { statusText } from './export-words';
export { isMilestone, MILESTONE_KINDS, REMINDER_KINDS, stillToCome } from './milestones';
export { isOpenItem, liveItems } from './live-items';
