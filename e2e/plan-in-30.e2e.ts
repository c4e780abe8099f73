/**
 * Planning seed 004 (the stalking tender: 12 questions, 85% written stage, no weight per
 * question) in at most 30 actions, counted as a user makes them: the go/no-go decision with its
 * gates and reasons, the checklist, and a response plan with owners, weights and self-scores for
 * all 12 questions. Then a restart, and it is all there.
 *
 * The same steps took 49 actions before this plan's shortcuts (every weight and owner typed one
 * by one, and a link to the checklist): see the commit that added this test.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ActionCount } from './action-count';
import { join } from 'node:path';
import { checkAccessibility, screenshot, screenshotDir, startApp } from './harness';

const NOW = '?now=2026-04-20T09:00:00Z';
const STALKING = 'Provision of a Stalking Service in Staffordshire & Stoke-on-Trent';
const RATIONALE = 'Stalking advocacy is our core work in Stoke; trustees agreed on 17 April.';
const QUESTIONS = [
  'Q1 - Vision',
  'Q2 - Service Delivery Model',
  'Q3 - Staffing',
  'Q4 - Delivery of Equality and Diversity',
  'Q5 - Victim Support',
  'Q6 - Safeguarding',
  'Q7 - Service User Engagement / Accessibility',
  'Q8 - Performance Management',
  'Q9 - Governance and Contract Management',
  'Q10 - Social Value',
  'Q11 - Mobilisation',
  'Q12 - Stakeholders / Partners',
];
const SCORES = [3, 2, 4, 4, 3, 5, 3, 2, 4, 3, 5, 4];
/** 85% in hundredths over 12: four shares of 7.09, eight of 7.08 (8,500 = 4 × 709 + 8 × 708). */
const WEIGHTS = ['7.09', '7.09', '7.09', '7.09', ...Array<string>(8).fill('7.08')];
/** Σ weight × score / 5 = (7.09 × 13 + 7.08 × 29) / 5 = 59.498. */
const PROJECTED = 'Projected 59.5 of 85 marks scored so far';

const tab = (page: Page, name: RegExp | string) =>
  page.getByRole('navigation', { name: 'Opportunity sections' }).getByRole('link', { name });
const planRow = (page: Page, field: string, question: string) =>
  page.getByRole(field === 'Owner' ? 'combobox' : 'textbox', {
    name: `${field} for ${question}`,
    exact: true,
  });

/**
 * Full-page screenshots at 1280 and 800 px (and of `part`, when given, as `<partName>-<width>`),
 * then back to 1280 px.
 */
