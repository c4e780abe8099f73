import { describe, expect, it } from 'vitest';
import { SEEDS, corpusAvailable, corpusJson, seedBytes } from '../../test/corpus';
import { Instant } from '../notice/model';
import { findEngagement } from './prose-engagement';

interface SeedRelease {
  tender: { description: string };
  planning?: { milestones?: Array<{ dueDate: string; description: string }> };
}

/** The OCDS release at the end of a seed page, and the page text before it. */
function seed(name: string): { release: SeedRelease; page: string } {
  const text = new TextDecoder().decode(seedBytes(name));
  const at = text.indexOf('\n{');
  return { release: JSON.parse(text.slice(at + 1)) as SeedRelease, page: text.slice(0, at) };
}

function milestoneText(name: string): string {
  return seed(name).release.planning?.milestones?.[0]?.description ?? '';
}

describe('seed 000: "MARKET ENGAGEMENT EVENT - THURSDAY 14th MAY 2026 - 4pm"', () => {
  const found = findEngagement(
    seed(SEEDS.westMidlands).release.tender.description,
    'tender.description',
  );

  it('gives one timed event at 4pm BST and nothing else', () => {
    expect(found.events).toHaveLength(1);
    const [event] = found.events;
    expect(event?.start).toBe('2026-05-14T16:00:00+01:00');
    expect(event?.end).toBeNull();
    expect(event?.allDay).toBe(false);
    expect(event?.source.field).toBe('tender.description');
    expect(event?.source.snippet).toContain(
      'MARKET ENGAGEMENT EVENT - THURSDAY 14th MAY 2026 - 4pm',
    );
    expect(found.signUpDeadlines).toEqual([]);
    expect(found.responseDeadlines).toEqual([]);
  });

  it('does not call the slides link a joining link', () => {
    expect(found.events[0]?.onlineUrl).toBeNull();
  });
});

describe('seed 001: Teams event "commencing at 10:00 ... conclude at approximately 11:30"', () => {
  const found = findEngagement(
    milestoneText(SEEDS.cleveland),
    'planning.milestones[0].description',
  );

  it('gives the event from 10:00 to 11:30 with the Teams link and no physical place', () => {
    expect(found.events).toEqual([
      {
        start: '2026-06-08T10:00:00+01:00',
        end: '2026-06-08T11:30:00+01:00',
        allDay: false,
        place: null,
        onlineUrl: 'https://teams.microsoft.com/meet/32604451044819?p=oYA2HCrXWDxyCAI7m4',
        source: {
          field: 'planning.milestones[0].description',
          snippet:
            'The Pre-Market Engagement Event will be hosted via MS Teams on the 8th June 2026 commencing at 10:00.',
        },
      },
    ]);
  });

  it('does not read the end of the current contracts as an event', () => {
    const description = seed(SEEDS.cleveland).release.tender.description;
    expect(description).toContain('both conclude on 31st March 2027');
    expect(findEngagement(description, 'tender.description').events).toEqual([]);
  });
});

describe('seed 002: engagement day at Staffordshire Police HQ, sign up before 14th July 5pm 2026', () => {
  const found = findEngagement(
    milestoneText(SEEDS.staffordshireHateCrime),
    'planning.milestones[0].description',
  );

  it('gives one all-day event on Friday 17 July at the stated address', () => {
    expect(found.events).toHaveLength(1);
    const [event] = found.events;
    expect(event?.start).toBe('2026-07-17T00:00:00+01:00');
    expect(event?.allDay).toBe(true);
    expect(event?.end).toBeNull();
    expect(event?.place).toBe(
      'Staffordshire Police HQ, Conference Room 7, Weston Road, Stafford, ST18 0YY',
    );
    expect(event?.onlineUrl).toBeNull();
    expect(event?.source.snippet).toContain('on Friday 17th July 2026');
  });

  it('gives the sign-up deadline at 5pm on 14 July, not as an event', () => {
    expect(found.signUpDeadlines.map((d) => [d.at, d.allDay])).toEqual([
      ['2026-07-14T17:00:00+01:00', false],
    ]);
    expect(found.signUpDeadlines[0]?.source.snippet).toContain('before 14th July 5pm 2026');
    expect(found.events.map((e) => e.start.slice(0, 10))).not.toContain('2026-07-14');
  });

  it('does not read "Services will commence 1st April 2027" as an event or deadline', () => {
    const all = [
      ...found.events.map((e) => e.start),
      ...found.signUpDeadlines.map((d) => d.at),
      ...found.responseDeadlines.map((d) => d.at),
    ];
    expect(all.some((at) => at.startsWith('2027-04-01'))).toBe(false);
  });

  it('reads the same facts once from the whole saved page, keeping the fullest address', () => {
    const page = findEngagement(seed(SEEDS.staffordshireHateCrime).page, 'page');
    expect(page.events.map((e) => [e.start, e.place])).toEqual([
      [
        '2026-07-17T00:00:00+01:00',
        'Staffordshire Police HQ, Conference Room 7, Weston Road, Stafford, ST18 0YY',
      ],
    ]);
    expect(page.signUpDeadlines.map((d) => d.at)).toEqual(['2026-07-14T17:00:00+01:00']);
  });
});

