/**
 * A grant entered by hand, in real Chromium with the real IndexedDB: "New opportunity", Kind
 * "Grant", title, funder, deadline, five questions pasted as a list; the opportunity's page and
 * its response plan hold them; a restart keeps it all.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkAccessibility, screenshot, startApp } from './harness';

const NOW = '?now=2027-01-10T09:00:00Z';
const TITLE = 'Community Safety Fund 2027';
const FUNDER = 'Cornwall Police and Crime Commissioner';
const PASTED = [
  '1. Tell us about your organisation (300 words)',
  '2. What would you like to do? (500 words)',
  '3. Who will benefit? (250 words)',
  '4. How will you know it worked? (250 words)',
  '5. Why is your organisation the right one? (150 words)',
].join('\n');

/** Paste `text` into the focused field, as the clipboard would. */
async function paste(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).focus();
  await page.locator(selector).evaluate((el, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    el.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

const tab = (page: Page, name: RegExp | string) =>
  page.getByRole('navigation', { name: 'Opportunity sections' }).getByRole('link', { name });

describe('an opportunity entered by hand', () => {
  it('a grant with five pasted questions gets the workspace, and survives a restart', async () => {
    const app = await startApp({ path: NOW });
    let page = app.page;
    await page.getByRole('button', { name: 'New opportunity' }).click();
    const form = page.getByRole('form', { name: 'New opportunity' });
    await form.waitFor();
    await form.getByLabel('Kind').selectOption('Grant');
    await form.getByLabel('Title').fill(TITLE);
    await form.getByLabel('Funder or buyer').fill(FUNDER);
    await form.getByLabel('Date', { exact: true }).fill('2027-03-12');
    await form.getByLabel('Time (optional)').fill('17:00');
    await paste(page, '#entry-questions', PASTED);
    await expect.poll(() => form.getByRole('row').count()).toBe(6);
    await page.getByText('5 questions read from what you pasted: check them below.').waitFor();
    expect(await form.getByLabel('Word limit of question 2').inputValue()).toBe('500');
    for (const width of [1280, 800]) {
      await page.setViewportSize({ width, height: 900 });
      await screenshot(page, `new-opportunity-form-${width}`);
      await checkAccessibility(page, `new-opportunity-form-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await form.getByRole('button', { name: 'Create opportunity' }).click();

    // Its page: the title, who funds it, the deadline at its time, and that it was typed in.
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('Entered by hand').waitFor();
    expect(await page.locator('main').innerText()).toContain('12 Mar 2027, 17:00');

    // The response plan has the five questions, with their word limits.
    await tab(page, 'Response plan').click();
    for (const name of [
      'Q1 Tell us about your organisation',
      'Q5 Why is your organisation the right one?',
    ]) {
      await page
        .getByRole('rowheader', { name: new RegExp(`^${name.replace(/[?]/g, '\\?')}`) })
        .waitFor();
    }
    const q1Limit = page.getByRole('textbox', {
      name: 'Word limit for Q1 Tell us about your organisation',
    });
    expect(await q1Limit.inputValue()).toBe('300');
    await screenshot(page, 'new-opportunity-plan');

    // The funder moved the deadline: edit the details; the plan stays.
    await page.getByRole('link', { name: 'Edit details' }).click();
    const edit = page.getByRole('form', { name: 'Edit opportunity' });
    await edit.getByLabel('Date', { exact: true }).fill('2027-03-19');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain('19 Mar 2027, 17:00');
    await tab(page, 'Response plan').click();
    await page.getByRole('rowheader', { name: /^Q5 Why is your organisation/ }).waitFor();

    // A restart: it is in the pipeline, and its questions are still there.
    page = await app.relaunch();
    await page.getByTestId('pipeline-row').filter({ hasText: TITLE }).click();
    await tab(page, 'Response plan').click();
    await page.getByRole('rowheader', { name: /^Q3 Who will benefit\?/ }).waitFor();
  });

  it('says what is missing and saves nothing', async () => {
    const app = await startApp({ path: NOW });
    const page = app.page;
    await page.getByRole('button', { name: 'New opportunity' }).click();
    await page.getByRole('button', { name: 'Create opportunity' }).click();
    await page.getByText('Give the opportunity a title').waitFor();
    await page.getByText('Name the funder or buyer').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('pipeline-row').first().waitFor();
    expect(await page.getByTestId('pipeline-row').filter({ hasText: TITLE }).count()).toBe(0);
  });
});
