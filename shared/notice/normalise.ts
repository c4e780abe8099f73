import type {
  Amendment,
  Buyer,
  Classification,
  NoticeDocument,
  NoticeRecord,
  NoticeSource,
  Opportunity,
  Stage,
} from './model';
import { NOTICE_TYPES, type NoticeType } from './model';
import { at, obj, objs, str, strs, type Json } from '../ocds/read';
import { readAwards } from './awards';
import { readEngagement } from './engagement';
import { instantMs, ocdsInstant } from '../calendar/instants';
import { readKeyDates } from './key-dates';
import { allCpv, allRegions, dedupe, readLots, type ItemFacts } from './lots';
import { combineSuitability, readMoney, readSuitability } from './money';
import { noticeText } from './text';

export interface NormaliseContext {
  /** Tags of the newest release (a compiled release's own tag is just `compiled`). */
  latestTags: string[];
  releaseIds: string[];
  /**
   * `changeLog`: the state before a notice's newest release, read only to be compared with the
   * current one (diffOpportunities). What the change log never compares is left empty: the
   * documents, CPV codes and regions, and the buyer's contact details and address.
   */
  purpose?: 'changeLog';
}

/** The items of a state read for the change log: none (only ever read, never written to). */
const NO_ITEMS: ItemFacts = { cpv: new Map(), regions: new Map() };

/** Turn one compiled OCDS release into Bid Desk's Opportunity. Never throws on odd data. */
export function normaliseRelease(release: Json, context: NormaliseContext): Opportunity {
  const tender = obj(release.tender) ?? {};
  const ocid = str(release.ocid);
  const description = text(tender.description) ?? text(release.description);
  const full = context.purpose !== 'changeLog';
  const items = full ? readItems(tender) : NO_ITEMS;
  const lots = readLots(tender, items, description);
  const documents = allDocuments(release);
  const noticeHistory = readNotices(documents);
  const noticeType = latestNoticeType(noticeHistory);
  const engagement = readEngagement(release, description);
  const submissionMethodDetails = text(tender.submissionMethodDetails);
  const awards = readAwards(release);
  return {
    ocid,
    source: sourceOf(ocid),
    title:
      text(tender.title) ??
      text(at(release, 'planning', 'project', 'title')) ??
      text(objs(release.awards)[0]?.title) ??
      untitledNotice(ocid),
    description,
    buyer: full ? readBuyer(release) : buyerNamed(release),
    noticeType,
    noticeHistory,
    stage: stageOf(noticeType, str(tender.status), context.latestTags),
    status: str(tender.status),
    value: readMoney(tender.value),
    suitability: combineSuitability([
      readSuitability(tender.suitability),
      ...lots.map((l) => l.suitability),
    ]),
    cpv: allCpv(items),
    regions: allRegions(items),
    procurementMethod: str(tender.procurementMethod),
    procurementMethodDetails: text(tender.procurementMethodDetails),
    procedureFeatures: text(at(tender, 'procedure', 'features')),
    specialRegime: strs(tender.specialRegime),
    submissionMethodDetails,
    submissionUrl: submissionMethodDetails ? firstUrl(submissionMethodDetails) : null,
    amendments: readAmendments(tender),
    lots,
    keyDates: readKeyDates(release, lots, noticeHistory, engagement, awards),
    engagementEvents: engagement.events,
    documents: full ? readDocuments(documents) : [],
    awards,
    changes: [],
    releaseHistory: [],
    updatedAt: ocdsInstant(release.date),
    releaseIds: context.releaseIds,
  };
}

/** The title and buyer name shown when the notice gives none (the import warns about them). */
export function untitledNotice(ocid: string | null): string {
  return ocid ? `Untitled notice ${ocid}` : 'Untitled notice';
}
export const UNKNOWN_BUYER = 'Unknown buyer';

function text(value: unknown): string | null {
  return noticeText(str(value));
}

