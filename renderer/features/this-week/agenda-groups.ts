/** The agenda arranged for reading: day by day with names a person uses, then what is overdue. */
import { addDays, dayOf, dueDay, longDay, ukDay } from '../../../shared/calendar';
import type { AgendaItem } from '../../../shared/workspace/agenda';
import type { OpportunityTab } from '../../app/router';

/** "Today", "Tomorrow", or "Thursday 23 April". */
export function dayLabel(day: string, now: Date): string {
  const today = ukDay(now);
  if (day === today) return 'Today';
  if (day === addDays(today, 1)) return 'Tomorrow';
  return longDay(day, false) ?? day;
}

export interface AgendaGroup {
  /** `overdue` or the UK day. */
  key: string;
  label: string;
  items: AgendaItem[];
}

/** Things to meet by a moment: one at midnight is listed on the day it ends (`dueDay`). */
const DUE_BY: ReadonlySet<AgendaItem['kind']> = new Set(['deadline', 'clarification', 'sign-up']);

/**
 * One group per day in order, then the overdue items in one group at the end: what is due this
 * week is read first, and a pile of overdue items does not push it off the screen. A deadline at
 * 00:00 is in the day before's group: that is the last day to meet it.
 */
export function groupAgenda(items: AgendaItem[], now: Date): AgendaGroup[] {
  const groups: AgendaGroup[] = [];
  for (const item of items) {
    if (item.overdue) continue;
    const day = DUE_BY.has(item.kind) && !item.allDay ? dueDay(item.at) : dayOf(item.at);
    let group = groups.find((g) => g.key === day);
    if (!group) {
      group = { key: day, label: dayLabel(day, now), items: [] };
      groups.push(group);
    }
    group.items.push(item);
  }
  const overdue = items.filter((i) => i.overdue);
  if (overdue.length) groups.push({ key: 'overdue', label: 'Overdue', items: overdue });
  return groups;
}

/** The opportunity tab an agenda item is about. */
export function agendaTab(item: AgendaItem): OpportunityTab {
  switch (item.kind) {
    case 'checklist':
      return 'checklist';
    case 'decision':
      return 'decision';
    case 'engagement':
    case 'sign-up':
      return 'engagement';
    case 'clarification':
      // The notice's clarification deadline lives with its key dates; a Q&A the user added, with
      // the engagement events.
      return item.title.startsWith('Deadline') ? 'overview' : 'engagement';
    case 'deadline':
      return 'overview';
  }
}

export const AGENDA_KIND_LABELS: Record<AgendaItem['kind'], string> = {
  engagement: 'Event',
  'sign-up': 'Sign up',
  checklist: 'Checklist',
  decision: 'Go/no-go',
  deadline: 'Deadline',
  clarification: 'Clarification',
};
