import { describe, expect, it } from 'vitest';
import { importNoticeFile } from '../../../shared/import/engine';
import { weekAgenda } from '../../../shared/workspace/agenda';
import { corpusBytes, corpusDir } from '../../../test/corpus';
import { groupAgenda } from './agenda-groups';

const MIDNIGHT = 'more-notices/derived-fts-pcr-midnight-deadline-06872e.json';

describe.runIf(corpusDir !== null)(
  'This week with a deadline at midnight (Carbine Magnifiers)',
  () => {
    it('lists the 00:00 deadline on 27 June under Friday 26 June, its last day', () => {
      const result = importNoticeFile({ name: 'carbine.json', bytes: corpusBytes(MIDNIGHT) });
      if (!result.ok) throw new Error(result.error.message);
      const [o] = result.opportunities;
      if (!o) throw new Error('one opportunity');
      const now = new Date('2026-06-22T09:00:00+01:00'); // Monday
      const agenda = weekAgenda(now, {
        opportunities: [{ id: 'o', title: o.title, stage: 'tender', keyDates: o.keyDates }],
        events: [],
        plans: [],
        checklist: [],
        decisions: [],
        outcomes: [],
      });
      const groups = groupAgenda(agenda, now);
      const deadline = groups.find((g) => g.items.some((i) => i.kind === 'deadline'));
      expect(deadline?.label).toBe('Friday 26 June');
      expect(deadline?.items.find((i) => i.kind === 'deadline')?.detail).toContain(
        'submit by the end of Friday 26 June',
      );
    });
  },
);
