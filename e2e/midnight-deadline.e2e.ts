/**
 * A real notice whose deadline is midnight (049950-2026, Carbine Magnifiers: 00:00 on Saturday
 * 27 June 2026), imported with the file picker: the opportunity page reads it as the end of
 * Friday 26 June, and the calendar export holds a timed event at 00:00 Europe/London on 27 June,
 * read back by Debian's python3-icalendar (the independent parser the .ics tests use).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../test/corpus';
import { checkAccessibility, importFiles, openOpportunity, screenshot, startApp } from './harness';

const NOW = '?now=2026-06-01T09:00:00Z';
const TITLE = 'Carbine Magnifiers';

/** The submission deadline's DTSTART and DTEND as python3-icalendar reads them. */
const PYTHON = `
import json, sys
from icalendar import Calendar
cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = []
for ev in cal.walk('VEVENT'):
    if not str(ev['SUMMARY']).startswith('Submission deadline'):
        continue
    start = ev.decoded('DTSTART')
    end = ev.decoded('DTEND')
    out.append({
        'summary': str(ev['SUMMARY']),
        'tzid': ev['DTSTART'].params.get('TZID'),
        'timed': hasattr(start, 'hour'),
        'local': start.isoformat(),
        'utc': start.astimezone(__import__('datetime').timezone.utc).isoformat() if hasattr(start, 'hour') else None,
        'endLocal': end.isoformat(),
        'description': str(ev['DESCRIPTION']),
    })
print(json.dumps(out))
`;

interface ParsedDeadline {
  summary: string;
  tzid: string | null;
  timed: boolean;
  local: string;
  utc: string | null;
  endLocal: string;
  description: string;
}

describe.runIf(corpusDir !== null)('a deadline at midnight', () => {
  it('reads as the end of Friday 26 June and exports the half hour ending at 00:00 on 27 June', async () => {
    const app = await startApp({ path: NOW });
    const page = app.page;
    const file = join(
      corpusDir as string,
      'more-notices',
      'derived-fts-pcr-midnight-deadline-06872e.json',
    );
    await importFiles(page, [file]);
    await openOpportunity(page, TITLE);

    const summary = page.getByRole('region', { name: 'Summary' });
    await expect(summary.getByTestId('submission-deadline').textContent()).resolves.toBe(
      '27 Jun 2026, 00:00',
    );
    await expect(summary.innerText()).resolves.toContain(
      '(midnight at the start of Saturday 27 June: submit by the end of Friday 26 June)',
    );
    const keyDates = page.getByRole('region', { name: 'Key dates' });
    const deadlineRow = keyDates.getByRole('row').filter({ hasText: 'Submission deadline' });
    await expect(deadlineRow.innerText()).resolves.toContain('submit by the end of Friday 26 June');
    await expect(deadlineRow.innerText()).resolves.not.toContain('(day)');
    // The opening of tenders at the deadline is not an award decision.
    await expect(keyDates.innerText()).resolves.toContain('Tenders opened');
    await expect(keyDates.innerText()).resolves.not.toContain('Award decision');
    await screenshot(page, 'opportunity-midnight-deadline');
    await checkAccessibility(page, 'opportunity-midnight-deadline');

    await page
      .getByRole('navigation', { name: 'Opportunity sections' })
      .getByRole('link', { name: 'Timeline' })
      .click();
    await page.getByRole('heading', { name: 'Timeline', level: 2 }).waitFor();
    await expect(page.getByRole('main').innerText()).resolves.not.toContain('Standstill');
    // The deadline's own row (the plan's rows name the deadline too; only it says how to submit).
    const row = page.getByTestId('timeline-row').filter({ hasText: 'Submit through:' });
    await expect(row.innerText()).resolves.toContain(
      '27 Jun 2026, 00:00 (midnight at the start of Saturday 27 June: submit by the end of Friday 26 June)',
    );
    const marker = page
      .getByRole('list', { name: 'Notice' })
      .getByTestId('timeline-marker')
      .filter({ hasText: 'Submission deadline' });
    await expect(marker.getAttribute('title')).resolves.toContain(
      'Midnight at the start of Saturday 27 June: submit by the end of Friday 26 June.',
    );
    await screenshot(page, 'timeline-midnight-deadline');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export to calendar (.ics)' }).click(),
    ]);
    const path = await download.path();
    const run = spawnSync('/usr/bin/python3', ['-c', PYTHON, path], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`python3-icalendar could not read it:\n${run.stderr}`);
    const [deadline, ...others] = JSON.parse(run.stdout) as ParsedDeadline[];
    expect(others).toEqual([]);
    expect(deadline).toMatchObject({
      summary: `Submission deadline – ${TITLE}`,
      tzid: 'Europe/London',
      timed: true,
      // The half hour ending at the deadline: the last of Friday 26 June on the calendar.
      local: '2026-06-26T23:30:00+01:00',
      utc: '2026-06-26T22:30:00+00:00',
      endLocal: '2026-06-27T00:00:00+01:00',
    });
    expect(deadline?.description).toContain('submit by the end of Friday 26 June');
    expect(app.consoleErrors).toEqual([]);
  });
});

describe.runIf(corpusDir !== null)('a deadline at 23:59:59', () => {
  it('shows the time the notice states, "8 May 2026, 23:59", not a whole day', async () => {
    const app = await startApp({ path: '?now=2026-04-20T09:00:00Z' });
    const page = app.page;
    await importFiles(page, [
      join(corpusDir as string, 'more-notices', 'fts-uk4-tender-032703-2026.json'),
    ]);
    await openOpportunity(page, 'HARROGATE TOWN DISTRICT HEATING PROJECT - Feasibility Study');
    await screenshot(page, 'opportunity-end-of-day-deadline-1280');
    await page.setViewportSize({ width: 800, height: 800 });
    await screenshot(page, 'opportunity-end-of-day-deadline-800');

    const summary = page.getByRole('region', { name: 'Summary' });
    await expect(summary.getByTestId('submission-deadline').textContent()).resolves.toBe(
      '8 May 2026, 23:59',
    );
    const keyDates = page.getByRole('region', { name: 'Key dates' });
    const deadlineRow = keyDates.getByRole('row').filter({ hasText: 'Submission deadline' });
    await expect(deadlineRow.innerText()).resolves.toContain('8 May 2026, 23:59');
    await expect(deadlineRow.innerText()).resolves.not.toContain('(day)');
    const questionsRow = keyDates.getByRole('row').filter({ hasText: 'Clarification' });
    await expect(questionsRow.innerText()).resolves.toContain('24 Apr 2026, 23:59');
    expect(app.consoleErrors).toEqual([]);
  });
});
