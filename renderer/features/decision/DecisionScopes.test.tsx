// @vitest-environment jsdom
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importNoticeFile } from '../../../shared/import/engine';
import { seedBytes, SEEDS } from '../../../test/corpus';
import { moveStalkingDeadline, openWithNotice } from '../../../test/workspace-fixture';
import {
  getDecisionSettings,
  getOpportunityDetail,
  recordDecision,
  saveImport,
  type BidDeskDatabase,
  type OpportunityDetail,
} from '../../db';
import { DecisionTab } from './DecisionTab';
import { useDecisionStore } from './decision-store';

/**
 * The go/no-go tab across scopes and time: lots rolled up and decided one by one, and decisions
 * made before the notice changed. (Scoring and recording: DecisionTab.test.tsx.)
 */
const NOW = new Date('2026-04-20T09:00:00Z');
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 60_000 });

let db: BidDeskDatabase;
let detail: OpportunityDetail;
let user: UserEvent;

/** Open a seed notice's go/no-go tab, as the app does. */
async function openTab(seed: keyof typeof SEEDS) {
  useDecisionStore.setState({ scopes: {}, reassessing: {}, message: null, busy: false });
  ({ db, detail } = await openWithNotice(
    { name: SEEDS[seed], bytes: seedBytes(SEEDS[seed]) },
    () => NOW,
  ));
  user = userEvent.setup({ delay: null });
  render(<DecisionTab detail={detail} now={NOW} />);
  await screen.findByRole('heading', { name: 'Go/no-go decision' });
}

afterEach(() => {
  cleanup();
  db.close();
});

const group = (name: string) => screen.getByRole('group', { name: new RegExp(`^${name}`) });

describe('a decision made before the notice changed', () => {
  beforeEach(() => openTab('staffordshireStalking'));

  it('asks for a review once a re-import changes the notice', async () => {
    await recordDecision(
      db,
      {
        opportunityId: detail.opportunity.id,
        lotId: null,
        gates: [],
        factors: [],
        settings: await getDecisionSettings(db),
        outcome: 'bid',
        decidedBy: 'Sam Okafor',
        decidedOn: '2026-04-20',
        rationale: 'Core work.',
      },
      { now: NOW, user: 'Sam' },
    );
    const entry = await screen.findByTestId('decision-history-entry');
    expect(entry.textContent).not.toContain('review it');

    // The buyer moves the deadline a week later; the user imports the newer notice.
    const moved = new TextEncoder().encode(
      moveStalkingDeadline(new TextDecoder().decode(seedBytes(SEEDS.staffordshireStalking))),
    );
    const result = importNoticeFile({ name: 'moved.txt', bytes: moved });
    if (!result.ok) throw new Error(result.error.message);
    const later = { now: new Date('2026-04-22T09:00:00Z'), user: 'Test' };
    await saveImport(
      db,
      {
        fileName: 'moved.txt',
        format: result.format,
        sourceText: null,
        size: moved.length,
        opportunities: result.opportunities,
      },
      later,
    );
    const changed = await getOpportunityDetail(db, detail.opportunity.id);
    expect(changed?.changeLog).toHaveLength(1);
    cleanup();
    render(<DecisionTab detail={changed as OpportunityDetail} now={later.now} />);
    expect(
      await screen.findByText('The notice has changed since this decision — review it.'),
    ).toBeTruthy();
  });
});

describe('go/no-go tab for a notice with lots', () => {
  beforeEach(() => openTab('westMidlands'));

  /** Record a decision straight into the store, as an earlier session would have. */
  async function decided(lotIndex: number | null, outcome: 'bid' | 'no-bid', decidedOn: string) {
    const settings = await getDecisionSettings(db);
    await recordDecision(
      db,
      {
        opportunityId: detail.opportunity.id,
        lotId: lotIndex === null ? null : (detail.lots[lotIndex]?.id ?? 'missing'),
        gates: [],
        factors: [{ factorId: 'mission', score: 5, note: 'Core work' }],
        settings,
        outcome,
        decidedBy: 'Sam Okafor',
        decidedOn,
        rationale: `${outcome} on ${decidedOn}`,
      },
      { now: NOW, user: 'Sam' },
    );
  }

  it('rolls the lots up, decides lot by lot, and starts a lot from the whole-opportunity decision', async () => {
    await decided(0, 'bid', '2026-04-10');
    await decided(1, 'bid', '2026-04-11');
    await waitFor(() =>
      expect(screen.getByTestId('decision-rollup').textContent).toBe(
        'Bidding for 2 of 3 lots; 1 undecided',
      ),
    );
    const scope = screen.getByRole('combobox', { name: 'Decide about' });
    expect(
      within(scope)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'The whole opportunity',
      'Lot 1: First Contact Assessment and Referral',
      'Lot 2: Restorative Justice',
      'Lot 3: Hate Crime Services',
    ]);

    await user.selectOptions(scope, 'Lot 2: Restorative Justice');
    const inForce = screen.getByRole('region', {
      name: 'The decision about Lot 2: Restorative Justice',
    });
    expect(inForce.textContent).toContain('Sam Okafor, 11 Apr 2026');
    expect(screen.getAllByTestId('decision-history-entry')).toHaveLength(1);
    expect(
      screen.getByRole('button', { name: 'Create the submission checklist for this lot' }),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Reassess and record a new decision' }));
    const mission = within(group('Mission fit')).getByRole('radio', { name: /^5/ });
    expect((mission as HTMLInputElement).checked).toBe(true);

    await decided(null, 'no-bid', '2026-04-12');
    await user.selectOptions(scope, 'Lot 3: Hate Crime Services');
    expect(
      await screen.findByText(
        /^Started from the decision of 12 Apr 2026 \(No bid, by Sam Okafor, about the whole opportunity\)/,
      ),
    ).toBeTruthy();
    expect(screen.getByTestId('decision-rollup').textContent).toBe('Bidding for 2 of 3 lots');
    expect(screen.getByText('None recorded yet.')).toBeTruthy();
  });
});
