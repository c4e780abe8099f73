// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import userEvent from '@testing-library/user-event';
import { PipelineToolbar } from './PipelineToolbar';
import { NO_FILTERS } from './pipeline-model';
import { usePipelineStore } from './pipeline-store';

afterEach(cleanup);

/** The pages the main navigation names: a filter option must not read like one of them. */
const PAGES = ['Pipeline', 'This week', 'Calendar', 'Buyers', 'Settings'];

describe('the stage filter', () => {
  it('names each notice stage in words no page of the app also uses', () => {
    render(<PipelineToolbar buyers={[]} shown={0} total={0} />);
    const options = within(screen.getByLabelText('Stage'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toContain('Pipeline notice');
    expect(options).toContain('Tender');
    for (const page of PAGES) expect(options).not.toContain(page);
  });
});

describe('the decision filter and the closed and no-bid switch', () => {
  it('offers the go/no-go words, beside the stage filter', () => {
    render(<PipelineToolbar buyers={[]} shown={0} total={0} />);
    const decision = screen.getByLabelText('Decision');
    expect(
      within(decision)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Any decision', 'Bid', 'No bid', 'Undecided', 'No decision yet']);
    const selects = screen.getAllByRole('combobox');
    expect(selects.indexOf(decision)).toBe(selects.indexOf(screen.getByLabelText('Stage')) + 1);
  });

  it('says how many are hidden, and shows them when asked', async () => {
    usePipelineStore.setState({ showEnded: false, filters: NO_FILTERS });
    render(<PipelineToolbar buyers={[]} shown={8} total={20} hidden={12} />);
    expect(screen.getByText(/opportunities/).textContent).toBe(
      '8 of 20 opportunities · 12 closed or no-bid hidden',
    );
    // Only the default hid them: nothing to clear.
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show closed and no-bid' }));
    expect(usePipelineStore.getState().showEnded).toBe(true);
  });

  it('switches between list and board, saying which is on', async () => {
    usePipelineStore.setState({ layout: 'list' });
    render(<PipelineToolbar buyers={[]} shown={0} total={0} />);
    const layout = screen.getByRole('group', { name: 'Layout' });
    await userEvent.click(within(layout).getByRole('button', { name: 'Board' }));
    expect(within(layout).getByRole('button', { name: 'Board', pressed: true })).toBeTruthy();
    expect(usePipelineStore.getState().layout).toBe('board');
    // Remembered on this computer for the next start.
    expect(localStorage.getItem('bid-desk.pipeline')).toContain('"layout":"board"');
  });
});
