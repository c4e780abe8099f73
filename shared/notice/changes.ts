import type { AwardCriterion, Change, KeyDate, Lot, Opportunity } from './model';
import { formatMoney, formatUkDate } from './format';

/**
 * What changed between the previous and the current state of the same ocid, in the terms a
 * bidder cares about: dates, values, lots, criteria, status. Unchanged facts produce nothing.
 */
export function diffOpportunities(previous: Opportunity, current: Opportunity): Change[] {
  const changes: Change[] = [];
  const add = (field: string, label: string, from: string | null, to: string | null): void => {
    if (from !== to) changes.push({ field, label, from, to });
  };
  add('title', 'Title', previous.title, current.title);
  add('buyer.name', 'Buyer', previous.buyer.name, current.buyer.name);
  add('noticeType', 'Latest notice', previous.noticeType, current.noticeType);
  add('stage', 'Stage', previous.stage, current.stage);
  add('status', 'Status', previous.status, current.status);
  add('value', 'Value', formatMoney(previous.value), formatMoney(current.value));
  add('description', 'Description', short(previous.description), short(current.description));
  add(
    'submissionMethodDetails',
    'How to submit',
    previous.submissionMethodDetails,
    current.submissionMethodDetails,
  );

  const dateKey = (d: KeyDate): string => `${d.kind}|${d.lotId ?? ''}|${d.label}`;
  const before = groupBy(previous.keyDates, dateKey);
  const after = groupBy(current.keyDates, dateKey);
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key) ?? [];
    const b = after.get(key) ?? [];
    const sample = (b[0] ?? a[0]) as KeyDate;
    const field = `keyDates.${sample.kind}${sample.lotId ? `[lot ${sample.lotId}]` : ''}`;
    const label = sample.lotId ? `${sample.label} (lot ${sample.lotId})` : sample.label;
    add(field, label, joinDates(a), joinDates(b));
  }

  const lotsBefore = new Map(previous.lots.map((l) => [l.id, l]));
  const lotsAfter = new Map(current.lots.map((l) => [l.id, l]));
  for (const id of new Set([...lotsBefore.keys(), ...lotsAfter.keys()])) {
    const a = lotsBefore.get(id);
    const b = lotsAfter.get(id);
    const name = `Lot ${id}`;
    if (!a || !b) {
      add(`lots[${id}]`, name, a ? lotName(a) : null, b ? lotName(b) : null);
      continue;
    }
    add(`lots[${id}].title`, `${name} title`, a.title, b.title);
    add(`lots[${id}].value`, `${name} value`, formatMoney(a.value), formatMoney(b.value));
    add(`lots[${id}].status`, `${name} status`, a.status, b.status);
    add(
      `lots[${id}].criteria`,
      `${name} award criteria`,
      criteriaText(a.criteria),
      criteriaText(b.criteria),
    );
  }

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

function groupBy<T>(list: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of list) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

function joinDates(dates: KeyDate[]): string | null {
  return dates.length ? dates.map((d) => formatUkDate(d.at, d.allDay)).join('; ') : null;
}

function lotName(lot: Lot): string {
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
