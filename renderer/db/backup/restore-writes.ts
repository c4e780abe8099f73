/**
 * Deciding what restoring a backup writes, before anything is written: pure, given the backup's
 * rows and the stored rows it meets. The same plan is the preview the user confirms and the
 * writes `restoreBackup` makes.
 *
 * The rule: for every opportunity in the backup, the backup's rows win (its notice rows and the
 * user's records about it, which are put back exactly and stored rows it lacks are removed); every
 * other opportunity is left as it is; settings merge key by key.
 */
import { repoint, sameData, type Row, type TableShape } from './rows';

/** How many rows of a table a restore adds, replaces and removes. */
export interface TableCounts {
  added: number;
  replaced: number;
  removed: number;
}

/**
 * What differs between a stored opportunity and the backup's copy that replaces it, as facts: the
 * backup screen words them (features/backup/restore-words.ts).
 */
export interface OpportunityChanges {
  /** Both titles, when the backup's differs from the stored one. */
  title: { stored: string; backup: string } | null;
  /** Set when the backup's notice replaces the stored one: when each was last updated. */
  notice: { storedUpdatedAt: string | null; backupUpdatedAt: string | null } | null;
  /** The opportunity's own row differs (its stage, dates or unread changes, say). */
  rowChanged: boolean;
  /** Per table, the rows about it that change (the notice's own rows: see `notice`). */
  tables: Record<string, TableCounts>;
}

/** Where a backup's opportunity goes: the stored one it matches (by ocid, else id), or new. */
export interface OpportunityMatch {
  targetId: string;
  stored: Row | undefined;
}

/** What a restore will change, in terms the user can check before confirming. */
export interface RestorePreview {
  /** The data version the backup was made at (older ones were brought up to date first). */
  fromSchemaVersion: number;
  newOpportunities: Array<{ title: string; ocid: string | null }>;
  /** Opportunities stored now that the backup's copy replaces, and what differs. */
  updatedOpportunities: Array<{ title: string; ocid: string | null; changes: OpportunityChanges }>;
  /** Opportunities in the backup that are stored exactly as the backup has them. */
  unchanged: number;
  /** The user's own records (decisions, plans, checklists…), per table with changes. */
  userRecords: Record<string, TableCounts>;
  /** Every table's counts, notice rows included. */
  tables: Record<string, TableCounts>;
  settingsChange: boolean;
  /** The keys of the settings the backup's values replace (`decisionSettings`, `scale:…`). */
  settingsChanged: string[];
}

/** The writes of a restore and the preview they amount to. */
export interface RestorePlan {
  puts: Record<string, Row[]>;
  deletes: Record<string, Array<string | number>>;
  preview: RestorePreview;
}

/** Tables an import fills from notices; rows of every other table are the user's own records. */
const NOTICE_TABLES = new Set(['opportunities', 'notices', 'changeLog', 'sourceFiles', 'meta']);

/**
 * Match the backup's opportunities with stored ones: by ocid, else (no ocid) by id. A backup row
 * whose id a different stored opportunity already uses gets a new id rather than overwrite it.
 */
export function matchOpportunities(
  backupRows: readonly Row[],
  candidates: readonly Row[],
  newId: () => string,
): Map<string, OpportunityMatch> {
  const byOcid = new Map(candidates.flatMap((row) => (row.ocid == null ? [] : [[row.ocid, row]])));
  const byId = new Map(candidates.map((row) => [row.id, row]));
  const matches = new Map<string, OpportunityMatch>();
  for (const row of backupRows) {
    const id = row.id as string;
    const ocid = row.ocid ?? null;
    const sameOcid = ocid === null ? undefined : byOcid.get(ocid);
    const sameId = byId.get(id);
    if (sameOcid) matches.set(id, { targetId: sameOcid.id as string, stored: sameOcid });
    else if (sameId && ocid === null && sameId.ocid == null)
      matches.set(id, { targetId: id, stored: sameId });
    else if (sameId) matches.set(id, { targetId: newId(), stored: undefined });
    else matches.set(id, { targetId: id, stored: undefined });
  }
  return matches;
}

/** One stored opportunity the backup also holds, and what differs between the two. */
interface Matched {
  backup: Row;
  stored: Row;
  rowChanged: boolean;
  noticeChanged: boolean;
  tables: Map<string, TableCounts>;
}

const zero = (): TableCounts => ({ added: 0, replaced: 0, removed: 0 });

/**
 * Plan a restore. `stored` holds, per table, the stored rows the backup meets: rows keyed by or
 * belonging to the matched opportunities, rows of other tables with the backup's keys, and every
 * setting. `matches` comes from `matchOpportunities`.
 */
