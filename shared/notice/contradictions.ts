import type { ImportWarning, Instant, KeyDate, Lot, Money, Opportunity } from './model';
import { isHundred, isPriceCriterion, sumOfWeights } from './criteria';
import { formatUkDate } from '../calendar/format';
import { formatMoney } from './format';
import { instantMs } from '../calendar/instants';
import { lowerFirstWord } from '../words/mid-sentence';

/**
 * Where a notice contradicts itself: a lot valued in another currency than the contract, lot
 * values adding up to more than the whole, award criteria weights that do not add up to 100 (or
 * that Bid Desk read as a two-level weighting), a deadline before the notice was published, a
 * clarification deadline after the submission deadline. Bid Desk never picks one side silently:
 * each becomes a warning the user can take to the buyer. The messages name the figures and
 * dates involved and not the notice (the opportunity page shows them under its title; the
 * import's list adds the title).
 */
export function noticeContradictions(o: Opportunity, raw: RawFacts = {}): ImportWarning[] {
  const found = [
    ...currencyContradictions(o),
    ...lotValueContradictions(o),
    ...weightContradictions(o),
    ...deadlineContradictions(o, raw),
  ];
  return found.map(({ code, message }) => ({ code, message, ocid: o.ocid }));
}

/** Facts of the file that the normalised notice does not keep. */
export interface RawFacts {
  /** The `date` of the process's oldest release in the file: its first publication we know. */
  firstReleaseDate?: Instant | null;
}

interface Contradiction {
  code: string;
  message: string;
}

function lotName(o: Opportunity, lot: Lot): string {
  return o.lots.length > 1 ? `Lot ${lot.id}` : 'The lot';
}

/** "Lot 1", "Lots 1 and 2", "Lots 1, 2 and 3". */
function lotsNamed(ids: string[]): string {
  if (ids.length === 1) return `Lot ${ids[0]}`;
  return `Lots ${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`;
}

/** A lot's currency is checked against the contract's, or the first lot's when it has none. */
function currencyContradictions(o: Opportunity): Contradiction[] {
  const reference = o.value ?? o.lots.find((l) => l.value)?.value ?? null;
  if (!reference) return [];
  const whose = o.value ? 'the contract' : `lot ${o.lots.find((l) => l.value)?.id ?? ''}`;
  return o.lots.flatMap((lot) => {
    if (!lot.value || lot.value.currency === reference.currency) return [];
    return [
      {
        code: 'lot-currency-differs',
        message: `${lotName(o, lot)} is valued in ${lot.value.currency} (${formatMoney(lot.value) ?? 'no amount'}) but ${whose} in ${reference.currency} (${formatMoney(reference) ?? 'no amount'}). Check with the buyer which currency is meant.`,
      },
    ];
  });
}

/**
 * Lot values (in the contract's currency) that add up to more than the contract's. Net is
 * compared with net; gross with gross when the contract gives only a gross value.
 */
function lotValueContradictions(o: Opportunity): Contradiction[] {
  const total = o.value;
  if (!total) return [];
  const part: 'amount' | 'amountGross' = total.amount !== null ? 'amount' : 'amountGross';
  const whole = total[part];
  if (whole === null) return [];
  const valued = o.lots.filter(
    (l): l is Lot & { value: Money } =>
      l.value?.currency === total.currency && l.value[part] !== null,
  );
  const sum = valued.reduce((s, l) => s + (l.value[part] ?? 0), 0);
  if (valued.length === 0 || sum <= whole + 0.5) return [];
  const money = (amount: number): string =>
    formatMoney({ amount, amountGross: null, currency: total.currency }) ?? String(amount);
  const vat = part === 'amountGross' ? ' including VAT' : '';
  const first = valued[0] as Lot;
  const lots =
    valued.length === 1
      ? `${lotName(o, first)}'s value, ${money(sum)}${vat}, is`
      : `The values of ${valued.length === o.lots.length ? 'the' : `${valued.length} of the`} ${o.lots.length} lots add up to ${money(sum)}${vat},`;
  return [
    {
      code: 'lot-values-exceed-total',
      message: `${lots} more than the ${money(whole)}${vat} given for the whole contract. A lot's value may be the most it could be worth on its own, or a figure may be wrong: check with the buyer.`,
    },
  ];
}

/**
 * Weights that do not add up to 100, and the two-level reading (see readCriteria). Lots sharing
 * the tender's criteria say the same thing once. A sum equal to one stage of the lot's published
 * weighting ("85% written, 15% presentation") is that stage's share, not a contradiction.
 */
function weightContradictions(o: Opportunity): Contradiction[] {
  const byMessage = new Map<string, { code: string; lotIds: string[] }>();
  for (const lot of o.lots) {
    const found = lotWeightContradiction(lot);
    if (!found) continue;
    const seen = byMessage.get(found.message);
    if (seen) seen.lotIds.push(lot.id);
    else byMessage.set(found.message, { code: found.code, lotIds: [lot.id] });
  }
  return [...byMessage].map(([message, { code, lotIds }]) => ({
    code,
    message: o.lots.length > 1 ? `${lotsNamed(lotIds)}: ${lowerFirstWord(message)}` : message,
  }));
}

