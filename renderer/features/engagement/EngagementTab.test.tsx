// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { liveTab, workspaceFixture } from '../../../test/workspace-fixture';
import { EngagementTab } from './EngagementTab';
import { useEngagementStore } from './engagement-store';
import { useUndoStore } from '../../lib/undo';
import { eventRows } from '../../db';

/** 1 July 2026: the hate crime service's market engagement day (17 July) is ahead. */
const NOW = new Date('2026-07-01T09:00:00Z');

afterEach(() => {
  cleanup();
  useEngagementStore.setState({ saves: {}, message: null, editing: null });
  useUndoStore.setState({ offer: null, outcome: null });
});

/** The hate crime notice with its engagement day moved a week later, in a newer release. */
function moveEngagementDay(text: string): string {
  return text
    .replaceAll('17th July 2026', '24th July 2026')
    .replace('"date": "2026-06-23T13:30:07+01:00"', '"date": "2026-06-30T10:00:00+01:00"');
}

async function hateCrimeEngagement() {
  const fixture = await workspaceFixture(NOW);
  const id = await fixture.importSeed('staffordshireHateCrime');
  const user = userEvent.setup({ delay: null });
  render(liveTab(EngagementTab, id, NOW));
  const card = await screen.findByRole('article', { name: /Market engagement/ });
  return { ...fixture, id, user, card };
}

