import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import {
  getLatestSourceFile,
  getOpportunityDetail,
  hasDemoData,
  listOpportunities,
  type OpportunityDetail,
  type OpportunityRecord,
} from '../db';
import { services } from './services';

/**
 * Live reads of the store: components re-render when IndexedDB changes (an import, a dismiss),
 * whichever window or action changed it. `undefined` while loading.
 */
export function useOpportunities(): OpportunityRecord[] | undefined {
  return useLiveQuery(() => listOpportunities(services().db), []);
}

/** `null` when there is no such opportunity, `undefined` while loading. */
export function useOpportunityDetail(id: string): OpportunityDetail | null | undefined {
  return useLiveQuery(() => getOpportunityDetail(services().db, id), [id]);
}

/** `undefined` while loading, so the window can wait for it (see App). */
export function useHasDemoData(): boolean | undefined {
  return useLiveQuery(() => hasDemoData(services().db), []);
}

/** "Now", refreshed every minute so countdowns move while the app is open. */
export function useNow(): Date {
  const [now, setNow] = useState(() => services().now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(services().now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** The newest stored source file that produced this opportunity (its text), if any was kept. */
export function useSourceText(
  opportunityId: string,
): { fileName: string; text: string } | null | undefined {
  return useLiveQuery(async () => {
    const file = await getLatestSourceFile(services().db, opportunityId);
    return file?.text ? { fileName: file.fileName, text: file.text } : null;
  }, [opportunityId]);
}
