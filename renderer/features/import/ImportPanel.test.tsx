// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
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
