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
    expect(text).toMatch(/DTSTART;TZID=Europe\/London:20260506T120000/);
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
