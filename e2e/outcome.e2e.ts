/**
 * An award notice arriving for a bid, as a bid manager meets it in real Chromium: set the
 * organisation's name, import the real Contracts Finder tender, decide to bid, import its award,
 * and read who won, for how much, and whether it was them, on the opportunity and the pipeline.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../test/corpus';
import { checkAccessibility, importFiles, openOpportunity, startApp } from './harness';

/** 23 January 2025, 15:00: the tender closes at 16:00; the award follows at 16:03. */
const NOW = '?now=2025-01-23T15:00:00Z';
const TITLE = 'Manvers Street and Bath Leisure Centre Car Park Security Options';
const release = (name: string): string =>
  join(corpusDir ?? '', 'contracts-finder', 'releases', name);
const TENDER = release('cf-0cb08240-tender-819883.json');
const AWARD = release('cf-0cb08240-award-819886.json');
const SHOTS = '/tmp/shots';

/** A full-page picture of the screen, checked by axe as it is photographed. */
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  await checkAccessibility(page, name);
}

async function setOrganisation(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings', exact: true })
    .click();
  const section = page.getByRole('region', { name: 'Your organisation' });
  await section.getByRole('textbox', { name: 'Organisation name' }).fill(name);
  await section.getByRole('button', { name: 'Save your organisation' }).click();
  await section
    .getByText(`Saved. Award notices for your bids are now checked against ${name}.`)
    .waitFor();
}

async function importOne(page: Page, path: string, done: RegExp): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Pipeline', exact: true })
    .click();
  await importFiles(page, [path]);
  const name = path.split('/').pop() as string;
  await page.getByTestId('import-job').filter({ hasText: name }).getByText(done).waitFor();
}

async function decideToBid(page: Page): Promise<void> {
  await openOpportunity(page, TITLE);
  await page.getByRole('link', { name: /^Go\/no-go/ }).click();
  const decision = page.getByRole('region', { name: '3. Your decision' });
  await decision.getByRole('radio', { name: 'Bid', exact: true }).check();
  // Bid Desk asks for the user's name at the first decision, then fills it in as "Decided by".
  await decision
    .getByRole('textbox', { name: /^(Decided by|Your name \(used to sign your decisions\))$/ })
    .fill('Priya Shah');
  await decision
    .getByRole('textbox', { name: 'Why? (rationale)' })
    .fill('Car park CCTV and access control is our social enterprise’s trade.');
  await decision.getByRole('button', { name: 'Record decision' }).click();
  await page.getByText('Recorded: Bid for the whole opportunity, decided by Priya Shah.').waitFor();
}

/** Tender, "Bid", award: what the pipeline row then says of the outcome. */
async function bidThenAward(page: Page, organisation: string | null): Promise<string> {
  if (organisation) await setOrganisation(page, organisation);
  await importOne(page, TENDER, /Added/);
  await decideToBid(page);
  await importOne(page, AWARD, /Updated/);
  const row = page.getByTestId('pipeline-row').filter({ hasText: TITLE });
  const outcome = row.getByTestId('pipeline-outcome');
  await outcome.waitFor();
  return outcome.innerText();
}

describe.runIf(corpusDir)('the outcome of a bid, from its award notice', () => {
  it('not won: the award to another organisation shows on the opportunity and the pipeline', async () => {
    const { page } = await startApp({ path: NOW });
    expect(await bidThenAward(page, 'Bath Community Safety CIC')).toBe(
      'Not won · OpenView Security Solutions Limited · £75,000',
    );
    expect(await page.getByTestId('pipeline-row').filter({ hasText: TITLE }).innerText()).toContain(
      'Award',
    );
    await shot(page, 'outcome-pipeline-not-won');

    await openOpportunity(page, TITLE);
    const awards = page.getByRole('region', { name: 'Award' });
    const outcome = awards.getByTestId('bid-outcome');
    expect(await outcome.getByRole('heading').innerText()).toBe('Your bid: Not won');
    expect(await outcome.innerText()).toContain(
      'Awarded to OpenView Security Solutions Limited for £75,000 on 23 Jan 2025, not to Bath Community Safety CIC.',
    );
    const award = awards.getByRole('article', {
      name: 'Award to OpenView Security Solutions Limited',
    });
    const text = await award.innerText();
    for (const fact of [
      'Large organisation',
      '£75,000',
      'Awarded',
      '23 Jan 2025',
      '1 Feb 2025 to 31 Mar 2025',
    ]) {
      expect(text).toContain(fact);
    }
    // The awarded contract end replaces the tender's planned one in the key dates.
    const keyDates = page.getByRole('region', { name: 'Key dates' });
    expect(await keyDates.locator('[data-kind="contractEnd"]').innerText()).toContain(
      '31 Mar 2025',
    );
    await shot(page, 'outcome-opportunity-not-won');
  });

  it('won: your organisation is the supplier', async () => {
    const { page } = await startApp({ path: NOW });
    expect(await bidThenAward(page, 'Openview Security Solutions Ltd')).toBe('Won · £75,000');
    await shot(page, 'outcome-pipeline-won');
    await openOpportunity(page, TITLE);
    const outcome = page.getByTestId('bid-outcome');
    expect(await outcome.getByRole('heading').innerText()).toBe('Your bid: Won');
    await shot(page, 'outcome-opportunity-won');
  });

  it('no organisation name yet: says who won, and tells once the name is set in Settings', async () => {
    const { page } = await startApp({ path: NOW });
    expect(await bidThenAward(page, null)).toBe(
      'Awarded to OpenView Security Solutions Limited · £75,000',
    );
    await openOpportunity(page, TITLE);
    const outcome = page.getByTestId('bid-outcome');
    expect(await outcome.innerText()).toContain(
      'set your organisation’s name in Settings so Bid Desk can tell whether you won',
    );
    await shot(page, 'outcome-opportunity-no-organisation');
    await outcome.getByRole('link', { name: 'Settings' }).click();
    await setOrganisation(page, 'OpenView Security Solutions Limited');
    await page.getByRole('region', { name: 'Your organisation' }).screenshot({
      path: join(SHOTS, 'outcome-settings-organisation.png'),
    });
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Pipeline', exact: true })
      .click();
    const row = page.getByTestId('pipeline-row').filter({ hasText: TITLE });
    await row.getByTestId('pipeline-outcome').getByText('Won · £75,000', { exact: true }).waitFor();
  });
});
