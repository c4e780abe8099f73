import { useDemoStore } from './demo-store';

/**
 * Says plainly that demo notices are showing, and removes them in one action (with undo).
 * `hasDemo` comes from the window, which shows its screen only once it is known: a banner that
 * appeared after the pipeline would push the rows down under the user's pointer.
 */
export function DemoBanner({ hasDemo }: { hasDemo: boolean }) {
  const { undo, remove, restore, forget } = useDemoStore();
  if (undo) {
    return (
      <div className="banner banner-info" role="status">
        <span>Demo data removed.</span>
        <button type="button" className="button" onClick={() => void restore()}>
          Undo
        </button>
        <button type="button" className="link-button" onClick={forget}>
          Dismiss
        </button>
      </div>
    );
  }
  if (!hasDemo) return null;
  return (
    <div className="banner banner-demo" role="note">
      <span>
        <strong>Demo data.</strong> These example notices show how Bid Desk works. Import your own
        notices, then remove the examples.
      </span>
      <button type="button" className="button" onClick={() => void remove()}>
        Remove demo data
      </button>
    </div>
  );
}
