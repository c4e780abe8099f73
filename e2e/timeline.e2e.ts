/**
 * The bid timeline in real Chromium: the stalking tender's Timeline tab with its lanes and today,
 * a calendar (.ics) export as a download, the all-opportunities calendar on April 2026, and the
 * printed timeline on exactly one A4 landscape page.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkAccessibility,
  openOpportunity,
  screenshot,
  screenshotDir,
  startApp,
} from './harness';

/** Monday 20 April 2026: the stalking tender closes on 6 May at noon. */
const NOW = '?now=2026-04-20T09:00:00Z';
const STALKING = 'Provision of a Stalking Service in Staffordshire & Stoke-on-Trent';

describe('bid timeline', () => {
  it('shows the lanes and today, exports .ics, shows the calendar and prints on one page', async () => {
    const app = await startApp({ path: NOW });
    const page = app.page;

    await openOpportunity(page, STALKING);
    await page
      .getByRole('navigation', { name: 'Opportunity sections' })
      .getByRole('link', { name: 'Timeline' })
      .click();
    await page.getByRole('heading', { name: 'Timeline', level: 2 }).waitFor();
    expect(page.url()).toContain('/timeline');

    for (const lane of ['Notice', 'Engagement', 'Writing', 'Sign-off']) {
      await expect(page.getByRole('list', { name: lane }).isVisible()).resolves.toBe(true);
    }
    const deadline = page
      .getByRole('list', { name: 'Notice' })
      .getByRole('listitem')
      .filter({ hasText: 'Submission deadline' });
    await expect(deadline.textContent()).resolves.toContain('6 May 2026, 12:00');
    await expect(page.getByTestId('timeline-today').textContent()).resolves.toBe('Today');
    // Registering on the Central Digital Platform was due on 15 April: overdue, in red.
    await expect(page.locator('.timeline-marker.is-overdue').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'timeline-tab');
    await checkAccessibility(page, 'timeline-tab');
    // In the narrowest window the app allows, labels in a lane stack into more rows, not overlap.
    const overlappingLabels = async (): Promise<number> =>
      page.locator('.timeline-lane-track').evaluateAll((tracks) => {
        let overlaps = 0;
        for (const track of tracks) {
          const boxes = Array.from(track.querySelectorAll('.timeline-label')).map((el) =>
            el.getBoundingClientRect(),
          );
          boxes.forEach((a, i) => {
            for (const b of boxes.slice(i + 1)) {
              const apart = a.right <= b.left || b.right <= a.left;
              if (!apart && !(a.bottom <= b.top || b.bottom <= a.top)) overlaps++;
            }
          });
        }
        return overlaps;
      });
    expect(await overlappingLabels()).toBe(0);
    await page.setViewportSize({ width: 760, height: 720 });
    await expect.poll(overlappingLabels).toBe(0);
    await screenshot(page, 'timeline-narrow');
    await checkAccessibility(page, 'timeline-narrow');
    await page.setViewportSize({ width: 1280, height: 720 }); // Playwright's default

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export to calendar (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const ics = readFileSync(await download.path(), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('TZID=Europe/London');
    expect(ics).toContain('20260506T120000');

    // Printed: header, tabs and buttons hidden; timeline and checklist on one A4 landscape page.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app-header').isVisible()).resolves.toBe(false);
    await expect(
      page.getByRole('button', { name: 'Export to calendar (.ics)' }).isVisible(),
    ).resolves.toBe(false);
    mkdirSync(screenshotDir, { recursive: true });
    const pdf = join(screenshotDir, 'timeline-print.pdf');
    await page.pdf({ landscape: true, format: 'A4', path: pdf, printBackground: true });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+1$/m);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, pdf.replace(/\.pdf$/, '')]);
    await page.emulateMedia({ media: 'screen' });

    // The calendar: April 2026, today marked, the clarification deadline on 28 April.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Calendar' })
      .click();
    await page.getByRole('heading', { name: 'April 2026' }).waitFor();
    const today = page.locator('td[aria-current="date"]');
    await expect(today.getAttribute('data-day')).resolves.toBe('2026-04-20');
    const day28 = page.locator('td[data-day="2026-04-28"]');
    await expect(day28.textContent()).resolves.toMatch(/Clarification/i);
    const link = day28.getByRole('link').filter({ hasText: STALKING }).first();
    await expect(link.getAttribute('href')).resolves.toMatch(/^#\/opportunities\/.+\/timeline$/);
    await screenshot(page, 'calendar-april-2026');
    await checkAccessibility(page, 'calendar-april-2026');

    await page.getByRole('button', { name: 'Next month' }).click();
    await page.getByRole('heading', { name: 'May 2026' }).waitFor();
    await expect(page.locator('td[data-day="2026-05-06"]').textContent()).resolves.toContain(
      'Submission deadline',
    );
    // The bid schedule's bank holidays (England and Wales by default): early May and spring.
    const holidays = page.locator('td.is-holiday');
    await expect(
      holidays.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-day'))),
    ).resolves.toEqual(['2026-05-04', '2026-05-25']);
    await expect(holidays.first().textContent()).resolves.toContain('Bank holiday');
    await screenshot(page, 'calendar-may-2026');
    expect(app.consoleErrors).toEqual([]);
  });
});
