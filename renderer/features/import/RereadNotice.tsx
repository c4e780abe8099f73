import { opportunityHref } from '../../app/router';
import { useRereadStore } from './reread-store';
import { cutText, TITLE_LIMIT } from '../../lib/long-text';

/**
 * Stored notice files being read again by this version of Bid Desk at start-up, then what came
 * of it: which notices it now reads differently, and any file it could not read again.
 */
export function RereadNotice() {
  const status = useRereadStore((s) => s.status);
  const dismiss = useRereadStore((s) => s.dismiss);
  if (!status) return null;
  return (
    <div className="banner banner-info" role="status" data-testid="reread-notice">
      <div>
        {status.sentences.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
        {status.readDifferently.length > 0 && (
          <ul>
            {status.readDifferently.map((o) => (
              <li key={o.id}>
                <a href={opportunityHref(o.id)}>{cutText(o.title, TITLE_LIMIT)}</a>
              </li>
            ))}
          </ul>
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
