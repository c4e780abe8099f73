import { useLiveQuery } from 'dexie-react-hooks';
import type { ChecklistTemplateItem, DecisionSettings } from '../../../shared/workspace/model';
import { getChecklistTemplate, getDecisionSettings, getUserName } from '../../db';
import { services } from '../../app/services';

/** The organisation's go/no-go matrix (the defaults until saved); `undefined` while loading. */
export function useDecisionSettings(): DecisionSettings | undefined {
  return useLiveQuery(() => getDecisionSettings(services().db), []);
}

/** The standard checklist items; `undefined` while loading. */
export function useChecklistTemplate(): ChecklistTemplateItem[] | undefined {
  return useLiveQuery(() => getChecklistTemplate(services().db), []);
}

/** The user's name, `null` before they give one, `undefined` while loading. */
export function useUserName(): string | null | undefined {
  return useLiveQuery(() => getUserName(services().db), []);
}

export { useOrganisation } from '../../app/outcome-queries';
