import { describe, expect, it } from 'vitest';
import { SEEDS, corpusAvailable, corpusJson, seedBytes } from '../../test/corpus';
import { findDates } from './prose-dates';
import { findEngagement } from './prose-engagement';
import { timeFromDescription } from './milestone-time';

interface Milestone {
  dueDate: string;
  description?: string;
  title?: string;
}

function seedMilestone(name: string): Milestone {
  const text = new TextDecoder().decode(seedBytes(name));
  const release = JSON.parse(text.slice(text.indexOf('\n{') + 1)) as {
    planning: { milestones: Milestone[] };
  };
  return release.planning.milestones[0] as Milestone;
}

describe('timeFromDescription on the seeds', () => {
  it('seed 001: a 23:59:59 due date becomes the described 10:00-11:30', () => {
    const m = seedMilestone(SEEDS.cleveland);
    expect(m.dueDate).toBe('2026-06-08T23:59:59+01:00');
    const t = timeFromDescription(
      m.dueDate,
      m.description ?? null,
      'planning.milestones[0].description',
    );
    expect(t).toEqual({
      start: '2026-06-08T10:00:00+01:00',
      end: '2026-06-08T11:30:00+01:00',
      allDay: false,
      source: {
        field: 'planning.milestones[0].description',
        snippet:
          'The Pre-Market Engagement Event will be hosted via MS Teams on the 8th June 2026 commencing at 10:00.',
      },
    });
  });

  it('seed 002: the due day is the sign-up deadline, whose time is 5pm', () => {
    const m = seedMilestone(SEEDS.staffordshireHateCrime);
    expect(m.dueDate).toBe('2026-07-14T23:59:59+01:00');
    const t = timeFromDescription(m.dueDate, m.description ?? null, 'd');
    expect([t.start, t.end, t.allDay]).toEqual(['2026-07-14T17:00:00+01:00', null, false]);
    expect(t.source?.snippet).toContain('before 14th July 5pm 2026');
  });

  it('seed 004: a winter due date with no described time is all day at +00:00', () => {
    const m = seedMilestone(SEEDS.staffordshireStalking);
    const t = timeFromDescription(m.dueDate, m.description ?? null, 'd');
    expect(t).toEqual({
      start: '2026-03-06T00:00:00+00:00',
      end: null,
      allDay: true,
      source: null,
    });
  });
});

describe('timeFromDescription: other shapes', () => {
  it('uses the day as written in the due date, whatever its offset', () => {
    expect(timeFromDescription('2026-06-08T23:59:59Z', null, 'd').start).toBe(
      '2026-06-08T00:00:00+01:00',
    );
    expect(timeFromDescription('2026-10-26T00:00:00+00:00', '', 'd').start).toBe(
      '2026-10-26T00:00:00+00:00',
    );
  });

  it('ignores a time given for another day', () => {
    const t = timeFromDescription(
      '2026-06-08T23:59:59+01:00',
      'The webinar on 9 June 2026 starts at 2pm.',
      'd',
    );
    expect([t.start, t.allDay]).toEqual(['2026-06-08T00:00:00+01:00', true]);
  });

  it('takes a lone time when the description names no date', () => {
    const t = timeFromDescription(
      '2026-10-27T23:59:59+00:00',
      'Online briefing, 10:00 - 11:00, via Zoom.',
      'd',
    );
    expect([t.start, t.end, t.allDay]).toEqual([
      '2026-10-27T10:00:00+00:00',
      '2026-10-27T11:00:00+00:00',
      false,
    ]);
  });

  it('keeps a due date that carries a real time, in London time', () => {
    const t = timeFromDescription(
      '2009-05-01T09:00:00Z',
      'A public consultation will be held at the council offices',
      'd',
    );
    expect(t).toEqual({
      start: '2009-05-01T10:00:00+01:00',
      end: null,
      allDay: false,
      source: null,
    });
  });

  it('does not throw on an unreadable due date', () => {
    expect(timeFromDescription('soon', 'whenever', 'd')).toEqual({
      start: 'soon',
      end: null,
      allDay: true,
      source: null,
    });
  });
});

describe('timeFromDescription: a phrase naming several days', () => {
  it('gives the described time on the due day when it is any of the days', () => {
    const text =
      'Market engagement sessions will be held on Tuesday 2nd and Wednesday 3rd June 2026 from 10:00 to 11:30.';
    expect(timeFromDescription('2026-06-02T23:59:59+01:00', text, 'd')).toEqual({
      start: '2026-06-02T10:00:00+01:00',
      end: '2026-06-02T11:30:00+01:00',
      allDay: false,
      source: { field: 'd', snippet: text },
    });
  });
});

if (corpusAvailable('prose/milestone-time')) {
  describe('corpus engagement milestones', () => {
    it('083645: a description that is only a link gives the due day and no invented dates', () => {
      const pkg = corpusJson('fts/members/083645-2026.json') as {
        releases: Array<{ planning: { milestones: Milestone[] } }>;
      };
      const m = pkg.releases[0]?.planning.milestones[0] as Milestone;
      expect(m.description).toMatch(/^https:\/\/uk\.eu-supply\.com\//);
      expect(findDates(m.description ?? '')).toEqual([]);
      expect(findEngagement(m.description ?? '', 'd')).toEqual({
        events: [],
        signUpDeadlines: [],
        responseDeadlines: [],
      });
      expect(timeFromDescription(m.dueDate, m.description ?? null, 'd')).toEqual({
        start: '2026-10-02T00:00:00+01:00',
        end: null,
        allDay: true,
        source: null,
      });
    });

    it('083655: "Please review the PME documentation on the Jaggaer profile tender_654" is all day on 21 September', () => {
      const pkg = corpusJson('fts/pages/2026-09-03-p001.json') as {
        releases: Array<{ id: string; planning?: { milestones?: Milestone[] } }>;
      };
      const m = pkg.releases.find((r) => r.id === '083655-2026')?.planning
        ?.milestones?.[0] as Milestone;
      expect(m.description).toBe(
        'Please review the PME documentation on the Jaggaer profile tender_654',
      );
      expect(findEngagement(m.description ?? '', 'd').events).toEqual([]);
      expect(timeFromDescription(m.dueDate, m.description ?? null, 'd')).toEqual({
        start: '2026-09-21T00:00:00+01:00',
        end: null,
        allDay: true,
        source: null,
      });
    });

    it('Contracts Finder 832989: "Engagement end date" without description is all day on 21 March 2025 (GMT)', () => {
      const release = corpusJson(
        'contracts-finder/releases-text-altered/cf-f58cdc94-planning-832989.json',
      ) as {
        planning: { milestones: Milestone[] };
      };
      const m = release.planning.milestones[0] as Milestone;
      expect([m.title, m.dueDate, m.description]).toEqual([
        'Engagement end date',
        '2025-03-21T23:59:59Z',
        undefined,
      ]);
      expect(timeFromDescription(m.dueDate, m.description ?? null, 'd')).toEqual({
        start: '2025-03-21T00:00:00+00:00',
        end: null,
        allDay: true,
        source: null,
      });
    });
  });
}
