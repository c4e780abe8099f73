/**
 * The bid timeline as a spreadsheet for people without Bid Desk (trustees, writers): CSV that
 * Excel and LibreOffice open cleanly on a UK machine.
 */
import { withoutControlCharacters } from '../notice/hidden-characters';
import { isUkDay } from '../calendar/days';
import { ukWallClock } from '../calendar/instants';
import { LANE_NAMES, SOURCE_NAMES, statusText } from './export-words';
import type { TimelineItem } from './model';

/** The header row, in order. */
export const CSV_COLUMNS = [
  'Opportunity',
  'Buyer',
  'Lot',
  'What',
  'Date',
  'Time',
  'Owner',
  'Status',
  'Lane',
  'Source',
  'Moved from',
  'Link',
  'Details',
] as const;

/**
 * One cell, RFC 4180 quoted when it holds a comma, quote or line break. A cell a spreadsheet
 * would run as a formula (starting `=`, `+`, `-`, `@`, tab or carriage return) gets a leading
 * apostrophe, so a notice title can never become a formula in someone's Excel. A cell carries
 * no control characters (tab and line breaks aside): text typed in Bid Desk never went through
 * the notice reader that marks them.
 */
export function csvCell(value: string): string {
  const text = withoutControlCharacters(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `dd/MM/yyyy` and `HH:mm` in Europe/London, as UK spreadsheets read them. */
function ukDateAndTime(at: string): { date: string; time: string } {
  const { day, clock } = ukWallClock(new Date(at));
  return {
    date: `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`,
    time: clock.slice(0, 5),
  };
}

function movedText(movedFrom: string | null, allDay: boolean): string {
  if (!movedFrom) return '';
  if (isUkDay(movedFrom)) {
    return `${movedFrom.slice(8, 10)}/${movedFrom.slice(5, 7)}/${movedFrom.slice(0, 4)}`;
  }
  const { date, time } = ukDateAndTime(movedFrom);
  return allDay ? date : `${date} ${time}`;
}

/**
 * The items as CSV: UTF-8 with a byte-order mark (so Excel reads £ and accents), CRLF line ends,
 * one header row then one row per item in the order given. Dates are `dd/MM/yyyy` and times
 * `HH:mm` (UK time; empty for all-day items) in their own columns so both sort and filter; so are
 * the opportunity, the lot, the owner and the status ("To do", "In review", "Done"; empty for
 * the buyer's own dates), so a spreadsheet can filter by any of them.
 */
export function toCsv(items: readonly TimelineItem[]): string {
  const rows: string[] = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const item of items) {
    const { date, time } = ukDateAndTime(item.at);
    const lot =
      item.lotId === null ? '' : item.lotTitle ? `${item.lotId}: ${item.lotTitle}` : item.lotId;
    rows.push(
      [
        item.opportunityTitle,
        item.buyerName ?? '',
        lot,
        item.title,
        date,
        item.allDay ? '' : time,
        item.owner ?? '',
        statusText(item),
        LANE_NAMES[item.lane],
        SOURCE_NAMES[item.source],
        movedText(item.movedFrom, item.allDay),
        item.url ?? '',
        item.detail,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
