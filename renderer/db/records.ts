/**
 * The rows Bid Desk keeps in IndexedDB. Rows copied from a notice are rewritten by re-imports;
 * everything else on them (and every row of a table a later feature adds) belongs to the user and
 * is never overwritten by an import.
 *
 * Every id is a string UUID, never an auto-increment key, so that rows made on two machines can
 * later be merged by a sync service (CouchDB, Dexie Cloud) without colliding.
 */
import { z } from 'zod';
import {
  Change,
  EngagementEvent,
  KeyDate,
  KeyDateKind,
  Lot,
  NoticeDocument,
  NoticeType,
  Opportunity,
  ReleaseChanges,
  Stage,
} from '../../shared/notice/model';
import { Authorship } from '../../shared/workspace/model';
import { EventEntry, LotEntry, type NoticeIndexes } from './notice-record';

/**
 * Each row's zod schema sits beside its type (the type is inferred from it), so that rows from
 * outside the app (a backup file) are checked against exactly what the app writes.
 */

/** Who wrote a row and when (ISO strings). The clock and the user are passed in, never read here. */
export { Authorship };

/**
 * IndexedDB cannot index booleans, so demo rows also carry `demoFlag: 1` (absent on real rows):
 * the `demoFlag` index then lists exactly the demo rows, without scanning the table.
 */
export const DemoMarker = z.object({
  isDemo: z.boolean(),
  demoFlag: z.literal(1).optional(),
});
export type DemoMarker = z.infer<typeof DemoMarker>;

/** The compact copy of a key date the pipeline needs for "next key date". */
export const CompactKeyDate = z.object({
  kind: KeyDateKind,
  at: z.string(),
  allDay: z.boolean(),
  lotId: z.string().nullable(),
});
export type CompactKeyDate = z.infer<typeof CompactKeyDate>;

/** One opportunity in the pipeline: what the list needs, small enough to load 5,000 at once. */
export const OpportunityRecord = z.object({
  ...Authorship.shape,
  ...DemoMarker.shape,
  id: z.string(),
  ocid: z.string().nullable(),
  title: z.string(),
  buyerName: z.string(),
  stage: Stage,
  noticeType: NoticeType.nullable(),
  status: z.string().nullable(),
  valueAmount: z.number().nullable(),
  valueGross: z.number().nullable(),
  currency: z.string().nullable(),
  sme: z.boolean().nullable(),
  vcse: z.boolean().nullable(),
  lotCount: z.number(),
  /** The dates the pipeline acts on (see `compactKeyDates`); the full list is in `keyDates`. */
  keyDates: z.array(CompactKeyDate),
  /**
   * Earliest submission deadline (whole opportunity or any lot) as a UTC ISO string
   * (`2026-05-06T11:00:00.000Z`), so that the index sorts by instant whatever the notice's offset.
   */
  submissionDeadline: z.string().nullable(),
  /** Lower-case title, buyer, ocid and CPV codes/descriptions, for the pipeline's search box. */
  searchText: z.string(),
  /** How many change-log entries are not dismissed yet. */
  unreadChanges: z.number(),
  /** The notice's own `updatedAt` (newest release), to refuse overwriting with an older file. */
  noticeUpdatedAt: z.string().nullable(),
});
export type OpportunityRecord = z.infer<typeof OpportunityRecord>;

/**
 * The opportunity's notice as last imported (what the next re-import is compared with), with the
 * identity of its lots and events: one record per opportunity (see `notice-record.ts`).
 */
export interface NoticeSnapshotRecord extends NoticeIndexes {
  /** The opportunity's id. */
  id: string;
  notice: Opportunity;
  importedAt: string;
  lots: LotEntry[];
  events: EventEntry[];
}

/**
 * A notice record as any released Bid Desk stored it: notices stored before `releaseHistory`
 * existed lack it (and `awards`, `warnings`, which the notice model already allows to be absent).
 * Its type stays `NoticeSnapshotRecord`, as the app reads notices after the model's defaults.
 * (Before version 5 the record held only the notice; lots, events, key dates and documents were
 * rows of their own. A backup of those is brought up to date by the upgrades first.)
 */
export const NoticeSnapshotRecord = z.object({
  id: z.string(),
  notice: Opportunity.extend({ releaseHistory: Opportunity.shape.releaseHistory.optional() }),
  importedAt: z.string(),
  lots: z.array(LotEntry),
  events: z.array(EventEntry),
  eventDays: z.array(z.string()),
  eventIds: z.array(z.string()),
});

