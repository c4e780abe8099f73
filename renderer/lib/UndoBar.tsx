import type { UndoOffer } from './save-state';

/**
 * The offer to undo a removal: the message, an Undo button and a way to dismiss it. Shown where
 * the removed thing was, so the user does not have to hunt for it.
 */
export function UndoBar({
  offer,
  onUndo,
  onDismiss,
}: {
  offer: UndoOffer | null;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  if (!offer) return null;
  return (
    <div className="undo-bar" role="status">
      <span>{offer.message}</span>
      <button type="button" className="button" onClick={onUndo}>
        Undo
      </button>
      <button type="button" className="link-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
