import type { Award, AwardSupplier, Instant } from './model';
import { bool, obj, objs, str, strs, type Json } from '../ocds/read';
import { ocdsInstant } from '../calendar/instants';
import { readPeriod } from './lots';
import { readMoney } from './money';
import { noticeText } from './text';

/**
 * The awards of a compiled release: UK6 (contract award), UK7 (contract details) and Contracts
 * Finder `award`/`awardUpdate` releases. Awards with no supplier, value or date say nothing a
 * bidder can use (FTS lists every lot of a framework as an empty award before it is made) and are
 * left out.
 */
export function readAwards(release: Json): Award[] {
  const suppliersById = supplierParties(release);
  const contracts = objs(release.contracts);
  const awards: Award[] = [];
  for (const a of objs(release.awards)) {
    const id = str(a.id);
    const contract = id === null ? undefined : contracts.find((c) => str(c.awardID) === id);
    const award: Award = {
      id,
      title: noticeText(str(a.title)) ?? noticeText(str(a.description)),
      status: str(a.status),
      date: ocdsInstant(a.date),
      value: readMoney(a.value) ?? readMoney(contract?.value),
      suppliers: objs(a.suppliers).flatMap((s) => supplierOf(s, suppliersById)),
      lotIds: strs(a.relatedLots),
      standstillEnd: ocdsInstant(obj(a.standstillPeriod)?.endDate),
      expectedSignature:
        futureSignature(a.milestones) ??
        futureSignature(contract?.milestones) ??
        ocdsInstant(a.futureSignatureDate),
      dateSigned: ocdsInstant(contract?.dateSigned),
      contractPeriod: readPeriod(a.contractPeriod) ?? readPeriod(contract?.period),
    };
    if (award.suppliers.length || award.value || award.date || award.standstillEnd)
      awards.push(award);
  }
  return awards;
}

/** The parties that are suppliers, by id, with what their details say of size and VCSE status. */
function supplierParties(release: Json): Map<string, Json> {
  const byId = new Map<string, Json>();
  for (const p of objs(release.parties)) {
    const id = str(p.id);
    if (id !== null && (strs(p.roles).includes('supplier') || !byId.has(id))) byId.set(id, p);
  }
  return byId;
}

function supplierOf(ref: Json, parties: Map<string, Json>): AwardSupplier[] {
  const id = str(ref.id);
  const party = id === null ? undefined : parties.get(id);
  const name = noticeText(str(ref.name)) ?? noticeText(str(party?.name));
  if (name === null) return [];
  const details = obj(party?.details);
  return [{ id, name, scale: str(details?.scale), vcse: bool(details?.vcse) }];
}

/** The due date of the first `futureSignatureDate` milestone in a list. */
function futureSignature(milestones: unknown): Instant | null {
  for (const m of objs(milestones)) {
    if (str(m.type) === 'futureSignatureDate') {
      const due = ocdsInstant(m.dueDate);
      if (due) return due;
    }
  }
  return null;
}
