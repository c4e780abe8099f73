/**
 * Facts read from prose, through the engine, on real Contracts Finder notices: lots listed as
 * bullets one a line, and site visits held on two days. Asserts what a user sees: the lot
 * titles, each day's event and key date, the timeline and the calendar export.
 */
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusBytes } from '../../test/corpus';
import type { Opportunity } from '../notice/model';
import { toIcs } from '../timeline/ics';
import { noticeTimeline } from '../timeline/notice-timeline';
import { importNoticeFile } from './engine';

const PAGE = 'more-notices/cf-page100-2022-10-22.json';
const RETROFIT = 'ocds-b5fd17-9685cb07-170c-4dab-9839-c263d551998a';
const EXHIBITION = 'ocds-b5fd17-028fa1ba-eb8e-4341-bf94-ec0bf6370ddf';

function fromPage(ocid: string): Opportunity {
  const result = importNoticeFile({ name: 'cf-page100.json', bytes: corpusBytes(PAGE) });
  if (!result.ok) throw new Error(result.error.message);
  const found = result.opportunities.find((o) => o.ocid === ocid);
  if (!found) throw new Error(`${ocid} not in ${PAGE}`);
  return found;
}

describe.runIf(corpusAvailable('engine prose suite'))('prose facts in real notices', () => {
  describe('"PAS2035 Retrofit Consultants Framework": ten lots, one bullet a line', () => {
    const notice = fromPage(RETROFIT);

    it('names each lot as its line does, without the next bullet or the next sentence', () => {
      expect(notice.description).toContain('• Lot 9 - London\r\n• Lot 10 - Wales\r\nThe authority');
      expect(notice.lots.map((l) => [l.id, l.title, l.derived])).toEqual([
        ['1', 'North East', true],
        ['2', 'Yorkshire & Humber', true],
        ['3', 'North West', true],
        ['4', 'West Midlands', true],
        ['5', 'East Midlands', true],
        ['6', 'East of England', true],
        ['7', 'South East', true],
        ['8', 'South West', true],
        ['9', 'London', true],
        ['10', 'Wales', true],
      ]);
    });

    it('shows the words each lot came from', () => {
      expect(notice.lots.map((l) => l.source)).toContainEqual({
        field: 'tender.description',
        snippet: 'Lot 10 - Wales',
      });
      expect(notice.lots.every((l) => l.value === null)).toBe(true);
    });
  });

  describe('"World Beneath Waves Exhibition": site visits "held 2nd & 3rd November 2022"', () => {
    const notice = fromPage(EXHIBITION);
    const snippet =
      'Site Visits if required by suppliers must be booked in advance, these will be held 2nd & 3rd November 2022.';

    it('gives one all-day site visit per day, each saying which day it is', () => {
      expect(
        notice.engagementEvents.map((e) => [e.title, e.start, e.allDay, e.derived, e.source]),
      ).toEqual([
        [
          'Site visit (day 1 of 2)',
          '2022-11-02T00:00:00+00:00',
          true,
          true,
          { field: 'tender.description', snippet },
        ],
        [
          'Site visit (day 2 of 2)',
          '2022-11-03T00:00:00+00:00',
          true,
          true,
          { field: 'tender.description', snippet },
        ],
      ]);
    });

    it('puts both days among the key dates, before the submission deadline', () => {
      expect(notice.keyDates.map((d) => [d.kind, d.label, d.at])).toEqual([
        ['published', 'Published', '2022-10-21T15:56:52+01:00'],
        ['engagement', 'Site visit (day 1 of 2)', '2022-11-02T00:00:00+00:00'],
        ['engagement', 'Site visit (day 2 of 2)', '2022-11-03T00:00:00+00:00'],
        ['submissionDeadline', 'Submission deadline', '2022-11-25T23:59:59+00:00'],
        ['contractStart', 'Contract starts', '2022-12-09T00:00:00+00:00'],
        ['contractEnd', 'Contract ends', '2023-07-31T23:59:59+01:00'],
      ]);
    });

    it('shows both days on the timeline and in the calendar export, each with its own id', () => {
      const items = noticeTimeline(notice, EXHIBITION).filter((i) => i.kind === 'engagement');
      expect(items.map((i) => [i.id, i.title, i.at])).toEqual([
        [
          `${EXHIBITION}/engagement/site-visit-day-1-of-2-0`,
          'Site visit (day 1 of 2)',
          '2022-11-02T00:00:00+00:00',
        ],
        [
          `${EXHIBITION}/engagement/site-visit-day-2-of-2-0`,
          'Site visit (day 2 of 2)',
          '2022-11-03T00:00:00+00:00',
        ],
      ]);
      const ics = toIcs(items, { calendarName: 'Bids', now: new Date('2022-10-22T09:00:00Z') });
      const starts = ics
        .split('BEGIN:VEVENT')
        .slice(1)
        .map((event) => event.split('\r\n').find((line) => line.startsWith('DTSTART')));
      expect(starts).toEqual(['DTSTART;VALUE=DATE:20221102', 'DTSTART;VALUE=DATE:20221103']);
      expect(ics).toContain('SUMMARY:Site visit (day 1 of 2) – World Beneath Waves Exhibition');
    });
  });
});
