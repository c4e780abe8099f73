// @vitest-environment jsdom
import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedBytes, SEEDS } from '../../../test/corpus';
import { decisionRecord } from '../../../test/decision-record';
import { openWithNotice } from '../../../test/workspace-fixture';
import { listOutcomes, recordDecision, type BidDeskDatabase } from '../../db';
import { DecisionTab } from './DecisionTab';
import { useDecisionStore } from './decision-store';

configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 60_000 });

let db: BidDeskDatabase;

/** Seed 004 (closes 6 May 2026, 12:00) decided "Bid" on 20 April, its tab shown at `now`. */
async function stalkingDecidedBid(now: Date) {
  useDecisionStore.setState({ scopes: {}, reassessing: {}, message: null, busy: false });
  const opened = await openWithNotice(
    { name: SEEDS.staffordshireStalking, bytes: seedBytes(SEEDS.staffordshireStalking) },
    () => now,
  );
  db = opened.db;
  const opportunityId = opened.detail.opportunity.id;
  await recordDecision(db, decisionRecord(opportunityId, 'bid'), { now, user: 'Priya Shah' });
  render(<DecisionTab detail={opened.detail} now={now} />);
  await screen.findByRole('heading', { name: 'Go/no-go decision' });
  return opportunityId;
}

afterEach(() => {
  cleanup();
  db.close();
});

describe('go/no-go tab of a tender that has closed', () => {
  it('says when it closed, offers no checklist, and still lets the bid be marked submitted', async () => {
    const opportunityId = await stalkingDecidedBid(new Date('2026-05-26T09:00:00+01:00'));
    const note = await screen.findByRole('note');
    expect(note.textContent).toContain('This tender closed on 6 May 2026 (20 days ago).');
    expect(screen.queryByRole('button', { name: /Create the submission checklist/ })).toBeNull();
    const offer = screen.getByRole('region', { name: 'No submission checklist' });
    expect(offer.textContent).toContain('your decision is recorded without a checklist');
    expect(await db.checklistItems.where('opportunityId').equals(opportunityId).count()).toBe(0);

    // Withdrawing after the deadline means nothing; saying it went in does.
    const standing = screen.getByRole('region', { name: 'Submit or withdraw' });
    expect(within(standing).queryByRole('button', { name: 'Withdraw from this bid' })).toBeNull();
    await userEvent.click(within(standing).getByRole('button', { name: 'Mark as submitted' }));
    await within(standing).findByText(/^Marked as submitted on 26 May 2026/);
    expect(screen.queryByRole('note')).toBeNull();
    const [outcome] = await listOutcomes(db, opportunityId);
    expect(outcome).toMatchObject({ result: 'submitted', source: 'user', lotId: null });
  });
});

describe('go/no-go tab of a live bid', () => {
  it('withdraws only once confirmed, and records who and when', async () => {
    const opportunityId = await stalkingDecidedBid(new Date('2026-04-22T10:00:00+01:00'));
    expect(screen.queryByRole('note')).toBeNull();
    const standing = await screen.findByRole('region', { name: 'Submit or withdraw' });
    await userEvent.click(within(standing).getByRole('button', { name: 'Withdraw from this bid' }));
    await userEvent.click(within(standing).getByRole('button', { name: 'Keep bidding' }));
    expect(await listOutcomes(db, opportunityId)).toEqual([]);

    await userEvent.click(within(standing).getByRole('button', { name: 'Withdraw from this bid' }));
    await userEvent.click(within(standing).getByRole('button', { name: 'Yes, withdraw' }));
    await within(standing).findByText(/^Withdrawn on 22 Apr 2026, 10:00 by Tester\./); // the user the app writes as
    const outcomes = await listOutcomes(db, opportunityId);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ result: 'withdrawn', updatedBy: 'Tester' });
  });
});
