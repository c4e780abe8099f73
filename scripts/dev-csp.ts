/**
 * `npm run dev` only: what Vite's dev server needs beyond the app's Content-Security-Policy.
 * The production build, `start:web` and Electron keep the policy of renderer/index.html as it is.
 *
 * - Vite injects a few inline `<script>`s (React Fast Refresh's preamble) and, for each CSS
 *   import, a `<style>` element: both are allowed by a nonce made fresh at each start (Vite puts
 *   it on the tags it injects, `html.cspNonce`), not by 'unsafe-inline'.
 * - Hot reload talks to the dev server over a WebSocket on the page's own address.
 */
import type { Plugin } from 'vite';

/** The app's policy with the nonce allowed for scripts and styles and the dev server's socket. */
export function devServerCsp(policy: string, nonce: string, socketOrigin: string): string {
  const directives = policy
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
  const add = (name: string, source: string) => {
    const at = directives.findIndex((d) => d === name || d.startsWith(`${name} `));
    if (at === -1) directives.push(`${name} ${source}`);
    else directives[at] = `${directives[at]} ${source}`;
  };
  add('script-src', `'nonce-${nonce}'`);
  add('style-src', `'nonce-${nonce}'`);
  add('connect-src', socketOrigin);
  return directives.join('; ');
}

/** The Vite plugin that rewrites the page's CSP meta tag, in the dev server only. */
export function devServerCspPlugin(nonce: string): Plugin {
  let socketOrigin = '';
  return {
    name: 'bid-desk-dev-csp',
    apply: 'serve',
    configureServer(server) {
      const { host, port } = server.config.server;
      const address = typeof host === 'string' ? host : 'localhost';
      // The port is known once the server listens; the page is never asked for before that.
      server.httpServer?.once('listening', () => {
        const bound = server.httpServer?.address();
        const boundPort = bound && typeof bound === 'object' ? bound.port : port;
        socketOrigin = `ws://${address}:${boundPort}`;
      });
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(
          /(<meta\b[^>]*http-equiv="Content-Security-Policy"[^>]*\bcontent=")([^"]*)(")/i,
          (_, before: string, policy: string, after: string) =>
            `${before}${devServerCsp(policy.replace(/\s+/g, ' '), nonce, socketOrigin)}${after}`,
        ),
    },
  };
}
