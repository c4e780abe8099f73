/**
 * Undo, one way everywhere: whatever the user removes (a checklist item, an event they added, the
 * demo data, a gate in a form being edited) is offered back as "<what was done>." with Undo and
 * Dismiss, where it was removed, until they undo it, dismiss it or do another such thing. Only
 * the latest thing can be undone, as in most apps; `UndoToast` shows the offer.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import { errorInWords } from './error-words';

/** Something the user just did that can be taken back. */
export interface UndoOffer {
  /** Where it was done, and so where the offer shows (an `UndoToast` with the same place). */
  place: string;
  /** What was done, as a sentence: "Removed “Insurance certificates”." */
  done: string;
  /** Takes it back (awaited when it returns a promise; a rejection is shown as "Could not put it back: …"). */
  undo: () => unknown;
}

interface UndoState {
  offer: UndoOffer | null;
  /** How the last Undo went ("Put back." or why not), for the place's live region. */
  outcome: { place: string; text: string } | null;
  /** Offer `offer` back, replacing any earlier offer. */
  offerUndo(offer: UndoOffer): void;
  /** Take the offered thing back. */
  undo(): Promise<void>;
  /** Drop the offer (at `place` only, when given). */
  dismissUndo(place?: string): void;
}

export const useUndoStore = create<UndoState>((set, get) => ({
  offer: null,
  outcome: null,
  offerUndo(offer) {
    set({ offer, outcome: null });
  },
  async undo() {
    const offer = get().offer;
    if (!offer) return;
    set({ offer: null });
    try {
      await offer.undo();
      set({ outcome: { place: offer.place, text: 'Put back.' } });
    } catch (error: unknown) {
      const why = errorInWords(error, 'Something went wrong while saving.');
      set({ outcome: { place: offer.place, text: `Could not put it back: ${why}` } });
    }
  },
  dismissUndo(place) {
    if (place === undefined || get().offer?.place === place) set({ offer: null });
  },
}));

/** The offer showing at `place`, or null. */
export function useUndoOffer(place: string): UndoOffer | null {
  return useUndoStore((s) => (s.offer?.place === place ? s.offer : null));
}

/** The parts of a react-hook-form field array that removing with undo needs. */
interface EditableList<T> {
  length: number;
  get: (index: number) => T;
  remove: (index: number) => void;
  insert: (index: number, item: T) => void;
}

/**
 * Remove from a list being edited, offering Undo (back in its place) at `place`. `describe` says
 * what went ("Removed the gate “X”"); the removal only counts once the form is saved, and the
 * offer says so. The offer goes with the form: Undo cannot reach a form that has closed.
 */
export function useUndoableRemove<T>(
  place: string,
  list: EditableList<T>,
  describe: (item: T) => string,
): (index: number) => void {
  useEffect(() => () => useUndoStore.getState().dismissUndo(place), [place]);
  return (index: number): void => {
    const item = list.get(index);
    list.remove(index);
    useUndoStore.getState().offerUndo({
      place,
      done: `${describe(item)}. It goes when you save.`,
      undo: () => list.insert(Math.min(index, list.length), item),
    });
  };
}
