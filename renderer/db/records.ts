/**
 * The rows Bid Desk keeps in IndexedDB. Rows copied from a notice are rewritten by re-imports;
 * everything else on them (and every row of a table a later feature adds) belongs to the user and
 * is never overwritten by an import.
 *
 * Every id is a string UUID, never an auto-increment key, so that rows made on two machines can
 * later be merged by a sync service (CouchDB, Dexie Cloud) without colliding.
 */
import type {
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

/** Who wrote a row and when (ISO strings). The clock and the user are passed in, never read here. */
export interface Authorship {
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

/**
 * IndexedDB cannot index booleans, so demo rows also carry `demoFlag: 1` (absent on real rows):
 * the `demoFlag` index then lists exactly the demo rows, without scanning the table.
 */
export interface DemoMarker {
  isDemo: boolean;
  demoFlag?: 1;
}

/** The compact copy of a key date the pipeline needs for "next key date". */
export interface CompactKeyDate {
  kind: KeyDateKind;
  at: string;
  allDay: boolean;
  lotId: string | null;
}

/** One opportunity in the pipeline: what the list needs, small enough to load 5,000 at once. */
export interface OpportunityRecord extends Authorship, DemoMarker {
  id: string;
  ocid: string | null;
  title: string;
  buyerName: string;
  stage: Stage;
  noticeType: NoticeType | null;
  status: string | null;
  valueAmount: number | null;
  valueGross: number | null;
  currency: string | null;
  sme: boolean | null;
  vcse: boolean | null;
  lotCount: number;
  /** The dates the pipeline acts on (see `compactKeyDates`); the full list is in `keyDates`. */
  keyDates: CompactKeyDate[];
  /**
   * Earliest submission deadline (whole opportunity or any lot) as a UTC ISO string
   * (`2026-05-06T11:00:00.000Z`), so that the index sorts by instant whatever the notice's offset.
   */
  submissionDeadline: string | null;
  /** Lower-case title, buyer, ocid and CPV codes/descriptions, for the pipeline's search box. */
  searchText: string;
  /** How many change-log entries are not dismissed yet. */
  unreadChanges: number;
  /** The notice's own `updatedAt` (newest release), to refuse overwriting with an older file. */
  noticeUpdatedAt: string | null;
}

/** The full normalised notice as last imported: what the next re-import is compared with. */
export interface NoticeSnapshotRecord {
  /** The opportunity's id. */
  id: string;
  notice: Opportunity;
  importedAt: string;
}

/** A lot. Its id survives re-imports, so the user's work on a lot can point at it. */
export interface LotRecord extends Lot, Authorship {
  /** UUID. (The notice's own lot id is `lotKey`.) */
  id: string;
  opportunityId: string;
  /** The notice's lot id, e.g. `1` or `LOT-0000`, matched on re-import. */
  lotKey: string;
  /** Order in the notice. */
  position: number;
  /** The latest notice no longer lists this lot. Kept, because the user's work may point at it. */
  removedFromNotice: boolean;
}

export interface KeyDateRecord extends KeyDate {
  id: string;
  opportunityId: string;
}

/** An engagement event. Its id survives re-imports, so "we attended" can point at it. */
export interface EngagementEventRecord extends EngagementEvent, Authorship {
  id: string;
  opportunityId: string;
  /** What re-imports match on: the normalised title and its occurrence among equal titles. */
  eventKey: string;
  /** Where the event started before a re-import moved it; null if it never moved. */
  previousStart: string | null;
  removedFromNotice: boolean;
  /** Order in the notice. */
  position: number;
}

export interface DocumentRecord extends NoticeDocument {
  /** UUID. (The notice's own document id is `documentKey`.) */
  id: string;
  opportunityId: string;
  documentKey: string;
  position: number;
}

/**
 * What one re-import changed, shown prominently until someone dismisses it; or, with `release`,
 * what one release in a notice's first file changed (its history). Never edited after.
 */
export interface ChangeLogRecord {
  id: string;
  opportunityId: string;
  importedAt: string;
  importedBy: string;
  fileName: string;
  changes: Change[];
  dismissedAt: string | null;
  dismissedBy: string | null;
  /**
   * The release of the first imported file whose changes these are (when it was published). Its
   * history was not news to anyone, so it is written already seen: `dismissedAt`/`dismissedBy`
   * are the import's, it never counts as unread, and no banner shows it.
   */
  release?: Omit<ReleaseChanges, 'changes'>;
  /**
   * Bid Desk's own new reading, not the buyer's change: the file brought the same releases as the
   * stored notice (same `releaseIds` and `updatedAt`), but this version of the engine reads them
   * differently (a midnight deadline a day earlier). Unread like any change, worded as Bid Desk's.
   */
  reading?: true;
}

/** A file as imported, kept so that a newer engine can read it again. */
export interface SourceFileRecord extends DemoMarker {
  id: string;
  fileName: string;
  format: string;
  importedAt: string;
  importedBy: string;
  size: number;
  /** The file's text; null when the host did not pass it (very large files). */
  text: string | null;
  opportunityIds: string[];
  /** `ENGINE_VERSION` of the engine that read it. */
  engineVersion: number;
}

/** A document that is not a notice (e.g. a commissioning strategy), kept for its buyer. */
export interface ReferenceDocumentRecord extends Authorship, DemoMarker {
  id: string;
  fileName: string;
  title: string | null;
  buyerName: string | null;
  /** The buyer name's words, sorted (see `buyerKey`): matched against opportunities' buyers. */
  buyerKey: string | null;
  text: string;
}

/** One key-value setting of the store itself (e.g. `demoSeeded`). */
export interface MetaRecord {
  key: string;
  value: unknown;
}
