import type { OpportunityTab } from '../../app/router';
import type { OpportunityDetail } from '../../db';

/**
 * The bid workspace sections of an opportunity. Each feature owns its screen; this only picks
 * which one to show.
 */
export function WorkspaceTab({
  tab,
}: {
  tab: Exclude<OpportunityTab, 'overview'>;
  detail: OpportunityDetail;
  now: Date;
}) {
  return (
    <section className="card" aria-label={tab}>
      <p className="muted">This section is being built.</p>
    </section>
  );
}
