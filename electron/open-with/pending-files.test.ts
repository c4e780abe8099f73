import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { filePathsFromArgv, PendingFiles } from './pending-files';

describe('PendingFiles', () => {
  it('keeps files opened before the window is ready, then delivers them once, in order', () => {
    const pending = new PendingFiles();
    pending.add(['/home/sam/notice-1.json']);
    pending.add(['/home/sam/notice-2.txt', '/home/sam/notice-3.json']);
    expect(pending.waiting).toEqual([
      '/home/sam/notice-1.json',
      '/home/sam/notice-2.txt',
      '/home/sam/notice-3.json',
    ]);
    const deliver = vi.fn();
    pending.ready(deliver);
    expect(deliver.mock.calls).toEqual([
      [['/home/sam/notice-1.json', '/home/sam/notice-2.txt', '/home/sam/notice-3.json']],
    ]);
    expect(pending.waiting).toEqual([]);
  });

  it('passes files straight through once the window is ready', () => {
    const pending = new PendingFiles();
    const deliver = vi.fn();
    pending.ready(deliver);
    expect(deliver).not.toHaveBeenCalled();
    pending.add(['/tmp/a.json']);
    expect(deliver).toHaveBeenCalledWith(['/tmp/a.json']);
  });

  it('does not deliver twice when the page reloads', () => {
    const pending = new PendingFiles();
    pending.add(['/tmp/a.json']);
    const deliver = vi.fn();
    pending.ready(deliver);
    pending.ready(deliver);
    expect(deliver).toHaveBeenCalledTimes(1);
  });

  it('queues again after the window closes, until the next window is ready (macOS Dock)', () => {
    const pending = new PendingFiles();
    const first = vi.fn();
    pending.ready(first);
    pending.pause();
    pending.add(['/Users/sam/notice.json']);
    expect(first).not.toHaveBeenCalled();
    const second = vi.fn();
    pending.ready(second);
    expect(second).toHaveBeenCalledWith(['/Users/sam/notice.json']);
  });

  it('ignores an empty list', () => {
    const pending = new PendingFiles();
    const deliver = vi.fn();
    pending.ready(deliver);
    pending.add([]);
    expect(deliver).not.toHaveBeenCalled();
  });
});

describe('filePathsFromArgv', () => {
  it('takes the files after the executable of a packaged app', () => {
    expect(
      filePathsFromArgv(['/opt/Bid Desk/bid-desk', '/home/sam/notice.json', 'page.txt'], {
        unpackaged: false,
        workingDirectory: '/home/sam/Downloads',
      }),
    ).toEqual(['/home/sam/notice.json', path.resolve('/home/sam/Downloads', 'page.txt')]);
  });

  it('skips the app folder when run as `electron .`', () => {
    expect(
      filePathsFromArgv(['/repo/node_modules/electron/dist/electron', '.', 'seeds/notice.txt'], {
        unpackaged: true,
        workingDirectory: '/repo',
      }),
    ).toEqual([path.resolve('/repo', 'seeds/notice.txt')]);
  });

  it('drops the switches Chromium and macOS add to a second launch', () => {
    expect(
      filePathsFromArgv(
        [
          'C:\\Program Files\\Bid Desk\\Bid Desk.exe',
          '--allow-file-access-from-files',
          '-psn_0_12345',
          '--',
          '',
        ],
        { unpackaged: false, workingDirectory: 'C:\\Users\\sam' },
      ),
    ).toEqual([]);
  });

  it('gives nothing for a plain launch', () => {
    expect(
      filePathsFromArgv(['/opt/Bid Desk/bid-desk'], { unpackaged: false, workingDirectory: '/' }),
    ).toEqual([]);
  });
});
