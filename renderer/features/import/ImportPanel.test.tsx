// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportPanel, ImportPanelToggle, SUMMARY_ROWS } from './ImportPanel';
import type { Change } from '../../../shared/notice/model';
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
      panelOpen: true,
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

  it('folds into its header button when the user goes elsewhere with nothing importing, and opens for a new import', async () => {
    window.location.hash = '#/';
    useImportStore.setState({ jobs: [done], panelOpen: true });
    render(
      <>
        <ImportPanelToggle />
        <ImportPanel />
      </>,
    );
    const panel = (): HTMLElement | null => screen.queryByRole('region', { name: /^Imports/ });
    const toggle = (): HTMLElement => screen.getByRole('button', { name: /^Imports/ });
    expect(panel()).not.toBeNull();
    expect(toggle().getAttribute('aria-expanded')).toBe('true');

    // Folded, nothing of it floats over the page: only the header button is left.
    await go('#/opportunities/abc');
    await waitFor(() => expect(panel()).toBeNull());
    expect(toggle().getAttribute('aria-expanded')).toBe('false');

    // The button opens it again, and Hide folds it.
    fireEvent.click(toggle());
    expect(panel()?.textContent).toContain('notice.txt');
    fireEvent.click(screen.getByRole('button', { name: 'Hide' }));
    expect(panel()).toBeNull();
    // The keyboard is left on the button that opens it again, not lost with the panel.
    expect(document.activeElement).toBe(toggle());

    await act(async () => {
      useImportStore.setState({ jobs: [done, saving('d', 'next.txt', null)] });
    });
    await waitFor(() => expect(panel()).not.toBeNull());
    // Going elsewhere while it works leaves it open: the progress is what the user is watching.
    await go('#/this-week');
    expect(panel()).not.toBeNull();
  });

  it('counts failures on the folded button, and is not there when nothing was imported', () => {
    const failed: ImportJob = {
      ...done,
      jobId: 'f',
      phase: 'failed',
      error: { code: 'invalid-json', message: 'This file cannot be read as JSON.', details: {} },
    };
    useImportStore.setState({ jobs: [], panelOpen: false });
    const { rerender } = render(<ImportPanelToggle />);
    expect(screen.queryByRole('button', { name: /^Imports/ })).toBeNull();
    useImportStore.setState({ jobs: [done, failed], panelOpen: false });
    rerender(<ImportPanelToggle />);
    expect(screen.getByRole('button', { name: /^Imports/ }).textContent).toBe('Imports · 1 failed');
  });

  it('tells of a commissioning strategy plainly, neither as an alert nor as a failure', async () => {
    const strategy: ImportJob = {
      ...done,
      jobId: 's',
      fileName: 'strategy.txt',
      phase: 'failed',
      summary: null,
      referenceText: 'Commissioning strategy text',
      error: {
        code: 'commissioning-strategy',
        message: '“strategy.txt” is a commissioning strategy, not a procurement notice.',
        details: { buyerName: 'West Midlands PCC' },
      },
    };
    useImportStore.setState({ jobs: [done, strategy], panelOpen: true });
    render(
      <>
        <ImportPanelToggle />
        <ImportPanel />
      </>,
    );
    expect(screen.getByRole('button', { name: /^Imports/ }).textContent).toBe('Imports');
    const words = await screen.findByText(/is a commissioning strategy, not a procurement notice/);
    expect(words.closest('div')?.className).toBe('import-note');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Keep as a reference document for West Midlands PCC' }),
    ).toBeDefined();
  });
});

