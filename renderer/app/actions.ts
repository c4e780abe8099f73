import { dismissChanges as dismissChangesInDb } from '../db';
import { services, writeContext } from './services';

/** Open a notice link in the user's own browser (never inside Bid Desk). */
export function openExternal(url: string): void {
  if (/^https?:\/\//i.test(url)) services().bridge.openExternal(url);
}

/** The user has read what changed in the latest re-import. */
export async function dismissChanges(opportunityId: string): Promise<void> {
  await dismissChangesInDb(services().db, opportunityId, writeContext());
}
