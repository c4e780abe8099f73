import { saveEntry } from '../../db';
import { services, writeContext } from '../../app/services';
import { navigate, opportunityHref } from '../../app/router';
import { NewOpportunityForm } from './NewOpportunityForm';

/**
 * The "New opportunity" screen: the form, saved as the user's own entry; then the new
 * opportunity's page, where the go/no-go, checklist and response plan work as for a notice.
 */
export function NewOpportunityScreen() {
  return (
    <section className="new-opportunity-screen" aria-label="New opportunity">
      <NewOpportunityForm
        ids={() => {
          const ctx = writeContext();
          return { newId: () => crypto.randomUUID(), user: ctx.user, now: ctx.now.toISOString() };
        }}
        onSave={async (entry) => {
          const id = await saveEntry(services().db, entry, writeContext());
          navigate(opportunityHref(id));
        }}
        onCancel={() => navigate('#/')}
      />
    </section>
  );
}
