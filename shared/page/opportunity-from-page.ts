/**
 * An Opportunity built from a notice page's printed labels alone: the fallback when the page's
 * OCDS JSON block is missing or unreadable. Everything is as precise as the page: days, not times.
 */
import { NOTICE_TYPES } from '../notice/model';
import type {
  Buyer,
  ContractPeriod,
  KeyDate,
  KeyDateKind,
  Lot,
  NoticeSource,
  NoticeType,
  Opportunity,
  Stage,
} from '../notice/model';
import { dayInstant, parsePageDate, parsePageDateRange } from './page-date';
import { latestNotice, newestRelease } from './page-history';
import { parseLotInformation } from './page-lots';
import {
  displayBuyerName,
  knownValue,
  parseCpvLines,
  parsePageMoney,
  parseSuitability,
  titleCaseShouted,
} from './page-values';
import type { NoticePage } from './read-notice-page';

const OCDS_METHODS = new Set(['open', 'selective', 'limited', 'direct']);
const OCDS_TENDER_STATUSES = new Set([
  'planning',
  'planned',
  'active',
  'cancelled',
  'unsuccessful',
  'complete',
  'withdrawn',
]);

/**
 * Build an Opportunity from the page alone. Facts come from the page's labels, so nothing is
 * `derived`; key dates carry `source: { field: 'page: <Label>', snippet: <value as printed> }`.
 * Dates are day-level (`allDay: true`) at local midnight, the submission deadline too: the page
 * prints the day without the time (seed 004's "6 May 2026" is noon; a notice closing at 00:00 on
 * 27 June prints "27 Jun 2026", the end of 26 June), so plans take the day's earliest reading.
 *
 * Lots: the page's "Lot Information" lots when it has that section; otherwise one lot with id
 * "1", because every FTS procurement has at least one lot (OCDS numbers a single lot "1") and a
 * page without the section describes the procurement as a whole. Facts the page prints once
 * (value, contract period, CPV codes, regions, suitability) are put on the lot only when there is
 * a single lot, since the page does not say how they split between several.
 */
export function opportunityFromPage(page: NoticePage): Opportunity {
  const f = page.fields;
  const ocid = knownValue(f['Open Contracting ID']);
  const noticeType = readNoticeType(f['Notice Type']);
  const status = readTenderStatus(f['Tender Status']);
  const lotStatus = readTenderStatus(f['Lots Status']) ?? status;
  const title =
    knownValue(page.sections['Notice Title']?.replace(/\n/g, ' ')) ??
    knownValue(page.heading.title) ??
    ocid ??
    'Untitled notice';
  const value = parsePageMoney(f['Tender Value']);
  const suitability = parseSuitability(f['Tender Suitability']);
  const cpv = parseCpvLines(page.sections['CPV Codes']);
  const delivery = knownValue(f['Delivery Location']);
  const regions = delivery === null ? [] : [delivery];
  const period = parsePageDateRange(f['Contract Period'] ?? '');
  const updatedAt = newestRelease(page);
  const latest = latestNotice(page, noticeType, updatedAt);

  const pageLots = parseLotInformation(page.sections['Lot Information']);
  const single = pageLots.length <= 1;
  const lotBase = (id: string): Lot => ({
    id,
    title: null,
    description: null,
    status: lotStatus,
    value: single ? (parsePageMoney(f['Lots Value']) ?? value) : null,
    suitability: single ? suitability : { sme: null, vcse: null },
    contractPeriod: single && period ? contractPeriod(period) : null,
    hasRenewal: null,
    renewal: null,
    criteria: [],
    weightingDescription: null,
    criteriaDescription: null,
    weightingParts: [],
    cpv: single ? cpv : [],
    regions: single ? regions : [],
    derived: false,
    source: null,
  });
  const lots: Lot[] =
    pageLots.length === 0
      ? [lotBase('1')]
      : // Numbered from 1 in page order, as FTS numbers lots (seed 000's OCDS lots are 1, 2, 3).
        pageLots.map((lot, i) => ({
          ...lotBase(String(i + 1)),
          title: lot.title,
          description: lot.description,
          hasRenewal: lot.renewal === null ? null : !/^(no|none|not)\b/i.test(lot.renewal),
          renewal: lot.renewal,
          source: { field: 'page: Lot Information', snippet: lot.title },
        }));

  return {
    ocid,
    source: readSource(f['Publication Source'], ocid),
    title,
    description: knownValue(page.sections['Notice Description']),
    buyer: readBuyer(page),
    noticeType,
    noticeHistory: latest ? [latest.record] : [],
    stage: readStage(noticeType, f['Current Stage'], status),
    status,
    value,
    suitability,
    cpv,
    regions,
    procurementMethod: readMethod(f['Procurement Method']),
    procurementMethodDetails: knownValue(f['Procurement Method Details']),
    procedureFeatures: null,
    specialRegime: [],
    submissionMethodDetails: null,
    submissionUrl: null,
    amendments: [],
    lots,
    keyDates: keyDates(page, period),
    engagementEvents: [],
    documents: latest ? [latest.document] : [],
    awards: [],
    changes: [],
    releaseHistory: [],
    updatedAt: updatedAt?.at ?? null,
    releaseIds: [],
  };
}

