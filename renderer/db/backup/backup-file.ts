/**
 * The backup file: every table of the store in one versioned JSON document. The file says which
 * schema version wrote its rows, so a later Bid Desk can bring them up to date (see
 * `upgradeBackup`) and an older one can refuse them instead of misreading them.
 */
import { z } from 'zod';
import { SCHEMA_VERSION } from '../schema';

/** What the `format` field of every Bid Desk backup says. */
export const BACKUP_FORMAT = 'bid-desk-backup';
/** The envelope's own version (not the rows'): bumped only if the envelope changes shape. */
export const BACKUP_FORMAT_VERSION = 1;

/** A backup file as written by `serialiseBackup` and read by `parseBackup`. */
export const BackupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  /** The database schema version the rows were written by (`SCHEMA_VERSION` at export). */
  schemaVersion: z.number().int().positive(),
  exportedAt: z.string(),
  exportedBy: z.string(),
  app: z.object({ version: z.string() }),
  /** Every table's rows as stored, by table name. */
  tables: z.record(z.string(), z.array(z.unknown())),
});
export type BackupFile = z.infer<typeof BackupFile>;

/** Why a file could not be read as a backup. */
export type BackupProblem = 'damaged' | 'not-a-backup' | 'newer';

/** The file is not a backup this Bid Desk can restore. Nothing was changed. */
export class BackupFileError extends Error {
  readonly problem: BackupProblem;

  constructor(problem: BackupProblem, message: string) {
    super(message);
    this.name = 'BackupFileError';
    this.problem = problem;
  }
}

/**
 * A backup made by a newer Bid Desk (worded like `NewerDatabaseError`): its rows may mean
 * something this version does not know, so it is refused rather than half-understood. `kind`
 * says which version is newer: the rows' (`data`) or the file's own layout (`format`), and the
 * sentence names that one.
 */
export class NewerBackupError extends BackupFileError {
  readonly backupVersion: number;
  readonly supportedVersion: number;
  readonly kind: 'data' | 'format';

  constructor(
    backupVersion: number,
    supportedVersion: number = SCHEMA_VERSION,
    kind: 'data' | 'format' = 'data',
  ) {
    super(
      'newer',
      `This backup was made by a newer version of Bid Desk (${kind} version ${backupVersion}; this version understands up to ${supportedVersion}). Update Bid Desk to restore it. Nothing has been changed.`,
    );
    this.name = 'NewerBackupError';
    this.backupVersion = backupVersion;
    this.supportedVersion = supportedVersion;
    this.kind = kind;
  }
}

/** The file's text: compact JSON (a backup is read by Bid Desk, and pretty-printing doubles it). */
export function serialiseBackup(file: BackupFile): string {
  return JSON.stringify(file);
}

/**
 * Read a backup file's text. Throws `BackupFileError` with a sentence for the user when the text
 * is not JSON (`damaged`), is JSON but not a Bid Desk backup (`not-a-backup`), or was made by a
 * newer Bid Desk (`NewerBackupError`). Rows are checked when they are restored, against the
 * tables they belong to (see `checkBackupTables`).
 */
export function parseBackup(text: string): BackupFile {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new BackupFileError(
      'damaged',
      'This backup file is damaged: it is not complete JSON (it may have been cut short or edited). Nothing has been changed.',
    );
  }
  const envelope = json as Partial<Record<keyof BackupFile, unknown>> | null;
  if (typeof envelope !== 'object' || envelope === null || envelope.format !== BACKUP_FORMAT) {
    throw new BackupFileError(
      'not-a-backup',
      'This file is not a Bid Desk backup. Choose a file made with “Back up everything”. Nothing has been changed.',
    );
  }
  // Newer before shape: a newer Bid Desk may have changed the envelope too.
  const { formatVersion, schemaVersion } = envelope;
  if (typeof schemaVersion === 'number' && schemaVersion > SCHEMA_VERSION) {
    throw new NewerBackupError(schemaVersion);
  }
  if (typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) {
    throw new NewerBackupError(formatVersion, BACKUP_FORMAT_VERSION, 'format');
  }
  const parsed = BackupFile.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.map(String).join('.') || 'the file';
    throw new BackupFileError(
      'damaged',
      `This Bid Desk backup is damaged (${where} is not as Bid Desk wrote it). Nothing has been changed.`,
    );
  }
  return parsed.data;
}
