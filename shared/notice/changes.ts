import type { AwardCriterion, Buyer, Change, KeyDate, Lot, Money, Opportunity } from './model';
import { formatMoney } from './format';
import { formatKeyDate } from './midnight';

type ComparedLot = Pick<Lot, 'id' | 'title' | 'value' | 'status' | 'criteria'>;

/**
 * What the change log compares. The state before a notice's newest release is normalised with
 * purpose `changeLog`, which leaves out what is not here (documents, CPV codes, contacts).
 */
export type ComparedFacts = Pick<
  Opportunity,
  | 'title'
  | 'noticeType'
  | 'stage'
  | 'status'
  | 'value'
  | 'description'
  | 'submissionMethodDetails'
  | 'keyDates'
  | 'amendments'
> & { buyer: Pick<Buyer, 'name'>; lots: ComparedLot[] };

/**
 * What changed between the previous and the current state of the same ocid, in the terms a
 * bidder cares about: dates, values, lots, criteria, status. Unchanged facts produce nothing.
 */
export function diffOpportunities(previous: ComparedFacts, current: ComparedFacts): Change[] {
  const changes: Change[] = [];
  const add = (field: string, label: string, from: string | null, to: string | null): void => {
    if (from !== to) changes.push({ field, label, from, to });
  };
  add('title', 'Title', previous.title, current.title);
  add('buyer.name', 'Buyer', previous.buyer.name, current.buyer.name);
  add('noticeType', 'Latest notice', previous.noticeType, current.noticeType);
  add('stage', 'Stage', previous.stage, current.stage);
  add('status', 'Status', previous.status, current.status);
  if (!sameMoney(previous.value, current.value)) {
    add('value', 'Value', formatMoney(previous.value), formatMoney(current.value));
  }
  if (previous.description !== current.description) {
    add('description', 'Description', short(previous.description), short(current.description));
  }
  add(
    'submissionMethodDetails',
    'How to submit',
    previous.submissionMethodDetails,
    current.submissionMethodDetails,
  );

  const before = groupDates(previous.keyDates);
  const after = groupDates(current.keyDates);
  const addDates = (a: KeyDate[], b: KeyDate[]): void => {
    // Formatting is the costly part of a diff, and most dates do not change between versions.
    if (sameDates(a, b)) return;
    const sample = (b[0] ?? a[0]) as KeyDate;
    const field = `keyDates.${sample.kind}${sample.lotId ? `[lot ${sample.lotId}]` : ''}`;
    const label = sample.lotId ? `${sample.label} (lot ${sample.lotId})` : sample.label;
    add(field, label, joinDates(a), joinDates(b));
  };
  for (const a of before) addDates(a, groupLike(after, a[0] as KeyDate) ?? []);
  for (const b of after) if (!groupLike(before, b[0] as KeyDate)) addDates([], b);

  const lotsBefore = lotsById(previous.lots);
  const lotsAfter = lotsById(current.lots);
  const addLot = (id: string, a: ComparedLot | undefined, b: ComparedLot | undefined): void => {
    const name = `Lot ${id}`;
    if (!a || !b) {
      add(`lots[${id}]`, name, a ? lotName(a) : null, b ? lotName(b) : null);
      return;
    }
    // Field names are built only for what changed (most lots do not).
    if (a.title !== b.title) add(`lots[${id}].title`, `${name} title`, a.title, b.title);
    if (!sameMoney(a.value, b.value)) {
      add(`lots[${id}].value`, `${name} value`, formatMoney(a.value), formatMoney(b.value));
    }
    if (a.status !== b.status) add(`lots[${id}].status`, `${name} status`, a.status, b.status);
    if (!sameCriteria(a.criteria, b.criteria)) {
      add(
        `lots[${id}].criteria`,
        `${name} award criteria`,
        criteriaText(a.criteria),
        criteriaText(b.criteria),
      );
    }
  };
  for (const [id, a] of lotsBefore) addLot(id, a, lotsAfter.get(id));
  for (const [id, b] of lotsAfter) if (!lotsBefore.has(id)) addLot(id, undefined, b);

  const amendmentIds = new Set(previous.amendments.map((a) => a.id ?? a.description));
  for (const amendment of current.amendments) {
    if (!amendmentIds.has(amendment.id ?? amendment.description)) {
      add(
        `amendments[${amendment.id ?? ''}]`,
        'Amendment',
        null,
        amendment.description ?? amendment.id ?? 'Amended',
      );
    }
  }
  return changes;
}

/**
 * Key dates grouped by what they are (kind, lot, label), in order of first appearance. A notice
 * has a dozen or so kinds of date: scanning the groups costs less than building a key for each.
 */
function groupDates(dates: KeyDate[]): KeyDate[][] {
  const groups: KeyDate[][] = [];
  for (const d of dates) {
    const group = groupLike(groups, d);
    if (group) group.push(d);
    else groups.push([d]);
  }
  return groups;
}

/** The group of dates that are what `d` is. */
function groupLike(groups: KeyDate[][], d: KeyDate): KeyDate[] | undefined {
  for (const group of groups) {
    const x = group[0] as KeyDate;
    if (x.kind === d.kind && x.lotId === d.lotId && x.label === d.label) return group;
  }
  return undefined;
}

/** Same instants, same day-level flags: then the formatted dates are the same too. */
function sameDates(a: KeyDate[], b: KeyDate[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as KeyDate;
    const y = b[i] as KeyDate;
    if (x.at !== y.at || x.allDay !== y.allDay) return false;
  }
  return true;
}

/** Equal amounts and currency format the same, so formatting (Intl, slow) can be skipped. */
function sameMoney(a: Money | null, b: Money | null): boolean {
  if (a === null || b === null) return a === b;
  // Object.is: -0 formats as "-£0", unlike 0.
  return (
    Object.is(a.amount, b.amount) &&
    Object.is(a.amountGross, b.amountGross) &&
    a.currency === b.currency
  );
}

function joinDates(dates: KeyDate[]): string | null {
  if (dates.length === 0) return null;
  // Nearly always one date: its text as it is, without an array and a join.
  if (dates.length === 1) return formatKeyDate(dates[0] as KeyDate);
  return dates.map(formatKeyDate).join('; ');
}

/** Lots by id; a repeated id keeps its last lot, as the change log always has. */
function lotsById(lots: ComparedLot[]): Map<string, ComparedLot> {
  const map = new Map<string, ComparedLot>();
  for (const lot of lots) map.set(lot.id, lot);
  return map;
}

/** Same names and weights: then the criteria read the same in the change log. */
function sameCriteria(a: AwardCriterion[], b: AwardCriterion[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as AwardCriterion;
    const y = b[i] as AwardCriterion;
    if ((x.name ?? x.type) !== (y.name ?? y.type) || !Object.is(x.weight, y.weight)) return false;
  }
  return true;
}

function lotName(lot: ComparedLot): string {
  return lot.title ?? `Lot ${lot.id}`;
}

function criteriaText(criteria: AwardCriterion[]): string | null {
  if (!criteria.length) return null;
  return criteria
    .map((c) => `${c.name ?? c.type}${c.weight === null ? '' : ` ${c.weight}%`}`)
    .join('; ');
}

function short(text: string | null): string | null {
  return text && text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
