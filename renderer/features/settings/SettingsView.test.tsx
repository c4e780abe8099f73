// @vitest-environment jsdom
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedBytes, SEEDS } from '../../../test/corpus';
import { services } from '../../app/services';
import {
  getChecklistTemplate,
  getDecisionSettings,
  getUserName,
  type BidDeskDatabase,
  type OpportunityDetail,
} from '../../db';
import { DecisionTab } from '../decision/DecisionTab';
import { openWithNotice } from '../../../test/workspace-fixture';
import { SettingsView } from './SettingsView';
import { useSettingsStore } from './settings-store';

const NOW = new Date('2026-04-20T09:00:00Z');
// Live queries answer after IndexedDB does, and jsdom works out every role and name by hand: on a
// busy two-core machine a test that scores a whole matrix can take seconds.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 60_000 });

let db: BidDeskDatabase;
let detail: OpportunityDetail;
let user: UserEvent;

beforeEach(async () => {
  useSettingsStore.setState({ status: {}, saving: {} });
  ({ db, detail } = await openWithNotice(
    { name: SEEDS.staffordshireStalking, bytes: seedBytes(SEEDS.staffordshireStalking) },
    () => NOW,
  ));
  user = userEvent.setup({ delay: null });
});

afterEach(() => {
  cleanup();
  db.close();
});

const region = (name: string) => screen.getByRole('region', { name });
const matrix = () => region('Go/no-go decision matrix');
const group = (name: string | RegExp, inside: HTMLElement = document.body) =>
  within(inside).getByRole('group', { name });

async function showSettings(withDecision = false) {
  render(
    <>
      <SettingsView />
      {withDecision && <DecisionTab detail={detail} now={NOW} />}
    </>,
  );
  await screen.findByRole('region', { name: 'Go/no-go decision matrix' });
  if (withDecision) await screen.findByRole('heading', { name: 'Go/no-go decision' });
}

async function replace(input: HTMLElement, text: string) {
  await user.clear(input);
  if (text) await user.type(input, text);
}

async function saveMatrix() {
  await user.click(within(matrix()).getByRole('button', { name: 'Save the decision matrix' }));
  await within(matrix()).findByText(/^Saved\. New assessments use this matrix/);
}