function lotWeightContradiction(lot: Lot): Contradiction | null {
  const { criteria } = lot;
  if (criteria.length === 0 || criteria.some((c) => c.weight === null)) return null;
  const twoLevel = criteria.filter((c) => c.weightAsStated !== undefined);
  if (twoLevel.length > 0) {
    const price = criteria.filter(isPriceCriterion);
    const priceShare = sumOfWeights(price);
    const stated = twoLevel.map((c) => percent(c.weightAsStated ?? 0)).join(', ');
    const read = twoLevel.map((c) => percent(c.weight ?? 0)).join(', ');
    const money = price.map((c) => `${c.name ?? c.type} ${percent(c.weight ?? 0)}`).join(', ');
    return {
      code: 'weights-read-as-two-levels',
      message: `The quality weights (${stated}) add up to 100 beside ${money}, ${percent(100 + priceShare)} in all. Bid Desk read them as shares of the ${percent(100 - priceShare)} for quality: ${read} of the total. Check with the buyer that this is what they meant.`,
    };
  }
  const sum = sumOfWeights(criteria);
  if (isHundred(sum)) return null;
  if (lot.weightingParts.some((p) => Math.abs(p.weight - sum) <= 0.5)) return null;
  const each = criteria.map((c) => `${c.name ?? c.type} ${percent(c.weight ?? 0)}`).join(', ');
  return {
    code: 'weights-do-not-add-up',
    message: `The award criteria weights add up to ${percent(sum)}, not 100% (${each}). Bid Desk kept them as published: check with the buyer.`,
  };
}

function percent(n: number): string {
  return `${Math.round(n * 100) / 100}%`;
}

/** Deadlines the notice states in its own fields (a date read from prose may be a misreading). */
const DEADLINES = new Set<KeyDate['kind']>([
  'expressionOfInterest',
  'clarificationDeadline',
  'submissionDeadline',
]);

function deadlineContradictions(o: Opportunity, raw: RawFacts): Contradiction[] {
  const deadlines = o.keyDates.filter((d) => DEADLINES.has(d.kind) && !d.derived);
  const out: Contradiction[] = [];
  const published = competitionPublished(o, raw);
  if (published) {
    for (const d of deadlines) {
      if (instantMs(d.at) >= instantMs(published)) continue;
      out.push({
        code: 'deadline-before-publication',
        message: `${dateName(d)} (${formatUkDate(d.at, d.allDay)}) is before the notice was published (${formatUkDate(published)}). Check with the buyer which date is right.`,
      });
    }
  }
  const submissions = deadlines.filter((d) => d.kind === 'submissionDeadline');
  for (const question of deadlines.filter((d) => d.kind === 'clarificationDeadline')) {
    for (const submit of submissions) {
      const sameLot =
        question.lotId === null || submit.lotId === null || question.lotId === submit.lotId;
      if (!sameLot || instantMs(question.at) <= instantMs(submit.at)) continue;
      out.push({
        code: 'clarification-after-deadline',
        message: `${dateName(question)} (${formatUkDate(question.at, question.allDay)}) is after ${lowerFirstWord(dateName(submit))} (${formatUkDate(submit.at, submit.allDay)}). Check with the buyer when questions close.`,
      });
    }
  }
  return out;
}

function dateName(d: KeyDate): string {
  return d.lotId === null
    ? `The ${lowerFirstWord(d.label)}`
    : `The ${lowerFirstWord(d.label)} of lot ${d.lotId}`;
}

/** Notices that open a competition (and so set its deadlines). */
const TENDER_NOTICE_TYPES = new Set(['UK4', 'tenderNotice', 'contractNotice']);
const BEFORE_AWARD = new Set<Opportunity['stage']>(['pipeline', 'engagement', 'planned', 'tender']);

/**
 * When the competition was published: its first tender notice in the history; else, before any
 * award, the oldest release in the file (or the latest notice). Null when that is not known to
 * be the competition's first publication: once a process is at award or contract stage its
 * latest notice naturally comes after the deadlines, and an amendment (with no history to say
 * when the tender first appeared) may well come after the clarification deadline.
 */
function competitionPublished(o: Opportunity, raw: RawFacts): string | null {
  let first: string | null = null;
  for (const n of o.noticeHistory) {
    const kind = n.noticeType ?? n.documentType ?? '';
    if (!n.datePublished || !TENDER_NOTICE_TYPES.has(kind)) continue;
    if (first === null || instantMs(n.datePublished) < instantMs(first)) first = n.datePublished;
  }
  if (first !== null) return first;
  if (!BEFORE_AWARD.has(o.stage) || o.amendments.length > 0) return null;
  return raw.firstReleaseDate ?? o.keyDates.find((d) => d.kind === 'published')?.at ?? null;
}
