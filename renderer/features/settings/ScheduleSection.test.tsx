// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { liveTab, workspaceFixture } from '../../../test/workspace-fixture';
import { getBidSchedule } from '../../db';
import { TimelineTab } from '../timeline/TimelineTab';
import { SettingsView } from './SettingsView';
import { useSettingsStore } from './settings-store';

/** Monday 20 April 2026: the stalking tender (seed 004) closes on 6 May at noon. */
const NOW = new Date('2026-04-20T09:00:00Z');
vi.setConfig({ testTimeout: 60_000 });

beforeEach(() => useSettingsStore.setState({ status: {}, saving: {} }));
afterEach(cleanup);

const schedule = () => screen.getByRole('region', { name: 'Bid schedule' });

/** The day the Timeline tab shows a writing milestone on (`yyyy-MM-dd`). */
function milestoneDay(title: string): string {
  const writing = screen.getByRole('list', { name: 'Writing' });
  const marker = within(writing).getByText(title).closest('li') as HTMLElement;
  return (marker.querySelector('time')?.getAttribute('dateTime') ?? '').slice(0, 10);
}

describe('Bid schedule settings', () => {
  it('moving the first draft and saving moves it on the Timeline tab', async () => {
    const { db, importSeed } = await workspaceFixture(NOW);
    const id = await importSeed('staffordshireStalking');
    const user = userEvent.setup({ delay: null });
    render(
      <>
        <SettingsView />
        {liveTab(TimelineTab, id, NOW)}
      </>,
    );
    // The defaults: 12 working days, brought forward 1 for contingency.
    await screen.findByRole('list', { name: 'Writing' });
    expect(milestoneDay('First draft complete')).toBe('2026-04-16');

    const box = await within(
      await screen.findByRole('region', { name: 'Bid schedule' }),
    ).findByRole('spinbutton', { name: 'First draft' });
    expect(
      within(schedule()).getByText('Go/no-go decision: 20 working days before the deadline.'),
    ).toBeTruthy();
    await user.clear(box);
    await user.type(box, '14');
    expect(
      within(schedule()).getByText('First draft: 14 working days before the deadline.'),
    ).toBeTruthy();
    await user.click(within(schedule()).getByRole('button', { name: 'Save the bid schedule' }));

    await waitFor(() =>
      expect(within(schedule()).getByRole('status').textContent).toMatch(/^Saved/),
    );
    expect((await getBidSchedule(db)).offsets.firstDraft).toBe(14);
    // 14 working days before Wed 6 May, skipping the early May bank holiday.
    await waitFor(() => expect(milestoneDay('First draft complete')).toBe('2026-04-15'));
  });

  it('explains milestones out of order and saves nothing; restoring the defaults asks first', async () => {
    const { db } = await workspaceFixture(NOW);
    const user = userEvent.setup({ delay: null });
    render(<SettingsView />);
    const section = await screen.findByRole('region', { name: 'Bid schedule' });
    const review = within(section).getByRole('spinbutton', { name: 'Internal review' });
    await user.clear(review);
    await user.type(review, '15');
    await user.click(within(section).getByRole('button', { name: 'Save the bid schedule' }));
    expect(
      await within(section).findByText('The internal review cannot come before the first draft'),
    ).toBeTruthy();
    expect(review.getAttribute('aria-invalid')).toBe('true');
    expect(await db.meta.get('bidSchedule')).toBeUndefined();

    await user.click(within(section).getByRole('button', { name: 'Restore defaults' }));
    const dialog = within(section).getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Yes, restore the defaults' }));
    await waitFor(() =>
      expect(within(section).getByRole('status').textContent).toBe(
        'Restored the default bid schedule.',
      ),
    );
    // The form takes the defaults once the save has finished (a moment after the status line).
    await waitFor(() => expect((review as HTMLInputElement).value).toBe('7'));
    expect(await db.meta.get('bidSchedule')).toMatchObject({ updatedBy: 'Tester' });
  });
});
