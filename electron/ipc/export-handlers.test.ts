import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { filtersFor, registerExportHandlers, type ExportDeps } from './export-handlers';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

let folder = '';
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'bid-desk-export-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** The export handlers behind a fake ipcMain; the dialog answers with `answer` (null = cancel). */
function setup(
  answer: (defaultName: string) => string | null,
  overrides: Partial<ExportDeps> = {},
) {
  const listeners = new Map<string, Listener>();
  const order: string[] = [];
  const deps = {
    ipcMain: { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) },
    chooseSavePath: vi.fn(async (_event: IpcMainInvokeEvent, options: { defaultName: string }) => {
      order.push('dialog');
      return answer(options.defaultName);
    }),
    printToPdf: vi.fn(async () => {
      order.push('print');
      return new TextEncoder().encode('%PDF-1.7 one page');
    }),
    ...overrides,
  };
  registerExportHandlers(deps);
  const invoke = (channel: string, request: unknown, url = 'app://bid-desk/index.html') =>
    (listeners.get(channel) as Listener)(
      { senderFrame: { url }, sender: {} } as IpcMainInvokeEvent,
      request,
    );
  return { deps, invoke, order, listeners };
}

describe('export:save', () => {
  it('writes the text where the user chose, as UTF-8 with the CSV’s byte-order mark', async () => {
    const { invoke, deps } = setup((name) => path.join(folder, name));
    const text = '\uFEFFOpportunity,What\r\nStalking – £1.2m,Submission deadline\r\n';
    const answer = await invoke('export:save', {
      defaultName: 'Bid timeline.csv',
      mime: 'text/csv;charset=utf-8',
      text,
    });
    const written = path.join(folder, 'Bid timeline.csv');
    expect(answer).toEqual({ saved: true, path: written });
    const bytes = readFileSync(written);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(text);
    expect(deps.chooseSavePath).toHaveBeenCalledWith(expect.anything(), {
      defaultName: 'Bid timeline.csv',
      filters: [
        { name: 'Spreadsheet (CSV)', extensions: ['csv'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
  });

  it('writes nothing and says so when the user cancels the dialog', async () => {
    const writeFile = vi.fn(async () => undefined);
    const { invoke } = setup(() => null, { writeFile });
    await expect(
      invoke('export:save', { defaultName: 'bid.ics', mime: 'text/calendar', text: 'BEGIN' }),
    ).resolves.toEqual({ saved: false, path: null });
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('adds the extension when the user typed a name without one', async () => {
    const { invoke } = setup(() => path.join(folder, 'trustees'));
    const answer = await invoke('export:save', {
      defaultName: 'bid.ics',
      mime: 'text/calendar',
      text: 'BEGIN:VCALENDAR',
    });
    expect(answer).toEqual({ saved: true, path: path.join(folder, 'trustees.ics') });
    expect(readFileSync(path.join(folder, 'trustees.ics'), 'utf8')).toBe('BEGIN:VCALENDAR');
  });

  it.each([
    ['a path instead of a name', { defaultName: '../../.bashrc', mime: 'text/plain', text: '' }],
    ['an absolute path', { defaultName: '/etc/passwd', mime: 'text/plain', text: '' }],
    ['a Windows path', { defaultName: 'C:\\Users\\x.ics', mime: 'text/calendar', text: '' }],
    ['a control character', { defaultName: 'bid\u0007.ics', mime: 'text/calendar', text: '' }],
    ['dots only', { defaultName: '..', mime: 'text/plain', text: '' }],
    ['an empty name', { defaultName: '  ', mime: 'text/plain', text: '' }],
    ['a made-up mime type', { defaultName: 'a.ics', mime: 'calendar please', text: '' }],
    ['text that is not text', { defaultName: 'a.ics', mime: 'text/calendar', text: 42 }],
    ['no request', undefined],
  ])('refuses %s before any dialog opens', async (_what, request) => {
    const { invoke, deps } = setup((name) => path.join(folder, name));
    await expect(invoke('export:save', request)).rejects.toThrow(/refused “export:save”/);
    expect(deps.chooseSavePath).not.toHaveBeenCalled();
  });

  it('refuses a page that is not Bid Desk', async () => {
    const { invoke, deps } = setup((name) => path.join(folder, name));
    await expect(
      invoke(
        'export:save',
        { defaultName: 'a.ics', mime: 'text/calendar', text: 'x' },
        'https://evil.example/',
      ),
    ).rejects.toThrow(/came from “https:\/\/evil\.example\/”/);
    expect(deps.chooseSavePath).not.toHaveBeenCalled();
  });

  it('says in a sentence when the file cannot be written', async () => {
    const { invoke } = setup(() => path.join(folder, 'missing-folder', 'bid.csv'));
    await expect(
      invoke('export:save', { defaultName: 'bid.csv', mime: 'text/csv', text: 'x' }),
    ).rejects.toThrow(
      /could not save “bid\.csv” in .*missing-folder \(ENOENT\)\. Choose another folder/,
    );
  });
});

describe('export:pdf', () => {
  it('prints the asking page to A4 landscape, then saves it where the user chose', async () => {
    const { invoke, deps, order } = setup((name) => path.join(folder, name));
    const answer = await invoke('export:pdf', { defaultName: 'Trustees summary.pdf' });
    const written = path.join(folder, 'Trustees summary.pdf');
    expect(answer).toEqual({ saved: true, path: written });
    expect(readFileSync(written, 'utf8')).toBe('%PDF-1.7 one page');
    expect(deps.printToPdf).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ landscape: true, pageSize: 'A4', printBackground: true }),
    );
    expect(order).toEqual(['print', 'dialog']);
    expect(deps.chooseSavePath).toHaveBeenCalledWith(expect.anything(), {
      defaultName: 'Trustees summary.pdf',
      filters: [
        { name: 'PDF', extensions: ['pdf'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { invoke } = setup(() => null);
    await expect(invoke('export:pdf', { defaultName: 'bid.pdf' })).resolves.toEqual({
      saved: false,
      path: null,
    });
    expect(existsSync(path.join(folder, 'bid.pdf'))).toBe(false);
  });

  it('refuses a name with a folder in it', async () => {
    const { invoke, deps } = setup((name) => path.join(folder, name));
    await expect(invoke('export:pdf', { defaultName: 'x/../../bid.pdf' })).rejects.toThrow(
      /not valid/,
    );
    expect(deps.printToPdf).not.toHaveBeenCalled();
  });
});

describe('filtersFor', () => {
  it('offers the suggested name’s own type first, then any file', () => {
    expect(filtersFor('a.ics')[0]).toEqual({ name: 'Calendar (iCalendar)', extensions: ['ics'] });
    expect(filtersFor('backup.biddesk')[0]).toEqual({
      name: 'BIDDESK file',
      extensions: ['biddesk'],
    });
    expect(filtersFor('notes')).toEqual([{ name: 'All files', extensions: ['*'] }]);
  });
});
