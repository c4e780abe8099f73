import type { WebContents } from 'electron';

/** The part of WebContents the guards need, so tests can pass a stand-in. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Whether a link may be handed to the user's browser: http(s) only, never file:, javascript: etc. */
export function isExternalHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Keep a web contents on Bid Desk: every navigation and every `window.open` is refused. A link
 * the user clicked to a web page goes to their own browser instead; any other scheme (file:,
 * javascript:, data:, custom handlers) is dropped, because opening it could run something.
 */
export function guardNavigation(
  contents: GuardedContents,
  openExternal: (url: string) => void,
): void {
  const sendOut = (url: string): void => {
    if (isExternalHttpUrl(url)) openExternal(url);
  };
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    sendOut(url);
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    sendOut(url);
    return { action: 'deny' };
  });
}
