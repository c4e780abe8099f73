import { describe, expect, it } from 'vitest';
import { SEEDS, seedBytes } from '../../test/corpus';
import { importNoticeFile } from '../import/engine';
import { diffOpportunities } from '../notice/changes';
import type { Opportunity } from '../notice/model';
import { TimelineItem } from './model';
import { noticeTimeline } from './notice-timeline';

function seed(name: string): Opportunity {
  const result = importNoticeFile({ name, bytes: seedBytes(name) });
  if (!result.ok) throw new Error(result.error.message);
  return result.opportunities[0] as Opportunity;
}

const byId = (items: TimelineItem[], id: string) => items.find((item) => item.id === id);

describe('noticeTimeline on the seeds', () => {
  const stalking = seed(SEEDS.staffordshireStalking);
  const items = noticeTimeline(stalking, stalking.ocid as string);
  const prefix = 'ocds-h6vhtk-0659dc';

  it('has every key date of the stalking tender, in time order, each a valid item', () => {
    for (const item of items) expect(TimelineItem.parse(item)).toEqual(item);
    expect(items.map((i) => [i.kind, i.at])).toEqual([
      ['engagement', '2026-03-06T00:00:00+00:00'],
      ['published', '2026-04-08T15:03:16+01:00'],
      ['clarificationDeadline', '2026-04-28T12:00:00+01:00'],
      ['submissionDeadline', '2026-05-06T12:00:00+01:00'],
      ['awardDecision', '2026-09-21T23:59:59+01:00'],
      ['standstillEnd', '2026-10-01T00:00:00+01:00'],
      ['contractStart', '2026-12-01T00:00:00+00:00'],
      ['contractEnd', '2029-11-30T23:59:59+00:00'],
      ['contractMaxEnd', '2031-11-30T23:59:59+00:00'],
    ]);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('gives the deadline a stable id, a link back to the notice and how to submit', () => {
    expect(byId(items, `${prefix}/notice/submissionDeadline/all`)).toEqual({
      id: `${prefix}/notice/submissionDeadline/all`,
      opportunityId: prefix,
      opportunityTitle: 'Provision of a Stalking Service in Staffordshire & Stoke-on-Trent',
      buyerName: 'Police, Fire & Crime Commissioner for Staffordshire',
      lane: 'notice',
      kind: 'submissionDeadline',
      title: 'Submission deadline',
      at: '2026-05-06T12:00:00+01:00',
      end: null,
      allDay: false,
      lotId: null,
      lotTitle: null,
      source: 'notice',
      done: false,
      movedFrom: null,
      url: 'https://www.find-tender.service.gov.uk/Notice/032024-2026',
      location: null,
      detail: 'Submit through: https://portal.proquro.co.uk/Suppliers/Tenders/Details?id=1051',
    });
  });

  it('works out the standstill from the award date and says it is an estimate', () => {
    const standstill = byId(items, `${prefix}/notice/standstillEnd/all`);
    expect(standstill).toMatchObject({
      allDay: true,
      lane: 'notice',
      title: 'Standstill ends (estimate)',
    });
    expect(standstill?.detail).toMatch(/not stated in the notice/);
    expect(standstill?.detail).toMatch(
      /8 working days after the contract award notice \(Procurement Act 2023/,
    );
    expect(standstill?.detail).toMatch(/expected award decision on 21 Sep 2026/);
  });

  it('counts the standstill over Christmas and the Scottish 2 January holiday', () => {
    const award = { ...stalking, keyDates: stalking.keyDates.map((d) =>
      d.kind === 'awardDecision' ? { ...d, at: '2026-12-21T23:59:59+00:00' } : d) }; // prettier-ignore
    const end = byId(noticeTimeline(award, prefix), `${prefix}/notice/standstillEnd/all`);
    // 22, 23, 24, (25, 28 Dec), 29, 30, 31, (1 Jan; 4 Jan is Scotland's 2 January), 5, 6 Jan.
    expect(end?.at).toBe('2027-01-06T00:00:00+00:00');
  });

  it('uses 10 calendar days for a notice from before the Procurement Act', () => {
    const old = { ...stalking, noticeType: null };
    const end = byId(noticeTimeline(old, prefix), `${prefix}/notice/standstillEnd/all`);
    expect(end?.at).toBe('2026-10-01T00:00:00+01:00'); // 21 Sep + 10 days is Thursday 1 October
    expect(end?.detail).toMatch(/10 days .*Public Contracts Regulations 2015/);
  });

  it('an engagement event with a time, an end and a joining link (Cleveland)', () => {
    const cleveland = seed(SEEDS.cleveland);
    const [event] = noticeTimeline(cleveland, 'x').filter((i) => i.kind === 'engagement');
    expect(event).toMatchObject({
      id: 'x/engagement/market-engagement-0',
      lane: 'engagement',
      title: 'Market engagement event',
      at: '2026-06-08T10:00:00+01:00',
      end: '2026-06-08T11:30:00+01:00',
      allDay: false,
      location: 'https://teams.microsoft.com/meet/32604451044819?p=oYA2HCrXWDxyCAI7m4',
    });
    expect(event?.detail).toMatch(/^Join online: https:\/\/teams\.microsoft\.com/);
    expect(event?.detail).toMatch(
      /From the description: “The Pre-Market Engagement Event will be hosted via MS Teams/,
    );
  });

  it('an all-day event with its place and ONE sign-up deadline (hate crime)', () => {
    const hate = seed(SEEDS.staffordshireHateCrime);
    const engagement = noticeTimeline(hate, 'h').filter((i) => i.lane === 'engagement');
    expect(engagement.map((i) => [i.id, i.kind, i.title, i.at, i.allDay])).toEqual([
      ['h/engagement/market-engagement-0/sign-up', 'engagementSignUp', 'Sign up for market engagement', '2026-07-14T17:00:00+01:00', false],
      ['h/engagement/market-engagement-0', 'engagement', 'Market engagement event', '2026-07-17T00:00:00+01:00', true],
    ]); // prettier-ignore
    expect(engagement[1]?.location).toBe(
      'Staffordshire Police HQ, Conference Room 7, Weston Road, Stafford, ST18 0YY',
    );
  });

  it('lot dates keep their lot (West Midlands has three lots)', () => {
    const wm = seed(SEEDS.westMidlands);
    const lotted = { ...wm, keyDates: [...wm.keyDates, { ...(wm.keyDates.find((d) => d.kind === 'submissionDeadline') as Opportunity['keyDates'][number]), lotId: '2', at: '2026-07-08T12:00:00+01:00', allDay: false }] }; // prettier-ignore
    const lot = byId(noticeTimeline(lotted, 'w'), 'w/notice/submissionDeadline/2');
    expect(lot).toMatchObject({ lotId: '2', lotTitle: 'Restorative Justice' });
    expect(lot?.detail).toMatch(/^Lot 2 only\./);
  });
});

describe('stable ids and moved dates', () => {
  const before = seed(SEEDS.staffordshireStalking);
  const moved: Opportunity = {
    ...before,
    keyDates: before.keyDates.map((d) =>
      d.kind === 'submissionDeadline' ? { ...d, at: '2026-05-13T12:00:00+01:00' } : d,
    ),
  };

  it('a re-import that moves the deadline keeps every id', () => {
    const ids = (o: Opportunity) =>
      noticeTimeline(o, 'p')
        .map((i) => i.id)
        .sort();
    expect(ids(moved)).toEqual(ids(before));
  });

  it('says where a date moved from, read from the change log', () => {
    const changes = diffOpportunities(before, moved);
    const items = noticeTimeline(moved, 'p', { changes });
    expect(byId(items, 'p/notice/submissionDeadline/all')).toMatchObject({
      at: '2026-05-13T12:00:00+01:00',
      movedFrom: '2026-05-06T12:00:00+01:00',
    });
    expect(items.filter((i) => i.movedFrom !== null)).toHaveLength(1);
  });

  it('uses the store’s event ids (they survive renames) and shows a moved event', () => {
    const hate = seed(SEEDS.staffordshireHateCrime);
    const items = noticeTimeline(hate, 'h', {
      opportunityId: 'opp-7',
      events: [
        { id: 'ev-1', eventKey: 'market engagement#0', previousStart: '2026-07-10T00:00:00+01:00' },
      ],
    });
    const event = byId(items, 'h/engagement/ev-1');
    expect(event).toMatchObject({ opportunityId: 'opp-7', movedFrom: '2026-07-10T00:00:00+01:00' });
    expect(byId(items, 'h/engagement/ev-1/sign-up')).toBeDefined();
  });
});
