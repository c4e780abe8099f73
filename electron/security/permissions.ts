import type { Session } from 'electron';
import { isAppUrl } from '../app-origin';

/** The permission API of a session, so tests can pass a stand-in. */
export type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/**
 * Whether Bid Desk's page may use a permission. Bid Desk needs no camera, location,
 * notifications, USB, etc., so everything is refused, except writing to the clipboard from the
 * app's own page (Chromium asks for that when the user presses a "Copy" button).
 */
export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl);
}

/** Refuse permission requests and checks on a session (see `isPermissionAllowed`). */
export function denyPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
}
