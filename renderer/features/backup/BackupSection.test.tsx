// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../bridge/bridge';
import { updateChecklistItem, type BidDeskDatabase } from '../../db';
import { parseBackup } from '../../db/backup';
import {
  fillWorkspace,
  present,
  workspaceFixture,
  workspaceSeeds,
  type FilledWorkspace,
} from '../../../test/workspace-fixture';
import { BackupSection } from './BackupSection';
import { useBackupStore } from './backup-store';

const NOW = new Date('2026-04-20T09:00:00Z');
let db: BidDeskDatabase;
let ids: FilledWorkspace;
let user: UserEvent;
const saveText = vi.fn<Bridge['saveText']>();

beforeEach(async () => {
  saveText.mockReset().mockResolvedValue(true);
  ({ db } = await workspaceFixture(NOW, { user: 'Alice', host: { saveText } }));
  ids = await fillWorkspace(db, workspaceSeeds());
  useBackupStore.setState({
    working: null,
    progress: null,
    status: '',
    error: null,
    pending: null,
    snapshots: null,
    confirming: null,
  });
  user = userEvent.setup();
});

afterEach(() => {
  cleanup();
  db.close();
});

const status = () => screen.getByRole('status');
const firstItem = async () =>
  present(
    await db.checklistItems.where('opportunityId').equals(ids.stalking).sortBy('position'),
    'items',
  )[0];

async function backUp(): Promise<string> {
  render(<BackupSection />);
  await screen.findByText(/No snapshots yet/);
  await user.click(screen.getByRole('button', { name: 'Back up everything' }));
  await waitFor(() => expect(status().textContent).toMatch(/^Backed up/));
  const [name, mime, text] = present(saveText.mock.calls[0], 'a saved file');
  expect(name).toBe('bid-desk-backup-2026-04-20-1000.json');
  expect(mime).toBe('application/json');
  return text;
}

describe('Back up and restore', () => {
  it('saves everything as one JSON backup through the bridge', async () => {
    const text = await backUp();
    const file = parseBackup(text);
    expect(file.tables.opportunities).toHaveLength(3);
    expect(file.tables.decisions).toHaveLength(1);
    expect(status().textContent).toMatch(
      /^Backed up 3 opportunities and all their work to bid-desk-backup-2026-04-20-1000\.json \(\d+ kB\)\.$/,
    );
  });

  it('shows what a restore will change, changes nothing until confirmed, then restores', async () => {
    const text = await backUp();
    const item = present(await firstItem(), 'an item');
    await updateChecklistItem(
      db,
      item.id,
      { title: 'Changed after the backup' },
      { now: NOW, user: 'Bob' },
    );

    const input = screen.getByLabelText('Restore from a backup file');
    await user.upload(input, new File([text], 'backup.json', { type: 'application/json' }));
    const preview = await screen.findByRole('region', { name: 'Restore from “backup.json”?' });
    expect(preview.textContent).toContain('Backup made 20 Apr 2026, 10:00 by Alice.');
    expect(preview.textContent).toContain('Replaces 1 opportunity with the backup’s copy');
    expect(within(preview).getByText('Checklist items: 1 replaced')).toBeTruthy();
    expect(preview.textContent).toContain('Leaves 2 opportunities as they are');
    expect(preview.textContent).toContain(
      'Your records: 1 checklist item replaced by the backup’s copy.',
    );
    expect(document.activeElement?.textContent).toBe('Restore from “backup.json”?');
    expect((await firstItem())?.title).toBe('Changed after the backup');

    await user.click(within(preview).getByRole('button', { name: 'Restore now' }));
    await waitFor(() => expect(status().textContent).toMatch(/^Restored from backup\.json/));
    expect(status().textContent).toContain(
      '0 opportunities added, 1 replaced by the backup’s copy, 2 already the same.',
    );
    expect(status().textContent).toContain('To undo, restore the snapshot of 20 Apr 2026, 10:00.');
    expect((await firstItem())?.title).toBe(item.title);
    expect(screen.queryByRole('region', { name: /Restore from/ })).toBeNull();
    // The snapshot taken before the restore is listed.
    expect(await screen.findByText(/taken just before a restore/)).toBeTruthy();
  });

  it('shows a restore moving: the snapshot first, then the records written', () => {
    useBackupStore.setState({ working: 'restoring', progress: null });
    render(<BackupSection />);
    const bar = screen.getByRole('progressbar', { name: 'Restore progress' });
    expect(bar.getAttribute('value')).toBeNull(); // not yet measurable
    expect(screen.getByText('Keeping a snapshot of everything as it is now, then restoring…'));
    cleanup();

    useBackupStore.setState({ working: 'restoring', progress: { written: 12000, total: 48500 } });
    render(<BackupSection />);
    const moving = screen.getByRole('progressbar', { name: 'Restore progress' });
    expect(moving.getAttribute('value')).toBe('12000');
    expect(moving.getAttribute('max')).toBe('48500');
    expect(screen.getByText('Restoring: 12,000 of 48,500 records written…')).toBeTruthy();
    // Nothing else can start meanwhile.
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Back up everything' }).disabled,
    ).toBe(true);
  });

  it('says why a file cannot be restored, and changes nothing', async () => {
    render(<BackupSection />);
    const before = await db.opportunities.count();
    await user.upload(
      screen.getByLabelText('Restore from a backup file'),
      new File(['{"releases": []}'], 'notice.json', { type: 'application/json' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Could not restore from notice.json. This file is not a Bid Desk backup. Choose a file made with “Back up everything”. Nothing has been changed.',
    );
    expect(await db.opportunities.count()).toBe(before);
  });

  it('restores a snapshot after asking, replacing what changed since', async () => {
    render(<BackupSection />);
    await user.click(await screen.findByRole('button', { name: 'Take a snapshot now' }));
    const restore = await screen.findByRole('button', { name: 'Restore this snapshot' });
    expect(restore.getAttribute('aria-describedby')).toBeTruthy();
    await db.decisions.clear();

    await user.click(restore);
    const confirm = await screen.findByRole('group', {
      name: 'Replace everything with the snapshot of 20 Apr 2026, 10:00?',
    });
    expect(confirm.textContent).toContain('3 opportunities, 1 decision');
    expect(await db.decisions.count()).toBe(0);
    await user.click(within(confirm).getByRole('button', { name: 'Replace everything' }));
    await waitFor(() =>
      expect(status().textContent).toMatch(
        /^Restored the snapshot of 20 Apr 2026, 10:00: Bid Desk now holds 3 opportunities/,
      ),
    );
    expect(await db.decisions.count()).toBe(1);
    expect(screen.getAllByRole('button', { name: 'Restore this snapshot' })).toHaveLength(2);
  });
});
