// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { liveTab, moveStalkingDeadline, workspaceFixture } from '../../../test/workspace-fixture';
import { DEFAULT_DECISION_SETTINGS } from '../../../shared/workspace';
import { recordDecision } from '../../db';
import { ChecklistTab } from './ChecklistTab';
import { useChecklistStore } from './checklist-store';
import { useUndoStore } from '../../lib/undo';

const NOW = new Date('2026-04-20T09:00:00Z');

afterEach(() => {
  cleanup();
  useChecklistStore.setState({ saves: {}, message: null });
  useUndoStore.setState({ offer: null, outcome: null });
});

async function stalkingChecklist() {
  const fixture = await workspaceFixture(NOW);
  const id = await fixture.importSeed('staffordshireStalking');
  const user = userEvent.setup({ delay: null });
  render(liveTab(ChecklistTab, id, NOW));
  return { ...fixture, id, user };
}

const rows = () => screen.getAllByRole('row').filter((r) => r.classList.contains('checklist-item'));

describe('Checklist tab', () => {
  it('explains where a checklist comes from, then makes one item per quality question plus the standard items', async () => {
    const { user, id } = await stalkingChecklist();
    await screen.findByText(/There is no checklist for this lot yet/);
    const link = screen.getByRole('link', { name: 'decide to bid on the Go/no-go tab' });
    expect(link.getAttribute('href')).toBe(`#/opportunities/${id}/decision`);

    await user.click(screen.getByRole('button', { name: 'Create checklist now' }));
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));

    // One per quality question: Q10 (social value) has its own category.
    const quality = rows().filter((r) =>
      /Quality answer:|Social value response:/.test(r.textContent),
    );
    expect(quality).toHaveLength(12);
    expect(quality.filter((r) => r.textContent.includes('Social value response:'))).toHaveLength(1);
    expect(quality[0]?.textContent).toContain('Q1 - Vision');
    expect(quality[11]?.textContent).toContain('Q12 - Stakeholders / Partners');
    // The presentations stage, 16 template items, sign-off and submission.
    expect(rows().filter((r) => within(r).queryByText('Presentation'))).toHaveLength(1);
    expect(rows().filter((r) => within(r).queryByText('Standard'))).toHaveLength(18);
    expect(rows()).toHaveLength(31);
    // One lot: its progress is the opportunity's, shown once.
    expect(screen.getAllByText('0 of 31 done')).toHaveLength(1);

    // Due dates count back from 6 May 12:00: quality answers a week before.
    const q1 = quality[0] as HTMLElement;
    expect(within(q1).getByLabelText(/Due date of/)).toHaveProperty('value', '2026-04-29');
    expect(q1.textContent).toContain('29 Apr 2026');
    expect(q1.textContent).toContain('due in 9 days');
  });

  it('ticking items and marking one not needed updates the progress', async () => {
    const { user } = await stalkingChecklist();
    await user.click(await screen.findByRole('button', { name: 'Create checklist now' }));
    await screen.findAllByText('0 of 31 done');

    await user.click(screen.getByRole('checkbox', { name: 'Done: Quality answer: Q1 - Vision' }));
    await screen.findAllByText('1 of 31 done');
    await user.click(
      screen.getByRole('checkbox', { name: 'Done: Quality answer: Q2 - Service Delivery Model' }),
    );
    await screen.findAllByText('2 of 31 done');
    expect(screen.getByRole('progressbar', { name: 'Lot 1 progress' })).toHaveProperty('value', 2);

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Status of “Two years of accounts”' }),
      'Not needed',
    );
    await screen.findAllByText('2 of 30 done');
    await user.click(screen.getByRole('checkbox', { name: 'Done: Quality answer: Q1 - Vision' }));
    await screen.findAllByText('1 of 30 done');
  });

  it('saves owners, notes and due dates on leaving the field, and says so', async () => {
    const { user, db } = await stalkingChecklist();
    await user.click(await screen.findByRole('button', { name: 'Create checklist now' }));
    const owner = await screen.findByRole('combobox', {
      name: 'Owner of “Quality answer: Q3 - Staffing”',
    });
    await user.type(owner, 'Priya');
    await user.tab();
    const row = owner.closest('tr') as HTMLElement;
    await within(row).findByText('Saved');
    const stored = await db.checklistItems.filter((i) => i.title.includes('Q3 - Staffing')).first();
    expect(stored?.owner).toBe('Priya');

    const due = within(row).getByLabelText(/Due date of/);
    await user.clear(due);
    await user.type(due, '2026-04-21');
    await within(row).findByText('due tomorrow');
    const moved = await db.checklistItems.get(stored?.id as string);
    expect(moved).toMatchObject({ dueDate: '2026-04-21', dueDateManual: true });

    const notes = within(row).getByRole('textbox', { name: /Notes on/ });
    await user.type(notes, 'Use the 2025 staffing model');
    await user.tab();
    await waitFor(async () =>
      expect((await db.checklistItems.get(stored?.id as string))?.notes).toBe(
        'Use the 2025 staffing model',
      ),
    );
  });

  it('adds, reorders and removes items, with Undo', async () => {
    const { user } = await stalkingChecklist();
    await user.click(await screen.findByRole('button', { name: 'Create checklist now' }));
    await screen.findAllByText('0 of 31 done');

    await user.click(screen.getByRole('button', { name: 'Add item' }));
    expect(await screen.findByText('Say what needs doing')).toBeTruthy();
    await user.type(screen.getByLabelText('Add an item'), 'Letter of support from the council');
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    await screen.findAllByText('0 of 32 done');
    expect(rows().at(-1)?.textContent).toContain('Letter of support from the council');

    await user.click(
      screen.getByRole('button', { name: 'Move “Letter of support from the council” up' }),
    );
    await waitFor(() => expect(rows().at(-2)?.textContent).toContain('Letter of support'));
    expect(rows().at(-1)?.textContent).toContain('Submit on the portal');
    const first = screen.getByRole('button', { name: 'Move “Quality answer: Q1 - Vision” up' });
    expect(first.getAttribute('aria-disabled')).toBe('true');
    await user.click(
      screen.getByRole('button', { name: 'Move “Quality answer: Q1 - Vision” down' }),
    );
    await waitFor(() => expect(rows()[0]?.textContent).toContain('Q2 - Service Delivery Model'));

    await user.click(
      screen.getByRole('button', { name: 'Remove “Letter of support from the council”' }),
    );
    await screen.findAllByText('0 of 31 done');
    expect(screen.getByText('Removed “Letter of support from the council”.')).toBeTruthy();
    // The Remove button went with its row: Undo has the focus, so Enter puts the item back.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    await user.keyboard('{Enter}');
    await screen.findAllByText('0 of 32 done');
    expect(rows().at(-2)?.textContent).toContain('Letter of support');
    expect(await screen.findByText('Put back.')).toBeTruthy();
  });

  it('flags due dates a moved deadline moved, until the user says they have seen them', async () => {
    const fixture = await stalkingChecklist();
    const { user } = fixture;
    await user.click(await screen.findByRole('button', { name: 'Create checklist now' }));
    await screen.findAllByText('0 of 31 done');

    await fixture.importSeed('staffordshireStalking', moveStalkingDeadline);
    await screen.findByText(/The submission deadline moved/);
    expect(
      screen.getAllByText(/Due date moved from 29 Apr to 6 May because the deadline moved/),
    ).toHaveLength(12);
    const q1 = screen
      .getByRole('checkbox', { name: 'Done: Quality answer: Q1 - Vision' })
      .closest('tr') as HTMLElement;
    expect(within(q1).getByLabelText(/Due date of/)).toHaveProperty('value', '2026-05-06');

    await user.click(within(q1).getByRole('button', { name: /OK, seen the new due date/ }));
    await waitFor(() => expect(within(q1).queryByText(/Due date moved/)).toBeNull());
    const all = screen.getByRole('button', { name: /OK, seen all/ });
    await user.click(all);
    await waitFor(() => expect(screen.queryByText(/The submission deadline moved/)).toBeNull());
    expect(screen.queryAllByText(/Due date moved from/)).toHaveLength(0);
  });

  it('keeps a checklist per lot, with the total across lots, and says when there is no deadline to count back from', async () => {
    const fixture = await workspaceFixture(NOW);
    const id = await fixture.importSeed('staffordshireHateCrime');
    const user = userEvent.setup({ delay: null });
    render(liveTab(ChecklistTab, id, NOW));
    const lotA = await screen.findByRole('region', { name: 'Lot A: Hate Crime Service' });
    const lotB = screen.getByRole('region', { name: 'Lot B: ASB & Mediation Service' });
    expect(lotA.textContent).toContain('The notice gives no submission deadline');
    expect(screen.getByText(/The notice gives no submission deadline yet/)).toBeTruthy();

    await user.click(within(lotA).getByRole('button', { name: 'Create checklist now' }));
    await within(lotA).findByText('0 of 18 done');
    expect(within(lotB).getByRole('button', { name: 'Create checklist now' })).toBeTruthy();
    await user.click(within(lotB).getByRole('button', { name: 'Create checklist now' }));
    await within(lotB).findByText('0 of 18 done');
    expect(within(lotA).getAllByText('No due date')).toHaveLength(18);

    await user.click(within(lotB).getByRole('checkbox', { name: 'Done: Two years of accounts' }));
    await within(lotB).findByText('1 of 18 done');
    expect(within(lotA).getByText('0 of 18 done')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'All lots' })).toHaveProperty('value', 1);
    expect(screen.getByText('1 of 36 done')).toBeTruthy();
  });
});

