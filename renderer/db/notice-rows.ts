/**
 * The lots and engagement events of a notice, and how a re-import lines them up with those
 * already stored. Pure: ids come from `newId`. (They are stored in the notice record: see
 * `notice-record.ts`.)
 *
 * Lots and events keep their ids across re-imports (matched by the notice's lot id and by the
 * event's title), because the user's work will point at them; those the notice no longer lists
 * are marked `removedFromNotice`, never dropped.
 */
import type { EngagementEvent, Lot } from '../../shared/notice/model';
import { eventKeys } from '../../shared/timeline/items';
import { groupBy } from './group-by';
import type { EngagementEventRecord, LotRecord } from './records';

export interface RowContext {
  /** ISO time of the import. */
  at: string;
  user: string;
  newId: () => string;
}

/**
 * The lot rows to write for one opportunity: matched lots updated in place (user fields kept),
 * new lots added, vanished lots marked removed. Rows that would not change are left out.
 */
export function planLots(
  opportunityId: string,
  lots: Lot[],
  stored: LotRecord[],
  ctx: RowContext,
): LotRecord[] {
  const unmatched = groupBy(activeFirst(stored), (row) => row.lotKey);
  const writes: LotRecord[] = [];
  const kept = new Set<string>();
  lots.forEach((lot, position) => {
    const { id: lotKey, ...fields } = lot;
    const noticePart = { ...fields, lotKey, position, removedFromNotice: false };
    const existing = unmatched.get(lotKey)?.shift();
    if (existing) {
      kept.add(existing.id);
      if (!differs(existing, noticePart)) return;
      writes.push({ ...existing, ...noticePart, updatedAt: ctx.at, updatedBy: ctx.user });
    } else {
      writes.push({
        ...noticePart,
        id: ctx.newId(),
        opportunityId,
        createdAt: ctx.at,
        updatedAt: ctx.at,
        updatedBy: ctx.user,
      });
    }
  });
  for (const row of stored) {
    if (kept.has(row.id) || row.removedFromNotice) continue;
    writes.push({ ...row, removedFromNotice: true, updatedAt: ctx.at, updatedBy: ctx.user });
  }
  return writes;
}

/**
 * The engagement event rows to write for one opportunity. Matched by title (and occurrence among
 * equal titles), then by start for events whose title changed; a moved event keeps its id and
 * remembers where it was in `previousStart`.
 */
export function planEvents(
  opportunityId: string,
  events: EngagementEvent[],
  stored: EngagementEventRecord[],
  ctx: RowContext,
): EngagementEventRecord[] {
  const keys = eventKeys(events);
  const byKey = groupBy(activeFirst(stored), (row) => row.eventKey);
  const matched = new Map<number, EngagementEventRecord>();
  keys.forEach((key, i) => {
    const row = byKey.get(key)?.shift();
    if (row) matched.set(i, row);
  });
  // A renamed event that kept its time is still the same event.
  const leftByStart = groupBy([...byKey.values()].flat(), (row) => row.start ?? '');
  events.forEach((event, i) => {
    if (matched.has(i) || event.start === null) return;
    const row = leftByStart.get(event.start)?.shift();
    if (row) matched.set(i, row);
  });

  const writes: EngagementEventRecord[] = [];
  const kept = new Set<string>();
  events.forEach((event, position) => {
    const eventKey = keys[position] as string;
    const existing = matched.get(position);
    const noticePart = {
      ...event,
      // Always the key, even unset: else a stored row would keep a note the notice dropped.
      datesInDescription: event.datesInDescription,
      eventKey,
      position,
      removedFromNotice: false,
    };
    if (existing) {
      kept.add(existing.id);
      const moved = existing.start !== event.start;
      const previousStart = moved ? existing.start : existing.previousStart;
      const next = { ...noticePart, previousStart };
      if (!differs(existing, next)) return;
      writes.push({ ...existing, ...next, updatedAt: ctx.at, updatedBy: ctx.user });
    } else {
      writes.push({
        ...noticePart,
        id: ctx.newId(),
        opportunityId,
        previousStart: null,
        createdAt: ctx.at,
        updatedAt: ctx.at,
        updatedBy: ctx.user,
      });
    }
  });
  for (const row of stored) {
    if (kept.has(row.id) || row.removedFromNotice) continue;
    writes.push({ ...row, removedFromNotice: true, updatedAt: ctx.at, updatedBy: ctx.user });
  }
  return writes;
}

/** True when any field of `part` differs from the row's (compared as JSON values). */
function differs(row: object, part: object): boolean {
  const stored = row as Record<string, unknown>;
  return Object.entries(part).some(
    ([key, value]) => JSON.stringify(stored[key]) !== JSON.stringify(value),
  );
}

/** Rows still in the notice first, so that a match prefers them to rows it dropped earlier. */
function activeFirst<T extends { removedFromNotice: boolean }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => Number(a.removedFromNotice) - Number(b.removedFromNotice));
}
