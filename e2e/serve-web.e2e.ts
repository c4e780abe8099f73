import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseServeWebArgs } from '../scripts/serve-web';
import { cspFromHtml, startStaticServer, type StaticServer } from '../scripts/static-server';
import { probeRoot, repoRoot, webRoot } from './build';

const CSP = "default-src 'none'; script-src 'self'; worker-src 'self' blob:";
/** Browsers ignore frame-ancestors in a meta tag, so the header adds it. */
const HEADER_CSP = `${CSP}; frame-ancestors 'none'`;

/** A raw request, so paths like `/../x` reach the server exactly as written. */
function rawGet(
  port: number,
  path: string,
  options: { method?: string; host?: string } = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? `127.0.0.1:${port}` },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('static server', () => {
  let dir: string;
  let server: StaticServer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bid-desk-serve-'));
    const site = join(dir, 'site');
    await mkdir(join(site, 'assets'), { recursive: true });
    await writeFile(
      join(site, 'index.html'),
      `<!doctype html><meta http-equiv="Content-Security-Policy" content="${CSP}"><title>Bid Desk</title>`,
    );
    await writeFile(join(site, 'assets', 'index-abc123.js'), 'export {};\n');
    await writeFile(join(site, 'assets', 'data.json'), '{"ok":true}');
    await writeFile(join(site, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(join(site, 'assets', 'font.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
    await writeFile(join(dir, 'secret.txt'), 'outside the site');
    server = await startStaticServer({ root: site, port: 0 });
  });

  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves index.html on 127.0.0.1 with the page’s CSP and the security headers', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(HEADER_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(await response.text()).toContain('<title>Bid Desk</title>');
  });

  it('sends the right MIME type for each kind of asset', async () => {
    const types: Record<string, string> = {
      'assets/index-abc123.js': 'text/javascript; charset=utf-8',
      'assets/data.json': 'application/json; charset=utf-8',
      'assets/logo.svg': 'image/svg+xml',
      'assets/font.woff2': 'font/woff2',
    };
    for (const [path, type] of Object.entries(types)) {
      const response = await fetch(new URL(path, server.url));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('answers unknown app routes with index.html but missing files with 404', async () => {
    const route = await fetch(new URL('pipeline/opportunity-42', server.url));
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Bid Desk</title>');
    expect((await fetch(new URL('assets/missing.js', server.url))).status).toBe(404);
  });

  it('refuses paths that leave the served folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/..\\secret.txt',
      '/assets/%00.js',
    ]) {
      const response = await rawGet(server.port, path);
      expect([400, 403, 404], path).toContain(response.status);
      expect(response.body, path).not.toContain('outside the site');
    }
    expect((await rawGet(server.port, '/../package.json')).status).toBe(403);
  });

  it('allows only GET and HEAD', async () => {
    const post = await fetch(server.url, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const head = await rawGet(server.port, '/assets/data.json', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe('11');
    expect(head.body).toBe('');
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    expect((await rawGet(server.port, '/', { host: 'evil.example' })).status).toBe(403);
    expect((await rawGet(server.port, '/', { host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('will not serve a page that declares no CSP', async () => {
    const bare = join(dir, 'bare');
    await mkdir(bare);
    await writeFile(join(bare, 'index.html'), '<!doctype html><title>x</title>');
    await expect(startStaticServer({ root: bare, port: 0 })).rejects.toThrow(/Content-Security/);
  });

  it('keeps the bridge probe on the same CSP as the app', async () => {
    const app = cspFromHtml(await readFile(join(repoRoot, 'renderer', 'index.html'), 'utf8'));
    const probe = cspFromHtml(await readFile(join(probeRoot, 'index.html'), 'utf8'));
    expect(app).toContain("worker-src 'self'");
    expect(probe).toBe(app);
  });
});

describe('serve-web command line', () => {
  it('reads its options', () => {
    expect(parseServeWebArgs([])).toEqual({ port: 5180, open: true, build: true });
    expect(parseServeWebArgs(['--port', '0', '--no-open', '--skip-build'])).toEqual({
      port: 0,
      open: false,
      build: false,
    });
    expect(parseServeWebArgs(['--port=8123']).port).toBe(8123);
    expect(() => parseServeWebArgs(['--port', 'abc'])).toThrow(/--port/);
    expect(() => parseServeWebArgs(['--port'])).toThrow(/--port/);
    expect(() => parseServeWebArgs(['--open-all'])).toThrow(/Unknown option/);
  });

  it('refuses a port already in use, naming it and why, instead of opening on another', async () => {
    // A listener of the test's own holds the port, as another program would.
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as AddressInfo).port;
    try {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'scripts/serve-web.ts',
          '--port',
          String(port),
          '--no-open',
          '--skip-build',
        ],
        { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));

      expect(code).toBe(1);
      expect(stdout).not.toContain('Bid Desk is running');
      expect(stderr).toContain(
        `Bid Desk did not start: port ${port} on 127.0.0.1 is already in use`,
      );
      expect(stderr).toContain(
        `Your browser keeps Bid Desk's data per address (http://127.0.0.1:${port}/), so opening on another port would show an empty Bid Desk.`,
      );
      // Where the OS can say who holds the port cheaply, the sentence names it: here, this test.
      if (
        existsSync('/usr/bin/ss') ||
        existsSync('/usr/bin/lsof') ||
        existsSync('/usr/sbin/lsof')
      ) {
        expect(stderr).toContain(`(process ${process.pid})`);
      }
      expect(stderr).not.toMatch(/EADDRINUSE|\n\s+at\s/);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`serves the built app until ${signal}, then exits cleanly`, async () => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'scripts/serve-web.ts', '--port', '0', '--no-open', '--skip-build'],
        { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      let output = '';
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /Bid Desk is running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        void exited.then(() => reject(new Error(`serve-web exited early:\n${output}`)));
      });

      const index = await fetch(url);
      const html = await index.text();
      expect(html).toContain('<title>Bid Desk</title>');
      const script = /<script type="module" crossorigin src="\.\/([^"]+\.js)"/.exec(html)?.[1];
      expect(script).toBeDefined();
      const asset = await fetch(new URL(script as string, url));
      expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      const csp = cspFromHtml(await readFile(join(webRoot, 'index.html'), 'utf8'));
      expect(index.headers.get('content-security-policy')).toContain(csp);

      child.kill(signal);
      expect(await exited).toBe(0);
    });
  }
});
