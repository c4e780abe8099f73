/**
 * The database's versions, one by one. APPEND ONLY: a released version is never edited, because
 * users' databases were created from it. To change the schema, add `SCHEMA_V<n+1>` with the tables
 * whose stores change (Dexie carries the others over), an upgrade function if rows need moving,
 * a line in `database.ts`, and a migration test from version n.
 *
 * Dexie store syntax: the first entry is the primary key, then the indexes; `&` = unique,
 * `[a+b]` = compound. Only indexed fields are listed; rows hold any other fields.
 */

/**
 * Version 1: the original table set. Opportunities keyed by UUID (unique by ocid when they have
 * one), their notice snapshot, the rows copied from the notice (lots, key dates, engagement
 * events, documents), the change log, the raw source files and a key-value `meta` table.
 *
 * Indexes are few on purpose: every index entry is a write, and one 10,000-release package makes
 * about 6,500 opportunities with 90,000 key dates. Child rows are found by `opportunityId`; the
 * pipeline filters its compact rows in memory, except by deadline (`submissionDeadline` is UTC,
 * so it sorts; the notice's own instants mix offsets and would not).
 */
export const SCHEMA_V1 = {
  opportunities: 'id, &ocid, submissionDeadline',
  notices: 'id',
  lots: 'id, opportunityId',
  keyDates: 'id, opportunityId',
  engagementEvents: 'id, opportunityId',
  documents: 'id, opportunityId',
  changeLog: 'id, opportunityId, importedAt',
  sourceFiles: 'id, importedAt',
  meta: 'key',
} as const;

/**
 * Version 2: what the pipeline and the first-run demo need.
 * - `demoFlag` indexes (opportunities, source files): "remove demo data" and "is there demo data?"
 *   without scanning 5,000 opportunities or loading source files' text. IndexedDB cannot index the
 *   boolean `isDemo`, so demo rows carry `demoFlag: 1` and real rows none (a sparse index).
 * - `unreadChanges` on opportunities: the pipeline shows changed opportunities first.
 * - `searchText` on opportunities (not indexed: the search box matches substrings in memory).
 * - `referenceDocuments`: a commissioning strategy is not a notice, but the user may keep it
 *   beside the buyer's opportunities, matched by `buyerKey`.
 * - `changeLog` `[opportunityId+importedAt]`: an opportunity's log, newest first, from the index.
 * - `sourceFiles` `*opportunityIds`: the file an opportunity came from, without reading every
 *   file's text.
 * The upgrade fills `searchText`, `unreadChanges` and `demoFlag` for rows written by version 1.
 */
export const SCHEMA_V2 = {
  opportunities: 'id, &ocid, submissionDeadline, unreadChanges, demoFlag',
  changeLog: 'id, opportunityId, importedAt, [opportunityId+importedAt]',
  sourceFiles: 'id, importedAt, demoFlag, *opportunityIds',
  referenceDocuments: 'id, buyerKey, demoFlag',
} as const;

/**
 * Version 3: the bid workspace, the user's own records about an opportunity (see
 * `shared/workspace/model.ts`). Four new tables; no existing store changes and no rows move, so
 * the upgrade only records the version. None of these tables is ever written by an import, except
 * that a moved submission deadline moves the due dates of checklist items that follow it.
 * - `decisions`: append-only go/no-go history. `[opportunityId+lotId]` finds a lot's decisions;
 *   IndexedDB leaves rows whose `lotId` is null (whole-opportunity decisions) out of a compound
 *   index, so an opportunity's full history is read through `opportunityId`. `createdAt` lists
 *   recent decisions across the pipeline (the agenda).
 * - `engagementPlans`: `eventId` finds the plan of a notice event (one plan per event). Event ids
 *   survive re-imports (see `planEvents`), so plans stay attached when the buyer moves an event.
 * - `checklistItems`: `[lotId+position]` gives a lot's checklist in order (and its last position
 *   for a new item); `dueDate` (a `yyyy-MM-dd` day, so it sorts) serves "due this week".
 * - `criterionPlans`: `[lotId+criterionKey]` is the upsert key (one plan per criterion of a lot).
 * Settings (decision matrix, checklist template, user name, a lot's scoring scale) live in `meta`.
 * (`sourceFiles` already has its `*opportunityIds` index since version 2.)
 */
