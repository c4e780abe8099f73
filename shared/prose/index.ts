/**
 * Facts that live only in prose: dates and times, engagement events and deadlines, lots,
 * weightings, money and joining links. Pure functions over strings; never throw.
 */
export { repairText, findUrls, findOnlineUrl, isMeetingUrl } from './prose-text';
export type { FoundUrl } from './prose-text';
export { parseMoney } from './prose-money';
export { parseTime, findTimes } from './times';
export type { FoundTime } from './times';
export { findDates } from './prose-dates';
export type { ProseDate } from './prose-dates';
export { findEngagement } from './prose-engagement';
export type { ProseEngagement, ProseEvent, ProseDeadline } from './prose-engagement';
export { timeFromDescription } from './milestone-time';
export type { MilestoneTime } from './milestone-time';
export { findLotsInProse } from './prose-lots';
export type { ProseLot } from './prose-lots';
export { parseWeightingText, weightFromDescription } from './weighting';
export { readQuestionList } from './prose-questions';
export type { PastedQuestion, PastedQuestionList } from './prose-questions';
