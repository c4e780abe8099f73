import { useLiveQuery } from 'dexie-react-hooks';
import type { BidOutcome, Organisation } from '../../shared/workspace/model';
import { getOrganisation, listOutcomes, outcomesByOpportunity } from '../db';
import { services } from './services';

/** An opportunity's outcomes, newest first; `undefined` while loading. */
export function useOutcomes(opportunityId: string): BidOutcome[] | undefined {
  return useLiveQuery(() => listOutcomes(services().db, opportunityId), [opportunityId]);
}

/**
 * The outcomes in force, by opportunity id, for the pipeline; `undefined` while loading, so the
 * pipeline can wait for them rather than grow a row (and move the rows below) when they arrive.
 */
export function useOutcomesByOpportunity(): ReadonlyMap<string, BidOutcome[]> | undefined {
  return useLiveQuery(() => outcomesByOpportunity(services().db), []);
}

/** Your organisation, `null` before it is set, `undefined` while loading. */
export function useOrganisation(): Organisation | null | undefined {
  return useLiveQuery(() => getOrganisation(services().db), []);
}
