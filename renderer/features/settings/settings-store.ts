import { create } from 'zustand';
import { DEFAULT_BID_SCHEDULE, type BidScheduleSettings } from '../../../shared/timeline';
import { DEFAULT_DECISION_SETTINGS } from '../../../shared/workspace';
import type {
  ChecklistTemplateItem,
  DecisionSettings,
  Organisation,
} from '../../../shared/workspace/model';
import {
  saveBidSchedule as storeBidSchedule,
  saveChecklistTemplate,
  saveDecisionSettings,
  reassessOutcomes,
  saveOrganisation as storeOrganisation,
  setUserName,
} from '../../db';
import { services, setServices, writeContext } from '../../app/services';
import { errorInWords } from '../../lib/error-words';

/** The parts of Settings, each saved on its own. */
export type SettingsSection = 'name' | 'organisation' | 'matrix' | 'template' | 'schedule';

/** What a section's status region says after a save. */
export interface SectionStatus {
  kind: 'saved' | 'failed';
  text: string;
}

/**
 * Called once a save has succeeded and before it is announced, so the form already shows what
 * was saved when "Saved" or "Restored" appears (a form resets itself to the saved values here).
 */
type OnSaved = () => void;

interface SettingsState {
  status: Partial<Record<SettingsSection, SectionStatus>>;
  saving: Partial<Record<SettingsSection, boolean>>;
  /** Remember the user's name; from now on their changes are recorded under it. */
  saveUserName(name: string, onSaved?: OnSaved): Promise<boolean>;
  /** Save your organisation, which award notices are checked against (did we win?). */
  saveOrganisation(organisation: Organisation, onSaved?: OnSaved): Promise<boolean>;
  saveDecisionSettings(settings: DecisionSettings, onSaved?: OnSaved): Promise<boolean>;
  /** Put back Bid Desk's own gates, factors and thresholds. */
  restoreDefaultDecisionSettings(onSaved?: OnSaved): Promise<boolean>;
  saveChecklistTemplate(items: ChecklistTemplateItem[], onSaved?: OnSaved): Promise<boolean>;
  /** Save the milestone offsets, contingency and bank holidays every bid is planned with. */
  saveBidSchedule(settings: BidScheduleSettings, onSaved?: OnSaved): Promise<boolean>;
  /** Put back Bid Desk's own bid schedule. */
  restoreDefaultBidSchedule(onSaved?: OnSaved): Promise<boolean>;
  clearStatus(section: SettingsSection): void;
}

/** Settings screen state and actions. The settings themselves live in Dexie (settings-queries). */
export const useSettingsStore = create<SettingsState>((set) => {
  const run = async (
    section: SettingsSection,
    work: () => Promise<unknown>,
    saved: string,
    onSaved?: OnSaved,
  ): Promise<boolean> => {
    set((s) => ({
      saving: { ...s.saving, [section]: true },
      status: { ...s.status, [section]: undefined },
    }));
    let status: SectionStatus;
    try {
      await work();
      onSaved?.();
      status = { kind: 'saved', text: saved };
    } catch (error: unknown) {
      status = { kind: 'failed', text: `Not saved. ${errorInWords(error)}` };
    }
    set((s) => ({
      saving: { ...s.saving, [section]: false },
      status: { ...s.status, [section]: status },
    }));
    return status.kind === 'saved';
  };

  return {
    status: {},
    saving: {},

    saveUserName(name, onSaved) {
      return run(
        'name',
        async () => {
          await setUserName(services().db, name);
          setServices({ ...services(), user: name.trim() });
        },
        `Saved. Your decisions and changes are now recorded as ${name.trim()}.`,
        onSaved,
      );
    },

    saveOrganisation(organisation, onSaved) {
      return run(
        'organisation',
        async () => {
          const ctx = writeContext();
          await storeOrganisation(services().db, organisation, ctx);
          // Outcomes recorded before the name was set (or while it was wrong) are checked again.
          await reassessOutcomes(services().db, ctx);
        },
        `Saved. Award notices for your bids are now checked against ${organisation.name.trim()}.`,
        onSaved,
      );
    },

    saveDecisionSettings(settings, onSaved) {
      return run(
        'matrix',
        () => saveDecisionSettings(services().db, settings, writeContext()),
        'Saved. New assessments use this matrix; decisions already recorded keep theirs.',
        onSaved,
      );
    },

    restoreDefaultDecisionSettings(onSaved) {
      return run(
        'matrix',
        () => saveDecisionSettings(services().db, DEFAULT_DECISION_SETTINGS, writeContext()),
        'Restored the default gates, factors and thresholds.',
        onSaved,
      );
    },

    saveChecklistTemplate(items, onSaved) {
      return run(
        'template',
        () => saveChecklistTemplate(services().db, items, writeContext()),
        'Saved. Checklists created from now on use this template; existing ones are unchanged.',
        onSaved,
      );
    },

    saveBidSchedule(settings, onSaved) {
      return run(
        'schedule',
        () => storeBidSchedule(services().db, settings, writeContext()),
        'Saved. Every bid’s timeline and calendar now plan with this schedule.',
        onSaved,
      );
    },

    restoreDefaultBidSchedule(onSaved) {
      return run(
        'schedule',
        () => storeBidSchedule(services().db, DEFAULT_BID_SCHEDULE, writeContext()),
        'Restored the default bid schedule.',
        onSaved,
      );
    },

    clearStatus(section) {
      set((s) => ({ status: { ...s.status, [section]: undefined } }));
    },
  };
});

/**
 * Remember the name the user gave where Bid Desk first asked for it (their first decision), as
 * Settings does; resolves false when it could not be saved.
 */
export function rememberUserName(name: string): Promise<boolean> {
  return useSettingsStore.getState().saveUserName(name);
}
