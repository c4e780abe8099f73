/**
 * What an opportunity's notice says, in one record per opportunity (the `notices` table, version
 * 5): the notice as last imported, with its key dates, lots, criteria, documents and engagement
 * events as published, plus the identity of each lot and event. Nobody edits these facts; a
 * re-import rewrites the record whole. One record instead of a row per key date, lot, document
 * and event makes a 10,000-release file a few thousand writes, not 140,000, and gives a sync
 * engine a few thousand documents to replicate.
 *
 * Lots and events keep ids across re-imports, because the user's records (decisions, checklist
 * items, criterion and engagement plans, one record per item) point at them: each has an entry
 * here with its id and what re-imports match on (see `planLots`, `planEvents`). A lot or event
 * still in the notice takes its facts from the notice (at `position`); one the notice no longer
 * lists keeps its last facts in the entry (`removed`), since the user's work may still point at it.
 *
 * The multiEntry indexes find records without reading them all: `eventDays` (the days of
 * engagement events and their sign-up deadlines, for This week) and `eventIds` (the record holding
 * an event). Every index entry is a write on each import (a 10,000-release file made 87,000 key
 * date days and 19,000 lot ids), so there are no others (version 6): the calendar reads key dates
 * from the pipeline's rows, and whoever names a lot also names its opportunity, whose record is
 * read by its key (`getLot`).
 */
import { z } from 'zod';
import { EngagementEvent, Lot, type Opportunity } from '../../shared/notice/model';
import { ukDay } from '../../shared/calendar';
import { Authorship } from '../../shared/workspace/model';
import type { BidDeskDatabase } from './database';
import type {
  DocumentRecord,
  EngagementEventRecord,
  KeyDateRecord,
  LotRecord,
  NoticeSnapshotRecord,
} from './records';

/** A lot's identity. `removed`: the lot's last facts, once the notice no longer lists it. */
export const LotEntry = z.object({
  ...Authorship.shape,
  id: z.string(),
  lotKey: z.string(),
  position: z.number(),
  removedFromNotice: z.boolean(),
  removed: Lot.omit({ id: true }).optional(),
});
export type LotEntry = z.infer<typeof LotEntry>;

/** An engagement event's identity (see `LotEntry`); `previousStart` is where a move took it from. */
export const EventEntry = z.object({
  ...Authorship.shape,
  id: z.string(),
  eventKey: z.string(),
  previousStart: z.string().nullable(),
  position: z.number(),
  removedFromNotice: z.boolean(),
  removed: EngagementEvent.optional(),
});
export type EventEntry = z.infer<typeof EventEntry>;

/** The record's indexed keys, computed from the rest when it is written. */
export interface NoticeIndexes {
  eventDays: string[];
  eventIds: string[];
}

/** The record of an opportunity's notice as written: the notice, its lots' and events' entries. */
export function noticeRecord(
  id: string,
  notice: Opportunity,
  importedAt: string,
  lots: readonly LotRecord[],
  events: readonly EngagementEventRecord[],
): NoticeSnapshotRecord {
  const lotEntries = lots.map(lotEntry);
  const eventEntries = events.map(eventEntry);
  return {
    id,
    notice: storedNotice(notice),
    importedAt,
    lots: lotEntries,
    events: eventEntries,
    ...noticeIndexes(notice, eventEntries),
  };
}

/**
 * The notice as stored: without how the file says it got there (`changes`, `releaseHistory`),
 * which the import writes to the change log and nothing reads from the record (a re-import
 * compares states, see `sameNotice`). Empty, not absent, so the record's notice stays the model.
 */
export function storedNotice(notice: Opportunity): Opportunity {
  return { ...notice, changes: [], releaseHistory: [] };
}

/** The indexed keys of a record (an upgrade or a restore computes them again). */
export function noticeIndexes(notice: Opportunity, events: readonly EventEntry[]): NoticeIndexes {
  const eventDays = new Set<string>();
  for (const event of notice.engagementEvents) {
    for (const at of [event.start, event.signUpDeadline]) if (at) eventDays.add(dayOf(at));
  }
  return { eventDays: [...eventDays].sort(), eventIds: events.map((event) => event.id) };
}

/** A UK day, or the instant's own date when it cannot be read as one (never throws). */
function dayOf(at: string): string {
  return Number.isNaN(Date.parse(at)) ? at.slice(0, 10) : ukDay(at);
}

function lotEntry(row: LotRecord): LotEntry {
  const { id, lotKey, position, removedFromNotice, createdAt, updatedAt, updatedBy } = row;
  const entry: LotEntry = {
    id,
    lotKey,
    position,
    removedFromNotice,
    createdAt,
    updatedAt,
    updatedBy,
  };
  if (removedFromNotice) entry.removed = lotFacts(row);
  return entry;
}

function eventEntry(row: EngagementEventRecord): EventEntry {
  const { id, eventKey, previousStart, position, removedFromNotice } = row;
  const { createdAt, updatedAt, updatedBy } = row;
  const entry: EventEntry = {
    id,
    eventKey,
    previousStart,
    position,
    removedFromNotice,
    createdAt,
    updatedAt,
    updatedBy,
  };
  if (removedFromNotice) entry.removed = eventFacts(row);
  return entry;
}

