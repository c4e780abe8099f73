import { opportunityHref } from '../../app/router';
import { useRereadStore } from './reread-store';
import { cutText, TITLE_LIMIT } from '../../lib/long-text';
import './reread-notice.css';

/**
 * Stored notice files being read again by this version of Bid Desk at start-up, then what came
 * of it: which notices it now reads differently, and any file it could not read again. A card
 * floating in a corner (reread-notice.css): it comes and changes after the screen is shown, and
 * nothing on the screen may move under the user's pointer because of it.
 */
export function RereadNotice() {
  const status = useRereadStore((s) => s.status);
  const dismiss = useRereadStore((s) => s.dismiss);
  if (!status) return null;
  return (
    <div className="banner banner-info reread-notice" role="status" data-testid="reread-notice">
      <div>
        {status.sentences.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
        {status.readDifferently.length > 0 && (
          // Folded, so the card stays small in its corner however many notices it names.
          <details>
            <summary>Which notices</summary>
            <ul>
              {status.readDifferently.map((o) => (
                <li key={o.id}>
                  <a href={opportunityHref(o.id)}>{cutText(o.title, TITLE_LIMIT)}</a>
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
      {!status.busy && (
        <button type="button" className="link-button" onClick={dismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