describe('Checklist tab of an opportunity the user will not bid for', () => {
  it('says so and offers no checklist to create', async () => {
    const fixture = await workspaceFixture(NOW);
    const id = await fixture.importSeed('staffordshireStalking');
    await recordDecision(
      fixture.db,
      {
        opportunityId: id,
        lotId: null,
        gates: DEFAULT_DECISION_SETTINGS.gates.map((g) => ({
          gateId: g.id,
          passed: true,
          note: '',
        })),
        factors: DEFAULT_DECISION_SETTINGS.factors.map((f) => ({
          factorId: f.id,
          score: 1,
          note: '',
        })),
        settings: DEFAULT_DECISION_SETTINGS,
        outcome: 'no-bid',
        decidedBy: 'Sam Okafor (CEO)',
        decidedOn: '2026-04-14',
        rationale: 'Too far from our area.',
      },
      { now: NOW, user: 'Sam' },
    );
    render(liveTab(ChecklistTab, id, NOW));
    await screen.findByText(/You decided not to bid for this lot/);
    expect(screen.getByText(/You decided not to bid/).textContent).toContain('Sam Okafor (CEO)');
    expect(screen.queryByRole('button', { name: 'Create checklist now' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Go/no-go tab' }).getAttribute('href')).toBe(
      `#/opportunities/${id}/decision`,
    );
  });
});