function readNoticeType(value: string | undefined): NoticeType | null {
  const code = /^(UK\d{1,2})\b/i.exec(value?.trim() ?? '')?.[1]?.toUpperCase();
  return NOTICE_TYPES.find((t) => t === code) ?? null;
}

function readTenderStatus(value: string | undefined): string | null {
  const text = knownValue(value);
  if (text === null) return null;
  return OCDS_TENDER_STATUSES.has(text.toLowerCase()) ? text.toLowerCase() : text;
}

function readMethod(value: string | undefined): string | null {
  const text = knownValue(value);
  if (text === null) return null;
  return OCDS_METHODS.has(text.toLowerCase()) ? text.toLowerCase() : text;
}

function readSource(value: string | undefined, ocid: string | null): NoticeSource {
  if (/find a tender/i.test(value ?? '')) return 'fts';
  if (/contracts finder/i.test(value ?? '')) return 'contracts-finder';
  // The ocid prefix names the publisher when the page does not.
  if (ocid?.startsWith('ocds-h6vhtk-')) return 'fts';
  if (ocid?.startsWith('ocds-b5fd17-')) return 'contracts-finder';
  return 'other';
}

function readStage(
  type: NoticeType | null,
  currentStage: string | undefined,
  status: string | null,
): Stage {
  if (status === 'cancelled' || status === 'withdrawn') return 'cancelled';
  if (type) {
    const n = Number(type.slice(2));
    if (n === 1) return 'pipeline';
    if (n === 2) return 'engagement';
    if (n === 3) return 'planned';
    if (n === 4) return 'tender';
    if (n === 5 || n === 6) return 'award';
    if (n === 12) return 'cancelled';
    return 'contract';
  }
  const word = (currentStage ?? '').trim().toLowerCase();
  if (word === 'pipeline') return 'pipeline';
  // "Planning" covers both engagement and planned notices; planned is the later, safer reading.
  if (word === 'planning') return 'planned';
  if (word === 'tender') return 'tender';
  if (word === 'award') return 'award';
  if (word === 'contract' || word === 'implementation') return 'contract';
  if (word === 'cancelled' || word === 'terminated') return 'cancelled';
  return 'unknown';
}

function readBuyer(page: NoticePage): Buyer {
  const f = page.fields;
  const printed = knownValue(f['Main Buyer']) ?? knownValue(page.heading.buyer);
  const prose = ['Summary of the contracting process', 'Notice Description', 'Planning Information']
    .map((name) => page.sections[name])
    .filter((text): text is string => text !== undefined);
  const locality = knownValue(f['Locality']);
  const postalCode = knownValue(f['Postcode']);
  const region = knownValue(f['Small Region (ITL 3)']);
  const country = knownValue(f['Country']);
  const hasAddress = [locality, postalCode, region, country].some((v) => v !== null);
  return {
    id: null,
    name: printed === null ? 'Unknown buyer' : displayBuyerName(printed, prose),
    contactName: knownValue(f['Contact Name']),
    email: knownValue(f['Contact Email']),
    telephone: knownValue(f['Contact Phone']),
    url: null,
    address: hasAddress
      ? {
          street: null,
          locality: locality === null ? null : titleCaseShouted(locality),
          region,
          postalCode,
          country,
        }
      : null,
  };
}

function contractPeriod(period: { start: string; end: string }): ContractPeriod {
  return {
    start: dayInstant(period.start),
    end: dayInstant(period.end),
    maxExtent: null,
    durationInDays: null,
  };
}

const DAY_DATES: Array<{ kind: KeyDateKind; label: string; field: string }> = [
  { kind: 'published', label: 'Published', field: 'Publication Date' },
  { kind: 'submissionDeadline', label: 'Submission deadline', field: 'Submission Deadline' },
  { kind: 'futureNotice', label: 'Next notice expected', field: 'Future Notice Date' },
  { kind: 'awardDecision', label: 'Award decision', field: 'Award Date' },
];

function keyDates(page: NoticePage, period: { start: string; end: string } | null): KeyDate[] {
  const out: KeyDate[] = [];
  const add = (kind: KeyDateKind, label: string, day: string, field: string): void => {
    const snippet = page.fields[field] ?? '';
    out.push({
      kind,
      at: dayInstant(day),
      allDay: true,
      lotId: null,
      label,
      derived: false,
      source: { field: `page: ${field}`, snippet },
    });
  };
  for (const d of DAY_DATES) {
    const day = parsePageDate(page.fields[d.field] ?? '');
    if (day) add(d.kind, d.label, day, d.field);
  }
  if (period) {
    add('contractStart', 'Contract start', period.start, 'Contract Period');
    add('contractEnd', 'Contract end', period.end, 'Contract Period');
  }
  return out;
}