describe('Import panel after a large file', () => {
  const opportunities = (n: number, prefix: string) =>
    Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i}`, title: `${prefix} notice ${i}` }));
  const finished = (summary: NonNullable<ImportJob['summary']>): ImportJob => ({
    ...saving('bulk', 'fts-bulk.json', null),
    phase: 'done',
    summary,
  });

  it('lists the first few dozen and counts the rest, for a file of 50,000 new opportunities', () => {
    useImportStore.setState({
      jobs: [
        finished({
          created: opportunities(50_000, 'new'),
          updated: [],
          unchanged: [],
          olderIgnored: [],
          sourceFileId: 'f',
        }),
      ],
      panelOpen: true,
    });
    render(<ImportPanel />);
    const results = screen.getByRole('status');
    expect(within(results).getAllByRole('link')).toHaveLength(SUMMARY_ROWS);
    expect(within(results).getByRole('link', { name: 'new notice 0' })).toBeTruthy();
    expect(results.textContent).toContain(
      '… and 49,970 more (49,970 added); all are in the pipeline.',
    );
  });

  it('counts each kind of result it did not list', () => {
    const changes: Change[] = [
      { field: 'title', label: 'Title', from: 'Old title', to: 'New title' },
    ];
    useImportStore.setState({
      jobs: [
        finished({
          created: opportunities(25, 'new'),
          updated: opportunities(10, 'changed').map((o) => ({ ...o, changes })),
          unchanged: opportunities(2, 'same'),
          olderIgnored: opportunities(1, 'older'),
          sourceFileId: 'f',
        }),
      ],
      panelOpen: true,
    });
    render(<ImportPanel />);
    const results = screen.getByRole('status');
    expect(within(results).getAllByRole('link')).toHaveLength(SUMMARY_ROWS);
    expect(results.textContent).toContain('Updated changed notice 4 (1 change)');
    expect(results.textContent).toContain(
      '… and 8 more (5 updated, 2 already up to date, 1 kept your newer version); all are in the pipeline.',
    );
  });

  it('lists every result of a file that fits', () => {
    useImportStore.setState({
      jobs: [
        finished({
          created: opportunities(SUMMARY_ROWS, 'new'),
          updated: [],
          unchanged: [],
          olderIgnored: [],
          sourceFileId: 'f',
        }),
      ],
      panelOpen: true,
    });
    render(<ImportPanel />);
    const results = screen.getByRole('status');
    expect(within(results).getAllByRole('link')).toHaveLength(SUMMARY_ROWS);
    // A list a screen reader announces as one, with an item per notice.
    expect(within(within(results).getByRole('list')).getAllByRole('listitem')).toHaveLength(
      SUMMARY_ROWS,
    );
    expect(results.textContent).not.toContain('more');
  });
});

describe('Import panel when a file is not a notice', () => {
  it('says so in the user’s words, with the technical reason under Details', () => {
    const notOcds: ImportJob = {
      ...saving('n', 'export.json', null),
      phase: 'failed',
      error: {
        code: 'not-ocds',
        message:
          '“export.json” is JSON but not an OCDS notice (it has no releases, records or ocid).',
        details: {},
      },
    };
    useImportStore.setState({ jobs: [notOcds], panelOpen: true });
    render(<ImportPanel />);
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('p')?.textContent).toBe(
      'This file is not a notice from Find a Tender or Contracts Finder.',
    );
    const details = alert.querySelector('details');
    expect(details?.open).toBe(false);
    expect(within(alert).getByText('Details').tagName).toBe('SUMMARY');
    expect(details?.textContent).toContain('is JSON but not an OCDS notice');
    expect(details?.textContent).toContain('(not-ocds)');
  });

  it('shows a sentence already in the user’s words as it is, with no Details', () => {
    const failedSave: ImportJob = {
      ...saving('f', 'notice.json', null),
      phase: 'failed',
      error: {
        code: 'save-failed',
        message: '“notice.json” was read but could not be saved, so nothing from it was stored.',
        details: {},
      },
    };
    useImportStore.setState({ jobs: [failedSave], panelOpen: true });
    render(<ImportPanel />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(
      '“notice.json” was read but could not be saved, so nothing from it was stored.',
    );
    expect(alert.querySelector('details')).toBeNull();
  });
});
