// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OpportunityEntry } from '../../../shared/entry/entry';
import { NewOpportunityForm } from './NewOpportunityForm';

afterEach(cleanup);

let n = 0;
const ids = () => ({
  newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  user: 'Sam',
  now: '2026-12-08T10:00:00.000Z',
});

const FIVE_QUESTIONS = [
  '1. Tell us about your organisation (300 words)',
  '2. What would you like to do? (500 words)',
  '3. Who will benefit? (250 words)',
  'Q4 - How will you know it worked? 20%',
  '5. Why now? (150 words)',
].join('\n');

function setup() {
  const saved: OpportunityEntry[] = [];
  const onSave = vi.fn((entry: OpportunityEntry) => {
    saved.push(entry);
  });
  const onCancel = vi.fn();
  render(<NewOpportunityForm onSave={onSave} onCancel={onCancel} ids={ids} />);
  return { user: userEvent.setup({ delay: null }), saved, onSave, onCancel };
}

describe('New opportunity', () => {
  it('makes a grant with a pasted list of five questions, one row each', async () => {
    const { user, saved } = setup();
    await user.selectOptions(screen.getByLabelText('Kind'), 'Grant');
    await user.type(screen.getByLabelText('Title'), 'Community Safety Fund 2027');
    await user.type(screen.getByLabelText('Funder or buyer'), 'Cornwall PCC');
    await user.type(screen.getByLabelText('Date'), '2027-03-12');
    await user.type(screen.getByLabelText('Time (optional)'), '17:00');
    await user.click(screen.getByLabelText('Questions'));
    await user.paste(FIVE_QUESTIONS);

    const table = screen.getByRole('table', { name: 'Questions of this opportunity' });
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(screen.getByLabelText('Question 4')).toHaveProperty(
      'value',
      'How will you know it worked?',
    );
    expect(screen.getByLabelText('Word limit of question 1')).toHaveProperty('value', '300');
    expect(screen.getByLabelText('Weight of question 4')).toHaveProperty('value', '20');
    expect(screen.getByRole('status').textContent).toContain(
      '5 questions read from what you pasted',
    );
    expect(screen.getByText('From: 3. Who will benefit? (250 words)')).toBeTruthy();

    // Every row stays editable before saving.
    await user.clear(screen.getByLabelText('Word limit of question 5'));
    await user.type(screen.getByLabelText('Word limit of question 5'), '200');
    await user.click(screen.getByRole('button', { name: 'Create opportunity' }));

    expect(saved).toHaveLength(1);
    const entry = saved[0];
    expect(entry).toMatchObject({
      kind: 'grant',
      title: 'Community Safety Fund 2027',
      buyer: 'Cornwall PCC',
      deadline: { day: '2027-03-12', time: '17:00' },
      updatedBy: 'Sam',
    });
    expect(entry?.questions.map((q) => [q.number, q.wordLimit, q.weight])).toEqual([
      ['1', 300, null],
      ['2', 500, null],
      ['3', 250, null],
      ['4', null, 20],
      ['5', 200, null],
    ]);
  });

  it('says what is missing in words and saves nothing', async () => {
    const { user, onSave } = setup();
    await user.type(screen.getByLabelText('Link (optional)'), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Create opportunity' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText('Give the opportunity a title')).toBeTruthy();
    expect(screen.getByText('Name the funder or buyer')).toBeTruthy();
    expect(screen.getByText('Enter the deadline, or tick “No deadline (rolling)”')).toBeTruthy();
    expect(screen.getByText('Paste the whole link, starting https://')).toBeTruthy();
  });

  it('takes a rolling programme, and a deadline day with no time given', async () => {
    const { user, saved } = setup();
    await user.type(screen.getByLabelText('Title'), 'Awards for All');
    await user.type(
      screen.getByLabelText('Funder or buyer'),
      'The National Lottery Community Fund',
    );
    await user.type(screen.getByLabelText('Date'), '2027-01-20');
    expect(
      screen.getByText(/Wednesday 20 January 2027: no time given, shown as a day/),
    ).toBeTruthy();
    await user.click(screen.getByLabelText('No deadline (rolling)'));
    expect(screen.queryByLabelText('Date')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Create opportunity' }));
    expect(saved[0]?.deadline).toBeNull();
  });

  it('reads questions typed rather than pasted when asked', async () => {
    const { user } = setup();
    await user.type(
      screen.getByLabelText('Questions'),
      'Describe your safeguarding (max 500 words)',
    );
    await user.click(screen.getByRole('button', { name: 'Add these questions' }));
    expect(screen.getByLabelText('Question 1')).toHaveProperty(
      'value',
      'Describe your safeguarding',
    );
    expect(screen.getByLabelText('Word limit of question 1')).toHaveProperty('value', '500');
  });
});

describe('Edit opportunity', () => {
  it('shows what was entered and keeps the ids of the entry and its questions', async () => {
    const first = setup();
    await first.user.type(screen.getByLabelText('Title'), 'Awards for All');
    await first.user.type(
      screen.getByLabelText('Funder or buyer'),
      'The National Lottery Community Fund',
    );
    await first.user.click(screen.getByLabelText('No deadline (rolling)'));
    await first.user.click(screen.getByLabelText('Questions'));
    await first.user.paste(
      '1. What would you like to do? (300 words)\n2. Who will benefit? (150 words)',
    );
    await first.user.click(screen.getByRole('button', { name: 'Create opportunity' }));
    const stored = { ...(first.saved[0] as OpportunityEntry), opportunityId: 'opp-1' };
    cleanup();

    const saved: OpportunityEntry[] = [];
    render(
      <NewOpportunityForm
        initial={stored}
        onSave={(e) => void saved.push(e)}
        onCancel={() => undefined}
        ids={ids}
      />,
    );
    const user = userEvent.setup({ delay: null });
    expect(screen.getByRole('heading', { name: 'Edit opportunity' })).toBeTruthy();
    expect(screen.getByLabelText('Question 2')).toHaveProperty('value', 'Who will benefit?');
    expect(screen.getByLabelText('No deadline (rolling)')).toHaveProperty('checked', true);
    await user.click(screen.getByLabelText('No deadline (rolling)'));
    await user.type(screen.getByLabelText('Date'), '2027-02-01');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const edited = saved[0];
    expect(edited?.id).toBe(stored.id);
    expect(edited?.createdAt).toBe(stored.createdAt);
    expect(edited?.opportunityId).toBe('opp-1');
    expect(edited?.questions.map((q) => q.id)).toEqual(stored.questions.map((q) => q.id));
    expect(edited?.deadline).toEqual({ day: '2027-02-01', time: null });
  });
});
