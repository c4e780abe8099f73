/**
 * The bid timeline in real Chromium: the stalking tender's Timeline tab with its lanes and today,
 * a calendar (.ics) export as a download, the all-opportunities calendar on April 2026; then, with
 * a decision and a checklist, the .ics with reminders and milestones only, and the page printed
 * for trustees on exactly one A4 landscape page.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  checkAccessibility,
  decidedBy,
  openOpportunity,
  screenshot,
  screenshotDir,
  startApp,
} from './harness';

/** Monday 20 April 2026: the stalking tender closes on 6 May at noon. */
const NOW = '?now=2026-04-20T09:00:00Z';
const STALKING = 'Provision of a Stalking Service in Staffordshire & Stoke-on-Trent';

describe('bid timeline', () => {
  it('shows the lanes and today, exports .ics and shows the calendar', async () => {
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
  it("prints the trustees' page on one A4 page: decision, deadline, next milestones, owners", async () => {
    const app = await startApp({ path: NOW });
    const page = app.page;
    await recordBidAndChecklist(page);
    await page
      .getByRole('navigation', { name: 'Opportunity sections' })
      .getByRole('link', { name: 'Timeline' })
      .click();
    await page.getByRole('heading', { name: 'Timeline', level: 2 }).waitFor();

    // The calendar file, as python3-icalendar reads it: reminders as set, then milestones only.
    const full = await exportIcs(page);
    const deadlineUid = 'ocds-h6vhtk-0659dc/notice/submissionDeadline/all@biddesk.app';
    expect(full.find((e) => e.uid === deadlineUid)).toMatchObject({
      start: '2026-05-06T10:30:00+00:00',
      end: '2026-05-06T11:00:00+00:00',
      alarms: [-(23 * 3600 + 30 * 60)],
      sequence: 0,
    });
    const tupe = full.find((e) => e.summary.startsWith('Ask for and cost the TUPE information'));
    expect(tupe?.description).toContain('Owner: Sam Okafor');
    expect(tupe?.description).toContain('Status: To do');
    expect(full.map((e) => e.description).join('\n')).not.toMatch(/Status: todo/);
    expect(full.length).toBeGreaterThan(31);

    await page.getByRole('checkbox', { name: /^Milestones only/ }).check();
    await page
      .getByRole('combobox', { name: 'Remind me of deadlines' })
      .selectOption({ label: '1 week before' });
    // The options beside the export buttons, as the window shows them at 1280 and 800 px.
    mkdirSync(screenshotDir, { recursive: true });
    for (const width of [1280, 800]) {
      await page.setViewportSize({ width, height: 720 });
      await page.screenshot({ path: join(screenshotDir, `timeline-export-options-${width}.png`) });
    }
    await checkAccessibility(page, 'timeline-export-options');
    await page.setViewportSize({ width: 1280, height: 720 });
    const milestones = await exportIcs(page);
    expect(milestones.length).toBeLessThan(10);
    expect(milestones.some((e) => e.uid.includes('/checklist/'))).toBe(false);
    expect(milestones.map((e) => e.summary)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Submission deadline/),
        expect.stringMatching(/^Clarification questions deadline/),
        expect.stringMatching(/^Done: Decided to bid/),
      ]),
    );
    // The reminder changed, so the deadline's SEQUENCE goes up by one; the decision's does not.
    expect(milestones.find((e) => e.uid === deadlineUid)).toMatchObject({
      alarms: [-(6 * 86400 + 23 * 3600 + 30 * 60)],
      sequence: 1,
    });
    expect(milestones.find((e) => e.uid.includes('/decision/'))?.sequence).toBe(0);
    // The reminder is a setting: still "1 week before" after reloading the page.
    await page.reload();
    await page.getByRole('heading', { name: 'Timeline', level: 2 }).waitFor();
    const remind = page.getByRole('combobox', { name: 'Remind me of deadlines' });
    await expect.poll(() => remind.inputValue()).toBe('1-week');

    // Printed: header, tabs and buttons hidden; the summary a trustee reads, on one page.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app-header').isVisible()).resolves.toBe(false);
    await expect(
      page.getByRole('button', { name: 'Export to calendar (.ics)' }).isVisible(),
    ).resolves.toBe(false);
    const pdf = join(screenshotDir, 'timeline-print.pdf');
    await page.pdf({ landscape: true, format: 'A4', path: pdf, printBackground: true });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+1$/m);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdf, pdf.replace(/\.pdf$/, '')]);
    const summary = page.getByRole('region', { name: 'Summary for trustees' });
    const text = await summary.innerText();
    expect(text).toContain('Decided to bid');
    expect(text).toContain('score 78/100');
    expect(text).toContain('Priya Shah');
    expect(text).toContain('6 May 2026, 12:00');
    const next = summary.getByRole('row');
    // A header row and the next milestones, soonest first, each with its owner where one is set.
    expect(await next.count()).toBeGreaterThan(3);
    expect(
      await summary
        .getByRole('row')
        .filter({ hasText: 'Ask for and cost the TUPE information' })
        .innerText(),
    ).toContain('Sam Okafor');
    expect(await page.getByText('in the list below').isVisible()).toBe(false);
    // What the PDF says, as text: the decision and the deadline made it onto the page.
    const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('Decided to bid');
    expect(pdfText).toContain('6 May 2026, 12:00');
    await page.emulateMedia({ media: 'screen' });
    expect(app.consoleErrors).toEqual([]);
  });
});

