import { describe, expect, it } from 'vitest';
import { Opportunity } from '../notice/model';
import { readQuestionList } from '../prose/prose-questions';
import { noticeTimeline } from '../timeline/notice-timeline';
import { plannedCriteria } from '../workspace/response-plan';
import { linkCandidates, opportunityFromEntry, OpportunityEntry } from './entry';

let n = 0;
const uuid = (): string => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const stamp = {
  createdAt: '2026-12-08T10:00:00Z',
  updatedAt: '2026-12-08T10:00:00Z',
  updatedBy: 'Sam',
};

function grant(fields: Partial<OpportunityEntry> = {}): OpportunityEntry {
  const pasted = readQuestionList(
    [
      '1. Tell us about your organisation (300 words)',
      '2. What would you like to do? (500 words)',
      '3. Who will benefit? (250 words)',
      '4. How will you know it worked? (250 words)',
      '5. Why now? (150 words)',
    ].join('\n'),
  ).questions;
  return OpportunityEntry.parse({
    ...stamp,
    id: uuid(),
    kind: 'grant',
    title: 'Community Safety Fund 2027',
    buyer: 'Cornwall Police and Crime Commissioner',
    url: 'https://example.org/fund',
    reference: 'CSF-27',
    deadline: { day: '2027-03-12', time: '17:00' },
    value: 25_000,
    maximum: 25_000,
    description: '',
    dates: [{ id: uuid(), kind: 'funderWebinar', day: '2027-02-03', time: '10:00' }],
    lots: [],
    questions: pasted.map((q) => ({
      id: uuid(),
      number: q.number,
      title: q.title,
      weight: q.weight,
      marks: q.marks,
      wordLimit: q.wordLimit,
      characterLimit: q.characterLimit,
      pageLimit: q.pageLimit,
      lotId: null,
    })),
    eligibility: ['Registered charities and CIOs based in Cornwall'],
    linkedOcid: null,
    opportunityId: null,
    ...fields,
  });
}

describe('OpportunityEntry', () => {
  it('refuses what a form must not store, in words', () => {
    const bad = OpportunityEntry.safeParse({ ...grant(), title: ' ', url: 'javascript:alert(1)' });
    expect(bad.success).toBe(false);
    const messages = bad.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toContain('Give the opportunity a title');
    expect(messages).toContain('Enter a web address starting https://');
  });

  it('takes a rolling programme with no deadline', () => {
    expect(grant({ deadline: null }).deadline).toBeNull();
  });
});

describe('opportunityFromEntry', () => {
  it('is an Opportunity the whole workspace reads: deadline, questions, limits', () => {
    const opportunity = Opportunity.parse(opportunityFromEntry(grant()));
    expect(opportunity.keyDates.map((d) => [d.kind, d.at, d.allDay])).toEqual([
      ['submissionDeadline', '2027-03-12T17:00:00+00:00', false],
      ['engagement', '2027-02-03T10:00:00+00:00', false],
    ]);
    const [lot] = opportunity.lots;
    const planned = plannedCriteria(lot?.criteria ?? [], [], null);
    expect(planned.map((c) => c.name)).toEqual([
      'Q1 Tell us about your organisation',
      'Q2 What would you like to do?',
      'Q3 Who will benefit?',
      'Q4 How will you know it worked?',
      'Q5 Why now?',
    ]);
    expect(lot?.criteria[0]?.description).toBe('Limit: 300 words');
    // The response plan shows the stated limit until the user sets their own.
    expect(planned.map((c) => c.statedWordLimit)).toEqual([300, 500, 250, 250, 150]);
  });

  it('puts the deadline on the timeline at its time, and a day without a time as a day', () => {
    const timed = noticeTimeline(opportunityFromEntry(grant()), 'entry-1');
    expect(timed.find((i) => i.kind === 'submissionDeadline')).toMatchObject({
      at: '2027-03-12T17:00:00+00:00',
      allDay: false,
      opportunityTitle: 'Community Safety Fund 2027',
      buyerName: 'Cornwall Police and Crime Commissioner',
    });
    const dayOnly = noticeTimeline(
      opportunityFromEntry(grant({ deadline: { day: '2027-03-12', time: null } })),
      'entry-1',
    );
    expect(dayOnly.find((i) => i.kind === 'submissionDeadline')?.allDay).toBe(true);
  });

  it('gives each lot its own questions and the shared ones', () => {
    const lotA = uuid();
    const lotB = uuid();
    const base = grant();
    const entry = grant({
      lots: [
        { id: lotA, title: 'North', value: 10_000 },
        { id: lotB, title: 'South', value: null },
      ],
      questions: [
        { ...(base.questions[0] as OpportunityEntry['questions'][number]), lotId: null },
        { ...(base.questions[1] as OpportunityEntry['questions'][number]), lotId: lotB },
      ],
    });
    const lots = opportunityFromEntry(entry).lots;
    expect(lots.map((l) => [l.title, l.criteria.length])).toEqual([
      ['North', 1],
      ['South', 2],
    ]);
  });
});

describe('linkCandidates', () => {
  const entry = grant({
    kind: 'tender',
    title: 'Victim Support Services',
    buyer: 'Devon and Cornwall PCC',
    reference: 'DCPCC-042',
  });

  it('offers an entry whose reference the notice carries', () => {
    const found = linkCandidates(
      {
        title: 'Something else entirely',
        buyerName: 'Another body',
        references: ['ocds-h6vhtk-0001', 'DCPCC-042'],
      },
      [entry],
    );
    expect(found.map((c) => c.reason)).toEqual(['Same reference: DCPCC-042']);
  });

  it('offers an entry with the same buyer and a title alike, not one from another buyer', () => {
    const notice = {
      title: 'Victim Support Service',
      buyerName: 'Devon & Cornwall PCC',
      references: [],
    };
    expect(linkCandidates(notice, [entry]).map((c) => c.entry.id)).toEqual([entry.id]);
    expect(linkCandidates({ ...notice, buyerName: 'Kent County Council' }, [entry])).toEqual([]);
    expect(linkCandidates(notice, [{ ...entry, linkedOcid: 'ocds-x' }])).toEqual([]);
  });
});
