import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../app-origin';
import { CONTENT_SECURITY_POLICY } from '../security/csp';

/**
 * How the app scheme is registered (before `app` is ready). `standard` gives it real origins and
 * relative URLs, `secure` makes it a secure context (IndexedDB, crypto.subtle), `supportFetchAPI`
 * and `corsEnabled` let module scripts and workers load from it. Nothing here bypasses the CSP.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: true,
    codeCache: true,
  },
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The file under `root` that an `app://bid-desk/...` URL names, or null when the URL is for
 * another host or scheme, is malformed, or would step outside `root` (`..`, encoded slashes,
 * backslashes, NUL bytes).
 */
export function resolveAppFile(requestUrl: string, root: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relativeName = pathname === '/' || pathname === '' ? 'index.html' : pathname.slice(1);
  const resolvedRoot = path.resolve(root);
  const file = path.resolve(resolvedRoot, relativeName);
  const inside = path.relative(resolvedRoot, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return file;
}

/** The Content-Type for a served file, by extension. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Serve one request for the built renderer in `root`. Only GET/HEAD of files inside `root`;
 * everything else is a plain 404 or 405 so nothing about the disk leaks to the page.
 */
export async function serveAppRequest(request: Request, root: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405 });
  }
  const file = resolveAppFile(request.url, root);
  if (file === null) return notFound();
  try {
    const info = await stat(file);
    if (!info.isFile()) return notFound();
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file));
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': contentTypeFor(file),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    });
  } catch {
    return notFound();
  }
}

/** Register the handler that serves `root` (the built renderer) on the app scheme. */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, root));
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
}
