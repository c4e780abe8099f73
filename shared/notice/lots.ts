import type { Classification, ContractPeriod, Lot } from './model';
import { bool, num, obj, objs, str, type Json } from '../ocds/read';
import { findLotsInProse, parseWeightingText } from '../prose';
import { ocdsInstant } from '../calendar/instants';
import { readCriteria } from './criteria';
import { readMoney, readSuitability } from './money';
import { noticeText } from './text';

/** CPV codes and delivery regions, per lot id (`null` key: items tied to no lot). */
export interface ItemFacts {
  cpv: Map<string | null, Classification[]>;
  regions: Map<string | null, string[]>;
}

/**
 * The lots of a compiled release. A notice without `tender.lots` (Contracts Finder, pre-Act FTS)
 * has one implicit lot carrying the tender's own value, period and criteria. When the OCDS holds
 * one lot but the description names several ("Lot A - Hate Crime Service Circa £704,000"), the
 * prose lots replace it, marked derived, inheriting the OCDS lot's period and suitability.
 */
export function readLots(tender: Json, items: ItemFacts, description: string | null): Lot[] {
  const ocdsLots = objs(tender.lots);
  const lots =
    ocdsLots.length > 0
      ? ocdsLots.map((lot, i) => readLot(lot, i, tender, items))
      : [implicitLot(tender, items)];
  if (lots.length > 1 || !description) return lots;
  const prose = findLotsInProse(description, 'tender.description');
  const base = lots[0];
  if (prose.length < 2 || !base) return lots;
  return prose.map((p) => ({
    ...base,
    id: p.id,
    title: p.title,
    description: null,
    value: p.value === null ? null : { amount: p.value, amountGross: null, currency: 'GBP' },
    derived: true,
    source: p.source,
  }));
}

function readLot(lot: Json, index: number, tender: Json, items: ItemFacts): Lot {
  const id = str(lot.id) ?? String(index + 1);
  const field = `tender.lots[${index}].awardCriteria`;
  // Lot-level criteria are the norm on FTS; tender-level ones apply to every lot.
  const awardCriteria = obj(lot.awardCriteria) ? lot.awardCriteria : tender.awardCriteria;
  // Named fields rather than a spread: a spread object literal costs several times more.
  const criteria = criteriaFacts(awardCriteria, field);
  return {
    id,
    title: text(lot.title),
    description: text(lot.description),
    status: str(lot.status),
    value: readMoney(lot.value),
    suitability: readSuitability(lot.suitability ?? tender.suitability),
    contractPeriod: readPeriod(lot.contractPeriod ?? tender.contractPeriod),
    hasRenewal: bool(lot.hasRenewal),
    renewal: text(obj(lot.renewal)?.description),
    criteria: criteria.criteria,
    weightingDescription: criteria.weightingDescription,
    criteriaDescription: criteria.criteriaDescription,
    weightingParts: criteria.weightingParts,
    cpv: items.cpv.get(id) ?? items.cpv.get(null) ?? [],
    regions: items.regions.get(id) ?? items.regions.get(null) ?? [],
    derived: false,
    source: null,
  };
}

function implicitLot(tender: Json, items: ItemFacts): Lot {
  const criteria = criteriaFacts(tender.awardCriteria, 'tender.awardCriteria');
  return {
    id: '1',
    title: null,
    description: null,
    status: str(tender.status),
    value: readMoney(tender.value),
    suitability: readSuitability(tender.suitability),
    contractPeriod: readPeriod(tender.contractPeriod),
    hasRenewal: bool(tender.hasRenewal),
    renewal: text(obj(tender.renewal)?.description),
    criteria: criteria.criteria,
    weightingDescription: criteria.weightingDescription,
    criteriaDescription: criteria.criteriaDescription,
    weightingParts: criteria.weightingParts,
    cpv: allCpv(items),
    regions: allRegions(items),
    derived: false,
    source: null,
  };
}

/** Every CPV code of the notice (all lots and none), each once, in order of first mention. */
export function allCpv(items: ItemFacts): Classification[] {
  const seen = new Set<string>();
  const out: Classification[] = [];
  for (const list of items.cpv.values()) {
    for (const c of list) {
      if (seen.has(c.code)) continue;
      seen.add(c.code);
      out.push(c);
    }
  }
  return out;
}

/** Every delivery region of the notice, each once, in order of first mention. */
export function allRegions(items: ItemFacts): string[] {
  const out = new Set<string>();
  for (const list of items.regions.values()) for (const region of list) out.add(region);
  return [...out];
}

function criteriaFacts(
  awardCriteria: unknown,
  field: string,
): Pick<Lot, 'criteria' | 'weightingDescription' | 'criteriaDescription' | 'weightingParts'> {
  const ac = obj(awardCriteria);
  const weightingDescription = text(ac?.weightingDescription);
  return {
    criteria: readCriteria(ac, field),
    weightingDescription,
    criteriaDescription: text(ac?.description),
    weightingParts: weightingDescription
      ? parseWeightingText(weightingDescription, `${field}.weightingDescription`)
      : [],
  };
}

export function readPeriod(value: unknown): ContractPeriod | null {
  const p = obj(value);
  if (!p) return null;
  const period: ContractPeriod = {
    start: ocdsInstant(p.startDate),
    end: ocdsInstant(p.endDate),
    maxExtent: ocdsInstant(p.maxExtentDate),
    durationInDays: num(p.durationInDays),
  };
  const empty =
    period.start === null &&
    period.end === null &&
    period.maxExtent === null &&
    period.durationInDays === null;
  return empty ? null : period;
}

function text(value: unknown): string | null {
  return noticeText(str(value));
}

/** The first of each key, in order (a list of fewer than two is returned as it is). */
export function dedupe<T>(list: T[], key: (t: T) => string): T[] {
  if (list.length < 2) return list;
  const seen = new Set<string>();
  const out: T[] = [];
  for (const t of list) {
    const k = key(t);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(t);
  }
  return out;
}
