/**
 * Deciding whether to bid, as a bid manager does it in real Chromium: open the stalking tender,
 * pass the gates, score the factors, record "Bid" with the reasons, create the lot's submission
 * checklist, restart, and find the decision in the history.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkAccessibility, openOpportunity, screenshot, startApp } from './harness';

/** A fixed "now" (20 April 2026): the stalking tender is open, its deadline 16 days away. */
const NOW = '?now=2026-04-20T09:00:00Z';
const STALKING = 'Provision of a Stalking Service';
const RATIONALE =
  'Stalking advocacy is our core work in Stoke; we can mobilise by the start date. Trustees agreed on 17 April.';

async function openDecisionTab(page: Page): Promise<void> {
  await openOpportunity(page, STALKING);
  // The tab's name carries the decision once there is one ("Go/no-go Bid").
  await page.getByRole('link', { name: /^Go\/no-go/ }).click();
  await page.getByRole('heading', { name: 'Go/no-go decision' }).waitFor();
}

describe('go/no-go decision', () => {
  it('records a bid with its reasons, creates the checklist and keeps both after a restart', async () => {
    const app = await startApp({ path: NOW });
    const { page } = app;
    await openDecisionTab(page);
    expect(await page.getByTestId('decision-rollup').innerText()).toBe('No decision yet');

    const gates = page.getByRole('region', { name: '1. Hard gates' }).getByRole('group');
    expect(await gates.count()).toBe(5);
    // The notice says the lot suits VCSEs, so that gate is already answered, and says so.
    const vcse = gates.filter({ hasText: 'Suitable for a VCSE organisation' });
    expect(await vcse.getByRole('radio', { name: 'Pass' }).isChecked()).toBe(true);
    expect(await vcse.innerText()).toContain('Answered from the notice');
    for (let i = 0; i < 5; i += 1) await gates.nth(i).getByRole('radio', { name: 'Pass' }).check();

    const factors = page.getByRole('region', { name: '2. Weighted factors' }).getByRole('group');
    const scores = [5, 4, 4, 3, 3, 4, 4, 3];
    for (const [i, score] of scores.entries()) {
      await factors
        .nth(i)
        .getByRole('radio', { name: new RegExp(`^${score}`) })
        .check();
    }
    // (20×5 + 10×4 + 15×4 + 10×3 + 10×3 + 15×4 + 10×4 + 10×3) / 500 = 390 / 500.
    expect(await page.getByTestId('assessment-score').innerText()).toBe('78');
    expect(await page.getByTestId('recommendation').innerText()).toBe('Bid');

    const decision = page.getByRole('region', { name: '3. Your decision' });
    await decision.getByRole('radio', { name: 'Bid', exact: true }).check();
    await decision.getByRole('button', { name: 'Record decision' }).click();
    // No name given yet: the form says what is missing instead of recording.
    await decision.getByText('Say who made the decision').waitFor();
    expect(await decision.getByText('Write down why: trustees and debriefs will ask').count()).toBe(
      1,
    );
    // Asked once, here at the first decision: remembered for the next.
    await decision
      .getByRole('textbox', { name: 'Your name (used to sign your decisions)' })
      .fill('Priya Shah');
    await decision.getByRole('textbox', { name: 'Why? (rationale)' }).fill(RATIONALE);
    await screenshot(page, 'decision-form');
    await checkAccessibility(page, 'decision-form');
    await decision.getByRole('button', { name: 'Record decision' }).click();
    await page
      .getByText('Recorded: Bid for the whole opportunity, decided by Priya Shah.')
      .waitFor();
    expect(await page.getByTestId('decision-rollup').innerText()).toBe('Bidding');
    const entry = page.getByTestId('decision-history-entry');
    expect(await entry.count()).toBe(1);
    expect(await entry.innerText()).toContain('Priya Shah, 20 Apr 2026');
    expect(await entry.innerText()).toContain('Score 78 out of 100 · recommendation Bid');
    await screenshot(page, 'decision');
    await checkAccessibility(page, 'decision');

    await page
      .getByRole('button', { name: 'Create the submission checklist for this lot' })
      .click();
    // Straight to the checklist just made, its heading focused.
    await expect.poll(() => page.url()).toMatch(/\/checklist$/);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Submission checklist');

    const reopened = await app.relaunch();
    await openDecisionTab(reopened);
    expect(await reopened.getByTestId('decision-rollup').innerText()).toBe('Bidding');
    const kept = reopened.getByTestId('decision-history-entry');
    expect(await kept.count()).toBe(1);
    expect(await kept.innerText()).toContain(RATIONALE);
    expect(await kept.innerText()).toContain('Bid');
    expect(await reopened.getByText('The submission checklist for Lot 1 is ready.').count()).toBe(
      1,
    );
    await screenshot(reopened, 'decision-after-restart');
    await checkAccessibility(reopened, 'decision-after-restart');
  });

  it('lets the organisation weigh its own factors in Settings, and the assessment follows', async () => {
    const { page } = await startApp({ path: NOW });
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    const matrix = page.getByRole('region', { name: 'Go/no-go decision matrix' });
    await page.getByRole('region', { name: 'Your name' }).getByRole('textbox').fill('Priya Shah');
    await page.getByRole('button', { name: 'Save your name' }).click();
    await page
      .getByText('Saved. Your decisions and changes are now recorded as Priya Shah.')
      .waitFor();
    const mission = matrix.getByRole('group', { name: 'Factor 1' });
    await mission.getByRole('spinbutton', { name: 'Weight (0–100)' }).fill('40');
    expect(await mission.getByTestId('factor-share').innerText()).toBe('33% of the score');
    await matrix.getByRole('button', { name: 'Save the decision matrix' }).click();
    await matrix.getByText(/^Saved\. New assessments use this matrix/).waitFor();
    await screenshot(page, 'settings');

    await page.getByRole('link', { name: 'Pipeline', exact: true }).click();
    await openDecisionTab(page);
    await expect.poll(() => page.getByText('Mission fit 33% of the score').count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Decided by' }).inputValue()).toBe('Priya Shah');
  });
});