async function shots(page: Page, name: string, part?: [Locator, string]): Promise<void> {
  for (const width of [1280, 800]) {
    await page.setViewportSize({ width, height: 900 });
    await screenshot(page, `${name}-${width}`);
    if (part) await part[0].screenshot({ path: join(screenshotDir, `${part[1]}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('planning a bid in few actions', () => {
  it('plans seed 004 — decision, checklist, owners, weights, self-scores — in 30 actions at most', async () => {
    const app = await startApp({ path: NOW });
    let page = app.page;
    const act = new ActionCount();

    // The decision: the gates the notice does not answer, "Bid", the user's name (asked once,
    // here), the reasons.
    await act.click(page.getByTestId('pipeline-row').filter({ hasText: STALKING }), 'the tender');
    await act.click(tab(page, /^Go\/no-go/), 'the Go/no-go tab');
    const gates = page.getByRole('region', { name: '1. Hard gates' }).getByRole('group');
    for (let i = 0; i < (await gates.count()); i += 1) {
      const pass = gates.nth(i).getByRole('radio', { name: 'Pass' });
      if (!(await pass.isChecked())) await act.click(pass, `Pass for gate ${i + 1}`);
    }
    const decision = page.getByRole('region', { name: '3. Your decision' });
    await act.click(decision.getByRole('radio', { name: 'Bid', exact: true }), 'Bid');
    const name = decision.getByRole('textbox', { name: 'Your name (used to sign your decisions)' });
    await act.type(name, 'Priya Shah', 'your name');
    await act.type(decision.getByRole('textbox', { name: 'Why? (rationale)' }), RATIONALE, 'why');
    await shots(page, 'decision-first', [decision, 'decision-step']);
    await act.click(decision.getByRole('button', { name: 'Record decision' }), 'Record decision');
    await page
      .getByText('Recorded: Bid for the whole opportunity, decided by Priya Shah.')
      .waitFor();
    await shots(page, 'decision-recorded');
    await checkAccessibility(page, 'decision-recorded');

    // The checklist: made, and shown.
    await act.click(
      page.getByRole('button', { name: 'Create the submission checklist for this lot' }),
      'Create the checklist',
    );
    await page.getByText('0 of 31 done').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Submission checklist',
    );

    // The response plan: the 85% split evenly, one owner for all and another for Q1, and a
    // self-score for each question.
    await act.click(tab(page, 'Response plan'), 'the Response plan tab');
    const shortcuts = page.getByRole('region', { name: 'For all answers' });
    await shots(page, 'plan-before-split', [shortcuts, 'plan-shortcuts']);
    await act.click(
      page.getByRole('button', { name: 'Split the remaining weight evenly' }),
      'Split the remaining weight evenly',
    );
    await expect
      .poll(() => planRow(page, 'Weight (%)', 'Q12 - Stakeholders / Partners').inputValue())
      .toBe('7.08');
    await act.type(
      page.getByRole('combobox', { name: 'Owner for every unassigned answer' }),
      'Priya Shah',
      'the owner for every unassigned answer',
    );
    await act.click(page.getByRole('button', { name: 'Assign to all unassigned' }), 'Assign');
    await page
      .getByText('Priya Shah now owns 12 answers, in the plan and the checklist.')
      .waitFor();
    await act.type(planRow(page, 'Owner', 'Q1 - Vision'), 'Sam Patel', 'the owner of Q1');
    for (const [i, question] of QUESTIONS.entries()) {
      await act.type(planRow(page, 'Self-score', question), String(SCORES[i]), `score ${question}`);
    }
    await expect.poll(() => page.getByTestId('projected-total').innerText()).toContain(PROJECTED);
    await page
      .getByText("The weights add up to 85%, the notice's PQP (Quality & Price) stage.")
      .waitFor();
    await shots(page, 'plan-in-30');
    await checkAccessibility(page, 'plan-in-30');

    expect(act.count, act.log).toBeLessThanOrEqual(30);
    console.log(`Planning seed 004 took ${act.count} actions:\n${act.log}`);

    // Stored: after a restart the decision, checklist owners and plan are all there.
    page = await app.relaunch();
    await page.getByTestId('pipeline-row').filter({ hasText: STALKING }).click();
    await tab(page, /^Go\/no-go/).click();
    const entry = page.getByTestId('decision-history-entry');
    await entry.waitFor();
    expect(await entry.innerText()).toContain(RATIONALE);
    expect(await entry.innerText()).toContain('Priya Shah, 20 Apr 2026');
    await tab(page, 'Checklist').click();
    await page.getByText('0 of 31 done').waitFor();
    const owner = (title: string) =>
      page.getByRole('combobox', { name: `Owner of “Quality answer: ${title}”` }).inputValue();
    expect(await owner('Q1 - Vision')).toBe('Sam Patel');
    expect(await owner('Q12 - Stakeholders / Partners')).toBe('Priya Shah');
    await tab(page, 'Response plan').click();
    await expect.poll(() => page.getByTestId('projected-total').innerText()).toContain(PROJECTED);
    for (const [i, question] of QUESTIONS.entries()) {
      expect(await planRow(page, 'Weight (%)', question).inputValue()).toBe(WEIGHTS[i]);
      expect(await planRow(page, 'Self-score', question).inputValue()).toBe(String(SCORES[i]));
    }
    expect(await planRow(page, 'Owner', 'Q1 - Vision').inputValue()).toBe('Sam Patel');
    expect(
      await planRow(page, 'Owner', 'Q7 - Service User Engagement / Accessibility').inputValue(),
    ).toBe('Priya Shah');
  });
});