function sourceOf(ocid: string | null): NoticeSource {
  if (ocid?.startsWith('ocds-h6vhtk-')) return 'fts';
  if (ocid?.startsWith('ocds-b5fd17-')) return 'contracts-finder';
  return 'other';
}

/** The buyer as the change log compares it: the name (the parties are searched only without one). */
function buyerNamed(release: Json): Buyer {
  const ref = obj(release.buyer);
  return {
    id: null,
    name: text(ref?.name) ?? text(buyerParty(release, ref)?.name) ?? UNKNOWN_BUYER,
    contactName: null,
    email: null,
    telephone: null,
    url: null,
    address: null,
  };
}

function buyerParty(release: Json, ref: Json | null): Json | undefined {
  const parties = objs(release.parties);
  return (
    parties.find((p) => ref && str(p.id) !== null && str(p.id) === str(ref.id)) ??
    parties.find((p) => strs(p.roles).includes('buyer'))
  );
}

function readBuyer(release: Json): Buyer {
  const ref = obj(release.buyer);
  const party = buyerParty(release, ref);
  const contact = obj(party?.contactPoint);
  const address = obj(party?.address);
  return {
    id: str(ref?.id) ?? str(party?.id),
    name: text(ref?.name) ?? text(party?.name) ?? UNKNOWN_BUYER,
    contactName: str(contact?.name),
    email: str(contact?.email),
    telephone: str(contact?.telephone),
    url: str(contact?.url) ?? str(at(party, 'details', 'url')),
    address: address
      ? {
          street: str(address.streetAddress),
          locality: str(address.locality),
          region: str(address.region),
          postalCode: str(address.postalCode),
          country: str(address.countryName) ?? str(address.country),
        }
      : null,
  };
}

function readItems(tender: Json): ItemFacts {
  const cpv = new Map<string | null, Classification[]>();
  const regions = new Map<string | null, string[]>();
  addCpv(cpv, null, tender.classification, tender.additionalClassifications);
  for (const item of objs(tender.items)) {
    const lot = str(item.relatedLot);
    addCpv(cpv, lot, item.classification, item.additionalClassifications);
    for (const address of objs(item.deliveryAddresses)) {
      const place = str(address.region) ?? str(address.locality);
      if (place !== null) addRegion(regions, lot, place);
    }
  }
  return { cpv, regions };
}

/**
 * Lists per lot keep each code or region once, in order of first mention. They are checked as
 * they grow: a lot has a few codes, and a set per lot would cost more than the comparisons.
 */
function addCode(
  map: Map<string | null, Classification[]>,
  key: string | null,
  c: Classification,
): void {
  const list = map.get(key);
  if (!list) map.set(key, [c]);
  else if (!list.some((x) => x.code === c.code)) list.push(c);
}

function addRegion(map: Map<string | null, string[]>, key: string | null, region: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [region]);
  else if (!list.includes(region)) list.push(region);
}

function addCpv(
  map: Map<string | null, Classification[]>,
  key: string | null,
  classification: unknown,
  additional: unknown,
): void {
  const main = cpvOf(classification);
  if (main) addCode(map, key, main);
  for (const c of objs(additional)) {
    const cpv = cpvOf(c);
    if (cpv) addCode(map, key, cpv);
  }
}

function cpvOf(classification: unknown): Classification | null {
  const o = obj(classification);
  const code = str(o?.id);
  const scheme = str(o?.scheme);
  // Some FTS releases drop `scheme`; an 8-digit code is CPV all the same.
  // Nearly always spelled `CPV`: compared as it is before any case-folding copy.
  const isCpv = scheme
    ? scheme === 'CPV' || scheme.toUpperCase() === 'CPV'
    : /^\d{8}$/.test(code ?? '');
  if (!o || !code || !isCpv) return null;
  return { code, description: str(o.description) };
}

const NOTICE_TYPE_SET = new Set<string>(NOTICE_TYPES);

