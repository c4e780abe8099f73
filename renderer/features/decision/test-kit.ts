/**
 * For component tests only: a fresh in-memory database (fake-indexeddb) holding one real notice,
 * the services set up around it with the test's clock, and the opportunity's detail as the app
 * would load it. Node-free, so the seed's bytes come from the caller.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { importNoticeFile } from '../../../shared/import/engine';
import { setServices } from '../../app/services';
import type { Bridge } from '../../bridge/bridge';
import {
  getOpportunityDetail,
  openDatabase,
  saveImport,
  type BidDeskDatabase,
  type OpportunityDetail,
} from '../../db';

/** A host that does nothing: these tests never import, export or open links through it. */
const quietBridge: Bridge = {
  kind: 'browser',
  importFiles: () => Promise.resolve([]),
  chooseFiles: null,
  cancelImport: () => undefined,
  onImportUpdate: () => () => undefined,
  onMenuCommand: () => () => undefined,
  openExternal: () => undefined,
  saveText: () => Promise.resolve(false),
  printToPdf: () => Promise.resolve(false),
};

let count = 0;

/** A database with the notice in it, the services pointing at it, and its detail. */
export async function openWithNotice(
  file: { name: string; bytes: Uint8Array },
  clock: () => Date,
): Promise<{ db: BidDeskDatabase; detail: OpportunityDetail }> {
  count += 1;
  const indexedDB = new IDBFactory();
  // Dexie's liveQuery (useLiveQuery) runs only where it sees an IndexedDB at all: show it ours.
  Dexie.dependencies.indexedDB = indexedDB;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  const db = await openDatabase({ name: `component-test-${count}`, indexedDB, IDBKeyRange });
  setServices({ db, bridge: quietBridge, now: clock, user: 'Test' });
  const result = importNoticeFile(file);
  if (!result.ok) throw new Error(result.error.message);
  const summary = await saveImport(
    db,
    {
      fileName: file.name,
      format: result.format,
      sourceText: null,
      size: file.bytes.length,
      opportunities: result.opportunities,
    },
    { now: clock(), user: 'Test' },
  );
  const id = summary.created[0]?.id;
  const detail = id ? await getOpportunityDetail(db, id) : null;
  if (!detail) throw new Error(`${file.name} gave no opportunity`);
  return { db, detail };
}
