import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import {
  APP_SCHEME_PRIVILEGES,
  registerAppProtocol,
  resolveAppFile,
  serveAppRequest,
} from './app-protocol';

let base = '';
let root = '';

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'bid-desk-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Bid Desk</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log("bid desk")');
  writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
  // Something next to the renderer that must never be served.
  writeFileSync(path.join(base, 'secret.txt'), 'victim records');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveAppFile', () => {
  it('maps app://bid-desk/ paths into the renderer folder', () => {
    expect(resolveAppFile('app://bid-desk/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://bid-desk/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://bid-desk/assets/index-abc.js?v=1#x', root)).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
  });

  it.each([
    'app://bid-desk/..%2fsecret.txt',
    'app://bid-desk/..%5csecret.txt',
    'app://bid-desk/assets%2f..%2f..%2fsecret.txt',
    'app://bid-desk/%2fetc%2fpasswd',
    'app://bid-desk//etc/passwd',
    'app://bid-desk/index.html%00.js',
    'app://bid-desk/%E0%A4%A',
    'app://other-host/index.html',
    'file:///etc/passwd',
    'https://bid-desk/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it.each([
    'app://bid-desk/../secret.txt',
    'app://bid-desk/assets/../../secret.txt',
    'app://bid-desk/%2e%2e/secret.txt',
  ])('keeps %s inside the renderer folder (the URL parser already removed the dots)', (url) => {
    expect(resolveAppFile(url, root)).toBe(path.join(root, 'secret.txt'));
  });
});

describe('serveAppRequest', () => {
  it('serves the page with the Content-Security-Policy header and the right type', async () => {
    const response = await serveAppRequest(new Request('app://bid-desk/index.html'), root);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Bid Desk</title>');
  });

  it('serves scripts as JavaScript, so module scripts run', async () => {
    const response = await serveAppRequest(new Request('app://bid-desk/assets/index-abc.js'), root);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log("bid desk")');
  });

  it.each([
    'app://bid-desk/../secret.txt',
    'app://bid-desk/%2e%2e%2fsecret.txt',
    'app://bid-desk/missing.js',
    'app://bid-desk/assets',
  ])('answers 404 for %s and never the file outside the renderer', async (url) => {
    const response = await serveAppRequest(new Request(url), root);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('victim records');
  });

  it('refuses anything but reading', async () => {
    const response = await serveAppRequest(
      new Request('app://bid-desk/index.html', { method: 'POST', body: 'x' }),
      root,
    );
    expect(response.status).toBe(405);
  });

  it('is what the app scheme serves once registered', async () => {
    const protocol = { handle: vi.fn() };
    registerAppProtocol(protocol, root);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    expect((await handler(new Request('app://bid-desk/'))).status).toBe(200);
  });
});

describe('the app scheme', () => {
  it('is a standard, secure origin (so IndexedDB persists) that does not bypass the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).not.toBe(true);
  });

  it('sends the policy of the meta tag in renderer/index.html, plus frame-ancestors', () => {
    const html = readFileSync(path.join(__dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const directives = (policy: string) =>
      policy
        .split(';')
        .map((part) => part.trim().replace(/\s+/g, ' '))
        .filter(Boolean)
        .sort();
    expect(meta).toBeDefined();
    const header = directives(CONTENT_SECURITY_POLICY);
    // Browsers ignore frame-ancestors in a meta tag, so only the header can carry it.
    expect(header).toContain("frame-ancestors 'none'");
    expect(header.filter((directive) => !directive.startsWith('frame-ancestors'))).toEqual(
      directives(meta ?? '').filter((directive) => !directive.startsWith('frame-ancestors')),
    );
  });
});
