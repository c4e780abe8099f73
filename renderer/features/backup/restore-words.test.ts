import { describe, expect, it } from 'vitest';
import type { OpportunityChanges } from '../../db/backup';
import { opportunityChangeLines, settingNames } from './restore-words';

/** Nothing differs: each case below sets what it is about. */
const none: OpportunityChanges = { title: null, notice: null, rowChanged: false, tables: {} };

describe('what a restore changes for an opportunity, in words', () => {
  it('names the notice versions by day and each table’s records, capitalised', () => {
    // The stalking seed: this machine holds the 8 Apr notice, the backup its 15 Apr amendment.
    const lines = opportunityChangeLines({
      ...none,
      rowChanged: true,
      notice: {
        storedUpdatedAt: '2026-04-08T15:03:16+01:00',
        backupUpdatedAt: '2026-04-15T10:00:00+01:00',
      },
      tables: {
        checklistItems: { added: 9, replaced: 0, removed: 3 },
        decisions: { added: 1, replaced: 0, removed: 0 },
      },
    });
    expect(lines).toEqual([
      'Notice: the backup’s version (updated 15 Apr 2026) replaces the one stored now (updated 8 Apr 2026)',
      'Checklist items: 9 added, 3 removed (not in the backup)',
      'Go/no-go decisions: 1 added',
    ]);
  });

  it('says the notice is the backup’s copy when the days cannot tell the versions apart', () => {
    const sameDay = opportunityChangeLines({
      ...none,
      notice: {
        storedUpdatedAt: '2026-04-08T09:00:00+01:00',
        backupUpdatedAt: '2026-04-08T15:03:16+01:00',
      },
    });
    const unknown = opportunityChangeLines({
      ...none,
      notice: { storedUpdatedAt: null, backupUpdatedAt: '2026-04-08T15:03:16+01:00' },
    });
    expect(sameDay).toEqual(['Notice: the backup’s copy replaces the one stored now']);
    expect(unknown).toEqual(sameDay);
  });

  it('gives a changed title, and the pipeline details only when nothing else is said', () => {
    expect(
      opportunityChangeLines({
        ...none,
        rowChanged: true,
        title: { stored: 'Victim Support', backup: 'Victim Support & Restorative Practice' },
      }),
    ).toEqual(['Title: “Victim Support” becomes “Victim Support & Restorative Practice”']);
    expect(opportunityChangeLines({ ...none, rowChanged: true })).toEqual([
      'Pipeline details (stage, dates, unread changes) as in the backup',
    ]);
  });
});

describe('the settings a restore changes', () => {
  it('are named in the user’s words, the lots’ scoring scales once', () => {
    expect(
      settingNames(['decisionSettings', 'scale:lot-1', 'scale:lot-2', 'checklistTemplate']),
    ).toEqual(['go/no-go settings', 'scoring scales', 'checklist template']);
  });

  it('name an unknown key as itself, even __proto__ or toString', () => {
    expect(settingNames(['__proto__', 'toString'])).toEqual(['__proto__', 'toString']);
  });
});
