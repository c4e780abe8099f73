/** The files notices were imported from, kept so they can be shown or re-read by a newer engine. */
import type { BidDeskDatabase } from './database';
import type { SourceFileRecord } from './records';

/**
 * The newest file that described this opportunity and whose text was kept, or null. Uses the
 * `opportunityIds` index, so only that opportunity's files are read.
 */
export async function getLatestSourceFile(
  db: BidDeskDatabase,
  opportunityId: string,
): Promise<SourceFileRecord | null> {
  const files = await db.sourceFiles.where('opportunityIds').equals(opportunityId).toArray();
  let latest: SourceFileRecord | null = null;
  for (const file of files) {
    if (file.text !== null && (!latest || file.importedAt > latest.importedAt)) latest = file;
  }
  return latest;
}
