/**
 * A backup whose JSON is valid but whose rows are not as Bid Desk writes them (edited by hand,
 * damaged by another tool) is refused before anything is written, naming the table, row and field;
 * so are rows of an opportunity the backup does not hold. Each case starts from a backup the app
 * made of a real store and changes one thing.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { importNoticeFile } from '../../../shared/import/engine';
import { DEFAULT_DECISION_SETTINGS } from '../../../shared/workspace';
import { corpusAvailable, corpusBytes } from '../../../test/corpus';
import { openDatabase, type BidDeskDatabase } from '../database';
import { saveImport, type SaveImportInput } from '../import-repository';
import { ROW_SCHEMAS } from '../row-schemas';
import { recordDecision } from '../workspace';
import {
  exportBackup,
  parseBackup,
  previewRestore,
  restoreBackup,
  serialiseBackup,
  type BackupFile,
} from '.';
import { fillWorkspace, workspaceSeeds } from '../../../test/workspace-fixture';

const exporting = { now: new Date('2026-04-20T09:00:00Z'), user: 'Alice', appVersion: '0.1.0' };
const restoring = { now: new Date('2026-04-21T09:00:00Z'), user: 'Bob' };
const hasCorpus = corpusAvailable('backup row checks (bid outcomes)');

type Row = Record<string, unknown>;

function database(name: string): Promise<BidDeskDatabase> {
  return openDatabase({ name, indexedDB: new IDBFactory(), IDBKeyRange });
}

/** A store made through the real repositories, and the backup the app makes of it. */
async function realStore(): Promise<{ db: BidDeskDatabase; backup: BackupFile }> {
  const db = await database('real');
  await fillWorkspace(db, workspaceSeeds());
  return { db, backup: await exportBackup(db, exporting) };
}

/** The backup as a file on disk, with `change` made to a copy of its rows. */
function tampered(backup: BackupFile, change: (tables: Record<string, Row[]>) => void): BackupFile {
  const copy = JSON.parse(serialiseBackup(backup)) as BackupFile;
  change(copy.tables as Record<string, Row[]>);
  return parseBackup(JSON.stringify(copy));
}

/** The table's rows and the 1-based row number the error should name for `pick`. */
function rowOf(
  tables: Record<string, Row[]>,
  table: string,
  pick: (row: Row) => boolean = () => true,
) {
  const rows = tables[table] ?? [];
  const index = rows.findIndex(pick);
  const row = rows[index];
  if (!row) throw new Error(`no ${table} row to tamper with`);
  return { row, number: index + 1 };
}

/** Every row of the store, to show a refused restore wrote nothing. */
async function everything(db: BidDeskDatabase): Promise<string> {
  const { tables } = await exportBackup(db, exporting);
  return JSON.stringify(tables);
}

async function expectRefused(db: BidDeskDatabase, file: BackupFile, detail: string) {
  const before = await everything(db);
  const message = `This Bid Desk backup is damaged (${detail}). Nothing has been changed.`;
  await expect(previewRestore(db, file)).rejects.toThrow(message);
  await expect(restoreBackup(db, file, restoring)).rejects.toThrow(message);
  await expect(restoreBackup(db, file, restoring, { mode: 'replace' })).rejects.toThrow(message);
  expect(await everything(db)).toBe(before);
}

describe('a backup whose rows have the wrong types', () => {
  it('has a row schema for every table of the store', async () => {
    const db = await database('tables');
    expect(db.tables.map((t) => t.name).filter((name) => !ROW_SCHEMAS[name])).toEqual([]);
  });

  it('restores the backup the app made, untouched (the schemas accept real rows)', async () => {
    const { backup } = await realStore();
    const target = await database('target');
    const summary = await restoreBackup(target, parseBackup(serialiseBackup(backup)), restoring);
    expect(summary.added).toBe(3);
  });

  it('refuses an opportunity whose buyer is a record, naming table, row and field', async () => {
    const { db, backup } = await realStore();
    let number = 0;
    const file = tampered(backup, (tables) => {
      const found = rowOf(tables, 'opportunities', (row) => row.isDemo === false);
      found.row.buyerName = { x: 1 };
      number = found.number;
    });
    await expectRefused(
      db,
      file,
      `opportunities row ${number}, field buyerName: expected text, found a record`,
    );
  });

  it('refuses a go/no-go decision whose gates are not a list', async () => {
    const { db, backup } = await realStore();
    let number = 0;
    const file = tampered(backup, (tables) => {
      const found = rowOf(tables, 'decisions');
      found.row.gates = 'all passed';
      number = found.number;
    });
    await expectRefused(
      db,
      file,
      `decisions row ${number}, field gates: expected a list, found text`,
    );
  });

  it('refuses wrong types deep in a row and values outside the allowed ones', async () => {
    const { db, backup } = await realStore();
    const cases: Array<[(tables: Record<string, Row[]>) => number, (n: number) => string]> = [
      [
        (tables) => {
          const { row, number } = rowOf(tables, 'notices');
          (row.notice as Row).lots = { one: 1 };
          return number;
        },
        (n) => `notices row ${n}, field notice.lots: expected a list, found a record`,
      ],
      [
        (tables) => {
          const { row, number } = rowOf(tables, 'checklistItems');
          row.position = '3';
          return number;
        },
        (n) => `checklistItems row ${n}, field position: expected a number, found text`,
      ],
      [
        (tables) => {
          const { row, number } = rowOf(tables, 'decisions');
          const gates = row.gates as Row[];
          if (gates[1]) gates[1].passed = 'yes';
          return number;
        },
        (n) => `decisions row ${n}, field gates.1.passed: expected true or false, found text`,
      ],
      [
        (tables) => {
          const { row, number } = rowOf(tables, 'engagementPlans');
          row.status = 'maybe';
          return number;
        },
        (n) =>
          `engagementPlans row ${n}, field status: “maybe” is not one of considering, registered, attended, missed`,
      ],
      [
        (tables) => {
          const { row, number } = rowOf(tables, 'notices', (r) => (r.lots as Row[]).length > 0);
          delete ((row.lots as Row[])[0] as Row).lotKey;
          return number;
        },
        (n) => `notices row ${n}, field lots.0.lotKey: expected text, found nothing`,
      ],
      [
        (tables) => {
          const { row, number } = rowOf(tables, 'notices');
          (((row.notice as Row).keyDates as Row[])[0] as Row).at = 'next Tuesday';
          return number;
        },
        (n) =>
          `notices row ${n}, field notice.keyDates.0.at: “next Tuesday” is not as Bid Desk writes it`,
      ],
    ];
    for (const [change, detail] of cases) {
      let number = 0;
      const file = tampered(backup, (tables) => {
        number = change(tables);
      });
      await expectRefused(db, file, detail(number));
    }
  });

  it('still restores notices stored before awards, warnings and release history existed', async () => {
    const { backup } = await realStore();
    const file = tampered(backup, (tables) => {
      for (const row of tables.notices ?? []) {
        const notice = row.notice as Row;
        delete notice.awards;
        delete notice.warnings;
        delete notice.releaseHistory;
      }
    });
    const target = await database('older-notices');
    const summary = await restoreBackup(target, file, restoring);
    expect(summary.added).toBe(3);
    expect(await target.notices.count()).toBe(3);
  });
});

