// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { liveTab, workspaceFixture } from '../../../test/workspace-fixture';
import { PlanTab } from './PlanTab';
import { usePlanStore } from './plan-store';

const NOW = new Date('2026-04-20T09:00:00Z');

afterEach(() => {
  cleanup();
  usePlanStore.setState({ saves: {} });
});

/** The stalking tender's 12 questions: weights that make up its 85% written stage, and scores. */
const QUESTIONS = [
  ['Q1 - Vision', 12, 3],
  ['Q2 - Service Delivery Model', 8, 2],
  ['Q3 - Staffing', 10, 4],
  ['Q4 - Delivery of Equality and Diversity', 5, 4],
  ['Q5 - Victim Support', 5, 3],
  ['Q6 - Safeguarding', 10, 5],
  ['Q7 - Service User Engagement / Accessibility', 5, 3],
  ['Q8 - Performance Management', 5, 2],
  ['Q9 - Governance and Contract Management', 5, 4],
  ['Q10 - Social Value', 10, 3],
  ['Q11 - Mobilisation', 5, 5],
  ['Q12 - Stakeholders / Partners', 5, 4],
] as const;

async function stalkingPlan() {
  const fixture = await workspaceFixture(NOW);
  const id = await fixture.importSeed('staffordshireStalking');
  const user = userEvent.setup({ delay: null });
  render(liveTab(PlanTab, id, NOW));
  await screen.findByRole('heading', { name: 'Lot 1' });
  return { ...fixture, id, user };
}