function allDocuments(release: Json): Json[] {
  const documents = [
    ...objs(at(release, 'planning', 'documents')),
    ...objs(at(release, 'tender', 'documents')),
  ];
  // Awards and contracts, when there are any (most notices are at tender stage).
  for (const a of objs(release.awards)) documents.push(...objs(a.documents));
  for (const c of objs(release.contracts)) documents.push(...objs(c.documents));
  return documents;
}

function readNotices(documents: Json[]): NoticeRecord[] {
  const notices = documents
    .filter((d) => str(d.noticeType) !== null || /Notice$/.test(str(d.documentType) ?? ''))
    .map((d) => {
      const type = str(d.noticeType);
      return {
        id: str(d.id) ?? '',
        noticeType: type && NOTICE_TYPE_SET.has(type) ? (type as NoticeType) : null,
        documentType: str(d.documentType),
        title: text(d.title) ?? text(d.description),
        url: str(d.url),
        datePublished: ocdsInstant(d.datePublished),
      };
    });
  return dedupeNotices(notices).sort(
    (a, b) => instantMs(a.datePublished ?? '') - instantMs(b.datePublished ?? '') || 0,
  );
}

/**
 * Each notice once (the same id and URL listed under the tender and an award, say). A notice
 * nearly always has a handful: comparing them costs less than a key and a set per notice.
 */
function dedupeNotices(notices: NoticeRecord[]): NoticeRecord[] {
  if (notices.length > 16) return dedupe(notices, (n) => `${n.id}|${n.url}`);
  const out: NoticeRecord[] = [];
  for (const n of notices) {
    if (!out.some((o) => o.id === n.id && o.url === n.url)) out.push(n);
  }
  return out;
}

/** The type of the newest notice that has one. */
function latestNoticeType(notices: NoticeRecord[]): NoticeType | null {
  for (let i = notices.length - 1; i >= 0; i--) {
    const type = (notices[i] as NoticeRecord).noticeType;
    if (type !== null) return type;
  }
  return null;
}

function readDocuments(documents: Json[]): NoticeDocument[] {
  return documents.map((d) => ({
    id: str(d.id) ?? '',
    documentType: str(d.documentType),
    title: text(d.title),
    description: text(d.description),
    url: str(d.url),
    datePublished: ocdsInstant(d.datePublished),
    lotId: strs(d.relatedLots)[0] ?? null,
  }));
}

function readAmendments(tender: Json): Amendment[] {
  return objs(tender.amendments).map((a) => ({
    id: str(a.id),
    date: ocdsInstant(a.date),
    description: text(a.description),
    rationale: text(a.rationale),
  }));
}

const STAGE_BY_NOTICE: Record<NoticeType, Stage> = {
  UK1: 'pipeline', UK2: 'engagement', UK3: 'planned', UK4: 'tender', UK5: 'award', UK6: 'award',
  UK7: 'contract', UK8: 'contract', UK9: 'contract', UK10: 'contract', UK11: 'contract',
  UK12: 'cancelled', UK13: 'tender', UK14: 'tender', UK15: 'tender', UK16: 'tender', UK17: 'tender',
}; // prettier-ignore

function stageOf(noticeType: NoticeType | null, status: string | null, tags: string[]): Stage {
  if (status === 'cancelled' || status === 'withdrawn' || tags.includes('tenderCancellation'))
    return 'cancelled';
  if (noticeType) return STAGE_BY_NOTICE[noticeType];
  if (tags.some((t) => t.startsWith('contract') || t === 'implementation')) return 'contract';
  if (tags.some((t) => t.startsWith('award'))) return 'award';
  if (tags.some((t) => t.startsWith('tender'))) return 'tender';
  if (tags.some((t) => t.startsWith('planning')))
    return status === 'planned' ? 'planned' : 'pipeline';
  if (status === 'active') return 'tender';
  if (status === 'complete') return 'contract';
  if (status === 'planned' || status === 'planning') return 'planned';
  return 'unknown';
}

function firstUrl(textValue: string): string | null {
  return /https?:\/\/[^\s<>"')]+/i.exec(textValue)?.[0] ?? null;
}