describe('Engagement tab', () => {
  it('says when the buyer moved an event’s date but its description still names the old day, until a newer notice agrees', async () => {
    const fixture = await workspaceFixture(new Date('2026-05-01T09:00:00Z'));
    const moved = (text: string): string =>
      text.replace(
        '"dueDate": "2026-06-08T23:59:59+01:00"',
        '"dueDate": "2026-06-15T23:59:59+01:00"',
      );
    const id = await fixture.importSeed('cleveland', moved);
    render(liveTab(EngagementTab, id, new Date('2026-05-01T09:00:00Z')));
    const card = await screen.findByRole('article', { name: /Market engagement/ });
    expect(card.textContent).toContain('15 Jun 2026');
    expect(card.textContent).toContain(
      'Its description says 8 Jun 2026: check with the buyer which is right.',
    );

    // The buyer puts the date back in a newer release: the note goes.
    const putBack = (text: string): string =>
      text.replace('"date": "2026-06-02T13:31:21+01:00"', '"date": "2026-06-03T09:00:00+01:00"');
    await fixture.importSeed('cleveland', putBack);
    await waitFor(async () => {
      const now = await screen.findByRole('article', { name: /Market engagement/ });
      expect(now.textContent).toContain('8 Jun 2026, 10:00');
      expect(now.textContent).not.toContain('Its description says');
    });
  });

  it('keeps the plan for a notice event attached when a re-import moves the event', async () => {
    const { user, card, db, importSeed } = await hateCrimeEngagement();
    expect(card.textContent).toContain('17 Jul 2026');
    expect(card.textContent).toContain('Staffordshire Police HQ, Conference Room 7');
    expect(card.textContent).toContain('14 Jul 2026, 17:00 (in 13 days)');

    await user.selectOptions(within(card).getByLabelText('Your status'), 'Registered');
    await within(card).findByText('Saved');
    await user.type(within(card).getByLabelText('Who is going'), 'Sam, Priya');
    await user.type(within(card).getByLabelText('Questions to ask'), 'Is TUPE likely to apply?');
    await user.tab();
    await waitFor(async () =>
      expect(await db.engagementPlans.toArray()).toEqual([
        expect.objectContaining({
          status: 'registered',
          attendees: ['Sam', 'Priya'],
          questions: 'Is TUPE likely to apply?',
        }),
      ]),
    );
    const [event] = (await db.notices.toArray()).flatMap(eventRows);

    await importSeed('staffordshireHateCrime', moveEngagementDay);
    const moved = (await screen.findByText(/Moved from 17 Jul 2026/)).closest(
      'article',
    ) as HTMLElement;
    expect(moved.textContent).toContain('24 Jul 2026');
    expect(within(moved).getByLabelText('Your status')).toHaveProperty('value', 'registered');
    expect(within(moved).getByLabelText('Who is going')).toHaveProperty('value', 'Sam, Priya');
    expect(within(moved).getByLabelText('Questions to ask')).toHaveProperty(
      'value',
      'Is TUPE likely to apply?',
    );
    const plans = await db.engagementPlans.toArray();
    expect(plans).toHaveLength(1);
    expect(plans[0]?.eventId).toBe(event?.id);
  });

  it('adds an event the notice does not list, in UK time, and deletes it with Undo', async () => {
    const { user, db } = await hateCrimeEngagement();
    const form = screen.getByRole('form', { name: 'Add an event' });
    await user.click(within(form).getByRole('button', { name: 'Add event' }));
    expect(await within(form).findByText('Give the event a name')).toBeTruthy();
    expect(within(form).getByText('Enter the date of the event')).toBeTruthy();

    await user.selectOptions(within(form).getByLabelText('Kind'), 'clarification');
    await user.type(within(form).getByLabelText('Title'), 'Clarification Q&A');
    await user.type(within(form).getByLabelText('Date'), '2026-07-03');
    await user.type(within(form).getByLabelText('Starts (optional)'), '11:00');
    await user.type(within(form).getByLabelText('Ends (optional)'), '10:00');
    await user.type(within(form).getByLabelText('Joining link (optional)'), 'teams.example/meet');
    await user.selectOptions(within(form).getByLabelText('Your status'), 'Registered');
    await user.click(within(form).getByRole('button', { name: 'Add event' }));
    expect(await within(form).findByText('The end must be after the start')).toBeTruthy();
    expect(within(form).getByText('Paste the whole link, starting https://')).toBeTruthy();

    await user.clear(within(form).getByLabelText('Starts (optional)'));
    await user.type(within(form).getByLabelText('Starts (optional)'), '09:30');
    await user.clear(within(form).getByLabelText('Joining link (optional)'));
    await user.type(
      within(form).getByLabelText('Joining link (optional)'),
      'https://teams.example/meet',
    );
    await user.click(within(form).getByRole('button', { name: 'Add event' }));
    expect(await within(form).findByText(/^Event added/)).toBeTruthy();

    const added = await screen.findByRole('article', { name: /Clarification Q&A/ });
    expect(added.textContent).toContain('3 Jul 2026, 09:30 to 10:00');
    expect(within(added).getByRole('link', { name: /Joining link/ })).toBeTruthy();
    expect(within(added).getByLabelText('Your status')).toHaveProperty('value', 'registered');
    const [plan] = await db.engagementPlans.toArray();
    expect(plan?.manual).toMatchObject({
      kind: 'clarification',
      start: '2026-07-03T09:30:00+01:00',
      end: '2026-07-03T10:00:00+01:00',
      allDay: false,
      onlineUrl: 'https://teams.example/meet',
    });
    expect(within(form).getByLabelText('Title')).toHaveProperty('value', '');

    await user.type(within(added).getByLabelText('Notes taken'), 'They will publish the Q&A log.');
    await user.tab();
    await waitFor(async () =>
      expect((await db.engagementPlans.toArray())[0]?.notes).toBe('They will publish the Q&A log.'),
    );

    await user.click(within(added).getByRole('button', { name: 'Delete “Clarification Q&A”' }));
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: /Clarification Q&A/ })).toBeNull(),
    );
    expect(screen.getByText('Deleted “Clarification Q&A”.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const back = await screen.findByRole('article', { name: /Clarification Q&A/ });
    expect(within(back).getByLabelText('Notes taken')).toHaveProperty(
      'value',
      'They will publish the Q&A log.',
    );
  });

  it('edits an event the user added in the same form, filled in with it, keeping its plan', async () => {
    const { user, db } = await hateCrimeEngagement();
    const form = screen.getByRole('form', { name: 'Add an event' });
    await user.type(within(form).getByLabelText('Title'), 'Clarification Q&A');
    await user.type(within(form).getByLabelText('Date'), '2026-07-03');
    await user.type(within(form).getByLabelText('Starts (optional)'), '09:30');
    await user.type(within(form).getByLabelText('Sign up by (optional)'), '2026-07-02');
    await user.click(within(form).getByRole('button', { name: 'Add event' }));
    const added = await screen.findByRole('article', { name: /Clarification Q&A/ });
    await user.type(within(added).getByLabelText('Notes taken'), 'Bring the TUPE list.');
    await user.tab();
    await waitFor(async () =>
      expect((await db.engagementPlans.toArray())[0]?.notes).toBe('Bring the TUPE list.'),
    );
    const [before] = await db.engagementPlans.toArray();

    await user.click(within(added).getByRole('button', { name: 'Edit “Clarification Q&A”' }));
    const edit = await screen.findByRole('form', { name: 'Edit “Clarification Q&A”' });
    const title = within(edit).getByLabelText('Title');
    expect(document.activeElement).toBe(title);
    expect(title).toHaveProperty('value', 'Clarification Q&A');
    expect(within(edit).getByLabelText('Date')).toHaveProperty('value', '2026-07-03');
    expect(within(edit).getByLabelText('Starts (optional)')).toHaveProperty('value', '09:30');
    expect(within(edit).getByLabelText('Sign up by (optional)')).toHaveProperty(
      'value',
      '2026-07-02',
    );
    expect(within(edit).getByLabelText('Sign-up time (optional)')).toHaveProperty('value', '');
    await user.clear(title);
    await user.type(title, 'Clarification Q&A (moved)');
    await user.clear(within(edit).getByLabelText('Starts (optional)'));
    await user.type(within(edit).getByLabelText('Starts (optional)'), '14:00');
    await user.type(within(edit).getByLabelText('Ends (optional)'), '15:00');
    await user.click(within(edit).getByRole('button', { name: 'Save changes' }));

    const moved = await screen.findByRole('article', { name: /Clarification Q&A \(moved\)/ });
    expect(moved.textContent).toContain('3 Jul 2026, 14:00 to 15:00');
    expect(await screen.findByRole('form', { name: 'Add an event' })).toBeTruthy();
    const plans = await db.engagementPlans.toArray();
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      id: before?.id,
      createdAt: before?.createdAt,
      notes: 'Bring the TUPE list.',
      manual: {
        title: 'Clarification Q&A (moved)',
        start: '2026-07-03T14:00:00+01:00',
        end: '2026-07-03T15:00:00+01:00',
        signUpDeadline: '2026-07-02T23:59:59+01:00',
      },
    });
  });
});
