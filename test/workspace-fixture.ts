/**
 * Component tests of the bid workspace screens: a fresh fake-IndexedDB store behind the app's
 * services, real seed notices imported through the real engine, and a screen rendered from the
 * live opportunity (so a re-import or an edit shows up as it does in the app).
 */
import { configure } from '@testing-library/react';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createElement, type ComponentType } from 'react';
import { importNoticeFile } from '../shared/import/engine';
import type { Bridge } from '../renderer/bridge/bridge';
import { setServices } from '../renderer/app/services';
import { useOpportunityDetail } from '../renderer/app/queries';
import {
  openDatabase,
  saveImport,
  type BidDeskDatabase,
  type OpportunityDetail,
} from '../renderer/db';
import { seedBytes, SEEDS } from './corpus';

// fake-indexeddb is slow on a busy two-core machine; a screen may take more than a second to follow.
configure({ asyncUtilTimeout: 8000 });

let counter = 0;

const bridge: Bridge = {
  kind: 'browser',
  importFiles: async () => [],
  chooseFiles: null,
  cancelImport: () => undefined,
  onImportUpdate: () => () => undefined,
  onMenuCommand: () => () => undefined,
  openExternal: () => undefined,
  saveText: () => Promise.resolve(false),
  printToPdf: () => Promise.resolve(false),
};

export interface WorkspaceFixture {
  db: BidDeskDatabase;
  /**
   * Import a seed (optionally edited, e.g. a moved deadline) as the app does; returns the
   * opportunity's id.
   */
  importSeed(key: keyof typeof SEEDS, edit?: (text: string) => string): Promise<string>;
}

/** A fresh store, set as the app's services with the clock fixed at `now`. */
export async function workspaceFixture(now: Date): Promise<WorkspaceFixture> {
  counter += 1;
  const indexedDB = new IDBFactory();
  // Dexie's liveQuery (behind useLiveQuery) runs only when it sees an IndexedDB at all; node has
  // none, so show it this test's fake one. The database itself is opened on the same factory.
  Dexie.dependencies.indexedDB = indexedDB;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  const db = await openDatabase({ name: `workspace-test-${counter}`, indexedDB, IDBKeyRange });
  setServices({ db, bridge, now: () => now, user: 'Tester' });
  return {
    db,
    async importSeed(key, edit) {
      const name = SEEDS[key];
      let bytes = seedBytes(name);
      if (edit) {
        const text = new TextDecoder().decode(bytes);
        const changed = edit(text);
        if (changed === text) throw new Error('The edit changed nothing in the seed');
        bytes = new TextEncoder().encode(changed);
      }
      const result = importNoticeFile({ name, bytes });
      if (!result.ok) throw new Error(result.error.message);
      const summary = await saveImport(
        db,
        {
          fileName: name,
          format: result.format,
          sourceText: new TextDecoder().decode(bytes),
          size: bytes.length,
          opportunities: result.opportunities,
        },
        { now, user: 'Tester' },
      );
      const saved = summary.created[0] ?? summary.updated[0] ?? summary.unchanged[0];
      if (!saved) throw new Error(`Nothing saved from ${name}`);
      return saved.id;
    },
  };
}

/**
 * An opportunity tab as the app shows it: re-rendered whenever the stored opportunity changes.
 * Render the result with testing-library's `render`.
 */
export function liveTab(
  Tab: ComponentType<{ detail: OpportunityDetail; now: Date }>,
  opportunityId: string,
  now: Date,
) {
  function LiveTab() {
    const detail = useOpportunityDetail(opportunityId);
    return detail ? createElement(Tab, { detail, now }) : null;
  }
  return createElement(LiveTab);
}

/** The stalking tender's deadline moved a week later, in a newer release (as in the E2E suite). */
export function moveStalkingDeadline(text: string): string {
  return text
    .replace('"endDate": "2026-05-06T12:00:00+01:00"', '"endDate": "2026-05-13T12:00:00+01:00"')
    .replace('"date": "2026-04-08T15:03:16+01:00"', '"date": "2026-04-15T10:00:00+01:00"');
}
