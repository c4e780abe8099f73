import { create } from 'zustand';
import { removeDemoData, restoreDemoData } from '../../db';
import { services } from '../../app/services';
import { useUndoStore } from '../../lib/undo';

/** Where "Remove demo data" offers its Undo (the demo banner). */
export const DEMO_UNDO_PLACE = 'demo-data';

interface DemoState {
  /** Remove the demo notices in one action, offering them back with Undo. */
  remove(): Promise<void>;
}

export const useDemoStore = create<DemoState>(() => ({
  async remove() {
    const db = services().db;
    const backup = await removeDemoData(db);
    useUndoStore.getState().offerUndo({
      place: DEMO_UNDO_PLACE,
      done: 'Removed the demo data.',
      undo: () => restoreDemoData(db, backup),
    });
  },
}));