describe('settings', () => {
  it('changes the live assessment when weights and thresholds change', async () => {
    await showSettings(true);
    const assessment = screen.getByTestId('assessment');
    for (const gate of await within(region('1. Hard gates')).findAllByRole('group')) {
      await user.click(within(gate).getByRole('radio', { name: 'Pass' }));
    }
    const factors = within(region('2. Weighted factors')).getAllByRole('group');
    for (const [i, factor] of factors.entries()) {
      await user.click(within(factor).getByRole('radio', { name: new RegExp(`^${i ? 1 : 5}`) }));
    }
    // Mission fit (20 of 100) scored 5, the rest 1: 180 of 500 points.
    expect(within(assessment).getByTestId('assessment-score').textContent).toBe('36');
    expect(within(assessment).getByTestId('recommendation').textContent).toBe('No bid');

    const mission = group('Factor 1', matrix());
    await replace(within(mission).getByRole('spinbutton', { name: 'Weight (0–100)' }), '100');
    expect(within(mission).getByTestId('factor-share').textContent).toBe('56% of the score');
    await saveMatrix();
    // 100 × 5 + 80 × 1 = 580 of 900 points.
    await waitFor(() =>
      expect(within(assessment).getByTestId('assessment-score').textContent).toBe('64.4'),
    );
    expect(within(assessment).getByTestId('recommendation').textContent).toBe('Review');

    await replace(within(matrix()).getByRole('spinbutton', { name: 'Bid at a score of' }), '60');
    await saveMatrix();
    await waitFor(() =>
      expect(within(assessment).getByTestId('recommendation').textContent).toBe('Bid'),
    );
    expect(assessment.textContent).toContain('at or above the bid threshold of 60');
    expect((await getDecisionSettings(db)).thresholds).toEqual({ bid: 60, review: 50 });
  });

  it('refuses a review threshold above the bid threshold or an empty weight, in plain words', async () => {
    await showSettings();
    await replace(within(matrix()).getByRole('spinbutton', { name: 'Review at a score of' }), '80');
    await replace(
      within(group('Factor 2', matrix())).getByRole('spinbutton', { name: 'Weight (0–100)' }),
      '',
    );
    await user.click(within(matrix()).getByRole('button', { name: 'Save the decision matrix' }));
    expect(await within(matrix()).findByText('Enter a weight from 0 to 100')).toBeTruthy();
    await replace(
      within(group('Factor 2', matrix())).getByRole('spinbutton', { name: 'Weight (0–100)' }),
      '10',
    );
    await user.click(within(matrix()).getByRole('button', { name: 'Save the decision matrix' }));
    expect(
      await within(matrix()).findByText('The review threshold must not be above the bid threshold'),
    ).toBeTruthy();
    expect((await getDecisionSettings(db)).thresholds).toEqual({ bid: 70, review: 50 });
  });

  it('adds, renames and removes gates (with undo), and the go/no-go form follows', async () => {
    await showSettings(true);
    await replace(
      within(group('Gate 1', matrix())).getByRole('textbox', { name: 'Name' }),
      'Within our objects',
    );
    await user.click(
      within(group('Gate 4', matrix())).getByRole('button', { name: 'Remove this gate' }),
    );
    expect(within(matrix()).getByText(/^Removed the gate “No conflict of interest”/)).toBeTruthy();
    await user.click(within(matrix()).getByRole('button', { name: 'Undo' }));
    expect(within(group('Gate 4', matrix())).getByRole('textbox', { name: 'Name' })).toHaveProperty(
      'value',
      'No conflict of interest',
    );
    await user.click(
      within(group('Gate 2', matrix())).getByRole('button', { name: 'Remove this gate' }),
    );
    await user.click(within(matrix()).getByRole('button', { name: 'Add a gate' }));
    await user.type(
      within(group('Gate 5', matrix())).getByRole('textbox', { name: 'Name' }),
      'Trustees agree',
    );
    await saveMatrix();

    const gates = (await getDecisionSettings(db)).gates.map((g) => g.label);
    expect(gates).toEqual([
      'Within our objects',
      'The deadline is achievable',
      'No conflict of interest',
      'Suitable for a VCSE organisation',
      'Trustees agree',
    ]);
    const form = region('1. Hard gates');
    await within(form).findByRole('group', { name: /^Trustees agree/ });
    expect(within(form).queryByRole('group', { name: /^We pass the selection tests/ })).toBeNull();
  });

  it('restores the default matrix only after asking', async () => {
    await showSettings();
    await replace(within(matrix()).getByRole('spinbutton', { name: 'Bid at a score of' }), '90');
    await saveMatrix();
    await user.click(within(matrix()).getByRole('button', { name: 'Restore defaults' }));
    await user.click(within(matrix()).getByRole('button', { name: 'Cancel' }));
    expect((await getDecisionSettings(db)).thresholds.bid).toBe(90);
    await user.click(within(matrix()).getByRole('button', { name: 'Restore defaults' }));
    await user.click(within(matrix()).getByRole('button', { name: 'Yes, restore the defaults' }));
    await within(matrix()).findByText('Restored the default gates, factors and thresholds.');
    expect((await getDecisionSettings(db)).thresholds.bid).toBe(70);
    expect(within(matrix()).getByRole('spinbutton', { name: 'Bid at a score of' })).toHaveProperty(
      'value',
      '70',
    );
  });

  it('remembers your name and fills it in as "decided by"', async () => {
    await showSettings(true);
    const yours = region('Your name');
    await user.click(within(yours).getByRole('button', { name: 'Save your name' }));
    expect(await within(yours).findByText('Enter your name')).toBeTruthy();
    await user.type(within(yours).getByRole('textbox', { name: 'Your name' }), '  Priya Shah ');
    await user.click(within(yours).getByRole('button', { name: 'Save your name' }));
    await within(yours).findByText(
      /^Saved\. Your decisions and changes are now recorded as Priya Shah\./,
    );
    expect(await getUserName(db)).toBe('Priya Shah');
    expect(services().user).toBe('Priya Shah');
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Decided by' })).toHaveProperty(
        'value',
        'Priya Shah',
      ),
    );
  });

  it('edits the checklist template: days, order, removal with undo, a new item', async () => {
    await showSettings();
    const template = region('Submission checklist template');
    const first = group('Item 1', template);
    expect(within(first).getByRole('textbox', { name: 'What needs doing' })).toHaveProperty(
      'value',
      'Register on the Central Digital Platform and get the share code',
    );
    await replace(
      within(first).getByRole('spinbutton', { name: 'Working days before the deadline' }),
      '28',
    );
    await user.click(within(first).getByRole('button', { name: /down$/ }));
    await user.click(
      within(group('Item 3', template)).getByRole('button', { name: 'Remove this item' }),
    );
    await user.click(within(template).getByRole('button', { name: 'Undo' }));
    await user.click(
      within(group('Item 16', template)).getByRole('button', { name: 'Remove this item' }),
    );
    await user.click(within(template).getByRole('button', { name: 'Add an item' }));
    await user.type(
      within(group('Item 16', template)).getByRole('textbox', { name: 'What needs doing' }),
      'Chair of trustees signs the bid',
    );
    await user.click(within(template).getByRole('button', { name: 'Save the checklist template' }));
    await within(template).findByText(/^Saved\. Checklists created from now on use this template/);

    const saved = await getChecklistTemplate(db);
    expect(saved).toHaveLength(16);
    expect(saved[0]?.id).toBe('portal-registration');
    expect(saved[1]).toMatchObject({ id: 'cdp-registration', offsetDays: 28 });
    expect(saved[2]?.id).toBe('tupe');
    expect(saved.some((item) => item.id === 'portal-upload')).toBe(false);
    expect(saved[15]).toMatchObject({ title: 'Chair of trustees signs the bid', offsetDays: 5 });
  });
});
