import type { ImportWarning } from './model';
import { showHiddenCharacters } from './hidden-characters';
import { ocdsInstant } from '../calendar/instants';
import { obj, objs, type Json } from '../ocds/read';

/** The longest piece of a date field quoted back (a damaged field may be megabytes long). */
const QUOTED_LENGTH = 60;

/**
 * Deadlines the notice gives as text no date can be read from (`9999999-99-99`, `next Friday`).
 * Without this the deadline would simply be missing, and a bid manager would not know the
 * notice had one. Each warning quotes the text the notice had, hidden characters shown. The
 * messages do not name the notice: the caller adds its title for the import's warnings.
 */
export function unreadableDeadlines(release: Json, ocid: string | null): ImportWarning[] {
  const tender = obj(release.tender) ?? {};
  const fields: Array<[string, unknown]> = [
    ['the deadline for expressions of interest', tender.expressionOfInterestDeadline],
    ['the clarification deadline', obj(tender.enquiryPeriod)?.endDate],
    ['the submission deadline', obj(tender.tenderPeriod)?.endDate],
    ...objs(tender.lots).map((lot): [string, unknown] => [
      `the submission deadline of lot ${quoted(lot.id) ?? '(no id)'}`,
      obj(lot.tenderPeriod)?.endDate,
    ]),
  ];
  return fields.flatMap(([deadline, value]) => {
    const text = quoted(value);
    if (text === null || ocdsInstant(value) !== null) return [];
    return [
      {
        code: 'deadline-unreadable',
        message: `The notice gives ${deadline} as “${text}”, which is not a date Bid Desk can read, so it is missing from the key dates; check the deadline with the buyer.`,
        ocid,
      },
    ];
  });
}

/** A field's text as it may be quoted back, or null when it holds nothing. */
function quoted(value: unknown): string | null {
  const text =
    typeof value === 'string'
      ? value.trim()
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : value !== null && typeof value === 'object'
          ? JSON.stringify(value)
          : '';
  if (text === '') return null;
  const cut = text.length > QUOTED_LENGTH ? `${text.slice(0, QUOTED_LENGTH)}…` : text;
  return showHiddenCharacters(cut);
}
