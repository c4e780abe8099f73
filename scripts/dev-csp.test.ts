import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { devServerCsp } from './dev-csp';
import { cspFromHtml } from './static-server';
import { repoRoot } from './vite-build';

const appPolicy = cspFromHtml(readFileSync(join(repoRoot, 'renderer', 'index.html'), 'utf8'));

/** What `vite build` (or `vite`, for the dev server) makes of vite.config.ts. */
const viteConfig = (command: 'build' | 'serve') =>
  resolveConfig(
    { configFile: join(repoRoot, 'vite.config.ts'), logLevel: 'silent' },
    command,
    command === 'build' ? 'production' : 'development',
  );

describe('the Content-Security-Policy users get', () => {
  it('allows no eval, no inline code and no socket in the page Electron and start:web load', () => {
    expect(appPolicy).toMatch(/script-src 'self'/);
    for (const relaxation of ["'unsafe-eval'", "'unsafe-inline'", "'nonce-", 'ws:', 'wss:']) {
      expect(appPolicy).not.toContain(relaxation);
    }
  });

  it('is built as written: the dev server’s relaxation is not in the production build', async () => {
    const build = await viteConfig('build');
    expect(build.plugins.map((plugin) => plugin.name)).not.toContain('bid-desk-dev-csp');
    expect(build.html?.cspNonce).toBeUndefined();
    // The same config does relax it for `npm run dev`, so the check above can fail.
    const serve = await viteConfig('serve');
    expect(serve.plugins.map((plugin) => plugin.name)).toContain('bid-desk-dev-csp');
    expect(serve.html?.cspNonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('the dev server’s policy', () => {
  it('adds only the nonce for scripts and styles and the dev server’s own socket', () => {
    const dev = devServerCsp(appPolicy ?? '', 'abc', 'ws://127.0.0.1:5173');
    expect(dev).toContain("script-src 'self' 'nonce-abc';");
    expect(dev).toContain("style-src 'self' 'nonce-abc';");
    expect(dev).toContain("connect-src 'self' ws://127.0.0.1:5173;");
    expect(dev).not.toMatch(/unsafe-(eval|inline)/);
    const untouched = (policy: string) =>
      policy.split('; ').filter((d) => !/^(script|style|connect)-src /.test(d));
    expect(untouched(dev)).toEqual(untouched(appPolicy ?? ''));
  });
});