describe('Response plan tab', () => {
  it('shows the stage split and flags every missing weight instead of guessing', async () => {
    await stalkingPlan();
    const stages = screen.getByRole('heading', { name: 'How the marks are split' })
      .parentElement as HTMLElement;
    expect(stages.textContent).toContain('85% PQP (Quality & Price)');
    expect(stages.textContent).toContain('15% Presentations');
    expect(
      screen.getAllByText('Weight not given — enter it from the tender documents'),
    ).toHaveLength(12);
    expect(screen.getByText(/All 12 criteria have no weight yet/)).toBeTruthy();
    for (const [name] of QUESTIONS) {
      expect(screen.getByRole('textbox', { name: `Weight (%) for ${name}` })).toHaveProperty(
        'value',
        '',
      );
    }
    expect(screen.getByText(/Enter the weights first/)).toBeTruthy();
  });

  it('entering weights and self-scores gives the projected total and where marks are cheapest', async () => {
    const { user, db } = await stalkingPlan();
    for (const [name, weight, score] of QUESTIONS) {
      await user.type(
        screen.getByRole('textbox', { name: `Weight (%) for ${name}` }),
        String(weight),
      );
      await user.type(
        screen.getByRole('textbox', { name: `Self-score for ${name}` }),
        String(score),
      );
      await user.tab();
    }
    await waitFor(() =>
      expect(
        screen.queryAllByText('Weight not given — enter it from the tender documents'),
      ).toHaveLength(0),
    );
    // Σ weight × score / 5 = 59.4, out of the 85 marks of the written stage.
    await waitFor(() =>
      expect(screen.getByTestId('projected-total').textContent).toContain(
        'Projected 59.4 of 85 marks scored so far',
      ),
    );
    expect(
      screen.getByText(/The weights add up to 85%, the notice's PQP \(Quality & Price\) stage/),
    ).toBeTruthy();

    // Weight × points still to gain: Q1 and Q2 4.8 each (Q1 carries more marks), then Q10 4.
    const cheapest = within(screen.getByTestId('cheapest-marks')).getAllByRole('listitem');
    expect(cheapest.map((li) => li.textContent.split(':')[0])).toEqual([
      'Q1 - Vision',
      'Q2 - Service Delivery Model',
      'Q10 - Social Value',
    ]);
    expect(cheapest[0]?.textContent).toContain(
      'weight 12%, self-scored 3 of 5 — up to 4.8 marks to gain',
    );

    const plans = await db.criterionPlans.toArray();
    expect(plans).toHaveLength(12);
    expect(plans.find((p) => p.criterionKey === 'name:q1-vision')).toMatchObject({
      weight: 12,
      selfScore: 3,
    });
  });

  it('refuses a score above the buyer scale, and saves owners, limits, evidence and draft status', async () => {
    const { user, db } = await stalkingPlan();
    const score = screen.getByRole('textbox', { name: 'Self-score for Q3 - Staffing' });
    await user.type(score, '7');
    await user.tab();
    expect(await screen.findByText('A score from 0 to 5')).toBeTruthy();
    expect(await db.criterionPlans.count()).toBe(0);

    await user.selectOptions(screen.getByLabelText('The buyer scores each answer from 0 to'), '10');
    await waitFor(() => expect(screen.getAllByText('of 10').length).toBe(12));
    await user.click(score);
    await user.tab();
    await waitFor(() => expect(screen.queryByText(/A score from 0 to/)).toBeNull());
    await waitFor(async () =>
      expect((await db.criterionPlans.toArray())[0]).toMatchObject({ selfScore: 7 }),
    );

    await user.type(screen.getByRole('combobox', { name: 'Owner for Q3 - Staffing' }), 'Sam');
    await user.type(screen.getByRole('textbox', { name: 'Word limit for Q3 - Staffing' }), '750');
    await user.type(
      screen.getByRole('textbox', { name: 'Evidence to cite for Q3 - Staffing' }),
      'Workforce plan 2025',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Draft status for Q3 - Staffing' }),
      'Drafting',
    );
    await waitFor(async () =>
      expect((await db.criterionPlans.toArray())[0]).toMatchObject({
        owner: 'Sam',
        wordLimit: 750,
        evidence: 'Workforce plan 2025',
        draftStatus: 'drafting',
        selfScore: 7,
      }),
    );
    const row = screen
      .getByRole('rowheader', { name: /Q3 - Staffing/ })
      .closest('tr') as HTMLElement;
    expect(within(row).getByText('Saved')).toBeTruthy();
  });

  it('splits what the stage leaves over the questions without a weight, and names owners only where none is', async () => {
    const { user, db } = await stalkingPlan();
    const weight = (name: string) =>
      screen.getByRole<HTMLInputElement>('textbox', { name: `Weight (%) for ${name}` });
    // Two weights from the tender documents first: the split shares the 85 − 20 = 65 left.
    await user.type(weight('Q1 - Vision'), '12');
    await user.type(weight('Q2 - Service Delivery Model'), '8');
    await user.tab();
    const offer = await screen.findByText(/^Gives each of the 10 answers without a weight/);
    expect(offer.textContent).toContain('an equal share of the 65% left: 6.5% each');
    await user.click(screen.getByRole('button', { name: 'Split the remaining weight evenly' }));
    // Ten plans written and twelve rows drawn again: slow in jsdom on a busy machine.
    await waitFor(() => expect(weight('Q12 - Stakeholders / Partners').value).toBe('6.5'), {
      timeout: 10_000,
    });
    expect(weight('Q1 - Vision').value).toBe('12');
    expect(
      await screen.findByText(
        "The weights add up to 85%, the notice's PQP (Quality & Price) stage. Presentations (15%) is marked separately.",
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Split the remaining weight evenly' })).toBeNull();

    const owner = (name: string) =>
      screen.getByRole<HTMLInputElement>('combobox', { name: `Owner for ${name}` });
    await user.type(owner('Q3 - Staffing'), 'Sam Patel');
    await user.tab();
    await screen.findByText('11 of 12 answers have no owner yet.');
    const all = screen.getByRole('combobox', { name: 'Owner for every unassigned answer' });
    await user.type(all, 'Priya Shah');
    await user.click(screen.getByRole('button', { name: 'Assign to all unassigned' }));
    expect(
      await screen.findByText('Priya Shah now owns 11 answers, in the plan and the checklist.'),
    ).toBeTruthy();
    await waitFor(() => expect(owner('Q12 - Stakeholders / Partners').value).toBe('Priya Shah'), {
      timeout: 10_000,
    });
    expect(owner('Q3 - Staffing').value).toBe('Sam Patel');
    const plans = await db.criterionPlans.toArray();
    expect(plans.filter((p) => p.owner === 'Priya Shah')).toHaveLength(11);
    // The names used before are offered in every owner box.
    const offered = [...document.querySelectorAll('#owner-names option')].map((o) =>
      o.getAttribute('value'),
    );
    expect(offered).toEqual(['Priya Shah', 'Sam Patel']);
  });
});
