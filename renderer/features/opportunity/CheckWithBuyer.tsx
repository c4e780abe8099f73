import type { Opportunity } from '../../../shared/notice/model';

/**
 * Where the notice contradicts itself (a lot in another currency, weights that do not add up, a
 * deadline before publication…) or gives a deadline no date can be read from, in plain words with
 * the figures: Bid Desk has not picked a side silently, so the user knows what to ask the buyer
 * before relying on it.
 */
export function CheckWithBuyer({ notice }: { notice: Opportunity }) {
  // Notices stored before Bid Desk looked for contradictions have no list.
  const warnings = notice.warnings ?? [];
  if (warnings.length === 0) return null;
  return (
    <section className="check-with-buyer" role="note" aria-labelledby="check-with-buyer-heading">
      <h2 id="check-with-buyer-heading">Check with the buyer</h2>
      <p>The notice contradicts itself or cannot be read here:</p>
      <ul>
        {warnings.map((w, i) => (
          <li key={i} data-code={w.code}>
            {w.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
