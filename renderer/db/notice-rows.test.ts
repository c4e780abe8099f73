import { describe, expect, it } from 'vitest';
import { importNoticeFile } from '../../shared/import/engine';
import type { EngagementEvent, Opportunity } from '../../shared/notice/model';
import { corpusAvailable, corpusBytes } from '../../test/corpus';
import { planEvents, type RowContext } from './notice-rows';

function context(at: string): RowContext {
  let n = 0;
  return { at, user: 'Alice', newId: () => `row-${at.slice(0, 10)}-${++n}` };
}

describe.runIf(corpusAvailable('notice rows'))('planEvents: an event held on two days', () => {
  const result = importNoticeFile({
    name: 'cf-page100.json',
    bytes: corpusBytes('more-notices/cf-page100-2022-10-22.json'),
  });
  if (!result.ok) throw new Error(result.error.message);
  // "World Beneath Waves Exhibition": site visits "held 2nd & 3rd November 2022".
  const notice = result.opportunities.find(
    (o) => o.ocid === 'ocds-b5fd17-028fa1ba-eb8e-4341-bf94-ec0bf6370ddf',
  ) as Opportunity;
  const days = notice.engagementEvents;

  it('stores one row per day, each with its own key', () => {
    const rows = planEvents('opp', days, [], context('2022-10-22T09:00:00Z'));
    expect(rows.map((r) => [r.eventKey, r.start])).toEqual([
      ['site visit (day 1 of 2)#0', '2022-11-02T00:00:00+00:00'],
      ['site visit (day 2 of 2)#0', '2022-11-03T00:00:00+00:00'],
    ]);
  });

  it('keeps the row (and the plans on it) of the one event an older Bid Desk stored', () => {
    // Before, the notice read as one "Market engagement" on the last day: the same event as
    // day 2 under its old title.
    const day2 = days[1] as EngagementEvent;
    const before = planEvents(
      'opp',
      [{ ...day2, title: 'Market engagement' }],
      [],
      context('2022-10-22T09:00:00Z'),
    );
    const stored = before[0];
    const rows = planEvents('opp', days, before, context('2022-10-23T09:00:00Z'));
    expect(rows.map((r) => [r.id, r.title, r.start, r.removedFromNotice])).toEqual([
      ['row-2022-10-23-1', 'Site visit (day 1 of 2)', '2022-11-02T00:00:00+00:00', false],
      [stored?.id, 'Site visit (day 2 of 2)', '2022-11-03T00:00:00+00:00', false],
    ]);
  });
});
