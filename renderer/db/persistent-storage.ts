/**
 * Ask the browser not to evict Bid Desk's data under storage pressure. Without it, a bid
 * manager's notes could be cleared along with the browsing cache.
 */

export type PersistenceOutcome = 'persisted' | 'denied' | 'unsupported';

/**
 * Request persistent storage (`navigator.storage.persist()`); asks only if not already granted.
 * Never throws: a refusal or a missing API is an answer the app can show, not an error.
 */
export async function requestPersistentStorage(
  // Typed as it may really be: Node (unit tests) has no navigator, older browsers no persist().
  storage: Partial<StorageManager> | undefined = (globalThis.navigator as Navigator | undefined)
    ?.storage,
): Promise<PersistenceOutcome> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'denied';
  } catch {
    return 'denied';
  }
}
