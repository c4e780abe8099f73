/**
 * Documents that are not notices (a commissioning strategy, say), kept as references for their
 * buyer and shown beside the buyer's opportunities.
 */
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
 * buyer. Returns its id.
 */
export async function saveReferenceDocument(
  db: BidDeskDatabase,
  input: ReferenceDocumentInput,
  ctx: WriteContext,
): Promise<string> {
  const at = ctx.now.toISOString();
  const isDemo = input.isDemo ?? false;
  const row: ReferenceDocumentRecord = {
    id: crypto.randomUUID(),
    fileName: input.fileName,
    title: input.title,
    buyerName: input.buyerName,
    buyerKey: buyerKey(input.buyerName),
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

/** Words that do not tell one buyer from another ("The Office of the PCC for X"). */
const FILLER = new Set(['the', 'of', 'for', 'and', 'office']);

/**
 * How buyer names are matched: the same words in any order, ignoring case, punctuation and
 * filler words, so that "West Midlands Police and Crime Commissioner" (a strategy's own words)
 * finds "Police and Crime Commissioner for West Midlands" (the notice's buyer).
 */
export function buyerKey(name: string | null): string | null {
  const words = (name ?? '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !FILLER.has(word));
  return words.length ? [...new Set(words)].sort().join(' ') : null;
}

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
