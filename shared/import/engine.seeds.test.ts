/**
 * The seed notices, value by value: what a bid manager reads off each page must come out of the
 * engine as the same facts (deadlines as instants, lots, criteria, engagement events).
 */
import { describe, expect, it } from 'vitest';
import { SEEDS, seedBytes } from '../../test/corpus';
import { Opportunity, type KeyDate } from '../notice/model';
import { importNoticeFile, type ImportResult } from './engine';

function importSeed(name: string): Extract<ImportResult, { ok: true }> {
  const result = importNoticeFile({ name, bytes: seedBytes(name) });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result;
}

function only(name: string): Opportunity {
  const result = importSeed(name);
  expect(result.opportunities).toHaveLength(1);
  const opportunity = result.opportunities[0] as Opportunity;
  expect(() => Opportunity.parse(opportunity)).not.toThrow();
  return opportunity;
}

function dates(o: Opportunity, kind: KeyDate['kind']): KeyDate[] {
  return o.keyDates.filter((d) => d.kind === kind);
}

describe('seed 000: West Midlands victim services (UK3, three lots)', () => {
  const o = only(SEEDS.westMidlands);

  it('is read from the OCDS block of the saved page', () => {
    expect(importSeed(SEEDS.westMidlands).format).toBe('notice-page');
    expect(o.ocid).toBe('ocds-h6vhtk-067b89');
    expect(o.source).toBe('fts');
    expect(o.noticeType).toBe('UK3');
    expect(o.stage).toBe('planned');
    expect(o.buyer.name).toBe('Police and Crime Commissioner for West Midlands');
    expect(o.buyer.email).toBe('commissioning@westmidlands.police.uk');
    expect(o.buyer.address?.postalCode).toBe('B4 6AT');
  });

  it('has the three lots, suitable for SMEs and VCSEs, with no value given', () => {
    expect(o.lots.map((l) => [l.id, l.title])).toEqual([
      ['1', 'First Contact Assessment and Referral'],
      ['2', 'Restorative Justice'],
      ['3', 'Hate Crime Services'],
    ]);
    expect(o.lots.every((l) => l.value === null && !l.derived)).toBe(true);
    expect(o.value).toBeNull(); // amountGross 0 means "not specified"
    expect(o.suitability).toEqual({ sme: true, vcse: true });
    expect(o.lots[0]?.renewal).toBe('Will be optional');
    expect(o.cpv).toHaveLength(9);
  });

  it('has the deadlines as instants, at the time the notice states (23:59:59 too)', () => {
    expect(dates(o, 'submissionDeadline')).toMatchObject([
      { at: '2026-07-01T23:59:59+01:00', allDay: false, lotId: null, derived: false },
    ]);
    expect(dates(o, 'awardDecision')[0]?.at).toBe('2026-07-15T23:59:59+01:00');
    expect(dates(o, 'futureNotice')[0]?.at).toBe('2026-06-01T23:59:59+01:00');
    expect(dates(o, 'published')[0]).toMatchObject({
      at: '2026-05-18T11:28:45+01:00',
      label: 'Published (UK3)',
    });
    // The same contract period on all three lots is one opportunity-level date.
    expect(dates(o, 'contractStart')).toMatchObject([
      { at: '2027-04-01T00:00:00+01:00', lotId: null },
    ]);
    expect(dates(o, 'contractEnd')).toMatchObject([
      { at: '2031-03-31T23:59:59+01:00', lotId: null },
    ]);
    expect(dates(o, 'contractMaxEnd')).toMatchObject([
      { at: '2036-03-31T23:59:59+01:00', lotId: null },
    ]);
  });

  it('finds the engagement event that lives only in the description, at 4pm UK time', () => {
    const engagement = dates(o, 'engagement');
    expect(engagement).toHaveLength(1);
    expect(engagement[0]).toMatchObject({
      at: '2026-05-14T16:00:00+01:00',
      allDay: false,
      derived: true,
    });
    expect(engagement[0]?.source?.field).toBe('tender.description');
    expect(engagement[0]?.source?.snippet).toContain(
      'MARKET ENGAGEMENT EVENT - THURSDAY 14th MAY 2026 - 4pm',
    );
    expect(o.engagementEvents).toHaveLength(1);
  });

  it('keeps the notice history and amendments', () => {
    expect(o.noticeHistory.map((n) => n.id)).toEqual([
      '030750-2026',
      '031052-2026',
      '037322-2026',
      '040665-2026',
      '045280-2026',
    ]);
    expect(o.noticeHistory.every((n) => n.noticeType === 'UK3')).toBe(true);
    expect(o.amendments.map((a) => a.description)).toEqual([
      'change to the event brite link',
      'change to the event brite link',
    ]);
  });

  it('keys dates in time order', () => {
    const times = o.keyDates.map((d) => Date.parse(d.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe('seed 001: Cleveland victim support (UK2, online engagement event)', () => {
  const o = only(SEEDS.cleveland);

  it('takes the event time from the milestone description, not the 23:59:59 due date', () => {
    expect(o.ocid).toBe('ocds-h6vhtk-06a838');
    expect(o.noticeType).toBe('UK2');
    expect(o.stage).toBe('engagement');
    expect(o.engagementEvents).toHaveLength(1);
    const event = o.engagementEvents[0];
    expect(event).toMatchObject({
      start: '2026-06-08T10:00:00+01:00',
      end: '2026-06-08T11:30:00+01:00',
      allDay: false,
      onlineUrl: 'https://teams.microsoft.com/meet/32604451044819?p=oYA2HCrXWDxyCAI7m4',
      derived: true,
    });
    expect(event?.source?.snippet).toContain('10:00');
    expect(event).not.toHaveProperty('datesInDescription');
    expect(dates(o, 'engagement')).toMatchObject([
      { at: '2026-06-08T10:00:00+01:00', allDay: false },
    ]);
  });

  it('believes a moved milestone date over a description that still names the old day', () => {
    const text = new TextDecoder().decode(seedBytes(SEEDS.cleveland));
    const moved = text.replace(
      '"dueDate": "2026-06-08T23:59:59+01:00"',
      '"dueDate": "2026-06-15T23:59:59+01:00"',
    );
    expect(moved).not.toBe(text);
    const result = importNoticeFile({ name: 'moved.txt', bytes: new TextEncoder().encode(moved) });
    if (!result.ok) throw new Error(result.error.message);
    const event = result.opportunities[0]?.engagementEvents[0];
    // The buyer changed the date field; 10:00 belonged to the old day, so only the day is known.
    expect(event).toMatchObject({ allDay: true, derived: false, source: null });
    expect(event?.start?.slice(0, 10)).toBe('2026-06-15');
    expect(event?.description).toContain('8th June 2026 commencing at 10:00');
    expect(event?.datesInDescription).toEqual(['2026-06-08T10:00:00+01:00']);
    expect(event?.onlineUrl).toContain('https://teams.microsoft.com/meet/');
    // …and says the text disagrees, so the user can check with the buyer.
    expect(result.warnings.filter((w) => w.code === 'engagement-date-differs')).toEqual([
      {
        code: 'engagement-date-differs',
        message: expect.stringContaining('is 15 Jun 2026, but its description says 8 Jun 2026'),
        ocid: result.opportunities[0]?.ocid,
      },
    ]);
  });

  it('warns of no moved milestone in any seed, where dates and descriptions agree', () => {
    const notices = Object.values(SEEDS).filter((name) => name !== SEEDS.strategy);
    for (const name of notices) {
      expect(importSeed(name).warnings.map((w) => w.code)).not.toContain('engagement-date-differs');
    }
  });

  it('has the single lot contract period and the next notice date', () => {
    expect(o.lots).toHaveLength(1);
    expect(dates(o, 'contractStart')).toMatchObject([
      { at: '2027-04-01T00:00:00+01:00', lotId: null },
    ]);
    expect(dates(o, 'contractMaxEnd')[0]?.at).toBe('2031-03-31T23:59:59+01:00');
    expect(dates(o, 'futureNotice')[0]?.at).toBe('2026-09-01T23:59:59+01:00');
    expect(o.noticeHistory).toHaveLength(3);
  });
});

describe('seed 002: Staffordshire hate crime and ASB (UK2, lots only in prose)', () => {
  const result = importSeed(SEEDS.staffordshireHateCrime);
  const o = only(SEEDS.staffordshireHateCrime);

  it('derives lots A and B with their values from the description, PS read as £', () => {
    expect(
      o.lots.map((l) => ({
        id: l.id,
        title: l.title,
        amount: l.value?.amount,
        derived: l.derived,
      })),
    ).toEqual([
      { id: 'A', title: 'Hate Crime Service', amount: 704000, derived: true },
      { id: 'B', title: 'ASB & Mediation Service', amount: 826000, derived: true },
    ]);
    expect(o.lots[0]?.source?.snippet).toContain('704,000');
    expect(o.description).toContain('Circa £704,000');
    expect(o.description).not.toContain('PS704');
    expect(result.warnings.map((w) => w.code)).toContain('lots-from-description');
  });

  it('has the tender value net and gross', () => {
    expect(o.value).toEqual({ amount: 1530000, amountGross: 1836000, currency: 'GBP' });
  });

  it('tells the engagement day (17 July, at police HQ) from its sign-up deadline (14 July 5pm)', () => {
    expect(o.engagementEvents).toHaveLength(1);
    const event = o.engagementEvents[0];
    expect(event?.start?.slice(0, 10)).toBe('2026-07-17');
    expect(event?.allDay).toBe(true);
    expect(event?.place).toBe(
      'Staffordshire Police HQ, Conference Room 7, Weston Road, Stafford, ST18 0YY',
    );
    expect(event?.signUpDeadline).toBe('2026-07-14T17:00:00+01:00');
    expect(dates(o, 'engagementSignUp')).toMatchObject([
      { at: '2026-07-14T17:00:00+01:00', allDay: false, derived: true },
    ]);
    expect(dates(o, 'engagement').map((d) => d.at.slice(0, 10))).toEqual(['2026-07-17']);
  });
});

describe('seed 003: a commissioning strategy, not a notice', () => {
  it('is refused with exactly that explanation', () => {
    const result = importNoticeFile({ name: SEEDS.strategy, bytes: seedBytes(SEEDS.strategy) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('commissioning-strategy');
    expect(result.error.message).toContain('commissioning strategy, not a procurement notice');
  });
});

describe('seed 004: Staffordshire stalking service (UK4, two-stage evaluation)', () => {
  const result = importSeed(SEEDS.staffordshireStalking);
  const o = only(SEEDS.staffordshireStalking);

  it('is an open tender with a timed submission deadline and clarification deadline', () => {
    expect(o.ocid).toBe('ocds-h6vhtk-0659dc');
    expect(o.noticeType).toBe('UK4');
    expect(o.stage).toBe('tender');
    expect(dates(o, 'submissionDeadline')).toMatchObject([
      { at: '2026-05-06T12:00:00+01:00', allDay: false },
    ]);
    expect(dates(o, 'clarificationDeadline')).toMatchObject([
      { at: '2026-04-28T12:00:00+01:00', allDay: false },
    ]);
    expect(dates(o, 'awardDecision')[0]?.at).toBe('2026-09-21T23:59:59+01:00');
  });

  it('reads winter dates with a +00:00 offset', () => {
    expect(dates(o, 'contractStart')[0]?.at).toBe('2026-12-01T00:00:00+00:00');
    expect(dates(o, 'contractEnd')[0]?.at).toBe('2029-11-30T23:59:59+00:00');
    expect(dates(o, 'contractMaxEnd')[0]?.at).toBe('2031-11-30T23:59:59+00:00');
    expect(o.noticeHistory.map((n) => [n.noticeType, n.datePublished])).toEqual([
      ['UK2', '2026-02-23T10:21:18+00:00'],
      ['UK4', '2026-04-08T15:03:16+01:00'],
    ]);
  });

  it('has twelve quality questions without weights, and the 85/15 stage split from the text', () => {
    const lot = o.lots[0];
    expect(o.lots).toHaveLength(1);
    expect(lot?.value).toEqual({ amount: 1265000, amountGross: 1518000, currency: 'GBP' });
    expect(lot?.criteria).toHaveLength(12);
    expect(lot?.criteria[0]).toMatchObject({ type: 'quality', name: 'Q1 - Vision', weight: null });
    expect(lot?.criteria[11]?.name).toBe('Q12 - Stakeholders / Partners');
    expect(lot?.weightingDescription).toBe('85% PQP (Quality & Price) 15% Presentations');
    expect(lot?.weightingParts.map((p) => [p.label, p.weight])).toEqual([
      ['PQP (Quality & Price)', 85],
      ['Presentations', 15],
    ]);
    expect(lot?.renewal).toBe('2 x 12 months');
    expect(result.warnings.map((w) => w.code)).toContain('criteria-without-weights');
  });

  it('keeps the procedure description as plain text, never HTML', () => {
    expect(o.procedureFeatures).toContain('Stage 1 - Written Submission and Evaluation');
    expect(o.procedureFeatures).toContain('5% for each scenario');
    expect(o.procedureFeatures).not.toMatch(/<[a-z]|&nbsp;|&quot;/i);
    expect(o.specialRegime).toEqual(['lightTouch']);
    expect(o.submissionUrl).toBe('https://portal.proquro.co.uk/Suppliers/Tenders/Details?id=1051');
  });

  it('has the RFI written-response date from the engagement milestone, day-level', () => {
    expect(o.engagementEvents).toHaveLength(1);
    expect(o.engagementEvents[0]?.start?.slice(0, 10)).toBe('2026-03-06');
    expect(o.engagementEvents[0]?.allDay).toBe(true);
  });
});
