// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { workspaceFixture } from '../../../test/workspace-fixture';
import { useChecklistStore } from '../checklist/checklist-store';
import { ThisWeekView } from './ThisWeekView';
import { lotsOf } from '../../db';

/** Monday 20 April 2026: the stalking tender closes on 6 May. */
const NOW = new Date('2026-04-20T09:00:00Z');

afterEach(cleanup);

const group = (name: string) =>
  screen.getByRole('heading', { name }).closest('section') as HTMLElement;

describe('This week', () => {
  it('says so when nothing is due', async () => {
    await workspaceFixture(NOW);
    render(<ThisWeekView />);
    expect(
      await screen.findByRole('heading', { name: 'Nothing due in the next 7 days' }),
    ).toBeTruthy();
  });

  it('lists a checklist item due tomorrow under Tomorrow, linking to its checklist, with overdue items first', async () => {
    const { db, importSeed } = await workspaceFixture(NOW);
    const id = await importSeed('staffordshireStalking');
    const lot = (await lotsOf(db, [id]))[0];
    const checklist = useChecklistStore.getState();
    expect(await checklist.create(id, lot?.id as string)).toBe(true);
    const insurance = await db.checklistItems
      .filter((i) => i.title.startsWith('Insurance'))
      .first();
    expect(
      await checklist.update(insurance?.id as string, { dueDate: '2026-04-21', owner: 'Sam' }),
    ).toBe(true);

    render(<ThisWeekView />);
    await screen.findByRole('heading', { name: 'Tomorrow' });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings[0]).toBe('Overdue');
    expect(headings).toContain('Today');
    expect(headings.indexOf('Today')).toBeLessThan(headings.indexOf('Tomorrow'));

    const tomorrow = group('Tomorrow');
    const link = within(tomorrow).getByRole('link', { name: /^Insurance certificates/ });
    expect(link.getAttribute('href')).toBe(`#/opportunities/${id}/checklist`);
    const item = link.closest('li') as HTMLElement;
    expect(item.textContent).toContain('Provision of a Stalking Service');
    expect(item.textContent).toContain('Sam; to do.');

    // Registering on the Central Digital Platform was due 15 working days before the deadline
    // (14 April).
    const overdue = group('Overdue');
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
