/**
 * Reading stored notice files again with a newer import engine. Notices stored by an older
 * Bid Desk keep its reading (a midnight deadline a day late) until they are read again; the file's
 * text is kept for this (`SourceFileRecord.text`).
 */
import type { ImportOutcome } from '../../shared/ipc/contract';
import { errorInWords } from '../lib/error-words';
import type { BidDeskDatabase } from './database';
import { ENGINE_VERSION, saveImport, type SaveImportSummary } from './import-repository';
import type { SourceFileRecord } from './records';
import type { WriteContext } from './write-context';

/** Runs a stored file's text through the import engine (the host's worker; tests call it directly). */
export type StoredFileReader = (file: { fileName: string; text: string }) => Promise<ImportOutcome>;

/** What re-reading the stored files did, for one plain summary. */
export interface RereadReport {
  /** Files read again and saved (`summary.updated` lists what now reads differently). */
  reread: Array<{ fileName: string; summary: SaveImportSummary }>;
  /** Files whose text was not kept (too large): only a re-import can update their notices. */
  withoutText: string[];
  /** Files this engine could not read, or whose new reading could not be saved: kept as stored. */
  failed: Array<{ fileName: string; message: string }>;
}

/** The stored files an older engine read, oldest import first. */
export async function storedFilesToReread(db: BidDeskDatabase): Promise<SourceFileRecord[]> {
  const files = await db.sourceFiles.filter((f) => f.engineVersion < ENGINE_VERSION).toArray();
  return files.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

/**
 * Read every stored file an older engine read with this one, and save each new reading through
 * `saveImport` (one transaction per file: never the user's own data; checklist dates move as a
 * re-import moves them; the same releases read differently are logged as Bid Desk's reading, not
 * the buyer's change). Each file is read once: its row then carries `ENGINE_VERSION`, also when
 * nothing changed, when its text was not kept, or when this engine cannot read it (its notices
 * then keep their stored reading). Only a failed save leaves the row for the next start.
 */
export async function rereadStoredFiles(
  db: BidDeskDatabase,
  read: StoredFileReader,
  ctx: WriteContext,
  onFile?: (done: number, total: number) => void,
): Promise<RereadReport> {
  const files = await storedFilesToReread(db);
  const report: RereadReport = { reread: [], withoutText: [], failed: [] };
  let done = 0;
  for (const file of files) {
    onFile?.(done, files.length);
    await rereadOne(db, file, read, ctx, report);
    done++;
  }
  if (files.length) onFile?.(done, files.length);
  return report;
}

async function rereadOne(
  db: BidDeskDatabase,
  file: SourceFileRecord,
  read: StoredFileReader,
  ctx: WriteContext,
  report: RereadReport,
): Promise<void> {
  if (file.text === null) {
    report.withoutText.push(file.fileName);
    await markRead(db, file.id);
    return;
  }
  const outcome = await read({ fileName: file.fileName, text: file.text }).catch(
    (error: unknown): ImportOutcome => ({
      ok: false,
      error: { code: 'internal', message: errorInWords(error), details: {} },
    }),
  );
  if (!outcome.ok) {
    report.failed.push({ fileName: file.fileName, message: outcome.error.message });
    await markRead(db, file.id);
    return;
  }
  try {
    const summary = await saveImport(
      db,
      {
        fileName: file.fileName,
        format: outcome.format,
        sourceText: file.text,
        size: file.size,
        opportunities: outcome.opportunities,
        isDemo: file.isDemo,
        rereadOf: file,
      },
      ctx,
    );
    report.reread.push({ fileName: file.fileName, summary });
  } catch (error: unknown) {
    report.failed.push({
      fileName: file.fileName,
      message: errorInWords(error),
    });
  }
}

/** The file was read by this engine (or cannot be): not read again at the next start. */
async function markRead(db: BidDeskDatabase, id: string): Promise<void> {
  await db.sourceFiles.update(id, { engineVersion: ENGINE_VERSION });
}
