/**
 * How a restore sees the store's tables: generically, from the database's own schema, so a table
 * a later version adds is backed up, checked and restored without changes here.
 */
import type { Dexie } from 'dexie';
import type { z } from 'zod';
import { ROW_SCHEMAS } from '../row-schemas';
import { BackupFileError } from './backup-file';

/** A stored row, as a restore handles it (it never needs a table's own type). */
export type Row = Record<string, unknown>;

/**
 * - `opportunities`: matched by ocid (by id when there is none);
 * - `keyed`: one row per opportunity, keyed by the opportunity's id (`notices`);
 * - `child`: rows that belong to one opportunity (indexed `opportunityId`: lots, checklists…);
 * - `meta`: the store's settings, merged key by key;
 * - `other`: rows of their own (source files, reference documents), matched by primary key.
 */
export type TableKind = 'opportunities' | 'keyed' | 'child' | 'meta' | 'other';

export interface TableShape {
  name: string;
  /** The primary key's field (`id`, or `key` for `meta`). */
  primaryKey: string;
  kind: TableKind;
}

/** Tables keyed by their opportunity's id. No index says so, hence the list (see records.ts). */
const KEYED_BY_OPPORTUNITY = new Set(['notices']);

/** Every table of the database, classified by how a restore merges it. */
export function tableShapes(db: Dexie): TableShape[] {
  return db.tables.map((table) => {
    const keyPath = table.schema.primKey.keyPath;
    if (typeof keyPath !== 'string') {
      throw new Error(`${table.name}: a restore needs a single-field primary key`);
    }
    const kind: TableKind =
      table.name === 'opportunities'
        ? 'opportunities'
        : table.name === 'meta'
          ? 'meta'
          : KEYED_BY_OPPORTUNITY.has(table.name)
            ? 'keyed'
            : table.schema.idxByName.opportunityId
              ? 'child'
              : 'other';
    return { name: table.name, primaryKey: keyPath, kind };
  });
}

function damaged(detail: string): BackupFileError {
  return new BackupFileError(
    'damaged',
    `This Bid Desk backup is damaged (${detail}). Nothing has been changed.`,
  );
}

/**
 * Check that the backup's rows fit the tables they go into, before anything is written: every
 * table known, every row an object with its primary key and every field as the app writes it (the
 * table's schema, `ROW_SCHEMAS`), opportunities with unique ids and ocids (the store's unique
 * index would refuse them mid-way), and every row of an opportunity pointing at one the backup
 * holds (a row for no opportunity would be stored for ever, shown nowhere). The first problem is
 * refused with the table, row and field named.
 */
export function checkRows(shapes: readonly TableShape[], tables: Record<string, unknown[]>): void {
  const byName = new Map(shapes.map((shape) => [shape.name, shape]));
  for (const [name, rows] of Object.entries(tables)) {
    const shape = byName.get(name);
    if (!shape) throw damaged(`it has a table this Bid Desk does not know: ${name}`);
    const keys = new Set<unknown>();
    rows.forEach((row, i) => {
      if (typeof row !== 'object' || row === null || Array.isArray(row)) {
        throw damaged(`${name} row ${i + 1} is not a record`);
      }
      const key = (row as Row)[shape.primaryKey];
      if (typeof key !== 'string' && typeof key !== 'number') {
        throw damaged(`${name} row ${i + 1} has no ${shape.primaryKey}`);
      }
      if (keys.has(key)) throw damaged(`${name} has two rows with ${shape.primaryKey} ${key}`);
      keys.add(key);
      if (shape.kind === 'child' && typeof (row as Row).opportunityId !== 'string') {
        throw damaged(`${name} row ${i + 1} belongs to no opportunity`);
      }
      const schema = ROW_SCHEMAS[name];
      const issue = schema?.safeParse(row).error?.issues[0];
      if (issue) throw damaged(`${name} row ${i + 1}, ${fieldProblem(row as Row, issue)}`);
    });
  }
  const ocids = new Set<unknown>();
  const opportunities = (tables.opportunities ?? []) as Row[];
  for (const row of opportunities) {
    if (typeof row.id !== 'string') throw damaged('an opportunity has no id');
    const ocid = row.ocid ?? null;
    if (ocid === null) continue;
    // A damaged backup's ocid may be anything: show it as written, not as [object Object].
    const shown = typeof ocid === 'string' ? ocid : JSON.stringify(ocid);
    if (ocids.has(ocid)) throw damaged(`two opportunities have the ocid ${shown}`);
    ocids.add(ocid);
  }
  checkOwners(shapes, tables, new Set(opportunities.map((row) => row.id)));
}

/** Every row of an opportunity (keyed by it, or `opportunityId`) points at one the backup holds. */
function checkOwners(
  shapes: readonly TableShape[],
  tables: Record<string, unknown[]>,
  opportunityIds: ReadonlySet<unknown>,
): void {
  for (const shape of shapes) {
    if (shape.kind !== 'keyed' && shape.kind !== 'child') continue;
    const field = shape.kind === 'keyed' ? shape.primaryKey : 'opportunityId';
    ((tables[shape.name] ?? []) as Row[]).forEach((row, i) => {
      if (opportunityIds.has(row[field])) return;
      throw damaged(
        `${shape.name} row ${i + 1} belongs to an opportunity the backup does not hold: ${field} ${String(row[field])}`,
      );
    });
  }
}

/** "field gates: expected a list, found text", from the schema's first complaint about a row. */
function fieldProblem(row: Row, issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.') || 'the row';
  const found = issue.path.reduce<unknown>(
    (value, key) =>
      typeof value === 'object' && value !== null
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined,
    row,
  );
  switch (issue.code) {
    case 'invalid_type':
      return `field ${field}: expected ${kindName(issue.expected)}, found ${kindOf(found)}`;
    case 'invalid_value':
      return `field ${field}: ${quote(found)} is not one of ${issue.values.map(String).join(', ')}`;
    default:
      return `field ${field}: ${quote(found)} is not as Bid Desk writes it`;
  }
}

/** A value as the error shows it: short, so a tampered 1 MB field does not fill the screen. */
function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;
}

const KIND_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a record',
  null: 'nothing (null)',
};

function kindName(kind: string): string {
  return Object.hasOwn(KIND_NAMES, kind) ? (KIND_NAMES[kind] as string) : kind;
}

function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'nothing (null)';
  return kindName(Array.isArray(value) ? 'array' : typeof value);
}

/**
 * Whether two rows hold the same data. A field holding `undefined` counts as absent: IndexedDB
 * keeps such fields and JSON drops them, and the difference means nothing to a row.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameData(item, b[i]));
  }
  const left = a as Row;
  const right = b as Row;
  const defined = (row: Row) => Object.keys(row).filter((key) => row[key] !== undefined);
  const keys = defined(left);
  if (keys.length !== defined(right).length) return false;
  return keys.every((key) => sameData(left[key], right[key]));
}

/**
 * The row with its opportunity references (`opportunityId`, `opportunityIds`) moved to the ids
 * the store uses; `moved` holds only ids that change. Rows that need no change are not copied.
 */
export function repoint(row: Row, moved: ReadonlyMap<string, string>): Row {
  if (moved.size === 0) return row;
  let out = row;
  const one = row.opportunityId;
  if (typeof one === 'string' && moved.has(one)) out = { ...out, opportunityId: moved.get(one) };
  const many = row.opportunityIds;
  if (Array.isArray(many) && many.some((id) => moved.has(id as string))) {
    out = {
      ...out,
      opportunityIds: (many as unknown[]).map((id) => moved.get(id as string) ?? id),
    };
  }
  return out;
}
