// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BidDeskApi } from '../../shared/ipc/contract';

// getBridge() keeps one bridge per page; each test loads a fresh copy of the module.
async function freshGetBridge() {
  vi.resetModules();
  return (await import('./index')).getBridge;
}

afterEach(() => {
  delete (window as { bidDesk?: BidDeskApi }).bidDesk;
});

describe('getBridge', () => {
  it('is the browser bridge in a plain browser, and the same one every time', async () => {
    const getBridge = await freshGetBridge();
    const bridge = getBridge();
    expect(bridge.kind).toBe('browser');
    expect(getBridge()).toBe(bridge);
  });

  it('is the Electron bridge when the preload exposed window.bidDesk', async () => {
    const chooseFiles = vi.fn(async () => ({ jobIds: ['j1'] }));
    (window as { bidDesk?: Partial<BidDeskApi> }).bidDesk = { chooseFiles };
    const bridge = (await freshGetBridge())();
    expect(bridge.kind).toBe('electron');
    expect(await bridge.chooseFiles?.()).toEqual(['j1']);
  });
});
