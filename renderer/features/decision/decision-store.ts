import { create } from 'zustand';
import type { GoNoGoDecision } from '../../../shared/workspace/model';
import {
  createChecklist,
  recordBidEnd,
  recordDecision,
  type DecisionInput,
  type RecordedEnd,
} from '../../db';
import { services, writeContext } from '../../app/services';
import { errorInWords } from '../../lib/error-words';
import { navigateAndFocus, opportunityHref } from '../../app/router';
import { lotName, OUTCOME_LABELS } from './decision-words';

/** What the go/no-go screen tells the user after an action, for one opportunity. */
export interface DecisionMessage {
  opportunityId: string;
  kind: 'saved' | 'failed';
  text: string;
}

interface DecisionState {
  /** What each opportunity's decision is about: a lot's record id, or null for the whole. */
  scopes: Record<string, string | null>;
  /**
   * Scopes (`scopeKey`) where the user asked to reassess: the form shows even though a decision
   * is in force. Cleared once the new decision is recorded.
   */
  reassessing: Record<string, boolean>;
  /** True while a decision or checklist is being written. */
  busy: boolean;
  message: DecisionMessage | null;
  chooseScope(opportunityId: string, lotId: string | null): void;
  /** Open (or close) the form for a new decision where one is already in force. */
  reassess(key: string, open: boolean): void;
  /** Append a decision (never overwrites one). Resolves to it, or null when it was not saved. */
  record(input: DecisionInput, scopeName: string): Promise<GoNoGoDecision | null>;
  /** Make a lot's submission checklist (a lot that has one keeps it). */
  createChecklist(
    opportunityId: string,
    lot: { id: string; lotKey: string; title: string | null },
  ): Promise<boolean>;
  /** Record the whole bid as submitted or withdrawn (a new outcome; earlier ones stay). */
  recordEnd(opportunityId: string, result: RecordedEnd): Promise<boolean>;
  clearMessage(): void;
}

/** Go/no-go screen state and actions. Decisions themselves live in Dexie (see decision-queries). */
export const useDecisionStore = create<DecisionState>((set) => ({
  scopes: {},
  reassessing: {},
  busy: false,
  message: null,

  chooseScope(opportunityId, lotId) {
    set((s) => ({ scopes: { ...s.scopes, [opportunityId]: lotId }, message: null }));
  },

  reassess(key, open) {
    set((s) => ({ reassessing: { ...s.reassessing, [key]: open }, message: null }));
  },

  async record(input, scopeName) {
    set({ busy: true, message: null });
    try {
      const decision = await recordDecision(services().db, input, writeContext());
      const key = scopeKey(input.opportunityId, input.lotId);
      set((s) => ({
        reassessing: { ...s.reassessing, [key]: false },
        message: {
          opportunityId: input.opportunityId,
          kind: 'saved',
          text: `Recorded: ${OUTCOME_LABELS[decision.outcome]} for ${scopeName}, decided by ${decision.decidedBy}.`,
        },
      }));
      return decision;
    } catch (error: unknown) {
      set({
        message: {
          opportunityId: input.opportunityId,
          kind: 'failed',
          text: `The decision was not recorded. ${errorInWords(error)}`,
        },
      });
      return null;
    } finally {
      set({ busy: false });
    }
  },

  async createChecklist(opportunityId, lot) {
    set({ busy: true, message: null });
    try {
      const items = await createChecklist(services().db, opportunityId, lot.id, writeContext());
      set({
        message: {
          opportunityId,
          kind: 'saved',
          text: `Submission checklist created for ${lotName(lot)}: ${items.length} items.`,
        },
      });
      // The next thing to do is in the checklist: take the user there.
      navigateAndFocus(opportunityHref(opportunityId, 'checklist'), 'checklist-heading');
      return true;
    } catch (error: unknown) {
      set({ message: failed(opportunityId, 'The checklist was not created.', error) });
      return false;
    } finally {
      set({ busy: false });
    }
  },

  async recordEnd(opportunityId, result) {
    set({ busy: true, message: null });
    try {
      await recordBidEnd(services().db, opportunityId, result, writeContext());
      set({
        message: {
          opportunityId,
          kind: 'saved',
          text:
            result === 'submitted'
              ? 'Recorded: submitted. Its checklist and deadlines leave This week and the calendar.'
              : 'Recorded: withdrawn. Its checklist and deadlines leave This week and the calendar.',
        },
      });
      return true;
    } catch (error: unknown) {
      set({ message: failed(opportunityId, 'That was not recorded.', error) });
      return false;
    } finally {
      set({ busy: false });
    }
  },

  clearMessage() {
    set({ message: null });
  },
}));

/** The key of a decision's scope: an opportunity, or one of its lots. */
export function scopeKey(opportunityId: string, lotId: string | null): string {
  return `${opportunityId}|${lotId ?? 'whole'}`;
}

/** What went wrong, for the screen's status line: what was not done, then why. */
function failed(opportunityId: string, what: string, error: unknown): DecisionMessage {
  return { opportunityId, kind: 'failed', text: `${what} ${errorInWords(error)}` };
}
