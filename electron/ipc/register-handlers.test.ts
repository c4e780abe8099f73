import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { ipcCalls } from '../../shared/ipc/contract';
import { registerIpcHandlers, type IpcHandlerDeps } from './register-handlers';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function setup(overrides: Partial<IpcHandlerDeps> = {}) {
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => listeners.set(channel, listener),
  };
  const jobs = {
    start: vi.fn((paths: readonly string[]) => paths.map((_, i) => `job-${i + 1}`)),
    cancel: vi.fn(() => true),
  };
  const deps: IpcHandlerDeps = {
    ipcMain,
    jobs,
    chooseFiles: vi.fn(async () => ['/home/sam/a.json', '/home/sam/b.txt']),
    openExternal: vi.fn(async () => undefined),
    appInfo: { version: '0.1.0', platform: 'linux' },
    exports: {
      chooseSavePath: vi.fn(async () => null),
      printToPdf: vi.fn(async () => new Uint8Array()),
    },
    ...overrides,
  };
  registerIpcHandlers(deps);
  const invoke = (channel: string, ...args: unknown[]) => {
    const event = {
      senderFrame: { url: 'app://bid-desk/index.html' },
      sender: {},
    } as IpcMainInvokeEvent;
    return (listeners.get(channel) as Listener)(event, ...args);
  };
  return { listeners, jobs, deps, invoke };
}

describe('registerIpcHandlers', () => {
  it('answers every channel of the contract, and nothing else', () => {
    const { listeners } = setup();
    expect([...listeners.keys()].sort()).toEqual(Object.keys(ipcCalls).sort());
  });

  it('imports the files picked in the open dialog', async () => {
    const { invoke, jobs } = setup();
    await expect(invoke('import:choose-files')).resolves.toEqual({ jobIds: ['job-1', 'job-2'] });
    expect(jobs.start).toHaveBeenCalledWith(['/home/sam/a.json', '/home/sam/b.txt']);
  });

  it('imports nothing when the dialog is cancelled', async () => {
    const { invoke } = setup({ chooseFiles: async () => [] });
    await expect(invoke('import:choose-files')).resolves.toEqual({ jobIds: [] });
  });

  it('imports dropped files by their full paths', async () => {
    const { invoke, jobs } = setup();
    await expect(invoke('import:paths', { paths: ['/home/sam/notice.json'] })).resolves.toEqual({
      jobIds: ['job-1'],
    });
    expect(jobs.start).toHaveBeenCalledWith(['/home/sam/notice.json']);
  });

  it('refuses relative paths, which no drop produces', async () => {
    const { invoke, jobs } = setup();
    await expect(
      invoke('import:paths', { paths: ['/ok.json', '../../.ssh/id_rsa'] }),
    ).rejects.toThrow(/“\.\.\/\.\.\/\.ssh\/id_rsa” is not a full path/);
    expect(jobs.start).not.toHaveBeenCalled();
  });

  it('cancels by job id', async () => {
    const { invoke, jobs } = setup();
    await expect(invoke('import:cancel', { jobId: 'job-7' })).resolves.toEqual({ cancelled: true });
    expect(jobs.cancel).toHaveBeenCalledWith('job-7');
  });

  it('opens https links in the browser and reports a failure to open as not opened', async () => {
    const { invoke, deps } = setup();
    await expect(
      invoke('shell:open-external', { url: 'https://www.find-tender.service.gov.uk/' }),
    ).resolves.toEqual({
      opened: true,
    });
    expect(deps.openExternal).toHaveBeenCalledWith('https://www.find-tender.service.gov.uk/');
    const failing = setup({ openExternal: async () => Promise.reject(new Error('no browser')) });
    await expect(
      failing.invoke('shell:open-external', { url: 'https://example.org/' }),
    ).resolves.toEqual({
      opened: false,
    });
  });

  it('never opens a file: link, even if asked directly', async () => {
    const { invoke, deps } = setup();
    await expect(invoke('shell:open-external', { url: 'file:///etc/passwd' })).rejects.toThrow(
      /not valid/,
    );
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it('tells the renderer the version and platform', async () => {
    const { invoke } = setup();
    await expect(invoke('app:info')).resolves.toEqual({ version: '0.1.0', platform: 'linux' });
  });
});
