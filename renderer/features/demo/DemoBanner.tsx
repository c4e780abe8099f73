import { useUndoOffer } from '../../lib/undo';
import { UndoToast } from '../../lib/UndoToast';
import { DEMO_UNDO_PLACE, useDemoStore } from './demo-store';

/**
 * Says plainly that demo notices are showing, and removes them in one action (with undo).
 * `hasDemo` comes from the window, which shows its screen only once it is known: a banner that
 * appeared after the pipeline would push the rows down under the user's pointer.
 */
export function DemoBanner({ hasDemo }: { hasDemo: boolean }) {
  const removed = useUndoOffer(DEMO_UNDO_PLACE) !== null;
  const remove = useDemoStore((s) => s.remove);
  return (
    <>
      <UndoToast place={DEMO_UNDO_PLACE} className="banner banner-info" />
      {hasDemo && !removed && (
        <div className="banner banner-demo" role="note">
          <span>
            <strong>Demo data.</strong> These example notices show how Bid Desk works. Import your
            own notices, then remove the examples.
          </span>
          <button type="button" className="button" onClick={() => void remove()}>
            Remove demo data
          </button>
        </div>
      )}
    </>
  );
}