const LONG_OWNER =
  'Jo Bloggs-Marchbanks (Head of Victim Services) with the Finance, Safeguarding and Partnerships leads, signed off by the Chair of Trustees';

/** Record "Bid" for the stalking tender (score 78), make its checklist, give one task an owner. */
async function recordBidAndChecklist(page: Page): Promise<void> {
  await openOpportunity(page, STALKING);
  await page.getByRole('link', { name: /^Go\/no-go/ }).click();
  await page.getByRole('heading', { name: 'Go/no-go decision' }).waitFor();
  const gates = page.getByRole('region', { name: '1. Hard gates' }).getByRole('group');
  for (let i = 0; i < 5; i += 1) await gates.nth(i).getByRole('radio', { name: 'Pass' }).check();
  const factors = page.getByRole('region', { name: '2. Weighted factors' }).getByRole('group');
  for (const [i, score] of [5, 4, 4, 3, 3, 4, 4, 3].entries()) {
    await factors
      .nth(i)
      .getByRole('radio', { name: new RegExp(`^${score}`) })
      .check();
  }
  const decision = page.getByRole('region', { name: '3. Your decision' });
  await decision.getByRole('radio', { name: 'Bid', exact: true }).check();
  await decidedBy(decision).fill('Priya Shah');
  await decision
    .getByRole('textbox', { name: 'Why? (rationale)' })
    .fill(
      `Stalking advocacy is our core work; trustees agreed on 17 April. ${'We have the staff, the referral routes and the evidence from six years of delivery in Stoke. '.repeat(8)}`,
    );
  await decision.getByRole('button', { name: 'Record decision' }).click();
  await page.getByText('Recorded: Bid for the whole opportunity, decided by Priya Shah.').waitFor();
  await page.getByRole('button', { name: 'Create the submission checklist for this lot' }).click();
  // Creating the checklist goes to it.
  await expect.poll(() => page.url()).toMatch(/\/checklist$/);
  // One short owner, and two long ones: the printed page still fits on one sheet.
  const owners: Array<[string, string]> = [
    ['Ask for and cost the TUPE information', 'Sam Okafor'],
    ['Consortium or subcontractor letters of support and agreements', LONG_OWNER],
    ['Case studies and references', LONG_OWNER],
  ];
  for (const [task, name] of owners) {
    const owner = page.getByRole('combobox', { name: `Owner of “${task}”` });
    await owner.fill(name);
    await owner.press('Enter');
    await expect.poll(() => owner.inputValue()).toBe(name);
  }
  await page.getByText('Saved').first().waitFor();
}

interface IcsEvent {
  uid: string;
  summary: string;
  description: string;
  sequence: number;
  start: string;
  end: string;
  /** Each VALARM's trigger in seconds from the start. */
  alarms: number[];
}

const READ_ICS = `
import json, sys
from datetime import timezone
from icalendar import Calendar
cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
iso = lambda v: v.astimezone(timezone.utc).isoformat() if hasattr(v, 'hour') else 'date:' + v.isoformat()
print(json.dumps([{
  'uid': str(e['UID']), 'summary': str(e['SUMMARY']), 'description': str(e['DESCRIPTION']),
  'sequence': int(e['SEQUENCE']), 'start': iso(e.decoded('DTSTART')), 'end': iso(e.decoded('DTEND')),
  'alarms': [int(a.decoded('TRIGGER').total_seconds()) for a in e.walk('VALARM')],
} for e in cal.walk('VEVENT')]))
`;

/** Click "Export to calendar (.ics)" and read the download with Debian's python3-icalendar. */
async function exportIcs(page: Page): Promise<IcsEvent[]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export to calendar (.ics)' }).click(),
  ]);
  const path = await download.path();
  await page.getByText(/^Saved .+\.ics\.$/).waitFor({ state: 'attached' });
  return JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', READ_ICS, path], { encoding: 'utf8' }),
  ) as IcsEvent[];
}
