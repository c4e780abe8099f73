// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportPanel } from './ImportPanel';
import { useImportStore, type ImportJob } from './import-store';

afterEach(cleanup);

function saving(jobId: string, fileName: string, saved: ImportJob['saved']): ImportJob {
  return {
    jobId,
    fileName,
    phase: 'saving',
    bytesRead: 1000,
    totalBytes: 1000,
    saved,
    summary: null,
    warnings: [],
    error: null,
    referenceText: null,
    keptAsReference: false,
  };
}

describe('Import panel while saving', () => {
  it('shows a bar of records written for a bulk file, and a plain line for a small one', () => {
    useImportStore.setState({
      jobs: [
        saving('a', 'fts-bulk.json', { written: 24000, total: 138500 }),
        saving('b', 'notice.txt', { written: 12, total: 40 }),
      ],
    });
    render(<ImportPanel />);
    const bar = screen.getByRole('progressbar', { name: 'Saving fts-bulk.json' });
    expect(bar.getAttribute('value')).toBe('24000');
    expect(bar.getAttribute('max')).toBe('138500');
    expect(screen.getByText('Saving: 24,000 of 138,500 records written…')).toBeTruthy();
    expect(screen.queryByRole('progressbar', { name: 'Saving notice.txt' })).toBeNull();
    expect(screen.getByText('Saving…')).toBeTruthy();
    expect(screen.getByRole('heading', { name: /2 in progress/ })).toBeTruthy();
  });
});

describe('Import panel and moving around the app', () => {
  const done: ImportJob = {
    ...saving('c', 'notice.txt', null),
    phase: 'done',
    warnings: [{ code: 'x', message: 'Some award criteria have no weight.', ocid: null }],
  };
  /** Go somewhere in the app as its links do, and let the hash change arrive. */
  const go = async (hash: string): Promise<void> => {
    await act(async () => {
      window.location.hash = hash;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
  };

  it('folds to its heading when the user goes elsewhere with nothing importing, and opens for a new import', async () => {
    window.location.hash = '#/';
    useImportStore.setState({ jobs: [done] });
    render(<ImportPanel />);
    const list = (): HTMLElement =>
      screen.getByRole('region', { name: /^Imports/ }).querySelector(':scope > ul') as HTMLElement;
    expect(list().hidden).toBe(false);

    await go('#/opportunities/abc');
    await waitFor(() => expect(list().hidden).toBe(true));
    expect(screen.getByRole('button', { name: 'Show' }).getAttribute('aria-expanded')).toBe(
      'false',
    );

    await act(async () => {
      useImportStore.setState({ jobs: [done, saving('d', 'next.txt', null)] });
    });
    await waitFor(() => expect(list().hidden).toBe(false));
    // Going elsewhere while it works leaves it open: the progress is what the user is watching.
    await go('#/this-week');
    expect(list().hidden).toBe(false);
  });
});