export const SCHEMA_V3 = {
  decisions: 'id, opportunityId, [opportunityId+lotId], createdAt',
  engagementPlans: 'id, opportunityId, eventId',
  checklistItems: 'id, opportunityId, lotId, [lotId+position], dueDate',
  criterionPlans: 'id, opportunityId, lotId, [lotId+criterionKey]',
} as const;

/**
 * Version 4: how bids ended (see `BidOutcome` in `shared/workspace/model.ts`). One new table, no
 * existing store changes, so the upgrade only records the version.
 * - `bidOutcomes`: append-only, like `decisions`; the newest per lot is in force. An import
 *   appends one when an award notice arrives for an opportunity the user is bidding for, in the
 *   import's own transaction; the user will record theirs by hand. Found by `opportunityId` (an
 *   opportunity's history, and the pipeline's whole list: outcomes exist only for bids, so they
 *   are few).
 */
export const SCHEMA_V4 = {
  bidOutcomes: 'id, opportunityId',
} as const;

/**
 * Version 5: imported facts in one record per opportunity (see `notice-record.ts`). The notice
 * record holds its key dates, lots, documents and engagement events as published, with the ids of
 * its lots and events (which the user's records point at); the four tables of copied rows go.
 * What the user edits stays one row per item. The upgrade moves each lot's and event's id and
 * match key into its opportunity's record (lots and events the notice dropped with their facts).
 * - `notices` `*keyDateDays`, `*eventDays`: records with a key date, or an engagement event or
 *   its sign-up deadline, on a UK day (`yyyy-MM-dd`): the calendar and This week read a window.
 * - `notices` `*lotIds`, `*eventIds`: the record holding a lot or event the user's records name.
 */
export const SCHEMA_V5 = {
  notices: 'id, *keyDateDays, *eventDays, *lotIds, *eventIds',
  lots: null,
  keyDates: null,
  engagementEvents: null,
  documents: null,
} as const;

/**
 * Version 6: the user's own stage for an opportunity, set by moving its card on the pipeline's
 * board (see `StageMove` in `shared/workspace/model.ts`). One new table, no existing store
 * changes, so the upgrade only records the version.
 * - `stageMoves`: append-only, like `decisions`; the newest per opportunity is in force. Found by
 *   `opportunityId`; the pipeline reads the whole table (moves exist only where the user made
 *   them, so they are few beside the opportunities).
 */
export const SCHEMA_V6 = {
  stageMoves: 'id, opportunityId',
} as const;

/**
 * Version 7: fewer index entries on the notice records, because each is a write on every import
 * (a 10,000-release file wrote 87,000 `keyDateDays` and 19,000 `lotIds` entries: most of its save
 * time). `*keyDateDays` was never read (the calendar and This week take key dates from the
 * pipeline's rows); a lot is found through its opportunity's record, read by key, since every
 * record naming a lot also names its opportunity. The upgrade removes the two fields, and the
 * notice's `changes` and `releaseHistory` (kept in the change log; see `storedNotice`).
 * `changeLog` keeps only `[opportunityId+importedAt]`, which also answers by `opportunityId` alone
 * (Dexie reads a compound index's first part as a virtual index). `opportunities` loses its
 * `unreadChanges` and `submissionDeadline` indexes, an entry per row that the app never read: the
 * pipeline sorts and filters its compact rows in memory, and so do the two lists that used them.
 */
export const SCHEMA_V7 = {
  notices: 'id, *eventDays, *eventIds',
  changeLog: 'id, [opportunityId+importedAt]',
  opportunities: 'id, &ocid, demoFlag',
} as const;

/**
 * Version 8: opportunities the user enters by hand (a grant round, a portal tender, a quote): the
 * user's own record, found by the opportunity it shows as (`opportunityId`). One new table, so the
 * upgrade only records the version.
 */
export const SCHEMA_V8 = {
  entries: 'id, opportunityId',
} as const;

/** The newest version this code understands. */
export const SCHEMA_VERSION = 8;

/** The name of the user's database. Tests pass their own. */
export const DATABASE_NAME = 'bid-desk';
