/**
 * Facts that live only in prose: dates and times, engagement events and deadlines, lots,
 * weightings, money and joining links. Pure functions over strings; never throw.
 */
export { repairText, findUrls, findOnlineUrl, isMeetingUrl } from './text';
export type { FoundUrl } from './text';
export { parseMoney } from './money';
export { parseTime, findTimes } from './times';
export type { FoundTime } from './times';
export { findDates } from './dates';
export type { ProseDate } from './dates';
export { findEngagement } from './engagement';
export type { ProseEngagement, ProseEvent, ProseDeadline } from './engagement';
export { timeFromDescription } from './milestone-time';
export type { MilestoneTime } from './milestone-time';
export { findLotsInProse } from './lots';
export type { ProseLot } from './lots';
export { parseWeightingText, weightFromDescription } from './weighting';
