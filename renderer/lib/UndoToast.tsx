import { useEffect, useRef } from 'react';
import { useUndoOffer, useUndoStore } from './undo';
import './workspace.css';

/**
 * The offer to undo what was just done at `place`: "<what was done>." with Undo and Dismiss,
 * shown where it was done. Undo takes the focus when the offer appears, since the button the user
 * pressed has gone with the thing it removed. How the Undo went is read out, not shown.
 */
export function UndoToast({
  place,
  className = 'undo-bar',
}: {
  place: string;
  className?: string;
}) {
  const offer = useUndoOffer(place);
  const outcome = useUndoStore((s) => (s.outcome?.place === place ? s.outcome.text : null));
  const button = useRef<HTMLButtonElement>(null);
  // Only a new offer takes the focus: one still showing when the screen opens leaves it alone.
  const seen = useRef(offer);
  useEffect(() => {
    if (offer && offer !== seen.current) button.current?.focus();
    seen.current = offer;
  }, [offer]);
  const { undo, dismissUndo } = useUndoStore.getState();
  return (
    <>
      {offer && (
        <div className={className} role="status">
          <span>{offer.done}</span>
          <button ref={button} type="button" className="button" onClick={() => void undo()}>
            Undo
          </button>
          <button type="button" className="link-button" onClick={() => dismissUndo()}>
            Dismiss
          </button>
        </div>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {outcome}
      </p>
    </>
  );
}
