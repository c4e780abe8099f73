// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { liveTab, workspaceFixture } from '../../../test/workspace-fixture';
import { services, setServices } from '../../app/services';
import { TimelineTab } from './TimelineTab';

/** Monday 20 April 2026: the stalking tender closes on 6 May at noon. */
const NOW = new Date('2026-04-20T09:00:00Z');

afterEach(cleanup);

describe('Timeline tab', () => {
  it('shows the submission deadline in the Notice lane, milestones before it, and exports a calendar', async () => {
    const { importSeed } = await workspaceFixture(NOW);
    const id = await importSeed('staffordshireStalking');
    const saveText = vi.fn(() => Promise.resolve(true));
    setServices({ ...services(), bridge: { ...services().bridge, saveText } });

    render(liveTab(TimelineTab, id, NOW));
    const notice = await screen.findByRole('list', { name: 'Notice' });
    const deadline = within(notice).getByText('Submission deadline').closest('li') as HTMLElement;
    expect(deadline.textContent).toContain('6 May 2026, 12:00');

    const writing = screen.getByRole('list', { name: 'Writing' });
    const signOff = screen.getByRole('list', { name: 'Sign-off' });
    const deadlineAt = Date.parse('2026-05-06T11:00:00Z');
    for (const [lane, title] of [
      [writing, 'First draft complete'],
      [writing, 'Internal review done'],
      [signOff, 'Final sign-off'],
      [signOff, 'Submit the bid'],
    ] as const) {
      const marker = within(lane).getByText(title).closest('li') as HTMLElement;
      const at = marker.querySelector('time')?.getAttribute('dateTime') ?? '';
      expect(Date.parse(at), title).toBeLessThan(deadlineAt);
    }
    expect(screen.getByTestId('timeline-today').textContent).toBe('Today');
    expect(screen.getAllByTestId('timeline-row').length).toBeGreaterThan(5);

    fireEvent.click(screen.getByRole('button', { name: 'Export to calendar (.ics)' }));
    await waitFor(() => expect(saveText).toHaveBeenCalledTimes(1));
    const [name, mime, text] = saveText.mock.calls[0] as unknown as [string, string, string];
    expect(name).toMatch(/^provision-of-a-stalking-service.*-timeline\.ics$/);
    expect(mime).toBe('text/calendar');
    expect(text).toContain('BEGIN:VCALENDAR');
    // The deadline is the half hour ending at noon, reminded a day before (the default).
    expect(text).toContain('DTSTART;TZID=Europe/London:20260506T113000');
    expect(text).toContain('DTEND;TZID=Europe/London:20260506T120000');
    expect(text).toContain('TRIGGER:-PT23H30M');
  });

  it('exports only the milestones, with the reminder the user chose and keeps', async () => {
    const { db, importSeed } = await workspaceFixture(NOW);
    const id = await importSeed('staffordshireStalking');
    const saveText = vi.fn(() => Promise.resolve(true));
    setServices({ ...services(), bridge: { ...services().bridge, saveText } });

    render(liveTab(TimelineTab, id, NOW));
    const remind = await screen.findByRole('combobox', { name: 'Remind me of deadlines' });
    await waitFor(() => expect((remind as HTMLSelectElement).disabled).toBe(false));
    expect((remind as HTMLSelectElement).value).toBe('1-day');
    fireEvent.change(remind, { target: { value: 'none' } });
    await waitFor(async () => expect((await db.meta.get('icsReminder'))?.value).toBe('none'));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Milestones only/ }));

    fireEvent.click(screen.getByRole('button', { name: 'Export to calendar (.ics)' }));
    await waitFor(() => expect(saveText).toHaveBeenCalledTimes(1));
    const text = (saveText.mock.calls[0] as unknown as [string, string, string])[2];
    const summaries = text
      .replace(/\r\n /g, '')
      .split('\r\n')
      .filter((line) => line.startsWith('SUMMARY:'))
      .map((line) => line.slice('SUMMARY:'.length).split(' – ')[0]);
    expect(summaries).toEqual(
      expect.arrayContaining(['Submission deadline', 'Clarification questions deadline']),
    );
    expect(summaries).not.toContain('First draft complete');
    expect(text).not.toContain('BEGIN:VALARM');
    // Once saved, each event's revision is stored: the next change is SEQUENCE 1.
    const stored = (await db.meta.get('icsRevisions'))?.value as Record<
      string,
      { sequence: number }
    >;
    expect(Object.keys(stored)).toHaveLength(summaries.length);
  });

  it('has the page printed for trustees: no decision yet, the deadline, milestones and tasks', async () => {
    const { importSeed } = await workspaceFixture(NOW);
    const id = await importSeed('staffordshireStalking');
    render(liveTab(TimelineTab, id, NOW));
    const summary = await screen.findByRole('region', { name: /^Summary for trustees/ });
    expect(summary.textContent).toContain('No go/no-go decision is recorded yet.');
    expect(summary.textContent).toContain('6 May 2026, 12:00 (in 16 days)');
    expect(summary.textContent).toContain('No checklist yet.');
    const milestones = within(summary).getByRole('table', { name: 'Milestones to come' });
    const rows = within(milestones)
      .getAllByRole('row')
      .map((row) => row.textContent);
    // The go/no-go day (7 April) has passed without a decision: first, and overdue.
    expect(rows[1]).toBe('7 Apr 2026Go/no-go decisionOverdue');
    expect(rows.at(-1)).toBe('6 May 2026, 12:00Submission deadline');
    const tasks = within(summary).getByRole('table', { name: 'Next tasks and who owns them' });
    const first = within(tasks).getAllByRole('row')[1];
    expect(first?.textContent).toBe('9 Apr 2026Gap analysis doneOverdue');
  });

  it('warns when another bid has a deadline on the same day', async () => {
    const { db, importSeed } = await workspaceFixture(NOW);
    const id = await importSeed('staffordshireStalking');
    // Cleveland's notice with a clarification deadline on the stalking tender's deadline day.
    const other = await importSeed('cleveland', (text) =>
      text.replace(
        '"id": "CPC-0002293",',
        '"id": "CPC-0002293", "enquiryPeriod": { "endDate": "2026-05-06T17:00:00+01:00" },',
      ),
    );
    const title = (await db.opportunities.get(other))?.title ?? '';

    render(liveTab(TimelineTab, id, NOW));
    const clash = await screen.findByTestId('timeline-clash');
    expect(clash.textContent).toMatch(
      /^6 May 2026: your submission deadline here and the clarification questions deadline of ‘/,
    );
    expect(clash.textContent).toContain(`‘${title}’`);
  });
});
