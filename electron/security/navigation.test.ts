import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { guardNavigation, isExternalHttpUrl, type GuardedContents } from './navigation';

type Handler = (event: { preventDefault: () => void }, url: string) => void;
type OpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

/** A web contents stand-in that records the guards and lets a test fire them. */
function fakeContents() {
  const handlers = new Map<string, Handler>();
  let openHandler: OpenHandler | null = null;
  const contents = {
    on: (event: string, handler: Handler) => {
      handlers.set(event, handler);
      return contents;
    },
    setWindowOpenHandler: (handler: OpenHandler) => {
      openHandler = handler;
    },
  };
  return {
    contents: contents as unknown as GuardedContents,
    /** Fire `event` for `url`; returns whether the navigation was prevented. */
    fire(event: string, url: string): boolean {
      const preventDefault = vi.fn();
      const handler = handlers.get(event);
      if (!handler) throw new Error(`no ${event} guard`);
      handler({ preventDefault }, url);
      return preventDefault.mock.calls.length > 0;
    },
    open(url: string) {
      if (!openHandler) throw new Error('no window open handler');
      return openHandler({ url });
    },
  };
}

describe('guardNavigation', () => {
  it('keeps the window on Bid Desk: every navigation is prevented, even to its own pages', () => {
    const page = fakeContents();
    const openExternal = vi.fn();
    guardNavigation(page.contents, openExternal);
    expect(
      page.fire('will-navigate', 'https://www.find-tender.service.gov.uk/Notice/012345-2025'),
    ).toBe(true);
    expect(page.fire('will-navigate', 'app://bid-desk/other.html')).toBe(true);
    expect(page.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(page.fire('will-redirect', 'https://example.org/')).toBe(true);
    expect(page.fire('will-attach-webview', 'about:blank')).toBe(true);
  });

  it('opens an https link from a navigation in the user’s browser instead', () => {
    const page = fakeContents();
    const openExternal = vi.fn();
    guardNavigation(page.contents, openExternal);
    page.fire('will-navigate', 'https://www.contractsfinder.service.gov.uk/notice/abc');
    expect(openExternal).toHaveBeenCalledWith(
      'https://www.contractsfinder.service.gov.uk/notice/abc',
    );
  });

  it('denies window.open and sends http(s) links to the browser', () => {
    const page = fakeContents();
    const openExternal = vi.fn();
    guardNavigation(page.contents, openExternal);
    expect(page.open('https://www.find-tender.service.gov.uk/')).toEqual({ action: 'deny' });
    expect(page.open('http://example.org/tender')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([
      ['https://www.find-tender.service.gov.uk/'],
      ['http://example.org/tender'],
    ]);
  });

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share/run.exe',
    'ms-msdt:/id PCWDiagnostic',
    'not a url',
  ])('never opens %s, from a link or window.open', (url) => {
    const page = fakeContents();
    const openExternal = vi.fn();
    guardNavigation(page.contents, openExternal);
    expect(page.open(url)).toEqual({ action: 'deny' });
    expect(page.fire('will-navigate', url)).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('fits a real WebContents', () => {
    // Type-level: the guard accepts Electron's WebContents as it is.
    const accepts = (contents: WebContents) => guardNavigation(contents, () => undefined);
    expect(typeof accepts).toBe('function');
  });
});

describe('isExternalHttpUrl', () => {
  it('accepts only http and https', () => {
    expect(isExternalHttpUrl('https://example.org')).toBe(true);
    expect(isExternalHttpUrl('HTTP://EXAMPLE.ORG')).toBe(true);
    expect(isExternalHttpUrl('file:///tmp/x')).toBe(false);
    expect(isExternalHttpUrl('javascript:void(0)')).toBe(false);
    expect(isExternalHttpUrl('app://bid-desk/index.html')).toBe(false);
  });
});
