/**
 * The zod schema of every table's rows: what the app writes to each table. Rows that come from
 * outside the app (a backup file, a snapshot) are checked against these before anything is
 * written, so a row the screens cannot read never reaches the store.
 */
import type { z } from 'zod';
import { OpportunityEntry } from '../../shared/entry/entry';
import {
  BidOutcome,
  ChecklistItem,
  CriterionPlan,
  EngagementPlan,
  GoNoGoDecision,
  StageMove,
} from '../../shared/workspace/model';
import {
  ChangeLogRecord,
  MetaRecord,
  NoticeSnapshotRecord,
  OpportunityRecord,
  ReferenceDocumentRecord,
  SourceFileRecord,
} from './records';

/** By table name. A table a schema version adds needs its entry here (a test checks). */
export const ROW_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  opportunities: OpportunityRecord,
  notices: NoticeSnapshotRecord,
  changeLog: ChangeLogRecord,
  sourceFiles: SourceFileRecord,
  referenceDocuments: ReferenceDocumentRecord,
  meta: MetaRecord,
  decisions: GoNoGoDecision,
  engagementPlans: EngagementPlan,
  checklistItems: ChecklistItem,
  criterionPlans: CriterionPlan,
  bidOutcomes: BidOutcome,
  stageMoves: StageMove,
  entries: OpportunityEntry,
};
