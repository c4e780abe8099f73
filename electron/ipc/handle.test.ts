import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { ImportUpdate, IpcResponse } from '../../shared/ipc/contract';
import { handle, IpcContractError, IpcRefusedError, send } from './handle';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

/** A stand-in for ipcMain that keeps the registered listeners so a test can invoke them. */
function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    handle: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, listener);
    }),
    invoke(channel: string, senderUrl: string | null, ...args: unknown[]) {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`nothing registered for ${channel}`);
      const event = {
        senderFrame: senderUrl === null ? null : { url: senderUrl },
      } as IpcMainInvokeEvent;
      return listener(event, ...args);
    },
  };
}

const APP_PAGE = 'app://bid-desk/index.html';

describe('handle()', () => {
  it('runs the handler with the validated request for Bid Desk’s own page', async () => {
    const ipcMain = fakeIpcMain();
    const handler = vi.fn(() => ({ jobIds: ['a', 'b'] }));
    handle(ipcMain, 'import:paths', handler);
    await expect(
      ipcMain.invoke('import:paths', APP_PAGE, { paths: ['/tmp/a.json', '/tmp/b.txt'] }),
    ).resolves.toEqual({
      jobIds: ['a', 'b'],
    });
    expect(handler).toHaveBeenCalledWith(
      { paths: ['/tmp/a.json', '/tmp/b.txt'] },
      expect.anything(),
    );
  });

  it.each([
    ['a web page', 'https://evil.example/index.html'],
    ['a local file', 'file:///home/user/Downloads/page.html'],
    ['another app host', 'app://other/index.html'],
    ['a page with credentials in its URL', 'app://user:pw@bid-desk/index.html'],
    ['a destroyed frame', null],
  ])('refuses a call from %s without running the handler', async (_label, url) => {
    const ipcMain = fakeIpcMain();
    const handler = vi.fn(() => ({ cancelled: true }));
    handle(ipcMain, 'import:cancel', handler);
    await expect(ipcMain.invoke('import:cancel', url, { jobId: 'job-1' })).rejects.toThrow(
      IpcRefusedError,
    );
    await expect(ipcMain.invoke('import:cancel', url, { jobId: 'job-1' })).rejects.toThrow(
      /not from Bid Desk itself/,
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['no request at all', []],
    ['paths that are not strings', [{ paths: [42] }]],
    ['an empty list', [{ paths: [] }]],
    ['more than 200 files', [{ paths: Array.from({ length: 201 }, (_, i) => `/tmp/${i}.json`) }]],
    ['two arguments', [{ paths: ['/tmp/a.json'] }, { extra: true }]],
  ])('refuses a bad payload (%s) with a clear error', async (_label, args) => {
    const ipcMain = fakeIpcMain();
    const handler = vi.fn(() => ({ jobIds: [] }));
    handle(ipcMain, 'import:paths', handler);
    const call = ipcMain.invoke('import:paths', APP_PAGE, ...args);
    await expect(call).rejects.toThrow(IpcRefusedError);
    await expect(ipcMain.invoke('import:paths', APP_PAGE, ...args)).rejects.toThrow(
      /Bid Desk refused “import:paths”/,
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it('says which field was wrong', async () => {
    const ipcMain = fakeIpcMain();
    handle(ipcMain, 'shell:open-external', () => ({ opened: true }));
    await expect(
      ipcMain.invoke('shell:open-external', APP_PAGE, { url: 'javascript:alert(1)' }),
    ).rejects.toThrow(/request is not valid: .*url/s);
  });

  it('refuses to return an answer outside the contract', async () => {
    const ipcMain = fakeIpcMain();
    // A buggy handler: the cast stands for code that lost track of the contract.
    handle(ipcMain, 'app:info', () => ({ version: 1 }) as unknown as IpcResponse<'app:info'>);
    await expect(ipcMain.invoke('app:info', APP_PAGE)).rejects.toThrow(IpcContractError);
    await expect(ipcMain.invoke('app:info', APP_PAGE)).rejects.toThrow(
      /invalid answer to “app:info”/,
    );
  });

  it('strips what the contract does not know from requests before the handler sees them', async () => {
    const ipcMain = fakeIpcMain();
    const handler = vi.fn((_request: { jobId: string }) => ({ cancelled: false }));
    handle(ipcMain, 'import:cancel', handler);
    await ipcMain.invoke('import:cancel', APP_PAGE, { jobId: 'x', extra: 1 });
    expect(handler.mock.calls[0]?.[0]).toEqual({ jobId: 'x' });
  });
});

describe('send()', () => {
  const update: ImportUpdate = {
    jobId: 'job-1',
    fileName: 'notice.json',
    phase: 'reading',
    bytesRead: 10,
    totalBytes: 100,
  };

  it('sends a valid event to a live window', () => {
    const target = { send: vi.fn(), isDestroyed: () => false };
    expect(send(target, 'import:update', update)).toBe(true);
    expect(target.send).toHaveBeenCalledWith('import:update', update);
  });

  it('throws on a payload outside the contract and sends nothing', () => {
    const target = { send: vi.fn(), isDestroyed: () => false };
    expect(() => send(target, 'import:update', { ...update, bytesRead: -1 })).toThrow(
      IpcContractError,
    );
    expect(() => send(target, 'menu:command', 'format-disk' as never)).toThrow(
      /invalid “menu:command”/,
    );
    expect(target.send).not.toHaveBeenCalled();
  });

  it('returns false when the window has gone', () => {
    const target = { send: vi.fn(), isDestroyed: () => true };
    expect(send(target, 'menu:command', 'find')).toBe(false);
    expect(send(null, 'menu:command', 'find')).toBe(false);
    expect(target.send).not.toHaveBeenCalled();
  });
});