describe('settings a backup names', () => {
  it('are told by key, even a setting called __proto__ or toString', async () => {
    const { backup } = await realStore();
    const file = tampered(backup, (tables) => {
      tables.meta?.push({ key: '__proto__', value: 1 }, { key: 'toString', value: 2 });
    });
    const target = await database('odd-settings');
    const summary = await restoreBackup(target, file, restoring);
    expect(summary.settingsChanged).toEqual(
      expect.arrayContaining(['decisionSettings', '__proto__', 'toString']),
    );
    expect(summary.settingsChanged.every((key) => typeof key === 'string')).toBe(true);
  });
});

describe('rows of an opportunity the backup does not hold', () => {
  it('refuses checklist items, decisions and notices that point at a missing opportunity', async () => {
    const { db, backup } = await realStore();
    const cases: Array<[string, string]> = [
      ['checklistItems', 'opportunityId'],
      ['decisions', 'opportunityId'],
      ['notices', 'id'],
    ];
    for (const [table, field] of cases) {
      let number = 0;
      const file = tampered(backup, (tables) => {
        const found = rowOf(tables, table);
        found.row[field] = 'no-such-opportunity';
        number = found.number;
      });
      await expectRefused(
        db,
        file,
        `${table} row ${number} belongs to an opportunity the backup does not hold: ${field} no-such-opportunity`,
      );
    }
  });

  it('refuses the rows of an opportunity left out of the backup (none is kept as an orphan)', async () => {
    const { backup } = await realStore();
    let removed = '';
    const file = tampered(backup, (tables) => {
      const [first, ...rest] = tables.opportunities ?? [];
      removed = String(first?.id);
      tables.opportunities = rest;
    });
    const target = await database('orphans');
    await expect(restoreBackup(target, file, restoring)).rejects.toThrow(
      `belongs to an opportunity the backup does not hold: `,
    );
    expect(removed).not.toBe('');
    expect(await target.notices.count()).toBe(0);
    expect(await target.opportunities.count()).toBe(0);
  });
});

describe.runIf(hasCorpus)('bid outcomes in a backup', () => {
  const TENDER = 'contracts-finder/releases/cf-0cb08240-tender-819883.json';
  const AWARD = 'contracts-finder/releases/cf-0cb08240-award-819886.json';
  const alice = { now: new Date('2025-01-23T16:00:00Z'), user: 'Alice' };

  function file(path: string): SaveImportInput {
    const bytes = corpusBytes(path);
    const result = importNoticeFile({ name: path, bytes });
    if (!result.ok) throw new Error(result.error.message);
    const { format, opportunities } = result;
    return {
      fileName: path,
      format,
      sourceText: null,
      size: bytes.length,
      opportunities,
      isDemo: false,
    };
  }

  it('refuses an outcome whose winning supplier’s name is not text', async () => {
    const db = await database('outcomes');
    const id = (await saveImport(db, file(TENDER), alice)).created[0]?.id as string;
    await recordDecision(
      db,
      {
        opportunityId: id,
        lotId: null,
        gates: [],
        factors: [],
        settings: DEFAULT_DECISION_SETTINGS,
        outcome: 'bid',
        decidedBy: 'Priya Shah',
        decidedOn: '2025-01-23',
        rationale: 'Within our work.',
      },
      alice,
    );
    await saveImport(db, file(AWARD), alice);
    const backup = await exportBackup(db, exporting);
    expect(backup.tables.bidOutcomes).toHaveLength(1);

    let number = 0;
    const wrong = tampered(backup, (tables) => {
      const found = rowOf(tables, 'bidOutcomes');
      found.row.awardedTo = [{ id: null, name: 7 }];
      number = found.number;
    });
    await expectRefused(
      db,
      wrong,
      `bidOutcomes row ${number}, field awardedTo.0.name: expected text, found a number`,
    );
  });
});
