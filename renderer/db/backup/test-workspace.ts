/**
 * For the backup tests only (never imported by the app): a store with a bit of everything, made
 * through the real repositories so the rows are the ones users have. The tests pass in the engine's
 * output for the seed notices (reading the files needs Node, which this folder does not have).
 */
import { importNoticeFile } from '../../../shared/import/engine';
import { DEFAULT_DECISION_SETTINGS } from '../../../shared/workspace';
import { criterionKeys } from '../../../shared/workspace/checklist';
import type { BidDeskDatabase } from '../database';
import { saveImport, type SaveImportInput } from '../import-repository';
import { setMeta } from '../meta-repository';
import { dismissChanges } from '../opportunity-repository';
import { saveReferenceDocument } from '../reference-repository';
import {
  createChecklist,
  recordDecision,
  saveChecklistTemplate,
  saveCriterionPlan,
  saveDecisionSettings,
  saveEngagementPlan,
  setScale,
  setUserName,
  updateChecklistItem,
} from '../workspace';
import { lotsOf } from '../notice-record';

/** The seed notices as the engine read them, and a newer stalking notice (deadline moved). */
export interface WorkspaceSeeds {
  westMidlands: SaveImportInput;
  cleveland: SaveImportInput;
  stalking: SaveImportInput;
  stalkingMoved: SaveImportInput;
  strategyText: string;
}

/** Ids of what `fillWorkspace` made, for the tests' assertions. */
export interface FilledWorkspace {
  westMidlands: string;
  cleveland: string;
  stalking: string;
  stalkingLot: string;
}

/** The seed files the workspace is made from (keys of `SEEDS` in test/corpus.ts). */
export type SeedKey = 'westMidlands' | 'cleveland' | 'staffordshireStalking' | 'strategy';

/**
 * The seeds through the real engine, and the stalking tender again as the buyer republished it a
 * week later with its deadline moved from 6 to 13 May. `read` gives a seed file's bytes.
 */
export function workspaceSeeds(read: (key: SeedKey) => Uint8Array): WorkspaceSeeds {
  const text = (key: SeedKey) => new TextDecoder().decode(read(key));
  const moved = text('staffordshireStalking')
    .replace('"endDate": "2026-05-06T12:00:00+01:00"', '"endDate": "2026-05-13T12:00:00+01:00"')
    .replace('"date": "2026-04-08T15:03:16+01:00"', '"date": "2026-04-15T10:00:00+01:00"');
  return {
    westMidlands: engineInput('000_fb4168de84f5f4c3.txt', text('westMidlands')),
    cleveland: engineInput('001_69a53860d87aeeff.txt', text('cleveland')),
    stalking: engineInput('004_478b2feee0bee103.txt', text('staffordshireStalking')),
    stalkingMoved: engineInput('004-deadline-moved.txt', moved),
    strategyText: text('strategy'),
  };
}

/** What the import engine reads from a file's text, as `saveImport` takes it. */
export function engineInput(fileName: string, text: string): SaveImportInput {
  const bytes = new TextEncoder().encode(text);
  const result = importNoticeFile({ name: fileName, bytes });
  if (!result.ok) throw new Error(`${fileName}: ${result.error.message}`);
  const { format, opportunities } = result;
  return { fileName, format, sourceText: text, size: bytes.length, opportunities };
}

