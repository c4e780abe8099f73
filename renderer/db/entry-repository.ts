/**
 * Opportunities the user enters by hand. The entry is the user's own record; the opportunity the
 * screens show is built from it (`opportunityFromEntry`) and saved as an import would save a
 * notice, so a second save updates the same opportunity: its lots keep their ids (the checklist
 * and response plan stay attached), a moved deadline moves the checklist's due dates, and what
 * changed is in its change log. No file is stored.
 */
import { OpportunityEntry, opportunityFromEntry } from '../../shared/entry/entry';
import type { BidDeskDatabase } from './database';
import { saveImport } from './import-repository';
import { validate } from './workspace/validate';
import type { WriteContext } from './write-context';

/** What the change log says a save came from. */
export const ENTRY_SOURCE_NAME = 'Entered by hand';

/**
 * Save an entry and the opportunity it shows as, in one transaction; resolves to the
 * opportunity's id. Refuses an entry that does not validate, writing nothing.
 */
export async function saveEntry(
  db: BidDeskDatabase,
  entry: OpportunityEntry,
  ctx: WriteContext,
): Promise<string> {
  const at = ctx.now.toISOString();
  const checked = validate(
    OpportunityEntry,
    { ...entry, updatedAt: at, updatedBy: ctx.user },
    'opportunity',
  );
  const tables = [
    db.entries,
    db.opportunities,
    db.notices,
    db.changeLog,
    db.sourceFiles,
    db.checklistItems,
    db.meta,
    db.decisions,
    db.bidOutcomes,
  ];
  return db.transaction('rw', tables, async () => {
    const summary = await saveImport(
      db,
      {
        fileName: ENTRY_SOURCE_NAME,
        format: 'hand-entered',
        sourceText: null,
        size: 0,
        opportunities: [opportunityFromEntry(checked)],
        handEntered: true,
      },
      ctx,
    );
    const saved = [...summary.created, ...summary.updated, ...summary.unchanged][0];
    if (!saved) throw new Error('The opportunity was not saved.');
    await db.entries.put({ ...checked, opportunityId: saved.id });
    return saved.id;
  });
}

/** The entry an opportunity was made from, or null for an imported notice. */
export async function entryOf(
  db: BidDeskDatabase,
  opportunityId: string,
): Promise<OpportunityEntry | null> {
  return (await db.entries.where('opportunityId').equals(opportunityId).first()) ?? null;
}
