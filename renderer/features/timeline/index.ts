/** What the rest of the app may use from the Timeline and Calendar (the feature's public entry). */
export { CalendarView } from './CalendarView';
export { TimelineTab } from './TimelineTab';
export { useBidSchedule } from './timeline-queries';
