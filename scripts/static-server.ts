/**
 * A small static file server for the built renderer (browser mode and the E2E suite). Local
 * only: it binds 127.0.0.1, answers GET and HEAD, and sends the same CSP the page declares.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  // Module workers are refused unless served with a JavaScript MIME type.
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file name; unknown kinds are served as opaque bytes. */
export function mimeTypeFor(fileName: string): string {
  return MIME_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The policy from the page's `<meta http-equiv="Content-Security-Policy">`, so the header and
 * the page can never disagree. Null when the page declares none.
 */
export function cspFromHtml(html: string): string | null {
  const meta = /<meta\b[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html);
  const content = meta && /\bcontent=(?:"([^"]*)"|'([^']*)')/i.exec(meta[0]);
  const policy = content?.[1] ?? content?.[2];
  return policy ? policy.replace(/\s+/g, ' ').trim() : null;
}

export interface StaticServerOptions {
  /** The folder to serve; must contain index.html. */
  root: string;
  /** 0 picks a free port. */
  port: number;
}

export interface StaticServer {
  readonly port: number;
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serve `root` on 127.0.0.1. Paths without an extension that match no file get index.html (the
 * app routes them); paths that try to leave `root` are refused.
 */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const index = await readFile(join(root, 'index.html'), 'utf8');
  const csp = cspFromHtml(index);
  if (!csp) throw new Error(`${join(root, 'index.html')} declares no Content-Security-Policy`);
  const headers = {
    // Browsers ignore frame-ancestors in a <meta> policy; only a header can forbid framing.
    'Content-Security-Policy': /\bframe-ancestors\b/.test(csp)
      ? csp
      : `${csp}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  let port = options.port;

  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    handle(root, port, request, response).catch((error: unknown) => {
      console.error('serve-web:', error);
      if (!response.headersSent) send(response, 500, 'Internal error');
      else response.destroy();
    });
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        // Browsers keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

async function handle(
  root: string,
  port: number,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return send(response, 405, 'Method not allowed');
  }
  // Only this machine's own names: a page elsewhere cannot reach us through DNS rebinding.
  const host = request.headers.host ?? '';
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
    return send(response, 403, 'Forbidden');
  }
  const path = requestPath(request.url ?? '/');
  if (path === null) return send(response, 400, 'Bad request');
  if (path.split('/').some((segment) => segment === '..' || segment.includes('\\'))) {
    return send(response, 403, 'Forbidden');
  }
  const file = resolve(root, `.${path}`);
  if (file !== root && !file.startsWith(root + sep)) return send(response, 403, 'Forbidden');

  const found = await fileAt(path.endsWith('/') ? join(file, 'index.html') : file);
  if (found) return sendFile(request, response, found.path, found.size);
  // Unknown app routes (no extension) are the app's to show; missing assets are plain 404s.
  if (extname(path) === '') {
    const fallback = await fileAt(join(root, 'index.html'));
    if (fallback) return sendFile(request, response, fallback.path, fallback.size);
  }
  return send(response, 404, 'Not found');
}

/** The decoded path part of a request target, or null if it cannot be decoded safely. */
function requestPath(target: string): string | null {
  const raw = target.split(/[?#]/, 1)[0] ?? '';
  if (!raw.startsWith('/')) return null;
  try {
    const path = decodeURIComponent(raw);
    return path.includes('\0') ? null : path;
  } catch {
    return null;
  }
}

async function fileAt(path: string): Promise<{ path: string; size: number } | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? { path, size: info.size } : null;
  } catch {
    return null;
  }
}

function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  size: number,
): void {
  response.statusCode = 200;
  response.setHeader('Content-Type', mimeTypeFor(path));
  response.setHeader('Content-Length', size);
  // Vite puts a content hash in every asset name under assets/, so those never change.
  const hashed = path.includes(`${sep}assets${sep}`);
  response.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (request.method === 'HEAD') return void response.end();
  const stream = createReadStream(path);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}

function send(response: ServerResponse, status: number, message: string): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.end(`${message}\n`);
}
