/**
 * Documents that are not notices (a commissioning strategy, say), kept as references for their
 * buyer and shown beside the buyer's opportunities.
 */
import { buyerKey } from '../../shared/buyers/buyer-name';
import type { BidDeskDatabase } from './database';
import type { ReferenceDocumentRecord } from './records';
import type { WriteContext } from './write-context';

export interface ReferenceDocumentInput {
  fileName: string;
  title: string | null;
  buyerName: string | null;
  text: string;
  isDemo?: boolean;
}

/**
 * Keep a document that is not a notice (e.g. a commissioning strategy) as a reference for its
 * buyer. Returns its id. The same text kept again for the same buyer is the document already
 * kept (listed once), unless that one was demo data and this is the user's own.
 */
export async function saveReferenceDocument(
  db: BidDeskDatabase,
  input: ReferenceDocumentInput,
  ctx: WriteContext,
): Promise<string> {
  const at = ctx.now.toISOString();
  const isDemo = input.isDemo ?? false;
  const key = buyerKey(input.buyerName);
  const kept = key
    ? await db.referenceDocuments
        .where('buyerKey')
        .equals(key)
        .filter((d) => d.text === input.text && d.isDemo === isDemo)
        .first()
    : undefined;
  if (kept) return kept.id;
  const row: ReferenceDocumentRecord = {
    id: crypto.randomUUID(),
    fileName: input.fileName,
    title: input.title,
    buyerName: input.buyerName,
    buyerKey: key,
    text: input.text,
    isDemo,
    ...(isDemo ? { demoFlag: 1 as const } : {}),
    createdAt: at,
    updatedAt: at,
    updatedBy: ctx.user,
  };
  await db.referenceDocuments.add(row);
  return row.id;
}

export { buyerKey };

/** The reference documents kept for a buyer (matched by `buyerKey`). */
export async function listReferenceDocumentsForBuyer(
  db: BidDeskDatabase,
  buyerName: string,
): Promise<ReferenceDocumentRecord[]> {
  const key = buyerKey(buyerName);
  return key ? db.referenceDocuments.where('buyerKey').equals(key).toArray() : [];
}

/** Every reference document, oldest first. */
export async function listReferenceDocuments(
  db: BidDeskDatabase,
): Promise<ReferenceDocumentRecord[]> {
  const rows = await db.referenceDocuments.toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Delete a reference document (the user's own choice; nothing else points at it yet). */
export async function deleteReferenceDocument(db: BidDeskDatabase, id: string): Promise<void> {
  await db.referenceDocuments.delete(id);
}