/** The value, or a test failure saying what was missing (instead of a non-null assertion). */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}`);
  return value;
}

const at = (iso: string, user = 'Alice') => ({ now: new Date(iso), user });

/**
 * Demo data (West Midlands), two real notices, a reference document, a go/no-go decision, a
 * generated checklist with an edited item, an engagement plan, a response plan, every kind of
 * setting, then a re-import that moves the stalking tender's deadline (change log entry, checklist
 * due dates moved) and a dismissed change on Cleveland's first import.
 */
export async function fillWorkspace(
  db: BidDeskDatabase,
  seeds: WorkspaceSeeds,
): Promise<FilledWorkspace> {
  const first = at('2026-04-10T09:00:00Z');
  // As the app's first run records after loading the demo notices.
  await setMeta(db, 'demoSeeded', true);
  const westMidlands = await created(db, { ...seeds.westMidlands, isDemo: true }, first);
  const cleveland = await created(db, seeds.cleveland, first);
  const stalking = await created(db, seeds.stalking, first);
  await saveReferenceDocument(
    db,
    {
      fileName: 'strategy.txt',
      title: 'Victims strategy',
      buyerName: 'Staffordshire Commissioner',
      text: seeds.strategyText,
    },
    first,
  );

  const lots = (await lotsOf(db, [stalking])).sort((a, b) => a.position - b.position);
  const lot = lots[0];
  if (!lot) throw new Error('the stalking tender has no lot');
  const items = await createChecklist(db, stalking, lot.id, at('2026-04-11T10:00:00Z'));
  const firstItem = items[0];
  if (!firstItem) throw new Error('no checklist items');
  await updateChecklistItem(
    db,
    firstItem.id,
    { status: 'drafting', owner: 'Priya', notes: 'Case studies from Walsall' },
    at('2026-04-12T10:00:00Z', 'Bob'),
  );
  const settings = DEFAULT_DECISION_SETTINGS;
  await recordDecision(
    db,
    {
      opportunityId: stalking,
      lotId: null,
      gates: settings.gates.map((g) => ({ gateId: g.id, passed: true, note: '' })),
      factors: settings.factors.map((f) => ({ factorId: f.id, score: 4, note: 'good fit' })),
      settings,
      outcome: 'bid',
      decidedBy: 'Sam Okafor (CEO)',
      decidedOn: '2026-04-12',
      rationale: 'We run the stalking advocacy pilot already.',
    },
    at('2026-04-12T11:00:00Z'),
  );
  await saveEngagementPlan(
    db,
    {
      opportunityId: stalking,
      eventId: null,
      manual: {
        kind: 'briefing',
        title: 'Call with the commissioner',
        start: '2026-04-22T10:00:00+01:00',
        end: null,
        allDay: false,
        place: null,
        onlineUrl: 'https://teams.example/meet',
        signUpDeadline: null,
      },
      status: 'registered',
      attendees: ['Priya', 'Sam'],
      questions: 'Is TUPE expected?',
      notes: '',
    },
    at('2026-04-12T12:00:00Z'),
  );
  const key = criterionKeys(lot.criteria)[0];
  if (key === undefined) throw new Error('the stalking lot has no criteria');
  await saveCriterionPlan(
    db,
    { opportunityId: stalking, lotId: lot.id, criterionKey: key, owner: 'Priya', wordLimit: 500 },
    at('2026-04-12T13:00:00Z'),
  );
  await saveDecisionSettings(
    db,
    { ...settings, thresholds: { bid: 70, review: 50 } },
    at('2026-04-13T09:00:00Z'),
  );
  await saveChecklistTemplate(
    db,
    [{ id: 'safeguarding', title: 'Safeguarding policy signed', offsetDays: 7 }],
    at('2026-04-13T09:00:00Z'),
  );
  await setUserName(db, 'Alice');
  await setScale(db, lot.id, { max: 10 });

  // The buyer moves the deadline: a change-log entry, and the checklist's due dates move.
  await saveImport(db, seeds.stalkingMoved, at('2026-04-15T10:30:00Z'));
  await saveImport(db, clevelandAmended(seeds.cleveland), at('2026-04-16T10:00:00Z'));
  await dismissChanges(db, cleveland, at('2026-04-16T11:00:00Z'));
  return { westMidlands, cleveland, stalking, stalkingLot: lot.id };
}

async function created(
  db: BidDeskDatabase,
  input: SaveImportInput,
  ctx: { now: Date; user: string },
): Promise<string> {
  const summary = await saveImport(db, input, ctx);
  const id = summary.created[0]?.id;
  if (!id) throw new Error(`${input.fileName} created no opportunity`);
  return id;
}

/** Cleveland's notice retitled in a newer release. */
function clevelandAmended(input: SaveImportInput): SaveImportInput {
  const notice = input.opportunities[0];
  if (!notice) throw new Error('no Cleveland notice');
  const amended = {
    ...notice,
    title: `${notice.title} (amended)`,
    updatedAt: '2026-06-10T09:00:00+01:00',
  };
  return { ...input, fileName: 'cleveland-amended.json', opportunities: [amended] };
}
