// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { workspaceFixture } from '../../../test/workspace-fixture';
import { useChecklistStore } from '../checklist/checklist-store';
import { ThisWeekView } from './ThisWeekView';
import { lotsOf, recordBidEnd } from '../../db';
import { useThisWeekStore } from './this-week-store';

/** Monday 20 April 2026: the stalking tender closes on 6 May. */
const NOW = new Date('2026-04-20T09:00:00Z');

afterEach(() => {
  cleanup();
  useThisWeekStore.getState().setOverdueOpen(true);
});

const group = (name: string | RegExp) =>
  screen.getByRole('heading', { name }).closest('section') as HTMLElement;

/** Seed 004 with its checklist made, and the insurance certificates due tomorrow (Sam's). */
async function stalkingWithChecklist() {
  const fixture = await workspaceFixture(NOW);
  const id = await fixture.importSeed('staffordshireStalking');
  const lot = (await lotsOf(fixture.db, [id]))[0];
  const checklist = useChecklistStore.getState();
  expect(await checklist.create(id, lot?.id as string)).toBe(true);
  const insurance = await fixture.db.checklistItems
    .filter((i) => i.title.startsWith('Insurance'))
    .first();
  expect(
    await checklist.update(insurance?.id as string, { dueDate: '2026-04-21', owner: 'Sam' }),
  ).toBe(true);
  return { ...fixture, id };
}

describe('This week', () => {
  it('says so when nothing is due', async () => {
    await workspaceFixture(NOW);
    render(<ThisWeekView />);
    expect(
      await screen.findByRole('heading', { name: 'Nothing due in the next 7 days' }),
    ).toBeTruthy();
  });

  it('lists a checklist item due tomorrow under Tomorrow, linking to its checklist, with overdue items after the week', async () => {
    const { id } = await stalkingWithChecklist();

    render(<ThisWeekView />);
    await screen.findByRole('heading', { name: 'Tomorrow' });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings[0]).toBe('Today');
    expect(headings.at(-1)).toMatch(/^▾Overdue \(\d+\)$/);
    expect(headings.indexOf('Today')).toBeLessThan(headings.indexOf('Tomorrow'));

    const tomorrow = group('Tomorrow');
    const link = within(tomorrow).getByRole('link', { name: /^Insurance certificates/ });
    expect(link.getAttribute('href')).toBe(`#/opportunities/${id}/checklist`);
    const item = link.closest('li') as HTMLElement;
    expect(item.textContent).toContain('Provision of a Stalking Service');
    expect(item.textContent).toContain('Sam; to do.');

    // Registering on the Central Digital Platform was due 15 working days before the deadline
    // (14 April).
    const overdue = group(/^Overdue/);
    const cdp = within(overdue)
      .getByRole('link', { name: /Central Digital Platform/ })
      .closest('li');
    expect(cdp?.textContent).toContain('Overdue');
    expect(cdp?.textContent).toContain('Was due 14 Apr 2026');

    // No go/no-go yet with the deadline 16 days away: the decision is on today's list.
    const decision = within(group('Today')).getByRole('link', { name: 'Go/no-go decision needed' });
    expect(decision.getAttribute('href')).toBe(`#/opportunities/${id}/decision`);

    // Items due later in the week have their own day, named as people say it.
    expect(screen.getByRole('heading', { name: 'Wednesday 22 April' })).toBeTruthy();
  });
});

describe('This week: the overdue group', () => {
  it('opens and closes from its button, and stays as left', async () => {
    await stalkingWithChecklist();
    const view = render(<ThisWeekView />);
    const toggle = await screen.findByRole('button', { name: /^Overdue \(\d+\)$/ });
    // Registering on the Central Digital Platform and on Find a Tender were due 15 April.
    expect(toggle.textContent).toBe('▾Overdue (2)');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const items = document.getElementById(toggle.getAttribute('aria-controls') as string);
    expect(within(items as HTMLElement).getAllByTestId('agenda-item')).toHaveLength(2);
    expect(screen.getByRole('link', { name: /Central Digital Platform/ })).toBeTruthy();

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link', { name: /Central Digital Platform/ })).toBeNull();
    // The week itself is untouched.
    expect(screen.getByRole('link', { name: /^Insurance certificates/ })).toBeTruthy();

    // Leave the screen and come back: still closed, and saved for the next start.
    view.unmount();
    render(<ThisWeekView />);
    const again = await screen.findByRole('button', { name: /^Overdue/ });
    expect(again.getAttribute('aria-expanded')).toBe('false');
    expect(localStorage.getItem('bid-desk.this-week')).toContain('"overdueOpen":false');
  });

  it('lists nothing of a bid withdrawn from, overdue or not', async () => {
    const { db, id } = await stalkingWithChecklist();
    await recordBidEnd(db, id, 'withdrawn', { now: NOW, user: 'Priya Shah' });
    render(<ThisWeekView />);
    expect(
      await screen.findByRole('heading', { name: 'Nothing due in the next 7 days' }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Overdue/ })).toBeNull();
    expect(screen.queryAllByTestId('agenda-item')).toHaveLength(0);
  });
});