export function planRestore(
  shapes: readonly TableShape[],
  tables: Record<string, unknown[]>,
  matches: ReadonlyMap<string, OpportunityMatch>,
  stored: Record<string, Row[]>,
  fromSchemaVersion: number,
): RestorePlan {
  const moved = new Map<string, string>();
  for (const [id, match] of matches) if (match.targetId !== id) moved.set(id, match.targetId);
  const matched = new Map<string, Matched>();
  const plan: RestorePlan = { puts: {}, deletes: {}, preview: emptyPreview(fromSchemaVersion) };
  const { preview } = plan;

  // Opportunities first: the other tables' rows are told apart by the opportunity they belong to.
  const ordered = [...shapes].sort(
    (a, b) => Number(b.kind === 'opportunities') - Number(a.kind === 'opportunities'),
  );
  for (const shape of ordered) {
    const rows = (tables[shape.name] ?? []) as Row[];
    const counts = zero();
    const puts: Row[] = [];
    const deletes: Array<string | number> = [];
    const pk = shape.primaryKey;
    const keyOf = (row: Row) => row[pk] as string | number;
    const storedByKey = new Map((stored[shape.name] ?? []).map((row) => [keyOf(row), row]));
    // Which matched opportunity a row belongs to, to tell the user per opportunity.
    const ownerOf = (row: Row): Matched | undefined =>
      shape.kind === 'keyed'
        ? matched.get(keyOf(row) as string)
        : shape.kind === 'child'
          ? matched.get(row.opportunityId as string)
          : undefined;
    const tally = (row: Row, change: keyof TableCounts): void => {
      counts[change]++;
      const owner = ownerOf(row);
      if (!owner) return;
      if (shape.name === 'notices') owner.noticeChanged = true;
      const own = owner.tables.get(shape.name) ?? zero();
      own[change]++;
      owner.tables.set(shape.name, own);
    };

    if (shape.kind === 'meta') {
      planSettings(rows, storedByKey, puts, counts, preview.settingsChanged);
    } else if (shape.kind === 'opportunities') {
      for (const row of rows) {
        const match = matches.get(row.id as string) as OpportunityMatch;
        const target = match.targetId === row.id ? row : { ...row, id: match.targetId };
        if (!match.stored) {
          counts.added++;
          puts.push(target);
          preview.newOpportunities.push({ title: String(row.title), ocid: ocidOf(row) });
          continue;
        }
        const rowChanged = !sameData(target, match.stored);
        const entry = { backup: target, stored: match.stored, rowChanged, noticeChanged: false };
        matched.set(match.targetId, { ...entry, tables: new Map() });
        if (rowChanged) {
          counts.replaced++;
          puts.push(target);
        }
      }
    } else {
      const seen = new Set<string | number>();
      for (const row of rows) {
        const target =
          shape.kind === 'keyed'
            ? { ...row, [pk]: moved.get(keyOf(row) as string) ?? keyOf(row) }
            : repoint(row, moved);
        const key = keyOf(target);
        seen.add(key);
        const before = storedByKey.get(key);
        if (before && sameData(before, target)) continue;
        tally(target, before ? 'replaced' : 'added');
        puts.push(target);
      }
      // Only rows of the backup's opportunities are removed; `other` tables never lose rows.
      if (shape.kind !== 'other') {
        for (const [key, row] of storedByKey) {
          if (seen.has(key) || !ownerOf(row)) continue;
          tally(row, 'removed');
          deletes.push(key);
        }
      }
    }
    plan.puts[shape.name] = puts;
    plan.deletes[shape.name] = deletes;
    preview.tables[shape.name] = counts;
    if (!NOTICE_TABLES.has(shape.name) && anyChange(counts)) {
      preview.userRecords[shape.name] = counts;
    }
  }

  for (const entry of matched.values()) {
    const changes = opportunityChanges(entry);
    if (!changes.rowChanged && !changes.notice && Object.keys(changes.tables).length === 0) {
      preview.unchanged++;
    } else {
      preview.updatedOpportunities.push({
        title: String(entry.backup.title),
        ocid: ocidOf(entry.backup),
        changes,
      });
    }
  }
  preview.settingsChange = preview.settingsChanged.length > 0;
  return plan;
}

/**
 * Settings merge key by key, the backup's value winning (its go/no-go settings, checklist
 * template, lots' scoring scales), except: the store keeps its own `schemaVersion` (the rows were
 * brought up to it), a name already given on this machine stays (it says who works here), and
 * `demoSeeded` ends true, so the demo notices are not loaded again over the restored data.
 */
function planSettings(
  rows: readonly Row[],
  stored: ReadonlyMap<unknown, Row>,
  puts: Row[],
  counts: TableCounts,
  changed: string[],
): void {
  const hasName = typeof stored.get('userName')?.value === 'string';
  for (const row of rows) {
    const key = String(row.key);
    if (key === 'schemaVersion' || key === 'demoSeeded' || (key === 'userName' && hasName)) {
      continue;
    }
    const before = stored.get(key);
    if (before && sameData(before, row)) continue;
    counts[before ? 'replaced' : 'added']++;
    puts.push(row);
    if (!changed.includes(key)) changed.push(key);
  }
  if (stored.get('demoSeeded')?.value !== true) puts.push({ key: 'demoSeeded', value: true });
}

function opportunityChanges(entry: Matched): OpportunityChanges {
  const { backup, stored } = entry;
  const tables: Record<string, TableCounts> = {};
  for (const [table, counts] of entry.tables) {
    if (table !== 'notices' && anyChange(counts)) tables[table] = counts;
  }
  return {
    title:
      backup.title !== stored.title
        ? { stored: String(stored.title), backup: String(backup.title) }
        : null,
    notice: entry.noticeChanged
      ? {
          storedUpdatedAt: textOf(stored.noticeUpdatedAt),
          backupUpdatedAt: textOf(backup.noticeUpdatedAt),
        }
      : null,
    rowChanged: entry.rowChanged,
    tables,
  };
}

/** True when the counts say something will change. */
function anyChange(counts: TableCounts): boolean {
  return counts.added + counts.replaced + counts.removed > 0;
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function ocidOf(row: Row): string | null {
  return typeof row.ocid === 'string' ? row.ocid : null;
}

function emptyPreview(fromSchemaVersion: number): RestorePreview {
  return {
    fromSchemaVersion,
    newOpportunities: [],
    updatedOpportunities: [],
    unchanged: 0,
    userRecords: {},
    tables: {},
    settingsChange: false,
    settingsChanged: [],
  };
}
