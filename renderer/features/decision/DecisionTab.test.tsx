// @vitest-environment jsdom
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedBytes, SEEDS } from '../../../test/corpus';
import { getUserName, listDecisions, type BidDeskDatabase, type OpportunityDetail } from '../../db';
import { DecisionTab } from './DecisionTab';
import { useDecisionStore } from './decision-store';
import { openWithNotice } from '../../../test/workspace-fixture';

const NOW = new Date('2026-04-20T09:00:00Z');
// Live queries answer after IndexedDB does, and jsdom works out every role and name by hand: on a
// busy two-core machine a test that scores a whole matrix can take seconds.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 60_000 });
const FACTORS = [
  'Mission fit',
  'Geography',
  'Evidence and track record',
  'Relationship with the buyer',
  'Competition and incumbent',
  'Financial viability and full cost recovery',
  'Capacity to bid and to mobilise',
  'Risk',
];
const GATES = [
  'Within our charitable objects',
  'We pass the selection tests',
  'The deadline is achievable',
  'No conflict of interest',
  'Suitable for a VCSE organisation',
];

const ASK_NAME = 'Your name (used to sign your decisions)';

let db: BidDeskDatabase;
let detail: OpportunityDetail;
let user: UserEvent;

/** Open a seed notice's go/no-go tab, as the app does. */
async function openTab(seed: keyof typeof SEEDS) {
  useDecisionStore.setState({ scopes: {}, reassessing: {}, message: null, busy: false });
  // The clock moves a minute per read, so two decisions recorded in one test have an order.
  let tick = 0;
  ({ db, detail } = await openWithNotice(
    { name: SEEDS[seed], bytes: seedBytes(SEEDS[seed]) },
    () => new Date(NOW.getTime() + 60_000 * tick++),
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
const assessment = () => screen.getByTestId('assessment');

async function answerGate(name: string, answer: 'Pass' | 'Fail' | 'Not sure yet') {
  await user.click(within(group(name)).getByRole('radio', { name: answer }));
}

async function scoreAll(score: number) {
  for (const factor of FACTORS) {
    await user.click(within(group(factor)).getByRole('radio', { name: new RegExp(`^${score}`) }));
  }
}

async function passAllGates() {
  for (const gate of GATES) await answerGate(gate, 'Pass');
}

async function recordInForm(outcome: 'Bid' | 'No bid' | 'Undecided', rationale: string) {
  await user.click(within(group('What did you decide?')).getByRole('radio', { name: outcome }));
  // The first decision asks for the user's name; once given, "Decided by" is filled with it.
  const name =
    screen.queryByRole('textbox', { name: 'Decided by' }) ??
    screen.getByRole('textbox', { name: ASK_NAME });
  await user.clear(name);
  await user.type(name, 'Priya Shah');
  await user.type(screen.getByRole('textbox', { name: 'Why? (rationale)' }), rationale);
  const before = screen.queryAllByTestId('decision-history-entry').length;
  await user.click(screen.getByRole('button', { name: 'Record decision' }));
  await screen.findByText(/^Recorded: /);
  await waitFor(() =>
    expect(screen.queryAllByTestId('decision-history-entry')).toHaveLength(before + 1),
  );
}

describe('go/no-go tab', () => {
  beforeEach(() => openTab('staffordshireStalking'));

  it('answers the VCSE gate from the notice and says so', () => {
    const vcse = group('Suitable for a VCSE organisation');
    expect(within(vcse).getByRole<HTMLInputElement>('radio', { name: 'Pass' }).checked).toBe(true);
    expect(vcse.textContent).toContain('Answered from the notice');
    expect(screen.getByTestId('decision-rollup').textContent).toBe('No decision yet');
  });

  it('scores every factor 5 with every gate passed as 100 out of 100 and "Bid"', async () => {
    expect(within(assessment()).getByText('No score yet')).toBeTruthy();
    await passAllGates();
    await scoreAll(5);
    expect(screen.getByTestId('assessment-score').textContent).toBe('100');
    expect(screen.getByTestId('recommendation').textContent).toBe('Bid');
    expect(assessment().textContent).toContain(
      'The score of 100 is at or above the bid threshold of 70.',
    );
  });

  it('says "No bid" when a gate fails, whatever the scores', async () => {
    await passAllGates();
    await scoreAll(5);
    await answerGate('No conflict of interest', 'Fail');
    expect(screen.getByTestId('assessment-score').textContent).toBe('100');
    expect(screen.getByTestId('recommendation').textContent).toBe('No bid');
    expect(assessment().textContent).toContain(
      'No bid — gate not passed: No conflict of interest, whatever the score.',
    );
  });

  it('caps an incomplete assessment at "Review" and says what is missing', async () => {
    await scoreAll(4);
    expect(screen.getByTestId('assessment-score').textContent).toBe('80');
    expect(screen.getByTestId('recommendation').textContent).toBe('Review');
    expect(assessment().textContent).toContain('Some gates are not answered yet');
  });

  it('needs a name, an outcome and a rationale before recording, in plain words', async () => {
    await user.clear(screen.getByRole('textbox', { name: ASK_NAME }));
    await user.click(screen.getByRole('button', { name: 'Record decision' }));
    expect(await screen.findByText('Say who made the decision')).toBeTruthy();
    expect(screen.getByText('Write down why: trustees and debriefs will ask')).toBeTruthy();
    expect(screen.getByText('Choose what was decided: bid, no bid or undecided')).toBeTruthy();
    expect(screen.getByText('None recorded yet.')).toBeTruthy();
    expect(await listDecisions(db, detail.opportunity.id)).toHaveLength(0);
  });

  it('asks for the name once, at the first decision, and remembers it', async () => {
    const ask = screen.getByRole('textbox', { name: ASK_NAME });
    expect(screen.queryByRole('textbox', { name: 'Decided by' })).toBeNull();
    expect(ask.getAttribute('aria-describedby')).toBe('decided-by-hint');
    expect(screen.getByText(/^Asked once: Bid Desk remembers it/)).toBeTruthy();
    await recordInForm('Bid', 'Strong fit with our stalking advocacy work.');
    expect(await getUserName(db)).toBe('Priya Shah');
    const [decision] = await listDecisions(db, detail.opportunity.id);
    expect(decision).toMatchObject({ decidedBy: 'Priya Shah', updatedBy: 'Priya Shah' });
    await user.click(screen.getByRole('button', { name: 'Reassess and record a new decision' }));
    const decidedBy = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Decided by' });
    expect(decidedBy.value).toBe('Priya Shah');
    expect(screen.queryByRole('textbox', { name: ASK_NAME })).toBeNull();
  });

  it('appends decisions: the newest is on top, the earlier one kept, the form starts from it', async () => {
    await passAllGates();
    await scoreAll(4);
    await recordInForm('Bid', 'Strong fit with our stalking advocacy work.');
    expect(screen.getByTestId('decision-rollup').textContent).toBe('Bidding');
    // The decision now shows in force instead of the form; reassessing opens a new one.
    const inForce = screen.getByRole('region', {
      name: 'The decision about the whole opportunity',
    });
    expect(inForce.textContent).toContain('Strong fit with our stalking advocacy work.');
    expect(screen.queryByRole('button', { name: 'Record decision' })).toBeNull();
    await user.click(
      within(inForce).getByRole('button', { name: 'Reassess and record a new decision' }),
    );
    expect(
      screen.getByText(/^Started from the decision of 20 Apr 2026 \(Bid, by Priya Shah/),
    ).toBeTruthy();
    // The new form starts from the decision just recorded.
    const mission = within(group('Mission fit')).getByRole('radio', { name: /^4/ });
    expect((mission as HTMLInputElement).checked).toBe(true);

    await answerGate('The deadline is achievable', 'Fail');
    await recordInForm('No bid', 'Two key staff leave in May; we cannot write it in time.');
    const entries = screen.getAllByTestId('decision-history-entry');
    expect(entries).toHaveLength(2);
    expect(entries[0]?.textContent).toContain('No bid');
    expect(entries[0]?.textContent).toContain('Two key staff leave in May');
    expect(entries[0]?.textContent).toContain('recommendation No bid');
    expect(entries[1]?.textContent).toContain('Strong fit with our stalking advocacy work.');
    expect(entries[1]?.textContent).toContain('Score 80 out of 100 · recommendation Bid');
    expect(entries[1]?.textContent).toContain('Priya Shah, 20 Apr 2026');
    expect(
      within(screen.getByRole('region', { name: 'Earlier decisions' })).getAllByTestId(
        'decision-history-entry',
      ),
    ).toHaveLength(1);
    expect(screen.getByTestId('decision-rollup').textContent).toBe('Not bidding');
    expect(await listDecisions(db, detail.opportunity.id)).toHaveLength(2);
  });

  it('offers the lot’s submission checklist after a "bid" and takes the user to it', async () => {
    await passAllGates();
    await scoreAll(5);
    await recordInForm('Bid', 'We run the current service.');
    await user.click(
      screen.getByRole('button', { name: 'Create the submission checklist for this lot' }),
    );
    expect(
      await screen.findByText(/^Submission checklist created for Lot 1: \d+ items\.$/),
    ).toBeTruthy();
    const checklist = `#/opportunities/${encodeURIComponent(detail.opportunity.id)}/checklist`;
    await waitFor(() => expect(window.location.hash).toBe(checklist));
    const link = await screen.findByRole('link', { name: 'Open the Checklist tab' });
    expect(link.getAttribute('href')).toBe(checklist);
  });
});
