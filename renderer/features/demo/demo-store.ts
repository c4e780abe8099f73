import { create } from 'zustand';
import { removeDemoData, restoreDemoData, type DemoBackup } from '../../db';
import { services } from '../../app/services';

interface DemoState {
  /** What "Remove demo data" took away, until the user undoes it or dismisses the offer. */
  undo: DemoBackup | null;
  remove(): Promise<void>;
  restore(): Promise<void>;
  forget(): void;
}

export const useDemoStore = create<DemoState>((set, get) => ({
  undo: null,
  async remove() {
    const backup = await removeDemoData(services().db);
    set({ undo: backup });
  },
  async restore() {
    const backup = get().undo;
    if (!backup) return;
    await restoreDemoData(services().db, backup);
    set({ undo: null });
  },
  forget() {
    set({ undo: null });
  },
}));
