import { useEffect, useRef, useState } from 'react';

/**
 * "Removed “X”. It goes when you save." with Undo: shown where the thing was removed, and given
 * focus, since the button the user pressed has gone.
 */
export function UndoLine({
  message,
  onUndo,
  onDismiss,
}: {
  message: string | null;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (message) undo.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div className="undo-line" role="status">
      <span>{message}</span>
      <button ref={undo} type="button" className="button" onClick={onUndo}>
        Undo
      </button>
      <button type="button" className="link-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

/** Something removed from a list being edited, kept until undone or dismissed. */
interface Removed<T> {
  index: number;
  item: T;
  message: string;
}

/** The parts of a react-hook-form field array that removing with undo needs. */
interface EditableList<T> {
  length: number;
  get: (index: number) => T;
  remove: (index: number) => void;
  insert: (index: number, item: T) => void;
}

/**
 * Remove from a list being edited, keeping the item for Undo (back in its place) until it is
 * undone, dismissed or another is removed. `describe` says what went ("Removed the gate “X”").
 * Returns the remove function and the props of the UndoLine to show under the list.
 */
export function useUndoableRemove<T>(
  list: EditableList<T>,
  describe: (item: T) => string,
): { removeAt: (index: number) => void; undo: Parameters<typeof UndoLine>[0] } {
  const [removed, setRemoved] = useState<Removed<T> | null>(null);
  const removeAt = (index: number): void => {
    const item = list.get(index);
    list.remove(index);
    setRemoved({ index, item, message: `${describe(item)}. It goes when you save.` });
  };
  const undo = {
    message: removed?.message ?? null,
    onUndo: () => {
      if (removed) list.insert(Math.min(removed.index, list.length), removed.item);
      setRemoved(null);
    },
    onDismiss: () => setRemoved(null),
  };
  return { removeAt, undo };
}
