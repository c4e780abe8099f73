import { useUserName } from '../settings';
import { useOwnerNames } from './plan-queries';

/** The id of the list of names an owner box offers (`list={OWNER_NAMES_ID}`). */
export const OWNER_NAMES_ID = 'owner-names';

/**
 * The people already named as owners, and the user, offered by every owner box on the page so a
 * name is picked rather than typed again (and typed the same way each time).
 */
export function OwnerNameList({ opportunityId }: { opportunityId: string }) {
  const names = useOwnerNames(opportunityId) ?? [];
  const user = useUserName();
  const all = user && !names.includes(user) ? [user, ...names] : names;
  return (
    <datalist id={OWNER_NAMES_ID}>
      {all.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}
