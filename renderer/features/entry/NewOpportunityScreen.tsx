import { useLiveQuery } from 'dexie-react-hooks';
import type { OpportunityEntry } from '../../../shared/entry/entry';
import { entryOf, saveEntry } from '../../db';
import { services, writeContext } from '../../app/services';
import { navigate, opportunityHref } from '../../app/router';
import { NewOpportunityForm } from './NewOpportunityForm';

function ids() {
  const ctx = writeContext();
  return { newId: () => crypto.randomUUID(), user: ctx.user, now: ctx.now.toISOString() };
}

async function save(entry: OpportunityEntry): Promise<void> {
  const id = await saveEntry(services().db, entry, writeContext());
  navigate(opportunityHref(id));
}

/**
 * The "New opportunity" screen: the form, saved as the user's own entry; then the new
 * opportunity's page, where the go/no-go, checklist and response plan work as for a notice.
 */
export function NewOpportunityScreen() {
  return (
    <section className="new-opportunity-screen" aria-label="New opportunity">
      <NewOpportunityForm ids={ids} onSave={save} onCancel={() => navigate('#/')} />
    </section>
  );
}

/**
 * Editing what the user entered for an opportunity. Saving updates the same opportunity; the
 * decisions, checklist and plan stay with it.
 */
export function EditOpportunityScreen({ id }: { id: string }) {
  // `null`: no entry (a notice's opportunity, or one removed); `undefined`: still reading.
  const entry = useLiveQuery(() => entryOf(services().db, id), [id]);
  if (entry === undefined) return <p className="loading">Opening the opportunity…</p>;
  if (entry === null) {
    return (
      <section className="empty" aria-labelledby="edit-missing-heading">
        <h1 id="edit-missing-heading">Nothing to edit here</h1>
        <p>
          Only opportunities entered by hand can be edited; an imported notice changes when you
          import its newer version. <a href={opportunityHref(id)}>Back to the opportunity</a>
        </p>
      </section>
    );
  }
  return (
    <section className="new-opportunity-screen" aria-label="Edit opportunity">
      <NewOpportunityForm
        initial={entry}
        ids={ids}
        onSave={save}
        onCancel={() => navigate(opportunityHref(id))}
      />
    </section>
  );
}
