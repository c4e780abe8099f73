/**
 * The organisation's workspace settings, kept in the `meta` key-value table: the go/no-go matrix,
 * the checklist template, the user's name and each lot's scoring scale. Until someone saves their
 * own, reads return the defaults a new installation starts with.
 */
import { z } from 'zod';
import {
  DEFAULT_CHECKLIST_TEMPLATE,
  DEFAULT_DECISION_SETTINGS,
  templateInWorkingDays,
} from '../../../shared/workspace';
import {
  ChecklistTemplateItem,
  DecisionSettings,
  Organisation,
  ScoringScale,
} from '../../../shared/workspace/model';
import type { BidDeskDatabase } from '../database';
import type { MetaRecord } from '../records';
import type { WriteContext } from '../write-context';
import { validate } from './validate';

/** The `meta` keys this module owns. */
export const SETTINGS_KEYS = {
  decisionSettings: 'decisionSettings',
  checklistTemplate: 'checklistTemplate',
  userName: 'userName',
  organisation: 'organisation',
} as const;

/** The `meta` key of a lot's scoring scale (`scale:<lot record id>`). */
export function scaleKey(lotId: string): string {
  return `scale:${lotId}`;
}

/** The buyer's scale until the user says otherwise: 0–5 is the most common. */
export const DEFAULT_SCALE: ScoringScale = { max: 5 };

/** A setting the organisation edited: who changed it last, as on every other user row. */
interface AuthoredMetaRecord extends MetaRecord {
  updatedAt: string;
  updatedBy: string;
}

const ChecklistTemplate = z.array(ChecklistTemplateItem).superRefine((items, ctx) => {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', message: 'Each item needs its own id', path: [i, 'id'] });
    }
    seen.add(item.id);
  });
});
const UserName = z.string().trim().min(1, 'Enter your name').max(200, 'Use at most 200 characters');

/**
 * Read a stored setting with its schema. A value that does not parse (none should: every write
 * is validated) gives the default rather than breaking every screen that reads settings.
 */
async function read<S extends z.ZodType>(
  db: BidDeskDatabase,
  key: string,
  schema: S,
  fallback: z.output<S>,
): Promise<z.output<S>> {
  const row = await db.meta.get(key);
  if (row === undefined) return structuredClone(fallback);
  const parsed = schema.safeParse(row.value);
  return parsed.success ? parsed.data : structuredClone(fallback);
}

/** The go/no-go gates, weighted factors and thresholds (the defaults until saved). */
export async function getDecisionSettings(db: BidDeskDatabase): Promise<DecisionSettings> {
  return read(db, SETTINGS_KEYS.decisionSettings, DecisionSettings, DEFAULT_DECISION_SETTINGS);
}

/** Save the organisation's decision matrix. Earlier decisions keep the copy they were made with. */
export async function saveDecisionSettings(
  db: BidDeskDatabase,
  settings: DecisionSettings,
  ctx: WriteContext,
): Promise<void> {
  const value = validate(DecisionSettings, settings, 'go/no-go settings');
  const row: AuthoredMetaRecord = {
    key: SETTINGS_KEYS.decisionSettings,
    value,
    updatedAt: ctx.now.toISOString(),
    updatedBy: ctx.user,
  };
  await db.meta.put(row);
}

/** The standard items every new checklist gets (the defaults until saved). */
export async function getChecklistTemplate(db: BidDeskDatabase): Promise<ChecklistTemplateItem[]> {
  const template = await read(
    db,
    SETTINGS_KEYS.checklistTemplate,
    ChecklistTemplate,
    DEFAULT_CHECKLIST_TEMPLATE,
  );
  return templateInWorkingDays(template);
}

/**
 * Save the checklist template. Only checklists created afterwards use it: existing ones are the
 * user's own lists by then.
 */
export async function saveChecklistTemplate(
  db: BidDeskDatabase,
  items: ChecklistTemplateItem[],
  ctx: WriteContext,
): Promise<void> {
  const value = validate(
    ChecklistTemplate,
    items.map((item) => ({ ...item, offsetUnit: 'working-days' as const })),
    'checklist template',
  );
  const row: AuthoredMetaRecord = {
    key: SETTINGS_KEYS.checklistTemplate,
    value,
    updatedAt: ctx.now.toISOString(),
    updatedBy: ctx.user,
  };
  await db.meta.put(row);
}

/** The name this user records their work under (`updatedBy`), or null before they give one. */
export async function getUserName(db: BidDeskDatabase): Promise<string | null> {
  const row = await db.meta.get(SETTINGS_KEYS.userName);
  const parsed = UserName.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

/** Remember the user's name (trimmed). */
export async function setUserName(db: BidDeskDatabase, name: string): Promise<void> {
  const value = validate(UserName, name, 'name');
  await db.meta.put({ key: SETTINGS_KEYS.userName, value });
}

/**
 * Your organisation (its name, company and charity numbers), which award notices are matched
 * against to tell whether a bid was won; null until set.
 */
export async function getOrganisation(db: BidDeskDatabase): Promise<Organisation | null> {
  const row = await db.meta.get(SETTINGS_KEYS.organisation);
  const parsed = Organisation.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

/** Save your organisation; empty numbers are stored as null. */
export async function saveOrganisation(
  db: BidDeskDatabase,
  organisation: Organisation,
  ctx: WriteContext,
): Promise<Organisation> {
  const blank = (s: string | null): string | null => (s && s.trim() ? s.trim() : null);
  const value = validate(
    Organisation,
    {
      ...organisation,
      companyNumber: blank(organisation.companyNumber),
      charityNumber: blank(organisation.charityNumber),
    },
    'organisation',
  );
  const row: AuthoredMetaRecord = {
    key: SETTINGS_KEYS.organisation,
    value,
    updatedAt: ctx.now.toISOString(),
    updatedBy: ctx.user,
  };
  await db.meta.put(row);
  return value;
}

/** The buyer's scoring scale for a lot's answers; `{ max: 5 }` until set. */
export async function getScale(db: BidDeskDatabase, lotId: string): Promise<ScoringScale> {
  return read(db, scaleKey(lotId), ScoringScale, DEFAULT_SCALE);
}

/** Set the buyer's scoring scale for a lot (e.g. `{ max: 10 }`). */
export async function setScale(
  db: BidDeskDatabase,
  lotId: string,
  scale: ScoringScale,
): Promise<void> {
  const value = validate(ScoringScale, scale, 'scoring scale');
  await db.meta.put({ key: scaleKey(lotId), value });
}
