/**
 * The one fixture for tests that need a store: a fresh in-memory database (fake-indexeddb) behind
 * the app's services with a quiet host, the real seed notices read by the real engine and saved
 * through the real repositories, and a workspace with a bit of everything for the backup tests.
 * Screens rendered from it follow the live opportunity, so a re-import or an edit shows up as it
 * does in the app.
 */
import { configure } from '@testing-library/react';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createElement, type ComponentType } from 'react';
import { importNoticeFile } from '../shared/import/engine';
import { DEFAULT_DECISION_SETTINGS } from '../shared/workspace';
import { criterionKeys } from '../shared/workspace/checklist';
import { useOpportunityDetail } from '../renderer/app/queries';
import { setServices } from '../renderer/app/services';
import type { Bridge } from '../renderer/bridge/bridge';
import {
  createChecklist,
  dismissChanges,
  getOpportunityDetail,
  openDatabase,
  lotsOf,
  recordDecision,
  saveChecklistTemplate,
  saveCriterionPlan,
  saveDecisionSettings,
  saveEngagementPlan,
  saveImport,
  saveReferenceDocument,
  setMeta,
  setScale,
  setUserName,
  updateChecklistItem,
  type BidDeskDatabase,
  type OpportunityDetail,
  type SaveImportInput,
} from '../renderer/db';
import { seedBytes, SEEDS } from './corpus';

// fake-indexeddb is slow on a busy two-core machine; a screen may take more than a second to follow.
configure({ asyncUtilTimeout: 8000 });

/** A seed notice, by its key in `SEEDS`. */
export type SeedKey = keyof typeof SEEDS;

/** A host that does nothing: these tests never import, export or open links through it. */
const quietBridge: Bridge = {
  kind: 'browser',
  importFiles: () => Promise.resolve([]),
  chooseFiles: null,
  cancelImport: () => undefined,
  onImportUpdate: () => () => undefined,
  onMenuCommand: () => () => undefined,
  openExternal: () => undefined,
  saveText: () => Promise.resolve(false),
  printToPdf: () => Promise.resolve(false),
};

let counter = 0;

/** Who works in a fixture, and what its host does where a test watches it (e.g. `saveText`). */
export interface FixtureOptions {
  user?: string;
  host?: Partial<Bridge>;
}

export interface WorkspaceFixture {
  db: BidDeskDatabase;
  /**
   * Import a seed (optionally edited, e.g. a moved deadline) as the app does; returns the
   * opportunity's id.
   */
  importSeed(key: SeedKey, edit?: (text: string) => string): Promise<string>;
}

/**
 * A fresh store, set as the app's services with a quiet host and the clock `now` (a fixed time,
 * or a function read at each write).
 */
export async function workspaceFixture(
  now: Date | (() => Date),
  { user = 'Tester', host = {} }: FixtureOptions = {},
): Promise<WorkspaceFixture> {
  counter += 1;
  const indexedDB = new IDBFactory();
  // Dexie's liveQuery (behind useLiveQuery) runs only when it sees an IndexedDB at all; node has
  // none, so show it this test's fake one. The database itself is opened on the same factory.
  Dexie.dependencies.indexedDB = indexedDB;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  const db = await openDatabase({ name: `fixture-${counter}`, indexedDB, IDBKeyRange });
  const clock = typeof now === 'function' ? now : () => now;
  setServices({ db, bridge: { ...quietBridge, ...host }, now: clock, user });
  return {
    db,
    async importSeed(key, edit) {
      const name = SEEDS[key];
      let text = new TextDecoder().decode(seedBytes(name));
      if (edit) {
        const changed = edit(text);
        if (changed === text) throw new Error('The edit changed nothing in the seed');
        text = changed;
      }
      const summary = await saveImport(db, engineInput(name, text), { now: clock(), user });
      const saved = summary.created[0] ?? summary.updated[0] ?? summary.unchanged[0];
      if (!saved) throw new Error(`Nothing saved from ${name}`);
      return saved.id;
    },
  };
}

/**
 * A fresh store holding one notice file, the services pointing at it with the clock `clock`, and
 * the opportunity's detail as the app would load it.
 */
export async function openWithNotice(
  file: { name: string; bytes: Uint8Array },
  clock: () => Date,
): Promise<{ db: BidDeskDatabase; detail: OpportunityDetail }> {
  const { db } = await workspaceFixture(clock);
  const input = engineInput(file.name, new TextDecoder().decode(file.bytes));
  const summary = await saveImport(db, input, { now: clock(), user: 'Tester' });
  const id = summary.created[0]?.id;
  const detail = id ? await getOpportunityDetail(db, id) : null;
  if (!detail) throw new Error(`${file.name} gave no opportunity`);
  return { db, detail };
}

/**
 * An opportunity tab as the app shows it: re-rendered whenever the stored opportunity changes.
 * Render the result with testing-library's `render`.
 */
export function liveTab(
  Tab: ComponentType<{ detail: OpportunityDetail; now: Date }>,
  opportunityId: string,
  now: Date,
) {
  function LiveTab() {
    const detail = useOpportunityDetail(opportunityId);
    return detail ? createElement(Tab, { detail, now }) : null;
  }
  return createElement(LiveTab);
}

/** The stalking tender's deadline moved a week later, in a newer release (as in the E2E suite). */
export function moveStalkingDeadline(text: string): string {
  return text
    .replace('"endDate": "2026-05-06T12:00:00+01:00"', '"endDate": "2026-05-13T12:00:00+01:00"')
    .replace('"date": "2026-04-08T15:03:16+01:00"', '"date": "2026-04-15T10:00:00+01:00"');
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

// ------------------------------------------------------------ a workspace with a bit of everything

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

/**
 * The seeds through the real engine, and the stalking tender again as the buyer republished it a
 * week later with its deadline moved from 6 to 13 May.
 */
export function workspaceSeeds(): WorkspaceSeeds {
  const text = (key: SeedKey) => new TextDecoder().decode(seedBytes(SEEDS[key]));
  return {
    westMidlands: engineInput(SEEDS.westMidlands, text('westMidlands')),
    cleveland: engineInput(SEEDS.cleveland, text('cleveland')),
    stalking: engineInput(SEEDS.staffordshireStalking, text('staffordshireStalking')),
    stalkingMoved: engineInput(
      '004-deadline-moved.txt',
      moveStalkingDeadline(text('staffordshireStalking')),
    ),
    strategyText: text('strategy'),
  };
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