/** The notice's part of a lot row: the fields of the notice model's lot, but its id (`lotKey`). */
function lotFacts(row: LotRecord): Omit<Lot, 'id'> {
  return pick(row, Lot.omit({ id: true }).keyof().options) as Omit<Lot, 'id'>;
}

/** The notice's part of an event row. */
function eventFacts(row: EngagementEventRecord): EngagementEvent {
  return pick(row, EngagementEvent.keyof().options) as EngagementEvent;
}

function pick(row: object, keys: readonly string[]): Record<string, unknown> {
  const fields = row as Record<string, unknown>;
  return Object.fromEntries(keys.filter((key) => key in fields).map((key) => [key, fields[key]]));
}

/** Lots and events still in the notice first, then by their place in it (the order stored). */
export function inNoticeOrder(
  a: { removedFromNotice: boolean; position: number },
  b: { removedFromNotice: boolean; position: number },
): number {
  return Number(a.removedFromNotice) - Number(b.removedFromNotice) || a.position - b.position;
}

/** The record's lots as rows (the shape every reader uses), in the notice's order. */
export function lotRows(record: NoticeSnapshotRecord): LotRecord[] {
  return record.lots.flatMap((entry) => {
    const { removed, ...identity } = entry;
    const lot = removed ? { ...removed, id: entry.lotKey } : record.notice.lots[entry.position];
    if (!lot) return [];
    const { id: lotKey, ...fields } = lot;
    return [{ ...fields, ...identity, lotKey, opportunityId: record.id }];
  });
}

/** The record's engagement events as rows, in the notice's order. */
export function eventRows(record: NoticeSnapshotRecord): EngagementEventRecord[] {
  return record.events.flatMap((entry) => {
    const { removed, ...identity } = entry;
    const event = removed ?? record.notice.engagementEvents[entry.position];
    if (!event) return [];
    // Always the key, even unset, as `planEvents` writes it.
    return [
      {
        ...event,
        datesInDescription: event.datesInDescription,
        ...identity,
        opportunityId: record.id,
      },
    ];
  });
}

/** The notice's key dates as rows, sorted by time (ids are the record's and the date's place). */
export function keyDateRows(record: NoticeSnapshotRecord): KeyDateRecord[] {
  return record.notice.keyDates
    .map((date, i) => ({ ...date, id: `${record.id}/key-date/${i}`, opportunityId: record.id }))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** The notice's documents as rows, in the notice's order. */
export function documentRows(record: NoticeSnapshotRecord): DocumentRecord[] {
  return record.notice.documents.map(({ id: documentKey, ...fields }, position) => ({
    ...fields,
    id: `${record.id}/document/${position}`,
    opportunityId: record.id,
    documentKey,
    position,
  }));
}

// ------------------------------------------------------------------ reads (inside a transaction)

/** The lots of these opportunities. */
export async function lotsOf(db: BidDeskDatabase, opportunityIds: string[]): Promise<LotRecord[]> {
  const records = await db.notices.bulkGet(opportunityIds);
  return records.flatMap((record) => (record ? lotRows(record) : []));
}

/** The engagement events of these opportunities. */
export async function eventsOf(
  db: BidDeskDatabase,
  opportunityIds: string[],
): Promise<EngagementEventRecord[]> {
  const records = await db.notices.bulkGet(opportunityIds);
  return records.flatMap((record) => (record ? eventRows(record) : []));
}

/** Which lot of which opportunity (whoever names a lot keeps its opportunity beside it). */
export interface LotRef {
  opportunityId: string;
  lotId: string;
}

/** Lots by id, in the order asked (undefined for a lot its opportunity's record does not hold). */
export async function getLots(
  db: BidDeskDatabase,
  refs: readonly LotRef[],
): Promise<Array<LotRecord | undefined>> {
  if (refs.length === 0) return [];
  const ids = [...new Set(refs.map((ref) => ref.opportunityId))];
  const records = await db.notices.bulkGet(ids);
  const byId = new Map(
    records.flatMap((record) => (record ? lotRows(record) : [])).map((lot) => [lot.id, lot]),
  );
  return refs.map(({ opportunityId, lotId }) => {
    const lot = byId.get(lotId);
    return lot?.opportunityId === opportunityId ? lot : undefined;
  });
}

/** One lot of an opportunity by id. */
export async function getLot(
  db: BidDeskDatabase,
  opportunityId: string,
  lotId: string,
): Promise<LotRecord | undefined> {
  return (await getLots(db, [{ opportunityId, lotId }]))[0];
}

/** One engagement event by id. */
export async function getEvent(
  db: BidDeskDatabase,
  eventId: string,
): Promise<EngagementEventRecord | undefined> {
  const record = await db.notices.where('eventIds').equals(eventId).first();
  return record ? eventRows(record).find((event) => event.id === eventId) : undefined;
}