/**
 * A lot as readers see it (built from the notice record: see `lotRows`). Its id survives
 * re-imports, so the user's work on a lot can point at it.
 */
export const LotRecord = z.object({
  ...Lot.shape,
  ...Authorship.shape,
  /** UUID. (The notice's own lot id is `lotKey`.) */
  id: z.string(),
  opportunityId: z.string(),
  /** The notice's lot id, e.g. `1` or `LOT-0000`, matched on re-import. */
  lotKey: z.string(),
  /** Order in the notice. */
  position: z.number(),
  /** The latest notice no longer lists this lot. Kept, because the user's work may point at it. */
  removedFromNotice: z.boolean(),
});
export type LotRecord = z.infer<typeof LotRecord>;

export const KeyDateRecord = KeyDate.extend({
  id: z.string(),
  opportunityId: z.string(),
});
export type KeyDateRecord = z.infer<typeof KeyDateRecord>;

/** An engagement event. Its id survives re-imports, so "we attended" can point at it. */
export const EngagementEventRecord = z.object({
  ...EngagementEvent.shape,
  ...Authorship.shape,
  id: z.string(),
  opportunityId: z.string(),
  /** What re-imports match on: the normalised title and its occurrence among equal titles. */
  eventKey: z.string(),
  /** Where the event started before a re-import moved it; null if it never moved. */
  previousStart: z.string().nullable(),
  removedFromNotice: z.boolean(),
  /** Order in the notice. */
  position: z.number(),
});
export type EngagementEventRecord = z.infer<typeof EngagementEventRecord>;

export const DocumentRecord = NoticeDocument.extend({
  /** UUID. (The notice's own document id is `documentKey`.) */
  id: z.string(),
  opportunityId: z.string(),
  documentKey: z.string(),
  position: z.number(),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

/**
 * What one re-import changed, shown prominently until someone dismisses it; or, with `release`,
 * what one release in a notice's first file changed (its history). Never edited after.
 */
export const ChangeLogRecord = z.object({
  id: z.string(),
  opportunityId: z.string(),
  importedAt: z.string(),
  importedBy: z.string(),
  fileName: z.string(),
  changes: z.array(Change),
  dismissedAt: z.string().nullable(),
  dismissedBy: z.string().nullable(),
  /**
   * The release of the first imported file whose changes these are (when it was published). Its
   * history was not news to anyone, so it is written already seen: `dismissedAt`/`dismissedBy`
   * are the import's, it never counts as unread, and no banner shows it.
   */
  release: ReleaseChanges.omit({ changes: true }).optional(),
  /**
   * Bid Desk's own new reading, not the buyer's change: the file brought the same releases as the
   * stored notice (same `releaseIds` and `updatedAt`), but this version of the engine reads them
   * differently (a midnight deadline a day earlier). Unread like any change, worded as Bid Desk's.
   */
  reading: z.literal(true).optional(),
});
export type ChangeLogRecord = z.infer<typeof ChangeLogRecord>;

/** A file as imported, kept so that a newer engine can read it again. */
export const SourceFileRecord = z.object({
  ...DemoMarker.shape,
  id: z.string(),
  fileName: z.string(),
  format: z.string(),
  importedAt: z.string(),
  importedBy: z.string(),
  size: z.number(),
  /** The file's text; null when the host did not pass it (very large files). */
  text: z.string().nullable(),
  opportunityIds: z.array(z.string()),
  /** `ENGINE_VERSION` of the engine that read it. */
  engineVersion: z.number(),
});
export type SourceFileRecord = z.infer<typeof SourceFileRecord>;

/** A document that is not a notice (e.g. a commissioning strategy), kept for its buyer. */
export const ReferenceDocumentRecord = z.object({
  ...Authorship.shape,
  ...DemoMarker.shape,
  id: z.string(),
  fileName: z.string(),
  title: z.string().nullable(),
  buyerName: z.string().nullable(),
  /** The buyer name's words, sorted (see `buyerKey`): matched against opportunities' buyers. */
  buyerKey: z.string().nullable(),
  text: z.string(),
});
export type ReferenceDocumentRecord = z.infer<typeof ReferenceDocumentRecord>;

/**
 * One key-value setting of the store itself (e.g. `demoSeeded`). Each setting's value is checked
 * by the module that reads it (a value that does not parse reads as the default).
 */
export const MetaRecord = z.object({
  key: z.string(),
  value: z.unknown(),
});
export type MetaRecord = z.infer<typeof MetaRecord>;
