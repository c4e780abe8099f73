import { useEffect, useRef } from 'react';

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
export interface Removed<T> {
  index: number;
  item: T;
  message: string;
}
