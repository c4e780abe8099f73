import { create } from 'zustand';
import type { ChecklistItem } from '../../../shared/workspace/model';
import {
  acknowledgeMoves,
  addChecklistItem,
  createChecklist,
  moveChecklistItem,
  removeChecklistItem,
  restoreChecklistItem,
  updateChecklistItem,
  type ChecklistItemPatch,
} from '../../db';
import { services, writeContext } from '../../app/services';
import { trackSave, type SaveStates } from '../../lib/save-state';
import { useUndoStore } from '../../lib/undo';
import type { ChecklistOrder } from './checklist-words';

/** Where a removed checklist item is offered back (above the lots). */
export const CHECKLIST_UNDO_PLACE = 'checklist';

interface ChecklistState extends SaveStates {
  /** The latest thing to tell the user ("Checklist created: 30 items."), for the status line. */
  message: string | null;
  /** How the lots' items are listed: by due date (the default) or in the user's own order. */
  order: ChecklistOrder;
  setOrder(order: ChecklistOrder): void;
  /** Make a lot's checklist from its award criteria and the organisation's template. */
  create(opportunityId: string, lotId: string): Promise<boolean>;
  /** Save one edit of an item (tracked under the item's id). */
  update(id: string, patch: ChecklistItemPatch): Promise<boolean>;
  /** The user has seen that these due dates moved with the deadline. */
  acknowledge(ids: string[], key: string): Promise<boolean>;
  /** Add the user's own item at the end of a lot's checklist (tracked under `add:<lotId>`). */
  add(opportunityId: string, lotId: string, title: string): Promise<boolean>;
  /** Remove an item, offering it back with Undo. */
  remove(item: ChecklistItem): Promise<boolean>;
  move(item: ChecklistItem, direction: 'up' | 'down'): Promise<boolean>;
}

/** Checklist screen state and actions. The items themselves live in Dexie (see checklist-queries). */
export const useChecklistStore = create<ChecklistState>((set) => ({
  saves: {},
  message: null,
  order: 'due',

  setOrder(order) {
    set({ order });
  },

  async create(opportunityId, lotId) {
    let count = 0;
    const ok = await trackSave(set, `create:${lotId}`, async () => {
      const items = await createChecklist(services().db, opportunityId, lotId, writeContext());
      count = items.length;
    });
    if (ok) set({ message: `Checklist created: ${count} items.` });
    return ok;
  },

  update(id, patch) {
    return trackSave(set, id, () => updateChecklistItem(services().db, id, patch, writeContext()));
  },

  acknowledge(ids, key) {
    return trackSave(set, key, () => acknowledgeMoves(services().db, ids, writeContext()));
  },

  async add(opportunityId, lotId, title) {
    const ok = await trackSave(set, `add:${lotId}`, () =>
      addChecklistItem(services().db, { opportunityId, lotId, title }, writeContext()),
    );
    if (ok) set({ message: `Added “${title.trim()}”.` });
    return ok;
  },

  async remove(item) {
    let removed: ChecklistItem | null = null;
    const ok = await trackSave(set, item.id, async () => {
      removed = await removeChecklistItem(services().db, item.id);
    });
    const gone = removed as ChecklistItem | null;
    if (ok && gone) {
      useUndoStore.getState().offerUndo({
        place: CHECKLIST_UNDO_PLACE,
        done: `Removed “${gone.title}”.`,
        undo: () => restoreChecklistItem(services().db, gone),
      });
      // The undo offer announces the removal itself.
      set({ message: null });
    }
    return ok;
  },

  move(item, direction) {
    return trackSave(set, item.id, () => moveChecklistItem(services().db, item.id, direction));
  },
}));
