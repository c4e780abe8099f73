/**
 * Where the renderer lives. It is served from a privileged custom scheme rather than `file://`
 * so that 'self' in the Content-Security-Policy is a real origin, IndexedDB persists under a
 * stable origin, and the IPC sender check has one exact origin to compare against.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bid-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * Whether a URL (or a bare origin such as `app://bid-desk`) belongs to Bid Desk's own renderer.
 * Node's URL reports `origin` as "null" for non-special schemes, so scheme and host are
 * compared instead.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
