import { importNoticeFile } from '../../../shared/import/engine';
import westMidlands from '../../../seeds/000_fb4168de84f5f4c3.txt?raw';
import cleveland from '../../../seeds/001_69a53860d87aeeff.txt?raw';
import staffordshireHateCrime from '../../../seeds/002_3c1ae50ae6e20042.txt?raw';
import strategy from '../../../seeds/003_36be14ad22fdf902.txt?raw';
import staffordshireStalking from '../../../seeds/004_478b2feee0bee103.txt?raw';
import {
  getMeta,
  saveImport,
  saveReferenceDocument,
  setMeta,
  type BidDeskDatabase,
} from '../../db';

/** The documents Bid Desk was created from, shipped as first-run demo data. */
export const DEMO_FILES: ReadonlyArray<{ name: string; text: string }> = [
  { name: '000_fb4168de84f5f4c3.txt', text: westMidlands },
  { name: '001_69a53860d87aeeff.txt', text: cleveland },
  { name: '002_3c1ae50ae6e20042.txt', text: staffordshireHateCrime },
  { name: '003_36be14ad22fdf902.txt', text: strategy },
  { name: '004_478b2feee0bee103.txt', text: staffordshireStalking },
];

/**
 * On the very first start, load the demo notices (marked as demo) and the commissioning strategy
 * (as a reference document), so a new user sees what Bid Desk does. Never again once done, even
 * if the user removed them.
 */
export async function seedDemoDataOnFirstRun(
  db: BidDeskDatabase,
  ctx: { now: Date; user: string },
): Promise<boolean> {
  if (await getMeta(db, 'demoSeeded')) return false;
  const encoder = new TextEncoder();
  // Read all files first (the engine is synchronous), then write everything in one transaction:
  // a crash half-way must not leave half the demo behind to be seeded again next time.
  const results = DEMO_FILES.map((file) => {
    const bytes = encoder.encode(file.text);
    return { file, bytes, result: importNoticeFile({ name: file.name, bytes }) };
  });
  await db.transaction('rw', db.tables, async () => {
    for (const { file, bytes, result } of results) {
      if (result.ok) {
        await saveImport(
          db,
          {
            fileName: file.name,
            format: result.format,
            sourceText: file.text,
            size: bytes.length,
            opportunities: result.opportunities,
            isDemo: true,
          },
          ctx,
        );
      } else if (result.error.code === 'commissioning-strategy') {
        await saveReferenceDocument(
          db,
          {
            fileName: file.name,
            title: result.error.details.title ?? null,
            buyerName: result.error.details.buyerName ?? null,
            text: file.text,
            isDemo: true,
          },
          ctx,
        );
      }
    }
    await setMeta(db, 'demoSeeded', true);
  });
  return true;
}