describe('seed 004: RFI responses "must be submitted in writing by 6th March 2026"', () => {
  const found = findEngagement(
    milestoneText(SEEDS.staffordshireStalking),
    'planning.milestones[0].description',
  );

  it('gives a winter all-day response deadline (+00:00)', () => {
    expect(found.responseDeadlines.map((d) => [d.at, d.allDay])).toEqual([
      ['2026-03-06T00:00:00+00:00', true],
    ]);
    expect(found.responseDeadlines[0]?.source.snippet).toContain(
      'All responses and clarifications must be submitted in writing by 6th March 2026',
    );
  });

  it('does not turn "The Service will commence 1 December 2026" into an event or deadline', () => {
    expect(found.events).toEqual([]);
    expect(found.signUpDeadlines).toEqual([]);
    expect(found.responseDeadlines.some((d) => d.at.startsWith('2026-12-01'))).toBe(false);
  });

  it("does not read the page summary's award decision or tender deadline as RFI deadlines", () => {
    const page = findEngagement(seed(SEEDS.staffordshireStalking).page, 'page');
    expect(page.responseDeadlines.map((d) => d.at)).toEqual(['2026-03-06T00:00:00+00:00']);
    expect(page.events).toEqual([]);
  });
});

if (corpusAvailable('prose/prose-engagement')) {
  describe('Contracts Finder: site visits "held 2nd & 3rd November 2022"', () => {
    const pkg = corpusJson('more-notices/cf-page100-2022-10-22.json') as {
      releases: Array<{ ocid: string; tender: { description: string } }>;
    };
    const description =
      pkg.releases.find((r) => r.ocid === 'ocds-b5fd17-028fa1ba-eb8e-4341-bf94-ec0bf6370ddf')
        ?.tender.description ?? '';
    const found = findEngagement(description, 'tender.description');

    it('gives an all-day site visit on each day, with the words it came from', () => {
      const source = {
        field: 'tender.description',
        snippet:
          'Site Visits if required by suppliers must be booked in advance, these will be held 2nd & 3rd November 2022.',
      };
      expect(found.events).toEqual([
        {
          start: '2022-11-02T00:00:00+00:00',
          end: null,
          allDay: true,
          place: null,
          onlineUrl: null,
          source,
          name: 'Site visit',
          series: { day: 1, of: 2 },
        },
        {
          start: '2022-11-03T00:00:00+00:00',
          end: null,
          allDay: true,
          place: null,
          onlineUrl: null,
          source,
          name: 'Site visit',
          series: { day: 2, of: 2 },
        },
      ]);
      expect(found.signUpDeadlines).toEqual([]);
    });
  });
}

describe('findEngagement: other wordings', () => {
  it('gives each day of a range its own timed event and end', () => {
    const found = findEngagement(
      'Supplier workshops will be held 2-4 June 2026 from 10am to 12pm at the Civic Centre, Hull.',
      'x',
    );
    expect(found.events.map((e) => [e.start, e.end, e.place, e.series, e.name])).toEqual([
      [
        '2026-06-02T10:00:00+01:00',
        '2026-06-02T12:00:00+01:00',
        'the Civic Centre, Hull',
        { day: 1, of: 3 },
        undefined,
      ],
      [
        '2026-06-03T10:00:00+01:00',
        '2026-06-03T12:00:00+01:00',
        'the Civic Centre, Hull',
        { day: 2, of: 3 },
        undefined,
      ],
      [
        '2026-06-04T10:00:00+01:00',
        '2026-06-04T12:00:00+01:00',
        'the Civic Centre, Hull',
        { day: 3, of: 3 },
        undefined,
      ],
    ]);
  });

  it('plans a deadline named as several days against the first', () => {
    const found = findEngagement(
      'A market engagement event will be held on 10 June 2026. Please register by 2nd or 3rd June 2026.',
      'x',
    );
    expect(found.signUpDeadlines.map((d) => d.at)).toEqual(['2026-06-02T00:00:00+01:00']);
    expect(found.events.map((e) => e.start)).toEqual(['2026-06-10T00:00:00+01:00']);
  });

  it('reads a time before the date and a place after it', () => {
    const found = findEngagement(
      'A supplier briefing will be held from 10am to 12pm on 26 March 2026 at the Civic Centre, Hull. Please book a place by 20 March 2026.',
      'x',
    );
    expect(found.events.map((e) => [e.start, e.end, e.place])).toEqual([
      ['2026-03-26T10:00:00+00:00', '2026-03-26T12:00:00+00:00', 'the Civic Centre, Hull'],
    ]);
    expect(found.signUpDeadlines.map((d) => d.at)).toEqual(['2026-03-20T00:00:00+00:00']);
  });

  it('gives the right offset either side of the clock change (29 March 2026)', () => {
    const found = findEngagement(
      'Webinar one will take place on 28 March 2026 at 10:00. Webinar two will take place on 30 March 2026 at 10:00.',
      'x',
    );
    expect(found.events.map((e) => e.start)).toEqual([
      '2026-03-28T10:00:00+00:00',
      '2026-03-30T10:00:00+01:00',
    ]);
  });

  it('gives the right offset either side of the autumn change (25 October 2026)', () => {
    const found = findEngagement(
      'The drop-in session is on Saturday 24 October 2026 at 2pm. A second drop-in session is on Monday 26 October 2026 at 2pm.',
      'x',
    );
    expect(found.events.map((e) => e.start)).toEqual([
      '2026-10-24T14:00:00+01:00',
      '2026-10-26T14:00:00+00:00',
    ]);
  });

  it('gives every instant in the model format', () => {
    const found = findEngagement(milestoneText(SEEDS.staffordshireHateCrime), 'x');
    for (const at of [
      ...found.events.map((e) => e.start),
      ...found.signUpDeadlines.map((d) => d.at),
    ]) {
      expect(Instant.safeParse(at).success).toBe(true);
    }
  });
});
