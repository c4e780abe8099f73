// @vitest-environment jsdom
/**
 * The board as a user works it: a column per stage, cards moved by keyboard (Alt+arrows and the
 * Move menu) and by dragging, each move stored as the user's stage and announced; a big column
 * shows some cards and offers more.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLiveQuery } from 'dexie-react-hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { workspaceFixture } from '../../../test/workspace-fixture';
import { listOpportunities, stagesInForce, type BidDeskDatabase } from '../../db';
import { services } from '../../app/services';
import { PipelineView } from './PipelineView';
import { usePipelineMarks } from './pipeline-queries';
import { NO_MARKS } from './pipeline-marks';
import { NO_FILTERS } from './pipeline-model';
import { usePipelineStore } from './pipeline-store';
import { CARD_DRAG_TYPE } from './BoardCard';

vi.setConfig({ testTimeout: 60_000 });
const NOW = new Date('2026-04-20T09:00:00+01:00');
const STALKING = 'Provision of a Stalking Service';

/** The pipeline as App gives it: the live records and the user's marks. */
function LivePipeline() {
  const records = useLiveQuery(() => listOpportunities(services().db), []);
  const marks = usePipelineMarks();
  if (!records || !marks) return null;
  return <PipelineView records={records} outcomes={new Map()} marks={marks} />;
}

const column = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name} \\d`) });
const cardIn = (columnName: string, title: string) =>
  within(column(columnName)).findByRole('link', { name: new RegExp(title) });

let db: BidDeskDatabase;

beforeEach(() => {
  usePipelineStore.setState({ filters: NO_FILTERS, layout: 'board', showEnded: false });
});
afterEach(() => {
  cleanup();
  db.close();
});

describe('the board', () => {
  beforeEach(async () => {
    const fixture = await workspaceFixture(NOW);
    db = fixture.db;
    await fixture.importSeed('westMidlands');
    await fixture.importSeed('staffordshireStalking');
    render(<LivePipeline />);
    await screen.findByRole('region', { name: 'Board by stage' });
  });

  it('has a column per stage, with its count, and cards saying buyer, deadline and decision', async () => {
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Pipeline notice 0',
      'Market engagement 0',
      'Tender planned 1',
      'Tender 1',
      'Award 0',
      'Contract 0',
      'Cancelled 0',
      'Stage unknown 0',
    ]);
    const card = (await cardIn('Tender', STALKING)).closest('article') as HTMLElement;
    expect(card.textContent).toContain('Police, Fire & Crime Commissioner for Staffordshire');
    expect(card.textContent).toContain('Deadline 6 May 2026, 12:00');
    expect(card.textContent).toContain('No decision yet');
  });

  it('moves a card with Alt+Right arrow, keeps focus on it, announces and stores the move', async () => {
    const user = userEvent.setup({ delay: null });
    (await cardIn('Tender', STALKING)).focus();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    const moved = await cardIn('Award', STALKING);
    await waitFor(() => expect(document.activeElement).toBe(moved));
    expect(screen.getByRole('status').textContent).toMatch(
      /^Moved “Provision of a Stalking.*” to Award\.$/,
    );
    expect([...(await stagesInForce(db)).values()].map((m) => [m.stage, m.updatedBy])).toEqual([
      ['award', 'Tester'],
    ]);
    // Back with Alt+Left, from where it now is.
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    await cardIn('Tender', STALKING);
  });

  it('moves a card through its Move menu, by keyboard', async () => {
    const user = userEvent.setup({ delay: null });
    const move = screen.getByRole('button', { name: /^Move “West Midlands.*” to another stage$/ });
    move.focus();
    await user.keyboard('{Enter}');
    const menu = screen.getByRole('list', { name: /^Move “West Midlands.*” to$/ });
    const options = within(menu)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(options).not.toContain('Tender planned');
    expect(options).toHaveLength(7);
    within(menu).getByRole('button', { name: 'Contract' }).focus();
    await user.keyboard('{Enter}');
    await cardIn('Contract', 'West Midlands');
    expect(within(column('Tender planned')).queryByRole('link')).toBeNull();
  });

  it('moves a card dropped on another column', async () => {
    const card = (await cardIn('Tender', STALKING)).closest('article') as HTMLElement;
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (type: string, value: string) => data.set(type, value),
      getData: (type: string) => data.get(type) ?? '',
      get types() {
        return [...data.keys()];
      },
      effectAllowed: 'all',
      dropEffect: 'none',
    };
    fireEvent.dragStart(card, { dataTransfer });
    const target = column('Cancelled');
    fireEvent.dragOver(target, { dataTransfer });
    fireEvent.drop(target, { dataTransfer });
    await cardIn('Cancelled', STALKING);
    expect(data.get(CARD_DRAG_TYPE)).toBeTruthy();
  });
});

describe('a big column', () => {
  it('shows 40 cards at first and offers the rest 40 at a time', async () => {
    const fixture = await workspaceFixture(NOW);
    db = fixture.db;
    await fixture.importSeed('staffordshireStalking');
    const [stalking] = await listOpportunities(db);
    if (!stalking) throw new Error('the stalking tender was saved');
    const many = Array.from({ length: 95 }, (_, i) => ({
      ...stalking,
      id: `copy-${i}`,
      title: `Tender ${String(i).padStart(3, '0')}`,
    }));
    render(<PipelineView records={many} outcomes={new Map()} marks={NO_MARKS} />);
    const tender = column('Tender');
    expect(within(tender).getAllByRole('link')).toHaveLength(40);
    const more = within(tender).getByRole('button', { name: 'Show 40 more of 55 in Tender' });
    act(() => more.click());
    expect(within(tender).getAllByRole('link')).toHaveLength(80);
    act(() => within(tender).getByRole('button', { name: 'Show 15 more of 15 in Tender' }).click());
    expect(within(tender).getAllByRole('link')).toHaveLength(95);
    expect(within(tender).queryByRole('button', { name: /^Show/ })).toBeNull();
  });
});
