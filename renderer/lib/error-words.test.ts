import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BackupFileError } from '../db/backup/backup-file';
import { NewerDatabaseError } from '../db/database';
import { WorkspaceInputError } from '../db/workspace/validate';
import { errorInWords } from './error-words';

/** A small real Dexie database on fake-indexeddb, so the errors are the ones Dexie throws. */
async function openNotes(): Promise<Dexie> {
  const db = new Dexie(`words-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  db.version(1).stores({ notes: 'id' });
  await db.open();
  return db;
}

/** The rejection `work` ends in (fails the test if it does not reject). */
async function caught(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error: unknown) {
    return error;
  }
  throw new Error('expected the work to fail');
}

/** What every sentence must not contain: a link, a stack line, an object dump, Dexie's words. */
function expectPlain(text: string): void {
  expect(text).not.toMatch(/https?:|bit\.ly|www\./);
  expect(text).not.toMatch(/\n\s*at\s|\[object Object\]/);
  expect(text).not.toMatch(/Dexie|IndexedDB|IDB|transaction/i);
  expect(text.length).toBeGreaterThan(20);
}

describe('errorInWords: what Dexie throws, in the user’s words', () => {
  it('a transaction that committed before its work finished is a fault, and the change was not kept', async () => {
    const db = await openNotes();
    const error = await caught(() =>
      db.transaction('rw', db.table('notes'), async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return 'done';
      }),
    );
    expect((error as Error).message).toContain('http://bit.ly/'); // what Dexie would have shown
    const text = errorInWords(error);
    expectPlain(text);
    expect(text).toContain('fault of its own');
    expect(text).toContain('everything saved before it is kept');
    expect(text).toContain('Try again');
    db.close();
  });

  it('a transaction used after it completed reads the same way', async () => {
    const db = await openNotes();
    const error = await caught(() =>
      db.transaction('rw', db.table('notes'), async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        await db.table('notes').put({ id: 1 });
      }),
    );
    expect((error as Error).name).toBe('TransactionInactiveError');
    expect(errorInWords(error)).toContain('fault of its own');
    db.close();
  });

  it('a closed database says so and says to reload', async () => {
    const db = await openNotes();
    db.close();
    const error = await caught(() => db.table('notes').put({ id: 1 }));
    expect((error as Error).name).toBe('DatabaseClosedError');
    const text = errorInWords(error);
    expectPlain(text);
    expect(text).toMatch(/data was closed/);
    expect(text).toMatch(/Reload Bid Desk/);
  });

  it('a record stored twice, alone or in a bulk write, names the clash, not the constraint', async () => {
    const db = await openNotes();
    await db.table('notes').add({ id: 1 });
    const single = await caught(() => db.table('notes').add({ id: 1 }));
    const bulk = await caught(() => db.table('notes').bulkAdd([{ id: 2 }, { id: 2 }]));
    expect((bulk as Error).name).toBe('BulkError');
    for (const error of [single, bulk]) {
      const text = errorInWords(error);
      expectPlain(text);
      expect(text).toContain('already holds a record with the same identity');
    }
    db.close();
  });

  it('a full disk is named even when an aborted transaction wraps it', () => {
    // What Dexie rejects with when the browser aborts a write for quota (its `onabort`).
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    for (const error of [quota, new Dexie.AbortError(quota)]) {
      const text = errorInWords(error);
      expectPlain(text);
      expect(text).toMatch(/^Your disk is full/);
      expect(text).toContain('Free some space');
      expect(text).toContain('everything saved before it is kept');
    }
  });

  it('a database of another version, and an abort, each get their own sentence', () => {
    const version = errorInWords(new Dexie.VersionError('The requested version is less'));
    expect(version).toMatch(/different version of Bid Desk/);
    const abort = errorInWords(new Dexie.AbortError());
    expect(abort).toMatch(/stopped before it finished, so nothing from it was stored/);
    expect(errorInWords(new DOMException('x', 'InvalidStateError'))).toContain('fault of its own');
  });
});

describe('errorInWords: Bid Desk’s own sentences pass through', () => {
  it('keeps messages written for the user', () => {
    const newer = new NewerDatabaseError(9, 5);
    expect(errorInWords(newer)).toBe(newer.message);
    const backup = new BackupFileError(
      'damaged',
      'This backup is damaged. Nothing has been changed.',
    );
    expect(errorInWords(backup)).toBe('This backup is damaged. Nothing has been changed.');
    const input = new WorkspaceInputError('checklist item', [
      { path: 'title', message: 'Required' },
    ]);
    expect(errorInWords(input)).toBe('Could not save the checklist item: Required (title).');
  });

  it('drops links and stack lines, and never shows "[object Object]"', () => {
    expect(errorInWords(new Error('It broke. See http://bit.ly/abc'))).toBe('It broke.');
    expect(errorInWords('Plain words\n    at f (file.js:1:1)')).toBe('Plain words');
    expect(errorInWords({ x: 1 })).toBe('Something went wrong.');
    expect(errorInWords(new Error('  '), 'The file could not be saved.')).toBe(
      'The file could not be saved.',
    );
  });

  it('turns a JavaScript fault into a sentence instead of its message', () => {
    const text = errorInWords(new TypeError('gates.find is not a function'));
    expect(text).not.toContain('gates.find');
    expect(text).toContain('fault of its own');
  });
});
