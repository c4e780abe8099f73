import { describe, expect, it, vi } from 'vitest';
import { denyPermissions, isPermissionAllowed } from './permissions';

type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string },
) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string) => boolean;

function fakeSession() {
  const session = {
    request: null as RequestHandler | null,
    check: null as CheckHandler | null,
    device: null as (() => boolean) | null,
    setPermissionRequestHandler(handler: RequestHandler) {
      session.request = handler;
    },
    setPermissionCheckHandler(handler: CheckHandler) {
      session.check = handler;
    },
    setDevicePermissionHandler(handler: () => boolean) {
      session.device = handler;
    },
  };
  return session;
}

describe('denyPermissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'clipboard-read',
    'hid',
    'fullscreen',
  ])('refuses %s to Bid Desk’s own page', (permission) => {
    const session = fakeSession();
    denyPermissions(session);
    const callback = vi.fn();
    session.request?.(null, permission, callback, { requestingUrl: 'app://bid-desk/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.check?.(null, permission, 'app://bid-desk')).toBe(false);
  });

  it('lets only Bid Desk’s own page write to the clipboard', () => {
    const session = fakeSession();
    denyPermissions(session);
    const callback = vi.fn();
    session.request?.(null, 'clipboard-sanitized-write', callback, {
      requestingUrl: 'app://bid-desk/index.html',
    });
    session.request?.(null, 'clipboard-sanitized-write', callback, {
      requestingUrl: 'https://evil.example/',
    });
    expect(callback.mock.calls).toEqual([[true], [false]]);
    expect(session.check?.(null, 'clipboard-sanitized-write', 'app://bid-desk')).toBe(true);
    expect(session.check?.(null, 'clipboard-sanitized-write', 'file://')).toBe(false);
  });

  it('refuses USB, serial and HID devices', () => {
    const session = fakeSession();
    denyPermissions(session);
    expect(session.device?.()).toBe(false);
  });

  it('refuses clipboard writes from anywhere else', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://bid-desk.example')).toBe(
      false,
    );
  });
});
